//! "Wat is er gerealiseerd?": the figures of the coordinators' annual reports per chosen
//! initiative and begun year, typed into a table; planned against realised as a table, a chart
//! and plain sentences, a CSV and a paragraph for the annual accounts to copy. The figures are
//! part of the scenario (the link's `r.` keys); checks in `data::realised`, arithmetic in
//! `report::realised`.

use leptos::prelude::*;

use crate::app::download;
use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::charts::realised::{realised_svg, TITLE};
use crate::data::number_input::{parse_amount, parse_dutch_number};
use crate::data::realised::{begun_years, check, put, RealisedFigure};
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::report::realised::{
    realised_csv, realised_report, sentences, verantwoording, RealisedReport,
};

/// The calendar year now: the year that counts as "lopend".
pub fn this_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// Realised against planned for the current scenario, or `None` when nothing is entered.
pub fn use_report() -> Memo<Option<RealisedReport>> {
    let state = ScenarioState::expect();
    let data = expect_context::<AppData>();
    Memo::new(move |_| {
        let (Some(Ok(projection)), Some(Ok(model))) =
            (state.projection.get(), state.model_params.get())
        else {
            return None;
        };
        let table = data.table.get().and_then(Result::ok);
        state
            .scenario
            .with(|s| realised_report(s, &projection, &model, table.as_deref(), this_year()))
    })
}

