//! Where a data label can go without covering the line it names, another label or a marker:
//! a small search over positions around the labelled point. Used where the type is large and
//! the plot short (a slide), so the fixed corner a label prefers is often taken.

use super::labels::{text_width, text_width_bold};

/// An axis-aligned box in pixels: `x0 < x1`, `y0 < y1` (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PixelBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl PixelBox {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> PixelBox {
        PixelBox {
            x0: x0.min(x1),
            y0: y0.min(y1),
            x1: x0.max(x1),
            y1: y0.max(y1),
        }
    }

    /// A square of half-width `r` around a point (a marker).
    pub fn around(point: (f64, f64), r: f64) -> PixelBox {
        PixelBox::new(point.0 - r, point.1 - r, point.0 + r, point.1 + r)
    }

    /// The same box with `by` pixels more on every side.
    pub fn grown(&self, by: f64) -> PixelBox {
        PixelBox::new(self.x0 - by, self.y0 - by, self.x1 + by, self.y1 + by)
    }

    pub fn overlaps(&self, other: &PixelBox) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    fn inside(&self, bounds: &PixelBox) -> bool {
        self.x0 >= bounds.x0 && self.x1 <= bounds.x1 && self.y0 >= bounds.y0 && self.y1 <= bounds.y1
    }

    /// Whether the straight segment from `a` to `b` passes through the box: the part of the
    /// segment within the box's x range has y values that reach into its y range.
    pub fn meets_segment(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (t0, t1) = if dx.abs() < 1e-9 {
            if a.0 < self.x0 || a.0 > self.x1 {
                return false;
            }
            (0.0, 1.0)
        } else {
            let (ta, tb) = ((self.x0 - a.0) / dx, (self.x1 - a.0) / dx);
            (ta.min(tb).max(0.0), ta.max(tb).min(1.0))
        };
        if t0 > t1 {
            return false;
        }
        let (ya, yb) = (a.1 + t0 * dy, a.1 + t1 * dy);
        ya.min(yb) <= self.y1 && ya.max(yb) >= self.y0
    }
}

/// What a label must keep clear of.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Obstacles {
    pub segments: Vec<((f64, f64), (f64, f64))>,
    pub boxes: Vec<PixelBox>,
}

impl Obstacles {
    fn hit(&self, candidate: &PixelBox) -> bool {
        self.segments
            .iter()
            .any(|(a, b)| candidate.meets_segment(*a, *b))
            || self.boxes.iter().any(|b| b.overlaps(candidate))
    }
}

/// A label to place: one or more ways to write it (one line, or broken over two), its size.
pub(crate) struct LabelText<'a> {
    /// The ways to write it, the first preferred; each a list of lines.
    pub variants: &'a [Vec<String>],
    pub px: f64,
    pub bold: bool,
    /// Height of one line, with leading.
    pub line: f64,
}

impl LabelText<'_> {
    fn size(&self, lines: &[String]) -> (f64, f64) {
        let width = lines
            .iter()
            .map(|l| {
                if self.bold {
                    text_width_bold(l, self.px)
                } else {
                    text_width(l, self.px)
                }
            })
            .fold(0.0, f64::max);
        let height = self.line * (lines.len() as f64 - 1.0) + self.px * 1.1;
        (width.ceil(), height.ceil())
    }
}

/// Which side of the point a label takes, horizontally and vertically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    LeftAbove,
    RightBelow,
    RightAbove,
    LeftBelow,
}

/// A placed label: the lines to draw and the box they take (draw each line left-aligned from
/// the box's left edge, its top at `y0 + i × line`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Placed {
    pub lines: Vec<String>,
    pub bounds: PixelBox,
}

/// The nearest position for `label` around `point` (pixels) that stays inside `area` and keeps
/// `clearance` pixels from every obstacle: at `sides` in their order, `gap` away from the point
/// and moved further away in its vertical direction by up to `reach` pixels. A label too wide
/// for its side is pushed back inside `area` horizontally. `None` when no position is free.
#[allow(clippy::too_many_arguments)]
pub(crate) fn place(
    label: &LabelText<'_>,
    point: (f64, f64),
    gap: f64,
    sides: &[Side],
    area: &PixelBox,
    obstacles: &Obstacles,
    clearance: f64,
    reach: f64,
) -> Option<Placed> {
    let step = (label.px / 4.0).max(1.0);
    let steps = (reach / step).floor() as usize;
    let mut best: Option<(f64, Placed)> = None;
    for (variant_rank, lines) in label.variants.iter().enumerate() {
        let (w, h) = label.size(lines);
        for (side_rank, side) in sides.iter().enumerate() {
            for k in 0..=steps {
                let shift = k as f64 * step;
                let (left, top) = match side {
                    Side::LeftAbove => (point.0 - gap - w, point.1 - gap - h - shift),
                    Side::RightAbove => (point.0 + gap, point.1 - gap - h - shift),
                    Side::RightBelow => (point.0 + gap, point.1 + gap + shift),
                    Side::LeftBelow => (point.0 - gap - w, point.1 + gap + shift),
                };
                let left = left.min(area.x1 - w).max(area.x0);
                let candidate = PixelBox::new(left, top, left + w, top + h);
                if !candidate.inside(area) || obstacles.hit(&candidate.grown(clearance)) {
                    continue;
                }
                // Nearer is better; a side further down the list or a broken label costs a
                // little, so it wins only when it is clearly nearer.
                let cost = shift + side_rank as f64 * label.px + variant_rank as f64 * label.line;
                if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                    best = Some((
                        cost,
                        Placed {
                            lines: lines.clone(),
                            bounds: candidate,
                        },
                    ));
                }
                break;
            }
        }
    }
    best.map(|(_, placed)| placed)
}

