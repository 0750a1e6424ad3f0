//! Which reference (English) text each translation was made from, so that a changed English
//! message makes its translations "stale" until a translator has looked at them.
//!
//! Each translated language keeps `translated-from.toml` in its folder: for every message, a
//! fingerprint of the English it was translated from and one of the translation as it was
//! then. The reference language keeps `versions.toml`: the English text behind every
//! fingerprint a translation still refers to, so that a translator can see what changed.

use fluent_syntax::ast;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// In each translated language's folder.
pub const STATE_FILE: &str = "translated-from.toml";
/// In the reference language's folder.
pub const VERSIONS_FILE: &str = "versions.toml";

/// A message as the Fluent serializer writes it, without its comment: what a fingerprint is
/// taken of, so that comments and layout do not make a translation stale.
pub fn canonical(message: &ast::Message<&str>) -> String {
    alone(ast::Entry::Message(ast::Message {
        comment: None,
        ..message.clone()
    }))
}

/// A term (`-name = ...`) written the same way; its id keeps the leading hyphen.
fn canonical_term(term: &ast::Term<&str>) -> String {
    alone(ast::Entry::Term(ast::Term {
        comment: None,
        ..term.clone()
    }))
}

fn alone(entry: ast::Entry<&str>) -> String {
    let resource = ast::Resource { body: vec![entry] };
    fluent_syntax::serializer::serialize(&resource)
}

/// Ten hex digits of SHA-256: short enough to read in a diff, long enough never to collide
/// among a pack's few thousand messages.
pub fn fingerprint(canonical: &str) -> String {
    let digest = Sha256::digest(canonical.as_bytes());
    digest.iter().take(5).map(|b| format!("{b:02x}")).collect()
}

/// Every message and term of some Fluent texts, by id, in canonical form. Later texts
/// override earlier ones, as in a bundle. Parts that do not parse are skipped (the validator
/// reports them).
pub fn messages<'a>(texts: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for text in texts {
        if super::catalog::too_deep(text).is_some() {
            continue; // refused by the validator, never parsed
        }
        let resource = match fluent_syntax::parser::parse_runtime(text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    found.insert(m.id.name.to_string(), canonical(m));
                }
                ast::Entry::Term(t) => {
                    found.insert(format!("-{}", t.id.name), canonical_term(t));
                }
                _ => {}
            }
        }
    }
    found
}

/// What a translation was made from, as recorded when it was last marked current.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Fingerprint of the reference message then.
    pub english: String,
    /// Fingerprint of the translation then: if it is unchanged while the English moved on,
    /// nobody has looked at it.
    pub translation: String,
}

/// A problem in a tracking file: one-based line and reason.
pub type FileError = (usize, String);

/// Reads `translated-from.toml`: `"message-id" = ["english", "translation"]`.
pub fn parse_state(text: &str) -> Result<BTreeMap<String, Record>, FileError> {
    let table: BTreeMap<String, Vec<String>> = toml::from_str(text).map_err(toml_error(text))?;
    let mut records = BTreeMap::new();
    for (id, pair) in table {
        let [english, translation] = <[String; 2]>::try_from(pair).map_err(|_| {
            let line = line_of_key(text, &id);
            (line, format!("“{id}” needs two fingerprints"))
        })?;
        records.insert(
            id,
            Record {
                english,
                translation,
            },
        );
    }
    Ok(records)
}

/// Writes `translated-from.toml`, sorted, one message a line so that a review reads as a diff.
pub fn write_state(records: &BTreeMap<String, Record>) -> String {
    let mut out = String::from(
        "# Which English each message in this folder was translated from: fingerprints of the\n\
         # English and of the translation when it was last marked current. `kyr check` reports\n\
         # a message whose English has changed since as stale. Written by `kyr l10n mark`.\n",
    );
    for (id, r) in records {
        out.push_str(&format!(
            "{} = [\"{}\", \"{}\"]\n",
            toml_key(id),
            r.english,
            r.translation
        ));
    }
    out
}

/// Reads `versions.toml`: fingerprint to the English message it stands for.
pub fn parse_versions(text: &str) -> Result<BTreeMap<String, String>, FileError> {
    toml::from_str(text).map_err(toml_error(text))
}

pub fn write_versions(versions: &BTreeMap<String, String>) -> String {
    let mut out = String::from(
        "# The English text behind every fingerprint a translation in this pack was made from,\n\
         # so that `kyr check --lang CODE` can show a translator what changed. Written by\n\
         # `kyr l10n mark`; versions no translation refers to any more are dropped.\n",
    );
    let table = toml::to_string(versions).unwrap_or_default();
    out.push_str(&table);
    out
}

/// A translated message whose English has changed since it was translated.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stale {
    pub id: String,
    /// The English it was translated from, when recorded.
    pub was: Option<String>,
    pub now: String,
}

