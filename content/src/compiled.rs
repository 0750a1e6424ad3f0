//! The program's own pack, compiled by the build (build.rs calls [`compile`]): its data already
//! resolved and serialized, its words split into single messages that are parsed only when a
//! screen shows them. Start-up reads no TOML, checks no graph and parses no whole file.
//!
//! Everything is bytes and offsets, never tables of pointers: a pointer in a static costs a
//! relocation at every start, and thirteen thousand messages would cost more than they save.

use crate::i18n::Localizer;
use crate::i18n::catalog::{Catalog, each_inline};
use crate::pack::files::{INTERFACE_FILES, Origin};
use crate::pack::{self, Loaded};
use crate::problem::Problem;
use fluent_syntax::ast;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The pack as the build left it.
pub struct Compiled {
    /// `pack::Pack`, postcard.
    pub pack: &'static [u8],
    /// `Vec<pack::Coverage>` as `kyr check` reports it, postcard.
    pub coverage: &'static [u8],
    /// Index into `languages` of the language every message exists in.
    pub reference: usize,
    /// Every message and term id of every language, sorted, back to back.
    pub ids: &'static str,
    /// Where each id in `ids` ends: little-endian u32s.
    pub id_ends: &'static [u8],
    /// The languages' tags, one a line, in the order of `languages`. Kept together (not in
    /// each `Language`, beside its data) so that start-up reading them touches one page.
    pub tags: &'static str,
    /// Each language's own name in its own script (`language-name`), one a line.
    pub names: &'static str,
    pub languages: &'static [Language],
}

/// One language's words.
pub struct Language {
    /// One record of `ENTRY` bytes per id of `Compiled::ids`, in that order: where its text is.
    pub entries: &'static [u8],
    /// The ids each message refers to (other messages, terms): little-endian u16s.
    pub refs: &'static [u8],
    /// Messages grouped by the file they came from, so a screen decompresses only its own.
    pub groups: &'static [Group],
    /// Its distinct grapheme clusters outside ASCII, one a line: what the terminal may have to
    /// measure.
    pub clusters: &'static str,
}

pub struct Group {
    /// The file as a person knows it (`locales/es/ui.ftl`).
    pub file: &'static str,
    /// One of the interface's own files, which a pack from a folder may borrow.
    pub interface: bool,
    pub text: Text,
}

/// A group's Fluent text: its messages back to back, without comments.
pub enum Text {
    Plain(&'static str),
    /// Deflated (RFC 1951); `len` bytes once inflated.
    Deflated {
        bytes: &'static [u8],
        len: usize,
    },
}

/// Bytes of one entry record: group u16, refs count u16, start u32, length u32, first ref u32.
const ENTRY: usize = 16;
/// The group number of an id the language does not have.
const ABSENT: u16 = u16::MAX;

/// Where one message is.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub group: usize,
    pub start: usize,
    pub len: usize,
    refs_start: usize,
    refs_len: usize,
}

fn u32_at(bytes: &[u8], at: usize) -> usize {
    let mut word = [0u8; 4];
    if let Some(b) = bytes.get(at..at + 4) {
        word.copy_from_slice(b);
    }
    u32::from_le_bytes(word) as usize
}

fn u16_at(bytes: &[u8], at: usize) -> usize {
    let mut word = [0u8; 2];
    if let Some(b) = bytes.get(at..at + 2) {
        word.copy_from_slice(b);
    }
    usize::from(u16::from_le_bytes(word))
}

impl Compiled {
    pub fn id_count(&self) -> usize {
        self.id_ends.len() / 4
    }

