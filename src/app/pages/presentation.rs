//! Presenteren: the scenario as slides for the council chamber. Large type, one view per slide,
//! arrow keys, space, PageUp/PageDown (a clicker) and Esc. The slide is in the URL (`dia=`), so a
//! prepared presentation is one link.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::components::adjusted::{AdjustedNotice, HowSure};
use crate::app::components::charts::{use_chart, ChartFigure};
use crate::app::components::with_data::DataOrLoading;
use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::charts::slides::deck;
use crate::charts::{ChartId, Slide};
use crate::data::documents::documents;
use crate::model::collectief::CollectiefTable;
use crate::model::params::ParameterSet;
use crate::model::sources::Origin;
use crate::report::headlines::break_even_sentence;
use crate::report::initiative::{table_source, InitiativeFacts, Style};
use crate::report::proposal::proposal;
use crate::report::slides::{self, slide_headlines};
use crate::routes::{Route, PREDICT_KEY};

/// How long the pointer rests in full screen before the presenter bar hides.
const BAR_REST: std::time::Duration = std::time::Duration::from_secs(3);

fn in_full_screen() -> bool {
    document().fullscreen_element().is_some()
}

fn leave_full_screen() {
    if in_full_screen() {
        document().exit_fullscreen();
    }
}

/// Whether the data files are in and the scenario funds nothing: then there is nothing to show.
fn nothing_to_present() -> Memo<bool> {
    let data = expect_context::<AppData>();
    let state = ScenarioState::expect();
    Memo::new(move |_| {
        matches!(
            (data.table.get(), data.params.get()),
            (Some(Ok(_)), Some(Ok(_)))
        ) && state.scenario.with(|s| s.lines.is_empty())
    })
}

