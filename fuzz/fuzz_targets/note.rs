//! Any note file: read as a plain note, and as a locked one, by the same code the notes list
//! uses. Nothing may panic, hang or ask scrypt for more than kyr allows.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = kyr::notes::Note::from_toml("20261126-181503", text);
    }
    let dir = std::env::temp_dir().join(format!("kyr-fuzz-note-{}", std::process::id()));
    let store = kyr::notes::store::Store::new(dir.join("kyr"));
    let _ = std::fs::create_dir_all(store.dir());
    let _ = std::fs::write(store.dir().join("20261126-181503.age"), data);
    let _ = store.list();
    let _ = store.load("20261126-181503", Some("passphrase"));
    let _ = std::fs::remove_file(store.dir().join("20261126-181503.age"));
});
