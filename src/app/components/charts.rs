//! The scenario's charts on the page: each as SVG with its summary, its data table and its
//! exports. The SVG comes from `crate::charts`, drawn by our own code from numbers (user text in
//! titles is escaped there), so inserting it as markup is safe.

use leptos::prelude::*;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use std::time::Duration;

use crate::app::components::stamp::Provenance;
use crate::app::download;
use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::charts::{self, ChartId, ChartInput, ChartSpec};
use crate::model::projection::project;
use crate::report::provenance::{stamp_csv, stamp_svg, svg_footer_height, Stamp};
use crate::report::table::DataTable;
use crate::routes::Route;

/// The width the page gives its charts, when narrower than [`ChartOptions::NARROW_BELOW`] (a
/// phone): the charts are drawn for it instead of being shrunk, so their text stays as large as
/// the text around them. Measured from the chart frames when one is shown and after the window
/// has stopped changing size (a turned phone) for [`ChartWidth::DEBOUNCE`].
///
/// [`ChartOptions::NARROW_BELOW`]: crate::charts::ChartOptions::NARROW_BELOW
#[derive(Debug, Clone, Copy)]
pub struct ChartWidth(RwSignal<Option<u32>>);

impl ChartWidth {
    /// How long the window must keep its size before the charts are drawn again.
    const DEBOUNCE: Duration = Duration::from_millis(150);

    /// Provides the app's chart width and follows the window's size changes.
    pub fn provide() {
        let width = ChartWidth(RwSignal::new(None));
        provide_context(width);
        let pending = StoredValue::new(None::<TimeoutHandle>);
        // The listener lives as long as the app: its handle is not kept to remove it.
        window_event_listener(leptos::ev::resize, move |_| {
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            pending
                .set_value(set_timeout_with_handle(move || width.measure(), Self::DEBOUNCE).ok());
        });
    }

    /// Measures the first chart frame on the page (a frame's width follows the page, never the
    /// chart in it; the page's frames are equally wide) and keeps it when it is a phone's.
    fn measure(self) {
        let frame = crate::app::browser_window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main .chart-svg").ok().flatten());
        let width = frame
            .map(|frame| frame.client_width())
            .filter(|width| *width > 0)
            .and_then(|w| u32::try_from(w).ok())
            .filter(|w| *w < charts::ChartOptions::NARROW_BELOW);
        if self.0.get_untracked() != width {
            self.0.set(width);
        }
    }

    /// The width to draw a page's chart for (`None`: the default size), for a chart drawn
    /// outside [`use_chart`] (the comparison of saved scenarios).
    pub fn signal() -> Signal<Option<u32>> {
        let width = use_context::<ChartWidth>();
        Signal::derive(move || width.and_then(|w| w.0.get()))
    }

    /// Measures again once a chart frame is on the page.
    pub fn measure_now() {
        if let Some(width) = use_context::<ChartWidth>() {
            width.measure();
        }
    }
}

/// Chart `id` of the current scenario, in its own memo: it is drawn only by those who show it,
/// and redrawn only when what it reads changes (the Monte Carlo band only for a chart that
/// shows it). `None` while data loads or the scenario cannot be projected.
pub fn use_chart(id: ChartId, large: bool) -> Memo<Option<ChartSpec>> {
    let state = ScenarioState::expect();
    let data = expect_context::<AppData>();
    // None where no width is provided (the pre-render): the default size.
    let chart_width = use_context::<ChartWidth>();
    Memo::new(move |_| {
        let Some(Ok(parameters)) = data.params.get() else {
            return None;
        };
        // A slide has its own size; on the page a phone's width is drawn for.
        let width = chart_width.filter(|_| !large).and_then(|w| w.0.get());
        let overrides = state.overrides.get();
        if id.deferred() {
            // Drawn from the settled scenario: it may lag the inputs while they move (the view
            // says so), but it never mixes one scenario's chart with another's numbers.
            return state.settled.with(|settled| {
                let settled = settled.as_ref()?;
                let projection = project(&settled.model, &settled.scenario).ok()?;
                Some(charts::build(
                    id,
                    &ChartInput {
                        scenario: &settled.scenario,
                        projection: &projection,
                        bands: Some(&settled.bands),
                        sensitivity: Some(&settled.sensitivity),
                        model: &settled.model,
                        parameters: &parameters,
                        overrides: &overrides,
                        large,
                        width,
                    },
                ))
            });
        }
        let (Some(Ok(projection)), Some(Ok(model))) =
            (state.projection.get(), state.model_params.get())
        else {
            return None;
        };
        let bands = if id.uses_bands() {
            state.current_bands.get()
        } else {
            None
        };
        state.scenario.with(|scenario| {
            Some(charts::build(
                id,
                &ChartInput {
                    scenario,
                    projection: &projection,
                    bands: bands.as_ref(),
                    sensitivity: None,
                    model: &model,
                    parameters: &parameters,
                    overrides: &overrides,
                    large,
                    width,
                },
            ))
        })
    })
}

