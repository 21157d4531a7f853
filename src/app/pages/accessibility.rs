//! Toegankelijkheidsverklaring: what we do to meet WCAG 2.1 AA, how we check it, and what is not
//! yet in order, as Dutch public websites publish.

use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <h1>"Toegankelijkheidsverklaring"</h1>
        <p class="lead">"Steunwijzer wil voor iedereen bruikbaar zijn: met muis, toetsenbord of schermlezer, op telefoon, laptop en projector. We streven naar de norm WCAG 2.1 op niveau AA, die ook voor websites van overheden geldt."</p>
        <h2>"Wat we doen"</h2>
        <ul>
            <li>"Elke invoer heeft een zichtbaar label; elk getal is ook te typen, niet alleen met een schuifregelaar in te stellen."</li>
            <li>"Elke grafiek heeft een korte beschrijving voor schermlezers en een tabel met dezelfde getallen (‘Toon als tabel’)."</li>
            <li>"Alles werkt met het toetsenbord; de focus is steeds zichtbaar. De presentatie gaat met pijltoetsen, spatie, PageUp/PageDown en Esc."</li>
            <li>"Kleuren in de grafieken zijn ook voor kleurenblinden te onderscheiden en worden aangevuld met patronen en labels."</li>
            <li>"De pagina is in het Nederlands gemarkeerd, zodat een schermlezer goed voorleest."</li>
        </ul>
        <h2>"Hoe we het controleren"</h2>
        <p>"Bij elke wijziging draaien automatische tests in een echte browser: axe-core controleert elke pagina op toegankelijkheidsfouten, en een test doorloopt de belangrijkste stappen alleen met het toetsenbord. Automatische tests vinden niet alles; een onderzoek door een deskundige volgt."</p>
        <h2>"Wat nog niet goed is"</h2>
        <ul>
            <li>"De grafieken zelf zijn afbeeldingen: details lezen gaat via de tabel eronder."</li>
            <li>"Er is nog geen onafhankelijk toegankelijkheidsonderzoek gedaan."</li>
        </ul>
        <h2>"Iets gevonden?"</h2>
        <p>"Werkt iets niet voor u, meld het dan bij de beheerder van de website waarop u Steunwijzer gebruikt. We passen het zo snel mogelijk aan."</p>
    }
}
