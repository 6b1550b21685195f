//! The falls diary's texts (issue 30), in English and Dutch.

use crate::history::{FallCause, FallKind, FallPlace, FallRecord, Injury, PartOfDay};
use crate::lang::Lang;

/// The texts of one language.
#[derive(Debug)]
pub struct FallTexts {
    /// The ProFaNE definition, as shown where a fall is recorded.
    pub definition: &'static str,
    pub fall: &'static str,
    pub near_fall: &'static str,
    /// In the order of the enums' variants.
    pub parts_of_day: [&'static str; 4],
    pub places: [&'static str; 4],
    pub causes: [&'static str; 6],
    pub injuries: [&'static str; 5],
    pub got_up_alone: &'static str,
    pub not_up_alone: &'static str,
    /// `{minutes}`
    pub on_floor: fn(u32) -> String,
    /// `{what}` (a fall or near fall with its circumstances)
    pub recorded: fn(&str) -> String,
    pub call_doctor: &'static str,
    pub near_fall_noted: &'static str,
    pub all_right: &'static str,
    pub none_open: &'static str,
    pub diary: &'static str,
    pub diary_empty: &'static str,
    /// `{date}`
    pub said_all_right: fn(&str) -> String,
    pub near_on_floor: &'static str,
    /// The plan: progression held back by a fall. `{date}`
    pub holding: fn(&str) -> String,
}

/// The texts of `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static FallTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

impl FallTexts {
    #[must_use]
    pub fn kind(&self, kind: FallKind) -> &'static str {
        match kind {
            FallKind::Fall => self.fall,
            FallKind::NearFall => self.near_fall,
        }
    }
    #[must_use]
    pub fn part_of_day(&self, p: PartOfDay) -> &'static str {
        self.parts_of_day[p as usize]
    }
    #[must_use]
    pub fn place(&self, p: FallPlace) -> &'static str {
        self.places[p as usize]
    }
    #[must_use]
    pub fn cause(&self, c: FallCause) -> &'static str {
        self.causes[c as usize]
    }
    #[must_use]
    pub fn injury(&self, i: Injury) -> &'static str {
        self.injuries[i as usize]
    }
}

pub static EN: FallTexts = FallTexts {
    definition: "A fall: an unexpected event in which you come to rest on the ground, floor or \
                 a lower level. A near fall: you would have fallen, but caught yourself in time.",
    fall: "a fall",
    near_fall: "a near fall",
    parts_of_day: [
        "in the morning",
        "in the afternoon",
        "in the evening",
        "at night",
    ],
    places: ["inside", "on the stairs", "in the bathroom", "outside"],
    causes: [
        "tripped",
        "slipped",
        "dizzy",
        "legs gave way",
        "lost balance",
        "other",
    ],
    injuries: [
        "no injury",
        "a bruise",
        "pain",
        "possibly broken",
        "saw a doctor",
    ],
    got_up_alone: "got up alone",
    not_up_alone: "did not get up alone",
    on_floor: |m| format!("about {m} min on the floor"),
    recorded: |what| format!("Recorded in the falls diary: {what}."),
    call_doctor: "Call your doctor (huisarts) today and tell them about this fall. Until you \
                  say you are all right (botsterk fall --all-right), no strength exercise is \
                  made harder.",
    near_fall_noted: "Noted. Near falls show where the risks are: talk them over with your \
                      physiotherapist or doctor when they come more often.",
    all_right: "Good to hear. Strength exercises may get harder again as the plan says.",
    none_open: "No fall is holding the plan back: nothing to change.",
    diary: "Falls diary:",
    diary_empty: "Falls diary: nothing recorded.",
    said_all_right: |date| format!("all right since {date}"),
    near_on_floor: "A near fall never reached the floor: --minutes-on-floor is for a fall.",
    holding: |date| {
        format!(
            "After the fall of {date}: no strength exercise is made harder until you say you \
             are all right (botsterk fall --all-right)."
        )
    },
};

pub static NL: FallTexts = FallTexts {
    definition: "Een val: een onverwachte gebeurtenis waarbij je op de grond, de vloer of een \
                 lager niveau terechtkomt. Een bijna-val: je zou gevallen zijn, maar ving jezelf \
                 op tijd op.",
    fall: "een val",
    near_fall: "een bijna-val",
    parts_of_day: ["'s ochtends", "'s middags", "'s avonds", "'s nachts"],
    places: ["binnen", "op de trap", "in de badkamer", "buiten"],
    causes: [
        "gestruikeld",
        "uitgegleden",
        "duizelig",
        "benen gaven mee",
        "evenwicht kwijt",
        "anders",
    ],
    injuries: [
        "geen letsel",
        "een blauwe plek",
        "pijn",
        "misschien gebroken",
        "naar een arts geweest",
    ],
    got_up_alone: "zelf opgestaan",
    not_up_alone: "niet zelf opgestaan",
    on_floor: |m| format!("ongeveer {m} min op de vloer"),
    recorded: |what| format!("In het valdagboek gezet: {what}."),
    call_doctor: "Bel vandaag je huisarts en vertel over deze val. Tot je zegt dat het weer goed \
                  gaat (botsterk val --all-right), wordt geen krachtoefening zwaarder.",
    near_fall_noted: "Genoteerd. Bijna-vallen laten zien waar de risico's zitten: bespreek ze met \
                      je fysiotherapeut of huisarts als ze vaker komen.",
    all_right: "Fijn om te horen. Krachtoefeningen mogen weer zwaarder worden zoals het plan zegt.",
    none_open: "Geen val houdt het plan tegen: niets te veranderen.",
    diary: "Valdagboek:",
    diary_empty: "Valdagboek: niets vastgelegd.",
    said_all_right: |date| format!("weer goed sinds {date}"),
    near_on_floor: "Een bijna-val kwam niet op de vloer: --minutes-on-floor is voor een val.",
    holding: |date| {
        format!(
            "Na de val van {date}: geen krachtoefening wordt zwaarder tot je zegt dat het weer \
             goed gaat (botsterk val --all-right)."
        )
    },
};

/// A fall in words: its date and every circumstance known.
#[must_use]
pub fn words(fall: &FallRecord, lang: Lang) -> String {
    let t = texts(lang);
    let mut parts = vec![format!(
        "{}, {}",
        t.kind(fall.kind),
        lang.texts().date(fall.date)
    )];
    parts.extend(fall.part_of_day.map(|p| t.part_of_day(p).to_owned()));
    parts.extend(fall.place.map(|p| t.place(p).to_owned()));
    parts.extend(fall.what.map(|c| t.cause(c).to_owned()));
    parts.extend(fall.injury.map(|i| t.injury(i).to_owned()));
    parts.extend(fall.got_up_alone.map(|alone| {
        if alone {
            t.got_up_alone
        } else {
            t.not_up_alone
        }
        .to_owned()
    }));
    parts.extend(fall.minutes_on_floor.map(t.on_floor));
    parts.extend(fall.note.as_ref().map(|n| format!("\"{n}\"")));
    parts.extend(
        fall.all_right
            .map(|d| (t.said_all_right)(&lang.texts().date(d))),
    );
    parts.join(", ")
}
