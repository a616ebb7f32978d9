//! Institutions and groups among capitalised runs: "Justice Department", "Bank of Zambia",
//! "General Electric", "Lib Dems". In: a name as written, or one word of it. Out: whether it
//! names an institution (never a "he" or "she", and a title before it is part of its name) or
//! a party's or people's plural. Split from `runs.rs`.

/// "Justice Department", "Democratic Party": an institution, never a "he" or "she".
pub(crate) fn is_institution(name: &str) -> bool {
    // "Bank of Zambia": the institution's word before "of".
    name.rsplit(' ')
        .next()
        .is_some_and(|w| INSTITUTIONS.contains(&w))
        || name
            .split(' ')
            .zip(name.split(' ').skip(1))
            .any(|(w, next)| next == "of" && INSTITUTIONS.contains(&w))
        || national_executive(name)
}

/// "Scottish Executive", "Northern Ireland Executive": a nation's government, where "Chief
/// Executive" is a person's title.
pub(crate) fn national_executive(name: &str) -> bool {
    name.strip_suffix(" Executive")
        .and_then(|rest| rest.rsplit(' ').next())
        .is_some_and(|w| {
            // ("Scottish", "Welsh": adjectives, which the demonym list of persons leaves out.)
            super::places::is_demonym(w)
                || super::places::is_country_or_state(w)
                || (w.ends_with("ish") && super::lexicon::starts_upper(w))
                || matches!(w, "Welsh" | "French" | "Dutch")
        })
}

/// "Lib Dems", "Tories", "Israelis": a party's or a people's plural, a group, not a person.
pub(crate) fn is_group(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default();
    matches!(
        last,
        "Dems" | "Democrats" | "Republicans" | "Tories" | "Conservatives" | "Liberals" | "Greens"
    ) || last
        .strip_suffix('s')
        .is_some_and(|one| super::places::is_demonym(one) && one.len() > 3)
}

/// One of `INSTITUTIONS` ("Association", "Union").
pub(crate) fn is_institution_word(w: &str) -> bool {
    INSTITUTIONS.contains(&w)
}

/// Last words of an institution's name: a title before them is part of the name.
const INSTITUTIONS: &[&str] = &[
    "Department",
    "Ministry",
    "Government",
    "Parliament",
    "Congress",
    "Senate",
    "Embassy",
    "Police",
    "Committee",
    "Court",
    "Council",
    "Office",
    "Commission",
    "Agency",
    "Bureau",
    "Administration",
    "Service",
    "Party",
    "Board",
    "Bank",
    "Group",
    "Union",
    "Association",
    "Institute",
    "Foundation",
    "University",
    "Fund",
    "Exchange",
    "Authority",
    "Federation",
    "Organisation",
    "Organization",
    "Review",
    "Magazine",
    "Times",
    "Journal",
    "News",
    "Zeitung",
    "Unit",
    "Motors",
    "Airlines",
    "Corp",
    "Inc",
    "Ltd",
    "Plc",
    "Chamber",
    "Commerce",
    "Confederation",
    "Society",
    "League",
    "Alliance",
    "Coalition",
    "Centre",
    "Center",
    "Corporation",
    "Company",
    // Firms' last words, so "General Acquisition" and "General Electric" are no general.
    "Acquisition",
    "Acquisitions",
    "Electric",
    "Dynamics",
    "Industries",
    "Holdings",
    "Enterprises",
    "Technologies",
    "Communications",
    "Resources",
    "Securities",
    "Investments",
    "Petroleum",
    "Airways",
    "Pharmaceuticals",
    "Laboratories",
    "Electronics",
];
