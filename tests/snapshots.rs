//! Screens as a person sees them, in four languages and two sizes. Review changes with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test` and read the diff).
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use common::{draw, guide, keys};

const LANGS: [&str; 4] = ["en", "es", "ar", "zh-Hans"];
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Keys from the picker (language preselected) to each screen.
const SCREENS: [(&str, &str); 5] = [
    ("picker", ""),
    ("home", "\n"),
    ("question", "\n1"),    // at-home: someone is at the door
    ("checklist", "\n221"), // warrant: names a court, then one yes
    ("verdict", "\n2212"),  // warrant: court yes, judge no -> not a judge's warrant
];

#[test]
fn screens() {
    for lang in LANGS {
        for (name, path) in SCREENS {
            for (w, h) in SIZES {
                let mut model = guide(lang);
                keys(&mut model, path);
                let screen = draw(&mut model, w, h);
                insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), screen);
            }
        }
    }
}

/// Issue-3 set: home, a question and a "say" step in every language of the pack.
#[test]
fn every_language() {
    let tags = guide("en").l10n.tags();
    for lang in &tags {
        for (name, path) in [("home", "\n"), ("question", "\n1"), ("say", "\n1·2")] {
            let mut model = guide(lang);
            keys(&mut model, path);
            let screen = draw(&mut model, 80, 24);
            insta::assert_snapshot!(format!("all_{name}_{lang}"), screen);
        }
    }
}
