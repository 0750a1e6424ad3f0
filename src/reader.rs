//! Screen-reader mode (`kyr --screen-reader`): the guide as a conversation, one line of text
//! after another. Each screen is written as plain lines (title, body, numbered choices) in
//! logical order, then a prompt; the person types a number or a letter and Enter. Nothing is
//! ever redrawn or moved: no escape sequences, no raw mode, no alternate screen, no colour, so
//! a screen reader or a braille display reads exactly what is new.
//!
//! The guide itself is the same: the model is driven by the keys the full-screen guide would
//! get (`Msg::Key`), and this module only puts its state into lines.

use crate::app::{Answer, Key, Model, Msg, Overlay, Place, Settings, update};
use crate::notes::store::Store;
use crate::pack::{Loaded, StepKind, msg};
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How the conversation starts.
pub struct Options {
    /// The language was given: start at home rather than at the language picker.
    pub lang_given: bool,
    /// The notes folder, when there is one (notes are listed, not written, in this mode).
    pub notes: Option<Store>,
    /// Today's date (ISO), for the content's review date.
    pub today: String,
    /// Where a handout is saved: the person's home folder.
    pub export_dir: PathBuf,
}

/// Whether the guide should run as a conversation: when asked (`--screen-reader`), or, on a
/// terminal, when the terminal cannot place the cursor: `TERM` unset, `dumb`, or a terminal
/// whose terminfo entry has no cursor addressing.
pub fn wanted(asked: bool, term: Option<&str>, on_terminal: bool) -> bool {
    if asked {
        return true;
    }
    if !on_terminal {
        return false;
    }
    match term.map(str::trim) {
        None | Some("" | "dumb") => true,
        Some(name) => addresses_cursor(name) == Some(false),
    }
}

/// Runs the conversation on stdin and stdout until the person quits, types end of input, or
/// the output is closed. None of these is an error.
pub fn run(loaded: Loaded, options: Options) {
    let Options {
        lang_given,
        notes,
        today,
        export_dir,
    } = options;
    let start = if lang_given {
        Place::Home
    } else {
        Place::Picker
    };
    let settings = Settings {
        today,
        ..Settings::new()
    };
    let mut model = Model::new(loaded.pack, loaded.l10n, start, settings);
    // Text goes out in logical order: the screen reader, not kyr, orders right-to-left text.
    model.profile.reorder = false;
    model.profile.indic_visual = false;
    if lang_given {
        model.history.push(Place::Picker);
    }
    let stdin = io::stdin();
    // Typed answers echo on a terminal; piped ones do not, so a newline keeps lines apart.
    let piped = !stdin.is_terminal();
    let mut input = stdin.lock();
    let mut output = io::stdout().lock();
    converse(
        &mut model,
        &mut input,
        &mut output,
        notes.as_ref(),
        &export_dir,
        piped,
    );
}

/// What a person typed on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    /// Enter alone: say this screen again.
    Nothing,
    Number(usize),
    Letter(char),
    Other,
}

/// The conversation itself, on any input and output (tests use it in memory). Ends quietly at
/// end of input, on a read error, and when the output cannot be written to.
pub fn converse(
    model: &mut Model,
    input: &mut impl BufRead,
    out: &mut impl Write,
    notes: Option<&Store>,
    export_dir: &Path,
    piped: bool,
) {
    let _ = talk(model, input, out, notes, export_dir, piped);
}

