//! A real Dovecot POP3 server for one test: its own temporary directory,
//! configuration, users, certificate and Maildir, listening only on
//! 127.0.0.1, stopped when the value is dropped.
//!
//! Dovecot is a test dependency, never optional: when it is missing the
//! test fails and names the Debian packages to install.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io::Read as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use postie::pop3::{AuthMethod, Credentials, Fingerprint, Security, ServerConfig};

use super::certs::{self, ServerCert};

/// The main test user.
pub const ALICE: &str = "alice";
/// Spaces and symbols, so that quoting and SASL encoding are exercised.
pub const ALICE_PASSWORD: &str = "Tr0ub4dor & 3 horses!";
/// An SDPS-style login (`user@host`), which must reach the server as typed.
pub const CAROL: &str = "carol@pop.example.org";
pub const CAROL_PASSWORD: &str = "c4rol's p@ss word";
/// How many messages CAROL has.
pub const CAROL_MESSAGES: usize = 3;

/// Owner of the Maildirs when the tests run as root: Dovecot's passwd-file
/// refuses uid 0, and a bare number needs no entry in /etc/passwd.
const MAIL_ID: u32 = 10110;

const INSTALL_HINT: &str = "install the Debian packages dovecot-core and dovecot-pop3d \
     (apt-get install dovecot-core dovecot-pop3d)";

/// How big the generated messages are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sizes {
    /// From a few hundred bytes to half a megabyte, with the awkward cases
    /// (dot-stuffing, very long lines, 8-bit bytes, empty bodies) spread in.
    Varied,
    /// Every message about this many bytes (headers included), ordinary text
    /// with a few dot-stuffed lines: a realistic load for benchmarks.
    About(usize),
}

/// One message as the harness stored it.
#[derive(Debug, Clone)]
pub struct StoredMessage {
    /// What UIDL must answer: with `pop3_uidl_format = %f`, the Maildir base name.
    pub uidl: String,
    /// The file's bytes, LF line endings, as Dovecot stores them.
    pub lf: Vec<u8>,
}

impl StoredMessage {
    /// The bytes POP3 delivers after dot-unstuffing: every LF becomes CRLF.
    pub fn crlf(&self) -> Vec<u8> {
        to_crlf(&self.lf)
    }

    /// The size LIST and STAT report.
    pub fn pop3_size(&self) -> u64 {
        crlf_len(&self.lf) as u64
    }

    /// What `TOP n lines` must return: the header, the blank line, and the
    /// first `lines` lines of the body.
    pub fn top_crlf(&self, lines: usize) -> Vec<u8> {
        let header_end = match find(&self.lf, b"\n\n") {
            Some(at) => at + 2,
            None => return self.crlf(),
        };
        let mut end = header_end;
        for _ in 0..lines {
            match self.lf[end..].iter().position(|&b| b == b'\n') {
                Some(at) => end += at + 1,
                None => {
                    end = self.lf.len();
                    break;
                }
            }
        }
        to_crlf(&self.lf[..end])
    }
}

struct Mailbox {
    user: String,
    password: String,
    maildir: PathBuf,
    messages: Vec<StoredMessage>,
}

/// A running Dovecot. Dropping it stops the server and removes its files.
pub struct Dovecot {
    // `Drop` stops the process before any field, so the directory is
    // removed only once nothing writes to it.
    child: Child,
    /// Plain text and STLS.
    pub plain_port: u16,
    /// Implicit TLS.
    pub tls_port: u16,
    cert: ServerCert,
    cert_path: PathBuf,
    mailboxes: Vec<Mailbox>,
    dir: tempfile::TempDir,
}

impl Dovecot {
    /// ALICE with `messages` messages of varied sizes, CAROL with a few.
    pub fn start(messages: usize) -> Dovecot {
        Dovecot::start_with(messages, Sizes::Varied)
    }

    pub fn start_with(messages: usize, sizes: Sizes) -> Dovecot {
        let binary = dovecot_binary();
        // The ports are found free and released before Dovecot binds them,
        // so another process can take one in between: try again then.
        let mut attempts = 0;
        loop {
            attempts += 1;
            match Dovecot::try_start(&binary, messages, sizes) {
                Ok(dovecot) => return dovecot,
                Err(failure) if failure.port_taken && attempts < 5 => continue,
                Err(failure) => panic!("{}", failure.message),
            }
        }
    }

