//! Scenario comparison: saved scenarios side by side, one group per scenario with two bars,
//! the total cost over the horizon and the avoided costs (both central, undiscounted), and a
//! whisker over the avoided costs from their P10 to their P90: the same simulation, and so the
//! same range, as the scenario page shows (not the all-low and all-high worlds, which stretch
//! far wider and are never both true).
//!
//! The avoided costs include the delayed effects that fall after the horizon, as the headline
//! figures do. Scenarios may have different horizons, so each group names its years.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::frame::{self, clean_text, fit_bold_text, LegendItem, Swatch};
use super::labels;
use super::layout::{self, Across, Down, Label, Layout, Mark, Part, Scaler, Ticks};
use super::placement::PixelBox;
use super::style::{sources, y_ticks, NiceAxis, Scale, AVOIDED_COLOR, COST_COLOR, INK, MUTED};
use super::{ChartError, ChartOptions};
use crate::model::format;
use crate::model::projection::Projection;
use crate::model::uncertainty::Bands;
use crate::report::table::DataTable;

/// Default title of this chart.
pub const TITLE: &str = "Scenario's vergeleken: kosten en vermeden kosten";

/// The legend of the whisker: the words the scenario page uses for the same range.
pub const RANGE_LABEL: &str = "vermeden kosten: 8 van de 10 uitkomsten";

/// Shown in place of the chart when fewer than two scenarios are given.
pub const TOO_FEW_MESSAGE: &str = "Kies ten minste twee scenario's om ze te vergelijken";

/// Half the width of a group, as a fraction of the distance between groups.
const GROUP_HALF_WIDTH: f64 = 0.36;
/// Space between the two bars of a group, as a fraction of the distance between groups.
const BAR_GAP: f64 = 0.04;
/// Half the width of a whisker's caps, as a fraction of the distance between groups.
const CAP_HALF_WIDTH: f64 = 0.06;

/// One scenario to compare: its name, what it contains, its projection and its simulation.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedScenario {
    pub name: String,
    /// What it contains in words (see `report::contents`), for the table.
    pub contents: String,
    /// Its years ("2027–2030"), for the table.
    pub years: String,
    pub projection: Projection,
    /// The Monte Carlo simulation of the same scenario, as on the scenario page; `None` when it
    /// could not be run (then no range is drawn).
    pub bands: Option<Bands>,
}

/// P10 and P90 of the avoided costs over the whole projection (delayed effects included), as
/// the scenario page's headline gives them.
pub fn avoided_p10_p90(bands: &Bands) -> Option<(f64, f64)> {
    bands
        .years
        .last()
        .map(|y| (y.cumulative_avoided.p10, y.cumulative_avoided.p90))
}

/// The numbers of one scenario, as the projection gives them (possibly not finite).
#[derive(Debug, Clone, PartialEq)]
struct Group {
    /// The user-typed name, cleaned of control characters; "Scenario n" when blank.
    name: String,
    /// First and last year of the horizon, when the projection has any.
    period: Option<(i32, i32)>,
    cost: f64,
    avoided: f64,
    /// P10–P90 of the avoided costs, when simulated.
    avoided_range: Option<(f64, f64)>,
    net_pv: f64,
    /// No initiative chosen: it has no result worth naming as best.
    empty: bool,
    contents: String,
    years: String,
}

fn groups(scenarios: &[ComparedScenario]) -> Vec<Group> {
    scenarios
        .iter()
        .enumerate()
        .map(|(i, compared)| {
            let projection = &compared.projection;
            let name = clean_text(&compared.name);
            let mut horizon = projection
                .years
                .iter()
                .filter(|year| !year.after_horizon)
                .map(|year| year.year);
            let period = horizon.next().map(|first| {
                horizon.fold((first, first), |(lo, hi), year| {
                    (lo.min(year), hi.max(year))
                })
            });
            Group {
                name: if name.is_empty() {
                    format!("Scenario {}", i + 1)
                } else {
                    name
                },
                period,
                cost: projection.total.cost.central,
                avoided: projection.total.avoided_costs.central,
                avoided_range: compared.bands.as_ref().and_then(avoided_p10_p90),
                net_pv: projection.total.net_result_pv.central,
                empty: projection.per_initiative.is_empty(),
                contents: clean_text(&compared.contents),
                years: compared.years.clone(),
            }
        })
        .collect()
}

