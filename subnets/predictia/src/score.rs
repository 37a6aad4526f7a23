//! How a validator scores a miner over an epoch's tasks: RMSE and MAE of relative errors (prices
//! differ in scale across tasks), blended, with a latency penalty; a miner that missed any task
//! within the timeout is flagged and scores 0.

/// One miner's answers over the epoch.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    /// Relative errors (forecast / truth - 1) of the tasks it answered.
    pub errors: Vec<f64>,
    /// Its response times, seconds.
    pub latencies: Vec<f64>,
    /// Tasks it did not answer in time (or answered malformed).
    pub missed: usize,
}

/// Root mean square of `e`.
pub fn rmse(e: &[f64]) -> f64 {
    if e.is_empty() {
        f64::INFINITY
    } else {
        (e.iter().map(|x| x * x).sum::<f64>() / e.len() as f64).sqrt()
    }
}

/// Mean absolute value of `e`.
pub fn mae(e: &[f64]) -> f64 {
    if e.is_empty() {
        f64::INFINITY
    } else {
        e.iter().map(|x| x.abs()).sum::<f64>() / e.len() as f64
    }
}

/// The error a miner is ranked by: the mean of RMSE and MAE, inflated by up to 10% for latency
/// (relative to the task timeout).
pub fn loss(a: &Answers, timeout_secs: f64) -> f64 {
    let latency = if a.latencies.is_empty() {
        timeout_secs
    } else {
        a.latencies.iter().sum::<f64>() / a.latencies.len() as f64
    };
    (rmse(&a.errors) + mae(&a.errors)) / 2.0 * (1.0 + 0.1 * (latency / timeout_secs).min(1.0))
}

/// Scores in 0..=65535: the best miner gets 65535 and the others `65535 * best / loss`; miners
/// that missed a task get 0 (and are flagged as timed out).
pub fn scores(answers: &[Answers], timeout_secs: f64) -> Vec<u16> {
    let losses: Vec<Option<f64>> = answers
        .iter()
        .map(|a| (a.missed == 0 && !a.errors.is_empty()).then(|| loss(a, timeout_secs).max(1e-12)))
        .collect();
    let best = losses
        .iter()
        .flatten()
        .copied()
        .fold(f64::INFINITY, f64::min);
    losses
        .iter()
        .map(|l| match l {
            Some(l) => (65535.0 * best / l).round().clamp(1.0, 65535.0) as u16,
            None => 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn better_miners_score_higher_and_misses_score_zero() {
        let good = Answers {
            errors: vec![0.01, -0.01],
            latencies: vec![0.1, 0.1],
            missed: 0,
        };
        let bad = Answers {
            errors: vec![0.05, -0.04],
            latencies: vec![0.1, 0.1],
            missed: 0,
        };
        let gone = Answers {
            errors: vec![0.01],
            latencies: vec![0.1],
            missed: 1,
        };
        let s = scores(&[good, bad, gone], 12.0);
        assert_eq!(s[0], 65535);
        assert!(s[1] > 0 && s[1] < s[0] / 3, "{s:?}");
        assert_eq!(s[2], 0);
        assert!((rmse(&[3.0, 4.0]) - 12.5f64.sqrt()).abs() < 1e-12);
        assert!((mae(&[3.0, -4.0]) - 3.5).abs() < 1e-12);
    }
}
