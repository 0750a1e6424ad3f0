//! The smallest ratatui program: the baseline `benches/startup.rs` compares kyr's start-up
//! with. It enters the alternate screen, draws one line, and waits for a key.

use crossterm::event;
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::widgets::Paragraph;
use std::io;

fn main() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.draw(|f| f.render_widget(Paragraph::new("baseline ready"), f.area()))?;
    let _ = event::read();
    execute!(io::stdout(), LeaveAlternateScreen)?;
    disable_raw_mode()
}
