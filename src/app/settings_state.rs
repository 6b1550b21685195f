//! The settings screen (`,` on home): the profile's answers in a list; `Enter` opens one
//! question (or the field of owned weights, or turns the bell on or off), and each change
//! is saved at once. Under the answers, the exercises the user left out, one a row:
//! `Enter` on one asks whether to bring it back (y/n), as `profile --include` does.

use super::setup::{self, Row, SETTINGS, SetupState, Step};
use crate::profile::Profile;
use crate::questions::Question;

/// The settings screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsState {
    /// Index into [`SETTINGS`].
    pub selected: usize,
    /// A question opened from the list.
    pub open: Option<SetupState>,
    /// The owned weights being typed.
    pub weights: Option<String>,
    /// The year of birth being typed.
    pub birth_year: Option<String>,
    /// The part of the typed weights that could not be read.
    pub invalid: Option<String>,
    /// The last change was saved (shown until the next key).
    pub saved: bool,
    /// Why the last change could not be saved.
    pub error: Option<String>,
    /// The speech program found on the PATH, if any: voice is offered only then.
    pub voice: Option<String>,
    /// A left-out exercise (its id) to bring back, waiting for y/n.
    pub bring_back: Option<String>,
    /// What "Try the sound" did last, shown under the list.
    pub tried: Option<Tried>,
    /// `Enter` on "Try the sound": the app plays it (taken by the app at once).
    pub try_sound: bool,
}

/// What "Try the sound" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tried {
    /// The sound is off: nothing to play.
    Off,
    /// The terminal's bell was rung.
    Bell,
    /// A sample cue was given to this speech program.
    Voice(String),
    /// Voice is chosen but no speech program was found.
    NoProgram,
    /// The speech program failed: why.
    Failed(String),
}

/// A key on the settings screen.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Enter,
    Back,
    Char(char),
    Backspace,
    /// `y` (or `j`) to a question asked on the screen.
    Yes,
}

/// What a row of the settings screen is: an answer of [`SETTINGS`], or an exercise the
/// user left out (its index in the profile's list), listed after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selected {
    Answer(Row),
    LeftOut(usize),
}

/// What row `index` is, with `profile`'s left-out exercises after the answers.
#[must_use]
pub fn row(index: usize, profile: &Profile) -> Option<Selected> {
    match SETTINGS.get(index) {
        Some(row) => Some(Selected::Answer(*row)),
        None => {
            let i = index - SETTINGS.len();
            (i < profile.left_out.len()).then_some(Selected::LeftOut(i))
        }
    }
}

impl SettingsState {
    #[must_use]
    pub fn new() -> Self {
        Self {
            selected: 0,
            open: None,
            weights: None,
            birth_year: None,
            invalid: None,
            saved: false,
            error: None,
            voice: None,
            bring_back: None,
            tried: None,
            try_sound: false,
        }
    }

    /// Handles a key. Returns the profile to save, if a change was made, and `true` in the
    /// second place when the user left the settings.
    pub fn handle(&mut self, key: Key, profile: &Profile) -> (Option<Profile>, bool) {
        self.saved = false;
        self.tried = None;
        // The list may have shrunk (an exercise brought back): the last row at most.
        let last = SETTINGS.len() + profile.left_out.len() - 1;
        self.selected = self.selected.min(last);
        if let Some(id) = self.bring_back.take() {
            if key == Key::Yes {
                let mut changed = profile.clone();
                changed.left_out.retain(|left| *left != id);
                return (Some(changed), false);
            }
            // Anything else (n, Esc) says no; the question is gone.
            return (None, false);
        }
        if let Some(open) = &mut self.open {
            let key = match key {
                Key::Up => setup::Key::Up,
                Key::Down => setup::Key::Down,
                Key::Enter => setup::Key::Enter,
                Key::Back => setup::Key::Back,
                Key::Char(_) | Key::Backspace | Key::Yes => return (None, false),
            };
            return match open.handle(key) {
                Step::Stay => (None, false),
                Step::Leave => {
                    self.open = None;
                    (None, false)
                }
                Step::Done(changed) => {
                    self.open = None;
                    (Some(*changed), false)
                }
            };
        }
        if self.birth_year.is_some() {
            return (self.type_birth_year(key, profile), false);
        }
        if self.weights.is_some() {
            return (self.type_weights(key, profile), false);
        }
        match key {
            Key::Up => self.selected = self.selected.saturating_sub(1),
            Key::Down => self.selected = (self.selected + 1).min(last),
            Key::Back => return (None, true),
            Key::Enter => match row(self.selected, profile) {
                None => {}
                Some(Selected::LeftOut(i)) => self.bring_back = profile.left_out.get(i).cloned(),
                Some(Selected::Answer(answer)) => return self.change(answer, profile),
            },
            Key::Char(_) | Key::Backspace | Key::Yes => {}
        }
        (None, false)
    }

