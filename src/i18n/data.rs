//! The texts about the user's files: a journal moved aside, backups and undo, files that
//! cannot be used. In English and Dutch.

/// The texts about the data files in one language.
#[derive(Debug)]
pub struct DataTexts {
    /// `{reason}`
    pub set_aside_title: &'static str,
    /// `{path}`
    pub set_aside_where: &'static str,
    pub set_aside_todo: &'static str,
    /// `{detail}`
    pub reason_damaged: &'static str,
    /// `{version}`
    pub reason_newer: &'static str,
    /// `{path}`
    pub not_regular: &'static str,
    /// `{path}`, `{target}`
    pub dangling_link: &'static str,
    /// `{arg}`: an argument with a byte that is not UTF-8, shown with a replacement mark.
    pub not_text: &'static str,
    pub no_terminal: &'static str,
    /// `{dir}`, `{file}`
    pub demo_not_empty: &'static str,
    pub terminal_gone: &'static str,
    /// `{path}`: the data folder is a file.
    pub not_a_folder: &'static str,
    /// `{path}`, `{reason}`
    pub profile_damaged: &'static str,
    /// `{path}`, `{found}`, `{known}`
    pub profile_newer: &'static str,
    /// `{path}`, `{reason}`
    pub journal_damaged: &'static str,
    /// `{path}`, `{what}` (a [`too_large_value`](Self::too_large_value))
    pub too_large: &'static str,
    /// `{field}`, `{value}`, `{place}`, `{max}`
    pub too_large_value: &'static str,
    /// `{date}`
    pub place_session: &'static str,
    /// `{exercise}`
    pub place_exercise: &'static str,
    /// `{set}`
    pub place_set: &'static str,
    /// Under the title of every screen when the data folder cannot be written.
    pub read_only: &'static str,

    /// The history screens' `u`.
    pub key_undo: &'static str,
    pub undo_title: &'static str,
    /// `{path}`: the backup that holds the history as it was before the last change.
    pub undo_question: &'static str,
    pub undo_backup: &'static str,
    /// `{path}`: the backup that holds the history as it was before the undo.
    pub undone: &'static str,
}

pub const EN: DataTexts = DataTexts {
    set_aside_title: "An unfinished session could not be read: {reason}.",
    set_aside_where: "It is kept, unchanged, as {path}",
    set_aside_todo: "A newer botsterk may read it; delete it when you no longer need it. New sessions are saved as usual.",
    reason_damaged: "the file is damaged ({detail})",
    reason_newer: "a newer botsterk wrote it (version {version})",
    not_regular: "{path} is not a regular file (but a folder, a named pipe or a device): botsterk does not open it; move it out of the way",
    dangling_link: "{path} is a link to {target}, which does not exist: botsterk does not take that for an empty file; bring back the file it points to, or remove the link",
    not_text: "the argument {arg} is not valid text (UTF-8); type it again, or rename the folder or file it names",
    no_terminal: "the coach needs a terminal, and there is none here (started from cron, a pipe or ssh without -t). Without one these commands work: plan, history, log, weight, profile, restore, demo, completions, man (see botsterk --help).",
    demo_not_empty: "{dir} already holds {file}; demo writes only into an empty data folder and never touches a real record. Try another folder: botsterk --data-dir /tmp/botsterk-demo demo",
    terminal_gone: "botsterk: the terminal went away. Every finished set is kept and offered again at the next start.",
    not_a_folder: "the data folder {path} is a file, not a folder: botsterk keeps its files in a folder of that name. Nothing was changed. Move the file away, or give another folder with --data-dir DIR.",
    profile_damaged: "The profile {path} (your set-up answers) cannot be read: {reason}. botsterk has not changed it: fix the file or move it away (set-up then runs again).",
    profile_newer: "The profile {path} (your set-up answers) was made by a newer botsterk (format version {found}; this one knows up to {known}). botsterk will not change it: please update botsterk.",
    journal_damaged: "The file of the unfinished session {path} cannot be read: {reason}. botsterk has not changed it.",
    too_large: "The history file {path} holds a number no one does: {what}. botsterk has not changed it. Correct that number in the file, or restore a backup.",
    too_large_value: "{field} = {value} in {place} (at most {max})",
    place_session: "the session of {date}",
    place_exercise: ", {exercise}",
    place_set: ", set {set}",
    read_only: "! Read-only data folder: you can look, but nothing can be saved",

    key_undo: "undo",
    undo_title: "Undo the last change?",
    undo_question: "The history goes back to how it was before your last change here, as kept in {path}",
    undo_backup: "The history as it is now is kept as a backup too.",
    undone: "✔ Undone. The history as it was before the undo is kept in {path}",
};

