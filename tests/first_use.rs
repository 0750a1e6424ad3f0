//! What a first-time user tripped on, each as it was seen: the screen drawn at the size the
//! person had, the keys they pressed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{draw, guide, keys};
use kyr::app::{Key, Msg, Place, QuizPos, update};

fn first_line(screen: &str) -> &str {
    screen.lines().next().unwrap_or_default()
}

#[test]
fn the_second_language_column_says_its_own_notice() {
    let mut m = guide("es");
    keys(&mut m, "\n");
    m.workshop = true;
    m.second = Some(0); // English
    let screen = draw(&mut m, 170, 40);
    let english_notice = "This is not legal advice.";
    assert!(screen.contains(english_notice), "{screen}");
    assert_eq!(
        screen.matches("Esto no es asesoría legal").count(),
        1,
        "the Spanish notice only in the Spanish column:\n{screen}"
    );
}

#[test]
fn at_60_columns_the_card_and_the_hotlines_stay_and_the_footer_keeps_whole_hints() {
    let mut m = guide("es");
    keys(&mut m, "\n1"); // Español, at the door
    for width in [60, 70, 80] {
        let screen = draw(&mut m, width, 20);
        let top = first_line(&screen);
        assert!(top.contains("Tarjeta"), "{width}: {top}");
        assert!(top.contains("Líneas de ayuda"), "{width}: {top}");
        let footer = screen.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
        assert!(!footer.trim_end().ends_with('…'), "{width}: {footer}");
    }
}

#[test]
fn the_current_title_is_whole_at_80_columns_and_the_path_goes_first() {
    let mut m = guide("es");
    keys(&mut m, "\n");
    let top = first_line(&draw(&mut m, 80, 24)).to_string();
    assert!(
        top.contains("Conozca sus derechos en la Ciudad de Nueva York"),
        "{top}"
    );
    keys(&mut m, "1");
    let top = first_line(&draw(&mut m, 80, 24)).to_string();
    assert!(top.contains("Alguien toca a mi puerta"), "{top}");
    assert!(!top.contains('…'), "{top}");
    // Narrower: the title is cut at its end, never at its start.
    let top = first_line(&draw(&mut m, 60, 20)).to_string();
    assert!(top.contains("Alguien"), "{top}");
}

#[test]
fn the_b_list_says_it_adds_a_language_beside_this_one() {
    let mut m = guide("en");
    keys(&mut m, "\nb");
    let screen = draw(&mut m, 80, 24);
    assert!(
        screen.contains("Show a second language beside this one"),
        "{screen}"
    );
    assert!(!screen.contains("Choose your language"), "{screen}");
    // The language list (l) still reads as the main picker.
    let mut m = guide("en");
    keys(&mut m, "\nl");
    assert!(draw(&mut m, 80, 24).contains("Choose your language"));
}

#[test]
fn down_on_the_home_grid_moves_down_a_row() {
    let mut m = guide("en");
    keys(&mut m, "\n");
    draw(&mut m, 80, 40); // two columns
    update(&mut m, Msg::Key(Key::Down));
    assert_eq!(m.selected, 2, "down a row, not sideways");
    update(&mut m, Msg::Key(Key::Right));
    assert_eq!(m.selected, 3);
    update(&mut m, Msg::Key(Key::Up));
    assert_eq!(m.selected, 1);
    // One column: down is the next one.
    draw(&mut m, 40, 40);
    update(&mut m, Msg::Key(Key::Down));
    assert_eq!(m.selected, 2);
}

#[test]
fn in_a_workshop_quiz_the_arrows_step_and_the_footer_says_so() {
    let mut m = guide("en");
    keys(&mut m, "\n");
    m.workshop = true;
    m.place = Place::Quiz(QuizPos {
        scenario: 0,
        question: 0,
        picked: None,
        score: 0,
    });
    let screen = draw(&mut m, 100, 30);
    let footer = screen.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(footer.contains("→") && footer.contains("←"), "{footer}");
    keys(&mut m, "1");
    update(&mut m, Msg::Key(Key::Right));
    assert!(
        matches!(m.place, Place::Quiz(QuizPos { question: 1, .. })),
        "{:?}",
        m.place
    );
    update(&mut m, Msg::Key(Key::Left));
    assert!(
        matches!(m.place, Place::Quiz(QuizPos { question: 0, .. })),
        "{:?}",
        m.place
    );
}

