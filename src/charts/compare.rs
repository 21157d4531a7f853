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
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{self, clean_text, fit_bold_text, LegendItem, Swatch};
use super::labels;
use super::style::{
    anchored, sources, text_style, y_ticks, AxisCoord, NiceAxis, Scale, AVOIDED_COLOR, COST_COLOR,
    GRID, INK, MUTED,
};
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
    frame::render_svg(options, |root| {
        draw_compare_scenarios(root, scenarios, options)
    })
}

/// Draws the chart on any plotters drawing area (the SVG string, or a canvas).
pub fn draw_compare_scenarios<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    scenarios: &[ComparedScenario],
    options: &ChartOptions,
) -> Result<(), ChartError> {
    let groups = groups(scenarios);
    if groups.len() < 2 {
        return frame::draw_empty(
            root,
            options,
            sources::compare(options.large),
            TOO_FEW_MESSAGE,
        );
    }
    let scale = Scale::for_options(options);
    let legend = [
        LegendItem {
            label: "kosten (centraal)".to_string(),
            swatch: Swatch::Band {
                color: COST_COLOR,
                opacity: 1.0,
            },
        },
        LegendItem {
            label: "vermeden kosten (centraal)".to_string(),
            swatch: Swatch::Band {
                color: AVOIDED_COLOR,
                opacity: 1.0,
            },
        },
        LegendItem {
            label: RANGE_LABEL.to_string(),
            swatch: Swatch::Line {
                color: INK,
                dashed: false,
                thin: true,
                marker: None,
            },
        },
    ];
    let plot = frame::draw_frame(
        root,
        options,
        &scale,
        &legend,
        sources::compare(options.large),
    )?;

    let values = groups.iter().flat_map(|g| {
        let (lo, hi) = g.avoided_range.unwrap_or((g.avoided, g.avoided));
        [g.cost, lo, g.avoided, hi].map(finite)
    });
    let (low, high) = values.fold((0.0, 0.0), |(lo, hi): (f64, f64), v| (lo.min(v), hi.max(v)));
    // Head room for the value labels above the bars.
    let y = NiceAxis::new(low, high * 1.12, y_ticks(options));
    let y_area = frame::y_label_area(&scale, &y.widest_euro_label(), true);
    // Below the axis: the scenario's name and, smaller, its years.
    let x_area = scale.label_px as i32 / 2 + scale.label_line() + scale.small_line();
    let n = groups.len();
    let mut chart = ChartBuilder::on(&plot)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .margin_top(scale.label_line() / 2)
        .build_cartesian_2d(-0.5..(n as f64 - 0.5), AxisCoord::euro(&y))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .bold_line_style(GRID.stroke_width(scale.thin))
        .axis_style(INK.stroke_width(scale.thin))
        .set_all_tick_mark_size(scale.label_px as i32 / 3)
        .label_style(text_style(scale.label_px, INK, false))
        .axis_desc_style(text_style(scale.label_px, MUTED, false))
        .y_desc("Totaal (niet verdisconteerd)")
        .draw()?;

    // Bars, whiskers and labels in pixel space.
    let area = chart.plotting_area();
    let on_root = frame::RootPixels::of(root);
    let px = |x: f64, value: f64| on_root.point(area.map_coordinate(&(x, finite(value))));
    let slot = f64::from((px(1.0, 0.0).0 - px(0.0, 0.0).0).abs());
    let (_, y_range) = on_root.ranges(area.get_pixel_range());
    let value_px = scale.small_px;
    let show_values = groups.iter().all(|g| {
        [g.cost, g.avoided]
            .iter()
            .all(|v| labels::text_width_bold(&format::euro_rounded(*v), value_px) < slot * 0.48)
    });
    let value_label = |at: (i32, i32), value: f64| {
        Text::new(
            format::euro_rounded(value),
            (at.0, at.1 - scale.label_px as i32 / 3),
            anchored(text_style(value_px, INK, true), HPos::Center, VPos::Bottom),
        )
    };
    for (i, group) in groups.iter().enumerate() {
        let x = i as f64;
        let cost_left = x - GROUP_HALF_WIDTH;
        let cost_right = x - BAR_GAP / 2.0;
        let avoided_left = x + BAR_GAP / 2.0;
        let avoided_right = x + GROUP_HALF_WIDTH;
        let avoided_mid = (avoided_left + avoided_right) / 2.0;

        draw_bar(
            root,
            &scale,
            COST_COLOR,
            px(cost_left, 0.0),
            px(cost_right, group.cost),
        )?;
        draw_bar(
            root,
            &scale,
            AVOIDED_COLOR,
            px(avoided_left, 0.0),
            px(avoided_right, group.avoided),
        )?;

        // The whisker, from P10 to P90, with caps.
        let mut hi = finite(group.avoided);
        if let Some((p10, p90)) = group.avoided_range {
            let (lo, top) = (finite(p10).min(finite(p90)), finite(p10).max(finite(p90)));
            hi = top;
            let whisker = INK.stroke_width(scale.thin + 1);
            root.draw(&PathElement::new(
                vec![px(avoided_mid, lo), px(avoided_mid, hi)],
                whisker,
            ))?;
            for end in [lo, hi] {
                root.draw(&PathElement::new(
                    vec![
                        px(avoided_mid - CAP_HALF_WIDTH, end),
                        px(avoided_mid + CAP_HALF_WIDTH, end),
                    ],
                    whisker,
                ))?;
            }
        }

        if show_values {
            let cost_top = px((cost_left + cost_right) / 2.0, group.cost.max(0.0));
            root.draw(&value_label(cost_top, group.cost))?;
            let avoided_top = finite(group.avoided).max(hi).max(0.0);
            root.draw(&value_label(px(avoided_mid, avoided_top), group.avoided))?;
        }

        // The name below the axis, cut to the group's width; its years below it.
        let max_width = slot * 0.95;
        if max_width >= labels::text_width_bold("Ab…", scale.label_px) {
            let (center, _) = px(x, 0.0);
            let top = y_range.end + scale.label_px as i32 / 2;
            root.draw(&Text::new(
                fit_bold_text(&group.name, scale.label_px, max_width),
                (center, top),
                anchored(
                    text_style(scale.label_px, INK, false),
                    HPos::Center,
                    VPos::Top,
                ),
            ))?;
            if let Some(period) = group.period.map(period_text) {
                if labels::text_width(&period, scale.small_px) <= max_width {
                    root.draw(&Text::new(
                        period,
                        (center, top + scale.label_line()),
                        anchored(
                            text_style(scale.small_px, MUTED, false),
                            HPos::Center,
                            VPos::Top,
                        ),
                    ))?;
                }
            }
        }
    }
    Ok(())
}

/// One bar in pixel coordinates between two corners, with a dark outline (which keeps a light
/// fill visible on white).
fn draw_bar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    scale: &Scale,
    color: RGBColor,
    corner: (i32, i32),
    opposite: (i32, i32),
) -> Result<(), ChartError> {
    let (x0, x1) = (corner.0.min(opposite.0), corner.0.max(opposite.0));
    let (y0, y1) = (corner.1.min(opposite.1), corner.1.max(opposite.1));
    if x1 <= x0 || y1 <= y0 {
        return Ok(());
    }
    root.draw(&Rectangle::new([(x0, y0), (x1, y1)], color.filled()))?;
    root.draw(&Rectangle::new(
        [(x0, y0), (x1, y1)],
        INK.stroke_width(scale.thin),
    ))?;
    Ok(())
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
    use crate::model::params::Range3;
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
        // Plotters writes the apostrophe of "Scenario's" as `&apos;`.
        let title = frame::escape_xml(TITLE);
        assert!(svg.contains(&format!("<title>{title}</title>")));
        let texts = svg_texts(&svg);
        assert!(texts.contains(&title));
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
            assert!(svg.contains(&frame::escape_xml(TOO_FEW_MESSAGE)));
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
