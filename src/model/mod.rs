//! The pure model: no web types, no IO. It turns sourced parameters and a scenario into a
//! projection, and cannot fail on valid input. One kernel ([`world::evaluate`]) does the
//! arithmetic; the projection, the Monte Carlo and the sensitivity runs evaluate it in different
//! worlds.

pub mod collectief;
pub mod edit;
pub mod format;
pub mod initiative;
pub mod notices;
pub mod order;
pub mod overrides;
pub mod params;
pub mod projection;
pub mod range;
pub mod scenario;
pub mod sensitivity;
pub mod sources;
pub mod uncertainty;
pub mod world;
