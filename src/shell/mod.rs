//! The only impure loop: terminal in and out, the system clock, the store.
//!
//! It blocks on the terminal while nothing runs, and while a timer runs it sleeps until the
//! model's next deadline (the next shown second, the end of a hold). No fixed tick, and a
//! frame is drawn only when something changed. [`start`] opens it: the lock, the history
//! and the journal, read before the terminal is touched.

use std::io::{self, Write};
use std::time::Instant;

use crossterm::event::{self, Event};
use ratatui::DefaultTerminal;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::{Done, Model, Msg, Now, update};
use crate::clock::{Clock, SystemClock};
use crate::coach::session::Session;
use crate::keymap;
use crate::store::{DataLock, Store};
use crate::ui::View;
use crate::ui::theme::{MONO, THEME, Theme};

mod effects;
#[cfg(unix)]
mod give_back;
mod start;

pub use effects::report_page;
use effects::{Carried, Shell};

pub use start::start;

/// True when both the input and the output are a terminal, as the coach needs.
#[must_use]
pub fn has_terminal() -> bool {
    use std::io::IsTerminal;
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// Runs the TUI until the user quits. The terminal is restored however this ends:
/// `ratatui::init` installs a panic hook that restores it too.
///
/// # Errors
/// When the terminal fails (for example when it went away).
pub fn run(mut model: Model, store: &Store, lock: &DataLock) -> io::Result<()> {
    // Looked for once: the settings offer a voice only when one is found.
    let program = crate::speech::Program::find(std::env::var_os("PATH").as_deref());
    model.set_voice(program.as_ref().map(|p| p.name.to_owned()));
    let speaker = program.map(crate::speech::Speaker::new);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = if no_color { &MONO } else { &THEME };
    let mut terminal = ratatui::init();
    restore_on_signals(model.lang.texts())?;
    end_when_the_terminal_goes(model.lang.texts());
    let texts = model.lang.texts();
    let result = event_loop(&mut terminal, model, store, lock, theme, speaker);
    // The terminal went away under a draw or a read: end as its hang-up would (the thread
    // that waits for it may not have run yet), never with an error said to no one.
    if result.is_err() && terminal_is_gone() {
        end_as_hang_up(texts);
    }
    // Not restore(): it reports its own failure on stderr, which panics when that is gone.
    let _ = ratatui::try_restore();
    result
}

/// One frame, as one synchronized update: a terminal that knows mode 2026 shows it whole
/// (no half-drawn screen over a slow ssh line), one that does not ignores the marks, and
/// the end-to-end tests read only whole frames by them.
///
/// `on_screen` is the frame written last: a frame the same as it is not written (a
/// deadline that changed nothing shown, a key that changed nothing), so the terminal gets
/// no bytes at all.
fn draw(
    terminal: &mut DefaultTerminal,
    model: &Model,
    now: Instant,
    theme: &Theme,
    on_screen: &mut Option<Buffer>,
) -> io::Result<()> {
    use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
    let size = terminal.size()?;
    let area = Rect::new(0, 0, size.width, size.height);
    let mut frame_now = Buffer::empty(area);
    View { model, now, theme }.render(area, &mut frame_now);
    if on_screen.as_ref() == Some(&frame_now) {
        return Ok(());
    }
    crossterm::queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    let mut drawn_whole = true;
    terminal.draw(|frame| {
        if frame.area() == area {
            frame.buffer_mut().content.clone_from(&frame_now.content);
        } else {
            // The window changed size meanwhile: drawn for the new size.
            drawn_whole = false;
            frame.render_widget(View { model, now, theme }, frame.area());
        }
    })?;
    *on_screen = drawn_whole.then_some(frame_now);
    crossterm::execute!(terminal.backend_mut(), EndSynchronizedUpdate)
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    mut model: Model,
    store: &Store,
    lock: &DataLock,
    theme: &Theme,
    mut speaker: Option<crate::speech::Speaker>,
) -> io::Result<()> {
    let clock = SystemClock;
    let shell = Shell { store, lock };
    // Drawn only when something changed: a message was handled, the window was resized,
    // or a deadline came. Between those the loop sleeps in `next_event`. A frame the same
    // as the one on screen is not written at all.
    let mut redraw = true;
    let mut on_screen: Option<Buffer> = None;
    // The cues of the messages handled: said once their frame is drawn.
    let mut cues: Vec<(String, crate::lang::Lang)> = Vec::new();
    let mut pending: Vec<Msg> = Vec::new();
    loop {
        if model.quit {
            return Ok(());
        }
        if redraw {
            draw(terminal, &model, clock.now(), theme, &mut on_screen)?;
            redraw = false;
        }
        // The frame first, then the voice: the screen never lags behind the cue.
        for (text, lang) in cues.drain(..) {
            let spoken = speaker
                .as_mut()
                .map(|s| s.say(&text, lang).map_err(|e| e.to_string()));
            if let Some(Err(reason)) = spoken {
                // Once: the model sounds the bell from now on.
                ring_bell(terminal);
                speaker = None;
                pending.push(Msg::Done(Done::VoiceFailed(reason)));
                break;
            }
        }
        cues.clear();
        if pending.is_empty() {
            match next_event(&model, &clock)? {
                Woke::Msg(msg) => pending.push(*msg),
                Woke::Redraw => {
                    // Written whole: the terminal may have lost what it showed.
                    on_screen = None;
                    redraw = true;
                    continue;
                }
                Woke::Nothing => continue,
            }
        }
        redraw = true;
        while let Some(msg) = pending.pop() {
            for effect in update(&mut model, msg, Now::from_clock(&clock)) {
                match shell.carry_out(effect, &model) {
                    Carried::Nothing => {}
                    Carried::Bell => ring_bell(terminal),
                    Carried::Say(text, lang) => cues.push((text, lang)),
                    Carried::Done(done) => pending.push(Msg::Done(done)),
                }
            }
        }
    }
}

/// Why the loop woke up.
enum Woke {
    /// A key with a meaning here, or a deadline that came ([`Msg::Tick`]). Boxed: a
    /// message can carry a whole history, the other answers nothing.
    Msg(Box<Msg>),
    /// The window changed size: draw again, nothing else changed.
    Redraw,
    /// A key that means nothing here, or another event: nothing to do or draw.
    Nothing,
}

/// Sleeps until the next key, resize or deadline. With no deadline (nothing runs: home,
/// the history, a card, counting reps) it blocks on the terminal however long; while a
/// timer runs it sleeps until the model's next wake-up (the next shown second or the end of
/// a hold). No tick in between.
fn next_event(model: &Model, clock: &SystemClock) -> io::Result<Woke> {
    // Idle screens wake once a day, just after midnight, so that home speaks of the new
    // day (a rest day over, a new week) without waiting for a key.
    let deadline = wake_at(model, clock.now())
        .or_else(|| Some(clock.now() + until_after_midnight(clock.local_now())));
    if let Some(deadline) = deadline {
        let timeout = deadline.saturating_duration_since(clock.now());
        if !event::poll(timeout)? {
            // A poll that returns a hair early is not the deadline yet: sleep on.
            return Ok(if clock.now() >= deadline {
                Woke::Msg(Box::new(Msg::Tick))
            } else {
                Woke::Nothing
            });
        }
    }
    Ok(match event::read()? {
        // Below the minimum size only "make the window larger" is shown: a key must not
        // start or throw away anything the user cannot see.
        Event::Key(_) if too_small() => Woke::Nothing,
        Event::Key(key) => {
            keymap::to_msg(key, model).map_or(Woke::Nothing, |m| Woke::Msg(Box::new(m)))
        }
        Event::Resize(..) => Woke::Redraw,
        _ => Woke::Nothing,
    })
}

/// True when the terminal is below the size the screens need.
fn too_small() -> bool {
    crossterm::terminal::size().is_ok_and(|(cols, rows)| !crate::ui::fits(cols, rows))
}

/// When the loop must wake by itself at `now`: the model's next wake-up (the next shown
/// second, the end of a hold), or `now` itself when a running timer has already ended but
/// the model has not been told (the end came while a key was handled or the frame drawn),
/// so that a hold never waits for a key to end. `None`: wait for a key, however long.
///
/// Never before `now`. Ticking a model whose timer has ended always moves it on, so an
/// immediate wake-up happens once, never in a loop.
#[must_use]
pub fn wake_at(model: &Model, now: Instant) -> Option<Instant> {
    let overdue = model
        .session()
        .and_then(Session::active_timer)
        .is_some_and(|timer| !timer.is_paused() && timer.is_done(now));
    if overdue {
        Some(now)
    } else {
        model.next_wake(now).map(|at| at.max(now))
    }
}

/// How long from `now` until one second past the next local midnight.
#[must_use]
pub fn until_after_midnight(now: chrono::DateTime<chrono::FixedOffset>) -> std::time::Duration {
    let next = now
        .date_naive()
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 1))
        .map(|at| at - now.naive_local());
    next.and_then(|d| d.to_std().ok())
        .unwrap_or(std::time::Duration::from_secs(24 * 3600))
}

