//! Time to first frame: kyr and a minimal ratatui program (examples/baseline.rs), each
//! started many times in a pseudo-terminal and timed until its first screen shows. The
//! pseudo-terminal answers what a real terminal answers (device attributes, cursor positions,
//! its background colour), so the time includes kyr's questions: the Bengali and Arabic runs
//! include measuring their clusters on the terminal.
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

fn time_to_screen(program: &Path, args: &[&str], marker: &str) -> Duration {
    let marker = marker.trim();
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
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let s = screen.clone();
    std::thread::spawn(move || {
        let terminal = Answering::Cursor(HashMap::new());
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            let answers = terminal.process(&mut s.lock().unwrap(), &buf[..n]);
            if !answers.is_empty() {
                let _ = writer.write_all(&answers);
                let _ = writer.flush();
            }
        }
    });
    let elapsed = loop {
        if screen.lock().unwrap().screen().contents().contains(marker) {
            break start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{marker} never showed"
        );
        std::thread::sleep(Duration::from_micros(200));
    };
    let _ = child.kill();
    let _ = child.wait();
    elapsed
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
}
