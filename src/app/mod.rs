//! The guide's state and how it changes (The Elm Architecture). `update` is pure: no terminal,
//! no files, no clock, so any sequence of messages can be replayed in a test.

mod buttons;
pub mod keys;
mod kiosk;
pub mod notes;
pub mod speech;

pub use buttons::{Button, ButtonAction, buttons, buttons_in};
pub use kiosk::{COUNTDOWN, Kiosk, parse_keys};
pub use notes::{Effect, MAX_FIELD_CHARS, NoteForm, Status, Unlock};
// QuizPos is defined below; re-exported for the view.

use crate::i18n::Localizer;
use crate::pack::{Pack, StepKind, Target};
use keys::Command;
use ratatui::layout::Rect;

pub struct Model {
    pub pack: Pack,
    pub l10n: Localizer,
    pub place: Place,
    /// Where Back leads, most recent last.
    pub history: Vec<Place>,
    /// The highlighted button on the current screen (an open pane keeps its own).
    pub selected: usize,
    /// First body line shown, when the body is longer than its area.
    pub scroll: u16,
    pub overlay: Option<Overlay>,
    /// What the last frame drew, so that clicks hit what the person saw.
    pub drawn: Drawn,
    pub quit: bool,
    /// The colours for the terminal's background, or none (`NO_COLOR`).
    pub palette: Palette,
    /// The terminal drawn on: who reorders right-to-left text, and how wide it draws text.
    pub profile: crate::ui::text::TerminalProfile,
    /// Set in kiosk mode: no way out for visitors, and a fresh start when idle.
    pub kiosk: Option<Kiosk>,
    /// Set when everything was just forgotten; the edge then clears screen and scrollback.
    pub wiped: bool,
    /// The notes found in the notes folder, as last listed by the edge.
    pub notes: Vec<crate::notes::store::Entry>,
    /// Words on their way to disk after their form was left; if saving them fails, the
    /// person is brought back to them.
    pub saving: Option<Box<NoteForm>>,
    /// The passphrase prompt for opening a locked note.
    pub unlock: Option<Unlock>,
    /// Files to read or write, for the edge to do and answer.
    pub effects: Vec<Effect>,
    /// What came of the last file operation (saved a copy, could not delete), put in words
    /// by the view in the language current when it is shown.
    pub notice: Option<crate::effects::Outcome>,
    /// A second language shown beside the first, for a mixed-language room.
    pub second: Option<usize>,
    /// Workshop mode: ← → step through a scenario in order; presenter notes on `p`.
    pub workshop: bool,
    /// The presenter's notes are showing.
    pub presenter: bool,
    /// Today's date (ISO) from the edge, for the content's review date; empty when unknown.
    pub today: String,
    /// The first digit of a number typed on a screen with ten choices or more: a second digit
    /// may follow (1 then 2 is twelve); a moment without one (`NoSecondDigit`) makes it one.
    pub pending_digit: Option<usize>,
    /// Reading the screen aloud (`a`), until the edge says it ended or any input stops it.
    pub speaking: Option<Speaking>,
    /// How many times the guide asked to speak: input that did not ask again stops speech.
    pub said: u64,
    /// On the card, "Say it for me": the English statement chosen (← →), said aloud.
    pub card_line: Option<usize>,
    /// `--speak`: each new screen is read aloud once, by itself (a kiosk with headphones).
    pub speak_screens: bool,
    /// The screen last read by itself, so that it is read once.
    read_screen: Option<(Place, Option<Overlay>, usize)>,
}

/// What is being read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speaking {
    /// Which of the language's voices reads (`speech::voices`).
    pub voice: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    Picker,
    Home,
    Step(Pos),
    /// The list of notes.
    Notes,
    /// Writing a note: the form holds it.
    Note(Box<NoteForm>),
    /// Practice questions of a scenario.
    Quiz(QuizPos),
}

impl Place {
    pub fn is_note(&self) -> bool {
        match self {
            Place::Note(_) => true,
            Place::Picker | Place::Home | Place::Step(_) | Place::Notes | Place::Quiz(_) => false,
        }
    }
}

/// Where a practice quiz is. `question == quiz.len()` is the score screen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct QuizPos {
    pub scenario: usize,
    pub question: usize,
    /// The answer picked for this question, once picked.
    pub picked: Option<usize>,
    /// Best answers picked so far. Kept only while the quiz is on screen.
    pub score: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pos {
    pub scenario: usize,
    pub step: usize,
    /// On a checklist: the answers given so far. On the step a checklist led to: all of them.
    pub answers: Vec<Answer>,
    /// On the step a checklist led to: that checklist, so its answers can be shown.
    pub checklist: Option<usize>,
}

impl Pos {
    pub fn new(scenario: usize, step: usize) -> Self {
        Pos {
            scenario,
            step,
            answers: Vec::new(),
            checklist: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

/// Who reorders right-to-left text for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bidi {
    /// kyr reorders each line; for terminals that draw cells as given (most).
    #[default]
    App,
    /// The terminal reorders (VTE-based terminals in their implicit mode); kyr sends logical order.
    Terminal,
}

/// Who arranges the letters of a cluster that are not drawn in the order they are written
/// (Bengali vowel signs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shaping {
    /// kyr sends them in the order they are seen; for terminals that draw each character in
    /// a cell of its own (xterm, foot without grapheme shaping, most).
    #[default]
    App,
    /// The terminal shapes clusters (mlterm, WezTerm); kyr sends logical order.
    Terminal,
}

/// Colours that read well on the terminal's background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    /// Light text on a dark background.
    #[default]
    Dark,
    /// Dark text on a light background (xterm's default white, for one).
    Light,
    /// No colour at all (`NO_COLOR`): bold, reverse and dim only.
    Plain,
}

