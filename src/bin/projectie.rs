//! The model on the command line, as the browser tests' oracle: they compare the page with what
//! this prints, so they check the page against the model rather than against numbers typed in a
//! test.
//!
//! Usage:
//! - `projectie '<query>' [parameters.json]`: projects the scenario of a share-link query and
//!   prints its headline figures, proposal, break-even sentence, programme text and sensitivity runs as
//!   JSON, exactly as the page shows them.
//! - `projectie --ids`: prints the ids of the charts, the slides and the headline figures, and
//!   every page of the app (`routes`), as JSON, so the tests enumerate what the app has instead
//!   of repeating it.

use std::process::ExitCode;

use serde::Serialize;
use serde_json::json;
use steunwijzer::charts::{slides::SLIDES, ChartId, Slide};
use steunwijzer::data::parameters::parse_parameters;
use steunwijzer::data::url_scenario::decode;
use steunwijzer::model::params::ModelParameters;
use steunwijzer::model::projection::project;
use steunwijzer::model::sensitivity::sensitivity;
use steunwijzer::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};
use steunwijzer::report::adjusted::{adjusted, notice_line};
use steunwijzer::report::certainty::how_sure;
use steunwijzer::report::headlines::{break_even_sentence, headlines, HeadlineId};
use steunwijzer::report::programme::programme_text;
use steunwijzer::report::proposal::proposal;
use steunwijzer::report::sensitivity::sensitivity_text;
use steunwijzer::routes::Route;

/// One chart as the tests need it: its slug, its title and the slide that shows it.
#[derive(Serialize)]
struct ChartIds {
    id: &'static str,
    titel: &'static str,
    bandbreedte: bool,
    dia: usize,
}

fn ids() -> serde_json::Value {
    let charts: Vec<ChartIds> = ChartId::ALL
        .iter()
        .map(|id| ChartIds {
            id: id.slug(),
            titel: id.title(),
            bandbreedte: id.uses_bands(),
            dia: Slide::Chart(*id).number(),
        })
        .collect();
    let slides: Vec<String> = SLIDES.iter().map(|slide| slide.id()).collect();
    let routes: Vec<serde_json::Value> = Route::every_page()
        .into_iter()
        .map(|route| json!({ "id": route.id(), "pad": route.path() }))
        .collect();
    json!({ "grafieken": charts, "dias": slides, "kerncijfers": HeadlineId::ALL.map(HeadlineId::as_str), "routes": routes })
}

fn project_query(query: &str, parameters_file: &str) -> Result<serde_json::Value, String> {
    let json =
        std::fs::read_to_string(parameters_file).map_err(|e| format!("{parameters_file}: {e}"))?;
    let set = parse_parameters(&json).map_err(|e| e.to_string())?;
    let decoded = decode(query.trim_start_matches('?'), &|id: &str| {
        set.allowed_range(id)
    });
    let model = ModelParameters::from_set(&set, &decoded.overrides).map_err(|e| e.to_string())?;
    let projection = project(&model, &decoded.scenario).map_err(|e| e.message)?;
    let bands = simulate(&model, &decoded.scenario, DEFAULT_DRAWS, DEFAULT_SEED).ok();
    let figures: serde_json::Map<String, serde_json::Value> =
        headlines(&decoded.scenario, &projection, bands.as_ref())
            .into_iter()
            .map(|h| (h.id.to_string(), h.value.into()))
            .collect();
    let changed = adjusted(&set, &decoded.overrides);
    let runs = sensitivity(&model, &decoded.scenario).map_err(|e| e.message)?;
    let text = sensitivity_text(&runs, &set);
    let bars: Vec<serde_json::Value> = text
        .bars
        .iter()
        .map(|bar| {
            json!({
                "id": bar.id,
                "laag": bar.low_value,
                "hoog": bar.high_value,
                "saldo_laag": bar.net_at_low,
                "saldo_hoog": bar.net_at_high,
                "aanpasbaar": bar.adjustable,
            })
        })
        .collect();
    Ok(json!({
        "kerncijfers": figures,
        "gevoeligheid": {
            "staven": bars,
            "conclusie": text.conclusion,
            "drijvers": text.drivers,
        },
        "break_even": break_even_sentence(&projection),
        "programma": programme_text(&decoded.scenario, &projection, bands.as_ref(), &model, Some(&text), &changed).unwrap_or_default(),
        "hoe_zeker": bands.as_ref().map(|b| how_sure(b, &text)),
        "aangepast": notice_line(&changed),
        "voorstel": proposal(&decoded.scenario, &projection).unwrap_or_default(),
        "kosten_totaal": projection.total.cost.central,
        "weggelaten": decoded.dropped,
    }))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let first = args.first().map(String::as_str).unwrap_or_default();
    let file = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("assets/data/parameters.json");
    let result = if first == "--ids" {
        Ok(ids())
    } else {
        project_query(first, file)
    };
    match result {
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
