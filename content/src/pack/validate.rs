//! Checks that need the whole pack: that every step can be reached and can reach an end, that
//! every message exists in the reference language, and that translations use the same
//! variables as the reference.

use super::load::{Coverage, Text};
use super::{Scenario, StepKind, Target, msg, raw};
use crate::i18n::catalog::{Catalog, MessageInfo};
use crate::problem::Problem;
use std::collections::{BTreeSet, VecDeque};

/// A message (or attribute) the pack needs, and the place in the data that needs it.
pub(super) struct Need {
    pub id: String,
    pub attr: Option<String>,
    pub file: String,
    pub line: usize,
}

pub(super) fn graph(
    (text, raw): &(Text, raw::Scenario),
    scenario: &Scenario,
    problems: &mut Vec<Problem>,
) {
    if problems.iter().any(|p| p.file == text.file) {
        return; // its links are broken; reachability would only repeat that
    }
    let n = scenario.steps.len();
    let edges: Vec<Vec<usize>> = scenario
        .steps
        .iter()
        .map(|s| steps_after(&s.kind))
        .collect();
    // A step "ends" when it is an end step or hands over to another scenario, which is
    // checked on its own.
    let ends: Vec<bool> = scenario
        .steps
        .iter()
        .map(|s| match &s.kind {
            StepKind::End { .. } => true,
            StepKind::Info { next, .. } | StepKind::Say { next, .. } => {
                matches!(next, Target::Scenario(_))
            }
            StepKind::Question { choices } => choices
                .iter()
                .any(|c| matches!(c.target, Target::Scenario(_))),
            StepKind::Checklist { .. } => false,
        })
        .collect();

    let reachable = search(n, [scenario.start], |i| edges[i].clone());
    let mut reverse = vec![Vec::new(); n];
    for (from, tos) in edges.iter().enumerate() {
        for &to in tos {
            reverse[to].push(from);
        }
    }
    let can_end = search(n, (0..n).filter(|&i| ends[i]), |i| reverse[i].clone());

    for (i, step) in raw.step.iter().enumerate() {
        let id = step.id.get_ref();
        if !reachable[i] {
            problems.push(text.problem(&step.id, "err-unreachable").arg("step", id));
        } else if !can_end[i] {
            problems.push(text.problem(&step.id, "err-no-way-to-end").arg("step", id));
        }
    }
}

fn steps_after(kind: &StepKind) -> Vec<usize> {
    let step = |t: &Target| match t {
        Target::Step(s) => Some(*s),
        Target::Scenario(_) => None,
    };
    match kind {
        StepKind::Info { next } | StepKind::Say { next, .. } => step(next).into_iter().collect(),
        StepKind::Question { choices } => choices.iter().filter_map(|c| step(&c.target)).collect(),
        StepKind::Checklist { pass, fail, .. } => vec![*pass, *fail],
        StepKind::End { .. } => Vec::new(),
    }
}

/// Breadth-first search from `starts`; which nodes were reached.
fn search(
    n: usize,
    starts: impl IntoIterator<Item = usize>,
    next: impl Fn(usize) -> Vec<usize>,
) -> Vec<bool> {
    let mut seen = vec![false; n];
    let mut queue: VecDeque<usize> = VecDeque::new();
    for s in starts {
        if s < n && !seen[s] {
            seen[s] = true;
            queue.push_back(s);
        }
    }
    while let Some(i) = queue.pop_front() {
        for j in next(i) {
            if j < n && !seen[j] {
                seen[j] = true;
                queue.push_back(j);
            }
        }
    }
    seen
}

/// Messages the workshop material needs: the presenter's notes and every question's words.
pub(super) fn quiz_messages(files: &[(Text, raw::Quiz)]) -> Vec<Need> {
    let mut needs = Vec::new();
    for (text, quiz) in files {
        let scenario = quiz.scenario.get_ref();
        let mut need = |line: usize, id: String, attr: String| {
            needs.push(Need {
                id,
                attr: Some(attr),
                file: text.file.clone(),
                line,
            });
        };
        need(
            text.line(&quiz.scenario),
            msg::presenter(scenario),
            "body".into(),
        );
        for q in &quiz.question {
            let id = msg::quiz(scenario, q.id.get_ref());
            need(text.line(&q.id), id.clone(), "question".into());
            for a in &q.answers {
                need(text.line(a), id.clone(), msg::answer(a.get_ref()));
                need(text.line(a), id.clone(), msg::why(a.get_ref()));
            }
        }
    }
    needs
}

/// Builds an attribute name from an id (`msg::item` and its kind).
type Attr = fn(&str) -> String;

