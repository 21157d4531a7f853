//! Chart 3: the net result (present value) against the share of reached families in whom an
//! escalation (a youth-care trajectory) is prevented, net of deadweight. A straight line with
//! the zero line, the break-even share ("1 op de 7 gezinnen") and the central assumption marked:
//! the honest headline when nobody knows how often a match prevents an escalation.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::format;
use super::frame::{self, Corner, Label, Marker};
use super::style::{
    okabe_ito, sources, text_style, AxisCoord, NiceAxis, Scale, CENTRAL_COLOR, GRID, INK, MUTED,
    NET_COLOR,
};
use super::{ChartError, ChartOptions, DataTable, EMPTY_MESSAGE};
use crate::model::projection::Projection;

/// Default title of this chart (add the scenario name with [`super::chart_title`]).
pub const TITLE: &str = "Netto resultaat naar aandeel gezinnen";

/// The x axis runs at least to this share (30%), further when the break-even share or the
/// central assumption lies beyond it (up to 100%).
pub const MIN_X_SHARE: f64 = 0.30;

/// The straight line of chart 3: net result (present value, euros) as a function of the share of
/// reached families in whom a youth-care trajectory is prevented (net of deadweight; 0.07 = 7%):
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
    /// The central assumption for the share, as the model uses it:
    /// `share_youth_care_avoided.central × (1 − deadweight.central)`.
    pub central_share: f64,
}

impl NetVsShare {
    /// Counting avoided youth care only (`other_avoided_pv` = 0).
    pub fn new(cost_pv: f64, avoided_pv_per_share: f64, central_share: f64) -> NetVsShare {
        NetVsShare {
            cost_pv,
            avoided_pv_per_share,
            other_avoided_pv: 0.0,
            central_share,
        }
    }

    /// From the model's projection, counting avoided youth care only, exactly as
    /// `Projection::break_even_share` is defined (`cost_pv / avoided_pv_per_share`): the chart's
    /// break-even is the headline's. `None` when nothing is spent or there is no break-even
    /// share (no family reached).
    pub fn from_projection(projection: &Projection, central_share: f64) -> Option<NetVsShare> {
        let cost_pv = projection.total.cost_pv.central;
        let break_even = projection.break_even_share?;
        let usable = [cost_pv, break_even, central_share]
            .iter()
            .all(|v| v.is_finite());
        if !usable || cost_pv <= 0.0 || break_even <= 0.0 {
            return None;
        }
        Some(NetVsShare {
            cost_pv,
            avoided_pv_per_share: cost_pv / break_even,
            other_avoided_pv: 0.0,
            central_share,
        })
    }

    /// From the model's projection, counting all avoided costs at their central assumptions:
    /// the central point is the headline net result (`total.net_result_pv.central`), and what
    /// the avoided costs hold beyond youth care (placements) becomes `other_avoided_pv`. The
    /// break-even share is then lower than `Projection::break_even_share`, which counts youth
    /// care only. `None` as for [`NetVsShare::from_projection`].
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
                "met {} aan overige vermeden kosten",
                format::eur_rounded(self.other_avoided_pv)
            )
        }
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
        if let Some(break_even) = self.break_even().filter(|b| *b <= 1.0) {
            max = max.max(break_even * 1.2);
        }
        max.min(1.0)
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
    match format::one_in_families(break_even) {
        Some(one_in) => format!("break-even: {one_in} ({})", format::percent(break_even, 1)),
        None => format!("break-even: {}", format::percent(break_even, 1)),
    }
}

fn central_label(data: &NetVsShare) -> String {
    format!(
        "centrale aanname ({}): {}",
        format::percent(data.central_share, 1),
        format::eur_rounded(data.net_at(data.central_share))
    )
}

