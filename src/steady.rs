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
use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, IntoCrossterm, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

pub struct Steady<W: Write> {
    inner: CrosstermBackend<W>,
    /// What is on screen as far as kyr knows, row by row: every cell it has sent, and under a
    /// wide cluster the cells it covers, as ratatui's previous frame would hold them.
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

    /// Sends the cells at these positions, as remembered: a move where the next cell is not
    /// adjacent, attributes and colours where they change, and each symbol's bytes straight
    /// out (going through `fmt` for every cell was a third of the first frame's cost). A
    /// position marked blank sends a space in that cell's colours.
    fn send(&mut self, cells: &[Send]) -> io::Result<()> {
        let out = self.inner.writer_mut();
        let (mut fg, mut bg) = (Color::Reset, Color::Reset);
        let mut modifier = Modifier::empty();
        let mut last: Option<(u16, u16)> = None;
        for &Send { x, y, blank, .. } in cells {
            let Some(cell) = on_screen(&self.shadow, x, y) else {
                continue;
            };
            if !matches!(last, Some((lx, ly)) if x == lx.saturating_add(1) && y == ly) {
                write!(out, "\x1b[{};{}H", u32::from(y) + 1, u32::from(x) + 1)?;
            }
            last = Some((x, y));
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
            out.write_all(if blank {
                b" "
            } else {
                cell.symbol().as_bytes()
            })?;
        }
        out.write_all(b"\x1b[39m\x1b[49m\x1b[0m")
    }
}

/// A cell to send, by its place on screen; `blank` sends a space instead of its symbol.
#[derive(Clone, Copy)]
struct Send {
    x: u16,
    y: u16,
    blank: bool,
    /// Terminals may disagree on its width: the cell after it is placed explicitly.
    uncertain: bool,
    /// It holds the second cell of a cluster (see `FILLER`), never sent itself.
    filler: bool,
}

impl Send {
    fn new(x: u16, y: u16, cell: &Cell) -> Send {
        let symbol = cell.symbol();
        Send {
            x,
            y,
            blank: false,
            uncertain: !certain(symbol),
            filler: symbol.starts_with(FILLER),
        }
    }
}

/// What is on screen at a place, if kyr has drawn there since the screen was cleared.
fn on_screen(shadow: &[Vec<Cell>], x: u16, y: u16) -> Option<&Cell> {
    shadow.get(usize::from(y))?.get(usize::from(x))
}

/// Draws a frame as ratatui's `Terminal::draw` does, except that the frame is compared with
/// what is on screen (the shadow) here, by the same rules. ratatui's comparison measures every
/// cell's width up to four times with unicode-width, for cells nearly all one ASCII byte: with
/// it the first frame took 4.0 M instructions, without it 3.5 M. kyr's screens never place
/// the cursor, so it stays hidden.
pub fn draw<W: Write>(
    terminal: &mut Terminal<Steady<W>>,
    render: impl FnOnce(&mut Frame),
) -> io::Result<()> {
    terminal.autoresize()?;
    render(&mut terminal.get_frame());
    let frame = std::mem::take(terminal.current_buffer_mut());
    let (changed, covered) = terminal.backend().changes(&frame);
    let backend = terminal.backend_mut();
    let sent = backend.draw(changed.into_iter());
    // What is remembered stays what ratatui's previous frame would hold, cells hidden under a
    // wide cluster included, so the next comparison gives the cells ratatui's would.
    for (x, y, cell) in covered {
        backend.remember(x, y, cell);
    }
    *terminal.current_buffer_mut() = frame;
    sent?;
    terminal.hide_cursor()?;
    // The buffer drawn into next starts blank, as ratatui's draw leaves it.
    terminal.swap_buffers();
    Backend::flush(terminal.backend_mut())
}

/// A cell and its place on screen, as ratatui hands it to a backend.
type Placed<'a> = (u16, u16, &'a Cell);

/// How many cells a cluster covers, as ratatui counts them; printable ASCII without a lookup.
fn cells_of(symbol: &str) -> usize {
    match symbol.as_bytes() {
        [b' '..=b'~'] => 1,
        _ => symbol.width(),
    }
}

