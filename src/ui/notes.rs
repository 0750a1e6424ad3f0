//! The notes screens: the list, the form, and the passphrase and delete prompts.

use super::text::TerminalProfile;
use super::{Ctx, content, grid};
use crate::app::notes::Prompt;
use crate::app::{ButtonAction, Intent, NoteForm, Status, buttons_in};
use crate::notes::store::Entry;
use crate::notes::{FIELDS, Kind, choice_label, field_label};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};
use ratatui_textarea::TextArea;

pub fn list(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    let model = ctx.model;
    let mut head = ctx.lines(&ctx.ui("ui-notes-title"), area.width, ctx.theme.title);
    head.extend(ctx.lines(&ctx.ui("ui-notes-body"), area.width, ctx.theme.text));
    if let Some(notice) = &model.notice {
        head.extend(ctx.lines(&notice.words(&ctx.l10n), area.width, ctx.theme.strong));
    }
    for entry in &model.notes {
        if let Entry::Broken(problem) = entry {
            let args = [("file", problem.file.clone())];
            let line = ctx.l10n.ui_args("ui-note-broken", &args);
            head.extend(ctx.lines(&format!("⚠ {line}"), area.width, ctx.theme.flag));
        }
    }
    if model.notes.is_empty() {
        head.extend(ctx.lines(&ctx.ui("ui-notes-empty"), area.width, ctx.theme.dim));
    }
    head.push(Line::default());
    let rest = content::draw_lines(frame, area, head);
    let items = buttons_in(model, &ctx.l10n);
    grid::draw(ctx, frame, rest, &items, model.selected, 1);
    if let Some(unlock) = &model.unlock {
        let mut lines = Vec::new();
        if unlock.wrong {
            lines.push((ctx.ui("ui-note-wrong-passphrase"), ctx.theme.flag));
        }
        let label = ctx.ui("ui-note-passphrase");
        prompt(ctx, frame, area, &lines, &[(label, unlock.input.as_ref())]);
    }
}

pub fn form(ctx: &mut Ctx, frame: &mut Frame, area: Rect, form: &NoteForm) {
    let (status, style) = match &form.status {
        // Nothing asked to be saved yet: a new note has no file to be "saved" in.
        Status::Saved if !form.wrote => (ctx.ui("ui-note-autosave"), ctx.theme.dim),
        Status::Saved => (ctx.ui("ui-note-saved"), ctx.theme.dim),
        Status::Unsaved => (ctx.ui("ui-note-unsaved"), ctx.theme.dim),
        Status::Failed(reason) => {
            let args = [("reason", reason.words(&ctx.l10n))];
            (
                ctx.l10n.ui_args("ui-note-save-failed", &args),
                ctx.theme.flag,
            )
        }
    };
    let mut head = ctx.lines(&ctx.ui("ui-note-title"), area.width, ctx.theme.title);
    head.extend(ctx.lines(&status, area.width, style));
    if form.passphrase.is_some() {
        head.extend(ctx.lines(
            &format!("🔒 {}", ctx.ui("ui-notes-locked")),
            area.width,
            ctx.theme.dim,
        ));
    }
    if form.full {
        let args = [("count", crate::app::MAX_FIELD_CHARS.to_string())];
        let full = ctx.l10n.ui_args("ui-note-field-full", &args);
        head.extend(ctx.lines(&full, area.width, ctx.theme.flag));
    }
    if let Some(notice) = &ctx.model.notice {
        head.extend(ctx.lines(&notice.words(&ctx.l10n), area.width, ctx.theme.strong));
    }
    let rest = content::draw_lines(frame, area, head);
    fields(ctx, frame, rest, form);
    match &form.prompt {
        Some(Prompt::Lock {
            first,
            second,
            mismatch,
        }) => {
            let mut lines: Vec<(String, Style)> = vec![(ctx.ui("ui-note-lock"), ctx.theme.title)];
            // Typing it again, the person has read this already, and a second input needs
            // the room on a small screen.
            if second.is_none() {
                lines.push((ctx.ui("ui-note-lock-explain"), ctx.theme.text));
                if let Some(path) = &form.copy {
                    let args = [("path", path.clone())];
                    let copy = ctx.l10n.ui_args("ui-note-lock-copy", &args);
                    lines.push((copy, ctx.theme.flag));
                }
            }
            if *mismatch {
                lines.push((ctx.ui("ui-note-passphrase-mismatch"), ctx.theme.flag));
            }
            let mut inputs = vec![(ctx.ui("ui-note-passphrase"), first.as_ref())];
            if let Some(again) = second {
                inputs.push((ctx.ui("ui-note-passphrase-again"), again.as_ref()));
            }
            prompt(ctx, frame, area, &lines, &inputs);
        }
        Some(question @ (Prompt::Delete | Prompt::Unsaved | Prompt::Copy)) => {
            let args = [("path", form.copy.clone().unwrap_or_default())];
            let (words, columns) = match question {
                Prompt::Delete => ("ui-note-delete-confirm", 2),
                Prompt::Copy => ("ui-note-copy-question", 2),
                Prompt::Lock { .. } | Prompt::Unsaved => ("ui-note-not-saved-leaving", 3),
            };
            let lines = [(ctx.l10n.ui_args(words, &args), ctx.theme.strong)];
            let rect = prompt(ctx, frame, area, &lines, &[]);
            // The same buttons keys and clicks answer with (`buttons_in`); the safe answer
            // is highlighted, and is what Enter and Esc choose.
            let choices = crate::app::buttons_in(ctx.model, &ctx.l10n);
            let safe = choices
                .iter()
                .position(|b| matches!(b.action, ButtonAction::Prompt(c) if c.is_safe()))
                .unwrap_or(0);
            let buttons_area = Rect {
                y: rect.bottom().saturating_sub(4),
                height: 3,
                ..rect.inner(Margin::new(2, 0))
            };
            grid::draw(ctx, frame, buttons_area, &choices, safe, columns);
        }
        None => {}
    }
}

