//! Aannames en bronnen: every parameter with value, range and source or reason; the documents.

use leptos::prelude::*;

use crate::app::components::data_error::{DataErrorView, Loading};
use crate::app::components::parameter_list::ParameterList;
use crate::app::AppData;

#[component]
pub fn AssumptionsPage() -> impl IntoView {
    let data = expect_context::<AppData>();
    view! {
        <h1>"Aannames en bronnen"</h1>
        <p class="lead">
            "Hier staat elk getal waarmee Steunwijzer rekent. Bij een getal uit de bronnen staat waar het staat. "
            "Wat de bronnen niet geven, is een aanname: met een standaardwaarde, een bandbreedte en de reden daarvoor. "
            "U kunt elke aanname binnen haar bandbreedte aanpassen; het scenario rekent dan direct mee."
        </p>
        <Suspense fallback=|| view! { <Loading/> }>
            {move || data.params.get().map(|loaded| match loaded {
                Ok(set) => view! { <div data-testid="parameter-list"><ParameterList set/></div> }.into_any(),
                Err(error) => view! { <DataErrorView error/> }.into_any(),
            })}
        </Suspense>
        <HowTheModelComputes/>
        <section aria-labelledby="bronnen-titel">
            <h2 id="bronnen-titel">"De bronnen"</h2>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || data.table.get().map(|loaded| match loaded {
                    Ok(table) => view! {
                        <ul class="documents">
                            {table.documents.iter().map(|d| view! {
                                <li><cite>{d.citation.clone()}</cite><span class="file">{format!(" ({})", d.file)}</span></li>
                            }).collect_view()}
                            <li><cite>"Rapport Werkgroep discontovoet 2020"</cite>", door het kabinet overgenomen: de discontovoet voor maatschappelijke kosten-batenanalyses."</li>
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <DataErrorView error/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
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
                    "waarin dat initiatief koppelingen heeft, niet vanaf het eerste jaar van het scenario."</li>
                <li><strong>"Bereikte gezinnen. "</strong>"Een koppeling loopt gemiddeld een aangenomen aantal jaren. Elk jaar stopt "
                    "daarom een deel van de koppelingen van het jaar ervoor; op die plekken komen nieuwe gezinnen. Deze benadering "
                    "laat al na het eerste jaar een deel stoppen, ook als een koppeling gemiddeld langer loopt. Over vier jaar telt "
                    "ze daardoor tot ongeveer 9% meer nieuwe gezinnen dan een directe telling met koppelingen die verspreid over "
                    "het jaar beginnen."</li>
                <li><strong>"Vermeden kosten. "</strong>"Per nieuw gezin: de kans dat een specialistisch jeugdhulptraject of een "
                    "uithuisplaatsing niet nodig is, maal wat dat kost, min het deel dat ook zonder koppeling goed was gegaan. "
                    "De besparing valt een aangenomen aantal jaren later, soms na de looptijd; ook die jaren tellen mee."</li>
                <li><strong>"Nominaal en contante waarde. "</strong>"Totale kosten en vermeden kosten zijn de bedragen per jaar "
                    "opgeteld (nominaal). Het netto resultaat en het terugverdienpunt gebruiken de contante waarde: latere euro's "
                    "tellen minder mee, met de discontovoet."</li>
                <li><strong>"Bandbreedte. "</strong>"De getallen zelf rekenen met de standaardwaarde van elke aanname. Bij de "
                    "kosten is de bandbreedte die van de prijzen in de wegwijzer en van de opslag. Bij vermeden kosten en netto "
                    "resultaat rekent het model het scenario 10.000 keer door met aannames die binnen hun bandbreedte variëren; "
                    "8 van de 10 uitkomsten vallen binnen de getoonde band."</li>
                <li><strong>"Maatschappelijke waarde "</strong>"(het welzijn van vrijwilligers) staat apart en telt nooit mee in het "
                    "resultaat voor de gemeente."</li>
            </ul>
        </section>
    }
}
