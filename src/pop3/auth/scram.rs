//! SCRAM-SHA-256 and SCRAM-SHA-1 (RFC 5802, RFC 7677), client side, without
//! channel binding (gs2 header `n,,`).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use rand::Rng as _;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{SaslClient, SaslError};

/// A hostile server could ask for billions of PBKDF2 rounds to stall us.
/// Real servers use 4,096 to about 100,000.
const MAX_ITERATIONS: u32 = 1_000_000;
/// RFC 5802 §5.1: fewer iterations than this are not acceptable to us either.
const MIN_ITERATIONS: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScramHash {
    Sha1,
    Sha256,
}

impl ScramHash {
    fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        match self {
            ScramHash::Sha1 => {
                let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable_hmac());
                mac.update(data);
                mac.finalize().into_bytes().to_vec()
            }
            ScramHash::Sha256 => {
                let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable_hmac());
                mac.update(data);
                mac.finalize().into_bytes().to_vec()
            }
        }
    }

    fn hash(self, data: &[u8]) -> Vec<u8> {
        match self {
            ScramHash::Sha1 => Sha1::digest(data).to_vec(),
            ScramHash::Sha256 => Sha256::digest(data).to_vec(),
        }
    }

    fn salted_password(self, password: &[u8], salt: &[u8], iterations: u32) -> Zeroizing<Vec<u8>> {
        match self {
            ScramHash::Sha1 => {
                let mut out = Zeroizing::new(vec![0u8; 20]);
                pbkdf2::pbkdf2_hmac::<Sha1>(password, salt, iterations, &mut out);
                out
            }
            ScramHash::Sha256 => {
                let mut out = Zeroizing::new(vec![0u8; 32]);
                pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, iterations, &mut out);
                out
            }
        }
    }
}

/// HMAC accepts keys of any length, so `new_from_slice` cannot fail.
fn unreachable_hmac<T>() -> T {
    unreachable!("HMAC takes keys of any length")
}

#[derive(Debug)]
enum Stage {
    Start,
    SentClientFinal { server_signature: Vec<u8> },
    Verified,
}

pub struct ScramClient {
    hash: ScramHash,
    username: String,
    password: Zeroizing<String>,
    client_nonce: String,
    stage: Stage,
}

impl ScramClient {
    pub fn new(hash: ScramHash, username: &str, password: &str) -> ScramClient {
        let mut rng = rand::rng();
        // 24 random printable characters (no comma), as RFC 5802 §5.1 asks.
        let client_nonce: String = (0..24)
            .map(|_| {
                const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                char::from(ALPHABET[rng.random_range(0..ALPHABET.len())])
            })
            .collect();
        ScramClient::with_nonce(hash, username, password, &client_nonce)
    }

    /// Fixed nonce, for the RFC test vectors.
    pub fn with_nonce(hash: ScramHash, username: &str, password: &str, nonce: &str) -> ScramClient {
        ScramClient {
            hash,
            username: username.to_owned(),
            password: Zeroizing::new(password.to_owned()),
            client_nonce: nonce.to_owned(),
            stage: Stage::Start,
        }
    }

    fn client_first_bare(&self) -> String {
        format!("n={},r={}", escape_saslname(&self.username), self.client_nonce)
    }

    fn client_final(&mut self, server_first: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError> {
        let server_first =
            std::str::from_utf8(server_first).map_err(|_| SaslError::Malformed("server-first is not UTF-8"))?;
        if let Some(error) = server_first.strip_prefix("e=") {
            return Err(SaslError::ServerSaid(super::super::parse::sanitize(error.as_bytes())));
        }
        let mut nonce = None;
        let mut salt = None;
        let mut iterations = None;
        for attribute in server_first.split(',') {
            match attribute.split_once('=') {
                Some(("r", value)) => nonce = Some(value),
                Some(("s", value)) => salt = Some(value),
                Some(("i", value)) => iterations = Some(value),
                Some(("m", _)) => return Err(SaslError::Malformed("mandatory extension")),
                _ => {}
            }
        }
        let nonce = nonce.ok_or(SaslError::Malformed("no nonce"))?;
        if !nonce.starts_with(&self.client_nonce) || nonce.len() == self.client_nonce.len() {
            return Err(SaslError::Malformed("server nonce does not extend ours"));
        }
        if nonce.bytes().any(|b| !(0x21..=0x7e).contains(&b) || b == b',') {
            return Err(SaslError::Malformed("nonce has invalid characters"));
        }
        let salt = BASE64
            .decode(salt.ok_or(SaslError::Malformed("no salt"))?)
            .map_err(|_| SaslError::Malformed("salt is not base64"))?;
        let iterations: u32 = iterations
            .ok_or(SaslError::Malformed("no iteration count"))?
            .parse()
            .map_err(|_| SaslError::Malformed("bad iteration count"))?;
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
            return Err(SaslError::Malformed("iteration count out of range"));
        }

        let password = normalize_password(&self.password);
        let salted = self.hash.salted_password(password.as_bytes(), &salt, iterations);
        let client_key = Zeroizing::new(self.hash.hmac(&salted, b"Client Key"));
        let stored_key = self.hash.hash(&client_key);
        // "biws" is base64("n,,"): no channel binding, no authzid.
        let without_proof = format!("c=biws,r={nonce}");
        let auth_message = format!("{},{server_first},{without_proof}", self.client_first_bare());
        let client_signature = self.hash.hmac(&stored_key, auth_message.as_bytes());
        let proof: Vec<u8> = client_key.iter().zip(&client_signature).map(|(k, s)| k ^ s).collect();
        let server_key = self.hash.hmac(&salted, b"Server Key");
        let server_signature = self.hash.hmac(&server_key, auth_message.as_bytes());
        self.stage = Stage::SentClientFinal { server_signature };
        Ok(Zeroizing::new(
            format!("{without_proof},p={}", BASE64.encode(proof)).into_bytes(),
        ))
    }

