//! A small projection built by hand, and an XML well-formedness check, for the chart tests.

use crate::model::initiative::InitiativeId;
use crate::model::projection::{Projection, Totals, YearLine, YearResult};
use crate::model::range::Range3;

pub(crate) const HOSTILE_TITLE: &str = "Gemeente <img src=x onerror=alert(1)> & 'co'";

fn line(initiative: InitiativeId, matches: u32, cost: f64, avoided: f64) -> YearLine {
    YearLine {
        initiative,
        matches,
        families_reached: matches as f64,
        volunteers: matches as f64,
        volunteer_hours: Range3::point(matches as f64 * 100.0),
        cost: Range3::new(cost * 0.9, cost, cost * 1.1),
        avoided_costs: Range3::new(avoided * 0.5, avoided, avoided * 2.0),
        social_value: Range3::point(matches as f64 * 750.0),
    }
}

fn year(year: i32, after_horizon: bool, lines: Vec<YearLine>) -> YearResult {
    let total = YearLine {
        initiative: InitiativeId::Buurtgezinnen,
        matches: lines.iter().map(|l| l.matches).sum(),
        families_reached: lines.iter().map(|l| l.families_reached).sum(),
        volunteers: lines.iter().map(|l| l.volunteers).sum(),
        volunteer_hours: lines.iter().map(|l| l.volunteer_hours).sum(),
        cost: lines.iter().map(|l| l.cost).sum(),
        avoided_costs: lines.iter().map(|l| l.avoided_costs).sum(),
        social_value: lines.iter().map(|l| l.social_value).sum(),
    };
    YearResult {
        year,
        after_horizon,
        lines,
        total,
    }
}

fn totals(cost: f64, avoided: f64) -> Totals {
    Totals {
        matches: 0,
        families_reached: 0.0,
        volunteer_hours: Range3::ZERO,
        cost: Range3::point(cost),
        avoided_costs: Range3::point(avoided),
        avoided_after_horizon: Range3::ZERO,
        social_value: Range3::ZERO,
        net_result: Range3::point(avoided - cost),
        cost_pv: Range3::point(cost * 0.95),
        avoided_costs_pv: Range3::point(avoided * 0.92),
        net_result_pv: Range3::point(avoided * 0.92 - cost * 0.95),
        benefit_cost_ratio: None,
    }
}

/// Two initiatives, four horizon years (2026–2029) and two years after the horizon.
pub(crate) fn sample_projection() -> Projection {
    use InitiativeId::{Buurtgezinnen, HomeStart};
    let years = vec![
        year(
            2026,
            false,
            vec![
                line(Buurtgezinnen, 10, 27_187.5, 0.0),
                line(HomeStart, 12, 26_400.0, 0.0),
            ],
        ),
        year(
            2027,
            false,
            vec![
                line(Buurtgezinnen, 15, 32_625.0, 9_000.0),
                line(HomeStart, 15, 33_000.0, 10_000.0),
            ],
        ),
        year(
            2028,
            false,
            vec![
                line(Buurtgezinnen, 20, 43_500.0, 14_000.0),
                line(HomeStart, 18, 39_600.0, 12_000.0),
            ],
        ),
        year(
            2029,
            false,
            vec![
                line(Buurtgezinnen, 20, 43_500.0, 19_000.0),
                line(HomeStart, 20, 44_000.0, 16_000.0),
            ],
        ),
        year(
            2030,
            true,
            vec![
                line(Buurtgezinnen, 0, 0.0, 18_000.0),
                line(HomeStart, 0, 0.0, 17_000.0),
            ],
        ),
        year(
            2031,
            true,
            vec![
                line(Buurtgezinnen, 0, 0.0, 6_000.0),
                line(HomeStart, 0, 0.0, 5_000.0),
            ],
        ),
    ];
    let cost: f64 = years.iter().map(|y| y.total.cost.central).sum();
    let avoided: f64 = years.iter().map(|y| y.total.avoided_costs.central).sum();
    Projection {
        per_initiative: vec![
            (Buurtgezinnen, totals(cost / 2.0, avoided / 2.0)),
            (HomeStart, totals(cost / 2.0, avoided / 2.0)),
        ],
        years,
        total: totals(cost, avoided),
        // Made by hand: the break-even share and the slope of the net line agree (youth care
        // alone pays back at 1 in 7).
        break_even_share: Some(1.0 / 7.0),
        youth_care_value_pv: 7.0 * totals(cost, avoided).cost_pv.central,
        notices: vec![],
        includes_startup_surcharge: false,
        changed_assumptions: 0,
        youth_care_share: Range3::ZERO,
        deadweight: 0.0,
    }
}

/// A projection with no initiative chosen.
pub(crate) fn empty_projection() -> Projection {
    Projection {
        years: vec![],
        per_initiative: vec![],
        total: totals(0.0, 0.0),
        break_even_share: None,
        youth_care_value_pv: 0.0,
        notices: vec![],
        includes_startup_surcharge: false,
        changed_assumptions: 0,
        youth_care_share: Range3::ZERO,
        deadweight: 0.0,
    }
}

