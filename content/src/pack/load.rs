//! Reads a pack and its locales, resolves every id and validates it. One path for start-up,
//! `kyr check` and the tests, so all three judge a pack the same way.

use super::files::{Origin, Read};
use super::validate;
use super::{Choice, Contact, Pack, Scenario, Source, Step, StepKind, Target, raw, valid_id};
use crate::compiled::Compiled;
use crate::i18n::Localizer;
use crate::i18n::catalog::Catalog;
use crate::i18n::tracking::{self, Stale};
use crate::problem::{Problem, line_of};
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// A valid pack with its words, and how complete each language is.
pub struct Loaded {
    pub pack: Pack,
    pub l10n: Localizer,
    pub coverage: Vec<Coverage>,
}

/// How complete one language is against the reference language. Ids are `message` or
/// `message.attribute`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Coverage {
    pub locale: String,
    pub present: usize,
    pub total: usize,
    /// In the reference language, not in this one: shown in the reference language.
    pub missing: Vec<String>,
    /// In this language only: never shown.
    pub extra: Vec<String>,
    /// The same words as the reference language, and not listed in `same_ok`.
    pub same: Vec<String>,
    /// Translated from English that has changed since (only where the language keeps a
    /// `translated-from.toml`).
    pub stale: Vec<Stale>,
}

impl Coverage {
    pub fn percent(&self) -> usize {
        (self.present * 100).checked_div(self.total).unwrap_or(100)
    }
}

/// Data shown to a person is cleaned like words are: a number or address in a pack file must
/// not carry escape sequences or direction overrides into any output.
fn clean(text: &str) -> String {
    crate::i18n::clean(text).into_owned()
}

/// A file's display name and where its lines start, used to turn byte spans into lines.
pub(super) struct Text {
    pub file: String,
    pub lines: crate::problem::Lines,
}

impl Text {
    pub fn line(&self, id: &raw::Id) -> usize {
        self.lines.line(id.span().start)
    }

    pub fn problem(&self, id: &raw::Id, msg: &'static str) -> Problem {
        Problem::new(&self.file, self.line(id), msg)
    }
}

/// Loads and validates everything: data, links, graphs, and every language's messages.
/// `program` is the program's own compiled pack: what `Origin::Embedded` means, and the
/// interface words a pack from a folder borrows. The build, compiling it, has none.
pub fn load(origin: &Origin, program: Option<&'static Compiled>) -> Result<Loaded, Vec<Problem>> {
    match origin {
        Origin::Embedded => compiled(program, true),
        _ => load_files(origin, program),
    }
}

/// For start-up: the compiled pack, checked whole when it was built, is taken as it is; its
/// report for `kyr check` is not even read.
pub fn load_trusted(
    origin: &Origin,
    program: Option<&'static Compiled>,
) -> Result<Loaded, Vec<Problem>> {
    match origin {
        Origin::Embedded => compiled(program, false),
        _ => load_files(origin, program),
    }
}

/// The program's pack as the build compiled it.
fn compiled(program: Option<&'static Compiled>, report: bool) -> Result<Loaded, Vec<Problem>> {
    let broken = |reason: String| {
        vec![Problem::new("assets/nyc/manifest.toml", 0, "err-read").arg("reason", reason)]
    };
    let program = program.ok_or_else(|| broken("no pack was compiled in".to_string()))?;
    let pack = program.pack().map_err(|e| broken(e.to_string()))?;
    let coverage = if report {
        program.coverage().map_err(|e| broken(e.to_string()))?
    } else {
        Vec::new()
    };
    Ok(Loaded {
        pack,
        l10n: Localizer::compiled(program),
        coverage,
    })
}

