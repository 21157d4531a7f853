//! Writes the static pages into the build, so their content is on screen before the wasm has
//! arrived: `/` (and, as `index.html`, every path a host answers with it), `/vergelijken`,
//! `/aannames` and `/toegankelijkheid`. Each is the app's own `Shell` rendered natively (Leptos
//! `ssr`) with the data files read from `assets/data/`, so the pages follow the components.
//! Run by Trunk after each build (`scripts/prerender.sh`); the app replaces the pre-rendered
//! page once it shows its own (`app::start`).
//!
//! Usage: `prerender [build dir]` (default `$TRUNK_STAGING_DIR`, else `dist`).

#![recursion_limit = "512"]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::StreamExt;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use steunwijzer::app::components::stamp::record_fetched;
use steunwijzer::app::{AppData, PrerenderedApp};
use steunwijzer::data::collectief::parse_collectief;
use steunwijzer::data::parameters::parse_parameters;
use steunwijzer::routes::Route;

/// The pages written, each with the file a host serves it from.
const PAGES: [(Route, &str); 4] = [
    (Route::Start, "index.html"),
    (Route::Collectief, "vergelijken.html"),
    (Route::Assumptions, "aannames.html"),
    (Route::Accessibility, "toegankelijkheid.html"),
];

/// Without JavaScript the pre-rendered pages are readable; only computing needs the app.
const NOSCRIPT: &str = "<noscript><p class=\"noscript\">Zonder JavaScript ziet u de vergelijking, \
de aannames en de toegankelijkheidsverklaring. Een scenario doorrekenen, bewaren en presenteren \
vraagt JavaScript en WebAssembly: zet JavaScript aan om te rekenen.</p></noscript>";

/// `index.html` is also what a host sends for every other route (a shared scenario link). Before
/// the first paint this script marks such a page, so it shows the frame with "berekenen…"
/// instead of the start page (see main.css); its hash goes into the CSP (`add-csp.mjs`).
const ELSEWHERE_SCRIPT: &str = "<script>if(!/^\\/(index\\.html)?$/.test(location.pathname))\
document.documentElement.classList.add('voorweergave-elders')</script>";

/// What a route other than the start page shows until the app has computed it.
const ELSEWHERE: &str =
    "<div class=\"voorweergave-berekenen\"><p class=\"loading\" role=\"status\">\
Berekenen…</p></div>";

fn main() {
    if let Err(message) = run() {
        eprintln!("[prerender] {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into());
    let dir = PathBuf::from(dir);
    let data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/data");
    let read = |name: &str| {
        std::fs::read_to_string(data_dir.join(name))
            .map_err(|e| format!("{} niet te lezen: {e}", data_dir.join(name).display()))
    };
    // The stamp on every page hashes the files the page was made with, as the app does after
    // fetching them.
    let table_text = read("collectief.json")?;
    let params_text = read("parameters.json")?;
    record_fetched("collectief.json", &table_text);
    record_fetched("parameters.json", &params_text);
    let table = Arc::new(parse_collectief(&table_text).map_err(|e| e.to_string())?);
    let params = Arc::new(parse_parameters(&params_text).map_err(|e| e.to_string())?);

    let template_path = dir.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{} niet te lezen: {e}", template_path.display()))?;
    // Trunk's template may already be a pre-rendered page (a rebuild in `trunk serve`).
    let template = strip_prerender(&template);

    any_spawner::Executor::init_futures_executor().map_err(|e| format!("{e:?}"))?;
    for (route, file) in PAGES {
        let body = render(
            &route.path(),
            AppData::loaded(table.clone(), params.clone()),
        );
        let page = page_html(&template, route, &body)?;
        std::fs::write(dir.join(file), page).map_err(|e| format!("{file}: {e}"))?;
        println!("[prerender] {} → {file}", route.path());
    }
    Ok(())
}

/// The app's shell at `route`, as HTML.
fn render(route: &str, data: AppData) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(route));
        let stream = view! { <PrerenderedApp data/> }.to_html_stream_in_order();
        futures::executor::block_on(stream.collect::<String>())
    });
    drop(owner);
    html
}

/// The template with the rendered body; `index.html` also gets the frame for other routes.
fn page_html(template: &str, route: Route, rendered: &str) -> Result<String, String> {
    let body_start = template
        .find("<body>")
        .ok_or("index.html heeft geen <body>")?;
    let body_end = template
        .rfind("</body>")
        .ok_or("index.html heeft geen </body>")?;
    let mut body = rendered.to_string();
    let mut head_end = template[..body_start].to_string();
    if route == Route::Start {
        let main_open = body
            .find("<main")
            .and_then(|at| body[at..].find('>').map(|end| at + end + 1))
            .ok_or("de pagina heeft geen <main>")?;
        let main_close = body
            .rfind("</main>")
            .ok_or("de pagina heeft geen </main>")?;
        body = format!(
            "{}<div class=\"voorweergave-start\">{}</div>{ELSEWHERE}{}",
            &body[..main_open],
            &body[main_open..main_close],
            &body[main_close..]
        );
        head_end = head_end.replacen("<head>", &format!("<head>\n  {ELSEWHERE_SCRIPT}"), 1);
    } else {
        // So the service worker never takes this page for the app's index.html (assets/sw.js).
        head_end = head_end.replacen(
            "<head>",
            &format!(
                "<head>\n  <meta name=\"steunwijzer-route\" content=\"{}\">",
                route.path()
            ),
            1,
        );
    }
    Ok(format!(
        "{head_end}<body>\n  {NOSCRIPT}\n  <div id=\"voorweergave\">{body}</div>\n{}",
        &template[body_end..]
    ))
}

/// A page this program wrote, back to Trunk's template.
fn strip_prerender(html: &str) -> String {
    let html = html.replacen(&format!("\n  {ELSEWHERE_SCRIPT}"), "", 1);
    match (html.find("<body>"), html.rfind("</body>")) {
        (Some(start), Some(end)) if html[start..end].contains("id=\"voorweergave\"") => {
            format!("{}<body>\n{}", &html[..start], &html[end..])
        }
        _ => html,
    }
}
