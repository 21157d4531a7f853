//! Chart 3: the net result (present value) against the share of reached families in whom an
//! escalation (a youth-care trajectory) is prevented, counted like the assumption a user sets:
//! before deducting what would have happened without a match (the model deducts it). A straight
//! line with the zero line, the break-even share ("29 van de 100 gezinnen", as on the card) and
//! the central assumption marked: the honest headline when nobody knows how often a match
//! prevents an escalation. One footing for the axis, the assumption, the card and the AEF point.

use plotters::prelude::*;

use super::chart::{Chart, ChartInput};
use super::frame;
use super::labels;
use super::layout::Marker;
use super::layout::{self, Across, Label, Layout, Mark, Part, Scaler, Ticks};
use super::placement::{
    open_stretches, place, place_nearest, LabelText, Obstacles, PixelBox, Placed, Side,
};
use super::style::{okabe_ito, sources, NiceAxis, Scale, CENTRAL_COLOR, INK, MUTED, NET_COLOR};
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
/// deadweight, like the assumption; 0.07 = 7%). Its central point and its break-even come from
/// the model (the headline's net result, `Projection::break_even_gross`); the chart only draws
/// the line through them:
///
/// `net(share) = central_net + (share − central_share) × avoided_pv_per_share`
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetVsShare {
    /// Avoided costs (present value) per unit of share: what would be saved if a youth-care
    /// trajectory were prevented in every reached family.
    pub avoided_pv_per_share: f64,
    /// The central assumption for the share, on the axis's footing (on the chart the assumption
    /// itself, `share_youth_care_avoided.central`).
    pub central_share: f64,
    /// The model's net result (present value) at the central share: the headline figure.
    pub central_net: f64,
    /// The model's break-even share on the axis's footing (`Projection::break_even_gross`);
    /// `None` when the net result does not rise with the share.
    pub break_even: Option<f64>,
    /// Avoided costs (present value) that do not grow with the share: placements at their
    /// central assumption. Named in the note; 0 when there are none.
    pub other_avoided_pv: f64,
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

    /// From the model's projection, with the share before deadweight (the assumption's
    /// footing): the central point is the headline net result (`total.net_result_pv.central`),
    /// the slope `Projection::youth_care_value_pv × (1 − deadweight)`, the break-even
    /// `Projection::break_even_gross`, and what the avoided costs hold beyond youth care
    /// (placements) is named. `None` when nothing is spent or no family is reached.
    pub fn from_projection(projection: &Projection, central_share: f64) -> Option<NetVsShare> {
        let cost_pv = projection.total.cost_pv.central;
        let per_share = projection.youth_care_value_pv * (1.0 - projection.deadweight);
        let central_net = projection.total.net_result_pv.central;
        let usable = [cost_pv, per_share, central_share, central_net]
            .iter()
            .all(|v| v.is_finite());
        if !usable || cost_pv <= 0.0 || per_share <= 0.0 {
            return None;
        }
        Some(NetVsShare {
            avoided_pv_per_share: per_share,
            central_share,
            central_net,
            break_even: projection.break_even_gross(),
            other_avoided_pv: central_net + cost_pv - central_share * per_share,
            sanity: None,
            assumption_range: None,
        })
    }

    /// Net result (PV) at `share`.
    pub fn net_at(&self, share: f64) -> f64 {
        self.central_net + (share - self.central_share) * self.avoided_pv_per_share
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
            self.central_net,
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
        if let Some(break_even) = self.break_even.filter(|b| *b <= 1.0) {
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

/// The least height of a plot drawn off a slide: its upright y axis description fits beside it,
/// and on a phone it is about as high as it is wide.
fn least_plot(options: &ChartOptions, plot: &PixelBox) -> f64 {
    let scale = Scale::for_options(options);
    let description = labels::text_width(Y_DESCRIPTION, scale.label_px) + scale.label_px;
    let square = if options.narrow() {
        plot.x1 - plot.x0
    } else {
        0.0
    };
    description.max(square)
}

/// The y axis's description off a slide.
const Y_DESCRIPTION: &str = "Netto resultaat (contante waarde)";

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
            line: NetVsShare::from_projection(input.projection, central_share).map(|line| {
                line.with_sanity(sanity)
                    .with_assumption_range(range.low, range.high)
            }),
        }
    }

    /// Off a slide the chart grows until its plot has the room it needs (see [`least_plot`]):
    /// on a phone the note above the plot and the source line wrap to many lines, and on the
    /// page the note takes six. A slide keeps the projector's 2:1.
    fn options(&self, input: &ChartInput<'_>) -> ChartOptions {
        let mut options = input.options(TITLE);
        let plot = self
            .layout(&options, options.size())
            .ok()
            .and_then(|layout| layout.plot);
        if let (false, Some(plot)) = (options.large, plot) {
            let lacking = least_plot(&options, &plot) - (plot.y1 - plot.y0);
            if lacking > 0.0 {
                options.height = options.height.saturating_add(lacking.ceil() as u32);
            }
        }
        options
    }

    fn layout(&self, options: &ChartOptions, size: (u32, u32)) -> Result<Layout, ChartError> {
        layout_net_vs_share(self.line.as_ref(), options, size)
    }

    fn summary(&self) -> String {
        summary_net_vs_share(self.line.as_ref())
    }

    fn table(&self) -> DataTable {
        table_net_vs_share(self.line.as_ref())
    }
}

