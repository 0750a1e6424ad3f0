//! Plain text for screen readers, printers and pipes: `kyr list`, `kyr show`, `kyr check`.
//! Logical order, no escape sequences, no invisible direction marks.

use crate::i18n::Localizer;
use crate::i18n::tracking;
use crate::pack::{Coverage, Pack, StepKind, Target, msg};
use crate::problem::Problem;
use std::fmt::Write;

pub fn list(pack: &Pack, l10n: &Localizer) -> String {
    let mut out = String::new();
    for s in &pack.scenarios {
        let _ = writeln!(out, "{}\t{}", s.id, l10n.text(&s.id, None));
    }
    out
}

pub fn show(pack: &Pack, l10n: &Localizer, scenario: usize, today: &str) -> String {
    let Some(sc) = pack.scenarios.get(scenario) else {
        return String::new();
    };
    let mut out = String::new();
    // Steps cite the same few sources over and over: each is worded once.
    let mut source_lines: Vec<Option<String>> = vec![None; pack.sources.len()];
    let title = l10n.text(&sc.id, None);
    let _ = writeln!(out, "{title}");
    for line in crate::notice::all(pack, l10n, today, Some(scenario)) {
        let _ = writeln!(out, "{line}");
    }
    // Each step's title is worded once: choices and verdicts name the steps they lead to.
    let titles: Vec<String> = sc
        .steps
        .iter()
        .map(|step| l10n.text(&msg::step(&sc.id, &step.id), Some("title")))
        .collect();
    let step_title = |i: usize| format!("{} ({})", i + 1, titles[i]);
    let sources_label = l10n.ui("cli-sources");
    let opens = |i: usize| {
        let other = &pack.scenarios[i].id;
        l10n.ui_args("cli-opens-scenario", &[("title", l10n.text(other, None))])
    };
    let target = |t: &Target| match t {
        Target::Step(i) => l10n.ui_args("cli-leads-to", &[("target", step_title(*i))]),
        Target::Scenario(i) => opens(*i),
    };
    let next = |t: &Target| {
        let to = match t {
            Target::Step(i) => step_title(*i),
            Target::Scenario(i) => opens(*i),
        };
        l10n.ui_args("cli-next", &[("target", to)])
    };
    for (i, step) in sc.steps.iter().enumerate() {
        let id = msg::step(&sc.id, &step.id);
        let text = |attr: &str| l10n.text(&id, Some(attr));
        let _ = writeln!(out, "\n{}. {}", i + 1, titles[i]);
        let body = text("body");
        if !body.is_empty() {
            let _ = writeln!(out, "{body}");
        }
        match &step.kind {
            StepKind::Info { next: next_step } => {
                let _ = writeln!(out, "{}", next(next_step));
            }
            StepKind::Question { choices } => {
                let _ = writeln!(out, "{}", l10n.ui("cli-choices"));
                for (n, c) in choices.iter().enumerate() {
                    let args = [
                        ("number", (n + 1).to_string()),
                        ("label", text(&msg::choice(&c.id))),
                        ("target", target(&c.target)),
                    ];
                    let _ = writeln!(out, "  {}", l10n.ui_args("cli-choice", &args));
                }
            }
            StepKind::Checklist { items, pass, fail } => {
                for item in items {
                    let _ = writeln!(out, "  - {}", text(&msg::item(item)));
                }
                let yes = step_title(*pass);
                let no = step_title(*fail);
                let _ = writeln!(
                    out,
                    "{}",
                    l10n.ui_args("cli-if-all-yes", &[("target", yes)])
                );
                let _ = writeln!(out, "{}", l10n.ui_args("cli-if-any-no", &[("target", no)]));
            }
            StepKind::Say {
                lines,
                next: next_step,
            } => {
                for line in lines {
                    for said in said_line(l10n, &id, line) {
                        let _ = writeln!(out, "{said}");
                    }
                }
                let _ = writeln!(out, "{}", next(next_step));
            }
            StepKind::End { points, contacts } => {
                let _ = writeln!(out, "{}", l10n.ui("ui-remember"));
                for p in points {
                    let _ = writeln!(out, "  - {}", text(&msg::point(p)));
                }
                if !contacts.is_empty() {
                    let _ = writeln!(out, "{}", l10n.ui("ui-who-to-call"));
                }
                for &c in contacts {
                    let _ = writeln!(out, "  - {}", contact_line(pack, l10n, c));
                }
            }
        }
        for &s in &step.sources {
            if source_lines[s].is_none() {
                source_lines[s] = Some(source_line(pack, l10n, s));
            }
        }
        let cited: Vec<&str> = step
            .sources
            .iter()
            .filter_map(|&s| source_lines[s].as_deref())
            .collect();
        let _ = writeln!(out, "{sources_label} {}", cited.join("; "));
    }
    out
}

