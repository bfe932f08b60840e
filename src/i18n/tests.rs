use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::format::Numbers;
use super::*;

/// The languages the issue asks for; a missing one fails here.
const SHIPPED: [&str; 6] = ["en", "de", "fr", "es", "it", "pt-BR"];

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n")
}

fn ftl_source(language: &str) -> String {
    let path = i18n_dir().join(language).join("postie.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()))
}

/// Each message (and attribute, as "id.attr") with the variables it uses.
type Catalog = BTreeMap<String, BTreeSet<String>>;

fn catalog(language: &str) -> Catalog {
    let source = ftl_source(language);
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("i18n/{language}/postie.ftl has syntax errors: {errors:?}"),
    };
    let mut messages = Catalog::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(message) => (message.id.name.to_owned(), message.value, message.attributes),
            ast::Entry::Term(term) => (format!("-{}", term.id.name), Some(term.value), term.attributes),
            ast::Entry::Junk { content } => panic!("i18n/{language}/postie.ftl cannot parse: {content}"),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        if let Some(pattern) = &value {
            pattern_variables(pattern, &mut variables);
        }
        assert!(
            messages.insert(id.clone(), variables).is_none(),
            "i18n/{language}/postie.ftl defines {id} twice"
        );
        for attribute in attributes {
            let mut variables = BTreeSet::new();
            pattern_variables(&attribute.value, &mut variables);
            messages.insert(format!("{id}.{}", attribute.id.name), variables);
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_is_shipped_and_nothing_else() {
    let mut found: Vec<String> = std::fs::read_dir(i18n_dir())
        .expect("i18n/ is readable")
        .map(|entry| entry.expect("i18n/ entry").file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut expected: Vec<String> = SHIPPED.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(found, expected);
    let embedded: Vec<String> = available().iter().map(|l| l.to_string()).collect();
    assert_eq!(embedded.first().map(String::as_str), Some("en"), "{embedded:?}");
    assert_eq!(embedded.len(), SHIPPED.len(), "{embedded:?}");
}

#[test]
fn every_language_has_exactly_the_english_messages_and_placeholders() {
    let english = catalog("en");
    assert!(english.len() > 50, "English has only {} messages", english.len());
    let mut problems = Vec::new();
    for language in SHIPPED.iter().filter(|l| **l != "en") {
        let translated = catalog(language);
        for (id, variables) in &english {
            match translated.get(id) {
                None => problems.push(format!("{language} lacks {id}")),
                Some(theirs) if theirs != variables => {
                    problems.push(format!("{language} {id} uses {theirs:?}, English uses {variables:?}"))
                }
                Some(_) => {}
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{language} has {id}, which English does not"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_consistency_check_catches_what_it_should() {
    // The comparison above must see variables inside selectors and
    // attributes, or a dropped placeholder would pass unnoticed.
    let source = "a = { $n ->\n    [one] one { $what }\n   *[other] { $n }\n}\n    .tip = { $who }\n";
    let resource = fluent_syntax::parser::parse(source).expect("parses");
    let ast::Entry::Message(message) = &resource.body[0] else {
        panic!("a message")
    };
    let mut variables = BTreeSet::new();
    pattern_variables(message.value.as_ref().expect("value"), &mut variables);
    assert_eq!(variables, BTreeSet::from(["n".to_owned(), "what".to_owned()]));
    let mut attribute = BTreeSet::new();
    pattern_variables(&message.attributes[0].value, &mut attribute);
    assert_eq!(attribute, BTreeSet::from(["who".to_owned()]));
}

#[test]
fn the_bundled_font_draws_every_character_of_every_language() {
    let font_data = crate::ui::style::FONT_REGULAR;
    let face = ttf_parser::Face::parse(font_data, 0).expect("Inter parses");
    let semibold = ttf_parser::Face::parse(crate::ui::style::FONT_SEMIBOLD, 0).expect("Inter SemiBold parses");
    for language in SHIPPED {
        let missing: BTreeSet<char> = ftl_source(language)
            .chars()
            .filter(|c| !c.is_control())
            .filter(|c| face.glyph_index(*c).is_none() || semibold.glyph_index(*c).is_none())
            .collect();
        assert!(missing.is_empty(), "Inter lacks {missing:?} used by i18n/{language}");
    }
}

#[test]
fn posix_locales_become_languages() {
    let parse = |s: &str| parse_posix_locale(s).map(|l| l.to_string());
    assert_eq!(parse("pt_BR.UTF-8"), Some("pt-BR".into()));
    assert_eq!(parse("de_DE.UTF-8@euro"), Some("de-DE".into()));
    assert_eq!(parse("fr"), Some("fr".into()));
    assert_eq!(parse("C.UTF-8"), None);
    assert_eq!(parse("POSIX"), None);
    assert_eq!(parse(""), None);
    assert_eq!(parse("../../etc"), None);
}

#[test]
fn lc_all_beats_lc_messages_beats_lang() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    };
    let pick = |pairs| from_environment(env(pairs)).map(|l| l.to_string());
    assert_eq!(pick(&[("LANG", "de_DE.UTF-8")]), Some("de-DE".into()));
    assert_eq!(
        pick(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")]),
        Some("fr-FR".into())
    );
    assert_eq!(
        pick(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR"), ("LC_ALL", "es_ES")]),
        Some("es-ES".into())
    );
    // An empty variable does not count; "C" means English.
    assert_eq!(pick(&[("LC_ALL", ""), ("LANG", "it_IT.UTF-8")]), Some("it-IT".into()));
    assert_eq!(pick(&[("LC_ALL", "C"), ("LANG", "it_IT.UTF-8")]), None);
    assert_eq!(pick(&[]), None);
}

#[test]
fn regional_variants_find_the_language_we_ship() {
    let best = |tag: &str| best_match(&tag.parse().expect("tag")).map(|l| l.to_string());
    assert_eq!(best("de-AT"), Some("de".into()));
    assert_eq!(best("de"), Some("de".into()));
    assert_eq!(best("pt-BR"), Some("pt-BR".into()));
    assert_eq!(best("pt-PT"), Some("pt-BR".into()));
    assert_eq!(best("fr-CA"), Some("fr".into()));
    assert_eq!(best("en-GB"), Some("en".into()));
    assert_eq!(best("ja-JP"), None);
}

#[test]
fn every_language_names_itself() {
    let names: Vec<String> = SHIPPED
        .iter()
        .map(|tag| native_name(&tag.parse().expect("tag")))
        .collect();
    assert_eq!(
        names,
        [
            "English",
            "Deutsch",
            "Français",
            "Español",
            "Italiano",
            "Português (Brasil)"
        ]
    );
}

/// A loader of its own, so these tests never switch the app's language
/// under other tests running at the same time.
fn loader_for(tag: &str) -> FluentLanguageLoader {
    let loader = crate::i18n::new_loader();
    let language: LanguageIdentifier = tag.parse().expect("tag");
    loader
        .load_languages(&Translations, &[language, "en".parse().expect("en")])
        .expect("loads");
    configure(&loader);
    loader
}

#[test]
fn numbers_are_grouped_as_each_language_writes_them() {
    let numbers = |tag: &str| Numbers::for_language(&tag.parse().expect("tag"));
    assert_eq!(numbers("en").integer(1_234_567), "1,234,567");
    assert_eq!(numbers("de").integer(12_345), "12.345");
    assert_eq!(numbers("fr").integer(12_345), "12\u{202F}345");
    assert_eq!(numbers("es").integer(1_234), "1234");
    assert_eq!(numbers("es").integer(12_345), "12.345");
    assert_eq!(numbers("pt-BR").integer(-1_000), "-1.000");
    assert_eq!(numbers("en").integer(999), "999");
    assert_eq!(numbers("de").decimal(3.25, 1), "3,2");
    assert_eq!(numbers("en").decimal(1234.5, 1), "1,234.5");
    assert_eq!(numbers("en").decimal(-0.01, 1), "0.0");
    assert_eq!(numbers("en").decimal(f64::NAN, 1), "");
}

#[test]
fn sizes_follow_the_language() {
    let en = loader_for("en");
    let de = loader_for("de");
    assert_eq!(Clock::new(&en).size(512), "512 B");
    assert_eq!(Clock::new(&en).size(12_345), "12 KB");
    assert_eq!(Clock::new(&en).size(3_500_000), "3.3 MB");
    assert_eq!(Clock::new(&de).size(3_500_000), "3,3 MB");
    assert_eq!(Clock::new(&en).size(5 * 1024 * 1024 * 1024), "5.0 GB");
}

#[test]
fn dates_follow_the_language() {
    let tz = TimeZone::UTC;
    let now = Timestamp::from_second(1_764_000_000)
        .expect("time")
        .to_zoned(tz.clone()); // Mon 24 Nov 2025 16:00 UTC
    let en = loader_for("en");
    let de = loader_for("de");
    let fr = loader_for("fr");
    let en = Clock::new(&en);
    assert_eq!(en.list_date(1_764_000_000 - 3600, &now), "15:00");
    assert_eq!(en.list_date(1_764_000_000 - 2 * 86_400, &now), "Sat 16:00");
    assert_eq!(en.list_date(1_764_000_000 - 30 * 86_400, &now), "25 Oct");
    assert_eq!(en.list_date(1_700_000_000, &now), "14 Nov 2023");
    assert_eq!(
        en.full_date(1_764_000_000, tz.clone()),
        "Monday 24 November 2025, 16:00"
    );
    let de = Clock::new(&de);
    assert_eq!(de.list_date(1_700_000_000, &now), "14. Nov. 2023");
    assert_eq!(
        de.full_date(1_764_000_000, tz.clone()),
        "Montag, 24. November 2025, 16:00"
    );
    let fr = Clock::new(&fr);
    assert_eq!(fr.list_date(1_764_000_000 - 2 * 86_400, &now), "sam. 16:00");
    assert_eq!(
        fr.full_date(1_764_000_000, tz.clone()),
        "lundi 24 novembre 2025 à 16:00"
    );
    // Dates outside what a timestamp can hold show nothing, not a panic.
    assert_eq!(en.list_date(i64::MAX, &now), "");
}

#[test]
fn relative_times_use_plural_rules() {
    let tz = TimeZone::UTC;
    let en = loader_for("en");
    let en = Clock::new(&en);
    assert_eq!(en.relative_time(1000, 1030, tz.clone()), "just now");
    assert_eq!(en.relative_time(1000, 1000 + 60, tz.clone()), "1 minute ago");
    assert_eq!(en.relative_time(1000, 1000 + 300, tz.clone()), "5 minutes ago");
    assert_eq!(en.relative_time(1000 + 300, 1000, tz.clone()), "in 5 minutes");
    assert_eq!(en.relative_time(1000 + 599, 1000, tz.clone()), "in 10 minutes");
    assert_eq!(en.relative_time(1000 + 61, 1000, tz.clone()), "in 2 minutes");
    assert_eq!(en.relative_time(7200, 20_000, tz.clone()), "at 02:00");
    let fr = loader_for("fr");
    // French counts 0 and 1 as singular.
    assert_eq!(
        Clock::new(&fr).relative_time(1000, 1000 + 60, tz.clone()),
        "il y a 1 minute"
    );
    assert_eq!(Clock::new(&fr).relative_time(1000, 1000 + 120, tz), "il y a 2 minutes");
}

#[test]
fn counts_in_messages_are_grouped() {
    let de = loader_for("de");
    assert_eq!(
        crate::t_in!(de, "time-minutes-ago", minutes = 12_345),
        "vor 12.345 Minuten"
    );
}

#[test]
fn the_app_language_starts_as_english_without_init() {
    assert_eq!(current().to_string(), "en");
    assert_eq!(crate::t!("time-just-now"), "just now");
}

/// One `t!` or `t_in!` call found in the source.
#[derive(Debug)]
struct Call {
    place: String,
    id: String,
    arguments: BTreeSet<String>,
}

/// What `fl!` checked when it compiled each call, checked here instead
/// (it needed an i18n.toml at the top of the project): every `t!` and
/// `t_in!` call in `src/` names a message of the English file, with
/// exactly the variables that message uses.
#[test]
fn every_message_the_code_asks_for_exists_with_its_arguments() {
    let english = catalog("en");
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut calls = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        calls.extend(message_calls(&file.display().to_string(), &source));
    }
    assert!(calls.len() > 300, "the scan found only {} calls", calls.len());
    let mut problems = Vec::new();
    for call in &calls {
        match english.get(&call.id) {
            None => problems.push(format!("{}: no message {:?}", call.place, call.id)),
            Some(variables) if *variables != call.arguments => problems.push(format!(
                "{}: {:?} uses {variables:?} but is given {:?}",
                call.place, call.id, call.arguments
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The scan itself: ids and argument names come out of every shape of
/// call, and comments and strings do not count as calls.
#[test]
fn the_call_scan_reads_calls_as_the_compiler_does() {
    let source = r#"
        // t!("in-a-comment") is no call, nor /* t!("in-a-block") */
        let s = "t!(\"in-a-string\")";
        let c = '"';
        assert!(x, "{}", crate::t!("one"));
        crate::t!(
            "two",
            name = format!("{}, {}", a(b, c), "),"),
            count = n,
        );
        crate::t_in!(loader, "three", size = numbers.decimal(b / (KB * KB), 1))
        macro_rules! t { ($($rest:tt)*) => { $crate::t_in!($crate::i18n::LOADER, $($rest)*) }; }
    "#;
    let calls = message_calls("example", source);
    let found: Vec<(String, Vec<String>)> = calls
        .into_iter()
        .map(|c| (c.id, c.arguments.into_iter().collect()))
        .collect();
    assert_eq!(
        found,
        vec![
            ("one".to_owned(), vec![]),
            ("two".to_owned(), vec!["count".to_owned(), "name".to_owned()]),
            ("three".to_owned(), vec!["size".to_owned()]),
        ]
    );
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The `t!(…)` and `t_in!(…)` calls in Rust source, outside comments and
/// string literals. A call whose id is a macro variable (`$…`, inside the
/// macros themselves) is skipped.
fn message_calls(file: &str, source: &str) -> Vec<Call> {
    let code = without_comments_and_strings(source);
    let bytes = code.as_bytes();
    let mut calls = Vec::new();
    for (name, skip_loader) in [("t!(", false), ("t_in!(", true)] {
        let mut from = 0;
        while let Some(found) = code[from..].find(name) {
            let at = from + found;
            from = at + name.len();
            // Part of a longer name (`assert!(`, `print!(`).
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let open = at + name.len() - 1;
            let Some(close) = matching_paren(bytes, open) else {
                panic!("{file}: a {name} call is not closed");
            };
            // Arguments are read from the original text: strings were
            // blanked in `code`, at the same offsets.
            let mut parts = top_level_parts(&bytes[open + 1..close], &source[open + 1..close]);
            if skip_loader {
                parts.remove(0);
            }
            let Some(first) = parts.first().map(|p| p.trim()) else {
                panic!("{file}: an empty {name} call");
            };
            if first.starts_with('$') {
                continue;
            }
            let id = first
                .strip_prefix('"')
                .and_then(|rest| rest.strip_suffix('"'))
                .unwrap_or_else(|| panic!("{file}: {name} with an id that is not a literal: {first}"));
            let line = source[..at].matches('\n').count() + 1;
            let arguments = parts[1..]
                .iter()
                .filter(|part| !part.trim().is_empty())
                .map(|part| {
                    let (name, _) = part
                        .split_once('=')
                        .unwrap_or_else(|| panic!("{file}:{line}: an argument without a name: {part}"));
                    name.trim().to_owned()
                })
                .collect();
            calls.push(Call {
                place: format!("{file}:{line}"),
                id: id.to_owned(),
                arguments,
            });
        }
    }
    calls
}

/// The source with comments and the insides of string and character
/// literals replaced by spaces (same length, same offsets), so that only
/// code is searched and brackets in text do not count.
fn without_comments_and_strings(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for byte in &mut out[from..to] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    };
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
                blank(&mut out, i, end);
                i = end;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = source[i + 2..].find("*/").map_or(bytes.len(), |n| i + 2 + n + 2);
                blank(&mut out, i, end);
                i = end;
            }
            b'r' if (bytes.get(i + 1) == Some(&b'"') || bytes.get(i + 1) == Some(&b'#'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                if bytes.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let start = i + 2 + hashes;
                let closing = format!("\"{}", "#".repeat(hashes));
                let end = source[start..].find(&closing).map_or(bytes.len(), |n| start + n);
                blank(&mut out, start, end);
                i = end + closing.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                blank(&mut out, start, j.min(bytes.len()));
                i = j + 1;
            }
            // A character literal ('x', '\n', '"'), not a lifetime ('a).
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                let end = source[i + 2..].find('\'').map_or(bytes.len(), |n| i + 2 + n);
                blank(&mut out, i + 1, end);
                i = end + 1;
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => {
                blank(&mut out, i + 1, i + 2);
                i += 3;
            }
            _ => i += 1,
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Where the bracket opened at `open` closes.
fn matching_paren(code: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, &byte) in code[open..].iter().enumerate() {
        match byte {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + offset);
                }
            }
            _ => {}
        }
    }
    None
}

/// `original` split at the commas that are not inside brackets, as found
/// in `code` (the same text with strings blanked).
fn top_level_parts<'a>(code: &[u8], original: &'a str) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, &byte) in code.iter().enumerate() {
        match byte {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                parts.push(&original[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&original[start..]);
    parts
}