fn break_even_label_text(break_even: f64) -> String {
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
    // The narrowest, for the narrowest phone: lines no longer than its longest word.
    // Broken at spaces only: an amount's no-break space holds it together.
    let longest = text
        .split(' ')
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    let mut narrowest: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match narrowest.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= longest => {
                line.push(' ');
                line.push_str(word);
            }
            _ => narrowest.push(word.to_string()),
        }
    }
    if !variants.contains(&narrowest) {
        variants.push(narrowest);
    }
    variants
}

/// A free place for a label around `point`: clear of the dotted comparison line too when it
/// can be, and at the first side pushed inside when nothing is free (it is drawn anyway).
#[allow(clippy::too_many_arguments)]
fn place_clear(
    label: &LabelText<'_>,
    point: (f64, f64),
    gap: f64,
    sides: &[Side],
    area: &PixelBox,
    taken: &Obstacles,
    dotted: Option<((f64, f64), (f64, f64))>,
    clearance: f64,
) -> Placed {
    // As far as the plot is high: on a phone's narrow plot the line is steep.
    let reach = area.y1 - area.y0;
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

/// A placed label as texts, each line from the box's left edge.
fn placed_labels(placed: &Placed, label: &LabelText<'_>) -> Vec<Label> {
    placed
        .lines
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let at = (placed.bounds.x0, placed.bounds.y0 + i as f64 * label.line);
            let text = Label::top_left(text.clone(), label.px, INK, at).part(Part::DataLabel);
            Label {
                bold: label.bold,
                ..text
            }
        })
        .collect()
}

/// Where the plot's values are in pixels, and what every label drawn so far takes.
struct Plot<'a> {
    data: &'a NetVsShare,
    options: &'a ChartOptions,
    scale: Scale,
    x: NiceAxis,
    y: NiceAxis,
    /// The plot inside the axes.
    area: PixelBox,
    /// Where labels may go: the plot, a little inside its edges.
    inside: PixelBox,
    sx: Scaler,
    sy: Scaler,
    /// Half a label's height: the room kept around labels.
    pad: f64,
    /// What a label must keep clear of: the lines, the markers and every label placed before it.
    taken: Obstacles,
    /// The dotted comparison line, top to bottom.
    dotted: Option<((f64, f64), (f64, f64))>,
}

impl Plot<'_> {
    fn pixel(&self, share: f64, net: f64) -> (f64, f64) {
        (self.sx.at(share), self.sy.at(net))
    }

    fn marker_box(&self, point: (f64, f64)) -> PixelBox {
        PixelBox::around(point, f64::from(self.scale.marker + 2))
    }
}

