//! The scenario's charts as a type: [`ChartId`] names each chart (its URL slug, its title,
//! whether it shows the Monte Carlo band), and [`build`] draws one from a [`ChartInput`]. The page,
//! the presentation, `/grafiek/<slug>`, the CLI (`projectie --ids`) and the tests all enumerate
//! [`ChartId::ALL`], so a chart cannot be shown in one place and missing in another.
//!
//! A chart is a type implementing [`Chart`] (one module) plus one line in the `registry!` call
//! below, which writes the enum, `ALL` and every match over it; nothing else names the charts.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};

use super::chart::{Chart, ChartInput};
use super::tornado::TornadoChart;
use super::{costs::CostsChart, cumulative::CumulativeChart, net_vs_share::NetVsShareChart};
use super::{ChartError, ChartOptions};
use crate::report::table::DataTable;

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
