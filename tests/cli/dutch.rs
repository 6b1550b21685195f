//! Issue 27, item 1: every word a user types may be Dutch, whatever the screen language.
//! The commands by their Dutch names, every value word in both languages; what is written
//! (JSON, the profile, the history) keeps the English words.

use crate::common::{Data, days_ago};

fn date(days: u64) -> String {
    days_ago(days).format("%Y-%m-%d").to_string()
}

fn stderr_of(data: &Data, args: &[&str]) -> String {
    let out = data.bare_cmd().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_dutch_user_types_only_dutch_words() {
    let data = Data::new();
    // In English screens too: the words are taken whatever the language.
    for lang in ["nl", "en"] {
        data.bare_cmd()
            .args(["--lang", lang, "profiel", "--bone-status", "osteoporose"])
            .args([
                "--cleared-for-impact",
                "nee",
                "--program",
                "gevorderd",
                "--yes",
            ])
            .args(["--units", "kilo", "--sound", "bel", "--counting", "tempo"])
            .args(["--warm-up", "ja"])
            .assert()
            .success();
    }
    let profile = data.json(&["instellingen", "--json"]);
    assert_eq!(profile["bone_status"], "osteoporosis", "{profile}");
    assert_eq!(profile["cleared_for_impact"], false, "{profile}");
    assert_eq!(profile["program"], "advanced", "{profile}");
    assert_eq!(profile["units"], "kg", "{profile}");
    assert_eq!(profile["sound"], "bell", "{profile}");
    assert_eq!(profile["counting"], "paced", "{profile}");
    let written = std::fs::read_to_string(data.profile()).unwrap();
    assert!(written.contains("\"osteoporosis\""), "{written}");
    assert!(!written.contains("osteoporose"), "{written}");

    data.bare_cmd()
        .args(["--lang", "nl", "noteer", "--yes", "--date", &date(3)])
        .args(["--program", "gevorderd", "goblet-squat@8kg:12,12,5:pijn"])
        .assert()
        .success();
    data.bare_cmd()
        .args(["--lang", "nl", "gewicht", "deadlift", "2"])
        .assert()
        .success();
    let plan = data.stdout(&["--lang", "nl", "plan"]);
    assert!(
        plan.contains("botsterk pijncheck goblet-squat nagekeken|nog-niet|weglaten"),
        "{plan}"
    );
    data.bare_cmd()
        .args(["--lang", "nl", "pijncheck", "goblet-squat", "nog-niet"])
        .assert()
        .success();
    data.bare_cmd()
        .args(["--lang", "en", "pijncheck", "goblet-squat", "Nagekeken"])
        .assert()
        .success();
    let history = std::fs::read_to_string(data.history()).unwrap();
    assert!(history.contains("\"not_yet\""), "{history}");
    assert!(history.contains("\"ok\""), "{history}");
    assert!(!history.contains("nagekeken"), "{history}");

    let weeks = data.json(&["logboek", "--json"]);
    assert!(weeks["weeks"].is_array(), "{weeks}");
    for args in [
        &["vandaag", "--short", "--ascii"][..],
        &["herstel", "--list"],
        &["verslag", "--out", "-"],
    ] {
        data.stdout(args);
    }
    data.bare_cmd()
        .args(["herinner", "--resume"])
        .assert()
        .success();
}

#[test]
fn a_refused_value_lists_the_words_of_the_users_language() {
    let data = Data::new();
    let nl = stderr_of(&data, &["--lang", "nl", "profiel", "--bone-status", "zwak"]);
    assert!(
        nl.contains("geen, osteopenie, osteoporose, onbekend"),
        "{nl}"
    );
    assert!(nl.contains("profiel --help"), "{nl}");
    let en = stderr_of(&data, &["--lang", "en", "profile", "--bone-status", "weak"]);
    assert!(
        en.contains("none, osteopenia, osteoporosis, unknown"),
        "{en}"
    );
    let nl = stderr_of(&data, &["--lang", "nl", "pijncheck", "plank", "misschien"]);
    assert!(nl.contains("nagekeken, nog-niet, weglaten"), "{nl}");
    assert!(nl.contains("pijncheck opdrukken nagekeken"), "{nl}");
}

#[test]
fn a_set_that_is_not_a_count_is_refused_in_dutch() {
    let data = Data::new();
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "noteer", "plank:dertig"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("aantal seconden (zoals 30s)"), "{stderr}");
    assert!(!stderr.contains("seconds"), "{stderr}");
}

