//! Helpers shared by the integration tests: a guide driven by messages and drawn on a test
//! terminal, exactly as the binary does it.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    dead_code
)]

use kyr::app::{Key, Model, Msg, Place, Settings, update};
use kyr::pack::{self, Origin};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

thread_local! {
    /// The embedded pack, checked once per thread: random-input tests build thousands of
    /// guides, and checking every language each time was nearly all of their run time.
    static PACK: (kyr::pack::Pack, kyr::i18n::Localizer) = {
        let loaded = pack::load(&Origin::Embedded).expect("the embedded pack is valid");
        (loaded.pack, loaded.l10n)
    };
}

/// Like `guide`, from the pack checked once.
pub fn cached_guide(lang: &str) -> Model {
    let (pack, mut l10n) = PACK.with(|(p, l)| (p.clone(), l.clone()));
    let index = l10n
        .tags()
        .iter()
        .position(|t| t == lang)
        .expect("language in pack");
    l10n.set_current(index);
    let mut model = Model::new(pack, l10n, Place::Picker, Settings::new());
    model.selected = index;
    model.palette = kyr::app::Palette::Plain;
    model
}

pub fn guide(lang: &str) -> Model {
    let mut loaded = pack::load(&Origin::Embedded).expect("the embedded pack is valid");
    let index = loaded
        .l10n
        .tags()
        .iter()
        .position(|t| t == lang)
        .expect("language in pack");
    loaded.l10n.set_current(index);
    let mut model = Model::new(loaded.pack, loaded.l10n, Place::Picker, Settings::new());
    model.selected = index;
    model.palette = kyr::app::Palette::Plain;
    model
}

/// Draws the model at `width` x `height` (recording what was drawn, as the binary does) and
/// returns the screen as text.
pub fn draw(model: &mut Model, width: u16, height: u16) -> String {
    buffer_text(&draw_buffer(model, width, height))
}

pub fn draw_buffer(model: &mut Model, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut drawn = None;
    terminal
        .draw(|f| drawn = Some(kyr::ui::view(model, f)))
        .unwrap();
    update(model, Msg::Drawn(drawn.unwrap()));
    terminal.backend().buffer().clone()
}

pub fn buffer_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            // A wide character fills two cells; the second holds nothing of its own.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            // A filler holds a cell the terminal gives the cluster before it: nothing of its own.
            if !symbol.starts_with(kyr::ui::text::FILLER) {
                line.push_str(symbol);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Presses keys, drawing between them like the event loop does. `·` is a moment passing
/// without a key, so a lone first digit counts on its own (on screens with ten choices or
/// more, 1 then 2 is twelve); a moment also passes after the last key.
pub fn keys(model: &mut Model, keys: &str) {
    for c in keys.chars() {
        draw(model, 80, 24);
        let msg = match c {
            '·' => Msg::NoSecondDigit,
            '\n' => Msg::Key(Key::Enter),
            '\x1b' => Msg::Key(Key::Esc),
            c => Msg::Key(Key::Char(c)),
        };
        update(model, msg);
    }
    if model.pending_digit.is_some() {
        update(model, Msg::NoSecondDigit);
    }
}

/// Copies a folder tree (a pack fixture) to `to`.
pub fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Text as the screen shows it by default: Bengali vowel signs where a reader sees them
/// (see `TerminalProfile::indic_visual`), without the fillers that hold cells.
pub fn as_drawn(text: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    text.graphemes(true)
        .map(kyr::ui::text::bengali_visual)
        .collect()
}
