//! The TUI's state machine: the model, the messages that change it, and the effects it asks
//! the shell to carry out. Pure: time arrives in [`Now`], files are the shell's business.

use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};

use crate::catalog::{Catalog, Program};
use crate::coach::pain::Hold;
use crate::coach::plan::{DayPlan, Settings, day_plan, planned_program};
use crate::coach::practice::{
    DEFAULT_PRACTICE_DAYS, PracticePlan, practice_plan, practice_session, with_warm_up,
};
use crate::coach::progression::{Prompt, PromptKind};
use crate::coach::review::{Review, review};
use crate::coach::session::{Input, Journal, Session};
use crate::corrections::Correction;
use crate::history::{History, PainAnswer, PainCheckAnswer, SessionRecord, WeightChange};
use crate::i18n::Lang;

pub mod review_state;
pub mod set_aside;
pub mod settings_state;
pub mod setup;
use crate::profile::{Profile, Sound};
pub use review_state::ReviewState;
pub use set_aside::{JournalSetAside, SetAsideReason};
pub use settings_state::SettingsState;
pub use setup::SetupState;

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

/// Which screen is up.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Home,
    /// A session in progress, with the last save error if saving failed.
    Session {
        session: Box<Session>,
        save_error: Option<String>,
        /// Why the journal (the crash copy of the session) could not be written, if so.
        journal_error: Option<String>,
    },
    /// The history screens (`h` on home).
    Review(ReviewState),
    /// First-run set-up: one question per screen.
    Setup(SetupState),
    /// The settings (`,` on home).
    Settings(SettingsState),
    /// Help (`?` on home): the disclaimer, the keys, why this training works; scrolled
    /// down by this many lines.
    Help {
        scroll: u16,
    },
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
    },
    /// The session ended without a single set: nothing was recorded, so it does not count
    /// for the week nor start a rest day.
    NothingDone,
    /// A balance and posture practice was saved.
    PracticeSaved,
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
    /// The history by week: computed when the history screens open, recomputed while they
    /// are up when the history or the date changes, never per frame, and not at start-up
    /// (home does not need it).
    pub review: Option<Review>,
    /// Where the history lives, shown so the user knows where their record is.
    pub history_path: String,
    pub screen: Screen,
    pub notice: Option<Notice>,
    pub quit: bool,
    /// The weight being typed after `e` on a weight question, if any.
    pub weight_entry: Option<String>,
    /// Why the last answer to a weight question could not be saved.
    pub weight_error: Option<String>,
    /// The typed weight was not one (0.5-300 kg): said under the field.
    pub weight_invalid: bool,
    /// A typed weight more than a step from the current one, waiting for y/n.
    pub weight_jump: Option<f64>,
    /// A session left unfinished (botsterk was killed, crashed or its terminal closed),
    /// found in the journal at start: resume it, save it as it is, or discard it.
    pub unfinished: Option<Unfinished>,
    /// The user's answers; `None` until the first set-up is saved.
    pub profile: Option<Profile>,
    /// `--lang` was given: the profile's language does not change the screens this run.
    pub lang_fixed: bool,
    /// An answer to the pain check waiting for y/n (`ok` and `leave-out` are asked twice).
    pub pain_confirm: Option<PainAnswer>,
    /// Why the last answer to a pain check could not be saved.
    pub pain_error: Option<String>,
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

/// The unfinished session found at start, and where the user is in deciding about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unfinished {
    pub journal: Journal,
    /// `d` was pressed: waiting for y or n.
    pub confirm_discard: bool,
    /// Why saving it failed, if it did.
    pub error: Option<String>,
}

impl Unfinished {
    /// Begun on an earlier calendar day than `today`: it can be saved as it was (dated
    /// that day) or thrown away, never resumed (a session resumed today would be dated
    /// yesterday: two days of training in a row).
    #[must_use]
    pub fn from_earlier_day(&self, today: NaiveDate) -> bool {
        self.journal.started_at.date_naive() < today
    }
}

/// A key on home while an unfinished session waits for a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnfinishedKey {
    Resume,
    SaveAsItIs,
    Discard,
    ConfirmDiscard,
    KeepIt,
}

