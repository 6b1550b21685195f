//! Issue 30: the test day and the falls diary on the command line: `log` takes test
//! results (and refuses what is not one), `test` shows them against their norms, `fall`
//! records falls and near falls, holds progression after an injury until `--all-right`,
//! `plan --json` has `test_day` and `profile` the two answers the norms need. Every run
//! at the tests' fixed date (Wednesday 9 December 2026).

use crate::common::{Data, today};
use serde_json::{Value, json};

fn file(data: &Data) -> Value {
    serde_json::from_slice(&data.history_bytes().unwrap()).unwrap()
}

fn woman_of_1954(data: &Data) {
    data.cmd()
        .args(["profile", "--birth-year", "1954", "--sex", "female"])
        .assert()
        .success();
}

#[test]
fn profile_keeps_year_of_birth_and_sex_and_shows_them_in_json() {
    let data = Data::new();
    data.cmd()
        .args(["profile", "--birth-year", "1950", "--sex", "vrouw"])
        .assert()
        .success();
    let json = data.json(&["profile", "--json"]);
    assert_eq!(
        (json["birth_year"].clone(), json["sex"].clone()),
        (json!(1950), json!("female"))
    );
    data.cmd()
        .args(["profile", "--sex", "rather-not-say"])
        .assert()
        .success();
    let json = data.json(&["profile", "--json"]);
    assert_eq!(json["sex"], json!("rather_not_say"));
    assert_eq!(
        json["birth_year"],
        json!(1950),
        "one answer leaves the other"
    );
    let text = data.stdout(&["--lang", "nl", "profile"]);
    assert!(text.contains("Geboortejaar"), "{text}");
    assert!(text.contains("zeg ik liever niet"), "{text}");
    let out = data
        .cmd()
        .args(["profile", "--birth-year", "1850"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn logged_results_are_records_of_their_own_placed_against_the_norms() {
    let data = Data::new();
    woman_of_1954(&data);
    let said = data.stdout(&[
        "--lang",
        "en",
        "log",
        "chair-stand:12",
        "balance-test:tandem",
        "tug:9.4s",
        "grip:22kg",
    ]);
    // 2026 - 1954 = 72: women 70-74.
    assert!(
        said.contains(
            "12 stands: in the usual range for women 70-74 (10-15; CDC STEADI, Rikli & Jones 1999)"
        ),
        "{said}"
    );
    assert!(
        said.contains("the tandem stand held for 10 s (CDC STEADI)"),
        "{said}"
    );
    assert!(said.contains("9.4 s: under 12 s"), "{said}");
    assert!(said.contains("22 kg: not below 16 kg"), "{said}");
    let f = file(&data);
    assert_eq!(f["sessions"], json!([]), "never a session");
    assert!(f.get("practice").is_none(), "never a practice");
    let tests = f["tests"].as_array().unwrap();
    assert_eq!(tests.len(), 4);
    assert_eq!(
        tests[1],
        json!({"date": today().to_string(), "kind": "balance-test", "value": 3.0,
               "unit": "stages", "stage": "tandem", "logged": true, "note": null})
    );
    assert_eq!(tests[0]["used_arms"], json!(false));
    // Nothing counts toward the week.
    let plan = data.json(&["--lang", "en", "plan", "--json"]);
    assert_eq!(plan["week"]["sessions"], json!(0));
    assert_eq!(
        plan["test_day"],
        json!({"due": "2027-01-20", "last": today().to_string(),
               "kinds": ["chair-stand", "balance-test", "tug", "grip"]})
    );
}

#[test]
fn below_the_range_asks_to_talk_it_over_and_never_diagnoses_in_either_language() {
    let data = Data::new();
    woman_of_1954(&data);
    let said = data.stdout(&[
        "--lang",
        "nl",
        "noteer",
        "stoeltest:9",
        "balanstest:half-tandem",
    ]);
    assert!(
        said.contains("9 keer opgestaan: onder het gebruikelijke bereik voor vrouwen van 70-74 (10-15). Bespreek het met je fysiotherapeut of huisarts (CDC STEADI, Rikli & Jones 1999)."),
        "{said}"
    );
    assert!(
        said.contains("de tandemstand niet 10 s volgehouden"),
        "{said}"
    );
    let en = data.stdout(&["--lang", "en", "test"]);
    assert!(
        en.contains("Talk it over with your physiotherapist or doctor"),
        "{en}"
    );
    for word in ["risk", "sarcopenia", "frail", "diagnos"] {
        assert!(!en.to_lowercase().contains(word), "{word} in {en}");
    }
}

#[test]
fn without_the_profiles_answers_only_the_number_and_how_to_add_them() {
    let data = Data::new();
    let said = data.stdout(&["--lang", "en", "log", "chair-stand:12"]);
    assert!(
        said.contains("12 stands (for the published norms: botsterk profile --birth-year"),
        "{said}"
    );
    let json = data.json(&["--lang", "en", "test", "--json"]);
    assert_eq!(json["tests"][0]["placed"], Value::Null);
    assert_eq!(json["tests"][0]["last"]["value"], json!(12.0));
    // Rather not say: no chair-stand norm, though the age is known.
    data.cmd()
        .args(["profile", "--birth-year", "1950", "--sex", "rather-not-say"])
        .assert()
        .success();
    let json = data.json(&["--lang", "en", "test", "--json"]);
    assert_eq!(json["tests"][0]["placed"], Value::Null);
}

#[test]
fn test_says_what_it_does_without_a_screen() {
    let data = Data::new();
    let text = data.stdout(&["--lang", "en", "test"]);
    for part in [
        "Next test day: today.",
        "No test day yet",
        "1. 30-second chair stand (CDC STEADI, Rikli & Jones 1999)",
        "2. 4-stage balance test (CDC STEADI)",
        "3. Timed Up and Go (CDC STEADI, Bohannon 2006), optional: someone nearby",
        "4. Grip strength (EWGSOP2, Cruz-Jentoft 2019), optional: a grip dynamometer",
        "botsterk log chair-stand:12",
    ] {
        assert!(text.contains(part), "{part} not in {text}");
    }
    let nl = data.stdout(&["--lang", "nl", "testdag"]);
    assert!(nl.contains("Volgende testdag: vandaag."), "{nl}");
    let json = data.json(&["--lang", "en", "test", "--json"]);
    assert_eq!(json["test_day"]["due"], json!(today().to_string()));
    assert_eq!(json["tests"].as_array().unwrap().len(), 4);
    assert!(data.history_bytes().is_none(), "test only reads");
}

#[test]
fn test_results_are_refused_with_what_was_typed_and_nothing_written() {
    let data = Data::new();
    data.cmd().args(["log", "tug:10s"]).assert().success();
    for (lang, args, part) in [
        (
            "en",
            &["log", "chair-stand:61"][..],
            "\"chair-stand:61\" is not a test result",
        ),
        (
            "en",
            &["log", "balance-test:wobbly"][..],
            "none, side-by-side, semi-tandem",
        ),
        ("en", &["log", "tug:0s"][..], "seconds, 1 to 120"),
        ("nl", &["log", "knijpkracht:zwaar"][..], "kg, 1 tot 100"),
        ("en", &["log", "grip:20", "grip:21"][..], "twice"),
        (
            "en",
            &["log", "grip:20", "chair-squat:10"][..],
            "on their own",
        ),
        (
            "en",
            &["log", "--program", "beginner", "grip:20"][..],
            "--program",
        ),
        ("en", &["log", "--date", "tomorrow", "grip:20"][..], ""),
        ("en", &["log", "tug:11s"][..], "log --again tug:11s"),
    ] {
        let message = data.refused(lang, args);
        assert!(message.contains(part), "{args:?}: {message}");
    }
    data.cmd()
        .args(["log", "--again", "tug:11s"])
        .assert()
        .success();
    assert_eq!(file(&data)["tests"].as_array().unwrap().len(), 2);
}

#[test]
fn tests_are_exported_and_undone_like_every_record() {
    let data = Data::new();
    data.cmd()
        .args(["log", "--date", "yesterday", "chair-squat:10,10"])
        .assert()
        .success();
    data.cmd()
        .args(["log", "chair-stand:arms", "grip:22,5kg"])
        .assert()
        .success();
    let csv = data.stdout(&["--lang", "en", "history", "--csv"]);
    let rows: Vec<&str> = csv.lines().collect();
    assert!(
        rows.contains(&format!("{},,test/chair-stand,1,0,,,,test,,,,", today()).as_str()),
        "{csv}"
    );
    assert!(
        rows.contains(&format!("{},,test/grip,1,,,22.5,,test,,,,", today()).as_str()),
        "{csv}"
    );
    let json = data.json(&["--lang", "en", "history", "--json"]);
    assert_eq!(json["tests"][0]["used_arms"], json!(true));
    // The backup made before the test results holds the history without them: bringing
    // it back undoes them, as for every record.
    let mut backups: Vec<_> = std::fs::read_dir(data.dir.join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    backups.sort();
    let newest = backups.last().unwrap();
    data.cmd().args(["restore", newest]).assert().success();
    let back = file(&data);
    assert!(back.get("tests").is_none(), "{back}");
    assert_eq!(back["sessions"].as_array().unwrap().len(), 1);
}

#[test]
fn a_fall_with_an_injury_says_call_the_doctor_and_holds_progression_until_all_right() {
    let data = Data::new();
    data.at_the_top(3, "goblet-squat", 8.0, 12);
    let before = data.json(&["--lang", "en", "plan", "--json"]);
    let squat = |plan: &Value| {
        plan["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "goblet-squat")
            .cloned()
            .unwrap()
    };
    assert!(
        before["prompts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "increase_weight"),
        "at the top: a raise is asked before the fall"
    );
    let said = data.stdout(&[
        "--lang",
        "en",
        "fall",
        "--where",
        "stairs",
        "--what",
        "tripped",
        "--injury",
        "bruise",
        "--got-up-alone",
        "yes",
        "--part-of-day",
        "morning",
        "--note",
        "wet step",
    ]);
    assert!(said.contains("a fall, Wednesday 9 December 2026, in the morning, on the stairs, tripped, a bruise, got up alone, \"wet step\""), "{said}");
    assert!(said.contains("Call your doctor (huisarts) today"), "{said}");
    let held = data.json(&["--lang", "en", "plan", "--json"]);
    assert_eq!(held["after_fall"], json!(today().to_string()));
    assert!(
        !held["prompts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "increase_weight"),
        "{held}"
    );
    assert!(squat(&held)["weight_kg"].as_f64() <= Some(8.0));
    assert!(squat(&held)["reps"].as_u64() <= Some(12));
    let text = data.stdout(&["--lang", "en", "plan"]);
    assert!(
        text.contains("no strength exercise is made harder until you say you are all right"),
        "{text}"
    );
    let f = file(&data);
    assert_eq!(
        f["falls"][0],
        json!({"date": today().to_string(), "kind": "fall", "part_of_day": "morning",
               "place": "stairs", "what": "tripped", "injury": "bruise", "got_up_alone": true,
               "note": "wet step"})
    );
    let ok = data.stdout(&["--lang", "nl", "val", "--all-right"]);
    assert!(ok.contains("Fijn om te horen"), "{ok}");
    assert_eq!(
        file(&data)["falls"][0]["all_right"],
        json!(today().to_string())
    );
    let after = data.json(&["--lang", "en", "plan", "--json"]);
    assert!(after.get("after_fall").is_none());
    assert!(
        after["prompts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "increase_weight")
    );
    let again = data.stdout(&["--lang", "en", "fall", "--all-right"]);
    assert!(again.contains("nothing to change"), "{again}");
}

#[test]
fn not_getting_up_alone_holds_too_and_a_near_fall_does_not() {
    let data = Data::new();
    let near = data.stdout(&[
        "--lang", "nl", "val", "--near", "--date", "gisteren", "--what", "duizelig",
    ]);
    assert!(
        near.contains("een bijna-val, dinsdag 8 december 2026, duizelig"),
        "{near}"
    );
    assert!(
        !near.contains("huisarts vandaag") && !near.contains("Bel vandaag"),
        "{near}"
    );
    assert!(
        data.json(&["--lang", "en", "plan", "--json"])
            .get("after_fall")
            .is_none()
    );
    let fell = data.stdout(&[
        "--lang",
        "en",
        "fall",
        "--got-up-alone",
        "no",
        "--minutes-on-floor",
        "40",
    ]);
    assert!(
        fell.contains("did not get up alone, about 40 min on the floor"),
        "{fell}"
    );
    assert!(fell.contains("Call your doctor"), "{fell}");
    assert_eq!(
        data.json(&["--lang", "en", "plan", "--json"])["after_fall"],
        json!(today().to_string())
    );
    let list = data.stdout(&["--lang", "en", "fall", "--list"]);
    assert!(
        list.contains("come to rest on the ground, floor or a lower level"),
        "{list}"
    );
    assert_eq!(
        data.json(&["--lang", "en", "history", "--json"])["falls"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let message = data.refused("en", &["fall", "--near", "--minutes-on-floor", "3"]);
    assert!(message.contains("near fall"), "{message}");
    data.refused("en", &["fall", "--where", "kitchen"]);
    data.refused("en", &["fall", "--date", "tomorrow"]);
}
