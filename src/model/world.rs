//! The one model core. A [`World`] holds one value for every uncertain quantity the model reads;
//! [`evaluate`] turns a world and a scenario into yearly money flows. The projection (three
//! worlds: pessimistic, central, optimistic), every Monte Carlo draw and every sensitivity run
//! call the same function, so they cannot compute different things.
//!
//! Adding a quantity to the model means: one [`Kind`] variant with its line in [`KINDS`], one
//! entry in `parameters.json` (whose id the loader reads because [`KINDS`] names it), and its use
//! in [`evaluate`].
//!
//! # The arithmetic (all inputs from `parameters.json`; the assumptions page says it in Dutch)
//!
//! **Cost.** `matches × cost_per_match × (1 + startup_surcharge × w)`, where `w` is the part of
//! the year that is a start year: the start years count from the initiative's first year with
//! matches, and a fractional number of start years (a Monte Carlo draw between 0 and 2, say)
//! makes the last one count for that fraction. A local cost per match replaces the table's range;
//! the surcharge still applies to it.
//!
//! **Families reached.** Steady turnover: with an average match duration of `d` years, a fraction
//! `1/d` of last year's matches ends each year, the rest carry over:
//! `carried[y] = min(m[y], m[y−1] · (1 − 1/d))`, new families `f[y] = m[y] − carried[y]`.
//!
//! **Avoided costs** per new family: `(1 − deadweight) × (share_youth_care × youth_care_cost +
//! share_placement × placement_cost_per_year × placement_years)`, falling `lag` years after the
//! family is reached; a fractional lag is split linearly over two years. Effects after the
//! horizon are counted (the flows run [`MAX_EFFECT_LAG_YEARS`] years past it).
//!
//! **Earlier professional care** (wegwijzer, ‘Voor de beroepsmatige zorg’: informal support can
//! also lead families to call on professional care sooner): an extra cost per match per year, in
//! the year of the match, taken off that year's avoided costs. So the net result, the
//! break-even share and every band count it; at its default of zero it changes nothing.
//!
//! **Volunteers** ([`evaluate_volunteers`], which only the projection needs: they move no money).
//! Hours = matches × hours per match; social value = matches × volunteers per match × wellbeing
//! per volunteer (never added to money that returns to the municipality).
//!
//! **Present value.** `Σ v_y / (1 + r)^y`, year 0 undiscounted.
//!
//! **Worlds.** The pessimistic world has every quantity at the end that is worse for the net
//! result (highest cost, fewest new families, smallest avoided costs, longest lag, fewest volunteer
//! hours); the optimistic world the other end. A value the user chose stays as chosen in both
//! (`ModelParameters::uncertain_ranges`). The discount rate is a convention, not an
//! uncertainty: it stays at its value in both worlds and in every draw, and is varied only as a
//! sensitivity run.

use super::initiative::InitiativeId;
use super::range::Range3;
use super::scenario::{Scenario, MAX_HORIZON_YEARS};

/// Longest effect lag the model accepts (years). Flows always run this many years past the
/// horizon, so a chart keeps its axis when the lag changes.
pub const MAX_EFFECT_LAG_YEARS: u32 = 3;

/// Most years a projection can have (horizon plus the years in which delayed effects fall).
pub const MAX_PROJECTION_YEARS: usize = (MAX_HORIZON_YEARS + MAX_EFFECT_LAG_YEARS) as usize;

/// Yearly slots in the flows: every projection year plus one that only ever receives a zero share
/// (the later part of a lag of exactly the maximum), so the inner loop needs no branch.
const SLOTS: usize = MAX_PROJECTION_YEARS + 1;

const HORIZON: usize = MAX_HORIZON_YEARS as usize;
const INITIATIVES: usize = InitiativeId::COUNT;

