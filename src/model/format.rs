//! Dutch number formats: `€ 2.350`, `€ 1,2 mln`, `12,5%`, `0–23 jaar`, ranges with an en dash.
//!
//! All functions are pure. Rounding is to the nearest value, halves away from zero (`€ 2,50` →
//! `€ 3`), the way people round by hand. Negative numbers get a real minus sign (U+2212), and a
//! value that rounds to zero never shows a minus ("−0").
//!
//! **An amount never breaks over two lines.** The space after "€" is a no-break space (U+00A0)
//! and a word joiner (U+2060) holds the minus sign to the euro sign (`−⁠€ 1.200`), so no line on
//! a phone, a slide or in a pasted programme text ends in "€" or "−". Word and the browsers keep
//! both characters as they are meant; what must be plain text (CSV cells, file names) passes
//! through [`plain`].
//!
//! **One rounding rule per figure.** A figure that rests on assumptions (every result of a
//! projection: costs, avoided costs, net result, their ranges, per year or in total) is shown
//! with [`euro_rounded`] wherever it appears: card, chart label, data table, sentence, slide,
//! programme text; ranges of such figures with [`euro_rounded_range`]. Only prices as the
//! sources give them (`€ 2.350 per koppeling`) are shown to the euro, with [`euro`] and
//! [`euro_range`]; the CSV keeps the unrounded numbers. Shares follow [`share`]: a value as
//! given (`2,25%`, `12,5%`) stays as it is, any other is a whole percent from 10% up, has one
//! decimal from 1% and at most two below 1%.
//!
//! Non-finite input (NaN, ±infinity) never reaches a user as "NaN" or "inf": every function then
//! returns [`NO_VALUE`], an en dash (`–`); [`one_in`] returns `None`.

/// Shown instead of a value that is not a number (NaN or infinite): an en dash.
pub const NO_VALUE: &str = "–";
/// The minus sign (U+2212), not a hyphen.
const MINUS: char = '\u{2212}';
/// The space between "€" and its amount: a no-break space (U+00A0).
pub const EURO_SPACE: char = '\u{a0}';
/// Holds the minus sign to the euro sign (U+2060 word joiner): browsers may break between them.
pub const JOINER: char = '\u{2060}';

/// "€ " with its no-break space, and "−⁠€ " for a negative amount.
fn euro_sign(negative: bool) -> String {
    if negative {
        format!("{MINUS}{JOINER}€{EURO_SPACE}")
    } else {
        format!("€{EURO_SPACE}")
    }
}

/// Text from the data files with its amounts kept on one line as [`euro`] keeps them: the space
/// after each "€" becomes a no-break space, and a minus sign is held to the euro sign.
pub fn amounts_together(text: &str) -> String {
    text.replace("€ ", &format!("€{EURO_SPACE}"))
        .replace(&format!("{MINUS}€"), &format!("{MINUS}{JOINER}€"))
}

/// A Dutch list: "a", "a en b", "a, b en c".
pub fn listed<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} en {}", init.join(", "), last.as_ref())
        }
    }
}

