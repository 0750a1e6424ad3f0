//! Every key binding in one table per input layer: the keys, what they do, the words that
//! name them in the footer and in the help pane, and where they show. The dispatch, the footer
//! and the help pane are all read from these tables, so a key cannot be bound without a hint,
//! and a hint cannot name a key that does nothing.

use super::Key;

/// What a binding does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Press button 1 to 9 of the screen (or of an open pane).
    Choose,
    /// Press the highlighted button.
    Open,
    /// Move the highlight: ↓ j Tab and the forward arrow to the next button, ↑ k Shift-Tab
    /// and the backward arrow to the previous one.
    Move,
    Back,
    PageDown,
    PageUp,
    Home,
    Sources,
    Language,
    SecondLanguage,
    Card,
    Hotlines,
    Notes,
    Help,
    Quit,
    /// Workshop: the scenario's next or previous step in order, and the presenter's notes.
    StepForward,
    StepBack,
    PresenterNotes,
    /// Read the screen aloud (again in the next voice; after the last, stop).
    ReadAloud,
    /// The note form.
    NextField,
    PreviousField,
    ChangeChoice,
    Lock,
    CopyForLawyer,
    DeleteNote,
    Done,
}

/// Which keys a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    These(&'static [Key]),
    /// `1` to `9`.
    Digits,
    /// The arrow that points along the reading direction (→ in English, ← in Arabic).
    Forward,
    Backward,
    /// Both horizontal arrows.
    Sideways,
}

impl Keys {
    pub fn matches(self, key: Key, rtl: bool) -> bool {
        let (forward, backward) = if rtl {
            (Key::Left, Key::Right)
        } else {
            (Key::Right, Key::Left)
        };
        match self {
            Keys::These(keys) => keys.contains(&key),
            Keys::Digits => matches!(key, Key::Char('1'..='9')),
            Keys::Forward => key == forward,
            Keys::Backward => key == backward,
            Keys::Sideways => matches!(key, Key::Left | Key::Right),
        }
    }
}

/// The screens whose footer names a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footer {
    Picker,
    Home,
    Step,
    Workshop,
    Form,
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: Keys,
    /// How the keys are written in the footer and the help pane (key names stay as they are
    /// in every language).
    pub label: &'static str,
    pub command: Command,
    /// Fluent id of the words after the keys in the footer ("home").
    pub hint: &'static str,
    /// Fluent id of the help pane's line, when the binding has one of its own; otherwise the
    /// help pane shows the label and the hint.
    pub help: Option<&'static str>,
    /// The footers that show it, in this table's order.
    pub footers: &'static [Footer],
}

const fn bind(
    keys: Keys,
    label: &'static str,
    command: Command,
    hint: &'static str,
    help: Option<&'static str>,
    footers: &'static [Footer],
) -> Binding {
    Binding {
        keys,
        label,
        command,
        hint,
        help,
        footers,
    }
}

use Command as C;
use Footer as F;

/// The screen's own keys: buttons, highlight, back and scrolling.
pub const SCREEN: &[Binding] = &[
    bind(
        Keys::These(&[
            Key::Up,
            Key::Down,
            Key::Char('k'),
            Key::Char('j'),
            Key::Tab,
            Key::BackTab,
        ]),
        "↑↓",
        C::Move,
        "key-move",
        Some("ui-help-move"),
        &[F::Picker],
    ),
    // Sideways too, following the reading direction.
    bind(Keys::Sideways, "←→", C::Move, "key-move", None, &[]),
    bind(
        Keys::These(&[Key::Enter, Key::Char(' ')]),
        "Enter",
        C::Open,
        "key-open",
        Some("ui-help-enter"),
        &[],
    ),
    bind(
        Keys::Digits,
        "1–9",
        C::Choose,
        "key-choose",
        Some("ui-help-choose"),
        &[F::Picker, F::Home],
    ),
    bind(
        Keys::These(&[Key::Esc, Key::Backspace]),
        "Esc",
        C::Back,
        "key-back",
        Some("ui-help-back"),
        &[F::Step],
    ),
    bind(
        Keys::These(&[Key::PageDown]),
        "PgDn",
        C::PageDown,
        "ui-more",
        Some("ui-help-scroll"),
        &[],
    ),
    bind(
        Keys::These(&[Key::PageUp]),
        "PgUp",
        C::PageUp,
        "ui-more",
        Some("ui-help-scroll"),
        &[],
    ),
];

