//! A problem found in a content pack, kept as a message id and arguments so that it can be
//! shown in the reader's language.

use crate::i18n::Localizer;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the person knows it (`assets/nyc/scenarios/at-home.toml`).
    pub file: String,
    /// One-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// The Fluent id of the `err-*` message that explains it.
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(file: &str, line: usize, id: &'static str) -> Self {
        Problem {
            file: file.to_string(),
            line,
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn render(&self, l10n: &Localizer) -> String {
        let mut args: Vec<(&str, String)> = vec![("file", self.file.clone())];
        args.push(("line", self.line.to_string()));
        args.extend(self.args.iter().map(|(k, v)| (*k, v.clone())));
        l10n.ui_args(self.id, &args)
    }
}

/// One-based line number of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
