//! The crash test: a child process appends sessions as fast as it can and says so after
//! each save returns; it is killed (SIGKILL) at a random moment, thirty times over, in the
//! same data dir. After every kill the history must parse and hold every session whose
//! save returned, in order, and nothing else but perhaps the one being saved.
//!
//! The child is this test binary again, running only `crash::crash_child` (ignored in a
//! normal run, and doing nothing without its environment variables).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use botsterk::history::{History, SessionRecord};
use botsterk::store::Store;
use chrono::{DateTime, FixedOffset};

const DIR_VAR: &str = "BOTSTERK_CRASH_CHILD_DIR";
const RUN_VAR: &str = "BOTSTERK_CRASH_CHILD_RUN";
const KILLS: u64 = 30;

/// Session `i` of run `run`: told apart by its start time, a minute each.
fn session(run: u64, i: u64) -> SessionRecord {
    let fixture = include_str!("../fixtures/history-v1.json");
    let history: History = serde_json::from_str(fixture).unwrap();
    let mut record = history.sessions[0].clone();
    let base: DateTime<FixedOffset> = "2020-01-01T08:00:00+01:00".parse().unwrap();
    let minutes = i64::try_from(run * 100_000 + i).unwrap();
    record.started_at = base + chrono::Duration::minutes(minutes);
    record.ended_at = record.started_at;
    record.date = record.started_at.date_naive();
    record
}

/// (run, i) of a session written by [`session`].
fn which(record: &SessionRecord) -> (u64, u64) {
    let base: DateTime<FixedOffset> = "2020-01-01T08:00:00+01:00".parse().unwrap();
    let minutes = u64::try_from((record.started_at - base).num_minutes()).unwrap();
    (minutes / 100_000, minutes % 100_000)
}

#[test]
#[ignore = "the child process of the crash test, run by it"]
fn crash_child() {
    let (Ok(dir), Ok(run)) = (std::env::var(DIR_VAR), std::env::var(RUN_VAR)) else {
        return;
    };
    let run: u64 = run.parse().unwrap();
    let store = Store::new(dir);
    // As the TUI does: the lock for as long as it runs. The killed one before has let go.
    let _lock = store.lock(Duration::from_secs(10)).unwrap();
    let mut out = std::io::stdout().lock();
    // On a line of its own: libtest has just written "test crash::crash_child ... ".
    writeln!(out, "\nready").unwrap();
    out.flush().unwrap();
    for i in 0.. {
        store.append_session(session(run, i)).unwrap();
        writeln!(out, "saved {i}").unwrap();
        out.flush().unwrap();
    }
}

/// A small deterministic sequence of delays (xorshift).
struct Delays(u64);

impl Delays {
    /// Up to `max_ms` milliseconds, in tenths of a millisecond.
    fn next(&mut self, max_ms: u64) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_micros((self.0 % (max_ms * 10)) * 100)
    }
}

#[cfg(unix)]
#[test]
fn sessions_whose_save_returned_survive_any_kill() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = Store::new(&dir);
    let mut delays = Delays(0x9e37_79b9_7f4a_7c15);
    let mut reported_total = 0;
    let mut unreported_kept = 0;
    let started = Instant::now();
    for run in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "crash::crash_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DIR_VAR, &dir)
            .env(RUN_VAR, run.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Wait (with a deadline) until it is writing, then let it write a random while.
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) if line == "ready" => break,
                Ok(_) => {}
                Err(e) => panic!("run {run}: the child never got going: {e}"),
            }
        }
        std::thread::sleep(delays.next(40));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
        let reported: Vec<u64> = rx
            .try_iter()
            .filter_map(|l| l.strip_prefix("saved ")?.parse().ok())
            .collect();
        reported_total += reported.len();

        let history = store
            .load_history()
            .unwrap_or_else(|e| panic!("run {run}: {e}"));
        let mut this_run: Vec<u64> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for record in &history.sessions {
            let (r, i) = which(record);
            assert!(seen.insert((r, i)), "run {run}: ({r}, {i}) twice");
            if r == run {
                this_run.push(i);
            }
        }
        // Every save that returned is there; at most the one being saved besides, and the
        // sessions of every run before are all still there.
        let n = reported.len() as u64;
        assert_eq!(reported, (0..n).collect::<Vec<_>>());
        let kept = this_run.len() as u64;
        assert!(
            kept == n || kept == n + 1,
            "run {run}: {n} saves returned, {kept} in the file"
        );
        assert_eq!(this_run, (0..kept).collect::<Vec<_>>(), "run {run}");
        unreported_kept += usize::from(kept == n + 1);
        let before: usize = history.sessions.len() - this_run.len();
        assert_eq!(seen.iter().filter(|(r, _)| *r < run).count(), before);
        // The backups are whole files too.
        for backup in store.backups() {
            botsterk::store::read_history_at(&backup).unwrap_or_else(|e| panic!("run {run}: {e}"));
        }
    }
    // After all that, the data dir works as ever; stale temp files of killed writes are
    // the only litter, and nothing reads them.
    let lock = store.lock(Duration::ZERO).unwrap();
    let total = store.load_history().unwrap().sessions.len();
    store.append_session(session(KILLS, 0)).unwrap();
    drop(lock);
    let litter = temp_files(&dir);
    eprintln!(
        "{KILLS} kills in {:?}: {reported_total} saves returned, {total} sessions kept, \
         {unreported_kept} kills after the rename but before the report, {} temp files left",
        started.elapsed(),
        litter.len()
    );
    assert!(
        reported_total > 0,
        "no save ever returned: the kills came too early"
    );
}

fn temp_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(temp_files(&path));
        } else if path.to_string_lossy().ends_with(".tmp") {
            found.push(path);
        }
    }
    found
}
