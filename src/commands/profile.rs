//! `botsterk profile [--json] [--bone-status ...] ...`: shows the profile, or sets answers
//! without the TUI. Every value is checked before anything is written.

use serde::Serialize;

use super::CommandError;
use crate::cli::args::ProfileChanges;
use crate::cli::args::YesNo;
use crate::i18n::profile_command::texts;
use crate::lang::Lang;
use crate::profile::Profile;
use crate::questions::Question;
use crate::store::Store;

impl ProfileChanges {
    fn is_empty(&self) -> bool {
        // `today` is context, not an answer.
        self.bone_status.is_none()
            && self.cleared_for_impact.is_none()
            && self.program.is_none()
            && self.weekly_target.is_none()
            && self.units.is_none()
            && self.lang.is_none()
            && self.rest_seconds.is_none()
            && self.get_ready_seconds.is_none()
            && self.sound.is_none()
            && self.counting.is_none()
            && self.warm_up.is_none()
            && self.practice_days.is_none()
            && self.owned_weights.is_none()
            && self.include.is_empty()
            && self.leave_out.is_empty()
            && self.name.is_none()
            && self.birth_year.is_none()
            && self.sex.is_none()
    }
}

/// The JSON form: the profile's fields, and whether set-up was done.
#[derive(Debug, Serialize)]
struct ProfileJson<'a> {
    configured: bool,
    /// Only when these flags made the profile: the first start's "not medical advice".
    #[serde(skip_serializing_if = "Option::is_none")]
    disclaimer: Option<&'static str>,
    #[serde(flatten)]
    profile: &'a Profile,
}

/// Shows the profile, or applies `changes` and shows the result.
///
/// # Errors
/// [`CommandError::Usage`] for owned weights that are not weights (nothing written), or a
/// store error (an unreadable profile is refused, never overwritten).
pub fn run(
    store: &Store,
    changes: &ProfileChanges,
    json: bool,
    lang: Lang,
) -> Result<String, CommandError> {
    let t = texts(lang);
    // Set up with flags, the disclaimer is said here, once, when the flags make the
    // profile; the first start shows it again, with the questions the flags left open.
    let mut created = false;
    let (profile, configured) = if changes.is_empty() {
        let current = store.load_profile()?;
        let configured = current.is_some();
        (
            current.unwrap_or_else(|| Profile::defaults(lang)),
            configured,
        )
    } else {
        let catalog = crate::catalog::Catalog::builtin();
        let include = exercise_ids(&catalog, "--include", &changes.include, lang)?;
        let leave_out = exercise_ids(&catalog, "--leave-out", &changes.leave_out, lang)?;
        if let Some(both) = include.iter().find(|id| leave_out.contains(id)) {
            return Err(CommandError::Usage((t.include_and_leave_out)(both)));
        }
        let ids = Ids { include, leave_out };
        // Read, change and write under the lock: a profile read before it could be stale
        // by the time it is written, and would undo a change made meanwhile.
        let lock = store.lock(super::LOCK_WAIT)?;
        let current = store.load_profile()?;
        super::profile_advance::check(
            changes.program,
            changes.bone_status,
            current.as_ref(),
            changes.yes,
            lang,
        )?;
        created = current.is_none();
        let fresh = Profile::defaults(lang);
        // A bare number is in the profile's unit (the one this command sets, or the one it
        // has), as everywhere else a weight is typed; a unit suffix always wins.
        let units = changes
            .units
            .unwrap_or_else(|| current.as_ref().unwrap_or(&fresh).units);
        let owned = match &changes.owned_weights {
            Some(text) => Some(crate::units::parse_weights(text, units).map_err(|bad| {
                CommandError::Usage((t.bad_weights)(text, &bad.part, units.as_str()))
            })?),
            None => None,
        };
        let written = store.update_profile(&lock, fresh, |p| apply(p, changes, owned, &ids))?;
        (written, true)
    };
    if json {
        // An older profile has no sound yet: shown as its bell says.
        let shown = Profile {
            sound: Some(profile.sound()),
            ..profile.clone()
        };
        let out = ProfileJson {
            configured,
            disclaimer: created.then(|| profile.lang.texts().setup.disclaimer),
            profile: &shown,
        };
        return Ok(serde_json::to_string_pretty(&out).unwrap_or_default());
    }
    let mut text = to_text(&profile, configured, lang);
    // With sessions recorded, say that the next session is of the chosen program (the
    // plan followed the last session's until now).
    if let Some(program) = changes.program
        && let Ok(history) = store.load_history()
        && let Some(last) = history.last_session()
        && last.program != program
    {
        let names = lang.texts();
        text.push_str("\n\n");
        text.push_str(&(t.program_follows_history)(
            names.program(program),
            names.program(last.program),
        ));
    }
    if created {
        // In the language the profile now has (`--lang` may have just set it).
        let s = profile.lang.texts().setup;
        return Ok(format!("{}: {}\n\n{text}", s.q_disclaimer, s.disclaimer));
    }
    Ok(text)
}

