//! `postie account add | list | remove | edit`.

use std::io::Read as _;
use std::path::Path;

use serde_json::json;

use super::output::{Align, table};
use super::{AccountArgs, AccountCommand, CliError, no_account, open_store};
use crate::account::{AccountSettings, PasswordSource, ServerPolicy, SizeLimit};
use crate::pop3::{AuthMethod, Secret, Security};
use crate::secrets;

pub fn run(data_dir: &Path, command: AccountCommand) -> Result<i32, CliError> {
    match command {
        AccountCommand::Add(args) => add(data_dir, args),
        AccountCommand::List { json } => list(data_dir, json),
        AccountCommand::Remove { name, delete_mail } => remove(data_dir, &name, delete_mail),
        AccountCommand::Edit(args) => edit(data_dir, args),
    }
}

fn add(data_dir: &Path, args: AccountArgs) -> Result<i32, CliError> {
    let Some(host) = args.host.clone() else {
        return Err(CliError(crate::t!("cli-account-add-needs-host")));
    };
    let Some(user) = args.user.clone() else {
        return Err(CliError(crate::t!("cli-account-add-needs-user")));
    };
    let security = args.security.unwrap_or_default();
    let password = match (&args.password_command, args.password_stdin) {
        (Some(command), _) => PasswordSource::Command(command.clone()),
        (None, true) => PasswordSource::Keyring,
        (None, false) => {
            return Err(CliError(crate::t!("cli-account-add-needs-password")));
        }
    };
    let settings = AccountSettings {
        name: args.name.clone(),
        host,
        port: args.port.unwrap_or(security.default_port()),
        security,
        username: user,
        auth: args.auth.unwrap_or(AuthMethod::Auto),
        password,
        policy: policy_from(&args).unwrap_or_default(),
        pinned_certificate: args.trust_cert,
        size_limit: args.max_size.map(|max_bytes| SizeLimit {
            max_bytes,
            over: args.over_size.unwrap_or_default(),
        }),
    };
    settings.validate().map_err(CliError)?;
    warn_about(&settings);
    let mut store = open_store(data_dir)?;
    if store.account_by_name(&settings.name)?.is_some() {
        return Err(CliError(crate::t!("cli-account-exists", name = settings.name.as_str())));
    }
    let keyring_key = secrets::new_keyring_key();
    // The secret goes to the keyring first: if there is no keyring the
    // account is not created, and nothing is ever written in plain text.
    if args.password_stdin {
        secrets::keyring_set(&keyring_key, &read_password()?)?;
    }
    match store.add_account(&settings, &keyring_key) {
        Ok(_) => Ok(0),
        Err(e) => {
            if args.password_stdin {
                let _ = secrets::keyring_delete(&keyring_key);
            }
            Err(e.into())
        }
    }
}

fn edit(data_dir: &Path, args: AccountArgs) -> Result<i32, CliError> {
    let mut store = open_store(data_dir)?;
    let Some(mut account) = store.account_by_name(&args.name)? else {
        return Err(no_account(&args.name));
    };
    let settings = &mut account.settings;
    let old_host = settings.host.clone();
    if let Some(host) = &args.host {
        settings.host.clone_from(host);
    }
    if let Some(security) = args.security {
        // A new security mode brings its usual port unless one is given.
        if security != settings.security && args.port.is_none() && settings.port == settings.security.default_port() {
            settings.port = security.default_port();
        }
        settings.security = security;
    }
    if let Some(port) = args.port {
        settings.port = port;
    }
    if let Some(user) = &args.user {
        settings.username.clone_from(user);
    }
    if let Some(auth) = args.auth {
        settings.auth = auth;
    }
    if let Some(policy) = policy_from(&args) {
        settings.policy = policy;
    }
    if let Some(pin) = args.trust_cert {
        settings.pinned_certificate = Some(pin);
    } else if settings.host != old_host {
        // A pin is for one server only.
        settings.pinned_certificate = None;
    }
    if let Some(max_bytes) = args.max_size {
        settings.size_limit = Some(SizeLimit {
            max_bytes,
            over: args.over_size.unwrap_or_default(),
        });
    }
    if let Some(command) = &args.password_command {
        settings.password = PasswordSource::Command(command.clone());
    }
    if args.password_stdin {
        secrets::keyring_set(&account.keyring_key, &read_password()?)?;
        account.settings.password = PasswordSource::Keyring;
    }
    warn_about(&account.settings);
    store.update_account(&account)?;
    Ok(0)
}