/// How the guide was started, for the whole run: what `Model::new` is given, and what a kiosk
/// starts each visitor from.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The colours for the terminal's background, or none (`NO_COLOR`).
    pub palette: Palette,
    pub profile: crate::ui::text::TerminalProfile,
    pub kiosk: Option<Kiosk>,
    pub workshop: bool,
    /// A language shown beside the first from the start.
    pub second: Option<usize>,
    /// Today's date (ISO) from the edge; empty when unknown.
    pub today: String,
    /// Read each new screen aloud once, by itself (`--speak`).
    pub speak_screens: bool,
}

impl Settings {
    pub fn new() -> Self {
        Settings::default()
    }

    /// For a terminal: its colours, who reorders right-to-left text and who shapes clusters.
    pub fn for_terminal(bidi: Bidi, shaping: Shaping, palette: Palette) -> Self {
        let mut settings = Settings::new();
        settings.palette = palette;
        settings.profile.reorder = bidi == Bidi::App;
        settings.profile.indic_visual = shaping == Shaping::App;
        settings
    }
}

/// A pane over the screen. Panes with buttons own their highlighted one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Sources,
    /// Changing language in place.
    Language {
        selected: usize,
    },
    /// Choosing a second language to show beside the first (workshops).
    SecondLanguage {
        selected: usize,
    },
    /// The card to show an officer.
    Card,
    /// The hotlines; `qr` shows one of them as a code to scan.
    Contacts {
        selected: usize,
        qr: Option<usize>,
    },
}

impl Overlay {
    /// The highlighted button, for a pane that has buttons.
    pub fn selected(&self) -> Option<usize> {
        match *self {
            Overlay::Language { selected }
            | Overlay::SecondLanguage { selected }
            | Overlay::Contacts { selected, qr: None } => Some(selected),
            Overlay::Contacts { qr: Some(_), .. } | Overlay::Help | Overlay::Sources => None,
            Overlay::Card => None,
        }
    }

    fn selected_mut(&mut self) -> Option<&mut usize> {
        match self {
            Overlay::Language { selected }
            | Overlay::SecondLanguage { selected }
            | Overlay::Contacts { selected, qr: None } => Some(selected),
            Overlay::Contacts { qr: Some(_), .. } | Overlay::Help | Overlay::Sources => None,
            Overlay::Card => None,
        }
    }

    /// A list of languages to choose from (for the guide, or beside it).
    pub fn picks_language(&self) -> bool {
        match self {
            Overlay::Language { .. } | Overlay::SecondLanguage { .. } => true,
            Overlay::Help | Overlay::Sources | Overlay::Card | Overlay::Contacts { .. } => false,
        }
    }

    /// Covers the whole screen: what is under it must not take clicks.
    pub fn covers_screen(&self) -> bool {
        match self {
            Overlay::Card | Overlay::Contacts { .. } => true,
            Overlay::Help
            | Overlay::Sources
            | Overlay::Language { .. }
            | Overlay::SecondLanguage { .. } => false,
        }
    }

    /// Words only: any key or click closes it.
    pub fn read_only(&self) -> bool {
        match self {
            Overlay::Help | Overlay::Sources => true,
            Overlay::Language { .. }
            | Overlay::SecondLanguage { .. }
            | Overlay::Card
            | Overlay::Contacts { .. } => false,
        }
    }
}

/// A key, already freed from the terminal library's types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Enter,
    Esc,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Tab,
    BackTab,
    Home,
    End,
    Delete,
    /// A function key: F1 opens help everywhere, even where letters are typed.
    F(u8),
}

/// What a person means by a key, a click or a tap; what clickable areas carry. The other
/// "something to do" types: `Msg` is everything `update` hears (input, and answers from the
/// edge), `ButtonAction` what one button of the current screen does, `keys::Command` what a
/// key binding does, `Effect` work for the edge, and `cli::Task` what the command line asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Activate button `n` of the current screen.
    Press(usize),
    Back,
    Home,
    Language,
    Help,
    Sources,
    Quit,
    Scroll(i16),
    Card,
    Contacts,
    Notes,
    /// Put the note form's focus on a field.
    Focus(usize),
    /// Pick a second language to show beside the first, or drop it.
    SecondLanguage,
    /// Highlight button `n` without activating it (brings it into view).
    Select(usize),
    /// Read the screen aloud (the Listen button; `a`).
    Listen,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(Key),
    Click {
        column: u16,
        row: u16,
    },
    /// Mouse wheel: positive is down.
    Wheel(i16),
    Resize,
    Drawn(Drawn),
    /// Kiosk: the idle timeout passed, or one more second of the countdown did. Notes: it is
    /// time to save what was typed.
    Tick,
    /// A first digit waited a moment and no second came.
    NoSecondDigit,
    Paste(String),
    NotesListed(Vec<crate::notes::store::Entry>),
    /// A new note to write, or a note opened from the list (with its passphrase if locked).
    NoteReady(crate::notes::Note, Option<String>),
    /// Opening a locked note failed: wrong passphrase.
    NoteLocked,
    NoteSaved(Result<(), crate::effects::SaveError>),
    /// The open note's plain-text copy, if kyr saved one (`Effect::FindCopy`).
    CopyFound {
        id: String,
        path: Option<String>,
    },
    /// What came of deleting, exporting or saving a handout.
    Done(crate::effects::Outcome),
    /// Columns the terminal was measured to give some clusters.
    Measured(std::collections::HashMap<String, usize>),
    /// Reading aloud ended by itself, or could not start (why, for the notice line).
    SpeechEnded(Option<crate::problem::Problem>),
}

