//! The slides of the presentation, in order. The chart slides come from [`ChartId::ALL`], so a
//! new chart gets its slide (and every slide after it its new number) without anyone counting.
//! It lives here, beside the chart registry it is built from, rather than in the wasm-only app,
//! so the CLI (`projectie --ids`) and the native tests can list the slides too.
//!
//! Slides are numbered from 1, as `dia=N` in a presentation link. What a slide says (the
//! key-figures cards, the assumptions) is report material: `report::slides`.

use super::ChartId;

/// One slide of the presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    /// The scenario's name and period.
    Title,
    /// The chosen initiatives, from the Collectief's table.
    Initiatives,
    /// "Voorspel eerst": the room guesses the break-even share, then sees it (optional, see
    /// [`deck`]; never in [`SLIDES`]).
    Predict,
    /// The headline figures and the break-even sentence.
    Headlines,
    /// "Wat betekent dit voor {gemeente}?": the scenario at the municipality's scale.
    Municipality,
    /// One chart, at presentation size.
    Chart(ChartId),
    /// "Wat is er gerealiseerd?": planned against realised (only with realised figures, see
    /// [`deck`]; never in [`SLIDES`]).
    Realised,
    /// The assumptions the scenario uses, and every number the user changed.
    Assumptions,
    /// The documents the figures come from.
    Sources,
}

/// Slides before the charts and after them.
const BEFORE: [Slide; 3] = [Slide::Title, Slide::Initiatives, Slide::Headlines];
// The municipality's slide follows the charts, so older links keep their slide numbers for the
// headlines and the charts.
const AFTER: [Slide; 3] = [Slide::Municipality, Slide::Assumptions, Slide::Sources];

/// Every slide, in the order shown.
pub const SLIDES: [Slide; BEFORE.len() + ChartId::ALL.len() + AFTER.len()] = {
    let mut slides = [Slide::Title; BEFORE.len() + ChartId::ALL.len() + AFTER.len()];
    let mut i = 0;
    while i < slides.len() {
        slides[i] = if i < BEFORE.len() {
            BEFORE[i]
        } else if i < BEFORE.len() + ChartId::ALL.len() {
            Slide::Chart(ChartId::ALL[i - BEFORE.len()])
        } else {
            AFTER[i - BEFORE.len() - ChartId::ALL.len()]
        };
        i += 1;
    }
    slides
};

impl Slide {
    /// How many slides there are.
    pub const COUNT: usize = SLIDES.len();

    /// The slide `dia=number` shows; a number outside 1..=COUNT is brought to the nearest end.
    pub fn at(number: usize) -> Slide {
        SLIDES[number.clamp(1, Slide::COUNT) - 1]
    }

    /// This slide's number (from 1), as in `dia=N`.
    pub fn number(self) -> usize {
        SLIDES
            .iter()
            .position(|slide| *slide == self)
            .map_or(1, |index| index + 1)
    }

    /// Stable id, for the CLI and the browser tests: `titel`, `grafiek-cumulatief`, …
    pub fn id(self) -> String {
        match self {
            Slide::Title => "titel".to_string(),
            Slide::Initiatives => "initiatieven".to_string(),
            Slide::Predict => "voorspel".to_string(),
            Slide::Headlines => "kerncijfers".to_string(),
            Slide::Municipality => "gemeente".to_string(),
            Slide::Chart(chart) => format!("grafiek-{}", chart.slug()),
            Slide::Realised => "gerealiseerd".to_string(),
            Slide::Assumptions => "aannames".to_string(),
            Slide::Sources => "bronnen".to_string(),
        }
    }
}

/// The slides shown: [`SLIDES`], with "Voorspel eerst" just before the key figures (the first
/// slide that shows the break-even point) when the presenter switched it on, and "Wat is er
/// gerealiseerd?" after the municipality's slide when realised figures are entered.
pub fn deck(predict: bool, realised: bool) -> Vec<Slide> {
    let mut slides = SLIDES.to_vec();
    if realised {
        let at = Slide::Municipality.number();
        slides.insert(at, Slide::Realised);
    }
    if predict {
        let at = Slide::Headlines.number() - 1;
        slides.insert(at, Slide::Predict);
    }
    slides
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chart_has_one_slide_in_registry_order() {
        let charts: Vec<ChartId> = SLIDES
            .iter()
            .filter_map(|slide| match slide {
                Slide::Chart(id) => Some(*id),
                _ => None,
            })
            .collect();
        assert_eq!(charts, ChartId::ALL);
        assert_eq!(Slide::COUNT, 6 + ChartId::ALL.len());
    }

    #[test]
    fn numbers_round_trip_and_out_of_range_numbers_go_to_an_end() {
        for (index, slide) in SLIDES.iter().enumerate() {
            assert_eq!(slide.number(), index + 1);
            assert_eq!(Slide::at(index + 1), *slide);
        }
        assert_eq!(Slide::at(0), Slide::Title);
        assert_eq!(Slide::at(999), Slide::Sources);
        // Links made before the registry keep their slide for the headlines and the first
        // charts; a new chart moves the slides after the charts on by one.
        assert_eq!(Slide::at(3), Slide::Headlines);
        assert_eq!(Slide::at(4), Slide::Chart(ChartId::CostsPerYear));
        assert_eq!(
            Slide::Municipality.number(),
            BEFORE.len() + ChartId::ALL.len() + 1
        );
        assert_eq!(
            Slide::Assumptions.number(),
            Slide::Municipality.number() + 1
        );
    }

    #[test]
    fn slide_ids_differ() {
        let mut ids: Vec<String> = SLIDES.iter().map(|s| s.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Slide::COUNT);
    }
}