/// What happened: a key already turned into its meaning, or time passing, or the result of
/// an effect.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Enter on home: begin today's session.
    StartSession,
    /// `b` on home: begin a balance and posture practice.
    StartPractice,
    /// Tab on home: switch between the beginner and advanced program.
    SwitchProgram,
    /// `q` on home: leave the app.
    Quit,
    /// A key during a session.
    Session(Input),
    /// A timer's deadline came.
    Tick,
    /// The shell saved the session; the history as it now is on disk.
    Saved(History),
    /// `y` on a weight question: take the proposed weight.
    AcceptWeight,
    /// `n` on a weight question: keep the weight for now (recorded, asked again later).
    DeclineWeight,
    /// `e` on a weight question: type another weight.
    EditWeight,
    /// A key typed into the weight field (a digit or a decimal point).
    WeightChar(char),
    /// Backspace in the weight field.
    WeightBackspace,
    /// Enter in the weight field.
    WeightConfirm,
    /// Esc in the weight field.
    WeightCancel,
    /// `y` (true) or `n` (false) about a typed weight far from the current one.
    ConfirmJump(bool),
    /// The shell saved a weight answer; the history as it now is on disk.
    WeightSaved(History),
    /// The shell could not save the weight answer.
    WeightSaveFailed(String),
    /// The shell could not save; the reason, for the user.
    SaveFailed(String),
    /// `h` on home: open the history screens.
    OpenReview,
    /// A key on the history screens.
    Review(review_state::Key),
    /// The shell saved a correction: the history as now on disk, and the backup made.
    Corrected {
        correction: Correction,
        history: History,
        backup: Option<String>,
    },
    /// The shell brought back the history from before the last change (`u`): the history
    /// as now on disk, and the backup of the one the undo replaced.
    Undone {
        history: History,
        backup: Option<String>,
    },
    /// The shell could not apply or save a correction.
    CorrectionFailed(String),
    /// The shell wrote the report (`r` in the history): where it is, or the file and why it
    /// could not be written.
    ReportWritten(Result<String, (String, String)>),
    /// A key about the unfinished session on home.
    Unfinished(UnfinishedKey),
    /// The shell could not write the journal.
    JournalFailed(String),
    /// The speech program could not be started or failed: why.
    VoiceFailed(String),
    /// A key on a set-up question.
    Setup(setup::Key),
    /// `,` on home.
    OpenSettings,
    /// A key on the settings screen.
    Settings(settings_state::Key),
    /// `?` on home.
    OpenHelp,
    /// Esc (or `?`, `q`) on help.
    CloseHelp,
    /// ↓ (true) or ↑ (false) on help.
    ScrollHelp(bool),
    /// The shell saved the profile.
    ProfileSaved(Profile),
    /// The shell could not save the profile.
    ProfileSaveFailed(String),
    /// `o`, `w` or `l` on home: answer the pain check shown (`ok` and `leave-out` then ask
    /// y/n).
    AnswerPain(PainAnswer),
    /// `y` (true) or `n`/Esc (false) after `o` or `l`.
    ConfirmPain(bool),
    /// The shell saved a pain-check answer; the history as it now is on disk.
    PainCheckSaved {
        answer: PainCheckAnswer,
        history: History,
    },
    /// The shell could not save the pain-check answer.
    PainCheckFailed(String),
}

/// What the shell must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ring the terminal bell.
    Bell,
    /// Say `text` in `lang`'s voice; it belongs to the instant `at` (the shell says it at
    /// once: the loop woke for it).
    Speak {
        text: String,
        lang: Lang,
        at: Instant,
    },
    /// Append this session to the history on disk.
    SaveSession(SessionRecord),
    /// Append this balance and posture practice to the history on disk.
    SavePractice(crate::history::PracticeRecord),
    /// Record a weight decision in the history on disk.
    SaveWeight(WeightChange),
    /// Apply a correction to the history on disk, keeping a backup.
    SaveCorrection(Correction),
    /// Make this backup the history again (undo), keeping the current one as a backup.
    UndoTo(String),
    /// Write the session in progress to the journal (after every finished set).
    SaveJournal(Journal),
    /// The session in progress is gone (discarded): remove the journal. (After a save the
    /// shell removes it itself, once the history holds the session.)
    ClearJournal,
    /// Write the profile.
    SaveProfile(Profile),
    /// Record an answer to a pain check in the history on disk.
    SavePainCheck(PainCheckAnswer),
    /// Write the report (made here, pure) to `file`, relative to the current folder.
    WriteReport { file: String, html: String },
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
        let program = planned_program(&history, today);
        let settings = Settings::default();
        let day = day_plan(&catalog, &history, &settings, program, today);
        let practice = practice_plan(
            catalog.routines(),
            &history,
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
            review: None,
            history_path,
            screen: Screen::Home,
            notice: None,
            quit: false,
            weight_entry: None,
            weight_error: None,
            weight_invalid: false,
            weight_jump: None,
            unfinished: None,
            profile: None,
            lang_fixed: false,
            pain_confirm: None,
            pain_error: None,
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
    pub fn tempos(&self) -> Vec<(String, Vec<crate::coach::tempo::Step>)> {
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
        );
    }

    /// The warm-up goes before each strength session unless the profile turned it off.
    #[must_use]
    pub fn warm_up(&self) -> bool {
        self.profile.as_ref().is_some_and(|p| p.warm_up)
    }

    /// Takes a new history (or a new day) and recomputes everything drawn from it.
    pub fn set_history(&mut self, history: History, today: NaiveDate) {
        self.history = history;
        self.refresh(today);
        if self.review.is_some() {
            self.review = Some(self.compute_review(today));
        }
    }

    fn compute_review(&self, today: NaiveDate) -> Review {
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
        self.session().and_then(|s| s.next_wake(now))
    }
}

