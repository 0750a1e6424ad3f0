//! The guide's work outside itself: reading and writing notes, saving handouts, reading the
//! clock. `update` asks for it with `Effect`s and stays pure; this module does it and answers
//! with messages that say what happened, as data. Words for a person are chosen later, by the
//! view, in whatever language is current then.

use crate::app::{Effect, Model, Msg, update};
use crate::notes::Note;
use crate::notes::store::{Error, Store};
use crate::problem::Problem;
use std::path::Path;

/// What came of a piece of work, for the notice line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Deleted(String),
    /// A copy of a note for a lawyer, at this path.
    Exported(String),
    /// A printable handout, at this path.
    HandoutSaved(String),
    /// A note's plain-text copy, deleted at the person's word.
    CopyDeleted(String),
    Failed(Problem),
}

impl Outcome {
    pub fn words(&self, l10n: &crate::i18n::Localizer) -> String {
        match self {
            Outcome::Deleted(id) => l10n.ui_args("cli-deleted", &[("id", id.clone())]),
            Outcome::Exported(path) => l10n.ui_args("ui-note-exported", &[("path", path.clone())]),
            Outcome::HandoutSaved(path) => {
                l10n.ui_args("ui-handout-saved", &[("path", path.clone())])
            }
            Outcome::CopyDeleted(path) => {
                l10n.ui_args("ui-note-copy-deleted", &[("path", path.clone())])
            }
            Outcome::Failed(problem) => problem.render(l10n),
        }
    }
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The system's reason (disk full, permission denied).
    Io(String),
    /// kyr would not write there; the problem says why.
    Refused(Problem),
}

impl SaveError {
    pub fn words(&self, l10n: &crate::i18n::Localizer) -> String {
        match self {
            SaveError::Io(reason) => reason.clone(),
            SaveError::Refused(problem) => problem.render(l10n),
        }
    }
}

/// Does the work the guide asked for and tells it how it went. Exports and handouts go to
/// `export_dir`. Without a store (a kiosk) no note is read or written.
pub fn perform(model: &mut Model, store: Option<&Store>, export_dir: &Path) {
    while !model.effects.is_empty() {
        let effects = std::mem::take(&mut model.effects);
        for effect in effects {
            if let Some(msg) = work(effect, store, model, export_dir) {
                update(model, msg);
            }
        }
    }
}

/// One piece of work and its answer; `None` for note work where notes are not kept.
fn work(effect: Effect, store: Option<&Store>, model: &Model, export_dir: &Path) -> Option<Msg> {
    let msg = match effect {
        Effect::Handout { scenario, langs } => handout(model, scenario, &langs, export_dir),
        // Speech is the terminal's (`crate::speech::perform`); here, as in tests, none.
        Effect::Speak { .. } | Effect::Hush => return None,
        Effect::ListNotes => {
            let store = store?;
            // Back at the list: the note that was open is closed.
            store.release();
            Msg::NotesListed(store.list())
        }
        Effect::NewNote => {
            let store = store?;
            let now = crate::clock::Local::now();
            let id = store.new_id(&now.stamp());
            let note = Note::new(id, &now.minute());
            Msg::NoteReady(note, None)
        }
        Effect::Save { note, passphrase } => {
            Msg::NoteSaved(match store?.save(&note, passphrase.as_deref()) {
                Ok(()) => Ok(()),
                Err(Error::Write { reason, .. }) => Err(SaveError::Io(reason)),
                Err(e) => Err(SaveError::Refused(e.problem())),
            })
        }
        Effect::Open { id, passphrase } => {
            let store = store?;
            match store
                .hold(&id)
                .and_then(|()| store.load(&id, passphrase.as_deref()))
            {
                Ok(note) => Msg::NoteReady(note, passphrase),
                Err(Error::WrongPassphrase(_)) => Msg::NoteLocked,
                Err(e) => {
                    store.release();
                    Msg::Done(Outcome::Failed(e.problem()))
                }
            }
        }
        Effect::Delete(id) => Msg::Done(match store?.delete(&id) {
            // A note deleted before its first save never reached the disk: just as gone.
            Ok(()) | Err(Error::Missing(_)) => Outcome::Deleted(id),
            Err(e) => Outcome::Failed(e.problem()),
        }),
        Effect::Export(note) => {
            store?;
            // The copy is for a lawyer: its labels in the reader's language and English.
            let text = crate::notes::export(&note, &model.l10n, crate::notes::Format::Markdown);
            let name = crate::notes::store::copy_name(&note.id);
            Msg::Done(
                match crate::notes::store::write_copy(export_dir, &name, &text) {
                    Ok(path) => Outcome::Exported(path.display().to_string()),
                    Err(e) => Outcome::Failed(
                        Error::Write {
                            dir: export_dir.display().to_string(),
                            reason: e.to_string(),
                        }
                        .problem(),
                    ),
                },
            )
        }
        Effect::FindCopy(id) => {
            store?;
            let path = crate::notes::store::find_copy(export_dir, &id);
            let path = path.map(|p| p.display().to_string());
            Msg::CopyFound { id, path }
        }
        Effect::DeleteCopy(id) => {
            store?;
            Msg::Done(match crate::notes::store::delete_copy(export_dir, &id) {
                Ok(path) => Outcome::CopyDeleted(path.display().to_string()),
                Err(problem) => Outcome::Failed(problem),
            })
        }
    };
    Some(msg)
}

/// Saves a scenario's handout as HTML where the person will find it.
fn handout(model: &Model, scenario: usize, langs: &[usize], dir: &Path) -> Msg {
    let html = crate::handout::handout(
        &model.pack,
        &model.l10n,
        &[scenario],
        langs,
        crate::handout::Format::Html,
        &model.today,
    );
    let tags: Vec<String> = langs.iter().map(|&l| model.l10n.tag(l)).collect();
    let id = &model.pack.scenarios[scenario].id;
    let path = dir.join(format!("kyr-handout-{id}-{}.html", tags.join("-")));
    let shown = path.display().to_string();
    Msg::Done(match std::fs::write(&path, html) {
        Ok(()) => Outcome::HandoutSaved(shown),
        Err(e) => Outcome::Failed(
            Problem::new("", 0, "err-handout-write")
                .arg("file", shown)
                .arg("reason", e.to_string()),
        ),
    })
}
