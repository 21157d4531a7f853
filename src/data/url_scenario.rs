//! The scenario in the URL query string: encode, and decode keeping what is valid.
