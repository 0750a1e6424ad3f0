//! Drawing. `view` reads the model and draws one frame; it returns where the clickable things
//! ended up, so that a click hits what the person actually saw.

mod content;
mod grid;
mod notes;
mod panes;
pub mod qr;
pub mod text;
mod theme;

use crate::app::keys::{self, Command, Footer};
use crate::app::{Drawn, Intent, Model, Overlay, Place};
use crate::i18n::Localizer;
use crate::pack::msg;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};
pub use theme::Theme;

/// The smallest screen the guide draws on; below it, it asks for a bigger window.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// The narrowest column for a language in two-language mode; narrower screens stack them.
pub const COLUMN_WIDTH: u16 = 56;
/// Wider lines are hard to follow; on a wide screen the content is centred at this width.
pub const MAX_WIDTH: u16 = 100;

/// A count of lines or columns as terminal cells: no screen has more than `u16::MAX`, so a
/// larger count means "all of it" rather than wrapping around.
pub(crate) fn cells(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Everything a drawing function needs besides its area.
pub(crate) struct Ctx<'a> {
    pub model: &'a Model,
    /// The words of the column being drawn (the second language's, in its column).
    pub l10n: Localizer,
    pub theme: Theme,
    pub rtl: bool,
    /// A column to read along: words only, no buttons.
    pub read_only: bool,
    pub drawn: Drawn,
}

impl Ctx<'_> {
    pub fn align(&self) -> Alignment {
        if self.rtl {
            Alignment::Right
        } else {
            Alignment::Left
        }
    }

    pub fn ui(&self, id: &str) -> String {
        self.l10n.ui(id)
    }

    /// How the terminal draws text: every width, wrap and cut goes through it.
    pub fn profile(&self) -> &text::TerminalProfile {
        &self.model.profile
    }

    /// Wrapped, visually ordered lines of a text in one style.
    pub fn lines(&self, text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
        self.lines_in(text, width, style, self.rtl)
    }

    /// Lines of a text whose direction is `rtl_text`, placed in this screen's layout.
    pub fn lines_in(
        &self,
        text: &str,
        width: u16,
        style: Style,
        rtl_text: bool,
    ) -> Vec<Line<'static>> {
        self.profile()
            .wrap(text, usize::from(width))
            .into_iter()
            .map(|l| {
                let placed = self.profile().place_in(&l, width, rtl_text, self.rtl);
                Line::styled(placed, style)
            })
            .collect()
    }

    /// A line in drawing order, not aligned.
    pub fn visual(&self, line: &str) -> String {
        self.profile().place_in(line, 0, self.rtl, false)
    }

    /// A line in drawing order, aligned in `columns`.
    pub fn place(&self, line: &str, columns: u16) -> String {
        self.profile().place(line, columns, self.rtl)
    }

    pub fn hit(&mut self, area: Rect, action: Intent) {
        self.drawn.hits.push((area, action));
    }
}