/// A count as Dutch prose writes it: in words up to twelve ("vier"), in digits above.
pub fn counted(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// Text as the content or an attribute value of HTML, SVG or XML: what a user typed (a name, the
/// municipality's note) never becomes markup. `&#39;` rather than `&apos;`, which older HTML
/// readers (word processors pasting the annex) do not know.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` with plain spaces and without word joiners, for what must be plain text: CSV cells
/// and comparisons in tests. `plain("−⁠€ 1.200")` is `"−€ 1.200"` with an ordinary space.
pub fn plain(text: &str) -> String {
    text.replace(EURO_SPACE, " ").replace(JOINER, "")
}

/// `value` rounded to `decimals` decimals, halves away from zero, as a plain digit string with a
/// point (`"1234.50"`, `"-0.00"` possible). Only for finite values.
fn rounded_digits(value: f64, decimals: usize) -> String {
    // Pre-round with `f64::round` (halves away from zero); `format!` alone rounds exact halves to
    // even. Skipped where scaling would lose the value (huge numbers or many decimals).
    let value = match i32::try_from(decimals) {
        Ok(d) if d <= 15 => {
            let scale = 10f64.powi(d);
            let scaled = value * scale;
            if scaled.is_finite() && scaled.abs() < 9.0e15 {
                scaled.round() / scale
            } else {
                value
            }
        }
        _ => value,
    };
    format!("{value:.decimals$}")
}

/// Whether a digit string such as `"-0.00"` or `"0"` is zero.
fn is_zero(digits: &str) -> bool {
    digits.chars().all(|c| matches!(c, '0' | '.' | '-'))
}

/// Groups a string of digits with dots: `"1234567"` → `"1.234.567"`.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A number with `decimals` decimals, Dutch style: `1234.5` → `"1.234,5"`, `-2.0` → `"−2"`.
///
/// Dots group thousands, a comma marks the decimals, a negative value gets a minus sign (U+2212)
/// unless it rounds to zero. Non-finite input gives [`NO_VALUE`].
pub fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    let digits = rounded_digits(value.abs(), decimals);
    let (whole, fraction) = digits.split_once('.').unwrap_or((&digits, ""));
    let sign = if value < 0.0 && !is_zero(&digits) {
        MINUS.to_string()
    } else {
        String::new()
    };
    let grouped = group_thousands(whole);
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

/// A whole number: `1234.4` → `"1.234"`. Non-finite input gives [`NO_VALUE`].
pub fn integer(value: f64) -> String {
    number(value, 0)
}

/// A count rounded to hundreds, as the texts give volunteers' hours: `12_345.0` → `"12.300"`.
/// Non-finite input gives [`NO_VALUE`].
pub fn hundreds(value: f64) -> String {
    integer((value / 100.0).round() * 100.0)
}

/// Whole euros: `2350.0` → `"€ 2.350"`, `-1200.0` → `"−€ 1.200"` (minus sign U+2212 before the
/// euro sign). Rounded to whole euros; an amount that rounds to zero is `"€ 0"`. Non-finite input
/// gives [`NO_VALUE`].
pub fn euro(value: f64) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    let amount = integer(value.abs());
    format!("{}{amount}", euro_sign(value < 0.0 && amount != "0"))
}

/// Euros with `decimals` decimals, for amounts per inhabitant: `3.4812` with 2 → `"€ 3,48"`.
/// Non-finite input gives [`NO_VALUE`].
pub fn euro_decimals(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    let amount = number(value.abs(), decimals);
    let zero = !amount.chars().any(|c| c.is_ascii_digit() && c != '0');
    format!("{}{amount}", euro_sign(value < 0.0 && !zero))
}

/// Euros for headlines and chart axes: `"€ 12,5 mld"` from one billion (10⁹), `"€ 1,2 mln"` from
/// one million, below that whole euros as [`euro`] (`"€ 250.000"`). Millions and billions get
/// one decimal, left out when it is zero (`"€ 2 mln"`). The unit follows the rounded amount, so
/// `999.999,6` is `"€ 1 mln"`, not `"€ 1.000.000"`. Non-finite input gives [`NO_VALUE`].
pub fn euro_compact(value: f64) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    let magnitude = value.abs();
    // The unit is chosen on the amount as it will be shown: 999,96 mln becomes "1 mld".
    // Read off the digits, not parsed back: parsing would bring core's float parser into the wasm.
    let shows_one_or_more = |scale: f64| {
        rounded_digits(magnitude / scale, 1)
            .split('.')
            .next()
            .is_some_and(|whole| whole.bytes().any(|b| b != b'0'))
    };
    let (scaled, suffix) = if shows_one_or_more(1e9) {
        (magnitude / 1e9, "\u{a0}mld")
    } else if shows_one_or_more(1e6) && magnitude.round() >= 1e6 {
        (magnitude / 1e6, "\u{a0}mln")
    } else {
        return euro(value);
    };
    let shown = number(scaled, 1);
    let shown = shown.strip_suffix(",0").unwrap_or(&shown);
    format!("{}{shown}{suffix}", euro_sign(value < 0.0))
}

/// Euros without false precision, for figures that rest on assumptions and for chart labels:
/// from a billion `€ 9,5 mld`, from a million `€ 1,2 mln`; from 100.000 to whole thousands (`€ 254.000`); from 10.000 to
/// hundreds (`€ 52.300`); below that whole euros.
pub fn euro_rounded(value: f64) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    match rounding_step(value.abs()) {
        Some(step) => euro((value / step).round() * step),
        // From 999.950.000 on, one decimal of millions would already give a thousand millions.
        None if value.abs() >= 999_950_000.0 => euro_scaled(value, 1e9, "mld"),
        None => euro_scaled(value, 1e6, "mln"),
    }
}

