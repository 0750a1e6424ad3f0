//! The buttons of the current screen, in one place so that keys, clicks and drawing agree on
//! what button 3 is.

use super::{Answer, Model, Overlay, Place};
use crate::i18n::Localizer;
use crate::pack::{StepKind, Target, msg};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub action: ButtonAction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonAction {
    Language(usize),
    Scenario(usize),
    Follow(Target),
    Answer(Answer),
    StartOver,
    /// "Keep going" on a kiosk's "Still there?": the touch itself is the answer.
    StillHere,
    /// An answer to the note form's question (delete? leave unsaved words?).
    Prompt(super::notes::PromptChoice),
    /// Show a hotline's code to scan.
    Contact(usize),
    /// Start a new note.
    WriteNote,
    /// Open a note of `Model::notes`.
    OpenNote(usize),
    /// Start a scenario's practice quiz.
    StartQuiz(usize),
    /// Pick an answer of the quiz's current question.
    Pick(usize),
    /// On to the next question (or the score).
    NextQuestion,
    /// Save a printable handout of a scenario.
    Handout(usize),
}

pub fn buttons(model: &Model) -> Vec<Button> {
    buttons_in(model, &model.l10n)
}

/// The buttons with their words in the language of `l10n` (a second-language column).
pub fn buttons_in(model: &Model, l10n: &Localizer) -> Vec<Button> {
    let button = |label: String, action: ButtonAction| Button { label, action };
    match model.overlay {
        Some(Overlay::Contacts { qr: None, .. }) => {
            return crate::plain::contact_groups(&model.pack)
                .into_iter()
                .flat_map(|(_, members)| members)
                .map(|c| {
                    let contact = &model.pack.contacts[c];
                    let id = msg::contact(&contact.id);
                    // Nothing said twice: the number, and a need that is the whole purpose
                    // ("Report a raid").
                    let mut label = crate::plain::contact_heading(l10n, contact);
                    let group = l10n.text(&msg::contact_group(&contact.group), None);
                    let purpose = l10n.text(&id, Some("for"));
                    label.push('\n');
                    label.push_str(&group);
                    if purpose != group && !purpose.is_empty() {
                        label.push_str(&format!(" · {purpose}"));
                    }
                    // When it answers, where a source says.
                    let hours = l10n.text(&id, Some("hours"));
                    if !hours.is_empty() {
                        label.push_str(&format!("\n{hours}"));
                    }
                    if contact.verify {
                        label.push_str(&format!("\n⚠ {}", l10n.ui("ui-verify")));
                    }
                    button(label, ButtonAction::Contact(c))
                })
                .collect();
        }
        Some(Overlay::Contacts { qr: Some(_), .. } | Overlay::Card) => return Vec::new(),
        Some(
            Overlay::Help
            | Overlay::Sources
            | Overlay::Language { .. }
            | Overlay::SecondLanguage { .. },
        )
        | None => {}
    }
    if model.place == Place::Picker || model.overlay.is_some_and(|o| o.picks_language()) {
        return (0..l10n.len())
            .map(|i| button(l10n.language_name(i), ButtonAction::Language(i)))
            .collect();
    }
    if model.place == Place::Notes {
        let mut list = vec![button(l10n.ui("ui-notes-new"), ButtonAction::WriteNote)];
        for (i, entry) in model.notes.iter().enumerate() {
            let label = match entry {
                crate::notes::store::Entry::Plain(note) => {
                    let place = note.get("place");
                    let mut label = note.get("when").to_string();
                    if !place.is_empty() {
                        label.push_str(&format!(" · {place}"));
                    }
                    label
                }
                crate::notes::store::Entry::Locked(id) => {
                    format!("{id} · {}", l10n.ui("ui-notes-locked"))
                }
                crate::notes::store::Entry::Broken(_) => continue,
            };
            list.push(button(label, ButtonAction::OpenNote(i)));
        }
        return list;
    }
    if let Place::Note(form) = &model.place {
        // The form's own question, when it asks one; the form itself has no buttons.
        return form
            .prompt_buttons(l10n)
            .into_iter()
            .map(|(label, choice)| button(label, ButtonAction::Prompt(choice)))
            .collect();
    }
    if let Place::Quiz(q) = &model.place {
        let scenario = &model.pack.scenarios[q.scenario];
        let Some(question) = scenario.quiz.get(q.question) else {
            return vec![
                button(
                    l10n.ui("ui-quiz-again"),
                    ButtonAction::StartQuiz(q.scenario),
                ),
                button(l10n.ui("ui-start-over"), ButtonAction::StartOver),
            ];
        };
        if q.picked.is_some() {
            let last = q.question + 1 == scenario.quiz.len();
            let label = l10n.ui(if last {
                "ui-quiz-finish"
            } else {
                "ui-quiz-next"
            });
            return vec![button(label, ButtonAction::NextQuestion)];
        }
        let id = msg::quiz(&scenario.id, &question.id);
        return question
            .answers
            .iter()
            .enumerate()
            .map(|(i, a)| button(l10n.text(&id, Some(&msg::answer(a))), ButtonAction::Pick(i)))
            .collect();
    }
    let Place::Step(pos) = &model.place else {
        return model
            .pack
            .scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| button(l10n.text(&s.id, None), ButtonAction::Scenario(i)))
            .collect();
    };
    let scenario = &model.pack.scenarios[pos.scenario];
    let step = &scenario.steps[pos.step];
    let id = msg::step(&scenario.id, &step.id);
    let mut list = step_buttons(l10n, &step.kind, &id);
    if step.notes && model.kiosk.is_none() {
        list.push(button(l10n.ui("ui-note-write"), ButtonAction::WriteNote));
    }
    if matches!(step.kind, StepKind::End { .. }) {
        if !scenario.quiz.is_empty() {
            let label = l10n.ui("ui-quiz-start");
            list.push(button(label, ButtonAction::StartQuiz(pos.scenario)));
        }
        if model.kiosk.is_none() {
            list.push(button(
                l10n.ui("ui-handout"),
                ButtonAction::Handout(pos.scenario),
            ));
        }
    }
    list
}

fn step_buttons(l10n: &Localizer, kind: &StepKind, id: &str) -> Vec<Button> {
    let button = |label: String, action: ButtonAction| Button { label, action };
    match kind {
        StepKind::Info { next } | StepKind::Say { next, .. } => {
            vec![button(l10n.ui("ui-next"), ButtonAction::Follow(*next))]
        }
        StepKind::Question { choices } => choices
            .iter()
            .map(|c| {
                button(
                    l10n.text(id, Some(&msg::choice(&c.id))),
                    ButtonAction::Follow(c.target),
                )
            })
            .collect(),
        StepKind::Checklist { .. } => vec![
            button(l10n.ui("ui-yes"), ButtonAction::Answer(Answer::Yes)),
            button(l10n.ui("ui-no"), ButtonAction::Answer(Answer::No)),
            button(
                l10n.ui("ui-not-sure"),
                ButtonAction::Answer(Answer::NotSure),
            ),
        ],
        StepKind::End { .. } => vec![button(l10n.ui("ui-start-over"), ButtonAction::StartOver)],
    }
}
