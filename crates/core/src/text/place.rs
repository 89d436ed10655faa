//! Places in a text: a 1-based line and column ([`Pos`]), and a [`LineIndex`] that finds many of
//! them fast. Below the files ([`crate::source`]) and the findings that point into them
//! ([`crate::engine::diagnostic`], which re-exports both).

/// A place in a source file: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize, serde::Deserialize)]
pub struct Pos {
    pub line: u64,
    pub col: u64,
}

impl Pos {
    /// The line and column of byte `offset` in `text` (clamped to the text's end).
    pub fn of_offset(text: &str, offset: usize) -> Pos {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line = before.matches('\n').count() as u64 + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() as u64 + 1;
        Pos { line, col }
    }
}

/// The line starts of a text, so that many byte offsets become positions without rescanning the
/// text from its start each time.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// The same as [`Pos::of_offset`], in time logarithmic in the number of lines.
    pub fn pos(&self, offset: usize) -> Pos {
        let mut end = offset.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= end);
        let start = self.starts[line - 1];
        Pos {
            line: line as u64,
            col: self.text[start..end].chars().count() as u64 + 1,
        }
    }
}
