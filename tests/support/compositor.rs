//! The kiosk as deployed, on a headless screen: sway on the headless wlroots backend running
//! foot with the repository's foot.ini running kyr, as an unprivileged user; grim takes the
//! pictures (kept in `target/screens/`), wtype types, Tesseract reads. Debian 12's cage shows
//! no frame on the headless backend ("Basic output test failed"); sway 1.7, on the same
//! wlroots 0.15, does.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where the pictures are kept.
pub fn screens_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screens");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// A command run as the kiosk's unprivileged user when the tests run as root.
fn as_user(program: &str) -> Command {
    if is_root() {
        let mut cmd = Command::new("setpriv");
        cmd.args([
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            program,
        ]);
        cmd
    } else {
        Command::new(program)
    }
}

/// The font families the kiosk's foot.ini asks for, in its order (foot falls back through them).
pub fn kiosk_font_families() -> Vec<String> {
    let ini = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/kiosk/foot.ini"),
    )
    .unwrap();
    ini.lines()
        .find_map(|l| l.strip_prefix("font="))
        .expect("foot.ini names its fonts")
        .split(',')
        .map(|font| font.split(':').next().unwrap_or_default().trim().to_owned())
        .collect()
}

/// Whether the kiosk's fonts are installed (see `tools::fonts`): without Noto Sans Mono, foot
/// draws in a proportional font spaced out to the cells, and Tesseract reads each word alone.
pub fn kiosk_fonts(test: &str) -> bool {
    let families = kiosk_font_families();
    let families: Vec<&str> = families.iter().map(String::as_str).collect();
    crate::tools::fonts(
        test,
        &families,
        "fonts-noto-core fonts-noto-mono fonts-noto-cjk fonts-noto-color-emoji",
    )
}

/// sway on the headless backend (a 1920×1080 screen, as a kiosk's), running foot with the
/// repository's foot.ini, running kyr.
pub struct Kiosk {
    dir: tempfile::TempDir,
    sway: Child,
}

impl Kiosk {
    pub fn start(args: &[&str]) -> Kiosk {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let runtime = root.join("run");
        std::fs::create_dir(&runtime).unwrap();
        // The unprivileged user must reach the binary and the config; only it may use the
        // runtime folder, as Wayland wants.
        let kyr = root.join("kyr");
        std::fs::copy(env!("CARGO_BIN_EXE_kyr"), &kyr).unwrap();
        let ini = root.join("foot.ini");
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/kiosk/foot.ini"),
            &ini,
        )
        .unwrap();
        set_mode(root, 0o755);
        set_mode(&ini, 0o644);
        if is_root() {
            let path = std::ffi::CString::new(runtime.to_str().unwrap()).unwrap();
            // SAFETY: a valid C string; 65534 is nobody and nogroup on Debian.
            assert_eq!(unsafe { libc::chown(path.as_ptr(), 65534, 65534) }, 0);
        }
        set_mode(&runtime, 0o700);
        let config = root.join("sway.conf");
        std::fs::write(
            &config,
            format!(
                "output HEADLESS-1 resolution 1920x1080 bg #000000 solid_color\n\
                 default_border none\nxwayland disable\n\
                 exec foot --config={} {} {}\n",
                ini.display(),
                kyr.display(),
                args.join(" ")
            ),
        )
        .unwrap();
        set_mode(&config, 0o644);
        let log = std::fs::File::create(root.join("sway.log")).unwrap();
        let sway = as_user("sway")
            .arg("-c")
            .arg(&config)
            // Not the test's folder: a checkout in a private folder (mktemp -d) is closed to
            // the unprivileged user, and foot then never starts.
            .current_dir(root)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("HOME", &runtime)
            .env("LANG", "C.UTF-8")
            .env("WLR_BACKENDS", "headless")
            .env("WLR_RENDERER", "pixman")
            .env("WLR_LIBINPUT_NO_DEVICES", "1")
            .env("WLR_HEADLESS_OUTPUTS", "1")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let kiosk = Kiosk { dir, sway };
        let deadline = Instant::now() + Duration::from_secs(20);
        while kiosk.display().is_none() {
            assert!(
                Instant::now() < deadline,
                "sway did not start: {}",
                kiosk.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        kiosk
    }

    fn runtime(&self) -> PathBuf {
        self.dir.path().join("run")
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("sway.log")).unwrap_or_default()
    }

    /// The compositor's socket, once it listens.
    fn display(&self) -> Option<String> {
        std::fs::read_dir(self.runtime())
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|name| name.starts_with("wayland-") && !name.ends_with(".lock"))
    }

    fn client(&self, program: &str) -> Command {
        let mut cmd = as_user(program);
        cmd.env("XDG_RUNTIME_DIR", self.runtime())
            .env("WAYLAND_DISPLAY", self.display().unwrap());
        cmd
    }

    pub fn shot(&self) -> Vec<u8> {
        let out = self.client("grim").arg("-").output().unwrap();
        assert!(
            out.status.success(),
            "grim: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// The screen once it shows something and has stopped changing. On a busy machine the
    /// compositor's empty screen can stay the same for a while before foot's window appears.
    pub fn settled(&self, name: &str) -> PathBuf {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last = Vec::new();
        loop {
            std::thread::sleep(Duration::from_millis(400));
            let now = self.shot();
            if now == last && !self.blank() {
                break;
            }
            assert!(Instant::now() < deadline, "the screen never settled");
            last = now;
        }
        let path = screens_dir().join(format!("{name}.png"));
        std::fs::write(&path, &last).unwrap();
        path
    }

    /// Every pixel the same colour: nothing drawn yet. (grim's PPM is raw pixels after a
    /// three-line header, so no image decoder is needed.)
    fn blank(&self) -> bool {
        let out = self
            .client("grim")
            .args(["-t", "ppm", "-"])
            .output()
            .unwrap();
        let ppm = out.stdout;
        let mut newlines = ppm.iter().enumerate().filter(|(_, b)| **b == b'\n');
        let Some((start, _)) = newlines.nth(2) else {
            return true;
        };
        let pixels = &ppm[start + 1..];
        let first = pixels.get(..3).unwrap_or_default();
        pixels.chunks(3).all(|p| p == first)
    }

    /// Types into the focused window, as a keyboard would.
    pub fn press(&self, keys: &str) {
        // A new virtual keyboard needs a moment before its first key is taken.
        let status = self
            .client("wtype")
            .args(["-s", "300", keys])
            .status()
            .unwrap();
        assert!(status.success(), "wtype failed");
    }
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        let _ = self.sway.kill();
        let _ = self.sway.wait();
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The text Tesseract reads in a picture.
pub fn ocr(png: &Path, lang: &str) -> String {
    let out = Command::new("tesseract")
        .arg(png)
        .arg("-")
        .args(["-l", lang, "--psm", "11"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
