//! Chart 1: the cost per year, one stacked bar per year of the horizon, one segment per
//! initiative (central estimate). Years after the horizon, in which only delayed effects fall,
//! are left out: nothing is spent in them.

use super::chart::{Chart, ChartInput};
use super::frame::{self, LegendItem, Swatch};
use super::labels;
use super::layout::{self, Across, Down, Label, Layout, Mark, Part};
use super::placement::PixelBox;
use super::style::{sources, y_ticks, NiceAxis, Scale, INK};
use super::{ChartError, ChartOptions, EMPTY_MESSAGE};
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::projection::{Projection, YearResult};
use crate::report::table::DataTable;

/// Default title of this chart (add the scenario name with [`super::chart_title`]).
pub const TITLE: &str = "Kosten per jaar per initiatief";

/// The bar of one year: segments bottom to top, in scenario order.
#[derive(Debug, Clone, PartialEq)]
struct Bar {
    year: i32,
    /// (initiative, bottom, top) in euros.
    segments: Vec<(InitiativeId, f64, f64)>,
    /// The year's total cost as the projection gives it.
    total: f64,
}

/// The initiatives in the projection, in scenario order.
fn initiatives(projection: &Projection) -> Vec<InitiativeId> {
    let mut ids: Vec<InitiativeId> = projection
        .per_initiative
        .iter()
        .map(|(id, _)| *id)
        .collect();
    for line in horizon_years(projection).flat_map(|year| &year.lines) {
        if !ids.contains(&line.initiative) {
            ids.push(line.initiative);
        }
    }
    ids
}

fn horizon_years(projection: &Projection) -> impl Iterator<Item = &YearResult> {
    projection.years.iter().filter(|year| !year.after_horizon)
}

/// Central cost of one initiative in one year (0 when absent or not a number).
fn cost_of(year: &YearResult, id: InitiativeId) -> f64 {
    year.lines
        .iter()
        .filter(|line| line.initiative == id)
        .map(|line| line.cost.central)
        .filter(|cost| cost.is_finite())
        .sum()
}

fn bars(projection: &Projection, ids: &[InitiativeId]) -> Vec<Bar> {
    horizon_years(projection)
        .map(|year| {
            let mut bottom = 0.0;
            let segments = ids
                .iter()
                .map(|id| {
                    let top = bottom + cost_of(year, *id).max(0.0);
                    let segment = (*id, bottom, top);
                    bottom = top;
                    segment
                })
                .collect();
            let total = if year.total.cost.central.is_finite() {
                year.total.cost.central
            } else {
                bottom
            };
            Bar {
                year: year.year,
                segments,
                total,
            }
        })
        .collect()
}

/// Chart 1's numbers, computed once for the picture, the summary and the table.
#[derive(Debug, Clone, PartialEq)]
pub struct CostsChart {
    /// The initiatives in the projection, in scenario order.
    ids: Vec<InitiativeId>,
    /// The years of the horizon (those after it spend nothing).
    years: Vec<YearResult>,
    bars: Vec<Bar>,
}

impl CostsChart {
    pub fn from_projection(projection: &Projection) -> CostsChart {
        let ids = initiatives(projection);
        let bars = bars(projection, &ids);
        CostsChart {
            years: horizon_years(projection).cloned().collect(),
            ids,
            bars,
        }
    }
}

impl Chart for CostsChart {
    const SLUG: &'static str = "kosten-per-jaar";
    const TITLE: &'static str = TITLE;
    const USES_BANDS: bool = false;

    fn new(input: &ChartInput<'_>) -> CostsChart {
        CostsChart::from_projection(input.projection)
    }

    fn layout(&self, options: &ChartOptions, size: (u32, u32)) -> Result<Layout, ChartError> {
        Ok(bars_layout(&self.ids, &self.bars, options, size))
    }

    fn summary(&self) -> String {
        summary(&self.ids, &self.years, &self.bars)
    }

    fn table(&self) -> DataTable {
        table(&self.ids, &self.years)
    }
}