    fn try_start(binary: &Path, messages: usize, sizes: Sizes) -> Result<Dovecot, StartFailure> {
        let dir = tempfile::Builder::new()
            .prefix("postie-dovecot-")
            .tempdir()
            .expect("temporary directory");
        // Dovecot's processes run as other users and must reach the files.
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod temporary directory");
        let root = dir.path().to_path_buf();
        let ids = Identity::detect(&root);

        let cert = certs::self_signed(&["localhost"]);
        let cert_path = root.join("cert.pem");
        let key_path = root.join("key.pem");
        fs::write(&cert_path, &cert.cert_pem).expect("write certificate");
        fs::write(&key_path, &cert.key_pem).expect("write key");
        fs::set_permissions(&key_path, fs::Permissions::from_mode(0o600)).expect("chmod key");

        let mut mailboxes = vec![
            make_mailbox(&root, ALICE, ALICE_PASSWORD, messages, sizes, 1),
            make_mailbox(&root, CAROL, CAROL_PASSWORD, CAROL_MESSAGES, Sizes::Varied, 2),
        ];
        let passwd_path = root.join("passwd");
        let mut passwd = String::new();
        for mailbox in &mut mailboxes {
            let home = mailbox.maildir.parent().expect("home").to_path_buf();
            chown_tree(&home, ids.mail_uid, ids.mail_gid);
            // passwd-file: user:password:uid:gid:gecos:home:shell:extra
            writeln!(
                passwd,
                "{}:{{PLAIN}}{}:{}:{}::{}::",
                mailbox.user,
                mailbox.password,
                ids.mail_uid,
                ids.mail_gid,
                home.display()
            )
            .expect("format passwd");
        }
        fs::write(&passwd_path, passwd).expect("write passwd file");
        // Read by the auth process, which runs as the internal user.
        if let Some(gid) = ids.passwd_gid {
            std::os::unix::fs::chown(&passwd_path, Some(0), Some(gid)).expect("chown passwd file");
        }
        fs::set_permissions(&passwd_path, fs::Permissions::from_mode(0o640)).expect("chmod passwd file");

        let plain_port = free_port();
        let tls_port = free_port();
        let log_path = root.join("dovecot.log");
        let config_path = root.join("dovecot.conf");
        fs::create_dir_all(root.join("run")).expect("base_dir");
        fs::create_dir_all(root.join("state")).expect("state_dir");
        let config = config_text(&ConfigInputs {
            root: &root,
            plain_port,
            tls_port,
            cert: &cert_path,
            key: &key_path,
            passwd: &passwd_path,
            log: &log_path,
            ids: &ids,
        });
        fs::write(&config_path, config).expect("write dovecot.conf");

        let stderr_path = root.join("dovecot.stderr");
        let stderr = fs::File::create(&stderr_path).expect("stderr file");
        let child = Command::new(binary)
            .arg("-F")
            .arg("-c")
            .arg(&config_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("could not run {}: {e}; {INSTALL_HINT}", binary.display()));

        let mut dovecot = Dovecot {
            child,
            plain_port,
            tls_port,
            cert,
            cert_path,
            mailboxes,
            dir,
        };
        if let Err(why) = dovecot.wait_until_listening(Duration::from_secs(20)) {
            let log = dovecot.log();
            let port_taken = log.contains("Address already in use");
            return Err(StartFailure {
                port_taken,
                message: format!("Dovecot did not start: {why}\n--- Dovecot log and stderr ---\n{log}"),
            });
        }
        Ok(dovecot)
    }

