//! Scenario en resultaten: choose initiatives and matches, and watch the projection follow.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::beside_matches::{InitiativeNotices, ScaleHint};
use crate::app::components::data_error::{DataErrorView, Loading};
use crate::app::components::number_field::{FieldFormat, NumberField};
use crate::app::components::results::{Results, ScenarioParts, StickySummary, PART_MUNICIPALITY};
use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::data::invisible;
use crate::data::url_scenario::FIRST_YEAR_BOUNDS;
use crate::model::collectief::CollectiefTable;
use crate::model::edit;
use crate::model::initiative::InitiativeId;
use crate::model::scenario::{
    MAX_HORIZON_YEARS, MAX_LOCAL_COST, MAX_MATCHES_PER_YEAR, MAX_NAME_CHARS,
};
use crate::report::headlines::matches_explained;
use crate::report::initiative::{InitiativeFacts, Style};
use crate::report::proposal::{dutch_date, printed_line, proposal};
use crate::routes::Route;

#[component]
pub fn ScenarioPage() -> impl IntoView {
    let data = expect_context::<AppData>();
    view! {
        <PrintHeader/>
        <h1>"Scenario en resultaten"</h1>
        <LinkMessages/>
        <RestoredNote/>
        // The data are plain signals: the page follows them without a <Suspense>.
        {move || match (data.table.get(), data.params.get()) {
            (Some(Err(error)), _) | (_, Some(Err(error))) => view! { <DataErrorView error/> }.into_any(),
            (Some(Ok(table)), Some(Ok(_))) => {
                // The form and the headline figures in the first frame (the form stays, so the
                // figures do not move when the rest arrives), then one part per frame.
                let parts: ScenarioParts = crate::app::frame_parts();
                scroll_to_anchor_when_built(parts[PART_MUNICIPALITY]);
                view! {
                    <div class="scenario-layout">
                        <ScenarioBuilder table/>
                        <div class="results-column" id="resultaten" tabindex="-1"><Results parts/></div>
                    </div>
                    {move || parts[PART_MUNICIPALITY].get().then(|| view! {
                        <crate::app::components::municipality::MunicipalityPanel/>
                        <crate::app::components::realised::RealisedPanel/>
                        <StickySummary/>
                    })}
                }.into_any()
            }
            _ => view! { <Loading/> }.into_any(),
        }}
    }
}

/// A link to a place in a later part (`/scenario?…#gevoeligheid`): the element is not there when
/// the browser looks for it, so it is brought into view once every part is built, and again once
/// the band and the sensitivity runs are in and after the frame that follows: they, and the
/// parts near the place that are laid out only when in view (`content-visibility`), change the
/// height of what lies above it.
fn scroll_to_anchor_when_built(last_part: ReadSignal<bool>) {
    let state = ScenarioState::expect();
    // 0: nothing yet, 1: scrolled once the parts were built, 2: done.
    Effect::new(move |step: Option<u8>| {
        let step = step.unwrap_or(0);
        if step == 2 {
            return 2;
        }
        let (built, settled) = (last_part.get(), state.settled_is_current.get());
        if !built {
            return 0;
        }
        scroll_to_anchor();
        if settled {
            crate::app::after_next_paint(scroll_to_anchor);
            return 2;
        }
        1
    });
}

fn scroll_to_anchor() {
    let Some(window) = crate::app::browser_window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| id.to_string());
    let Some(element) = window.document().and_then(|d| d.get_element_by_id(&id)) else {
        return;
    };
    // At once, not smoothly (the theme asks for smooth scrolling): parts above the place change
    // height while a smooth scroll runs, which would then end beside it. Called through
    // `Reflect`, as web-sys is built without ScrollIntoViewOptions.
    use wasm_bindgen::JsCast;
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"behavior".into(), &"instant".into());
    let scroll = js_sys::Reflect::get(&element, &"scrollIntoView".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match scroll {
        Some(scroll) => _ = scroll.call1(&element, &options),
        None => element.scroll_into_view(),
    }
}

/// On paper only: the scenario's name, what it proposes, the date and the link back to it, so a
/// printed page says what it is about and where to find it.
#[component]
fn PrintHeader() -> impl IntoView {
    let state = ScenarioState::expect();
    let today = || {
        let now = js_sys::Date::new_0();
        dutch_date(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
    };
    let date = RwSignal::new(today());
    // A page left open overnight prints the day it is printed.
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| date.set(today()));
    on_cleanup(move || before_print.remove());
    let name = move || state.scenario.with(|s| s.name.trim().to_string());
    let proposed = move || match state.projection.get() {
        Some(Ok(projection)) => state.scenario.with(|s| proposal(s, &projection)),
        _ => None,
    };
    let link = move || {
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", state.link(Route::Scenario))
    };
    view! {
        <header class="print-header" data-testid="print-header">
            <Show when=move || !name().is_empty()>
                <p class="print-name">{name}</p>
            </Show>
            <p class="print-proposal">{move || proposed().unwrap_or_else(|| "Nog geen initiatieven gekozen.".to_string())}</p>
            <p class="print-date">{move || printed_line(&date.get(), &link())}</p>
        </header>
    }
}

