//! `profile --program advanced` with osteopenia or osteoporosis asks first (issue 24,
//! design 7): the advanced program has the weighted deadlift and overhead press, and their
//! cautions are named before the switch; `--yes` makes it.

use super::CommandError;
use crate::catalog::Program;
use crate::lang::Lang;
use crate::profile::{BoneStatus, Profile};

/// Refuses a switch to the advanced program with weaker bones without `yes`: the program
/// asked for in `program`, the bone status after this change (`bone_status`, else the
/// `current` profile's), from a profile not on the advanced program already.
///
/// # Errors
/// [`CommandError::Usage`] naming the deadlift's and the overhead press's cautions and the
/// command with `--yes`.
pub fn check(
    program: Option<Program>,
    bone_status: Option<BoneStatus>,
    current: Option<&Profile>,
    yes: bool,
    lang: Lang,
) -> Result<(), CommandError> {
    let bones = bone_status
        .or(current.map(|p| p.bone_status))
        .unwrap_or_default();
    let already = current.is_some_and(|p| p.program == Program::Advanced);
    if yes
        || program != Some(Program::Advanced)
        || already
        || !crate::coach::safety::weaker_bones(bones)
    {
        return Ok(());
    }
    let cautions = lang.texts().home.advance_cautions;
    Err(CommandError::Usage((crate::i18n::profile_command::texts(
        lang,
    )
    .advanced_needs_yes)(cautions)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weaker_bones_are_asked_before_the_advanced_program() {
        let adv = Some(Program::Advanced);
        for bones in [BoneStatus::Osteopenia, BoneStatus::Osteoporosis] {
            let Err(CommandError::Usage(said)) = check(adv, Some(bones), None, false, Lang::En)
            else {
                panic!("{bones:?} not asked")
            };
            assert!(
                said.contains("deadlift") && said.contains("overhead press"),
                "{said}"
            );
            assert!(said.contains("--yes"), "{said}");
            assert!(check(adv, Some(bones), None, true, Lang::En).is_ok());
        }
        for bones in [BoneStatus::None, BoneStatus::Unknown] {
            assert!(check(adv, Some(bones), None, false, Lang::En).is_ok());
        }
        assert!(
            check(
                Some(Program::Beginner),
                Some(BoneStatus::Osteoporosis),
                None,
                false,
                Lang::Nl
            )
            .is_ok()
        );
    }
}
