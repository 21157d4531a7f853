//! Chart 4: which assumption decides the outcome. A tornado chart around the central net result
//! (present value): one row per parameter, largest swing on top, a bar from the central net to
//! the net with the parameter at its low end and one to the net at its high end, each end
//! labelled with the parameter's value; a zero line and the central line.

use plotters::prelude::*;

use super::chart::{Chart, ChartInput};
use super::frame::{self, fit_bold_text, wrap_text, LegendItem, Swatch};
use super::labels::text_width;
use super::layout::{Across, Down, Label, Layout, Mark, Part};
use super::placement::PixelBox;
use super::style::{sources, NiceAxis, Scale, CENTRAL_COLOR, GRID, INK};
use super::{ChartError, ChartOptions, EMPTY_MESSAGE};
use crate::model::format;
use crate::model::sensitivity::{sensitivity, Sensitivity};
use crate::report::headlines::at_values;
use crate::report::sensitivity::{
    lowercase_first, sensitivity_text, table_rows, Bar, SensitivityText,
};
use crate::report::table::DataTable;

/// Default title of this chart (add the scenario name with [`super::chart_title`]).
pub const TITLE: &str = "Wat als een aanname anders uitvalt?";

/// Colours of the two ends: a light and a dark blue, told apart by their hatching as well.
const LOW_END: RGBColor = RGBColor(0x9E, 0xCA, 0xE1);
const HIGH_END: RGBColor = RGBColor(0x08, 0x51, 0x9C);

/// Chart 4's numbers: the sensitivity runs in words, computed once for picture, summary and
/// table.
#[derive(Debug, Clone, PartialEq)]
pub struct TornadoChart {
    text: SensitivityText,
}

impl TornadoChart {
    pub fn from_text(text: SensitivityText) -> TornadoChart {
        TornadoChart { text }
    }
}

impl Chart for TornadoChart {
    const SLUG: &'static str = "gevoeligheid";
    const TITLE: &'static str = TITLE;
    const USES_BANDS: bool = false;
    /// Some two hundred runs of the model: drawn when the hand rests, not on every slider step.
    const DEFERRED: bool = true;

    /// No bars when nothing is chosen (an empty projection) or the scenario cannot be projected.
    fn new(input: &ChartInput<'_>) -> TornadoChart {
        if input.projection.per_initiative.is_empty() {
            return TornadoChart::from_text(sensitivity_text(&no_runs(), input.parameters));
        }
        if let Some(text) = input.sensitivity {
            return TornadoChart::from_text(text.clone());
        }
        let runs = match sensitivity(input.model, input.scenario) {
            Ok(runs) => runs,
            Err(_) => no_runs(),
        };
        TornadoChart::from_text(sensitivity_text(&runs, input.parameters))
    }

    /// On the page and in exports the chart grows until every bar fits; a slide keeps the
    /// projector's size and leaves the smallest bars to the table.
    fn options(&self, input: &ChartInput<'_>) -> ChartOptions {
        let mut options = input.options(TITLE);
        if !input.large {
            let scale = Scale::for_options(&options);
            let (plot_width, plot_height) = plot_size(&options);
            let rows = Rows::new(&scale, plot_height, options.narrow()).with_labels(
                &self.text.bars,
                &scale,
                plot_width,
            );
            let grow = if rows.stacked {
                // Each row as high as its label needs: grow by what the rows still lack.
                (rows.heights.iter().sum::<f64>() - rows.room).max(0.0)
            } else {
                let missing = self.text.bars.len().saturating_sub(rows.fit);
                missing as f64 * rows.height
            };
            options.height = options.height.saturating_add(grow.ceil() as u32);
        }
        options
    }

    fn layout(&self, options: &ChartOptions, size: (u32, u32)) -> Result<Layout, ChartError> {
        Ok(tornado_layout(&self.text, options, size))
    }

    fn summary(&self) -> String {
        summary_tornado(&self.text)
    }

    fn table(&self) -> DataTable {
        table_tornado(&self.text)
    }
}

/// No bars: nothing chosen, or a scenario that cannot be projected.
fn no_runs() -> Sensitivity {
    Sensitivity {
        central_net: 0.0,
        central_cost: 0.0,
        runs: Vec::new(),
        changed_assumptions: 0,
    }
}

/// The two ends, told apart by colour.
fn legend() -> [LegendItem; 2] {
    [
        LegendItem {
            label: "aanname op de ondergrens".to_string(),
            swatch: Swatch::Band {
                color: LOW_END,
                opacity: 1.0,
            },
        },
        LegendItem {
            label: "aanname op de bovengrens".to_string(),
            swatch: Swatch::Band {
                color: HIGH_END,
                opacity: 1.0,
            },
        },
    ]
}