/// Screen areas of what can be clicked, and how far the body can scroll.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    pub hits: Vec<(Rect, Intent)>,
    pub max_scroll: u16,
    pub body_height: u16,
    /// Buttons side by side in the grid drawn, so that ↓ and ↑ move a row.
    pub columns: u16,
    /// Some buttons did not fit: the wheel moves among them when the text does not scroll.
    pub more_buttons: bool,
}

impl Model {
    /// `place` is where the guide opens: the picker, or home when the language was given.
    pub fn new(pack: Pack, l10n: Localizer, place: Place, settings: Settings) -> Self {
        let Settings {
            palette,
            profile,
            kiosk,
            workshop,
            second,
            today,
            speak_screens,
        } = settings;
        let selected = match place {
            Place::Picker => l10n.current(),
            Place::Home | Place::Step(_) | Place::Notes | Place::Note(_) | Place::Quiz(_) => 0,
        };
        Model {
            pack,
            l10n,
            place,
            history: Vec::new(),
            selected,
            scroll: 0,
            overlay: None,
            drawn: Drawn::default(),
            quit: false,
            palette,
            profile,
            kiosk,
            wiped: false,
            notes: Vec::new(),
            saving: None,
            unlock: None,
            effects: Vec::new(),
            notice: None,
            second,
            workshop,
            presenter: false,
            today,
            pending_digit: None,
            speaking: None,
            said: 0,
            card_line: None,
            speak_screens,
            read_screen: None,
        }
    }

    /// The settings this guide runs with, as they are now.
    pub fn settings(&self) -> Settings {
        Settings {
            palette: self.palette,
            profile: self.profile.clone(),
            kiosk: self.kiosk.clone(),
            workshop: self.workshop,
            second: self.second,
            today: self.today.clone(),
            speak_screens: self.speak_screens,
        }
    }

    /// The languages whose words can be on screen now: the guide's, the one beside it, and
    /// the one highlighted in a language list (its notice is shown in its own words).
    pub fn languages_shown(&self) -> Vec<usize> {
        let mut shown = vec![self.l10n.current()];
        shown.extend(self.second);
        if self.place == Place::Picker {
            shown.push(self.selected);
        }
        if let Some(Overlay::Language { selected } | Overlay::SecondLanguage { selected }) =
            self.overlay
        {
            shown.push(selected);
        }
        shown.retain(|&i| i < self.l10n.len());
        shown.sort_unstable();
        shown.dedup();
        shown
    }

    pub fn rtl(&self) -> bool {
        self.l10n.is_rtl(self.l10n.current())
    }

    /// The note form on screen, if a note is open.
    pub fn form(&self) -> Option<&NoteForm> {
        match &self.place {
            Place::Note(form) => Some(form),
            Place::Picker | Place::Home | Place::Step(_) | Place::Notes | Place::Quiz(_) => None,
        }
    }

    pub fn form_mut(&mut self) -> Option<&mut NoteForm> {
        match &mut self.place {
            Place::Note(form) => Some(form),
            Place::Picker | Place::Home | Place::Step(_) | Place::Notes | Place::Quiz(_) => None,
        }
    }

    /// Leaving the note form saves what is unsaved; the words wait in `saving` until the
    /// save is known to have worked.
    fn leave_form(&mut self) {
        if let Place::Note(form) = &self.place {
            if form.status != Status::Saved {
                let mut form = form.clone();
                self.effects.push(form.save_effect());
                self.saving = Some(form);
            }
            self.effects.push(Effect::ListNotes);
        }
    }

    fn go(&mut self, place: Place) {
        self.leave_form();
        self.notice = None;
        let previous = std::mem::replace(&mut self.place, place);
        // Back from there leads to the list of notes, not to a copy of the form.
        let previous = if previous.is_note() {
            Place::Notes
        } else {
            previous
        };
        self.history.push(previous);
        self.reset_view();
    }

    fn reset_view(&mut self) {
        self.selected = 0;
        self.scroll = 0;
    }

    fn back(&mut self) {
        self.leave_form();
        self.notice = None;
        match self.history.pop() {
            Some(place) => {
                self.place = place;
                self.reset_view();
            }
            None if self.place == Place::Home => {
                self.place = Place::Picker;
                self.selected = self.l10n.current();
            }
            None => {}
        }
    }

    /// Home closes whatever pane is open, too: the card, the hotlines, a code to scan.
    fn home(&mut self) {
        self.leave_form();
        self.overlay = None;
        self.scroll = 0;
        if self.place != Place::Home {
            self.history.clear();
            self.history.push(Place::Picker);
            self.place = Place::Home;
            self.reset_view();
        }
    }