/// The kinds of uncertain quantity. Per-initiative kinds come first (the layout of [`World`]
/// relies on it; a test checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    CostPerMatch,
    StartYears,
    MatchDuration,
    VolunteerHours,
    StartupSurcharge,
    VolunteersPerMatch,
    ShareYouthCareAvoided,
    SharePlacementAvoided,
    Deadweight,
    YouthCareCost,
    PlacementCostPerYear,
    PlacementYears,
    EffectLag,
    VolunteerWellbeing,
    DiscountRate,
    EarlierCare,
}

/// Which end of a quantity's range is worse for the net result (or for volunteer hours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Low,
    High,
}

impl End {
    pub fn of(self, range: &Range3) -> f64 {
        match self {
            End::Low => range.low,
            End::High => range.high,
        }
    }

    pub fn opposite(self) -> End {
        match self {
            End::Low => End::High,
            End::High => End::Low,
        }
    }
}

/// What the model needs to know about one kind of quantity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KindDefinition {
    pub kind: Kind,
    /// The parameter id in `parameters.json`; per initiative `<id>.<slug>`.
    pub id: &'static str,
    pub per_initiative: bool,
    /// The end used in the pessimistic world.
    pub pessimistic: End,
    /// Bounds the file's low and high must respect (the model's own constraints).
    pub min: f64,
    pub max: f64,
    /// Whether the file's values must be whole numbers (start years).
    pub whole: bool,
    /// Whether the quantity is uncertain (drawn in the Monte Carlo, at its ends in the
    /// pessimistic and optimistic worlds). Otherwise only the sensitivity view varies it.
    pub uncertain: bool,
    /// Whether it changes money (cost, avoided costs, present values); volunteer quantities do not.
    pub affects_net: bool,
}

const ANY: f64 = f64::MAX;

const fn define(
    kind: Kind,
    id: &'static str,
    per_initiative: bool,
    pessimistic: End,
    (min, max): (f64, f64),
) -> KindDefinition {
    KindDefinition {
        kind,
        id,
        per_initiative,
        pessimistic,
        min,
        max,
        whole: false,
        uncertain: true,
        affects_net: true,
    }
}

/// Every kind, in [`Kind`] order: the one list the loader, the worlds, the Monte Carlo and the
/// sensitivity view read.
pub const KINDS: [KindDefinition; 16] = {
    use End::{High, Low};
    use Kind::*;
    let share = (0.0, 1.0);
    let positive = (0.0, ANY);
    [
        define(CostPerMatch, "kosten_per_koppeling", true, High, positive),
        KindDefinition {
            whole: true,
            ..define(StartYears, "startjaren", true, High, (0.0, HORIZON as f64))
        },
        // At least a year: a match is paid per year, so a shorter average would count more new
        // families than matches.
        define(MatchDuration, "duur_koppeling", true, High, (1.0, ANY)),
        KindDefinition {
            affects_net: false,
            ..define(VolunteerHours, "vrijwilligersuren", true, Low, positive)
        },
        define(StartupSurcharge, "opslag_startjaren", false, High, positive),
        KindDefinition {
            affects_net: false,
            ..define(
                VolunteersPerMatch,
                "vrijwilligers_per_koppeling",
                false,
                Low,
                positive,
            )
        },
        define(
            ShareYouthCareAvoided,
            "aandeel_jeugdhulp_voorkomen",
            false,
            Low,
            share,
        ),
        define(
            SharePlacementAvoided,
            "aandeel_uithuisplaatsing_voorkomen",
            false,
            Low,
            share,
        ),
        define(Deadweight, "deadweight", false, High, share),
        define(
            YouthCareCost,
            "kosten_jeugdhulptraject",
            false,
            Low,
            positive,
        ),
        define(
            PlacementCostPerYear,
            "kosten_uithuisplaatsing_per_jaar",
            false,
            Low,
            positive,
        ),
        define(
            PlacementYears,
            "duur_uithuisplaatsing",
            false,
            Low,
            positive,
        ),
        define(
            EffectLag,
            "vertraging_effect",
            false,
            High,
            (0.0, MAX_EFFECT_LAG_YEARS as f64),
        ),
        KindDefinition {
            affects_net: false,
            ..define(
                VolunteerWellbeing,
                "welzijn_vrijwilliger",
                false,
                Low,
                positive,
            )
        },
        KindDefinition {
            uncertain: false,
            ..define(DiscountRate, "discontovoet", false, High, share)
        },
        define(EarlierCare, "extra_hulp_per_gezin", false, High, positive),
    ]
};

