//! The typed-parse floor as a whole process, to time from outside beside `botsterk` itself
//! (`benches/measure.sh ratios`, or `/usr/bin/time`):
//!
//! `floor_process HISTORY` reads `HISTORY` and parses it into the plain structs of
//! `benches/floor/mod.rs`; `floor_process HISTORY BYTES` also writes the file `BYTES` to
//! stdout (the floor of `history --csv`: give it the CSV botsterk printed). Under
//! `cargo bench` (no file given) it does nothing.
//!
//! Built by `cargo bench --no-run --bench floor_process`; the binary is
//! `target/release/deps/floor_process-*`.

use std::io::Write;

#[path = "floor/mod.rs"]
mod floor;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let Some(history) = args.first() else {
        return;
    };
    std::hint::black_box(floor::parse(std::path::Path::new(history)));
    if let Some(bytes) = args.get(1) {
        let bytes = std::fs::read(bytes).expect("the bytes to write are there");
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes)
            .and_then(|()| out.flush())
            .expect("stdout");
    }
}
