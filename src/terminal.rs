//! The only code that touches the terminal: raw mode, the alternate screen, mouse capture, the
//! event loop, and putting everything back on exit, on panic and on SIGTERM or SIGHUP.

use crate::app::Bidi;
use crate::app::{Key, Kiosk, Model, Msg, Palette, Place, Settings, Status, update};
use crate::notes::store::Store;
use crate::pack::Loaded;
use crate::probe::Probe;
use crate::steady::Steady;
use crate::ui;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

/// kyr turned the terminal's grapheme-cluster mode on, and must turn it off when it restores
/// the terminal (which the panic hook and signal handlers do too).
static GRAPHEME_MODE_ON: AtomicBool = AtomicBool::new(false);

/// How the guide starts.
pub struct Options {
    /// The language was given: skip the picker and open at home (not in a kiosk, which
    /// always greets the next visitor with the picker).
    pub lang_given: bool,
    pub bidi: Bidi,
    pub shaping: crate::app::Shaping,
    pub kiosk: Option<Kiosk>,
    /// The notes folder, when there is one.
    pub notes: Option<Store>,
    /// A language to show beside the first.
    pub second: Option<usize>,
    pub workshop: bool,
    /// Read each new screen aloud once, by itself (`--speak`).
    pub speak: bool,
    /// Today's date (ISO), for the content's review date.
    pub today: String,
    /// The colours to draw with (see `palette`).
    pub palette: Palette,
    /// Where copies for a lawyer and handouts are saved: the person's home folder.
    pub export_dir: PathBuf,
}

/// The colours to draw with: the ones asked for (`--theme`), else none when `NO_COLOR` is set,
/// else those for the background the terminal reports: first through `COLORFGBG` (set by rxvt,
/// Konsole and others), else by asking it (OSC 11, answered by xterm, foot, VTE, kitty…).
/// A terminal that does not answer within a moment gets the dark palette, as before.
pub fn palette(asked: Option<Palette>, no_color: bool) -> Palette {
    if let Some(palette) = asked {
        return palette;
    }
    if no_color {
        return Palette::Plain;
    }
    if let Some(palette) = std::env::var("COLORFGBG")
        .ok()
        .and_then(|v| from_colorfgbg(&v))
    {
        return palette;
    }
    // Asking goes through /dev/tty; with output elsewhere the guide will not start anyway.
    if !io::stdout().is_terminal() {
        return Palette::Dark;
    }
    let mut options = terminal_colorsaurus::QueryOptions::default();
    options.timeout = Duration::from_millis(300);
    match terminal_colorsaurus::theme_mode(options) {
        Ok(terminal_colorsaurus::ThemeMode::Light) => Palette::Light,
        Ok(terminal_colorsaurus::ThemeMode::Dark) | Err(_) => Palette::Dark,
    }
}

/// `COLORFGBG` is "foreground;background" (sometimes with a middle field) in the 16 colours:
/// backgrounds 0–6 and 8 are dark, 7 and 9–15 light.
fn from_colorfgbg(value: &str) -> Option<Palette> {
    let background: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    match background {
        0..=6 | 8 => Some(Palette::Dark),
        7 | 9..=15 => Some(Palette::Light),
        _ => None,
    }
}

