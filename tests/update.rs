//! The guide's behaviour as sequences of messages: no terminal, no timing.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use common::{as_drawn, draw, guide, keys};
use kyr::app::{Answer, Key, Msg, Overlay, Place, update};

fn pos(model: &kyr::app::Model) -> (String, String) {
    match &model.place {
        Place::Step(p) => {
            let s = &model.pack.scenarios[p.scenario];
            (s.id.to_string(), s.steps[p.step].id.to_string())
        }
        other => (format!("{other:?}"), String::new()),
    }
}

#[test]
fn picker_preselects_and_opens_home_in_the_chosen_language() {
    let mut m = guide("es");
    assert_eq!(m.place, Place::Picker);
    assert_eq!(m.selected, 1, "Español is preselected");
    keys(&mut m, "\n");
    assert_eq!(m.place, Place::Home);
    assert_eq!(m.l10n.tag(m.l10n.current()), "es");
}

#[test]
fn door_to_warrant_checker_to_verdict_and_back() {
    let mut m = guide("en");
    keys(&mut m, "1"); // English
    keys(&mut m, "1"); // at-home
    assert_eq!(pos(&m), ("at-home".into(), "door".into()));
    keys(&mut m, "1"); // they say they have a warrant
    keys(&mut m, "1"); // check the paper: opens the warrant scenario
    assert_eq!(pos(&m), ("warrant".into(), "look".into()));
    keys(&mut m, "2"); // it names a court
    assert_eq!(pos(&m), ("warrant".into(), "check".into()));
    keys(&mut m, "1·1"); // yes, yes
    let Place::Step(p) = &m.place else { panic!() };
    assert_eq!(p.answers, vec![Answer::Yes, Answer::Yes]);
    keys(&mut m, "3"); // not sure about name and address: fails
    assert_eq!(pos(&m), ("warrant".into(), "not-judicial".into()));
    let Place::Step(p) = &m.place else { panic!() };
    assert_eq!(p.answers, vec![Answer::Yes, Answer::Yes, Answer::NotSure]);
    keys(&mut m, "\x1b"); // back to the third question, answers kept
    let Place::Step(p) = &m.place else { panic!() };
    assert_eq!(p.answers, vec![Answer::Yes, Answer::Yes]);
}

#[test]
fn all_yes_passes_the_checklist() {
    let mut m = guide("en");
    keys(&mut m, "1·2"); // English, warrant
    keys(&mut m, "2"); // court
    keys(&mut m, "1·1·11");
    assert_eq!(pos(&m), ("warrant".into(), "judicial".into()));
}

#[test]
fn ice_form_goes_to_the_disputed_point() {
    let mut m = guide("en");
    keys(&mut m, "1·2"); // English, warrant
    keys(&mut m, "1"); // Department of Homeland Security
    assert_eq!(pos(&m), ("warrant".into(), "ice-form".into()));
    keys(&mut m, "1");
    assert_eq!(pos(&m), ("warrant".into(), "disputed".into()));
}

#[test]
fn changing_language_keeps_the_place() {
    let mut m = guide("en");
    keys(&mut m, "1·1·1"); // English, at-home, they say they have a warrant
    let before = m.place.clone();
    keys(&mut m, "l");
    assert!(matches!(m.overlay, Some(Overlay::Language { .. })));

    keys(&mut m, "2");
    assert_eq!(m.overlay, None);
    assert_eq!(m.place, before);
    assert_eq!(m.l10n.tag(m.l10n.current()), "es");
}

#[test]
fn escape_closes_the_language_overlay_without_changing_anything() {
    let mut m = guide("en");
    keys(&mut m, "1·1l");
    keys(&mut m, "\x1b");
    assert_eq!(m.overlay, None);
    assert_eq!(pos(&m), ("at-home".into(), "door".into()));
    assert_eq!(m.l10n.tag(m.l10n.current()), "en");
}

#[test]
fn home_key_and_start_over_return_home() {
    let mut m = guide("en");
    keys(&mut m, "1·1·1h");
    assert_eq!(m.place, Place::Home);
    keys(&mut m, "\x1b");
    assert_eq!(
        m.place,
        Place::Picker,
        "back from home is the language picker"
    );
}

#[test]
fn arrows_wrap_and_enter_picks_the_selected_choice() {
    let mut m = guide("en");
    keys(&mut m, "1·1");
    update(&mut m, Msg::Key(Key::BackTab));
    assert_eq!(
        m.selected, 5,
        "back from the first choice wraps to the last"
    );
    keys(&mut m, "\n");
    assert_eq!(pos(&m), ("at-home".into(), "landlord".into()));
}

#[test]
fn help_and_sources_close_on_any_key() {
    let mut m = guide("en");
    keys(&mut m, "1·1?");
    assert_eq!(m.overlay, Some(Overlay::Help));
    keys(&mut m, "x");
    assert_eq!(m.overlay, None);
    keys(&mut m, "s");
    assert_eq!(m.overlay, Some(Overlay::Sources));
    let screen = draw(&mut m, 80, 24);
    assert!(
        screen.contains("Red Cards and family preparedness plan"),
        "{screen}"
    );
    keys(&mut m, "1");
    assert_eq!(m.overlay, None);
    assert_eq!(
        pos(&m),
        ("at-home".into(), "door".into()),
        "the key only closed"
    );
}

