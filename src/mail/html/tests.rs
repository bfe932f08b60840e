use super::links::{is_deceptive, shown_host};
use super::*;
use crate::text::is_unsafe_char;
use proptest::strategy::Strategy as _;
use std::time::Instant;
use url::Url;

fn text(html: &str) -> String {
    html_to_text(html).text
}

#[test]
fn paragraphs_breaks_and_blank_lines() {
    assert_eq!(text("<p>One</p><p>Two</p>"), "One\n\nTwo");
    assert_eq!(text("a<br>b<br><br>c"), "a\nb\n\nc");
    assert_eq!(text("<p>a</p><p></p><p></p><br><br><br><div><p>b</p></div>"), "a\n\nb");
    assert_eq!(
        text("<div>  lots   of \n\t space </div><div>next</div>"),
        "lots of space\nnext"
    );
    assert_eq!(text("<p>unclosed<p>paragraphs"), "unclosed\n\nparagraphs");
    assert_eq!(text("x</p>y"), "x\n\ny");
    assert_eq!(text("<b>bold</b> and <i>italic</i>"), "bold and italic");
}

#[test]
fn headings_are_on_their_own_lines() {
    assert_eq!(
        text("intro<h1>Title</h1>body <h2>Sub</h2>more"),
        "intro\n\nTitle\n\nbody\n\nSub\n\nmore"
    );
}

#[test]
fn lists() {
    assert_eq!(text("<ul><li>one</li><li>two</ul>"), "• one\n• two");
    assert_eq!(text("<ol><li>one<li>two<li>three</ol>"), "1. one\n2. two\n3. three");
    assert_eq!(
        text("<ol start=\"4\"><li>four<li value=\"9\">nine<li>ten</ol>"),
        "4. four\n9. nine\n10. ten"
    );
    assert_eq!(
        text("<p>Items:</p><ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li><p>b</p></li></ul><p>end</p>"),
        "Items:\n\n• a\n  • a1\n  • a2\n• b\n\nend"
    );
}

#[test]
fn blockquotes_are_prefixed() {
    assert_eq!(
        text("<p>Hi</p><blockquote><p>quoted</p><p>twice</p><blockquote>deeper</blockquote></blockquote>after"),
        "Hi\n\n> quoted\n>\n> twice\n>\n>> deeper\n\nafter"
    );
}

#[test]
fn tables_render_rows_with_separators() {
    let html = "<table><tr><th>Name</th><th>Qty</th></tr><tr><td>Apple</td><td>3</td></tr>\
                <tr><td></td><td>only</td></tr></table>after";
    assert_eq!(text(html), "Name | Qty\nApple | 3\nonly\nafter");
    // Unclosed cells and rows.
    assert_eq!(text("<table><tr><td>a<td>b<tr><td>c<td>d</table>"), "a | b\nc | d");
}

#[test]
fn pre_is_kept_and_hr_is_a_rule() {
    assert_eq!(
        text("<pre>\n  x = 1;\n\ty  &lt; 2\n</pre>after"),
        "  x = 1;\n\ty  < 2\n\nafter"
    );
    assert_eq!(text("above<hr>below"), format!("above\n{RULE}\nbelow"));
}

#[test]
fn entities_are_decoded() {
    assert_eq!(
        text("AT&amp;T&nbsp;&nbsp;it&#x27;s &eacute;t&eacute; &copy 2024 &#150; &lt;b&gt; &bogus; &#0;"),
        "AT&T it's été © 2024 – <b> &bogus; \u{FFFD}"
    );
    assert_eq!(text("&notit; &CounterClockwiseContourIntegral; &#x1F600;"), "¬it; ∳ 😀");
    // In attributes, a legacy name followed by '=' stays literal.
    let links = html_to_text("<a href=\"https://x.example/?a=1&copy=2&amp;b=3\">x</a>").links;
    assert_eq!(links[0].target, "https://x.example/?a=1&copy=2&b=3");
}

#[test]
fn scripts_styles_and_metadata_are_dropped() {
    let html = "<html><head><title>T</title><style>p{color:red}</style><meta charset=utf-8>\
        <script>alert('</p>')</script></head><body><p>Visible</p><script type=x>var a = '<b>';</script>\
        <template><p>inert</p></template><svg><text>vector</text><style>x</style></svg><noscript>no scripts</noscript>\
        <!-- a comment --><!--[if mso]>outlook<![endif]--><select><option>opt</option></select> end</body></html>";
    assert_eq!(text(html), "Visible\n\nno scripts end");
}

