//! The provenance stamp every output carries: which Steunwijzer, which data and which scenario
//! made it ("Steunwijzer 0.1.0 · gegevens 2026-12 · 3f9c2a · https://…/scenario?…").
//!
//! The data part is the date the parameter file gives (`gegevens_van`) and a short hash of the
//! exact bytes of the data files the page fetched, so two people who see the same stamp saw the
//! same numbers. A share link records that part as `gegevens=<datum>.<hash>`; opened after the
//! data changed, the page says so. The hash is FNV-1a (64 bits): not cryptographic, it only has
//! to tell versions of our own files apart, and it needs no crate.

use serde::Deserialize;

/// A day in Dutch words, shared with the printed proposal: "6 december 2026".
pub use super::proposal::dutch_date;

/// The app's version: the Cargo package version.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The query key of a link that records the data version.
pub const LINK_KEY: &str = "gegevens";

/// Hexadecimal digits of the short hash: enough to tell a handful of data versions apart.
const SHORT_HASH_DIGITS: usize = 6;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over `bytes`, continuing from `hash` (start with [`FNV_OFFSET`]).
fn fnv1a_continue(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv1a_continue(FNV_OFFSET, bytes)
}

/// Which data a page computed with: the data date and the short hash of the files' bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataVersion {
    /// `YYYY-MM` or `YYYY-MM-DD` from the files' `gegevens_van`; `None` when no file gives one.
    pub date: Option<String>,
    /// Six lower-case hexadecimal digits.
    pub hash: String,
}

#[derive(Deserialize)]
struct Dated {
    gegevens_van: Option<String>,
}

/// The `gegevens_van` of a data file, if it has a well-formed one.
pub fn data_date(json: &[u8]) -> Option<String> {
    // As text, like every other JSON the app reads: one reader in the wasm, not two.
    let date = serde_json::from_str::<Dated>(std::str::from_utf8(json).ok()?)
        .ok()?
        .gegevens_van?;
    is_date(&date).then_some(date)
}

/// `YYYY-MM` or `YYYY-MM-DD`, month 01–12, day 01–31.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let in_range = |p: &str, max: u32| p.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    match parts.as_slice() {
        [year, month] => digits(year, 4) && digits(month, 2) && in_range(month, 12),
        [year, month, day] => {
            digits(year, 4)
                && digits(month, 2)
                && in_range(month, 12)
                && digits(day, 2)
                && in_range(day, 31)
        }
        _ => false,
    }
}

impl DataVersion {
    /// The version of a set of data files, given as (file name, bytes fetched). The order does
    /// not matter; each file's name goes into the hash with its bytes, so moving bytes from one
    /// file to another changes it. The date is the latest any file gives.
    pub fn of_files(files: &[(&str, &[u8])]) -> DataVersion {
        let mut sorted: Vec<&(&str, &[u8])> = files.iter().collect();
        crate::model::order::sort_by_key(&mut sorted, |(name, _)| *name);
        let mut hash = FNV_OFFSET;
        for (name, bytes) in &sorted {
            hash = fnv1a_continue(hash, name.as_bytes());
            hash = fnv1a_continue(hash, &[0]);
            hash = fnv1a_continue(hash, &(bytes.len() as u64).to_le_bytes());
            hash = fnv1a_continue(hash, bytes);
        }
        let date = sorted.iter().filter_map(|(_, b)| data_date(b)).max();
        DataVersion {
            date,
            hash: short_hash(hash),
        }
    }

    /// "gegevens 2026-12 · 3f9c2a" (without a date: "gegevens zonder datum · 3f9c2a").
    pub fn label(&self) -> String {
        match &self.date {
            Some(date) => format!("gegevens {date} · {}", self.hash),
            None => format!("gegevens zonder datum · {}", self.hash),
        }
    }

