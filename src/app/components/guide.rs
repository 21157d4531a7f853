//! "Welk initiatief past bij uw gezinnen?" on the start page: three questions, a pointer for
//! every initiative with its reasons and their sources, and a link that opens a scenario with the
//! fitting initiatives chosen. The advice itself is `report::guide`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::collectief::CollectiefTable;
use crate::model::initiative::InitiativeId;
use crate::report::guide::{
    advise, guide_notice, preselected, scenario_query, Answers, Need, Place,
};
use crate::routes::Route;

#[component]
pub fn Guide(table: Arc<CollectiefTable>) -> impl IntoView {
    let answers = RwSignal::new(Answers::default());
    let age_message = RwSignal::new(None::<&'static str>);
    let notice_table = table.clone();
    let pointers = Memo::new(move |_| advise(&table, &answers.get()));
    let chosen = Memo::new(move |_| pointers.with(|p| preselected(p, &answers.get())));
    let link = move || Route::Scenario.link(&scenario_query(&chosen.get()));
    // Said before the link opens the scenario, in the words of the scenario's own notice.
    let notice = Memo::new(move |_| chosen.with(|c| guide_notice(&notice_table, c)));
    let link_text = move || {
        if chosen.with(Vec::is_empty) {
            "Of kies zelf in het scenario →".to_string()
        } else {
            let names: Vec<&str> = chosen.get().iter().map(|id| id.name()).collect();
            format!("Reken {} door →", join_names(&names))
        }
    };
    view! {
        <section class="guide" aria-labelledby="gids-titel" data-testid="guide">
            <h2 id="gids-titel">"Welk initiatief past bij uw gezinnen?"</h2>
            <p>{format!("Drie vragen over de gezinnen die u wilt bereiken. Het antwoord is een advies uit het overzicht van het Collectief: alle {} blijven zichtbaar, en bij elke wijzer staat de bron.", InitiativeId::count_in_words())}</p>
            <div class="guide-questions">
                <div class="text-field">
                    <label for="gids-leeftijd">"Leeftijd van de kinderen (jaar)"</label>
                    <input type="text" inputmode="numeric" id="gids-leeftijd" autocomplete="off" aria-describedby="gids-leeftijd-melding"
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            let text = text.trim();
                            match (text.is_empty(), text.parse::<u32>()) {
                                (true, _) => { age_message.set(None); answers.update(|a| a.age = None); }
                                (false, Ok(age)) if age <= 30 => { age_message.set(None); answers.update(|a| a.age = Some(age)); }
                                _ => { age_message.set(Some("Typ een leeftijd in hele jaren, bijvoorbeeld 4.")); answers.update(|a| a.age = None); }
                            }
                        }/>
                    <p class="field-message" id="gids-leeftijd-melding" role="status">{move || age_message.get()}</p>
                </div>
                <fieldset>
                    <legend>"Waar gaat het vooral om?"</legend>
                    <Choice name="gids-vraag" label="Vooral vragen over opvoeden" on=move || answers.update(|a| a.need = Some(Need::Parenting))/>
                    <Choice name="gids-vraag" label="Problemen op meerdere terreinen tegelijk (wonen, werk, geld, opvoeding)" on=move || answers.update(|a| a.need = Some(Need::SeveralAreas))/>
                    <Choice name="gids-vraag" label="Weet ik niet" on=move || answers.update(|a| a.need = None)/>
                </fieldset>
                <fieldset>
                    <legend>"Waar vindt de steun plaats?"</legend>
                    <Choice name="gids-plek" label="Een vrijwilliger komt bij het gezin thuis" on=move || answers.update(|a| a.place = Some(Place::AtHome))/>
                    <Choice name="gids-plek" label="Het kind is af en toe te gast bij een ander gezin" on=move || answers.update(|a| a.place = Some(Place::WithAnotherFamily))/>
                    <Choice name="gids-plek" label="Maakt niet uit" on=move || answers.update(|a| a.place = None)/>
                </fieldset>
            </div>
            <ol class="guide-pointers" aria-live="polite">
                {move || pointers.get().into_iter().map(|pointer| {
                    let fits = pointer.fits();
                    let summary = (!pointer.reasons.is_empty()).then(|| format!(" — {}", pointer.summary()));
                    view! {
                    <li class="guide-pointer" class:fits=fits data-testid="guide-pointer" data-initiative=pointer.initiative.slug()>
                        <strong>{pointer.name.clone()}</strong>
                        {summary.map(|s| view! { <span class="guide-summary">{s}</span> })}
                        <ul>
                            {pointer.reasons.into_iter().map(|reason| view! {
                                <li>{reason.text}" "<span class="guide-source source-inline">{reason.source}</span></li>
                            }).collect_view()}
                        </ul>
                    </li>
                }}).collect_view()}
            </ol>
            {move || notice.get().map(|n| view! {
                <p class="notice guide-notice" data-testid="guide-notice">
                    {n.text}<span class="source-inline">{format!(" Bron: {}.", n.source)}</span>
                </p>
            })}
            <p><a class="button-link" href=link data-testid="guide-link">{link_text}</a></p>
        </section>
    }
}

/// One radio option; `on` runs when it is chosen.
#[component]
fn Choice(name: &'static str, label: &'static str, on: impl Fn() + 'static) -> impl IntoView {
    view! {
        <label class="guide-choice">
            <input type="radio" name=name on:change=move |_| on()/>
            " " {label}
        </label>
    }
}

/// "A", "A en B", "A, B en C".
fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}