#[component]
pub fn RealisedPanel() -> impl IntoView {
    let state = ScenarioState::expect();
    let scenario = state.scenario;
    // A plain closure, not a memo: cheap to recompute, and one generic type fewer in the wasm.
    let cells = move || {
        scenario.with(|s| {
            let years = begun_years(s, this_year());
            s.lines
                .iter()
                .flat_map(|l| years.iter().map(move |&y| (l.initiative, y)))
                .collect::<Vec<_>>()
        })
    };
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let report = use_report();
    view! {
        <section class="realised" aria-labelledby="gerealiseerd-titel-h" data-testid="gerealiseerd"
            class:municipality-unfilled=move || report.with(Option::is_none)>
            <h2 id="gerealiseerd-titel-h">"Wat is er gerealiseerd?"</h2>
            <p class="municipality-intro">"Na het besluit: vul per initiatief en per begonnen jaar in wat het jaarverslag van de coördinator zegt. Leeg laten mag. De cijfers gaan mee in de link en in bewaarde scenario’s."</p>
            {move || {
                let list = cells();
                if list.is_empty() {
                    let first = scenario.with(|s| s.first_year);
                    let text = if scenario.with(|s| s.lines.is_empty()) {
                        "Kies eerst een initiatief.".to_string()
                    } else {
                        format!("Nog geen jaar van dit scenario is begonnen (het eerste jaar is {first}). Zodra het loopt, vult u hier de cijfers uit de jaarverslagen in.")
                    };
                    return view! { <p data-testid="gerealiseerd-leeg">{text}</p> }.into_any();
                }
                view! {
                    <div class="table-scroll municipality-inputs-table" role="region" aria-label="Invoer gerealiseerd" tabindex="0">
                        <table class="realised-input" data-testid="gerealiseerd-invoer">
                            <caption>"Cijfers uit de jaarverslagen"</caption>
                            <thead><tr><th scope="col">"Initiatief en jaar"</th>
                                {RealisedFigure::ALL.iter().map(|f| view! { <th scope="col">{crate::model::format::first_uppercase(f.label())}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|(initiative, year)| view! {
                                    <tr>
                                        <th scope="row">{row_name(initiative, year)}</th>
                                        {RealisedFigure::ALL.into_iter().map(|figure| view! {
                                            <td><RealisedCell initiative year figure errors/></td>
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <div class="field-error" role="alert" data-testid="gerealiseerd-fouten">
                {move || errors.get().into_iter().map(|(_, m)| view! { <p>{m}</p> }).collect_view()}
            </div>
            <Outcome report/>
        </section>
    }
}

fn row_name(initiative: InitiativeId, year: i32) -> String {
    let running = if year == this_year() { " (lopend)" } else { "" };
    format!("{} {year}{running}", initiative.name())
}

/// One cell: a possible value goes into the scenario; an impossible one gets a message naming
/// initiative, year and figure and leaves the scenario as it was.
#[component]
fn RealisedCell(
    initiative: InitiativeId,
    year: i32,
    figure: RealisedFigure,
    errors: RwSignal<Vec<(String, String)>>,
) -> impl IntoView {
    let scenario = ScenarioState::expect().scenario;
    let stored = move || {
        scenario.with(|s| {
            s.municipality
                .realised
                .iter()
                .find(|r| r.initiative == initiative && r.year == year)
                .and_then(|r| figure.get(r))
        })
    };
    let shown = move |v: Option<f64>| {
        v.map(|v| {
            if figure == RealisedFigure::Cost {
                format::plain(&format::euro(v))
                    .trim_start_matches("€ ")
                    .to_string()
            } else {
                format::integer(v)
            }
        })
        .unwrap_or_default()
    };
    let id = format!("gerealiseerd-{}-{year}-{}", initiative.slug(), figure.key());
    let key = id.clone();
    let invalid = Memo::new(move |_| errors.with(|e| e.iter().any(|(k, _)| *k == key)));
    let key = id.clone();
    let on_change = move |ev| {
        let typed = event_target_value(&ev);
        errors.update(|e| e.retain(|(k, _)| *k != key));
        let value = if typed.trim().is_empty() {
            Ok(None)
        } else {
            let parsed = if figure == RealisedFigure::Cost {
                parse_amount(&typed)
            } else {
                parse_dutch_number(&typed)
            };
            parsed
                .map_err(|e| format!("{} {year}, {}: {e}", initiative.name(), figure.label()))
                .and_then(|v| check(figure, v, initiative, year))
                .map(Some)
        };
        match value {
            Ok(value) => scenario.update(|s| {
                put(
                    &mut s.municipality.realised,
                    initiative,
                    year,
                    figure,
                    value,
                )
            }),
            Err(message) => errors.update(|e| e.push((key.clone(), message))),
        }
    };
    view! {
        <input type="text" inputmode="decimal" id=id autocomplete="off"
            aria-label=format!("{}, {}", row_name(initiative, year), figure.label())
            aria-invalid=move || invalid.get().to_string()
            prop:value=move || shown(stored())
            on:change=on_change/>
    }
}

const OUTCOME_HEAD: [&str; 7] = [
    "Initiatief en jaar",
    "Koppelingen gepland",
    "Koppelingen gerealiseerd",
    "Gezinnen bereikt gerealiseerd",
    "Vrijwilligersuren",
    "Kosten gepland",
    "Kosten gerealiseerd",
];

/// Planned against realised: the table, the chart, the sentences, the CSV and the paragraph.
#[component]
fn Outcome(report: Memo<Option<RealisedReport>>) -> impl IntoView {
    let state = ScenarioState::expect();
    let message = RwSignal::new(None::<String>);
    move || {
        let report = report.get()?;
        let svg = realised_svg(&report, 640, 13.0).unwrap_or_default();
        let said = sentences(&report);
        let text = state.scenario.with(|s| verantwoording(s, &report));
        let csv = realised_csv(&report);
        let stem = state
            .scenario
            .with(|s| download::file_stem(&s.municipality.name, "scenario"));
        let to_copy = text.clone();
        let copy = move |_| {
            download::copy_and_tell(to_copy.clone(), message, "Tekst gekopieerd.", "de tekst")
        };
        let save = move |_| {
            message.set(Some(download::save_csv(
                &format!("{stem}-gerealiseerd.csv"),
                &csv,
            )))
        };
        let opt = |v: Option<f64>, euro: bool| {
            v.map_or_else(
                || "–".to_string(),
                |v| {
                    if euro {
                        format::euro_rounded(v)
                    } else {
                        format::integer(v)
                    }
                },
            )
        };
        // Rows as text, drawn by one loop: one view type for every cell keeps the wasm small.
        let rows: Vec<(String, [String; 6])> = report
            .rows
            .iter()
            .filter(|r| !r.realised.is_empty())
            .map(|r| {
                (
                    row_name(r.initiative, r.year),
                    [
                        format::integer(f64::from(r.planned_matches)),
                        opt(r.realised.matches.map(f64::from), false),
                        opt(r.realised.families.map(f64::from), false),
                        opt(r.realised.volunteer_hours.map(f64::from), false),
                        format::euro_rounded(r.planned_cost),
                        opt(r.realised.cost, true),
                    ],
                )
            })
            .collect();
        Some(view! {
            <div class="realised-outcome">
                <div class="table-scroll" role="region" aria-label="Gepland en gerealiseerd" tabindex="0">
                    <table class="budget-lines" data-testid="gerealiseerd-tabel">
                        <caption>"Gepland en gerealiseerd (gepland: centrale waarden van het scenario)"</caption>
                        <thead><tr>{OUTCOME_HEAD.map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(name, cells)| view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <figure class="chart realised-chart">
                    <div class="chart-svg" inner_html=svg></div>
                    <figcaption>{format!("{TITLE}, per jaar opgeteld over de gekozen initiatieven. Gerealiseerd: uit de jaarverslagen, zoals ingevuld.")}</figcaption>
                </figure>
                <ul class="realised-sentences" data-testid="gerealiseerd-zinnen">
                    {said.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                </ul>
                <div class="council-text">
                    <h3>"Verantwoording (voor de jaarrekening)"</h3>
                    <p data-testid="verantwoording">{text}</p>
                    <button type="button" data-testid="copy-verantwoording" on:click=copy>"Kopieer tekst"</button>
                    " "
                    <button type="button" data-testid="export-gerealiseerd-csv" on:click=save>"Gerealiseerd als CSV"</button>
                    <span class="status-message" role="status">{move || message.get()}</span>
                </div>
            </div>
        })
    }
}

/// The slide "Wat is er gerealiseerd?": the chart and the sentences.
#[component]
pub fn RealisedSlide() -> impl IntoView {
    let report = use_report();
    move || {
        let report = report.get();
        let svg = report
            .as_ref()
            .and_then(|r| realised_svg(r, 1000, 26.0))
            .unwrap_or_default();
        let said = report.as_ref().map(sentences).unwrap_or_default();
        view! {
            <section class="slide slide-realised" data-testid="dia-gerealiseerd">
                <h1>"Wat is er gerealiseerd?"</h1>
                <div class="chart-svg realised-chart" inner_html=svg></div>
                <ul class="realised-sentences">{said.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            </section>
        }
    }
}
