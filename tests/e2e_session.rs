//! End-to-end: the real `botsterk` binary in a pseudo-terminal, its output fed into a
//! terminal emulator (vt100), driven with the keys a user would press.
//!
//! Every key waits for the screen it belongs to, and only whole frames are read
//! (tests/common/pty.rs): the tests never sleep a fixed time to let the app catch up, so
//! they are as fast as the app and do not flake on a slow machine. Each runs on the day
//! it names, [`DEFAULT_AT`] unless it says otherwise.

mod common;

use std::path::Path;
use std::sync::{OnceLock, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use common::pty::{
    BACKSPACE, DEFAULT_PROFILE, DOWN, ENTER, POLL, SPACE, Start, Tui, WAIT, has_count, wait_for,
};
use common::{At, DEFAULT_AT};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use serde_json::Value;
use tui_big_text::{BigText, PixelSize};

/// The seconds held, from "7 of 20 seconds" on the hold screen.
fn held_seconds(screen: &str) -> Option<u32> {
    let at = screen.find(" of 20 seconds")?;
    let digits: String = screen[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

/// The rows of `n` drawn in big digits as the app draws them, each row trimmed.
fn big_rows(n: u32) -> Vec<String> {
    let area = Rect::new(0, 0, 78, 8);
    let mut buf = Buffer::empty(area);
    BigText::builder()
        .pixel_size(PixelSize::Full)
        .lines(vec![Line::from(n.to_string())])
        .centered()
        .build()
        .render(area, &mut buf);
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .collect()
}

/// The number shown in big digits (the rest countdown), read back from the glyphs.
fn big_number(screen: &str) -> Option<u32> {
    static GLYPHS: OnceLock<Vec<(u32, Vec<String>)>> = OnceLock::new();
    let glyphs = GLYPHS.get_or_init(|| (0..=400).map(|n| (n, big_rows(n))).collect());
    let rows: Vec<&str> = screen.lines().map(str::trim).collect();
    glyphs.iter().find_map(|(n, glyph)| {
        rows.windows(glyph.len())
            .any(|window| window.iter().zip(glyph).all(|(a, b)| a == b))
            .then_some(*n)
    })
}

/// What the session's tests do on its screens.
impl Tui {
    fn wait_count(&self, done: u32, target: u32) -> String {
        self.wait_until(&format!("the count {done} / {target}"), |s| {
            has_count(s, done, target)
        })
    }

    /// Presses Space `n` times, each time waiting for the count to go up.
    fn count_reps(&mut self, from: u32, n: u32, target: u32) {
        for done in from + 1..=from + n {
            self.press(SPACE);
            self.wait_count(done, target);
        }
    }

    /// On a card: `s`, the question whether to skip (`asked`), `s` again.
    fn skip_card(&mut self, asked: &str) {
        self.press("s");
        self.wait_for(asked);
        self.press("s");
    }

    /// On a rest screen: waits for it, then skips it with Enter.
    fn skip_rest(&mut self) {
        self.wait_for("Next: set 2 of 2");
        self.press(ENTER);
    }

    /// Waits for the counting screen of set `set` (its title and an empty gauge).
    fn wait_set(&self, name: &str, set: u32, target: u32) {
        let title = format!("{name} · set {set} of 2");
        self.wait_until(&format!("{title:?} at 0 / {target}"), |s| {
            s.contains(&title) && has_count(s, 0, target) && !s.contains("Next: set")
        });
    }
}

fn read_history(data_dir: &Path) -> Value {
    let path = data_dir.join("history.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn set_field(exercise: &Value, field: &str) -> Vec<u64> {
    exercise["sets"]
        .as_array()
        .expect("sets is an array")
        .iter()
        .map(|set| {
            set[field]
                .as_u64()
                .unwrap_or_else(|| panic!("set without {field}: {set}"))
        })
        .collect()
}

fn assert_date(value: &Value) {
    let date = value.as_str().expect("date is a string");
    let bytes = date.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    assert!(shape_ok, "date {date:?} is not YYYY-MM-DD");
    assert!(
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
        "date {date:?} is no calendar day"
    );
}

/// The journal the first three exercises of the test below leave: the session at the
/// plank's card, its first set next.
fn journal_before_the_plank() -> Value {
    let now = DEFAULT_AT.rfc3339();
    let planned = |id: &str, target: u32| serde_json::json!({"id": id, "sets": 2, "target": target, "caution": false});
    let done = |id: &str, target: u32, reps: [u32; 2], effort: &str| {
        serde_json::json!({
            "id": id,
            "target": target,
            "sets": [{"reps": reps[0]}, {"reps": reps[1]}],
            "effort": effort,
            "skipped": false,
        })
    };
    serde_json::json!({
        "version": 1,
        "started_at": now,
        "updated_at": now,
        "program": "beginner",
        "rest_seconds": 60,
        "exercises": [
            planned("wall-push-up", 10),
            planned("chair-squat", 10),
            planned("heel-raise", 15),
            planned("modified-plank", 20),
        ],
        "records": [
            done("wall-push-up", 10, [10, 9], "just_right"),
            done("chair-squat", 10, [10, 10], "too_easy"),
            done("heel-raise", 15, [2, 1], "too_hard"),
        ],
        "current": 3,
        "sets_done": [],
        "stage": "sets",
        "ended_early": false,
    })
}

/// A whole session: its first three exercises counted here, the plank's real holds at the
/// same time in a second botsterk resumed from the journal those three leave (checked
/// against the journal the first one writes), which saves the whole session.
#[test]
fn a_whole_beginner_session_is_counted_and_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let journal = journal_before_the_plank();
    let near_the_plank = tmp.path().join("near-the-plank");
    std::fs::create_dir_all(&near_the_plank).unwrap();
    std::fs::write(near_the_plank.join(JOURNAL), journal.to_string()).unwrap();
    let plank = thread::spawn(move || the_plank_and_the_saved_session(&near_the_plank));

    let mut tui = Tui::spawn(&data, 24, 80);

    tui.wait_for("Today's session");
    tui.wait_for("No sessions yet");
    tui.press(ENTER);

    // Wall push-ups: 10, one back, one more; then 9.
    tui.wait_for("Today: 2 sets of 10 reps");
    tui.wait_for("Wall push-ups");
    tui.press(ENTER);
    tui.wait_set("Wall push-ups", 1, 10);
    tui.count_reps(0, 10, 10);
    tui.press(BACKSPACE);
    tui.wait_count(9, 10);
    tui.press(SPACE);
    tui.wait_count(10, 10);
    tui.press(ENTER);
    // The rest: `+` makes it 15 s longer, read back from the big countdown.
    let screen = tui.wait_until("the rest countdown", |s| {
        s.contains("Rest") && s.contains("Next: set 2 of 2") && big_number(s).is_some()
    });
    let before = big_number(&screen).expect("a countdown");
    assert!((1..=60).contains(&before), "a rest of 60 s shows {before}");
    tui.press("+");
    tui.wait_until(&format!("a countdown above {} after +", before + 5), |s| {
        big_number(s).is_some_and(|n| n > before + 5)
    });
    tui.skip_rest();
    tui.wait_set("Wall push-ups", 2, 10);
    tui.count_reps(0, 9, 10);
    tui.press(ENTER);
    tui.wait_for("How did the last reps feel?");
    tui.press("2");

    // Chair squats: 2 x 10, too easy.
    tui.wait_for("Chair squats");
    tui.wait_for("Today: 2 sets of 10 reps");
    tui.press(ENTER);
    tui.wait_set("Chair squats", 1, 10);
    tui.count_reps(0, 10, 10);
    tui.press(ENTER);
    tui.skip_rest();
    tui.wait_set("Chair squats", 2, 10);
    tui.count_reps(0, 10, 10);
    tui.press(ENTER);
    tui.wait_for("How did the last reps feel?");
    tui.press("1");

    // Heel raises: a rep counts only once its 2 s hold at the top is over.
    tui.wait_for("Heel raises");
    tui.wait_for("hold 2 s at the top");
    tui.press(ENTER);
    tui.wait_set("Heel raises", 1, 15);
    tui.wait_for("Rise onto your toes and press Space");
    tui.press(SPACE);
    tui.wait_count(1, 15);
    tui.wait_for("Now lower your heels slowly");
    tui.press(SPACE);
    tui.wait_count(2, 15);
    tui.press(ENTER);
    tui.skip_rest();
    tui.wait_set("Heel raises", 2, 15);
    tui.press(SPACE);
    tui.wait_count(1, 15);
    tui.press(ENTER);
    tui.wait_for("How did the last reps feel?");
    tui.press("3");

    // The plank's card: the journal is the one the second botsterk started from.
    tui.wait_for("Modified plank");
    tui.wait_for("Today: 2 holds of 20 seconds");
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join(JOURNAL)).unwrap()).unwrap();
    for field in [
        "version",
        "program",
        "rest_seconds",
        "exercises",
        "records",
        "current",
        "sets_done",
        "stage",
        "ended_early",
    ] {
        assert_eq!(written[field], journal[field], "{field} in {written:#}");
    }
    signal(&mut tui, "KILL");
    tui.wait_exit();
    plank.join().expect("the plank and the saved session");
}

/// The second half of the test above: from home with the journal of the first three
/// exercises, the plank, the summary and the saved session.
fn the_plank_and_the_saved_session(data: &Path) {
    let mut tui = Tui::spawn(data, 24, 80);
    tui.wait_for("An unfinished session");
    tui.press("r");

    // Modified plank: get ready, then a hold counting up; both ended early with Enter.
    tui.wait_for("Modified plank");
    tui.wait_for("Today: 2 holds of 20 seconds");
    tui.press(ENTER);
    tui.wait_for("Get ready");
    tui.wait_until("a hold of at least 2 s", |s| {
        s.contains("Hold") && held_seconds(s).is_some_and(|n| n >= 2)
    });
    tui.press(ENTER);
    tui.skip_rest();
    tui.wait_for("Get ready");
    tui.wait_until("the second hold at 1 s or more", |s| {
        s.contains("set 2 of 2") && held_seconds(s).is_some_and(|n| n >= 1)
    });
    tui.press(ENTER);
    tui.wait_for("How did the hold feel?");
    tui.press("2");

    // The summary, saved; back home.
    let summary = tui.wait_for("Session done");
    for line in [
        "10, 9 reps",
        "10, 10 reps",
        "2, 1 reps",
        "just right",
        "too easy",
    ] {
        assert!(summary.contains(line), "summary lacks {line:?}:\n{summary}");
    }
    assert!(!summary.contains("Stopped early"), "{summary}");
    tui.press(ENTER);
    tui.wait_for("Session saved");
    tui.wait_for("Last session:");
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "botsterk exited with {status:?}");

    let history = read_history(data);
    assert_eq!(history["version"], 3);
    let sessions = history["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 1, "{history:#}");
    let session = &sessions[0];
    assert_eq!(session["program"], "beginner");
    assert_date(&session["date"]);
    assert!(session["started_at"].is_string(), "{session:#}");
    assert!(session["ended_at"].is_string(), "{session:#}");
    assert_ne!(session["ended_early"], true);
    let exercises = session["exercises"].as_array().expect("exercises");
    let ids: Vec<_> = exercises
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "wall-push-up",
            "chair-squat",
            "heel-raise",
            "modified-plank"
        ]
    );
    for exercise in exercises {
        assert_eq!(exercise["skipped"], false, "{exercise}");
    }
    let [push, squat, heel, plank] = exercises.as_slice() else {
        unreachable!("four exercises")
    };
    assert_eq!(set_field(push, "reps"), [10, 9]);
    assert_eq!(push["effort"], "just_right");
    assert_eq!(set_field(squat, "reps"), [10, 10]);
    assert_eq!(squat["effort"], "too_easy");
    assert_eq!(set_field(heel, "reps"), [2, 1]);
    assert_eq!(heel["effort"], "too_hard");
    let seconds = set_field(plank, "seconds");
    assert_eq!(seconds.len(), 2, "{plank}");
    assert!(seconds[0] >= 2 && seconds[1] >= 1, "plank held {seconds:?}");
    assert!(
        seconds.iter().all(|s| *s < 20),
        "holds were ended early: {seconds:?}"
    );
    assert_eq!(plank["effort"], "just_right");
}

