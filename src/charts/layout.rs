//! A chart as plain data: every mark and every text placed in the picture's pixels, computed
//! without plotters ([`Layout`]), and the one painter that hands it to a plotters backend
//! ([`paint`]). The layout is what native tests check (no label over another or over the line
//! it names, nothing outside the picture, type large enough on a slide) at any size; painting
//! adds nothing but pixels.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::FontTransform;

use super::labels::{self, text_width, text_width_bold};
use super::placement::PixelBox;
use super::style::{self, anchored, text_style, NiceAxis, Pattern, Scale, GRID, INK, MUTED};
use super::ChartError;
use crate::model::initiative::InitiativeId;

/// What a text or a mark is, so tests can ask for "the data labels" or "the data line".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Title, legend, source line, changed-assumptions line.
    Frame,
    /// A note above the plot, in words.
    Note,
    /// Axis lines, tick marks and their labels, axis descriptions.
    Axis,
    /// Grid lines and tinted regions behind the data.
    Backdrop,
    /// What the numbers are: a line, a bar, a marker.
    Data,
    /// A label that names a data point (must stay clear of the data and of other labels).
    DataLabel,
    /// A label that names a region or a reference line.
    Tag,
    /// A reference line drawn for comparison.
    Reference,
}

/// Horizontal anchor of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Across {
    Left,
    Center,
    Right,
}

/// Vertical anchor of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Down {
    Top,
    Center,
    Bottom,
}

/// One line of text in the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub px: f64,
    pub color: RGBColor,
    pub bold: bool,
    /// The anchor point, in the picture's pixels.
    pub at: (f64, f64),
    pub across: Across,
    pub down: Down,
    /// Written bottom to top (an y axis description), centred on `at`.
    pub upright: bool,
    pub part: Part,
}

impl Label {
    /// Left-aligned text with its top at `at`.
    pub fn top_left(text: impl Into<String>, px: f64, color: RGBColor, at: (f64, f64)) -> Label {
        Label {
            text: text.into(),
            px,
            color,
            bold: false,
            at,
            across: Across::Left,
            down: Down::Top,
            upright: false,
            part: Part::Frame,
        }
    }

    pub fn bold(self) -> Label {
        Label { bold: true, ..self }
    }

    pub fn part(self, part: Part) -> Label {
        Label { part, ..self }
    }

    pub fn anchor(self, across: Across, down: Down) -> Label {
        Label {
            across,
            down,
            ..self
        }
    }

    /// The box the text takes, by the charts' width estimate (`labels::text_width`).
    pub fn bounds(&self) -> PixelBox {
        let width = if self.bold {
            text_width_bold(&self.text, self.px)
        } else {
            text_width(&self.text, self.px)
        };
        let height = self.px * 1.1;
        let (w, h) = if self.upright {
            (height, width)
        } else {
            (width, height)
        };
        let x0 = match self.across {
            Across::Left => self.at.0,
            Across::Center => self.at.0 - w / 2.0,
            Across::Right => self.at.0 - w,
        };
        let y0 = match self.down {
            Down::Top => self.at.1,
            Down::Center => self.at.1 - h / 2.0,
            Down::Bottom => self.at.1 - h,
        };
        PixelBox::new(x0, y0, x0 + w, y0 + h)
    }
}

/// One mark in the picture's pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// A filled rectangle (a tint, a band swatch).
    Fill {
        rect: PixelBox,
        color: RGBAColor,
        part: Part,
    },
    /// A rectangle's outline.
    Outline {
        rect: PixelBox,
        color: RGBColor,
        width: u32,
    },
    /// A bar segment of an initiative: its colour, pattern and dark outline.
    Bar {
        rect: PixelBox,
        initiative: InitiativeId,
    },
    /// A polyline; `dash` (length, gap) draws it dashed.
    Path {
        points: Vec<(f64, f64)>,
        color: RGBAColor,
        width: u32,
        dash: Option<(u32, u32)>,
        part: Part,
    },
    /// A filled polygon (a band between two lines).
    Area {
        points: Vec<(f64, f64)>,
        color: RGBAColor,
        part: Part,
    },
    /// A point marker.
    Point {
        at: (f64, f64),
        marker: Marker,
        color: RGBColor,
    },
}

