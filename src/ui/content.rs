//! The main area of each screen: the language picker, home, and a step of a walk-through.

use super::{Ctx, cells, grid, selected};
use crate::app::{Answer, Pos, QuizPos, buttons_in};
use crate::pack::{StepKind, msg};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub fn picker(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    // The `b` list adds a language beside the current one; it must not read as the list that
    // replaces it.
    let beside = matches!(
        ctx.model.overlay,
        Some(crate::app::Overlay::SecondLanguage { .. })
    );
    let (title, body) = if beside {
        ("ui-second-title", "ui-second-body")
    } else {
        ("ui-picker-title", "ui-picker-body")
    };
    let mut lines = ctx.lines(&ctx.ui(title), area.width, ctx.theme.title);
    lines.extend(ctx.lines(&ctx.ui(body), area.width, ctx.theme.text));
    if let Some(notice) = &ctx.model.notice {
        let words = notice.words(&ctx.l10n);
        lines.extend(ctx.lines(&words, area.width, ctx.theme.strong));
    }
    // The highlighted language says, in its own words, whether a lawyer has checked it.
    let highlighted = ctx.l10n.at(selected(ctx.model));
    if let Some(notice) = crate::notice::unreviewed(&ctx.model.pack, &highlighted) {
        let rtl = highlighted.is_rtl(highlighted.current());
        lines.extend(ctx.lines_in(&notice, area.width, ctx.theme.strong, rtl));
    }
    lines.push(Line::default());
    let top = draw_lines(frame, area, lines);
    let columns = (area.width / 30).clamp(1, 3);
    let items = buttons_in(ctx.model, &ctx.l10n);
    grid::draw(ctx, frame, top, &items, selected(ctx.model), columns);
}

pub fn home(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    let model = ctx.model;
    let mut lines = ctx.lines(&ctx.ui("ui-home-title"), area.width, ctx.theme.title);
    let notices = crate::notice::on_screen(&model.pack, &ctx.l10n, &model.today);
    for (i, notice) in notices.iter().enumerate() {
        let style = if i == 0 {
            ctx.theme.notice
        } else {
            ctx.theme.strong
        };
        lines.extend(ctx.lines(notice, area.width, style));
    }
    if let Some(notice) = &model.notice {
        let words = notice.words(&ctx.l10n);
        lines.extend(ctx.lines(&words, area.width, ctx.theme.strong));
    }
    lines.push(Line::default());
    let rest = draw_lines(frame, area, lines);
    if ctx.read_only {
        return;
    }
    let columns = (area.width / 38).clamp(1, 3);
    let items = buttons_in(model, &ctx.l10n);
    grid::draw(ctx, frame, rest, &items, model.selected, columns);
}

pub fn step(ctx: &mut Ctx, frame: &mut Frame, area: Rect, pos: &Pos) {
    let model = ctx.model;
    let scenario = &model.pack.scenarios[pos.scenario];
    let step = &scenario.steps[pos.step];
    let id = msg::step(&scenario.id, &step.id);
    let title = ctx.l10n.text(&id, Some("title"));
    let mut head = ctx.lines(&title, area.width, ctx.theme.title);
    if let Some(line) = crate::notice::out_of_date(&model.pack, &ctx.l10n, &model.today) {
        head.extend(ctx.lines(&line, area.width, ctx.theme.notice));
    }
    if let Some(notice) = &model.notice {
        head.extend(ctx.lines(&notice.words(&ctx.l10n), area.width, ctx.theme.strong));
    }
    head.push(Line::default());
    let rest = draw_lines(frame, area, head);
    // Workshop: the presenter's notes take the bottom of the screen while they show.
    let rest = if model.workshop && model.presenter && !ctx.read_only {
        presenter_notes(ctx, frame, rest, &scenario.id)
    } else {
        rest
    };
    if rest.height == 0 {
        return;
    }

    let items = if ctx.read_only {
        Vec::new()
    } else {
        buttons_in(model, &ctx.l10n)
    };
    let columns = if rest.width >= 100 && items.len() > 1 {
        2
    } else {
        1
    };
    let wanted = grid::height(ctx.profile(), &items, rest.width, columns);
    // The body keeps at least a few lines; the buttons scroll when they do not fit. A short
    // body is followed by its buttons, a long one pushes them to the bottom.
    let buttons_height = wanted.min(rest.height.saturating_sub(4));
    let body = body_lines(ctx, pos, &id, rest.width);
    let body_height = (cells(body.len()) + 1).min(rest.height - buttons_height);
    let body_area = Rect {
        height: body_height,
        ..rest
    };
    let buttons_area = Rect {
        y: body_area.bottom(),
        height: buttons_height,
        ..rest
    };
    scrolled(ctx, frame, body_area, body);
    grid::draw(ctx, frame, buttons_area, &items, model.selected, columns);
}

