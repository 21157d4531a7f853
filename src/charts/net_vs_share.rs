//! Chart 3: the net result (present value) against the share of reached families in whom an
//! escalation (a youth-care trajectory) is prevented, counted like the assumption a user sets:
//! before deducting what would have happened without a match (the model deducts it). A straight
//! line with the zero line, the break-even share ("29 van de 100 gezinnen", as on the card) and
//! the central assumption marked: the honest headline when nobody knows how often a match
//! prevents an escalation. One footing for the axis, the assumption, the card and the AEF point.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::chart::{Chart, ChartInput};
use super::frame::{self, Marker};
use super::labels;
use super::placement::{
    open_stretches, place, place_nearest, LabelText, Obstacles, PixelBox, Placed, Side,
};
use super::style::{
    okabe_ito, sources, text_style, AxisCoord, NiceAxis, Scale, CENTRAL_COLOR, GRID, INK, MUTED,
    NET_COLOR,
};
use super::{ChartError, ChartOptions, EMPTY_MESSAGE};
use crate::model::format;
use crate::model::projection::Projection;
use crate::model::world::Kind;
use crate::report::table::DataTable;

/// Default title of this chart (add the scenario name with [`super::chart_title`]).
pub const TITLE: &str = "Netto resultaat naar aandeel gezinnen";

/// The x axis runs at least to this share (30%), further when the break-even share or the
/// central assumption lies beyond it (up to 100%).
pub const MIN_X_SHARE: f64 = 0.30;

/// The straight line of chart 3: net result (present value, euros) as a function of the share of
/// reached families in whom a youth-care trajectory is prevented (on the chart: before
/// deadweight, like the assumption; 0.07 = 7%):
///
/// `net(share) = share × avoided_pv_per_share + other_avoided_pv − cost_pv`
///
/// The break-even share follows from the same numbers, so line, marker and label cannot disagree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetVsShare {
    /// Costs, present value (euros).
    pub cost_pv: f64,
    /// Avoided costs (present value) per unit of share: what would be saved if a youth-care
    /// trajectory were prevented in every reached family.
    pub avoided_pv_per_share: f64,
    /// Avoided costs (present value) that do not grow with the share, e.g. placements at their
    /// central assumption. 0 counts avoided youth care only, as `Projection::break_even_share`
    /// does.
    pub other_avoided_pv: f64,
    /// The central assumption for the share, on the axis's footing (on the chart the assumption
    /// itself, `share_youth_care_avoided.central`).
    pub central_share: f64,
    /// The sanity point drawn for comparison, if any.
    pub sanity: Option<SanityReference>,
    /// The range of the assumption the axis counts (low, high), shaded so the break-even can be
    /// seen against it.
    pub assumption_range: Option<(f64, f64)>,
}

/// The sanity point of the parameters (`ModelParameters::share_improving_sanity_bound`, about 1
/// in 8 reached families improve at all), which Steunwijzer reads as a share before deadweight,
/// for youth care and placements together: drawn where it is, on the axis of the same footing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SanityReference {
    /// The bound as the source gives it (0.125 for 1 in 8).
    pub gross: f64,
    /// The central deadweight the axis is net of.
    pub deadweight: f64,
}

impl SanityReference {
    fn is_valid(&self) -> bool {
        (0.0..=1.0).contains(&self.gross) && (0.0..=1.0).contains(&self.deadweight)
    }

    /// The same in a few words, for a slide.
    fn note_for_slide(&self) -> String {
        let one_in = format::one_in(self.gross)
            .unwrap_or_else(|| format!("{} van de", format::share(self.gross)));
        format!(
            "Stippellijn: ter vergelijking gaat ongeveer {one_in} gezinnen er werkelijk op vooruit."
        )
    }

    /// The sentence above the plot that names the dotted line.
    fn note(&self) -> String {
        let one_in = format::one_in(self.gross)
            .unwrap_or_else(|| format!("{} van de", format::share(self.gross)));
        format!(
            "Stippellijn, ter vergelijking: ongeveer {one_in} bereikte gezinnen gaat er bij \
             preventieve jeugdinterventies werkelijk op vooruit ({}). Steunwijzer legt dat naast \
             jeugdhulp en uithuisplaatsing samen. Deze as telt, zoals de aanname, vóór aftrek van \
             wat ook zonder koppeling was gebeurd; het netto resultaat trekt die {} af.",
            format::share(self.gross),
            format::share(self.deadweight),
        )
    }
}

impl NetVsShare {
    /// Counting avoided youth care only (`other_avoided_pv` = 0).
    pub fn new(cost_pv: f64, avoided_pv_per_share: f64, central_share: f64) -> NetVsShare {
        NetVsShare {
            cost_pv,
            avoided_pv_per_share,
            other_avoided_pv: 0.0,
            central_share,
            sanity: None,
            assumption_range: None,
        }
    }

    /// The same line with the assumption's range shaded.
    pub fn with_assumption_range(self, low: f64, high: f64) -> NetVsShare {
        NetVsShare {
            assumption_range: Some((low, high)),
            ..self
        }
    }

    /// The assumption's range, when it is a range on the axis.
    fn usable_range(&self) -> Option<(f64, f64)> {
        self.assumption_range
            .filter(|&(low, high)| (0.0..high).contains(&low) && high <= 1.0)
    }

    /// The same line with the sanity point drawn for comparison.
    pub fn with_sanity(self, sanity: SanityReference) -> NetVsShare {
        NetVsShare {
            sanity: Some(sanity),
            ..self
        }
    }

    /// From the model's projection, counting avoided youth care only, with the share before
    /// deadweight (the assumption's footing): the line's slope is
    /// `Projection::youth_care_value_pv × (1 − deadweight)`, so its break-even is
    /// `Projection::break_even_gross`. `None` when nothing is spent or no family is reached.
    pub fn from_projection(projection: &Projection, central_share: f64) -> Option<NetVsShare> {
        let cost_pv = projection.total.cost_pv.central;
        let per_share = projection.youth_care_value_pv * (1.0 - projection.deadweight);
        let usable = [cost_pv, per_share, central_share]
            .iter()
            .all(|v| v.is_finite());
        if !usable || cost_pv <= 0.0 || per_share <= 0.0 {
            return None;
        }
        Some(NetVsShare::new(cost_pv, per_share, central_share))
    }

