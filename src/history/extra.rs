//! [`Extra`]: the fields of one record this build does not know, kept to be written back.
//!
//! Nearly every record has none, and a long history has a hundred thousand records (every
//! set is one): an empty `Extra` is one pointer-sized `None`, with nothing to allocate or
//! free, where a map kept beside each record made every set 64 bytes instead of 48 and
//! each record's drop walk an empty tree (issue 28).

use std::sync::LazyLock;

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// Fields this build does not know (added by hand, or by a later version), kept as they
/// were read and written back unchanged, at every level of the file (see
/// [`super::unknown`] for how, and for how a new record type keeps them too). Read like a
/// `serde_json::Map` (it derefs to one); [`Extra::insert`] adds a field.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extra(Option<Box<Map<String, Value>>>);

/// What an `Extra` without fields reads as.
static EMPTY: LazyLock<Map<String, Value>> = LazyLock::new(Map::new);

impl Extra {
    /// No unknown fields.
    #[must_use]
    pub fn new() -> Self {
        Self(None)
    }

    /// Keeps `value` under `key`, replacing one of the same name; returns the one replaced.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        self.0.get_or_insert_with(Box::default).insert(key, value)
    }

    /// Forgets every unknown field.
    pub fn clear(&mut self) {
        self.0 = None;
    }
}

impl std::ops::Deref for Extra {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Self::Target {
        self.0.as_deref().unwrap_or(&EMPTY)
    }
}

/// As the map it holds: under `#[serde(flatten)]` its fields go back into the record's
/// object, as they were read.
impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_empty_extra_is_one_pointer_and_reads_as_an_empty_map() {
        assert_eq!(std::mem::size_of::<Extra>(), std::mem::size_of::<usize>());
        let extra = Extra::new();
        assert!(extra.is_empty());
        assert_eq!(extra.get("mood"), None);
        assert_eq!(serde_json::to_string(&extra).unwrap(), "{}");
    }

    #[test]
    fn inserted_fields_are_read_and_written_back() {
        let mut extra = Extra::new();
        assert_eq!(extra.insert("mood".into(), json!("good")), None);
        assert_eq!(
            extra.insert("mood".into(), json!("fine")),
            Some(json!("good"))
        );
        extra.insert("shoes".into(), json!(false));
        assert_eq!(extra["mood"], json!("fine"));
        assert_eq!(extra.len(), 2);
        assert_eq!(
            serde_json::to_string(&extra).unwrap(),
            r#"{"mood":"fine","shoes":false}"#
        );
    }
}