impl Mark {
    /// A solid line.
    pub fn line(points: Vec<(f64, f64)>, color: impl Color, width: u32, part: Part) -> Mark {
        Mark::Path {
            points,
            color: color.to_rgba(),
            width,
            dash: None,
            part,
        }
    }
}

/// A whole chart as data: marks drawn first, in order, then the texts over them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// The picture's size in pixels.
    pub size: (f64, f64),
    /// Where the data is drawn (inside the axes); `None` for a chart without one.
    pub plot: Option<PixelBox>,
    pub marks: Vec<Mark>,
    pub texts: Vec<Label>,
}

impl Layout {
    pub fn new(size: (u32, u32)) -> Layout {
        Layout {
            size: (f64::from(size.0), f64::from(size.1)),
            ..Layout::default()
        }
    }

    /// The whole picture as a box.
    #[cfg(test)]
    pub fn picture(&self) -> PixelBox {
        PixelBox::new(0.0, 0.0, self.size.0, self.size.1)
    }

    /// The texts that are `part`.
    #[cfg(test)]
    pub fn texts_of(&self, part: Part) -> impl Iterator<Item = &Label> {
        self.texts.iter().filter(move |t| t.part == part)
    }

    /// The points of every path that is `part`.
    #[cfg(test)]
    pub fn paths_of(&self, part: Part) -> Vec<&[(f64, f64)]> {
        self.marks
            .iter()
            .filter_map(|m| match m {
                Mark::Path {
                    points, part: p, ..
                } if *p == part => Some(points.as_slice()),
                _ => None,
            })
            .collect()
    }
}

/// A linear axis in pixels: `value` at `lo` is at pixel `from`, at `hi` at pixel `to`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scaler {
    pub lo: f64,
    pub hi: f64,
    pub from: f64,
    pub to: f64,
}

impl Scaler {
    /// `axis` across `plot`, left to right.
    pub fn across(axis: &NiceAxis, plot: &PixelBox) -> Scaler {
        Scaler {
            lo: axis.lo,
            hi: axis.hi,
            from: plot.x0,
            to: plot.x1,
        }
    }

    /// `axis` up `plot`, bottom to top.
    pub fn up(axis: &NiceAxis, plot: &PixelBox) -> Scaler {
        Scaler {
            lo: axis.lo,
            hi: axis.hi,
            from: plot.y1,
            to: plot.y0,
        }
    }

    pub fn at(&self, value: f64) -> f64 {
        let span = self.hi - self.lo;
        if span.abs() < f64::EPSILON || !value.is_finite() {
            return (self.from + self.to) / 2.0;
        }
        (self.from + (value - self.lo) / span * (self.to - self.from)).clamp(-1e6, 1e6)
    }
}

/// The ticks of one axis: where each is, and its label.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Ticks {
    pub at: Vec<(f64, String)>,
    /// Grid lines across the plot at each tick.
    pub grid: bool,
    pub description: String,
}

impl Ticks {
    /// The euro axis `y` up the plot (`sy`), with grid lines and its description.
    pub fn euro(y: &NiceAxis, sy: &Scaler, description: &str) -> Ticks {
        Ticks {
            at: y
                .ticks
                .iter()
                .map(|t| (sy.at(*t), y.euro_label(*t)))
                .collect(),
            grid: true,
            description: description.to_string(),
        }
    }
}

