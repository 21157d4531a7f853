//! Chart 2: cumulative costs against cumulative avoided costs over all years, including the
//! years after the horizon (shaded, after a line "einde looptijd"), with the P10–P90 band of the
//! avoided costs and its median (P50) when the simulation has run.
//!
//! The avoided-costs line is the projection's central estimate, the number the headline figures
//! and the table give; the median of the simulation (which differs from it, the ranges being
//! skewed) is a thin line inside the band.

use plotters::prelude::*;

use super::chart::{Chart, ChartInput};
use super::frame::{self, LegendItem, Swatch};
use super::layout::Marker;
use super::layout::{self, Across, Label, Layout, Mark, Part, Scaler};
use super::placement::PixelBox;
use super::style::{sources, y_ticks, NiceAxis, Scale, AVOIDED_COLOR, COST_COLOR, INK};
use super::{ChartError, ChartOptions, EMPTY_MESSAGE};
use crate::model::format;
use crate::model::projection::Projection;
use crate::model::uncertainty::Bands;
use crate::report::table::DataTable;

/// Default title of this chart (add the scenario name with [`super::chart_title`]).
pub const TITLE: &str = "Kosten en vermeden kosten, cumulatief";

/// Opacity of the P10–P90 band.
const BAND_OPACITY: f64 = 0.22;

/// The uncertainty band of the **cumulative** avoided costs: for each year, the 10th, 50th and
/// 90th percentile over the simulation runs of the avoided costs up to and including that year
/// (undiscounted euros, like the projection's yearly figures).
///
/// Percentiles of a sum are not sums of percentiles: fill this from the cumulative totals of each
/// run, not by adding up yearly percentiles. The years need not match the projection's, but
/// normally do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BandSeries {
    pub years: Vec<i32>,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

impl BandSeries {
    /// A band from `(year, p10, p50, p90)` points, e.g. from the model's simulation:
    ///
    /// ```text
    /// let band = BandSeries::from_points(bands.years.iter().map(|y| {
    ///     let b = y.cumulative_avoided;
    ///     (y.year, b.p10, b.p50, b.p90)
    /// }));
    /// ```
    pub fn from_points(points: impl IntoIterator<Item = (i32, f64, f64, f64)>) -> BandSeries {
        let mut band = BandSeries::default();
        for (year, p10, p50, p90) in points {
            band.years.push(year);
            band.p10.push(p10);
            band.p50.push(p50);
            band.p90.push(p90);
        }
        band
    }

    /// The band of the model's simulation: its cumulative avoided costs per year.
    pub fn from_bands(bands: &Bands) -> BandSeries {
        BandSeries::from_points(bands.years.iter().map(|y| {
            let band = y.cumulative_avoided;
            (y.year, band.p10, band.p50, band.p90)
        }))
    }

    /// Whether the band has no years (it is then drawn as if there were none).
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }

    /// Checks that the band can be drawn: as many values as years, years ascending, every value
    /// a number, and P10 ≤ P50 ≤ P90.
    pub fn validate(&self) -> Result<(), ChartError> {
        let invalid = |message: &str| {
            Err(ChartError::InvalidInput {
                message: message.to_string(),
            })
        };
        let n = self.years.len();
        if self.p10.len() != n || self.p50.len() != n || self.p90.len() != n {
            return invalid("de onzekerheidsband heeft niet evenveel waarden als jaren.");
        }
        if self.years.windows(2).any(|pair| pair[0] >= pair[1]) {
            return invalid("de jaren van de onzekerheidsband staan niet op volgorde.");
        }
        let values = self.p10.iter().chain(&self.p50).chain(&self.p90);
        if values.clone().any(|v| !v.is_finite()) {
            return invalid("de onzekerheidsband bevat een ongeldig getal.");
        }
        let tolerance = 1e-9 * values.fold(1.0, |m: f64, v| m.max(v.abs()));
        let unordered = (0..n).any(|i| {
            self.p10[i] > self.p50[i] + tolerance || self.p50[i] > self.p90[i] + tolerance
        });
        if unordered {
            return invalid("in de onzekerheidsband ligt P10 boven P50 of P50 boven P90.");
        }
        Ok(())
    }

    /// (P10, P50, P90) in `year`, if the band has that year.
    fn at(&self, year: i32) -> Option<(f64, f64, f64)> {
        let i = self.years.iter().position(|y| *y == year)?;
        Some((self.p10[i], self.p50[i], self.p90[i]))
    }
}

