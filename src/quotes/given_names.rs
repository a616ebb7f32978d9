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
    "aaron", "abdul", "abdullah", "adam", "adrian", "ahmad", "al", "alain", "alastair", "albert",
    "alberto", "alejandro", "alessandro", "alex", "alexander", "alfie", "alfred", "allen", "alvin",
    "amir", "amit", "anatoly", "anders", "andre", "andres", "andriy", "andrzej", "andy", "angelo",
    "anil", "antoine", "antonio", "archie", "arjun", "arnold", "arsene", "arthur", "arturo", "asa",
    "ashraf", "barry", "bart", "ben", "bennie", "bernard", "bert", "billy", "bjorn", "blake",
    "bobby", "bohdan", "brad", "bradley", "brandon", "brendan", "brent", "brett", "bruce", "bruno",
    "bryan", "buck", "byron", "callum", "calvin", "cameron", "carlos", "cecil", "cedric", "chad",
    "charlie", "chester", "chinedu", "christopher", "clarence", "clark", "claude", "clay",
    "clayton", "clifford", "clint", "clive", "clyde", "cody", "colin", "connor", "conor", "cory",
    "craig", "crispin", "curtis", "dale", "damon", "danny", "darius", "darrell", "darren",
    "darryl", "dave", "dean", "declan", "denis", "dennis", "derek", "dermot", "desmond", "devin",
    "dewey", "didier", "diego", "dieter", "dmitri", "dominic", "don", "donnie", "doug", "douglas",
    "dragan", "duane", "duncan", "dwayne", "dwight", "eamon", "earl", "ed", "eddie", "edgar",
    "eduardo", "edward", "edwin", "ehud", "elliot", "elliott", "elmer", "emanuel", "emeka",
    "enrique", "erik", "ernest", "ernesto", "ethan", "eugene", "evan", "everett", "ewan", "fabio",
    "faisal", "felix", "fergus", "fernando", "fintan", "florian", "floyd", "francesco", "francis",
    "francisco", "francois", "franklin", "franz", "fred", "freddie", "frederick", "gabriel",
    "gareth", "garrett", "gavin", "gene", "geoff", "geoffrey", "gerald", "gerardo", "gerhard",
    "gerry", "gilbert", "giles", "giovanni", "glen", "glenn", "goran", "graham", "grant",
    "gregory", "grover", "guillermo", "gus", "guy", "hakeem", "hamid", "hamish", "hamza", "hank",
    "hans", "harold", "harvey", "hector", "heinz", "helmut", "henrik", "henry", "herbert",
    "herman", "hiroshi", "horace", "horst", "hossein", "hussein", "ibrahim", "igor", "imran",
    "ivan", "jacob", "jacques", "jake", "jakub", "jamal", "jamie", "jasper", "javad", "javier",
    "jay", "jeb", "jed", "jeffery", "jerome", "jesus", "jez", "jim", "jimmy", "joachim", "joao",
    "joel", "joey", "johnny", "jonas", "jonny", "jorge", "joshua", "juha", "julian", "julien",
    "julio", "junichiro", "jurgen", "justin", "karim", "keith", "kenji", "kenneth", "kent",
    "khalid", "kieran", "kirk", "klaus", "kofi", "krzysztof", "kwame", "kyle", "lance", "lars",
    "laurence", "laurent", "lawrence", "lee", "leon", "leonard", "leroy", "lester", "lewis",
    "liam", "lorenzo", "louis", "luca", "lucas", "luka", "lukas", "luke", "luther", "lyndon",
    "magnus", "mahmoud", "malcolm", "manmohan", "manuel", "marc", "marcus", "marek", "mario",
    "marko", "markus", "marshall", "marvin", "massimo", "mathieu", "matthias", "matti", "maurice",
    "max", "melvin", "micah", "michel", "miguel", "mikhail", "mikko", "milan", "miles", "milton",
    "mitchell", "mohamed", "mohammad", "morris", "mustafa", "nathan", "nathaniel", "nawaz", "neal",
    "neil", "niall", "nicholas", "nikola", "nikolai", "nils", "noah", "norman", "olav", "oleg",
    "oliver", "olivier", "ollie", "omar", "osama", "oscar", "otis", "owen", "pablo", "paolo",
    "paulo", "pavel", "pedro", "pekka", "percy", "perry", "pervez", "petar", "phil", "philip",
    "philippe", "phillip", "piers", "piotr", "preston", "quentin", "rafael", "rahul", "raj",
    "rajesh", "ralph", "ramesh", "ramon", "randall", "randy", "rashid", "ravi", "ray", "raymond",
    "reginald", "reuben", "reza", "rhys", "ricardo", "ricky", "roberto", "rocco", "rod", "rodney",
    "roland", "ronald", "ronan", "rory", "ross", "roy", "rudolph", "rui", "rupert", "russell",
    "saddam", "salvador", "samir", "sander", "sanjay", "saul", "seamus", "sergio", "seth", "shane",
    "shaun", "shawn", "sheldon", "shimon", "sidney", "simon", "spencer", "stanley", "stefan",
    "stefano", "stephan", "steven", "stuart", "suresh", "sven", "tad", "takeshi", "taras", "tariq",
    "ted", "teddy", "terrence", "terry", "thabo", "theo", "theodore", "thierry", "tiago",
    "timothy", "tobias", "toby", "todd", "tomas", "tomasz", "travis", "trent", "trevor", "tristan",
    "troy", "ty", "tyler", "tyrone", "uwe", "vernon", "vicente", "victor", "vijay", "vincent",
    "vladislav", "volodymyr", "wade", "walid", "walter", "warren", "wayne", "wendell", "wesley",
    "wilbur", "willard", "willie", "xavier", "yasser", "yevgeny", "yusuf", "yves", "zachary",
    "zinedine", "zoran",
];