impl<W: Write> Steady<W> {
    /// The cells of `next` that differ from what is on screen, by ratatui's rules: the cells a
    /// wide cluster covers are not sent; those after a cluster that was or is wide are sent
    /// again; so are the cells an emoji with VS16 covers, which some terminals leave stale.
    /// Second, the cells not sent because something covers them, where they changed.
    fn changes<'a>(&self, next: &'a Buffer) -> (Vec<Placed<'a>>, Vec<Placed<'a>>) {
        let blank = Cell::default();
        let (mut updates, mut covered) = (Vec::new(), Vec::new());
        let (mut invalidated, mut to_skip) = (0usize, 0usize);
        for (i, current) in next.content.iter().enumerate() {
            let (x, y) = next.pos_of(i);
            let previous = on_screen(&self.shadow, x, y).unwrap_or(&blank);
            let width = cells_of(current.symbol());
            if !current.skip && to_skip == 0 && (invalidated > 0 || current != previous) {
                updates.push((x, y, current));
                if width > 1 && current.symbol().contains('\u{FE0F}') {
                    for k in 1..width {
                        let Some(trailing) = next.content.get(i + k) else {
                            break;
                        };
                        let (tx, ty) = next.pos_of(i + k);
                        let before = on_screen(&self.shadow, tx, ty).unwrap_or(&blank);
                        if !trailing.skip && trailing != before {
                            updates.push((tx, ty, trailing));
                        }
                    }
                }
            } else if (current.skip || to_skip > 0) && current != previous {
                covered.push((x, y, current));
            }
            to_skip = width.saturating_sub(1);
            let affected = width.max(cells_of(previous.symbol()));
            invalidated = affected.max(invalidated).saturating_sub(1);
        }
        (updates, covered)
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
        // Everything drawn is remembered first; from then on cells are named by place, with
        // what their symbols say about them read once.
        let mut drawn: Vec<Send> = Vec::new();
        for (x, y, cell) in content {
            self.remember(x, y, cell);
            drawn.push(Send::new(x, y, cell));
        }
        // Rows with an uncertain cluster: from the first one on, the whole rest of the row is
        // sent again, so that cells the diff thought unchanged cover what the cluster pushed.
        let mut resend: Vec<(u16, u16)> = drawn
            .iter()
            .filter(|s| s.uncertain)
            .map(|s| (s.x, s.y))
            .collect();
        resend.sort_unstable_by_key(|&(x, y)| (y, x));
        resend.dedup_by_key(|&mut (_, y)| y);
        // The diffs give cells row by row; anything else is put in that order first.
        if !drawn.is_sorted_by_key(|s| (s.y, s.x)) {
            drawn.sort_unstable_by_key(|s| (s.y, s.x));
        }
        let shadow = &self.shadow;
        let rest_of_row = |cells: &mut Vec<Send>, (from, y): (u16, u16)| {
            let Some(row) = shadow.get(usize::from(y)) else {
                return;
            };
            let mut x = usize::from(from);
            while let Some(cell) = row.get(x) {
                cells.push(Send::new(u16::try_from(x).unwrap_or(u16::MAX), y, cell));
                // A wide character covers the cells after it; they are not sent.
                x += cells_of(cell.symbol()).max(1);
            }
        };
        // Merged in order: each row's rest where its first uncertain cluster was.
        let mut cells: Vec<Send> = Vec::with_capacity(drawn.len());
        let mut rests = resend.iter().copied().peekable();
        for cell in drawn {
            while let Some(rest) = rests.next_if(|&(rx, ry)| (ry, rx) <= (cell.y, cell.x)) {
                rest_of_row(&mut cells, rest);
            }
            if !resend.iter().any(|&(rx, ry)| ry == cell.y && cell.x >= rx) {
                cells.push(cell);
            }
        }
        for rest in rests {
            rest_of_row(&mut cells, rest);
        }
        // A filler cell is cleared (a space) before the cluster it belongs to is drawn: the
        // cluster then covers it or not, as the terminal sees fit, and nothing stale stays.
        let mut ordered: Vec<Send> = Vec::with_capacity(cells.len());
        for cell in cells {
            if !cell.filler {
                ordered.push(cell);
                continue;
            }
            // Its owner is the last cell before it in its row: blanks for the owner's earlier
            // fillers went in before the owner, not after it.
            let owner = ordered.iter().rposition(|o| o.y == cell.y && o.x < cell.x);
            if let Some(k) = owner {
                ordered.insert(
                    k,
                    Send {
                        blank: true,
                        uncertain: false,
                        ..cell
                    },
                );
            }
        }
        // Each run ends after an uncertain cluster, so the next cell is placed explicitly.
        let mut start = 0;
        for i in 0..ordered.len() {
            if i + 1 == ordered.len() || ordered[i].uncertain {
                self.send(&ordered[start..=i])?;
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
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.shadow.clear();
        if clear_type != ClearType::All {
            return self.inner.clear_region(clear_type);
        }
        // Not sent on its own (crossterm's backend flushes it at once): it goes out with the
        // frame drawn next, in the same write, so a screen drawn again in full (after the
        // terminal's answers, say) never shows blank in between.
        queue!(
            self.inner.writer_mut(),
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
        )
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
            let drawn = draw(&mut terminal, |f| {
                f.render_widget(Paragraph::new(*text), f.area());
            });
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
    fn the_cells_sent_are_those_ratatui_would_send() {
        let frames = [
            "abc def",
            "abc deg",
            "中文 and 한국어",
            "a中b文c",
            "👍\u{FE0F} ok",
            "xy ok",
            "ভি abc কি",
            "",
            "plain text that wraps over the end of the first row into the second",
        ];
        let backend = Steady::new(CrosstermBackend::new(Screen::default()));
        let Ok(mut terminal) = Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 30, 3)),
            },
        ) else {
            return;
        };
        let wrap = ratatui::widgets::Wrap { trim: false };
        let mut before = Buffer::empty(ratatui::layout::Rect::new(0, 0, 30, 3));
        for text in frames.iter().chain(frames.iter().rev()) {
            let mut next = before.clone();
            next.reset();
            ratatui::widgets::Widget::render(
                Paragraph::new(*text).wrap(wrap),
                next.area,
                &mut next,
            );
            let theirs = before.diff(&next);
            let (ours, _) = terminal.backend().changes(&next);
            assert_eq!(ours, theirs, "{text}");
            let drawn = draw(&mut terminal, |f| {
                f.render_widget(Paragraph::new(*text).wrap(wrap), f.area());
            });
            assert!(drawn.is_ok());
            before = next;
        }
    }

    proptest::proptest! {
        /// Any run of frames mixing narrow, wide, emoji, Bengali and blank cells: what kyr
        /// compares against (what it sent) gives the cells ratatui's diff would.
        #[test]
        fn any_frames_send_what_ratatui_would(
            frames in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec!["a", "b", " ", "中", "한", "👍\u{FE0F}", "ভি", "জা\u{E000}", "─"]),
                    0..40,
                ),
                1..8,
            )
        ) {
            let area = ratatui::layout::Rect::new(0, 0, 12, 3);
            let backend = Steady::new(CrosstermBackend::new(Screen::default()));
            let options = ratatui::TerminalOptions { viewport: ratatui::Viewport::Fixed(area) };
            let Ok(mut terminal) = Terminal::with_options(backend, options) else {
                return Ok(());
            };
            let mut before = Buffer::empty(area);
            for words in frames {
                let text = words.concat();
                let paragraph = || Paragraph::new(text.as_str()).wrap(ratatui::widgets::Wrap { trim: false });
                let mut next = Buffer::empty(area);
                ratatui::widgets::Widget::render(paragraph(), area, &mut next);
                let theirs = before.diff(&next);
                let (ours, _) = terminal.backend().changes(&next);
                proptest::prop_assert_eq!(ours, theirs);
                let drawn = draw(&mut terminal, |f| f.render_widget(paragraph(), f.area()));
                proptest::prop_assert!(drawn.is_ok());
                before = next;
            }
        }
    }

    /// What a terminal receives, one piece per flush.
    #[derive(Clone, Default)]
    struct Writes(std::rc::Rc<std::cell::RefCell<(Vec<u8>, Vec<String>)>>);

    impl std::io::Write for Writes {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().0.extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            let mut state = self.0.borrow_mut();
            let piece = String::from_utf8_lossy(&std::mem::take(&mut state.0)).into_owned();
            if !piece.is_empty() {
                state.1.push(piece);
            }
            Ok(())
        }
    }

    #[test]
    fn a_cleared_screen_is_drawn_again_in_the_same_write() {
        let writes = Writes::default();
        let backend = Steady::new(CrosstermBackend::new(writes.clone()));
        let area = ratatui::layout::Rect::new(0, 0, 20, 2);
        let options = ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(area),
        };
        let Ok(mut terminal) = Terminal::with_options(backend, options) else {
            return;
        };
        let text = |words: &'static str| {
            move |f: &mut Frame| f.render_widget(Paragraph::new(words), f.area())
        };
        assert!(draw(&mut terminal, text("first")).is_ok());
        assert!(terminal.backend_mut().clear().is_ok());
        assert!(draw(&mut terminal, text("again")).is_ok());
        let pieces = writes.0.borrow().1.clone();
        let cleared = pieces.iter().position(|p| p.contains("\u{1b}[2J"));
        assert!(
            cleared.is_some_and(|i| pieces[i].contains("again")),
            "{pieces:?}"
        );
    }

    #[test]
    fn certain_and_uncertain_clusters() {
        assert!(certain("a") && certain("Ж") && certain("中") && certain("─"));
        assert!(!certain("ভি") && !certain("ি") && !certain("ب") && !certain("👍"));
    }
}
