//! The coach: pure rules and the live session. No terminal, no files, no reading the clock.

pub mod changes;
pub mod cues;
pub mod dated;
pub mod dose;
pub mod falls;
pub mod function_test;
pub mod pace;
pub mod pain;
pub mod plan;
pub mod practice;
pub mod progression;
pub mod rest;
pub mod review;
pub mod safety;
pub mod session;
pub mod status;
pub mod tempo;
pub mod timer;
pub mod typed_weight;
pub mod week;
pub mod weights;
pub mod why;
