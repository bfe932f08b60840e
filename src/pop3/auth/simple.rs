//! The short SASL mechanisms: PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER.
//! Each is a tiny state machine; the session does the base64 and the I/O.

use std::fmt::Write as _;

use hmac::{Hmac, Mac};
use md5::Md5;
use zeroize::Zeroizing;

use super::{SaslClient, SaslError};

fn secret_bytes(text: String) -> Zeroizing<Vec<u8>> {
    Zeroizing::new(text.into_bytes())
}

/// RFC 4616, sent as an RFC 5034 initial response: `\0user\0password`.
pub struct Plain {
    username: String,
    password: Zeroizing<String>,
}

impl Plain {
    pub fn new(username: &str, password: &str) -> Plain {
        Plain {
            username: username.to_owned(),
            password: Zeroizing::new(password.to_owned()),
        }
    }
}

impl SaslClient for Plain {
    fn mechanism(&self) -> &'static str {
        "PLAIN"
    }

    fn initial_response(&mut self) -> Option<Zeroizing<Vec<u8>>> {
        Some(secret_bytes(format!("\0{}\0{}", self.username, &*self.password)))
    }

    fn respond(&mut self, _challenge: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError> {
        Err(SaslError::UnexpectedChallenge)
    }
}

/// The LOGIN mechanism: the server prompts twice, we answer user then
/// password. Prompts are not interpreted: servers word them differently.
pub struct Login {
    username: String,
    password: Zeroizing<String>,
    answered: u8,
}

impl Login {
    pub fn new(username: &str, password: &str) -> Login {
        Login {
            username: username.to_owned(),
            password: Zeroizing::new(password.to_owned()),
            answered: 0,
        }
    }
}

impl SaslClient for Login {
    fn mechanism(&self) -> &'static str {
        "LOGIN"
    }

    fn initial_response(&mut self) -> Option<Zeroizing<Vec<u8>>> {
        None
    }

    fn respond(&mut self, _challenge: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError> {
        // Saturating: a server that keeps sending prompts gets errors, not a
        // u8 overflow (a panic in debug builds, after 255 prompts a wrap
        // back to answering with the user name and password again).
        self.answered = self.answered.saturating_add(1);
        match self.answered {
            1 => Ok(secret_bytes(self.username.clone())),
            2 => Ok(secret_bytes(self.password.to_string())),
            _ => Err(SaslError::UnexpectedChallenge),
        }
    }
}

/// RFC 2195: `user hex(HMAC-MD5(password, challenge))`.
pub struct CramMd5 {
    username: String,
    password: Zeroizing<String>,
    answered: bool,
}

impl CramMd5 {
    pub fn new(username: &str, password: &str) -> CramMd5 {
        CramMd5 {
            username: username.to_owned(),
            password: Zeroizing::new(password.to_owned()),
            answered: false,
        }
    }
}

impl SaslClient for CramMd5 {
    fn mechanism(&self) -> &'static str {
        "CRAM-MD5"
    }

    fn initial_response(&mut self) -> Option<Zeroizing<Vec<u8>>> {
        None
    }

    fn respond(&mut self, challenge: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError> {
        if self.answered || challenge.is_empty() {
            return Err(SaslError::UnexpectedChallenge);
        }
        self.answered = true;
        let mut mac = <Hmac<Md5> as Mac>::new_from_slice(self.password.as_bytes())
            .map_err(|_| SaslError::Malformed("HMAC key"))?;
        mac.update(challenge);
        let mut answer = format!("{} ", self.username);
        for byte in mac.finalize().into_bytes() {
            let _ = write!(answer, "{byte:02x}");
        }
        Ok(secret_bytes(answer))
    }
}

/// Google's and Microsoft's XOAUTH2. On failure the server sends a JSON
/// error as a continuation, which is acknowledged with an empty line.
pub struct XOAuth2 {
    username: String,
    token: Zeroizing<String>,
}

impl XOAuth2 {
    pub fn new(username: &str, token: &str) -> XOAuth2 {
        XOAuth2 {
            username: username.to_owned(),
            token: Zeroizing::new(token.to_owned()),
        }
    }
}

