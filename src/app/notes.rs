//! The notes screens' state: the list, the form with one text input per field, and the
//! passphrase and delete prompts. Reading and writing files is the edge's job: this module
//! only asks for it, as `Effect`s, and hears back through messages.

use super::Key;
use super::keys::{self, Command};
use crate::notes::{FIELDS, Kind, Note};
use ratatui_textarea::{CursorMove, Input, Key as TKey, TextArea, WrapMode};

/// Work for the edge: files to read or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    ListNotes,
    NewNote,
    Save {
        note: Note,
        passphrase: Option<String>,
    },
    Open {
        id: String,
        passphrase: Option<String>,
    },
    Delete(String),
    Export(Note),
    /// Look for the copy of this note that `Export` saved: it is plain text, even once the
    /// note is locked.
    FindCopy(String),
    /// Delete that copy: only when the person chose to.
    DeleteCopy(String),
    /// A printable handout of one scenario in these languages.
    Handout {
        scenario: usize,
        langs: Vec<usize>,
    },
    /// Read aloud: `text` is espeak-ng SSML, `voice` an espeak-ng voice. Stops what was being
    /// read. Done by the terminal's edge (`crate::speech`), never by `effects::perform`.
    Speak {
        text: String,
        voice: String,
    },
    /// Stop reading aloud.
    Hush,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Saved,
    Unsaved,
    Failed(crate::effects::SaveError),
}

/// A question asked over the form.
#[derive(Debug, Clone)]
pub enum Prompt {
    /// Choosing a passphrase: typed twice.
    Lock {
        first: Box<TextArea<'static>>,
        second: Option<Box<TextArea<'static>>>,
        mismatch: bool,
    },
    Delete,
    /// Leaving while the words are not saved: keep writing, save a copy elsewhere, or leave
    /// them (the only way words are ever dropped, and only when the person says so).
    Unsaved,
    /// Just locked, with a plain-text copy saved earlier: delete it, or keep it.
    Copy,
}

/// The most a field holds, in characters: with every field full, a note stays well under
/// the size kyr reads back (`notes::MAX_BYTES`), whatever the script.
pub const MAX_FIELD_CHARS: usize = 10_000;

/// The answers to the form's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptChoice {
    Delete,
    Keep,
    KeepWriting,
    SaveCopy,
    Leave,
    DeleteCopy,
    KeepCopy,
}

impl PromptChoice {
    /// The answer that loses nothing: highlighted, and what Enter and Esc choose.
    pub fn is_safe(self) -> bool {
        match self {
            PromptChoice::Keep | PromptChoice::KeepWriting | PromptChoice::KeepCopy => true,
            PromptChoice::Delete
            | PromptChoice::SaveCopy
            | PromptChoice::Leave
            | PromptChoice::DeleteCopy => false,
        }
    }
}

/// Opening a locked note from the list.
#[derive(Debug, Clone)]
pub struct Unlock {
    pub id: String,
    pub input: Box<TextArea<'static>>,
    pub wrong: bool,
}

/// As a place in the guide, a form is where its note is: two forms are the same place when
/// they hold the same note.
impl PartialEq for NoteForm {
    fn eq(&self, other: &Self) -> bool {
        self.note.id == other.note.id
    }
}

impl Eq for NoteForm {}

impl std::hash::Hash for NoteForm {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.note.id.hash(state);
    }
}

#[derive(Debug, Clone)]
pub struct NoteForm {
    pub note: Note,
    /// One input per field; choices have none.
    pub inputs: Vec<Option<TextArea<'static>>>,
    pub focus: usize,
    /// Set when the note is locked: every save encrypts with it.
    pub passphrase: Option<String>,
    pub status: Status,
    pub prompt: Option<Prompt>,
    /// A field reached `MAX_FIELD_CHARS`: what was typed or pasted past it was not added.
    pub full: bool,
    /// The person chose to leave without their unsaved words.
    pub discarded: bool,
    /// A save was asked for since the form opened. Until then the status cannot say "saved":
    /// a new note has no file yet.
    pub wrote: bool,
    /// The copy of this note saved with Ctrl-E, found when the person began to lock it.
    pub copy: Option<String>,
}

