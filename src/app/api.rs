//! The one place that fetches: the data files under `assets/data/`, parsed by `crate::data`.

use std::sync::Arc;

use gloo_net::http::Request;

use crate::data::comparison::parse_comparison;
use crate::data::parameters::parse_parameters;
use crate::data::DataError;
use crate::model::comparison::ComparisonTable;
use crate::model::params::ParameterSet;

/// Where Trunk copies `assets/data/` in the build (see index.html).
const DATA_DIR: &str = "/assets/data";

async fn fetch_text(file: &str) -> Result<String, DataError> {
    let unreachable = |detail: String| DataError::Unreachable {
        file: file.to_string(),
        detail,
    };
    let response = Request::get(&format!("{DATA_DIR}/{file}"))
        .send()
        .await
        .map_err(|_| unreachable("geen verbinding met de server".into()))?;
    if !response.ok() {
        return Err(unreachable(format!(
            "de server antwoordde met status {}",
            response.status()
        )));
    }
    response
        .text()
        .await
        .map_err(|_| unreachable("het antwoord kon niet worden gelezen".into()))
}

pub async fn load_comparison() -> Result<Arc<ComparisonTable>, DataError> {
    parse_comparison(&fetch_text("collectief.json").await?).map(Arc::new)
}

pub async fn load_parameters() -> Result<Arc<ParameterSet>, DataError> {
    parse_parameters(&fetch_text("parameters.json").await?).map(Arc::new)
}
