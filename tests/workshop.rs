//! Workshops: two languages at once, presenting a scenario step by step with notes, the
//! practice quiz and its score, and a handout saved from the guide.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use common::{draw, guide, keys};
use kyr::app::{Key, Msg, Overlay, Place, QuizPos, update};

#[test]
fn a_second_language_shows_beside_or_under_the_first() {
    let mut m = guide("ar");
    keys(&mut m, "\n1b");
    assert!(matches!(m.overlay, Some(Overlay::SecondLanguage { .. })));
    keys(&mut m, "1"); // English
    assert_eq!(m.second, Some(0));
    let wide = draw(&mut m, 120, 40);
    let english_title = "Do not open the door";
    let title = m.l10n.text("at-home--door", Some("title"));
    let arabic_title = kyr::ui::text::visual(&kyr::ui::text::shape(&title), true).into_owned();
    let row = |screen: &str, needle: &str| screen.lines().position(|l| l.contains(needle));
    // Side by side: both titles on the same row.
    assert_eq!(
        row(&wide, english_title),
        row(&wide, &arabic_title),
        "{wide}"
    );
    // Stacked: English under Arabic.
    let narrow = draw(&mut m, 80, 24);
    assert!(
        row(&narrow, english_title) > row(&narrow, &arabic_title),
        "{narrow}"
    );
    // Either column's buttons work.
    draw(&mut m, 120, 40);
    let presses: Vec<_> = m
        .drawn
        .hits
        .iter()
        .filter(|(_, a)| *a == kyr::app::Intent::Press(3))
        .map(|(r, _)| *r)
        .collect();
    assert_eq!(presses.len(), 2, "choice 4 in both columns");
    update(
        &mut m,
        Msg::Click {
            column: presses[1].x + 1,
            row: presses[1].y + 1,
        },
    );
    assert!(
        matches!(m.place, Place::Step(ref p) if m.pack.scenarios[p.scenario].steps[p.step].id == "forced")
    );
    keys(&mut m, "b");
    assert_eq!(m.second, None, "b again drops it");
}

#[test]
fn a_presenter_steps_through_in_order_with_notes() {
    let mut m = guide("es");
    m.workshop = true;
    keys(&mut m, "\n1");
    let steps = m.pack.scenarios[0].steps.len();
    let screen = draw(&mut m, 60, 20);
    assert!(
        screen.contains(&format!("1 de {steps}")) || screen.contains(&format!("1 of {steps}")),
        "{screen}"
    );
    update(&mut m, Msg::Key(Key::Right));
    let Place::Step(pos) = &m.place else { panic!() };
    assert_eq!(pos.step, 1, "→ is the next step in order, not a choice");
    update(&mut m, Msg::Key(Key::Left));
    let Place::Step(pos) = &m.place else { panic!() };
    assert_eq!(pos.step, 0);
    keys(&mut m, "p");
    assert!(m.presenter);
    let notes = m.l10n.text("presenter-at-home", Some("body"));
    let first_words: String = notes
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let screen = draw(&mut m, 60, 20);
    assert!(
        screen.contains(&first_words),
        "notes show: {first_words}\n{screen}"
    );
    // After the last step, → opens the practice quiz.
    for _ in 0..steps {
        update(&mut m, Msg::Key(Key::Right));
    }
    assert!(
        matches!(m.place, Place::Quiz(QuizPos { question: 0, .. })),
        "{:?}",
        m.place
    );
}

#[test]
fn the_quiz_explains_every_answer_and_keeps_score_nowhere() {
    let mut m = guide("en");
    keys(&mut m, "\n1");
    let scenario = &m.pack.scenarios[0];
    let quiz = scenario.quiz.clone();
    assert!((3..=5).contains(&quiz.len()));
    m.place = Place::Quiz(QuizPos {
        scenario: 0,
        question: 0,
        picked: None,
        score: 0,
    });
    let mut expected = 0;
    for (n, question) in quiz.iter().enumerate() {
        // Alternate: the best answer, then a wrong one.
        let pick = if n % 2 == 0 {
            question.best
        } else {
            (question.best + 1) % question.answers.len()
        };
        expected += usize::from(pick == question.best);
        keys(&mut m, &(pick + 1).to_string());
        let screen = draw(&mut m, 100, 40);
        let id = format!("quiz-at-home--{}", question.id);
        let why = m
            .l10n
            .text(&id, Some(&format!("why-{}", question.answers[pick])));
        let start: String = why.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        assert!(screen.contains(&start), "why is shown: {start}\n{screen}");
        if pick != question.best {
            assert!(screen.contains("The best answer:"), "{screen}");
        }
        keys(&mut m, "1"); // next question, or the score
    }
    let screen = draw(&mut m, 100, 40);
    let score = format!("{expected} times out of {}", quiz.len());
    assert!(screen.contains(&score), "{score}\n{screen}");
}

#[test]
fn every_scenario_has_workshop_material() {
    let m = guide("en");
    for s in &m.pack.scenarios {
        assert!(
            (3..=5).contains(&s.quiz.len()),
            "{}: {} questions",
            s.id,
            s.quiz.len()
        );
        assert!(
            !m.l10n
                .text(&format!("presenter-{}", s.id), Some("body"))
                .is_empty()
        );
    }
}

#[test]
fn a_handout_is_saved_from_the_end_of_a_scenario() {
    let home = tempfile::tempdir().unwrap();
    let mut m = guide("es");
    keys(&mut m, "\n");
    m.second = Some(0);
    let end = m.pack.scenarios[1]
        .steps
        .iter()
        .position(|s| s.id == "end")
        .unwrap();
    m.place = Place::Step(kyr::app::Pos::new(1, end));
    let buttons = kyr::app::buttons(&m);
    let handout = buttons
        .iter()
        .position(|b| b.action == kyr::app::ButtonAction::Handout(1))
        .expect("a handout button on the end step");
    m.selected = handout;
    update(&mut m, Msg::Key(Key::Enter));
    kyr::effects::perform(&mut m, None, home.path());
    let path = home.path().join("kyr-handout-warrant-es-en.html");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("lang=\"es\"") && html.contains("lang=\"en\""));
    let notice = m
        .notice
        .clone()
        .expect("a notice says where the handout went");
    let spanish = notice.words(&m.l10n);
    assert!(
        spanish.contains("kyr-handout-warrant-es-en.html"),
        "{spanish}"
    );
    assert!(draw(&mut m, 100, 30).contains(&spanish[..20]));
    // The notice is data: after a language change it is shown in the new language.
    keys(&mut m, "l");
    let english = m.l10n.tags().iter().position(|t| t == "en").unwrap();
    m.overlay = Some(kyr::app::Overlay::Language { selected: english });
    keys(&mut m, "\n");
    assert_eq!(m.l10n.tag(m.l10n.current()), "en");
    let words = notice.words(&m.l10n);
    assert!(words.starts_with("A handout was saved here"), "{words}");
    let screen = draw(&mut m, 100, 30);
    assert!(screen.contains("A handout was saved here"), "{screen}");
}
