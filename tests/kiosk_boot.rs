//! The kiosk booted as contrib/kiosk deploys it: its foot.ini, `kyr --kiosk`, an unprivileged
//! user, a compositor on a headless screen (see `support/compositor.rs`); a visitor's key
//! typed through the compositor, and the idle reset that greets the next visitor. And the
//! systemd unit, as systemd itself reads it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/tools.rs"]
mod tools;

#[path = "support/compositor.rs"]
mod compositor;

use compositor::{Kiosk, ocr};
use std::path::Path;
use std::process::Command;

#[test]
fn the_kiosk_boots_to_the_picker_takes_a_visitor_and_forgets_them_when_idle() {
    if !tools::available(
        "kiosk_boot",
        &["sway", "foot", "grim", "wtype", "tesseract", "setpriv"],
        "sway foot grim wtype tesseract-ocr",
    ) || !compositor::kiosk_fonts("kiosk_boot")
    {
        return;
    }
    let kiosk = Kiosk::start(&["--kiosk", "--idle-timeout", "4"]);
    let picker = kiosk.settled("kiosk-picker");
    let words = ocr(&picker, "eng");
    assert!(words.contains("Choose your language"), "{words}");
    // A visitor picks Español.
    kiosk.press("2");
    let home = kiosk.settled("kiosk-home-es");
    let words = ocr(&home, "eng");
    assert!(words.contains("asesor"), "Spanish home: {words}");
    // Left alone: the countdown, then the picker again, in English, for the next visitor.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
        let again = kiosk.settled("kiosk-after-idle");
        let words = ocr(&again, "eng");
        if words.contains("Choose your language") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never back at the picker: {words}"
        );
    }
}

#[test]
fn systemd_accepts_the_kiosk_unit() {
    // systemd-analyze verify also checks that the programs the unit starts are installed.
    if !tools::available(
        "systemd_unit",
        &["systemd-analyze", "cage", "foot"],
        "systemd cage foot",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let unit = dir.path().join("kyr-kiosk.service");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/kiosk/kyr-kiosk.service"),
        &unit,
    )
    .unwrap();
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&unit)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    // Warnings about the unit's own lines count as failures: systemd ignores such a line.
    let about_unit: Vec<&str> = said
        .lines()
        .filter(|l| l.contains("kyr-kiosk.service"))
        .collect();
    assert!(
        out.status.success() && about_unit.is_empty(),
        "{}\n{said}",
        out.status
    );
}

#[test]
fn a_kiosk_given_a_broken_pack_stays_up_with_a_calm_message_for_staff() {
    if !tools::available(
        "kiosk_broken_pack",
        &["sway", "foot", "grim", "tesseract", "setpriv"],
        "sway foot grim tesseract-ocr",
    ) || !compositor::kiosk_fonts("kiosk_broken_pack")
    {
        return;
    }
    // A newer pack an operator put in place, with a mistake: a step leads nowhere.
    let pack = tempfile::tempdir().unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"),
        pack.path(),
    );
    let door = pack.path().join("scenarios/door.toml");
    let text = std::fs::read_to_string(&door).unwrap();
    std::fs::write(
        &door,
        format!("{text}\n[[step]]\nid = \"orphan\"\nkind = \"info\"\nnext = \"nowhere\"\n"),
    )
    .unwrap();
    let kiosk = Kiosk::start(&["--kiosk", "--content", pack.path().to_str().unwrap()]);
    let first = kiosk.settled("kiosk-broken-pack");
    let words = ocr(&first, "eng");
    assert!(
        words.contains("cannot start right now") && words.contains("staff member"),
        "{words}"
    );
    // Still the same calm screen a while later: no crash, no restart loop, no report shown.
    std::thread::sleep(std::time::Duration::from_secs(3));
    let later = kiosk.settled("kiosk-broken-pack-later");
    let words = ocr(&later, "eng");
    assert!(words.contains("cannot start right now"), "{words}");
    assert!(
        !words.contains("nowhere"),
        "the operator's report stays in the log: {words}"
    );
}

/// Copies a folder tree, readable by everyone (the kiosk runs as another user).
fn copy_tree(from: &Path, to: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(to).unwrap();
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o755)).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
}
