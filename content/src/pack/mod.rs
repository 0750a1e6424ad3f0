//! The content pack as typed data: scenarios as graphs of steps, with every link resolved and
//! every message checked, so that the rest of the program never meets a file or a bad id.

pub mod files;
mod load;
mod raw;
mod text;
mod validate;

pub use files::Origin;
pub use load::{Coverage, Loaded, load, load_trusted};
pub use raw::ContactKind;
use serde::{Deserialize, Serialize};
pub use text::Text;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Pack {
    pub id: Text,
    pub version: Text,
    /// ISO date (`2026-11-26`) on which the content was last checked against its sources.
    pub last_reviewed: Text,
    /// ISO date after which the content may be out of date.
    pub review_by: Option<Text>,
    /// Index into `contacts` of the hotline that can say what changed.
    pub check_with: Option<usize>,
    /// Languages checked by a native speaker with legal knowledge: tag, who, when.
    pub reviews: Vec<Review>,
    pub scenarios: Vec<Scenario>,
    pub sources: Vec<Source>,
    pub contacts: Vec<Contact>,
    /// Statements of the card to show an officer, in order.
    pub card: Vec<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Review {
    pub locale: Text,
    pub by: Text,
    pub on: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Scenario {
    pub id: Text,
    /// ISO date this situation was last checked against its sources.
    pub reviewed: Option<Text>,
    pub start: usize,
    pub steps: Vec<Step>,
    /// Practice questions for workshops (may be empty).
    pub quiz: Vec<Question>,
}

/// "What would you do?": answers in the order shown, one of them best.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Question {
    pub id: Text,
    pub answers: Vec<Text>,
    pub best: usize,
    pub sources: Vec<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Step {
    pub id: Text,
    /// Indexes into `Pack::sources`.
    pub sources: Vec<usize>,
    pub kind: StepKind,
    /// Offer the incident-notes form here.
    pub notes: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub enum StepKind {
    Info {
        next: Target,
    },
    Question {
        choices: Vec<Choice>,
    },
    Checklist {
        items: Vec<Text>,
        pass: usize,
        fail: usize,
    },
    Say {
        lines: Vec<Text>,
        next: Target,
    },
    /// `contacts` index into `Pack::contacts`.
    End {
        points: Vec<Text>,
        contacts: Vec<usize>,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Choice {
    pub id: Text,
    pub target: Target,
}

/// Where a choice leads: a step of the same scenario, or the start of another scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Step(usize),
    Scenario(usize),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Source {
    pub id: Text,
    pub url: Option<Text>,
    /// ISO date the source was read at its address.
    pub read: Option<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Contact {
    pub id: Text,
    pub number: Text,
    pub kind: ContactKind,
    pub group: Text,
    /// Not confirmed in two sources: shown with a "check this number" flag.
    pub verify: bool,
}

impl Pack {
    pub fn scenario_index(&self, id: &str) -> Option<usize> {
        self.scenarios.iter().position(|s| s.id == id)
    }

    /// Past its review date on `today` (an ISO date from the edge; empty means unknown).
    pub fn out_of_date(&self, today: &str) -> bool {
        self.review_by
            .as_deref()
            .is_some_and(|by| !today.is_empty() && today > by)
    }

    /// Whether a native speaker with legal knowledge has checked this language.
    pub fn reviewed(&self, locale: &str) -> bool {
        self.reviews.iter().any(|r| r.locale == locale)
    }
}

/// Fluent ids of the pack's messages, in one place so that the validator and the views agree.
pub mod msg {
    pub fn step(scenario: &str, step: &str) -> String {
        format!("{scenario}--{step}")
    }
    pub fn source(id: &str) -> String {
        format!("source-{id}")
    }
    pub fn contact(id: &str) -> String {
        format!("contact-{id}")
    }
    pub fn contact_group(group: &str) -> String {
        format!("contact-group-{group}")
    }
    pub fn choice(id: &str) -> String {
        format!("choice-{id}")
    }
    pub fn item(id: &str) -> String {
        format!("item-{id}")
    }
    pub fn line(id: &str) -> String {
        format!("line-{id}")
    }
    pub fn point(id: &str) -> String {
        format!("point-{id}")
    }
    pub fn quiz(scenario: &str, question: &str) -> String {
        format!("quiz-{scenario}--{question}")
    }
    pub fn answer(id: &str) -> String {
        format!("answer-{id}")
    }
    pub fn why(id: &str) -> String {
        format!("why-{id}")
    }
    pub fn presenter(scenario: &str) -> String {
        format!("presenter-{scenario}")
    }
    pub const PACK_TITLE: &str = "pack-title";
    pub const CARD: &str = "card";
    pub const LANGUAGE_NAME: &str = "language-name";
}

/// Ids are lower-case words of letters and digits joined by single hyphens, so that
/// `scenario--step` message ids can never be ambiguous.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::valid_id;

    #[test]
    fn ids() {
        assert!(valid_id("at-home"));
        assert!(valid_id("i200"));
        assert!(!valid_id("at--home"));
        assert!(!valid_id("-x"));
        assert!(!valid_id("At"));
        assert!(!valid_id(""));
    }
}
