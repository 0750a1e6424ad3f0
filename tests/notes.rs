//! Private notes: the form driven by keys with a real notes folder, the command line, and the
//! real binary killed mid-typing.
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;

use common::{draw, guide};
use kyr::app::{Key, Model, Msg, Place, Status, update};
use kyr::notes::store::{Entry, Store};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

struct Guide {
    model: Model,
    store: Store,
    home: tempfile::TempDir,
}

impl Guide {
    fn new(lang: &str) -> Self {
        let home = tempfile::tempdir().unwrap();
        let mut model = guide(lang);
        update(&mut model, Msg::Key(Key::Enter)); // the preselected language
        Guide {
            model,
            store: Store::new(home.path().join("data/kyr")),
            home,
        }
    }

    fn msg(&mut self, msg: Msg) {
        update(&mut self.model, msg);
        kyr::effects::perform(&mut self.model, Some(&self.store), self.home.path());
        draw(&mut self.model, 100, 30);
    }

    fn key(&mut self, key: Key) {
        self.msg(Msg::Key(key));
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.key(if c == '\n' { Key::Enter } else { Key::Char(c) });
        }
    }

    fn new_note(&mut self) {
        self.key(Key::Char('w'));
        assert_eq!(self.model.place, Place::Notes);
        self.key(Key::Char('1')); // write a new note
        assert!(self.model.place.is_note());
    }

    fn focus(&mut self, field: &str) {
        let index = kyr::notes::FIELDS
            .iter()
            .position(|f| f.id == field)
            .unwrap();
        self.model.form_mut().unwrap().focus_on(index);
    }
}

#[test]
fn a_note_in_several_scripts_is_saved_privately_and_reads_back() {
    let mut g = Guide::new("es");
    g.new_note();
    g.focus("place");
    g.typed("Esquina de Flatbush y Church");
    g.focus("names");
    g.typed("王警官 4521\nОфицер Петров");
    g.msg(Msg::Paste(
        "\nقالوا: افتح الباب\r\nনা, আমি দরজা খুলব না।".into(),
    ));
    g.focus("agency");
    g.key(Key::Right); // ICE
    assert_eq!(g.model.form().unwrap().status, Status::Unsaved);
    g.msg(Msg::Tick); // the autosave timer
    assert_eq!(g.model.form().unwrap().status, Status::Saved);

    let notes = g.store.list();
    let [Entry::Plain(note)] = notes.as_slice() else {
        panic!("{notes:?}")
    };
    assert_eq!(note.get("place"), "Esquina de Flatbush y Church");
    assert_eq!(
        note.get("names"),
        "王警官 4521\nОфицер Петров\nقالوا: افتح الباب\nনা, আমি দরজা খুলব না।"
    );
    assert_eq!(note.get("agency"), "ice");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(g.store.dir()), 0o700);
    let file = g.store.dir().join(format!("{}.toml", note.id));
    assert_eq!(mode(&file), 0o600);

    // Esc leaves the form; the list shows the note and opens it again.
    g.key(Key::Esc);
    assert_eq!(g.model.place, Place::Notes);
    g.key(Key::Char('2'));
    assert!(g.model.place.is_note());
    assert_eq!(g.model.form().unwrap().current(), *note);
}

#[test]
fn a_locked_note_needs_its_passphrase() {
    let mut g = Guide::new("en");
    g.new_note();
    g.focus("said");
    g.typed("They said they had a warrant.");
    g.key(Key::Ctrl('l'));
    let screen = draw(&mut g.model, 100, 30);
    assert!(
        screen.contains("demanded by a court"),
        "the lock is explained:\n{screen}"
    );
    g.typed("blue river\n");
    g.typed("blue rivers\n"); // a typo: asked again
    assert!(draw(&mut g.model, 100, 30).contains("are not the same"));
    g.typed("blue river\nblue river\n");
    let id = g.model.form().unwrap().note.id.clone();
    let locked = g.store.dir().join(format!("{id}.age"));
    let bytes = std::fs::read(&locked).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("warrant"));
    assert!(!g.store.dir().join(format!("{id}.toml")).exists());
    // Further typing stays locked.
    g.typed(" Then they left.");
    g.msg(Msg::Tick);
    assert!(!g.store.dir().join(format!("{id}.toml")).exists());

    g.key(Key::Esc);
    g.key(Key::Char('2'));
    assert!(g.model.unlock.is_some(), "asks for the passphrase");
    g.typed("red river\n");
    assert!(g.model.unlock.as_ref().unwrap().wrong);
    assert!(draw(&mut g.model, 100, 30).contains("does not open"));
    assert!(!std::fs::read(&locked).unwrap().is_empty());
    g.typed("blue river\n");
    assert!(g.model.place.is_note());
    assert_eq!(
        g.model.form().unwrap().current().get("said"),
        "They said they had a warrant. Then they left."
    );
}