/// The step [`euro_rounded`] rounds an amount of this size to; `None` from 999.500 on, where
/// rounding to thousands would already give a million and millions are shown instead.
fn rounding_step(magnitude: f64) -> Option<f64> {
    match magnitude {
        v if v >= 999_500.0 => None,
        v if v >= 100_000.0 => Some(1000.0),
        v if v >= 10_000.0 => Some(100.0),
        _ => Some(1.0),
    }
}

/// The two ends of a range of results, rounded alike: both to the step [`euro_rounded`] takes
/// for the larger end, so a range never reads "−€ 196.000 – € 8.733" (`(−€ 196.000, € 9.000)`).
/// Ends of a million or more are each shown in millions as [`euro_rounded`] does.
pub fn euro_rounded_pair(low: f64, high: f64) -> (String, String) {
    match rounding_step(low.abs().max(high.abs())) {
        Some(step) if low.is_finite() && high.is_finite() => (
            euro((low / step).round() * step),
            euro((high / step).round() * step),
        ),
        _ => (euro_rounded(low), euro_rounded(high)),
    }
}

/// Millions or billions with one decimal, trailing ",0" kept so a column of labels lines up:
/// `€ 1,0 mln`, `€ 9,5 mld`.
fn euro_scaled(value: f64, scale: f64, unit: &str) -> String {
    euro_with_decimals(value, scale, 1, unit)
}

/// `value / scale` with `decimals` decimals (trailing zeros kept), the euro sign before and
/// `unit` after, with no break anywhere: `€ 1,25 mln`. The minus only when a digit is not zero.
pub fn euro_with_decimals(value: f64, scale: f64, decimals: usize, unit: &str) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    let text = number(value.abs() / scale, decimals);
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    format!("{}{text}{EURO_SPACE}{unit}", euro_sign(negative))
}

/// A range of amounts with an en dash between spaces: `"€ 2.000 – € 2.350"`; one amount when
/// both ends are the same in whole euros (`"€ 2.200"`). The ends are shown in the order given.
/// If either end is not finite the whole range is [`NO_VALUE`]: half a range would look like a
/// single, certain amount.
pub fn euro_range(low: f64, high: f64) -> String {
    if !low.is_finite() || !high.is_finite() {
        return NO_VALUE.to_string();
    }
    let (low, high) = (euro(low), euro(high));
    if low == high {
        low
    } else {
        format!("{low} – {high}")
    }
}

/// A range of figures that rest on assumptions, both ends rounded alike ([`euro_rounded_pair`]):
/// `"€ 120.000 – € 194.000"`; one amount when both ends round to the same (`"€ 52.300"`).
/// Either end not finite gives [`NO_VALUE`].
pub fn euro_rounded_range(low: f64, high: f64) -> String {
    if !low.is_finite() || !high.is_finite() {
        return NO_VALUE.to_string();
    }
    let (low, high) = euro_rounded_pair(low, high);
    if low == high {
        low
    } else {
        format!("{low} – {high}")
    }
}

/// A share as a percentage, by the one rule for shares: a value as given, with at most two
/// decimals of a percent, stays as it is (`0.0225` → `"2,25%"`, `0.125` → `"12,5%"`); any other
/// share is rounded, to a whole percent from 10% (`2/3` → `"67%"`), to one decimal from 1%
/// (`0.04321` → `"4,3%"`) and to at most two below 1% (`0.003571` → `"0,36%"`). Non-finite input
/// gives [`NO_VALUE`].
pub fn share(share: f64) -> String {
    if !share.is_finite() {
        return NO_VALUE.to_string();
    }
    let hundredths = share * 10_000.0;
    if (hundredths - hundredths.round()).abs() < 1e-6 {
        percent_up_to(share, 2)
    } else if (share * 100.0).abs() >= 9.95 {
        percent(share, 0)
    } else if (share * 100.0).abs() >= 0.995 {
        percent(share, 1)
    } else {
        // So small a share needs two decimals to say anything: 0,357% is not "0,4%".
        percent_up_to(share, 2)
    }
}

