//! The texts of set-up, settings, help and the safety notes, in English and Dutch.

use std::fmt::Display;

/// All texts of set-up, settings and help in one language.
#[derive(Debug)]
pub struct SetupTexts {
    pub welcome: &'static str,
    pub welcome_body: &'static str,
    /// Set-up after `profile` flags: only the questions they left open.
    pub welcome_rest_body: &'static str,
    pub question_of: fn(&dyn Display, &dyn Display) -> String,
    pub settings_title: &'static str,
    // The rows of the settings screen and of `profile`.
    pub label_language: &'static str,
    pub label_bones: &'static str,
    pub label_cleared: &'static str,
    pub label_program: &'static str,
    pub label_weekly_target: &'static str,
    pub label_units: &'static str,
    pub label_rest: &'static str,
    pub label_owned_weights: &'static str,
    /// Settings: the label of the first left-out exercise's row.
    pub label_left_out: &'static str,
    /// Settings: `Enter` on a left-out exercise asks: `{exercise}`.
    pub bring_back_question: fn(&str) -> String,
    /// Settings: the footer label of `Enter` on a left-out exercise.
    pub key_bring_back: &'static str,
    pub label_sound: &'static str,
    pub label_get_ready: &'static str,
    pub label_counting: &'static str,
    pub help_title: &'static str,

