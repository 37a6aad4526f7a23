//! The real series: the S&P 500 daily bars load, tasks are cut deterministically with their
//! ground truth, and the reference models forecast them with different, plausible accuracy.

use std::path::Path;

use tensora_predictia::model::Model;
use tensora_predictia::score::{mae, rmse};
use tensora_predictia::{Series, task};

#[test]
fn models_forecast_real_tasks_with_different_accuracy() -> Result<(), Box<dyn std::error::Error>> {
    let series = Series::sp500(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))?;
    assert!(series.bars.len() > 5000, "{}", series.bars.len());
    let tasks = task::cut(&series, 7, 300, 60, 1);
    assert_eq!(tasks.len(), 300);
    assert_eq!(
        task::cut(&series, 7, 300, 60, 1)[17].0,
        tasks[17].0,
        "deterministic per seed"
    );
    assert_eq!(tasks[0].0.steps(), Some(1));
    let mut losses = Vec::new();
    for model in [Model::Naive, Model::Holt, Model::Ar] {
        let errors: Vec<f64> = tasks
            .iter()
            .map(|(t, truth)| {
                let closes: Vec<f64> = t.history.iter().map(|b| b.close).collect();
                model.forecast(&closes, 1) / truth - 1.0
            })
            .collect();
        let (r, m) = (rmse(&errors), mae(&errors));
        assert!(r < 0.05 && m < 0.05, "{} rmse {r} mae {m}", model.name());
        losses.push(r);
    }
    assert!(
        losses.windows(2).any(|w| (w[0] - w[1]).abs() > 1e-6),
        "models must differ: {losses:?}"
    );
    Ok(())
}
