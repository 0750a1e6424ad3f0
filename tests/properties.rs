//! Random input never breaks the guide: any sequence of keys, clicks, wheel turns, pastes,
//! ticks and resizes, in any language and mode, at any size from 0×0 to 300×100, draws and
//! updates without a panic. `PROPTEST_CASES=5000 cargo test --test properties` for a long run.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use kyr::app::{Key, Kiosk, Model, Msg, parse_keys, update};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[derive(Debug, Clone)]
enum Event {
    Msg(Msg),
    Size(u16, u16),
}

fn key() -> impl Strategy<Value = Key> {
    prop_oneof![
        any::<char>().prop_map(Key::Char),
        proptest::sample::select(vec![
            '1', '2', '3', '4', 'q', 'h', 'l', 's', 'c', 'n', 'w', 'b', 'p', '?', ' '
        ])
        .prop_map(Key::Char),
        proptest::sample::select(vec!['c', 'd', 'z', 'x', 'q', 'l', 'e', '\\']).prop_map(Key::Ctrl),
        proptest::sample::select(vec![
            Key::Enter,
            Key::Esc,
            Key::Backspace,
            Key::Up,
            Key::Down,
            Key::Left,
            Key::Right,
            Key::PageUp,
            Key::PageDown,
            Key::Tab,
            Key::BackTab,
            Key::Home,
            Key::End,
            Key::Delete,
        ]),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::sample::select(vec![
            "不要开门\n中文".to_string(),
            "لا أوافق 123-456".to_string(),
            "দরজা খুলবেন না".to_string(),
            "🙂👍🏽 emoji".to_string(),
            "\u{1b}[2J\u{7}\u{202e}evil\u{0}".to_string(),
        ]),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        6 => key().prop_map(|k| Event::Msg(Msg::Key(k))),
        2 => (0u16..300, 0u16..100).prop_map(|(column, row)| Event::Msg(Msg::Click { column, row })),
        1 => (-10i16..10).prop_map(|d| Event::Msg(Msg::Wheel(d))),
        1 => text().prop_map(|t| Event::Msg(Msg::Paste(t))),
        1 => Just(Event::Msg(Msg::Tick)),
        1 => (0u16..300, 0u16..100).prop_map(|(w, h)| Event::Size(w, h)),
    ]
}

fn run(model: &mut Model, events: &[Event]) {
    let mut size = (80, 24);
    let draw = |model: &mut Model, (w, h): (u16, u16)| {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let mut drawn = None;
        terminal
            .draw(|f| drawn = Some(kyr::ui::view(model, f)))
            .unwrap();
        update(model, Msg::Drawn(drawn.unwrap()));
    };
    draw(model, size);
    for event in events {
        match event {
            Event::Size(w, h) => size = (*w, *h),
            Event::Msg(msg) => {
                update(model, msg.clone());
                // No folder: file work is dropped, as in a kiosk.
                kyr::effects::perform(model, None, std::path::Path::new("/nonexistent"));
            }
        }
        if model.quit {
            return;
        }
        draw(model, size);
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_input_in_any_language_and_mode_never_panics(
        lang in 0usize..12,
        mode in 0u8..4,
        events in proptest::collection::vec(event(), 1..60),
    ) {
        let tags = common::cached_guide("en").l10n.tags();
        let mut model = common::cached_guide(&tags[lang % tags.len()]);
        match mode {
            1 => model.kiosk = Some(Kiosk::new(5, parse_keys("ctrl-x ctrl-q").unwrap())),
            2 => model.workshop = true,
            3 => {
                model.workshop = true;
                model.second = Some((lang + 1) % tags.len());
            }
            _ => {}
        }
        run(&mut model, &events);
        count(events.len());
    }
}

/// With `KYR_COUNT_EVENTS=FILE`, the running total of events tried is kept in FILE, so that a
/// long run can say how many it made.
fn count(events: usize) {
    static TOTAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let total = TOTAL.fetch_add(events, std::sync::atomic::Ordering::Relaxed) + events;
    if let Some(file) = std::env::var_os("KYR_COUNT_EVENTS") {
        let _ = std::fs::write(file, total.to_string());
    }
}
