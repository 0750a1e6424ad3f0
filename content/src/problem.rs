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
        args.extend(self.args.iter().map(|(k, v)| {
            // An id is shown with every character visible: an invisible one that made it
            // invalid would otherwise be cleaned away, and the message would contradict itself.
            let shown = match *k {
                "id" | "target" | "locale" | "step" => visible(v),
                _ => v.clone(),
            };
            (*k, shown)
        }));
        l10n.ui_args(self.id, &args)
    }
}

/// `text` with control, format and unusual space characters written as `U+202E`.
pub fn visible(text: &str) -> String {
    text.chars()
        .map(|c| {
            let hidden = c.is_control()
                || (c.is_whitespace() && c != ' ')
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}');
            if hidden {
                format!("U+{:04X}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
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

/// Where each line of a text starts, so that many offsets can be turned into lines without
/// reading the text again for each (a pack of 100,000 messages would take minutes).
#[derive(Debug, Clone, Default)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    /// One-based line number of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::{Lines, line_of};

    #[test]
    fn lines_agree_with_line_of() {
        let text = "a\nbc\n\nd";
        let lines = Lines::new(text);
        for offset in 0..=text.len() {
            assert_eq!(lines.line(offset), line_of(text, offset), "{offset}");
        }
    }
}