/// Checks that `svg` is one well-formed `<svg>` element: tags balance, attributes are quoted,
/// and no raw `<` or `&` appears in text.
pub(crate) fn assert_well_formed_svg(svg: &str) {
    assert!(svg.starts_with("<svg"), "does not start with <svg");
    assert!(
        svg.trim_end().ends_with("</svg>"),
        "does not end with </svg>"
    );
    assert!(!svg.contains("NaN"), "contains NaN");
    assert!(
        !svg.contains("=\"inf") && !svg.contains("-inf"),
        "contains an infinite number"
    );
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('>').expect("unclosed tag");
        let tag = &after[..close];
        assert!(!tag.contains('<'), "'<' inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack.pop().expect("closing tag without opening");
            assert_eq!(top, name.trim(), "mismatched closing tag");
        } else {
            let self_closing = tag.ends_with('/');
            let name: String = tag
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/')
                .collect();
            assert_eq!(
                tag.matches('"').count() % 2,
                0,
                "unbalanced quotes in <{tag}>"
            );
            if !self_closing {
                stack.push(name);
            }
        }
        rest = &after[close + 1..];
    }
    check_text(rest);
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
}

fn check_text(text: &str) {
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..];
        assert!(
            ["&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#39;"]
                .iter()
                .any(|e| entity.starts_with(e)),
            "raw '&' in text: {text}"
        );
    }
}

/// A chart's table with its cells as a reader sees them (see [`svg_texts`]).
pub(crate) fn plain_table(
    mut table: crate::report::table::DataTable,
) -> crate::report::table::DataTable {
    for row in &mut table.rows {
        for cell in row.iter_mut() {
            *cell = crate::model::format::plain(cell);
        }
    }
    table
}

/// The texts of all `<text>` elements (their content, unescaped only for `&amp;`), as a reader
/// sees them: the no-break characters of amounts as plain spaces (`format::plain`; that they
/// are there is tested in `model::format` and on the page).
pub(crate) fn svg_texts(svg: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let Some(close) = after.find("</text>") else {
            break;
        };
        let text = after[open_end + 1..close].trim().replace("&amp;", "&");
        texts.push(crate::model::format::plain(&text));
        rest = &after[close..];
    }
    texts
}

/// A real scenario projected with the shipped parameter file, as the page would show it:
/// Home-Start 20 and Samen Oplopen 10 matches a year, four years, named "Gemeente Voorbeeld".
pub(crate) struct Fixture {
    pub set: crate::model::params::ParameterSet,
    pub overrides: crate::model::overrides::Overrides,
    pub scenario: crate::model::scenario::Scenario,
    pub model: crate::model::params::ModelParameters,
    pub projection: Projection,
    pub bands: crate::model::uncertainty::Bands,
}

/// The share link of [`Fixture`].
pub(crate) const FIXTURE_QUERY: &str =
    "naam=Gemeente%20Voorbeeld&k.home-start=20&k.samen-oplopen=10";

impl Fixture {
    /// The fixture with the user's overrides in `query` (e.g. `a.deadweight=0.5`) added.
    pub fn with(extra_query: &str) -> Fixture {
        use crate::data::parameters::parse_parameters;
        use crate::data::url_scenario::decode;
        use crate::model::params::ModelParameters;
        let set = parse_parameters(include_str!("../../assets/data/parameters.json"))
            .expect("the shipped parameter file parses");
        let query = if extra_query.is_empty() {
            FIXTURE_QUERY.to_string()
        } else {
            format!("{FIXTURE_QUERY}&{extra_query}")
        };
        let decoded = decode(&query, &|id: &str| set.allowed_range(id));
        assert!(decoded.dropped.is_empty(), "{:?}", decoded.dropped);
        let model = ModelParameters::from_set(&set, &decoded.overrides).expect("model");
        let projection =
            crate::model::projection::project(&model, &decoded.scenario).expect("projection");
        // Fewer draws than the page: the tests need a band, not its third decimal.
        let bands = crate::model::uncertainty::simulate(&model, &decoded.scenario, 500, 7)
            .expect("simulation");
        Fixture {
            set,
            overrides: decoded.overrides,
            scenario: decoded.scenario,
            model,
            projection,
            bands,
        }
    }

    pub fn load() -> Fixture {
        Fixture::with("")
    }

    /// The input at a page `width` (a phone's, or `None` for the full page) or on a slide.
    pub fn input_at(&self, width: Option<u32>, large: bool) -> crate::charts::ChartInput<'_> {
        crate::charts::ChartInput {
            width,
            ..self.input(large)
        }
    }

    pub fn input(&self, large: bool) -> crate::charts::ChartInput<'_> {
        crate::charts::ChartInput {
            scenario: &self.scenario,
            projection: &self.projection,
            bands: Some(&self.bands),
            sensitivity: None,
            model: &self.model,
            parameters: &self.set,
            overrides: &self.overrides,
            large,
            width: None,
        }
    }
}
