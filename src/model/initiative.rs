//! The four initiatives of the Collectief informele steun kind & gezin.

use serde::{Deserialize, Serialize};

/// One of the four initiatives. Its slug (`home-start`) is what data files and URLs use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InitiativeId {
    Buurtgezinnen,
    Steunouder,
    HomeStart,
    SamenOplopen,
}

impl InitiativeId {
    /// How many initiatives there are: the length of every per-initiative array.
    pub const COUNT: usize = 4;

    /// In the order of the Collectief's own table.
    pub const ALL: [InitiativeId; InitiativeId::COUNT] = [
        InitiativeId::Buurtgezinnen,
        InitiativeId::Steunouder,
        InitiativeId::HomeStart,
        InitiativeId::SamenOplopen,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            InitiativeId::Buurtgezinnen => "buurtgezinnen",
            InitiativeId::Steunouder => "steunouder",
            InitiativeId::HomeStart => "home-start",
            InitiativeId::SamenOplopen => "samen-oplopen",
        }
    }

    pub fn from_slug(slug: &str) -> Option<InitiativeId> {
        InitiativeId::ALL.into_iter().find(|id| id.slug() == slug)
    }

    /// The name as the initiatives write it themselves.
    pub fn name(self) -> &'static str {
        match self {
            InitiativeId::Buurtgezinnen => "Buurtgezinnen",
            InitiativeId::Steunouder => "Steunouder",
            InitiativeId::HomeStart => "Home-Start",
            InitiativeId::SamenOplopen => "Samen Oplopen",
        }
    }

    /// How many initiatives there are, as prose says it: "vier".
    pub fn count_in_words() -> String {
        super::format::counted(InitiativeId::COUNT)
    }

    /// Every initiative by name, as prose lists them: "Buurtgezinnen, Steunouder, Home-Start en
    /// Samen Oplopen".
    pub fn all_named() -> String {
        super::format::listed(&InitiativeId::ALL.map(InitiativeId::name))
    }

    /// Position in [`InitiativeId::ALL`], for per-initiative arrays.
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// A value for each of the four initiatives, indexed by [`InitiativeId`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PerInitiative<T>(pub [T; InitiativeId::COUNT]);

impl<T> PerInitiative<T> {
    pub fn get(&self, id: InitiativeId) -> &T {
        &self.0[id.index()]
    }
    pub fn get_mut(&mut self, id: InitiativeId) -> &mut T {
        &mut self.0[id.index()]
    }
}
