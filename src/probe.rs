//! Asking the terminal how wide it draws text. Unicode widths are a guess: terminals advance
//! the cursor by their own rules for Bengali conjuncts and vowel signs, Arabic and emoji, and
//! they disagree with each other. So each cluster whose width is uncertain is written once,
//! invisibly, and the cursor position report (CPR) tells how far the terminal moved. All the
//! questions go out in one write and are answered in order; a device-attributes query (DA1),
//! which every terminal answers, goes last, so its answer says that nothing more is coming.
//! A terminal that answers nothing is given a moment, then kyr goes on with Unicode widths.
//!
//! Terminals that implement grapheme-cluster mode (DEC private mode 2027) say so when asked
//! (DECRQM); kyr turns the mode on before measuring, and off again when it exits.
//!
//! The building and reading of the bytes is pure, for tests; `measure` does the I/O.

use crate::app::Key;
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::time::{Duration, Instant};

/// What the terminal said.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Answers {
    /// Columns the terminal advanced for each cluster it answered for.
    pub widths: HashMap<String, usize>,
    /// The answer to "is grapheme-cluster mode on?" (DECRQM 2027), when one was asked.
    pub grapheme_mode: Option<ModeState>,
    /// The terminal answered at all (its DA1 reply came).
    pub answered: bool,
    /// Keys the person typed while kyr was waiting for the answers, in order: they belong to
    /// the guide, not to the probe.
    pub typed: Vec<Key>,
}

/// DECRQM's answer for a mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModeState {
    NotRecognized,
    Set,
    Reset,
    PermanentlySet,
    PermanentlyReset,
}

impl ModeState {
    fn from_code(code: u16) -> Self {
        match code {
            1 => ModeState::Set,
            2 => ModeState::Reset,
            3 => ModeState::PermanentlySet,
            4 => ModeState::PermanentlyReset,
            _ => ModeState::NotRecognized,
        }
    }
}

/// Whether terminals may draw this cluster wider or narrower than Unicode says: what is
/// worth asking about. Control characters are never drawn.
pub fn uncertain(cluster: &str) -> bool {
    !crate::steady::certain(cluster) && !cluster.chars().any(char::is_control)
}

/// Grapheme-cluster mode (terminal-wg: "Grapheme Clusters and Terminal Emulators").
pub const GRAPHEME_MODE: u16 = 2027;
pub const GRAPHEME_MODE_ON: &str = "\x1b[?2027h";
pub const GRAPHEME_MODE_OFF: &str = "\x1b[?2027l";

/// The question: does the terminal know grapheme-cluster mode, and is it on?
pub fn mode_query() -> Vec<u8> {
    let mut out = format!("\x1b[?{GRAPHEME_MODE}$p").into_bytes();
    out.extend_from_slice(DA1);
    out
}

const DA1: &[u8] = b"\x1b[c";

/// The questions for `clusters`: each written concealed (SGR 8) at the start of `row`
/// (1-based) as kyr will draw it (`drawn`), then a cursor position request. Attributes are
/// reset at the end; what was written is cleared by the caller's next full redraw.
pub fn width_queries(clusters: &[String], row: u16, drawn: &dyn Fn(&str) -> String) -> Vec<u8> {
    let mut out = Vec::with_capacity(clusters.len() * 24);
    out.extend_from_slice(b"\x1b[8m");
    for cluster in clusters {
        let _ = write!(out, "\x1b[{row};1H{}\x1b[6n", drawn(cluster));
    }
    out.extend_from_slice(b"\x1b[0m\x1b[2K");
    out.extend_from_slice(DA1);
    out
}

/// Reads the terminal's answers as they arrive.
#[derive(Default)]
pub struct Reader {
    parser: vte::Parser,
    got: Got,
}

#[derive(Default)]
struct Got {
    /// Columns (1-based) of each cursor position report, in order.
    columns: Vec<u16>,
    mode: Option<ModeState>,
    done: bool,
    typed: Vec<Key>,
}

impl Reader {
    pub fn feed(&mut self, bytes: &[u8]) {
        self.parser.advance(&mut self.got, bytes);
    }

    /// The DA1 answer came: everything asked before it has been answered.
    pub fn done(&self) -> bool {
        self.got.done
    }

    /// What was learnt; reports are matched with `clusters` in the order they were asked.
    pub fn answers(self, clusters: &[String]) -> Answers {
        let Got {
            columns,
            mode,
            done,
            typed,
        } = self.got;
        let widths = if columns.len() == clusters.len() {
            clusters
                .iter()
                .zip(columns)
                .map(|(c, col)| (c.clone(), usize::from(col.saturating_sub(1))))
                .collect()
        } else {
            // Some answers were lost: pairing them up would give clusters wrong widths.
            HashMap::new()
        };
        Answers {
            widths,
            grapheme_mode: mode,
            answered: done,
            typed,
        }
    }
}

impl vte::Perform for Got {
    fn print(&mut self, c: char) {
        self.typed.push(Key::Char(c));
    }