#[test]
fn stopping_early_keeps_what_was_done() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = reps_into_the_first_set(&data, 3);
    tui.press(ENTER);
    tui.wait_for("Next: set 2 of 2");
    tui.press("q");
    let dialog = tui.wait_for("Stop the session?");
    assert!(dialog.contains("save what you did"), "{dialog}");
    tui.press("s");
    let summary = tui.wait_for("Stopped early");
    assert!(summary.contains("Session done"), "{summary}");
    assert!(summary.contains("3 reps"), "{summary}");
    tui.press(ENTER);
    tui.wait_for("Session saved");
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "botsterk exited with {status:?}");

    let history = read_history(&data);
    let sessions = history["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 1, "{history:#}");
    assert_eq!(sessions[0]["ended_early"], true);
    let exercises = sessions[0]["exercises"].as_array().expect("exercises");
    assert_eq!(exercises.len(), 1, "{history:#}");
    assert_eq!(exercises[0]["id"], "wall-push-up");
    assert_eq!(set_field(&exercises[0], "reps"), [3]);
}

#[test]
fn a_small_window_asks_to_grow_and_recovers_on_resize() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = Tui::spawn(&data, 10, 40);

    let screen = tui.wait_for("Please make the window larger");
    assert!(screen.contains("40 x 10"), "{screen}");
    tui.resize(24, 80);
    let home = tui.wait_for("Today's session");
    assert!(!home.contains("Please make the window larger"), "{home}");
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "botsterk exited with {status:?}");
}

#[test]
fn a_failed_save_keeps_the_summary_and_says_where() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("blocker");
    let data = blocker.join("data");
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("Today's session");
    // A regular file where the data dir's parent should be: nothing can be written there,
    // whoever runs the test (root too). It is made only now because botsterk refuses to
    // start when the history's path runs through a file. The data dir (with its lock) is
    // moved aside meanwhile, and back once the problem is "fixed".
    let aside = tmp.path().join("aside");
    std::fs::rename(&blocker, &aside).unwrap();
    std::fs::write(&blocker, b"not a directory").unwrap();

    tui.press(ENTER);
    // One rep of one set (a session with no set at all is not saved), then skip the rest.
    tui.wait_for("Today: 2 sets of 10 reps");
    tui.press(ENTER);
    tui.wait_set("Wall push-ups", 1, 10);
    tui.count_reps(0, 1, 10);
    tui.press(ENTER);
    tui.wait_for("Next: set 2 of 2");
    // In a rest, `s` asks first, like on a card (issue 26).
    tui.press("s");
    tui.wait_for("Press s again to skip Wall push-ups");
    tui.press("s");
    for next in ["Heel raises", "Modified plank"] {
        tui.wait_for("Today:");
        tui.skip_card("Press s again");
        tui.wait_for(next);
    }
    tui.wait_for("Today: 2 holds of 20 seconds");
    tui.skip_card("Press s again");
    let summary = tui.wait_for("Session done");
    assert!(summary.contains("skipped"), "{summary}");
    tui.press(ENTER);
    let screen = tui.wait_for("Could not save");
    // The path may be wrapped over lines; compare without whitespace.
    let squeezed: String = screen.split_whitespace().collect();
    let path: String = data.display().to_string().split_whitespace().collect();
    assert!(
        squeezed.contains(&path),
        "no {path} on the screen:\n{screen}"
    );
    assert!(screen.contains("Session done"), "{screen}");
    assert!(tui.is_running(), "botsterk exited after a failed save");
    assert!(tui.screen().contains("Session done"));

    // Once the problem is fixed, Enter tries again and the session is kept.
    std::fs::remove_file(&blocker).unwrap();
    std::fs::rename(&aside, &blocker).unwrap();
    tui.press(ENTER);
    tui.wait_for("Session saved");
    tui.press("q");
    let status = tui.wait_exit();
    assert!(status.success(), "botsterk exited with {status:?}");
    let history = read_history(&data);
    let sessions = history["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 1, "{history:#}");
    let exercises = sessions[0]["exercises"].as_array().expect("exercises");
    assert_eq!(exercises.len(), 4);
    assert!(
        exercises.iter().all(|e| e["skipped"] == true),
        "{history:#}"
    );
}

/// Issue 3: a weight question on home is answered with `y`, and the answer is recorded.
#[test]
fn a_weight_question_is_answered_on_home() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // Ten days ago: a live session at the top as planned, and no break to come back from.
    // (`log` records the target the plan of its day gave, so a first log is never at the
    // top.)
    let day = DEFAULT_AT.days_ago(10);
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("history.json"),
        format!(
            r#"{{"version": 3, "sessions": [{{"date": "{day}",
  "started_at": "{day}T09:00:00+01:00", "ended_at": "{day}T09:30:00+01:00",
  "program": "advanced", "exercises": [{{"id": "goblet-squat", "weight_kg": 8.0,
  "target": 12, "sets": [{{"reps": 12}}, {{"reps": 12}}, {{"reps": 12}}],
  "effort": "just_right", "skipped": false}}]}}]}}"#
        ),
    )
    .unwrap();

    let mut tui = Tui::spawn(&data, 24, 80);
    // Ten days before 9 December is last month: its review comes first, once.
    tui.wait_for("November 2026 in review");
    tui.press(ENTER);
    let home = tui.wait_for("Raise Goblet squats from 8 kg to 9 kg?");
    assert!(home.contains("not now"), "{home}");
    tui.press("y");
    // The next question is the deadlift's first weight; goblet squats now show 9 kg.
    let home = tui.wait_for("Which weight will you use for Deadlift");
    assert!(home.contains("9 kg"), "{home}");
    tui.press("q");
    assert!(tui.wait_exit().success());

    let history = read_history(&data);
    let changes = history["weight_changes"]
        .as_array()
        .expect("weight_changes");
    assert_eq!(changes.len(), 1, "{history:#}");
    assert_eq!(changes[0]["exercise"], "goblet-squat");
    assert_eq!(changes[0]["from_kg"], 8.0);
    assert_eq!(changes[0]["to_kg"], 9.0);
}

