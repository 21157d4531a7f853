//! Beside the figures: which assumptions differ from the standard (with one way back to it), and
//! "how sure is it?" in one sentence. Used on the scenario page, in the embeds and on the
//! key-figures slide, so each says the same (`report::adjusted`, `report::certainty`).

use leptos::prelude::*;

use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::report::adjusted::{adjusted, count_phrase, short_line, Adjusted};

/// Changes named on a slide; the rest are counted, so the key figures stay on a 1280×720 screen.
const SLIDE_CHANGES: usize = 3;
use crate::report::certainty::how_sure;

/// The assumptions of the current scenario that differ from the standard (none while the data
/// loads).
pub fn use_adjusted() -> Memo<Vec<Adjusted>> {
    let data = expect_context::<AppData>();
    let state = ScenarioState::expect();
    Memo::new(move |_| match data.params.get() {
        Some(Ok(set)) => state.overrides.with(|o| adjusted(&set, o)),
        _ => Vec::new(),
    })
}

/// The same, read once (for an export at the moment of the click).
pub fn adjusted_untracked() -> Vec<Adjusted> {
    let data = expect_context::<AppData>();
    let state = ScenarioState::expect();
    match data.params.get_untracked() {
        Some(Ok(set)) => state.overrides.with_untracked(|o| adjusted(&set, o)),
        _ => Vec::new(),
    }
}

/// How many assumptions differ, each standard → chosen; nothing when none differs. With `reset`
/// (the scenario page) one button puts every assumption back; an embed has no inputs. `compact`
/// (a slide) says it in one line.
#[component]
pub fn AdjustedNotice(
    #[prop(default = false)] reset: bool,
    #[prop(default = false)] compact: bool,
) -> impl IntoView {
    let state = ScenarioState::expect();
    let items = use_adjusted();
    let back = move |_| state.overrides.set(Default::default());
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            {move || if compact {
                view! {
                    <p class="adjusted-notice adjusted-line" data-testid="adjusted-notice">
                        <strong>"Let op: "</strong>{items.with(|i| short_line(i, SLIDE_CHANGES))}
                    </p>
                }.into_any()
            } else {
                view! {
                    <section class="adjusted-notice" data-testid="adjusted-notice" aria-labelledby="aangepast-titel">
                        <p class="adjusted-head">
                            <strong id="aangepast-titel" data-testid="adjusted-count">{items.with(|i| count_phrase(i.len()))}</strong>
                            " · de cijfers rekenen met de gekozen waarden."
                        </p>
                        <ul>
                            {items.get().into_iter().map(|a| view! {
                                <li data-parameter=a.id>{a.label}": "<span class="adjusted-change">{a.change}</span></li>
                            }).collect_view()}
                        </ul>
                        {reset.then(|| view! {
                            <button type="button" data-testid="reset-assumptions" on:click=back>"Terug naar de standaardwaarden"</button>
                        })}
                    </section>
                }.into_any()
            }}
        </Show>
    }
}

/// "How sure is it?": in how many of ten runs the scenario pays back, and whether one
/// assumption on its own turns the result. Written only from the settled results of the
/// current scenario (band and sensitivity runs computed together), so it never joins the
/// figures of two states; while they follow, it says so.
#[component]
pub fn HowSure() -> impl IntoView {
    let state = ScenarioState::expect();
    let text = Memo::new(move |_| {
        if !state.settled_is_current.get() {
            return None;
        }
        state
            .settled
            .with(|s| s.as_ref().map(|s| how_sure(&s.bands, &s.sensitivity)))
    });
    view! {
        <p class="how-sure" data-testid="how-sure" aria-busy=move || text.with(Option::is_none).to_string()>
            <strong>"Hoe zeker? "</strong>
            {move || text.get().unwrap_or_else(|| "Wordt doorgerekend…".to_string())}
        </p>
    }
}
