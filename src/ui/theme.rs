//! Styles. With NO_COLOR only bold, reverse and dim are used, which also reads well on a
//! projector and in high contrast.

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
    pub fn new(color: bool) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        if color {
            Theme {
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
            }
        } else {
            Theme {
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
            }
        }
    }
}
