//! Every address of the app, as a type. Pages, the menu, links, the pre-render and the projection
//! command (`projectie --ids`, read by the browser tests) take their paths from [`Route`], so a
//! renamed or removed page is a compile error at every link instead of a dead link.
//!
//! Native (no web types), so links are tested here. It sits above `charts` (a route names a chart)
//! and below `app`.

use crate::charts::ChartId;
use crate::report::provenance::LINK_KEY;

/// The presentation's slide in a link: `/presenteren?…&dia=3` (numbered from 1).
pub const SLIDE_KEY: &str = "dia";

/// The presentation link's key that switches "Voorspel eerst" on (`voorspel=1`).
pub const PREDICT_KEY: &str = "voorspel";

/// Query keys that say how to show the scenario, not what it is: the presentation's slide,
/// whether it asks the room to predict first, and the data version the link was made with
/// (`report::provenance`). Links to another page drop them; the address bar keeps them while
/// the scenario is rewritten.
pub const VIEW_KEYS: [&str; 3] = [SLIDE_KEY, PREDICT_KEY, LINK_KEY];

/// The first path segment of the chart pages (`/grafiek/<chart slug>`).
pub const CHART_SEGMENT: &str = "grafiek";
/// The first path segment of the embeds (`/inbedden/<slug>`).
pub const EMBED_SEGMENT: &str = "inbedden";
/// The second path segment of the hand-out (`/presenteren/hand-out`).
pub const HANDOUT_SEGMENT: &str = "hand-out";
/// The path segment of the headline figures' embed.
pub const HEADLINES_SLUG: &str = "kerncijfers";

/// What an embed (`/inbedden/<slug>`) shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embedded {
    Chart(ChartId),
    Headlines,
}

impl Embedded {
    pub fn from_slug(slug: &str) -> Option<Embedded> {
        if slug == HEADLINES_SLUG {
            return Some(Embedded::Headlines);
        }
        ChartId::from_slug(slug).map(Embedded::Chart)
    }

    pub fn slug(self) -> &'static str {
        match self {
            Embedded::Chart(id) => id.slug(),
            Embedded::Headlines => HEADLINES_SLUG,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Embedded::Chart(id) => id.title(),
            Embedded::Headlines => "Kerncijfers van het scenario",
        }
    }

    /// Every embed the "Insluiten" button offers.
    pub fn all() -> Vec<Embedded> {
        std::iter::once(Embedded::Headlines)
            .chain(ChartId::ALL.iter().copied().map(Embedded::Chart))
            .collect()
    }
}

/// The pages whose path is their one segment (the presentation reads its slide too).
const SINGLE_SEGMENT: [Route; 8] = [
    Route::Start,
    Route::Collectief,
    Route::Scenario,
    Route::Assumptions,
    Route::Annex,
    Route::Saved,
    Route::Accessibility,
    Route::Measure,
];

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// `/`: the start page (the comparison with the guide).
    Start,
    /// `/vergelijken`: the Collectief's table, step 1 of the journey.
    Collectief,
    /// `/scenario`: the scenario and its results.
    Scenario,
    /// `/aannames`: every assumption and source.
    Assumptions,
    /// `/presenteren`, at a slide (`dia=N`, from 1) or at the first; `predict`: with the slide
    /// "Voorspel eerst" (`voorspel=1`).
    Presentation { slide: Option<usize>, predict: bool },
    /// `/presenteren/hand-out`: the presentation on paper.
    Handout,
    /// `/bijlage`: the annex to the council proposal, for paper and a word processor.
    Annex,
    /// `/grafiek/<slug>`: one chart on its own.
    Chart(ChartId),
    /// `/scenarios`: the saved scenarios, compared.
    Saved,
    /// `/toegankelijkheid`: the accessibility statement.
    Accessibility,
    /// `/meting`: timings of the model, for the benchmark; not in the menu.
    Measure,
    /// `/inbedden/<slug>`: one chart or the headline figures for someone else's page.
    Embed(Embedded),
}

