//! Test certificates, generated fresh for each run (never downloaded,
//! never committed): a private CA, server certificates it signs, and
//! self-signed, expired and wrong-host variants.

use postie::pop3::Fingerprint;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose, date_time_ymd,
};

/// A server certificate with its private key, in the forms the tests need.
pub struct ServerCert {
    pub cert_pem: String,
    pub key_pem: String,
    pub der: Vec<u8>,
}

impl ServerCert {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of_der(&self.der)
    }

    /// A native-tls identity for a test server.
    pub fn identity(&self) -> native_tls::Identity {
        native_tls::Identity::from_pkcs8(self.cert_pem.as_bytes(), self.key_pem.as_bytes()).expect("test identity")
    }
}

/// A private certificate authority that tests add as an extra trust root.
pub struct TestCa {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl TestCa {
    pub fn new() -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.distinguished_name.push(DnType::CommonName, "Postie Test CA");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate().expect("CA key");
        TestCa {
            issuer: CertifiedIssuer::self_signed(params, key).expect("CA certificate"),
        }
    }

    pub fn der(&self) -> Vec<u8> {
        self.issuer.der().to_vec()
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
        let key = KeyPair::generate().expect("server key");
        let cert = params.signed_by(&key, &self.issuer).expect("signed certificate");
        ServerCert {
            cert_pem: cert.pem(),
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