/// The chart as plain data (see `layout.rs`): the frame, the note above the plot, the axes,
/// the line with its two marked points and their labels, the regions' names and the dotted
/// comparison line, each placed in the picture's pixels.
fn layout_net_vs_share(
    data: Option<&NetVsShare>,
    options: &ChartOptions,
    size: (u32, u32),
) -> Result<Layout, ChartError> {
    let scale = Scale::for_options(options);
    let mut layout = Layout::new(size);
    let source = sources::net_vs_share(options.large);
    let Some(data) = data else {
        frame::empty_layout(&mut layout, options, &scale, source, EMPTY_MESSAGE);
        return Ok(layout);
    };
    data.validate()?;
    // No legend: the line is named by the y axis, the two points by their own labels, and what
    // the line counts and the dotted comparison line by a note above the plot.
    let framed = frame::frame_layout(&mut layout, options, &scale, &[], source);
    let below_note = note_layout(
        &mut layout,
        &scale,
        &framed,
        &note_above_plot(data, options.large),
    );
    let mut plot = plot_axes(&mut layout, data, options, scale, &below_note);
    backdrop(&mut layout, &plot);
    sanity_tag(&mut layout, &mut plot);
    let ends = [plot.x.lo, plot.x.hi];
    let net_line = ends.map(|share| plot.pixel(share, data.net_at(share)));
    let zero_line = ends.map(|share| plot.pixel(share, 0.0));
    layout.marks.push(Mark::line(
        zero_line.to_vec(),
        INK,
        scale.thin + 1,
        Part::Axis,
    ));
    layout.marks.push(Mark::line(
        net_line.to_vec(),
        NET_COLOR,
        scale.line,
        Part::Data,
    ));
    plot.taken.segments.push((net_line[0], net_line[1]));
    plot.taken.segments.push((zero_line[0], zero_line[1]));
    points_and_labels(&mut layout, &mut plot);
    region_names(&mut layout, &mut plot);
    dotted_line(&mut layout, &plot);
    Ok(layout)
}

/// The note above the plot, wrapped to the frame's width; returns the area below it.
fn note_layout(layout: &mut Layout, scale: &Scale, framed: &PixelBox, note: &str) -> PixelBox {
    let width = framed.x1 - framed.x0 - f64::from(scale.margin);
    let lines = frame::wrap_text(note, scale.small_px, width);
    let line = f64::from(scale.small_line());
    for (i, text) in lines.iter().enumerate() {
        let at = (framed.x0, framed.y0 + i as f64 * line);
        layout
            .texts
            .push(Label::top_left(text.clone(), scale.small_px, MUTED, at).part(Part::Note));
    }
    let height = lines.len() as f64 * line + f64::from(scale.small_line() / 3);
    PixelBox {
        y0: framed.y0 + height,
        ..*framed
    }
}

/// The net result's axis, from the line's ends and zero. On a slide the plot is short, on a
/// phone narrow (a label breaks over three lines): room under the lowest point for the central
/// label.
fn net_axis(data: &NetVsShare, options: &ChartOptions, x_hi: f64) -> NiceAxis {
    let (at_start, at_end) = (data.net_at(0.0), data.net_at(x_hi));
    let (low, high) = (at_start.min(at_end).min(0.0), at_start.max(at_end).max(0.0));
    let below = if options.large {
        (high - low) * 0.15
    } else if options.narrow() {
        (high - low) * 0.25
    } else {
        0.0
    };
    NiceAxis::new(low - below, high, 5)
}

/// The axes: shares across (to [`NetVsShare::x_max`]), the net result up, sized as plotters'
/// chart builder sized them (label areas at the left and bottom, a margin at the top and
/// right).
fn plot_axes<'a>(
    layout: &mut Layout,
    data: &'a NetVsShare,
    options: &'a ChartOptions,
    scale: Scale,
    area: &PixelBox,
) -> Plot<'a> {
    let x = NiceAxis::new(0.0, data.x_max(), 6);
    let y = net_axis(data, options, x.hi);
    let y_area = f64::from(super::layout::y_label_area(
        &scale,
        &y.widest_euro_label(),
        true,
    ));
    let x_area = f64::from(2 * scale.label_line() + scale.label_px as i32 / 2);
    // Not `PixelBox::new`, which would turn a plot with no room (y1 < y0) the right way up:
    // `Chart::options` grows the chart by what it lacks.
    let plot = PixelBox {
        x0: area.x0 + y_area,
        y0: area.y0 + f64::from(scale.label_line() / 2),
        x1: area.x1 - f64::from(scale.margin),
        y1: area.y1 - x_area,
    };
    let sx = Scaler::across(&x, &plot);
    let sy = Scaler::up(&y, &plot);
    let ticks_x = Ticks {
        at: thinned(&x, &sx, &scale),
        grid: true,
        // On a phone the axis is short: the title and the note above the plot say the rest.
        description: if options.narrow() {
            "Aandeel gezinnen (vóór aftrek)"
        } else {
            "Aandeel bereikte gezinnen bij wie jeugdhulp niet nodig is (vóór aftrek)"
        }
        .to_string(),
    };
    // On a slide the axis is short and the type large: the chart's title says the rest.
    let y_description = if options.large {
        "Netto resultaat"
    } else {
        Y_DESCRIPTION
    };
    let ticks_y = Ticks::euro(&y, &sy, y_description);
    layout::axes(layout, &scale, area, &plot, &ticks_x, &ticks_y);
    layout.plot = Some(plot);
    Plot {
        data,
        options,
        x,
        y,
        area: plot,
        inside: PixelBox::new(plot.x0 + 4.0, plot.y0 + 2.0, plot.x1 - 4.0, plot.y1 - 2.0),
        sx,
        sy,
        pad: (scale.label_px / 2.0).trunc(),
        scale,
        taken: Obstacles::default(),
        dotted: None,
    }
}

