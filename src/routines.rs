//! The balance, posture and warm-up routines, read from `assets/practice.json` (embedded at
//! build time, like the exercises).
//!
//! Balance and posture are daily-safe practice, kept apart from the strength program: they
//! never make a rest day nor count as a strength session. The live session runs them as
//! *items* with the same cards and timers as the exercises; every item has an id of the form
//! `balance/STANCE/SUPPORT`, `posture/MOVE` or `warm-up/MOVE`, and a card text built here.

use serde::Deserialize;

use crate::card::ExerciseText;
use crate::card::Measure;
use crate::card::Step;
use crate::lang::Lang;

const PRACTICE_JSON: &str = include_str!("../assets/practice.json");

/// Which side a one-leg stance stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// One balance stance as practised: the one-leg stance comes as two, one per side, each
/// with its own ladder (one leg is often steadier than the other).
#[derive(Debug, Clone)]
pub struct Stance {
    /// `feet-together`, `semi-tandem`, `tandem`, `one-leg-left`, `one-leg-right`.
    pub id: String,
    /// Position in the order of difficulty: both sides of one stance share it.
    pub rank: usize,
    pub side: Option<Side>,
    /// Supports that need "a counter within reach?" answered yes with osteoporosis (on top
    /// of the supports guarded for every stance).
    pub guarded_supports: Vec<String>,
    pub drawing: Vec<String>,
    en: StanceText,
    nl: StanceText,
}

/// How the user holds on, from most support to least.
#[derive(Debug, Clone, Deserialize)]
pub struct Support {
    pub id: String,
    /// Only for stances on two feet (eyes closed).
    pub two_feet_only: bool,
    /// Needs "a counter within reach?" answered yes with osteoporosis.
    pub guarded: bool,
    en: SupportText,
    nl: SupportText,
}

#[derive(Debug, Clone, Deserialize)]
struct SupportText {
    name: String,
    step: String,
}

#[derive(Debug, Clone, Deserialize)]
struct StanceText {
    name: String,
    #[serde(default)]
    left: Option<String>,
    #[serde(default)]
    right: Option<String>,
    steps: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct StanceFile {
    id: String,
    sides: bool,
    #[serde(default)]
    guarded_supports: Vec<String>,
    drawing: Vec<String>,
    en: StanceText,
    nl: StanceText,
}

#[derive(Debug, Clone, Deserialize)]
struct BalanceText {
    cue: String,
    loads: String,
    cautions: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct BalanceFile {
    first_hold_seconds: u32,
    top_hold_seconds: u32,
    hold_step_seconds: u32,
    holds: u32,
    holds_per_side: u32,
    rest_seconds: u32,
    en: BalanceText,
    nl: BalanceText,
    stances: Vec<StanceFile>,
    supports: Vec<Support>,
}

/// One posture move: reps, each held when it has a hold.
#[derive(Debug, Clone, Deserialize)]
pub struct PostureMove {
    pub id: String,
    pub measure: Measure,
    pub reps: u32,
    pub hold_seconds: Option<u32>,
    #[serde(default)]
    pub tempo: Vec<Step>,
    pub drawing: Vec<String>,
    en: ExerciseText,
    nl: ExerciseText,
}

/// One timed warm-up move.
#[derive(Debug, Clone, Deserialize)]
pub struct WarmUpMove {
    pub id: String,
    pub seconds: u32,
    en: NameCue,
    nl: NameCue,
}

#[derive(Debug, Clone, Deserialize)]
struct NameCue {
    name: String,
    cue: String,
}

#[derive(Debug, Clone, Deserialize)]
struct WarmUpText {
    en: NameCue,
    nl: NameCue,
}

#[derive(Debug, Deserialize)]
struct PracticeFile {
    balance: BalanceFile,
    posture: Vec<PostureMove>,
    warm_up: Vec<WarmUpMove>,
    warm_up_text: WarmUpText,
}

/// The hold ladder's numbers: where a stance starts, how it grows, how many holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoldLadder {
    pub first_seconds: u32,
    pub top_seconds: u32,
    pub step_seconds: u32,
    /// Holds per practice for a stance on two feet.
    pub holds: u32,
    /// Holds per side for a one-leg stance.
    pub holds_per_side: u32,
    /// The rest between two holds.
    pub rest_seconds: u32,
}

/// A card the live session can show: its texts in both languages and its drawing.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub drawing: Vec<String>,
    en: ExerciseText,
    nl: ExerciseText,
}