    fn execute(&mut self, byte: u8) {
        let key = match byte {
            b'\r' | b'\n' => Key::Enter,
            b'\t' => Key::Tab,
            0x08 | 0x7f => Key::Backspace,
            0x01..=0x1a => Key::Ctrl(char::from(b'a' + byte - 1)),
            _ => return,
        };
        self.typed.push(key);
    }

    fn csi_dispatch(&mut self, params: &vte::Params, intermediates: &[u8], _: bool, action: char) {
        let numbers: Vec<u16> = params
            .iter()
            .map(|p| p.first().copied().unwrap_or(0))
            .collect();
        match (intermediates, action) {
            // Cursor position report: row;column.
            ([], 'R') if numbers.len() == 2 => self.columns.push(numbers[1]),
            // DECRQM answer for a private mode: ?mode;state$y.
            ([b'?', b'$'] | [b'$'], 'y') if numbers.first() == Some(&GRAPHEME_MODE) => {
                self.mode = Some(ModeState::from_code(numbers.get(1).copied().unwrap_or(0)));
            }
            // Device attributes: the last answer.
            ([b'?'], 'c') => self.done = true,
            ([], 'A') => self.typed.push(Key::Up),
            ([], 'B') => self.typed.push(Key::Down),
            ([], 'C') => self.typed.push(Key::Right),
            ([], 'D') => self.typed.push(Key::Left),
            _ => {}
        }
    }
}

/// Sends `query` and reads until the terminal's DA1 answer, or until `timeout` passes.
fn ask(
    out: &mut impl Write,
    input: &mut std::fs::File,
    query: &[u8],
    timeout: Duration,
) -> io::Result<Reader> {
    out.write_all(query)?;
    out.flush()?;
    let mut reader = Reader::default();
    // `timeout` is for silence: a terminal still answering a long batch (hundreds of
    // clusters, on a busy machine) is given the time it takes, up to `LONGEST`.
    let started = Instant::now();
    let mut deadline = started + timeout;
    let mut buf = [0u8; 4096];
    while !reader.done() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || !readable(input, left)? {
            break;
        }
        let n = input.read(&mut buf)?;
        if n == 0 {
            break;
        }
        reader.feed(&buf[..n]);
        deadline = (Instant::now() + timeout).min(started + LONGEST);
    }
    Ok(reader)
}