fn load_files(origin: &Origin, program: Option<&'static Compiled>) -> Result<Loaded, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some((manifest_text, manifest)) =
        parse::<raw::Manifest>(origin, "manifest.toml", &mut problems)
    else {
        return Err(problems);
    };
    let sources = parse::<raw::Sources>(origin, "sources.toml", &mut problems);
    let contacts = parse::<raw::Contacts>(origin, "contacts.toml", &mut problems);
    let mut scenario_files = Vec::new();
    let mut listed = std::collections::HashSet::new();
    for id in &manifest.scenarios {
        if !listed.insert(id.get_ref()) {
            problems.push(
                manifest_text
                    .problem(id, "err-duplicate-id")
                    .arg("id", id.get_ref()),
            );
            continue;
        }
        if !valid_id(id.get_ref()) {
            problems.push(
                manifest_text
                    .problem(id, "err-bad-id")
                    .arg("id", id.get_ref()),
            );
            continue;
        }
        let rel = format!("scenarios/{}.toml", id.get_ref());
        if origin.data(&rel).is_none() {
            problems.push(Problem::new(&origin.display(&rel), 0, "err-missing-file"));
            continue;
        }
        if let Some(parsed) = parse::<raw::Scenario>(origin, &rel, &mut problems) {
            scenario_files.push(parsed);
        }
    }
    let (Some(sources_raw), Some(contacts_raw)) = (sources, contacts) else {
        return Err(problems);
    };

    let sources = resolve_sources(&sources_raw, &mut problems);
    let contacts = resolve_contacts(&contacts_raw, &mut problems);
    let mut scenarios = resolve_scenarios(&scenario_files, &sources, &contacts, &mut problems);
    for (text, scenario) in scenario_files.iter().zip(&scenarios) {
        validate::graph(text, scenario, &mut problems);
    }
    let mut quiz_files = Vec::new();
    for scenario in &mut scenarios {
        let rel = format!("quizzes/{}.toml", scenario.id);
        if origin.data(&rel).is_none() {
            continue; // workshops are optional for a pack
        }
        if let Some(parsed) = parse::<raw::Quiz>(origin, &rel, &mut problems) {
            scenario.quiz = resolve_quiz(&parsed, &scenario.id, &sources, &mut problems);
            quiz_files.push(parsed);
        }
    }

    let pack = Pack {
        id: manifest.id.get_ref().clone().into(),
        version: clean(&manifest.version).into(),
        last_reviewed: manifest.last_reviewed.to_string().into(),
        review_by: manifest.review_by.as_ref().map(|d| d.to_string().into()),
        check_with: manifest.check_with.as_ref().and_then(|id| {
            let found = contacts.iter().position(|c| c.id == *id.get_ref());
            if found.is_none() {
                problems.push(
                    manifest_text
                        .problem(id, "err-unknown-contact")
                        .arg("target", id.get_ref())
                        .arg("id", id.get_ref()),
                );
            }
            found
        }),
        reviews: manifest
            .reviewed
            .iter()
            .map(|(locale, r)| super::Review {
                locale: locale.clone().into(),
                by: r.by.clone().into(),
                on: r.on.to_string().into(),
            })
            .collect(),
        scenarios,
        sources,
        contacts,
        card: manifest
            .card
            .iter()
            .map(|l| l.get_ref().clone().into())
            .collect(),
    };
    let (catalogs, texts) = load_locales(origin, program, &manifest_text, &manifest, &mut problems);
    let reference = catalogs
        .iter()
        .position(|c| c.lang.to_string() == *manifest.default_locale.get_ref());
    let Some(reference) = reference else {
        if !problems.iter().any(|p| p.id == "err-no-locale") {
            problems.push(
                manifest_text
                    .problem(&manifest.default_locale, "err-default-locale")
                    .arg("locale", manifest.default_locale.get_ref()),
            );
        }
        return Err(problems);
    };

    let mut needed = validate::quiz_messages(&quiz_files);
    needed.extend(validate::needed_messages(
        &scenario_files,
        &manifest_text,
        &manifest,
        &sources_raw,
        &contacts_raw,
    ));
    validate::messages(
        &catalogs,
        reference,
        &needed,
        &manifest_text,
        &manifest,
        &mut problems,
    );
    validate::formats(&catalogs, reference, &needed, &mut problems);
    let mut coverage = validate::coverage(&catalogs, reference, &manifest.same_ok);
    track(
        origin,
        &catalogs,
        &texts,
        reference,
        &mut coverage,
        &mut problems,
    );

    if problems.is_empty() {
        Ok(Loaded {
            pack,
            l10n: Localizer::new(catalogs, reference),
            coverage,
        })
    } else {
        Err(problems)
    }
}

