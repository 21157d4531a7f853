//! The values a user chose instead of the defaults, by parameter id.

/// Parameter id → the value the user chose instead of the default, kept in id order (the order a
/// link writes them). A sorted `Vec` with a map's methods rather than a `BTreeMap`: a handful of
/// entries, and each B-tree key and value type is its own copy of the B-tree code in the wasm.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides(Vec<(String, f64)>);

/// One entry as iteration gives it, like a map's `(&key, &value)`.
type Entry<'a> = (&'a String, &'a f64);
/// Iteration over the entries in id order.
pub type Iter<'a> =
    std::iter::Map<std::slice::Iter<'a, (String, f64)>, fn(&(String, f64)) -> Entry<'_>>;

impl Overrides {
    pub fn new() -> Self {
        Overrides(Vec::new())
    }

    fn position(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(key, _)| key.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&f64> {
        self.position(id).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.position(id).is_ok()
    }

    /// Sets `id` to `value`; the value it had before, if any.
    pub fn insert(&mut self, id: String, value: f64) -> Option<f64> {
        match self.position(&id) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (id, value));
                None
            }
        }
    }

    /// Takes `id` out; the value it had, if any.
    pub fn remove(&mut self, id: &str) -> Option<f64> {
        self.position(id).ok().map(|at| self.0.remove(at).1)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The entries in id order.
    pub fn iter(&self) -> Iter<'_> {
        self.0.iter().map(|(key, value)| (key, value))
    }
}

impl<'a> IntoIterator for &'a Overrides {
    type Item = Entry<'a>;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl FromIterator<(String, f64)> for Overrides {
    /// A later value for the same id wins, as in a map.
    fn from_iter<I: IntoIterator<Item = (String, f64)>>(entries: I) -> Self {
        let mut overrides = Overrides::new();
        for (id, value) in entries {
            overrides.insert(id, value);
        }
        overrides
    }
}

impl<const N: usize> From<[(String, f64); N]> for Overrides {
    fn from(entries: [(String, f64); N]) -> Self {
        entries.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::proptest_seed::config(256))]

        /// Any sequence of inserts and removes leaves what a `BTreeMap` leaves, in the same order,
        /// and answers every lookup as it does.
        #[test]
        fn answers_as_a_btree_map_does(steps in proptest::collection::vec((0u8..6, any::<bool>(), -5.0..5.0f64), 0..40)) {
            let mut ours = Overrides::new();
            let mut map = BTreeMap::new();
            for (key, insert, value) in steps {
                let id = format!("p{key}");
                if insert {
                    prop_assert_eq!(ours.insert(id.clone(), value), map.insert(id, value));
                } else {
                    prop_assert_eq!(ours.remove(&id), map.remove(&id));
                }
                prop_assert_eq!(ours.iter().collect::<Vec<_>>(), map.iter().collect::<Vec<_>>());
                prop_assert_eq!(ours.len(), map.len());
                for probe in 0..6u8 {
                    let id = format!("p{probe}");
                    prop_assert_eq!(ours.get(&id), map.get(&id));
                    prop_assert_eq!(ours.contains_key(&id), map.contains_key(&id));
                }
            }
        }
    }
}
