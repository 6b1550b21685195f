//! The words of `--help` not in clap's attributes: the examples under `botsterk --help`
//! in both languages, and the whole Dutch help (`cli/help_nl/` builds it): each command's
//! summary and description, each option's and argument's text, and the examples. The
//! command names, flags and values stay as they are typed. The English summaries and
//! option texts are the doc comments of `cli/args.rs`, which clap reads.

use crate::lang::Lang;

/// " or " between a command's names, in `lang`.
#[must_use]
pub fn or_word(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " or ",
        Lang::Nl => " of ",
    }
}

/// The line before the commands' other names under `--help`, in `lang`.
#[must_use]
pub fn command_names_head(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Each command also has a Dutch name",
        Lang::Nl => "Elke opdracht werkt ook onder zijn Engelse naam",
    }
}

/// A command's Dutch help: its one-line summary, its longer description (only where the
/// English has one) and its examples.
pub struct CommandTexts {
    pub name: &'static str,
    pub about: &'static str,
    pub long_about: Option<&'static str>,
    pub examples: &'static str,
}

/// An option's or argument's Dutch help: the command (`""` for botsterk itself), the
/// argument's id, its value's name (`None` keeps the English one) and its text.
pub struct ArgText {
    pub command: &'static str,
    pub id: &'static str,
    pub value_name: Option<&'static str>,
    pub help: &'static str,
}

pub const ABOUT: &str =
    "Een coach in de terminal voor krachttraining die de botten belast, na je 50e";

/// The examples under `botsterk --help` (and in the man page), in English.
pub const TOP_EXAMPLES_EN: &str = "Without a command, the coach opens on screen.

Examples:
  botsterk
  botsterk --lang nl
  botsterk plan
  botsterk --data-dir /tmp/botsterk-demo demo --years 2";

/// The same in Dutch.
pub const TOP_EXAMPLES_NL: &str = "Zonder opdracht opent de coach op het scherm.

Voorbeelden:
  botsterk
  botsterk --lang nl
  botsterk plan
  botsterk --data-dir /tmp/botsterk-demo demo --years 2";

pub const HELP_COMMAND: &str = "Deze hulp tonen, of de hulp van de gegeven opdracht(en)";
/// `botsterk help --help`, written out: clap gives its `help` command no arguments to
/// translate.
pub const HELP_COMMAND_TEMPLATE: &str = "{about}\n\nGebruik: {usage}\n\nArgumenten:\n  \
    [OPDRACHT]...  De opdracht(en) waarvan je de hulp wilt zien\n";
pub const HELP_FLAG: &str = "Deze hulp tonen";
pub const VERSION_FLAG: &str = "De versie tonen";
pub const POSSIBLE_VALUES: &str = "mogelijke waarden";
pub const DEFAULT_VALUE: &str = "standaard";
pub const IN_ENGLISH: &str = "of in het Engels";