    fn follow(&mut self, from: &Pos, target: Target) {
        let pos = match target {
            Target::Step(step) => Pos::new(from.scenario, step),
            Target::Scenario(scenario) => Pos::new(scenario, self.pack.scenarios[scenario].start),
        };
        self.go(Place::Step(pos));
    }

    /// Back to a note whose words are not saved, with the question of what to do with them.
    fn reopen_unsaved(&mut self) {
        self.overlay = None;
        if let Some(mut form) = self.saving.take() {
            form.prompt = Some(notes::Prompt::Unsaved);
            self.go(Place::Note(form));
        } else if let Some(form) = self.form_mut() {
            form.prompt = Some(notes::Prompt::Unsaved);
        }
    }

    fn press(&mut self, n: usize) {
        let Some(button) = buttons(self).into_iter().nth(n) else {
            return;
        };
        let place = self.place.clone();
        match button.action {
            ButtonAction::Language(i) => match self.overlay.map(|o| (o.picks_language(), o)) {
                Some((true, Overlay::SecondLanguage { .. })) => {
                    self.second = (i != self.l10n.current()).then_some(i);
                    self.overlay = None;
                }
                Some((true, _)) => {
                    self.l10n.set_current(i);
                    self.overlay = None;
                    if self.second == Some(i) {
                        self.second = None;
                    }
                }
                // The language picker: the language, then home.
                Some((false, _)) | None => {
                    self.l10n.set_current(i);
                    self.go(Place::Home);
                }
            },
            ButtonAction::Scenario(i) => {
                let start = self.pack.scenarios[i].start;
                self.go(Place::Step(Pos::new(i, start)));
            }
            ButtonAction::Follow(target) => {
                if let Place::Step(pos) = place {
                    self.follow(&pos, target);
                }
            }
            ButtonAction::Answer(answer) => {
                if let Place::Step(pos) = place {
                    self.answer(&pos, answer);
                }
            }
            ButtonAction::StartOver => self.home(),
            // Any touch already said "still here" (see `update`); the button is where to touch.
            ButtonAction::StillHere => {}
            ButtonAction::Contact(i) => {
                self.overlay = Some(Overlay::Contacts {
                    selected: i,
                    qr: Some(i),
                });
            }
            ButtonAction::WriteNote => self.effects.push(Effect::NewNote),
            ButtonAction::Prompt(choice) => {
                if let Some(form) = self.form_mut() {
                    let (effects, done) = form.choose_in_prompt(choice);
                    self.after_form(effects, done);
                }
            }
            ButtonAction::Handout(scenario) => {
                let mut langs = vec![self.l10n.current()];
                langs.extend(self.second);
                self.effects.push(Effect::Handout { scenario, langs });
            }
            ButtonAction::StartQuiz(scenario) => self.start_quiz(scenario),
            ButtonAction::Pick(answer) => {
                if let Place::Quiz(q) = place
                    && q.picked.is_none()
                {
                    let best = self.pack.scenarios[q.scenario]
                        .quiz
                        .get(q.question)
                        .map(|question| question.best);
                    // Back returns to the question unanswered, with the score it had then.
                    self.go(Place::Quiz(QuizPos {
                        picked: Some(answer),
                        score: q.score + usize::from(best == Some(answer)),
                        ..q
                    }));
                }
            }
            ButtonAction::NextQuestion => {
                if let Place::Quiz(q) = place {
                    self.go(Place::Quiz(QuizPos {
                        question: q.question + 1,
                        picked: None,
                        ..q
                    }));
                }
            }
            ButtonAction::OpenNote(i) => match self.notes.get(i) {
                Some(crate::notes::store::Entry::Locked(id)) => {
                    self.unlock = Some(Unlock::new(id.clone()));
                }
                Some(crate::notes::store::Entry::Plain(note)) => {
                    self.effects.push(Effect::Open {
                        id: note.id.clone(),
                        passphrase: None,
                    });
                }
                Some(crate::notes::store::Entry::Broken(_)) | None => {}
            },
        }
    }

    /// What the note form asked for, and leaving it when it is done.
    fn after_form(&mut self, effects: Vec<Effect>, done: bool) {
        let deleted = effects.iter().any(|e| matches!(e, Effect::Delete(_)));
        self.effects.extend(effects);
        if done {
            if let Some(form) = self.form_mut()
                && (deleted || form.discarded)
            {
                // Deleted, or left on purpose: nothing is to be saved on the way out.
                form.status = Status::Saved;
            }
            self.back();
        }
    }

    fn answer(&mut self, pos: &Pos, answer: Answer) {
        let step = &self.pack.scenarios[pos.scenario].steps[pos.step];
        let StepKind::Checklist { items, pass, fail } = &step.kind else {
            return;
        };
        let mut answers = pos.answers.clone();
        answers.push(answer);
        let next = if answer != Answer::Yes {
            Some(*fail)
        } else if answers.len() == items.len() {
            Some(*pass)
        } else {
            None
        };
        let place = match next {
            Some(step) => Pos {
                scenario: pos.scenario,
                step,
                answers,
                checklist: Some(pos.step),
            },
            None => Pos {
                answers,
                ..pos.clone()
            },
        };
        self.go(Place::Step(place));
    }

