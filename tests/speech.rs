//! Reading aloud with espeak-ng: `kyr audio` writes speech in every language, `a` in the guide
//! starts a child that never outlives kyr (however kyr ends), and a kiosk that speaks writes
//! nothing. Tests that need espeak-ng skip without it (see support/tools.rs).
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

#[path = "support/answering.rs"]
mod answering;
mod common;
#[path = "support/tools.rs"]
mod tools;

use answering::Answering;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::collections::{BTreeSet, HashMap};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const LANGS: [&str; 12] = [
    "en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
];

/// Seconds of sound in a WAV file, and its loudness (root mean square, of full scale 1.0).
fn measure(path: &Path) -> (f64, f64) {
    let mut reader = hound::WavReader::open(path).expect("a WAV file");
    let spec = reader.spec();
    assert_eq!(spec.sample_format, hound::SampleFormat::Int);
    let full = f64::from(1u32 << (spec.bits_per_sample - 1));
    let samples: Vec<i32> = reader.samples::<i32>().map(Result::unwrap).collect();
    let frames = samples.len() as f64 / f64::from(spec.channels);
    let seconds = frames / f64::from(spec.sample_rate);
    let sum: f64 = samples.iter().map(|&s| (f64::from(s) / full).powi(2)).sum();
    let rms = (sum / samples.len().max(1) as f64).sqrt();
    (seconds, rms)
}

fn audio(scenario: &str, lang: &str, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["audio", scenario, "--lang", lang, "-o"])
        .arg(out)
        .env("KYR_TODAY", "2027-01-01")
        .status()
        .expect("kyr runs");
    assert!(
        status.success(),
        "kyr audio {scenario} --lang {lang}: {status}"
    );
}

#[test]
fn audio_speaks_every_language_and_a_longer_situation_takes_longer() {
    if !tools::available(
        "audio_speaks_every_language_and_a_longer_situation_takes_longer",
        &["espeak-ng"],
        "espeak-ng",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // city-lot is the shortest situation, at-home one of the longest.
    let runs: Vec<_> = LANGS
        .iter()
        .map(|&lang| {
            let dir = dir.path().to_path_buf();
            std::thread::spawn(move || {
                let long = dir.join(format!("at-home-{lang}.wav"));
                let short = dir.join(format!("city-lot-{lang}.wav"));
                audio("at-home", lang, &long);
                audio("city-lot", lang, &short);
                (lang, measure(&long), measure(&short))
            })
        })
        .collect();
    for run in runs {
        let (lang, (long, loud), (short, short_loud)) = run.join().unwrap();
        eprintln!("{lang}: at-home {long:.1} s (rms {loud:.3}), city-lot {short:.1} s");
        assert!(long > 30.0, "{lang}: at-home is {long:.1} s");
        assert!(
            long > short * 1.2,
            "{lang}: {long:.1} s against {short:.1} s"
        );
        assert!(
            loud > 0.01 && short_loud > 0.01,
            "{lang}: silence ({loud}, {short_loud})"
        );
    }
}

#[test]
fn audio_without_espeak_ng_says_what_to_install_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.wav");
    let result = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["audio", "at-home", "--lang", "es", "-o"])
        .arg(&out)
        // Nowhere to find espeak-ng.
        .env("PATH", dir.path())
        .output()
        .expect("kyr runs");
    assert_eq!(result.status.code(), Some(1));
    let said = String::from_utf8_lossy(&result.stderr);
    assert!(said.contains("hace falta el programa espeak-ng"), "{said}");
    assert!(said.contains("sudo apt install espeak-ng"), "{said}");
    assert!(!out.exists(), "an empty file was left behind");
}

