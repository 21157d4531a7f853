//! The shared look of every chart: a colour-blind-safe palette (Okabe–Ito) with a fixed colour
//! and fill pattern per initiative, type sizes for the page and for presentation mode, the
//! source lines, and the axis ticks with Dutch labels.
//!
//! The four initiative colours step down in lightness (grey values about 87, 119, 158 and 213),
//! and each has its own pattern, so a black-and-white print still tells them apart; every
//! chart also names its series in a legend.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::labels;
use super::ChartOptions;
use crate::model::format;
use crate::model::initiative::InitiativeId;

/// The font family of every text in every chart.
pub const FONT_FAMILY: &str = "sans-serif";

/// Okabe–Ito, "Color Universal Design" (Okabe & Ito, 2008): distinguishable with every common
/// form of colour blindness.
pub mod okabe_ito {
    use plotters::style::RGBColor;

    pub const BLACK: RGBColor = RGBColor(0x00, 0x00, 0x00);
    pub const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
    pub const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
    pub const BLUISH_GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
    pub const YELLOW: RGBColor = RGBColor(0xF0, 0xE4, 0x42);
    pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
    pub const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
    pub const REDDISH_PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
}

/// Text and axes.
pub const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Secondary text: source line, annotations.
pub const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);
/// Grid lines.
pub const GRID: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
/// Cumulative costs (chart 2): near-black, solid.
pub const COST_COLOR: RGBColor = INK;
/// Avoided costs and their band (chart 2): bluish green, dashed.
pub const AVOIDED_COLOR: RGBColor = okabe_ito::BLUISH_GREEN;
/// The net result line (chart 3).
pub const NET_COLOR: RGBColor = okabe_ito::BLUE;
/// The central assumption marker (chart 3).
pub const CENTRAL_COLOR: RGBColor = okabe_ito::VERMILLION;

/// How a bar segment is filled on top of its colour, so it survives black-and-white print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// Colour only.
    Solid,
    /// Light lines rising to the right (`/`).
    RisingLines,
    /// Dark dots.
    CrossLines,
    /// Dark lines falling to the right (`\`).
    FallingLines,
}

/// Colour of an initiative in every chart.
pub fn initiative_color(id: InitiativeId) -> RGBColor {
    match id {
        InitiativeId::Buurtgezinnen => okabe_ito::BLUE,
        InitiativeId::Steunouder => okabe_ito::VERMILLION,
        InitiativeId::HomeStart => okabe_ito::SKY_BLUE,
        InitiativeId::SamenOplopen => okabe_ito::YELLOW,
    }
}