fn list(data_dir: &Path, json: bool) -> Result<i32, CliError> {
    let store = open_store(data_dir)?;
    let accounts = store.accounts()?;
    if json {
        let items: Vec<_> = accounts
            .iter()
            .map(|a| {
                let s = &a.settings;
                json!({
                    "name": s.name,
                    "host": s.host,
                    "port": s.port,
                    "security": s.security.as_str(),
                    "user": s.username,
                    "auth": s.auth.as_str(),
                    "password": match &s.password {
                        PasswordSource::Keyring => "keyring",
                        PasswordSource::Command(_) => "command",
                    },
                    "policy": s.policy.kind(),
                    "delete_after_days": s.policy.days(),
                    "trusted_certificate": s.pinned_certificate.map(|f| f.to_hex()),
                    "max_size": s.size_limit.map(|l| l.max_bytes),
                    "over_size": s.size_limit.map(|l| l.over.as_str()),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&items)?);
        return Ok(0);
    }
    if accounts.is_empty() {
        return Ok(0);
    }
    let headings = [
        (crate::t!("cli-account-list-name"), Align::Left),
        (crate::t!("cli-account-list-login"), Align::Left),
        (crate::t!("cli-account-list-security"), Align::Left),
        (crate::t!("cli-account-list-policy"), Align::Left),
    ];
    let rows: Vec<Vec<String>> = accounts
        .iter()
        .map(|account| {
            let s = &account.settings;
            vec![
                s.name.clone(),
                format!("{}@{}:{}", s.username, s.host, s.port),
                // tls, starttls or plain: what --security takes.
                s.security.to_string(),
                // In the user's language.
                s.policy.to_string(),
            ]
        })
        .collect();
    for line in table(&headings, &rows) {
        println!("{line}");
    }
    Ok(0)
}

fn remove(data_dir: &Path, name: &str, delete_mail: bool) -> Result<i32, CliError> {
    let mut store = open_store(data_dir)?;
    let Some(account) = store.account_by_name(name)? else {
        return Err(no_account(name));
    };
    store.remove_account(account.id, !delete_mail)?;
    if account.settings.password == PasswordSource::Keyring {
        // The account is gone either way; a keyring we cannot reach only
        // leaves a harmless orphan entry, which we say.
        if let Err(e) = secrets::keyring_delete(&account.keyring_key) {
            let error = e.to_string();
            eprintln!(
                "postie: {}",
                crate::t!("cli-account-removed-password-kept", error = error)
            );
        }
    }
    Ok(0)
}

fn policy_from(args: &AccountArgs) -> Option<ServerPolicy> {
    if args.keep {
        Some(ServerPolicy::Keep)
    } else if args.delete_after_download {
        Some(ServerPolicy::DeleteAfterDownload)
    } else if let Some(days) = args.delete_after_days {
        Some(ServerPolicy::DeleteAfterDays(days))
    } else if args.delete_when_trashed {
        Some(ServerPolicy::DeleteWhenTrashed)
    } else {
        None
    }
}

fn warn_about(settings: &AccountSettings) {
    if settings.security == Security::Plain {
        eprintln!("postie: {}", crate::t!("cli-plain-warning"));
    }
}

/// The first line of standard input.
fn read_password() -> Result<Secret, CliError> {
    let mut input = zeroize::Zeroizing::new(Vec::new());
    std::io::stdin().take(64 * 1024).read_to_end(&mut input)?;
    let text = String::from_utf8_lossy(&input);
    let line = text.lines().next().unwrap_or_default().trim_end_matches('\r');
    if line.is_empty() {
        return Err(CliError(crate::t!("cli-no-password-on-stdin")));
    }
    Ok(Secret::new(line))
}