/// kyr in a pseudo-terminal, as in e2e.rs, started by a shell that stays a minute after it:
/// kyr is not the session leader, so when it dies the kernel hangs up on nobody, and only kyr
/// itself can see to it that espeak-ng ends too.
struct Session {
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    screen: Arc<Mutex<vt100::Parser>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        // A PATH without espeak-ng may be without sleep too: the shell's default PATH finds it.
        let mut cmd = CommandBuilder::new("/bin/sh");
        cmd.args([
            "-c",
            "\"$0\" \"$@\"; command -p sleep 60",
            env!("CARGO_BIN_EXE_kyr"),
        ]);
        cmd.args(args);
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env("TERM", "xterm-256color");
        cmd.env("KYR_TODAY", "2027-01-01");
        cmd.env("COLORFGBG", "15;0");
        for var in [
            "LANGUAGE",
            "LC_ALL",
            "LC_MESSAGES",
            "XDG_RUNTIME_DIR",
            "PULSE_SERVER",
        ] {
            cmd.env_remove(var);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        let (s, w) = (screen.clone(), writer.clone());
        std::thread::spawn(move || {
            let answering = Answering::Cursor(HashMap::new());
            let mut buf = [0u8; 4096];
            let mut carry = answering::Carry::default();
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let answers = answering.process(&mut s.lock().unwrap(), &mut carry, &buf[..n]);
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
            child,
            _master: pty.master,
        }
    }

    /// kyr's process: the shell's child.
    fn pid(&self) -> i32 {
        let shell = self.child.process_id().unwrap() as i32;
        let mut kyr = Vec::new();
        wait_until("kyr to start", || {
            kyr = children(shell, "kyr");
            !kyr.is_empty()
        });
        kyr[0]
    }

    fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = self.screen.lock().unwrap().screen().contents();
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

    /// Waits until kyr has ended (the shell goes on).
    fn wait_exit(&mut self, kyr: i32) {
        wait_until("kyr to end", || !running(kyr));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The espeak-ng processes whose parent is `parent`.
fn espeak_children(parent: i32) -> Vec<i32> {
    children(parent, "espeak-ng")
}

/// The processes named `name` whose parent is `parent`.
fn children(parent: i32, name: &str) -> Vec<i32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // pid (comm) state ppid ...
        let Some((head, tail)) = stat.rsplit_once(')') else {
            continue;
        };
        let ppid = tail.split_whitespace().nth(1).and_then(|p| p.parse().ok());
        if head.ends_with(&format!("({name}")) && ppid == Some(parent) {
            found.push(pid);
        }
    }
    found
}

/// Whether a process still runs (a zombie nobody reaped does not count: it runs nothing).
fn running(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        let state = stat
            .rsplit_once(')')
            .and_then(|(_, t)| t.split_whitespace().next());
        state != Some("Z")
    })
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "waited in vain: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A home folder whose sound card never takes the sound: ALSA writes to a named pipe nobody
/// reads, so espeak-ng stays mid-speech until it is stopped.
fn speechless_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let fifo = home.path().join("sound");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string; mkfifo only creates the pipe.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let asoundrc = format!(
        "pcm.!default {{ type file; slave.pcm \"null\"; file \"{}\"; format \"raw\" }}\n",
        fifo.display()
    );
    std::fs::write(home.path().join(".asoundrc"), asoundrc).unwrap();
    home
}

/// Starts kyr in `home`, opens the first situation's first step, presses `a`, and returns the
/// session with the espeak-ng child it started.
fn speaking(home: &Path, args: &[&str]) -> (Session, i32) {
    let home_s = home.to_str().unwrap();
    let mut s = Session::start(args, &[("HOME", home_s), ("XDG_DATA_HOME", home_s)]);
    s.wait_for("Someone is at my door");
    s.press("1");
    s.wait_for("Do not open the door");
    s.press("a");
    let kyr = s.pid();
    let mut child = Vec::new();
    wait_until("espeak-ng to start", || {
        child = espeak_children(kyr);
        !child.is_empty()
    });
    assert_eq!(child.len(), 1, "one voice at a time");
    (s, child[0])
}

fn killed_mid_speech(signal: i32) {
    let home = speechless_home();
    let (mut s, child) = speaking(home.path(), &["--lang", "en"]);
    assert!(running(child));
    let kyr = s.pid();
    // SAFETY: a signal to the kyr this test started.
    assert_eq!(unsafe { libc::kill(kyr, signal) }, 0);
    s.wait_exit(kyr);
    wait_until("espeak-ng to end with kyr", || !running(child));
}

#[test]
fn sigterm_mid_speech_leaves_no_espeak_ng() {
    if !tools::available(
        "sigterm_mid_speech_leaves_no_espeak_ng",
        &["espeak-ng"],
        "espeak-ng",
    ) {
        return;
    }
    killed_mid_speech(libc::SIGTERM);
}

#[test]
fn sigkill_mid_speech_leaves_no_espeak_ng() {
    if !tools::available(
        "sigkill_mid_speech_leaves_no_espeak_ng",
        &["espeak-ng"],
        "espeak-ng",
    ) {
        return;
    }
    killed_mid_speech(libc::SIGKILL);
}

