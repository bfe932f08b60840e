//! Built-in POP3 settings of well-known mail providers, used to pre-fill the
//! account setup form from the e-mail address.
//!
//! The table holds public facts only: host, port, security, how the user name
//! is formed, and one short note for the form. It holds no credentials and no
//! OAuth client ids; a preset only pre-fills fields the user can still change.
//!
//! Lookup is by the exact domain after the `@` (ASCII case-insensitive);
//! subdomains and custom domains (e.g. Microsoft 365 or Zoho organisation
//! domains) are not matched and fall back to manual entry.
//!
//! # Sources
//!
//! Every entry was checked against the provider's own help page named below
//! and, where it has one, against Mozilla Thunderbird's ISPDB
//! (<https://github.com/thunderbird/autoconfig>, `ispdb/<file>.xml`, as of
//! commit c6ad796, March 2026), which also supplied the longer domain lists.
//!
//! - Gmail: Google Help "Read Gmail messages on other email clients using POP"
//!   (<https://support.google.com/mail/answer/7104828>) and "Sign in with app
//!   passwords" (<https://support.google.com/accounts/answer/185833>);
//!   ISPDB `googlemail.com.xml`.
//! - Outlook.com / Microsoft 365: Microsoft Support "POP, IMAP, and SMTP
//!   settings for Outlook.com"
//!   (<https://support.microsoft.com/office/d088b986-291d-42b8-9564-9c414e2aa040>),
//!   "Modern authentication methods now needed to continue syncing Outlook
//!   Email in non-Microsoft email apps" (basic auth off since 16 September
//!   2024), and Microsoft Learn "Deprecation of Basic authentication in
//!   Exchange Online" (Microsoft 365); ISPDB `hotmail.com.xml` (OAuth2 only
//!   since July 2025) and `office365.com.xml`.
//! - Yahoo Mail: Yahoo Help "POP access settings and instructions"
//!   (<https://help.yahoo.com/kb/SLN4724.html>) and "Generate and manage
//!   3rd-party app passwords"; ISPDB `yahoo.com.xml`.
//! - AOL Mail and Verizon.net: AOL Help "How do I use other email applications
//!   to send and receive my AOL Mail?", "Set up other email applications to
//!   send and receive my Verizon.net mail" and "Create and manage app
//!   passwords"; ISPDB `aol.com.xml`, `verizon.net.xml`.
//! - GMX: <https://hilfe.gmx.net/pop-imap/einschalten.html> and GMX Hilfe
//!   "POP3-Serverdaten" (gmx.net/.de/.at/.ch); support.gmx.com "POP3 server
//!   data" (gmx.com and its other country domains); ISPDB `gmx.net.xml`,
//!   `gmx.com.xml`.
//! - WEB.DE: <https://hilfe.web.de/pop-imap/einschalten.html> and WEB.DE Hilfe
//!   "POP3-Serverdaten"; ISPDB `web.de.xml` (user name is the local part).
//! - Fastmail: Fastmail Help "Server names and ports" and "App passwords"
//!   (fastmail.help); ISPDB `messagingengine.com.xml`.
//! - Zoho Mail: <https://www.zoho.com/mail/help/pop-access.html> (per data
//!   centre hosts, enabling POP access); ISPDB `zoho.com.xml`, `zoho.eu.xml`,
//!   `zoho.in.xml`, `zoho.com.au.xml`, `zoho.jp.xml`, `zohocloud.ca.xml`.
//! - Yandex Mail: Yandex Help "Setting up mail clients" (Mail) and "App
//!   passwords" (Yandex ID); ISPDB `yandex.ru.xml`.
//! - Mail.ru: Mail.ru Help "Mail programs: POP3 and SMTP settings" and
//!   "Passwords for external applications"; ISPDB `mail.ru.xml`.
//! - T-Online: <https://www.telekom.de/hilfe/apps-dienste/e-mail/einstellungen/posteingang-postausgang-server>
//!   and <https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten>;
//!   ISPDB `t-online.de.xml`.
//! - Vodafone (Germany): <https://www.vodafone.de/hilfe/vodafone-e-mail-cloud.html>;
//!   ISPDB `vodafonemail.de.xml`.
//! - Posteo: <https://posteo.de/hilfe/wie-richte-ich-posteo-in-einem-mailprogramm-ein-pop3-imap-und-smtp>;
//!   ISPDB `posteo.de.xml`.
//! - mailbox.org: mailbox.org Knowledge Base "POP3, IMAP and SMTP settings"
//!   (not in the ISPDB).
//! - Orange: Orange Assistance "Mail Orange : comment accéder à sa boîte mail
//!   depuis une application ou un logiciel de messagerie non fourni par
//!   Orange"; ISPDB `orange.fr.xml`.
//! - Free: <https://assistance.free.fr/articles/configurer-de-maniere-avancee-mon-logiciel-de-messagerie-609>;
//!   ISPDB `free.fr.xml` (user name is the local part).
//! - SFR: SFR Assistance "Serveurs messagerie SFR"; ISPDB `sfr.fr.xml`.
//! - Libero: Libero Aiuto "Parametri di configurazione per il client di
//!   posta"; ISPDB `libero.it.xml`.
//! - Virgilio: <https://aiuto.virgilio.it/articolo/mail/configurare-virgilio-mail-con-client-di-posta-imap-e-smtp/>;
//!   ISPDB `virgilio.it.xml`.
//! - TIM and Alice: <https://www.tim.it/assistenza/assistenza-tecnica/mail/configurazione/protocolli-posta>
//!   (POP on port 110 with STARTTLS); ISPDB `tim.it.xml`, `alice.it.xml`.
//! - Seznam: Seznam Nápověda "IMAP, POP3 a SMTP"; ISPDB `seznam.cz.xml`.
//! - Onet: <https://pomoc.poczta.onet.pl/baza-wiedzy/konfiguracja-poczty-w-programie-mozilla-thunderbird/>;
//!   ISPDB `onet.pl.xml`.
//! - o2: <https://pomoc.o2.pl/jak-skonfigurowac-program-pocztowy> and
//!   <https://pomoc.o2.pl/aktywacja-dostepu-dla-programow-pocztowych>; ISPDB
//!   `o2.pl.xml` (user name is the local part).
//! - WP: WP Poczta help "Konfiguracja programów pocztowych"; ISPDB `wp.pl.xml`
//!   (user name is the local part).
//! - Rambler: <https://help.rambler.ru/mail/mail-pochtovye-klienty/1275/>;
//!   ISPDB `rambler.ru.xml`.
//! - Naver: Naver Help "POP3/SMTP settings" (help.naver.com); ISPDB
//!   `naver.com.xml`.
//! - QQ Mail: QQ Mail Help "POP3/IMAP/SMTP service" (service.mail.qq.com;
//!   not in the ISPDB).
//! - NetEase 163 and 126: NetEase Mail Help "client authorisation code"
//!   (help.mail.163.com; not in the ISPDB).
//! - BT: <http://www.bt.com/help/email>; ISPDB `btinternet.com.xml`.
//! - AT&T: <https://www.att.com/support/article/email-support/KM1010523/>
//!   and AT&T "secure mail key"; ISPDB `att.net.xml`.
//! - KPN: <https://www.kpn.com/service/internet/e-mail/instellen-laptop-pc.htm>;
//!   ISPDB `kpnmail.nl.xml`.
//! - Bluewin (Swisscom): Swisscom Help "Server settings for Bluewin e-mail";
//!   ISPDB `bluewin.ch.xml`.
//!
//! Deliberately absent: iCloud Mail, Proton Mail and Tuta offer no POP at all.

