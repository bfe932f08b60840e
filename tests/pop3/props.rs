//! Property tests of the pure parser: no input, split any way, makes it
//! panic; stuffing then unstuffing gives back the original. Case count:
//! `POSTIE_FUZZ_CASES` (tests/support/fuzz.rs), 10,000 by default.

use postie::pop3::command::Command;
use postie::pop3::parse::{BodyDecoder, dot_stuff};
use postie::pop3::protocol::{Limits, Protocol};
use proptest::prelude::*;

use crate::support::fuzz;

/// Feeds `input` to a protocol state machine in the given split sizes,
/// with a few commands queued, and drains every event. Errors are fine;
/// panics and unbounded buffers are not.
fn drive(input: &[u8], splits: &[usize], pipelining: bool) {
    let mut protocol = Protocol::new(Limits::default());
    let mut body = Vec::new();
    let mut offset: usize = 0;
    let mut queued = false;
    for &size in splits.iter().chain(std::iter::once(&usize::MAX)) {
        let end = offset.saturating_add(size).min(input.len());
        protocol.feed(&input[offset..end]);
        offset = end;
        loop {
            match protocol.poll_event(&mut body) {
                Ok(Some(_)) => {
                    body.clear();
                    if !queued {
                        queued = true;
                        protocol.set_pipelining(pipelining);
                        for command in [Command::Capa, Command::Uidl(None), Command::Retr(1), Command::Stat] {
                            let _ = protocol.send(command);
                        }
                        protocol.output_written();
                    }
                }
                Ok(None) => break,
                Err(_) => return,
            }
        }
        // Memory stays bounded: once the machine waits for input, what it
        // holds is less than one line (bodies are never buffered).
        assert!(protocol.buffered_len() < Limits::default().max_line);
        if offset >= input.len() {
            break;
        }
    }
}

fn pop3ish() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        Just(b"+OK ".to_vec()),
        Just(b"-ERR [SYS/TEMP] x".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b".\r\n".to_vec()),
        Just(b"..".to_vec()),
        Just(b"1 abc\r\n".to_vec()),
        Just(b"+ ".to_vec()),
        Just(b"SASL PLAIN\r\n".to_vec()),
        proptest::collection::vec(any::<u8>(), 0..16),
    ];
    proptest::collection::vec(token, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(fuzz::config())]

    #[test]
    fn any_bytes_any_splits_never_panic(
        input in prop_oneof![proptest::collection::vec(any::<u8>(), 0..512), pop3ish()],
        splits in proptest::collection::vec(1usize..64, 0..16),
        pipelining in any::<bool>(),
    ) {
        drive(&input, &splits, pipelining);
    }

    #[test]
    fn stuffing_then_unstuffing_is_identity(
        lines in proptest::collection::vec(
            prop_oneof![
                Just(b".".to_vec()), Just(b"..".to_vec()), Just(b"".to_vec()), Just(b".x".to_vec()),
                // Mapped, not filtered: a filter's rejects are capped, and a
                // million cases reject more than the cap allows.
                proptest::collection::vec(any::<u8>().prop_map(|b| if b == b'\n' || b == b'\r' { b'x' } else { b }), 0..40),
            ],
            0..30,
        ),
        split in any::<prop::sample::Index>(),
    ) {
        // Content as a server holds it: CRLF line ends, last line ended too.
        let mut content = Vec::new();
        for line in &lines {
            content.extend_from_slice(line);
            content.extend_from_slice(b"\r\n");
        }
        let mut wire = dot_stuff(&content);
        wire.extend_from_slice(b"+OK next\r\n");
        let cut = split.index(wire.len() + 1);
        let mut decoder = BodyDecoder::new(u64::MAX);
        let mut out = Vec::new();
        let first = decoder.decode(&wire[..cut], &mut out);
        let consumed = if first.finished { first.consumed } else { cut + decoder.decode(&wire[cut..], &mut out).consumed };
        prop_assert!(decoder.is_finished());
        prop_assert_eq!(&out, &content);
        prop_assert_eq!(&wire[consumed..], b"+OK next\r\n");
    }

    #[test]
    fn body_decoder_respects_its_limit(
        input in proptest::collection::vec(any::<u8>(), 0..2048),
        limit in 0u64..512,
    ) {
        let mut decoder = BodyDecoder::new(limit);
        let mut out = Vec::new();
        decoder.decode(&input, &mut out);
        prop_assert!(out.len() as u64 <= limit);
    }
}