    fn wait_until_listening(&mut self, limit: Duration) -> Result<(), String> {
        let start = Instant::now();
        let mut ready = [false, false];
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("the process exited early ({status})"));
            }
            for (i, port) in [self.plain_port, self.tls_port].into_iter().enumerate() {
                if !ready[i] {
                    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
                    ready[i] = TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok();
                }
            }
            if ready == [true, true] {
                return Ok(());
            }
            if start.elapsed() > limit {
                return Err(format!(
                    "ports {} (plain) and {} (TLS) not accepting connections after {:?}",
                    self.plain_port, self.tls_port, limit
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn port(&self, security: Security) -> u16 {
        match security {
            Security::Tls => self.tls_port,
            Security::StartTls | Security::Plain => self.plain_port,
        }
    }

    /// A configuration that trusts the test certificate as an extra root.
    /// The host is "localhost", the name in the certificate, which resolves
    /// to 127.0.0.1 here.
    pub fn server_config(&self, security: Security) -> ServerConfig {
        let mut config = self.untrusting_config(security);
        config.extra_root_certificates = vec![self.cert.der.clone()];
        config
    }

    /// A configuration that does not know the test certificate.
    pub fn untrusting_config(&self, security: Security) -> ServerConfig {
        ServerConfig::new("localhost", security).with_port(self.port(security))
    }

    /// ALICE's credentials with the given method, plain text allowed
    /// (needed for USER, PLAIN, LOGIN and APOP over `Security::Plain`).
    pub fn credentials(&self, method: AuthMethod) -> Credentials {
        let mut credentials = Credentials::password(ALICE, ALICE_PASSWORD).with_method(method);
        credentials.allow_plaintext = true;
        credentials
    }

    pub fn certificate(&self) -> &ServerCert {
        &self.cert
    }

    /// The PEM file of the server certificate (for other clients' trust files).
    pub fn certificate_path(&self) -> &Path {
        &self.cert_path
    }

    pub fn fingerprint(&self) -> Fingerprint {
        self.cert.fingerprint()
    }

    /// The messages of `user` in Maildir order, which is POP3 message order.
    pub fn messages(&self, user: &str) -> &[StoredMessage] {
        &self.mailbox(user).messages
    }

    /// The Maildir of `user`.
    pub fn maildir(&self, user: &str) -> &Path {
        &self.mailbox(user).maildir
    }

    /// Delivers `lf` (a message with LF line ends) to `user` while the
    /// server runs, as a mail system would: written in `tmp/`, then moved
    /// to `new/`. `time` orders it among the others (POP3 order is by
    /// time). Returns it as POP3 will show it (its UIDL is the file name).
    pub fn deliver(&self, user: &str, time: u64, tag: &str, lf: &[u8]) -> StoredMessage {
        let temporary = self.maildir(user).join("tmp").join(format!("{time}.{tag}"));
        fs::write(&temporary, lf).unwrap_or_else(|e| panic!("write {}: {e}", temporary.display()));
        let uidl = self.deliver_file(user, time, tag, &temporary, lf.len() as u64, crlf_len(lf) as u64);
        StoredMessage { uidl, lf: lf.to_vec() }
    }

    /// Delivers a message a test wrote itself into `user`'s `tmp/` (one
    /// too large to hold in memory), of `lf_len` bytes with LF line ends
    /// and `crlf_len` as POP3 counts it. Returns its UIDL.
    pub fn deliver_file(
        &self,
        user: &str,
        time: u64,
        tag: &str,
        temporary: &Path,
        lf_len: u64,
        crlf_len: u64,
    ) -> String {
        let new = self.maildir(user).join("new");
        // Dovecot reads mail as the Maildir's owner (not root).
        let owner = fs::metadata(&new).unwrap_or_else(|e| panic!("{}: {e}", new.display()));
        std::os::unix::fs::chown(temporary, Some(owner.uid()), Some(owner.gid()))
            .unwrap_or_else(|e| panic!("chown {}: {e}", temporary.display()));
        // S= and W= as the harness's own messages have them.
        let name = format!("{time}.M1P4242.postie-{tag},S={lf_len},W={crlf_len}");
        fs::rename(temporary, new.join(&name)).unwrap_or_else(|e| panic!("deliver {name}: {e}"));
        name
    }

    /// Files in new/ and cur/ right now: goes down only when Dovecot
    /// really expunged something.
    pub fn messages_on_disk(&self, user: &str) -> usize {
        let maildir = &self.mailbox(user).maildir;
        ["new", "cur"]
            .iter()
            .map(|sub| {
                fs::read_dir(maildir.join(sub))
                    .unwrap_or_else(|e| panic!("read {}/{sub}: {e}", maildir.display()))
                    .filter(|entry| entry.as_ref().is_ok_and(|e| e.path().is_file()))
                    .count()
            })
            .sum()
    }

    /// The Dovecot log and anything it wrote to stderr, for failure messages.
    pub fn log(&self) -> String {
        let mut text = String::new();
        for name in ["dovecot.log", "dovecot.stderr"] {
            if let Ok(mut file) = fs::File::open(self.dir.path().join(name)) {
                let mut bytes = Vec::new();
                let _ = file.read_to_end(&mut bytes);
                text.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
        text
    }

    /// The temporary directory everything lives in.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    fn mailbox(&self, user: &str) -> &Mailbox {
        self.mailboxes
            .iter()
            .find(|m| m.user == user)
            .unwrap_or_else(|| panic!("the harness has no user {user}"))
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its children; SIGKILL would orphan them.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct StartFailure {
    port_taken: bool,
    message: String,
}

fn dovecot_binary() -> PathBuf {
    let binary = std::env::var_os("POSTIE_DOVECOT").map_or_else(|| PathBuf::from("/usr/sbin/dovecot"), PathBuf::from);
    if !binary.is_file() {
        panic!(
            "Dovecot is not installed ({} not found): {INSTALL_HINT}",
            binary.display()
        );
    }
    // dovecot-core alone has no POP3 server: the master starts without
    // complaint and then every login fails, which is much harder to read.
    let pop3 = Path::new("/usr/lib/dovecot/pop3");
    if binary == Path::new("/usr/sbin/dovecot") && !pop3.is_file() {
        panic!(
            "Dovecot's POP3 server is not installed ({} not found): {INSTALL_HINT}",
            pop3.display()
        );
    }
    binary
}

/// Who owns what, and which users Dovecot's processes run as.
struct Identity {
    mail_uid: u32,
    mail_gid: u32,
    /// Group given read access to the passwd file (root case only).
    passwd_gid: Option<u32>,
    /// `None` keeps Dovecot's defaults (dovecot and dovenull).
    run_as: Option<(String, String)>,
    rootless: bool,
}

impl Identity {
    fn detect(dir: &Path) -> Identity {
        let meta = fs::metadata(dir).expect("stat temporary directory");
        let (uid, gid) = (meta.uid(), meta.gid());
        if uid == 0 {
            for user in ["dovecot", "dovenull"] {
                if lookup_name("/etc/passwd", user).is_none() {
                    panic!(
                        "the system user '{user}' does not exist, so Dovecot is not installed properly: {INSTALL_HINT}"
                    );
                }
            }
            let group = lookup_name("/etc/group", "dovecot")
                .unwrap_or_else(|| panic!("the group 'dovecot' does not exist: {INSTALL_HINT}"));
            Identity {
                mail_uid: MAIL_ID,
                mail_gid: MAIL_ID,
                passwd_gid: Some(group),
                run_as: None,
                rootless: false,
            }
        } else {
            // Rootless Dovecot: every process runs as the current user.
            let user = lookup_id("/etc/passwd", uid)
                .or_else(|| std::env::var("USER").ok())
                .unwrap_or_else(|| panic!("no user name for uid {uid}"));
            let group = lookup_id("/etc/group", gid).unwrap_or_else(|| gid.to_string());
            Identity {
                mail_uid: uid,
                mail_gid: gid,
                passwd_gid: None,
                run_as: Some((user, group)),
                rootless: true,
            }
        }
    }
}

/// The numeric id of `name` in an /etc/passwd or /etc/group style file.
fn lookup_name(file: &str, name: &str) -> Option<u32> {
    let text = fs::read_to_string(file).ok()?;
    text.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.len() > 2 && fields[0] == name)
            .then(|| fields[2].parse().ok())
            .flatten()
    })
}

/// The name of numeric id `id` in an /etc/passwd or /etc/group style file.
fn lookup_id(file: &str, id: u32) -> Option<String> {
    let text = fs::read_to_string(file).ok()?;
    text.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.len() > 2 && fields[2].parse() == Ok(id)).then(|| fields[0].to_owned())
    })
}

