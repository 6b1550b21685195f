//! The TUI's state machine: the model, the messages that change it, and the effects it asks
//! the shell to carry out. Pure: time arrives in [`Now`], files are the shell's business.

pub mod checks;
pub mod checks_step;
#[cfg(test)]
mod checks_tests;
mod done;
mod home;
mod home_state;
mod messages;
mod model;
mod session;
mod update;

#[cfg(test)]
mod fixtures;
pub mod history_state;
pub mod settings_state;
pub mod setup;

pub use history_state::HistoryState;
pub use home_state::{Home, HomeMode, Left, Unfinished, WeightAsk, WeightEntry};
pub use messages::{Done, Effect, HelpMsg, HomeMsg, Msg, SetupMsg, UnfinishedKey, WeightKey};
pub use model::{JournalTrouble, Model, Notice, Now, Screen};
pub use settings_state::SettingsState;
pub use setup::SetupState;
pub use update::update;
