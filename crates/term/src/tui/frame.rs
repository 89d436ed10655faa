//! The words a frame is made of, shared by the parts that lay it out ([`super::view`],
//! [`super::pane`], [`super::overlay`]): the state a frame is drawn from, each pane's texts, what is
//! on top, what a click lands on, and where a link is. Types only, so those parts depend on this
//! and not on each other.

use super::body::Extras;
use super::editor::Editor;
use super::keys::Mode;
use super::search::Search;
use super::theme::Theme;
use crate::i18n::Localizer;
use crate::wizard::screen::Screen;

/// What is drawn over the screen, and so where keys go.
pub enum Layer<'a> {
    None,
    Help,
    Search(&'a Search),
    Note(&'a Editor),
    /// The reason for a flag on this step.
    Flag(&'a Editor),
    /// A save failed: why, and a folder to save in instead.
    Folder {
        editor: &'a Editor,
        why: String,
    },
    /// Quitting with unsaved work: save and quit, quit, or stay.
    Confirm,
    Message {
        title: String,
        text: Vec<String>,
    },
}

impl Layer<'_> {
    pub fn mode(&self) -> Mode {
        match self {
            Layer::None => Mode::Main,
            Layer::Help => Mode::Help,
            Layer::Search(_) => Mode::Search,
            Layer::Note(_) | Layer::Flag(_) | Layer::Folder { .. } => Mode::Note,
            Layer::Confirm => Mode::Confirm,
            Layer::Message { .. } => Mode::Message,
        }
    }
}

/// Everything a frame shows, borrowed from the app.
pub struct State<'a> {
    /// The screen in the agent's language: the title, breadcrumb and codes come from it.
    pub screen: &'a Screen,
    /// One pane, or two in the bilingual view (the customer's language first).
    pub panes: Vec<PaneText<'a>>,
    pub localizer: &'a Localizer,
    /// The agent's language: the chrome, the overlays.
    pub lang: &'a str,
    /// The customer's language, which the title bar names when it is not the agent's.
    pub customer: &'a str,
    pub theme: Theme,
    /// The selected answer, unless the cursor is on a step (`PaneText::extras.step`).
    pub selected: Option<usize>,
    pub scroll: usize,
    /// Scroll the step under the cursor into view.
    pub reveal: bool,
    pub layer: Layer<'a>,
    pub notice: Option<&'a str>,
    /// How many languages the wizard can switch between.
    pub languages: usize,
    /// How far the help overlay is scrolled.
    pub help_scroll: usize,
    /// Draw in plain ASCII.
    pub ascii: bool,
}

/// What a click lands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// The answer at this index.
    Answer(usize),
    /// The breadcrumb at this depth.
    Crumb(usize),
    /// A step of the fix.
    Step(usize),
    /// A search result.
    Result(usize),
}

/// A visible piece of a link, in screen cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkSpot {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub url: String,
}

/// What a pane shows, in its language.
pub struct PaneText<'a> {
    pub screen: &'a Screen,
    pub extras: Extras<'a>,
    /// The pane's heading (the bilingual view names each language).
    pub header: Option<String>,
}
