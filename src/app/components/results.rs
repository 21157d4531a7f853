//! The results of the current scenario: headline figures first, then notices, charts and the
//! assumptions in use. Everything follows the scenario live; nothing waits for a button.

use leptos::prelude::*;

use crate::app::components::actions::{ProgrammeText, ScenarioActions};
use crate::app::components::adjusted::{AdjustedNotice, HowSure};
use crate::app::components::badge::HeadlineBadge;
use crate::app::components::charts::ScenarioCharts;
use crate::app::components::parameter_list::ParameterList;
use crate::app::components::sensitivity::SensitivityView;
use crate::app::state::{ProjectionError, ScenarioState};
use crate::app::AppData;
use crate::model::format;
use crate::model::projection::Projection;
use crate::report::headlines::{
    badge_targets, break_even_sentence, headlines_compared, per_initiative_rows, values_named,
    Headline, HeadlineId, PRICE_BASIS, SAME_EFFECT_PER_FAMILY,
};
use crate::report::notice::notice_text;
use crate::routes::Route;

/// The later parts of the scenario page (`app::frame_parts`), in the order they are built, one
/// frame each: the results' actions, charts, sensitivity view, programme text with the
/// assumptions, and then the page's Uw gemeente.
pub type ScenarioParts = [ReadSignal<bool>; 5];
pub const PART_ACTIONS: usize = 0;
pub const PART_CHARTS: usize = 1;
pub const PART_SENSITIVITY: usize = 2;
pub const PART_PROGRAMME: usize = 3;
pub const PART_MUNICIPALITY: usize = 4;

#[component]
pub fn Results(
    /// Which later parts are built: the headline figures and notices are in the first frame,
    /// each later part in a frame of its own, so a shared link's figures are on screen before
    /// the style and layout of the rest of the page are computed.
    parts: ScenarioParts,
) -> impl IntoView {
    let state = ScenarioState::expect();
    let outcome = Memo::new(move |_| match state.projection.get() {
        None => Outcome::Loading,
        Some(Err(ProjectionError::Data(error))) => Outcome::DataError(error),
        Some(Err(ProjectionError::Scenario(error))) => Outcome::ScenarioError(error.message),
        Some(Ok(p)) if p.per_initiative.is_empty() => Outcome::Empty,
        Some(Ok(_)) => Outcome::Figures,
    });
    view! {
        <section class="results" aria-labelledby="resultaten-titel">
            <h2 id="resultaten-titel">{move || {
                let name = state.scenario.with(|s| s.name.trim().to_string());
                if name.is_empty() { "Resultaten".to_string() } else { format!("Resultaten: {name}") }
            }}</h2>
            <Show when=move || state.invalid_inputs.with(|set| !set.is_empty())>
                <p class="stale-hint" role="status" data-testid="stale-hint">
                    "Niet bijgewerkt: een veld bevat geen geldig getal. De resultaten horen bij de laatste geldige invoer."
                </p>
            </Show>
            // Above the figures: whether they rest on other values than the standard.
            <AdjustedNotice reset=true/>
            // The branch is rebuilt only when the kind of result changes; within "figures", the
            // numbers update in place, so a slider step does not rebuild the block.
            {move || match outcome.get() {
                Outcome::Loading => view! { <p role="status">"Bezig met rekenen…"</p> }.into_any(),
                Outcome::DataError(error) => view! {
                    <crate::app::components::data_error::DataErrorView error/>
                }.into_any(),
                Outcome::ScenarioError(message) => view! {
                    <div class="error-panel" role="alert" data-testid="scenario-error"><p>{message}</p></div>
                }.into_any(),
                Outcome::Empty => view! {
                    <div class="empty-state" data-testid="empty-scenario">
                        <p>"Kies hiernaast een of meer initiatieven en het aantal koppelingen per jaar; de resultaten verschijnen dan hier."</p>
                        // A way in for whoever wants to see the page working before choosing.
                        <p><leptos_router::components::A href=Route::Scenario.link(EXAMPLE_QUERY)>"Of open een voorbeeld: Home-Start met 20 en Samen Oplopen met 10 koppelingen per jaar"</leptos_router::components::A></p>
                    </div>
                }.into_any(),
                Outcome::Figures => view! { <Headlines/> }.into_any(),
            }}
            // The municipality's own words under the figures, whatever their state.
            <crate::app::components::municipality::OwnNoteView/>
            <Notices/>
            // Once built, each part follows every change at once.
            {move || parts[PART_ACTIONS].get().then(|| view! { <ScenarioActions/> })}
            {move || parts[PART_CHARTS].get().then(|| view! { <ScenarioCharts/> })}
            {move || parts[PART_SENSITIVITY].get().then(|| view! { <SensitivityView/> })}
            {move || parts[PART_PROGRAMME].get().then(|| view! { <ProgrammeText/> <AssumptionsPanel/> })}
        </section>
    }
}