/// The same colour as CSS hex (`#0072B2`), for legends and tables outside the SVG.
pub fn initiative_color_hex(id: InitiativeId) -> String {
    let RGBColor(r, g, b) = initiative_color(id);
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// Fill pattern of an initiative in every chart.
pub fn initiative_pattern(id: InitiativeId) -> Pattern {
    match id {
        InitiativeId::Buurtgezinnen => Pattern::Solid,
        InitiativeId::Steunouder => Pattern::RisingLines,
        InitiativeId::HomeStart => Pattern::CrossLines,
        InitiativeId::SamenOplopen => Pattern::FallingLines,
    }
}

/// Colour of the pattern drawn over an initiative's fill: white on dark, dark on light.
pub(crate) fn pattern_color(id: InitiativeId) -> RGBAColor {
    match initiative_pattern(id) {
        Pattern::RisingLines | Pattern::Solid => WHITE.mix(0.85),
        Pattern::CrossLines | Pattern::FallingLines => BLACK.mix(0.6),
    }
}

/// Source lines, one per chart: the documents its figures come from, cited from the document
/// list (`assets/data/documents.json`), and what rests on assumptions.
pub mod sources {
    use std::sync::LazyLock;

    use crate::data::documents::documents;

    /// "Bron: <citation> (<what>); …; <assumptions>."
    fn line(parts: &[(&str, &str)], assumptions: &str) -> String {
        let cited: Vec<String> = parts
            .iter()
            .map(|(document, what)| format!("{} ({what})", documents().citation(document)))
            .collect();
        format!("Bron: {}; {assumptions}.", cited.join("; "))
    }

    /// One document of a source line: its key, what it gives (on the page and in exports), and
    /// the same in a word or two for a slide, where the sources slide gives the rest.
    type Part = (&'static str, &'static str, &'static str);

    const PRICES: Part = (
        "wegwijzer",
        "kosten per koppeling, constante prijzen van de wegwijzer",
        "kosten",
    );
    const AVOIDED: Part = (
        "zorg-voor-elkaar",
        "kosten jeugdhulp en uithuisplaatsing, praktijkvoorbeelden",
        "jeugdhulp",
    );
    const DISCOUNTING: Part = ("discontovoet", "contante waarde", "omrekening naar nu");
    const COMPARISON: Part = (
        "aef-stelsel-in-groei",
        "ter vergelijking: 1 op de 8 gaat vooruit",
        "ter vergelijking",
    );

    /// A chart's source lines: in full, and short for a slide.
    struct Lines {
        full: String,
        slide: String,
    }

    impl Lines {
        fn new(parts: &[Part], assumptions: &str) -> Lines {
            let full: Vec<(&str, &str)> = parts.iter().map(|(d, what, _)| (*d, *what)).collect();
            let short: Vec<String> = parts
                .iter()
                .map(|(document, _, what)| {
                    let cited = documents()
                        .get(document)
                        .map_or_else(|| (*document).to_string(), |d| d.short_citation());
                    format!("{cited} ({what})")
                })
                .collect();
            Lines {
                full: line(&full, assumptions),
                slide: format!("Bron: {}; aannames: zie Aannames.", short.join("; ")),
            }
        }

        fn get(&self, slide: bool) -> &str {
            if slide {
                &self.slide
            } else {
                &self.full
            }
        }
    }

    static COSTS: LazyLock<Lines> = LazyLock::new(|| {
        Lines::new(
            &[PRICES],
            "opslag en startjaar van Home-Start: aannames, zie Aannames en bronnen",
        )
    });
    static CUMULATIVE: LazyLock<Lines> = LazyLock::new(|| {
        Lines::new(
            &[PRICES, AVOIDED],
            "aandeel voorkomen, vertraging en band: aannames, zie Aannames en bronnen",
        )
    });
    static NET_VS_SHARE: LazyLock<Lines> = LazyLock::new(|| {
        Lines::new(
            &[PRICES, AVOIDED, DISCOUNTING, COMPARISON],
            "aannames: zie Aannames en bronnen",
        )
    });
    static TORNADO: LazyLock<Lines> = LazyLock::new(|| {
        Lines::new(
            &[PRICES, AVOIDED, DISCOUNTING],
            "de bron of onderbouwing van elke andere bandbreedte: zie Aannames en bronnen",
        )
    });
    static COMPARE: LazyLock<Lines> = LazyLock::new(|| {
        Lines::new(
            &[PRICES, AVOIDED],
            "hoeveel daarvan voorkomen wordt, rust op aannames, zie Aannames en bronnen",
        )
    });

    /// Chart 1: costs per year; `slide`: the short line of a slide.
    pub fn costs(slide: bool) -> &'static str {
        COSTS.get(slide)
    }
    /// Chart 2: cumulative costs and avoided costs.
    pub fn cumulative(slide: bool) -> &'static str {
        CUMULATIVE.get(slide)
    }
    /// Chart 3: net result against the share of families.
    pub fn net_vs_share(slide: bool) -> &'static str {
        NET_VS_SHARE.get(slide)
    }
    /// Chart 4: the net result with one parameter at either end of its range.
    pub fn tornado(slide: bool) -> &'static str {
        TORNADO.get(slide)
    }
    /// Scenario comparison: total costs and avoided costs per saved scenario.
    pub fn compare(slide: bool) -> &'static str {
        COMPARE.get(slide)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn each_line_cites_its_documents_from_the_list() {
            let wegwijzer = documents().citation("wegwijzer");
            for line in [
                costs(false),
                cumulative(false),
                net_vs_share(false),
                compare(false),
            ] {
                assert!(line.starts_with(&format!("Bron: {wegwijzer} (")), "{line}");
                assert!(line.contains("constante prijzen"), "{line}");
            }
            assert!(net_vs_share(false).contains(&documents().citation("discontovoet")));
            assert!(cumulative(false).contains(&documents().citation("zorg-voor-elkaar")));
        }

        #[test]
        fn a_slide_cites_the_same_documents_briefly_and_in_plain_words() {
            for (full, slide) in [
                (costs(false), costs(true)),
                (cumulative(false), cumulative(true)),
                (net_vs_share(false), net_vs_share(true)),
                (tornado(false), tornado(true)),
            ] {
                assert!(slide.len() < full.len(), "{slide}");
                for document in documents().documents.iter() {
                    if full.contains(&document.citation()) {
                        assert!(slide.contains(&document.short_citation()), "{slide}");
                    }
                }
                assert!(!slide.contains("contante waarde"), "{slide}");
            }
            assert_eq!(
                tornado(true),
                "Bron: Collectief informele steun kind & gezin (kosten); Samen Oplopen (2025) \
                 (jeugdhulp); Werkgroep discontovoet (2020) (omrekening naar nu); aannames: zie \
                 Aannames."
            );
        }
    }
}