/// The x ticks with their labels; on a plot too narrow for all of them, every second (or
/// third) tick keeps its label, so no two labels touch.
fn thinned(x: &NiceAxis, sx: &Scaler, scale: &Scale) -> Vec<(f64, String)> {
    let labels: Vec<String> = x.ticks.iter().map(|t| x.percent_label(*t)).collect();
    let widest = labels
        .iter()
        .map(|l| labels::text_width(l, scale.label_px))
        .fold(0.0, f64::max);
    let spacing = (sx.to - sx.from).abs() / (x.ticks.len().max(2) - 1) as f64;
    let every = ((widest + scale.label_px) / spacing).ceil().max(1.0) as usize;
    x.ticks
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (tick, label))| {
            let label = if i % every == 0 { label } else { String::new() };
            (sx.at(*tick), label)
        })
        .collect()
}

/// Above zero the money comes back, below it does not: light tints, named in words. The
/// assumption's range shaded, so the break-even can be seen against it (the note names it).
fn backdrop(layout: &mut Layout, plot: &Plot<'_>) {
    let fill = |low: (f64, f64), high: (f64, f64), color: RGBAColor| Mark::Fill {
        rect: PixelBox::new(
            plot.sx.at(low.0),
            plot.sy.at(low.1),
            plot.sx.at(high.0),
            plot.sy.at(high.1),
        ),
        color,
        part: Part::Backdrop,
    };
    let (x, y) = (&plot.x, &plot.y);
    layout.marks.push(fill(
        (x.lo, 0.0),
        (x.hi, y.hi),
        okabe_ito::BLUISH_GREEN.mix(0.07),
    ));
    layout.marks.push(fill(
        (x.lo, y.lo),
        (x.hi, 0.0),
        okabe_ito::VERMILLION.mix(0.05),
    ));
    if let Some((low, high)) = plot.data.usable_range() {
        layout
            .marks
            .push(fill((low, y.lo), (high.min(x.hi), y.hi), INK.mix(0.08)));
    }
}