fn readable(input: &std::fs::File, wait: Duration) -> io::Result<bool> {
    use std::os::fd::AsRawFd;
    let mut fd = libc::pollfd {
        fd: input.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = libc::c_int::try_from(wait.as_millis().max(1)).unwrap_or(libc::c_int::MAX);
    // SAFETY: one valid pollfd, for the length given.
    let ready = unsafe { libc::poll(&mut fd, 1, ms) };
    if ready < 0 {
        let e = io::Error::last_os_error();
        return if e.kind() == io::ErrorKind::Interrupted {
            Ok(false)
        } else {
            Err(e)
        };
    }
    Ok(ready > 0)
}

/// How long a terminal may stay silent before it is taken to answer nothing. Local terminals
/// answer in well under a millisecond; this bounds the wait for one that never will, and
/// leaves room for one on a busy machine (a batch of Bengali's clusters is 445 answers). The
/// first screen is already up while kyr waits, and keys typed meanwhile are kept.
pub const TIMEOUT: Duration = Duration::from_millis(400);

/// The longest one batch of questions may take while answers keep coming.
const LONGEST: Duration = Duration::from_secs(2);

/// The terminal being measured: what it is known to do, kept between measurements.
#[derive(Debug, Default)]
pub struct Probe {
    /// It did not answer once: it will not be asked again.
    pub silent: bool,
    /// kyr turned grapheme-cluster mode on and must turn it off at exit.
    pub mode_turned_on: bool,
    /// `start` has run.
    pub started: bool,
    /// Clusters already asked about, answered or not.
    asked: std::collections::HashSet<String>,
}

impl Probe {
    /// Once, when the first screen is up: grapheme-cluster mode, on where it is offered.
    pub fn start(&mut self, out: &mut impl Write) -> io::Result<Vec<Key>> {
        self.started = true;
        let Some(mut input) = tty()? else {
            self.silent = true;
            return Ok(Vec::new());
        };
        let answers = ask(out, &mut input, &mode_query(), TIMEOUT)?.answers(&[]);
        if !answers.answered {
            self.silent = true;
        }
        if answers.grapheme_mode == Some(ModeState::Reset) {
            out.write_all(GRAPHEME_MODE_ON.as_bytes())?;
            out.flush()?;
            self.mode_turned_on = true;
        }
        Ok(answers.typed)
    }

    /// Measures the clusters not measured yet, on `row` (1-based; the caller redraws the
    /// whole screen afterwards). `None` when there was nothing to ask or nobody answers.
    pub fn measure(
        &mut self,
        out: &mut impl Write,
        clusters: impl IntoIterator<Item = String>,
        row: u16,
        drawn: &dyn Fn(&str) -> String,
    ) -> io::Result<Option<Answers>> {
        if self.silent {
            return Ok(None);
        }
        let mut new: Vec<String> = clusters
            .into_iter()
            .filter(|c| !self.asked.contains(c))
            .collect();
        new.sort();
        new.dedup();
        if new.is_empty() {
            return Ok(None);
        }
        let Some(mut input) = tty()? else {
            self.silent = true;
            return Ok(None);
        };
        let answers =
            ask(out, &mut input, &width_queries(&new, row, drawn), TIMEOUT)?.answers(&new);
        self.asked.extend(new);
        if !answers.answered {
            self.silent = true;
        }
        Ok(Some(answers))
    }
}

/// The terminal's input, opened anew so that reading it leaves crossterm's own reader alone.
fn tty() -> io::Result<Option<std::fs::File>> {
    match std::fs::OpenOptions::new().read(true).open("/dev/tty") {
        Ok(file) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::NotFound || e.raw_os_error() == Some(libc::ENXIO) => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clusters(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn each_cluster_is_written_hidden_then_its_position_asked_and_da1_goes_last() {
        let same = |c: &str| c.to_string();
        let query = String::from_utf8(width_queries(&clusters(&["কি", "لا"]), 24, &same)).unwrap();
        assert_eq!(
            query,
            "\x1b[8m\x1b[24;1Hকি\x1b[6n\x1b[24;1Hلا\x1b[6n\x1b[0m\x1b[2K\x1b[c"
        );
        // Written as it will be drawn: here, with the vowel sign before its consonant.
        let visual = |c: &str| crate::ui::text::bengali_visual(c).into_owned();
        let query = String::from_utf8(width_queries(&clusters(&["কি"]), 1, &visual)).unwrap();
        assert!(query.contains("\x1b[1;1Hিক\x1b[6n"), "{query:?}");
    }

    #[test]
    fn position_reports_become_widths_in_the_order_asked() {
        let asked = clusters(&["কি", "ক্ষ", "👍🏽"]);
        let mut reader = Reader::default();
        reader.feed(b"\x1b[24;3R\x1b[24;");
        assert!(!reader.done());
        reader.feed(b"2R\x1b[24;3R\x1b[?62;22c");
        assert!(reader.done());
        let answers = reader.answers(&asked);
        assert!(answers.answered);
        assert_eq!(answers.widths["কি"], 2);
        assert_eq!(answers.widths["ক্ষ"], 1);
        assert_eq!(answers.widths["👍🏽"], 2);
        assert!(answers.typed.is_empty());
    }

    #[test]
    fn lost_answers_give_no_widths_rather_than_wrong_ones() {
        let mut reader = Reader::default();
        reader.feed(b"\x1b[24;3R\x1b[?1;2c");
        let answers = reader.answers(&clusters(&["কি", "ক্ষ"]));
        assert!(answers.answered);
        assert!(answers.widths.is_empty());
    }

    #[test]
    fn keys_typed_while_waiting_are_kept_for_the_guide() {
        let mut reader = Reader::default();
        reader.feed(b"2\x1b[B\r\x1b[1;2R\x03\x1b[?6c");
        let answers = reader.answers(&clusters(&["কি"]));
        assert_eq!(
            answers.typed,
            vec![Key::Char('2'), Key::Down, Key::Enter, Key::Ctrl('c')]
        );
        assert_eq!(answers.widths["কি"], 1);
    }

    #[test]
    fn grapheme_cluster_mode_is_read_from_the_decrqm_answer() {
        for (answer, state) in [
            (&b"\x1b[?2027;2$y\x1b[?62c"[..], Some(ModeState::Reset)),
            (b"\x1b[?2027;3$y\x1b[?62c", Some(ModeState::PermanentlySet)),
            (b"\x1b[?2027;0$y\x1b[?62c", Some(ModeState::NotRecognized)),
            // Terminals that do not know DECRQM answer only DA1.
            (b"\x1b[?62c", None),
        ] {
            let mut reader = Reader::default();
            reader.feed(answer);
            assert_eq!(reader.answers(&[]).grapheme_mode, state);
        }
    }

    #[test]
    fn the_clusters_asked_about_are_those_of_the_language_shown_whose_width_is_uncertain() {
        let Ok(loaded) = crate::pack::load(&crate::pack::files::Origin::Embedded) else {
            panic!("the embedded pack loads");
        };
        let l10n = loaded.l10n;
        let index = |tag: &str| l10n.tags().iter().position(|t| t == tag).unwrap();
        let bengali = l10n.clusters(index("bn"), uncertain);
        // The home title, কী ঘটছে?, as clusters: a spacing vowel sign stays with its letter.
        for cluster in ["কী", "ঘ", "ট", "ছে"] {
            assert!(bengali.contains(cluster), "{cluster}");
        }
        assert!(!bengali.iter().any(|c| c.is_ascii()));
        // Latin, Chinese and Korean draw as Unicode says everywhere: nothing to ask.
        for tag in ["en", "es", "zh-Hans", "ko"] {
            assert!(l10n.clusters(index(tag), uncertain).is_empty(), "{tag}");
        }
    }
}
