//! Scenario's: keep named scenarios in the browser, exchange them as a JSON file, and put two or
//! three side by side.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::components::charts::{ChartWidth, DataTableView};
use crate::app::components::with_data::WithData;
use crate::app::download;
use crate::app::state::ScenarioState;
use crate::charts::compare::ComparedScenario;
use crate::charts::{self, ChartOptions};
use crate::data::saved_scenarios::{
    confirm_stored, element_id, import_message, link_with_name, merge, normalized, parse_saved,
    parse_stored, save_message, stored_json, to_json, MergeOutcome, SavedScenario, StoreError,
    StoredList,
};
use crate::data::url_scenario::decode;
use crate::model::params::{ModelParameters, ParameterSet};
use crate::model::projection::project;
use crate::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::report::contents::{contents, NOTHING_CHOSEN};
use crate::report::csv::data_table_csv;
use crate::report::headlines::{headlines, period};
use crate::routes::Route;

const STORAGE_KEY: &str = "steunwijzer.scenarios";
/// The names ticked for comparison, kept for this tab's session: a user who leaves the page to
/// build or change a scenario and comes back to save it finds the comparison as it was.
const COMPARED_KEY: &str = "steunwijzer.vergelijken";
/// At most this many scenarios side by side: more is unreadable on a projector.
const MAX_COMPARED: usize = 3;

/// The browser's storage; a getter that throws (blocked site data) or is missing is `Blocked`.
fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StoreError::Blocked)
}

/// The stored list as it is now (another tab may have changed it since this page read it).
fn read_stored() -> Result<StoredList, StoreError> {
    match storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| StoreError::Blocked)?
    {
        None => Ok(StoredList::default()),
        Some(json) => parse_stored(&json).map_err(StoreError::Unreadable),
    }
}

/// Writes the list, with the entries of `read` that could not be read kept as they were, and
/// reads it back: the list as storage now holds it, or why not.
fn write_stored(list: &[SavedScenario], read: &StoredList) -> Result<StoredList, StoreError> {
    let storage = storage()?;
    storage
        .set_item(STORAGE_KEY, &stored_json(list, read))
        .map_err(|error| {
            let name = js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("QuotaExceededError") {
                StoreError::Full
            } else {
                StoreError::Blocked
            }
        })?;
    let read_back = storage.get_item(STORAGE_KEY).ok().flatten();
    confirm_stored(list, read_back.as_deref())
}

/// The names ticked in this tab before, or none (no session storage is no loss: the ticks only
/// save clicks).
fn read_compared() -> Vec<String> {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(COMPARED_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str::<Vec<String>>(&json).ok())
        .unwrap_or_default()
}

fn write_compared(names: &[String]) {
    if let (Some(storage), Ok(json)) = (
        web_sys::window().and_then(|w| w.session_storage().ok().flatten()),
        serde_json::to_string(names),
    ) {
        let _ = storage.set_item(COMPARED_KEY, &json);
    }
}

/// The message for a list that cannot be read when the page opens.
fn opening_message(error: &StoreError) -> String {
    match error {
        StoreError::Unreadable(detail) => format!(
            "De bewaarde scenario's in deze browser konden niet worden gelezen: {detail} Ze blijven staan zoals ze zijn; nieuwe scenario's kunnen niet worden bewaard, wel als bestand worden gedownload."
        ),
        other => format!("Scenario's bewaren lukt hier niet: {other}. U kunt ze wel als bestand downloaden en later inlezen."),
    }
}

/// The message for stored entries that cannot be read, if there are any: each named; they stay
/// in the browser as they are.
fn unreadable_message(list: &StoredList) -> Option<String> {
    (!list.problems.is_empty()).then(|| {
        format!(
            "Niet alle bewaarde scenario's in deze browser konden worden gelezen. {} Ze blijven ongewijzigd bewaard; de andere staan hieronder.",
            list.problems.join(" ")
        )
    })
}

