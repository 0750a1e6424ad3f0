//! Printable handouts for workshops: the chosen situations' key points, the card to cut out,
//! the hotlines and the sources, in one or two languages. HTML is one self-contained file
//! (inline CSS, nothing fetched) that prints on Letter and A4.

use crate::i18n::Localizer;
use crate::pack::{Pack, StepKind, msg};
use crate::plain::{contact_groups, source_line};
use std::collections::BTreeSet;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
    Text,
}

impl Format {
    /// The names `--format` takes.
    pub const NAMES: [&'static str; 3] = ["html", "md", "txt"];

    /// A format by the name `--format` takes; `None` for any other name.
    pub fn named(name: &str) -> Option<Format> {
        match name {
            "html" => Some(Format::Html),
            "md" => Some(Format::Markdown),
            "txt" => Some(Format::Text),
            _ => None,
        }
    }
}

pub struct Contact {
    pub name: String,
    pub number: String,
    pub purpose: String,
    /// When it answers, where a source says.
    pub hours: String,
    pub flag: Option<String>,
    /// The whole entry as plain text, punctuated as the language does it.
    pub line: String,
}

/// Everything printed material says, in one language, before it has a format: handouts in
/// HTML, Markdown and text, and `kyr card` and `kyr contacts`, are all rendered from it.
pub struct Document {
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    pub notice: String,
    pub scenarios: Vec<(String, Vec<String>)>,
    pub remember: String,
    pub card_title: String,
    pub card_intro: String,
    pub card_cut: String,
    pub card: Vec<String>,
    pub contacts_title: String,
    /// Group label, then each contact: name, number, what it is for, a "check" flag.
    pub contacts: Vec<(String, Vec<Contact>)>,
    pub sources_title: String,
    pub sources: Vec<String>,
    /// Shown on screen above a handout, never printed: how to print it without the
    /// browser's header and footer.
    pub print_tip: String,
}

/// The document for `scenarios` (indexes into the pack) in the language of `l10n`.
pub fn document(pack: &Pack, l10n: &Localizer, scenarios: &[usize], today: &str) -> Document {
    let notice = crate::notice::all(pack, l10n, today, None).join(" ");
    let scenario_words = scenarios
        .iter()
        .map(|&i| {
            let s = &pack.scenarios[i];
            let points = s
                .steps
                .iter()
                .filter_map(|step| match &step.kind {
                    StepKind::End { points, .. } => Some((step, points)),
                    _ => None,
                })
                .flat_map(|(step, points)| {
                    let id = msg::step(&s.id, &step.id);
                    points
                        .iter()
                        .map(move |p| l10n.text(&id, Some(&msg::point(p))))
                })
                .collect();
            (l10n.text(&s.id, None), points)
        })
        .collect();
    let mut cited = BTreeSet::new();
    for &i in scenarios {
        for step in &pack.scenarios[i].steps {
            cited.extend(step.sources.iter().copied());
        }
    }
    let contacts = contact_groups(pack)
        .into_iter()
        .map(|(group, members)| {
            let lines = members
                .iter()
                .map(|&c| {
                    let contact = &pack.contacts[c];
                    let id = msg::contact(&contact.id);
                    Contact {
                        name: l10n.text(&id, None),
                        number: contact.number.to_string(),
                        purpose: l10n.text(&id, Some("for")),
                        hours: l10n.text(&id, Some("hours")),
                        flag: contact.verify.then(|| l10n.ui("ui-verify")),
                        line: crate::plain::contact_line(pack, l10n, c),
                    }
                })
                .collect();
            (l10n.text(&msg::contact_group(group), None), lines)
        })
        .collect();
    Document {
        lang: l10n.tag(l10n.current()),
        rtl: l10n.is_rtl(l10n.current()),
        title: l10n.ui(msg::PACK_TITLE),
        notice,
        scenarios: scenario_words,
        remember: l10n.ui("ui-remember"),
        card_title: l10n.text(msg::CARD, Some("title")),
        card_intro: l10n.ui("handout-card-intro"),
        card_cut: l10n.ui("handout-cut"),
        card: pack
            .card
            .iter()
            .map(|line| l10n.text(msg::CARD, Some(&msg::line(line))))
            .collect(),
        contacts_title: l10n.ui("ui-who-to-call"),
        contacts,
        sources_title: l10n
            .ui("cli-sources")
            .trim_end_matches([':', '：'])
            .trim()
            .to_string(),
        sources: cited
            .into_iter()
            .map(|s| source_line(pack, l10n, s))
            .collect(),
        print_tip: l10n.ui("handout-print-tip"),
    }
}

/// A handout of `scenarios` in the languages `langs` (indexes into the localizer; the first
/// leads). The card's statements are always given in English too.
pub fn handout(
    pack: &Pack,
    l10n: &Localizer,
    scenarios: &[usize],
    langs: &[usize],
    format: Format,
    today: &str,
) -> String {
    let all: Vec<Document> = langs
        .iter()
        .map(|&i| document(pack, &l10n.at(i), scenarios, today))
        .collect();
    let english = document(pack, &l10n.at(l10n.officer()), scenarios, today);
    match format {
        Format::Html => html(&all, &english),
        Format::Markdown => plain(&all, &english, true),
        Format::Text => plain(&all, &english, false),
    }
}

fn plain(all: &[Document], english: &Document, markdown: bool) -> String {
    let mut out = String::new();
    let h = |level: usize, text: &str| {
        if markdown {
            format!("{} {text}\n", "#".repeat(level))
        } else {
            format!(
                "{text}\n{}\n",
                if level == 1 { "=" } else { "-" }.repeat(text.chars().count())
            )
        }
    };
    for w in all {
        let _ = write!(out, "{}", h(1, &w.title));
        let _ = writeln!(out, "\n{}\n", w.notice);
        for (title, points) in &w.scenarios {
            let _ = write!(out, "{}", h(2, title));
            let _ = writeln!(out, "\n{}", w.remember);
            for p in points {
                let _ = writeln!(out, "- {p}");
            }
            let _ = writeln!(out);
        }
        let _ = write!(out, "{}", h(2, &w.contacts_title));
        for (group, contacts) in &w.contacts {
            let _ = writeln!(out, "\n{group}");
            for c in contacts {
                let _ = writeln!(out, "- {}", c.line);
            }
        }
        let _ = writeln!(out);
        let _ = write!(out, "{}", h(2, &w.sources_title));
        for s in &w.sources {
            let _ = writeln!(out, "- {s}");
        }
        let _ = writeln!(out);
    }
    // The card once, English first, each language under it, between cutting lines.
    let lead = &all[0];
    let cut = "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -";
    let _ = writeln!(out, "{cut}\n{}\n", lead.card_cut);
    let _ = write!(out, "{}", h(2, &lead.card_title));
    let _ = writeln!(out, "{}\n", lead.card_intro);
    for (i, statement) in english.card.iter().enumerate() {
        let _ = writeln!(out, "{}{statement}", if markdown { "**" } else { "" });
        if markdown {
            out.pop();
            let _ = writeln!(out, "**");
        }
        for w in all.iter().filter(|w| w.lang != english.lang) {
            let _ = writeln!(out, "  {}", w.card[i]);
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "{cut}");
    out
}

/// Escaped text of a block in one language, `rtl` if that language is right-to-left.
///
/// Numbers, dates, phone and form numbers stay whole and left-to-right (`2026-11-26` inside
/// Arabic must not become `26-11-2026`). Web addresses stay left-to-right but may break
/// anywhere: kept whole, a long one widens its column until the other language's column
/// falls off the page. In right-to-left text, a run of Latin words with its brackets is one
/// left-to-right unit, on one line when short: left to the paragraph, `NYC 311` prints as
/// `311 NYC` and `(Immigrant Defense Project)` loses a bracket to the next line.
fn esc(text: &str, rtl: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if rtl && c == '(' {
            let end = latin_run(&chars, i + 1);
            if end > i + 1 && chars.get(end) == Some(&')') {
                out.push_str(&unit(&chars[i..=end], rtl));
                i = end + 1;
                continue;
            }
        }
        if !word_char(c) {
            out.push_str(&escape(c.encode_utf8(&mut [0; 4])));
            i += 1;
            continue;
        }
        let end = if rtl && c.is_ascii_alphanumeric() {
            latin_run(&chars, i)
        } else {
            word_end(&chars, i)
        };
        // Sentence punctuation after a word belongs to the sentence around it.
        let mut last = end;
        while last > i && !(chars[last - 1].is_ascii_alphanumeric() || chars[last - 1] == '/') {
            last -= 1;
        }
        if last == i {
            last = end;
        }
        out.push_str(&unit(&chars[i..last], rtl));
        out.push_str(&escape(&chars[last..end].iter().collect::<String>()));
        i = end;
    }
    out
}

/// Letters, digits and the punctuation inside names, numbers and web addresses.
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-./:+_?=#%~&@'’".contains(c)
}