/// Runs the guide until the person quits.
pub fn run(loaded: Loaded, options: Options) -> io::Result<()> {
    let Options {
        lang_given,
        bidi,
        shaping,
        kiosk,
        notes,
        second,
        workshop,
        speak,
        today,
        palette,
        export_dir,
    } = options;
    let home = lang_given && kiosk.is_none();
    let start = if home { Place::Home } else { Place::Picker };
    let settings = Settings {
        kiosk,
        second,
        workshop,
        today,
        speak_screens: speak,
        ..Settings::for_terminal(bidi, shaping, palette)
    };
    let mut model = Model::new(loaded.pack, loaded.l10n, start, settings);
    if home {
        model.history.push(Place::Picker);
    }

    install_panic_hook(model.kiosk.is_some());
    install_signal_handlers(model.kiosk.is_some())?;
    let _guard = Guard::enter(bidi)?;
    let mut terminal = screen()?;
    let mut probe = Probe::default();
    terminal.clear()?;
    // A kiosk keeps nothing: no notes folder at all.
    let notes = if model.kiosk.is_some() { None } else { notes };
    let result = event_loop(
        &mut terminal,
        &mut model,
        &mut probe,
        notes.as_ref(),
        &export_dir,
    );
    // ratatui's Terminal shows the cursor when dropped and reports a failure with eprintln!,
    // which panics when the terminal is gone (a closed window). The guard puts the terminal
    // back instead, so the Terminal is not dropped.
    std::mem::forget(terminal);
    result
}

type Screen = Terminal<Steady<BufWriter<Stdout>>>;

/// The terminal to draw on. A frame goes out in one write: through stdout's own line buffer
/// it went out in pieces of a kilobyte, each searched for line ends first.
fn screen() -> io::Result<Screen> {
    // crossterm starts listening for window changes (SIGWINCH) only when first asked for an
    // event: until then a resize is lost, and a first screen drawn for a window a compositor
    // is still opening (a kiosk's) would stay that small. Ask before anything is drawn.
    event::poll(Duration::ZERO)?;
    let out = BufWriter::with_capacity(1 << 16, io::stdout());
    Terminal::new(Steady::new(CrosstermBackend::new(out)))
}

/// The first questions to the terminal: its grapheme mode, then the widths of what the first
/// screens show. Keys typed meanwhile go to the guide. True when the screen must be drawn
/// again in full.
fn ask_terminal(probe: &mut Probe, model: &mut Model) -> io::Result<bool> {
    let typed = probe.start(&mut io::stdout())?;
    GRAPHEME_MODE_ON.store(probe.mode_turned_on, Ordering::Relaxed);
    let measured = measure(probe, model)?;
    let keys = !typed.is_empty();
    for key in typed {
        // The first screen is up: a visitor may be typing, and a kiosk recovers as it does
        // in the main loop (the screen is drawn again in full anyway).
        guarded(model, |m| update(m, Msg::Key(key)));
    }
    Ok(measured || probe.mode_turned_on || keys)
}

/// When the languages on screen have changed: the others let go of their words, and the new
/// ones are measured, again if keys typed while the terminal answered changed them once more.
/// True when the screen must be drawn again in full.
fn follow_languages(
    probe: &mut Probe,
    model: &mut Model,
    shown: &mut Vec<usize>,
) -> io::Result<bool> {
    let mut redraw = false;
    while model.languages_shown() != *shown {
        *shown = model.languages_shown();
        model.l10n.forget_except(shown);
        redraw |= measure(probe, model)?;
    }
    Ok(redraw)
}

/// Measures on the terminal the clusters the languages on screen can show, that are not
/// measured yet (see `probe`). Keys typed meanwhile go to the guide. True when something
/// was written to the screen, which must then be drawn again in full.
fn measure(probe: &mut Probe, model: &mut Model) -> io::Result<bool> {
    if probe.silent {
        return Ok(false);
    }
    let uncertain = crate::probe::uncertain;
    let mut clusters = std::collections::BTreeSet::new();
    for lang in model.languages_shown() {
        clusters.extend(model.l10n.clusters(lang, uncertain));
    }
    // The language lists show every language's name in its own script.
    for lang in 0..model.l10n.len() {
        let name = model.l10n.language_name(lang);
        clusters.extend(
            name.graphemes(true)
                .filter(|g| uncertain(g))
                .map(String::from),
        );
    }
    clusters.retain(|c| !model.profile.measured.contains_key(c));
    let row = crossterm::terminal::size().map_or(1, |(_, rows)| rows.max(1));
    let profile = &model.profile;
    let drawn = |c: &str| profile.drawn(c).into_owned();
    let Some(answers) = probe.measure(&mut io::stdout(), clusters, row, &drawn)? else {
        return Ok(false);
    };
    // After the first screen, as in the main loop: a kiosk recovers instead of ending.
    guarded(model, |m| update(m, Msg::Measured(answers.widths)));
    for key in answers.typed {
        guarded(model, |m| update(m, Msg::Key(key)));
    }
    Ok(true)
}

