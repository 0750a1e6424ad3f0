//! Every word a person reads comes through here: Fluent lookups with per-message fallback to
//! the pack's reference language, cleaned of anything that could act on the terminal.

pub mod catalog;
pub mod mark;
pub mod negotiate;
pub mod tracking;

use catalog::Catalog;
use fluent::{FluentArgs, FluentValue};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// Cheap to clone: the catalogs are shared, so a screen can be drawn in a second language
/// with `at`.
#[derive(Clone)]
pub struct Localizer {
    catalogs: Rc<[Slot]>,
    current: usize,
    reference: usize,
}

/// A language's words: parsed already, or parsed the first time they are needed (start-up
/// parses only the languages it shows; the rest wait until someone picks them).
/// A language's Fluent files: (name shown in errors, bytes). Bytes, because checking that
/// every embedded language is UTF-8 at start-up cost more than the rest of start-up.
pub type Files = Vec<(String, Cow<'static, [u8]>)>;

struct Slot {
    lang: LanguageIdentifier,
    files: Files,
    catalog: OnceCell<Catalog>,
    /// The language's own name, read from its files without parsing them.
    name: OnceCell<Option<String>>,
}

impl Slot {
    fn catalog(&self) -> &Catalog {
        self.catalog.get_or_init(|| {
            let mut catalog = Catalog::new(self.lang.clone());
            for (_, bytes) in &self.files {
                catalog.add_words(String::from_utf8_lossy(bytes).into_owned());
            }
            catalog
        })
    }

    fn name(&self) -> Option<&str> {
        self.name
            .get_or_init(|| {
                // ui.ftl holds it; look there first.
                let mut files: Vec<&(String, Cow<'static, [u8]>)> = self.files.iter().collect();
                files.sort_by_key(|(file, _)| !file.ends_with("ui.ftl"));
                files.iter().find_map(|(_, bytes)| name_in(bytes))
            })
            .as_deref()
    }
}

/// `language-name = Español` at the start of a line, read from raw bytes.
fn name_in(bytes: &[u8]) -> Option<String> {
    let key = b"language-name";
    let mut from = 0;
    while let Some(found) = bytes[from..].windows(key.len()).position(|w| w == key) {
        let start = from + found;
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |e| start + e);
        if start == 0 || bytes[start - 1] == b'\n' {
            let line = std::str::from_utf8(&bytes[start..end]).ok()?;
            let value = line[key.len()..].trim_start().strip_prefix('=')?;
            return Some(clean(value.trim()).into_owned());
        }
        from = end;
    }
    None
}

impl Localizer {
    /// `catalogs` must not be empty; `reference` indexes the language every message exists in.
    pub fn new(catalogs: Vec<Catalog>, reference: usize) -> Self {
        let slots = catalogs.into_iter().map(|c| Slot {
            lang: c.lang.clone(),
            files: Vec::new(),
            catalog: OnceCell::from(c),
            name: OnceCell::new(),
        });
        Localizer::of(slots.collect(), reference)
    }

    /// Languages given as their files, parsed on first use. For a pack that was already
    /// validated (the embedded one: `kyr check --strict` runs in CI).
    pub fn lazy(languages: Vec<(LanguageIdentifier, Files)>, reference: usize) -> Self {
        let slots = languages.into_iter().map(|(lang, files)| Slot {
            lang,
            files,
            catalog: OnceCell::new(),
            name: OnceCell::new(),
        });
        Localizer::of(slots.collect(), reference)
    }

    fn of(slots: Vec<Slot>, reference: usize) -> Self {
        Localizer {
            current: reference,
            reference,
            catalogs: slots.into(),
        }
    }

    /// The languages, in the pack's order.
    pub fn languages(&self) -> Vec<LanguageIdentifier> {
        self.catalogs.iter().map(|s| s.lang.clone()).collect()
    }

    /// The same words, speaking another of its languages.
    pub fn at(&self, index: usize) -> Localizer {
        let mut other = self.clone();
        other.set_current(index);
        other
    }

    /// The interface alone, for messages shown before (or instead of) a pack.
    pub fn interface(lang: &LanguageIdentifier) -> Self {
        let english: LanguageIdentifier = "en".parse().unwrap_or_default();
        let mut catalogs = Vec::new();
        for tag in [english, lang.clone()] {
            if catalogs.iter().any(|c: &Catalog| c.lang == tag) {
                continue;
            }
            let mut catalog = Catalog::new(tag.clone());
            for (_, text) in crate::pack::files::interface_files(&tag.to_string()) {
                catalog.add_words(text.to_string());
            }
            catalogs.push(catalog);
        }
        let mut l10n = Localizer::new(catalogs, 0);
        l10n.set_current(l10n.catalogs.len() - 1);
        l10n
    }

    pub fn len(&self) -> usize {
        self.catalogs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.catalogs.is_empty()
    }

    pub fn current(&self) -> usize {
        self.current
    }

    pub fn reference(&self) -> usize {
        self.reference
    }

    pub fn set_current(&mut self, index: usize) {
        if index < self.catalogs.len() {
            self.current = index;
        }
    }

    pub fn tag(&self, index: usize) -> String {
        self.catalogs
            .get(index)
            .map(|c| c.lang.to_string())
            .unwrap_or_default()
    }

    fn catalog(&self, index: usize) -> Option<&Catalog> {
        self.catalogs.get(index).map(Slot::catalog)
    }

    pub fn tags(&self) -> Vec<String> {
        (0..self.len()).map(|i| self.tag(i)).collect()
    }

    pub fn index_of(&self, tag: &LanguageIdentifier) -> Option<usize> {
        self.catalogs.iter().position(|c| &c.lang == tag)
    }

    /// The index of English, in which words for an officer are shown; the reference language
    /// when the pack has no English.
    pub fn officer(&self) -> usize {
        self.catalogs
            .iter()
            .position(|c| c.lang.language.as_str() == "en")
            .unwrap_or(self.reference)
    }

    pub fn is_rtl(&self, index: usize) -> bool {
        self.catalogs
            .get(index)
            .is_some_and(|c| c.lang.character_direction() == CharacterDirection::RTL)
    }

    /// A language's own name, in its own script. The picker shows every language: for one not
    /// parsed yet, the name is read straight from its file instead of parsing it all.
    pub fn language_name(&self, index: usize) -> String {
        let Some(slot) = self.catalogs.get(index) else {
            return String::new();
        };
        if slot.catalog.get().is_none()
            && let Some(name) = slot.name()
        {
            return name.to_string();
        }
        self.get_in(index, "language-name", None, None)
            .unwrap_or_else(|| self.tag(index))
    }

    /// Every grapheme cluster in a language's files that `wanted` accepts: what its screens
    /// can show, for measuring on the terminal. Reads (and parses, if not yet) that language.
    pub fn clusters(
        &self,
        index: usize,
        wanted: impl Fn(&str) -> bool,
    ) -> std::collections::BTreeSet<String> {
        use unicode_segmentation::UnicodeSegmentation;
        let Some(slot) = self.catalogs.get(index) else {
            return Default::default();
        };
        // Only the stretches around characters outside ASCII can hold such a cluster, and
        // words repeat: segmenting each distinct stretch once keeps this well under a
        // millisecond for most languages.
        let mut stretches = std::collections::HashSet::new();
        for source in slot.catalog().sources() {
            for line in source.lines() {
                if line.is_ascii() || line.starts_with('#') {
                    continue;
                }
                let mut rest = line;
                while let Some(start) = rest.find(|c: char| !c.is_ascii()) {
                    // A cluster can start with the ASCII letter a combining mark follows.
                    let from = rest[..start]
                        .char_indices()
                        .next_back()
                        .map_or(start, |(i, _)| i);
                    let len = rest[start..]
                        .find(|c: char| c.is_ascii())
                        .unwrap_or(rest.len() - start);
                    stretches.insert(&rest[from..start + len]);
                    rest = &rest[start + len..];
                }
            }
        }
        let mut found = std::collections::HashSet::new();
        let mut buf = [0u8; 4];
        for stretch in stretches {
            // A stretch of characters each of which is wanted on its own by no one (Chinese,
            // Korean) holds no such cluster: they do not combine.
            if stretch.chars().all(|c| !wanted(c.encode_utf8(&mut buf))) {
                continue;
            }
            found.extend(stretch.graphemes(true).filter(|g| wanted(g)));
        }
        found.into_iter().map(String::from).collect()
    }

    /// A message (or attribute) in the current language, else in the reference language.
    /// Never the raw id: a message missing everywhere reads as empty.
    pub fn text(&self, id: &str, attr: Option<&str>) -> String {
        self.text_args(id, attr, None)
    }

    /// A message that fails to format (a reference to nothing, a loop, too many placeables)
    /// shows the reference language's words instead, and those as well as they format.
    pub fn text_args(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        match self.format(self.current, id, attr, args) {
            Some(Formatted::Clean(text)) => text,
            mine => match self.format(self.reference, id, attr, args) {
                Some(Formatted::Clean(text) | Formatted::Flawed(text)) => text,
                None => match mine {
                    Some(Formatted::Flawed(text)) => text,
                    _ => String::new(),
                },
            },
        }
    }

    pub fn ui(&self, id: &str) -> String {
        self.text(id, None)
    }

    pub fn ui_args(&self, id: &str, args: &[(&str, String)]) -> String {
        self.text_args(id, None, Some(&fluent_args(args)))
    }

    /// A message in one language only, or `None` when that language lacks it or it cannot
    /// be formatted without errors.
    pub fn get_in(
        &self,
        index: usize,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        match self.format(index, id, attr, args)? {
            Formatted::Clean(text) => Some(text),
            Formatted::Flawed(_) => None,
        }
    }

    fn format(
        &self,
        index: usize,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Formatted> {
        let bundle = &self.catalog(index)?.bundle;
        format_in(bundle, id, attr, args).ok()
    }
}

/// A message formatted: cleanly, or with some part of it unresolved.
pub enum Formatted {
    Clean(String),
    Flawed(String),
}

/// Why a message could not be formatted at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Missing,
    /// The Fluent library gave up part-way (it panics on some limits).
    Failed,
}

/// One message of a bundle, formatted with the errors Fluent reports and never a panic.
pub fn format_in(
    bundle: &catalog::Bundle,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Result<Formatted, FormatError> {
    format_checked(bundle, id, attr, args).map(|(text, errors)| {
        if errors.is_empty() {
            Formatted::Clean(text)
        } else {
            Formatted::Flawed(text)
        }
    })
}

/// The formatted text and Fluent's errors, as text.
pub fn format_checked(
    bundle: &catalog::Bundle,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Result<(String, Vec<String>), FormatError> {
    let message = bundle.get_message(id).ok_or(FormatError::Missing)?;
    let pattern = match attr {
        Some(a) => message
            .get_attribute(a)
            .ok_or(FormatError::Missing)?
            .value(),
        None => message.value().ok_or(FormatError::Missing)?,
    };
    let formatted = guarded(|| {
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        (clean(&text).into_owned(), errors)
    });
    formatted.ok_or(FormatError::Failed)
}

thread_local! {
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a panic now is one `guarded` catches: panic hooks then stay quiet, so that a
/// message Fluent cannot format is neither printed nor allowed to reset the terminal.
pub fn panicking_in_guard() -> bool {
    GUARDED.with(std::cell::Cell::get)
}

/// Runs `f`, turning a panic (fluent-bundle 0.16 panics on some malformed messages) into
/// `None`.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    let before = GUARDED.with(|g| g.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok();
    GUARDED.with(|g| g.set(before));
    result
}

/// A panic hook that says nothing about panics `guarded` catches, and hands the rest on.
pub fn install_quiet_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !panicking_in_guard() {
            previous(info);
        }
    }));
}

