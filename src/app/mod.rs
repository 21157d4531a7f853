//! The browser app: Leptos components and pages on top of the pure model.
//!
//! State lives in two places only: the loaded data files ([`AppData`]) and the scenario
//! ([`state::ScenarioState`]), which mirrors the URL so that a link reproduces what was shown.

pub mod api;
pub mod components;
pub mod download;
pub mod pages;
pub mod panic;
pub mod state;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use crate::data::DataError;
use crate::model::comparison::ComparisonTable;
use crate::model::params::ParameterSet;

/// The two data files, fetched once at start-up and shared by every page.
#[derive(Clone, Copy)]
pub struct AppData {
    pub table: LocalResource<Result<Arc<ComparisonTable>, DataError>>,
    pub params: LocalResource<Result<Arc<ParameterSet>, DataError>>,
    /// Whether the next fetch is a retry (see [`api::Attempt`]).
    attempt: StoredValue<api::Attempt>,
}

impl AppData {
    /// Fetches again each file that failed (a bad connection, a server that did not answer); a
    /// file that loaded is kept, so a retry cannot turn good data into an error.
    pub fn retry(self) {
        self.attempt.set_value(api::Attempt::Retry);
        if matches!(self.table.get_untracked(), Some(Err(_))) {
            self.table.refetch();
        }
        if matches!(self.params.get_untracked(), Some(Err(_))) {
            self.params.refetch();
        }
    }
}

/// Mounts the app on `<body>`; called from `main`.
pub fn start() {
    panic::install();
    register_service_worker();
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let attempt = StoredValue::new(api::Attempt::First);
    provide_context(AppData {
        table: LocalResource::new(move || api::load_comparison(attempt.get_value())),
        params: LocalResource::new(move || api::load_parameters(attempt.get_value())),
        attempt,
    });
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// On the scenario page a second skip link jumps past the header and the whole form.
#[component]
fn ResultsSkipLink() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    view! {
        <Show when=move || location.pathname.with(|p| p == "/scenario")>
            <a class="skip-link nl-skip-link nl-skip-link--visible-on-focus" href="#resultaten" on:click=move |ev| {
                // Focus the results ourselves: the router would otherwise treat the hash as a
                // navigation, and the next Tab would start from the top of the page again.
                use wasm_bindgen::JsCast;
                let target = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("resultaten"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(results) = target {
                    ev.prevent_default();
                    let _ = results.focus();
                    results.scroll_into_view();
                }
            }>"Naar de resultaten"</a>
        </Show>
    }
}

/// Header, navigation, routes and footer. Inside the router so the scenario can follow the URL.
#[component]
fn Shell() -> impl IntoView {
    state::ScenarioState::provide();
    components::stamp::Provenance::provide();
    // An embed (`/inbedden/…`) is framed by someone else's page: no header, menu or footer.
    let location = leptos_router::hooks::use_location();
    let framed = move || location.pathname.with(|p| pages::embed::is_embed_path(p));
    view! {
        <Show when=move || !framed()>
        <a class="skip-link nl-skip-link nl-skip-link--visible-on-focus" href="#inhoud">"Naar de inhoud"</a>
        <ResultsSkipLink/>
        <header class="site-header">
            <div class="brand">
                <span class="brand-name">"Steunwijzer"</span>
                <span class="brand-tag">"informele gezinssteun doorrekenen"</span>
            </div>
            <MainNav/>
        </header>
        </Show>
        <main id="inhoud" tabindex="-1">
            <Routes fallback=|| view! { <pages::not_found::NotFoundPage/> }>
                <Route path=path!("/") view=pages::comparison::ComparisonPage/>
                <Route path=path!("/vergelijken") view=pages::comparison::ComparisonPage/>
                <Route path=path!("/scenario") view=pages::scenario::ScenarioPage/>
                <Route path=path!("/aannames") view=pages::assumptions::AssumptionsPage/>
                <Route path=path!("/presenteren") view=pages::presentation::PresentationPage/>
                <Route path=path!("/grafiek/:id") view=pages::single_chart::SingleChartPage/>
                <Route path=path!("/scenarios") view=pages::saved::SavedPage/>
                <Route path=path!("/toegankelijkheid") view=pages::accessibility::AccessibilityPage/>
                <Route path=path!("/meting") view=pages::measure::MeasurePage/>
                <Route path=path!("/inbedden/:id") view=pages::embed::EmbedPage/>
            </Routes>
        </main>
        <Show when=move || !framed()>
        <components::stamp::StampLine/>
        <footer class="site-footer">
            <p>
                "Steunwijzer rekent met cijfers uit vijf documenten en enkele bronnen daarbuiten, elk getal met zijn vindplaats. "
                "Wat de bronnen niet geven, is een aanname die u zelf kunt aanpassen."
            </p>
            <p><A href="/toegankelijkheid">"Toegankelijkheidsverklaring"</A></p>
        </footer>
        </Show>
    }
}

/// The journey as a menu. Links keep the scenario's query string, so moving between pages never
/// loses what the user set.
#[component]
fn MainNav() -> impl IntoView {
    let state = state::ScenarioState::expect();
    let with_query = move |path: &'static str| move || state.link(path);
    view! {
        <nav class="main-nav" aria-label="Hoofdmenu">
            <ul>
                <li><A href=with_query("/vergelijken")>"1. Vergelijken"</A></li>
                <li><A href=with_query("/scenario")>"2. Scenario en resultaten"</A></li>
                <li><A href=with_query("/aannames")>"3. Aannames en bronnen"</A></li>
                <li><A href=with_query("/scenarios")>"4. Scenario's vergelijken"</A></li>
            </ul>
        </nav>
    }
}

/// Registers the service worker that keeps the app working offline (see `assets/sw.js`).
/// Failure only means no offline use, so it is not shown as an error.
fn register_service_worker() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().service_worker().register("/sw.js");
    }
}
