//! The parser's reason why a file cannot be read, in words for the person who owns the
//! file: serde names the Rust types it was filling ("expected struct VersionOnly",
//! "expected u32"), which mean nothing outside this program's source.

/// `error`'s text, with the names of this program's types replaced by what the file
/// should hold there. Where it is (line and column) is kept.
pub(crate) fn plain(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("expected ") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "expected ".len()..];
        let (words, skip) = expected(after);
        out.push_str("expected ");
        out.push_str(&words);
        rest = &after[skip..];
    }
    out.push_str(rest);
    out
}

/// What the file should hold, for the text after "expected ", and how much of that text
/// it replaces.
fn expected(after: &str) -> (String, usize) {
    let ident_end = |s: &str| {
        s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len())
    };
    for (rust, words) in [
        ("struct ", "an object { … }"),
        ("enum ", "one of the words botsterk knows"),
    ] {
        if let Some(name) = after.strip_prefix(rust) {
            let mut skip = rust.len() + ident_end(name);
            // "with 2 elements": a count of the struct's fields, not of anything in the file.
            let tail = &after[skip..];
            if let Some(with) = tail.strip_prefix(" with ") {
                let digits = with.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
                let noun = &with[digits..];
                for word in [" elements", " element"] {
                    if digits > 0 && noun.starts_with(word) {
                        skip += " with ".len() + digits + word.len();
                        break;
                    }
                }
            }
            return (words.to_owned(), skip);
        }
    }
    let end = ident_end(after);
    let words = match &after[..end] {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number, 0 or more",
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number",
        "f32" | "f64" => "a number",
        "bool" => "true or false",
        _ => return (String::new(), 0),
    };
    (words.to_owned(), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        version: u32,
        kind: Kind,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    enum Kind {
        A,
    }

    fn reason(json: &str) -> String {
        plain(&serde_json::from_str::<Inner>(json).unwrap_err())
    }

    #[test]
    fn no_rust_type_name_reaches_the_user() {
        for json in [
            "[]",
            "[1]",
            "7",
            "{\"version\": -1, \"kind\": \"A\"}",
            "{\"version\": 1, \"kind\": 3}",
            "{\"version\": true}",
        ] {
            let text = reason(json);
            for name in ["Inner", "Kind", "u32", "struct", "enum"] {
                assert!(!text.contains(name), "{json}: {text}");
            }
            assert!(text.contains("line 1"), "{json}: {text}");
        }
    }

    #[test]
    fn what_the_file_lacks_is_still_said() {
        assert!(reason("{\"version\": 1}").contains("missing field `kind`"));
        assert!(
            reason("[]").contains("expected an object"),
            "{}",
            reason("[]")
        );
        assert!(reason("{\"version\": -1}").contains("a whole number, 0 or more"));
    }
}