impl Route {
    /// The id `projectie --ids` gives each kind of page (the browser tests key on it).
    pub fn id(self) -> &'static str {
        match self {
            Route::Start => "start",
            Route::Collectief => "vergelijken",
            Route::Scenario => "scenario",
            Route::Assumptions => "aannames",
            Route::Presentation { .. } => "presenteren",
            Route::Handout => "hand-out",
            Route::Annex => "bijlage",
            Route::Chart(_) => "grafiek",
            Route::Saved => "scenarios",
            Route::Accessibility => "toegankelijkheid",
            Route::Measure => "meting",
            Route::Embed(_) => "inbedden",
        }
    }

    /// The path's fixed first segment (`""` for the start page): what [`Route::parse`] matches.
    pub const fn segment(self) -> &'static str {
        match self {
            Route::Start => "",
            Route::Collectief => "vergelijken",
            Route::Scenario => "scenario",
            Route::Assumptions => "aannames",
            Route::Presentation { .. } | Route::Handout => "presenteren",
            Route::Annex => "bijlage",
            Route::Chart(_) => CHART_SEGMENT,
            Route::Saved => "scenarios",
            Route::Accessibility => "toegankelijkheid",
            Route::Measure => "meting",
            Route::Embed(_) => EMBED_SEGMENT,
        }
    }

    /// The path, without a query: `/grafiek/kosten-per-jaar`.
    pub fn path(self) -> String {
        let first = self.segment();
        match self {
            Route::Handout => format!("/{first}/{HANDOUT_SEGMENT}"),
            Route::Chart(id) => format!("/{first}/{}", id.slug()),
            Route::Embed(shown) => format!("/{first}/{}", shown.slug()),
            _ => format!("/{first}"),
        }
    }

    /// The route of an address (`/presenteren?k.home-start=20&dia=3`, or a path alone); `None`
    /// for an address that is no page of the app, such as an unknown chart. A trailing slash
    /// is the same page.
    pub fn parse(address: &str) -> Option<Route> {
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        let path = path.strip_prefix('/')?;
        let path = path.strip_suffix('/').unwrap_or(path);
        let mut segments = path.split('/');
        let first = segments.next().unwrap_or_default();
        let second = segments.next();
        if segments.next().is_some() {
            return None;
        }
        let presentation = Route::Presentation {
            slide: None,
            predict: false,
        };
        let route = match second {
            None if first == presentation.segment() => Route::Presentation {
                slide: query_value(query, SLIDE_KEY).and_then(|n| n.parse().ok()),
                predict: query_value(query, PREDICT_KEY) == Some("1"),
            },
            None => *SINGLE_SEGMENT.iter().find(|r| r.segment() == first)?,
            Some(HANDOUT_SEGMENT) if first == Route::Handout.segment() => Route::Handout,
            Some(slug) if first == CHART_SEGMENT => Route::Chart(ChartId::from_slug(slug)?),
            Some(slug) if first == EMBED_SEGMENT => Route::Embed(Embedded::from_slug(slug)?),
            Some(_) => return None,
        };
        Some(route)
    }

    /// A link to this page carrying `scenario` (a query without view keys, as
    /// [`split_query`] gives it) and the route's own view keys (the slide, "Voorspel eerst").
    pub fn link(self, scenario: &str) -> String {
        let view = match self {
            Route::Presentation { slide, predict } => {
                let slide = slide.map(|n| format!("{SLIDE_KEY}={n}"));
                let predict = predict.then(|| format!("{PREDICT_KEY}=1"));
                slide
                    .into_iter()
                    .chain(predict)
                    .collect::<Vec<_>>()
                    .join("&")
            }
            _ => String::new(),
        };
        with_query(&self.path(), scenario, &view)
    }

    /// One address of every page the app has: each chart and each embed, the presentation at
    /// its first slide. What `projectie --ids` prints for the browser tests.
    pub fn every_page() -> Vec<Route> {
        let mut all = vec![
            Route::Start,
            Route::Collectief,
            Route::Scenario,
            Route::Assumptions,
            Route::Presentation {
                slide: None,
                predict: false,
            },
            Route::Handout,
            Route::Annex,
        ];
        all.extend(ChartId::ALL.iter().map(|id| Route::Chart(*id)));
        all.extend([Route::Saved, Route::Accessibility, Route::Measure]);
        all.extend(Embedded::all().into_iter().map(Route::Embed));
        // A new variant must be listed above: this match fails to compile without it.
        for route in &all {
            match route {
                Route::Start
                | Route::Collectief
                | Route::Scenario
                | Route::Assumptions
                | Route::Presentation { .. }
                | Route::Handout
                | Route::Annex
                | Route::Chart(_)
                | Route::Saved
                | Route::Accessibility
                | Route::Measure
                | Route::Embed(_) => {}
            }
        }
        all
    }
}