    /// From the model's projection, counting all avoided costs at their central assumptions:
    /// the central point is the headline net result (`total.net_result_pv.central`), and what
    /// the avoided costs hold beyond youth care (placements) becomes `other_avoided_pv`. The
    /// break-even share is then `Projection::break_even_gross`, the headline's. `None` as for
    /// [`NetVsShare::from_projection`].
    pub fn from_projection_all_avoided(
        projection: &Projection,
        central_share: f64,
    ) -> Option<NetVsShare> {
        let youth_care_only = NetVsShare::from_projection(projection, central_share)?;
        let net = projection.total.net_result_pv.central;
        net.is_finite().then(|| NetVsShare {
            other_avoided_pv: net - youth_care_only.net_at(central_share),
            ..youth_care_only
        })
    }

    /// Net result (PV) at `share`.
    pub fn net_at(&self, share: f64) -> f64 {
        share * self.avoided_pv_per_share + self.other_avoided_pv - self.cost_pv
    }

    /// Share at which the net result is zero (0 when it is never negative); `None` when the
    /// line does not rise.
    pub fn break_even(&self) -> Option<f64> {
        if self.avoided_pv_per_share > 0.0 && self.avoided_pv_per_share.is_finite() {
            Some(((self.cost_pv - self.other_avoided_pv) / self.avoided_pv_per_share).max(0.0))
        } else {
            None
        }
    }

    /// What the line counts, for the note in the chart and the summary.
    fn counts(&self) -> String {
        if self.other_avoided_pv == 0.0 {
            "alleen vermeden jeugdhulp geteld".to_string()
        } else {
            format!(
                "vermeden jeugdhulp, plus {} aan vermeden uithuisplaatsingen bij de centrale aanname",
                format::euro_rounded(self.other_avoided_pv)
            )
        }
    }

    /// The sanity point, when it can be drawn.
    fn usable_sanity(&self) -> Option<SanityReference> {
        self.sanity.filter(SanityReference::is_valid)
    }

    fn validate(&self) -> Result<(), ChartError> {
        let numbers = [
            self.cost_pv,
            self.avoided_pv_per_share,
            self.other_avoided_pv,
            self.central_share,
        ];
        if numbers.iter().all(|v| v.is_finite()) && (0.0..=1.0).contains(&self.central_share) {
            Ok(())
        } else {
            Err(ChartError::InvalidInput {
                message: "het netto resultaat of het aandeel gezinnen is geen geldig getal."
                    .to_string(),
            })
        }
    }

    /// The end of the x axis (share).
    fn x_max(&self) -> f64 {
        let mut max = MIN_X_SHARE.max(self.central_share * 1.2);
        if let Some(sanity) = self.usable_sanity() {
            max = max.max(sanity.gross * 1.2);
        }
        if let Some(break_even) = self.break_even().filter(|b| *b <= 1.0) {
            max = max.max(break_even * 1.2);
        }
        max.min(1.0)
    }
}

/// Chart 3's numbers: the line, computed once for the picture, the summary and the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetVsShareChart {
    /// `None` when nothing is chosen or nothing is spent (the empty chart).
    line: Option<NetVsShare>,
}

/// What the line counts and, with a sanity point, what the dotted line is: the note above the
/// plot.
fn note_above_plot(data: &NetVsShare, large: bool) -> String {
    // A slide's note is shorter, so the plot keeps the height its labels need: the axis
    // already says that avoided youth care is counted.
    let note = if large && data.other_avoided_pv != 0.0 {
        format!(
            "Plus {} aan vermeden uithuisplaatsingen.",
            format::euro_rounded(data.other_avoided_pv)
        )
    } else {
        format!("Geteld: {}.", data.counts())
    };
    let note = match data.usable_range() {
        Some(_) if large => format!("{note} Grijs: de bandbreedte van de aanname."),
        Some((low, high)) => format!(
            "{note} Grijs vlak: de bandbreedte van de aanname ({} – {}).",
            format::share(low),
            format::share(high)
        ),
        None => note,
    };
    match data.usable_sanity() {
        // A slide names the dotted line only; the page explains how it is counted.
        Some(sanity) if large => format!("{note} {}", sanity.note_for_slide()),
        Some(sanity) => format!("{note} {}", sanity.note()),
        None => note,
    }
}

impl Chart for NetVsShareChart {
    const SLUG: &'static str = "netto-resultaat";
    const TITLE: &'static str = TITLE;
    const USES_BANDS: bool = false;

    /// Counts every avoided cost the headline net result counts, so the central point is the
    /// headline figure; the sanity point comes from the parameters.
    fn new(input: &ChartInput<'_>) -> NetVsShareChart {
        let model = input.model;
        let deadweight = model.central(Kind::Deadweight);
        let central_share = model.central(Kind::ShareYouthCareAvoided);
        let sanity = SanityReference {
            gross: model.share_improving_sanity_bound,
            deadweight,
        };
        let range = model.range(Kind::ShareYouthCareAvoided);
        NetVsShareChart {
            line: NetVsShare::from_projection_all_avoided(input.projection, central_share).map(
                |line| {
                    line.with_sanity(sanity)
                        .with_assumption_range(range.low, range.high)
                },
            ),
        }
    }

    /// On a phone the note above the plot wraps to many lines: the chart grows by their height,
    /// so the plot keeps the room a phone chart has.
    fn options(&self, input: &ChartInput<'_>) -> ChartOptions {
        let mut options = input.options(TITLE);
        if let (true, Some(line)) = (options.narrow(), self.line.as_ref()) {
            let scale = Scale::for_options(&options);
            let width = f64::from(options.size().0) - 3.0 * f64::from(scale.margin);
            let lines = frame::wrap_text(&note_above_plot(line, false), scale.small_px, width);
            let grow = lines.len() as i32 * scale.small_line() + scale.small_line() / 3;
            options.height = options.height.saturating_add(grow.unsigned_abs());
        }
        options
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        options: &ChartOptions,
    ) -> Result<(), ChartError> {
        draw_net_vs_share(root, self.line.as_ref(), options)
    }

    fn summary(&self) -> String {
        summary_net_vs_share(self.line.as_ref())
    }

    fn table(&self) -> DataTable {
        table_net_vs_share(self.line.as_ref())
    }
}

/// The chart as an SVG string; `None` (nothing chosen or nothing spent) gives the empty chart.
pub fn net_vs_share(
    data: Option<&NetVsShare>,
    options: &ChartOptions,
) -> Result<String, ChartError> {
    frame::render_svg(options, |root| draw_net_vs_share(root, data, options))
}

