//! The pack the build compiled into the program says exactly what its source says: the same
//! data, and every message of every language the same words, fallbacks and all.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kyr::i18n::catalog::Catalog;
use kyr::pack::{self, Origin};
use std::path::Path;

fn source() -> Origin {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Origin::Source {
        data: root.join("assets/nyc"),
        locales: root.join("locales"),
    }
}

#[test]
fn the_compiled_pack_holds_the_same_data_as_its_source() {
    let compiled = pack::load(&Origin::Embedded).unwrap();
    let parsed = pack::load(&source()).unwrap();
    assert_eq!(format!("{:?}", compiled.pack), format!("{:?}", parsed.pack));
    assert_eq!(compiled.coverage, parsed.coverage);
}

#[test]
fn every_message_of_every_language_reads_the_same_compiled() {
    let compiled = pack::load_trusted(&Origin::Embedded).unwrap().l10n;
    let parsed = pack::load(&source()).unwrap().l10n;
    assert_eq!(compiled.tags(), parsed.tags());
    let mut checked = 0;
    for (index, tag) in parsed.tags().iter().enumerate() {
        let mut catalog = Catalog::new(tag.parse().unwrap());
        for (file, read) in source().locale_files(tag).unwrap() {
            catalog.add(&file, read.unwrap(), &mut Vec::new());
        }
        let (compiled, parsed) = (compiled.at(index), parsed.at(index));
        assert_eq!(compiled.language_name(index), parsed.language_name(index));
        for (id, info) in &catalog.index {
            let attrs = info.attrs.keys().map(|a| Some(a.as_str()));
            for attr in std::iter::once(None).chain(attrs) {
                assert_eq!(
                    compiled.text(id, attr),
                    parsed.text(id, attr),
                    "{tag} {id} {attr:?}"
                );
                checked += 1;
            }
            // With arguments too, where a message takes them (numbers choose plural forms).
            let args = [("count", "3".to_string()), ("n", "2".to_string())];
            assert_eq!(
                compiled.ui_args(id, &args),
                parsed.ui_args(id, &args),
                "{tag} {id}"
            );
        }
        let uncertain = |g: &str| !g.is_ascii();
        assert_eq!(
            compiled.clusters(index, uncertain),
            parsed.clusters(index, uncertain),
            "{tag}"
        );
    }
    assert!(checked > 12_000, "{checked}");
}

#[test]
fn words_let_go_of_are_parsed_again_when_shown_again() {
    let l10n = pack::load_trusted(&Origin::Embedded).unwrap().l10n;
    let tags = l10n.tags();
    let spanish = tags.iter().position(|t| t == "es").unwrap();
    let bengali = tags.iter().position(|t| t == "bn").unwrap();
    let before = (
        l10n.at(spanish).text("at-home--door", Some("body")),
        l10n.at(bengali).ui("ui-notes-title"),
    );
    assert!(!before.0.is_empty() && !before.1.is_empty());
    l10n.forget_except(&[bengali]);
    let after = (
        l10n.at(spanish).text("at-home--door", Some("body")),
        l10n.at(bengali).ui("ui-notes-title"),
    );
    assert_eq!(before, after);
}