/// Applies one message to the model and says what the shell must do.
pub fn update(model: &mut Model, msg: Msg, now: Now) -> Vec<Effect> {
    let mut effects = Vec::new();
    // Past midnight the home screen must speak of the new day.
    if model.day.today.date != now.today() {
        let history = std::mem::take(&mut model.history);
        model.set_history(history, now.today());
    }
    match msg {
        Msg::StartSession
            if model.screen == Screen::Home
                && model.day.may_train()
                && model.unfinished.is_none()
                && !model.read_only =>
        {
            model.notice = None;
            let mut plan = model.day.session.clone();
            if model.warm_up() {
                plan = with_warm_up(model.catalog.routines(), plan);
            }
            model.screen = Screen::Session {
                session: Box::new(
                    Session::new(plan, now.local, now.instant)
                        .with_get_ready(model.get_ready())
                        .with_paced(model.tempos()),
                ),
                save_error: None,
                journal_error: None,
            };
        }
        // Practice is safe on any day, rest days included: it loads no bone.
        Msg::StartPractice
            if model.screen == Screen::Home
                && model.unfinished.is_none()
                && model.weight_entry.is_none()
                && !model.read_only =>
        {
            model.notice = None;
            let plan = practice_session(model.catalog.routines(), &model.practice);
            model.after_save = Notice::PracticeSaved;
            model.screen = Screen::Session {
                session: Box::new(
                    Session::new(plan, now.local, now.instant)
                        .with_get_ready(model.get_ready())
                        .with_paced(model.tempos()),
                ),
                save_error: None,
                journal_error: None,
            };
        }
        Msg::Unfinished(key) if model.screen == Screen::Home => {
            unfinished_step(model, key, now, &mut effects);
        }
        Msg::VoiceFailed(reason) => model.voice_failed = Some(reason),
        Msg::JournalFailed(reason) => {
            if let Screen::Session { journal_error, .. } = &mut model.screen {
                *journal_error = Some(reason);
            }
        }
        Msg::SwitchProgram if model.screen == Screen::Home => {
            model.program = match model.program {
                Program::Beginner => Program::Advanced,
                Program::Advanced => Program::Beginner,
            };
            model.refresh(now.today());
        }
        // Set-up can be left too: nothing is saved until its last answer.
        Msg::Quit if matches!(model.screen, Screen::Home | Screen::Setup(_)) => model.quit = true,
        Msg::AcceptWeight
        | Msg::DeclineWeight
        | Msg::EditWeight
        | Msg::WeightChar(_)
        | Msg::WeightBackspace
        | Msg::WeightConfirm
        | Msg::WeightCancel
        | Msg::ConfirmJump(_) => {
            weight_step(model, &msg, now, &mut effects);
        }
        Msg::WeightSaved(history) => {
            model.set_history(history, now.today());
            model.weight_entry = None;
            model.weight_error = None;
            model.weight_invalid = false;
            model.weight_jump = None;
        }
        Msg::WeightSaveFailed(reason) => model.weight_error = Some(reason),
        Msg::Session(input) => session_step(model, Some(input), now, &mut effects),
        Msg::Tick => session_step(model, None, now, &mut effects),
        Msg::Saved(history) => {
            model.set_history(history, now.today());
            model.screen = Screen::Home;
            model.notice = Some(std::mem::replace(&mut model.after_save, Notice::Saved));
            model.unfinished = None;
        }
        Msg::OpenReview if model.screen == Screen::Home && model.weight_entry.is_none() => {
            model.notice = None;
            model.review = Some(model.compute_review(now.today()));
            model.screen = Screen::Review(ReviewState::default());
        }
        Msg::Review(key) => review_step(model, key, now, &mut effects),
        Msg::Setup(key) => {
            if let Screen::Setup(state) = &mut model.screen {
                let asked = state.question();
                match state.handle(key) {
                    setup::Step::Done(profile) => effects.push(Effect::SaveProfile(profile)),
                    // Set-up cannot be left with Esc: without answers the coach cannot
                    // know what is safe. `q` quits instead.
                    setup::Step::Leave | setup::Step::Stay => {}
                }
                // The language question shows its answer at once.
                if asked == setup::Question::Language && key == setup::Key::Enter {
                    model.lang = state.draft.lang;
                }
            }
        }
        Msg::OpenSettings if model.screen == Screen::Home && model.profile.is_some() => {
            model.notice = None;
            model.screen = Screen::Settings(SettingsState {
                voice: model.voice.clone(),
                ..SettingsState::new()
            });
        }
        Msg::Settings(key) => {
            if let (Screen::Settings(state), Some(profile)) = (&mut model.screen, &model.profile) {
                let (changed, left) = state.handle(key, profile);
                if let Some(changed) = changed {
                    effects.push(Effect::SaveProfile(changed));
                }
                if left {
                    model.screen = Screen::Home;
                }
            }
        }
        Msg::OpenHelp if model.screen == Screen::Home => {
            model.screen = Screen::Help { scroll: 0 };
        }
        Msg::CloseHelp if matches!(model.screen, Screen::Help { .. }) => {
            model.screen = Screen::Home;
        }
        Msg::ScrollHelp(down) => {
            if let Screen::Help { scroll } = &mut model.screen {
                // The view stops at the end; this only bounds how far ↑ must come back.
                *scroll = if down {
                    (*scroll + 1).min(24)
                } else {
                    scroll.saturating_sub(1)
                };
            }
        }
        Msg::ProfileSaved(profile) => {
            // A language chosen in set-up or settings wins over `--lang` from now on.
            let chose_language = matches!(&model.screen, Screen::Setup(_))
                || matches!(
                    &model.screen,
                    Screen::Settings(s)
                        if setup::SETTINGS[s.selected] == setup::Row::Question(setup::Question::Language)
                );
            let keep_lang = model.lang_fixed && !chose_language;
            model.set_profile(profile, now.today(), keep_lang);
            match &mut model.screen {
                Screen::Setup(_) => model.screen = Screen::Home,
                Screen::Settings(state) => {
                    state.saved = true;
                    state.error = None;
                }
                _ => {}
            }
        }
        Msg::AnswerPain(_) | Msg::ConfirmPain(_) => pain_step(model, &msg, now, &mut effects),
        Msg::PainCheckSaved { answer, history } => {
            model.set_history(history, now.today());
            model.pain_confirm = None;
            model.pain_error = None;
            model.notice = Some(Notice::PainAnswered {
                exercise: answer.exercise.clone(),
                answer: answer.answer,
            });
            // Left out for good: the profile keeps the list (`profile --include` undoes it).
            if answer.answer == PainAnswer::LeaveOut
                && let Some(profile) = &model.profile
                && !profile.left_out.contains(&answer.exercise)
            {
                let mut changed = profile.clone();
                changed.left_out.push(answer.exercise);
                effects.push(Effect::SaveProfile(changed));
            }
        }
        Msg::PainCheckFailed(reason) => model.pain_error = Some(reason),
        Msg::ProfileSaveFailed(reason) => match &mut model.screen {
            Screen::Setup(state) => state.error = Some(reason),
            Screen::Settings(state) => state.error = Some(reason),
            _ => {}
        },
        Msg::Corrected {
            correction,
            history,
            backup,
        } => {
            model.set_history(history, now.today());
            let Some(review) = &model.review else {
                return effects;
            };
            let data = review_state::Data {
                catalog: &model.catalog,
                history: &model.history,
                review,
                today: now.today(),
                units: model.settings.units,
            };
            if let Screen::Review(state) = &mut model.screen {
                state.saved(&correction, backup, &data);
            }
        }
        Msg::Undone { history, backup } => {
            model.set_history(history, now.today());
            if let (Screen::Review(state), Some(review)) = (&mut model.screen, &model.review) {
                let data = review_state::Data {
                    catalog: &model.catalog,
                    history: &model.history,
                    review,
                    today: now.today(),
                    units: model.settings.units,
                };
                state.undone(backup, &data);
            }
        }
        Msg::CorrectionFailed(reason) => {
            if let Screen::Review(state) = &mut model.screen {
                state.outcome = Some(review_state::Outcome::Failed(reason));
            }
        }
        Msg::ReportWritten(result) => {
            if let Screen::Review(state) = &mut model.screen {
                state.report = Some(result);
            }
        }
        Msg::SaveFailed(reason) => {
            if let Screen::Session { save_error, .. } = &mut model.screen {
                *save_error = Some(reason);
            } else if let Some(unfinished) = &mut model.unfinished {
                unfinished.error = Some(reason);
            }
        }
        _ => {}
    }
    effects
}