fn talk(
    model: &mut Model,
    input: &mut impl BufRead,
    out: &mut impl Write,
    notes: Option<&Store>,
    export_dir: &Path,
    piped: bool,
) -> io::Result<()> {
    let mut say_screen = true;
    loop {
        if !note_form(model, input, out, notes, export_dir)? {
            return Ok(());
        }
        let choices = offered(model);
        if say_screen {
            writeln!(out)?;
            for line in screen(model) {
                writeln!(out, "{line}")?;
            }
            for (n, (_, label)) in choices.iter().enumerate() {
                writeln!(out, "{}. {label}", n + 1)?;
            }
        }
        let prompt = if choices.is_empty() {
            "reader-prompt-back"
        } else {
            "reader-prompt"
        };
        write!(out, "{} ", model.l10n.ui(prompt))?;
        out.flush()?;
        let mut line = Vec::new();
        let read = input.read_until(b'\n', &mut line);
        if !matches!(read, Ok(1..)) {
            // End of input (Ctrl-D) or no input at all: the shell's prompt starts on a line
            // of its own.
            writeln!(out)?;
            out.flush()?;
            return Ok(());
        }
        if piped {
            writeln!(out)?;
        }
        let before = fingerprint(model);
        say_screen = true;
        let said = parse(&String::from_utf8_lossy(&line));
        match said {
            Said::Nothing => {}
            Said::Number(n) if (1..=choices.len()).contains(&n) => {
                press(model, choices[n - 1].0);
            }
            Said::Letter(letter) if letter_key(letter).is_some() => {
                if let Some(key) = letter_key(letter) {
                    update(model, Msg::Key(key));
                }
            }
            Said::Number(_) | Said::Letter(_) | Said::Other => {
                writeln!(out, "{}", not_a_choice(model, choices.len()))?;
                say_screen = false;
                continue;
            }
        }
        crate::effects::perform(model, notes, export_dir);
        if model.quit {
            writeln!(out)?;
            out.flush()?;
            return Ok(());
        }
        // Panes with words only are said once and closed: the screen under them stays.
        if let Some(overlay) = model.overlay
            && let Some(lines) = pane(model, overlay)
        {
            writeln!(out)?;
            for line in lines {
                writeln!(out, "{line}")?;
            }
            update(model, Msg::Key(Key::Esc));
            say_screen = false;
            continue;
        }
        if matches!(said, Said::Letter(_)) && fingerprint(model) == before {
            // A key that does nothing here (home on the home screen, back on the picker).
            writeln!(out, "{}", not_a_choice(model, choices.len()))?;
            say_screen = false;
        }
    }
}

/// A note being written is asked field by field: its name, what it holds, its choices
/// numbered; a line typed is its new text, Enter alone keeps it. Then it is saved, as the
/// full-screen form saves it. A locked note asks for its passphrase in a way this mode cannot
/// offer: it says so and goes back. False at the end of input.
fn note_form(
    model: &mut Model,
    input: &mut impl BufRead,
    out: &mut impl Write,
    notes: Option<&Store>,
    export_dir: &Path,
) -> io::Result<bool> {
    if model.unlock.is_some() {
        writeln!(out, "{}", model.l10n.ui("reader-notes-full-screen"))?;
        model.unlock = None;
        return Ok(true);
    }
    if !model.place.is_note() {
        return Ok(true);
    }
    let l10n = model.l10n.clone();
    writeln!(out)?;
    writeln!(out, "{}", l10n.ui("ui-note-title"))?;
    let mut ended = false;
    for (i, field) in crate::notes::FIELDS.iter().enumerate() {
        let Some(form) = model.form_mut() else { break };
        let now = form.current().get(field.id).to_string();
        writeln!(out)?;
        let label = crate::notes::field_label(&l10n, field.id);
        let options: &[&str] = match field.kind {
            crate::notes::Kind::Choice(options) => options,
            crate::notes::Kind::Line | crate::notes::Kind::Text => &[],
        };
        if now.is_empty() {
            writeln!(out, "{}. {label}", i + 1)?;
        } else {
            let shown = crate::notes::shown_value(&l10n, field, &now);
            writeln!(out, "{}. {label}: {shown}", i + 1)?;
        }
        for (n, option) in options.iter().enumerate() {
            writeln!(
                out,
                "  {}. {}",
                n + 1,
                crate::notes::choice_label(&l10n, option)
            )?;
        }
        write!(out, "{} ", l10n.ui("reader-note-answer"))?;
        out.flush()?;
        let mut line = Vec::new();
        if !matches!(input.read_until(b'\n', &mut line), Ok(1..)) {
            ended = true;
            break;
        }
        let typed = String::from_utf8_lossy(&line).trim().to_string();
        if typed.is_empty() {
            continue;
        }
        if options.is_empty() {
            form.inputs[i] = Some(crate::app::notes::text_input(&typed));
            form.status = crate::app::Status::Unsaved;
        } else if let Said::Number(n) = parse(&typed)
            && let Some(option) = options.get(n.wrapping_sub(1))
        {
            form.note.set(field.id, (*option).to_string());
            form.status = crate::app::Status::Unsaved;
        }
    }
    // Saved as the form saves (autosave's effect), then back to the list of notes.
    if let Some(form) = model.form_mut()
        && form.status != crate::app::Status::Saved
    {
        let save = form.save_effect();
        model.effects.push(save);
    }
    crate::effects::perform(model, notes, export_dir);
    let saved = model
        .form()
        .is_some_and(|f| f.status == crate::app::Status::Saved);
    writeln!(out)?;
    if saved {
        writeln!(out, "{}", l10n.ui("ui-note-saved"))?;
    }
    update(model, Msg::Key(Key::Esc));
    crate::effects::perform(model, notes, export_dir);
    Ok(!ended)
}

