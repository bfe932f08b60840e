//! Property-based fuzzing of the client side of SASL (and APOP): whatever a
//! server sends as challenges, no mechanism panics, takes unbounded time or
//! answers with unbounded output, and an exchange the server did not get
//! right (a nonce that is not ours, a bad salt, an iteration count we will
//! not compute, a missing or wrong server proof) never ends in success.
//! Case count: `POSTIE_FUZZ_CASES` (tests/support/fuzz.rs), 10,000 by default.

use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use postie::pop3::Secret;
use postie::pop3::auth::{AuthMethod, SaslClient, SaslError, ScramClient, ScramHash, apop_digest, sasl_client};
use postie::pop3::command::Command;
use postie::pop3::parse::{apop_timestamp, parse_continuation};
use postie::pop3::protocol::{Event, Limits, Protocol};
use proptest::collection::vec;
use proptest::prelude::*;
use sha1::Sha1;
use sha2::{Digest, Sha256};

use crate::support::fuzz;

/// Our side's fixed nonce in the structured SCRAM properties.
const NONCE: &str = "fyko+d2lbbFgONRv9qkxdawL";
/// The highest iteration count Postie computes (src/pop3/auth/scram.rs).
const MAX_ITERATIONS: u64 = 1_000_000;

const SASL_METHODS: [AuthMethod; 7] = [
    AuthMethod::ScramSha256,
    AuthMethod::ScramSha1,
    AuthMethod::CramMd5,
    AuthMethod::Plain,
    AuthMethod::Login,
    AuthMethod::XOAuth2,
    AuthMethod::OAuthBearer,
];

/// Random bytes: mostly short, sometimes a repeated chunk up to `max` long
/// (cheap to generate, unlike `max` random bytes).
fn bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        8 => vec(any::<u8>(), 0..256),
        1 => (0..=max, vec(any::<u8>(), 1..8)).prop_map(|(n, chunk)| chunk.iter().copied().cycle().take(n).collect()),
    ]
}

/// Printable ASCII without a comma: what a SCRAM attribute value may hold.
fn printable(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[\\x21-\\x2b\\x2d-\\x7e]{{0,{max}}}")).expect("regex")
}

fn nonce() -> impl Strategy<Value = String> {
    prop_oneof![
        // Extends ours: valid.
        4 => printable(40).prop_filter("non-empty", |s| !s.is_empty()).prop_map(|ext| format!("{NONCE}{ext}")),
        // Ours, unextended.
        1 => Just(NONCE.to_owned()),
        // Someone else's.
        1 => printable(40),
        // A prefix of ours.
        1 => (0..NONCE.len()).prop_map(|n| NONCE[..n].to_owned()),
        // Ours extended with something a nonce may not hold.
        1 => prop::sample::select(vec![" ", "\u{7f}", "\u{e9}", "\u{0}", "\t", "\u{202e}"])
            .prop_map(|bad| format!("{NONCE}x{bad}y")),
        // Huge but valid.
        1 => (1usize..100_000).prop_map(|n| format!("{NONCE}{}", "x".repeat(n))),
    ]
}

fn salt() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => vec(any::<u8>(), 0..32).prop_map(|s| B64.encode(s)),
        1 => Just(String::new()),
        1 => prop::sample::select(vec!["!!!", "QSXCR+Q6sek8bf9", "QSXC R+Q6", "====", "QQ", "QR==", "-_-_"])
            .prop_map(str::to_owned),
        1 => printable(40),
        1 => (1usize..75_000).prop_map(|n| B64.encode(vec![7u8; n])),
    ]
}

fn iterations() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (1u32..=64).prop_map(|i| i.to_string()),
        1 => Just("0".to_owned()),
        // Too many to compute: refused, never started.
        2 => prop_oneof![
            Just(u64::from(u32::MAX)),
            Just(1u64 << 31),
            Just(MAX_ITERATIONS + 1),
            (MAX_ITERATIONS + 1)..=u64::from(u32::MAX),
            (u64::from(u32::MAX) + 1)..u64::MAX,
        ]
        .prop_map(|i| i.to_string()),
        1 => prop::sample::select(vec!["", "-1", "abc", " 4096", "4096 ", "4e3", "99999999999999999999999"])
            .prop_map(str::to_owned),
    ]
}

