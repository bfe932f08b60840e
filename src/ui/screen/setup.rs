//! Adding or editing an account: the form (pre-filled from the provider
//! table), "Test connection", the certificate dialog, and saving (the
//! password goes to the keyring, never to the database).

use std::time::Duration;

use iced::widget::{
    Space, button, center, checkbox, column, container, opaque, pick_list, row, scrollable, stack, text, text_input,
};
use iced::{Alignment, Element, Length, Task};
use zeroize::Zeroizing;

use crate::account::{Account, AccountSettings, PasswordSource, ServerPolicy};
use crate::pop3::{
    AuthMethod, CertificateProblem, Connection, Credentials, Encryption, Fingerprint, Retention, Secret, Security,
    ServerConfig, Timeouts,
};
use crate::presets::{self, Preset};
use crate::store::{AccountId, AccountProfile};
use crate::t;
use crate::ui::choice::{choice, unavailable_choice};
use crate::ui::data::StoreClient;
use crate::ui::format;
use crate::ui::icons::{Icon, icon};
use crate::ui::style::{self, size, space};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyKind {
    Keep,
    DeleteAfterDownload,
    DeleteAfterDays,
    DeleteWhenTrashed,
}

impl PolicyKind {
    fn of(policy: ServerPolicy) -> PolicyKind {
        match policy {
            ServerPolicy::Keep => PolicyKind::Keep,
            ServerPolicy::DeleteAfterDownload => PolicyKind::DeleteAfterDownload,
            ServerPolicy::DeleteAfterDays(_) => PolicyKind::DeleteAfterDays,
            ServerPolicy::DeleteWhenTrashed => PolicyKind::DeleteWhenTrashed,
        }
    }
}

/// A login method as the form lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthChoice(pub AuthMethod);

impl std::fmt::Display for AuthChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The protocol names are the same in every language.
        let name = match self.0 {
            AuthMethod::Auto => return f.write_str(&t!("setup-auth-auto")),
            AuthMethod::XOAuth2 => return f.write_str(&t!("setup-auth-access-token", method = "XOAUTH2")),
            AuthMethod::OAuthBearer => return f.write_str(&t!("setup-auth-access-token", method = "OAUTHBEARER")),
            AuthMethod::ScramSha256 => "SCRAM-SHA-256",
            AuthMethod::ScramSha1 => "SCRAM-SHA-1",
            AuthMethod::CramMd5 => "CRAM-MD5",
            AuthMethod::Plain => "PLAIN",
            AuthMethod::Login => "LOGIN",
            AuthMethod::User => "USER/PASS",
            AuthMethod::Apop => "APOP",
        };
        f.write_str(name)
    }
}

const AUTH_CHOICES: [AuthChoice; 10] = [
    AuthChoice(AuthMethod::Auto),
    AuthChoice(AuthMethod::ScramSha256),
    AuthChoice(AuthMethod::ScramSha1),
    AuthChoice(AuthMethod::CramMd5),
    AuthChoice(AuthMethod::Plain),
    AuthChoice(AuthMethod::Login),
    AuthChoice(AuthMethod::User),
    AuthChoice(AuthMethod::Apop),
    AuthChoice(AuthMethod::XOAuth2),
    AuthChoice(AuthMethod::OAuthBearer),
];

/// What "Test connection" found; put into words when shown, so in the
/// language of the moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestReport {
    pub encryption: TestEncryption,
    pub login: AuthMethod,
    pub tracks_downloads: bool,
    pub messages: u32,
    pub size: u64,
    /// How long the server keeps mail (its EXPIRE), when it says.
    pub retention: Option<Retention>,
}

/// How the tested connection was protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestEncryption {
    None,
    Tls { via_starttls: bool, pinned: bool },
}

impl TestEncryption {
    fn describe(self) -> String {
        match self {
            TestEncryption::None => t!("setup-test-encryption-none"),
            TestEncryption::Tls { via_starttls, pinned } => {
                let method = if via_starttls { "STARTTLS" } else { "SSL/TLS" };
                if pinned {
                    t!("setup-test-encryption-pinned", method = method)
                } else {
                    t!("setup-test-encryption-verified", method = method)
                }
            }
        }
    }
}

