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
use leptos_router::components::Router;
use leptos_router::location::LocationProvider;

use crate::data::DataError;
use crate::model::collectief::CollectiefTable;
use crate::model::params::ParameterSet;
use crate::routes::{self, PageAt, Route as Page};

/// The two data files, fetched once at start-up and shared by every page. Plain signals: empty
/// until a file is in (or failed), so the pre-render can hand over data it read itself.
#[derive(Clone, Copy)]
pub struct AppData {
    pub table: RwSignal<Option<Result<Arc<CollectiefTable>, DataError>>>,
    pub params: RwSignal<Option<Result<Arc<ParameterSet>, DataError>>>,
}

impl AppData {
    /// Data already in hand (the pre-render reads the files from `assets/data/`).
    pub fn loaded(table: Arc<CollectiefTable>, params: Arc<ParameterSet>) -> Self {
        AppData {
            table: RwSignal::new(Some(Ok(table))),
            params: RwSignal::new(Some(Ok(params))),
        }
    }

    /// Starts fetching both files; each signal fills when its file is in or has failed.
    #[cfg(target_arch = "wasm32")]
    fn fetch() -> Self {
        let data = AppData {
            table: RwSignal::new(None),
            params: RwSignal::new(None),
        };
        data.load_table(api::Attempt::First);
        data.load_params(api::Attempt::First);
        data
    }

    fn load_table(self, attempt: api::Attempt) {
        leptos::task::spawn_local(async move {
            self.table.set(Some(api::load_collectief(attempt).await));
        });
    }

    fn load_params(self, attempt: api::Attempt) {
        leptos::task::spawn_local(async move {
            self.params.set(Some(api::load_parameters(attempt).await));
        });
    }

    /// Fetches again each file that failed (a bad connection, a server that did not answer); a
    /// file that loaded is kept, so a retry cannot turn good data into an error. The error stays
    /// on screen until the new answer is in.
    pub fn retry(self) {
        if matches!(self.table.get_untracked(), Some(Err(_))) {
            self.load_table(api::Attempt::Retry);
        }
        if matches!(self.params.get_untracked(), Some(Err(_))) {
            self.load_params(api::Attempt::Retry);
        }
    }

    /// Whether both files are in or one has failed: what the page shows then is final.
    #[cfg(target_arch = "wasm32")]
    fn settled(self) -> bool {
        let table_failed = self.table.with(|t| t.as_ref().map(Result::is_err));
        let params_failed = self.params.with(|p| p.as_ref().map(Result::is_err));
        table_failed == Some(true)
            || params_failed == Some(true)
            || (table_failed.is_some() && params_failed.is_some())
    }
}

/// Mounts the app on `<body>`; called from `main`. A pre-rendered page (`#voorweergave`, written
/// by `src/bin/prerender.rs`) stays on screen while the app is hidden beside it (see main.css),
/// until the app shows its data or an error; then the pre-render is removed in the same frame.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install();
    mark("steunwijzer:start");
    leptos::mount::mount_to_body(App);
    // After mounting: whatever the browser says about offline use, the app is already there.
    register_service_worker();
}

/// A performance mark for the benchmark's breakdown of the first view (`tests/e2e/bench.mjs`).
#[cfg(target_arch = "wasm32")]
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

#[cfg(target_arch = "wasm32")]
#[component]
pub fn App() -> impl IntoView {
    let data = AppData::fetch();
    provide_context(data);
    components::charts::ChartWidth::provide();
    Effect::new(move |shown: Option<bool>| {
        if shown == Some(true) || !data.settled() {
            return shown.unwrap_or(false);
        }
        // Effects run after the view has been updated, so the app's page is complete here.
        mark("steunwijzer:data");
        if let Some(pre) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("voorweergave"))
        {
            pre.remove();
        }
        mark("steunwijzer:shown");
        true
    });
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// The app with its data already in hand: what the pre-render writes as HTML.
#[component]
pub fn PrerenderedApp(data: AppData) -> impl IntoView {
    provide_context(data);
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Runs `work` after the browser has painted the next frame: the first view of a page shows its
/// headline figures before the charts and the Monte Carlo band, which take longer, are drawn.
/// (A timeout set in an animation frame runs after that frame is painted.) Never called in the
/// pre-render, which has no frames: only from effects, which do not run there.
pub(crate) fn after_next_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}

