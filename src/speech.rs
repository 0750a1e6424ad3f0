//! Reading aloud at the edge: espeak-ng as a child process that the event loop never waits on.
//! The model asks with `Effect::Speak` and `Effect::Hush`; this starts the child (its words on
//! its standard input, nothing on disk), stops it (kill, then wait), and tells the event loop
//! when it ended by itself. The child dies with kyr: it is stopped wherever the terminal is put
//! back (`terminal::restore`: on exit, error, panic and signals), and on Linux the kernel kills
//! it if kyr is killed outright (`PR_SET_PDEATHSIG`).

use crate::app::{Effect, Model, Msg, update};
use crate::problem::Problem;
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::Duration;

/// The program that speaks.
pub const PROGRAM: &str = "espeak-ng";

/// How often the event loop looks whether speech has ended, while it lasts.
pub const POLL: Duration = Duration::from_millis(200);

/// What is being read aloud now.
static CHILD: Mutex<Option<Child>> = Mutex::new(None);

/// The speech effects the model asked for, done; the rest are left for `effects::perform`.
pub fn perform(model: &mut Model) {
    if !model
        .effects
        .iter()
        .any(|e| matches!(e, Effect::Speak { .. } | Effect::Hush))
    {
        return;
    }
    let mut problem = None;
    let mut rest = Vec::new();
    for effect in std::mem::take(&mut model.effects) {
        match effect {
            Effect::Speak { text, voice } => problem = speak(&text, &voice).err(),
            Effect::Hush => {
                hush();
                problem = None;
            }
            other => rest.push(other),
        }
    }
    model.effects = rest;
    if let Some(problem) = problem {
        update(model, Msg::SpeechEnded(Some(problem)));
    }
}

/// Starts reading `ssml` (espeak-ng's SSML) in `voice`, after stopping what was being read.
pub fn speak(ssml: &str, voice: &str) -> Result<(), Problem> {
    hush();
    let mut command = espeak(voice);
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        // Under foot, stderr is the screen: espeak-ng's complaints (no sound card) are not
        // for a visitor.
        .stderr(Stdio::null());
    die_with_parent(&mut command);
    let mut child = command.spawn().map_err(|e| spawn_problem(&e))?;
    if let Some(mut stdin) = child.stdin.take() {
        // espeak-ng reads all of it before speaking; a thread, so a slow start never holds up
        // the screen.
        let text = ssml.to_string();
        let _ = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || {
                let _ = stdin.write_all(text.as_bytes());
            });
    }
    if let Some(mut slot) = lock() {
        *slot = Some(child);
    } else {
        let _ = child.kill();
        let _ = child.wait();
    }
    Ok(())
}

/// Stops reading aloud: the child is killed and reaped. Safe to call at any time, from the
/// panic hook and the signal thread too.
pub fn hush() {
    if let Some(mut slot) = lock()
        && let Some(mut child) = slot.take()
    {
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// Whether something is being read aloud.
pub fn active() -> bool {
    lock().is_some_and(|slot| slot.is_some())
}

/// If reading aloud ended by itself since last asked: `Some(None)` when it went well,
/// `Some(Some(problem))` when espeak-ng failed (an unknown voice, say).
pub fn ended() -> Option<Option<Problem>> {
    let mut slot = lock()?;
    let status = slot.as_mut()?.try_wait().ok()??;
    *slot = None;
    Some(
        (!status.success())
            .then(|| Problem::new("", 0, "err-speech-failed").arg("reason", status.to_string())),
    )
}

/// Writes `ssml` spoken in `voice` to the WAV file `output` (`kyr audio`), waiting for it.
pub fn write_wav(ssml: &str, voice: &str, output: &std::path::Path) -> Result<(), Problem> {
    let failed = |reason: String| {
        Problem::new("", 0, "err-audio-failed")
            .arg("file", output.display().to_string())
            .arg("reason", reason)
    };
    let opus = output
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("ogg") || e.eq_ignore_ascii_case("opus"));
    // espeak-ng says it cannot write a file, but exits as if it had: find out first.
    std::fs::File::create(output).map_err(|e| failed(e.to_string()))?;
    let result = if opus {
        encode_opus(ssml, voice, output, &failed)
    } else {
        espeak_to(ssml, voice, output, &failed)
    };
    if result.is_err() {
        // No half-written or empty file is left behind.
        let _ = std::fs::remove_file(output);
    }
    result
}

fn espeak_to(
    ssml: &str,
    voice: &str,
    output: &std::path::Path,
    failed: &dyn Fn(String) -> Problem,
) -> Result<(), Problem> {
    let mut command = espeak(voice);
    command
        .arg("-w")
        .arg(output)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| spawn_problem(&e))?;
    let text = ssml.to_string();
    let writer = child.stdin.take().map(|mut stdin| {
        std::thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
        })
    });
    let out = child.wait_with_output();
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let out = out.map_err(|e| failed(e.to_string()))?;
    // A WAV file's header alone is 44 bytes.
    let written = std::fs::metadata(output).map_or(0, |m| m.len());
    if !out.status.success() || written <= 44 {
        let said = String::from_utf8_lossy(&out.stderr);
        let said = crate::i18n::clean(said.trim()).into_owned();
        return Err(failed(if said.is_empty() {
            out.status.to_string()
        } else {
            said
        }));
    }
    Ok(())
}

