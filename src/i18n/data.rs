//! The texts about the user's files: a journal moved aside, backups and undo, files that
//! cannot be used. In English and Dutch.

use std::fmt::Display;

/// The texts about the data files in one language.
#[derive(Debug)]
pub struct DataTexts {
    pub set_aside_title: fn(&str) -> String,
    pub set_aside_where: fn(&str) -> String,
    pub set_aside_todo: &'static str,
    pub reason_damaged: fn(&str) -> String,
    pub reason_newer: fn(&dyn Display) -> String,
    pub not_regular: fn(&dyn Display) -> String,
    pub dangling_link: fn(&dyn Display, &dyn Display) -> String,
    /// `{arg}`: an argument with a byte that is not UTF-8, shown with a replacement mark.
    pub not_text: fn(&str) -> String,
    pub no_terminal: &'static str,
    pub demo_not_empty: fn(&dyn Display, &dyn Display) -> String,
    /// `demo` wrote its history: `{sessions}`, `{span}` (a [`demo_span`](Self::demo_span)
    /// or nothing), `{weights}` (weight decisions), `{history}` (the file).
    pub demo_written: fn(usize, &str, usize, &dyn Display) -> String,
    /// What `demo` wrote next, and how to look at it: `{profile}` (the profile's file),
    /// `{dir}` (the data folder).
    pub demo_next: fn(&dyn Display, &dyn Display) -> String,
    /// `{first}`, `{last}`: the days of the first and the last made-up session.
    pub demo_span: fn(&dyn Display, &dyn Display) -> String,
    /// `demo --years` out of range: `{years}`, `{max}`.
    pub demo_years: fn(u32, u32) -> String,
    pub terminal_gone: &'static str,
    /// `{path}`: the data folder is a file.
    pub not_a_folder: fn(&dyn Display) -> String,
    /// `{path}`: the backups folder is a file.
    pub backups_not_a_folder: fn(&dyn Display) -> String,
    pub profile_damaged: fn(&dyn Display, &str) -> String,
    /// At the start, a damaged profile: `{path}`, `{reason}`, `{made}` (the backup's
    /// [`Self::profile_backup_made`]); answered y/n.
    pub profile_damaged_offer: fn(&dyn Display, &str, &str) -> String,
    /// Why a profile cannot be read: made by a newer botsterk, `{found}`, `{known}`.
    pub profile_too_new: fn(&u32, &u32) -> String,
    /// When the offered backup was made: `{day}` in words, `{time}`.
    pub profile_backup_made: fn(&str, &str) -> String,
    pub profile_newer: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// The reminder's state file cannot be read: its path, why.
    pub reminder_damaged: fn(&dyn Display, &str) -> String,
    pub journal_damaged: fn(&dyn Display, &str) -> String,
    /// `change-in-progress.json` (a leave-out not yet in both files) cannot be read.
    pub change_damaged: fn(&dyn Display, &str) -> String,
    /// `{path}`, `{what}` (a [`too_large_value`](Self::too_large_value))
    pub too_large: fn(&dyn Display, &str) -> String,
    /// `{field}`, `{value}`, `{place}`, `{bound}` (one of the `bound_` texts).
    pub too_large_value: fn(&str, &dyn Display, &str, &str) -> String,
    pub bound_at_most: fn(&dyn Display) -> String,
    /// `{min}`, `{max}`: kilograms.
    pub bound_kg: fn(&dyn Display, &dyn Display) -> String,
    /// `{day}`: the first day botsterk accepts.
    pub bound_from: fn(&dyn Display) -> String,
    pub place_session: fn(&dyn Display) -> String,
    pub place_exercise: fn(&str) -> String,
    pub place_set: fn(&dyn Display) -> String,
    /// `{date}`, `{exercise}`: a weight decision.
    pub place_weight_change: fn(&dyn Display, &str) -> String,
    /// `{date}`, `{exercise}`: a pain-check answer.
    pub place_pain_check: fn(&dyn Display, &str) -> String,
    pub place_practice: fn(&dyn Display) -> String,
    /// `{n}`: a hold or move of a practice, from 1.
    pub place_item: fn(&dyn Display) -> String,
    /// A test result: its date and kind.
    pub place_test: fn(&dyn Display, &str) -> String,
    /// An entry of the falls diary: its date.
    pub place_fall: fn(&dyn Display) -> String,
    /// A test's result: from, to.
    pub bound_between: fn(&dyn Display, &dyn Display) -> String,
    /// Under the title of every screen when the data folder cannot be written.
    pub read_only: &'static str,

