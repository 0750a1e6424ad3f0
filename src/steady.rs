//! Drawing that does not drift. Terminals disagree with Unicode, and with each other, on how
//! far some clusters advance the cursor (Bengali vowel signs and conjuncts, Arabic, emoji).
//! ratatui moves the cursor only when the next cell is not adjacent, so one such disagreement
//! shifts the rest of the line, and what a shorter redraw leaves behind stays on screen. This
//! backend wrapper places every cell that follows an uncertain cluster explicitly, and sends
//! the rest of that row again, so whatever width the terminal gave the cluster, the text after
//! it lands where kyr put it and nothing stale survives.

use crate::ui::text::FILLER;
use crossterm::queue;
use crossterm::style::{Colors, SetAttribute, SetColors};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

pub struct Steady<W: Write> {
    inner: CrosstermBackend<W>,
    /// What is on screen as far as kyr knows: every cell it has sent, row by row.
    shadow: Vec<Vec<Cell>>,
}

impl<W: Write> Steady<W> {
    pub fn new(inner: CrosstermBackend<W>) -> Self {
        Steady {
            inner,
            shadow: Vec::new(),
        }
    }

    fn remember(&mut self, x: u16, y: u16, cell: &Cell) {
        let (x, y) = (usize::from(x), usize::from(y));
        if self.shadow.len() <= y {
            self.shadow.resize(y + 1, Vec::new());
        }
        let row = &mut self.shadow[y];
        if row.len() <= x {
            row.resize(x + 1, Cell::default());
        }
        row[x] = cell.clone();
    }

    /// Sends cells as crossterm's backend would, but writes each symbol's bytes straight out:
    /// going through `fmt` for every cell was a third of the first frame's cost.
    fn send(&mut self, cells: &[(u16, u16, Cell)]) -> io::Result<()> {
        let out = self.inner.writer_mut();
        let (mut fg, mut bg) = (Color::Reset, Color::Reset);
        let mut modifier = Modifier::empty();
        let mut last: Option<(u16, u16)> = None;
        for (x, y, cell) in cells {
            if !matches!(last, Some((lx, ly)) if *x == lx.saturating_add(1) && *y == ly) {
                write!(out, "\x1b[{};{}H", u32::from(*y) + 1, u32::from(*x) + 1)?;
            }
            last = Some((*x, *y));
            if cell.modifier != modifier {
                // From nothing: every attribute off (which resets the colours too), then on.
                out.write_all(b"\x1b[0m")?;
                for (flag, code) in ATTRIBUTES {
                    if cell.modifier.contains(flag) {
                        queue!(out, SetAttribute(code))?;
                    }
                }
                modifier = cell.modifier;
                (fg, bg) = (Color::Reset, Color::Reset);
            }
            if cell.fg != fg || cell.bg != bg {
                let colors = Colors::new(cell.fg.into_crossterm(), cell.bg.into_crossterm());
                queue!(out, SetColors(colors))?;
                (fg, bg) = (cell.fg, cell.bg);
            }
            out.write_all(cell.symbol().as_bytes())?;
        }
        out.write_all(b"\x1b[39m\x1b[49m\x1b[0m")
    }
}

/// ratatui's modifiers and the attributes that turn them on.
const ATTRIBUTES: [(Modifier, crossterm::style::Attribute); 9] = {
    use crossterm::style::Attribute as A;
    [
        (Modifier::BOLD, A::Bold),
        (Modifier::DIM, A::Dim),
        (Modifier::ITALIC, A::Italic),
        (Modifier::UNDERLINED, A::Underlined),
        (Modifier::SLOW_BLINK, A::SlowBlink),
        (Modifier::RAPID_BLINK, A::RapidBlink),
        (Modifier::REVERSED, A::Reverse),
        (Modifier::HIDDEN, A::Hidden),
        (Modifier::CROSSED_OUT, A::CrossedOut),
    ]
};

/// Whether terminals can be trusted to advance by the Unicode width for this cluster: plain
/// Latin, Greek, Cyrillic, box drawing and blocks, and single CJK characters.
pub fn certain(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return symbol.is_empty();
    };
    matches!(c,
        '\u{0020}'..='\u{02FF}'
        | '\u{0370}'..='\u{03FF}'
        | '\u{0400}'..='\u{04FF}'
        | '\u{2000}'..='\u{205F}'
        | '\u{2190}'..='\u{21FF}'
        | '\u{2500}'..='\u{259F}'
        | '\u{3000}'..='\u{303F}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{FF00}'..='\u{FFEF}')
}

