//! Tests of `runs.rs`: titles stripped from names, places and openers split from them, "Will"
//! and "May" as surnames.

use super::*;

#[test]
fn name_start_strips_titles() {
    let cases: &[(&[&str], usize)] = &[
        (&["Russian", "Foreign", "Minister", "Sergei", "Lavrov"], 3),
        (&["Martin", "Luther", "King"], 0),
        (&["President", "Obama"], 1),
        (&["Secretary", "of", "State"], 3),
        (&["Justice", "Department"], 0),
        (
            &["Chancellor", "of", "the", "Exchequer", "Nigel", "Lawson"],
            4,
        ),
        (&["Linebacker", "Joey", "Porter"], 1),
        // A demonym before a given name; not before another word ("American Airlines").
        (&["American", "Bobby", "Fischer"], 1),
        (&["American", "Airlines", "Group"], 0),
        (&["President", "of", "France", "Emmanuel", "Macron"], 3),
        (&["Top-seeded", "Justine", "Henin"], 1),
        (&["Sam", "Singer"], 0),
        (&["EMOTIONAL", "Nicole", "Pratt"], 1),
        // An "of" after an institution's word goes on with its name.
        (&["Muslim", "Council", "of", "Britain"], 0),
        (
            &[
                "Department",
                "of",
                "Energy",
                "Secretary",
                "John",
                "Herrington",
            ],
            4,
        ),
        (&["NASA", "Robert", "Cabana"], 1),
        // Several words of party or place before a given name; not an unknown given name.
        (&["Lib", "Dem", "Norman", "Baker"], 2),
        (&["New", "Yorker", "Dick", "Morris"], 2),
        (&["Tory", "Korean-born", "John", "Haines"], 2),
        (&["Asif", "Ali", "Zardari"], 0),
        // German role nouns, written with a capital.
        (&["VW-Chef", "Herbert", "Diess"], 1),
        (&["Teamchef", "Michael", "Kohlmann"], 1),
    ];
    for (words, want) in cases {
        assert_eq!(name_start(words), *want, "{words:?}");
    }
}

/// The body's name runs as text.
fn runs_of(body: &str) -> Vec<String> {
    let toks = super::super::tokens::tokenize_text(body);
    name_runs(body, &toks)
        .into_iter()
        .map(|(i, end)| body[toks[i].start..toks[end - 1].end].to_string())
        .collect()
}

#[test]
fn a_place_after_a_preposition_is_split_from_the_name_after_it() {
    // Not a title ("to President Ana Ruiz") or a name that starts with a first name.
    let body = "The former envoy to Portugal Ana Ruiz spoke. He wrote to President Ana \
                Ruiz. She went to Tom Reyes Harbour.";
    let runs = runs_of(body);
    assert_eq!(
        runs,
        [
            "Portugal",
            "Ana Ruiz",
            "President Ana Ruiz",
            "Tom Reyes Harbour"
        ]
    );
}

#[test]
fn a_glued_sentence_opener_is_no_part_of_the_name() {
    let body = "Understated Perez raises his profile. Maybe Trump is right. Donor Adelson \
                spoke. The donor gave money. White House aides met the white van's owner. \
                Hillary Clinton spoke. The White House said nothing.";
    let runs = runs_of(body);
    assert_eq!(
        runs,
        [
            "Perez",
            "Trump",
            "Adelson",
            "White House",
            "Hillary Clinton",
            "White House"
        ]
    );
}

#[test]
fn a_person_before_of_is_cut_from_the_place() {
    let cut = |w: &[&str]| person_before_of(w);
    assert_eq!(
        cut(&["Rep.", "Lee", "Zeldin", "of", "New", "York"]),
        Some(3)
    );
    assert_eq!(cut(&["Bank", "of", "America"]), None);
    assert_eq!(
        cut(&["U.S.", "Secretary", "of", "State", "Mike", "Pompeo"]),
        None
    );
}

#[test]
fn will_or_may_before_a_tensed_speech_verb_is_a_surname() {
    use super::super::find_quotes;
    let body = "Ada Will has written about the race. Will described the mayor as a \
                “walking advertisement for the status quo” in her column.";
    let quotes = find_quotes(body, None);
    let q = quotes.iter().find(|q| q.text.starts_with("walking"));
    assert_eq!(
        q.and_then(|q| q.speaker.as_deref()),
        Some("Ada Will"),
        "{quotes:?}"
    );
    // A modal before a base form stays a modal: no name.
    let body = "Will say the mayor is a “walking advertisement for the status quo” again?";
    let quotes = find_quotes(body, None);
    let q = quotes.iter().find(|q| q.text.starts_with("walking"));
    assert_eq!(
        q.and_then(|q| q.speaker_mention.as_deref()),
        None,
        "{quotes:?}"
    );
}
