//! One chart on its own (`/grafiek/<slug>?<scenario>`): a link to paste into a document or a
//! message, as users of policy tools ask for. Only that chart is drawn. A slug Steunwijzer does
//! not know gets a Dutch message with links to the charts it does know, never another chart.

use leptos::prelude::*;

use crate::app::components::charts::{use_chart, ChartFigure};
use crate::app::components::with_data::WithData;
use crate::app::state::ScenarioState;
use crate::charts::ChartId;
use crate::routes::Route;

/// `chart`: the chart the path names, `None` for a slug no chart has.
#[component]
pub fn SingleChartPage(chart: Option<ChartId>) -> impl IntoView {
    let state = ScenarioState::expect();
    let back = move || state.link(Route::Scenario);
    view! {
        {match chart {
            Some(id) => view! {
                <h1 class="visually-hidden">{id.title()}</h1>
                <WithData let:_loaded>
                    <ChartFigure chart=Signal::from(use_chart(id, false))/>
                </WithData>
            }.into_any(),
            None => view! { <UnknownChart/> }.into_any(),
        }}
        <p><a href=back>"Naar het hele scenario"</a></p>
    }
}

/// The message for a link to a chart that does not exist, with the charts that do.
#[component]
fn UnknownChart() -> impl IntoView {
    let state = ScenarioState::expect();
    view! {
        <h1>"Onbekende grafiek"</h1>
        <p data-testid="unknown-chart">"Deze link wijst naar een grafiek die Steunwijzer niet kent. Misschien is de link ingekort of verkeerd overgenomen. Dit zijn de grafieken van het scenario:"</p>
        <ul>
            {ChartId::ALL.iter().map(|id| {
                let href = move || state.link(Route::Chart(*id));
                view! { <li><a href=href>{id.title()}</a></li> }
            }).collect_view()}
        </ul>
    }
}
