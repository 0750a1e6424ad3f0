//! What reading aloud says: the words of the screen in the order a person reads them, and the
//! voices that say them. Pure, like the rest of the model: the edge (`crate::speech`) hands the
//! words to espeak-ng.

use super::{Answer, Model, Overlay, Place, Pos, buttons};
use crate::i18n::Localizer;
use crate::pack::{Pack, StepKind, msg};

/// The message in each language's `ui.ftl` that names its espeak-ng voices (see `voices`).
pub const VOICE: &str = "language-voice";

/// Silence between the parts of a screen (title, body, each choice), in milliseconds.
pub const PAUSE_MS: u32 = 500;

/// Silence between the steps of a situation in `kyr audio`, in milliseconds.
pub const STEP_PAUSE_MS: u32 = 700;

/// A stretch of speech and the voice to say it in (`None`: the language's own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub words: String,
    pub voice: Option<String>,
}

impl Said {
    pub fn new(words: impl Into<String>) -> Self {
        Said {
            words: words.into(),
            voice: None,
        }
    }

    fn in_voice(words: impl Into<String>, voice: String) -> Self {
        Said {
            words: words.into(),
            voice: Some(voice),
        }
    }
}

/// The espeak-ng voices of a language, as its pack says: `language-voice = yue cmn` names
/// several, separated by spaces; the first reads, and `a` pressed again while it reads
/// switches to the next. Without the message, the language's own code (espeak-ng knows most
/// languages by it). Names are letters, digits, `-` and `_` only: they go on a command line.
pub fn voices(l10n: &Localizer, lang: usize) -> Vec<String> {
    let named: Vec<String> = l10n
        .get_in(lang, VOICE, None, None)
        .unwrap_or_default()
        .split([' ', ','])
        .filter(|v| valid_voice(v))
        .map(str::to_string)
        .collect();
    if named.is_empty() {
        vec![l10n.tag(lang)]
    } else {
        named
    }
}

fn valid_voice(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
}

/// The voice that says words meant for an officer: English's first.
pub fn officer_voice(l10n: &Localizer) -> String {
    voices(l10n, l10n.officer())
        .into_iter()
        .next()
        .unwrap_or_else(|| "en-us".to_string())
}

/// Words as espeak-ng's SSML (`espeak-ng -m`): each part escaped, in its voice, with `pause_ms`
/// of silence between parts.
pub fn ssml(parts: &[Said], pause_ms: u32) -> String {
    let mut out = String::from("<speak>");
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(&format!("<break time=\"{pause_ms}ms\"/>"));
        }
        let words = escape(&part.words.replace('\n', ". "));
        match &part.voice {
            Some(voice) if valid_voice(voice) => {
                out.push_str(&format!("<voice name=\"{voice}\">{words}</voice>"));
            }
            _ => out.push_str(&words),
        }
        out.push('\n');
    }
    out.push_str("</speak>\n");
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
            // Marks drawn for the eye, not said.
            '•' | '⚠' | '✓' | '✗' | '▶' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// What the current screen says, in reading order: its title, its text, then each choice with
/// its number ("1: They say they have a warrant").
pub fn screen(model: &Model) -> Vec<Said> {
    let l10n = &model.l10n;
    let mut out = Vec::new();
    match model.overlay {
        Some(Overlay::Card) => return card(model),
        Some(Overlay::Contacts { qr: Some(i), .. }) => {
            if let Some(contact) = model.pack.contacts.get(i) {
                let name = l10n.text(&msg::contact(&contact.id), None);
                push(&mut out, format!("{name}: {}", contact.number));
                push(&mut out, l10n.text(&msg::contact(&contact.id), Some("for")));
            }
            return out;
        }
        Some(Overlay::Contacts { qr: None, .. }) => {
            push(&mut out, l10n.ui("ui-contacts-title"));
            push(&mut out, l10n.ui("ui-contacts-body"));
            choices(model, &mut out);
            return out;
        }
        Some(Overlay::Language { .. } | Overlay::SecondLanguage { .. }) => {
            picker(model, &mut out);
            return out;
        }
        Some(Overlay::Help | Overlay::Sources) | None => {}
    }
    match &model.place {
        Place::Picker => picker(model, &mut out),
        Place::Home => {
            push(&mut out, l10n.ui("ui-home-title"));
            for notice in crate::notice::on_screen(&model.pack, l10n, &model.today) {
                push(&mut out, notice);
            }
            choices(model, &mut out);
        }
        Place::Step(pos) => {
            let sc = &model.pack.scenarios[pos.scenario];
            let id = msg::step(&sc.id, &sc.steps[pos.step].id);
            push(&mut out, l10n.text(&id, Some("title")));
            out.extend(crate::notice::out_of_date(&model.pack, l10n, &model.today).map(Said::new));
            step_body(&model.pack, l10n, pos, &mut out);
            choices(model, &mut out);
        }
        Place::Quiz(q) => {
            let sc = &model.pack.scenarios[q.scenario];
            match sc.quiz.get(q.question) {
                Some(question) => {
                    let id = msg::quiz(&sc.id, &question.id);
                    push(&mut out, l10n.text(&id, Some("question")));
                    if let Some(picked) = q.picked {
                        let verdict = if picked == question.best {
                            "ui-quiz-right"
                        } else {
                            "ui-quiz-not-quite"
                        };
                        push(&mut out, l10n.ui(verdict));
                        let why = msg::why(&question.answers[picked]);
                        push(&mut out, l10n.text(&id, Some(&why)));
                    }
                }
                None => {
                    let args = [
                        ("score", q.score.to_string()),
                        ("total", sc.quiz.len().to_string()),
                    ];
                    push(&mut out, l10n.ui("ui-quiz-done"));
                    push(&mut out, l10n.ui_args("ui-quiz-score", &args));
                }
            }
            choices(model, &mut out);
        }
        Place::Notes => {
            push(&mut out, l10n.ui("ui-notes-title"));
            choices(model, &mut out);
        }
        Place::Note(_) => {}
    }
    out
}