/// The vertical layout of the rows in a plot area of `plot_height` pixels.
struct Rows {
    /// Room above the rows, for the central label.
    top: f64,
    /// Height of one row (stacked: the most one takes; `heights` has each).
    height: f64,
    /// How many rows fit (at least one).
    fit: usize,
    /// The plot's height left for the rows.
    room: f64,
    /// On a phone the label stands on up to two lines above its bar, across the whole width,
    /// instead of in a column beside it: a column of two fifths of 350 px would cut most
    /// labels short.
    stacked: bool,
    /// Stacked: each bar's row height, one or two label lines and the bar (see
    /// [`Rows::with_labels`]); empty beside.
    heights: Vec<f64>,
}

impl Rows {
    /// Lines a stacked label may take.
    const STACKED_LINES: usize = 2;

    fn new(scale: &Scale, plot_height: f64, stacked: bool) -> Rows {
        let line = f64::from(scale.label_line());
        // Tick labels and the axis description under the rows.
        let axis_height = line * 2.4;
        let top = line * 1.2;
        // Stacked rows are sized by `with_labels`; this is the most a row takes.
        let height = if stacked {
            (Self::STACKED_LINES as f64 + 0.5) * Self::label_line(scale) + Self::bar_band(scale)
        } else {
            (line * 1.7).max(scale.label_px * 2.0)
        };
        let room = plot_height - axis_height - top;
        let fit = ((room / height).floor() as usize).max(1);
        Rows {
            top,
            height,
            fit,
            room,
            stacked,
            heights: Vec::new(),
        }
    }

    /// Stacked rows sized to their labels (a one-line label takes one line less), and how many
    /// of them fit; beside the bars the rows stay as they are.
    fn with_labels(mut self, bars: &[Bar], scale: &Scale, width: f64) -> Rows {
        if !self.stacked {
            return self;
        }
        self.heights = bars
            .iter()
            .map(|bar| {
                let lines = wrap_text(&bar.label, scale.label_px, width)
                    .len()
                    .clamp(1, Self::STACKED_LINES);
                // A little room above the label, so it reads with the bar under it and not
                // with the one above.
                (lines as f64 + 0.5) * Self::label_line(scale) + Self::bar_band(scale)
            })
            .collect();
        let mut used = 0.0;
        let fit = self
            .heights
            .iter()
            .take_while(|h| {
                used += *h;
                used <= self.room + 0.5
            })
            .count();
        self.fit = fit.max(1);
        self
    }

    /// The top of row `index`.
    fn row_top(&self, index: usize) -> f64 {
        if self.stacked {
            self.top + self.heights[..index].iter().sum::<f64>()
        } else {
            self.top + index as f64 * self.height
        }
    }

    /// The bottom of the first `shown` rows.
    fn bottom(&self, shown: usize) -> f64 {
        self.row_top(shown)
    }

    /// The distance between two lines of one label.
    fn label_line(scale: &Scale) -> f64 {
        f64::from(scale.label_line()) * 0.8
    }

    /// The height a stacked row gives its bar, under the label.
    fn bar_band(scale: &Scale) -> f64 {
        f64::from(scale.label_line()) * 1.2
    }

    /// The vertical middle of row `index`'s bar.
    fn bar_middle(&self, scale: &Scale, index: usize) -> f64 {
        let row_top = self.row_top(index);
        if self.stacked {
            row_top + self.heights[index] - Self::bar_band(scale) / 2.0
        } else {
            row_top + self.height / 2.0
        }
    }

    /// Half the thickness of a bar.
    fn bar_half(&self, scale: &Scale) -> i32 {
        let band = if self.stacked {
            Self::bar_band(scale)
        } else {
            self.height
        };
        (band * 0.32).round() as i32
    }
}

/// The plot's width and height at `options`' size: inside the frame (title, legend, source
/// line), laid out as the chart lays it out, so the rows counted are the rows drawn.
fn plot_size(options: &ChartOptions) -> (f64, f64) {
    let scale = Scale::for_options(options);
    let mut layout = Layout::new(options.size());
    let source = sources::tornado(options.large);
    let area = frame::frame_layout(&mut layout, options, &scale, &legend(), source);
    (area.x1 - area.x0, area.y1 - area.y0)
}

/// Where the rows and the axis go inside the frame, in the frame's own pixels (`at` moves them
/// into the picture's).
struct Geometry {
    /// The frame's top-left corner in the picture.
    origin: (f64, f64),
    width: f64,
    rows: Rows,
    /// Bars drawn; the rest are in the table (page) or named under the axis (slide).
    shown: usize,
    labels_width: f64,
    plot_left: f64,
    plot_right: f64,
    axis: NiceAxis,
}

impl Geometry {
    fn at(&self, x: f64, y: f64) -> (f64, f64) {
        (self.origin.0 + x, self.origin.1 + y)
    }

    /// The box from `x0` to `x1`, `half` above and below `y`, in the picture's pixels.
    fn band(&self, x0: f64, x1: f64, y: f64, half: f64) -> PixelBox {
        let (a, b) = (self.at(x0, y - half), self.at(x1, y + half));
        PixelBox::new(a.0, a.1, b.0, b.1)
    }

