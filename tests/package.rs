//! The Debian package: `cargo deb` builds it (reusing the release build when it is current),
//! then it is read back with dpkg-deb and lintian, and its kyr is run on its own.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/tools.rs"]
mod tools;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Runs a program and returns what it printed; a failure shows its error output.
fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{cmd:?}: {}\n{stderr}", out.status);
    String::from_utf8(out.stdout).unwrap()
}

/// Every command of the real command line, with its man page's name (`kyr-notes-list`).
fn commands<'a>(cmd: &'a clap::Command, prefix: &str, into: &mut Vec<(String, &'a clap::Command)>) {
    let name = format!("{prefix}{}", cmd.get_name());
    for sub in cmd.get_subcommands() {
        commands(sub, &format!("{name}-"), into);
    }
    into.push((name, cmd));
}

#[test]
fn debian_package() {
    if !tools::available(
        "package",
        &["cargo-deb", "dpkg-deb", "lintian"],
        "dpkg lintian && cargo install cargo-deb --version 3.8.0 --locked",
    ) {
        return;
    }
    let manifest = env!("CARGO_MANIFEST_DIR");
    let tmp = tempfile::tempdir().unwrap();
    let deb = tmp.path().join("kyr.deb");
    // cargo-deb runs `cargo build --release`: nothing to do when the release build is current
    // (CI builds it first). build.rs leaves the man pages and completions beside it.
    run(Command::new(env!("CARGO"))
        .current_dir(manifest)
        .args(["deb", "--locked", "--output"])
        .arg(&deb));

    // What is in it: exactly these files.
    let listing = run(Command::new("dpkg-deb").arg("-c").arg(&deb));
    let mut files = BTreeSet::new();
    let mut executable = BTreeSet::new();
    for line in listing.lines().filter(|l| !l.starts_with('d')) {
        let path = line.rsplit(' ').next().unwrap().trim_start_matches('.');
        if line.starts_with("-rwxr-xr-x") {
            executable.insert(path.to_string());
        }
        files.insert(path.to_string());
    }
    let real = kyr::cli::command(None);
    let mut all = Vec::new();
    commands(&real, "", &mut all);
    let mut want: BTreeSet<String> = all
        .iter()
        .map(|(page, _)| format!("/usr/share/man/man1/{page}.1.gz"))
        .collect();
    want.extend(
        [
            "/usr/bin/kyr",
            "/usr/share/bash-completion/completions/kyr",
            "/usr/share/zsh/vendor-completions/_kyr",
            "/usr/share/fish/vendor_completions.d/kyr.fish",
            "/usr/share/kyr/kiosk/foot.ini",
            "/usr/share/kyr/kiosk/kyr-kiosk.service",
            "/usr/share/kyr/kiosk/setup-debian.sh",
            "/usr/share/kyr/kiosk/README.md",
            "/usr/share/doc/kyr/copyright",
            "/usr/share/doc/kyr/changelog.Debian.gz",
            "/usr/share/doc/kyr/README.md",
            "/usr/share/doc/kyr/LICENSE-MIT",
            "/usr/share/doc/kyr/LICENSE-APACHE",
            "/usr/share/lintian/overrides/kyr",
        ]
        .map(String::from),
    );
    assert_eq!(files, want, "{listing}");
    let want_executable: BTreeSet<String> =
        ["/usr/bin/kyr", "/usr/share/kyr/kiosk/setup-debian.sh"]
            .map(String::from)
            .into();
    assert_eq!(executable, want_executable, "{listing}");

    // The control file: foot and espeak-ng recommended, not required; libc found by $auto.
    let info = run(Command::new("dpkg-deb").arg("-I").arg(&deb));
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.trim_start().strip_prefix(&format!("{name}: ")))
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(field("Package"), "kyr", "{info}");
    assert_eq!(field("Version"), format!("{VERSION}-1"), "{info}");
    assert_eq!(field("Recommends"), "espeak-ng, foot", "{info}");
    let depends = field("Depends");
    assert!(depends.contains("libc6"), "{info}");
    assert!(
        !depends.contains("foot") && !depends.contains("espeak"),
        "{info}"
    );

    // lintian may inform and warn; it may not find an error.
    let lintian = Command::new("lintian").arg(&deb).output().unwrap();
    let report = String::from_utf8_lossy(&lintian.stdout);
    let errors: Vec<&str> = report.lines().filter(|l| l.starts_with("E:")).collect();
    assert!(errors.is_empty(), "lintian:\n{report}");

    // Unpacked, kyr runs alone: its pack and words are inside it.
    let root = tmp.path().join("root");
    run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&root));
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let version = run(Command::new(root.join("usr/bin/kyr"))
        .arg("--version")
        .current_dir(&empty)
        .env_clear()
        .env("HOME", &empty)
        .env("PATH", "/usr/bin:/bin"));
    assert!(version.starts_with(&format!("kyr {VERSION}")), "{version}");

    // The man pages and completions were made from this command line: every command, option
    // and value of `kyr::cli::command` is in them.
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    let unzip = |path: &str| run(Command::new("gzip").arg("-dc").arg(root.join(path)));
    let fish = read("usr/share/fish/vendor_completions.d/kyr.fish");
    let bash = read("usr/share/bash-completion/completions/kyr");
    let zsh = read("usr/share/zsh/vendor-completions/_kyr");
    assert!(bash.contains("complete -F _kyr"), "{bash}");
    assert!(zsh.starts_with("#compdef kyr"), "{zsh}");
    for (page, cmd) in &all {
        let page = unzip(&format!("usr/share/man/man1/{page}.1.gz"));
        if cmd.get_name() != "kyr" {
            assert!(
                fish.contains(&format!("-a \"{}\"", cmd.get_name())),
                "{fish}"
            );
            assert!(bash.contains(&format!(",{})", cmd.get_name())), "{bash}");
        }
        for arg in cmd.get_arguments() {
            let Some(long) = arg.get_long() else { continue };
            assert!(fish.contains(&format!("-l {long} ")), "--{long}:\n{fish}");
            let in_zsh = |end: &str| zsh.contains(&format!("--{long}{end}"));
            assert!(in_zsh("[") || in_zsh("=["), "--{long}:\n{zsh}");
            let roff = format!("\\fB\\-\\-{}\\fR", long.replace('-', "\\-"));
            assert!(page.contains(&roff), "--{long}:\n{page}");
            for value in arg.get_possible_values() {
                assert!(
                    fish.contains(&format!("{}\\t''", value.get_name())),
                    "--{long} {}:\n{fish}",
                    value.get_name()
                );
            }
        }
    }
    let kyr_1 = unzip("usr/share/man/man1/kyr.1.gz");
    assert!(
        kyr_1.contains(&format!(".TH kyr 1  \"kyr {VERSION}\"")),
        "{kyr_1}"
    );

    // A new version needs its entry in the Debian changelog.
    let changelog = std::fs::read_to_string(Path::new(manifest).join("packaging/changelog"));
    let first = changelog
        .unwrap()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(
        first.starts_with(&format!("kyr ({VERSION}-1) ")),
        "packaging/changelog starts with {first:?}: add an entry for {VERSION}-1"
    );
}