#[component]
pub fn SavedPage() -> impl IntoView {
    let state = ScenarioState::expect();
    let initial = read_stored();
    let message = RwSignal::new(match &initial {
        Ok(list) => unreadable_message(list),
        Err(error) => Some(opening_message(error)),
    });
    let saved = RwSignal::new(initial.map(|l| l.entries).unwrap_or_default());
    // What the user asked to save but storage did not keep: still offered in the download.
    let unsaved = RwSignal::new(Vec::<SavedScenario>::new());
    // Ticked names of scenarios still in the list, at most as many as can be compared.
    let ticked: Vec<String> = read_compared()
        .into_iter()
        .filter(|naam| saved.with_untracked(|list| list.iter().any(|s| &s.naam == naam)))
        .take(MAX_COMPARED)
        .collect();
    let compared = RwSignal::new(ticked);
    Effect::new(move |_| compared.with(|names| write_compared(names)));

    // Every change starts from the stored list as it is now and shows what was read back, so two
    // tabs add to each other's list instead of overwriting it.
    let change = move |apply: &dyn Fn(&mut Vec<SavedScenario>) -> MergeOutcome| -> Result<MergeOutcome, StoreError> {
        let read = read_stored()?;
        let mut list = read.entries.clone();
        let outcome = apply(&mut list);
        if outcome.added.is_empty() && outcome.replaced.is_empty() && !outcome.refused.is_empty() {
            saved.set(list);
            return Ok(outcome);
        }
        let stored = write_stored(&list, &read)?;
        saved.set(stored.entries);
        Ok(outcome)
    };

    // Another tab saved or deleted: show its list.
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none_or(|key| key == STORAGE_KEY) {
            match read_stored() {
                Ok(list) => saved.set(list.entries),
                Err(error) => message.set(Some(opening_message(&error))),
            }
        }
    });
    on_cleanup(move || other_tab.remove());

    let save_current = move |_| {
        // From the query, not from `state.scenario`: until the parameters are in, the link is
        // not decoded and the scenario is still the empty one, while the query is the link as
        // it came. The name needs no parameter ranges to be read.
        let query = state.query.get_untracked();
        let name = decode(&query, &|_| None).scenario.name.trim().to_string();
        let name = if name.is_empty() {
            format!("Scenario {}", saved.with_untracked(Vec::len) + 1)
        } else {
            name
        };
        let entry = match normalized(SavedScenario {
            naam: name.clone(),
            link: link_with_name(&query, &name),
        }) {
            Ok(entry) => entry,
            Err(error) => {
                message.set(Some(error));
                return;
            }
        };
        let result = change(&|list| merge(list, vec![entry.clone()]));
        let kept = matches!(&result, Ok(outcome) if outcome.refused.is_empty());
        unsaved.update(|list| {
            if kept {
                list.retain(|s| s.naam != entry.naam);
            } else {
                merge(list, vec![entry.clone()]);
            }
        });
        message.set(Some(save_message(&entry.naam, &result)));
    };

    let export = move |_| {
        let mut all = saved.get_untracked();
        merge(&mut all, unsaved.get_untracked());
        let result = download::save_text(
            "steunwijzer-scenarios.json",
            "application/json",
            &to_json(&all),
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
                    let result = change(&|list| merge(list, incoming.clone()));
                    message.set(Some(import_message(count, &result)));
                }
                Err(e) => message.set(Some(format!(
                    "Niet ingelezen: {e} Uw bewaarde scenario's zijn ongewijzigd."
                ))),
            }
        });
    };

    let delete = Callback::new(move |naam: String| {
        let result = change(&|list| {
            list.retain(|s| s.naam != naam);
            MergeOutcome::default()
        });
        match result {
            Ok(_) => compared.update(|c| c.retain(|n| *n != naam)),
            Err(error) => message.set(Some(format!("‘{naam}’ is niet verwijderd: {error}."))),
        }
    });

    // A scenario without initiatives is nothing to come back to or compare.
    let nothing_to_save = Memo::new(move |_| {
        state
            .query
            .with(|query| decode(query, &|_| None).scenario.lines.is_empty())
    });
    view! {
        <h1>"Scenario's bewaren en vergelijken"</h1>
        <p class="lead">"Bewaar scenario's in deze browser, zet er twee of drie naast elkaar, of wissel ze uit als bestand met collega's."</p>
        <div class="saved-tools">
            <button type="button" data-testid="save-current" on:click=save_current
                disabled=nothing_to_save aria-describedby="bewaren-reden">"Huidig scenario bewaren"</button>
            <button type="button" on:click=export>"Alle scenario's downloaden (JSON)"</button>
            <p class="disabled-reason" id="bewaren-reden" data-testid="save-reason">{move || nothing_to_save.get().then_some(
                "Het huidige scenario heeft nog geen initiatief; kies er eerst een op de scenariopagina."
            )}</p>
            <label class="file-button">"Scenario's inlezen uit een bestand "
                <input type="file" accept="application/json,.json" data-testid="import-file" on:change=import/>
            </label>
        </div>
        <p class="status-message" role="status" data-testid="saved-message">{move || message.get()}</p>
        <Show when=move || saved.with(|s| !s.is_empty()) fallback=|| view! { <p class="empty-state">"Nog geen bewaarde scenario's."</p> }>
            <ul class="saved-list" data-testid="saved-list">
                <For each=move || saved.get() key=|s| (s.naam.clone(), s.link.clone()) let:item>
                    <SavedItem item compared on_delete=delete/>
                </For>
            </ul>
        </Show>
        <WithData let:loaded>
            <Comparison set=loaded.params saved compared/>
        </WithData>
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
    let checkbox_id = element_id(&naam);
    view! {
        <li class="saved-item">
            <input type="checkbox" id=checkbox_id.clone() prop:checked=is_compared disabled=full on:change=toggle/>
            <label for=checkbox_id>{format!("{naam} vergelijken")}</label>
            <a href=Route::Scenario.link(&item.link)>{format!("Open ‘{naam}’")}</a>
            <button type="button" class="link-button" on:click={
                let naam = naam.clone();
                move |_| on_delete.run(naam.clone())
            }>{format!("Verwijder ‘{naam}’")}</button>
        </li>
    }
}

