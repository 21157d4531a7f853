use leptos::prelude::*;

use crate::app::AppData;
use crate::data::DataError;

/// A data file could not be used: say so in Dutch, and what the user can do. "Opnieuw proberen"
/// fetches the failed files again without reloading the page, so the scenario stays as it is.
#[component]
pub fn DataErrorView(error: DataError) -> impl IntoView {
    let data = expect_context::<AppData>();
    let retrying = RwSignal::new(false);
    view! {
        <div class="error-panel" role="alert" data-testid="data-error">
            <h2>"De gegevens konden niet worden geladen"</h2>
            <p>{error.to_string()}</p>
            <p>"Controleer de verbinding en probeer het opnieuw. Blijft dit gebeuren, neem dan contact op met de beheerder van deze website."</p>
            <button type="button" data-testid="data-retry" disabled=move || retrying.get()
                on:click=move |_| {
                    retrying.set(true);
                    data.retry();
                }>
                {move || if retrying.get() { "Bezig met opnieuw laden…" } else { "Opnieuw proberen" }}
            </button>
        </div>
    }
}

/// Shown while the data files load.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">"Gegevens laden…"</p> }
}