/// A line to say to an officer: in the reader's language, then in English when that differs.
pub fn said_line(l10n: &Localizer, step_msg: &str, line: &str) -> Vec<String> {
    let attr = msg::line(line);
    let mine = l10n.text(step_msg, Some(&attr));
    let english = l10n
        .get_in(l10n.officer(), step_msg, Some(&attr), None)
        .unwrap_or_default();
    let mut out = vec![format!(
        "  {}",
        l10n.ui_args("cli-said", &[("text", mine.clone())])
    )];
    if l10n.current() != l10n.officer() && english != mine {
        let english = l10n.ui_args("cli-in-english", &[("text", english)]);
        out.push(format!("    {english}"));
    }
    out
}

/// The card to show an officer, for paper or a screen reader: each statement in English, with
/// the reader's words under it. Rendered from the same document as the handouts.
pub fn card(pack: &Pack, l10n: &Localizer, today: &str) -> String {
    let mine = crate::handout::document(pack, l10n, &[], today);
    let english = crate::handout::document(pack, &l10n.at(l10n.officer()), &[], today);
    let mut out = String::new();
    let _ = writeln!(out, "{}", mine.card_title);
    if let Some(line) = crate::notice::out_of_date(pack, l10n, today) {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "{}", mine.card_intro);
    for (english, mine) in english.card.iter().zip(&mine.card) {
        let _ = writeln!(out, "\n{english}");
        if mine != english {
            let _ = writeln!(out, "  {mine}");
        }
    }
    out
}

/// The hotlines, grouped by what a person needs them for, in the pack's order.
pub fn contacts(pack: &Pack, l10n: &Localizer) -> String {
    let document = crate::handout::document(pack, l10n, &[], "");
    let mut out = String::new();
    let _ = writeln!(out, "{}", l10n.ui("ui-contacts-title"));
    for (group, members) in &document.contacts {
        let _ = writeln!(out, "\n{group}");
        for contact in members {
            let _ = writeln!(out, "  {}", contact.line);
            if !contact.hours.is_empty() {
                let _ = writeln!(out, "    {}", contact.hours);
            }
        }
    }
    out
}

/// Contacts by group, groups in the order they first appear.
pub fn contact_groups(pack: &Pack) -> Vec<(&str, Vec<usize>)> {
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, c) in pack.contacts.iter().enumerate() {
        match groups.iter_mut().find(|(g, _)| *g == c.group) {
            Some((_, members)) => members.push(i),
            None => groups.push((&c.group, vec![i])),
        }
    }
    groups
}

/// A hotline's name and number, the number only once: "911", not "911: 911".
pub fn contact_heading(l10n: &Localizer, contact: &crate::pack::Contact) -> String {
    let name = l10n.text(&msg::contact(&contact.id), None);
    if name.contains(contact.number.as_str()) {
        name
    } else {
        format!("{name}: {}", contact.number)
    }
}

pub fn contact_line(pack: &Pack, l10n: &Localizer, index: usize) -> String {
    let c = &pack.contacts[index];
    let id = msg::contact(&c.id);
    let args = [
        ("name", l10n.text(&id, None)),
        ("number", c.number.to_string()),
        ("purpose", l10n.text(&id, Some("for"))),
    ];
    let mut line = l10n.ui_args("cli-contact", &args);
    if c.verify {
        let _ = write!(line, " [{}]", l10n.ui("ui-verify"));
    }
    line
}

/// A source: its title and publisher, then where it was read and when.
pub fn source_line(pack: &Pack, l10n: &Localizer, index: usize) -> String {
    let source = &pack.sources[index];
    let id = msg::source(&source.id);
    let mut line = format!(
        "{} — {}",
        l10n.text(&id, None),
        l10n.text(&id, Some("publisher"))
    );
    if let Some(url) = &source.url {
        let _ = write!(line, " — {url}");
        if let Some(read) = &source.read {
            let _ = write!(
                line,
                " ({})",
                l10n.ui_args("ui-source-read", &[("date", read.to_string())])
            );
        }
    }
    line
}

