//! The read-only embed view (`/inbedden/<chart slug>?<scenario>` or `/inbedden/kerncijfers?…`):
//! one chart or the headline figures for an `<iframe>` in a council information system or a
//! party site. No menu and no inputs; the source line, the stamp and "Open in Steunwijzer" to
//! the full scenario. The view tells its height to the parent page by `postMessage`
//! (`{ type: "steunwijzer-hoogte", hoogte: <px> }`), so the host can size the iframe.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::app::components::adjusted::AdjustedNotice;
use crate::app::components::charts::{use_chart, ChartFigure};
use crate::app::components::stamp::{Provenance, StampLine};
use crate::app::components::with_data::WithData;
use crate::app::state::ScenarioState;
use crate::charts::style::sources;
use crate::report::embed::HEIGHT_MESSAGE;
use crate::report::headlines::{headlines, Basis, Headline};
use crate::routes::{Embedded, Route};

/// How often the view checks whether its height changed (a chart drawn, a table opened).
const HEIGHT_CHECK: Duration = Duration::from_millis(250);

/// `shown`: what the path names, `None` for a slug nothing has.
#[component]
pub fn EmbedPage(shown: Option<Embedded>) -> impl IntoView {
    let state = ScenarioState::expect();
    let provenance = Provenance::expect();
    let full = move || provenance.share_link(state, Route::Scenario);
    report_height();
    view! {
        <div class="embed" data-testid="embed">
            {match shown {
                Some(Embedded::Chart(id)) => view! {
                    <h1 class="visually-hidden">{id.title()}</h1>
                    <WithData let:_loaded>
                        <ChartFigure chart=Signal::from(use_chart(id, false)) tools=false/>
                    </WithData>
                }.into_any(),
                Some(Embedded::Headlines) => view! {
                    <h1 class="embed-title">{Embedded::Headlines.title()}</h1>
                    <WithData let:_loaded>
                        <EmbeddedHeadlines/>
                    </WithData>
                    <p class="embed-source">{sources::cumulative(false)}</p>
                }.into_any(),
                None => view! {
                    <h1 class="embed-title">"Onbekend onderdeel"</h1>
                    <p data-testid="embed-unknown">"Deze ingesloten weergave bestaat niet in Steunwijzer. Misschien is de code ingekort of verkeerd overgenomen."</p>
                }.into_any(),
            }}
            // Visible in both kinds: a host page must not pass changed values off as the standard.
            <AdjustedNotice/>
            <crate::app::components::municipality::OwnNoteView/>
            <LinkNotes/>
            <p class="embed-open">
                <a href=full target="_blank" rel="noopener" data-testid="embed-open">
                    "Open in Steunwijzer"<span class="visually-hidden">" (opent in een nieuw venster)"</span>
                </a>
            </p>
            <StampLine class="stamp embed-stamp"/>
        </div>
    }
}

/// The headline figures as cards, with what each rests on.
#[component]
fn EmbeddedHeadlines() -> impl IntoView {
    let state = ScenarioState::expect();
    let figures = Memo::new(move |_| match state.projection.get() {
        Some(Ok(projection)) => state.current_bands.with(|bands| {
            state
                .scenario
                .with(|s| headlines(s, &projection, bands.as_ref()))
        }),
        _ => Vec::new(),
    });
    let card = |h: Headline| {
        view! {
            <div class="headline" data-testid=format!("kerncijfer-{}", h.id)>
                <span class="headline-label">{h.label}</span>
                <span class="headline-value">{h.value}</span>
                <span class="headline-detail">{h.detail}</span>
                <span class=badge_class(h.basis)>{h.basis.label()}</span>
            </div>
        }
    };
    view! {
        <Show when=move || figures.with(|f| !f.is_empty())
            fallback=|| view! { <p>"Dit scenario heeft nog geen initiatieven; open het in Steunwijzer om ze te kiezen."</p> }>
            <div class="headlines">{move || figures.get().into_iter().map(card).collect_view()}</div>
        </Show>
    }
}

/// The badge's look by what a figure rests on, as on the scenario page.
fn badge_class(basis: Basis) -> &'static str {
    match basis {
        Basis::Bronnen => "badge badge-bron",
        Basis::EigenPrijs | Basis::EigenPrijsEnOpstart => "badge badge-eigen",
        _ => "badge badge-aanname",
    }
}

/// What the link lost or what changed in the data since it was made, as on the scenario page.
#[component]
fn LinkNotes() -> impl IntoView {
    let state = ScenarioState::expect();
    view! {
        <Show when=move || state.link_messages.with(|m| !m.is_empty())>
            <div class="warning-panel" role="alert" data-testid="link-messages">
                <ul>{move || state.link_messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// Sends the document's height to the parent page whenever it changes. A page not in a frame
/// is its own parent and ignores the message.
fn report_height() {
    let last = StoredValue::new(0i32);
    let send = move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        // The view's own box, not the document: in a frame the document is at least as high as
        // the frame, so it could never report that it needs less.
        let Some(view) = window
            .document()
            .and_then(|d| d.query_selector(".embed").ok().flatten())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        else {
            return;
        };
        let height = view.offset_top() + view.scroll_height() + 2;
        if height == last.get_value() {
            return;
        }
        last.set_value(height);
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"hoogte".into(), &JsValue::from(height));
        // The height is no secret: any host page may have it.
        let _ = parent.post_message(&message, "*");
    };
    send();
    if let Ok(handle) = set_interval_with_handle(send, HEIGHT_CHECK) {
        on_cleanup(move || handle.clear());
    }
}