/// The chart as plain data (see `layout.rs`): the frame with a legend entry per initiative, the
/// year and euro axes, a stacked bar per year in pixel space (so patterns keep their spacing
/// whatever the scale) and each year's total above its bar where every total fits its slot.
fn bars_layout(
    ids: &[InitiativeId],
    bars: &[Bar],
    options: &ChartOptions,
    size: (u32, u32),
) -> Layout {
    let scale = Scale::for_options(options);
    let mut layout = Layout::new(size);
    let source = sources::costs(options.large);
    let (Some(first), Some(last), false) = (bars.first(), bars.last(), ids.is_empty()) else {
        frame::empty_layout(&mut layout, options, &scale, source, EMPTY_MESSAGE);
        return layout;
    };
    let legend: Vec<LegendItem> = ids
        .iter()
        .map(|id| LegendItem {
            label: id.name().to_string(),
            swatch: Swatch::Initiative(*id),
        })
        .collect();
    let area = frame::frame_layout(&mut layout, options, &scale, &legend, source);
    let highest = bars
        .iter()
        .flat_map(|bar| [bar.total, bar.segments.last().map_or(0.0, |s| s.2)])
        .fold(0.0, f64::max);
    // Head room for the total above the highest bar.
    let y = NiceAxis::new(0.0, highest * 1.12, y_ticks(options));
    let years = (first.year, last.year);
    let desc = "Kosten (centrale schatting)";
    let (_, sx, sy) = layout::year_euro_axes(&mut layout, &scale, &area, years, &y, desc);
    let slot = (sx.at(1.0) - sx.at(0.0)).abs().round();
    let half_width = 0.32;
    let show_totals = bars.iter().all(|bar| {
        labels::text_width(&format::euro_rounded(bar.total), scale.small_px) < slot * 0.95
    });
    for bar in bars {
        let x = f64::from(bar.year);
        for (initiative, bottom, top) in &bar.segments {
            if top - bottom > 0.0 {
                let (x0, x1) = (sx.at(x - half_width).round(), sx.at(x + half_width).round());
                let (y0, y1) = (sy.at(*top).round(), sy.at(*bottom).round());
                let rect = PixelBox::new(x0, y0, x1, y1);
                let initiative = *initiative;
                layout.marks.push(Mark::Bar { rect, initiative });
            }
        }
        if show_totals {
            let top = bar.segments.last().map_or(0.0, |s| s.2);
            let at = (
                sx.at(x).round(),
                sy.at(top).round() - (scale.label_px / 3.0).trunc(),
            );
            let total = format::euro_rounded(bar.total);
            let label = Label::top_left(total, scale.small_px, INK, at).bold();
            layout.texts.push(
                label
                    .part(Part::DataLabel)
                    .anchor(Across::Center, Down::Bottom),
            );
        }
    }
    layout
}

/// One or two Dutch sentences with the key numbers, for screen readers.
fn summary(ids: &[InitiativeId], years: &[YearResult], bars: &[Bar]) -> String {
    let (Some(first), Some(last)) = (bars.first(), bars.last()) else {
        return format!("{EMPTY_MESSAGE}.");
    };
    let sum: f64 = bars.iter().map(|bar| bar.total).sum();
    let mut text = if bars.len() == 1 {
        format!(
            "De kosten (centrale schatting) zijn {} in {}.",
            format::euro_rounded(first.total),
            first.year
        )
    } else {
        format!(
            "De kosten (centrale schatting) lopen van {} in {} tot {} in {}, samen {} over {} jaar.",
            format::euro_rounded(first.total),
            first.year,
            format::euro_rounded(last.total),
            last.year,
            format::euro_rounded(sum),
            bars.len()
        )
    };
    if ids.len() > 1 {
        let parts: Vec<String> = ids
            .iter()
            .map(|id| {
                let cost: f64 = years.iter().map(|year| cost_of(year, *id)).sum();
                format!("{} {}", id.name(), format::euro_rounded(cost))
            })
            .collect();
        text.push_str(&format!(" Per initiatief: {}.", parts.join(", ")));
    }
    text
}

