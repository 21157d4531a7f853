//! Bijlage bij het raadsvoorstel: the scenario as a document for the council (`report::annex`),
//! on screen, on A4 with the stamp and its print date on every page, and on the clipboard as
//! formatted text for a word processor. The scenario comes from the link, like every page's.

use leptos::prelude::*;

use crate::app::components::adjusted::use_adjusted;
use crate::app::components::stamp::{Provenance, StampLine};
use crate::app::components::with_data::DataOrLoading;
use crate::app::download;
use crate::app::pages::scenario::LinkMessages;
use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::report::annex::{
    annex, own_note_blocks, realised_blocks, to_html, to_plain, Annex, Block, Input, Table,
};
use crate::report::certainty::how_sure;
use crate::report::municipality::own_note;
use crate::routes::Route;

#[component]
pub fn AnnexPage() -> impl IntoView {
    let data = expect_context::<AppData>();
    let state = ScenarioState::expect();
    let provenance = Provenance::expect();
    let adjusted = use_adjusted();
    let realised = crate::app::components::realised::use_report();
    // Written only from one settled state of this scenario: the key figures' ranges from its
    // band and "how sure" from its runs, never from two states.
    let ready =
        Memo::new(move |_| state.settled_is_current.get() && state.settled.with(Option::is_some));
    let built = Memo::new(move |_| {
        let Some(Ok(set)) = data.params.get() else {
            return None;
        };
        let Some(Ok(projection)) = state.projection.get() else {
            return None;
        };
        let changed = adjusted.get();
        let current = ready.get();
        state.settled.with(|settled| {
            let settled = settled.as_ref().filter(|_| current);
            state.scenario.with(|scenario| {
                annex(&Input {
                    scenario,
                    projection: &projection,
                    bands: settled.map(|s| &s.bands),
                    how_sure: settled.map(|s| how_sure(&s.bands, &s.sensitivity)),
                    parameters: &set,
                    adjusted: &changed,
                    // Their sections only when entered.
                    realised: realised
                        .get()
                        .map(|report| realised_blocks(scenario, &report)),
                    own_note: own_note(scenario).map(|note| own_note_blocks(&note)),
                })
            })
        })
    });
    let message = RwSignal::new(None::<String>);
    let print = move |_| {
        let _ = window().print();
    };
    let copy = move |_| {
        let Some(annex) = built.get_untracked() else {
            return;
        };
        let stamp = provenance
            .export_stamp(state, Route::Annex)
            .map(|s| s.text());
        let html = to_html(&annex, stamp.as_deref());
        let plain = to_plain(&annex, stamp.as_deref());
        leptos::task::spawn_local(async move {
            message.set(Some(if download::copy_formatted(&html, &plain).await {
                "De bijlage is gekopieerd met koppen en tabellen. Plak haar in Word of een andere tekstverwerker.".to_string()
            } else {
                download::select_contents("bijlage");
                "Uw browser liet Steunwijzer niet naar het klembord schrijven. De bijlage is nu geselecteerd: kopieer haar met Ctrl+C (Cmd+C op een Mac) en plak haar in uw tekstverwerker.".to_string()
            }));
        });
    };
    let loaded = move || {
        matches!(
            (data.table.get(), data.params.get()),
            (Some(Ok(_)), Some(Ok(_)))
        )
    };
    view! {
        <LinkMessages/>
        <div class="annex-tools" data-testid="annex-tools">
            <p><a href=move || state.link(Route::Scenario)>"Terug naar het scenario"</a></p>
            <p>"Deze bijlage zet het scenario op papier voor de raad: het voorstel, de kerncijfers met hoe zeker ze zijn, de begroting, de tekst voor een amendement en elke aanname met haar hardheid en bronnen. Afgedrukt staat op elke pagina de stempel met de datum van afdrukken."</p>
            <button type="button" data-testid="annex-print" on:click=print
                disabled=move || !ready.get() || built.with(Option::is_none)
                aria-describedby="bijlage-reden">"Afdrukken of PDF (A4)"</button>
            " "
            <button type="button" data-testid="annex-copy" on:click=copy
                disabled=move || !ready.get() || built.with(Option::is_none)
                aria-describedby="bijlage-reden">"Kopieer voor Word"</button>
            <p class="disabled-reason" id="bijlage-reden">{move || (!ready.get() && built.with(Option::is_some)).then_some(
                "Even geduld: de bandbreedtes en ‘Hoe zeker?’ worden doorgerekend."
            )}</p>
            <p class="status-message" role="status" data-testid="annex-message">{move || message.get()}</p>
        </div>
        {move || match built.get() {
            Some(annex) => view! {
                // A real table, so that the browser repeats its footer (the stamp with the print
                // date) at the foot of every printed page; on screen the page's own stamp shows.
                <table class="annex-sheet" role="presentation">
                    <tfoot class="annex-sheet-foot"><tr><td>
                        <StampLine route=Route::Annex class="stamp annex-stamp" dated=true/>
                    </td></tr></tfoot>
                    <tbody><tr><td>
                        <AnnexView annex/>
                    </td></tr></tbody>
                </table>
            }.into_any(),
            None if loaded() => view! {
                <h1>"Bijlage bij het raadsvoorstel"</h1>
                <p data-testid="annex-empty">"Er is nog geen initiatief gekozen, dus nog niets om voor te stellen. "
                    <a href=move || state.link(Route::Scenario)>"Stel eerst een scenario samen"</a>" en kies daar ‘Bijlage bij raadsvoorstel’."</p>
            }.into_any(),
            None => view! { <DataOrLoading/> }.into_any(),
        }}
    }
}

