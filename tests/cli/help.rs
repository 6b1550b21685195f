//! The command line's own help: `--help` of botsterk and of every command (insta snapshots
//! in `tests/cli/snapshots/`), shell completions and the man page, all from the real binary.

use std::fs;

use assert_cmd::Command;
use clap::CommandFactory;

/// The real binary with an environment that cannot change clap's output: a fixed width,
/// no locale, no colour forced, and no data folder from the environment (clap would show
/// its value after `[env: BOTSTERK_DATA_DIR=`).
fn botsterk() -> Command {
    let mut cmd = Command::cargo_bin("botsterk").unwrap();
    cmd.env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("BOTSTERK_DATA_DIR");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// Every command botsterk defines (clap's own `help` is added when it is built).
fn commands() -> Vec<String> {
    botsterk::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect()
}

#[test]
fn help() {
    let help = stdout(botsterk().args(["--lang", "en", "--help"]));
    insta::assert_snapshot!("help", help);
}

#[test]
fn help_of_every_command() {
    for command in commands() {
        let help = stdout(botsterk().args(["--lang", "en", &command, "--help"]));
        insta::assert_snapshot!(format!("help_{command}"), help);
    }
}

#[test]
fn dutch_help() {
    let help = stdout(botsterk().args(["--lang", "nl", "--help"]));
    insta::assert_snapshot!("help_nl", help);
}

#[test]
fn dutch_help_of_every_command() {
    for command in commands() {
        let help = stdout(botsterk().args(["--lang", "nl", &command, "--help"]));
        insta::assert_snapshot!(format!("help_nl_{command}"), help);
    }
    let help = stdout(botsterk().args(["--lang", "nl", "help", "help"]));
    insta::assert_snapshot!("help_nl_help", help);
}

/// The sentences of an English help: each text after an option or a command, each
/// paragraph, without the examples (commands typed as they are in both languages).
fn english_sentences(help: &str) -> Vec<String> {
    help.lines()
        .filter(|line| !line.trim_start().starts_with("botsterk"))
        .flat_map(|line| line.split("  ").map(str::trim).collect::<Vec<_>>())
        .filter(|part| part.split(' ').count() >= 3 && !part.starts_with('-'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_dutch_help_line_is_english() {
    let mut pages = vec![(vec!["--help".to_owned()], "botsterk".to_owned())];
    for command in commands() {
        pages.push((vec![command.clone(), "--help".to_owned()], command));
    }
    for (args, name) in pages {
        let english = stdout(botsterk().args(["--lang", "en"]).args(&args));
        let dutch = stdout(botsterk().args(["--lang", "nl"]).args(&args));
        for sentence in english_sentences(&english) {
            assert!(
                !dutch.contains(&sentence),
                "`{name} --help` in Dutch still says \"{sentence}\":\n{dutch}"
            );
        }
        for english_word in [
            "Usage:",
            "Options:",
            "Arguments:",
            "Commands:",
            "Examples:",
            "[possible values:",
            "[default:",
            "[env:",
            "Print help",
        ] {
            assert!(
                !dutch.contains(english_word),
                "`{name} --help` in Dutch says {english_word}:\n{dutch}"
            );
        }
    }
}

#[test]
fn dutch_help_lists_arguments_apart_from_options() {
    let help = stdout(botsterk().args(["--lang", "nl", "log", "--help"]));
    let arguments = help.find("\nArgumenten:\n  <INVOER>...").expect(&help);
    let options = help.find("\nOpties:\n").expect(&help);
    assert!(arguments < options, "{help}");
    assert!(!help[options..].contains("<INVOER>"), "{help}");
}

#[test]
fn help_lists_every_command_with_a_one_line_summary() {
    let help = stdout(botsterk().args(["--lang", "en", "--help"]));
    let listed: Vec<(&str, &str)> = help
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .map(|line| {
            let line = line.trim_start();
            let (name, summary) = line.split_once(' ').unwrap_or((line, ""));
            (name, summary.trim())
        })
        .collect();
    let mut expected = commands();
    expected.push("help".into());
    let names: Vec<&str> = listed.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, expected, "one line per command:\n{help}");
    for (name, summary) in listed {
        assert!(!summary.is_empty(), "`{name}` has no summary:\n{help}");
        // One line that fits: the name column and the summary within 100 columns.
        assert!(
            summary.chars().count() <= 84,
            "`{name}`'s summary is too long for one line: {summary}"
        );
    }
}

#[test]
fn every_command_help_has_an_example() {
    for command in commands() {
        let help = stdout(botsterk().args(["--lang", "en", &command, "--help"]));
        assert!(
            help.contains("Example") && help.contains("  botsterk "),
            "`botsterk {command} --help` shows no example:\n{help}"
        );
    }
    let help = stdout(botsterk().args(["--help"]));
    assert!(help.contains("Examples:\n  botsterk\n"), "{help}");
}

/// A data folder botsterk could not work with: its profile is damaged. Completions and
/// the man page must not care, and must leave it exactly as it is.
fn damaged_data_dir() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("profile.json"), b"{ not json").unwrap();
    fs::write(dir.join("history.json"), b"{ not json either").unwrap();
    (tmp, dir)
}

fn files_in(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn completions_for_bash_zsh_and_fish() {
    let (_tmp, dir) = damaged_data_dir();
    let before = files_in(&dir);
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout(botsterk().arg("--data-dir").arg(&dir).args([
            "--lang",
            "en",
            "completions",
            shell,
        ]));
        assert!(!script.trim().is_empty(), "no {shell} script");
        assert!(script.contains("botsterk"), "{shell}: {script}");
        for command in ["history", "restore", "profile"] {
            assert!(
                script.contains(command),
                "{shell} does not complete `{command}`"
            );
        }
    }
    assert_eq!(files_in(&dir), before, "the data folder was touched");
}

#[test]
fn completions_complete_exercise_ids_and_pain_check_answers() {
    let ids: Vec<String> = botsterk::catalog::Catalog::builtin()
        .all()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    assert!(ids.len() > 5);
    for shell in ["bash", "zsh"] {
        let script = stdout(botsterk().args(["completions", shell]));
        for id in &ids {
            assert!(
                script.contains(id.as_str()),
                "{shell} does not complete {id}"
            );
        }
        for answer in ["not-yet", "leave-out"] {
            assert!(
                script.contains(answer),
                "{shell} does not complete {answer}"
            );
        }
    }
    // zsh says where each value belongs: `weight` offers the weighted exercises only.
    let zsh = stdout(botsterk().args(["completions", "zsh"]));
    let start = zsh
        .find("':exercise -- goblet-squat, deadlift")
        .expect(&zsh);
    let weight = &zsh[start..];
    let weight = &weight[..weight.find("))'").expect(weight)];
    assert!(weight.contains("deadlift\\:"), "{weight}");
    assert!(!weight.contains("wall-push-up"), "{weight}");
    // clap's fish script completes options only: --include lists every exercise.
    let fish = stdout(botsterk().args(["completions", "fish"]));
    let include: String = fish
        .split("complete -c botsterk")
        .filter(|c| c.contains("-l include"))
        .collect();
    for id in &ids {
        assert!(include.contains(id.as_str()), "fish: --include lacks {id}");
    }
}

#[test]
fn exercise_arguments_still_take_names() {
    // Completion lists ids; parsing takes names too (checked by the command).
    let tmp = tempfile::tempdir().unwrap();
    botsterk()
        .arg("--data-dir")
        .arg(tmp.path())
        .args(["--lang", "en", "weight", "Goblet squats", "8", "--yes"])
        .assert()
        .success();
}

#[test]
fn completions_refuse_an_unknown_shell() {
    botsterk()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn man_page_is_roff_and_describes_every_command() {
    let (_tmp, dir) = damaged_data_dir();
    let before = files_in(&dir);
    let page = stdout(
        botsterk()
            .arg("--data-dir")
            .arg(&dir)
            .args(["--lang", "en", "man"]),
    );
    assert!(page.starts_with(".TH BOTSTERK 1 "), "{page}");
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "FILES",
    ] {
        assert!(
            page.contains(&format!("\n.SH {section}\n")),
            "no {section}:\n{page}"
        );
    }
    for command in commands() {
        assert!(
            page.contains(&format!(".SS \"botsterk {command}\"\n")),
            "`{command}` is not in the man page"
        );
    }
    // Put together from pieces, the page still defines its apostrophe string once.
    assert_eq!(page.matches(".ds Aq ").count(), 2, "{page}");
    // An example is kept line by line, not run together.
    assert!(
        page.contains(".nf\nbotsterk history\nbotsterk history \\-\\-weeks 26\n"),
        "{page}"
    );
    insta::assert_snapshot!(
        "man_en",
        page.replace(env!("CARGO_PKG_VERSION"), "[version]")
    );
    assert_eq!(files_in(&dir), before, "the data folder was touched");
}

#[test]
fn man_page_in_dutch() {
    let page = stdout(botsterk().args(["--lang", "nl", "man"]));
    let by_locale = stdout(botsterk().env("LANG", "nl_NL.UTF-8").arg("man"));
    assert_eq!(page, by_locale, "a Dutch locale gives the Dutch page");
    assert!(page.starts_with(".TH BOTSTERK 1 "), "{page}");
    assert!(
        page.lines()
            .next()
            .unwrap()
            .contains("botsterk handleiding"),
        "{page}"
    );
    for section in [
        "NAAM",
        "OVERZICHT",
        "BESCHRIJVING",
        "OPTIES",
        "OPDRACHTEN",
        "VOORBEELDEN",
        "BESTANDEN",
        "OMGEVING",
        "AFSLUITCODES",
        "\"ZIE OOK\"",
    ] {
        assert!(
            page.contains(&format!("\n.SH {section}\n")),
            "no {section}:\n{page}"
        );
    }
    for command in commands() {
        assert!(
            page.contains(&format!(".SS \"botsterk {command}\"\n")),
            "`{command}` is not in the Dutch man page"
        );
    }
    assert!(!page.contains(".SS \"botsterk help\""), "{page}");
    assert!(page.contains("geen medisch advies"), "{page}");
    assert!(
        page.contains(
            "[mogelijke waarden: beginner, gevorderd; of in het Engels: beginner, advanced]"
        ),
        "{page}"
    );
    for english in [
        "possible values",
        "[default:",
        "Print help",
        "Examples:",
        "Where the history is kept",
        "not medical advice",
    ] {
        assert!(!page.contains(english), "the Dutch man page says {english}");
    }
    insta::assert_snapshot!(
        "man_nl",
        page.replace(env!("CARGO_PKG_VERSION"), "[version]")
    );
}

#[test]
fn man_page_and_completions_need_no_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("never-made");
    botsterk()
        .arg("--data-dir")
        .arg(&dir)
        .arg("man")
        .assert()
        .success();
    botsterk()
        .arg("--data-dir")
        .arg(&dir)
        .args(["completions", "fish"])
        .assert()
        .success();
    assert!(!dir.exists(), "a data folder was made");
}