fn parse<T: DeserializeOwned>(
    origin: &Origin,
    rel: &str,
    problems: &mut Vec<Problem>,
) -> Option<(Text, T)> {
    let file = origin.display(rel);
    let text = match origin.data(rel) {
        None => {
            problems.push(Problem::new(&file, 0, "err-missing-file"));
            return None;
        }
        Some(Err(refusal)) => {
            problems.push(refusal.problem(&file));
            return None;
        }
        Some(Ok(text)) => text,
    };
    match toml::from_str::<T>(&text) {
        Ok(value) => {
            let lines = crate::problem::Lines::new(&text);
            Some((Text { file, lines }, value))
        }
        Err(e) => {
            let line = e.span().map_or(0, |s| line_of(&text, s.start));
            problems.push(Problem::new(&file, line, "err-toml").arg("reason", e.message()));
            None
        }
    }
}

fn check_ids<'a>(
    text: &Text,
    ids: impl Iterator<Item = &'a raw::Id>,
    problems: &mut Vec<Problem>,
) -> HashMap<String, usize> {
    let mut seen = HashMap::new();
    for (index, id) in ids.enumerate() {
        if !valid_id(id.get_ref()) {
            problems.push(text.problem(id, "err-bad-id").arg("id", id.get_ref()));
        } else if seen.insert(id.get_ref().clone(), index).is_some() {
            problems.push(text.problem(id, "err-duplicate-id").arg("id", id.get_ref()));
        }
    }
    seen
}

fn resolve_sources((text, raw): &(Text, raw::Sources), problems: &mut Vec<Problem>) -> Vec<Source> {
    check_ids(text, raw.source.iter().map(|s| &s.id), problems);
    raw.source
        .iter()
        .map(|s| Source {
            id: s.id.get_ref().clone().into(),
            url: s.url.as_deref().map(|u| clean(u).into()),
            read: s.read.as_ref().map(|d| d.to_string().into()),
        })
        .collect()
}

fn resolve_contacts(
    (text, raw): &(Text, raw::Contacts),
    problems: &mut Vec<Problem>,
) -> Vec<Contact> {
    check_ids(text, raw.contact.iter().map(|c| &c.id), problems);
    for c in &raw.contact {
        if !valid_id(c.group.get_ref()) {
            problems.push(
                text.problem(&c.group, "err-bad-id")
                    .arg("id", c.group.get_ref()),
            );
        }
    }
    raw.contact
        .iter()
        .map(|c| Contact {
            id: c.id.get_ref().clone().into(),
            number: clean(&c.number).into(),
            kind: c.kind,
            group: c.group.get_ref().clone().into(),
            verify: c.verify,
        })
        .collect()
}

/// Everything a scenario's links may point at.
struct Names {
    scenarios: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    contacts: HashMap<String, usize>,
}

fn resolve_scenarios(
    files: &[(Text, raw::Scenario)],
    sources: &[Source],
    contacts: &[Contact],
    problems: &mut Vec<Problem>,
) -> Vec<Scenario> {
    let names = Names {
        scenarios: files
            .iter()
            .enumerate()
            .map(|(i, (_, s))| (s.id.get_ref().clone(), i))
            .collect(),
        sources: sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.to_string(), i))
            .collect(),
        contacts: contacts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.to_string(), i))
            .collect(),
    };
    files
        .iter()
        .map(|(text, raw)| resolve_scenario(text, raw, &names, problems))
        .collect()
}