pub const NL: DataTexts = DataTexts {
    set_aside_title: "Een onafgemaakte training kon niet gelezen worden: {reason}.",
    set_aside_where: "Hij is ongewijzigd bewaard als {path}",
    set_aside_todo: "Een nieuwere botsterk kan hem misschien lezen; verwijder hem als je hem niet meer nodig hebt. Nieuwe trainingen worden gewoon bewaard.",
    reason_damaged: "het bestand is beschadigd ({detail})",
    reason_newer: "een nieuwere botsterk heeft het geschreven (versie {version})",
    not_regular: "{path} is geen gewoon bestand (maar een map, een named pipe of een apparaat): botsterk opent het niet; zet het opzij",
    dangling_link: "{path} is een koppeling naar {target}, dat niet bestaat: botsterk ziet dat niet aan voor een leeg bestand; zet het bestand terug waar de koppeling naar wijst, of verwijder de koppeling",
    not_text: "het argument {arg} is geen geldige tekst (UTF-8); typ het opnieuw, of geef de map of het bestand dat het noemt een andere naam",
    no_terminal: "de coach heeft een terminal nodig, en die is er hier niet (gestart vanuit cron, een pipe of ssh zonder -t). Zonder terminal werken deze commando's: plan, history, log, weight, profile, restore, demo, completions, man (zie botsterk --help).",
    demo_not_empty: "{dir} bevat al {file}; demo schrijft alleen in een lege gegevensmap en komt nooit aan echte gegevens. Kies een andere map: botsterk --data-dir /tmp/botsterk-demo demo",
    terminal_gone: "botsterk: de terminal is verdwenen. Elke afgemaakte serie is bewaard en wordt bij de volgende start weer aangeboden.",
    not_a_folder: "de gegevensmap {path} is een bestand, geen map: botsterk bewaart zijn bestanden in een map met die naam. Er is niets veranderd. Zet het bestand opzij, of geef een andere map met --data-dir MAP.",
    profile_damaged: "Het profiel {path} (je antwoorden bij het instellen) is niet te lezen: {reason}. botsterk heeft het niet veranderd: herstel het bestand of zet het opzij (dan volgen de vragen opnieuw).",
    profile_newer: "Het profiel {path} (je antwoorden bij het instellen) is gemaakt door een nieuwere botsterk (versie {found}; deze kent tot en met {known}). botsterk verandert het niet: werk botsterk bij.",
    journal_damaged: "Het bestand van de onafgemaakte training {path} is niet te lezen: {reason}. botsterk heeft het niet veranderd.",
    too_large: "Het logboek {path} bevat een getal dat niemand haalt: {what}. botsterk heeft het niet veranderd. Verbeter dat getal in het bestand, of zet een reservekopie terug.",
    too_large_value: "{field} = {value} in {place} (hoogstens {max})",
    place_session: "de training van {date}",
    place_exercise: ", {exercise}",
    place_set: ", serie {set}",
    read_only: "! Gegevensmap is alleen-lezen: kijken kan, maar niets wordt bewaard",

    key_undo: "ongedaan maken",
    undo_title: "Laatste wijziging ongedaan maken?",
    undo_question: "Het logboek wordt weer zoals het was vóór je laatste wijziging hier, zoals bewaard in {path}",
    undo_backup: "Het logboek zoals het nu is, wordt ook als reservekopie bewaard.",
    undone: "✔ Ongedaan gemaakt. Het logboek van vóór het ongedaan maken is bewaard in {path}",
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