#[test]
fn html_breaks_out_of_svg() {
    assert_eq!(text("<svg><circle/><p>shown</svg>"), "shown");
}

#[test]
fn images_are_never_loaded() {
    let html = "<p><img src=\"https://tracker.example/logo.png\" alt=\"Logo\"> \
        <img src=\"https://tracker.example/a.png\"> <img src=x alt=\"\"> \
        <img src=\"https://tracker.example/pixel.gif\" width=\"1\" height=\"1\" alt=\"px\">\
        <img src=\"https://t.example/p.gif\" style=\"display: none\" alt=\"hidden\">\
        <img src=\"https://t.example/q.gif\" style=\"width:1px;height:1px\" alt=\"tiny\"></p>";
    let out = text(html);
    assert_eq!(out, "[image: Logo] [image]");
    assert!(!out.contains("tracker") && !out.contains("http"));
}

#[test]
fn embedded_content_and_forms_are_inert() {
    assert_eq!(
        text(
            "a<iframe src=\"https://x.example\">inside</iframe>b<object data=x><p>fallback</p></object>c<embed src=y>"
        ),
        "a [embedded content not shown] b [embedded content not shown] c [embedded content not shown]"
    );
    assert_eq!(
        text(
            "<form action=\"https://x.example\"><label>Name <input name=n value=secret></label>\
              <input type=hidden value=h><input type=submit value=\"Send it\"><button>Press</button>\
              <textarea>typed &amp; kept</textarea></form>"
        ),
        "Name [Send it] Press typed & kept"
    );
}

#[test]
fn hidden_content_is_not_shown() {
    assert_eq!(
        text(
            "<div style=\"display:none;max-height:0\">preheader</div><span hidden>h</span>\
              <div style=\"max-height:0px; overflow:hidden\">also</div><p style=\"font-size:0\">shown</p>"
        ),
        "shown"
    );
}

#[test]
fn links_are_numbered_with_real_targets() {
    let r = html_to_text(
        "<p>Visit <a href=\"https://example.com/a\">our site</a> or \
         <a href=\"mailto:help@example.com\">write</a>. <a href=\"https://example.com/a\">Again</a></p>",
    );
    assert_eq!(r.text, "Visit our site [1] or write [2]. Again [1]");
    assert_eq!(
        r.links,
        vec![
            Link {
                text: "our site".into(),
                target: "https://example.com/a".into(),
                deceptive: false
            },
            Link {
                text: "write".into(),
                target: "mailto:help@example.com".into(),
                deceptive: false
            },
        ]
    );
}

#[test]
fn deceptive_links_are_flagged() {
    let r = html_to_text(
        "<a href=\"http://evil.example.net/login\">https://bank.example.com</a> \
         <a href=\"https://www.bank.example.com/x\">bank.example.com</a> \
         <a href=\"https://bank.example.com@evil.example.net/\">Log in</a> \
         <a href=\"mailto:x@evil.example.net\">support@bank.example.com</a> \
         <a href=\"https://xn--80ak6aa92e.com/\">аррӏе.com</a> \
         <a href=\"https://apple.com/\">аррӏе.com</a> \
         <a href=\"https://cdn.example.org/f.pdf\">report.pdf</a> \
         <a href=\"https://b\u{fc}cher.example/\">www.bücher.example</a>",
    );
    let flags: Vec<bool> = r.links.iter().map(|l| l.deceptive).collect();
    assert_eq!(
        flags,
        [true, false, true, true, false, true, false, false],
        "{:#?}",
        r.links
    );
    assert_eq!(r.links[0].target, "http://evil.example.net/login");
    assert_eq!(r.links[7].target, "https://xn--bcher-kva.example/");
}

#[test]
fn only_web_and_mail_links_are_kept() {
    let r = html_to_text(
        "<a href=\"javascript:alert(1)\">click</a> <a href=\" java\tscript:alert(1)\">tab</a> \
         <a href=\"data:text/html,<script>x</script>\">data</a> <a href=\"file:///etc/passwd\">file</a> \
         <a href=\"/relative\">rel</a> <a>none</a> <a href=\"https://ok.example\"></a>",
    );
    assert_eq!(r.text, "click tab data file rel none");
    assert!(r.links.is_empty());
}

