//! One wrapper for what every page does with the data files: wait for them, or show why they
//! could not be used with a way to retry, or show the page. A page that forgot the error branch
//! would say "Gegevens laden…" for ever.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::data_error::{DataErrorView, Loading};
use crate::app::AppData;
use crate::model::collectief::CollectiefTable;
use crate::model::params::ParameterSet;

/// Both data files, loaded and validated.
#[derive(Clone)]
pub struct LoadedData {
    pub table: Arc<CollectiefTable>,
    pub params: Arc<ParameterSet>,
}

/// Shows `children` with the loaded data; until then "Gegevens laden…", or the data error.
#[component]
pub fn WithData<F, V>(
    /// The page, given both data files.
    children: F,
) -> impl IntoView
where
    F: Fn(LoadedData) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = expect_context::<AppData>();
    move || match (data.table.get(), data.params.get()) {
        (Some(Ok(table)), Some(Ok(params))) => children(LoadedData { table, params }).into_any(),
        _ => view! { <DataOrLoading/> }.into_any(),
    }
}

/// What to show while the data files are not both usable: the first error, or "Gegevens laden…".
#[component]
pub fn DataOrLoading() -> impl IntoView {
    let data = expect_context::<AppData>();
    move || match (data.table.get(), data.params.get()) {
        (Some(Err(error)), _) | (_, Some(Err(error))) => {
            view! { <DataErrorView error/> }.into_any()
        }
        _ => view! { <Loading/> }.into_any(),
    }
}