#[test]
fn the_quiz_says_its_verdict_once_and_only_the_right_one() {
    for lang in ["en", "es", "fr", "bn", "zh-Hant", "ru"] {
        let mut m = guide(lang);
        keys(&mut m, "\n");
        // As drawn: Bengali vowel signs where they are seen.
        let right = common::as_drawn(&m.l10n.ui("ui-quiz-right"));
        let question = m.pack.scenarios[0].quiz[0].clone();
        let start = |m: &mut kyr::app::Model| {
            m.place = Place::Quiz(QuizPos {
                scenario: 0,
                question: 0,
                picked: None,
                score: 0,
            });
        };
        start(&mut m);
        keys(&mut m, &(question.best + 1).to_string());
        let screen = draw(&mut m, 100, 40);
        assert_eq!(screen.matches(&right).count(), 1, "{lang}:\n{screen}");
        start(&mut m);
        let wrong = (question.best + 1) % question.answers.len();
        keys(&mut m, &(wrong + 1).to_string());
        let screen = draw(&mut m, 100, 40);
        assert!(
            !screen.contains(&right),
            "{lang}: a wrong answer is not right:\n{screen}"
        );
    }
}

#[test]
fn no_best_answer_explanation_starts_with_a_verdict() {
    let m = guide("en");
    for lang in 0..m.l10n.len() {
        let l10n = m.l10n.at(lang);
        let right = l10n.ui("ui-quiz-right");
        for scenario in &m.pack.scenarios {
            for question in &scenario.quiz {
                let id = format!("quiz-{}--{}", scenario.id, question.id);
                let why = l10n.text(
                    &id,
                    Some(&format!("why-{}", question.answers[question.best])),
                );
                assert!(!why.starts_with(&right), "{} {id}: {why}", l10n.tag(lang));
            }
        }
    }
}

#[test]
fn choices_ten_to_twelve_are_two_digits_typed_one_after_the_other() {
    let tag = |m: &kyr::app::Model| m.l10n.tag(m.l10n.current());
    // The picker: 1 then 1 is Français (11th), 1 then 0 is اردو (10th).
    let mut m = guide("en");
    keys(&mut m, "11");
    assert_eq!(tag(&m), "fr");
    assert_eq!(m.place, Place::Home);
    let mut m = guide("en");
    keys(&mut m, "10");
    assert_eq!(tag(&m), "ur");
    // A lone 1 waits, then is English.
    let mut m = guide("es");
    update(&mut m, Msg::Key(Key::Char('1')));
    assert_eq!(m.place, Place::Picker, "waits for a second digit");
    update(&mut m, Msg::NoSecondDigit);
    assert_eq!(tag(&m), "en");
    assert_eq!(m.place, Place::Home);
    // Another key after a lone 1: the 1 counts, then the key.
    let mut m = guide("es");
    update(&mut m, Msg::Key(Key::Char('1')));
    update(&mut m, Msg::Key(Key::Char('?')));
    assert_eq!(tag(&m), "en");
    // Home: 1 then 2 is the twelfth situation; 2 alone is the second, at once.
    let mut m = guide("en");
    keys(&mut m, "\n12");
    let Place::Step(pos) = &m.place else {
        panic!("{:?}", m.place)
    };
    assert_eq!(pos.scenario, 11);
    let mut m = guide("en");
    keys(&mut m, "\n2");
    assert!(matches!(&m.place, Place::Step(pos) if pos.scenario == 1));
    // The footer says how far the numbers go.
    let mut m = guide("en");
    keys(&mut m, "\n");
    let screen = draw(&mut m, 80, 24);
    assert!(screen.contains("1–12 choose"), "{screen}");
    let mut m = guide("en");
    assert!(draw(&mut m, 80, 24).contains("1–12 choose"));
}

/// The line of `screen` holding `needle`, as (column, row) of its start.
fn find(screen: &str, needle: &str) -> Option<(u16, u16)> {
    screen.lines().enumerate().find_map(|(row, line)| {
        let byte = line.find(needle)?;
        let column = unicode_width::UnicodeWidthStr::width(&line[..byte]);
        Some((u16::try_from(column).ok()?, u16::try_from(row).ok()?))
    })
}

#[test]
fn hidden_hotlines_are_announced_and_reachable_by_tap_wheel_and_keys() {
    let mut m = guide("en");
    keys(&mut m, "\nn");
    let screen = draw(&mut m, 100, 30);
    let (column, row) = find(&screen, "more (1–").expect(&screen);
    assert!(screen.contains("/ 9)"), "{screen}");
    assert!(!screen.contains("ICE Online Detainee Locator"), "{screen}");
    // A tap on the line brings the next ones into view.
    update(&mut m, Msg::Click { column, row });
    assert!(m.overlay.is_some(), "the pane stays open");
    let screen = draw(&mut m, 100, 30);
    assert!(screen.contains("ICE Online Detainee Locator"), "{screen}");
    // The wheel goes through them too, and back.
    let mut m = guide("en");
    keys(&mut m, "\nn");
    draw(&mut m, 100, 30);
    for _ in 0..8 {
        update(&mut m, Msg::Wheel(3));
        draw(&mut m, 100, 30);
    }
    let screen = draw(&mut m, 100, 30);
    let last = m.pack.contacts.last().unwrap().number.clone();
    assert!(screen.contains(last.as_str()), "{last}:\n{screen}");
}