/// The presenter's talking points in a framed box at the bottom; returns the area above. Notes
/// longer than half the screen take all of it and scroll (PgUp/PgDn, the wheel, a tap on
/// "more"), until `p` hides them: a presenter must be able to read them to the end.
fn presenter_notes(ctx: &mut Ctx, frame: &mut Frame, area: Rect, scenario: &str) -> Rect {
    let body = ctx.l10n.text(&msg::presenter(scenario), Some("body"));
    let inner_width = area.width.saturating_sub(4);
    let lines = ctx.lines(&body, inner_width, ctx.theme.text);
    let wanted = cells(lines.len()) + 2;
    let height = if wanted <= area.height / 2 {
        wanted
    } else {
        area.height
    };
    let rect = Rect {
        y: area.bottom() - height,
        height,
        ..area
    };
    let block = ratatui::widgets::Block::bordered()
        .border_type(ratatui::widgets::BorderType::Double)
        .border_style(ctx.theme.border)
        .title(Line::styled(
            ctx.visual(&format!(" {} ", ctx.ui("ui-presenter-notes"))),
            ctx.theme.title,
        ));
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(ratatui::widgets::Clear, rect);
    frame.render_widget(block, rect);
    scrolled(ctx, frame, inner, lines);
    Rect {
        height: area.height - height,
        ..area
    }
}