/// Draws the chart on any plotters drawing area (the SVG string, or a canvas).
pub fn draw_net_vs_share<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: Option<&NetVsShare>,
    options: &ChartOptions,
) -> Result<(), ChartError> {
    let Some(data) = data else {
        return frame::draw_empty(root, options, sources::net_vs_share(), EMPTY_MESSAGE);
    };
    data.validate()?;
    let scale = Scale::for_options(options);
    // No legend: the line is named by the y axis, the two points by their own labels.
    let plot = frame::draw_frame(root, options, &scale, &[], sources::net_vs_share())?;

    let x = NiceAxis::new(0.0, data.x_max(), 6);
    let (at_start, at_end) = (data.net_at(0.0), data.net_at(x.hi));
    let y = NiceAxis::new(
        at_start.min(at_end).min(0.0),
        at_start.max(at_end).max(0.0),
        5,
    );
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
        .x_desc("Aandeel bereikte gezinnen bij wie jeugdhulp (netto) wordt voorkomen")
        .y_desc("Netto resultaat (contante waarde)")
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
    // Pixel positions of data points, for markers and labels drawn on the root.
    let coord = chart.as_coord_spec().clone();
    let (px_range, py_range) = chart.plotting_area().get_pixel_range();
    let bounds = (px_range.start + 4, px_range.end - 4);
    let plot_bounds = (bounds, (py_range.start + 2, py_range.end - 2));
    let pad = scale.label_px as i32 / 2;
    let gap = scale.marker as i32 + pad / 2;
    let region = |text: &str, h: HPos, v: VPos, at: (i32, i32)| {
        root.draw(&Text::new(
            text.to_string(),
            at,
            super::style::anchored(text_style(scale.label_px, MUTED, false), h, v),
        ))
    };
    if y.hi > 0.0 {
        region(
            "terugverdiend",
            HPos::Left,
            VPos::Top,
            (px_range.start + pad, py_range.start + pad),
        )?;
    }
    // What the line counts, in small type under the region name.
    root.draw(&Text::new(
        data.counts(),
        (
            px_range.start + pad,
            py_range.start + pad + scale.label_line(),
        ),
        super::style::anchored(
            text_style(scale.small_px, MUTED, false),
            HPos::Left,
            VPos::Top,
        ),
    ))?;
    if y.lo < 0.0 {
        region(
            "niet terugverdiend",
            HPos::Right,
            VPos::Bottom,
            (px_range.end - pad, py_range.end - pad),
        )?;
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

    // Break-even: marker on the zero line and its label (which names the share, so no guide
    // line down to the axis is needed; it would run through the central label).
    let central = data.central_share;
    let central_point = coord.translate(&(central, data.net_at(central)));
    let break_even = data.break_even();
    match break_even {
        Some(share) if share <= x.hi => {
            let point = coord.translate(&(share, 0.0));
            frame::draw_marker(root, &scale, Marker::HollowCircle, INK, point)?;
            // Below the zero line to the right of the point, where the line never is (it
            // is above zero there); the central label keeps to the other side.
            frame::draw_label_at_corner(
                root,
                &Label {
                    text: &break_even_label(share),
                    px: scale.label_px,
                    color: INK,
                    bold: true,
                },
                point,
                gap,
                Corner::RightBelow,
                plot_bounds,
            )?;
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
            frame::draw_label_inside(
                root,
                &note,
                scale.label_px,
                INK,
                true,
                (
                    px_range.start + pad,
                    py_range.start + pad + 2 * scale.label_line(),
                ),
                0,
                HPos::Left,
                VPos::Top,
                bounds,
            )?;
        }
    }

    // The central assumption: above the line to the left of the point, where the rising line
    // never is.
    frame::draw_marker(root, &scale, Marker::Circle, CENTRAL_COLOR, central_point)?;
    frame::draw_label_at_corner(
        root,
        &Label {
            text: &central_label(data),
            px: scale.label_px,
            color: INK,
            bold: false,
        },
        central_point,
        gap,
        Corner::LeftAbove,
        plot_bounds,
    )?;
    Ok(())
}

/// Two Dutch sentences with the key numbers, for screen readers.
pub fn summary_net_vs_share(data: Option<&NetVsShare>) -> String {
    let Some(data) = data.filter(|d| d.validate().is_ok()) else {
        return format!("{EMPTY_MESSAGE}.");
    };
    let mut text = format!(
        "Bij de centrale aanname ({} van de bereikte gezinnen) is het netto resultaat {} \
         (contante waarde, {}).",
        format::percent(data.central_share, 1),
        format::eur_rounded(data.net_at(data.central_share)),
        data.counts()
    );
    match data.break_even() {
        Some(share) if share <= 1.0 => {
            let one_in = format::one_in_families(share)
                .map(|words| format!("{words} ({})", format::percent(share, 1)))
                .unwrap_or_else(|| format::percent(share, 1));
            text.push_str(&format!(
                " Het geld komt terug als bij {one_in} jeugdhulp wordt voorkomen."
            ));
        }
        Some(_) => text.push_str(
            " Zelfs als bij elk gezin jeugdhulp wordt voorkomen, komt het geld niet terug.",
        ),
        None => text.push_str(" Bij geen enkel aandeel komt het geld terug."),
    }
    text
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
        caption: "Netto resultaat (contante waarde) naar aandeel gezinnen waarbij jeugdhulp \
                  wordt voorkomen"
            .to_string(),
        headers,
        rows: shares
            .iter()
            .map(|(share, note)| {
                vec![
                    format::percent(*share, 1),
                    format::eur(net(*share)),
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

    /// Costs € 300.000 (PV); avoided € 2,1 mln if every family avoided an escalation: break-even
    /// at 1/7; central 7%.
    fn sample() -> NetVsShare {
        NetVsShare::new(300_000.0, 2_100_000.0, 0.07)
    }

    #[test]
    fn the_line_and_its_break_even_agree() {
        let data = sample();
        let break_even = data.break_even().unwrap();
        assert!((break_even - 1.0 / 7.0).abs() < 1e-12);
        assert!(data.net_at(break_even).abs() < 1e-6);
        assert!((data.net_at(0.07) + 153_000.0).abs() < 1e-6);
    }

    #[test]
    fn from_projection_agrees_with_the_models_break_even() {
        let mut projection = sample_projection();
        projection.total.cost_pv.central = 300_000.0;
        projection.break_even_share = Some(1.0 / 7.0);
        let data = NetVsShare::from_projection(&projection, 0.07).unwrap();
        assert!((data.break_even().unwrap() - 1.0 / 7.0).abs() < 1e-12);
        assert!((data.net_at(0.0) + 300_000.0).abs() < 1e-6);
        assert!((data.net_at(0.07) + 153_000.0).abs() < 1e-6);

        projection.total.net_result_pv.central = -100_000.0;
        let data = NetVsShare::from_projection_all_avoided(&projection, 0.07).unwrap();
        assert!((data.other_avoided_pv - 53_000.0).abs() < 1e-6);
        assert!((data.net_at(0.07) + 100_000.0).abs() < 1e-6);
        assert!((data.break_even().unwrap() - 247_000.0 / 2_100_000.0).abs() < 1e-12);

        projection.break_even_share = None;
        assert_eq!(NetVsShare::from_projection(&projection, 0.07), None);
        assert_eq!(
            NetVsShare::from_projection_all_avoided(&projection, 0.07),
            None
        );
        assert_eq!(NetVsShare::from_projection(&empty_projection(), 0.07), None);
    }

    #[test]
    fn other_avoided_costs_lift_the_line_and_lower_the_break_even() {
        let data = NetVsShare {
            other_avoided_pv: 90_000.0,
            ..sample()
        };
        assert!((data.break_even().unwrap() - 0.1).abs() < 1e-12);
        let svg = net_vs_share(Some(&data), &ChartOptions::new(TITLE)).unwrap();
        assert!(svg.contains("break-even: 1 op de 10 gezinnen (10%)"));
        assert!(svg.contains("met € 90.000 aan overige vermeden kosten"));
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
                .any(|t| t == "break-even: 1 op de 7 gezinnen (14,3%)"),
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
        assert!(svg.contains("break-even: 5 op de 10 gezinnen (50%)"));
        let data = NetVsShare::new(300_000.0, 200_000.0, 0.07);
        let svg = net_vs_share(Some(&data), &ChartOptions::new(TITLE)).unwrap();
        assert!(svg.contains("geen break-even"));
        let data = NetVsShare::new(300_000.0, 0.0, 0.07);
        let svg = net_vs_share(Some(&data), &ChartOptions::new(TITLE)).unwrap();
        assert!(svg.contains("geen break-even"));
    }

    #[test]
    fn escapes_a_hostile_title_empty_and_invalid_input() {
        let svg = net_vs_share(Some(&sample()), &ChartOptions::new(HOSTILE_TITLE)).unwrap();
        assert_well_formed_svg(&svg);
        assert!(!svg.contains("<img"));
        let svg = net_vs_share(None, &ChartOptions::new(TITLE)).unwrap();
        assert_well_formed_svg(&svg);
        assert!(svg.contains(EMPTY_MESSAGE));
        let bad = NetVsShare::new(f64::NAN, 1.0, 0.07);
        let error = net_vs_share(Some(&bad), &ChartOptions::new(TITLE)).unwrap_err();
        assert!(matches!(error, ChartError::InvalidInput { .. }));
        assert!(error
            .to_string()
            .starts_with("De grafiek kon niet worden getekend"));
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
            assert_eq!(row[1], format::eur(data.net_at(raw[0].unwrap())));
        }
        assert!(table_net_vs_share(None).rows.is_empty());
    }

    #[test]
    fn summary_names_central_result_and_break_even() {
        assert_eq!(
            summary_net_vs_share(Some(&sample())),
            "Bij de centrale aanname (7% van de bereikte gezinnen) is het netto resultaat \
             \u{2212}€ 153.000 (contante waarde, alleen vermeden jeugdhulp geteld). Het geld \
             komt terug als bij 1 op de 7 gezinnen (14,3%) jeugdhulp wordt voorkomen."
        );
        assert_eq!(summary_net_vs_share(None), format!("{EMPTY_MESSAGE}."));
    }
}