use crate::pop3::{AuthMethod, Security};

/// How the user name sent to the server is formed from the e-mail address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UsernameForm {
    /// The whole address, `alice@example.com` (the usual case).
    FullAddress,
    /// Only the part before the `@`, `alice`.
    LocalPart,
}

/// One provider's POP3 settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// The provider's name as users know it, e.g. "Gmail".
    pub name: &'static str,
    /// The exact address domains (lowercase) this preset applies to.
    pub domains: &'static [&'static str],
    pub host: &'static str,
    pub port: u16,
    pub security: Security,
    /// The login method to pre-select: [`AuthMethod::Auto`] unless the
    /// provider accepts nothing but OAuth.
    pub auth: AuthMethod,
    /// The Fluent message id of the name shown to people, for the few names
    /// with words to translate ("GMX (international)"); `None`: [`name`]
    /// as it is. See [`Preset::display_name`].
    ///
    /// [`name`]: Preset::name
    pub name_id: Option<&'static str>,
    /// The Fluent message id of the one sentence the setup form shows, e.g.
    /// that POP must first be enabled in the web settings, that an app
    /// password is needed, or that the provider only accepts OAuth. See
    /// [`Preset::note`].
    pub note_id: Option<&'static str>,
    /// How the user name is formed: the whole address (the usual case) or the
    /// local part.
    pub username: UsernameForm,
}

