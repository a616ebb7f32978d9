//! The stage end to end: the seed article, one small article per attribution rule, and odd
//! input that must never panic.

use super::*;
use proptest::prelude::*;

const SEED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/seed/pompeo-lavrov.txt"
));

/// The seed article's body: from the first paragraph to the one before the repeated headline.
fn seed_body() -> String {
    let start = SEED.find("Meeting with Russian").unwrap_or(0);
    let end = SEED.rfind("\n\nPompeo meets Lavrov").unwrap_or(SEED.len());
    SEED[start..end].trim().to_string()
}

fn find<'a>(quotes: &'a [Quote], prefix: &str) -> Option<&'a Quote> {
    quotes.iter().find(|q| q.text.starts_with(prefix))
}

#[test]
fn seed_article() {
    let body = seed_body();
    let quotes = find_quotes(
        &body,
        Some("Pompeo meets Lavrov amid hope for improved US-Russia ties"),
    );
    let dump = format!("{quotes:#?}");
    // (quote prefix, speaker, mention, partial)
    let cases: &[(&str, Option<&str>, Option<&str>, bool)] = &[
        (
            "I've formed the impression",
            Some("Putin"),
            Some("Putin"),
            false,
        ),
        (
            "Negotiating with the present",
            Some("Putin"),
            Some("he"),
            false,
        ),
        (
            "Despite the exotic nature",
            Some("Putin"),
            Some("Putin"),
            false,
        ),
        (
            "I hope that reason will triumph",
            Some("Sergei Lavrov"),
            Some("Lavrov"),
            false,
        ),
        (
            "We are looking for Iran",
            Some("Mike Pompeo"),
            Some("Pompeo"),
            false,
        ),
        (
            "We share the same threat",
            Some("Mike Pompeo"),
            Some("he"),
            false,
        ),
        (
            "truly overlapping interests",
            Some("Mike Pompeo"),
            Some("Pompeo"),
            true,
        ),
        ("can build on", Some("Mike Pompeo"), Some("Pompeo"), true),
        (
            "we are concerned about the development",
            Some("Maas"),
            Some("Maas"),
            true,
        ),
        ("If Russia engaged in that", None, None, false),
    ];
    for &(prefix, speaker, mention, partial) in cases {
        let q = find(&quotes, prefix).unwrap_or_else(|| panic!("missing {prefix:?}\n{dump}"));
        assert_eq!(q.speaker.as_deref(), speaker, "{prefix}\n{dump}");
        assert_eq!(q.speaker_mention.as_deref(), mention, "{prefix}\n{dump}");
        assert_eq!(q.partial, partial, "{prefix}\n{dump}");
    }
    for scare in ["Kremlin agent", "meddling"] {
        assert!(
            find(&quotes, scare).is_none(),
            "{scare} is no quote\n{dump}"
        );
    }
    assert_eq!(quotes.len(), cases.len(), "{dump}");
    let lavrov = find(&quotes, "I hope").and_then(|q| q.role.as_deref());
    assert_eq!(lavrov, Some("Russian Foreign Minister"));
    for q in &quotes {
        assert_eq!(&body[q.start..q.end], q.text);
    }
}