/// The smallest text on a slide chart (source lines, value labels), in pixels drawn.
pub const PRESENTATION_TEXT_PX: f64 = 25.0;
/// A slide chart's title, in pixels drawn.
pub const PRESENTATION_TITLE_PX: f64 = 34.0;

/// The smallest text on a phone chart (axis labels, legend, source line), in pixels drawn: a
/// phone chart is drawn at the width it is shown, so this is what the reader sees, about the
/// size of the page's own small print.
pub const PHONE_TEXT_PX: f64 = 14.0;

/// Type sizes (in SVG pixels), line widths and spacing for one chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scale {
    pub title_px: f64,
    pub label_px: f64,
    pub small_px: f64,
    /// Width of data lines.
    pub line: u32,
    /// Width of axes, outlines and reference lines.
    pub thin: u32,
    /// Marker radius.
    pub marker: u32,
    /// Outer margin.
    pub margin: i32,
    /// Distance between the lines or dots of a pattern.
    pub hatch: i32,
}

impl Scale {
    /// Sizes for a chart: those of the default 720 × 400 chart, scaled with the chart's size
    /// (down to 80% on a small chart; in presentation mode up to 190%), rounded to whole pixels.
    /// In presentation mode the type never goes below [`PRESENTATION_TEXT_PX`] and the title
    /// below [`PRESENTATION_TITLE_PX`].
    pub fn for_options(options: &ChartOptions) -> Scale {
        if options.narrow() {
            return Scale::phone();
        }
        let (width, height) = options.size();
        let (base_w, base_h) = ChartOptions::DEFAULT_SIZE;
        let fit = (f64::from(width) / f64::from(base_w)).min(f64::from(height) / f64::from(base_h));
        let k = fit.clamp(0.8, if options.large { 1.9 } else { 1.0 });
        let px = |base: f64| whole_font_px((base * k).round());
        let int = |base: f64| (base * k).round().max(1.0);
        // On a slide no text is smaller than the back of the council chamber can read (24 px on
        // a 720p projector, with a pixel to spare for a slide slightly narrower than the chart).
        let floor = |px: f64, least: f64| {
            if options.large {
                whole_font_px(px.max(least))
            } else {
                px
            }
        };
        Scale {
            title_px: floor(px(18.0), PRESENTATION_TITLE_PX),
            label_px: floor(px(12.0), PRESENTATION_TEXT_PX + 1.0),
            small_px: floor(px(10.5).max(9.0), PRESENTATION_TEXT_PX),
            line: int(3.0) as u32,
            thin: int(1.0) as u32,
            marker: int(5.0) as u32,
            margin: int(12.0) as i32,
            hatch: int(7.0) as i32,
        }
    }