#[test]
fn a_second_language_on_a_small_screen_says_there_are_more_choices() {
    let mut m = guide("es");
    keys(&mut m, "\n");
    m.second = Some(0);
    let screen = draw(&mut m, 60, 20);
    assert!(screen.contains("más (1–"), "{screen}");
}

#[test]
fn long_presenter_notes_can_be_read_to_the_end() {
    let mut m = guide("en");
    keys(&mut m, "\n");
    m.workshop = true;
    keys(&mut m, "1·p");
    let notes = m
        .l10n
        .text(&kyr::pack::msg::presenter("at-home"), Some("body"));
    let last_words: String = notes
        .split_whitespace()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    let screen = draw(&mut m, 60, 20);
    assert!(screen.contains("more (PgUp/PgDn)"), "{screen}");
    for _ in 0..10 {
        update(&mut m, Msg::Key(Key::PageDown));
        draw(&mut m, 60, 20);
    }
    let screen = draw(&mut m, 60, 20);
    assert!(
        screen.replace('\n', " ").contains(&last_words),
        "{last_words}:\n{screen}"
    );
}

#[test]
fn hotlines_say_each_thing_once_and_when_they_answer() {
    let mut m = guide("es");
    keys(&mut m, "\nn");
    let mut seen = String::new();
    // Every hotline, brought into view one by one.
    for _ in 0..m.pack.contacts.len() {
        seen.push_str(&draw(&mut m, 120, 40));
        update(&mut m, Msg::Key(Key::Tab));
    }
    for repeated in [
        "NYC 311: 311",
        "911: 911",
        "Reportar una redada · Reportar una redada",
    ] {
        assert!(!seen.contains(repeated), "{repeated}:\n{seen}");
    }
    assert!(seen.contains("NYC 311"), "{seen}");
    // Hours, where a source gives them, as `kyr contacts` prints them.
    assert!(seen.contains("De lunes a viernes"), "{seen}");
    assert!(seen.contains("Todos los días, a toda hora"), "{seen}");
}

#[test]
fn the_end_of_a_situation_says_what_to_remember_once_and_saves_a_handout_to_print() {
    let mut m = guide("zh-Hans");
    keys(&mut m, "\n");
    let end = m.pack.scenarios[0]
        .steps
        .iter()
        .position(|s| s.id == "end")
        .unwrap();
    m.place = Place::Step(kyr::app::Pos::new(0, end));
    let screen = draw(&mut m, 100, 40);
    assert!(screen.contains("要记住的重点"), "{screen}");
    assert!(!screen.contains("请记住"), "{screen}");
    let mut m = guide("en");
    keys(&mut m, "\n");
    m.place = Place::Step(kyr::app::Pos::new(0, end));
    let screen = draw(&mut m, 100, 40);
    assert!(screen.contains("Save a handout to print"), "{screen}");
}

#[test]
fn every_say_step_has_one_blank_line_under_its_title() {
    let mut m = guide("es");
    keys(&mut m, "\n");
    let mut checked = 0;
    for (si, scenario) in m.pack.scenarios.clone().iter().enumerate() {
        for (i, step) in scenario.steps.iter().enumerate() {
            if !matches!(step.kind, kyr::pack::StepKind::Say { .. }) {
                continue;
            }
            m.place = Place::Step(kyr::app::Pos::new(si, i));
            m.scroll = 0;
            let screen = draw(&mut m, 100, 40);
            let lines: Vec<&str> = screen.lines().collect();
            // The title is the line under the top bar.
            assert!(!lines[1].trim().is_empty(), "{screen}");
            assert!(lines[2].trim().is_empty(), "{screen}");
            assert!(
                !lines[3].trim().is_empty(),
                "{}/{}:\n{screen}",
                scenario.id,
                step.id
            );
            checked += 1;
        }
    }
    assert!(checked > 5, "{checked}");
}

#[test]
fn an_exported_label_with_brackets_of_its_own_is_not_bracketed_again() {
    let mut m = guide("es");
    keys(&mut m, "\n");
    let mut note = kyr::notes::Note::new("20261206-101010".into(), "2026-12-06 10:10");
    note.set("papers", "ice-form".into());
    let text = kyr::notes::export(&note, &m.l10n, kyr::notes::Format::Markdown);
    assert!(
        text.contains("Un formulario de ICE (I-200 o I-205) / An ICE form (I-200 or I-205)"),
        "{text}"
    );
    assert!(!text.contains("(I-200 o I-205) ("), "{text}");
}