/// Runs `botsterk log` for a session `days_ago` days back (with under half the day's
/// planned sets it is short: no rest day follows).
fn log_session(data: &Path, days_ago: u64, entries: &[&str]) {
    let date = DEFAULT_AT.days_ago(days_ago);
    let status = common::std_botsterk()
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en", "log", "--date"])
        .arg(date.to_string())
        .args(entries)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Issue 4: open the history, fix a mistyped set, delete a mistaken session; the file says
/// so, and the file as it was before each change is kept in `backups/`.
#[test]
fn the_history_is_reviewed_corrected_and_a_session_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    log_session(&data, 2, &["chair-squat:12,21", "wall-push-up:10,10"]);
    log_session(&data, 0, &["chair-squat:12,12", "wall-push-up:10,10"]);

    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("h  history");
    tui.press("h");
    tui.wait_for("Bone dose");
    tui.press(ENTER);
    // The week's sessions are oldest first: Monday's (two days before Wednesday 9
    // December) is selected.
    tui.wait_for_all(&["▶ Mon 7 Dec", "Wed 9 Dec", "Enter  open"]);
    tui.press(ENTER);
    tui.wait_for("21 reps");
    tui.press("\x1b[B"); // down to set 2
    tui.press("e");
    tui.wait_for("how many?");
    tui.press(BACKSPACE);
    tui.press(BACKSPACE);
    tui.press("12");
    tui.press(ENTER);
    tui.wait_for("21 reps → 12 reps");
    tui.press("y");
    tui.wait_for("Changed.");
    tui.press("d");
    tui.wait_for("Delete the session of");
    tui.press("y");
    tui.wait_for("Deleted.");
    // One key at a time: two escapes at once would read as Alt+Esc.
    tui.press("\x1b");
    tui.wait_for("Bone dose");
    tui.press("\x1b");
    tui.wait_for("You have trained today");
    tui.press("q");
    assert!(tui.wait_exit().success());

    let history = read_history(&data);
    let sessions = history["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1, "{history:#}");
    assert_eq!(sessions[0]["date"], DEFAULT_AT.day().to_string());
    // Two rewrites (the fix, the delete) after the two logs: the newest backup has both
    // sessions with the fixed set.
    let backups = botsterk::store::Store::new(&data).backups();
    assert_eq!(backups.len(), 3, "{backups:?}");
    let newest = &backups[0];
    let before_delete: Value = serde_json::from_slice(&std::fs::read(newest).unwrap()).unwrap();
    let kept = before_delete["sessions"].as_array().unwrap();
    assert_eq!(kept.len(), 2);
    assert_eq!(set_field(&kept[0]["exercises"][0], "reps"), [12, 12]);
}

/// Sends a signal to the app with `kill`, the way a user or the system would.
fn signal(tui: &mut Tui, name: &str) {
    let pid = tui.child.process_id().expect("a pid");
    let status = std::process::Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status()
        .expect("run kill");
    assert!(status.success());
}

/// Starts a session and finishes the first set of wall push-ups with `reps` reps; returns
/// on the rest screen, when the set is in the journal.
fn one_set_done(data: &Path, reps: u32) -> Tui {
    let mut tui = reps_into_the_first_set(data, reps);
    tui.press(ENTER);
    tui.wait_for("Next: set 2 of 2");
    tui
}

/// Starts a session and counts `reps` reps of the first set of wall push-ups (not ended).
fn reps_into_the_first_set(data: &Path, reps: u32) -> Tui {
    let mut tui = Tui::spawn(data, 24, 80);
    tui.wait_for("Today's session");
    tui.press(ENTER);
    tui.wait_for("Today: 2 sets of 10 reps");
    tui.press(ENTER);
    tui.wait_set("Wall push-ups", 1, 10);
    tui.count_reps(0, reps, 10);
    tui
}

const JOURNAL: &str = "session-in-progress.json";

/// Issue 5: kill -9 after a set; the next start offers the session, and resuming it goes
/// on with set 2, keeping set 1.
#[test]
fn a_session_killed_mid_way_is_resumed_with_its_finished_sets() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = one_set_done(&data, 7);
    // Set 2 is under way when the process dies: those reps are the only loss.
    tui.press(ENTER);
    tui.wait_set("Wall push-ups", 2, 10);
    tui.count_reps(0, 4, 10);
    signal(&mut tui, "KILL");
    tui.wait_exit();
    assert!(data.join(JOURNAL).exists(), "the journal survives a kill");
    drop(tui);

    let mut tui = Tui::spawn(&data, 24, 80);
    let home = tui.wait_for("An unfinished session");
    let squeezed: String = home.split_whitespace().collect();
    assert!(squeezed.contains("(setsdone:1)"), "{home}");
    assert!(!home.contains("Enter  start"), "decide first: {home}");
    tui.press("r");
    tui.wait_for("Today: 2 sets of 10 reps");
    tui.press(ENTER);
    tui.wait_set("Wall push-ups", 2, 10);
    tui.count_reps(0, 10, 10);
    tui.press(ENTER);
    tui.wait_for("How did the last reps feel?");
    tui.press("q");
    tui.wait_for("Stop the session?");
    tui.press("s");
    tui.wait_for("Stopped early");
    tui.press(ENTER);
    tui.wait_for("Session saved");
    tui.press("q");
    assert!(tui.wait_exit().success());

    let history = read_history(&data);
    let exercises = history["sessions"][0]["exercises"].as_array().unwrap();
    assert_eq!(exercises[0]["id"], "wall-push-up");
    assert_eq!(set_field(&exercises[0], "reps"), [7, 10]);
    assert!(!data.join(JOURNAL).exists(), "saved: the journal is gone");
}

/// Issue 5: an unfinished session can also be saved as it is, or thrown away (asked twice).
#[test]
fn an_unfinished_session_is_saved_as_it_is_or_discarded() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = one_set_done(&data, 9);
    signal(&mut tui, "KILL");
    tui.wait_exit();
    drop(tui);

    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("An unfinished session");
    tui.press("d");
    tui.wait_for("Throw this unfinished session away?");
    tui.press("n");
    tui.wait_until("the question gone", |s| !s.contains("Throw this"));
    tui.press("s");
    tui.wait_for("Session saved");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let history = read_history(&data);
    let session = &history["sessions"][0];
    assert_eq!(session["ended_early"], true);
    assert_eq!(set_field(&session["exercises"][0], "reps"), [9]);
    assert!(!data.join(JOURNAL).exists());

    // Another one, now thrown away: nothing is added to the history.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = one_set_done(&data, 9);
    signal(&mut tui, "KILL");
    tui.wait_exit();
    drop(tui);
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("An unfinished session");
    tui.press("d");
    tui.wait_for("Throw this unfinished session away?");
    tui.press("y");
    tui.wait_until("the question gone", |s| {
        !s.contains("An unfinished session")
    });
    tui.press("q");
    assert!(tui.wait_exit().success());
    assert!(!data.join(JOURNAL).exists());
    assert!(!data.join("history.json").exists(), "nothing was saved");
}

