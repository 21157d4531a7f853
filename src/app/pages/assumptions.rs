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