fn break_even_label(break_even: f64) -> String {
    format!("break-even: {}", break_even_words(break_even))
}

/// The chart's technical words in plain Dutch for a slide, where an audience has no time to
/// look a term up ("break-even", "contante waarde", "deadweight").
fn for_slide(text: &str, large: bool) -> String {
    if !large {
        return text.to_string();
    }
    text.replace("geen break-even", "niet terugverdiend")
        .replace("break-even buiten beeld", "terugverdiend pas buiten beeld")
        .replace("break-even:", "terugverdiend bij")
        .replace("(contante waarde)", "(omgerekend naar nu)")
}

/// The central point's label; on a phone's narrow plot "centraal" (the note above the plot says
/// it is the central assumption).
fn central_label(data: &NetVsShare, narrow: bool) -> String {
    format!(
        "{} ({}): {}",
        if narrow {
            "centraal"
        } else {
            "centrale aanname"
        },
        format::share(data.central_share),
        format::euro_rounded(data.net_at(data.central_share))
    )
}

/// A label on one line, and broken over two: after its colon, else at the space nearest its
/// middle.
fn label_variants(text: &str) -> Vec<Vec<String>> {
    let one = vec![text.to_string()];
    let split = text.find(": ").map(|i| i + 1).or_else(|| {
        let middle = text.len() / 2;
        text.match_indices(' ')
            .map(|(i, _)| i)
            .min_by_key(|i| i.abs_diff(middle))
    });
    let Some(i) = split else {
        return vec![one];
    };
    let (first, rest) = (text[..i].trim(), text[i..].trim());
    let mut variants = vec![one, vec![first.to_string(), rest.to_string()]];
    // Three lines, for a plot as narrow as a phone's: the rest broken at its middle space.
    let middle = rest.len() / 2;
    if let Some(j) = rest
        .match_indices(' ')
        .map(|(j, _)| j)
        .min_by_key(|j| j.abs_diff(middle))
    {
        variants.push(vec![
            first.to_string(),
            rest[..j].to_string(),
            rest[j + 1..].to_string(),
        ]);
    }
    variants
}

/// A free place for a label around `point`: clear of the dotted comparison line too when it
/// can be, and at the first side pushed inside when nothing is free (it is drawn anyway).
#[allow(clippy::too_many_arguments)]
fn place_clear(
    label: &LabelText<'_>,
    point: (i32, i32),
    gap: f64,
    sides: &[Side],
    area: &PixelBox,
    taken: &Obstacles,
    dotted: Option<((f64, f64), (f64, f64))>,
    clearance: f64,
) -> Placed {
    let point = (f64::from(point.0), f64::from(point.1));
    let reach = (area.y1 - area.y0) / 2.0;
    // Clear of everything; else across the dotted line; else across the zero line too (the
    // second segment of `taken`), but never over the net line or another label.
    let mut with_dotted = taken.clone();
    with_dotted.segments.extend(dotted);
    let mut without_zero = taken.clone();
    if without_zero.segments.len() > 1 {
        without_zero.segments.remove(1);
    }
    let found = [&with_dotted, taken, &without_zero]
        .into_iter()
        .find_map(|obstacles| place(label, point, gap, sides, area, obstacles, clearance, reach));
    // Nothing free: the narrowest form, left of the point, kept inside the plot.
    found.unwrap_or_else(|| {
        let width_of = |lines: &[String]| {
            lines
                .iter()
                .map(|l| labels::text_width(l, label.px))
                .fold(0.0, f64::max)
        };
        let lines = label
            .variants
            .iter()
            .min_by(|a, b| width_of(a).total_cmp(&width_of(b)))
            .cloned()
            .unwrap_or_default();
        let w = width_of(&lines);
        let h = label.px * 1.1 + (lines.len().max(1) - 1) as f64 * label.line;
        let left = (point.0 - gap - w).min(area.x1 - w).max(area.x0);
        let top = (point.1 - gap - h).max(area.y0);
        Placed {
            lines,
            bounds: PixelBox::new(left, top, left + w, top + h),
        }
    })
}

/// Draws a placed label, each line from the box's left edge.
fn draw_placed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    placed: &Placed,
    px: f64,
    line: f64,
    bold: bool,
) -> Result<(), ChartError> {
    for (i, text) in placed.lines.iter().enumerate() {
        root.draw(&Text::new(
            text.clone(),
            (
                placed.bounds.x0.round() as i32,
                (placed.bounds.y0 + i as f64 * line).round() as i32,
            ),
            super::style::anchored(text_style(px, INK, bold), HPos::Left, VPos::Top),
        ))?;
    }
    Ok(())
}

