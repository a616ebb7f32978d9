//! Word lists the quotes stage matches against: speech (cue) verbs, titles, pronouns, and the
//! small closed classes (determiners, auxiliaries, clause openers) that bound a speaker's noun
//! phrase. Lookups take a word as written and compare case-insensitively.
//!
//! Lists rather than a part-of-speech tagger: attribution in news is formulaic ("X said"), a
//! tagger would cost more than the rest of the stage, and these lists cover the cues that the
//! PolNeAR gold set shows in use (said/told/says/wrote/added cover ~80% of direct quotes).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Finite speech verbs: "X said", "said X", "X told Y". Base forms are here too for "would say",
/// "went on to say". Attitude verbs that often frame a partial quote ("called it", "described")
/// are in; "accused" is deliberately out: "accused Trump of being a "Kremlin agent"" is the
/// classic scare quote, not speech.
#[rustfmt::skip]
const CUE_FINITE: &[&str] = &[
    "said", "says", "say", "added", "adds", "add", "told", "tells", "tell", "wrote", "writes",
    "write", "tweeted", "tweets", "tweet", "posted", "warned", "warns", "warn", "insisted",
    "insists", "argued", "argues", "noted", "notes", "explained", "explains", "asked", "asks",
    "recalled", "recalls", "conceded", "concedes", "continued", "continues", "declared", "declares",
    "stated", "states", "claimed", "claims", "announced", "announces", "admitted", "admits",
    "acknowledged", "acknowledges", "replied", "replies", "responded", "responds", "answered",
    "answers", "remarked", "remarks", "observed", "observes", "suggested", "suggests", "stressed",
    "stresses", "emphasized", "emphasizes", "emphasised", "cautioned", "predicted", "predicts",
    "complained", "complains", "boasted", "boasts", "joked", "jokes", "quipped", "quips", "shouted",
    "yelled", "screamed", "exclaimed", "whispered", "urged", "urges", "vowed", "vows", "promised",
    "promises", "pledged", "pledges", "maintained", "maintains", "contended", "contends",
    "countered", "counters", "retorted", "agreed", "agrees", "confirmed", "confirms", "denied",
    "denies", "reported", "reports", "testified", "wondered", "wonders", "mused", "lamented",
    "laments", "charged", "alleged", "asserted", "asserts", "demanded", "demands", "thundered",
    "fumed", "scoffed", "snapped", "interjected", "concluded", "concludes", "described",
    "describes", "called", "calls", "dubbed", "termed", "labeled", "labelled", "branded", "spoke",
    "speaks", "blogged", "texted", "emailed", "recounted", "reiterated", "repeated", "reasoned",
    "echoed", "proclaimed", "proclaims", "chanted", "assured", "assures", "blasted", "mocked",
    "praised", "criticized", "questioned", "cited", "quoted", "read", "reads", "commented",
    "opined", "pointed", "begged", "pleaded", "grumbled", "sighed", "laughed", "cried", "chided",
    "points", "boomed", "sings", "sang", "likened", "mused", "proposed", "proposes",
    "characterized", "characterizes", "yells", "shouts", "screams", "chants", "exclaims",
    // Stance and manner verbs that frame quotes in PolNeAR train's `cue` annotations and
    // general news usage ("decried the "systemic racism"", "beamed Hartley", "they conclude").
    // Base forms only where the word is rarely a noun ("state", "note", "claim" are out).
    "conclude", "argue", "explain", "insist", "respond", "assert", "concede", "urge", "complain",
    "predict", "declare", "announce", "admit", "acknowledge", "suggest", "emphasize", "contend",
    "deny", "confirm", "allege", "alleges", "decry", "decried", "decries", "bemoaned", "bemoans",
    "thanked", "praises", "hailed", "hails", "touted", "touts", "beamed", "barked", "elaborated",
    "elaborates", "pressed", "vented", "denounced", "denounces", "blamed", "blames", "expressed",
    "pronounced", "riffed", "surmised", "mocks", "slammed", "slams", "ripped", "rips", "lashed",
    "assailed", "assails", "scolded", "scolds", "trumpeted", "ranted", "gushed", "marveled",
    "marvelled", "griped", "groaned", "muttered", "murmured", "hollered", "howled", "cheered",
    "roared", "sneered", "jeered", "taunted", "heckled", "rejoined", "volunteered", "confided",
    "posited", "theorized", "speculated", "speculates", "recited", "intoned", "preached",
    "lectured", "reassured", "swore", "retweeted", "penned", "editorialized", "bragged", "brags",
    "remembered", "reacted", "exhorted", "quip", "welcomed", "welcomes", "cites", "referred",
    "retaliated", "ruled", "cracked", "dismissed", "dismisses", "derided", "derides", "ridiculed",
    "describe", "dismiss", "deride",
];

