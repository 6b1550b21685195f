//! What a session is made of, as plain types: where it is ([`Phase`]), the question on top
//! ([`Dialog`]), what the user asked ([`Input`]) and what a step asks of the world
//! ([`Outcome`]).

use std::time::Instant;

use super::super::cues::{Cue, Timed};
use super::super::tempo::PacedSet;
use super::super::timer::Timer;
use crate::history::{Effort, Steadiness};

/// Which foot a stomp was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foot {
    Left,
    Right,
}

/// Where the session is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// The exercise's card: steps and cue, before its first set.
    Card,
    /// Counting plain reps.
    Reps { count: u32 },
    /// Counting reps that each need a hold at the top; `hold` runs while the user is up.
    TimedReps { count: u32, hold: Option<Timer> },
    /// Counting stomps per foot; `order` remembers each stomp so one can be taken back.
    Stomps { order: Vec<Foot> },
    /// A timed set after a rest waits here until the user says go: nothing counts while
    /// nobody may be there.
    Ready,
    /// The countdown before a hold, its last seconds sounded.
    GetReady { timer: Timer },
    /// A hold counting up towards the target.
    Hold { timer: Timer },
    /// Rest before the next set.
    Rest { timer: Timer },
    /// "How did the last reps feel?"
    Effort,
    /// Pain was reported: stop this exercise, talk to a professional.
    PainStop,
    /// The end: what was done, ready to be saved.
    Summary,
    /// A set the coach counts at the exercise's tempo (counting set to paced).
    Paced(PacedSet),
    /// After a balance hold: "how steady was that?" (`seconds` held).
    Rate { seconds: u32 },
    /// Before a balance stance that needs it (osteoporosis, eyes closed or one leg
    /// without hands): "is a counter within reach?"
    CounterCheck,
}

/// A question on top of the current phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// `q`: save what was done, discard, or go back.
    Quit,
    /// Discarding asks once more, because it cannot be undone.
    ConfirmDiscard,
}

/// What the user asked for, already interpreted for the screen they are on.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Enter on a card: begin the first set; Enter or Space on the ready step: go.
    Begin,
    /// Space: one rep (or start a rep's hold; or a stomp on the next foot).
    Count,
    /// A stomp on a given foot.
    CountFoot(Foot),
    /// Backspace: take the last rep back.
    Uncount,
    /// Enter during a set: the set is finished (ends a hold early).
    FinishSet,
    /// Enter during a rest: skip the rest of it.
    SkipRest,
    /// `+` / `-` during a rest.
    RestLonger,
    RestShorter,
    /// `p`: pause or resume whatever timer runs.
    TogglePause,
    /// `s`: skip the current exercise.
    SkipExercise,
    /// `↓` (true) or `↑` (false) on a card that does not fit the window.
    ScrollCard(bool),
    /// `q`: ask whether to save, discard, or go back.
    AskQuit,
    /// `1`-`4` after the last set.
    Answer(Effort),
    /// Enter after a pain stop.
    Continue,
    /// `1`-`7` after a pain stop: where it hurts (then on, as Enter).
    PainSite(crate::history::PainSite),
    /// In the quit dialog: keep what was done and go to the summary.
    SaveWhatWasDone,
    /// In the quit dialog: throw the session away (asks to confirm).
    Discard,
    /// Confirm the discard.
    ConfirmDiscard,
    /// Esc: close the dialog and carry on.
    CloseDialog,
    /// Enter on the summary: save it.
    Save,
    /// `1`-`3` after a balance hold: steady, wobbly, had to hold on.
    Rate(Steadiness),
    /// The answer to "is a counter within reach?".
    CounterNear(bool),
}

/// What a step of the session asks of the outside world.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// What to sound, in order, each with the instant it belongs to.
    pub cues: Vec<Timed>,
    /// The user asked to save the session (from the summary).
    pub save: bool,
    /// The user threw the session away.
    pub discarded: bool,
    /// A set was finished: the journal should be written.
    pub set_done: bool,
}

impl Outcome {
    /// Whether the bell rings for this step (with sound set to `bell`).
    #[must_use]
    pub fn bell(&self) -> bool {
        self.cues.iter().any(|c| c.cue.rings_bell())
    }

    pub(super) fn say(&mut self, cue: Cue, at: Instant) {
        self.cues.push(Timed { at, cue });
    }
}

/// Why the screen says something about the last key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// Enter with nothing counted: a set of 0 reps is not a set.
    NothingCounted,
    /// `s` on a card: a second `s` skips the exercise.
    SkipAgain,
    /// A count at its bound ([`crate::units::MAX_REPS`], [`crate::units::MAX_STOMPS`] a
    /// foot): counting stops there and the screen says so.
    AtMost(u32),
}
