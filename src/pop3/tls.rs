//! Certificates: fingerprints, pinning, and explaining why a certificate
//! was refused. The handshake itself happens in `transport.rs`.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use sha2::{Digest, Sha256};
use thiserror::Error;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::{FromDer, X509Certificate};

/// A certificate's SHA-256 fingerprint (of its DER encoding).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    pub fn of_der(der: &[u8]) -> Fingerprint {
        Fingerprint(Sha256::digest(der).into())
    }

    /// Lower-case hex without separators, as stored in settings.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Upper-case hex with colons, the way `openssl x509 -fingerprint` prints it.
impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{b:02X}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct FingerprintParseError;

impl fmt::Display for FingerprintParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("error-fingerprint-invalid"))
    }
}

/// Accepts 64 hex digits, with or without colons (or spaces), in either case.
impl FromStr for Fingerprint {
    type Err = FingerprintParseError;

    fn from_str(s: &str) -> Result<Fingerprint, FingerprintParseError> {
        let digits: Vec<u8> = s.bytes().filter(|b| !matches!(b, b':' | b' ')).collect();
        if digits.len() != 64 {
            return Err(FingerprintParseError);
        }
        let mut out = [0u8; 32];
        for (i, pair) in digits.chunks_exact(2).enumerate() {
            let text = std::str::from_utf8(pair).map_err(|_| FingerprintParseError)?;
            out[i] = u8::from_str_radix(text, 16).map_err(|_| FingerprintParseError)?;
        }
        Ok(Fingerprint(out))
    }
}

/// What a user needs to decide whether to trust a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateInfo {
    pub subject: String,
    pub issuer: String,
    /// Validity as Unix timestamps.
    pub not_before: i64,
    pub not_after: i64,
    /// Host names and addresses the certificate is valid for.
    pub names: Vec<String>,
    pub sha256: Fingerprint,
}

impl CertificateInfo {
    /// Reads a DER certificate. Only the fingerprint is certain for garbage.
    pub fn from_der(der: &[u8]) -> CertificateInfo {
        let sha256 = Fingerprint::of_der(der);
        match X509Certificate::from_der(der) {
            Ok((_, cert)) => CertificateInfo {
                subject: super::parse::sanitize(cert.subject().to_string().as_bytes()),
                issuer: super::parse::sanitize(cert.issuer().to_string().as_bytes()),
                not_before: cert.validity().not_before.timestamp(),
                not_after: cert.validity().not_after.timestamp(),
                names: certificate_names(&cert),
                sha256,
            },
            Err(_) => CertificateInfo {
                subject: String::new(),
                issuer: String::new(),
                not_before: 0,
                not_after: 0,
                names: Vec::new(),
                sha256,
            },
        }
    }

    pub fn is_self_signed(&self) -> bool {
        !self.subject.is_empty() && self.subject == self.issuer
    }

    /// RFC 6125 matching of `host` against the certificate's names: exact,
    /// case-insensitive, with a wildcard only as the whole left-most label.
    pub fn matches_host(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let host_ip = host.trim_matches(|c| c == '[' || c == ']').parse::<IpAddr>().ok();
        self.names.iter().any(|name| {
            let name = name.to_ascii_lowercase();
            if let Some(ip) = host_ip {
                return name.parse::<IpAddr>().ok() == Some(ip);
            }
            if name == host {
                return true;
            }
            match (name.strip_prefix("*."), host.split_once('.')) {
                (Some(suffix), Some((_, host_suffix))) => suffix.contains('.') && suffix == host_suffix,
                _ => false,
            }
        })
    }
}

fn certificate_names(cert: &X509Certificate<'_>) -> Vec<String> {
    let mut names = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                // A NUL (or any control) inside a name never matches a host.
                GeneralName::DNSName(dns) if dns.bytes().all(|b| b.is_ascii_graphic()) => {
                    names.push((*dns).to_owned());
                }
                GeneralName::IPAddress(bytes) => {
                    if let Ok(v4) = <[u8; 4]>::try_from(*bytes) {
                        names.push(IpAddr::from(v4).to_string());
                    } else if let Ok(v6) = <[u8; 16]>::try_from(*bytes) {
                        names.push(IpAddr::from(v6).to_string());
                    }
                }
                _ => {}
            }
        }
    }
    if names.is_empty() {
        // Legacy certificates name their host only in the subject CN.
        for cn in cert.subject().iter_common_name() {
            if let Ok(text) = cn.as_str()
                && text.bytes().all(|b| b.is_ascii_graphic())
            {
                names.push(text.to_owned());
            }
        }
    }
    names
}