    pub fn id(&self, index: usize) -> &'static str {
        let start = if index == 0 {
            0
        } else {
            u32_at(self.id_ends, (index - 1) * 4)
        };
        let end = u32_at(self.id_ends, index * 4);
        self.ids.get(start..end).unwrap_or_default()
    }

    /// The index of a message or term id, by binary search.
    pub fn index(&self, id: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.id_count());
        while low < high {
            let mid = low + (high - low) / 2;
            match self.id(mid).cmp(id) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The pack's data.
    pub fn pack(&self) -> Result<pack::Pack, postcard::Error> {
        postcard::from_bytes(self.pack)
    }

    pub fn coverage(&self) -> Result<Vec<pack::Coverage>, postcard::Error> {
        postcard::from_bytes(self.coverage)
    }

    pub fn tag(&self, index: usize) -> &'static str {
        self.tags.lines().nth(index).unwrap_or_default()
    }

    pub fn name(&self, index: usize) -> &'static str {
        self.names.lines().nth(index).unwrap_or_default()
    }

    /// The index of the language with this tag.
    pub fn position(&self, tag: &str) -> Option<usize> {
        self.tags.lines().position(|t| t == tag)
    }

    pub fn language(&self, tag: &str) -> Option<&'static Language> {
        self.position(tag).and_then(|i| self.languages.get(i))
    }
}

impl Language {
    pub fn entry(&self, index: usize) -> Option<Entry> {
        let at = index * ENTRY;
        let group = u16_at(self.entries, at);
        if at + ENTRY > self.entries.len() || group == usize::from(ABSENT) {
            return None;
        }
        Some(Entry {
            group,
            refs_len: u16_at(self.entries, at + 2),
            start: u32_at(self.entries, at + 4),
            len: u32_at(self.entries, at + 8),
            refs_start: u32_at(self.entries, at + 12),
        })
    }

    /// The ids (indexes) a message refers to.
    pub fn refs(&self, entry: &Entry) -> impl Iterator<Item = usize> + use<> {
        let (refs, start) = (self.refs, entry.refs_start);
        (0..entry.refs_len).map(move |i| u16_at(refs, (start + i) * 2))
    }

    /// A group's text, inflated if it was stored deflated.
    pub fn group_text(&self, group: usize) -> Cow<'static, str> {
        match self.groups.get(group).map(|g| &g.text) {
            None => Cow::Borrowed(""),
            Some(Text::Plain(text)) => Cow::Borrowed(text),
            Some(Text::Deflated { bytes, len }) => {
                let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, *len)
                    .unwrap_or_default();
                Cow::Owned(String::from_utf8(inflated).unwrap_or_default())
            }
        }
    }

    pub fn clusters(&self) -> impl Iterator<Item = &'static str> {
        self.clusters.lines()
    }

    /// The interface's own files, as Fluent text: what a pack from a folder borrows.
    pub fn interface_files(&self) -> Vec<(String, String)> {
        self.groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.interface)
            .map(|(i, g)| (g.file.to_string(), self.group_text(i).into_owned()))
            .collect()
    }
}

/// What the build writes to its output folder: the Rust source that names the pack (to be
/// `include!`d), and the files it reads with `include_bytes!`.
pub struct Output {
    pub rust: String,
    pub files: Vec<(String, Vec<u8>)>,
}

/// Loads the pack in `data` with its words in `locales` through the validator `kyr check`
/// runs, and compiles it. A pack with problems is refused with the report `kyr check` gives,
/// in English: one problem a line, each naming its file and line.
pub fn compile(data: &Path, locales: &Path) -> Result<Output, String> {
    let origin = Origin::Source {
        data: data.to_path_buf(),
        locales: locales.to_path_buf(),
    };
    let loaded = pack::load(&origin, None).map_err(|problems| report(&problems, locales))?;
    let mut languages = Vec::new();
    for (index, tag) in loaded.l10n.tags().iter().enumerate() {
        // The tag as the pack reads it (`pt-BR` for a manifest's `pt-br`) must name its folder:
        // a language compiled from nothing would quietly show only English.
        let files = origin.locale_files(tag).ok_or_else(|| {
            format!(
                "{}: no folder for the language {tag}; name the folder and the manifest's \
                 tag the same, in this spelling",
                locales.join(tag).display()
            )
        })?;
        let mut texts = Vec::new();
        for (file, read) in files {
            let text = read.map_err(|refusal| report(&[refusal.problem(&file)], locales))?;
            texts.push((file, text));
        }
        languages.push(split_language(tag, index, &loaded, &texts)?);
    }
    emit(&loaded, &languages)
}

