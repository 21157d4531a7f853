//! Steunwijzer: a dashboard with which Dutch municipalities compare, cost and present informal
//! family support by the four initiatives of the Collectief informele steun kind & gezin.
//!
//! Layers, each using only those above it:
//! - [`model`]: the pure model (no web types, no IO): parameters, scenario, projection.
//! - [`data`]: parsing and validating outside input (data files, share links) into model types.
//! - [`report`]: headline figures, programme text and CSV exports drawn from a projection.
//! - [`charts`]: pure functions from a projection to an SVG string (plotters).
//! - [`routes`]: every address of the app as a type, with its query keys and link building.
//! - `app` (wasm32, and natively for the pre-render): Leptos components and pages, and the one
//!   place that fetches.

pub mod charts;
pub mod data;
pub mod model;
pub mod report;
pub mod routes;

/// The one test fixture: shipped data read once, scenarios in one line (unit tests and `tests/`).
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod fixture;

/// The fixed seed of every property test (shared with `tests/`).
#[cfg(test)]
#[path = "../tests/common/mod.rs"]
pub(crate) mod proptest_seed;

// Natively only for the pre-render (`src/bin/prerender.rs`), which writes the static pages.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