/// The free box of `size` nearest to `ideal` (its top-left corner) inside `area`, on a grid of
/// `step` pixels, keeping `clearance` from every obstacle; `None` when there is none. For a
/// label that names a region rather than a point, so it may go anywhere in it.
pub(crate) fn place_nearest(
    size: (f64, f64),
    ideal: (f64, f64),
    area: &PixelBox,
    obstacles: &Obstacles,
    clearance: f64,
    step: f64,
) -> Option<PixelBox> {
    let (w, h) = size;
    let step = step.max(1.0);
    let columns = ((area.x1 - area.x0 - w) / step).floor();
    let rows = ((area.y1 - area.y0 - h) / step).floor();
    if columns < 0.0 || rows < 0.0 {
        return None;
    }
    let mut best: Option<(f64, PixelBox)> = None;
    for i in 0..=columns as usize {
        for j in 0..=rows as usize {
            let (x, y) = (area.x0 + i as f64 * step, area.y0 + j as f64 * step);
            let candidate = PixelBox::new(x, y, x + w, y + h);
            if obstacles.hit(&candidate.grown(clearance)) {
                continue;
            }
            let cost = (x - ideal.0).powi(2) + (y - ideal.1).powi(2);
            if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                best = Some((cost, candidate));
            }
        }
    }
    let exact = PixelBox::new(ideal.0, ideal.1, ideal.0 + w, ideal.1 + h);
    if exact.inside(area) && !obstacles.hit(&exact.grown(clearance)) {
        return Some(exact);
    }
    best.map(|(_, found)| found)
}

/// The stretches of the vertical line at `x` from `top` to `bottom` that no box covers (each
/// grown by `margin`): a reference line drawn in these stretches gives way to the labels it
/// would otherwise run through.
pub(crate) fn open_stretches(
    x: f64,
    top: f64,
    bottom: f64,
    boxes: &[PixelBox],
    margin: f64,
) -> Vec<(f64, f64)> {
    let mut covered: Vec<(f64, f64)> = boxes
        .iter()
        .map(|b| b.grown(margin))
        .filter(|b| b.x0 <= x && x <= b.x1 && b.y1 > top && b.y0 < bottom)
        .map(|b| (b.y0.max(top), b.y1.min(bottom)))
        .collect();
    crate::model::order::sort_by(&mut covered, |a, b| a.0.total_cmp(&b.0));
    let mut open = Vec::new();
    let mut from = top;
    for (y0, y1) in covered {
        if y0 > from {
            open.push((from, y0));
        }
        from = from.max(y1);
    }
    if from < bottom {
        open.push((from, bottom));
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_line_leaves_out_what_the_labels_on_it_cover() {
        let label = PixelBox::new(50.0, 40.0, 150.0, 60.0);
        let beside = PixelBox::new(200.0, 0.0, 300.0, 100.0);
        let overlapping = PixelBox::new(90.0, 55.0, 110.0, 70.0);
        let open = open_stretches(100.0, 0.0, 100.0, &[overlapping, label, beside], 2.0);
        assert_eq!(open, vec![(0.0, 38.0), (72.0, 100.0)]);
        // Nothing on the line: the whole line; everything on it: nothing.
        assert_eq!(
            open_stretches(100.0, 0.0, 100.0, &[beside], 2.0),
            vec![(0.0, 100.0)]
        );
        let all = PixelBox::new(0.0, -10.0, 300.0, 120.0);
        assert!(open_stretches(100.0, 0.0, 100.0, &[all], 0.0).is_empty());
    }

    #[test]
    fn a_segment_meets_a_box_only_where_it_passes_through() {
        let b = PixelBox::new(10.0, 10.0, 20.0, 20.0);
        assert!(b.meets_segment((0.0, 0.0), (30.0, 30.0)));
        assert!(!b.meets_segment((0.0, 30.0), (5.0, 25.0)));
        // Passes beside the box: below it within its x range.
        assert!(!b.meets_segment((0.0, 25.0), (30.0, 21.0)));
        // Vertical and horizontal segments.
        assert!(b.meets_segment((15.0, 0.0), (15.0, 100.0)));
        assert!(!b.meets_segment((25.0, 0.0), (25.0, 100.0)));
        assert!(b.meets_segment((0.0, 15.0), (100.0, 15.0)));
    }

    #[test]
    fn a_label_moves_off_a_line_it_would_cover() {
        // A rising line (y falls to the right) through the point (100, 100); the label is too
        // wide for the space left of the point, so its preferred corner is pushed over the line.
        let area = PixelBox::new(0.0, 0.0, 400.0, 300.0);
        let line = ((0.0, 200.0), (400.0, -200.0));
        let obstacles = Obstacles {
            segments: vec![line],
            boxes: vec![],
        };
        let variants = [vec!["centrale aanname: € 100.000".to_string()]];
        let label = LabelText {
            variants: &variants,
            px: 20.0,
            bold: false,
            line: 27.0,
        };
        let placed = place(
            &label,
            (100.0, 100.0),
            8.0,
            &[Side::LeftAbove, Side::RightBelow],
            &area,
            &obstacles,
            4.0,
            200.0,
        )
        .expect("a free place");
        assert!(!placed.bounds.grown(4.0).meets_segment(line.0, line.1));
        assert!(placed.bounds.x0 >= 0.0 && placed.bounds.x1 <= 400.0);
    }
}