const PER_INITIATIVE_KINDS: usize = 4;

/// Values in a world: one per scalar kind, one per initiative for the per-initiative kinds.
pub const QUANTITY_COUNT: usize =
    PER_INITIATIVE_KINDS * INITIATIVES + (KINDS.len() - PER_INITIATIVE_KINDS);

/// Whether the quantity in each slot is drawn in the Monte Carlo: uncertain (see
/// [`KindDefinition::uncertain`]) and moving money, the only thing the simulation reports. A
/// table, so a draw needs no lookup per value.
const DRAWN: [bool; QUANTITY_COUNT] = {
    let mut out = [false; QUANTITY_COUNT];
    let mut kind = 0;
    let mut slot = 0;
    while kind < KINDS.len() {
        let copies = if KINDS[kind].per_initiative {
            INITIATIVES
        } else {
            1
        };
        let mut copy = 0;
        while copy < copies {
            out[slot] = KINDS[kind].uncertain && KINDS[kind].affects_net;
            slot += 1;
            copy += 1;
        }
        kind += 1;
    }
    out
};

impl Kind {
    pub fn definition(self) -> &'static KindDefinition {
        &KINDS[self as usize]
    }
}

/// One quantity: a kind, for one initiative when the kind is per initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quantity {
    pub kind: Kind,
    pub initiative: Option<InitiativeId>,
}

impl Quantity {
    pub fn scalar(kind: Kind) -> Quantity {
        Quantity {
            kind,
            initiative: None,
        }
    }

    pub fn of(kind: Kind, initiative: InitiativeId) -> Quantity {
        Quantity {
            kind,
            initiative: Some(initiative),
        }
    }

    /// Every quantity, in slot order.
    pub fn all() -> impl Iterator<Item = Quantity> {
        KINDS.iter().flat_map(|d| {
            let per: &[InitiativeId] = if d.per_initiative {
                &InitiativeId::ALL
            } else {
                &[]
            };
            let scalar = (!d.per_initiative).then(|| Quantity::scalar(d.kind));
            per.iter()
                .map(move |&id| Quantity::of(d.kind, id))
                .chain(scalar)
        })
    }

    pub fn definition(self) -> &'static KindDefinition {
        self.kind.definition()
    }

    /// The parameter id: `deadweight`, `kosten_per_koppeling.home-start`.
    pub fn parameter_id(self) -> String {
        let id = self.definition().id;
        match self.initiative {
            Some(initiative) => format!("{id}.{}", initiative.slug()),
            None => id.to_string(),
        }
    }

    /// Index into a [`Quantities`] array.
    #[inline(always)]
    fn slot(self) -> usize {
        let kind = self.kind as usize;
        match self.initiative {
            Some(initiative) => kind * INITIATIVES + initiative.index(),
            None => PER_INITIATIVE_KINDS * INITIATIVES + kind - PER_INITIATIVE_KINDS,
        }
    }
}

/// One value of type `T` for every quantity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantities<T>([T; QUANTITY_COUNT]);

/// One consistent set of values: one "world" the model is evaluated in.
pub type World = Quantities<f64>;