/// A crash between saving the session and removing its journal: the next start sees the
/// session is in the history and does not offer it again.
#[test]
fn a_journal_of_a_saved_session_is_not_offered_again() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = one_set_done(&data, 9);
    signal(&mut tui, "KILL");
    tui.wait_exit();
    drop(tui);
    let journal = std::fs::read(data.join(JOURNAL)).unwrap();
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("An unfinished session");
    tui.press("s");
    tui.wait_for("Session saved");
    tui.press("q");
    assert!(tui.wait_exit().success());
    std::fs::write(data.join(JOURNAL), &journal).unwrap();
    let mut tui = Tui::spawn(&data, 24, 80);
    // One set of eight: a short session, so no rest day, but the last session all the same.
    let home = tui.wait_for("Short sessions this week");
    assert!(home.contains("Last session"), "{home}");
    assert!(!home.contains("An unfinished session"), "{home}");
    tui.press("q");
    assert!(tui.wait_exit().success());
    assert!(!data.join(JOURNAL).exists());
    assert_eq!(read_history(&data)["sessions"].as_array().unwrap().len(), 1);
}

/// Issue 5: SIGTERM mid-session gives the terminal back (the alternate screen is left) and
/// keeps the journal; a hang-up (the terminal closed) ends the app instead of spinning.
#[test]
fn sigterm_and_hangup_restore_the_terminal_and_keep_the_journal() {
    for name in ["TERM", "HUP"] {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let mut tui = one_set_done(&data, 5);
        signal(&mut tui, name);
        let status = tui.wait_exit();
        assert!(!status.success(), "{name}: {status:?}");
        // The reader thread may still be feeding the last bytes into the parser after the
        // process has gone: wait for them rather than racing them.
        let deadline = Instant::now() + WAIT;
        let left_alternate_screen = loop {
            let left = !tui
                .parser
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .screen()
                .alternate_screen();
            if left || Instant::now() >= deadline {
                break left;
            }
            thread::sleep(POLL);
        };
        assert!(
            left_alternate_screen,
            "{name}: the terminal was not given back"
        );
        assert!(data.join(JOURNAL).exists(), "{name}: the journal was kept");
    }
}

/// Issue 33, item 5: SIGTERM, SIGHUP and SIGINT end botsterk even while the terminal does
/// not read (a frozen emulator, a paused ssh) and botsterk's main thread is stuck writing
/// to it: the signal path never waits for the terminal. The journal is as after the last
/// set, and the data folder's lock is let go.
#[test]
fn a_signal_ends_botsterk_while_the_terminal_does_not_read() {
    for name in ["TERM", "HUP", "INT"] {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let mut tui = one_set_done(&data, 5);
        let journal = std::fs::read(data.join(JOURNAL)).unwrap();
        tui.stop_reading();
        tui.redraw_until_blocked(24, 80);
        signal(&mut tui, name);
        // Before the fix this waited for as long as the terminal did not read: forever.
        let status = tui.wait_exit();
        assert!(!status.success(), "{name}: {status:?}");
        assert_eq!(
            std::fs::read(data.join(JOURNAL)).unwrap(),
            journal,
            "{name}: the journal is as after the last set"
        );
        let writer = common::std_botsterk()
            .arg("--data-dir")
            .arg(&data)
            .args(["--lang", "en", "profile", "--units", "kg"])
            .output()
            .unwrap();
        assert!(
            writer.status.success(),
            "{name}: the lock was let go: {}",
            String::from_utf8_lossy(&writer.stderr)
        );
    }
}

/// Issue 5: one writer. A second window is refused while the first has the history open.
#[test]
fn a_second_window_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut first = Tui::spawn(&data, 24, 80);
    first.wait_for("Today's session");
    let second = common::std_botsterk()
        .arg("--data-dir")
        .arg(&data)
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    let message = String::from_utf8_lossy(&second.stderr);
    assert!(message.contains("already open"), "{message}");
    first.press("q");
    assert!(first.wait_exit().success());
}

/// Issue 6: a first start walks the set-up with Enter (every suggested answer) and lands
/// on home; the answers are in profile.json.
#[test]
fn the_first_start_sets_up_with_enter_defaults() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = Tui::spawn_first_run(&data, 24, 80, &["--lang", "en"]);
    tui.wait_for("Welcome to botsterk");
    tui.wait_for("Question 1 of 12");
    for n in 2..=12 {
        tui.press(ENTER);
        tui.wait_for(&format!("Question {n} of 12"));
    }
    tui.press(ENTER);
    let home = tui.wait_for("Today's session");
    assert!(home.contains(",  settings"), "{home}");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let profile: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("profile.json")).unwrap()).unwrap();
    assert_eq!(profile["bone_status"], "unknown");
    assert_eq!(profile["weekly_target"], 3);
    assert_eq!(profile["program"], "beginner");
}

/// Issue 6, "done when": a Dutch-speaking user with osteoporosis, not cleared for impact,
/// who already trains: the plan leaves stomping out and the deadlift card carries the
/// caution, all in Dutch, at 80x24.
#[test]
fn osteoporosis_in_dutch_leaves_stomping_out_and_cautions_the_deadlift() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = Tui::spawn_first_run(&data, 24, 80, &[]);
    tui.wait_for("Which language?");
    tui.press(DOWN);
    tui.press(ENTER);
    tui.wait_for("Voordat je begint");
    tui.press(ENTER);
    tui.wait_for("Wat weet je van je botten?");
    // From "Weet ik niet" (the last) one up is osteoporosis.
    tui.press("\x1b[A");
    tui.wait_until("osteoporose chosen", |s| s.contains("▶ Osteoporose"));
    tui.press(ENTER);
    tui.wait_for("stootbelasting");
    tui.press(ENTER); // not cleared
    tui.wait_for("Train je al met gewichten?");
    tui.press(DOWN);
    tui.press(ENTER); // advanced
    for question in [
        "Hoeveel trainingen",
        "kilo of in pond",
        "Hoe lang rust",
        "Wie telt de herhalingen?",
        "Hoe moet de training klinken?",
        "In welk jaar ben je geboren?",
        "Wat is je geslacht?",
    ] {
        tui.wait_for(question);
        tui.press(ENTER);
    }
    let home = tui.wait_for("training van vandaag");
    assert!(home.contains("Deadlift"), "{home}");
    assert!(home.contains("valt weg"), "{home}");
    let plan: Vec<&str> = home.lines().filter(|l| l.contains(". ")).collect();
    assert!(
        !plan.iter().any(|l| l.contains("Stampen op de plaats  ")),
        "{home}"
    );
    tui.press(ENTER);
    // Set-up leaves the warm-up on: it comes first, and one `s` skips it.
    tui.wait_for("Warming-up: Marcheren op de plaats");
    tui.press("s");
    tui.wait_for("Goblet squats");
    tui.skip_card("Druk nog eens op s");
    let card = tui.wait_for("Bij zwakkere botten");
    assert!(card.contains("Deadlift"), "{card}");
    tui.press("q");
    tui.wait_for("s");
    tui.press("\x1b");
    let profile: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("profile.json")).unwrap()).unwrap();
    assert_eq!(profile["lang"], "nl");
    assert_eq!(profile["bone_status"], "osteoporosis");
    assert_eq!(profile["cleared_for_impact"], false);
}