/// The pain check on home: `not-yet` is recorded at once; `ok` and `leave-out` ask y/n.
fn pain_step(model: &mut Model, msg: &Msg, now: Now, effects: &mut Vec<Effect>) {
    if model.screen != Screen::Home || model.unfinished.is_some() {
        return;
    }
    let Some(hold) = model.pain_question() else {
        return;
    };
    let exercise = hold.exercise.clone();
    let answer = match (model.pain_confirm, msg) {
        (None, Msg::AnswerPain(PainAnswer::NotYet)) => PainAnswer::NotYet,
        (None, Msg::AnswerPain(answer)) => {
            model.pain_confirm = Some(*answer);
            return;
        }
        (Some(answer), Msg::ConfirmPain(true)) => answer,
        (Some(_), Msg::ConfirmPain(false)) => {
            model.pain_confirm = None;
            return;
        }
        _ => return,
    };
    if let Some(record) = crate::coach::pain::answer(&model.history, &exercise, answer, now.today())
    {
        effects.push(Effect::SavePainCheck(record));
    }
}

/// The weight question on home: answer it, or type another weight.
fn weight_step(model: &mut Model, msg: &Msg, now: Now, effects: &mut Vec<Effect>) {
    let Some(prompt) = model.weight_prompt().cloned() else {
        return;
    };
    if model.screen != Screen::Home {
        return;
    }
    let decide = |to_kg: f64| WeightChange {
        date: now.today(),
        exercise: prompt.exercise.clone(),
        from_kg: prompt.from_kg,
        to_kg,
    };
    match (&mut model.weight_entry, msg) {
        (None, Msg::AcceptWeight) => {
            if let Some(to) = prompt.to_kg {
                effects.push(Effect::SaveWeight(decide(to)));
            }
        }
        (None, Msg::DeclineWeight) => {
            if let Some(from) = prompt.from_kg {
                effects.push(Effect::SaveWeight(decide(from)));
            }
        }
        (None, Msg::EditWeight) => model.weight_entry = Some(String::new()),
        (Some(text), Msg::WeightChar(c)) if text.len() < 6 => text.push(*c),
        (Some(text), Msg::WeightBackspace) => {
            text.pop();
        }
        (Some(_), Msg::WeightCancel) => {
            model.weight_entry = None;
            model.weight_invalid = false;
            model.weight_jump = None;
        }
        (Some(text), Msg::WeightConfirm) if model.weight_jump.is_none() => {
            match crate::units::parse_weight(text, model.settings.units) {
                Ok(kg) => {
                    model.weight_invalid = false;
                    // More than a step from the current weight: a typo, or too much at
                    // once. Asked about before it is taken.
                    let big = prompt.from_kg.is_some_and(|from| {
                        (kg - from).abs()
                            > crate::units::max_raise_kg(from, model.settings.units) + 1e-9
                    });
                    if big {
                        model.weight_jump = Some(kg);
                    } else {
                        effects.push(Effect::SaveWeight(decide(kg)));
                    }
                }
                Err(_) => {
                    text.clear();
                    model.weight_invalid = true;
                }
            }
        }
        (Some(_), Msg::ConfirmJump(yes)) => {
            if let Some(kg) = model.weight_jump.take()
                && *yes
            {
                effects.push(Effect::SaveWeight(decide(kg)));
            }
        }
        _ => {}
    }
}