#[component]
pub fn PresentationPage() -> impl IntoView {
    let query = use_query_map();
    let state = ScenarioState::expect();
    let navigate = use_navigate();
    let first = query
        .with_untracked(|q| {
            q.get(crate::routes::SLIDE_KEY)
                .and_then(|d| d.parse::<usize>().ok())
        })
        .unwrap_or(1);
    // "Voorspel eerst" is off unless the link switches it on; the slide numbers follow the deck.
    let predict =
        RwSignal::new(query.with_untracked(|q| q.get(PREDICT_KEY).as_deref() == Some("1")));
    let realised = crate::app::components::realised::use_report();
    let slides = Memo::new(move |_| deck(predict.get(), realised.with(Option::is_some)));
    let count = move || slides.with(Vec::len);
    let slide = RwSignal::new(first.clamp(1, count()));
    // On the prediction slide: whether the answer has been shown (the step before going on).
    let revealed = RwSignal::new(false);
    let current = move || slides.with(|d| d[slide.get().clamp(1, d.len()) - 1]);

    let scenario_query = move || state.query.get_untracked();
    let go = {
        let navigate = navigate.clone();
        move |n: usize| {
            let n = n.clamp(1, count());
            revealed.set(false);
            slide.set(n);
            let here = Route::Presentation {
                slide: Some(n),
                predict: predict.get_untracked(),
            };
            navigate(&here.link(&scenario_query()), crate::app::state::in_place());
        }
    };
    // Forward: on the prediction slide the first step shows the answer, the next goes on.
    let forward = {
        let go = go.clone();
        move || {
            if current() == Slide::Predict && !revealed.get_untracked() {
                revealed.set(true);
            } else {
                go(slide.get_untracked() + 1);
            }
        }
    };
    // Switching keeps the slide on screen (the prediction slide gives way to the key figures).
    let toggle_predict = {
        let go = go.clone();
        move |_| {
            let shown = current();
            predict.update(|p| *p = !*p);
            let target = if shown == Slide::Predict {
                Slide::Headlines
            } else {
                shown
            };
            let n =
                slides.with_untracked(|d| d.iter().position(|s| *s == target).map_or(1, |i| i + 1));
            go(n);
        }
    };
    let leave = move || {
        // Closing the presentation also closes full screen: the scenario page is no slide.
        leave_full_screen();
        navigate(&state.link(Route::Scenario), NavigateOptions::default());
    };
    on_cleanup(leave_full_screen);

    // In full screen the audience sees the slide only: the bar hides until the pointer moves,
    // and again once it rests.
    let full = RwSignal::new(false);
    let bar_hidden = RwSignal::new(false);
    let rest_timer = StoredValue::new(None::<TimeoutHandle>);
    let hide_after_rest = move || {
        if let Some(handle) = rest_timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if full.get_untracked() {
                    bar_hidden.set(true);
                }
            },
            BAR_REST,
        )
        .ok();
        rest_timer.set_value(handle);
    };
    let screen_change = window_event_listener(ev::fullscreenchange, move |_| {
        let now = in_full_screen();
        full.set(now);
        bar_hidden.set(now);
    });
    let pointer = window_event_listener(ev::pointermove, move |_| {
        if full.get_untracked() {
            bar_hidden.set(false);
            hide_after_rest();
        }
    });
    on_cleanup(move || {
        screen_change.remove();
        pointer.remove();
        if let Some(handle) = rest_timer.get_value() {
            handle.clear();
        }
    });
    let empty = nothing_to_present();

    let keys = window_event_listener(ev::keydown, {
        let go = go.clone();
        let forward = forward.clone();
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
            // Hidden elements take no focus: Tab first shows the bar, then moves into it.
            if event.key() == "Tab" && full.get_untracked() {
                bar_hidden.set(false);
                hide_after_rest();
                return;
            }
            let current = slide.get_untracked();
            match event.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" | " " => forward(),
                "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => go(current.saturating_sub(1)),
                "Home" => go(1),
                "End" => go(count()),
                // In full screen Esc is the browser's: it leaves full screen, not the slides.
                "Escape" if full.get_untracked() => leave_full_screen(),
                "Escape" => leave(),
                _ => return,
            }
            event.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());

    let toggle_full_screen = move |_| {
        if in_full_screen() {
            leave_full_screen();
        } else if let Some(element) = document().document_element() {
            let _ = element.request_fullscreen();
        }
    };
    let handout = move || state.link(Route::Handout);

    view! {
        <div class="presentation" class:full-screen=move || full.get() class:bar-hidden=move || bar_hidden.get()
            data-testid="presentation" role="region" aria-roledescription="presentatie" aria-label="Presentatie van het scenario">
            <div class="slide-area" aria-live="polite" tabindex="0" aria-label="Dia">
                <Show when=move || !empty.get() fallback=|| view! { <EmptyPresentation/> }>
                    <Slides slide=Signal::derive(current) revealed/>
                </Show>
                <crate::app::components::stamp::StampLine class="stamp slide-stamp" compact=true/>
            </div>
            <div class="presentation-bar" data-testid="presentation-bar">
                <Show when=move || !empty.get()>
                    <button type="button" on:click={ let go = go.clone(); move |_| go(slide.get_untracked().saturating_sub(1)) }
                        disabled=move || slide.get() == 1>"← Vorige"</button>
                    <span class="slide-counter" data-testid="slide-counter">{move || format!("Dia {} van {}", slide.get(), count())}</span>
                    <button type="button" on:click={ let forward = forward.clone(); move |_| forward() }
                        disabled=move || slide.get() == count()>"Volgende →"</button>
                    <button type="button" data-testid="voorspel-aan" on:click={ let toggle = toggle_predict.clone(); move |e| toggle(e) } aria-pressed=move || predict.get().to_string()>"Voorspel eerst"</button>
                    <button type="button" on:click=toggle_full_screen aria-pressed=move || full.get().to_string()>
                        {move || if full.get() { "Volledig scherm verlaten (Esc)" } else { "Volledig scherm" }}
                    </button>
                    <a href=handout>"Hand-out: alle dia’s afdrukken"</a>
                </Show>
                <button type="button" on:click=move |_| leave()>"Sluiten (Esc)"</button>
            </div>
        </div>
    }
}