/// Issue 12: `4` during a set keeps the reps counted so far, marked as stopped for pain,
/// and the saved session puts the exercise on hold: home asks its pain check.
#[test]
fn pain_at_rep_three_keeps_the_three_reps_and_puts_the_exercise_on_hold() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut tui = reps_into_the_first_set(&data, 3);
    tui.press("4");
    tui.wait_for("Enter  continue");
    tui.press("q");
    tui.wait_for("save what you did");
    tui.press("s");
    tui.wait_for("Session done");
    tui.press(ENTER);
    let home = tui.wait_for("Pain check for Wall push-ups");
    assert!(!home.contains("1. Wall push-ups"), "{home}");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let history = read_history(&data);
    let pushups = &history["sessions"][0]["exercises"][0];
    assert_eq!(pushups["effort"], "pain");
    assert_eq!(set_field(pushups, "reps"), [3]);
    assert_eq!(pushups["sets"][0]["stopped_for_pain"], true);
    assert_eq!(history["sessions"][0]["planned_sets"], 8);
}

/// A history with pain reported on wall push-ups two days ago.
fn with_pain(data: &Path) {
    log_session(
        data,
        2,
        &["wall-push-up:10,4:pain", "chair-squat:10,10:right"],
    );
}

/// Issue 12: the pain check answered on home with each of the three answers.
#[test]
fn the_pain_check_is_answered_on_home() {
    // ok: asked once more (y/n), then back in the plan.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    with_pain(&data);
    let mut tui = Tui::spawn(&data, 24, 80);
    let home = tui.wait_for("Pain check for Wall push-ups");
    assert!(!home.contains("1. Wall push-ups"), "{home}");
    tui.press("o");
    tui.wait_for("A doctor or physiotherapist checked Wall push-ups");
    tui.press("y");
    tui.wait_for("1. Wall push-ups");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let answers = &read_history(&data)["pain_checks"];
    assert_eq!(answers[0]["answer"], "ok");
    assert_eq!(answers[0]["exercise"], "wall-push-up");

    // not yet: still out, not asked again today.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    with_pain(&data);
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("Pain check for Wall push-ups");
    tui.press("w");
    let home = tui.wait_for("asked again on your next training day");
    assert!(!home.contains("1. Wall push-ups"), "{home}");
    tui.press("q");
    assert!(tui.wait_exit().success());
    assert_eq!(read_history(&data)["pain_checks"][0]["answer"], "not_yet");

    // leave it out: y/n, then out for good, listed in the profile.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    with_pain(&data);
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("Pain check for Wall push-ups");
    tui.press("l");
    tui.wait_for("Leave Wall push-ups out for good?");
    tui.press("y");
    let home = tui.wait_for("as you chose after a pain check");
    assert!(!home.contains("Pain check for"), "{home}");
    tui.press("q");
    assert!(tui.wait_exit().success());
    assert_eq!(read_history(&data)["pain_checks"][0]["answer"], "leave_out");
    let profile: Value =
        serde_json::from_slice(&std::fs::read(data.join("profile.json")).unwrap()).unwrap();
    assert_eq!(profile["left_out"], serde_json::json!(["wall-push-up"]));
}

/// Issue 12: an unfinished session from an earlier day is never resumed: it is saved as it
/// was (dated that day) or thrown away.
#[test]
fn a_journal_from_yesterday_is_saved_as_it_was_or_thrown_away() {
    for (keys, saved) in [(&["y"][..], true), (&["r", "n", "y"][..], false)] {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let mut tui = one_set_done(&data, 9);
        signal(&mut tui, "KILL");
        tui.wait_exit();
        drop(tui);
        // The same journal, a day older.
        let path = data.join(JOURNAL);
        let mut journal: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        for field in ["started_at", "updated_at"] {
            let at = chrono::DateTime::parse_from_rfc3339(journal[field].as_str().unwrap())
                .unwrap()
                - chrono::Duration::days(1);
            journal[field] = Value::from(at.to_rfc3339());
        }
        std::fs::write(&path, journal.to_string()).unwrap();
        let yesterday = DEFAULT_AT.days_ago(1);

        let mut tui = Tui::spawn(&data, 24, 80);
        let home = tui.wait_for("save as it was");
        assert!(home.contains("not resumed today"), "{home}");
        assert!(!home.contains("  r  "), "no key to resume: {home}");
        for key in keys {
            tui.press(key);
        }
        if saved {
            tui.wait_for("Session saved");
        } else {
            tui.wait_for("thrown away");
        }
        tui.press("q");
        assert!(tui.wait_exit().success());
        assert!(!path.exists());
        let history = data.join("history.json");
        if saved {
            let history = read_history(&data);
            assert_eq!(history["sessions"][0]["date"], yesterday.to_string());
            assert_eq!(
                set_field(&history["sessions"][0]["exercises"][0], "reps"),
                [9]
            );
        } else {
            assert!(!history.exists());
        }
    }
}
/// Issue 14: a journal that cannot be read (damaged, or from a newer botsterk) is moved
/// aside unchanged, home says where and why, and a new session keeps a journal of its own.
#[test]
fn an_unreadable_journal_is_moved_aside_and_shown_on_home() {
    for (bytes, why) in [
        (
            &b"{\"version\": 1, \"started_at\": \"2026-11"[..],
            "the file is damaged",
        ),
        (
            b"{\"version\": 9, \"sets\": []}",
            "a newer botsterk wrote it",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        std::fs::write(data.join(JOURNAL), bytes).unwrap();
        let mut tui = Tui::spawn(&data, 24, 80);
        let home = tui.wait_for("could not be read");
        let squeezed: String = home.split_whitespace().collect();
        assert!(squeezed.contains(&why.replace(' ', "")), "{home}");
        assert!(
            squeezed.contains("session-in-progress.unreadable-"),
            "{home}"
        );
        let aside: Vec<_> = std::fs::read_dir(&data)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".unreadable-"))
            .collect();
        assert_eq!(aside.len(), 1, "{aside:?}");
        assert_eq!(std::fs::read(&aside[0]).unwrap(), bytes);
        // A new session writes its own journal; the one set aside stays as it was.
        tui.press(ENTER);
        tui.wait_for("Today: 2 sets of 10 reps");
        tui.press(ENTER);
        tui.wait_set("Wall push-ups", 1, 10);
        tui.count_reps(0, 3, 10);
        tui.press(ENTER);
        tui.wait_for("Next: set 2 of 2");
        signal(&mut tui, "KILL");
        tui.wait_exit();
        assert!(data.join(JOURNAL).exists());
        assert_eq!(std::fs::read(&aside[0]).unwrap(), bytes);
    }
}

/// Issue 14: `u` on the history screens undoes the last change made there, after asking,
/// from the backup that change made; the undo keeps a backup of its own.
#[test]
fn the_last_change_on_the_history_screens_is_undone_with_u() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    log_session(&data, 0, &["chair-squat:12,12", "wall-push-up:10,10"]);
    // A second session the same day: log refuses that without --again.
    log_session(&data, 0, &["--again", "heel-raise:15"]);
    let before = std::fs::read(data.join("history.json")).unwrap();

    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("h  history");
    tui.press("h");
    tui.wait_for("Bone dose");
    assert!(!tui.screen().contains("u  undo"), "nothing to undo yet");
    tui.press(ENTER);
    tui.wait_for("Enter  open");
    tui.press(ENTER);
    tui.wait_for("12 reps");
    tui.press("d");
    tui.wait_for("Delete the session of");
    tui.press("y");
    tui.wait_for("Deleted.");
    tui.wait_for("u  undo");
    tui.press("u");
    tui.wait_for("Undo the last change?");
    tui.press("n");
    tui.wait_until("the question gone", |s| {
        !s.contains("Undo the last change?")
    });
    assert_eq!(read_history(&data)["sessions"].as_array().unwrap().len(), 1);
    tui.press("u");
    tui.wait_for("Undo the last change?");
    tui.press("y");
    tui.wait_for("Undone.");
    tui.wait_until("no second undo", |s| !s.contains("u  undo"));
    tui.press("\x1b");
    tui.wait_for("Bone dose");
    tui.press("\x1b");
    tui.wait_for("You have trained today");
    tui.press("q");
    assert!(tui.wait_exit().success());

    assert_eq!(std::fs::read(data.join("history.json")).unwrap(), before);
    // The undo's own backup holds the history with the session deleted.
    let backups = botsterk::store::Store::new(&data).backups();
    let newest: Value = serde_json::from_slice(&std::fs::read(&backups[0]).unwrap()).unwrap();
    assert_eq!(newest["sessions"].as_array().unwrap().len(), 1);
}

