//! Every path through every scenario, in every language, at several sizes: each screen
//! draws, shows no raw message id, keeps text inside the screen, and every path ends.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use kyr::app::{ButtonAction, Key, Model, Msg, Place, buttons, update};
use ratatui::buffer::Buffer;
use std::collections::HashSet;

const SIZES: [(u16, u16); 3] = [(80, 24), (60, 20), (120, 40)];

fn press(model: &mut Model, index: usize) {
    model.selected = index;
    update(model, Msg::Key(Key::Enter));
}

/// Every button's frame is whole: no label ran over its right edge.
fn check_boxes(model: &Model, buffer: &Buffer, lang: &str) {
    for (rect, action) in &model.drawn.hits {
        if !matches!(action, kyr::app::Intent::Press(_)) {
            continue;
        }
        for y in rect.y..rect.bottom() {
            let edge = buffer[(rect.right() - 1, y)].symbol();
            assert!(
                "│┃╮╯┓┛".contains(edge),
                "a label ran over its frame in {lang} at row {y}: {edge:?}"
            );
        }
    }
}

fn check_screen(model: &mut Model, lang: &str) {
    for (w, h) in SIZES {
        let buffer = common::draw_buffer(model, w, h);
        check_boxes(model, &buffer, lang);
        let screen = common::buffer_text(&buffer);
        for raw_id in [
            "--", ".title", "choice-", "item-", "line-", "point-", "ui-", "err-",
        ] {
            if raw_id == "--" {
                // Message ids look like `at-home--door`; prose never joins words with "--".
                assert!(
                    !screen
                        .split_whitespace()
                        .any(|w| w.contains("--") && w.chars().any(|c| c.is_ascii_lowercase())),
                    "raw id in {lang} at {w}x{h}:\n{screen}"
                );
            } else {
                assert!(
                    !screen.contains(raw_id),
                    "raw id {raw_id} in {lang} at {w}x{h}:\n{screen}"
                );
            }
        }
    }
}

/// Depth-first over the places reachable by pressing buttons; Back (Esc) returns.
fn explore(model: &mut Model, lang: &str, seen: &mut HashSet<Place>, ends: &mut usize) {
    if !seen.insert(model.place.clone()) {
        return;
    }
    check_screen(model, lang);
    let here = model.place.clone();
    let choices = buttons(model);
    assert!(!choices.is_empty(), "a screen with no way on: {here:?}");
    for (i, button) in choices.iter().enumerate() {
        if button.action == ButtonAction::StartOver {
            *ends += 1;
            continue;
        }
        if matches!(
            button.action,
            ButtonAction::WriteNote | ButtonAction::Handout(_)
        ) {
            continue; // files: tests/notes.rs and tests/workshop.rs
        }
        press(model, i);
        assert_ne!(model.place, here, "button {i} did nothing at {here:?}");
        explore(model, lang, seen, ends);
        update(model, Msg::Key(Key::Esc));
        assert_eq!(model.place, here, "Back returns to where we were");
    }
}

#[test]
fn every_path_in_every_language_draws_and_ends() {
    let tags = common::guide("en").l10n.tags();
    for lang in &tags {
        let mut model = common::guide(lang);
        update(&mut model, Msg::Key(Key::Enter)); // the preselected language
        assert_eq!(model.place, Place::Home);
        let mut seen = HashSet::new();
        let mut ends = 0;
        explore(&mut model, lang, &mut seen, &mut ends);
        let steps: usize = model.pack.scenarios.iter().map(|s| s.steps.len()).sum();
        let visited_steps: HashSet<(usize, usize)> = seen
            .iter()
            .filter_map(|p| match p {
                Place::Step(pos) => Some((pos.scenario, pos.step)),
                _ => None,
            })
            .collect();
        assert_eq!(
            visited_steps.len(),
            steps,
            "every step is reachable in {lang}"
        );
        assert!(
            ends >= model.pack.scenarios.len(),
            "every scenario has an end in {lang}"
        );
    }
}
