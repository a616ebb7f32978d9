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
/// `twitter:title`, JSON-LD, `<title>`) are cleaned of site names. A heading is a candidate when
/// a title backs it (see `Backing`), and it may be reshaped by a title it contains (see
/// `against_title`). The best candidate wins: strongest backing, then, among headings a title
/// repeats exactly, an `<h1>` over lesser ones (related-story lists repeat other titles in
/// `<h2>`s), then the one more titles repeat, then the longest (a logo or section heading is
/// shorter). Without one: the first `<h1>` of three words or more (two for
/// a lone one), the first title, any `<h1>`.
pub fn headline(meta: &PageMeta) -> Option<String> {
    let sites = site_names(meta);
    let clean = |t: &str, guess: Guess| {
        let t = strip_site(t, &sites, guess);
        (!t.is_empty() && !names_site(&t, &sites, false)).then_some(t)
    };
    let ld_raw = json_ld_headline(meta);
    let raw_titles = [
        meta.get("og:title"),
        meta.get("twitter:title"),
        ld_raw.as_deref(),
        meta.title.as_deref(),
    ];
    let social = [meta.get("og:title"), meta.get("twitter:title")]
        .into_iter()
        .flatten()
        .filter_map(|t| clean(t, Guess::NotAfterDash));
    let ld = ld_raw
        .as_deref()
        .and_then(|t| clean(t, Guess::NotAfterDash));
    let tag = meta.title.as_deref().and_then(|t| clean(t, Guess::All));
    let titles: Vec<String> = social.chain(ld).chain(tag).collect();
    let clean_keys: Vec<String> = titles.iter().map(|t| key(t)).collect();
    let raw_keys: Vec<String> = raw_titles.into_iter().flatten().map(key).collect();
    // Titles and what follows their first separator ("Kicker - Headline" → "Headline"): the
    // texts a heading may hold with more around them; the longest first, so that a heading is
    // reshaped by the title that covers most of it. The flag marks such a tail.
    let mut inner: Vec<(&str, bool)> = titles
        .iter()
        .flat_map(|t| {
            [
                Some((t.as_str(), false)),
                after_first_separator(t).map(|a| (a, true)),
            ]
        })
        .flatten()
        .filter(|(t, _)| !names_site(t, &sites, false))
        .collect();
    inner.sort_by_key(|(t, _)| std::cmp::Reverse(key(t).len()));
    let clean_heading = |h: &String| clean(h, Guess::SiteOnly);

    let mut best: Option<(Backing, bool, usize, usize, String)> = None;
    for raw in &meta.headings {
        let Some(h) = clean_heading(raw) else {
            continue;
        };
        let is_h1 = meta.h1.contains(raw);
        let k = key(&h);
        let mut backing = Backing::of(&k, &clean_keys, &raw_keys, is_h1);
        let mut text = h.clone();
        // A heading that a whole title repeats is the headline as the page means it, whatever
        // a shorter title leaves out, but for a run-in kicker.
        let exact = backing == Backing::Exact;
        let reshaped = inner
            .iter()
            .find_map(|(t, tail)| against_title(&h, t, exact || *tail));
        if let Some(reshaped) = reshaped {
            backing = Backing::Exact;
            text = reshaped;
        }
        if backing == Backing::None {
            continue;
        }
        // An `<h1>` goes first only among exact matches: one merely inside a title is as
        // likely the site's name there. Then the heading more titles repeat ("Headline |
        // Site Name" may leave the site name as the cleaned `<title>`), then the longest.
        let k = key(&text);
        let votes = clean_keys
            .iter()
            .chain(&raw_keys)
            .filter(|t| **t == k)
            .count();
        let rank = (
            backing,
            is_h1 && backing == Backing::Exact,
            votes,
            k.len(),
            text,
        );
        if best
            .as_ref()
            .is_none_or(|b| (rank.0, rank.1, rank.2, rank.3) > (b.0, b.1, b.2, b.3))
        {
            best = Some(rank);
        }
    }
    // A lone `<h1>` is the page's own; of several, a short one is as likely a widget's ("Top
    // Classifieds", "More News").
    let min_words = if meta.h1.len() == 1 { 2 } else { 3 };
    let long_h1 = || {
        meta.h1
            .iter()
            .filter_map(clean_heading)
            .find(|h| key(h).split(' ').count() >= min_words)
    };
    best.map(|b| b.4)
        .or_else(long_h1)
        .or_else(|| titles.first().cloned())
        .or_else(|| meta.h1.first().cloned())
}

