//! One module per route.

pub mod accessibility;
pub mod annex;
pub mod assumptions;
pub mod collectief;
pub mod embed;
pub mod measure;
pub mod not_found;
pub mod presentation;
pub mod saved;
pub mod scenario;
pub mod single_chart;
