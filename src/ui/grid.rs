//! Big numbered buttons, at least three rows tall so that a finger can hit them, laid out in
//! columns when the screen is wide and scrolled so that the selected one is always visible.

use super::Ctx;
use super::text::TerminalProfile;
use crate::app::{Button, Intent};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph};

const NUMBER: u16 = 4;

struct Cell {
    lines: Vec<String>,
    height: u16,
}

fn cells(profile: &TerminalProfile, items: &[Button], col_width: u16) -> Vec<Cell> {
    let label_width = col_width.saturating_sub(2 + 2 + NUMBER).max(1);
    items
        .iter()
        .map(|b| {
            let lines = profile.wrap(&b.label, usize::from(label_width));
            let height = super::cells(lines.len().max(1)) + 2;
            Cell { lines, height }
        })
        .collect()
}

fn column_width(width: u16, columns: u16) -> u16 {
    (width.saturating_sub(columns - 1)) / columns
}

fn row_heights(cells: &[Cell], columns: u16) -> Vec<u16> {
    cells
        .chunks(usize::from(columns))
        .map(|row| row.iter().map(|c| c.height).max().unwrap_or(3))
        .collect()
}

/// Rows needed to show every button.
pub fn height(profile: &TerminalProfile, items: &[Button], width: u16, columns: u16) -> u16 {
    let columns = columns.max(1);
    row_heights(
        &cells(profile, items, column_width(width, columns)),
        columns,
    )
    .iter()
    .sum()
}

pub fn draw(
    ctx: &mut Ctx,
    frame: &mut Frame,
    area: Rect,
    items: &[Button],
    selected: usize,
    columns: u16,
) {
    let columns = columns.max(1);
    if items.is_empty() || area.width < columns || area.height == 0 {
        return;
    }
    if !ctx.read_only {
        ctx.drawn.columns = columns;
    }
    let col_width = column_width(area.width, columns);
    let cells = cells(ctx.profile(), items, col_width);
    let heights = row_heights(&cells, columns);
    // Buttons that do not all fit leave the last line to say so.
    let cut = heights.iter().sum::<u16>() > area.height && area.height > 1;
    let full = area;
    let area = if cut {
        Rect {
            height: area.height - 1,
            ..area
        }
    } else {
        area
    };
    // A selection left over from another screen must not point past this one's buttons.
    let selected = selected.min(items.len() - 1);
    let selected_row = selected / usize::from(columns);
    // Scroll down just enough for the selected row to fit.
    let mut first = 0;
    while first < selected_row && heights[first..=selected_row].iter().sum::<u16>() > area.height {
        first += 1;
    }
    let mut y = area.y;
    let mut last = first;
    for (row, &h) in heights.iter().enumerate().skip(first) {
        if y + h > area.bottom() {
            break;
        }
        last = row;
        for col in 0..columns {
            let index = row * usize::from(columns) + usize::from(col);
            let Some(cell) = cells.get(index) else { break };
            // Right-to-left layouts put the first button on the right.
            let visual_col = if ctx.rtl { columns - 1 - col } else { col };
            let x = area.x + visual_col * (col_width + 1);
            let rect = Rect::new(x, y, col_width, h);
            button(ctx, frame, rect, index, cell, index == selected);
            ctx.hit(rect, Intent::Press(index));
        }
        y += h;
    }
    if cut {
        more(ctx, frame, full, items.len(), columns, first, last);
    }
}

/// The line under buttons that do not all fit: which are shown, which way the rest are, and a
/// target to tap that brings the next ones into view (↑↓ and the wheel do too).
fn more(
    ctx: &mut Ctx,
    frame: &mut Frame,
    area: Rect,
    count: usize,
    columns: u16,
    first_row: usize,
    last_row: usize,
) {
    let columns = usize::from(columns);
    let shown_from = first_row * columns;
    let shown_to = ((last_row + 1) * columns).min(count);
    let (above, below) = (shown_from > 0, shown_to < count);
    if !above && !below {
        return;
    }
    let arrows = match (above, below) {
        (true, true) => "↑↓",
        (true, false) => "↑",
        _ => "↓",
    };
    let words = format!(
        "{arrows} {} ({}–{} / {count})",
        ctx.ui("ui-more"),
        shown_from + 1,
        shown_to
    );
    let line = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::styled(ctx.place(&words, line.width), ctx.theme.dim)),
        line,
    );
    if !ctx.read_only {
        // The first one out of view: below if any, else the last one above.
        let next = if below {
            shown_to
        } else {
            shown_from.saturating_sub(1)
        };
        ctx.hit(line, Intent::Select(next));
        ctx.drawn.more_buttons = true;
    }
}

fn button(ctx: &Ctx, frame: &mut Frame, rect: Rect, index: usize, cell: &Cell, selected: bool) {
    let (border, label_style) = if selected {
        (ctx.theme.selected_border, ctx.theme.selected_label)
    } else {
        (ctx.theme.border, ctx.theme.strong)
    };
    let block = Block::bordered()
        .border_type(if selected {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(border);
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, rect);
    let number = format!("{}", index + 1);
    let label_width = inner.width.saturating_sub(NUMBER);
    let lines: Vec<Line> = cell
        .lines
        .iter()
        .map(|l| Line::styled(ctx.place(l, label_width), label_style))
        .collect();
    let (number_rect, label_rect, align) = if ctx.rtl {
        (
            Rect::new(
                inner.right().saturating_sub(NUMBER - 1),
                inner.y,
                NUMBER - 1,
                1,
            ),
            Rect::new(inner.x, inner.y, label_width, inner.height),
            Alignment::Right,
        )
    } else {
        (
            Rect::new(inner.x, inner.y, NUMBER - 1, 1),
            Rect::new(inner.x + NUMBER, inner.y, label_width, inner.height),
            Alignment::Left,
        )
    };
    frame.render_widget(
        Paragraph::new(Line::styled(number, ctx.theme.title)).alignment(align),
        number_rect,
    );
    frame.render_widget(Paragraph::new(lines), label_rect);
}
