//! Panes drawn over a screen: the card to show an officer, the hotlines and their codes, the
//! kiosk's "Still there?", and the kiosk's row of big buttons.

use super::{Ctx, content, grid, qr};
use crate::app::{Button, ButtonAction, Intent, buttons_in};
use crate::pack::msg;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

/// The card: each statement in large, high-contrast English, the reader's words under it.
pub fn card(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let model = ctx.model;
    let l10n = &ctx.l10n;
    let officer = l10n.officer();
    let width = area.width;
    let mut lines = ctx.lines(&l10n.text(msg::CARD, Some("title")), width, ctx.theme.title);
    lines.extend(ctx.lines(&l10n.text(msg::CARD, Some("intro")), width, ctx.theme.dim));
    if let Some(notice) = crate::notice::out_of_date(&model.pack, l10n, &model.today) {
        lines.extend(ctx.lines(&notice, width, ctx.theme.notice));
    }
    // "Say it for me": which statement is said aloud, and how to choose another.
    let total = model.pack.card.len();
    let say = match model.card_line {
        Some(i) => l10n.ui_args(
            "ui-card-saying",
            &[
                ("current", (i + 1).to_string()),
                ("total", total.to_string()),
            ],
        ),
        None => l10n.ui("ui-card-say"),
    };
    lines.extend(ctx.lines(&say, width, ctx.theme.strong));
    if let Some(notice) = &model.notice {
        lines.extend(ctx.lines(&notice.words(l10n), width, ctx.theme.strong));
    }
    for (index, line) in model.pack.card.iter().enumerate() {
        let attr = msg::line(line);
        let english = l10n
            .get_in(officer, msg::CARD, Some(&attr), None)
            .unwrap_or_default();
        let mine = l10n.text(msg::CARD, Some(&attr));
        // The statement being said aloud is marked.
        let band = if model.card_line == Some(index) {
            format!("▶ {english}")
        } else {
            english.clone()
        };
        lines.push(Line::default());
        // English is what the officer reads: a full-width band, in its own direction.
        let band_width = usize::from(width.saturating_sub(2));
        for l in ctx.profile().wrap(&band, band_width) {
            let shown = ctx.profile().place_in(&l, 0, l10n.is_rtl(officer), false);
            let pad = band_width.saturating_sub(ctx.profile().width(&shown));
            lines.push(Line::styled(
                format!(" {shown}{} ", " ".repeat(pad)),
                ctx.theme.card,
            ));
        }
        if mine != english {
            lines.extend(ctx.lines(&mine, width, ctx.theme.strong));
        }
    }
    content::scrolled(ctx, frame, area, lines);
}

/// The hotlines as big buttons, each with its need and what it is for.
pub fn contacts(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let mut head = ctx.lines(&ctx.ui("ui-contacts-title"), area.width, ctx.theme.title);
    head.extend(ctx.lines(&ctx.ui("ui-contacts-body"), area.width, ctx.theme.text));
    head.push(Line::default());
    let rest = content::draw_lines(frame, area, head);
    let items = buttons_in(ctx.model, &ctx.l10n);
    let columns = if rest.width >= 100 { 2 } else { 1 };
    grid::draw(
        ctx,
        frame,
        rest,
        &items,
        ctx.model.selected_button(),
        columns,
    );
}