#[test]
fn completions_complete_log_entries_days_languages_and_units() {
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout(botsterk().args(["completions", shell]));
        for word in botsterk::typed_exercise::EFFORT_WORDS
            .iter()
            .chain(&botsterk::typed_day::DAY_WORDS)
        {
            assert!(script.contains(word), "{shell} does not complete {word}");
        }
    }
    // Completed as bash does it: a `:` ends a word, so the effort of an entry completes.
    let script = stdout(botsterk().args(["completions", "bash"]));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("botsterk.bash");
    std::fs::write(&path, script).unwrap();
    let complete = |words: &[&str]| -> String {
        let cword = words.len() - 1;
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let prev = if cword > 0 { words[cword - 1] } else { "" };
        let line = format!(
            "source '{}'; COMP_WORDS=({}); COMP_CWORD={cword}; _botsterk botsterk '{}' '{prev}'; echo \"${{COMPREPLY[*]}}\"",
            path.display(),
            quoted.join(" "),
            words[cword],
        );
        let out = std::process::Command::new("bash")
            .args(["-c", &line])
            .output()
            .expect("bash");
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    assert_eq!(
        complete(&["botsterk", "log", "wall-push-up", ":", "10,10", ":", "zw"]),
        "zwaar"
    );
    assert_eq!(complete(&["botsterk", "log", "goblet"]), "goblet-squat");
    assert_eq!(complete(&["botsterk", "log", "--date", "gis"]), "gisteren");
    assert_eq!(complete(&["botsterk", "--lang", ""]), "en nl");
    assert_eq!(
        complete(&["botsterk", "profile", "--units", ""]),
        "kg kilo lb pond"
    );
    assert_eq!(
        complete(&["botsterk", "pijncheck", "plank", "nog"]),
        "nog-niet"
    );
    // And as fish does it, when fish is there.
    let fish = stdout(botsterk().args(["completions", "fish"]));
    std::fs::write(dir.path().join("botsterk.fish"), fish).unwrap();
    let fish_complete = |line: &str| -> Option<String> {
        let script = format!(
            "source '{}'; complete -C '{line}'",
            dir.path().join("botsterk.fish").display()
        );
        let out = std::process::Command::new("fish")
            .args(["-c", &script])
            .output()
            .ok()?;
        Some(String::from_utf8(out.stdout).unwrap())
    };
    if let Some(out) = fish_complete("botsterk log wall-push-up:10,10:zw") {
        assert_eq!(out.trim(), "wall-push-up:10,10:zwaar");
        let out = fish_complete("botsterk log gob").unwrap();
        assert_eq!(out.trim(), "goblet-squat:");
        let out = fish_complete("botsterk pain-check stomp ").unwrap();
        assert!(out.contains("not-yet"), "{out}");
        let out = fish_complete("botsterk weight ").unwrap();
        assert!(out.contains("deadlift") && !out.contains("stomp"), "{out}");
    }
}
