//! One stable sort for the whole app. Every `sort_by` with its own comparator is its own copy of
//! the standard library's sort algorithm (about 4 KB of wasm each); here the algorithm is
//! instantiated once, on indices with a comparator behind `dyn`, and each caller only adds the
//! small loop that moves its items into place.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stable (equal items keep their order), like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    // `order[k]` is the item that goes to place k; `target[i]` is the place item i goes to.
    let mut target = vec![0; order.len()];
    for (place, &item) in order.iter().enumerate() {
        target[item] = place;
    }
    for i in 0..items.len() {
        while target[i] != i {
            let j = target[i];
            items.swap(i, j);
            target.swap(i, j);
        }
    }
}

/// Sorts `items` by the key `key` gives, stable, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one instantiation of the sort algorithm.
#[inline(never)]
fn sort_indices(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// A set for the app's small collections (ids in a data file, keys in a link, names on a page):
/// "seen before?" by a linear search. Each `BTreeSet` element type is its own copy of the B-tree
/// code in the wasm; this is a loop over a `Vec`, in insertion order.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen<T>(Vec<T>);

impl<T: PartialEq> Seen<T> {
    pub fn new() -> Self {
        Seen(Vec::new())
    }

    /// Adds `item`; `false` when it was already there (as `BTreeSet::insert`).
    pub fn insert(&mut self, item: T) -> bool {
        let new = !self.0.contains(&item);
        if new {
            self.0.push(item);
        }
        new
    }

    pub fn contains(&self, item: &T) -> bool {
        self.0.contains(item)
    }

    /// Takes `item` out; `false` when it was not there.
    pub fn remove(&mut self, item: &T) -> bool {
        let before = self.0.len();
        self.0.retain(|kept| kept != item);
        self.0.len() != before
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: PartialEq> Default for Seen<T> {
    fn default() -> Self {
        Seen::new()
    }
}

impl<T: PartialEq> FromIterator<T> for Seen<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut seen = Seen::new();
        for item in items {
            seen.insert(item);
        }
        seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_answers_as_a_set_does() {
        let mut seen: Seen<&str> = ["a", "b", "a"].into_iter().collect();
        assert!(seen.contains(&"a") && seen.contains(&"b") && !seen.contains(&"c"));
        assert!(!seen.insert("b"), "already there");
        assert!(seen.insert("c"));
        assert!(seen.remove(&"a") && !seen.remove(&"a"));
        assert!(!seen.contains(&"a"));
        assert!(seen.remove(&"b") && seen.remove(&"c") && seen.is_empty());
    }

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        // A fixed pseudo-random list with many equal keys, so stability is tested.
        let mut seed = 12_345_u32;
        let items: Vec<(u32, usize)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 17, i)
            })
            .collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |item| item.0);
        let mut std_sorted = items.clone();
        std_sorted.sort_by_key(|item| item.0);
        assert_eq!(ours, std_sorted);
        let mut reversed = items;
        sort_by(&mut reversed, |a, b| b.cmp(a));
        assert!(reversed.windows(2).all(|w| w[0] >= w[1]));
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, Ord::cmp);
        assert!(empty.is_empty());
    }
}