/// The later parts of a page, built one frame after another: part 0 turns true after the page's
/// first frame has been painted, part 1 after the frame that showed part 0, and so on, so the
/// first frame holds only what the page builds at once (a shared link's headline figures) and
/// every later part gets a frame of its own. Plain signals and no `<Show>`: a part is built once
/// and stays. The pre-render runs no effects: there no part is built.
pub(crate) fn frame_parts<const N: usize>() -> [ReadSignal<bool>; N] {
    let parts: [RwSignal<bool>; N] = std::array::from_fn(|_| RwSignal::new(false));
    Effect::new(move |_| reveal_after_paint(parts.to_vec()));
    parts.map(|part| part.read_only())
}

fn reveal_after_paint(parts: Vec<RwSignal<bool>>) {
    after_next_paint(move || {
        let mut rest = parts.into_iter();
        // A part of a page that was left meanwhile is gone: then the rest is not built either.
        if rest.next().is_some_and(|part| part.try_set(true).is_none()) {
            reveal_after_paint(rest.collect());
        }
    });
}

/// The browser window, for code that runs while a view is built: `None` in the pre-render,
/// where there is no browser (web-sys panics natively).
pub fn browser_window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// An initiative's colour in the charts, for its cards (`--initiative-color` in main.css). Set
/// in the browser only, where it goes through the CSS object model: the pre-render would write
/// it as a `style` attribute, which the Content-Security-Policy (`style-src 'self'`) refuses.
/// Until the app replaces the pre-rendered page, its cards have the neutral border.
pub(crate) fn initiative_color(id: crate::model::initiative::InitiativeId) -> Option<String> {
    cfg!(target_arch = "wasm32").then(|| crate::charts::style::initiative_color_hex(id))
}

/// The page at the address. The app's own typed routes decide ([`routes::page_at`]), not
/// leptos_router's `<Routes>`: its matching code, generic over every route's path and view, cost
/// the wasm 86 KB raw, 36 KB gzip (issue 25). The page is rebuilt only when the path names
/// another page; a new query (the scenario, a slide) is left to the page itself, as `<Routes>`
/// left it.
#[component]
fn PageSwitch() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let page = Memo::new(move |_| location.pathname.with(|path| routes::page_at(path)));
    // leptos_router writes a new path into the address bar (and scrolls to its `#anchor`) only
    // once the routes say the page is ready. This effect, woken with the page's own rebuild and
    // queued after it, says so for every path.
    let browser = use_context::<leptos_router::location::BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        if let Some(browser) = &browser {
            browser.ready_to_complete();
        }
    });
    move || match page.get() {
        PageAt::Page(Page::Start | Page::Collectief) => {
            view! { <pages::collectief::CollectiefPage/> }.into_any()
        }
        PageAt::Page(Page::Scenario) => view! { <pages::scenario::ScenarioPage/> }.into_any(),
        PageAt::Page(Page::Assumptions) => {
            view! { <pages::assumptions::AssumptionsPage/> }.into_any()
        }
        PageAt::Page(Page::Presentation { .. }) => {
            view! { <pages::presentation::PresentationPage/> }.into_any()
        }
        PageAt::Page(Page::Handout) => view! { <pages::presentation::HandoutPage/> }.into_any(),
        PageAt::Page(Page::Annex) => view! { <pages::annex::AnnexPage/> }.into_any(),
        PageAt::Page(Page::Chart(id)) => {
            view! { <pages::single_chart::SingleChartPage chart=Some(id)/> }.into_any()
        }
        PageAt::UnknownChart => {
            view! { <pages::single_chart::SingleChartPage chart=None/> }.into_any()
        }
        PageAt::Page(Page::Saved) => view! { <pages::saved::SavedPage/> }.into_any(),
        PageAt::Page(Page::Accessibility) => {
            view! { <pages::accessibility::AccessibilityPage/> }.into_any()
        }
        PageAt::Page(Page::Measure) => view! { <pages::measure::MeasurePage/> }.into_any(),
        PageAt::Page(Page::Embed(shown)) => {
            view! { <pages::embed::EmbedPage shown=Some(shown)/> }.into_any()
        }
        PageAt::UnknownEmbed => view! { <pages::embed::EmbedPage shown=None/> }.into_any(),
        PageAt::Missing => view! { <pages::not_found::NotFoundPage/> }.into_any(),
    }
}

