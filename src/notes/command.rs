//! `kyr notes`: list, export, delete and wipe, with prompts injected so tests can answer them.

use super::store::{Entry, Store};
use super::{Format, export};
use crate::cli::NotesAction;
use crate::i18n::Localizer;
use std::fmt::Write;
use std::io::Write as _;

/// Asks the person something; `secret` hides what they type. `None` when nothing came.
pub type Ask<'a> = dyn FnMut(&str, bool) -> Option<String> + 'a;

/// What to print, or an error to show and the exit code.
pub fn run(
    action: &NotesAction,
    store: &Store,
    l10n: &Localizer,
    ask: &mut Ask,
) -> Result<String, String> {
    let mut out = String::new();
    match action {
        NotesAction::List => {
            let entries = store.list();
            if entries.is_empty() {
                let _ = writeln!(out, "{}", l10n.ui("cli-notes-none"));
            }
            for entry in entries {
                match entry {
                    Entry::Plain(note) => {
                        let _ = writeln!(
                            out,
                            "{}\t{}\t{}",
                            note.id,
                            note.get("when"),
                            note.get("place")
                        );
                    }
                    Entry::Locked(id) => {
                        let _ = writeln!(out, "{id}\t({})", l10n.ui("cli-notes-locked"));
                    }
                    Entry::Broken(problem) => {
                        // Reported on stderr by the caller's convention: keep stdout parseable.
                        let _ = writeln!(std::io::stderr(), "{}", problem.render(l10n));
                    }
                }
            }
        }
        NotesAction::Export { id, markdown } => {
            let passphrase = if store.is_locked(id) {
                ask(&l10n.ui("cli-passphrase"), true)
            } else {
                None
            };
            let note = store
                .load(id, passphrase.as_deref())
                .map_err(|e| e.problem().render(l10n))?;
            let format = if *markdown {
                Format::Markdown
            } else {
                Format::Text
            };
            out = export(&note, l10n, format);
        }
        NotesAction::Delete(id) => {
            store.delete(id).map_err(|e| e.problem().render(l10n))?;
            let _ = writeln!(
                out,
                "{}",
                l10n.ui_args("cli-deleted", &[("id", id.clone())])
            );
        }
        NotesAction::Wipe => {
            let word = l10n.ui("cli-wipe-word");
            let args = [
                ("dir", store.dir().display().to_string()),
                ("word", word.clone()),
            ];
            let answer = ask(&l10n.ui_args("cli-wipe-confirm", &args), false);
            // The word in English is accepted too: some scripts need an input method.
            let english = l10n.get_in(l10n.officer(), "cli-wipe-word", None, None);
            let accepted = answer
                .as_deref()
                .map(str::trim)
                .is_some_and(|a| a == word || english.as_deref() == Some(a));
            if !accepted {
                return Err(l10n.ui("cli-wipe-cancelled"));
            }
            let count = store.wipe().map_err(|e| e.problem().render(l10n))?;
            let _ = writeln!(
                out,
                "{}",
                l10n.ui_args("cli-wipe-done", &[("count", count.to_string())])
            );
        }
    }
    Ok(out)
}
