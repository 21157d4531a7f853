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
//! - `projectie --lines [parameters.json]`: answers many queries in one process, so the browser
//!   tests start it once per run instead of once per query. Each stdin line is a share-link query,
//!   `--ids`, or a JSON object `{"query": "…"}`; each gets exactly one JSON line on stdout, in
//!   order. A line that cannot be answered gets `{"fout": "…"}` and the process keeps answering.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use serde::Serialize;
use serde_json::json;
use steunwijzer::charts::{slides::SLIDES, ChartId, Slide};
use steunwijzer::data::parameters::parse_parameters;
use steunwijzer::data::url_scenario::decode;
use steunwijzer::model::params::{ModelParameters, ParameterSet};
use steunwijzer::model::projection::project;
use steunwijzer::model::sensitivity::sensitivity;
use steunwijzer::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};
use steunwijzer::report::adjusted::{adjusted, notice_line};
use steunwijzer::report::certainty::how_sure;
use steunwijzer::report::headlines::{break_even_sentence, headlines, HeadlineId};
use steunwijzer::report::municipality::{scale, scale_lines};
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

fn read_set(parameters_file: &str) -> Result<ParameterSet, String> {
    let json =
        std::fs::read_to_string(parameters_file).map_err(|e| format!("{parameters_file}: {e}"))?;
    parse_parameters(&json).map_err(|e| e.to_string())
}

fn project_query(query: &str, parameters_file: &str) -> Result<serde_json::Value, String> {
    project_with(query, &read_set(parameters_file)?)
}

fn project_with(query: &str, set: &ParameterSet) -> Result<serde_json::Value, String> {
    let decoded = decode(query.trim_start_matches('?'), &|id: &str| {
        set.allowed_range(id)
    });
    let model = ModelParameters::from_set(set, &decoded.overrides).map_err(|e| e.to_string())?;
    let projection = project(&model, &decoded.scenario).map_err(|e| e.message)?;
    let bands = simulate(&model, &decoded.scenario, DEFAULT_DRAWS, DEFAULT_SEED).ok();
    let figures: serde_json::Map<String, serde_json::Value> =
        headlines(&decoded.scenario, &projection, bands.as_ref())
            .into_iter()
            .map(|h| (h.id.to_string(), h.value.into()))
            .collect();
    let changed = adjusted(set, &decoded.overrides);
    let runs = sensitivity(&model, &decoded.scenario).map_err(|e| e.message)?;
    let text = sensitivity_text(&runs, set);
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
        "gemeente_schaal": scale_lines(&decoded.scenario, &scale(&decoded.scenario, &projection), true)
            .into_iter()
            .map(|(label, value)| (label, value.into()))
            .collect::<serde_json::Map<_, _>>(),
    }))
}

/// The answer to one stdin line of `--lines`: what the one-shot command would print for it.
fn answer_line(
    line: &str,
    set: &Result<ParameterSet, String>,
) -> Result<serde_json::Value, String> {
    let line = line.trim();
    let query = if line.starts_with('{') {
        let request: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("geen JSON: {e}"))?;
        match request.get("query").and_then(serde_json::Value::as_str) {
            Some(query) => query.to_string(),
            None => return Err("JSON zonder tekstveld \"query\"".to_string()),
        }
    } else {
        line.to_string()
    };
    if query == "--ids" {
        return Ok(ids());
    }
    project_with(&query, set.as_ref().map_err(Clone::clone)?)
}

/// `--lines`: one JSON line out per line in, flushed at once so a waiting caller gets it.
fn serve_lines(
    input: impl BufRead,
    mut output: impl Write,
    parameters_file: &str,
) -> std::io::Result<()> {
    let set = read_set(parameters_file);
    for line in input.lines() {
        let answer = answer_line(&line?, &set).unwrap_or_else(|message| json!({ "fout": message }));
        writeln!(output, "{answer}")?;
        output.flush()?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let first = args.first().map(String::as_str).unwrap_or_default();
    let file = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("assets/data/parameters.json");
    if first == "--lines" {
        let stdin = std::io::stdin();
        return match serve_lines(stdin.lock(), std::io::stdout().lock(), file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        };
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(input: &str, parameters_file: &str) -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        serve_lines(input.as_bytes(), &mut out, parameters_file).expect("writes to memory");
        let text = String::from_utf8(out).expect("utf-8");
        text.lines()
            .map(|line| serde_json::from_str(line).expect("every answer is one JSON line"))
            .collect()
    }

    #[test]
    fn a_bad_line_gets_an_error_line_and_the_next_line_is_still_answered() {
        let got = answers(
            "k.home-start=20\n{niet json\n{\"vraag\": 1}\n{\"query\": \"k.home-start=20\"}\n--ids\n",
            "assets/data/parameters.json",
        );
        assert_eq!(got.len(), 5, "one answer per line: {got:?}");
        // What the one-shot command prints, read back as the tests read it.
        let printed = project_query("k.home-start=20", "assets/data/parameters.json").unwrap();
        let one_shot: serde_json::Value = serde_json::from_str(&printed.to_string()).unwrap();
        assert_eq!(
            got[0], one_shot,
            "a plain query line answers as the one-shot command"
        );
        assert!(
            got[1]["fout"].as_str().unwrap().contains("geen JSON"),
            "{}",
            got[1]
        );
        assert!(
            got[2]["fout"].as_str().unwrap().contains("query"),
            "{}",
            got[2]
        );
        assert_eq!(got[3], one_shot, "a JSON line answers as its query");
        assert_eq!(got[4], ids(), "--ids as a line");
    }

    #[test]
    fn a_missing_parameters_file_is_an_error_per_line_not_a_crash() {
        let got = answers("k.home-start=20\n--ids\n", "bestaat/niet.json");
        assert!(
            got[0]["fout"]
                .as_str()
                .unwrap()
                .contains("bestaat/niet.json"),
            "{}",
            got[0]
        );
        assert_eq!(got[1], ids(), "the ids need no parameters and still come");
    }
}
