//! What every chart of a scenario is: the [`Chart`] trait (its three faces, drawn from numbers
//! computed once) and the [`ChartInput`] it is computed from. Apart from the registry, so a chart
//! module imports this file and the registry imports the chart modules, never both ways.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};

use super::layout::{self, Layout};
use super::style::Scale;
use super::{chart_title, frame, ChartError, ChartOptions};
use crate::model::overrides::Overrides;
use crate::model::params::{ModelParameters, ParameterSet};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::model::uncertainty::Bands;
use crate::report::sensitivity::SensitivityText;
use crate::report::table::DataTable;

/// What a chart of a scenario may draw on.
#[derive(Debug, Clone, Copy)]
pub struct ChartInput<'a> {
    /// The scenario; its name goes into the title.
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
    /// The Monte Carlo bands of the same scenario, once computed. Only charts with
    /// [`ChartId::uses_bands`](super::ChartId::uses_bands) read them, so the others need not wait or redraw for them.
    pub bands: Option<&'a Bands>,
    /// The sensitivity runs of the same scenario in words, when the caller has them already (the
    /// page computes them once for the view, its chart and the programme text); a chart that
    /// needs them computes them itself otherwise.
    pub sensitivity: Option<&'a SensitivityText>,
    /// The parameters the projection was computed with (the user's overrides applied).
    pub model: &'a ModelParameters,
    /// The parameter file as loaded (labels, units, ranges, sources), without the overrides.
    pub parameters: &'a ParameterSet,
    /// The user's overrides (parameter id → value), as `model` applies them: with `parameters`,
    /// what a chart needs to compute the model again with one parameter changed.
    pub overrides: &'a Overrides,
    /// Presentation mode: slide size with large type (see [`ChartOptions::presentation`]).
    pub large: bool,
    /// The width the page gives the chart, in CSS pixels, when known: below
    /// [`ChartOptions::NARROW_BELOW`] the chart is drawn for that width (a phone). Ignored in
    /// presentation mode.
    pub width: Option<u32>,
}

impl ChartInput<'_> {
    /// Size and title of a chart titled `title`, with the scenario's name; on a slide without
    /// it (the title slide names the scenario, and the room needs the chart's own words).
    /// Off a slide, assumptions that differ from the standard add a line above the source (the
    /// picture says it wherever it is exported or embedded), and the chart grows by its height,
    /// so the plot keeps its room. A slide keeps the projector's 2:1 and its labels' places;
    /// the presentation says it beside the figures.
    pub fn options(&self, title: &str) -> ChartOptions {
        if self.large {
            return ChartOptions::presentation(title);
        }
        let mut options =
            ChartOptions::for_width(chart_title(title, &self.scenario.name), self.width);
        options.adjusted = crate::report::adjusted::notice_line(
            &crate::report::adjusted::adjusted(self.parameters, self.overrides),
        );
        options.height = options
            .height
            .saturating_add(frame::adjusted_height(&options).unsigned_abs());
        options
    }
}

/// One chart: its numbers computed once from the input, and the three faces drawn from them.
pub trait Chart: Sized {
    /// Stable id in URLs (`/grafiek/<slug>`), file names and `data-chart` attributes.
    const SLUG: &'static str;
    /// Title without the scenario name.
    const TITLE: &'static str;
    /// Whether the chart shows the Monte Carlo band (and so is redrawn when it arrives).
    const USES_BANDS: bool;
    /// Whether the page draws it from the settled scenario, after the pause that the band also
    /// waits for, instead of on every step of a slider (a chart that reruns the model).
    const DEFERRED: bool = false;

    /// The chart's numbers, computed once for picture, summary and table.
    fn new(input: &ChartInput<'_>) -> Self;
    /// Size and title to draw at: the input's (the page's or the slide's) unless the chart needs
    /// more room for what it holds.
    fn options(&self, input: &ChartInput<'_>) -> ChartOptions {
        input.options(Self::TITLE)
    }
    /// The picture as plain data, `size` pixels: every mark and every text placed (see
    /// `layout.rs`), for the painter and for the tests.
    fn layout(&self, options: &ChartOptions, size: (u32, u32)) -> Result<Layout, ChartError>;
    /// Draws the picture on any plotters drawing area: its layout, painted.
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        options: &ChartOptions,
    ) -> Result<(), ChartError> {
        let layout = self.layout(options, root.dim_in_pixel())?;
        layout::paint(root, &layout, &Scale::for_options(options))
    }
    /// One or two Dutch sentences with the key numbers, for screen readers.
    fn summary(&self) -> String;
    /// The numbers behind the picture, for "toon als tabel" and the CSV export.
    fn table(&self) -> DataTable;

    /// The picture as an SVG string.
    fn svg(&self, options: &ChartOptions) -> Result<String, ChartError> {
        frame::render_svg(options, |root| self.draw(root, options))
    }
}