/// Fluent arguments; whole numbers become numbers so that plural forms work.
pub fn fluent_args<'a>(args: &'a [(&'a str, String)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value.parse::<i64>() {
            Ok(n) => out.set(*name, FluentValue::from(n)),
            Err(_) => out.set(*name, FluentValue::from(value.as_str())),
        }
    }
    out
}

/// Text from a content file is data: control characters, escape sequences and bidi controls
/// are removed so that nothing in a pack can move the cursor, clear the screen, write the
/// clipboard or reorder text behind our back. Newlines are kept; tabs become spaces.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' => Some('\n'),
                '\t' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn a_message_fluent_cannot_format_shows_the_reference_words_without_a_panic() {
        use super::{Localizer, catalog::Catalog};
        let many = "{\"b\"}".repeat(101);
        let mut english = Catalog::new("en".parse().unwrap_or_default());
        english.add_words("title = Do not open the door\n".to_string());
        let mut spanish = Catalog::new("es".parse().unwrap_or_default());
        spanish.add_words(format!("title = {{ \"a\" ->\n    *[a] {many}\n}}\n"));
        spanish.add_words("other = { nomsg }\n".to_string());
        let mut l10n = Localizer::new(vec![english, spanish], 0);
        l10n.set_current(1);
        assert_eq!(l10n.text("title", None), "Do not open the door");
        // Missing everywhere but present, flawed, in Spanish: the flawed words, not the id.
        assert_eq!(l10n.text("other", None), "{nomsg}");
    }

    #[test]
    fn clean_removes_escapes_and_bidi_controls() {
        let dirty = "a\u{1b}[2Jb\u{7}c\u{1b}]52;c;aGk=\u{7}\u{202E}d\u{2067}e\tf\ng";
        assert_eq!(clean(dirty), "a[2Jbc]52;c;aGk=de f\ng");
    }

    #[test]
    fn clean_borrows_clean_text() {
        assert!(matches!(
            clean("plain\ntext"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