/// A value to draw: non-finite values are drawn as zero (their labels say "–").
fn finite(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

/// The chart as an SVG string.
pub fn compare_scenarios(
    scenarios: &[ComparedScenario],
    options: &ChartOptions,
) -> Result<String, ChartError> {
    let options = &room_for_the_plot(&groups(scenarios), options);
    frame::render_svg(options, |root| {
        draw_compare_scenarios(root, scenarios, options)
    })
}

/// On a phone the chart grows until its plot holds its euro labels a line apart and its axis
/// description (the legend and the source line take most of a narrow picture's height).
fn room_for_the_plot(groups: &[Group], options: &ChartOptions) -> ChartOptions {
    let layout = compare_layout(groups, options, options.size());
    let (Some(plot), true) = (layout.plot, options.narrow()) else {
        return options.clone();
    };
    let scale = Scale::for_options(options);
    let ticks = layout
        .texts
        .iter()
        .filter(|t| t.part == Part::Axis && t.text.contains('€'))
        .count();
    let line = f64::from(scale.label_line());
    let description = labels::text_width(Y_DESCRIPTION, scale.label_px) + scale.label_px;
    let lacking = ((ticks as f64 + 1.0) * line).max(description) - (plot.y1 - plot.y0);
    let mut options = options.clone();
    if lacking > 0.0 {
        options.height = options.height.saturating_add(lacking.ceil() as u32);
    }
    options
}

/// The y axis's description.
const Y_DESCRIPTION: &str = "Totaal (niet verdisconteerd)";

/// Draws the chart on any plotters drawing area (the SVG string, or a canvas).
fn draw_compare_scenarios<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    scenarios: &[ComparedScenario],
    options: &ChartOptions,
) -> Result<(), ChartError> {
    let layout = compare_layout(&groups(scenarios), options, root.dim_in_pixel());
    layout::paint(root, &layout, &Scale::for_options(options))
}

/// The two bars and the whisker, told apart by colour and shape.
fn legend() -> [LegendItem; 3] {
    let band = |label: &str, color| LegendItem {
        label: label.to_string(),
        swatch: Swatch::Band {
            color,
            opacity: 1.0,
        },
    };
    [
        band("kosten (centraal)", COST_COLOR),
        band("vermeden kosten (centraal)", AVOIDED_COLOR),
        LegendItem {
            label: RANGE_LABEL.to_string(),
            swatch: Swatch::Line {
                color: INK,
                dashed: false,
                thin: true,
                marker: None,
            },
        },
    ]
}

/// The chart as plain data (see `layout.rs`): the frame with its legend, the euro axis, and
/// per scenario its two bars, the whisker, the values above the bars and its name and years
/// under the axis.
fn compare_layout(groups: &[Group], options: &ChartOptions, size: (u32, u32)) -> Layout {
    let scale = Scale::for_options(options);
    let mut layout = Layout::new(size);
    let source = sources::compare(options.large);
    if groups.len() < 2 {
        frame::empty_layout(&mut layout, options, &scale, source, TOO_FEW_MESSAGE);
        return layout;
    }
    let area = frame::frame_layout(&mut layout, options, &scale, &legend(), source);
    let (plot, sx, sy) = compare_axes(&mut layout, &scale, groups, options, &area);
    let px = |x: f64, value: f64| (sx.at(x).round(), sy.at(finite(value)).round());
    let slot = (px(1.0, 0.0).0 - px(0.0, 0.0).0).abs();
    // A value stands over its bar's middle, the two of a group 0,38 of a slot apart: shown only
    // where every one fits without touching its neighbour.
    let show_values = groups.iter().all(|g| {
        [g.cost, g.avoided].iter().all(|v| {
            labels::text_width_bold(&format::euro_rounded(*v), scale.small_px) < slot * 0.36
        })
    });
    for (i, group) in groups.iter().enumerate() {
        group_marks(&mut layout, &scale, group, i as f64, &px, show_values);
        group_name(
            &mut layout,
            &scale,
            group,
            px(i as f64, 0.0).0,
            plot.y1,
            slot,
        );
    }
    layout
}

