//! The pack's files as written, with the position of every value so that problems can name
//! a line. These shapes are only seen by the loader.

use serde::Deserialize;
use toml::Spanned;

pub type Id = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub id: Id,
    pub version: String,
    pub last_reviewed: toml::value::Datetime,
    /// After this day the content may be out of date, and every screen says so.
    pub review_by: Option<toml::value::Datetime>,
    /// The hotline to call to check content that is past `review_by` (a contact id).
    pub check_with: Option<Id>,
    /// Translations checked by a native speaker with legal knowledge: who, and when.
    #[serde(default)]
    pub reviewed: std::collections::BTreeMap<String, Review>,
    pub default_locale: Id,
    pub locales: Vec<Id>,
    pub scenarios: Vec<Id>,
    /// Messages that may read the same in every language (names, numbers): `kyr check` does
    /// not flag them as untranslated.
    #[serde(default)]
    pub same_ok: Vec<String>,
    /// Statements of the card to show an officer (`card.line-<id>`).
    #[serde(default)]
    pub card: Vec<Id>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub by: String,
    pub on: toml::value::Datetime,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    #[serde(default)]
    pub source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Id,
    pub url: Option<String>,
    /// The day the source was read at `url`.
    pub read: Option<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    #[serde(default)]
    pub contact: Vec<Contact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: Id,
    pub number: String,
    pub kind: ContactKind,
    pub group: Id,
    #[serde(default)]
    pub verify: bool,
}

#[derive(Deserialize, serde::Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    Phone,
    Web,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: Id,
    pub start: Id,
    /// The day this situation was last checked against its sources.
    pub reviewed: Option<toml::value::Datetime>,
    #[serde(default)]
    pub step: Vec<Step>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: Id,
    pub kind: Id,
    #[serde(default)]
    pub sources: Vec<Id>,
    pub next: Option<Id>,
    pub scenario: Option<Id>,
    pub choices: Option<Vec<Choice>>,
    pub items: Option<Vec<Id>>,
    pub pass: Option<Id>,
    pub fail: Option<Id>,
    pub lines: Option<Vec<Id>>,
    pub points: Option<Vec<Id>>,
    pub contacts: Option<Vec<Id>>,
    /// Offer the incident-notes form on this step.
    #[serde(default)]
    pub notes: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: Id,
    pub next: Option<Id>,
    pub scenario: Option<Id>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    pub scenario: Id,
    #[serde(default)]
    pub question: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Id,
    pub answers: Vec<Id>,
    pub best: Id,
    #[serde(default)]
    pub sources: Vec<Id>,
}