pub const COMMANDS: &[CommandTexts] = &[
    CommandTexts {
        name: "plan",
        about: "Het plan van vandaag: trainen of rusten, de week, elk doel, de vragen",
        long_about: None,
        examples: "Voorbeelden:\n  botsterk plan\n  botsterk plan --json | jq .status",
    },
    CommandTexts {
        name: "weight",
        about: "Het werkgewicht van een oefening met gewicht zetten (beantwoordt een gewichtsvraag)",
        long_about: None,
        examples: "Voorbeelden:\n  botsterk gewicht goblet-squat 10\n  botsterk gewicht overhead-press 11lb\n  botsterk gewicht deadlift 7,5kg",
    },
    CommandTexts {
        name: "pain-check",
        about: "De pijncontrole van een gepauzeerde oefening beantwoorden: nagekeken, nog-niet of weglaten",
        long_about: Some(
            "De pijncontrole beantwoorden van een oefening die na pijn gepauzeerd is.\n\n\
             nagekeken (ok): een arts of fysiotherapeut heeft ernaar gekeken en je mag hem weer \
             doen (hij komt een stap lichter terug, 14 dagen niet zwaarder). nog-niet (not-yet): \
             hij blijft eruit, je krijgt de vraag weer op je volgende trainingsdag. weglaten \
             (leave-out): hij blijft er voorgoed uit (profiel --include haalt hem terug).",
        ),
        examples: "Voorbeelden:\n  botsterk pijncheck opdrukken nagekeken\n  botsterk pijncheck wall-push-up nog-niet",
    },
    CommandTexts {
        name: "log",
        about: "Een training vastleggen die je elders deed (in de sportschool, op papier)",
        long_about: None,
        examples: "Voorbeelden:\n  botsterk noteer wall-push-up:10,10:goed chair-squat:12,12\n  botsterk noteer --date gisteren goblet-squat@8kg:12,12,12:zwaar\n  botsterk noteer --date 30-11-2026 opdrukken:10,9:zwaar\n  botsterk noteer evenwicht:tandem:een-hand:20,20:stevig houding:kin-intrekken:5\n  botsterk noteer stoeltest:12 balanstest:tandem tug:9,4s knijpkracht:22kg",
    },
    CommandTexts {
        name: "restore",
        about: "Een reservekopie van het logboek terugzetten, of de kopieën tonen",
        long_about: Some(
            "Een reservekopie van het logboek terugzetten, of de kopieën tonen.\n\n\
             Het huidige logboek wordt onder een tweede naam bewaard, nooit gewist. Zonder \
             KOPIE worden de kopieën getoond.",
        ),
        examples: "Voorbeelden:\n  botsterk herstel --list\n  botsterk herstel history-000012-20261126-094501.json\n  botsterk herstel --profile",
    },
    CommandTexts {
        name: "profile",
        about: "Je antwoorden van de eerste start tonen, of ze met de opties wijzigen",
        long_about: Some(
            "Je antwoorden van de eerste start tonen, of ze met de opties wijzigen.\n\n\
             De antwoorden van de eerste start (ook op het scherm met instellingen, `,` op het \
             beginscherm). `--lang` zet hier de taal van het profiel.",
        ),
        examples: "Voorbeelden:\n  botsterk profiel\n  botsterk profiel --bone-status osteoporose --cleared-for-impact nee\n  botsterk profiel --weekly-target 3 --owned-weights 2,4,6,8 --json",
    },
    CommandTexts {
        name: "test",
        about: "De testdag: vier korte functietests, je uitslagen naast gepubliceerde normen",
        long_about: Some(
            "De testdag: vier korte functietests, je uitslagen naast gepubliceerde normen.\n\n\
             Elke 6 weken een testdag: dit zegt wanneer de volgende is. 30 seconden opstaan uit een stoel, de 4-standen balanstest, de Timed Up and Go en \
             knijpkracht, elk met hoe je hem doet en de bron (CDC STEADI, Rikli & Jones 1999, \
             Bohannon 2006, EWGSOP2). Uitslagen noteer je met noteer (stoeltest:12 \
             balanstest:tandem tug:9,4s knijpkracht:22kg). De normen hebben je geboortejaar en \
             geslacht nodig (profiel --birth-year, --sex); ze zijn voor een gesprek met je \
             fysiotherapeut of huisarts, nooit een diagnose.",
        ),
        examples: "Voorbeelden:\n  botsterk testdag\n  botsterk testdag --json | jq .test_day\n  botsterk noteer stoeltest:12 balanstest:tandem",
    },
    CommandTexts {
        name: "fall",
        about: "Een val of bijna-val in het valdagboek zetten",
        long_about: Some(
            "Een val of bijna-val in het valdagboek zetten.\n\n\
             Een val: een onverwachte gebeurtenis waarbij je op de grond, de vloer of een lager \
             niveau terechtkomt (ProFaNE). Een bijna-val: je zou gevallen zijn, maar ving jezelf \
             op tijd op. Met letsel, of als je niet zelf kon opstaan: bel vandaag je huisarts; \
             geen krachtoefening wordt zwaarder tot je zegt dat het weer goed gaat \
             (--all-right).",
        ),
        examples: "Voorbeelden:\n  botsterk val --where trap --what gestruikeld --injury blauwe-plek --got-up-alone ja\n  botsterk val --near --date gisteren --part-of-day ochtend --what duizelig\n  botsterk val --all-right\n  botsterk val --list",
    },
    CommandTexts {
        name: "demo",
        about: "Verzonnen trainingen in een lege map zetten, om botsterk te proberen",
        long_about: Some(
            "Verzonnen trainingen in een lege map zetten, om botsterk te proberen.\n\n\
             N jaar aan trainingen, om de schermen met je geschiedenis te proberen. Weigert, \
             zonder iets te schrijven, als de map al een logboek heeft.",
        ),
        examples: "Voorbeelden:\n  botsterk --data-dir /tmp/botsterk-demo demo --years 10\n  botsterk --data-dir /tmp/botsterk-demo logboek",
    },
    CommandTexts {
        name: "history",
        about: "Je weken: trainingen, de reeks en de botbelasting; of elke serie als CSV",
        long_about: Some(
            "Je weken: trainingen, de reeks en de botbelasting; of elke serie als CSV.\n\n\
             De trainingen van elke week tegenover je doel, de weken op rij met minstens 2, en \
             de botbelasting (herhalingen met gewicht, stampstappen, seconden vastgehouden) \
             tegenover wat het programma vraagt. Leest het logboek alleen.",
        ),
        examples: "Voorbeelden:\n  botsterk logboek\n  botsterk logboek --weeks 26\n  botsterk logboek --json | jq '.weeks[0].dose'\n  botsterk logboek --csv > botsterk.csv\n  botsterk logboek --xlsx botsterk.xlsx",
    },
    CommandTexts {
        name: "report",
        about: "Een verslag voor je fysiotherapeut of arts schrijven (HTML, om af te drukken)",
        long_about: Some(
            "Een verslag voor je fysiotherapeut of arts schrijven (HTML, om af te drukken).\n\n\
             Een pagina om in elke browser te openen en af te drukken (A4 of Letter): je \
             antwoorden, hoe vaak je trainde tegenover je doel, hoe de belasting van elke \
             oefening veranderde en waarom, elke melding van pijn en elk antwoord op een \
             pijncontrole, wat is weggelaten, en de trainingen. Geen script, geen internet, \
             niets naast het bestand. Leest het logboek alleen.",
        ),
        examples: "Voorbeelden:\n  botsterk verslag\n  botsterk verslag --weeks 26 --out ~/Documenten/voor-de-fysio.html\n  botsterk verslag --lang nl --out - > verslag.html",
    },
    CommandTexts {
        name: "status",
        about: "Vandaag in één regel: een trainingsdag, een rustdag, al getraind, een pijncontrole open",
        long_about: Some(
            "Vandaag in één regel: een trainingsdag, een rustdag, al getraind, een pijncontrole \
             open.\n\n\
             Voor een shell-prompt of een statusbalk: snel, leest alleen (geen slot, niets \
             geschreven), geen kleur in een pijp. --short geeft een paar woorden (hoogstens 30 \
             kolommen), --json de feiten, --due niets dan de afsluitcode.",
        ),
        examples: "Voorbeelden:\n  botsterk status\n  botsterk status --short\n  botsterk status --due && echo 'tijd om te trainen'\n  botsterk status --json | jq .today",
    },
    CommandTexts {
        name: "remind",
        about: "Eén keer per dag zeggen dat er een training is, alleen als dat zo is (voor een timer, cron of een shell)",
        long_about: Some(
            "Eén keer per dag zeggen dat er een training is, alleen als dat zo is (voor een \
             timer, cron of een shell).\n\n\
             Toont de statusregel van vandaag als er vandaag een training (of een pijncontrole \
             om te beantwoorden) is die nog niet gedaan is, het later is dan --after, de \
             herinneringen niet gepauzeerd zijn en er vandaag nog geen herinnering was; anders \
             niets, met afsluitcode 1. Nooit op een rustdag of een dag waarop je al trainde. \
             --setup toont een kant-en-klaar stukje om het vanzelf te laten lopen.",
        ),
        examples: "Voorbeelden:\n  botsterk herinner\n  botsterk herinner --notify --after 09:00\n  botsterk herinner --pause-until 4-1-2027\n  botsterk herinner --resume\n  botsterk herinner --setup systemd",
    },
    CommandTexts {
        name: "completions",
        about: "Een script voor aanvullen in je shell tonen (bash, zsh, fish, ...)",
        long_about: None,
        examples: "Voorbeelden:\n  botsterk completions bash > ~/.local/share/bash-completion/completions/botsterk\n  botsterk completions zsh > ~/.zfunc/_botsterk    # met fpath+=~/.zfunc in ~/.zshrc\n  botsterk completions fish > ~/.config/fish/completions/botsterk.fish",
    },
    CommandTexts {
        name: "man",
        about: "De handleiding (roff) tonen, om met man te lezen",
        long_about: None,
        examples: "Voorbeelden:\n  botsterk man | man -l -\n  botsterk man > ~/.local/share/man/man1/botsterk.1",
    },
];