impl Preset {
    /// The provider's name as the setup form shows it, in the current
    /// language ("Zoho Mail (Japan)", "Zoho Mail (Japon)"); brand names stay
    /// as they are.
    pub fn display_name(&self) -> String {
        match self.name_id {
            Some(id) => crate::i18n::LOADER.get(id),
            None => self.name.to_owned(),
        }
    }

    /// The note for the setup form, in the current language.
    pub fn note(&self) -> Option<String> {
        self.note_id.map(|id| crate::i18n::LOADER.get(id))
    }
}

/// Implicit TLS on 995, password login, full address: the common case.
const fn tls(
    name: &'static str,
    domains: &'static [&'static str],
    host: &'static str,
    note_id: Option<&'static str>,
) -> Preset {
    Preset {
        name,
        domains,
        host,
        port: 995,
        security: Security::Tls,
        auth: AuthMethod::Auto,
        name_id: None,
        note_id,
        username: UsernameForm::FullAddress,
    }
}

/// Like [`tls`], but the user name is the local part only.
const fn tls_local_part(
    name: &'static str,
    domains: &'static [&'static str],
    host: &'static str,
    note_id: Option<&'static str>,
) -> Preset {
    Preset {
        username: UsernameForm::LocalPart,
        ..tls(name, domains, host, note_id)
    }
}

/// Like [`tls`], with a name that has words to translate.
const fn tls_named(
    name: &'static str,
    name_id: &'static str,
    domains: &'static [&'static str],
    host: &'static str,
    note_id: Option<&'static str>,
) -> Preset {
    Preset {
        name_id: Some(name_id),
        ..tls(name, domains, host, note_id)
    }
}