fn resolve_scenario(
    text: &Text,
    raw: &raw::Scenario,
    names: &Names,
    problems: &mut Vec<Problem>,
) -> Scenario {
    let expected = text
        .file
        .rsplit(['/', '\\'])
        .next()
        .and_then(|n| n.strip_suffix(".toml"))
        .unwrap_or_default();
    if raw.id.get_ref() != expected {
        problems.push(
            text.problem(&raw.id, "err-scenario-id")
                .arg("id", raw.id.get_ref()),
        );
    }
    let steps = check_ids(text, raw.step.iter().map(|s| &s.id), problems);
    let mut resolver = Resolver {
        text,
        steps: &steps,
        names,
        problems,
    };
    let start = resolver.step(&raw.start).unwrap_or(0);
    let steps = raw.step.iter().map(|s| resolver.resolve_step(s)).collect();
    Scenario {
        id: raw.id.get_ref().clone().into(),
        reviewed: raw.reviewed.as_ref().map(|d| d.to_string().into()),
        start,
        steps,
        quiz: Vec::new(),
    }
}

fn resolve_quiz(
    (text, raw): &(Text, raw::Quiz),
    scenario: &str,
    sources: &[Source],
    problems: &mut Vec<Problem>,
) -> Vec<super::Question> {
    if raw.scenario.get_ref() != scenario {
        problems.push(
            text.problem(&raw.scenario, "err-scenario-id")
                .arg("id", raw.scenario.get_ref()),
        );
    }
    check_ids(text, raw.question.iter().map(|q| &q.id), problems);
    raw.question
        .iter()
        .map(|q| {
            let answers = check_ids(text, q.answers.iter(), problems);
            if q.answers.len() < 2 {
                problems.push(
                    text.problem(&q.id, "err-missing-field")
                        .arg("kind", "question")
                        .arg("field", "answers"),
                );
            }
            let best = answers.get(q.best.get_ref()).copied().unwrap_or_else(|| {
                problems.push(
                    text.problem(&q.best, "err-quiz-best")
                        .arg("id", q.best.get_ref()),
                );
                0
            });
            if q.sources.is_empty() {
                problems.push(
                    text.problem(&q.id, "err-no-sources")
                        .arg("step", q.id.get_ref()),
                );
            }
            let sources = q
                .sources
                .iter()
                .filter_map(|s| {
                    let found = sources.iter().position(|x| x.id == *s.get_ref());
                    if found.is_none() {
                        problems.push(text.problem(s, "err-unknown-source").arg("id", s.get_ref()));
                    }
                    found
                })
                .collect();
            super::Question {
                id: q.id.get_ref().clone().into(),
                answers: q
                    .answers
                    .iter()
                    .map(|a| a.get_ref().clone().into())
                    .collect(),
                best,
                sources,
            }
        })
        .collect()
}

struct Resolver<'a> {
    text: &'a Text,
    steps: &'a HashMap<String, usize>,
    names: &'a Names,
    problems: &'a mut Vec<Problem>,
}