/// Issue 16: after the rest the plank's next hold waits for the user; nothing is counted
/// or recorded until Enter, then the get-ready runs before the hold.
#[test]
fn after_a_rest_the_plank_waits_until_enter() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let profile = DEFAULT_PROFILE.replace("\"rest_seconds\": 60", "\"rest_seconds\": 15");
    std::fs::write(data.join("profile.json"), profile).unwrap();
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("Today's session");
    tui.press(ENTER);
    for next in ["Chair squats", "Heel raises", "Modified plank"] {
        tui.wait_for("Today:");
        tui.skip_card("Press s again");
        tui.wait_for(next);
    }
    tui.wait_for("Today: 2 holds of 20 seconds");
    tui.press(ENTER);
    tui.wait_for("Get ready");
    tui.wait_until("a hold of at least 1 s", |s| {
        s.contains("Hold") && held_seconds(s).is_some_and(|n| n >= 1)
    });
    tui.press(ENTER);
    tui.wait_for("Next: set 2 of 2");
    // The 15 s rest ends by itself; then the set waits, with no countdown.
    let ready = wait_for(&tui.parser, "Ready?", Duration::from_secs(40));
    assert!(ready.contains("Modified plank · set 2 of 2"), "{ready}");
    assert!(ready.contains("when you are ready"), "{ready}");
    assert!(big_number(&ready).is_none(), "nothing counts:\n{ready}");
    let journal: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join(JOURNAL)).unwrap()).unwrap();
    assert_eq!(journal["sets_done"].as_array().map(Vec::len), Some(1));
    // Enter: the get-ready, then the second hold.
    tui.press(ENTER);
    tui.wait_for("Get ready");
    tui.wait_until("the second hold", |s| {
        s.contains("set 2 of 2") && held_seconds(s).is_some_and(|n| n >= 1)
    });
}
/// A data folder under `tmp` set up with voice on, and a stand-in `espeak-ng` first on the
/// PATH that appends what it is asked to say to a file: its arguments when started per cue,
/// the lines on its input when kept running. Returns the folder, that file and the PATH.
fn with_a_stand_in_voice(tmp: &Path) -> (std::path::PathBuf, std::path::PathBuf, String) {
    let data = tmp.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let profile = DEFAULT_PROFILE.replace("\"bell\": true", "\"bell\": true, \"sound\": \"voice\"");
    std::fs::write(data.join("profile.json"), profile).unwrap();
    let bin = tmp.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let said = tmp.join("said.txt");
    let script = bin.join("espeak-ng");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$*\" >> '{0}'\n[ -t 0 ] || cat >> '{0}'\n",
            said.display()
        ),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (data, said, path)
}

/// Runs the plank's first hold with voice on and a stand-in `espeak-ng` first on the PATH
/// (a script that appends its arguments to a file); returns the lines it was called with.
fn spoken_cues(lang: &str, texts: [&str; 4]) -> Vec<String> {
    let [skip_asked, exercise_of, held_one, next_set] = texts;
    let tmp = tempfile::tempdir().unwrap();
    let (data, said, path) = with_a_stand_in_voice(tmp.path());
    let mut tui = Tui::spawn_with_env(&data, 24, 80, &["--lang", lang], &[("PATH", path)]);
    tui.wait_until("home", |s| s.contains("Enter"));
    tui.press(ENTER);
    for n in 2..=4 {
        tui.wait_for(&exercise_of.replace('N', &(n - 1).to_string()));
        tui.skip_card(skip_asked);
        tui.wait_until(&format!("exercise {n}"), |s| {
            s.contains(&exercise_of.replace('N', &n.to_string())) && !s.contains(skip_asked)
        });
    }
    tui.press(ENTER);
    tui.wait_for(held_one);
    tui.press(ENTER);
    tui.wait_for(next_set);
    let read = || std::fs::read_to_string(&said).unwrap_or_default();
    let deadline = Instant::now() + WAIT;
    while read().lines().count() < 5 && Instant::now() < deadline {
        thread::sleep(POLL);
    }
    read().lines().map(str::to_owned).collect()
}

#[test]
fn with_voice_the_cues_are_spoken_in_order_in_english_and_dutch() {
    assert_eq!(
        spoken_cues(
            "en",
            [
                "Press s again",
                "Exercise N of 4",
                "1 of 20 seconds",
                "Next: set 2 of 2"
            ]
        ),
        [
            "-v en three",
            "-v en two",
            "-v en one",
            "-v en go",
            "-v en rest"
        ]
    );
    assert_eq!(
        spoken_cues(
            "nl",
            [
                "Druk nog eens op s",
                "Oefening N van 4",
                "1 van 20 seconden",
                "Hierna: serie 2 van 2"
            ]
        ),
        [
            "-v nl drie",
            "-v nl twee",
            "-v nl een",
            "-v nl start",
            "-v nl rust"
        ]
    );
}

/// Issue 17: on a rest day home offers the balance and posture practice; a hold rated
/// steady (after one steady hold last time) makes the next hold 5 s longer; the practice is
/// saved as practice, not as a strength session.
#[test]
fn on_a_rest_day_practice_is_offered_and_two_steady_holds_raise_the_next() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // A strength session yesterday: today is a rest day.
    log_session(&data, 1, &["chair-squat:12,12", "wall-push-up:10,10"]);
    // Last time: one steady hold of 10 s with two hands, feet together.
    let mut history = read_history(&data);
    let yesterday = DEFAULT_AT.days_ago(1).to_string();
    history["practice"] = serde_json::json!([{
        "date": yesterday,
        "started_at": format!("{yesterday}T18:00:00+01:00"),
        "ended_at": format!("{yesterday}T18:10:00+01:00"),
        "balance": [{"stance": "feet-together", "support": "two-hands",
                     "target_seconds": 10, "seconds": 10, "rating": "steady"}]
    }]);
    std::fs::write(data.join("history.json"), history.to_string()).unwrap();
    let mut tui = Tui::spawn(&data, 30, 100);
    let home = tui.wait_for("A good day for balance and posture practice");
    assert!(home.contains("b  balance practice"), "{home}");
    assert!(home.contains("balance: 1 of 3 days"), "{home}");
    tui.press("b");
    tui.wait_for("Today: 3 holds of 10 seconds");
    tui.press(ENTER);
    tui.wait_for("Feet together, two hands on the counter · hold 1 of 3");
    tui.wait_for("How steady was that?");
    tui.press("1");
    tui.wait_for("Next: set 2 of 3");
    tui.press(ENTER);
    // The next hold is 5 s longer.
    tui.wait_for("of 15 seconds");
    tui.press("q");
    tui.wait_for("save what you did");
    tui.press("s");
    tui.press(ENTER);
    tui.wait_for("Practice saved.");
    let saved = read_history(&data);
    assert_eq!(
        saved["sessions"].as_array().unwrap().len(),
        1,
        "no strength session"
    );
    let practice = saved["practice"].as_array().unwrap();
    assert_eq!(practice.len(), 2);
    let holds = practice[1]["balance"].as_array().unwrap();
    assert_eq!(
        holds.len(),
        1,
        "the hold cut short by q is not a hold: {holds:?}"
    );
    assert_eq!(holds[0]["rating"], "steady");
    assert_eq!(holds[0]["target_seconds"], 10);
    assert_eq!(saved["version"], 3);
}

