//! Scenario's: keep named scenarios in the browser, exchange them as a JSON file, and put two or
//! three side by side.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::app::download;
use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::charts::{self, ChartOptions};
use crate::data::saved_scenarios::{merge, parse_saved, to_json, SavedScenario};
use crate::data::url_scenario::{decode, encode};
use crate::model::params::{ModelParameters, ParameterSet};
use crate::model::projection::{project, Projection};
use crate::model::scenario::Scenario;
use crate::report::headlines::headlines;

const STORAGE_KEY: &str = "steunwijzer.scenarios";
/// At most this many scenarios side by side: more is unreadable on a projector.
const MAX_COMPARED: usize = 3;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved list, or a Dutch message when the browser's copy cannot be read (it is then left
/// untouched, so nothing is lost).
fn load_saved() -> Result<Vec<SavedScenario>, String> {
    match storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) {
        None => Ok(Vec::new()),
        Some(json) => parse_saved(&json).map_err(|e| {
            format!("De bewaarde scenario's in deze browser konden niet worden gelezen: {e}")
        }),
    }
}

fn store(list: &[SavedScenario]) -> Result<(), String> {
    storage()
        .and_then(|s| s.set_item(STORAGE_KEY, &to_json(list)).ok())
        .ok_or_else(|| {
            "Deze browser staat niet toe dat Steunwijzer scenario's bewaart.".to_string()
        })
}

#[component]
pub fn SavedPage() -> impl IntoView {
    let data = expect_context::<AppData>();
    let state = ScenarioState::expect();
    let initial = load_saved();
    let storage_ok = initial.is_ok();
    let message = RwSignal::new(initial.as_ref().err().cloned());
    let saved = RwSignal::new(initial.unwrap_or_default());
    let compared = RwSignal::new(Vec::<String>::new());

    let update = move |change: &dyn Fn(&mut Vec<SavedScenario>)| {
        if !storage_ok {
            return;
        }
        let mut next = saved.get_untracked();
        change(&mut next);
        match store(&next) {
            Ok(()) => saved.set(next),
            Err(e) => message.set(Some(e)),
        }
    };

    let save_current = move |_| {
        let scenario = state.scenario.get_untracked();
        let name = if scenario.name.trim().is_empty() {
            format!("Scenario {}", saved.with_untracked(Vec::len) + 1)
        } else {
            scenario.name.trim().to_string()
        };
        let link = encode(&scenario, &state.overrides.get_untracked());
        update(&|list| {
            merge(
                list,
                vec![SavedScenario {
                    naam: name.clone(),
                    link: link.clone(),
                }],
            );
        });
        message.set(Some(format!("‘{name}’ is bewaard in deze browser.")));
    };

    let export = move |_| {
        let result = download::save_text(
            "steunwijzer-scenarios.json",
            "application/json",
            &to_json(&saved.get_untracked()),
        );
        message.set(result.err());
    };

    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text
                .ok_or_else(|| "Het bestand kon niet worden gelezen.".to_string())
                .and_then(|t| parse_saved(&t))
            {
                Ok(incoming) => {
                    let count = incoming.len();
                    update(&|list| {
                        merge(list, incoming.clone());
                    });
                    message.set(Some(format!("{count} scenario('s) ingelezen.")));
                }
                Err(e) => message.set(Some(format!(
                    "Niet ingelezen: {e} Uw bewaarde scenario's zijn ongewijzigd."
                ))),
            }
        });
    };

    view! {
        <h1>"Scenario's bewaren en vergelijken"</h1>
        <p class="lead">"Bewaar scenario's in deze browser, zet er twee of drie naast elkaar, of wissel ze uit als bestand met collega's."</p>
        <div class="saved-tools">
            <button type="button" data-testid="save-current" on:click=save_current>"Huidig scenario bewaren"</button>
            <button type="button" on:click=export>"Alle scenario's downloaden (JSON)"</button>
            <label class="file-button">"Scenario's inlezen uit een bestand "
                <input type="file" accept="application/json,.json" data-testid="import-file" on:change=import/>
            </label>
        </div>
        <p class="status-message" role="status" data-testid="saved-message">{move || message.get()}</p>
        <Show when=move || saved.with(|s| !s.is_empty()) fallback=|| view! { <p class="empty-state">"Nog geen bewaarde scenario's."</p> }>
            <ul class="saved-list" data-testid="saved-list">
                <For each=move || saved.get() key=|s| (s.naam.clone(), s.link.clone()) let:item>
                    <SavedItem item compared on_delete=Callback::new(move |naam: String| {
                        update(&|list| list.retain(|s| s.naam != naam));
                        compared.update(|c| c.retain(|n| *n != naam));
                    })/>
                </For>
            </ul>
        </Show>
        {move || match data.params.get() {
            Some(Ok(set)) => Some(view! { <Comparison set saved compared/> }),
            _ => None,
        }}
    }
}