    /// The x of an amount, in whole pixels of the frame.
    fn x_of(&self, value: f64) -> f64 {
        let t = (value - self.axis.lo) / (self.axis.hi - self.axis.lo);
        (self.plot_left + t * (self.plot_right - self.plot_left)).round()
    }
}

/// The chart as plain data (see `layout.rs`): frame with legend, a row per drawn bar with its
/// label and the two values at its ends, the axis under the rows, the zero and central lines,
/// and on a slide the smaller bars named under the axis.
fn tornado_layout(text: &SensitivityText, options: &ChartOptions, size: (u32, u32)) -> Layout {
    let scale = Scale::for_options(options);
    let mut layout = Layout::new(size);
    let source = sources::tornado(options.large);
    if text.bars.is_empty() {
        frame::empty_layout(&mut layout, options, &scale, source, EMPTY_MESSAGE);
        return layout;
    }
    let area = frame::frame_layout(&mut layout, options, &scale, &legend(), source);
    let (width, height) = (area.x1 - area.x0, area.y1 - area.y0);
    let rows = Rows::new(&scale, height, options.narrow()).with_labels(&text.bars, &scale, width);
    // A slide has no table to point to: the bars that do not fit are named under the axis.
    let (shown, smaller) = if options.large {
        slide_rows(text, &scale, height, width)
    } else {
        (text.bars.len().min(rows.fit), Vec::new())
    };
    let g = geometry(text, &scale, (area.x0, area.y0), width, rows, shown);
    grid_and_ticks(&mut layout, &g, &scale);
    bars(&mut layout, &g, &scale, text);
    lines_and_labels(&mut layout, &g, &scale, text, options, smaller);
    layout
}

/// The label column, the plot beside it and the axis: it covers every end, zero and the
/// central net, with room beside the outer ends for the parameter values written there.
fn geometry(
    text: &SensitivityText,
    scale: &Scale,
    origin: (f64, f64),
    width: f64,
    rows: Rows,
    shown: usize,
) -> Geometry {
    // Labels in at most two lines: across the width above their bars (stacked), or in a
    // column of at most two fifths of the width beside them.
    let labels_width = if rows.stacked {
        width
    } else {
        let widest = text.bars[..shown]
            .iter()
            .map(|bar| text_width(&bar.label, scale.label_px))
            .fold(0.0, f64::max);
        (width * 0.4).min(widest + scale.label_px)
    };
    let plot_left = if rows.stacked {
        0.0
    } else {
        labels_width + scale.label_px
    };
    let plot_right = width - scale.label_px;
    let (min, max) = text.bars.iter().fold(
        (text.central_net.min(0.0), text.central_net.max(0.0)),
        |(lo, hi), bar| {
            (
                lo.min(bar.net_at_low).min(bar.net_at_high),
                hi.max(bar.net_at_low).max(bar.net_at_high),
            )
        },
    );
    let widest_value = text.bars[..shown]
        .iter()
        .flat_map(|bar| [&bar.low_short, &bar.high_short])
        .map(|value| text_width(value, scale.small_px))
        .fold(0.0, f64::max);
    let room = (widest_value + scale.small_px) / (plot_right - plot_left).max(1.0);
    let pad = (max - min).max(1.0) * room.min(0.4);
    // As many ticks as their labels fit side by side.
    let tick_label = text_width(
        &format::euro_rounded(min.abs().max(max.abs())),
        scale.label_px,
    ) + text_width("−", scale.label_px);
    let ticks = ((plot_right - plot_left) / (tick_label * 1.5)).floor() as usize;
    Geometry {
        origin,
        width,
        rows,
        shown,
        labels_width,
        plot_left,
        plot_right,
        axis: NiceAxis::new(min - pad, max + pad, ticks.clamp(2, 6)),
    }
}

/// Grid lines and tick labels. The nice step may give more ticks than asked for; on a narrow
/// plot a label that would touch the one before it, or stick out of the picture, is left out
/// (its grid line stays).
fn grid_and_ticks(layout: &mut Layout, g: &Geometry, scale: &Scale) {
    let (top, bottom) = (g.rows.top.trunc(), g.rows.bottom(g.shown).trunc());
    let mut last_label_right = f64::NEG_INFINITY;
    for &tick in &g.axis.ticks {
        let x = g.x_of(tick);
        let points = vec![g.at(x, top), g.at(x, bottom)];
        layout
            .marks
            .push(Mark::line(points, GRID, scale.thin, Part::Backdrop));
        let label = g.axis.euro_label(tick);
        let half_label = text_width(&label, scale.label_px) / 2.0;
        let clear = x - half_label >= last_label_right + scale.label_px / 2.0;
        if clear && x - half_label >= 0.0 && x + half_label <= g.width {
            last_label_right = x + half_label;
            let at = g.at(x, bottom + (scale.label_px / 3.0).trunc());
            let label = Label::top_left(label, scale.label_px, INK, at).part(Part::Axis);
            layout.texts.push(label.anchor(Across::Center, Down::Top));
        }
    }
}