impl Item {
    #[must_use]
    pub fn text(&self, lang: Lang) -> &ExerciseText {
        match lang {
            Lang::En => &self.en,
            Lang::Nl => &self.nl,
        }
    }
}

/// All routines, with a card for every item.
#[derive(Debug, Clone)]
pub struct Routines {
    pub ladder: HoldLadder,
    pub stances: Vec<Stance>,
    pub supports: Vec<Support>,
    pub posture: Vec<PostureMove>,
    pub warm_up: Vec<WarmUpMove>,
    items: Vec<Item>,
}

/// The id of the balance item for a stance at a support level.
#[must_use]
pub fn balance_item_id(stance: &str, support: &str) -> String {
    balance_item_id_parts(stance, support).concat()
}

/// [`balance_item_id`] in the pieces it is joined from (`history --csv` writes them one by
/// one instead of joining them for every hold).
#[must_use]
pub fn balance_item_id_parts<'a>(stance: &'a str, support: &'a str) -> [&'a str; 4] {
    ["balance/", stance, "/", support]
}

/// The id of a posture item.
#[must_use]
pub fn posture_item_id(id: &str) -> String {
    posture_item_id_parts(id).concat()
}

/// [`posture_item_id`] in the pieces it is joined from.
#[must_use]
pub fn posture_item_id_parts(id: &str) -> [&str; 2] {
    ["posture/", id]
}

/// The id of a warm-up item.
#[must_use]
pub fn warm_up_item_id(id: &str) -> String {
    format!("warm-up/{id}")
}

/// The warm-up's cards, one a move. Every card lists the whole warm-up: only the first is
/// shown, the moves then follow each other by themselves.
fn warm_up_items(moves: &[WarmUpMove], text: &WarmUpText) -> Vec<Item> {
    let warm_card = |lang: Lang, m: &WarmUpMove| {
        let pick = |w: &WarmUpMove| match lang {
            Lang::En => w.en.clone(),
            Lang::Nl => w.nl.clone(),
        };
        let head = match lang {
            Lang::En => &text.en,
            Lang::Nl => &text.nl,
        };
        let this = pick(m);
        ExerciseText {
            name: format!("{}: {}", head.name, this.name),
            cue: this.cue,
            steps: moves
                .iter()
                .map(|w| {
                    let t = pick(w);
                    format!("{} ({} s): {}", t.name, w.seconds, t.cue)
                })
                .collect(),
            loads: String::new(),
            cautions: Vec::new(),
            bone_caution: None,
            unknown_caution: None,
        }
    };
    moves
        .iter()
        .map(|m| Item {
            id: warm_up_item_id(&m.id),
            drawing: Vec::new(),
            en: warm_card(Lang::En, m),
            nl: warm_card(Lang::Nl, m),
        })
        .collect()
}

impl Routines {
    /// The routines built into the binary.
    ///
    /// # Panics
    /// Never in a released build: the embedded file is checked by the tests below.
    #[must_use]
    pub fn builtin() -> Self {
        // Parsed once per process, however often it is asked for.
        static BUILTIN: std::sync::LazyLock<Routines> = std::sync::LazyLock::new(|| {
            let file: PracticeFile = serde_json::from_str(PRACTICE_JSON)
                .expect("assets/practice.json is embedded and checked by tests");
            Routines::from_file(file)
        });
        BUILTIN.clone()
    }