fn event_loop(
    terminal: &mut Screen,
    model: &mut Model,
    probe: &mut Probe,
    notes: Option<&Store>,
    export_dir: &Path,
) -> io::Result<()> {
    let mut last_input = Instant::now();
    let mut unsaved_since: Option<Instant> = None;
    let mut digit_since: Option<Instant> = None;
    // Frames in a row that failed to draw; a screen that fails every time is handed to the
    // supervisor (the process ends) instead of spinning.
    let mut failed_frames = 0;
    let mut shown = model.languages_shown();
    loop {
        crate::speech::perform(model);
        crate::effects::perform(model, notes, export_dir);
        unsaved_since = match model.form().map(|f| &f.status) {
            Some(Status::Saved) | None => None,
            Some(_) => unsaved_since.or(Some(Instant::now())),
        };
        digit_since = model
            .pending_digit
            .and(digit_since.or(Some(Instant::now())));
        if model.wiped {
            // The last visitor's screens must not stay in the scrollback either.
            let mut out = io::stdout();
            out.write_all(b"\x1b[3J")?;
            out.flush()?;
            terminal.clear()?;
            model.wiped = false;
        }
        let drawn = guarded(model, |m| {
            fault_injection(m);
            let mut drawn = None;
            let result = crate::steady::draw(terminal, |frame| drawn = Some(ui::view(m, frame)));
            (result, drawn)
        });
        match drawn {
            Some((result, drawn)) => {
                result?;
                failed_frames = 0;
                if let Some(drawn) = drawn {
                    update(model, Msg::Drawn(drawn));
                }
            }
            None if failed_frames < 3 => {
                failed_frames += 1;
                terminal.clear()?;
                continue;
            }
            None => return Err(io::Error::other("the screen failed to draw three times")),
        }
        if model.quit {
            return Ok(());
        }
        // The terminal is asked about itself only once the first screen is up: its answers
        // take round trips a person would otherwise wait through on a blank screen. What they
        // change is drawn again at once.
        if !probe.started {
            // Keys typed meanwhile may have brought other languages on screen.
            if ask_terminal(probe, model)? | follow_languages(probe, model, &mut shown)? {
                terminal.clear()?;
            }
            continue;
        }
        // Blocks until something happens: nothing runs while the person reads. A kiosk also
        // wakes when its idle time is up, and each second of its countdown; reading aloud
        // looks now and then whether it has ended.
        let waiting_since = Instant::now();
        let msg = loop {
            let kiosk_wait = model.kiosk.as_ref().map(|k| match k.countdown {
                Some(_) => Duration::from_secs(1).saturating_sub(waiting_since.elapsed()),
                None => Duration::from_secs(k.idle_timeout).saturating_sub(last_input.elapsed()),
            });
            // Typing is saved at most this long after it happened.
            let save_wait = unsaved_since.map(|t| AUTOSAVE.saturating_sub(t.elapsed()));
            // A first digit waits this long for a second.
            let digit_wait = digit_since.map(|t| SECOND_DIGIT.saturating_sub(t.elapsed()));
            let due = [kiosk_wait, save_wait, digit_wait]
                .into_iter()
                .flatten()
                .min();
            let speech_wait = crate::speech::active().then_some(crate::speech::POLL);
            let wait = due.into_iter().chain(speech_wait).min();
            let ready = match wait {
                Some(wait) => event::poll(wait)?,
                None => true,
            };
            if !ready {
                if let Some(problem) = crate::speech::ended() {
                    break Msg::SpeechEnded(problem);
                }
                // Only speech's look came due: wait on.
                if due.is_none_or(|due| Some(due) > wait) {
                    continue;
                }
                if digit_since.is_some_and(|t| t.elapsed() >= SECOND_DIGIT) {
                    break Msg::NoSecondDigit;
                }
                break Msg::Tick;
            }
            if let Some(msg) = translate(event::read()?) {
                if matches!(msg, Msg::Key(_) | Msg::Click { .. } | Msg::Wheel(_)) {
                    last_input = Instant::now();
                }
                break msg;
            }
        };
        if msg == Msg::Tick {
            if model.kiosk.is_some() {
                last_input = Instant::now();
            }
            unsaved_since = None;
        }
        if guarded(model, |m| update(m, msg)).is_none() {
            terminal.clear()?;
        }
        if follow_languages(probe, model, &mut shown)? {
            terminal.clear()?;
        }
    }
}

