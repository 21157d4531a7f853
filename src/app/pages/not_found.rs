use leptos::prelude::*;

use crate::routes::Route;

/// Shown for an address the app does not know, instead of a blank page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"Pagina niet gevonden"</h1>
        <p>"Dit adres bestaat niet in Steunwijzer. "<a href=Route::Collectief.path()>"Ga naar de vergelijking van de initiatieven"</a>"."</p>
    }
}
