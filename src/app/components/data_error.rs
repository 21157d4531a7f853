use leptos::prelude::*;

use crate::data::DataError;

/// A data file could not be used: say so in Dutch, and what the user can do.
#[component]
pub fn DataErrorView(error: DataError) -> impl IntoView {
    view! {
        <div class="error-panel" role="alert" data-testid="data-error">
            <h2>"De gegevens konden niet worden geladen"</h2>
            <p>{error.to_string()}</p>
            <p>"Laad de pagina opnieuw. Blijft dit gebeuren, neem dan contact op met de beheerder van deze website."</p>
        </div>
    }
}

/// Shown while the data files load.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">"Gegevens laden…"</p> }
}