/// Each drawn row: its label beside the bar (on a phone above it, after the lines), the two
/// bars from the central net, and the parameter's value beside the end of each.
fn bars(layout: &mut Layout, g: &Geometry, scale: &Scale, text: &SensitivityText) {
    let central_x = g.x_of(text.central_net);
    for (index, bar) in text.bars[..g.shown].iter().enumerate() {
        let y_mid = g.rows.bar_middle(scale, index);
        let half = f64::from(g.rows.bar_half(scale));
        let y = y_mid.round();
        if !g.rows.stacked {
            row_label(layout, g, &bar.label, scale, y_mid);
        }
        for (net, value, color, is_low) in [
            (bar.net_at_low, &bar.low_short, LOW_END, true),
            (bar.net_at_high, &bar.high_short, HIGH_END, false),
        ] {
            let x = g.x_of(net);
            let (x0, x1) = (central_x.min(x), central_x.max(x));
            if x1 > x0 {
                let rect = g.band(x0, x1, y, half);
                let color = color.to_rgba();
                layout.marks.push(Mark::Fill {
                    rect,
                    color,
                    part: Part::Data,
                });
                let (color, width) = (INK, scale.thin);
                layout.marks.push(Mark::Outline { rect, color, width });
            }
            // The parameter's value beside the end of its bar, on the side away from the other
            // end: outside the bar when the ends lie either side of the central line, and never
            // over the other value when both lie on one side or do not move the result.
            let other = g.x_of(if is_low {
                bar.net_at_high
            } else {
                bar.net_at_low
            });
            let leftward = x < other || (x == other && is_low);
            let offset = (scale.small_px / 3.0).trunc();
            let (across, label_x) = if leftward {
                (Across::Right, x - offset)
            } else {
                (Across::Left, x + offset)
            };
            let w = text_width(value, scale.small_px);
            let fits = match across {
                Across::Right => label_x - w >= g.plot_left,
                _ => label_x + w <= g.width,
            };
            if fits {
                let label = Label::top_left(value.clone(), scale.small_px, INK, g.at(label_x, y));
                let label = label.part(Part::DataLabel).anchor(across, Down::Center);
                layout.texts.push(label);
            }
        }
    }
}

/// Zero line, solid; central line, in the central colour, labelled above the rows; stacked row
/// labels over them on a white ground; the axis description, or on a slide the smaller bars
/// named under the axis.
fn lines_and_labels(
    layout: &mut Layout,
    g: &Geometry,
    scale: &Scale,
    text: &SensitivityText,
    options: &ChartOptions,
    smaller: Vec<String>,
) {
    let (top, bottom) = (g.rows.top.trunc(), g.rows.bottom(g.shown).trunc());
    let line = f64::from(scale.label_line());
    let central_x = g.x_of(text.central_net);
    for (x, color, part) in [
        (g.x_of(0.0), INK, Part::Axis),
        (central_x, CENTRAL_COLOR, Part::Reference),
    ] {
        let points = vec![g.at(x, top), g.at(x, bottom)];
        layout
            .marks
            .push(Mark::line(points, color, scale.line, part));
    }
    if g.rows.stacked {
        for (index, bar) in text.bars[..g.shown].iter().enumerate() {
            row_label(
                layout,
                g,
                &bar.label,
                scale,
                g.rows.bar_middle(scale, index),
            );
        }
    }
    // On a slide with a list of smaller bars, the list takes the axis description's line and
    // the central label says what the amounts are.
    let list_under_axis = options.large && !smaller.is_empty();
    let central_net = format::euro_rounded(text.central_net);
    let central_label = if list_under_axis {
        format!("saldo centraal, omgerekend naar nu: {central_net}")
    } else {
        format!("centraal: {central_net}")
    };
    let prefer = if central_x > (g.plot_left + g.plot_right) / 2.0 {
        Across::Right
    } else {
        Across::Left
    };
    // Kept inside the picture: a long label at a line near one edge turns the other way.
    let at = g.at(central_x, (top - line * 0.2).trunc());
    let label = Label::top_left(central_label, scale.small_px, INK, at).bold();
    let label = label.part(Part::Tag).anchor(prefer, Down::Bottom);
    let bounds = (g.origin.0 as i32, (g.origin.0 + g.width) as i32);
    layout
        .texts
        .push(frame::label_inside(label, 0.0, prefer, bounds));
    under_the_axis(layout, g, scale, text, options, smaller);
}

