//! botsterk: a terminal coach for bone-loading strength training after 50.
//!
//! The shape (see `docs/architecture.md`): a pure coaching core ([`coach`]), the records
//! ([`history`]) and their [`store`], the TUI's state machine ([`app`]) with its [`keymap`]
//! and pure views ([`ui`]), and a thin event loop ([`shell`]) that alone touches the
//! terminal and the clock.
// `unsafe_code` is forbidden in Cargo.toml's [lints], for every target.
// Tests may be long: the 100-line limit (Cargo.toml's [lints], clippy.toml) is for the product.
#![cfg_attr(test, allow(clippy::too_many_lines))]
// `println!` and `eprintln!` panic when the stream cannot be written: see [`say`].
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod app;
pub mod card;
pub mod catalog;
pub mod cli;
pub mod clock;
pub mod coach;
pub mod commands;
pub mod corrections;
pub mod decimal;
pub mod demo;
pub mod history;
pub mod i18n;
pub mod invocation;
pub mod keymap;
pub mod lang;
pub mod profile;
pub mod questions;
pub mod report;
pub mod routines;
pub mod say;
pub mod shell;
pub mod speech;
pub mod store;
pub mod typed_day;
pub mod typed_entry;
pub mod typed_exercise;
pub mod typed_practice;
pub mod ui;
pub mod units;
pub mod workbook;
