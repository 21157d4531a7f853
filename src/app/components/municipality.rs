//! "Uw gemeente": the municipality's name and own figures, the scenario at its scale beside the
//! national picture, the budget lines by taakveld, an amendment paragraph and a programme point;
//! and the slide "Wat betekent dit voor …?". The figures are part of the scenario (and so of the
//! link and of saved scenarios); checking and arithmetic live in `data::municipality` and
//! `report::municipality`.

use leptos::prelude::*;

use crate::app::components::stamp::Provenance;
use crate::app::download;
use crate::app::state::ScenarioState;
use crate::data::invisible;
use crate::data::municipality::{check, check_text, reference, Figure, NoteField};
use crate::data::number_input::{parse_amount, parse_dutch_number};
use crate::model::format;
use crate::model::projection::Projection;
use crate::model::scenario::{Scenario, MAX_NAME_CHARS};
use crate::report::adjusted::{notice_line, Adjusted};
use crate::report::csv::{budget_csv, budget_tsv};
use crate::report::municipality::{
    amendment_text, break_even_trajectories, budget_lines, in_sentence, own_note, programme_point,
    scale, scale_lines, taakvelden, taakvelden_source, OWN_NOTE_DISCLAIMER,
};
use crate::report::provenance::stamp_csv;
use crate::routes::Route;

/// The projection of the current scenario when it funds something.
fn funded(state: ScenarioState) -> Option<Projection> {
    match state.projection.get() {
        Some(Ok(p)) if !p.per_initiative.is_empty() => Some(p),
        _ => None,
    }
}

/// "Zeist", or "de gemeente" without a name.
fn called(scenario: &Scenario) -> String {
    match scenario.municipality.place() {
        "" => "de gemeente".to_string(),
        name => name.to_string(),
    }
}

#[component]
pub fn MunicipalityPanel() -> impl IntoView {
    let state = ScenarioState::expect();
    let scenario = state.scenario;
    view! {
        // Printed only once the user filled something in: a scenario without the municipality
        // prints as before.
        <section class="municipality" aria-labelledby="gemeente-titel" data-testid="municipality-panel"
            class:municipality-unfilled=move || scenario.with(|s| s.municipality.is_empty())>
            <h2 id="gemeente-titel">"Uw gemeente"</h2>
            <p class="municipality-intro">"Vul de cijfers van uw gemeente in om het scenario op de schaal van uw eigen jeugd, jeugdhulp en begroting te zien. Alles is optioneel; de cijfers gaan mee in de link en in bewaarde scenario’s en worden nergens anders opgeslagen."</p>
            <div class="municipality-inputs">
                <div class="text-field">
                    <label for="gemeente-naam">"Gemeente"</label>
                    <input type="text" id="gemeente-naam" maxlength=MAX_NAME_CHARS autocomplete="off"
                        aria-describedby="gemeente-naam-hint"
                        prop:value=move || scenario.with(|s| s.municipality.name.clone())
                        on:input=move |ev| {
                            let name: String = event_target_value(&ev).chars().filter(|&c| !invisible(c)).take(MAX_NAME_CHARS).collect();
                            scenario.update(|s| s.municipality.name = name);
                        }/>
                    <p class="field-hint" id="gemeente-naam-hint">"Zo heet de gemeente in de teksten (‘De gemeente Zeist …’); de naam van het scenario blijft daarbuiten."</p>
                </div>
                {Figure::ALL.into_iter().map(|figure| view! { <FigureField figure/> }).collect_view()}
            </div>
            <fieldset class="municipality-inputs own-note-inputs" data-testid="eigen-toelichting-invoer">
                <legend>"Eigen toelichting en contactpersoon (optioneel)"</legend>
                <p class="field-hint">"Een paar zinnen van de gemeente zelf, bijvoorbeeld waarom zij deze keuze maakt. Ze staan onder de cijfers, op de dia’s, in ingesloten weergaven en op papier, als gewone tekst."</p>
                {NoteField::ALL.into_iter().map(|field| view! { <NoteTextField field/> }).collect_view()}
            </fieldset>
            <Outcomes/>
            <NationalPicture/>
        </section>
    }
}

