//! Turning a message into screen lines: wrap by display width in logical order, then, for
//! right-to-left text, reorder each line into visual order ourselves, because most terminals
//! draw cells exactly as given.

use std::borrow::Cow;
use std::collections::HashMap;
use unicode_bidi::{BidiInfo, Level};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What kyr knows of the terminal it draws on: who puts right-to-left text in order, and how
/// many columns it gives each grapheme cluster. Every measurement of text goes through it, so
/// wrapping, cutting and aligning use one definition of width, the terminal's once measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerminalProfile {
    /// kyr reorders right-to-left lines itself (`--bidi app`); false when the terminal does.
    pub reorder: bool,
    /// kyr draws Bengali vowel signs where a reader sees them (ি ে ৈ before their consonant,
    /// ো ৌ around it), for terminals that draw each character in a cell of its own, as xterm
    /// and foot without grapheme shaping do (`--shaping app`). False when the terminal shapes
    /// clusters itself (`--shaping terminal`: mlterm, WezTerm), which needs logical order.
    pub indic_visual: bool,
    /// Columns the terminal was measured to give a cluster. Clusters not here count by
    /// Unicode widths, one character at a time, as terminals that draw unshaped text do.
    pub measured: HashMap<String, usize>,
}

impl Default for TerminalProfile {
    fn default() -> Self {
        TerminalProfile {
            reorder: true,
            indic_visual: true,
            measured: HashMap::new(),
        }
    }
}

/// Holds the cells a terminal gives a cluster beyond what ratatui counts for it: drawn as
/// nothing (see `steady`), it keeps the next character from landing on the cluster's tail.
pub const FILLER: char = '\u{E000}';

