//! Keys, clicks, wheel turns, pastes, ticks and window sizes decoded from bytes, fed to the
//! guide in every language and mode and drawn after each: nothing may panic.
#![no_main]

use kyr::app::{Key, Kiosk, Model, Msg, Place, parse_keys, update};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

thread_local! {
    static PACK: (kyr::pack::Pack, kyr::i18n::Localizer) = {
        match kyr::pack::load_trusted(&kyr::pack::Origin::Embedded) {
            Ok(loaded) => (loaded.pack, loaded.l10n),
            Err(_) => std::process::abort(),
        }
    };
}

const KEYS: [Key; 18] = [
    Key::Enter, Key::Esc, Key::Backspace, Key::Up, Key::Down, Key::Left, Key::Right,
    Key::PageUp, Key::PageDown, Key::Tab, Key::BackTab, Key::Home, Key::End, Key::Delete,
    Key::Ctrl('c'), Key::Ctrl('l'), Key::Ctrl('e'), Key::Ctrl('d'),
];

fn draw(model: &mut Model, (w, h): (u16, u16)) {
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let mut drawn = None;
    let _ = terminal.draw(|f| drawn = Some(kyr::ui::view(model, f)));
    if let Some(drawn) = drawn {
        update(model, Msg::Drawn(drawn));
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&setup, events)) = data.split_first() else {
        return;
    };
    let (pack, mut l10n) = PACK.with(|(p, l)| (p.clone(), l.clone()));
    l10n.set_current(usize::from(setup % 12));
    let mut model = Model::new(pack, l10n, Place::Picker, kyr::app::Settings::new());
    match setup / 12 % 4 {
        1 => model.kiosk = parse_keys("ctrl-x ctrl-q").map(|k| Kiosk::new(5, k)),
        2 => model.workshop = true,
        3 => {
            model.workshop = true;
            model.second = Some(usize::from(setup.wrapping_add(1) % 12));
        }
        _ => {}
    }
    let mut size = (80u16, 24u16);
    for chunk in events.chunks(3) {
        let [kind, a, b] = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let msg = match kind % 8 {
            0 | 1 => Msg::Key(Key::Char(char::from(a))),
            2 => Msg::Key(KEYS[usize::from(a) % KEYS.len()]),
            3 => Msg::Click { column: u16::from(a) * 2, row: u16::from(b) / 2 },
            4 => Msg::Wheel(i16::from(a as i8) / 8),
            5 => Msg::Paste(String::from_utf8_lossy(&chunk[1..]).into_owned()),
            6 => Msg::Tick,
            _ => {
                size = (u16::from(a) + u16::from(b & 1) * 200, u16::from(b) / 2);
                continue;
            }
        };
        update(&mut model, msg);
        kyr::effects::perform(&mut model, None, std::path::Path::new("/nonexistent"));
        if model.quit {
            return;
        }
        draw(&mut model, size);
    }
});