impl SaslClient for XOAuth2 {
    fn mechanism(&self) -> &'static str {
        "XOAUTH2"
    }

    fn initial_response(&mut self) -> Option<Zeroizing<Vec<u8>>> {
        Some(secret_bytes(format!(
            "user={}\x01auth=Bearer {}\x01\x01",
            self.username, &*self.token
        )))
    }

    fn respond(&mut self, _error_details: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError> {
        Ok(Zeroizing::new(Vec::new()))
    }
}

/// RFC 7628 OAUTHBEARER. On failure the server sends a JSON error and the
/// client answers with a single `\x01` (RFC 7628 §3.2.3).
pub struct OAuthBearer {
    username: String,
    host: String,
    port: u16,
    token: Zeroizing<String>,
}

impl OAuthBearer {
    pub fn new(username: &str, host: &str, port: u16, token: &str) -> OAuthBearer {
        OAuthBearer {
            username: username.to_owned(),
            host: host.to_owned(),
            port,
            token: Zeroizing::new(token.to_owned()),
        }
    }
}

impl SaslClient for OAuthBearer {
    fn mechanism(&self) -> &'static str {
        "OAUTHBEARER"
    }

    fn initial_response(&mut self) -> Option<Zeroizing<Vec<u8>>> {
        let user = self.username.replace('=', "=3D").replace(',', "=2C");
        Some(secret_bytes(format!(
            "n,a={user},\x01host={}\x01port={}\x01auth=Bearer {}\x01\x01",
            self.host, self.port, &*self.token
        )))
    }

    fn respond(&mut self, _error_details: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError> {
        Ok(Zeroizing::new(vec![0x01]))
    }
}

/// APOP digest (RFC 1939 §7): hex MD5 of the greeting timestamp and the password.
pub fn apop_digest(timestamp: &[u8], password: &str) -> Zeroizing<String> {
    use md5::Digest as _;
    let mut hasher = Md5::new();
    hasher.update(timestamp);
    hasher.update(password.as_bytes());
    let mut hex = Zeroizing::new(String::with_capacity(32));
    for byte in hasher.finalize() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 2195 §2 example.
    #[test]
    fn cram_md5_rfc2195_vector() {
        let mut m = CramMd5::new("tim", "tanstaaftanstaaf");
        let answer = m.respond(b"<1896.697170952@postoffice.reston.mci.net>").unwrap();
        assert_eq!(&answer[..], b"tim b913a602c7eda7a495b4e6e7334d3890");
        assert!(m.respond(b"again").is_err());
    }

    /// RFC 1939 §7 example.
    #[test]
    fn apop_rfc1939_vector() {
        let digest = apop_digest(b"<1896.697170952@dbc.mtview.ca.us>", "tanstaaf");
        assert_eq!(&*digest, "c4c9334bac560ecc979e58001b3e22fb");
    }

    #[test]
    fn plain_initial_response() {
        let mut m = Plain::new("tim", "tanstaaf");
        assert_eq!(&m.initial_response().unwrap()[..], b"\0tim\0tanstaaf");
        assert!(m.respond(b"").is_err());
    }

    #[test]
    fn login_answers_two_prompts() {
        let mut m = Login::new("tim", "pw");
        assert_eq!(&m.respond(b"Username:").unwrap()[..], b"tim");
        assert_eq!(&m.respond(b"Password:").unwrap()[..], b"pw");
        assert!(m.respond(b"More?").is_err());
    }

    #[test]
    fn oauth_formats() {
        let mut x = XOAuth2::new("a@b.c", "tok");
        assert_eq!(
            &x.initial_response().unwrap()[..],
            b"user=a@b.c\x01auth=Bearer tok\x01\x01"
        );
        let mut o = OAuthBearer::new("a@b.c", "pop.example", 995, "tok");
        assert_eq!(
            &o.initial_response().unwrap()[..],
            b"n,a=a@b.c,\x01host=pop.example\x01port=995\x01auth=Bearer tok\x01\x01"
        );
        assert_eq!(&o.respond(b"{}").unwrap()[..], b"\x01");
    }
}
