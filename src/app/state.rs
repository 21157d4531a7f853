//! The scenario as shared state, mirrored in the URL query string.
//!
//! The URL is what a user shares, so it must always say what the page shows. Reading: when the
//! query changes (a pasted link, back/forward), it is decoded into the state, keeping what is
//! valid and naming what was dropped. Writing: when the state changes, the query is replaced
//! (debounced, because browsers throttle `history.replaceState` during a slider drag).
//! Both directions compare decoded values, not strings, so they cannot chase each other.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::data::url_scenario::{decode, encode, DecodedScenario};
use crate::data::working_scenario::{restore, STORAGE_KEY};
use crate::data::DataError;
use crate::model::overrides::Overrides;
use crate::model::params::{ModelParameters, ParameterSet};
use crate::model::projection::{project, Projection};
use crate::model::scenario::{Scenario, ScenarioError};
use crate::model::sensitivity::sensitivity;
use crate::model::uncertainty::{simulate, Bands, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::report::sensitivity::{sensitivity_text, SensitivityText};
use crate::routes::{split_query, with_query, Route};

use super::AppData;

/// Delay before the URL follows the state.
const URL_DEBOUNCE: Duration = Duration::from_millis(250);

#[derive(Clone, Copy)]
pub struct ScenarioState {
    pub scenario: RwSignal<Scenario>,
    pub overrides: RwSignal<Overrides>,
    /// Dutch messages about parts of an opened link that were dropped or repaired.
    pub link_messages: RwSignal<Vec<String>>,
    /// Ids of number fields that now hold text that is not a valid number: the results still
    /// show the last valid input, and say so.
    pub invalid_inputs: RwSignal<crate::model::order::Seen<String>>,
    /// The note shown when the working scenario was brought back from this browser's storage.
    pub restored: RwSignal<Option<String>>,
    /// The model parameters with the user's overrides applied.
    pub model_params: Memo<Option<Result<ModelParameters, DataError>>>,
    /// The deterministic projection of the current scenario; `None` while data loads.
    pub projection: Memo<Option<Result<Projection, ProjectionError>>>,
    /// The Monte Carlo band of the current scenario; `None` while it is being recomputed, so no
    /// view ever shows the band of another scenario.
    pub current_bands: Memo<Option<Bands>>,
    /// What follows the scenario after a pause, computed together: the band, the sensitivity
    /// runs in words, and the inputs they were computed for (the deferred charts draw from them).
    /// It may belong to a previous state while the hand is still moving; see `settled_is_current`.
    pub settled: Memo<Option<Settled>>,
    /// Whether `settled` belongs to the current scenario and parameters.
    pub settled_is_current: Memo<bool>,
    /// Which assumption decides the outcome: the sensitivity runs in words, of the current
    /// scenario once it has settled (`None` before the first result).
    pub sensitivity: Memo<Option<SensitivityText>>,
    /// The scenario as a query string (no `?`, no view keys). Links and the share button use it,
    /// not the address bar: the address follows the state only after [`URL_DEBOUNCE`], and a
    /// click in that time would otherwise carry, and restore, the previous scenario.
    pub query: Memo<String>,
}

/// Quiet time after the last change before the Monte Carlo band and the sensitivity runs are
/// recomputed. While a slider moves, figures and charts follow at once; the band, the sensitivity
/// view and its chart follow when the hand rests, so a slider step repaints within a frame.
const SETTLE_DELAY: Duration = Duration::from_millis(150);

/// The band and the sensitivity runs of one scenario, with the inputs they were computed for.
#[derive(Debug, Clone, PartialEq)]
pub struct Settled {
    pub scenario: Scenario,
    pub model: ModelParameters,
    pub bands: Bands,
    pub sensitivity: SensitivityText,
}

/// Recomputes the settled results after [`SETTLE_DELAY`] of quiet (the first time as soon as the
/// page has been painted).
fn provide_settled(
    scenario: RwSignal<Scenario>,
    model_params: Memo<Option<Result<ModelParameters, DataError>>>,
    params: Memo<Option<Result<Arc<ParameterSet>, DataError>>>,
) -> (Memo<Option<Settled>>, Memo<bool>) {
    let computed = RwSignal::<Option<Settled>>::new(None);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Which change the last scheduled computation belongs to: a first computation waits for a
    // paint and cannot be cancelled like a timeout, so it checks that no change came after it.
    let generation = StoredValue::new(0_u64);
    Effect::new(move |_| {
        let (Some(Ok(model)), Some(Ok(set))) = (model_params.get(), params.get()) else {
            return;
        };
        let current = scenario.get();
        let this = generation.get_value().wrapping_add(1);
        generation.set_value(this);
        let compute = move || {
            if generation.get_value() != this {
                return;
            }
            let bands = simulate(&model, &current, DEFAULT_DRAWS, DEFAULT_SEED);
            let runs = sensitivity(&model, &current);
            if let (Ok(bands), Ok(runs)) = (bands, runs) {
                computed.set(Some(Settled {
                    sensitivity: sensitivity_text(&runs, &set),
                    scenario: current,
                    model,
                    bands,
                }));
            }
        };
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        if computed.with_untracked(Option::is_none) {
            // The first time after the page's first paint, so the figures are on screen before
            // ten thousand draws and the sensitivity runs are computed.
            super::after_next_paint(compute);
        } else {
            pending.set_value(set_timeout_with_handle(compute, SETTLE_DELAY).ok());
        }
    });
    let settled = Memo::new(move |_| computed.get());
    let is_current = Memo::new(move |_| {
        let Some(Ok(model)) = model_params.get() else {
            return false;
        };
        computed.with(|c| {
            c.as_ref()
                .is_some_and(|c| scenario.with(|s| *s == c.scenario) && c.model == model)
        })
    });
    (settled, is_current)
}

/// Why there is no projection to show.
#[derive(Debug, Clone, PartialEq)]
pub enum ProjectionError {
    Data(DataError),
    Scenario(ScenarioError),
}

fn local_storage() -> Option<web_sys::Storage> {
    super::browser_window()?.local_storage().ok().flatten()
}

/// The stored working scenario; `None` when there is none or storage is blocked.
fn read_working() -> Option<String> {
    local_storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Stores (or with `None` removes) the working scenario. Blocked or full storage only means the
/// scenario is not kept for a new tab; it stays on screen and in the link.
fn write_working(query: Option<&str>) {
    if let Some(storage) = local_storage() {
        let _ = match query {
            Some(q) => storage.set_item(STORAGE_KEY, q),
            None => storage.remove_item(STORAGE_KEY),
        };
    }
}

fn decode_with(query: &str, set: Option<&ParameterSet>) -> DecodedScenario {
    let known = |id: &str| set.and_then(|s| s.allowed_range(id));
    decode(&split_query(query).0, &known)
}

impl ScenarioState {
    pub fn expect() -> ScenarioState {
        expect_context::<ScenarioState>()
    }

    /// Creates the state, provides it as context and keeps it in step with the URL.
    pub fn provide() {
        let data = expect_context::<AppData>();
        let location = use_location();
        let navigate = use_navigate();

        let empty = decode_with("", None);
        let scenario = RwSignal::new(empty.scenario);
        let overrides = RwSignal::new(empty.overrides);
        let link_messages = RwSignal::new(Vec::new());
        let restored = RwSignal::new(None::<String>);
        let invalid_inputs = RwSignal::new(crate::model::order::Seen::new());
        // Until the first link is decoded (which needs the parameter ranges), never write the URL:
        // that would overwrite a shared link with the empty scenario.
        let decoded_once = RwSignal::new(false);
        let restore_tried = StoredValue::new(false);

        let params: Memo<Option<Result<Arc<ParameterSet>, DataError>>> =
            Memo::new(move |_| data.params.get());

        // URL → state.
        Effect::new(move |_| {
            let query = location.search.get();
            // Tracked too: arriving on the scenario page from another page may bring work back.
            let on_scenario_page = Route::parse(&location.pathname.get()) == Some(Route::Scenario);
            let Some(Ok(set)) = params.get() else { return };
            let mut decoded = decode_with(&query, Some(&set));
            // The scenario page without a link and with nothing on screen: bring back the last
            // working scenario, once per page load (so "Opnieuw beginnen" stays empty).
            let nothing_in_use = !decoded_once.get_untracked()
                || scenario.with_untracked(|s| s.lines.is_empty())
                    && overrides.with_untracked(|o| o.is_empty());
            let restoring = !decoded.had_scenario
                && on_scenario_page
                && nothing_in_use
                && !restore_tried.get_value();
            if restoring {
                restore_tried.set_value(true);
                let known = |id: &str| set.allowed_range(id);
                if let Some(back) = read_working().and_then(|stored| restore(&stored, &known)) {
                    decoded.scenario = back.decoded.scenario;
                    decoded.overrides = back.decoded.overrides;
                    restored.set(Some(back.note));
                }
            } else if !decoded.had_scenario && decoded_once.get_untracked() {
                // A link without any scenario (the footer, a typed address) keeps the scenario in use.
                return;
            }
            let same = scenario.with_untracked(|s| *s == decoded.scenario)
                && overrides.with_untracked(|o| *o == decoded.overrides);
            if !same {
                scenario.set(decoded.scenario);
                overrides.set(decoded.overrides);
            }
            if !same || !decoded_once.get_untracked() {
                link_messages.set(decoded.dropped);
            }
            decoded_once.set(true);
        });

        // The scenario as a query: what links carry at once and the address bar after a pause.
        let query = Memo::new(move |_| {
            if decoded_once.get() {
                scenario.with(|s| overrides.with(|o| encode(s, o)))
            } else {
                // Not yet decoded: pass the link on as it came.
                split_query(&location.search.get()).0
            }
        });

        // State → this browser's storage, so a closed tab does not lose the work. A scenario
        // without initiatives or assumptions is not written (its link still holds year and
        // horizon): opening the start page in a new tab must not wipe the work; only
        // "Opnieuw beginnen" does (`start_afresh`).
        // An embed is read-only and often framed by another site: its scenario is someone
        // else's and must never replace the user's own work.
        Effect::new(move |_| {
            let current = query.get();
            let worth_keeping =
                scenario.with(|s| !s.lines.is_empty()) || overrides.with(|o| !o.is_empty());
            let read_only = crate::routes::is_embed_path(&location.pathname.get());
            if decoded_once.get_untracked() && worth_keeping && !read_only {
                write_working(Some(&current));
            }
        });

        // State → URL (debounced).
        let pending = StoredValue::new(None::<TimeoutHandle>);
        // A click on a link while a write waits: write the address of the entry being left at
        // once, so Back returns to what was on screen, not to the address of before the change.
        let flush_on_link_click = move |event: web_sys::Event| {
            let on_link = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|element| element.closest("a[href]").ok().flatten())
                .is_some();
            if !on_link || !decoded_once.get_untracked() {
                return;
            }
            // The write may not even be scheduled yet (effects run after this event), so compare
            // the address itself with the state.
            let Some(window) = web_sys::window() else {
                return;
            };
            let (Ok(search), Ok(path)) = (window.location().search(), window.location().pathname())
            else {
                return;
            };
            let (in_address, view_part) = split_query(&search);
            let current = query.get_untracked();
            if in_address == current {
                return;
            }
            if let Some(handle) = pending.get_value() {
                handle.clear();
                pending.set_value(None);
            }
            if let Ok(history) = window.history() {
                let target = with_query(&path, &current, &view_part);
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
            }
        };
        if let Some(window) = super::browser_window() {
            let listener =
                wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(flush_on_link_click);
            // Capture phase: before the router's own click handler navigates away. The listener
            // lives as long as the app.
            let _ = window.add_event_listener_with_callback_and_bool(
                "click",
                wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
                true,
            );
            listener.forget();
        }
        Effect::new(move |_| {
            let current = (scenario.get(), overrides.get());
            if !decoded_once.get() {
                return;
            }
            let set = params.get_untracked().and_then(Result::ok);
            let in_url = decode_with(&location.search.get_untracked(), set.as_deref());
            if (in_url.scenario, in_url.overrides) == current {
                return;
            }
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let navigate = navigate.clone();
            let handle = set_timeout_with_handle(
                move || {
                    pending.set_value(None);
                    let view_part = split_query(&location.search.get_untracked()).1;
                    let target = with_query(
                        &location.pathname.get_untracked(),
                        &query.get_untracked(),
                        &view_part,
                    );
                    navigate(&target, in_place());
                },
                URL_DEBOUNCE,
            )
            .ok();
            pending.set_value(handle);
        });

        let model_params = Memo::new(move |_| {
            params.get().map(|loaded| {
                loaded.and_then(|set| ModelParameters::from_set(&set, &overrides.get()))
            })
        });
        let projection = Memo::new(move |_| {
            model_params.get().map(|loaded| match loaded {
                Err(error) => Err(ProjectionError::Data(error)),
                Ok(model) => scenario
                    .with(|s| project(&model, s))
                    .map_err(ProjectionError::Scenario),
            })
        });

        let (settled, settled_is_current) = provide_settled(scenario, model_params, params);
        // No view ever shows the band of another scenario: it is offered only while current.
        let current_bands = Memo::new(move |_| {
            settled_is_current
                .get()
                .then(|| settled.with(|s| s.as_ref().map(|s| s.bands.clone())))
                .flatten()
        });
        let sensitivity =
            Memo::new(move |_| settled.with(|s| s.as_ref().map(|s| s.sensitivity.clone())));
        provide_context(ScenarioState {
            scenario,
            overrides,
            link_messages,
            restored,
            invalid_inputs,
            model_params,
            projection,
            current_bands,
            settled,
            settled_is_current,
            sensitivity,
            query,
        });
    }

    /// Forgets the working scenario: an empty scenario on screen and nothing kept in storage.
    pub fn start_afresh(self) {
        write_working(None);
        self.restored.set(None);
        let empty = decode_with("", None);
        self.overrides.set(empty.overrides);
        self.scenario.set(empty.scenario);
    }

    /// A link to `route` with the current scenario: `/scenario?k.home-start=20`. Tracks the
    /// scenario when called inside a reactive closure.
    pub fn link(self, route: Route) -> String {
        self.query.with(|query| route.link(query))
    }
}

/// Navigation that only rewrites the address: no new history entry, no scrolling.
pub(crate) fn in_place() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        scroll: false,
        ..Default::default()
    }
}