/// Home's question about an unfinished session: `r` resume, `s` save as it is, `d` discard
/// (then `y` or `n`).
fn unfinished_step(model: &mut Model, key: UnfinishedKey, now: Now, effects: &mut Vec<Effect>) {
    let Some(unfinished) = &mut model.unfinished else {
        return;
    };
    match (unfinished.confirm_discard, key) {
        (false, UnfinishedKey::Resume) if !unfinished.from_earlier_day(now.today()) => {
            // The rest of the session is planned again from the profile as it is now.
            let today = day_plan(
                &model.catalog,
                &model.history,
                &model.settings,
                unfinished.journal.program,
                now.today(),
            );
            let get_ready = model.get_ready();
            let Some(unfinished) = &mut model.unfinished else {
                return;
            };
            if let Some(resumed) = Session::resume(
                &unfinished.journal,
                &model.catalog,
                now.instant,
                &today.session,
            ) {
                model.unfinished = None;
                model.notice = None;
                model.screen = Screen::Session {
                    session: Box::new(
                        resumed
                            .session
                            .with_get_ready(get_ready)
                            .with_paced(model.tempos()),
                    ),
                    save_error: None,
                    journal_error: None,
                };
            }
        }
        (false, UnfinishedKey::SaveAsItIs) => {
            let record = unfinished.journal.to_record();
            if nothing_to_record(&record) {
                model.unfinished = None;
                model.notice = Some(Notice::NothingDone);
                effects.push(Effect::ClearJournal);
            } else {
                if record.reports_pain() {
                    model.after_save = Notice::SavedWithPain;
                }
                effects.push(Effect::SaveSession(record));
            }
        }
        (false, UnfinishedKey::Discard) => unfinished.confirm_discard = true,
        (true, UnfinishedKey::ConfirmDiscard) => {
            // A pain report is never thrown away: it is saved on its own.
            if let Some(pain) = pain_only(&unfinished.journal.to_record()) {
                model.after_save = Notice::DiscardedPainKept;
                effects.push(Effect::SaveSession(pain));
                return;
            }
            model.unfinished = None;
            model.notice = Some(Notice::Discarded);
            effects.push(Effect::ClearJournal);
        }
        (true, UnfinishedKey::KeepIt) => unfinished.confirm_discard = false,
        _ => {}
    }
}

fn review_step(model: &mut Model, key: review_state::Key, now: Now, effects: &mut Vec<Effect>) {
    let (Screen::Review(state), Some(review)) = (&mut model.screen, &model.review) else {
        return;
    };
    if key == review_state::Key::Report {
        // The same page as `botsterk report`: its default period and file name.
        let html = crate::report::render(&crate::report::Request {
            catalog: &model.catalog,
            history: &model.history,
            profile: model.profile.as_ref(),
            today: now.today(),
            weeks: crate::report::DEFAULT_WEEKS,
            lang: model.lang,
            version: env!("CARGO_PKG_VERSION"),
        });
        state.report = None;
        effects.push(Effect::WriteReport {
            file: crate::report::file_name(now.today()),
            html,
        });
        return;
    }
    // The path stays until the next key: read, then out of the way of the page.
    state.report = None;
    let data = review_state::Data {
        catalog: &model.catalog,
        history: &model.history,
        review,
        today: now.today(),
        units: model.settings.units,
    };
    let (correction, left) = state.handle(key, &data);
    if let Some(correction) = correction {
        effects.push(Effect::SaveCorrection(correction));
    }
    if let Some(backup) = state.take_undo() {
        effects.push(Effect::UndoTo(backup));
    }
    if left {
        model.screen = Screen::Home;
        model.review = None;
    }
}

/// What is kept of a session thrown away: the exercises that reported pain, with what was
/// done of them; `None` when no pain was reported.
fn pain_only(record: &SessionRecord) -> Option<SessionRecord> {
    let exercises: Vec<_> = record
        .exercises
        .iter()
        .filter(|e| e.reports_pain())
        .cloned()
        .collect();
    (!exercises.is_empty()).then(|| SessionRecord {
        exercises,
        ended_early: true,
        ..record.clone()
    })
}

/// No set and no pain report: an accidental start, nothing to keep. (Pain is always kept,
/// even before the first set: it puts the exercise on hold.)
fn nothing_to_record(record: &SessionRecord) -> bool {
    record.exercises.iter().all(|e| e.sets.is_empty()) && !record.reports_pain()
}

