//! First name → gender, for the names `lexicon.rs` does not list. In: the first word of a
//! person's name ("Grant" of "Grant Young"). Out: Male, Female or Unknown.
//!
//! Why: "she said" after "Grant Young told reporters ..." and "Karen Robison said ..." must
//! skip Grant Young, and a name of unknown gender never clashes with a pronoun, so every
//! common first name the lexicon misses lets "she" land on a man. Names given to both sexes
//! ("Jesse", "Jordan", "Kelly") are left out: a wrong gender is worse than none.

use super::lexicon::Gender;

/// Common male first names (lowercase, sorted for binary search).
#[rustfmt::skip]
const MALE: &[&str] = &[
    "aaron", "abdul", "abdullah", "adam", "adolfo", "adrian", "ahmad", "akhil", "akio", "al",
    "alain", "alastair", "albert", "alberto", "alejandro", "alessandro", "alex", "alexander",
    "alfie", "alfred", "allan", "allen", "alvin", "amir", "amit", "anatoly", "anders", "andre",
    "andreas", "andres", "andriy", "andrzej", "andy", "angelo", "anil", "antoine", "antonio",
    "archie", "arjen", "arjun", "arnold", "arsene", "arthur", "arturo", "asa", "ashish", "ashraf",
    "aurelio", "avram", "barend", "barry", "bart", "ben", "bengt", "bennie", "bernard", "bernd",
    "bernhard", "bert", "bertram", "billy", "bjorn", "blake", "bobby", "bohdan", "brad", "bradley",
    "brandon", "branko", "brendan", "brent", "brett", "bruce", "bruno", "bryan", "buck", "bud",
    "byron", "callum", "calvin", "cameron", "carlo", "carlos", "caspar", "cecil", "cedric", "cesar",
    "chad", "charlie", "chester", "chinedu", "christian", "christopher", "clarence", "clark",
    "claude", "clay", "clayton", "clifford", "clint", "clive", "clyde", "cody", "colin", "connor",
    "conor", "cory", "craig", "crispin", "cristiano", "cristobal", "curt", "curtis", "cyril",
    "dale", "damon", "danny", "dante", "darius", "darrell", "darren", "darryl", "dave", "dean",
    "declan", "denis", "dennis", "derek", "dermot", "derrick", "desmond", "devin", "dewey",
    "didier", "diego", "dieter", "dilson", "dinesh", "dmitri", "domingo", "dominic", "don",
    "donnie", "doug", "douglas", "dragan", "duane", "duncan", "dwayne", "dwight", "eamon", "earl",
    "ed", "eddie", "edgar", "edouard", "edson", "eduardo", "edward", "edwin", "ehud", "elliot",
    "elliott", "elmer", "emanuel", "emeka", "enrique", "erik", "ernest", "ernesto", "ethan",
    "eugene", "evan", "everett", "ewan", "fabio", "faisal", "federico", "felipe", "felix", "fergus",
    "fernando", "fintan", "florian", "floyd", "francesco", "francis", "francisco", "francois",
    "franklin", "frans", "franz", "fred", "freddie", "freddy", "frederick", "fritz", "fumio",
    "gabriel", "gareth", "garrett", "gavin", "gene", "geoff", "geoffrey", "georges", "gerald",
    "gerard", "gerardo", "gerhard", "gerry", "gilbert", "gilberto", "giles", "giovanni", "glen",
    "glenn", "gonzalo", "goran", "graeme", "graham", "grant", "gregory", "grover", "guillermo",
    "gus", "gustavo", "guy", "hajime", "hakeem", "hamid", "hamish", "hamza", "hank", "hans",
    "harold", "harvey", "hector", "heinz", "heizo", "helmut", "henri", "henrik", "henry", "herb",
    "herbert", "herman", "herve", "hiroshi", "hirozumi", "hisham", "horace", "horst", "hosni",
    "hossein", "hussein", "ibrahim", "igor", "ike", "imran", "irwin", "ivan", "jacob", "jacques",
    "jake", "jakub", "jamal", "jamie", "jasper", "javad", "javier", "jay", "jeb", "jed", "jeffery",
    "jerome", "jesus", "jez", "jim", "jimmy", "joachim", "joao", "joel", "joey", "johan", "johnny",
    "jonas", "jonny", "jordi", "jorge", "joshua", "juande", "juha", "julian", "julien", "julio",
    "junichiro", "jurgen", "justin", "karim", "karlheinz", "karsten", "keikichi", "keith", "kelvin",
    "kenji", "kenneth", "kenny", "kent", "khalid", "kieran", "kiichi", "kirk", "klaus", "kofi",
    "koji", "kostas", "krzysztof", "kwame", "kyle", "lance", "lars", "laszlo", "laurence",
    "laurent", "lawrence", "lee", "leo", "leon", "leonard", "leonardo", "leroy", "lester", "levan",
    "lewis", "liam", "lleyton", "lorenzo", "louis", "luca", "lucas", "luka", "lukas", "luke",
    "luther", "lyle", "lyndon", "magnus", "mahmoud", "makoto", "malcolm", "malik", "manmohan",
    "manny", "manuel", "marat", "marc", "marcel", "marcus", "marek", "mario", "marko", "markus",
    "marlin", "marshall", "marvin", "masahiko", "masao", "massimo", "mathieu", "matthias", "matti",
    "maurice", "mauricio", "max", "melvin", "mervyn", "micah", "michel", "michio", "mick", "miguel",
    "mikhail", "mikko", "milan", "miles", "milton", "mitchell", "mitsuru", "mohamed", "mohammad",
    "morris", "morton", "mustafa", "nate", "nathan", "nathaniel", "nawaz", "neal", "neil", "niall",
    "nicholas", "nikola", "nikolai", "nils", "noah", "noboru", "norbert", "norm", "norman", "olav",
    "oleg", "oliver", "olivier", "ollie", "omar", "onno", "osama", "osamu", "oscar", "osman",
    "otis", "owen", "ozzy", "pablo", "paolo", "paulo", "pavel", "pedro", "pekka", "percy", "perry",
    "pervez", "petar", "phil", "philip", "philippe", "phillip", "piers", "piotr", "preston",
    "quentin", "rachmat", "rafael", "rahul", "raj", "rajesh", "rajiv", "ralph", "ramesh", "ramon",
    "randall", "randy", "rashid", "ravi", "ray", "raymond", "reginald", "reuben", "reza", "rhys",
    "ricardo", "rich", "ricky", "rilwanu", "rob", "robbie", "robby", "roberto", "rocco", "rod",
    "rodney", "roland", "rolf", "ronald", "ronan", "rory", "ross", "roy", "rudolf", "rudolph",
    "rui", "rupert", "russell", "saddam", "saeb", "sajid", "salomon", "salvador", "samir", "sander",
    "sanford", "sanjay", "satoshi", "saul", "seamus", "sergio", "seth", "setsuya", "shane", "shaun",
    "shawn", "sheldon", "shimon", "shoichi", "sidney", "simon", "spencer", "stan", "stanley",
    "stefan", "stefano", "stephan", "steven", "stuart", "suresh", "susumu", "sven", "tad",
    "takashi", "takeshi", "taras", "tariq", "ted", "teddy", "terrell", "terrence", "terry", "thabo",
    "theo", "theodore", "thierry", "thilo", "tiago", "timothy", "tobias", "toby", "todd", "tomas",
    "tomasz", "tommy", "travis", "trent", "trevor", "trey", "tristan", "troy", "ty", "tyler",
    "tyrone", "ulrich", "uwe", "vernon", "vicente", "victor", "vijay", "vince", "vincent",
    "vladislav", "volodymyr", "wade", "walid", "walter", "warren", "wayne", "wendell", "werner",
    "wesley", "wilbur", "wilf", "willard", "willie", "willy", "wim", "xavier", "yasser", "yasuhiro",
    "yevgeny", "yusuf", "yves", "zach", "zachary", "zinedine", "zoran",
];

