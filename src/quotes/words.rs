//! The word lists behind `lexicon::flags`: speech (cue) verbs, titles, given names, and the
//! closed classes (determiners, auxiliaries, blockers, sentence openers) that bound a speaker's
//! noun phrase. Data only, lowercase; `lexicon.rs` folds them into one lookup table.
//!
//! Lists rather than a part-of-speech tagger: attribution in news is formulaic ("X said"), a
//! tagger would cost more than the rest of the stage, and these lists cover the cues that the
//! PolNeAR gold set shows in use (said/told/says/wrote/added cover ~80% of direct quotes).

/// Finite speech verbs: "X said", "said X", "X told Y". Base forms are here too for "would say",
/// "went on to say". Attitude verbs that often frame a partial quote ("called it", "described")
/// are in; "accused" is deliberately out: "accused Trump of being a "Kremlin agent"" is the
/// classic scare quote, not speech.
#[rustfmt::skip]
pub(super) const CUE_FINITE: &[&str] = &[
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
    "revealed", "reveals",
    "remembered", "reacted", "exhorted", "quip", "welcomed", "welcomes", "cites", "referred",
    "retaliated", "ruled", "cracked", "dismissed", "dismisses", "derided", "derides", "ridiculed",
    "describe", "dismiss", "deride", "enthused", "teased",
    // Present forms of the past forms above, where the word is rarely a noun ("she cautions
    // that ...", "he criticizes").
    "cautions", "recounts", "reiterates", "echoes", "criticizes", "criticises",
    "opines", "begs", "pleads", "grumbles", "sighs", "laughs", "chides", "likens",
    "characterises", "expresses", "pronounces", "surmises", "gushes", "marvels", "mutters",
    "murmurs", "confides", "posits", "theorizes", "recites", "preaches", "reassures", "swears",
    "editorializes", "remembers", "reacts", "ridicules", "testifies", "muses",
    "thunders", "scoffs", "interjects", "whispers", "retorts",
    "dubs",
];

