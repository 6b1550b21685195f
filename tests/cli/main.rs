//! The command line on the real binary: the commands, their help and their refusals, each
//! test in its own data folder. One test binary, one module per area (`cargo test --test
//! cli help::` runs one area).

#[path = "../common/mod.rs"]
mod common;

mod bom;
mod bounds;
mod calendar;
mod clap_errors;
mod commands;
mod concurrent;
mod demo;
mod dose;
mod dutch;
mod edges;
mod full;
mod help;
mod hints;
mod history;
mod log_input;
mod messages;
mod pain;
mod practice;
mod profile;
mod report;
mod restore;
mod status;
mod test_day;
mod two_files;
mod weight;
mod workbook;
