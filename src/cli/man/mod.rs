//! The manual page in roff, in English or Dutch: the options, every command with its
//! options and examples, the files, the environment and the exit codes.

use std::io::Write;

use crate::lang::Lang;

use crate::i18n::man as texts;

/// The manual page in roff: the options, every command with its options and examples, the
/// files, the environment and the exit codes. One page, so that `man` finds it all.
///
/// # Errors
/// Only if clap_mangen fails to write into memory, which it does not.
pub fn page(lang: Lang) -> std::io::Result<Vec<u8>> {
    use roff::{Roff, bold, roman};

    let t = texts::texts(lang);
    let cli = crate::cli::help_nl::command(lang);
    let man = clap_mangen::Man::new(cli.clone());
    let mut page = Page::default();
    // Written here rather than by clap_mangen, whose empty date would shift the source and
    // the manual's name one place to the left.
    page.lines.push(format!(
        ".TH BOTSTERK 1 \"\" \"botsterk {}\" \"{}\"",
        env!("CARGO_PKG_VERSION"),
        t.manual
    ));
    page.add(|w| man.render_name_section(w))?;
    page.add(|w| man.render_synopsis_section(w))?;
    let mut description = Roff::new();
    description.control("SH", [t.heading("DESCRIPTION")]);
    for paragraph in t.description {
        description.control("PP", []).text([roman(*paragraph)]);
    }
    page.add(|w| description.to_writer(w))?;
    page.add(|w| man.render_options_section(w))?;
    page.add(|w| {
        Roff::new()
            .control("SH", [t.heading("COMMANDS")])
            .to_writer(w)
    })?;
    // clap's own `help` command (in the built Dutch command) is no page of its own.
    for command in cli.get_subcommands().filter(|c| c.get_name() != "help") {
        let name = format!("botsterk {}", command.get_name());
        // The synopsis in Dutch names the command by its Dutch name, as its usage does.
        let typed = match (lang, command.get_visible_aliases().next()) {
            (Lang::Nl, Some(dutch)) => format!("botsterk {dutch}"),
            _ => name.clone(),
        };
        let command_man = clap_mangen::Man::new(
            command
                .clone()
                .bin_name(&typed)
                .disable_help_flag(true)
                // The Dutch command's own -h (see crate::cli::help_nl), as the English one is.
                .mut_args(|a| {
                    if a.get_id() == "help" {
                        a.hide(true)
                    } else {
                        a
                    }
                }),
        );
        page.add(|w| Roff::new().control("SS", [name.as_str()]).to_writer(w))?;
        page.add_without_heading(|w| command_man.render_synopsis_section(w))?;
        page.add(|w| Roff::new().control("PP", []).to_writer(w))?;
        page.add_without_heading(|w| command_man.render_description_section(w))?;
        page.add_without_heading(|w| command_man.render_options_section(w))?;
        if let Some(examples) = command.get_after_help() {
            let mut roff = Roff::new();
            examples_roff(&mut roff, &examples.to_string());
            page.add(|w| roff.to_writer(w))?;
        }
    }
    page.add(|w| {
        let mut roff = Roff::new();
        roff.control("SH", [t.heading("EXAMPLES")]);
        examples_roff(&mut roff, t.top_examples);
        roff.control("SH", [t.heading("FILES")]);
        for (file, what) in t.files {
            roff.control("TP", [])
                .text([bold(*file)])
                .text([roman(*what)]);
        }
        roff.control("SH", [t.heading("ENVIRONMENT")]);
        for (variable, what) in t.environment {
            roff.control("TP", [])
                .text([bold(*variable)])
                .text([roman(*what)]);
        }
        roff.control("SH", [t.heading("EXIT STATUS")]);
        for (code, what) in t.exit_status {
            roff.control("TP", [])
                .text([bold(*code)])
                .text([roman(*what)]);
        }
        roff.control("SH", [t.heading("SEE ALSO")])
            .text([roman(t.see_also)])
            .to_writer(w)
    })?;
    Ok(page.finish(t))
}

/// The after-help text of a command as roff: plain lines as text, indented lines (the
/// commands) kept as they are, line by line.
fn examples_roff(roff: &mut roff::Roff, text: &str) {
    use roff::roman;
    roff.control("PP", []);
    let mut in_block = false;
    for line in text.lines() {
        let example = line.strip_prefix("  ");
        if example.is_some() != in_block {
            if in_block {
                roff.control("fi", []).control("RE", []);
            } else {
                roff.control("RS", ["4"]).control("nf", []);
            }
            in_block = example.is_some();
        }
        match example {
            Some(example) => roff.text([roman(example)]),
            None if line.trim().is_empty() => roff.control("PP", []),
            None => roff.text([roman(line)]),
        };
    }
    if in_block {
        roff.control("fi", []).control("RE", []);
    }
}

/// The man page as it is put together. The roff crate writes the definitions it needs for
/// apostrophes before every piece; the page has them once, after its title line.
#[derive(Default)]
struct Page {
    definitions: Vec<String>,
    lines: Vec<String>,
}

impl Page {
    fn add(
        &mut self,
        render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.add_lines(render, false)
    }

    /// Adds a piece without its `.SH` heading: a command's section under its own `.SS`.
    fn add_without_heading(
        &mut self,
        render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.add_lines(render, true)
    }

    fn add_lines(
        &mut self,
        render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
        drop_heading: bool,
    ) -> std::io::Result<()> {
        let mut bytes = Vec::new();
        render(&mut bytes)?;
        for line in String::from_utf8_lossy(&bytes).lines() {
            if line.starts_with(".ie ") || line.starts_with(".el ") {
                if !self.definitions.iter().any(|d| d == line) {
                    self.definitions.push(line.to_owned());
                }
            } else if !(drop_heading && line.starts_with(".SH ")) {
                self.lines.push(line.to_owned());
            }
        }
        Ok(())
    }

    fn finish(self, t: &texts::ManTexts) -> Vec<u8> {
        let mut lines = self.lines.into_iter();
        let title = lines.next().unwrap_or_default();
        let mut page = String::new();
        for line in std::iter::once(title).chain(self.definitions).chain(lines) {
            // clap_mangen's own headings (NAME, SYNOPSIS, OPTIONS) in the page's language.
            let line = match line.strip_prefix(".SH ") {
                Some(heading) => match t.heading(heading.trim_matches('"')) {
                    here if here.contains(' ') => format!(".SH \"{here}\""),
                    here => format!(".SH {here}"),
                },
                None => line,
            };
            page.push_str(&line);
            page.push('\n');
        }
        page.into_bytes()
    }
}
