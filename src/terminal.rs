//! The only code that touches the terminal: raw mode, the alternate screen, mouse capture, the
//! event loop, and putting everything back on exit, on panic and on SIGTERM or SIGHUP.

use crate::app::{Key, Model, Msg, Place, update};
use crate::cli::Bidi;
use crate::pack::Loaded;
use crate::ui;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout, Write};

/// Runs the guide until the person quits. `lang_given`: skip the picker, open at home.
pub fn run(loaded: Loaded, lang_given: bool, bidi: Bidi) -> io::Result<()> {
    let start = if lang_given {
        Place::Home
    } else {
        Place::Picker
    };
    let mut model = Model::new(loaded.pack, loaded.l10n, start);
    model.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    model.bidi = bidi;
    if lang_given {
        model.history.push(Place::Picker);
    }

    install_panic_hook();
    install_signal_handlers()?;
    let _guard = Guard::enter(bidi)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    event_loop(&mut terminal, &mut model)
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    model: &mut Model,
) -> io::Result<()> {
    loop {
        let mut drawn = None;
        terminal.draw(|frame| drawn = Some(ui::view(model, frame)))?;
        if let Some(drawn) = drawn {
            update(model, Msg::Drawn(drawn));
        }
        if model.quit {
            return Ok(());
        }
        // Blocks until something happens: nothing runs while the person reads.
        loop {
            if let Some(msg) = translate(event::read()?) {
                update(model, msg);
                break;
            }
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
        _ => None,
    }
}

fn key_msg(key: KeyEvent) -> Option<Msg> {
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
    // Back to the terminal's default, implicit BiDi mode.
    let _ = io::stdout().write_all(b"\x1b[8h");
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// SIGTERM, SIGHUP and SIGINT end the guide with the terminal restored. (In raw mode Ctrl-C
/// is a key, not a signal; SIGINT only comes from outside.)
fn install_signal_handlers() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
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