fn word_end(chars: &[char], from: usize) -> usize {
    let mut end = from;
    while end < chars.len() && word_char(chars[end]) {
        end += 1;
    }
    end
}

fn is_address(word: &[char]) -> bool {
    let word: String = word.iter().collect();
    word.contains("://") || word.starts_with("www.")
}

/// The end of the Latin words from `from`, one space apart (`from` itself when none starts
/// there). An address is a run of its own.
fn latin_run(chars: &[char], from: usize) -> usize {
    if !chars.get(from).is_some_and(char::is_ascii_alphanumeric) {
        return from;
    }
    let mut end = word_end(chars, from);
    if is_address(&chars[from..end]) {
        return end;
    }
    while chars.get(end) == Some(&' ')
        && chars.get(end + 1).is_some_and(char::is_ascii_alphanumeric)
    {
        let next = word_end(chars, end + 1);
        if is_address(&chars[end + 1..next]) {
            break;
        }
        end = next;
    }
    end
}

/// One word or run of words, marked up for the direction and line breaking it needs.
fn unit(run: &[char], rtl: bool) -> String {
    let text: String = run.iter().collect();
    let letters = run.iter().any(char::is_ascii_alphabetic);
    let digits = run.iter().any(char::is_ascii_digit);
    if is_address(run) || (run.first() == Some(&'(') && is_address(&run[1..run.len() - 1])) {
        format!("<bdi class=\"url\" dir=\"ltr\">{}</bdi>", escape(&text))
    } else if rtl && letters {
        // Longer than a column's width, a name has to break somewhere.
        let class = if run.len() <= 44 {
            " class=\"latin\""
        } else {
            ""
        };
        format!("<bdi{class} dir=\"ltr\">{}</bdi>", escape(&text))
    } else if digits {
        format!("<span class=\"num\" dir=\"ltr\">{}</span>", escape(&text))
    } else {
        escape(&text)
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `lang` and `dir` for a block in one language.
fn attrs(w: &Document) -> String {
    format!(
        "lang=\"{}\" dir=\"{}\"",
        escape(&w.lang),
        if w.rtl { "rtl" } else { "ltr" }
    )
}

/// One block per language, side by side.
fn pair(out: &mut String, all: &[Document], class: &str, block: impl Fn(&Document) -> String) {
    let _ = writeln!(out, "<div class=\"pair n{}\">", all.len());
    for w in all {
        let _ = writeln!(
            out,
            "<div class=\"{class}\" {}>{}</div>",
            attrs(w),
            block(w)
        );
    }
    let _ = writeln!(out, "</div>");
}

fn list(items: &[String], rtl: bool) -> String {
    let mut out = String::from("<ul>");
    for i in items {
        let _ = write!(out, "<li>{}</li>", esc(i, rtl));
    }
    out.push_str("</ul>");
    out
}

// Chromium prints the file's address and the date in the page margins unless the page has
// margin boxes of its own: an empty one at the top and the page number at the bottom keep
// them off. Other browsers are told on screen how to turn them off.
const CSS: &str = r#"
@page {
  margin: 9mm 10mm 10mm;
  @top-center { content: ""; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 8pt sans-serif; }
}
* { box-sizing: border-box; }
body { margin: 0; color: #000; background: #fff; font-size: 10pt; }
/* Every block in a language without rules of its own starts again from these: otherwise
   English beside Urdu would be set in Nastaliq, with Nastaliq's line height. */
[lang] {
  line-height: 1.25;
  font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial,
    "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Nastaliq Urdu", "Noto Sans Bengali",
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK KR", "Noto Sans SC", "Noto Sans TC",
    "Noto Sans KR", "Droid Sans Fallback", sans-serif;
}
:lang(zh-Hant) { font-family: "Noto Sans CJK TC", "Noto Sans TC", "Noto Sans", sans-serif; }
:lang(zh-Hans) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif; }
:lang(ko) { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Noto Sans", sans-serif; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", sans-serif; }
:lang(ur) { font-family: "Noto Nastaliq Urdu", "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; line-height: 1.8; }
:lang(bn) { font-family: "Noto Sans Bengali", "Noto Serif Bengali", "Noto Sans", sans-serif; }
h1 { font-size: 15pt; margin: 0 0 1.5mm; line-height: 1.2; }
h2 { font-size: 12pt; margin: 2.5mm 0 0.8mm; break-after: avoid; page-break-after: avoid; }
ul { margin: 0; padding-inline-start: 5mm; }
li { margin: 0.3mm 0; }
.pair { display: grid; gap: 6mm; }
.head, .scenario { break-inside: avoid; page-break-inside: avoid; }
.num { white-space: nowrap; unicode-bidi: isolate; }
.latin { white-space: nowrap; }
.url { overflow-wrap: anywhere; }
.pair.n2 { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.notice { border: 1.5px solid #000; padding: 1.5mm 3mm; font-weight: bold; margin: 1.5mm 0 2mm; }
.group { font-weight: bold; margin-top: 1mm; break-after: avoid; page-break-after: avoid; }
.sources { font-size: 7.2pt; line-height: 1.2; overflow-wrap: anywhere; }
.sources h2 { font-size: 10pt; margin-top: 3mm; }
.sources li { margin: 0.2mm 0; }
.card {
  border: 2px dashed #000; padding: 3mm 4mm; margin-top: 4mm;
  break-inside: avoid; page-break-inside: avoid; break-before: auto;
}
.card h2 { margin-top: 0; }
.card p { margin: 0 0 1.5mm; }
.card .statement { display: grid; gap: 6mm; padding: 0.6mm 0; break-inside: avoid; }
.card .n2 { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.card .n3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.card .en { font-weight: bold; font-size: 11pt; }
.card .cut { font-size: 8pt; margin-bottom: 1mm; }
.flag { font-weight: bold; }
.tip { border: 1px solid #888; background: #ffd; padding: 2mm 3mm; margin-bottom: 3mm; }
@media print { .tip { display: none; } }
"#;

fn html(all: &[Document], english: &Document) -> String {
    let lead = &all[0];
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>");
    let _ = writeln!(out, "<html {}>", attrs(lead));
    let _ = writeln!(out, "<head><meta charset=\"utf-8\">");
    let _ = writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width\">"
    );
    let titles: Vec<String> = all.iter().map(|w| w.title.clone()).collect();
    let _ = writeln!(out, "<title>{}</title>", escape(&titles.join(" · ")));
    let _ = writeln!(out, "<style>{CSS}</style></head><body>");
    pair(&mut out, all, "tip", |w| esc(&w.print_tip, w.rtl));
    pair(&mut out, all, "head", |w| {
        format!(
            "<h1>{}</h1><div class=\"notice\">{}</div>",
            esc(&w.title, w.rtl),
            esc(&w.notice, w.rtl)
        )
    });
    for (i, _) in lead.scenarios.iter().enumerate() {
        pair(&mut out, all, "scenario", |w| {
            let (title, points) = &w.scenarios[i];
            format!(
                "<h2>{}</h2><div>{}</div>{}",
                esc(title, w.rtl),
                esc(&w.remember, w.rtl),
                list(points, w.rtl)
            )
        });
    }
    pair(&mut out, all, "contacts", |w| {
        let mut block = format!("<h2>{}</h2>", esc(&w.contacts_title, w.rtl));
        for (group, contacts) in &w.contacts {
            let _ = write!(
                block,
                "<div class=\"group\">{}</div><ul>",
                esc(group, w.rtl)
            );
            for c in contacts {
                let flag = c
                    .flag
                    .as_ref()
                    .map(|f| format!(" <span class=\"flag\">⚠ {}</span>", esc(f, w.rtl)))
                    .unwrap_or_default();
                // Numbers stay whole and left-to-right, whatever the language around them.
                let _ = write!(
                    block,
                    "<li><b>{}</b>: <span class=\"num\" dir=\"ltr\">{}</span> — {}{flag}</li>",
                    esc(&c.name, w.rtl),
                    escape(&c.number),
                    esc(&c.purpose, w.rtl)
                );
            }
            block.push_str("</ul>");
        }
        block
    });
    // The card: cut out and carried. English for the officer, each language beside it, so that
    // it takes few lines and a handout for two situations in two languages ends on page two.
    let others: Vec<&Document> = all.iter().filter(|w| w.lang != english.lang).collect();
    let _ = writeln!(out, "<section class=\"card\" {}>", attrs(lead));
    let _ = writeln!(
        out,
        "<div class=\"cut\">✂ {}</div>",
        esc(&lead.card_cut, lead.rtl)
    );
    let _ = writeln!(out, "<h2>{}</h2>", esc(&lead.card_title, lead.rtl));
    let _ = writeln!(out, "<p>{}</p>", esc(&lead.card_intro, lead.rtl));
    for (i, statement) in english.card.iter().enumerate() {
        let _ = writeln!(out, "<div class=\"statement n{}\">", others.len() + 1);
        let _ = writeln!(
            out,
            "<div class=\"en\" {}>{}</div>",
            attrs(english),
            esc(statement, english.rtl)
        );
        for w in &others {
            let _ = writeln!(out, "<div {}>{}</div>", attrs(w), esc(&w.card[i], w.rtl));
        }
        let _ = writeln!(out, "</div>");
    }
    let _ = writeln!(out, "</section>");
    // Sources last: they can break across pages where the card cannot.
    pair(&mut out, all, "sources", |w| {
        format!(
            "<h2>{}</h2>{}",
            esc(&w.sources_title, w.rtl),
            list(&w.sources, w.rtl)
        )
    });
    let _ = writeln!(out, "</body></html>");
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup_and_keeps_numbers_whole() {
        assert_eq!(
            esc("<b>\"x\" & 'y'</b>", false),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
        assert_eq!(
            esc("آخر مراجعة: 2026-11-26.", true),
            "آخر مراجعة: <span class=\"num\" dir=\"ltr\">2026-11-26</span>."
        );
    }

    #[test]
    fn keeps_latin_names_inside_right_to_left_text_whole() {
        assert_eq!(
            esc(
                "مشروع الدفاع عن المهاجرين (Immigrant Defense Project)",
                true
            ),
            "مشروع الدفاع عن المهاجرين \
             <bdi class=\"latin\" dir=\"ltr\">(Immigrant Defense Project)</bdi>"
        );
        assert_eq!(
            esc("NYC 311، الرقم «أ» (A-number).", true),
            "<bdi class=\"latin\" dir=\"ltr\">NYC 311</bdi>، الرقم «أ» \
             <bdi class=\"latin\" dir=\"ltr\">(A-number)</bdi>."
        );
        // Left-to-right text is left as it flows; addresses may break anywhere in both.
        assert_eq!(
            esc(
                "Immigrant Defense Project — https://www.immigrantdefenseproject.org/",
                false
            ),
            "Immigrant Defense Project — \
             <bdi class=\"url\" dir=\"ltr\">https://www.immigrantdefenseproject.org/</bdi>"
        );
    }
}