/// Draws the chart on any plotters drawing area (the SVG string, or a canvas).
pub fn draw_net_vs_share<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: Option<&NetVsShare>,
    options: &ChartOptions,
) -> Result<(), ChartError> {
    let Some(data) = data else {
        return frame::draw_empty(
            root,
            options,
            sources::net_vs_share(options.large),
            EMPTY_MESSAGE,
        );
    };
    data.validate()?;
    let scale = Scale::for_options(options);
    // No legend: the line is named by the y axis, the two points by their own labels, and what
    // the line counts and the dotted comparison line by a note above the plot.
    let framed = frame::draw_frame(
        root,
        options,
        &scale,
        &[],
        sources::net_vs_share(options.large),
    )?;
    let note = note_above_plot(data, options.large);
    let note_width = f64::from(framed.dim_in_pixel().0) - f64::from(scale.margin);
    let note_lines = frame::wrap_text(&note, scale.small_px, note_width);
    let note_height = note_lines.len() as i32 * scale.small_line() + scale.small_line() / 3;
    let (note_area, plot) = framed.split_vertically(note_height);
    for (i, line) in note_lines.iter().enumerate() {
        note_area.draw(&Text::new(
            line.clone(),
            (0, i as i32 * scale.small_line()),
            super::style::anchored(
                text_style(scale.small_px, MUTED, false),
                HPos::Left,
                VPos::Top,
            ),
        ))?;
    }

    let x = NiceAxis::new(0.0, data.x_max(), 6);
    let (at_start, at_end) = (data.net_at(0.0), data.net_at(x.hi));
    // On a slide the plot is short: room under the lowest point for the central label.
    let (low, high) = (at_start.min(at_end).min(0.0), at_start.max(at_end).max(0.0));
    let below = if options.large {
        (high - low) * 0.15
    } else {
        0.0
    };
    let y = NiceAxis::new(low - below, high, 5);
    let y_area = frame::y_label_area(&scale, &y.widest_euro_label(), true);
    let x_area = 2 * scale.label_line() + scale.label_px as i32 / 2;
    let mut chart = ChartBuilder::on(&plot)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .margin_top(scale.label_line() / 2)
        .margin_right(scale.margin)
        .build_cartesian_2d(AxisCoord::percent(&x), AxisCoord::euro(&y))?;
    chart
        .configure_mesh()
        .bold_line_style(GRID.stroke_width(scale.thin))
        .axis_style(INK.stroke_width(scale.thin))
        .set_all_tick_mark_size(scale.label_px as i32 / 3)
        .label_style(text_style(scale.label_px, INK, false))
        .axis_desc_style(text_style(scale.label_px, MUTED, false))
        // On a phone the axis is short: the title and the note above the plot say the rest.
        .x_desc(if options.narrow() {
            "Aandeel gezinnen (vóór aftrek)"
        } else {
            "Aandeel bereikte gezinnen bij wie jeugdhulp niet nodig is (vóór aftrek)"
        })
        // On a slide the axis is short and the type large: the chart's title says the rest.
        .y_desc(if options.large {
            "Netto resultaat"
        } else {
            "Netto resultaat (contante waarde)"
        })
        .draw()?;

    // Above zero the money comes back; below it does not. Light tints, named in words.
    chart.draw_series([
        Rectangle::new(
            [(x.lo, 0.0), (x.hi, y.hi)],
            okabe_ito::BLUISH_GREEN.mix(0.07).filled(),
        ),
        Rectangle::new(
            [(x.lo, y.lo), (x.hi, 0.0)],
            okabe_ito::VERMILLION.mix(0.05).filled(),
        ),
    ])?;
    // The assumption's range, so the break-even can be seen against it (the note names it).
    if let Some((low, high)) = data.usable_range() {
        chart.draw_series([Rectangle::new(
            [(low, y.lo), (high.min(x.hi), y.hi)],
            INK.mix(0.08).filled(),
        )])?;
    }
    // Pixel positions of data points, for markers and labels drawn on the root.
    let coord = chart.as_coord_spec().clone();
    let on_root = frame::RootPixels::of(root);
    let (px_range, py_range) = on_root.ranges(chart.plotting_area().get_pixel_range());
    let bounds = (px_range.start + 4, px_range.end - 4);
    let plot_bounds = (bounds, (py_range.start + 2, py_range.end - 2));
    let pad = scale.label_px as i32 / 2;
    let gap = scale.marker as i32 + pad / 2;
    // Every label drawn in the plot takes a box; the two data labels are placed last, clear of
    // the lines and of every box before them.
    let mut taken = Obstacles::default();

    // The sanity point, dotted from top to bottom, with a short tag at its top (the note above
    // the plot explains it). The tag goes under the region name when that would be in its way.
    let mut dotted = None;
    if let Some(sanity) = data.usable_sanity() {
        let share = sanity.gross;
        // Drawn last, in the stretches no label covers (see the end of this function).
        let (line_x, _) = on_root.point(coord.translate(&(share, y.hi)));
        dotted = Some((
            (f64::from(line_x), f64::from(py_range.start)),
            (f64::from(line_x), f64::from(py_range.end)),
        ));
        let region_end = px_range.start
            + pad
            + labels::text_width("terugverdiend", scale.label_px).ceil() as i32;
        let tag_y = if line_x - pad < region_end && y.hi > 0.0 {
            py_range.start + pad + 2 * scale.label_line()
        } else {
            py_range.start + pad
        };
        let share_words =
            format::one_in(sanity.gross).unwrap_or_else(|| format::share(sanity.gross));
        let whole = format!("{share_words} (ter vergelijking)");
        // Beside the line on one side, whole: on one line where either side has the room, else
        // over two (a phone's narrow plot), so the line never has to run through its own tag.
        // Where not even "(ter vergelijking)" fits beside it, the share alone: the note above
        // the plot says what the dotted line is.
        let room = f64::from((bounds.1 - line_x).max(line_x - bounds.0) - pad / 2);
        let fits = |text: &str| labels::text_width(text, scale.small_px) <= room;
        let lines = if fits(&whole) {
            vec![whole]
        } else if fits("(ter vergelijking)") {
            vec![share_words, "(ter vergelijking)".to_string()]
        } else {
            vec![share_words]
        };
        for (i, line) in lines.iter().enumerate() {
            let drawn = frame::draw_label_inside(
                root,
                line,
                scale.small_px,
                MUTED,
                false,
                (line_x, tag_y + i as i32 * scale.small_line()),
                pad / 2,
                HPos::Left,
                VPos::Top,
                bounds,
            )?;
            taken.boxes.push(drawn);
        }
    }

    // Zero line and the net result.
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(x.lo, 0.0), (x.hi, 0.0)],
        INK.stroke_width(scale.thin + 1),
    )))?;
    chart.draw_series(LineSeries::new(
        [(x.lo, data.net_at(x.lo)), (x.hi, data.net_at(x.hi))],
        NET_COLOR.stroke_width(scale.line),
    ))?;
    let pixel = |share: f64, net: f64| {
        let (px, py) = on_root.point(coord.translate(&(share, net)));
        (f64::from(px), f64::from(py))
    };
    taken.segments.push((
        pixel(x.lo, data.net_at(x.lo)),
        pixel(x.hi, data.net_at(x.hi)),
    ));
    taken.segments.push((pixel(x.lo, 0.0), pixel(x.hi, 0.0)));

    // Break-even: marker on the zero line and its label (which names the share, so no guide
    // line down to the axis is needed; it would run through the central label).
    let central = data.central_share;
    let central_point = on_root.point(coord.translate(&(central, data.net_at(central))));
    let marker_box = |point: (i32, i32)| {
        PixelBox::around(
            (f64::from(point.0), f64::from(point.1)),
            f64::from(scale.marker + 2),
        )
    };
    taken.boxes.push(marker_box(central_point));
    let plot_box = PixelBox::new(
        f64::from(plot_bounds.0 .0),
        f64::from(plot_bounds.1 .0),
        f64::from(plot_bounds.0 .1),
        f64::from(plot_bounds.1 .1),
    );
    let label_line = f64::from(scale.label_line());
    let break_even = data.break_even();
    let mut break_even_label_text = None;
    match break_even {
        Some(share) if share <= x.hi => {
            let point = on_root.point(coord.translate(&(share, 0.0)));
            frame::draw_marker(root, &scale, Marker::HollowCircle, INK, point)?;
            taken.boxes.push(marker_box(point));
            // On a phone's narrow plot without "gezinnen": the axis says what the share is of.
            let label = for_slide(&break_even_label(share), options.large);
            let label = if options.narrow() {
                label.replace(" gezinnen", "")
            } else {
                label
            };
            break_even_label_text = Some((label, point));
        }
        other => {
            let note = match other {
                Some(share) if share <= 1.0 => format!(
                    "break-even buiten beeld: {}",
                    break_even_label(share).trim_start_matches("break-even: ")
                ),
                Some(_) => "geen break-even: ook als bij elk gezin jeugdhulp wordt voorkomen, komt het geld niet terug"
                    .to_string(),
                None => "geen break-even: het resultaat stijgt niet met het aandeel".to_string(),
            };
            let note = for_slide(&note, options.large);
            let drawn = frame::draw_label_inside(
                root,
                &note,
                scale.label_px,
                INK,
                true,
                (
                    px_range.start + pad,
                    py_range.start + pad + scale.label_line(),
                ),
                0,
                HPos::Left,
                VPos::Top,
                bounds,
            )?;
            taken.boxes.push(drawn);
        }
    }
    frame::draw_marker(root, &scale, Marker::Circle, CENTRAL_COLOR, central_point)?;

    // The break-even label prefers the right of its point below the zero line, where the line
    // never is (it is above zero there); the central label prefers the left of its point above
    // the line. Each moves away, or breaks over two lines, when that place is taken.
    let gap = f64::from(gap);
    // A slide (large type) and a phone (narrow plot) break a label over two lines; the page on
    // a wider screen has the room to keep it whole.
    let variants_of = |text: &str| {
        if options.large || options.narrow() {
            label_variants(text)
        } else {
            vec![vec![text.to_string()]]
        }
    };
    // A point's label: placed clear of what is drawn, drawn, and its box taken from then on.
    let label_point = |text: &str,
                       point: (i32, i32),
                       bold: bool,
                       sides: &[Side],
                       taken: &mut Obstacles|
     -> Result<(), ChartError> {
        let variants = variants_of(text);
        let label = LabelText {
            variants: &variants,
            px: scale.label_px,
            bold,
            line: label_line,
        };
        let clearance = f64::from(pad) / 2.0;
        let placed = place_clear(
            &label, point, gap, sides, &plot_box, taken, dotted, clearance,
        );
        draw_placed(root, &placed, scale.label_px, label_line, bold)?;
        taken.boxes.push(placed.bounds);
        Ok(())
    };
    if let Some((text, point)) = break_even_label_text {
        let sides = [
            Side::RightBelow,
            Side::LeftAbove,
            Side::RightAbove,
            Side::LeftBelow,
        ];
        label_point(&text, point, true, &sides, &mut taken)?;
    }
    let sides = [
        Side::LeftAbove,
        Side::RightBelow,
        Side::LeftBelow,
        Side::RightAbove,
    ];
    label_point(
        &central_label(data, options.narrow()),
        central_point,
        false,
        &sides,
        &mut taken,
    )?;

    // The two regions' names, last: in their corner when it is free, else the nearest free
    // place on their side of the zero line, else left out (the tints and the zero line stay).
    let zero_y = pixel(x.lo, 0.0).1;
    let (left, top) = (
        f64::from(px_range.start + pad),
        f64::from(py_range.start + pad),
    );
    let (right, bottom) = (f64::from(px_range.end - pad), f64::from(py_range.end - pad));
    let height = scale.label_px * 1.1;
    let regions = [
        (
            y.hi > 0.0,
            "terugverdiend",
            (left, top),
            PixelBox::new(left, top, right, zero_y - f64::from(pad) / 2.0),
        ),
        (
            y.lo < 0.0,
            "niet terugverdiend",
            (
                right - labels::text_width("niet terugverdiend", scale.label_px),
                bottom - height,
            ),
            PixelBox::new(left, zero_y + f64::from(pad) / 2.0, right, bottom),
        ),
    ];
    for (shown, text, ideal, side) in regions {
        let size = (labels::text_width(text, scale.label_px), height);
        let found = shown
            .then(|| {
                place_nearest(
                    size,
                    ideal,
                    &side,
                    &taken,
                    f64::from(pad) / 2.0,
                    scale.label_px / 2.0,
                )
            })
            .flatten();
        if let Some(found) = found {
            root.draw(&Text::new(
                text.to_string(),
                (found.x0.round() as i32, found.y0.round() as i32),
                super::style::anchored(
                    text_style(scale.label_px, MUTED, false),
                    HPos::Left,
                    VPos::Top,
                ),
            ))?;
            taken.boxes.push(found);
        }
    }

    // The dotted line last, giving way to every label it would run through: placing a label
    // clear of it is not always possible on a short or narrow plot.
    if let Some(((line_x, top), (_, bottom))) = dotted {
        for (from, to) in open_stretches(line_x, top, bottom, &taken.boxes, 2.0) {
            root.draw(&DashedPathElement::new(
                vec![
                    (line_x as i32, from.round() as i32),
                    (line_x as i32, to.round() as i32),
                ],
                (scale.thin * 2) as i32,
                (scale.thin * 3) as i32,
                MUTED.stroke_width(scale.thin + 1),
            ))?;
        }
    }
    Ok(())
}