    fn act(&mut self, action: Intent) {
        match action {
            Intent::Press(n) => self.press(n),
            Intent::Back => self.back(),
            Intent::Home => self.home(),
            Intent::Language => {
                if self.place != Place::Picker {
                    let selected = self.l10n.current();
                    self.overlay = Some(Overlay::Language { selected });
                }
            }
            Intent::Help => self.overlay = Some(Overlay::Help),
            Intent::Sources => {
                if let Place::Step(_) = self.place {
                    self.overlay = Some(Overlay::Sources);
                }
            }
            Intent::Quit if self.kiosk.is_some() => {}
            // Words that could not be saved are never dropped without asking.
            Intent::Quit
                if self.form().is_some_and(NoteForm::unsaved)
                    || self.saving.as_deref().is_some_and(NoteForm::unsaved) =>
            {
                self.reopen_unsaved();
            }
            Intent::Quit => self.quit = true,
            Intent::Listen => self.read_aloud(),
            Intent::Card => {
                self.overlay = Some(Overlay::Card);
                self.scroll = 0;
                self.card_line = None;
            }
            Intent::SecondLanguage => {
                if self.second.take().is_none() && self.place != Place::Picker {
                    let selected = self.l10n.current();
                    self.overlay = Some(Overlay::SecondLanguage { selected });
                }
            }
            Intent::Focus(field) => {
                if let Some(form) = self.form_mut() {
                    form.focus_on(field);
                }
            }
            Intent::Notes => {
                if self.kiosk.is_none() && self.place != Place::Notes {
                    self.overlay = None;
                    self.go(Place::Notes);
                    self.effects.push(Effect::ListNotes);
                }
            }
            Intent::Contacts => {
                self.overlay = Some(Overlay::Contacts {
                    selected: 0,
                    qr: None,
                });
            }
            Intent::Select(n) => {
                let count = buttons(self).len();
                if count > 0 {
                    *self.selection() = n.min(count - 1);
                }
            }
            Intent::Scroll(delta) if self.drawn.max_scroll == 0 && self.drawn.more_buttons => {
                // Nothing to scroll but buttons out of view: the wheel goes through them.
                let row = isize::try_from(self.drawn.columns.max(1)).unwrap_or(1);
                self.select(if delta > 0 { row } else { -row });
            }
            Intent::Scroll(delta) => {
                let to = i32::from(self.scroll) + i32::from(delta);
                self.scroll =
                    u16::try_from(to.clamp(0, i32::from(self.drawn.max_scroll))).unwrap_or(0);
            }
        }
    }

    /// Workshop mode: the scenario's next step in order (then its quiz), the previous one,
    /// the presenter's notes. True when the command applied here.
    fn step_in_order(&mut self, command: Command) -> bool {
        if command == Command::PresenterNotes {
            self.presenter = !self.presenter;
            return true;
        }
        if let Place::Quiz(q) = &self.place {
            // In a quiz → goes on once the question is answered, ← takes the answer back (or
            // the question), as the room follows the presenter.
            match command {
                Command::StepForward if q.picked.is_some() => {
                    let next = buttons(self)
                        .iter()
                        .position(|b| b.action == ButtonAction::NextQuestion);
                    if let Some(next) = next {
                        self.act(Intent::Press(next));
                    }
                }
                Command::StepBack => self.act(Intent::Back),
                _ => {}
            }
            return true;
        }
        let Place::Step(pos) = self.place.clone() else {
            return false;
        };
        let scenario = &self.pack.scenarios[pos.scenario];
        match command {
            Command::StepForward => {
                if pos.step + 1 < scenario.steps.len() {
                    self.go(Place::Step(Pos::new(pos.scenario, pos.step + 1)));
                } else if !scenario.quiz.is_empty() {
                    self.start_quiz(pos.scenario);
                }
                true
            }
            Command::StepBack if pos.step > 0 => {
                self.go(Place::Step(Pos::new(pos.scenario, pos.step - 1)));
                true
            }
            _ => false,
        }
    }

    fn start_quiz(&mut self, scenario: usize) {
        self.go(Place::Quiz(QuizPos {
            scenario,
            question: 0,
            picked: None,
            score: 0,
        }));
    }

    /// As the next visitor should find it: the picker in the pack's language, nothing open.
    pub fn is_fresh(&self) -> bool {
        self.place == Place::Picker
            && self.history.is_empty()
            && self.overlay.is_none()
            && self.l10n.current() == self.l10n.reference()
            && self.selected == self.l10n.reference()
    }

    /// Drops everything the last visitor did: the next one gets a guide as new, in the pack's
    /// language, with the same settings and no second language.
    pub fn forget(&mut self) {
        let l10n = self.l10n.at(self.l10n.reference());
        let settings = Settings {
            kiosk: self.kiosk.as_ref().map(Kiosk::fresh),
            second: None,
            ..self.settings()
        };
        *self = Model {
            wiped: true,
            ..Model::new(self.pack.clone(), l10n, Place::Picker, settings)
        };
        // Nothing of the last visitor's screen goes on being read aloud.
        self.effects.push(Effect::Hush);
    }

    /// Stops reading aloud, if it was.
    fn hush(&mut self) {
        if self.speaking.take().is_some() {
            self.effects.push(Effect::Hush);
        }
    }

