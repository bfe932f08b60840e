//! Test certificates, generated fresh for each run (never downloaded,
//! never committed): a private CA, server certificates it signs, and
//! self-signed, expired, wrong-host, NUL-in-name and intermediate-CA
//! variants.

use postie::pop3::Fingerprint;
use rcgen::string::Ia5String;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose, SanType,
    date_time_ymd,
};

/// A server certificate with its private key, in the forms the tests need.
pub struct ServerCert {
    /// The certificate, followed by the intermediates a server sends with it.
    pub cert_pem: String,
    pub key_pem: String,
    pub der: Vec<u8>,
}

impl ServerCert {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of_der(&self.der)
    }

    /// A native-tls identity for a test server (with its intermediates).
    pub fn identity(&self) -> native_tls::Identity {
        native_tls::Identity::from_pkcs8(self.cert_pem.as_bytes(), self.key_pem.as_bytes()).expect("test identity")
    }

    /// The same certificate without its intermediates, as a misconfigured
    /// server sends it.
    pub fn without_chain(&self) -> ServerCert {
        const END: &str = "-----END CERTIFICATE-----";
        let end = self.cert_pem.find(END).expect("a PEM certificate") + END.len();
        ServerCert {
            cert_pem: format!("{}\n", &self.cert_pem[..end]),
            key_pem: self.key_pem.clone(),
            der: self.der.clone(),
        }
    }

    /// How many certificates `cert_pem` holds (1 + intermediates).
    pub fn chain_len(&self) -> usize {
        self.cert_pem.matches("-----BEGIN CERTIFICATE-----").count()
    }
}

/// A private certificate authority that tests add as an extra trust root,
/// or an intermediate below one (see [`TestCa::intermediate`]).
pub struct TestCa {
    issuer: CertifiedIssuer<'static, KeyPair>,
    /// PEM of the intermediates between this issuer and the root, this one
    /// first; empty for a root. Sent by servers after their certificate.
    chain_pem: String,
}

impl TestCa {
    pub fn new() -> TestCa {
        TestCa::named("Postie Test CA")
    }

    /// A root CA with this common name. Two CAs of the same name have
    /// different keys: one can impersonate the other's name, never sign for it.
    pub fn named(common_name: &str) -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.distinguished_name.push(DnType::CommonName, common_name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate().expect("CA key");
        TestCa {
            issuer: CertifiedIssuer::self_signed(params, key).expect("CA certificate"),
            chain_pem: String::new(),
        }
    }

    pub fn der(&self) -> Vec<u8> {
        self.issuer.der().to_vec()
    }

    /// An intermediate signed by this CA. With `is_ca` false its certificate
    /// says `basicConstraints CA:FALSE` (and has no key usage at all): an
    /// ordinary certificate pretending to be an authority. Certificates it
    /// issues carry it in their `cert_pem`, so servers send it as the chain.
    pub fn intermediate(&self, is_ca: bool) -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("intermediate params");
        if is_ca {
            params
                .distinguished_name
                .push(DnType::CommonName, "Postie Test Intermediate CA");
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        } else {
            params
                .distinguished_name
                .push(DnType::CommonName, "Postie Test Not A CA");
            params.is_ca = IsCa::ExplicitNoCa;
        }
        let key = KeyPair::generate().expect("intermediate key");
        let issuer = CertifiedIssuer::signed_by(params, key, &self.issuer).expect("intermediate certificate");
        let chain_pem = format!("{}{}", issuer.pem(), self.chain_pem);
        TestCa { issuer, chain_pem }
    }

    /// A certificate whose subject alternative names (DNS) are exactly
    /// `san` and whose subject CN is `common_name`, byte for byte: a NUL
    /// stays a NUL (rcgen encodes it as is in the IA5String and UTF8String).
    pub fn issue_named(&self, san: &[&str], common_name: &str) -> ServerCert {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("server params");
        params.subject_alt_names = san
            .iter()
            .map(|name| SanType::DnsName(Ia5String::try_from(*name).expect("an ASCII name")))
            .collect();
        params.distinguished_name.push(DnType::CommonName, common_name);
        self.sign(params)
    }

    /// A certificate for `names`, valid now.
    pub fn issue(&self, names: &[&str]) -> ServerCert {
        self.issue_with(names, date_time_ymd(2020, 1, 1), date_time_ymd(2090, 1, 1))
    }

    /// A certificate that expired in 2021.
    pub fn issue_expired(&self, names: &[&str]) -> ServerCert {
        self.issue_with(names, date_time_ymd(2020, 1, 1), date_time_ymd(2021, 1, 1))
    }

    fn issue_with(
        &self,
        names: &[&str],
        not_before: time::OffsetDateTime,
        not_after: time::OffsetDateTime,
    ) -> ServerCert {
        let mut params = server_params(names);
        params.not_before = not_before;
        params.not_after = not_after;
        self.sign(params)
    }

    fn sign(&self, params: CertificateParams) -> ServerCert {
        let key = KeyPair::generate().expect("server key");
        let cert = params.signed_by(&key, &self.issuer).expect("signed certificate");
        ServerCert {
            cert_pem: format!("{}{}", cert.pem(), self.chain_pem),
            key_pem: key.serialize_pem(),
            der: cert.der().to_vec(),
        }
    }
}

/// A self-signed certificate for `names`.
pub fn self_signed(names: &[&str]) -> ServerCert {
    let params = server_params(names);
    let key = KeyPair::generate().expect("server key");
    let cert = params.self_signed(&key).expect("self-signed certificate");
    ServerCert {
        cert_pem: cert.pem(),
        key_pem: key.serialize_pem(),
        der: cert.der().to_vec(),
    }
}

fn server_params(names: &[&str]) -> CertificateParams {
    let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    let mut params = CertificateParams::new(names.clone()).expect("server params");
    params
        .distinguished_name
        .push(DnType::CommonName, names.first().cloned().unwrap_or_default());
    params
}
