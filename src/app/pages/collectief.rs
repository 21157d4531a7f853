//! Vergelijken: the Collectief's comparison table, with a picker for which initiatives to show.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::beside_matches::ScaleExamples;
use crate::app::components::data_error::DataErrorView;
use crate::app::components::guide::Guide;
use crate::app::download;
use crate::app::AppData;
use crate::data::documents::documents;
use crate::model::collectief::{Cell, CollectiefTable, Initiative, Row, RowKind};
use crate::model::format::{counted, first_uppercase};
use crate::model::initiative::InitiativeId;
use crate::model::notices::ALIKE_NOTE;
use crate::report::csv::collectief_csv;
use crate::report::initiative::{
    ages_beside_note, row_figure, table_source, InitiativeFacts, Style, NOT_SPECIFIED,
};
use crate::routes::Route;

#[component]
pub fn CollectiefPage() -> impl IntoView {
    let data = expect_context::<AppData>();
    view! {
        <h1>{format!("{} initiatieven vergelijken", first_uppercase(&InitiativeId::count_in_words()))}</h1>
        <div class="start-lead">
            <p class="promise" data-testid="promise">"Reken in een paar minuten uit wat informele gezinssteun uw gemeente kost en oplevert, met de bron bij elk getal."</p>
            <p><a class="button-link start-cta" href=Route::Scenario.path()>"Reken uit wat dit uw gemeente kost →"</a></p>
        </div>
        <p class="lead">
            {format!("{} koppelen vrijwilligers aan gezinnen die het zwaar hebben. ", InitiativeId::all_named())}
            "Samen vormen zij het Collectief informele steun kind & gezin. Hieronder staat hun eigen overzicht, met de bron bij elk gegeven."
        </p>
        {move || data.table.get().map(|loaded| match loaded {
            Ok(table) => view! { <Collectief table/> }.into_any(),
            Err(error) => view! { <DataErrorView error/> }.into_any(),
        })}
    }
}

/// Picker, key differences, the table itself and the notes under it.
#[component]
fn Collectief(table: Arc<CollectiefTable>) -> impl IntoView {
    let chosen = RwSignal::new(InitiativeId::ALL.to_vec());
    let show_sources = RwSignal::new(false);
    let export_message = RwSignal::new(None::<String>);
    let csv_table = table.clone();
    let provenance = crate::app::components::stamp::Provenance::expect();
    let initiatives = table.initiatives.clone();
    let shown = Memo::new(move |_| {
        let chosen = chosen.get();
        initiatives
            .iter()
            .filter(|i| chosen.contains(&i.id))
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <Guide table=table.clone()/>
        <ScaleExamples/>
        <InitiativePicker chosen/>
        <KeyDifferences shown table=table.clone()/>
        <div class="table-tools">
            <label class="toggle">
                <input type="checkbox" data-testid="toggle-sources"
                    prop:checked=move || show_sources.get()
                    on:change=move |ev| show_sources.set(event_target_checked(&ev))/>
                " Bronnen in de tabel tonen"
            </label>
            <button type="button" data-testid="export-table-csv" on:click=move |_| {
                let csv = collectief_csv(&csv_table);
                // The stamp: which data, and where the table is.
                let csv = match provenance.data.get_untracked() {
                    Some(data) => {
                        let stamp = crate::report::provenance::Stamp::new(data, &format!("{}{}", crate::app::components::stamp::origin(), Route::Collectief.path()));
                        let stamp = match crate::app::components::stamp::today() {
                            Some(date) => stamp.exported_on(&date),
                            None => stamp,
                        };
                        crate::report::provenance::stamp_csv(&csv, &stamp)
                    }
                    None => csv,
                };
                export_message.set(Some(download::save_csv("collectief-overzicht.csv", &csv)));
            }>"Tabel als CSV"</button>
            <span class="status-message" role="status">{move || export_message.get()}</span>
        </div>
        <CollectiefTableView table=table.clone() shown show_sources/>
        <Notes table/>
    }
}

/// The fewest initiatives the table compares.
const FEWEST_COMPARED: usize = 2;

/// Check boxes for the initiatives to compare: any two up to all of them.
#[component]
fn InitiativePicker(chosen: RwSignal<Vec<InitiativeId>>) -> impl IntoView {
    let toggle = move |id: InitiativeId, on: bool| {
        chosen.update(|list| {
            if on && !list.contains(&id) {
                list.push(id);
                crate::model::order::sort_by(list, Ord::cmp);
            } else if !on && list.len() > FEWEST_COMPARED {
                list.retain(|x| *x != id);
            }
        });
    };
    view! {
        <fieldset class="picker" data-testid="initiative-picker">
            <legend>{format!("Welke initiatieven wilt u naast elkaar zien? ({} tot {})", counted(FEWEST_COMPARED), InitiativeId::count_in_words())}</legend>
            {InitiativeId::ALL.into_iter().map(|id| {
                let is_chosen = move || chosen.with(|list| list.contains(&id));
                // The last two cannot be unchecked: a comparison needs two.
                let locked = move || is_chosen() && chosen.with(|list| list.len() <= FEWEST_COMPARED);
                view! {
                    <label class="picker-option">
                        <input type="checkbox" name="vergelijk" value=id.slug()
                            // The attribute too: the pre-render writes attributes only.
                            checked=is_chosen()
                            prop:checked=is_chosen
                            aria-disabled=move || locked().then_some("true")
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                toggle(id, on);
                                // Keep the box in step when the change was refused.
                                if let Some(input) = ev.target() {
                                    use wasm_bindgen::JsCast;
                                    if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                                        input.set_checked(is_chosen());
                                    }
                                }
                            }/>
                        " " {id.name()}
                    </label>
                }
            }).collect_view()}
            <p class="hint" aria-live="polite">
                {move || (chosen.with(|l| l.len()) <= 2).then_some("Er blijven ten minste twee initiatieven in de vergelijking.")}
            </p>
        </fieldset>
    }
}

