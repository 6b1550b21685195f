//! First-run set-up and the settings screen: one question per screen, each with a default
//! on `Enter`. Set-up walks the questions in order; settings opens one at a time from a
//! list. Pure: the answers go into a draft [`Profile`] that the shell saves.

use crate::lang::Lang;
use crate::profile::Profile;

use crate::questions::{Question, SETUP};

/// The rows of the settings screen: every question but the disclaimer, and the weights.
pub const SETTINGS: [Row; 18] = [
    Row::Question(Question::Language),
    Row::Question(Question::BoneStatus),
    Row::Question(Question::ClearedForImpact),
    Row::Question(Question::Experience),
    Row::Question(Question::WeeklyTarget),
    Row::Question(Question::Units),
    Row::Question(Question::Rest),
    Row::OwnedWeights,
    Row::Question(Question::Bell),
    Row::TrySound,
    Row::Question(Question::GetReady),
    Row::Question(Question::Counting),
    Row::WarmUp,
    Row::PracticeDays,
    Row::ReminderTime,
    Row::ReminderNotify,
    Row::BirthYear,
    Row::Sex,
];

/// A row of the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Question(Question),
    /// Typed as a list: "2, 4, 6, 8".
    OwnedWeights,
    /// The warm-up before a strength session: Enter turns it on or off.
    WarmUp,
    /// Practice days a week: Enter goes to the next, 0 to 7 and round.
    PracticeDays,
    /// Enter plays the chosen sound: the bell, or a sample cue spoken.
    TrySound,
    /// The reminder's time: Enter goes to the next hour, 07:00 to 21:00 and round.
    ReminderTime,
    /// Whether the reminder shows a desktop notification: Enter turns it on or off.
    ReminderNotify,
    /// The year of birth, for the test day's norms: typed (Enter opens it).
    BirthYear,
    /// Sex, for the test day's norms: Enter goes to the next (not given, female, male,
    /// rather not say).
    Sex,
}

/// Where set-up or a settings question stands.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupState {
    /// The answers so far (set-up) or the profile being changed (settings).
    pub draft: Profile,
    /// Set-up: the index into `questions`. Settings: unused.
    pub step: usize,
    /// The questions this set-up asks: all of [`SETUP`] at the first start, only those
    /// not yet answered when `profile` flags came first.
    pub questions: Vec<Question>,
    /// The speech program found on the PATH, if any: voice is offered only then.
    pub voice: Option<String>,
    /// The question on screen, in settings mode; `None` in set-up.
    pub single: Option<Question>,
    /// The highlighted answer.
    pub choice: usize,
    /// Why saving failed, if it did.
    pub error: Option<String>,
    /// The year of birth as typed so far (set-up's year question).
    pub typed: String,
    /// A typed year refused (not a year from 1900 to 2020): said, and asked again.
    pub invalid: Option<String>,
}

/// What a key did.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Nothing to tell the shell.
    Stay,
    /// All answered: save this profile.
    Done(Box<Profile>),
    /// Esc on the first question of set-up, or on a settings question: leave it.
    Leave,
}

/// A key on a question screen.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Enter,
    Back,
    /// A digit typed into the year of birth.
    Char(char),
    /// Backspace in the year of birth: the last digit taken back.
    Backspace,
}

impl SetupState {
    /// First-run set-up, starting from the defaults in `lang`.
    #[must_use]
    pub fn first_run(lang: Lang) -> Self {
        Self::asking(Profile::defaults(lang), SETUP.to_vec())
    }

    /// The set-up questions `profile` has not answered yet (it was made with `profile`
    /// flags, or set-up was quit half-way), the disclaimer among them until it was seen;
    /// `None` when all are answered, or only optional ones are left (a profile set up
    /// before they were asked: settings hold them).
    #[must_use]
    pub fn unanswered(profile: &Profile) -> Option<Self> {
        let questions: Vec<Question> = SETUP
            .into_iter()
            .filter(|q| !profile.is_answered(q.key()))
            .collect();
        (!questions.iter().all(|q| q.is_optional()))
            .then(|| Self::asking(profile.clone(), questions))
    }