const fn arg(
    command: &'static str,
    id: &'static str,
    value_name: Option<&'static str>,
    help: &'static str,
) -> ArgText {
    ArgText {
        command,
        id,
        value_name,
        help,
    }
}

const JSON: &str = "JSON voor scripts tonen in plaats van tekst";

pub const ARGS: &[ArgText] = &[
    arg(
        "",
        "data_dir",
        Some("MAP"),
        "Waar het logboek staat (standaard: de gegevensmap van je systeem, bijv. \
         ~/.local/share/botsterk op Linux; of BOTSTERK_DATA_DIR)",
    ),
    arg(
        "",
        "lang",
        Some("TAAL"),
        "De taal van de schermen: en of nl (standaard: je profiel, anders je locale)",
    ),
    arg("plan", "json", None, JSON),
    arg(
        "weight",
        "exercise",
        Some("OEFENING"),
        "goblet-squat, deadlift of overhead-press (of hun naam)",
    ),
    arg(
        "weight",
        "weight",
        Some("GEWICHT"),
        "Het nieuwe gewicht: een getal in je eenheid (kg of lb, zie profile), of met de \
         eenheid: 11lb, 5kg, 7,5kg. Van 0,5 tot 300 kg",
    ),
    arg(
        "weight",
        "yes",
        None,
        "Zonder te vragen een zwaarder gewicht nemen waarnaar gevraagd wordt: een zwaar eerste \
         gewicht, meer dan een \
         stap (25 %, minstens 2 kg / 5 lb) boven het huidige, een tweede verhoging binnen 14 \
         dagen, een verhoging binnen 14 dagen na een pijncheck nagekeken. Lichter vraagt nooit",
    ),
    arg(
        "pain-check",
        "exercise",
        Some("OEFENING"),
        "De gepauzeerde oefening, bijv. wall-push-up",
    ),
    arg(
        "pain-check",
        "answer",
        Some("nagekeken|nog-niet|weglaten"),
        "nagekeken (weer doen), nog-niet of weglaten (voorgoed); of in het Engels: ok, \
         not-yet, leave-out",
    ),
    arg(
        "log",
        "date",
        Some("DAG"),
        "De dag dat je trainde (standaard: vandaag): 2026-11-30, 30-11-2026, 30/11/2026, \
         vandaag, gisteren, eergisteren, today of yesterday. Niet in de toekomst",
    ),
    arg(
        "log",
        "program",
        Some("PROGRAMMA"),
        "Het programma (standaard: dat van de oefeningen; een mengsel wordt geweigerd)",
    ),
    arg(
        "log",
        "again",
        None,
        "Een tweede training vastleggen op een dag die er al een heeft (anders geweigerd, \
         als dezelfde training twee keer getypt)",
    ),
    arg(
        "log",
        "yes",
        None,
        "Zonder te vragen een vastgelegd gewicht nemen waarnaar gevraagd wordt (een zwaar eerste \
         gewicht, meer dan een stap boven dat van het plan, een tweede verhoging binnen 14 dagen, een verhoging \
         binnen 14 dagen na een pijncheck nagekeken). Lichter vraagt nooit",
    ),
    arg(
        "log",
        "entries",
        Some("INVOER"),
        "OEFENING[@GEWICHT]:SERIES[:MOEITE]: OEFENING is een id of een naam in het Nederlands \
         of Engels (opdrukken, wall-push-up); SERIES zijn herhalingen (12,12,11), seconden \
         vastgehouden (30s,25s) of stampen per voet; MOEITE is makkelijk, goed, zwaar of \
         pijn (easy, right, hard, pain). Evenwicht en houding, nooit een krachttraining (apart \
         vastgelegd): evenwicht:STAND:STEUN:SECONDEN[:GEVOEL] \
         (evenwicht:tandem:een-hand:20,20:stevig; GEVOEL is stevig, wiebelig of vastgepakt) en \
         houding:OEFENING:HERHALINGEN (houding:kin-intrekken:5). Testuitslagen, apart \
         vastgelegd: stoeltest:KEER (of stoeltest:armen), balanstest:STAND, tug:SECONDEN, \
         knijpkracht:KG (zie botsterk test)",
    ),
    arg(
        "restore",
        "backup",
        Some("KOPIE"),
        "Een reservekopie: het pad, of de bestandsnaam in de map met kopieën",
    ),
    arg(
        "restore",
        "list",
        None,
        "De kopieën tonen, nieuwste eerst, met hun trainingen (ook zonder KOPIE)",
    ),
    arg(
        "restore",
        "profile",
        None,
        "In plaats daarvan je antwoorden bij het instellen (profile.json) terugzetten: de \
         nieuwste reservekopie van het profiel die botsterk kan lezen, of KOPIE (een \
         profile-*.json)",
    ),
    arg(
        "restore",
        "yes",
        None,
        "De kopie terugzetten zonder eerst te vragen (botsterk vraagt alleen in een terminal)",
    ),
    arg("profile", "json", None, JSON),
    arg(
        "profile",
        "bone_status",
        None,
        "Wat je van je botten weet: geen (geen bekend botverlies), osteopenie, osteoporose, \
         of onbekend (nooit gemeten of niet bekend; niets wordt weggelaten, maar stampen en \
         de deadlift krijgen een waarschuwing (vraag eerst je arts) en evenwicht vraagt om \
         een aanrecht binnen handbereik; de waarschuwing bij de start vraagt eerst je arts te \
         raadplegen)",
    ),
    arg(
        "profile",
        "cleared_for_impact",
        Some("JA|NEE"),
        "Een arts of fysiotherapeut zei dat stampen (impact) veilig is voor jou",
    ),
    arg(
        "profile",
        "program",
        Some("PROGRAMMA"),
        "Het programma van de volgende training",
    ),
    arg(
        "profile",
        "weekly_target",
        None,
        "Trainingen per week die je wilt halen: 2, 3 of 4",
    ),
    arg(
        "profile",
        "units",
        Some("EENHEID"),
        "Gewichten tonen in kg of lb (ze worden altijd in kg bewaard)",
    ),
    arg(
        "profile",
        "rest_seconds",
        None,
        "Rust tussen de series in seconden (15 tot 300)",
    ),
    arg(
        "profile",
        "get_ready_seconds",
        None,
        "Seconden om klaar te gaan staan voor het vasthouden, nadat je op Enter drukt (3 tot \
         30; standaard 10)",
    ),
    arg(
        "profile",
        "sound",
        Some("GELUID"),
        "Hoe signalen klinken: uit, bel (de bel van de terminal) of stem (espeak-ng, \
         spd-say of say op het PATH; de bel als er geen is)",
    ),
    arg(
        "profile",
        "counting",
        Some("TELLEN"),
        "Wie de herhalingen telt: zelf (jij, met Spatie) of tempo (de coach, in het tempo \
         van de oefening)",
    ),
    arg(
        "profile",
        "warm_up",
        Some("JA|NEE"),
        "Een warming-up van 3 minuten (marcheren, armen draaien, schouders rollen, opstaan \
         en zitten) voor elke krachttraining",
    ),
    arg(
        "profile",
        "practice_days",
        None,
        "Dagen per week dat je evenwicht en houding wilt oefenen: 0 tot 7 (standaard 3)",
    ),
    arg(
        "profile",
        "owned_weights",
        Some("G,G,..."),
        "De gewichten die je hebt, in je eenheid (kg of lb, zie --units), bijv. 2,4,6,8, of \
         met de eenheid erachter: 5lb,10lb of 2kg,4kg (lege tekst: geen). De coach stelt \
         alleen deze voor. (Een kaal getal was hier vroeger kg, ook voor wie lb gebruikt.)",
    ),
    arg(
        "profile",
        "include",
        Some("OEFENING"),
        "Een oefening terughalen die je wegliet (na een pijncontrole, of met --leave-out): \
         haar id of haar naam in het Nederlands of Engels, bijv. hielheffen of heel-raise (mag \
         vaker)",
    ),
    arg(
        "profile",
        "name",
        Some("NAAM"),
        "Je naam, op het verslag voor je fysiotherapeut of arts (lege tekst: weg)",
    ),
    arg(
        "profile",
        "leave_out",
        Some("OEFENING"),
        "Een oefening uit het plan weglaten zonder pijnmelding: haar id of haar naam in het \
         Nederlands of Engels (mag vaker; --include haalt haar terug)",
    ),
    arg(
        "profile",
        "yes",
        None,
        "Met osteopenie of osteoporose zonder te vragen naar het programma voor gevorderden \
         (--program gevorderd): de deadlift en de overhead press hebben waarschuwingen",
    ),
    arg(
        "profile",
        "birth_year",
        Some("JAAR"),
        "Je geboortejaar, voor de gepubliceerde normen van de testdag (niet verplicht)",
    ),
    arg(
        "profile",
        "sex",
        None,
        "vrouw, man of zeg-ik-liever-niet, voor de gepubliceerde normen van de testdag (niet \
         verplicht)",
    ),
    arg("test", "json", None, JSON),
    arg(
        "fall",
        "near",
        None,
        "Een bijna-val: op tijd opgevangen, niet op de vloer",
    ),
    arg(
        "fall",
        "date",
        Some("DAG"),
        "De dag dat het gebeurde (standaard: vandaag): 2026-11-30, 30-11-2026, vandaag, \
         gisteren, today, yesterday. Niet in de toekomst",
    ),
    arg(
        "fall",
        "part_of_day",
        Some("DAGDEEL"),
        "ochtend, middag, avond of nacht",
    ),
    arg(
        "fall",
        "place",
        Some("WAAR"),
        "Waar: binnen, trap, badkamer of buiten",
    ),
    arg(
        "fall",
        "what",
        Some("WAT"),
        "Wat er gebeurde: gestruikeld, uitgegleden, duizelig, benen-gaven-mee, \
         evenwicht-kwijt of anders",
    ),
    arg(
        "fall",
        "injury",
        Some("LETSEL"),
        "geen, blauwe-plek, pijn, misschien-gebroken of dokter (naar een arts geweest)",
    ),
    arg(
        "fall",
        "got_up_alone",
        Some("JA|NEE"),
        "Of je zelf, zonder hulp, kon opstaan",
    ),
    arg(
        "fall",
        "minutes_on_floor",
        Some("MINUTEN"),
        "Hoe lang je ongeveer op de vloer lag, in minuten (0 tot 1440)",
    ),
    arg(
        "fall",
        "note",
        Some("TEKST"),
        "Een notitie in je eigen woorden",
    ),
    arg(
        "fall",
        "all_right",
        None,
        "Zeggen dat het weer goed gaat na een val met letsel of zonder zelf op te staan: \
         krachtoefeningen mogen weer zwaarder worden",
    ),
    arg(
        "fall",
        "list",
        None,
        "Het valdagboek tonen in plaats van iets vast te leggen",
    ),
    arg(
        "demo",
        "years",
        None,
        "Hoeveel jaar training te verzinnen (1 tot 30)",
    ),
    arg(
        "history",
        "weeks",
        None,
        "Hoeveel weken tonen, tot en met deze (1 tot 1000; standaard 8). Met --csv alleen \
         de series van die weken (standaard: elke serie)",
    ),
    arg("history", "json", None, JSON),
    arg(
        "history",
        "csv",
        None,
        "Eén CSV-regel per serie tonen (date,program,exercise,set,reps,seconds,weight_kg,effort)",
    ),
    arg(
        "history",
        "month",
        Some("JJJJ-MM"),
        "Een maand in het kort in plaats van de weken: trainingen tegenover het doel, \
         oefenen, wat sterker werd, pijn en de antwoorden (JJJJ-MM; zonder: vorige maand)",
    ),
    arg(
        "report",
        "paper",
        Some("PAPIER"),
        "Het papier waarop het wordt afgedrukt: a4 (standaard) of letter (VS)",
    ),
    arg(
        "history",
        "xlsx",
        Some("BESTAND"),
        "In plaats daarvan een Excel-werkmap naar BESTAND schrijven (bladen met series, weken \
         en oefenen; getallen als getallen, datums als datums, kopjes in je taal): die opent \
         goed in Excel en LibreOffice, in het Nederlands en het Engels",
    ),
    arg(
        "report",
        "weeks",
        None,
        "Hoeveel weken, tot en met deze (1 tot 520)",
    ),
    arg(
        "report",
        "out",
        Some("BESTAND"),
        "Het bestand om te schrijven (standaard: botsterk-report-JJJJ-MM-DD.html in de \
         huidige map); - schrijft de pagina naar de standaarduitvoer",
    ),
    arg(
        "status",
        "short",
        None,
        "Een paar woorden voor een shell-prompt (hoogstens 30 kolommen): \"🦴 trainen\", \"🦴 ✓\", \"🦴 rust\"",
    ),
    arg(
        "status",
        "ascii",
        None,
        "Met --short: zonder het teken, voor een terminal of lettertype zonder",
    ),
    arg("status", "json", None, JSON),
    arg(
        "status",
        "due",
        None,
        "Niets tonen; afsluitcode 0 als er vandaag een training is die nog niet gedaan is (en \
         de herinneringen niet gepauzeerd zijn), anders 1",
    ),
    arg(
        "remind",
        "notify",
        None,
        "Als melding op het bureaublad tonen (notify-send, of osascript op macOS); getoond in \
         de terminal als geen van beide er is",
    ),
    arg(
        "remind",
        "after",
        Some("UU:MM"),
        "Zwijgen vóór deze tijd van de dag (UU:MM)",
    ),
    arg(
        "remind",
        "pause_until",
        Some("DAG"),
        "Geen herinneringen tot en met deze dag (vakantie, ziekte): 2027-01-04, 4-1-2027, \
         4/1/2027",
    ),
    arg(
        "remind",
        "resume",
        None,
        "De herinneringen weer aan na een pauze",
    ),
    arg(
        "remind",
        "setup",
        Some("MANIER"),
        "Een stukje tonen dat de herinnering vanzelf laat lopen (vanaf de tijd van --after, \
         09:00 zonder); installeert niets",
    ),
    arg(
        "completions",
        "shell",
        None,
        "De shell om voor aan te vullen",
    ),
];
