//! The `botsterk` binary: parse the command line, open the data folder, run the command or
//! the coach on screen.
// Through botsterk::say: `println!` and `eprintln!` panic on a full disk.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use botsterk::cli;
use botsterk::commands::run::{self, Context};
use botsterk::i18n::store_error::explain;
use botsterk::profile::Profile;
use botsterk::store::Store;

/// The allocator: a long history is thousands of small records, read at every start;
/// mimalloc reads ten years a fifth faster than the system allocator (issue 29).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let (cli, help_lang) = match cli::parse(std::env::args_os()) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    if let Some(code) = run::without_data(cli.command.as_ref(), help_lang) {
        return code;
    }
    let Some(dir) = cli.data_dir() else {
        botsterk::say::error("no home folder found for the data; pass --data-dir DIR");
        return ExitCode::from(2);
    };
    let store = Store::new(dir);
    // The profile decides what is safe: one that cannot be read stops everything, and is
    // left exactly as it is.
    // `restore --profile` is how a damaged profile is repaired: it does not need it.
    let repairs_profile = matches!(
        cli.command,
        Some(cli::Command::Restore { profile: true, .. })
    );
    let profile = match store.load_profile() {
        Ok(profile) => profile,
        Err(_) if repairs_profile => None,
        // The coach on screen offers the newest good backup of a damaged profile first
        // (read again under its lock); without one it says this same message.
        Err(
            botsterk::store::StoreError::Corrupt {
                kind: botsterk::store::FileKind::Profile,
                ..
            }
            | botsterk::store::StoreError::Newer {
                kind: botsterk::store::FileKind::Profile,
                ..
            },
        ) if cli.command.is_none() => None,
        Err(e) => {
            // Named for what it is: the profile, or the data folder around it.
            let lang = cli.lang(None);
            botsterk::say::error(explain(&e, &store, cli.data_dir.as_deref(), lang));
            return ExitCode::FAILURE;
        }
    };
    let lang = cli.lang(profile.as_ref().map(|p| p.lang));
    let data_dir_flag = cli.data_dir.as_deref();
    match cli.command {
        Some(command) => run::run(
            command,
            &Context {
                store: &store,
                lang,
                lang_flag: cli.lang,
                settings: profile.as_ref().map(Profile::settings).unwrap_or_default(),
                data_dir_flag,
            },
        ),
        None => botsterk::shell::start(&store, lang, cli.lang, data_dir_flag),
    }
}