    fn asking(draft: Profile, questions: Vec<Question>) -> Self {
        let choice = questions[0].current(&draft);
        let mut state = Self {
            draft,
            step: 0,
            questions,
            voice: None,
            single: None,
            choice,
            error: None,
            typed: String::new(),
            invalid: None,
        };
        state.choice = state.choice.min(state.offered() - 1);
        state
    }

    /// One settings question about `profile`.
    #[must_use]
    pub fn one(question: Question, profile: &Profile) -> Self {
        Self {
            draft: profile.clone(),
            step: 0,
            questions: vec![question],
            voice: None,
            single: Some(question),
            choice: question.current(profile),
            error: None,
            typed: String::new(),
            invalid: None,
        }
    }

    /// The question on screen.
    #[must_use]
    pub fn question(&self) -> Question {
        self.single.unwrap_or_else(|| {
            self.questions[self.step.min(self.questions.len().saturating_sub(1))]
        })
    }

    /// Whether this set-up asks only what `profile` flags left open.
    #[must_use]
    pub fn is_partial(&self) -> bool {
        self.single.is_none() && self.questions.len() < SETUP.len()
    }

    /// How many answers the question on screen offers.
    #[must_use]
    pub fn offered(&self) -> usize {
        self.question().offered(self.voice.as_deref())
    }

    /// "Question 3 of 10" in set-up; `None` in settings.
    #[must_use]
    pub fn position(&self) -> Option<(usize, usize)> {
        self.single
            .is_none()
            .then_some((self.step + 1, self.questions.len()))
    }

    pub fn handle(&mut self, key: Key) -> Step {
        let question = self.question();
        match key {
            Key::Up => self.choice = self.choice.saturating_sub(1),
            Key::Down => self.choice = (self.choice + 1).min(self.offered() - 1),
            Key::Char(c) => {
                if question == Question::BirthYear && c.is_ascii_digit() && self.typed.len() < 4 {
                    self.typed.push(c);
                    self.invalid = None;
                }
            }
            Key::Backspace => {
                self.typed.pop();
                self.invalid = None;
            }
            Key::Enter => {
                if question == Question::BirthYear && !self.take_birth_year() {
                    return Step::Stay;
                }
                question.apply(self.choice, &mut self.draft);
                if self.single.is_some() || self.step + 1 >= self.questions.len() {
                    return Step::Done(Box::new(self.draft.clone()));
                }
                self.step += 1;
                self.arrive();
            }
            Key::Back => {
                if self.single.is_some() || self.step == 0 {
                    return Step::Leave;
                }
                self.step -= 1;
                self.arrive();
            }
        }
        Step::Stay
    }

    /// `Enter` on the year of birth: nothing typed skips it (the draft keeps what it had),
    /// a year from 1900 to 2020 goes into the draft; anything else is refused (said, and
    /// asked again: `false`).
    fn take_birth_year(&mut self) -> bool {
        if self.typed.is_empty() {
            return true;
        }
        match self.typed.parse::<i32>() {
            Ok(year) if crate::profile::BIRTH_YEARS.contains(&year) => {
                self.draft.birth_year = Some(year);
                self.invalid = None;
                true
            }
            _ => {
                self.invalid = Some(self.typed.clone());
                false
            }
        }
    }

