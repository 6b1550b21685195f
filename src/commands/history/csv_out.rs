//! Rows written as the `csv` crate writes them with its defaults (a field is quoted only when
//! it holds a comma, a quote, a carriage return or a line feed, its quotes doubled; each row
//! ends in a line feed), without its per-field state machine: the CSV is most of what
//! `history --csv` does after the parse (issue 28).
//!
//! A row is built in one reused buffer and handed to the output in one write. The parts of a
//! row that repeat (a session's date and program, an exercise's id, weight and effort) are
//! escaped once into a part of their own and copied into each of its rows.

use std::io::{BufWriter, Write};

/// The rows' output: a 64 KB buffer in front of `W`, a row's buffer and a digits' buffer.
pub(super) struct CsvOut<W: Write> {
    out: BufWriter<W>,
    row: Vec<u8>,
    digits: itoa::Buffer,
}

impl<W: Write> CsvOut<W> {
    pub(super) fn new(out: W) -> Self {
        Self {
            out: BufWriter::with_capacity(1 << 16, out),
            row: Vec::with_capacity(256),
            digits: itoa::Buffer::new(),
        }
    }

    /// A whole row of fields, each escaped.
    pub(super) fn record<const N: usize>(&mut self, fields: [&str; N]) -> std::io::Result<()> {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.raw(b",");
            }
            self.field(field);
        }
        self.end_row()
    }

    /// Bytes already escaped (a separator, a part built by [`escape_into`]).
    pub(super) fn raw(&mut self, bytes: &[u8]) {
        self.row.extend_from_slice(bytes);
    }

    /// One field, escaped.
    pub(super) fn field(&mut self, field: &str) {
        escape_into(&mut self.row, field);
    }

    /// One field joined from `pieces`, escaped as the joined text would be, without joining.
    pub(super) fn joined<const N: usize>(&mut self, pieces: [&str; N]) {
        if !pieces.iter().any(|p| needs_quotes(p.as_bytes())) {
            for piece in pieces {
                self.row.extend_from_slice(piece.as_bytes());
            }
            return;
        }
        self.row.push(b'"');
        for piece in pieces {
            double_quotes_into(&mut self.row, piece.as_bytes());
        }
        self.row.push(b'"');
    }

    /// A count's digits, or an empty cell.
    pub(super) fn number(&mut self, n: Option<u32>) {
        if let Some(n) = n {
            self.row.extend_from_slice(self.digits.format(n).as_bytes());
        }
    }

    /// The row ends in a line feed and goes to the output.
    pub(super) fn end_row(&mut self) -> std::io::Result<()> {
        self.row.push(b'\n');
        let written = self.out.write_all(&self.row);
        self.row.clear();
        written
    }

    pub(super) fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// `field` as the `csv` crate writes it, appended to `buf`.
pub(super) fn escape_into(buf: &mut Vec<u8>, field: &str) {
    let bytes = field.as_bytes();
    if needs_quotes(bytes) {
        buf.push(b'"');
        double_quotes_into(buf, bytes);
        buf.push(b'"');
    } else {
        buf.extend_from_slice(bytes);
    }
}

/// What the `csv` crate quotes a field for.
fn needs_quotes(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
}

/// `bytes` with each quote doubled, appended to `buf` (inside a quoted field).
fn double_quotes_into(buf: &mut Vec<u8>, bytes: &[u8]) {
    for part in bytes.split_inclusive(|&b| b == b'"') {
        buf.extend_from_slice(part);
        if part.last() == Some(&b'"') {
            buf.push(b'"');
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::CsvOut;

    proptest! {
        /// Byte for byte what the `csv` crate writes, whatever the fields hold.
        #[test]
        fn rows_are_written_as_the_csv_crate_writes_them(
            fields in prop::array::uniform4("[a-z,\"\r\n é]{0,6}"),
        ) {
            let mut ours = CsvOut::new(Vec::new());
            ours.record(fields.each_ref().map(String::as_str)).unwrap();
            let ours = ours.out.into_inner().unwrap();
            let mut theirs = csv::Writer::from_writer(Vec::new());
            theirs.write_record(&fields).unwrap();
            prop_assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs.into_inner().unwrap()).unwrap()
            );
        }

        /// A field written from its pieces is the field joined, escaped.
        #[test]
        fn a_joined_field_is_escaped_as_the_whole(
            pieces in prop::array::uniform3("[a-z,\"\r\n é/]{0,4}"),
        ) {
            let mut joined = CsvOut::new(Vec::new());
            joined.joined(pieces.each_ref().map(String::as_str));
            let mut whole = CsvOut::new(Vec::new());
            whole.field(&pieces.concat());
            prop_assert_eq!(joined.row, whole.row);
        }
    }
}
