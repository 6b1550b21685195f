//! The user's profile: the answers of the first-run set-up, kept in `profile.json` beside
//! the history and changed on the settings screen or with `botsterk profile --...`.
//!
//! It shapes the coach: the weekly target, the rest, the weights owned, and safety. With
//! osteoporosis and no clearance for impact the stomp is left out; with osteopenia or
//! osteoporosis the deadlift carries its caution (see [`crate::coach::safety`]).

use serde::{Deserialize, Serialize};

use crate::catalog::Program;
use crate::lang::Lang;

/// The version of the profile format this build writes.
pub const PROFILE_VERSION: u32 = 1;
/// The fewest strength sessions a week that still count as enough.
pub const WEEKLY_MINIMUM: u32 = 2;
/// The most strength sessions a week the program allows (with rest days between).
pub const WEEKLY_MAXIMUM: u32 = 4;
/// Rest between sets unless the user changes it.
pub const DEFAULT_REST_SECONDS: u32 = 60;
/// The shortest and longest rest between sets the user may choose, in seconds.
pub const REST_RANGE: std::ops::RangeInclusive<u32> = 15..=300;
/// The get-ready before a hold, in seconds: 3 for someone already in place, up to 30 to
/// get down to a mat slowly.
pub const GET_READY_RANGE: std::ops::RangeInclusive<u32> = 3..=30;
/// The get-ready when the profile says nothing (older profiles).
pub const DEFAULT_GET_READY_SECONDS: u32 = 10;

/// What the user lifts: the weights they own (kg; empty: any weight, in steps on the grid
/// of their unit) and the unit they think in. Every weight the coach proposes is chosen
/// from these (`coach::weights`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dumbbells<'a> {
    pub owned_kg: &'a [f64],
    pub units: Units,
}

/// The user's choices that shape the plan (set up in the profile, issue 6).
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Sessions a week the user aims for: 2, 3 or 4.
    pub weekly_target: u32,
    pub rest_seconds: u32,
    /// The dumbbell or kettlebell weights the user owns, in kg.
    pub owned_weights_kg: Vec<f64>,
    pub bone_status: BoneStatus,
    pub cleared_for_impact: bool,
    /// The program chosen at set-up: planned until the first session says otherwise.
    pub start_program: Program,
    /// How weights are shown (they are kept in kg).
    pub units: Units,
    /// Exercises the user left out for good (pain check answered `leave-out`).
    pub left_out: Vec<String>,
    /// When `profile --program` chose `start_program` (see [`crate::coach::plan::next_program`]).
    pub program_chosen_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Days a week with balance and posture practice aimed for (see
    /// [`Profile::practice_target`]): only the practice part of the plan reads it.
    pub practice_days: u32,
    /// The day the bone status last became weaker ([`Profile::bones_weaker_on`]).
    pub bones_weaker_on: Option<chrono::NaiveDate>,
}

impl Settings {
    /// The weights owned and the unit: what the coach proposes weights from.
    #[must_use]
    pub fn dumbbells(&self) -> Dumbbells<'_> {
        Dumbbells {
            owned_kg: &self.owned_weights_kg,
            units: self.units,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            weekly_target: 3,
            rest_seconds: DEFAULT_REST_SECONDS,
            owned_weights_kg: Vec::new(),
            // Without a profile nothing is known: no exercise is left out or cautioned.
            bone_status: BoneStatus::None,
            cleared_for_impact: false,
            start_program: Program::Beginner,
            units: Units::Kg,
            left_out: Vec::new(),
            program_chosen_at: None,
            practice_days: DEFAULT_PRACTICE_DAYS,
            bones_weaker_on: None,
        }
    }
}

/// What the user knows of their bones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum BoneStatus {
    /// No known loss of bone density.
    #[value(alias = "geen")]
    None,
    #[value(alias = "osteopenie")]
    Osteopenia,
    #[value(alias = "osteoporose")]
    Osteoporosis,
    /// Never measured, or not known. Nothing is left out, but stomping and the deadlift
    /// carry a caution (ask your doctor first) and balance asks for a counter within reach;
    /// the set-up's disclaimer asks to check with a doctor first.
    #[default]
    #[value(alias = "onbekend", alias = "weet-niet")]
    Unknown,
}

