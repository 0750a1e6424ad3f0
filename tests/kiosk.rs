//! Kiosk mode, the card and the hotlines: as messages, as drawn screens, and as a code a
//! phone can scan.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use common::{draw, draw_buffer, guide, keys};
use kyr::app::{Intent, Key, Kiosk, Msg, Overlay, Place, parse_keys, update};

fn kiosk(lang: &str) -> kyr::app::Model {
    let mut m = guide(lang);
    m.kiosk = Some(Kiosk::new(120, parse_keys("ctrl-x ctrl-x ctrl-q").unwrap()));
    m
}

#[test]
fn visitors_cannot_quit() {
    let mut m = kiosk("en");
    keys(&mut m, "1·1");
    for key in [
        Key::Char('q'),
        Key::Ctrl('c'),
        Key::Ctrl('d'),
        Key::Ctrl('z'),
        Key::Ctrl('\\'),
        Key::Esc,
        Key::Esc,
        Key::Esc,
        Key::Esc,
    ] {
        update(&mut m, Msg::Key(key));
        assert!(!m.quit, "{key:?} quit the kiosk");
    }
}

#[test]
fn the_operator_sequence_quits() {
    let mut m = kiosk("en");
    for key in [Key::Ctrl('x'), Key::Ctrl('x'), Key::Ctrl('q')] {
        update(&mut m, Msg::Key(key));
    }
    assert!(m.quit);
}

#[test]
fn idle_kiosk_asks_then_forgets_everything() {
    let mut m = kiosk("es");
    keys(&mut m, "\n1l"); // Español, at-home, language pane open
    m.second = Some(0);
    update(&mut m, Msg::Tick);
    let seconds = m
        .kiosk
        .as_ref()
        .unwrap()
        .countdown
        .expect("Still there? shows");
    let screen = draw(&mut m, 80, 24);
    assert!(screen.contains("¿Sigue ahí?"), "{screen}");
    for _ in 0..seconds {
        update(&mut m, Msg::Tick);
    }
    assert_eq!(m.place, Place::Picker);
    assert!(m.history.is_empty());
    assert_eq!(m.overlay, None);
    assert_eq!(m.l10n.tag(m.l10n.current()), "en");
    assert!(m.wiped, "the edge is told to clear screen and scrollback");
    assert_eq!(
        m.second, None,
        "no second language left for the next visitor"
    );
    assert!(m.is_fresh());
}

#[test]
fn any_touch_keeps_the_visitors_place() {
    let mut m = kiosk("en");
    keys(&mut m, "1·1");
    let place = m.place.clone();
    update(&mut m, Msg::Tick);
    update(&mut m, Msg::Click { column: 1, row: 1 });
    assert_eq!(m.kiosk.as_ref().unwrap().countdown, None);
    assert_eq!(m.place, place, "the touch that wakes does nothing else");
}

#[test]
fn an_untouched_kiosk_is_left_alone() {
    let mut m = kiosk("en");
    update(&mut m, Msg::Tick);
    assert_eq!(m.kiosk.as_ref().unwrap().countdown, None);
}

#[test]
fn a_failure_lands_the_visitor_on_home() {
    let mut m = kiosk("en");
    keys(&mut m, "1·1");
    let result = kyr::terminal::guarded(&mut m, |_| -> () { panic!("injected") });
    assert!(result.is_none());
    assert_eq!(m.place, Place::Home);
    assert_eq!(m.overlay, None);
    draw(&mut m, 80, 24);
}

#[test]
fn kiosk_buttons_are_three_rows_tall_and_work_in_arabic() {
    let mut m = kiosk("ar");
    keys(&mut m, "\n1");
    draw(&mut m, 80, 24);
    for action in [
        Intent::Back,
        Intent::Home,
        Intent::Language,
        Intent::Card,
        Intent::Contacts,
    ] {
        let (rect, _) = *m
            .drawn
            .hits
            .iter()
            .filter(|(r, _)| r.height >= 3)
            .find(|(_, a)| *a == action)
            .unwrap_or_else(|| panic!("{action:?} has a 3-row target"));
        let mut copy = kiosk("ar");
        keys(&mut copy, "\n1");
        draw(&mut copy, 80, 24);
        update(
            &mut copy,
            Msg::Click {
                column: rect.x + 1,
                row: rect.y + 1,
            },
        );
        match action {
            Intent::Back => assert_eq!(copy.place, Place::Home),
            Intent::Home => assert_eq!(copy.place, Place::Home),
            Intent::Language => assert!(matches!(copy.overlay, Some(Overlay::Language { .. }))),
            Intent::Card => assert_eq!(copy.overlay, Some(Overlay::Card)),
            _ => assert!(matches!(
                copy.overlay,
                Some(Overlay::Contacts { qr: None, .. })
            )),
        }
    }
}