/// How strongly the page's titles vouch for a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Backing {
    None,
    /// Part of a title as written, site name and all.
    InRawTitle,
    /// Part of a title once the site name is off.
    InTitle,
    /// Equal to a title once the site name is off.
    Exact,
}

impl Backing {
    /// A one-word heading is too often a section or a menu item found inside a keyword title
    /// ("Drucker • Etiketten • Service"): it needs a title of its own, or to be the `<h1>`.
    fn of(k: &str, clean_keys: &[String], raw_keys: &[String], is_h1: bool) -> Backing {
        let one_word = !k.contains(' ');
        if clean_keys.iter().chain(raw_keys).any(|t| t == k) {
            Backing::Exact
        } else if one_word && !is_h1 {
            Backing::None
        } else if clean_keys.iter().any(|t| contains_words(t, k)) {
            Backing::InTitle
        } else if raw_keys.iter().any(|t| contains_words(t, k)) {
            Backing::InRawTitle
        } else {
            Backing::None
        }
    }
}

/// Words a heading may add after a title and still be the headline (a title cut short for
/// search engines: "… Kapazität" / "… Kapazität in Tennessee").
const MAX_TAIL_WORDS: usize = 3;

/// A heading that holds `title` (of two words or more) with more around it → the headline:
/// - more before it is a kicker or section printed above the headline ("Einheit der Woche" +
///   "Lagen-Pyramide mit GA2", "Local News | …", "Re: …") → the title, unless a dash joins
///   the two ("Firefox – Weniger Werbung…": one headline in two parts) → the heading;
/// - more after it is the headline's end that the title cut ("… kaufen – was ist günstiger?")
///   when short or joined by a colon or dash → the heading; a long run-in sentence is a
///   standfirst, and a part after `|` a site name → the title.
///
/// With `run_in_only`, only a kicker run in without punctuation is taken off: for a heading
/// that a title repeats (a kicker the title keeps too, "Nutzerbasierte Abrechnung: Musik-Stars
/// fordern…", is part of the headline; "Open Progress Why collaborative…" is not), and for what
/// follows a title's first separator (which may cut the headline's own dash).
fn against_title(heading: &str, title: &str, run_in_only: bool) -> Option<String> {
    let (kt, kh) = (key(title), key(heading));
    if !kt.contains(' ') || kh == kt || !contains_words(&kh, &kt) {
        return None;
    }
    let words: Vec<&str> = heading.split_whitespace().collect();
    let n = words.len();
    for i in 0..n {
        for j in (i + 1..=n).rev() {
            if (i, j) == (0, n) || key(&words[i..j].join(" ")) != kt {
                continue;
            }
            let (last, next) = (words[j - 1], words.get(j).copied().unwrap_or(""));
            let site_sep = [last, next].iter().any(|w| is_site_separator(w));
            let joined = last.ends_with([':', '?', '!', '.']) || is_dash(last) || is_dash(next);
            let keep_tail = j < n && !site_sep && (n - j <= MAX_TAIL_WORDS || joined);
            let keep_head = i > 0 && (is_dash(words[i - 1]) || is_dash(words[i]));
            if run_in_only {
                let plain = |w: &str| w.chars().last().is_some_and(char::is_alphanumeric);
                let word = |w: &str| w.chars().any(char::is_alphanumeric);
                let run_in = i > 0 && j == n && plain(words[i - 1]) && word(words[i]);
                return run_in.then(|| words[i..].join(" "));
            }
            return Some(if (i == 0 && keep_tail) || (j == n && keep_head) {
                heading.to_string()
            } else {
                let part = &words[i..j];
                let sep = |w: &&str| is_dash(w) || is_site_separator(w) || *w == ":";
                let start = part.iter().position(|w| !sep(w)).unwrap_or(0);
                let end = part
                    .iter()
                    .rposition(|w| !sep(w))
                    .map_or(part.len(), |e| e + 1);
                part[start..end.max(start)].join(" ")
            });
        }
    }
    None
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// Separators that set a site or section name apart, never a headline's own parts.
fn is_site_separator(w: &str) -> bool {
    matches!(w, "|" | "::" | "»" | "«" | "·" | "•" | "//")
}

/// `"Kicker - Headline"` → `"Headline"`; `None` without a separator.
fn after_first_separator(title: &str) -> Option<&str> {
    SEPARATORS
        .iter()
        .filter_map(|s| title.find(s).map(|at| &title[at + s.len()..]))
        .min_by_key(|rest| std::cmp::Reverse(rest.len()))
        .map(str::trim)
        .filter(|rest| !rest.is_empty())
}

/// What `headline` chooses from, labelled, for diagnostics.
pub fn candidates(meta: &PageMeta) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ["og:title", "twitter:title", "og:site_name"]
        .iter()
        .filter_map(|k| Some((k.to_string(), meta.get(k)?.to_string())))
        .collect();
    out.extend(json_ld_headline(meta).map(|t| ("ld:headline".to_string(), t)));
    out.extend(meta.title.clone().map(|t| ("title".to_string(), t)));
    out.extend(meta.h1.iter().map(|h| ("h1".to_string(), h.clone())));
    out.extend(
        meta.headings
            .iter()
            .filter(|h| !meta.h1.contains(h))
            .take(8)
            .map(|h| ("h2/3".to_string(), h.clone())),
    );
    out.push(("sites".to_string(), site_names(meta).join(" ; ")));
    out.push(("url".to_string(), meta.url.clone().unwrap_or_default()));
    out
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
        // A kicker run into the `<h1>` goes when a title gives the headline without it.
        run_in_kicker_dropped: r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after repairs"}</script><h1><span>Week in review</span> Bridge reopens after repairs</h1>"# => Some("Bridge reopens after repairs"),
        section_before_bar_dropped: r#"<meta property="og:title" content="Council approves new budget plan"><h1>Local News | Council approves new budget plan</h1>"# => Some("Council approves new budget plan"),
        // …but a kicker the titles repeat, joined by a colon, is part of the headline.
        repeated_colon_kicker_kept: r#"<meta property="og:title" content="Streaming: Musicians demand a new model"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Musicians demand a new model"}</script><h1>Streaming: Musicians demand a new model</h1>"# => Some("Streaming: Musicians demand a new model"),
        dash_joined_parts_kept: r#"<meta property="og:title" content="Firefox – Less advertising, more speed"><h2>Firefox – Less advertising, more speed</h2>"# => Some("Firefox – Less advertising, more speed"),
        // A title cut short: the heading's few extra words are the headline's end.
        cut_title_completed_by_h1: r#"<meta property="og:title" content="Cells raise factory capacity"><h1>Cells raise factory capacity in Tennessee</h1>"# => Some("Cells raise factory capacity in Tennessee"),
        // A standfirst run into the `<h1>` is not the headline.
        run_in_standfirst_dropped: r#"<meta property="og:title" content="Fish cakes, hot and fresh"><h1>Fish cakes, hot and fresh Welcome to the flavour capital of the north</h1>"# => Some("Fish cakes, hot and fresh"),
        // A related-story `<h2>` repeating another title loses to the `<h1>` a title repeats.
        h1_beats_related_h2: r#"<meta property="og:title" content="Dead pigeons found in arena"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Animal group files complaint over pigeons"}</script><h1>Animal group files complaint over pigeons</h1><h2>Dead pigeons found in arena</h2>"# => Some("Animal group files complaint over pigeons"),
        one_word_menu_heading_not_backed: r#"<title>Printers • Labels • Service | Acme AG</title><h2>Labels</h2><h1>Printing solutions from the experts</h1>"# => Some("Printing solutions from the experts"),
        lone_two_word_h1: r#"<title>Holiday homes by the lake, cheap | Lakeside</title><h1>Blockhouse 3</h1>"# => Some("Blockhouse 3"),
        widget_h1s_lose_to_title: r#"<title>Times - Striker wins the final</title><h1>Top Classifieds</h1><h1>Comments</h1>"# => Some("Striker wins the final"),
    }

    #[test]
    fn host_names() {
        assert_eq!(
            host_name("https://www.spiegel.de/a/b").as_deref(),
            Some("spiegel")
        );
    }
}