#[test]
fn any_key_stops_speech_and_pressing_a_again_stops_it_too() {
    if !tools::available(
        "any_key_stops_speech_and_pressing_a_again_stops_it_too",
        &["espeak-ng"],
        "espeak-ng",
    ) {
        return;
    }
    let home = speechless_home();
    let (mut s, child) = speaking(home.path(), &["--lang", "en"]);
    s.wait_for("Reading aloud. Press any key to stop.");
    // Moving on stops it, and moves on.
    s.press("1");
    s.wait_for("Ask to see the warrant");
    wait_until("espeak-ng to stop", || !running(child));
    assert!(espeak_children(s.pid()).is_empty());
    s.press("a");
    wait_until("espeak-ng again", || !espeak_children(s.pid()).is_empty());
    s.press("a");
    wait_until("a to stop it", || espeak_children(s.pid()).is_empty());
    // Quitting mid-speech leaves nothing behind.
    s.press("a");
    let kyr = s.pid();
    let mut child = Vec::new();
    wait_until("espeak-ng again", || {
        child = espeak_children(kyr);
        !child.is_empty()
    });
    s.press("q");
    s.wait_exit(kyr);
    wait_until("espeak-ng to end on quit", || !running(child[0]));
}

/// Every path under `dir`, with the size of each file.
fn listing(dir: &Path) -> BTreeSet<(PathBuf, u64)> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path.clone());
            }
            out.insert((path, if meta.is_file() { meta.len() } else { 0 }));
        }
    }
    out
}

fn tmp_pulse() -> BTreeSet<PathBuf> {
    std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("pulse-"))
        })
        .collect()
}

#[test]
fn a_kiosk_that_reads_aloud_writes_no_file() {
    if !tools::available(
        "a_kiosk_that_reads_aloud_writes_no_file",
        &["espeak-ng"],
        "espeak-ng",
    ) {
        return;
    }
    let home = speechless_home();
    let before = listing(home.path());
    let pulse_before = tmp_pulse();
    let home_s = home.path().to_str().unwrap();
    let mut s = Session::start(&["--kiosk"], &[("HOME", home_s), ("XDG_DATA_HOME", home_s)]);
    s.wait_for("Choose your language");
    s.press("\r");
    s.wait_for("Someone is at my door");
    s.press("1");
    s.wait_for("Do not open the door");
    s.press("a");
    let kyr = s.pid();
    let mut child = Vec::new();
    wait_until("espeak-ng to start", || {
        child = espeak_children(kyr);
        !child.is_empty()
    });
    // espeak-ng has looked for a sound server and opened the sound card by now.
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        listing(home.path()),
        before,
        "the kiosk wrote in the home folder"
    );
    let new: Vec<_> = tmp_pulse().difference(&pulse_before).cloned().collect();
    assert!(new.is_empty(), "a folder in /tmp: {new:?}");
    // The operator's exit stops it too.
    s.press("\x18\x18\x11");
    s.wait_exit(kyr);
    wait_until("espeak-ng to end", || !running(child[0]));
    assert_eq!(listing(home.path()), before);
}

#[test]
fn pressing_a_without_espeak_ng_says_what_to_install() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let mut s = Session::start(&["--lang", "es"], &[("PATH", path)]);
    s.wait_for("Alguien toca a mi puerta");
    s.press("a");
    s.wait_for("hace falta el programa espeak-ng");
    // And the guide goes on.
    s.press("1");
    s.wait_for("No abra la puerta");
}

/// What the guide asked the edge to say last, and in which voice.
fn last_speech(m: &kyr::app::Model) -> Option<(String, String)> {
    m.effects.iter().rev().find_map(|e| match e {
        kyr::app::Effect::Speak { text, voice } => Some((text.clone(), voice.clone())),
        _ => None,
    })
}

fn hushed(m: &kyr::app::Model) -> bool {
    matches!(m.effects.last(), Some(kyr::app::Effect::Hush))
}

#[test]
fn a_reads_title_body_and_numbered_choices_in_the_pack_s_voice() {
    use common::{guide, keys};
    let mut m = guide("es");
    keys(&mut m, "\n1"); // Español, at the door
    m.effects.clear();
    keys(&mut m, "a");
    let (text, voice) = last_speech(&m).expect("asked to speak");
    assert_eq!(voice, "es-419");
    let title = text.find("No abra la puerta").expect(&text);
    let body = text.find("Conserve la calma").expect(&text);
    let first = text.find("1: Dicen que tienen una orden").expect(&text);
    assert!(title < body && body < first, "{text}");
    assert!(text.contains("6: "), "{text}");
    // No sources, no markup from the pack.
    assert!(!text.contains("http"), "{text}");
    assert!(m.speaking.is_some());
    // Any other key stops it, and does what it does.
    m.effects.clear();
    keys(&mut m, "1");
    assert!(m.speaking.is_none());
    assert!(
        m.effects.contains(&kyr::app::Effect::Hush),
        "{:?}",
        m.effects
    );
}

