//! Turning a message into screen lines: wrap by display width in logical order, then, for
//! right-to-left text, reorder each line into visual order ourselves, because most terminals
//! draw cells exactly as given.

use std::borrow::Cow;
use unicode_bidi::{BidiInfo, Level};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps every line of `text` to `width` columns. Breaks follow Unicode line-breaking rules,
/// so Chinese wraps between characters and no character is ever split.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let options = textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
        .break_words(true);
    if text.is_empty() {
        return vec![String::new()];
    }
    text.lines()
        .flat_map(|line| {
            if line.trim().is_empty() {
                vec![String::new()]
            } else {
                textwrap::wrap(line, &options)
                    .into_iter()
                    .map(|l| l.trim_end().to_string())
                    .collect()
            }
        })
        .collect()
}

/// The line as it must be drawn, left to right. Left-to-right text without right-to-left
/// characters comes back as it is. Numbers and Latin words inside Arabic keep their order.
pub fn visual(line: &str, rtl: bool) -> Cow<'_, str> {
    if !rtl && !line.chars().any(is_strong_rtl) {
        return Cow::Borrowed(line);
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(line, Some(base));
    let Some(para) = info.paragraphs.first() else {
        return Cow::Borrowed(line);
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    let mut out = String::with_capacity(line.len());
    for run in runs {
        let part = &line[run.clone()];
        if levels[run.start].is_rtl() {
            // Reverse whole grapheme clusters so that marks stay on their letters.
            for g in part.graphemes(true).rev() {
                let mut chars = g.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => out.push(mirror(c)),
                    _ => out.push_str(g),
                }
            }
        } else {
            out.push_str(part);
        }
    }
    Cow::Owned(out)
}

/// Columns a line takes in a terminal that draws one cell per character. (`str::width`
/// counts Arabic lam-alef as one cell, as a shaping terminal would; we draw unshaped.)
pub fn width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// A logical line made ready to draw in `columns` columns: visual order, and for
/// right-to-left text pushed against the right edge with spaces.
pub fn place(line: &str, columns: u16, rtl: bool) -> String {
    let visual = visual(line, rtl);
    if !rtl {
        return visual.into_owned();
    }
    let pad = usize::from(columns).saturating_sub(width(&visual));
    format!("{}{visual}", " ".repeat(pad))
}

/// Cuts `text` to at most `max` columns, ending with "…" when something was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w + 1 > max {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

fn is_strong_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Paired punctuation turns around in right-to-left runs (Unicode Bidi_Mirrored).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_cjk_between_characters_without_splitting() {
        let lines = wrap("不要开门。隔着门说话。", 8);
        assert!(lines.iter().all(|l| width(l) <= 8), "{lines:?}");
        assert_eq!(lines.concat(), "不要开门。隔着门说话。");
    }

    #[test]
    fn keeps_blank_lines_and_wraps_words() {
        assert_eq!(
            wrap("one two three\n\nfour", 7),
            ["one two", "three", "", "four"]
        );
    }

    #[test]
    fn arabic_is_reversed_but_numbers_keep_their_order() {
        let v = visual("اتصل 911 الآن", true);
        assert_eq!(v, "نآلا 911 لصتا");
    }

    #[test]
    fn brackets_mirror_in_rtl_runs() {
        assert_eq!(visual("أ (ب)", true), "(ب) أ");
    }

    #[test]
    fn latin_text_is_untouched() {
        assert!(matches!(
            visual("Keep the door closed.", false),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn truncates_by_width() {
        assert_eq!(truncate("中文中文", 5), "中文…");
        assert_eq!(truncate("abc", 3), "abc");
    }
}