/// One optional figure: what the user typed stays in the field; only a possible value reaches
/// the scenario, an impossible one gets a Dutch message beside it and leaves the scenario with
/// the value from before this edit (not "20" typed on the way to "20 mln").
#[component]
fn FigureField(figure: Figure) -> impl IntoView {
    let scenario = ScenarioState::expect().scenario;
    let stored = Memo::new(move |_| scenario.with(|s| figure.get(&s.municipality)));
    let shown = move |v: Option<f64>| {
        v.map(|v| {
            format::plain(&figure.show(v))
                .trim_start_matches("€ ")
                .to_string()
        })
    };
    // Amounts may be typed in millions ("20 mln"); counts are plain numbers.
    let parse = move |text: &str| {
        if figure == Figure::YouthCareSpending {
            parse_amount(text)
        } else {
            parse_dutch_number(text)
        }
    };
    let text = RwSignal::new(shown(stored.get_untracked()).unwrap_or_default());
    let message = RwSignal::new(None::<String>);
    // The value when this edit began, which an error puts back; the value this field last set,
    // whose echo must not replace what the user is typing.
    let before = StoredValue::new(stored.get_untracked());
    let last_sent = StoredValue::new(None::<Option<f64>>);
    let send = move |value: Option<f64>| {
        last_sent.set_value(Some(value));
        scenario.update(|s| figure.set(&mut s.municipality, value));
    };
    // A link or a saved scenario changes the stored value: the field follows, unless it already
    // says that value.
    Effect::new(move |_| {
        let value = stored.get();
        if last_sent.get_value() == Some(value) {
            return;
        }
        last_sent.set_value(None);
        before.set_value(value);
        let typed = text.with_untracked(|t| parse(t).ok());
        if typed != value {
            text.set(shown(value).unwrap_or_default());
            message.set(None);
        }
    });
    let key = figure.key();
    let id = format!("gemeente-{key}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-fout");
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        if typed.trim().is_empty() {
            message.set(None);
            send(None);
            return;
        }
        let checked = parse(&typed)
            .map_err(|e| format!("{}: {e}", figure.label()))
            .and_then(|v| scenario.with_untracked(|s| check(figure, v, &s.municipality)));
        match checked {
            Ok(value) => {
                message.set(None);
                send(Some(value));
            }
            Err(error) => {
                message.set(Some(error));
                let kept = before.get_value();
                if stored.get_untracked() != kept {
                    send(kept);
                }
            }
        }
    };
    let on_focus = move |_| {
        if message.with_untracked(Option::is_none) {
            before.set_value(stored.get_untracked());
        }
    };
    let described = format!("{hint_id} {error_id}");
    view! {
        <div class="text-field municipality-figure">
            <label for=id.clone()>{figure.label()}</label>
            <input type="text" inputmode="decimal" id=id autocomplete="off"
                aria-describedby=described
                aria-invalid=move || message.with(|m| if m.is_some() { "true" } else { "false" })
                prop:value=move || text.get()
                on:focus=on_focus
                on:input=on_input/>
            <p class="field-hint" id=hint_id>{figure.where_to_find()}</p>
            <p class="field-error" id=error_id role="alert" data-testid=format!("gemeente-fout-{key}")>{move || message.get()}</p>
        </div>
    }
}

