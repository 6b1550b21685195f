//! The eight exercises of the program, read from `assets/exercises.json` (embedded at build
//! time, so the binary needs no files beside it).

use serde::Deserialize;

use crate::card::{ExerciseText, Measure, Step};
use crate::lang::Lang;

const EXERCISES_JSON: &str = include_str!("../assets/exercises.json");

/// Which of the two programs an exercise belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, serde::Serialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Program {
    #[default]
    Beginner,
    #[value(alias = "gevorderd")]
    Advanced,
}

impl Program {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Beginner => "beginner",
            Self::Advanced => "advanced",
        }
    }
}

/// One exercise of the program.
#[derive(Debug, Clone, Deserialize)]
pub struct Exercise {
    pub id: String,
    pub program: Program,
    pub measure: Measure,
    pub weighted: bool,
    /// The weight is held in each hand (two dumbbells): a weight is said "per hand".
    #[serde(default)]
    pub per_hand: bool,
    /// Reps, seconds for a hold, or stomps per foot.
    pub target_min: u32,
    pub target_max: u32,
    /// Seconds each rep is held at the top (heel raises).
    pub rep_hold_seconds: Option<u32>,
    pub suggested_start_kg: Option<f64>,
    /// A small line drawing of the start and end positions, the same in every language:
    /// at most [`crate::card::DRAWING_WIDTH`] columns wide.
    pub drawing: Vec<String>,
    /// The pace at which the coach counts a rep when counting is paced; empty: counted by
    /// hand even then (the weighted exercises and the plank).
    #[serde(default)]
    pub tempo: Vec<Step>,
    pub en: ExerciseText,
    pub nl: ExerciseText,
}

impl Exercise {
    #[must_use]
    pub fn text(&self, lang: Lang) -> &ExerciseText {
        match lang {
            Lang::En => &self.en,
            Lang::Nl => &self.nl,
        }
    }
}

#[derive(Debug, Deserialize)]
struct CatalogFile {
    exercises: Vec<Exercise>,
}

/// All exercises, in program order. Shared, never changed once read: a clone (every model
/// and command holds one) copies two pointers, not every card's texts.
#[derive(Debug, Clone)]
pub struct Catalog {
    exercises: std::sync::Arc<[Exercise]>,
    /// Balance, posture and warm-up: never part of a program, but shown on the same cards.
    routines: std::sync::Arc<crate::routines::Routines>,
}

impl Catalog {
    /// The catalog built into the binary.
    ///
    /// # Panics
    /// Never in a released build: the embedded file is checked by the catalog tests.
    #[must_use]
    pub fn builtin() -> Self {
        // Parsed once per process, however often it is asked for.
        static BUILTIN: std::sync::LazyLock<Catalog> = std::sync::LazyLock::new(|| {
            let file: CatalogFile = serde_json::from_str(EXERCISES_JSON)
                .expect("assets/exercises.json is embedded and checked by tests");
            Catalog {
                exercises: file.exercises.into(),
                routines: crate::routines::Routines::builtin().into(),
            }
        });
        BUILTIN.clone()
    }

    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// An exercise and its place in [`Catalog::all`]: what is gathered per exercise can be
    /// kept in a list in the catalog's order instead of a map keyed by id.
    #[must_use]
    pub fn get_at(&self, id: &str) -> Option<(usize, &Exercise)> {
        self.exercises.iter().enumerate().find(|(_, e)| e.id == id)
    }

    /// The balance, posture and warm-up routines.
    #[must_use]
    pub fn routines(&self) -> &crate::routines::Routines {
        &self.routines
    }

    /// The card texts of an exercise or of a routine's item, by its id.
    #[must_use]
    pub fn card_text(&self, id: &str, lang: Lang) -> Option<&ExerciseText> {
        match self.get(id) {
            Some(exercise) => Some(exercise.text(lang)),
            None => self.routines.item(id).map(|item| item.text(lang)),
        }
    }

    /// The name of an exercise, or of a posture move or balance stance (a practice item a
    /// pain check may hold), in `lang`; `None` for an unknown id.
    #[must_use]
    pub fn name_of(&self, id: &str, lang: Lang) -> Option<&str> {
        if let Some(exercise) = self.get(id) {
            return Some(exercise.text(lang).name.as_str());
        }
        if let Some(m) = self.routines.posture_move(id) {
            return Some(m.text(lang).name.as_str());
        }
        self.routines.stance(id).map(|s| s.name(lang))
    }

    /// The drawing of an exercise or of a routine's item (empty when it has none).
    #[must_use]
    pub fn drawing(&self, id: &str) -> &[String] {
        match self.get(id) {
            Some(exercise) => &exercise.drawing,
            None => self.routines.item(id).map_or(&[], |item| &item.drawing),
        }
    }

    #[must_use]
    pub fn all(&self) -> &[Exercise] {
        &self.exercises
    }