/// The euro axis over every bar and whisker, with head room for the values above the bars,
/// and room under the plot for each scenario's name and years; returns the plot and its scales.
fn compare_axes(
    layout: &mut Layout,
    scale: &Scale,
    groups: &[Group],
    options: &ChartOptions,
    area: &PixelBox,
) -> (PixelBox, Scaler, Scaler) {
    let values = groups.iter().flat_map(|g| {
        let (lo, hi) = g.avoided_range.unwrap_or((g.avoided, g.avoided));
        [g.cost, lo, g.avoided, hi].map(finite)
    });
    let (low, high) = values.fold((0.0, 0.0), |(lo, hi): (f64, f64), v| (lo.min(v), hi.max(v)));
    // Head room for the value labels above the bars.
    let y = NiceAxis::new(low, high * 1.12, y_ticks(options));
    let y_area = f64::from(super::layout::y_label_area(
        scale,
        &y.widest_euro_label(),
        true,
    ));
    // Below the axis: the scenario's name and, smaller, its years.
    let x_area = f64::from(scale.label_px as i32 / 2 + scale.label_line() + scale.small_line());
    let plot = PixelBox {
        x0: area.x0 + y_area,
        y0: area.y0 + f64::from(scale.label_line() / 2),
        x1: area.x1,
        y1: area.y1 - x_area,
    };
    let n = groups.len() as f64;
    let sx = Scaler {
        lo: -0.5,
        hi: n - 0.5,
        from: plot.x0,
        to: plot.x1,
    };
    let sy = Scaler::up(&y, &plot);
    let x_ticks = Ticks {
        at: Vec::new(),
        grid: false,
        description: String::new(),
    };
    let y_ticks = Ticks::euro(&y, &sy, Y_DESCRIPTION);
    layout::axes(layout, scale, area, &plot, &x_ticks, &y_ticks);
    layout.plot = Some(plot);
    (plot, sx, sy)
}

/// One scenario's two bars, the whisker from P10 to P90 with caps, and the values above.
fn group_marks(
    layout: &mut Layout,
    scale: &Scale,
    group: &Group,
    x: f64,
    px: &impl Fn(f64, f64) -> (f64, f64),
    show_values: bool,
) {
    let (cost_left, cost_right) = (x - GROUP_HALF_WIDTH, x - BAR_GAP / 2.0);
    let (avoided_left, avoided_right) = (x + BAR_GAP / 2.0, x + GROUP_HALF_WIDTH);
    let avoided_mid = (avoided_left + avoided_right) / 2.0;
    for (color, a, b) in [
        (COST_COLOR, px(cost_left, 0.0), px(cost_right, group.cost)),
        (
            AVOIDED_COLOR,
            px(avoided_left, 0.0),
            px(avoided_right, group.avoided),
        ),
    ] {
        let rect = PixelBox::new(a.0, a.1, b.0, b.1);
        if rect.x1 > rect.x0 && rect.y1 > rect.y0 {
            let fill = color.to_rgba();
            layout.marks.push(Mark::Fill {
                rect,
                color: fill,
                part: Part::Data,
            });
            let (color, width) = (INK, scale.thin);
            layout.marks.push(Mark::Outline { rect, color, width });
        }
    }
    let mut hi = finite(group.avoided);
    if let Some((p10, p90)) = group.avoided_range {
        let (lo, top) = (finite(p10).min(finite(p90)), finite(p10).max(finite(p90)));
        hi = top;
        let whisker = |points| Mark::line(points, INK, scale.thin + 1, Part::Data);
        layout
            .marks
            .push(whisker(vec![px(avoided_mid, lo), px(avoided_mid, hi)]));
        for end in [lo, hi] {
            let cap = vec![
                px(avoided_mid - CAP_HALF_WIDTH, end),
                px(avoided_mid + CAP_HALF_WIDTH, end),
            ];
            layout.marks.push(whisker(cap));
        }
    }
    if show_values {
        let avoided_top = finite(group.avoided).max(hi).max(0.0);
        for (at, value) in [
            (
                px((cost_left + cost_right) / 2.0, group.cost.max(0.0)),
                group.cost,
            ),
            (px(avoided_mid, avoided_top), group.avoided),
        ] {
            let at = (at.0, at.1 - (scale.label_px / 3.0).trunc());
            let label = Label::top_left(format::euro_rounded(value), scale.small_px, INK, at);
            let label = label.bold().part(Part::DataLabel);
            layout
                .texts
                .push(label.anchor(Across::Center, Down::Bottom));
        }
    }
}

