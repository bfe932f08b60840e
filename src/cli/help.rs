//! `postie --help` in the user's language.
//!
//! clap has no translations, so the derived command keeps its English doc
//! comments and, before parsing, each command's `about` and each
//! argument's `help` is replaced by the Fluent message named after its
//! place in the tree: `cli-help` (postie itself), `cli-help-data-dir`,
//! `cli-help-fetch`, `cli-help-fetch-json`, `cli-help-account-add-host`.
//! clap's own words ("Usage:", "Print help", its error messages) stay
//! English.

use clap::CommandFactory as _;
use i18n_embed::fluent::FluentLanguageLoader;

use super::Cli;

/// The message id of postie itself; every other id extends it.
const ROOT: &str = "cli-help";

/// The command line with its help in the language of `loader`.
pub fn localized(loader: &FluentLanguageLoader) -> clap::Command {
    localize(Cli::command(), ROOT, loader)
}

/// `cli-help-account` for the subcommand `account` of `cli-help`.
fn command_id(parent: &str, command: &clap::Command) -> String {
    format!("{parent}-{}", command.get_name())
}

/// `cli-help-fetch-dry-run` for the argument `dry_run` of `cli-help-fetch`.
fn arg_id(command: &str, arg: &clap::Arg) -> String {
    format!("{command}-{}", arg.get_id().as_str().replace('_', "-"))
}

fn localize(command: clap::Command, id: &str, loader: &FluentLanguageLoader) -> clap::Command {
    let mut command = command;
    if loader.has(id) {
        // One text for -h and --help: the translated one.
        command = command.about(loader.get(id)).long_about(None);
    }
    command
        .mut_args(|arg| {
            let arg_id = arg_id(id, &arg);
            if loader.has(&arg_id) {
                arg.help(loader.get(&arg_id)).long_help(None)
            } else {
                arg
            }
        })
        .mut_subcommands(|sub| {
            let sub_id = command_id(id, &sub);
            localize(sub, &sub_id, loader)
        })
}

#[cfg(test)]
mod tests {
    use i18n_embed::LanguageLoader as _;
    use i18n_embed::unic_langid::LanguageIdentifier;

    use super::*;

    #[derive(rust_embed::RustEmbed)]
    #[folder = "i18n/"]
    struct Translations;

    /// A loader with `language` alone (no English fallback), so a missing
    /// message is missing rather than English.
    fn loader_for(language: &LanguageIdentifier) -> FluentLanguageLoader {
        let loader = crate::i18n::new_loader();
        loader
            .load_languages(&Translations, std::slice::from_ref(language))
            .unwrap();
        loader.set_use_isolating(false);
        loader
    }

    /// Every command and argument with a help text, as (message id, the
    /// English text the derive gives it).
    fn help_texts(command: &clap::Command, id: &str, out: &mut Vec<(String, String)>) {
        if let Some(about) = command.get_about() {
            out.push((id.to_owned(), about.to_string()));
        }
        for arg in command.get_arguments() {
            if let Some(help) = arg.get_help() {
                out.push((arg_id(id, arg), help.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            help_texts(sub, &command_id(id, sub), out);
        }
    }

    fn all_help_texts() -> Vec<(String, String)> {
        let mut out = Vec::new();
        help_texts(&Cli::command(), ROOT, &mut out);
        out
    }

    #[test]
    fn every_command_and_argument_has_an_english_help_message() {
        let texts = all_help_texts();
        let english = loader_for(&"en".parse().unwrap());
        let mut missing = Vec::new();
        let mut different = Vec::new();
        for (id, derived) in &texts {
            if !english.has(id) {
                missing.push(id.clone());
            } else if english.get(id) != *derived {
                // The doc comments and the English messages say the same.
                different.push(format!(
                    "{id}:\n  doc comment: {derived}\n  postie.ftl:  {}",
                    english.get(id)
                ));
            }
        }
        assert!(missing.is_empty(), "no English message for: {missing:?}");
        assert!(different.is_empty(), "help differs:\n{}", different.join("\n"));
        // Every command and argument of the tree is described.
        let mut ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "two help texts share an id");
        assert!(ids.contains(&"cli-help-account-add-host"), "{ids:?}");
    }

    #[test]
    fn every_language_has_every_help_message() {
        let texts = all_help_texts();
        let languages = crate::i18n::new_loader().available_languages(&Translations).unwrap();
        assert!(languages.len() >= 6, "{languages:?}");
        for language in &languages {
            let loader = loader_for(language);
            let missing: Vec<&str> = texts
                .iter()
                .map(|(id, _)| id.as_str())
                .filter(|id| !loader.has(id))
                .collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
        }
    }

    #[test]
    fn help_is_replaced_in_the_tree() {
        let german = loader_for(&"de".parse().unwrap());
        let mut command = localized(&german);
        command.build();
        let fetch = command.find_subcommand("fetch").unwrap();
        assert_eq!(fetch.get_about().unwrap().to_string(), german.get("cli-help-fetch"));
        let json = fetch.get_arguments().find(|a| a.get_id() == "json").unwrap();
        assert_eq!(json.get_help().unwrap().to_string(), german.get("cli-help-fetch-json"));
        let add = command
            .find_subcommand("account")
            .unwrap()
            .find_subcommand("add")
            .unwrap();
        let host = add.get_arguments().find(|a| a.get_id() == "host").unwrap();
        assert_eq!(
            host.get_help().unwrap().to_string(),
            german.get("cli-help-account-add-host")
        );
        // Global options keep their translated help in every subcommand.
        let data_dir = fetch.get_arguments().find(|a| a.get_id() == "data_dir").unwrap();
        assert_eq!(
            data_dir.get_help().unwrap().to_string(),
            german.get("cli-help-data-dir")
        );
    }
}