impl TerminalProfile {
    /// The grapheme clusters of `text` with their byte offsets; ASCII (but a CR LF pair)
    /// without segmenting.
    fn clusters_of<'a>(&self, text: &'a str) -> Box<dyn Iterator<Item = (usize, &'a str)> + 'a> {
        if text.is_ascii() && !text.contains('\r') {
            Box::new((0..text.len()).map(move |i| (i, &text[i..=i])))
        } else {
            Box::new(text.grapheme_indices(true))
        }
    }

    /// Columns of one grapheme cluster: as measured on this terminal, else the most a terminal
    /// will give it. Spacing vowel signs (Bengali া ো ৌ…) take a cell of their own in terminals
    /// that follow wcwidth, though Unicode widths count some of them as none; counting the
    /// larger width can leave a gap, never a letter drawn over.
    pub fn cluster(&self, cluster: &str) -> usize {
        if let Some(w) = ascii_width(cluster) {
            return w;
        }
        // A filler's column is counted with the cluster it follows.
        if cluster.starts_with(FILLER) {
            return 0;
        }
        let drawn = self.drawn(cluster);
        match self.measured.get(cluster) {
            // Never fewer columns than ratatui gives it: its lines are cut by that count,
            // and a cell more leaves a gap where one fewer would lose a letter.
            Some(&w) => w.max(drawn.width()),
            None => cell_sum(&drawn),
        }
    }

    /// A cluster as kyr sends it to this terminal (see `indic_visual`).
    pub fn drawn<'a>(&self, cluster: &'a str) -> Cow<'a, str> {
        if self.indic_visual {
            bengali_visual(cluster)
        } else {
            Cow::Borrowed(cluster)
        }
    }

    /// A Bengali line in the order it is seen, with the fillers its cells need. Once vowel
    /// signs move they join other clusters (a sign written before a consonant attaches to
    /// the letter in front of it), so the cells are counted on the text as it will be cut
    /// into cells: as measured for a cluster that did not change, else character by
    /// character, which is how the terminals this order is for draw it.
    fn bengali_drawn(&self, line: &str) -> String {
        let visual: String = line.graphemes(true).map(|g| self.drawn(g)).collect();
        let mut out = String::with_capacity(visual.len() + 16);
        for g in visual.graphemes(true) {
            out.push_str(g);
            let measured = self.measured.get(g).copied().unwrap_or(0);
            let extra = measured.max(cell_sum(g)).saturating_sub(g.width());
            out.extend(std::iter::repeat_n(FILLER, extra));
        }
        out
    }

    /// The line with a `FILLER` after every cluster this profile counts wider than ratatui
    /// does, so that the text after it is placed where the terminal's cursor will be.
    fn padded(&self, line: &str) -> String {
        if line.is_ascii() {
            return line.to_string();
        }
        let mut out = String::with_capacity(line.len());
        for g in line.graphemes(true) {
            out.push_str(g);
            let extra = self.cluster(g).saturating_sub(g.width());
            out.extend(std::iter::repeat_n(FILLER, extra));
        }
        out
    }

    /// Columns a line takes.
    pub fn width(&self, text: &str) -> usize {
        if let Some(w) = ascii_width(text) {
            return w;
        }
        text.graphemes(true).map(|g| self.cluster(g)).sum()
    }

    /// Cuts `text` to at most `max` columns, ending with "…" when something was cut.
    pub fn truncate(&self, text: &str, max: usize) -> String {
        if self.width(text) <= max {
            return text.to_string();
        }
        let mut out = String::new();
        let mut used = 0;
        for g in text.graphemes(true) {
            let w = self.cluster(g);
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

    /// Columns kept free at the end of each line of `text`: terminals draw Bengali conjuncts
    /// and vowel signs in more or fewer cells than Unicode widths say, and until the terminal
    /// is measured a sixth of the line kept free stops such lines from running off the edge.
    fn slack(&self, text: &str, width: usize) -> usize {
        if text.is_ascii() {
            return 0;
        }
        let unmeasured_bengali = text
            .graphemes(true)
            .any(|g| g.chars().any(is_bengali) && !self.measured.contains_key(g));
        if unmeasured_bengali { width / 6 } else { 0 }
    }

    /// Wraps every line of `text` to `width` columns. Breaks follow Unicode line-breaking
    /// rules, so Chinese wraps between characters and no grapheme cluster is ever split.
    pub fn wrap(&self, text: &str, width: usize) -> Vec<String> {
        let width = width.saturating_sub(self.slack(text, width)).max(1);
        // Phone numbers, dates and form numbers (1-800-354-0365, I-205) must not break at
        // their hyphens: glue them with non-breaking hyphens while wrapping.
        let glued = glue_hyphens(text);
        if glued.is_empty() {
            return vec![String::new()];
        }
        glued
            .lines()
            .flat_map(|line| {
                if line.trim().is_empty() {
                    vec![String::new()]
                } else {
                    self.wrap_line(line, width)
                }
            })
            .collect()
    }

    fn wrap_line(&self, line: &str, width: usize) -> Vec<String> {
        let mut pieces: Vec<Piece> = Vec::new();
        let separator = textwrap::WordSeparator::UnicodeBreakProperties;
        for word in separator.find_words(line) {
            let space = self.width(word.whitespace);
            // A word longer than the line is cut between grapheme clusters.
            let mut start = 0;
            let mut used = 0;
            for (i, g) in self.clusters_of(word.word) {
                let w = self.cluster(g);
                if used + w > width && used > 0 {
                    pieces.push(Piece::new(&word.word[start..i], "", used, 0));
                    start = i;
                    used = 0;
                }
                used += w;
            }
            pieces.push(Piece::new(
                &word.word[start..],
                word.whitespace,
                used,
                space,
            ));
        }
        textwrap::wrap_algorithms::wrap_first_fit(&pieces, &[width as f64])
            .into_iter()
            .map(|line| {
                let mut out = String::new();
                for (i, piece) in line.iter().enumerate() {
                    out.push_str(piece.word);
                    if i + 1 < line.len() {
                        out.push_str(piece.space);
                    }
                }
                out.trim_end().replace(NB_HYPHEN, "-")
            })
            .collect()
    }

    /// A logical line made ready to draw in `columns` columns: visual order, and for
    /// right-to-left text pushed against the right edge with spaces.
    pub fn place(&self, line: &str, columns: u16, rtl: bool) -> String {
        self.place_in(line, columns, rtl, rtl)
    }

    /// Like `place`, for a line whose own direction may differ from the layout's: English
    /// words for an officer keep their left-to-right order inside a right-to-left screen.
    /// When the terminal reorders by itself the line is sent in logical order, only aligned.
    pub fn place_in(
        &self,
        line: &str,
        columns: u16,
        rtl_text: bool,
        right_aligned: bool,
    ) -> String {
        // When kyr puts right-to-left text in order, it also joins its letters: terminals that
        // draw cells as given (foot, the kiosk's) would show Arabic and Urdu letters apart.
        // A terminal that reorders by itself shapes too, so it gets the logical text.
        let visual = if self.reorder {
            Cow::Owned(visual(&shape(line), rtl_text).into_owned())
        } else {
            Cow::Borrowed(line)
        };
        let visual = if self.indic_visual && visual.chars().any(is_bengali) {
            self.bengali_drawn(&visual)
        } else {
            self.padded(&visual)
        };
        if !right_aligned {
            return visual;
        }
        let pad = usize::from(columns).saturating_sub(self.width(&visual));
        format!("{}{visual}", " ".repeat(pad))
    }
}

/// A word (or part of one) and the space after it, measured by the profile, for textwrap's
/// line filling.
#[derive(Debug)]
struct Piece<'a> {
    word: &'a str,
    space: &'a str,
    width: f64,
    space_width: f64,
}

