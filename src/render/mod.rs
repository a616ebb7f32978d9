//! Articles and hits → bytes on a writer, one file per output format: `json` (JSON Lines, the
//! stable machine contract), `csv` (spreadsheets) and `text` (aligned for an 80-column
//! terminal, bold matches on a TTY).

pub mod csv;
pub mod json;
pub mod text;

/// How human output may decorate text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use ANSI bold for highlights (a TTY, and NO_COLOR unset).
    pub color: bool,
    /// Total width to wrap to.
    pub width: usize,
}

impl Style {
    /// Plain text, 80 columns: for pipes and files.
    pub fn plain() -> Style {
        Style {
            color: false,
            width: 80,
        }
    }
}