/// Participles and infinitive-like forms that hang off a clause whose subject is the speaker:
/// "Lavrov criticized the plan, saying ...", "was quoted as saying".
#[rustfmt::skip]
const CUE_PARTICIPLE: &[&str] = &[
    "saying", "adding", "noting", "telling", "writing", "tweeting", "arguing", "warning",
    "insisting", "explaining", "asking", "calling", "describing", "stressing", "claiming",
    "declaring", "recalling", "suggesting", "urging", "promising", "vowing", "joking",
    "complaining", "stating", "remarking", "answering", "replying", "responding", "chanting",
    "citing", "proclaiming", "pledging", "emphasizing", "lamenting", "predicting", "conceding",
    "speaking", "shouting", "yelling", "screaming", "exclaiming", "wondering",
    "acknowledging", "admitting", "alleging", "announcing", "asserting", "blasting", "boasting",
    "bragging", "cautioning", "concluding", "confirming", "contending", "countering",
    "criticizing", "decrying", "demanding", "denouncing", "denying", "echoing", "elaborating",
    "hailing", "imploring", "lecturing", "mocking", "muttering", "pleading", "praising",
    "preaching", "questioning", "quoting", "recounting", "reiterating", "repeating", "retorting",
    "slamming", "testifying", "thanking", "touting", "whispering", "chiding", "scolding",
    "dismissing", "deriding",
];

/// Titles and role words stripped from the front of a name ("Russian Foreign Minister Sergei
/// Lavrov" → "Sergei Lavrov"). Lowercased, with and without the abbreviation dot.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "president", "vice", "secretary", "minister", "prime", "foreign", "senator", "sen.", "sen",
    "rep.", "rep", "representative", "congressman", "congresswoman", "gov.", "gov", "governor",
    "lt.", "mayor", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.",
    "professor", "judge", "justice", "chief", "gen.", "general", "col.", "colonel", "maj.", "major",
    "capt.", "captain", "sgt.", "adm.", "admiral", "speaker", "chancellor", "king", "queen",
    "prince", "princess", "pope", "rev.", "reverend", "sir", "dame", "lord", "lady", "ambassador",
    "attorney", "chairman", "chairwoman", "chair", "leader", "majority", "minority", "whip",
    "commissioner", "director", "spokesman", "spokeswoman", "spokesperson", "candidate", "nominee",
    "democrat", "democratic", "republican", "gop", "sheriff", "officer", "detective", "coach",
    "ceo", "deputy", "assistant", "acting", "former", "press", "premier", "emir", "ayatollah",
    "sheikh", "crown", "mp", "mep", "msp", "mla", "sec.", "presidential", "senate", "house", "first", "white",
    "executive", "national", "campaign", "manager", "gop", "supreme", "state", "defense", "defence",
    "homeland", "security", "affairs", "interior", "finance", "treasury", "justice", "labor",
    "commerce", "energy", "health", "education", "of", "the", "councillor", "councilor",
    "councilman", "councilwoman", "alderman", "imam", "rabbi", "bishop", "archbishop", "cardinal",
    "pastor", "resident", "sens.", "reps.", "gens.", "del.", "delegate", "inspector", "constable",
    "superintendent", "lieutenant", "sergeant", "envoy", "mayor-elect", "president-elect", "rival",
    "analyst", "economist", "strategist", "pollster", "historian", "columnist", "commentator",
    "correspondent", "moderator", "host", "anchor", "lawyer", "activist", "author",
    "exchequer", "treasurer", "undersecretary", "under-secretary", "striker", "linebacker",
    "quarterback", "midfielder", "defender", "goalkeeper", "rapper", "actor",
    "actress", "skipper", "tycoon", "billionaire", "businessman", "businesswoman",
];