/// The sanity point's short tag at the top of its dotted line (the note above the plot
/// explains it), under the region's name when that would be in its way. The line itself is
/// drawn last, in the stretches no label covers ([`dotted_line`]).
fn sanity_tag(layout: &mut Layout, plot: &mut Plot<'_>) {
    let Some(sanity) = plot.data.usable_sanity() else {
        return;
    };
    let (scale, area, pad) = (&plot.scale, plot.area, plot.pad);
    let line_x = plot.sx.at(sanity.gross).round();
    plot.dotted = Some(((line_x, area.y0), (line_x, area.y1)));
    let region_end = area.x0 + pad + labels::text_width("terugverdiend", scale.label_px).ceil();
    let line = f64::from(scale.small_line());
    let tag_y = if line_x - pad < region_end && plot.y.hi > 0.0 {
        area.y0 + pad + f64::from(2 * scale.label_line())
    } else {
        area.y0 + pad
    };
    let share_words = format::one_in(sanity.gross).unwrap_or_else(|| format::share(sanity.gross));
    let whole = format!("{share_words} (ter vergelijking)");
    // Beside the line on one side, whole: on one line where either side has the room, else
    // over two (a phone's narrow plot), so the line never has to run through its own tag.
    // Where not even "(ter vergelijking)" fits beside it, the share alone: the note above
    // the plot says what the dotted line is.
    let bounds = (plot.inside.x0 as i32, plot.inside.x1 as i32);
    let room =
        (f64::from(bounds.1) - line_x).max(line_x - f64::from(bounds.0)) - (pad / 2.0).trunc();
    let fits = |text: &str| labels::text_width(text, scale.small_px) <= room;
    let lines = if fits(&whole) {
        vec![whole]
    } else if fits("(ter vergelijking)") {
        vec![share_words, "(ter vergelijking)".to_string()]
    } else {
        vec![share_words]
    };
    // Right of the dotted line, else left of it, else lower down: never where the net line
    // runs through it.
    let net = [plot.x.lo, plot.x.hi].map(|share| plot.pixel(share, plot.data.net_at(share)));
    let tag = |side: Across, top: f64| -> Vec<Label> {
        let offset = (pad / 2.0).trunc();
        lines
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let at = (line_x, top + i as f64 * line);
                let label = Label::top_left(text.clone(), scale.small_px, MUTED, at);
                frame::label_inside(label.part(Part::Tag), offset, side, bounds)
            })
            .collect()
    };
    let clear = |labels: &Vec<Label>| {
        labels
            .iter()
            .all(|l| !l.bounds().meets_segment(net[0], net[1]))
    };
    let steps = ((area.y1 - tag_y) / line).max(0.0) as u32;
    let candidates = (0..steps).flat_map(|k| {
        let top = tag_y + f64::from(k) * line;
        [tag(Across::Left, top), tag(Across::Right, top)]
    });
    let chosen = candidates
        .into_iter()
        .find(|labels| clear(labels) && labels.iter().all(|l| l.bounds().y1 <= area.y1))
        .unwrap_or_else(|| tag(Across::Left, tag_y));
    for placed in chosen {
        plot.taken.boxes.push(placed.bounds());
        layout.texts.push(placed);
    }
}

/// The break-even marker on the zero line (or, beyond the axis, the break-even in words) and
/// the central point, then their labels. The break-even label prefers the right of its point
/// below the zero line, where the line never is (it is above zero there); the central label
/// prefers the left of its point above the line. Each moves away, or breaks over two lines,
/// when that place is taken.
fn points_and_labels(layout: &mut Layout, plot: &mut Plot<'_>) {
    use Side::{LeftAbove, LeftBelow, RightAbove, RightBelow};
    let (data, options) = (plot.data, plot.options);
    let central = plot.pixel(data.central_share, data.net_at(data.central_share));
    plot.taken.boxes.push(plot.marker_box(central));
    let break_even_label = break_even_point(layout, plot);
    let (marker, color) = (Marker::Circle, CENTRAL_COLOR);
    layout.marks.push(Mark::Point {
        at: central,
        marker,
        color,
    });
    if let Some((text, point)) = break_even_label {
        let sides = [RightBelow, LeftAbove, RightAbove, LeftBelow];
        label_point(layout, plot, &text, point, true, &sides);
    }
    let sides = [LeftAbove, RightBelow, LeftBelow, RightAbove];
    let text = central_label(data, options.narrow());
    label_point(layout, plot, &text, central, false, &sides);
}

/// The break-even marker on the zero line, and its label to place; beyond the axis, the
/// break-even in words at the top of the plot instead.
fn break_even_point(layout: &mut Layout, plot: &mut Plot<'_>) -> Option<(String, (f64, f64))> {
    let options = plot.options;
    match plot.data.break_even {
        Some(share) if share <= plot.x.hi => {
            let point = plot.pixel(share, 0.0);
            let (marker, color) = (Marker::HollowCircle, INK);
            layout.marks.push(Mark::Point {
                at: point,
                marker,
                color,
            });
            plot.taken.boxes.push(plot.marker_box(point));
            // On a phone's narrow plot without "gezinnen": the axis says what the share is of.
            let label = for_slide(&break_even_label_text(share), options.large);
            let label = if options.narrow() {
                label.replace(" gezinnen", "")
            } else {
                label
            };
            Some((label, point))
        }
        other => {
            let note = for_slide(&break_even_beyond(other), options.large);
            let top = plot.area.y0 + plot.pad + f64::from(plot.scale.label_line());
            let at = (plot.area.x0 + plot.pad, top);
            let label = Label::top_left(note, plot.scale.label_px, INK, at).bold();
            let bounds = (plot.inside.x0 as i32, plot.inside.x1 as i32);
            let placed = frame::label_inside(label.part(Part::Tag), 0.0, Across::Left, bounds);
            plot.taken.boxes.push(placed.bounds());
            layout.texts.push(placed);
            None
        }
    }
}