/// The numbers of the chart: one row per year of the horizon, a column per initiative and the
/// year's total (central estimate), rounded as the bar labels and the cards round them; the
/// CSV export keeps the unrounded amounts.
fn table(ids: &[InitiativeId], years: &[YearResult]) -> DataTable {
    let mut headers = vec!["Jaar".to_string()];
    headers.extend(ids.iter().map(|id| id.name().to_string()));
    headers.push("Totaal".to_string());
    let mut rows = Vec::new();
    let mut rows_raw = Vec::new();
    for year in years {
        let mut row = vec![year.year.to_string()];
        let mut raw = vec![Some(f64::from(year.year))];
        for id in ids {
            let cost = cost_of(year, *id);
            row.push(format::euro_rounded(cost));
            raw.push(Some(cost));
        }
        let total = year.total.cost.central;
        row.push(format::euro_rounded(total));
        raw.push(total.is_finite().then_some(total));
        rows.push(row);
        rows_raw.push(raw);
    }
    DataTable {
        caption: "Kosten per jaar per initiatief (centrale schatting, in euro)".to_string(),
        headers,
        rows,
        rows_raw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chart as an SVG string.
    fn costs_per_year(
        projection: &Projection,
        options: &ChartOptions,
    ) -> Result<String, ChartError> {
        CostsChart::from_projection(projection).svg(options)
    }
    use crate::charts::style::initiative_color_hex;
    use crate::charts::test_support::*;

    // Summary and table as a reader sees them (see `test_support::svg_texts`).
    fn summary_costs_per_year(projection: &Projection) -> String {
        format::plain(&CostsChart::from_projection(projection).summary())
    }
    fn table_costs_per_year(projection: &Projection) -> DataTable {
        plain_table(CostsChart::from_projection(projection).table())
    }

    /// The chart's layout for the page's scenario, one initiative and all four, at every size
    /// (`checks::sizes`), as the page, the slide or an export asks for it.
    fn every_layout(check: impl Fn(&str, &ChartOptions, &Layout)) {
        use crate::charts::layout::checks;
        for query in ["", "k.buurtgezinnen=12&k.steunouder=10", "a.deadweight=0.5"] {
            let fixture = Fixture::with(query);
            let chart = CostsChart::from_projection(&fixture.projection);
            for (width, large, export) in checks::sizes() {
                let input = fixture.input_at(width, large);
                let options = checks::sized(chart.options(&input), export);
                let layout = bars_layout(&chart.ids, &chart.bars, &options, options.size());
                check(&checks::size_name(query, &options), &options, &layout);
            }
        }
    }

    #[test]
    fn at_any_size_no_text_lies_over_another_or_out_of_the_picture() {
        every_layout(crate::charts::layout::checks::assert_clear_and_fits);
    }

    /// One rounding rule per figure: a year's cost reads the same above its bar, in the table and
    /// in the sentence; the total the same in the sentence, on the card and in the programme text.
    #[test]
    fn the_same_figure_reads_the_same_on_card_chart_table_and_sentence() {
        let fixture = Fixture::load();
        let input = fixture.input(false);
        let chart = CostsChart::new(&input);
        let texts: Vec<String> = svg_texts(&chart.svg(&input.options(TITLE)).unwrap())
            .iter()
            .map(|t| format::plain(t))
            .collect();
        let table = chart.table();
        let summary = format::plain(&chart.summary());
        let years = &fixture.projection.years;
        for (year, row) in years.iter().zip(&table.rows) {
            let shown = format::plain(row.last().unwrap());
            assert!(
                texts.contains(&shown),
                "{}: table {shown}, chart {texts:?}",
                year.year
            );
        }
        let (first, last) = (table.rows.first().unwrap(), table.rows.last().unwrap());
        for cell in [first.last().unwrap(), last.last().unwrap()] {
            assert!(
                summary.contains(&format::plain(cell)),
                "{cell} in {summary}"
            );
        }
        let card =
            crate::report::headlines::headlines(&fixture.scenario, &fixture.projection, None)
                .into_iter()
                .find(|h| h.id == crate::report::headlines::HeadlineId::Cost)
                .unwrap()
                .value;
        assert!(
            summary.contains(&format!("samen {}", format::plain(&card))),
            "{card}: {summary}"
        );
        let programme = crate::report::programme::programme_text(
            &fixture.scenario,
            &fixture.projection,
            Some(&fixture.bands),
            &fixture.model,
            None,
            &[],
        )
        .unwrap();
        assert!(programme.contains(&card), "{card}: {programme}");
    }

    fn svg(projection: &Projection, title: &str) -> String {
        costs_per_year(projection, &ChartOptions::new(title)).expect("chart draws")
    }

    #[test]
    fn draws_a_well_formed_svg_with_title_source_and_dutch_axis() {
        let svg = svg(&sample_projection(), "Kosten per jaar — Gemeente Voorbeeld");
        assert_well_formed_svg(&svg);
        let texts = svg_texts(&svg);
        assert!(texts
            .iter()
            .any(|t| t == "Kosten per jaar — Gemeente Voorbeeld"));
        assert!(texts
            .iter()
            .any(|t| t.starts_with("Bron: Collectief informele steun")));
        assert!(
            texts.iter().any(|t| t == "€ 40.000"),
            "axis labels: {texts:?}"
        );
        assert!(
            texts.iter().any(|t| t == "€ 87.500"),
            "total above 2029: {texts:?}"
        );
        assert!(svg.contains("font-family=\"sans-serif\""));
        assert!(!svg.contains("NaN"));
    }

    #[test]
    fn draws_one_bar_group_per_horizon_year() {
        let projection = sample_projection();
        let svg = svg(&projection, TITLE);
        let texts = svg_texts(&svg);
        for year in ["2026", "2027", "2028", "2029"] {
            assert_eq!(
                texts.iter().filter(|t| *t == year).count(),
                1,
                "label {year}"
            );
        }
        assert!(
            !texts.iter().any(|t| t == "2030" || t == "2031"),
            "after-horizon year shown"
        );
        // One segment per initiative per year, plus one legend swatch per initiative.
        for id in [InitiativeId::Buurtgezinnen, InitiativeId::HomeStart] {
            let fill = format!("fill=\"{}\"", initiative_color_hex(id));
            assert_eq!(svg.matches(&fill).count(), 4 + 1, "{id:?}");
        }
        let bars = bars(&projection, &initiatives(&projection));
        assert_eq!(bars.len(), 4);
        assert!(bars.iter().all(|bar| bar.segments.len() == 2));
    }

    #[test]
    fn presentation_mode_is_larger() {
        let options = ChartOptions::presentation(TITLE);
        let svg = costs_per_year(&sample_projection(), &options).expect("chart draws");
        assert_well_formed_svg(&svg);
        assert!(svg.contains("width=\"1200\"") && svg.contains("height=\"600\""));
        assert!(svg.contains("font-size=\"34\""));
        // No text on a slide below what the room reads (see `style::PRESENTATION_TEXT_PX`).
        for size in svg.split("font-size=\"").skip(1) {
            let px: f64 = size.split('"').next().unwrap().parse().unwrap();
            assert!(px >= super::super::style::PRESENTATION_TEXT_PX, "{px}");
        }
    }

    #[test]
    fn table_matches_the_projection() {
        let projection = sample_projection();
        let table = table_costs_per_year(&projection);
        assert_eq!(
            table.headers,
            ["Jaar", "Buurtgezinnen", "Home-Start", "Totaal"]
        );
        assert_eq!(table.rows.len(), 4);
        assert_eq!(table.rows_raw.len(), 4);
        for (row, year) in table
            .rows_raw
            .iter()
            .zip(projection.years.iter().filter(|y| !y.after_horizon))
        {
            assert_eq!(row[0], Some(f64::from(year.year)));
            assert_eq!(row[1], Some(year.lines[0].cost.central));
            assert_eq!(row[2], Some(year.lines[1].cost.central));
            assert_eq!(row[3], Some(year.total.cost.central));
        }
        // Rounded as the bar label and the sentence round them (€ 27.188 → € 27.200).
        assert_eq!(table.rows[0], ["2026", "€ 27.200", "€ 26.400", "€ 53.600"]);
    }

    #[test]
    fn summary_names_the_key_numbers() {
        let summary = summary_costs_per_year(&sample_projection());
        assert_eq!(
            summary,
            "De kosten (centrale schatting) lopen van € 53.600 in 2026 tot € 87.500 in 2029, \
             samen € 290.000 over 4 jaar. Per initiatief: Buurtgezinnen € 147.000, \
             Home-Start € 143.000."
        );
    }
}