/// Issue 26: a practice is journaled like a session. Killed with -9 during its second
/// hold, the first hold (answered before the second began) is in its file, and the next
/// start saves it, dated the day it began, and says so.
#[test]
fn a_practice_killed_mid_way_keeps_every_finished_hold() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    log_session(&data, 1, &["chair-squat:12,12", "wall-push-up:10,10"]);
    let mut tui = Tui::spawn(&data, 30, 100);
    tui.wait_for("A good day for balance and posture practice");
    tui.press("b");
    tui.wait_for("Today: 3 holds of 10 seconds");
    tui.press(ENTER);
    tui.wait_for("hold 1 of 3");
    tui.wait_for("How steady was that?");
    tui.press("1");
    tui.wait_for("Next: set 2 of 3");
    tui.press(ENTER);
    tui.wait_for("hold 2 of 3");
    signal(&mut tui, "KILL");
    tui.wait_exit();
    drop(tui);
    let file = data.join("practice-in-progress.json");
    let journal: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let holds = journal["practice"]["balance"].as_array().unwrap();
    assert_eq!(holds.len(), 1, "{journal:#}");
    assert_eq!(holds[0]["rating"], "steady");
    assert!(read_history(&data)["practice"].is_null(), "not saved yet");

    // The same day: offered, to carry on with what is left (issue 26).
    let mut tui = Tui::spawn(&data, 30, 100);
    tui.wait_for("was not finished: 1 balance hold(s) and 0 posture move(s) done");
    tui.press("r");
    tui.wait_for("Today: 2 holds of 10 seconds");
    tui.press(ENTER);
    tui.wait_for("hold 1 of 2");
    tui.wait_for("How steady was that?");
    tui.press("2");
    tui.wait_for("Next: set 2 of 2");
    signal(&mut tui, "KILL");
    tui.wait_exit();
    drop(tui);
    let journal: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let holds = journal["practice"]["balance"].as_array().unwrap();
    assert_eq!(
        holds.len(),
        2,
        "before and after the crash, one practice: {journal:#}"
    );
    assert!(read_history(&data)["practice"].is_null(), "not saved yet");

    // The next day it is saved as it was, dated the day it began, as one practice.
    let next_day = At::on(DEFAULT_AT.day().succ_opt().unwrap(), "10:00:00");
    let mut tui = Tui::spawn_at(next_day, &data, 30, 100);
    tui.wait_for("What was done is saved: 2 balance hold(s)");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let history = read_history(&data);
    let practice = history["practice"].as_array().unwrap();
    assert_eq!(practice.len(), 1);
    assert_eq!(practice[0]["date"], DEFAULT_AT.day().to_string());
    let holds = practice[0]["balance"].as_array().unwrap();
    assert_eq!(holds.len(), 2);
    assert_eq!(
        (holds[0]["rating"].as_str(), holds[1]["rating"].as_str()),
        (Some("steady"), Some("wobbly"))
    );
    assert!(!file.exists(), "saved: its file is gone");
}

/// Issue 26: a practice crashed today can also be saved as it is from home's question.
#[test]
fn a_practice_crashed_today_can_be_saved_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    log_session(&data, 1, &["chair-squat:12,12", "wall-push-up:10,10"]);
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("A good day for balance and posture practice");
    tui.press("b");
    tui.wait_for("Today: 3 holds of 10 seconds");
    tui.press(ENTER);
    tui.wait_for("How steady was that?");
    tui.press("1");
    tui.wait_for("Next: set 2 of 3");
    signal(&mut tui, "KILL");
    tui.wait_exit();
    drop(tui);
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("was not finished");
    tui.press("s");
    tui.wait_for("Practice saved.");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let practice = read_history(&data)["practice"].clone();
    assert_eq!(practice.as_array().unwrap().len(), 1, "{practice:#}");
    assert!(!data.join("practice-in-progress.json").exists());
}

/// Issue 17: with the warm-up on, a strength session starts with it; it counts by itself
/// and one `s` skips the rest of it.
#[test]
fn the_warm_up_runs_and_can_be_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("profile.json"),
        DEFAULT_PROFILE.replace("\"warm_up\": false", "\"warm_up\": true"),
    )
    .unwrap();
    let mut tui = Tui::spawn(&data, 30, 100);
    tui.wait_for("start the session");
    tui.press(ENTER);
    tui.wait_for("Warm-up: March on the spot");
    tui.wait_for("s  skip the warm-up");
    tui.press(ENTER);
    tui.wait_for("Get ready");
    tui.wait_until("the march counting", |s| {
        s.contains("move 1 of 5") && !s.contains(" 0 of 60 seconds") && s.contains(" of 60 seconds")
    });
    tui.press("s");
    let card = tui.wait_for("Wall push-ups");
    assert!(card.contains("Exercise 1 of 4"), "{card}");
    assert!(
        !data.join("history.json").exists(),
        "nothing of the warm-up is saved"
    );
}

/// Issue 19 item 7: set up with `profile` flags first, the first start on screen still
/// shows the disclaimer, then asks only the questions the flags left open; the next start
/// goes straight home.
#[test]
fn after_profile_flags_the_first_start_shows_the_disclaimer_and_asks_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let made = common::std_botsterk()
        .arg("--data-dir")
        .arg(&data)
        .args([
            "--lang",
            "en",
            "profile",
            "--program",
            "advanced",
            "--sound",
            "off",
        ])
        .env_remove("BOTSTERK_DATA_DIR")
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let mut tui = Tui::spawn_first_run(&data, 24, 80, &[]);
    let first = tui.wait_for("Before you start");
    assert!(first.contains("not medical advice"), "{first}");
    assert!(first.contains("Question 1 of 9"), "{first}");
    assert!(
        first.contains("already given with the profile command"),
        "{first}"
    );
    let mut asked = vec!["Before you start".to_owned()];
    let questions = [
        "What do you know about your bones?",
        "impact exercise (stomping)",
        "How many sessions a week",
        "Weights in kilograms or pounds?",
        "How long a rest between sets?",
        "Who counts the reps?",
        "In what year were you born?",
        "What is your sex?",
    ];
    for (n, question) in questions.iter().enumerate() {
        tui.press(ENTER);
        let screen = tui.wait_for(&format!("Question {} of 9", n + 2));
        assert!(screen.contains(question), "{question}:\n{screen}");
        asked.push((*question).to_owned());
    }
    tui.press(ENTER);
    let home = tui.wait_for("Today's session");
    assert!(
        home.contains("Goblet squats"),
        "the flag's program:\n{home}"
    );
    tui.press("q");
    assert!(tui.wait_exit().success());
    let profile: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("profile.json")).unwrap()).unwrap();
    assert_eq!(profile["program"], "advanced");
    assert_eq!(profile["sound"], "off");
    let answered: Vec<&str> = profile["answered"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for key in [
        "language",
        "disclaimer",
        "bone_status",
        "cleared_for_impact",
        "program",
        "weekly_target",
        "units",
        "rest",
        "counting",
        "sound",
    ] {
        assert!(answered.contains(&key), "{key} in {answered:?}");
    }
    // Everything answered: the next start is home.
    let mut again = Tui::spawn_first_run(&data, 24, 80, &[]);
    let home = again.wait_for("Today's session");
    assert!(!home.contains("Before you start"), "{home}");
    again.press("q");
    assert!(again.wait_exit().success());
}

/// A profile that counts paced, with a 3 s get-ready.
fn paced_profile(data: &Path) {
    std::fs::create_dir_all(data).unwrap();
    let profile = DEFAULT_PROFILE.replace(
        "\"get_ready_seconds\": 3",
        "\"get_ready_seconds\": 3, \"counting\": \"paced\"",
    );
    std::fs::write(data.join("profile.json"), profile).unwrap();
}

/// From home to the heel raises' card (the first two exercises skipped): its Enter is the
/// "ready" of the first set.
fn to_the_heel_raises(tui: &mut Tui) {
    tui.wait_for("Today's session");
    tui.press(ENTER);
    for next in ["Chair squats", "Heel raises"] {
        tui.wait_for("Today:");
        tui.skip_card("Press s again");
        tui.wait_until(next, |s| s.contains(next) && !s.contains("Press s again"));
    }
    tui.wait_for("Today: 2 sets of 15");
}

/// Issue 16: a paced heel-raise set runs to its target with no key pressed after "ready".
/// At the real tempo the 15 reps take 75 s: the binary's clock (and its sleeps) run 10
/// times faster under libfaketime, so the test takes some 8 s, with nothing changed in
/// botsterk.
#[test]
fn a_paced_heel_raise_set_runs_to_its_target_with_no_key() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    paced_profile(&data);
    let mut tui = Tui::start(
        &data,
        Start {
            speed: 10,
            ..Start::default()
        },
    );
    let wait = Duration::from_secs(60);
    to_the_heel_raises(&mut tui);
    tui.press(ENTER);
    // Not waited for: 3 s of get-ready are 0.3 s under faketime, too short to be sure to
    // see. No key from here: the coach counts up, hold, down 15 times, then the rest begins.
    let rest = wait_for(&tui.parser, "Next: set 2 of 2", wait);
    assert!(rest.contains("Rest"), "{rest}");
    let journal: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join(JOURNAL)).unwrap()).unwrap();
    let sets = journal["sets_done"].as_array().unwrap();
    assert_eq!(sets.len(), 1, "{journal}");
    assert_eq!(sets[0]["reps"], 15, "{journal}");
}