pub(super) fn needed_messages(
    scenario_files: &[(Text, raw::Scenario)],
    manifest: &Text,
    manifest_raw: &raw::Manifest,
    sources: &(Text, raw::Sources),
    contacts: &(Text, raw::Contacts),
) -> Vec<Need> {
    let mut needs = Vec::new();
    let mut need = |text: &Text, line: usize, id: String, attr: Option<String>| {
        needs.push(Need {
            id,
            attr,
            file: text.file.clone(),
            line,
        });
    };
    need(manifest, 1, msg::PACK_TITLE.to_string(), None);
    if !manifest_raw.card.is_empty() {
        let line = manifest.line(&manifest_raw.card[0]);
        need(manifest, line, msg::CARD.to_string(), Some("title".into()));
    }
    for line in &manifest_raw.card {
        let attr = Some(msg::line(line.get_ref()));
        need(manifest, manifest.line(line), msg::CARD.to_string(), attr);
    }

    for (text, raw) in scenario_files {
        let scenario = raw.id.get_ref();
        need(text, text.line(&raw.id), scenario.clone(), None);
        for step in &raw.step {
            let id = msg::step(scenario, step.id.get_ref());
            let line = text.line(&step.id);
            need(text, line, id.clone(), Some("title".into()));
            if step.kind.get_ref() == "info" {
                need(text, line, id.clone(), Some("body".into()));
            }
            let lists: [(_, Attr); 3] = [
                (&step.items, msg::item),
                (&step.lines, msg::line),
                (&step.points, msg::point),
            ];
            for (list, attr) in lists {
                for item in list.as_deref().unwrap_or_default() {
                    need(
                        text,
                        text.line(item),
                        id.clone(),
                        Some(attr(item.get_ref())),
                    );
                }
            }
            for choice in step.choices.as_deref().unwrap_or_default() {
                let attr = msg::choice(choice.id.get_ref());
                need(text, text.line(&choice.id), id.clone(), Some(attr));
            }
        }
    }

    let (text, raw) = sources;
    for s in &raw.source {
        let id = msg::source(s.id.get_ref());
        need(text, text.line(&s.id), id.clone(), None);
        need(text, text.line(&s.id), id, Some("publisher".into()));
    }
    let (text, raw) = contacts;
    let mut groups = BTreeSet::new();
    for c in &raw.contact {
        let id = msg::contact(c.id.get_ref());
        need(text, text.line(&c.id), id.clone(), None);
        need(text, text.line(&c.id), id, Some("for".into()));
        if groups.insert(c.group.get_ref().clone()) {
            need(
                text,
                text.line(&c.group),
                msg::contact_group(c.group.get_ref()),
                None,
            );
        }
    }
    needs
}

pub(super) fn messages(
    catalogs: &[Catalog],
    reference: usize,
    needs: &[Need],
    manifest: &Text,
    manifest_raw: &raw::Manifest,
    problems: &mut Vec<Problem>,
) {
    let reference_catalog = &catalogs[reference];
    let reference_tag = reference_catalog.lang.to_string();
    for need in needs {
        if !reference_catalog.has(&need.id, need.attr.as_deref()) {
            problems.push(
                Problem::new(&need.file, need.line, "err-missing-message")
                    .arg("message", full_id(&need.id, need.attr.as_deref()))
                    .arg("locale", reference_tag.clone()),
            );
        }
    }
    for catalog in catalogs {
        if !catalog.has(msg::LANGUAGE_NAME, None) {
            let tag = catalog.lang.to_string();
            let line = manifest_raw
                .locales
                .iter()
                .find(|l| *l.get_ref() == tag)
                .map_or(1, |l| manifest.line(l));
            problems.push(
                Problem::new(&manifest.file, line, "err-missing-message")
                    .arg("message", msg::LANGUAGE_NAME)
                    .arg("locale", tag),
            );
        }
    }
    for (i, catalog) in catalogs.iter().enumerate() {
        if i == reference {
            continue;
        }
        for (id, info) in &catalog.index {
            if let Some(expected) = reference_catalog.index.get(id) {
                compare_variables(id, info, expected, &reference_tag, problems);
            }
        }
    }
}

