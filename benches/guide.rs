//! Loading, drawing and switching language, measured. `cargo bench`.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used
)]

use criterion::{Criterion, criterion_group, criterion_main};
use kyr::app::{Key, Model, Msg, Place, update};
use kyr::pack::{self, Origin};
use kyr::steady::Steady;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::hint::black_box;

fn guide(lang: &str) -> Model {
    let mut loaded = pack::load(&Origin::Embedded).unwrap();
    let i = loaded.l10n.tags().iter().position(|t| t == lang).unwrap();
    loaded.l10n.set_current(i);
    Model::new(
        loaded.pack,
        loaded.l10n,
        Place::Home,
        kyr::app::Settings::new(),
    )
}

type Screen = Terminal<Steady<std::io::Sink>>;

/// A screen of this size drawn as kyr draws (compared with what is on it, the escapes
/// written), into nothing.
fn screen(width: u16, height: u16) -> Screen {
    let backend = Steady::new(CrosstermBackend::new(std::io::sink()));
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    Terminal::with_options(backend, TerminalOptions { viewport }).unwrap()
}

fn frame(model: &Model, terminal: &mut Screen) {
    kyr::steady::draw(terminal, |f| {
        black_box(kyr::ui::view(model, f));
    })
    .unwrap();
}

fn benches(c: &mut Criterion) {
    // What the build (and `kyr check --content`) does: read, parse and check every file.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = Origin::Source {
        data: root.join("assets/nyc"),
        locales: root.join("locales"),
    };
    c.bench_function("load and check the pack and every language", |b| {
        b.iter(|| black_box(pack::load(&source).is_ok()))
    });
    c.bench_function("start-up load (compiled pack)", |b| {
        b.iter(|| black_box(pack::load_trusted(&Origin::Embedded).is_ok()))
    });

    let mut home = guide("en");
    let mut small = screen(80, 24);
    c.bench_function("draw home 80x24", |b| b.iter(|| frame(&home, &mut small)));
    // The first frame's drawing: every cell on a blank screen.
    c.bench_function("draw home 80x24 on a cleared screen", |b| {
        b.iter(|| {
            small.clear().unwrap();
            frame(&home, &mut small);
        })
    });
    let mut large = screen(200, 60);
    c.bench_function("draw home 200x60", |b| b.iter(|| frame(&home, &mut large)));
    let mut door = guide("en");
    update(&mut door, Msg::Key(Key::Char('1')));
    c.bench_function("draw a step 80x24 (en)", |b| {
        b.iter(|| frame(&door, &mut small))
    });

    for lang in ["en", "ar"] {
        let mut step = guide(lang);
        update(&mut step, Msg::Key(Key::Char('1'))); // at-home: the door, a long body
        let mut big = screen(200, 60);
        c.bench_function(&format!("draw a step 200x60 ({lang})"), |b| {
            b.iter(|| frame(&step, &mut big))
        });
    }

    c.bench_function("switch language and draw", |b| {
        let mut lang = 0;
        b.iter(|| {
            lang = (lang + 1) % home.l10n.len();
            home.l10n.set_current(lang);
            frame(&home, &mut small);
        })
    });

    // What kyr asks the terminal about when a language comes on screen (parsed already).
    for lang in ["bn", "ar", "zh-Hans"] {
        let model = guide(lang);
        let index = model.l10n.current();
        c.bench_function(&format!("clusters to measure ({lang})"), |b| {
            b.iter(|| model.l10n.clusters(index, kyr::probe::uncertain))
        });
    }
}

criterion_group!(guide_benches, benches);
criterion_main!(guide_benches);