/// Keys that mean the same on every screen, decided once every layer above has declined.
pub const GLOBAL: &[Binding] = &[
    bind(
        Keys::These(&[Key::Char('h')]),
        "h",
        C::Home,
        "key-home",
        Some("ui-help-home"),
        &[F::Step],
    ),
    bind(
        Keys::These(&[Key::Char('s')]),
        "s",
        C::Sources,
        "key-sources",
        Some("ui-help-sources"),
        &[F::Step],
    ),
    bind(
        Keys::These(&[Key::Char('l')]),
        "l",
        C::Language,
        "key-language",
        Some("ui-help-language"),
        &[F::Home, F::Step],
    ),
    bind(
        Keys::These(&[Key::Char('b')]),
        "b",
        C::SecondLanguage,
        "key-second",
        Some("ui-help-second"),
        &[F::Workshop],
    ),
    bind(
        Keys::These(&[Key::Char('c')]),
        "c",
        C::Card,
        "ui-card",
        Some("ui-help-card"),
        &[],
    ),
    bind(
        Keys::These(&[Key::Char('n')]),
        "n",
        C::Hotlines,
        "ui-contacts",
        Some("ui-help-contacts"),
        &[],
    ),
    bind(
        Keys::These(&[Key::Char('w')]),
        "w",
        C::Notes,
        "ui-notes",
        Some("ui-help-notes"),
        &[],
    ),
    bind(
        Keys::These(&[Key::Char('?'), Key::F(1)]),
        "?",
        C::Help,
        "key-help",
        None,
        &[F::Home, F::Step],
    ),
    bind(
        Keys::These(&[Key::Char('q'), Key::Ctrl('c')]),
        "q",
        C::Quit,
        "key-quit",
        Some("ui-help-quit"),
        &[F::Picker, F::Home, F::Step, F::Workshop],
    ),
    // Last in the footer: where the line is too short for it, the help pane names it.
    bind(
        Keys::These(&[Key::Char('a')]),
        "a",
        C::ReadAloud,
        "key-read-aloud",
        Some("ui-help-read-aloud"),
        &[F::Home, F::Step],
    ),
];

/// Workshop mode: a presenter steps through a scenario in order.
pub const WORKSHOP: &[Binding] = &[
    bind(
        Keys::Forward,
        "→",
        C::StepForward,
        "key-next-step",
        Some("ui-help-workshop"),
        &[F::Workshop],
    ),
    bind(
        Keys::These(&[Key::Char(' ')]),
        "Space",
        C::StepForward,
        "key-next-step",
        None,
        &[],
    ),
    bind(
        Keys::Backward,
        "←",
        C::StepBack,
        "key-previous-step",
        Some("ui-help-workshop"),
        &[F::Workshop],
    ),
    bind(
        Keys::These(&[Key::Char('p')]),
        "p",
        C::PresenterNotes,
        "key-presenter",
        Some("ui-help-workshop"),
        &[F::Workshop],
    ),
];

/// The note form: every other key types.
pub const FORM: &[Binding] = &[
    // On a choice: Space and a number choose too; Enter, ↓ and ↑ move between fields.
    bind(
        Keys::These(&[Key::Char(' ')]),
        "Space",
        C::ChangeChoice,
        "key-change-choice",
        None,
        &[],
    ),
    bind(
        Keys::Digits,
        "1–9",
        C::ChangeChoice,
        "key-change-choice",
        None,
        &[],
    ),
    bind(
        Keys::These(&[Key::Enter, Key::Down]),
        "↓",
        C::NextField,
        "key-next-field",
        None,
        &[],
    ),
    bind(
        Keys::These(&[Key::Up]),
        "↑",
        C::PreviousField,
        "key-previous-field",
        None,
        &[],
    ),
    bind(
        Keys::These(&[Key::Esc]),
        "Esc",
        C::Done,
        "key-done",
        None,
        &[F::Form],
    ),
    bind(
        Keys::These(&[Key::Ctrl('e')]),
        "Ctrl-E",
        C::CopyForLawyer,
        "key-copy",
        Some("ui-help-note-copy"),
        &[F::Form],
    ),
    bind(
        Keys::These(&[Key::Ctrl('l')]),
        "Ctrl-L",
        C::Lock,
        "key-lock",
        None,
        &[F::Form],
    ),
    bind(
        Keys::These(&[Key::Ctrl('d')]),
        "Ctrl-D",
        C::DeleteNote,
        "key-delete",
        None,
        &[F::Form],
    ),
    bind(
        Keys::These(&[Key::F(1)]),
        "F1",
        C::Help,
        "key-help",
        None,
        &[F::Form],
    ),
    // Last in the footer, which 78 columns cut short: moving between fields and changing a
    // choice are found by trying, Ctrl-E, Ctrl-L and Ctrl-D are not.
    bind(
        Keys::These(&[Key::Tab]),
        "Tab",
        C::NextField,
        "key-next-field",
        None,
        &[F::Form],
    ),
    bind(
        Keys::These(&[Key::BackTab]),
        "Shift-Tab",
        C::PreviousField,
        "key-previous-field",
        None,
        &[F::Form],
    ),
    bind(
        Keys::Sideways,
        "←→",
        C::ChangeChoice,
        "key-change-choice",
        None,
        &[F::Form],
    ),
];

/// The command a table binds `key` to, if any.
pub fn command(table: &[Binding], key: Key, rtl: bool) -> Option<Command> {
    table
        .iter()
        .find(|b| b.keys.matches(key, rtl))
        .map(|b| b.command)
}

/// Every table, for the help pane and the checks.
pub const TABLES: [&[Binding]; 4] = [SCREEN, GLOBAL, WORKSHOP, FORM];

/// The bindings a footer names, in order.
pub fn footer(which: Footer) -> Vec<&'static Binding> {
    let mut out: Vec<&Binding> = Vec::new();
    for table in [WORKSHOP, FORM, SCREEN, GLOBAL] {
        out.extend(table.iter().filter(|b| b.footers.contains(&which)));
    }
    // The screen's keys come before the global ones, except in the workshop footer, which
    // leads with stepping; the table order within each gives the rest.
    out
}