/// Test builds only: with `KYR_TEST_PANIC_ON` set to a text, drawing a screen that shows
/// that text panics, so tests can check what a panic leaves behind. Release builds have no
/// such door.
#[cfg(debug_assertions)]
#[allow(clippy::panic)] // the whole point: a panic on purpose, in test builds only
fn fault_injection(model: &Model) {
    if let Ok(trigger) = std::env::var("KYR_TEST_PANIC_ON")
        && let Place::Step(pos) = &model.place
        && model.pack.scenarios[pos.scenario].steps[pos.step].id == trigger
    {
        panic!("injected for a test");
    }
}

#[cfg(not(debug_assertions))]
fn fault_injection(_: &Model) {}

/// How long typed words may wait before they are saved.
const AUTOSAVE: Duration = Duration::from_millis(700);

/// How long a first digit waits for a second (1, then 2 within this, is twelve).
const SECOND_DIGIT: Duration = Duration::from_millis(600);

/// A kiosk whose pack cannot be used: instead of ending (and being restarted by its
/// supervisor, over and over, in front of visitors) it shows one calm message in every
/// language the program speaks and waits for the operator's exit keys or a signal. What went
/// wrong is in the operator's log.
pub fn out_of_order(operator_exit: Vec<Key>) -> io::Result<()> {
    install_panic_hook(true);
    install_signal_handlers(true)?;
    let _guard = Guard::enter(Bidi::App)?;
    let mut terminal = screen()?;
    terminal.clear()?;
    let mut exit = crate::app::Kiosk::new(u64::MAX, operator_exit);
    let profile = crate::ui::text::TerminalProfile::default();
    let lines: Vec<(String, bool)> = crate::pack::interface_languages()
        .iter()
        .filter_map(|tag| tag.parse().ok())
        .map(|lang: unic_langid::LanguageIdentifier| {
            let words = crate::i18n::interface(&lang);
            let rtl = lang.character_direction() == unic_langid::CharacterDirection::RTL;
            (words.ui("ui-kiosk-out-of-order"), rtl)
        })
        .collect();
    let result = loop {
        crate::steady::draw(&mut terminal, |frame| {
            let area = frame.area();
            let width = area.width.saturating_sub(2);
            let text: Vec<ratatui::text::Line> = lines
                .iter()
                .flat_map(|(words, rtl)| {
                    profile
                        .wrap(words, usize::from(width))
                        .into_iter()
                        .map(|l| profile.place_in(&l, width, *rtl, *rtl))
                        .map(ratatui::text::Line::from)
                        .collect::<Vec<_>>()
                })
                .collect();
            frame.render_widget(
                ratatui::widgets::Paragraph::new(text),
                area.inner(ratatui::layout::Margin::new(1, 1)),
            );
        })?;
        match event::read() {
            Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                if let Some(Msg::Key(k)) = key_msg(key)
                    && exit.typed(k)
                {
                    break Ok(());
                }
            }
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    std::mem::forget(terminal);
    result
}

/// In a kiosk, a panic in update or drawing must not end the program in front of a visitor:
/// it is logged (by the panic hook) and the visitor lands on the home screen. Elsewhere the
/// panic goes on, and the hook restores the terminal.
pub fn guarded<T>(model: &mut Model, f: impl FnOnce(&mut Model) -> T) -> Option<T> {
    if model.kiosk.is_none() {
        return Some(f(model));
    }
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(model))) {
        Ok(value) => Some(value),
        Err(_) => {
            model.recover();
            None
        }
    }
}