/// One part of the municipality's note. Like [`FigureField`]: what the user typed stays in the
/// field; text that is too long, or an e-mail address that is not one, gets a Dutch message and
/// leaves the scenario as it was before this edit. An address is judged once the field is left,
/// not while it is being typed.
#[component]
fn NoteTextField(field: NoteField) -> impl IntoView {
    let scenario = ScenarioState::expect().scenario;
    let stored = Memo::new(move |_| scenario.with(|s| field.get(&s.municipality).to_string()));
    let text = RwSignal::new(stored.get_untracked());
    let message = RwSignal::new(None::<String>);
    let before = StoredValue::new(stored.get_untracked());
    // A link or a saved scenario changes the stored text: the field follows, unless the user's
    // own typing set it.
    Effect::new(move |_| {
        let value = stored.get();
        let typed = text.with_untracked(|t| check_text(field, t).ok());
        if typed.as_deref() != Some(value.as_str()) && message.with_untracked(Option::is_none) {
            text.set(value.clone());
        }
        if message.with_untracked(Option::is_none) {
            before.set_value(value);
        }
    });
    let judge = move |typed: String, show: bool| match check_text(field, &typed) {
        Ok(value) => {
            message.set(None);
            scenario.update(|s| field.set(&mut s.municipality, value));
        }
        Err(error) => {
            if show {
                message.set(Some(error));
            }
            let kept = before.get_value();
            if stored.get_untracked() != kept {
                scenario.update(|s| field.set(&mut s.municipality, kept));
            }
        }
    };
    let email = field == NoteField::ContactEmail;
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        judge(typed, !email);
    };
    let on_change = move |ev| judge(event_target_value(&ev), true);
    let key = field.key();
    let id = format!("gemeente-{key}");
    let error_id = format!("{id}-fout");
    let invalid = move || message.with(|m| if m.is_some() { "true" } else { "false" });
    let input = if field == NoteField::Note {
        view! {
            <textarea id=id.clone() rows="4" aria-describedby=error_id.clone() aria-invalid=invalid
                prop:value=move || text.get() on:input=on_input on:change=on_change></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type=if email { "email" } else { "text" } id=id.clone() autocomplete="off"
                aria-describedby=error_id.clone() aria-invalid=invalid
                prop:value=move || text.get() on:input=on_input on:change=on_change/>
        }
        .into_any()
    };
    let label = if field == NoteField::Note {
        format!(
            "{} (ten hoogste {} tekens)",
            field.label(),
            field.max_chars()
        )
    } else {
        field.label().to_string()
    };
    view! {
        <div class="text-field" class:own-note-text=field == NoteField::Note>
            <label for=id>{label}</label>
            {input}
            <p class="field-error" id=error_id role="alert" data-testid=format!("gemeente-fout-{key}")>{move || message.get()}</p>
        </div>
    }
}

/// The municipality's own note with its contact, as text (never markup), under the figures on
/// the page, on the municipality slide and in both embeds; nothing when it is empty.
#[component]
pub fn OwnNoteView() -> impl IntoView {
    let scenario = ScenarioState::expect().scenario;
    move || {
        scenario.with(own_note).map(|n| {
            let heading = n.heading.clone();
            view! {
                <aside class="own-note" data-testid="eigen-toelichting" aria-label=heading>
                    <p class="own-note-heading"><strong>{n.heading}</strong></p>
                    {n.text.map(|t| view! { <p class="own-note-text" data-testid="eigen-toelichting-tekst">{t}</p> })}
                    {n.contact.map(|c| view! { <p class="own-note-contact" data-testid="eigen-toelichting-contact">{c}</p> })}
                    <p class="own-note-disclaimer">{OWN_NOTE_DISCLAIMER}</p>
                </aside>
            }
        })
    }
}

