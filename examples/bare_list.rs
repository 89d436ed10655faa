//! The baseline for `benches/first_frame.py`: a bare ratatui program that draws one list (the
//! wizard's root answers, as plain strings) with a selection, moves it with j/k and quits on q.

// Tests, benchmarks and examples may unwrap: a failing unwrap is a failing run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{List, ListState};

const ITEMS: [&str; 8] = [
    "Verifying my identity by text message or phone call",
    "My card is not accepted when I sign up",
    "Activating the Azure free trial",
    "Activating a benefit (MSDN, Microsoft Partner Network (MPN), BizSpark)",
    "Paying a past-due balance",
    "Activating Azure in Open or an Open-program online service",
    "Setting up my Partner Center account or renewing Microsoft Partner Network (MPN)",
    "I want to open a support ticket",
];

fn main() -> std::io::Result<()> {
    ratatui::run(|terminal| {
        let mut state = ListState::default().with_selected(Some(0));
        loop {
            terminal.draw(|frame| {
                let [list, footer] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(frame.area());
                frame.render_stateful_widget(List::new(ITEMS).highlight_symbol("▶ "), list, &mut state);
                frame.render_widget("↑↓ move  q quit", footer);
            })?;
            if let Event::Key(key) = event::read()?
                && key.kind == KeyEventKind::Press
            {
                match key.code {
                    KeyCode::Char('q') => return Ok(()),
                    KeyCode::Char('j') | KeyCode::Down => state.select_next(),
                    KeyCode::Char('k') | KeyCode::Up => state.select_previous(),
                    _ => {}
                }
            }
        }
    })
}
