//! The set-up questions: their answers, the one a profile holds, and how an answer goes
//! into a profile. Asked by set-up and settings in the TUI (`app::setup`) and answered by
//! `botsterk profile`; depends on the profile only.

use crate::catalog::Program;
use crate::lang::Lang;
use crate::profile::{BoneStatus, Counting, Profile, Sex, Sound};
use crate::units::Units;

/// The questions, in set-up order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    Language,
    Disclaimer,
    BoneStatus,
    ClearedForImpact,
    Experience,
    WeeklyTarget,
    Units,
    Rest,
    Bell,
    /// Seconds of get-ready before a hold.
    GetReady,
    /// Who counts the reps: the user or the coach.
    Counting,
    /// The year of birth, for the test day's norms: optional, typed (the set-up's
    /// `SetupState::typed` holds it); Enter with nothing typed skips it.
    BirthYear,
    /// Female, male or rather not say, for the test day's norms: optional.
    Sex,
}

/// The questions set-up asks, in order; the optional ones last.
pub const SETUP: [Question; 12] = [
    Question::Language,
    Question::Disclaimer,
    Question::BoneStatus,
    Question::ClearedForImpact,
    Question::Experience,
    Question::WeeklyTarget,
    Question::Units,
    Question::Rest,
    Question::Counting,
    Question::Bell,
    Question::BirthYear,
    Question::Sex,
];

/// The sex answers in the order set-up asks them (the texts' `a_sex`): "rather not say"
/// last, and suggested.
pub const SEX_ANSWERS: [Sex; 3] = [Sex::Female, Sex::Male, Sex::RatherNotSay];

/// Rest lengths offered, in seconds.
pub const REST_CHOICES: [u32; 5] = [45, 60, 90, 120, 180];

/// Get-ready lengths offered, in seconds (`profile --get-ready-seconds` takes any 3-30).
pub const GET_READY_CHOICES: [u32; 6] = [3, 5, 10, 15, 20, 30];

impl Question {
    /// The name kept in the profile's record of answers (`Profile::answered`). Never
    /// changed once released: a profile written by any version must keep reading.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Language => "language",
            Self::Disclaimer => "disclaimer",
            Self::BoneStatus => "bone_status",
            Self::ClearedForImpact => "cleared_for_impact",
            Self::Experience => "program",
            Self::WeeklyTarget => "weekly_target",
            Self::Units => "units",
            Self::Rest => "rest",
            Self::Bell => "sound",
            Self::GetReady => "get_ready",
            Self::Counting => "counting",
            Self::BirthYear => "birth_year",
            Self::Sex => "sex",
        }
    }

    /// How many answers are offered: voice only when a speech program was found.
    #[must_use]
    pub fn offered(self, voice: Option<&str>) -> usize {
        match self {
            Self::Bell if voice.is_none() => 2,
            _ => self.answers(),
        }
    }

    /// How many answers there are.
    #[must_use]
    pub fn answers(self) -> usize {
        match self {
            Self::Language
            | Self::ClearedForImpact
            | Self::Experience
            | Self::Units
            | Self::Counting => 2,
            // Off, bell, voice: voice is offered only where a speech program is found.
            Self::Bell => 3,
            // The year is typed: one field.
            Self::Disclaimer | Self::BirthYear => 1,
            Self::BoneStatus => 4,
            Self::WeeklyTarget | Self::Sex => 3,
            Self::Rest => REST_CHOICES.len(),
            Self::GetReady => GET_READY_CHOICES.len(),
        }
    }

    /// The answer the profile holds now (the default on `Enter`).
    #[must_use]
    pub fn current(self, p: &Profile) -> usize {
        match self {
            Self::Language => usize::from(p.lang == Lang::Nl),
            Self::Disclaimer => 0,
            Self::BoneStatus => bone_status_answer(p.bone_status),
            // "No" first: clearance is the exception.
            Self::ClearedForImpact => usize::from(p.cleared_for_impact),
            Self::Experience => usize::from(p.program == Program::Advanced),
            Self::WeeklyTarget => p.weekly_target.clamp(2, 4) as usize - 2,
            Self::Units => usize::from(p.units == Units::Lb),
            Self::Rest => REST_CHOICES
                .iter()
                .position(|&s| s >= p.rest_seconds)
                .unwrap_or(REST_CHOICES.len() - 1),
            Self::Bell => match p.sound() {
                Sound::Off => 0,
                Sound::Bell => 1,
                Sound::Voice => 2,
            },
            Self::GetReady => GET_READY_CHOICES
                .iter()
                .position(|&s| s >= p.get_ready_seconds)
                .unwrap_or(GET_READY_CHOICES.len() - 1),
            Self::Counting => usize::from(p.counting == Counting::Paced),
            Self::BirthYear => 0,
            // Not given: "rather not say" is suggested.
            Self::Sex => p
                .sex
                .and_then(|sex| SEX_ANSWERS.iter().position(|&s| s == sex))
                .unwrap_or(SEX_ANSWERS.len() - 1),
        }
    }

    /// Whether the question may be left unanswered: a set-up that has only these left
    /// is done (so a profile set up before they were asked is not asked them again;
    /// settings hold them).
    #[must_use]
    pub fn is_optional(self) -> bool {
        matches!(self, Self::BirthYear | Self::Sex)
    }

    /// Puts answer `i` into the profile, and records it as answered.
    pub fn apply(self, i: usize, p: &mut Profile) {
        p.mark_answered(self.key());
        match self {
            Self::Language => p.lang = if i == 1 { Lang::Nl } else { Lang::En },
            // The typed year is put in by set-up itself.
            Self::Disclaimer | Self::BirthYear => {}
            Self::Sex => p.sex = Some(SEX_ANSWERS[i.min(SEX_ANSWERS.len() - 1)]),
            Self::BoneStatus => {
                p.bone_status = BONE_STATUS_ANSWERS[i.min(BONE_STATUS_ANSWERS.len() - 1)];
            }
            Self::ClearedForImpact => p.cleared_for_impact = i == 1,
            Self::Experience => {
                p.program = if i == 1 {
                    Program::Advanced
                } else {
                    Program::Beginner
                };
            }
            Self::WeeklyTarget => p.weekly_target = 2 + u32::try_from(i.min(2)).unwrap_or(0),
            Self::Units => p.units = if i == 1 { Units::Lb } else { Units::Kg },
            Self::Rest => p.rest_seconds = REST_CHOICES[i.min(REST_CHOICES.len() - 1)],
            Self::Bell => p.set_sound([Sound::Off, Sound::Bell, Sound::Voice][i.min(2)]),
            Self::GetReady => {
                p.get_ready_seconds = GET_READY_CHOICES[i.min(GET_READY_CHOICES.len() - 1)];
            }
            Self::Counting => {
                p.counting = if i == 1 {
                    Counting::Paced
                } else {
                    Counting::Manual
                };
            }
        }
    }
}
/// The bone-status answers in the order set-up asks them (the texts' `a_bone_status`).
pub const BONE_STATUS_ANSWERS: [BoneStatus; 4] = [
    BoneStatus::None,
    BoneStatus::Osteopenia,
    BoneStatus::Osteoporosis,
    BoneStatus::Unknown,
];

/// The set-up answer of a bone status: its place in [`BONE_STATUS_ANSWERS`].
#[must_use]
pub fn bone_status_answer(status: BoneStatus) -> usize {
    BONE_STATUS_ANSWERS
        .iter()
        .position(|&s| s == status)
        .unwrap_or(0)
}