/// The interface's words in one language, read from a source tree's `locales` folder: what the
/// build speaks (its problem reports, the man pages).
pub fn interface_in(locales: &Path, tag: &str) -> Localizer {
    let mut catalog = Catalog::new(tag.parse().unwrap_or_default());
    for name in INTERFACE_FILES {
        if let Ok(text) = std::fs::read_to_string(locales.join(tag).join(name)) {
            catalog.add_words(text);
        }
    }
    Localizer::new(vec![catalog], 0)
}

/// Problems as `kyr check` prints them, in English.
pub fn report(problems: &[Problem], locales: &Path) -> String {
    let l10n = interface_in(locales, "en");
    let mut out = String::new();
    for problem in problems {
        out.push_str(&problem.render(&l10n));
        out.push('\n');
    }
    out
}

/// Where a message went, and the ids it refers to.
struct Placed {
    group: usize,
    start: usize,
    len: usize,
    refs: Vec<String>,
}

/// One language's messages, split out of its files.
struct Split {
    tag: String,
    name: String,
    messages: BTreeMap<String, Placed>,
    /// (file, interface?, text of its messages back to back).
    groups: Vec<(String, bool, String)>,
    clusters: BTreeSet<String>,
}

fn split_language(
    tag: &str,
    index: usize,
    loaded: &Loaded,
    files: &[(String, String)],
) -> Result<Split, String> {
    let mut messages = BTreeMap::new();
    let mut groups = Vec::new();
    for (group, (file, text)) in files.iter().enumerate() {
        let interface = INTERFACE_FILES
            .iter()
            .any(|n| file.ends_with(&format!("/{n}")));
        for (line, chunk) in entries(text) {
            let resource = match fluent::FluentResource::try_new(chunk.to_string()) {
                Ok(r) => r,
                Err(_) => return Err(format!("{file}:{line}: cannot be split into messages")),
            };
            let (id, refs) = match resource.entries().collect::<Vec<_>>().as_slice() {
                [ast::Entry::Message(m)] => (m.id.name.to_string(), message_refs(m)),
                [ast::Entry::Term(t)] => (format!("-{}", t.id.name), term_refs(t)),
                _ => return Err(format!("{file}:{line}: cannot be split into messages")),
            };
            // Later files override earlier ones, as in a Fluent bundle.
            messages.insert(id, (group, chunk.to_string(), refs));
        }
        groups.push((file.clone(), interface, String::new()));
    }
    let mut placed = BTreeMap::new();
    for (id, (group, chunk, refs)) in messages {
        let out = &mut groups[group].2;
        let start = out.len();
        out.push_str(&chunk);
        if !out.ends_with('\n') {
            out.push('\n');
        }
        let len = out.len() - start;
        placed.insert(
            id,
            Placed {
                group,
                start,
                len,
                refs,
            },
        );
    }
    let mut clusters = BTreeSet::new();
    for (_, _, text) in &groups {
        collect_clusters(text, &mut clusters);
    }
    Ok(Split {
        tag: tag.to_string(),
        name: loaded
            .l10n
            .get_in(index, pack::msg::LANGUAGE_NAME, None, None)
            .unwrap_or_else(|| tag.to_string()),
        messages: placed,
        groups,
        clusters,
    })
}

fn starts_entry(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() => true,
        Some('-') => chars.next().is_some_and(|c| c.is_ascii_alphabetic()),
        _ => false,
    }
}

