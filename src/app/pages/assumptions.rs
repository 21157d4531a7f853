//! Aannames en bronnen: every parameter with value, range and source or reason; the documents.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::data_error::DataErrorView;
use crate::app::components::parameter_list::ParameterList;
use crate::app::AppData;
use crate::data::documents::documents;
use crate::model::format;
use crate::model::params::ParameterSet;
use crate::model::sources::{Document, Origin};
use crate::model::uncertainty::DEFAULT_DRAWS;
use crate::report::changes::changed_default;

#[component]
pub fn AssumptionsPage() -> impl IntoView {
    let data = expect_context::<AppData>();
    focus_linked_target(data);
    view! {
        <h1>"Aannames en bronnen"</h1>
        <p class="lead">
            "Hier staat elk getal waarmee Steunwijzer rekent. Bij een getal uit de bronnen staat waar het staat. "
            "Wat de bronnen niet geven, is een aanname: met een standaardwaarde, een bandbreedte en de reden daarvoor. "
            "U kunt elke aanname binnen haar bandbreedte aanpassen; het scenario rekent dan direct mee."
        </p>
        <crate::app::components::stamp::DataVersionNote/>
        {move || data.params.get().and_then(Result::ok).map(|set| view! { <Contents set/> })}
        {move || data.params.get().map(|loaded| match loaded {
            Ok(set) => view! { <div data-testid="parameter-list"><ParameterList set/></div> }.into_any(),
            Err(error) => view! { <DataErrorView error/> }.into_any(),
        })}
        {move || data.params.get().and_then(Result::ok).map(|set| view! { <ChangedDefaults set/> })}
        <HowTheModelComputes/>
        <section aria-labelledby="bronnen-titel" data-testid="documents">
            <h2 id="bronnen-titel">"De bronnen"</h2>
            <h3>"De vijf documenten"</h3>
            <DocumentList origin=Origin::Bronnen/>
            <h3>"Bronnen buiten de vijf documenten"</h3>
            <p>"Ter vergelijking of als rekenregel gebruikt, zoals gegeven; nooit ongemerkt vermengd met de cijfers uit de documenten."</p>
            <DocumentList origin=Origin::BuitenBronnen/>
        </section>
    }
}

/// The page is long (every number with its reasons): a list of its parts at the top, the groups
/// of assumptions in their order, then the rules and the sources.
#[component]
fn Contents(set: std::sync::Arc<crate::model::params::ParameterSet>) -> impl IntoView {
    let groups = set
        .groups
        .iter()
        .filter(|g| set.parameters.iter().any(|p| p.group == g.id))
        .map(|g| (format!("#groep-{}", g.id), g.label.clone()));
    let rest = [
        ("#rekenregels-titel", "Zo rekent het model"),
        (
            "#gevoeligheid-methode-titel",
            "Wat als een aanname anders uitvalt?",
        ),
        ("#bronnen-titel", "De bronnen"),
    ]
    .map(|(href, label)| (href.to_string(), label.to_string()));
    view! {
        <nav class="page-contents" aria-label="Op deze pagina">
            <h2 class="page-contents-title">"Op deze pagina"</h2>
            <ul>
                {groups.chain(rest).map(|(href, label)| view! { <li><a href=href>{label}</a></li> }).collect_view()}
            </ul>
        </nav>
    }
}

/// A badge or the sensitivity view links to `/aannames#parameter-<id>` (or a group): once the
/// list is there, that number is brought to the top of the screen and gets the focus, so the
/// reader, with a keyboard or a screen reader too, starts at the number the link was about.
fn focus_linked_target(data: AppData) {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |focused: Option<Option<String>>| {
        let focused = focused.flatten();
        let hash = location.hash.get();
        let id = hash.trim_start_matches('#').to_string();
        let loaded = data.params.with(|p| matches!(p, Some(Ok(_))));
        if !loaded || id.is_empty() || focused.as_deref() == Some(id.as_str()) {
            return focused;
        }
        // After this frame: the router's own scrolling on navigation comes first.
        let target = id.clone();
        request_animation_frame(move || focus_element(&target));
        Some(id)
    });
}

fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| id.to_string());
    let element = crate::app::browser_window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // Focus without its own scrolling: Chromium would centre the element before the smooth
        // scroll to the top has begun, and the reader would land mid-screen.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
        element.scroll_into_view();
    }
}