pub fn text_input(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

fn secret_input() -> Box<TextArea<'static>> {
    let mut area = TextArea::default();
    area.set_mask_char('•');
    Box::new(area)
}

impl NoteForm {
    pub fn new(note: Note, passphrase: Option<String>) -> Self {
        let inputs = FIELDS
            .iter()
            .map(|f| match f.kind {
                Kind::Choice(_) => None,
                _ => Some(text_input(note.get(f.id))),
            })
            .collect();
        NoteForm {
            note,
            inputs,
            focus: 0,
            passphrase,
            status: Status::Saved,
            prompt: None,
            full: false,
            discarded: false,
            wrote: false,
            copy: None,
        }
    }

    /// Words that are on screen but not in a file.
    pub fn unsaved(&self) -> bool {
        matches!(self.status, Status::Failed(_))
    }

    /// The note as typed so far.
    pub fn current(&self) -> Note {
        let mut note = self.note.clone();
        for (field, input) in FIELDS.iter().zip(&self.inputs) {
            if let Some(input) = input {
                note.set(field.id, input.lines().join("\n"));
            }
        }
        note
    }

    pub fn save_effect(&mut self) -> Effect {
        self.wrote = true;
        self.note = self.current();
        Effect::Save {
            note: self.note.clone(),
            passphrase: self.passphrase.clone(),
        }
    }

    fn edited(&mut self) {
        self.status = Status::Unsaved;
    }

    fn move_focus(&mut self, delta: isize) {
        let n = FIELDS.len() as isize;
        self.focus = (self.focus as isize + delta).rem_euclid(n) as usize;
    }

    fn choose(&mut self, delta: isize) {
        let field = &FIELDS[self.focus];
        let Kind::Choice(options) = field.kind else {
            return;
        };
        let current = options.iter().position(|o| *o == self.note.get(field.id));
        let next = match current {
            Some(i) => (i as isize + delta).rem_euclid(options.len() as isize) as usize,
            None if delta < 0 => options.len() - 1,
            None => 0,
        };
        self.set_choice(options[next]);
    }

    fn set_choice(&mut self, option: &str) {
        self.note.set(FIELDS[self.focus].id, option.to_string());
        self.edited();
    }

    /// Sets the focus to a field, as a click on it does.
    pub fn focus_on(&mut self, field: usize) {
        if field < FIELDS.len() {
            self.focus = field;
        }
    }

    /// A key while the form has focus. Returns work for the edge, and whether the person is
    /// done with the form.
    pub fn key(&mut self, key: Key) -> (Vec<Effect>, bool) {
        if let Some(prompt) = self.prompt.clone() {
            return self.prompt_key(key, prompt);
        }
        // The focused field takes the keys it edits with; the form's table has the rest.
        if !self.edits_with(key) {
            match keys::command(keys::FORM, key, false) {
                // Saving failed: leaving now would lose the words, so ask first.
                Some(Command::Done) if self.unsaved() => self.prompt = Some(Prompt::Unsaved),
                Some(Command::Done) => {
                    let effects = if self.status == Status::Saved {
                        Vec::new()
                    } else {
                        vec![self.save_effect()]
                    };
                    return (effects, true);
                }
                Some(Command::NextField) => self.move_focus(1),
                Some(Command::PreviousField) => self.move_focus(-1),
                Some(Command::Lock) => {
                    self.prompt = Some(Prompt::Lock {
                        first: secret_input(),
                        second: None,
                        mismatch: false,
                    });
                    // The lock prompt names a plain copy, so it must be looked for now.
                    self.copy = None;
                    return (vec![Effect::FindCopy(self.note.id.clone())], false);
                }
                Some(Command::CopyForLawyer) => {
                    return (vec![Effect::Export(self.current())], false);
                }
                Some(Command::DeleteNote) => self.prompt = Some(Prompt::Delete),
                Some(Command::ChangeChoice) => self.change_choice(key),
                _ => {}
            }
            return (Vec::new(), false);
        }
        let adds = matches!(key, Key::Char(_) | Key::Enter);
        if let Some(Some(input)) = self.inputs.get_mut(self.focus) {
            if adds && chars(input) >= MAX_FIELD_CHARS {
                self.full = true;
            } else if edit(input, key) {
                self.edited();
            }
        }
        (Vec::new(), false)
    }