impl Resolver<'_> {
    fn step(&mut self, id: &raw::Id) -> Option<usize> {
        let found = self.steps.get(id.get_ref()).copied();
        if found.is_none() {
            self.problems.push(
                self.text
                    .problem(id, "err-unknown-step")
                    .arg("target", id.get_ref()),
            );
        }
        found
    }

    fn lookup(&mut self, map: Map, id: &raw::Id) -> Option<usize> {
        let (table, msg) = match map {
            Map::Scenario => (&self.names.scenarios, "err-unknown-scenario-link"),
            Map::Source => (&self.names.sources, "err-unknown-source"),
            Map::Contact => (&self.names.contacts, "err-unknown-contact"),
        };
        let found = table.get(id.get_ref()).copied();
        if found.is_none() {
            self.problems.push(
                self.text
                    .problem(id, msg)
                    .arg("target", id.get_ref())
                    .arg("id", id.get_ref()),
            );
        }
        found
    }

    /// `next` or `scenario`, exactly one of them.
    fn target(
        &mut self,
        at: &raw::Id,
        kind: &str,
        next: &Option<raw::Id>,
        scenario: &Option<raw::Id>,
    ) -> Option<Target> {
        match (next, scenario) {
            (Some(n), None) => self.step(n).map(Target::Step),
            (None, Some(s)) => self.lookup(Map::Scenario, s).map(Target::Scenario),
            (Some(_), Some(_)) => {
                self.problems.push(self.text.problem(at, "err-one-target"));
                None
            }
            (None, None) => {
                self.missing(at, kind, "next");
                None
            }
        }
    }

    fn missing(&mut self, at: &raw::Id, kind: &str, field: &str) {
        self.problems.push(
            self.text
                .problem(at, "err-missing-field")
                .arg("kind", kind)
                .arg("field", field),
        );
    }

    fn list(
        &mut self,
        at: &raw::Id,
        kind: &str,
        field: &str,
        list: &Option<Vec<raw::Id>>,
    ) -> Vec<super::Text> {
        let ids = list.as_deref().unwrap_or_default();
        if ids.is_empty() {
            self.missing(at, kind, field);
        }
        check_ids(self.text, ids.iter(), self.problems);
        ids.iter().map(|i| i.get_ref().clone().into()).collect()
    }

    fn resolve_step(&mut self, raw: &raw::Step) -> Step {
        let at = &raw.id;
        let kind_name = raw.kind.get_ref().as_str();
        if raw.sources.is_empty() {
            self.problems.push(
                self.text
                    .problem(at, "err-no-sources")
                    .arg("step", at.get_ref()),
            );
        }
        let sources = raw
            .sources
            .iter()
            .filter_map(|s| self.lookup(Map::Source, s))
            .collect();
        // An unresolved link still yields a step (pointing at itself) so that the rest of the
        // pack can be checked and every problem reported in one run.
        let here = Target::Step(self.steps.get(at.get_ref()).copied().unwrap_or(0));
        let kind = match kind_name {
            "info" => StepKind::Info {
                next: self
                    .target(at, kind_name, &raw.next, &raw.scenario)
                    .unwrap_or(here),
            },
            "say" => StepKind::Say {
                lines: self.list(at, kind_name, "lines", &raw.lines),
                next: self
                    .target(at, kind_name, &raw.next, &raw.scenario)
                    .unwrap_or(here),
            },
            "question" => {
                let choices = raw.choices.as_deref().unwrap_or_default();
                if choices.is_empty() {
                    self.missing(at, kind_name, "choices");
                }
                check_ids(self.text, choices.iter().map(|c| &c.id), self.problems);
                StepKind::Question {
                    choices: choices
                        .iter()
                        .map(|c| Choice {
                            id: c.id.get_ref().clone().into(),
                            target: self
                                .target(&c.id, kind_name, &c.next, &c.scenario)
                                .unwrap_or(here),
                        })
                        .collect(),
                }
            }
            "checklist" => {
                let items = self.list(at, kind_name, "items", &raw.items);
                let mut end = |field: &str, id: &Option<raw::Id>| match id {
                    Some(id) => self.step(id).unwrap_or(0),
                    None => {
                        self.missing(at, kind_name, field);
                        0
                    }
                };
                let pass = end("pass", &raw.pass);
                let fail = end("fail", &raw.fail);
                StepKind::Checklist { items, pass, fail }
            }
            "end" => {
                let points = self.list(at, kind_name, "points", &raw.points);
                let contacts = raw
                    .contacts
                    .as_deref()
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|c| self.lookup(Map::Contact, c))
                    .collect();
                StepKind::End { points, contacts }
            }
            other => {
                self.problems.push(
                    self.text
                        .problem(&raw.kind, "err-unknown-kind")
                        .arg("kind", other),
                );
                StepKind::End {
                    points: Vec::new(),
                    contacts: Vec::new(),
                }
            }
        };
        Step {
            id: at.get_ref().clone().into(),
            sources,
            kind,
            notes: raw.notes,
        }
    }
}