impl<T: Copy> Quantities<T> {
    /// Every quantity's value from `value`, called in slot order (the Monte Carlo relies on the
    /// order for reproducible draws).
    pub fn from_fn(mut value: impl FnMut(Quantity) -> T) -> Quantities<T>
    where
        T: Default,
    {
        let mut values = [T::default(); QUANTITY_COUNT];
        for (slot, quantity) in values.iter_mut().zip(Quantity::all()) {
            *slot = value(quantity);
        }
        Quantities(values)
    }

    pub fn get(&self, quantity: Quantity) -> T {
        self.0[quantity.slot()]
    }

    pub fn set(&mut self, quantity: Quantity, value: T) {
        self.0[quantity.slot()] = value;
    }

    /// The value of a scalar kind.
    #[inline(always)]
    pub fn scalar(&self, kind: Kind) -> T {
        self.0[Quantity::scalar(kind).slot()]
    }

    /// The value of a per-initiative kind for `initiative`.
    #[inline(always)]
    pub fn of(&self, kind: Kind, initiative: InitiativeId) -> T {
        self.0[Quantity::of(kind, initiative).slot()]
    }

    /// Applies `f` to every value, in slot order.
    pub fn map<U: Copy + Default>(&self, mut f: impl FnMut(Quantity, T) -> U) -> Quantities<U> {
        let mut values = [U::default(); QUANTITY_COUNT];
        for ((out, &value), quantity) in values.iter_mut().zip(&self.0).zip(Quantity::all()) {
            *out = f(quantity, value);
        }
        Quantities(values)
    }

    /// Every quantity with its value, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (Quantity, T)> + '_ {
        Quantity::all().zip(self.0.iter().copied())
    }
}

/// The three worlds of the projection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outlook {
    Pessimistic,
    Central,
    Optimistic,
}

impl Quantities<Range3> {
    /// The world with every uncertain quantity at the end `outlook` asks for (see the module
    /// documentation); quantities that are not uncertain stay at their central value.
    pub fn world(&self, outlook: Outlook) -> World {
        self.map(|quantity, range| {
            let definition = quantity.definition();
            match outlook {
                Outlook::Central => range.central,
                _ if !definition.uncertain => range.central,
                Outlook::Pessimistic => definition.pessimistic.of(&range),
                Outlook::Optimistic => definition.pessimistic.opposite().of(&range),
            }
        })
    }
}

impl Quantities<Range3> {
    /// A world drawn at random: every uncertain quantity that moves money from `sample`, called
    /// in slot order, the others at their central value.
    #[inline(always)]
    pub fn draw(&self, mut sample: impl FnMut(&Range3) -> f64, out: &mut World) {
        for ((value, range), &drawn) in out.0.iter_mut().zip(&self.0).zip(&DRAWN) {
            *value = if drawn { sample(range) } else { range.central };
        }
    }
}

/// One chosen initiative, prepared for the kernel: fixed-size arrays, no allocation.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PreparedLine {
    initiative: InitiativeId,
    matches: [f64; HORIZON],
    /// The programme year of the first matches (the horizon when there are none).
    first_year: usize,
    local_cost: Option<f64>,
}

/// A valid scenario in the form the kernel reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prepared {
    horizon: usize,
    count: usize,
    lines: [PreparedLine; INITIATIVES],
}

impl Prepared {
    /// Expects a valid scenario (see [`super::scenario::validate`]): at most one line per
    /// initiative, every line as long as the horizon, the horizon at most [`MAX_HORIZON_YEARS`].
    pub fn new(scenario: &Scenario) -> Prepared {
        let horizon = (scenario.horizon_years as usize).min(HORIZON);
        let empty = PreparedLine {
            initiative: InitiativeId::ALL[0],
            matches: [0.0; HORIZON],
            first_year: horizon,
            local_cost: None,
        };
        let mut lines = [empty; INITIATIVES];
        for (slot, line) in lines.iter_mut().zip(&scenario.lines) {
            slot.initiative = line.initiative;
            for (m, &n) in slot.matches.iter_mut().zip(&line.matches_per_year) {
                *m = f64::from(n);
            }
            slot.first_year = line.first_year_with_matches().unwrap_or(horizon);
            slot.local_cost = line.local_cost_per_match;
        }
        Prepared {
            horizon,
            count: scenario.lines.len().min(INITIATIVES),
            lines,
        }
    }

