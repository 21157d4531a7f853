//! The scenario's charts on the page: each as SVG with its summary, its data table and its
//! exports. The SVG comes from `crate::charts`, drawn by our own code from numbers (user text in
//! titles is escaped there), so inserting it as markup is safe.

use leptos::prelude::*;

use crate::app::download;
use crate::app::state::ScenarioState;
use crate::charts::{self, BandSeries, ChartOptions, DataTable, NetVsShare};
use crate::model::params::ModelParameters;
use crate::model::projection::Projection;
use crate::model::uncertainty::Bands;
use crate::model::world::Kind;

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

/// One chart of a scenario, by id (see [`CHART_IDS`]); only the cumulative chart uses the band.
pub fn build_chart(
    id: &'static str,
    scenario_name: &str,
    projection: &Projection,
    bands: Option<&Bands>,
    model: &ModelParameters,
    large: bool,
) -> ChartSpec {
    let options = |title: &str| {
        let title = charts::chart_title(title, scenario_name);
        if large {
            ChartOptions::presentation(title)
        } else {
            ChartOptions::new(title)
        }
    };
    let spec = |options: ChartOptions, svg: Result<String, charts::ChartError>, summary, table| {
        ChartSpec {
            id,
            svg: svg.map_err(|e| e.to_string()),
            summary,
            table,
            size: options.size(),
            title: options.title,
        }
    };
    match id {
        "kosten-per-jaar" => {
            let o = options(charts::costs::TITLE);
            let svg = charts::costs_per_year(projection, &o);
            spec(
                o,
                svg,
                charts::summary_costs_per_year(projection),
                charts::table_costs_per_year(projection),
            )
        }
        "cumulatief" => {
            let band = bands.map(band_series);
            let o = options(charts::cumulative::TITLE);
            let svg = charts::cumulative(projection, band.as_ref(), &o);
            spec(
                o,
                svg,
                charts::summary_cumulative(projection, band.as_ref()),
                charts::table_cumulative(projection, band.as_ref()),
            )
        }
        _ => {
            let central_share = model.central(Kind::ShareYouthCareAvoided)
                * (1.0 - model.central(Kind::Deadweight));
            let line = NetVsShare::from_projection(projection, central_share);
            let o = options(charts::net_vs_share::TITLE);
            let svg = charts::net_vs_share(line.as_ref(), &o);
            spec(
                o,
                svg,
                charts::summary_net_vs_share(line.as_ref()),
                charts::table_net_vs_share(line.as_ref()),
            )
        }
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
    CHART_IDS
        .iter()
        .map(|id| build_chart(id, scenario_name, projection, bands, model, large))
        .collect()
}

/// The charts of the current scenario. Each chart is its own memo, so a new band redraws only
/// the chart that shows it.
pub fn use_charts(large: bool) -> Memo<Vec<ChartSpec>> {
    let state = ScenarioState::expect();
    let chart = move |id: &'static str| {
        Memo::new(move |_| {
            let (Some(Ok(projection)), Some(Ok(model))) =
                (state.projection.get(), state.model_params.get())
            else {
                return None;
            };
            let scenario = state.scenario.get();
            let band = if id == "cumulatief" {
                state.current_bands.get()
            } else {
                None
            };
            Some(build_chart(
                id,
                &scenario.name,
                &projection,
                band.as_ref(),
                &model,
                large,
            ))
        })
    };
    let memos = CHART_IDS.map(chart);
    Memo::new(move |_| memos.iter().filter_map(|m| m.get()).collect())
}

/// The three charts under the headline figures.
#[component]
pub fn ScenarioCharts() -> impl IntoView {
    let charts = use_charts(false);
    view! {
        <section class="charts" aria-label="Grafieken">
            <For each=move || CHART_IDS key=|id| *id let:id>
                <ChartFigure chart=Signal::from(Memo::new(move |_| charts.with(|list| list.iter().find(|c| c.id == id).cloned())))/>
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
    let table_open = RwSignal::new(false);
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
        // What to tell the user: nothing after an image, how to open a CSV, or what failed.
        let said = match (kind, &spec.svg) {
            ("svg", Ok(svg)) => {
                download::save_text(&format!("{}.svg", stem()), "image/svg+xml", svg).err()
            }
            ("png", Ok(svg)) => {
                download::save_png(&format!("{}.png", stem()), svg, spec.size.0, spec.size.1).err()
            }
            ("csv", _) => Some(download::save_csv(
                &format!("{}.csv", stem()),
                &table_csv(&spec.table),
            )),
            (_, Err(error)) => Some(error.clone()),
            _ => None,
        };
        message.set(said);
    };
    let single_link = move || state.link(&format!("/grafiek/{}", id()));
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
            // The table is built only while open: closed, it would be rebuilt on every slider step.
            <details class="chart-table" on:toggle=move |ev| {
                let open = ev.target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDetailsElement>(t).ok())
                    .is_some_and(|d| d.open());
                table_open.set(open);
            }>
                <summary>"Toon als tabel"</summary>
                {move || table_open.get().then(|| chart.get().map(|c| view! { <DataTableView table=c.table/> }))}
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
