//! What every chart shares around its plot: the title at the top, a legend row, the source line
//! at the bottom, the empty-state message, bar patterns, and the SVG wrapper.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::labels::{text_width, text_width_bold};
use super::layout::{Across, Down, Label, Layout, Mark, Marker, Part};
use super::placement::PixelBox;
use super::style::{self, Scale, INK, MUTED};
use super::{ChartError, ChartOptions};
use crate::model::initiative::InitiativeId;

/// How a legend entry shows its series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Swatch {
    /// A bar segment of an initiative: its colour and pattern.
    Initiative(InitiativeId),
    /// A line, solid or dashed, thick (a data line) or thin, with an optional marker.
    Line {
        color: RGBColor,
        dashed: bool,
        thin: bool,
        marker: Option<Marker>,
    },
    /// A semi-transparent area.
    Band { color: RGBColor, opacity: f64 },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LegendItem {
    pub label: String,
    pub swatch: Swatch,
}

/// Draws a chart on an SVG string and adds an accessible `<title>` element.
pub(crate) fn render_svg(
    options: &ChartOptions,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let mut buffer = String::new();
    {
        let root = SVGBackend::with_string(&mut buffer, options.size()).into_drawing_area();
        draw(&root)?;
        root.present()?;
    }
    Ok(with_svg_title(buffer, &options.title))
}