/// The entries of a Fluent file as text, with the line each starts on, comments left out. A
/// message or term starts at the beginning of a line; everything after it up to the next
/// entry or comment is its own (continuation lines are indented).
fn entries(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut at = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let ends = starts_entry(line) || line.starts_with('#');
        if ends && let Some((line_no, start)) = current.take() {
            found.push((line_no, &text[start..at]));
        }
        if starts_entry(line) {
            current = Some((i + 1, at));
        }
        at += line.len();
    }
    if let Some((line_no, start)) = current {
        found.push((line_no, &text[start..]));
    }
    found
}

fn message_refs(m: &ast::Message<&str>) -> Vec<String> {
    patterns_refs(m.value.iter().chain(m.attributes.iter().map(|a| &a.value)))
}

fn term_refs(t: &ast::Term<&str>) -> Vec<String> {
    patterns_refs(std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value)))
}

/// The messages and terms (`-name`) the patterns refer to.
fn patterns_refs<'a>(patterns: impl Iterator<Item = &'a ast::Pattern<&'a str>>) -> Vec<String> {
    let mut found = BTreeSet::new();
    for pattern in patterns {
        each_inline(pattern, &mut |inline| match inline {
            ast::InlineExpression::MessageReference { id, .. } => {
                found.insert(id.name.to_string());
            }
            ast::InlineExpression::TermReference { id, .. } => {
                found.insert(format!("-{}", id.name));
            }
            _ => {}
        });
    }
    found.into_iter().collect()
}

/// The distinct grapheme clusters of the stretches of text outside ASCII (with the ASCII
/// character before each, which a combining mark may join).
pub(crate) fn collect_clusters(text: &str, found: &mut BTreeSet<String>) {
    use unicode_segmentation::UnicodeSegmentation;
    for line in text.lines() {
        let mut rest = line;
        while let Some(start) = rest.find(|c: char| !c.is_ascii()) {
            let from = rest[..start]
                .char_indices()
                .next_back()
                .map_or(start, |(i, _)| i);
            let len = rest[start..]
                .find(|c: char| c.is_ascii())
                .unwrap_or(rest.len() - start);
            for g in rest[from..start + len].graphemes(true) {
                if !g.is_ascii() {
                    found.insert(g.to_string());
                }
            }
            rest = &rest[start + len..];
        }
    }
}