/// A share as a percentage with `decimals` decimals: `percent(0.125, 1)` → `"12,5%"`,
/// `percent(0.0225, 2)` → `"2,25%"`. Non-finite input gives [`NO_VALUE`].
pub fn percent(share: f64, decimals: usize) -> String {
    with_percent_sign(number(share * 100.0, decimals))
}

/// `"12,5"` → `"12,5%"`; [`NO_VALUE`] stays as it is.
fn with_percent_sign(shown: String) -> String {
    if shown == NO_VALUE {
        shown
    } else {
        format!("{shown}%")
    }
}

/// At most `max_decimals` decimals, trailing zeros dropped: `12.50` → `"12,5"`, `20.0` →
/// `"20"`, `2.25` → `"2,25"`. For values people type and read back, where "20,0" looks odd.
pub fn number_up_to(value: f64, max_decimals: usize) -> String {
    let shown = number(value, max_decimals);
    if shown.contains(',') {
        shown
            .trim_end_matches('0')
            .trim_end_matches(',')
            .to_string()
    } else {
        shown
    }
}

/// A share as a percentage with at most `max_decimals` decimals: `0.0225` with 2 → `"2,25%"`,
/// `0.1` → `"10%"`.
pub fn percent_up_to(share: f64, max_decimals: usize) -> String {
    with_percent_sign(number_up_to(share * 100.0, max_decimals))
}

/// Ages or years as a range with an en dash: `"0–23 jaar"`; one value when equal (`"18 jaar"`).
pub fn years_range(min: u32, max: u32) -> String {
    if min == max {
        format!("{min} jaar")
    } else {
        format!("{min}–{max} jaar")
    }
}

/// A break-even share in words, meant to stand before "gezinnen": `0.143` → `"1 op de 6"`.
///
/// Every rounding goes towards the more demanding share, so the sentence "the money comes
/// back if 1 in N families …" stays true: 14,7% needed is "1 op de 6" (16,7%), not
/// "1 op de 7" (14,3%), which would promise break-even too early.
///
/// - `None` for a share of zero or less, or a non-finite share: there is nothing to say.
/// - Up to a quarter: "1 op de N", N rounded down.
/// - Above a quarter: tenths rounded up, `0.62` → `"7 op de 10"`; above 90% `"bijna alle"`.
/// - Exactly one: `"alle"`. Above one: `"meer dan alle"`, which honestly says that even if
///   every family were helped it would not be enough.
/// - Below one in a billion: `"minder dan 1 op de 1.000.000.000"`.
pub fn one_in(share: f64) -> Option<String> {
    if !share.is_finite() || share <= 0.0 {
        return None;
    }
    if share > 1.0 {
        return Some("meer dan alle".to_string());
    }
    if share == 1.0 {
        return Some("alle".to_string());
    }
    if share < 1e-9 {
        return Some(format!("minder dan 1 op de {}", integer(1e9)));
    }
    // The tolerance keeps an exact 1/7 at "1 op de 7" despite floating-point noise. From a
    // quarter up, tenths: "1 op de 2" for 34% would overstate the need by half.
    let n = (1.0 / share + 1e-9).floor();
    if n >= 4.0 {
        return Some(format!("1 op de {}", integer(n)));
    }
    let tenths = (share * 10.0 - 1e-9).ceil();
    if tenths >= 10.0 {
        Some("bijna alle".to_string())
    } else {
        Some(format!("{} op de 10", integer(tenths)))
    }
}

/// A break-even share as "N van de 100", meant to stand before "gezinnen": `0.203` →
/// `"21 van de 100"`. The same scale as the percentages beside it (the chart's axis, the
/// central assumption), so the words never contradict a percentage as "1 op de 4" beside 20%
/// did; rounded up, so the sentence "the money comes back if N in 100 families …" stays true.
/// `None` for a share of zero or less, or a non-finite share; above one, "meer dan alle".
pub fn in_a_hundred(share: f64) -> Option<String> {
    if !share.is_finite() || share <= 0.0 {
        return None;
    }
    if share > 1.0 {
        return Some("meer dan alle".to_string());
    }
    // The tolerance keeps an exact 20% at 20 despite floating-point noise.
    let n = (share * 100.0 - 1e-9).ceil().max(1.0);
    Some(format!("{} van de 100", integer(n)))
}

