//! The label under a headline figure ("uit de bronnen", "rust op aannames", …) as a way to what
//! the figure rests on: one link when the figure rests on one parameter; when it adds up each
//! chosen initiative's own parameter, the label leads to their group and each initiative's name
//! to its own parameter on the assumptions page.

use leptos::prelude::*;

use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::report::headlines::{BadgeTarget, Basis};
use crate::routes::Route;

fn badge_class(basis: Option<Basis>) -> &'static str {
    match basis {
        Some(Basis::Bronnen) => "badge badge-bron",
        Some(Basis::EigenPrijs | Basis::EigenPrijsEnOpstart) => "badge badge-eigen",
        _ => "badge badge-aanname",
    }
}

#[component]
pub fn HeadlineBadge(
    /// What the figure rests on; `None` until the figures are in.
    #[prop(into)]
    basis: Signal<Option<Basis>>,
    /// Where it leads, from `report::headlines::badge_targets`.
    #[prop(into)]
    targets: Signal<Vec<BadgeTarget>>,
) -> impl IntoView {
    let state = ScenarioState::expect();
    let data = expect_context::<AppData>();
    let page = move || state.link(Route::Assumptions);
    let several = move || targets.with(|t| t.len() > 1);
    // With several targets the label leads to the group that lists all of them.
    let main_href = move || {
        let first = targets.with(|t| t.first().map(|t| t.parameter.clone()));
        let group = several()
            .then(|| {
                let first = first.clone()?;
                data.params.with(|loaded| {
                    let set = loaded.as_ref()?.as_ref().ok()?;
                    let group = set.parameters.iter().find(|p| p.id == first)?.group.clone();
                    Some(format!("groep-{group}"))
                })
            })
            .flatten();
        let anchor = group.or_else(|| first.map(|p| format!("parameter-{p}")));
        format!("{}#{}", page(), anchor.unwrap_or_default())
    };
    let own = move || {
        targets.with(|t| {
            t.iter()
                .filter_map(|t| Some((t.initiative?, t.parameter.clone())))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <a href=main_href class=move || badge_class(basis.get())>
            {move || basis.get().map(Basis::label)}
        </a>
        <Show when=several>
            <span class="badge-initiatives" data-testid="badge-initiatives">
                "per initiatief: "
                {move || {
                    let list = own();
                    let last = list.len().saturating_sub(1);
                    list.into_iter().enumerate().map(|(i, (initiative, parameter))| view! {
                        <a href=format!("{}#parameter-{parameter}", page()) data-initiative=initiative.slug()>{initiative.name()}</a>
                        {(i < last).then_some(", ")}
                    }).collect_view()
                }}
            </span>
        </Show>
    }
}