/// Height of a field's block: label line, and a framed input.
fn field_height(profile: &TerminalProfile, form: &NoteForm, index: usize, width: u16) -> u16 {
    let inner = usize::from(width.saturating_sub(4));
    let rows = match FIELDS[index].kind {
        Kind::Line => 1,
        Kind::Choice(_) => 1,
        Kind::Text => {
            let text = form.inputs[index]
                .as_ref()
                .map(|i| i.lines().join("\n"))
                .unwrap_or_default();
            profile.wrap(&text, inner).len().clamp(2, 6)
        }
    };
    super::cells(rows) + 3
}

fn fields(ctx: &mut Ctx, frame: &mut Frame, area: Rect, form: &NoteForm) {
    let heights: Vec<u16> = (0..FIELDS.len())
        .map(|i| field_height(ctx.profile(), form, i, area.width))
        .collect();
    // Scroll just enough for the field with focus to show whole.
    let mut first = 0;
    while first < form.focus && heights[first..=form.focus].iter().sum::<u16>() > area.height {
        first += 1;
    }
    let l10n = ctx.l10n.clone();
    let l10n = &l10n;
    let mut y = area.y;
    for (i, field) in FIELDS.iter().enumerate().skip(first) {
        let h = heights[i];
        if y + h > area.bottom() {
            break;
        }
        let block_area = Rect::new(area.x, y, area.width, h);
        let focused = i == form.focus;
        let label = field_label(l10n, field.id);
        let hint = l10n.text(&format!("note-field-{}", field.id), Some("hint"));
        let label_line = ctx
            .profile()
            .truncate(&format!("{label} — {hint}"), usize::from(area.width));
        let style = if focused {
            ctx.theme.title
        } else {
            ctx.theme.strong
        };
        frame.render_widget(
            Paragraph::new(Line::styled(ctx.place(&label_line, area.width), style)),
            Rect {
                height: 1,
                ..block_area
            },
        );
        let frame_area = Rect {
            y: y + 1,
            height: h - 1,
            ..block_area
        };
        let block = Block::bordered()
            .border_type(if focused {
                BorderType::Thick
            } else {
                BorderType::Rounded
            })
            .border_style(if focused {
                ctx.theme.selected_border
            } else {
                ctx.theme.border
            });
        let inner = block.inner(frame_area).inner(Margin::new(1, 0));
        frame.render_widget(block, frame_area);
        match (field.kind, &form.inputs[i]) {
            (Kind::Choice(options), _) => {
                let chosen = form.note.get(field.id);
                let mut spans = Vec::new();
                for option in options {
                    let word = format!(" {} ", choice_label(l10n, option));
                    let style = if *option == chosen {
                        ctx.theme.selected_label
                    } else {
                        ctx.theme.text
                    };
                    spans.push(Span::styled(ctx.visual(&word), style));
                    spans.push(Span::raw(" "));
                }
                if ctx.rtl {
                    spans.reverse();
                }
                frame.render_widget(Paragraph::new(Line::from(spans)), inner);
            }
            (_, Some(input)) if focused && !ctx.rtl => {
                let mut input = input.clone();
                input.set_cursor_style(
                    Style::new().add_modifier(ratatui::style::Modifier::REVERSED),
                );
                input.set_cursor_line_style(Style::new());
                frame.render_widget(&input, inner);
            }
            (_, Some(input)) => {
                // Right-to-left or not focused: our own layout, with a mark where the cursor is.
                let mut lines: Vec<String> = input.lines().to_vec();
                if focused {
                    let cursor = input.cursor();
                    if let Some(line) = lines.get_mut(cursor.0) {
                        let at = line
                            .char_indices()
                            .nth(cursor.1)
                            .map_or(line.len(), |(b, _)| b);
                        line.insert(at, '▏');
                    }
                }
                let shown: Vec<Line> = lines
                    .iter()
                    .flat_map(|l| ctx.lines(l, inner.width, ctx.theme.text))
                    .collect();
                frame.render_widget(Paragraph::new(shown), inner);
            }
            _ => {}
        }
        ctx.hit(block_area, Intent::Focus(i));
        y += h;
    }
}

