//! The command line as a person or a script meets it: the real binary, its output, its exit
//! code. Broken packs are copies of `fixtures/minimal` with one thing broken.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn kyr(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(args)
        .env("LANG", "C.UTF-8")
        // A fixed day before the content's review date, so that no test depends on the clock.
        .env("KYR_TODAY", "2027-01-01")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run kyr")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 errors")
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal")
}

/// A copy of the minimal pack with `from` replaced by `to` in `file`.
fn broken(file: &str, from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy(&fixture(), dir.path());
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    dir
}

/// The minimal pack with one more language holding `files` (name, text).
fn with_language(lang: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
    let list = format!("locales = [\"en\", \"{lang}\"]");
    let dir = broken("manifest.toml", "locales = [\"en\"]", &list);
    let folder = dir.path().join("locales").join(lang);
    std::fs::create_dir_all(&folder).unwrap();
    for (name, text) in files {
        std::fs::write(folder.join(name), text).unwrap();
    }
    dir
}

fn check_fails(dir: &Path, place: &str, words: &str) {
    let out = kyr(&["check", "--content", dir.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let wanted = format!("{}{place}", dir.display());
    assert!(err.contains(&wanted), "names {wanted}:\n{err}");
    assert!(err.contains(words), "says {words:?}:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn the_minimal_fixture_is_valid() {
    let out = kyr(&["check", "--content", fixture().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn bad_toml_names_file_and_line() {
    let dir = broken("scenarios/door.toml", "kind = \"say\"", "kind = say");
    check_fails(dir.path(), "/scenarios/door.toml:15:", "quoted");
}

#[test]
fn dangling_link_names_file_and_line() {
    let dir = broken("scenarios/door.toml", "next = \"say\"", "next = \"sing\"");
    check_fails(
        dir.path(),
        "/scenarios/door.toml:9:",
        "“sing” is not a step",
    );
}

#[test]
fn missing_message_names_the_step_that_needs_it() {
    let dir = broken(
        "locales/en/door.ftl",
        "    .line-silent = I will remain silent.\n",
        "",
    );
    check_fails(
        dir.path(),
        "/scenarios/door.toml:17:",
        "“door--say.line-silent” is missing in en",
    );
}

#[test]
fn unknown_source_names_file_and_line() {
    let dir = broken(
        "scenarios/door.toml",
        "sources = [\"card\"]\nlines",
        "sources = [\"cards\"]\nlines",
    );
    check_fails(dir.path(), "/scenarios/door.toml:16:", "no source “cards”");
}

#[test]
fn unreachable_step() {
    let dir = broken(
        "scenarios/door.toml",
        "{ id = \"open\", next = \"say\" }",
        "{ id = \"open\", next = \"end\" }",
    );
    check_fails(
        dir.path(),
        "/scenarios/door.toml:14:",
        "step “say” cannot be reached",
    );
}

#[test]
fn fluent_syntax_error_names_file_and_line() {
    let dir = broken("locales/en/door.ftl", "door--say =", "door--say = {");
    check_fails(dir.path(), "/locales/en/door.ftl:", "Fluent");
}

#[test]
fn unknown_contact_and_kind() {
    let dir = broken(
        "scenarios/door.toml",
        "contacts = [\"help\"]",
        "contacts = [\"halp\"]",
    );
    check_fails(dir.path(), "/scenarios/door.toml:25:", "no contact “halp”");
    let dir = broken("scenarios/door.toml", "kind = \"say\"", "kind = \"sing\"");
    check_fails(
        dir.path(),
        "/scenarios/door.toml:15:",
        "“sing” is not a step kind",
    );
}

#[test]
fn translation_with_other_variables_is_an_error() {
    let dir = with_language(
        "es",
        &[(
            "x.ftl",
            "language-name = Español\nui-notice = Sin { $fecha }.\n",
        )],
    );
    check_fails(dir.path(), "/locales/es/x.ftl:2:", "ui-notice");
}

#[test]
fn missing_pack_folder_is_a_clear_error() {
    let out = kyr(&["check", "--content", "/nonexistent/pack"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/pack/manifest.toml: this file is missing"));
}

#[test]
fn embedded_pack_is_valid_with_english_and_spanish_complete() {
    let out = kyr(&["check"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(text.contains("en: 100%"), "{text}");
    assert!(text.contains("es: 100%"), "{text}");
}

#[test]
fn list_in_spanish_has_twelve_titles() {
    let out = kyr(&["list", "--lang", "es"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 12, "{text}");
    assert!(lines[0].starts_with("at-home\t"));
    assert!(text.contains("Revisar una orden"), "{text}");
}

#[test]
fn show_warrant_in_spanish_explains_ice_forms() {
    let out = kyr(&["show", "warrant", "--lang", "es"]);
    let text = stdout(&out);
    assert!(out.status.success());
    for needle in ["I-200", "I-205", "juez", "Esto no es asesoría legal"] {
        assert!(text.contains(needle), "{needle}:\n{text}");
    }
    // Words for an officer come with their English.
    assert!(text.contains("“I do not consent to your entry.”"), "{text}");
}

#[test]
fn plain_output_has_no_escapes_or_invisible_marks() {
    for lang in ["en", "es", "ar", "zh-Hans"] {
        for scenario in ["at-home", "warrant", "recording"] {
            let text = stdout(&kyr(&["show", scenario, "--lang", lang]));
            let bad = text.chars().find(|&c| {
                (c.is_control() && c != '\n' && c != '\t')
                    || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            });
            assert_eq!(bad, None, "{scenario} in {lang}");
        }
    }
}

#[test]
fn arabic_is_printed_in_logical_order() {
    let text = stdout(&kyr(&["show", "at-home", "--lang", "ar"]));
    // "الباب" (the door) in logical order; a visual reordering would reverse it.
    assert!(text.contains("الباب"), "{text}");
}

#[test]
fn unknown_language_and_scenario_list_the_valid_ones() {
    let out = kyr(&["list", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("en, es, zh-Hans, zh-Hant, ru, bn, ht, ko, ar, ur, fr, pl"),
        "{}",
        stderr(&out)
    );
    let out = kyr(&["show", "at-the-zoo"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("at-home, warrant, street"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn language_comes_from_the_environment() {
    let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .arg("list")
        .env("LANG", "es_MX.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("Revisar una orden"));
}

#[test]
fn help_and_version() {
    let out = kyr(&["--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Not legal advice"));
    let out = kyr(&["--version"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn version_names_the_content_pack_and_its_review_date() {
    // What a kiosk operator needs to tell what a screen shows: the program, the pack, its date.
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/nyc/manifest.toml"),
    )
    .unwrap();
    let value = |key: &str| {
        manifest
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key} = ")))
            .unwrap()
            .trim_matches('"')
            .to_string()
    };
    let out = kyr(&["--version"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        text.starts_with(&format!("kyr {}\n", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    let pack = format!(
        "content pack {} {}, last reviewed {}",
        value("id"),
        value("version"),
        value("last_reviewed")
    );
    assert!(text.contains(&pack), "{text}");
    // In the reader's language, and for a pack given with --content.
    let text = stdout(&kyr(&["--version", "--lang", "es"]));
    assert!(text.contains("paquete de contenido nyc"), "{text}");
    let dir = fixture();
    // A kiosk's unit names its pack in the environment.
    let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .arg("--version")
        .env("KYR_CONTENT", &dir)
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("content pack mini 0.1.0"),
        "{}",
        stdout(&out)
    );
    let text = stdout(&kyr(&["--version", "--content", dir.to_str().unwrap()]));
    assert!(
        text.contains("content pack mini 0.1.0, last reviewed 2026-01-01"),
        "{text}"
    );
}

/// clap's English headings and notes on values, which no help text in another language has.
const CLAP_ENGLISH: [&str; 6] = [
    "Usage:",
    "Commands:",
    "Arguments:",
    "Options:",
    "[default:",
    "[possible values:",
];

#[test]
fn help_headings_and_defaults_are_in_the_chosen_language() {
    let help = |args: &[&str]| {
        let out = kyr(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let top = help(&["--help", "--lang", "es"]);
    let handout = help(&["handout", "--help", "--lang", "es"]);
    for want in [
        "Uso: kyr",
        "\nComandos:\n",
        "\nOpciones:\n",
        "(por defecto: app)",
    ] {
        assert!(top.contains(want), "{want:?}:\n{top}");
    }
    for want in ["Uso: kyr handout", "\nArgumentos:\n", "(por defecto: html)"] {
        assert!(handout.contains(want), "{want:?}:\n{handout}");
    }
    for lang in [
        "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
    ] {
        for command in [&[][..], &["handout"], &["notes", "export"], &["card"]] {
            let args: Vec<&str> = command
                .iter()
                .copied()
                .chain(["--help", "--lang", lang])
                .collect();
            let text = help(&args);
            for english in CLAP_ENGLISH {
                assert!(
                    !text.contains(english),
                    "{lang} {command:?}: {english}\n{text}"
                );
            }
        }
    }
    // English keeps clap's headings, and says defaults the same way as other languages.
    let english = help(&["--help", "--lang", "en"]);
    for want in [
        "Usage: kyr",
        "\nCommands:\n",
        "\nOptions:\n",
        "(default: auto)",
    ] {
        assert!(english.contains(want), "{want:?}:\n{english}");
    }
    assert!(!english.contains("[default:"), "{english}");
}

#[test]
fn the_card_on_paper_does_not_ask_to_hold_up_a_screen() {
    let mut loaded = kyr::pack::load(&kyr::pack::Origin::Embedded).unwrap();
    for (i, lang) in loaded.l10n.tags().into_iter().enumerate() {
        loaded.l10n.set_current(i);
        let on_screen = loaded.l10n.text("card", Some("intro"));
        let on_paper = loaded.l10n.ui("handout-card-intro");
        let text = stdout(&kyr(&["card", "--lang", &lang]));
        assert!(!text.contains(&on_screen), "{lang}:\n{text}");
        assert!(text.contains(&on_paper), "{lang}:\n{text}");
    }
    let english = stdout(&kyr(&["card", "--lang", "en"])).to_lowercase();
    assert!(!english.contains("screen"), "{english}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["show", "at-home"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end at once, like `| head -0`.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_loop_with_no_way_out_is_a_dead_end() {
    let dir = broken(
        "scenarios/door.toml",
        "lines = [\"silent\"]\nnext = \"end\"",
        "lines = [\"silent\"]\nnext = \"knock\"",
    );
    let path = dir.path().join("scenarios/door.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "{ id = \"wait\", next = \"end\" }",
            "{ id = \"wait\", next = \"say\" }",
        ),
    )
    .unwrap();
    check_fails(
        dir.path(),
        "/scenarios/door.toml:5:",
        "from step “knock” there is no way to reach an end",
    );
}

#[test]
fn a_pack_can_bring_its_own_language() {
    let dir = with_language(
        "wo",
        &[(
            "door.ftl",
            "language-name = Wolof\ndoor = Kenn a ngi door ci bunt bi\n",
        )],
    );
    let pack = dir.path().to_str().unwrap();
    let out = kyr(&["list", "--content", pack, "--lang", "wo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "door\tKenn a ngi door ci bunt bi\n");
    // The rest falls back to the pack's reference language, message by message.
    let shown = stdout(&kyr(&["show", "door", "--content", pack, "--lang", "wo"]));
    assert!(shown.contains("Someone knocks"), "{shown}");
    // Coverage reports it, and --strict refuses the gap.
    let out = kyr(&["check", "--content", pack, "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("wo: "), "{}", stdout(&out));
    assert!(stderr(&out).contains("wo has"), "{}", stderr(&out));
    let out = kyr(&["check", "--content", pack, "--lang", "wo"]);
    assert!(
        stdout(&out).contains("door--knock.title"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_pack_spelling_a_tag_otherwise_still_gets_the_programs_words_for_it() {
    // zh-hans reads as zh-Hans, the tag the program knows its own Chinese words by.
    let dir = with_language(
        "zh-hans",
        &[(
            "door.ftl",
            "language-name = 中文（简体）\ndoor = 有人敲门\n",
        )],
    );
    let pack = dir.path().to_str().unwrap();
    let out = kyr(&["show", "door", "--content", pack, "--lang", "zh-Hans"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert!(shown.starts_with("有人敲门"), "{shown}");
    assert!(!shown.contains("not legal advice"), "{shown}");
}

#[test]
fn check_flags_words_left_in_english() {
    let en = fixture().join("locales/en");
    let door = std::fs::read_to_string(en.join("door.ftl")).unwrap();
    let pack = std::fs::read_to_string(en.join("pack.ftl")).unwrap();
    let pack = pack.replace("language-name = English", "language-name = Español");
    let dir = with_language("es", &[("door.ftl", &door), ("pack.ftl", &pack)]);
    let pack = dir.path().to_str().unwrap();
    let out = kyr(&["check", "--content", pack, "--lang", "es"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    // The report speaks the language it checks.
    assert!(text.contains("iguales que en en"), "{text}");
    assert!(text.contains("  door--say.line-silent"), "{text}");
    assert!(!text.contains("  language-name"), "{text}");
}

#[test]
fn every_language_is_complete() {
    let out = kyr(&["check", "--strict"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert_eq!(
        stdout(&out).matches(": 100% (").count(),
        12,
        "{}",
        stdout(&out)
    );
}

#[test]
fn every_language_lists_twelve_titles_in_its_own_script() {
    let english = stdout(&kyr(&["list", "--lang", "en"]));
    let script = |c: char| match c {
        '\u{0400}'..='\u{04FF}' => "cyrillic",
        '\u{0600}'..='\u{06FF}' => "arabic",
        '\u{0980}'..='\u{09FF}' => "bengali",
        '\u{AC00}'..='\u{D7AF}' => "hangul",
        '\u{4E00}'..='\u{9FFF}' => "han",
        c if c.is_ascii_alphabetic() || "éèêàâçôûîïüóáíúñ¿ąćęłńśźżòè".contains(c) => {
            "latin"
        }
        _ => "",
    };
    for (lang, wanted) in [
        ("es", "latin"),
        ("zh-Hans", "han"),
        ("zh-Hant", "han"),
        ("ru", "cyrillic"),
        ("bn", "bengali"),
        ("ht", "latin"),
        ("ko", "hangul"),
        ("ar", "arabic"),
        ("ur", "arabic"),
        ("fr", "latin"),
        ("pl", "latin"),
    ] {
        let text = stdout(&kyr(&["list", "--lang", lang]));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 12, "{lang}:\n{text}");
        for (line, en) in lines.iter().zip(english.lines()) {
            let title = line.split('\t').nth(1).unwrap();
            assert_ne!(
                Some(title),
                en.split('\t').nth(1),
                "{lang}: untranslated title"
            );
            let letters: Vec<&str> = title
                .chars()
                .map(script)
                .filter(|s| !s.is_empty())
                .collect();
            let mine = letters.iter().filter(|s| **s == wanted).count();
            assert!(
                mine * 2 > letters.len(),
                "{lang}: {title} is not mostly {wanted}"
            );
        }
    }
}

/// Runs kyr with `input` on its standard input (passphrases, confirmations).
fn kyr_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn notes_folder() -> (tempfile::TempDir, kyr::notes::store::Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = kyr::notes::store::Store::new(tmp.path().join("kyr"));
    let mut note = kyr::notes::Note::new("20261126-181503".into(), "2026-11-26 18:15");
    note.set("place", "Flatbush Ave".into());
    note.set("agency", "ice".into());
    note.set("said", "“Open the door.”\n«No.»".into());
    store.save(&note, None).unwrap();
    let mut secret = kyr::notes::Note::new("20261126-190000".into(), "2026-11-26 19:00");
    secret.set("place", "Jackson Heights".into());
    store.save(&secret, Some("blue river")).unwrap();
    (tmp, store)
}

#[test]
fn notes_list_export_delete() {
    let (_tmp, store) = notes_folder();
    let dir = store.dir().to_str().unwrap();
    let list = stdout(&kyr(&["notes", "list", "--data-dir", dir]));
    assert_eq!(
        list,
        "20261126-190000\t(locked)\n20261126-181503\t2026-11-26 18:15\tFlatbush Ave\n"
    );
    let out = kyr(&[
        "notes",
        "export",
        "20261126-181503",
        "--format",
        "txt",
        "--lang",
        "es",
        "--data-dir",
        dir,
    ]);
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(text.contains("Lugar (Place):\n  Flatbush Ave"), "{text}");
    assert!(text.contains("Agencia (Agency):\n  ICE"), "{text}");
    assert!(text.contains("«No.»"), "{text}");
    let md = stdout(&kyr(&[
        "notes",
        "export",
        "20261126-181503",
        "--data-dir",
        dir,
    ]));
    assert!(
        md.starts_with("# Notes on an encounter: 2026-11-26 18:15"),
        "{md}"
    );
    let out = kyr(&["notes", "delete", "20261126-181503", "--data-dir", dir]);
    assert!(out.status.success());
    assert!(!store.dir().join("20261126-181503.toml").exists());
    let out = kyr(&["notes", "delete", "../../etc/passwd", "--data-dir", dir]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("There is no note"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_locked_note_exports_only_with_its_passphrase() {
    let (_tmp, store) = notes_folder();
    let dir = store.dir().to_str().unwrap();
    let locked = store.dir().join("20261126-190000.age");
    let before = std::fs::read(&locked).unwrap();
    assert!(!String::from_utf8_lossy(&before).contains("Jackson"));
    let out = kyr_with_input(
        &["notes", "export", "20261126-190000", "--data-dir", dir],
        "red river\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("does not open note"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&locked).unwrap(),
        before,
        "a wrong passphrase changes nothing"
    );
    let out = kyr_with_input(
        &["notes", "export", "20261126-190000", "--data-dir", dir],
        "blue river\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Jackson Heights"));
}

#[test]
fn wipe_needs_the_typed_word() {
    let (_tmp, store) = notes_folder();
    let dir = store.dir().to_str().unwrap();
    let out = kyr_with_input(&["notes", "wipe", "--data-dir", dir], "yes\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Nothing was deleted"),
        "{}",
        stderr(&out)
    );
    assert_eq!(store.list().len(), 2);
    // In Spanish the word is BORRAR; the English word works everywhere.
    let out = kyr_with_input(
        &["notes", "wipe", "--lang", "es", "--data-dir", dir],
        "BORRAR\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains('2'), "{}", stdout(&out));
    assert!(store.list().is_empty());
    let (_tmp2, store) = notes_folder();
    let dir = store.dir().to_str().unwrap();
    let out = kyr_with_input(
        &["notes", "wipe", "--lang", "ko", "--data-dir", dir],
        "DELETE\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(store.list().is_empty());
}

#[test]
fn damaged_note_files_are_reported_on_stderr_and_kept() {
    let (_tmp, store) = notes_folder();
    let bad = store.dir().join("20250101-000000.toml");
    std::fs::write(&bad, [0xff, 0xfe, b'x']).unwrap();
    let out = kyr(&["notes", "list", "--data-dir", store.dir().to_str().unwrap()]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("20250101-000000.toml: this note is damaged"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out).lines().count(), 2);
    assert_eq!(std::fs::read(&bad).unwrap(), [0xff, 0xfe, b'x']);
}

/// The embedded pack laid out as `--content` expects it, in a folder of its own.
fn nyc_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy(&root.join("assets/nyc"), dir.path());
    common::copy(&root.join("locales"), &dir.path().join("locales"));
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_changed_english_message_is_stale_in_every_language_until_marked() {
    let dir = nyc_copy();
    let pack = dir.path().to_str().unwrap();
    let out = kyr(&["check", "--content", pack, "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let english = dir.path().join("locales/en/at-home.ftl");
    edit(
        &english,
        "    .title = Do not open the door\n",
        "    .title = Keep your door closed\n",
    );
    let out = kyr(&["check", "--content", pack, "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    let errors = stderr(&out);
    for lang in [
        "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
    ] {
        let named = format!(
            "{lang} has one stale message (the English changed since); see kyr check --lang {lang}.\n  at-home--door\n"
        );
        assert!(errors.contains(&named), "{lang}: {errors}");
    }

    // The translator sees the English it was translated from and the English now.
    let out = kyr(&["check", "--content", pack, "--lang", "es"]);
    let report = stdout(&out);
    assert!(report.contains("  at-home--door\n"), "{report}");
    assert!(report.contains("Do not open the door"), "{report}");
    assert!(report.contains("Keep your door closed"), "{report}");

    // A translation nobody touched is not marked current without saying so.
    let out = kyr(&["l10n", "mark", "es", "at-home--door", "--content", pack]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("was not edited"), "{}", stderr(&out));

    // Edited, it is marked; the other languages say the change needs no new words.
    let spanish = dir.path().join("locales/es/at-home.ftl");
    let text = std::fs::read_to_string(&spanish).unwrap();
    let title = text
        .lines()
        .skip_while(|l| !l.starts_with("at-home--door ="))
        .find(|l| l.trim_start().starts_with(".title ="))
        .unwrap()
        .to_string();
    edit(&spanish, &title, "    .title = Mantenga su puerta cerrada");
    let out = kyr(&["l10n", "mark", "es", "at-home--door", "--content", pack]);
    assert!(out.status.success(), "{}", stderr(&out));
    for lang in [
        "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
    ] {
        let args = [
            "l10n",
            "mark",
            lang,
            "--all",
            "--unchanged",
            "--content",
            pack,
        ];
        let out = kyr(&args);
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
    }
    let out = kyr(&["check", "--content", pack, "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The old English is no longer needed by any translation, so it is dropped.
    let versions = std::fs::read_to_string(dir.path().join("locales/en/versions.toml")).unwrap();
    assert!(
        !versions.contains("    .title = Do not open the door\n"),
        "{versions}"
    );
    assert!(versions.contains("    .title = Keep your door closed\n"));
}

#[test]
fn the_review_notice_and_the_out_of_date_notice() {
    // Every translation is machine-assisted and unreviewed: it says so, in its own words.
    let out = kyr(&["show", "at-home", "--lang", "es"]);
    let text = stdout(&out);
    assert!(
        text.lines().nth(2).is_some_and(|l| l.contains("Español")),
        "{text}"
    );
    let english = stdout(&kyr(&["show", "at-home", "--lang", "en"]));
    assert!(
        !english.contains("not yet checked by a lawyer"),
        "{english}"
    );

    // Past the review date, every output says the content may be out of date.
    let late = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
            .args(args)
            .env("KYR_TODAY", "2099-01-01")
            .output()
            .unwrap();
        stdout(&out)
    };
    for args in [
        &["show", "at-home", "--lang", "en"][..],
        &["card", "--lang", "en"],
        &["handout", "at-home", "--lang", "en", "--format", "txt"],
    ] {
        let text = late(args);
        assert!(text.contains("may be out of date"), "{args:?}: {text}");
        assert!(text.contains("1-800-354-0365"), "{args:?}: {text}");
    }
    assert!(!english.contains("may be out of date"), "{english}");
    // `kyr check` warns, and still passes.
    let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["check"])
        .env("LANG", "C.UTF-8")
        .env("KYR_TODAY", "2099-01-01")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("may be out of date"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn arguments_that_are_not_utf8_are_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"\xff");
    for args in [
        vec![std::ffi::OsStr::new("show"), bad],
        vec![std::ffi::OsStr::new("--content"), bad],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
            .args(&args)
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(101), "{}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
        assert!(!stderr(&out).is_empty());
    }
}

#[test]
fn a_full_disk_on_stdout_says_why() {
    let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["show", "at-home"])
        .env("LANG", "C.UTF-8")
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Could not write the output"),
        "{}",
        stderr(&out)
    );
}

/// A copy of the minimal pack, for tests that plant files in it.
fn minimal_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy(&fixture(), dir.path());
    dir
}

/// Runs `kyr check` on a planted pack with a time limit: a pack must never make kyr wait.
fn check_within(dir: &Path, seconds: u64) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["check", "--content", dir.to_str().unwrap()])
        .env("LANG", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("kyr check did not finish within {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn pipes_devices_and_links_out_of_the_pack_are_refused() {
    // A FIFO would block every command forever.
    let dir = minimal_copy();
    let fifo = dir.path().join("locales/en/zz.ftl");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let out = check_within(dir.path(), 10);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("zz.ftl: this is not a regular file"),
        "{}",
        stderr(&out)
    );

    // A device is read until memory runs out.
    let dir = minimal_copy();
    let manifest = dir.path().join("manifest.toml");
    std::fs::remove_file(&manifest).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &manifest).unwrap();
    let out = check_within(dir.path(), 10);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("manifest.toml: this is not a regular file"),
        "{}",
        stderr(&out)
    );

    // A link to a file elsewhere (a credentials file of key = value lines) is never shown.
    let secret = tempfile::tempdir().unwrap();
    let credentials = secret.path().join("credentials");
    std::fs::write(&credentials, "token = hunter2-secret\n").unwrap();
    let dir = minimal_copy();
    std::os::unix::fs::symlink(&credentials, dir.path().join("locales/en/zz.ftl")).unwrap();
    let out = check_within(dir.path(), 10);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("zz.ftl: this leads out of the pack"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
    let shown = kyr(&["show", "door", "--content", dir.path().to_str().unwrap()]);
    assert!(!stdout(&shown).contains("hunter2"));
}

#[test]
fn a_language_folder_that_cannot_be_listed_says_why() {
    use std::os::unix::fs::PermissionsExt;
    let dir = minimal_copy();
    let mode =
        |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    mode(dir.path(), 0o755);
    let folder = dir.path().join("locales/en");
    mode(&folder, 0o000);
    // root may read any folder, so as root the check runs as nobody (CI runs as root).
    let mut command = if unsafe { libc::geteuid() } == 0 {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        c.arg(env!("CARGO_BIN_EXE_kyr"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_kyr"))
    };
    let out = command
        .args(["check", "--content", dir.path().to_str().unwrap()])
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    mode(&folder, 0o755);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("ermission denied"), "{err}");
    assert!(!err.contains("has no folder"), "{err}");
}

#[test]
fn big_packs_load_in_linear_time() {
    // 120,000 messages took 88 s to check and a 30,000-step chain 27 s when every message's
    // line was found by reading its file again. Linear, each takes well under a second or two.
    let dir = minimal_copy();
    let mut words = String::new();
    for i in 0..120_000 {
        words.push_str(&format!("m{i} = x\n"));
    }
    std::fs::write(dir.path().join("locales/en/zz.ftl"), words).unwrap();
    let mut chain = String::from("id = \"door\"\nstart = \"s0\"\n");
    let mut ftl = String::new();
    let n = 30_000;
    for i in 0..n {
        let next = if i + 1 < n {
            format!("next = \"s{}\"", i + 1)
        } else {
            String::new()
        };
        if i + 1 < n {
            chain.push_str(&format!(
                "[[step]]\nid = \"s{i}\"\nkind = \"info\"\nsources = [\"card\"]\n{next}\n"
            ));
            ftl.push_str(&format!("door--s{i} =\n    .title = T\n    .body = B\n"));
        } else {
            chain.push_str(&format!(
                "[[step]]\nid = \"s{i}\"\nkind = \"end\"\nsources = [\"card\"]\npoints = [\"p\"]\n"
            ));
            ftl.push_str(&format!("door--s{i} =\n    .title = T\n    .point-p = P\n"));
        }
    }
    std::fs::write(dir.path().join("scenarios/door.toml"), chain).unwrap();
    std::fs::write(
        dir.path().join("locales/en/door.ftl"),
        format!("door = Door\n{ftl}"),
    )
    .unwrap();
    // Generous for a debug build on a slow machine; the quadratic version needed minutes.
    let out = check_within(dir.path(), 30);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_language_listed_twice_and_an_invisible_character_in_an_id_are_named() {
    let dir = broken(
        "manifest.toml",
        "locales = [\"en\"]",
        "locales = [\"en\", \"en\"]",
    );
    let out = kyr(&["check", "--content", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("manifest.toml:6: “en” is used twice"),
        "{}",
        stderr(&out)
    );

    let dir = broken(
        "scenarios/door.toml",
        "id = \"say\"",
        "id = \"s\u{202E}ay\"",
    );
    let out = kyr(&["check", "--content", dir.path().to_str().unwrap()]);
    let err = stderr(&out);
    assert!(err.contains("“sU+202Eay” is not a valid id"), "{err}");
}

#[test]
fn messages_that_cannot_be_formatted_are_refused_by_check_and_never_panic() {
    let many = "{\"b\"}".repeat(101);
    let big_term = format!("-big = {many}\n");
    let cases: Vec<(String, String, &str)> = vec![
        // fluent-bundle 0.16 panics on these (more than 100 placeables).
        (
            format!("    .title = {{ \"a\" ->\n        *[a] {many}\n    }}"),
            String::new(),
            "door--say.title",
        ),
        (
            "    .title = A knock { -big }".to_string(),
            big_term,
            "door--say.title",
        ),
        // References to nothing, variables nobody gives, functions kyr does not provide, loops.
        (
            "    .title = { -nope }".to_string(),
            String::new(),
            "door--say.title",
        ),
        (
            "    .title = { nomsg }".to_string(),
            String::new(),
            "door--say.title",
        ),
        (
            "    .title = { $x }".to_string(),
            String::new(),
            "door--say.title",
        ),
        (
            "    .title = { NUMBER(1) }".to_string(),
            String::new(),
            "door--say.title",
        ),
        (
            "    .title = { -a }".to_string(),
            "-a = { -b }\n-b = { -a }\n".to_string(),
            "door--say.title",
        ),
    ];
    for (title, extra, message) in cases {
        let dir = broken("locales/en/door.ftl", "    .title = Say this", &title);
        if !extra.is_empty() {
            std::fs::write(dir.path().join("locales/en/zz.ftl"), &extra).unwrap();
        }
        let pack = dir.path().to_str().unwrap();
        let out = kyr(&["check", "--content", pack]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{title}: {err}");
        assert!(
            err.contains(&format!("door.ftl:8: {message} cannot be shown")),
            "{title}: {err}"
        );
        assert!(!err.contains("panicked"), "{title}: {err}");
        // Shown anyway (`show` checks the pack too, so it refuses it the same way), no panic.
        let out = kyr(&["show", "door", "--content", pack]);
        assert!(
            !stderr(&out).contains("panicked"),
            "{title}: {}",
            stderr(&out)
        );
        assert_ne!(out.status.code(), Some(101), "{title}");
    }
}

#[test]
fn placeables_nested_too_deep_are_refused_before_parsing() {
    let deep = format!(
        "deep = {}\"x\"{}\n",
        "{ ".repeat(20_000),
        " }".repeat(20_000)
    );
    let dir = minimal_copy();
    std::fs::write(dir.path().join("locales/en/zz.ftl"), deep).unwrap();
    for command in ["check", "show"] {
        let mut args = vec![command];
        if command == "show" {
            args.push("door");
        }
        args.extend(["--content", dir.path().to_str().unwrap()]);
        let out = kyr(&args);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("zz.ftl:1: placeables nest deeper than"),
            "{}",
            stderr(&out)
        );
    }
}

/// Control characters and direction overrides a hostile file may carry: ESC sequences, BEL,
/// an 8-bit CSI, and RLO (which would also reverse the digits of a phone number).
const HOSTILE: &str = "\u{1b}[2J\u{7}\u{9b}31m\u{202e}\u{1b}]52;c;aGk=\u{7}";

/// Every character outside printable ASCII as a TOML `\uXXXX` escape.
fn toml_escaped(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c.to_string()
            } else {
                format!("\\u{:04x}", u32::from(c))
            }
        })
        .collect()
}

fn assert_inert(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t') || ('\u{202a}'..='\u{202e}').contains(&c)
        })
        .collect();
    assert!(bad.is_empty(), "{what} printed {bad:?}:\n{text}");
}

#[test]
fn no_output_carries_a_control_character_from_a_pack_or_a_note() {
    let dir = broken(
        "contacts.toml",
        "number = \"311\"",
        &format!("number = \"311{}\"", toml_escaped(HOSTILE)),
    );
    let pack = dir.path().to_str().unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["show", "door"],
        vec!["list"],
        vec!["card"],
        vec!["contacts"],
        vec!["handout", "--lang", "en", "--format", "html"],
        vec!["handout", "--lang", "en", "--format", "md"],
        vec!["handout", "--lang", "en", "--format", "txt"],
    ];
    for mut args in runs {
        args.extend(["--content", pack]);
        let out = kyr(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_inert(&format!("{args:?}"), &stdout(&out));
    }

    // A planted note file, its fields full of escape sequences.
    let tmp = tempfile::tempdir().unwrap();
    let notes = tmp.path().join("kyr");
    std::fs::create_dir_all(&notes).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&notes, std::fs::Permissions::from_mode(0o700)).unwrap();
    let escaped = toml_escaped(HOSTILE);
    let planted = format!(
        "version = 1\ncreated = \"2026-11-26 18:15{escaped}\"\n[fields]\nplace = \"Flatbush{escaped}\"\n"
    );
    std::fs::write(notes.join("20261126-181503.toml"), planted).unwrap();
    let dir = notes.to_str().unwrap();
    let list = kyr(&["notes", "list", "--data-dir", dir]);
    assert!(stdout(&list).contains("Flatbush"), "{}", stderr(&list));
    assert_inert("notes list", &stdout(&list));
    for format in ["md", "txt"] {
        let args = [
            "notes",
            "export",
            "20261126-181503",
            "--format",
            format,
            "--data-dir",
            dir,
        ];
        let out = kyr(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_inert(&format!("notes export {format}"), &stdout(&out));
    }
}

#[test]
fn an_unknown_handout_format_is_an_error() {
    let out = kyr(&["handout", "at-home", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("html, md, txt"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
}
