//! The date and time the real binary sees in a test: chosen by the test, never the day the
//! suite happens to run. botsterk has no test-only clock switch, so the tests preload
//! libfaketime (Debian's `faketime` package, which `.ci/run` installs) into every process
//! they start, in the time zone of the program's users (Europe/Amsterdam: CET/CEST, so the
//! daylight-saving nights are real).
//!
//! A test that does not say otherwise runs at [`DEFAULT_AT`], a plain Wednesday; a test
//! about a particular day names it with [`At`].

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Datelike, Days, FixedOffset, NaiveDate, NaiveDateTime, Weekday};

/// The time zone every started binary runs in.
pub const TZ: &str = "Europe/Amsterdam";

/// Wednesday 9 December 2026, 10:00: mid-week, after every fixture's last record, far from
/// a year's end and from the clock changes, so "yesterday" and "two days ago" fall in the
/// same week.
pub const DEFAULT_AT: At = At("2026-12-09 10:00:00");

/// A local wall time in [`TZ`], written `YYYY-MM-DD HH:MM:SS` as libfaketime reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At(pub &'static str);

impl At {
    /// `time` (HH:MM:SS) on `day`. (The text is kept for the test's life: a few bytes.)
    pub fn on(day: NaiveDate, time: &str) -> Self {
        Self(Box::leak(format!("{day} {time}").into_boxed_str()))
    }

    pub fn naive(self) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(self.0, "%Y-%m-%d %H:%M:%S")
            .unwrap_or_else(|e| panic!("{:?} is not YYYY-MM-DD HH:MM:SS: {e}", self.0))
    }

    /// The local calendar day the binary sees at the start.
    pub fn day(self) -> NaiveDate {
        self.naive().date()
    }

    /// The moment with the offset [`TZ`] has then, as the history's timestamps are written.
    pub fn rfc3339(self) -> String {
        let naive = self.naive();
        let offset = FixedOffset::east_opt(amsterdam_offset_hours(naive) * 3600).unwrap();
        naive
            .and_local_timezone(offset)
            .single()
            .expect("a fixed offset has every local time once")
            .to_rfc3339()
    }

    pub fn days_ago(self, n: u64) -> NaiveDate {
        self.day() - Days::new(n)
    }

    /// The environment that starts a process at this moment, its clock then running at
    /// `speed` times the real pace (1: the real pace). Monotonic time is faked only when
    /// sped up, so timers (holds, rests) run faster too; at the real pace it stays real.
    pub fn env(self, speed: u32) -> Vec<(&'static str, String)> {
        let spec = if speed == 1 {
            format!("@{}", self.0)
        } else {
            format!("@{} x{speed}", self.0)
        };
        let mut env = vec![
            ("LD_PRELOAD", libfaketime().display().to_string()),
            ("FAKETIME", spec),
            ("TZ", TZ.to_owned()),
        ];
        if speed == 1 {
            env.push(("FAKETIME_DONT_FAKE_MONOTONIC", "1".to_owned()));
        } else {
            env.push(("FAKETIME_DONT_FAKE_MONOTONIC", "0".to_owned()));
        }
        env
    }
}

/// UTC+1 or, in summer time, UTC+2: the EU's rule (from 02:00 on the last Sunday of March
/// to 03:00 on the last Sunday of October), so the tests need no time-zone database.
fn amsterdam_offset_hours(local: NaiveDateTime) -> i32 {
    let last_sunday = |month: u32| {
        let mut day = NaiveDate::from_ymd_opt(local.year(), month, 31).unwrap();
        while day.weekday() != Weekday::Sun {
            day = day.pred_opt().unwrap();
        }
        day
    };
    let starts = last_sunday(3).and_hms_opt(2, 0, 0).unwrap();
    let ends = last_sunday(10).and_hms_opt(3, 0, 0).unwrap();
    if (starts..ends).contains(&local) {
        2
    } else {
        1
    }
}

/// Where Debian (and most distributions) put the thread-safe libfaketime; the first found
/// wins. `BOTSTERK_LIBFAKETIME` names another.
const CANDIDATES: &[&str] = &[
    "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1",
    "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1",
    "/usr/lib/faketime/libfaketimeMT.so.1",
    "/usr/lib64/faketime/libfaketimeMT.so.1",
    "/usr/local/lib/faketime/libfaketimeMT.so.1",
    "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/faketime/libfaketime.so.1",
    "/usr/local/lib/faketime/libfaketime.so.1",
];

/// libfaketime's shared library. Without it no test of the real binary can choose its day,
/// so this fails the test with what to install instead of running on today's date.
pub fn libfaketime() -> &'static Path {
    static FOUND: OnceLock<Option<PathBuf>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            std::env::var_os("BOTSTERK_LIBFAKETIME")
                .map(PathBuf::from)
                .into_iter()
                .chain(CANDIDATES.iter().map(PathBuf::from))
                .find(|p| p.is_file())
        })
        .as_deref()
        .unwrap_or_else(|| {
            panic!(
                "libfaketime not found: the tests run botsterk on dates they choose with it. \
                 Install Debian's faketime package (`sudo apt-get install faketime`; \
                 .ci/run does this), or set BOTSTERK_LIBFAKETIME to libfaketime.so.1"
            )
        })
}
