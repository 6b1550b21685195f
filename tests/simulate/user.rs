//! One simulated user living a year: the profile they set up, the days they train (live,
//! through the session state machine the screen drives, or with `log`'s parser), the
//! questions they answer on home, their pain, breaks, backfills and a clock that is a day
//! ahead now and then. Every day's plan goes to the oracle.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Days, FixedOffset, NaiveDate, TimeZone};

use botsterk::card::Measure;
use botsterk::catalog::{Catalog, Program};
use botsterk::coach::plan::items::PlannedExercise;
use botsterk::coach::plan::{DayPlan, day_plan, next_program};
use botsterk::coach::progression::PromptKind;
use botsterk::coach::session::{Input, Phase, Session};
use botsterk::history::{Effort, History, PainAnswer, SessionRecord, WeightChange};
use botsterk::profile::BoneStatus;
use botsterk::profile::Settings;
use botsterk::typed_entry::parse_entry;
use botsterk::units::Units;

use super::oracle::Oracle;
use super::rng::Rng;

/// How a user behaves, drawn from the seed.
struct Persona {
    /// Chance that a day the plan allows is trained.
    train: f64,
    /// Share of sessions entered with `log` instead of followed live.
    logs: f64,
    /// Chance of pain, per exercise done.
    pain: f64,
    /// Chance that a set ends early (not for pain).
    ends_early: f64,
    /// Chance of stopping a session halfway.
    quits: f64,
    /// Chance, per day, that a break begins.
    breaks: f64,
    /// Chance, per day, that the clock is a day ahead.
    clock_ahead: f64,
    /// Chance, per day, of logging a forgotten session of an earlier day.
    backfills: f64,
    /// Chance, per day, of switching the program (`profile --program`).
    switches: f64,
    /// Chance a day that a new scan or a doctor changes the bone status (and clearance).
    bones_change: f64,
    /// Chance a typed weight is ten times too big.
    typos: f64,
    /// Days before a pain is answered.
    answer_after: (u32, u32),
    /// How the effort answers lean: more "too hard" when positive.
    hard: f64,
    practice: f64,
}

pub struct User<'c> {
    catalog: &'c Catalog,
    rng: Rng,
    persona: Persona,
    pub settings: Settings,
    pub history: History,
    pub oracle: Oracle<'c>,
    /// Reps (or seconds) each exercise can be done for, growing with training.
    capacity: HashMap<String, f64>,
    /// When a pain check will be answered, by exercise.
    answer_on: HashMap<String, NaiveDate>,
    /// Exercises left out, and the day the user brings them back.
    include_on: Vec<(String, NaiveDate)>,
    away_until: Option<NaiveDate>,
    start: Instant,
}

fn moment(date: NaiveDate, hour: u32) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(3600).expect("an offset");
    offset
        .from_local_datetime(&date.and_hms_opt(hour, 0, 0).expect("a time"))
        .single()
        .expect("a moment")
}

