//! CAPA lines (RFC 2449 §5, §6): one capability per line, tag first.

use super::text::sanitize;
use super::{next_field, parse_decimal};
use crate::pop3::types::{Capabilities, Expire, LoginDelay, Retention};

/// Most SASL mechanisms we keep from one server; the rest is noise.
const MAX_SASL_MECHANISMS: usize = 64;
/// Most unknown tags kept for display.
const MAX_OTHER_TAGS: usize = 64;

/// Adds one line of a CAPA response to `caps`. Tags are case-insensitive;
/// unknown tags and malformed arguments are kept as text, never an error,
/// because a capability we do not understand must not break a session.
pub fn parse_capability_line(caps: &mut Capabilities, line: &[u8]) {
    let (tag, args) = next_field(line);
    if tag.is_empty() {
        return;
    }
    let tag_upper = String::from_utf8_lossy(tag).to_ascii_uppercase();
    let varies_per_user = last_field_is_user(args);
    match tag_upper.as_str() {
        "TOP" => caps.top = true,
        "USER" => caps.user = true,
        "UIDL" => caps.uidl = true,
        "PIPELINING" => caps.pipelining = true,
        "RESP-CODES" => caps.resp_codes = true,
        "AUTH-RESP-CODE" => caps.auth_resp_code = true,
        "STLS" => caps.stls = true,
        "UTF8" => caps.utf8 = true,
        "LANG" => caps.lang = true,
        "SASL" => {
            let mut rest = args;
            while !rest.is_empty() && caps.sasl.len() < MAX_SASL_MECHANISMS {
                let (mechanism, tail) = next_field(rest);
                rest = tail;
                let name = String::from_utf8_lossy(mechanism).to_ascii_uppercase();
                let valid = !name.is_empty()
                    && name.len() <= 20
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                if valid && !caps.sasl.contains(&name) {
                    caps.sasl.push(name);
                }
            }
        }
        "LOGIN-DELAY" => {
            let (value, _) = next_field(args);
            if let Some(seconds) = parse_decimal::<u32>(value) {
                caps.login_delay = Some(LoginDelay {
                    seconds,
                    varies_per_user,
                });
            }
        }
        "EXPIRE" => {
            let (value, _) = next_field(args);
            let retention = if value.eq_ignore_ascii_case(b"NEVER") {
                Some(Retention::Never)
            } else {
                parse_decimal::<u32>(value).map(Retention::Days)
            };
            if let Some(retention) = retention {
                caps.expire = Some(Expire {
                    retention,
                    varies_per_user,
                });
            }
        }
        "IMPLEMENTATION" => caps.implementation = Some(sanitize(args)),
        _ => {
            if caps.other.len() < MAX_OTHER_TAGS {
                caps.other.push(sanitize(line).to_ascii_uppercase());
            }
        }
    }
}

fn last_field_is_user(args: &[u8]) -> bool {
    args.trim_ascii()
        .rsplit(|&b| b == b' ')
        .next()
        .is_some_and(|last| last.eq_ignore_ascii_case(b"USER"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lines: &[&str]) -> Capabilities {
        let mut caps = Capabilities::default();
        for line in lines {
            parse_capability_line(&mut caps, line.as_bytes());
        }
        caps
    }

    #[test]
    fn dovecot_capabilities() {
        let caps = parse(&[
            "CAPA",
            "TOP",
            "UIDL",
            "RESP-CODES",
            "PIPELINING",
            "AUTH-RESP-CODE",
            "STLS",
            "USER",
            "SASL PLAIN LOGIN",
        ]);
        assert!(caps.top && caps.uidl && caps.resp_codes && caps.pipelining);
        assert!(caps.auth_resp_code && caps.stls && caps.user);
        assert_eq!(caps.sasl, vec!["PLAIN", "LOGIN"]);
        assert_eq!(caps.other, vec!["CAPA"]);
    }

    #[test]
    fn tags_are_case_insensitive() {
        let caps = parse(&["top", "Uidl", "sasl scram-sha-256 Plain", "stls"]);
        assert!(caps.top && caps.uidl && caps.stls);
        assert_eq!(caps.sasl, vec!["SCRAM-SHA-256", "PLAIN"]);
        assert!(caps.has_sasl("plain"));
    }

    #[test]
    fn login_delay_and_expire() {
        let caps = parse(&["LOGIN-DELAY 900", "EXPIRE 31 USER"]);
        assert_eq!(
            caps.login_delay,
            Some(LoginDelay {
                seconds: 900,
                varies_per_user: false
            })
        );
        assert_eq!(
            caps.expire,
            Some(Expire {
                retention: Retention::Days(31),
                varies_per_user: true
            })
        );
        assert_eq!(parse(&["EXPIRE NEVER"]).expire.unwrap().retention, Retention::Never);
        assert_eq!(parse(&["expire 0"]).expire.unwrap().retention, Retention::Days(0));
        assert_eq!(parse(&["EXPIRE soon"]).expire, None);
        assert_eq!(parse(&["LOGIN-DELAY 99999999999999999999"]).login_delay, None);
    }

    #[test]
    fn implementation_is_sanitised() {
        let caps = parse(&["IMPLEMENTATION Shlemazle\x1b[2J Plotz"]);
        assert_eq!(caps.implementation.as_deref(), Some("Shlemazle\u{FFFD}[2J Plotz"));
    }

    #[test]
    fn garbage_is_harmless() {
        let caps = parse(&["", "   ", "SASL", "SASL \u{1F600} PLAIN"]);
        assert_eq!(caps.sasl, vec!["PLAIN"]);
    }
}
