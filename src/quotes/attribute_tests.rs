//! Tests of `attribute.rs`: one sentence per cue pattern, the mention `analyse` finds and
//! whether the quote is partial.

use super::super::{find, tokens};
use super::*;

/// (sentence, quote index) → (mention, partial)
fn check(body: &str, q: usize) -> (Option<String>, bool) {
    let paras = find::paragraphs(body);
    let spans = find::spans(body, &paras);
    let toks = tokens::tokenize(body, &paras, &spans);
    let qi = toks
        .iter()
        .position(|t| t.kind == Kind::Quote(q))
        .expect("quote token");
    let a = analyse(body, &toks, qi, &body[spans[q].start..spans[q].end]);
    let got = a
        .mention
        .map(|m| body[toks[m.first].start..toks[m.last].end].to_string());
    (got, a.partial)
}

#[test]
fn cue_patterns() {
    let cases: &[(&str, usize, Option<&str>, bool)] = &[
        ("\"We will win,\" Smith said.", 0, Some("Smith"), false),
        (
            "\"We will win,\" said Jane Smith.",
            0,
            Some("Jane Smith"),
            false,
        ),
        ("\"We will win,\" he said on Tuesday.", 0, Some("he"), false),
        ("Smith said: \"We will win.\"", 0, Some("Smith"), false),
        (
            "Smith said on Tuesday: \"We will win.\"",
            0,
            Some("Smith"),
            false,
        ),
        (
            "Putin told Pompeo: \"We will win.\"",
            0,
            Some("Putin"),
            false,
        ),
        (
            "\"We will win,\" Putin told Pompeo.",
            0,
            Some("Putin"),
            false,
        ),
        (
            "\"We will win,\" Smith told CNN in an interview.",
            0,
            Some("Smith"),
            false,
        ),
        (
            "\"We will win,\" according to Jane Smith.",
            0,
            Some("Jane Smith"),
            false,
        ),
        (
            "According to Jane Smith, \"we will win.\"",
            0,
            Some("Jane Smith"),
            false,
        ),
        (
            "\"We will not,\" Lavrov said, \"accept this.\"",
            1,
            Some("Lavrov"),
            false,
        ),
        (
            "\"We will win,\" Sergei Lavrov, Russia's foreign minister, said.",
            0,
            Some("Sergei Lavrov"),
            false,
        ),
        (
            "Sergei Lavrov, Russia's foreign minister, said: \"We will win.\"",
            0,
            Some("Sergei Lavrov"),
            false,
        ),
        (
            "\"We will win,\" a spokesman said in a statement.",
            0,
            Some("a spokesman"),
            false,
        ),
        (
            "\"We will win,\" said a spokesman for the campaign.",
            0,
            Some("a spokesman for the campaign"),
            false,
        ),
        (
            "\"We will win,\" officials said.",
            0,
            Some("officials"),
            false,
        ),
        (
            "\"We will win,\" Lavrov was quoted as saying.",
            0,
            Some("Lavrov"),
            false,
        ),
        (
            "\"We will win,\" said State Department spokesman John Kirby.",
            0,
            Some("John Kirby"),
            false,
        ),
        (
            "Lavrov criticized the plan, saying \"it will fail.\"",
            0,
            Some("Lavrov"),
            true,
        ),
        (
            "Pompeo spoke of \"truly overlapping interests\" today.",
            0,
            Some("Pompeo"),
            true,
        ),
        (
            "Maas said he went there to stress that \"we are concerned\".",
            0,
            Some("Maas"),
            true,
        ),
        (
            "The FBI made a \"mistake\" in the check, Comey said.",
            0,
            Some("Comey"),
            true,
        ),
        (
            "Critics accused Trump of being a \"Kremlin agent\".",
            0,
            Some("Critics"),
            true,
        ),
        ("\"We will win.\"", 0, None, false),
        (
            "A spokesman, John Kirby, said: \"No.\"",
            0,
            Some("John Kirby"),
            false,
        ),
        ("\"Why?\" Trump asked.", 0, Some("Trump"), false),
        // A name before and a pronoun after: the name is the speaker as written.
        ("Sen. Ana Okoro scolded him: \"The port board is against you,\" she said.", 0, Some("Sen. Ana Okoro"), false),
        (
            "\"No,\" the White House said.",
            0,
            Some("the White House"),
            false,
        ),
        (
            "\"No,\" Trump's spokesman told reporters.",
            0,
            Some("Trump's spokesman"),
            false,
        ),
        // Organisations, plurals, listeners, relative clauses.
        ("\"We reject it,\" the Kremlin said in a statement.", 0, Some("the Kremlin"), false),
        ("\"We reject it,\" officials said.", 0, Some("officials"), false),
        ("\"We will win,\" said Mike Pompeo, who met Lavrov in Sochi.", 0, Some("Mike Pompeo"), false),
        ("\"We will win,\" Pompeo told CNN in an interview.", 0, Some("Pompeo"), false),
        // Colon and dash attributions: headlines, pull quotes, transcripts, bylines.
        ("Trump: Cruz Has ‘To Come a Long Way’ On Ethanol", 0, Some("Trump"), true),
        ("More from Jones: \"The map favours us this year.\"", 0, Some("Jones"), false),
        ("Okoro On Harbour Council’s Budget Plan: ‘We Will Not Sign It.’", 0, Some("Okoro"), false),
        ("Okoro: Harbour Plan Is Dead, Council Was ‘Misled By The Port Board’", 0, Some("Okoro"), true),
        ("Ana Okoro: Mayor Asking Council To Check Port Figures ‘Reeks of Fear.’", 0, Some("Ana Okoro"), true),
        ("\"He is not fit to lead.\" ― Sonya Herridge \"Nor is he kind.\" ― Ana Ruiz", 0, Some("Sonya Herridge"), false),
        // Regressions from PolNeAR dev.
        ("\"No,\" Rep. John Mica (R-Fla.) said.", 0, Some("Rep. John Mica"), false),
        ("\"It is fragile,\" Ana Ruiz, from Harbour Capital told Reuters.", 0, Some("Ana Ruiz"), false),
        ("Gov. Pat McCrory (R) said it would be \"improper\" to speak.", 0, Some("Gov. Pat McCrory"), true),
        ("\"We are done.\" Trump said.", 0, Some("Trump"), false),
        ("\"It is small,\" wrote Cameron Easley for Morning Consult.", 0, Some("Cameron Easley"), false),
        ("\"It is a waste,\" said Del. Stacey Plaskett of the Virgin Islands.", 0, Some("Del. Stacey Plaskett"), false),
        ("\"It was bad,\" Mr. Morgan of the Sierra Club said.", 0, Some("Mr. Morgan"), false),
        ("\"It grew,\" Jeff Weaver, Sanders’ campaign manager, said.", 0, Some("Jeff Weaver"), false),
        ("Sigrid Aasen of Nordic Climate Action said the plan was \"a good step\".", 0, Some("Sigrid Aasen"), true),
        ("A spokesman for the ministry said the remarks \"reflect our position\".", 0, Some("A spokesman for the ministry"), true),
        ("The minister said Russia had warned against \"steps that cannot be undone\".", 0, Some("The minister"), true),
        ("Lynch said she recalled thinking, \"This is what people talk about.\"", 0, Some("Lynch"), false),
        // "when asked" is a reduced passive: the relative clause's "told" is the cue.
        ("The levy falls to Mayor Ana Ruiz, who told the council when asked about it: \"It is fine.\"", 0, Some("Mayor Ana Ruiz"), false),
        ("PolitiFact rated 32% of Republican claims as \"false\" in May.", 0, Some("PolitiFact"), true),
        // Not "the streets": the subject before the participle phrase.
        ("Protesters marching through the streets chanted \"What curfew?\"", 0, Some("Protesters"), false),
        ("The answers to veteran suicides are \"not meeting the demand,\" says Paul Rieckhoff.", 0, Some("Paul Rieckhoff"), true),
        // Contractions, introductory phrases, coordinated verbs, sentence subjects.
        ("He’s claiming that the tax is \"a big, big problem\" for families.", 0, Some("He"), true),
        ("In a speech on Monday, Ortega attacked \"the hateful policy of the board.\"", 0, Some("Ortega"), true),
        ("Meanwhile, Ortega blasted the mayor as a \"disgrace\" on the radio.", 0, Some("Ortega"), true),
        ("Ortega also embraced the new tariffs -- \"I think they are the only way to protect the mill.\"", 0, Some("Ortega"), false),
        ("As Ana Ortega, an expert on ports at the Institute for Maritime Policy in Lisbon, noted, \"Everyone is waiting.\"", 0, Some("Ana Ortega"), false),
        ("As Ana Ortega, a tax lawyer and senior fellow at the Port Policy Center, recently put it, \"Did the board lower its taxes?\"", 0, Some("Ana Ortega"), false),
        ("During the debate, Ana Ortega cracked, \"I'm a builder who likes to get things done.\"", 0, Some("Ana Ortega"), false),
        ("Republican presidential hopeful Sen. Ana Ortega was also critical of the plan, telling the paper: \"It is typical of this council.\"", 0, Some("Republican presidential hopeful Sen. Ana Ortega"), false),
        // A capitalised word before a role and a name, or before a plural noun, is no name.
        ("Tory leader Ana Ortega accused the mayor of \"squabbling like schoolboys\" on Monday.", 0, Some("Tory leader Ana Ortega"), true),
        ("Church ministers condemned the \"vile and filthy lyrics\" of the song.", 0, Some("Church ministers"), true),
        ("The Harbour leadership underscored the \"importance of the new quay\" for trade.", 0, Some("The Harbour leadership"), true),
        // A past tense with its object is the verb even after a long description.
        ("A senior port official, speaking on condition of anonymity, described the mood as \"grim but not hopeless\".", 0, Some("A senior port official"), true),
        ("Harbour Patrol agents described the ground under the quay as \"Swiss cheese.\"", 0, Some("Harbour Patrol agents"), true),
        ("Wilson believes Raw T are to \"F4 what Joy Division were to Factory\" now.", 0, Some("Wilson"), true),
        // A new sentence after a quoted one that reports something else is not its cue.
        ("\"Jobs are leaving,\" Ortega said. \"That is my field.\" He said, twice, that he would go back to work.", 1, None, false),
        ("\"Jobs are leaving.\" Ortega said it twice.", 0, Some("Ortega"), false),
        // A long opening phrase; a demonstrative and its verb are no subject.
        ("Declaring that he alone has the strength to secure the city and rebuild the economy, the developer offered himself as a \"law and order\" candidate.", 0, Some("the developer"), true),
        ("This makes sense because \"it is a mostly Muslim country and most victims are Muslim.\"", 0, None, true),
        ("Ortega met the board and said the plan was \"a very big mistake\" for the town.", 0, Some("Ortega"), true),
        ("The city councillor also vowed to punish \"those who break the rules.\"", 0, Some("The city councillor"), true),
        ("Ortega at the time said he’d asked his staff to \"look into it\" soon.", 0, Some("Ortega"), true),
        ("\"We stand with the teachers,\" the letter reads.", 0, Some("the letter"), false),
        ("Ortega has railed against what he calls the \"downtown cartel\" for years.", 0, Some("Ortega"), true),
        ("Ortega attacked the levy, which he described as \"a tax on the poor\" at the meeting.", 0, Some("he"), true),
        ("The council dropped the levy, which it called \"a stopgap\" at the meeting.", 0, Some("The council"), true),
        ("Mary Ortega condemned what he called a \"brazen breach\" of the rules.", 0, Some("he"), true),
        ("\"It costs a lot,\" said Will Ortega, a planner. \"And it keeps rising.\"", 0, Some("Will Ortega"), false),
        ("\"It costs a lot,\" said Ana Ortega, a planner, \"and it keeps rising.\"", 1, Some("Ana Ortega"), false),
        ("Theresa May said the deal was \"a good one\" for Britain.", 0, Some("Theresa May"), true),
        ("Then he cut into the mayor, calling him a \"stiff\" on the radio.", 0, Some("he"), true),
        ("The race \"is a dead heat right now,\" as Ortega said on the radio.", 0, Some("Ortega"), true),
        ("As one employee told the paper, \"She wants to put fear in us.\"", 0, Some("one employee"), false),
        ("Ana Ortega last week said the plan was \"not a real plan\" at all.", 0, Some("Ana Ortega"), true),
        ("The county board less than two weeks ago said the levy was \"a stopgap\" for now.", 0, Some("The county board"), true),
        ("The mayor two days later called the levy \"a stopgap.\"", 0, Some("The mayor"), true),
        // A possessive opens a subject only when a verb, a preposition or a comma follows.
        ("Her chief aide doubled down on it, saying she is experienced \"on paper\" at best.", 0, Some("Her chief aide"), true),
        ("His critics in the port, many of them pilots, argue that Ortega is a \"political mayor\" at heart.", 0, Some("His critics"), true),
        ("Its very existence \"signified an escape from harbour politics\" for many.", 0, None, true),
        ("The row began when Ortega in her budget speech called the levy \"a stopgap\" and left.", 0, Some("Ortega"), true),
        ("Ana Ortega, who wore a cape with lights that spelled out the name of her town, said the fair could be a \"failure\" this year.", 0, Some("Ana Ortega"), true),
        ("Luis Ruiz, 45, of Flint, Mich., said he had not given up on a late \"surprise\" at the fair.", 0, Some("Luis Ruiz"), true),
        ("Ruiz, 54, a former teacher, has called the plan \"reckless.\"", 0, Some("Ruiz"), true),
        ("Ruiz's critics, including Reyes, say she is \"out of touch.\"", 0, Some("Ruiz's critics"), true),
        ("Ruiz's aides privately describe the governor as \"a disaster.\"", 0, Some("Ruiz's aides"), true),
        ("Opponents of the levy say it would \"gut the schools\" in the county.", 0, Some("Opponents of the levy"), true),
        ("The launch was, in the words of one planner, \"a total mess.\"", 0, Some("one planner"), true),
        ("Ida Lund of the harbour group Port Watch said the plan was \"a clear signal\" to shippers.", 0, Some("Ida Lund"), true),
        ("The row ended after a county judge ruled that the levy was \"a lawful tax\" after all.", 0, Some("a county judge"), true),
        ("A woman holding a sign said she was \"fed up\" with the port.", 0, Some("A woman holding a sign"), true),
        ("A source close to the mayor said she was \"furious\" about the vote.", 0, Some("A source close to the mayor"), true),
        ("\"She is furious,\" a source close to the mayor said.", 0, Some("a source close to the mayor"), false),
        ("Ohio county clerk Ana Ortega, who ran the count in a school gym until late at night, said the result was \"final\" now.", 0, Some("Ohio county clerk Ana Ortega"), true),
        ("Ana Ortega, 31, a photographer from the north side who lost her job last year, said the march was a \"perfect opportunity\" for change.", 0, Some("Ana Ortega"), true),
        ("\"It is a land grab,\" Ana Ortega, the chief planner of the county, one of the states suing the agency, said.", 0, Some("Ana Ortega"), false),
        ("The Republican nominee also outlined a plan and vowed to punish \"those who leak.\"", 0, Some("The Republican nominee"), true),
        ("The New York Times reported on Monday that the plan was \"a dead letter\" now.", 0, Some("The New York Times"), true),
        ("\"Ortega walked onto the stage, chanting \u{201c}We want more!\u{201d}", 0, Some("Ortega"), false),
        ("Ana Ortega, her Republican opponent, met the press and said crime was a \"very big factor\" there.", 0, Some("Ana Ortega"), true),
        ("Ortega was asked, \"Would you do it again?\"", 0, None, false),
        ("Ortega was said to be \"furious\" with the board.", 0, None, true),
        // The agent of a passive speech verb.
        ("The vote was described by one analyst as \"brutal.\"", 0, Some("one analyst"), true),
        ("The plan was called \"a fraud\" by Ana Ortega, the council leader.", 0, Some("Ana Ortega"), true),
        ("\"We will win,\" Ortega was quoted as saying.", 0, Some("Ortega"), false),
        ("At a town hall in Salem, New Hampshire, Ortega went after the mayor, calling him a \"stiff\" again.", 0, Some("Ortega"), true),
        ("Led by the mayor, the crowd denounced the plan as \"a total disgrace\" on Monday.", 0, Some("the crowd"), true),
        ("The mayor dismissed the report as \"nonsense.\"", 0, Some("The mayor"), true),
        ("Mayor Ortega is rolling out a new slogan: \"It is about all of us.\"", 0, Some("Mayor Ortega"), false),
        ("\"It is a land grab, in our view,\" Ana Ortega, the chief planner of the county, one of the six counties that sued the state, said.", 0, Some("Ana Ortega"), false),
        ("\"This is our year!\" Ortega's niece, Marta \"Tita\" Ortega, shouted to the crowd.", 0, Some("Ortega's niece"), false),
        // Stance and manner verbs, base forms after a plural or a pronoun.
        ("\"The plan has failed the town,\" they conclude in the report.", 0, Some("they"), false),
        ("\"The port is full,\" the harbour pilots state in their letter.", 0, Some("the harbour pilots"), false),
        // An infinitive's subject is its clause's.
        ("Ortega took to Twitter to call the ruling \"a disgrace.\"", 0, Some("Ortega"), true),
        ("Ortega refused to say the words \"budget cuts\" at the meeting.", 0, Some("Ortega"), true),
        ("\"It was a fine night,\" Ortega beamed.", 0, Some("Ortega"), false),
        // A surname that is also a common word; a possessor's noun after an inverted verb.
        ("\"It was a fine night,\" From said.", 0, Some("From"), false),
        ("\"The port has grown,\" wrote Harbour magazine.", 0, Some("Harbour magazine"), false),
        ("Another tweeted, \"The port has grown too fast for the town.\"", 0, Some("Another"), false),
        ("Many argued the plan was \"a total failure\" from the start.", 0, Some("Many"), true),
        ("\"The port has grown,\" read the statement, which was signed by the board.", 0, Some("the statement"), false),
        ("\"It was a fine night,\" says the band’s drummer.", 0, Some("the band’s drummer"), false),
        ("\"This is a great night!\" beamed Tom Reyes of Leeds.", 0, Some("Tom Reyes"), false),
        // A long subject after a quoted sentence, cut to its head.
        ("\"We cannot wait any longer,\" energy experts Ann Lee and Bo Chen of the Lisbon Institute wrote in May.", 0, Some("Ann Lee"), false),
        ("\"Welcome to the island of dreams!\" a banner on the harbour wall reads.", 0, Some("a banner"), false),
        // ...but not the object of a later clause: no subject right after the quote.
        ("Ortega claimed \"Ruiz lies\" about the budget of the city, the mayor noted.", 0, Some("Ortega"), false),
        // Sentence subjects: past a quoted title in an appositive, a possessor's noun, a name
        // before an adverb and a participle.
        ("Ana Ruiz, host of \"Night Shift,\" thanked the crew for \"sticking with me all these years\".", 1, Some("Ana Ruiz"), true),
        ("Ruiz's statement makes it plain: \"We will not sign this deal.\"", 0, Some("Ruiz's statement"), false),
        ("Ruiz's latest budget for \"a leaner and fairer city\" passed.", 0, None, true),
        ("Ruiz left the stage, with Ortega loudly shouting: \"Get out of here now!\"", 0, Some("Ortega"), false),
        // A demonstrative inside a description; a party tag before a long appositive.
        ("\"It is coming,\" said a strategist for one of these campaigns, speaking on condition of anonymity.", 0, Some("a strategist for one of these campaigns"), false),
        ("Rep. Ann Ruiz (D-Calif.), who has pushed for the bill since the spring of last year, said in a statement that the votes were \"a good first step\".", 0, Some("Rep. Ann Ruiz"), true),
        ("\"I am a voter,\" declares Ana Ruiz, 27, a nurse from Leeds.", 0, Some("Ana Ruiz"), false),
        ("Rep. Ann Ruiz (R-S.C.): \"Who told you that figure?\"", 0, Some("Rep. Ann Ruiz"), false),
        // Inverted cues past a preposition or an office; a verb-like surname before a cue.
        ("\"The harbour is full,\" said former port director Ana Ruiz during the hearing.", 0, Some("Ana Ruiz"), false),
        ("\"The harbour is full,\" said former secretary of state Ana Ruiz, who chaired the board.", 0, Some("Ana Ruiz"), false),
        ("\"The harbour is full,\" Read said.", 0, Some("Read"), false),
        ("\"The harbour is full,\" this source told the Gazette.", 0, Some("this source"), false),
        // Openers before the subject: two connectives, a participle phrase.
        ("And then Ortega went on the attack, saying, \"The harbour is full.\"", 0, Some("Ortega"), false),
        ("Remarking upon the mayor's \"quiet charm,\" Ortega said the vote was close.", 0, Some("Ortega"), true),
        ("Ruiz's chief adviser rallied the crowd, saying: \"We are not done.\"", 0, Some("Ruiz's chief adviser"), false),
        // A full sentence quoted after a colon is the colon sentence's, not the next one's.
        ("Ortega lobbies for a new harbour: \"No town should live without a port.\" He says the vote is close.", 0, Some("Ortega"), false),
        // A name after an appositive too long to read; a place's state is no speaker.
        ("\"The harbour is full,\" Mayor Ana Ruiz's chief of staff, Joe Kasper, told the Gazette.", 0, Some("Joe Kasper"), false),
        ("Ruiz, at a meeting in Leeds, Yorkshire, said the port was \"full to bursting\" now.", 0, Some("Ruiz"), true),
        ("\"Our ideas are different,\" agrees Ana Ruiz, 30, of Leeds.", 0, Some("Ana Ruiz"), false),
        ("Ruiz wrote in a statement to Harbour Weekly explaining her vote, \"but most of us agree.\"", 0, Some("Ruiz"), false),
        // "As X put it", and stance verbs that invert.
        ("As the harbour master put it, \"The port is full.\"", 0, Some("the harbour master"), false),
        ("As Ortega put it on Tuesday, \"The port is full.\"", 0, Some("Ortega"), false),
        ("The port needs \"a lawful source of income,\" as a council memo put it.", 0, Some("a council memo"), true),
        ("The prime minister's official spokesman said: \"The port stays open.\"", 0, Some("The prime minister's official spokesman"), false),
        ("The prime minister said he had read the claims and dismissed them as a \"load of nonsense\".", 0, Some("The prime minister"), true),
        // The reporter of a clause past the verb's adverbial ("said during a rally that").
        ("Ortega said during a rally in Leeds that Ruiz once described the deal as \"the gold standard\" of deals.", 0, Some("Ortega"), true),
        ("Two of the mayor's aides said she was \"deeply frustrated.\"", 0, Some("Two of the mayor's aides"), true),
        ("Ortega called the plan \"reckless,\" \"unfunded\" and \"a gift to developers.\"", 1, Some("Ortega"), true),
        ("The mayor's aides, who spoke on the condition of anonymity because they were not authorized to discuss the plan, said she was \"deeply frustrated.\"", 0, Some("The mayor's aides"), true),
        ("\"Is the port full?\" reacted Ana Ruiz.", 0, Some("Ana Ruiz"), false),
        ("\"The port is full,\" Ana Ruiz, the harbour master who ran the port for years said.", 0, Some("Ana Ruiz"), false),
        // A title inside a name run after "of the"; "familiar with"; an aside in dashes.
        ("After the vote, Speaker of the Assembly Rep. Ana Ruiz (D) said the port was \"full to bursting\" now.", 0, Some("Rep. Ana Ruiz"), true),
        ("A source familiar with the mayor's thinking said, \"The port is full.\" Later, the person added, \"It will not grow.\"", 0, Some("A source familiar with the mayor's thinking"), false),
        ("Ruiz — named by the Gazette as the leading choice for the board — told Tom Reyes of Harbour Radio that the port was \"full to bursting\" now.", 0, Some("Ruiz"), true),
        // A noun-like verb is a verb when a quote, "that" or a colon follows it.
        ("The new ad claims \"Ruiz is the candidate you can trust.\"", 0, Some("The new ad"), false),
        // A partial quote running on into its cue belongs to the cue's speaker.
        ("Nothing the mayor said \"will calm the harbour,\" the port director said.", 0, Some("the port director"), true),
        ("This is \"about the same lead she has held all month,\" reported Nordic Wire.", 0, Some("Nordic Wire"), true),
        // A relative "who" subject: the antecedent here (mod.rs writes the mention "who").
        ("The board heard from Ruiz, who has long called the plan \"a costly mistake for the town\".", 0, Some("Ruiz"), true),
        ("The board heard from Ruiz, who in the past described the plan as \"a costly mistake\".", 0, Some("Ruiz"), true),
        // Subjects past an opener, a relative clause with its own cue, a dashed aside, a
        // stray comma after a party tag; a coordinated verb's subject inside the sentence.
        ("Still, Ruiz, who thinks the board made a power grab with its harbour policies, called the new law \"much, much better\" than the old one.", 0, Some("Ruiz"), true),
        ("Ruiz, who says the port should hire more pilots, tweeted that the plan \"will not save the harbour.\"", 0, Some("Ruiz"), true),
        ("A former harbour master -- Ana Ruiz, who lost the 2008 race -- said the board \"offered no changes at all.\"", 0, Some("Ana Ruiz"), true),
        ("Rep. Ann Ruiz (D-Calif.), said that she had not read the plan, but called it a \"starting point for our work.\"", 0, Some("Rep. Ann Ruiz"), true),
        ("There were pointed barbs, such as when Ruiz knocked Ortega on trade and called him a \"moderate,\" a subtle dig.", 0, Some("Ruiz"), true),
        // Nouns that look like cues: campaign "points", a thing "called" something.
        ("Ortega, the harbour master, repeated that Ruiz recites the same talking points, calling her a \"tired voice\" again.", 0, Some("Ortega"), true),
        ("Ortega shared a syllabus for a 2002 shipping class called \"Harbours\" on his page.", 0, None, false),
        // The possessor of a speech noun; a participle's clause subject inside the sentence.
        ("The union will not back Ruiz after her March comment that, \"We will close the port.\"", 0, Some("her"), false),
        ("It is the pull of Ortega's \"keep your harbour\" promise.", 0, Some("Ortega's"), true),
        ("The fair was held in Leeds because, in Ortega’s words, \"it is the best town on the coast.\"", 0, Some("Ortega’s"), true),
        ("Though in a news conference last week he used stronger words, saying the board \"must be dissolved.\"", 0, Some("he"), true),
        // "after" before a subject and its verb is a conjunction; a conjunction ends no
        // subject; "Continuing to ..." opens a participle phrase.
        ("The deal comes three days after Ruiz told the Gazette she was \"not quite there yet\" on it.", 0, Some("Ruiz"), true),
        ("Ruiz has made the harbour a centerpiece of her campaign and has boasted of her will to spend \"whatever it takes\" on it.", 0, Some("Ruiz"), true),
        // Colons: a listener is no speaker, "Here's X", "From X's post", the clause's subject.
        ("Harbour Master Ana Ruiz, the board's chair, delivered a blunt message to Ortega: \"It is time to stop attacking the port.\"", 0, Some("Harbour Master Ana Ruiz"), false),
        ("Here's Ortega in December 1992: \"Our new direction must rest on the harbour.\"", 0, Some("Ortega"), false),
        ("From Ruiz's Facebook post: \"For the sake of the town, we must move on.\"", 0, Some("Ruiz's"), false),
        ("When the board threatened to sue, Ruiz fired back forcefully: \"If they sue us in Leeds, they will lose.\"", 0, Some("Ruiz"), false),
        ("The meeting was so odd that a spokesman for Ana Ruiz could only quip: \"I guess the harbour was booked.\"", 0, Some("a spokesman for Ana Ruiz"), false),
        // "issued a statement,", stance verbs "welcomed", "chiding".
        ("Right after the storm, Ruiz issued a statement, \"Last night, our town was hit.\"", 0, Some("Ruiz"), false),
        ("Ortega, a harbour advocate, welcomed \"the recognition that we need more pilots.\"", 0, Some("Ortega"), true),
        ("Ruiz clashed with Ortega at the hearing, chiding him, \"What difference does it make?\"", 0, Some("Ruiz"), false),
        // A speech noun as a reported clause's subject; a time phrase opening the sentence.
        ("Ana Ruiz told the Gazette on Tuesday that Ortega's comments \"show bias to me.\"", 0, Some("Ana Ruiz"), true),
        ("A few days later, Ruiz reversed herself again, telling the Gazette that the harbour rules \"are set.\"", 0, Some("Ruiz"), true),
        ("Ortega cites the union's support for the port, \"the placards carried by the marchers\" and the strike.", 0, Some("Ortega"), false),
        // A stop inside brackets; "who" after a possessive object; an opening phrase.
        ("Others were as fierce. Sen. Ana Ruiz (Tex.) has said that she would \"close the harbour for good.\"", 0, Some("Sen. Ana Ruiz"), true),
        ("Ortega was not heard by his show's listeners, who wondered if \"he would be the token voice in the debate.\"", 0, Some("his show's listeners"), true),
        ("In declaring the mayor's plans \"not Christian,\" the old bishop again showed his knack for it.", 0, Some("the old bishop"), true),
        // "with the crowd calling", "what former employees have called", "shot back", a
        // stop glued to the next sentence, "Minutes later,".
        ("The first debate was a mess, with the crowd calling it \"a circus\" all night.", 0, Some("the crowd"), true),
        ("The long battle over whether the port is what former pilots have called a \"fraudulent scheme\" took a turn.", 0, Some("former pilots"), true),
        ("Ruiz shot back, \"I suppose I could have stayed home.\"", 0, Some("Ruiz"), false),
        ("Ruiz said.Ortega claimed the port was \"full to bursting\" all week.", 0, Some("Ortega"), true),
        ("Minutes later, Ruiz sent an email saying \"we are done.\"", 0, Some("Ruiz"), true),
        // A relative clause with a speech verb inside the subject's appositive; base forms
        // after a subject pronoun; "wanted to know,".
        ("Ruiz, who was speaking to the harbour board, did not name Ortega, but told the pilots that the port should be run by those \"who put the town first.\"", 0, Some("Ruiz"), true),
        ("They note that under the rules, even a ferry timetable can be deemed \"top secret\" now.", 0, Some("They"), true),
        ("But she wanted to know, \"How surprised are you by the vote?\"", 0, Some("she"), false),
        // "9/11" is one word before a name; a speech noun's "that" clause holds the quote.
        ("\"The rules do not hold,\" said 9/11 widow Ana Ruiz.", 0, Some("Ana Ruiz"), false),
        ("The paper checked Ortega's claim that there have been \"thousands of delays\" at the port.", 0, Some("Ortega's"), true),
        // "her tweet was "..."" is a reported clause's predicate, not a speech noun's quote.
        ("Ruiz told the Gazette on Wednesday that her tweet was \"a joke.\"", 0, Some("Ruiz"), true),
        // The reporter of a clause past its listener: "assures her audience she will".
        ("In her address, Ruiz assures her audience she will tell the \"cowards\" to leave.", 0, Some("Ruiz"), true),
        // A title-case headline keeps its capitalized speech verbs.
        ("Harbour Is \u{2018}The Heart of Our Town,\u{2019} Ana Ruiz Tells Port Convention.", 0, Some("Ana Ruiz"), true),
        // "who" with a year in its time phrase.
        ("The harbour master, who in 2010 said the board's main goal was to make Ortega a \"one-term mayor,\" kept quiet.", 0, Some("The harbour master"), true),
        // "who" after a preposition's object, or set off by a dash.
        ("Ruiz got a lecture from the harbour master, who said that the port has been good for \"the town as well as the region\" and more.", 0, Some("the harbour master"), true),
        ("Mayor Ana Ruiz - who previously said she would \"close the harbour\" - said on Monday that she would not.", 0, Some("Mayor Ana Ruiz"), true),
        ("Continuing to push back on the notion that the affair should be water under the bridge, Ruiz dismissed it, saying that if she \"found something rotten, I would fix it.\"", 0, Some("Ruiz"), true),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(body, q, want, partial)| {
            let got = check(body, q);
            let want = (want.map(str::to_string), partial);
            (got != want).then(|| format!("{body}\n  got {got:?}\n want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A full quote after a statement sentence with no quote of its own: in the same
/// paragraph, or as a paragraph of its own after one; never after a plain sentence.
#[test]
fn statement_before_quote() {
    let mention = |body: &str| -> Vec<Option<String>> {
        super::super::find_quotes(body, None)
            .into_iter()
            .map(|q| q.speaker_mention)
            .collect()
    };
    let cases: &[(&str, Option<&str>)] = &[
        ("The board met.\n\n\"We are worried about the future of our kids and our town.\"\n\n- Ana Ortega.\n\nShe is wrong.", Some("Ana Ortega")),
        ("The board met.\n\n\"We are worried about the future of our kids and our town.\"\n\n-Ana Ortega, Leeds.", Some("Ana Ortega")),
        ("The board met.\n\n\"We are worried about the future of our kids and our town.\"\n\n– An immigrant herself –.", None),
        ("Asked about the race, Ana Ortega said she and the mayor had made progress despite the board. \"I really believe the council has done an incredible job against great odds.\"", Some("Ana Ortega")),
        ("The port has grown fast.\n\nOrtega told the harbour forum, a yearly meeting of shippers in Leeds.\n\n\"The port will remain the busiest in the region for decades to come.\"\n\nTrade rose again in May.", Some("Ortega")),
        ("Ortega toured the harbour with the board on Monday. \"The port will remain the busiest in the region for decades to come.\"", None),
        // A quoted sentence opening the paragraph is the report's continuation even with
        // narration after it (British copy runs paragraphs on)...
        ("Ortega told the harbour forum about the plans.\n\n\"The port will remain the busiest in the region for decades.\" Trade rose again in May.", Some("Ortega")),
        // ...but not a quote in mid-paragraph.
        ("Ortega told the harbour forum about the plans.\n\nTrade rose again. \"The port will remain the busiest in the region for decades.\"", None),
        // A colon closing the paragraph: its clause's subject, not a name-like adjective.
        ("Ortega met the board.\n\nHe then listed the qualities of a good Republican harbour master in 2016:\n\n\"Has the candidate a record of leadership in the port?\"", Some("He")),
    ];
    for &(body, want) in cases {
        assert_eq!(mention(body), vec![want.map(str::to_string)], "{body}");
    }
}