/// STARTTLS on 110, for providers that document only that.
const fn starttls(name: &'static str, domains: &'static [&'static str], host: &'static str) -> Preset {
    Preset {
        port: 110,
        security: Security::StartTls,
        ..tls(name, domains, host, None)
    }
}

// The notes are Fluent message ids (i18n/*/postie.ftl); a test checks that
// each exists.
const ZOHO_NOTE: Option<&str> = Some("preset-note-zoho");
const GMX_NOTE: Option<&str> = Some("preset-note-gmx");
const AOL_NOTE: Option<&str> = Some("preset-note-aol");
const NETEASE_NOTE: Option<&str> = Some("preset-note-netease");

/// The built-in table. Each domain appears at most once.
pub const PRESETS: &[Preset] = &[
    tls(
        "Gmail",
        &["gmail.com", "googlemail.com"],
        "pop.gmail.com",
        Some("preset-note-gmail"),
    ),
    Preset {
        auth: AuthMethod::XOAuth2,
        ..tls(
            "Outlook.com / Microsoft 365",
            &[
                "outlook.com",
                "hotmail.com",
                "live.com",
                "msn.com",
                "windowslive.com",
                "livemail.tw",
                "outlook.at",
                "outlook.be",
                "outlook.cl",
                "outlook.cz",
                "outlook.de",
                "outlook.dk",
                "outlook.es",
                "outlook.fr",
                "outlook.hu",
                "outlook.ie",
                "outlook.in",
                "outlook.it",
                "outlook.jp",
                "outlook.kr",
                "outlook.lv",
                "outlook.my",
                "outlook.ph",
                "outlook.pt",
                "outlook.sa",
                "outlook.sg",
                "outlook.sk",
                "outlook.co.id",
                "outlook.co.il",
                "outlook.co.th",
                "outlook.com.ar",
                "outlook.com.au",
                "outlook.com.br",
                "outlook.com.gr",
                "outlook.com.tr",
                "outlook.com.vn",
                "hotmail.be",
                "hotmail.ca",
                "hotmail.cl",
                "hotmail.cz",
                "hotmail.de",
                "hotmail.dk",
                "hotmail.es",
                "hotmail.fi",
                "hotmail.fr",
                "hotmail.gr",
                "hotmail.hu",
                "hotmail.it",
                "hotmail.lt",
                "hotmail.lv",
                "hotmail.my",
                "hotmail.nl",
                "hotmail.no",
                "hotmail.ph",
                "hotmail.rs",
                "hotmail.se",
                "hotmail.sg",
                "hotmail.sk",
                "hotmail.co.id",
                "hotmail.co.il",
                "hotmail.co.in",
                "hotmail.co.jp",
                "hotmail.co.kr",
                "hotmail.co.th",
                "hotmail.co.uk",
                "hotmail.co.za",
                "hotmail.com.ar",
                "hotmail.com.au",
                "hotmail.com.br",
                "hotmail.com.hk",
                "hotmail.com.tr",
                "hotmail.com.tw",
                "hotmail.com.vn",
                "live.at",
                "live.be",
                "live.ca",
                "live.cl",
                "live.cn",
                "live.de",
                "live.dk",
                "live.fi",
                "live.fr",
                "live.hk",
                "live.ie",
                "live.in",
                "live.it",
                "live.jp",
                "live.nl",
                "live.no",
                "live.ru",
                "live.se",
                "live.co.jp",
                "live.co.kr",
                "live.co.uk",
                "live.co.za",
                "live.com.ar",
                "live.com.au",
                "live.com.mx",
                "live.com.my",
                "live.com.ph",
                "live.com.pt",
                "live.com.sg",
            ],
            "outlook.office365.com",
            Some("preset-note-outlook"),
        )
    },
    tls(
        "Yahoo Mail",
        &[
            "yahoo.com",
            "yahoo.ca",
            "yahoo.de",
            "yahoo.it",
            "yahoo.fr",
            "yahoo.es",
            "yahoo.se",
            "yahoo.co.in",
            "yahoo.co.uk",
            "yahoo.co.nz",
            "yahoo.com.au",
            "yahoo.com.ar",
            "yahoo.com.br",
            "yahoo.com.mx",
            "ymail.com",
            "myyahoo.com",
            "rocketmail.com",
        ],
        "pop.mail.yahoo.com",
        Some("preset-note-yahoo"),
    ),
    tls(
        "AOL Mail",
        &[
            "aol.com",
            "aim.com",
            "aol.de",
            "aol.it",
            "aol.fr",
            "aol.es",
            "aol.se",
            "aol.co.uk",
            "aol.co.nz",
            "aol.com.au",
            "aol.com.ar",
            "aol.com.br",
            "aol.com.mx",
        ],
        "pop.aol.com",
        AOL_NOTE,
    ),
    tls("Verizon.net (AOL Mail)", &["verizon.net"], "pop.aol.com", AOL_NOTE),
    tls(
        "GMX",
        &[
            "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.eu", "gmx.biz", "gmx.org", "gmx.info",
        ],
        "pop.gmx.net",
        GMX_NOTE,
    ),
    tls_named(
        "GMX (international)",
        "preset-name-gmx-international",
        &[
            "gmx.com",
            "gmx.us",
            "gmx.co.uk",
            "gmx.es",
            "gmx.fr",
            "gmx.it",
            "gmx.ca",
            "gmx.ie",
            "gmx.pt",
            "gmx.se",
            "gmx.li",
            "gmx.tm",
            "gmx.cn",
            "gmx.co.in",
            "gmx.com.br",
            "gmx.com.my",
            "gmx.com.tr",
            "gmx.hk",
            "gmx.ph",
            "gmx.ru",
            "gmx.sg",
            "gmx.tw",
        ],
        "pop.gmx.com",
        None,
    ),
    tls_local_part("WEB.DE", &["web.de"], "pop3.web.de", Some("preset-note-web-de")),
    tls(
        "Fastmail",
        &[
            "fastmail.com",
            "fastmail.fm",
            "fastmail.cn",
            "fastmail.co.uk",
            "fastmail.com.au",
            "fastmail.es",
            "fastmail.im",
            "fastmail.in",
            "fastmail.jp",
            "fastmail.mx",
            "fastmail.net",
            "fastmail.nl",
            "fastmail.org",
            "fastmail.se",
            "fastmail.to",
            "fastmail.tw",
            "fastmail.us",
            "messagingengine.com",
        ],
        "pop.fastmail.com",
        Some("preset-note-fastmail"),
    ),
    tls(
        "Zoho Mail",
        &["zoho.com", "zohomail.com"],
        "pop.zoho.com",
        Some("preset-note-zoho-com"),
    ),
    tls_named(
        "Zoho Mail (EU)",
        "preset-name-zoho-eu",
        &["zoho.eu", "zohomail.eu"],
        "pop.zoho.eu",
        ZOHO_NOTE,
    ),
    tls_named(
        "Zoho Mail (India)",
        "preset-name-zoho-india",
        &["zoho.in", "zohomail.in"],
        "pop.zoho.in",
        ZOHO_NOTE,
    ),
    tls_named(
        "Zoho Mail (Australia)",
        "preset-name-zoho-australia",
        &["zoho.com.au", "zohomail.com.au"],
        "pop.zoho.com.au",
        ZOHO_NOTE,
    ),
    tls_named(
        "Zoho Mail (Japan)",
        "preset-name-zoho-japan",
        &["zoho.jp", "zohomail.jp"],
        "pop.zoho.jp",
        ZOHO_NOTE,
    ),
    tls_named(
        "Zoho Mail (Canada)",
        "preset-name-zoho-canada",
        &["zohocloud.ca", "zohomailcloud.ca"],
        "pop.zohocloud.ca",
        ZOHO_NOTE,
    ),
    tls(
        "Yandex Mail",
        &[
            "yandex.ru",
            "yandex.com",
            "yandex.by",
            "yandex.kz",
            "yandex.ua",
            "ya.ru",
            "narod.ru",
        ],
        "pop.yandex.com",
        Some("preset-note-yandex"),
    ),
    tls(
        "Mail.ru",
        &["mail.ru", "inbox.ru", "list.ru", "bk.ru"],
        "pop.mail.ru",
        Some("preset-note-mail-ru"),
    ),
    tls(
        "T-Online",
        &["t-online.de", "magenta.de"],
        "securepop.t-online.de",
        Some("preset-note-t-online"),
    ),
    tls(
        "Vodafone",
        &["vodafonemail.de", "arcor.de", "kabelmail.de"],
        "pop3.vodafonemail.de",
        None,
    ),
    tls(
        "Posteo",
        &[
            "posteo.de",
            "posteo.at",
            "posteo.be",
            "posteo.ca",
            "posteo.ch",
            "posteo.cl",
            "posteo.co",
            "posteo.co.uk",
            "posteo.com",
            "posteo.com.br",
            "posteo.cr",
            "posteo.cz",
            "posteo.dk",
            "posteo.ee",
            "posteo.es",
            "posteo.eu",
            "posteo.fi",
            "posteo.gl",
            "posteo.gr",
            "posteo.hn",
            "posteo.hr",
            "posteo.hu",
            "posteo.ie",
            "posteo.in",
            "posteo.is",
            "posteo.it",
            "posteo.jp",
            "posteo.la",
            "posteo.li",
            "posteo.lt",
            "posteo.lu",
            "posteo.me",
            "posteo.mx",
            "posteo.my",
            "posteo.net",
            "posteo.nl",
            "posteo.no",
            "posteo.nz",
            "posteo.org",
            "posteo.pe",
            "posteo.pl",
            "posteo.pm",
            "posteo.pt",
            "posteo.ro",
            "posteo.se",
            "posteo.sg",
            "posteo.si",
            "posteo.tn",
            "posteo.uk",
            "posteo.us",
        ],
        "posteo.de",
        None,
    ),
    tls("mailbox.org", &["mailbox.org"], "pop3.mailbox.org", None),
    tls("Orange", &["orange.fr", "wanadoo.fr"], "pop.orange.fr", None),
    tls_local_part("Free", &["free.fr"], "pop.free.fr", None),
    tls("SFR", &["sfr.fr", "neuf.fr", "club-internet.fr"], "pop.sfr.fr", None),
    tls(
        "Libero Mail",
        &["libero.it", "iol.it", "blu.it", "inwind.it", "giallo.it"],
        "popmail.libero.it",
        None,
    ),
    tls("Virgilio Mail", &["virgilio.it"], "in.virgilio.it", None),
    starttls("TIM Mail", &["tim.it"], "pop.tim.it"),
    starttls("Alice Mail (TIM)", &["alice.it"], "in.alice.it"),
    tls(
        "Seznam",
        &["seznam.cz", "email.cz", "post.cz", "spoluzaci.cz"],
        "pop3.seznam.cz",
        None,
    ),
    tls(
        "Onet Poczta",
        &[
            "onet.pl",
            "onet.eu",
            "poczta.onet.pl",
            "poczta.onet.eu",
            "op.pl",
            "vp.pl",
            "autograf.pl",
            "buziaczek.pl",
            "amorki.pl",
            "republika.pl",
            "adres.pl",
            "cyberia.pl",
            "onet.com.pl",
            "opoczta.pl",
            "pseudonim.pl",
            "spoko.pl",
            "vip.onet.pl",
        ],
        "pop3.poczta.onet.pl",
        None,
    ),
    tls_local_part(
        "o2 Poczta",
        &["o2.pl", "go2.pl", "tlen.pl", "prokonto.pl"],
        "poczta.o2.pl",
        Some("preset-note-o2"),
    ),
    tls_local_part("WP Poczta", &["wp.pl"], "pop3.wp.pl", None),
    tls("Rambler Mail", &["rambler.ru"], "pop.rambler.ru", None),
    tls("Naver Mail", &["naver.com"], "pop.naver.com", Some("preset-note-naver")),
    tls("QQ Mail", &["qq.com"], "pop.qq.com", Some("preset-note-qq")),
    tls("NetEase 163 Mail", &["163.com"], "pop.163.com", NETEASE_NOTE),
    tls("NetEase 126 Mail", &["126.com"], "pop.126.com", NETEASE_NOTE),
    tls(
        "BT Mail",
        &["btinternet.com", "btopenworld.com", "talk21.com"],
        "mail.btinternet.com",
        None,
    ),
    tls(
        "AT&T Mail",
        &[
            "att.net",
            "ameritech.net",
            "bellsouth.net",
            "currently.com",
            "flash.net",
            "nvbell.net",
            "pacbell.net",
            "prodigy.net",
            "sbcglobal.net",
            "snet.net",
            "swbell.net",
            "wans.net",
        ],
        "inbound.att.net",
        Some("preset-note-att"),
    ),
    tls(
        "KPN E-mail",
        &[
            "kpnmail.nl",
            "kpnplanet.nl",
            "planet.nl",
            "wxs.nl",
            "hetnet.nl",
            "freeler.nl",
            "snelnet.net",
            "on.nl",
            "onsbrabantnet.nl",
            "onsmail.nl",
            "onsnet.nu",
            "onsneteindhoven.nl",
            "onsnetnuenen.nl",
            "xs4all.nl",
            "telfort.nl",
            "tip.nl",
            "tiscali.nl",
            "tiscalimail.nl",
        ],
        "pop.kpnmail.nl",
        None,
    ),
    tls("Bluewin", &["bluewin.ch", "bluemail.ch"], "pop3s.bluewin.ch", None),
];

/// The preset for an e-mail address, by its exact domain (ASCII
/// case-insensitive, surrounding whitespace ignored). `None` when the input
/// is not one `local@domain` address or the domain is not in the table.
pub fn for_address(email: &str) -> Option<&'static Preset> {
    let (local, domain) = email.trim().split_once('@')?;
    if local.is_empty() || domain.is_empty() || domain.contains('@') {
        return None;
    }
    PRESETS
        .iter()
        .find(|preset| preset.domains.iter().any(|d| d.eq_ignore_ascii_case(domain)))
}