/// Where the guide is, to tell whether a key changed anything.
fn fingerprint(model: &Model) -> (Place, Option<Overlay>, usize, usize) {
    (
        model.place.clone(),
        model.overlay,
        model.l10n.current(),
        model.history.len(),
    )
}

fn not_a_choice(model: &Model, count: usize) -> String {
    if count == 0 {
        model.l10n.ui("reader-prompt-back")
    } else {
        model
            .l10n
            .ui_args("reader-not-a-choice", &[("count", count.to_string())])
    }
}

/// The key of the full-screen guide that does what a typed letter asks for. `b` is back here
/// (the full-screen guide's `b`, a second language beside the first, needs a screen).
fn letter_key(letter: char) -> Option<Key> {
    match letter {
        'b' => Some(Key::Esc),
        'h' | 'c' | 'n' | 's' | 'l' | 'w' | 'q' | '?' => Some(Key::Char(letter)),
        _ => None,
    }
}

/// Presses the model's button `index` the way the full-screen guide does: with its number,
/// typed digit by digit (a lone first digit that could begin a longer number is then told no
/// second one is coming).
fn press(model: &mut Model, index: usize) {
    for digit in (index + 1).to_string().chars() {
        update(model, Msg::Key(Key::Char(digit)));
    }
    if model.pending_digit.is_some() {
        update(model, Msg::NoSecondDigit);
    }
}

fn parse(line: &str) -> Said {
    let text = line.trim().trim_end_matches(['.', ')']).trim();
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (None, _) => Said::Nothing,
        (Some(c), None) if digit(c).is_none() => {
            let lower = c.to_lowercase().next().unwrap_or(c);
            Said::Letter(lower)
        }
        _ => {
            let mut n: usize = 0;
            for c in text.chars() {
                match digit(c) {
                    Some(d) if n < 1000 => n = n * 10 + d,
                    _ => return Said::Other,
                }
            }
            Said::Number(n)
        }
    }
}

/// A decimal digit as people type it: ASCII, Arabic-Indic (Arabic), Eastern Arabic-Indic
/// (Urdu), Bengali, or full width (Chinese, Korean input methods).
fn digit(c: char) -> Option<usize> {
    let zero = ['0', '\u{660}', '\u{6F0}', '\u{9E6}', '\u{FF10}']
        .into_iter()
        .find(|&zero| (zero..=char::from_u32(zero as u32 + 9).unwrap_or(zero)).contains(&c))?;
    usize::try_from(c as u32 - zero as u32).ok()
}

/// The choices said with numbers: the model's buttons (with their index), but for those that
/// need the full screen (the note form). Lists without choices here: the hotlines (said as
/// text) and the notes.
fn offered(model: &Model) -> Vec<(usize, String)> {
    if model.place.is_note() {
        return Vec::new();
    }
    crate::app::buttons(model)
        .into_iter()
        .enumerate()
        .map(|(i, b)| (i, b.label.replace('\n', ", ")))
        .collect()
}