/// Under the axis its description, with on the page the count of bars only the table holds;
/// on a slide with smaller bars, the list naming them instead.
fn under_the_axis(
    layout: &mut Layout,
    g: &Geometry,
    scale: &Scale,
    text: &SensitivityText,
    options: &ChartOptions,
    smaller: Vec<String>,
) {
    let (bottom, line) = (
        g.rows.bottom(g.shown).trunc(),
        f64::from(scale.label_line()),
    );
    let list_under_axis = options.large && !smaller.is_empty();
    let hidden = text.bars.len() - g.shown;
    let saldo = if options.large {
        "Saldo (omgerekend naar nu)"
    } else {
        "Saldo (contante waarde)"
    };
    let small_line = f64::from(scale.small_line());
    let under = (bottom + line * 1.3).trunc();
    if !list_under_axis {
        let axis_label = if hidden > 0 && !options.large {
            format!("{saldo}; nog {hidden} kleinere in de tabel")
        } else {
            saldo.to_string()
        };
        let at = g.at(((g.plot_left + g.plot_right) / 2.0).trunc(), under);
        let label = Label::top_left(axis_label, scale.small_px, INK, at).part(Part::Axis);
        layout.texts.push(label.anchor(Across::Center, Down::Top));
    }
    for (i, list_line) in smaller.into_iter().enumerate() {
        let at = g.at(0.0, (bottom + line * 1.3 + small_line * i as f64).round());
        layout
            .texts
            .push(Label::top_left(list_line, scale.small_px, INK, at).part(Part::Note));
    }
}

/// A row's label: beside its bar, right-aligned against the plot, or on a phone above it,
/// left-aligned, its last line just over the bar and on a white ground, so the lines through
/// the rows do not cross its words. At most two lines; a longer label is cut with an ellipsis
/// (the table has it whole).
fn row_label(layout: &mut Layout, g: &Geometry, label: &str, scale: &Scale, bar_middle: f64) {
    let width = g.labels_width;
    let mut lines = wrap_text(label, scale.label_px, width);
    if lines.len() > Rows::STACKED_LINES {
        let rest = lines[1..].join(" ");
        lines = vec![
            lines[0].clone(),
            fit_bold_text(&rest, scale.label_px, width),
        ];
    }
    let line_height = Rows::label_line(scale);
    let count = lines.len() as f64;
    let (x, across, first) = if g.rows.stacked {
        let last = bar_middle - Rows::bar_band(scale) / 2.0 - line_height / 2.0;
        (0.0, Across::Left, last - line_height * (count - 1.0))
    } else {
        let first = bar_middle - line_height * (count - 1.0) / 2.0;
        (width.trunc(), Across::Right, first)
    };
    for (i, text_line) in lines.into_iter().enumerate() {
        let y = (first + i as f64 * line_height).round();
        if g.rows.stacked {
            let half = (scale.label_px * 0.55).round();
            let right = text_width(&text_line, scale.label_px).round();
            let rect = g.band(x, x + right, y, half);
            let color = WHITE.to_rgba();
            layout.marks.push(Mark::Fill {
                rect,
                color,
                part: Part::Backdrop,
            });
        }
        let label = Label::top_left(text_line, scale.label_px, INK, g.at(x, y));
        layout
            .texts
            .push(label.part(Part::DataLabel).anchor(across, Down::Center));
    }
}

/// The most bars a slide draws before it names the rest: from the back of the room the largest
/// few, each with its values, say more than a list of names; the page has every bar.
const SLIDE_BARS: usize = 4;

/// On a slide (never stacked): how many bars to draw, and the lines naming the rest ("En 5
/// kleinere: …"), so that bars and lines together fit a plot of `plot_height` pixels. Every bar
/// is drawn where they fit; otherwise at least the largest [`SLIDE_BARS`] (as many as fit) with
/// the rest named. When the whole rest does not fit in names, the list names the largest of it,
/// or only counts it, and points to the page.
fn slide_rows(
    text: &SensitivityText,
    scale: &Scale,
    plot_height: f64,
    width: f64,
) -> (usize, Vec<String>) {
    let rows = Rows::new(scale, plot_height, false);
    let small_line = f64::from(scale.small_line());
    // The list starts where the axis description would stand (see `draw_tornado`).
    let line = f64::from(scale.label_line());
    let room = |shown: usize| {
        ((plot_height - rows.top - shown as f64 * rows.height - line * 1.3) / small_line).floor()
    };
    let all = text.bars.len();
    let fewest = all.min(SLIDE_BARS);
    // More bars than the fewest only while the rest still fits in names.
    for shown in (fewest.max(1)..=all).rev() {
        let lines = smaller_list(&text.bars[shown..], all - shown, scale.small_px, width);
        if lines.len() as f64 <= room(shown) {
            return (shown, lines);
        }
    }
    // As many of the largest bars as fit, and of the rest as many names as fit.
    for shown in (1..=fewest).rev() {
        let hidden = all - shown;
        let fit = room(shown);
        let lines = (0..=hidden)
            .rev()
            .map(|named| {
                smaller_list(
                    &text.bars[shown..shown + named],
                    hidden,
                    scale.small_px,
                    width,
                )
            })
            .find(|lines| lines.len() as f64 <= fit);
        if let Some(lines) = lines {
            return (shown, lines);
        }
    }
    let hidden = all.saturating_sub(1);
    (1, smaller_list(&[], hidden, scale.small_px, width))
}