/// Scale, break-even, budget lines and texts; only once the scenario funds something.
#[component]
fn Outcomes() -> impl IntoView {
    let state = ScenarioState::expect();
    let adjusted = crate::app::components::adjusted::use_adjusted();
    move || {
        let Some(projection) = funded(state) else {
            return view! {
                <p class="municipality-empty" data-testid="gemeente-leeg">"Kies eerst een initiatief; dan ziet u hier het scenario op de schaal van uw gemeente."</p>
            }.into_any();
        };
        let scenario = state.scenario.get();
        let scale = scale(&scenario, &projection);
        let even = break_even_trajectories(&scenario, &projection);
        let items = scale_lines(&scenario, &scale, true);
        let changed = adjusted.get();
        view! {
            <div class="municipality-outcomes">
                <h3>{format!("Op de schaal van {}", called(&scenario))}</h3>
                <dl class="municipality-scale" data-testid="gemeente-schaal">
                    {items.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                </dl>
                <p class="break-even" data-testid="gemeente-terugverdiend">{even.map_or_else(
                    || "Vermeden jeugdhulp alleen verdient deze uitgaven niet terug.".to_string(),
                    |t| t.sentence,
                )}</p>
                <BudgetTable scenario=scenario.clone() projection=projection.clone() changed=changed.clone()/>
                <CouncilTexts scenario projection changed/>
            </div>
        }.into_any()
    }
}

/// The budget lines as a table, with copy (tab-separated, as a spreadsheet pastes it) and CSV.
#[component]
fn BudgetTable(
    scenario: Scenario,
    projection: Projection,
    changed: Vec<Adjusted>,
) -> impl IntoView {
    let lines = budget_lines(&projection);
    let (cost_title, avoided_title) = taakvelden()
        .map(|(c, a)| {
            (
                format!("Kosten, taakveld {}", c.title()),
                format!("Vermeden kosten, {}", in_sentence(&a.title())),
            )
        })
        .unwrap_or_else(|| ("Kosten".into(), "Vermeden kosten".into()));
    let total =
        |f: fn(&crate::report::municipality::BudgetLine) -> f64| lines.iter().map(f).sum::<f64>();
    let (cost, avoided, net) = (total(|l| l.cost), total(|l| l.avoided), total(|l| l.net));
    let tsv = budget_tsv(&projection);
    let message = RwSignal::new(None::<String>);
    let copy =
        move |_| download::copy_and_tell(tsv.clone(), message, "Tabel gekopieerd.", "de tabel");
    let csv_text = crate::report::csv::with_adjusted(
        budget_csv(&scenario, &projection),
        notice_line(&changed).as_deref(),
    );
    let stem = download::file_stem(&scenario.municipality.name, "gemeente");
    // Like every export: the stamp (version, data, date, link) as the last line.
    let (state, provenance) = (ScenarioState::expect(), Provenance::expect());
    let csv = move |_| {
        let csv = match provenance.export_stamp(state, Route::Scenario) {
            Some(stamp) => stamp_csv(&csv_text, &stamp),
            None => csv_text.clone(),
        };
        message.set(Some(download::save_csv(
            &format!("{stem}-begrotingsregels.csv"),
            &csv,
        )))
    };
    view! {
        // On a phone the table scrolls sideways in its box: a named region in the Tab order, so
        // a keyboard can scroll it too.
        <div class="table-scroll" role="region" aria-label="Begrotingsregels" tabindex="0">
            <table class="budget-lines" data-testid="begrotingsregels">
                <caption>{format!("Begrotingsregels {} (centrale waarden)", called(&scenario))}</caption>
                <thead><tr><th scope="col">"Jaar"</th><th scope="col">{cost_title}</th><th scope="col">{avoided_title}</th><th scope="col">"Saldo"</th></tr></thead>
                <tbody>
                    {lines.iter().map(|l| view! {
                        <tr>
                            <th scope="row">{if l.after_horizon { format!("{} (na de looptijd)", l.year) } else { l.year.to_string() }}</th>
                            <td>{format::euro_rounded(l.cost)}</td><td>{format::euro_rounded(l.avoided)}</td><td>{format::euro_rounded(l.net)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                // Summed year by year: not the present value of the net headline, so it differs.
                <tfoot><tr><th scope="row" data-testid="begroting-totaal">"Totaal (niet verdisconteerd)"</th><td>{format::euro_rounded(cost)}</td><td>{format::euro_rounded(avoided)}</td><td>{format::euro_rounded(net)}</td></tr></tfoot>
            </table>
        </div>
        <p class="table-source" data-testid="taakvelden-bron">{taakvelden_source()}" Het totaal telt de jaren op zonder verdisconteren; het kerncijfer ‘Netto resultaat’ is in contante waarde en wijkt daarom iets af."</p>
        <div class="municipality-tools">
            <button type="button" data-testid="copy-begroting" on:click=copy>"Kopieer tabel"</button>
            <button type="button" data-testid="export-begroting-csv" on:click=csv>"Begrotingsregels als CSV"</button>
            <span class="status-message" role="status">{move || message.get()}</span>
        </div>
    }
}

/// The amendment paragraph and the programme point, each with a copy button.
#[component]
fn CouncilTexts(
    scenario: Scenario,
    projection: Projection,
    changed: Vec<Adjusted>,
) -> impl IntoView {
    let texts = [
        (
            "Amendement of motie (begrotingswijziging)",
            "amendement-tekst",
            amendment_text(&scenario, &projection, &changed),
        ),
        (
            "Programmapunt (kort)",
            "programmapunt",
            programme_point(&scenario, &projection, &changed),
        ),
    ];
    texts.into_iter().filter_map(|(title, testid, text)| text.map(|t| (title, testid, t))).map(|(title, testid, text)| {
        let message = RwSignal::new(None::<String>);
        let to_copy = text.clone();
        let copy = move |_| download::copy_and_tell(to_copy.clone(), message, "Tekst gekopieerd.", "de tekst");
        view! {
            <div class="council-text">
                <h3>{title}</h3>
                <p data-testid=testid>{text}</p>
                <button type="button" data-testid=format!("copy-{testid}") on:click=copy>"Kopieer tekst"</button>
                <span class="status-message" role="status">{move || message.get()}</span>
            </div>
        }
    }).collect_view()
}

/// The national figures the sources give, as a reference beside the municipality's own.
#[component]
fn NationalPicture() -> impl IntoView {
    let figures = reference().map(|r| r.landelijk.clone()).unwrap_or_default();
    view! {
        <div class="national-picture" data-testid="landelijk-beeld">
            <h3>"Landelijk beeld ter vergelijking"</h3>
            <ul>
                {figures.into_iter().map(|f| view! {
                    <li><strong>{format!("{}: {}", f.label, f.show())}</strong>{format!(" — {}.", f.cited())}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The slide "Wat betekent dit voor Zeist?": the scale, the break-even point and the cost per
/// budget year on the taakveld.
#[component]
pub fn MunicipalitySlide() -> impl IntoView {
    let state = ScenarioState::expect();
    move || {
        let scenario = state.scenario.get();
        let title = format!("Wat betekent dit voor {}?", called(&scenario));
        let Some(projection) = funded(state) else {
            return view! {
                <section class="slide" data-testid="dia-gemeente">
                    <h1>{title}</h1>
                    <p>"Nog geen initiatieven gekozen."</p>
                    <OwnNoteView/>
                </section>
            }
            .into_any();
        };
        let scale = scale(&scenario, &projection);
        let items = scale_lines(&scenario, &scale, false);
        let even = break_even_trajectories(&scenario, &projection);
        let cost_field = taakvelden().map(|(c, _)| c.title()).unwrap_or_default();
        let per_year: Vec<String> = budget_lines(&projection)
            .into_iter()
            .filter(|l| !l.after_horizon)
            .map(|l| format!("{}: {}", l.year, format::euro_rounded(l.cost)))
            .collect();
        view! {
            <section class="slide slide-municipality" data-testid="dia-gemeente">
                <h1>{title}</h1>
                <dl class="municipality-scale">
                    {items.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                </dl>
                <p class="break-even">{even.map_or_else(|| "Vermeden jeugdhulp alleen verdient deze uitgaven niet terug.".to_string(), |t| t.sentence)}</p>
                <p>{format!("Begroting, taakveld {cost_field}: {}.", per_year.join(" · "))}</p>
                <OwnNoteView/>
            </section>
        }.into_any()
    }
}
