//! The texts of following a session hands-free: the ready step, the get-ready, sets that
//! count by themselves, sound and spoken cues. In English and Dutch.

use std::fmt::Display;

use crate::coach::cues::Cue;

/// The hands-free texts in one language.
#[derive(Debug)]
pub struct HandsFreeTexts {
    /// Above the big "ready?" on the ready step.
    pub ready_label: &'static str,
    pub ready_word: &'static str,
    pub ready_hint: &'static str,
    /// `{target}`: what the hold will be.
    pub ready_hold: fn(&dyn Display) -> String,
    /// `{target}`: how long a warm-up move goes on.
    pub ready_move: fn(&dyn Display) -> String,
    pub key_go: &'static str,
    /// Enter on a set with nothing counted.
    pub nothing_counted: &'static str,
    /// A count at its bound: `{max}`, the most one set (one foot) may hold; then the
    /// name of the key that finishes the set (from the key table).
    pub at_most: fn(&dyn Display, &str) -> String,
    /// `s` once on a card: the skip key's name, then the begin key's (from the key table).
    pub skip_again: fn(&str, &str) -> String,
    /// `s` once during a set or a rest: `{exercise}`, then the skip key's name.
    pub skip_again_during: fn(&str, &str) -> String,
    /// At the foot of a card that goes on below the window.
    /// The scroll keys' names, up then down (from the key table).
    pub more_below: fn(&str, &str) -> String,
    /// Above an exercise's drawing.
    pub drawing_caption: &'static str,
    /// `{reason}`: the speech program failed; the bell sounds instead.
    pub voice_failed: fn(&str) -> String,
    /// Words said for the cues; numbers from 1 to 20 as words, beyond as digits.
    pub numbers: [&'static str; 20],
    pub go: &'static str,
    /// `{n}`: a number word.
    pub seconds_left: fn(&str) -> String,
    pub done: &'static str,
    pub rest: &'static str,
    pub next_set: &'static str,
    pub up: &'static str,
    pub hold: &'static str,
    pub down: &'static str,
    pub left: &'static str,
    pub right: &'static str,
}

pub const EN: HandsFreeTexts = HandsFreeTexts {
    ready_label: "Next set",
    ready_word: "Ready?",
    ready_hint: "Press Enter (or Space) when you are ready: a countdown gives you time to get into position.",
    ready_hold: |target| format!("Hold {target} seconds"),
    ready_move: |target| format!("Keep moving for {target} seconds"),
    key_go: "I am ready",
    nothing_counted: "Nothing counted yet: a set of 0 reps is not a set. Count with Space, or s to skip the exercise.",
    at_most: |max, enter| {
        format!(
            "{max} is the most one set can hold: counting stops here. Press {enter} to finish the set."
        )
    },
    skip_again: |s, begin| format!("Press {s} again to skip this exercise, or {begin} to begin."),
    skip_again_during: |exercise, s| {
        format!("Press {s} again to skip {exercise}; any other key goes on.")
    },
    more_below: |up, down| format!("↓ more below ({up}{down} to scroll)"),
    drawing_caption: "Start and end position",
    voice_failed: |reason| format!("No voice ({reason}): the bell sounds instead."),
    numbers: [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ],
    go: "go",
    seconds_left: |n| format!("{n} seconds left"),
    done: "done",
    rest: "rest",
    next_set: "next set",
    up: "up",
    hold: "hold",
    down: "down",
    left: "left",
    right: "right",
};

pub const NL: HandsFreeTexts = HandsFreeTexts {
    ready_label: "Volgende set",
    ready_word: "Klaar?",
    ready_hint: "Druk op Enter (of spatie) als je klaar bent: het aftellen geeft je tijd om in positie te komen.",
    ready_hold: |target| format!("{target} seconden vasthouden"),
    ready_move: |target| format!("{target} seconden in beweging blijven"),
    key_go: "ik ben klaar",
    nothing_counted: "Nog niets geteld: een set van 0 herhalingen is geen set. Tel met spatie, of s om de oefening over te slaan.",
    at_most: |max, enter| {
        format!(
            "{max} is het meeste dat een set kan bevatten: hier stopt het tellen. Druk op {enter} om de set af te ronden."
        )
    },
    skip_again: |s, begin| {
        format!("Druk nog eens op {s} om deze oefening over te slaan, of {begin} om te beginnen.")
    },
    skip_again_during: |exercise, s| {
        format!("Druk nog eens op {s} om {exercise} over te slaan; een andere toets gaat door.")
    },
    more_below: |up, down| format!("↓ meer hieronder ({up}{down} om te scrollen)"),
    drawing_caption: "Begin- en eindhouding",
    voice_failed: |reason| format!("Geen stem ({reason}): de bel klinkt in plaats daarvan."),
    numbers: [
        "een",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
    ],
    go: "start",
    seconds_left: |n| format!("nog {n} seconden"),
    done: "klaar",
    rest: "rust",
    next_set: "volgende set",
    up: "omhoog",
    hold: "vasthouden",
    down: "omlaag",
    left: "links",
    right: "rechts",
};

impl HandsFreeTexts {
    /// A number as said: a word up to twenty, digits beyond (the voice reads them in its
    /// own language).
    #[must_use]
    pub fn number(&self, n: u32) -> String {
        usize::try_from(n)
            .ok()
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| self.numbers.get(i))
            .map_or_else(|| n.to_string(), |w| (*w).to_owned())
    }

    /// What the voice says for `cue`.
    #[must_use]
    pub fn say(&self, cue: Cue) -> String {
        match cue {
            Cue::Tick(n) | Cue::Count(n) => self.number(n),
            Cue::Go => self.go.to_owned(),
            Cue::SecondsLeft(n) => (self.seconds_left)(&self.number(n)),
            Cue::Done => self.done.to_owned(),
            Cue::Rest => self.rest.to_owned(),
            Cue::NextSet => self.next_set.to_owned(),
            Cue::Up => self.up.to_owned(),
            Cue::Hold => self.hold.to_owned(),
            Cue::Down => self.down.to_owned(),
            Cue::Left => self.left.to_owned(),
            Cue::Right => self.right.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_are_said_in_the_users_language() {
        assert_eq!(EN.say(Cue::Count(10)), "ten");
        assert_eq!(NL.say(Cue::Count(10)), "tien");
        assert_eq!(NL.say(Cue::SecondsLeft(10)), "nog tien seconden");
        assert_eq!(EN.say(Cue::Count(25)), "25");
        assert_eq!(EN.say(Cue::Count(0)), "0");
    }
}