/// The card: its title, then each statement in the reader's words and in English, said in
/// English's voice as an officer would hear it.
fn card(model: &Model) -> Vec<Said> {
    let l10n = &model.l10n;
    let mut out = Vec::new();
    push(&mut out, l10n.text(msg::CARD, Some("title")));
    push(&mut out, l10n.text(msg::CARD, Some("intro")));
    for line in 0..model.pack.card.len() {
        let attr = msg::line(&model.pack.card[line]);
        let mine = l10n.text(msg::CARD, Some(&attr));
        let english = card_line(model, line);
        if l10n.current() != l10n.officer() && mine != english {
            push(&mut out, mine);
        }
        out.push(Said::in_voice(english, officer_voice(l10n)));
    }
    out
}

/// Statement `line` of the card, in English.
pub fn card_line(model: &Model, line: usize) -> String {
    let l10n = &model.l10n;
    model
        .pack
        .card
        .get(line)
        .and_then(|id| l10n.get_in(l10n.officer(), msg::CARD, Some(&msg::line(id)), None))
        .unwrap_or_default()
}

/// The picker: each language's name in its own voice.
fn picker(model: &Model, out: &mut Vec<Said>) {
    let l10n = &model.l10n;
    push(out, l10n.ui("ui-picker-title"));
    push(out, l10n.ui("ui-picker-body"));
    for i in 0..l10n.len() {
        let voice = voices(l10n, i).into_iter().next().unwrap_or_default();
        let words = format!("{}: {}", i + 1, l10n.language_name(i));
        out.push(Said::in_voice(words, voice));
    }
}

fn choices(model: &Model, out: &mut Vec<Said>) {
    for (i, button) in buttons(model).iter().enumerate() {
        push(out, format!("{}: {}", i + 1, button.label));
    }
}

fn push(out: &mut Vec<Said>, words: String) {
    if !words.trim().is_empty() {
        out.push(Said::new(words));
    }
}

/// What a step says between its title and its choices, as the screen shows it.
fn step_body(pack: &Pack, l10n: &Localizer, pos: &Pos, out: &mut Vec<Said>) {
    let sc = &pack.scenarios[pos.scenario];
    let step = &sc.steps[pos.step];
    let id = msg::step(&sc.id, &step.id);
    push(out, l10n.text(&id, Some("body")));
    if let Some(checklist) = pos.checklist
        && let StepKind::Checklist { items, .. } = &sc.steps[checklist].kind
    {
        let checklist_id = msg::step(&sc.id, &sc.steps[checklist].id);
        push(out, l10n.ui("ui-your-answers"));
        for (item, answer) in items.iter().zip(&pos.answers) {
            let word = l10n.ui(match answer {
                Answer::Yes => "ui-yes",
                Answer::No => "ui-no",
                Answer::NotSure => "ui-not-sure",
            });
            let question = l10n.text(&checklist_id, Some(&msg::item(item)));
            push(out, format!("{question} {word}."));
        }
    }
    match &step.kind {
        StepKind::Checklist { items, .. } => {
            let current = pos.answers.len().min(items.len().saturating_sub(1));
            let args = [
                ("current", (current + 1).to_string()),
                ("total", items.len().to_string()),
            ];
            push(out, l10n.ui_args("ui-progress", &args));
            push(out, l10n.text(&id, Some(&msg::item(&items[current]))));
        }
        StepKind::Say { lines, .. } => said_lines(l10n, &id, lines, out),
        StepKind::End { points, contacts } => {
            for p in points {
                push(out, l10n.text(&id, Some(&msg::point(p))));
            }
            if !contacts.is_empty() {
                push(out, l10n.ui("ui-who-to-call"));
            }
            for &c in contacts {
                push(out, crate::plain::contact_line(pack, l10n, c));
            }
        }
        StepKind::Info { .. } | StepKind::Question { .. } => {}
    }
}