/// The differences that matter for a decision, one card per chosen initiative.
#[component]
fn KeyDifferences(shown: Memo<Vec<Initiative>>, table: Arc<CollectiefTable>) -> impl IntoView {
    // The fact lives once, in the note under the table; the scenario's notice shows the same note.
    let alike = table.note(ALIKE_NOTE).map(|note| {
        (
            note.text.clone(),
            format!(" Bron: {}.", documents().cite(&note.source)),
        )
    });
    let both_hosting = move || {
        shown.with(|list| {
            let ids: Vec<_> = list.iter().map(|i| i.id).collect();
            ids.contains(&InitiativeId::Buurtgezinnen) && ids.contains(&InitiativeId::Steunouder)
        })
    };
    view! {
        <section aria-labelledby="kern-titel" class="key-differences">
            <h2 id="kern-titel">"In één oogopslag"</h2>
            <ul class="cards" data-testid="key-differences">
                <For each=move || shown.get() key=|i| i.id let:initiative>
                    <KeyFactsCard initiative/>
                </For>
            </ul>
            {alike.map(|(text, source)| view! {
                <Show when=both_hosting>
                    <p class="notice" data-testid="alike-notice">
                        {text.clone()}
                        <span class="source-inline">{source.clone()}</span>
                    </p>
                </Show>
            })}
        </section>
    }
}

#[component]
fn KeyFactsCard(initiative: Initiative) -> impl IntoView {
    let facts = InitiativeFacts::new(&initiative, Style::Table);
    view! {
        <li class=format!("card card-{}", initiative.id.slug()) style:--initiative-color=crate::app::initiative_color(initiative.id)>
            <h3>{initiative.name.clone()}</h3>
            <p class="setting">{facts.setting}</p>
            <dl>
                <dt>"Leeftijd kinderen"</dt><dd>{facts.ages}</dd>
                <dt>"Kosten per koppeling per jaar"</dt><dd>{facts.cost}</dd>
                <dt>"Minimale samenwerking"</dt><dd>{facts.min_cooperation}</dd>
                <dt>"Minimaal in het eerste jaar"</dt><dd>{facts.min_matches}</dd>
            </dl>
        </li>
    }
}