#[test]
fn bidi_and_control_characters_are_neutralised() {
    let r = html_to_text(
        "<p>invoice\u{202E}fdp.exe &#x202E;x &#8238; \u{1b}[31m &#27;</p>\
         <a href=\"https://x.example\">a\u{202E}b</a><pre>\u{7}bell\r\nline</pre>",
    );
    for c in r
        .text
        .chars()
        .chain(r.links.iter().flat_map(|l| l.text.chars().chain(l.target.chars())))
    {
        assert!(c == '\n' || c == '\t' || !is_unsafe_char(c), "{c:?} in {r:?}");
    }
    assert!(r.text.contains("invoice\u{FFFD}fdp.exe"));
    assert!(r.text.contains("\u{FFFD}bell\nline"));
}

#[test]
fn output_and_links_are_bounded() {
    let big = "word ".repeat(MAX_TEXT_BYTES / 2);
    let out = text(&big);
    assert!(out.len() <= MAX_TEXT_BYTES + 64);
    assert!(out.ends_with(&crate::t!("mail-html-truncated")));
    let mut many = String::new();
    for i in 0..MAX_LINKS + 50 {
        many.push_str(&format!("<a href=\"https://example.com/{i}\">l{i}</a> "));
    }
    let r = html_to_text(&many);
    assert_eq!(r.links.len(), MAX_LINKS);
    assert!(r.text.contains(&format!(
        "l{} [{MAX_LINKS}] l{MAX_LINKS} l{} ",
        MAX_LINKS - 1,
        MAX_LINKS + 1
    )));
    assert!(r.text.ends_with(&format!("l{}", MAX_LINKS + 49)));
}

#[test]
fn malformed_markup_is_survived() {
    for html in [
        "<",
        "</",
        "<a",
        "<a href=\"x",
        "<!--",
        "<!-- x --",
        "<![CDATA[x",
        "<script>never closed",
        "&",
        "&#",
        "&#x",
        "&#xFFFFFFFFFF;",
        "<p a=1 a=2 =b '\"/>",
        "</>",
        "< p>",
        "a<3 b",
        "<plaintext><b>raw</b>",
        "<xmp><b>x</b></xmp>",
        "<table><td><table><td><ul><li><blockquote>",
        "</div></div></a></li>",
        "<svg><svg/></svg>after",
    ] {
        let _ = html_to_text(html);
    }
    assert_eq!(text("a<3 b"), "a<3 b");
    assert_eq!(text("<xmp><b>x</b></xmp>"), "<b>x</b>");
    assert_eq!(text("x<plaintext><b>raw</b>"), "x\n\n<b>raw</b>");
    assert_eq!(text("<svg><svg/></svg>after"), "after");
    assert_eq!(text("<p title='a>b'>text</p>"), "text");
}

const FRAGMENTS: &[&str] = &[
    "<a href=\"https://bank.example.com/x\">",
    "<a href=\"http://user@evil.example\">",
    "<a href=\"mailto:x@y.example\">",
    "<a href=\"javascript:x\">",
    "<a href=\"https://xn--80ak6aa92e.com\">",
    "<a href=https://a.example/?x=1&amp;y>",
    "</a>",
    "<p>",
    "</p>",
    "<div style=\"display:none\">",
    "</div>",
    "<div>",
    "<ul>",
    "<ol start=-5>",
    "</ul>",
    "</ol>",
    "<li value=99999999999999999999>",
    "<table>",
    "<tr>",
    "<td>",
    "</table>",
    "<pre>",
    "</pre>",
    "<blockquote>",
    "</blockquote>",
    "<br>",
    "<hr>",
    "<h1>",
    "</h1>",
    "<img alt=\"x\">",
    "<img width=1 src=x>",
    "<input type=submit value=Go>",
    "<script>",
    "</script>",
    "<style>",
    "<svg>",
    "</svg>",
    "<template>",
    "</template>",
    "<select>",
    "<object>",
    "<iframe>",
    "<textarea>",
    "<xmp>",
    "<plaintext>",
    "<!--",
    "-->",
    "<!",
    "<?",
    "</",
    "&amp;",
    "&#x202E;",
    "&#",
    "&notit;",
    "&nbsp",
    "www.",
    "https://",
    "mailto:",
    "@",
    ".",
    ".com",
    "аррӏе",
    "bücher",
    "é",
    "\u{202E}",
    "\u{0}",
    "\r\n",
    "\n",
    " ",
    "\t",
    "\"",
    "'",
    "=",
    "<",
    ">",
    "/",
    "&",
    ";",
    "#",
    "x",
];

