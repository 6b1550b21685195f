//! `botsterk profile`: showing, setting with flags, refusing wrong values; and what the
//! profile does to `plan --json` (safety) and to the language.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

use crate::common::Data;

fn read(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

#[test]
fn flags_set_the_profile_and_json_shows_it() {
    let data = Data::new();
    let before = data.json(&["profile", "--json"]);
    assert_eq!(before["configured"], false);
    assert!(read(&data.profile()).is_none(), "showing writes nothing");
    let after = data.json(&[
        "profile",
        "--bone-status",
        "osteoporosis",
        "--cleared-for-impact",
        "no",
        "--program",
        "advanced",
        "--yes",
        "--weekly-target",
        "2",
        "--units",
        "lb",
        "--lang",
        "nl",
        "--rest-seconds",
        "90",
        "--owned-weights",
        // In kg on purpose beside --units lb (a bare number would be lb).
        "8kg,2kg,4kg,6kg",
        "--json",
    ]);
    assert_eq!(after["configured"], true);
    assert_eq!(after["bone_status"], "osteoporosis");
    assert_eq!(after["cleared_for_impact"], false);
    assert_eq!(after["program"], "advanced");
    assert_eq!(after["weekly_target"], 2);
    assert_eq!(after["units"], "lb");
    assert_eq!(after["lang"], "nl");
    assert_eq!(after["rest_seconds"], 90);
    assert_eq!(
        after["owned_weights_kg"],
        serde_json::json!([2.0, 4.0, 6.0, 8.0])
    );
    // One flag later changes only that answer.
    let again = data.json(&["profile", "--cleared-for-impact", "yes", "--json"]);
    assert_eq!(again["cleared_for_impact"], true);
    assert_eq!(again["weekly_target"], 2);
}

#[test]
fn wrong_values_exit_2_naming_the_allowed_ones_and_write_nothing() {
    let data = Data::new();
    data.bare_cmd()
        .args(["profile", "--weekly-target", "3"])
        .assert()
        .success();
    let before = read(&data.profile()).unwrap();
    for (args, allowed) in [
        (&["--bone-status", "weak"][..], "osteopenia"),
        (&["--cleared-for-impact", "maybe"][..], "yes"),
        (&["--program", "expert"][..], "advanced"),
        (&["--weekly-target", "5"][..], "from 2 to 4"),
        (&["--units", "stone"][..], "lb"),
        (&["--rest-seconds", "5"][..], "from 15 to 300"),
        (&["--owned-weights", "2,heavy"][..], "between 0 and 300"),
    ] {
        let out = data.bare_cmd().arg("profile").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(allowed), "{args:?}: {stderr}");
        assert_eq!(read(&data.profile()).unwrap(), before, "{args:?}");
    }
}