/// The example an empty scenario or presentation offers: a made-up choice of the user's kind, not
/// a figure from the sources, and labelled as an example where it is linked.
pub(crate) const EXAMPLE_QUERY: &str = "naam=Voorbeeld&k.home-start=20&k.samen-oplopen=10";

/// What the results area shows.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Loading,
    DataError(crate::data::DataError),
    ScenarioError(String),
    Empty,
    Figures,
}

/// Headline figures, the break-even sentence and who pays and who benefits. Built once; each
/// number is its own reactive text.
#[component]
fn Headlines() -> impl IntoView {
    let state = ScenarioState::expect();
    let projection = Memo::new(move |_| match state.projection.get() {
        Some(Ok(p)) => Some(p),
        _ => None,
    });
    let params = Memo::new(move |_| state.model_params.get().and_then(Result::ok));
    let figures = Memo::new(move |_| {
        projection.with(|p| {
            params.with(|params| match (p, params) {
                (Some(p), Some(params)) => state.current_bands.with(|b| {
                    state
                        .scenario
                        .with(|s| headlines_compared(s, p, b.as_ref(), params))
                }),
                _ => Vec::new(),
            })
        })
    });
    let total = move |pick: fn(&Projection) -> f64| {
        projection.with(|p| p.as_ref().map(pick).unwrap_or_default())
    };
    let after_horizon = move || total(|p| p.total.avoided_after_horizon.central);
    view! {
        <div class="headlines" data-testid="headlines">
            {HeadlineId::ALL.into_iter().map(|id| {
                let field = move |read: fn(&Headline) -> String| {
                    figures.with(|list| list.iter().find(|h| h.id == id).map(read).unwrap_or_default())
                };
                let basis = move || figures.with(|list| list.iter().find(|h| h.id == id).map(|h| h.basis));
                // The badge leads to the assumptions (or the sources' prices) the figure rests on.
                let targets = Signal::derive(move || figures.with(|list| {
                    list.iter().find(|h| h.id == id).map(|h| state.scenario.with(|s| badge_targets(h, s))).unwrap_or_default()
                }));
                view! {
                    <div class="headline" data-testid=format!("kerncijfer-{id}")>
                        <span class="headline-label">{move || field(|h| h.label.clone())}</span>
                        <span class="headline-value">{move || field(|h| h.value.clone())}</span>
                        <span class="headline-detail">{move || field(|h| h.detail.clone())}</span>
                        <HeadlineBadge basis=Signal::derive(basis) targets/>
                    </div>
                }
            }).collect_view()}
        </div>
        <HowSure/>
        <PerInitiative projection/>
        <p class="break-even" data-testid="break-even">{move || projection.with(|p| p.as_ref().map(break_even_sentence))}</p>
        <Show when=move || after_horizon() != 0.0>
            <p class="hint">{move || format!(
                "Van de vermeden kosten valt {} na de looptijd: effecten komen later dan de uitgaven.",
                format::euro_rounded(after_horizon())
            )}</p>
        </Show>
        <table class="who-pays">
            <caption>{move || format!("Wie betaalt, wie heeft er baat bij ({}, {PRICE_BASIS}; vermeden kosten inclusief effecten na de looptijd)", projection.with(|p| values_named(p.as_ref().map_or(0, |p| p.changed_assumptions))))}</caption>
            <thead><tr><th scope="col">"Wie"</th><th scope="col">"Wat"</th><th scope="col">"Bedrag"</th></tr></thead>
            <tbody>
                <tr><th scope="row">"Gemeente"</th><td>"betaalt de coördinatie van de koppelingen"</td><td>{move || format::euro_rounded(-total(|p| p.total.cost.central))}</td></tr>
                <tr><th scope="row">"Gemeente (Jeugdwet)"</th><td>"kan besparen op jeugdhulp en uithuisplaatsingen (aanname)"</td><td>{move || format::euro_rounded(total(|p| p.total.avoided_costs.central))}</td></tr>
                <tr><th scope="row">"Vrijwilligers"</th><td>"welzijn door vrijwilligerswerk: maatschappelijke waarde, geen geld terug voor de gemeente"</td><td>{move || format::euro_rounded(total(|p| p.total.social_value.central))}</td></tr>
                <tr><th scope="row">"Zorgverzekeraars"</th><td>"mogelijk minder crisiszorg in de ggz (niet onderzocht voor deze initiatieven)"</td><td>"niet gespecificeerd"</td></tr>
            </tbody>
        </table>
    }
}

