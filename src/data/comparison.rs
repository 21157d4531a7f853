//! Parse and validate `assets/data/collectief.json`.