#[derive(Clone, Copy)]
enum Map {
    Scenario,
    Source,
    Contact,
}

/// Which translations follow English that has changed since they were made.
fn track(
    origin: &Origin,
    catalogs: &[Catalog],
    texts: &[Vec<String>],
    reference: usize,
    coverage: &mut [Coverage],
    problems: &mut Vec<Problem>,
) {
    let english = tracking::messages(texts[reference].iter().map(String::as_str));
    let reference_tag = catalogs[reference].lang.to_string();
    let versions = match origin.locale_file(&reference_tag, tracking::VERSIONS_FILE) {
        (_, None) => Default::default(),
        (file, Some(read)) => tracking_file(&file, read, tracking::parse_versions, problems),
    };
    for (i, catalog) in catalogs.iter().enumerate() {
        if i == reference {
            continue;
        }
        let tag = catalog.lang.to_string();
        let (file, Some(read)) = origin.locale_file(&tag, tracking::STATE_FILE) else {
            continue;
        };
        let state = tracking_file(&file, read, tracking::parse_state, problems);
        let translation = tracking::messages(texts[i].iter().map(String::as_str));
        if let Some(c) = coverage.get_mut(i) {
            c.stale = tracking::stale(&english, &translation, &state, &versions);
        }
    }
}

fn tracking_file<T: Default>(
    file: &str,
    read: Read,
    parse: fn(&str) -> Result<T, tracking::FileError>,
    problems: &mut Vec<Problem>,
) -> T {
    let text = match read {
        Ok(text) => text,
        Err(refusal) => {
            problems.push(refusal.problem(file));
            return T::default();
        }
    };
    parse(&text).unwrap_or_else(|(line, reason)| {
        problems.push(Problem::new(file, line, "err-toml").arg("reason", reason));
        T::default()
    })
}

/// Each language's catalog, and the texts of the pack's own files for it (the interface files
/// a pack on disk borrows from the program are not the pack's to track).
fn load_locales(
    origin: &Origin,
    program: Option<&'static Compiled>,
    manifest_text: &Text,
    manifest: &raw::Manifest,
    problems: &mut Vec<Problem>,
) -> (Vec<Catalog>, Vec<Vec<String>>) {
    let mut catalogs = Vec::new();
    let mut texts = Vec::new();
    let mut listed = std::collections::HashSet::new();
    for tag in &manifest.locales {
        if !listed.insert(tag.get_ref()) {
            problems.push(
                manifest_text
                    .problem(tag, "err-duplicate-id")
                    .arg("id", tag.get_ref()),
            );
            continue;
        }
        let lang: LanguageIdentifier = match tag.get_ref().parse() {
            Ok(l) => l,
            Err(_) => {
                problems.push(
                    manifest_text
                        .problem(tag, "err-bad-id")
                        .arg("id", tag.get_ref()),
                );
                continue;
            }
        };
        let Some(files) = origin.locale_files(tag.get_ref()) else {
            problems.push(
                manifest_text
                    .problem(tag, "err-no-locale")
                    .arg("locale", tag.get_ref()),
            );
            continue;
        };
        let read_as = lang.to_string();
        let mut catalog = Catalog::new(lang);
        // A pack in a folder brings content; the interface's words come with the program and
        // the pack may override them. The program's own source holds the interface files.
        // The program knows its languages by their tags as read (`zh-Hans` for `zh-hans`).
        if let (Origin::Dir(_), Some(program)) = (origin, program)
            && let Some(language) = program.language(&read_as)
        {
            for (file, text) in language.interface_files() {
                catalog.add(&file, text, &mut Vec::new());
            }
        }
        let mut own = Vec::new();
        for (file, read) in files {
            match read {
                Ok(text) => {
                    catalog.add(&file, text.clone(), problems);
                    own.push(text);
                }
                Err(refusal) => problems.push(refusal.problem(&file)),
            }
        }
        catalogs.push(catalog);
        texts.push(own);
    }
    (catalogs, texts)
}