    /// Sizes for a chart drawn at a phone's width: drawn as shown, so no text is smaller than
    /// [`PHONE_TEXT_PX`]; thin margins, because every pixel of width counts.
    fn phone() -> Scale {
        Scale {
            title_px: whole_font_px(17.0),
            label_px: whole_font_px(PHONE_TEXT_PX),
            small_px: whole_font_px(PHONE_TEXT_PX),
            line: 3,
            thin: 1,
            marker: 5,
            margin: 8,
            hatch: 7,
        }
    }

    /// Size of the empty-state message.
    pub fn message_px(&self) -> f64 {
        whole_font_px((self.label_px * 1.2).round())
    }

    /// Height of one line of label text, with leading.
    pub fn label_line(&self) -> i32 {
        (self.label_px * 1.35).ceil() as i32
    }

    /// Height of one line of small text, with leading.
    pub fn small_line(&self) -> i32 {
        (self.small_px * 1.35).ceil() as i32
    }
}

/// A text style of `px` SVG pixels.
pub(crate) fn text_style(px: f64, color: RGBColor, bold: bool) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::from(FONT_FAMILY), plotters_font_size(px), style).color(&color)
}

/// `px`, or the nearest whole size that plotters writes without float dust (a few, like 13,
/// cannot be written exactly; see [`plotters_font_size`]).
pub(crate) fn whole_font_px(px: f64) -> f64 {
    [px, px + 1.0, px - 1.0, px + 2.0]
        .into_iter()
        .find(|candidate| plotters_font_size(*candidate) / 1.24 == *candidate)
        .unwrap_or(px)
}

/// The size to give plotters for `px` SVG pixels. Plotters writes `font-size = size / 1.24`;
/// of the floats next to `px × 1.24`, take one that divides back to exactly `px`, so the SVG
/// says `font-size="13"`, not `13.000000000000002`.
fn plotters_font_size(px: f64) -> f64 {
    let size = px * 1.24;
    let mut candidates = [size; 5];
    candidates[1] = size.next_up();
    candidates[2] = size.next_down();
    candidates[3] = candidates[1].next_up();
    candidates[4] = candidates[2].next_down();
    candidates
        .into_iter()
        .find(|c| c / 1.24 == px)
        .unwrap_or(size)
}

/// The same, anchored.
pub(crate) fn anchored(style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

/// About how many intervals a euro axis gets: fewer on a phone, where each label is as large
/// as on the page but the plot is half as high.
pub(crate) fn y_ticks(options: &ChartOptions) -> usize {
    if options.narrow() {
        4
    } else {
        5
    }
}

/// An axis with round ticks: range `lo..hi` and the ticks at every `step`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NiceAxis {
    pub lo: f64,
    pub hi: f64,
    pub step: f64,
    pub ticks: Vec<f64>,
}

impl NiceAxis {
    /// Round ticks covering `min..max` with about `target` intervals (steps of 1, 2, 2,5 or 5
    /// times a power of ten). Non-finite input and an empty range give a usable axis.
    pub fn new(min: f64, max: f64, target: usize) -> NiceAxis {
        let (mut min, mut max) = if min.is_finite() && max.is_finite() {
            (min.min(max), min.max(max))
        } else {
            (0.0, 1.0)
        };
        if max - min < 1e-9 {
            if min.abs() < 1e-9 {
                min = 0.0;
                max = 1.0;
            } else if min > 0.0 {
                min = 0.0;
            } else {
                max = 0.0;
            }
        }
        // Of the round steps near the raw one, one that gives between `target - 1` and
        // `target + 2` intervals, and of those the one that wastes the least room.
        let target = target.max(2) as f64;
        let raw = (max - min) / target;
        let magnitude = 10f64.powf(raw.log10().floor());
        let intervals = |step: f64| (max / step - 1e-9).ceil() - (min / step + 1e-9).floor();
        let score = |step: f64| {
            let count = intervals(step);
            let outside = (target - 1.0 - count).max(count - target - 2.0).max(0.0);
            (outside, count * step)
        };
        let step = [0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0]
            .into_iter()
            .map(|nice| nice * magnitude)
            .min_by(|a, b| {
                let (sa, sb) = (score(*a), score(*b));
                sa.0.total_cmp(&sb.0).then(sa.1.total_cmp(&sb.1))
            })
            .unwrap_or(magnitude);
        let lo = (min / step + 1e-9).floor() * step;
        let hi = (max / step - 1e-9).ceil() * step;
        let count = ((hi - lo) / step).round() as usize;
        let ticks = (0..=count)
            .map(|i| {
                let tick = lo + i as f64 * step;
                // Clean floating dust (0.30000000000000004) and negative zero.
                let cleaned = (tick / step).round() * step;
                if cleaned == 0.0 {
                    0.0
                } else {
                    cleaned
                }
            })
            .collect();
        NiceAxis {
            lo,
            hi,
            step,
            ticks,
        }
    }

