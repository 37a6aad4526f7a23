//! Predictia as a subnet kind ([`tensora_subnet::Kind`]): the miner's model, the validator's
//! tasks with known answers and its scoring, behind the traits the services run on.

use std::time::Duration;

use tensora_subnet::{Kind, Outcome, Referee, Refusal, Scorer, TaskSource};

use crate::score::{self, Answers};
use crate::{Forecast, Model, Series, Task, task};

/// Most history bars a task may carry.
pub const MAX_HISTORY: usize = 2000;

/// The Predictia kind: `price_prediction` tasks answered with a forecast close.
#[derive(Debug, Clone, Copy)]
pub struct Predictia;

impl Kind for Predictia {
    const INFERENCE_TYPE: &'static str = "time-series";
    const ROUTE: &'static str = "/predict";
    type Task = Task;
    type Answer = Forecast;
    /// The true close `horizon` bars after the history.
    type Truth = f64;
}

impl tensora_subnet::Model<Predictia> for Model {
    fn name(&self) -> &str {
        Model::name(*self)
    }

    fn answer(&self, task: &Task) -> Result<Forecast, Refusal> {
        if task.kind != "price_prediction" {
            return Err(Refusal(format!(
                "unsupported task type `{}`: this miner serves price_prediction",
                task.kind
            )));
        }
        let steps = task.steps().ok_or_else(|| {
            Refusal(format!(
                "horizon `{}` must be a number of days such as 1d",
                task.horizon
            ))
        })?;
        if task.history.is_empty() || task.history.len() > MAX_HISTORY {
            return Err(Refusal(format!(
                "history must hold 1 to {MAX_HISTORY} bars, got {}",
                task.history.len()
            )));
        }
        let closes: Vec<f64> = task.history.iter().map(|b| b.close).collect();
        if closes.iter().any(|c| !c.is_finite() || *c <= 0.0) {
            return Err(Refusal("every close must be a positive number".into()));
        }
        Ok(Forecast {
            prediction: self.forecast(&closes, steps),
            model: Model::name(*self).into(),
        })
    }
}

/// Tasks cut from a price series: `count` windows of `window` bars, `horizon` bars ahead.
#[derive(Debug, Clone)]
pub struct SeriesTasks {
    /// The series.
    pub series: Series,
    /// Tasks per epoch.
    pub count: usize,
    /// Bars of history per task.
    pub window: usize,
    /// Bars ahead to forecast.
    pub horizon: usize,
}

impl SeriesTasks {
    /// Bars the series needs for one task.
    pub fn bars_needed(&self) -> usize {
        self.window + self.horizon + 1
    }
}

impl TaskSource<Predictia> for SeriesTasks {
    fn tasks(&self, seed: u64) -> Vec<(Task, f64)> {
        task::cut(&self.series, seed, self.count, self.window, self.horizon)
    }
}

/// Predictia's scoring ([`crate::score`]): RMSE and MAE of relative errors with a latency
/// penalty; a miner that missed any task scores 0.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scoring;

impl Scorer<Predictia> for Scoring {
    fn check(&self, answer: &Forecast) -> Result<(), String> {
        if answer.prediction.is_finite() {
            Ok(())
        } else {
            Err("prediction is not a finite number".to_owned())
        }
    }

    fn scores(
        &self,
        outcomes: &[Vec<Outcome<Forecast>>],
        truths: &[f64],
        timeout: Duration,
    ) -> Vec<u16> {
        let answers: Vec<Answers> = outcomes
            .iter()
            .map(|miner| answers(miner, truths))
            .collect();
        score::scores(&answers, timeout.as_secs_f64())
    }
}

/// Predictia's reference for a request ([`Referee`]): the panel's weighted median forecast, a
/// **stand-in for the realised close** (which a dApp's request, with history the dApp chose, gives
/// the validator no way to learn); `None` unless it is a positive price.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reference;

impl Referee<Predictia> for Reference {
    fn reference(&self, _task: &Task, panel: &[(Forecast, f64)]) -> Option<f64> {
        let values: Vec<(f64, f64)> = panel.iter().map(|(f, w)| (f.prediction, *w)).collect();
        tensora_subnet::weighted_median(&values).filter(|v| *v > 0.0)
    }
}

/// One miner's outcomes as relative errors, latencies and misses.
pub fn answers(outcomes: &[Outcome<Forecast>], truths: &[f64]) -> Answers {
    let mut a = Answers::default();
    for (outcome, truth) in outcomes.iter().zip(truths) {
        match outcome {
            Outcome::Answered { answer, latency } => {
                a.errors.push(answer.prediction / truth - 1.0);
                a.latencies.push(latency.as_secs_f64());
            }
            Outcome::Missed(_) => a.missed += 1,
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use tensora_subnet::Model as _;

    use super::*;
    use crate::Bar;

    fn task(closes: &[f64], horizon: &str) -> Task {
        Task {
            kind: "price_prediction".into(),
            asset: "SPX".into(),
            horizon: horizon.into(),
            features: vec!["close".into()],
            history: closes
                .iter()
                .map(|&close| Bar {
                    open: close,
                    high: close,
                    low: close,
                    close,
                    volume: 0.0,
                })
                .collect(),
        }
    }

    #[test]
    fn models_refuse_what_they_cannot_forecast() {
        let m = Model::Naive;
        assert_eq!(
            m.answer(&task(&[10.0, 11.0], "1d")).map(|f| f.prediction),
            Ok(11.0)
        );
        assert!(m.answer(&task(&[10.0], "tomorrow")).is_err());
        assert!(m.answer(&task(&[], "1d")).is_err());
        assert!(m.answer(&task(&[10.0, -1.0], "1d")).is_err());
        let mut other = task(&[10.0], "1d");
        other.kind = "translation".into();
        assert!(
            m.answer(&other)
                .is_err_and(|r| r.0.contains("unsupported task type"))
        );
    }

    #[test]
    fn the_reference_is_the_panels_weighted_median_price() {
        let f = |p: f64, w: f64| {
            (
                Forecast {
                    prediction: p,
                    model: "x".into(),
                },
                w,
            )
        };
        let t = task(&[10.0], "1d");
        assert_eq!(
            Reference.reference(&t, &[f(12.0, 1.0), f(10.0, 1.0), f(11.0, 1.0)]),
            Some(11.0)
        );
        assert_eq!(
            Reference.reference(&t, &[f(12.0, 3.0), f(10.0, 1.0)]),
            Some(12.0)
        );
        // Not a price, or no weight: no reference.
        assert_eq!(Reference.reference(&t, &[f(-1.0, 1.0)]), None);
        assert_eq!(Reference.reference(&t, &[f(10.0, 0.0)]), None);
    }

    #[test]
    fn misses_and_errors_reach_the_scores() {
        let ok = |p: f64| Outcome::Answered {
            answer: Forecast {
                prediction: p,
                model: "x".into(),
            },
            latency: Duration::from_millis(10),
        };
        let truths = [100.0, 100.0];
        let s = Scoring.scores(
            &[
                vec![ok(101.0), ok(99.0)],
                vec![ok(110.0), ok(90.0)],
                vec![ok(100.0), Outcome::Missed("timeout".into())],
            ],
            &truths,
            Duration::from_secs(12),
        );
        assert_eq!(s[0], 65535);
        assert!(s[1] < s[0] / 5, "{s:?}");
        assert_eq!(s[2], 0);
        assert!(
            Scoring
                .check(&Forecast {
                    prediction: f64::NAN,
                    model: "x".into()
                })
                .is_err()
        );
    }
}
