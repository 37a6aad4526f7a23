//! Reference forecasting models a miner can serve. They differ in quality, so validators' scores
//! separate miners: `naive` (last close), `holt` (Holt's linear exponential smoothing with its two
//! smoothing factors fitted on the history by grid search), `ar` (an AR(3) model of log returns
//! fitted by least squares, iterated to the horizon).

/// A model name as served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// The last close.
    Naive,
    /// Holt's linear trend exponential smoothing.
    Holt,
    /// AR(3) on log returns.
    Ar,
}

impl std::str::FromStr for Model {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "naive" => Ok(Self::Naive),
            "holt" => Ok(Self::Holt),
            "ar" => Ok(Self::Ar),
            other => Err(format!("unknown model `{other}`: use naive, holt or ar")),
        }
    }
}

impl Model {
    /// The name served in answers.
    pub fn name(self) -> &'static str {
        match self {
            Self::Naive => "naive",
            Self::Holt => "holt",
            Self::Ar => "ar",
        }
    }

    /// Forecasts the value `steps` after the last of `closes` (non-empty).
    pub fn forecast(self, closes: &[f64], steps: usize) -> f64 {
        let last = closes.last().copied().unwrap_or(0.0);
        match self {
            Self::Naive => last,
            Self::Holt => holt(closes, steps),
            Self::Ar => ar(closes, steps).unwrap_or(last),
        }
    }
}

/// One-step-ahead SSE of Holt's method with factors `a`, `b`, and the forecast `steps` ahead.
fn holt_run(x: &[f64], a: f64, b: f64, steps: usize) -> (f64, f64) {
    if x.len() < 2 {
        return (0.0, x.first().copied().unwrap_or(0.0));
    }
    let (mut level, mut trend) = (x[0], x[1] - x[0]);
    let mut sse = 0.0;
    for &v in &x[1..] {
        let predicted = level + trend;
        sse += (v - predicted).powi(2);
        let next_level = a * v + (1.0 - a) * (level + trend);
        trend = b * (next_level - level) + (1.0 - b) * trend;
        level = next_level;
    }
    (sse, level + trend * steps as f64)
}

fn holt(x: &[f64], steps: usize) -> f64 {
    let mut best = (f64::INFINITY, x.last().copied().unwrap_or(0.0));
    for ai in 1..=9 {
        for bi in 0..=5 {
            let (sse, f) = holt_run(x, f64::from(ai) / 10.0, f64::from(bi) / 20.0, steps);
            if sse < best.0 {
                best = (sse, f);
            }
        }
    }
    best.1
}

#[allow(clippy::needless_range_loop)] // matrix code reads clearer with indices
/// AR(3) with intercept on log returns, by least squares (normal equations); `None` when the
/// history is too short or the system singular.
fn ar(x: &[f64], steps: usize) -> Option<f64> {
    const P: usize = 3;
    if x.iter().any(|v| *v <= 0.0) {
        return None;
    }
    let r: Vec<f64> = x.windows(2).map(|w| (w[1] / w[0]).ln()).collect();
    if r.len() < P + 8 {
        return None;
    }
    // Design rows [1, r_{t-1}, r_{t-2}, r_{t-3}] -> r_t.
    let mut ata = [[0.0f64; P + 1]; P + 1];
    let mut atb = [0.0f64; P + 1];
    for t in P..r.len() {
        let row = [1.0, r[t - 1], r[t - 2], r[t - 3]];
        for i in 0..=P {
            atb[i] += row[i] * r[t];
            for j in 0..=P {
                ata[i][j] += row[i] * row[j];
            }
        }
    }
    let coef = solve(ata, atb)?;
    let mut hist: Vec<f64> = r[r.len() - P..].to_vec();
    let mut log_price = x.last()?.ln();
    for _ in 0..steps {
        let n = hist.len();
        let next = coef[0] + coef[1] * hist[n - 1] + coef[2] * hist[n - 2] + coef[3] * hist[n - 3];
        log_price += next;
        hist.push(next);
    }
    Some(log_price.exp())
}

/// Gaussian elimination with partial pivoting.
#[allow(clippy::needless_range_loop)] // matrix code reads clearer with indices
fn solve<const N: usize>(mut a: [[f64; N]; N], mut b: [f64; N]) -> Option<[f64; N]> {
    let scale = a.iter().flatten().fold(0.0f64, |m, v| m.max(v.abs()));
    for col in 0..N {
        let pivot = (col..N).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() <= 1e-12 * scale {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..N {
            let f = a[row][col] / a[col][col];
            for k in col..N {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; N];
    for i in (0..N).rev() {
        let s: f64 = (i + 1..N).map(|k| a[i][k] * x[k]).sum();
        x[i] = (b[i] - s) / a[i][i];
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holt_follows_a_linear_trend() {
        let x: Vec<f64> = (0..30).map(|i| 100.0 + 2.0 * f64::from(i)).collect();
        assert!((Model::Holt.forecast(&x, 5) - 168.0).abs() < 1.0);
        assert_eq!(Model::Naive.forecast(&x, 5), 158.0);
    }

    #[test]
    fn ar_recovers_an_autoregressive_return_process() {
        // r_t = 0.001 + 0.5 r_{t-1} - 0.9 r_{t-2} + a small deterministic disturbance.
        let noise = |t: usize| 0.0005 * (t as f64 * 1.7).sin();
        let mut r = vec![0.05, -0.03];
        while r.len() < 80 {
            let n = r.len();
            r.push(0.001 + 0.5 * r[n - 1] - 0.9 * r[n - 2] + noise(n));
        }
        let mut prices = vec![100.0];
        for x in &r {
            let last = prices[prices.len() - 1];
            prices.push(last * f64::exp(*x));
        }
        let n = r.len();
        let next = 0.001 + 0.5 * r[n - 1] - 0.9 * r[n - 2];
        let truth = prices[prices.len() - 1] * next.exp();
        let f = Model::Ar.forecast(&prices, 1);
        let naive = Model::Naive.forecast(&prices, 1);
        assert!((f / truth - 1.0).abs() < 2e-3, "{f} vs {truth}");
        assert!(
            (f / truth - 1.0).abs() < (naive / truth - 1.0).abs(),
            "AR beats the last close"
        );
    }

    #[test]
    fn solver_solves() {
        let x = solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]).unwrap_or_default();
        assert!((x[0] - 0.8).abs() < 1e-9 && (x[1] - 1.4).abs() < 1e-9);
    }
}
