//! What start-up finds in the journal (`session-in-progress.json`): nothing, a session to
//! offer on home, one already saved (the journal is then removed), or one this build
//! cannot read, which is moved aside unchanged so that no new session overwrites it.

use super::{Store, StoreError};
use crate::history::History;
use crate::history::journal::{JOURNAL_VERSION, Journal, JournalSetAside, SetAsideReason};

/// The journal as found at start.
#[derive(Debug)]
pub enum AtStart {
    Nothing,
    /// A session to offer on home.
    Unfinished(Journal),
    SetAside(JournalSetAside),
}

/// Reads the journal and decides what home shows about it.
///
/// # Errors
/// When the journal cannot be read and cannot be moved aside either (a read-only folder,
/// say): the journal is then where it was, and botsterk must not start a session that
/// would write over it.
pub fn journal_at_start(store: &Store, history: &History) -> Result<AtStart, StoreError> {
    let reason = match store.load_journal::<serde_json::Value>() {
        Ok(None) => return Ok(AtStart::Nothing),
        Ok(Some(value)) => match version_of(&value) {
            // A newer botsterk's journal: this one might misread it.
            Some(found) if found > JOURNAL_VERSION => SetAsideReason::Newer(found),
            _ => match serde_json::from_value::<Journal>(value) {
                Ok(journal) => return Ok(offer(store, history, journal)),
                Err(e) => SetAsideReason::Damaged(e.to_string()),
            },
        },
        Err(StoreError::Corrupt { reason, .. }) => SetAsideReason::Damaged(reason),
        Err(e) => return Err(e),
    };
    let path = store.set_aside_journal()?;
    Ok(AtStart::SetAside(JournalSetAside {
        path: path.display().to_string(),
        reason,
    }))
}

fn version_of(value: &serde_json::Value) -> Option<u32> {
    value
        .get("version")?
        .as_u64()
        .map(|v| u32::try_from(v).unwrap_or(u32::MAX))
}

/// A readable journal: offered on home, unless its session is already in the history (the
/// crash came between saving it and removing the journal); it is then removed.
fn offer(store: &Store, history: &History, journal: Journal) -> AtStart {
    let saved = history
        .sessions
        .iter()
        .any(|s| s.started_at == journal.started_at && !s.logged);
    if saved {
        // If this fails the next start sees the same and tries again.
        let _ = store.remove_journal();
        return AtStart::Nothing;
    }
    AtStart::Unfinished(journal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        (dir, store)
    }

    #[test]
    fn a_damaged_or_newer_journal_is_moved_aside_unchanged() {
        for (bytes, newer) in [
            (&b"{\"version\": 1, \"started_at\": "[..], false),
            (b"{\"version\": 1, \"program\": 7}", false),
            (b"{\"version\": 2, \"whatever\": true}", true),
        ] {
            let (_dir, store) = store();
            fs::write(store.journal_path(), bytes).unwrap();
            let AtStart::SetAside(aside) = journal_at_start(&store, &History::default()).unwrap()
            else {
                panic!("set aside")
            };
            assert_eq!(matches!(aside.reason, SetAsideReason::Newer(2)), newer);
            assert_eq!(fs::read(&aside.path).unwrap(), bytes);
            assert!(
                !store.journal_path().exists(),
                "a new session starts afresh"
            );
        }
    }

    #[test]
    fn a_journal_with_a_byte_order_mark_is_offered_not_set_aside() {
        // Issue 33: a journal saved by Notepad (a UTF-8 BOM first) was "damaged".
        let (_dir, store) = store();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
        let journal = Journal {
            version: JOURNAL_VERSION,
            started_at: at,
            updated_at: at,
            program: crate::catalog::Program::Beginner,
            rest_seconds: 90,
            exercises: vec![crate::history::journal::JournalExercise {
                id: "chair-squat".into(),
                sets: 2,
                target: 8,
                weight_kg: None,
                caution: false,
            }],
            records: Vec::new(),
            current: 0,
            sets_done: vec![crate::history::SetRecord {
                reps: Some(8),
                ..Default::default()
            }],
            stage: crate::history::journal::Stage::Sets,
            ended_early: false,
        };
        let bytes = [
            b"\xEF\xBB\xBF".as_slice(),
            &serde_json::to_vec(&journal).unwrap(),
        ]
        .concat();
        fs::write(store.journal_path(), &bytes).unwrap();
        let AtStart::Unfinished(read) = journal_at_start(&store, &History::default()).unwrap()
        else {
            panic!("offered")
        };
        assert_eq!(read, journal);
        assert_eq!(
            fs::read(store.journal_path()).unwrap(),
            bytes,
            "left as it is"
        );
    }

    #[test]
    fn no_journal_is_nothing() {
        let (_dir, store) = store();
        assert!(matches!(
            journal_at_start(&store, &History::default()),
            Ok(AtStart::Nothing)
        ));
    }
}