/// A number for CSV files, international form: point as decimal mark and no thousands
/// separator, `csv_number(1234.5, 2)` → `"1234.50"`; a minus is an ASCII hyphen (`"-3.00"`), and
/// a value that rounds to zero is unsigned. Non-finite input gives [`NO_VALUE`] (`–`), like
/// every function here, so an export never contains "NaN" or "inf".
pub fn csv_number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return NO_VALUE.to_string();
    }
    let text = rounded_digits(value, decimals);
    if is_zero(&text) {
        text.trim_start_matches('-').to_string()
    } else {
        text
    }
}

/// Letter case for Dutch text without the standard library's Unicode case tables (about 24 KB of
/// wasm): ASCII and the Latin-1 letters (`É` ↔ `é`, `Ë` ↔ `ë`, …), which hold every letter
/// Dutch writes. Any other character is kept as it is.
pub fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' | '\u{c0}'..='\u{de}' if c != '\u{d7}' => {
            char::from_u32(c as u32 + 32).unwrap_or(c)
        }
        _ => c,
    }
}

/// The upper-case counterpart of [`lower_char`]; `ß`, `ÿ` and `µ`, whose capitals lie outside
/// Latin-1, are kept.
fn upper_char(c: char) -> char {
    match c {
        'a'..='z' | '\u{e0}'..='\u{fe}' if c != '\u{f7}' => {
            char::from_u32(c as u32 - 32).unwrap_or(c)
        }
        _ => c,
    }
}

/// `text` in lower case (Dutch letters; see [`lower_char`]).
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// "Jeugdhulp (Jeugdwet)" → "jeugdhulp (Jeugdwet)": only the first letter, for inside a sentence
/// (names further on keep their capitals).
pub fn first_lowercase(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| std::iter::once(lower_char(first)).chain(chars).collect())
        .unwrap_or_default()
}

