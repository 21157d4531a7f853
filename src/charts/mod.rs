//! Charts as pure functions from a projection to an SVG string (plotters' SVG backend), used by
//! the page, the exports and the tests alike.