impl<'c> User<'c> {
    pub fn new(catalog: &'c Catalog, seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let (bone_status, cleared) = *rng.pick(&[
            (BoneStatus::None, false),
            (BoneStatus::Osteopenia, false),
            (BoneStatus::Osteoporosis, false),
            (BoneStatus::Osteoporosis, true),
            (BoneStatus::Unknown, false),
        ]);
        let units = if rng.chance(0.3) {
            Units::Lb
        } else {
            Units::Kg
        };
        let owned = if rng.chance(0.35) {
            Vec::new()
        } else {
            let choices: &[f64] = match units {
                Units::Kg => &[
                    1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0, 12.0, 16.0, 20.0,
                ],
                Units::Lb => &[3.0, 5.0, 8.0, 10.0, 12.0, 15.0, 20.0, 25.0, 30.0, 35.0],
            };
            let n = rng.range(1, 5);
            let mut owned: Vec<f64> = (0..n)
                // As `profile --weights` reads them: to the gram.
                .map(|_| {
                    let w = *rng.pick(choices);
                    botsterk::units::parse_weight(&w.to_string(), units).expect("a weight")
                })
                .collect();
            owned.sort_by(f64::total_cmp);
            owned.dedup();
            owned
        };
        let weekly_target = rng.range(2, 4);
        let settings = Settings {
            weekly_target,
            owned_weights_kg: owned,
            bone_status,
            cleared_for_impact: cleared,
            start_program: if rng.chance(0.3) {
                Program::Advanced
            } else {
                Program::Beginner
            },
            units,
            ..Settings::default()
        };
        let persona = Persona {
            train: 0.35 + 0.5 * rng.range(0, 10) as f64 / 10.0,
            logs: *rng.pick(&[0.0, 0.0, 0.15, 0.5, 0.9]),
            pain: *rng.pick(&[0.0, 0.005, 0.01, 0.03]),
            ends_early: *rng.pick(&[0.0, 0.03, 0.1]),
            quits: *rng.pick(&[0.0, 0.02, 0.08]),
            breaks: *rng.pick(&[0.0, 0.005, 0.01, 0.02]),
            clock_ahead: *rng.pick(&[0.0, 0.0, 0.01, 0.03]),
            backfills: *rng.pick(&[0.0, 0.01, 0.04]),
            switches: *rng.pick(&[0.0, 0.003, 0.01]),
            bones_change: *rng.pick(&[0.0, 0.0, 0.003, 0.01]),
            typos: *rng.pick(&[0.0, 0.1, 0.5]),
            answer_after: *rng.pick(&[(0, 3), (2, 14), (7, 40)]),
            hard: *rng.pick(&[-0.1, 0.0, 0.15, 0.3]),
            practice: *rng.pick(&[0.0, 0.2, 0.5]),
        };
        Self {
            catalog,
            rng,
            persona,
            settings,
            history: History::default(),
            oracle: Oracle::new(catalog, seed),
            capacity: HashMap::new(),
            answer_on: HashMap::new(),
            include_on: Vec::new(),
            away_until: None,
            start: Instant::now(),
        }
    }

    fn plan(&self, today: NaiveDate, program: Option<Program>) -> DayPlan {
        let program = program.unwrap_or_else(|| next_program(&self.history, &self.settings, today));
        day_plan(self.catalog, &self.history, &self.settings, program, today)
    }

    /// The plan of `today` as the user sees it, checked by the oracle.
    fn look(&mut self, today: NaiveDate, program: Option<Program>) -> DayPlan {
        let plan = self.plan(today, program);
        let practice =
            botsterk::commands::plan::practice(self.catalog, &self.history, &self.settings, today);
        self.oracle
            .check(today, &plan, &practice, &self.history, &self.settings);
        plan
    }

    /// One real day. The clock may be a day ahead: everything the user does is then dated
    /// tomorrow, as botsterk would date it.
    pub fn live_day(&mut self, real: NaiveDate) {
        let today = if self.rng.chance(self.persona.clock_ahead) {
            real + Days::new(1)
        } else {
            real
        };
        let mut plan = self.look(today, None);
        if let Some(until) = self.away_until {
            if real < until {
                return;
            }
            self.away_until = None;
        }
        if self.rng.chance(self.persona.breaks) {
            // Breaks of 1 to 200 days, most of them short.
            let days = if self.rng.chance(0.6) {
                self.rng.range(1, 20)
            } else {
                self.rng.range(14, 200)
            };
            self.away_until = Some(real + Days::new(u64::from(days)));
            return;
        }
        let wants = self.rng.chance(self.persona.train);
        if !wants && !self.rng.chance(0.3) {
            return;
        }
        // Brought back from leave-out with `profile --include`.
        let back: Vec<String> = self
            .include_on
            .iter()
            .filter(|(_, on)| *on <= today)
            .map(|(id, _)| id.clone())
            .collect();
        if !back.is_empty() {
            self.include_on.retain(|(_, on)| *on > today);
            self.settings.left_out.retain(|id| !back.contains(id));
            plan = self.look(today, None);
        }
        if self.rng.chance(self.persona.switches) {
            let other = match next_program(&self.history, &self.settings, today) {
                Program::Beginner => Program::Advanced,
                Program::Advanced => Program::Beginner,
            };
            self.settings.start_program = other;
            self.settings.program_chosen_at = Some(moment(today, 9));
            plan = self.look(today, None);
        }
        if self.rng.chance(self.persona.bones_change) {
            // A new scan, or a doctor's word on impact: as the settings or
            // `profile --bone-status` set it (weaker bones note the day).
            let (status, cleared) = *self.rng.pick(&[
                (BoneStatus::None, false),
                (BoneStatus::Osteopenia, false),
                (BoneStatus::Osteoporosis, false),
                (BoneStatus::Osteoporosis, true),
                (BoneStatus::Unknown, false),
            ]);
            let rank = |s: BoneStatus| match s {
                BoneStatus::None | BoneStatus::Unknown => 0,
                BoneStatus::Osteopenia => 1,
                BoneStatus::Osteoporosis => 2,
            };
            if rank(status) > rank(self.settings.bone_status) {
                self.settings.bones_weaker_on = Some(today);
            }
            self.settings.bone_status = status;
            self.settings.cleared_for_impact = cleared;
            plan = self.look(today, None);
        }
        if self.rng.chance(self.persona.backfills) {
            self.backfill(today);
            plan = self.look(today, None);
        }
        // Home's questions, one at a time, as home asks them.
        for _ in 0..8 {
            if !self.answer_one(&plan, today) {
                break;
            }
            plan = self.look(today, None);
        }
        // Tab on home now and then: the other program for this session.
        if self.rng.chance(0.03) {
            let other = match plan.session.program {
                Program::Beginner => Program::Advanced,
                Program::Advanced => Program::Beginner,
            };
            plan = self.look(today, Some(other));
        }
        if wants && plan.may_start() {
            if self.rng.chance(self.persona.logs) {
                self.log(&plan, today, Some(&plan.clone()));
            } else {
                self.live(&plan, today);
            }
        }
        if self.rng.chance(self.persona.practice) {
            self.practise(today);
        }
    }

    /// Answers the first question home would ask; false when there is none to answer.
    fn answer_one(&mut self, plan: &DayPlan, today: NaiveDate) -> bool {
        for prompt in &plan.prompts {
            match prompt.kind {
                PromptKind::PainCheck => {
                    let on = *self
                        .answer_on
                        .entry(prompt.exercise.clone())
                        .or_insert_with(|| {
                            let (lo, hi) = self.persona.answer_after;
                            today + Days::new(u64::from(self.rng.range(lo, hi)))
                        });
                    if on > today {
                        continue;
                    }
                    self.answer_on.remove(&prompt.exercise);
                    let answer = *self.rng.pick(&[
                        PainAnswer::Ok,
                        PainAnswer::Ok,
                        PainAnswer::Ok,
                        PainAnswer::Ok,
                        PainAnswer::NotYet,
                        PainAnswer::LeaveOut,
                    ]);
                    let Some(record) = botsterk::coach::pain::answer(
                        &self.history,
                        &prompt.exercise,
                        answer,
                        today,
                    ) else {
                        continue;
                    };
                    self.history.pain_checks.push(record);
                    self.oracle.pain_answered(&prompt.exercise, answer, today);
                    if answer == PainAnswer::LeaveOut {
                        self.settings.left_out.push(prompt.exercise.clone());
                        if self.rng.chance(0.5) {
                            let days = u64::from(self.rng.range(5, 60));
                            self.include_on
                                .push((prompt.exercise.clone(), today + Days::new(days)));
                        }
                    }
                    return true;
                }
                PromptKind::IncreaseWeight | PromptKind::DecreaseWeight => {
                    let (Some(from), Some(to)) = (prompt.from_kg, prompt.to_kg) else {
                        continue;
                    };
                    let roll = self.rng.below(20);
                    // `y` and `n` save at once; a typed weight is checked first.
                    let typed = roll >= 17;
                    let kg = match roll {
                        0..=13 => to,
                        14..=16 => from,
                        // Another weight, typed: half a step from the current one, as
                        // home reads what is typed.
                        _ => {
                            let units = self.settings.units;
                            let typed = botsterk::units::typed(from + (to - from) / 2.0, units);
                            botsterk::units::parse_weight(&typed, units).unwrap_or(from)
                        }
                    };
                    if !typed || !botsterk::units::beyond_a_step(from, kg, self.settings.units) {
                        self.decide(&prompt.exercise, Some(from), kg, today);
                    }
                    return true;
                }
                PromptKind::ChooseWeight => {
                    let Some(to) = prompt.to_kg else {
                        // Nothing owned is light enough: the user goes on without one.
                        continue;
                    };
                    let typed = if self.rng.chance(self.persona.typos) {
                        to * 10.0
                    } else {
                        to
                    };
                    if !self.type_first_weight(&prompt.exercise, typed, today) {
                        // Asked "are you sure?": no, it was a typo; the right one then.
                        self.type_first_weight(&prompt.exercise, to, today);
                    }
                    return true;
                }
                PromptKind::AdvanceProgram => {
                    if self.rng.chance(0.5) {
                        self.settings.start_program = Program::Advanced;
                        self.settings.program_chosen_at = Some(moment(today, 9));
                        return true;
                    }
                }
            }
        }
        false
    }

    /// A weight typed on home for a first-weight question: taken, or asked about (home's
    /// check) and refused by the user. True when taken.
    fn type_first_weight(&mut self, exercise: &str, kg: f64, today: NaiveDate) -> bool {
        let Some(found) = self.catalog.get(exercise) else {
            return false;
        };
        if botsterk::coach::safety::first_weight_above_limit(
            found,
            self.settings.bone_status,
            kg,
            self.settings.units,
        )
        .is_some()
        {
            return false;
        }
        self.decide(exercise, None, kg, today);
        true
    }

    fn decide(&mut self, exercise: &str, from_kg: Option<f64>, to_kg: f64, today: NaiveDate) {
        self.history.weight_changes.push(WeightChange::new(
            today,
            exercise.to_owned(),
            from_kg,
            to_kg,
        ));
    }

    fn capacity(&mut self, e: &PlannedExercise) -> f64 {
        let min = self.catalog.get(&e.id).map_or(10, |x| x.target_min);
        let start = f64::from(min) + f64::from(self.rng.range(0, 8)) - 3.0;
        *self.capacity.entry(e.id.clone()).or_insert(start)
    }

    /// How many reps (seconds, stomps per foot) one set gets, and whether it ended early.
    fn set_amount(&mut self, e: &PlannedExercise) -> u32 {
        let can = self.capacity(e).max(1.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let can = can as u32;
        if self.rng.chance(self.persona.ends_early) || can < e.target {
            self.rng.range(1, e.target.max(2) - 1).min(can.max(1))
        } else {
            e.target
        }
    }

    fn effort(&mut self, e: &PlannedExercise, shortest: u32) -> Effort {
        let can = self.capacity(e);
        let roll = f64::from(self.rng.range(0, 99)) / 100.0 - self.persona.hard;
        if shortest < e.target {
            if roll < 0.6 {
                Effort::TooHard
            } else {
                Effort::JustRight
            }
        } else if can >= f64::from(e.target) + 2.0 {
            if roll < 0.5 {
                Effort::TooEasy
            } else {
                Effort::JustRight
            }
        } else if roll < 0.1 {
            Effort::TooHard
        } else if roll < 0.85 {
            Effort::JustRight
        } else {
            Effort::TooEasy
        }
    }

    fn grow(&mut self, e: &PlannedExercise) {
        let step = if e.measure == Measure::Hold { 1.5 } else { 0.3 };
        *self.capacity.entry(e.id.clone()).or_insert(10.0) += step;
    }

    /// A session followed live: the session state machine the screen drives, key by key
    /// and timer by timer, saved as home saves it.
    fn live(&mut self, plan: &DayPlan, today: NaiveDate) {
        let mut t = self.start;
        let started = moment(today, 10);
        let mut s = Session::new(plan.session.clone(), started, t);
        let quit_at = self
            .rng
            .chance(self.persona.quits)
            .then(|| self.rng.below(plan.session.exercises.len() as u64) as usize);
        'exercises: for (i, e) in plan.session.exercises.iter().enumerate() {
            if quit_at == Some(i) {
                s.handle(Input::AskQuit, t);
                s.handle(Input::SaveWhatWasDone, t);
                break;
            }
            assert_eq!(s.phase(), &Phase::Card, "a card before {}", e.id);
            if self.rng.chance(0.02) {
                s.handle(Input::SkipExercise, t);
                s.handle(Input::SkipExercise, t);
                continue;
            }
            let pain_in = self
                .rng
                .chance(self.persona.pain)
                .then(|| self.rng.range(1, e.sets + 1));
            s.handle(Input::Begin, t);
            let mut shortest = u32::MAX;
            for set in 1..=e.sets {
                let amount = self.set_amount(e);
                shortest = shortest.min(amount);
                if pain_in == Some(set) {
                    // Pain in the middle of the set: `4` at once.
                    if let Phase::GetReady { .. } = s.phase() {
                        t += Duration::from_secs(30);
                        s.tick(t);
                    }
                    if matches!(s.phase(), Phase::Reps { .. }) {
                        s.handle(Input::Count, t);
                    }
                    t += Duration::from_secs(1);
                    s.handle(Input::Answer(Effort::Pain), t);
                    s.handle(Input::Continue, t);
                    self.grow(e);
                    continue 'exercises;
                }
                t = do_set(&mut s, e, amount, t);
                if set < e.sets {
                    assert!(
                        matches!(s.phase(), Phase::Rest { .. }),
                        "a rest in {}",
                        e.id
                    );
                    s.handle(Input::SkipRest, t);
                }
            }
            assert_eq!(s.phase(), &Phase::Effort, "the question after {}", e.id);
            let effort = if pain_in.is_some() {
                Effort::Pain
            } else {
                self.effort(e, shortest)
            };
            s.handle(Input::Answer(effort), t);
            if effort == Effort::Pain {
                s.handle(Input::Continue, t);
            }
            self.grow(e);
        }
        assert_eq!(s.phase(), &Phase::Summary, "the summary");
        let out = s.handle(Input::Save, t);
        assert!(out.save);
        let record = s.to_record(moment(today, 11));
        // Home's rule: a session with nothing in it is not saved.
        if record.exercises.iter().all(|e| e.sets.is_empty()) && !record.reports_pain() {
            return;
        }
        self.oracle.session_saved(&record, Some(plan));
        self.history.sessions.push(record);
    }

    /// The entries `log` would be given for the plan's exercises.
    /// Each as typed, and as typed again after `log` refused it.
    fn entries(&mut self, plan: &DayPlan) -> Vec<(String, String)> {
        let units = self.settings.units;
        let mut entries = Vec::new();
        for e in &plan.session.exercises {
            if self.rng.chance(0.05) {
                continue;
            }
            let mut amounts = Vec::new();
            for _ in 0..e.sets {
                amounts.push(self.set_amount(e));
            }
            let shortest = amounts.iter().copied().min().unwrap_or(0);
            let effort = if self.rng.chance(self.persona.pain) {
                Effort::Pain
            } else {
                self.effort(e, shortest)
            };
            let sets: Vec<String> = amounts
                .iter()
                .map(|a| match e.measure {
                    Measure::Hold => format!("{a}s"),
                    _ => a.to_string(),
                })
                .collect();
            let unit = match units {
                Units::Kg => "kg",
                Units::Lb => "lb",
            };
            let typed = |kg: f64| format!("@{}{unit}", botsterk::units::typed(kg, units));
            let typo = self.rng.chance(self.persona.typos / 5.0);
            let weight = e
                .weight_kg
                .map(|kg| typed(if typo { kg * 10.0 } else { kg }));
            let right = e.weight_kg.map(typed);
            let effort = match effort {
                Effort::TooEasy => "easy",
                Effort::JustRight => "right",
                Effort::TooHard => "hard",
                Effort::Pain => "pain",
            };
            let entry = |weight: Option<String>| {
                format!(
                    "{}{}:{}:{effort}",
                    e.id,
                    weight.unwrap_or_default(),
                    sets.join(",")
                )
            };
            entries.push((entry(weight), entry(right)));
            self.grow(e);
        }
        entries
    }

    /// A session entered with `log` for `date`: its entries parsed by `log`'s parser, saved
    /// as `log` saves it (refused when the day has a session already, as without --again).
    fn log(&mut self, plan: &DayPlan, date: NaiveDate, asked: Option<&DayPlan>) {
        if self.history.sessions.iter().any(|s| s.date == date) {
            return;
        }
        let entries = self.entries(plan);
        let Some(mut record) = self.parsed(&entries, date, plan, false) else {
            return;
        };
        // A weight `log` asks about (a typo of ten times, a second raise): no, it was a
        // typo; typed again as the plan said (`log` without --yes).
        if botsterk::commands::log_weight::first_to_ask(
            self.catalog,
            &self.history,
            &self.settings,
            &record,
        )
        .is_some()
        {
            let Some(again) = self.parsed(&entries, date, plan, true) else {
                return;
            };
            record = again;
        }
        botsterk::commands::log::as_planned(
            self.catalog,
            &self.history,
            &self.settings,
            &mut record,
        );
        self.oracle.session_saved(&record, asked);
        self.history.sessions.push(record);
    }

    /// The session `log` parses from `entries` (as typed, or as typed again when `again`).
    fn parsed(
        &self,
        entries: &[(String, String)],
        date: NaiveDate,
        plan: &DayPlan,
        again: bool,
    ) -> Option<SessionRecord> {
        let mut exercises = Vec::new();
        let units = self.settings.units;
        for (typed, right) in entries {
            let first = if again { right } else { typed };
            let record = parse_entry(first, self.catalog, units)
                .or_else(|_| parse_entry(right, self.catalog, units));
            match record {
                Ok(record) => exercises.push(record),
                // A weight `log` cannot take (a typo the plan took over, above 300 kg):
                // the user leaves that exercise out.
                Err(botsterk::typed_entry::EntryError::BadWeight(_)) => {}
                Err(e) => panic!("log refused {right}: {e}"),
            }
        }
        if exercises.is_empty() {
            return None;
        }
        let at = moment(date, 12);
        Some(SessionRecord {
            date,
            started_at: at,
            ended_at: at,
            program: plan.session.program,
            ended_early: false,
            logged: true,
            planned_sets: None,
            exercises,
            ..Default::default()
        })
    }

    /// A session of one or two days ago, forgotten and logged today.
    fn backfill(&mut self, today: NaiveDate) {
        let date = today - Days::new(self.rng.range(1, 2).into());
        let plan = self.plan(date, None);
        if plan.session.exercises.is_empty() {
            return;
        }
        self.log(&plan, date, None);
    }

    /// Balance and posture practice, logged with `log`'s practice parser; now and then with
    /// pain in a balance stance or a posture move (a back extension's holds the loaded spine
    /// exercises too).
    fn practise(&mut self, today: NaiveDate) {
        let practice =
            botsterk::commands::plan::practice(self.catalog, &self.history, &self.settings, today);
        let routines = self.catalog.routines();
        let mut record = botsterk::history::PracticeRecord {
            date: today,
            started_at: moment(today, 15),
            ended_at: moment(today, 15),
            logged: true,
            balance: Vec::new(),
            posture: Vec::new(),
            ..Default::default()
        };
        for b in &practice.balance {
            let entry = format!(
                "balance:{}:{}:{}:steady",
                b.stance, b.support, b.hold_seconds
            );
            if let Ok(botsterk::commands::log_practice::PracticeEntry::Balance(mut holds)) =
                botsterk::commands::log_practice::parse_practice(&entry, routines)
            {
                if let Some(last) = holds.last_mut() {
                    last.stopped_for_pain = self.rng.chance(self.persona.pain / 3.0);
                }
                record.balance.extend(holds);
            }
        }
        for p in &practice.posture {
            let entry = format!("posture:{}:{}", p.id, p.reps);
            if let Ok(botsterk::commands::log_practice::PracticeEntry::Posture(mut done)) =
                botsterk::commands::log_practice::parse_practice(&entry, routines)
            {
                done.stopped_for_pain = self.rng.chance(self.persona.pain / 3.0);
                record.posture.push(done);
            }
        }
        if record.balance.is_empty() && record.posture.is_empty() {
            return;
        }
        self.oracle.practice_saved(&record);
        self.history.practice.push(record);
    }
}

