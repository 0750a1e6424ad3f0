//! Hostile and broken content packs: each one is refused with an error naming the file (and
//! the line, where there is one), or loads with its text made inert. Nothing a pack says may
//! reach the terminal as a control sequence.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal")
}

fn kyr(args: &[&str], pack: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(args)
        .arg("--content")
        .arg(pack)
        .env("LANG", "C.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .output()
        .unwrap()
}

/// What a case expects.
enum Expect {
    /// `kyr check` fails naming this file (relative to the pack), and this line when given.
    Refused(&'static str, Option<usize>),
    /// The pack loads; what it says is shown, but never as control sequences.
    Inert,
}

type Edit = Box<dyn Fn(&Path)>;

fn replace(file: &'static str, from: &'static str, to: String) -> Edit {
    Box::new(move |dir: &Path| {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has {from:?}");
        std::fs::write(&path, text.replacen(from, &to, 1)).unwrap();
    })
}

fn write(file: &'static str, bytes: Vec<u8>) -> Edit {
    Box::new(move |dir: &Path| std::fs::write(dir.join(file), &bytes).unwrap())
}

fn append(file: &'static str, text: String) -> Edit {
    Box::new(move |dir: &Path| {
        let path = dir.join(file);
        let mut old = std::fs::read_to_string(&path).unwrap();
        old.push_str(&text);
        std::fs::write(&path, old).unwrap();
    })
}

const SCENARIO: &str = "scenarios/door.toml";
const WORDS: &str = "locales/en/door.ftl";

fn corpus() -> Vec<(&'static str, Edit, Expect)> {
    use Expect::*;
    let s = |x: &str| x.to_string();
    let long_chain = {
        // A valid scenario 2000 steps deep.
        let mut toml = String::from("id = \"door\"\nstart = \"s0\"\n");
        let mut ftl = String::from("door = Deep\n");
        for i in 0..2000 {
            let (kind, tail) = if i == 1999 {
                ("end", "points = [\"p\"]\n".to_string())
            } else {
                ("info", format!("next = \"s{}\"\n", i + 1))
            };
            toml.push_str(&format!(
                "[[step]]\nid = \"s{i}\"\nkind = \"{kind}\"\nsources = [\"card\"]\n{tail}\n"
            ));
            ftl.push_str(&format!(
                "door--s{i} =\n    .title = Step {i}\n    .body = Body {i}\n"
            ));
            if i == 1999 {
                ftl.push_str("    .point-p = Point\n");
            }
        }
        (toml, ftl)
    };
    vec![
        (
            "manifest: bad TOML",
            write("manifest.toml", b"id = \"mini\nversion =".to_vec()),
            Refused("manifest.toml", Some(1)),
        ),
        (
            "manifest: empty",
            write("manifest.toml", Vec::new()),
            Refused("manifest.toml", None),
        ),
        (
            "manifest: missing locales",
            replace("manifest.toml", "locales = [\"en\"]\n", s("")),
            Refused("manifest.toml", None),
        ),
        (
            "manifest: wrong type",
            replace("manifest.toml", "locales = [\"en\"]", s("locales = \"en\"")),
            Refused("manifest.toml", Some(6)),
        ),
        (
            "manifest: unknown field",
            append("manifest.toml", s("colour = \"red\"\n")),
            Refused("manifest.toml", Some(8)),
        ),
        (
            "manifest: default not listed",
            replace(
                "manifest.toml",
                "default_locale = \"en\"",
                s("default_locale = \"fr\""),
            ),
            Refused("manifest.toml", Some(5)),
        ),
        (
            "manifest: locale folder missing",
            replace(
                "manifest.toml",
                "locales = [\"en\"]",
                s("locales = [\"en\", \"xx\"]"),
            ),
            Refused("manifest.toml", Some(6)),
        ),
        (
            "manifest: scenario file missing",
            replace(
                "manifest.toml",
                "scenarios = [\"door\"]",
                s("scenarios = [\"door\", \"window\"]"),
            ),
            Refused("scenarios/window.toml", None),
        ),
        (
            "manifest: bad scenario id",
            replace(
                "manifest.toml",
                "scenarios = [\"door\"]",
                s("scenarios = [\"../door\"]"),
            ),
            Refused("manifest.toml", Some(7)),
        ),
        (
            "manifest: not UTF-8",
            write("manifest.toml", vec![0xff, 0xfe, 0x00]),
            Refused("manifest.toml", None),
        ),
        (
            "sources: bad TOML",
            write("sources.toml", b"[[source]\nid = 1".to_vec()),
            Refused("sources.toml", Some(1)),
        ),
        (
            "sources: duplicate id",
            append("sources.toml", s("\n[[source]]\nid = \"card\"\n")),
            Refused("sources.toml", Some(5)),
        ),
        (
            "contacts: unknown kind",
            replace("contacts.toml", "kind = \"phone\"", s("kind = \"fax\"")),
            Refused("contacts.toml", Some(4)),
        ),
        (
            "contacts: no number",
            replace("contacts.toml", "number = \"311\"\n", s("")),
            Refused("contacts.toml", None),
        ),
        (
            "scenario: bad TOML",
            replace(SCENARIO, "kind = \"say\"", s("kind = say")),
            Refused(SCENARIO, Some(15)),
        ),
        (
            "scenario: not UTF-8",
            write(SCENARIO, vec![b'i', b'd', 0xc3, 0x28]),
            Refused(SCENARIO, None),
        ),
        (
            "scenario: huge file",
            write(SCENARIO, vec![b'#'; 5 << 20]),
            Refused(SCENARIO, None),
        ),
        (
            "scenario: unknown start",
            replace(SCENARIO, "start = \"knock\"", s("start = \"ring\"")),
            Refused(SCENARIO, Some(2)),
        ),
        (
            "scenario: id not its file",
            replace(SCENARIO, "id = \"door\"", s("id = \"window\"")),
            Refused(SCENARIO, Some(1)),
        ),
        (
            "step: unknown kind",
            replace(SCENARIO, "kind = \"say\"", s("kind = \"shout\"")),
            Refused(SCENARIO, Some(15)),
        ),
        (
            "step: duplicate id",
            replace(SCENARIO, "id = \"say\"", s("id = \"knock\"")),
            Refused(SCENARIO, Some(14)),
        ),
        (
            "step: no sources",
            replace(
                SCENARIO,
                "sources = [\"card\"]\nlines",
                s("sources = []\nlines"),
            ),
            Refused(SCENARIO, Some(14)),
        ),
        (
            "step: unknown source",
            replace(
                SCENARIO,
                "sources = [\"card\"]\nlines",
                s("sources = [\"cards\"]\nlines"),
            ),
            Refused(SCENARIO, Some(16)),
        ),
        (
            "choice: dangling",
            replace(SCENARIO, "next = \"say\"", s("next = \"sing\"")),
            Refused(SCENARIO, Some(9)),
        ),
        (
            "choice: unknown scenario",
            replace(
                SCENARIO,
                "{ id = \"open\", next = \"say\" }",
                s("{ id = \"open\", scenario = \"window\" }"),
            ),
            Refused(SCENARIO, Some(9)),
        ),
        (
            "choice: next and scenario",
            replace(
                SCENARIO,
                "{ id = \"open\", next = \"say\" }",
                s("{ id = \"open\", next = \"say\", scenario = \"door\" }"),
            ),
            Refused(SCENARIO, Some(9)),
        ),
        (
            "end: no points",
            replace(SCENARIO, "points = [\"closed\"]\n", s("")),
            Refused(SCENARIO, Some(21)),
        ),
        (
            "end: unknown contact",
            replace(
                SCENARIO,
                "contacts = [\"help\"]",
                s("contacts = [\"nobody\"]"),
            ),
            Refused(SCENARIO, Some(25)),
        ),
        (
            "say: no lines",
            replace(SCENARIO, "lines = [\"silent\"]\n", s("")),
            Refused(SCENARIO, Some(14)),
        ),
        (
            "graph: a loop with no end",
            Box::new(|dir: &Path| {
                let path = dir.join(SCENARIO);
                let text = std::fs::read_to_string(&path)
                    .unwrap()
                    .replace(
                        "lines = [\"silent\"]\nnext = \"end\"",
                        "lines = [\"silent\"]\nnext = \"knock\"",
                    )
                    .replace(
                        "{ id = \"wait\", next = \"end\" }",
                        "{ id = \"wait\", next = \"say\" }",
                    );
                std::fs::write(&path, text).unwrap();
            }),
            Refused(SCENARIO, Some(5)),
        ),
        (
            "graph: unreachable step",
            replace(
                SCENARIO,
                "{ id = \"open\", next = \"say\" }",
                s("{ id = \"open\", next = \"end\" }"),
            ),
            Refused(SCENARIO, Some(14)),
        ),
        (
            "graph: 2000 steps deep",
            Box::new(move |dir: &Path| {
                std::fs::write(dir.join(SCENARIO), &long_chain.0).unwrap();
                std::fs::write(dir.join(WORDS), &long_chain.1).unwrap();
            }),
            Inert,
        ),
        (
            "fluent: syntax error",
            replace(WORDS, "door--say =", s("door--say = {")),
            Refused(WORDS, Some(9)),
        ),
        (
            "fluent: missing message",
            replace(WORDS, "    .line-silent = I will remain silent.\n", s("")),
            Refused(SCENARIO, Some(17)),
        ),
        (
            "fluent: not UTF-8",
            write(WORDS, vec![b'd', b'o', 0xff]),
            Refused(WORDS, None),
        ),
        (
            "fluent: a second language with other variables",
            Box::new(|dir: &Path| {
                let text = std::fs::read_to_string(dir.join("manifest.toml")).unwrap();
                std::fs::write(
                    dir.join("manifest.toml"),
                    text.replace("locales = [\"en\"]", "locales = [\"en\", \"es\"]"),
                )
                .unwrap();
                std::fs::create_dir_all(dir.join("locales/es")).unwrap();
                std::fs::write(
                    dir.join("locales/es/x.ftl"),
                    "language-name = Español\nui-notice = { $fecha }\n",
                )
                .unwrap();
            }),
            Refused("locales/es/x.ftl", Some(2)),
        ),
        (
            "text: clear screen",
            replace(
                WORDS,
                "Someone knocks",
                s("Someone \u{1b}[2J\u{1b}[H knocks"),
            ),
            Inert,
        ),
        (
            "text: clipboard write (OSC 52)",
            replace(
                WORDS,
                "Someone knocks",
                s("\u{1b}]52;c;cm0gLXJmIH4K\u{7}Someone knocks"),
            ),
            Inert,
        ),
        (
            "text: window title",
            replace(WORDS, "Wait", s("\u{1b}]0;PWNED\u{7}Wait")),
            Inert,
        ),
        (
            "text: bell and NUL",
            replace(WORDS, "Talk to them", s("Talk\u{7}\u{7} to\u{0} them")),
            Inert,
        ),
        (
            "text: bidi override",
            replace(
                WORDS,
                "Keep the door closed.",
                s("\u{202e}Keep the door closed.\u{202c}\u{2066}x\u{2069}"),
            ),
            Inert,
        ),
        (
            "text: 8-bit CSI",
            replace(
                WORDS,
                "A knock at the door",
                s("A knock\u{9b}2J at the door"),
            ),
            Inert,
        ),
        (
            "text: 100 000 characters",
            replace(
                WORDS,
                "I will remain silent.",
                "very long words ".repeat(6_250),
            ),
            Inert,
        ),
    ]
}

fn has_control(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

#[test]
fn every_hostile_pack_is_refused_clearly_or_rendered_inert() {
    let cases = corpus();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    for (name, edit, expect) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let pack = tmp.path().join("pack");
        common::copy(&fixture(), &pack);
        edit(&pack);
        let out = kyr(&["check"], &pack);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!err.contains("panicked"), "{name}: {err}");
        match expect {
            Expect::Refused(file, line) => {
                assert_eq!(out.status.code(), Some(1), "{name} must be refused:\n{err}");
                let named = pack.join(file).display().to_string();
                let wanted = match line {
                    Some(l) => format!("{named}:{l}:"),
                    None => named,
                };
                assert!(err.contains(&wanted), "{name}: names {wanted}\n{err}");
            }
            Expect::Inert => {
                assert!(out.status.success(), "{name} should load:\n{err}");
                let shown = kyr(&["show", "door"], &pack);
                assert!(shown.status.success(), "{name}");
                let text = String::from_utf8(shown.stdout).unwrap();
                assert_eq!(
                    has_control(&text),
                    None,
                    "{name}: a control character got through"
                );
            }
        }
    }
}