struct ConfigInputs<'a> {
    root: &'a Path,
    plain_port: u16,
    tls_port: u16,
    cert: &'a Path,
    key: &'a Path,
    passwd: &'a Path,
    log: &'a Path,
    ids: &'a Identity,
}

fn config_text(c: &ConfigInputs<'_>) -> String {
    let root = c.root.display();
    let mut text = format!(
        r#"# Written by the postie test harness; nothing here is read from /etc.
base_dir = {root}/run
state_dir = {root}/state
instance_name = postie-test-{plain_port}
log_path = {log}
auth_verbose = yes

protocols = pop3
listen = 127.0.0.1
login_trusted_networks =

ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
# No ssl_dh: Dovecot 2.3 needs it only for DHE suites, and OpenSSL negotiates
# ECDHE with every client tested here.
ssl_min_protocol = TLSv1.2

disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256 apop
# Wrong-password tests would otherwise wait two seconds each.
auth_failure_delay = 0
# Connections cut by the fault-injecting proxy take Dovecot a moment to
# notice; the default of 10 per user and address is reached by tests that
# cut a hundred sessions in a row.
mail_max_userip_connections = 200

first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:~/Maildir
# The Maildir base name: the harness knows it, so every UIDL can be checked.
pop3_uidl_format = %f

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {passwd}
}}
"#,
        plain_port = c.plain_port,
        log = c.log.display(),
        cert = c.cert.display(),
        key = c.key.display(),
        uid = c.ids.mail_uid,
        gid = c.ids.mail_gid,
        passwd = c.passwd.display(),
    );
    let chroot = if c.ids.rootless { "  chroot =\n" } else { "" };
    // Anvil's auth penalty delays every failed login from one IP by up to
    // 15 seconds; mode 0 on its socket turns it off, so wrong-password
    // tests answer at once.
    write!(
        text,
        r#"
service pop3-login {{
{chroot}  inet_listener pop3 {{
    address = 127.0.0.1
    port = {plain}
  }}
  inet_listener pop3s {{
    address = 127.0.0.1
    port = {tls}
    ssl = yes
  }}
}}
service anvil {{
{chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"#,
        plain = c.plain_port,
        tls = c.tls_port,
    )
    .expect("format config");
    if let Some((user, group)) = &c.ids.run_as {
        write!(
            text,
            r#"
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
"#
        )
        .expect("format config");
    }
    text
}

fn free_port() -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local address").port()
}

fn chown_tree(path: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::chown(path, Some(uid), Some(gid)).unwrap_or_else(|e| panic!("chown {}: {e}", path.display()));
    if path.is_dir() {
        for entry in fs::read_dir(path).expect("read_dir") {
            chown_tree(&entry.expect("dir entry").path(), uid, gid);
        }
    }
}

fn make_mailbox(root: &Path, user: &str, password: &str, count: usize, sizes: Sizes, seed: u64) -> Mailbox {
    let home = root.join("home").join(user.replace('@', "_at_"));
    let maildir = home.join("Maildir");
    for sub in ["new", "cur", "tmp"] {
        fs::create_dir_all(maildir.join(sub)).expect("create Maildir");
    }
    let mut rng = Rng::new(seed);
    let mut messages = Vec::with_capacity(count);
    for index in 0..count {
        let lf = generate_message(index, sizes, &mut rng);
        // Dovecot numbers new messages by the time in their file name, so
        // increasing times make POP3 order the harness's order. S= and W=
        // (file size and CRLF size) spare Dovecot from reading each file
        // for LIST, as a long-lived Maildir would.
        let base = format!(
            "{}.M{}P4242.postie-{seed},S={},W={}",
            1_700_000_000 + index,
            index,
            lf.len(),
            crlf_len(&lf)
        );
        // A mix of unread (new/) and already-seen (cur/) messages.
        let path = if index.is_multiple_of(3) {
            maildir.join("cur").join(format!("{base}:2,S"))
        } else {
            maildir.join("new").join(&base)
        };
        fs::write(&path, &lf).expect("write message");
        messages.push(StoredMessage { uidl: base, lf });
    }
    Mailbox {
        user: user.to_owned(),
        password: password.to_owned(),
        maildir,
        messages,
    }
}

/// xorshift64*: deterministic messages without a dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low)
    }
}