#[test]
fn osteoporosis_without_clearance_shows_in_the_plan() {
    let data = Data::new();
    data.bare_cmd()
        .args([
            "profile",
            "--bone-status",
            "osteoporosis",
            "--program",
            "advanced",
        ])
        .assert()
        .code(2);
    // Asked first, naming the cautions (issue 24, design 7); --yes switches.
    let out = data
        .bare_cmd()
        .args(["--lang", "en", "profile", "--bone-status", "osteoporosis"])
        .args(["--program", "advanced"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        said.contains("deadlift") && said.contains("overhead press") && said.contains("--yes"),
        "{said}"
    );
    data.bare_cmd()
        .args(["profile", "--bone-status", "osteoporosis"])
        .args(["--program", "advanced", "--yes"])
        .assert()
        .success();
    let plan = data.json(&["--lang", "en", "plan", "--json"]);
    let ids: Vec<&str> = plan["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["goblet-squat", "deadlift", "overhead-press"]);
    assert_eq!(plan["excluded"][0]["id"], "stomp");
    assert!(
        plan["excluded"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("osteoporosis")
    );
    assert!(
        plan["exercises"][1]["caution"]
            .as_str()
            .unwrap()
            .contains("back")
    );
    assert_eq!(plan["exercises"][0]["caution"], Value::Null);
    // Cleared: stomping is back; the deadlift keeps its caution.
    data.bare_cmd()
        .args(["profile", "--cleared-for-impact", "yes"])
        .assert()
        .success();
    let plan = data.json(&["--lang", "en", "plan", "--json"]);
    assert_eq!(plan["exercises"].as_array().unwrap().len(), 4);
    assert_eq!(plan["excluded"], serde_json::json!([]));
    assert!(plan["exercises"][1]["caution"].is_string());
}

#[test]
fn the_language_is_the_flag_else_the_profile_else_the_locale() {
    let data = Data::new();
    let text = |cmd: &mut Command| String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    // No flag, no profile, LANG=C: English.
    assert!(text(data.bare_cmd().arg("plan")).contains("This week"));
    // The locale: Dutch.
    assert!(text(data.bare_cmd().env("LANG", "nl_NL.UTF-8").arg("plan")).contains("Deze week"));
    // The profile beats the locale.
    data.bare_cmd()
        .args(["--lang", "en", "profile"])
        .assert()
        .success();
    let nl_locale = text(data.bare_cmd().env("LANG", "nl_NL.UTF-8").arg("plan"));
    assert!(nl_locale.contains("This week"), "{nl_locale}");
    // The flag beats the profile.
    assert!(text(data.bare_cmd().args(["--lang", "nl", "plan"])).contains("Deze week"));
}

#[test]
fn a_damaged_profile_stops_every_command_and_is_left_alone() {
    let data = Data::new();
    std::fs::create_dir_all(&data.dir).unwrap();
    std::fs::write(data.profile(), b"{\"version\": 1, \"lang\": ").unwrap();
    for args in [&["plan"][..], &["profile", "--weekly-target", "2"][..]] {
        let out = data.bare_cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("profile.json"), "{stderr}");
    }
    assert_eq!(
        read(&data.profile()).unwrap(),
        b"{\"version\": 1, \"lang\": "
    );
}

#[test]
fn pounds_are_shown_when_chosen_and_kg_stay_in_the_json() {
    let data = Data::new();
    data.bare_cmd()
        .args(["profile", "--units", "lb", "--program", "advanced"])
        .assert()
        .success();
    let out = data
        .bare_cmd()
        .args(["--lang", "en", "plan"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // The first weight question proposes the catalog's 4 kg start for goblet squats.
    // The catalog's 4 kg start (8.8 lb), proposed as lb on the user's grid: 8.5 lb.
    assert!(text.contains("8.5 lb"), "{text}");
    let plan = data.json(&["--lang", "en", "plan", "--json"]);
    assert_eq!(plan["prompts"][0]["to_kg"], 3.856);
}

#[test]
fn log_and_weight_speak_dutch_too() {
    let data = Data::new();
    let today = crate::common::today().to_string();
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "log", "--date", &today, "chair-squat:12,12"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Vastgelegd"), "{text}");
    let out = data
        .bare_cmd()
        .args([
            "--lang",
            "nl",
            "log",
            "--date",
            &today,
            "chair-squat:12:meh",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gevoel 'meh'"), "{err}");
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "weight", "goblet-squat", "8"])
        .output()
        .unwrap();
    // 8 kg as a first goblet squat weight is asked about (usually 4 kg), in Dutch too.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("zwaar eerste gewicht"), "{err}");
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "weight", "goblet-squat", "6"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("vanaf nu 6 kg"), "{text}");
}

#[test]
fn help_summaries_in_dutch() {
    let data = Data::new();
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("Opdrachten:"), "{text}");
    assert!(text.contains("Het plan van vandaag"), "{text}");
    let out = data
        .bare_cmd()
        .env("LANG", "nl_NL.UTF-8")
        .args(["history", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Je weken"), "{text}");
    assert!(!data.dir.exists(), "help touches no data folder");
}

/// Set up with flags, the first start's screens (and their disclaimer) are skipped: the
/// flags that make the profile say it, once, in the user's language.
#[test]
fn the_flags_that_make_the_profile_say_it_is_not_medical_advice_once() {
    let data = Data::new();
    // Only showing the profile writes nothing and says nothing more (`--lang` would set
    // the profile's language: English here comes from the locale).
    let shown = data.stdout(&["profile"]);
    assert!(!shown.contains("not medical advice"), "{shown}");

    let first = data.stdout(&["profile", "--weekly-target", "3"]);
    assert!(
        first.starts_with(
            "Before you start: botsterk gives general guidance on exercise, not medical advice."
        ),
        "{first}"
    );
    assert_eq!(first.matches("not medical advice").count(), 1, "{first}");
    for args in [
        &["profile", "--weekly-target", "2"][..],
        &["profile"][..],
        &["--lang", "en", "profile", "--units", "kg", "--json"][..],
    ] {
        let later = data.stdout(args);
        assert!(!later.contains("medical advice"), "{args:?}: {later}");
    }

    // In Dutch, and in the JSON for scripts (its own field; the JSON stays JSON).
    let dutch = Data::new();
    let first = dutch.stdout(&["--lang", "nl", "profile", "--program", "beginner"]);
    assert!(first.starts_with("Voordat je begint: "), "{first}");
    assert!(first.contains("geen medisch advies"), "{first}");
    let json_first = Data::new();
    let json = json_first.json(&["--lang", "nl", "profile", "--units", "kg", "--json"]);
    assert!(
        json["disclaimer"]
            .as_str()
            .is_some_and(|d| d.contains("geen medisch advies")),
        "{json}"
    );
    let json = json_first.json(&["--lang", "nl", "profile", "--units", "kg", "--json"]);
    assert!(json.get("disclaimer").is_none(), "{json}");
}

/// profile.json never loses data: a field this botsterk does not know (a later version's,
/// or one added by hand) is written back as it was when a flag changes the profile, and a
/// profile without the record of answers (an older botsterk's) gets none.
#[test]
fn a_change_keeps_the_fields_it_does_not_know() {
    let data = Data::new();
    std::fs::create_dir_all(&data.dir).unwrap();
    std::fs::write(
        data.profile(),
        r#"{"version": 1, "lang": "en", "bone_status": "none", "cleared_for_impact": false,
  "program": "beginner", "weekly_target": 3, "units": "kg", "rest_seconds": 60,
  "owned_weights_kg": [], "bell": true, "posture": {"check_every": 3, "note": "by hand"}}"#,
    )
    .unwrap();
    data.stdout(&["profile", "--rest-seconds", "90"]);
    let written: Value = serde_json::from_slice(&read(&data.profile()).unwrap()).unwrap();
    assert_eq!(written["rest_seconds"], 90);
    assert_eq!(written["posture"]["check_every"], 3);
    assert_eq!(written["posture"]["note"], "by hand");
    assert!(written.get("answered").is_none(), "{written}");
}

/// Lists of weights as people type them: a decimal comma in a list of semicolons or
/// spaces, units after a space, a half; anything else refused naming the part.
#[test]
fn owned_weights_are_read_as_people_type_them() {
    for (typed, kg) in [
        ("1,5; 2; 3", serde_json::json!([1.5, 2.0, 3.0])),
        ("1.5 2 3", serde_json::json!([1.5, 2.0, 3.0])),
        ("1,5 kg; 2 kg", serde_json::json!([1.5, 2.0])),
        ("2½", serde_json::json!([2.5])),
        ("2,4,6", serde_json::json!([2.0, 4.0, 6.0])),
    ] {
        let data = Data::new();
        let after = data.json(&["profile", "--owned-weights", typed, "--json"]);
        assert_eq!(after["owned_weights_kg"], kg, "{typed}");
    }
    for (typed, part) in [
        ("1,5; 2; x3", "'x3'"),
        ("2; -1", "'-1'"),
        ("2 kilo", "'kilo'"),
    ] {
        let data = Data::new();
        for (lang, words) in [("en", "is not a weight"), ("nl", "is geen gewicht")] {
            let out = data
                .bare_cmd()
                .args(["--lang", lang, "profile"])
                .arg(format!("--owned-weights={typed}"))
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{typed}: {err}");
            assert!(err.contains(&format!("{part} {words}")), "{typed}: {err}");
            assert!(!data.profile().exists(), "{typed}");
        }
    }
}

/// Issue 32, item 5: bare numbers are in the profile's unit, as everywhere else a weight
/// is typed (`weight`, `log @W`, the settings): an lb user who types 5,10,15,20 owns
/// 5, 10, 15 and 20 lb, and sees them so; a unit after a number always wins; `--units` in
/// the same command decides.
#[test]
fn owned_weights_are_in_the_profiles_unit_unless_a_unit_is_typed() {
    let lb = 0.453_592_37;
    let data = Data::new();
    let after = data.json(&[
        "profile",
        "--units",
        "lb",
        "--owned-weights",
        "5,10,15,20",
        "--json",
    ]);
    let kg: Vec<f64> = serde_json::from_value(after["owned_weights_kg"].clone()).unwrap();
    for (got, want) in kg.iter().zip([5.0, 10.0, 15.0, 20.0]) {
        assert!((got - want * lb).abs() < 0.01, "{kg:?}");
    }
    let said = data.stdout(&["profile", "--owned-weights", "5,10,15,20"]);
    assert!(said.contains("5, 10, 15, 20 lb"), "{said}");
    // A unit typed wins; a bare number beside it is still lb.
    let after = data.json(&["profile", "--owned-weights", "2kg,10", "--json"]);
    let kg: Vec<f64> = serde_json::from_value(after["owned_weights_kg"].clone()).unwrap();
    assert!(
        (kg[0] - 2.0).abs() < 0.01 && (kg[1] - 10.0 * lb).abs() < 0.01,
        "{kg:?}"
    );
    // A kg profile reads bare numbers as kg, and --units in the same command decides.
    let after = data.json(&[
        "profile",
        "--units",
        "kg",
        "--owned-weights",
        "2,4",
        "--json",
    ]);
    assert_eq!(after["owned_weights_kg"], serde_json::json!([2.0, 4.0]));
}

/// Issue 26: profile.json is backed up before every change; a damaged one is no dead end:
/// `restore --profile` brings back the newest good backup, the damaged file kept aside.
#[test]
fn a_damaged_profile_comes_back_from_its_backup_with_restore_profile() {
    let data = Data::new();
    data.cmd()
        .args([
            "profile",
            "--owned-weights",
            "2,4,6",
            "--bone-status",
            "osteopenia",
        ])
        .assert()
        .success();
    data.cmd()
        .args(["profile", "--weekly-target", "3"])
        .assert()
        .success();
    std::fs::write(data.profile(), b"{ damaged").unwrap();
    let out = data.cmd().arg("plan").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("botsterk restore --profile"), "{err}");

    let out = data.cmd().args(["restore", "--profile"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("Your set-up answers are back from"), "{said}");
    let profile = data.json(&["profile", "--json"]);
    assert_eq!(
        profile["owned_weights_kg"],
        serde_json::json!([2.0, 4.0, 6.0])
    );
    assert_eq!(profile["bone_status"], "osteopenia");
    let aside: Vec<_> = std::fs::read_dir(&data.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("profile.json.replaced-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged profile is kept aside");
    assert_eq!(
        std::fs::read(data.dir.join(&aside[0])).unwrap(),
        b"{ damaged"
    );
    // With no backup at all: refused, nothing changed, in Dutch too.
    let fresh = Data::new();
    let out = fresh
        .bare_cmd()
        .args(["--lang", "nl", "restore", "--profile"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Er is geen reservekopie van het profiel")
    );
}