/// A server-first message built from parts, some of them wrong, and whether
/// RFC 5802 makes it acceptable.
fn server_first() -> impl Strategy<Value = (String, bool)> {
    (
        proptest::option::weighted(0.95, nonce()),
        proptest::option::weighted(0.95, salt()),
        proptest::option::weighted(0.95, iterations()),
        proptest::option::weighted(0.1, printable(20)),
        vec(("[a-z]", printable(20)), 0..3),
        proptest::bool::weighted(0.05),
    )
        .prop_map(|(nonce, salt, iterations, mandatory, extensions, error)| {
            let mut parts = Vec::new();
            if let Some(m) = &mandatory {
                parts.push(format!("m={m}"));
            }
            if let Some(r) = &nonce {
                parts.push(format!("r={r}"));
            }
            if let Some(s) = &salt {
                parts.push(format!("s={s}"));
            }
            if let Some(i) = &iterations {
                parts.push(format!("i={i}"));
            }
            for (name, value) in &extensions {
                // Extensions with the names of the attributes above would
                // replace them; those cases are the missing/bad ones.
                if !matches!(name.as_str(), "m" | "r" | "s" | "i") {
                    parts.push(format!("{name}={value}"));
                }
            }
            let mut text = parts.join(",");
            // A server error instead.
            if error {
                text = format!("e={text}");
            }
            let valid = !error
                && mandatory.is_none()
                && nonce.as_deref().is_some_and(nonce_ok)
                && salt.as_deref().is_some_and(|s| B64.decode(s).is_ok())
                && iterations
                    .as_deref()
                    .and_then(|i| i.parse::<u64>().ok())
                    .is_some_and(|i| (1..=MAX_ITERATIONS).contains(&i));
            (text, valid)
        })
}

/// RFC 5802: the server's nonce starts with ours, adds to it, and is
/// printable ASCII without a comma.
fn nonce_ok(nonce: &str) -> bool {
    nonce.len() > NONCE.len()
        && nonce.starts_with(NONCE)
        && nonce.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b',')
}

/// A challenge from a hostile or broken server.
fn challenge() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => bytes(100_000),
        // Base64 of random bytes (a server that encodes twice).
        1 => bytes(75_000).prop_map(|b| B64.encode(b).into_bytes()),
        3 => server_first().prop_map(|(text, _)| text.into_bytes()),
        2 => server_final().prop_map(String::into_bytes),
    ]
}

/// Server-final messages that are not the right proof.
fn server_final() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any::<u8>(), 0..64).prop_map(|v| format!("v={}", B64.encode(v))),
        printable(60).prop_map(|v| format!("v={v}")),
        printable(60).prop_map(|e| format!("e={e}")),
        printable(60),
        Just(String::new()),
        Just("v=".to_owned()),
    ]
}

/// One challenge as the session gets it: the payload of a `+ ` line,
/// decoded (lines that do not decode end the exchange before any
/// mechanism sees them).
fn continuation_line() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        challenge().prop_map(|c| [b"+ ".as_slice(), B64.encode(c).as_bytes()].concat()),
        bytes(4096).prop_map(|b| [b"+ ".as_slice(), &b].concat()),
        Just(b"+".to_vec()),
        Just(b"+ ".to_vec()),
        Just(b"+ ====".to_vec()),
    ]
}

/// Generous bound on what a mechanism answers: its inputs, escaped, and
/// (SCRAM) the server's nonce, which is in the challenge.
fn answer_bound(user: &str, secret: &str, challenge: &[u8]) -> usize {
    3 * user.len() + secret.len() + challenge.len() + 256
}

fn user() -> impl Strategy<Value = String> {
    prop_oneof![Just("user".to_owned()), ".{0,40}", "[=,a-z\u{0}]{0,10}"]
}