/// The server's EXPIRE policy in words.
fn describe_retention(retention: Retention) -> String {
    match retention {
        Retention::Never => t!("setup-test-retention-forever"),
        Retention::Days(0) => t!("setup-test-retention-none"),
        Retention::Days(days) => {
            let days: i64 = days.into();
            t!("setup-test-retention-days", days = days)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestFailure {
    pub message: String,
    pub certificate: Option<CertificateProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TestState {
    Idle,
    Running,
    Passed(TestReport),
    Failed(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    DisplayName(String),
    Email(String),
    Host(String),
    Port(String),
    Security(Security),
    Username(String),
    Password(String),
    UsePasswordCommand(bool),
    PasswordCommand(String),
    Auth(AuthChoice),
    Policy(PolicyKind),
    Days(String),
    TestConnection,
    Tested(Result<TestReport, TestFailure>),
    TrustCertificate,
    DismissCertificate,
    Save,
    Saved(Result<AccountId, String>),
    Cancel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Saved(AccountId),
    Cancelled,
}

pub struct Setup {
    editing: Option<Account>,
    display_name: String,
    email: String,
    host: String,
    port: String,
    security: Security,
    username: String,
    username_edited: bool,
    server_edited: bool,
    password: Zeroizing<String>,
    use_password_command: bool,
    password_command: String,
    auth: AuthMethod,
    policy: PolicyKind,
    days: String,
    pinned: Option<Fingerprint>,
    preset: Option<&'static Preset>,
    test: TestState,
    /// The last test found the server announcing `EXPIRE 0`: it deletes
    /// what is downloaded, so the options that keep mail there cannot be.
    server_keeps_nothing: bool,
    certificate: Option<CertificateProblem>,
    saving: bool,
    error: Option<String>,
}

impl Setup {
    /// An empty form for a new account.
    pub fn new() -> Setup {
        Setup {
            editing: None,
            display_name: String::new(),
            email: String::new(),
            host: String::new(),
            port: Security::Tls.default_port().to_string(),
            security: Security::Tls,
            username: String::new(),
            username_edited: false,
            server_edited: false,
            password: Zeroizing::new(String::new()),
            use_password_command: false,
            password_command: String::new(),
            auth: AuthMethod::Auto,
            policy: PolicyKind::Keep,
            days: "14".into(),
            pinned: None,
            preset: None,
            test: TestState::Idle,
            server_keeps_nothing: false,
            certificate: None,
            saving: false,
            error: None,
        }
    }

    /// The form for an existing account (the password stays where it is
    /// unless a new one is typed).
    pub fn edit(account: Account, profile: AccountProfile) -> Setup {
        let settings = &account.settings;
        let (use_command, command) = match &settings.password {
            PasswordSource::Keyring => (false, String::new()),
            PasswordSource::Command(command) => (true, command.clone()),
        };
        Setup {
            display_name: profile.display_name,
            email: profile.email,
            host: settings.host.clone(),
            port: settings.port.to_string(),
            security: settings.security,
            username: settings.username.clone(),
            username_edited: true,
            server_edited: true,
            use_password_command: use_command,
            password_command: command,
            auth: settings.auth,
            policy: PolicyKind::of(settings.policy),
            days: settings.policy.days().unwrap_or(14).to_string(),
            pinned: settings.pinned_certificate,
            editing: Some(account),
            ..Setup::new()
        }
    }

    pub fn is_editing(&self) -> bool {
        self.editing.is_some()
    }

    pub fn update(&mut self, message: Message, client: &StoreClient) -> (Task<Message>, Option<Event>) {
        match message {
            Message::DisplayName(value) => self.display_name = value,
            Message::Email(value) => {
                self.email = value;
                self.apply_preset();
            }
            Message::Host(value) => {
                self.set_host(value.trim().to_owned());
                self.server_edited = true;
            }
            Message::Port(value) => {
                self.port = value.chars().filter(char::is_ascii_digit).take(5).collect();
                self.server_edited = true;
                self.server_keeps_nothing = false;
            }
            Message::Security(security) => {
                if self.port.parse::<u16>().ok() == Some(self.security.default_port()) || self.port.is_empty() {
                    self.port = security.default_port().to_string();
                }
                self.security = security;
                self.server_edited = true;
            }
            Message::Username(value) => {
                self.username = value;
                self.username_edited = true;
            }
            Message::Password(value) => *self.password = value,
            Message::UsePasswordCommand(value) => self.use_password_command = value,
            Message::PasswordCommand(value) => self.password_command = value,
            Message::Auth(choice) => self.auth = choice.0,
            Message::Policy(kind) => {
                if !self.server_keeps_nothing || kind == PolicyKind::DeleteAfterDownload {
                    self.policy = kind;
                }
            }
            Message::Days(value) => self.days = value.chars().filter(char::is_ascii_digit).take(4).collect(),
            Message::TestConnection => return (self.test_connection(), None),
            Message::Tested(Ok(report)) => {
                // Case 15: "leave on server" is turned off where the
                // server leaves nothing (RFC 2449 §6.7).
                self.server_keeps_nothing = report.retention == Some(Retention::Days(0));
                if self.server_keeps_nothing {
                    self.policy = PolicyKind::DeleteAfterDownload;
                }
                self.test = TestState::Passed(report);
            }
            Message::Tested(Err(failure)) => {
                self.test = TestState::Failed(failure.message);
                self.certificate = failure.certificate.filter(|problem| problem.host == self.host);
            }
            Message::TrustCertificate => {
                // Only for the server the form names now: a test started
                // before the host was changed may answer after.
                if let Some(problem) = self.certificate.take()
                    && problem.host == self.host
                {
                    self.pinned = Some(problem.certificate.sha256);
                    return (self.test_connection(), None);
                }
            }
            Message::DismissCertificate => self.certificate = None,
            Message::Save => return (self.save(client), None),
            Message::Saved(Ok(id)) => {
                self.saving = false;
                return (Task::none(), Some(Event::Saved(id)));
            }
            Message::Saved(Err(error)) => {
                self.saving = false;
                self.error = Some(error);
            }
            Message::Cancel => return (Task::none(), Some(Event::Cancelled)),
        }
        (Task::none(), None)
    }

    /// Fills the server settings from the provider table, unless the user
    /// typed their own.
    fn apply_preset(&mut self) {
        self.preset = presets::for_address(&self.email);
        if let Some(preset) = self.preset
            && !self.server_edited
        {
            self.set_host(preset.host.to_owned());
            self.port = preset.port.to_string();
            self.security = preset.security;
            self.auth = preset.auth;
        }
        if !self.username_edited {
            self.username = match self.preset {
                Some(preset) => presets::username_for(preset, &self.email),
                None => self.email.trim().to_owned(),
            };
        }
    }

    /// A pin (and a certificate waiting to be trusted) is for one server
    /// only: another host name drops it.
    fn set_host(&mut self, host: String) {
        if host != self.host {
            self.pinned = None;
            self.certificate = None;
            self.server_keeps_nothing = false;
        }
        self.host = host;
    }

    /// The settings the form describes, or why they are not valid.
    fn settings(&self) -> Result<AccountSettings, String> {
        let port: u16 = self.port.parse().map_err(|_| t!("setup-error-port"))?;
        let policy = match self.policy {
            PolicyKind::Keep => ServerPolicy::Keep,
            PolicyKind::DeleteAfterDownload => ServerPolicy::DeleteAfterDownload,
            PolicyKind::DeleteWhenTrashed => ServerPolicy::DeleteWhenTrashed,
            PolicyKind::DeleteAfterDays => ServerPolicy::DeleteAfterDays(
                self.days
                    .parse()
                    .ok()
                    .filter(|d| *d > 0)
                    .ok_or_else(|| t!("setup-error-days"))?,
            ),
        };
        let name = match (self.email.trim(), self.editing.as_ref()) {
            (_, Some(account)) => account.settings.name.clone(),
            ("", None) => self.username.trim().to_owned(),
            (email, None) => email.to_owned(),
        };
        let settings = AccountSettings {
            name,
            host: self.host.trim().to_owned(),
            port,
            security: self.security,
            username: self.username.clone(),
            auth: self.auth,
            password: if self.use_password_command {
                PasswordSource::Command(self.password_command.clone())
            } else {
                PasswordSource::Keyring
            },
            policy,
            pinned_certificate: self.pinned,
            size_limit: self.editing.as_ref().and_then(|a| a.settings.size_limit),
        };
        settings.validate()?;
        Ok(settings)
    }

    fn profile(&self) -> AccountProfile {
        AccountProfile {
            display_name: self.display_name.trim().to_owned(),
            email: self.email.trim().to_owned(),
            ..AccountProfile::default()
        }
    }

    fn test_connection(&mut self) -> Task<Message> {
        let settings = match self.settings() {
            Ok(settings) => settings,
            Err(error) => {
                self.test = TestState::Failed(error);
                return Task::none();
            }
        };
        self.test = TestState::Running;
        self.error = None;
        let typed = Secret::new(self.password.as_str());
        let keep_stored = self.editing.clone().filter(|_| typed.is_empty());
        Task::perform(test(settings, typed, keep_stored), Message::Tested)
    }

    fn save(&mut self, client: &StoreClient) -> Task<Message> {
        let settings = match self.settings() {
            Ok(settings) => settings,
            Err(error) => {
                self.error = Some(error);
                return Task::none();
            }
        };
        if self.editing.is_none() && !self.use_password_command && self.password.is_empty() {
            self.error = Some(t!("setup-error-password-missing"));
            return Task::none();
        }
        self.saving = true;
        self.error = None;
        let password = (!self.password.is_empty()).then(|| Secret::new(self.password.as_str()));
        let editing = self.editing.clone();
        let profile = self.profile();
        let client = client.clone();
        Task::perform(save(client, settings, profile, password, editing), Message::Saved)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let field = |label: String, id: &'static str, value: &str, on_input: fn(String) -> Message| {
            column![
                text(label).size(size::SMALL).style(style::muted),
                text_input("", value)
                    .id(id)
                    .on_input(on_input)
                    .padding(space::S)
                    .style(style::input),
            ]
            .spacing(space::XS)
        };
        let heading = if self.is_editing() {
            t!("setup-title-edit")
        } else {
            t!("setup-title-add")
        };
        let mut form = column![
            text(heading).size(size::TITLE).font(style::STRONG_FONT),
            row![
                field(
                    t!("setup-your-name"),
                    "setup-name",
                    &self.display_name,
                    Message::DisplayName
                )
                .width(Length::FillPortion(1)),
                field(t!("setup-email-address"), "setup-email", &self.email, Message::Email)
                    .width(Length::FillPortion(1)),
            ]
            .spacing(space::L),
        ]
        .spacing(space::L);
        if let Some(preset) = self.preset {
            let filled = t!("setup-preset-filled", provider = preset.display_name());
            let mut hint = column![text(filled).size(size::SMALL)];
            if let Some(note) = preset.note() {
                hint = hint.push(text(note).size(size::SMALL).style(style::muted));
            }
            form = form.push(hint.spacing(space::XS));
        }
        form = form.push(
            text(t!("setup-incoming-heading"))
                .size(size::LEAD)
                .font(style::STRONG_FONT),
        );
        form = form.push(
            row![
                field(t!("setup-server"), "setup-host", &self.host, Message::Host).width(Length::FillPortion(3)),
                field(t!("setup-port"), "setup-port", &self.port, Message::Port).width(Length::FillPortion(1)),
            ]
            .spacing(space::L),
        );
        form = form.push(
            column![
                text(t!("setup-security")).size(size::SMALL).style(style::muted),
                choice(
                    t!("setup-security-tls"),
                    None,
                    self.security == Security::Tls,
                    Message::Security(Security::Tls)
                ),
                choice(
                    "STARTTLS",
                    None,
                    self.security == Security::StartTls,
                    Message::Security(Security::StartTls)
                ),
                choice(
                    t!("setup-security-none"),
                    None,
                    self.security == Security::Plain,
                    Message::Security(Security::Plain)
                ),
            ]
            .spacing(space::S),
        );
        if let Some(pin) = self.pinned {
            form = form.push(
                text(t!("setup-trusted-certificate", fingerprint = pin.to_string()))
                    .size(size::SMALL)
                    .style(style::muted),
            );
        }
        form = form.push(
            row![
                field(
                    t!("setup-username"),
                    "setup-username",
                    &self.username,
                    Message::Username
                )
                .width(Length::FillPortion(1)),
                column![
                    text(if self.is_editing() {
                        t!("setup-password-keep")
                    } else {
                        t!("setup-password")
                    })
                    .size(size::SMALL)
                    .style(style::muted),
                    text_input("", &self.password)
                        .id("setup-password")
                        .secure(true)
                        .on_input(Message::Password)
                        .padding(space::S)
                        .style(style::input),
                ]
                .spacing(space::XS)
                .width(Length::FillPortion(1)),
            ]
            .spacing(space::L),
        );
        form = form.push(
            checkbox(self.use_password_command)
                .label(t!("setup-use-password-command"))
                .on_toggle(Message::UsePasswordCommand),
        );
        if self.use_password_command {
            form = form.push(field(
                t!("setup-password-command"),
                "setup-command",
                &self.password_command,
                Message::PasswordCommand,
            ));
        }
        form = form.push(
            column![
                text(t!("setup-login-method")).size(size::SMALL).style(style::muted),
                pick_list(AUTH_CHOICES, Some(AuthChoice(self.auth)), Message::Auth).padding(space::S),
            ]
            .spacing(space::XS),
        );
        form = form.push(self.policy_view());
        // The actions and what the test found stay in view below the form,
        // however far it is scrolled.
        let mut footer = column![self.test_view()].spacing(space::M).max_width(680);
        if let Some(error) = &self.error {
            footer = footer.push(
                container(text(error.as_str()))
                    .padding(space::M)
                    .width(Length::Fill)
                    .style(style::error_box),
            );
        }
        let busy = self.saving || self.test == TestState::Running;
        footer = footer.push(
            row![
                button(text(t!("setup-cancel-button")))
                    .padding([space::S, space::L])
                    .style(style::secondary_button)
                    .on_press(Message::Cancel),
                Space::new().width(Length::Fill),
                button(row![icon(Icon::Activity, 16.0), text(t!("setup-test-connection-button"))].spacing(space::S))
                    .padding([space::S, space::L])
                    .style(style::secondary_button)
                    .on_press_maybe((!busy).then_some(Message::TestConnection)),
                button(text(if self.saving {
                    t!("setup-saving")
                } else {
                    t!("setup-save-button")
                }))
                .padding([space::S, space::XL])
                .style(style::primary_button)
                .on_press_maybe((!busy).then_some(Message::Save)),
            ]
            .spacing(space::M)
            .align_y(Alignment::Center),
        );
        let page = column![
            scrollable(
                container(form.max_width(680))
                    .padding(space::XXL)
                    .center_x(Length::Fill)
            )
            .height(Length::Fill),
            container(footer)
                .padding([space::L, space::XXL])
                .center_x(Length::Fill)
                .style(style::status_bar),
        ];
        match &self.certificate {
            Some(problem) => stack![page, certificate_dialog(problem)].into(),
            None => page.into(),
        }
    }

    fn policy_view(&self) -> Element<'_, Message> {
        // Where the server deletes what it hands out, only deleting after
        // download can be chosen; the others say why they cannot.
        let keeps_nothing = self.server_keeps_nothing;
        let option = |label: String, explanation: String, kind: PolicyKind| {
            if keeps_nothing && kind != PolicyKind::DeleteAfterDownload {
                unavailable_choice(label, Some(t!("setup-policy-server-keeps-nothing")))
            } else {
                choice(label, Some(explanation), self.policy == kind, Message::Policy(kind))
            }
        };
        let days: i64 = self.days.parse().unwrap_or(0);
        let mut column = column![
            text(t!("setup-policy-heading"))
                .size(size::LEAD)
                .font(style::STRONG_FONT),
            option(
                t!("setup-policy-keep"),
                t!("setup-policy-keep-explanation"),
                PolicyKind::Keep
            ),
            option(
                t!("setup-policy-delete-after-download"),
                t!("setup-policy-delete-after-download-explanation"),
                PolicyKind::DeleteAfterDownload
            ),
            option(
                t!("setup-policy-delete-after-days"),
                t!("setup-policy-delete-after-days-explanation", days = days),
                PolicyKind::DeleteAfterDays
            ),
        ]
        .spacing(space::M);
        if self.policy == PolicyKind::DeleteAfterDays {
            column = column.push(
                row![
                    Space::new().width(28.0),
                    text_input("14", &self.days)
                        .id("setup-days")
                        .on_input(Message::Days)
                        .width(80.0)
                        .padding(space::S)
                        .style(style::input),
                    text(t!("setup-policy-days-unit", days = days)),
                ]
                .spacing(space::S)
                .align_y(Alignment::Center),
            );
        }
        column
            .push(option(
                t!("setup-policy-delete-when-trashed"),
                t!("setup-policy-delete-when-trashed-explanation"),
                PolicyKind::DeleteWhenTrashed,
            ))
            .into()
    }

    fn test_view(&self) -> Element<'_, Message> {
        match &self.test {
            TestState::Idle => Space::new().height(0).into(),
            TestState::Running => text(t!("setup-test-connecting")).style(style::muted).into(),
            TestState::Failed(error) => {
                container(row![icon(Icon::Alert, 18.0), text(error.as_str())].spacing(space::S))
                    .padding(space::M)
                    .width(Length::Fill)
                    .style(style::error_box)
                    .into()
            }
            TestState::Passed(report) => {
                let line = |label: String, value: String| {
                    row![text(label).width(Length::Fixed(200.0)).style(style::muted), text(value)].spacing(space::M)
                };
                let count: i64 = report.messages.into();
                let waiting = t!(
                    "setup-test-messages-waiting-count",
                    count = count,
                    size = format::size(report.size)
                );
                let mut lines = column![
                    row![
                        icon(Icon::Check, 18.0),
                        text(t!("setup-test-passed")).style(style::success_text)
                    ]
                    .spacing(space::S),
                    line(t!("setup-test-encryption"), report.encryption.describe()),
                    line(t!("setup-test-login-method"), AuthChoice(report.login).to_string()),
                    line(
                        t!("setup-test-tracks-downloads"),
                        if report.tracks_downloads {
                            t!("setup-test-tracks-downloads-yes")
                        } else {
                            t!("setup-test-tracks-downloads-no")
                        }
                    ),
                    line(t!("setup-test-messages-waiting"), waiting),
                ]
                .spacing(space::S);
                if let Some(retention) = report.retention {
                    lines = lines.push(line(t!("setup-test-server-keeps-mail"), describe_retention(retention)));
                }
                container(lines)
                    .padding(space::M)
                    .width(Length::Fill)
                    .style(style::flat_card)
                    .into()
            }
        }
    }
}

impl Default for Setup {
    fn default() -> Setup {
        Setup::new()
    }
}

/// The dialog that explains a refused certificate and offers to trust it.
fn certificate_dialog(problem: &CertificateProblem) -> Element<'_, Message> {
    let info = &problem.certificate;
    let line = |label: String, value: String| {
        row![text(label).width(Length::Fixed(120.0)).style(style::muted), text(value)].spacing(space::M)
    };
    let valid = t!(
        "setup-certificate-validity",
        from = format::full_date(info.not_before),
        until = format::full_date(info.not_after)
    );
    let dialog = column![
        row![
            icon(Icon::Lock, 22.0),
            text(t!("setup-certificate-title")).size(size::TITLE)
        ]
        .spacing(space::S),
        text(t!("setup-certificate-refused", reason = problem.reason.to_string())),
        line(t!("setup-certificate-server"), problem.host.clone()),
        line(t!("setup-certificate-issued-to"), info.subject.clone()),
        line(t!("setup-certificate-issued-by"), info.issuer.clone()),
        line(t!("setup-certificate-valid"), valid),
        line(t!("setup-certificate-fingerprint"), info.sha256.to_string()),
        text(t!("setup-certificate-advice"))
            .size(size::SMALL)
            .style(style::muted),
        row![
            Space::new().width(Length::Fill),
            button(text(t!("setup-certificate-cancel-button")))
                .padding([space::S, space::L])
                .style(style::secondary_button)
                .on_press(Message::DismissCertificate),
            button(text(t!("setup-certificate-trust-button")))
                .padding([space::S, space::L])
                .style(style::primary_button)
                .on_press(Message::TrustCertificate),
        ]
        .spacing(space::M),
    ]
    .spacing(space::M)
    .max_width(620);
    opaque(center(container(dialog).padding(space::XL).style(style::card)).style(style::backdrop))
}

/// Connects and logs in with the form's settings, then looks around.
async fn test(settings: AccountSettings, typed: Secret, stored: Option<Account>) -> Result<TestReport, TestFailure> {
    let failure = |message: String| TestFailure {
        message,
        certificate: None,
    };
    let secret = if let Some(account) = stored.filter(|_| typed.is_empty()) {
        tokio::task::spawn_blocking(move || crate::secrets::password_for(&account))
            .await
            .map_err(|e| failure(e.to_string()))?
            .map_err(|e| failure(e.to_string()))?
    } else if let PasswordSource::Command(command) = &settings.password {
        let command = command.clone();
        tokio::task::spawn_blocking(move || crate::secrets::run_password_command(&command))
            .await
            .map_err(|e| failure(e.to_string()))?
            .map_err(|e| failure(e.to_string()))?
    } else {
        typed
    };
    let mut config = ServerConfig::new(settings.host.clone(), settings.security).with_port(settings.port);
    config.pinned_certificate = settings.pinned_certificate;
    config.timeouts = Timeouts {
        connect: Duration::from_secs(15),
        greeting: Duration::from_secs(15),
        ..Timeouts::default()
    };
    let credentials = Credentials {
        username: settings.username.clone(),
        secret,
        method: settings.auth,
        allow_plaintext: settings.security == Security::Plain,
    };
    let connection = Connection::open(&config).await.map_err(|error| TestFailure {
        certificate: error.certificate_problem().cloned(),
        message: error.to_string(),
    })?;
    let encryption = match connection.encryption() {
        Encryption::None => TestEncryption::None,
        Encryption::Tls {
            via_starttls, pinned, ..
        } => TestEncryption::Tls {
            via_starttls: *via_starttls,
            pinned: *pinned,
        },
    };
    let mut session = connection
        .authenticate(&credentials)
        .await
        .map_err(|e| failure(e.to_string()))?;
    let stat = session.stat().await.map_err(|e| failure(e.to_string()))?;
    let capabilities = session.capabilities().cloned();
    let tracks_downloads = match &capabilities {
        Some(caps) => caps.uidl,
        None => session.uidl(1).await.map(|u| u.is_some()).unwrap_or(false) || stat.count == 0,
    };
    let retention = capabilities.as_ref().and_then(|c| c.expire).map(|e| e.retention);
    let login = session.auth_method();
    session.quit().await;
    Ok(TestReport {
        encryption,
        login,
        tracks_downloads,
        messages: stat.count,
        size: stat.size,
        retention,
    })
}

/// Saves the account: the password to the keyring first (so there is never
/// an account whose password went nowhere), then the settings.
async fn save(
    client: StoreClient,
    settings: AccountSettings,
    profile: AccountProfile,
    password: Option<Secret>,
    editing: Option<Account>,
) -> Result<AccountId, String> {
    let keyring_key = match &editing {
        Some(account) => account.keyring_key.clone(),
        None => crate::secrets::new_keyring_key(),
    };
    if let (Some(password), PasswordSource::Keyring) = (password, &settings.password) {
        let key = keyring_key.clone();
        tokio::task::spawn_blocking(move || crate::secrets::keyring_set(&key, &password))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
    }
    client
        .call(move |store| {
            let id = match editing {
                Some(mut account) => {
                    account.settings = settings;
                    store.update_account(&account)?;
                    account.id
                }
                None => store.add_account(&settings, &keyring_key)?.id,
            };
            let mut stored = store.account_profile(id)?;
            stored.display_name = profile.display_name;
            stored.email = profile.email;
            store.set_account_profile(id, &stored)?;
            Ok(id)
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pop3::{CertificateInfo, CertificateReason};

    fn refused(host: &str, sha256: Fingerprint) -> CertificateProblem {
        let mut certificate = CertificateInfo::from_der(b"not a certificate");
        certificate.sha256 = sha256;
        CertificateProblem {
            host: host.to_owned(),
            reason: CertificateReason::SelfSigned,
            certificate,
        }
    }

    // tests/README.md case 33: a pin is for one host only, however the form
    // comes to name another server.
    #[test]
    fn a_pin_stays_with_its_host() {
        let dir = tempfile::tempdir().unwrap();
        let client = StoreClient::open(dir.path()).unwrap();
        let mut setup = Setup::new();
        let _ = setup.update(Message::Email("someone@gmail.com".into()), &client);
        assert_eq!(setup.host, "pop.gmail.com");
        setup.certificate = Some(refused("pop.gmail.com", Fingerprint([1; 32])));
        let _ = setup.update(Message::TrustCertificate, &client);
        assert_eq!(setup.pinned, Some(Fingerprint([1; 32])));

        // Another provider's address moves the (untouched) server: no pin.
        let _ = setup.update(Message::Email("someone@outlook.com".into()), &client);
        assert_ne!(setup.host, "pop.gmail.com");
        assert_eq!(setup.pinned, None);

        // Nor does a certificate refused for the old host, arriving late.
        let outlook = setup.host.clone();
        let _ = setup.update(
            Message::Tested(Err(TestFailure {
                message: String::new(),
                certificate: Some(refused("pop.gmail.com", Fingerprint([1; 32]))),
            })),
            &client,
        );
        let _ = setup.update(Message::TrustCertificate, &client);
        assert_eq!(setup.pinned, None);
        setup.certificate = Some(refused("pop.gmail.com", Fingerprint([1; 32])));
        let _ = setup.update(Message::TrustCertificate, &client);
        assert_eq!(setup.pinned, None);

        // Typing another host drops a pin; the same host keeps it.
        setup.certificate = Some(refused(&outlook, Fingerprint([2; 32])));
        let _ = setup.update(Message::TrustCertificate, &client);
        assert_eq!(setup.pinned, Some(Fingerprint([2; 32])));
        let _ = setup.update(Message::Host(format!(" {outlook} ")), &client);
        assert_eq!(setup.pinned, Some(Fingerprint([2; 32])));
        let _ = setup.update(Message::Host("pop.example.org".into()), &client);
        assert_eq!(setup.pinned, None);
    }

    // tests/README.md case 15: where the server deletes what it hands out,
    // only deleting after download can be chosen, until the form names
    // another server.
    #[test]
    fn an_expire_zero_server_allows_only_deleting_after_download() {
        let dir = tempfile::tempdir().unwrap();
        let client = StoreClient::open(dir.path()).unwrap();
        let mut setup = Setup::new();
        let _ = setup.update(Message::Host("pop.example.org".into()), &client);
        let tested = |retention| {
            Message::Tested(Ok(TestReport {
                encryption: TestEncryption::None,
                login: AuthMethod::User,
                tracks_downloads: true,
                messages: 0,
                size: 0,
                retention,
            }))
        };
        let _ = setup.update(tested(Some(Retention::Days(30))), &client);
        assert_eq!(
            setup.policy,
            PolicyKind::Keep,
            "a server that keeps mail a while changes nothing"
        );
        let _ = setup.update(tested(Some(Retention::Days(0))), &client);
        assert_eq!(setup.policy, PolicyKind::DeleteAfterDownload);
        for kind in [
            PolicyKind::Keep,
            PolicyKind::DeleteAfterDays,
            PolicyKind::DeleteWhenTrashed,
        ] {
            let _ = setup.update(Message::Policy(kind), &client);
            assert_eq!(
                setup.policy,
                PolicyKind::DeleteAfterDownload,
                "{kind:?} cannot be chosen"
            );
        }
        // Another server: every choice is open again.
        let _ = setup.update(Message::Host("pop.example.net".into()), &client);
        let _ = setup.update(Message::Policy(PolicyKind::Keep), &client);
        assert_eq!(setup.policy, PolicyKind::Keep);
    }
}
