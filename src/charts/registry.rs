//! The scenario's charts as a type: [`ChartId`] names each chart (its URL slug, its title,
//! whether it shows the Monte Carlo band), and [`build`] draws one from a [`ChartInput`]. The page,
//! the presentation, `/grafiek/<slug>`, the CLI (`projectie --ids`) and the tests all enumerate
//! [`ChartId::ALL`], so a chart cannot be shown in one place and missing in another.
//!
//! A chart is a type implementing [`Chart`] (one module) plus one line in the `registry!` call
//! below, which writes the enum, `ALL` and every match over it; nothing else names the charts.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};

use super::tornado::TornadoChart;
use super::{chart_title, frame, ChartError, ChartOptions, DataTable};
use super::{costs::CostsChart, cumulative::CumulativeChart, net_vs_share::NetVsShareChart};
use std::collections::BTreeMap;

use crate::model::params::{ModelParameters, ParameterSet};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::model::uncertainty::Bands;
use crate::report::sensitivity::SensitivityText;

/// What a chart of a scenario may draw on.
#[derive(Debug, Clone, Copy)]
pub struct ChartInput<'a> {
    /// The scenario; its name goes into the title.
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
    /// The Monte Carlo bands of the same scenario, once computed. Only charts with
    /// [`ChartId::uses_bands`] read them, so the others need not wait or redraw for them.
    pub bands: Option<&'a Bands>,
    /// The sensitivity runs of the same scenario in words, when the caller has them already (the
    /// page computes them once for the view, its chart and the programme text); a chart that
    /// needs them computes them itself otherwise.
    pub sensitivity: Option<&'a SensitivityText>,
    /// The parameters the projection was computed with (the user's overrides applied).
    pub model: &'a ModelParameters,
    /// The parameter file as loaded (labels, units, ranges, sources), without the overrides.
    pub parameters: &'a ParameterSet,
    /// The user's overrides (parameter id → value), as `model` applies them: with `parameters`,
    /// what a chart needs to compute the model again with one parameter changed.
    pub overrides: &'a BTreeMap<String, f64>,
    /// Presentation mode: slide size with large type (see [`ChartOptions::presentation`]).
    pub large: bool,
    /// The width the page gives the chart, in CSS pixels, when known: below
    /// [`ChartOptions::NARROW_BELOW`] the chart is drawn for that width (a phone). Ignored in
    /// presentation mode.
    pub width: Option<u32>,
}

impl ChartInput<'_> {
    /// Size and title of a chart titled `title`, with the scenario's name; on a slide without
    /// it (the title slide names the scenario, and the room needs the chart's own words).
    /// Off a slide, assumptions that differ from the standard add a line above the source (the
    /// picture says it wherever it is exported or embedded), and the chart grows by its height,
    /// so the plot keeps its room. A slide keeps the projector's 2:1 and its labels' places;
    /// the presentation says it beside the figures.
    pub fn options(&self, title: &str) -> ChartOptions {
        if self.large {
            return ChartOptions::presentation(title);
        }
        let mut options =
            ChartOptions::for_width(chart_title(title, &self.scenario.name), self.width);
        options.adjusted = crate::report::adjusted::notice_line(
            &crate::report::adjusted::adjusted(self.parameters, self.overrides),
        );
        options.height = options
            .height
            .saturating_add(frame::adjusted_height(&options).unsigned_abs());
        options
    }
}

/// One chart: its numbers computed once from the input, and the three faces drawn from them.
pub trait Chart: Sized {
    /// Stable id in URLs (`/grafiek/<slug>`), file names and `data-chart` attributes.
    const SLUG: &'static str;
    /// Title without the scenario name.
    const TITLE: &'static str;
    /// Whether the chart shows the Monte Carlo band (and so is redrawn when it arrives).
    const USES_BANDS: bool;
    /// Whether the page draws it from the settled scenario, after the pause that the band also
    /// waits for, instead of on every step of a slider (a chart that reruns the model).
    const DEFERRED: bool = false;