/// On the scenario page a second skip link jumps past the header and the whole form.
#[component]
fn ResultsSkipLink() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    view! {
        <Show when=move || location.pathname.with(|p| Page::parse(p) == Some(Page::Scenario))>
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
    let framed = move || location.pathname.with(|p| routes::is_embed_path(p));
    view! {
        <Show when=move || !framed()>
        <a class="skip-link nl-skip-link nl-skip-link--visible-on-focus" href="#inhoud">"Naar de inhoud"</a>
        <ResultsSkipLink/>
        <header class="site-header">
            <HomeLink/>
            <MainNav/>
        </header>
        </Show>
        <main id="inhoud" tabindex="-1">
            <PageSwitch/>
        </main>
        <Show when=move || !framed()>
        <components::stamp::StampLine/>
        <footer class="site-footer">
            <p>
                "Steunwijzer rekent met cijfers uit vijf documenten en enkele bronnen daarbuiten, elk getal met zijn vindplaats. "
                "Wat de bronnen niet geven, is een aanname die u zelf kunt aanpassen."
            </p>
            <p><a href=Page::Accessibility.path()>"Toegankelijkheidsverklaring"</a></p>
        </footer>
        </Show>
    }
}

/// The name in the header leads home, keeping the scenario like the menu does.
#[component]
fn HomeLink() -> impl IntoView {
    let state = state::ScenarioState::expect();
    view! {
        <a class="brand" href=move || state.link(Page::Start)>
            <span class="brand-name">"Steunwijzer"</span>
            <span class="brand-tag">"informele gezinssteun doorrekenen"</span>
        </a>
    }
}

/// The journey as a menu. Links keep the scenario's query string, so moving between pages never
/// loses what the user set. The start page is step 1 (it shows the comparison too), so every
/// page of the journey has exactly one current item; the others have none.
#[component]
fn MainNav() -> impl IntoView {
    let state = state::ScenarioState::expect();
    let pathname = leptos_router::hooks::use_location().pathname;
    let item = move |page: Page, label: &'static str| {
        let current = move || {
            pathname.with(|p| {
                let here = Page::parse(p);
                here == Some(page) || (page == Page::Collectief && here == Some(Page::Start))
            })
        };
        view! {
            <li><a href=move || state.link(page) aria-current=move || current().then_some("page")>{label}</a></li>
        }
    };
    view! {
        <nav class="main-nav" aria-label="Hoofdmenu">
            <ul>
                {item(Page::Collectief, "1. Vergelijken")}
                {item(Page::Scenario, "2. Scenario en resultaten")}
                {item(Page::Assumptions, "3. Aannames en bronnen")}
                {item(Page::Saved, "4. Scenario's vergelijken")}
            </ul>
        </nav>
    }
}

/// The browser's service-worker API, if it lets the page use it. Read through `Reflect`: some
/// browsers refuse the API itself, and `navigator.serviceWorker` throws when site data is blocked
/// or the top page has an opaque origin (a sandboxed host). Such a refusal is `None` here and not
/// an exception that would stop `start()` before the app mounts.
#[cfg(target_arch = "wasm32")]
fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .ok()?
        .dyn_into()
        .ok()
}

#[cfg(target_arch = "wasm32")]
/// Registers the service worker that keeps the app working offline (see `assets/sw.js`).
/// Failure only means no offline use, so it is not shown as an error.
fn register_service_worker() {
    if let Some(container) = service_workers() {
        let registration = container.register("/sw.js");
        // A refused registration is a rejected promise: awaited, so it is not an uncaught error.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
        });
    }
}

/// Natively (the pre-render reads the files itself) there is no service worker to tell.
#[cfg(not(target_arch = "wasm32"))]
pub fn data_file_read(_file: &str, _text: &str) {}

/// Tells the service worker that the data file `file` with exactly `text` was read without an
/// error, so it may keep that text as its offline copy (`assets/sw.js`, `accept`). A data file
/// this app refuses never reaches it and so never replaces the copy the app can read.
#[cfg(target_arch = "wasm32")]
pub fn data_file_read(file: &str, text: &str) {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(controller) = service_workers().and_then(|c| {
        js_sys::Reflect::get(&c, &"controller".into())
            .ok()
            .filter(JsValue::is_object)
    }) else {
        return;
    };
    let message = js_sys::Object::new();
    let path = JsValue::from(format!("/assets/data/{file}"));
    let _ = js_sys::Reflect::set(&message, &"gelezen".into(), &path);
    let _ = js_sys::Reflect::set(&message, &"tekst".into(), &text.into());
    if let Some(post) = js_sys::Reflect::get(&controller, &"postMessage".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Function>().ok())
    {
        let _ = post.call1(&controller, &message);
    }
}