fn apply(profile: &mut Profile, changes: &ProfileChanges, owned: Option<Vec<f64>>, ids: &Ids) {
    // The set-up questions these flags answer are not asked again at the first start;
    // the disclaimer and the others still are.
    let answered = [
        (changes.lang.is_some(), Question::Language),
        (changes.bone_status.is_some(), Question::BoneStatus),
        (
            changes.cleared_for_impact.is_some(),
            Question::ClearedForImpact,
        ),
        (changes.program.is_some(), Question::Experience),
        (changes.weekly_target.is_some(), Question::WeeklyTarget),
        (changes.units.is_some(), Question::Units),
        (changes.rest_seconds.is_some(), Question::Rest),
        (changes.get_ready_seconds.is_some(), Question::GetReady),
        (changes.sound.is_some(), Question::Bell),
        (changes.counting.is_some(), Question::Counting),
        (changes.birth_year.is_some(), Question::BirthYear),
        (changes.sex.is_some(), Question::Sex),
    ];
    for (given, question) in answered {
        if given {
            profile.mark_answered(question.key());
        }
    }
    if let Some(v) = changes.bone_status {
        match changes.now {
            // Weaker bones from today: weights above the new first-weight limit are asked
            // about once (issue 24, design 7).
            Some(now) => profile.set_bone_status(v, now.date_naive()),
            None => profile.bone_status = v,
        }
    }
    if let Some(v) = changes.birth_year {
        profile.birth_year = Some(v);
    }
    if let Some(v) = changes.sex {
        profile.sex = Some(v);
    }
    if let Some(v) = changes.cleared_for_impact {
        profile.cleared_for_impact = v == YesNo::Yes;
    }
    if let Some(v) = changes.program {
        profile.program = v;
        profile.program_chosen_at = changes.now;
    }
    if let Some(v) = changes.weekly_target {
        profile.weekly_target = v;
    }
    if let Some(v) = changes.units {
        profile.units = v;
    }
    if let Some(v) = changes.lang {
        profile.lang = v;
    }
    if let Some(v) = changes.rest_seconds {
        profile.rest_seconds = v;
    }
    if let Some(v) = changes.get_ready_seconds {
        profile.get_ready_seconds = v;
    }
    if let Some(v) = changes.sound {
        profile.set_sound(v);
    }
    if let Some(v) = changes.counting {
        profile.counting = v;
    }
    if let Some(v) = changes.warm_up {
        profile.warm_up = v == YesNo::Yes;
    }
    if let Some(v) = changes.practice_days {
        profile.practice_days = v;
    }
    if let Some(v) = owned {
        profile.owned_weights_kg = v;
    }
    if let Some(name) = &changes.name {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        profile.name = Some(name).filter(|n| !n.is_empty());
    }
    profile.left_out.retain(|id| !ids.include.contains(id));
    for id in &ids.leave_out {
        if !profile.left_out.contains(id) {
            profile.left_out.push(id.clone());
        }
    }
}