/// Why a certificate was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateReason {
    Expired,
    NotYetValid,
    WrongHost,
    SelfSigned,
    UntrustedIssuer,
    /// The TLS library's own words, when none of the above fits.
    Other(String),
}

impl CertificateReason {
    /// The `$reason` selector of the `error-certificate…` messages:
    /// `expired`, `not-yet-valid`, `wrong-host`, `self-signed`,
    /// `untrusted-issuer` or `other` (then [`detail`](Self::detail) says why).
    pub fn key(&self) -> &'static str {
        match self {
            CertificateReason::Expired => "expired",
            CertificateReason::NotYetValid => "not-yet-valid",
            CertificateReason::WrongHost => "wrong-host",
            CertificateReason::SelfSigned => "self-signed",
            CertificateReason::UntrustedIssuer => "untrusted-issuer",
            CertificateReason::Other(_) => "other",
        }
    }

    /// The TLS library's words for [`Other`](Self::Other), else "".
    pub fn detail(&self) -> &str {
        match self {
            CertificateReason::Other(text) => text,
            _ => "",
        }
    }
}

/// The reason as a clause that follows "because", in the user's language.
impl fmt::Display for CertificateReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!(
            "error-certificate-reason",
            reason = self.key(),
            detail = self.detail()
        ))
    }
}

/// A refused certificate, with everything needed to explain it or pin it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateProblem {
    pub host: String,
    pub reason: CertificateReason,
    pub certificate: CertificateInfo,
}

/// Explains a verification failure. The TLS library's message is looked at
/// first (it knows the chain); the certificate itself is the fallback.
pub fn diagnose(host: &str, certificate: CertificateInfo, library_error: &str, now: i64) -> CertificateProblem {
    let lower = library_error.to_ascii_lowercase();
    let said = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let reason = if said(&["certificate has expired"]) {
        CertificateReason::Expired
    } else if said(&["not yet valid"]) {
        CertificateReason::NotYetValid
    } else if said(&["self-signed", "self signed"]) {
        CertificateReason::SelfSigned
    } else if said(&["hostname mismatch", "ip address mismatch"]) {
        CertificateReason::WrongHost
    } else if said(&[
        "local issuer",
        "issuer certificate",
        "untrusted",
        "unable to verify",
        // Signed by a certificate that is no CA (CA:FALSE), or by another
        // key than the trusted authority of that name.
        "invalid ca certificate",
        "certificate signature failure",
    ]) {
        CertificateReason::UntrustedIssuer
    } else if certificate.not_after < now {
        CertificateReason::Expired
    } else if certificate.not_before > now {
        CertificateReason::NotYetValid
    } else if !certificate.matches_host(host) {
        CertificateReason::WrongHost
    } else if certificate.is_self_signed() {
        CertificateReason::SelfSigned
    } else {
        CertificateReason::Other(super::parse::sanitize(library_error.as_bytes()))
    };
    CertificateProblem {
        host: host.to_owned(),
        reason,
        certificate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_parsing() {
        let hex = "AB".repeat(32);
        let colons = vec!["ab"; 32].join(":");
        let a: Fingerprint = hex.parse().unwrap();
        let b: Fingerprint = colons.parse().unwrap();
        assert_eq!(a, b);
        assert_eq!(a.to_hex(), "ab".repeat(32));
        assert_eq!(a.to_string(), vec!["AB"; 32].join(":"));
        assert!("abc".parse::<Fingerprint>().is_err());
        assert!("zz".repeat(32).parse::<Fingerprint>().is_err());
    }

    fn info(names: &[&str]) -> CertificateInfo {
        CertificateInfo {
            subject: "CN=x".into(),
            issuer: "CN=y".into(),
            not_before: 0,
            not_after: i64::MAX,
            names: names.iter().map(|s| s.to_string()).collect(),
            sha256: Fingerprint([0; 32]),
        }
    }

    #[test]
    fn host_matching() {
        let c = info(&["pop.example.com", "*.mail.example.com", "127.0.0.1"]);
        assert!(c.matches_host("pop.example.com"));
        assert!(c.matches_host("POP.Example.COM."));
        assert!(c.matches_host("a.mail.example.com"));
        assert!(!c.matches_host("a.b.mail.example.com"));
        assert!(!c.matches_host("mail.example.com"));
        assert!(!c.matches_host("evil.com"));
        assert!(c.matches_host("127.0.0.1"));
        assert!(!c.matches_host("127.0.0.2"));
        assert!(!info(&["*.com"]).matches_host("example.com"));
    }
}
