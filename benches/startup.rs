//! Time to first frame: kyr and a minimal ratatui program (examples/baseline.rs), each
//! started many times in a pseudo-terminal and timed until its first screen shows. The
//! pseudo-terminal answers what a real terminal answers (device attributes, cursor positions,
//! its background colour), so the time includes kyr's questions: the Bengali and Arabic runs
//! include measuring their clusters on the terminal. Last, the guide's peak memory (VmHWM)
//! after its first frame, and after it has gone through all twelve languages.
//! `cargo bench --bench startup`.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used
)]

#[path = "../tests/support/answering.rs"]
mod answering;

use answering::Answering;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const RUNS: usize = 30;

/// A program started in a pseudo-terminal that answers like a terminal.
struct Started {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    screen: Arc<Mutex<vt100::Parser>>,
    keys: Arc<Mutex<Box<dyn Write + Send>>>,
    start: Instant,
}

impl Started {
    fn new(program: &Path, args: &[&str]) -> Started {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env("COLORFGBG", "15;0");
        let start = Instant::now();
        let child = pty.slave.spawn_command(cmd).unwrap();
        // Only the child holds the terminal's end: when it ends, the reader below sees it.
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let keys = Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        let master = pty.master;
        let (s, answer) = (screen.clone(), keys.clone());
        std::thread::spawn(move || {
            let _master = master;
            let terminal = Answering::Cursor(HashMap::new());
            let mut carry = answering::Carry::default();
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let answers = terminal.process(&mut s.lock().unwrap(), &mut carry, &buf[..n]);
                if !answers.is_empty() {
                    let mut w = answer.lock().unwrap();
                    let _ = w.write_all(&answers);
                    let _ = w.flush();
                }
            }
        });
        Started {
            child,
            screen,
            keys,
            start,
        }
    }

    /// Time since start when `marker` first shows.
    fn wait_for(&self, marker: &str) -> Duration {
        let marker = marker.trim();
        loop {
            if self
                .screen
                .lock()
                .unwrap()
                .screen()
                .contents()
                .contains(marker)
            {
                return self.start.elapsed();
            }
            assert!(
                self.start.elapsed() < Duration::from_secs(10),
                "{marker} never showed"
            );
            std::thread::sleep(Duration::from_micros(200));
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for_change(&self, from: &str) {
        let since = Instant::now();
        while self.contents() == from {
            assert!(
                since.elapsed() < Duration::from_secs(10),
                "the screen stayed"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn press(&self, keys: &[u8]) {
        let mut w = self.keys.lock().unwrap();
        w.write_all(keys).unwrap();
        w.flush().unwrap();
    }

    /// The most memory the process has held (VmHWM), in kB.
    fn peak_kb(&self) -> u64 {
        let pid = self.child.process_id().unwrap();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn time_to_screen(program: &Path, args: &[&str], marker: &str) -> Duration {
    Started::new(program, args).wait_for(marker)
}

/// Peak memory after the first frame, and after going through every language from the home
/// screen (`l`, then the language's number) and back to the first.
fn memory(program: &Path) -> (u64, u64) {
    let guide = Started::new(program, &["--lang", "en"]);
    guide.wait_for("What is happening?");
    std::thread::sleep(Duration::from_millis(300));
    let first = guide.peak_kb();
    let languages = kyr::pack::load_trusted(&kyr::pack::Origin::Embedded)
        .unwrap()
        .l10n;
    assert_eq!(languages.len(), 12);
    for i in 1..=languages.len() {
        let next = i % languages.len();
        guide.press(b"l");
        std::thread::sleep(Duration::from_millis(200));
        let picker = guide.contents();
        // A lone first digit waits a moment for a second one (10 to 12).
        guide.press((next + 1).to_string().as_bytes());
        guide.wait_for_change(&picker);
        std::thread::sleep(Duration::from_millis(200));
    }
    // Round the twelve and back to English.
    guide.wait_for("What is happening?");
    (first, guide.peak_kb())
}

fn summary(name: &str, mut times: Vec<Duration>) -> Duration {
    times.sort();
    let median = times[times.len() / 2];
    let p90 = times[times.len() * 9 / 10];
    println!(
        "{name:<10} median {:>6.2} ms   p90 {:>6.2} ms",
        ms(median),
        ms(p90)
    );
    median
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // The baseline is built from this workspace, with the same profile as kyr.
    let status = std::process::Command::new(env!("CARGO"))
        .args(["build", "--release", "--example", "baseline", "--quiet"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success());
    let baseline = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/examples/baseline");
    let kyr = Path::new(env!("CARGO_BIN_EXE_kyr"));
    let program = kyr;
    let b: Vec<_> = (0..RUNS)
        .map(|_| time_to_screen(&baseline, &[], "baseline ready"))
        .collect();
    let k: Vec<_> = (0..RUNS)
        .map(|_| time_to_screen(kyr, &["--lang", "en"], "What is happening?"))
        .collect();
    let bn: Vec<_> = (0..RUNS)
        // The title's ঘটছে as sent: the vowel sign where a reader sees it.
        .map(|_| time_to_screen(kyr, &["--lang", "bn"], "ঘটেছ"))
        .collect();
    // The Arabic title as kyr draws it: joined letter forms, right to left.
    let arabic_title = kyr::ui::text::TerminalProfile::default().place_in("يحدث", 0, true, false);
    let ar: Vec<_> = (0..RUNS)
        .map(|_| time_to_screen(kyr, &["--lang", "ar"], &arabic_title))
        .collect();
    let base = summary("baseline", b);
    let kyr = summary("kyr", k);
    let bn = summary("kyr bn", bn);
    let ar = summary("kyr ar", ar);
    println!("kyr / baseline: {:.2}×", ms(kyr) / ms(base));
    println!("kyr bn / baseline: {:.2}×", ms(bn) / ms(base));
    println!("kyr ar / baseline: {:.2}×", ms(ar) / ms(base));
    let (first, all) = memory(program);
    println!("peak memory: first frame {first} kB, after all twelve languages {all} kB");
}
