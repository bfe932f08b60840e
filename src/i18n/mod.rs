//! The words Postie shows, in the user's language.
//!
//! Every user-visible string lives in `i18n/<lang>/postie.ftl` (Fluent).
//! Code asks for one with [`t!`](crate::t), whose message ids and
//! arguments a test checks against the English file.
//! English is the fallback: a message missing from a translation shows in
//! English rather than as an id.
//!
//! The language is chosen once at start ([`init`]) from the app's setting
//! or the system locale, and can be changed while running ([`select`]).

mod format;
mod locale;

pub use format::{Clock, decimal, full_date, integer, list_date, relative_time, size};
pub use locale::{from_environment, parse_posix_locale};

use std::sync::LazyLock;

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

/// The .ftl files, embedded in the binary.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Translations;

/// English, the language every other falls back to.
fn english() -> LanguageIdentifier {
    LanguageIdentifier::from_bytes(b"en").unwrap_or_default()
}

/// An empty loader for Postie's messages: the domain names the files
/// (postie.ftl), and English is the fallback.
pub(crate) fn new_loader() -> FluentLanguageLoader {
    FluentLanguageLoader::new("postie", english())
}

/// The loader every `t!` reads from. English is always loaded, so a
/// message is found even before [`init`] runs (tests, early errors).
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = new_loader();
    // The English file is compiled in and checked by a test; failing to
    // load it would be a build defect, and English words with ids as the
    // fallback still beat a crash.
    if let Err(error) = loader.load_fallback_language(&Translations) {
        eprintln!("postie: the English messages could not be loaded ({error}).");
    }
    configure(&loader);
    loader
});

/// A message in the current language: `t!("id")` or
/// `t!("id", name = value, …)`, each value anything Fluent takes (text,
/// a number). Every call's id and argument names are checked against
/// `i18n/en/postie.ftl` by a test (`i18n::tests::every_message_the_code_
/// asks_for_exists_with_its_arguments`), which reads the source.
#[macro_export]
macro_rules! t {
    ($($rest:tt)*) => {
        $crate::t_in!($crate::i18n::LOADER, $($rest)*)
    };
}

/// [`t!`] from a given loader (formats for a language other than the
/// app's, as the date and size helpers and their tests do).
#[macro_export]
macro_rules! t_in {
    ($loader:expr, $id:literal $(,)?) => {
        ($loader).get($id)
    };
    ($loader:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        ($loader).get_args_concrete($id, {
            let mut args = ::std::collections::HashMap::new();
            $( args.insert(stringify!($name), ($value).into()); )+
            args
        })
    };
}

/// The languages Postie ships, as their Fluent language tags ("de",
/// "pt-BR"), English first. Found once (the Settings page asks on every
/// frame).
pub fn available() -> Vec<LanguageIdentifier> {
    static SHIPPED: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
        let mut languages = LOADER.available_languages(&Translations).unwrap_or_default();
        languages.sort_by_key(|language| (language != LOADER.fallback_language(), language.to_string()));
        languages.dedup();
        languages
    });
    SHIPPED.clone()
}

/// Chooses the language: `setting` ("de", "pt-BR") when it names one we
/// ship, else the system locale (LC_ALL, LC_MESSAGES, LANG), else English.
/// Returns the language now in use.
pub fn init(setting: Option<&str>) -> LanguageIdentifier {
    let wanted = setting
        .and_then(|tag| tag.parse::<LanguageIdentifier>().ok())
        .or_else(|| from_environment(|name| std::env::var(name).ok()));
    select(wanted.as_ref())
}

/// Switches to the best match for `wanted` (English when `None` or when
/// nothing matches) and returns the language now in use.
pub fn select(wanted: Option<&LanguageIdentifier>) -> LanguageIdentifier {
    let fallback = LOADER.fallback_language().clone();
    let chosen = wanted.and_then(best_match).unwrap_or(fallback.clone());
    // English last, so a message a translation lacks still shows in words.
    let mut languages = vec![chosen.clone()];
    if chosen != fallback {
        languages.push(fallback);
    }
    if let Err(error) = LOADER.load_languages(&Translations, &languages) {
        eprintln!("postie: the {chosen} messages could not be loaded ({error}); using English.");
        let _ = LOADER.load_languages(&Translations, &[LOADER.fallback_language().clone()]);
    }
    configure(&LOADER);
    LOADER.current_language()
}

/// The language in use now.
pub fn current() -> LanguageIdentifier {
    LOADER.current_language()
}

/// The language we ship that suits `wanted` best: the same tag, else the
/// same language in another region ("de-AT" gets "de", "pt-PT" gets
/// "pt-BR"), else none.
pub fn best_match(wanted: &LanguageIdentifier) -> Option<LanguageIdentifier> {
    let available = available();
    if let Some(exact) = available.iter().find(|language| *language == wanted) {
        return Some(exact.clone());
    }
    // Prefer the language without a region ("de") over another region.
    let same_language = |language: &&LanguageIdentifier| language.language == wanted.language;
    available
        .iter()
        .filter(same_language)
        .min_by_key(|language| language.region.is_some())
        .cloned()
}

/// A language's own name for itself ("Deutsch"), for the language menu.
pub fn native_name(language: &LanguageIdentifier) -> String {
    static NAMES: LazyLock<Vec<(LanguageIdentifier, String)>> = LazyLock::new(|| {
        available()
            .into_iter()
            .map(|language| {
                let loader = new_loader();
                let name = match loader.load_languages(&Translations, std::slice::from_ref(&language)) {
                    Ok(()) => loader.get("language-name"),
                    Err(_) => language.to_string(),
                };
                (language, name)
            })
            .collect()
    });
    NAMES
        .iter()
        .find(|(known, _)| known == language)
        .map_or_else(|| language.to_string(), |(_, name)| name.clone())
}

fn configure(loader: &FluentLanguageLoader) {
    // Unicode isolation marks around placeables are invisible in a
    // browser but show as boxes in some fonts, and break tests that
    // compare strings. Our placeables are sanitized text already.
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(format::fluent_number)));
}

#[cfg(test)]
mod tests;
