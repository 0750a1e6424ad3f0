//! `kyr l10n mark`: a translator says a translation follows today's English. Works on the
//! files of a pack on disk, never on the copy inside the binary.

use super::Localizer;
use super::tracking::{self, Record};
use crate::cli::Mark;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

/// What to print, and whether everything asked for was marked.
pub struct Outcome {
    pub text: String,
    pub ok: bool,
}

/// Marks messages of `mark.lang` under `locales` (a pack's `locales/` folder) as translated
/// from the current text of the `reference` language, and keeps the reference's versions file
/// to the English that some translation still follows.
pub fn mark(locales: &Path, reference: &str, mark: &Mark, l10n: &Localizer) -> Outcome {
    let lang = mark.lang.as_str();
    let mut out = Outcome {
        text: String::new(),
        ok: true,
    };
    let fail = |out: &mut Outcome, line: String| {
        let _ = writeln!(out.text, "{line}");
        out.ok = false;
    };
    if lang == reference {
        fail(
            &mut out,
            l10n.ui_args("err-l10n-reference", &[("locale", lang.to_string())]),
        );
        return out;
    }
    if !mark.all && mark.ids.is_empty() {
        fail(&mut out, l10n.ui("err-l10n-nothing"));
        return out;
    }
    let english = tracking::messages(read_ftl(&locales.join(reference)).iter().map(|s| &**s));
    let translation = tracking::messages(read_ftl(&locales.join(lang)).iter().map(|s| &**s));
    let state_path = locales.join(lang).join(tracking::STATE_FILE);
    // A tracking file that cannot be read is reported, never overwritten.
    let read = read_tracking(&state_path, tracking::parse_state).and_then(|records| {
        let path = locales.join(reference).join(tracking::VERSIONS_FILE);
        Ok((records, read_tracking(&path, tracking::parse_versions)?))
    });
    let (mut records, old_versions) = match read {
        Ok(r) => r,
        Err((file, reason)) => {
            fail(
                &mut out,
                l10n.ui_args("err-l10n-read", &[("file", file), ("reason", reason)]),
            );
            return out;
        }
    };

    let current = |id: &str, records: &BTreeMap<String, Record>| {
        let fp = english.get(id).map(|t| tracking::fingerprint(t));
        records
            .get(id)
            .is_some_and(|r| Some(&r.english) == fp.as_ref())
    };
    // A translation improved while its English stayed the same is recorded as it is now, so
    // that the next English change can tell whether anyone has looked at it since.
    for (id, tr) in &translation {
        let fp = tracking::fingerprint(tr);
        if current(id, &records)
            && let Some(r) = records.get_mut(id)
        {
            r.translation = fp;
        }
    }
    let ids: Vec<String> = if mark.all {
        translation
            .keys()
            .filter(|id| english.contains_key(*id) && !current(id, &records))
            .cloned()
            .collect()
    } else {
        mark.ids.clone()
    };

    let mut marked = 0;
    for id in &ids {
        let args = [("locale", lang.to_string()), ("id", id.clone())];
        let (Some(en), Some(tr)) = (english.get(id), translation.get(id)) else {
            fail(&mut out, l10n.ui_args("err-l10n-unknown", &args));
            continue;
        };
        if current(id, &records) {
            let _ = writeln!(out.text, "{}", l10n.ui_args("cli-l10n-current", &args));
            continue;
        }
        let translation_fp = tracking::fingerprint(tr);
        let untouched = records
            .get(id)
            .is_some_and(|r| r.translation == translation_fp);
        if untouched && !mark.unchanged {
            fail(&mut out, l10n.ui_args("err-l10n-unchanged", &args));
            continue;
        }
        records.insert(
            id.clone(),
            Record {
                english: tracking::fingerprint(en),
                translation: translation_fp,
            },
        );
        marked += 1;
    }

    let written = write(&state_path, &tracking::write_state(&records)).and_then(|()| {
        let versions = versions(locales, reference, lang, &records, &english, &old_versions);
        let path = locales.join(reference).join(tracking::VERSIONS_FILE);
        write(&path, &tracking::write_versions(&versions))
    });
    if let Err((file, reason)) = written {
        let args = [("file", file), ("reason", reason)];
        fail(&mut out, l10n.ui_args("err-l10n-write", &args));
        return out;
    }
    let args = [("locale", lang.to_string()), ("count", marked.to_string())];
    let _ = writeln!(out.text, "{}", l10n.ui_args("cli-l10n-marked", &args));
    out
}

/// The English behind every fingerprint any language of the pack still follows: today's text
/// where it is today's, the kept text of older versions otherwise.
fn versions(
    locales: &Path,
    reference: &str,
    lang: &str,
    records: &BTreeMap<String, Record>,
    english: &BTreeMap<String, String>,
    old: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut wanted: BTreeSet<String> = records.values().map(|r| r.english.clone()).collect();
    for dir in std::fs::read_dir(locales).into_iter().flatten().flatten() {
        let name = dir.file_name().to_string_lossy().into_owned();
        if name == lang || name == reference {
            continue;
        }
        let path = dir.path().join(tracking::STATE_FILE);
        let state = read_tracking(&path, tracking::parse_state).unwrap_or_default();
        wanted.extend(state.into_values().map(|r| r.english));
    }
    let today: BTreeMap<String, &String> = english
        .values()
        .map(|t| (tracking::fingerprint(t), t))
        .collect();
    wanted
        .into_iter()
        .filter_map(|fp| {
            let text = today
                .get(&fp)
                .map(|t| (*t).clone())
                .or_else(|| old.get(&fp).cloned())?;
            Some((fp, text))
        })
        .collect()
}

/// The `.ftl` files of a folder, in name order.
fn read_ftl(dir: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// A tracking file; an empty one when it does not exist yet.
fn read_tracking<T: Default>(
    path: &Path,
    parse: fn(&str) -> Result<T, tracking::FileError>,
) -> Result<T, (String, String)> {
    let file = || path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text).map_err(|(line, reason)| (format!("{}:{line}", file()), reason)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err((file(), e.to_string())),
    }
}

fn write(path: &Path, text: &str) -> Result<(), (String, String)> {
    std::fs::write(path, text).map_err(|e| (path.display().to_string(), e.to_string()))
}