/// The current screen as lines, before its choices.
pub fn screen(model: &Model) -> Vec<String> {
    let l10n = &model.l10n;
    if model.place == Place::Picker || model.overlay.is_some_and(|o| o.picks_language()) {
        return vec![l10n.ui("ui-picker-title")];
    }
    match &model.place {
        Place::Picker | Place::Home => {
            let mut lines = vec![l10n.ui(msg::PACK_TITLE), l10n.ui("ui-home-title")];
            lines.extend(crate::notice::all(&model.pack, l10n, &model.today, None));
            lines
        }
        Place::Step(pos) => step(model, pos),
        Place::Quiz(q) => quiz(model, q),
        Place::Notes | Place::Note(_) => notes(model),
    }
}

fn step(model: &Model, pos: &crate::app::Pos) -> Vec<String> {
    let l10n = &model.l10n;
    let scenario = &model.pack.scenarios[pos.scenario];
    let step = &scenario.steps[pos.step];
    let id = msg::step(&scenario.id, &step.id);
    let mut lines = vec![l10n.text(&id, Some("title"))];
    lines.extend(crate::notice::out_of_date(&model.pack, l10n, &model.today));
    if let Some(notice) = &model.notice {
        lines.push(notice.words(l10n));
    }
    let body = l10n.text(&id, Some("body"));
    if !body.is_empty() {
        lines.extend(body.lines().map(str::to_string));
    }
    if let Some(checklist) = pos.checklist
        && let StepKind::Checklist { items, .. } = &scenario.steps[checklist].kind
    {
        let checklist_id = msg::step(&scenario.id, &scenario.steps[checklist].id);
        lines.push(l10n.ui("ui-your-answers"));
        for (item, answer) in items.iter().zip(&pos.answers) {
            let question = l10n.text(&checklist_id, Some(&msg::item(item)));
            lines.push(format!("{}: {question}", answer_word(model, *answer)));
        }
    }
    match &step.kind {
        StepKind::Checklist { items, .. } => {
            let current = pos.answers.len().min(items.len().saturating_sub(1));
            let args = [
                ("current", (current + 1).to_string()),
                ("total", items.len().to_string()),
            ];
            lines.push(l10n.ui_args("ui-progress", &args));
            lines.push(l10n.text(&id, Some(&msg::item(&items[current]))));
        }
        StepKind::Say { lines: said, .. } => {
            for line in said {
                for text in crate::plain::said_line(l10n, &id, line) {
                    lines.push(text.trim_start().to_string());
                }
            }
        }
        StepKind::End { points, contacts } => {
            for p in points {
                lines.push(l10n.text(&id, Some(&msg::point(p))));
            }
            if !contacts.is_empty() {
                lines.push(l10n.ui("ui-who-to-call"));
            }
            for &c in contacts {
                lines.push(crate::plain::contact_line(&model.pack, l10n, c));
            }
        }
        StepKind::Info { .. } | StepKind::Question { .. } => {}
    }
    lines
}

fn answer_word(model: &Model, answer: Answer) -> String {
    model.l10n.ui(match answer {
        Answer::Yes => "ui-yes",
        Answer::No => "ui-no",
        Answer::NotSure => "ui-not-sure",
    })
}

fn quiz(model: &Model, q: &crate::app::QuizPos) -> Vec<String> {
    let l10n = &model.l10n;
    let scenario = &model.pack.scenarios[q.scenario];
    let total = scenario.quiz.len().to_string();
    let Some(question) = scenario.quiz.get(q.question) else {
        let args = [("score", q.score.to_string()), ("total", total)];
        return vec![
            l10n.ui("ui-quiz-done"),
            l10n.ui_args("ui-quiz-score", &args),
        ];
    };
    let id = msg::quiz(&scenario.id, &question.id);
    let args = [("current", (q.question + 1).to_string()), ("total", total)];
    let mut lines = vec![
        l10n.ui_args("ui-quiz-title", &args),
        l10n.text(&id, Some("question")),
    ];
    if let Some(picked) = q.picked {
        let answer = |i: usize| &question.answers[i];
        if picked == question.best {
            lines.push(l10n.ui("ui-quiz-right"));
            lines.push(l10n.text(&id, Some(&msg::why(answer(picked)))));
        } else {
            lines.push(l10n.ui("ui-quiz-not-quite"));
            lines.push(l10n.text(&id, Some(&msg::why(answer(picked)))));
            lines.push(l10n.ui("ui-quiz-best"));
            lines.push(l10n.text(&id, Some(&msg::answer(answer(question.best)))));
            lines.push(l10n.text(&id, Some(&msg::why(answer(question.best)))));
        }
    }
    lines
}

