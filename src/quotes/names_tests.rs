//! Tests of `names.rs`: canonical names, roles and genders on short texts we wrote.

use super::super::lexicon;
use super::super::tokens::tokenize_text;
use super::*;

fn index(body: &str) -> (Names, Vec<Tok>) {
    let toks = tokenize_text(body);
    (Names::build(body, &toks, None), toks)
}

#[test]
fn surname_of_several_people() {
    // A bare surname is the person the article names most in full, not the longest name.
    let body = "Jeb Bush campaigned in Iowa. Bush said he was his own man. Jeb Bush is the \
                brother of George W. Bush and the son of George H. W. Bush.";
    let (names, _) = index(body);
    assert_eq!(
        names.canonical(&["Bush"]).map(|p| p.name).as_deref(),
        Some("Jeb Bush")
    );
}

#[test]
fn canonical_names() {
    let body = "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Mike Pompeo. \
                Lavrov spoke. Mr. Pompeo left. Hillary Clinton and Bill Clinton arrived, and \
                Hillary Clinton spoke. Putin's aide Yuri Ushakov said so. Mr Tom Reyes \
                spoke. Former Labour MP Lord Janner wrote. UK Chancellor of the Exchequer \
                Gordon Brown spoke.";
    let (names, _) = index(body);
    let cases: &[(&[&str], Option<&str>, Option<&str>)] = &[
        (
            &["Lavrov"],
            Some("Sergei Lavrov"),
            Some("Russian Foreign Minister"),
        ),
        (
            &["Pompeo"],
            Some("Mike Pompeo"),
            Some("U.S. Secretary of State"),
        ),
        (
            &["Mr.", "Pompeo"],
            Some("Mike Pompeo"),
            Some("U.S. Secretary of State"),
        ),
        (&["Clinton"], Some("Hillary Clinton"), None),
        (&["Putin"], Some("Putin"), None),
        (&["Ushakov"], Some("Yuri Ushakov"), Some("Putin's aide")),
        (&["Smith"], Some("Smith"), None),
        // A form of address or a peer's title is no role.
        (&["Reyes"], Some("Tom Reyes"), None),
        (&["Janner"], Some("Janner"), Some("Former Labour MP")),
        // An office that ends in "of the" before the run is the role whole.
        (
            &["Brown"],
            Some("Gordon Brown"),
            Some("UK Chancellor of the Exchequer"),
        ),
    ];
    for (mention, name, role) in cases {
        let p = names.canonical(mention);
        assert_eq!(p.as_ref().map(|p| p.name.as_str()), *name, "{mention:?}");
        assert_eq!(
            p.as_ref().and_then(|p| p.role.as_deref()),
            *role,
            "{mention:?}"
        );
    }
    assert_eq!(names.canonical(&["Secretary", "of", "State"]), None);
    assert_eq!(
        names.canonical(&["Clinton"]).map(|p| p.gender),
        Some(Gender::Female)
    );
}

#[test]
fn an_appositive_noun_shows_the_gender() {
    // "Attallah" is no known given name: "the daughter" shows she is a woman, "a mother of
    // two" in a description too; a company's appositive shows nothing.
    let body = "Attallah Shabazz, the daughter of the late activist, recalled the eulogy. \
                Deutsche Boerse, whose chairman spoke, declined to comment.";
    let (names, _) = index(body);
    assert_eq!(
        names.canonical(&["Shabazz"]).map(|p| p.gender),
        Some(Gender::Female)
    );
    assert_eq!(
        names.canonical(&["Deutsche", "Boerse"]).map(|p| p.gender),
        Some(Gender::Unknown)
    );
    assert_eq!(lexicon::noun_gender("father"), Gender::Male);
}

#[test]
fn a_given_name_alone_is_the_one_person_named_with_it() {
    let (names, _) = index(
        "Simon Cowell says the show will be the best ever. But when Simon says something, \
         people listen.",
    );
    assert_eq!(
        names.canonical(&["Simon"]).map(|p| p.name).as_deref(),
        Some("Simon Cowell")
    );
    let (names, _) =
        index("John Kerry met John Kasich on Monday. Later John said the talks went well.");
    assert_eq!(
        names.canonical(&["John"]).map(|p| p.name).as_deref(),
        Some("John")
    );
}