/// Titles that show the person's gender.
#[rustfmt::skip]
const MALE_TITLES: &[&str] = &[
    "mr.", "mr", "king", "prince", "sir", "lord", "congressman", "chairman", "spokesman",
];
#[rustfmt::skip]
const FEMALE_TITLES: &[&str] = &[
    "mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "dame", "lady", "congresswoman",
    "chairwoman", "spokeswoman",
];

/// Common first names of people in the news, for "he"/"she" agreement. Small on purpose: a
/// wrong gender only makes a pronoun skip to an older antecedent, and unknown is compatible.
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    "donald", "mike", "michael", "sergei", "vladimir", "barack", "bernie", "ted", "marco", "jeb",
    "john", "bill", "george", "joe", "paul", "mitch", "chris", "ben", "rand", "scott", "jim",
    "james", "robert", "david", "tim", "tom", "mark", "steve", "stephen", "kevin", "jason", "eric",
    "josh", "corey", "reince", "sean", "rudy", "newt", "bob", "richard", "dick", "harry", "charles",
    "peter", "martin", "emmanuel", "boris", "recep", "xi", "narendra", "justin", "benjamin",
    "hassan", "ali", "mohammed", "muhammad", "ahmed", "heiko", "jens", "andrew", "anthony", "brian",
    "carl", "daniel", "dan", "frank", "gary", "greg", "jack", "jeff", "jeffrey", "jerry", "jon",
    "jonathan", "joseph", "ken", "larry", "matt", "matthew", "nick", "patrick", "ron", "ryan",
    "sam", "samuel", "thomas", "william", "rick", "rex", "jared", "martin", "jeremy", "nigel",
    "gordon", "tony", "david", "keir", "olaf", "angus", "hugh", "ian", "alan", "roger", "howard",
    "lindsey", "mitt", "marty", "reid", "chuck", "elijah", "jeh", "ash", "lloyd", "antony",
    "hunter", "beau", "mike", "pete", "kurt", "karl", "lev", "yuri", "dmitry", "alexei", "andrei",
    "viktor", "sebastian", "wolfgang", "fran\u{e7}ois", "jean", "pierre", "nicolas", "silvio",
    "matteo", "giuseppe", "mario", "juan", "carlos", "jose", "luis", "nicol\u{e1}s", "hugo", "raul",
    "fidel", "kim", "shinzo", "moon", "rodrigo",
];
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "hillary", "chelsea", "nancy", "elizabeth", "theresa", "angela", "sarah", "carly", "huma",
    "kellyanne", "ivanka", "melania", "michelle", "jill", "debbie", "donna", "jennifer", "susan",
    "mary", "maria", "karen", "linda", "lisa", "laura", "anna", "anne", "ann", "jane", "kate",
    "katherine", "catherine", "emily", "emma", "julia", "julie", "rachel", "rebecca", "sandra",
    "barbara", "patricia", "nikki", "condoleezza", "madeleine", "samantha", "loretta", "kamala",
    "amy", "kirsten", "claire", "tammy", "marine", "ursula", "christine", "federica", "jacinda",
    "nicola", "sophie", "hope", "stephanie", "tulsi", "martha", "margaret", "helen", "alice",
    "diane", "dianne", "ruth", "sonia", "sheryl", "heather", "jessica", "ashley", "megyn", "rosie",
    "sharon", "deborah", "janet", "carolyn", "nina", "meghan", "dana", "elaine", "katie", "kelly",
    "liz", "kathleen", "sally", "jeanne", "marsha", "maxine", "gina", "betsy", "sylvia", "penny",
    "valerie", "cheryl", "hilary", "harriet", "priti", "yvette", "diane", "jo", "sue", "margrethe",
    "cecilia", "frederica", "aung", "benazir",
];

