//! Dutch number formats for the charts: `€ 2.350`, `€ 1,2 mln`, `12,5%`, `1 op de 7`.
//!
//! Chart-specific forms on top of `model::format`, which does the Dutch formatting itself.
//! Non-finite values never reach the page as "NaN": they format as an en dash.

/// Shown for a missing or non-finite value.
pub(crate) const MISSING: &str = "–";

/// The minus sign (U+2212): read as "min" by screen readers, and as wide as a digit.
const MINUS: char = '\u{2212}';

use crate::model::format;

/// A number with `decimals` decimals, Dutch style (see [`format::number`]).
pub(crate) fn decimal(value: f64, decimals: usize) -> String {
    format::number(value, decimals)
}

/// Whole euros: `€ 2.350`, `−€ 2.350`.
pub(crate) fn eur(value: f64) -> String {
    format::euro(value)
}

/// Millions with `decimals` decimals: `€ 1,2 mln`, `−€ 0,25 mln`.
pub(crate) fn eur_mln(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return MISSING.to_string();
    }
    let text = decimal(value.abs() / 1e6, decimals);
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("{MINUS}€ {text} mln")
    } else {
        format!("€ {text} mln")
    }
}

/// Euros rounded for labels and sentences (see [`format::euro_rounded`]). Tables use [`eur`].
pub(crate) fn eur_rounded(value: f64) -> String {
    format::euro_rounded(value)
}

/// A share as a percentage with at most `max_decimals` decimals, trailing zeros dropped:
/// `0.1` → `10%`, `0.125` → `12,5%`, `0.14286` with 1 → `14,3%`.
pub(crate) fn percent(share: f64, max_decimals: usize) -> String {
    format::percent_up_to(share, max_decimals)
}

/// "1 op de 7 gezinnen" for a break-even share of 1/7, rounded towards the more demanding
/// share as [`format::one_in`] does; `None` for a share that is not in (0, 1].
pub(crate) fn one_in_families(share: f64) -> Option<String> {
    if !(share.is_finite() && share > 0.0 && share <= 1.0) {
        return None;
    }
    format::one_in(share).map(|words| format!("{words} gezinnen"))
}

/// A year as it is written: no thousands separator.
pub(crate) fn year(value: f64) -> String {
    if value.is_finite() {
        format!("{}", value.round() as i64)
    } else {
        MISSING.to_string()
    }
}

/// Rough width in pixels of `text` at a font size of `px`: sans-serif (Arial, Helvetica,
/// Liberation Sans) averages about 0.5 em per character, DejaVu Sans about 0.55 in Dutch text. Only used to keep
/// labels inside the picture and to wrap the source line; on wasm32 plotters measures its own
/// axis labels in the DOM.
pub(crate) fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * 0.55
}

/// The same for bold text.
pub(crate) fn text_width_bold(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * 0.56
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_euros_the_dutch_way() {
        assert_eq!(eur(2350.0), "€ 2.350");
        assert_eq!(eur(250_000.4), "€ 250.000");
        assert_eq!(eur(-2350.0), "\u{2212}€ 2.350");
        assert_eq!(eur(-0.2), "€ 0");
        assert_eq!(eur(f64::NAN), MISSING);
        assert_eq!(eur_mln(1_200_000.0, 1), "€ 1,2 mln");
        assert_eq!(eur_mln(-250_000.0, 2), "\u{2212}€ 0,25 mln");
    }

    #[test]
    fn rounds_euros_for_labels() {
        assert_eq!(eur_rounded(1_234_567.0), "€ 1,2 mln");
        assert_eq!(eur_rounded(999_999.0), "€ 1,0 mln");
        assert_eq!(eur_rounded(254_321.0), "€ 254.000");
        assert_eq!(eur_rounded(52_349.0), "€ 52.300");
        assert_eq!(eur_rounded(2_350.0), "€ 2.350");
        assert_eq!(eur_rounded(-52_349.0), "\u{2212}€ 52.300");
    }

    #[test]
    fn formats_decimals_and_percentages() {
        assert_eq!(decimal(1234.5, 1), "1.234,5");
        assert_eq!(decimal(0.05, 2), "0,05");
        assert_eq!(decimal(-1.25, 2), "\u{2212}1,25");
        assert_eq!(percent(0.1, 1), "10%");
        assert_eq!(percent(0.125, 1), "12,5%");
        assert_eq!(percent(1.0 / 7.0, 1), "14,3%");
        assert_eq!(percent(0.3, 0), "30%");
        assert_eq!(percent(f64::INFINITY, 1), MISSING);
    }

    #[test]
    fn says_one_in_n() {
        assert_eq!(
            one_in_families(1.0 / 7.0).as_deref(),
            Some("1 op de 7 gezinnen")
        );
        assert_eq!(
            one_in_families(0.125).as_deref(),
            Some("1 op de 8 gezinnen")
        );
        assert_eq!(
            one_in_families(0.147).as_deref(),
            Some("1 op de 6 gezinnen")
        );
        assert_eq!(one_in_families(0.9).as_deref(), Some("9 op de 10 gezinnen"));
        assert_eq!(one_in_families(0.0), None);
        assert_eq!(one_in_families(1.5), None);
    }
}
