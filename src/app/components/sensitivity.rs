//! "Wat als een aanname anders uitvalt?": the tornado chart, the largest drivers in words with
//! their switching values, the conclusion, and for every bar a way to try its two values.

use leptos::prelude::*;

use crate::app::components::charts::{use_chart, ChartFigure};
use crate::app::state::ScenarioState;
use crate::charts::ChartId;
use crate::report::sensitivity::{Bar, ONE_AT_A_TIME};
use crate::routes::Route;

/// The sensitivity view of the current scenario: the tornado chart (drawn by the chart registry
/// like every other chart, with its table and exports) and its words.
#[component]
pub fn SensitivityView() -> impl IntoView {
    let state = ScenarioState::expect();
    let text = state.sensitivity;
    let has_bars = move || text.with(|t| t.as_ref().is_some_and(|t| !t.bars.is_empty()));
    view! {
        // While the inputs move, the view keeps the last result, faded and marked busy, until
        // the runs for the new inputs are in.
        <section class="sensitivity" aria-labelledby="gevoeligheid-titel" id="gevoeligheid"
            class:updating=move || !state.settled_is_current.get()
            aria-busy=move || (!state.settled_is_current.get()).to_string()
            data-current=move || state.settled_is_current.get().to_string()>
            <h2 id="gevoeligheid-titel">"Wat als een aanname anders uitvalt?"</h2>
            <p class="lead">
                "Het saldo (contante waarde) met telkens één aanname of bron op de onder- of bovengrens "
                "van haar bandbreedte; de andere houden hun waarde. De grootste invloed staat bovenaan."
            </p>
            <ChartFigure chart=Signal::from(use_chart(ChartId::Tornado, false))/>
            // The conclusion is the last sentence of the chart's caption, so it is said once.
            <Show when=has_bars>
                <h3>"Waar het saldo het meest van afhangt"</h3>
                <ul class="drivers" data-testid="gevoeligheid-drijvers">
                    {move || text.with(|t| t.as_ref().map(|t| t.drivers.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()))}
                </ul>
                <p class="one-at-a-time">{ONE_AT_A_TIME}</p>
                <details class="try-values">
                    <summary>"Probeer een waarde uit de bandbreedte"</summary>
                    <ul class="bars">
                        {move || text.with(|t| t.as_ref().map(|t| t.bars.iter().cloned().map(|bar| view! { <BarItem bar/> }).collect_view()))}
                    </ul>
                </details>
            </Show>
        </section>
    }
}

/// One parameter of the chart: where it is explained, and buttons that set it to either end.
#[component]
fn BarItem(bar: Bar) -> impl IntoView {
    let state = ScenarioState::expect();
    let explained = {
        let id = bar.id.clone();
        move || format!("{}#parameter-{id}", state.link(Route::Assumptions))
    };
    let set_to = move |id: String, value: f64| {
        move |_| {
            state.overrides.update(|o| {
                o.insert(id.clone(), value);
            });
        }
    };
    let buttons = bar.adjustable.then(|| {
        view! {
            // The accessible name starts with the visible text and adds which parameter it sets.
            <button type="button" aria-label=format!("Zet op {}: {}", bar.low, bar.label)
                on:click=set_to(bar.id.clone(), bar.low_value)>{format!("Zet op {}", bar.low)}</button>
            <button type="button" aria-label=format!("Zet op {}: {}", bar.high, bar.label)
                on:click=set_to(bar.id.clone(), bar.high_value)>{format!("Zet op {}", bar.high)}</button>
        }
    });
    let kind = if bar.assumption { "aanname" } else { "bron" };
    // A value the user set is said as such: it is fixed in the band, the bar shows its range.
    let now = if bar.chosen { "door u gekozen:" } else { "nu" };
    view! {
        <li data-bar=bar.id.clone() data-low=bar.low_value.to_string() data-high=bar.high_value.to_string()>
            <a href=explained>{bar.label.clone()}</a>
            " ("{kind}", "{now}" "{bar.central.clone()}") "
            {buttons}
        </li>
    }
}