impl<W: Write> Backend for Steady<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let drawn: Vec<(u16, u16, Cell)> = content.map(|(x, y, c)| (x, y, c.clone())).collect();
        for (x, y, cell) in &drawn {
            self.remember(*x, *y, cell);
        }
        // Rows with an uncertain cluster: from the first one on, the whole rest of the row is
        // sent again, so that cells the diff thought unchanged cover what the cluster pushed.
        let mut resend: Vec<(u16, u16)> = drawn
            .iter()
            .filter(|(_, _, c)| !certain(c.symbol()))
            .map(|(x, y, _)| (*x, *y))
            .collect();
        resend.sort_by_key(|&(x, y)| (y, x));
        resend.dedup_by_key(|&mut (_, y)| y);
        let mut cells: Vec<(u16, u16, Cell)> = drawn
            .into_iter()
            .filter(|(x, y, _)| !resend.iter().any(|&(rx, ry)| ry == *y && *x >= rx))
            .collect();
        for &(from, y) in &resend {
            let Some(row) = self.shadow.get(usize::from(y)) else {
                continue;
            };
            let mut x = usize::from(from);
            while x < row.len() {
                let cell = &row[x];
                cells.push((u16::try_from(x).unwrap_or(u16::MAX), y, cell.clone()));
                // A wide character covers the cells after it; they are not sent.
                x += cell.symbol().width().max(1);
            }
        }
        cells.sort_by_key(|&(x, y, _)| (y, x));
        // A filler cell is cleared (a space) before the cluster it belongs to is drawn: the
        // cluster then covers it or not, as the terminal sees fit, and nothing stale stays.
        let mut ordered: Vec<(u16, u16, Cell)> = Vec::with_capacity(cells.len());
        for (x, y, cell) in cells {
            if !cell.symbol().starts_with(FILLER) {
                ordered.push((x, y, cell));
                continue;
            }
            let owner = ordered
                .iter()
                .rposition(|(ox, oy, c)| *oy == y && *ox < x && !c.symbol().starts_with(FILLER));
            if let Some(k) = owner {
                let mut blank = cell.clone();
                blank.set_symbol(" ");
                ordered.insert(k, (x, y, blank));
            }
        }
        let cells = ordered;
        // Each run ends after an uncertain cluster, so the next cell is placed explicitly.
        let mut start = 0;
        for i in 0..cells.len() {
            let last = i + 1 == cells.len();
            if last || !certain(cells[i].2.symbol()) {
                self.send(&cells[start..=i])?;
                start = i + 1;
            }
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.shadow.clear();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.shadow.clear();
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use ratatui::widgets::Paragraph;

    /// What a terminal receives, kept where the test can read it.
    #[derive(Clone, Default)]
    struct Screen(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl std::io::Write for Screen {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The bytes each frame sends, drawn through `Steady` over a crossterm backend.
    fn frames(texts: &[&str]) -> Vec<String> {
        let screen = Screen::default();
        let backend = Steady::new(CrosstermBackend::new(screen.clone()));
        let Ok(mut terminal) = Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 30, 2)),
            },
        ) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for text in texts {
            let before = screen.0.borrow().len();
            let drawn = terminal.draw(|f| f.render_widget(Paragraph::new(*text), f.area()));
            assert!(drawn.is_ok());
            let bytes = screen.0.borrow()[before..].to_vec();
            out.push(String::from_utf8_lossy(&bytes).into_owned());
        }
        out
    }

    #[test]
    fn text_after_a_bengali_cluster_is_placed_explicitly() {
        let sent = frames(&["ভি ab"]);
        // ভি (U+09AD U+09BF) then a space at column 2 (1-based 3): placed with a move.
        let after = sent[0].split("ভি").nth(1).unwrap_or_default();
        assert!(after.contains("\u{1b}[1;3H ab"), "{after:?}");
    }

    #[test]
    fn a_changed_cluster_sends_the_rest_of_its_row_again() {
        let sent = frames(&["ভি abc", "কি abc"]);
        // Only the cluster changed, yet "abc" after it is sent again, so nothing the old
        // cluster pushed aside can stay on screen.
        assert!(sent[1].contains("abc"), "{:?}", sent[1]);
        // Latin text alone is sent as ratatui sends it, without extra moves.
        let plain = frames(&["abc def", "abc deg"]);
        assert!(!plain[1].contains("abc"), "{:?}", plain[1]);
    }

    #[test]
    fn a_filler_is_cleared_before_its_cluster_and_never_drawn_over_it() {
        // জা: Unicode counts one cell, wcwidth terminals draw two; the filler holds the second.
        let sent = frames(&["জা\u{E000}b"]);
        let frame = &sent[0];
        let blank = frame.find("\u{1b}[1;2H ").unwrap_or(usize::MAX);
        let cluster = frame.find("জা").unwrap_or(0);
        assert!(blank < cluster, "{frame:?}");
        // The letter after it is placed at column 3, whatever the terminal did with জা.
        assert!(frame.contains("\u{1b}[1;3Hb"), "{frame:?}");
        assert!(!frame.contains('\u{E000}'), "{frame:?}");
    }

    #[test]
    fn certain_and_uncertain_clusters() {
        assert!(certain("a") && certain("Ж") && certain("中") && certain("─"));
        assert!(!certain("ভি") && !certain("ি") && !certain("ب") && !certain("👍"));
    }
}