/// Capitalized words that start sentences or clauses but never names ("But Trump said").
#[rustfmt::skip]
const CAP_STOP_WORDS: &[&str] = &[
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "by", "for", "from", "to",
    "with", "without", "as", "after", "before", "since", "while", "when", "where", "what", "who",
    "why", "how", "if", "although", "though", "because", "then", "now", "still", "meanwhile",
    "however", "also", "earlier", "later", "last", "this", "that", "these", "those", "there",
    "here", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "asked",
    "speaking", "according", "during", "despite", "under", "over", "about", "both", "all", "some",
    "many", "most", "one", "two", "no", "not", "yes", "even", "just", "only", "instead", "indeed",
    "thus", "today", "yesterday", "tomorrow", "read", "sources", "said", "says", "like", "unlike",
    "among", "several", "every", "each", "other", "another", "such", "do", "does", "did", "is",
    "are", "was", "were", "will", "would", "can", "could", "should", "let", "please", "again",
    "well", "oh", "ok", "sure", "once", "following", "amid",
    // Sentence openers capitalized only for their position ("Sometimes Simon's ...").
    "sometimes", "whenever", "wherever", "whatever", "whether", "unless", "until", "perhaps",
    "maybe", "often", "never", "always", "otherwise", "besides", "nevertheless", "nonetheless",
    "moreover", "furthermore", "therefore", "anyway", "whilst", "throughout", "within", "beyond",
    "against", "toward", "towards", "through", "into", "upon", "via", "outside", "inside",
    "across", "around", "between", "including", "regarding", "overall", "already", "rather",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "twenty", "thirty", "fifty", "hundreds", "thousands",
];

/// Words that may stand between a speaker and the cue verb: "Lavrov also said", "has said",
/// "was quoted as saying". Adverbs in -ly are accepted by rule.
#[rustfmt::skip]
const AUX_WORDS: &[&str] = &[
    "also", "later", "then", "has", "had", "have", "was", "is", "were", "are", "would", "will",
    "could", "might", "may", "once", "previously", "again", "further", "recently", "earlier",
    "often", "just", "did", "does", "do", "once", "still", "already", "never", "always", "even",
    "quoted", "as", "had", "went", "on", "to", "been", "being", "first", "only", "can", "should",
    "must",
];

/// Determiners that open a descriptive speaker ("a spokesman", "his campaign").
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "one", "another", "some",
    "many", "several", "two", "three", "four", "five", "this", "these", "those", "both", "each",
    "most", "other", "few", "dozens", "hundreds", "thousands", "no",
];

/// Words that end a noun phrase when scanning out from a cue verb.
#[rustfmt::skip]
const BLOCKERS: &[&str] = &[
    "that", "and", "but", "or", "as", "when", "while", "because", "if", "which", "who", "whom",
    "whose", "where", "after", "before", "since", "than", "to", "in", "on", "at", "by", "with",
    "from", "into", "about", "for", "of", "not", "it", "is", "was", "are", "were", "be", "been",
    "what", "how", "why", "there", "then", "so", "also", "this", "those", "these", "said", "says",
    "told", "has", "had", "have", "did", "does", "do", "would", "will", "could", "can", "should",
    "must", "may", "might", "once", "up", "out", "over", "back", "off", "down", "during",
    "despite", "amid", "inside", "outside", "through", "throughout", "against", "toward",
    "towards", "upon", "via", "within", "without",
];