    /// Decimals needed to write `value` (a multiple of the step) without loss, at most 3.
    fn decimals_for(value: f64) -> usize {
        (0..=3)
            .find(|d| {
                let scaled = value * 10f64.powi(*d as i32);
                (scaled - scaled.round()).abs() < 1e-6
            })
            .unwrap_or(3)
    }

    /// A tick label in euros: whole euros (`€ 250.000`), or millions for an axis that reaches
    /// a million (`€ 1,5 mln`), with as many decimals as the step needs, the same on every tick.
    pub fn euro_label(&self, value: f64) -> String {
        if value.abs() < self.step * 1e-6 {
            return format::euro(0.0);
        }
        if self.lo.abs().max(self.hi.abs()) >= 1e6 {
            labels::eur_mln(value, Self::decimals_for(self.step / 1e6))
        } else {
            format::euro(value)
        }
    }

    /// A tick label for a share: `0%`, `5%`, `12,5%`.
    pub fn percent_label(&self, share: f64) -> String {
        format::percent_up_to(share, Self::decimals_for(self.step * 100.0))
    }

    /// The longest label this axis will show, as [`NiceAxis::euro_label`] writes it.
    pub fn widest_euro_label(&self) -> String {
        self.ticks
            .iter()
            .map(|tick| self.euro_label(*tick))
            .max_by_key(|label| label.chars().count())
            .unwrap_or_default()
    }
}