/// Lays out the axes of `plot` the way plotters' mesh does: grid lines, the axis lines at the
/// left and bottom, tick marks outward, tick labels twice a tick's length away, the x
/// description under the x labels and the y description upright at the left of `area`.
pub(crate) fn axes(
    layout: &mut Layout,
    scale: &Scale,
    area: &PixelBox,
    plot: &PixelBox,
    x: &Ticks,
    y: &Ticks,
) {
    let (tick, thin) = ((scale.label_px / 3.0).trunc(), scale.thin);
    let grid =
        x.at.iter()
            .filter(|_| x.grid)
            .map(|(px, _)| [(*px, plot.y0), (*px, plot.y1)]);
    let across =
        y.at.iter()
            .filter(|_| y.grid)
            .map(|(py, _)| [(plot.x0, *py), (plot.x1, *py)]);
    for line in grid.chain(across).collect::<Vec<_>>() {
        let mark = Mark::line(line.to_vec(), GRID, thin, Part::Backdrop);
        layout.marks.push(mark);
    }
    let axis = |points| Mark::line(points, INK, thin, Part::Axis);
    layout
        .marks
        .push(axis(vec![(plot.x0, plot.y0), (plot.x0, plot.y1)]));
    layout
        .marks
        .push(axis(vec![(plot.x0, plot.y1), (plot.x1, plot.y1)]));
    let label = |text: &str, at| Label::top_left(text, scale.label_px, INK, at).part(Part::Axis);
    for (px, text) in &x.at {
        layout
            .marks
            .push(axis(vec![(*px, plot.y1), (*px, plot.y1 + tick)]));
        if !text.is_empty() {
            let at = (*px, plot.y1 + 2.0 * tick);
            layout
                .texts
                .push(label(text, at).anchor(Across::Center, Down::Top));
        }
    }
    for (py, text) in &y.at {
        layout
            .marks
            .push(axis(vec![(plot.x0 - tick, *py), (plot.x0, *py)]));
        let at = (plot.x0 - 2.0 * tick, *py);
        layout
            .texts
            .push(label(text, at).anchor(Across::Right, Down::Center));
    }
    descriptions(layout, scale, area, plot, &x.description, &y.description);
}

/// The x description under the plot's middle (moved inside the picture where it is wider than
/// the plot), the y description upright at the left of `area`.
fn descriptions(
    layout: &mut Layout,
    scale: &Scale,
    area: &PixelBox,
    plot: &PixelBox,
    x: &str,
    y: &str,
) {
    let description =
        |text: &str, at| Label::top_left(text, scale.label_px, MUTED, at).part(Part::Axis);
    if !x.is_empty() {
        let half = text_width(x, scale.label_px) / 2.0;
        let centre = ((plot.x0 + plot.x1) / 2.0)
            .min(area.x1 - half)
            .max(area.x0 + half);
        let text = description(x, (centre, area.y1));
        layout.texts.push(text.anchor(Across::Center, Down::Bottom));
    }
    if !y.is_empty() {
        let centre = (plot.y0 + plot.y1) / 2.0;
        let text = description(y, (area.x0 + scale.label_px * 0.55, centre));
        layout.texts.push(Label {
            upright: true,
            ..text.anchor(Across::Center, Down::Center)
        });
    }
}

/// The axes of the charts with years across and euros up, inside `area`: the y label area sized
/// to its widest label, year ticks that fit, a light grid across and the y description; returns
/// the plot and the two scales.
pub(crate) fn year_euro_axes(
    layout: &mut Layout,
    scale: &Scale,
    area: &PixelBox,
    (first, last): (i32, i32),
    y: &NiceAxis,
    y_desc: &str,
) -> (PixelBox, Scaler, Scaler) {
    let y_area = f64::from(y_label_area(scale, &y.widest_euro_label(), true));
    let x_area = f64::from(scale.label_line() + scale.label_px as i32 / 2);
    // Not `PixelBox::new`: a plot with no room keeps its sign for the chart to see.
    let plot = PixelBox {
        x0: area.x0 + y_area,
        y0: area.y0 + f64::from(scale.label_line() / 2),
        x1: area.x1,
        y1: area.y1 - x_area,
    };
    let (lo, hi) = (f64::from(first) - 0.5, f64::from(last.max(first)) + 0.5);
    let sx = Scaler {
        lo,
        hi,
        from: plot.x0,
        to: plot.x1,
    };
    let sy = Scaler::up(y, &plot);
    let years = style::year_ticks(first, last, plot.x1 - plot.x0, scale.label_px);
    let x_ticks = Ticks {
        at: years
            .iter()
            .map(|t| (sx.at(*t), labels::year(*t)))
            .collect(),
        grid: false,
        description: String::new(),
    };
    let y_ticks = Ticks::euro(y, &sy, y_desc);
    axes(layout, scale, area, &plot, &x_ticks, &y_ticks);
    layout.plot = Some(plot);
    (plot, sx, sy)
}