fn assert_safe(r: &HtmlText) {
    assert!(r.text.len() <= MAX_TEXT_BYTES + 64);
    assert!(r.links.len() <= MAX_LINKS);
    for c in r.text.chars() {
        assert!(c == '\n' || c == '\t' || !is_unsafe_char(c), "{c:?} in {:?}", r.text);
    }
    for link in &r.links {
        assert!(
            !link.text.is_empty() && !link.text.chars().any(is_unsafe_char),
            "{link:?}"
        );
        assert!(!link.target.chars().any(is_unsafe_char), "{link:?}");
        assert!(
            ["http:", "https:", "mailto:"]
                .iter()
                .any(|s| link.target.starts_with(s)),
            "{link:?}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    #[test]
    fn markup_soup_is_rendered_safely(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
                1 => proptest::prelude::any::<String>(),
            ],
            0..80,
        )
    ) {
        assert_safe(&html_to_text(&parts.concat()));
    }

    #[test]
    fn any_text_is_rendered_safely(html in proptest::prelude::any::<String>()) {
        assert_safe(&html_to_text(&html));
    }

    #[test]
    fn any_link_text_is_judged_without_panic(text in proptest::prelude::any::<String>()) {
        let url = Url::parse("https://example.com/").unwrap();
        let _ = is_deceptive(&text, &url);
        let _ = shown_host(&text);
    }
}

fn timed(label: &str, html: &str) -> HtmlText {
    let start = Instant::now();
    let r = html_to_text(html);
    println!(
        "{label}: {} input bytes, {} output bytes in {:?}",
        html.len(),
        r.text.len(),
        start.elapsed()
    );
    r
}

#[test]
fn deep_nesting_does_not_overflow() {
    let n = 10_000;
    let html = format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n));
    assert_eq!(timed("10,000 nested div", &html).text, "deep");
    let html = format!(
        "{}deep{}",
        "<a href=\"https://example.com/\">".repeat(n),
        "</a>".repeat(n)
    );
    let r = timed("10,000 nested a", &html);
    assert_eq!(r.text, "deep [1]");
    assert_eq!(r.links.len(), 1);
    let html = format!(
        "{}q{}",
        "<blockquote><ul><li><table><tr><td>".repeat(n),
        "</blockquote>".repeat(n)
    );
    let r = timed("10,000 nested blockquote/ul/table", &html);
    assert!(r.text.contains('q'));
    let html = format!("{}x", "<span style=\"display:none\"><b><i><font>".repeat(n));
    timed("10,000 nested hidden spans", &html);
}

#[test]
fn many_elements_and_long_runs_are_linear() {
    let html = "<p>para</p>".repeat(100_000);
    let r = timed("100,000 p", &html);
    assert!(r.text.starts_with("para\n\npara"));
    let html = "x".repeat(10 * 1024 * 1024);
    let r = timed("10 MB text run", &html);
    assert!(r.text.ends_with(&crate::t!("mail-html-truncated")));
    let html = format!("<p>{}</p>", " \n".repeat(5 * 1024 * 1024));
    timed("10 MB whitespace", &html);
    let html = format!("<!--{}-->after", "- > ".repeat(2 * 1024 * 1024));
    assert_eq!(timed("8 MB comment", &html).text, "after");
    let html = format!("<script>{}</script>after", "<x</scrip ".repeat(1024 * 1024));
    assert_eq!(timed("10 MB script", &html).text, "after");
    let mut attrs = String::from("<p");
    for i in 0..500_000 {
        attrs.push_str(&format!(" a{i:x}"));
    }
    attrs.push_str(">after");
    assert_eq!(timed("500,000 attributes in one tag", &attrs).text, "after");
    let html = format!("<a href=\"https://x.example/{}\">x</a>", "a".repeat(4 * 1024 * 1024));
    timed("4 MB href", &html);
    let html = "&amp;&#x41;&bogus;".repeat(500_000);
    timed("1.5 million references", &html);
    let html = format!("<table><tr><td>{}", "<li><p></p></li></x></p>".repeat(200_000));
    timed("200,000 unmatched end tags", &html);
}
