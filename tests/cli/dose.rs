//! Issue 24 on the real binary: a first weight checked against the usual one for the bone
//! status, no "light start" heavier than the limit, a longer break never heavier.

use crate::common::{Data, days_ago};
use serde_json::Value;

fn plan(data: &Data) -> Value {
    data.json(&["--lang", "en", "plan", "--json"])
}

fn exercise<'a>(plan: &'a Value, id: &str) -> &'a Value {
    plan["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("{id} not planned: {plan}"))
}

fn profile(data: &Data, args: &[&str]) {
    data.cmd().arg("profile").args(args).assert().success();
}

fn advanced(data: &Data) {
    profile(data, &["--program", "advanced", "--yes"]);
}

#[test]
fn a_heavy_first_weight_is_asked_about_for_weaker_bones() {
    let data = Data::new();
    profile(&data, &["--bone-status", "osteoporosis"]);
    advanced(&data);
    for (id, kg) in [("overhead-press", "40"), ("deadlift", "100")] {
        let before = data.history_bytes();
        let out = data.cmd().args(["weight", id, kg]).assert().code(2);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(stderr.contains("heavy first weight"), "{stderr}");
        assert!(
            stderr.contains(&format!(
                "botsterk --data-dir {} weight {id} {kg} --yes",
                data.dir.display()
            )),
            "{stderr}"
        );
        assert_eq!(data.history_bytes(), before, "{id} {kg} was written");
    }
    // The usual first weight (1 kg for the press) and up to 2 kg above it: taken.
    data.cmd()
        .args(["weight", "overhead-press", "3"])
        .assert()
        .success();
    assert_eq!(exercise(&plan(&data), "overhead-press")["weight_kg"], 3.0);
    // Meant: taken.
    data.cmd()
        .args(["weight", "deadlift", "100", "--yes"])
        .assert()
        .success();
}

#[test]
fn osteoporosis_with_only_heavy_weights_gets_no_light_start_of_six_kg() {
    let data = Data::new();
    profile(
        &data,
        &["--bone-status", "osteoporosis", "--owned-weights", "6,10"],
    );
    advanced(&data);
    let p = plan(&data);
    let press = p["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["exercise"] == "overhead-press")
        .unwrap_or_else(|| panic!("no question: {p}"));
    assert_eq!(press["to_kg"], Value::Null, "{press}");
    assert_eq!(press["reason_code"], "first_weight_too_heavy", "{press}");
    let text = data.stdout(&["--lang", "en", "plan"]);
    assert!(!text.contains("A light start: 6 kg"), "{text}");
}

#[test]
fn a_longer_break_never_gives_a_heavier_weight() {
    for days in [27, 28] {
        let data = Data::new();
        advanced(&data);
        data.cmd()
            .args(["log", "--date", &days_ago(days).to_string()])
            .arg("overhead-press@2kg:12,12,12:right")
            .assert()
            .success();
        assert_eq!(
            exercise(&plan(&data), "overhead-press")["weight_kg"],
            1.0,
            "{days} days"
        );
    }
}

/// Issue 24, design 7: becoming osteoporosis asks a lighter-weight question for a weight
/// above the first-weight limit for weaker bones, once; answered, it is gone.
#[test]
fn becoming_osteoporosis_asks_about_a_heavy_weight() {
    let data = Data::new();
    profile(&data, &["--bone-status", "none"]);
    data.cmd()
        .args(["log", "--yes", "--date", &days_ago(3).to_string()])
        .arg("goblet-squat@10kg:10,10,10:right")
        .assert()
        .success();
    let asked = |data: &Data| {
        plan(data)["prompts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["reason_code"] == "bones_weaker")
            .cloned()
    };
    assert_eq!(asked(&data), None);
    profile(&data, &["--bone-status", "osteoporosis"]);
    let q = asked(&data).expect("asked");
    assert_eq!(
        (q["from_kg"].clone(), q["to_kg"].clone()),
        (10.0.into(), 2.0.into()),
        "{q}"
    );
    data.cmd()
        .args(["weight", "goblet-squat", "2"])
        .assert()
        .success();
    assert_eq!(asked(&data), None);
}
