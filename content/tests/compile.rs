//! The build's step (build.rs calls `compile`): the program's own pack compiles, and a broken
//! copy of it is refused with every problem's file and line, as `kyr check` names them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kyr_content::compiled::compile;
use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// Replaces the first `old` in a file and returns the line it was on.
fn spoil(file: &Path, old: &str, new: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap();
    let at = text
        .find(old)
        .unwrap_or_else(|| panic!("{old} not in {}", file.display()));
    std::fs::write(file, text.replacen(old, new, 1)).unwrap();
    text[..at].matches('\n').count() + 1
}

#[test]
fn the_programs_pack_compiles() {
    let root = repository();
    let output = compile(&root.join("assets/nyc"), &root.join("locales")).unwrap();
    assert!(output.rust.contains("pub static COMPILED"));
    // Every file the build writes is one the program includes.
    for (name, _) in &output.files {
        assert!(output.rust.contains(&format!("/{name}\"")), "{name}");
    }
}

#[test]
fn a_broken_pack_is_refused_naming_each_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("assets/nyc");
    let locales = dir.path().join("locales");
    copy(&repository().join("assets/nyc"), &data);
    copy(&repository().join("locales"), &locales);

    let scenario = data.join("scenarios/at-home.toml");
    let link = spoil(&scenario, "next = \"ask-warrant\"", "next = \"nowhere\"");
    let words = locales.join("es/at-home.ftl");
    let mut text = std::fs::read_to_string(&words).unwrap();
    text.push_str("\n= a line that is no message\n");
    let fluent = text.lines().count();
    std::fs::write(&words, text).unwrap();

    let Err(report) = compile(&data, &locales) else {
        panic!("a broken pack compiled");
    };
    let expect_link = format!("{}:{link}:", scenario.display());
    assert!(report.contains(&expect_link), "{expect_link} in\n{report}");
    assert!(report.contains("nowhere"), "{report}");
    let expect_fluent = format!("{}:{fluent}:", words.display());
    assert!(
        report.contains(&expect_fluent),
        "{expect_fluent} in\n{report}"
    );
    // One problem a line, in English.
    assert!(report.lines().all(|l| !l.trim().is_empty()), "{report}");
}

#[test]
fn a_language_whose_folder_is_spelled_otherwise_is_refused_not_left_empty() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("assets/nyc");
    let locales = dir.path().join("locales");
    copy(&repository().join("assets/nyc"), &data);
    copy(&repository().join("locales"), &locales);
    // The tag reads as zh-Hans whatever its spelling; the folder and manifest say zh-hans.
    std::fs::rename(locales.join("zh-Hans"), locales.join("zh-hans")).unwrap();
    let manifest = data.join("manifest.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("\"zh-Hans\"", "\"zh-hans\"")).unwrap();

    let Err(report) = compile(&data, &locales) else {
        panic!("a language compiled without its words");
    };
    assert!(report.contains("zh-Hans"), "{report}");
}