    /// The history screens' `u`.
    pub key_undo: &'static str,
    pub undo_title: &'static str,
    /// `{path}`: the backup that holds the history as it was before the last change.
    pub undo_question: fn(&str) -> String,
    /// The change the undo takes back: the session's date, the change as it was asked.
    pub undo_change: fn(&str, &str) -> String,
    /// The deletion the undo takes back: the session's date.
    pub undo_delete: fn(&str) -> String,
    /// When the change is not known (never expected).
    pub undo_last: &'static str,
    pub undo_backup: &'static str,
    /// `{path}`: the backup that holds the history as it was before the undo.
    pub undone: fn(&str) -> String,
    /// A correction refused: the session changed or went meanwhile.
    pub correction_session_gone: &'static str,
    /// A correction refused: no such exercise or set in the session.
    pub correction_no_such_part: &'static str,
    /// A correction refused: the new date is out of range.
    pub correction_bad_date: &'static str,

    /// A file botsterk makes for the user (the report) refused before writing: `{path}`
    /// is one of botsterk's own files in the data folder `{dir}`.
    pub out_own: fn(&dyn Display, &dyn Display) -> String,
    /// `{path}` is a folder.
    pub out_folder: fn(&dyn Display) -> String,
    /// `{path}` is a named pipe.
    pub out_pipe: fn(&dyn Display) -> String,
    /// `{path}` is a device.
    pub out_device: fn(&dyn Display) -> String,
    /// `{path}` is a socket or another thing that is not a file.
    pub out_other: fn(&dyn Display) -> String,
    /// `{path}` is a link to `{target}`, which does not exist.
    pub out_dangling: fn(&dyn Display, &dyn Display) -> String,
}

