//! "Voorspel eerst": the presentation asks the room to guess the break-even share before it
//! shows it. The answer is the break-even card's own value and the key figures' sentence, so the
//! slide and the card cannot disagree.

use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

use super::headlines::{at_values, break_even_sentence, headlines, HeadlineId};

/// The question put to the room.
pub const QUESTION: &str =
    "Bij hoeveel van de 100 gezinnen moet het werken om de kosten terug te verdienen?";

/// What the room is asked to do before the answer is shown.
pub const INVITATION: &str =
    "Schrijf uw schatting op of steek uw hand op bij 5, 10, 20 of 50 van de 100. Het antwoord volgt op de volgende stap.";

/// The answer as the slide reveals it.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictAnswer {
    /// "Bij 9 van de 100 gezinnen", as the break-even card writes it, capitalised.
    pub answer: String,
    /// The key figures' break-even sentence.
    pub explanation: String,
    /// "Berekend bij de standaardwaarden." or "… bij de gekozen aannames (2 aangepast)."
    pub basis: String,
}

pub fn predict_answer(scenario: &Scenario, projection: &Projection) -> PredictAnswer {
    let value = headlines(scenario, projection, None)
        .into_iter()
        .find(|h| h.id == HeadlineId::BreakEven)
        .map(|h| h.value)
        .unwrap_or_default();
    PredictAnswer {
        // To begin the sentence; model::format's letter case keeps the Unicode tables out of the wasm.
        answer: crate::model::format::first_uppercase(&value),
        explanation: break_even_sentence(projection),
        basis: format!("Berekend {}.", at_values(projection.changed_assumptions)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(query: &str) -> (PredictAnswer, Projection) {
        let c = crate::fixture::linked(query);
        (predict_answer(&c.scenario, &c.projection), c.projection)
    }

    #[test]
    fn the_answer_is_the_break_even_share_rounded_as_on_the_card_with_its_basis() {
        let (said, projection) = answer("k.home-start=20&k.samen-oplopen=10");
        // The card's rounding: the share of 100 rounded up, never promising break-even too early.
        let share = projection.break_even_gross().expect("a share");
        let n = (share * 100.0 - 1e-9).ceil();
        assert_eq!(said.answer, format!("Bij {n} van de 100 gezinnen"));
        assert_eq!(said.explanation, break_even_sentence(&projection));
        assert_eq!(said.basis, "Berekend bij de standaardwaarden.");
        let (changed, _) = answer("k.home-start=20&a.discontovoet=0.05");
        assert_eq!(
            changed.basis,
            "Berekend bij de gekozen aannames (1 aangepast)."
        );
        // Nothing funded: the card's words, not an empty answer.
        let (none, _) = answer("k.home-start=0");
        assert_eq!(none.answer, "Geen break-evenpunt");
    }

    #[test]
    fn the_prediction_slide_comes_just_before_the_key_figures_only_when_switched_on() {
        use crate::charts::slides::{deck, SLIDES};
        use crate::charts::Slide;
        assert_eq!(deck(false, false), SLIDES.to_vec());
        assert!(!SLIDES.contains(&Slide::Predict));
        let on = deck(true, false);
        assert_eq!(on.len(), SLIDES.len() + 1);
        let at = on
            .iter()
            .position(|s| *s == Slide::Predict)
            .expect("in the deck");
        assert_eq!(on[at + 1], Slide::Headlines);
        // The realised slide follows the municipality's; the slides before it keep their numbers.
        let both = deck(true, true);
        let realised = both
            .iter()
            .position(|s| *s == Slide::Realised)
            .expect("in the deck");
        assert_eq!(both[realised - 1], Slide::Municipality);
        assert_eq!(both[..realised], on[..realised]);
    }
}