/// With several initiatives: each one's cost, families, avoided costs and net beside the total.
#[component]
fn PerInitiative(projection: Memo<Option<Projection>>) -> impl IntoView {
    let rows = Memo::new(move |_| {
        projection.with(|p| p.as_ref().map(per_initiative_rows).unwrap_or_default())
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            // Scrolls sideways on a narrow screen; focusable so a keyboard can scroll it too.
            <div class="per-initiative-wrap" role="region" aria-label="Resultaten per initiatief" tabindex="0">
                <table class="per-initiative" data-testid="per-initiative">
                    <caption>{move || format!("Per initiatief ({})", projection.with(|p| values_named(p.as_ref().map_or(0, |p| p.changed_assumptions))))}</caption>
                    <thead><tr>
                        <th scope="col">"Initiatief"</th>
                        <th scope="col">"Kosten"</th>
                        <th scope="col">"Gezinnen"</th>
                        <th scope="col">"Vermeden kosten"</th>
                        <th scope="col">"Netto (contante waarde)"</th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|row| view! {
                            <tr>
                                <th scope="row">{row.name}</th>
                                <td>{row.cost.clone()}</td>
                                <td>{row.families}</td>
                                <td>{row.avoided.clone()}</td>
                                <td>{row.net.clone()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint" data-testid="per-initiative-note">{SAME_EFFECT_PER_FAMILY}</p>
        </Show>
    }
}

/// On a phone the form comes first; this bar keeps the two figures in sight while typing, so a
/// change shows its effect. The same values as the cards; hidden on wider screens (CSS). With
/// changed assumptions it says so, since the notice above the cards is out of sight.
#[component]
pub fn StickySummary() -> impl IntoView {
    let state = ScenarioState::expect();
    let text = move || match state.projection.get() {
        Some(Ok(p)) if !p.per_initiative.is_empty() => Some(format!(
            "Kosten {} · netto {}{}",
            format::euro_rounded(p.total.cost.central),
            format::euro_rounded(p.total.net_result_pv.central),
            match p.changed_assumptions {
                0 => String::new(),
                1 => " · 1 aanname aangepast".to_string(),
                n => format!(" · {n} aannames aangepast"),
            }
        )),
        _ => None,
    };
    view! {
        <Show when=move || text().is_some()>
            <div class="sticky-summary" data-testid="sticky-summary" aria-hidden="true">{text}</div>
        </Show>
    }
}

/// The model's notices: rules of the initiatives that this scenario breaks.
#[component]
fn Notices() -> impl IntoView {
    let state = ScenarioState::expect();
    let data = expect_context::<AppData>();
    let notices = move || match (state.projection.get(), data.table.get()) {
        (Some(Ok(p)), Some(Ok(table))) => {
            p.notices.iter().map(|n| notice_text(n, &table)).collect()
        }
        _ => Vec::new(),
    };
    view! {
        <Show when=move || !notices().is_empty()>
            <section class="notices" aria-labelledby="meldingen-titel" data-testid="notices">
                <h3 id="meldingen-titel">"Let op"</h3>
                <ul>
                    {move || notices().into_iter().map(|n| view! {
                        <li>{n.text}<span class="source-inline">{format!(" Bron: {}.", n.source)}</span></li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// Every adjustable assumption, changeable here without leaving the results.
#[component]
fn AssumptionsPanel() -> impl IntoView {
    let data = expect_context::<AppData>();
    let state = ScenarioState::expect();
    // Rebuilt only when the choice of initiatives changes, not with every number.
    let chosen = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.lines.iter().map(|l| l.initiative).collect::<Vec<_>>())
    });
    view! {
        <details class="assumptions-panel" data-testid="assumptions-panel">
            <summary>"Aannames in dit scenario bekijken en aanpassen"</summary>
            <p>"Getallen met het label ‘Aanname’ staan niet in de bronnen. Pas ze aan binnen hun bandbreedte; de resultaten rekenen direct mee."</p>
            {move || data.params.get().and_then(Result::ok).map(|set| view! { <ParameterList set adjustable_only=true only_for=chosen.get()/> })}
        </details>
    }
}