/// The notes screen: its title and what it is for; the notes themselves are its numbered
/// choices, with "Write a new note" first.
fn notes(model: &Model) -> Vec<String> {
    let l10n = &model.l10n;
    let mut lines = vec![l10n.ui("ui-notes-title"), l10n.ui("ui-notes-body")];
    if model.notes.is_empty() {
        lines.push(l10n.ui("ui-notes-empty"));
    }
    lines
}

/// A pane of words only, as lines: help, sources, the card, the hotlines. `None` for a pane
/// with choices (the language list), which is a screen of its own.
fn pane(model: &Model, overlay: Overlay) -> Option<Vec<String>> {
    let l10n = &model.l10n;
    let trimmed = |text: String| -> Vec<String> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    };
    match overlay {
        Overlay::Help => {
            let ids = [
                "reader-help-title",
                "reader-help-number",
                "reader-help-again",
                "reader-help-back",
                "ui-help-home",
                "ui-help-card",
                "ui-help-contacts",
                "ui-help-sources",
                "ui-help-language",
                "ui-help-notes",
                "ui-help-quit",
            ];
            Some(ids.iter().map(|id| l10n.ui(id)).collect())
        }
        Overlay::Sources => {
            let Place::Step(pos) = &model.place else {
                return Some(Vec::new());
            };
            let step = &model.pack.scenarios[pos.scenario].steps[pos.step];
            let mut lines = vec![l10n.ui("ui-sources-title")];
            for &s in &step.sources {
                lines.push(crate::plain::source_line(&model.pack, l10n, s));
            }
            Some(lines)
        }
        Overlay::Card => Some(trimmed(crate::plain::card(&model.pack, l10n, &model.today))),
        Overlay::Contacts { .. } => Some(trimmed(crate::plain::contacts(&model.pack, l10n))),
        Overlay::Language { .. } | Overlay::SecondLanguage { .. } => None,
    }
}

/// Whether the terminal named `term` can place the cursor, from its compiled terminfo entry
/// (the `cup` capability); `None` when no entry is found, which is not a reason to give up
/// the full screen.
pub fn addresses_cursor(term: &str) -> Option<bool> {
    if term.is_empty() || term.len() > 128 || term.contains(['/', '\0']) || term.starts_with('.') {
        return None;
    }
    let first = term.chars().next()?;
    for dir in terminfo_dirs() {
        for sub in [first.to_string(), format!("{:02x}", u32::from(first))] {
            let path = dir.join(sub).join(term);
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            if !meta.is_file() || meta.len() > 1 << 20 {
                continue;
            }
            if let Ok(bytes) = std::fs::read(&path) {
                return has_cursor_address(&bytes);
            }
        }
    }
    None
}

/// Where terminfo entries are looked for, in the order ncurses looks.
fn terminfo_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::var_os("TERMINFO") {
        dirs.push(PathBuf::from(dir));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".terminfo"));
    }
    let system = [
        "/etc/terminfo",
        "/lib/terminfo",
        "/usr/share/terminfo",
        "/usr/lib/terminfo",
    ];
    if let Ok(list) = std::env::var("TERMINFO_DIRS") {
        for dir in list.split(':') {
            if dir.is_empty() {
                dirs.extend(system.iter().map(PathBuf::from));
            } else {
                dirs.push(PathBuf::from(dir));
            }
        }
    }
    dirs.extend(system.iter().map(PathBuf::from));
    dirs
}

