//! The provenance stamp in the page: which data the page computed with (the bytes `app::api`
//! fetched, hashed by `report::provenance`), the stamp line under every page, on every slide and
//! every export, and the message for a link made with other data.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

use crate::app::state::ScenarioState;
use crate::app::AppData;
use crate::report::provenance::{
    dutch_date, link_data, link_message, link_with_data, without_key, DataVersion, LinkData, Stamp,
};
use crate::routes::Route;

thread_local! {
    /// The bytes of each data file as last fetched, by file name (a list, not a map: two files,
    /// and a map type of its own costs wasm bytes).
    static FETCHED: RefCell<Vec<(String, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
}

/// Called by `app::api` with every data file it fetched, before it is parsed.
pub fn record_fetched(file: &str, text: &str) {
    FETCHED.with(|f| {
        let mut files = f.borrow_mut();
        files.retain(|(name, _)| name != file);
        files.push((file.to_string(), text.as_bytes().to_vec()));
    });
}

/// The data version of the loaded files, shared by every page.
#[derive(Clone, Copy)]
pub struct Provenance {
    /// `None` until both data files are in and valid.
    pub data: Memo<Option<DataVersion>>,
}

/// Today by the browser's clock in Dutch words ("6 december 2026"); `None` in the pre-render.
pub fn today() -> Option<String> {
    crate::app::browser_window()?;
    let now = js_sys::Date::new_0();
    Some(dutch_date(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    ))
}

/// The page's origin: `https://steunwijzer.example`.
pub fn origin() -> String {
    // No window in the pre-render (src/bin/prerender.rs): there the stamp's link starts at the path.
    crate::app::browser_window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

impl Provenance {
    /// Provides the data version and tells about a link made with other data (after the
    /// scenario state, whose messages it adds to).
    pub fn provide() {
        let data = expect_context::<AppData>();
        let version = Memo::new(move |_| {
            let loaded =
                matches!(data.table.get(), Some(Ok(_))) && matches!(data.params.get(), Some(Ok(_)));
            loaded.then(|| {
                FETCHED.with(|f| {
                    let files = f.borrow();
                    let parts: Vec<(&str, &[u8])> = files
                        .iter()
                        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
                        .collect();
                    DataVersion::of_files(&parts)
                })
            })
        });
        provide_context(Provenance { data: version });
        announce_link_data(version);
    }

    pub fn expect() -> Provenance {
        expect_context::<Provenance>()
    }

    /// The stamp of the current scenario at `route` (tracks scenario and data).
    pub fn stamp(self, state: ScenarioState, route: Route) -> Option<Stamp> {
        let data = self.data.get()?;
        Some(Stamp::new(
            data,
            &format!("{}{}", origin(), state.link(route)),
        ))
    }

    /// The same without tracking, for event handlers.
    pub fn stamp_untracked(self, state: ScenarioState, route: Route) -> Option<Stamp> {
        untrack(|| self.stamp(state, route))
    }

    /// The stamp of a file exported now (SVG, PNG, CSV): with today's date, for event handlers.
    pub fn export_stamp(self, state: ScenarioState, route: Route) -> Option<Stamp> {
        let stamp = self.stamp_untracked(state, route)?;
        Some(match today() {
            Some(date) => stamp.exported_on(&date),
            None => stamp,
        })
    }

    /// An absolute link to `route` with the scenario and the data key.
    pub fn share_link(self, state: ScenarioState, route: Route) -> String {
        let link = format!("{}{}", origin(), state.link(route));
        match self.data.get() {
            Some(data) => link_with_data(&link, &data),
            None => link,
        }
    }
}

/// Adds the message about the link's data key to the link messages, once per address. A garbled
/// key is dropped from the address, as the scenario drops a garbled part.
fn announce_link_data(version: Memo<Option<DataVersion>>) {
    let state = ScenarioState::expect();
    let location = use_location();
    let navigate = use_navigate();
    // The key last told about: an edit of the scenario rewrites the address but keeps the key,
    // and must not bring back a message the user closed.
    let announced = StoredValue::new(None::<LinkData>);
    Effect::new(move |_| {
        let search = location.search.get();
        let Some(current) = version.get() else {
            return;
        };
        let key = link_data(&search);
        if announced.get_value().as_ref() == Some(&key) {
            return;
        }
        announced.set_value(Some(key.clone()));
        let Some(message) = link_message(&search, &current) else {
            return;
        };
        // After the scenario's own messages for this link, which replace the list.
        set_timeout(
            move || {
                state.link_messages.update(|messages| {
                    if !messages.contains(&message) {
                        messages.push(message);
                    }
                });
            },
            Duration::ZERO,
        );
        if matches!(key, LinkData::Garbled(_)) {
            let rest = without_key(&search);
            let path = location.pathname.get_untracked();
            let target = if rest.is_empty() {
                path
            } else {
                format!("{path}?{rest}")
            };
            announced.set_value(Some(LinkData::Absent));
            navigate(&target, crate::app::state::in_place());
        }
    });
}

/// The stamp as a line of text: under every page (and so on paper), on the slides, in an embed.
#[component]
pub fn StampLine(
    /// The page the link leads to.
    #[prop(default = Route::Scenario)]
    route: Route,
    #[prop(default = "stamp")] class: &'static str,
    /// On a slide: the link's site and page only, so the line reads from the back of the room;
    /// the whole link is in the hand-out and every export (and here in the tooltip).
    #[prop(optional)]
    compact: bool,
    /// On paper (the hand-out): with the day it is printed.
    #[prop(optional)]
    dated: bool,
) -> impl IntoView {
    let state = ScenarioState::expect();
    let provenance = Provenance::expect();
    let stamp = move || {
        let stamp = provenance.stamp(state, route)?;
        Some(match today().filter(|_| dated) {
            Some(date) => stamp.printed_on(&date),
            None => stamp,
        })
    };
    let link = move || stamp().map(|s| if compact { s.short_link() } else { s.link });
    view! {
        <Show when=move || provenance.data.with(Option::is_some)>
            <p class=class data-testid="stamp" title=move || compact.then(|| stamp().map(|s| s.link)).flatten()>
                {move || stamp().map(|s| s.short())}
                " · "
                <span class="stamp-link">{link}</span>
            </p>
        </Show>
    }
}

/// The data version in words, for the assumptions page.
#[component]
pub fn DataVersionNote() -> impl IntoView {
    let provenance = Provenance::expect();
    view! {
        <Show when=move || provenance.data.with(Option::is_some)>
            <p class="data-version" data-testid="data-version">
                "Versie van de gegevens: "
                {move || provenance.data.get().map(|d| d.label())}
                {format!(" (Steunwijzer {}). ", crate::report::provenance::APP_VERSION)}
                "Elke export, afdruk en gedeelde link draagt deze versie."
            </p>
        </Show>
    }
}