fn session_step(model: &mut Model, input: Option<Input>, now: Now, effects: &mut Vec<Effect>) {
    let sound = model.sound();
    let lang = model.lang;
    let Screen::Session { session, .. } = &mut model.screen else {
        return;
    };
    let before = session.to_journal(now.local);
    let outcome = match input {
        Some(input) => session.handle(input, now.instant),
        None => session.tick(now.instant),
    };
    effects.extend(sound_effects(&outcome.cues, sound, lang));
    if session.is_practice() {
        practice_outcome(model, &outcome, now, effects);
        return;
    }
    // Written whenever something finished changed (a set, an exercise, an answer): never
    // for a count or a timer, so a crash loses at most the set being done.
    let after = session.to_journal(now.local);
    if after != before && !outcome.discarded {
        effects.push(Effect::SaveJournal(after));
    }
    if outcome.save {
        let record = session.to_record(now.local);
        if nothing_to_record(&record) {
            // No load, no training: an accidental start must not lock out today.
            model.screen = Screen::Home;
            model.notice = Some(Notice::NothingDone);
            effects.push(Effect::ClearJournal);
            return;
        }
        model.after_save = if record.reports_pain() {
            Notice::SavedWithPain
        } else {
            Notice::Saved
        };
        effects.push(Effect::SaveSession(record));
    }
    if outcome.discarded {
        // A pain report is never thrown away: it is saved on its own (the session stays
        // on screen until it is, so a failed save can be retried).
        if let Some(pain) = pain_only(&session.to_record(now.local)) {
            model.after_save = Notice::DiscardedPainKept;
            effects.push(Effect::SaveSession(pain));
            return;
        }
        model.screen = Screen::Home;
        model.notice = Some(Notice::Discarded);
        effects.push(Effect::ClearJournal);
    }
}

/// Saving or throwing away a practice. It has no journal: at most one practice of about
/// ten minutes is lost to a crash, and a strength session's journal is never touched.
fn practice_outcome(
    model: &mut Model,
    outcome: &crate::coach::session::Outcome,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let Screen::Session { session, .. } = &model.screen else {
        return;
    };
    if outcome.save {
        let record = session.to_practice_record(now.local);
        if record.balance.is_empty() && record.posture.is_empty() {
            model.screen = Screen::Home;
            model.notice = Some(Notice::NothingDone);
            return;
        }
        model.after_save = Notice::PracticeSaved;
        effects.push(Effect::SavePractice(record));
    }
    if outcome.discarded {
        model.screen = Screen::Home;
        model.notice = Some(Notice::Discarded);
    }
}