/// Reads a compiled terminfo entry (term(5), 16- or 32-bit numbers) and says whether it has
/// `cup`, the tenth string capability. `None` when it is not such an entry.
pub fn has_cursor_address(bytes: &[u8]) -> Option<bool> {
    const CUP: usize = 10;
    let short = |at: usize| -> Option<i16> {
        let pair = bytes.get(at..at + 2)?;
        Some(i16::from_le_bytes([pair[0], pair[1]]))
    };
    let count = |at: usize| short(at).and_then(|n| usize::try_from(n).ok());
    let number_size = match short(0)? {
        0o432 => 2,
        0o1036 => 4,
        _ => return None,
    };
    let (names, bools, numbers, strings) = (count(2)?, count(4)?, count(6)?, count(8)?);
    if strings <= CUP {
        return Some(false);
    }
    let mut at = 12 + names + bools;
    at += at % 2;
    at += numbers * number_size;
    Some(short(at + 2 * CUP)? >= 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_answers() {
        assert_eq!(parse("3\n"), Said::Number(3));
        assert_eq!(parse(" 12. \r\n"), Said::Number(12));
        assert_eq!(parse("٣"), Said::Number(3));
        assert_eq!(parse("۱۲"), Said::Number(12));
        assert_eq!(parse("৩"), Said::Number(3));
        assert_eq!(parse("２"), Said::Number(2));
        assert_eq!(parse("B"), Said::Letter('b'));
        assert_eq!(parse("?"), Said::Letter('?'));
        assert_eq!(parse("\n"), Said::Nothing);
        assert_eq!(parse("back"), Said::Other);
        assert_eq!(parse("99999999999999999999999"), Said::Other);
        assert_eq!(parse("\u{1b}[A"), Said::Other);
    }

    #[test]
    fn chosen_when_asked_or_when_the_terminal_cannot_place_the_cursor() {
        assert!(wanted(true, Some("xterm"), false));
        assert!(wanted(false, None, true));
        assert!(wanted(false, Some("dumb"), true));
        assert!(!wanted(false, Some("dumb"), false));
        assert!(!wanted(false, Some("no-such-terminal-kyr"), true));
    }

    /// A compiled entry with `count` string capabilities, the tenth (`cup`) present or not.
    fn entry(magic: i16, cup: bool) -> Vec<u8> {
        // Seven bytes of names.
        let names = b"t|test\0";
        let mut bytes = Vec::new();
        for n in [magic, 7, 1, 1, 11, 1] {
            bytes.extend_from_slice(&n.to_le_bytes());
        }
        bytes.extend_from_slice(names);
        bytes.push(1);
        // names + bools = 8: even, no padding.
        bytes.extend(std::iter::repeat_n(0, if magic == 0o432 { 2 } else { 4 }));
        for i in 0..11 {
            let offset: i16 = if i == 10 && cup { 0 } else { -1 };
            bytes.extend_from_slice(&offset.to_le_bytes());
        }
        bytes.push(0);
        bytes
    }

    #[test]
    fn terminfo_cursor_addressing() {
        assert_eq!(has_cursor_address(&entry(0o432, true)), Some(true));
        assert_eq!(has_cursor_address(&entry(0o432, false)), Some(false));
        assert_eq!(has_cursor_address(&entry(0o1036, true)), Some(true));
        assert_eq!(has_cursor_address(&entry(0o1036, false)), Some(false));
        assert_eq!(has_cursor_address(b"not terminfo"), None);
        assert_eq!(has_cursor_address(&[]), None);
    }

    /// The system's own entries, where the system has them.
    #[test]
    fn installed_terminfo_entries() {
        if std::path::Path::new("/lib/terminfo/d/dumb").is_file() {
            assert_eq!(addresses_cursor("dumb"), Some(false));
        }
        if std::path::Path::new("/lib/terminfo/x/xterm").is_file() {
            assert_eq!(addresses_cursor("xterm"), Some(true));
        }
        assert_eq!(addresses_cursor("../x/xterm"), None);
    }
}