fn pixel((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Draws a layout on any plotters drawing area: a white background, the marks in order, then
/// every text.
pub(crate) fn paint<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    scale: &Scale,
) -> Result<(), ChartError> {
    root.fill(&WHITE)?;
    paint_over(root, layout, scale)
}

/// Draws a layout's marks and texts over what `root` holds already.
pub(crate) fn paint_over<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    scale: &Scale,
) -> Result<(), ChartError> {
    for mark in &layout.marks {
        paint_mark(root, mark, scale)?;
    }
    for label in &layout.texts {
        let style = text_style(label.px, label.color, label.bold);
        let h = match label.across {
            Across::Left => HPos::Left,
            Across::Center => HPos::Center,
            Across::Right => HPos::Right,
        };
        let v = match label.down {
            Down::Top => VPos::Top,
            Down::Center => VPos::Center,
            Down::Bottom => VPos::Bottom,
        };
        let style = if label.upright {
            // Rotated, the anchor's "top" faces left: the text's box starts at its left edge.
            let left = label.bounds().x0;
            let style = anchored(
                style.transform(FontTransform::Rotate270),
                HPos::Center,
                VPos::Top,
            );
            root.draw(&Text::new(
                label.text.clone(),
                pixel((left, label.at.1)),
                style,
            ))?;
            continue;
        } else {
            anchored(style, h, v)
        };
        root.draw(&Text::new(label.text.clone(), pixel(label.at), style))?;
    }
    Ok(())
}

fn paint_mark<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    mark: &Mark,
    scale: &Scale,
) -> Result<(), ChartError> {
    let corners = |r: &PixelBox| [pixel((r.x0, r.y0)), pixel((r.x1, r.y1))];
    match mark {
        Mark::Fill { rect, color, .. } => {
            root.draw(&Rectangle::new(corners(rect), color.filled()))?;
        }
        Mark::Outline { rect, color, width } => {
            root.draw(&Rectangle::new(corners(rect), color.stroke_width(*width)))?;
        }
        Mark::Bar { rect, initiative } => {
            let [a, b] = corners(rect);
            draw_bar_segment(root, scale, *initiative, a, b)?;
        }
        Mark::Path {
            points,
            color,
            width,
            dash,
            ..
        } => {
            let points: Vec<(i32, i32)> = points.iter().copied().map(pixel).collect();
            let style = color.stroke_width(*width);
            match dash {
                Some((length, gap)) => {
                    root.draw(&DashedPathElement::new(
                        points,
                        *length as i32,
                        *gap as i32,
                        style,
                    ))?;
                }
                None => root.draw(&PathElement::new(points, style))?,
            }
        }
        Mark::Area { points, color, .. } => {
            let points: Vec<(i32, i32)> = points.iter().copied().map(pixel).collect();
            root.draw(&Polygon::new(points, color.filled()))?;
        }
        Mark::Point { at, marker, color } => {
            draw_marker(root, scale, *marker, *color, pixel(*at))?;
        }
    }
    Ok(())
}

/// Point markers, each a different shape so they differ without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    HollowCircle,
    Triangle,
}

