//! Sample mail for a first look at Postie, served by a POP3 server of ours
//! on 127.0.0.1: "Try with sample mail" and `postie demo` need no network
//! and no account of the user's.

pub mod server;

use std::path::Path;

use thiserror::Error;

use crate::account::{Account, AccountSettings, PasswordSource, ServerPolicy};
use crate::pop3::{AuthMethod, Security};
use crate::store::{AccountProfile, Store, StoreError};
use server::{Pop3Server, ServerOptions, StoredMessage};

/// The sample messages (assets/demo/, written for Postie), by name.
const SAMPLES: &[(&str, &[u8])] = &[
    ("01-welcome", include_bytes!("../../assets/demo/01-welcome.eml")),
    (
        "02-praesentation-frage",
        include_bytes!("../../assets/demo/02-praesentation-frage.eml"),
    ),
    (
        "03-newsletter-tracking-pixel",
        include_bytes!("../../assets/demo/03-newsletter-tracking-pixel.eml"),
    ),
    (
        "04-re-praesentation-pdf",
        include_bytes!("../../assets/demo/04-re-praesentation-pdf.eml"),
    ),
    (
        "05-recette-html",
        include_bytes!("../../assets/demo/05-recette-html.eml"),
    ),
    ("06-gastos-csv", include_bytes!("../../assets/demo/06-gastos-csv.eml")),
    ("07-palette-png", include_bytes!("../../assets/demo/07-palette-png.eml")),
    (
        "08-phishing-awareness-html-only",
        include_bytes!("../../assets/demo/08-phishing-awareness-html-only.eml"),
    ),
    ("09-convite-ics", include_bytes!("../../assets/demo/09-convite-ics.eml")),
    ("10-long-letter", include_bytes!("../../assets/demo/10-long-letter.eml")),
    (
        "11-reserva-hotel",
        include_bytes!("../../assets/demo/11-reserva-hotel.eml"),
    ),
    (
        "12-anotacoes-txt",
        include_bytes!("../../assets/demo/12-anotacoes-txt.eml"),
    ),
    (
        "13-pranzo-breve",
        include_bytes!("../../assets/demo/13-pranzo-breve.eml"),
    ),
];

/// The sample-mail account's name, in the user's language. Given when the
/// account is first made; it is then an account name like any other.
pub fn demo_account_name() -> String {
    crate::t!("demo-account-name")
}
const DEMO_USER: &str = "demo";
/// Not a secret: the sample server accepts it and serves sample mail only.
const DEMO_PASSWORD: &str = "demo";

#[derive(Debug, Error)]
pub enum DemoError {
    Server(#[from] std::io::Error),
    Store(#[from] StoreError),
}

impl std::fmt::Display for DemoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DemoError::Server(error) => f.write_str(&crate::t!("demo-error-server", detail = error.to_string())),
            DemoError::Store(error) => error.fmt(f),
        }
    }
}

/// The sample messages as the demo server serves them.
pub fn sample_messages() -> Vec<StoredMessage> {
    SAMPLES
        .iter()
        .map(|(name, bytes)| StoredMessage {
            uidl: format!("sample-{name}"),
            bytes: bytes.to_vec(),
        })
        .collect()
}

/// Starts the sample server and points the sample-mail account at it
/// (creating the account the first time). The server runs as long as the
/// returned value lives; its port changes from run to run.
pub async fn start(data_dir: &Path) -> Result<(Pop3Server, Account), DemoError> {
    let options = ServerOptions {
        user: DEMO_USER.into(),
        password: DEMO_PASSWORD.into(),
        ..ServerOptions::default()
    };
    let server = Pop3Server::start(options, sample_messages()).await?;
    let port = server.port();
    let data_dir = data_dir.to_path_buf();
    let account = tokio::task::spawn_blocking(move || -> Result<Account, DemoError> {
        let mut store = Store::open(&data_dir)?;
        point_demo_account(&mut store, port)
    })
    .await
    .map_err(|e| DemoError::Server(std::io::Error::other(e.to_string())))??;
    Ok((server, account))
}

fn point_demo_account(store: &mut Store, port: u16) -> Result<Account, DemoError> {
    let settings = AccountSettings {
        name: demo_account_name(),
        host: "127.0.0.1".into(),
        port,
        // Loopback only: the sample server never leaves this computer.
        security: Security::Plain,
        username: DEMO_USER.into(),
        auth: AuthMethod::User,
        password: PasswordSource::Command(format!("printf {DEMO_PASSWORD}")),
        policy: ServerPolicy::Keep,
        pinned_certificate: None,
        size_limit: None,
    };
    if let Some(id) = store.demo_account()?
        && let Some(mut account) = store.account(id)?
    {
        account.settings.port = port;
        store.update_account(&account)?;
        return Ok(account);
    }
    let account = store.add_account(&settings, "sample-mail-no-keyring")?;
    store.set_account_profile(
        account.id,
        &AccountProfile {
            display_name: "Sam Demo".into(),
            email: "sam@example.org".into(),
            demo: true,
            // Sample mail "arriving" is not news worth a notification.
            notify_new_mail: false,
            ..AccountProfile::default()
        },
    )?;
    Ok(account)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_a_readable_message() {
        let samples = sample_messages();
        assert!(samples.len() >= 12);
        for sample in &samples {
            let summary = crate::mail::summarize(&sample.bytes);
            assert!(summary.parsed, "{}", sample.uidl);
            assert!(!summary.subject.is_empty(), "{}", sample.uidl);
            assert!(
                !sample.bytes.windows(2).any(|w| w[1] == b'\n' && w[0] != b'\r'),
                "{} has a bare LF",
                sample.uidl
            );
        }
    }
}