/// Participles and infinitive-like forms that hang off a clause whose subject is the speaker:
/// "Lavrov criticized the plan, saying ...", "was quoted as saying".
#[rustfmt::skip]
pub(super) const CUE_PARTICIPLE: &[&str] = &[
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
pub(super) const TITLES: &[&str] = &[
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
    "actress", "skipper", "tycoon", "billionaire", "businessman", "businesswoman", "editor",
    "adviser", "advisor", "aide", "founder", "researcher", "scientist", "comptroller",
    "administrator", "supt", "supt.", "duke", "duchess",
    "const.", "det.", "insp.", "cpl.", "cmdr.", "atty.", "hon.", "hon", "msgr.", "rt.", "rt",
    "staff", "rev",
];

/// Titles that show the person's gender.
#[rustfmt::skip]
pub(super) const MALE_TITLES: &[&str] = &[
    "mr.", "mr", "king", "prince", "sir", "lord", "congressman", "chairman", "spokesman",
];
#[rustfmt::skip]
pub(super) const FEMALE_TITLES: &[&str] = &[
    "mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "dame", "lady", "congresswoman",
    "chairwoman", "spokeswoman",
];

/// Common first names of people in the news, for "he"/"she" agreement. Small on purpose: a
/// wrong gender only makes a pronoun skip to an older antecedent, and unknown is compatible.
#[rustfmt::skip]
pub(super) const MALE_NAMES: &[&str] = &[
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
pub(super) const FEMALE_NAMES: &[&str] = &[
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
pub(super) const CAP_STOP_WORDS: &[&str] = &[
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
    "well", "oh", "ok", "sure", "once", "following", "amid", "amidst",
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
pub(super) const AUX_WORDS: &[&str] = &[
    "also", "later", "then", "has", "had", "have", "was", "is", "were", "are", "would", "will",
    "could", "might", "may", "once", "previously", "again", "further", "recently", "earlier",
    "often", "just", "did", "does", "do", "once", "still", "already", "never", "always", "even",
    "quoted", "as", "had", "went", "on", "to", "been", "being", "first", "only", "can", "should",
    "must",
];

/// Determiners that open a descriptive speaker ("a spokesman", "his campaign").
#[rustfmt::skip]
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "one", "another", "some",
    "many", "several", "two", "three", "four", "five", "this", "these", "those", "both", "each",
    "most", "other", "few", "dozens", "hundreds", "thousands", "no",
];

/// Words that end a noun phrase when scanning out from a cue verb.
#[rustfmt::skip]
pub(super) const BLOCKERS: &[&str] = &[
    "that", "and", "but", "or", "as", "when", "while", "because", "if", "which", "who", "whom",
    "whose", "where", "after", "before", "since", "than", "to", "in", "on", "at", "by", "with",
    "from", "into", "about", "for", "of", "not", "it", "is", "was", "are", "were", "be", "been",
    "what", "how", "why", "there", "then", "so", "also", "this", "those", "these", "said", "says",
    "told", "has", "had", "have", "did", "does", "do", "would", "will", "could", "can", "should",
    "must", "may", "might", "once", "up", "out", "over", "back", "off", "down", "during",
    "despite", "amid", "amidst", "amongst", "among", "inside", "outside", "through",
    "throughout", "against", "toward",
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

/// Conjunctions that open a subordinate clause with a subject of its own ("when Ryan lamented",
/// "after he spoke"), lower case.
#[rustfmt::skip]
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "as", "after", "because", "while", "since", "before", "until", "although", "though",
    "once", "if",
];

/// Nouns in -ly, which `lexicon::adverb_shape` must not take for adverbs ("a man at the rally
/// said", "the family said", "a U.S. ally said").
#[rustfmt::skip]
pub(super) const LY_NOUNS: &[&str] = &[
    "rally", "family", "assembly", "ally", "supply", "reply", "bully", "anomaly", "monopoly",
    "homily", "elderly", "daily", "weekly", "monthly", "quarterly", "belly",
];

/// An organisation's noun after a capitalised name makes a source ("Commerce bank said",
/// "Labour party sources").
#[rustfmt::skip]
pub(super) const ORG_NOUNS: &[&str] = &[
    "bank", "group", "party", "company", "firm", "union", "ministry", "agency", "council",
    "government", "committee", "board", "newspaper", "campaign", "radio", "television", "tv",
    "broadcaster", "magazine", "organisation", "organization", "association", "institute",
    "commission", "department", "club", "authority",
];

/// A document that speaks in news copy ("the report said", "the statement added"): what a
/// later "it said" refers to, like an organisation.
#[rustfmt::skip]
pub(super) const DOCUMENT_NOUNS: &[&str] = &[
    "report", "statement", "study", "survey", "document", "letter", "memo", "filing",
    "release", "ruling", "communique", "announcement", "complaint", "lawsuit", "indictment",
    "bulletin", "notice", "resolution", "editorial", "analysis", "paper", "daily", "weekly",
    "journal", "article",
];

/// Speech verbs that put the speaker after them ("said Lavrov", "added the spokesman"); other
/// cue verbs followed by a noun phrase have an object there ("conceded the situation is ...").
pub(super) const INVERTIBLE: &[&str] = &[
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
    // British and wire copy ("stressed Cole", "commented one banker", "enthused the coach").
    "stressed",
    "commented",
    "emphasised",
    "emphasized",
    "enthused",
    "reiterated",
    "claimed",
    "confirmed",
    "announced",
    "urged",
    "grumbled",
    "promised",
    "vowed",
    "boomed",
    "teased",
    // Present tense, as features and columns write it ("..., notes Jane Doe", "..., reports
    // Forbes's Brian Caulfield"). Not "tells": "..., tells Reuters" names the listener.
    "replies",
    "notes",
    "recounts",
    "tweets",
    "shouts",
    "quips",
    "jokes",
    "admits",
    "acknowledges",
    "responds",
    "answers",
    "observes",
    "remarks",
    "cautions",
    "states",
    "exclaims",
    "pleads",
    "snaps",
    "muses",
    "retorts",
    "boasts",
    "whispers",
    "concedes",
    "opines",
    "remembers",
    "reports",
    "laughs",
    "sighs",
    "echoes",
    "contends",
    "maintains",
    "laments",
    "wonders",
    "scoffs",
    "stresses",
    "comments",
    "emphasises",
    "emphasizes",
    "enthuses",
    "reiterates",
    "claims",
    "confirms",
    "announces",
    "urges",
    "grumbles",
    "promises",
    "vows",
    "teases",
    "counters",
];

/// German, Spanish and French speech verbs of the inverted cue right after a quote (`„...“,
/// sagte Ann Lowe.`, `«...», dijo Ana Ruiz.`, `« ... », explique Anne Roy.`), and only
/// there: those languages put the subject after the verb in other places too ("Zudem sagt
/// sie"), and capitalise nouns (German), which the English rules would read as names.
#[rustfmt::skip]
pub(super) const INVERTIBLE_FOREIGN: &[&str] = &[
    "sagt", "sagte", "erklärt", "erklärte", "betont", "betonte", "meint", "meinte", "ergänzt",
    "ergänzte", "dijo", "afirmó", "indicó", "señaló", "explicó", "aseguró", "agregó", "añadió",
    "subrayó", "declaró", "comentó", "explique", "affirme", "ajoute", "souligne", "précise",
    "déclare", "berichtet", "berichtete", "erzählt", "erzählte", "warnt", "warnte", "fordert",
    "forderte", "kritisiert", "kritisierte", "schreibt", "schrieb", "bestätigt", "bestätigte",
    "fügte", "resalta", "recalca", "corroboró", "sostuvo", "apuntó", "expresó", "manifestó",
    "puntualizó", "destacó", "insistió", "advirtió", "precisó", "relató", "contó", "respondió",
    "concluyó", "dice", "afirma", "explica", "señala", "asegura", "agrega", "añade", "sostiene",
    "destaca", "advierte", "estime", "indique", "raconte", "confie", "assure", "so",
    "kommentiert", "kommentierte", "antwortet", "antwortete", "erläutert", "erläuterte", "fragt",
    "fragte", "mahnt", "mahnte", "resümiert", "resümierte", "unterstreicht", "unterstrich",
    "bekräftigt", "bekräftigte", "ergänzt", "versichert", "versicherte", "verrät", "verriet",
    "aclaró", "reconoció", "admitió", "detalló", "enfatizó", "remarcó", "opinó", "lamentó",
    "sentenció", "dit", "poursuit", "conclut", "explique", "insiste", "rappelle", "estimait",
];

/// Adverbs that stand between a speaker and the verb ("The chancellor meanwhile insisted",
/// "one official here said", "Caprice ... afterwards said", wire and British style) and end a
/// speaker read forward ("said Nadal afterwards"). Lower case only: "USA Today", "Democracy
/// Now" are names.
#[rustfmt::skip]
pub(super) const TIME_PLACE_ADVERBS: &[&str] = &[
    "afterwards", "afterward", "meanwhile", "here", "today", "yesterday", "tonight", "now", "too",
    "instead", "again",
];

/// Capitalized stop words that are names too, when a name stands next to them.
pub(super) const NAMEABLE_WORDS: &[&str] = &["will", "may", "read", "rather", "oh"];