/// The break-even where it is not on the axis, in words.
fn break_even_beyond(break_even: Option<f64>) -> String {
    match break_even {
        Some(share) if share <= 1.0 => format!(
            "break-even buiten beeld: {}",
            break_even_label_text(share).trim_start_matches("break-even: ")
        ),
        Some(_) => "geen break-even: ook als bij elk gezin jeugdhulp wordt voorkomen, komt het geld niet terug"
            .to_string(),
        None => "geen break-even: het resultaat stijgt niet met het aandeel".to_string(),
    }
}

/// A point's label: placed clear of what is drawn, and its box taken from then on. A slide
/// (large type) and a phone (narrow plot) break a label over two lines; the page on a wider
/// screen has the room to keep it whole.
fn label_point(
    layout: &mut Layout,
    plot: &mut Plot<'_>,
    text: &str,
    point: (f64, f64),
    bold: bool,
    sides: &[Side],
) {
    let variants = if plot.options.large || plot.options.narrow() {
        label_variants(text)
    } else {
        vec![vec![text.to_string()]]
    };
    let label = LabelText {
        variants: &variants,
        px: plot.scale.label_px,
        bold,
        line: f64::from(plot.scale.label_line()),
    };
    let gap = f64::from(plot.scale.marker) + (plot.pad / 2.0).trunc();
    let placed = place_clear(
        &label,
        point,
        gap,
        sides,
        &plot.inside,
        &plot.taken,
        plot.dotted,
        plot.pad / 2.0,
    );
    plot.taken.boxes.push(placed.bounds);
    layout.texts.extend(placed_labels(&placed, &label));
}

/// The two regions' names, last: in their corner when it is free, else the nearest free
/// place on their side of the zero line, else left out (the tints and the zero line stay).
fn region_names(layout: &mut Layout, plot: &mut Plot<'_>) {
    let (scale, pad) = (&plot.scale, plot.pad);
    let zero_y = plot.sy.at(0.0);
    let (left, top) = (plot.area.x0 + pad, plot.area.y0 + pad);
    let (right, bottom) = (plot.area.x1 - pad, plot.area.y1 - pad);
    let height = scale.label_px * 1.1;
    let below = "niet terugverdiend";
    let regions = [
        (
            plot.y.hi > 0.0,
            "terugverdiend",
            (left, top),
            PixelBox::new(left, top, right, zero_y - pad / 2.0),
        ),
        (
            plot.y.lo < 0.0,
            below,
            (
                right - labels::text_width(below, scale.label_px),
                bottom - height,
            ),
            PixelBox::new(left, zero_y + pad / 2.0, right, bottom),
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
                    &plot.taken,
                    pad / 2.0,
                    scale.label_px / 2.0,
                )
            })
            .flatten();
        if let Some(found) = found {
            let at = (found.x0.round(), found.y0.round());
            layout
                .texts
                .push(Label::top_left(text, scale.label_px, MUTED, at).part(Part::Tag));
            plot.taken.boxes.push(found);
        }
    }
}

/// The dotted line, giving way to every label it would run through: placing a label clear of
/// it is not always possible on a short or narrow plot.
fn dotted_line(layout: &mut Layout, plot: &Plot<'_>) {
    let Some(((line_x, top), (_, bottom))) = plot.dotted else {
        return;
    };
    let thin = plot.scale.thin;
    for (from, to) in open_stretches(line_x, top, bottom, &plot.taken.boxes, 2.0) {
        layout.marks.push(Mark::Path {
            points: vec![(line_x, from), (line_x, to)],
            color: MUTED.to_rgba(),
            width: thin + 1,
            dash: Some((thin * 2, thin * 3)),
            part: Part::Reference,
        });
    }
}

