//! The model: which screen is up, what home says, and everything the screens show.

use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};

use crate::catalog::{Catalog, Program};
use crate::coach::pain::Hold;
use crate::coach::plan::{DayPlan, day_plan, planned_program};
use crate::coach::practice::{PracticePlan, practice_plan};
use crate::coach::progression::{Prompt, PromptKind};
use crate::coach::review::{Review, review};
use crate::coach::session::Session;
use crate::history::{History, PainAnswer};
use crate::lang::Lang;
use crate::profile::DEFAULT_PRACTICE_DAYS;
use crate::profile::Settings;
use crate::profile::{Profile, Sound};

use super::{HistoryState, SettingsState, SetupState};
use crate::history::journal::JournalSetAside;

/// The moment a message is handled: monotonic time for timers, wall time for the record.
#[derive(Debug, Clone, Copy)]
pub struct Now {
    pub instant: Instant,
    pub local: DateTime<FixedOffset>,
}

impl Now {
    #[must_use]
    pub fn from_clock(clock: &impl crate::clock::Clock) -> Self {
        // Whole seconds: the record needs no more, and reads better without.
        let local = clock.local_now();
        Self {
            instant: clock.now(),
            local: local.with_nanosecond(0).unwrap_or(local),
        }
    }

    #[must_use]
    pub fn today(&self) -> NaiveDate {
        self.local.date_naive()
    }
}

/// The crash copy of the session has not been written since `since`: the sets finished
/// after it would be lost if botsterk stopped now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalTrouble {
    /// The local time of the first write that failed (the ones before it are on disk).
    pub since: chrono::NaiveTime,
    /// Why the last write failed, in the user's words.
    pub reason: String,
}

/// Which screen is up.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Home,
    /// A session in progress, with the last save error if saving failed.
    Session {
        session: Box<Session>,
        save_error: Option<String>,
        /// The journal (the crash copy of the session) could not be written: since when,
        /// and why.
        journal_error: Option<JournalTrouble>,
    },
    /// The history screens (`h` on home), with the history by week they show: computed
    /// when they open, again when the history or the date changes while they are up, never
    /// per frame.
    History {
        state: HistoryState,
        review: Box<Review>,
    },
    /// First-run set-up: one question per screen.
    Setup(SetupState),
    /// The settings (`,` on home).
    Settings(SettingsState),
    /// Help (`?` on home): the disclaimer, the keys, why this training works; scrolled
    /// down by this many lines.
    Help {
        scroll: u16,
    },
    /// The test day (`t` on home; issue 30).
    TestDay(Box<super::checks::TestDayState>),
    /// The fall form (`f` on home; issue 30).
    Fall(Box<super::checks::FallForm>),
}

/// A short message shown once on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Saved,
    /// Saved, and pain was reported in it: the pain check is on home now.
    SavedWithPain,
    Discarded,
    /// Thrown away, except the pain reported in it (a pain report is never lost).
    DiscardedPainKept,
    /// A pain check was answered on home.
    PainAnswered {
        exercise: String,
        answer: PainAnswer,
        /// A leave-out recorded but not yet in both files: why, in words (it counts all
        /// the same, and the next start finishes it).
        unfinished: Option<String>,
    },
    /// The session ended without a single set: nothing was recorded, so it does not count
    /// for the week nor start a rest day.
    NothingDone,
    /// A balance and posture practice was saved.
    PracticeSaved,
    /// Saved (a session of an earlier day, or a corrected date), and that made today a
    /// rest day: said, never silent (issue 24, design 7).
    NowRestDay,
    /// A practice thrown away, except the pain reported in it.
    PracticeDiscardedPainKept,
    /// At start: a practice left unfinished was saved as it was (its day, holds, moves).
    PracticeRecovered {
        date: chrono::NaiveDate,
        holds: usize,
        moves: usize,
    },
    /// Test results were saved (how many).
    TestsSaved(usize),
    /// A fall was recorded; with an injury or not up alone: call the doctor today.
    FallSaved {
        needs_doctor: bool,
    },
}

