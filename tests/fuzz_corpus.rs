//! The fuzzing corpora (`fuzz/corpus/`), replayed on the stable toolchain through the same
//! code the fuzz targets drive, so every input the fuzzers kept stays a regression test.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

use std::path::{Path, PathBuf};

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
}

#[test]
fn fluent_inputs_parse_format_and_fingerprint_without_a_panic() {
    for file in corpus("fluent") {
        let data = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&data).into_owned();
        let mut catalog = kyr::i18n::catalog::Catalog::new("en".parse().unwrap());
        catalog.add("fuzz.ftl", text.clone(), &mut Vec::new());
        for (id, info) in &catalog.index {
            let attrs = info.attrs.keys().map(|a| Some(a.as_str()));
            for attr in std::iter::once(None).chain(attrs) {
                let _ = kyr::i18n::format_checked(&catalog.bundle, id, attr, None);
            }
        }
        for canonical in kyr::i18n::tracking::messages([text.as_str()]).values() {
            let _ = kyr::i18n::tracking::parts(canonical);
        }
    }
}

#[test]
fn note_files_are_read_or_refused_without_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let store = kyr::notes::store::Store::new(tmp.path().join("kyr"));
    std::fs::create_dir_all(store.dir()).unwrap();
    for file in corpus("note") {
        let data = std::fs::read(&file).unwrap();
        if let Ok(text) = std::str::from_utf8(&data) {
            let _ = kyr::notes::Note::from_toml("20261126-181503", text);
        }
        let locked = store.dir().join("20261126-181503.age");
        std::fs::write(&locked, &data).unwrap();
        let _ = store.list();
        let _ = store.load("20261126-181503", Some("passphrase"));
        std::fs::remove_file(&locked).unwrap();
    }
}

#[test]
fn packs_from_the_corpus_load_or_are_refused_without_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::write(dir.join("sources.toml"), "[[source]]\nid = \"card\"\n").unwrap();
    std::fs::write(
        dir.join("contacts.toml"),
        "[[contact]]\nid = \"help\"\nnumber = \"311\"\nkind = \"phone\"\ngroup = \"legal-help\"\n",
    )
    .unwrap();
    for file in corpus("pack") {
        let data = std::fs::read(&file).unwrap();
        let mut parts = data.splitn(3, |&b| b == 0xFF);
        std::fs::write(dir.join("manifest.toml"), parts.next().unwrap_or_default()).unwrap();
        std::fs::write(
            dir.join("scenarios/door.toml"),
            parts.next().unwrap_or_default(),
        )
        .unwrap();
        std::fs::write(
            dir.join("locales/en/door.ftl"),
            parts.next().unwrap_or_default(),
        )
        .unwrap();
        if let Ok(loaded) = kyr::pack::load(&kyr::pack::Origin::Dir(dir.to_path_buf())) {
            for i in 0..loaded.pack.scenarios.len() {
                let _ = kyr::plain::show(&loaded.pack, &loaded.l10n, i, "2026-12-06");
            }
        }
    }
}