/// Two Dutch sentences with the key numbers, for screen readers.
fn summary_net_vs_share(data: Option<&NetVsShare>) -> String {
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
    match data.break_even {
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
fn table_net_vs_share(data: Option<&NetVsShare>) -> DataTable {
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
        if let Some(share) = data.break_even.filter(|b| *b <= 1.0) {
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
        crate::model::order::sort_by(&mut shares, |a, b| a.0.total_cmp(&b.0));
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
    use crate::charts::layout::checks;
    use crate::charts::test_support::*;

    // Summary and table as a reader sees them (see `test_support::svg_texts`).
    fn summary_net_vs_share(data: Option<&NetVsShare>) -> String {
        format::plain(&super::summary_net_vs_share(data))
    }
    fn table_net_vs_share(data: Option<&NetVsShare>) -> DataTable {
        plain_table(super::table_net_vs_share(data))
    }

    /// A line as the model would give it: costs `cost` (PV), `per_share` avoided if every
    /// family avoided an escalation, `other` avoided besides, the central share `central`.
    fn line(cost: f64, per_share: f64, other: f64, central: f64) -> NetVsShare {
        NetVsShare {
            avoided_pv_per_share: per_share,
            central_share: central,
            central_net: central * per_share + other - cost,
            break_even: (per_share > 0.0).then(|| ((cost - other) / per_share).max(0.0)),
            other_avoided_pv: other,
            sanity: None,
            assumption_range: None,
        }
    }

    /// Costs € 300.000 (PV); avoided € 2,1 mln if every family avoided an escalation: break-even
    /// at 1/7; central 7%.
    fn sample() -> NetVsShare {
        line(300_000.0, 2_100_000.0, 0.0, 0.07)
    }

    /// The chart as an SVG string.
    fn net_vs_share(
        data: Option<&NetVsShare>,
        options: &ChartOptions,
    ) -> Result<String, ChartError> {
        let chart = NetVsShareChart {
            line: data.copied(),
        };
        chart.svg(options)
    }

    /// A name as long as a council's real ones get.
    const LONG_NAME: &str =
        "Gemeente Súdwest-Fryslân — collegevoorstel informele gezinssteun, na het amendement";

    /// The fixture with `query`; "een" is one initiative alone.
    fn fixture(query: &str) -> Fixture {
        if query != "een" {
            return Fixture::with(query);
        }
        let mut fixture = Fixture::load();
        fixture.scenario.lines.truncate(1);
        fixture.projection =
            crate::model::projection::project(&fixture.model, &fixture.scenario).expect("projects");
        fixture
    }

    /// The scenarios a user tries first and the hard ones: the page's scenario, one initiative,
    /// all four, the share at either end of its range, a high deadweight, no placements.
    const SCENARIOS: [&str; 7] = [
        "",
        "een",
        "k.buurtgezinnen=12&k.steunouder=10",
        "a.aandeel_jeugdhulp_voorkomen=0.12",
        "a.aandeel_jeugdhulp_voorkomen=0.02",
        "a.deadweight=0.5",
        "a.aandeel_uithuisplaatsing_voorkomen=0",
    ];

    /// The chart's layout for every scenario and size, with a name for messages: as the page,
    /// the slide or an export asks for it, a long scenario name (a title of two lines) on
    /// every other one.
    fn every_layout(check: impl Fn(&str, &ChartOptions, &Layout)) {
        for (i, query) in SCENARIOS.iter().enumerate() {
            let mut fixture = fixture(query);
            if i % 2 == 1 {
                fixture.scenario.name = LONG_NAME.to_string();
            }
            for (width, large, export) in checks::sizes() {
                let input = fixture.input_at(width, large);
                let chart = NetVsShareChart::new(&input);
                let options = checks::sized(chart.options(&input), export);
                let layout = chart.layout(&options, options.size()).expect("lays out");
                check(&checks::size_name(query, &options), &options, &layout);
            }
        }
    }

    #[test]
    fn at_any_size_no_text_lies_over_another() {
        every_layout(|name, _, layout| {
            let texts: Vec<&Label> = layout.texts.iter().collect();
            let found = checks::overlapping(&texts, 1.0);
            assert!(found.is_empty(), "{name}: {found:?}");
        });
    }

    #[test]
    fn at_any_size_no_label_lies_over_the_net_line_and_the_dotted_line_gives_way() {
        every_layout(|name, _, layout| {
            let labels = layout.texts_of(Part::DataLabel).count();
            assert!(labels >= 1, "{name}: no data label");
            for part in [Part::DataLabel, Part::Tag, Part::Axis] {
                let on_line = checks::on_a_path(layout, part, Part::Data);
                assert!(on_line.is_empty(), "{name}: on the net line: {on_line:?}");
            }
            let crossed: Vec<String> = layout
                .texts
                .iter()
                .filter(|t| {
                    layout.paths_of(Part::Reference).iter().any(|p| {
                        p.windows(2)
                            .any(|w| t.bounds().grown(-1.0).meets_segment(w[0], w[1]))
                    })
                })
                .map(|t| t.text.clone())
                .collect();
            assert!(
                crossed.is_empty(),
                "{name}: dotted line through {crossed:?}"
            );
            // Its own tag stands beside it, whole: the line never has to give way to it.
            let line_x = layout.paths_of(Part::Reference).first().map(|p| p[0].0);
            let straddling: Vec<&str> = layout
                .texts_of(Part::Tag)
                .filter(|t| t.text.contains("ter vergelijking") || t.text.starts_with("1 op de"))
                .filter(|t| line_x.is_some_and(|x| t.bounds().x0 < x && x < t.bounds().x1))
                .map(|t| t.text.as_str())
                .collect();
            assert!(
                straddling.is_empty(),
                "{name}: tag over its line: {straddling:?}"
            );
        });
    }

    #[test]
    fn at_any_size_nothing_is_cut_off_and_a_slide_has_type_of_at_least_24_px() {
        every_layout(|name, options, layout| {
            checks::assert_fits(name, options, layout);
        });
    }

    #[test]
    fn on_a_slide_the_central_point_is_named_in_the_picture() {
        every_layout(|name, options, layout| {
            let named = layout
                .texts_of(Part::DataLabel)
                .any(|t| t.text.starts_with("centrale aanname") || t.text.starts_with("centraal"));
            assert!(named || !options.large, "{name}");
        });
    }

    #[test]
    fn the_line_through_the_models_central_point_meets_zero_at_the_models_break_even() {
        // Central point and break-even both come from the model: the line drawn through the
        // first must cross zero at the second, with or without placements counted.
        for query in [
            "",
            "a.aandeel_uithuisplaatsing_voorkomen=0",
            "a.deadweight=0.5",
        ] {
            let fixture = Fixture::with(query);
            let data = NetVsShareChart::new(&fixture.input(false))
                .line
                .expect("a line");
            let break_even = data.break_even.expect("a break-even");
            let scale = data.net_at(0.0).abs();
            assert!(data.net_at(break_even).abs() < 1e-9 * scale, "{query}");
        }
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
        .find(|h| h.id == crate::report::headlines::HeadlineId::Net)
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
        assert!((line.break_even.unwrap() - headline_break_even).abs() < 1e-12);
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
        crate::fixture::assert_says(
            &note,
            &[
            "ter vergelijking: ongeveer 1 op de 5 bereikte gezinnen gaat er bij",
            "werkelijk op vooruit (20%).",
            "Deze as telt, zoals de aanname, vóór aftrek van wat ook zonder koppeling was gebeurd; het netto resultaat trekt die 50% af.",
            ],
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
        let data = line(300_000.0, 2_100_000.0, 90_000.0, 0.07);
        assert!((data.break_even.unwrap() - 0.1).abs() < 1e-12);
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
        let data = line(300_000.0, 600_000.0, 0.0, 0.07);
        let svg = net_vs_share(Some(&data), &ChartOptions::presentation(TITLE)).unwrap();
        assert_well_formed_svg(&svg);
        // Break-even at 50%: the axis stretches to 60%.
        // On a slide in plain words.
        // On one line or, where the plot is short, broken over two.
        assert!(svg_texts(&svg)
            .join(" ")
            .contains("terugverdiend bij 50 van de 100 gezinnen"));
        assert!(!svg.contains("break-even") && !svg.contains("contante waarde"));
        let data = line(300_000.0, 200_000.0, 0.0, 0.07);
        let svg = net_vs_share(Some(&data), &ChartOptions::new(TITLE)).unwrap();
        assert!(svg.contains("geen break-even"));
        let data = line(300_000.0, 0.0, 0.0, 0.07);
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
    fn a_chart_that_cannot_be_drawn_says_so_in_dutch() {
        let bad = line(f64::NAN, 1.0, 0.0, 0.07);
        let error = net_vs_share(Some(&bad), &ChartOptions::default()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "De grafiek kon niet worden getekend: het netto resultaat of het aandeel gezinnen is \
             geen geldig getal."
        );
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