impl BoneStatus {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Osteopenia => "osteopenia",
            Self::Osteoporosis => "osteoporosis",
            Self::Unknown => "unknown",
        }
    }
}

/// How the session sounds its cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Sound {
    #[value(alias = "uit")]
    Off,
    /// The terminal bell at the moments that ask the user to act.
    #[value(alias = "bel")]
    Bell,
    /// Counts and short cues spoken by a speech program (espeak-ng, spd-say, say).
    #[value(alias = "stem")]
    Voice,
}

impl Sound {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Bell => "bell",
            Self::Voice => "voice",
        }
    }
}

/// Who counts the reps of a set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// The user presses Space for each rep.
    #[default]
    #[value(alias = "zelf", alias = "handmatig")]
    Manual,
    /// The coach counts at the exercise's tempo, saying each phase.
    #[value(alias = "tempo", alias = "begeleid")]
    Paced,
}

impl Counting {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Manual => "manual",
            Self::Paced => "paced",
        }
    }
}

/// The sex the norms of the test day differ by (`profile --sex`); "rather not say" leaves
/// the norms that need it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    #[value(alias = "vrouw")]
    Female,
    #[value(alias = "man")]
    Male,
    #[value(alias = "zeg-ik-liever-niet", alias = "liever-niet")]
    RatherNotSay,
}

impl Sex {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Female => "female",
            Self::Male => "male",
            Self::RatherNotSay => "rather_not_say",
        }
    }
}

/// The years of birth `profile --birth-year` takes.
pub const BIRTH_YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2020;

/// The profile as written to `profile.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub version: u32,
    /// The language chosen at set-up; `--lang` overrides it for one run.
    pub lang: Lang,
    pub bone_status: BoneStatus,
    /// A doctor or physiotherapist said impact exercise (stomping) is fine.
    pub cleared_for_impact: bool,
    /// The program to start with (the coach proposes advanced later, never forces it).
    pub program: Program,
    /// Sessions a week: 2, 3 or 4.
    pub weekly_target: u32,
    pub units: Units,
    pub rest_seconds: u32,
    /// The dumbbell or kettlebell weights the user owns, in kg (empty: steps of 1 kg).
    #[serde(default)]
    pub owned_weights_kg: Vec<f64>,
    /// Ring the terminal bell at the end of holds and rests.
    #[serde(default = "yes")]
    pub bell: bool,
    /// Exercises the user left out for good (a pain check answered `leave-out`); they come
    /// back with `profile --include EXERCISE`.
    #[serde(default)]
    pub left_out: Vec<String>,
    /// When `profile --program` last chose the program: until a session started after it,
    /// the next session is of that program (with sessions before, the last one's decides).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program_chosen_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The day the bone status last became weaker (none or unknown to osteopenia or
    /// osteoporosis, osteopenia to osteoporosis): weights above the first-weight limit for
    /// the new status are asked about once (issue 24, design 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bones_weaker_on: Option<chrono::NaiveDate>,
    /// Seconds of get-ready before each hold, after the user said go.
    #[serde(default = "default_get_ready")]
    pub get_ready_seconds: u32,
    /// How cues sound; `None` in profiles written before it existed, which follow `bell`
    /// (see [`Profile::sound`]). `bell` is kept in step, for an older botsterk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<Sound>,
    /// Who counts the reps: the user (manual, as before it existed) or the coach.
    #[serde(default)]
    pub counting: Counting,
    /// A 3-minute warm-up before each strength session (on unless turned off).
    #[serde(default = "yes")]
    pub warm_up: bool,
    /// Days a week with balance and posture practice the user aims for: 0 to 7.
    #[serde(default = "default_practice_days")]
    pub practice_days: u32,
    /// The first start's screens the user has been through, by name: `disclaimer` and
    /// each set-up question answered, on screen or with a `profile` flag (see
    /// `questions::Question::key`). Names, not an enum, so that an older botsterk keeps
    /// a later one's names. `None` in profiles written before it existed: they count as
    /// fully set up (they were, or their `profile` command printed the disclaimer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<Vec<String>>,
    /// The user's name, printed on the report for the physiotherapist or doctor
    /// (`profile --name`); none: the report names no one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When `botsterk remind` may speak (`HH:MM`), set in the settings; none: any time
    /// (its snippets then use 09:00). `--after` wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_time: Option<String>,
    /// Whether the reminder snippets for systemd and cron show a desktop notification
    /// (none: yes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_notify: Option<bool>,
    /// The year of birth, for the test day's norms (`profile --birth-year`); optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_year: Option<i32>,
    /// Female, male or rather not say, for the test day's norms (`profile --sex`); optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// The day home first offered the due test day (issue 30): offered once per due period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_day_offered: Option<chrono::NaiveDate>,
    /// The day the monthly falls question was last answered (issue 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub falls_asked: Option<chrono::NaiveDate>,
    /// Fields this botsterk does not know (a later version's, or added by hand): kept as
    /// they are whenever the profile is written.
    #[serde(flatten)]
    pub unknown: serde_json::Map<String, serde_json::Value>,
}