/// Every chart of the registry under the headline figures, except the sensitivity chart, which
/// stands in its own section with its words (see `SensitivityView`).
#[component]
pub fn ScenarioCharts() -> impl IntoView {
    view! {
        <section class="charts" aria-label="Grafieken">
            {ChartId::ALL.iter().filter(|id| **id != ChartId::Tornado).map(|id| view! {
                <ChartFigure chart=Signal::from(use_chart(*id, false))/>
            }).collect_view()}
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
    let provenance = Provenance::expect();
    let message = RwSignal::new(None::<String>);
    let table_open = RwSignal::new(false);
    let summary = move || chart.with(|c| c.as_ref().map(|c| c.summary.clone()).unwrap_or_default());
    let id = move || chart.with(|c| c.as_ref().map(|c| c.id.slug()).unwrap_or_default());
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
        // Every export carries the stamp: version, data and the link to this chart's scenario.
        let stamp = provenance.export_stamp(state, Route::Scenario);
        let stamped = |svg: &str| match &stamp {
            Some(stamp) => stamp_svg(svg, stamp),
            None => svg.to_string(),
        };
        let height = spec.size.1
            + stamp
                .as_ref()
                .map_or(0, |stamp| svg_footer_height(stamp, spec.size.0));
        // What to tell the user: nothing after an image, how to open a CSV, or what failed.
        let said = match (kind, &spec.svg) {
            ("svg", Ok(svg)) => {
                download::save_text(&format!("{}.svg", stem()), "image/svg+xml", &stamped(svg))
                    .err()
            }
            ("png", Ok(svg)) => download::save_png(
                &format!("{}.png", stem()),
                &stamped(svg),
                spec.size.0,
                height,
                stamp.as_ref().map(Stamp::text),
            )
            .err(),
            ("csv", _) => {
                let changed = crate::app::components::adjusted::adjusted_untracked();
                let csv = crate::report::csv::with_adjusted(
                    table_csv(&spec.table),
                    crate::report::adjusted::notice_line(&changed).as_deref(),
                );
                let csv = match &stamp {
                    Some(stamp) => stamp_csv(&csv, stamp),
                    None => csv,
                };
                Some(download::save_csv(&format!("{}.csv", stem()), &csv))
            }
            (_, Err(error)) => Some(error.to_string()),
            _ => None,
        };
        message.set(said);
    };
    let single_link = move || chart.with(|c| c.as_ref().map(|c| state.link(Route::Chart(c.id))));
    // Effects run after the view is on the page: the frame can be measured.
    Effect::new(move |_| ChartWidth::measure_now());
    view! {
        <figure class="chart" data-chart=id>
            // The SVG names itself (role="img" with a <title>); the caption below summarises it.
            <div class="chart-svg"
                inner_html=move || chart.with(|c| match c.as_ref().map(|c| &c.svg) {
                    Some(Ok(svg)) => svg.clone(),
                    _ => String::new(),
                })/>
            {move || chart.with(|c| c.as_ref().and_then(|c| c.svg.as_ref().err().map(ToString::to_string))).map(|e| view! {
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