    fn from_file(file: PracticeFile) -> Self {
        let balance = file.balance;
        let ladder = HoldLadder {
            first_seconds: balance.first_hold_seconds,
            top_seconds: balance.top_hold_seconds,
            step_seconds: balance.hold_step_seconds,
            holds: balance.holds,
            holds_per_side: balance.holds_per_side,
            rest_seconds: balance.rest_seconds,
        };
        let mut stances = Vec::new();
        for (rank, s) in balance.stances.into_iter().enumerate() {
            let sides: &[Option<Side>] = if s.sides {
                &[Some(Side::Left), Some(Side::Right)]
            } else {
                &[None]
            };
            for side in sides {
                let id = match side {
                    None => s.id.clone(),
                    Some(Side::Left) => format!("{}-left", s.id),
                    Some(Side::Right) => format!("{}-right", s.id),
                };
                let named = |text: &StanceText| StanceText {
                    name: match side {
                        Some(Side::Left) => text.left.clone(),
                        Some(Side::Right) => text.right.clone(),
                        None => None,
                    }
                    .unwrap_or_else(|| text.name.clone()),
                    left: None,
                    right: None,
                    steps: text.steps.clone(),
                };
                stances.push(Stance {
                    id,
                    rank,
                    side: *side,
                    guarded_supports: s.guarded_supports.clone(),
                    drawing: s.drawing.clone(),
                    en: named(&s.en),
                    nl: named(&s.nl),
                });
            }
        }
        let mut items = Vec::new();
        for stance in &stances {
            let fits = |s: &&Support| !(s.two_feet_only && stance.side.is_some());
            for support in balance.supports.iter().filter(fits) {
                let card = |st: &StanceText, su: &SupportText, b: &BalanceText| ExerciseText {
                    name: format!("{}, {}", st.name, su.name),
                    cue: b.cue.clone(),
                    steps: st.steps.iter().cloned().chain([su.step.clone()]).collect(),
                    loads: b.loads.clone(),
                    cautions: b.cautions.clone(),
                    bone_caution: None,
                    unknown_caution: None,
                };
                items.push(Item {
                    id: balance_item_id(&stance.id, &support.id),
                    drawing: stance.drawing.clone(),
                    en: card(&stance.en, &support.en, &balance.en),
                    nl: card(&stance.nl, &support.nl, &balance.nl),
                });
            }
        }
        for m in &file.posture {
            items.push(Item {
                id: posture_item_id(&m.id),
                drawing: m.drawing.clone(),
                en: m.en.clone(),
                nl: m.nl.clone(),
            });
        }
        items.extend(warm_up_items(&file.warm_up, &file.warm_up_text));
        Self {
            ladder,
            stances,
            supports: balance.supports,
            posture: file.posture,
            warm_up: file.warm_up,
            items,
        }
    }

    /// The card of an item, by its id.
    #[must_use]
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    #[must_use]
    pub fn stance(&self, id: &str) -> Option<&Stance> {
        self.stances.iter().find(|s| s.id == id)
    }

    #[must_use]
    pub fn support(&self, id: &str) -> Option<&Support> {
        self.supports.iter().find(|s| s.id == id)
    }

    /// The supports a stance climbs through, most support first (eyes closed only on two
    /// feet).
    pub fn supports_for<'a>(&'a self, stance: &'a Stance) -> impl Iterator<Item = &'a Support> {
        self.supports
            .iter()
            .filter(move |s| !(s.two_feet_only && stance.side.is_some()))
    }

    /// Whether this support on this stance is offered with osteoporosis only after the
    /// user says a counter is within reach.
    #[must_use]
    pub fn is_guarded(&self, stance: &Stance, support: &Support) -> bool {
        support.guarded || stance.guarded_supports.contains(&support.id)
    }

    #[must_use]
    pub fn posture_move(&self, id: &str) -> Option<&PostureMove> {
        self.posture.iter().find(|m| m.id == id)
    }

    /// How long the warm-up takes, in seconds.
    #[must_use]
    pub fn warm_up_seconds(&self) -> u32 {
        self.warm_up.iter().map(|m| m.seconds).sum()
    }
}

impl Stance {
    /// The stance's name in `lang` ("Standing on your left leg").
    #[must_use]
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en.name,
            Lang::Nl => &self.nl.name,
        }
    }
}

impl Support {
    /// The support's name in `lang` ("fingertips on the counter").
    #[must_use]
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en.name,
            Lang::Nl => &self.nl.name,
        }
    }
}

