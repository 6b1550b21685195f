//! A journal found at start that could not be read, and where it was moved: the store
//! finds it, home says it. A record of the data folder, so the TUI names it without
//! knowing the store.

/// Why the journal could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetAsideReason {
    /// It does not parse: the parser's words, naming the line and column.
    Damaged(String),
    /// Written by a newer botsterk (its format version).
    Newer(u32),
}

/// The unreadable journal, moved aside at start: shown on home so that the user knows
/// their unfinished session is kept, where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalSetAside {
    /// Where it is now.
    pub path: String,
    pub reason: SetAsideReason,
}