/// Cue verbs that are also plural nouns ("Trump's late-night tweets were ..."): they count as
/// verbs only after a name or a pronoun, never after a description.
pub(crate) const NOUN_LIKE: &[&str] = &[
    "tweets",
    "posts",
    "reports",
    "claims",
    "notes",
    "remarks",
    "answers",
    "promises",
    "vows",
    "calls",
    "demands",
    "states",
    "counters",
    "pledges",
    "laments",
    "quips",
    "jokes",
    "replies",
    "asks",
    "charged",
    "labeled",
    "labelled",
    "described",
    "quoted",
    "cited",
    "praises",
    "hails",
    "slams",
    "rips",
];

/// Speech verbs that put the speaker after them ("said Lavrov", "added the spokesman"); other
/// cue verbs followed by a noun phrase have an object there ("conceded the situation is ...").
const INVERTIBLE: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "asked",
    "asks",
    "wrote",
    "writes",
    "continued",
    "continues",
    "replied",
    "explained",
    "noted",
    "recalled",
    "declared",
    "countered",
    "recounted",
    "tweeted",
    "shouted",
    "quipped",
    "joked",
    "admitted",
    "acknowledged",
    "argued",
    "insisted",
    "warned",
    "responded",
    "answered",
    "observed",
    "remarked",
    "cautioned",
    "concluded",
    "stated",
    "told",
    "beamed",
    "exclaimed",
    "pressed",
    "yelled",
    "screamed",
    "thundered",
    "pleaded",
    "fumed",
    "snapped",
    "mused",
    "interjected",
    "retorted",
    "boasted",
    "barked",
    "gushed",
    "muttered",
    "whispered",
    "conceded",
    "reads",
    "read",
    "declares",
    "opined",
    "remembered",
    "recalls",
    "insists",
    "explains",
    "argues",
    "warns",
    "concludes",
    "reported",
    "agrees",
    "agreed",
    "predicted",
    "predicts",
    "complained",
    "complains",
    "laughed",
    "sighed",
    "echoed",
    "suggested",
    "suggests",
    "contended",
    "maintained",
    "lamented",
    "wondered",
    "scoffed",
    "reacted",
    "exhorted",
];

pub(crate) fn invertible(w: &str) -> bool {
    INVERTIBLE.iter().any(|v| v.eq_ignore_ascii_case(w))
}

/// Bits saying which lists a word is on; `flags` computes them once per token.
pub(crate) const CUE: u16 = 1;
pub(crate) const PART: u16 = 1 << 1;
pub(crate) const TITLE: u16 = 1 << 2;
pub(crate) const CAP_STOP: u16 = 1 << 3;
pub(crate) const AUX: u16 = 1 << 4;
pub(crate) const DET: u16 = 1 << 5;
pub(crate) const BLOCK: u16 = 1 << 6;
const MALE: u16 = 1 << 7;
const FEMALE: u16 = 1 << 8;
/// Starts with an uppercase / lowercase letter (computed, not looked up).
pub(crate) const UPPER: u16 = 1 << 9;
pub(crate) const LOWER: u16 = 1 << 10;
/// Ends in a possessive "'s" (set by the tokenizer).
pub(crate) const POSS: u16 = 1 << 11;
/// A stop word that is also a name beside another name ("Theresa May", "Will Doyle").
pub(crate) const NAMEABLE: u16 = 1 << 12;

/// A speech verb in a tensed form ("said", "urged", "claims"), never the base form a modal
/// takes: after "Will" or "May" it shows the word is a name ("Will wrote", "May said").
pub(crate) const TENSED: u16 = 1 << 13;
/// A time or place adverb (see `TIME_PLACE_ADVERBS`); `flags` turns it into AUX | BLOCK.
const ADVERB: u16 = 1 << 14;

/// Adverbs that stand between a speaker and the verb ("The chancellor meanwhile insisted",
/// "one official here said", "Caprice ... afterwards said", wire and British style) and end a
/// speaker read forward ("said Nadal afterwards"). Lower case only: "USA Today", "Democracy
/// Now" are names.
#[rustfmt::skip]
const TIME_PLACE_ADVERBS: &[&str] = &[
    "afterwards", "afterward", "meanwhile", "here", "today", "yesterday", "tonight", "now", "too",
    "instead", "again",
];