    /// The exercises of one program, in the order they are trained.
    pub fn program(&self, program: Program) -> impl Iterator<Item = &Exercise> {
        self.exercises.iter().filter(move |e| e.program == program)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The table of PROGRAM.md: id, program, measure, weighted, min, max.
    const PROGRAM_TABLE: [(&str, Program, Measure, bool, u32, u32); 8] = [
        (
            "wall-push-up",
            Program::Beginner,
            Measure::Reps,
            false,
            10,
            15,
        ),
        (
            "chair-squat",
            Program::Beginner,
            Measure::Reps,
            false,
            10,
            15,
        ),
        (
            "heel-raise",
            Program::Beginner,
            Measure::TimedReps,
            false,
            15,
            15,
        ),
        (
            "modified-plank",
            Program::Beginner,
            Measure::Hold,
            false,
            20,
            60,
        ),
        (
            "goblet-squat",
            Program::Advanced,
            Measure::Reps,
            true,
            10,
            12,
        ),
        ("deadlift", Program::Advanced, Measure::Reps, true, 8, 10),
        (
            "overhead-press",
            Program::Advanced,
            Measure::Reps,
            true,
            10,
            12,
        ),
        ("stomp", Program::Advanced, Measure::Stomps, false, 20, 20),
    ];

    #[test]
    fn has_the_eight_exercises_of_the_program_in_order() {
        let catalog = Catalog::builtin();
        assert_eq!(catalog.all().len(), 8);
        let ids: HashSet<_> = catalog.all().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), 8, "ids must be unique");
        for (exercise, expected) in catalog.all().iter().zip(PROGRAM_TABLE) {
            let (id, program, measure, weighted, min, max) = expected;
            assert_eq!(exercise.id, id);
            assert_eq!(exercise.program, program, "{id}");
            assert_eq!(exercise.measure, measure, "{id}");
            assert_eq!(exercise.weighted, weighted, "{id}");
            assert_eq!(
                (exercise.target_min, exercise.target_max),
                (min, max),
                "{id}"
            );
            assert_eq!(
                exercise.weighted,
                exercise.suggested_start_kg.is_some(),
                "{id}"
            );
        }
        assert_eq!(catalog.get("heel-raise").unwrap().rep_hold_seconds, Some(2));
    }

    #[test]
    fn both_languages_are_complete_and_fit_the_screen() {
        for exercise in Catalog::builtin().all() {
            let (en, nl) = (&exercise.en, &exercise.nl);
            for text in [en, nl] {
                assert!(!text.name.trim().is_empty(), "{}", exercise.id);
                assert!(!text.cue.trim().is_empty(), "{}", exercise.id);
                assert!(!text.loads.trim().is_empty(), "{}", exercise.id);
                assert!((3..=5).contains(&text.steps.len()), "{}", exercise.id);
                for line in text.steps.iter().chain(&text.cautions) {
                    assert!(!line.trim().is_empty(), "{}", exercise.id);
                    assert!(
                        line.chars().count() <= 76,
                        "too long for 80 columns: {line}"
                    );
                }
            }
            assert_eq!(en.steps.len(), nl.steps.len(), "{}", exercise.id);
            assert_eq!(en.cautions.len(), nl.cautions.len(), "{}", exercise.id);
            assert_eq!(en.bone_caution.is_some(), nl.bone_caution.is_some());
            assert_eq!(en.unknown_caution.is_some(), nl.unknown_caution.is_some());
        }
    }

    #[test]
    fn every_exercise_has_a_drawing_that_fits_40_columns() {
        for exercise in Catalog::builtin().all() {
            let id = &exercise.id;
            assert!((3..=8).contains(&exercise.drawing.len()), "{id}");
            for line in &exercise.drawing {
                let width = ratatui::text::Line::raw(line.as_str()).width();
                assert!(
                    width <= crate::card::DRAWING_WIDTH,
                    "{id}: {width} columns: {line}"
                );
                // One column per character: no wide glyphs that shift the picture.
                assert_eq!(width, line.chars().count(), "{id}: {line}");
            }
        }
    }

    #[test]
    fn the_beginner_exercises_that_count_reps_have_their_tempo() {
        use crate::card::Beat::{Down, Hold, Left, Right, Up};
        let catalog = Catalog::builtin();
        let tempo = |id: &str| -> Vec<_> {
            catalog
                .get(id)
                .unwrap()
                .tempo
                .iter()
                .map(|s| (s.beat, s.seconds))
                .collect()
        };
        assert_eq!(tempo("wall-push-up"), [(Down, 2), (Up, 2)]);
        assert_eq!(tempo("chair-squat"), [(Down, 3), (Up, 2)]);
        assert_eq!(tempo("heel-raise"), [(Up, 1), (Hold, 2), (Down, 2)]);
        assert_eq!(tempo("stomp"), [(Left, 1), (Right, 1)]);
        assert!(tempo("modified-plank").is_empty());
    }

    #[test]
    fn names_match_program_md() {
        let catalog = Catalog::builtin();
        let names = [
            ("wall-push-up", "Wall push-ups", "Opdrukken tegen de muur"),
            ("chair-squat", "Chair squats", "Stoelsquats"),
            ("heel-raise", "Heel raises", "Hielheffen"),
            ("modified-plank", "Modified plank", "Aangepaste plank"),
            ("goblet-squat", "Goblet squats", "Goblet squats"),
            ("deadlift", "Deadlift (adapted)", "Deadlift (aangepast)"),
            ("overhead-press", "Overhead press", "Overhead press"),
            ("stomp", "Stomping in place", "Stampen op de plaats"),
        ];
        for (id, en, nl) in names {
            let e = catalog.get(id).unwrap();
            assert_eq!((e.en.name.as_str(), e.nl.name.as_str()), (en, nl));
        }
    }
}
