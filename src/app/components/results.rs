//! The results of the current scenario: headline figures first, then notices, charts and the
//! assumptions in use. Everything follows the scenario live; nothing waits for a button.

use leptos::prelude::*;

use crate::app::components::actions::{ProgrammeText, ScenarioActions};
use crate::app::components::charts::ScenarioCharts;
use crate::app::components::parameter_list::ParameterList;
use crate::app::state::{ProjectionError, ScenarioState};
use crate::app::AppData;
use crate::model::format;
use crate::model::projection::Projection;
use crate::report::headlines::{break_even_sentence, headlines, Basis};

#[component]
pub fn Results() -> impl IntoView {
    let state = ScenarioState::expect();
    view! {
        <section class="results" aria-labelledby="resultaten-titel">
            <h2 id="resultaten-titel">{move || {
                let name = state.scenario.with(|s| s.name.trim().to_string());
                if name.is_empty() { "Resultaten".to_string() } else { format!("Resultaten: {name}") }
            }}</h2>
            {move || match state.projection.get() {
                None => view! { <p role="status">"Bezig met rekenen…"</p> }.into_any(),
                Some(Err(ProjectionError::Data(error))) => view! {
                    <crate::app::components::data_error::DataErrorView error/>
                }.into_any(),
                Some(Err(ProjectionError::Scenario(error))) => view! {
                    <div class="error-panel" role="alert" data-testid="scenario-error"><p>{error.message}</p></div>
                }.into_any(),
                Some(Ok(projection)) if projection.per_initiative.is_empty() => view! {
                    <p class="empty-state" data-testid="empty-scenario">"Kies hiernaast een of meer initiatieven en het aantal koppelingen per jaar; de resultaten verschijnen dan hier."</p>
                }.into_any(),
                Some(Ok(projection)) => view! { <Headlines projection/> }.into_any(),
            }}
            <Notices/>
            <ScenarioActions/>
            <ScenarioCharts/>
            <ProgrammeText/>
            <AssumptionsPanel/>
        </section>
    }
}

#[component]
fn Headlines(projection: Projection) -> impl IntoView {
    let state = ScenarioState::expect();
    let scenario = state.scenario.get_untracked();
    let figures = headlines(&scenario, &projection);
    let social = projection.total.social_value;
    let after_horizon = projection.total.avoided_after_horizon.central;
    view! {
        <div class="headlines" data-testid="headlines">
            {figures.into_iter().map(|h| view! {
                <div class="headline" data-testid=format!("kerncijfer-{}", h.id)>
                    <span class="headline-label">{h.label}</span>
                    <span class="headline-value">{h.value}</span>
                    <span class="headline-detail">{h.detail}</span>
                    <span class=match h.basis { Basis::Bronnen => "badge badge-bron", Basis::Aannames => "badge badge-aanname" }>{h.basis.label()}</span>
                </div>
            }).collect_view()}
        </div>
        <p class="break-even" data-testid="break-even">{break_even_sentence(&projection)}</p>
        {(after_horizon > 0.0).then(|| view! {
            <p class="hint">{format!(
                "Van de vermeden kosten valt {} na de looptijd: effecten komen later dan de uitgaven.",
                format::euro(after_horizon)
            )}</p>
        })}
        <table class="who-pays">
            <caption>"Wie betaalt, wie heeft er baat bij (middenwaarden over de hele looptijd)"</caption>
            <thead><tr><th scope="col">"Wie"</th><th scope="col">"Wat"</th><th scope="col">"Bedrag"</th></tr></thead>
            <tbody>
                <tr><th scope="row">"Gemeente"</th><td>"betaalt de coördinatie van de koppelingen"</td><td>{format::euro(-projection.total.cost.central)}</td></tr>
                <tr><th scope="row">"Gemeente (Jeugdwet)"</th><td>"bespaart op jeugdhulp en uithuisplaatsingen (aanname)"</td><td>{format::euro(projection.total.avoided_costs.central)}</td></tr>
                <tr><th scope="row">"Vrijwilligers"</th><td>"welzijn door vrijwilligerswerk: maatschappelijke waarde, geen geld terug voor de gemeente"</td><td>{format::euro(social.central)}</td></tr>
                <tr><th scope="row">"Zorgverzekeraars"</th><td>"minder crisiszorg in de ggz: de bronnen geven geen bedrag per gezin"</td><td>"niet gespecificeerd"</td></tr>
            </tbody>
        </table>
    }
}

/// The model's notices: rules of the initiatives that this scenario breaks.
#[component]
fn Notices() -> impl IntoView {
    let state = ScenarioState::expect();
    let notices = move || match state.projection.get() {
        Some(Ok(p)) => p.notices,
        _ => Vec::new(),
    };
    view! {
        <Show when=move || !notices().is_empty()>
            <section class="notices" aria-labelledby="meldingen-titel" data-testid="notices">
                <h3 id="meldingen-titel">"Let op"</h3>
                <ul>
                    {move || notices().into_iter().map(|n| view! {
                        <li>{n.message}<span class="source-inline">{format!(" Bron: {}.", n.source)}</span></li>
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
    view! {
        <details class="assumptions-panel" data-testid="assumptions-panel">
            <summary>"Aannames in dit scenario bekijken en aanpassen"</summary>
            <p>"Getallen met het label ‘Aanname’ staan niet in de bronnen. Pas ze aan binnen hun bandbreedte; de resultaten rekenen direct mee."</p>
            {move || data.params.get().and_then(Result::ok).map(|set| view! { <ParameterList set adjustable_only=true/> })}
        </details>
    }
}