    /// Reads `parts` aloud in voice `voice` of the current language (or English's, for the
    /// card), in place of whatever was being read.
    fn speak(&mut self, parts: &[speech::Said], voice: String, index: usize) {
        self.said += 1;
        self.speaking = Some(Speaking { voice: index });
        self.notice = None;
        self.effects.push(Effect::Speak {
            text: speech::ssml(parts, speech::PAUSE_MS),
            voice,
        });
    }

    /// `--speak`: a screen not read yet is read once, by itself, in the language's first voice.
    /// The picker a kiosk starts over with is not: nobody is there to hear it.
    fn read_new_screen(&mut self) {
        if !self.speak_screens {
            return;
        }
        let screen = (self.place.clone(), self.overlay, self.l10n.current());
        if self.read_screen.as_ref() == Some(&screen) {
            return;
        }
        let fresh = self.is_fresh() && self.read_screen.is_none();
        self.read_screen = Some(screen);
        if fresh && self.kiosk.is_some() {
            return;
        }
        if self.overlay == Some(Overlay::Card) {
            // The card is said by "Say it for me", one statement at a time, when asked.
            return;
        }
        if let Some(voice) = speech::voices(&self.l10n, self.l10n.current()).first() {
            let parts = speech::screen(self);
            self.speak(&parts, voice.clone(), 0);
        }
    }

    /// `a`: reads the screen aloud in the language's first voice; pressed again while it
    /// reads, in its next voice (Cantonese, then Mandarin), and after the last, stops. On the
    /// card: "Say it for me", each English statement on its own (← → choose, Enter repeats).
    fn read_aloud(&mut self) {
        if self.overlay == Some(Overlay::Card) {
            if self.speaking.is_some() {
                self.hush();
            } else {
                self.say_card_line(self.card_line.unwrap_or(0));
            }
            return;
        }
        let voices = speech::voices(&self.l10n, self.l10n.current());
        let next = match self.speaking {
            None => 0,
            Some(s) => s.voice + 1,
        };
        match voices.get(next) {
            Some(voice) => {
                let parts = speech::screen(self);
                self.speak(&parts, voice.clone(), next);
            }
            None => self.hush(),
        }
    }

    /// Says statement `line` of the card in English, and shows it as the one playing.
    fn say_card_line(&mut self, line: usize) {
        let count = self.pack.card.len();
        if count == 0 {
            return;
        }
        let line = line.min(count - 1);
        self.card_line = Some(line);
        let words = speech::Said::new(speech::card_line(self, line));
        self.speak(&[words], speech::officer_voice(&self.l10n), 0);
    }

    /// After a failure in update or drawing: the visitor lands on the home screen.
    pub fn recover(&mut self) {
        self.hush();
        self.overlay = None;
        self.history = vec![Place::Picker];
        self.place = Place::Home;
        self.reset_view();
        self.drawn = Drawn::default();
    }

    fn select(&mut self, delta: isize) {
        let n = buttons(self).len();
        if n == 0 {
            return;
        }
        let current = self.selected_button();
        *self.selection() = (current as isize + delta).rem_euclid(n as isize) as usize;
    }

    /// Which highlight keys move: an open pane's, or the screen's.
    fn selection(&mut self) -> &mut usize {
        match self.overlay.as_mut().and_then(Overlay::selected_mut) {
            Some(selected) => selected,
            None => &mut self.selected,
        }
    }

    fn pane_has_buttons(&self) -> bool {
        self.overlay.is_some_and(|o| o.selected().is_some())
    }

    pub fn selected_button(&self) -> usize {
        self.overlay
            .and_then(|o| o.selected())
            .unwrap_or(self.selected)
    }

    /// A key goes down the layers, topmost first: the passphrase prompt, the note form, an
    /// open pane, workshop stepping, the screen. Each uses it or passes it on; the keys that
    /// mean the same everywhere (home, quit, card, hotlines, help, language) are decided once,
    /// after every layer has passed. (The kiosk's layer, above all of these, is in `update`.)
    fn key(&mut self, key: Key) {
        // Typing goes to the passphrase or the note as it is.
        if self.unlock.is_none() && !self.place.is_note() {
            let digit = |key: Key| match key {
                Key::Char(c) => c.to_digit(10).and_then(|d| usize::try_from(d).ok()),
                _ => None,
            };
            if let Some(first) = self.pending_digit.take() {
                if let Some(second) = digit(key) {
                    let n = first * 10 + second;
                    if (1..=buttons(self).len()).contains(&n) {
                        *self.selection() = n - 1;
                        self.act(Intent::Press(n - 1));
                    }
                    return;
                }
                self.dispatch(digit_key(first));
            } else if let Some(first @ 1..=9) = digit(key)
                && buttons(self).len() >= first * 10
            {
                self.pending_digit = Some(first);
                return;
            }
        }
        self.dispatch(key);
    }

    /// A key through the input layers, the first that wants it taking it.
    fn dispatch(&mut self, key: Key) {
        let layers: [fn(&mut Model, Key) -> EventState; 5] = [
            Model::unlock_layer,
            Model::form_layer,
            Model::pane_layer,
            Model::workshop_layer,
            Model::screen_layer,
        ];
        for layer in layers {
            if layer(self, key) == EventState::Consumed {
                return;
            }
        }
        if let Some(command) = keys::command(keys::GLOBAL, key, self.rtl()) {
            self.global(command);
        }
    }