/// The documents of one origin, from the document list.
#[component]
fn DocumentList(origin: Origin) -> impl IntoView {
    let items: Vec<Document> = documents()
        .documents
        .iter()
        .filter(|d| d.origin == origin)
        .cloned()
        .collect();
    view! {
        <ul class="documents">
            {items.into_iter().map(|d| view! {
                <li>
                    <cite>{d.citation()}</cite>
                    // The public address as a link; the team's file name is no help to a reader.
                    {d.address.clone().map(|address| {
                        let href = address.clone();
                        view! { " — " <a class="address" href=href>{address}</a> }
                    })}
                    {d.note.clone().map(|note| view! { " — " <span class="document-note">{note}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Every assumption whose default changed at the last review, with the old default and range and
/// why, so a reader of an older printout can see what moved.
#[component]
fn ChangedDefaults(set: Arc<ParameterSet>) -> impl IntoView {
    let changed: Vec<_> = set
        .parameters
        .iter()
        .filter_map(|p| {
            let change = changed_default(&set, p)?;
            Some((
                p.id.clone(),
                p.label.clone(),
                format!("nu {}, was {}", change.now, change.was),
                change.why,
                format::amounts_together(p.reason.as_deref().unwrap_or_default()),
            ))
        })
        .collect();
    (!changed.is_empty()).then(|| view! {
        <section aria-labelledby="gewijzigd-titel" data-testid="changed-defaults">
            <h2 id="gewijzigd-titel">"Gewijzigde standaardwaarden"</h2>
            <p>"Deze aannames kregen bij de laatste controle een andere standaardwaarde of bandbreedte. "
               "Elke grens van een bandbreedte rust op een eigen bron of reden, die bij de aanname staat; "
               "geen grens is verschoven alleen om de standaard in het midden te krijgen."</p>
            <ul class="changed-defaults">
                {changed.into_iter().map(|(id, label, values, note, reason)| view! {
                    <li data-parameter=id>
                        <strong>{label}</strong>": "{values}"."
                        <br/><span class="why-changed"><strong>"Waarom gewijzigd: "</strong>{note}</span>
                        <br/><span class="evidence"><strong>"Onderbouwing: "</strong>{reason}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    })
}

/// The model's rules in words, so a council member can check what the figures mean.
#[component]
fn HowTheModelComputes() -> impl IntoView {
    view! {
        <section aria-labelledby="rekenregels-titel" data-testid="rekenregels">
            <h2 id="rekenregels-titel">"Zo rekent het model"</h2>
            <ul class="rules">
                <li><strong>"Kosten. "</strong>"Koppelingen per jaar maal de prijs per koppeling uit de wegwijzer (of uw eigen prijs). "
                    "In de startjaren van een initiatief komt de aangenomen opslag erbij. De startjaren tellen vanaf het eerste jaar "
                    "waarin dat initiatief koppelingen heeft, niet vanaf het eerste jaar van het scenario. Bij Home-Start noemt de "
                    "wegwijzer geen startjaar; ook dat is daarom een aanname."</li>
                <li><strong>"Bereikte gezinnen. "</strong>"Een koppeling loopt gemiddeld een aangenomen aantal jaren. Elk jaar stopt "
                    "daarom een deel van de koppelingen van het jaar ervoor; op die plekken komen nieuwe gezinnen. Deze benadering "
                    "laat al na het eerste jaar een deel stoppen, ook als een koppeling gemiddeld langer loopt. Over een looptijd van "
                    "een paar jaar telt ze daardoor iets meer nieuwe gezinnen dan een directe telling met koppelingen die verspreid "
                    "over het jaar beginnen."</li>
                <li><strong>"Vermeden kosten. "</strong>"Per nieuw gezin: de kans dat een specialistisch jeugdhulptraject of een "
                    "uithuisplaatsing niet nodig is, maal wat dat kost, min het deel dat ook zonder koppeling goed was gegaan. "
                    "De besparing valt een aangenomen aantal jaren later, soms na de looptijd; ook die jaren tellen mee. "
                    "Hulp die een gezin door de koppeling juist eerder vraagt, gaat er per koppeling per jaar af, in het jaar "
                    "van de koppeling (de aanname ‘Eerder beroep op beroepsmatige hulp’)."</li>
                <li><strong>"Constante prijzen en contante waarde. "</strong>"Alle bedragen staan in de prijzen van de wegwijzer "
                    "en worden niet geïndexeerd: een begroting in lopende prijzen valt hoger uit, met de loon- en prijsstijging sinds "
                    "de wegwijzer. Totale kosten en vermeden kosten zijn de bedragen per jaar opgeteld, niet verdisconteerd. Het "
                    "netto resultaat en het terugverdienpunt gebruiken de contante waarde: latere euro's tellen minder mee, met de "
                    "reële discontovoet."</li>
                <li><strong>"Terugverdienpunt. "</strong>"Het deel van de bereikte gezinnen bij wie een specialistisch "
                    "jeugdhulptraject niet nodig moet zijn om de kosten terug te verdienen, met de aangenomen vermeden "
                    "uithuisplaatsingen erbij: het punt waar het netto resultaat nul is. Het is geteld zoals de aanname ‘Gezinnen bij "
                    "wie specialistische jeugdhulp niet nodig is’: vóór aftrek van wat ook zonder koppeling was gebeurd (het model "
                    "trekt dat daarna af). Zo staan het terugverdienpunt, de aanname met haar bandbreedte en de vergelijking met "
                    "‘1 op de 8 gezinnen’ op één schaal, en zegt Steunwijzer waar het punt ligt: bijvoorbeeld ‘meer dan de hoogste "
                    "waarde in de bandbreedte van de aanname’. Het staat er als ‘29 van de 100 gezinnen’, naar boven afgerond, zodat "
                    "het nooit te gunstig uitvalt."</li>
                <li><strong>"Bandbreedte. "</strong>"De getallen zelf rekenen met de standaardwaarde van elke aanname, of met "
                    "de waarde die u koos. Bij de kosten is de bandbreedte die van de prijzen in de wegwijzer en van de opslag. Bij "
                    "vermeden kosten en netto "
                    {format!("resultaat rekent het model het scenario {} keer door met aannames die binnen hun bandbreedte variëren; ", format::integer(DEFAULT_DRAWS as f64))}
                    "8 van de 10 uitkomsten vallen binnen de getoonde band."</li>
                <li><strong>"Een waarde die u kiest "</strong>"neemt het model als gegeven: die aanname varieert niet meer in de "
                    "bandbreedte, de onzekerheidsmarge en de uitersten; de andere aannames houden hun bandbreedte. Zo gaan het getal "
                    "en de band over dezelfde aannames. Bij de getallen staat dan ‘bij de gekozen aannames (3 aangepast)’ in plaats "
                    "van ‘bij de standaardwaarden’. Kiest u alle onzekere aannames zelf, dan is er geen bandbreedte meer. In de "
                    "gevoeligheid hieronder blijft een gekozen aanname staan, met ‘door u gekozen’: haar balk laat zien wat de "
                    "rest van haar bandbreedte zou doen."</li>
                <li><strong>"Maatschappelijke waarde "</strong>"(het welzijn van vrijwilligers) staat apart en telt nooit mee in het "
                    "resultaat voor de gemeente."</li>
                <li><strong>"Eén set rekenregels. "</strong>"De getallen, de onzekerheidsmarge en de gevoeligheid hieronder "
                    "rekenen met precies dezelfde regels; ze verschillen alleen in de waarden van de aannames: de standaardwaarden, "
                    "een willekeurige trekking uit elke bandbreedte, of één aanname op de rand van haar bandbreedte."</li>
            </ul>
        </section>
        <section aria-labelledby="gevoeligheid-methode-titel" data-testid="gevoeligheid-methode">
            <h2 id="gevoeligheid-methode-titel">"Wat als een aanname anders uitvalt?"</h2>
            <p>"Bij het scenario laat Steunwijzer zien van welke aanname het resultaat het meest afhangt. Zo werkt dat:"</p>
            <ul class="rules">
                <li><strong>"Eén tegelijk. "</strong>"Voor elk getal met een bandbreedte dat het scenario gebruikt (aannames, "
                    "bandbreedtes uit de bronnen en de discontovoet) rekent het model het netto resultaat (contante waarde) twee keer "
                    "uit: met dat getal op de ondergrens en op de bovengrens van zijn bandbreedte. Alle andere getallen houden hun "
                    "waarde. Dat is precies wat u ziet als u dat ene getal hier zelf op die grens zet."</li>
                <li><strong>"De balken. "</strong>"Elke balk loopt van het netto resultaat bij de standaardwaarden (of bij "
                    "de waarden die u koos) naar het resultaat bij de ondergrens en bij de bovengrens. Bovenaan staat het getal dat het resultaat het meest doet "
                    "verschuiven. Geen enkele run wordt weggelaten: kleine balken die niet in de grafiek passen, staan in de tabel."</li>
                <li><strong>"Omslagwaarde. "</strong>"Wordt het netto resultaat ergens binnen de bandbreedte nul, dan noemt "
                    "Steunwijzer de waarde waarbij dat gebeurt, afgerond naar de kant waarop de zin waar blijft: ‘het saldo wordt "
                    "positief als dit ten minste … is’."</li>
                <li><strong>"De conclusie. "</strong>"Slaat het saldo binnen een bandbreedte om, dan is het onzeker of de vermeden "
                    "kosten de kosten overtreffen, en zegt Steunwijzer dat. Blijft het aan beide kanten dicht bij nul, dan heten "
                    "vermeden kosten en kosten ongeveer gelijk. Zo schrijft de praktijk van maatschappelijke kosten-batenanalyses "
                    "het ook voor."</li>
                <li><strong>"De discontovoet "</strong>"is geen onzekerheid maar een afspraak; toch staat hij in de gevoeligheid, "
                    "omdat een lagere of hogere voet latere besparingen zwaarder of lichter laat wegen."</li>
                <li><strong>"Wat dit niet laat zien. "</strong>"Aannames kunnen ook samen tegenvallen of meevallen. Dat laat de "
                    "onzekerheidsmarge zien: 8 van de 10 uitkomsten als alle aannames die u niet zelf koos tegelijk variëren."</li>
            </ul>
        </section>
    }
}
