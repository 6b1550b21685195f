//! Unknown fields kept at every level of the file, without `#[serde(flatten)]` on the read
//! side (flatten makes serde read every field name through its buffered `Content` and
//! cost about a fifth of the whole parse).
//!
//! [`KeepUnknown`] wraps the deserializer a record is read from. The record's derived
//! `Deserialize` reads its fields straight from the file, as without unknown fields; the
//! value of a field it does not know, which it would skip, is read into the record's
//! [`Extra`] under its name instead. A record without unknown fields has an empty `Extra`
//! (no allocation). Writing keeps `#[serde(flatten)]`: the unknown fields go back into the
//! record's object, byte for value as they were read.
//!
//! **A record type that keeps its unknown fields** (every record of `history.json` does;
//! a new record list gets it the same way):
//!
//! ```ignore
//! #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
//! #[serde(remote = "Self")] // the derives make inherent functions; the impls come next
//! pub struct NewRecord {
//!     pub date: NaiveDate,
//!     // ...
//!     #[serde(flatten, skip_deserializing)]
//!     pub extra: Extra,
//! }
//! keep_unknown_fields!(NewRecord);
//! ```
//!
//! A type without an `extra` field of its own can keep them beside it too:
//! `KeepUnknown::new(deserializer, &mut extra)` around any derived struct (the weight
//! decisions do, see `file.rs`).

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, UnitDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::extra::Extra;

/// Implements `Deserialize` (through [`KeepUnknown`]) and `Serialize` for record types
/// derived with `#[serde(remote = "Self")]` and an `extra: Extra` field marked
/// `#[serde(flatten, skip_deserializing)]`.
macro_rules! keep_unknown_fields {
    ($($record:ty),+ $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $record {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let mut extra = $crate::history::extra::Extra::new();
                let mut record =
                    <$record>::deserialize($crate::history::unknown::KeepUnknown::new(d, &mut extra))?;
                record.extra = extra;
                Ok(record)
            }
        }

        impl serde::Serialize for $record {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                <$record>::serialize(self, s)
            }
        }
    )+};
}
pub(crate) use keep_unknown_fields;

/// A deserializer for one record that puts the fields the record does not name into
/// `extra` (see the module docs).
pub struct KeepUnknown<'a, D> {
    inner: D,
    extra: &'a mut Extra,
}

impl<'a, D> KeepUnknown<'a, D> {
    pub fn new(inner: D, extra: &'a mut Extra) -> Self {
        Self { inner, extra }
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for KeepUnknown<'_, D> {
    type Error = D::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        // As a map, as `#[serde(flatten)]` read it: an object only, and anything else refused
        // where it starts.
        self.inner.deserialize_map(Record {
            visitor,
            extra: self.extra,
        })
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// The record's own visitor, given the file's object with its unknown fields taken out.
struct Record<'a, V> {
    visitor: V,
    extra: &'a mut Extra,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Record<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(Known {
            map,
            key: None,
            extra: self.extra,
        })
    }
}

/// The file's object as the record's visitor sees it. Every field name goes to the
/// record's own code (which tells its fields apart as fast as without unknown fields); the
/// value of a name it does not know, which it skips as [`IgnoredAny`], is read into `extra`
/// under that name instead.
struct Known<'a, 'de, A> {
    map: A,
    /// The name of the field whose value comes next.
    key: Option<Cow<'de, str>>,
    extra: &'a mut Extra,
}

/// Whether `T` is [`IgnoredAny`], what serde's derived code reads a field it does not
/// know into. Zero-sized (the first test, settled when compiling) and named so: no field
/// of a record is zero-sized.
fn is_ignored_any<T>() -> bool {
    std::mem::size_of::<T>() == 0
        && std::any::type_name::<T>() == std::any::type_name::<IgnoredAny>()
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Known<'_, 'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(Key(key)) = self.map.next_key::<Key<'de>>()? else {
            return Ok(None);
        };
        let field = match &key {
            Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
            Cow::Owned(key) => seed.deserialize(StrDeserializer::new(key)),
        }?;
        self.key = Some(key);
        Ok(Some(field))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let key = self.key.take();
        match key {
            Some(key) if is_ignored_any::<S::Value>() => {
                let value: serde_json::Value = self.map.next_value()?;
                self.extra.insert(key.into_owned(), value);
                seed.deserialize(UnitDeserializer::new())
            }
            _ => self.map.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// A field name, borrowed from the file when it can be (no escapes in it).
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(key)))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key)))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::catalog::Catalog;
    use crate::history::History;

    /// A year of the demo with practice, as written, with an unknown field added to one
    /// record of every kind (a name with an escape in it too, read as an owned string).
    fn annotated() -> Value {
        let end = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let history = crate::demo::demo_history_with_practice(&Catalog::builtin(), end, 1);
        let mut file = serde_json::to_value(&history).unwrap();
        file["note"] = json!("by hand");
        file["n\u{f6}te"] = json!(["escaped", {"deep": [1, 2.5, null, true]}]);
        let session = &mut file["sessions"][3];
        session["mood"] = json!({"before": 3, "after": [4, "good"]});
        session["exercises"][1]["equipment"] = json!("wall");
        session["exercises"][1]["sets"][0]["tempo"] = json!("3-1-1");
        file["weight_changes"][0]["why"] = json!("the physio said so");
        file["pain_checks"][0]["who"] = json!("Dr. B");
        let practice = &mut file["practice"][5];
        practice["place"] = json!("kitchen");
        practice["balance"][0]["shoes"] = json!(false);
        practice["posture"][2]["felt"] = json!(18_446_744_073_709_551_615_u64);
        file
    }

    #[test]
    fn unknown_fields_at_every_level_are_read_and_written_back_as_they_were() {
        let file = annotated();
        let text = serde_json::to_string(&file).unwrap();
        let history: History = serde_json::from_str(&text).unwrap();
        assert_eq!(history.extra["note"], json!("by hand"));
        assert_eq!(history.sessions[3].extra["mood"]["after"][1], json!("good"));
        assert_eq!(history.practice[5].balance[0].extra["shoes"], json!(false));
        assert_eq!(serde_json::to_value(&history).unwrap(), file);
        // Records without unknown fields have none.
        assert!(history.sessions[0].extra.is_empty());
        assert!(history.practice[0].posture[0].extra.is_empty());
    }

    #[test]
    fn errors_name_the_field_and_the_place_as_a_derived_read_would() {
        let mut file = annotated();
        file["sessions"][2]["exercises"][0]["sets"][0]["reps"] = json!("twelve");
        let text = serde_json::to_string_pretty(&file).unwrap();
        let error = serde_json::from_str::<History>(&text)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("invalid type: string \"twelve\", expected u32 at line "),
            "{error}"
        );
        let mut file = annotated();
        file["practice"][1]["balance"][0]
            .as_object_mut()
            .unwrap()
            .remove("stance");
        let error = serde_json::from_value::<History>(file)
            .unwrap_err()
            .to_string();
        assert_eq!(error, "missing field `stance`");
        let error = serde_json::from_str::<History>(r#"{"version": 3, "sessions": [[1]]}"#)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("invalid type: sequence, expected struct SessionRecord"),
            "{error}"
        );
    }
}