    fn unlock_layer(&mut self, key: Key) -> EventState {
        let Some(unlock) = &mut self.unlock else {
            return EventState::Passed;
        };
        let (effect, done) = unlock.key(key);
        self.effects.extend(effect);
        if done {
            self.unlock = None;
        }
        EventState::Consumed
    }

    fn form_layer(&mut self, key: Key) -> EventState {
        if self.overlay.is_some() {
            return EventState::Passed;
        }
        let Place::Note(form) = &mut self.place else {
            return EventState::Passed;
        };
        // F1 is the one key the form leaves to the rest: help.
        if form.prompt.is_none() && keys::command(keys::FORM, key, false) == Some(Command::Help) {
            return EventState::Passed;
        }
        let (effects, done) = form.key(key);
        self.after_form(effects, done);
        EventState::Consumed
    }

    /// An open pane takes the keys it uses; a pane over the screen also keeps the screen's
    /// keys from reaching what it covers. Keys that mean the same everywhere pass.
    fn pane_layer(&mut self, key: Key) -> EventState {
        let Some(overlay) = self.overlay else {
            return EventState::Passed;
        };
        let global = keys::command(keys::GLOBAL, key, self.rtl());
        let screen = keys::command(keys::SCREEN, key, self.rtl());
        match overlay {
            // Read-only panes: any key closes them; quitting still quits.
            Overlay::Help | Overlay::Sources => {
                self.overlay = None;
                if global == Some(Command::Quit) {
                    EventState::Passed
                } else {
                    EventState::Consumed
                }
            }
            Overlay::Language { .. } | Overlay::SecondLanguage { .. } => match screen {
                Some(Command::Back) => {
                    self.overlay = None;
                    EventState::Consumed
                }
                Some(command) => {
                    self.screen(command, key);
                    EventState::Consumed
                }
                // Letters choose nothing here, and must not act behind the list.
                None if global == Some(Command::Quit) => EventState::Passed,
                None => EventState::Consumed,
            },
            Overlay::Contacts {
                selected,
                qr: Some(_),
            } if screen == Some(Command::Back) => {
                self.overlay = Some(Overlay::Contacts { selected, qr: None });
                EventState::Consumed
            }
            // "Say it for me": ← → choose a statement and say it, Enter says it again.
            Overlay::Card if self.card_line.is_some() && screen == Some(Command::Open) => {
                self.say_card_line(self.card_line.unwrap_or(0));
                EventState::Consumed
            }
            Overlay::Card if self.card_line.is_some() && screen == Some(Command::Move) => {
                let forward = if self.rtl() { Key::Left } else { Key::Right };
                let line = self.card_line.unwrap_or(0);
                let line = match key {
                    Key::Down | Key::Char('j') | Key::Tab => line + 1,
                    _ if key == forward => line + 1,
                    _ => line.saturating_sub(1),
                };
                self.say_card_line(line);
                EventState::Consumed
            }
            Overlay::Card | Overlay::Contacts { .. } => match screen {
                Some(Command::Back) => {
                    self.overlay = None;
                    self.scroll = 0;
                    EventState::Consumed
                }
                Some(command @ (Command::PageDown | Command::PageUp)) => {
                    self.screen(command, key);
                    EventState::Consumed
                }
                // The hotlines list has buttons of its own; the card and a code have none.
                Some(command) if self.pane_has_buttons() => {
                    self.screen(command, key);
                    EventState::Consumed
                }
                _ if global.is_some() => EventState::Passed,
                _ => EventState::Consumed,
            },
        }
    }

    fn workshop_layer(&mut self, key: Key) -> EventState {
        if !self.workshop || self.overlay.is_some() {
            return EventState::Passed;
        }
        let Some(command) = keys::command(keys::WORKSHOP, key, self.rtl()) else {
            return EventState::Passed;
        };
        if self.step_in_order(command) {
            EventState::Consumed
        } else {
            EventState::Passed
        }
    }

    fn screen_layer(&mut self, key: Key) -> EventState {
        match keys::command(keys::SCREEN, key, self.rtl()) {
            Some(command) => {
                self.screen(command, key);
                EventState::Consumed
            }
            None => EventState::Passed,
        }
    }

    /// The screen's (or an open pane's) own commands.
    fn screen(&mut self, command: Command, key: Key) {
        match command {
            Command::Choose => {
                if let Key::Char(c @ '1'..='9') = key {
                    self.act(Intent::Press(c as usize - '1' as usize));
                }
            }
            Command::Open => self.act(Intent::Press(self.selected_button())),
            Command::Move => {
                let forward = if self.rtl() { Key::Left } else { Key::Right };
                // A pane's list is one column; the screen's grid may have several.
                let row = if self.pane_has_buttons() {
                    1
                } else {
                    isize::try_from(self.drawn.columns.max(1)).unwrap_or(1)
                };
                let delta = match key {
                    Key::Down | Key::Char('j') => row,
                    Key::Up | Key::Char('k') => -row,
                    Key::Tab => 1,
                    _ if key == forward => 1,
                    _ => -1,
                };
                self.select(delta);
            }
            Command::Back => self.act(Intent::Back),
            Command::PageDown => self.act(Intent::Scroll(page(self.drawn.body_height))),
            Command::PageUp => self.act(Intent::Scroll(-page(self.drawn.body_height))),
            _ => {}
        }
    }