impl PostureMove {
    #[must_use]
    pub fn text(&self, lang: Lang) -> &ExerciseText {
        match lang {
            Lang::En => &self.en,
            Lang::Nl => &self.nl,
        }
    }
}

impl WarmUpMove {
    /// The move's name in `lang`.
    #[must_use]
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en.name,
            Lang::Nl => &self.nl.name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::DRAWING_WIDTH;

    #[test]
    fn the_ladder_follows_the_guidance() {
        // Start at 10 s, build to 30 s in 5 s steps; 2-3 holds per stance, per side.
        let r = Routines::builtin();
        assert_eq!(
            r.ladder,
            HoldLadder {
                first_seconds: 10,
                top_seconds: 30,
                step_seconds: 5,
                holds: 3,
                holds_per_side: 2,
                rest_seconds: 15,
            }
        );
    }

    #[test]
    fn stances_run_from_easy_to_hard_with_one_leg_per_side() {
        let r = Routines::builtin();
        let ids: Vec<_> = r.stances.iter().map(|s| (s.id.as_str(), s.rank)).collect();
        assert_eq!(
            ids,
            [
                ("feet-together", 0),
                ("semi-tandem", 1),
                ("tandem", 2),
                ("one-leg-left", 3),
                ("one-leg-right", 3)
            ]
        );
        assert_eq!(
            r.stance("one-leg-left").unwrap().name(Lang::Nl),
            "Op je linkerbeen staan"
        );
    }

    #[test]
    fn eyes_closed_is_only_for_two_feet_and_is_guarded() {
        let r = Routines::builtin();
        let on_two = r.stance("tandem").unwrap();
        let on_one = r.stance("one-leg-right").unwrap();
        let ids = |s| r.supports_for(s).map(|x| x.id.as_str()).collect::<Vec<_>>();
        assert_eq!(
            ids(on_two),
            [
                "two-hands",
                "one-hand",
                "fingertips",
                "hover",
                "no-hands",
                "eyes-closed"
            ]
        );
        assert_eq!(
            ids(on_one),
            ["two-hands", "one-hand", "fingertips", "hover", "no-hands"]
        );
        let guarded = |s| {
            r.supports_for(s)
                .filter(|x| r.is_guarded(s, x))
                .map(|x| x.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(guarded(on_two), ["eyes-closed"]);
        assert_eq!(guarded(on_one), ["hover", "no-hands"]);
    }

    #[test]
    fn every_item_has_a_card_in_both_languages_and_drawings_fit() {
        let r = Routines::builtin();
        // 3 stances x 6 supports + 2 sides x 5 supports, 3 posture moves, 5 warm-up moves.
        assert_eq!(r.items.len(), 18 + 10 + 3 + 5);
        for item in &r.items {
            for lang in [Lang::En, Lang::Nl] {
                let text = item.text(lang);
                assert!(
                    !text.name.is_empty() && !text.steps.is_empty(),
                    "{}",
                    item.id
                );
            }
            assert_ne!(item.en.name, item.nl.name, "{} is translated", item.id);
            for line in &item.drawing {
                assert!(line.chars().count() <= DRAWING_WIDTH, "{}", item.id);
            }
        }
        let card = r.item("balance/tandem/fingertips").unwrap();
        assert_eq!(
            card.text(Lang::En).name,
            "Tandem stance, fingertips on the counter"
        );
        assert!(r.item("balance/one-leg-left/eyes-closed").is_none());
    }

    #[test]
    fn the_warm_up_takes_about_three_minutes() {
        let r = Routines::builtin();
        assert_eq!(r.warm_up_seconds(), 180);
    }

    #[test]
    fn posture_follows_the_guidance() {
        let r = Routines::builtin();
        let chin = r.posture_move("chin-tuck").unwrap();
        assert_eq!((chin.reps, chin.hold_seconds), (5, Some(5)));
        let squeeze = r.posture_move("shoulder-squeeze").unwrap();
        assert_eq!((squeeze.reps, squeeze.hold_seconds), (10, Some(5)));
        let back = r.posture_move("back-extension").unwrap();
        assert_eq!((back.measure, back.reps), (Measure::Reps, 10));
    }
}
