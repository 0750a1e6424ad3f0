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
                        number: contact.number.clone(),
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

/// Escaped text with numbers, dates, phone and form numbers kept whole and left-to-right
/// (`2026-11-26` inside Arabic must not become `26-11-2026`).
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        if token.chars().any(|c| c.is_ascii_digit()) {
            let end = token
                .rfind(|c: char| c.is_ascii_alphanumeric())
                .map_or(0, |i| i + 1);
            let (word, tail) = token.split_at(end);
            out.push_str("<span class=\"num\" dir=\"ltr\">");
            out.push_str(&escape(word));
            out.push_str("</span>");
            out.push_str(&escape(tail));
        } else {
            out.push_str(&escape(token));
        }
        token.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-./:+".contains(c) {
            token.push(c);
        } else {
            flush(&mut token, &mut out);
            out.push_str(&escape(&c.to_string()));
        }
    }
    flush(&mut token, &mut out);
    out
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

fn list(items: &[String]) -> String {
    let mut out = String::from("<ul>");
    for i in items {
        let _ = write!(out, "<li>{}</li>", esc(i));
    }
    out.push_str("</ul>");
    out
}

const CSS: &str = r#"
@page { margin: 14mm 12mm; }
* { box-sizing: border-box; }
body {
  margin: 0; color: #000; background: #fff; font-size: 10.5pt; line-height: 1.35;
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
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 5mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
ul { margin: 0; padding-inline-start: 5mm; }
li { margin: 0.6mm 0; }
.pair { display: grid; gap: 6mm; }
.head, .scenario { break-inside: avoid; page-break-inside: avoid; }
.num { white-space: nowrap; unicode-bidi: isolate; }
.pair.n2 { grid-template-columns: 1fr 1fr; }
.notice { border: 1.5px solid #000; padding: 2mm 3mm; font-weight: bold; margin: 2mm 0 3mm; }
.group { font-weight: bold; margin-top: 1.5mm; }
.sources { font-size: 9pt; overflow-wrap: anywhere; }
.card {
  border: 2px dashed #000; padding: 4mm 5mm; margin-top: 6mm;
  break-inside: avoid; page-break-inside: avoid; break-before: auto;
}
.card h2 { margin-top: 0; }
.card .statement { margin: 2mm 0; break-inside: avoid; }
.card .en { font-weight: bold; font-size: 12pt; }
.card .cut { font-size: 8.5pt; margin-bottom: 2mm; }
.flag { font-weight: bold; }
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
    let _ = writeln!(out, "<title>{}</title>", esc(&titles.join(" · ")));
    let _ = writeln!(out, "<style>{CSS}</style></head><body>");
    pair(&mut out, all, "head", |w| {
        format!(
            "<h1>{}</h1><div class=\"notice\">{}</div>",
            esc(&w.title),
            esc(&w.notice)
        )
    });
    for (i, _) in lead.scenarios.iter().enumerate() {
        pair(&mut out, all, "scenario", |w| {
            let (title, points) = &w.scenarios[i];
            format!(
                "<h2>{}</h2><div>{}</div>{}",
                esc(title),
                esc(&w.remember),
                list(points)
            )
        });
    }
    pair(&mut out, all, "contacts", |w| {
        let mut block = format!("<h2>{}</h2>", esc(&w.contacts_title));
        for (group, contacts) in &w.contacts {
            let _ = write!(block, "<div class=\"group\">{}</div><ul>", esc(group));
            for c in contacts {
                let flag = c
                    .flag
                    .as_ref()
                    .map(|f| format!(" <span class=\"flag\">⚠ {}</span>", esc(f)))
                    .unwrap_or_default();
                // Numbers stay whole and left-to-right, whatever the language around them.
                let _ = write!(
                    block,
                    "<li><b>{}</b>: <span class=\"num\" dir=\"ltr\">{}</span> — {}{flag}</li>",
                    esc(&c.name),
                    escape(&c.number),
                    esc(&c.purpose)
                );
            }
            block.push_str("</ul>");
        }
        block
    });
    pair(&mut out, all, "sources", |w| {
        format!("<h2>{}</h2>{}", esc(&w.sources_title), list(&w.sources))
    });
    // The card: cut out and carried. English for the officer, each language under it.
    let _ = writeln!(out, "<section class=\"card\" {}>", attrs(lead));
    let _ = writeln!(out, "<div class=\"cut\">✂ {}</div>", esc(&lead.card_cut));
    let _ = writeln!(out, "<h2>{}</h2>", esc(&lead.card_title));
    let _ = writeln!(out, "<p>{}</p>", esc(&lead.card_intro));
    for (i, statement) in english.card.iter().enumerate() {
        let _ = writeln!(out, "<div class=\"statement\">");
        let _ = writeln!(
            out,
            "<div class=\"en\" {}>{}</div>",
            attrs(english),
            esc(statement)
        );
        for w in all.iter().filter(|w| w.lang != english.lang) {
            let _ = writeln!(out, "<div {}>{}</div>", attrs(w), esc(&w.card[i]));
        }
        let _ = writeln!(out, "</div>");
    }
    let _ = writeln!(out, "</section>");
    let _ = writeln!(out, "</body></html>");
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup_and_keeps_numbers_whole() {
        assert_eq!(
            esc("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
        assert_eq!(
            esc("آخر مراجعة: 2026-11-26."),
            "آخر مراجعة: <span class=\"num\" dir=\"ltr\">2026-11-26</span>."
        );
    }
}