/// Words to say to an officer: the reader's, then the English in English's voice.
fn said_lines(l10n: &Localizer, id: &str, lines: &[crate::pack::Text], out: &mut Vec<Said>) {
    let officer = l10n.officer();
    for line in lines {
        let attr = msg::line(line);
        let mine = l10n.text(id, Some(&attr));
        let english = l10n
            .get_in(officer, id, Some(&attr), None)
            .unwrap_or_default();
        if l10n.current() != officer && mine != english {
            push(out, mine);
        }
        if !english.is_empty() {
            out.push(Said::in_voice(english, officer_voice(l10n)));
        }
    }
}

/// A whole situation as `kyr audio` says it: the title and the notices, then each step (its
/// number and title, its text, its choices), one part per step so that steps are set apart by
/// a longer pause. Not the sources.
pub fn scenario(pack: &Pack, l10n: &Localizer, scenario: usize, today: &str) -> Vec<Vec<Said>> {
    let Some(sc) = pack.scenarios.get(scenario) else {
        return Vec::new();
    };
    let mut steps = Vec::new();
    let mut head = Vec::new();
    push(&mut head, l10n.text(&sc.id, None));
    for line in crate::notice::all(pack, l10n, today, Some(scenario)) {
        push(&mut head, line);
    }
    steps.push(head);
    for (i, step) in sc.steps.iter().enumerate() {
        let id = msg::step(&sc.id, &step.id);
        let mut out = Vec::new();
        push(
            &mut out,
            format!("{}. {}", i + 1, l10n.text(&id, Some("title"))),
        );
        push(&mut out, l10n.text(&id, Some("body")));
        match &step.kind {
            StepKind::Question { choices } => {
                for (n, c) in choices.iter().enumerate() {
                    let label = l10n.text(&id, Some(&msg::choice(&c.id)));
                    push(&mut out, format!("{}: {label}", n + 1));
                }
            }
            StepKind::Checklist { items, .. } => {
                for item in items {
                    push(&mut out, l10n.text(&id, Some(&msg::item(item))));
                }
            }
            StepKind::Say { lines, .. } => said_lines(l10n, &id, lines, &mut out),
            StepKind::End { points, contacts } => {
                push(&mut out, l10n.ui("ui-remember"));
                for p in points {
                    push(&mut out, l10n.text(&id, Some(&msg::point(p))));
                }
                if !contacts.is_empty() {
                    push(&mut out, l10n.ui("ui-who-to-call"));
                }
                for &c in contacts {
                    push(&mut out, crate::plain::contact_line(pack, l10n, c));
                }
            }
            StepKind::Info { .. } => {}
        }
        steps.push(out);
    }
    steps
}

/// A whole situation as one SSML document: parts apart by `PAUSE_MS`, steps by
/// `STEP_PAUSE_MS`.
pub fn scenario_ssml(pack: &Pack, l10n: &Localizer, index: usize, today: &str) -> String {
    let steps = scenario(pack, l10n, index, today);
    let gap = format!("<break time=\"{STEP_PAUSE_MS}ms\"/>\n");
    let inner: Vec<String> = steps
        .iter()
        .map(|parts| {
            let doc = ssml(parts, PAUSE_MS);
            doc.trim_end()
                .trim_start_matches("<speak>")
                .trim_end_matches("</speak>")
                .to_string()
        })
        .collect();
    format!("<speak>{}</speak>\n", inner.join(&gap))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssml_escapes_words_and_sets_voices_and_pauses() {
        let parts = [
            Said::new("Tom & Jerry <b>"),
            Said::in_voice("Hola", "es-419".into()),
            Said::in_voice("x", "--bad voice".into()),
        ];
        let doc = ssml(&parts, 500);
        assert!(doc.starts_with("<speak>"), "{doc}");
        assert!(doc.contains("Tom &amp; Jerry &lt;b&gt;"), "{doc}");
        assert!(doc.contains("<break time=\"500ms\"/><voice name=\"es-419\">Hola</voice>"));
        assert!(!doc.contains("--bad"), "{doc}");
        assert!(doc.trim_end().ends_with("</speak>"));
    }

    #[test]
    fn voice_names_are_checked() {
        assert!(valid_voice("en-us"));
        assert!(valid_voice("yue"));
        assert!(!valid_voice("-w"));
        assert!(!valid_voice("a/b"));
        assert!(!valid_voice(""));
    }
}
