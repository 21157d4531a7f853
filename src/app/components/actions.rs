//! What a user does with a scenario: share its link, present it, print it, export it, and copy a
//! programme paragraph drafted from it.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::app::components::stamp::{self, Provenance};
use crate::app::download;
use crate::app::state::ScenarioState;
use crate::model::initiative::InitiativeId;
use crate::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::report::csv::projection_csv;
use crate::report::embed::iframe_snippet;
use crate::report::programme::programme_text;
use crate::report::provenance::stamp_csv;
use crate::routes::{Embedded, Route};

#[component]
pub fn ScenarioActions() -> impl IntoView {
    let state = ScenarioState::expect();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<String>);
    let provenance = Provenance::expect();
    let embed_open = RwSignal::new(false);

    let share = move |_| {
        // The link records the data version, so whoever opens it after the data changed is told.
        let href = untrack(|| provenance.share_link(state, Route::Scenario));
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
    let annex = {
        let navigate = navigate.clone();
        move |_| navigate(&state.link(Route::Annex), NavigateOptions::default())
    };
    let present = move |_| {
        navigate(
            &state.link(Route::Presentation {
                slide: None,
                predict: false,
            }),
            NavigateOptions::default(),
        );
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
        let changed = crate::app::components::adjusted::adjusted_untracked();
        let csv = crate::report::csv::with_adjusted(
            projection_csv(&projection, &alone),
            crate::report::adjusted::notice_line(&changed).as_deref(),
        );
        let csv = match provenance.export_stamp(state, Route::Scenario) {
            Some(stamp) => stamp_csv(&csv, &stamp),
            None => csv,
        };
        message.set(Some(download::save_csv(
            &format!("{stem}-doorrekening.csv"),
            &csv,
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
            <button type="button" data-testid="annex" on:click=annex disabled=nothing_yet
                aria-describedby="acties-reden">"Bijlage bij raadsvoorstel"</button>
            <button type="button" data-testid="export-csv" on:click=csv disabled=nothing_yet
                aria-describedby="acties-reden">"Doorrekening als CSV"</button>
            <button type="button" data-testid="embed" on:click=move |_| embed_open.update(|o| *o = !*o)
                disabled=nothing_yet aria-describedby="acties-reden"
                aria-expanded=move || embed_open.get().to_string() aria-controls="insluiten">"Insluiten"</button>
        </div>
        <Show when=move || embed_open.get() && !nothing_yet.get()>
            <EmbedCode/>
        </Show>
        <p class="disabled-reason" id="acties-reden" data-testid="actions-reason">{move || nothing_yet.get().then_some(
            "Kies eerst een initiatief; daarna kunt u het scenario delen, presenteren, afdrukken en exporteren."
        )}</p>
        <p class="status-message" role="status" data-testid="action-message">{move || message.get()}</p>
    }
}

/// The `<iframe>` code for a read-only view of this scenario (`/inbedden/…`): the headline figures
/// or one chart, to paste into a council information system or a party site.
#[component]
fn EmbedCode() -> impl IntoView {
    let state = ScenarioState::expect();
    let provenance = Provenance::expect();
    let chosen = RwSignal::new(Embedded::Headlines);
    let copied = RwSignal::new(None::<String>);
    let code = Memo::new(move |_| {
        let shown = chosen.get();
        let src = provenance.share_link(state, Route::Embed(shown));
        iframe_snippet(&stamp::origin(), &src, shown.title())
    });
    let copy = move |_| {
        let text = code.get_untracked();
        download::copy_and_tell(
            text,
            copied,
            "Code gekopieerd. Plak hem in de HTML van de pagina waar de weergave moet komen.",
            "de code",
        );
    };
    view! {
        <section class="embed-code" id="insluiten" aria-labelledby="insluiten-titel" data-testid="embed-code">
            <h3 id="insluiten-titel">"Insluiten op een andere website"</h3>
            <p>"Een alleen-lezen weergave van dit scenario, met de bron, de versie van de gegevens en een link naar het hele scenario. De website moet Steunwijzer toestaan in een frame (zie de README)."</p>
            <div class="embed-choice">
                <label for="insluiten-wat">"Wat wilt u insluiten?"</label>
                <select id="insluiten-wat" data-testid="embed-choice"
                    on:change=move |ev| {
                        let slug = event_target_value(&ev);
                        if let Some(shown) = Embedded::from_slug(&slug) {
                            chosen.set(shown);
                        }
                    }>
                    {Embedded::all().into_iter().map(|e| view! {
                        <option value=e.slug() selected=move || chosen.get() == e>{e.title()}</option>
                    }).collect_view()}
                </select>
            </div>
            <label for="insluiten-code">"Code om te plakken"</label>
            <textarea class="embed-snippet" id="insluiten-code" readonly rows="5" data-testid="embed-snippet"
                prop:value=move || code.get()></textarea>
            <button type="button" data-testid="copy-embed" on:click=copy>"Kopieer code"</button>
            <span class="status-message" role="status">{move || copied.get()}</span>
        </section>
    }
}

/// The programme paragraph with a copy button.
#[component]
pub fn ProgrammeText() -> impl IntoView {
    let state = ScenarioState::expect();
    let adjusted = crate::app::components::adjusted::use_adjusted();
    let copied = RwSignal::new(None::<String>);
    let text = Memo::new(
        move |_| match (state.projection.get(), state.model_params.get()) {
            (Some(Ok(projection)), Some(Ok(params))) => {
                let bands = state.current_bands.get();
                let changed = adjusted.get();
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
                        &changed,
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
        download::copy_and_tell(text, copied, "Tekst gekopieerd.", "de tekst");
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