/// One hotline's code to scan, with its name and number.
pub fn code(ctx: &mut Ctx, frame: &mut Frame, area: Rect, index: usize) {
    frame.render_widget(Clear, area);
    let model = ctx.model;
    let Some(contact) = model.pack.contacts.get(index) else {
        return;
    };
    let heading = crate::plain::contact_heading(&ctx.l10n, contact);
    let head = ctx.lines(&heading, area.width, ctx.theme.title);
    let rest = content::draw_lines(frame, area, head);
    let payload = qr::payload(contact);
    // Room for the code at full size, and for the line that says what it does.
    let code = qr::lines_within(&payload, rest.width, rest.height.saturating_sub(2));
    let code_width = super::cells(code.first().map_or(0, Line::width));
    let code_height = super::cells(code.len());
    let code_area = Rect {
        x: rest.x + rest.width.saturating_sub(code_width) / 2,
        y: rest.y,
        width: code_width.min(rest.width),
        height: code_height.min(rest.height),
    };
    frame.render_widget(Paragraph::new(code), code_area);
    let hint = match contact.kind {
        crate::pack::ContactKind::Phone => model
            .l10n
            .ui_args("ui-qr-call", &[("number", contact.number.to_string())]),
        crate::pack::ContactKind::Web => model
            .l10n
            .ui_args("ui-qr-open", &[("address", contact.number.to_string())]),
    };
    let mut below = ctx.lines(&hint, rest.width, ctx.theme.text);
    if contact.verify {
        below.extend(ctx.lines(
            &format!("⚠ {}", ctx.ui("ui-verify")),
            rest.width,
            ctx.theme.flag,
        ));
    }
    let below_area = Rect {
        y: code_area.bottom(),
        height: rest.bottom().saturating_sub(code_area.bottom()),
        ..rest
    };
    frame.render_widget(Paragraph::new(below), below_area);
}

/// The kiosk's countdown before it forgets everything.
pub fn still_there(ctx: &mut Ctx, frame: &mut Frame, area: Rect, seconds: u64) {
    let width = area.width.saturating_sub(8).min(60);
    let inner_width = width.saturating_sub(4);
    let body = ctx
        .model
        .l10n
        .ui_args("ui-still-there-body", &[("seconds", seconds.to_string())]);
    let mut lines = ctx.lines(&ctx.ui("ui-still-there"), inner_width, ctx.theme.title);
    lines.push(Line::default());
    lines.extend(ctx.lines(&body, inner_width, ctx.theme.strong));
    let height = super::cells(lines.len()) + 2 + 4;
    let (_, inner) = super::framed(ctx, frame, area, width, height);
    let text_height = super::cells(lines.len());
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: text_height,
            ..inner
        },
    );
    // Any touch or key keeps the visitor's place; the button says so where a finger lands.
    let keep = [Button {
        label: ctx.ui("ui-keep-going"),
        action: ButtonAction::StillHere,
    }];
    let button_area = Rect {
        y: inner.y + text_height + 1,
        height: 3.min(inner.bottom().saturating_sub(inner.y + text_height + 1)),
        ..inner
    };
    grid::draw(ctx, frame, button_area, &keep, 0, 1);
}

fn nav_items(ctx: &Ctx) -> [(String, Intent); 6] {
    [
        (format!("‹ {}", ctx.ui("ui-back")), Intent::Back),
        (ctx.ui("ui-home"), Intent::Home),
        (ctx.ui("ui-language"), Intent::Language),
        // For a visitor who reads little: the screen, read aloud.
        (ctx.ui("ui-listen"), Intent::Listen),
        (ctx.ui("ui-card"), Intent::Card),
        (ctx.ui("ui-contacts"), Intent::Contacts),
    ]
}

/// Rows the kiosk's buttons need at this width: three, or four when a label takes two lines.
pub fn nav_height(ctx: &Ctx, width: u16) -> u16 {
    let inner = usize::from((width / 6).saturating_sub(2));
    let lines = nav_items(ctx)
        .iter()
        .map(|(label, _)| ctx.profile().wrap(label, inner).len())
        .max()
        .unwrap_or(1)
        .clamp(1, 2);
    super::cells(lines) + 2
}

/// Big buttons for touch screens: Back, Home, Language, Listen, Card, Hotlines.
pub fn nav_bar(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    let items = nav_items(ctx);
    let n = super::cells(items.len());
    let width = area.width / n;
    for (i, (label, action)) in items.into_iter().enumerate() {
        let col = if ctx.rtl {
            n - 1 - super::cells(i)
        } else {
            super::cells(i)
        };
        let rect = Rect::new(area.x + col * width, area.y, width, area.height);
        let block = Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(ctx.theme.border);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let lines: Vec<Line> = ctx
            .profile()
            .wrap(&label, usize::from(inner.width))
            .iter()
            .take(usize::from(inner.height))
            .map(|l| Line::styled(ctx.visual(l), ctx.theme.strong))
            .collect();
        frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), inner);
        ctx.hit(rect, action);
    }
}