/// One compared scenario: what its link gave (with its simulation, as on the scenario page),
/// and what of the link was left out.
#[derive(Clone, PartialEq)]
struct Compared {
    figures: ComparedScenario,
    scenario: crate::model::scenario::Scenario,
    dropped: Vec<String>,
}

/// Headline figures of the compared scenarios side by side, and one chart with all of them,
/// each with its exports.
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
                .filter_map(|s| project_saved(&set, s))
                .collect::<Vec<Compared>>()
        })
    });
    // Drawn for a phone's width on a phone; the exports keep the default size.
    let chart_width = ChartWidth::signal();
    Effect::new(move |_| ChartWidth::measure_now());
    let figures = move || {
        projected
            .get()
            .into_iter()
            .map(|c| c.figures)
            .collect::<Vec<_>>()
    };
    let table_open = RwSignal::new(false);
    view! {
        <Show when=move || projected.with(|p| p.len() >= 2) fallback=|| view! {
            <p class="hint">"Vink twee of drie scenario's aan om ze naast elkaar te zien."</p>
        }>
            <section aria-labelledby="naast-elkaar" class="scenario-comparison" data-testid="scenario-comparison">
                <h2 id="naast-elkaar">"Naast elkaar"</h2>
                <table class="side-by-side" data-testid="side-by-side">
                    <caption>"Kerncijfers van de gekozen scenario's"</caption>
                    <thead><tr>
                        <td></td>
                        {move || projected.get().into_iter().map(|c| view! { <th scope="col">{c.figures.name}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>{move || comparison_rows(&projected.get())}</tbody>
                </table>
                {move || {
                    let notes: Vec<String> = projected.get().iter().flat_map(|c| {
                        c.dropped.iter().map(|d| format!("‘{}’: {d}", c.figures.name)).collect::<Vec<_>>()
                    }).collect();
                    (!notes.is_empty()).then(|| view! {
                        <div class="warning-panel" data-testid="comparison-dropped">
                            <p>"Niet alles uit deze bewaarde scenario's kon worden gebruikt:"</p>
                            <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <figure class="chart" data-chart="vergelijking">
                    <div class="chart-svg" inner_html=move || comparison_svg(&figures(), chart_width.get()).unwrap_or_default()/>
                    <figcaption>{move || charts::summary_compare_scenarios(&figures())}</figcaption>
                    <details class="chart-table" on:toggle=move |ev| {
                        let open = ev.target()
                            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                            .is_some_and(|d| d.open());
                        table_open.set(open);
                    }>
                        <summary>"Toon als tabel"</summary>
                        {move || table_open.get().then(|| view! {
                            <DataTableView table=charts::table_compare_scenarios(&figures())/>
                        })}
                    </details>
                    <ComparisonExports figures=Signal::derive(figures)/>
                </figure>
            </section>
        </Show>
    }
}

/// The comparison chart, drawn for the width the page gives it (see `ChartWidth`).
fn comparison_svg(figures: &[ComparedScenario], width: Option<u32>) -> Result<String, String> {
    charts::compare_scenarios(
        figures,
        &ChartOptions::for_width(charts::compare::TITLE, width),
    )
    .map_err(|e| e.to_string())
}

/// SVG, PNG and CSV of the comparison, like every chart on the scenario page.
#[component]
fn ComparisonExports(figures: Signal<Vec<ComparedScenario>>) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let stem = "scenarios-vergeleken";
    let provenance = crate::app::components::stamp::Provenance::expect();
    let export = move |kind: &'static str| {
        use crate::report::provenance::{stamp_csv, stamp_svg, svg_footer_height, Stamp};
        let list = figures.get_untracked();
        let (width, height) = ChartOptions::DEFAULT_SIZE;
        // The stamp links to this page: the scenarios compared are the user's own, stored here.
        let stamp = provenance.data.get_untracked().map(|data| {
            let stamp = Stamp::new(
                data,
                &format!(
                    "{}{}",
                    crate::app::components::stamp::origin(),
                    Route::Saved.path()
                ),
            );
            match crate::app::components::stamp::today() {
                Some(date) => stamp.exported_on(&date),
                None => stamp,
            }
        });
        let with_stamp = |svg: String| stamp.as_ref().map_or(svg.clone(), |s| stamp_svg(&svg, s));
        let height = height + stamp.as_ref().map_or(0, |s| svg_footer_height(s, width));
        let said = match (kind, comparison_svg(&list, None).map(with_stamp)) {
            ("svg", Ok(svg)) => {
                download::save_text(&format!("{stem}.svg"), "image/svg+xml", &svg).err()
            }
            ("png", Ok(svg)) => download::save_png(
                &format!("{stem}.png"),
                &svg,
                width,
                height,
                stamp.as_ref().map(Stamp::text),
            )
            .err(),
            ("csv", _) => {
                let csv = data_table_csv(&charts::table_compare_scenarios(&list));
                let csv = stamp.as_ref().map_or(csv.clone(), |s| stamp_csv(&csv, s));
                Some(download::save_csv(&format!("{stem}.csv"), &csv))
            }
            (_, Err(error)) => Some(error),
            _ => None,
        };
        message.set(said);
    };
    view! {
        <div class="chart-tools">
            <button type="button" data-testid="compare-svg" on:click=move |_| export("svg")>"Download SVG"</button>
            <button type="button" data-testid="compare-png" on:click=move |_| export("png")>"Download PNG"</button>
            <button type="button" data-testid="compare-csv" on:click=move |_| export("csv")>"Download CSV"</button>
        </div>
        <p class="field-message status-message" role="status" data-testid="compare-message">{move || message.get()}</p>
    }
}

/// The rows of the side-by-side table. Each column has its own period, so the first rows name
/// it and what the scenario contains, and a label that names years says "over de looptijd" when
/// the columns' years differ: the label of one column must not stand above the figures of
/// another. The figures' ranges are the simulation's, as on the scenario page.
fn comparison_rows(list: &[Compared]) -> impl IntoView {
    let rows: Vec<_> = list
        .iter()
        .map(|c| headlines(&c.scenario, &c.figures.projection, c.figures.bands.as_ref()))
        .collect();
    let periods: Vec<String> = list.iter().map(|c| period(&c.scenario)).collect();
    let count = rows.first().map(Vec::len).unwrap_or_default();
    let lead_rows = view! {
        <tr data-testid="compare-period">
            <th scope="row">"Periode"</th>
            {list.iter().map(|c| view! { <td data-scenario=c.figures.name.clone()>{c.figures.years.clone()}</td> }).collect_view()}
        </tr>
        <tr data-testid="compare-contents">
            <th scope="row">"Wat zit erin"</th>
            {list.iter().map(|c| view! { <td class="contents" data-scenario=c.figures.name.clone()>{c.figures.contents.clone()}</td> }).collect_view()}
        </tr>
    };
    let figure_rows = (0..count)
        .map(|i| {
            let labels: Vec<&str> = rows.iter().map(|r| r[i].label.as_str()).collect();
            let label = if labels.iter().all(|l| *l == labels[0]) {
                labels[0].to_string()
            } else {
                labels[0].replace(&periods[0], "over de looptijd")
            };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {list.iter().zip(&rows).map(|(c, r)| {
                        // An empty scenario has no figures worth a cell ("bij – gezinnen").
                        let (value, detail) = if c.figures.projection.per_initiative.is_empty() {
                            (NOTHING_CHOSEN.to_string(), String::new())
                        } else {
                            (r[i].value.clone(), r[i].detail.clone())
                        };
                        view! {
                            // On a phone the table stacks and the name stands before each figure
                            // (`main.css`, block "raadslid-2144"), drawn from this attribute so the
                            // cell's text stays the figure alone.
                            <td data-scenario=c.figures.name.clone()>
                                <span class="cell-value">{value}</span>
                                {(!detail.is_empty()).then(|| view! { <span class="cell-detail">{detail}</span> })}
                            </td>
                        }
                    }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! { {lead_rows} {figure_rows} }
}

fn project_saved(set: &ParameterSet, saved: &SavedScenario) -> Option<Compared> {
    let known = |id: &str| set.allowed_range(id);
    let decoded = decode(&saved.link, &known);
    let model = ModelParameters::from_set(set, &decoded.overrides).ok()?;
    let projection = project(&model, &decoded.scenario).ok()?;
    // The same draws and seed as the scenario page, so the ranges are the page's to the euro.
    let bands = simulate(&model, &decoded.scenario, DEFAULT_DRAWS, DEFAULT_SEED).ok();
    Some(Compared {
        figures: ComparedScenario {
            name: saved.naam.clone(),
            contents: contents(&decoded.scenario),
            years: period(&decoded.scenario),
            projection,
            bands,
        },
        scenario: decoded.scenario,
        dropped: decoded.dropped,
    })
}
