//! Every parameter with its value, range and source, or for an assumption its reason; the
//! adjustable ones can be changed within their range, which overrides them in the scenario.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::number_field::{FieldFormat, NumberField};
use crate::app::state::ScenarioState;
use crate::data::documents::documents;
use crate::model::format;
use crate::model::params::{
    show_range, show_value, Parameter, ParameterSet, Status, Unit, UnitFormat,
};
use crate::report::changes::{changed_default, ChangedDefault};

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Bron => "Bron",
        Status::BuitenBronnen => "Bron buiten de vijf documenten",
        Status::Claim => "Claim van het initiatief (niet meegerekend)",
        Status::Aanname => "Aanname",
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Bron => "badge badge-bron",
        Status::BuitenBronnen => "badge badge-buiten",
        Status::Claim => "badge badge-claim",
        Status::Aanname => "badge badge-aanname",
    }
}

fn field_format(unit: Option<&Unit>) -> FieldFormat {
    match unit.map(|u| u.format) {
        Some(UnitFormat::Share | UnitFormat::Percent) => FieldFormat {
            scale: 100.0,
            decimals: 2,
            grouping: true,
        },
        // Two decimals: a default such as 1,25 year must show as it is.
        Some(UnitFormat::Years) => FieldFormat {
            scale: 1.0,
            decimals: 2,
            grouping: true,
        },
        // Whole years (start years) move by one, like counts, euros and hours.
        Some(UnitFormat::WholeYears | UnitFormat::Eur | UnitFormat::Count | UnitFormat::Hours)
        | None => FieldFormat::COUNT,
    }
}

/// The slider moves by the smallest step the field shows: 1, 0,1 or 0,01.
fn slider_step(format: FieldFormat) -> f64 {
    10f64.powi(-i32::try_from(format.decimals).unwrap_or(0))
}

/// The list, grouped as the parameter file groups it.
#[component]
pub fn ParameterList(
    set: Arc<ParameterSet>,
    /// Only the parameters a user can change (the panel on the scenario page).
    #[prop(optional)]
    adjustable_only: bool,
    /// Only the parameters these initiatives use, and those of the whole scenario (the panel
    /// lists what the scenario rests on, not the other initiatives' assumptions).
    #[prop(optional)]
    only_for: Option<Vec<crate::model::initiative::InitiativeId>>,
) -> impl IntoView {
    let groups = set.groups.clone();
    groups
        .into_iter()
        .filter_map(|group| {
            let members: Vec<Parameter> = set
                .parameters
                .iter()
                .filter(|p| p.group == group.id && (!adjustable_only || p.adjustable))
                .filter(|p| match (&only_for, p.initiative()) {
                    (Some(chosen), Some(initiative)) => chosen.contains(&initiative),
                    _ => true,
                })
                .cloned()
                .collect();
            (!members.is_empty()).then(|| {
                let set = set.clone();
                view! {
                    <section class="parameter-group" aria-labelledby=format!("groep-{}", group.id)>
                        // Focusable from a link (a badge leads to a group), not by Tab.
                        <h3 id=format!("groep-{}", group.id) tabindex="-1">{group.label.clone()}</h3>
                        <p class="group-description">{format::amounts_together(&group.description)}</p>
                        <ul class="parameters">
                            {members.into_iter().map(|parameter| {
                                let unit = set.units.iter().find(|u| u.id == parameter.unit).cloned();
                                let change = changed_default(&set, &parameter);
                                view! { <ParameterItem parameter unit change/> }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })
        })
        .collect_view()
}

/// What each end of an assumption's range rests on (each reason starts with the end's value), so
/// the reader sees per end whether it is a source, a comparator or our judgement.
pub fn range_reasons(parameter: &Parameter) -> Option<(String, String)> {
    let low = parameter.low_reason.as_deref()?;
    let high = parameter.high_reason.as_deref()?;
    Some((
        format::amounts_together(low),
        format::amounts_together(high),
    ))
}

#[component]
fn ParameterItem(
    parameter: Parameter,
    unit: Option<Unit>,
    /// The default before the last review, if it changed.
    change: Option<ChangedDefault>,
) -> impl IntoView {
    let state = ScenarioState::expect();
    let id = parameter.id.clone();
    let default = parameter.value;
    let current = {
        let id = id.clone();
        Signal::derive(move || {
            state
                .overrides
                .with(|o| o.get(&id).copied())
                .unwrap_or(default)
        })
    };
    let changed = move || current.get() != default;
    let range = if parameter.low == parameter.high {
        "geen bandbreedte gegeven".to_string()
    } else {
        format!(
            "bandbreedte {}",
            show_range(unit.as_ref(), parameter.low, parameter.high)
        )
    };
    let references = documents().cite_all(&parameter.references);
    let previous = change.map(|c| format!("Standaard was {}. {}", c.was, c.why));
    let editable =
        parameter.adjustable && parameter.low < parameter.high && parameter.status != Status::Claim;
    let editor = editable.then(|| {
        let set_id = id.clone();
        let reset_id = id.clone();
        view! {
            <NumberField id=format!("param-{}", id.replace('.', "-")) label=format!("{} aanpassen", parameter.label)
                value=current min=parameter.low max=parameter.high format=field_format(unit.as_ref()) slider=true
                step=slider_step(field_format(unit.as_ref()))
                on_change=Callback::new(move |v: f64| {
                    let id = set_id.clone();
                    state.overrides.update(|o| {
                        if v == default { o.remove(&id); } else { o.insert(id, v); }
                    });
                })/>
            <Show when=changed>
                <button type="button" class="link-button" on:click={
                    let id = reset_id.clone();
                    move |_| state.overrides.update(|o| { o.remove(&id); })
                }>"Terug naar de standaardwaarde"</button>
            </Show>
        }
    });
    view! {
        // The id is what the sensitivity view and the badges link to (`/aannames#parameter-<id>`);
        // the page focuses it when a link leads there.
        <li class="parameter" id=format!("parameter-{id}") data-parameter=id.clone() tabindex="-1">
            <div class="parameter-head">
                <span class="parameter-label">{parameter.label.clone()}</span>
                <span class=status_class(parameter.status)>{status_label(parameter.status)}</span>
            </div>
            <p class="parameter-value">
                <strong>{let unit = unit.clone(); move || show_value(unit.as_ref(), current.get())}</strong>
                <Show when=changed><span class="changed">" (door u aangepast; standaard "{show_value(unit.as_ref(), default)}")"</span></Show>
                " · " {range}
            </p>
            <p class="parameter-description">{format::amounts_together(&parameter.description)}</p>
            {parameter.reason.as_deref().map(format::amounts_together).map(|r| view! { <p class="parameter-reason"><strong>"Waarom deze aanname: "</strong>{r}</p> })}
            {range_reasons(&parameter).map(|(low, high)| view! {
                <p class="parameter-ends" data-testid="range-ends">
                    <strong>"Ondergrens: "</strong>{low}<br/>
                    <strong>"Bovengrens: "</strong>{high}
                </p>
            })}
            {parameter.caveat.clone().map(|c| view! { <p class="parameter-caveat"><strong>"Let op: "</strong>{c}</p> })}
            {(!references.is_empty()).then(|| view! { <p class="parameter-source">"Bron: "{references}</p> })}
            {previous.map(|p| view! { <p class="parameter-previous" data-testid="previous-default"><strong>"Gewijzigd: "</strong>{p}</p> })}
            {editor}
        </li>
    }
}
