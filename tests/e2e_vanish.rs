//! Issue 14: a terminal that goes away without a hang-up signal (botsterk started under
//! `setsid`, then the window closed) ends botsterk as a hang-up does, instead of spinning
//! at 100 % of a core with the lock held. (How fast is not asserted here: a deadline only
//! turns a hang into a failure.)
#![cfg(target_os = "linux")]

mod common;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::DEFAULT_AT;
use filedescriptor::{POLLIN, pollfd};
use portable_pty::{PtySize, native_pty_system};

const PROFILE: &str = r#"{"version": 1, "lang": "en", "bone_status": "none",
  "cleared_for_impact": false, "program": "beginner", "weekly_target": 3, "units": "kg",
  "rest_seconds": 60, "owned_weights_kg": [], "bell": true}"#;

/// Clock ticks of CPU time used by `pid` so far (user and system).
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

#[test]
fn a_terminal_gone_without_a_hang_up_ends_botsterk_and_keeps_its_files() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("profile.json"), PROFILE).unwrap();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    // The terminal as plain files, and `setsid`: botsterk in a session of its own, without
    // a controlling terminal, so closing the window sends it no SIGHUP.
    let slave = pair.master.tty_name().expect("the terminal's name");
    let open = || {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&slave)
            .unwrap()
    };
    let mut child = Command::new("setsid")
        .envs(DEFAULT_AT.env(1))
        .arg(env!("CARGO_BIN_EXE_botsterk"))
        .arg("--data-dir")
        .arg(&data)
        .args(["--lang", "en"])
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::from(open()))
        .stdout(Stdio::from(open()))
        .stderr(Stdio::from(open()))
        .spawn()
        .unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + Duration::from_secs(15);
    let fd = pair
        .master
        .as_raw_fd()
        .expect("the terminal's file descriptor");
    while !String::from_utf8_lossy(&seen).contains("quit") {
        assert!(Instant::now() < deadline, "no home screen");
        // Read only what is there, so a silent app fails at the deadline.
        let mut ready = [pollfd {
            fd,
            events: POLLIN,
            revents: 0,
        }];
        if filedescriptor::poll(&mut ready, Some(Duration::from_millis(100))).unwrap() == 0 {
            continue;
        }
        let n = reader.read(&mut buf).unwrap();
        seen.extend_from_slice(&buf[..n]);
    }
    let before = cpu_ticks(child.id()).unwrap();
    // The window closes.
    drop(reader);
    drop(pair.master);
    let closed = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            closed.elapsed() < Duration::from_secs(15),
            "still running 15 s after the terminal went; CPU ticks {before} -> {:?}",
            cpu_ticks(child.id())
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(129), "as on a hang-up: {status:?}");
    // The lock is free again, and nothing of the user's was touched.
    let out = common::std_botsterk()
        .arg("--data-dir")
        .arg(&data)
        .args(["profile", "--weekly-target", "2"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
