//! Code health: no source document's title and no figure from the sources is written in the
//! program's code. Titles live in `assets/data/documents.json`, figures in the two data files,
//! each with its source; code that types them again can drift from them (and did: the sources
//! slide once printed the discount rate as a fixed "2,25%").
//!
//! The test reads every `.rs` file under `src/`, drops comments and test code (`#[cfg(test)]`
//! items and test-only modules), and checks the string and number literals that remain.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use steunwijzer::data::documents::documents;

/// Figures from the sources (FACTS.md and the data files), as numbers.
const SOURCE_FIGURES: [f64; 22] = [
    2000.0, 2175.0, 2200.0, 2250.0, 2350.0, 2375.0, 2500.0, // prices per match
    12_000.0, 15_000.0, 18_000.0, 45_000.0, 65_000.0, 85_000.0, // avoided costs
    3500.0, 58_000.0, 500_000.0, // Dilany, Meppel, the claim per coordinator
    750.0, 50_000.0, 0.015,  // volunteers' wellbeing: € 750 = 0,015 QALY × € 50.000
    0.125,  // AEF: 1 in 8
    0.0225, // the discount rate
    2.25,   // the discount rate in percent
];

/// The same figures as they appear in Dutch text.
const SOURCE_FIGURES_IN_TEXT: [&str; 14] = [
    "2.000", "2.175", "2.200", "2.250", "2.350", "2.375", "2.500", "12.000", "18.000", "45.000",
    "85.000", "12,5%", "2,25", "0,125",
];

/// Literals that look like a source figure but are something else, or are left for another
/// change; each with the file and why. An entry that no longer matches fails the test, so the
/// list cannot go stale.
const EXCEPTIONS: [(&str, &str, &str); 3] = [
    (
        "src/data/url_scenario.rs",
        "2000",
        "the earliest first year a link may name: a calendar year, not a price",
    ),
    (
        "src/model/scenario.rs",
        "2200",
        "the latest first year a scenario may have: a calendar year, not a price",
    ),
    (
        "src/data/number_input.rs",
        "2.350",
        "an example of a number with a thousands mark in a hint about typing numbers",
    ),
];

#[test]
fn no_document_title_or_source_figure_is_written_in_code() {
    let titles: Vec<String> = documents()
        .documents
        .iter()
        .map(|d| d.title.clone())
        .collect();
    assert!(titles.len() >= 5, "the document list is loaded");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rust_files(&root.join("src"));
    let test_only = test_only_files(&files);
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !test_only.contains(*f)) {
        let name = file
            .strip_prefix(root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let code = without_test_code(&std::fs::read_to_string(file).expect("readable"));
        for literal in literals(&code) {
            let hits: Vec<String> = match &literal {
                Literal::Text(text) => titles
                    .iter()
                    .filter(|t| text.contains(t.as_str()))
                    .cloned()
                    .chain(
                        SOURCE_FIGURES_IN_TEXT
                            .iter()
                            .filter(|f| contains_figure(text, f))
                            .map(|f| f.to_string()),
                    )
                    .map(|hit| {
                        if hit == *text {
                            hit
                        } else {
                            format!("{hit} in \"{text}\"")
                        }
                    })
                    .collect(),
                Literal::Number(token, value) => SOURCE_FIGURES
                    .iter()
                    .filter(|f| (*f - value).abs() < 1e-12)
                    .map(|_| token.clone())
                    .collect(),
            };
            for hit in hits {
                found.push((name.clone(), hit));
            }
        }
    }
    let excepted = |(file, hit): &(String, String)| {
        EXCEPTIONS.iter().any(|(f, literal, _)| {
            f == file && (hit == literal || hit.starts_with(&format!("{literal} in ")))
        })
    };
    let unexplained: Vec<_> = found.iter().filter(|h| !excepted(h)).collect();
    assert!(
        unexplained.is_empty(),
        "source titles or figures written in code (read them from the data files or the \
         document list instead): {unexplained:#?}"
    );
    for (file, literal, why) in EXCEPTIONS {
        assert!(
            found.iter().any(|(f, hit)| f == file
                && (hit == literal || hit.starts_with(&format!("{literal} in ")))),
            "the exception for {literal:?} in {file} ({why}) no longer matches: remove it"
        );
    }
}

