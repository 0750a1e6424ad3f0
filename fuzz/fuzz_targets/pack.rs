//! A whole pack from bytes: a manifest, one scenario and one Fluent file, loaded and checked
//! the way `kyr check --content` does, then every situation shown. Nothing may panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

fn folder() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kyr-fuzz-pack-{}", std::process::id()));
    let _ = std::fs::create_dir_all(dir.join("scenarios"));
    let _ = std::fs::create_dir_all(dir.join("locales/en"));
    dir
}

fuzz_target!(|data: &[u8]| {
    // Three parts, split at 0xFF bytes (which never occur in UTF-8).
    let mut parts = data.splitn(3, |&b| b == 0xFF);
    let manifest = parts.next().unwrap_or_default();
    let scenario = parts.next().unwrap_or_default();
    let words = parts.next().unwrap_or_default();
    let dir = folder();
    let write = |rel: &str, bytes: &[u8]| {
        let _ = std::fs::write(dir.join(rel), bytes);
    };
    write("manifest.toml", manifest);
    write("scenarios/door.toml", scenario);
    write("locales/en/door.ftl", words);
    write("sources.toml", b"[[source]]\nid = \"card\"\n");
    write(
        "contacts.toml",
        b"[[contact]]\nid = \"help\"\nnumber = \"311\"\nkind = \"phone\"\ngroup = \"legal-help\"\n",
    );
    let origin = kyr::pack::Origin::Dir(dir.clone());
    if let Ok(loaded) = kyr::pack::load(&origin) {
        for i in 0..loaded.pack.scenarios.len() {
            let _ = kyr::plain::show(&loaded.pack, &loaded.l10n, i, "2026-12-06");
        }
        let _ = kyr::plain::card(&loaded.pack, &loaded.l10n, "2099-01-01");
    }
});
