//! Charts as pure functions from a projection to an SVG string (plotters' SVG backend), used by
//! the page, the exports and the tests alike.
//!
//! The scenario's charts are listed in one place, [`ChartId`] (see `registry.rs`): the page, the
//! presentation (whose [`Slide`] list is built from it), `/grafiek/<slug>`, the CLI and the tests
//! enumerate [`ChartId::ALL`] and draw with [`build`]. Each chart is a type implementing
//! [`Chart`], whose numbers are computed once and give its three faces:
//! - the picture: `layout`, every mark and text placed in pixels as plain data (`layout.rs`),
//!   which `draw` paints on any plotters backend and `svg` as a string;
//! - a sentence for screen readers: `summary`;
//! - a data table for "toon als tabel" and the CSV export: `table`.
//!
//! To add a chart: write `charts/<chart>.rs` with a type that implements [`Chart`] (its slug,
//! title, whether it shows the band, `new` from a [`ChartInput`] and its `layout`), declare the
//! module below, and add one line `Variant => YourChart,` to the `registry!` call in `registry.rs`. It then
//! appears on the scenario page, gets a slide and a `/grafiek/<slug>` link, and is covered by
//! the registry's tests. The scenario comparison of saved scenarios (`compare`) is not in the
//! registry: it draws several projections, not one scenario.
//!
//! Every chart carries its title at the top (including the scenario name, when the caller puts it
//! in [`ChartOptions::title`]) and a source line at the bottom, inside the SVG, so the citation
//! survives a copy. Text is escaped by plotters' SVG backend, so user-typed titles are safe to
//! pass as they are (do not escape them yourself: they would show as `&lt;`).
//!
//! ```
//! use steunwijzer::charts::{self, ChartOptions};
//! # use steunwijzer::model::projection::{Projection, Totals};
//! # use steunwijzer::model::range::Range3;
//! # let totals = Totals { matches: 0, families_reached: 0.0, volunteer_hours: Range3::ZERO,
//! #     cost: Range3::ZERO, avoided_costs: Range3::ZERO, avoided_after_horizon: Range3::ZERO,
//! #     social_value: Range3::ZERO, net_result: Range3::ZERO, cost_pv: Range3::ZERO,
//! #     avoided_costs_pv: Range3::ZERO, net_result_pv: Range3::ZERO, benefit_cost_ratio: None };
//! # let projection = Projection { years: vec![], per_initiative: vec![], total: totals,
//! #     break_even_share: None, youth_care_value_pv: 0.0, notices: vec![],
//! #     includes_startup_surcharge: false, changed_assumptions: 0,
//! #     youth_care_share: Range3::ZERO, deadweight: 0.0 };
//! let title = charts::chart_title(charts::costs::TITLE, "Gemeente Voorbeeld");
//! use steunwijzer::charts::Chart;
//! let svg = charts::costs::CostsChart::from_projection(&projection)
//!     .svg(&ChartOptions::new(title))?;
//! assert!(svg.starts_with("<svg"));
//! # Ok::<(), charts::ChartError>(())
//! ```

mod chart;
pub mod compare;
pub mod costs;
pub mod cumulative;
mod frame;
mod labels;
mod layout;
pub mod net_vs_share;
mod placement;
pub mod realised;
mod registry;
pub mod slides;
pub mod style;
pub mod tornado;

#[cfg(test)]
mod test_support;

pub use chart::{Chart, ChartInput};
pub use compare::{compare_scenarios, summary_compare_scenarios, table_compare_scenarios};
pub use registry::{build, draw_on, options, ChartId, ChartSpec};
pub use slides::Slide;

use plotters::drawing::DrawingAreaErrorKind;

/// Shown in place of a chart when there is nothing to draw.
pub const EMPTY_MESSAGE: &str = "Geen gegevens: kies een initiatief";

/// Size, title and mode of one chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartOptions {
    /// Width in pixels (kept within [`ChartOptions::MIN_SIZE`] and [`ChartOptions::MAX_SIZE`]).
    pub width: u32,
    /// Height in pixels (kept within [`ChartOptions::MIN_SIZE`] and [`ChartOptions::MAX_SIZE`]).
    pub height: u32,
    /// Title at the top; include the scenario name (see [`chart_title`]). Plain text, never HTML.
    pub title: String,
    /// Presentation mode: thicker lines and larger type, for a projector.
    pub large: bool,
    /// Drawn for a phone at the width it is shown (see [`ChartOptions::for_width`]): type as
    /// large as the page's text, fewer ticks.
    pub phone: bool,
    /// Which assumptions differ from the standard (`report::adjusted::notice_line`), drawn as
    /// a line above the source so the picture says it wherever it goes; `None`: none differs.
    pub adjusted: Option<String>,
}

