//! Small reusable pieces of the pages.

pub mod actions;
pub mod adjusted;
pub mod badge;
pub mod beside_matches;
pub mod charts;
pub mod data_error;
pub mod guide;
pub mod municipality;
pub mod number_field;
pub mod parameter_list;
pub mod realised;
pub mod results;
pub mod sensitivity;
pub mod stamp;
pub mod with_data;
