//! A quantity's three values: low, central and high. Beside the kernel (`world`) and the
//! parameters (`params`), which both use it, so neither imports the other for it.

/// Low, central and high value of one uncertain quantity.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Range3 {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Range3 {
    /// All zero: the neutral element for sums.
    pub const ZERO: Range3 = Range3 {
        low: 0.0,
        central: 0.0,
        high: 0.0,
    };

    pub fn point(value: f64) -> Range3 {
        Range3 {
            low: value,
            central: value,
            high: value,
        }
    }

    pub fn new(low: f64, central: f64, high: f64) -> Range3 {
        Range3 { low, central, high }
    }

    /// Applies `f` to each of the three values (for monotone increasing `f`, order is kept).
    pub fn map(self, f: impl Fn(f64) -> f64) -> Range3 {
        Range3 {
            low: f(self.low),
            central: f(self.central),
            high: f(self.high),
        }
    }

    /// Each value multiplied by `factor` (a non-negative factor keeps the order).
    pub fn scale(self, factor: f64) -> Range3 {
        self.map(|v| v * factor)
    }

    /// Value by value sum. Summing lows with lows is consistent because every low in the model
    /// is computed with the same pessimistic parameter set (and every high with the same
    /// optimistic one).
    pub fn plus(self, other: Range3) -> Range3 {
        Range3 {
            low: self.low + other.low,
            central: self.central + other.central,
            high: self.high + other.high,
        }
    }

    /// `low ≤ central ≤ high`.
    pub fn is_ordered(&self) -> bool {
        self.low <= self.central && self.central <= self.high
    }

    pub fn is_finite(&self) -> bool {
        self.low.is_finite() && self.central.is_finite() && self.high.is_finite()
    }
}

impl std::ops::Add for Range3 {
    type Output = Range3;
    fn add(self, other: Range3) -> Range3 {
        self.plus(other)
    }
}

impl std::iter::Sum for Range3 {
    fn sum<I: Iterator<Item = Range3>>(iter: I) -> Range3 {
        iter.fold(Range3::ZERO, Range3::plus)
    }
}
