//! The real binary in a pseudo-terminal: keys and clicks go in as bytes, the screen is read
//! back through a terminal emulator, as a person would see it.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

use kyr::pack::{self, Origin};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::collections::HashMap;

#[path = "support/answering.rs"]
mod answering;
use answering::Answering;
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The date the home screen shows: the embedded pack's last review.
fn reviewed() -> String {
    match pack::load_trusted(&Origin::Embedded) {
        Ok(loaded) => loaded.pack.last_reviewed.into(),
        Err(problems) => panic!("{problems:?}"),
    }
}

struct Session {
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
}

impl Session {
    fn start(args: &[&str], lang: &str) -> Session {
        Session::start_command(CommandBuilder::new(env!("CARGO_BIN_EXE_kyr")), args, lang)
    }

    fn start_command(cmd: CommandBuilder, args: &[&str], lang: &str) -> Session {
        Session::start_on(Answering::Cursor(HashMap::new()), cmd, args, lang)
    }

    fn start_on(
        answering: Answering,
        mut cmd: CommandBuilder,
        args: &[&str],
        lang: &str,
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        cmd.args(args);
        cmd.env("LANG", lang);
        cmd.env("TERM", "xterm-256color");
        cmd.env("KYR_TODAY", "2027-01-01");
        // vt100 does not answer a query for the background colour; this says it is dark.
        if cmd.get_env("COLORFGBG").is_none() {
            cmd.env("COLORFGBG", "15;0");
        }
        cmd.env_remove("LANGUAGE");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        let child = pty.slave.spawn_command(cmd).expect("kyr starts");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        let (s, r, w) = (screen.clone(), raw.clone(), writer.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            let mut carry = answering::Carry::default();
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let answers = answering.process(&mut s.lock().unwrap(), &mut carry, &buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                if !answers.is_empty() {
                    let mut w = w.lock().unwrap();
                    let _ = w.write_all(&answers);
                    let _ = w.flush();
                }
            }
        });
        Session {
            writer,
            screen,
            raw,
            child,
            master: Some(pty.master),
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `needle`; fails with the screen if it never does.
    fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = self.text();
            if text.contains(needle) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "never saw {needle:?} on:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn press(&mut self, keys: &str) {
        let mut writer = self.writer.lock().unwrap();
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    /// A left click at a zero-based cell, as an SGR mouse report.
    fn click(&mut self, column: u16, row: u16) {
        let (x, y) = (column + 1, row + 1);
        self.press(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    }

    /// Where `needle` is on the screen (column, row).
    fn find(&self, needle: &str) -> (u16, u16) {
        let text = self.text();
        for (row, line) in text.lines().enumerate() {
            if let Some(byte) = line.find(needle) {
                let column = unicode_width::UnicodeWidthStr::width(&line[..byte]);
                return (column as u16, row as u16);
            }
        }
        panic!("{needle:?} not on screen:\n{text}");
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
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .as_ref()
            .unwrap()
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Waits until the bytes the program wrote contain `needle` (the reader thread may still
    /// be draining the pty after the program exited).
    fn wait_raw(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.raw().contains(needle) {
            assert!(Instant::now() < deadline, "never wrote {needle:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn raw(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The words a screen should show, read from the same Fluent files the binary embeds.
fn words(lang: &str, id: &str, attr: Option<&str>) -> String {
    let mut loaded = pack::load(&Origin::Embedded).unwrap();
    let index = loaded.l10n.tags().iter().position(|t| t == lang).unwrap();
    loaded.l10n.set_current(index);
    match attr {
        Some(a) => loaded.l10n.text(id, Some(a)),
        None => loaded.l10n.ui(id),
    }
}

#[test]
fn spanish_walk_from_the_door_to_a_verdict_then_english_back_and_quit() {
    let es = |id: &str, attr: &str| words("es", id, Some(attr));
    let mut s = Session::start(&[], "en_US.UTF-8");
    s.wait_for("Choose your language");
    s.press("2"); // Español
    let home = s.wait_for(&words("es", "ui-home-title", None));
    assert!(home.contains("Esto no es asesoría legal"), "{home}");
    assert!(home.contains(&reviewed()), "{home}");

    s.press("1");
    s.wait_for(&es("at-home--door", "title"));
    s.press("1");
    s.wait_for(&es("at-home--ask-warrant", "title"));
    s.press("1"); // check the paper: into the warrant checker
    s.wait_for(&es("warrant--look", "title"));
    s.press("2"); // it names a court
    s.wait_for("Pregunta 1 de 4");
    s.press("1");
    s.wait_for("Pregunta 2 de 4");
    s.press("2"); // no: not signed by a judge
    let verdict = s.wait_for(&es("warrant--not-judicial", "title"));
    assert!(verdict.contains("Sus respuestas"), "{verdict}");

    s.press("l"); // change language in place
    s.wait_for(&words("es", "ui-picker-title", None));
    s.press("1"); // English
    s.wait_for(&words("en", "warrant--not-judicial", Some("title")));

    s.press("\x1b"); // back: the question that failed, now in English
    s.wait_for("Question 2 of 4");

    s.press("q");
    assert!(s.wait_exit().success());
    // The terminal is left as it was found: alternate screen left, mouse off, cursor shown.
    for seq in ["\x1b[?1049l", "\x1b[?1000l", "\x1b[?25h"] {
        s.wait_raw(seq);
    }
}

#[test]
fn a_click_picks_a_choice_in_arabic() {
    let mut s = Session::start(&["--lang", "ar"], "C.UTF-8");
    s.wait_for(&reviewed());
    s.press("1");
    let door = words("ar", "at-home--door", Some("title"));
    s.wait_for(&kyr::ui::text::visual(&kyr::ui::text::shape(&door), true));
    // The door's own fourth button, drawn: until then the home screen's "4" may still be on
    // screen under the new title.
    let fourth = words("ar", "at-home--door", Some("choice-forced"));
    s.wait_for(&kyr::ui::text::visual(&kyr::ui::text::shape(&fourth), true));
    // Buttons are mirrored: each number is drawn at the right edge of its button.
    let (column, row) = s.find("4 │");
    s.click(column, row);
    let forced = words("ar", "at-home--forced", Some("title"));
    let visual = kyr::ui::text::visual(&kyr::ui::text::shape(&forced), true).into_owned();
    s.wait_for(&visual);
}

#[test]
fn help_opens_and_closes_in_the_current_language() {
    let mut s = Session::start(&["--lang", "es"], "C.UTF-8");
    s.wait_for(&reviewed());
    s.press("?");
    s.wait_for(&words("es", "ui-help-title", None));
    s.press("x");
    s.press("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_small_window_says_so_in_the_current_language() {
    let mut s = Session::start(&["--lang", "es"], "C.UTF-8");
    s.wait_for(&reviewed());
    s.resize(40, 12);
    s.wait_for("Necesita 60 × 20");
    s.resize(80, 24);
    s.wait_for(&reviewed());
    s.press("q");
    assert!(s.wait_exit().success());
}

#[test]
fn bidi_switch_chooses_who_reorders() {
    let door = words("ar", "at-home--door", Some("title"));
    // kyr reorders, and asks VTE-like terminals not to (BDSM reset).
    let mut s = Session::start(&["--lang", "ar"], "C.UTF-8");
    s.press("1");
    s.wait_for(&kyr::ui::text::visual(&kyr::ui::text::shape(&door), true));
    s.wait_raw("\x1b[8l");
    s.press("q");
    assert!(s.wait_exit().success());
    // The terminal reorders: kyr sends logical order and the implicit mode.
    let mut s = Session::start(&["--lang", "ar", "--bidi", "terminal"], "C.UTF-8");
    s.press("1");
    s.wait_for(&door);
    s.wait_raw("\x1b[8h");
    s.press("q");
    assert!(s.wait_exit().success());
}

#[test]
fn kiosk_survives_exit_keys_then_forgets_an_idle_visitor() {
    let mut s = Session::start(
        &["--kiosk", "--idle-timeout", "2", "--lang", "es"],
        "C.UTF-8",
    );
    // Even with a language given, a kiosk greets each visitor with the picker.
    s.wait_for("Choose your language");
    s.press("2"); // Español
    s.wait_for("¿Qué está pasando?");
    s.press("1");
    s.wait_for(&words("es", "at-home--door", Some("title")));
    // q, Ctrl-C, Ctrl-D, Ctrl-Z, Ctrl-\ and an Alt combination: none of them leaves.
    for keys in ["q", "\x03", "\x04", "\x1a", "\x1c", "\x1bx"] {
        s.press(keys);
        std::thread::sleep(Duration::from_millis(100));
        assert!(
            s.child.try_wait().unwrap().is_none(),
            "{keys:?} ended the kiosk"
        );
    }
    s.wait_for(&words("es", "at-home--door", Some("title")));
    // Idle: "Still there?", then everything is gone, scrollback included.
    s.wait_for("¿Sigue ahí?");
    s.wait_for("Choose your language");
    s.wait_raw("\x1b[3J"); // scrollback cleared
    // The supervisor stops it with SIGTERM: a clean exit, terminal restored.
    let pid = s.child.process_id().unwrap();
    let _ = std::process::Command::new("kill")
        .arg("-TERM")
        .arg(pid.to_string())
        .status();
    s.wait_exit();
    s.wait_raw("\x1b[?1049l");
}

#[test]
fn kiosk_operator_exit() {
    let mut s = Session::start(&["--kiosk"], "C.UTF-8");
    s.wait_for("Choose your language");
    s.press("\x18\x18\x11"); // Ctrl-X Ctrl-X Ctrl-Q
    assert!(s.wait_exit().success());
}

/// Starts kyr through `sh -c`, for settings only a shell gives (file size limits).
fn start_in_shell(script: &str) -> Session {
    Session::start_command(CommandBuilder::new("sh"), &["-c", script], "C.UTF-8")
}

#[test]
fn notes_survive_kill_minus_nine_mid_typing() {
    use std::os::unix::fs::PermissionsExt;
    for round in 0..6u64 {
        let data = tempfile::tempdir().unwrap();
        let dir = data.path().join("kyr");
        let mut s = Session::start(
            &["--lang", "es", "--data-dir", dir.to_str().unwrap()],
            "C.UTF-8",
        );
        s.wait_for(&reviewed());
        s.press("w");
        s.wait_for(&words("es", "ui-notes-title", None));
        s.press("1");
        s.wait_for(&words("es", "ui-note-title", None));
        s.press("\t"); // the place
        let saved = format!("Esquina {round} de Flatbush ");
        s.press(&saved);
        s.wait_for(&words("es", "ui-note-saved", None));
        // More typing, then the power goes, a little later each round.
        s.press("y Church, frente a la escuela");
        std::thread::sleep(Duration::from_millis(round * 150));
        let pid = s.child.process_id().unwrap();
        let _ = std::process::Command::new("kill")
            .arg("-KILL")
            .arg(pid.to_string())
            .status();
        s.wait_exit();

        let notes: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
            .collect();
        assert_eq!(notes.len(), 1, "round {round}");
        let path = notes[0].path();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let id = path.file_stem().unwrap().to_str().unwrap();
        let note = kyr::notes::Note::from_toml(id, &text).expect("the file parses");
        assert!(
            note.get("place").starts_with(saved.trim_end()),
            "round {round}: {:?}",
            note.get("place")
        );
    }
}

#[test]
fn a_kiosk_writes_no_notes() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("kyr");
    let mut s = Session::start(&["--kiosk", "--data-dir", dir.to_str().unwrap()], "C.UTF-8");
    s.wait_for("Choose your language");
    s.press("1"); // English
    s.wait_for("What is happening?");
    s.press("w");
    s.press("9"); // recording what happens
    s.wait_for(&words("en", "recording--rights", Some("title")));
    s.press("\x18\x18\x11");
    assert!(s.wait_exit().success());
    assert!(!dir.exists(), "kiosk mode created {}", dir.display());
}

#[test]
fn a_full_disk_keeps_the_words_on_screen_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("kyr");
    // No file may grow past 0 blocks: every save fails as on a full disk.
    let script = format!(
        "trap '' XFSZ; ulimit -f 0; exec {} --lang es --data-dir {}",
        env!("CARGO_BIN_EXE_kyr"),
        dir.display()
    );
    let mut s = start_in_shell(&script);
    s.wait_for(&reviewed());
    s.press("w");
    s.wait_for(&words("es", "ui-notes-title", None));
    s.press("1");
    s.wait_for(&words("es", "ui-note-title", None));
    s.press("\tCalle 42");
    s.wait_for("No se pudo guardar");
    s.wait_for("Calle 42");
    // It keeps trying, and the words stay.
    std::thread::sleep(Duration::from_millis(1600));
    s.wait_for("Calle 42");
    s.press("\x1b\x1bq");
}

#[test]
fn nothing_a_pack_says_reaches_the_terminal_as_a_control_sequence() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        for rel in [
            "manifest.toml",
            "sources.toml",
            "contacts.toml",
            "scenarios/door.toml",
            "locales/en/pack.ftl",
            "locales/en/door.ftl",
        ] {
            let target = to.join(rel);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(from.join(rel), target).unwrap();
        }
    };
    copy(&fixture, &pack);
    let words = pack.join("locales/en/door.ftl");
    let text = std::fs::read_to_string(&words)
        .unwrap()
        .replace(
            "Someone knocks",
            "\u{1b}]52;c;cm0gLXJmIH4K\u{7}Someone\u{1b}[2J knocks",
        )
        .replace(
            "Talk to them",
            "\u{1b}]0;PWNED\u{7}Talk\u{202e} to\u{9b}31m them",
        )
        .replace("A knock at the door", "A knock\u{7} at the door");
    std::fs::write(&words, text).unwrap();
    let mut s = Session::start(
        &["--content", pack.to_str().unwrap(), "--lang", "en"],
        "C.UTF-8",
    );
    s.wait_for("A knock");
    s.press("1");
    s.wait_for("knocks");
    s.press("1");
    s.press("q");
    s.wait_exit();
    s.wait_raw("\x1b[?1049l");
    let raw = s.raw();
    for injected in ["\x1b]52", "\x1b]0;PWNED", "\u{202e}", "\u{9b}", "\x07"] {
        assert!(!raw.contains(injected), "{injected:?} reached the terminal");
    }
}

#[test]
fn sighup_ends_the_guide_with_the_terminal_put_back() {
    // SIGHUP is what a closed terminal window sends: exit, with the terminal put back.
    let mut s = Session::start(&["--lang", "en"], "C.UTF-8");
    s.wait_for("What is happening?");
    let pid = s.child.process_id().unwrap();
    let _ = std::process::Command::new("kill")
        .arg("-HUP")
        .arg(pid.to_string())
        .status();
    s.wait_exit();
    s.wait_raw("\x1b[?1049l");
    s.wait_raw("\x1b[?25h");
}

#[test]
fn a_panic_puts_the_terminal_back_and_a_kiosk_survives_it() {
    // Normal mode: the panic ends kyr, and the terminal is left as it was found.
    let mut s = Session::start_command(
        {
            let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kyr"));
            cmd.env("KYR_TEST_PANIC_ON", "door");
            cmd
        },
        &["--lang", "en"],
        "C.UTF-8",
    );
    s.wait_for("What is happening?");
    s.press("1"); // the door step: injected panic while drawing
    let status = s.wait_exit();
    assert!(!status.success());
    for seq in ["\x1b[?1049l", "\x1b[?1000l", "\x1b[?25h"] {
        s.wait_raw(seq);
    }

    // Kiosk: the visitor lands on home and can go on.
    let mut s = Session::start_command(
        {
            let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kyr"));
            cmd.env("KYR_TEST_PANIC_ON", "door");
            cmd
        },
        &["--kiosk"],
        "C.UTF-8",
    );
    s.wait_for("Choose your language");
    s.press("1");
    s.wait_for("What is happening?");
    s.press("1"); // panics while drawing the door step
    // Twelve situations: a lone 1 waits a moment for a second digit before it counts.
    std::thread::sleep(Duration::from_millis(1000));
    std::thread::sleep(Duration::from_millis(300));
    s.wait_for("What is happening?");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the kiosk is still running"
    );
    s.press("2"); // and works: the warrant checker
    s.wait_for(&words("en", "warrant--look", Some("title")));
    // The report is the operator's, not the visitor's: nothing of it reached the screen.
    let raw = s.raw();
    assert!(!raw.contains("panic") && !raw.contains(".rs:"), "{raw}");
    s.press("\x18\x18\x11");
    assert!(s.wait_exit().success());
}

#[test]
fn a_closed_terminal_ends_the_guide() {
    // Our pty library keeps a reader open, so the terminal cannot really go away here;
    // Python's pty module can close every end of it.
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/closed_pty.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_kyr"))
        .output()
        .expect("python3 runs the closed-terminal check");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_kiosk_ignores_job_control_stops_and_sigquit_puts_the_terminal_back() {
    let mut s = Session::start(&["--kiosk"], "C.UTF-8");
    s.wait_for("Choose your language");
    let pid = s.child.process_id().unwrap();
    let state = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| stat.rsplit(')').next().map(|r| r.trim().chars().next()))
            .flatten()
    };
    for signal in ["-TSTP", "-TTIN", "-TTOU"] {
        let _ = std::process::Command::new("kill")
            .args([signal, &pid.to_string()])
            .status();
        std::thread::sleep(Duration::from_millis(200));
        assert_ne!(state(), Some('T'), "{signal} stopped the kiosk");
        assert!(
            s.child.try_wait().unwrap().is_none(),
            "{signal} ended the kiosk"
        );
    }
    s.press("2");
    s.wait_for("¿Qué está pasando?");
    let _ = std::process::Command::new("kill")
        .args(["-QUIT", &pid.to_string()])
        .status();
    s.wait_exit();
    s.wait_raw("\x1b[?1049l");
    s.wait_raw("\x1b[?25h");
}

#[test]
fn a_kiosk_whose_pack_cannot_be_used_stays_up_calmly_and_logs_why() {
    // The Fluent limit that used to panic, and a pack with no manifest at all.
    let broken = tempfile::tempdir().unwrap();
    let minimal = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    for entry in ["manifest.toml", "sources.toml", "contacts.toml"] {
        std::fs::copy(minimal.join(entry), broken.path().join(entry)).unwrap();
    }
    std::fs::create_dir_all(broken.path().join("scenarios")).unwrap();
    std::fs::copy(
        minimal.join("scenarios/door.toml"),
        broken.path().join("scenarios/door.toml"),
    )
    .unwrap();
    std::fs::create_dir_all(broken.path().join("locales/en")).unwrap();
    std::fs::copy(
        minimal.join("locales/en/pack.ftl"),
        broken.path().join("locales/en/pack.ftl"),
    )
    .unwrap();
    let door = std::fs::read_to_string(minimal.join("locales/en/door.ftl")).unwrap();
    let many = "{\"b\"}".repeat(101);
    let door = door.replacen(
        "    .title = Say this",
        &format!("    .title = {{ \"a\" ->\n        *[a] {many}\n    }}"),
        1,
    );
    std::fs::write(broken.path().join("locales/en/door.ftl"), door).unwrap();
    let log = tempfile::tempdir().unwrap();
    let log_file = log.path().join("kyr.log");

    let mut s = Session::start_command(
        {
            let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kyr"));
            cmd.env("KYR_LOG", &log_file);
            cmd
        },
        &["--kiosk", "--content", broken.path().to_str().unwrap()],
        "C.UTF-8",
    );
    s.wait_for("This guide cannot start right now");
    std::thread::sleep(Duration::from_millis(1000));
    assert!(s.child.try_wait().unwrap().is_none(), "the kiosk ended");
    for keys in ["q", "\x03", "\x1b"] {
        s.press(keys);
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "a visitor's key ended it"
    );
    let raw = s.raw();
    for secret in ["panicked", ".rs:", "cargo", "door.ftl"] {
        assert!(
            !raw.contains(secret),
            "{secret:?} reached the screen:\n{raw}"
        );
    }
    let logged = std::fs::read_to_string(&log_file).unwrap();
    assert!(
        logged.contains("door.ftl:8: door--say.title cannot be shown"),
        "{logged}"
    );
    s.press("\x18\x18\x11");
    assert!(s.wait_exit().success());
}

/// The colour of the first cell of `needle` on screen.
fn colour_of(s: &Session, needle: &str) -> vt100::Color {
    let (column, row) = s.find(needle);
    let screen = s.screen.lock().unwrap();
    screen
        .screen()
        .cell(row, column)
        .map(|c| c.fgcolor())
        .unwrap()
}

#[test]
fn a_light_background_gets_the_light_palette_unless_a_theme_is_asked_for() {
    let light_terminal = || {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kyr"));
        cmd.env("COLORFGBG", "0;15");
        cmd
    };
    // The terminal says its background is light: titles in dark blue (#005faf), not cyan.
    let mut s = Session::start_command(light_terminal(), &["--lang", "en"], "C.UTF-8");
    s.wait_for("What is happening?");
    assert_eq!(colour_of(&s, "What is happening?"), vt100::Color::Idx(25));
    s.press("q");
    assert!(s.wait_exit().success());
    // --theme dark overrides what the terminal says.
    let mut s = Session::start_command(
        light_terminal(),
        &["--lang", "en", "--theme", "dark"],
        "C.UTF-8",
    );
    s.wait_for("What is happening?");
    assert_ne!(colour_of(&s, "What is happening?"), vt100::Color::Idx(25));
    s.press("q");
    assert!(s.wait_exit().success());
}

/// The clusters kyr asks a terminal about for a language: those whose width terminals
/// disagree on, in its files.
fn uncertain_clusters(lang: &str) -> std::collections::BTreeSet<String> {
    let loaded = pack::load(&Origin::Embedded).unwrap();
    let index = loaded.l10n.tags().iter().position(|t| t == lang).unwrap();
    loaded.l10n.clusters(index, kyr::probe::uncertain)
}

fn name_clusters() -> std::collections::BTreeSet<String> {
    use unicode_segmentation::UnicodeSegmentation;
    let loaded = pack::load(&Origin::Embedded).unwrap();
    (0..loaded.l10n.len())
        .flat_map(|i| {
            let name = loaded.l10n.language_name(i);
            name.graphemes(true)
                .filter(|g| kyr::probe::uncertain(g))
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_terminal_is_asked_how_wide_it_draws_bengali_once_and_its_answer_is_used() {
    let queries = |s: &Session| s.raw().matches("\x1b[6n").count();
    // This terminal draws ঘ two columns wide.
    let widths = HashMap::from([("ঘ".to_string(), 2)]);
    let mut s = Session::start_on(
        Answering::Cursor(widths),
        CommandBuilder::new(env!("CARGO_BIN_EXE_kyr")),
        &[],
        "en_US.UTF-8",
    );
    s.wait_for("Choose your language");
    // The picker shows every language's name in its own script: those are measured first,
    // once the picker is up.
    let deadline = Instant::now() + Duration::from_secs(10);
    while queries(&s) < name_clusters().len() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(queries(&s), name_clusters().len());
    // Highlighting a language shows its notice in its own words: its words are measured then,
    // each language in one go. On the way to Bengali the highlight passes Spanish, Chinese
    // and Russian.
    s.press("\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C");
    let mut all = name_clusters();
    for lang in ["es", "zh-Hans", "zh-Hant", "ru", "bn"] {
        all.extend(uncertain_clusters(lang));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while queries(&s) < all.len() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(queries(&s), all.len());
    s.press("\r");
    // ঘ takes the two columns the terminal gives it; what follows is not drawn over it.
    // (ছে is sent as েছ: the vowel sign where a reader sees it.)
    let home = s.wait_for("ঘ টেছ?");
    assert!(home.contains("কী"), "{home}");
    // The language list, moving over languages measured already: nothing is asked twice.
    s.press("l\x1b[A\x1b[A");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(queries(&s), all.len(), "{}", s.text());
    s.press("q");
}

#[test]
fn a_terminal_that_answers_nothing_still_gets_the_guide_and_every_key() {
    let start = Instant::now();
    let mut s = Session::start_on(
        Answering::Silent,
        CommandBuilder::new(env!("CARGO_BIN_EXE_kyr")),
        &[],
        "en_US.UTF-8",
    );
    // Typed before kyr asked anything: the keys are the person's, not the terminal's answer.
    s.press("6");
    s.wait_for("কী ঘটেছ?");
    assert!(start.elapsed() < Duration::from_secs(3));
    // Asked once, given up on: no more questions when other languages are shown.
    s.press("l\x1b[B\x1b[B\x1b[B");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(s.raw().matches("\x1b[c").count(), 1, "asked again");
    s.press("q");
}
