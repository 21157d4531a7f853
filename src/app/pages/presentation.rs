//! Presenteren: the scenario as slides for the council chamber. Large type, one view per slide,
//! arrow keys, space, PageUp/PageDown (a clicker) and Esc. The slide is in the URL (`dia=`), so a
//! prepared presentation is one link.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::components::charts::{use_chart, ChartFigure};
use crate::app::components::results::amounts_unbroken;
use crate::app::components::with_data::DataOrLoading;
use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::charts::slides::{self, SlideItem};
use crate::charts::{ChartId, Slide};
use crate::data::documents::documents;
use crate::model::comparison::ComparisonTable;
use crate::model::params::ParameterSet;
use crate::model::sources::Origin;
use crate::report::headlines::{break_even_sentence, headlines, period};
use crate::report::initiative::{table_source, InitiativeFacts, Style};

/// How many slides there are (see [`crate::charts::slides`] for their order).
const SLIDE_COUNT: usize = Slide::COUNT;

#[component]
pub fn PresentationPage() -> impl IntoView {
    let query = use_query_map();
    let state = ScenarioState::expect();
    let navigate = use_navigate();
    let first = query
        .with_untracked(|q| q.get("dia").and_then(|d| d.parse::<usize>().ok()))
        .unwrap_or(1);
    let slide = RwSignal::new(first.clamp(1, SLIDE_COUNT));

    let scenario_query = move || state.query.get_untracked();
    let go = {
        let navigate = navigate.clone();
        move |n: usize| {
            let n = n.clamp(1, SLIDE_COUNT);
            slide.set(n);
            let q = scenario_query();
            let sep = if q.is_empty() { "" } else { "&" };
            navigate(
                &format!("/presenteren?{q}{sep}dia={n}"),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let leave = move || {
        navigate(&state.link("/scenario"), NavigateOptions::default());
    };

    let keys = window_event_listener(ev::keydown, {
        let go = go.clone();
        let leave = leave.clone();
        move |event: web_sys::KeyboardEvent| {
            // Space and Enter on a focused button belong to that button.
            let on_control = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "A" | "INPUT"));
            if on_control && matches!(event.key().as_str(), " " | "Enter") {
                return;
            }
            let current = slide.get_untracked();
            match event.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" | " " => go(current + 1),
                "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => go(current.saturating_sub(1)),
                "Home" => go(1),
                "End" => go(SLIDE_COUNT),
                "Escape" => leave(),
                _ => return,
            }
            event.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());

    let full_screen = move |_| {
        if let Some(element) = document().document_element() {
            let _ = element.request_fullscreen();
        }
    };

    view! {
        <div class="presentation" data-testid="presentation" role="region" aria-roledescription="presentatie" aria-label="Presentatie van het scenario">
            <div class="slide-area" aria-live="polite" tabindex="0" aria-label="Dia">
                <Slides slide/>
            </div>
            <div class="presentation-bar">
                <button type="button" on:click={ let go = go.clone(); move |_| go(slide.get_untracked().saturating_sub(1)) }
                    disabled=move || slide.get() == 1>"← Vorige"</button>
                <span class="slide-counter" data-testid="slide-counter">{move || format!("Dia {} van {SLIDE_COUNT}", slide.get())}</span>
                <button type="button" on:click={ let go = go.clone(); move |_| go(slide.get_untracked() + 1) }
                    disabled=move || slide.get() == SLIDE_COUNT>"Volgende →"</button>
                <button type="button" on:click=full_screen>"Volledig scherm"</button>
                <button type="button" on:click=move |_| leave()>"Sluiten (Esc)"</button>
            </div>
        </div>
    }
}

#[component]
fn Slides(slide: RwSignal<usize>) -> impl IntoView {
    let data = expect_context::<AppData>();
    move || {
        let (Some(Ok(table)), Some(Ok(set))) = (data.table.get(), data.params.get()) else {
            return view! { <DataOrLoading/> }.into_any();
        };
        match Slide::at(slide.get()) {
            Slide::Title => view! { <TitleSlide/> }.into_any(),
            Slide::Initiatives => view! { <InitiativesSlide table/> }.into_any(),
            Slide::Headlines => view! { <HeadlinesSlide/> }.into_any(),
            Slide::Municipality => {
                view! { <crate::app::components::municipality::MunicipalitySlide/> }.into_any()
            }
            Slide::Chart(id) => view! { <ChartSlide id/> }.into_any(),
            Slide::Assumptions => view! { <AssumptionsSlide set/> }.into_any(),
            Slide::Sources => view! { <SourcesSlide set/> }.into_any(),
        }
    }
}

#[component]
fn TitleSlide() -> impl IntoView {
    let state = ScenarioState::expect();
    let scenario = state.scenario.get();
    let title = if scenario.name.trim().is_empty() {
        "Informele steun voor gezinnen".to_string()
    } else {
        scenario.name.clone()
    };
    let names: Vec<&str> = scenario.lines.iter().map(|l| l.initiative.name()).collect();
    view! {
        <section class="slide slide-title">
            <h1>{title}</h1>
            <p class="slide-subtitle">{format!("Scenario {}", period(&scenario))}</p>
            <p>{if names.is_empty() { "Nog geen initiatieven gekozen".to_string() } else { names.join(" · ") }}</p>
        </section>
    }
}

#[component]
fn InitiativesSlide(table: Arc<ComparisonTable>) -> impl IntoView {
    let state = ScenarioState::expect();
    let chosen: Vec<_> = state
        .scenario
        .with(|s| s.lines.iter().map(|l| l.initiative).collect());
    let shown: Vec<_> = table
        .initiatives
        .iter()
        .filter(|i| chosen.is_empty() || chosen.contains(&i.id))
        .cloned()
        .collect();
    view! {
        <section class="slide">
            <h1>"De initiatieven"</h1>
            <ul class="slide-cards">
                {shown.into_iter().map(|i| {
                    let facts = InitiativeFacts::new(&i, Style::Short);
                    view! {
                        <li class=format!("card card-{}", i.id.slug())>
                            <h2>{i.name.clone()}</h2>
                            <p>{format!("{} · {}", facts.setting, facts.min_cooperation)}</p>
                            <p>{facts.cost}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="slide-source">{format!("Bron: {}.", table_source())}</p>
        </section>
    }
}

#[component]
fn HeadlinesSlide() -> impl IntoView {
    let state = ScenarioState::expect();
    move || {
        match state.projection.get() {
        Some(Ok(projection)) if !projection.per_initiative.is_empty() => {
            let scenario = state.scenario.get_untracked();
            view! {
                <section class="slide">
                    <h1>"Kerncijfers"</h1>
                    <div class="headlines slide-headlines">
                        {headlines(&scenario, &projection, state.current_bands.get().as_ref()).into_iter().map(|h| view! {
                            <div class="headline">
                                <span class="headline-label">{h.label}</span>
                                <span class="headline-value">{h.value}</span>
                                <span class="headline-detail">{format!("{} · {}", amounts_unbroken(&h.detail), h.basis.label())}</span>
                            </div>
                        }).collect_view()}
                    </div>
                    <p class="break-even">{break_even_sentence(&projection)}</p>
                </section>
            }
            .into_any()
        }
        _ => view! { <section class="slide"><h1>"Kerncijfers"</h1><p>"Kies eerst initiatieven en koppelingen in het scenario."</p></section> }.into_any(),
    }
    }
}

/// One chart at presentation size; only this chart is drawn.
#[component]
fn ChartSlide(id: ChartId) -> impl IntoView {
    view! {
        <section class="slide slide-chart">
            <ChartFigure chart=Signal::from(use_chart(id, true)) tools=false/>
        </section>
    }
}

#[component]
fn AssumptionsSlide(set: Arc<ParameterSet>) -> impl IntoView {
    let state = ScenarioState::expect();
    let overrides = state.overrides.get();
    let chosen: Vec<_> = state
        .scenario
        .with(|s| s.lines.iter().map(|l| l.initiative).collect());
    let slide = slides::AssumptionsSlide::new(&set, &overrides, &chosen);
    // A smaller type keeps a long list on one projector screen.
    let many = slide.assumptions.len() + slide.changed_sources.len() > 8;
    let list = move |items: Vec<SlideItem>| {
        view! {
            <dl class="slide-assumptions" class:compact=many>
                {items.into_iter().map(|item| view! { <dt>{item.label}</dt><dd>{item.value}</dd> }).collect_view()}
            </dl>
        }
    };
    let changed_sources = slide.changed_sources;
    view! {
        <section class="slide">
            <h1>"Aannames in dit scenario"</h1>
            <p>"Niet uit de bronnen, elk met een bandbreedte: zie ‘Aannames en bronnen’."</p>
            {list(slide.assumptions)}
            {(!changed_sources.is_empty()).then(|| view! {
                <h2>"Aangepaste getallen uit de bronnen"</h2>
                <div data-testid="changed-sources">{list(changed_sources)}</div>
            })}
        </section>
    }
}

#[component]
fn SourcesSlide(set: Arc<ParameterSet>) -> impl IntoView {
    let state = ScenarioState::expect();
    let outside = slides::outside_sources(&set, &state.overrides.get());
    view! {
        <section class="slide">
            <h1>"Bronnen"</h1>
            <ul class="slide-sources" data-testid="slide-sources">
                {documents().documents.iter().filter(|d| d.origin == Origin::Bronnen).map(|d| view! { <li>{d.citation()}</li> }).collect_view()}
                {outside.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <p>"Gemaakt met Steunwijzer. Elk getal in dit scenario is terug te vinden in ‘Aannames en bronnen’."</p>
        </section>
    }
}