/// One set on the session state machine: `amount` reps (or seconds, or stomps per foot).
/// Returns the time after it.
fn do_set(s: &mut Session, e: &PlannedExercise, amount: u32, mut t: Instant) -> Instant {
    let amount = amount.max(1);
    match e.measure {
        Measure::Reps => {
            for _ in 0..amount {
                s.handle(Input::Count, t);
            }
            t += Duration::from_secs(u64::from(amount) * 3);
            s.handle(Input::FinishSet, t);
        }
        Measure::TimedReps => {
            let hold = Duration::from_secs(e.rep_hold_seconds.unwrap_or(2).into());
            for _ in 0..amount {
                s.handle(Input::Count, t);
                t += hold;
                s.tick(t);
                t += Duration::from_secs(1);
            }
            s.handle(Input::FinishSet, t);
        }
        Measure::Stomps => {
            for _ in 0..amount * 2 {
                s.handle(Input::Count, t);
            }
            t += Duration::from_secs(u64::from(amount));
            s.handle(Input::FinishSet, t);
        }
        Measure::Hold => {
            // The get-ready, then the hold: to its end, or ended with Enter.
            t += Duration::from_secs(30);
            s.tick(t);
            assert!(
                matches!(s.phase(), Phase::Hold { .. }),
                "a hold in {}",
                e.id
            );
            if amount >= e.target {
                t += Duration::from_secs(e.target.into());
                s.tick(t);
            } else {
                t += Duration::from_secs(amount.into());
                s.handle(Input::FinishSet, t);
            }
        }
    }
    t
}
