//! Parse and validate `assets/data/parameters.json` into `ModelParameters`.
