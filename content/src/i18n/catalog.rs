//! Reads Fluent files into a bundle per language and an index of what each language defines
//! (where, with which attributes and variables), which the validator compares.

use crate::problem::{Problem, line_of};
use fluent::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

/// Resources are shared with the catalog, which reads their text again to measure it.
pub type Bundle = FluentBundle<Rc<FluentResource>>;

/// Where a message is defined and what it uses.
#[derive(Debug, Clone, Default)]
pub struct MessageInfo {
    pub file: String,
    pub line: usize,
    /// Variables of the value, if the message has one.
    pub value: Option<BTreeSet<String>>,
    /// Attribute name to its variables.
    pub attrs: BTreeMap<String, BTreeSet<String>>,
    /// The literal words of the value (key "") and of each attribute, without placeables:
    /// what a translator writes, for spotting words left in the reference language.
    pub words: BTreeMap<String, String>,
}

/// One language: its bundle and its index.
pub struct Catalog {
    pub lang: LanguageIdentifier,
    pub bundle: Bundle,
    pub index: BTreeMap<String, MessageInfo>,
    /// The files read, in order.
    resources: Vec<Rc<FluentResource>>,
}

impl Catalog {
    pub fn new(lang: LanguageIdentifier) -> Self {
        Catalog {
            bundle: new_bundle(&lang),
            lang,
            index: BTreeMap::new(),
            resources: Vec::new(),
        }
    }

    /// Adds one file's words for lookups only, without the index the validator needs: what
    /// start-up does with files already validated.
    pub fn add_words(&mut self, text: String) {
        if too_deep(&text).is_some() {
            return;
        }
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        self.keep(resource);
    }

    /// Adds one file. Later files override earlier ones message by message, so a pack can
    /// replace interface words. Syntax errors become problems; the valid part is kept.
    pub fn add(&mut self, file: &str, text: String, problems: &mut Vec<Problem>) {
        if let Some(offset) = too_deep(&text) {
            let line = line_of(&text, offset);
            problems.push(
                Problem::new(file, line, "err-fluent-depth").arg("max", MAX_DEPTH.to_string()),
            );
            return;
        }
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(
                        Problem::new(file, line_of(&text, e.pos.start), "err-fluent")
                            .arg("reason", e.kind.to_string()),
                    );
                }
                r
            }
        };
        let lines = definition_lines(&text);
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let info = MessageInfo {
                    file: file.to_string(),
                    line: lines.get(m.id.name).copied().unwrap_or(1),
                    value: m.value.as_ref().map(variables),
                    attrs: m
                        .attributes
                        .iter()
                        .map(|a| (a.id.name.to_string(), variables(&a.value)))
                        .collect(),
                    words: m
                        .value
                        .iter()
                        .map(|v| (String::new(), words(v)))
                        .chain(
                            m.attributes
                                .iter()
                                .map(|a| (a.id.name.to_string(), words(&a.value))),
                        )
                        .collect(),
                };
                self.index.insert(m.id.name.to_string(), info);
            }
        }
        self.keep(resource);
    }

    fn keep(&mut self, resource: FluentResource) {
        let resource = Rc::new(resource);
        self.bundle.add_resource_overriding(Rc::clone(&resource));
        self.resources.push(resource);
    }

    /// The text of every file read, as written (comments and all).
    pub fn sources(&self) -> impl Iterator<Item = &str> {
        self.resources.iter().map(|r| r.source())
    }

    pub fn has(&self, id: &str, attr: Option<&str>) -> bool {
        match (self.index.get(id), attr) {
            (Some(info), None) => info.value.is_some(),
            (Some(info), Some(a)) => info.attrs.contains_key(a),
            (None, _) => false,
        }
    }
}

/// An empty bundle for a language.
pub fn new_bundle(lang: &LanguageIdentifier) -> Bundle {
    let mut bundle = FluentBundle::new(vec![lang.clone()]);
    // Direction is handled by our own layout; isolation marks would leak into plain text.
    bundle.set_use_isolating(false);
    bundle
}

/// Placeables inside placeables deeper than this are refused before parsing: the parser
/// recurses once per level, and 20,000 levels overflow the stack.
pub const MAX_DEPTH: usize = 32;

/// Where placeables first nest deeper than `MAX_DEPTH`, if they do. Braces inside string
/// literals (`{ "{" }`) do not count.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    // Bytes, not characters: everything that matters here is ASCII, and no byte of a longer
    // UTF-8 character is ASCII; decoding every character cost start-up more than parsing.
    for (i, c) in text.bytes().enumerate() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// The line on which each `id = ...` starts, in one pass over the text (a lookup per message
/// that read the whole file each time made big packs take minutes).
fn definition_lines(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut found = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let id_end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(id_end);
        if !id.is_empty() && rest.trim_start().starts_with('=') {
            found.entry(id).or_insert(i + 1);
        }
    }
    found
}

fn words(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .filter_map(|e| match e {
            ast::PatternElement::TextElement { value } => Some(*value),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect()
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    each_inline(pattern, &mut |inline| {
        if let ast::InlineExpression::VariableReference { id } = inline {
            found.insert(id.name.to_string());
        }
    });
    found
}

/// Calls `f` on every inline expression of a pattern, nested ones too: in selectors,
/// variants, placeables and the arguments of functions and terms.
pub(crate) fn each_inline(
    pattern: &ast::Pattern<&str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&str>),
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            each_in_expression(expression, f);
        }
    }
}

fn each_in_expression(
    expression: &ast::Expression<&str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&str>),
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            each_in_inline(selector, f);
            for v in variants {
                each_inline(&v.value, f);
            }
        }
        ast::Expression::Inline(inline) => each_in_inline(inline, f),
    }
}

fn each_in_inline(
    inline: &ast::InlineExpression<&str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&str>),
) {
    f(inline);
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                each_in_inline(a, f);
            }
            for a in &arguments.named {
                each_in_inline(&a.value, f);
            }
        }
        ast::InlineExpression::Placeable { expression } => each_in_expression(expression, f),
        _ => {}
    }
}