/// A framed prompt over the screen: lines of text, then masked inputs. Returns its area.
fn prompt(
    ctx: &mut Ctx,
    frame: &mut Frame,
    area: Rect,
    lines: &[(String, Style)],
    inputs: &[(String, &TextArea<'static>)],
) -> Rect {
    let width = area.width.saturating_sub(4).min(72);
    let inner_width = width.saturating_sub(4);
    let mut text: Vec<Line> = Vec::new();
    for (words, style) in lines {
        text.extend(ctx.lines(words, inner_width, *style));
        text.push(Line::default());
    }
    let inputs_height = super::cells(inputs.len()) * 4;
    let buttons = if inputs.is_empty() { 4 } else { 0 };
    // The inputs and buttons are how the person answers: on a short screen the words above
    // them give way, never the other way round.
    let room = area.height.saturating_sub(inputs_height + buttons + 2);
    let text_height = super::cells(text.len()).min(room);
    let height = text_height + inputs_height + buttons + 2;
    let (rect, inner) = super::framed(ctx, frame, area, width, height);
    frame.render_widget(
        Paragraph::new(text),
        Rect {
            height: text_height.min(inner.height),
            ..inner
        },
    );
    let mut y = inner.y + text_height;
    for (label, input) in inputs {
        if y + 4 > inner.bottom() + 1 {
            break;
        }
        frame.render_widget(
            Paragraph::new(Line::styled(
                ctx.place(label, inner.width),
                ctx.theme.strong,
            )),
            Rect::new(inner.x, y, inner.width, 1),
        );
        let boxed = Rect::new(inner.x, y + 1, inner.width, 3);
        let input_block = Block::bordered().border_style(ctx.theme.selected_border);
        let input_inner = input_block.inner(boxed);
        frame.render_widget(input_block, boxed);
        frame.render_widget(*input, input_inner);
        y += 4;
    }
    rect
}