/// SIGTERM, SIGHUP (the terminal closed) and SIGINT end botsterk with the terminal given
/// back. Nothing needs saving at that moment: the journal is written after every finished
/// set, so the next start offers the session again, losing at most the set being done.
/// A thread waits for the signals, so the event loop never has to wake up to look.
#[cfg(unix)]
fn restore_on_signals(t: &'static crate::i18n::Texts) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            // Never through stdout's lock, never a blocking write: the main thread may be
            // stuck writing to a terminal that does not read. Errors are ignored: after a
            // hang-up the terminal (and so stderr) may be gone.
            give_back::give_back_without_waiting(&(t.stopped_by_signal)(&signal));
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

#[cfg(not(unix))]
fn restore_on_signals(_: &'static crate::i18n::Texts) -> io::Result<()> {
    Ok(())
}

/// A terminal can go away without a hang-up signal (botsterk started under `setsid`, the
/// window then closed): crossterm's reader then sees end of input and waits again at once,
/// forever, at 100 % of a core, holding the lock. So a thread waits in poll(2) for the
/// terminal's hang-up, asking for nothing else (so it never wakes before), and ends
/// botsterk as a hang-up signal would: the terminal given back, every finished set kept in
/// the journal.
#[cfg(unix)]
fn end_when_the_terminal_goes(t: &'static crate::i18n::Texts) {
    use filedescriptor::{POLLERR, POLLHUP, poll, pollfd};
    use std::os::fd::AsRawFd;
    let fd = io::stdin().as_raw_fd();
    std::thread::spawn(move || {
        loop {
            let mut fds = [pollfd {
                fd,
                events: 0,
                revents: 0,
            }];
            match poll(&mut fds, None) {
                Ok(_) if fds[0].revents & (POLLHUP | POLLERR) != 0 => break,
                // Woken for nothing (a signal): wait again.
                Ok(_) | Err(_) => {}
            }
        }
        end_as_hang_up(t);
    });
}

/// Ends botsterk as a hang-up signal would, the terminal being gone: every finished set is
/// in the journal already.
#[cfg(unix)]
fn end_as_hang_up(t: &'static crate::i18n::Texts) -> ! {
    // try_restore: restore() reports its own failure on stderr, which panics when that is
    // gone too.
    let _ = ratatui::try_restore();
    // Said where it can be (a log, a redirected stderr); with the terminal gone a failed
    // write is no reason to stop anything else.
    let _ = writeln!(io::stderr(), "{}", t.data.terminal_gone);
    std::process::exit(128 + signal_hook::consts::SIGHUP);
}

/// Whether the terminal on stdin has hung up (asked without waiting).
#[cfg(unix)]
fn terminal_is_gone() -> bool {
    use filedescriptor::{POLLERR, POLLHUP, poll, pollfd};
    use std::os::fd::AsRawFd;
    let mut fds = [pollfd {
        fd: io::stdin().as_raw_fd(),
        events: 0,
        revents: 0,
    }];
    poll(&mut fds, Some(std::time::Duration::ZERO)).is_ok()
        && fds[0].revents & (POLLHUP | POLLERR) != 0
}

#[cfg(not(unix))]
fn end_when_the_terminal_goes(_: &'static crate::i18n::Texts) {}

#[cfg(not(unix))]
fn terminal_is_gone() -> bool {
    false
}

#[cfg(not(unix))]
fn end_as_hang_up(_: &'static crate::i18n::Texts) -> ! {
    std::process::exit(1)
}

fn ring_bell(terminal: &mut DefaultTerminal) {
    // A bell that cannot ring is no reason to stop a session.
    let backend = terminal.backend_mut();
    let _ = backend.write_all(b"\x07").and_then(|()| backend.flush());
}
