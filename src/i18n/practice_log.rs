//! The texts of `botsterk log` for balance and posture practice: the entry forms, what was
//! saved, and what is wrong with an entry.

/// `log`'s practice texts in one language.
#[derive(Debug)]
pub struct PracticeLogTexts {
    /// `log`: practice saved: date, balance holds, posture moves, file.
    pub log_saved: fn(&str, usize, usize, &str) -> String,
    /// `log`: the practice forms and an example of each.
    pub log_balance_form: &'static str,
    pub log_balance_example: &'static str,
    pub log_posture_form: &'static str,
    pub log_posture_example: &'static str,
    /// `log` refusals: the entry as typed, its form, an example.
    pub log_malformed: fn(&str, &str, &str) -> String,
    /// Typed, near misses (may be empty), the ids known.
    pub log_unknown_stance: fn(&str, &str, &str) -> String,
    pub log_unknown_support: fn(&str, &str, &str) -> String,
    pub log_unknown_move: fn(&str, &str, &str) -> String,
    /// Support, stance, the supports that fit the stance.
    pub log_support_not_for_stance: fn(&str, &str, &str) -> String,
    /// Typed, the most seconds.
    pub log_bad_seconds: fn(&str, u32) -> String,
    /// Typed, holds typed, the most holds.
    pub log_too_many_holds: fn(&str, usize, usize) -> String,
    pub log_bad_rating: fn(&str) -> String,
    /// Typed, the most reps.
    pub log_bad_reps: fn(&str, u32) -> String,
    /// Strength entries and practice entries in one `log`: both as typed.
    pub log_mixed: fn(&str, &str) -> String,
    /// `--program` with practice entries: the flag's value.
    pub log_program: fn(&str) -> String,
}

pub const EN: PracticeLogTexts = PracticeLogTexts {
    log_saved: |date, holds, moves, path| {
        format!(
            "Logged practice {date}: balance holds: {holds}, posture moves: {moves}, in {path}. \
             Practice is not a strength session: your strength plan is unchanged."
        )
    },
    log_balance_form: "balance:STANCE:SUPPORT:SECONDS[:RATING]",
    log_balance_example: "balance:tandem:one-hand:20,20:steady",
    log_posture_form: "posture:MOVE:REPS",
    log_posture_example: "posture:chin-tuck:5",
    log_malformed: |entry, form, example| {
        format!("'{entry}' is not of the form {form}, e.g. {example}. Nothing was written.")
    },
    log_unknown_stance: |typed, near, known| {
        let near = if near.is_empty() {
            String::new()
        } else {
            format!("did you mean {near}? ")
        };
        format!(
            "unknown stance '{typed}'; {near}Known: {known} (or their names, in English or Dutch), \
             e.g. balance:tandem:one-hand:20. Nothing was written."
        )
    },
    log_unknown_support: |typed, near, known| {
        let near = if near.is_empty() {
            String::new()
        } else {
            format!("did you mean {near}? ")
        };
        format!(
            "unknown support '{typed}'; {near}Known, from most support to least: {known}, \
             e.g. balance:tandem:one-hand:20. Nothing was written."
        )
    },
    log_unknown_move: |typed, near, known| {
        let near = if near.is_empty() {
            String::new()
        } else {
            format!("did you mean {near}? ")
        };
        format!(
            "unknown posture move '{typed}'; {near}Known: {known} (or their names, in English or \
             Dutch), e.g. posture:chin-tuck:5. Nothing was written."
        )
    },
    log_support_not_for_stance: |support, stance, fitting| {
        format!(
            "'{support}' is only for stances on two feet, not for '{stance}'; use one of \
             {fitting}, e.g. balance:{stance}:fingertips:10. Nothing was written."
        )
    },
    log_bad_seconds: |typed, max| {
        format!(
            "hold '{typed}' is not a number of seconds from 1 to {max}: type the seconds held, \
             several holds with commas, e.g. balance:tandem:one-hand:20,20s. Nothing was written."
        )
    },
    log_too_many_holds: |typed, count, max| {
        format!(
            "'{typed}' is {count} holds; at most {max} in one entry, e.g. \
             balance:tandem:one-hand:20,20,20. Nothing was written."
        )
    },
    log_bad_rating: |typed| {
        format!(
            "rating '{typed}' is not one of steady, wobbly, held-on (or stevig, wiebelig, \
             vastgepakt); it may be left out, e.g. balance:tandem:one-hand:20:steady. Nothing was \
             written."
        )
    },
    log_bad_reps: |typed, max| {
        format!(
            "reps '{typed}' is not a number from 1 to {max}, e.g. posture:chin-tuck:5. Nothing \
             was written."
        )
    },
    log_mixed: |strength, practice| {
        format!(
            "strength exercises ({strength}) and balance or posture practice ({practice}) in one \
             log: practice is never a strength session, so they are logged apart. Type \
             them as two commands, e.g. botsterk log chair-squat:12,12 and botsterk log \
             balance:tandem:one-hand:20. Nothing was written."
        )
    },
    log_program: |flag| {
        format!(
            "--program {flag} is for strength sessions; balance and posture practice has no \
             program: leave out --program, e.g. botsterk log balance:tandem:one-hand:20. Nothing \
             was written."
        )
    },
};