proptest! {
    #![proptest_config(fuzz::config())]

    /// SCRAM's answer to a server-first message: success exactly when the
    /// message is acceptable, bounded output, bounded time.
    #[test]
    fn scram_checks_server_first(
        sha1 in any::<bool>(),
        (text, valid) in server_first(),
        raw in proptest::option::weighted(0.2, bytes(100_000)),
    ) {
        let hash = if sha1 { ScramHash::Sha1 } else { ScramHash::Sha256 };
        let challenge = raw.unwrap_or_else(|| text.clone().into_bytes());
        let mut client = ScramClient::with_nonce(hash, "user", "pencil", NONCE);
        client.initial_response();
        let answer = fuzz::timed("SCRAM server-first", || client.respond(&challenge));
        match answer {
            Ok(answer) => {
                prop_assert!(valid && challenge == text.as_bytes(), "accepted {:?}", String::from_utf8_lossy(&challenge));
                prop_assert!(answer.len() <= answer_bound("user", "pencil", &challenge));
                prop_assert!(answer.starts_with(b"c=biws,r=fyko"));
            }
            Err(_) => prop_assert!(!valid || challenge != text.as_bytes(), "refused {text:?}"),
        }
        prop_assert!(client.check_success().is_err());
    }

    /// However the server answers, SCRAM does not report success unless
    /// the server proved it knows the password.
    #[test]
    fn scram_never_succeeds_without_the_server_proof(
        sha1 in any::<bool>(),
        first in server_first(),
        rest in vec(challenge(), 0..4),
    ) {
        let hash = if sha1 { ScramHash::Sha1 } else { ScramHash::Sha256 };
        let mut client = ScramClient::with_nonce(hash, "user", "pencil", NONCE);
        client.initial_response();
        fuzz::timed("SCRAM exchange", || {
            for challenge in std::iter::once(first.0.as_bytes()).chain(rest.iter().map(Vec::as_slice)) {
                if let Ok(answer) = client.respond(challenge) {
                    assert!(answer.len() <= answer_bound("user", "pencil", challenge));
                }
            }
        });
        prop_assert!(client.check_success().is_err());
    }

    /// A correct exchange with our own SCRAM server succeeds, whatever the
    /// names, password, salt, iteration count and nonce; any change to the
    /// server's proof makes it fail.
    #[test]
    fn scram_with_an_honest_server(
        sha1 in any::<bool>(),
        user in user(),
        password in ".{0,40}",
        salt in vec(any::<u8>(), 0..32),
        iterations in 1u32..=64,
        extension in printable(40).prop_filter("non-empty", |s| !s.is_empty()),
        tamper in proptest::option::of((any::<prop::sample::Index>(), 1u8..=255)),
    ) {
        let hash = if sha1 { ScramHash::Sha1 } else { ScramHash::Sha256 };
        let mut client = ScramClient::with_nonce(hash, &user, &password, NONCE);
        let first = client.initial_response().expect("SCRAM has an initial response");
        let first_bare = first.strip_prefix(b"n,,").expect("gs2 header").to_vec();
        let server_first = format!("r={NONCE}{extension},s={},i={iterations}", B64.encode(&salt));
        let client_final = client.respond(server_first.as_bytes()).expect("an acceptable server-first");
        let client_final = String::from_utf8(client_final.to_vec()).expect("UTF-8");
        let (without_proof, proof) = client_final.rsplit_once(",p=").expect("a proof");
        // The server's side (RFC 5802 §3), with the password as given
        // (SASLprep leaves the generated ones alone or they fail it).
        let prepared = stringprep::saslprep(&password).map_or_else(|_| password.clone(), |p| p.into_owned());
        let auth_message = [&first_bare[..], b",", server_first.as_bytes(), b",", without_proof.as_bytes()].concat();
        let (client_proof, server_signature) = scram_server(hash, prepared.as_bytes(), &salt, iterations, &auth_message);
        prop_assert_eq!(B64.decode(proof).expect("base64 proof"), client_proof);
        let mut signature = server_signature;
        if let Some((index, flip)) = tamper {
            let i = index.index(signature.len());
            signature[i] ^= flip;
        }
        let result = client.respond(format!("v={}", B64.encode(&signature)).as_bytes());
        if tamper.is_some() {
            prop_assert_eq!(result.map(|_| ()), Err(SaslError::ServerNotAuthenticated));
            prop_assert!(client.check_success().is_err());
        } else {
            prop_assert!(result.expect("the right proof").is_empty());
            prop_assert!(client.check_success().is_ok());
            // Nothing more is expected after the proof.
            prop_assert!(client.respond(b"v=").is_err());
        }
    }

    /// Every SASL mechanism, any credentials, any sequence of continuation
    /// lines (decoded as the session decodes them): no panic, bounded
    /// answers, and only the exchanges each mechanism allows.
    #[test]
    fn every_mechanism_survives_any_challenges(
        method in prop::sample::select(SASL_METHODS.to_vec()),
        user in user(),
        secret in ".{0,40}",
        port in any::<u16>(),
        lines in vec(continuation_line(), 0..6),
        repeat in 0usize..300,
    ) {
        let mut client = sasl_client(method, &user, &secret, "pop.example", port).expect("a SASL method");
        let initial = client.initial_response();
        if let Some(initial) = &initial {
            prop_assert!(initial.len() <= answer_bound(&user, &secret, b"pop.example:65535"));
        }
        let mut answered = 0usize;
        let mut seen = 0usize;
        fuzz::timed("SASL exchange", || {
            // The lines, then the last one again `repeat` times (a server
            // that never stops asking; the session stops after 8 rounds, but
            // the mechanisms must not depend on that).
            let last = lines.last().cloned();
            let replayed = last.iter().cycle().take(if last.is_some() { repeat } else { 0 });
            for line in lines.iter().chain(replayed) {
                let Ok(challenge) = parse_continuation(line) else { continue };
                seen += 1;
                if let Ok(answer) = client.respond(&challenge) {
                    answered += 1;
                    assert!(answer.len() <= answer_bound(&user, &secret, &challenge), "{method}: {} bytes", answer.len());
                }
            }
        });
        match method {
            AuthMethod::Plain => prop_assert_eq!(answered, 0),
            AuthMethod::Login => prop_assert_eq!(answered, seen.min(2)),
            AuthMethod::CramMd5 => prop_assert!(answered <= 1),
            AuthMethod::ScramSha1 | AuthMethod::ScramSha256 => {
                // Random nonce: no challenge here can extend it, so nothing
                // gets as far as a proof.
                prop_assert_eq!(answered, 0);
                prop_assert!(client.check_success().is_err());
            }
            _ => {}
        }
    }

    /// The exchange as the session runs it, through the protocol state
    /// machine: AUTH, continuations answered (or cancelled with `*`), and a
    /// final reply. A server saying +OK to SCRAM without its proof is caught.
    #[test]
    fn sasl_over_the_protocol(
        method in prop::sample::select(SASL_METHODS.to_vec()),
        lines in vec(
            prop_oneof![
                4 => continuation_line(),
                1 => Just(b"+OK logged in".to_vec()),
                1 => Just(b"-ERR [AUTH] no".to_vec()),
                1 => bytes(300),
            ],
            0..10,
        ),
        splits in vec(1usize..64, 0..8),
    ) {
        let mut wire = Vec::new();
        for line in &lines {
            wire.extend_from_slice(line);
            wire.extend_from_slice(b"\r\n");
        }
        let mut client = sasl_client(method, "user", "pencil", "pop.example", 995).expect("a SASL method");
        let mut protocol = Protocol::after_greeting(Limits::default());
        let initial = client.initial_response().map(|raw| Secret::new(B64.encode(&*raw)));
        let _ = protocol.send(Command::Auth { mechanism: client.mechanism().to_owned(), initial_response: initial });
        protocol.output_written();
        let mut success = false;
        fuzz::timed("SASL over the protocol", || {
            let mut body = Vec::new();
            let mut offset = 0usize;
            let mut rounds = 0;
            'feed: for &size in splits.iter().chain(std::iter::once(&usize::MAX)) {
                let end = offset.saturating_add(size).min(wire.len());
                protocol.feed(&wire[offset..end]);
                offset = end;
                loop {
                    match protocol.poll_event(&mut body) {
                        Ok(Some((_, Event::Continuation(challenge)))) => {
                            rounds += 1;
                            let answer = match client.respond(&challenge) {
                                Ok(raw) if rounds <= 8 => Secret::new(B64.encode(&*raw)),
                                _ => Secret::new("*"),
                            };
                            let _ = protocol.send(Command::AuthResponse(answer));
                            assert!(protocol.pending_output().len() <= 4 * answer_bound("user", "pencil", &challenge) + 16);
                            protocol.output_written();
                        }
                        Ok(Some((_, Event::Reply(reply)))) => {
                            success = reply.is_ok() && client.check_success().is_ok();
                            break 'feed;
                        }
                        Ok(Some(_)) => {}
                        Ok(None) => break,
                        Err(_) => break 'feed,
                    }
                }
                assert!(protocol.buffered_len() < Limits::default().max_line);
                if offset >= wire.len() {
                    break;
                }
            }
        });
        if matches!(method, AuthMethod::ScramSha1 | AuthMethod::ScramSha256) {
            prop_assert!(!success, "SCRAM succeeded without the server's proof");
        }
    }

    /// APOP: any greeting, any password: the timestamp found is a `<...@...>`
    /// inside the greeting, and the digest is 32 lowercase hex digits.
    #[test]
    fn apop_any_greeting(
        greeting in prop_oneof![
            bytes(100_000),
            (printable(20), printable(20), bytes(200)).prop_map(|(a, b, c)| [b"+OK <".as_slice(), a.as_bytes(), b"@", b.as_bytes(), b">", &c].concat()),
        ],
        password in ".{0,40}",
    ) {
        let digest = fuzz::timed("APOP", || {
            let timestamp = apop_timestamp(&greeting);
            if let Some(t) = timestamp {
                assert!(t.starts_with(b"<") && t.ends_with(b">") && t.contains(&b'@'));
                assert!(t.iter().all(|b| (0x21..=0x7e).contains(b)));
            }
            apop_digest(timestamp.unwrap_or_default(), &password)
        });
        prop_assert_eq!(digest.len(), 32);
        prop_assert!(digest.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    }
}