/// Everything the screens show.
#[derive(Debug, Clone)]
pub struct Model {
    pub catalog: Catalog,
    pub lang: Lang,
    pub history: History,
    pub settings: Settings,
    /// The program chosen for the next session (Tab on home switches it).
    pub program: Program,
    /// What the coach says about today; recomputed whenever the history, the program or
    /// the date changes, never per frame.
    pub day: DayPlan,
    /// Today's balance and posture practice and the week's practice days; recomputed with
    /// `day`.
    pub practice: PracticePlan,
    /// Where the history lives, shown so the user knows where their record is.
    pub history_path: String,
    pub screen: Screen,
    pub notice: Option<Notice>,
    pub quit: bool,
    /// Home's mode (a question waiting, a weight typed, ...) and what its last save said.
    /// Kept while other screens are up: an unfinished session still waits after `h`.
    pub home: super::Home,
    /// The user's answers; `None` until the first set-up is saved.
    pub profile: Option<Profile>,
    /// `--lang` was given: the profile's language does not change the screens this run.
    pub lang_fixed: bool,
    /// What home says once the session being saved is on disk.
    pub after_save: Notice,
    /// A journal found at start that could not be read, and where it was moved.
    pub journal_set_aside: Option<JournalSetAside>,
    /// The data folder cannot be written: the history opens to read, every screen says
    /// that nothing is saved, and no session starts (its sets would be lost at the end).
    pub read_only: bool,
    /// The speech program found on the PATH at start (its name), if any.
    pub voice: Option<String>,
    /// Why speaking failed, once it did: the bell sounds instead from then on.
    pub voice_failed: Option<String>,
}

impl Model {
    #[must_use]
    pub fn new(
        catalog: Catalog,
        lang: Lang,
        history: History,
        history_path: String,
        today: NaiveDate,
    ) -> Self {
        let mut model = Self::before_profile(catalog, lang, history, history_path, today);
        model.program = planned_program(&model.history, today);
        model.refresh(today);
        model
    }

    /// A model whose plan is made by the [`Model::set_profile`] that must follow: the start
    /// of a user with a profile plans once, with the profile's settings (the plan held until
    /// then is that of an empty history, which costs nothing).
    #[must_use]
    pub fn before_profile(
        catalog: Catalog,
        lang: Lang,
        history: History,
        history_path: String,
        today: NaiveDate,
    ) -> Self {
        let settings = Settings::default();
        let program = Program::Beginner;
        let none = History::default();
        let day = day_plan(&catalog, &none, &settings, program, today);
        let practice = practice_plan(
            catalog.routines(),
            &none,
            settings.bone_status,
            DEFAULT_PRACTICE_DAYS,
            today,
        );
        Self {
            practice,
            catalog,
            lang,
            history,
            settings,
            program,
            day,
            history_path,
            screen: Screen::Home,
            notice: None,
            quit: false,
            home: super::Home::default(),
            profile: None,
            lang_fixed: false,
            after_save: Notice::Saved,
            journal_set_aside: None,
            read_only: false,
            voice: None,
            voice_failed: None,
        }
    }

    /// Takes the user's profile: its settings shape the plan, its language the screens
    /// (unless `keep_lang`, when `--lang` was given for this run).
    pub fn set_profile(&mut self, profile: Profile, today: NaiveDate, keep_lang: bool) {
        if !keep_lang {
            self.lang = profile.lang;
        }
        self.settings = profile.settings();
        self.program = crate::coach::plan::next_program(&self.history, &self.settings, today);
        self.profile = Some(profile);
        let history = std::mem::take(&mut self.history);
        self.set_history(history, today);
    }

    /// Starts with the first-run set-up (no profile yet).
    pub fn start_setup(&mut self) {
        let mut state = SetupState::first_run(self.lang);
        state.voice.clone_from(&self.voice);
        self.screen = Screen::Setup(state);
    }

    /// Starts with the set-up questions the profile has not answered yet (`profile` flags
    /// came first), the disclaimer among them until it was seen. Stays home when all are.
    pub fn ask_unanswered(&mut self) {
        if let Some(mut state) = self.profile.as_ref().and_then(SetupState::unanswered) {
            state.voice.clone_from(&self.voice);
            self.screen = Screen::Setup(state);
        }
    }

    /// The speech program found on the PATH (its name), if any; set-up offers voice only
    /// then, and says which.
    pub fn set_voice(&mut self, voice: Option<String>) {
        if let Screen::Setup(state) = &mut self.screen {
            state.voice.clone_from(&voice);
        }
        self.voice = voice;
    }

    /// How cues sound now: the profile's answer, with the bell instead of a voice that is
    /// not there or has failed.
    #[must_use]
    pub fn sound(&self) -> Sound {
        let wanted = self.profile.as_ref().map_or(Sound::Bell, Profile::sound);
        if wanted == Sound::Voice && (self.voice.is_none() || self.voice_failed.is_some()) {
            Sound::Bell
        } else {
            wanted
        }
    }