    pub q_language: &'static str,
    pub a_language: [&'static str; 2],
    pub q_disclaimer: &'static str,
    pub disclaimer: &'static str,
    pub a_disclaimer: [&'static str; 1],
    pub q_bone_status: &'static str,
    pub why_bone_status: &'static str,
    pub a_bone_status: [&'static str; 4],
    pub q_cleared: &'static str,
    pub why_cleared: &'static str,
    pub a_cleared: [&'static str; 2],
    pub q_experience: &'static str,
    pub why_experience: &'static str,
    pub a_experience: [&'static str; 2],
    pub q_weekly_target: &'static str,
    pub why_weekly_target: &'static str,
    pub a_weekly_target: [&'static str; 3],
    pub q_units: &'static str,
    pub a_units: [&'static str; 2],
    pub q_rest: &'static str,
    pub why_rest: &'static str,
    pub a_rest: fn(&dyn Display) -> String,
    pub q_bell: &'static str,
    pub a_bell: [&'static str; 3],
    /// Voice, naming the speech program found: `{program}`
    pub a_voice: fn(&str) -> String,
    /// One plain line under each sound answer: off, bell, voice.
    pub d_bell: [&'static str; 3],
    /// Why voice is not offered.
    pub no_speech_program: &'static str,
    /// Settings, under the list: `{program}`
    pub speech_program_found: fn(&str) -> String,
    /// Settings: the reminder's time row, its value (`{time}`), and the notify row.
    pub label_reminder_time: &'static str,
    pub reminder_time_value: fn(&str) -> String,
    pub label_reminder_notify: &'static str,
    pub reminder_notify_yes: &'static str,
    pub reminder_notify_no: &'static str,
    /// Settings: year of birth or sex not given (the test day's norms then not shown).
    pub norms_not_given: &'static str,
    /// Settings: typing the year of birth, and `{typed}` refused.
    pub q_birth_year: &'static str,
    pub birth_year_invalid: fn(&str) -> String,
    /// Set-up: the year of birth asked (optional, typed), how to type or skip it (`{enter}`
    /// from the key table), and why it and the sex are asked.
    pub q_setup_birth_year: &'static str,
    pub birth_year_hint: fn(&str) -> String,
    pub why_norms: &'static str,
    /// Set-up: the sex asked (optional): female, male, rather not say.
    pub q_sex: &'static str,
    pub a_sex: [&'static str; 3],
    /// Settings: the "Try the sound" row, and its value.
    pub label_try_sound: &'static str,
    pub try_sound_value: &'static str,
    /// What the voice says when tried: a cue as a session gives it.
    pub try_sound_sample: &'static str,
    /// After trying: the sound is off.
    pub tried_off: &'static str,
    /// After trying: the bell rang.
    pub tried_bell: &'static str,
    /// After trying: `{program}` spoke.
    pub tried_voice: fn(&str) -> String,
    /// After trying: voice chosen, no speech program found.
    pub tried_no_program: &'static str,
    /// After trying: the speech program failed, `{reason}`.
    pub tried_failed: fn(&str) -> String,
    pub q_get_ready: &'static str,
    pub q_counting: &'static str,
    /// The key that ends a set (from the key table).
    pub why_counting: fn(&str) -> String,
    /// Manual, paced; the key that counts a rep.
    pub a_counting: fn(&str) -> [String; 2],
    /// One plain line under each counting answer: manual, paced; the key that counts.
    pub d_counting: fn(&str) -> [String; 2],
    /// The key that says go on "Ready?".
    pub why_get_ready: fn(&str) -> String,
    pub q_owned_weights: fn(&str) -> String,
    pub owned_weights_hint: fn(&str) -> String,
    pub owned_weights_none: fn(&str) -> String,
    /// `{part}`: what could not be read; `{unit}`.
    pub owned_weights_invalid: fn(&str, &str) -> String,

    pub saved: &'static str,
    pub default_marker: &'static str,

    pub key_choose: &'static str,
    pub key_next: &'static str,
    pub key_back: &'static str,
    /// Backspace on the year of birth.
    pub key_erase: &'static str,
    pub key_change: &'static str,
    pub key_quit: &'static str,
    pub key_settings: &'static str,
    pub key_help: &'static str,
    pub key_scroll: &'static str,

    pub excluded_impact: fn(&str) -> String,
    pub excluded_json_impact: &'static str,
    pub caution_title: &'static str,

    pub help_keys_title: &'static str,
    /// The help's key list: what each key does; the keys' names come from the key tables
    /// (`keymap::help`).
    pub help_keys: HelpKeys,
    pub help_why_title: &'static str,
    pub help_why: [&'static str; 4],
    pub help_disclaimer_title: &'static str,
}

/// What the help says each key does, one line per key (or keys) the help lists.
#[derive(Debug, Clone, Copy)]
pub struct HelpKeys {
    /// Enter on home (and to go on).
    pub start: &'static str,
    /// Enter on "Ready?".
    pub ready: &'static str,
    /// Space during a set.
    pub count: &'static str,
    /// ↑ ↓ on a card.
    pub scroll: &'static str,
    /// `p`.
    pub pause: &'static str,
    /// `s` twice (the key's name given).
    pub skip: fn(&str) -> String,
    /// `q` in a session.
    pub stop: &'static str,
    /// `4`.
    pub pain: &'static str,
    /// `o` `w` `l` on home.
    pub pain_check: &'static str,
    /// `b` on home.
    pub practice: &'static str,
    /// `t` `f` on home.
    pub checks: &'static str,
    /// `1` `2` `3` after a balance hold.
    pub rate: &'static str,
    /// `h` `,` `?` on home.
    pub screens: &'static str,
}

pub const EN: SetupTexts = SetupTexts {
    welcome: "Welcome to botsterk",
    welcome_body: "A few questions first, so the coach can keep your training safe. Enter takes the suggested answer.",
    welcome_rest_body: "Some answers were already given with the profile command; these are the questions left. Enter takes the suggested answer.",
    question_of: |n, of| format!("Question {n} of {of}"),
    settings_title: "Settings",
    label_language: "Language",
    label_bones: "Bones",
    label_cleared: "Stomping cleared",
    label_program: "Program at the start",
    label_weekly_target: "Sessions a week",
    label_units: "Weights in",
    label_rest: "Rest between sets",
    label_owned_weights: "Weights you own",
    label_left_out: "Left out by you",
    bring_back_question: |exercise| format!("Bring {exercise} back into the plan? y/n"),
    key_bring_back: "bring back",
    label_sound: "Sound",
    label_get_ready: "Get ready before a hold",
    label_counting: "Counting reps",
    help_title: "Help",

    q_language: "Which language?",
    a_language: ["English", "Nederlands"],
    q_disclaimer: "Before you start",
    disclaimer: "botsterk gives general guidance on exercise, not medical advice. If you have osteoporosis, an injury, or are unsure what your body can take, ask your doctor or physiotherapist first.",
    a_disclaimer: ["I understand"],
    q_bone_status: "What do you know about your bones?",
    why_bone_status: "With weaker bones some exercises are done more carefully, or left out.",
    a_bone_status: [
        "No known bone loss",
        "Osteopenia (somewhat lower bone density)",
        "Osteoporosis",
        "I don't know",
    ],
    q_cleared: "Has a doctor or physiotherapist said that impact exercise (stomping) is safe for you?",
    why_cleared: "With osteoporosis stomping is left out unless it has been cleared.",
    a_cleared: ["No, or not asked", "Yes"],
    q_experience: "Do you already train with weights?",
    why_experience: "The advanced program (goblet squats, deadlift, overhead press, stomping) needs a base.",
    a_experience: [
        "No: start with the beginner program",
        "Yes: start with the advanced program",
    ],
    q_weekly_target: "How many sessions a week do you aim for?",
    why_weekly_target: "At least 2 a week; 3 is better; 4 at most, with a rest day between.",
    a_weekly_target: ["2 a week", "3 a week", "4 a week"],
    q_units: "Weights in kilograms or pounds?",
    a_units: ["Kilograms (kg)", "Pounds (lb)"],
    q_rest: "How long a rest between sets?",
    why_rest: "During a rest + and - change it by 15 seconds.",
    a_rest: |seconds| format!("{seconds} seconds"),
    q_bell: "How should the session sound?",
    a_bell: ["Off", "Bell", "Voice"],
    a_voice: |program| format!("Voice ({program})"),
    d_bell: [
        "No sound: you follow the screen.",
        "A bell when a hold or rest ends, and a tick in its last 3 seconds.",
        "Counts and short cues spoken aloud, in your language.",
    ],
    no_speech_program: "No speech program found (espeak-ng, spd-say or say): no voice to offer.",
    speech_program_found: |program| format!("Voice: speech program {program} found."),
    label_reminder_time: "Reminder from",
    reminder_time_value: |time| format!("{time} (botsterk remind --setup)"),
    label_reminder_notify: "Reminder on the desktop",
    reminder_notify_yes: "Yes, a notification",
    reminder_notify_no: "No, printed only",
    norms_not_given: "not given (for the test day's norms)",
    q_birth_year: "Year of birth (empty: not given)",
    birth_year_invalid: |typed| format!("'{typed}' is not a year of birth from 1900 to 2020"),
    q_setup_birth_year: "In what year were you born? (optional)",
    birth_year_hint: |enter| {
        format!("Type the year (1900 to 2020), or press {enter} with nothing typed to skip it.")
    },
    why_norms: "Asked only to place your test-day results against published norms by age and sex. It stays in your profile on this computer and is never shared.",
    q_sex: "What is your sex? (optional)",
    a_sex: ["Female", "Male", "Rather not say"],
    label_try_sound: "Try the sound",
    try_sound_value: "Enter plays it",
    try_sound_sample: "Set 1 of 2. Ten reps. Get ready.",
    tried_off: "The sound is off: choose bell or voice in the row above, then try it.",
    tried_bell: "The bell rang. Heard nothing? Your terminal's bell may be off.",
    tried_voice: |program| {
        format!("Spoken with {program}. Heard nothing? Check the computer's volume.")
    },
    tried_no_program: "No speech program found (espeak-ng, spd-say or say): the bell rings instead.",
    tried_failed: |reason| format!("The voice could not speak: {reason}. The bell rings instead."),
    q_get_ready: "How long to get ready before a hold?",
    q_counting: "Who counts the reps?",
    why_counting: |enter| {
        format!(
            "Either way {enter} ends a set early. The exercises with a weight are always counted by you."
        )
    },
    a_counting: |space| {
        [
            format!("I do ({space} for each rep)"),
            "The coach, at a steady pace".to_owned(),
        ]
    },
    d_counting: |space| {
        [
            format!("Manual: you press {space} after each rep; nothing counts by itself."),
            "Paced: the coach counts aloud at the exercise's pace (up, hold, down); you only move."
                .to_owned(),
        ]
    },
    why_get_ready: |enter| {
        format!(
            "After you press {enter} a countdown gives you this time to get down to the mat; its last 3 seconds are sounded."
        )
    },
    q_owned_weights: |unit| format!("Weights you own ({unit})"),
    owned_weights_hint: |step| {
        format!(
            "For example 2, 4, 6, 8. The coach then only proposes these. Empty: steps of {step}."
        )
    },
    owned_weights_none: |step| format!("none given (steps of {step})"),
    owned_weights_invalid: |part, unit| {
        format!(
            "'{part}' is not a weight: type weights in {unit} (from 0.5 to 300 kg), separated by commas, semicolons or spaces."
        )
    },

    saved: "✔ Saved.",
    default_marker: "(suggested)",

    key_choose: "choose",
    key_next: "next",
    key_back: "back",
    key_erase: "erase",
    key_change: "change",
    key_quit: "quit",
    key_settings: "settings",
    key_help: "help",
    key_scroll: "scroll",

    excluded_impact: |exercise| {
        format!(
            "{exercise} is left out: with osteoporosis, impact only once a doctor or physiotherapist has said it is safe (settings: ,)."
        )
    },
    excluded_json_impact: "Left out: high impact with osteoporosis, not cleared by a doctor or physiotherapist.",
    caution_title: "With weaker bones",

    help_keys_title: "Keys",
    help_keys: HelpKeys {
        start: "start today's session, or go on",
        ready: "on \"Ready?\": start the hold or paced set when you are set",
        count: "count one rep (or stomp); in paced counting the coach counts",
        scroll: "scroll an exercise card that does not fit",
        pause: "pause or resume a timer",
        skip: |s| format!("skip an exercise: {s} twice (card, set or rest); warm-up: once"),
        stop: "stop, with the choice to save what you did",
        pain: "pain: stops the exercise for today, and it waits for a pain check",
        pain_check: "on home: answer a pain check (checked / not yet / leave out)",
        practice: "on home: balance and posture practice (about 10 min, any day)",
        checks: "on home: the test day (every 6 weeks); record a fall or near fall",
        rate: "after a balance hold: steady / wobbly / had to hold on",
        screens: "history, settings (sound, counting, warm-up), this help (on home)",
    },
    help_why_title: "Why this works for bone",
    help_why: [
        "Bone is living tissue: it is broken down and rebuilt all the time. After about 30 the balance tips towards loss, and after menopause up to a fifth can go in 5 to 10 years.",
        "Bone adapts to the load it carries. Weight-bearing, resistance and some impact tell it to grow stronger; swimming, cycling and yoga do little for it.",
        "At least 2 sessions a week, with a rest day after each: bone grows stronger while it rests. The last reps of a set should feel hard, never painful.",
        "Results show on a scan after 6 to 12 months: a long-term investment.",
    ],
    help_disclaimer_title: "Not medical advice",
};

pub const NL: SetupTexts = SetupTexts {
    welcome: "Welkom bij botsterk",
    welcome_body: "Eerst een paar vragen, zodat de coach je training veilig kan houden. Enter kiest het voorgestelde antwoord.",
    welcome_rest_body: "Een paar antwoorden gaf je al met het profile-commando; dit zijn de vragen die over zijn. Enter kiest het voorgestelde antwoord.",
    question_of: |n, of| format!("Vraag {n} van {of}"),
    settings_title: "Instellingen",
    label_language: "Taal",
    label_bones: "Botten",
    label_cleared: "Stampen goedgekeurd",
    label_program: "Programma bij de start",
    label_weekly_target: "Trainingen per week",
    label_units: "Gewichten in",
    label_rest: "Rust tussen series",
    label_owned_weights: "Gewichten die je hebt",
    label_left_out: "Door jou weggelaten",
    bring_back_question: |exercise| format!("{exercise} weer in het plan opnemen? j/n"),
    key_bring_back: "terughalen",
    label_sound: "Geluid",
    label_get_ready: "Aftellen voor houding",
    label_counting: "Herhalingen tellen",
    help_title: "Hulp",

    q_language: "Welke taal?",
    a_language: ["English", "Nederlands"],
    q_disclaimer: "Voordat je begint",
    disclaimer: "botsterk geeft algemene aanwijzingen voor beweging, geen medisch advies. Heb je osteoporose, een blessure, of twijfel je wat je lichaam aankan, vraag het dan eerst aan je arts of fysiotherapeut.",
    a_disclaimer: ["Begrepen"],
    q_bone_status: "Wat weet je van je botten?",
    why_bone_status: "Bij zwakkere botten gaan sommige oefeningen voorzichtiger, of vallen ze weg.",
    a_bone_status: [
        "Geen bekend botverlies",
        "Osteopenie (wat lagere botdichtheid)",
        "Osteoporose",
        "Weet ik niet",
    ],
    q_cleared: "Heeft een arts of fysiotherapeut gezegd dat stootbelasting (stampen) voor jou veilig is?",
    why_cleared: "Bij osteoporose valt stampen weg, tenzij het is goedgekeurd.",
    a_cleared: ["Nee, of niet gevraagd", "Ja"],
    q_experience: "Train je al met gewichten?",
    why_experience: "Het programma voor gevorderden (goblet squats, deadlift, overhead press, stampen) vraagt een basis.",
    a_experience: [
        "Nee: begin met het programma voor beginners",
        "Ja: begin met het programma voor gevorderden",
    ],
    q_weekly_target: "Hoeveel trainingen per week wil je doen?",
    why_weekly_target: "Minstens 2 per week; 3 is beter; hoogstens 4, met een rustdag ertussen.",
    a_weekly_target: ["2 per week", "3 per week", "4 per week"],
    q_units: "Gewichten in kilo of in pond?",
    a_units: ["Kilogram (kg)", "Pond (lb)"],
    q_rest: "Hoe lang rust tussen de series?",
    why_rest: "Tijdens een rust maken + en - hem 15 seconden langer of korter.",
    a_rest: |seconds| format!("{seconds} seconden"),
    q_bell: "Hoe moet de training klinken?",
    a_bell: ["Uit", "Bel", "Stem"],
    a_voice: |program| format!("Stem ({program})"),
    d_bell: [
        "Geen geluid: je volgt het scherm.",
        "Een bel als een houding of rust eindigt, en een tik in de laatste 3 seconden.",
        "Tellen en korte aanwijzingen hardop, in je eigen taal.",
    ],
    no_speech_program: "Geen spraakprogramma gevonden (espeak-ng, spd-say of say): geen stem mogelijk.",
    speech_program_found: |program| format!("Stem: spraakprogramma {program} gevonden."),
    label_reminder_time: "Herinnering vanaf",
    reminder_time_value: |time| format!("{time} (botsterk remind --setup)"),
    label_reminder_notify: "Herinnering op het bureaublad",
    reminder_notify_yes: "Ja, een melding",
    reminder_notify_no: "Nee, alleen getoond",
    norms_not_given: "niet opgegeven (voor de testdag)",
    q_birth_year: "Geboortejaar (leeg: niet opgegeven)",
    birth_year_invalid: |typed| format!("'{typed}' is geen geboortejaar van 1900 tot en met 2020"),
    q_setup_birth_year: "In welk jaar ben je geboren? (niet verplicht)",
    birth_year_hint: |enter| {
        format!(
            "Typ het jaar (1900 tot en met 2020), of druk op {enter} zonder iets te typen om over te slaan."
        )
    },
    why_norms: "Alleen gevraagd om je resultaten van de testdag naast gepubliceerde normen naar leeftijd en geslacht te leggen. Het blijft in je profiel op deze computer en wordt nooit gedeeld.",
    q_sex: "Wat is je geslacht? (niet verplicht)",
    a_sex: ["Vrouw", "Man", "Zeg ik liever niet"],
    label_try_sound: "Geluid proberen",
    try_sound_value: "Enter laat het horen",
    try_sound_sample: "Serie 1 van 2. Tien herhalingen. Maak je klaar.",
    tried_off: "Het geluid staat uit: kies bel of stem in de regel erboven, en probeer het dan.",
    tried_bell: "De bel ging. Niets gehoord? Misschien staat de bel van je terminal uit.",
    tried_voice: |program| {
        format!("Uitgesproken met {program}. Niets gehoord? Kijk naar het volume van de computer.")
    },
    tried_no_program: "Geen spraakprogramma gevonden (espeak-ng, spd-say of say): dan gaat de bel.",
    tried_failed: |reason| {
        format!("De stem kon niet spreken: {reason}. De bel gaat in plaats daarvan.")
    },
    q_get_ready: "Hoe lang klaarmaken voor een houding?",
    q_counting: "Wie telt de herhalingen?",
    why_counting: |enter| {
        format!(
            "Hoe dan ook stopt {enter} een serie eerder. De oefeningen met gewicht tel je altijd zelf."
        )
    },
    a_counting: |space| {
        [
            format!("Ik zelf ({space} per herhaling)"),
            "De coach, in een rustig tempo".to_owned(),
        ]
    },
    d_counting: |space| {
        [
            format!("Zelf: je drukt op {space} na elke herhaling; niets telt vanzelf."),
            "Op tempo: de coach telt hardop in het tempo van de oefening (omhoog, vasthouden, omlaag); jij beweegt alleen."
                .to_owned(),
        ]
    },
    why_get_ready: |enter| {
        format!(
            "Na {enter} geeft het aftellen je deze tijd om op de mat te gaan liggen; de laatste 3 seconden klinken."
        )
    },
    q_owned_weights: |unit| format!("Gewichten die je hebt ({unit})"),
    owned_weights_hint: |step| {
        format!(
            "Bijvoorbeeld 2, 4, 6, 8. De coach stelt dan alleen deze voor. Leeg: stappen van {step}."
        )
    },
    owned_weights_none: |step| format!("niet opgegeven (stappen van {step})"),
    owned_weights_invalid: |part, unit| {
        format!(
            "'{part}' is geen gewicht: typ gewichten in {unit} (van 0,5 tot 300 kg), gescheiden door komma's, puntkomma's of spaties."
        )
    },

    saved: "✔ Bewaard.",
    default_marker: "(voorgesteld)",

    key_choose: "kiezen",
    key_next: "verder",
    key_back: "terug",
    key_erase: "wissen",
    key_change: "wijzigen",
    key_quit: "stoppen",
    key_settings: "instellingen",
    key_help: "hulp",
    key_scroll: "scrollen",

    excluded_impact: |exercise| {
        format!(
            "{exercise} valt weg: bij osteoporose pas stootbelasting als een arts of fysiotherapeut zegt dat het veilig is (instellingen: ,)."
        )
    },
    excluded_json_impact: "Weggelaten: stootbelasting bij osteoporose, niet goedgekeurd door een arts of fysiotherapeut.",
    caution_title: "Bij zwakkere botten",

    help_keys_title: "Toetsen",
    help_keys: HelpKeys {
        start: "training van vandaag beginnen, of verder",
        ready: "bij \"Klaar?\": het vasthouden of de getelde serie beginnen",
        count: "één herhaling (of stamp) tellen; in tempo telt de coach zelf",
        scroll: "door een oefeningkaart scrollen die niet past",
        pause: "een timer pauzeren of verder laten lopen",
        skip: |s| format!("oefening overslaan: 2x {s} (kaart, serie of rust); warming-up: 1x"),
        stop: "stoppen, met de keus te bewaren wat je deed",
        pain: "pijn: de oefening stopt en wacht op een pijncontrole",
        pain_check: "pijncontrole: nagekeken / nog niet / laat weg (beginscherm)",
        practice: "beginscherm: evenwicht en houding oefenen (ongeveer 10 min, elke dag)",
        checks: "beginscherm: de testdag (elke 6 weken); een val of bijna-val noteren",
        rate: "na het vasthouden: stevig / wiebelig / moest vastpakken",
        screens: "logboek, instellingen (geluid, tellen, warming-up), hulp (beginscherm)",
    },
    help_why_title: "Waarom dit werkt voor je botten",
    help_why: [
        "Bot is levend weefsel: het wordt steeds afgebroken en weer opgebouwd. Na je dertigste slaat de balans door naar verlies, en na de overgang kan tot een vijfde verdwijnen in 5 tot 10 jaar.",
        "Bot past zich aan de belasting aan. Gewicht dragen, weerstand en wat stootbelasting zeggen het sterker te worden; zwemmen, fietsen en yoga doen er weinig voor.",
        "Minstens 2 trainingen per week, met een rustdag na elke training: bot wordt sterker in de rust. De laatste herhalingen van een set moeten zwaar voelen, nooit pijnlijk.",
        "Op een scan zie je het na 6 tot 12 maanden: een investering voor de lange termijn.",
    ],
    help_disclaimer_title: "Geen medisch advies",
};