fn yes() -> bool {
    true
}

fn default_practice_days() -> u32 {
    DEFAULT_PRACTICE_DAYS
}

/// The practice target when the profile says nothing: three days a week, as in the Otago
/// programme and the NHS "Super Six" (daily is fine too).
pub const DEFAULT_PRACTICE_DAYS: u32 = 3;
/// The reminder's time until one is chosen.
pub const DEFAULT_REMINDER_TIME: chrono::NaiveTime = match chrono::NaiveTime::from_hms_opt(9, 0, 0)
{
    Some(t) => t,
    None => panic!("09:00 is a time"),
};
/// The years of birth taken (as `profile --birth-year`).
pub const BIRTH_YEARS: std::ops::RangeInclusive<i32> = 1900..=2020;
/// The hours the settings step through for the reminder (Enter: the next one).
pub const REMINDER_HOURS: std::ops::RangeInclusive<u32> = 7..=21;

/// The practice days a week the user may aim for.
pub const PRACTICE_DAYS_RANGE: std::ops::RangeInclusive<u32> = 0..=7;

fn default_get_ready() -> u32 {
    DEFAULT_GET_READY_SECONDS
}

impl Profile {
    /// The answers set-up proposes, in `lang`.
    #[must_use]
    pub fn defaults(lang: Lang) -> Self {
        Self {
            version: PROFILE_VERSION,
            lang,
            bone_status: BoneStatus::Unknown,
            cleared_for_impact: false,
            program: Program::Beginner,
            weekly_target: 3,
            units: Units::Kg,
            rest_seconds: DEFAULT_REST_SECONDS,
            owned_weights_kg: Vec::new(),
            bell: true,
            left_out: Vec::new(),
            get_ready_seconds: DEFAULT_GET_READY_SECONDS,
            sound: None,
            counting: Counting::Manual,
            program_chosen_at: None,
            bones_weaker_on: None,
            warm_up: true,
            practice_days: default_practice_days(),
            answered: Some(Vec::new()),
            name: None,
            reminder_time: None,
            reminder_notify: None,
            birth_year: None,
            sex: None,
            test_day_offered: None,
            falls_asked: None,
            unknown: serde_json::Map::new(),
        }
    }