    /// The get-ready before a hold, as the profile says.
    #[must_use]
    pub fn get_ready(&self) -> std::time::Duration {
        self.profile
            .as_ref()
            .map_or(crate::coach::session::GET_READY, Profile::get_ready)
    }

    /// The tempo of each exercise the coach counts, when the profile says paced.
    #[must_use]
    pub fn tempos(&self) -> Vec<(String, Vec<crate::card::Step>)> {
        let paced = self
            .profile
            .as_ref()
            .is_some_and(|p| p.counting == crate::profile::Counting::Paced);
        if !paced {
            return Vec::new();
        }
        let posture = self
            .catalog
            .routines()
            .posture
            .iter()
            .map(|m| (crate::routines::posture_item_id(&m.id), m.tempo.clone()));
        self.catalog
            .all()
            .iter()
            .map(|e| (e.id.clone(), e.tempo.clone()))
            .chain(posture)
            .collect()
    }

    /// Recomputes the coach's view of `today` after the program changed.
    pub fn refresh(&mut self, today: NaiveDate) {
        self.day = day_plan(
            &self.catalog,
            &self.history,
            &self.settings,
            self.program,
            today,
        );
        let target = self
            .profile
            .as_ref()
            .map_or(DEFAULT_PRACTICE_DAYS, Profile::practice_target);
        self.practice = practice_plan(
            self.catalog.routines(),
            &self.history,
            self.settings.bone_status,
            target,
            today,
        )
        .without_left_out(&self.settings.left_out);
    }

    /// The warm-up goes before each strength session unless the profile turned it off.
    #[must_use]
    pub fn warm_up(&self) -> bool {
        self.profile.as_ref().is_some_and(|p| p.warm_up)
    }

    /// Takes a new history (or a new day) and recomputes everything drawn from it.
    /// [`Self::set_history`], and [`Notice::NowRestDay`] when that turned a training day
    /// into a rest day (a session saved or moved to yesterday).
    pub fn set_history_said(&mut self, history: History, today: NaiveDate) {
        let was_training = self.day.today.status == crate::coach::rest::DayStatus::Train;
        self.set_history(history, today);
        // Another notice (pain reported, practice) says more and stays.
        let plain = matches!(self.notice, None | Some(Notice::Saved));
        if plain && was_training && self.day.today.status == crate::coach::rest::DayStatus::Rest {
            self.notice = Some(Notice::NowRestDay);
        }
    }

    pub fn set_history(&mut self, history: History, today: NaiveDate) {
        self.history = history;
        self.refresh(today);
        if matches!(self.screen, Screen::History { .. }) {
            let fresh = self.compute_by_week(today);
            if let Screen::History { review, .. } = &mut self.screen {
                **review = fresh;
            }
        }
    }

    pub(super) fn compute_by_week(&self, today: NaiveDate) -> Review {
        review(&self.catalog, &self.history, today, &self.settings)
    }

    /// The weight question to ask on home, if any: the first heavier, lighter or first
    /// weight.
    #[must_use]
    pub fn weight_prompt(&self) -> Option<&Prompt> {
        // One question at a time: the pain check first (a `y` meant for it must never
        // answer a weight question).
        if self.pain_question().is_some() {
            return None;
        }
        self.day.prompts.iter().find(|p| {
            matches!(
                p.kind,
                PromptKind::IncreaseWeight | PromptKind::DecreaseWeight | PromptKind::ChooseWeight
            )
        })
    }

    /// The pain check to answer on home now: the first exercise on hold, unless the user
    /// said "not yet" to it today (it comes back on the next training day).
    #[must_use]
    pub fn pain_question(&self) -> Option<&Hold> {
        let today = self.day.today.date;
        self.day
            .holds
            .iter()
            .find(|h| h.ask_today(today, self.day.may_train()))
    }

    /// The session in progress, if any.
    #[must_use]
    pub fn session(&self) -> Option<&Session> {
        match &self.screen {
            Screen::Session { session, .. } => Some(session),
            _ => None,
        }
    }

    /// When the screen must next change by itself. `None`: wait for a key, however long.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        match &self.screen {
            Screen::TestDay(state) => state.run.next_wake(now),
            _ => self.session().and_then(|s| s.next_wake(now)),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::app::fixtures::model;
    use crate::clock::{Clock, FakeClock};

    #[test]
    fn home_waits_for_keys_without_waking() {
        let clock = FakeClock::new();
        assert_eq!(model().next_wake(clock.now()), None);
    }
}