/// Years to label on an x axis `pixels` wide: every year, or every second (third, …) one when
/// they would not fit.
pub(crate) fn year_ticks(first: i32, last: i32, pixels: f64, label_px: f64) -> Vec<f64> {
    let count = (last - first + 1).max(1) as f64;
    let per_label = labels::text_width("2030", label_px) * 1.8;
    let stride = ((count * per_label) / pixels.max(1.0)).ceil().max(1.0) as i32;
    (first..=last)
        .filter(|year| (year - first) % stride == 0)
        .map(f64::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initiatives_differ_in_colour_lightness_and_pattern() {
        let grey = |c: RGBColor| 0.299 * c.0 as f64 + 0.587 * c.1 as f64 + 0.114 * c.2 as f64;
        let mut greys: Vec<f64> = InitiativeId::ALL
            .iter()
            .map(|id| grey(initiative_color(*id)))
            .collect();
        greys.sort_by(f64::total_cmp);
        for pair in greys.windows(2) {
            assert!(pair[1] - pair[0] > 25.0, "grey values too close: {greys:?}");
        }
        let patterns: Vec<_> = InitiativeId::ALL
            .iter()
            .map(|id| initiative_pattern(*id))
            .collect();
        for (i, pattern) in patterns.iter().enumerate() {
            assert!(
                !patterns[i + 1..].contains(pattern),
                "two initiatives share {pattern:?}"
            );
        }
        assert_eq!(initiative_color_hex(InitiativeId::Buurtgezinnen), "#0072B2");
    }

    #[test]
    fn nice_axis_has_round_ticks_covering_the_data() {
        let axis = NiceAxis::new(0.0, 237_000.0, 5);
        assert_eq!(axis.lo, 0.0);
        assert!(axis.hi >= 237_000.0);
        assert_eq!(axis.step, 50_000.0);
        assert_eq!(format::plain(&axis.euro_label(150_000.0)), "€ 150.000");
        assert_eq!(format::plain(&axis.euro_label(0.0)), "€ 0");

        let axis = NiceAxis::new(0.0, 1_400_000.0, 5);
        assert_eq!(axis.step, 200_000.0);
        assert_eq!(format::plain(&axis.euro_label(1_200_000.0)), "€ 1,2 mln");
        assert_eq!(format::plain(&axis.euro_label(1_000_000.0)), "€ 1,0 mln");

        // Little head room wasted: 303.000 gets 0–350.000, not 0–400.000.
        let axis = NiceAxis::new(0.0, 303_000.0, 5);
        assert_eq!(axis.hi, 350_000.0);

        let axis = NiceAxis::new(-120_000.0, 80_000.0, 5);
        assert!(axis.lo <= -120_000.0 && axis.hi >= 80_000.0);
        assert!(axis.ticks.contains(&0.0));

        let axis = NiceAxis::new(0.0, 0.3, 6);
        assert_eq!(axis.percent_label(axis.ticks[1]), "5%");
        assert_eq!(axis.percent_label(0.3), "30%");
    }

    #[test]
    fn nice_axis_survives_degenerate_input() {
        for (min, max) in [(0.0, 0.0), (f64::NAN, 1.0), (5.0, 5.0), (-3.0, -3.0)] {
            let axis = NiceAxis::new(min, max, 5);
            assert!(axis.lo < axis.hi, "{min}..{max}: {axis:?}");
            assert!(axis.ticks.len() >= 2);
        }
    }

    #[test]
    fn scale_grows_in_presentation_mode_and_shrinks_on_small_charts() {
        let normal = Scale::for_options(&ChartOptions::new(""));
        assert_eq!(
            (normal.title_px, normal.label_px, normal.line),
            (18.0, 12.0, 3)
        );
        let large = Scale::for_options(&ChartOptions::presentation(""));
        assert_eq!(
            (large.title_px, large.label_px, large.line),
            (34.0, 25.0, 5)
        );
        let small = Scale::for_options(&ChartOptions {
            width: 360,
            height: 240,
            ..ChartOptions::new("")
        });
        assert_eq!(small.label_px, 10.0);
        // A phone's chart is drawn at the width it is shown: its text as large as the page's.
        let phone = Scale::for_options(&ChartOptions::for_width("", Some(350)));
        assert_eq!(
            (phone.title_px, phone.label_px, phone.small_px),
            (17.0, PHONE_TEXT_PX, PHONE_TEXT_PX)
        );
        let wide = ChartOptions::for_width("", Some(800));
        assert_eq!((wide.width, wide.height, wide.phone), (720, 400, false));
    }

    #[test]
    fn font_sizes_come_out_as_whole_pixels() {
        // Plotters writes `size / 1.24`; every size a chart uses must survive the round trip.
        for width in (300..=2000).step_by(20) {
            for large in [false, true] {
                let options = ChartOptions {
                    width,
                    height: width * 9 / 16,
                    title: String::new(),
                    large,
                    phone: false,
                    adjusted: None,
                };
                let scale = Scale::for_options(&options);
                for px in [
                    scale.title_px,
                    scale.label_px,
                    scale.small_px,
                    scale.message_px(),
                ] {
                    let style = text_style(px, INK, false);
                    let written = format!("{}", style.font.get_size() / 1.24);
                    assert!(!written.contains('.'), "{px} px written as {written}");
                }
            }
        }
    }

    #[test]
    fn year_ticks_thin_out_when_crowded() {
        assert_eq!(year_ticks(2026, 2029, 600.0, 12.0).len(), 4);
        let crowded = year_ticks(2026, 2040, 150.0, 12.0);
        assert!(crowded.len() < 15 && crowded[0] == 2026.0);
    }
}