    /// A key while the year of birth is typed: the profile to save once it is one.
    fn type_birth_year(&mut self, key: Key, profile: &Profile) -> Option<Profile> {
        let text = self.birth_year.as_mut()?;
        match key {
            Key::Char(c) if c.is_ascii_digit() && text.len() < 4 => {
                text.push(c);
                self.invalid = None;
            }
            Key::Char(c) if !c.is_ascii_digit() => self.invalid = Some(c.to_string()),
            Key::Backspace => {
                text.pop();
            }
            Key::Back => {
                self.birth_year = None;
                self.invalid = None;
            }
            // Empty: the answer taken back (the norms are then not shown).
            Key::Enter if text.is_empty() => {
                self.birth_year = None;
                self.invalid = None;
                let changed = Profile {
                    birth_year: None,
                    ..profile.clone()
                };
                return Some(changed);
            }
            Key::Enter => match text.parse::<i32>() {
                Ok(year) if crate::profile::BIRTH_YEARS.contains(&year) => {
                    self.birth_year = None;
                    self.invalid = None;
                    let changed = Profile {
                        birth_year: Some(year),
                        ..profile.clone()
                    };
                    return Some(changed);
                }
                _ => self.invalid = Some(text.clone()),
            },
            _ => {}
        }
        None
    }

    /// A key while the owned weights are typed: the profile to save once they are read.
    fn type_weights(&mut self, key: Key, profile: &Profile) -> Option<Profile> {
        let text = self.weights.as_mut()?;
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
                    return Some(changed);
                }
                Err(bad) => self.invalid = Some(bad.part),
            },
            _ => {}
        }
        None
    }

    /// `Enter` on an answer's row: a question opened, the weights to type, or the next
    /// answer (the bell, the warm-up, practice days), returned to be saved.
    fn change(&mut self, row: Row, profile: &Profile) -> (Option<Profile>, bool) {
        match row {
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
            Row::TrySound => self.try_sound = true,
            Row::BirthYear => {
                self.birth_year = Some(
                    profile
                        .birth_year
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                );
            }
            Row::Sex => {
                use crate::profile::Sex;
                let next = match profile.sex {
                    None => Some(Sex::Female),
                    Some(Sex::Female) => Some(Sex::Male),
                    Some(Sex::Male) => Some(Sex::RatherNotSay),
                    Some(Sex::RatherNotSay) => None,
                };
                let changed = Profile {
                    sex: next,
                    ..profile.clone()
                };
                return (Some(changed), false);
            }
            Row::ReminderTime => {
                use chrono::Timelike;
                let hours = crate::profile::REMINDER_HOURS;
                let hour = profile.reminder_at().hour() + 1;
                let next = if hours.contains(&hour) {
                    hour
                } else {
                    *hours.start()
                };
                let changed = Profile {
                    reminder_time: Some(format!("{next:02}:00")),
                    ..profile.clone()
                };
                return (Some(changed), false);
            }
            Row::ReminderNotify => {
                let changed = Profile {
                    reminder_notify: Some(!profile.reminder_notifies()),
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
    use crate::lang::Lang;

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

    #[test]
    fn a_left_out_exercise_is_listed_and_brought_back_with_yes() {
        let profile = Profile {
            left_out: vec!["stomp".into(), "heel-raise".into()],
            ..Profile::defaults(Lang::En)
        };
        let mut state = SettingsState::new();
        for _ in 0..30 {
            state.handle(Key::Down, &profile);
        }
        assert_eq!(state.selected, SETTINGS.len() + 1, "the last left-out row");
        assert_eq!(row(state.selected, &profile), Some(Selected::LeftOut(1)));
        assert_eq!(state.handle(Key::Enter, &profile), (None, false));
        assert_eq!(state.bring_back.as_deref(), Some("heel-raise"));
        // n (or Esc) keeps it out, and stays on the screen.
        assert_eq!(state.handle(Key::Back, &profile), (None, false));
        assert!(state.bring_back.is_none());
        state.handle(Key::Enter, &profile);
        let (changed, left) = state.handle(Key::Yes, &profile);
        assert!(!left);
        assert_eq!(changed.unwrap().left_out, ["stomp"]);
        // With one fewer, the selection stays on a row that exists.
        let fewer = Profile {
            left_out: vec!["stomp".into()],
            ..profile
        };
        state.handle(Key::Down, &fewer);
        assert_eq!(state.selected, SETTINGS.len());
    }
}