    pub fn horizon(&self) -> usize {
        self.horizon
    }

    /// Years of the flows: the horizon plus the years in which delayed effects fall.
    pub fn years(&self) -> usize {
        self.horizon + MAX_EFFECT_LAG_YEARS as usize
    }

    /// The chosen initiatives, in scenario order.
    pub fn initiatives(&self) -> impl Iterator<Item = InitiativeId> + '_ {
        self.lines[..self.count].iter().map(|l| l.initiative)
    }

    /// Whether the quantity can change anything in this scenario: per-initiative quantities of
    /// initiatives not chosen cannot, nor the table's price where a local price replaces it.
    pub fn uses(&self, quantity: Quantity) -> bool {
        match quantity.initiative {
            None => true,
            Some(id) => self.lines[..self.count].iter().any(|line| {
                line.initiative == id
                    && !(quantity.kind == Kind::CostPerMatch && line.local_cost.is_some())
            }),
        }
    }

    /// Whether any matches fall in a start year of their initiative (`start_years` per
    /// initiative from `world`): the cost then includes the assumed surcharge.
    pub fn has_matches_in_start_years(&self, world: &World) -> bool {
        self.lines[..self.count].iter().any(|line| {
            let start_years = world.of(Kind::StartYears, line.initiative);
            (line.first_year..self.horizon).any(|y| {
                line.matches[y] > 0.0 && start_weight(start_years, y - line.first_year) > 0.0
            })
        })
    }
}

/// The part of programme year `since_start` (counted from the initiative's first year with
/// matches) that is a start year, for `start_years` start years: 1, 0, or the fraction of the last.
#[inline(always)]
fn start_weight(start_years: f64, since_start: usize) -> f64 {
    let left = start_years - since_start as f64;
    if left >= 1.0 {
        1.0
    } else if left > 0.0 {
        left
    } else {
        0.0
    }
}

/// Yearly flows of one world, per scenario line (index = programme year; money beyond the
/// horizon only in `avoided`). Reused across evaluations, so a draw allocates nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Flows {
    pub lines: usize,
    pub years: usize,
    pub horizon: usize,
    pub cost: [[f64; SLOTS]; INITIATIVES],
    pub avoided: [[f64; SLOTS]; INITIATIVES],
    pub families: [[f64; HORIZON]; INITIATIVES],
    pub volunteers: [[f64; HORIZON]; INITIATIVES],
    pub volunteer_hours: [[f64; HORIZON]; INITIATIVES],
    pub social_value: [[f64; HORIZON]; INITIATIVES],
    /// `1 / (1 + r)^y` for every year of the flows.
    pub discount: [f64; SLOTS],
    /// Present value of one youth-care trajectory avoided in every new family: the denominator
    /// of the break-even share (a net share, after deadweight).
    pub youth_care_value_pv: f64,
    /// The net share of new families in whom youth care is avoided in this world (share times
    /// one minus deadweight): what the break-even share is set against.
    pub youth_care_net_share: f64,
}

impl Default for Flows {
    fn default() -> Flows {
        Flows {
            lines: 0,
            years: 0,
            horizon: 0,
            cost: [[0.0; SLOTS]; INITIATIVES],
            avoided: [[0.0; SLOTS]; INITIATIVES],
            families: [[0.0; HORIZON]; INITIATIVES],
            volunteers: [[0.0; HORIZON]; INITIATIVES],
            volunteer_hours: [[0.0; HORIZON]; INITIATIVES],
            social_value: [[0.0; HORIZON]; INITIATIVES],
            discount: [0.0; SLOTS],
            youth_care_value_pv: 0.0,
            youth_care_net_share: 0.0,
        }
    }
}

