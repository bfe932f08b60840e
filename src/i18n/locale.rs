//! Reading the user's language from the POSIX locale variables.

use i18n_embed::unic_langid::LanguageIdentifier;

/// The language the environment asks for, by POSIX precedence: LC_ALL,
/// then LC_MESSAGES, then LANG; the first one set and not empty decides.
/// "C" and "POSIX" mean no language (English). `var` reads a variable, so
/// tests need not change the process environment.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<LanguageIdentifier> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|value| !value.is_empty())
        .and_then(|value| parse_posix_locale(&value))
}

/// "pt_BR.UTF-8@euro" → pt-BR; "de" → de; "C", "POSIX" or nonsense → none.
pub fn parse_posix_locale(value: &str) -> Option<LanguageIdentifier> {
    // language[_territory][.codeset][@modifier]
    let name = value.split(['.', '@']).next().unwrap_or("");
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    name.replace('_', "-").parse().ok()
}
