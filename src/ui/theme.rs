//! Styles. With NO_COLOR only bold, reverse and dim are used, which also reads well on a
//! projector and in high contrast. The light palette uses colours of the 256-colour cube,
//! which terminals agree on, so its contrast on a light background can be checked.

use crate::app::Palette;
use ratatui::style::{Color, Modifier, Style};

pub struct Theme {
    pub title: Style,
    pub text: Style,
    pub strong: Style,
    pub dim: Style,
    pub notice: Style,
    pub border: Style,
    pub selected_border: Style,
    pub selected_label: Style,
    pub link: Style,
    pub flag: Style,
    /// Words on the card for an officer: as large and as contrasting as a terminal allows.
    pub card: Style,
}

impl Theme {
    pub fn new(palette: Palette) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match palette {
            Palette::Dark => Theme {
                title: bold.fg(Color::LightCyan),
                text: Style::new(),
                strong: bold,
                dim: Style::new().fg(Color::Gray),
                notice: bold.fg(Color::Black).bg(Color::Yellow),
                border: Style::new().fg(Color::Gray),
                selected_border: bold.fg(Color::LightYellow),
                selected_label: bold.fg(Color::LightYellow),
                link: Style::new()
                    .fg(Color::LightCyan)
                    .add_modifier(Modifier::UNDERLINED),
                flag: bold.fg(Color::LightRed),
                card: bold.fg(Color::Black).bg(Color::White),
            },
            Palette::Light => {
                // #005faf, #585858, #875f00, #af0000: each at least 4.5:1 on white and on
                // xterm's light grey (see the test below).
                let blue = Color::Indexed(25);
                let grey = Color::Indexed(240);
                Theme {
                    title: bold.fg(blue),
                    text: Style::new(),
                    strong: bold,
                    dim: Style::new().fg(grey),
                    notice: bold.fg(Color::Indexed(16)).bg(Color::Indexed(220)),
                    border: Style::new().fg(grey),
                    selected_border: bold.fg(Color::Indexed(94)),
                    selected_label: bold.fg(Color::Indexed(16)).bg(Color::Indexed(229)),
                    link: Style::new().fg(blue).add_modifier(Modifier::UNDERLINED),
                    flag: bold.fg(Color::Indexed(124)),
                    card: bold.fg(Color::Indexed(231)).bg(Color::Indexed(16)),
                }
            }
            Palette::Plain => Theme {
                title: bold,
                text: Style::new(),
                strong: bold,
                dim: Style::new().add_modifier(Modifier::DIM),
                notice: Style::new().add_modifier(Modifier::REVERSED),
                border: Style::new(),
                selected_border: bold,
                selected_label: bold.add_modifier(Modifier::REVERSED),
                link: Style::new().add_modifier(Modifier::UNDERLINED),
                flag: bold,
                card: bold.add_modifier(Modifier::REVERSED),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Red, green and blue of a colour of xterm's 256-colour palette (cube and greys).
    fn rgb(color: Color) -> Option<[u8; 3]> {
        let Color::Indexed(i) = color else {
            return None;
        };
        let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
        match i {
            16..=231 => {
                let i = i - 16;
                Some([level(i / 36), level(i / 6 % 6), level(i % 6)])
            }
            232..=255 => {
                let v = 8 + 10 * (i - 232);
                Some([v, v, v])
            }
            _ => None,
        }
    }

    /// WCAG relative luminance.
    fn luminance([r, g, b]: [u8; 3]) -> f64 {
        let linear = |v: u8| {
            let c = f64::from(v) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn the_light_palette_keeps_wcag_aa_contrast_on_light_backgrounds() {
        let t = Theme::new(Palette::Light);
        let styles = [
            ("title", t.title),
            ("dim", t.dim),
            ("notice", t.notice),
            ("border", t.border),
            ("selected_border", t.selected_border),
            ("selected_label", t.selected_label),
            ("link", t.link),
            ("flag", t.flag),
            ("card", t.card),
        ];
        // White, and xterm's "white" (#e5e5e5), the lightest grey a light theme tends to use.
        for background in [[255, 255, 255], [229, 229, 229]] {
            for (name, style) in styles {
                let fg = style.fg.and_then(rgb);
                let bg = style.bg.map_or(Some(background), rgb);
                let (Some(fg), Some(bg)) = (fg, bg) else {
                    panic!("{name}: a colour of the 256-colour cube, so its contrast is known");
                };
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{name}: {ratio:.2}:1 on {background:?}");
            }
        }
        // The sanity of the measure itself: black on white is 21:1.
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
    }
}