/// Capitalized stop words that are names too, when a name stands next to them.
const NAMEABLE_WORDS: &[&str] = &["will", "may", "read", "rather"];

/// FNV-1a: the table is probed for every token, with short keys from our own lists, so the
/// DoS-resistant default SipHash is wasted time (it topped the profile).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// Every list in one table: one lookup per word instead of one per list.
static TABLE: LazyLock<FastMap<&'static str, u16>> = LazyLock::new(|| {
    let mut t = FastMap::default();
    let lists: [(&[&str], u16); 10] = [
        (CUE_FINITE, CUE),
        (CUE_PARTICIPLE, PART),
        (TITLES, TITLE),
        (CAP_STOP_WORDS, CAP_STOP),
        (AUX_WORDS, AUX),
        (DETERMINERS, DET),
        (BLOCKERS, BLOCK),
        (MALE_TITLES, MALE),
        (MALE_NAMES, MALE),
        (FEMALE_TITLES, FEMALE),
    ];
    let more: [(&[&str], u16); 3] = [
        (FEMALE_NAMES, FEMALE),
        (NAMEABLE_WORDS, NAMEABLE),
        (TIME_PLACE_ADVERBS, ADVERB),
    ];
    for (list, bit) in lists.into_iter().chain(more) {
        for w in list {
            *t.entry(*w).or_insert(0) |= bit;
        }
    }
    // "read" is its own base form ("Will read the statement"); irregular pasts are listed.
    let tensed = CUE_FINITE.iter().filter(|w| {
        (w.ends_with("ed")
            || w.ends_with('s')
            || matches!(**w, "said" | "told" | "wrote" | "spoke" | "swore" | "sang"))
            && **w != "read"
    });
    for w in tensed {
        *t.entry(*w).or_insert(0) |= TENSED;
    }
    t
});

/// Shaped like an adverb in -ly ("reportedly", "Hastily"): no list, only the ending, which
/// names such as "Kelly" share (callers that need a lower-case word check the case too).
pub(crate) fn adverb_shape(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly")
}

/// The list bits of `word`, compared case-insensitively, plus UPPER/LOWER. ASCII words are
/// lowercased in a stack buffer: no allocation on the hot path.
pub(crate) fn flags(word: &str) -> u16 {
    const MAX: usize = 24;
    let case = if starts_upper(word) || particle_name(word) {
        UPPER
    } else if starts_lower(word) {
        LOWER
    } else {
        0
    };
    // Adverbs in -ly ("reportedly") may stand between a speaker and the verb.
    let ly = if case == LOWER && adverb_shape(word) {
        AUX
    } else {
        0
    };
    if word.len() > MAX {
        return case | ly;
    }
    let found = if case != UPPER && word.is_ascii() {
        TABLE.get(word).copied()
    } else if word.is_ascii() {
        let mut buf = [0u8; MAX];
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf)
            .ok()
            .and_then(|w| TABLE.get(w).copied())
    } else {
        TABLE.get(word.to_lowercase().as_str()).copied()
    };
    let found = found.unwrap_or(0);
    let adverb = if found & ADVERB != 0 && case == LOWER {
        AUX | BLOCK
    } else {
        0
    };
    (found & !ADVERB) | case | ly | adverb
}