/// User-typed text made safe for one line of SVG text: control characters (which XML 1.0 does
/// not allow, and which would break the line) become spaces, runs of spaces become one.
/// Escaping `<`, `&` and quotes is left to the SVG backend (and to [`crate::model::format::escape_markup`]).
pub(crate) fn clean_text(text: &str) -> String {
    text.split(|c: char| c.is_control() || c.is_whitespace())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Puts `role="img"` on the root element and a `<title>` as its first child: the accessible
/// name of the picture (and its tooltip) when the SVG is pasted elsewhere.
fn with_svg_title(svg: String, title: &str) -> String {
    let title = clean_text(title);
    let Some(end) = svg.find('>') else {
        return svg;
    };
    if !svg.starts_with("<svg") {
        return svg;
    }
    let mut out = String::with_capacity(svg.len() + title.len() + 40);
    out.push_str(&svg[..end]);
    out.push_str(" role=\"img\">\n");
    if !title.is_empty() {
        out.push_str("<title>");
        out.push_str(&crate::model::format::escape_markup(&title));
        out.push_str("</title>");
    }
    out.push_str(&svg[end + 1..]);
    out
}

/// Cuts bold `text` with an ellipsis so it fits `max_width` pixels at `px`.
pub(crate) fn fit_bold_text(text: &str, px: f64, max_width: f64) -> String {
    if text_width_bold(text, px) <= max_width {
        return text.to_string();
    }
    let max_chars = (max_width / text_width_bold("m", px)).floor() as usize;
    let mut cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    cut = cut.trim_end().to_string();
    cut.push('…');
    cut
}

/// Splits `text` at spaces into lines of at most `max_width` pixels at `px`.
pub(crate) fn wrap_text(text: &str, px: f64, max_width: f64) -> Vec<String> {
    wrap_with(text, max_width, |line| text_width(line, px))
}

/// The same for bold text. A single word wider than the line is cut with an ellipsis, so no
/// line runs out of the picture.
pub(crate) fn wrap_bold_text(text: &str, px: f64, max_width: f64) -> Vec<String> {
    wrap_with(text, max_width, |line| text_width_bold(line, px))
        .into_iter()
        .map(|line| fit_bold_text(&line, px, max_width))
        .collect()
}

/// A chart title in at most [`TITLE_LINES`] lines; only a title longer than that (a name of
/// 80 characters fits easily) has its last line cut.
fn title_lines(title: &str, px: f64, max_width: f64) -> Vec<String> {
    let mut lines = wrap_bold_text(title, px, max_width);
    if lines.len() > TITLE_LINES {
        let rest = lines.split_off(TITLE_LINES - 1).join(" ");
        lines.push(fit_bold_text(&rest, px, max_width));
    }
    lines
}

/// Most lines a chart title takes (a council's long name on the narrowest phone takes six).
const TITLE_LINES: usize = 6;

fn wrap_with(text: &str, max_width: f64, width: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && width(&candidate) > max_width {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The frame of every chart as layout: the title at the top, wrapped rather than cut (a
/// scenario name is part of what the chart says), the legend in as many rows as it needs, the
/// source line wrapped at the bottom with the changed-assumptions line above it. Returns the
/// area left for the plot.
pub(crate) fn frame_layout(
    layout: &mut Layout,
    options: &ChartOptions,
    scale: &Scale,
    legend: &[LegendItem],
    source: &str,
) -> PixelBox {
    let (width, height) = layout.size;
    let margin = f64::from(scale.margin);
    let inner_width = width - 2.0 * margin;
    let title_lines = title_lines(&clean_text(&options.title), scale.title_px, inner_width);
    let title_line = (scale.title_px * 1.25).ceil();
    let mut top = margin;
    for line in title_lines.iter() {
        layout
            .texts
            .push(Label::top_left(line.clone(), scale.title_px, INK, (margin, top)).bold());
        top += title_line;
    }
    if !title_lines.is_empty() {
        top += (scale.title_px * 0.25).ceil();
    }
    if !legend.is_empty() {
        top += legend_layout(layout, scale, legend, (margin, top), inner_width);
        top += f64::from(scale.label_line() / 3);
    }
    let small_line = f64::from(scale.small_line());
    let lines = wrap_text(source, scale.small_px, inner_width);
    let source_top = height - margin - lines.len() as f64 * small_line;
    for (i, line) in lines.into_iter().enumerate() {
        let at = (margin, source_top + i as f64 * small_line);
        layout
            .texts
            .push(Label::top_left(line, scale.small_px, MUTED, at));
    }
    let adjusted = adjusted_lines(options, scale);
    let adjusted_height = if adjusted.is_empty() {
        0.0
    } else {
        adjusted.len() as f64 * small_line + f64::from(scale.small_line() / 3)
    };
    for (i, line) in adjusted.into_iter().enumerate() {
        let at = (margin, source_top - adjusted_height + i as f64 * small_line);
        layout
            .texts
            .push(Label::top_left(line, scale.small_px, INK, at).bold());
    }
    let bottom = source_top - adjusted_height - f64::from(scale.small_line() / 2);
    // Not `PixelBox::new`: an area with no room left (bottom above top) stays so, for the
    // chart to see what it lacks.
    PixelBox {
        x0: margin,
        y0: top,
        x1: width - margin,
        y1: bottom,
    }
}

/// Most lines the changed-assumptions line takes (on a phone, where lines are short, twice as
/// many); a longer list is cut with "…" after the count (the page beside it names them all).
const ADJUSTED_LINES: usize = 3;

/// The changed-assumptions line of `options` wrapped to the chart's width, at most
/// [`ADJUSTED_LINES`] lines.
fn adjusted_lines(options: &ChartOptions, scale: &Scale) -> Vec<String> {
    let Some(text) = options.adjusted.as_deref() else {
        return Vec::new();
    };
    let width = f64::from(options.size().0) - 2.0 * f64::from(scale.margin);
    let mut lines = wrap_bold_text(&format!("Let op: {text}"), scale.small_px, width);
    let most = if options.narrow() {
        2 * ADJUSTED_LINES
    } else {
        ADJUSTED_LINES
    };
    if lines.len() > most {
        lines.truncate(most);
        if let Some(last) = lines.last_mut() {
            *last = fit_bold_text(&format!("{last} …"), scale.small_px, width);
        }
    }
    lines
}

/// The height the changed-assumptions line takes above the source line (0 when none differs).
pub(crate) fn adjusted_height(options: &ChartOptions) -> i32 {
    let scale = Scale::for_options(options);
    let lines = adjusted_lines(options, &scale).len() as i32;
    if lines == 0 {
        0
    } else {
        lines * scale.small_line() + scale.small_line() / 3
    }
}

/// Lays out legend entries left to right from `(left, top)`, wrapping to new rows; returns
/// the height used.
fn legend_layout(
    layout: &mut Layout,
    scale: &Scale,
    legend: &[LegendItem],
    (left, top): (f64, f64),
    width: f64,
) -> f64 {
    let row = f64::from(scale.label_line());
    let swatch_w = (scale.label_px * 1.6).round();
    let swatch_h = (scale.label_px * 0.9).round();
    let gap = (scale.label_px * 0.4).round();
    let spacing = (scale.label_px * 1.4).round();
    let (mut x, mut y) = (left, top);
    for item in legend {
        // A label wider than the row is wrapped beside its swatch (the narrowest phone).
        let room = width - swatch_w - gap;
        let lines = if text_width(&item.label, scale.label_px) > room {
            wrap_text(&item.label, scale.label_px, room)
        } else {
            vec![item.label.clone()]
        };
        let text_w = lines
            .iter()
            .map(|l| text_width(l, scale.label_px))
            .fold(0.0, f64::max);
        let item_w = swatch_w + gap + text_w.ceil();
        if x > left && x - left + item_w > width {
            x = left;
            y += row;
        }
        let mid = (y + row / 2.0).trunc();
        let (x0, x1) = (x, x + swatch_w);
        let rect = PixelBox::new(
            x0,
            mid - (swatch_h / 2.0).trunc(),
            x1,
            mid + (swatch_h / 2.0).trunc(),
        );
        swatch(layout, scale, item.swatch, rect, mid);
        for (i, line) in lines.iter().enumerate() {
            let at = (x1 + gap, mid + i as f64 * row);
            let label = Label::top_left(line.clone(), scale.label_px, INK, at);
            layout.texts.push(label.anchor(Across::Left, Down::Center));
        }
        x += item_w + spacing;
        if lines.len() > 1 {
            // The next entry starts a row of its own.
            y += (lines.len() - 1) as f64 * row;
            x = left + width + 1.0;
        }
    }
    y - top + row
}

/// A legend entry's swatch in `rect`, a line through its middle `mid`.
fn swatch(layout: &mut Layout, scale: &Scale, swatch: Swatch, rect: PixelBox, mid: f64) {
    let (x0, x1) = (rect.x0, rect.x1);
    match swatch {
        Swatch::Initiative(initiative) => layout.marks.push(Mark::Bar { rect, initiative }),
        Swatch::Line {
            color,
            dashed,
            thin,
            marker,
        } => {
            layout.marks.push(Mark::Path {
                points: vec![(x0, mid), (x1, mid)],
                color: color.to_rgba(),
                width: if thin { scale.thin + 1 } else { scale.line },
                dash: dashed.then_some((scale.line * 2, scale.line + 1)),
                part: Part::Frame,
            });
            if let Some(marker) = marker {
                let at = (((x0 + x1) / 2.0).trunc(), mid);
                layout.marks.push(Mark::Point { at, marker, color });
            }
        }
        Swatch::Band { color, opacity } => layout.marks.push(Mark::Fill {
            rect,
            color: color.mix(opacity),
            part: Part::Frame,
        }),
    }
}

/// The empty state as layout: the frame, an outline where the plot would be and the message
/// in its middle.
pub(crate) fn empty_layout(
    layout: &mut Layout,
    options: &ChartOptions,
    scale: &Scale,
    source: &str,
    message: &str,
) {
    let area = frame_layout(layout, options, scale, &[], source);
    let rect = PixelBox::new(area.x0, area.y0, area.x1 - 1.0, area.y1 - 1.0);
    layout.marks.push(Mark::Outline {
        rect,
        color: style::GRID,
        width: scale.thin,
    });
    let centre = ((area.x0 + area.x1) / 2.0, (area.y0 + area.y1) / 2.0);
    let text = Label::top_left(
        message,
        scale.message_px(),
        MUTED,
        (centre.0.trunc(), centre.1.trunc()),
    );
    layout.texts.push(text.anchor(Across::Center, Down::Center));
}

/// A text `offset_x` beside its anchor, kept inside `bounds` (an x range in pixels): a
/// left-anchored label that would overflow on the right flips to the left, and the other way
/// round; one too wide for either side is pushed back inside.
pub(crate) fn label_inside(
    label: Label,
    offset_x: f64,
    prefer: Across,
    bounds: (i32, i32),
) -> Label {
    let w = if label.bold {
        text_width_bold(&label.text, label.px)
    } else {
        text_width(&label.text, label.px)
    }
    .ceil();
    let (lo, hi) = (f64::from(bounds.0), f64::from(bounds.1));
    let x = label.at.0;
    let fits_right = x + offset_x + w <= hi;
    let fits_left = x - offset_x - w >= lo;
    let across = match prefer {
        Across::Left if fits_right || !fits_left => Across::Left,
        Across::Left => Across::Right,
        Across::Right if fits_left || !fits_right => Across::Right,
        Across::Right => Across::Left,
        Across::Center => Across::Center,
    };
    let x = match across {
        Across::Left => (x + offset_x).min(hi - w).max(lo),
        Across::Right => (x - offset_x).max(lo + w).min(hi),
        Across::Center => x,
    };
    Label {
        at: (x, label.at.1),
        across,
        ..label
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_title_is_added_and_escaped() {
        let svg = with_svg_title("<svg width=\"1\">\n</svg>\n".to_string(), "a <b> & \"c\"");
        assert!(svg.starts_with("<svg width=\"1\" role=\"img\">\n<title>"));
        assert!(svg.contains("<title>a &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(svg.ends_with("</svg>\n"));
    }

    #[test]
    fn long_text_is_cut_and_wrapped() {
        let long = "woord ".repeat(50);
        let cut = fit_bold_text(&long, 10.0, 100.0);
        assert!(cut.ends_with('…') && text_width_bold(&cut, 10.0) <= 100.0);
        let lines = wrap_text(&long, 10.0, 100.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| text_width(l, 10.0) <= 100.0));
        let bold = wrap_bold_text(
            "Kosten per jaar per initiatief — Gemeenteraadsvergadering",
            10.0,
            100.0,
        );
        assert!(bold.len() > 2 && bold.iter().all(|l| text_width_bold(l, 10.0) <= 100.0));
    }

    #[test]
    fn a_title_wraps_instead_of_being_cut_unless_it_is_very_long() {
        let title = "Kosten per jaar per initiatief — Gemeente Voorbeeld — 15 Buurtgezinnen";
        let lines = title_lines(title, 18.0, 400.0);
        assert_eq!(lines.join(" "), title, "every word is drawn: {lines:?}");
        assert!(lines.len() >= 2);
        let long = title_lines(&"Gemeente ".repeat(40), 18.0, 400.0);
        assert_eq!(long.len(), TITLE_LINES);
        assert!(long[TITLE_LINES - 1].ends_with('…'));
    }
}