/// RFC 5802 §3 on the server's side: the proof a client should send and
/// the server's signature.
fn scram_server(hash: ScramHash, password: &[u8], salt: &[u8], iterations: u32, auth: &[u8]) -> (Vec<u8>, Vec<u8>) {
    fn hmac<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
        let mut mac = <M as Mac>::new_from_slice(key).expect("any key length");
        mac.update(data);
        mac.finalize().into_bytes().to_vec()
    }
    type HmacFn = fn(&[u8], &[u8]) -> Vec<u8>;
    type HashFn = fn(&[u8]) -> Vec<u8>;
    let (salted, h, hash_fn): (Vec<u8>, HmacFn, HashFn) = match hash {
        ScramHash::Sha1 => {
            let mut out = vec![0u8; 20];
            pbkdf2::pbkdf2_hmac::<Sha1>(password, salt, iterations, &mut out);
            (out, hmac::<Hmac<Sha1>>, |d| Sha1::digest(d).to_vec())
        }
        ScramHash::Sha256 => {
            let mut out = vec![0u8; 32];
            pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, iterations, &mut out);
            (out, hmac::<Hmac<Sha256>>, |d| Sha256::digest(d).to_vec())
        }
    };
    let client_key = h(&salted, b"Client Key");
    let stored_key = hash_fn(&client_key);
    let client_signature = h(&stored_key, auth);
    let proof = client_key.iter().zip(&client_signature).map(|(k, s)| k ^ s).collect();
    let server_key = h(&salted, b"Server Key");
    (proof, h(&server_key, auth))
}

