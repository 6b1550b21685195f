//! The man page's own words in English and Dutch: its description, files, environment,
//! exit codes and headings. The options and commands come from the command line's help
//! in the same language (`crate::cli::help_nl`); `cli/man/` writes the page.

use crate::lang::Lang;

/// The words of the man page in one language.
pub struct ManTexts {
    /// The title line's manual name.
    pub manual: &'static str,
    pub description: &'static [&'static str],
    pub top_examples: &'static str,
    pub files: &'static [(&'static str, &'static str)],
    pub environment: &'static [(&'static str, &'static str)],
    pub exit_status: &'static [(&'static str, &'static str)],
    pub see_also: &'static str,
    /// The section headings, English to this language.
    headings: &'static [(&'static str, &'static str)],
}

impl ManTexts {
    /// A section heading ("OPTIONS") in this language.
    #[must_use]
    pub fn heading<'a>(&self, english: &'a str) -> &'a str {
        self.headings
            .iter()
            .find(|(en, _)| *en == english)
            .map_or(english, |(_, here)| here)
    }
}

/// The man page's words in `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static ManTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

const EN: ManTexts = ManTexts {
    manual: "botsterk manual",
    description: EN_DESCRIPTION,
    top_examples: super::help::TOP_EXAMPLES_EN,
    files: EN_FILES,
    environment: EN_ENVIRONMENT,
    exit_status: EN_EXIT_STATUS,
    see_also: EN_SEE_ALSO,
    headings: &[],
};

const NL: ManTexts = ManTexts {
    manual: "botsterk handleiding",
    description: &[
        "botsterk begeleidt mensen boven de 50 door een korte krachttraining thuis die de \
         botten belast: het toont elke oefening, telt de herhalingen in grote cijfers, houdt \
         de tijd bij van het vasthouden en van de rust, vraagt hoe zwaar de laatste \
         herhalingen voelden, en houdt van elke training een eigen logboek bij. Bot wordt \
         sterker van belasting die het vaak krijgt, en terwijl het rust: daarom plant de \
         coach geen training op de dag na een training en telt hij de week tegenover een doel.",
        "Zonder opdracht opent de coach op het scherm; de toetsen van elk scherm staan \
         onderaan. De opdrachten hieronder doen hetzelfde werk zonder scherm. Bij de eerste \
         start stelt de coach een paar vragen (taal, wat je van je botten weet, toestemming \
         voor stampen, programma, trainingen per week, eenheden, rust); bij osteoporose \
         zonder toestemming valt stampen weg.",
        "botsterk geeft algemene aanwijzingen, geen medisch advies. Heb je osteoporose, of \
         twijfel je wat je lichaam aankan, vraag het dan eerst aan je arts of fysiotherapeut.",
    ],
    top_examples: super::help::TOP_EXAMPLES_NL,
    files: &[
        (
            "~/.local/share/botsterk/",
            "De gegevensmap op Linux (macOS: ~/Library/Application Support/botsterk, \
             Windows: %APPDATA%\\botsterk\\data), tenzij --data-dir of BOTSTERK_DATA_DIR een \
             andere noemt. Alleen voor jouw gebruikersaccount.",
        ),
        (
            "history.json",
            "Elke training en elke gewichtskeuze, als JSON; bij elke keer bewaren veilig \
             helemaal opnieuw geschreven.",
        ),
        (
            "profile.json",
            "Je antwoorden op de vragen van de eerste start.",
        ),
        (
            "session-in-progress.json",
            "De training die bezig is, na elke serie geschreven en weggehaald zodra ze \
             bewaard is; na een crash biedt de coach aan om verder te gaan.",
        ),
        (
            "backups/history-YYYYMMDD-HHMMSS.json",
            "Het logboek zoals het was voor elke wijziging; de nieuwste 5 blijven bewaard. \
             botsterk herstel zet er een terug.",
        ),
        (
            ".lock",
            "Vastgehouden terwijl een botsterk schrijft, zodat er maar één tegelijk schrijft.",
        ),
    ],
    environment: &[
        (
            "BOTSTERK_DATA_DIR",
            "De gegevensmap, als --data-dir niet gegeven is.",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "De taal (nl of en) als --lang en het profiel het niet zeggen.",
        ),
    ],
    exit_status: &[
        ("0", "Klaar."),
        (
            "1",
            "Het logboek of het profiel kan niet gelezen of geschreven worden, of een andere \
             botsterk heeft het open (de melding noemt het bestand; er verandert niets), of \
             de terminal faalde.",
        ),
        (
            "2",
            "Een verkeerde waarde op de opdrachtregel (de melding zegt wat er mis was; er \
             verandert niets), of er is geen gegevensmap te vinden.",
        ),
    ],
    see_also: "De gids (docs/gids.md, in het Engels docs/guide.md) en het formaat van het \
        logboek (docs/history-format.md) in de broncode van botsterk.",
    headings: &[
        ("NAME", "NAAM"),
        ("SYNOPSIS", "OVERZICHT"),
        ("DESCRIPTION", "BESCHRIJVING"),
        ("OPTIONS", "OPTIES"),
        ("COMMANDS", "OPDRACHTEN"),
        ("EXAMPLES", "VOORBEELDEN"),
        ("FILES", "BESTANDEN"),
        ("ENVIRONMENT", "OMGEVING"),
        ("EXIT STATUS", "AFSLUITCODES"),
        ("SEE ALSO", "ZIE OOK"),
    ],
};