/// How the cues of one step sound. Cues of one step are said together ("done, rest"):
/// said one by one, each would cut off the one before.
fn sound_effects(cues: &[crate::coach::cues::Timed], sound: Sound, lang: Lang) -> Vec<Effect> {
    let Some(last) = cues.last() else {
        return Vec::new();
    };
    match sound {
        Sound::Off => Vec::new(),
        Sound::Bell if cues.iter().any(|c| c.cue.rings_bell()) => vec![Effect::Bell],
        Sound::Bell => Vec::new(),
        Sound::Voice => {
            let words: Vec<String> = cues.iter().map(|c| lang.texts().hands.say(c.cue)).collect();
            vec![Effect::Speak {
                text: words.join(", "),
                lang,
                at: last.at,
            }]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FakeClock;
    use crate::coach::session::Phase;
    use std::time::Duration;

    fn model() -> Model {
        let today = FakeClock::new().today();
        let path = "/tmp/h.json".to_owned();
        Model::new(
            Catalog::builtin(),
            Lang::En,
            History::default(),
            path,
            today,
        )
    }

    #[test]
    fn a_saved_session_returns_home_with_the_new_history() {
        let clock = FakeClock::new();
        let mut m = model();
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        // Both sets of two exercises, then the rest skipped: half the planned sets, so not
        // a short session.
        for _ in 0..2 {
            for input in [
                Input::Begin,
                Input::Count,
                Input::FinishSet,
                Input::SkipRest,
                Input::Count,
                Input::FinishSet,
                Input::Answer(crate::history::Effort::JustRight),
            ] {
                update(&mut m, Msg::Session(input), Now::from_clock(&clock));
            }
        }
        // `s` twice on a card skips it.
        for _ in 0..4 {
            update(
                &mut m,
                Msg::Session(Input::SkipExercise),
                Now::from_clock(&clock),
            );
        }
        assert_eq!(m.session().map(Session::phase), Some(&Phase::Summary));
        clock.advance(Duration::from_secs(60));
        let effects = update(&mut m, Msg::Session(Input::Save), Now::from_clock(&clock));
        let [Effect::SaveSession(record)] = effects.as_slice() else {
            panic!("one save effect, got {effects:?}")
        };
        assert_eq!(record.ended_at, clock.local_now());
        // A failed save keeps the session on screen with the reason.
        update(
            &mut m,
            Msg::SaveFailed("disk full".into()),
            Now::from_clock(&clock),
        );
        let Screen::Session { save_error, .. } = &m.screen else {
            panic!("still in session")
        };
        assert_eq!(save_error.as_deref(), Some("disk full"));
        let mut history = History::default();
        history.sessions.push(record.clone());
        update(&mut m, Msg::Saved(history), Now::from_clock(&clock));
        assert_eq!(m.screen, Screen::Home);
        assert_eq!(m.history.sessions.len(), 1);
        assert_eq!(m.notice, Some(Notice::Saved));
        // Trained today: no second session until the day after tomorrow.
        assert!(!m.day.may_train());
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        assert_eq!(m.screen, Screen::Home);
        clock.advance(Duration::from_secs(24 * 3600));
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        assert_eq!(m.screen, Screen::Home, "the day after is a rest day");
        clock.advance(Duration::from_secs(24 * 3600));
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        assert!(m.session().is_some(), "two days later training is on again");
    }

    #[test]
    fn home_waits_for_keys_without_waking() {
        let clock = FakeClock::new();
        assert_eq!(model().next_wake(clock.now()), None);
    }

    #[test]
    fn tab_switches_the_program_only_on_home() {
        let clock = FakeClock::new();
        let mut m = model();
        update(&mut m, Msg::SwitchProgram, Now::from_clock(&clock));
        assert_eq!(m.program, Program::Advanced);
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        update(&mut m, Msg::SwitchProgram, Now::from_clock(&clock));
        assert_eq!(m.session().unwrap().program(), Program::Advanced);
    }

    use crate::clock::Clock;

    #[test]
    fn a_weight_question_is_answered_yes_no_or_with_another_weight() {
        let clock = FakeClock::new();
        let mut m = model();
        let history: History = serde_json::from_str(include_str!(
            "../../tests/fixtures/goblet-squat-at-the-top.json"
        ))
        .unwrap();
        m.history = history;
        m.program = Program::Advanced;
        m.refresh(clock.today());
        let prompt = m
            .weight_prompt()
            .cloned()
            .expect("a heavier weight is proposed");
        assert_eq!((prompt.from_kg, prompt.to_kg), (Some(8.0), Some(9.0)));
        let now = Now::from_clock(&clock);
        let yes = update(&mut m, Msg::AcceptWeight, now);
        assert!(matches!(&yes[..], [Effect::SaveWeight(c)] if c.to_kg == 9.0));
        let no = update(&mut m, Msg::DeclineWeight, now);
        assert!(matches!(&no[..], [Effect::SaveWeight(c)] if c.to_kg == 8.0));
        update(&mut m, Msg::EditWeight, now);
        for c in ['1', '0', ',', '5'] {
            update(&mut m, Msg::WeightChar(c), now);
        }
        // 8 to 10.5 kg is more than a step (2 kg): asked once more.
        assert!(update(&mut m, Msg::WeightConfirm, now).is_empty());
        assert_eq!(m.weight_jump, Some(10.5));
        let other = update(&mut m, Msg::ConfirmJump(true), now);
        assert!(matches!(&other[..], [Effect::SaveWeight(c)] if c.to_kg == 10.5));
        // Once saved, that question is gone; the next one is the deadlift's first weight.
        let mut saved = m.history.clone();
        if let [Effect::SaveWeight(change)] = &other[..] {
            saved.weight_changes.push(change.clone());
        }
        update(&mut m, Msg::WeightSaved(saved), now);
        let next = m.weight_prompt().expect("the next question");
        assert_eq!(
            (next.exercise.as_str(), next.kind),
            ("deadlift", PromptKind::ChooseWeight)
        );
        assert_eq!(m.day.session.exercises[0].weight_kg, Some(10.5));
    }

    fn journals(effects: &[Effect]) -> usize {
        effects
            .iter()
            .filter(|e| matches!(e, Effect::SaveJournal(_)))
            .count()
    }

    #[test]
    fn the_journal_is_written_after_each_finished_set_not_each_rep() {
        let clock = FakeClock::new();
        let mut m = model();
        let now = Now::from_clock(&clock);
        update(&mut m, Msg::StartSession, now);
        assert_eq!(
            journals(&update(&mut m, Msg::Session(Input::Begin), now)),
            0
        );
        assert_eq!(
            journals(&update(&mut m, Msg::Session(Input::Count), now)),
            0
        );
        let finished = update(&mut m, Msg::Session(Input::FinishSet), now);
        let [Effect::SaveJournal(journal)] = finished.as_slice() else {
            panic!("one journal write, got {finished:?}")
        };
        assert_eq!(journal.sets_done.len(), 1);
        // Skipping an exercise changes what is finished, so it is written too.
        assert_eq!(
            journals(&update(&mut m, Msg::Session(Input::SkipExercise), now)),
            1
        );
        update(&mut m, Msg::Session(Input::AskQuit), now);
        update(&mut m, Msg::Session(Input::Discard), now);
        let discarded = update(&mut m, Msg::Session(Input::ConfirmDiscard), now);
        assert_eq!(discarded, [Effect::ClearJournal]);
    }

    fn with_unfinished(clock: &FakeClock) -> Model {
        let mut m = model();
        let now = Now::from_clock(clock);
        update(&mut m, Msg::StartSession, now);
        update(&mut m, Msg::Session(Input::Begin), now);
        update(&mut m, Msg::Session(Input::Count), now);
        let effects = update(&mut m, Msg::Session(Input::FinishSet), now);
        let Some(Effect::SaveJournal(journal)) = effects.into_iter().next() else {
            panic!("a journal")
        };
        let mut fresh = model();
        fresh.unfinished = Some(Unfinished {
            journal,
            confirm_discard: false,
            error: None,
        });
        fresh
    }

    #[test]
    fn an_unfinished_session_is_resumed_saved_or_discarded_after_asking() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let mut m = with_unfinished(&clock);
        update(&mut m, Msg::StartSession, now);
        assert_eq!(
            m.screen,
            Screen::Home,
            "decide about the unfinished one first"
        );
        update(&mut m, Msg::Unfinished(UnfinishedKey::Resume), now);
        let session = m.session().expect("resumed");
        assert_eq!((session.set_number(), session.sets_done().len()), (2, 1));
        assert!(m.unfinished.is_none());

        let mut m = with_unfinished(&clock);
        let saved = update(&mut m, Msg::Unfinished(UnfinishedKey::SaveAsItIs), now);
        let [Effect::SaveSession(record)] = saved.as_slice() else {
            panic!("a save, got {saved:?}")
        };
        assert!(record.ended_early);
        assert_eq!(record.exercises[0].sets.len(), 1);
        update(&mut m, Msg::SaveFailed("disk full".into()), now);
        assert_eq!(
            m.unfinished.as_ref().and_then(|u| u.error.as_deref()),
            Some("disk full")
        );

        let mut m = with_unfinished(&clock);
        assert!(update(&mut m, Msg::Unfinished(UnfinishedKey::Discard), now).is_empty());
        update(&mut m, Msg::Unfinished(UnfinishedKey::KeepIt), now);
        assert!(m.unfinished.is_some(), "n keeps it");
        update(&mut m, Msg::Unfinished(UnfinishedKey::Discard), now);
        let gone = update(&mut m, Msg::Unfinished(UnfinishedKey::ConfirmDiscard), now);
        assert_eq!(gone, [Effect::ClearJournal]);
        assert!(m.unfinished.is_none());
    }

    #[test]
    fn q_leaves_the_first_start_questions_without_saving() {
        let clock = FakeClock::new();
        let mut m = model();
        m.start_setup();
        let effects = update(&mut m, Msg::Quit, Now::from_clock(&clock));
        assert!(m.quit);
        assert!(effects.is_empty(), "nothing saved");
    }

    #[test]
    fn weights_are_typed_in_the_users_units() {
        use crate::profile::Units;
        use crate::units::parse_weight;
        assert_eq!(parse_weight("7,5", Units::Kg), Ok(7.5));
        assert_eq!(parse_weight("20", Units::Lb), Ok(9.072));
        assert!(parse_weight("700", Units::Lb).is_err(), "over 300 kg");
        assert!(parse_weight("0", Units::Kg).is_err());
    }

    #[test]
    fn a_pain_report_is_never_thrown_away() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        // Pain on the first card, then the session thrown away: the pain is saved.
        let mut m = model();
        update(&mut m, Msg::StartSession, now);
        update(
            &mut m,
            Msg::Session(Input::Answer(crate::history::Effort::Pain)),
            now,
        );
        update(&mut m, Msg::Session(Input::AskQuit), now);
        update(&mut m, Msg::Session(Input::Discard), now);
        let effects = update(&mut m, Msg::Session(Input::ConfirmDiscard), now);
        let Some(Effect::SaveSession(kept)) = effects
            .iter()
            .find(|e| matches!(e, Effect::SaveSession(_)))
            .cloned()
        else {
            panic!("the pain is saved: {effects:?}")
        };
        assert_eq!(kept.exercises.len(), 1);
        assert!(kept.reports_pain() && kept.is_short());
        let mut history = History::default();
        history.sessions.push(kept);
        update(&mut m, Msg::Saved(history), now);
        assert_eq!(m.notice, Some(Notice::DiscardedPainKept));
        assert_eq!(m.day.holds.len(), 1);
        // Pain and nothing else, saved from the summary: kept too.
        let mut m = model();
        update(&mut m, Msg::StartSession, now);
        update(
            &mut m,
            Msg::Session(Input::Answer(crate::history::Effort::Pain)),
            now,
        );
        update(&mut m, Msg::Session(Input::Continue), now);
        for _ in 0..6 {
            update(&mut m, Msg::Session(Input::SkipExercise), now);
        }
        let effects = update(&mut m, Msg::Session(Input::Save), now);
        assert!(
            effects
                .iter()
                .any(|e| matches!(e, Effect::SaveSession(r) if r.reports_pain())),
            "{effects:?}"
        );
    }

    #[test]
    fn voice_says_a_steps_cues_together_and_falls_back_to_the_bell() {
        use crate::coach::cues::{Cue, Timed};
        let at = FakeClock::new().now();
        let cues = [Timed { at, cue: Cue::Done }, Timed { at, cue: Cue::Rest }];
        assert_eq!(
            sound_effects(&cues, Sound::Voice, Lang::Nl),
            [Effect::Speak {
                text: "klaar, rust".into(),
                lang: Lang::Nl,
                at
            }]
        );
        assert_eq!(sound_effects(&cues, Sound::Bell, Lang::En), [Effect::Bell]);
        assert!(sound_effects(&cues, Sound::Off, Lang::En).is_empty());
        let mut m = model();
        let mut profile = Profile::defaults(Lang::En);
        profile.set_sound(Sound::Voice);
        m.profile = Some(profile);
        assert_eq!(m.sound(), Sound::Bell, "no speech program found");
        m.voice = Some("espeak-ng".into());
        assert_eq!(m.sound(), Sound::Voice);
        update(
            &mut m,
            Msg::VoiceFailed("no audio".into()),
            Now::from_clock(&FakeClock::new()),
        );
        assert_eq!(m.sound(), Sound::Bell, "after a failure, the bell");
    }

    #[test]
    fn a_session_without_a_single_set_is_not_recorded() {
        let clock = FakeClock::new();
        let mut m = model();
        let now = Now::from_clock(&clock);
        update(&mut m, Msg::StartSession, now);
        for _ in 0..8 {
            update(&mut m, Msg::Session(Input::SkipExercise), now);
        }
        let effects = update(&mut m, Msg::Session(Input::Save), now);
        assert_eq!(effects, [Effect::ClearJournal]);
        assert_eq!(
            (&m.screen, m.notice),
            (&Screen::Home, Some(Notice::NothingDone))
        );
        assert!(m.day.may_train(), "today is still free");
    }
}