impl ChartOptions {
    /// Default size on the page and in exports.
    pub const DEFAULT_SIZE: (u32, u32) = (720, 400);
    /// Size in presentation mode: about the width a slide gives a chart on a 1280 × 720
    /// projector (2:1, so the chart and the presenter bar fit the height), so one pixel drawn is
    /// one pixel seen and the type sizes of [`ChartOptions::presentation`] are what the room reads.
    pub const LARGE_SIZE: (u32, u32) = (1200, 600);
    /// Smallest size drawn; below it labels would no longer fit. A phone of 320 px still gives
    /// its charts about 290 px.
    pub const MIN_SIZE: (u32, u32) = (280, 220);
    /// Below this width a chart is drawn for a phone: type as large as the text around it (see
    /// `style::Scale`), fewer ticks, and taller than wide, so title, legend and source line fit.
    pub const NARROW_BELOW: u32 = 600;
    /// Largest size drawn (a print at 300 dpi needs no more).
    pub const MAX_SIZE: (u32, u32) = (4096, 4096);

    /// A chart of the default size (720 × 400).
    pub fn new(title: impl Into<String>) -> ChartOptions {
        ChartOptions {
            width: Self::DEFAULT_SIZE.0,
            height: Self::DEFAULT_SIZE.1,
            title: title.into(),
            large: false,
            phone: false,
            adjusted: None,
        }
    }

    /// A chart for the width the page gives it: the default size when that is at least
    /// [`ChartOptions::NARROW_BELOW`] (or unknown), else drawn at that width for a phone, with
    /// room below the plot for the wrapped title, legend and source line.
    pub fn for_width(title: impl Into<String>, width: Option<u32>) -> ChartOptions {
        match width {
            Some(width) if width < Self::NARROW_BELOW => ChartOptions {
                width,
                height: Self::narrow_height(width),
                title: title.into(),
                large: false,
                phone: true,
                adjusted: None,
            },
            _ => ChartOptions::new(title),
        }
    }

    /// The height of a phone chart `width` wide: a plot about as high as it is wide, plus the
    /// lines of title, legend and source that wrap at this width (a chart with more to say
    /// above its plot adds its own, see `Chart::options`).
    fn narrow_height(width: u32) -> u32 {
        width.saturating_mul(3) / 2 + 60
    }

    /// Whether the chart is drawn for a phone (see [`ChartOptions::for_width`]).
    pub fn narrow(&self) -> bool {
        self.phone && !self.large
    }

    /// A chart for presentation mode (1200 × 600; type of at least 25 px, thick lines).
    pub fn presentation(title: impl Into<String>) -> ChartOptions {
        ChartOptions {
            width: Self::LARGE_SIZE.0,
            height: Self::LARGE_SIZE.1,
            title: title.into(),
            large: true,
            phone: false,
            adjusted: None,
        }
    }

    /// The size actually drawn: the requested size, kept within [`ChartOptions::MIN_SIZE`] and
    /// [`ChartOptions::MAX_SIZE`].
    pub fn size(&self) -> (u32, u32) {
        (
            self.width.clamp(Self::MIN_SIZE.0, Self::MAX_SIZE.0),
            self.height.clamp(Self::MIN_SIZE.1, Self::MAX_SIZE.1),
        )
    }
}

impl Default for ChartOptions {
    fn default() -> ChartOptions {
        ChartOptions::new("")
    }
}

/// A chart's title with the scenario name, e.g. "Kosten per jaar per initiatief — Gemeente X".
/// An empty (or blank) scenario name gives the chart's title alone.
pub fn chart_title(chart: &str, scenario_name: &str) -> String {
    let name = scenario_name.trim();
    if name.is_empty() {
        chart.to_string()
    } else {
        format!("{chart} — {name}")
    }
}