/// Two Dutch sentences with the key numbers, for screen readers.
pub fn summary_net_vs_share(data: Option<&NetVsShare>) -> String {
    let Some(data) = data.filter(|d| d.validate().is_ok()) else {
        return format!("{EMPTY_MESSAGE}.");
    };
    // Short: on a slide it is the caption under the chart; the table and the chart's own note
    // give the rest.
    let counted = if data.other_avoided_pv == 0.0 {
        "alleen vermeden jeugdhulp geteld"
    } else {
        "uithuisplaatsingen meegeteld"
    };
    let mut text = format!(
        "Bij de centrale aanname ({}) is het netto resultaat {} (contante waarde, {counted}).",
        format::share(data.central_share),
        format::euro_rounded(data.net_at(data.central_share)),
    );
    match data.break_even() {
        Some(share) if share <= 1.0 => {
            text.push_str(&format!(" Terugverdiend bij {}.", break_even_words(share)));
        }
        Some(_) => text.push_str(
            " Zelfs als bij elk gezin jeugdhulp wordt voorkomen, komt het geld niet terug.",
        ),
        None => text.push_str(" Bij geen enkel aandeel komt het geld terug."),
    }
    if let Some((low, high)) = data.usable_range() {
        text.push_str(&format!(
            " De aanname loopt van {} tot {}.",
            format::share(low),
            format::share(high)
        ));
    }
    if let Some(sanity) = data.usable_sanity() {
        let one_in = format::one_in(sanity.gross).unwrap_or_else(|| format::share(sanity.gross));
        text.push_str(&format!(
            " Ter vergelijking gaat ongeveer {one_in} bereikte gezinnen vooruit ({}).",
            format::share(sanity.gross),
        ));
    }
    text
}