/// The messages of `translation` whose English differs from what they were translated from.
/// A message with no record counts as stale: nobody has said which English it follows.
pub fn stale(
    english: &BTreeMap<String, String>,
    translation: &BTreeMap<String, String>,
    state: &BTreeMap<String, Record>,
    versions: &BTreeMap<String, String>,
) -> Vec<Stale> {
    translation
        .keys()
        .filter_map(|id| {
            let now = english.get(id)?;
            let record = state.get(id);
            if record.is_some_and(|r| r.english == fingerprint(now)) {
                return None;
            }
            Some(Stale {
                id: id.clone(),
                was: record.and_then(|r| versions.get(&r.english).cloned()),
                now: now.clone(),
            })
        })
        .collect()
}

/// The parts of a canonical message: "" for the value, then each attribute by name, each
/// with its text. The serializer writes attributes as lines starting `    .name =`.
pub fn parts(canonical: &str) -> Vec<(String, String)> {
    let mut parts: Vec<(String, String)> = vec![(String::new(), String::new())];
    for line in canonical.lines() {
        if let Some(rest) = line.strip_prefix("    .") {
            let name = rest.split([' ', '=']).next().unwrap_or_default();
            parts.push((name.to_string(), String::new()));
        }
        if let Some((_, text)) = parts.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    parts
}

/// What changed between two versions of a message: (part, before, after) for each part that
/// differs, so a translator sees the change and not the whole message again.
pub fn changes(was: &str, now: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let before: BTreeMap<String, String> = parts(was).into_iter().collect();
    let after: BTreeMap<String, String> = parts(now).into_iter().collect();
    let order: Vec<String> = parts(was)
        .into_iter()
        .chain(parts(now))
        .map(|(n, _)| n)
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    order
        .into_iter()
        .filter(|n| seen.insert(n.clone()))
        .filter_map(|name| {
            let b = before.get(&name).map(|t| strip_head(t));
            let a = after.get(&name).map(|t| strip_head(t));
            (b != a).then_some((name, b, a))
        })
        .collect()
}

/// The text of a part without its `id =` or `.name =` lead, trimmed.
fn strip_head(text: &str) -> String {
    let body = text.split_once('=').map_or(text, |(_, rest)| rest);
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn toml_key(id: &str) -> String {
    let bare = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare {
        id.to_string()
    } else {
        format!("\"{}\"", id.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

fn line_of_key(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| l.trim_start().trim_start_matches('"').starts_with(id))
        .map_or(0, |i| i + 1)
}

fn toml_error(text: &str) -> impl Fn(toml::de::Error) -> FileError + '_ {
    move |e| {
        let line = e
            .span()
            .map_or(0, |s| crate::problem::line_of(text, s.start));
        (line, e.message().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> String {
        messages([text]).into_values().next().unwrap_or_default()
    }

    #[test]
    fn comments_and_layout_do_not_change_a_fingerprint() {
        let a = one("# a comment\nx = Hello\n    .title = Hi\n");
        let b = one("x =\n    Hello\n    .title =   Hi\n");
        assert_eq!(fingerprint(&a), fingerprint(&b));
        let c = one("x = Hello\n    .title = Hi there\n");
        assert_ne!(fingerprint(&a), fingerprint(&c));
    }

    #[test]
    fn a_changed_english_message_is_stale_until_marked() {
        let en_then = messages(["x = Hello\n    .title = Hi\ny = Same\n"]);
        let es = messages(["x = Hola\n    .title = Hola\ny = Igual\n"]);
        let fp = |m: &BTreeMap<String, String>, id: &str| fingerprint(&m[id]);
        let state: BTreeMap<String, Record> = ["x", "y"]
            .iter()
            .map(|id| {
                let r = Record {
                    english: fp(&en_then, id),
                    translation: fp(&es, id),
                };
                (id.to_string(), r)
            })
            .collect();
        let versions: BTreeMap<String, String> = en_then
            .values()
            .map(|t| (fingerprint(t), t.clone()))
            .collect();
        assert!(stale(&en_then, &es, &state, &versions).is_empty());

        let en_now = messages(["x = Hello\n    .title = Hi, friend\ny = Same\n"]);
        let found = stale(&en_now, &es, &state, &versions);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "x");
        let was = found[0].was.clone().unwrap_or_default();
        let diff = changes(&was, &found[0].now);
        assert_eq!(
            diff,
            vec![(
                "title".to_string(),
                Some("Hi".to_string()),
                Some("Hi, friend".to_string())
            )]
        );
    }

    #[test]
    fn state_files_round_trip() {
        let mut records = BTreeMap::new();
        records.insert(
            "at-home--door".to_string(),
            Record {
                english: "0123456789".into(),
                translation: "abcdefabcd".into(),
            },
        );
        let text = write_state(&records);
        assert_eq!(parse_state(&text), Ok(records));
        let mut versions = BTreeMap::new();
        versions.insert(
            "0123456789".to_string(),
            "x = A\n    .b = “q”\n".to_string(),
        );
        assert_eq!(parse_versions(&write_versions(&versions)), Ok(versions));
        assert!(parse_state("x = [\"a\"]\n").is_err());
    }
}