impl Flows {
    /// Cost of all lines in year `y`.
    #[inline(always)]
    pub fn total_cost(&self, y: usize) -> f64 {
        self.cost[..self.lines].iter().map(|c| c[y]).sum()
    }

    /// Avoided costs of all lines in year `y`.
    #[inline(always)]
    pub fn total_avoided(&self, y: usize) -> f64 {
        self.avoided[..self.lines].iter().map(|a| a[y]).sum()
    }

    /// Present values of cost and avoided costs of all lines.
    pub fn present_values(&self) -> (f64, f64) {
        let (mut cost, mut avoided) = (0.0, 0.0);
        for y in 0..self.years {
            cost += self.total_cost(y) * self.discount[y];
            avoided += self.total_avoided(y) * self.discount[y];
        }
        (cost, avoided)
    }

    /// Net result as a present value: avoided costs minus costs.
    pub fn net_pv(&self) -> f64 {
        let (cost, avoided) = self.present_values();
        avoided - cost
    }

    /// The net share of new families in whom a youth-care trajectory must be prevented for the
    /// avoided costs to equal the costs (present values), with the other avoided costs
    /// (placements) as this world has them: the share at which [`Flows::net_pv`] is zero, so the
    /// break-even and the net result beside it count the same things. Zero when the other
    /// avoided costs alone cover the costs; `None` when no family is reached.
    pub fn break_even_share(&self) -> Option<f64> {
        (self.youth_care_value_pv > 0.0).then(|| {
            let (cost, avoided) = self.present_values();
            let other = avoided - self.youth_care_net_share * self.youth_care_value_pv;
            let share = (cost - other) / self.youth_care_value_pv;
            // Not `f64::max`, which would turn a share that cannot be computed into zero.
            if share < 0.0 {
                0.0
            } else {
                share
            }
        })
    }
}

/// New families per year from the active matches (steady turnover, see the module
/// documentation). A duration below one year counts as one year.
#[inline(always)]
pub fn new_families(matches: &[f64], duration: f64, out: &mut [f64]) {
    // Comparisons rather than `f64::min`/`max`, which are libm calls at `opt-level = "z"`.
    let duration = if duration > 1.0 { duration } else { 1.0 };
    let carry = 1.0 - 1.0 / duration;
    let mut previous = 0.0;
    for (&m, f) in matches.iter().zip(out.iter_mut()) {
        let carry_over = previous * carry;
        let carried = if carry_over < m { carry_over } else { m };
        *f = m - carried;
        previous = m;
    }
}

/// A lag in years as (whole years, fraction of the effect that falls one year later), clamped to
/// `0..=MAX_EFFECT_LAG_YEARS`.
#[inline(always)]
pub fn lag_split(lag: f64) -> (usize, f64) {
    let max = MAX_EFFECT_LAG_YEARS as f64;
    let lag = if lag > 0.0 {
        if lag < max {
            lag
        } else {
            max
        }
    } else {
        0.0
    };
    let whole = lag as usize; // non-negative and small: truncation is the floor
    (whole, lag - whole as f64)
}

/// Avoided cost per new family in `world`, net of deadweight (municipal youth-care budget).
#[inline(always)]
pub fn avoided_per_family(world: &World) -> f64 {
    use Kind::*;
    (1.0 - world.scalar(Deadweight))
        * (world.scalar(ShareYouthCareAvoided) * world.scalar(YouthCareCost)
            + world.scalar(SharePlacementAvoided)
                * world.scalar(PlacementCostPerYear)
                * world.scalar(PlacementYears))
}