#[test]
fn delete_asks_first_and_export_labels_both_languages() {
    let mut g = Guide::new("es");
    g.new_note();
    g.focus("place");
    g.typed("Queens");
    g.key(Key::Ctrl('e'));
    let id = g.model.form().unwrap().note.id.clone();
    let copy = g.home.path().join(format!("kyr-note-{id}.md"));
    let text = std::fs::read_to_string(&copy).unwrap();
    assert!(text.contains("## Lugar (Place)\n\nQueens"), "{text}");
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );

    g.msg(Msg::Tick);
    g.key(Key::Ctrl('d'));
    g.key(Key::Esc); // keep it
    assert_eq!(g.store.list().len(), 1);
    // Enter takes the highlighted answer, which is the safe one: keep.
    g.key(Key::Ctrl('d'));
    g.key(Key::Enter);
    assert!(g.model.place.is_note());
    assert_eq!(g.store.list().len(), 1);
    // Deleting is the first button: `1`, or a click on it.
    g.key(Key::Ctrl('d'));
    let delete = g
        .model
        .drawn
        .hits
        .iter()
        .find(|(_, a)| *a == kyr::app::Intent::Press(0))
        .unwrap()
        .0;
    g.msg(Msg::Click {
        column: delete.x + 1,
        row: delete.y + 1,
    });
    assert_eq!(g.model.place, Place::Notes);
    assert!(g.store.list().is_empty());
}

#[test]
fn a_kiosk_offers_no_notes() {
    let mut m = guide("en");
    m.kiosk = Some(kyr::app::Kiosk::new(
        120,
        kyr::app::parse_keys("ctrl-x").unwrap(),
    ));
    common::keys(&mut m, "\nw");
    assert_eq!(m.place, Place::Home);
    // The recording scenario's "write it down" step has no notes button in a kiosk.
    let recording = m.pack.scenario_index("recording").unwrap();
    let step = m.pack.scenarios[recording]
        .steps
        .iter()
        .position(|s| s.notes)
        .unwrap();
    m.place = Place::Step(kyr::app::Pos::new(recording, step));
    assert!(
        kyr::app::buttons(&m)
            .iter()
            .all(|b| b.action != kyr::app::ButtonAction::WriteNote)
    );
    let mut normal = guide("en");
    normal.place = Place::Step(kyr::app::Pos::new(recording, step));
    assert!(
        kyr::app::buttons(&normal)
            .iter()
            .any(|b| b.action == kyr::app::ButtonAction::WriteNote)
    );
}