#[component]
fn SavedItem(
    item: SavedScenario,
    compared: RwSignal<Vec<String>>,
    on_delete: Callback<String>,
) -> impl IntoView {
    let naam = item.naam.clone();
    let is_compared = {
        let naam = naam.clone();
        move || compared.with(|c| c.contains(&naam))
    };
    let full = {
        let is_compared = is_compared.clone();
        move || !is_compared() && compared.with(|c| c.len() >= MAX_COMPARED)
    };
    let toggle = {
        let naam = naam.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            compared.update(|c| {
                if on && !c.contains(&naam) && c.len() < MAX_COMPARED {
                    c.push(naam.clone());
                } else if !on {
                    c.retain(|n| *n != naam);
                }
            });
        }
    };
    let checkbox_id = format!("vergelijk-{}", download::file_stem(&naam, "scenario"));
    view! {
        <li class="saved-item">
            <input type="checkbox" id=checkbox_id.clone() prop:checked=is_compared disabled=full on:change=toggle/>
            <label for=checkbox_id>{format!("{naam} vergelijken")}</label>
            <A href=format!("/scenario?{}", item.link)>{format!("Open ‘{naam}’")}</A>
            <button type="button" class="link-button" on:click={
                let naam = naam.clone();
                move |_| on_delete.run(naam.clone())
            }>{format!("Verwijder ‘{naam}’")}</button>
        </li>
    }
}

/// Headline figures of the compared scenarios side by side, and one chart with all of them.
#[component]
fn Comparison(
    set: Arc<ParameterSet>,
    saved: RwSignal<Vec<SavedScenario>>,
    compared: RwSignal<Vec<String>>,
) -> impl IntoView {
    let projected = Memo::new(move |_| {
        let names = compared.get();
        saved.with(|list| {
            names
                .iter()
                .filter_map(|naam| list.iter().find(|s| &s.naam == naam))
                .filter_map(|s| {
                    project_saved(&set, s).map(|(scenario, p)| (s.naam.clone(), scenario, p))
                })
                .collect::<Vec<(String, Scenario, Projection)>>()
        })
    });
    view! {
        <Show when=move || projected.with(|p| p.len() >= 2) fallback=|| view! {
            <p class="hint">"Vink twee of drie scenario's aan om ze naast elkaar te zien."</p>
        }>
            <section aria-labelledby="naast-elkaar" data-testid="scenario-comparison">
                <h2 id="naast-elkaar">"Naast elkaar"</h2>
                <table class="side-by-side">
                    <caption>"Kerncijfers van de gekozen scenario's"</caption>
                    <thead><tr>
                        <td></td>
                        {move || projected.get().into_iter().map(|(naam, _, _)| view! { <th scope="col">{naam}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {move || {
                            let list = projected.get();
                            let rows: Vec<Vec<_>> = list.iter().map(|(_, s, p)| headlines(s, p, None)).collect();
                            let labels: Vec<String> = rows.first().map(|r| r.iter().map(|h| h.id.to_string()).collect()).unwrap_or_default();
                            labels.iter().enumerate().map(|(i, _)| view! {
                                <tr>
                                    <th scope="row">{rows[0][i].label.clone()}</th>
                                    {rows.iter().map(|r| view! { <td>{r[i].value.clone()}</td> }).collect_view()}
                                </tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
                <figure class="chart">
                    <div class="chart-svg" inner_html=move || {
                        charts::compare_scenarios(&pairs(&projected.get()), &ChartOptions::new(charts::compare::TITLE))
                            .unwrap_or_default()
                    }/>
                    <figcaption>{move || charts::summary_compare_scenarios(&pairs(&projected.get()))}</figcaption>
                </figure>
            </section>
        </Show>
    }
}

fn pairs(list: &[(String, Scenario, Projection)]) -> Vec<(String, Projection)> {
    list.iter()
        .map(|(n, _, p)| (n.clone(), p.clone()))
        .collect()
}

fn project_saved(set: &ParameterSet, saved: &SavedScenario) -> Option<(Scenario, Projection)> {
    let known = |id: &str| set.allowed_range(id);
    let decoded = decode(&saved.link, &known);
    let model = ModelParameters::from_set(set, &decoded.overrides).ok()?;
    let projection = project(&model, &decoded.scenario).ok()?;
    Some((decoded.scenario, projection))
}