/// What was dropped or repaired from an opened link; the rest of the scenario is kept.
#[component]
pub fn LinkMessages() -> impl IntoView {
    let state = ScenarioState::expect();
    view! {
        <Show when=move || state.link_messages.with(|m| !m.is_empty())>
            <div class="warning-panel" role="alert" data-testid="link-messages">
                <h2>"Niet alles uit de link kon worden gebruikt"</h2>
                <p>"De rest van het scenario is geladen. Dit is weggelaten of aangepast:"</p>
                <ul>{move || state.link_messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                <button type="button" on:click=move |_| state.link_messages.set(Vec::new())>"Melding sluiten"</button>
            </div>
        </Show>
    }
}

/// Said when the working scenario came back from this browser, with a way to start afresh.
#[component]
fn RestoredNote() -> impl IntoView {
    let state = ScenarioState::expect();
    view! {
        <Show when=move || state.restored.with(Option::is_some)>
            <div class="notice restored-note" role="status" data-testid="restored-note">
                <p>{move || state.restored.get()}</p>
                <button type="button" on:click=move |_| state.start_afresh()>"Opnieuw beginnen"</button>
                " "
                <button type="button" class="link-button" on:click=move |_| state.restored.set(None)>"Verder met dit scenario"</button>
            </div>
        </Show>
    }
}

/// The inputs: name, years, initiatives with their matches and local cost.
#[component]
fn ScenarioBuilder(table: Arc<CollectiefTable>) -> impl IntoView {
    let state = ScenarioState::expect();
    let scenario = state.scenario;
    view! {
        <section class="builder" aria-labelledby="invoer-titel">
            <h2 id="invoer-titel">"Uw scenario"</h2>
            <div class="text-field">
                <label for="scenario-naam">"Naam van het scenario (bijvoorbeeld uw gemeente)"</label>
                <input type="text" id="scenario-naam" maxlength=MAX_NAME_CHARS autocomplete="off"
                    prop:value=move || scenario.with(|s| s.name.clone())
                    on:input=move |ev| {
                        let name: String = event_target_value(&ev).chars().filter(|&c| !invisible(c)).take(MAX_NAME_CHARS).collect();
                        scenario.update(|s| s.name = name);
                    }/>
            </div>
            <div class="field-pair">
                <NumberField id="eerste-jaar".into() label="Eerste jaar".into()
                    value=Signal::derive(move || f64::from(scenario.with(|s| s.first_year)))
                    min=f64::from(FIRST_YEAR_BOUNDS.0) max=f64::from(FIRST_YEAR_BOUNDS.1) format=FieldFormat::YEAR
                    on_change=Callback::new(move |v: f64| scenario.update(|s| s.first_year = v as i32))/>
                <NumberField id="looptijd".into() label="Looptijd".into() unit="jaar"
                    value=Signal::derive(move || f64::from(scenario.with(|s| s.horizon_years)))
                    min=1.0 max=f64::from(MAX_HORIZON_YEARS) format=FieldFormat::COUNT slider=true
                    on_change=Callback::new(move |v: f64| scenario.update(|s| edit::set_horizon(s, v as u32)))/>
            </div>
            <fieldset class="initiative-choice" data-testid="scenario-initiatives">
                <legend>"Welke initiatieven financiert de gemeente?"</legend>
                {table.initiatives.iter().cloned().map(|initiative| view! {
                    <InitiativeChoice initiative/>
                }).collect_view()}
            </fieldset>
        </section>
    }
}

/// A check box with the key facts beside it, and when chosen the matches and cost fields.
#[component]
fn InitiativeChoice(initiative: crate::model::collectief::Initiative) -> impl IntoView {
    let state = ScenarioState::expect();
    let scenario = state.scenario;
    let id = initiative.id;
    let chosen = Memo::new(move |_| scenario.with(|s| s.lines.iter().any(|l| l.initiative == id)));
    let facts = InitiativeFacts::new(&initiative, Style::Short);
    let line = format!(
        "{} · {} · {} · {}",
        facts.setting, facts.ages, facts.cost, facts.minimums
    );
    let checkbox_id = format!("kies-{}", id.slug());
    view! {
        <div class="choice" class:chosen=move || chosen.get() data-initiative=id.slug()>
            <input type="checkbox" id=checkbox_id.clone()
                prop:checked=move || chosen.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    scenario.update(|s| edit::choose(s, id, on));
                }/>
            <label for=checkbox_id>
                <span class="choice-name">{initiative.name.clone()}</span>
                <span class="choice-facts">{line}</span>
            </label>
            <Show when=move || chosen.get()>
                <MatchesEditor initiative=id/>
            </Show>
        </div>
    }
}

