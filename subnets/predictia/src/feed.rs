//! Forecast-feed rounds replayed from a price series: a **stand-in for a live price source**,
//! which this repository cannot reach (no network but the package registries). Round `r` of a
//! feed asks for the close one bar after a window that ends at a position fixed by `r`, and its
//! outcome is that bar's real close, so a feed's rounds and their settlement follow the series
//! bar by bar. An operator with a live source replaces this with the source's latest bars and
//! the price at the horizon.

use crate::data::Series;
use crate::task::Task;

/// Rounds of a feed cut from `series`, `window` bars of history each.
#[derive(Debug, Clone)]
pub struct FeedReplay {
    /// The series (stand-in for the feed's asset).
    pub series: Series,
    /// Bars of history per task.
    pub window: usize,
}

impl FeedReplay {
    /// Index of the bar round `round` (1-based) forecasts: the rounds walk through the series
    /// from bar `window` and wrap around at its end. `None` when the series is too short.
    pub fn target(&self, round: u64) -> Option<usize> {
        let span = self.series.bars.len().checked_sub(self.window)?;
        if span == 0 || round == 0 {
            return None;
        }
        let offset = usize::try_from((round - 1) % span as u64).ok()?;
        Some(self.window + offset)
    }

    /// The task for round `round` of the feed for `asset`: the `window` bars before its target,
    /// one bar ahead.
    pub fn task(&self, asset: &str, round: u64) -> Option<Task> {
        let target = self.target(round)?;
        Some(Task::price_prediction(
            asset,
            1,
            self.series.bars[target - self.window..target].to_vec(),
        ))
    }

    /// The close the round's forecast starts from (the last bar of its history).
    pub fn reference_close(&self, round: u64) -> Option<f64> {
        Some(self.series.bars[self.target(round)? - 1].close)
    }

    /// The realised relative change of round `round`: target close / reference close - 1.
    pub fn outcome(&self, round: u64) -> Option<f64> {
        let target = self.target(round)?;
        Some(self.series.bars[target].close / self.series.bars[target - 1].close - 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Bar;

    fn series(closes: &[f64]) -> Series {
        Series {
            asset: "T".into(),
            bars: closes
                .iter()
                .map(|&close| Bar {
                    open: close,
                    high: close,
                    low: close,
                    close,
                    volume: 1.0,
                })
                .collect(),
        }
    }

    #[test]
    fn rounds_walk_the_series_and_wrap() {
        let replay = FeedReplay {
            series: series(&[100.0, 110.0, 99.0, 120.0]),
            window: 2,
        };
        assert_eq!(replay.target(0), None);
        assert_eq!(replay.target(1), Some(2));
        assert_eq!(replay.target(2), Some(3));
        assert_eq!(replay.target(3), Some(2), "wraps after the last bar");
        let task = replay.task("ETH/USDT", 1).expect("round 1");
        assert_eq!(task.asset, "ETH/USDT");
        assert_eq!(task.steps(), Some(1));
        assert_eq!(
            task.history.iter().map(|b| b.close).collect::<Vec<_>>(),
            [100.0, 110.0]
        );
        assert_eq!(replay.reference_close(1), Some(110.0));
        assert!((replay.outcome(1).expect("round 1") - (99.0 / 110.0 - 1.0)).abs() < 1e-12);
        assert!((replay.outcome(2).expect("round 2") - (120.0 / 99.0 - 1.0)).abs() < 1e-12);
    }

    #[test]
    fn too_short_a_series_has_no_rounds() {
        let replay = FeedReplay {
            series: series(&[1.0, 2.0]),
            window: 2,
        };
        assert_eq!(replay.target(1), None);
        assert!(replay.task("X", 1).is_none());
    }
}