#[test]
fn the_scanner_sees_literals_and_skips_comments_and_tests() {
    let code = r##"
        // 2350 in a comment
        /// "Zorg voor elkaar" in a doc comment
        /* 0.125 in a block */
        fn f() -> (f64, &'static str, &'static str) { (2_350.0, "€ 2.350 per jaar", r#"raw "2,25""#) }
        #[cfg(test)]
        mod tests { fn g() -> f64 { 12_000.0 } }
        fn h() -> char { '"' }
    "##;
    let kept = without_test_code(code);
    let found: Vec<Literal> = literals(&kept);
    assert_eq!(
        found,
        vec![
            Literal::Number("2_350.0".into(), 2350.0),
            Literal::Text("€ 2.350 per jaar".into()),
            Literal::Text("raw \"2,25\"".into()),
        ]
    );
    assert!(contains_figure("€ 2.350 per jaar", "2.350"));
    assert!(!contains_figure("€ 12.350", "2.350"));
    assert!(!contains_figure("2.3500", "2.350"));
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Files declared as `#[cfg(test)] mod name;` in their parent module.
fn test_only_files(files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(file).expect("readable");
        let dir = match file.file_name().and_then(|n| n.to_str()) {
            Some("mod.rs" | "lib.rs" | "main.rs") => file.parent().unwrap().to_path_buf(),
            _ => file.with_extension(""),
        };
        let mut rest = text.as_str();
        while let Some(at) = rest.find("#[cfg(test)]") {
            rest = &rest[at + "#[cfg(test)]".len()..];
            let item = rest.trim_start();
            let item = item
                .strip_prefix("pub(crate) ")
                .or_else(|| item.strip_prefix("pub "))
                .unwrap_or(item);
            if let Some(decl) = item.strip_prefix("mod ") {
                if let Some((name, _)) = decl.split_once(';') {
                    if !name.contains('{') {
                        out.insert(dir.join(format!("{}.rs", name.trim())));
                    }
                }
            }
        }
    }
    out
}

/// The code without comments and without the items that follow `#[cfg(test)]`. String and
/// char literals are kept as they are, so a `//` or a brace inside one does not confuse it.
fn without_test_code(code: &str) -> String {
    let uncommented = without_comments(code);
    let mut out = String::new();
    let mut rest = uncommented.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // Skip the item: up to its `;` or its balanced braces, whichever comes first.
        let mut depth = 0usize;
        let mut end = rest.len();
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => skip_string(&mut chars),
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn skip_string(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) {
    while let Some((_, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => return,
            _ => {}
        }
    }
}

fn without_comments(code: &str) -> String {
    let bytes: Vec<char> = code.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < bytes.len() && !(bytes[i] == '*' && bytes[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !ident_before(&bytes, i) {
            let start = i;
            i += 1;
            let mut hashes = 0;
            while bytes.get(i) == Some(&'#') {
                hashes += 1;
                i += 1;
            }
            if bytes.get(i) == Some(&'"') {
                i += 1;
                loop {
                    if i >= bytes.len() {
                        break;
                    }
                    if bytes[i] == '"' && (0..hashes).all(|k| bytes.get(i + 1 + k) == Some(&'#')) {
                        i += 1 + hashes;
                        break;
                    }
                    i += 1;
                }
            }
            out.extend(&bytes[start..i.min(bytes.len())]);
        } else if c == '"' {
            let start = i;
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                if bytes[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.extend(&bytes[start..i.min(bytes.len())]);
        } else if c == '\'' && bytes.get(i + 2) == Some(&'\'') {
            // A char literal such as '"': keep it whole so its quote starts no string.
            out.extend(&bytes[i..i + 3]);
            i += 3;
        } else if c == '\'' && next == Some('\\') {
            let start = i;
            i += 2;
            while i < bytes.len() && bytes[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.extend(&bytes[start..i.min(bytes.len())]);
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

#[derive(Debug, Clone, PartialEq)]
enum Literal {
    Text(String),
    /// The token as written, and its value.
    Number(String, f64),
}

/// String literals (their content, escapes and line continuations resolved roughly) and
/// numeric literals.
fn literals(code: &str) -> Vec<Literal> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == 'r' && matches!(chars.get(i + 1), Some('"' | '#')) && !ident_before(&chars, i) {
            i += 1;
            let mut hashes = 0;
            while chars.get(i) == Some(&'#') {
                hashes += 1;
                i += 1;
            }
            if chars.get(i) != Some(&'"') {
                continue;
            }
            i += 1;
            let start = i;
            while i < chars.len()
                && !(chars[i] == '"' && (0..hashes).all(|k| chars.get(i + 1 + k) == Some(&'#')))
            {
                i += 1;
            }
            out.push(Literal::Text(chars[start..i].iter().collect()));
            i += 1 + hashes;
        } else if c == '"' {
            i += 1;
            let mut text = String::new();
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                    match chars.get(i) {
                        // A line continuation: the newline and the next line's indent vanish.
                        Some('\n') => {
                            while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                i += 1;
                            }
                        }
                        Some('n') => text.push('\n'),
                        Some(other) => text.push(*other),
                        None => {}
                    }
                } else {
                    text.push(chars[i]);
                }
                i += 1;
            }
            out.push(Literal::Text(text));
            i += 1;
        } else if c == '\'' {
            // A char literal ('"', '\n') or a lifetime ('static): neither holds a figure.
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else {
                i += 1;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
            }
        } else if c.is_ascii_digit() && !ident_before(&chars, i) {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric()
                    || chars[i] == '_'
                    || (chars[i] == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())))
            {
                i += 1;
            }
            let token: String = chars[start..i].iter().collect();
            let digits = token.replace('_', "");
            let suffixes = [
                "f64", "f32", "usize", "u64", "u32", "u16", "u8", "i64", "i32",
            ];
            let digits = suffixes
                .iter()
                .find_map(|s| digits.strip_suffix(s))
                .unwrap_or(&digits);
            if let Ok(value) = digits.parse::<f64>() {
                out.push(Literal::Number(token, value));
            }
        } else if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `text` holds `figure` as a number of its own (not inside a longer number).
fn contains_figure(text: &str, figure: &str) -> bool {
    let number_char = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    text.match_indices(figure).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + figure.len()..].chars().next();
        !before.is_some_and(number_char) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}
