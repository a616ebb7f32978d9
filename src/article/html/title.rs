//! `PageMeta` → headline: the page's own `<h1>`, `og:title`, JSON-LD `headline` and `<title>`,
//! with the site's name taken off ("Headline | Site", "Site - Headline").
//!
//! Why not just `<title>`: it carries the site name and sometimes a section, and on many sites
//! it is the SEO title rather than the printed one. Why not just `<h1>`: on many sites the first
//! `<h1>` is the logo or a section name. So an `<h1>` is taken only when another source backs
//! it; otherwise the social-card title (written for humans to read, as the headline), then
//! JSON-LD (sometimes cut at 110 characters for Google), then the cleaned `<title>`.

use super::meta::{is_article, squash, PageMeta};

/// Separators sites put between headline and site name or section.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " // ", " ~ ",
];

/// The headline, or `None` when the page names none.
///
/// Headings (`<h1>`–`<h3>`, `itemprop="headline"`) and the page's titles (`og:title`,
/// `twitter:title`, JSON-LD, `<title>`) are cleaned of site names, then, in order:
/// 1. a heading that one of the titles contains (the printed headline, backed by the page's own
///    description of itself); of several, the longest — a logo or section heading is shorter;
/// 2. a title that a heading contains (a kicker run into the headline: "Tunesien Große
///    Aufgaben…" printed, "Große Aufgaben…" meant);
/// 3. the first `<h1>` of three words or more;
/// 4. the first title;
/// 5. any `<h1>`.
pub fn headline(meta: &PageMeta) -> Option<String> {
    let sites = site_names(meta);
    let clean = |t: &str, guess: Guess| {
        let t = strip_site(t, &sites, guess);
        (!t.is_empty() && !names_site(&t, &sites, false)).then_some(t)
    };
    let raw_titles = [
        meta.get("og:title"),
        meta.get("twitter:title"),
        meta.title.as_deref(),
    ];
    let social = [meta.get("og:title"), meta.get("twitter:title")]
        .into_iter()
        .flatten()
        .filter_map(|t| clean(t, Guess::NotAfterDash));
    let ld = json_ld_headline(meta).and_then(|t| clean(&t, Guess::NotAfterDash));
    let tag = meta.title.as_deref().and_then(|t| clean(t, Guess::All));
    let titles: Vec<String> = social.chain(ld).chain(tag).collect();
    let title_keys: Vec<String> = raw_titles
        .into_iter()
        .flatten()
        .map(key)
        .chain(titles.iter().map(|t| key(t)))
        .collect();
    let clean_heading = |h: &String| clean(h, Guess::SiteOnly);
    let headings: Vec<String> = meta.headings.iter().filter_map(clean_heading).collect();

    let backed = headings
        .iter()
        .filter(|h| title_keys.iter().any(|t| contains_words(t, &key(h))))
        .max_by_key(|h| key(h).len());
    let inside_heading = || {
        titles.iter().find(|t| {
            let k = key(t);
            k.split(' ').count() >= 2 && headings.iter().any(|h| contains_words(&key(h), &k))
        })
    };
    let long_h1 = || {
        meta.h1
            .iter()
            .filter_map(clean_heading)
            .find(|h| key(h).split(' ').count() >= 3)
    };
    backed
        .or_else(inside_heading)
        .cloned()
        .or_else(long_h1)
        .or_else(|| titles.first().cloned())
        .or_else(|| meta.h1.first().cloned())
}

/// `needle` occurs in `hay` on word boundaries (both are keys: words joined by one space).
fn contains_words(hay: &str, needle: &str) -> bool {
    format!(" {hay} ").contains(&format!(" {needle} "))
}

/// `text` is one of the site's names (spaces and punctuation aside) or, when `loose`, a short
/// part containing one ("Example News Politik"; a headline that mentions the site stays).
fn names_site(text: &str, sites: &[String], loose: bool) -> bool {
    let k = key(text);
    let compact = k.replace(' ', "");
    !k.is_empty()
        && sites.iter().any(|s| {
            s.replace(' ', "") == compact
                || (loose
                    && s.len() > 3
                    && k.split(' ').count() <= s.split(' ').count() + 2
                    && contains_words(&k, s))
        })
}

/// JSON-LD `headline` (or `name`) of an article-like object.
fn json_ld_headline(meta: &PageMeta) -> Option<String> {
    meta.json_ld
        .iter()
        .filter(|v| is_article(v))
        .find_map(|v| v["headline"].as_str().or_else(|| v["name"].as_str()))
        .map(squash)
        .filter(|t| !t.is_empty())
}

