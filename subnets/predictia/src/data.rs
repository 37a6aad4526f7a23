//! The price series tasks are cut from.

use std::path::Path;

/// One daily bar.
#[derive(
    Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
pub struct Bar {
    /// Opening price.
    pub open: f64,
    /// Highest price.
    pub high: f64,
    /// Lowest price.
    pub low: f64,
    /// Closing price.
    pub close: f64,
    /// Traded volume.
    pub volume: f64,
}

/// A named series of bars, oldest first.
#[derive(Debug, Clone)]
pub struct Series {
    /// The asset, e.g. `SPX`.
    pub asset: String,
    /// The bars.
    pub bars: Vec<Bar>,
}

/// The series file is missing or malformed.
#[derive(Debug, thiserror::Error)]
pub enum SeriesError {
    /// Cannot read the file.
    #[error("cannot read {path}: {source} (run script/setup.sh to install npm vega-datasets)")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is not `date,open,high,low,close,adjclose,volume`.
    #[error("{path} line {line}: {message}")]
    Malformed {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl Series {
    /// The S&P 500 daily bars shipped by npm `vega-datasets` under `node_modules` of `repo`.
    pub fn sp500(repo: &Path) -> Result<Self, SeriesError> {
        Self::load_csv(
            &repo.join("node_modules/vega-datasets/data/sp500-2000.csv"),
            "SPX",
        )
    }

    /// Reads a `date,open,high,low,close,adjclose,volume` CSV with a header line.
    pub fn load_csv(path: &Path, asset: &str) -> Result<Self, SeriesError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| SeriesError::Io {
            path: name.clone(),
            source,
        })?;
        let mut bars = Vec::new();
        for (i, line) in text.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |message: String| SeriesError::Malformed {
                path: name.clone(),
                line: i + 1,
                message,
            };
            let cols: Vec<&str> = line.split(',').collect();
            if cols.len() < 7 {
                return Err(bad(format!("expected 7 columns, found {}", cols.len())));
            }
            let num = |k: usize| {
                cols[k]
                    .trim()
                    .parse::<f64>()
                    .map_err(|e| bad(format!("column {k}: {e}")))
            };
            bars.push(Bar {
                open: num(1)?,
                high: num(2)?,
                low: num(3)?,
                close: num(4)?,
                volume: num(6)?,
            });
        }
        Ok(Self {
            asset: asset.to_owned(),
            bars,
        })
    }
}