/// The slider's upper end for matches per year: a municipality's scale, where 10 to 30 can be
/// picked by hand. Larger numbers are typed in the field.
const MATCHES_SLIDER_MAX: f64 = 200.0;

/// Matches per year (one number, or one per year for a ramp-up) and an optional local cost.
#[component]
fn MatchesEditor(initiative: InitiativeId) -> impl IntoView {
    let state = ScenarioState::expect();
    let scenario = state.scenario;
    let line =
        move || scenario.with(|s| s.lines.iter().find(|l| l.initiative == initiative).cloned());
    let differs = line().is_some_and(|l| l.matches_per_year.windows(2).any(|w| w[0] != w[1]));
    let per_year = RwSignal::new(differs);
    let use_local_cost = RwSignal::new(line().and_then(|l| l.local_cost_per_match).is_some());
    let slug = initiative.slug();
    let name = initiative.name();
    let matches_max = f64::from(MAX_MATCHES_PER_YEAR);
    let explained = Memo::new(move |_| {
        let (Some(Ok(projection)), Some(Ok(model))) =
            (state.projection.get(), state.model_params.get())
        else {
            return None;
        };
        scenario.with(|s| matches_explained(s, &projection, &model, initiative))
    });

    let per_year_fields = move || {
        let years = scenario.with(|s| (s.first_year, s.horizon_years));
        (0..years.1 as usize).map(move |y| {
            let year = years.0 + y as i32;
            view! {
                <NumberField id=format!("koppelingen-{slug}-{y}") label=format!("{name}: koppelingen in {year}")
                    value=Signal::derive(move || f64::from(line().and_then(|l| l.matches_per_year.get(y).copied()).unwrap_or(0)))
                    min=0.0 max=matches_max format=FieldFormat::COUNT
                    on_change=Callback::new(move |v: f64| scenario.update(|s| edit::set_matches(s, initiative, Some(y), v as u32)))/>
            }
        }).collect_view()
    };

    view! {
        <div class="matches-editor">
            // Above the fields it swaps: the box stays under the pointer when the year fields open.
            <label class="toggle">
                <input type="checkbox" prop:checked=move || per_year.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        if !on {
                            // Back to one number: every year takes the first year's value.
                            let first = line().and_then(|l| l.matches_per_year.first().copied()).unwrap_or(0);
                            scenario.update(|s| edit::set_matches(s, initiative, None, first));
                        }
                        per_year.set(on);
                    }/>
                {format!(" Per jaar instellen (opbouw) voor {name}")}
            </label>
            <Show when=move || !per_year.get()
                fallback=per_year_fields>
                <NumberField id=format!("koppelingen-{slug}") label=format!("{name}: koppelingen per jaar") unit="per jaar"
                    value=Signal::derive(move || f64::from(line().and_then(|l| l.matches_per_year.first().copied()).unwrap_or(0)))
                    min=0.0 max=matches_max format=FieldFormat::COUNT slider=true slider_max=MATCHES_SLIDER_MAX
                    on_change=Callback::new(move |v: f64| scenario.update(|s| edit::set_matches(s, initiative, None, v as u32)))/>
            </Show>
            <p class="hint matches-explained" data-testid=format!("matches-explained-{slug}")>{move || explained.get()}</p>
            <InitiativeNotices initiative/>
            <ScaleHint initiative/>
            <label class="toggle">
                <input type="checkbox" prop:checked=move || use_local_cost.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        use_local_cost.set(on);
                        if !on {
                            scenario.update(|s| edit::set_local_cost(s, initiative, None));
                        }
                    }/>
                {format!(" Eigen kosten per koppeling voor {name}")}
            </label>
            <Show when=move || use_local_cost.get()>
                <NumberField id=format!("kosten-{slug}") label=format!("{name}: eigen kosten per koppeling per jaar") unit="euro"
                    value=Signal::derive(move || line().and_then(|l| l.local_cost_per_match).unwrap_or(0.0))
                    min=1.0 max=MAX_LOCAL_COST format=FieldFormat::EUROS amount=true
                    on_change=Callback::new(move |v: f64| scenario.update(|s| edit::set_local_cost(s, initiative, Some(v))))/>
            </Show>
        </div>
    }
}