pub const EN: DataTexts = DataTexts {
    set_aside_title: |reason| format!("An unfinished session could not be read: {reason}."),
    set_aside_where: |path| format!("It is kept, unchanged, as {path}"),
    set_aside_todo: "A newer botsterk may read it; delete it when you no longer need it. New sessions are saved as usual.",
    reason_damaged: |detail| format!("the file is damaged ({detail})"),
    reason_newer: |version| format!("a newer botsterk wrote it (version {version})"),
    not_regular: |path| {
        format!(
            "{path} is not a regular file (but a folder, a named pipe or a device): botsterk does not open it; move it out of the way"
        )
    },
    dangling_link: |path, target| {
        format!(
            "{path} is a link to {target}, which does not exist: botsterk does not take that for an empty file; bring back the file it points to, or remove the link"
        )
    },
    not_text: |arg| {
        format!(
            "the argument {arg} is not valid text (UTF-8); type it again, or rename the folder or file it names"
        )
    },
    no_terminal: "the coach needs a terminal, and there is none here (started from cron, a pipe or ssh without -t). Without one these commands work: plan, history, log, weight, profile, restore, demo, completions, man (see botsterk --help).",
    demo_not_empty: |dir, file| {
        format!(
            "{dir} already holds {file}; demo writes only into an empty data folder and never touches a real record. Try another folder: botsterk --data-dir /tmp/botsterk-demo demo"
        )
    },
    demo_written: |sessions, span, weights, history| {
        format!(
            "Wrote a made-up history: {sessions} sessions{span}, {weights} weight decisions, in {history}."
        )
    },
    demo_next: |profile, dir| {
        format!(
            "Wrote the set-up's answers (advanced program) to {profile}: change them with `botsterk --data-dir {dir} profile`.\n\
             Look at it with `botsterk --data-dir {dir} history`, or open the coach with `botsterk --data-dir {dir}` and press h.\n\
             It is not your training: to start your own record, use another data folder or delete that file."
        )
    },
    demo_span: |first, last| format!(" from {first} to {last}"),
    demo_years: |years, max| format!("--years {years}: give 1 to {max} years"),
    terminal_gone: "botsterk: the terminal went away. Every finished set is kept and offered again at the next start.",
    not_a_folder: |path| {
        format!(
            "the data folder {path} is a file, not a folder: botsterk keeps its files in a folder of that name. Nothing was changed. Move the file away, or give another folder with --data-dir DIR."
        )
    },
    backups_not_a_folder: |path| {
        format!(
            "{path} is not a folder: botsterk keeps the backups of your history in a folder of that name and makes one before every change, so nothing was changed. Move that file away (botsterk makes the folder again) and try again."
        )
    },
    profile_damaged_offer: |path, reason, made| {
        format!(
            "Your set-up answers ({path}) cannot be read: {reason}\n\nBring back the newest good backup of them{made}? The damaged file is kept aside, and your history is not touched. [y/N]"
        )
    },
    profile_backup_made: |day, time| format!(", made on {day} at {time}"),
    profile_too_new: |found, known| {
        format!("a newer botsterk wrote it (format {found}; this one reads up to {known})")
    },
    profile_damaged: |path, reason| {
        format!(
            "The profile {path} (your set-up answers) cannot be read: {reason}. botsterk has not changed it: bring back its newest backup with `botsterk restore --profile` (the damaged file is kept aside), fix the file, or move it away (set-up then runs again)."
        )
    },
    reminder_damaged: |path, reason| {
        format!(
            "The reminder's state {path} cannot be read: {reason}. botsterk has not changed it. It holds only the day of the last reminder and a pause: move it away to start the reminders afresh."
        )
    },
    profile_newer: |path, found, known| {
        format!(
            "The profile {path} (your set-up answers) was made by a newer botsterk (format version {found}; this one knows up to {known}). botsterk will not change it: please update botsterk."
        )
    },
    journal_damaged: |path, reason| {
        format!(
            "The file of the unfinished session {path} cannot be read: {reason}. botsterk has not changed it."
        )
    },
    change_damaged: |path, reason| {
        format!(
            "{path} holds a pain check's answer not yet written into the history and the profile, and cannot be read: {reason}. botsterk has changed nothing; move the file away and answer the pain check again."
        )
    },
    too_large: |path, what| {
        format!(
            "The history file {path} holds a number no one does: {what}. botsterk has not changed it. Correct that number in the file, or restore a backup."
        )
    },
    too_large_value: |field, value, place, bound| format!("{field} = {value} in {place} ({bound})"),
    bound_at_most: |max| format!("at most {max}"),
    bound_kg: |min, max| format!("from {min} to {max} kg"),
    bound_from: |day| format!("from {day}"),
    place_session: |date| format!("the session of {date}"),
    place_exercise: |exercise| format!(", {exercise}"),
    place_set: |set| format!(", set {set}"),
    place_weight_change: |date, exercise| format!("the weight decision of {date}, {exercise}"),
    place_pain_check: |date, exercise| format!("the pain-check answer of {date}, {exercise}"),
    place_practice: |date| format!("the practice of {date}"),
    place_item: |n| format!(", item {n}"),
    place_test: |date, kind| format!("the test of {date}, {kind}"),
    place_fall: |date| format!("the fall of {date}"),
    bound_between: |min, max| format!("from {min} to {max}"),
    read_only: "! Read-only data folder: you can look, but nothing can be saved",

    key_undo: "undo",
    undo_title: "Undo the last change?",
    undo_question: |path| format!("(From the backup {path}.)"),
    undo_change: |date, change| {
        format!(
            "Undo the correction of the session of {date}: {change}. It goes back to how it was."
        )
    },
    undo_delete: |date| format!("Undo the deletion: the session of {date} comes back."),
    undo_last: "The history goes back to how it was before your last change here.",
    undo_backup: "The history as it is now is kept as a backup too.",
    undone: |path| format!("✔ Undone. The history as it was before the undo is kept in {path}"),
    correction_session_gone: "the session changed or was removed meanwhile; nothing was changed",
    correction_no_such_part: "there is no such exercise or set in the session",
    correction_bad_date: "the new date is out of range",

    out_own: |path, dir| {
        format!(
            "{path} is one of botsterk's own files or folders (the data folder is {dir}): nothing was written. Give another file, like --out ~/botsterk-report.html"
        )
    },
    out_folder: |path| {
        format!(
            "{path} is a folder: nothing was written. Give a file name in it, like --out {path}/botsterk-report.html"
        )
    },
    out_pipe: |path| {
        format!(
            "{path} is a named pipe, not a file: nothing was written. For standard output use --out -"
        )
    },
    out_device: |path| {
        format!(
            "{path} is a device, not a file: nothing was written. For standard output use --out -"
        )
    },
    out_other: |path| {
        format!("{path} is not a regular file: nothing was written. Give another file name")
    },
    out_dangling: |path, target| {
        format!(
            "{path} is a link to {target}, which does not exist: nothing was written. Bring back the file it points to, remove the link, or give another file"
        )
    },
};