/// The name below the axis, cut to the group's width; its years below it.
fn group_name(
    layout: &mut Layout,
    scale: &Scale,
    group: &Group,
    centre: f64,
    axis: f64,
    slot: f64,
) {
    let max_width = slot * 0.95;
    if max_width < labels::text_width_bold("Ab…", scale.label_px) {
        return;
    }
    let top = axis + (scale.label_px / 2.0).trunc();
    let name = fit_bold_text(&group.name, scale.label_px, max_width);
    let label = Label::top_left(name, scale.label_px, INK, (centre, top)).part(Part::Axis);
    layout.texts.push(label.anchor(Across::Center, Down::Top));
    if let Some(period) = group.period.map(period_text) {
        if labels::text_width(&period, scale.small_px) <= max_width {
            let at = (centre, top + f64::from(scale.label_line()));
            let label = Label::top_left(period, scale.small_px, MUTED, at).part(Part::Axis);
            layout.texts.push(label.anchor(Across::Center, Down::Top));
        }
    }
}

/// "2026–2029", or "2026" for a single year.
fn period_text((first, last): (i32, i32)) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// One or two Dutch sentences with the key numbers, for screen readers.
pub fn summary_compare_scenarios(scenarios: &[ComparedScenario]) -> String {
    let groups = groups(scenarios);
    if groups.len() < 2 {
        return format!("{TOO_FEW_MESSAGE}.");
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|g| {
            let range = g
                .avoided_range
                .map(|(p10, p90)| {
                    let (low, high) = format::euro_rounded_pair(p10, p90);
                    format!(" (8 van de 10 uitkomsten tussen {low} en {high})")
                })
                .unwrap_or_default();
            format!(
                "{} kost {} en vermijdt naar schatting {}{range}",
                g.name,
                format::euro_rounded(g.cost),
                format::euro_rounded(g.avoided),
            )
        })
        .collect();
    let mut text = format!(
        "Kosten en vermeden kosten per scenario (centrale schatting, niet verdisconteerd): {}.",
        parts.join("; ")
    );
    text.push_str(&best_net_sentence(&groups));
    text
}

/// Which scenario comes out best on the net result; a loss is called a loss ("het kleinste
/// nettoverlies"), not the "highest" result. Scenarios without initiatives take no part.
fn best_net_sentence(groups: &[Group]) -> String {
    let candidates: Vec<&Group> = groups
        .iter()
        .filter(|g| !g.empty && g.net_pv.is_finite())
        .collect();
    if candidates.len() < 2 {
        return String::new();
    }
    let best = candidates
        .iter()
        .max_by(|a, b| a.net_pv.total_cmp(&b.net_pv))
        .expect("two candidates");
    let value = format::euro_rounded(best.net_pv);
    if best.net_pv < 0.0 {
        format!(
            " Het kleinste nettoverlies (contante waarde) heeft {}: {value}.",
            best.name
        )
    } else {
        format!(
            " Het beste netto resultaat (contante waarde) heeft {}: {value}.",
            best.name
        )
    }
}