impl<'a> Piece<'a> {
    fn new(word: &'a str, space: &'a str, width: usize, space_width: usize) -> Self {
        Piece {
            word,
            space,
            width: width as f64,
            space_width: space_width as f64,
        }
    }
}

impl textwrap::core::Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.width
    }
    fn whitespace_width(&self) -> f64 {
        self.space_width
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

const NB_HYPHEN: char = '\u{2011}';

fn glue_hyphens(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            let prev_is_alnum = i > 0 && chars[i - 1].is_ascii_alphanumeric();
            if c == '-' && next_is_digit && prev_is_alnum {
                NB_HYPHEN
            } else {
                c
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
    let line = isolate_numbers(line);
    let info = BidiInfo::new(&line, Some(base));
    let Some(para) = info.paragraphs.first() else {
        return Cow::Owned(line.replace(is_isolate, ""));
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
    out.retain(|c| !is_isolate(c));
    Cow::Owned(out)
}

/// Wraps numbers, dates, phone numbers and form numbers (`2026-11-26`, `1-800-354-0365`,
/// `I-205`) in left-to-right isolates, so that Arabic around them cannot reorder their parts.
/// The isolates only steer the algorithm; `visual` removes them again.
fn isolate_numbers(line: &str) -> String {
    let is_part = |c: char| c.is_ascii_alphanumeric() || "-./:+%§".contains(c);
    let mut out = String::with_capacity(line.len() + 8);
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        // Sentence punctuation after a number stays with the sentence.
        let end = token
            .rfind(|c: char| c.is_ascii_alphanumeric() || c == '%')
            .map_or(0, |i| i + 1);
        let (word, tail) = token.split_at(end);
        if word.chars().any(|c| c.is_ascii_digit()) {
            out.push('\u{2066}');
            out.push_str(word);
            out.push('\u{2069}');
        } else {
            out.push_str(word);
        }
        out.push_str(tail);
        token.clear();
    };
    for c in line.chars() {
        if is_part(c) {
            token.push(c);
        } else {
            flush(&mut token, &mut out);
            out.push(c);
        }
    }
    flush(&mut token, &mut out);
    out
}

fn is_isolate(c: char) -> bool {
    ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Arabic-script letters in their joined forms (presentation forms), vowel marks kept.
pub fn shape(line: &str) -> Cow<'_, str> {
    static RESHAPER: std::sync::LazyLock<ar_reshaper::ArabicReshaper> =
        std::sync::LazyLock::new(|| {
            let mut reshaper = ar_reshaper::ArabicReshaper::default();
            reshaper.modify_config(|c| c.delete_harakat = false);
            reshaper
        });
    if !line.chars().any(is_strong_rtl) {
        return Cow::Borrowed(line);
    }
    Cow::Owned(RESHAPER.reshape(line))
}

/// The columns of text that is all ASCII (every cluster one character, of one column or none):
/// most of what most screens show, measured without segmenting it.
fn ascii_width(text: &str) -> Option<usize> {
    text.is_ascii()
        .then(|| text.bytes().filter(|b| !b.is_ascii_control()).count())
}

/// Cells a wcwidth terminal gives text drawn one character per cell: Unicode widths, except
/// spacing vowel signs, which such terminals give a cell even where Unicode gives none.
fn cell_sum(text: &str) -> usize {
    text.chars()
        .map(|c| match c.width() {
            Some(0) if is_spacing_mark(c) => 1,
            w => w.unwrap_or(0),
        })
        .sum()
}

/// A Bengali cluster in the order its parts are seen: the vowel signs written before their
/// consonant (ি ে ৈ) come first, and the two-part vowels ো and ৌ are split around it
/// (ে…া, ে…ৗ). A terminal that shapes does this itself; one that draws character by
/// character would otherwise show the sign after the consonant, which no reader expects.
pub fn bengali_visual(cluster: &str) -> Cow<'_, str> {
    if !cluster.chars().any(|c| {
        matches!(
            c,
            '\u{09BF}' | '\u{09C7}' | '\u{09C8}' | '\u{09CB}' | '\u{09CC}'
        )
    }) {
        return Cow::Borrowed(cluster);
    }
    let mut before = String::new();
    let mut rest = String::with_capacity(cluster.len());
    for c in cluster.chars() {
        match c {
            '\u{09BF}' | '\u{09C7}' | '\u{09C8}' => before.push(c),
            '\u{09CB}' => {
                before.push('\u{09C7}');
                rest.push('\u{09BE}');
            }
            '\u{09CC}' => {
                before.push('\u{09C7}');
                rest.push('\u{09D7}');
            }
            _ => rest.push(c),
        }
    }
    before.push_str(&rest);
    Cow::Owned(before)
}

fn is_spacing_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0982}' | '\u{0983}' | '\u{09BE}'
            ..='\u{09C0}' | '\u{09C7}' | '\u{09C8}' | '\u{09CB}' | '\u{09CC}' | '\u{09D7}'
    )
}

fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
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

    fn wrap(text: &str, width: usize) -> Vec<String> {
        TerminalProfile::default().wrap(text, width)
    }

    fn width(text: &str) -> usize {
        TerminalProfile::default().width(text)
    }

    fn truncate(text: &str, max: usize) -> String {
        TerminalProfile::default().truncate(text, max)
    }

    #[test]
    fn arabic_and_urdu_letters_are_joined_when_kyr_reorders() {
        let profile = TerminalProfile::default();
        // لا becomes the lam-alef ligature; the letters take their joined forms.
        let placed = profile.place_in("الباب", 0, true, false);
        assert!(
            placed
                .chars()
                .all(|c| ('\u{FB50}'..='\u{FEFF}').contains(&c)),
            "{placed}"
        );
        let urdu = profile.place_in("بند رکھیں", 0, true, false);
        assert!(urdu.contains('\u{FB90}'), "{urdu}");
        // A terminal that reorders shapes too: it gets the letters as written.
        let terminal = TerminalProfile {
            reorder: false,
            ..TerminalProfile::default()
        };
        assert_eq!(terminal.place_in("الباب", 0, true, false), "الباب");
    }

    #[test]
    fn bengali_vowel_signs_are_sent_where_a_reader_sees_them() {
        // ি ে ৈ before their consonant (conjunct and all), ো and ৌ around it.
        assert_eq!(bengali_visual("কি"), "িক");
        assert_eq!(bengali_visual("ক্ষে"), "েক্ষ");
        assert_eq!(bengali_visual("কো"), "েকা");
        assert_eq!(bengali_visual("কৌ"), "েকৗ");
        assert_eq!(bengali_visual("কোং"), "েকাং");
        assert_eq!(bengali_visual("কা"), "কা");
        let profile = TerminalProfile::default();
        // A whole line keeps every letter; ো takes the two cells its two halves are drawn in.
        // The moved ে joins the cell before it, which then needs its filler after both.
        assert_eq!(
            profile.place_in("কোনো দরজা", 0, false, false),
            format!("েকাে{FILLER}না{FILLER} দরজা{FILLER}")
        );
        assert_eq!(profile.width("কোনো"), 6);
        // A cluster measured wider than its characters gets the cells the terminal gave it.
        let mut measured = TerminalProfile::default();
        measured.measured.insert("ঘ".to_string(), 2);
        assert_eq!(
            measured.place_in("ঘটছে", 0, false, false),
            format!("ঘ{FILLER}টেছ")
        );
        // A terminal that shapes gets logical order.
        let shaping = TerminalProfile {
            indic_visual: false,
            ..TerminalProfile::default()
        };
        assert_eq!(shaping.place_in("কি", 0, false, false), "কি");
        assert_eq!(shaping.width("কোনো"), 4);
    }

    #[test]
    fn clusters_terminals_draw_wider_get_a_filler() {
        let profile = TerminalProfile::default();
        // া is a spacing vowel sign: a cell of its own in wcwidth terminals, none in Unicode.
        assert_eq!(profile.width("দরজা"), 4);
        let placed = profile.place_in("দরজা খুলবেন", 0, false, false);
        assert_eq!(placed, format!("দরজা{FILLER} খুলেবন"));
        // Latin and Chinese are left as they are.
        assert_eq!(profile.place_in("door 门", 0, false, false), "door 门");
    }

    #[test]
    fn measured_widths_are_used_by_wrap_width_and_truncate_alike() {
        let mut profile = TerminalProfile::default();
        // Say the terminal draws কি in three cells, not two.
        profile.measured.insert("কি".to_string(), 3);
        assert_eq!(profile.width("কিকি"), 6);
        assert_eq!(profile.truncate("কিকিকি", 7), "কিকি…");
        for line in profile.wrap("কি কি কি কি কি কি", 7) {
            assert!(profile.width(&line) <= 7, "{line}");
        }
    }

    #[test]
    fn wraps_cjk_between_characters_without_splitting() {
        let lines = wrap("不要开门。隔着门说话。", 8);
        assert!(lines.iter().all(|l| width(l) <= 8), "{lines:?}");
        assert_eq!(lines.concat(), "不要开门。隔着门说话。");
    }

    #[test]
    fn bengali_lines_leave_slack() {
        let text = "দরজা খুলবেন না। দরজার ওপাশ থেকে কথা বলুন। শান্ত থাকুন।";
        for line in wrap(text, 30) {
            assert!(width(&line) <= 25, "{line}");
        }
    }

    #[test]
    fn phone_numbers_and_form_numbers_never_break() {
        let text = "Escanee este código para llamar al 1-800-354-0365 o vea el I-205.";
        for width in 15..40 {
            let lines = wrap(text, width);
            assert!(
                lines.iter().any(|l| l.contains("1-800-354-0365")),
                "{width}: {lines:?}"
            );
            assert!(
                lines.iter().any(|l| l.contains("I-205")),
                "{width}: {lines:?}"
            );
        }
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
    fn dates_and_phone_numbers_keep_their_order_in_arabic() {
        assert_eq!(
            visual("آخر مراجعة: 2026-11-26.", true),
            ".2026-11-26 :ةعجارم رخآ"
        );
        assert_eq!(visual("اتصل 1-800-354-0365", true), "1-800-354-0365 لصتا");
        assert_eq!(visual("النموذج I-205", true), "I-205 جذومنلا");
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