/// Common female first names (lowercase, sorted for binary search).
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abby", "abigail", "ada", "adaeze", "adele", "adrienne", "agnes", "agnieszka", "aileen",
    "ailsa", "aisha", "akiko", "alessandra", "alexandra", "alexis", "alicia", "alison", "allison",
    "alma", "amanda", "amber", "amelia", "amelie", "amina", "ana", "andrea", "angelica",
    "angelique", "angie", "anita", "anja", "anjali", "annette", "annie", "annika", "antoinette",
    "aoife", "arlene", "astrid", "audrey", "ava", "beatrice", "beatriz", "becky", "belinda",
    "bernadette", "bernice", "beth", "bethany", "betty", "beverly", "birgit", "bonnie", "brenda",
    "brianne", "bridget", "brigid", "brittany", "brooke", "caitlin", "camille", "candace",
    "candice", "cara", "carla", "carmen", "carol", "caroline", "carrie", "cassandra", "cathy",
    "catriona", "celine", "charlotte", "cherie", "chiara", "chioma", "chloe", "christina", "ciara",
    "cindy", "clare", "claudia", "colleen", "connie", "constance", "courtney", "crystal",
    "cynthia", "daisy", "danielle", "daria", "darlene", "dawn", "deanna", "debra", "deepa",
    "delores", "denise", "diana", "dolores", "dora", "doris", "dorothy", "edith", "edna", "eileen",
    "eilidh", "ekaterina", "eleanor", "elena", "elin", "elisa", "elise", "ella", "ellen", "eloise",
    "elsa", "erica", "erika", "erin", "estelle", "esther", "ethel", "eva", "evelyn", "evie", "ewa",
    "fatima", "felicia", "fernanda", "fiona", "florence", "frances", "francesca", "freya",
    "gabriela", "gabrielle", "gail", "galina", "gemma", "geraldine", "gilda", "gillian", "giulia",
    "gladys", "glenda", "gloria", "gretchen", "gwen", "gwendolyn", "hannah", "hazel", "heidi",
    "heike", "helene", "holly", "ilyse", "ines", "ingrid", "irene", "irina", "iris", "isabel",
    "isabella", "isabelle", "isla", "ivana", "jackie", "jacqueline", "janice", "jeanette",
    "jelena", "jenna", "jenny", "joan", "joann", "joanna", "joanne", "jocelyn", "josephine",
    "joyce", "juanita", "judith", "judy", "juliette", "kara", "karin", "katarina", "katarzyna",
    "katelyn", "kathryn", "kathy", "katrina", "kavita", "kay", "kayla", "keiko", "kimberly",
    "kirsty", "kristan", "kristen", "kristin", "kristina", "krystal", "kylie", "lakshmi", "lauren",
    "layla", "leah", "leanne", "leila", "lena", "leslie", "lillian", "lily", "lois", "lorraine",
    "louise", "lucia", "lucille", "lucy", "ludmila", "lydia", "lynn", "lyudmila", "mabel", "mae",
    "magdalena", "maja", "malgorzata", "manon", "marcia", "margarita", "mariam", "marian",
    "mariana", "marianne", "marie", "marija", "marilyn", "marina", "marjorie", "marlene", "maryam",
    "maureen", "maya", "meera", "megan", "melanie", "melinda", "melissa", "mette", "mia",
    "mildred", "miranda", "miriam", "molly", "monica", "monika", "monique", "morag", "myrtle",
    "nadia", "naoko", "naomi", "natalia", "natalie", "natasha", "nathalie", "neera", "nellie",
    "ngozi", "niamh", "nicole", "nora", "norma", "oksana", "olga", "olivia", "orla", "paige",
    "pamela", "paula", "pauline", "pearl", "peggy", "petra", "phyllis", "pilar", "pooja",
    "priscilla", "priya", "rachael", "rebekah", "regina", "renee", "rhonda", "rita", "roberta",
    "robin", "rocio", "rosa", "rosalind", "rose", "rosemary", "roxanne", "sabine", "sabrina",
    "sadie", "sandrine", "sanna", "sara", "segolene", "selena", "serena", "shannon", "sheila",
    "shelby", "shelley", "sherry", "shirley", "sigrid", "silvia", "sinead", "siobhan", "sofia",
    "sofiya", "sonya", "sophia", "stacey", "stacy", "stella", "sunita", "suzanne", "svetlana",
    "sybil", "tamara", "tanya", "tara", "tatiana", "teresa", "tessa", "thelma", "tiffany", "tina",
    "tonya", "tracey", "tracy", "ulrike", "valentina", "valeria", "vanessa", "vera", "veronica",
    "vicki", "vickie", "victoria", "viola", "violet", "vivian", "wanda", "wendy", "whitney",
    "wilma", "yasmin", "yolanda", "yuko", "yulia", "yvonne", "zainab", "zoe", "zofia",
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