    /// Whether the field with focus uses `key` for typing (a choice types nothing).
    fn edits_with(&self, key: Key) -> bool {
        let editing = matches!(
            key,
            Key::Char(_)
                | Key::Backspace
                | Key::Delete
                | Key::Left
                | Key::Right
                | Key::Home
                | Key::End
                | Key::Ctrl('z' | 'y')
        );
        match FIELDS[self.focus].kind {
            Kind::Choice(_) => false,
            Kind::Line => editing,
            Kind::Text => editing || matches!(key, Key::Enter | Key::Up | Key::Down),
        }
    }

    /// ← → Space and 1–9 on a choice.
    fn change_choice(&mut self, key: Key) {
        let Kind::Choice(options) = FIELDS[self.focus].kind else {
            return;
        };
        match key {
            Key::Left => self.choose(-1),
            Key::Right | Key::Char(' ') => self.choose(1),
            Key::Char(c @ '1'..='9') => {
                if let Some(option) = options.get(c as usize - '1' as usize) {
                    self.set_choice(option);
                }
            }
            _ => {}
        }
    }

    /// Pasted text goes into the field with focus, newlines and all.
    pub fn paste(&mut self, text: &str) {
        if self.prompt.is_some() {
            return;
        }
        if let Some(Some(input)) = self.inputs.get_mut(self.focus) {
            let text = if FIELDS[self.focus].kind == Kind::Line {
                text.replace(['\n', '\r'], " ")
            } else {
                text.replace("\r\n", "\n")
            };
            let room = MAX_FIELD_CHARS.saturating_sub(chars(input));
            let text = crate::i18n::clean(&text);
            let fits: String = text.chars().take(room).collect();
            if fits.chars().count() < text.chars().count() {
                self.full = true;
            }
            if input.insert_str(fits) {
                self.edited();
            }
        }
    }