/// Small articles we wrote, one per rule: (body, [(quote prefix, speaker, mention)]).
#[test]
fn attribution_rules() {
    type Case<'a> = (&'a str, &'a [(&'a str, Option<&'a str>, Option<&'a str>)]);
    let cases: &[Case] = &[
        (
            "Mayor Jane Doe opened the bridge.\n\n\"It is a great day,\" Doe said.",
            &[("It is a great day", Some("Jane Doe"), Some("Doe"))],
        ),
        (
            "Senator John Smith spoke.\n\n\"We will not,\" he said, \"accept this.\"",
            &[("We will not", Some("John Smith"), Some("he")), ("accept this", Some("John Smith"), Some("he"))],
        ),
        // A run of "he said" quotes keeps its speaker past the pronoun window.
        (
            "Dani Ruiz has coached the club since 2019.\n\n\"We work hard,\" he said.\n\nThe club lost the final.\n\n\"It still hurts,\" he said.\n\nThe players had two weeks off.\n\n\"They needed it,\" he said.\n\nThe season starts in August.\n\n\"We will be ready,\" he said.",
            &[
                ("We work hard", Some("Dani Ruiz"), Some("he")),
                ("It still hurts", Some("Dani Ruiz"), Some("he")),
                ("They needed it", Some("Dani Ruiz"), Some("he")),
                ("We will be ready", Some("Dani Ruiz"), Some("he")),
            ],
        ),
        // Someone new brought in by a description is whom the next "she" means.
        (
            "Mayor Ana Ruiz spoke on Monday.\n\nA 29-year-old woman from Leeds, meanwhile, wrote to the council. \"Fix the road,\" she wrote.",
            &[("Fix the road", Some("a 29-year-old woman"), Some("she"))],
        ),
        // A demonym after "the" describes the person named before; it is no name itself.
        (
            "Dani Ruiz has coached the club since 2019.\n\n\"We work hard,\" said the Briton.\n\n\"We rest too,\" the coach said.",
            &[("We work hard", Some("Dani Ruiz"), Some("the Briton")), ("We rest too", Some("Dani Ruiz"), Some("the coach"))],
        ),
        // The subject of a clause after "but" or after a sentence's opening phrase ("With
        // ...,", "After ...,") is whom the next "he" or "the Serb" means.
        (
            "Injury ruined his spring but Goran Petrovic is making sure it will not happen again.\n\nHe beat Tom Hale in straight sets.\n\n\"I feel good,\" the Serb said.",
            &[("I feel good", Some("Goran Petrovic"), Some("the Serb"))],
        ),
        (
            "Club chairman Colin Marsh denied the rumours.\n\nOwner Dave Kemp was at the match.\n\nHowever, with Kemp away on holiday, Marsh was there to hear the fans.\n\nHe said: \"We were all very proud.\"",
            &[("We were all very proud", Some("Colin Marsh"), Some("He"))],
        ),
        (
            "Analyst Tom Hale said the talks had failed.\n\nSpeaking in Beijing, Foreign Ministry spokesman Lu Wen rejected the claims. \"This is irresponsible,\" he told reporters.",
            &[("This is irresponsible", Some("Lu Wen"), Some("he"))],
        ),
        // The person apposed to a possessor's description is the subject, not the possessor.
        (
            "Jenny Marsh, 19, died in the crash.\n\nMs Marsh's aunt, Zeny Hollis, called for help in finding the driver.\n\n\"The driver has to be charged,\" she said.",
            &[("The driver has to be charged", Some("Zeny Hollis"), Some("she"))],
        ),
        // A sport's position or title before the name opening the sentence.
        (
            "The side lost to Ireland. First Mark Cole was judged offside as he chased the kick.\n\nBut centre Jamie Nolan believes the side showed better form. \"We definitely improved,\" he said.",
            &[("We definitely improved", Some("Jamie Nolan"), Some("he"))],
        ),
        (
            "Double Olympic champion Kelly Holt won the 1,000m in Birmingham.\n\nThe 34-year-old is still undecided about Madrid. \"I'll make my mind up at the last minute,\" she said.",
            &[("I'll make my mind up", Some("Kelly Holt"), Some("she"))],
        ),
        // An indefinite description after "But" is whom the next "she" means.
        (
            "SNP leader Nicola Stewart said: \"This is an incredible gaffe.\"\n\nBut an executive spokeswoman insisted the minister had meant adults. \"He was talking about adults,\" she said.",
            &[
                ("This is an incredible gaffe", Some("Nicola Stewart"), Some("Nicola Stewart")),
                ("He was talking about adults", Some("an executive spokeswoman"), Some("she")),
            ],
        ),
        // Letters after a name are no part of it.
        (
            "Tory frontbencher Andrew Tyler MP demanded a statement.\n\n\"I can only hope it is unintentional,\" Mr Tyler said.",
            &[("I can only hope", Some("Andrew Tyler"), Some("Mr Tyler"))],
        ),
        // A quoted statement alone after a sentence about a person, in its paragraph.
        (
            "Governor Tom Reyes met the mayor.\n\nLater, Reyes smiled. \"I like her. But she is wrong.\"",
            &[("I like her", Some("Tom Reyes"), Some("Reyes"))],
        ),
        (
            "The bill passed the Senate on Monday. \"This is a historic day for the harbour.\"",
            &[("This is a historic", None, None)],
        ),
        (
            "\"We will not back down,\" Smith said. \"Never, ever, in a thousand years.\"",
            &[("We will not", Some("Smith"), Some("Smith")), ("Never", Some("Smith"), Some("Smith"))],
        ),
        (
            "Smith said: \"The first part goes on\n\n\"and the second part ends here.\"",
            &[("The first part", Some("Smith"), Some("Smith")), ("and the second", Some("Smith"), Some("Smith"))],
        ),
        (
            "Hillary Clinton met Donald Trump.\n\n\"I am ready for the job,\" she said.",
            &[("I am ready", Some("Hillary Clinton"), Some("she"))],
        ),
        (
            "\"We have no comment at this time,\" a spokesman said.",
            &[("We have no comment", Some("a spokesman"), Some("a spokesman"))],
        ),
        (
            "Donald Trump spoke.\n\n\"This will be a long and difficult road for all of us.\"",
            &[("This will be", None, None)],
        ),
        (
            "\"We are ready,\" Jane Doe told reporters.\n\n\"The plan is done and we go ahead.\"",
            &[("We are ready", Some("Jane Doe"), Some("Jane Doe")), ("The plan", Some("Jane Doe"), Some("Jane Doe"))],
        ),
        (
            "Ortega hailed the vote as \"a fantastic thing for us\" on Friday.",
            &[("a fantastic thing", Some("Ortega"), Some("Ortega"))],
        ),
        (
            "Critics called the book \"Fire and Fury\" a fraud. Trump tweeted that it was \"fake news\".",
            &[("fake news", Some("Trump"), Some("Trump"))],
        ),
        // In a title-case headline capitals say nothing: its short quotes are its subject's.
        (
            "Okoro: Council’s ‘Reckless Budget Games’ Put City Jobs At Risk.\n\nAna Okoro spoke.",
            &[("Reckless Budget Games", Some("Ana Okoro"), Some("Okoro"))],
        ),
        (
            "Council’s ‘Reckless Budget Games’ put city jobs at risk, Okoro says.",
            &[],
        ),
        // Names with lowercase particles ("al-", "van der") and an appositive name after
    // capitalized titles.
    (
        "Port Minister Karim al-Nouri opened the quay.\n\n\"We are ready,\" al-Nouri said.",
        &[("We are ready", Some("Karim al-Nouri"), Some("al-Nouri"))],
    ),
    (
        "\"It is over,\" said Ilse van der Berg, the port's director.",
        &[("It is over", Some("Ilse van der Berg"), Some("Ilse van der Berg"))],
    ),
    (
        "The port's General Manager, Ana Ruiz, said: \"Traffic is falling.\"",
        &[("Traffic is falling", Some("Ana Ruiz"), Some("Ana Ruiz"))],
    ),
    // A quote going on from the previous paragraph keeps its speaker, not the next cue's.
    (
        "Ana Ruiz said: \"The port will reopen in May.\n\n\"The new cranes are already here.\" Tom Reyes, the harbour master, doubts it. \"Not before June,\" said Reyes.",
        &[
            ("The port will", Some("Ana Ruiz"), Some("Ana Ruiz")),
            ("The new cranes", Some("Ana Ruiz"), Some("Ana Ruiz")),
            ("Not before June", Some("Tom Reyes"), Some("Reyes")),
        ],
    ),
    // "the" and a name is a name: an organisation's statement introduces the quote after it.
    (
        "In a statement on Sunday, the Harbour Office said it was reviewing the levy, and hoped to announce proposals soon. \"Owners will be consulted about any changes.\"",
        &[("Owners will be", Some("Harbour Office"), Some("the Harbour Office"))],
    ),
    // "Rather" opens a sentence as a word; beside a name it is one.
    (
        "Rather than saying, \"I have a problem with the levy,\" say \"I want to change it.\"\n\n\"It was a long night,\" Dan Rather said.",
        &[("I have a problem", None, None), ("I want to change", None, None), ("It was a long night", Some("Dan Rather"), Some("Dan Rather"))],
    ),
    // "it" with a speech verb is the organisation that spoke last, with no cue between (a
    // statement between is the one "it" refers to); an institution is never "he".
    (
        "\"Storage should look good,\" said Harbourline. \"It is the first sexy drive,\" it said.",
        &[("Storage should", Some("Harbourline"), Some("Harbourline")), ("It is the first", Some("Harbourline"), Some("it"))],
    ),
    (
        "\"Storage should look good,\" said Harbourline. Seaways said prices would fall. \"It is the first sexy drive,\" it said.",
        &[("Storage should", Some("Harbourline"), Some("Harbourline")), ("It is the first", Some("Seaways"), Some("it"))],
    ),
    (
        "The Bank of Harbourland raised rates. \"Inflation is too high,\" he said.",
        &[("Inflation is", None, Some("he"))],
    ),
    // A described speaker is whom the next "he" means.
    (
        "Mayor Tom Reyes left early.\n\nA Western diplomat said the port talks were stuck. \"Nobody wants to move first,\" he said.",
        &[("Nobody wants", Some("a Western diplomat"), Some("he"))],
    ),
    // A sentence opener is no part of the name after it.
    (
        "Sometimes Simon Reyes regrets his words. \"I was too harsh,\" Reyes said.",
        &[("I was too harsh", Some("Simon Reyes"), Some("Reyes"))],
    ),
    // A description linked to the person the article introduced with it.
        (
            "Foreign Minister Anatoly Brenner spoke in Vienna.\n\n\"We prefer dialogue,\" the minister said.",
            &[("We prefer dialogue", Some("Anatoly Brenner"), Some("the minister"))],
        ),
        (
            "Elise Martel lost in three sets.\n\n\"She played better,\" the Frenchwoman said.",
            &[("She played better", Some("Elise Martel"), Some("the Frenchwoman"))],
        ),
        // A capitalized description ("the Spaniard", "The Ohio Democrat") is linked too.
        (
            "Senator Ana Okoro warned of fake accounts.\n\nThe Ohio Democrat spoke of \"a steady drumbeat\" of lies.",
            &[("a steady drumbeat", Some("Ana Okoro"), Some("The Ohio Democrat"))],
        ),
        (
            "\"We will see,\" a Western diplomat said. \"Nobody walked out,\" the diplomat added.",
            &[("We will see", Some("a Western diplomat"), Some("a Western diplomat")), ("Nobody walked out", Some("a Western diplomat"), Some("the diplomat"))],
        ),
        // A pronoun with no subject to refer to takes a person of its gender named otherwise.
        (
            "To Mary Ortega, the result was a shock.\n\n\"It hurt a lot,\" she said.",
            &[("It hurt", Some("Mary Ortega"), Some("she"))],
        ),
        // A statement introduced by a paragraph ending in a colon, with no speech verb.
        (
            "Governor Ana Ortega released the following statement:\n\n\"We mourn a friend of this state.\"",
            &[("We mourn", Some("Ana Ortega"), Some("Governor Ana Ortega"))],
        ),
        // Titles stripped, descriptions lowercased, organisations kept.
        (
            "\"It is a shame,\" Councillor Aisha Begum said.",
            &[("It is a shame", Some("Aisha Begum"), Some("Councillor Aisha Begum"))],
        ),
        (
            "An EU spokesman said the measures \"are not a reflex\".",
            &[("are not a reflex", Some("an EU spokesman"), Some("An EU spokesman"))],
        ),
        (
            "\"We reject the claims entirely,\" the Kremlin said in a statement.",
            &[("We reject", Some("Kremlin"), Some("the Kremlin"))],
        ),
        // Nested quote: the inner words belong to the person quoting them.
        (
            "\"He told me, 'Coach, I have watched every film,'\" Ruiz said.",
            &[("He told me", Some("Ruiz"), Some("Ruiz"))],
        ),
        // The outer speaker of a reported clause.
        (
            "Anatoly Brenner met reporters.\n\nThe minister said Russia had warned Tehran against \"steps that cannot be undone\".",
            &[("steps that cannot", Some("Anatoly Brenner"), Some("The minister"))],
        ),
        // A relative "who" names the speaker as written; the person is its antecedent.
        (
            "Mayor Ana Ruiz met the press.\n\nThe board heard from Ruiz, who called the plan \"a costly mistake for the town\".",
            &[("a costly mistake", Some("Ana Ruiz"), Some("who"))],
        ),
        // A quote-only paragraph continues a cue whose tail only describes the speaker,
        // not one that turns to a new clause.
        (
            "\"We will stay,\" said Ana Ruiz, co-director of the Centre for Port and Harbour Research, a think tank in Leeds.\n\n\"The port will remain the busiest in the region for decades.\"",
            &[("We will stay", Some("Ana Ruiz"), Some("Ana Ruiz")), ("The port will", Some("Ana Ruiz"), Some("Ana Ruiz"))],
        ),
        (
            "\"We will stay,\" Ruiz said, referring to the decision of the board to close the old harbour in Leeds next year.\n\n\"The port will remain the busiest in the region for decades.\"",
            &[("We will stay", Some("Ruiz"), Some("Ruiz")), ("The port will", None, None)],
        ),
        // Not when the quote follows the main clause ("who" spoke earlier in the sentence).
        (
            "Mayor Ana Ruiz met the press.\n\nThe groups who wrote to Ruiz say the plan is \"a costly mistake for the town\".",
            &[("a costly mistake", Some("the groups"), Some("The groups"))],
        ),
        // "It" opening a sentence with no speech verb is a thing, not a speaker.
        (
            "Traders expect a rally in the port. It could be a \"buy the rumor, sell the fact\" moment for the harbour stocks.",
            &[("buy the rumor", None, None)],
        ),
        // "Harbourline's pricing was an example, she said": "she" is not Harbourline.
        (
            "Rival lines such as Harbourline and Seaways set their own fees.\n\nAna Ruiz, an analyst at a port research firm, said fees were too high. Harbourline's pricing was a perfect example of this, she said. \"Harbourline could not justify its fees if it did not sell all those tickets,\" she said.",
            &[("Harbourline could not", Some("Ana Ruiz"), Some("she"))],
        ),
        // Two parts of one quote whose paragraph break was lost share the speaker.
        (
            "Ana Ruiz was on the bench. She told the Harbour Gazette: \"I don't know why I didn't play. I didn't argue with anybody. \"I was disappointed but I am not leaving.\" The club said nothing.",
            &[("I don't know", Some("Ana Ruiz"), Some("She")), ("I was disappointed", Some("Ana Ruiz"), Some("She"))],
        ),
        // A body in capitals: quotes without speakers.
        (
            "THE MAYOR OF THE HARBOUR TOWN SPOKE TO THE PRESS ON MONDAY ABOUT THE NEW LEVY ON \
             SHIPS. \"WE WILL NOT ACCEPT THIS PLAN FOR THE PORT,\" SAID TORY BACKBENCHER LORD \
             LAMBTON. THE FIGHTING IN THE COUNCIL WENT ON INTO THE NIGHT AS BOTH SIDES DUG IN.",
            &[("WE WILL NOT", None, None)],
        ),
        // Time and place adverbs are no part of the speaker, in lower case only.
        (
            "Tara Lind won the 60m final.\n\n\"You can't win them all,\" said Lind afterwards.\n\nThe harbour minister meanwhile insisted the plan was \"affordable\".\n\n\"We are here to stay,\" said Ann Doe, a reporter for USA Today.",
            &[
                ("You can't win them all", Some("Tara Lind"), Some("Lind")),
                ("affordable", Some("Tara Lind"), Some("The harbour minister")),
                ("We are here to stay", Some("Ann Doe"), Some("Ann Doe")),
            ],
        ),
        (
            "Port talks went on.\n\n\"The levy is dead,\" one official here said.",
            &[("The levy is dead", Some("one official"), Some("one official"))],
        ),
        // A wire dateline opens the sentence but is not its subject.
        (
            "LISBON, March 4 - Harbour analyst Rui Lopes backed the levy today, saying it was \"overdue\".",
            &[("overdue", Some("Rui Lopes"), Some("Harbour analyst Rui Lopes"))],
        ),
        // A country is never "he" (the official described after a comma is); a description
        // is not the last person named when the article gives that person another role.
        (
            "LISBON, March 4 - Portugal today offered its creditors a standstill, a port official said.\n\nHe said the \"standstill\" would help.\n\nRui Lopes, the harbour master, spoke next. The finance minister meanwhile called the plan \"bold\".",
            &[("standstill", Some("a port official"), Some("He")), ("bold", Some("the finance minister"), Some("The finance minister"))],
        ),
        // "The" before role words and a name still opens the sentence with a person; a
        // government is never "he".
        (
            "Dr Tim Ashe said the ward was full.\n\nThe Federal Government has suspended the claims. The Foreign Affairs Minister Alan Dorne has refused to say for how long. \"The threat is gone,\" he said.",
            &[("The threat is gone", Some("Alan Dorne"), Some("he"))],
        ),
        // A connective opening the sentence is no part of the speaker; a capitalised stop
        // word inside a name is.
        (
            "The label rejected the offer.\n\nHowever EMI representatives said the deal was \"dead\".\n\nAn All England club spokesperson denied it, insisting: \"He never said it.\"",
            &[
                ("dead", Some("EMI representatives"), Some("EMI representatives")),
                ("He never said it", Some("an All England club spokesperson"), Some("An All England club spokesperson")),
            ],
        ),
        // A long title-case quote is a title of a work, unless a speech verb is beside it.
        (
            "For more, read Ana Ruiz's \"Chamber of Commerce Gives Wall Street, Polluters What They Pay For.\"\n\n\"We Will Make The Harbour Great Again And Again,\" Ruiz said.",
            &[("We Will Make The Harbour", Some("Ana Ruiz"), Some("Ruiz"))],
        ),
        // A German, French or Spanish function word opening a sentence is no one-word name.
        (
            "Die Kirche ändert sich langsam.\n\nSie werben „für eine Kirche ohne Angst“. Das Bistum schweigt.",
            &[("für eine Kirche ohne Angst", None, None)],
        ),
        // A role after a name whose closing comma is missing (wire style).
        (
            "The bank sold paper.\n\n\"We are on sale today,\" Osman Erk, deputy general manager of Yapi Bank told Reuters.\n\n\"There is a whiff of a sweetener,\" Ana Faraj, an analyst at Nomura told the radio.",
            &[
                ("We are on sale today", Some("Osman Erk"), Some("Osman Erk")),
                ("There is a whiff", Some("Ana Faraj"), Some("Ana Faraj")),
            ],
        ),
        // An inverted cue's description followed by the person's name: the name speaks.
        (
            "Paintings were stolen.\n\n\"Thefts like this were not carried out by locals,\" said the pop-star culture minister, Gilberto Gil.\n\n\"Of course,\" said Top-seeded Ana Ruiz.",
            &[
                ("Thefts like this", Some("Gilberto Gil"), Some("Gilberto Gil")),
                ("Of course", Some("Ana Ruiz"), Some("Top-seeded Ana Ruiz")),
            ],
        ),
        // A demonstrative or quantifier before its verb is no speaker.
        (
            "The film opens in May.\n\nSome are describing the film as the \"biggest cricket film ever made\".",
            &[("biggest cricket film", None, None)],
        ),
        // "many Baltic states" is an adjective and its noun, not a name and "states" the verb.
        (
            "Oslo has won friends in many Baltic states, and it has kept \"a patient tone\" in its talks there, Ilse Marten said.",
            &[("a patient tone", Some("Ilse Marten"), Some("Ilse Marten"))],
        ),
        // A conjunction after a participle opens a clause with a subject of its own; a noun in
        // -ly is no adverb ("the rally", "the family").
        (
            "The mood soured after Ryan lamented the \"tired\" state of the race.\n\nA man arrested after the rally said: \"Nothing was wrong.\"\n\n\"We are fine,\" the family said.",
            &[
                ("tired", Some("Ryan"), Some("Ryan")),
                ("Nothing was wrong", Some("a man arrested after the rally"), Some("A man arrested after the rally")),
                ("We are fine", Some("the family"), Some("the family")),
            ],
        ),
        // A verb before "to" or "as" ends the subject ("The agency declined to detail"); a verb
        // coordinated inside a clause opened by "as"/"when" shares that clause's subject.
        (
            "The agency declined to detail the inquiry's \"specific focus or scope.\"\n\nThe mood grew as Ryan spoke and said \"nothing\" was wrong.",
            &[
                ("specific focus", Some("the agency"), Some("The agency")),
                ("nothing", Some("Ryan"), Some("Ryan")),
            ],
        ),
        // A long aside opened by a participle or "when asked" may hold a speech verb and still
        // sit between the subject and its verb.
        (
            "Mira Holt, speaking at a news conference at which the firm unveiled its new computer, said the unit would bring a \"sharper focus\" to sales.\n\nDan Ruiz, when asked specifically what was wrong with the harbour plan this year, replied that the council \"never read it.\"",
            &[
                ("sharper focus", Some("Mira Holt"), Some("Mira Holt")),
                ("never read it", Some("Dan Ruiz"), Some("Dan Ruiz")),
            ],
        ),
        // A labelling participle after a comma or a dash is a passive: its agent speaks.
        (
            "The call, described by Ruiz as \"the worst by far,\" lasted an hour.\n\nThe inquiry — often labeled a \"witch hunt\" by Democrats — found nothing.",
            &[
                ("the worst by far", Some("Ruiz"), Some("Ruiz")),
                ("witch hunt", Some("Democrats"), Some("Democrats")),
            ],
        ),
        // A cue right before a quote outranks the next sentence's report after it.
        (
            "Shares rose on Monday.\n\nOne trader said, \"the damage from the announcement was less than expected.\" He added producers still expected more.",
            &[("the damage from", Some("one trader"), Some("One trader"))],
        ),
        // Present forms of speech verbs are cues too ("she cautions that").
        (
            "\"It depends on how you deliver it,\" Ana Ruiz says, but she cautions that she sees \"two different sides to it.\"",
            &[
                ("It depends", Some("Ana Ruiz"), Some("Ana Ruiz")),
                ("two different sides", Some("Ana Ruiz"), Some("she")),
            ],
        ),
        // A wire's ticker in angle brackets stands between no name and its verb; a participle
        // set off after the name opening the sentence is that name's.
        (
            "Harlow Motors AG <HARM.F> said talks with Kestrel have reached \"an advanced stage.\"\n\nAnderson, declaring that he was \"deeply regretful,\" admitted to evading tax.",
            &[
                ("an advanced stage", Some("Harlow Motors AG"), Some("Harlow Motors AG")),
                ("deeply regretful", Some("Anderson"), Some("Anderson")),
            ],
        ),
        // Wire and British inverted cues ("stressed Cole", "commented one banker"); a person
        // "at a U.K. Bank" is the person, not the bank; a quoted title ends the phrase.
        (
            "\"It matters for the club,\" stressed Ivo Marsh.\n\n\"Rates will not fall soon,\" commented a senior FRN trader at a U.K. Bank.\n\n\"We have to engage them,\" wrote the authors of the \"Growth and Opportunity Project,\" in 2013.",
            &[
                ("It matters", Some("Ivo Marsh"), Some("Ivo Marsh")),
                ("Rates will not", Some("a senior FRN trader"), Some("a senior FRN trader")),
                ("We have to", Some("the authors"), Some("the authors")),
            ],
        ),
        // Quotes back to back in a paragraph (a mark re-opened for each sentence) are one
        // speaker's.
        (
            "\"It was a great result for Wales,\" Ros Bennett told the radio.\n\n\"The glory days are on their way back. \"We could not get possession early on. \"Had they been ruthless, we could have been 30 points down.\"",
            &[
                ("It was a great", Some("Ros Bennett"), Some("Ros Bennett")),
                ("The glory days", Some("Ros Bennett"), Some("Ros Bennett")),
                ("We could not", Some("Ros Bennett"), Some("Ros Bennett")),
                ("Had they been", Some("Ros Bennett"), Some("Ros Bennett")),
            ],
        ),
        // A wire-style role in capitals whose closing comma is missing.
        (
            "\"We are encouraged by the announcement,\" Armando Falco, OFHEO director said.",
            &[("We are encouraged", Some("Armando Falco"), Some("Armando Falco"))],
        ),
        // A clause coordinated after a comma has its own subject; a common irregular past
        // ends a described subject ("the singer blew").
        (
            "Her husband appeared in court on Friday, and the troubled singer blew him kisses and whispered, \"I love you,\" as he was led away.",
            &[("I love you", Some("the troubled singer"), Some("the troubled singer"))],
        ),
        // "per X" set off by a comma is "according to X"; "per cent" and "per share" are not.
        (
            "Proxy votes are banned when voting \"to fill a vacancy on the national ticket,\" per the party's bylaws.\n\nShares rose 5 per cent after Ana Ruiz called the deal \"a turning point for the company.\"",
            &[
                ("to fill a vacancy", Some("the party's bylaws"), Some("the party's bylaws")),
                ("a turning point", Some("Ana Ruiz"), Some("Ana Ruiz")),
            ],
        ),
        // "The governor of the Bank of Ruritania, Ana Ruiz, said": the name after the comma,
        // not the institution after "of"; a mention never starts at "of".
        (
            "The governor of the Bank of Ruritania, Ana Ruiz, repeated her criticism of the predators, describing them as \"thoroughly irresponsible.\"",
            &[("thoroughly irresponsible", Some("Ana Ruiz"), Some("Ana Ruiz"))],
        ),
        // A name and an organisation's noun in lower case ("Harlow bank said") is a source.
        (
            "\"Despite the suspension of interest payments, our loans are sound,\" Harlow bank said.",
            &[("Despite the suspension", Some("Harlow bank"), Some("Harlow bank"))],
        ),
        // "X stood by his comment that": the possessive is the clause's subject, named as
        // written; a subject of the other gender is someone else.
        (
            "Dani Ruiz chaired the talks.\n\nAs the vote neared and Tom Reyes stood by his comment that \"the deal is dead,\" Ruiz left.\n\nMary Lund also repeated his claim that \"nothing will change.\"",
            &[
                ("the deal is dead", Some("Tom Reyes"), Some("Tom Reyes")),
                ("nothing will change", Some("Tom Reyes"), Some("his")),
            ],
        ),
        // A cue closed by a comma right before a full quote outranks the next sentence's cue,
        // with a listener in between.
        (
            "Ana Ruiz responds to Tom Reyes with, \"Why now? That was on my way to Oslo?\" Reyes then writes back, \"You look cute.\"",
            &[
                ("Why now?", Some("Ana Ruiz"), Some("Ana Ruiz")),
                ("You look cute.", Some("Tom Reyes"), Some("Reyes")),
            ],
        ),
        // "can be heard asking": a recording's speaker, after the quote.
        (
            "The station has the tape:\n\n\"Should there be a register of every tenant?\" a reporter can be heard asking Ana Ruiz after the rally.\n\n\"My landlord is trying to evict me,\" the man could be heard saying.\n\nTom Reyes plays a student in the film. \"But what happened?\" he is seen asking.",
            &[
                ("Should there be", Some("a reporter"), Some("a reporter")),
                ("My landlord", Some("the man"), Some("the man")),
                ("But what happened?", Some("Tom Reyes"), Some("he")),
            ],
        ),
        // A participle after a "when" or "where" clause is that clause's subject's doing; a
        // name and a plural noun of people ("Reyes supporters") is a group, not a name and a
        // verb.
        (
            "The first protest came at the harbour, when Reyes supporters interrupted her speech, shouting \"she wins, we lose!\"\n\nAna Ruiz watched footage from the Reyes party, where his fans were shown chanting \"four more years!\"",
            &[
                ("she wins, we lose!", Some("Reyes supporters"), Some("Reyes supporters")),
                ("four more years!", Some("his fans"), Some("his fans")),
            ],
        ),
        // ... or an aside, when the quoted sentence ends before the next cue; a quote running
        // on into its own cue keeps it.
        (
            "Early on, Ana Ruiz attacked Tom Reyes, calling him, among other things, \"a failed mayor.\" Reyes fired back in March.\n\nRuiz stood firm: \"I meant it,\" she told the Times.",
            &[
                ("a failed mayor.", Some("Ana Ruiz"), Some("Ana Ruiz")),
                ("I meant it", Some("Ana Ruiz"), Some("she")),
            ],
        ),
        // A cue before a clause coordinated with a subject of its own is that earlier
        // clause's; not when the cue reports a clause the coordinated one continues.
        (
            "Ana Ruiz proposed a debate on April 4 - but the Reyes campaign rejected the idea as \"ludicrous\" because of the final.\n\nThe ministry said the bank tried to buy the lender, but the talks collapsed \"because of legal impediments.\"",
            &[
                ("ludicrous", Some("the Reyes campaign"), Some("the Reyes campaign")),
                ("because of legal", Some("the ministry"), Some("The ministry")),
            ],
        ),
        // A possessor's noun before an irregular past is the subject ("Ruiz's campaign sent
        // out a release saying"); "those surveyed said" names a group.
        (
            "Shortly after the call ended, Ana Ruiz's campaign sent out a release saying Reyes owes \"the city an explanation.\"\n\nOf the voters, those surveyed said Reyes has the \"best experience,\" and Ruiz won.",
            &[
                ("the city an explanation", Some("Ana Ruiz's campaign"), Some("Ana Ruiz's campaign")),
                ("best experience", Some("those surveyed"), Some("those surveyed")),
            ],
        ),
        // A relative clause with no commas between the subject and its verb ("A senior
        // official who asked not to be named said"); a description in apposition gives way to
        // the name; an inverted cue after "who" clause keeps its own subject.
        (
            "A senior official who asked not to be named said, \"There are talks.\"\n\nAna Ruiz, a close friend of the mayor's who was her chief of staff, said, \"She never gave up.\"\n\nOne matters for folks who plan to start a family, says dietitian Amanda Lund: \"Take folic acid.\"",
            &[
                ("There are talks.", Some("a senior official"), Some("A senior official")),
                ("She never gave up.", Some("Ana Ruiz"), Some("Ana Ruiz")),
                ("Take folic acid.", Some("Amanda Lund"), Some("Amanda Lund")),
            ],
        ),
        // A speech noun's infinitive before the quote: the noun's possessor speaks.
        (
            "The worries go beyond Ana Ruiz's controversial pledge to be \"neutral\" in the talks.\n\nTom Reyes repeated his vow to \"fight for every vote.\"",
            &[
                ("neutral", Some("Ana Ruiz"), Some("Ana Ruiz's")),
                ("fight for every vote", Some("Tom Reyes"), Some("Tom Reyes")),
            ],
        ),
        // A quoted sentence opening the paragraph after a report ("X said ...") is that
        // speaker's, with narration after it; not when a cue of its own follows.
        (
            "Committee chairman Tom Reyes said drink was often used as an excuse.\n\n\"The committee believes these arguments should be rejected.\" At present judges can cut the tariff.\n\nThe complaint charged that Harlow Foods said it could prove its claims.\n\n\"Clear labels matter to shoppers.\" Consumer director Ana Ruiz said in a statement.",
            &[
                ("The committee believes", Some("Tom Reyes"), Some("Tom Reyes")),
                ("Clear labels", None, None),
            ],
        ),
        // A wire-style role with its organisation, closing comma missing.
        (
            "\"What we propose is a civic commons,\" Tom Reyes, senior research fellow at the IPPR told the BBC.",
            &[("What we propose", Some("Tom Reyes"), Some("Tom Reyes"))],
        ),
        // "said X of Y": the person before "of" when the capitalised run goes on past it; an
        // organisation when a role and a person's name follow the run.
        (
            "\"I am disappointed,\" said Alex Ruiz of Novo's ban.\n\n\"It is a trend,\" said Harlow Trust of Canada Ltd economist Susan Clark.",
            &[
                ("I am disappointed", Some("Alex Ruiz"), Some("Alex Ruiz")),
                ("It is a trend", Some("Susan Clark"), Some("Susan Clark")),
            ],
        ),
        // A described person before a place speaks, not the place; a date is no place.
        (
            "One senior banker in Jeddah said: \"There is a new wind blowing.\"\n\nThe spokesman in Frankfurt said, \"One million tonnes is a lot.\"",
            &[
                ("There is a new wind", Some("one senior banker"), Some("One senior banker")),
                ("One million tonnes", Some("the spokesman"), Some("The spokesman")),
            ],
        ),
        // "the spokesman said." passes on to the quoted sentence after it; "officials said."
        // and "The question was repeated." do not.
        (
            "The move came after talks failed, the spokesman said. \"The notice is no formal complaint.\"\n\nThe board met again, officials said. \"We will see.\"\n\nThe question was repeated.\n\n\"I am not sure where you are coming from on that.\"",
            &[
                ("The notice", Some("the spokesman"), Some("the spokesman")),
                ("We will see.", None, None),
                ("I am not sure", None, None),
            ],
        ),
        // A surname seen only opening sentences is a person when it opens one as the subject
        // of a speech verb; a capital city, a plural and whoever asks the question are not.
        (
            "Tom Pratt opened the hearing.\n\nVarga openly admitted that the figures were late. \"We missed the deadline by a week,\" he said.\n\nWashington announced new tariffs last week. \"We take this seriously,\" he said.\n\nCritics said the plan was weak. \"It will not work,\" he said.\n\nKessler then asked him about the budget. \"It is in hand,\" he said.",
            &[
                ("We missed", Some("Varga"), Some("he")),
                ("We take this", Some("Varga"), Some("he")),
                ("It will not work", Some("Varga"), Some("he")),
                ("It is in hand", Some("Varga"), Some("he")),
            ],
        ),
        // "Al-Chalabi" opening a sentence is the "al-Chalabi" named before.
        (
            "OPEC secretary Fadhil al-Chalabi spoke in Vienna on Monday.\n\nAl-Chalabi said prices had recovered. \"The question was what OPEC should do,\" he said.",
            &[("The question", Some("Fadhil al-Chalabi"), Some("he"))],
        ),
        // "it said" with no organisation quoted before is the organisation whose statement
        // the sentence before reports; a sentence with no speech verb gives no one.
        (
            "Harbourline said in a statement it had sought 750,000 shares under its offer. \"The tender offer is therefore void,\" it said.\n\nShares in Seaways fell. \"The outlook is weak,\" it said.",
            &[
                ("The tender offer", Some("Harbourline"), Some("it")),
                ("The outlook", None, Some("it")),
            ],
        ),
        // A fragment in someone else's reported speech, or a scare quote in narration, after
        // a quote takes nothing from it: the quote stays with the sentence before it.
        (
            "Writing in the Gazette, Mr Ortiz outlined his plan for the port. \"Our ambition is not simply to repair the harbour but to make it pay for itself.\" Gazette editor Ann Lowe said that the article was \"a warning shot\" to the council.\n\nMs Ruiz said a lot of work had been done on the quay.\n\n\"We predicted this years ago. \"What is fun is to see it done.\" She highlighted trends that made it \"seamless\".",
            &[
                ("Our ambition", Some("Ortiz"), Some("Mr Ortiz")),
                ("a warning shot", Some("Ann Lowe"), Some("Ann Lowe")),
                ("We predicted", Some("Ruiz"), Some("Ms Ruiz")),
                ("What is fun", Some("Ruiz"), Some("Ms Ruiz")),
            ],
        ),
        // A capitalised role noun before a given name opens no name ("Keeper Tony Vance",
        // "Boss Graeme Sounder"), nor does the body after a title's "of" ("Minister of Mines
        // Patrick Chanda"): it is the role, and the person is the one "he" means.
        (
            "\"We want the boss to stay,\" said Jim Hale.\n\nKeeper Tony Vance echoed Hale's words. \"We are all behind the manager,\" he added.\n\nBoss Graeme Sounder was calm. \"It is late,\" he said.\n\nMinister of Mines Patrick Chanda visited the pit. \"Output will rise,\" he said.",
            &[
                ("We want", Some("Jim Hale"), Some("Jim Hale")),
                ("We are all", Some("Tony Vance"), Some("he")),
                ("It is late", Some("Graeme Sounder"), Some("he")),
                ("Output will rise", Some("Patrick Chanda"), Some("he")),
            ],
        ),
        // After a quote, "told" names its listener, not the speaker; a relative clause's verb
        // is not the sentence's ("who asked not to be named"); "&" may sit in an appositive.
        (
            "\"We want the banks to buy the debt,\" the official, who asked not to be named, told Reuters.\n\n\"Costs must fall,\" Ivo Marsh, an analyst with Oyens & Van Eeghen, told Bloomberg.",
            &[
                ("We want the banks", Some("the official"), Some("the official")),
                ("Costs must fall", Some("Ivo Marsh"), Some("Ivo Marsh")),
            ],
        ),
        // "told the Gazette:": the name before the colon is the listener, never the speaker.
        (
            "Mr Hale said little. But a senior source told the Gazette: \"This time it is different.\"\n\nMr Blair spoke to the Gazette on Monday. But told the Gazette: \"As far as I am concerned, we have drawn a line under that.\"",
            &[
                ("This time", Some("a senior source"), Some("a senior source")),
                ("As far as", None, None),
            ],
        ),
        // "X quoted Y as saying": Y speaks, X only reports it.
        (
            "\"It is above all a question of sovereignty,\" the Gazette quoted a central bank official as saying.\n\nThe Herald quoted Mr Ortiz as saying: \"We will not sell the port.\"",
            &[
                ("It is above all", Some("a central bank official"), Some("a central bank official")),
                ("We will not sell", Some("Ortiz"), Some("Mr Ortiz")),
            ],
        ),
        // "he" after a statement by an unnamed source ("..., the military spokesman said.") is
        // that source; "the USDA official" after a named official is that person.
        (
            "Gunships attacked positions near the port today, the military spokesman said.\n\n\"All our aircraft returned safely to base,\" he said.\n\nThe Finance Ministry official said markets must change. \"No major market can keep its status without change,\" he said.",
            &[
                ("All our aircraft", Some("the military spokesman"), Some("he")),
                ("No major market", Some("the Finance Ministry official"), Some("he")),
            ],
        ),
        (
            "Under Secretary Daniel Amstek spoke on Monday.\n\nThe USDA official said the ministers met yesterday. \"So far, so good,\" he said.",
            &[("So far", Some("Daniel Amstek"), Some("he"))],
        ),
        // A "so-called" label is a scare quote even in a sentence with a speech verb.
        (
            "Officials said the harbour tax is part of the so-called \"blue growth\" plan that \"will pay for itself\".",
            &[("will pay for itself", Some("Officials"), Some("Officials"))],
        ),
        // A plural possessive inside an institution's name, and an acronym in parentheses.
        (
            "The Building Society Association said lending was \"strong\".\n\nThe British Bankers' Association (BBA) has defended the banks, saying lending was \"weaker than we hoped\".",
            &[
                ("strong", Some("Building Society Association"), Some("The Building Society Association")),
                ("weaker than we hoped", Some("British Bankers' Association"), Some("The British Bankers' Association")),
            ],
        ),
        // A firm's ampersand; two roles before one name.
        (
            "\"We deny every word,\" said Rogers & Cowan, the publicity firm.\n\n\"The army is protecting itself,\" said author and historian Mark Lane.\n\n\"It is critical,\" said veteran Oscar strategist and PR maven Tony Angel.",
            &[
                ("We deny every word", Some("Rogers & Cowan"), Some("Rogers & Cowan")),
                ("The army is protecting itself", Some("Mark Lane"), Some("Mark Lane")),
                ("It is critical", Some("Tony Angel"), Some("Tony Angel")),
            ],
        ),
        // A one-word name opening the paragraph whose later quote says "he said".
        (
            "Senator John Smith spoke first. \"We can win,\" he said.\n\nLopez defied the question and did not choose. \"It will be Denver or Carolina,\" he said.",
            &[
                ("We can win", Some("John Smith"), Some("he")),
                ("It will be Denver", Some("Lopez"), Some("he")),
            ],
        ),
        // A firm's last word keeps a title-like word before it in the name.
        (
            "\"The offer is fair,\" General Acquisition said in a letter to the board.",
            &[("The offer is fair", Some("General Acquisition"), Some("General Acquisition"))],
        ),
        // A transcript's turn: the paragraph's label names a quote in a later sentence (when
        // the label opens another turn too).
        (
            "Questioner: How do you feel?\n\nAnn Lowe: Tired. \"There is something the matter with me.\"\n\nQuestioner: Why?\n\nAnn Lowe: I do not know.\n\nFor comparison: the rate rose. \"It was a surprise.\"",
            &[
                ("There is something the matter", Some("Ann Lowe"), Some("Ann Lowe")),
                ("It was a surprise", None, None),
            ],
        ),
        // A title before "of" goes on to the name after the office.
        (
            "\"This is the first time,\" said UK Chancellor of the Exchequer Gordon Brown.",
            &[("This is the first time", Some("Gordon Brown"), Some("UK Chancellor of the Exchequer Gordon Brown"))],
        ),
        // Hyphenated titles are no part of the name.
        (
            "Federal Attorney-General Daryl Williams visited the camp. \"It is under control,\" he said.",
            &[("It is under control", Some("Daryl Williams"), Some("he"))],
        ),
        // A name and an organisation's or office holder's noun, with no determiner.
        (
            "Israeli radio said the minister was \"responsible for everything\".",
            &[("responsible for everything", Some("Israeli radio"), Some("Israeli radio"))],
        ),
        (
            "Pentagon spokesman said: \"The strike was lawful.\"",
            &[("The strike was lawful", Some("Pentagon spokesman"), Some("Pentagon spokesman"))],
        ),
        // A role, the name, then what the words are about; an aside between dashes.
        (
            "\"I am disappointed,\" said club manager Ann Lowe of Novo's ban. \"We will appeal.\"\n\n\"We saw hustlers do this,\" Andrei Ilin - then an adviser to the mayor - told reporters.",
            &[
                ("I am disappointed", Some("Ann Lowe"), Some("Ann Lowe")),
                ("We will appeal", Some("Ann Lowe"), Some("Ann Lowe")),
                ("We saw hustlers", Some("Andrei Ilin"), Some("Andrei Ilin")),
            ],
        ),
        // "it" after an organisation described ("said the magazine") or an institution that
        // is the subject of the sentence before.
        (
            "\"We chose only mobile items,\" said the magazine.\n\n\"We tried to get to the heart of it,\" it concluded.\n\nThe Confederation of British Industry welcomed the plan. \"This is the best of both worlds,\" it said.",
            &[
                ("We chose only mobile items", Some("the magazine"), Some("the magazine")),
                ("We tried to get", Some("the magazine"), Some("it")),
                ("This is the best", Some("Confederation of British Industry"), Some("it")),
            ],
        ),
        // "it said" opening the paragraph after an organisation's statement; a described
        // organisation's; a player's position.
        (
            "The soldiers were hit when a bomb went off, NATO said in a statement.\n\n\"They were evacuated at once,\" it said.\n\nSchools should wait, said the agency, which advises colleges.\n\n\"We have seen no evidence,\" it said.\n\n\"We did not pick it up,\" running back Kevin Faulk said.\n\n\"We were poor,\" said right back Gary Neville.",
            &[
                ("They were evacuated", Some("NATO"), Some("it")),
                ("We have seen no evidence", Some("the agency"), Some("it")),
                ("We did not pick it up", Some("Kevin Faulk"), Some("Kevin Faulk")),
                ("We were poor", Some("Gary Neville"), Some("Gary Neville")),
            ],
        ),
        // An indefinite source set off by a comma, before or after its verb, is whom the
        // next "he" means.
        (
            "Acreage will fall in the south, a USDA soybean analyst said.\n\n\"The east will not budge,\" he said.\n\nInvestors bid the bonds down, said a dealer in high-yield bonds.\n\n\"But sellers could not be found,\" he added.",
            &[
                ("The east will not budge", Some("a USDA soybean analyst"), Some("he")),
                ("But sellers could not", Some("a dealer"), Some("he")),
            ],
        ),
        // "it" after "the department said": an organisation's noun.
        (
            "\"We know of no claims of responsibility,\" the department said.\n\n\"We hold the kidnappers responsible,\" it added.",
            &[
                ("We know of no claims", Some("the department"), Some("the department")),
                ("We hold the kidnappers", Some("the department"), Some("it")),
            ],
        ),
        // A name and a dash before the quote, or a dash and a name after it (past "The").
        (
            "Thomas Jefferson – \"Hemp is of first necessity to the wealth of the country.\"\n\n\"An undisciplined mind does greater harm than all your enemies.\" – The Buddha\n\nLOS ANGELES -- \"The stories begin and the stories end.\"",
            &[
                ("Hemp is of first necessity", Some("Thomas Jefferson"), Some("Thomas Jefferson")),
                ("An undisciplined mind", Some("Buddha"), Some("Buddha")),
                ("The stories begin", None, None),
            ],
        ),
        // German, Spanish and French inverted cues after a quote: only a name that follows
        // ("sagte mit einem Augenzwinkern der Trainer" gives none, and the short quote is dropped
        // like any unattributed one).
        (
            "„Wir haben viel erreicht“, sagte Ann Lowe, Geschäftsführerin der Firma.\n\n«Hemos avanzado mucho», dijo Ana Ruiz.\n\n„Das ist ein großer Erfolg“, sagte mit einem Augenzwinkern der Trainer.",
            &[
                ("Wir haben viel erreicht", Some("Ann Lowe"), Some("Ann Lowe")),
                ("Hemos avanzado mucho", Some("Ana Ruiz"), Some("Ana Ruiz")),
            ],
        ),
        // A dateline's city or a rubric before a colon is no speaker.
        (
            "New Delhi: The cricket board on Tuesday said it would continue the tour \"for the present\" but fight the ban.\n\nThe Latest: Mayor Ana Ruiz calls the plan \"a disgrace to this city\".",
            &[
                ("for the present", Some("the cricket board"), Some("The cricket board")),
                ("a disgrace", Some("Ana Ruiz"), Some("Mayor Ana Ruiz")),
            ],
        ),
        // A lone given name followed by "says she" is not a woman: the "she" is someone else.
        (
            "Supriya Jindal had her first child in 2005.\n\nBobby says she does it all without flinching.\n\n\"In many ways, I'm a tough guy to be married to,\" he says.",
            &[("In many ways", Some("Bobby"), Some("he"))],
        ),
        // Present-tense inverted cues, as features write them; the next quote-only paragraph
        // carries the speaker on.
        (
            "\u{201c}Apple wants to patent a way to order coffee,\u{201d} reports Forbes\u{2019}s Brian Caulfield.\n\n\u{201c}Customers might tap a button as they walk up.\u{201d}\n\n\"It is an old idea,\" notes Ana Ruiz, who studies retail.",
            &[
                ("Apple wants", Some("Brian Caulfield"), Some("Brian Caulfield")),
                ("Customers might", Some("Brian Caulfield"), Some("Brian Caulfield")),
                ("It is an old idea", Some("Ana Ruiz"), Some("Ana Ruiz")),
            ],
        ),
        // Two roles joined by "and" before the name and its verb.
        (
            "Harbourline expects sales to rise \"dramatically\" this year, chairman and president Tom Reyes said after the meeting.",
            &[("dramatically", Some("Tom Reyes"), Some("Tom Reyes"))],
        ),
        // "it" after a document that spoke ("the report stated") is that document.
        (
            "\"The faction showed bad faith on a number of occasions,\" the report stated.\n\n\"It has not stopped recruiting children,\" it added.",
            &[
                ("The faction", Some("the report"), Some("the report")),
                ("It has not", Some("the report"), Some("it")),
            ],
        ),
        // A relative clause about the speaker's organisation ends a cue the next quote-only
        // paragraph continues.
        (
            "\"Few people think about it,\" said Ana Ruiz, a spokesperson for the alliance which commissioned the survey.\n\n\"Spammers are hiding spyware in software that looks genuine.\"",
            &[
                ("Few people", Some("Ana Ruiz"), Some("Ana Ruiz")),
                ("Spammers are", Some("Ana Ruiz"), Some("Ana Ruiz")),
            ],
        ),
        // A full-stop quote, then a name, an adverb and a verb closing the sentence: its cue.
        (
            "Ana Ruiz wrote her first novel at forty.\n\n\"I fell to daydreaming on a flight.\" Ruiz later recalled.",
            &[("I fell to", Some("Ana Ruiz"), Some("Ruiz"))],
        ),
        // "He said ..." in the narration carries the person on past the pronoun window, as a
        // quoted "he said" does (wire copy reports one speaker for a page).
        (
            "Finance minister Tom Reyes said the deficit would narrow this year.\n\nImports fell by 12 pct in the first quarter.\n\nHe said exports would recover in the second half.\n\nThe central bank kept its rate unchanged.\n\nOil prices rose sharply in March.\n\nHe said the government would not devalue the currency.\n\nThe trade gap widened in April.\n\n\"We will not borrow for consumption,\" he said.",
            &[("We will not borrow", Some("Tom Reyes"), Some("he"))],
        ),
        // "It said" reaches back over the narration to the organisation whose statement an
        // earlier sentence reports, over sentences that say "it said" again.
        (
            "Harbour Shoe said it expects sales to improve in the first quarter.\n\nIt said the new stores would open in May.\n\nIt said spring orders were down \"moderately\" but reorders were \"excellent.\"\n\nProposals to cut tariffs went to Congress on Monday, the White House said.\n\n\"These proposals are part of a wider plan,\" it said in a statement.",
            &[
                ("moderately", Some("Harbour Shoe"), Some("It")),
                ("excellent", Some("Harbour Shoe"), Some("It")),
                ("These proposals", Some("the White House"), Some("it")),
            ],
        ),
        // Reported speech closed by a bare "X said." passes its speaker to the quote-only
        // paragraph after it; a bare "X spoke." does not.
        (
            "Ana Ruiz runs the winery.\n\nThe business will keep its traditions, Tom Reyes said.\n\n\"Our family has a long and proud heritage in the valley.\"\n\nLater Carl Olsen spoke.\n\n\"Nothing here has changed in forty years of harvests.\"",
            &[
                ("Our family", Some("Tom Reyes"), Some("Tom Reyes")),
                ("Nothing here", None, None),
            ],
        ),
        // Quote collections: a person named like a capital before a dash, an emphatic
        // reflexive, a byline going on to the work; a hyphen glued to a quote (a German
        // compound) is no byline.
        (
            "George Washington \u{2013} \u{201c}Make the most you can of the hemp seed and sow it everywhere.\u{201d}\n\nThomas Jefferson himself declared, \u{201c}Hemp is of first necessity to the wealth of the country.\u{201d}\n\n\u{201c}Habits of thinking need not be forever, and people can choose them.\u{201d} \u{2013} Martin Seligman from Learned Optimism\n\nEin Geschenk der Kategorie \u{201e}Kauft man sich nicht selbst\u{201c}-Geschenken, die man gern hat.",
            &[
                ("Make the most", Some("George Washington"), Some("George Washington")),
                ("Hemp is of", Some("Thomas Jefferson"), Some("Thomas Jefferson")),
                ("Habits of", Some("Martin Seligman"), Some("Martin Seligman")),
            ],
        ),
        // "revealed" is a speech verb, not in the passive; "as noted by X" names X as the
        // next "she".
        (
            "\"This has been a really difficult decision,\" Tom Reyes revealed.\n\nMost diets fail, as noted by health writer Hrefna Palsdottir. \"The evidence is mixed,\" she wrote.\n\nWhen fraudsters are revealed as members of the ring, officials call them \"lone wolves\" and move on.",
            &[
                ("This has been", Some("Tom Reyes"), Some("Tom Reyes")),
                ("The evidence", Some("Hrefna Palsdottir"), Some("she")),
                ("lone wolves", None, None),
            ],
        ),
        // Who a paper "quoted ... as saying" is the next "he", not the paper.
        (
            "El Peruano quoted energy and mines minister Tom Reyes as saying that Peru would not speculate.\n\nHe said the aim was to avoid \"speculative operations with silver.\"",
            &[("speculative operations", Some("Tom Reyes"), Some("He"))],
        ),
        // A definite unnamed source after a connective opening its sentence is the next "he".
        (
            "Ana Ruiz cut the budget in May.\n\nBut the ministry spokesman said Ruiz was having no second thoughts. \"The minister has one ambition,\" he said.",
            &[("The minister has", Some("the ministry spokesman"), Some("he"))],
        ),
        // The question a speaker answered ("when asked about ...") is no new clause: the
        // quote-only paragraph after it goes on with the speaker.
        (
            "\"No, that is not true at all,\" Ana Ruiz replied sternly when asked about a report her aide had warned her twice.\n\n\"When I went on the air, I said what I knew.\"",
            &[
                ("No, that is", Some("Ana Ruiz"), Some("Ana Ruiz")),
                ("When I went", Some("Ana Ruiz"), Some("Ana Ruiz")),
            ],
        ),
        // "the paper said", "the daily said": a newspaper that spoke is what "it said" means;
        // so is one named with an Arabic article ("al-Qabas").
        (
            "Banks must state the exposure in writing, the paper said.\n\n\"Security taken on its own will be no reason,\" it said.\n\nOPEC faces fresh scrutiny, the Kuwait daily al-Qabas said.\n\n\"The sources believed prices may fall,\" it said.",
            &[
                ("Security taken", Some("the paper"), Some("it")),
                ("The sources believed", Some("al-Qabas"), Some("it")),
            ],
        ),
        // Any past-tense verb closing the sentence after a run-on quote is its speech verb
        // ("shared", "detailed"), but not a passive ("are redacted").
        (
            "Pastor Luis Ortega spoke from his bed.\n\n\"I have not been in a hospital one night,\" the pastor shared.\n\n\"This is sad, but I feel no panic,\" Ortega quietly shared. \"So, who will lead?\" His doctors' names are redacted.",
            &[
                ("I have not been", Some("Luis Ortega"), Some("the pastor")),
                ("This is sad", Some("Luis Ortega"), Some("Ortega")),
                ("So, who will lead?", Some("Luis Ortega"), Some("Ortega")),
            ],
        ),
        // An office named by its place ("the Mayor of Durham") is no person called "Durham";
        // nor is a peer's seat ("Lord Nicholls of Birkenhead").
        (
            "The Mayor of Durham, Tom Wright, called the plan a \"great thriller\".\n\n\"Conspiracy theories are always fun,\" the mayor said.\n\nLord Nicholls of Birkenhead said the law was \"plainly wrong\" in this case.",
            &[
                ("great thriller", Some("Tom Wright"), Some("Tom Wright")),
                ("Conspiracy theories", Some("Tom Wright"), Some("the mayor")),
                ("plainly wrong", Some("Lord Nicholls of Birkenhead"), Some("Lord Nicholls of Birkenhead")),
            ],
        ),
        // A time phrase with no comma ("Last week", "Earlier this month") opens the sentence
        // before its subject.
        (
            "Last week the mayor stood on the steps of city hall, saying, \"We will rebuild.\"\n\nEarlier this month the council said it would \"look again\" at the plan.",
            &[
                ("We will rebuild", Some("the mayor"), Some("the mayor")),
                ("look again", Some("the council"), Some("the council")),
            ],
        ),
        // A past-tense verb inverted after a run-on quote, then a name ("assured Mr Wallace");
        // "Const." and "Det." are ranks, not full stops; "amidst" ends the speaker's phrase.
        (
            "\"We have two separate collisions here,\" alleged Provincial Police Const. Dave Woodford.\n\n\"It is big for all of us,\" said centre Daymond Langkow amidst the euphoria.\n\n\"There will be no singing Hobbits,\" assured Det. Sgt. Ann Lee.",
            &[
                ("We have two", Some("Dave Woodford"), Some("Provincial Police Const. Dave Woodford")),
                ("It is big", Some("Daymond Langkow"), Some("Daymond Langkow")),
                ("There will be", Some("Ann Lee"), Some("Det. Sgt. Ann Lee")),
            ],
        ),
        // "Rt Rev" is a form of address, not an office that rules out "the Bishop".
        (
            "The Bishop of Durham, the Rt Rev Dr Tom Wright, called the novel a \"great thriller\". The Bishop said: \"Conspiracy theories are always fun.\"",
            &[
                ("great thriller", Some("Tom Wright"), Some("the Rt Rev Dr Tom Wright")),
                ("Conspiracy theories", Some("Tom Wright"), Some("The Bishop")),
            ],
        ),
        // German and Spanish inverted cues: more verbs, German `so X` with no verb, and an
        // article and a role before the name (`el abogado Javier Peñaloza`, `der
        // Konfliktexperte Christian Wirth`, whose role noun is no part of his name).
        (
            "„Die Minze kam mit gebeugtem Kopf“, berichtete Deniz Yücel.\n\n«Das hatten wir nicht einmal vor der Krise», so Mnich.\n\n\"Para mañana se ha señalado la audiencia\", corroboró el abogado Javier Peñaloza.\n\n»Im Grunde sind Konflikte nur ein Ausdruck von Energie«, sagt der Kommunikations- und Konfliktexperte Christian Wirth.",
            &[
                ("Die Minze", Some("Deniz Yücel"), Some("Deniz Yücel")),
                ("Das hatten", Some("Mnich"), Some("Mnich")),
                ("Para mañana", Some("Javier Peñaloza"), Some("Javier Peñaloza")),
                ("Im Grunde", Some("Christian Wirth"), Some("Christian Wirth")),
            ],
        ),
        // "was quoted by the newspaper as saying": the subject, not the newspaper.
        (
            "Prime Minister Ana Ruiz sounded a conciliatory note.\n\n\"We want to resolve the issue through talks,\" she was quoted by Kyodo News Service as saying.\n\n\"We might have to look abroad,\" Ruiz was quoted by the newspaper as saying.",
            &[
                ("We want to resolve", Some("Ana Ruiz"), Some("she")),
                ("We might have", Some("Ana Ruiz"), Some("Ruiz")),
            ],
        ),
        // Two roles joined by "and" before an inverted name, the second of three words.
        (
            "\"Our company gained momentum,\" said chairman and chief executive officer Bill Ford.\n\n\"We are willing to make a fair offer,\" said Kansas City Southern president and chief executive officer Landon H. Rowland.",
            &[
                ("Our company", Some("Bill Ford"), Some("Bill Ford")),
                ("We are willing", Some("Landon H. Rowland"), Some("Landon H. Rowland")),
            ],
        ),
        // "when asked if he believed ...": the question answered, not a new report; the
        // quote-only paragraph after it goes on with the speaker.
        (
            "\"If you ask me, yeah,\" Dani Ruiz said when asked if he believed there was intent to injure.\n\n\"But from what I have seen on the replay, it is tough to tell.\"",
            &[
                ("If you ask me", Some("Dani Ruiz"), Some("Dani Ruiz")),
                ("But from what", Some("Dani Ruiz"), Some("Dani Ruiz")),
            ],
        ),
        // Any verb in -ed or -s inverted before "one" and a description, or before a name and
        // an adverbial; not a verb with its own object ("prompted Ruiz to reply").
        (
            "\"Some of the stock is already spoken for,\" speculated one arbitrager.\n\n\"We can call it a peace dividend,\" smiles one broker.\n\n\"Let us rise to the challenge,\" asserted Ana Ortega as the lights dimmed.",
            &[
                ("Some of the stock", Some("one arbitrager"), Some("one arbitrager")),
                ("We can call it", Some("one broker"), Some("one broker")),
                ("Let us rise", Some("Ana Ortega"), Some("Ana Ortega")),
            ],
        ),
        (
            "\"The deal will close by Friday at the latest,\" prompted Dani Ruiz to reply.",
            &[("The deal will close", None, None)],
        ),
        // "Kyodo quoted him as saying": "him" is the person named before, not the agency.
        (
            "Prime Minister Ana Ruiz spoke to reporters on Monday.\n\n\"We will not give in to pressure,\" Kyodo News Service quoted her as saying.",
            &[("We will not give in", Some("Ana Ruiz"), Some("her"))],
        ),
        // Wire copy's verbless attribution: a person's name, alone or with an appositive, ends
        // the sentence; a headline's clause keeps its verb ("Howard Dean Tells ...").
        (
            "\"Carnival has an incredibly strong track record,\" Mr Champion.\n\n\"The EPA will get tough on waste companies,\" Willard Brown, senior analyst for First Albany Corp.\n\n\"Guns are the ultimate crisis,\" Howard Dean Tells Democratic Convention.",
            &[
                ("Carnival has", Some("Champion"), Some("Mr Champion")),
                ("The EPA will", Some("Willard Brown"), Some("Willard Brown")),
                ("Guns are", Some("Howard Dean"), Some("Howard Dean")),
            ],
        ),
        // A person's noun before "to", "at", "with" keeps the phrase whole: the aide spoke,
        // not Lyng, and "a trader at a Paris house" is a source.
        (
            "\"I just do not see any proposal like that,\" the aide to Lyng said.\n\nA trader at a Paris house said, \"There is no market at all.\"",
            &[
                ("I just do not", Some("the aide to Lyng"), Some("the aide to Lyng")),
                ("There is no market", Some("a trader at a Paris house"), Some("A trader at a Paris house")),
            ],
        ),
        // A named speaker's statement between two quotes of a paragraph takes the quote after
        // it, even when a later quote has a cue of its own; a name in a list or a clause
        // ("where ... also spoke") does not.
        (
            "Dan Ward lost in four sets. \"I am gutted,\" he said. Coach Mia Lund has defended the choice of Ward, saying he was fit. \"There was no doubt he could play.\" Ward left early. Officials said he was tired, but Tom Reyes lashed out at the press. \"Leave him alone,\" he said.\n\n\"It was close,\" Lund said at a dinner in Leeds, where Reyes also spoke. \"We move on.\" Spain, France and Italy are level after claiming draws. \"We can still win.\"",
            &[
                ("I am gutted", Some("Dan Ward"), Some("he")),
                ("There was no doubt", Some("Mia Lund"), Some("Coach Mia Lund")),
                ("Leave him alone", Some("Tom Reyes"), Some("he")),
                ("It was close", Some("Mia Lund"), Some("Lund")),
                ("We move on", Some("Mia Lund"), Some("Lund")),
                ("We can still win", Some("Mia Lund"), Some("Lund")),
            ],
        ),
        // "The", a name and up to three nouns before the verb describe someone: no "The Labour".
        (
            "The Labour party spokesman played down the row and said the leader had a role. \"This election is a choice.\"",
            &[("This election", Some("the Labour party spokesman"), Some("The Labour party spokesman"))],
        ),
        // A long name after a long role is still a speaker.
        (
            "\"We will open accounts,\" the central bank's vice president Farid Omar Ben Salah said.",
            &[("We will open", Some("Farid Omar Ben Salah"), Some("Farid Omar Ben Salah"))],
        ),
        // German capitalises nouns: one after "der", "die", "das" closing an inverted cue is a
        // role, kept with its article; in Spanish a capitalised word there is a name.
        (
            "„Das ist schlimm“, sagte das Staatsoberhaupt. „Sie haben unser Land getroffen.“\n\n\"Es grave\", dijo la CGR.\n\n„Wir klagen“, kommentiert der Journalist von «Aktuell» das Bild.\n\n„Das Gesetz ist falsch“, kommentiert Facebook das Gesetz.\n\n„Das Licht wirkt“, sagt Seniorautorin Nora Hals von der Rice University.",
            &[
                ("Das ist schlimm", Some("das Staatsoberhaupt"), Some("das Staatsoberhaupt")),
                ("Sie haben", Some("das Staatsoberhaupt"), Some("das Staatsoberhaupt")),
                ("Es grave", Some("CGR"), Some("CGR")),
                ("Wir klagen", Some("der Journalist"), Some("der Journalist")),
                ("Das Gesetz", Some("Facebook"), Some("Facebook")),
                ("Das Licht", Some("Nora Hals"), Some("Seniorautorin Nora Hals")),
            ],
        ),
        // An unnamed source who spoke ("one diplomat", "a Japanese refiner") is whom the next
        // "he" means.
        (
            "Trade minister Ann Ruiz met the envoys on Monday.\n\nOne diplomat said the prospects are good.\n\n\"The fear is that it would draw back,\" he said.\n\n\"We would buy,\" a Japanese refiner said.\n\n\"We do not intend to put pressure on them,\" he added.",
            &[
                ("The fear is", Some("one diplomat"), Some("he")),
                ("We would buy", Some("a Japanese refiner"), Some("a Japanese refiner")),
                ("We do not intend", Some("a Japanese refiner"), Some("he")),
            ],
        ),
        // An office's title joined by "to the", "for", "of" before the name opens the sentence.
        (
            "Tory leader Michael Howard said the plans were wrong.\n\nBut Chief Secretary to the Treasury Paul Boateng attacked the plans. \"They are committed to cuts,\" he said.",
            &[("They are committed", Some("Paul Boateng"), Some("he"))],
        ),
        // A role noun with "for"/"of" and its object before the name ("minister for women").
        (
            "Sarah Teather spoke first.\n\nLabour's deputy minister for women Jacqui Smith accused the Lib Dems of false promises. She said: \"These proposals would increase the costs.\"",
            &[("These proposals", Some("Jacqui Smith"), Some("She"))],
        ),
        // A US state is no one "he" can mean, even where it stands like a possessor's name.
        (
            "And North Carolina’s Ada Fisher said Trump will do well. \"I think he will do great things,\" she said.\n\nThe party line is silly, consultants say.\n\n\"This is them whistling past the graveyard,\" he said.",
            &[
                ("I think he will", Some("Ada Fisher"), Some("she")),
                ("This is them", None, Some("he")),
            ],
        ),
        // "someone" is an unnamed speaker as written, with what places them ("in the crowd").
        (
            "Glenn Beck spoke in Iowa.\n\nThen someone in the crowd shouted, \"Cruz is here, and he will win.\"\n\nI wish someone would tell me, \"The radio is off now.\"",
            &[
                ("Cruz is here", Some("someone in the crowd"), Some("someone in the crowd")),
                ("The radio is off", Some("someone"), Some("someone")),
            ],
        ),
        // "with X taking to Twitter to call": the name who went to the platform speaks.
        (
            "The campaign denied it, with Dana Ruiz taking to Twitter to call the report \"totally delusional.\"",
            &[("totally delusional", Some("Dana Ruiz"), Some("Dana Ruiz"))],
        ),
        // A question put to someone is no one's in the text, not even by its paragraph; an
        // answer after "Asked if ..., he told" is the answerer's.
        (
            "Sidney Blumenthal spoke on CNN.\n\nBlumenthal was asked, \"Would you have told her it is not a good idea?\" He answered, \"I have no idea.\"\n\nAsked whether Clinton \"has the integrity to serve effectively as president,\" 75 percent of Democrats said yes.\n\nAsked if he would welcome the voters Blumenthal told the BBC: \"I want everyone to vote.\"",
            &[
                ("Would you have told", None, None),
                ("I have no idea", Some("Sidney Blumenthal"), Some("He")),
                ("has the integrity", None, None),
                ("I want everyone", Some("Sidney Blumenthal"), Some("Blumenthal")),
            ],
        ),
        // A description that makes a statement is whom the next "he" means, when it links to
        // someone ("The Toshiba spokesman" to "a Toshiba spokesman"), not the last name.
        (
            "A Toshiba spokesman said on Monday the firm would sell its unit.\n\nMark Lee, an analyst at Nomura, expects a loss.\n\nThe Toshiba spokesman said the sale was not comparable. \"They are matters of a different category,\" he said.",
            &[("They are matters", Some("a Toshiba spokesman"), Some("he"))],
        ),
        // "the prime minister" is not the deputy prime minister named last.
        (
            "Prime Minister Tony Blair attended the dinner. Deputy Prime Minister John Prescott hosted it.\n\nThe prime minister said: \"I will stand down next year.\"",
            &[("I will stand down", Some("Tony Blair"), Some("The prime minister"))],
        ),
        // A party is no one "the chancellor" means.
        (
            "Gordon Brown opened the debate.\n\nThe Lib Dems said the plan was flawed.\n\nThe chancellor promised to continue economic growth. \"My message is clear,\" he said.",
            &[("My message is clear", Some("Gordon Brown"), Some("he"))],
        ),
        // A party's plural is no "he": the person named before is.
        (
            "Rep. Brad Sherman spoke at the hearing on Tuesday.\n\nBut Democrats said the rates should wait. \"God's plan is that things rise in the spring,\" he said.",
            &[("God's plan", Some("Brad Sherman"), Some("he"))],
        ),
        // An abbreviation in brackets after an appositive is no aside of its own.
        (
            "Mark Otsu, president of the Harbour Federation of Employers' Associations, (Harbourfed), told reporters: \"The yen might rise as far as 140.\"",
            &[("The yen might", Some("Mark Otsu"), Some("Mark Otsu"))],
        ),
        // "he" after "Gordon Brown's spokesman also condemned it" is the spokesman.
        (
            "Prime Minister Gordon Brown's spokesman also condemned the release of the tape.\n\n\"It is our policy not to comment on such footage,\" he added.",
            &[("It is our policy", Some("Prime Minister Gordon Brown's spokesman"), Some("he"))],
        ),
        // "the Welsh Executive" is a government, not "the executive" of Alcohol Focus.
        (
            "Jack Law, chief executive of Alcohol Focus Wales, criticised the remark.\n\nThe Welsh Executive said the comments were \"a recognition that people will get drunk\".",
            &[("a recognition", Some("Welsh Executive"), Some("The Welsh Executive"))],
        ),
        // "Oh" is a surname beside a name ("Sandra Oh"), not the interjection.
        (
            "\"This research gives us a new path forward,\" said William Oh, a professor of medicine.\n\n\"It is early days,\" Oh said.",
            &[
                ("This research gives", Some("William Oh"), Some("William Oh")),
                ("It is early days", Some("William Oh"), Some("Oh")),
            ],
        ),
    ];
    let mut failures = Vec::new();
    for &(body, want) in cases {
        let quotes = find_quotes(body, None);
        let got: Vec<(String, Option<String>, Option<String>)> = quotes
            .iter()
            .map(|q| (q.text.clone(), q.speaker.clone(), q.speaker_mention.clone()))
            .collect();
        let ok = got.len() == want.len()
            && got.iter().zip(want).all(|(g, w)| {
                g.0.starts_with(w.0) && g.1.as_deref() == w.1 && g.2.as_deref() == w.2
            });
        if !ok {
            failures.push(format!("{body}\n  got {got:?}\n want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn odd_input_does_not_panic() {
    let long = "a\"b ".repeat(100_000);
    for body in [
        "",
        "\"",
        "“",
        "”",
        "\"\"\"",
        "“a",
        "a”",
        "\"é\"",
        "“”“",
        "\n\n\"\n\n",
        &long,
    ] {
        for q in find_quotes(body, Some("\"")) {
            assert_eq!(&body[q.start..q.end], q.text);
        }
    }
}

proptest! {
    #[test]
    fn offsets_always_slice_the_text(body in "(\\PC|[\"“”„«» \n.,:]|said|he|Smith ){0,80}") {
        for q in find_quotes(&body, None) {
            prop_assert!(q.start <= q.end && q.end <= body.len());
            prop_assert_eq!(&body[q.start..q.end], q.text.as_str());
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(body in any::<String>(), head in any::<Option<String>>()) {
        let _ = find_quotes(&body, head.as_deref());
    }
}