#[test]
fn q_quits() {
    let mut m = guide("en");
    keys(&mut m, "q");
    assert!(m.quit);
}

#[test]
fn clicks_hit_what_was_drawn_in_both_directions() {
    for lang in ["en", "ar"] {
        let mut m = guide(lang);
        let index = m.selected;
        keys(&mut m, &(index + 1).to_string());
        keys(&mut m, "1"); // at-home
        draw(&mut m, 80, 24);
        let (rect, _) = *m
            .drawn
            .hits
            .iter()
            .find(|(_, a)| *a == kyr::app::Intent::Press(3))
            .expect("choice 4 drawn");
        update(
            &mut m,
            Msg::Click {
                column: rect.x + 1,
                row: rect.y + 1,
            },
        );
        assert_eq!(pos(&m), ("at-home".into(), "forced".into()), "{lang}");
    }
}

#[test]
fn arabic_buttons_are_mirrored() {
    let mut m = guide("ar");
    keys(&mut m, "\n1");
    draw(&mut m, 80, 24);
    let (first, _) = m
        .drawn
        .hits
        .iter()
        .find(|(_, a)| *a == kyr::app::Intent::Back)
        .unwrap();
    assert!(first.x > 40, "Back is on the right in Arabic: {first:?}");
}

#[test]
fn page_down_scrolls_a_long_body_and_stops_at_its_end() {
    let mut m = guide("en");
    keys(&mut m, "1·1"); // door: long body
    draw(&mut m, 60, 20);
    let max = m.drawn.max_scroll;
    assert!(max > 0, "the door step overflows at 60x20");
    for _ in 0..10 {
        update(&mut m, Msg::Key(Key::PageDown));
    }
    assert_eq!(m.scroll, max);
    update(&mut m, Msg::Wheel(-100));
    assert_eq!(m.scroll, 0);
}

#[test]
fn the_verdict_lists_the_answers_given() {
    let mut m = guide("en");
    keys(&mut m, "1·2213"); // English, warrant, court, yes, not sure
    assert_eq!(pos(&m), ("warrant".into(), "not-judicial".into()));
    let screen = draw(&mut m, 120, 40);
    assert!(screen.contains("Your answers"), "{screen}");
    assert!(screen.contains("✓ Yes: Does it name a court"), "{screen}");
    assert!(
        screen.contains("? Not sure: Is it signed by a judge"),
        "{screen}"
    );
}

#[test]
fn clicking_back_under_the_language_picker_closes_it_and_goes_back() {
    let mut m = guide("en");
    keys(&mut m, "1·1·1l");
    draw(&mut m, 80, 24);
    let (rect, _) = *m
        .drawn
        .hits
        .iter()
        .find(|(_, a)| *a == kyr::app::Intent::Back)
        .expect("Back drawn in the header");
    update(
        &mut m,
        Msg::Click {
            column: rect.x,
            row: rect.y,
        },
    );
    assert_eq!(m.overlay, None);
    assert_eq!(pos(&m), ("at-home".into(), "door".into()));
}

#[test]
fn words_parsed_on_demand_are_the_same_words() {
    use kyr::pack::{Origin, load, load_trusted};
    let full = load(&Origin::Embedded).unwrap().l10n;
    let lazy = load_trusted(&Origin::Embedded).unwrap().l10n;
    assert_eq!(full.languages(), lazy.languages());
    for i in 0..full.len() {
        assert_eq!(
            full.language_name(i),
            lazy.language_name(i),
            "name read without parsing"
        );
        for (id, attr) in [
            ("at-home--door", Some("title")),
            ("ui-notice", None),
            ("card", Some("line-silent")),
        ] {
            assert_eq!(
                full.get_in(i, id, attr, None),
                lazy.get_in(i, id, attr, None)
            );
        }
    }
}

#[test]
fn the_picker_and_home_say_which_languages_no_lawyer_has_checked() {
    let mut m = guide("en");
    let screen = draw(&mut m, 100, 30);
    assert!(
        !screen.contains("not yet checked"),
        "English is the reference:\n{screen}"
    );
    // Highlight Bengali: the notice appears in Bengali, naming the language in its own script.
    let bengali = m.l10n.tags().iter().position(|t| t == "bn").unwrap();
    m.selected = bengali;
    let screen = draw(&mut m, 100, 30);
    let words = kyr::notice::unreviewed(&m.pack, &m.l10n.at(bengali)).unwrap();
    assert!(words.contains("বাংলা"), "{words}");
    let start: String = as_drawn(&words).chars().take(12).collect();
    assert!(screen.contains(&start), "{start:?} not on:\n{screen}");
    // Home in Spanish says it, with the key that puts English beside it.
    let mut m = guide("es");
    keys(&mut m, "\n");
    let screen = draw(&mut m, 100, 30);
    let words = kyr::notice::unreviewed(&m.pack, &m.l10n).unwrap();
    let start: String = words.chars().take(20).collect();
    assert!(screen.contains(&start), "{start:?} not on:\n{screen}");
}

