//! The scenario's charts on the page: each as SVG with its summary, its data table and its
//! exports. The SVG comes from `crate::charts`, drawn by our own code from numbers (user text in
//! titles is escaped there), so inserting it as markup is safe.

use leptos::prelude::*;

use crate::app::download;
use crate::app::state::ScenarioState;
use crate::charts::{self, BandSeries, ChartOptions, DataTable, NetVsShare};
use crate::model::params::ModelParameters;
use crate::model::projection::Projection;
use crate::model::uncertainty::{simulate, Bands};

/// Monte Carlo draws behind the P10–P90 band on the page (seeded: the same scenario always
/// shows the same band).
pub const DRAWS: usize = 5_000;
pub const SEED: u64 = 2026;

/// One chart, ready to show or export.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// Stable id, used in URLs (`/grafiek/<id>`) and file names.
    pub id: &'static str,
    pub title: String,
    pub svg: Result<String, String>,
    pub summary: String,
    pub table: DataTable,
    pub size: (u32, u32),
}

pub const CHART_IDS: [&str; 3] = ["kosten-per-jaar", "cumulatief", "netto-resultaat"];

/// The band of cumulative avoided costs, from the simulation.
pub fn band_series(bands: &Bands) -> BandSeries {
    BandSeries {
        years: bands.years.iter().map(|y| y.year).collect(),
        p10: bands
            .years
            .iter()
            .map(|y| y.cumulative_avoided.p10)
            .collect(),
        p50: bands
            .years
            .iter()
            .map(|y| y.cumulative_avoided.p50)
            .collect(),
        p90: bands
            .years
            .iter()
            .map(|y| y.cumulative_avoided.p90)
            .collect(),
    }
}

/// All three charts of a scenario.
pub fn build_charts(
    scenario_name: &str,
    projection: &Projection,
    bands: Option<&Bands>,
    model: &ModelParameters,
    large: bool,
) -> Vec<ChartSpec> {
    let options = |title: &str| {
        let title = charts::chart_title(title, scenario_name);
        if large {
            ChartOptions::presentation(title)
        } else {
            ChartOptions::new(title)
        }
    };
    let band = bands.map(band_series);
    let central_share = model.share_youth_care_avoided.central * (1.0 - model.deadweight.central);
    let line = NetVsShare::from_projection(projection, central_share);

    let costs = options(charts::costs::TITLE);
    let cumulative = options(charts::cumulative::TITLE);
    let net = options(charts::net_vs_share::TITLE);
    vec![
        ChartSpec {
            id: CHART_IDS[0],
            svg: charts::costs_per_year(projection, &costs).map_err(|e| e.to_string()),
            summary: charts::summary_costs_per_year(projection),
            table: charts::table_costs_per_year(projection),
            size: costs.size(),
            title: costs.title,
        },
        ChartSpec {
            id: CHART_IDS[1],
            svg: charts::cumulative(projection, band.as_ref(), &cumulative)
                .map_err(|e| e.to_string()),
            summary: charts::summary_cumulative(projection, band.as_ref()),
            table: charts::table_cumulative(projection, band.as_ref()),
            size: cumulative.size(),
            title: cumulative.title,
        },
        ChartSpec {
            id: CHART_IDS[2],
            svg: charts::net_vs_share(line.as_ref(), &net).map_err(|e| e.to_string()),
            summary: charts::summary_net_vs_share(line.as_ref()),
            table: charts::table_net_vs_share(line.as_ref()),
            size: net.size(),
            title: net.title,
        },
    ]
}

/// The charts of the current scenario, recomputed when it changes.
pub fn use_charts(large: bool) -> Memo<Vec<ChartSpec>> {
    let state = ScenarioState::expect();
    let bands = Memo::new(move |_| {
        let model = state.model_params.get().and_then(Result::ok)?;
        state
            .scenario
            .with(|s| simulate(&model, s, DRAWS, SEED).ok())
    });
    Memo::new(move |_| {
        let Some(Ok(projection)) = state.projection.get() else {
            return Vec::new();
        };
        let Some(Ok(model)) = state.model_params.get() else {
            return Vec::new();
        };
        let name = state.scenario.with(|s| s.name.clone());
        bands.with(|b| build_charts(&name, &projection, b.as_ref(), &model, large))
    })
}