pub fn view(model: &Model, frame: &mut Frame) -> Drawn {
    let mut ctx = Ctx {
        model,
        l10n: model.l10n.clone(),
        theme: Theme::new(model.palette),
        rtl: model.rtl(),
        read_only: false,
        drawn: Drawn::default(),
    };
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(&ctx, frame, area);
        return ctx.drawn;
    }
    let kiosk = model.kiosk.is_some();
    // A kiosk trades the key hints for a row of big buttons a finger can hit.
    let bottom = if kiosk {
        panes::nav_height(&ctx, area.width)
    } else {
        1
    };
    let [header, main, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(bottom),
    ])
    .areas(area);
    let main = main.inner(ratatui::layout::Margin::new(1, 0));
    let picking = model.place == Place::Picker || model.overlay.is_some_and(|o| o.picks_language());
    let second = model
        .second
        .filter(|s| *s != model.l10n.current() && !picking);
    let widest = if second.is_some() {
        2 * MAX_WIDTH + 2
    } else {
        MAX_WIDTH
    };
    let main = Rect {
        x: main.x + main.width.saturating_sub(widest) / 2,
        width: main.width.min(widest),
        ..main
    };
    header_bar(&mut ctx, frame, header);
    if kiosk {
        panes::nav_bar(&mut ctx, frame, footer);
    } else {
        footer_bar(&ctx, frame, footer, picking);
    }
    if picking {
        frame.render_widget(Clear, main);
        content::picker(&mut ctx, frame, main);
    } else if let Some(second) = second {
        bilingual(&mut ctx, frame, main, second);
    } else {
        place(&mut ctx, frame, main);
    }
    if model.overlay.is_some_and(|o| o.covers_screen()) {
        // What is under a pane that covers the screen must not take clicks.
        ctx.drawn.hits.retain(|(r, _)| !r.intersects(main));
    }
    match model.overlay {
        Some(Overlay::Help) => overlay(&ctx, frame, main, "ui-help-title", help_lines(&ctx)),
        Some(Overlay::Sources) => {
            overlay(&ctx, frame, main, "ui-sources-title", source_lines(&ctx));
        }
        Some(Overlay::Card) => panes::card(&mut ctx, frame, main),
        Some(Overlay::Contacts { qr: None, .. }) => panes::contacts(&mut ctx, frame, main),
        Some(Overlay::Contacts { qr: Some(i), .. }) => panes::code(&mut ctx, frame, main, i),
        Some(Overlay::Language { .. } | Overlay::SecondLanguage { .. }) | None => {}
    }
    if let Some(seconds) = model.kiosk.as_ref().and_then(|k| k.countdown) {
        panes::still_there(&mut ctx, frame, area, seconds);
    }
    ctx.drawn
}

/// The current screen's own content (not the panes over it).
fn place(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    match &ctx.model.place {
        Place::Step(pos) => content::step(ctx, frame, area, pos),
        Place::Notes => notes::list(ctx, frame, area),
        Place::Note(form) => notes::form(ctx, frame, area, form),
        Place::Quiz(q) => content::quiz(ctx, frame, area, q),
        Place::Home | Place::Picker => content::home(ctx, frame, area),
    }
}

/// The screen in two languages: side by side when there is room for two readable columns,
/// else the second language under the first, to read along (its buttons are the first's).
fn bilingual(ctx: &mut Ctx, frame: &mut Frame, area: Rect, second: usize) {
    let side_by_side = area.width >= 2 * COLUMN_WIDTH + 2;
    let (first_area, second_area) = if side_by_side {
        let half = (area.width - 2) / 2;
        (
            Rect {
                width: half,
                ..area
            },
            Rect {
                x: area.x + half + 2,
                width: area.width - half - 2,
                ..area
            },
        )
    } else {
        let top = area.height * 3 / 5;
        (
            Rect {
                height: top,
                ..area
            },
            Rect {
                y: area.y + top + 1,
                height: area.height.saturating_sub(top + 1),
                ..area
            },
        )
    };
    place(ctx, frame, first_area);
    let divider = if side_by_side {
        Rect::new(area.x + first_area.width, area.y, 1, area.height)
    } else {
        Rect::new(area.x, first_area.bottom(), area.width, 1)
    };
    let line = if side_by_side { "│" } else { "─" };
    let fill: Vec<Line> = if side_by_side {
        (0..divider.height)
            .map(|_| Line::styled(line, ctx.theme.dim))
            .collect()
    } else {
        vec![Line::styled(
            line.repeat(usize::from(divider.width)),
            ctx.theme.dim,
        )]
    };
    frame.render_widget(Paragraph::new(fill), divider);

    let l10n = ctx.model.l10n.at(second);
    let mut other = Ctx {
        model: ctx.model,
        rtl: l10n.is_rtl(second),
        l10n,
        theme: Theme::new(ctx.model.palette),
        read_only: !side_by_side,
        drawn: Drawn::default(),
    };
    place(&mut other, frame, second_area);
    // Both columns answer clicks: the same buttons, in two languages.
    ctx.drawn.hits.extend(other.drawn.hits);
}