/// A practice question: the situation, the answers, and once one is picked, why.
pub fn quiz(ctx: &mut Ctx, frame: &mut Frame, area: Rect, q: &QuizPos) {
    let model = ctx.model;
    let l10n = ctx.l10n.clone();
    let scenario = &model.pack.scenarios[q.scenario];
    let total = scenario.quiz.len();
    let Some(question) = scenario.quiz.get(q.question) else {
        let args = [("score", q.score.to_string()), ("total", total.to_string())];
        let mut head = ctx.lines(&l10n.ui("ui-quiz-done"), area.width, ctx.theme.title);
        head.push(Line::default());
        head.extend(ctx.lines(
            &l10n.ui_args("ui-quiz-score", &args),
            area.width,
            ctx.theme.strong,
        ));
        head.push(Line::default());
        let rest = draw_lines(frame, area, head);
        if !ctx.read_only {
            let items = buttons_in(model, &l10n);
            grid::draw(ctx, frame, rest, &items, model.selected, 1);
        }
        return;
    };
    let id = msg::quiz(&scenario.id, &question.id);
    let args = [
        ("current", (q.question + 1).to_string()),
        ("total", total.to_string()),
    ];
    let mut head = ctx.lines(
        &l10n.ui_args("ui-quiz-title", &args),
        area.width,
        ctx.theme.dim,
    );
    head.extend(ctx.lines(
        &l10n.text(&id, Some("question")),
        area.width,
        ctx.theme.title,
    ));
    if let Some(notice) = &model.notice {
        head.extend(ctx.lines(&notice.words(&l10n), area.width, ctx.theme.strong));
    }
    head.push(Line::default());
    if let Some(picked) = q.picked {
        for (i, answer) in question.answers.iter().enumerate() {
            let mark = if i == question.best {
                "✓"
            } else if i == picked {
                "✗"
            } else {
                " "
            };
            let style = if i == picked {
                ctx.theme.strong
            } else {
                ctx.theme.text
            };
            let words = l10n.text(&id, Some(&msg::answer(answer)));
            head.extend(ctx.lines(&format!("{mark} {words}"), area.width, style));
        }
        head.push(Line::default());
        let verdict = if picked == question.best {
            "ui-quiz-right"
        } else {
            "ui-quiz-not-quite"
        };
        head.extend(ctx.lines(&l10n.ui(verdict), area.width, ctx.theme.title));
        let why = l10n.text(&id, Some(&msg::why(&question.answers[picked])));
        head.extend(ctx.lines(&why, area.width, ctx.theme.text));
        if picked != question.best {
            let best = &question.answers[question.best];
            head.push(Line::default());
            head.extend(ctx.lines(&l10n.ui("ui-quiz-best"), area.width, ctx.theme.strong));
            head.extend(ctx.lines(
                &l10n.text(&id, Some(&msg::why(best))),
                area.width,
                ctx.theme.text,
            ));
        }
        head.push(Line::default());
    }
    let items = if ctx.read_only {
        Vec::new()
    } else {
        buttons_in(model, &l10n)
    };
    let wanted = grid::height(ctx.profile(), &items, area.width, 1);
    let buttons_height = wanted.min(area.height.saturating_sub(6));
    let text_area = Rect {
        height: area.height - buttons_height,
        ..area
    };
    scrolled(ctx, frame, text_area, head);
    let buttons_area = Rect {
        y: text_area.bottom(),
        height: buttons_height,
        ..area
    };
    grid::draw(ctx, frame, buttons_area, &items, model.selected, 1);
}

/// What a step says between its title and its buttons.
fn body_lines(ctx: &Ctx, pos: &Pos, id: &str, width: u16) -> Vec<Line<'static>> {
    let model = ctx.model;
    let l10n = &ctx.l10n;
    let theme = &ctx.theme;
    let scenario = &model.pack.scenarios[pos.scenario];
    let out = std::cell::RefCell::new(Vec::new());
    // English said to an officer keeps its own direction inside a right-to-left screen, so its
    // quotation marks and full stop stay where English puts them.
    let officer_rtl = l10n.is_rtl(l10n.officer());
    let add_in = |text: &str, style: Style, rtl: bool| {
        out.borrow_mut()
            .extend(ctx.lines_in(text, width, style, rtl));
    };
    let add = |text: &str, style: Style| add_in(text, style, ctx.rtl);
    let body = l10n.text(id, Some("body"));
    if !body.is_empty() {
        add(&body, theme.text);
    }
    if let Some(checklist) = pos.checklist {
        let checklist_step = &scenario.steps[checklist];
        if let StepKind::Checklist { items, .. } = &checklist_step.kind {
            let checklist_id = msg::step(&scenario.id, &checklist_step.id);
            add("", theme.text);
            add(&l10n.ui("ui-your-answers"), theme.strong);
            for (item, answer) in items.iter().zip(&pos.answers) {
                let question = l10n.text(&checklist_id, Some(&msg::item(item)));
                let word = answer_word(ctx, *answer);
                add(&format!("{} {word}: {question}", mark(*answer)), theme.text);
            }
        }
    }
    let step = &scenario.steps[pos.step];
    match &step.kind {
        StepKind::Checklist { items, .. } => {
            let current = pos.answers.len().min(items.len().saturating_sub(1));
            let args = [
                ("current", (current + 1).to_string()),
                ("total", items.len().to_string()),
            ];
            add("", theme.text);
            add(&l10n.ui_args("ui-progress", &args), theme.dim);
            add(
                &l10n.text(id, Some(&msg::item(&items[current]))),
                theme.strong,
            );
        }
        StepKind::Say { lines, .. } => {
            let officer = l10n.officer();
            let mine_differs = l10n.current() != officer;
            if mine_differs {
                add("", theme.text);
                add(&l10n.ui("ui-in-english"), theme.dim);
            }
            for line in lines {
                let attr = msg::line(line);
                let english = l10n
                    .get_in(officer, id, Some(&attr), None)
                    .unwrap_or_default();
                add("", theme.text);
                add_in(&format!("“{english}”"), theme.strong, officer_rtl);
                let mine = l10n.text(id, Some(&attr));
                if mine_differs && mine != english {
                    add(&mine, theme.text);
                }
            }
        }
        StepKind::End { points, contacts } => {
            // The step's own title already says these are what to remember: no heading that
            // says it again (printed handouts, which have no such title, keep it).
            add("", theme.text);
            for p in points {
                add(
                    &format!("• {}", l10n.text(id, Some(&msg::point(p)))),
                    theme.text,
                );
            }
            if !contacts.is_empty() {
                add("", theme.text);
                add(&l10n.ui("ui-who-to-call"), theme.strong);
            }
            for &c in contacts {
                let contact = &model.pack.contacts[c];
                let cid = msg::contact(&contact.id);
                add(
                    &format!("• {}", crate::plain::contact_heading(l10n, contact)),
                    theme.strong,
                );
                add(&format!("  {}", l10n.text(&cid, Some("for"))), theme.text);
                if contact.verify {
                    add(&format!("  ⚠ {}", l10n.ui("ui-verify")), theme.flag);
                }
            }
        }
        StepKind::Info { .. } | StepKind::Question { .. } => {}
    }
    // A step with no body of its own starts with what follows it, not with a gap under the
    // title (which already has one).
    let mut out = out.into_inner();
    let blank = out.iter().take_while(|l| l.width() == 0).count();
    out.drain(..blank);
    out
}