/// One year of the chart: cumulative central values up to and including it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    year: i32,
    after_horizon: bool,
    cost: f64,
    avoided: f64,
}

fn finite(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

fn points(projection: &Projection) -> Vec<Point> {
    // Nothing chosen: the years still run, but at zero, which is no chart and no payback story.
    if projection.per_initiative.is_empty() {
        return Vec::new();
    }
    let mut years: Vec<_> = projection.years.iter().collect();
    crate::model::order::sort_by_key(&mut years, |year| year.year);
    let (mut cost, mut avoided) = (0.0, 0.0);
    years
        .into_iter()
        .map(|year| {
            cost += finite(year.total.cost.central);
            avoided += finite(year.total.avoided_costs.central);
            Point {
                year: year.year,
                after_horizon: year.after_horizon,
                cost,
                avoided,
            }
        })
        .collect()
}

/// The band to draw: `None` for no band or an empty one; an error for an invalid one.
fn usable_band(band: Option<&BandSeries>) -> Result<Option<&BandSeries>, ChartError> {
    match band {
        Some(band) if !band.is_empty() => band.validate().map(|()| Some(band)),
        _ => Ok(None),
    }
}

/// The first year in which the cumulative avoided costs reach the cumulative costs (central).
fn payback_year(points: &[Point]) -> Option<i32> {
    points
        .iter()
        .find(|p| p.cost > 0.0 && p.avoided >= p.cost)
        .map(|p| p.year)
}

/// Chart 2's numbers, computed once for the picture, the summary and the table.
#[derive(Debug, Clone, PartialEq)]
pub struct CumulativeChart {
    points: Vec<Point>,
    band: Option<BandSeries>,
}

impl CumulativeChart {
    pub fn from_projection(projection: &Projection, band: Option<&BandSeries>) -> CumulativeChart {
        CumulativeChart {
            points: points(projection),
            band: band.cloned(),
        }
    }
}

impl Chart for CumulativeChart {
    const SLUG: &'static str = "cumulatief";
    const TITLE: &'static str = TITLE;
    const USES_BANDS: bool = true;

    fn new(input: &ChartInput<'_>) -> CumulativeChart {
        CumulativeChart {
            points: points(input.projection),
            band: input.bands.map(BandSeries::from_bands),
        }
    }

    /// Off a slide the chart grows until its plot holds its euro labels a line apart (on the
    /// narrowest phone the legend and the source line take most of the height); a slide keeps
    /// the projector's 2:1.
    fn options(&self, input: &ChartInput<'_>) -> ChartOptions {
        let mut options = input.options(TITLE);
        let layout = points_layout(&self.points, self.band.as_ref(), &options, options.size());
        if let (
            false,
            Ok(Layout {
                plot: Some(plot),
                texts,
                ..
            }),
        ) = (options.large, layout)
        {
            let ticks = texts
                .iter()
                .filter(|t| t.part == Part::Axis && t.text.contains('€'))
                .count();
            let line = f64::from(Scale::for_options(&options).label_line());
            let lacking = (ticks as f64 + 1.0) * line - (plot.y1 - plot.y0);
            if lacking > 0.0 {
                options.height = options.height.saturating_add(lacking.ceil() as u32);
            }
        }
        options
    }

    fn layout(&self, options: &ChartOptions, size: (u32, u32)) -> Result<Layout, ChartError> {
        points_layout(&self.points, self.band.as_ref(), options, size)
    }

    fn summary(&self) -> String {
        summary(&self.points, self.band.as_ref())
    }

    fn table(&self) -> DataTable {
        table(&self.points, self.band.as_ref())
    }
}

/// The legend: the two lines and, with the band, the band and its median.
fn legend(band: bool, large: bool) -> Vec<LegendItem> {
    let line = |label: &str, color, dashed, thin, marker| LegendItem {
        label: label.to_string(),
        swatch: Swatch::Line {
            color,
            dashed,
            thin,
            marker,
        },
    };
    let mut legend = vec![
        line("kosten", COST_COLOR, false, false, Some(Marker::Circle)),
        line(
            "vermeden kosten (centrale schatting)",
            AVOIDED_COLOR,
            true,
            false,
            Some(Marker::Triangle),
        ),
    ];
    if band {
        // On a slide in plain words: the room has no time for percentile names.
        let (band_label, median) = if large {
            ("8 van de 10 doorrekeningen", "middelste doorrekening")
        } else {
            ("P10–P90 (8 van de 10 simulaties)", "mediaan (P50)")
        };
        legend.push(LegendItem {
            label: band_label.to_string(),
            swatch: Swatch::Band {
                color: AVOIDED_COLOR,
                opacity: BAND_OPACITY,
            },
        });
        legend.push(line(median, AVOIDED_COLOR, false, true, None));
    }
    legend
}

/// The chart as plain data (see `layout.rs`): the frame with its legend, the year and euro
/// axes, the years after the horizon shaded, the band, the two lines and their markers.
fn points_layout(
    points: &[Point],
    band: Option<&BandSeries>,
    options: &ChartOptions,
    size: (u32, u32),
) -> Result<Layout, ChartError> {
    let band = usable_band(band)?;
    let scale = Scale::for_options(options);
    let mut layout = Layout::new(size);
    let source = sources::cumulative(options.large);
    let (Some(first_point), Some(last_point)) = (points.first(), points.last()) else {
        frame::empty_layout(&mut layout, options, &scale, source, EMPTY_MESSAGE);
        return Ok(layout);
    };
    let legend = legend(band.is_some(), options.large);
    let area = frame::frame_layout(&mut layout, options, &scale, &legend, source);
    let band_years = band.map(|b| b.years.clone()).unwrap_or_default();
    let first = first_point
        .year
        .min(band_years.first().copied().unwrap_or(i32::MAX));
    let last = last_point
        .year
        .max(band_years.last().copied().unwrap_or(i32::MIN));
    let values = points.iter().flat_map(|p| [p.cost, p.avoided]);
    let band_values = band
        .into_iter()
        .flat_map(|b| b.p10.iter().chain(&b.p90).copied());
    let all: Vec<f64> = values.chain(band_values).collect();
    let low = all.iter().copied().fold(0.0, f64::min);
    let high = all.iter().copied().fold(0.0, f64::max);
    let y = NiceAxis::new(low, high * 1.05, y_ticks(options));
    // The axis description runs along the plot's height: on a slide with a long title, or on a
    // phone, it is shortened rather than run into the source line below (the source line also
    // names the prices basis).
    let plot_height = area.y1 - area.y0 - f64::from(scale.label_line()) - scale.label_px;
    let y_desc = [
        "Cumulatief (constante prijzen, niet verdisconteerd)",
        "Cumulatief, niet verdisconteerd",
        "Cumulatief",
    ]
    .into_iter()
    .find(|desc| super::labels::text_width(desc, scale.label_px) <= plot_height)
    .unwrap_or("Cumulatief");
    let axes = layout::year_euro_axes(&mut layout, &scale, &area, (first, last), &y, y_desc);
    after_horizon(&mut layout, &scale, points, &y, axes);
    if let Some(band) = band {
        band_marks(&mut layout, &scale, band, axes);
    }
    lines(&mut layout, &scale, points, axes);
    Ok(layout)
}

/// After the horizon: shaded, with a dashed line and "einde looptijd".
fn after_horizon(
    layout: &mut Layout,
    scale: &Scale,
    points: &[Point],
    y: &NiceAxis,
    (plot, sx, sy): (PixelBox, Scaler, Scaler),
) {
    let Some(first_after) = points.iter().find(|p| p.after_horizon) else {
        return;
    };
    let boundary = points
        .iter()
        .filter(|p| !p.after_horizon)
        .map(|p| f64::from(p.year) + 0.5)
        .fold(f64::from(first_after.year) - 0.5, f64::max);
    let (x, top, bottom) = (
        sx.at(boundary).round(),
        sy.at(y.hi).round(),
        sy.at(y.lo).round(),
    );
    layout.marks.push(Mark::Fill {
        rect: PixelBox::new(x, top, sx.at(sx.hi).round(), bottom),
        color: BLACK.mix(0.06),
        part: Part::Backdrop,
    });
    layout.marks.push(Mark::Path {
        points: vec![(x, bottom), (x, top)],
        color: INK.to_rgba(),
        width: scale.thin + 1,
        dash: Some((scale.thin * 5, scale.thin * 4)),
        part: Part::Reference,
    });
    let at = (x, top + (scale.label_px / 3.0).trunc());
    let label = Label::top_left("einde looptijd", scale.label_px, INK, at).bold();
    let bounds = (plot.x0.round() as i32, plot.x1.round() as i32);
    let offset = (scale.label_px / 2.0).trunc();
    let label = frame::label_inside(label.part(Part::Tag), offset, Across::Left, bounds);
    layout.texts.push(label);
}

/// The band between P10 and P90, its two edges and its median.
fn band_marks(
    layout: &mut Layout,
    scale: &Scale,
    band: &BandSeries,
    (_, sx, sy): (PixelBox, Scaler, Scaler),
) {
    let line = |values: &[f64]| -> Vec<(f64, f64)> {
        band.years
            .iter()
            .zip(values)
            .map(|(year, v)| (sx.at(f64::from(*year)).round(), sy.at(*v).round()))
            .collect()
    };
    let mut outline = line(&band.p10);
    outline.extend(line(&band.p90).into_iter().rev());
    let color = AVOIDED_COLOR.mix(BAND_OPACITY);
    layout.marks.push(Mark::Area {
        points: outline,
        color,
        part: Part::Data,
    });
    for edge in [&band.p10, &band.p90] {
        let edge = line(edge);
        let color = AVOIDED_COLOR.mix(0.6);
        layout
            .marks
            .push(Mark::line(edge, color, scale.thin, Part::Data));
    }
    let median = line(&band.p50);
    let width = scale.thin + 1;
    layout
        .marks
        .push(Mark::line(median, AVOIDED_COLOR, width, Part::Data));
}

/// The two lines, then their markers on top.
fn lines(
    layout: &mut Layout,
    scale: &Scale,
    points: &[Point],
    (_, sx, sy): (PixelBox, Scaler, Scaler),
) {
    let at = |value: f64, year: i32| (sx.at(f64::from(year)).round(), sy.at(value).round());
    let cost: Vec<(f64, f64)> = points.iter().map(|p| at(p.cost, p.year)).collect();
    let avoided: Vec<(f64, f64)> = points.iter().map(|p| at(p.avoided, p.year)).collect();
    layout
        .marks
        .push(Mark::line(cost.clone(), COST_COLOR, scale.line, Part::Data));
    layout.marks.push(Mark::Path {
        points: avoided.clone(),
        color: AVOIDED_COLOR.to_rgba(),
        width: scale.line,
        dash: Some((scale.line * 3, scale.line * 2)),
        part: Part::Data,
    });
    for (line, marker, color) in [
        (cost, Marker::Circle, COST_COLOR),
        (avoided, Marker::Triangle, AVOIDED_COLOR),
    ] {
        for at in line {
            layout.marks.push(Mark::Point { at, marker, color });
        }
    }
}

/// Two Dutch sentences with the key numbers, for screen readers.
fn summary(points: &[Point], band: Option<&BandSeries>) -> String {
    let Some(last) = points.last() else {
        return format!("{EMPTY_MESSAGE}.");
    };
    let band = usable_band(band).ok().flatten();

    let mut text = match points.iter().rev().find(|p| !p.after_horizon) {
        Some(end) => format!(
            "Tot en met {} (einde looptijd) kost het samen {}; daarin worden naar schatting {} \
             aan kosten vermeden.",
            end.year,
            format::euro_rounded(end.cost),
            format::euro_rounded(end.avoided),
        ),
        None => String::new(),
    };
    if last.after_horizon {
        let mut sentence = format!(
            " Met de vertraagde effecten tot en met {} is dat {}",
            last.year,
            format::euro_rounded(last.avoided),
        );
        if let Some((p10, _, p90)) = band.and_then(|b| b.at(last.year)) {
            let (low, high) = format::euro_rounded_pair(p10, p90);
            sentence.push_str(&format!(" (P10–P90: {low} – {high})"));
        }
        sentence.push('.');
        text.push_str(&sentence);
    }
    match payback_year(points) {
        Some(year) => text.push_str(&format!(
            " De vermeden kosten halen de kosten in {year} in."
        )),
        None => text.push_str(" In de getoonde jaren halen de vermeden kosten de kosten niet in."),
    }
    text.trim_start().to_string()
}

/// The numbers of the chart: one row per year (including the years after the horizon), with
/// cumulative costs and avoided costs (central), and the band's P10, P50 and P90 when given.
fn table(points: &[Point], band: Option<&BandSeries>) -> DataTable {
    let band = usable_band(band).ok().flatten();
    let mut headers: Vec<String> = [
        "Jaar",
        "Periode",
        "Kosten, cumulatief",
        "Vermeden kosten, cumulatief (centraal)",
    ]
    .map(String::from)
    .to_vec();
    if band.is_some() {
        headers.extend(["Vermeden, P10", "Vermeden, P50", "Vermeden, P90"].map(String::from));
    }
    let mut rows = Vec::new();
    let mut rows_raw = Vec::new();
    for point in points {
        let period = if point.after_horizon {
            "na looptijd"
        } else {
            "looptijd"
        };
        let mut row = vec![
            point.year.to_string(),
            period.to_string(),
            format::euro_rounded(point.cost),
            format::euro_rounded(point.avoided),
        ];
        let mut raw = vec![
            Some(f64::from(point.year)),
            None,
            Some(point.cost),
            Some(point.avoided),
        ];
        if let Some(band) = band {
            match band.at(point.year) {
                Some((p10, p50, p90)) => {
                    row.extend([p10, p50, p90].map(format::euro_rounded));
                    raw.extend([p10, p50, p90].map(Some));
                }
                None => {
                    row.extend([format::NO_VALUE; 3].map(String::from));
                    raw.extend([None; 3]);
                }
            }
        }
        rows.push(row);
        rows_raw.push(raw);
    }
    DataTable {
        caption: "Kosten en vermeden kosten, cumulatief per jaar (in euro, constante prijzen, niet verdisconteerd)"
            .to_string(),
        headers,
        rows,
        rows_raw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chart as an SVG string.
    fn cumulative(
        projection: &Projection,
        band: Option<&BandSeries>,
        options: &ChartOptions,
    ) -> Result<String, ChartError> {
        CumulativeChart::from_projection(projection, band).svg(options)
    }
    use crate::charts::test_support::*;

    // Summary and table as a reader sees them (see `test_support::svg_texts`).
    fn summary_cumulative(projection: &Projection, band: Option<&BandSeries>) -> String {
        format::plain(&CumulativeChart::from_projection(projection, band).summary())
    }
    fn table_cumulative(projection: &Projection, band: Option<&BandSeries>) -> DataTable {
        plain_table(CumulativeChart::from_projection(projection, band).table())
    }

    /// The chart's layout with and without its band, for three scenarios, at every size
    /// (`checks::sizes`), as the page, the slide or an export asks for it.
    fn every_layout(check: impl Fn(&str, &ChartOptions, &crate::charts::layout::Layout)) {
        use crate::charts::layout::checks;
        for query in ["", "k.buurtgezinnen=12&k.steunouder=10", "a.deadweight=0.5"] {
            let fixture = Fixture::with(query);
            let chart = CumulativeChart::new(&fixture.input(false));
            for (width, large, export) in checks::sizes() {
                let input = fixture.input_at(width, large);
                let options = checks::sized(chart.options(&input), export);
                for band in [chart.band.as_ref(), None] {
                    let layout = points_layout(&chart.points, band, &options, options.size())
                        .expect("lays out");
                    check(&checks::size_name(query, &options), &options, &layout);
                }
            }
        }
    }

    #[test]
    fn at_any_size_no_text_lies_over_another_or_out_of_the_picture() {
        every_layout(crate::charts::layout::checks::assert_clear_and_fits);
    }

    fn sample_band(projection: &Projection) -> BandSeries {
        BandSeries::from_points(
            points(projection)
                .iter()
                .map(|p| (p.year, p.avoided * 0.6, p.avoided * 0.95, p.avoided * 1.7)),
        )
    }

    #[test]
    fn nothing_chosen_draws_the_empty_message_and_no_payback_sentence() {
        let mut projection = sample_projection();
        projection.per_initiative.clear();
        for year in &mut projection.years {
            year.total.cost.central = 0.0;
            year.total.avoided_costs.central = 0.0;
        }
        let svg = cumulative(&projection, None, &ChartOptions::new("Cumulatief")).expect("draws");
        let texts = svg_texts(&svg);
        assert!(texts.iter().any(|t| t.contains(EMPTY_MESSAGE)), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains('€')), "{texts:?}");
        let summary = summary_cumulative(&projection, None);
        assert_eq!(summary, format!("{EMPTY_MESSAGE}."));
    }

    #[test]
    fn draws_a_well_formed_svg_with_band_horizon_and_source() {
        let projection = sample_projection();
        let band = sample_band(&projection);
        let svg = cumulative(
            &projection,
            Some(&band),
            &ChartOptions::new("Cumulatief — Zwolle"),
        )
        .expect("chart draws");
        assert_well_formed_svg(&svg);
        let texts = svg_texts(&svg);
        assert!(texts.iter().any(|t| t == "Cumulatief — Zwolle"));
        assert!(texts.iter().any(|t| t == "einde looptijd"));
        assert!(texts
            .iter()
            .any(|t| t.starts_with("Bron: Collectief informele steun")));
        assert!(texts
            .iter()
            .any(|t| t == "P10–P90 (8 van de 10 simulaties)"));
        assert!(texts.iter().any(|t| t == "mediaan (P50)"));
        assert!(
            texts.iter().any(|t| t == "€ 100.000"),
            "axis labels: {texts:?}"
        );
        for year in 2026..=2031 {
            assert!(texts.contains(&year.to_string()), "year {year} on the axis");
        }
        // The band is a semi-transparent polygon.
        assert!(svg.contains(&format!(
            "<polygon opacity=\"{BAND_OPACITY}\" fill=\"#009E73\""
        )));
    }

    #[test]
    fn draws_without_band() {
        let svg =
            cumulative(&sample_projection(), None, &ChartOptions::new(TITLE)).expect("chart draws");
        assert_well_formed_svg(&svg);
        assert!(svg.contains("vermeden kosten (centrale schatting)"));
        assert!(!svg.contains("P10") && !svg.contains("P50"));
    }

    #[test]
    fn rejects_an_inconsistent_band_in_dutch() {
        let projection = sample_projection();
        let mut band = sample_band(&projection);
        band.p90.pop();
        let error = cumulative(&projection, Some(&band), &ChartOptions::new(TITLE)).unwrap_err();
        assert!(error.to_string().contains("onzekerheidsband"));
        let mut band = sample_band(&projection);
        band.p10[3] = band.p90[3] + 1.0;
        assert!(band.validate().is_err());
        band.p10[3] = f64::NAN;
        assert!(band.validate().is_err());
    }

    #[test]
    fn table_has_a_row_per_year_with_the_projection_numbers() {
        let projection = sample_projection();
        let band = sample_band(&projection);
        let table = table_cumulative(&projection, Some(&band));
        assert_eq!(table.rows.len(), projection.years.len());
        assert_eq!(table.headers.len(), 7);
        let (mut cost, mut avoided) = (0.0, 0.0);
        for ((row, raw), year) in table
            .rows
            .iter()
            .zip(&table.rows_raw)
            .zip(&projection.years)
        {
            cost += year.total.cost.central;
            avoided += year.total.avoided_costs.central;
            assert_eq!(raw[0], Some(f64::from(year.year)));
            assert_eq!(
                row[1],
                if year.after_horizon {
                    "na looptijd"
                } else {
                    "looptijd"
                }
            );
            assert_eq!(raw[2], Some(cost));
            assert_eq!(raw[3], Some(avoided));
            assert_eq!(row[2], format::plain(&format::euro_rounded(cost)));
        }
        // The total as the sentence and the cost card round it.
        assert_eq!(table.rows[5][2], "€ 290.000");
        assert_eq!(table_cumulative(&projection, None).headers.len(), 4);
    }

    #[test]
    fn summary_names_horizon_band_and_payback() {
        let projection = sample_projection();
        let summary = summary_cumulative(&projection, None);
        assert_eq!(
            summary,
            "Tot en met 2029 (einde looptijd) kost het samen € 290.000; daarin worden naar \
             schatting € 80.000 aan kosten vermeden. Met de vertraagde effecten tot en met 2031 \
             is dat € 126.000. In de getoonde jaren halen de vermeden kosten de kosten niet in."
        );
        let band = sample_band(&projection);
        let summary = summary_cumulative(&projection, Some(&band));
        assert!(
            summary.contains("(P10–P90: € 76.000 – € 214.000)"),
            "{summary}"
        );
    }
}
