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
    "aaron", "abdul", "adam", "adrian", "ahmad", "al", "albert", "alberto", "alex",
    "alexander", "alfred", "allen", "alvin", "amir", "andre", "andy", "angelo", "antonio",
    "archie", "arnold", "arthur", "arturo", "asa", "barry", "bart", "ben", "bennie", "bernard",
    "bert", "billy", "blake", "bobby", "brad", "bradley", "brandon", "brent", "brett", "bruce",
    "bryan", "buck", "byron", "calvin", "cameron", "carlos", "cecil", "cedric", "chad",
    "charlie", "chester", "christopher", "clarence", "clark", "claude", "clay", "clayton",
    "clifford", "clint", "clyde", "cody", "colin", "conor", "cory", "craig", "curtis", "dale",
    "damon", "danny", "darius", "darrell", "darren", "darryl", "dave", "dean", "denis",
    "dennis", "derek", "devin", "dewey", "diego", "dominic", "don", "donnie", "doug",
    "douglas", "duane", "duncan", "dwayne", "dwight", "earl", "ed", "eddie", "edgar",
    "eduardo", "edward", "edwin", "elliot", "elliott", "elmer", "emanuel", "enrique", "ernest",
    "ernesto", "ethan", "eugene", "evan", "everett", "felix", "fernando", "floyd", "francis",
    "francisco", "franklin", "fred", "freddie", "frederick", "gabriel", "garrett", "gavin",
    "gene", "geoff", "geoffrey", "gerald", "gerardo", "gilbert", "glen", "glenn", "graham",
    "grant", "grover", "guillermo", "gus", "guy", "hakeem", "hank", "harold", "harvey",
    "hector", "henry", "herbert", "herman", "horace", "ivan", "jacob", "jake", "jamal",
    "jamie", "javier", "jay", "jeb", "jed", "jeffery", "jerome", "jesus", "jim", "jimmy",
    "joel", "joey", "johnny", "jorge", "julian", "julio", "justin", "keith", "kenneth", "kent",
    "kirk", "kyle", "lance", "lee", "leon", "leonard", "leroy", "lester", "lewis", "louis",
    "lucas", "luke", "luther", "lyndon", "malcolm", "manuel", "marc", "marcus", "mario",
    "marshall", "marvin", "maurice", "max", "melvin", "micah", "miguel", "miles", "milton",
    "mitchell", "mohamed", "morris", "nathan", "nathaniel", "neal", "neil", "noah", "norman",
    "oliver", "omar", "oscar", "otis", "owen", "pablo", "pedro", "percy", "perry", "phil",
    "philip", "phillip", "preston", "ralph", "ramon", "randall", "randy", "ray", "raymond",
    "reginald", "reuben", "ricardo", "ricky", "roberto", "rocco", "rod", "rodney", "roland",
    "ronald", "ross", "roy", "rudolph", "russell", "salvador", "sander", "saul", "sergio",
    "seth", "shane", "shawn", "sheldon", "sidney", "simon", "spencer", "stanley", "stephan",
    "steven", "stuart", "tad", "ted", "teddy", "terrence", "terry", "theodore", "timothy",
    "toby", "todd", "travis", "trent", "trevor", "troy", "ty", "tyler", "tyrone", "vernon",
    "vicente", "victor", "vincent", "wade", "walter", "warren", "wayne", "wendell", "wesley",
    "wilbur", "willard", "willie", "xavier", "zachary",
];

/// Common female first names (lowercase, sorted for binary search).
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abby", "abigail", "ada", "adele", "adrienne", "agnes", "aileen", "alexandra", "alexis",
    "alicia", "alison", "allison", "alma", "amanda", "amber", "amelia", "ana", "andrea", "angelica",
    "angelique", "angie", "anita", "annette", "annie", "antoinette", "arlene", "audrey", "ava",
    "beatrice", "becky", "belinda", "bernadette", "bernice", "beth", "bethany", "betty",
    "beverly", "bonnie", "brenda", "brianne", "bridget", "brigid", "brittany", "brooke",
    "caitlin", "camille", "candace", "candice", "cara", "carla", "carmen", "carol", "caroline",
    "carrie", "cassandra", "cathy", "charlotte", "chloe", "christina", "cindy", "claudia",
    "colleen", "connie", "constance", "courtney", "crystal", "cynthia", "daisy", "danielle",
    "darlene", "dawn", "deanna", "debra", "delores", "denise", "diana", "dolores", "dora",
    "doris", "dorothy", "edith", "edna", "eileen", "eleanor", "elena", "elisa", "elise",
    "ella", "ellen", "eloise", "elsa", "erica", "erika", "erin", "esther", "ethel", "eva",
    "evelyn", "felicia", "fiona", "florence", "frances", "gabriela", "gabrielle", "gail",
    "geraldine", "gilda", "gladys", "gloria", "gretchen", "gwen", "gwendolyn", "hannah",
    "hazel", "heidi", "holly", "ilyse", "ingrid", "irene", "iris", "isabel", "isabella",
    "jackie", "jacqueline", "janice", "jeanette", "jenna", "jenny", "joan", "joann", "joanna",
    "joanne", "jocelyn", "josephine", "joyce", "juanita", "judith", "judy", "kara", "katelyn",
    "kathryn", "kathy", "katrina", "kay", "kayla", "kristan", "kristen", "kristin", "kristina",
    "krystal", "lauren", "leah", "lena", "leslie", "lillian", "lily", "lois", "lorraine",
    "louise", "lucia", "lucille", "lucy", "lydia", "lynn", "mabel", "mae", "marcia",
    "margarita", "marian", "marianne", "marie", "marilyn", "marjorie", "marlene", "maureen",
    "maya", "megan", "melanie", "melinda", "melissa", "mildred", "miranda", "miriam", "molly",
    "monica", "monique", "myrtle", "naomi", "natalie", "natasha", "neera", "nellie", "nicole",
    "nora", "norma", "olga", "olivia", "paige", "pamela", "paula", "pauline", "pearl", "peggy",
    "phyllis", "priscilla", "rachael", "rebekah", "regina", "renee", "rhonda", "rita",
    "roberta", "robin", "rosa", "rosalind", "rose", "rosemary", "roxanne", "sabrina", "sadie",
    "sara", "selena", "serena", "shannon", "sheila", "shelby", "shelley", "sherry", "shirley",
    "sofia", "sonya", "stacey", "stacy", "stella", "suzanne", "sybil", "tamara", "tanya",
    "tara", "teresa", "thelma", "tiffany", "tina", "tonya", "tracy", "valeria", "vanessa",
    "vera", "veronica", "vicki", "vickie", "victoria", "viola", "violet", "vivian", "wanda",
    "wendy", "whitney", "wilma", "yolanda", "yvonne", "zoe",
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