    /// The chart's numbers, computed once for picture, summary and table.
    fn new(input: &ChartInput<'_>) -> Self;
    /// Size and title to draw at: the input's (the page's or the slide's) unless the chart needs
    /// more room for what it holds.
    fn options(&self, input: &ChartInput<'_>) -> ChartOptions {
        input.options(Self::TITLE)
    }
    /// Draws the picture on any plotters drawing area.
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        options: &ChartOptions,
    ) -> Result<(), ChartError>;
    /// One or two Dutch sentences with the key numbers, for screen readers.
    fn summary(&self) -> String;
    /// The numbers behind the picture, for "toon als tabel" and the CSV export.
    fn table(&self) -> DataTable;

    /// The picture as an SVG string.
    fn svg(&self, options: &ChartOptions) -> Result<String, ChartError> {
        frame::render_svg(options, |root| self.draw(root, options))
    }
}

/// One chart, ready to show or export.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub id: ChartId,
    /// The title drawn, with the scenario name.
    pub title: String,
    pub svg: Result<String, ChartError>,
    pub summary: String,
    pub table: DataTable,
    /// Size drawn, in pixels (the PNG export doubles it).
    pub size: (u32, u32),
}

fn build_chart<C: Chart>(id: ChartId, input: &ChartInput<'_>) -> ChartSpec {
    let chart = C::new(input);
    let options = chart.options(input);
    ChartSpec {
        id,
        svg: chart.svg(&options),
        summary: chart.summary(),
        table: chart.table(),
        size: options.size(),
        title: options.title,
    }
}

/// Writes [`ChartId`] with `ALL`, its lookups and [`build`], each an exhaustive match over the
/// charts listed, in the order they are shown.
macro_rules! registry {
    ($($(#[$doc:meta])* $variant:ident => $chart:ty,)+) => {
        /// A chart of the scenario page, the presentation and `/grafiek/<slug>`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ChartId {
            $($(#[$doc])* $variant,)+
        }

        impl ChartId {
            /// Every chart, in the order the page and the presentation show them.
            pub const ALL: &'static [ChartId] = &[$(ChartId::$variant,)+];

            /// Stable id in URLs and file names, e.g. `kosten-per-jaar`.
            pub fn slug(self) -> &'static str {
                match self {
                    $(ChartId::$variant => <$chart as Chart>::SLUG,)+
                }
            }

            /// Title without the scenario name.
            pub fn title(self) -> &'static str {
                match self {
                    $(ChartId::$variant => <$chart as Chart>::TITLE,)+
                }
            }

            /// Whether the chart shows the Monte Carlo band.
            pub fn uses_bands(self) -> bool {
                match self {
                    $(ChartId::$variant => <$chart as Chart>::USES_BANDS,)+
                }
            }

            /// Whether the page draws the chart from the settled scenario (see [`Chart::DEFERRED`]).
            pub fn deferred(self) -> bool {
                match self {
                    $(ChartId::$variant => <$chart as Chart>::DEFERRED,)+
                }
            }
        }

        /// Draws chart `id` of a scenario: picture, summary and table from the same numbers.
        pub fn build(id: ChartId, input: &ChartInput<'_>) -> ChartSpec {
            match id {
                $(ChartId::$variant => build_chart::<$chart>(id, input),)+
            }
        }

        /// The size and title chart `id` is drawn at (see [`Chart::options`]).
        pub fn options(id: ChartId, input: &ChartInput<'_>) -> ChartOptions {
            match id {
                $(ChartId::$variant => <$chart as Chart>::new(input).options(input),)+
            }
        }

        /// Draws only the picture of chart `id`, on any plotters drawing area (part of a larger
        /// picture, a canvas).
        pub fn draw_on<DB: DrawingBackend>(
            id: ChartId,
            input: &ChartInput<'_>,
            area: &DrawingArea<DB, Shift>,
            options: &ChartOptions,
        ) -> Result<(), ChartError> {
            match id {
                $(ChartId::$variant => <$chart as Chart>::new(input).draw(area, options),)+
            }
        }
    };
}

registry! {
    /// Costs per year, a stacked bar per initiative.
    CostsPerYear => CostsChart,
    /// Cumulative costs against cumulative avoided costs, with the P10–P90 band.
    Cumulative => CumulativeChart,
    /// Net result against the share of families in whom an escalation is prevented.
    NetVsShare => NetVsShareChart,
    /// The net result with one assumption at either end of its range (sensitivity).
    Tornado => TornadoChart,
}

impl ChartId {
    /// The chart with this slug; `None` for a slug Steunwijzer does not know (never another
    /// chart in its place).
    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL.iter().copied().find(|id| id.slug() == slug)
    }
}

