#!/usr/bin/env bash
# The whole-process figures of docs/performance.md, on the release binary: `plan --json`
# time and peak memory, the first frames of the TUI and of the history screen, CPU and
# wake-ups while a rest counts down and on the idle home screen, the timer's accuracy, and
# the bytes per session of the history file. Each on demo histories of 1, 5 and 10 years.
#
#   cargo build --release && benches/measure.sh            # everything, about 5 minutes
#   benches/measure.sh plan memory                         # only some parts
#
# Parts: files plan memory frames countdown idle timer cues voice ratios. Needs tmux, strace,
# GNU time and (for voice) espeak-ng
# (/usr/bin/time) for some of them. Never touches your own data: it works in a temp dir.
# Not run by CI: these are measurements, not tests.
set -euo pipefail
cd "$(dirname "$0")/.."

B=${BOTSTERK:-$PWD/target/release/botsterk}
RUNS=${RUNS:-25}
W=$(mktemp -d)
S=botsterk-measure-$$
pid=
# SIGTERM first: under strace a hang-up alone may not reach botsterk.
stop_tui() {
  if [[ -n "$pid" ]]; then kill -TERM "$pid" 2>/dev/null || true; sleep 0.3; fi
  tmux kill-session -t "$S" 2>/dev/null || true
  pid=
}
trap 'stop_tui; rm -rf "$W"' EXIT
parts=${*:-files plan memory frames countdown idle timer cues voice}
want() { [[ " $parts " == *" $1 "* ]]; }

echo "# $(date -u +%FT%TZ) $(uname -srm), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# binary: $B ($(stat -c %s "$B") bytes)"

for y in 1 5 10; do
  out=$("$B" --data-dir "$W/y$y" --lang en demo --years "$y")
  sessions=$(sed -n 's/.*history: \([0-9]*\) sessions.*/\1/p' <<<"$out")
  echo "$sessions" >"$W/y$y.sessions"
done
sessions() { cat "$W/y$1.sessions"; }