/// The user name to pre-fill for `email` under `preset` (surrounding
/// whitespace removed). For [`UsernameForm::LocalPart`], the part before the
/// last `@`, or the whole input when it has none.
pub fn username_for(preset: &Preset, email: &str) -> String {
    let email = email.trim();
    match preset.username {
        UsernameForm::FullAddress => email.to_owned(),
        UsernameForm::LocalPart => email.rsplit_once('@').map_or(email, |(local, _)| local).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn name_for(email: &str) -> Option<&'static str> {
        for_address(email).map(|p| p.name)
    }

    #[test]
    fn finds_the_main_providers() {
        assert_eq!(name_for("alice@gmail.com"), Some("Gmail"));
        assert_eq!(name_for("alice@googlemail.com"), Some("Gmail"));
        assert_eq!(name_for("alice@hotmail.co.uk"), Some("Outlook.com / Microsoft 365"));
        assert_eq!(name_for("alice@live.fr"), Some("Outlook.com / Microsoft 365"));
        assert_eq!(name_for("alice@msn.com"), Some("Outlook.com / Microsoft 365"));
        assert_eq!(name_for("alice@ymail.com"), Some("Yahoo Mail"));
        assert_eq!(name_for("alice@rocketmail.com"), Some("Yahoo Mail"));
        assert_eq!(name_for("alice@aim.com"), Some("AOL Mail"));
        assert_eq!(name_for("alice@fastmail.fm"), Some("Fastmail"));
        assert_eq!(name_for("alice@ya.ru"), Some("Yandex Mail"));
        assert_eq!(name_for("alice@bk.ru"), Some("Mail.ru"));
        assert_eq!(name_for("alice@web.de"), Some("WEB.DE"));
    }

    #[test]
    fn gmx_germany_and_gmx_com_use_different_hosts() {
        for domain in ["gmx.de", "gmx.net", "gmx.at", "gmx.ch"] {
            assert_eq!(
                for_address(&format!("a@{domain}")).unwrap().host,
                "pop.gmx.net",
                "{domain}"
            );
        }
        assert_eq!(for_address("a@gmx.com").unwrap().host, "pop.gmx.com");
    }

    #[test]
    fn zoho_eu_uses_its_own_host() {
        assert_eq!(for_address("a@zoho.com").unwrap().host, "pop.zoho.com");
        assert_eq!(for_address("a@zohomail.eu").unwrap().host, "pop.zoho.eu");
        assert!(
            for_address("a@zoho.com")
                .unwrap()
                .note()
                .unwrap()
                .contains("pop.zoho.eu")
        );
    }

    #[test]
    fn microsoft_preselects_oauth() {
        let preset = for_address("a@outlook.com").unwrap();
        assert_eq!(preset.auth, AuthMethod::XOAuth2);
        assert_eq!(preset.host, "outlook.office365.com");
        assert_eq!(for_address("a@gmail.com").unwrap().auth, AuthMethod::Auto);
    }

    #[test]
    fn lookup_ignores_case_and_surrounding_whitespace() {
        assert_eq!(name_for("Alice@GMail.COM"), Some("Gmail"));
        assert_eq!(name_for("  alice@gmail.com\t\n"), Some("Gmail"));
        assert_eq!(name_for(" ALICE@Yahoo.Co.UK "), Some("Yahoo Mail"));
    }

    #[test]
    fn lookup_rejects_unknown_and_malformed_input() {
        assert_eq!(name_for("alice@example.com"), None);
        assert_eq!(name_for("alice@mail.gmail.com"), None, "subdomains are not matched");
        assert_eq!(name_for("alice@gmail.com.evil.example"), None);
        assert_eq!(name_for("gmail.com"), None, "no @");
        assert_eq!(name_for("alice"), None);
        assert_eq!(name_for(""), None);
        assert_eq!(name_for("   "), None);
        assert_eq!(name_for("@gmail.com"), None, "empty local part");
        assert_eq!(name_for("alice@"), None, "empty domain");
        assert_eq!(name_for("alice@evil.example@gmail.com"), None, "two @");
        assert_eq!(name_for("alice@gmail.com@evil.example"), None, "two @");
        assert_eq!(name_for("alice@ gmail.com"), None, "inner whitespace is not trimmed");
    }

    #[test]
    fn every_domain_appears_once_and_finds_its_own_preset() {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for preset in PRESETS {
            assert!(!preset.domains.is_empty(), "{} has no domain", preset.name);
            for &domain in preset.domains {
                if let Some(other) = seen.insert(domain, preset.name) {
                    panic!("{domain} is listed by both {other} and {}", preset.name);
                }
                assert_eq!(domain, domain.to_ascii_lowercase(), "{domain} must be lowercase");
                assert!(
                    !domain.is_empty()
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && domain
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
                    "{domain} is not a plain domain"
                );
                let found = for_address(&format!("someone@{domain}")).unwrap();
                assert_eq!(found.name, preset.name, "{domain}");
            }
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = PRESETS.iter().map(|p| p.name).collect();
        names.sort_unstable();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count, "two presets share a name");
    }

    #[test]
    fn hosts_are_bare_host_names() {
        for preset in PRESETS {
            let host = preset.host;
            assert!(!host.is_empty(), "{}", preset.name);
            assert!(!host.contains("://"), "{host} has a scheme");
            assert!(!host.contains(':'), "{host} has a port");
            assert!(!host.contains('/'), "{host} has a path");
            assert_eq!(host, host.trim(), "{host} has whitespace");
            assert_eq!(host, host.to_ascii_lowercase(), "{host} must be lowercase");
            assert!(
                host.contains('.') && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
                "{host} is not a host name"
            );
        }
    }

    #[test]
    fn ports_match_security() {
        for preset in PRESETS {
            match preset.security {
                Security::Tls => assert_eq!(preset.port, 995, "{}", preset.name),
                Security::StartTls => assert_eq!(preset.port, 110, "{}", preset.name),
                Security::Plain => panic!("{} would send the password unencrypted", preset.name),
            }
            assert_eq!(preset.port, preset.security.default_port(), "{}", preset.name);
        }
    }

    #[test]
    fn notes_are_one_short_sentence() {
        // In English: the tests never switch the app's language.
        for preset in PRESETS {
            if let Some(note) = preset.note() {
                let note = note.as_str();
                assert!(note.ends_with('.'), "{}: {note}", preset.name);
                assert!(!note.trim_end_matches('.').contains(". "), "{}: {note}", preset.name);
                assert!(note.len() <= 160, "{}: note is {} bytes", preset.name, note.len());
                assert_eq!(note, note.trim(), "{}", preset.name);
            }
        }
    }

    /// The ids are looked up at run time, so the compiler cannot check them
    /// as it checks `t!`: this does, both ways.
    #[test]
    fn every_note_and_name_id_is_an_english_message() {
        let mut used = Vec::new();
        for preset in PRESETS {
            for id in preset.note_id.into_iter().chain(preset.name_id) {
                assert!(
                    crate::i18n::LOADER.has(id),
                    "{}: {id} is not in i18n/en/postie.ftl",
                    preset.name
                );
                assert!(id.starts_with("preset-"), "{id}");
                used.push(id);
            }
        }
        let english = include_str!("../i18n/en/postie.ftl");
        for line in english.lines().filter(|line| line.starts_with("preset-")) {
            let id = line.split_once(" =").map_or(line, |(id, _)| id).trim();
            assert!(
                used.contains(&id),
                "{id} is in i18n/en/postie.ftl but no preset uses it"
            );
        }
    }

    #[test]
    fn english_names_are_the_names() {
        for preset in PRESETS {
            assert_eq!(preset.display_name(), preset.name);
        }
        assert_eq!(for_address("a@zoho.jp").unwrap().display_name(), "Zoho Mail (Japan)");
    }

    #[test]
    fn only_token_methods_or_auto_are_preselected() {
        for preset in PRESETS {
            assert!(
                preset.auth == AuthMethod::Auto || preset.auth.uses_token(),
                "{} pre-selects {}",
                preset.name,
                preset.auth
            );
        }
    }

    #[test]
    fn username_full_address() {
        let gmail = for_address("alice@gmail.com").unwrap();
        assert_eq!(gmail.username, UsernameForm::FullAddress);
        assert_eq!(username_for(gmail, "  Alice@GMail.com "), "Alice@GMail.com");
    }

    #[test]
    fn username_local_part() {
        let web = for_address("alice@web.de").unwrap();
        assert_eq!(web.username, UsernameForm::LocalPart);
        assert_eq!(username_for(web, " alice.smith@web.de\n"), "alice.smith");
        assert_eq!(
            username_for(web, "alice"),
            "alice",
            "no @: taken as the user name itself"
        );
        assert_eq!(for_address("x@free.fr").unwrap().username, UsernameForm::LocalPart);
    }
}