/// The kernel: the yearly money flows of `scenario` in `world` (cost, families reached, avoided
/// costs, discount factors), written into `out`. The volunteer series are left as they are: they
/// move no money, so the Monte Carlo and the sensitivity runs do without them; the projection adds
/// them with [`evaluate_volunteers`].
pub fn evaluate(world: &World, scenario: &Prepared, out: &mut Flows) {
    use Kind::*;
    let horizon = scenario.horizon;
    let years = scenario.years();
    out.lines = scenario.count;
    out.years = years;
    out.horizon = horizon;

    let rate = world.scalar(DiscountRate);
    let base = 1.0 / (1.0 + if rate > 0.0 { rate } else { 0.0 });
    let mut factor = 1.0;
    for slot in out.discount.iter_mut() {
        *slot = factor;
        factor *= base;
    }

    let per_family = avoided_per_family(world);
    let (whole, fraction) = lag_split(world.scalar(EffectLag));
    // Lag-weighted discount factor of an effect of a family reached in year y, for the
    // break-even share: its avoided youth care falls in y + whole and y + whole + 1.
    // Past the flows' last year an effect is not counted.
    let discount = out.discount;
    let discount_at = |y: usize| if y < years { discount[y] } else { 0.0 };
    let lagged_discount = |y: usize| {
        discount_at(y + whole) * (1.0 - fraction) + discount_at(y + whole + 1) * fraction
    };
    // The break-even share is net of deadweight already, so its denominator has none.
    let youth_care_cost = world.scalar(YouthCareCost);
    let surcharge = world.scalar(StartupSurcharge);
    let earlier_care = world.scalar(EarlierCare);

    let mut youth_care_value_pv = 0.0;
    for (index, line) in scenario.lines[..scenario.count].iter().enumerate() {
        let id = line.initiative;
        let price = match line.local_cost {
            Some(local) => local,
            None => world.of(CostPerMatch, id),
        };
        let start_years = world.of(StartYears, id);
        let matches = &line.matches[..horizon];

        // Nothing is spent after the horizon.
        let cost = &mut out.cost[index];
        cost[horizon..].fill(0.0);
        for (y, (c, &m)) in cost.iter_mut().zip(matches).enumerate() {
            let weight = if y >= line.first_year {
                start_weight(start_years, y - line.first_year)
            } else {
                0.0
            };
            *c = m * price * (1.0 + surcharge * weight);
        }

        let families = &mut out.families[index];
        new_families(
            matches,
            world.of(MatchDuration, id),
            &mut families[..horizon],
        );
        let avoided = &mut out.avoided[index];
        avoided[..=years].fill(0.0);
        // Care a family calls on sooner falls while its match runs, not after the lag. Per
        // match, not per new family: the matches are the same in every world, so the pessimistic
        // world (fewest new families) still has the least avoided in every year.
        for (a, &m) in avoided.iter_mut().zip(matches) {
            *a -= m * earlier_care;
        }
        let now = per_family * (1.0 - fraction);
        let later = per_family * fraction;
        // y + whole + 1 ≤ horizon + MAX_EFFECT_LAG_YEARS < SLOTS (`later` is 0 at the maximum).
        for (y, &f) in families[..horizon].iter().enumerate() {
            avoided[y + whole] += f * now;
            avoided[y + whole + 1] += f * later;
            youth_care_value_pv += f * youth_care_cost * lagged_discount(y);
        }
    }
    out.youth_care_value_pv = youth_care_value_pv;
    out.youth_care_net_share =
        (1.0 - world.scalar(Deadweight)) * world.scalar(ShareYouthCareAvoided);
}