/// "En 3 kleinere: a, b en c.", wrapped to `width`, with one initiative's quantities together
/// ("duur van een koppeling – Buurtgezinnen, Steunouder"); when `hidden` is more than the bars
/// named, "En 9 kleinere, waarvan de grootste: a, b; alle op de scenariopagina.", and with none
/// named "En 9 kleinere, alle op de scenariopagina."
fn smaller_list(bars: &[Bar], hidden: usize, px: f64, width: f64) -> Vec<String> {
    let mut names: Vec<(String, Vec<String>)> = Vec::new();
    for bar in bars {
        let label = lowercase_first(&bar.label);
        match label.split_once(" – ") {
            Some((base, initiative)) => {
                match names.iter_mut().find(|(b, i)| b == base && !i.is_empty()) {
                    Some((_, initiatives)) => initiatives.push(initiative.to_string()),
                    None => names.push((base.to_string(), vec![initiative.to_string()])),
                }
            }
            None => names.push((label, Vec::new())),
        }
    }
    let names: Vec<String> = names
        .into_iter()
        .map(|(base, initiatives)| match initiatives.as_slice() {
            [] => base,
            _ => format!("{base} – {}", initiatives.join(", ")),
        })
        .collect();
    let listed = match names.as_slice() {
        [] if hidden > 0 => {
            return wrap_text(
                &format!("En {hidden} kleinere, alle op de scenariopagina."),
                px,
                width,
            )
        }
        [] => return Vec::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}; {last}", rest.join("; ")),
    };
    let text = if bars.len() < hidden {
        format!("En {hidden} kleinere, waarvan de grootste: {listed}; alle op de scenariopagina.")
    } else {
        format!("En {hidden} kleinere: {listed}.")
    };
    wrap_text(&text, px, width)
}

/// The central net, the largest driver and the conclusion, for screen readers; short enough to
/// stand under the chart on a slide (every bar is in the table, the drivers in the view).
fn summary_tornado(text: &SensitivityText) -> String {
    let Some(first) = text.bars.first() else {
        return format!("{EMPTY_MESSAGE}.");
    };
    format!(
        "Saldo {}: {}; de grootste invloed heeft {}. {}",
        at_values(text.changed_assumptions),
        format::euro_rounded(text.central_net),
        lowercase_first(&first.label),
        text.conclusion
    )
}