const WORDS: &[&str] = &[
    "the",
    "mail",
    "server",
    "message",
    "quarterly",
    "report",
    "attached",
    "please",
    "review",
    "before",
    "Friday",
    "meeting",
    "agenda",
    "budget",
    "draft",
    "thanks",
    "regards",
    "invoice",
    "shipment",
    "delayed",
    "customer",
    "support",
    "ticket",
    "resolved",
    "password",
    "reset",
    "newsletter",
    "unsubscribe",
    "weekend",
    "holiday",
    "schedule",
    "project",
    "milestone",
    "review",
    "comments",
    "inline",
    "below",
    "above",
    "From",
];

/// An RFC 5322 message with LF line endings. Every message ends with LF,
/// as Dovecot's own deliveries do.
fn generate_message(index: usize, sizes: Sizes, rng: &mut Rng) -> Vec<u8> {
    let target = match sizes {
        Sizes::About(bytes) => bytes,
        // A few big ones, far larger than any read buffer.
        Sizes::Varied if index % 97 == 50 => rng.range(400_000, 600_000),
        Sizes::Varied => match rng.below(100) {
            0..=59 => rng.range(300, 3_000),
            60..=89 => rng.range(3_000, 30_000),
            _ => rng.range(30_000, 120_000),
        },
    };
    let eight_bit = sizes == Sizes::Varied && index % 4 == 2;
    let mut out = Vec::with_capacity(target + 1024);
    let day = 1 + index % 28;
    let _ = write!(
        Bytes(&mut out),
        "Return-Path: <sender{index}@example.org>\n\
         Received: from mx.example.org (mx.example.org [192.0.2.{octet}])\n\
         \tby mail.example.net with ESMTPS id {index:08x}\n\
         \tfor <alice@example.net>; Tue, {day} Nov 2023 10:{minute:02}:00 +0000\n\
         Message-ID: <{index}.{seed:016x}@example.org>\n\
         Date: Tue, {day} Nov 2023 10:{minute:02}:00 +0000\n\
         From: \"Sender {index}\" <sender{index}@example.org>\n\
         To: Alice <alice@example.net>\n\
         Subject: Test message {index} of the postie interop suite\n\
         MIME-Version: 1.0\n\
         Content-Type: text/plain; charset={charset}\n\
         Content-Transfer-Encoding: {cte}\n\
         X-Postie-Index: {index}\n\
         \n",
        octet = 1 + index % 250,
        minute = index % 60,
        seed = rng.next(),
        charset = if eight_bit { "ISO-8859-1" } else { "us-ascii" },
        cte = if eight_bit { "8bit" } else { "7bit" },
    );
    if sizes == Sizes::Varied && index % 13 == 4 {
        // Header and blank line only: TOP and RETR of an empty body.
        return out;
    }
    let special = match sizes {
        Sizes::Varied => index.is_multiple_of(5),
        Sizes::About(_) => index.is_multiple_of(10),
    };
    if special {
        // Dot-stuffing in every shape: a lone dot would end the response
        // early if the server or client got stuffing wrong.
        out.extend_from_slice(b".leading dot\n..two leading dots\n.\n...\n. space after dot\n..\n");
    }
    if sizes == Sizes::Varied && index % 7 == 1 {
        // Longer than any sane status line limit, shorter than the message.
        let len = rng.range(1_500, 20_000);
        for _ in 0..len {
            out.push(b'a' + (rng.below(26) as u8));
        }
        out.push(b'\n');
    }
    if eight_bit {
        out.extend_from_slice("Gr\u{fc}\u{df}e aus M\u{fc}nchen, \u{e7}a va? ".as_bytes());
        for _ in 0..rng.range(40, 200) {
            out.push(0x80 + rng.below(0x80) as u8);
        }
        out.push(b'\n');
    }
    while out.len() < target {
        let mut line = String::new();
        let width = rng.range(20, 78);
        while line.len() < width {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(WORDS[rng.below(WORDS.len())]);
        }
        if rng.below(40) == 0 {
            line.clear();
        }
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
    if sizes == Sizes::Varied && index % 11 == 3 {
        // The last line a lone dot: "..\r\n.\r\n" on the wire.
        out.extend_from_slice(b".\n");
    }
    out
}

/// `fmt::Write` into a byte vector (the headers are ASCII).
struct Bytes<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Bytes<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

fn to_crlf(lf: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(crlf_len(lf));
    for &b in lf {
        if b == b'\n' {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}

fn crlf_len(lf: &[u8]) -> usize {
    lf.len() + lf.iter().filter(|&&b| b == b'\n').count()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