# A copy of a demo dir, so that a session started on screen never changes the original.
copy() { rm -rf "$W/run" && cp -r "$W/y$1" "$W/run" && rm -f "$W/run/.lock"; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Sum over the threads of a process.
cpu_ticks() { cat /proc/"$1"/task/*/stat | awk '{t += $14 + $15} END {print t}'; }
cpu_ns() { cat /proc/"$1"/task/*/schedstat | awk '{t += $1} END {print t}'; }
# Voluntary context switches: each time a thread went to sleep, so each wake-up.
switches() { cat /proc/"$1"/task/*/status | awk '/^voluntary_ctxt_switches/ {t += $2} END {print t}'; }
hwm_kb() { awk '/VmHWM/ {print $2}' /proc/"$1"/status; }

# Starts the TUI on a copy of the y$1 dir in a 120x40 tmux window; $2 wraps it (strace).
start_tui() {
  copy "$1"
  stop_tui
  tmux new-session -d -s "$S" -x 120 -y 40 "exec ${2:-} $B --data-dir $W/run --lang en"
  wait_for "Today's session"
  pid=$(tmux display -p -t "$S" '#{pane_pid}')
  if [[ -n "${2:-}" ]]; then
    pid=$(pgrep -P "$pid" botsterk)
  fi
}
wait_for() {
  for _ in $(seq 200); do
    tmux capture-pane -p -t "$S" | grep -q "$1" && return 0
    sleep 0.05
  done
  echo "timed out waiting for '$1'" >&2
  tmux capture-pane -p -t "$S" >&2
  return 1
}
# The rest after set 1 of goblet squats (0 reps: the set is thrown away with the copy).
start_rest() {
  tmux send-keys -t "$S" Enter
  wait_for "Today:"
  tmux send-keys -t "$S" Enter
  wait_for "set 1 of 3"
  tmux send-keys -t "$S" Enter
  wait_for "Rest"
}

if want files; then
  echo "## history file: bytes per session"
  for y in 1 5 10; do
    bytes=$(stat -c %s "$W/y$y/history.json")
    echo "$y years: $(sessions "$y") sessions, $bytes bytes, $((bytes / $(sessions "$y"))) bytes/session"
  done
fi

if want plan; then
  echo "## botsterk plan --json: wall time of the whole process, median of $RUNS runs (date +%s%N around each)"
  for y in 1 5 10; do
    for _ in $(seq "$RUNS"); do
      s=$(date +%s%N)
      "$B" --data-dir "$W/y$y" plan --json >/dev/null
      e=$(date +%s%N)
      echo $(((e - s) / 1000))
    done | median | awk -v y="$y" '{printf "%s years: %.1f ms\n", y, $1 / 1000}'
  done
  if command -v perf >/dev/null 2>&1; then
    echo "(perf stat -r $RUNS: mean wall time without the date processes, and CPU time:)"
    for y in 1 5 10; do
      perf stat -r "$RUNS" -x, -e task-clock "$B" --data-dir "$W/y$y" plan --json 2>&1 >/dev/null |
        awk -F, -v y="$y" '/task-clock/ {cpu = $1} END {printf "%s years: CPU (task-clock) %.1f ms\n", y, cpu}'
      perf stat -r "$RUNS" "$B" --data-dir "$W/y$y" plan --json 2>&1 >/dev/null |
        awk -v y="$y" '/elapsed/ {printf "%s years: wall %.1f ms +- %.1f (mean)\n", y, $1 * 1000, $3 * 1000}'
    done
  fi
  echo "(the same loop around botsterk --version, the cost of starting any process:)"
  for _ in $(seq "$RUNS"); do
    s=$(date +%s%N); "$B" --version >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000))
  done | median | awk '{printf "--version: %.1f ms\n", $1 / 1000}'
fi

if want memory; then
  echo "## peak memory (maximum resident set size)"
  for y in 1 5 10; do
    kb=$(/usr/bin/time -f %M "$B" --data-dir "$W/y$y" plan --json 2>&1 >/dev/null | tail -1)
    echo "$y years: plan --json $((kb / 1024)).$(((kb % 1024) * 10 / 1024)) MB"
  done
  for y in 1 5 10; do
    start_tui "$y"
    tmux send-keys -t "$S" h
    wait_for "Weeks"
    tmux send-keys -t "$S" Tab
    wait_for "Exercises"
    sleep 0.3
    kb=$(hwm_kb "$pid")
    echo "$y years: TUI after home, history weeks and exercises (VmHWM) $((kb / 1024)).$(((kb % 1024) * 10 / 1024)) MB"
  done
fi

if want frames; then
  echo "## first frames: strace -tt, from execve to the first wait for a key after the frame is written"
  for y in 1 5 10; do
    start_tui "$y" "strace -f -tt -e trace=execve,read,write,poll,ppoll,epoll_wait,epoll_pwait -o $W/trace"
    tmux send-keys -t "$S" h
    wait_for "Weeks"
    sleep 0.3
    stop_tui
    # Seconds of the day, from HH:MM:SS.micro.
    awk -v y="$y" '
      function t(s, p) { split(s, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
      / execve\(/ && !start { start = t($2) }
      / write\(1,/ && start && !drawn { wrote = 1 }
      /(poll|epoll_wait|epoll_pwait)\(/ && wrote && !drawn { drawn = t($2) }
      / read\(0, "h"/ && drawn && !key { key = t($2); wrote = 0 }
      / write\(1,/ && key { wrote2 = 1 }
      /(poll|epoll_wait|epoll_pwait)\(/ && wrote2 && key && !shown { shown = t($2) }
      END {
        printf "%s years: first frame of the TUI %.1f ms after exec; history screen %.1f ms after the key h\n",
          y, (drawn - start) * 1000, (shown - key) * 1000
      }' "$W/trace"
  done
fi

if want countdown; then
  echo "## CPU while a rest counts down: utime+stime over 60 s (10 ms ticks), and on-CPU time and wake-ups"
  for y in 1 10; do
    start_tui "$y"
    start_rest
    # Longer than the minute measured: 60 s + 8 x 15 s.
    for _ in 1 2 3 4 5 6 7 8; do tmux send-keys -t "$S" +; done
    sleep 1
    t0=$(cpu_ticks "$pid"); n0=$(cpu_ns "$pid"); c0=$(switches "$pid")
    sleep 60
    t1=$(cpu_ticks "$pid"); n1=$(cpu_ns "$pid"); c1=$(switches "$pid")
    tmux capture-pane -p -t "$S" | grep -q "Rest" || { echo "the rest ended early" >&2; exit 1; }
    awk -v y="$y" -v t=$((t1 - t0)) -v n=$((n1 - n0)) -v c=$((c1 - c0)) 'BEGIN {
      printf "%s years: %d ticks = %.3f%% of one core (utime+stime); on CPU %.1f ms = %.4f%%; %d voluntary context switches (wake-ups)\n",
        y, t, t * 10 / 600, n / 1e6, n / 1e6 / 600, c }'
  done
fi

if want idle; then
  echo "## idle home: 30 s without a key"
  start_tui 10
  sleep 1
  t0=$(cpu_ticks "$pid"); n0=$(cpu_ns "$pid"); c0=$(switches "$pid")
  sleep 30
  t1=$(cpu_ticks "$pid"); n1=$(cpu_ns "$pid"); c1=$(switches "$pid")
  echo "utime+stime +$((t1 - t0)) ticks, on CPU +$((n1 - n0)) ns, voluntary context switches (wake-ups) +$((c1 - c0))"
  timeout 10 strace -f -p "$pid" -o "$W/idle-syscalls" 2>/dev/null || true
  echo "strace -f -p for 10 s; every line it wrote (the calls each thread was blocked in when attached):"
  sed 's/^/    /' "$W/idle-syscalls"
fi

if want timer; then
  echo "## timer accuracy: a 60 s plank hold, from the key that begins it to the bell at its end"
  # A plank of 60 s logged two days ago: today trains the beginner program, plank at 60 s.
  "$B" --data-dir "$W/y0" --lang en log --date "$(date -d '2 days ago' +%F)" \
    --program beginner modified-plank:60s,60s:right >/dev/null
  cp "$W/y1/profile.json" "$W/y0/"
  copy 0
  stop_tui
  tmux new-session -d -s "$S" -x 120 -y 40 \
    "exec strace -tt -e trace=read,write -o $W/timer $B --data-dir $W/run --lang en"
  wait_for "Today's session"
  pid=$(pgrep -P "$(tmux display -p -t "$S" '#{pane_pid}')" botsterk)
  tmux send-keys -t "$S" Enter
  wait_for "Today:"
  for _ in 1 2 3; do tmux send-keys -t "$S" s; sleep 0.3; done
  wait_for "60 seconds"
  tmux send-keys -t "$S" Enter
  sleep 65
  stop_tui
  awk '
    function t(s, p) { split(s, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    / read\(0, "\\r"/ { begin = t($1) }
    / write\(1, "\\7"/ && begin && !bell { bell = t($1) }
    END {
      printf "Enter read at %.6f, bell at %.6f: %.1f ms after the 3 s get-ready and the 60 s hold (63 s)\n",
        begin, bell, (bell - begin - 63) * 1000
    }' "$W/timer"
fi

if want voice; then
  echo "## the voice's CPU: a paced heel-raise set with the real espeak-ng, the speech program included"
  # espeak-ng says every cue into ALSA's null device (no sound card needed): it synthesizes
  # as it would for a speaker. Its HOME only holds that ALSA setting.
  mkdir -p "$W/home" "$W/voice"
  echo 'pcm.!default { type null }' >"$W/home/.asoundrc"
  cat >"$W/voice/profile.json" <<'JSON'
{"version": 1, "lang": "en", "bone_status": "none", "cleared_for_impact": false,
 "program": "beginner", "weekly_target": 3, "units": "kg", "rest_seconds": 60,
 "owned_weights_kg": [], "bell": true, "sound": "voice", "counting": "paced",
 "get_ready_seconds": 3, "warm_up": false}
JSON
  for sound in voice bell; do
    rm -f "$W/voice/history.json" "$W/voice/session-in-progress.json"
    sed -i "s/\"sound\": \"[a-z]*\"/\"sound\": \"$sound\"/" "$W/voice/profile.json"
    stop_tui
    tmux new-session -d -s "$S" -x 120 -y 40 "HOME=$W/home exec $B --data-dir $W/voice --lang en"
    wait_for "Today's session"
    # exec: the pane's process is botsterk itself.
    pid=$(tmux display -p -t "$S" '#{pane_pid}')
    tmux send-keys -t "$S" Enter
    for n in 2 3; do
      wait_for "Exercise $((n - 1)) of 4"
      tmux send-keys -t "$S" s
      wait_for "Press s again"
      tmux send-keys -t "$S" s
      wait_for "Exercise $n of 4"
    done
    wait_for "Today: 2 sets of 15"
    # Reaped speech programs count in botsterk's cutime and cstime (fields 16 and 17),
    # running ones in their own utime and stime.
    all_ticks() {
      local t; t=$(cat /proc/"$1"/stat | awk '{print $14 + $15 + $16 + $17}')
      for c in $(pgrep -P "$1"); do t=$((t + $(cpu_ticks "$c"))); done
      echo "$t"
    }
    t0=$(all_ticks "$pid"); s0=$(date +%s.%N); w0=$(switches "$pid")
    tmux send-keys -t "$S" Enter
    sleep 76
    wait_for "Next: set 2 of 2"
    t1=$(all_ticks "$pid"); s1=$(date +%s.%N); w1=$(switches "$pid")
    speech=$( (pgrep -P "$pid" || true) | wc -l)
    stop_tui
    awk -v t=$((t1 - t0)) -v a="$s0" -v b="$s1" -v w=$((w1 - w0)) -v sound="$sound" -v sp="$speech" 'BEGIN {
      s = b - a
      printf "%s: %d ticks in %.0f s = %.3f%% of one core, botsterk and speech programs together; %d wake-ups of botsterk; %d speech program running at the end\n",
        sound, t, s, t / s, w, sp }'
  done
fi

if want cues; then
  echo "## spoken cues: how late each cue of a paced heel-raise set is, against its moment"
  # A stand-in espeak-ng first on the PATH: it appends the time it started and its words.
  # So each figure is the whole way from botsterk's timer to a speech program running
  # (the wake-up, the spawn, sh and date starting), a little more than the voice needs.
  mkdir -p "$W/bin" "$W/cues"
  printf '#!/bin/sh\necho "$(date +%%s.%%N) $*" >>%s/said\n' "$W" >"$W/bin/espeak-ng"
  chmod +x "$W/bin/espeak-ng"
  cat >"$W/cues/profile.json" <<'JSON'
{"version": 1, "lang": "en", "bone_status": "none", "cleared_for_impact": false,
 "program": "beginner", "weekly_target": 3, "units": "kg", "rest_seconds": 60,
 "owned_weights_kg": [], "bell": true, "sound": "voice", "counting": "paced",
 "get_ready_seconds": 3}
JSON
  stop_tui
  # strace -ttt (main thread, reads only) gives the instant botsterk read the Enter that
  # begins the 3 s get-ready; every cue's moment is a whole number of seconds after it.
  tmux new-session -d -s "$S" -x 120 -y 40 \
    "PATH=$W/bin:\$PATH exec strace -ttt -e trace=read -o $W/cues.trace $B --data-dir $W/cues --lang en"
  wait_for "Today's session"
  pid=$(pgrep -P "$(tmux display -p -t "$S" '#{pane_pid}')" botsterk)
  tmux send-keys -t "$S" Enter
  for n in 2 3; do
    wait_for "Today:"
    tmux send-keys -t "$S" s
    wait_for "Press s again"
    tmux send-keys -t "$S" s
    wait_for "Exercise $n of 4"
  done
  wait_for "Today: 2 sets of 15"
  tmux send-keys -t "$S" Enter
  t0=$(cpu_ticks "$pid"); n0=$(cpu_ns "$pid")
  # 3 s get-ready and 15 reps of 1 s up, 2 s hold, 2 s down: 78 s.
  sleep 76
  wait_for "Next: set 2 of 2"
  t1=$(cpu_ticks "$pid"); n1=$(cpu_ns "$pid")
  stop_tui
  # botsterk's own CPU (not the speech programs it starts), under strace, so an upper bound.
  s=$(awk -F. -v b="$(awk '/ read\(0, "\\r"/ {t = $1} END {print t}' "$W/cues.trace")" \
    'END {print $1 - b}' "$W/said")
  awk -v t=$((t1 - t0)) -v n=$((n1 - n0)) -v s="$s" 'BEGIN {
    printf "botsterk during the set (about %d s): %d ticks = %.3f%% of one core; on CPU %.1f ms = %.4f%%\n",
      s, t, t / s, n / 1e6, n / 1e7 / s }'
  begin=$(awk '/ read\(0, "\\r"/ {t = $1} END {print t}' "$W/cues.trace")
  # The moments: three, two, one at 0, 1, 2 s; then each rep r (0-14) says up at 3+5r
  # (with go, or with the count of the rep before), hold at 4+5r, down at 6+5r; the last
  # count with done (and rest) at 78 s.
  awk -v begin="$begin" '
    BEGIN {
      for (s = 0; s <= 2; s++) due[s] = 1
      for (r = 0; r < 15; r++) { due[3 + 5 * r] = 1; due[4 + 5 * r] = 1; due[6 + 5 * r] = 1 }
      due[78] = 1
    }
    {
      at = $1 - begin; second = int(at + 0.5); late = (at - second) * 1000
      words = $0; sub(/^[^ ]* /, "", words)
      if (!(second in due)) { printf "unexpected cue at %.3f s: %s\n", at, words; bad++ }
      else if (second in seen) { printf "second cue at %d s: %s\n", second, words; bad++ }
      seen[second] = 1
      printf "  %5.3f s  %-22s %+6.1f ms\n", at, words, late
      n++; lates[n] = late; if (late > max) max = late
    }
    END {
      missing = 0; for (s in due) if (!(s in seen)) missing++
      # Sorted for the median and the 95th percentile.
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (lates[j] < lates[i]) { t = lates[i]; lates[i] = lates[j]; lates[j] = t }
      printf "%d cues (%d moments missing, %d out of place): median %.1f ms late, 95th percentile %.1f ms, worst %.1f ms\n",
        n, missing, bad, lates[int((n + 1) / 2)], lates[int(n * 0.95 + 0.999)], max
    }' "$W/said"
  # What the stand-in itself adds: from just before bash starts it to its date, median of 20.
  for _ in $(seq 20); do
    s=$(date +%s%N)
    "$W/bin/espeak-ng" baseline
    e=$(tail -1 "$W/said" | cut -d' ' -f1 | tr -d .)
    echo $(((e - s) / 1000))
  done | median | awk '{printf "the stand-in alone: %.1f ms from its start to its date (median of 20), included in each figure above\n", $1 / 1000}'
fi
