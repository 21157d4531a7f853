//! The few text forms the charts need on top of `model::format` (which does every Dutch number
//! format): millions with a fixed number of decimals for axis ticks, "15 van de 100 gezinnen", a
//! year without a thousands separator, and an estimate of a text's width for laying out labels.
//! Non-finite values never reach the page as "NaN": they show as an en dash.

use crate::model::format::{self, NO_VALUE};

/// Millions with `decimals` decimals, the same on every tick of an axis: `€ 1,2 mln`,
/// `−€ 0,25 mln`.
pub(crate) fn eur_mln(value: f64, decimals: usize) -> String {
    format::euro_with_decimals(value, 1e6, decimals, "mln")
}

/// "15 van de 100 gezinnen" for a break-even share of 14,7%, rounded towards the more
/// demanding share as [`format::in_a_hundred`] does; `None` for a share that is not in (0, 1].
pub(crate) fn in_a_hundred_families(share: f64) -> Option<String> {
    if !(share.is_finite() && share > 0.0 && share <= 1.0) {
        return None;
    }
    format::in_a_hundred(share).map(|words| format!("{words} gezinnen"))
}

/// A year as it is written: no thousands separator.
pub(crate) fn year(value: f64) -> String {
    if value.is_finite() {
        format!("{}", value.round() as i64)
    } else {
        NO_VALUE.to_string()
    }
}

/// Rough width in pixels of `text` at a font size of `px`: sans-serif (Arial, Helvetica,
/// Liberation Sans) averages about 0.5 em per character, DejaVu Sans about 0.55 in Dutch text.
/// Only used to keep labels inside the picture and to wrap the source line; on wasm32 plotters
/// measures its own axis labels in the DOM.
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
    fn writes_millions_with_the_axis_decimals() {
        let eur_mln = |value, decimals| format::plain(&eur_mln(value, decimals));
        assert_eq!(eur_mln(1_200_000.0, 1), "€ 1,2 mln");
        assert_eq!(eur_mln(1_000_000.0, 1), "€ 1,0 mln");
        assert_eq!(eur_mln(-250_000.0, 2), "\u{2212}€ 0,25 mln");
        // A negative value that rounds to zero has no minus.
        assert_eq!(eur_mln(-1_000.0, 1), "€ 0,0 mln");
        assert_eq!(eur_mln(f64::NAN, 1), NO_VALUE);
    }

    #[test]
    fn says_n_in_a_hundred_families() {
        assert_eq!(
            in_a_hundred_families(1.0 / 7.0).as_deref(),
            Some("15 van de 100 gezinnen")
        );
        assert_eq!(
            in_a_hundred_families(0.2).as_deref(),
            Some("20 van de 100 gezinnen")
        );
        assert_eq!(in_a_hundred_families(0.0), None);
        assert_eq!(in_a_hundred_families(1.5), None);
    }

    #[test]
    fn writes_years_without_separator() {
        assert_eq!(year(2027.0), "2027");
        assert_eq!(year(f64::INFINITY), NO_VALUE);
    }
}
