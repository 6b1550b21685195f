//! The test day's and the fall form's screen texts (issue 30), in English and Dutch.

use crate::lang::Lang;

/// The texts of one language.
#[derive(Debug)]
pub struct ScreenTexts {
    pub title: &'static str,
    /// `{n}` of 4, `{name}`
    pub test_of: fn(usize, &str) -> String,
    pub key_begin: &'static str,
    pub key_skip: &'static str,
    pub key_stand: &'static str,
    pub key_pain: &'static str,
    pub key_stop: &'static str,
    pub key_start_clock: &'static str,
    pub key_not_held: &'static str,
    pub key_stop_clock: &'static str,
    pub key_save: &'static str,
    pub key_throw_away: &'static str,
    pub key_test_day: &'static str,
    pub key_fall: &'static str,
    pub get_ready: &'static str,
    pub counting: &'static str,
    /// `{n}`
    pub stands: fn(u32) -> String,
    pub ask_halfway: &'static str,
    pub ask_arms: &'static str,
    /// `{n}` of 4, `{stance}`
    pub stage: fn(usize, &str) -> String,
    pub stage_ready: &'static str,
    pub stage_holding: &'static str,
    /// The get-ready before a stage's 10 s.
    pub stage_get_ready: &'static str,
    /// A stage's hold paused: `p` starts it again.
    pub stage_paused: &'static str,
    /// Under the practice's "is a counter within reach?": why, for the test.
    pub counter_why: &'static str,
    /// The answer no: no balance test today.
    pub counter_no: &'static str,
    /// After no: the balance test is not done today, and why.
    pub no_counter: &'static str,
    /// The results' line for it.
    pub no_counter_result: &'static str,
    pub key_next_test: &'static str,
    /// The get-ready's countdown before a stage: `{n}` seconds.
    pub stage_starts_in: fn(u64) -> String,
    /// `p` on a paused hold: the stage from its get-ready.
    pub key_stage_again: &'static str,
    pub tug_ready: &'static str,
    pub tug_running: &'static str,
    pub grip_type: &'static str,
    pub grip_invalid: &'static str,
    pub results: &'static str,
    pub nothing_done: &'static str,
    pub stopped_for_pain: &'static str,
    pub discard_ask: &'static str,
    pub seconds_left: fn(u64) -> String,
    pub seconds_run: fn(u64) -> String,
    /// Home: the six-weekly offer.
    pub offer: &'static str,
    /// Home: after saving. `{n}` results
    pub saved: fn(usize) -> String,
    pub save_failed: fn(&str) -> String,
    // The fall form.
    pub fall_title: &'static str,
    pub fall_kind: &'static str,
    pub fall_kinds: [&'static str; 2],
    pub fall_when: &'static str,
    /// The day it happened, typed (Enter: today).
    pub fall_day: &'static str,
    /// Why the day typed (`{typed}`) was not taken.
    pub fall_day_error: fn(crate::typed_day::DayError, &str) -> String,
    pub fall_where: &'static str,
    pub fall_what: &'static str,
    pub fall_injury: &'static str,
    pub fall_got_up: &'static str,
    /// About how long on the floor, typed in minutes.
    pub fall_minutes: &'static str,
    /// More than [`crate::history::MAX_MINUTES_ON_FLOOR`] typed.
    pub fall_minutes_too_many: &'static str,
    /// A note in the user's own words, typed.
    pub fall_note: &'static str,
    pub key_typed_done: &'static str,
    pub key_erase: &'static str,
    /// The monthly question. `{date}`
    pub fall_since: fn(&str) -> String,
    pub key_choose: &'static str,
    pub key_not_said: &'static str,
    pub key_cancel: &'static str,
}

/// The texts of `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static ScreenTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

pub static EN: ScreenTexts = ScreenTexts {
    title: "Test day",
    test_of: |n, name| format!("Test {n} of 4: {name}"),
    key_begin: "begin",
    key_skip: "skip",
    key_stand: "a stand",
    key_pain: "pain",
    key_stop: "stop",
    key_start_clock: "start the 10 s",
    key_not_held: "not held",
    key_stop_clock: "stop the clock",
    key_save: "save",
    key_throw_away: "throw away",
    key_test_day: "test day",
    key_fall: "a fall",
    get_ready: "Get ready: sit in the middle of the chair, feet flat, arms crossed on your chest.",
    counting: "Stand up fully and sit down again: Space for each full stand.",
    stands: |n| format!("{n} stands"),
    ask_halfway: "When the time ran out, were you more than halfway up? (it counts)",
    ask_arms: "Did you use your arms to stand up? (the test then counts 0)",
    stage: |n, stance| format!("Stage {n} of 4: {stance}"),
    stage_ready: "Stand beside a counter, hands free but within reach. Enter starts: a few \
                  seconds to get into position, then the 10 seconds; Space when you had to move \
                  your feet or hold on.",
    stage_holding: "Hold it. Space if you had to move your feet or hold on.",
    stage_get_ready: "Get into position: hands free, the counter within reach.",
    stage_paused: "PAUSED. Press p to start this stage again: it is held 10 seconds in one go.",
    counter_why: "For your bones, the balance test is done beside a sturdy counter or chair: \
                  hands free, but within reach, so you can grab hold at once.",
    counter_no: "No: no balance test today",
    no_counter: "The balance test is not done today. For your bones it is done only beside a \
                 sturdy counter or chair, hands free but within reach, so you can grab hold at \
                 once if you lose your balance. Do it another day, where a counter is at hand \
                 (t on home).",
    no_counter_result: "not done today: no counter within reach",
    key_next_test: "next test",
    stage_starts_in: |n| format!("The 10 seconds start in {n} s"),
    key_stage_again: "start the stage again",
    tug_ready: "Sit in the chair, the mark 3 m ahead. Enter is go: stand up, walk to the mark, \
                turn, walk back, sit down.",
    tug_running: "Walking: Enter the moment you sit down.",
    grip_type: "Squeeze three times with your stronger hand; type the best in kg, then Enter.",
    grip_invalid: "A grip from 1 to 100 kg, e.g. 22 or 22.5.",
    results: "Your results",
    nothing_done: "Nothing was done: nothing to save.",
    stopped_for_pain: "stopped for pain",
    discard_ask: "Throw these results away? y/n",
    seconds_left: |s| format!("{s} s left"),
    seconds_run: |s| format!("{s} s"),
    offer: "Test day: four short tests that show your progress in weeks (t).",
    saved: |n| {
        if n == 1 {
            "1 test result saved.".to_owned()
        } else {
            format!("{n} test results saved.")
        }
    },
    save_failed: |why| format!("Not saved: {why}"),
    fall_title: "A fall or a near fall",
    fall_kind: "What was it?",
    fall_kinds: ["a fall", "a near fall (caught in time)"],
    fall_when: "What part of the day?",
    fall_day: "When was it? Type a day (2026-12-01, 1-12-2026, yesterday), or Enter for today.",
    fall_day_error: |error, typed| {
        use crate::typed_day::DayError;
        match error {
            DayError::NotADay => {
                format!("\"{typed}\" is not a day: type it as 2026-12-01, 1-12-2026 or yesterday.")
            }
            DayError::NoSuchDay => {
                format!("{typed} is not in the calendar: check the day and the month.")
            }
            DayError::TooEarly => format!(
                "{typed} is before {}: check the year.",
                crate::typed_day::FIRST_YEAR
            ),
            DayError::Future(_) => {
                format!("{typed} is still to come: type today or an earlier day.")
            }
        }
    },
    fall_where: "Where?",
    fall_what: "What happened?",
    fall_injury: "Any injury?",
    fall_got_up: "Did you get up alone?",
    fall_minutes: "About how many minutes were you on the floor? Type a number.",
    fall_minutes_too_many: "At most 1440 minutes (a day).",
    fall_note: "Anything you want to note (what you were doing, your shoes, the light)? Type it.",
    key_typed_done: "done",
    key_erase: "erase",
    fall_since: |date| {
        format!("Before today's session: have you fallen or nearly fallen since {date}? y/n")
    },
    key_choose: "choose",
    key_not_said: "rather not say",
    key_cancel: "cancel",
};

pub static NL: ScreenTexts = ScreenTexts {
    title: "Testdag",
    test_of: |n, name| format!("Test {n} van 4: {name}"),
    key_begin: "beginnen",
    key_skip: "overslaan",
    key_stand: "opgestaan",
    key_pain: "pijn",
    key_stop: "stoppen",
    key_start_clock: "10 s starten",
    key_not_held: "niet volgehouden",
    key_stop_clock: "klok stoppen",
    key_save: "bewaren",
    key_throw_away: "weggooien",
    key_test_day: "testdag",
    key_fall: "een val",
    get_ready: "Maak je klaar: zit in het midden van de stoel, voeten plat, armen gekruist voor \
                de borst.",
    counting: "Sta helemaal op en ga weer zitten: Spatie bij elke keer helemaal opgestaan.",
    stands: |n| format!("{n} keer opgestaan"),
    ask_halfway: "Was je bij het einde meer dan halverwege omhoog? (dat telt mee)",
    ask_arms: "Heb je je armen gebruikt om op te staan? (de test telt dan 0)",
    stage: |n, stance| format!("Stand {n} van 4: {stance}"),
    stage_ready: "Sta naast een aanrecht, handen vrij maar binnen handbereik. Enter start: een \
                  paar seconden om de houding aan te nemen, dan de 10 seconden; Spatie als je je \
                  voeten moest verzetten of je moest vasthouden.",
    stage_holding: "Volhouden. Spatie als je je voeten moest verzetten of je moest vasthouden.",
    stage_get_ready: "Neem de houding aan: handen vrij, het aanrecht binnen handbereik.",
    stage_paused: "PAUZE. Druk op p om deze stand opnieuw te beginnen: je houdt hem 10 seconden \
                   in één keer vol.",
    counter_why: "Voor je botten doe je de balanstest naast een stevig aanrecht of een stoel: \
                  handen vrij, maar binnen handbereik, zodat je meteen kunt vastpakken.",
    counter_no: "Nee: vandaag geen balanstest",
    no_counter: "De balanstest doe je vandaag niet. Voor je botten doe je hem alleen naast een \
                 stevig aanrecht of een stoel, handen vrij maar binnen handbereik, zodat je \
                 meteen kunt vastpakken als je je evenwicht verliest. Doe hem een andere keer, \
                 waar een aanrecht in de buurt is (t op het beginscherm).",
    no_counter_result: "vandaag niet gedaan: geen aanrecht binnen handbereik",
    key_next_test: "volgende test",
    stage_starts_in: |n| format!("De 10 seconden beginnen over {n} s"),
    key_stage_again: "stand opnieuw beginnen",
    tug_ready: "Zit op de stoel, de streep 3 m verderop. Enter is start: sta op, loop naar de \
                streep, draai om, loop terug, ga zitten.",
    tug_running: "Lopen: Enter zodra je zit.",
    grip_type: "Knijp drie keer met je sterkste hand; typ de beste in kg, dan Enter.",
    grip_invalid: "Knijpkracht van 1 tot 100 kg, bijv. 22 of 22,5.",
    results: "Je uitslagen",
    nothing_done: "Er is niets gedaan: niets te bewaren.",
    stopped_for_pain: "gestopt door pijn",
    discard_ask: "Deze uitslagen weggooien? j/n",
    seconds_left: |s| format!("nog {s} s"),
    seconds_run: |s| format!("{s} s"),
    offer: "Testdag: vier korte tests die je vooruitgang in weken laten zien (t).",
    saved: |n| {
        if n == 1 {
            "1 testuitslag bewaard.".to_owned()
        } else {
            format!("{n} testuitslagen bewaard.")
        }
    },
    save_failed: |why| format!("Niet bewaard: {why}"),
    fall_title: "Een val of bijna-val",
    fall_kind: "Wat was het?",
    fall_kinds: ["een val", "een bijna-val (op tijd opgevangen)"],
    fall_when: "Welk deel van de dag?",
    fall_day: "Wanneer was het? Typ een dag (2026-12-01, 1-12-2026, gisteren), of Enter voor vandaag.",
    fall_day_error: |error, typed| {
        use crate::typed_day::DayError;
        match error {
            DayError::NotADay => {
                format!("\"{typed}\" is geen dag: typ hem als 2026-12-01, 1-12-2026 of gisteren.")
            }
            DayError::NoSuchDay => {
                format!("{typed} staat niet op de kalender: kijk de dag en de maand na.")
            }
            DayError::TooEarly => format!(
                "{typed} is voor {}: kijk het jaar na.",
                crate::typed_day::FIRST_YEAR
            ),
            DayError::Future(_) => {
                format!("{typed} moet nog komen: typ vandaag of een eerdere dag.")
            }
        }
    },
    fall_where: "Waar?",
    fall_what: "Wat gebeurde er?",
    fall_injury: "Letsel?",
    fall_got_up: "Kon je zelf opstaan?",
    fall_minutes: "Ongeveer hoeveel minuten lag je op de grond? Typ een getal.",
    fall_minutes_too_many: "Hoogstens 1440 minuten (een dag).",
    fall_note: "Wil je iets noteren (wat je deed, je schoenen, het licht)? Typ het.",
    key_typed_done: "klaar",
    key_erase: "wissen",
    fall_since: |date| {
        format!("Voor de training van vandaag: ben je gevallen of bijna gevallen sinds {date}? j/n")
    },
    key_choose: "kiezen",
    key_not_said: "zeg ik liever niet",
    key_cancel: "annuleren",
};
