//! The settings screen (`,` on home): the profile's answers in a list; `Enter` opens one
//! question (or the field of owned weights, or turns the bell on or off), and each change
//! is saved at once.

use super::setup::{self, Question, Row, SETTINGS, SetupState, Step};
use crate::profile::Profile;

/// The settings screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsState {
    /// Index into [`SETTINGS`].
    pub selected: usize,
    /// A question opened from the list.
    pub open: Option<SetupState>,
    /// The owned weights being typed.
    pub weights: Option<String>,
    /// The part of the typed weights that could not be read.
    pub invalid: Option<String>,
    /// The last change was saved (shown until the next key).
    pub saved: bool,
    /// Why the last change could not be saved.
    pub error: Option<String>,
    /// The speech program found on the PATH, if any: voice is offered only then.
    pub voice: Option<String>,
}

/// A key on the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Enter,
    Back,
    Char(char),
    Backspace,
}

impl SettingsState {
    #[must_use]
    pub fn new() -> Self {
        Self {
            selected: 0,
            open: None,
            weights: None,
            invalid: None,
            saved: false,
            error: None,
            voice: None,
        }
    }

    /// Handles a key. Returns the profile to save, if a change was made, and `true` in the
    /// second place when the user left the settings.
    pub fn handle(&mut self, key: Key, profile: &Profile) -> (Option<Profile>, bool) {
        self.saved = false;
        if let Some(open) = &mut self.open {
            let key = match key {
                Key::Up => setup::Key::Up,
                Key::Down => setup::Key::Down,
                Key::Enter => setup::Key::Enter,
                Key::Back => setup::Key::Back,
                Key::Char(_) | Key::Backspace => return (None, false),
            };
            return match open.handle(key) {
                Step::Stay => (None, false),
                Step::Leave => {
                    self.open = None;
                    (None, false)
                }
                Step::Done(changed) => {
                    self.open = None;
                    (Some(changed), false)
                }
            };
        }
        if let Some(text) = &mut self.weights {
            match key {
                Key::Char(c) if text.chars().count() < 40 => text.push(c),
                Key::Backspace => {
                    text.pop();
                }
                Key::Back => {
                    self.weights = None;
                    self.invalid = None;
                }
                Key::Enter => match crate::units::parse_weights(text, profile.units) {
                    Ok(owned_weights_kg) => {
                        self.weights = None;
                        self.invalid = None;
                        let changed = Profile {
                            owned_weights_kg,
                            ..profile.clone()
                        };
                        return (Some(changed), false);
                    }
                    Err(bad) => self.invalid = Some(bad.part),
                },
                _ => {}
            }
            return (None, false);
        }
        match key {
            Key::Up => self.selected = self.selected.saturating_sub(1),
            Key::Down => self.selected = (self.selected + 1).min(SETTINGS.len() - 1),
            Key::Back => return (None, true),
            Key::Enter => match SETTINGS[self.selected] {
                Row::OwnedWeights => {
                    let text: Vec<String> = profile
                        .owned_weights_kg
                        .iter()
                        .map(|kg| crate::units::typed(*kg, profile.units))
                        .collect();
                    self.weights = Some(text.join(", "));
                }
                // Few answers: Enter simply goes to the next (off, bell, voice if found).
                Row::Question(Question::Bell) => {
                    let offered = if self.voice.is_some() { 3 } else { 2 };
                    let next = (Question::Bell.current(profile) + 1) % offered;
                    let mut changed = profile.clone();
                    Question::Bell.apply(next, &mut changed);
                    return (Some(changed), false);
                }
                Row::Question(question) => self.open = Some(SetupState::one(question, profile)),
                Row::WarmUp => {
                    let changed = Profile {
                        warm_up: !profile.warm_up,
                        ..profile.clone()
                    };
                    return (Some(changed), false);
                }
                Row::PracticeDays => {
                    let last = *crate::profile::PRACTICE_DAYS_RANGE.end();
                    let changed = Profile {
                        practice_days: (profile.practice_target() + 1) % (last + 1),
                        ..profile.clone()
                    };
                    return (Some(changed), false);
                }
            },
            Key::Char(_) | Key::Backspace => {}
        }
        (None, false)
    }
}

impl Default for SettingsState {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_question_opens_from_the_list_and_its_answer_is_saved() {
        let profile = Profile::defaults(Lang::En);
        let mut state = SettingsState::new();
        state.handle(Key::Down, &profile); // bone status
        state.handle(Key::Enter, &profile);
        assert_eq!(
            state.open.as_ref().map(SetupState::question),
            Some(Question::BoneStatus)
        );
        state.handle(Key::Up, &profile);
        let (changed, left) = state.handle(Key::Enter, &profile);
        assert!(!left);
        assert_eq!(
            changed.map(|p| p.bone_status),
            Some(crate::profile::BoneStatus::Osteoporosis)
        );
        assert!(state.open.is_none());
        assert_eq!(state.handle(Key::Back, &profile), (None, true));
    }

    #[test]
    fn owned_weights_are_typed_and_checked() {
        let profile = Profile::defaults(Lang::En);
        let mut state = SettingsState {
            selected: 7,
            ..SettingsState::new()
        };
        state.handle(Key::Enter, &profile);
        for c in "2, 4, x".chars() {
            state.handle(Key::Char(c), &profile);
        }
        assert_eq!(state.handle(Key::Enter, &profile), (None, false));
        assert_eq!(state.invalid.as_deref(), Some("x"));
        state.handle(Key::Backspace, &profile);
        state.handle(Key::Char('8'), &profile);
        let (changed, _) = state.handle(Key::Enter, &profile);
        assert_eq!(changed.unwrap().owned_weights_kg, [2.0, 4.0, 8.0]);
        // A decimal comma in a list of semicolons, as the Dutch type it.
        state.handle(Key::Enter, &profile);
        for c in "1,5; 2; 3".chars() {
            state.handle(Key::Char(c), &profile);
        }
        let (changed, _) = state.handle(Key::Enter, &profile);
        assert_eq!(changed.unwrap().owned_weights_kg, [1.5, 2.0, 3.0]);
    }

    #[test]
    fn the_bell_turns_over_with_enter() {
        let profile = Profile::defaults(Lang::En);
        let mut state = SettingsState {
            selected: 8,
            ..SettingsState::new()
        };
        let (changed, _) = state.handle(Key::Enter, &profile);
        let changed = changed.unwrap();
        assert!(!changed.bell, "no voice found: bell, then off");
        assert_eq!(changed.sound(), crate::profile::Sound::Off);
        state.voice = Some("espeak-ng".into());
        let (voice, _) = state.handle(Key::Enter, &profile);
        assert_eq!(voice.unwrap().sound(), crate::profile::Sound::Voice);
    }
}