/// The volunteer series of `scenario` in `world` (volunteers, hours, social value), written into
/// `out`: matches times hours per match, and volunteers times their wellbeing.
pub fn evaluate_volunteers(world: &World, scenario: &Prepared, out: &mut Flows) {
    use Kind::*;
    let volunteers_per_match = world.scalar(VolunteersPerMatch);
    let wellbeing = world.scalar(VolunteerWellbeing);
    for (index, line) in scenario.lines[..scenario.count].iter().enumerate() {
        let hours = world.of(VolunteerHours, line.initiative);
        for (y, &m) in line.matches[..scenario.horizon].iter().enumerate() {
            let volunteers = m * volunteers_per_match;
            out.volunteers[index][y] = volunteers;
            out.volunteer_hours[index][y] = m * hours;
            out.social_value[index][y] = volunteers * wellbeing;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_break_even_share_that_cannot_be_computed_is_not_zero() {
        // One year, one line: cost 100, avoided 30 of which 10 youth care (net share 10% of a
        // trajectory value of 100), so placements bring 20 and youth care must bring 80.
        let mut flows = Flows {
            lines: 1,
            years: 1,
            youth_care_value_pv: 100.0,
            youth_care_net_share: 0.1,
            ..Flows::default()
        };
        flows.discount[0] = 1.0;
        flows.cost[0][0] = 100.0;
        flows.avoided[0][0] = 30.0;
        assert!((flows.break_even_share().unwrap() - 0.8).abs() < 1e-12);
        // Placements alone cover the cost: zero, never negative.
        flows.avoided[0][0] = 130.0;
        assert_eq!(flows.break_even_share(), Some(0.0));
        // A cost that is not a number is no claim that the placements pay it back.
        flows.cost[0][0] = f64::NAN;
        assert!(flows.break_even_share().unwrap().is_nan());
    }

    #[test]
    fn kinds_are_listed_in_order_with_per_initiative_kinds_first() {
        for (index, definition) in KINDS.iter().enumerate() {
            assert_eq!(definition.kind as usize, index, "{:?}", definition.kind);
            assert_eq!(definition.per_initiative, index < PER_INITIATIVE_KINDS);
        }
    }

    #[test]
    fn every_quantity_has_its_own_slot_in_order() {
        let slots: Vec<usize> = Quantity::all().map(Quantity::slot).collect();
        assert_eq!(slots, (0..QUANTITY_COUNT).collect::<Vec<_>>());
        let ids: std::collections::BTreeSet<String> =
            Quantity::all().map(Quantity::parameter_id).collect();
        assert_eq!(ids.len(), QUANTITY_COUNT);
        assert!(ids.contains("kosten_per_koppeling.home-start"));
        assert!(ids.contains("discontovoet"));
    }

    #[test]
    fn the_table_of_drawn_slots_follows_the_kinds() {
        for (quantity, &drawn) in Quantity::all().zip(&DRAWN) {
            let d = quantity.definition();
            assert_eq!(drawn, d.uncertain && d.affects_net, "{quantity:?}");
        }
    }

    #[test]
    fn new_families_follow_the_turnover_rule() {
        let mut out = [0.0; 4];
        new_families(&[10.0, 10.0, 20.0, 0.0], 2.0, &mut out);
        // Year 1: half of last year's 10 carry over; year 2: 5 carry, 15 new; year 3: none.
        assert_eq!(out, [10.0, 5.0, 15.0, 0.0]);
        new_families(&[10.0, 10.0, 20.0, 0.0], 1.0, &mut out);
        assert_eq!(out, [10.0, 10.0, 20.0, 0.0]);
    }

    #[test]
    fn a_fractional_lag_splits_between_two_years() {
        assert_eq!(lag_split(1.25), (1, 0.25));
        assert_eq!(lag_split(2.0), (2, 0.0));
        assert_eq!(lag_split(9.0), (MAX_EFFECT_LAG_YEARS as usize, 0.0));
        assert_eq!(lag_split(f64::NAN), (0, 0.0));
    }

    #[test]
    fn a_fractional_start_year_carries_that_part_of_the_surcharge() {
        assert_eq!(start_weight(1.0, 0), 1.0);
        assert_eq!(start_weight(1.0, 1), 0.0);
        assert_eq!(start_weight(1.5, 1), 0.5);
        assert_eq!(start_weight(0.0, 0), 0.0);
        assert_eq!(start_weight(2.0, 1), 1.0);
    }
}
