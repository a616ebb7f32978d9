//! Places in a speaker's words: demonyms ("the Spaniard", "American Bobby Fischer") that
//! describe a person by country, and countries, which "he" or "she" never means. In: a word or
//! a name as written; out: yes or no.

use super::lexicon::starts_upper;

/// "Spaniard", "Australian", "Swede": a capitalized word naming someone by their country.
pub(crate) fn is_demonym(w: &str) -> bool {
    if !starts_upper(w) {
        return false;
    }
    let h = w.to_lowercase();
    h.ends_with("ian") || h.ends_with("ese") || DEMONYMS.contains(&h.as_str())
}

/// A country, continent, US state or Canadian province ("Brazil", "South Korea", "Europe",
/// "North Carolina"): a name that "he" or "she" never means, though "Brazil today suggested"
/// reads like a person's statement, and "North Carolina's Ada Fisher" puts it where a
/// possessor's name would stand.
pub(crate) fn is_country_or_state(name: &str) -> bool {
    // Compared without lowercasing a copy: `Names::canonical` asks for every name it resolves.
    let lower = |c: &&str| c.bytes().cmp(name.bytes().map(|b| b.to_ascii_lowercase()));
    COUNTRIES.binary_search_by(lower).is_ok() || STATES.binary_search_by(lower).is_ok()
}

/// A capital that stands for its government ("Washington announced", "Bonn said"): a name
/// that opens a sentence with a speech verb like a surname does, but is no person.
pub(crate) fn is_capital(name: &str) -> bool {
    const CAPITALS: &[&str] = &[
        "ankara",
        "athens",
        "baghdad",
        "beijing",
        "berlin",
        "bonn",
        "brussels",
        "cairo",
        "canberra",
        "caracas",
        "damascus",
        "delhi",
        "havana",
        "islamabad",
        "jerusalem",
        "kabul",
        "kiev",
        "kyiv",
        "london",
        "madrid",
        "moscow",
        "ottawa",
        "paris",
        "peking",
        "pyongyang",
        "riyadh",
        "rome",
        "seoul",
        "taipei",
        "tehran",
        "tokyo",
        "washington",
        "whitehall",
    ];
    CAPITALS.iter().any(|c| c.eq_ignore_ascii_case(name))
}

/// Sorted, lowercase (a test checks the order).
#[rustfmt::skip]
const COUNTRIES: &[&str] = &[
    "afghanistan", "africa", "albania", "algeria", "america", "angola", "argentina", "armenia",
    "asia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium",
    "bolivia", "bosnia", "botswana", "brazil", "britain", "bulgaria", "burma", "cambodia",
    "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
    "czechoslovakia", "denmark", "ecuador", "egypt", "england", "eritrea", "estonia", "ethiopia",
    "europe", "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti",
    "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
    "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait",
    "laos", "latvia", "lebanon", "liberia", "libya", "lithuania", "luxembourg", "malaysia",
    "mali", "malta", "mexico", "moldova", "mongolia", "morocco", "mozambique", "myanmar",
    "namibia", "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria",
    "north korea", "norway", "oman", "pakistan", "palestine", "panama", "paraguay", "peru",
    "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia",
    "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia",
    "south africa", "south korea", "soviet union", "spain", "sri lanka", "sudan", "sweden",
    "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey", "uganda",
    "ukraine", "united kingdom", "united states", "uruguay", "uzbekistan", "venezuela",
    "vietnam", "wales", "yemen", "yugoslavia", "zambia", "zimbabwe",
];

/// US states and Canadian provinces, sorted for `binary_search`. Not those that are given names
/// or surnames too ("Virginia", "Montana", "Alberta") or stand for a government ("Washington",
/// see `is_capital`).
#[rustfmt::skip]
const STATES: &[&str] = &[
    "alabama", "alaska", "arizona", "arkansas", "british columbia", "california", "colorado",
    "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "manitoba", "maryland", "massachusetts",
    "michigan", "minnesota", "mississippi", "missouri", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "nova scotia",
    "ohio", "oklahoma", "ontario", "oregon", "pennsylvania", "quebec", "rhode island",
    "saskatchewan", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
    "west virginia", "wisconsin", "wyoming",
];

/// Demonyms no suffix rule catches ("-an" would take "the Vatican" and "the Taliban").
#[rustfmt::skip]
const DEMONYMS: &[&str] = &[
    "american", "african", "mexican", "texan", "korean", "german", "european", "chilean",
    "cuban", "kenyan", "moroccan", "briton", "brit", "swede", "dane", "pole", "scot", "turk",
    "greek", "israeli", "iraqi", "pakistani", "saudi", "afghan", "yemeni", "somali", "thai",
    "dutchman", "welshman", "irishman", "scotsman", "englishman", "kiwi", "spaniard",
    "argentine", "frenchman", "frenchwoman", "finn", "swiss", "czech", "serb", "croat", "kuwaiti",
    "qatari", "emirati", "bangladeshi", "filipino", "filipina", "uzbek", "kazakh",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_sorted_for_binary_search() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
        assert!(STATES.windows(2).all(|w| w[0] < w[1]));
        let place = is_country_or_state;
        assert!(place("Brazil") && place("South Korea") && !place("Lavrov"));
        assert!(place("North Carolina") && place("Texas") && !place("Virginia"));
    }

    #[test]
    fn demonyms_by_suffix_and_list() {
        assert!(is_demonym("Australian") && is_demonym("Swede") && !is_demonym("Taliban"));
    }
}