/// The page an address's path shows (its query is that page's own business: a new scenario or
/// slide never builds another page). What the app's page switch renders, in place of
/// leptos_router's `<Routes>`, whose matching code would repeat [`Route::parse`] in the wasm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageAt {
    /// A page of the app, the presentation without its slide.
    Page(Route),
    /// `/grafiek/<slug>` with a slug no chart has: the chart page says which charts there are.
    UnknownChart,
    /// `/inbedden/<slug>` with a slug nothing has: the embed says it does not exist.
    UnknownEmbed,
    /// Any other address: "Pagina niet gevonden".
    Missing,
}

/// Which page shows `path` (an address without its query).
pub fn page_at(path: &str) -> PageAt {
    let path = path.split('?').next().unwrap_or_default();
    if let Some(route) = Route::parse(path) {
        return PageAt::Page(route);
    }
    let inner = path.strip_prefix('/').unwrap_or_default();
    match inner.strip_suffix('/').unwrap_or(inner).split_once('/') {
        Some((CHART_SEGMENT, slug)) if !slug.contains('/') => PageAt::UnknownChart,
        Some((EMBED_SEGMENT, slug)) if !slug.contains('/') => PageAt::UnknownEmbed,
        _ => PageAt::Missing,
    }
}

/// True on the embed routes (known slug or not), where the page has no header, menu or footer.
pub fn is_embed_path(path: &str) -> bool {
    path.strip_prefix('/')
        .and_then(|p| p.strip_prefix(EMBED_SEGMENT))
        .is_some_and(|rest| rest.starts_with('/'))
}

/// The value of `key` in a query (`a=1&dia=3`), as written.
fn query_value<'q>(query: &'q str, key: &str) -> Option<&'q str> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// Splits a query into its scenario part and its view part ([`VIEW_KEYS`]), each in its order.
pub fn split_query(query: &str) -> (String, String) {
    let (view, scenario): (Vec<&str>, Vec<&str>) = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .partition(|pair| VIEW_KEYS.contains(&pair.split('=').next().unwrap_or_default()));
    (scenario.join("&"), view.join("&"))
}

