//! "Gepland en gerealiseerd": matches a year, planned beside realised, summed over the chosen
//! initiatives, for the years with realised matches entered. Small and self-contained: written as
//! SVG directly (bars, axis, labels) rather than through plotters, so it adds few bytes; every
//! text in it is our own (years and numbers), and the one user-visible title is escaped.

use super::style::{okabe_ito, MUTED};
use crate::model::format;
use crate::report::realised::RealisedReport;

/// The chart's title, also the slide's and the table's.
pub const TITLE: &str = "Koppelingen: gepland en gerealiseerd";

/// Years with realised matches: (year, planned, realised, running).
pub fn yearly(report: &RealisedReport) -> Vec<(i32, u32, u32, bool)> {
    let mut out: Vec<(i32, u32, u32, bool)> = Vec::new();
    for row in report.rows.iter().filter(|r| r.realised.matches.is_some()) {
        let done = row.realised.matches.unwrap_or(0);
        match out.iter_mut().find(|y| y.0 == row.year) {
            Some(y) => {
                y.1 += row.planned_matches;
                y.2 += done;
            }
            None => {
                // In year order by insertion: a sort would add a whole sort routine to the wasm.
                let at = out.iter().position(|y| y.0 > row.year).unwrap_or(out.len());
                out.insert(at, (row.year, row.planned_matches, done, row.running));
            }
        }
    }
    out
}

fn hex(c: plotters::style::RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// The chart as an SVG string, `width` wide, its text `font` px (a slide asks for type that stays
/// at least 24 px on a beamer); `None` without realised matches.
pub fn realised_svg(report: &RealisedReport, width: u32, font: f64) -> Option<String> {
    let years = yearly(report);
    if years.is_empty() {
        return None;
    }
    let f = font;
    let (left, right, top, bottom) = (f * 3.6, 12.0, f * 2.8, f * 3.0);
    // A slide's type is larger, its plot no taller: the sentences under it must still fit a
    // 1280 × 720 projector.
    let plot = if f > 20.0 { 160.0 } else { 200.0 };
    let (w, h) = (f64::from(width.max(300)), top + bottom + plot);
    let max = years.iter().map(|y| y.1.max(y.2)).max().unwrap_or(1).max(1);
    let step = (f64::from(max) / 4.0).ceil().max(1.0);
    let top_value = step * 4.0;
    let plot_h = h - top - bottom;
    let y_of = |v: f64| top + plot_h * (1.0 - v / top_value);
    let group = (w - left - right) / years.len() as f64;
    let bar = (group * 0.32).min(60.0);
    let (planned_color, done_color) = (hex(okabe_ito::SKY_BLUE), hex(okabe_ito::BLUE));
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"gerealiseerd-titel\" font-family=\"sans-serif\" font-size=\"{f}\"><title id=\"gerealiseerd-titel\">{TITLE}</title>"
    );
    for i in 0..=4 {
        let v = step * f64::from(i);
        let y = y_of(v);
        svg.push_str(&format!(
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#DDDDDD\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"{}\">{}</text>",
            w - right,
            left - 6.0,
            y + f * 0.35,
            hex(MUTED),
            format::integer(v)
        ));
    }
    for (i, (year, planned, done, running)) in years.iter().enumerate() {
        let x = left + group * i as f64 + group / 2.0;
        for (value, dx, color, label) in [
            (*planned, -bar - 2.0, &planned_color, "gepland"),
            (*done, 2.0, &done_color, "gerealiseerd"),
        ] {
            let y = y_of(f64::from(value));
            svg.push_str(&format!(
                "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{:.1}\" fill=\"{color}\" stroke=\"#0072B2\"><title>{year} {label}: {value}</title></rect><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{value}</text>",
                x + dx,
                top + plot_h - y,
                x + dx + bar / 2.0,
                y - 4.0
            ));
        }
        let lopend = if *running { " (lopend)" } else { "" };
        svg.push_str(&format!(
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{year}{lopend}</text>",
            h - bottom + f * 1.3
        ));
    }
    // The legend, in words and colour, at the top.
    svg.push_str(&format!(
        "<rect x=\"{left}\" y=\"4\" width=\"{f}\" height=\"{f}\" fill=\"{planned_color}\"/><text x=\"{}\" y=\"{}\">gepland</text><rect x=\"{}\" y=\"4\" width=\"{f}\" height=\"{f}\" fill=\"{done_color}\"/><text x=\"{}\" y=\"{}\">gerealiseerd (jaarverslagen)</text></svg>",
        left + f * 1.4,
        f * 0.95,
        left + f * 7.0,
        left + f * 8.4,
        f * 0.95
    ));
    Some(svg)
}