/// The annex as the page shows it: every text set as text, never as markup.
#[component]
fn AnnexView(annex: Annex) -> impl IntoView {
    view! {
        <article class="annex" id="bijlage" data-testid="annex">
            <h1>{annex.title}</h1>
            {annex.lead.into_iter().map(|line| view! { <p class="annex-lead">{line}</p> }).collect_view()}
            {annex.sections.into_iter().map(|section| {
                let heading = format!("bijlage-{}", section.id);
                let labelled_by = heading.clone();
                view! {
                    <section class="annex-section" data-section=section.id aria-labelledby=labelled_by>
                        <h2 id=heading>{section.title}</h2>
                        {section.blocks.into_iter().map(|block| view! { <BlockView block/> }).collect_view()}
                    </section>
                }
            }).collect_view()}
        </article>
    }
}

#[component]
fn BlockView(block: Block) -> impl IntoView {
    match block {
        Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
        Block::List(items) => view! {
            <ul class="annex-sources">
                {items.into_iter().map(|item| view! {
                    <li>
                        {item.text}
                        {item.address.map(|address| {
                            let href = address.clone();
                            view! { " — " <a class="address" href=href>{address}</a> }
                        })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Table(table) => view! { <TableView table/> }.into_any(),
    }
}

/// A table in its own scroll box on a narrow screen (a named region in the Tab order, so a
/// keyboard can scroll it); on paper it takes the page's width.
#[component]
fn TableView(table: Table) -> impl IntoView {
    let Table {
        caption,
        head,
        rows,
        foot,
        class,
    } = table;
    // Each cell names its column (`data-label`): on a phone a row reads as a short list.
    let labels = head.clone();
    let row = move |cells: Vec<String>| {
        let mut cells = cells.into_iter();
        let first = cells.next().unwrap_or_default();
        view! {
            <tr>
                <th scope="row">{first}</th>
                {cells.zip(labels.clone().into_iter().skip(1)).map(|(c, label)| view! { <td data-label=label>{c}</td> }).collect_view()}
            </tr>
        }
    };
    let region = caption.clone();
    view! {
        <div class="table-scroll" role="region" aria-label=region tabindex="0">
            <table class=format!("annex-table {class}")>
                <caption>{caption}</caption>
                <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>{rows.into_iter().map(&row).collect_view()}</tbody>
                {foot.map(|cells| view! { <tfoot>{row(cells)}</tfoot> })}
            </table>
        </div>
    }
}