/// What an empty scenario presents: what to do first, and an example, instead of empty slides.
#[component]
fn EmptyPresentation() -> impl IntoView {
    view! {
        <section class="slide slide-empty" data-testid="presentation-empty">
            <h1>"Nog niets om te presenteren"</h1>
            <p>"Deze presentatie toont een scenario: welke initiatieven de gemeente financiert, hoeveel koppelingen per jaar, wat het kost en wat het kan opleveren. Er is nog geen initiatief gekozen."</p>
            <ol>
                <li><a href=Route::Scenario.path()>"Stel eerst een scenario samen"</a>" en kies daar ‘Presenteren’."</li>
                <li>"Of "<a href=Route::Presentation { slide: None, predict: false }.link(crate::app::components::results::EXAMPLE_QUERY)>"presenteer een voorbeeld: Home-Start met 20 en Samen Oplopen met 10 koppelingen per jaar"</a>"."</li>
            </ol>
        </section>
    }
}

/// Every slide under each other, for print: one per A4 landscape page (see the print CSS). The
/// scenario comes from the link, like the presentation's.
#[component]
pub fn HandoutPage() -> impl IntoView {
    let state = ScenarioState::expect();
    let empty = nothing_to_present();
    // The realised slide too, when figures are entered; never the prediction slide.
    let realised = crate::app::components::realised::use_report();
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="handout-tools">
            <h1>"Hand-out van de presentatie"</h1>
            <p>"Elke dia op een eigen A4-pagina, liggend. Kies ‘Afdrukken’ en daarna eventueel ‘Opslaan als PDF’."</p>
            <button type="button" on:click=print>"Afdrukken"</button>
            " "
            <a href=move || state.link(Route::Presentation { slide: None, predict: false })>"Terug naar de presentatie"</a>
        </div>
        <Show when=move || !empty.get() fallback=|| view! { <EmptyPresentation/> }>
            <div class="handout" data-testid="handout">
                // Each slide on its own page with the stamp under it: a page handed round alone
                // still says what made it, from which data, when, and where to find it.
                {move || deck(false, realised.with(Option::is_some)).into_iter().map(|slide| view! {
                    <div class="handout-page">
                        <SlideView slide/>
                        <crate::app::components::stamp::StampLine class="stamp handout-stamp" dated=true/>
                    </div>
                }).collect_view()}
            </div>
        </Show>
    }
}

#[component]
fn Slides(slide: Signal<Slide>, revealed: RwSignal<bool>) -> impl IntoView {
    move || view! { <SlideView slide=slide.get() revealed/> }
}

/// One slide, drawn from the current scenario. `revealed`: whether the prediction slide shows its
/// answer (the hand-out has no prediction slide).
#[component]
fn SlideView(slide: Slide, #[prop(optional)] revealed: Option<RwSignal<bool>>) -> impl IntoView {
    let data = expect_context::<AppData>();
    move || {
        let (Some(Ok(table)), Some(Ok(set))) = (data.table.get(), data.params.get()) else {
            return view! { <DataOrLoading/> }.into_any();
        };
        match slide {
            Slide::Title => view! { <TitleSlide/> }.into_any(),
            Slide::Initiatives => view! { <InitiativesSlide table/> }.into_any(),
            Slide::Predict => {
                let revealed = revealed.unwrap_or_else(|| RwSignal::new(true));
                view! { <PredictSlide revealed/> }.into_any()
            }
            Slide::Headlines => view! { <HeadlinesSlide/> }.into_any(),
            Slide::Municipality => {
                view! { <crate::app::components::municipality::MunicipalitySlide/> }.into_any()
            }
            Slide::Chart(id) => view! { <ChartSlide id/> }.into_any(),
            Slide::Realised => {
                view! { <crate::app::components::realised::RealisedSlide/> }.into_any()
            }
            Slide::Assumptions => view! { <AssumptionsSlide set/> }.into_any(),
            Slide::Sources => view! { <SourcesSlide set/> }.into_any(),
        }
    }
}

#[component]
fn TitleSlide() -> impl IntoView {
    let state = ScenarioState::expect();
    let title = move || {
        let name = state.scenario.with(|s| s.name.trim().to_string());
        if name.is_empty() {
            "Informele steun voor gezinnen".to_string()
        } else {
            name
        }
    };
    // What is proposed, with the cost as the scenario page's card writes it.
    let proposed = move || match state.projection.get() {
        Some(Ok(projection)) => state.scenario.with(|s| proposal(s, &projection)),
        _ => None,
    };
    view! {
        <section class="slide slide-title">
            <h1>{title}</h1>
            {move || proposed().map(|text| view! { <p class="slide-proposal" data-testid="proposal">{text}</p> })}
        </section>
    }
}

