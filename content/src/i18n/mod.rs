//! Every word a person reads comes through here: Fluent lookups with per-message fallback to
//! the pack's reference language, cleaned of anything that could act on the terminal.

pub mod catalog;
pub mod negotiate;
pub mod tracking;

use crate::compiled::{self, Compiled};
use catalog::Catalog;
use fluent::{FluentArgs, FluentValue};
use std::borrow::Cow;
use std::cell::RefCell;
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

struct Slot {
    lang: LanguageIdentifier,
    words: Words,
}

/// A language's words: every file parsed (a pack from a folder, checked whole), or the
/// program's compiled messages, each parsed the first time a screen shows it.
enum Words {
    Parsed(Catalog),
    Compiled(Lazy),
}

struct Lazy {
    program: &'static Compiled,
    /// Which of the program's languages.
    index: usize,
    language: &'static compiled::Language,
    state: RefCell<LazyState>,
}

#[derive(Default)]
struct LazyState {
    /// Made on first use: a language only named in the picker never needs one.
    bundle: Option<catalog::Bundle>,
    /// Which ids (of `Compiled::ids`) have been added to the bundle, or found missing.
    loaded: Vec<bool>,
    /// Groups read so far: borrowed from the program, or inflated.
    texts: Vec<Option<Cow<'static, str>>>,
}

impl Lazy {
    /// Adds a message and everything it refers to to the bundle, parsing only them. False when
    /// the language does not have it.
    fn ensure(&self, lang: &LanguageIdentifier, id: &str) -> bool {
        let Some(first) = self.program.index(id) else {
            return false;
        };
        if self.language.entry(first).is_none() {
            return false;
        }
        // Never while a message of this language is being formatted; should it happen, the
        // words are missing rather than the program ending.
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return false;
        };
        let state = &mut *state;
        if state.loaded.is_empty() {
            state.loaded = vec![false; self.program.id_count()];
        }
        let mut wanted = vec![first];
        while let Some(index) = wanted.pop() {
            if state.loaded.get(index).is_none_or(|done| *done) {
                continue;
            }
            state.loaded[index] = true;
            let Some(entry) = self.language.entry(index) else {
                continue;
            };
            if state.texts.len() <= entry.group {
                state.texts.resize(entry.group + 1, None);
            }
            let text = state.texts[entry.group]
                .get_or_insert_with(|| self.language.group_text(entry.group));
            let source = text
                .get(entry.start..entry.start + entry.len)
                .unwrap_or_default()
                .to_string();
            let resource = fluent::FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
            state
                .bundle
                .get_or_insert_with(|| catalog::new_bundle(lang))
                .add_resource_overriding(Rc::new(resource));
            wanted.extend(self.language.refs(&entry));
        }
        true
    }
}

impl Slot {
    fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<Formatted, FormatError> {
        match &self.words {
            Words::Parsed(catalog) => format_in(&catalog.bundle, id, attr, args),
            Words::Compiled(lazy) => {
                if !lazy.ensure(&self.lang, id) {
                    return Err(FormatError::Missing);
                }
                let state = lazy.state.try_borrow().map_err(|_| FormatError::Missing)?;
                let bundle = state.bundle.as_ref().ok_or(FormatError::Missing)?;
                format_in(bundle, id, attr, args)
            }
        }
    }
}

impl Localizer {
    /// `catalogs` must not be empty; `reference` indexes the language every message exists in.
    pub fn new(catalogs: Vec<Catalog>, reference: usize) -> Self {
        let slots = catalogs.into_iter().map(|c| Slot {
            lang: c.lang.clone(),
            words: Words::Parsed(c),
        });
        Localizer::of(slots.collect(), reference)
    }

    /// The program's compiled languages (`crate::compiled`), parsed a message at a time.
    pub fn compiled(program: &'static Compiled) -> Self {
        let all = (0..program.languages.len()).collect();
        Localizer::of_compiled(program, all, program.reference)
    }

    fn of_compiled(program: &'static Compiled, languages: Vec<usize>, reference: usize) -> Self {
        let slots = languages.into_iter().filter_map(|index| {
            Some(Slot {
                lang: program.tag(index).parse().unwrap_or_default(),
                words: Words::Compiled(Lazy {
                    program,
                    index,
                    language: program.languages.get(index)?,
                    state: RefCell::default(),
                }),
            })
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

    /// Lets go of the words parsed for every language but these, the reference language (every
    /// fallback's) and the officer's: someone going through all twelve holds three, not twelve.
    /// They are parsed again if shown again.
    pub fn forget_except(&self, keep: &[usize]) {
        for (i, slot) in self.catalogs.iter().enumerate() {
            if keep.contains(&i) || i == self.reference || i == self.officer() {
                continue;
            }
            if let Words::Compiled(lazy) = &slot.words
                && let Ok(mut state) = lazy.state.try_borrow_mut()
            {
                *state = LazyState::default();
            }
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

    /// The program's interface alone, in `lang` with English behind it, for messages shown
    /// before (or instead of) a pack.
    pub fn interface(program: &'static Compiled, lang: &LanguageIdentifier) -> Self {
        let mut languages = Vec::new();
        for tag in ["en".to_string(), lang.to_string()] {
            if let Some(index) = program.position(&tag)
                && !languages.contains(&index)
            {
                languages.push(index);
            }
        }
        let mut l10n = Localizer::of_compiled(program, languages, 0);
        l10n.set_current(l10n.catalogs.len().saturating_sub(1));
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

    /// A language's own name, in its own script.
    pub fn language_name(&self, index: usize) -> String {
        if let Some(Words::Compiled(lazy)) = self.catalogs.get(index).map(|s| &s.words) {
            return lazy.program.name(lazy.index).to_string();
        }
        self.get_in(index, "language-name", None, None)
            .unwrap_or_else(|| self.tag(index))
    }

    /// Every grapheme cluster of a language's words that `wanted` accepts: what its screens
    /// can show, for measuring on the terminal.
    pub fn clusters(
        &self,
        index: usize,
        wanted: impl Fn(&str) -> bool,
    ) -> std::collections::BTreeSet<String> {
        let Some(slot) = self.catalogs.get(index) else {
            return Default::default();
        };
        match &slot.words {
            Words::Compiled(lazy) => lazy
                .language
                .clusters()
                .filter(|g| wanted(g))
                .map(String::from)
                .collect(),
            Words::Parsed(catalog) => {
                let mut all = std::collections::BTreeSet::new();
                for line in catalog.sources().flat_map(str::lines) {
                    if !line.starts_with('#') {
                        compiled::collect_clusters(line, &mut all);
                    }
                }
                all.into_iter().filter(|g| wanted(g)).collect()
            }
        }
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
        self.catalogs.get(index)?.format(id, attr, args).ok()
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
    // Every word on every screen passes here, so it is scanned as bytes: an unsafe character
    // is an ASCII control, or starts with one of three lead bytes (C1 controls and U+061C,
    // U+200E and the other marks and isolates).
    let bytes = text.as_bytes();
    // First without stopping early, which the compiler turns into a wide scan: most text
    // (English, Latin, Chinese, Bengali) has none of these bytes at all.
    let maybe =
        |b: u8| (b < 0x20 && b != b'\n') | (b == 0x7f) | (b == 0xc2) | (b == 0xd8) | (b == 0xe2);
    if !bytes.iter().fold(false, |seen, &b| seen | maybe(b)) {
        return Cow::Borrowed(text);
    }
    let dirty = bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' => false,
        0..0x20 | 0x7f => true,
        0xc2 | 0xd8 | 0xe2 => text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(is_unsafe),
        _ => false,
    });
    if !dirty {
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