#[test]
fn demo_speaks_dutch() {
    let data = Data::new();
    let out = data.stdout(&["--lang", "nl", "demo", "--years", "1"]);
    assert!(out.contains("Een verzonnen logboek geschreven"), "{out}");
    assert!(out.contains("logboek`"), "{out}");
    assert!(!out.contains("Wrote"), "{out}");
}

#[test]
fn help_and_completions_list_the_dutch_words() {
    let data = Data::new();
    let help = data.stdout(&["--lang", "nl", "--help"]);
    for name in [
        "logboek",
        "noteer",
        "gewicht",
        "pijncheck",
        "verslag",
        "herinner",
    ] {
        assert!(help.contains(name), "{name}: {help}");
    }
    let help = data.stdout(&["--lang", "nl", "profiel", "--help"]);
    assert!(
        help.contains("geen, osteopenie, osteoporose, onbekend; of in het Engels: none"),
        "{help}"
    );
    let help = data.stdout(&["--lang", "en", "profile", "--help"]);
    assert!(help.contains("In Dutch: geen, osteopenie"), "{help}");
    let bash = data.stdout(&["completions", "bash"]);
    for word in [
        "logboek",
        "nagekeken",
        "weglaten",
        "osteoporose",
        "gevorderd",
    ] {
        assert!(bash.contains(word), "{word} is not completed");
    }
    let fish = data.stdout(&["completions", "fish"]);
    assert!(fish.contains("pain-check pijncheck"), "{fish}");
    assert!(bash.contains("botsterk,logboek)"), "{bash}");
}

/// Issue 27, item 3: `--leave-out` and `--include` take ids and names in both languages.
#[test]
fn exercises_are_left_out_and_brought_back_by_name() {
    let data = Data::new();
    let left_out = |data: &Data| -> Vec<String> {
        let profile = data.json(&["profiel", "--json"]);
        profile["left_out"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    data.bare_cmd()
        .args(["--lang", "nl", "profiel", "--leave-out", "hielheffen"])
        .args(["--leave-out", "Chair squats", "--leave-out", "stomp"])
        .assert()
        .success();
    assert_eq!(left_out(&data), ["heel-raise", "chair-squat", "stomp"]);
    let plan = data.json(&["plan", "--json"]);
    let excluded: Vec<&str> = plan["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["id"].as_str())
        .collect();
    assert!(excluded.contains(&"heel-raise"), "{plan}");
    // Twice is once.
    data.cmd()
        .args(["profile", "--leave-out", "heel-raise"])
        .assert()
        .success();
    assert_eq!(left_out(&data), ["heel-raise", "chair-squat", "stomp"]);
    data.cmd()
        .args([
            "profile",
            "--include",
            "Hielheffen",
            "--include",
            "stoelsquats",
        ])
        .assert()
        .success();
    assert_eq!(left_out(&data), ["stomp"]);

    // A word that names no exercise: refused, with a near miss and the names, nothing written.
    let before = std::fs::read(data.profile()).unwrap();
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "profiel", "--include", "hielhefen"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("Bedoel je heel-raise?"), "{stderr}");
    assert!(stderr.contains("heel-raise (Hielheffen)"), "{stderr}");
    let out = data
        .cmd()
        .args(["profile", "--include", "stomp", "--leave-out", "stampen"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(data.profile()).unwrap(), before);
}

/// Issue 27, item 5 in part: `profile --name` puts the name on the report, `report --paper
/// letter` lays it out for Letter (A4 otherwise).
#[test]
fn the_report_names_the_user_and_takes_its_paper() {
    let data = Data::new();
    data.bare_cmd()
        .args(["--lang", "nl", "profiel", "--name", "  Ann   de Vries "])
        .assert()
        .success();
    let profile = data.json(&["profile", "--json"]);
    assert_eq!(profile["name"], "Ann de Vries", "{profile}");
    let shown = data.stdout(&["--lang", "nl", "profiel"]);
    assert!(shown.contains("Naam op het verslag"), "{shown}");
    let a4 = data.stdout(&["verslag", "--out", "-"]);
    assert!(a4.contains("size: A4"), "A4 by default");
    assert!(a4.contains("Ann de Vries"));
    let letter = data.stdout(&["report", "--paper", "letter", "--out", "-"]);
    assert!(letter.contains("size: letter"));
    data.cmd()
        .args(["profile", "--name", ""])
        .assert()
        .success();
    let profile = data.json(&["profile", "--json"]);
    assert!(profile.get("name").is_none(), "{profile}");
}
