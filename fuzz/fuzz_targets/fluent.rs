//! Any Fluent text: parsed as the validator does, every message and attribute formatted with
//! and without arguments, and fingerprinted for translation tracking. Nothing may panic.
#![no_main]

use kyr::i18n::catalog::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut catalog = Catalog::new("en".parse().unwrap_or_default());
    let mut problems = Vec::new();
    catalog.add("fuzz.ftl", text.clone(), &mut problems);
    let mut args = kyr::i18n::fluent_args(&[]);
    args.set("count", 2);
    args.set("date", "2026-12-06");
    for (id, info) in &catalog.index {
        let attrs = info.attrs.keys().map(|a| Some(a.as_str()));
        for attr in std::iter::once(None).chain(attrs) {
            let _ = kyr::i18n::format_checked(&catalog.bundle, id, attr, None);
            let _ = kyr::i18n::format_checked(&catalog.bundle, id, attr, Some(&args));
        }
    }
    let messages = kyr::i18n::tracking::messages([text.as_str()]);
    for canonical in messages.values() {
        let _ = kyr::i18n::tracking::fingerprint(canonical);
        let _ = kyr::i18n::tracking::parts(canonical);
    }
});