/// Names the site goes by: `og:site_name`, `application-name`, JSON-LD publisher and website
/// names, and the URL's host (without `www.` and the suffix), all as comparison keys.
fn site_names(meta: &PageMeta) -> Vec<String> {
    let mut names: Vec<String> = [
        "og:site_name",
        "application-name",
        "twitter:site",
        "publisher",
    ]
    .iter()
    .filter_map(|k| meta.get(k))
    .map(|n| key(n.trim_start_matches('@')))
    .collect();
    for v in &meta.json_ld {
        if v["@type"] == "WebSite" || v["@type"] == "Organization" {
            names.extend(v["name"].as_str().map(key));
        }
        names.extend(v["publisher"]["name"].as_str().map(key));
    }
    if let Some(host) = meta.url.as_deref().and_then(host_name) {
        names.push(host);
    }
    names.retain(|n| !n.is_empty());
    names
}

/// `https://www.spiegel.de/x` → `spiegel`.
fn host_name(url: &str) -> Option<String> {
    let host = url.split_once("://")?.1.split(['/', '?', '#']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let label = host.rsplit_once('.').map_or(host, |(name, _)| name);
    Some(key(label))
}

/// How far `strip_site` may go beyond parts that name a known site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    /// Only parts naming a known site go (headings: "Headline – Zeugenaufruf" is one headline).
    SiteOnly,
    /// Short side parts go after `|`, `»`, `::` and the like, never after a dash (social-card
    /// titles: a dash there is usually the headline's own).
    NotAfterDash,
    /// Short side parts go after any separator (`<title>`, where "Headline - Site" is the rule).
    All,
}

/// Takes site names and sections off a title: parts that name the site go; then, as `guess`
/// allows, short parts beside a longer one ("Headline | Section", "Blog » Archive » Headline").
pub fn strip_site(title: &str, sites: &[String], guess: Guess) -> String {
    let title = squash(title);
    let Some(sep) = SEPARATORS.iter().find(|s| title.contains(**s)) else {
        return title;
    };
    let mut parts: Vec<&str> = title
        .split(sep)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let kept: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| !names_site(p, sites, true))
        .collect();
    if !kept.is_empty() {
        parts = kept;
    }
    let dash = matches!(*sep, " - " | " – " | " — ");
    let may_guess = guess == Guess::All || (guess == Guess::NotAfterDash && !dash);
    if may_guess && parts.len() > 1 {
        // A site or section name is a few words; a headline is more.
        let longest = parts
            .iter()
            .copied()
            .max_by_key(|p| p.chars().count())
            .unwrap_or("");
        let others_short = parts
            .iter()
            .filter(|p| **p != longest)
            .all(|p| p.split_whitespace().count() <= 4);
        if others_short && longest.split_whitespace().count() >= 3 {
            return longest.to_string();
        }
    }
    parts.join(sep)
}

/// Comparison key: lowercase alphanumeric words joined by single spaces.
pub fn key(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use trafilatura::dom::Document;

    fn title(html: &str) -> Option<String> {
        headline(&PageMeta::collect(&Document::parse(html)))
    }

    macro_rules! cases {
        ($($name:ident: $input:expr => $want:expr,)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(title($input).as_deref(), $want);
            }
        )*};
    }

    cases! {
        og_title_wins_over_title_tag: r#"<title>SEO words | Site</title><meta property="og:title" content="The Headline">"# => Some("The Headline"),
        backed_h1_wins: r#"<title>Big storm hits coast | Daily</title><h1>Daily</h1><h1>Big storm hits coast</h1>"# => Some("Big storm hits coast"),
        logo_h1_loses_to_title: r#"<title>Big storm hits the coast - The Daily</title><h1 class="site-logo">The Daily</h1>"# => Some("Big storm hits the coast"),
        site_name_in_headline_kept: r#"<link rel="canonical" href="https://www.bundespolizei.de/x"><title>Bundespolizei - Aktuelles - Zwei Festnahmen durch die Bundespolizei am Bahnhof</title>"# => Some("Zwei Festnahmen durch die Bundespolizei am Bahnhof"),
        site_name_first: r#"<meta property="og:site_name" content="Example News"><title>Example News | Mayor resigns after vote</title>"# => Some("Mayor resigns after vote"),
        site_name_in_og_title: r#"<meta property="og:site_name" content="Tagesblatt"><meta property="og:title" content="Neue Brücke eröffnet – Tagesblatt">"# => Some("Neue Brücke eröffnet"),
        json_ld_headline: r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>"# => Some("From JSON-LD"),
        hyphen_inside_headline_kept: r#"<title>Self-driving cars - a year on</title>"# => Some("Self-driving cars - a year on"),
        no_title: "<p>text</p>" => None,
    }

    #[test]
    fn host_names() {
        assert_eq!(
            host_name("https://www.spiegel.de/a/b").as_deref(),
            Some("spiegel")
        );
    }
}