    fn verify_server_final(&mut self, server_final: &[u8]) -> Result<(), SaslError> {
        let Stage::SentClientFinal { server_signature } = &self.stage else {
            return Err(SaslError::UnexpectedChallenge);
        };
        let text = std::str::from_utf8(server_final).map_err(|_| SaslError::Malformed("server-final is not UTF-8"))?;
        if let Some(error) = text.strip_prefix("e=") {
            return Err(SaslError::ServerSaid(super::super::parse::sanitize(error.as_bytes())));
        }
        let verifier = text
            .split(',')
            .find_map(|a| a.strip_prefix("v="))
            .ok_or(SaslError::Malformed("no server signature"))?;
        let verifier = BASE64
            .decode(verifier)
            .map_err(|_| SaslError::Malformed("server signature is not base64"))?;
        if !constant_time_eq(&verifier, server_signature) {
            return Err(SaslError::ServerNotAuthenticated);
        }
        self.stage = Stage::Verified;
        Ok(())
    }
}

impl SaslClient for ScramClient {
    fn mechanism(&self) -> &'static str {
        match self.hash {
            ScramHash::Sha1 => "SCRAM-SHA-1",
            ScramHash::Sha256 => "SCRAM-SHA-256",
        }
    }

    fn initial_response(&mut self) -> Option<Zeroizing<Vec<u8>>> {
        Some(Zeroizing::new(format!("n,,{}", self.client_first_bare()).into_bytes()))
    }

    fn respond(&mut self, challenge: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError> {
        match self.stage {
            Stage::Start => self.client_final(challenge),
            Stage::SentClientFinal { .. } => {
                // RFC 5034: server-final comes as a continuation; answer empty.
                self.verify_server_final(challenge)?;
                Ok(Zeroizing::new(Vec::new()))
            }
            Stage::Verified => Err(SaslError::UnexpectedChallenge),
        }
    }

    fn check_success(&self) -> Result<(), SaslError> {
        // A server that says +OK without proving it knows the password may
        // be an impostor: RFC 5802 §9 requires the client to check.
        match self.stage {
            Stage::Verified => Ok(()),
            _ => Err(SaslError::ServerNotAuthenticated),
        }
    }
}

/// RFC 5802 §5.1: "=" and "," in the user name are escaped.
fn escape_saslname(name: &str) -> String {
    name.replace('=', "=3D").replace(',', "=2C")
}

/// SASLprep (RFC 4013) when the password allows it; otherwise the password
/// as given, which is what servers that skip SASLprep compare against.
fn normalize_password(password: &str) -> Zeroizing<String> {
    match stringprep::saslprep(password) {
        Ok(prepared) => Zeroizing::new(prepared.into_owned()),
        Err(_) => Zeroizing::new(password.to_owned()),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_vector(hash: ScramHash, nonce: &str, server_first: &str, client_final: &str, server_final: &str) {
        let mut client = ScramClient::with_nonce(hash, "user", "pencil", nonce);
        let first = client.initial_response().unwrap();
        assert_eq!(&first[..], format!("n,,n=user,r={nonce}").as_bytes());
        let last = client.respond(server_first.as_bytes()).unwrap();
        assert_eq!(std::str::from_utf8(&last).unwrap(), client_final);
        assert!(client.check_success().is_err(), "not verified yet");
        let empty = client.respond(server_final.as_bytes()).unwrap();
        assert!(empty.is_empty());
        client.check_success().unwrap();
    }

    /// RFC 5802 §5 example.
    #[test]
    fn rfc5802_sha1_vector() {
        run_vector(
            ScramHash::Sha1,
            "fyko+d2lbbFgONRv9qkxdawL",
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
            "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
        );
    }

    /// RFC 7677 §3 example.
    #[test]
    fn rfc7677_sha256_vector() {
        run_vector(
            ScramHash::Sha256,
            "rOprNGfwEbeRWgbNEkqO",
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
            "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
        );
    }

    #[test]
    fn wrong_server_signature_is_refused() {
        let mut c = ScramClient::with_nonce(ScramHash::Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO");
        c.initial_response();
        c.respond(b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
            .unwrap();
        assert_eq!(
            c.respond(b"v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")
                .unwrap_err(),
            SaslError::ServerNotAuthenticated
        );
    }

    #[test]
    fn hostile_server_first() {
        let cases: &[&[u8]] = &[
            b"r=other,s=QSXCR+Q6sek8bf92,i=4096",
            b"r=abc,s=QSXCR+Q6sek8bf92,i=4096",
            b"r=abcX,s=!!!,i=4096",
            b"r=abcX,s=QSXCR+Q6sek8bf92,i=4000000000",
            b"r=abcX,s=QSXCR+Q6sek8bf92,i=0",
            b"r=abcX,s=QSXCR+Q6sek8bf92",
            b"m=ext,r=abcX,s=QSXCR+Q6sek8bf92,i=1",
            b"\xff",
        ];
        for case in cases {
            let mut c = ScramClient::with_nonce(ScramHash::Sha256, "u", "p", "abc");
            assert!(c.respond(case).is_err(), "{:?}", String::from_utf8_lossy(case));
        }
        let mut c = ScramClient::with_nonce(ScramHash::Sha256, "u", "p", "abc");
        assert_eq!(
            c.respond(b"e=invalid-proof").unwrap_err(),
            SaslError::ServerSaid("invalid-proof".into())
        );
    }

    #[test]
    fn escapes_user_names() {
        assert_eq!(escape_saslname("a=b,c"), "a=3Db=2Cc");
    }
}
