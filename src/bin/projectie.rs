//! Projects a scenario from a share-link query on the command line and prints its headline
//! figures as JSON, exactly as the page shows them. The browser tests compare the page with this
//! output, so they check the page against the model rather than against numbers typed in a test.
//!
//! Usage: `projectie '<query>' [parameters.json]`

use std::process::ExitCode;

use steunwijzer::data::parameters::parse_parameters;
use steunwijzer::data::url_scenario::decode;
use steunwijzer::model::params::ModelParameters;
use steunwijzer::model::projection::project;
use steunwijzer::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};
use steunwijzer::report::headlines::{break_even_sentence, headlines};
use steunwijzer::report::programme::programme_text;

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

fn run(query: &str, parameters_file: &str) -> Result<String, String> {
    let json =
        std::fs::read_to_string(parameters_file).map_err(|e| format!("{parameters_file}: {e}"))?;
    let set = parse_parameters(&json).map_err(|e| e.to_string())?;
    let decoded = decode(query.trim_start_matches('?'), &|id: &str| {
        set.allowed_range(id)
    });
    let model = ModelParameters::from_set(&set, &decoded.overrides).map_err(|e| e.to_string())?;
    let projection = project(&model, &decoded.scenario).map_err(|e| e.message)?;
    let bands = simulate(&model, &decoded.scenario, DEFAULT_DRAWS, DEFAULT_SEED).ok();
    let figures: Vec<String> = headlines(&decoded.scenario, &projection, bands.as_ref())
        .iter()
        .map(|h| format!("{}:{}", json_string(h.id), json_string(&h.value)))
        .collect();
    Ok(format!(
        "{{\"kerncijfers\":{{{}}},\"break_even\":{},\"programma\":{},\"kosten_totaal\":{},\"weggelaten\":{}}}",
        figures.join(","),
        json_string(&break_even_sentence(&projection)),
        json_string(
            &programme_text(&decoded.scenario, &projection, bands.as_ref(), &model)
                .unwrap_or_default(),
        ),
        projection.total.cost.central,
        serde_json::to_string(&decoded.dropped).unwrap_or_default(),
    ))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let query = args.first().map(String::as_str).unwrap_or_default();
    let file = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("assets/data/parameters.json");
    match run(query, file) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