fn translate(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_msg(key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollDown => Some(Msg::Wheel(3)),
            MouseEventKind::ScrollUp => Some(Msg::Wheel(-3)),
            _ => None,
        },
        Event::Resize(..) => Some(Msg::Resize),
        Event::Paste(text) => Some(Msg::Paste(text)),
        _ => None,
    }
}

fn key_msg(key: KeyEvent) -> Option<Msg> {
    // Alt combinations mean nothing to the guide (and must not reach anything in a kiosk).
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let k = match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Delete => Key::Delete,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    };
    Some(Msg::Key(k))
}

/// Restores the terminal when dropped, including when `run` returns an error.
struct Guard;

impl Guard {
    fn enter(bidi: Bidi) -> io::Result<Guard> {
        enable_raw_mode()?;
        let guard = Guard;
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste,
            cursor::Hide
        )?;
        // Terminals that implement the terminal-wg BiDi draft (VTE) reorder text themselves in
        // their implicit mode. When kyr reorders, ask for explicit mode (BDSM reset) so the
        // text is not turned around twice. Other terminals ignore this mode.
        let mode = match bidi {
            Bidi::App => "\x1b[8l",
            Bidi::Terminal => "\x1b[8h",
        };
        let mut out = io::stdout();
        out.write_all(mode.as_bytes())?;
        out.flush()?;
        Ok(guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back as we found it. Safe to call more than once.
pub fn restore() {
    // Reading aloud ends with the guide.
    crate::speech::hush();
    // Back to the terminal's default, implicit BiDi mode.
    let _ = io::stdout().write_all(b"\x1b[8h");
    if GRAPHEME_MODE_ON.swap(false, Ordering::Relaxed) {
        let _ = io::stdout().write_all(crate::probe::GRAPHEME_MODE_OFF.as_bytes());
    }
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook(kiosk: bool) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if crate::i18n::panicking_in_guard() {
            return; // caught where it happened; the screen carries on
        }
        if kiosk {
            // The kiosk carries on (see `guarded`); the report goes to the operator's log,
            // never to the visitor's screen (stderr is the screen under foot).
            crate::log::operator(&format!("recovered from a panic: {info}"));
        } else {
            restore();
            previous(info);
        }
    }));
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT end the guide with the terminal restored. (In raw mode Ctrl-C
/// is a key, not a signal; SIGINT only comes from outside.)
fn install_signal_handlers(kiosk: bool) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU};
    if kiosk {
        // A kiosk started from a shell must not be stopped from outside and hand the visitor
        // the shell's prompt: job-control stops are ignored.
        for signal in [SIGTSTP, SIGTTIN, SIGTTOU] {
            // SAFETY: SIG_IGN installs no handler code; it only tells the kernel to drop it.
            unsafe {
                libc::signal(signal, libc::SIG_IGN);
            }
        }
    }
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colorfgbg_names_a_dark_or_a_light_background() {
        assert_eq!(from_colorfgbg("15;0"), Some(Palette::Dark));
        assert_eq!(from_colorfgbg("0;15"), Some(Palette::Light));
        assert_eq!(from_colorfgbg("0;default;7"), Some(Palette::Light));
        assert_eq!(from_colorfgbg("default;default"), None);
        assert_eq!(from_colorfgbg(""), None);
    }

    #[test]
    fn the_theme_asked_for_wins_then_no_color() {
        assert_eq!(palette(Some(Palette::Light), true), Palette::Light);
        assert_eq!(palette(None, true), Palette::Plain);
    }
}
