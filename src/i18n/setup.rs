//! The texts of set-up, settings, help and the safety notes, in English and Dutch.

/// All texts of set-up, settings and help in one language.
#[derive(Debug)]
pub struct SetupTexts {
    pub welcome: &'static str,
    pub welcome_body: &'static str,
    /// `{n}`, `{of}`
    pub question_of: &'static str,
    pub settings_title: &'static str,
    /// The rows of the settings screen, in `app::setup::SETTINGS` order.
    pub settings_labels: [&'static str; 9],
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
    /// `{seconds}`
    pub a_rest: &'static str,
    pub q_bell: &'static str,
    pub a_bell: [&'static str; 2],
    pub q_owned_weights: &'static str,
    pub owned_weights_hint: &'static str,
    pub owned_weights_none: &'static str,
    pub owned_weights_invalid: &'static str,

    pub saved: &'static str,
    pub default_marker: &'static str,

    pub key_choose: &'static str,
    pub key_next: &'static str,
    pub key_back: &'static str,
    pub key_change: &'static str,
    pub key_quit: &'static str,
    pub key_settings: &'static str,
    pub key_help: &'static str,
    pub key_scroll: &'static str,

    /// `{exercise}`
    pub excluded_impact: &'static str,
    pub excluded_json_impact: &'static str,
    pub caution_title: &'static str,

    pub help_keys_title: &'static str,
    pub help_keys: [&'static str; 7],
    pub help_why_title: &'static str,
    pub help_why: [&'static str; 4],
    pub help_disclaimer_title: &'static str,
}

pub const EN: SetupTexts = SetupTexts {
    welcome: "Welcome to botsterk",
    welcome_body: "A few questions first, so the coach can keep your training safe. Enter takes the suggested answer.",
    question_of: "Question {n} of {of}",
    settings_title: "Settings",
    settings_labels: [
        "Language",
        "Bones",
        "Stomping cleared",
        "Program at the start",
        "Sessions a week",
        "Weights in",
        "Rest between sets",
        "Weights you own",
        "Bell",
    ],
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
    a_rest: "{seconds} seconds",
    q_bell: "A bell at the end of holds and rests?",
    a_bell: ["On", "Off"],
    q_owned_weights: "Weights you own ({unit})",
    owned_weights_hint: "For example 2, 4, 6, 8. The coach then only proposes these. Empty: steps of {step}.",
    owned_weights_none: "none given (steps of {step})",
    owned_weights_invalid: "Type weights in {unit} (from 0.5 to 300 kg), separated by commas.",

    saved: "✔ Saved.",
    default_marker: "(suggested)",

    key_choose: "choose",
    key_next: "next",
    key_back: "back",
    key_change: "change",
    key_quit: "quit",
    key_settings: "settings",
    key_help: "help",
    key_scroll: "scroll",

    excluded_impact: "{exercise} is left out: with osteoporosis, impact only once a doctor or physiotherapist has said it is safe (settings: ,).",
    excluded_json_impact: "Left out: high impact with osteoporosis, not cleared by a doctor or physiotherapist.",
    caution_title: "With weaker bones",

    help_keys_title: "Keys",
    help_keys: [
        "Enter      start today's session, or go on",
        "Space      count one rep (or stomp)",
        "p          pause or resume a timer",
        "s          skip an exercise",
        "q          stop, with the choice to save what you did",
        "4          pain: stops the exercise for today",
        "h  ,  ?    history, settings, this help (on home)",
    ],
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
    question_of: "Vraag {n} van {of}",
    settings_title: "Instellingen",
    settings_labels: [
        "Taal",
        "Botten",
        "Stampen goedgekeurd",
        "Programma bij de start",
        "Trainingen per week",
        "Gewichten in",
        "Rust tussen series",
        "Gewichten die je hebt",
        "Bel",
    ],
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
    a_rest: "{seconds} seconden",
    q_bell: "Een bel aan het eind van houdingen en rusten?",
    a_bell: ["Aan", "Uit"],
    q_owned_weights: "Gewichten die je hebt ({unit})",
    owned_weights_hint: "Bijvoorbeeld 2, 4, 6, 8. De coach stelt dan alleen deze voor. Leeg: stappen van {step}.",
    owned_weights_none: "niet opgegeven (stappen van {step})",
    owned_weights_invalid: "Typ gewichten in {unit} (van 0,5 tot 300 kg), gescheiden door komma's.",

    saved: "✔ Bewaard.",
    default_marker: "(voorgesteld)",

    key_choose: "kiezen",
    key_next: "verder",
    key_back: "terug",
    key_change: "wijzigen",
    key_quit: "stoppen",
    key_settings: "instellingen",
    key_help: "hulp",
    key_scroll: "scrollen",

    excluded_impact: "{exercise} valt weg: bij osteoporose pas stootbelasting als een arts of fysiotherapeut zegt dat het veilig is (instellingen: ,).",
    excluded_json_impact: "Weggelaten: stootbelasting bij osteoporose, niet goedgekeurd door een arts of fysiotherapeut.",
    caution_title: "Bij zwakkere botten",

    help_keys_title: "Toetsen",
    help_keys: [
        "Enter      training van vandaag beginnen, of verder",
        "Spatie     één herhaling (of stamp) tellen",
        "p          een timer pauzeren of verder laten lopen",
        "s          een oefening overslaan",
        "q          stoppen, met de keus te bewaren wat je deed",
        "4          pijn: de oefening stopt voor vandaag",
        "h  ,  ?    logboek, instellingen, deze hulp (op het beginscherm)",
    ],
    help_why_title: "Waarom dit werkt voor je botten",
    help_why: [
        "Bot is levend weefsel: het wordt steeds afgebroken en weer opgebouwd. Na je dertigste slaat de balans door naar verlies, en na de overgang kan tot een vijfde verdwijnen in 5 tot 10 jaar.",
        "Bot past zich aan de belasting aan. Gewicht dragen, weerstand en wat stootbelasting zeggen het sterker te worden; zwemmen, fietsen en yoga doen er weinig voor.",
        "Minstens 2 trainingen per week, met een rustdag na elke training: bot wordt sterker in de rust. De laatste herhalingen van een set moeten zwaar voelen, nooit pijnlijk.",
        "Op een scan zie je het na 6 tot 12 maanden: een investering voor de lange termijn.",
    ],
    help_disclaimer_title: "Geen medisch advies",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_use_the_same_placeholders() {
        use crate::i18n::placeholders_by_line;
        assert_eq!(placeholders_by_line(&EN), placeholders_by_line(&NL));
    }
}