/// Draws a point marker at a pixel position.
pub(crate) fn draw_marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: &Scale,
    marker: Marker,
    color: RGBColor,
    at: (i32, i32),
) -> Result<(), ChartError> {
    let r = scale.marker as i32;
    match marker {
        Marker::Circle => {
            area.draw(&Circle::new(at, r, color.filled()))?;
            area.draw(&Circle::new(at, r, WHITE.stroke_width(scale.thin)))?;
        }
        Marker::HollowCircle => {
            area.draw(&Circle::new(at, r + 1, WHITE.filled()))?;
            area.draw(&Circle::new(at, r + 1, color.stroke_width(scale.thin + 1)))?;
        }
        Marker::Triangle => {
            let r = r + 1;
            let points = vec![
                (at.0, at.1 - r),
                (at.0 + r, at.1 + r * 3 / 4),
                (at.0 - r, at.1 + r * 3 / 4),
            ];
            area.draw(&Polygon::new(points.clone(), color.filled()))?;
            let mut outline = points;
            outline.push(outline[0]);
            area.draw(&PathElement::new(outline, WHITE.stroke_width(scale.thin)))?;
        }
    }
    Ok(())
}

/// Diagonal hatching of a rectangle as ONE polyline: every other line is drawn backwards, so the
/// pieces that join two lines run along the rectangle's edge, under its outline. One SVG element
/// per bar instead of one per line keeps the chart light enough to redraw while a slider moves.
/// `rising`: lines x + y = c; otherwise x − y = c.
fn hatch_path(rect: (i32, i32, i32, i32), step: i32, rising: bool) -> Vec<(i32, i32)> {
    let (x0, y0, x1, y1) = rect;
    let mut points = Vec::new();
    let (mut c, end) = if rising {
        (x0 + y0 + step / 2, x1 + y1)
    } else {
        (x0 - y1 + step / 2, x1 - y0)
    };
    let mut forward = true;
    while c < end {
        let (from_x, to_x) = if rising {
            (x0.max(c - y1), x1.min(c - y0))
        } else {
            (x0.max(c + y0), x1.min(c + y1))
        };
        if from_x < to_x {
            let at = |x: i32| if rising { (x, c - x) } else { (x, x - c) };
            let (a, b) = (at(from_x), at(to_x));
            if forward {
                points.extend([a, b]);
            } else {
                points.extend([b, a]);
            }
            forward = !forward;
        }
        c += step;
    }
    points
}

/// Draws one bar segment in pixel coordinates: the initiative's colour, its pattern, and a dark
/// outline (which keeps the light colours visible on white).
pub(crate) fn draw_bar_segment<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: &Scale,
    id: InitiativeId,
    upper_left: (i32, i32),
    lower_right: (i32, i32),
) -> Result<(), ChartError> {
    let (x0, y0) = upper_left;
    let (x1, y1) = lower_right;
    if x1 <= x0 || y1 <= y0 {
        return Ok(());
    }
    area.draw(&Rectangle::new(
        [(x0, y0), (x1, y1)],
        style::initiative_color(id).filled(),
    ))?;
    let ink = style::pattern_color(id);
    let step = scale.hatch.max(3);
    let rect = (x0, y0, x1, y1);
    let hatches = match style::initiative_pattern(id) {
        Pattern::Solid => vec![],
        Pattern::RisingLines => vec![hatch_path(rect, step, true)],
        Pattern::FallingLines => vec![hatch_path(rect, step, false)],
        Pattern::CrossLines => vec![
            hatch_path(rect, step * 2, true),
            hatch_path(rect, step * 2, false),
        ],
    };
    for path in hatches.into_iter().filter(|p| p.len() >= 2) {
        area.draw(&PathElement::new(path, ink.stroke_width(scale.thin)))?;
    }
    area.draw(&Rectangle::new(
        [(x0, y0), (x1, y1)],
        INK.stroke_width(scale.thin),
    ))?;
    Ok(())
}

/// Width of the y label area for labels like `widest` plus a rotated axis description.
pub(crate) fn y_label_area(scale: &Scale, widest: &str, with_description: bool) -> u32 {
    let labels = text_width(widest, scale.label_px) + scale.label_px;
    let description = if with_description {
        scale.label_px * 1.8
    } else {
        0.0
    };
    (labels + description).ceil() as u32
}

