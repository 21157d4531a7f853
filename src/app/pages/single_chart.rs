//! One chart on its own (`/grafiek/<id>?<scenario>`): a link to paste into a document or a
//! message, as users of policy tools ask for.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::app::components::charts::{use_charts, ChartFigure, CHART_IDS};
use crate::app::components::with_data::WithData;
use crate::app::state::ScenarioState;

#[component]
pub fn SingleChartPage() -> impl IntoView {
    let params = use_params_map();
    let charts = use_charts(false);
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let known = move || CHART_IDS.contains(&id().as_str());
    let state = ScenarioState::expect();
    let back = move || state.link("/scenario");
    view! {
        <Show when=known fallback=|| view! {
            <h1>"Grafiek niet gevonden"</h1>
            <p>"Deze link wijst naar een grafiek die Steunwijzer niet kent. De grafieken staan bij het scenario."</p>
        }>
            <h1 class="visually-hidden">"Grafiek"</h1>
            <WithData let:_loaded>
                <ChartFigure chart=Signal::from(Memo::new(move |_| charts.with(|list| list.iter().find(|c| c.id == id()).cloned())))/>
            </WithData>
        </Show>
        <p><A href=back>"Naar het hele scenario"</A></p>
    }
}