pub const NL: DataTexts = DataTexts {
    set_aside_title: |reason| {
        format!("Een onafgemaakte training kon niet gelezen worden: {reason}.")
    },
    set_aside_where: |path| format!("Hij is ongewijzigd bewaard als {path}"),
    set_aside_todo: "Een nieuwere botsterk kan hem misschien lezen; verwijder hem als je hem niet meer nodig hebt. Nieuwe trainingen worden gewoon bewaard.",
    reason_damaged: |detail| format!("het bestand is beschadigd ({detail})"),
    reason_newer: |version| {
        format!("een nieuwere botsterk heeft het geschreven (versie {version})")
    },
    not_regular: |path| {
        format!(
            "{path} is geen gewoon bestand (maar een map, een named pipe of een apparaat): botsterk opent het niet; zet het opzij"
        )
    },
    dangling_link: |path, target| {
        format!(
            "{path} is een koppeling naar {target}, dat niet bestaat: botsterk ziet dat niet aan voor een leeg bestand; zet het bestand terug waar de koppeling naar wijst, of verwijder de koppeling"
        )
    },
    not_text: |arg| {
        format!(
            "het argument {arg} is geen geldige tekst (UTF-8); typ het opnieuw, of geef de map of het bestand dat het noemt een andere naam"
        )
    },
    no_terminal: "de coach heeft een terminal nodig, en die is er hier niet (gestart vanuit cron, een pipe of ssh zonder -t). Zonder terminal werken deze opdrachten: plan, logboek, noteer, gewicht, profiel, herstel, demo, aanvullingen, handleiding (zie botsterk --help).",
    demo_not_empty: |dir, file| {
        format!(
            "{dir} bevat al {file}; demo schrijft alleen in een lege gegevensmap en komt nooit aan echte gegevens. Kies een andere map: botsterk --data-dir /tmp/botsterk-demo demo"
        )
    },
    demo_written: |sessions, span, weights, history| {
        format!(
            "Een verzonnen logboek geschreven: {sessions} trainingen{span}, {weights} gewichtsbesluiten, in {history}."
        )
    },
    demo_next: |profile, dir| {
        format!(
            "De antwoorden van de start (programma voor gevorderden) staan in {profile}: wijzig ze met `botsterk --data-dir {dir} profiel`.\n\
             Bekijk het met `botsterk --data-dir {dir} logboek`, of open de coach met `botsterk --data-dir {dir}` en druk op h.\n\
             Het is niet jouw training: begin je eigen logboek in een andere gegevensmap, of wis dat bestand."
        )
    },
    demo_span: |first, last| format!(" van {first} tot {last}"),
    demo_years: |years, max| format!("--years {years}: kies 1 tot {max} jaar"),
    terminal_gone: "botsterk: de terminal is verdwenen. Elke afgemaakte serie is bewaard en wordt bij de volgende start weer aangeboden.",
    not_a_folder: |path| {
        format!(
            "de gegevensmap {path} is een bestand, geen map: botsterk bewaart zijn bestanden in een map met die naam. Er is niets veranderd. Zet het bestand opzij, of geef een andere map met --data-dir MAP."
        )
    },
    backups_not_a_folder: |path| {
        format!(
            "{path} is geen map: botsterk bewaart de reservekopieën van je logboek in een map met die naam en maakt er een voor elke wijziging, dus er is niets veranderd. Zet dat bestand opzij (botsterk maakt de map dan opnieuw) en probeer het nog eens."
        )
    },
    profile_damaged_offer: |path, reason, made| {
        format!(
            "Je antwoorden bij het instellen ({path}) zijn niet te lezen: {reason}\n\nDe nieuwste goede reservekopie ervan terugzetten{made}? Het beschadigde bestand blijft bewaard, en je logboek blijft zoals het is. [j/N]"
        )
    },
    profile_backup_made: |day, time| format!(", gemaakt op {day} om {time}"),
    profile_too_new: |found, known| {
        format!(
            "een nieuwere botsterk schreef het (formaat {found}; deze leest tot en met {known})"
        )
    },
    profile_damaged: |path, reason| {
        format!(
            "Het profiel {path} (je antwoorden bij het instellen) is niet te lezen: {reason}. botsterk heeft het niet veranderd: zet de nieuwste reservekopie terug met `botsterk restore --profile` (het beschadigde bestand blijft bewaard), herstel het bestand, of zet het opzij (dan volgen de vragen opnieuw)."
        )
    },
    reminder_damaged: |path, reason| {
        format!(
            "De staat van de herinneringen {path} is niet te lezen: {reason}. botsterk heeft het bestand niet veranderd. Er staat alleen de dag van de laatste herinnering en een pauze in: zet het opzij om de herinneringen opnieuw te beginnen."
        )
    },
    profile_newer: |path, found, known| {
        format!(
            "Het profiel {path} (je antwoorden bij het instellen) is gemaakt door een nieuwere botsterk (versie {found}; deze kent tot en met {known}). botsterk verandert het niet: werk botsterk bij."
        )
    },
    journal_damaged: |path, reason| {
        format!(
            "Het bestand van de onafgemaakte training {path} is niet te lezen: {reason}. botsterk heeft het niet veranderd."
        )
    },
    change_damaged: |path, reason| {
        format!(
            "{path} bevat een antwoord op een pijncontrole dat nog niet in het logboek en het profiel staat, en is niet te lezen: {reason}. botsterk heeft niets veranderd; zet het bestand opzij en beantwoord de pijncontrole opnieuw."
        )
    },
    too_large: |path, what| {
        format!(
            "Het logboek {path} bevat een getal dat niemand haalt: {what}. botsterk heeft het niet veranderd. Verbeter dat getal in het bestand, of zet een reservekopie terug."
        )
    },
    too_large_value: |field, value, place, bound| format!("{field} = {value} in {place} ({bound})"),
    bound_at_most: |max| format!("hoogstens {max}"),
    bound_kg: |min, max| format!("van {min} tot {max} kg"),
    bound_from: |day| format!("vanaf {day}"),
    place_session: |date| format!("de training van {date}"),
    place_exercise: |exercise| format!(", {exercise}"),
    place_set: |set| format!(", serie {set}"),
    place_weight_change: |date, exercise| format!("de gewichtskeuze van {date}, {exercise}"),
    place_pain_check: |date, exercise| format!("het pijncheck-antwoord van {date}, {exercise}"),
    place_practice: |date| format!("de oefensessie van {date}"),
    place_item: |n| format!(", onderdeel {n}"),
    place_test: |date, kind| format!("de test van {date}, {kind}"),
    place_fall: |date| format!("de val van {date}"),
    bound_between: |min, max| format!("van {min} tot {max}"),
    read_only: "! Gegevensmap is alleen-lezen: kijken kan, maar niets wordt bewaard",

    key_undo: "ongedaan maken",
    undo_title: "Laatste wijziging ongedaan maken?",
    undo_question: |path| format!("(Uit de reservekopie {path}.)"),
    undo_change: |date, change| {
        format!(
            "De wijziging van de training van {date} ongedaan maken: {change}. Het wordt weer zoals het was."
        )
    },
    undo_delete: |date| {
        format!("Het verwijderen ongedaan maken: de training van {date} komt terug.")
    },
    undo_last: "Het logboek wordt weer zoals het was vóór je laatste wijziging hier.",
    undo_backup: "Het logboek zoals het nu is, wordt ook als reservekopie bewaard.",
    undone: |path| {
        format!("✔ Ongedaan gemaakt. Het logboek van vóór het ongedaan maken is bewaard in {path}")
    },
    correction_session_gone: "de training is intussen veranderd of verwijderd; er is niets veranderd",
    correction_no_such_part: "die oefening of serie staat niet in de training",
    correction_bad_date: "de nieuwe datum valt buiten het bereik",

    out_own: |path, dir| {
        format!(
            "{path} is een eigen bestand of map van botsterk (de gegevensmap is {dir}): er is niets geschreven. Geef een ander bestand, zoals --out ~/botsterk-verslag.html"
        )
    },
    out_folder: |path| {
        format!(
            "{path} is een map: er is niets geschreven. Geef een bestandsnaam erin, zoals --out {path}/botsterk-verslag.html"
        )
    },
    out_pipe: |path| {
        format!(
            "{path} is een named pipe, geen bestand: er is niets geschreven. Voor standaarduitvoer gebruik je --out -"
        )
    },
    out_device: |path| {
        format!(
            "{path} is een apparaat, geen bestand: er is niets geschreven. Voor standaarduitvoer gebruik je --out -"
        )
    },
    out_other: |path| {
        format!(
            "{path} is geen gewoon bestand: er is niets geschreven. Geef een andere bestandsnaam"
        )
    },
    out_dangling: |path, target| {
        format!(
            "{path} is een koppeling naar {target}, dat niet bestaat: er is niets geschreven. Zet het bestand terug waar de koppeling naar wijst, verwijder de koppeling, of geef een ander bestand"
        )
    },
};
