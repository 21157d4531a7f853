//! Numbers as Dutch users type them: `2.350`, `2350`, `12,5`, `€ 2.350`, `10 %`.

/// Reads a number typed in a field. `Err` holds a Dutch message for the page.
///
/// A comma is the decimal mark. A dot is a thousands separator when it stands before exactly three
/// digits (`2.350`), otherwise a decimal mark (`2.25`), because users paste both forms.
pub fn parse_dutch_number(text: &str) -> Result<f64, String> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Err("Vul een getal in.".into());
    }
    let normalised = if cleaned.contains(',') {
        cleaned.replace('.', "").replace(',', ".")
    } else if cleaned.matches('.').count() > 1 || thousands_dot(&cleaned) {
        cleaned.replace('.', "")
    } else {
        cleaned
    };
    let valid = normalised
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && normalised.matches('.').count() <= 1
        && normalised.rfind('-').is_none_or(|i| i == 0);
    match super::decimal::parse_decimal(&normalised) {
        Some(v) if valid && v.is_finite() => Ok(v),
        _ => Err(format!(
            "‘{}’ is geen getal. Typ bijvoorbeeld 20 of 2.350.",
            text.trim()
        )),
    }
}

/// Reads an amount in euros as people write budgets: `20.000.000`, `€ 2.600,50`, and millions
/// or billions in words (`20 mln`, `20,5 miljoen`, `€ 1,2 mld`, `1 miljard`). `Err` holds a
/// Dutch message whose example fits an amount.
pub fn parse_amount(text: &str) -> Result<f64, String> {
    const EXAMPLE: &str = "Typ bijvoorbeeld 20.000.000 of 20 mln.";
    let lower = crate::model::format::lowercase(text.trim());
    let lower = lower.strip_suffix('.').unwrap_or(&lower);
    let (number, factor) = [
        ("miljoen", 1e6),
        ("mln", 1e6),
        ("miljard", 1e9),
        ("mld", 1e9),
    ]
    .into_iter()
    .find_map(|(word, factor)| {
        lower
            .strip_suffix(word)
            .filter(|rest| rest.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace()))
            .map(|rest| (rest, factor))
    })
    .unwrap_or((lower, 1.0));
    if number.trim().is_empty() {
        return Err(format!("Vul een bedrag in. {EXAMPLE}"));
    }
    // To whole cents: 1,2 × 10⁹ in binary is a hair off 1.200.000.000.
    parse_dutch_number(number)
        .map(|v| (v * factor * 100.0).round() / 100.0)
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("‘{}’ is geen bedrag. {EXAMPLE}", text.trim()))
}

fn thousands_dot(text: &str) -> bool {
    text.rsplit_once('.')
        .is_some_and(|(_, after)| after.len() == 3)
}

/// Checks a parsed number against a field's bounds; `Err` names the bound in Dutch.
pub fn check_bounds(
    value: f64,
    min: f64,
    max: f64,
    format: impl Fn(f64) -> String,
) -> Result<f64, String> {
    if value < min {
        if min == 0.0 {
            Err("Een negatief getal kan hier niet.".into())
        } else {
            Err(format!(
                "Dit getal is te klein: het minimum is {}.",
                format(min)
            ))
        }
    } else if value > max {
        Err(format!(
            "Dit getal is te groot: het maximum is {}.",
            format(max)
        ))
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_dutch_and_international_forms() {
        for (text, expected) in [
            ("20", 20.0),
            ("2.350", 2350.0),
            ("€ 2.350", 2350.0),
            ("1.234.567", 1_234_567.0),
            ("12,5", 12.5),
            ("2.350,75", 2350.75),
            ("2.25", 2.25),
            (" 10 % ", 10.0),
            ("\u{2212}5", -5.0),
        ] {
            assert_eq!(parse_dutch_number(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn text_where_a_number_belongs_gives_a_dutch_message() {
        for text in ["", "abc", "1e400", "12a", "--3", "1,2,3", "NaN", "inf"] {
            let error = parse_dutch_number(text).unwrap_err();
            assert!(error.contains("getal"), "{text}: {error}");
        }
    }

    #[test]
    fn amounts_read_millions_and_billions_in_words() {
        for (text, expected) in [
            ("20 mln", 20_000_000.0),
            ("20 miljoen", 20_000_000.0),
            ("20,5 miljoen", 20_500_000.0),
            ("€ 1,2 mld", 1_200_000_000.0),
            ("1,2 miljard", 1_200_000_000.0),
            ("20MLN", 20_000_000.0),
            ("€ 20 mln.", 20_000_000.0),
            ("20.000.000", 20_000_000.0),
            ("2.600,50", 2_600.5),
        ] {
            assert_eq!(parse_amount(text), Ok(expected), "{text}");
        }
        for text in ["20 m", "20 mil", "mln", "20 mln 5", "abc", ""] {
            let error = parse_amount(text).unwrap_err();
            assert!(
                error.contains("Typ bijvoorbeeld 20.000.000 of 20 mln"),
                "{text}: {error}"
            );
        }
    }

    #[test]
    fn bounds_name_the_limit() {
        let f = |v: f64| format!("{v}");
        assert!(check_bounds(-1.0, 0.0, 10.0, f)
            .unwrap_err()
            .contains("negatief"));
        assert!(check_bounds(11.0, 0.0, 10.0, f)
            .unwrap_err()
            .contains("maximum is 10"));
        assert_eq!(check_bounds(5.0, 0.0, 10.0, f), Ok(5.0));
    }

    proptest! {

        #![proptest_config(crate::proptest_seed::config(256))]

        #[test]
        fn never_panics_and_never_returns_non_finite(text in ".{0,40}") {
            if let Ok(v) = parse_dutch_number(&text) {
                prop_assert!(v.is_finite());
            }
        }

        #[test]
        fn whole_numbers_round_trip(n in 0u32..10_000_000) {
            prop_assert_eq!(parse_dutch_number(&n.to_string()), Ok(n as f64));
        }
    }
}