#[component]
fn InitiativesSlide(table: Arc<CollectiefTable>) -> impl IntoView {
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
                        <li class=format!("card card-{}", i.id.slug()) style:--initiative-color=crate::app::initiative_color(i.id)>
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
            let cards = state.scenario.with(|scenario| {
                slide_headlines(scenario, &projection, state.current_bands.get().as_ref())
            });
            view! {
                <section class="slide">
                    // Changed assumptions beside the title, where the slide has room for them.
                    <div class="slide-head">
                        <h1>"Kerncijfers"</h1>
                        <AdjustedNotice compact=true/>
                    </div>
                    <div class="headlines slide-headlines">
                        {cards.into_iter().map(|card| view! {
                            <div class="headline">
                                <span class="headline-label">{card.label}</span>
                                <span class="headline-value">{card.value.clone()}</span>
                                {card.range.map(|range| view! { <span class="headline-range">{range}</span> })}
                            </div>
                        }).collect_view()}
                    </div>
                    <p class="break-even">{break_even_sentence(&projection)}</p>
                    <HowSure/>
                </section>
            }
            .into_any()
        }
        _ => view! { <section class="slide"><h1>"Kerncijfers"</h1><p>"Kies eerst initiatieven en koppelingen in het scenario."</p></section> }.into_any(),
    }
    }
}

/// "Voorspel eerst": the question, and after one step the break-even share as the key-figures
/// card gives it, announced to a screen reader as it appears.
#[component]
fn PredictSlide(revealed: RwSignal<bool>) -> impl IntoView {
    use crate::report::predict::{predict_answer, INVITATION, QUESTION};
    let state = ScenarioState::expect();
    let answer = move || match state.projection.get() {
        Some(Ok(projection)) => Some(state.scenario.with(|s| predict_answer(s, &projection))),
        _ => None,
    };
    view! {
        <section class="slide slide-predict" data-testid="dia-voorspel">
            <p class="slide-subtitle">"Voorspel eerst"</p>
            <h1>{QUESTION}</h1>
            {move || (!revealed.get()).then(|| view! {
                <p>{INVITATION}</p>
                <button type="button" on:click=move |_| revealed.set(true)>"Toon het antwoord"</button>
            })}
            <div class="predict-answer" aria-live="polite" data-testid="voorspel-antwoord">
                {move || revealed.get().then(answer).flatten().map(|a| view! {
                    <p class="predict-value">{a.answer}</p>
                    <p class="break-even">{a.explanation}</p>
                    <p class="predict-basis">{a.basis}</p>
                })}
            </div>
        </section>
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
    let changed_sources = slide.changed_sources;
    // A table: the value stands right beside its label, the range and the basis beside that,
    // so the room reads each row across without a gap of a slide's width.
    view! {
        <section class="slide slide-assumptions-slide">
            <h1>"Aannames: schattingen waar geen bron een getal geeft"</h1>
            <table class="slide-assumptions" data-testid="slide-assumptions">
                <thead>
                    <tr>
                        <th scope="col">"Aanname"</th>
                        <th scope="col">"Schatting"</th>
                        <th scope="col">"Bandbreedte"</th>
                        <th scope="col">"Waarop gebaseerd"</th>
                    </tr>
                </thead>
                <tbody>
                    {slide.assumptions.into_iter().map(|a| view! {
                        <tr data-parameter=a.ids.join(" ")>
                            <th scope="row">{a.label}</th>
                            <td class="slide-value">{a.value.clone()}</td>
                            <td class="slide-range">{a.range.clone()}</td>
                            <td class="slide-basis">{a.basis}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!changed_sources.is_empty()).then(|| view! {
                <h2>"Aangepaste getallen uit de bronnen"</h2>
                <dl class="slide-changed" data-testid="changed-sources">
                    {changed_sources.into_iter().map(|item| view! { <dt>{item.label}</dt><dd>{item.value}</dd> }).collect_view()}
                </dl>
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