/// Issue 27, item 2: `x` in the history writes the spreadsheet into the data folder and
/// says where; the file is a workbook with the session's sets.
#[test]
fn x_in_the_history_writes_the_spreadsheet_into_the_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    log_session(&data, 1, &["chair-squat:12,11"]);
    let mut tui = Tui::spawn(&data, 24, 80);
    tui.wait_for("h  history");
    tui.press("h");
    tui.wait_for("x  spreadsheet");
    tui.press("x");
    let file = data.join(format!("botsterk-{}.xlsx", DEFAULT_AT.day()));
    let shown = tui.wait_for("Spreadsheet written");
    let squeezed: String = shown.split_whitespace().collect();
    let path: String = file.display().to_string().split_whitespace().collect();
    assert!(squeezed.contains(&path), "{shown}");
    tui.press("q");
    tui.press("q");
    assert!(tui.wait_exit().success());
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&file).expect("a workbook");
    let sets = book.worksheet_range("sets").unwrap();
    assert_eq!(sets.height(), 3, "the header and two sets");
    assert_eq!(sets.get_value((2, 5)), Some(&calamine::Data::Float(11.0)));
}

/// Issue 32, item 2: at a terminal, `restore` asks first, in the user's words (what the
/// history will be, and how many sessions it holds now), the backup's name only as a
/// detail; no changes nothing, yes brings it back.
#[test]
fn restore_at_a_terminal_asks_in_words_first() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    for days in ["2026-12-04", "2026-12-06", "2026-12-08"] {
        let logged = common::std_botsterk()
            .arg("--data-dir")
            .arg(&data)
            .args(["--lang", "en", "log", "--date", days, "chair-squat:10,10"])
            .output()
            .unwrap();
        assert!(logged.status.success(), "{logged:?}");
    }
    let history = std::fs::read(data.join("history.json")).unwrap();
    let backups = botsterk::store::Store::new(&data).backups();
    let oldest = backups
        .last()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for (answer, lang, question, done) in [
        (
            "n",
            "en",
            "Bring back your history as it was before your changes of",
            "Nothing was changed.",
        ),
        (
            "j",
            "nl",
            "Je logboek terugzetten zoals het was vóór je wijzigingen van",
            "Je logboek is terug",
        ),
    ] {
        let mut tui = Tui::start(
            &data,
            common::pty::Start {
                rows: 24,
                cols: 100,
                args: &["--lang", lang, "restore", &oldest],
                ..common::pty::Start::default()
            },
        );
        let asked = tui.wait_for(question);
        assert!(
            asked.contains("1 session") || asked.contains("1 training"),
            "{asked}"
        );
        assert!(
            asked.contains("3 sessions") || asked.contains("3 trainingen"),
            "{asked}"
        );
        assert!(asked.contains(&oldest), "the backup as a detail: {asked}");
        tui.press(answer);
        tui.press(ENTER);
        tui.wait_for(done);
        assert!(tui.wait_exit().success());
    }
    assert_ne!(std::fs::read(data.join("history.json")).unwrap(), history);
}

/// Issue 32, item 4: "Try the sound" in the settings speaks a sample cue in the profile's
/// language with the speech program found (a stand-in that keeps what it is given, as
/// arguments or on its input) and says which program it used.
#[test]
fn try_the_sound_speaks_a_sample_with_the_program_found() {
    for (lang, settings, tried, sample) in [
        ("en", "Try the sound", "Spoken with espeak-ng", "Set 1 of 2"),
        (
            "nl",
            "Geluid proberen",
            "Uitgesproken met espeak-ng",
            "Serie 1 van 2",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let (data, said, path) = with_a_stand_in_voice(tmp.path());
        let mut tui = Tui::spawn_with_env(&data, 24, 80, &["--lang", lang], &[("PATH", path)]);
        tui.wait_until("home", |s| s.contains("Enter"));
        tui.press(",");
        tui.wait_for(settings);
        let row = botsterk::app::setup::SETTINGS
            .iter()
            .position(|r| *r == botsterk::app::setup::Row::TrySound)
            .unwrap();
        for _ in 0..row {
            tui.press(DOWN);
        }
        tui.wait_for(&format!("▶ {settings}"));
        tui.press(ENTER);
        tui.wait_for(tried);
        let deadline = Instant::now() + WAIT;
        let read = || std::fs::read_to_string(&said).unwrap_or_default();
        while !read().contains(sample) {
            assert!(Instant::now() < deadline, "not spoken: {:?}", read());
            thread::sleep(POLL);
        }
        assert!(read().contains(&format!("-v {lang}")), "{}", read());
    }
}

/// Issue 26, item 4: a damaged profile is no dead end on the first screen: the newest good
/// backup is offered in words; yes brings it back (the damaged file kept aside) and the
/// coach opens; no changes nothing and says how to repair it.
#[test]
fn a_damaged_profile_offers_its_newest_backup_at_the_start() {
    for (answer, opens) in [("n", false), ("y", true)] {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        for target in ["3", "2"] {
            let set = common::std_botsterk()
                .arg("--data-dir")
                .arg(&data)
                .args(["--lang", "en", "profile", "--bone-status", "osteopenia"])
                .args(["--cleared-for-impact", "no", "--program", "beginner"])
                .args(["--weekly-target", target])
                .output()
                .unwrap();
            assert!(set.status.success(), "{set:?}");
        }
        let damaged = b"{ damaged".to_vec();
        std::fs::write(data.join("profile.json"), &damaged).unwrap();
        let mut tui = Tui::start(
            &data,
            common::pty::Start {
                set_up: false,
                args: &["--lang", "en"],
                ..common::pty::Start::default()
            },
        );
        let asked = tui.wait_for("Bring back the newest good backup");
        assert!(asked.contains("cannot be read"), "{asked}");
        tui.press(answer);
        tui.press(ENTER);
        if opens {
            // The answers the flags gave are back; set-up asks only what they left open.
            let opened = tui.wait_until("the coach", |s| s.contains("questions left"));
            assert!(
                opened.contains("Question 1 of 7"),
                "not all twelve: {opened}"
            );
            let kept_aside = std::fs::read_dir(&data)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.to_string_lossy().contains("profile.json.replaced-"))
                .expect("the damaged profile kept aside");
            assert_eq!(std::fs::read(kept_aside).unwrap(), damaged);
        } else {
            tui.wait_for("restore --profile");
            assert!(!tui.wait_exit().success());
            assert_eq!(std::fs::read(data.join("profile.json")).unwrap(), damaged);
        }
    }
}

/// Issue 29, item 5: the first time botsterk opens in a new month, home shows last month
/// in one screen (once: the month is noted); someone who began this month sees home.
#[test]
fn the_first_start_of_a_month_shows_last_month_once() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let log = |date: &str| {
        let out = common::std_botsterk()
            .arg("--data-dir")
            .arg(&data)
            .args([
                "--lang",
                "en",
                "log",
                "--date",
                date,
                "chair-squat:10,10",
                "heel-raise:15,15",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    };
    // Began this month: nothing to look back on.
    log("2026-12-02");
    let mut tui = Tui::spawn(&data, 24, 80);
    let home = tui.wait_for("Today's session");
    assert!(!home.contains("in review"), "{home}");
    tui.press("q");
    assert!(tui.wait_exit().success());
    // A session in November: its review comes first, then home; the next start goes home.
    log("2026-11-20");
    for (lang, review, home) in [
        (
            "nl",
            "Terugblik op november 2026",
            "De training van vandaag",
        ),
        ("en", "", "Today's session"),
    ] {
        let mut tui = Tui::spawn_with_env(&data, 24, 80, &["--lang", lang], &[]);
        if lang == "nl" {
            let shown = tui.wait_for(review);
            assert!(shown.contains("botsterk logboek --month"), "{shown}");
            tui.press(ENTER);
        }
        let shown = tui.wait_for(home);
        assert!(
            !shown.contains("Terugblik") && !shown.contains("in review"),
            "{shown}"
        );
        tui.press("q");
        assert!(tui.wait_exit().success());
    }
}