/// The three charts under the headline figures.
#[component]
pub fn ScenarioCharts() -> impl IntoView {
    let charts = use_charts(false);
    view! {
        <section class="charts" aria-label="Grafieken">
            <For each=move || CHART_IDS key=|id| *id let:id>
                <ChartFigure chart=Signal::derive(move || charts.with(|list| list.iter().find(|c| c.id == id).cloned()))/>
            </For>
        </section>
    }
}

/// A chart with its text alternative, "toon als tabel" and its exports.
#[component]
pub fn ChartFigure(
    chart: Signal<Option<ChartSpec>>,
    /// Show the export buttons and the link to the chart on its own.
    #[prop(default = true)]
    tools: bool,
) -> impl IntoView {
    let state = ScenarioState::expect();
    let message = RwSignal::new(None::<String>);
    let summary = move || chart.with(|c| c.as_ref().map(|c| c.summary.clone()).unwrap_or_default());
    let id = move || chart.with(|c| c.as_ref().map(|c| c.id).unwrap_or_default());
    let stem = move || {
        let name = state
            .scenario
            .with(|s| download::file_stem(&s.name, "steunwijzer"));
        format!("{name}-{}", id())
    };
    let export = move |kind: &'static str| {
        let Some(spec) = chart.get_untracked() else {
            return;
        };
        let result = match (kind, &spec.svg) {
            ("svg", Ok(svg)) => {
                download::save_text(&format!("{}.svg", stem()), "image/svg+xml", svg)
            }
            ("png", Ok(svg)) => {
                download::save_png(&format!("{}.png", stem()), svg, spec.size.0, spec.size.1)
            }
            ("csv", _) => download::save_text(
                &format!("{}.csv", stem()),
                "text/csv;charset=utf-8",
                &table_csv(&spec.table),
            ),
            (_, Err(error)) => Err(error.clone()),
            _ => Ok(()),
        };
        message.set(result.err());
    };
    let search = leptos_router::hooks::use_location().search;
    let single_link = move || {
        let query = search.get();
        let query = query.trim_start_matches('?');
        format!(
            "/grafiek/{}{}{}",
            id(),
            if query.is_empty() { "" } else { "?" },
            query
        )
    };
    view! {
        <figure class="chart" data-chart=id>
            // The SVG names itself (role="img" with a <title>); the caption below summarises it.
            <div class="chart-svg"
                inner_html=move || chart.with(|c| match c.as_ref().map(|c| &c.svg) {
                    Some(Ok(svg)) => svg.clone(),
                    _ => String::new(),
                })/>
            {move || chart.with(|c| c.as_ref().and_then(|c| c.svg.clone().err())).map(|e| view! {
                <p class="error-panel" role="alert">{e}</p>
            })}
            <figcaption>{summary}</figcaption>
            <details class="chart-table">
                <summary>"Toon als tabel"</summary>
                {move || chart.get().map(|c| view! { <DataTableView table=c.table/> })}
            </details>
            <Show when=move || tools>
                <div class="chart-tools">
                    <button type="button" on:click=move |_| export("svg")>"Download SVG"</button>
                    <button type="button" on:click=move |_| export("png")>"Download PNG"</button>
                    <button type="button" on:click=move |_| export("csv")>"Download CSV"</button>
                    <a href=single_link>"Alleen deze grafiek"</a>
                </div>
                <p class="field-message" role="status">{move || message.get()}</p>
            </Show>
        </figure>
    }
}

/// A chart's numbers as an HTML table.
#[component]
pub fn DataTableView(table: DataTable) -> impl IntoView {
    view! {
        <table>
            <caption>{table.caption.clone()}</caption>
            <thead><tr>{table.headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
            <tbody>
                {table.rows.iter().map(|row| view! {
                    <tr>{row.iter().enumerate().map(|(i, cell)| if i == 0 {
                        view! { <th scope="row">{cell.clone()}</th> }.into_any()
                    } else {
                        view! { <td>{cell.clone()}</td> }.into_any()
                    }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// A chart's table as CSV: raw numbers with a point as decimal mark (see `report::csv`).
fn table_csv(table: &DataTable) -> String {
    crate::report::csv::data_table_csv(table)
}