impl std::fmt::Display for ChartId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    #[test]
    fn slugs_round_trip_and_differ() {
        for id in ChartId::ALL {
            assert_eq!(ChartId::from_slug(id.slug()), Some(*id));
            assert!(!id.title().is_empty());
        }
        let mut slugs: Vec<_> = ChartId::ALL.iter().map(|id| id.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), ChartId::ALL.len(), "two charts share a slug");
        for unknown in ["", "bestaat-niet", "Cumulatief", "cumulatief/", "kosten"] {
            assert_eq!(ChartId::from_slug(unknown), None, "{unknown:?}");
        }
    }

    /// The x positions of circles and texts in an SVG.
    fn x_positions(svg: &str) -> Vec<f64> {
        let mut found = Vec::new();
        for key in [" cx=\"", "<text x=\""] {
            for (at, _) in svg.match_indices(key) {
                let rest = &svg[at + key.len()..];
                let end = rest.find('"').expect("closing quote");
                found.push(rest[..end].parse::<f64>().expect("a number"));
            }
        }
        found
    }

    #[test]
    fn a_chart_drawn_into_part_of_a_picture_stays_in_its_part() {
        // Two charts side by side: the right one must be drawn in the right half.
        let fixture = Fixture::load();
        let input = fixture.input(false);
        for id in ChartId::ALL {
            let chart_options = options(*id, &input);
            let (width, height) = chart_options.size();
            let mut svg = String::new();
            {
                let root =
                    SVGBackend::with_string(&mut svg, (2 * width, height)).into_drawing_area();
                let (_, right) = root.split_horizontally(width);
                draw_on(*id, &input, &right, &chart_options).expect("draws");
                root.present().expect("presents");
            }
            // The same marks as the chart on its own, each moved right by the left half.
            let alone = build(*id, &input).svg.expect("draws");
            let mut expected: Vec<f64> = x_positions(&alone)
                .iter()
                .map(|x| x + f64::from(width))
                .collect();
            let mut found = x_positions(&svg);
            expected.sort_by(f64::total_cmp);
            found.sort_by(f64::total_cmp);
            assert!(expected.len() > 5, "{id}: {expected:?}");
            assert_eq!(found, expected, "{id}: marks moved or missing");
        }
    }

    #[test]
    fn only_the_cumulative_chart_waits_for_the_band() {
        let with_band: Vec<_> = ChartId::ALL.iter().filter(|id| id.uses_bands()).collect();
        assert_eq!(with_band, [&ChartId::Cumulative]);
    }

    #[test]
    fn every_chart_builds_at_default_and_presentation_size() {
        let fixture = Fixture::load();
        for large in [false, true] {
            let input = fixture.input(large);
            for id in ChartId::ALL {
                let spec = build(*id, &input);
                assert_eq!(spec.id, *id);
                let svg = spec
                    .svg
                    .unwrap_or_else(|e| panic!("{id} (large: {large}): {e}"));
                assert_well_formed_svg(&svg);
                let expected = if large {
                    ChartOptions::LARGE_SIZE
                } else {
                    (720, 400)
                };
                // A chart may grow taller on the page to hold what it shows, never on a slide.
                assert_eq!(spec.size.0, expected.0, "{id}");
                if large {
                    assert_eq!(spec.size, expected, "{id}");
                } else {
                    assert!(spec.size.1 >= expected.1, "{id}");
                }
                assert!(svg.contains(&format!("width=\"{}\"", expected.0)), "{id}");
                // A slide leaves the scenario name to the title slide.
                let title = if large {
                    id.title().to_string()
                } else {
                    format!("{} — Gemeente Voorbeeld", id.title())
                };
                assert_eq!(spec.title, title);
                assert!(
                    svg.contains(&format!("<title>{}</title>", spec.title)),
                    "{id}"
                );
                assert!(spec.summary.contains('€'), "{id}: {}", spec.summary);
                assert!(!spec.table.rows.is_empty(), "{id}: empty table");
            }
        }
    }
}