/// "het aantal" → "Het aantal".
pub fn first_uppercase(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| std::iter::once(upper_char(first)).chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // The amounts as a reader sees them, with plain spaces: the no-break characters are checked
    // once, in `an_amount_never_breaks_after_its_sign`.
    fn euro(v: f64) -> String {
        plain(&super::euro(v))
    }
    fn euro_rounded(v: f64) -> String {
        plain(&super::euro_rounded(v))
    }
    fn euro_compact(v: f64) -> String {
        plain(&super::euro_compact(v))
    }
    fn euro_range(low: f64, high: f64) -> String {
        plain(&super::euro_range(low, high))
    }

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(
            escape_markup(r#"<b a="1">Tom & 'Jerry'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn letter_case_follows_the_standard_library_for_every_dutch_letter() {
        for c in '\0'..='\u{ff}' {
            let lower: String = c.to_lowercase().collect();
            assert_eq!(lowercase(&c.to_string()), lower, "{c:?}");
            if !matches!(c, 'ß' | 'ÿ' | 'µ') {
                let upper: String = c.to_uppercase().collect();
                assert_eq!(first_uppercase(&c.to_string()), upper, "{c:?}");
            }
        }
        assert_eq!(lowercase("ÉÉN Ëlla IJssel"), "één ëlla ijssel");
        assert_eq!(first_lowercase("Één Home-Start"), "één Home-Start");
        assert_eq!(first_uppercase("één Home-Start"), "Één Home-Start");
        assert_eq!(first_uppercase("ijssel"), "Ijssel");
        assert_eq!(first_lowercase(""), "");
        assert_eq!(lowercase("Ωmega ß"), "Ωmega ß");
    }

    #[test]
    fn an_amount_never_breaks_after_its_sign() {
        let minus_euro = "\u{2212}\u{2060}€\u{a0}";
        assert_eq!(super::euro(2350.0), "€\u{a0}2.350");
        assert_eq!(super::euro(-1200.0), format!("{minus_euro}1.200"));
        assert_eq!(
            super::euro_rounded(-152_695.0),
            format!("{minus_euro}153.000")
        );
        assert_eq!(super::euro_rounded(1_174_500.0), "€\u{a0}1,2\u{a0}mln");
        assert_eq!(
            super::euro_compact(-3_400_000.0),
            format!("{minus_euro}3,4\u{a0}mln")
        );
        assert_eq!(euro_decimals(-3.4812, 2), format!("{minus_euro}3,48"));
        assert_eq!(euro_decimals(-0.001, 2), "€\u{a0}0,00");
        assert_eq!(
            super::euro_range(-500.0, 1500.0),
            format!("{minus_euro}500 – €\u{a0}1.500")
        );
        assert_eq!(
            amounts_together("kost € 3.500, saldo \u{2212}€ 2"),
            format!("kost €\u{a0}3.500, saldo {minus_euro}2")
        );
        // Text that must be plain gets ordinary spaces and no joiner.
        assert_eq!(plain(&super::euro(-1200.0)), "\u{2212}€ 1.200");
    }

    #[test]
    fn ranges_of_results_round_each_end_by_the_same_rule() {
        assert_eq!(
            plain(&euro_rounded_range(-196_400.0, 8_733.0)),
            "\u{2212}€ 196.000 – € 9.000"
        );
        let pair = euro_rounded_pair(-120_400.0, -68_940.0);
        assert_eq!(plain(&pair.0), "\u{2212}€ 120.000");
        assert_eq!(plain(&pair.1), "\u{2212}€ 69.000");
        assert_eq!(plain(&euro_rounded_range(52_340.0, 52_260.0)), "€ 52.300");
        assert_eq!(euro_rounded_range(f64::NAN, 1.0), NO_VALUE);
    }

    #[test]
    fn shares_follow_one_rule() {
        assert_eq!(share(2.0 / 3.0), "67%");
        assert_eq!(share(1.0 / 7.0), "14%");
        assert_eq!(share(0.0225), "2,25%");
        assert_eq!(share(0.125), "12,5%");
        assert_eq!(share(0.07), "7%");
        assert_eq!(share(0.043_21), "4,3%");
        assert_eq!(share(0.099_96), "10%");
        assert_eq!(share(0.003_571), "0,36%");
        assert_eq!(share(0.003_004), "0,3%");
        assert_eq!(share(0.75), "75%");
        assert_eq!(share(f64::NAN), NO_VALUE);
    }

    #[test]
    fn rounded_euros_have_no_false_precision() {
        assert_eq!(euro_rounded(203_175.0), "€ 203.000");
        assert_eq!(euro_rounded(52_349.0), "€ 52.300");
        assert_eq!(euro_rounded(-152_695.0), "\u{2212}€ 153.000");
        assert_eq!(euro_rounded(1_174_500.0), "€ 1,2 mln");
        assert_eq!(euro_rounded(999.4), "€ 999");
        assert_eq!(euro_rounded(999_600.0), "€ 1,0 mln");
        assert_eq!(euro_rounded(999_400.0), "€ 999.000");
        // Billions in billions, not in thousands of millions.
        assert_eq!(euro_rounded(-9_546_100_000.0), "\u{2212}€ 9,5 mld");
        assert_eq!(euro_rounded(999_960_000.0), "€ 1,0 mld");
        assert_eq!(euro_rounded(999_940_000.0), "€ 999,9 mln");
        assert_eq!(euro_rounded(f64::NAN), NO_VALUE);
    }

    #[test]
    fn euros_in_dutch() {
        assert_eq!(euro(2350.0), "€ 2.350");
        assert_eq!(euro(0.0), "€ 0");
        assert_eq!(euro(176_000.0), "€ 176.000");
        assert_eq!(euro(-1200.4), "\u{2212}€ 1.200");
        assert_eq!(euro(-0.4), "€ 0");
        assert_eq!(euro(-0.5), "\u{2212}€ 1");
        assert_eq!(euro(2.5), "€ 3", "halves away from zero");
        assert_eq!(euro(999.5), "€ 1.000");
        assert_eq!(euro(1e25), "€ 10.000.000.000.000.000.905.969.664");
        assert_eq!(euro(f64::NAN), "–");
        assert_eq!(euro(f64::NEG_INFINITY), "–");
    }

    #[test]
    fn euro_ranges() {
        assert_eq!(euro_range(2000.0, 2350.0), "€ 2.000 – € 2.350");
        assert_eq!(euro_range(2200.0, 2200.0), "€ 2.200");
        assert_eq!(euro_range(2200.2, 2199.9), "€ 2.200");
        assert_eq!(euro_range(-500.0, 1500.0), "\u{2212}€ 500 – € 1.500");
        assert_eq!(euro_range(f64::NAN, 2350.0), "–");
    }

    #[test]
    fn compact_euros() {
        assert_eq!(euro_compact(1_234_567.0), "€ 1,2 mln");
        assert_eq!(euro_compact(1_000_000.0), "€ 1 mln");
        assert_eq!(euro_compact(2_000_000.0), "€ 2 mln");
        assert_eq!(euro_compact(250_000.0), "€ 250.000");
        assert_eq!(euro_compact(999_999.4), "€ 999.999");
        assert_eq!(euro_compact(999_999.6), "€ 1 mln");
        assert_eq!(euro_compact(999_960_000.0), "€ 1 mld");
        assert_eq!(euro_compact(12_500_000_000.0), "€ 12,5 mld");
        assert_eq!(euro_compact(17_500_000_000.0), "€ 17,5 mld");
        assert_eq!(euro_compact(-3_400_000.0), "\u{2212}€ 3,4 mln");
        assert_eq!(euro_compact(-1200.0), "\u{2212}€ 1.200");
        assert_eq!(euro_compact(f64::INFINITY), "–");
    }

    #[test]
    fn numbers_and_shares() {
        assert_eq!(number(1234.5, 1), "1.234,5");
        assert_eq!(number(1234.5, 2), "1.234,50");
        assert_eq!(number(-1234.5, 1), "\u{2212}1.234,5");
        assert_eq!(number(-0.04, 1), "0,0");
        assert_eq!(number(0.05, 1), "0,1");
        assert_eq!(integer(1_234_567.0), "1.234.567");
        assert_eq!(integer(1234.4), "1.234");
        assert_eq!(integer(999.0), "999");
        assert_eq!(integer(f64::NAN), "–");
        assert_eq!(hundreds(12_345.0), "12.300");
        assert_eq!(hundreds(12_350.0), "12.400");
        assert_eq!(hundreds(40.0), "0");
        assert_eq!(hundreds(f64::INFINITY), "–");
        assert_eq!(percent(0.125, 1), "12,5%");
        assert_eq!(percent(0.0225, 2), "2,25%");
        assert_eq!(percent(1.0, 0), "100%");
        assert_eq!(percent(f64::NAN, 1), "–");
        assert_eq!(percent(f64::MAX, 1), "–", "overflows to infinity");
    }

    #[test]
    fn year_ranges() {
        assert_eq!(years_range(0, 23), "0–23 jaar");
        assert_eq!(years_range(0, 7), "0–7 jaar");
        assert_eq!(years_range(18, 18), "18 jaar");
    }

    #[test]
    fn short_forms_drop_trailing_zeros_only() {
        assert_eq!(number_up_to(12.5, 2), "12,5");
        assert_eq!(number_up_to(20.0, 1), "20");
        assert_eq!(number_up_to(1200.0, 1), "1.200");
        assert_eq!(number_up_to(-0.001, 2), "0");
        assert_eq!(percent_up_to(0.0225, 2), "2,25%");
        assert_eq!(percent_up_to(0.1, 2), "10%");
        assert_eq!(percent_up_to(1.0 / 7.0, 1), "14,3%");
        assert_eq!(percent_up_to(f64::NAN, 1), NO_VALUE);
    }

    #[test]
    fn in_a_hundred_rounds_towards_the_more_demanding_share() {
        assert_eq!(in_a_hundred(0.203).as_deref(), Some("21 van de 100"));
        assert_eq!(in_a_hundred(0.2).as_deref(), Some("20 van de 100"));
        assert_eq!(
            in_a_hundred(2200.0 / 15000.0).as_deref(),
            Some("15 van de 100")
        );
        assert_eq!(in_a_hundred(0.004).as_deref(), Some("1 van de 100"));
        assert_eq!(in_a_hundred(1.0).as_deref(), Some("100 van de 100"));
        assert_eq!(in_a_hundred(1.2).as_deref(), Some("meer dan alle"));
        assert_eq!(in_a_hundred(0.0), None);
        assert_eq!(in_a_hundred(f64::NAN), None);
    }

    #[test]
    fn one_in_never_promises_break_even_too_early() {
        // 14,7% needed: 1 in 7 (14,3%) would not be enough, 1 in 6 (16,7%) is.
        assert_eq!(one_in(2200.0 / 15000.0).as_deref(), Some("1 op de 6"));
        assert_eq!(one_in(1.0 / 7.0).as_deref(), Some("1 op de 7"));
        assert_eq!(one_in(0.125).as_deref(), Some("1 op de 8"));
        assert_eq!(one_in(0.25).as_deref(), Some("1 op de 4"));
        assert_eq!(one_in(0.26).as_deref(), Some("3 op de 10"));
        assert_eq!(one_in(0.34).as_deref(), Some("4 op de 10"));
        assert_eq!(one_in(0.0001).as_deref(), Some("1 op de 10.000"));
        assert_eq!(one_in(0.5).as_deref(), Some("5 op de 10"));
        assert_eq!(one_in(0.51).as_deref(), Some("6 op de 10"));
        assert_eq!(one_in(0.6).as_deref(), Some("6 op de 10"));
        assert_eq!(one_in(0.62).as_deref(), Some("7 op de 10"));
        assert_eq!(one_in(0.9).as_deref(), Some("9 op de 10"));
        assert_eq!(one_in(0.91).as_deref(), Some("bijna alle"));
        assert_eq!(one_in(1.0).as_deref(), Some("alle"));
        assert_eq!(one_in(1.3).as_deref(), Some("meer dan alle"));
        assert_eq!(
            one_in(1e-12).as_deref(),
            Some("minder dan 1 op de 1.000.000.000")
        );
        assert_eq!(one_in(0.0), None);
        assert_eq!(one_in(-0.2), None);
        assert_eq!(one_in(f64::NAN), None);
        assert_eq!(one_in(f64::INFINITY), None);
    }

    #[test]
    fn csv_numbers_are_international() {
        assert_eq!(csv_number(1234.5, 2), "1234.50");
        assert_eq!(csv_number(1_234_567.0, 0), "1234567");
        assert_eq!(csv_number(-3.0, 2), "-3.00");
        assert_eq!(csv_number(-0.001, 2), "0.00");
        assert_eq!(csv_number(2.5, 0), "3");
        assert_eq!(csv_number(f64::INFINITY, 2), "–");
        assert_eq!(csv_number(f64::NAN, 0), "–");
    }

    proptest! {

        #![proptest_config(crate::proptest_seed::config(256))]

        #[test]
        fn never_nan_or_inf_in_text(v in proptest::num::f64::ANY, d in 0usize..20) {
            for text in [
                euro(v), euro_compact(v), number(v, d), integer(v), percent(v, d),
                csv_number(v, d), euro_range(v, 2000.0), one_in(v).unwrap_or_default(),
            ] {
                let lower = text.to_lowercase();
                prop_assert!(!lower.contains("nan") && !lower.contains("inf"), "{}", text);
                prop_assert!(!text.contains("-0") || text.starts_with("-0."), "{}", text);
                prop_assert!(!text.contains("\u{2212}0") || text.contains(','), "{}", text);
            }
        }

        #[test]
        fn grouping_round_trips(n in 0u64..1_000_000_000_000) {
            prop_assert_eq!(integer(n as f64).replace('.', ""), n.to_string());
        }

        #[test]
        fn csv_parses_back(v in -1e12f64..1e12, d in 0usize..6) {
            let text = csv_number(v, d);
            let back: f64 = text.parse().unwrap();
            prop_assert!((back - v).abs() <= 0.5 * 10f64.powi(-(d as i32)) + 1e-3, "{} {}", v, text);
        }
    }

    #[test]
    fn lists_read_as_dutch() {
        assert_eq!(listed(&["a"]), "a");
        assert_eq!(listed(&["a", "b"]), "a en b");
        assert_eq!(listed(&["a", "b", "c"]), "a, b en c");
    }

    #[test]
    fn counts_read_as_words_up_to_twelve() {
        assert_eq!(counted(4), "vier");
        assert_eq!(counted(5), "vijf");
        assert_eq!(counted(12), "twaalf");
        assert_eq!(counted(13), "13");
        assert_eq!(first_uppercase(&counted(4)), "Vier");
        assert_eq!(first_uppercase(""), "");
    }
}