#[test]
fn past_the_review_date_every_step_says_so() {
    let mut m = guide("en");
    keys(&mut m, "1·1"); // English, at-home
    assert!(!draw(&mut m, 80, 24).contains("may be out of date"));
    m.today = "2099-01-01".into();
    let screen = draw(&mut m, 80, 24);
    assert!(screen.contains("may be out of date"), "{screen}");
    keys(&mut m, "c"); // the card too
    let screen = draw(&mut m, 80, 24);
    assert!(screen.contains("may be out of date"), "{screen}");
}

#[test]
fn every_situation_on_home_can_be_reached_at_80x24_in_every_language() {
    for lang in ["es", "ar", "bn"] {
        let mut m = guide(lang);
        keys(&mut m, "\n");
        update(&mut m, Msg::Key(Key::BackTab)); // wraps to the last situation
        let screen = draw(&mut m, 80, 24);
        let last = m.pack.scenarios.last().unwrap().id.clone();
        let title = m.l10n.text(&last, None);
        let start: String = as_drawn(&title).chars().take(6).collect();
        assert!(
            screen.contains(&start) || lang == "ar",
            "{lang}: {title} not on\n{screen}"
        );
        keys(&mut m, "\n");
        assert_eq!(pos(&m).0, last, "{lang}");
    }
}

#[test]
fn h_leaves_the_card_and_the_hotlines_for_home() {
    let mut m = guide("en");
    keys(&mut m, "1·1"); // English, then the door
    keys(&mut m, "c");
    assert_eq!(m.overlay, Some(Overlay::Card));
    keys(&mut m, "h");
    assert_eq!(m.overlay, None);
    assert_eq!(m.place, Place::Home);
    keys(&mut m, "2");
    assert_eq!(pos(&m), ("warrant".into(), "look".into()));
    // From the hotlines, and from a code to scan.
    keys(&mut m, "hn");
    keys(&mut m, "h");
    keys(&mut m, "2");
    assert_eq!(pos(&m), ("warrant".into(), "look".into()));
    keys(&mut m, "hn1"); // a code to scan
    assert!(matches!(
        m.overlay,
        Some(Overlay::Contacts { qr: Some(_), .. })
    ));
    keys(&mut m, "h2");
    assert_eq!(pos(&m), ("warrant".into(), "look".into()));
}

#[test]
fn every_bound_key_has_a_hint_and_footers_and_help_come_from_the_key_tables() {
    use kyr::app::keys::TABLES;
    let m = guide("en");
    let english = |id: &str| m.l10n.get_in(m.l10n.reference(), id, None, None);
    for table in TABLES {
        for b in table {
            assert!(
                english(b.hint).is_some(),
                "{} has no hint {}",
                b.label,
                b.hint
            );
            if let Some(help) = b.help {
                assert!(english(help).is_some(), "{} has no help {help}", b.label);
            }
            // Shown somewhere: its own help line, a footer, or another binding for the same
            // command that is.
            let shown = |x: &kyr::app::keys::Binding| x.help.is_some() || !x.footers.is_empty();
            assert!(
                shown(b) || table.iter().any(|o| o.command == b.command && shown(o)),
                "{} ({:?}) is bound but shown nowhere",
                b.label,
                b.command
            );
        }
    }

    // The footer is the table's, in the reader's language.
    let mut m = guide("es");
    keys(&mut m, "\n");
    let screen = draw(&mut m, 100, 30);
    assert!(
        screen.contains("1–12 elegir · l idioma · ? ayuda · q salir"),
        "{screen}"
    );
    keys(&mut m, "1");
    let screen = draw(&mut m, 100, 30);
    assert!(
        screen.contains("Esc atrás · h inicio · s fuentes · l idioma · ? ayuda · q salir"),
        "{screen}"
    );
}

#[test]
fn the_note_form_names_its_keys_and_opens_help_with_f1() {
    let mut m = guide("en");
    keys(&mut m, "\n");
    update(
        &mut m,
        Msg::NoteReady(kyr::notes::Note::new("n1".into(), "2026-12-06 10:00"), None),
    );
    assert!(m.place.is_note());
    let screen = draw(&mut m, 160, 30);
    for words in ["Ctrl-E copy", "Ctrl-D delete", "Esc done", "F1 help"] {
        assert!(screen.contains(words), "{words} not in\n{screen}");
    }
    update(&mut m, Msg::Key(Key::F(1)));
    assert_eq!(m.overlay, Some(Overlay::Help));
    let screen = draw(&mut m, 120, 40);
    assert!(screen.contains("Ctrl-L: lock"), "{screen}");
    update(&mut m, Msg::Key(Key::Char('x'))); // any key closes help, and types nothing
    assert_eq!(m.overlay, None);
    assert!(!m.form().unwrap().current().get("when").contains('x'));
}