/// The numbers of the chart: every parameter, not only those drawn.
fn table_tornado(text: &SensitivityText) -> DataTable {
    let headers = [
        "Aanname of bron",
        "Ondergrens",
        "Saldo bij ondergrens",
        "Bovengrens",
        "Saldo bij bovengrens",
        "Verschil",
    ]
    .map(String::from)
    .to_vec();
    let rows: Vec<Vec<String>> = table_rows(text).into_iter().map(Vec::from).collect();
    let rows_raw = text
        .bars
        .iter()
        .map(|bar| {
            vec![
                None,
                Some(bar.low_value),
                Some(bar.net_at_low),
                Some(bar.high_value),
                Some(bar.net_at_high),
                Some((bar.net_at_high - bar.net_at_low).abs()),
            ]
        })
        .collect();
    DataTable {
        caption: format!(
            "Saldo (contante waarde) met één aanname op haar onder- of bovengrens, de andere {}",
            match text.changed_assumptions {
                0 => "op hun standaardwaarde".to_string(),
                n => format!("zoals gekozen ({n} aangepast) of op hun standaardwaarde"),
            }
        ),
        headers,
        rows,
        rows_raw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::layout::checks;
    use crate::charts::test_support::{assert_well_formed_svg, svg_texts, Fixture};
    use crate::charts::ChartInput;

    /// The sensitivity of the fixture scenario (Home-Start and Samen Oplopen), in words.
    fn fixture_text() -> SensitivityText {
        let fixture = Fixture::load();
        TornadoChart::new(&fixture.input(false)).text
    }

    /// The chart for the fixture with `query` ("een": one initiative alone), its runs computed
    /// once, and the input to size it with.
    fn charts() -> Vec<(String, Fixture, TornadoChart)> {
        [
            "",
            "een",
            "k.buurtgezinnen=12&k.steunouder=10",
            "a.deadweight=0.5",
        ]
        .into_iter()
        .map(|query| {
            let mut fixture = Fixture::with(if query == "een" { "" } else { query });
            if query == "een" {
                fixture.scenario.lines.truncate(1);
                fixture.projection =
                    crate::model::projection::project(&fixture.model, &fixture.scenario)
                        .expect("projects");
            }
            let chart = TornadoChart::new(&fixture.input(false));
            (query.to_string(), fixture, chart)
        })
        .collect()
    }

    /// The chart's layout for every scenario at every size (`checks::sizes`), as the page, the
    /// slide or an export asks for it.
    fn every_layout(check: impl Fn(&str, &ChartOptions, &Layout)) {
        for (query, fixture, chart) in charts() {
            for (width, large, export) in checks::sizes() {
                let input = fixture.input_at(width, large);
                let options = checks::sized(chart.options(&input), export);
                let layout = tornado_layout(&chart.text, &options, options.size());
                check(&checks::size_name(&query, &options), &options, &layout);
            }
        }
    }

    #[test]
    fn at_any_size_no_text_lies_over_another_and_amounts_side_by_side_stay_apart() {
        every_layout(|name, _, layout| {
            let texts: Vec<&Label> = layout.texts.iter().collect();
            let found = checks::overlapping(&texts, 0.5);
            assert!(found.is_empty(), "{name}: {found:?}");
            // Two amounts of the axis need a space between them to be read as two.
            let ticks: Vec<&Label> = layout
                .texts_of(Part::Axis)
                .filter(|t| t.text.contains('€'))
                .collect();
            let apart: Vec<PixelBox> = ticks.iter().map(|t| t.bounds().grown(2.0)).collect();
            for (i, a) in apart.iter().enumerate() {
                for (j, b) in apart.iter().enumerate().skip(i + 1) {
                    assert!(
                        !a.overlaps(b),
                        "{name}: '{}' against '{}'",
                        ticks[i].text,
                        ticks[j].text
                    );
                }
            }
        });
    }

    #[test]
    fn at_any_size_nothing_is_cut_off_and_a_slide_has_type_of_at_least_24_px() {
        every_layout(|name, options, layout| {
            checks::assert_fits(name, options, layout);
        });
    }

    #[test]
    fn draws_every_bar_that_fits_with_its_label_values_and_the_central_line() {
        let text = fixture_text();
        let svg = TornadoChart::from_text(text.clone())
            .svg(&ChartOptions::presentation(TITLE))
            .expect("draws");
        assert_well_formed_svg(&svg);
        let texts = svg_texts(&svg);
        assert!(texts.iter().any(|t| t == TITLE));
        assert!(texts.iter().any(|t| t.starts_with("Bron:")), "{texts:?}");
        let central = format::plain(&format::euro_rounded(text.central_net));
        assert!(
            texts
                .iter()
                .any(|t| t.contains("centraal") && t.ends_with(&format!(": {central}"))),
            "{texts:?}"
        );
        // A slide shows no table: it names every bar it leaves out.
        let listed = texts.join(" ");
        let shown = text
            .bars
            .iter()
            .filter(|bar| listed.contains(&bar.low_short) || listed.contains(&bar.high_short))
            .count();
        assert!(shown >= 1, "{texts:?}");
        // The largest driver's label and both of its values are drawn.
        let first = &text.bars[0];
        assert!(
            // On one line, or wrapped over two (a slide's type is large), or cut.
            texts.iter().any(|t| t == &first.label || t.ends_with('…'))
                || texts.join(" ").contains(&first.label),
            "{texts:?}"
        );
        assert!(
            texts.contains(&first.low_short) || texts.contains(&first.high_short),
            "{texts:?}"
        );
        assert!(!svg.contains("NaN"));
    }

    #[test]
    fn a_slide_draws_or_names_every_bar_and_keeps_it_all_in_the_picture() {
        // The page's scenario, one initiative, and all four with a long name (a title of
        // three lines leaves the least room).
        for query in ["", "k.buurtgezinnen=12&k.steunouder=10"] {
            let mut fixture = Fixture::with(query);
            if !query.is_empty() {
                fixture.scenario.name = "Gemeente Súdwest-Fryslân — collegevoorstel informele \
                                         gezinssteun, na het amendement"
                    .to_string();
            }
            let input = fixture.input(true);
            let text = TornadoChart::new(&input).text;
            assert!(
                text.bars.len() > 4,
                "enough bars to test: {}",
                text.bars.len()
            );
            let spec = crate::charts::build(crate::charts::ChartId::Tornado, &input);
            let svg = spec.svg.as_ref().expect("draws");
            let texts = svg_texts(svg);
            let joined = texts.join(" ");
            // A bar is drawn with its label, or named in the list, one initiative's quantities
            // together ("duur van een koppeling – Buurtgezinnen, Steunouder").
            let named = |label: &str| {
                joined.contains(label)
                    || joined.contains(&lowercase_first(label))
                    || label.split_once(" – ").is_some_and(|(base, initiative)| {
                        joined.split("; ").any(|item| {
                            item.contains(&format!("{} – ", lowercase_first(base)))
                                && item.contains(initiative)
                        })
                    })
            };
            // The largest few are drawn, each with its label (capitalised, as a row label is):
            // at 24 px three rows of two-line labels fit even under a title of three lines.
            // Every other one is drawn, named, or counted with a pointer to the page.
            for bar in text.bars.iter().take(3) {
                assert!(
                    joined.contains(&bar.label),
                    "{query}: {} is one of the largest and not drawn: {texts:?}",
                    bar.label
                );
            }
            let counted = joined.contains("alle op de scenariopagina");
            for bar in &text.bars {
                assert!(
                    named(&bar.label) || counted,
                    "{query}: {} neither drawn, named nor counted: {texts:?}",
                    bar.label
                );
            }
            assert!(!joined.contains('…'), "{joined}");
            // Every line of text starts above the picture's bottom edge, a line's height clear.
            let height = f64::from(spec.size.1);
            for y in svg.match_indices("<text").filter_map(|(i, _)| {
                let tag = &svg[i..i + svg[i..].find('>')?];
                let at = tag.find(" y=\"")? + 4;
                tag[at..at + tag[at..].find('"')?].parse::<f64>().ok()
            }) {
                assert!(
                    y + crate::charts::style::PRESENTATION_TEXT_PX <= height,
                    "{query}: a text at y = {y} in a picture {height} high"
                );
            }
        }
    }

    #[test]
    fn a_small_chart_says_how_many_bars_only_the_table_holds() {
        let text = fixture_text();
        let options = ChartOptions {
            width: 400,
            height: 240,
            ..ChartOptions::new(TITLE)
        };
        let svg = TornadoChart::from_text(text.clone())
            .svg(&options)
            .expect("draws");
        let texts = svg_texts(&svg);
        assert!(
            texts.iter().any(|t| t.contains("kleinere in de tabel")),
            "{texts:?}"
        );
        // The table holds every bar.
        assert_eq!(table_tornado(&text).rows.len(), text.bars.len());
    }

    #[test]
    fn on_the_page_every_bar_is_drawn_and_on_a_slide_the_size_stays() {
        let fixture = Fixture::load();
        let spec = crate::charts::build(crate::charts::ChartId::Tornado, &fixture.input(false));
        let texts = svg_texts(spec.svg.as_ref().expect("draws"));
        assert!(
            !texts.iter().any(|t| t.contains("kleinere in de tabel")),
            "every bar on the page: {texts:?}"
        );
        assert!(spec.size.1 >= ChartOptions::DEFAULT_SIZE.1);
        let slide = crate::charts::build(crate::charts::ChartId::Tornado, &fixture.input(true));
        assert_eq!(slide.size, ChartOptions::LARGE_SIZE);
    }

    #[test]
    fn on_a_phone_every_label_is_written_whole_above_its_bar() {
        let fixture = Fixture::load();
        let mut input = fixture.input(false);
        input.width = Some(350);
        let spec = crate::charts::build(crate::charts::ChartId::Tornado, &input);
        let svg = spec.svg.as_ref().expect("draws");
        assert_well_formed_svg(svg);
        let texts = svg_texts(svg);
        assert!(!texts.iter().any(|t| t.contains('…')), "{texts:?}");
        // The chart grows until every row fits: none is left to the table.
        assert!(
            !texts.iter().any(|t| t.contains("kleinere in de tabel")),
            "{texts:?}"
        );
        let joined = texts.join(" ");
        let text = fixture_text();
        for bar in &text.bars {
            assert!(
                joined.contains(&bar.label),
                "{} ontbreekt: {texts:?}",
                bar.label
            );
        }
    }

    #[test]
    fn runs_the_caller_already_has_are_drawn_as_they_are() {
        let fixture = Fixture::load();
        let computed = fixture_text();
        let given = SensitivityText {
            central_net: -1234.0,
            ..computed.clone()
        };
        let input = ChartInput {
            sensitivity: Some(&given),
            ..fixture.input(false)
        };
        assert_eq!(TornadoChart::new(&input).text, given);
        assert_eq!(TornadoChart::new(&fixture.input(false)).text, computed);
    }

    #[test]
    fn no_initiative_draws_the_empty_state() {
        let empty = SensitivityText {
            central_net: 0.0,
            bars: Vec::new(),
            drivers: Vec::new(),
            sign_changes: false,
            conclusion: String::new(),
            changed_assumptions: 0,
        };
        let svg = TornadoChart::from_text(empty.clone())
            .svg(&ChartOptions::new(TITLE))
            .expect("draws");
        assert!(svg_texts(&svg).iter().any(|t| t == EMPTY_MESSAGE));
        assert_eq!(summary_tornado(&empty), format!("{EMPTY_MESSAGE}."));
    }

    #[test]
    fn the_summary_carries_the_conclusion() {
        let text = fixture_text();
        let summary = summary_tornado(&text);
        assert!(summary.contains(&text.conclusion));
        assert!(summary.starts_with("Saldo bij de standaardwaarden: "));
        assert!(table_tornado(&text)
            .caption
            .ends_with("de andere op hun standaardwaarde"));
        // Once an assumption differs from its standard value, neither says "standaardwaarden".
        let changed = SensitivityText {
            changed_assumptions: 3,
            ..text
        };
        let summary = summary_tornado(&changed);
        assert!(
            summary.starts_with("Saldo bij de gekozen aannames (3 aangepast): "),
            "{summary}"
        );
        let caption = table_tornado(&changed).caption;
        assert!(caption.contains("zoals gekozen (3 aangepast)"), "{caption}");
    }
}
