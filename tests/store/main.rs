//! The store through its public API and on disk: the files, their backups, links and
//! permissions, fields it does not know, and writers killed at random. One test binary,
//! one module per area.

#[path = "../common/mod.rs"]
mod common;

mod backups;
mod crash;
mod files;
mod leftovers;
mod links;
mod unknown_fields;