pub const NL: PracticeLogTexts = PracticeLogTexts {
    log_saved: |date, holds, moves, path| {
        format!(
            "Oefenen vastgelegd {date}: evenwicht: {holds} keer, houdingsoefeningen: {moves}, \
             in {path}. Oefenen is geen krachttraining: je trainingsplan blijft hetzelfde."
        )
    },
    log_balance_form: "evenwicht:STAND:STEUN:SECONDEN[:GEVOEL]",
    log_balance_example: "evenwicht:tandem:een-hand:20,20:stevig",
    log_posture_form: "houding:OEFENING:HERHALINGEN",
    log_posture_example: "houding:kin-intrekken:5",
    log_malformed: |entry, form, example| {
        format!("'{entry}' heeft niet de vorm {form}, bijv. {example}. Er is niets opgeslagen.")
    },
    log_unknown_stance: |typed, near, known| {
        let near = if near.is_empty() {
            String::new()
        } else {
            format!("bedoel je {near}? ")
        };
        format!(
            "onbekende stand '{typed}'; {near}Bekend: {known} (of hun namen, in het Nederlands \
             of Engels), bijv. evenwicht:tandem:een-hand:20. Er is niets opgeslagen."
        )
    },
    log_unknown_support: |typed, near, known| {
        let near = if near.is_empty() {
            String::new()
        } else {
            format!("bedoel je {near}? ")
        };
        format!(
            "onbekende steun '{typed}'; {near}Bekend, van meeste steun naar minste: {known} \
             (of hun namen, zoals twee-handen, een-hand, vingertoppen, zonder-handen, \
             ogen-dicht), bijv. evenwicht:tandem:een-hand:20. Er is niets opgeslagen."
        )
    },
    log_unknown_move: |typed, near, known| {
        let near = if near.is_empty() {
            String::new()
        } else {
            format!("bedoel je {near}? ")
        };
        format!(
            "onbekende houdingsoefening '{typed}'; {near}Bekend: {known} (of hun namen, in het \
             Nederlands of Engels), bijv. houding:kin-intrekken:5. Er is niets opgeslagen."
        )
    },
    log_support_not_for_stance: |support, stance, fitting| {
        format!(
            "'{support}' is alleen voor standen op twee voeten, niet voor '{stance}'; kies uit \
             {fitting}, bijv. evenwicht:{stance}:vingertoppen:10. Er is niets opgeslagen."
        )
    },
    log_bad_seconds: |typed, max| {
        format!(
            "tijd '{typed}' is geen aantal seconden van 1 tot {max}: typ de seconden die je \
             volhield, meer keren met komma's, bijv. evenwicht:tandem:een-hand:20,20s. Er is \
             niets opgeslagen."
        )
    },
    log_too_many_holds: |typed, count, max| {
        format!(
            "'{typed}' is {count} keer; hoogstens {max} in één invoer, bijv. \
             evenwicht:tandem:een-hand:20,20,20. Er is niets opgeslagen."
        )
    },
    log_bad_rating: |typed| {
        format!(
            "gevoel '{typed}' is niet een van stevig, wiebelig, vastgepakt (of steady, wobbly, \
             held-on); het mag ook weg, bijv. evenwicht:tandem:een-hand:20:stevig. Er is niets \
             opgeslagen."
        )
    },
    log_bad_reps: |typed, max| {
        format!(
            "herhalingen '{typed}' is geen getal van 1 tot {max}, bijv. houding:kin-intrekken:5. \
             Er is niets opgeslagen."
        )
    },
    log_mixed: |strength, practice| {
        format!(
            "krachtoefeningen ({strength}) en evenwicht of houding ({practice}) in één log: \
             oefenen is nooit een krachttraining, dus ze worden apart vastgelegd. Typ twee \
             opdrachten, bijv. botsterk noteer chair-squat:12,12 en botsterk noteer \
             evenwicht:tandem:een-hand:20. Er is niets opgeslagen."
        )
    },
    log_program: |flag| {
        format!(
            "--program {flag} is voor krachttrainingen; evenwicht en houding hebben geen \
             programma: laat --program weg, bijv. botsterk noteer evenwicht:tandem:een-hand:20. Er \
             is niets opgeslagen."
        )
    },
};
