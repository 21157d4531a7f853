//! What the scenario form says beside the matches a user types: the initiative's own rules the
//! scenario breaks (the same notices as the results' "Let op", next to the field they are about),
//! and "Veel of weinig?", a sense of scale from municipalities that already run an initiative and
//! from the user's own figures under Uw gemeente. The start page shows the same examples.

use leptos::prelude::*;

use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::model::initiative::InitiativeId;
use crate::model::notices::NoticeKind;
use crate::report::notice::notice_text;
use crate::report::scale::{examples, own_scale};

/// Whether a notice is about this initiative's own rules (its minimum matches or years).
fn concerns(kind: &NoticeKind, id: InitiativeId) -> bool {
    match kind {
        NoticeKind::BelowMinimumMatches { initiative, .. }
        | NoticeKind::HorizonBelowMinimumCooperation { initiative, .. } => *initiative == id,
        _ => false,
    }
}

/// The initiative's notices, under its fields; announced while the user types.
#[component]
pub fn InitiativeNotices(initiative: InitiativeId) -> impl IntoView {
    let state = ScenarioState::expect();
    let data = expect_context::<AppData>();
    let notices = Memo::new(move |_| match (state.projection.get(), data.table.get()) {
        (Some(Ok(p)), Some(Ok(table))) => p
            .notices
            .iter()
            .filter(|n| concerns(&n.kind, initiative))
            .map(|n| notice_text(n, &table))
            .collect(),
        _ => Vec::new(),
    });
    view! {
        <div class="field-notices" aria-live="polite" data-testid=format!("field-notices-{}", initiative.slug())>
            {move || notices.get().into_iter().map(|n| view! {
                <p class="notice field-notice"><strong>"Let op: "</strong>{n.text}<span class="source-inline">{format!(" Bron: {}.", n.source)}</span></p>
            }).collect_view()}
        </div>
    }
}

/// The examples as a list, each with its source.
#[component]
fn ExampleList() -> impl IntoView {
    view! {
        <ul class="scale-examples">
            {examples().into_iter().map(|e| view! {
                <li>{e.text}" "<span class="source-inline">{format!("Bron: {}.", e.source)}</span></li>
            }).collect_view()}
        </ul>
    }
}

/// On the start page, before any scenario: what others did, and where the own scale will show.
#[component]
pub fn ScaleExamples() -> impl IntoView {
    view! {
        <section class="scale" aria-labelledby="schaal-titel" data-testid="scale-examples">
            <h2 id="schaal-titel">"Veel of weinig?"</h2>
            <p>"Hoeveel koppelingen per jaar passen bij uw gemeente? Ter vergelijking twee gemeenten die al met Buurtgezinnen werken, zoals de regionale omroep ze beschreef. Wat het Collectief als minimum vraagt, staat in de kaarten hieronder."</p>
            <ExampleList/>
            <p class="hint">"Vult u in het scenario bij Uw gemeente het aantal jeugdigen of inwoners in, dan ziet u naast de koppelingen hoeveel dat er zijn per 1.000 jeugdigen en per 10.000 inwoners."</p>
        </section>
    }
}

/// In the scenario form, under the matches of the last chosen initiative (so right under the
/// field with one, and after the chosen ones with several): the examples and the scenario at
/// the municipality's own scale, or how to see it.
#[component]
pub fn ScaleHint(initiative: InitiativeId) -> impl IntoView {
    let state = ScenarioState::expect();
    let last = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.lines.iter().map(|l| l.initiative).max() == Some(initiative))
    });
    let funded = Memo::new(move |_| match state.projection.get() {
        Some(Ok(p)) if last.get() && !p.per_initiative.is_empty() => Some(p),
        _ => None,
    });
    let own = Memo::new(move |_| {
        funded.with(|p| {
            p.as_ref()
                .and_then(|p| state.scenario.with(|s| own_scale(s, p)))
        })
    });
    view! {
        <Show when=move || funded.with(Option::is_some)>
            <div class="scale-hint" data-testid="scale-hint">
                <p class="scale-title"><strong>"Veel of weinig?"</strong>" Ter vergelijking:"</p>
                <ExampleList/>
                <p data-testid="own-scale">{move || own.get().unwrap_or_else(|| {
                    "Vul onder het scenario bij Uw gemeente het aantal jeugdigen of inwoners in; dan staat hier hoeveel koppelingen dat zijn per 1.000 jeugdigen en per 10.000 inwoners.".to_string()
                })}</p>
                <Show when=move || own.with(Option::is_none)>
                    <p><a href="#gemeente-jeugdigen" data-testid="to-municipality" on:click=move |ev| {
                        // Focus the field ourselves: the router would treat the hash as a navigation.
                        use wasm_bindgen::JsCast;
                        let field = crate::app::browser_window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id("gemeente-jeugdigen"))
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                        if let Some(field) = field {
                            ev.prevent_default();
                            field.scroll_into_view();
                            let _ = field.focus();
                        }
                    }>"Naar Uw gemeente"</a></p>
                </Show>
            </div>
        </Show>
    }
}