    /// The answers to a question and their words, in order (`1`, `2`, ...).
    fn choices(prompt: Option<&Prompt>) -> &'static [(&'static str, PromptChoice)] {
        match prompt {
            Some(Prompt::Delete) => &[
                ("ui-note-delete", PromptChoice::Delete),
                ("ui-note-keep", PromptChoice::Keep),
            ],
            Some(Prompt::Unsaved) => &[
                ("ui-note-keep-writing", PromptChoice::KeepWriting),
                ("ui-note-save-copy", PromptChoice::SaveCopy),
                ("ui-note-leave", PromptChoice::Leave),
            ],
            Some(Prompt::Copy) => &[
                ("ui-note-delete-copy", PromptChoice::DeleteCopy),
                ("ui-note-keep-copy", PromptChoice::KeepCopy),
            ],
            Some(Prompt::Lock { .. }) | None => &[],
        }
    }

    /// The buttons of the question the form asks, if it asks one, in order (`1`, `2`, ...).
    pub fn prompt_buttons(&self, l10n: &crate::i18n::Localizer) -> Vec<(String, PromptChoice)> {
        Self::choices(self.prompt.as_ref())
            .iter()
            .map(|(id, c)| (l10n.ui(id), *c))
            .collect()
    }

    /// What the edge found when asked for this note's copy (`Effect::FindCopy`).
    pub fn copy_found(&mut self, id: &str, path: Option<String>) {
        if id == self.note.id {
            self.copy = path;
        }
    }

    /// An answer to the question the form asks: what to do, and whether the form is done.
    pub fn choose_in_prompt(&mut self, choice: PromptChoice) -> (Vec<Effect>, bool) {
        self.prompt = None;
        match choice {
            PromptChoice::Delete => (vec![Effect::Delete(self.note.id.clone())], true),
            PromptChoice::Keep | PromptChoice::KeepWriting => (Vec::new(), false),
            PromptChoice::SaveCopy => (vec![Effect::Export(self.current())], false),
            PromptChoice::DeleteCopy => {
                self.copy = None;
                (vec![Effect::DeleteCopy(self.note.id.clone())], false)
            }
            PromptChoice::KeepCopy => (Vec::new(), false),
            PromptChoice::Leave => {
                self.discarded = true;
                (Vec::new(), true)
            }
        }
    }

    fn prompt_key(&mut self, key: Key, prompt: Prompt) -> (Vec<Effect>, bool) {
        match prompt {
            Prompt::Delete | Prompt::Unsaved | Prompt::Copy => {
                let buttons: Vec<PromptChoice> = Self::choices(Some(&prompt))
                    .iter()
                    .map(|(_, c)| *c)
                    .collect();
                let chosen = match key {
                    Key::Enter | Key::Esc => buttons.iter().copied().find(|c| c.is_safe()),
                    Key::Char(c @ '1'..='9') => buttons.get(c as usize - '1' as usize).copied(),
                    _ => None,
                };
                if let Some(choice) = chosen {
                    return self.choose_in_prompt(choice);
                }
            }
            Prompt::Lock {
                mut first,
                mut second,
                mismatch,
            } => {
                if key == Key::Esc {
                    self.prompt = None;
                    return (Vec::new(), false);
                }
                match (&mut second, key) {
                    (None, Key::Enter) if !first.lines().concat().is_empty() => {
                        second = Some(secret_input());
                    }
                    (Some(again), Key::Enter) => {
                        let a = first.lines().join("\n");
                        let b = again.lines().join("\n");
                        if a == b {
                            self.passphrase = Some(a);
                            // Locked now, but not the copy: the person decides what becomes of it.
                            self.prompt = self.copy.is_some().then_some(Prompt::Copy);
                            return (vec![self.save_effect()], false);
                        }
                        self.prompt = Some(Prompt::Lock {
                            first: secret_input(),
                            second: None,
                            mismatch: true,
                        });
                        return (Vec::new(), false);
                    }
                    (None, k) => {
                        edit(&mut first, k);
                    }
                    (Some(again), k) => {
                        edit(again, k);
                    }
                }
                self.prompt = Some(Prompt::Lock {
                    first,
                    second,
                    mismatch,
                });
            }
        }
        (Vec::new(), false)
    }
}

impl Unlock {
    pub fn new(id: String) -> Self {
        Unlock {
            id,
            input: secret_input(),
            wrong: false,
        }
    }

    /// A key in the passphrase prompt: the effect to open the note once Enter is pressed,
    /// and whether the prompt is done (opened or given up).
    pub fn key(&mut self, key: Key) -> (Option<Effect>, bool) {
        match key {
            Key::Esc => (None, true),
            Key::Enter => {
                let passphrase = self.input.lines().join("\n");
                (
                    Some(Effect::Open {
                        id: self.id.clone(),
                        passphrase: Some(passphrase),
                    }),
                    false,
                )
            }
            k => {
                edit(&mut self.input, k);
                (None, false)
            }
        }
    }
}

fn chars(input: &TextArea<'static>) -> usize {
    input.lines().iter().map(|l| l.chars().count() + 1).sum()
}

/// Typing in an input; true when the text changed.
fn edit(input: &mut TextArea<'static>, key: Key) -> bool {
    let plain = |key| Input {
        key,
        ..Input::default()
    };
    let ctrl = |key| Input {
        key,
        ctrl: true,
        ..Input::default()
    };
    let input_key = match key {
        Key::Char(c) => plain(TKey::Char(c)),
        Key::Enter => plain(TKey::Enter),
        Key::Backspace => plain(TKey::Backspace),
        Key::Delete => plain(TKey::Delete),
        Key::Left => plain(TKey::Left),
        Key::Right => plain(TKey::Right),
        Key::Up => plain(TKey::Up),
        Key::Down => plain(TKey::Down),
        Key::Home => plain(TKey::Home),
        Key::End => plain(TKey::End),
        // Undo and redo, as in most editors.
        Key::Ctrl('z') => ctrl(TKey::Char('z')),
        Key::Ctrl('y') => ctrl(TKey::Char('y')),
        _ => return false,
    };
    input.input(input_key)
}