    /// The reminder's time as the settings show it: the one chosen, else 09:00.
    #[must_use]
    pub fn reminder_at(&self) -> chrono::NaiveTime {
        self.reminder_time
            .as_deref()
            .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok())
            .unwrap_or(DEFAULT_REMINDER_TIME)
    }

    /// Whether the reminder notifies (yes unless the settings said no).
    #[must_use]
    pub fn reminder_notifies(&self) -> bool {
        self.reminder_notify.unwrap_or(true)
    }

    /// Whether the first-start screen named `key` was answered (always, in a profile from
    /// before answers were recorded).
    #[must_use]
    pub fn is_answered(&self, key: &str) -> bool {
        self.answered
            .as_ref()
            .is_none_or(|answered| answered.iter().any(|k| k == key))
    }

    /// Records that the first-start screen named `key` was answered.
    pub fn mark_answered(&mut self, key: &str) {
        if let Some(answered) = &mut self.answered
            && !answered.iter().any(|k| k == key)
        {
            answered.push(key.to_owned());
        }
    }

    /// How cues sound: the answer, or for an older profile its bell.
    #[must_use]
    pub fn sound(&self) -> Sound {
        self.sound
            .unwrap_or(if self.bell { Sound::Bell } else { Sound::Off })
    }

    /// Sets the sound, and the bell with it (an older botsterk reads only the bell).
    pub fn set_sound(&mut self, sound: Sound) {
        self.sound = Some(sound);
        self.bell = sound != Sound::Off;
    }

    /// The practice days a week aimed for, kept in range whatever the file says.
    #[must_use]
    pub fn practice_target(&self) -> u32 {
        self.practice_days.min(*PRACTICE_DAYS_RANGE.end())
    }

    /// The get-ready before a hold, kept in range whatever the file says.
    #[must_use]
    pub fn get_ready(&self) -> std::time::Duration {
        let secs = self
            .get_ready_seconds
            .clamp(*GET_READY_RANGE.start(), *GET_READY_RANGE.end());
        std::time::Duration::from_secs(secs.into())
    }

    /// What the coach needs of the profile.
    #[must_use]
    pub fn settings(&self) -> Settings {
        Settings {
            weekly_target: self.weekly_target.clamp(WEEKLY_MINIMUM, WEEKLY_MAXIMUM),
            rest_seconds: self
                .rest_seconds
                .clamp(*REST_RANGE.start(), *REST_RANGE.end()),
            owned_weights_kg: self.owned_weights_kg.clone(),
            bone_status: self.bone_status,
            cleared_for_impact: self.cleared_for_impact,
            start_program: self.program,
            program_chosen_at: self.program_chosen_at,
            units: self.units,
            left_out: self.left_out.clone(),
            practice_days: self.practice_target(),
            bones_weaker_on: self.bones_weaker_on,
        }
    }

    /// Sets the bone status; when it is weaker than before, notes `today` as the day it
    /// became so ([`Self::bones_weaker_on`]).
    pub fn set_bone_status(&mut self, status: BoneStatus, today: chrono::NaiveDate) {
        let rank = |s: BoneStatus| match s {
            BoneStatus::None | BoneStatus::Unknown => 0,
            BoneStatus::Osteopenia => 1,
            BoneStatus::Osteoporosis => 2,
        };
        if rank(status) > rank(self.bone_status) {
            self.bones_weaker_on = Some(today);
        }
        self.bone_status = status;
    }

    /// Copies onto `self` (the profile as it is on disk now) the answers in which `after`
    /// differs from `before` (the copy the change was made from): a change made on a
    /// stale copy changes what it changed, and keeps every other answer as it is on disk.
    pub fn take_changes(&mut self, before: &Profile, after: &Profile) {
        macro_rules! take {
            ($($field:ident),*) => {
                $(if before.$field != after.$field {
                    self.$field.clone_from(&after.$field);
                })*
            };
        }
        // Every answer; a new field of Profile must be added here too (the test below
        // fails when one is missing).
        take!(
            lang,
            bone_status,
            cleared_for_impact,
            program,
            weekly_target,
            units,
            rest_seconds,
            owned_weights_kg,
            bell,
            left_out,
            get_ready_seconds,
            sound,
            counting,
            program_chosen_at,
            bones_weaker_on,
            warm_up,
            practice_days,
            answered,
            name,
            reminder_time,
            reminder_notify,
            birth_year,
            sex,
            test_day_offered,
            falls_asked
        );
        // Fields this botsterk does not know stay as they are on disk; a stale copy's
        // only fill in what the disk no longer has.
        for (key, value) in &after.unknown {
            self.unknown
                .entry(key.clone())
                .or_insert_with(|| value.clone());
        }
    }
}

