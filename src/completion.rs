//! Shell completions: the command line as the shells complete it, with the exercise ids
//! where an exercise is asked for (`weight`, `pain-check`, `profile --include`) and the
//! answers of `pain-check`.
//!
//! These arguments are text when parsed (a name such as "opdrukken" is taken too, with a
//! did-you-mean for a near miss); only the completion script lists the ids.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Command, CommandFactory};
use clap_complete::Shell;

use crate::catalog::Catalog;
use crate::cli::Cli;

/// The completion script for `shell`, as that shell reads it.
#[must_use]
pub fn script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(), "botsterk", &mut script);
    script
}

/// The command line with the values the shells offer.
#[must_use]
pub fn command() -> Command {
    let catalog = Catalog::builtin();
    let ids = |weighted_only: bool| {
        let values: Vec<PossibleValue> = catalog
            .all()
            .iter()
            .filter(|e| !weighted_only || e.weighted)
            // Leaked: clap keeps names as &'static str, and a script is made once a run.
            .map(|e| PossibleValue::new(&*e.id.clone().leak()).help(e.en.name.clone()))
            .collect();
        PossibleValuesParser::new(values)
    };
    Cli::command()
        .mut_subcommand("weight", |c| {
            c.mut_arg("exercise", |a| a.value_parser(ids(true)))
        })
        .mut_subcommand("pain-check", |c| {
            c.mut_arg("exercise", |a| a.value_parser(ids(false)))
                .mut_arg("answer", |a| {
                    a.value_parser(PossibleValuesParser::new(["ok", "not-yet", "leave-out"]))
                })
        })
        .mut_subcommand("profile", |c| {
            c.mut_arg("include", |a| a.value_parser(ids(false)))
        })
}