/// Common female first names (lowercase, sorted for binary search).
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abby", "abigail", "ada", "adaeze", "adele", "adrienne", "agnes", "agnieszka", "aileen",
    "ailsa", "aisha", "akiko", "alessandra", "alexandra", "alexis", "alicia", "alison", "allison",
    "alma", "amanda", "amber", "amelia", "amelie", "amina", "ana", "andrea", "angelica",
    "angelique", "angie", "anita", "anja", "anjali", "annette", "annie", "annika", "antoinette",
    "aoife", "arlene", "astrid", "audrey", "ava", "beatrice", "beatriz", "becky", "belinda",
    "bernadette", "bernice", "beth", "bethany", "betty", "beverly", "birgit", "bonnie",
    "brenda", "brianne", "bridget", "brigid", "brittany", "brooke", "caitlin", "camille", "candace",
    "candice", "cara", "carla", "carmen", "carol", "carole", "caroline", "carrie", "cassandra",
    "cate", "cathy", "catriona", "cecile", "celine", "charlotte", "cherie", "chiara", "chioma",
    "chloe", "christina", "ciara", "cindy", "clare", "claudia", "colleen", "connie", "constance",
    "corazon", "courtney", "crystal", "cynthia", "daisy", "daniela", "danielle", "daria", "darlene",
    "dawn", "deanna", "debra", "deepa", "delores", "denise", "diana", "dolores", "dora", "doris",
    "dorothy", "edith", "edna", "eileen", "eilidh", "ekaterina", "eleanor", "elena", "elin",
    "elisa", "elise", "ella", "ellen", "eloise", "elsa", "erica", "erika", "erin", "estelle",
    "esther", "ethel", "eva", "evelyn", "evie", "ewa", "fatima", "felicia", "fernanda", "fiona",
    "florence", "frances", "francesca", "freya", "gabriela", "gabrielle", "gail", "galina", "gemma",
    "geraldine", "gilda", "gillian", "gisela", "giulia", "gladys", "glenda", "gloria", "gretchen",
    "gwen", "gwendolyn", "hannah", "hazel", "heidi", "heike", "helena", "helene", "holly", "ilyse",
    "ines", "ingrid", "irene", "irina", "iris", "isabel", "isabella", "isabelle", "isla", "ivana",
    "jackie", "jacqueline", "janice", "jeanette", "jelena", "jemima", "jenna", "jenny", "joan",
    "joann", "joanna", "joanne", "jocelyn", "josephine", "joyce", "juanita", "judith", "judy",
    "juliette", "kara", "karin", "katarina", "katarzyna", "katelyn", "katerina", "kathryn", "kathy",
    "katrina", "kavita", "kay", "kayla", "keiko", "kelli", "kimberly", "kirsty", "kristan",
    "kristen", "kristin", "kristina", "krystal", "kylie", "lakshmi", "lauren", "layla", "leah",
    "leanne", "leila", "lena", "leslie", "lillian", "lily", "lois", "lorraine", "louise", "lucia",
    "lucille", "lucy", "ludmila", "lydia", "lynn", "lyudmila", "mabel", "mae", "magdalena", "maja",
    "malgorzata", "manon", "marcia", "margarita", "mariam", "marian", "mariana", "marianne",
    "marie", "marija", "marilyn", "marina", "marjorie", "marlene", "martina", "maryam", "maureen",
    "maya", "meera", "megan", "melanie", "melanne", "melinda", "melissa", "mette", "mia", "mildred",
    "miranda", "miriam", "molly", "monica", "monika", "monique", "morag", "myrtle", "nadia",
    "naoko", "naomi", "natalia", "natalie", "natasha", "nathalie", "neera", "nellie", "ngozi",
    "niamh", "nicole", "nora", "norma", "oksana", "olga", "olivia", "orla", "paige", "pamela",
    "patti", "paula", "pauline", "pearl", "peggy", "petra", "phyllis", "pilar", "pooja",
    "priscilla", "priya", "rachael", "rebekah", "regina", "renee", "rhonda", "rita", "roberta",
    "robin", "rocio", "rosa", "rosalind", "rose", "rosemary", "roxanne", "sabine", "sabrina",
    "sadie", "sandrine", "sanna", "sara", "segolene", "selena", "serena", "shami", "shannon",
    "sheila", "shelby", "shelley", "sherry", "shirley", "sigrid", "silvia", "sinead", "siobhan",
    "sofia", "sofiya", "sonya", "sophia", "stacey", "stacy", "stella", "sunita", "suzanne",
    "svetlana", "sybil", "tamara", "tanya", "tara", "tatiana", "teresa", "tessa", "thelma",
    "tiffany", "tina", "tonya", "tracey", "tracy", "ulrike", "valentina", "valeria", "vanessa",
    "venus", "vera", "veronica", "vicki", "vickie", "victoria", "viola", "violet", "vivian",
    "wanda", "wendy", "whitney", "wilma", "yasmin", "yolanda", "yuko", "yulia", "yvonne", "zainab",
    "zoe", "zofia",
];