/// "al-Jubeir", "el-Sisi": an Arabic surname written with its lowercase article is a
/// capitalized name word all the same.
fn particle_name(word: &str) -> bool {
    ["al-", "el-", "ad-", "as-", "ash-"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

pub(crate) fn is_cue_finite(w: &str) -> bool {
    flags(w) & CUE != 0
}
pub(crate) fn is_cue_participle(w: &str) -> bool {
    flags(w) & PART != 0
}
pub(crate) fn is_title(w: &str) -> bool {
    flags(w) & TITLE != 0
}
pub(crate) fn is_determiner(w: &str) -> bool {
    flags(w) & DET != 0
}
pub(crate) fn is_blocker(w: &str) -> bool {
    flags(w) & BLOCK != 0
}

/// Personal pronouns that can be a speaker, lowercased.
pub(crate) fn pronoun(w: &str) -> Option<&'static str> {
    Some(match w {
        "he" | "He" => "he",
        "she" | "She" => "she",
        "they" | "They" => "they",
        "I" => "i",
        "we" | "We" => "we",
        "it" | "It" => "it",
        _ => return None,
    })
}

/// The gender a subject pronoun (as `pronoun` returns it) shows: "he", "she"; None for the
/// others.
pub(crate) fn pronoun_gender(pron: &str) -> Option<Gender> {
    match pron {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The subject pronoun of a possessive determiner ("his" → "he"), lowercased.
pub(crate) fn possessive_pronoun(w: &str) -> Option<&'static str> {
    Some(match w {
        "his" | "His" => "he",
        "her" | "Her" => "she",
        "their" | "Their" => "they",
        "its" | "Its" => "it",
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

/// Gender a person noun shows ("Frenchwoman", "chairman"), else Unknown.
pub(crate) fn noun_gender(head: &str) -> Gender {
    let h = head.to_lowercase();
    if h.ends_with("woman") || matches!(h.as_str(), "actress" | "princess" | "queen") {
        Gender::Female
    } else if h.ends_with("man") || matches!(h.as_str(), "prince" | "king") {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// "Spaniard", "Australian", "Swede": a capitalized word naming someone by their country.
pub(crate) fn is_demonym(w: &str) -> bool {
    let h = w.to_lowercase();
    starts_upper(w) && (h.ends_with("ian") || h.ends_with("ese") || DEMONYMS.contains(&h.as_str()))
}

/// A country or continent ("Brazil", "South Korea", "Europe"): a name that "he" or "she"
/// never means, though "Brazil today suggested" reads like a person's statement.
pub(crate) fn is_country(name: &str) -> bool {
    let lower = name.to_lowercase();
    COUNTRIES.binary_search(&lower.as_str()).is_ok()
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

/// Gender shown by a title ("Mrs.") or a first name ("Hillary"), if any.
pub(crate) fn gender_of_word(w: &str) -> Gender {
    let f = flags(w);
    if f & MALE != 0 {
        Gender::Male
    } else if f & FEMALE != 0 {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}
pub(crate) fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_sorted_for_binary_search() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
        assert!(is_country("Brazil") && is_country("South Korea") && !is_country("Lavrov"));
    }

    #[test]
    fn lookups_ignore_case() {
        for (w, want) in [
            ("said", true),
            ("Said", true),
            ("SAID", true),
            ("sad", false),
        ] {
            assert_eq!(is_cue_finite(w), want, "{w}");
        }
        assert!(is_title("Minister") && is_title("Sen.") && !is_title("Lavrov"));
        assert!(flags("reportedly") & AUX != 0 && flags("Kelly") & AUX == 0);
        // Time adverbs stand between subject and verb only in lower case ("USA Today said").
        assert!(flags("afterwards") & (AUX | BLOCK) == AUX | BLOCK);
        assert!(flags("Today") & (AUX | BLOCK) == 0 && flags("Now") & BLOCK == 0);
        assert_eq!(gender_of_word("Hillary"), Gender::Female);
        assert_eq!(gender_of_word("Mr."), Gender::Male);
        assert_eq!(pronoun("She"), Some("she"));
        assert_eq!(pronoun("Ill"), None);
    }

    #[test]
    fn retorts_and_labels_are_speech_verbs() {
        use super::super::find_quotes;
        let mention = |body: &str| {
            find_quotes(body, None)
                .into_iter()
                .next()
                .and_then(|q| q.speaker_mention)
        };
        assert_eq!(
            mention("“The harbour will always be ours,” an angry Mayor Ruiz retaliated.")
                .as_deref(),
            Some("Mayor Ruiz")
        );
        assert_eq!(
            mention("When reporters asked, he referred to the council as “a club of cowards.”")
                .as_deref(),
            Some("he")
        );
    }
}