use crate::units::Units;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::format_weight;

    #[test]
    fn a_profile_round_trips_and_older_files_get_the_bell() {
        let profile = Profile {
            owned_weights_kg: vec![2.0, 4.0],
            ..Profile::defaults(Lang::Nl)
        };
        let json = serde_json::to_string(&profile).unwrap();
        assert_eq!(serde_json::from_str::<Profile>(&json).unwrap(), profile);
        let without_bell = json.replace(",\"bell\":true", "");
        assert!(serde_json::from_str::<Profile>(&without_bell).unwrap().bell);
        assert!(json.contains("\"lang\":\"nl\""), "{json}");
        assert!(json.contains("\"bone_status\":\"unknown\""), "{json}");
    }

    #[test]
    fn an_older_profile_sounds_as_its_bell_said() {
        let mut p = Profile::defaults(Lang::En);
        assert_eq!(p.sound(), Sound::Bell);
        p.bell = false;
        assert_eq!(p.sound(), Sound::Off);
        p.set_sound(Sound::Voice);
        assert_eq!((p.sound(), p.bell), (Sound::Voice, true));
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"sound\":\"voice\""), "{json}");
    }

    #[test]
    fn answers_are_recorded_by_name_and_an_older_profile_counts_as_set_up() {
        let mut p = Profile::defaults(Lang::En);
        assert!(!p.is_answered("disclaimer"));
        p.mark_answered("disclaimer");
        p.mark_answered("disclaimer");
        assert_eq!(p.answered.as_deref(), Some(&["disclaimer".to_owned()][..]));
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"answered\":[\"disclaimer\"]"), "{json}");
        let older: Profile =
            serde_json::from_str(&json.replace(",\"answered\":[\"disclaimer\"]", "")).unwrap();
        assert_eq!(older.answered, None);
        assert!(older.is_answered("bone_status"));
        let mut older = older;
        older.mark_answered("sound");
        assert_eq!(older.answered, None, "an older profile stays fully set up");
    }

    #[test]
    fn fields_it_does_not_know_survive_a_change() {
        let json = serde_json::to_string(&Profile::defaults(Lang::En)).unwrap();
        let with_later = json.replacen('{', "{\"posture_check\":{\"every\":3},", 1);
        let on_disk: Profile = serde_json::from_str(&with_later).unwrap();
        let mut changed = on_disk.clone();
        changed.rest_seconds = 120;
        let mut written = on_disk.clone();
        written.take_changes(&on_disk, &changed);
        let back: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&written).unwrap()).unwrap();
        assert_eq!(back["posture_check"]["every"], 3);
        assert_eq!(back["rest_seconds"], 120);
    }

    #[test]
    fn pounds_are_shown_to_one_decimal() {
        assert_eq!(format_weight(8.0, Units::Kg), "8 kg");
        assert_eq!(format_weight(8.0, Units::Lb), "17.6 lb");
        assert_eq!(format_weight(2.5, Units::Lb), "5.5 lb");
    }

    #[test]
    fn settings_keep_targets_and_rests_in_range() {
        let profile = Profile {
            weekly_target: 9,
            rest_seconds: 5,
            ..Profile::defaults(Lang::En)
        };
        let settings = profile.settings();
        assert_eq!((settings.weekly_target, settings.rest_seconds), (4, 15));
    }

    #[test]
    fn only_the_answers_changed_are_taken_onto_the_profile_on_disk() {
        let before = Profile::defaults(Lang::En);
        let after = Profile {
            bell: false,
            ..before.clone()
        };
        let mut on_disk = Profile {
            bone_status: BoneStatus::Osteoporosis,
            ..before.clone()
        };
        on_disk.take_changes(&before, &after);
        assert_eq!(
            (on_disk.bone_status, on_disk.bell),
            (BoneStatus::Osteoporosis, false)
        );
        // Every field is taken: a stale copy changed in every answer ends up equal to it.
        let all = Profile {
            version: before.version,
            lang: Lang::Nl,
            bone_status: BoneStatus::Osteopenia,
            cleared_for_impact: true,
            program: Program::Advanced,
            weekly_target: 4,
            units: Units::Lb,
            rest_seconds: 90,
            owned_weights_kg: vec![4.0],
            bell: false,
            left_out: vec!["stomp".into()],
            get_ready_seconds: 20,
            sound: Some(Sound::Voice),
            counting: Counting::Paced,
            program_chosen_at: chrono::DateTime::parse_from_rfc3339("2026-11-28T10:00:00+01:00")
                .ok(),
            bones_weaker_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 28),
            warm_up: false,
            practice_days: 7,
            answered: Some(vec!["disclaimer".into()]),
            name: Some("Ann de Vries".into()),
            reminder_time: Some("18:00".into()),
            reminder_notify: Some(false),
            birth_year: Some(1954),
            sex: Some(Sex::Female),
            test_day_offered: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
            falls_asked: chrono::NaiveDate::from_ymd_opt(2026, 11, 3),
            unknown: serde_json::Map::new(),
        };
        let mut on_disk = before.clone();
        on_disk.take_changes(&before, &all);
        assert_eq!(on_disk, all);
    }
}