    /// The value of [`LINK_KEY`] in a link: `2026-12.3f9c2a`, or only the hash without a date.
    pub fn key(&self) -> String {
        match &self.date {
            Some(date) => format!("{date}.{}", self.hash),
            None => self.hash.clone(),
        }
    }

    /// "2026-12 (3f9c2a)": how a message names this version.
    fn named(&self) -> String {
        match &self.date {
            Some(date) => format!("{date} ({})", self.hash),
            None => format!("een versie zonder datum ({})", self.hash),
        }
    }
}

/// The top [`SHORT_HASH_DIGITS`] hexadecimal digits of a 64-bit hash.
fn short_hash(hash: u64) -> String {
    let full = format!("{hash:016x}");
    full[..SHORT_HASH_DIGITS].to_string()
}

/// Reads the value of [`LINK_KEY`]; `None` when it is not a data version.
fn parse_key(value: &str) -> Option<DataVersion> {
    let (date, hash) = match value.rsplit_once('.') {
        Some((date, hash)) => (Some(date), hash),
        None => (None, value),
    };
    let hash_ok = hash.len() == SHORT_HASH_DIGITS
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !hash_ok || date.is_some_and(|d| !is_date(d)) {
        return None;
    }
    Some(DataVersion {
        date: date.map(str::to_string),
        hash: hash.to_string(),
    })
}

/// What a link says about the data it was made with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkData {
    /// The link has no data key (older links, links typed by hand).
    Absent,
    /// The link names a data version.
    Version(DataVersion),
    /// The key is there but its value is not a data version (cut off, edited by hand).
    Garbled(String),
}

/// The data key of a query string (with or without `?`); the first one counts.
pub fn link_data(query: &str) -> LinkData {
    let query = query.strip_prefix('?').unwrap_or(query);
    let Some(value) = query
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == LINK_KEY)
        .map(|(_, value)| value)
    else {
        return LinkData::Absent;
    };
    match parse_key(value) {
        Some(version) => LinkData::Version(version),
        None => LinkData::Garbled(value.to_string()),
    }
}

/// Outside text quoted in a message is cut to this many characters.
const QUOTE_CHARS: usize = 40;

/// The Dutch message for a link's data key, if it needs one: the data changed since the link was
/// made, or the key could not be read (and is left out).
pub fn link_message(query: &str, current: &DataVersion) -> Option<String> {
    match link_data(query) {
        LinkData::Absent => None,
        LinkData::Version(made_with) if made_with.hash == current.hash => None,
        LinkData::Version(made_with) => Some(format!(
            "Deze link is gemaakt met gegevens van {}; Steunwijzer rekent nu met gegevens van {}. \
             Cijfers kunnen daardoor afwijken van wat de maker van de link zag.",
            made_with.named(),
            current.named()
        )),
        LinkData::Garbled(value) => {
            let mut quoted: String = value.chars().take(QUOTE_CHARS).collect();
            if value.chars().count() > QUOTE_CHARS {
                quoted.push('…');
            }
            Some(format!(
                "Het kenmerk van de gegevens in de link (‘{quoted}’) is onleesbaar en is weggelaten; \
                 daarom is niet na te gaan of de gegevens sindsdien zijn veranderd."
            ))
        }
    }
}

/// The query without its data key, for the address bar after a garbled key was dropped.
pub fn without_key(query: &str) -> String {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(LINK_KEY))
        .collect::<Vec<_>>()
        .join("&")
}

/// `link` with the data key of `data` in place of any it had.
pub fn link_with_data(link: &str, data: &DataVersion) -> String {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let rest = without_key(query);
    let key = format!("{LINK_KEY}={}", data.key());
    if rest.is_empty() {
        format!("{path}?{key}")
    } else {
        format!("{path}?{rest}&{key}")
    }
}

/// The stamp of one output: the app, the data, the day it was exported or printed, and the
/// scenario's link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub data: DataVersion,
    /// The full link to the scenario, with its data key (see [`link_with_data`]).
    pub link: String,
    /// "geëxporteerd op 6 december 2026": when a file or paper was made from the page.
    pub made: Option<String>,
}

