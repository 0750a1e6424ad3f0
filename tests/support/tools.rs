//! Programs a test needs that a fresh machine may lack. Without them the test says what it
//! skipped and how to get it, and passes; with `KYR_REQUIRE_TOOLS=1` (as CI sets) it fails.
#![allow(dead_code, clippy::panic)]

/// Whether every program in `programs` is on the PATH. If one is missing the test should
/// return early: this prints which and the apt command, or panics when tools are required.
pub fn available(test: &str, programs: &[&str], apt: &str) -> bool {
    let missing: Vec<String> = programs
        .iter()
        .filter(|p| !on_path(p))
        .map(|p| p.to_string())
        .collect();
    present(test, &missing, apt)
}

/// True when nothing is missing; otherwise says what the test skipped and how to get it, or
/// panics when tools are required.
fn present(test: &str, missing: &[String], apt: &str) -> bool {
    if missing.is_empty() {
        return true;
    }
    let message = format!(
        "{test}: skipped, {} not installed (apt-get install -y {apt})",
        missing.join(", ")
    );
    if std::env::var_os("KYR_REQUIRE_TOOLS").is_some_and(|v| v == "1") {
        panic!("{message}; KYR_REQUIRE_TOOLS=1 requires it");
    }
    eprintln!("{message}");
    false
}

pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            let candidate = dir.join(program);
            candidate.is_file()
                && std::fs::metadata(&candidate).is_ok_and(|m| {
                    std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0
                })
        })
    })
}

/// Whether fontconfig knows every font family in `families`. A terminal quietly falls back to
/// another font for one that is missing, and a screen read back by OCR then fails for a reason
/// the test would not name; like `available`, this skips or, when tools are required, fails.
pub fn fonts(test: &str, families: &[&str], apt: &str) -> bool {
    let listed = std::process::Command::new("fc-list")
        .args([":", "family"])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    let known: std::collections::HashSet<&str> = listed
        .lines()
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .collect();
    let missing: Vec<String> = families
        .iter()
        .filter(|f| !known.contains(*f))
        .map(|f| format!("the font {f}"))
        .collect();
    present(test, &missing, apt)
}