    /// On a question reached with `Enter` or `Esc`: its current answer chosen, the year
    /// the draft holds in the field.
    fn arrive(&mut self) {
        self.choice = self.question().current(&self.draft).min(self.offered() - 1);
        self.typed = self
            .draft
            .birth_year
            .map(|y| y.to_string())
            .unwrap_or_default();
        self.invalid = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Program;
    use crate::profile::BoneStatus;

    #[test]
    fn enter_all_the_way_gives_the_defaults() {
        let mut setup = SetupState::first_run(Lang::En);
        let mut last = Step::Stay;
        for _ in 0..SETUP.len() {
            last = setup.handle(Key::Enter);
        }
        let mut expected = Profile::defaults(Lang::En);
        expected.set_sound(crate::profile::Sound::Bell);
        // The suggested sex is "rather not say"; the year skipped is not given.
        expected.sex = Some(crate::profile::Sex::RatherNotSay);
        expected.answered = Some(SETUP.iter().map(|q| q.key().to_owned()).collect());
        assert_eq!(last, Step::Done(Box::new(expected)));
    }

    #[test]
    fn flags_first_leave_only_the_unanswered_questions_and_the_disclaimer() {
        let mut profile = Profile::defaults(Lang::Nl);
        // What `profile --program advanced --sound off` records.
        Question::Experience.apply(1, &mut profile);
        Question::Bell.apply(0, &mut profile);
        let mut setup = SetupState::unanswered(&profile).expect("questions left");
        assert!(setup.is_partial());
        assert_eq!(
            setup.questions,
            [
                Question::Language,
                Question::Disclaimer,
                Question::BoneStatus,
                Question::ClearedForImpact,
                Question::WeeklyTarget,
                Question::Units,
                Question::Rest,
                Question::Counting,
                Question::BirthYear,
                Question::Sex,
            ]
        );
        assert_eq!(setup.position(), Some((1, 10)));
        let mut last = Step::Stay;
        while last == Step::Stay {
            last = setup.handle(Key::Enter);
        }
        let Step::Done(done) = last else {
            panic!("done")
        };
        assert_eq!(done.program, Program::Advanced, "the flag's answer is kept");
        assert_eq!(done.sound(), crate::profile::Sound::Off);
        assert_eq!(SetupState::unanswered(&done), None, "nothing left to ask");
        // A profile from before answers were recorded is set up.
        let older = Profile {
            answered: None,
            ..Profile::defaults(Lang::En)
        };
        assert_eq!(SetupState::unanswered(&older), None);
    }

    #[test]
    fn voice_is_offered_only_with_a_speech_program() {
        let mut profile = Profile::defaults(Lang::En);
        for q in SETUP.into_iter().filter(|q| *q != Question::Bell) {
            profile.mark_answered(q.key());
        }
        let mut setup = SetupState::unanswered(&profile).unwrap();
        assert_eq!(setup.question(), Question::Bell);
        setup.handle(Key::Down);
        setup.handle(Key::Down);
        assert_eq!(setup.choice, 1, "off and bell only");
        setup.voice = Some("espeak-ng".into());
        setup.handle(Key::Down);
        assert_eq!(setup.choice, 2, "voice");
        let Step::Done(done) = setup.handle(Key::Enter) else {
            panic!("done")
        };
        assert_eq!(done.sound(), crate::profile::Sound::Voice);
    }

    #[test]
    fn answers_go_into_the_profile_and_back_keeps_them() {
        let mut setup = SetupState::first_run(Lang::En);
        setup.handle(Key::Down); // Nederlands
        setup.handle(Key::Enter);
        assert_eq!(setup.draft.lang, Lang::Nl);
        setup.handle(Key::Enter); // the disclaimer
        // From "don't know" (3): up, up, down lands on osteoporosis (2).
        setup.handle(Key::Up);
        setup.handle(Key::Up);
        setup.handle(Key::Down);
        assert_eq!(setup.question(), Question::BoneStatus);
        assert_eq!(setup.choice, 2);
        setup.handle(Key::Enter);
        assert_eq!(setup.draft.bone_status, BoneStatus::Osteoporosis);
        setup.handle(Key::Back);
        assert_eq!((setup.question(), setup.choice), (Question::BoneStatus, 2));
        assert_eq!(setup.position(), Some((3, 12)));
        let mut first = SetupState::first_run(Lang::En);
        assert_eq!(first.handle(Key::Back), Step::Leave);
    }

    #[test]
    fn every_answer_reads_back_as_the_current_one() {
        for question in SETUP.into_iter().chain([Question::Bell]) {
            for i in 0..question.answers() {
                let mut profile = Profile::defaults(Lang::En);
                question.apply(i, &mut profile);
                if question != Question::Disclaimer {
                    assert_eq!(question.current(&profile), i, "{question:?}");
                }
            }
        }
    }

    #[test]
    fn a_settings_question_saves_at_once() {
        let profile = Profile::defaults(Lang::En);
        let mut one = SetupState::one(Question::WeeklyTarget, &profile);
        one.handle(Key::Down);
        let Step::Done(changed) = one.handle(Key::Enter) else {
            panic!("saved")
        };
        assert_eq!(changed.weekly_target, 4);
        let mut one = SetupState::one(Question::Rest, &profile);
        assert_eq!(one.handle(Key::Back), Step::Leave);
    }

    /// Set-up at its year of birth: every other question answered.
    fn at_birth_year() -> SetupState {
        let mut profile = Profile::defaults(Lang::En);
        for q in SETUP.into_iter().filter(|q| !q.is_optional()) {
            profile.mark_answered(q.key());
        }
        // Only optional questions left: nothing is asked at start.
        assert_eq!(SetupState::unanswered(&profile), None);
        SetupState::asking(profile, vec![Question::BirthYear, Question::Sex])
    }

    fn typed(setup: &mut SetupState, text: &str) {
        for c in text.chars() {
            setup.handle(Key::Char(c));
        }
    }

    #[test]
    fn the_year_of_birth_is_typed_checked_and_mended() {
        let mut setup = at_birth_year();
        assert_eq!(setup.question(), Question::BirthYear);
        // Digits only, four at most.
        typed(&mut setup, "19x5a40");
        assert_eq!(setup.typed, "1954");
        // A wrong year is said and asked again; Backspace mends it.
        let mut wrong = at_birth_year();
        typed(&mut wrong, "1899");
        assert_eq!(wrong.handle(Key::Enter), Step::Stay);
        assert_eq!(wrong.invalid.as_deref(), Some("1899"));
        assert_eq!(wrong.question(), Question::BirthYear, "asked again");
        wrong.handle(Key::Backspace);
        assert_eq!(wrong.invalid, None);
        wrong.handle(Key::Backspace);
        wrong.handle(Key::Backspace);
        typed(&mut wrong, "954");
        assert_eq!(wrong.handle(Key::Enter), Step::Stay);
        assert_eq!(wrong.question(), Question::Sex);
        assert_eq!(wrong.draft.birth_year, Some(1954));
        let mut after = at_birth_year();
        typed(&mut after, "2021");
        after.handle(Key::Enter);
        assert_eq!(after.invalid.as_deref(), Some("2021"), "2020 at most");
        // A good year goes into the profile.
        assert_eq!(setup.handle(Key::Enter), Step::Stay);
        assert_eq!(setup.draft.birth_year, Some(1954));
        assert!(setup.draft.is_answered("birth_year"));
        // Back to it: the year is in the field again.
        setup.handle(Key::Back);
        assert_eq!(setup.typed, "1954");
    }

    #[test]
    fn the_year_of_birth_is_skipped_with_enter_and_the_sex_chosen() {
        let mut setup = at_birth_year();
        assert_eq!(setup.handle(Key::Enter), Step::Stay, "skipped");
        assert_eq!(setup.question(), Question::Sex);
        assert_eq!(setup.draft.birth_year, None);
        assert!(setup.draft.is_answered("birth_year"));
        assert_eq!(setup.choice, 2, "rather not say suggested");
        setup.handle(Key::Up);
        setup.handle(Key::Up);
        let Step::Done(done) = setup.handle(Key::Enter) else {
            panic!("done")
        };
        assert_eq!(done.sex, Some(crate::profile::Sex::Female));
        assert_eq!(done.birth_year, None);
        assert!(done.is_answered("sex"));
        // Enter on the suggested answer: rather not say.
        let mut skipped = at_birth_year();
        skipped.handle(Key::Enter);
        let Step::Done(done) = skipped.handle(Key::Enter) else {
            panic!("done")
        };
        assert_eq!(done.sex, Some(crate::profile::Sex::RatherNotSay));
    }

    #[test]
    fn flags_that_gave_the_year_and_sex_leave_them_unasked() {
        let mut profile = Profile::defaults(Lang::En);
        // What `profile --birth-year 1950 --sex male` records.
        profile.birth_year = Some(1950);
        Question::BirthYear.apply(0, &mut profile);
        Question::Sex.apply(1, &mut profile);
        let setup = SetupState::unanswered(&profile).expect("questions left");
        assert!(!setup.questions.contains(&Question::BirthYear));
        assert!(!setup.questions.contains(&Question::Sex));
        assert_eq!(setup.position(), Some((1, 10)));
    }
}