fn emit(loaded: &Loaded, languages: &[Split]) -> Result<Output, String> {
    let fail = |e: &dyn std::fmt::Display| format!("compiling the pack: {e}");
    let mut files = Vec::new();
    let pack = postcard::to_allocvec(&loaded.pack).map_err(|e| fail(&e))?;
    files.push(("pack.bin".to_string(), pack));
    let coverage = postcard::to_allocvec(&loaded.coverage).map_err(|e| fail(&e))?;
    files.push(("coverage.bin".to_string(), coverage));

    let ids: BTreeSet<&String> = languages.iter().flat_map(|l| l.messages.keys()).collect();
    let index: BTreeMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    if ids.len() >= usize::from(ABSENT) {
        return Err(fail(&"more than 65,534 message ids"));
    }
    let mut all = String::new();
    let mut ends = Vec::new();
    for id in &ids {
        all.push_str(id);
        ends.extend_from_slice(&u32_le(all.len())?);
    }
    files.push(("ids.txt".to_string(), all.into_bytes()));
    files.push(("id-ends.bin".to_string(), ends));
    let lines = |f: fn(&Split) -> &str| {
        let all: Vec<&str> = languages.iter().map(f).collect();
        all.join("\n").into_bytes()
    };
    files.push(("tags.txt".to_string(), lines(|l| &l.tag)));
    files.push(("names.txt".to_string(), lines(|l| &l.name)));

    let reference = loaded.l10n.reference();
    let mut rust = String::new();
    rust.push_str("// Written by build.rs (kyr_content::compiled::compile). Do not edit.\n");
    rust.push_str("pub static COMPILED: kyr_content::compiled::Compiled = kyr_content::compiled::Compiled {\n");
    rust.push_str(&format!("    pack: {},\n", bytes("pack.bin")));
    rust.push_str(&format!("    coverage: {},\n", bytes("coverage.bin")));
    rust.push_str(&format!("    reference: {reference},\n"));
    rust.push_str(&format!("    ids: {},\n", string("ids.txt")));
    rust.push_str(&format!("    id_ends: {},\n", bytes("id-ends.bin")));
    rust.push_str(&format!("    tags: {},\n", string("tags.txt")));
    rust.push_str(&format!("    names: {},\n", string("names.txt")));
    rust.push_str("    languages: &[\n");
    for (n, language) in languages.iter().enumerate() {
        let tag = &language.tag;
        let mut entries = vec![0u8; ids.len() * ENTRY];
        for chunk in entries.chunks_mut(ENTRY) {
            chunk[..2].copy_from_slice(&ABSENT.to_le_bytes());
        }
        let mut refs: Vec<u8> = Vec::new();
        for (id, placed) in &language.messages {
            let at = index[id.as_str()] * ENTRY;
            let targets: Vec<usize> = placed
                .refs
                .iter()
                .filter_map(|t| index.get(t.as_str()).copied())
                .collect();
            let record = &mut entries[at..at + ENTRY];
            record[..2].copy_from_slice(&u16_le(placed.group)?);
            record[2..4].copy_from_slice(&u16_le(targets.len())?);
            record[4..8].copy_from_slice(&u32_le(placed.start)?);
            record[8..12].copy_from_slice(&u32_le(placed.len)?);
            record[12..16].copy_from_slice(&u32_le(refs.len() / 2)?);
            for t in targets {
                refs.extend_from_slice(&u16_le(t)?);
            }
        }
        files.push((format!("{tag}-entries.bin"), entries));
        files.push((format!("{tag}-refs.bin"), refs));
        let clusters: Vec<&str> = language.clusters.iter().map(String::as_str).collect();
        files.push((
            format!("{tag}-clusters.txt"),
            clusters.join("\n").into_bytes(),
        ));
        rust.push_str("        kyr_content::compiled::Language {\n");
        rust.push_str(&format!(
            "            entries: {},\n",
            bytes(&format!("{tag}-entries.bin"))
        ));
        rust.push_str(&format!(
            "            refs: {},\n",
            bytes(&format!("{tag}-refs.bin"))
        ));
        rust.push_str(&format!(
            "            clusters: {},\n",
            string(&format!("{tag}-clusters.txt"))
        ));
        rust.push_str("            groups: &[\n");
        for (g, (file, interface, text)) in language.groups.iter().enumerate() {
            let name = format!("{tag}-{g}");
            // The reference language is read on every start (and for every fallback): it
            // stays as it is. The others are inflated only when shown.
            let stored = if n == reference {
                files.push((format!("{name}.ftl"), text.clone().into_bytes()));
                format!(
                    "kyr_content::compiled::Text::Plain({})",
                    string(&format!("{name}.ftl"))
                )
            } else {
                let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
                files.push((format!("{name}.ftl.deflate"), deflated));
                format!(
                    "kyr_content::compiled::Text::Deflated {{ bytes: {}, len: {} }}",
                    bytes(&format!("{name}.ftl.deflate")),
                    text.len()
                )
            };
            rust.push_str(&format!(
                "                kyr_content::compiled::Group {{ file: {file:?}, interface: {interface}, text: {stored} }},\n"
            ));
        }
        rust.push_str("            ],\n        },\n");
    }
    rust.push_str("    ],\n};\n");
    Ok(Output { rust, files })
}

fn bytes(name: &str) -> String {
    format!("include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))")
}

fn string(name: &str) -> String {
    format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))")
}

fn u32_le(n: usize) -> Result<[u8; 4], String> {
    u32::try_from(n)
        .map(u32::to_le_bytes)
        .map_err(|_| format!("compiling the pack: {n} does not fit in 32 bits"))
}

fn u16_le(n: usize) -> Result<[u8; 2], String> {
    u16::try_from(n)
        .map(u16::to_le_bytes)
        .map_err(|_| format!("compiling the pack: {n} does not fit in 16 bits"))
}