/// The gender a first name shows, Unknown when it is not listed.
pub(crate) fn gender(first: &str) -> Gender {
    if first.len() > 12 || !first.is_ascii() {
        return Gender::Unknown;
    }
    let lower = first.to_ascii_lowercase();
    if MALE.binary_search(&lower.as_str()).is_ok() {
        Gender::Male
    } else if FEMALE.binary_search(&lower.as_str()).is_ok() {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_disjoint() {
        for list in [MALE, FEMALE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(MALE.iter().all(|m| FEMALE.binary_search(m).is_err()));
    }

    #[test]
    fn first_names_give_a_gender() {
        assert_eq!(gender("Grant"), Gender::Male);
        assert_eq!(gender("Wendy"), Gender::Female);
        assert_eq!(gender("Jordan"), Gender::Unknown);
        assert_eq!(gender("Ökonom"), Gender::Unknown);
    }

    #[test]
    fn she_skips_a_man_known_by_his_first_name() {
        let body = "Karen Robison runs the shelter on Elm Street.\n\nGrant Young visited it on \
                    Monday. “We need more beds before the winter comes,” she said.";
        let quotes = super::super::find_quotes(body, None);
        let speaker = quotes.first().and_then(|q| q.speaker.as_deref());
        assert_eq!(speaker, Some("Karen Robison"));
    }
}