/// `path?scenario&view`, leaving out empty parts.
pub fn with_query(path: &str, scenario_part: &str, view_part: &str) -> String {
    let query = [scenario_part, view_part]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("&");
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCENARIO: &str = "naam=Zeist&k.home-start=20";

    #[test]
    fn every_page_round_trips_between_path_and_route() {
        for route in Route::every_page() {
            assert_eq!(Route::parse(&route.path()), Some(route), "{}", route.path());
            assert_eq!(Route::parse(&route.link(SCENARIO)), Some(route));
            let with_slash = format!("{}/", route.path().trim_end_matches('/'));
            assert_eq!(Route::parse(&with_slash), Some(route), "{with_slash}");
        }
        for (slide, predict) in [(Some(3), false), (Some(3), true), (None, true)] {
            let route = Route::Presentation { slide, predict };
            assert_eq!(Route::parse(&route.link(SCENARIO)), Some(route));
        }
    }

    #[test]
    fn the_page_switch_shows_each_page_at_its_path_and_a_message_elsewhere() {
        for route in Route::every_page() {
            let shown = match route {
                Route::Presentation { .. } => Route::Presentation {
                    slide: None,
                    predict: false,
                },
                other => other,
            };
            assert_eq!(page_at(&route.path()), PageAt::Page(shown), "{route:?}");
        }
        // The slide is in the query, not the path: moving to another slide is the same page.
        assert_eq!(
            page_at("/presenteren?dia=3&voorspel=1"),
            PageAt::Page(Route::Presentation {
                slide: None,
                predict: false
            })
        );
        assert_eq!(page_at("/grafiek/bestaat-niet"), PageAt::UnknownChart);
        assert_eq!(page_at("/grafiek/bestaat-niet/"), PageAt::UnknownChart);
        assert_eq!(page_at("/inbedden/bestaat-niet"), PageAt::UnknownEmbed);
        for missing in [
            "/bestaat-niet",
            "/grafiek",
            "/grafiek/a/b",
            "/inbedden/a/b",
            "/presenteren/iets",
            "/scenario/extra",
            "",
        ] {
            assert_eq!(page_at(missing), PageAt::Missing, "{missing}");
        }
    }

    #[test]
    fn every_page_has_its_own_path_and_each_kind_an_id() {
        let pages = Route::every_page();
        let mut paths: Vec<String> = pages.iter().map(|r| r.path()).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), pages.len(), "{paths:?}");
        assert!(pages.iter().all(|r| !r.id().is_empty()));
    }

    #[test]
    fn the_examples_read_as_the_app_shows_them() {
        assert_eq!(Route::Start.path(), "/");
        assert_eq!(Route::Collectief.path(), "/vergelijken");
        assert_eq!(Route::Handout.path(), "/presenteren/hand-out");
        assert_eq!(
            Route::Chart(ChartId::ALL[0]).path(),
            format!("/grafiek/{}", ChartId::ALL[0].slug())
        );
        assert_eq!(
            Route::Embed(Embedded::Headlines).path(),
            "/inbedden/kerncijfers"
        );
        assert_eq!(
            Route::Presentation {
                slide: Some(2),
                predict: false
            }
            .link(SCENARIO),
            format!("/presenteren?{SCENARIO}&dia=2")
        );
        assert_eq!(
            Route::Presentation {
                slide: Some(4),
                predict: true
            }
            .link(SCENARIO),
            format!("/presenteren?{SCENARIO}&dia=4&voorspel=1")
        );
        assert_eq!(Route::Scenario.link(""), "/scenario");
        assert_eq!(
            Route::Scenario.link(SCENARIO),
            format!("/scenario?{SCENARIO}")
        );
    }

    #[test]
    fn addresses_that_are_no_page_are_none() {
        for address in [
            "",
            "scenario",
            "/bestaat-niet",
            "/grafiek/bestaat-niet",
            "/grafiek",
            "/inbedden/bestaat-niet",
            "/scenario/extra",
            "/presenteren/hand-out/extra",
        ] {
            assert_eq!(Route::parse(address), None, "{address}");
        }
        assert!(is_embed_path("/inbedden/bestaat-niet"));
        assert!(!is_embed_path("/inbeddenx/kerncijfers"));
        assert!(!is_embed_path("/scenario"));
    }

    #[test]
    fn a_slide_number_that_is_no_number_opens_the_presentation_at_its_start() {
        assert_eq!(
            Route::parse("/presenteren?dia=drie&k.home-start=20"),
            Some(Route::Presentation {
                slide: None,
                predict: false
            })
        );
        assert_eq!(
            Route::parse("/presenteren?diaX=3"),
            Some(Route::Presentation {
                slide: None,
                predict: false
            })
        );
    }

    #[test]
    fn links_keep_the_scenario_and_drop_the_view_keys() {
        let address = format!("dia=4&{SCENARIO}&gegevens=2026-12.3f9c2a");
        let (scenario, view) = split_query(&address);
        assert_eq!(scenario, SCENARIO);
        assert_eq!(view, "dia=4&gegevens=2026-12.3f9c2a");
        assert_eq!(split_query(&format!("?{address}")).0, SCENARIO);
        assert_eq!(
            Route::Assumptions.link(&scenario),
            format!("/aannames?{SCENARIO}")
        );
        // A key that merely starts like a view key is scenario.
        assert_eq!(split_query("diagram=1").0, "diagram=1");
        assert_eq!(
            with_query("/presenteren", &scenario, &view),
            format!("/presenteren?{SCENARIO}&dia=4&gegevens=2026-12.3f9c2a")
        );
        assert_eq!(
            with_query("/presenteren", "", "dia=2"),
            "/presenteren?dia=2"
        );
        assert_eq!(with_query("/scenario", "", ""), "/scenario");
    }
}