/// An iteration count over the cap is refused at once, not computed: a
/// server asking for 2^31 rounds of PBKDF2 would otherwise stall the
/// session for minutes.
#[test]
fn scram_refuses_huge_iteration_counts_at_once() {
    for iterations in [
        "1000001",
        "2147483648",
        "4294967295",
        "4294967296",
        "99999999999999999999",
    ] {
        for hash in [ScramHash::Sha1, ScramHash::Sha256] {
            let mut client = ScramClient::with_nonce(hash, "user", "pencil", NONCE);
            client.initial_response();
            let start = Instant::now();
            let result = client.respond(format!("r={NONCE}x,s=QSXCR+Q6sek8bf92,i={iterations}").as_bytes());
            assert!(result.is_err(), "{iterations} iterations accepted");
            assert!(
                start.elapsed() < Duration::from_millis(100),
                "{iterations}: {:?}",
                start.elapsed()
            );
        }
    }
}

/// Found by `every_mechanism_survives_any_challenges`: LOGIN counted the
/// server's prompts in a u8, which overflowed at the 256th (a panic in
/// debug builds; in release the count wrapped and the password was sent
/// again).
#[test]
fn login_survives_a_server_that_never_stops_asking() {
    let mut client = sasl_client(AuthMethod::Login, "user", "", "pop.example", 0).expect("LOGIN");
    assert_eq!(&client.respond(b"+").expect("user name")[..], b"user");
    assert_eq!(&client.respond(b"+").expect("password")[..], b"");
    for _ in 0..1000 {
        assert_eq!(client.respond(b"+").map(|_| ()), Err(SaslError::UnexpectedChallenge));
    }
}