#[test]
fn chinese_traditional_offers_cantonese_then_mandarin_then_stops() {
    use common::{draw, guide, keys};
    let mut m = guide("zh-Hant");
    keys(&mut m, "\n1");
    keys(&mut m, "a");
    assert_eq!(last_speech(&m).unwrap().1, "yue");
    assert!(draw(&mut m, 80, 24).contains("按 a 改用普通話"));
    m.effects.clear();
    keys(&mut m, "a");
    assert_eq!(last_speech(&m).unwrap().1, "cmn");
    m.effects.clear();
    keys(&mut m, "a");
    assert!(m.speaking.is_none() && hushed(&m), "{:?}", m.effects);
    // Simplified Chinese has Mandarin only: a again stops.
    let mut m = guide("zh-Hans");
    keys(&mut m, "\n1a");
    assert_eq!(last_speech(&m).unwrap().1, "cmn");
    keys(&mut m, "a");
    assert!(m.speaking.is_none() && hushed(&m));
}

#[test]
fn the_picker_says_each_language_in_its_own_voice() {
    use common::{guide, keys};
    let mut m = guide("en");
    keys(&mut m, "a");
    let (text, _) = last_speech(&m).unwrap();
    assert!(
        text.contains(r#"<voice name="ko">8: 한국어</voice>"#),
        "{text}"
    );
    assert!(
        text.contains(r#"<voice name="yue">4: 中文（繁體）</voice>"#),
        "{text}"
    );
}

#[test]
fn the_card_says_each_english_statement_on_its_own() {
    use common::{draw, guide};
    use kyr::app::{Key, Msg, update};
    let mut m = guide("ht");
    common::keys(&mut m, "\nc");
    let screen = draw(&mut m, 80, 40);
    assert!(screen.contains("Peze a pou tande chak fraz"), "{screen}");
    update(&mut m, Msg::Key(Key::Char('a')));
    let (text, voice) = last_speech(&m).unwrap();
    assert_eq!(voice, "en-us");
    assert!(text.contains("I will remain silent"), "{text}");
    assert!(
        !text.contains("I do not consent"),
        "one statement at a time: {text}"
    );
    assert_eq!(m.card_line, Some(0));
    update(&mut m, Msg::Key(Key::Right));
    assert!(
        last_speech(&m)
            .unwrap()
            .0
            .contains("I do not consent to a search")
    );
    let screen = draw(&mut m, 80, 40);
    assert!(screen.contains("Fraz 2 sou 6"), "{screen}");
    assert!(
        screen.contains("▶ I do not consent to a search"),
        "{screen}"
    );
    m.effects.clear();
    update(&mut m, Msg::Key(Key::Enter));
    assert!(
        last_speech(&m)
            .unwrap()
            .0
            .contains("I do not consent to a search")
    );
    update(&mut m, Msg::Key(Key::Left));
    assert_eq!(m.card_line, Some(0));
    // Esc closes the card and stops.
    m.effects.clear();
    update(&mut m, Msg::Key(Key::Esc));
    assert!(m.overlay.is_none() && m.speaking.is_none() && hushed(&m));
}

#[test]
fn a_kiosk_that_starts_over_stops_reading() {
    use common::{guide, keys};
    use kyr::app::{Kiosk, Msg, update};
    let mut m = guide("en");
    m.kiosk = Some(Kiosk::new(5, Vec::new()));
    keys(&mut m, "\n1a");
    assert!(m.speaking.is_some());
    for _ in 0..10 {
        update(&mut m, Msg::Tick);
    }
    assert!(m.is_fresh());
    assert!(m.speaking.is_none() && hushed(&m), "{:?}", m.effects);
}

#[test]
fn audio_as_opus_is_a_fraction_of_the_wav() {
    if !tools::available(
        "audio_as_opus",
        &["espeak-ng", "opusenc"],
        "espeak-ng opus-tools",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (wav, opus) = (dir.path().join("a.wav"), dir.path().join("a.opus"));
    for path in [&wav, &opus] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kyr"))
            .args(["audio", "city-lot", "--lang", "es", "-o"])
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let opus_bytes = std::fs::read(&opus).unwrap();
    assert!(opus_bytes.starts_with(b"OggS"), "an Ogg file");
    let wav_len = std::fs::metadata(&wav).unwrap().len();
    assert!(
        (opus_bytes.len() as u64) * 4 < wav_len,
        "{} vs {wav_len}",
        opus_bytes.len()
    );
}