impl Stamp {
    /// The stamp for a scenario `link` (absolute, with or without a data key) and `data`.
    pub fn new(data: DataVersion, link: &str) -> Stamp {
        let link = link_with_data(link, &data);
        Stamp {
            data,
            link,
            made: None,
        }
    }

    /// The stamp of a file exported on `date` ("6 december 2026", see [`dutch_date`]).
    pub fn exported_on(self, date: &str) -> Stamp {
        Stamp {
            made: Some(format!("geëxporteerd op {date}")),
            ..self
        }
    }

    /// The stamp of paper printed on `date` (the hand-out).
    pub fn printed_on(self, date: &str) -> Stamp {
        Stamp {
            made: Some(format!("afgedrukt op {date}")),
            ..self
        }
    }

    /// The link without scheme and scenario ("steunwijzer.example/scenario"): where a slide
    /// has room for a calm line, not for the whole link (which the hand-out and exports carry).
    pub fn short_link(&self) -> String {
        let without_query = self.link.split(['?', '#']).next().unwrap_or_default();
        without_query
            .split_once("://")
            .map_or(without_query, |(_, rest)| rest)
            .to_string()
    }

    /// "Steunwijzer 0.1.0 · gegevens 2026-12 · 3f9c2a", with the export date when there is one:
    /// the stamp without its link.
    pub fn short(&self) -> String {
        let base = format!("Steunwijzer {APP_VERSION} · {}", self.data.label());
        match &self.made {
            Some(made) => format!("{base} · {made}"),
            None => base,
        }
    }

    /// The whole stamp on one line.
    pub fn text(&self) -> String {
        format!("{} · {}", self.short(), self.link)
    }
}

/// A CSV file with the stamp as its last line, marked `#` as comment lines are, so a reader that
/// skips comments reads the table as before and a spreadsheet shows the line as text.
pub fn stamp_csv(csv: &str, stamp: &Stamp) -> String {
    let mut out = csv.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str("\r\n");
    }
    out.push_str("# ");
    out.push_str(&stamp.text().replace([';', '\r', '\n'], " "));
    out.push_str("\r\n");
    out
}

/// Height in pixels the stamp adds under a chart with a link of one line; each further line of
/// the link adds [`SVG_LINE_HEIGHT`] (see [`svg_footer_height`]).
pub const SVG_FOOTER_HEIGHT: u32 = 34;
const SVG_LINE_HEIGHT: u32 = 14;
/// Average width of a character of the 11 px stamp in pixels, rounded up: how many characters
/// of the link fit on a line of the chart's width.
const SVG_CHAR_WIDTH: u32 = 6;

/// The link in lines that fit `width`: broken after a `&`, `?` or `/` where one is near the end
/// of a line, else anywhere. Joined, the lines are the link, so nothing is cut off.
fn link_lines(link: &str, width: u32) -> Vec<String> {
    let per_line = ((width.saturating_sub(16)) / SVG_CHAR_WIDTH).max(20) as usize;
    let chars: Vec<char> = link.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = (start + per_line).min(chars.len());
        if end < chars.len() {
            // A break at a separator in the last quarter of the line reads better.
            if let Some(at) = (start + per_line * 3 / 4..end)
                .rev()
                .find(|&i| matches!(chars[i], '&' | '?' | '/'))
            {
                end = at + 1;
            }
        }
        lines.push(chars[start..end].iter().collect());
        start = end;
    }
    lines
}

/// The height the stamp adds under a chart `width` pixels wide.
pub fn svg_footer_height(stamp: &Stamp, width: u32) -> u32 {
    let extra = link_lines(&stamp.link, width).len().saturating_sub(1) as u32;
    SVG_FOOTER_HEIGHT + extra * SVG_LINE_HEIGHT
}