fn too_small(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let args = [
        ("width", MIN_WIDTH.to_string()),
        ("height", MIN_HEIGHT.to_string()),
    ];
    let message = ctx.l10n.ui_args("ui-too-small", &args);
    let lines = ctx.lines(&message, area.width.max(1), ctx.theme.strong);
    let top = area.height.saturating_sub(cells(lines.len())) / 2;
    let rect = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), rect);
}

/// Back, Home and the breadcrumb on one side, the language on the other; mirrored for
/// right-to-left languages.
fn header_bar(ctx: &mut Ctx, frame: &mut Frame, area: Rect) {
    let model = ctx.model;
    let mut links: Vec<(String, Intent)> = Vec::new();
    // Logical "‹": `visual` mirrors it to point right in right-to-left layouts.
    let back = "‹";
    // Where the person is: the path to here, the last part being the current title.
    let path: Vec<String> = match &model.place {
        Place::Picker | Place::Home => vec![ctx.l10n.ui(msg::PACK_TITLE)],
        Place::Step(_) | Place::Notes | Place::Note(_) | Place::Quiz(_) => {
            links.push((format!("{back} {}", ctx.ui("ui-back")), Intent::Back));
            links.push((ctx.ui("ui-home"), Intent::Home));
            match &model.place {
                // A presenter needs to know how far along the room is.
                Place::Step(pos) if model.workshop => {
                    let scenario = &model.pack.scenarios[pos.scenario];
                    let args = [
                        ("current", (pos.step + 1).to_string()),
                        ("total", scenario.steps.len().to_string()),
                    ];
                    let title = ctx.l10n.text(&scenario.id, None);
                    vec![title, ctx.l10n.ui_args("ui-workshop-step", &args)]
                }
                Place::Step(_) => breadcrumb(model),
                Place::Quiz(q) => vec![ctx.l10n.text(&model.pack.scenarios[q.scenario].id, None)],
                Place::Notes | Place::Note(_) => vec![ctx.ui("ui-notes")],
                // Not reached: this arm is for the places with a way back.
                Place::Picker | Place::Home => vec![ctx.l10n.ui(msg::PACK_TITLE)],
            }
        }
    };
    let mut end: Vec<(String, Intent)> = Vec::new();
    if model.kiosk.is_none() {
        end.push((ctx.ui("ui-listen"), Intent::Listen));
        end.push((ctx.ui("ui-card"), Intent::Card));
        end.push((ctx.ui("ui-contacts"), Intent::Contacts));
        end.push((ctx.ui("ui-notes"), Intent::Notes));
    }
    if model.place != Place::Picker {
        let name = model.l10n.language_name(model.l10n.current());
        end.push((format!("{name} ▾"), Intent::Language));
    }
    let profile = &model.profile;
    let width = |text: &str| cells(profile.width(text));
    let sep = " │ ";
    let arrow = " › ";
    let links_width = |links: &[(String, Intent)]| -> u16 {
        links.iter().map(|(l, _)| width(l) + width(sep)).sum()
    };
    let end_width =
        |end: &[(String, Intent)]| -> u16 { end.iter().map(|(l, _)| width(l) + 2).sum() };
    // The path from its `from`th part: "… › B › current".
    let joined = |from: usize| {
        let parts = path[from..].join(arrow);
        if from > 0 {
            format!("…{arrow}{parts}")
        } else {
            parts
        }
    };
    let mut from = 0;
    let fits = |links: &[(String, Intent)], from: usize, end: &[(String, Intent)]| {
        links_width(links) + width(&joined(from)) + end_width(end) + 2 <= area.width
    };
    // On a narrow screen things make way in this order: the notes button, Listen, the path before
    // the current title, the Home link (also on `h`), the language button (also on `l`); then
    // the current title is cut at its end; the card and the hotlines, what a frightened
    // person needs, go only when not even a part of the title would fit.
    if !fits(&links, from, &end) {
        end.retain(|(_, i)| *i != Intent::Notes);
    }
    // `a` reads aloud too, and says so in the footer.
    if !fits(&links, from, &end) {
        end.retain(|(_, i)| *i != Intent::Listen);
    }
    while from + 1 < path.len() && !fits(&links, from, &end) {
        from += 1;
    }
    if !fits(&links, from, &end) && links.len() > 1 {
        links.retain(|(_, i)| *i != Intent::Home);
    }
    if !fits(&links, from, &end) {
        end.retain(|(_, i)| *i != Intent::Language);
    }
    for intent in [Intent::Contacts, Intent::Card] {
        if links_width(&links) + width(&joined(from)).min(12) + end_width(&end) + 2 > area.width {
            end.retain(|(_, i)| *i != intent);
        }
    }
    let room = area
        .width
        .saturating_sub(end_width(&end) + 2 + links_width(&links));
    let title = profile.truncate(&joined(from), usize::from(room));
    let mut spans: Vec<(String, Style, Option<Intent>)> = Vec::new();
    for (label, action) in links {
        spans.push((ctx.visual(&label), ctx.theme.link, Some(action)));
        spans.push((sep.to_string(), ctx.theme.dim, None));
    }
    spans.push((ctx.visual(&title), ctx.theme.title, None));
    if ctx.rtl {
        spans.reverse();
    }
    let total: u16 = spans.iter().map(|(t, _, _)| width(t)).sum();
    let mut x = if ctx.rtl {
        area.right().saturating_sub(total + 1)
    } else {
        area.x + 1
    };
    for (label, style, action) in spans {
        let w = width(&label).min(area.right().saturating_sub(x));
        let label = profile.truncate(&label, usize::from(w));
        let rect = Rect::new(x, area.y, w, 1);
        frame.render_widget(Span::styled(label, style), rect);
        if let Some(action) = action {
            ctx.hit(rect, action);
        }
        x += w;
    }
    // Card, hotlines and language sit at the far end, the language outermost.
    let mut edge = if ctx.rtl { area.x + 1 } else { area.right() };
    for (label, action) in end.into_iter().rev() {
        let label = ctx.visual(&label);
        let w = width(&label);
        let x = if ctx.rtl {
            edge
        } else {
            edge.saturating_sub(w + 1)
        };
        let rect = Rect::new(x, area.y, w.min(area.width), 1);
        frame.render_widget(Span::styled(label, ctx.theme.link), rect);
        ctx.hit(rect, action);
        edge = if ctx.rtl {
            edge + w + 2
        } else {
            x.saturating_sub(1)
        };
    }
}