/// Formats every message and attribute of every language the way the guide will: content
/// with no arguments, interface messages with one value for each variable the reference
/// language uses. Any reference to nothing, loop, missing variable, unknown function or
/// Fluent limit is reported where the message is defined.
pub(super) fn formats(
    catalogs: &[Catalog],
    reference: usize,
    needs: &[Need],
    problems: &mut Vec<Problem>,
) {
    let content: BTreeSet<&str> = needs.iter().map(|n| n.id.as_str()).collect();
    let reference_index = &catalogs[reference].index;
    for catalog in catalogs {
        for (id, info) in &catalog.index {
            let expected = reference_index.get(id);
            let parts = info
                .value
                .iter()
                .map(|vars| (None, vars))
                .chain(info.attrs.iter().map(|(a, vars)| (Some(a.as_str()), vars)));
            for (attr, own) in parts {
                let variables = if content.contains(id.as_str()) {
                    BTreeSet::new()
                } else {
                    let from_reference = expected.and_then(|e| match attr {
                        None => e.value.clone(),
                        Some(a) => e.attrs.get(a).cloned(),
                    });
                    from_reference.unwrap_or_else(|| own.clone())
                };
                let mut args = fluent::FluentArgs::new();
                for v in &variables {
                    args.set(v.clone(), 1);
                }
                let args = (!variables.is_empty()).then_some(&args);
                let result = crate::i18n::format_checked(&catalog.bundle, id, attr, args);
                let reasons = match result {
                    Ok((_, errors)) => errors,
                    Err(crate::i18n::FormatError::Missing) => Vec::new(),
                    Err(crate::i18n::FormatError::Failed) => {
                        vec!["fluent-bundle gave up (too many placeables?)".to_string()]
                    }
                };
                if let Some(reason) = reasons.first() {
                    problems.push(
                        Problem::new(&info.file, info.line, "err-fluent-format")
                            .arg("message", full_id(id, attr))
                            .arg("reason", reason.clone()),
                    );
                }
            }
        }
    }
}

fn compare_variables(
    id: &str,
    info: &MessageInfo,
    expected: &MessageInfo,
    reference: &str,
    problems: &mut Vec<Problem>,
) {
    let mut check = |attr: Option<&str>, found: &BTreeSet<String>, want: &BTreeSet<String>| {
        if found != want {
            problems.push(
                Problem::new(&info.file, info.line, "err-variables")
                    .arg("message", full_id(id, attr))
                    .arg("found", list_variables(found))
                    .arg("expected", list_variables(want))
                    .arg("reference", reference),
            );
        }
    };
    if let (Some(found), Some(want)) = (&info.value, &expected.value) {
        check(None, found, want);
    }
    for (attr, found) in &info.attrs {
        if let Some(want) = expected.attrs.get(attr) {
            check(Some(attr), found, want);
        }
    }
}

fn list_variables(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "—".to_string();
    }
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn full_id(id: &str, attr: Option<&str>) -> String {
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

/// How complete each language is: what it lacks, what it has extra, and what it left in the
/// reference language's words.
pub(super) fn coverage(
    catalogs: &[Catalog],
    reference: usize,
    same_ok: &[String],
) -> Vec<Coverage> {
    let reference_catalog = &catalogs[reference];
    let keys = keys(reference_catalog);
    catalogs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (present, missing): (Vec<_>, Vec<_>) = keys
                .iter()
                .partition(|(id, attr)| c.has(id, attr.as_deref()));
            let extra = keys_of(c)
                .filter(|(id, attr)| !reference_catalog.has(id, attr.as_deref()))
                .map(|(id, attr)| full_id(&id, attr.as_deref()))
                .collect();
            let same = if i == reference {
                Vec::new()
            } else {
                let tag = c.lang.to_string();
                present
                    .iter()
                    .filter(|(id, attr)| {
                        let full = full_id(id, attr.as_deref());
                        let allowed = same_ok
                            .iter()
                            .any(|ok| *ok == full || *ok == format!("{tag}:{full}"));
                        let mine = words(c, id, attr);
                        !allowed
                            && mine.chars().any(char::is_alphabetic)
                            && mine == words(reference_catalog, id, attr)
                    })
                    .map(|(id, attr)| full_id(id, attr.as_deref()))
                    .collect()
            };
            Coverage {
                locale: c.lang.to_string(),
                present: present.len(),
                total: keys.len(),
                missing: missing
                    .iter()
                    .map(|(id, a)| full_id(id, a.as_deref()))
                    .collect(),
                extra,
                same,
                ..Coverage::default()
            }
        })
        .collect()
}

type Key = (String, Option<String>);

fn keys_of(catalog: &Catalog) -> impl Iterator<Item = Key> + '_ {
    catalog.index.iter().flat_map(|(id, info)| {
        let value = info.value.as_ref().map(|_| (id.clone(), None));
        let attrs = info
            .attrs
            .keys()
            .map(move |a| (id.clone(), Some(a.clone())));
        value.into_iter().chain(attrs)
    })
}

fn keys(catalog: &Catalog) -> Vec<Key> {
    keys_of(catalog).collect()
}

/// The literal words of a message or attribute, as the translator wrote them.
fn words(catalog: &Catalog, id: &str, attr: &Option<String>) -> String {
    catalog
        .index
        .get(id)
        .and_then(|info| info.words.get(attr.as_deref().unwrap_or_default()))
        .cloned()
        .unwrap_or_default()
}
