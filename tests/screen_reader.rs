//! Screen-reader mode: the real binary in a pseudo-terminal, answered with numbers and Enter.
//! Every line it writes is new text: no escape sequence is ever written.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

use kyr::pack::{self, Origin};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// kyr in a pseudo-terminal (cooked mode, as a shell leaves it), with every byte it writes
/// kept.
struct Session {
    writer: Box<dyn Write + Send>,
    raw: Arc<Mutex<Vec<u8>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    /// `term`: the `TERM` to give, or none at all.
    fn start(args: &[&str], lang: &str, term: Option<&str>) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kyr"));
        cmd.args(args);
        cmd.env("LANG", lang);
        match term {
            Some(term) => cmd.env("TERM", term),
            None => cmd.env_remove("TERM"),
        }
        cmd.env("KYR_TODAY", "2027-01-01");
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "COLORFGBG", "NO_COLOR"] {
            cmd.env_remove(name);
        }
        let child = pty.slave.spawn_command(cmd).expect("kyr starts");
        drop(pty.slave);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let r = raw.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            writer,
            raw,
            child,
            _master: pty.master,
        }
    }

    fn raw(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }

    /// Waits until kyr has written `needle`; fails with all it wrote if it never does.
    fn wait_for(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.raw().contains(needle) {
            assert!(
                Instant::now() < deadline,
                "never saw {needle:?} in:\n{}",
                self.raw()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types `text` and Enter, as a person does.
    fn answer(&mut self, text: &str) {
        self.writer.write_all(text.as_bytes()).unwrap();
        self.writer.write_all(b"\r").unwrap();
        self.writer.flush().unwrap();
    }

    /// End of input: Ctrl-D at the start of a line.
    fn end_input(&mut self) {
        self.writer.write_all(b"\x04").unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "kyr did not exit:\n{}",
                self.raw()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn assert_no_escape(&self) {
        let raw = self.raw.lock().unwrap();
        assert!(
            !raw.contains(&0x1b),
            "an escape sequence was written:\n{}",
            String::from_utf8_lossy(&raw)
        );
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The words kyr should say, from the same Fluent files the binary embeds.
fn words(lang: &str, id: &str, attr: Option<&str>) -> String {
    let mut loaded = pack::load_trusted(&Origin::Embedded).unwrap();
    let index = loaded.l10n.tags().iter().position(|t| t == lang).unwrap();
    loaded.l10n.set_current(index);
    match attr {
        Some(a) => loaded.l10n.text(id, Some(a)),
        None => loaded.l10n.ui(id),
    }
}

/// From the language picker to the warrant checker, answering only with numbers.
fn walk_to_the_warrant_checker(lang: &str, number_in_picker: &str) {
    let step = |id: &str, attr: &str| words(lang, id, Some(attr));
    let mut s = Session::start(&["--screen-reader"], "en_US.UTF-8", Some("xterm-256color"));
    s.wait_for(&words("en", "ui-picker-title", None));
    s.wait_for(&words("en", "reader-prompt", None));
    s.answer(number_in_picker);
    s.wait_for(&words(lang, "ui-home-title", None));
    s.wait_for(&words(lang, "reader-prompt", None));
    s.answer("1"); // someone is at my door
    s.wait_for(&step("at-home--door", "title"));
    // The choices, numbered, in logical order.
    s.wait_for(&format!("1. {}", step("at-home--door", "choice-warrant")));
    s.answer("1"); // they say they have a warrant
    s.wait_for(&step("at-home--ask-warrant", "title"));
    s.answer("1"); // check the paper: into the warrant checker
    s.wait_for(&step("warrant--look", "title"));
    s.wait_for(&format!("3. {}", step("warrant--look", "choice-not-sure")));
    s.answer("q");
    assert!(s.wait_exit().success());
    s.assert_no_escape();
}

#[test]
fn spanish_walk_to_the_warrant_checker_with_numbers_only() {
    walk_to_the_warrant_checker("es", "2");
}

#[test]
fn arabic_walk_to_the_warrant_checker_with_numbers_only() {
    walk_to_the_warrant_checker("ar", "9");
}

#[test]
fn term_dumb_chooses_screen_reader_mode_and_end_of_input_ends_it() {
    let mut s = Session::start(&["--lang", "en"], "en_US.UTF-8", Some("dumb"));
    s.wait_for(&words("en", "ui-home-title", None));
    s.wait_for(&words("en", "reader-prompt", None));
    s.answer("?");
    s.wait_for(&words("en", "reader-help-back", None));
    s.answer("n"); // hotlines, with their numbers
    s.wait_for("1-800-354-0365");
    s.end_input();
    assert!(s.wait_exit().success());
    s.assert_no_escape();
}

#[test]
fn unset_term_chooses_screen_reader_mode() {
    let mut s = Session::start(&["--lang", "fr"], "en_US.UTF-8", None);
    s.wait_for(&words("fr", "ui-home-title", None));
    s.wait_for(&words("fr", "reader-prompt", None));
    s.end_input();
    assert!(s.wait_exit().success());
    s.assert_no_escape();
}

fn kyr() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kyr"));
    cmd.env("KYR_TODAY", "2027-01-01").env("LANG", "C.UTF-8");
    cmd
}

#[test]
fn end_of_piped_input_ends_quietly() {
    let out = kyr()
        .args(["--screen-reader", "--lang", "en"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(out.stderr.is_empty(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(&words("en", "ui-home-title", None)), "{text}");
    assert!(!text.contains('\u{1b}'), "{text}");
}

#[test]
fn a_closed_output_ends_quietly() {
    let mut child = kyr()
        .args(["--screen-reader", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Nobody reads what it says.
    drop(child.stdout.take());
    let mut input = child.stdin.take().unwrap();
    // The answers may outlast kyr: a write into its closed input is no failure of the test.
    let _ = input.write_all("1\nb\n".repeat(2000).as_bytes());
    drop(input);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(out.stderr.is_empty(), "{out:?}");
}

#[test]
fn answers_are_checked_and_help_is_in_the_readers_language() {
    let mut child = kyr()
        .args(["--screen-reader", "--lang", "pl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"99\nxyz\n?\n1\n\nh\nh\nq\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let pl = |id: &str| words("pl", id, None);
    assert!(!text.contains('\u{1b}'), "{text}");
    for needle in [
        pl("reader-help-title"),
        pl("reader-help-back"),
        pl("ui-help-card"),
    ] {
        assert!(text.contains(&needle), "{needle:?} not in:\n{text}");
    }
    // Enter alone says the screen again: the door step twice.
    let door = words("pl", "at-home--door", Some("title"));
    assert_eq!(text.matches(&door).count(), 2, "{text}");
    // 99 and "xyz" are no choice on the home screen's twelve, and home on the home screen
    // does nothing: each is told what can be typed.
    let mut loaded = pack::load_trusted(&Origin::Embedded).unwrap();
    let index = loaded.l10n.tags().iter().position(|t| t == "pl").unwrap();
    loaded.l10n.set_current(index);
    let wrong = loaded
        .l10n
        .ui_args("reader-not-a-choice", &[("count", "12".to_string())]);
    assert_eq!(text.matches(&wrong).count(), 3, "{text}");
}

#[test]
fn a_whole_situation_is_walked_to_its_end_with_numbers_only() {
    let step = |id: &str, attr: &str| {
        let text = words("es", id, Some(attr));
        assert!(!text.is_empty(), "{id}.{attr}");
        text
    };
    let mut s = Session::start(
        &["--screen-reader", "--lang", "es"],
        "en_US.UTF-8",
        Some("xterm-256color"),
    );
    s.wait_for(&words("es", "reader-prompt", None));
    s.answer("1"); // someone is at my door
    s.wait_for(&step("at-home--door", "title"));
    s.answer("2"); // they have no warrant: what to say
    s.wait_for(&step("at-home--no-warrant", "title"));
    // From there, the first choice each time, until the end says what to remember.
    let end = step("at-home--end", "title");
    let mut answered = 0;
    while !s.raw().contains(&end) {
        assert!(answered < 10, "never reached the end:\n{}", s.raw());
        let before = s.raw().len();
        s.answer("1");
        let deadline = Instant::now() + Duration::from_secs(10);
        while s.raw().len() == before {
            assert!(Instant::now() < deadline, "no answer to 1:\n{}", s.raw());
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(200));
        answered += 1;
    }
    // The end's points, as the guide shows them.
    s.wait_for(&step("at-home--end", "point-door"));
    s.answer("q");
    assert!(s.wait_exit().success());
    s.assert_no_escape();
}

#[test]
fn a_note_is_written_field_by_field_through_the_same_prompts() {
    let data = tempfile::tempdir().unwrap();
    let mut child = kyr()
        .args(["--screen-reader", "--lang", "es", "--data-dir"])
        .arg(data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // w: the notes; 1: write a new note; the date as it is (Enter), a place, the agency by its
    // number (1: ICE), the rest left as it is; then quit.
    let fields = kyr::notes::FIELDS.len();
    let mut typed = String::from("w\n1\n\nFlatbush Ave\n1\n");
    typed.push_str(&"\n".repeat(fields - 3));
    typed.push_str("q\n");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(typed.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains(&words("es", "ui-note-saved", None)), "{text}");
    // On disk, as the full-screen form would have saved it.
    let store = kyr::notes::store::Store::new(data.path().to_path_buf());
    let notes = store.list();
    assert_eq!(notes.len(), 1, "{text}");
    let kyr::notes::store::Entry::Plain(note) = &notes[0] else {
        panic!("{:?}", notes[0])
    };
    assert_eq!(note.get("place"), "Flatbush Ave");
    assert_eq!(note.get("agency"), "ice");
    assert!(!note.get("when").is_empty());
}