/// The scenarios walked through to this step, the current one last.
fn breadcrumb(model: &Model) -> Vec<String> {
    let mut parts = Vec::new();
    let mut last = None;
    let places = model.history.iter().chain(std::iter::once(&model.place));
    for place in places {
        if let Place::Step(pos) = place
            && last != Some(pos.scenario)
        {
            last = Some(pos.scenario);
            parts.push(
                model
                    .l10n
                    .text(&model.pack.scenarios[pos.scenario].id, None),
            );
        }
    }
    parts
}

fn footer_bar(ctx: &Ctx, frame: &mut Frame, area: Rect, picking: bool) {
    let which = match ctx.model.place {
        Place::Picker
        | Place::Home
        | Place::Step(_)
        | Place::Notes
        | Place::Note(_)
        | Place::Quiz(_)
            if picking =>
        {
            Footer::Picker
        }
        Place::Note(_) => Footer::Form,
        Place::Step(_) | Place::Quiz(_) if ctx.model.workshop => Footer::Workshop,
        Place::Step(_) | Place::Notes | Place::Quiz(_) => Footer::Step,
        Place::Home | Place::Picker => Footer::Home,
    };
    // Whole hints only: a key cut in half ("q…") tells nobody anything. Those that do not fit
    // are in the help pane.
    let room = usize::from(area.width.saturating_sub(2));
    // While the screen is read aloud, the footer says so, and how to stop it.
    if let Some(speaking) = ctx.model.speaking {
        let voices = crate::app::speech::voices(&ctx.l10n, ctx.l10n.current());
        let more = ctx.model.overlay != Some(crate::app::Overlay::Card)
            && speaking.voice + 1 < voices.len();
        let words = ctx.ui(if more {
            "ui-speaking-next"
        } else {
            "ui-speaking"
        });
        let words = ctx.profile().truncate(&words, room);
        let area = area.inner(ratatui::layout::Margin::new(1, 0));
        let line = Line::styled(ctx.place(&words, area.width), ctx.theme.strong);
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let mut hint = String::new();
    for binding in keys::footer(which) {
        // Ten choices or more are picked with two digits, typed one after the other.
        let choices = match binding.label {
            "1–9" => crate::app::buttons(ctx.model).len(),
            _ => 0,
        };
        let label = if choices > 9 {
            format!("1–{choices}")
        } else {
            binding.label.to_string()
        };
        let item = format!("{label} {}", ctx.ui(binding.hint));
        let next = if hint.is_empty() {
            item
        } else {
            format!("{hint} · {item}")
        };
        if ctx.profile().width(&next) > room && !hint.is_empty() {
            break;
        }
        hint = next;
    }
    let hint = ctx.profile().truncate(&hint, room);
    let area = area.inner(ratatui::layout::Margin::new(1, 0));
    let line = Line::styled(ctx.place(&hint, area.width), ctx.theme.dim);
    frame.render_widget(Paragraph::new(line), area);
}

/// The help pane: every binding of the layers that apply here, from the same tables the
/// keys are dispatched by. A binding with a help line of its own shows it; one shown in a
/// footer shows its keys and hint; the rest are other keys for the same thing.
fn help_lines(ctx: &Ctx) -> Vec<String> {
    let model = ctx.model;
    let mut tables = vec![keys::SCREEN, keys::GLOBAL];
    if model.workshop {
        tables.push(keys::WORKSHOP);
    }
    if model.place.is_note() {
        tables.insert(0, keys::FORM);
    }
    let mut seen = std::collections::HashSet::new();
    let mut lines = Vec::new();
    for binding in tables.into_iter().flatten() {
        // A kiosk keeps no notes and cannot be quit.
        if model.kiosk.is_some() && matches!(binding.command, Command::Notes | Command::Quit) {
            continue;
        }
        let line = match binding.help {
            Some(id) if seen.insert(id) => ctx.ui(id),
            Some(_) => continue,
            None if !binding.footers.is_empty() => {
                format!("{}: {}", binding.label, ctx.ui(binding.hint))
            }
            None => continue,
        };
        lines.push(line);
    }
    lines.push(ctx.ui("ui-help-mouse"));
    lines
}

fn source_lines(ctx: &Ctx) -> Vec<String> {
    let model = ctx.model;
    let Place::Step(pos) = &model.place else {
        return Vec::new();
    };
    let step = &model.pack.scenarios[pos.scenario].steps[pos.step];
    step.sources
        .iter()
        .map(|&s| format!("• {}", crate::plain::source_line(&model.pack, &ctx.l10n, s)))
        .collect()
}

/// A framed pane over the screen; any key or click closes it.
fn overlay(ctx: &Ctx, frame: &mut Frame, area: Rect, title: &str, items: Vec<String>) {
    let width = area.width.saturating_sub(4).min(76);
    let inner_width = width.saturating_sub(4);
    let mut lines: Vec<Line> = Vec::new();
    for item in &items {
        lines.extend(ctx.lines(item, inner_width, ctx.theme.text));
    }
    lines.push(Line::default());
    lines.extend(ctx.lines(&ctx.ui("ui-close"), inner_width, ctx.theme.dim));
    let height = (cells(lines.len()) + 2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(ctx.theme.selected_border)
        .title(Line::styled(
            ctx.visual(&format!(" {} ", ctx.ui(title))),
            ctx.theme.title,
        ))
        .title_alignment(ctx.align());
    frame.render_widget(Clear, rect);
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A framed pane centred over `area`, drawn over whatever is there. Returns its area and the
/// area inside the frame.
pub(crate) fn framed(
    ctx: &Ctx,
    frame: &mut Frame,
    area: Rect,
    width: u16,
    height: u16,
) -> (Rect, Rect) {
    let rect = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    };
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(ctx.theme.selected_border);
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, rect);
    (rect, inner)
}

pub(crate) fn selected(model: &Model) -> usize {
    model.selected_button()
}