/// The number in attribute `name="…"` of a start tag.
fn attribute_number(tag: &str, name: &str) -> Option<u32> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    // Whole pixels: the digits before any decimal point (no float parser in the wasm).
    let value = tag[start..end].trim();
    value[..value.find('.').unwrap_or(value.len())].parse().ok()
}

/// Replaces the value of attribute `name` in a start tag.
fn set_attribute(tag: &str, name: &str, value: &str) -> String {
    let needle = format!(" {name}=\"");
    let Some(found) = tag.find(&needle) else {
        return tag.to_string();
    };
    let start = found + needle.len();
    let Some(length) = tag[start..].find('"') else {
        return tag.to_string();
    };
    format!("{}{value}{}", &tag[..start], &tag[start + length..])
}

/// The chart SVG with the stamp under it: the root grows by [`SVG_FOOTER_HEIGHT`] and two lines
/// of text name the version, the data and the link; `<metadata>` holds the whole stamp. An SVG
/// whose size cannot be read keeps its size and gets only the metadata.
pub fn stamp_svg(svg: &str, stamp: &Stamp) -> String {
    let Some(end) = svg.find('>') else {
        return svg.to_string();
    };
    let (tag, rest) = (&svg[..end], &svg[end..]);
    let Some(close) = rest.rfind("</svg>") else {
        return svg.to_string();
    };
    let metadata = format!(
        "<metadata data-herkomst=\"steunwijzer\">{}</metadata>\n",
        crate::model::format::escape_markup(&stamp.text())
    );
    let (tag, footer) = match (
        attribute_number(tag, "width"),
        attribute_number(tag, "height"),
    ) {
        (Some(width), Some(height)) => {
            let footer_height = svg_footer_height(stamp, width);
            let grown = height + footer_height;
            let tag = set_attribute(tag, "height", &grown.to_string());
            let tag = set_attribute(&tag, "viewBox", &format!("0 0 {width} {grown}"));
            let link: String = link_lines(&stamp.link, width)
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    format!(
                        "<text x=\"8\" y=\"{}\">{}</text>",
                        height + 28 + i as u32 * SVG_LINE_HEIGHT,
                        crate::model::format::escape_markup(line)
                    )
                })
                .collect();
            let footer = format!(
                "<g class=\"herkomst\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#3d3d3d\">\
                 <rect x=\"0\" y=\"{height}\" width=\"{width}\" height=\"{footer_height}\" fill=\"#ffffff\"/>\
                 <text x=\"8\" y=\"{}\">{}</text>{link}</g>\n",
                height + 14,
                crate::model::format::escape_markup(&stamp.short()),
            );
            (tag, footer)
        }
        _ => (tag.to_string(), String::new()),
    };
    format!(
        "{tag}{}{metadata}{footer}{}",
        &rest[..close],
        &rest[close..]
    )
}

/// CRC-32 (ISO-HDLC, as PNG uses) of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xedb8_8320 & mask);
        }
    }
    !crc
}

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