/// The numbers of the chart: one row per scenario, in the order given, with its years and what
/// it contains, the total cost (central), the avoided costs (P10, central, P90) and the net
/// result as a present value (central). Filled for any number of scenarios, also for one.
pub fn table_compare_scenarios(scenarios: &[ComparedScenario]) -> DataTable {
    let headers = [
        "Scenario",
        "Periode",
        "Wat zit erin",
        "Kosten (centraal)",
        "Vermeden kosten, P10",
        "Vermeden kosten, centraal",
        "Vermeden kosten, P90",
        "Netto resultaat, contante waarde (centraal)",
    ]
    .map(String::from)
    .to_vec();
    let mut rows = Vec::new();
    let mut rows_raw = Vec::new();
    for group in groups(scenarios) {
        let (p10, p90) = group.avoided_range.unwrap_or((f64::NAN, f64::NAN));
        let numbers = [group.cost, p10, group.avoided, p90, group.net_pv];
        let mut row = vec![group.name, group.years, group.contents];
        row.extend(numbers.map(format::euro_rounded));
        let mut raw = vec![None, None, None];
        raw.extend(numbers.map(|v| v.is_finite().then_some(v)));
        rows.push(row);
        rows_raw.push(raw);
    }
    DataTable {
        caption: "Scenario's vergeleken: kosten over de looptijd en vermeden kosten (met \
                  vertraagde effecten; P10–P90: 8 van de 10 uitkomsten), niet verdisconteerd; \
                  netto resultaat als contante waarde (in euro)"
            .to_string(),
        headers,
        rows,
        rows_raw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;

    // Summary and table as a reader sees them (see `test_support::svg_texts`).
    fn summary_compare_scenarios(scenarios: &[ComparedScenario]) -> String {
        format::plain(&super::summary_compare_scenarios(scenarios))
    }
    fn table_compare_scenarios(scenarios: &[ComparedScenario]) -> DataTable {
        plain_table(super::table_compare_scenarios(scenarios))
    }
    use crate::model::range::Range3;
    use crate::model::uncertainty::{Band, YearBand};

    /// The sample projection with its totals replaced.
    fn projection(cost: f64, avoided: f64, net_pv: f64) -> Projection {
        let mut projection = sample_projection();
        projection.total.cost = Range3::new(cost * 0.9, cost, cost * 1.1);
        // The all-low and all-high worlds, far wider than the simulation's P10–P90.
        projection.total.avoided_costs = Range3::new(avoided / 10.0, avoided, avoided * 6.0);
        projection.total.net_result_pv = Range3::new(net_pv - 50_000.0, net_pv, net_pv + 80_000.0);
        projection
    }

    fn band(p10: f64, p50: f64, p90: f64) -> Band {
        Band { p10, p50, p90 }
    }

    /// A simulation whose last year has the given P10–P90 of cumulative avoided costs.
    fn bands(p10: f64, p90: f64) -> Bands {
        let zero = band(0.0, 0.0, 0.0);
        Bands {
            draws: 2_000,
            seed: 1,
            years: vec![YearBand {
                year: 2029,
                after_horizon: false,
                cost: zero,
                cumulative_avoided: band(p10, (p10 + p90) / 2.0, p90),
            }],
            cost: zero,
            cost_pv: zero,
            avoided_costs_pv: zero,
            net_result_pv: zero,
            benefit_cost_ratio: None,
            pays_back: 0,
        }
    }

    fn compared(name: &str, cost: f64, avoided: Range3, net_pv: f64) -> ComparedScenario {
        ComparedScenario {
            name: name.to_string(),
            contents: format!("Home-Start: {} koppelingen per jaar", cost / 10_000.0),
            years: "2026–2029".to_string(),
            projection: projection(cost, avoided.central, net_pv),
            bands: Some(bands(avoided.low, avoided.high)),
        }
    }

    #[test]
    fn at_any_size_no_text_lies_over_another_or_out_of_the_picture() {
        use crate::charts::layout::checks;
        let groups = groups(&three());
        for (width, large, export) in checks::sizes() {
            let mut options = if large {
                ChartOptions::presentation(TITLE)
            } else {
                ChartOptions::for_width(TITLE, width)
            };
            if let Some((w, h)) = export {
                (options.width, options.height) = (w, h);
            }
            let options = room_for_the_plot(&groups, &options);
            let layout = compare_layout(&groups, &options, options.size());
            let name = format!("at {:?} (slide: {large})", options.size());
            let texts: Vec<&crate::charts::layout::Label> = layout.texts.iter().collect();
            let found = checks::overlapping(&texts, 0.5);
            assert!(found.is_empty(), "{name}: {found:?}");
            // A scenario's name is cut to its group's width by design (the table beside the
            // chart has it whole); nothing may reach outside the picture.
            let mut cut = checks::cut_off(&layout);
            cut.retain(|text| !text.contains("…'"));
            assert!(cut.is_empty(), "{name}: {cut:?}");
            if large {
                let small = checks::too_small(&layout, 24.0);
                assert!(small.is_empty(), "{name}: {small:?}");
            }
        }
    }

    fn three() -> Vec<ComparedScenario> {
        vec![
            compared(
                "Basis",
                290_000.0,
                Range3::new(63_000.0, 126_000.0, 252_000.0),
                -170_000.0,
            ),
            compared(
                "Groei & meer",
                480_000.0,
                Range3::new(110_000.0, 230_000.0, 470_000.0),
                -260_000.0,
            ),
            compared(
                "Alleen Home-Start",
                143_000.0,
                Range3::new(30_000.0, 61_000.0, 125_000.0),
                -85_000.0,
            ),
        ]
    }

    fn svg(scenarios: &[ComparedScenario]) -> String {
        compare_scenarios(scenarios, &ChartOptions::new(TITLE)).expect("chart draws")
    }

    #[test]
    fn draws_a_well_formed_svg_with_title_names_source_and_dutch_axis() {
        let scenarios = three();
        let svg = svg(&scenarios);
        assert_well_formed_svg(&svg);
        assert!(!svg.contains("NaN"));
        // The title element is ours; in the drawn text plotters writes the apostrophe of
        // "Scenario's" as `&apos;`.
        let title = crate::model::format::escape_markup(TITLE);
        assert!(svg.contains(&format!("<title>{title}</title>")));
        let texts = svg_texts(&svg);
        assert!(texts.contains(&title.replace("&#39;", "&apos;")));
        for ComparedScenario { name, .. } in &scenarios {
            assert_eq!(texts.iter().filter(|t| *t == name).count(), 1, "{name}");
        }
        assert!(svg.contains("Groei &amp; meer"));
        assert!(texts.iter().any(|t| t == "2026–2029"), "{texts:?}");
        assert!(texts
            .iter()
            .any(|t| t.starts_with("Bron: Collectief informele steun")));
        let source = texts.join(" ");
        assert!(source.contains("Samen Oplopen, Zorg voor elkaar (2025)"));
        assert!(source.contains("rust op aannames"));
        assert!(texts.iter().any(|t| t == "€ 400.000"), "axis: {texts:?}");
        for label in [
            "kosten (centraal)",
            "vermeden kosten (centraal)",
            RANGE_LABEL,
        ] {
            assert!(texts.iter().any(|t| t == label), "legend {label}");
        }
        // Value labels above the bars.
        assert!(texts.iter().any(|t| t == "€ 480.000"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "€ 61.000"), "{texts:?}");
    }

    #[test]
    fn draws_two_bars_and_a_whisker_per_scenario() {
        let svg = svg(&three());
        let filled_rects = |fill: &str| {
            svg.lines()
                .filter(|l| l.starts_with("<rect") && l.contains(&format!("fill=\"{fill}\"")))
                .count()
        };
        // One bar per scenario plus one legend swatch.
        assert_eq!(filled_rects("#222222"), 3 + 1);
        assert_eq!(filled_rects("#009E73"), 3 + 1);
        // Each whisker: a vertical line and two caps, in ink, thicker than the outlines.
        let whisker_paths = svg
            .lines()
            .filter(|l| {
                l.starts_with("<polyline")
                    && l.contains("stroke=\"#222222\"")
                    && l.contains("stroke-width=\"2\"")
            })
            .count();
        assert_eq!(whisker_paths, 3 * 3 + 1, "{svg}");
    }

    #[test]
    fn escapes_hostile_names_and_title() {
        let mut scenarios = three();
        scenarios[0].name = "<img src=x onerror=alert(1)>".to_string();
        scenarios[1].name = HOSTILE_TITLE.to_string();
        let svg = compare_scenarios(&scenarios, &ChartOptions::new(HOSTILE_TITLE)).unwrap();
        assert_well_formed_svg(&svg);
        assert!(!svg.contains("<img"));
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
        let summary = summary_compare_scenarios(&scenarios);
        assert!(summary.contains("<img src=x onerror=alert(1)> kost"));
    }

    #[test]
    fn fewer_than_two_scenarios_give_the_dutch_message() {
        let scenarios = three();
        for list in [&scenarios[..0], &scenarios[..1]] {
            let svg = svg(list);
            assert_well_formed_svg(&svg);
            let drawn =
                crate::model::format::escape_markup(TOO_FEW_MESSAGE).replace("&#39;", "&apos;");
            assert!(svg.contains(&drawn));
            assert!(svg.contains("Bron: "));
            assert_eq!(
                summary_compare_scenarios(list),
                format!("{TOO_FEW_MESSAGE}.")
            );
            assert_eq!(table_compare_scenarios(list).rows.len(), list.len());
        }
    }

    #[test]
    fn any_number_of_scenarios_and_odd_values_draw_without_panicking() {
        let base = three();
        let mut odd = compared(
            "\u{1}  \n",
            f64::NAN,
            Range3::new(f64::INFINITY, -5.0, f64::NAN),
            f64::NAN,
        );
        odd.projection.years.clear();
        for count in [2, 3, 7, 60, 400] {
            let mut scenarios: Vec<ComparedScenario> = (0..count)
                .map(|i| {
                    let mut c = base[i % 3].clone();
                    c.name = format!("{} {i} {}", c.name, "lang ".repeat(i % 5));
                    c
                })
                .collect();
            scenarios[1] = odd.clone();
            for options in [
                ChartOptions::new(TITLE),
                ChartOptions::presentation(TITLE),
                ChartOptions {
                    width: 0,
                    height: 0,
                    ..ChartOptions::new(TITLE)
                },
            ] {
                let svg = compare_scenarios(&scenarios, &options).expect("chart draws");
                assert_well_formed_svg(&svg);
                assert!(!svg.chars().any(|c| c.is_control() && c != '\n'));
            }
            let summary = summary_compare_scenarios(&scenarios);
            assert!(!summary.contains("NaN") && !summary.contains("inf"));
            assert!(summary.contains("Scenario 2 kost –"));
            let table = table_compare_scenarios(&scenarios);
            assert_eq!(table.rows.len(), count);
            assert_eq!(table.rows[1][0], "Scenario 2");
            assert_eq!(
                table.rows_raw[1],
                [None, None, None, None, None, Some(-5.0), None, None]
            );
        }
    }

    #[test]
    fn all_zero_scenarios_draw() {
        let zero = compared("A", 0.0, Range3::ZERO, 0.0);
        let scenarios = vec![
            zero.clone(),
            ComparedScenario {
                name: "B".into(),
                ..zero
            },
        ];
        assert_well_formed_svg(&svg(&scenarios));
    }

    #[test]
    fn table_has_a_row_per_scenario_with_what_it_contains_and_the_p10_p90_range() {
        let scenarios = three();
        let table = table_compare_scenarios(&scenarios);
        assert_eq!(table.headers.len(), 8);
        assert_eq!(table.headers[2], "Wat zit erin");
        assert_eq!(table.rows.len(), scenarios.len());
        assert_eq!(table.rows_raw.len(), scenarios.len());
        for ((row, raw), c) in table.rows.iter().zip(&table.rows_raw).zip(&scenarios) {
            let p = &c.projection;
            let (p10, p90) = avoided_p10_p90(c.bands.as_ref().unwrap()).unwrap();
            assert_eq!(row.len(), table.headers.len());
            assert_eq!(raw.len(), table.headers.len());
            assert_eq!(row[0], c.name);
            assert_eq!(row[1], c.years);
            assert_eq!(row[2], c.contents);
            assert_eq!(raw[..3], [None, None, None]);
            assert_eq!(raw[3], Some(p.total.cost.central));
            assert_eq!(raw[4], Some(p10));
            assert_eq!(raw[5], Some(p.total.avoided_costs.central));
            assert_eq!(raw[6], Some(p90));
            assert_eq!(raw[7], Some(p.total.net_result_pv.central));
            assert_ne!(raw[6], Some(p.total.avoided_costs.high), "not the extremes");
        }
        assert_eq!(
            table.rows[1][3..],
            [
                "€ 480.000",
                "€ 110.000",
                "€ 230.000",
                "€ 470.000",
                "\u{2212}€ 260.000"
            ]
        );
    }

    #[test]
    fn the_whiskers_and_the_axis_follow_p10_p90_not_the_extremes() {
        let texts = svg_texts(&svg(&three()));
        // The largest P90 is € 470.000; the all-high world (6 × € 230.000) would need € 1,4 mln.
        assert!(texts.iter().any(|t| t == "€ 400.000"), "{texts:?}");
        assert!(
            !texts.iter().any(|t| t.contains("mln")),
            "axis stretched to the extremes: {texts:?}"
        );
    }

    #[test]
    fn summary_names_the_key_numbers() {
        assert_eq!(
            summary_compare_scenarios(&three()),
            "Kosten en vermeden kosten per scenario (centrale schatting, niet verdisconteerd): \
             Basis kost € 290.000 en vermijdt naar schatting € 126.000 (8 van de 10 uitkomsten \
             tussen € 63.000 en € 252.000); Groei & meer kost € 480.000 en vermijdt naar \
             schatting € 230.000 (8 van de 10 uitkomsten tussen € 110.000 en € 470.000); Alleen \
             Home-Start kost € 143.000 en vermijdt naar schatting € 61.000 (8 van de 10 \
             uitkomsten tussen € 30.000 en € 125.000). Het kleinste nettoverlies (contante \
             waarde) heeft Alleen Home-Start: \u{2212}€ 85.000."
        );
    }

    #[test]
    fn a_loss_is_not_the_highest_and_an_empty_scenario_is_not_the_best() {
        let mut list = three();
        let mut empty = list[0].clone();
        empty.name = "Scenario 3".into();
        empty.projection.per_initiative.clear();
        empty.projection.total.net_result_pv = Range3::ZERO;
        list.push(empty);
        let summary = summary_compare_scenarios(&list);
        assert!(!summary.contains("hoogst"), "{summary}");
        assert!(!summary.contains("Scenario 3: € 0"), "{summary}");
        assert!(
            summary.ends_with("heeft Alleen Home-Start: \u{2212}€ 85.000."),
            "{summary}"
        );
        let mut gains = three();
        gains[0].projection.total.net_result_pv.central = 40_000.0;
        let summary = summary_compare_scenarios(&gains);
        assert!(
            summary.ends_with("Het beste netto resultaat (contante waarde) heeft Basis: € 40.000."),
            "{summary}"
        );
    }
}