const EN_DESCRIPTION: &[&str] = &[
    "botsterk guides people over 50 through a short strength session at home that loads \
     the bones: it shows each exercise, counts the reps in big digits, times the holds and \
     the rests, asks how hard the last reps felt, and keeps a private record of every \
     session. Bone grows stronger from load it gets often, and while it rests, so the coach \
     plans no session on the day after one and counts the week against a target.",
    "Without a command the coach opens on screen; the keys of each screen are shown at its \
     foot. The commands below do the same work without a screen. On the first start the \
     coach asks a few questions (language, what you know of your bones, clearance for \
     impact, program, sessions a week, units, rest); with osteoporosis and no clearance, \
     stomping is left out.",
    "botsterk gives general guidance, not medical advice. If you have osteoporosis, or are \
     unsure what your body can take, ask your doctor or physiotherapist first.",
];

const EN_FILES: &[(&str, &str)] = &[
    (
        "~/.local/share/botsterk/",
        "The data folder on Linux (macOS: ~/Library/Application Support/botsterk, \
         Windows: %APPDATA%\\botsterk\\data), unless --data-dir or BOTSTERK_DATA_DIR names \
         another. Private to your user account.",
    ),
    (
        "history.json",
        "Every session and weight decision, as JSON; written whole, safely, for every save.",
    ),
    (
        "profile.json",
        "Your answers to the first start's questions.",
    ),
    (
        "session-in-progress.json",
        "The session being trained, written after every set and removed once it is saved; \
         after a crash the coach offers to resume it.",
    ),
    (
        "backups/history-YYYYMMDD-HHMMSS.json",
        "The history as it was before each rewrite; the newest 5 are kept. \
         botsterk restore brings one back.",
    ),
    (
        ".lock",
        "Held while a botsterk writes, so that only one does at a time.",
    ),
];

const EN_ENVIRONMENT: &[(&str, &str)] = &[
    (
        "BOTSTERK_DATA_DIR",
        "The data folder, when --data-dir is not given.",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "The language (nl or en) when neither --lang nor the profile says it.",
    ),
];

const EN_EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Done."),
    (
        "1",
        "The history or the profile cannot be read or written, or another botsterk has it \
         open (the message names the file; nothing is changed), or the terminal failed.",
    ),
    (
        "2",
        "A wrong value on the command line (the message says what was wrong; nothing is \
         changed), or no data folder could be found.",
    ),
];

const EN_SEE_ALSO: &str = "The guide (docs/guide.md, in Dutch docs/gids.md) and the history \
    format (docs/history-format.md) in botsterk's source.";
