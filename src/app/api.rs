//! The one place that fetches: the data files under `assets/data/`, parsed by `crate::data`.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use gloo_net::http::Request;
use web_sys::RequestCache;

use crate::data::collectief::parse_collectief;
use crate::data::parameters::parse_parameters;
use crate::data::DataError;
use crate::model::collectief::CollectiefTable;
use crate::model::params::ParameterSet;

/// Where Trunk copies `assets/data/` in the build (see index.html).
const DATA_DIR: &str = "/assets/data";

/// How long a data request may take. On bad wifi a request can hang without ever failing; the
/// service worker answers from its cache well before this (see `assets/sw.js`), so this limit
/// only ends the wait when there is no cached copy, with a message and a way to retry.
const DATA_TIMEOUT_MS: i32 = 10_000;

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The first of two futures to finish: `Some` with the work's result, `None` when the deadline
/// came first.
struct Deadline<W, T> {
    work: Pin<Box<W>>,
    timer: Pin<Box<T>>,
}

impl<W: Future, T: Future<Output = ()>> Future for Deadline<W, T> {
    type Output = Option<W::Output>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if let Poll::Ready(value) = self.work.as_mut().poll(cx) {
            return Poll::Ready(Some(value));
        }
        match self.timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// How a data request treats the browser's HTTP cache.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Attempt {
    First,
    /// A retry bypasses the HTTP cache: the browser lets a request for a URL wait until an
    /// earlier request for it ends, and the one that timed out may never end.
    Retry,
}

async fn fetch_text(file: &str, attempt: Attempt) -> Result<String, DataError> {
    let unreachable = |detail: String| DataError::Unreachable {
        file: file.to_string(),
        detail,
    };
    let url = format!("{DATA_DIR}/{file}");
    let request = async {
        let request = Request::get(&url);
        let request = match attempt {
            Attempt::First => request,
            Attempt::Retry => request.cache(RequestCache::NoStore),
        };
        let response = request
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
    };
    Deadline {
        work: Box::pin(request),
        timer: Box::pin(sleep(DATA_TIMEOUT_MS)),
    }
    .await
    .unwrap_or_else(|| {
        Err(unreachable(format!(
            "de server antwoordde niet binnen {} seconden",
            DATA_TIMEOUT_MS / 1000
        )))
    })
}

pub async fn load_collectief(attempt: Attempt) -> Result<Arc<CollectiefTable>, DataError> {
    let text = fetch_text("collectief.json", attempt).await?;
    crate::app::components::stamp::record_fetched("collectief.json", &text);
    let table = parse_collectief(&text).map(Arc::new)?;
    crate::app::data_file_read("collectief.json", &text);
    Ok(table)
}

pub async fn load_parameters(attempt: Attempt) -> Result<Arc<ParameterSet>, DataError> {
    let text = fetch_text("parameters.json", attempt).await?;
    crate::app::components::stamp::record_fetched("parameters.json", &text);
    let params = parse_parameters(&text).map(Arc::new)?;
    crate::app::data_file_read("parameters.json", &text);
    Ok(params)
}
