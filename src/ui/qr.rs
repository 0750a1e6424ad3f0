//! Codes to scan: a hotline as a `tel:` link, an address as a web link, drawn with half blocks
//! (two modules a cell, so modules come out square) in black on white whatever the theme,
//! because phone cameras need dark modules on a light ground.

use crate::pack::{Contact, ContactKind};
use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};

/// Light modules around the code, as the QR standard asks.
const QUIET: usize = 4;

/// What the code holds: `tel:+18003540365`, `tel:311`, `https://locator.ice.gov`.
pub fn payload(contact: &Contact) -> String {
    match contact.kind {
        ContactKind::Web => format!("https://{}", contact.number),
        ContactKind::Phone => {
            let digits: String = contact
                .number
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            match digits.len() {
                11 if digits.starts_with('1') => format!("tel:+{digits}"),
                10 => format!("tel:+1{digits}"),
                _ => format!("tel:{digits}"),
            }
        }
    }
}

/// The code's modules (true is dark) with the quiet zone, row by row, and its width.
pub fn modules(payload: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(payload, EcLevel::M).ok()?;
    let inner = code.width();
    let width = inner + 2 * QUIET;
    let colors = code.to_colors();
    let mut out = vec![false; width * width];
    for y in 0..inner {
        for x in 0..inner {
            out[(y + QUIET) * width + x + QUIET] = colors[y * inner + x] == Module::Dark;
        }
    }
    Some((width, out))
}

/// The code as terminal lines that fit `columns` × `rows`: where there is room, each module is
/// two cells side by side on one row, drawn by background colour alone, which every terminal
/// fills edge to edge whatever its font; else `lines`.
pub fn lines_within(payload: &str, columns: u16, rows: u16) -> Vec<Line<'static>> {
    let Some((width, modules)) = modules(payload) else {
        return Vec::new();
    };
    if usize::from(rows) < width || usize::from(columns) < 2 * width {
        return lines(payload);
    }
    let color = |dark: bool| if dark { Color::Black } else { Color::White };
    modules
        .chunks(width)
        .map(|row| {
            let spans: Vec<Span> = row
                .iter()
                .map(|&dark| Span::styled("  ", Style::new().bg(color(dark))))
                .collect();
            Line::from(spans)
        })
        .collect()
}

/// The code as terminal lines: each cell shows two modules, the upper one in the foreground of
/// "▀". Where both are alike the cell is a space in their colour: a background fills the whole
/// cell in every terminal, while a glyph may leave gaps (xterm with an outline font) or be
/// missing from the font, and a phone cannot read a code with stripes through it.
pub fn lines(payload: &str) -> Vec<Line<'static>> {
    let Some((width, modules)) = modules(payload) else {
        return Vec::new();
    };
    let color = |dark: bool| if dark { Color::Black } else { Color::White };
    (0..width.div_ceil(2))
        .map(|row| {
            let spans: Vec<Span> = (0..width)
                .map(|x| {
                    let top = modules[2 * row * width + x];
                    let bottom = modules
                        .get((2 * row + 1) * width + x)
                        .copied()
                        .unwrap_or(false);
                    if top == bottom {
                        Span::styled(" ", Style::new().bg(color(top)))
                    } else {
                        Span::styled("▀", Style::new().fg(color(top)).bg(color(bottom)))
                    }
                })
                .collect();
            Line::from(spans)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(number: &str, kind: ContactKind) -> Contact {
        Contact {
            id: "x".into(),
            number: number.into(),
            kind,
            group: "g".into(),
            verify: false,
        }
    }

    #[test]
    fn payloads() {
        assert_eq!(
            payload(&contact("1-800-354-0365", ContactKind::Phone)),
            "tel:+18003540365"
        );
        assert_eq!(
            payload(&contact("212-725-6422", ContactKind::Phone)),
            "tel:+12127256422"
        );
        assert_eq!(payload(&contact("311", ContactKind::Phone)), "tel:311");
        assert_eq!(
            payload(&contact("locator.ice.gov", ContactKind::Web)),
            "https://locator.ice.gov"
        );
    }

    #[test]
    fn a_phone_code_fits_an_80x24_screen() {
        let lines = lines("tel:+18003540365");
        assert!(lines.len() <= 16, "{} rows", lines.len());
        assert!(lines[0].width() <= 40);
    }
}
