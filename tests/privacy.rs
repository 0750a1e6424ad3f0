//! Privacy that can be checked: no network socket is ever opened, no networking crate is
//! linked, and reading the guide writes nothing anywhere.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

#[path = "support/tools.rs"]
mod tools;

use std::process::Command;

fn strace() -> String {
    let found = Command::new("sh")
        .args(["-c", "command -v strace"])
        .output()
        .unwrap();
    assert!(
        found.status.success(),
        "strace is needed: apt-get install -y strace"
    );
    String::from_utf8(found.stdout).unwrap().trim().to_string()
}

#[test]
fn no_network_socket_is_ever_opened() {
    if !tools::available("no_network_socket_is_ever_opened", &["strace"], "strace") {
        return;
    }
    let trace = tempfile::NamedTempFile::new().unwrap();
    // Every command, and the guide itself driven through a script of keys on a pipe-fed
    // pseudo-terminal (`script` gives it a terminal).
    for args in [
        vec!["list"],
        vec!["show", "at-home", "--lang", "ar"],
        vec!["check"],
        vec!["card", "--lang", "es"],
        vec!["contacts"],
        vec![
            "handout",
            "warrant",
            "--lang",
            "zh-Hant,en",
            "--format",
            "html",
        ],
    ] {
        let out = Command::new(strace())
            .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
            .arg(trace.path())
            .arg(env!("CARGO_BIN_EXE_kyr"))
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let calls = std::fs::read_to_string(trace.path()).unwrap();
        for family in ["AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK"] {
            assert!(
                !calls.contains(family),
                "{args:?} opened a {family} socket:\n{calls}"
            );
        }
    }
}

#[test]
fn no_networking_crate_is_linked() {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree", "--edges", "normal", "--prefix", "none", "--format", "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).unwrap();
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(crates.contains(&"ratatui"), "the tree was read: {tree}");
    for net in [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "surf",
        "attohttpc",
        "h2",
        "h3",
        "quinn",
        "tokio",
        "async-std",
        "rustls",
        "native-tls",
        "openssl",
        "socket2",
        "trust-dns-resolver",
        "hickory-resolver",
        "tungstenite",
        "websocket",
    ] {
        assert!(!crates.contains(&net), "{net} is linked into kyr");
    }
}

#[test]
fn reading_the_guide_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    // Walk home, a scenario, the card, the hotlines and the (empty) notes list, then quit.
    let keys = "\\n1\\n1c\\x1bn1\\x1b\\x1bw\\x1bq";
    // The keys are all typed ahead, and `script` does not answer a query for the background
    // colour; COLORFGBG says it is dark, so kyr does not ask and every key reaches the guide.
    let script = format!(
        "printf '{keys}' | TERM=xterm COLORFGBG='15;0' HOME={home} XDG_DATA_HOME={data} script -qec '{bin} --lang en' /dev/null >/dev/null",
        home = home.path().display(),
        data = data.display(),
        bin = env!("CARGO_BIN_EXE_kyr"),
    );
    let status = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(home.path())
        .status()
        .unwrap();
    assert!(status.success());
    let left: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "files were written: {left:?}");
}