/// "15 van de 100 gezinnen", or the percentage where there are no such words (zero).
fn break_even_words(share: f64) -> String {
    labels::in_a_hundred_families(share).unwrap_or_else(|| format::share(share))
}

/// The numbers of the chart: the net result at every labelled share of the x axis, at the
/// break-even share and at the central assumption.
pub fn table_net_vs_share(data: Option<&NetVsShare>) -> DataTable {
    let headers = [
        "Aandeel gezinnen",
        "Netto resultaat (contante waarde)",
        "Toelichting",
    ]
    .map(String::from)
    .to_vec();
    let mut shares: Vec<(f64, String)> = Vec::new();
    if let Some(data) = data.filter(|d| d.validate().is_ok()) {
        let x = NiceAxis::new(0.0, data.x_max(), 6);
        shares.extend(x.ticks.iter().map(|share| (*share, String::new())));
        if let Some(share) = data.break_even().filter(|b| *b <= 1.0) {
            shares.push((share, "break-even".to_string()));
        }
        shares.push((data.central_share, "centrale aanname".to_string()));
        if let Some(sanity) = data.usable_sanity() {
            shares.push((
                sanity.gross,
                format!(
                    "ter vergelijking: {} van de bereikte gezinnen gaat vooruit",
                    format::share(sanity.gross)
                ),
            ));
        }
        shares.sort_by(|a, b| a.0.total_cmp(&b.0));
        // A labelled point on a tick replaces the tick; two labelled points on one share merge.
        let mut merged: Vec<(f64, String)> = Vec::new();
        for (share, note) in shares {
            match merged.last_mut() {
                Some(last) if (last.0 - share).abs() < 1e-9 => {
                    if last.1.is_empty() {
                        *last = (share, note);
                    } else if !note.is_empty() {
                        last.1 = format!("{}; {note}", last.1);
                    }
                }
                _ => merged.push((share, note)),
            }
        }
        shares = merged;
    }
    let net = |share: f64| data.map_or(0.0, |d| d.net_at(share));
    DataTable {
        caption: "Netto resultaat (contante waarde) naar aandeel gezinnen bij wie jeugdhulp niet \
                  nodig is (vóór aftrek van wat ook zonder koppeling was gebeurd)"
            .to_string(),
        headers,
        rows: shares
            .iter()
            .map(|(share, note)| {
                vec![
                    format::share(*share),
                    format::euro_rounded(net(*share)),
                    note.clone(),
                ]
            })
            .collect(),
        rows_raw: shares
            .iter()
            .map(|(share, _)| vec![Some(*share), Some(net(*share)), None])
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;

    // Summary and table as a reader sees them (see `test_support::svg_texts`).
    fn summary_net_vs_share(data: Option<&NetVsShare>) -> String {
        format::plain(&super::summary_net_vs_share(data))
    }
    fn table_net_vs_share(data: Option<&NetVsShare>) -> DataTable {
        plain_table(super::table_net_vs_share(data))
    }

    /// Costs € 300.000 (PV); avoided € 2,1 mln if every family avoided an escalation: break-even
    /// at 1/7; central 7%.
    fn sample() -> NetVsShare {
        NetVsShare::new(300_000.0, 2_100_000.0, 0.07)
    }

    /// An attribute of an SVG tag.
    fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&tag[at..at + tag[at..].find('"')?])
    }

    /// Every text of an SVG with the box it takes by the charts' own width estimate.
    fn text_boxes(svg: &str) -> Vec<(String, PixelBox)> {
        let mut boxes = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find("<text") {
            let after = &rest[start..];
            let open_end = after.find('>').expect("a text tag ends");
            let close = after.find("</text>").expect("a text element ends");
            let (tag, content) = (&after[..open_end], after[open_end + 1..close].trim());
            rest = &after[close..];
            let number = |name: &str| attribute(tag, name).and_then(|v| v.parse::<f64>().ok());
            let (Some(x), Some(y), Some(px)) = (number("x"), number("y"), number("font-size"))
            else {
                continue;
            };
            let text = content.replace("&amp;", "&");
            let w = if tag.contains("bold") {
                labels::text_width_bold(&text, px)
            } else {
                labels::text_width(&text, px)
            };
            let x0 = match attribute(tag, "text-anchor") {
                Some("end") => x - w,
                Some("middle") => x - w / 2.0,
                _ => x,
            };
            // Plotters shifts a top-anchored text down by its ascent, a bottom-anchored one up.
            let y0 = match attribute(tag, "dy") {
                Some("0.76em") => y,
                Some("-0.5ex") => y - px,
                _ => y - px / 2.0,
            };
            boxes.push((text, PixelBox::new(x0, y0, x0 + w, y0 + px)));
        }
        boxes
    }

    /// The segments of the polyline drawn in `color` (the net line).
    fn polyline(svg: &str, color: &str) -> Vec<((f64, f64), (f64, f64))> {
        let start = svg
            .match_indices("<polyline")
            .map(|(i, _)| &svg[i..i + svg[i..].find('>').unwrap()])
            .find(|tag| attribute(tag, "stroke") == Some(color))
            .expect("the net line");
        let points: Vec<(f64, f64)> = attribute(start, "points")
            .unwrap()
            .split_whitespace()
            .filter_map(|p| {
                let (x, y) = p.split_once(',')?;
                Some((x.parse().ok()?, y.parse().ok()?))
            })
            .collect();
        points.windows(2).map(|w| (w[0], w[1])).collect()
    }

    /// A name as long as a council's real ones get.
    const LONG_NAME: &str =
        "Gemeente Súdwest-Fryslân — collegevoorstel informele gezinssteun, na het amendement";

    #[test]
    fn on_a_slide_no_label_lies_over_the_line_or_another_label() {
        // The page's scenario; all four initiatives under a long name (a title of two lines
        // leaves the plot less room); the share at either end of its range.
        for query in [
            "",
            "k.buurtgezinnen=12&k.steunouder=10",
            "a.aandeel_jeugdhulp_voorkomen=0.12",
            "a.aandeel_jeugdhulp_voorkomen=0.02",
        ] {
            let mut fixture = Fixture::with(query);
            if !query.is_empty() {
                fixture.scenario.name = LONG_NAME.to_string();
            }
            let spec =
                crate::charts::build(crate::charts::ChartId::NetVsShare, &fixture.input(true));
            let svg = spec.svg.expect("draws");
            let line = polyline(&svg, "#0072B2");
            let boxes = text_boxes(&svg);
            // The two data labels, on one line or broken over two.
            let data = NetVsShareChart::new(&fixture.input(true))
                .line
                .expect("a line");
            let mut named = label_variants(&central_label(&data, false));
            if let Some(share) = data.break_even().filter(|b| *b <= 1.0) {
                named.extend(label_variants(&for_slide(&break_even_label(share), true)));
            }
            let named: Vec<String> = named.into_iter().flatten().collect();
            let labels: Vec<&(String, PixelBox)> =
                boxes.iter().filter(|(t, _)| named.contains(t)).collect();
            assert!(
                labels
                    .iter()
                    .any(|(t, _)| t.starts_with("centrale aanname")),
                "{query}: {boxes:?}"
            );
            for (text, b) in &labels {
                for (a, z) in &line {
                    assert!(!b.meets_segment(*a, *z), "{query}: '{text}' on the line");
                }
            }
            // No label over any other text of the chart.
            for (text, b) in &labels {
                for (other, o) in boxes.iter().filter(|(t, _)| t != text) {
                    assert!(
                        !b.grown(-2.0).overlaps(&o.grown(-2.0)),
                        "{query}: '{text}' over '{other}'"
                    );
                }
            }
        }
    }

    #[test]
    fn the_line_and_its_break_even_agree() {
        let data = sample();
        let break_even = data.break_even().unwrap();
        assert!((break_even - 1.0 / 7.0).abs() < 1e-12);
        assert!(data.net_at(break_even).abs() < 1e-6);
        assert!((data.net_at(0.07) + 153_000.0).abs() < 1e-6);
    }

    /// The line of a real projection, counting youth care only, at `share`.
    fn youth_care_line(fixture: &Fixture) -> NetVsShare {
        let model = &fixture.model;
        let central = model.central(Kind::ShareYouthCareAvoided);
        NetVsShare::from_projection(&fixture.projection, central).expect("a line")
    }

    #[test]
    fn the_line_gives_the_models_net_result_at_any_share() {
        // Without placements the model's net result counts youth care alone: the line, built
        // from the cost and the break-even share only, must meet it at the central share and
        // at another share the model computes afresh.
        let none_placed = "a.aandeel_uithuisplaatsing_voorkomen=0";
        let fixture = Fixture::with(none_placed);
        let line = youth_care_line(&fixture);
        let model_net = fixture.projection.total.net_result_pv.central;
        assert!(
            (line.net_at(line.central_share) - model_net).abs() < 1e-6 * model_net.abs(),
            "{} ≠ {model_net}",
            line.net_at(line.central_share)
        );
        // Another share the model computes afresh: the top of its range.
        let top = fixture.model.range(Kind::ShareYouthCareAvoided).high;
        let doubled = Fixture::with(&format!(
            "{none_placed}&a.aandeel_jeugdhulp_voorkomen={top}"
        ));
        let share = top;
        let doubled_net = doubled.projection.total.net_result_pv.central;
        assert!(
            (line.net_at(share) - doubled_net).abs() < 1e-6 * doubled_net.abs(),
            "{} ≠ {doubled_net}",
            line.net_at(share)
        );
        assert_eq!(NetVsShare::from_projection(&empty_projection(), 0.07), None);
    }

    #[test]
    fn the_central_point_is_the_headline_net_result() {
        let fixture = Fixture::load();
        let input = fixture.input(false);
        let headline = crate::report::headlines::headlines(
            &fixture.scenario,
            &fixture.projection,
            Some(&fixture.bands),
        )
        .into_iter()
        .find(|h| h.id == "netto")
        .expect("a net headline");
        let chart = NetVsShareChart::new(&input);
        let line = chart.line.expect("a line");
        assert!(line.other_avoided_pv > 0.0, "placements counted");
        let spec = crate::charts::build(crate::charts::ChartId::NetVsShare, &input);
        let texts = svg_texts(spec.svg.as_ref().expect("chart draws"));
        let central = format::plain(&format!(
            "centrale aanname ({}): {}",
            format::share(line.central_share),
            headline.value
        ));
        assert!(texts.contains(&central), "{central} not in {texts:?}");
        assert!(
            spec.summary
                .contains(&format!("netto resultaat {}", headline.value)),
            "{}",
            spec.summary
        );
        // The chart's break-even is the headline's: both count the placements, on the
        // assumption's footing (before deadweight).
        let headline_break_even = fixture.projection.break_even_gross().unwrap();
        assert!((line.break_even().unwrap() - headline_break_even).abs() < 1e-12);
        assert!(
            !spec.summary.contains("alleen jeugdhulp"),
            "{}",
            spec.summary
        );
    }

    #[test]
    fn the_sanity_point_comes_from_the_parameters_on_the_axis_footing() {
        let mut fixture = Fixture::with("a.deadweight=0.5");
        fixture.model.share_improving_sanity_bound = 0.2;
        let spec = crate::charts::build(crate::charts::ChartId::NetVsShare, &fixture.input(false));
        let svg = spec.svg.as_ref().expect("chart draws");
        let note: String = svg_texts(svg).join(" ");
        assert!(
            note.contains("ter vergelijking: ongeveer 1 op de 5 bereikte gezinnen gaat er bij"),
            "{note}"
        );
        assert!(note.contains("werkelijk op vooruit (20%)."), "{note}");
        assert!(
            note.contains("Deze as telt, zoals de aanname, vóór aftrek van wat ook zonder koppeling was gebeurd; het netto resultaat trekt die 50% af."),
            "{note}"
        );
        assert!(note.contains("1 op de 5 (ter vergelijking)"), "tag: {note}");
        // A dotted vertical line: one dashed path more than without the sanity point.
        let without = net_vs_share(Some(&sample()), &ChartOptions::new(TITLE)).unwrap();
        let with = net_vs_share(
            Some(&sample().with_sanity(SanityReference {
                gross: 0.2,
                deadweight: 0.5,
            })),
            &ChartOptions::new(TITLE),
        )
        .unwrap();
        assert!(with.matches("<polyline").count() > without.matches("<polyline").count());
        let row = spec
            .table
            .rows
            .iter()
            .find(|r| r[2].starts_with("ter vergelijking"))
            .expect("a table row for the sanity point");
        // Drawn where it is: the axis has the footing of the point (and of the assumption).
        assert_eq!(row[0], "20%");
        assert!(
            spec.summary.contains(
                "Ter vergelijking gaat ongeveer 1 op de 5 bereikte gezinnen vooruit (20%)."
            ),
            "{}",
            spec.summary
        );
    }

    /// Walkthrough P1-1: the break-even beside the assumption's own range, on one footing.
    #[test]
    fn the_assumptions_range_is_shaded_and_named_on_the_axis_footing() {
        let fixture = Fixture::load();
        let range = fixture.model.range(Kind::ShareYouthCareAvoided);
        let spec = crate::charts::build(crate::charts::ChartId::NetVsShare, &fixture.input(false));
        let svg = spec.svg.as_ref().expect("chart draws");
        let note = format::plain(&svg_texts(svg).join(" "));
        let named = format!(
            "Grijs vlak: de bandbreedte van de aanname ({} – {}).",
            format::share(range.low),
            format::share(range.high)
        );
        assert!(note.contains(&named), "{note}");
        assert!(
            spec.summary.contains(&format!(
                "De aanname loopt van {} tot {}.",
                format::share(range.low),
                format::share(range.high)
            )),
            "{}",
            spec.summary
        );
        // One rectangle more than without the range.
        let line = NetVsShareChart::new(&fixture.input(false)).line.unwrap();
        let without = NetVsShare {
            assumption_range: None,
            ..line
        };
        let options = ChartOptions::new(TITLE);
        let (with, without) = (
            net_vs_share(Some(&line), &options).unwrap(),
            net_vs_share(Some(&without), &options).unwrap(),
        );
        assert_eq!(
            with.matches("<rect").count(),
            without.matches("<rect").count() + 1
        );
    }

    #[test]
    fn other_avoided_costs_lift_the_line_and_lower_the_break_even() {
        let data = NetVsShare {
            other_avoided_pv: 90_000.0,
            ..sample()
        };
        assert!((data.break_even().unwrap() - 0.1).abs() < 1e-12);
        let svg = net_vs_share(Some(&data), &ChartOptions::new(TITLE)).unwrap();
        assert!(svg.contains("break-even: 10 van de 100 gezinnen"));
        assert!(svg.contains("plus € 90.000 aan vermeden uithuisplaatsingen"));
    }

    #[test]
    fn draws_a_well_formed_svg_with_break_even_and_central_marked() {
        let svg = net_vs_share(
            Some(&sample()),
            &ChartOptions::new("Netto — Gemeente Voorbeeld"),
        )
        .expect("chart draws");
        assert_well_formed_svg(&svg);
        let texts = svg_texts(&svg);
        assert!(texts.iter().any(|t| t == "Netto — Gemeente Voorbeeld"));
        assert!(
            texts
                .iter()
                .any(|t| t == "break-even: 15 van de 100 gezinnen"),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t == "centrale aanname (7%): \u{2212}€ 153.000"),
            "{texts:?}"
        );
        assert!(texts
            .iter()
            .any(|t| t.starts_with("Bron: Collectief informele steun")));
        for tick in ["0%", "10%", "20%", "30%"] {
            assert!(texts.iter().any(|t| t == tick), "x tick {tick}: {texts:?}");
        }
        assert!(texts.iter().any(|t| t == "€ 0"));
        assert!(texts.iter().any(|t| t == "€ 200.000"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "\u{2212}€ 200.000"), "{texts:?}");
    }

    #[test]
    fn break_even_beyond_the_axis_is_said_in_words() {
        let data = NetVsShare::new(300_000.0, 600_000.0, 0.07);
        let svg = net_vs_share(Some(&data), &ChartOptions::presentation(TITLE)).unwrap();
        assert_well_formed_svg(&svg);
        // Break-even at 50%: the axis stretches to 60%.
        // On a slide in plain words.
        // On one line or, where the plot is short, broken over two.
        assert!(svg_texts(&svg)
            .join(" ")
            .contains("terugverdiend bij 50 van de 100 gezinnen"));
        assert!(!svg.contains("break-even") && !svg.contains("contante waarde"));
        let data = NetVsShare::new(300_000.0, 200_000.0, 0.07);
        let svg = net_vs_share(Some(&data), &ChartOptions::new(TITLE)).unwrap();
        assert!(svg.contains("geen break-even"));
        let data = NetVsShare::new(300_000.0, 0.0, 0.07);
        let svg = net_vs_share(Some(&data), &ChartOptions::new(TITLE)).unwrap();
        assert!(svg.contains("geen break-even"));
    }

    #[test]
    fn table_lists_ticks_break_even_and_central() {
        let data = sample();
        let table = table_net_vs_share(Some(&data));
        assert_eq!(table.rows.len(), table.rows_raw.len());
        let central = table
            .rows
            .iter()
            .find(|r| r[2] == "centrale aanname")
            .unwrap();
        assert_eq!(central[..2], ["7%", "\u{2212}€ 153.000"]);
        let break_even = table
            .rows_raw
            .iter()
            .find(|r| (r[0].unwrap() - 1.0 / 7.0).abs() < 1e-12);
        assert!(break_even.unwrap()[1].unwrap().abs() < 1e-6);
        assert_eq!(table.rows[0][..2], ["0%", "\u{2212}€ 300.000"]);
        assert_eq!(table.rows.last().unwrap()[0], "30%");
        for (row, raw) in table.rows.iter().zip(&table.rows_raw) {
            assert_eq!(
                row[1],
                format::plain(&format::euro_rounded(data.net_at(raw[0].unwrap())))
            );
        }
        assert!(table_net_vs_share(None).rows.is_empty());
    }

    #[test]
    fn summary_names_central_result_and_break_even() {
        assert_eq!(
            summary_net_vs_share(Some(&sample())),
            "Bij de centrale aanname (7%) is het netto resultaat \u{2212}€ 153.000 (contante \
             waarde, alleen vermeden jeugdhulp geteld). Terugverdiend bij 15 van de 100 \
             gezinnen."
        );
        assert_eq!(summary_net_vs_share(None), format!("{EMPTY_MESSAGE}."));
    }
}
