//! `PageMeta` → headline: the page's own `<h1>`, `og:title`, JSON-LD `headline` and `<title>`,
//! with the site's name taken off ("Headline | Site", "Site - Headline").
//!
//! Why not just `<title>`: it carries the site name and sometimes a section, and on many sites
//! it is the SEO title rather than the printed one. Why not just `<h1>`: on many sites the first
//! `<h1>` is the logo or a section name. So an `<h1>` is taken only when another source backs
//! it; otherwise the social-card title (written for humans to read, as the headline), then
//! JSON-LD (sometimes cut at 110 characters for Google), then the cleaned `<title>`.

use serde_json::Value;

use super::meta::{squash, PageMeta};

/// Separators sites put between headline and site name or section.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " // ", " ~ ",
];

/// The headline, or `None` when the page names none.
pub fn headline(meta: &PageMeta) -> Option<String> {
    let sites = site_names(meta);
    let og = meta
        .get("og:title")
        .or_else(|| meta.get("twitter:title"))
        .map(|t| strip_site(t, &sites));
    let ld = json_ld_headline(meta).map(|t| strip_site(&t, &sites));
    let title = meta.title.as_deref().map(|t| strip_site(t, &sites));

    let backers: Vec<String> = [
        meta.get("og:title"),
        meta.get("twitter:title"),
        meta.title.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(key)
    .chain(ld.iter().map(|t| key(t)))
    .collect();
    let backed_h1 = meta.h1.iter().find(|h| {
        let k = key(h);
        k.split(' ').count() >= 2 && backers.iter().any(|b| b.contains(&k))
    });
    backed_h1
        .cloned()
        .or(og)
        .or(ld)
        .or(title)
        .or_else(|| (meta.h1.len() == 1).then(|| meta.h1[0].clone()))
        .filter(|t| !t.is_empty())
}

/// JSON-LD `headline` (or `name`) of an article-like object.
fn json_ld_headline(meta: &PageMeta) -> Option<String> {
    let is_article = |v: &Value| {
        let t = v["@type"].to_string();
        ["Article", "Posting", "Report", "Blog"]
            .iter()
            .any(|a| t.contains(a))
    };
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

/// Takes site names and sections off a title: parts that name the site go; failing that, a
/// short trailing part after a separator ("Headline | Site") goes when the rest is longer.
pub fn strip_site(title: &str, sites: &[String]) -> String {
    let title = squash(title);
    let Some(sep) = SEPARATORS.iter().find(|s| title.contains(**s)) else {
        return title;
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let names_site = |p: &str| {
        let k = key(p);
        let compact = k.replace(' ', "");
        !k.is_empty()
            && sites.iter().any(|s| {
                *s == k || s.replace(' ', "") == compact || (s.len() > 3 && k.contains(s.as_str()))
            })
    };
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !names_site(p)).collect();
    if kept.len() < parts.len() && !kept.is_empty() {
        return kept.join(sep);
    }
    // No part names a known site: the longest part is the headline when the others are short
    // labels (a site or section name is a few words; a headline is more).
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
        longest.to_string()
    } else {
        title
    }
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
        lone_logo_h1_loses_to_title: r#"<title>Big storm hits the coast - The Daily</title><h1>The Daily</h1>"# => Some("Big storm hits the coast"),
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
