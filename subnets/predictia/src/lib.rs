//! Predictia, the seed's time-series subnet: the task format validators send and miners answer,
//! reference forecasting models for miners, ground-truth tasks cut from a real price series (the
//! S&P 500 daily bars, 2000-2020, from npm `vega-datasets`), and the scoring validators apply
//! (RMSE and MAE of relative errors, latency, timeouts); [`kind`] puts them behind the
//! `tensora-subnet` traits the services run on.

pub mod data;
pub mod feed;
pub mod kind;
pub mod model;
pub mod score;
pub mod task;

pub use data::{Bar, Series, SeriesError};
pub use feed::FeedReplay;
pub use kind::{Predictia, Reference, Scoring, SeriesTasks};
pub use model::Model;
pub use task::{Forecast, Task};