#[cfg(test)]
pub(crate) mod checks {
    //! What every chart's layout must keep, at any size: shared by the charts' tests.
    use super::*;
    use crate::charts::ChartOptions;

    /// Where a chart is drawn: the width the page gives (a phone's), whether it is a slide, and
    /// an export's own size.
    pub type Size = (Option<u32>, bool, Option<(u32, u32)>);

    /// Every size a chart is drawn at: twenty phone widths from the narrowest, the page, a
    /// slide, and the sizes an export or an embed may ask for.
    pub fn sizes() -> Vec<Size> {
        let mut sizes: Vec<Size> = (0..20)
            .map(|i| (Some(ChartOptions::MIN_SIZE.0 + i * 16), false, None))
            .collect();
        sizes.extend([(None, false, None), (None, true, None)]);
        sizes.extend([(960, 540), (1440, 800), (1920, 1080)].map(|s| (None, false, Some(s))));
        sizes
    }

    /// `options` at an export's own size, if the size asks for one.
    pub fn sized(mut options: ChartOptions, export: Option<(u32, u32)>) -> ChartOptions {
        if let Some((w, h)) = export {
            (options.width, options.height) = (w, h);
        }
        options
    }

    /// Texts whose boxes overlap by more than a sliver (`slack` pixels on each side).
    pub fn overlapping(texts: &[&Label], slack: f64) -> Vec<String> {
        let mut found = Vec::new();
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                if a.bounds().grown(-slack).overlaps(&b.bounds().grown(-slack)) {
                    found.push(format!("'{}' × '{}'", a.text, b.text));
                }
            }
        }
        found
    }

    /// What every chart keeps at every size: no text outside the picture or cut short, and on a
    /// slide no text under 24 px.
    pub fn assert_fits(name: &str, options: &ChartOptions, layout: &Layout) {
        let cut = cut_off(layout);
        assert!(cut.is_empty(), "{name}: {cut:?}");
        if options.large {
            let small = too_small(layout, 24.0);
            assert!(small.is_empty(), "{name}: {small:?}");
        }
    }

    /// [`assert_fits`], and no text over another.
    pub fn assert_clear_and_fits(name: &str, options: &ChartOptions, layout: &Layout) {
        let texts: Vec<&Label> = layout.texts.iter().collect();
        let found = overlapping(&texts, 0.5);
        assert!(found.is_empty(), "{name}: {found:?}");
        assert_fits(name, options, layout);
    }

    /// A size's name in a failing check: the scenario's query, the size, slide or not.
    pub fn size_name(query: &str, options: &ChartOptions) -> String {
        format!(
            "{query:?} at {:?} (slide: {})",
            options.size(),
            options.large
        )
    }

    /// Texts that reach outside the picture, or are cut short with "…".
    pub fn cut_off(layout: &Layout) -> Vec<String> {
        let picture = layout.picture().grown(0.5);
        layout
            .texts
            .iter()
            .filter(|t| {
                let b = t.bounds();
                b.x0 < picture.x0
                    || b.x1 > picture.x1
                    || b.y0 < picture.y0
                    || b.y1 > picture.y1
                    || t.text.ends_with('…')
            })
            .map(|t| format!("'{}' {:?}", t.text, t.bounds()))
            .collect()
    }

    /// Texts smaller than `least` pixels.
    pub fn too_small(layout: &Layout, least: f64) -> Vec<String> {
        layout
            .texts
            .iter()
            .filter(|t| t.px < least - 0.05)
            .map(|t| format!("'{}' {} px", t.text, t.px))
            .collect()
    }

    /// Texts of `part` that a path of `path_part` runs through.
    pub fn on_a_path(layout: &Layout, part: Part, path_part: Part) -> Vec<String> {
        let paths = layout.paths_of(path_part);
        layout
            .texts_of(part)
            .filter(|t| {
                let b = t.bounds();
                paths
                    .iter()
                    .any(|p| p.windows(2).any(|w| b.meets_segment(w[0], w[1])))
            })
            .map(|t| t.text.clone())
            .collect()
    }
}