/// The report of a valid pack: coverage per language and, for `detail`, the messages that
/// are missing, extra, or left the same as the reference language.
pub fn check_report(
    pack: &Pack,
    l10n: &Localizer,
    coverage: &[Coverage],
    detail: Option<usize>,
) -> String {
    let mut out = String::new();
    let args = [
        ("pack", pack.id.to_string()),
        ("version", pack.version.to_string()),
    ];
    let _ = writeln!(out, "{}", l10n.ui_args("cli-check-ok", &args));
    let _ = writeln!(out, "{}", l10n.ui("cli-check-coverage"));
    for c in coverage {
        let args = [
            ("locale", c.locale.clone()),
            ("percent", c.percent().to_string()),
            ("present", c.present.to_string()),
            ("total", c.total.to_string()),
        ];
        let mut line = l10n.ui_args("cli-check-locale", &args);
        if !c.stale.is_empty() {
            let count = [("count", c.stale.len().to_string())];
            let _ = write!(line, "; {}", l10n.ui_args("cli-check-stale-count", &count));
        }
        let _ = writeln!(out, "  {line}");
    }
    let reference = l10n.tag(l10n.reference());
    match detail.and_then(|i| coverage.get(i)) {
        Some(c) => {
            let args = [("locale", c.locale.clone()), ("reference", reference)];
            for (id, list) in [
                ("cli-check-missing", &c.missing),
                ("cli-check-extra", &c.extra),
                ("cli-check-same", &c.same),
            ] {
                if !list.is_empty() {
                    let _ = writeln!(out, "\n{}", l10n.ui_args(id, &args));
                    for message in list {
                        let _ = writeln!(out, "  {message}");
                    }
                }
            }
            stale_report(&mut out, l10n, c);
        }
        None => {
            let unfinished = coverage.iter().filter(|c| {
                !(c.missing.is_empty()
                    && c.extra.is_empty()
                    && c.same.is_empty()
                    && c.stale.is_empty())
            });
            for c in unfinished {
                let args = [("locale", c.locale.clone())];
                let _ = writeln!(out, "{}", l10n.ui_args("cli-check-details", &args));
            }
        }
    }
    out
}

/// Each stale message of a language: what changed in the English since it was translated,
/// part by part, so that the translator sees the change itself.
fn stale_report(out: &mut String, l10n: &Localizer, c: &Coverage) {
    if c.stale.is_empty() {
        return;
    }
    let args = [("locale", c.locale.clone())];
    let _ = writeln!(out, "\n{}", l10n.ui_args("cli-check-stale", &args));
    for s in &c.stale {
        let _ = writeln!(out, "\n  {}", s.id);
        let Some(was) = &s.was else {
            let _ = writeln!(out, "    {}", l10n.ui("cli-check-not-recorded"));
            for (part, _, now) in tracking::changes("", &s.now) {
                stale_part(out, l10n, &part, None, now.as_deref());
            }
            continue;
        };
        for (part, before, after) in tracking::changes(was, &s.now) {
            stale_part(out, l10n, &part, before.as_deref(), after.as_deref());
        }
    }
    let _ = writeln!(out, "\n{}", l10n.ui_args("cli-check-stale-mark", &args));
}

fn stale_part(
    out: &mut String,
    l10n: &Localizer,
    part: &str,
    was: Option<&str>,
    now: Option<&str>,
) {
    let name = if part.is_empty() {
        String::new()
    } else {
        format!(".{part} ")
    };
    let indent = |text: &str| text.replace('\n', "\n        ");
    let none = || l10n.ui("cli-check-none");
    let was = was.map_or_else(none, indent);
    let now = now.map_or_else(none, indent);
    let _ = writeln!(out, "    {name}{}", l10n.ui("cli-check-was"));
    let _ = writeln!(out, "        {was}");
    let _ = writeln!(out, "    {name}{}", l10n.ui("cli-check-now"));
    let _ = writeln!(out, "        {now}");
}

/// Under `--strict`: one line for each language that lacks messages or follows old English.
pub fn incomplete(l10n: &Localizer, coverage: &[Coverage]) -> Vec<String> {
    let mut lines = Vec::new();
    for c in coverage {
        let locale = ("locale", c.locale.clone());
        if !c.missing.is_empty() {
            let args = [locale.clone(), ("percent", c.percent().to_string())];
            lines.push(l10n.ui_args("err-incomplete", &args));
        }
        if !c.stale.is_empty() {
            let args = [locale, ("count", c.stale.len().to_string())];
            lines.push(l10n.ui_args("err-stale", &args));
            lines.extend(c.stale.iter().map(|s| format!("  {}", s.id)));
        }
    }
    lines
}

pub fn problems(problems: &[Problem], l10n: &Localizer) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", l10n.ui("err-pack-invalid"));
    for p in problems {
        let _ = writeln!(out, "  {}", p.render(l10n));
    }
    let count = [("count", problems.len().to_string())];
    let _ = writeln!(out, "{}", l10n.ui_args("cli-check-failed", &count));
    out
}