fn mark(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "✓",
        Answer::No => "✗",
        Answer::NotSure => "?",
    }
}

fn answer_word(ctx: &Ctx, answer: Answer) -> String {
    ctx.ui(match answer {
        Answer::Yes => "ui-yes",
        Answer::No => "ui-no",
        Answer::NotSure => "ui-not-sure",
    })
}

/// Draws lines at the top of `area`; returns the area below them.
pub(crate) fn draw_lines(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) -> Rect {
    let height = cells(lines.len()).min(area.height);
    let top = Rect { height, ..area };
    frame.render_widget(Paragraph::new(lines), top);
    Rect {
        y: area.y + height,
        height: area.height - height,
        ..area
    }
}

/// A body that may be longer than its area: shows a window of it and a "more" mark.
pub(crate) fn scrolled(ctx: &mut Ctx, frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    let total = cells(lines.len());
    ctx.drawn.body_height = area.height;
    if total <= area.height {
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let visible = area.height.saturating_sub(1);
    let max_scroll = total - visible;
    ctx.drawn.max_scroll = max_scroll;
    let scroll = ctx.model.scroll.min(max_scroll);
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(usize::from(scroll))
        .take(usize::from(visible))
        .collect();
    let text_area = Rect {
        height: visible,
        ..area
    };
    frame.render_widget(Paragraph::new(shown), text_area);
    let arrows = match (scroll > 0, scroll < max_scroll) {
        (true, true) => "↑↓",
        (false, _) => "↓",
        (true, false) => "↑",
    };
    let more = format!("{arrows} {} (PgUp/PgDn)", ctx.ui("ui-more"));
    let more = ctx.place(&more, area.width);
    let more_area = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    // A tap on it turns the page: down while there is more, then back up.
    let page = i16::try_from(visible).unwrap_or(i16::MAX);
    let turn = if scroll < max_scroll { page } else { -page };
    ctx.hit(more_area, crate::app::Intent::Scroll(turn));
    frame.render_widget(Paragraph::new(Line::styled(more, ctx.theme.dim)), more_area);
}
