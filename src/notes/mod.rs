//! Incident notes: what a lawyer will need to know about an encounter, asked field by field,
//! kept as the person's own private files.

pub mod command;
pub mod lock;
pub mod store;

use crate::i18n::Localizer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

/// How a field is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line.
    Line,
    /// Several lines, wrapped.
    Text,
    /// One of a few answers (ids of `note-choice-<id>` messages).
    Choice(&'static [&'static str]),
}

pub struct Field {
    pub id: &'static str,
    pub kind: Kind,
}

/// The form, in the order a lawyer would ask. Words: `note-field-<id>` (value: label,
/// `.hint`: what to write).
pub const FIELDS: &[Field] = &[
    Field {
        id: "when",
        kind: Kind::Line,
    },
    Field {
        id: "place",
        kind: Kind::Line,
    },
    Field {
        id: "agency",
        kind: Kind::Choice(&["ice", "hsi", "cbp", "nypd", "other", "unknown"]),
    },
    Field {
        id: "agents",
        kind: Kind::Line,
    },
    Field {
        id: "names",
        kind: Kind::Text,
    },
    Field {
        id: "uniforms",
        kind: Kind::Text,
    },
    Field {
        id: "vehicles",
        kind: Kind::Text,
    },
    Field {
        id: "papers",
        kind: Kind::Choice(&["judicial", "ice-form", "none", "not-sure"]),
    },
    Field {
        id: "said",
        kind: Kind::Text,
    },
    Field {
        id: "force",
        kind: Kind::Text,
    },
    Field {
        id: "taken",
        kind: Kind::Text,
    },
    Field {
        id: "witnesses",
        kind: Kind::Text,
    },
    Field {
        id: "media",
        kind: Kind::Text,
    },
];

/// Largest note file kyr reads; anything bigger is reported, not loaded.
pub const MAX_BYTES: u64 = 1 << 20;

/// One note. Stored as TOML; unknown fields from newer versions are kept.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Note {
    /// The file's name without extension, e.g. `20261126-181503`.
    #[serde(skip)]
    pub id: String,
    pub version: u32,
    /// When the note was started (local time, `2026-11-26 18:15`).
    pub created: String,
    /// Field id to what was written (choices hold the option id).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

impl Note {
    /// A new note; `now` fills in the date and time of the encounter, which the person can
    /// change.
    pub fn new(id: String, now: &str) -> Self {
        let mut fields = BTreeMap::new();
        fields.insert("when".to_string(), now.to_string());
        Note {
            id,
            version: 1,
            created: now.to_string(),
            fields,
        }
    }

    pub fn get(&self, field: &str) -> &str {
        self.fields.get(field).map_or("", String::as_str)
    }

    pub fn set(&mut self, field: &str, value: String) {
        self.fields.insert(field.to_string(), value);
    }

    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    pub fn from_toml(id: &str, text: &str) -> Result<Note, String> {
        let mut note: Note = toml::from_str(text).map_err(|e| e.message().to_string())?;
        note.id = id.to_string();
        // A note file is data like a pack: a planted one must not reach the terminal with
        // escape sequences, on screen, in `kyr notes list` or in an export.
        note.created = crate::i18n::clean(&note.created).into_owned();
        for value in note.fields.values_mut() {
            *value = crate::i18n::clean(value).into_owned();
        }
        Ok(note)
    }
}

pub fn field_label(l10n: &Localizer, field: &str) -> String {
    l10n.text(&format!("note-field-{field}"), None)
}

pub fn choice_label(l10n: &Localizer, option: &str) -> String {
    l10n.text(&format!("note-choice-{option}"), None)
}

/// What a field holds, as words: a choice's label, or the text.
pub fn shown_value(l10n: &Localizer, field: &Field, value: &str) -> String {
    match field.kind {
        Kind::Choice(options) if options.contains(&value) => choice_label(l10n, value),
        _ => value.to_string(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
}

/// A note for a lawyer: labels in the reader's language with the English beside them.
pub fn export(note: &Note, l10n: &Localizer, format: Format) -> String {
    let english = l10n.officer();
    let both = |id: &str| {
        let mine = l10n.text(id, None);
        let en = l10n.get_in(english, id, None, None).unwrap_or_default();
        if l10n.current() == english || mine == en {
            mine
        } else if mine.ends_with(')') || en.ends_with(')') {
            // A label with brackets of its own reads badly inside more: "A (B) (C (D))".
            format!("{mine} / {en}")
        } else {
            format!("{mine} ({en})")
        }
    };
    let mut out = String::new();
    let title = both("note-export-title");
    match format {
        Format::Markdown => {
            let _ = writeln!(out, "# {title}: {}\n", note.get("when"));
        }
        Format::Text => {
            let _ = writeln!(out, "{title}: {}\n", note.get("when"));
        }
    }
    for field in FIELDS {
        let value = note.get(field.id);
        if value.trim().is_empty() {
            continue;
        }
        let label = both(&format!("note-field-{}", field.id));
        let value = match field.kind {
            Kind::Choice(_) => both(&format!("note-choice-{value}")),
            _ => value.to_string(),
        };
        match format {
            Format::Markdown => {
                let _ = writeln!(out, "## {label}\n\n{}\n", value.trim_end());
            }
            Format::Text => {
                let _ = writeln!(out, "{label}:\n{}\n", indent(value.trim_end()));
            }
        }
    }
    let _ = writeln!(out, "{}", l10n.ui("note-export-footer"));
    out
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_round_trips_through_toml() {
        let mut note = Note::new("20261126-181503".into(), "2026-11-26 18:15");
        let samples = [
            ("place", "Esquina de la 5ª Av. y 10th St."),
            ("names", "王警官，警徽号码 4521\nОфицер Петров"),
            ("said", "قالوا: \"افتح الباب\"\nনা, আমি দরজা খুলব না।"),
            (
                "witnesses",
                "Mme Dupont — 212-555-0100 (a accepté)\n이웃 김씨",
            ),
            (
                "media",
                "Telefòn mwen, \"Fotos\"\n\\backslash ''' \"\"\" ]]",
            ),
        ];
        for (field, value) in samples {
            note.set(field, value.to_string());
        }
        note.set("agency", "ice".into());
        let back = Note::from_toml(&note.id, &note.to_toml()).unwrap();
        assert_eq!(back, note);
    }
}