/// The exercises `--include` and `--leave-out` name, as ids.
struct Ids {
    include: Vec<String>,
    leave_out: Vec<String>,
}

/// The ids of the exercises `typed` names (ids, or names in English or Dutch: `hielheffen`);
/// a word that names none is refused with the near misses and every exercise.
fn exercise_ids(
    catalog: &crate::catalog::Catalog,
    flag: &str,
    typed: &[String],
    lang: Lang,
) -> Result<Vec<String>, CommandError> {
    let t = texts(lang);
    typed
        .iter()
        .map(|text| {
            crate::typed_exercise::find_exercise(catalog, text)
                .map(|e| e.id.clone())
                .map_err(|near| {
                    let known: Vec<String> = catalog
                        .all()
                        .iter()
                        .map(|e| format!("{} ({})", e.id, e.text(lang).name))
                        .collect();
                    let near = near.join(" / ");
                    CommandError::Usage((t.bad_exercise)(flag, text, &near, &known.join(", ")))
                })
        })
        .collect()
}

fn to_text(p: &Profile, configured: bool, lang: Lang) -> String {
    let t = texts(lang);
    let s = lang.texts().setup;
    let yes_no = |b: bool| if b { t.yes } else { t.no };
    let step = lang
        .texts()
        .weight(crate::units::default_step_kg(p.units), p.units);
    let owned = if p.owned_weights_kg.is_empty() {
        (s.owned_weights_none)(&step)
    } else {
        let shown: Vec<String> = p
            .owned_weights_kg
            .iter()
            .map(|w| crate::units::typed(*w, p.units))
            .collect();
        format!("{} {}", shown.join(", "), p.units.as_str())
    };
    let bone = s.a_bone_status[Question::BoneStatus.current(p)];
    let rows = [
        (
            s.label_language,
            s.a_language[usize::from(p.lang == Lang::Nl)].to_owned(),
        ),
        (s.label_bones, bone.to_owned()),
        (s.label_cleared, yes_no(p.cleared_for_impact).to_owned()),
        (s.label_program, lang.texts().program(p.program).to_owned()),
        (s.label_weekly_target, p.weekly_target.to_string()),
        (s.label_units, p.units.as_str().to_owned()),
        (s.label_rest, (s.a_rest)(&p.rest_seconds)),
        (s.label_owned_weights, owned),
        (
            s.label_sound,
            s.a_bell[Question::Bell.current(p)].to_owned(),
        ),
        (s.label_get_ready, (s.a_rest)(&p.get_ready_seconds)),
        (
            s.label_counting,
            (s.a_counting)(lang.texts().key_name_space)[Question::Counting.current(p)].clone(),
        ),
        (
            lang.texts().practice.label_warm_up,
            if p.warm_up {
                lang.texts().practice.warm_up_on
            } else {
                lang.texts().practice.warm_up_off
            }
            .to_owned(),
        ),
        (
            lang.texts().practice.label_practice_days,
            p.practice_target().to_string(),
        ),
    ];
    let catalog = crate::catalog::Catalog::builtin();
    let left_out: Vec<String> = p
        .left_out
        .iter()
        .map(|id| {
            catalog
                .get(id)
                .map_or_else(|| id.clone(), |e| format!("{} ({id})", e.text(lang).name))
        })
        .collect();
    let ft = crate::i18n::function_test::texts(lang);
    let mut out = String::new();
    if !configured {
        out.push_str(t.not_configured);
        out.push('\n');
    }
    // One column for the answers, however long the longest label is in this language.
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .chain([t.left_out.chars().count(), t.name.chars().count()])
        .chain([ft.label_birth_year, ft.label_sex].map(|l| l.chars().count()))
        .max()
        .unwrap_or(0)
        + 2;
    for (label, value) in rows {
        out.push_str(&format!("{label:<width$}{value}\n"));
    }
    if !left_out.is_empty() {
        out.push_str(&format!("{:<width$}{}\n", t.left_out, left_out.join(", ")));
    }
    if let Some(name) = &p.name {
        out.push_str(&format!("{:<width$}{name}\n", t.name));
    }
    if let Some(year) = p.birth_year {
        out.push_str(&format!("{:<width$}{year}\n", ft.label_birth_year));
    }
    if let Some(sex) = p.sex {
        out.push_str(&format!("{:<width$}{}\n", ft.label_sex, ft.sex(sex)));
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Program;
    use crate::profile::BoneStatus;
    use crate::profile::Sound;

    #[test]
    fn flags_change_only_what_they_name_and_bad_weights_write_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let changes = ProfileChanges {
            bone_status: Some(BoneStatus::Osteoporosis),
            weekly_target: Some(2),
            owned_weights: Some("8,4".into()),
            ..ProfileChanges::default()
        };
        run(&store, &changes, false, Lang::En).unwrap();
        let saved = store.load_profile().unwrap().unwrap();
        assert_eq!(saved.bone_status, BoneStatus::Osteoporosis);
        assert_eq!(saved.weekly_target, 2);
        assert_eq!(saved.owned_weights_kg, [4.0, 8.0]);
        assert_eq!(saved.rest_seconds, Profile::defaults(Lang::En).rest_seconds);
        let bad = ProfileChanges {
            owned_weights: Some("4,heavy".into()),
            weekly_target: Some(4),
            ..ProfileChanges::default()
        };
        assert!(matches!(
            run(&store, &bad, false, Lang::En),
            Err(CommandError::Usage(_))
        ));
        assert_eq!(store.load_profile().unwrap().unwrap(), saved);
    }

    #[test]
    fn flags_record_the_questions_they_answer_never_the_disclaimer() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let changes = ProfileChanges {
            program: Some(Program::Advanced),
            sound: Some(Sound::Off),
            ..ProfileChanges::default()
        };
        run(&store, &changes, false, Lang::En).unwrap();
        let saved = store.load_profile().unwrap().unwrap();
        assert_eq!(
            saved.answered.as_deref(),
            Some(&["program".to_owned(), "sound".to_owned()][..])
        );
        assert!(!saved.is_answered("disclaimer"));
        // A profile from before answers were recorded stays as it was: set up.
        let older = dir.path().join("older");
        std::fs::create_dir_all(&older).unwrap();
        let json = serde_json::to_string(&Profile {
            answered: None,
            ..Profile::defaults(Lang::En)
        })
        .unwrap();
        std::fs::write(older.join("profile.json"), json).unwrap();
        let store = Store::new(&older);
        run(&store, &changes, false, Lang::En).unwrap();
        assert_eq!(store.load_profile().unwrap().unwrap().answered, None);
    }

    /// Issue 30: `--birth-year` and `--sex` answer set-up's last two questions.
    #[test]
    fn the_norms_flags_record_their_questions_answered() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let changes = ProfileChanges {
            birth_year: Some(1950),
            sex: Some(crate::profile::Sex::Male),
            ..ProfileChanges::default()
        };
        run(&store, &changes, false, Lang::En).unwrap();
        let saved = store.load_profile().unwrap().unwrap();
        assert_eq!(
            saved.answered.as_deref(),
            Some(&["birth_year".to_owned(), "sex".to_owned()][..])
        );
        assert_eq!(
            (saved.birth_year, saved.sex),
            (Some(1950), Some(crate::profile::Sex::Male))
        );
    }

    #[test]
    fn json_says_whether_set_up_was_done() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let json = run(&store, &ProfileChanges::default(), true, Lang::En).unwrap();
        assert!(json.contains("\"configured\": false"), "{json}");
        for field in [
            "\"get_ready_seconds\": 10",
            "\"sound\": \"bell\"",
            "\"counting\": \"manual\"",
        ] {
            assert!(json.contains(field), "{json}");
        }
        assert!(!store.profile_path().exists(), "showing writes nothing");
    }
}
