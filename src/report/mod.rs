//! What a projection says in words and tables: headline figures, the programme paragraph, CSV.
//! One place for each, so the page, the presentation, the exports and the tests agree.

pub mod adjusted;
pub mod annex;
pub mod certainty;
pub mod changes;
pub mod contents;
pub mod csv;
pub mod embed;
pub mod guide;
pub mod headlines;
pub mod initiative;
pub mod municipality;
pub mod notice;
pub mod predict;
pub mod programme;
pub mod proposal;
pub mod provenance;
pub mod realised;
pub mod scale;
pub mod sensitivity;
pub mod slides;
pub mod table;
