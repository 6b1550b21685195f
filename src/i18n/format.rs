//! How each language writes dates, numbers, weights, programs and the coach's prompts.

use super::Texts;

/// A weight without a needless ".0": 8 kg, 2.5 kg.
#[must_use]
pub fn format_kg(kg: f64) -> String {
    let rounded = (kg * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        // A whole number: `Fixed` writes it as `{:.0}` does, without its slow path.
        format!("{:.0}", crate::decimal::Fixed(rounded))
    } else {
        format!("{rounded}")
    }
}

impl Texts {
    /// A date written out, as "Thursday 26 November 2026".
    #[must_use]
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        (self.date_long)(
            self.weekdays[date.weekday().num_days_from_monday() as usize],
            &date.day(),
            self.months[date.month0() as usize],
            &date.year(),
        )
    }

    /// "today", "tomorrow", or the date written out.
    #[must_use]
    pub fn day(&self, date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
        if date == today {
            self.home.day_today.to_owned()
        } else if today.succ_opt() == Some(date) {
            self.home.day_tomorrow.to_owned()
        } else {
            self.date(date)
        }
    }

    /// A prompt as a question, and why it is asked.
    #[must_use]
    pub fn prompt(
        &self,
        prompt: &crate::coach::progression::Prompt,
        name: &str,
        units: crate::units::Units,
    ) -> (String, &'static str) {
        use crate::coach::progression::{PromptKind, PromptReason};
        let weight = |kg| self.weight(kg, units);
        let from = prompt.from_kg.map(weight).unwrap_or_default();
        let to = prompt.to_kg.map(weight).unwrap_or_default();
        let question = match prompt.kind {
            PromptKind::IncreaseWeight => (self.home.prompt_increase)(name, &from, &to),
            PromptKind::DecreaseWeight => (self.home.prompt_decrease)(name, &from, &to),
            PromptKind::PainCheck => (self.home.prompt_pain)(name),
            PromptKind::AdvanceProgram => self.home.prompt_advance.to_owned(),
            PromptKind::ChooseWeight if prompt.to_kg.is_none() => {
                (self.home.prompt_choose_none)(name)
            }
            PromptKind::ChooseWeight => (self.home.prompt_choose)(name, &to),
        };
        let reason = match prompt.reason {
            PromptReason::TopOfRangeReached => self.home.reason_top_of_range,
            PromptReason::TooHardTwice => self.home.reason_too_hard_twice,
            PromptReason::BelowRange => self.home.reason_below_range,
            PromptReason::PainReported => self.home.reason_pain,
            PromptReason::BeginnerTopReached => self.home.reason_beginner_top,
            PromptReason::BeginnerTopReachedWeakerBones => self.home.advance_cautions,
            PromptReason::FirstTime => self.home.reason_first_time,
            PromptReason::FirstTimeWeakerBones => self.pain.reason_first_time_weaker,
            PromptReason::FirstWeightTooHeavy => self.home.reason_first_weight_too_heavy,
            PromptReason::BonesWeaker => self.home.reason_bones_weaker,
        };
        (question, reason)
    }

    /// A number as this language writes it: "2.5" or "2,5"; whole numbers without decimals.
    #[must_use]
    pub fn number(&self, value: f64) -> String {
        format_kg(value).replace('.', self.decimal)
    }

    /// A weight in the user's units, as this language writes numbers: "2.5 kg", "2,5 kg".
    #[must_use]
    pub fn weight(&self, kg: f64, units: crate::units::Units) -> String {
        let mut text = String::new();
        self.write_weight(&mut text, kg, units);
        text
    }

    /// [`Self::weight`] written at the end of `out`.
    pub fn write_weight(&self, out: &mut String, kg: f64, units: crate::units::Units) {
        let from = out.len();
        crate::units::write_weight(out, kg, units);
        // Most weights are whole: nothing to replace. A number has one point at most.
        if self.decimal != "."
            && let Some(point) = out[from..].find('.')
        {
            out.replace_range(from + point..=from + point, self.decimal);
        }
    }

    #[must_use]
    pub fn program(&self, program: crate::catalog::Program) -> &'static str {
        match program {
            crate::catalog::Program::Beginner => self.program_beginner,
            crate::catalog::Program::Advanced => self.program_advanced,
        }
    }
}

/// "2 sets of 10 reps", "2 holds of 20 seconds", ...
#[must_use]
pub fn target_text(
    t: &Texts,
    exercise: &crate::coach::plan::items::PlannedExercise,
    units: crate::units::Units,
) -> String {
    let template = match exercise.measure {
        crate::card::Measure::Reps => t.home.plan_reps,
        crate::card::Measure::TimedReps => t.home.plan_timed_reps,
        crate::card::Measure::Hold => t.home.plan_hold,
        crate::card::Measure::Stomps => t.home.plan_stomps,
    };
    let text = template(&exercise.sets, &exercise.target);
    match exercise.weight_kg {
        Some(kg) => format!("{text} · {}", t.weight(kg, units)),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{EN, NL};

    #[test]
    fn numbers_follow_the_language() {
        use crate::units::Units;
        assert_eq!(EN.weight(2.5, Units::Kg), "2.5 kg");
        assert_eq!(NL.weight(2.5, Units::Kg), "2,5 kg");
        assert_eq!(NL.weight(8.0, Units::Lb), "17,6 lb");
        assert_eq!(NL.number(12.0), "12");
    }
}
