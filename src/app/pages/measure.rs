//! Meting: times the model inside WebAssembly, for the benchmark script (`scripts/bench.sh`).
//! Not linked from the menu; it changes nothing and shows only timings. It also has the one
//! deliberate panic in the app, so the end-to-end tests can check the Dutch panic message.

use leptos::prelude::*;

use crate::app::components::data_error::DataErrorView;
use crate::app::AppData;
use crate::charts::{self, ChartId, ChartInput};
use crate::data::DataError;
use crate::model::overrides::Overrides;
use crate::model::params::{ModelParameters, ParameterSet};
use crate::model::projection::project;
use crate::model::scenario::reference_scenario;
use crate::model::sensitivity::sensitivity;
use crate::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::report::sensitivity::sensitivity_text;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// Median milliseconds of `runs` calls of `work`.
fn median_ms(runs: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = now();
            work();
            now() - start
        })
        .collect();
    crate::model::order::sort_by(&mut times, f64::total_cmp);
    times[times.len() / 2]
}

/// Timings in milliseconds.
struct Timings {
    projection: f64,
    draws_10k: f64,
    /// Every sensitivity run of the scenario, with its switching values, in words.
    sensitivity: f64,
    /// Every chart of the page.
    charts: f64,
}

fn measure(set: &ParameterSet) -> Result<Timings, DataError> {
    let model = ModelParameters::from_set(set, &Overrides::new())?;
    let scenario = reference_scenario();
    // 1.000 projections per run: one alone is below the timer's resolution.
    let projection = median_ms(11, || {
        for _ in 0..1000 {
            let _ = std::hint::black_box(project(&model, &scenario));
        }
    }) / 1000.0;
    let draws_10k = median_ms(7, || {
        let _ = std::hint::black_box(simulate(&model, &scenario, DEFAULT_DRAWS, DEFAULT_SEED));
    });
    let sensitivity = median_ms(11, || {
        if let Ok(runs) = sensitivity(&model, &scenario) {
            std::hint::black_box(sensitivity_text(&runs, set));
        }
    });
    let drawn = project(&model, &scenario).map_err(|e| DataError::Invalid {
        file: "parameters.json".into(),
        detail: e.message,
    })?;
    let bands = simulate(&model, &scenario, DEFAULT_DRAWS, DEFAULT_SEED).ok();
    let input = ChartInput {
        scenario: &scenario,
        projection: &drawn,
        bands: bands.as_ref(),
        sensitivity: None,
        model: &model,
        parameters: set,
        overrides: &Overrides::new(),
        large: false,
        width: None,
    };
    let charts = median_ms(7, || {
        for id in ChartId::ALL {
            let _ = std::hint::black_box(charts::build(*id, &input));
        }
    });
    Ok(Timings {
        projection,
        draws_10k,
        sensitivity,
        charts,
    })
}

#[component]
pub fn MeasurePage() -> impl IntoView {
    let data = expect_context::<AppData>();
    view! {
        <h1>"Meting van het rekenmodel"</h1>
        <p>"Tijden in deze browser, in WebAssembly: vier initiatieven over tien jaar."</p>
        {move || data.params.get().map(|loaded| match loaded.and_then(|set| measure(&set)) {
            Ok(Timings { projection, draws_10k, sensitivity, charts }) => view! {
                <dl data-testid="measurements">
                    <dt>"Eén projectie (ms)"</dt><dd data-testid="projection-ms">{format!("{projection:.4}")}</dd>
                    <dt>"10.000 trekkingen (ms)"</dt><dd data-testid="draws-10000-ms">{format!("{draws_10k:.2}")}</dd>
                    <dt>"Gevoeligheid: alle runs en omslagwaarden (ms)"</dt><dd data-testid="sensitivity-ms">{format!("{sensitivity:.3}")}</dd>
                    <dt>{format!("Alle {} grafieken tekenen (ms)", ChartId::ALL.len())}</dt><dd data-testid="charts-ms">{format!("{charts:.2}")}</dd>
                </dl>
            }.into_any(),
            Err(error) => view! { <DataErrorView error/> }.into_any(),
        })}
        <h2>"Noodmelding"</h2>
        <p>"Deze knop laat Steunwijzer bewust vastlopen, om te controleren dat dan een melding met een uitweg verschijnt."</p>
        <button type="button" data-testid="force-panic" on:click=|_| {
            panic!("bewust vastgelopen om de noodmelding te testen")
        }>"Noodmelding testen"</button>
    }
}