/// Why a chart could not be drawn. The message is Dutch, for the page.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    /// Plotters reported an error while drawing; `detail` is its own (English) text, for the log.
    Drawing { detail: String },
    /// The input cannot be drawn, e.g. a band whose series differ in length.
    InvalidInput { message: String },
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChartError::Drawing { detail } => {
                write!(f, "De grafiek kon niet worden getekend ({detail}).")
            }
            ChartError::InvalidInput { message } => {
                write!(f, "De grafiek kon niet worden getekend: {message}")
            }
        }
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(error: DrawingAreaErrorKind<E>) -> ChartError {
        ChartError::Drawing {
            detail: error.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;

    /// Every chart of the registry drawn for a real scenario and for an empty one, at
    /// `options`' size.
    fn all_charts(options: &ChartOptions) -> Vec<(String, Result<String, ChartError>)> {
        let fixture = Fixture::load();
        let input = fixture.input(options.large);
        let empty = empty_projection();
        let mut charts = Vec::new();
        for id in ChartId::ALL {
            for (what, projection) in [("scenario", &fixture.projection), ("leeg", &empty)] {
                let input = ChartInput {
                    projection,
                    ..input
                };
                let spec = build(*id, &input);
                let svg = frame::render_svg(options, |root| draw_on(*id, &input, root, options));
                assert_eq!(spec.svg.is_ok(), svg.is_ok(), "{id} {what}");
                charts.push((format!("{id} {what}"), svg));
            }
        }
        charts
    }

    #[test]
    fn any_size_draws() {
        let long_title = "Gemeente ".repeat(40);
        for (width, height, large, phone) in [
            (0, 0, false, true),
            (280, 440, false, true),
            (350, 527, false, true),
            (599, 300, false, true),
            (0, 0, false, false),
            (0, 0, true, false),
            (320, 220, true, false),
            (720, 400, false, false),
            (1280, 720, true, false),
            (5000, 3000, false, false),
            (u32::MAX / 4, 200, false, false),
        ] {
            let options = ChartOptions {
                width,
                height,
                title: long_title.clone(),
                large,
                phone,
                adjusted: None,
            };
            for (name, svg) in all_charts(&options) {
                let svg = svg.unwrap_or_else(|e| panic!("{name} at {width}×{height}: {e}"));
                assert_well_formed_svg(&svg);
            }
        }
    }

    #[test]
    fn every_chart_shows_a_hostile_name_as_text_and_an_empty_scenario_in_words() {
        let mut fixture = Fixture::load();
        fixture.scenario.name = HOSTILE_TITLE.to_string();
        let empty = empty_projection();
        for id in ChartId::ALL {
            let spec = build(*id, &fixture.input(false));
            let svg = spec.svg.expect("chart draws");
            assert_well_formed_svg(&svg);
            assert!(!svg.contains("<img"), "{id}");
            assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"), "{id}");

            let spec = build(
                *id,
                &ChartInput {
                    projection: &empty,
                    bands: None,
                    ..fixture.input(false)
                },
            );
            let svg = spec.svg.expect("empty chart draws");
            assert_well_formed_svg(&svg);
            assert!(svg.contains(EMPTY_MESSAGE), "{id}");
            assert!(svg.contains("Bron: "), "{id}: source line");
            assert_eq!(spec.summary, format!("{EMPTY_MESSAGE}."), "{id}");
            assert!(spec.table.rows.is_empty(), "{id}");
        }
    }

    #[test]
    fn every_chart_says_in_the_picture_which_assumptions_differ_from_the_standard() {
        let changed = Fixture::with("a.deadweight=0.1&a.discontovoet=0");
        let standard = Fixture::load();
        for id in ChartId::ALL {
            // A slide keeps its size and labels; the presentation says it beside the figures.
            let slide = build(*id, &changed.input(true));
            let slide_texts = svg_texts(&slide.svg.expect("draws")).join(" ");
            assert!(!slide_texts.contains("Let op:"), "{id}: {slide_texts}");
            for (large, width) in [(false, None), (false, Some(360))] {
                let input = ChartInput {
                    width,
                    ..changed.input(large)
                };
                let spec = build(*id, &input);
                let svg = spec.svg.expect("chart draws");
                assert_well_formed_svg(&svg);
                let texts = svg_texts(&svg).join(" ");
                assert!(
                    texts.contains("Let op: 2 aannames wijken af van de standaard:"),
                    "{id} large={large} width={width:?}: {texts}"
                );
                assert!(texts.contains("30% → 10%"), "{id}: {texts}");
                assert!(texts.contains("2,25% → 0%"), "{id}: {texts}");
                assert!(texts.contains("Bron: "), "{id}: the source line stays");
                // Off a slide the chart grows by the line instead of squeezing its plot.
                let plain = build(
                    *id,
                    &ChartInput {
                        width,
                        ..standard.input(large)
                    },
                );
                assert!(spec.size.1 > plain.size.1, "{id}: {:?}", spec.size);
                let plain_texts = svg_texts(&plain.svg.expect("draws")).join(" ");
                assert!(!plain_texts.contains("Let op:"), "{id}: {plain_texts}");
            }
        }
    }

    #[test]
    fn control_characters_in_the_title_do_not_break_the_xml() {
        let options = ChartOptions::new("Gemeente\u{1}\u{8} A\nB\tC\u{7f}");
        for (name, svg) in all_charts(&options) {
            let svg = svg.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_well_formed_svg(&svg);
            assert!(!svg.chars().any(|c| c.is_control() && c != '\n'));
            assert!(svg.contains("<title>Gemeente A B C</title>"));
        }
    }

    #[test]
    fn chart_title_adds_the_scenario_name() {
        assert_eq!(chart_title("Kosten", "  "), "Kosten");
        assert_eq!(chart_title("Kosten", " Zwolle "), "Kosten — Zwolle");
    }
}
