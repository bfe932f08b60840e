//! Link targets and deceptive links: the hosts a link shows and goes to.

use url::Url;

/// The target of an href, when it is one the reader may offer.
pub(super) fn link_url(href: &str) -> Option<Url> {
    let url = Url::parse(href.trim()).ok()?;
    matches!(url.scheme(), "http" | "https" | "mailto").then_some(url)
}

pub(super) fn is_deceptive(text: &str, url: &Url) -> bool {
    if url.scheme() != "mailto" && (!url.username().is_empty() || url.password().is_some()) {
        return true;
    }
    let Some(shown) = shown_host(text) else {
        return false;
    };
    match target_host(url) {
        Some(real) => without_www(&shown) != without_www(&real),
        None => true,
    }
}

fn without_www(host: &str) -> &str {
    host.strip_prefix("www.").unwrap_or(host)
}

/// The host a link really goes to (for mailto, the address's domain), in
/// the URL parser's normal form.
fn target_host(url: &Url) -> Option<String> {
    if url.scheme() == "mailto" {
        let address = url.path().split(['?', ',']).next()?;
        let (_, domain) = address.rsplit_once('@')?;
        return normal_host(domain);
    }
    url.host_str().map(|h| h.trim_end_matches('.').to_owned())
}

/// A host name as the URL parser writes it: lower case, IDNA to punycode,
/// percent-decoded, no trailing dot.
fn normal_host(host: &str) -> Option<String> {
    if host.is_empty() || host.contains(['/', '\\', '?', '#', '@']) {
        return None;
    }
    let url = Url::parse(&format!("http://{host}/")).ok()?;
    Some(url.host_str()?.trim_end_matches('.').to_owned())
}

/// ASCII `prefix` (any case) starts `s`; never slices inside a character.
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// File extensions that make "report.pdf" a file name, not a host name.
const FILE_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "txt", "csv", "rtf", "jpg", "jpeg", "png",
    "gif", "bmp", "svg", "webp", "htm", "html", "php", "asp", "aspx", "exe",
];

/// The host a link's visible text names, if it looks like a URL, a host
/// name or an e-mail address.
pub(super) fn shown_host(text: &str) -> Option<String> {
    let t = text.trim().trim_matches(|c: char| "()<>[]{}\"'.,;:!?".contains(c));
    if t.is_empty() || t.chars().any(char::is_whitespace) {
        return None;
    }
    if starts_with_ignore_case(t, "mailto:") {
        let (_, domain) = t["mailto:".len()..].split(['?', ',']).next()?.rsplit_once('@')?;
        return normal_host(domain);
    }
    let (rest, explicit) = match t.find("://") {
        Some(i) if i > 0 && t[..i].chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) => {
            (&t[i + 3..], true)
        }
        _ => (t, false),
    };
    let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let has_path = end < rest.len();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = match host_port.rsplit_once(':') {
        Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) => host,
        _ => host_port,
    };
    if explicit {
        // The text claims to be a URL: if its host cannot be read, it
        // cannot match the target's.
        return Some(normal_host(host).unwrap_or_else(|| host.to_lowercase()));
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || !l.chars().all(|c| c.is_alphanumeric() || c == '-'))
    {
        return None;
    }
    let last = labels[labels.len() - 1];
    let ipv4 = labels.len() == 4 && labels.iter().all(|l| l.chars().all(|c| c.is_ascii_digit()));
    if !ipv4 && (last.chars().count() < 2 || !last.chars().all(char::is_alphabetic)) {
        return None;
    }
    let www = starts_with_ignore_case(host, "www.");
    let email = authority.contains('@');
    if !has_path && !www && !email && FILE_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(last)) {
        return None;
    }
    normal_host(host)
}