/// The speech as Ogg Opus, a tenth the size of WAV, for voice messages: espeak-ng's WAV on a
/// pipe into opusenc (opus-tools), else ffmpeg. Nothing goes through a temporary file.
fn encode_opus(
    ssml: &str,
    voice: &str,
    output: &std::path::Path,
    failed: &dyn Fn(String) -> Problem,
) -> Result<(), Problem> {
    let mut encoder = if on_path("opusenc") {
        let mut c = Command::new("opusenc");
        c.args(["--quiet", "-"]).arg(output);
        c
    } else if on_path("ffmpeg") {
        let mut c = Command::new("ffmpeg");
        c.args(["-loglevel", "error", "-y", "-i", "-", "-c:a", "libopus"])
            .arg(output);
        c
    } else {
        return Err(
            Problem::new("", 0, "err-audio-encoder").arg("file", output.display().to_string())
        );
    };
    let mut speaker = espeak(voice);
    speaker
        .arg("--stdout")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut speaker = speaker.spawn().map_err(|e| spawn_problem(&e))?;
    let wav = speaker
        .stdout
        .take()
        .ok_or_else(|| failed("no output".into()))?;
    let encoder = encoder
        .stdin(Stdio::from(wav))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(e.to_string()))?;
    if let Some(mut stdin) = speaker.stdin.take() {
        let text = ssml.to_string();
        std::thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
        });
    }
    let spoke = speaker.wait().map_err(|e| failed(e.to_string()))?;
    let out = encoder
        .wait_with_output()
        .map_err(|e| failed(e.to_string()))?;
    let written = std::fs::metadata(output).map_or(0, |m| m.len());
    if !spoke.success() || !out.status.success() || written == 0 {
        let said = String::from_utf8_lossy(&out.stderr);
        return Err(failed(crate::i18n::clean(said.trim()).into_owned()));
    }
    Ok(())
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// espeak-ng reading SSML from its standard input in `voice`.
fn espeak(voice: &str) -> Command {
    let mut command = Command::new(PROGRAM);
    command.args(["-m", "--stdin", "-v", voice]);
    // Without a login session (no XDG_RUNTIME_DIR) the PulseAudio client library makes a
    // folder of its own in the home folder and in /tmp before it finds no sound server. A
    // kiosk writes nothing: point it at the system-wide server, the only one it could reach,
    // and otherwise it plays through ALSA.
    let session = std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|v| !v.is_empty());
    if !session && std::env::var_os("PULSE_SERVER").is_none() {
        command.env("PULSE_SERVER", "unix:/run/pulse/native");
    }
    command
}

fn spawn_problem(e: &std::io::Error) -> Problem {
    if e.kind() == std::io::ErrorKind::NotFound {
        Problem::new("", 0, "err-speech-missing")
    } else {
        Problem::new("", 0, "err-speech-failed").arg("reason", e.to_string())
    }
}

/// The child, unless another thread holds it for long (a panic while holding it, say): then
/// nothing is done rather than waiting forever.
fn lock() -> Option<MutexGuard<'static, Option<Child>>> {
    for _ in 0..100 {
        match CHILD.try_lock() {
            Ok(guard) => return Some(guard),
            Err(TryLockError::Poisoned(poisoned)) => return Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) => std::thread::sleep(Duration::from_millis(1)),
        }
    }
    None
}

/// On Linux the child gets SIGKILL when the thread that started it (the event loop's) ends,
/// however kyr ends, SIGKILL included.
#[cfg(target_os = "linux")]
fn die_with_parent(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: getpid is async-signal-safe and called before the fork.
    let parent = unsafe { libc::getpid() };
    // SAFETY: between fork and exec only async-signal-safe calls (prctl, getppid, _exit).
    unsafe {
        command.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // kyr died before the line above took effect: nobody is listening.
            if libc::getppid() != parent {
                libc::_exit(0);
            }
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn die_with_parent(_: &mut Command) {}