/// The twelve rows, one column per chosen initiative. The row header sticks on narrow screens.
#[component]
fn CollectiefTableView(
    table: Arc<CollectiefTable>,
    shown: Memo<Vec<Initiative>>,
    show_sources: RwSignal<bool>,
) -> impl IntoView {
    let rows = table.rows.clone();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="overzicht-titel" tabindex="0">
            <table class="comparison" data-testid="comparison-table">
                <caption id="overzicht-titel">
                    {table.title.clone()}
                    <span class="caption-source">{format!(" — bron: {}", table_source())}</span>
                </caption>
                <thead>
                    <tr>
                        <td class="corner"></td>
                        {move || shown.get().into_iter().map(|i| view! {
                            <th scope="col" class=format!("col-{}", i.id.slug())>{i.name}</th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <TableRow row shown show_sources/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn TableRow(row: Row, shown: Memo<Vec<Initiative>>, show_sources: RwSignal<bool>) -> impl IntoView {
    let row_id = row.id.clone();
    let label = row.label.clone();
    let differs = {
        let row = row.clone();
        move || shown.with(|list| row_differs(&row, list))
    };
    // A row whose cells all stand in one place of the source says so once, under its label;
    // only a row with different places names each cell's.
    let row_source = shared_source(&row);
    let cell_sources = row_source.is_none();
    view! {
        <tr data-row=row_id>
            <th scope="row">
                {label}
                <Show when=differs>
                    <span class="differs-badge">"verschilt"</span>
                </Show>
                {row_source.map(|source| view! {
                    <Show when=move || show_sources.get()>
                        <small class="cell-source row-source">{source.clone()}</small>
                    </Show>
                })}
            </th>
            {move || {
                let row = row.clone();
                shown.get().into_iter().map(move |initiative| {
                    let cell = row.cells.iter().find(|c| c.initiative == initiative.id).cloned();
                    let show_sources = Signal::derive(move || cell_sources && show_sources.get());
                    view! { <TableCell kind=row.kind cell initiative show_sources/> }
                }).collect_view()
            }}
        </tr>
    }
}

/// "Bron: …" when every cell of the row cites the same place, else `None`.
fn shared_source(row: &Row) -> Option<String> {
    let first = row.cells.first()?;
    row.cells
        .iter()
        .all(|c| c.source == first.source)
        .then(|| format!("Bron: {}", documents().cite(&first.source)))
}

/// The figure a numeric row shows for an initiative; `None` for text rows.
fn figure_text(kind: RowKind, initiative: &Initiative) -> Option<String> {
    row_figure(kind, initiative, Style::Table)
}

/// Whether the chosen initiatives show different figures on a numeric row. Text rows are not
/// marked: their wording differs even where the facts agree.
fn row_differs(row: &Row, shown: &[Initiative]) -> bool {
    let figures: Vec<Option<String>> = shown.iter().map(|i| figure_text(row.kind, i)).collect();
    figures.windows(2).any(|w| w[0] != w[1])
}

#[component]
fn TableCell(
    kind: RowKind,
    cell: Option<Cell>,
    initiative: Initiative,
    /// Whether this cell names its own source (the row has no single one).
    show_sources: Signal<bool>,
) -> impl IntoView {
    let text = cell.as_ref().and_then(|c| c.text.clone());
    // Beside a cell text (Home-Start: "De leeftijdsgrens verschilt per gemeente…") the ages
    // stand alone, so the cell does not say the same thing twice.
    let headline = match (kind, &text) {
        (RowKind::Ages, Some(_)) => Some(ages_beside_note(&initiative)),
        _ => figure_text(kind, &initiative),
    };
    let empty = headline.is_none() && text.is_none();
    let source = cell.map(|c| format!("Bron: {}", documents().cite(&c.source)));
    // On a phone each cell stands on its own and says whose it is (`main.css`, "raadslid" block).
    let whose = initiative.name.clone();
    view! {
        <td class:not-specified=empty data-name=whose>
            {headline.map(|h| view! { <strong class="cell-figure">{h}</strong> })}
            {match (&text, empty) {
                (Some(t), _) => Some(view! { <span class="cell-text">{t.clone()}</span> }.into_any()),
                (None, true) => Some(view! { <span class="cell-text">{NOT_SPECIFIED}</span> }.into_any()),
                (None, false) => None,
            }}
            <Show when=move || show_sources.get()>
                <small class="cell-source">{source.clone()}</small>
            </Show>
        </td>
    }
}

/// The brochure's notes under the table.
#[component]
fn Notes(table: Arc<CollectiefTable>) -> impl IntoView {
    let notes = table.notes.clone();
    view! {
        <section aria-labelledby="toelichting-titel" class="notes">
            <h2 id="toelichting-titel">"Wat ze delen en waarin ze verschillen"</h2>
            {notes.into_iter().map(|note| {
                let source = format!("Bron: {}", documents().cite(&note.source));
                view! {
                    <article class="note" data-note=note.id>
                        <h3>{note.title}</h3>
                        <p>{note.text}</p>
                        <p class="source-inline">{source}</p>
                    </article>
                }
            }).collect_view()}
        </section>
    }
}