#[test]
fn the_card_opens_from_a_step_and_fits_80x24() {
    for lang in guide("en").l10n.tags() {
        let mut m = guide(&lang);
        keys(&mut m, "\n1·2c"); // a say step, then the card
        assert_eq!(m.overlay, Some(Overlay::Card));
        let screen = draw(&mut m, 80, 24);
        if lang == "es" || lang == "en" {
            assert_eq!(
                m.drawn.max_scroll, 0,
                "the card needs no scrolling in {lang}:\n{screen}"
            );
        }
        // Every statement is on the card, in English, or reachable by scrolling.
        let mut seen = screen.clone();
        for _ in 0..10 {
            update(&mut m, Msg::Key(Key::PageDown));
            seen.push_str(&draw(&mut m, 80, 24));
        }
        for english in [
            "I will remain silent.",
            "I do not consent to a search.",
            "I do not consent to your entry.",
            "I want to speak with a lawyer.",
            "I will not sign anything without a lawyer.",
        ] {
            assert!(seen.contains(english), "{english} in {lang}:\n{seen}");
        }
        update(&mut m, Msg::Key(Key::Esc));
        assert_eq!(m.overlay, None, "Esc closes the card, the step stays");
    }
}

/// Reads the code back from the drawn cells (the upper module is the foreground of "▀", the
/// lower one its background; a space holds two modules of its background's colour), scales it
/// up, and decodes it as a phone camera would.
fn decode_drawn_code(buffer: &ratatui::buffer::Buffer) -> String {
    use ratatui::style::Color;
    let area = buffer.area;
    let mut rows: Vec<Vec<bool>> = Vec::new();
    let half_blocks = buffer.content.iter().any(|c| c.symbol() == "▀");
    if !half_blocks {
        // Full size: a module is two cells of its colour side by side.
        for y in 0..area.height {
            let cells: Vec<_> = (0..area.width)
                .map(|x| &buffer[(x, y)])
                .filter(|c| c.symbol() == " " && matches!(c.bg, Color::Black | Color::White))
                .collect();
            if cells.len() > 20 {
                rows.push(cells.chunks(2).map(|p| p[0].bg == Color::Black).collect());
            }
        }
    }
    for y in (0..area.height).filter(|_| half_blocks) {
        let cells: Vec<_> = (0..area.width)
            .map(|x| &buffer[(x, y)])
            .filter(|c| {
                c.symbol() == "▀"
                    || (c.symbol() == " " && matches!(c.bg, Color::Black | Color::White))
            })
            .collect();
        if !cells.iter().any(|c| c.symbol() == "▀") {
            continue;
        }
        let top = |c: &&ratatui::buffer::Cell| {
            if c.symbol() == "▀" { c.fg } else { c.bg }
        };
        rows.push(cells.iter().map(|c| top(c) == Color::Black).collect());
        rows.push(cells.iter().map(|c| c.bg == Color::Black).collect());
    }
    let scale = 6;
    let width = rows[0].len() * scale;
    let height = rows.len() * scale;
    let img = image::GrayImage::from_fn(width as u32, height as u32, |x, y| {
        let dark = rows[y as usize / scale][x as usize / scale];
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one code on screen");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn the_actionnyc_code_dials_its_number() {
    let mut m = guide("es");
    keys(&mut m, "\nn1"); // Español, hotlines, the first: ActionNYC
    assert!(matches!(
        m.overlay,
        Some(Overlay::Contacts { qr: Some(0), .. })
    ));
    let buffer = draw_buffer(&mut m, 80, 24);
    assert_eq!(decode_drawn_code(&buffer), "tel:+18003540365");
    let screen = common::buffer_text(&buffer);
    assert!(screen.contains("1-800-354-0365"), "{screen}");
    // With room, at full size: two cells a module, no glyph at all.
    let buffer = draw_buffer(&mut m, 100, 40);
    assert!(!buffer.content.iter().any(|c| c.symbol() == "▀"));
    assert_eq!(decode_drawn_code(&buffer), "tel:+18003540365");
    assert!(common::buffer_text(&buffer).contains("1-800-354-0365"));
}

#[test]
fn the_locator_code_opens_its_address_and_flags_show() {
    let mut m = guide("en");
    let index = m
        .pack
        .contacts
        .iter()
        .position(|c| c.id == "ice-locator")
        .unwrap();
    m.overlay = Some(Overlay::Contacts {
        selected: index,
        qr: Some(index),
    });
    let buffer = draw_buffer(&mut m, 80, 24);
    assert_eq!(decode_drawn_code(&buffer), "https://locator.ice.gov");
    // A number marked "verify" says so on the list.
    let mut m = guide("en");
    keys(&mut m, "\nn");
    let screen = draw(&mut m, 120, 60);
    assert!(screen.contains("Legal Aid Society"), "{screen}");
    assert!(screen.contains("check this number first"), "{screen}");
}

#[test]
fn a_pane_takes_the_clicks_meant_for_what_it_covers() {
    let mut m = guide("en");
    keys(&mut m, "\n1n"); // the door step, then the hotlines over it
    draw(&mut m, 80, 40);
    let presses: Vec<usize> = m
        .drawn
        .hits
        .iter()
        .filter_map(|(_, a)| match a {
            Intent::Press(n) => Some(*n),
            _ => None,
        })
        .collect();
    let mut unique = presses.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(
        presses.len(),
        unique.len(),
        "only the hotlines' buttons answer clicks: {presses:?}"
    );
    assert!(!presses.is_empty());
}

#[test]
fn with_speak_a_kiosk_reads_each_new_screen_once_and_not_the_empty_picker() {
    use kyr::app::Effect;
    let speaks = |m: &kyr::app::Model| {
        m.effects
            .iter()
            .filter(|e| matches!(e, Effect::Speak { .. }))
            .count()
    };
    let mut m = kiosk("en");
    m.speak_screens = true;
    update(&mut m, Msg::Resize);
    assert_eq!(speaks(&m), 0, "nobody is at the picker yet");
    update(&mut m, Msg::Key(Key::Char('2'))); // Español
    assert_eq!(m.place, Place::Home);
    assert_eq!(speaks(&m), 1, "the new screen is read");
    let Some(Effect::Speak { voice, .. }) =
        m.effects.iter().find(|e| matches!(e, Effect::Speak { .. }))
    else {
        panic!("{:?}", m.effects)
    };
    assert!(voice.starts_with("es"), "{voice}");
    m.effects.clear();
    // Moving the highlight is the same screen: not read again (and the reading stops).
    update(&mut m, Msg::Key(Key::Down));
    assert_eq!(speaks(&m), 0);
    assert!(m.effects.contains(&Effect::Hush));
    m.effects.clear();
    // A new screen is.
    update(&mut m, Msg::Key(Key::Enter));
    assert_eq!(speaks(&m), 1);
    m.effects.clear();
    // Starting over stops it, and the empty picker is not read.
    m.forget();
    update(&mut m, Msg::Resize);
    assert_eq!(speaks(&m), 0);
    assert!(m.effects.contains(&Effect::Hush));
}

#[test]
fn a_listen_button_big_enough_to_touch_reads_the_screen_aloud() {
    use kyr::app::Effect;
    let mut m = kiosk("es");
    keys(&mut m, "\n");
    draw(&mut m, 80, 24);
    let (rect, _) = *m
        .drawn
        .hits
        .iter()
        .find(|(_, a)| *a == Intent::Listen)
        .expect("a Listen button");
    assert!(rect.height >= 3, "{rect:?}");
    let screen = common::buffer_text(&draw_buffer(&mut m, 80, 24));
    assert!(screen.contains("Escuchar"), "{screen}");
    update(
        &mut m,
        Msg::Click {
            column: rect.x + 1,
            row: rect.y + 1,
        },
    );
    assert!(
        m.effects.iter().any(|e| matches!(e, Effect::Speak { .. })),
        "{:?}",
        m.effects
    );
    // Outside a kiosk, in the top bar.
    let mut m = guide("en");
    keys(&mut m, "\n");
    let screen = draw(&mut m, 120, 30);
    assert!(
        screen.lines().next().unwrap().contains("Listen"),
        "{screen}"
    );
}
