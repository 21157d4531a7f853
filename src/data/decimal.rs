//! Numbers written with a point as decimal mark (`12.5`, `-3`, `.5`, `2e3`): the form a share link
//! and a number field's `value` carry, after [`super::number_input`] has turned Dutch input into it.
//!
//! In the browser the conversion is JavaScript's own `parseFloat`, which rounds every decimal to
//! the nearest `f64` exactly as Rust's `str::parse` does. That keeps core's float parser and its
//! 10 KB table of powers of five out of the wasm (issue 25); natively, where the tests run,
//! `str::parse` converts. Both get only text that passed [`is_decimal`], so they read the same
//! strings.

/// The number `text` writes, or `None` when it is not a decimal number. Infinity and NaN are not
/// decimals; a decimal too large for `f64` reads as infinity, as `str::parse` reads it.
pub fn parse_decimal(text: &str) -> Option<f64> {
    if !is_decimal(text) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        Some(js_sys::Number::parse_float(text))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.parse().ok()
    }
}

/// Whether `text` is `[+-]digits[.digits][e[+-]digits]`, with digits on at least one side of the
/// point and nothing around it (no spaces, no thousands separators).
fn is_decimal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let digits = |at: &mut usize| {
        let start = *at;
        while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at - start
    };
    let mut mantissa = digits(&mut at);
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        mantissa += digits(&mut at);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        if digits(&mut at) == 0 {
            return false;
        }
    }
    at == bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_the_forms_a_link_and_a_field_carry() {
        for (text, value) in [
            ("20", 20.0),
            ("12.5", 12.5),
            ("-3", -3.0),
            ("+4", 4.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("2e3", 2000.0),
            ("2.5E-2", 0.025),
            ("0.30000000000000004", 0.1 + 0.2),
        ] {
            assert_eq!(parse_decimal(text), Some(value), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for text in [
            "",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "inf",
            "NaN",
            "infinity",
            " 5",
            "5 ",
            "1,5",
            "2.350.000",
            "1_000",
            "0x10",
            "12abc",
            "--1",
            "1.2.3",
            "€5",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_decimal_beyond_f64_reads_as_infinity_as_str_parse_reads_it() {
        let huge = "9".repeat(400);
        assert_eq!(parse_decimal(&huge), Some(f64::INFINITY));
    }

    proptest! {
        #![proptest_config(crate::proptest_seed::config(2000))]

        /// Every finite number, written as a link writes it (shortest form) or with an exponent,
        /// reads back as exactly that number.
        #[test]
        fn every_written_number_reads_back_exactly(value in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
            prop_assert_eq!(parse_decimal(&format!("{value}")), Some(value));
            prop_assert_eq!(parse_decimal(&format!("{value:e}")), Some(value));
        }

        /// Whatever the grammar accepts, `str::parse` reads the same way: the browser and the
        /// tests never disagree on which text is a number.
        #[test]
        fn accepts_only_what_str_parse_reads(text in "[-+]?[0-9]{0,3}[.]?[0-9]{0,3}([eE][-+]?[0-9]{0,2})?") {
            if let Some(value) = parse_decimal(&text) {
                prop_assert_eq!(text.parse::<f64>().ok(), Some(value));
            }
        }
    }
}
