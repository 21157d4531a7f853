//! One stable sort for the whole app, and the set questions answered without a B-tree. Every
//! `sort_by` with its own comparator is its own copy of the standard library's sort algorithm
//! (about 4 KB of wasm each); here the algorithm is instantiated once, on indices with a comparator
//! behind `dyn`, and each caller only adds the small loop that moves its items into place. The
//! repeats in a list of any length are found by that sort ([`first_occurrences`]); small
//! collections use [`Seen`].

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

/// For each item, whether it is the first of its equals in `items`: what a set's `insert` would
/// answer, item by item, for a whole list at once. By the one sort, so a link of a hundred
/// thousand parts is checked in O(n log n), not in the O(n²) of [`Seen`].
pub fn first_occurrences<T: Ord>(items: &[T]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Stable, and equals in their order: the first of each run is the earliest.
    sort_by(&mut order, |&a, &b| items[a].cmp(&items[b]));
    let mut first = vec![false; items.len()];
    for (place, &item) in order.iter().enumerate() {
        first[item] = place == 0 || items[order[place - 1]] != items[item];
    }
    first
}

/// A set for the app's small collections (the ids in the app's own data files, the fields on a
/// page): "seen before?" by a linear search, O(n²) over a list, so never for outside input of any
/// length (see [`first_occurrences`]). Each `BTreeSet` element type is its own copy of the B-tree
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
    fn first_occurrences_marks_the_earliest_of_each_value() {
        assert_eq!(
            first_occurrences(&["b", "a", "b", "c", "a", "b"]),
            [true, true, false, true, false, false]
        );
        assert!(first_occurrences::<u8>(&[]).is_empty());
    }

    /// A link's parts are outside input of any length: the check for repeats must not compare
    /// every part with every part before it (a hundred thousand parts would stall the page).
    #[test]
    fn first_occurrences_compares_about_n_log_n_times_not_n_squared() {
        use std::cell::Cell;
        thread_local!(static COMPARED: Cell<u64> = const { Cell::new(0) });
        // Both ways of comparing are counted: a linear search would use `==`.
        #[derive(Eq)]
        struct Counted(u32);
        impl PartialEq for Counted {
            fn eq(&self, other: &Self) -> bool {
                COMPARED.with(|c| c.set(c.get() + 1));
                self.0 == other.0
            }
        }
        impl PartialOrd for Counted {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for Counted {
            fn cmp(&self, other: &Self) -> Ordering {
                COMPARED.with(|c| c.set(c.get() + 1));
                self.0.cmp(&other.0)
            }
        }
        let n: u32 = 20_000;
        // Every value twice, the second half repeating the first.
        let items: Vec<Counted> = (0..2 * n).map(|i| Counted(i % n)).collect();
        let first = first_occurrences(&items);
        assert!(first[..n as usize].iter().all(|&f| f));
        assert!(first[n as usize..].iter().all(|&f| !f));
        let compared = COMPARED.with(Cell::get);
        let len = f64::from(2 * n);
        assert!(
            (compared as f64) < 4.0 * len * len.log2(),
            "{compared} comparisons for {len} items"
        );
    }

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