#[test]
fn words_that_could_not_be_saved_are_never_dropped_without_asking() {
    let mut g = Guide::new("en");
    g.new_note();
    g.focus("place");
    g.typed("Flatbush");
    g.msg(Msg::Tick);
    assert_eq!(g.model.form().unwrap().status, Status::Saved);
    // The folder becomes read-only: saving fails and the words stay.
    std::fs::set_permissions(g.store.dir(), std::fs::Permissions::from_mode(0o500)).unwrap();
    g.typed(" and Church");
    g.msg(Msg::Tick);
    assert!(g.model.form().unwrap().unsaved());
    // Esc asks instead of leaving.
    g.key(Key::Esc);
    assert!(g.model.place.is_note());
    assert!(draw(&mut g.model, 100, 30).contains("Your words are not saved"));
    g.key(Key::Char('1')); // keep writing
    assert!(g.model.place.is_note());
    assert!(!draw(&mut g.model, 100, 30).contains("Your words are not saved"));
    // More words, and Esc at once: the save on leaving fails, so kyr comes back and asks.
    g.typed(" Ave");
    g.key(Key::Esc);
    assert!(g.model.place.is_note());
    assert!(draw(&mut g.model, 100, 30).contains("Your words are not saved"));
    // A copy in the home folder, and the person can go on.
    g.key(Key::Char('2'));
    let copies: Vec<_> = std::fs::read_dir(g.home.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("kyr-note-"))
        .collect();
    assert_eq!(copies.len(), 1);
    let copy = std::fs::read_to_string(copies[0].path()).unwrap();
    assert!(copy.contains("Flatbush and Church"), "{copy}");
    // Leaving without them is a choice the person makes.
    g.key(Key::Esc);
    g.key(Key::Char('3'));
    assert_eq!(g.model.place, Place::Notes);
    assert!(g.model.form().is_none());
    std::fs::set_permissions(g.store.dir(), std::fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn a_huge_paste_is_cut_to_what_a_field_holds_and_the_note_reads_back() {
    let mut g = Guide::new("en");
    g.new_note();
    g.focus("said");
    g.msg(Msg::Paste("x".repeat(1 << 20)));
    let form = g.model.form().unwrap();
    assert!(form.full);
    assert!(draw(&mut g.model, 100, 30).contains("This field is full"));
    g.msg(Msg::Tick);
    let notes = g.store.list();
    let [Entry::Plain(note)] = notes.as_slice() else {
        panic!("{notes:?}")
    };
    assert!(note.get("said").chars().count() < kyr::app::MAX_FIELD_CHARS);
}

#[test]
fn a_note_open_in_another_kyr_is_not_opened_twice() {
    let mut first = Guide::new("en");
    first.new_note();
    first.focus("place");
    first.typed("Flatbush");
    first.key(Key::Esc); // saved; back at the list
    first.key(Key::Char('2')); // open it again: this kyr holds it now
    assert!(first.model.place.is_note());

    let mut second = Guide::new("en");
    second.store = Store::new(first.store.dir().to_path_buf());
    second.key(Key::Char('w'));
    second.key(Key::Char('2'));
    assert_eq!(second.model.place, Place::Notes, "opened twice");
    let screen = draw(&mut second.model, 100, 30);
    assert!(screen.contains("is open in another kyr"), "{screen}");

    // Closed in the first, it opens in the second.
    first.key(Key::Esc);
    second.key(Key::Char('2'));
    assert!(second.model.place.is_note());
}

#[test]
fn a_new_note_says_saved_only_once_it_is() {
    let mut g = Guide::new("en");
    g.new_note();
    let screen = draw(&mut g.model, 100, 30);
    assert!(g.store.list().is_empty());
    assert!(!screen.contains("Saved"), "nothing is saved yet:\n{screen}");
    assert!(
        screen.contains("kyr saves your words as you type"),
        "{screen}"
    );
    g.focus("place");
    g.typed("Flatbush");
    assert!(draw(&mut g.model, 100, 30).contains("Not saved yet"));
    g.msg(Msg::Tick);
    assert_eq!(g.store.list().len(), 1);
    assert!(draw(&mut g.model, 100, 30).contains("Saved"));
}

#[test]
fn the_form_footer_names_copy_lock_and_delete_in_78_columns_in_every_language() {
    for lang in [
        "en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
    ] {
        let mut g = Guide::new(lang);
        g.new_note();
        let screen = draw(&mut g.model, 80, 24);
        let footer = screen.lines().nth(23).unwrap();
        for (key, id) in [
            ("Ctrl-E", "key-copy"),
            ("Ctrl-L", "key-lock"),
            ("Ctrl-D", "key-delete"),
        ] {
            let mut words = g.model.l10n.ui(id);
            if g.model.rtl() {
                words = kyr::ui::text::shape(&words).into_owned();
                words = kyr::ui::text::visual(&words, true).into_owned();
            }
            assert!(
                footer.contains(key) && footer.contains(&common::as_drawn(&words)),
                "{lang}: {key} {words} not in the footer:\n{footer}"
            );
        }
    }
}

#[test]
fn locking_a_note_with_a_copy_says_where_the_copy_is_and_offers_to_delete_it() {
    let mut g = Guide::new("en");
    g.new_note();
    g.focus("said");
    g.typed("They said they had a warrant.");
    g.key(Key::Ctrl('e'));
    let id = g.model.form().unwrap().note.id.clone();
    let copy = g.home.path().join(format!("kyr-note-{id}.md"));
    assert!(copy.exists());
    let path = copy.display().to_string();

    // The lock prompt says the copy stays readable, and where it is.
    g.key(Key::Ctrl('l'));
    let screen = draw(&mut g.model, 100, 40);
    assert!(
        screen.contains("Copies saved with Ctrl-E are not locked"),
        "{screen}"
    );
    assert!(screen.contains(&path), "{screen}");
    g.typed("blue river\nblue river\n");
    assert!(g.store.dir().join(format!("{id}.age")).exists());
    let screen = draw(&mut g.model, 100, 30);
    assert!(screen.contains("Delete the copy?"), "{screen}");
    // Keeping it is the safe answer: Enter and Esc keep it.
    g.key(Key::Enter);
    assert!(copy.exists());
    assert!(g.model.form().unwrap().prompt.is_none());

    // Locked again: this time the person deletes it, and only the copy goes.
    g.key(Key::Ctrl('l'));
    g.typed("blue river\nblue river\n");
    g.key(Key::Char('1'));
    assert!(!copy.exists());
    assert!(g.store.dir().join(format!("{id}.age")).exists());
    let screen = draw(&mut g.model, 100, 30);
    assert!(screen.contains("was deleted"), "{screen}");

    // No copy left: locking asks nothing more, and typing goes on in the field.
    g.key(Key::Ctrl('l'));
    assert!(!draw(&mut g.model, 100, 40).contains("such a copy"));
    g.typed("blue river\nblue river\n");
    assert!(g.model.form().unwrap().prompt.is_none());
}
