//! What a user does with a scenario: share its link, present it, print it, export it, and copy a
//! programme paragraph drafted from it.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::download;
use crate::app::state::ScenarioState;
use crate::model::initiative::InitiativeId;
use crate::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::report::csv::projection_csv;
use crate::report::programme::programme_text;

#[component]
pub fn ScenarioActions() -> impl IntoView {
    let state = ScenarioState::expect();
    let location = use_location();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<String>);

    let share = move |_| {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        let href = format!("{origin}{}", state.link(&location.pathname.get_untracked()));
        leptos::task::spawn_local(async move {
            let copied = download::copy_text(href.clone()).await;
            message.set(Some(if copied {
                "De link naar dit scenario is gekopieerd. Wie hem opent, ziet precies dit scenario."
                    .to_string()
            } else {
                format!("Kopiëren lukte niet. Kopieer deze link zelf: {href}")
            }));
        });
    };
    let present = move |_| {
        navigate(&state.link("/presenteren"), NavigateOptions::default());
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let csv = move |_| {
        let (Some(Ok(projection)), Some(Ok(model))) = (
            state.projection.get_untracked(),
            state.model_params.get_untracked(),
        ) else {
            return;
        };
        let scenario = state.scenario.get_untracked();
        // Each initiative's P10–P90 from its own line, simulated as the page simulates the whole.
        let alone = |id: InitiativeId| {
            let mut only = scenario.clone();
            only.lines.retain(|l| l.initiative == id);
            simulate(&model, &only, DEFAULT_DRAWS, DEFAULT_SEED).ok()
        };
        let stem = state
            .scenario
            .with_untracked(|s| download::file_stem(&s.name, "steunwijzer"));
        message.set(Some(download::save_csv(
            &format!("{stem}-doorrekening.csv"),
            &projection_csv(&projection, &alone),
        )));
    };
    // Nothing chosen means nothing to share, present, print or export: the buttons wait, and say why.
    let nothing_yet = Memo::new(move |_| {
        !state
            .projection
            .with(|p| matches!(p, Some(Ok(p)) if !p.per_initiative.is_empty()))
    });
    view! {
        <div class="actions" data-testid="scenario-actions">
            <button type="button" data-testid="share" on:click=share disabled=nothing_yet
                aria-describedby="acties-reden">"Deel deze link"</button>
            <button type="button" data-testid="present" on:click=present disabled=nothing_yet
                aria-describedby="acties-reden">"Presenteren"</button>
            <button type="button" on:click=print disabled=nothing_yet
                aria-describedby="acties-reden">"Afdrukken of PDF"</button>
            <button type="button" data-testid="export-csv" on:click=csv disabled=nothing_yet
                aria-describedby="acties-reden">"Doorrekening als CSV"</button>
        </div>
        <p class="disabled-reason" id="acties-reden" data-testid="actions-reason">{move || nothing_yet.get().then_some(
            "Kies eerst een initiatief; daarna kunt u het scenario delen, presenteren, afdrukken en exporteren."
        )}</p>
        <p class="status-message" role="status" data-testid="action-message">{move || message.get()}</p>
    }
}

/// The programme paragraph with a copy button.
#[component]
pub fn ProgrammeText() -> impl IntoView {
    let state = ScenarioState::expect();
    let copied = RwSignal::new(None::<String>);
    let text = Memo::new(
        move |_| match (state.projection.get(), state.model_params.get()) {
            (Some(Ok(projection)), Some(Ok(params))) => {
                let bands = state.current_bands.get();
                // The sentence on what the result depends on only once it belongs to this scenario.
                let sensitivity = state
                    .settled_is_current
                    .get()
                    .then(|| state.sensitivity.get())
                    .flatten();
                state.scenario.with(|s| {
                    programme_text(
                        s,
                        &projection,
                        bands.as_ref(),
                        &params,
                        sensitivity.as_ref(),
                    )
                })
            }
            _ => None,
        },
    );
    let copy = move |_| {
        let Some(text) = text.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let ok = download::copy_text(text).await;
            copied.set(Some(if ok {
                "Tekst gekopieerd.".into()
            } else {
                "Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.".into()
            }));
        });
    };
    view! {
        <Show when=move || text.with(Option::is_some)>
            <section class="programme" aria-labelledby="programma-titel">
                <h3 id="programma-titel">"Tekst voor programma of raadsvoorstel"</h3>
                <p class="programme-text" data-testid="programme-text">{move || text.get().unwrap_or_default()}</p>
                <button type="button" data-testid="copy-programme" on:click=copy>"Kopieer tekst"</button>
                <span class="status-message" role="status">{move || copied.get()}</span>
            </section>
        </Show>
    }
}