    /// The keys that mean the same everywhere.
    fn global(&mut self, command: Command) {
        match command {
            Command::Quit => self.act(Intent::Quit),
            Command::Help => self.act(Intent::Help),
            Command::Language => self.act(Intent::Language),
            Command::Home if self.place != Place::Picker => self.act(Intent::Home),
            Command::Sources => self.act(Intent::Sources),
            Command::Card => self.act(Intent::Card),
            Command::Hotlines => self.act(Intent::Contacts),
            Command::Notes => self.act(Intent::Notes),
            Command::SecondLanguage => self.act(Intent::SecondLanguage),
            Command::ReadAloud => self.read_aloud(),
            _ => {}
        }
    }
}

/// The key of a digit 0–9.
fn digit_key(digit: usize) -> Key {
    let digit = u32::try_from(digit)
        .ok()
        .and_then(|d| char::from_digit(d, 10));
    Key::Char(digit.unwrap_or('0'))
}

/// Whether an input layer used a key or left it to the layers below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventState {
    Consumed,
    Passed,
}

fn page(height: u16) -> i16 {
    i16::try_from(height.saturating_sub(1).max(1)).unwrap_or(i16::MAX)
}

pub fn update(model: &mut Model, msg: Msg) {
    // Any key, click or wheel stops reading aloud, unless it asked to read again (`a`, or a
    // statement chosen on the card); what it does otherwise, it does too.
    let input = matches!(msg, Msg::Key(_) | Msg::Click { .. } | Msg::Wheel(_));
    let said = model.said;
    update_inner(model, msg);
    if input && model.said == said {
        model.hush();
    }
    model.read_new_screen();
}

fn update_inner(model: &mut Model, msg: Msg) {
    let fresh = model.is_fresh();
    if let Some(kiosk) = &mut model.kiosk {
        if let Msg::Key(key) = msg
            && kiosk.typed(key)
        {
            model.quit = true;
            return;
        }
        let input = matches!(msg, Msg::Key(_) | Msg::Click { .. } | Msg::Wheel(_));
        if input && kiosk.countdown.take().is_some() {
            // The first touch only says "still here".
            return;
        }
        if msg == Msg::Tick {
            // A kiosk nobody touched has nothing to forget, and no one to ask.
            if !fresh && kiosk.tick() {
                model.forget();
            }
            return;
        }
    }
    match msg {
        Msg::Key(key) => model.key(key),
        Msg::Click { column, row } => {
            let hit = model
                .drawn
                .hits
                .iter()
                .rev()
                .find(|(r, _)| r.contains((column, row).into()))
                .map(|(_, a)| *a);
            if model.overlay.is_some_and(|o| o.read_only()) {
                model.overlay = None;
            } else if let Some(action) = hit {
                match action {
                    Intent::Press(n) => *model.selection() = n,
                    // More of the pane's own buttons.
                    Intent::Select(_) => {}
                    // Back, Home or the language name under an open pane: leave the pane.
                    _ => model.overlay = None,
                }
                model.act(action);
            }
        }
        Msg::Wheel(delta) => model.act(Intent::Scroll(delta)),
        Msg::Resize => {}
        Msg::NoSecondDigit => {
            // A lone digit that waited for a second one is a choice of its own.
            if let Some(first) = model.pending_digit.take() {
                model.dispatch(digit_key(first));
            }
        }
        Msg::Tick => {
            // Autosave: what was typed since the last save goes to disk.
            if let Some(form) = model.form_mut()
                && form.status != Status::Saved
            {
                let effect = form.save_effect();
                model.effects.push(effect);
            }
        }
        Msg::Paste(text) => {
            if let Some(form) = model.form_mut() {
                form.paste(&text);
            }
        }
        Msg::NotesListed(entries) => model.notes = entries,
        Msg::NoteReady(note, passphrase) => {
            model.unlock = None;
            let form = Box::new(NoteForm::new(note, passphrase));
            if model.place.is_note() {
                model.place = Place::Note(form);
            } else {
                model.go(Place::Note(form));
            }
        }
        Msg::NoteLocked => {
            if let Some(unlock) = &mut model.unlock {
                *unlock = Unlock {
                    wrong: true,
                    ..Unlock::new(unlock.id.clone())
                };
            }
        }
        Msg::NoteSaved(result) => {
            let status = match result {
                Ok(()) => Status::Saved,
                Err(reason) => Status::Failed(reason),
            };
            // The save on leaving a form: done, or failed and back to the words to ask.
            if let Some(saving) = &mut model.saving {
                saving.status = status;
                if saving.unsaved() {
                    model.reopen_unsaved();
                } else {
                    model.saving = None;
                }
            } else if let Some(form) = model.form_mut() {
                form.status = status;
            }
        }
        Msg::CopyFound { id, path } => {
            if let Some(form) = model.form_mut() {
                form.copy_found(&id, path);
            }
        }
        Msg::Done(outcome) => model.notice = Some(outcome),
        Msg::Drawn(drawn) => {
            model.scroll = model.scroll.min(drawn.max_scroll);
            model.drawn = drawn;
        }
        Msg::Measured(widths) => model.profile.measured.extend(widths),
        Msg::SpeechEnded(problem) => {
            model.speaking = None;
            if let Some(problem) = problem {
                model.notice = Some(crate::effects::Outcome::Failed(problem));
            }
        }
    }
}