/// The PNG with an `iTXt` chunk (keyword "Source", UTF-8 text) right after its header, so the
/// stamp travels with a pasted image. Bytes that are not a PNG come back unchanged.
pub fn png_with_text(png: &[u8], keyword: &str, text: &str) -> Vec<u8> {
    // Signature, then IHDR: length (4), type (4), 13 data bytes, CRC (4).
    let header_end = PNG_SIGNATURE.len() + 4 + 4 + 13 + 4;
    if png.len() < header_end || png[..8] != PNG_SIGNATURE || &png[12..16] != b"IHDR" {
        return png.to_vec();
    }
    let mut body = b"iTXt".to_vec();
    body.extend_from_slice(keyword.as_bytes());
    // Null separator, no compression, method 0, empty language tag, empty translated keyword.
    body.extend_from_slice(&[0, 0, 0, 0, 0]);
    body.extend_from_slice(text.as_bytes());
    let mut out = Vec::with_capacity(png.len() + body.len() + 8);
    out.extend_from_slice(&png[..header_end]);
    out.extend_from_slice(&((body.len() - 4) as u32).to_be_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out.extend_from_slice(&png[header_end..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(files: &[(&str, &str)]) -> DataVersion {
        let bytes: Vec<(&str, &[u8])> = files.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
        DataVersion::of_files(&bytes)
    }

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        // From the FNV reference (Fowler, Noll, Vo): the empty string, "a" and "foobar".
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn crc32_matches_the_check_value() {
        // The standard check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xcbf43926);
    }

    #[test]
    fn the_data_version_follows_every_byte_and_not_the_order_of_files() {
        let a = version(&[("parameters.json", "{\"x\":1}"), ("collectief.json", "{}")]);
        let b = version(&[("collectief.json", "{}"), ("parameters.json", "{\"x\":1}")]);
        assert_eq!(a, b);
        assert_eq!(a.hash.len(), 6);
        assert!(a.hash.bytes().all(|c| c.is_ascii_hexdigit()));
        let changed = version(&[("parameters.json", "{\"x\":2}"), ("collectief.json", "{}")]);
        assert_ne!(a.hash, changed.hash);
        // The same bytes under the other name are other data.
        let swapped = version(&[("parameters.json", "{}"), ("collectief.json", "{\"x\":1}")]);
        assert_ne!(a.hash, swapped.hash);
    }

    #[test]
    fn the_real_data_files_have_a_date_and_a_stable_hash() {
        let read = |name: &str| std::fs::read(format!("assets/data/{name}")).unwrap();
        let (table, params) = (read("collectief.json"), read("parameters.json"));
        let files = [
            ("collectief.json", table.as_slice()),
            ("parameters.json", params.as_slice()),
        ];
        let first = DataVersion::of_files(&files);
        assert_eq!(first, DataVersion::of_files(&files));
        let date = first.date.clone().expect("parameters.json names its date");
        assert!(is_date(&date), "{date}");
        assert_eq!(first.label(), format!("gegevens {date} · {}", first.hash));
    }

    #[test]
    fn a_date_must_be_a_month_or_a_day() {
        assert_eq!(
            data_date(br#"{"gegevens_van":"2026-11"}"#).as_deref(),
            Some("2026-11")
        );
        assert_eq!(
            data_date(br#"{"gegevens_van":"2026-11-30"}"#).as_deref(),
            Some("2026-11-30")
        );
        for bad in ["2026-13", "26-11", "november", "2026-11-32", ""] {
            let json = format!("{{\"gegevens_van\":\"{bad}\"}}");
            assert_eq!(data_date(json.as_bytes()), None, "{bad}");
        }
        assert_eq!(data_date(b"{}"), None);
        assert_eq!(data_date(b"not json"), None);
    }

    fn current() -> DataVersion {
        DataVersion {
            date: Some("2026-12".into()),
            hash: "3f9c2a".into(),
        }
    }

    #[test]
    fn the_stamp_names_app_data_and_link() {
        let stamp = Stamp::new(
            current(),
            "https://steunwijzer.example/scenario?k.home-start=20",
        );
        assert_eq!(
            stamp.text(),
            format!(
                "Steunwijzer {APP_VERSION} · gegevens 2026-12 · 3f9c2a · \
                 https://steunwijzer.example/scenario?k.home-start=20&gegevens=2026-12.3f9c2a"
            )
        );
        assert_eq!(APP_VERSION, env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn a_link_gets_one_data_key_in_place_of_an_old_one() {
        let data = current();
        assert_eq!(
            link_with_data("/scenario", &data),
            "/scenario?gegevens=2026-12.3f9c2a"
        );
        assert_eq!(
            link_with_data("/scenario?gegevens=2025-01.aaaaaa&k.home-start=20", &data),
            "/scenario?k.home-start=20&gegevens=2026-12.3f9c2a"
        );
    }

    #[test]
    fn a_link_from_the_same_data_says_nothing() {
        let link = link_with_data("/scenario?k.home-start=20", &current());
        let query = link.split_once('?').unwrap().1;
        assert_eq!(link_data(query), LinkData::Version(current()));
        assert_eq!(link_message(query, &current()), None);
        assert_eq!(link_message("k.home-start=20", &current()), None);
    }

    #[test]
    fn a_link_from_other_data_says_which() {
        let message = link_message("k.home-start=20&gegevens=2026-11.0a0b0c", &current()).unwrap();
        assert!(
            message.starts_with("Deze link is gemaakt met gegevens van 2026-11 (0a0b0c)"),
            "{message}"
        );
        assert!(
            message.contains("nu met gegevens van 2026-12 (3f9c2a)"),
            "{message}"
        );
        let undated = link_message("gegevens=0a0b0c", &current()).unwrap();
        assert!(
            undated.contains("een versie zonder datum (0a0b0c)"),
            "{undated}"
        );
    }

    #[test]
    fn a_garbled_data_key_gets_a_message_and_is_dropped() {
        for garbled in [
            "2026-11.3f9c",
            "2026-1x.3f9c2a",
            "3F9C2A",
            "",
            "%3Cb%3E.3f9c2a",
        ] {
            let query = format!("k.home-start=20&gegevens={garbled}");
            assert_eq!(link_data(&query), LinkData::Garbled(garbled.to_string()));
            let message = link_message(&query, &current()).unwrap();
            assert!(message.contains("onleesbaar en is weggelaten"), "{message}");
            assert_eq!(without_key(&query), "k.home-start=20");
        }
        let long = format!("gegevens={}", "x".repeat(200));
        assert!(link_message(&long, &current()).unwrap().contains("xxx…"));
    }

    #[test]
    fn a_stamped_csv_keeps_its_table_and_ends_with_the_stamp() {
        let stamp = Stamp::new(current(), "https://s.example/scenario?naam=a%3Bb");
        let csv = stamp_csv("\"Jaar\";\"Kosten\"\r\n2027;10,00\r\n", &stamp);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[..2], ["\"Jaar\";\"Kosten\"", "2027;10,00"]);
        assert_eq!(lines[2], format!("# {}", stamp.text()));
        assert!(!lines[2].contains(';'));
    }

    #[test]
    fn a_stamped_svg_grows_by_the_footer_and_shows_the_stamp() {
        let svg = "<svg width=\"720\" height=\"400\" viewBox=\"0 0 720 400\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">\n<title>T</title>\n<rect/>\n</svg>\n";
        let stamp = Stamp::new(current(), "https://s.example/scenario?naam=%3Cb%3E&x=1");
        let out = stamp_svg(svg, &stamp);
        let grown = 400 + SVG_FOOTER_HEIGHT;
        assert!(
            out.starts_with(&format!(
                "<svg width=\"720\" height=\"{grown}\" viewBox=\"0 0 720 {grown}\""
            )),
            "{out}"
        );
        assert!(out.contains(&format!(
            ">{}</text>",
            crate::model::format::escape_markup(&stamp.short())
        )));
        assert!(out.contains("&amp;x=1"), "the link is escaped: {out}");
        assert!(out.contains("<metadata data-herkomst=\"steunwijzer\">"));
        assert!(out.trim_end().ends_with("</g>\n</svg>"), "{out}");
        assert_eq!(out.matches("<svg").count(), 1);
    }

    #[test]
    fn a_long_link_under_a_chart_is_shown_whole_over_several_lines() {
        let svg = "<svg width=\"720\" height=\"400\" viewBox=\"0 0 720 400\" xmlns=\"http://www.w3.org/2000/svg\">\n<rect/>\n</svg>\n";
        let query: String = (0..40).map(|i| format!("&a.p{i}=0.{i}")).collect();
        let stamp = Stamp::new(
            current(),
            &format!("https://s.example/scenario?k.home-start=20{query}"),
        );
        assert!(stamp.link.len() > 300);
        let out = stamp_svg(svg, &stamp);
        assert!(!out.contains('…'), "{out}");
        // The link lines, joined, are the whole link.
        let footer = &out[out.find("class=\"herkomst\"").expect("footer")..];
        let lines: Vec<&str> = footer
            .split("<text ")
            .skip(2)
            .map(|t| &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()])
            .collect();
        assert!(lines.len() >= 3, "{lines:?}");
        assert_eq!(
            lines.concat(),
            crate::model::format::escape_markup(&stamp.link)
        );
        let grown = 400 + svg_footer_height(&stamp, 720);
        assert!(grown > 400 + SVG_FOOTER_HEIGHT);
        assert!(
            out.starts_with(&format!("<svg width=\"720\" height=\"{grown}\"")),
            "{out}"
        );
        // Every line ends inside the chart's width (at most as many characters as fit).
        assert!(
            lines
                .iter()
                .all(|l| l.replace("&amp;", "&").chars().count() <= 720 / 6),
            "{lines:?}"
        );
    }

    #[test]
    fn a_slide_shows_the_link_short_and_the_hand_out_its_print_date() {
        let stamp = Stamp::new(
            current(),
            "https://s.example/scenario?k.home-start=20&naam=Zeist",
        );
        assert_eq!(stamp.short_link(), "s.example/scenario");
        let printed = stamp.printed_on("6 december 2026");
        assert!(printed.short().ends_with("· afgedrukt op 6 december 2026"));
    }

    #[test]
    fn an_exported_stamp_names_its_date() {
        assert_eq!(dutch_date(2026, 12, 6), "6 december 2026");
        assert_eq!(dutch_date(2027, 1, 31), "31 januari 2027");
        let stamp =
            Stamp::new(current(), "https://s.example/scenario").exported_on("6 december 2026");
        assert!(
            stamp.short().ends_with("· geëxporteerd op 6 december 2026"),
            "{}",
            stamp.short()
        );
        assert!(stamp
            .text()
            .contains("geëxporteerd op 6 december 2026 · https://"));
        let csv = stamp_csv("a\r\n", &stamp);
        assert!(csv.contains("geëxporteerd op 6 december 2026"), "{csv}");
        let svg = "<svg width=\"720\" height=\"400\" viewBox=\"0 0 720 400\">\n</svg>\n";
        assert!(stamp_svg(svg, &stamp).contains("geëxporteerd op 6 december 2026</text>"));
    }

    #[test]
    fn a_png_carries_the_stamp_in_a_valid_chunk() {
        // A minimal PNG's first bytes: signature and a 1 × 1 header, then an end chunk.
        let mut png = PNG_SIGNATURE.to_vec();
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
        png.extend_from_slice(&13u32.to_be_bytes());
        png.extend_from_slice(&ihdr);
        png.extend_from_slice(&crc32(&ihdr).to_be_bytes());
        let iend = [0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xae, 0x42, 0x60, 0x82];
        png.extend_from_slice(&iend);

        let text = "Steunwijzer 0.1.0 · gegevens 2026-12 · 3f9c2a";
        let out = png_with_text(&png, "Source", text);
        assert_eq!(out[..33], png[..33]);
        assert_eq!(out[out.len() - 12..], iend);
        let length = u32::from_be_bytes(out[33..37].try_into().unwrap()) as usize;
        let chunk = &out[37..37 + 4 + length];
        assert_eq!(&chunk[..4], b"iTXt");
        assert!(chunk.ends_with(text.as_bytes()));
        let crc = u32::from_be_bytes(out[41 + length..45 + length].try_into().unwrap());
        assert_eq!(crc, crc32(chunk));
        assert_eq!(png_with_text(b"GIF89a", "Source", text), b"GIF89a");
    }
}
