"""Who speaks: the source a sentence names, the speaker a pronoun or description takes up,
quotations over several sentences, and whether a sentence opens with its speaker."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.analysis.statements.factkinds import statement
from briefwright.analysis.statements.named import named_first, named_last
from briefwright.analysis.statements.quotations import continuations
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Fact


def _source(sentence: str) -> str | None:
    found = statement(sentence)
    return sentence[found.source[0] : found.source[1]] if found.source else None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # Words around the source that are not its name are left out ...
        (
            "Separately, Egypt's foreign ministry said it had summoned the ambassador.",
            "Egypt's foreign ministry",
        ),
        ("The ACLU also said the photos were inflammatory.", "The ACLU"),
        ("The Russian leader condemned the killing, the Kremlin has said.", "the Kremlin"),
        (
            "A bomb exploded in Kano, killing 12 people, and police said two men were held.",
            "police",
        ),
        ("And on Tuesday, he said he was not surprised.", "he"),
        (
            "Iraqi federal police on Monday said four districts were retaken.",
            "Iraqi federal police",
        ),
        # ... and the words of the name stay.
        (
            "Ferguson Police Chief Tom Jackson said he would resign.",
            "Ferguson Police Chief Tom Jackson",
        ),
        # Asides between the subject and its verb are stepped over.
        (
            "Prices rose, and the IMF, whose programme requires the tax, said it was watching.",
            "the IMF",
        ),
        (
            "Following the interview, chief negotiator Saeb Erekat, who is also a member of the "
            "PLO, said the stance was not new.",
            "chief negotiator Saeb Erekat",
        ),
        (
            "On Saturday, the observatory -- citing an Assyrian commander -- said 29 hostages "
            "would be freed.",
            "the observatory",
        ),
        (
            "The same agency, citing the Finance Ministry, said investigators were looking "
            "for a car.",
            "The same agency",
        ),
        (
            "A senior official, who spoke on condition of anonymity, said talks had stalled.",
            "A senior official",
        ),
        # A determiner after a clause names the source itself, not an aside.
        (
            "Air India has ordered 470 aircraft, the largest order in aviation history, the "
            "airline said.",
            "the airline",
        ),
        # "told" is followed by whom the speaker tells, never by the source.
        ('"I think it is important," the mayor, who is white, told CNN.', "the mayor"),
        # An inverted source: an abbreviation's full stop ends no name; a time is no source.
        (
            '"Devices need to be regulated," asked Dr. Steven Nissen, the chief of cardiology.',
            "Dr. Steven Nissen",
        ),
        ('"The French people have had enough," said Marine Le Pen.', "Marine Le Pen"),
        ("Blake Ashby, a resident, said Friday that he had tried.", "Blake Ashby, a resident"),
        # A reporting clause at the sentence's end is its main clause.
        (
            "In total, authorities spoke to 70 people, and just two believed her, Capt. Gary "
            "Pleasants told CNN.",
            "Capt. Gary Pleasants",
        ),
        ("If he is re-elected, Netanyahu said, he will keep building, he said.", "Netanyahu"),
        (
            "The claim came in an audio message in which the group said it carried out the "
            "attack, Al Akhbar said.",
            "Al Akhbar",
        ),
        ('"It is a unique opportunity," Stripes quoted Childs as saying.', "Childs"),
        # A name with its appositives when nothing but an adverbial stands before it ...
        (
            "On Friday, Meir Dagan, the former head of Israel's intelligence agency, Mossad, "
            "told a newspaper the prime minister had done damage.",
            "Meir Dagan, the former head of Israel's intelligence agency, Mossad",
        ),
        (
            "Speaking at a press conference, retired Maj. Gen. Amnon Reshef, one of the "
            "founders of the group, said the speech was a mistake.",
            "retired Maj. Gen. Amnon Reshef",
        ),
        # ... but after a clause, the last part alone.
        (
            "The convoy will travel to Vilseck, Germany, a U.S. Army Europe spokesman told "
            "Stars and Stripes.",
            "a U.S. Army Europe spokesman",
        ),
        (
            "Previously, a church official had told CNN that three men were involved.",
            "a church official",
        ),
        (
            "A fourth officer, Alex Alvarez, resigned but authorities said he would be fired.",
            "authorities",
        ),
        # A role in lower case before an inverted source's name.
        ('"It blew up near the market," said witness Abdulkarim Musa.', "witness Abdulkarim Musa"),
        ('"It was a mistake," said the stance of the government.', None),
        # A possessive in the role before an inverted source's name.
        (
            '"We had a lot of sandstorms," said the team\'s meteorologist Luc Hanssens in an '
            "interview.",
            "the team's meteorologist Luc Hanssens",
        ),
        # A name before a long appositive in lower case.
        (
            "Nadia Karim, executive director of the Arab Workers Association of Ohio and the "
            "mother of three pupils, said the plan was a win.",
            "Nadia Karim",
        ),
        # A quotation in the appositive, blanked out, before the verb.
        (
            '"The mood has changed," Mark Hale, editor of the "Monitor Report," told reporters.',
            "Mark Hale, editor of the",
        ),
        # A dated clause before the source is no appositive; nor is a time after something.
        ("The teen turns 18 in May, police said.", "police"),
        ('Hours after the crash, Nora Quist said, the pilot seemed "calm."', "Nora Quist"),
        ("Two days after the vote, the Labour Party said it would appeal.", "the Labour Party"),
        # A part of a group speaks after a clause; a time between subject and verb is no name.
        ("The teen is also accused of sending messages to contacts, one of the officials said.",
         "one of the officials"),
        ("Venezuela has in recent weeks accused the United States of plotting a coup.",
         "Venezuela"),
        # A long body's name after an inverted verb, up to ten words.
        (
            "Barnard, 53, was arrested Friday at a home in a gated community, said the Public "
            "Security Secretariat of Rio Grande do Norte state.",
            "the Public Security Secretariat",
        ),
        # Where a named source is, is no part of it; people described by where they are stay so.
        (
            "Codd was five months pregnant, according to CNN affiliate WHNS in Greenville.",
            "CNN affiliate WHNS",
        ),
        ("Five people died, according to officials in Kabul.", "officials in Kabul"),
    ],
)
def test_source_named(sentence: str, source: str | None) -> None:
    assert _source(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "kind", "source"),
    [
        # "reported" at a clause's end reports; with an object or from a place it does not.
        (
            "Iraqi forces approached Tikrit from two fronts, Iraqiya TV reported, engaging ISIS.",
            "claim",
            "Iraqiya TV",
        ),
        ("Jason Hanna reported from Atlanta.", "fact", None),
        ("The company reported quarterly revenue of $13.3 billion.", "fact", None),
        # "called" a thing something says it; "called for" acts.
        ('Authorities called the shooting a "criminal and terrorist act."', "quote", "Authorities"),
        ("Lula called for a group of countries to mediate peace.", "fact", None),
        # A quotation opened and left open: its speaker is named before the mark.
        (
            'In its statement, Olympus wrote: "The emergence of resistant microbes is a challenge.',
            "quote",
            "Olympus",
        ),
    ],
)
def test_report_verbs(sentence: str, kind: str, source: str | None) -> None:
    assert (statement(sentence).kind, _source(sentence)) == (kind, source)


def _facts(text: str) -> tuple[Fact, ...]:
    return analyze(article_from_text(text)).facts


def test_a_pronoun_takes_up_the_last_speaker_not_a_name_in_its_own_sentence() -> None:
    facts = _facts(
        "Benjamin Netanyahu said on Monday that there would be no Palestinian state. "
        '"The pressure was enormous," he said. '
        'Opposition leaders Isaac Herzog and Tzipi Livni, he alleged, are "ready to surrender."'
    )
    assert [f.speaker for f in facts] == ["Benjamin Netanyahu"] * 3


def test_a_pronoun_stands_for_neither_a_name_in_its_quotation_nor_the_one_who_asked() -> None:
    facts = _facts(
        'Bassem Youssef told reporters his show was over. "Satire did not end with me," he '
        "said. Would he take the chair, Nora Quist asked, of his mentor, Tom Reed? "
        '"The day I am chosen to replace Tom Reed will be glorious," he said.'
    )
    assert facts[-1].speaker == "Bassem Youssef"


def test_a_pronoun_after_another_person_is_named_takes_up_that_person() -> None:
    facts = _facts(
        "Benjamin Netanyahu said on Monday that there would be no Palestinian state. "
        "Chief negotiator Saeb Erekat arrived in Ramallah later that day. "
        '"Netanyahu has done everything possible to bury the two-state solution," he said.'
    )
    assert facts[-1].speaker == "Saeb Erekat"


def test_a_pronoun_takes_up_the_subject_before_a_possessive_named_after_it() -> None:
    facts = _facts(
        "Maria Lopez condemned Daniel Ortega's arrest on Monday, the ministry said. "
        "She also wrote to Ortega's family, saying she shared their grief, officials said. "
        '"We will find those responsible," she said.'
    )
    assert facts[-1].speaker == "Maria Lopez"


def test_a_pronoun_takes_up_the_nearest_person_who_is_no_possessive() -> None:
    facts = _facts(
        "Maria Lopez met the press in Leon on Monday. "
        "Interior Minister Daniel Ortega then visited the port. "
        '"The port is safe," he said.'
    )
    assert facts[-1].speaker == "Daniel Ortega"


def test_a_source_after_an_adverb_and_a_place_is_the_name_alone() -> None:
    assert _source('Even at Miami International Airport, Gannon said, "they cannot say."') == (
        "Gannon"
    )


def test_the_official_takes_up_the_official_described_before() -> None:
    facts = _facts(
        "Benjamin Netanyahu flew to Washington on Sunday. A senior Israeli official travelling "
        "with him said the government knew the terms. The official said Congress had no "
        "understanding of the deal."
    )
    assert [f.speaker for f in facts[1:]] == ["Israeli official", "Israeli official"]


def test_the_group_takes_up_the_organisation_that_spoke_just_before() -> None:
    facts = _facts(
        "ISIS has killed 1,969 people since June, the Syrian Observatory for Human Rights said. "
        "Nearly two-thirds of them were civilians. Six were children, the group said."
    )
    assert facts[-1].speaker == "Syrian Observatory for Human Rights"


def test_a_quotation_over_several_sentences_is_one_speakers() -> None:
    facts = _facts(
        "CNN legal analyst Sunny Hostin said such cases were common. "
        '"Sometimes they cannot deal with the probing. They are embarrassed. That does not '
        'make her a liar," she said.'
    )
    assert [(f.kind, f.speaker) for f in facts[1:]] == [("quote", "Sunny Hostin")] * 3


def test_a_quotation_after_saying_is_the_subjects() -> None:
    facts = _facts(
        "The drills began on Monday. North Korea's state-run KCNA slammed the exercises, "
        'saying they were "nothing but a smokescreen for an invasion."'
    )
    assert (facts[-1].kind, facts[-1].speaker) == ("quote", "KCNA")


def test_a_family_name_written_first_and_used_alone_is_the_same_person() -> None:
    facts = _facts(
        "The drills were announced on February 24, said Kim Min-seok, the Defense Ministry "
        'spokesman. "We will respond firmly to any provocation," South Korea\'s Kim said.'
    )
    assert [f.speaker for f in facts] == ["Kim Min-seok", "Kim Min-seok"]


def test_a_report_verb_inside_a_quotation_reports_nothing() -> None:
    facts = _facts(
        "Manmohan Singh said on Wednesday that he was open to legal scrutiny. "
        '"I am sure the truth will prevail. I have always said I am open to scrutiny. Of '
        'course I am upset," he said in a text message.'
    )
    assert [f.speaker for f in facts[1:]] == ["Manmohan Singh"] * 3


def test_a_surname_read_as_a_place_is_the_person_named_in_full() -> None:
    facts = _facts(
        "A court summoned former Prime Minister Manmohan Singh on Wednesday. Singh said he "
        "was open to legal scrutiny."
    )
    assert facts[-1].speaker == "Manmohan Singh"


def test_a_mark_that_closes_a_quotation_opens_none() -> None:
    facts = _facts(
        '"They never gave him a chance," his mother, Samaria Rice, told CNN. "I am sure the '
        "world is saying, 'You never gave him a chance.' It can never be justified.\" "
        "Cleveland authorities have said the officer mistook the gun for a real one. The "
        "city filed its response on Friday."
    )
    assert [f.kind for f in facts[-2:]] == ["claim", "fact"]


def test_a_stray_quotation_mark_makes_no_quotation() -> None:
    facts = _facts(
        'The "Dragoon Ride convoy left on Monday. It crossed Poland on Tuesday. Troops camped '
        "along the route. The convoy reached Germany on Friday. Officials praised the drivers. "
        "The vehicles returned by rail. A second convoy is planned. The army paid for fuel. "
        "Local people waved flags. The route ran 1,100 miles."
    )
    assert all(f.kind == "fact" for f in facts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # What a statement or figures say, their issuer says.
        (
            "Cedars-Sinai Medical Center treated four patients. They were infected with the "
            "superbug, according to a statement released by the hospital.",
            "Cedars-Sinai Medical Center",
        ),
        ("At least 30 people died, according to United Nations figures.", "United Nations"),
        # A name the recogniser missed is kept whole; a long description is cut to its head.
        (
            "The Economic Community of Central African States said its leaders would meet.",
            "Economic Community of Central African States",
        ),
        (
            "The flag was raised over the hospital, a security official with the forces in "
            "Tikrit told CNN.",
            "security official",
        ),
        # A person's title after an organisation's name: the titled person speaks.
        (
            "Air Force General Scott Gration resigned in 2012. The retired Air Force Major "
            'General recalled he had been "prohibited from sending a Gmail message."',
            "Scott Gration",
        ),
        # Of the people in a subject, the one whose name ends it.
        (
            "In a Friday interview with CNN's Sara Sidner, Ferguson Mayor James Knowles said "
            "Jackson was not copied on the emails.",
            "James Knowles",
        ),
        # A name the recogniser missed, after the role that introduces it.
        (
            "Ryan Pate was arrested in February. Pate's fiancee, Jillian Cardoza, said the "
            "comments were offensive.",
            "Jillian Cardoza",
        ),
        # "R-Florida" after a name is the member's party and state, not the speaker.
        (
            'Pate was arrested for "cyber slander," U.S. Rep. David Jolly, R-Florida, said in '
            "a letter.",
            "David Jolly",
        ),
        # "the 30-year-old" and "the Prime Minister" take up the person so described.
        (
            "Ryan Pate posted the comments in January. The 30-year-old said he was angry.",
            "Ryan Pate",
        ),
        (
            "Prime Minister Lee Hsien Loong spoke on Monday. Building the nation was his "
            "father's passion, the Prime Minister said.",
            "Lee Hsien Loong",
        ),
        # A name and its role at a clause's end; a news agency speaks by its name.
        (
            "Conrad Roy, 18, was found dead in his car, Sgt. Kevin Kobza, public information "
            "officer for the Fairhaven Police Department, said Saturday.",
            "Kevin Kobza",
        ),
        (
            "Tass is the state news agency. Peskov joked about the rumours, Russia's state-run "
            "Tass news agency reported.",
            "Tass",
        ),
        # A possessive in s' names whose lawyer speaks, not who speaks.
        (
            "Jeffrey Williams was charged on Sunday. But Williams' lawyer says he has little "
            "confidence in such statements.",
            "Williams' lawyer",
        ),
        # An abbreviation's full stop ends no "according to".
        (
            "Williams is being held on a $300,000 bond, according to St. Louis County "
            "Prosecuting Attorney Bob McCulloch.",
            "Bob McCulloch",
        ),
        # After a full subject, what follows "said" is what was said, not an inverted source.
        (
            "Anton Tsvetkov, the head of the commission, said Dadayev and two other suspects "
            "denied being involved.",
            "Anton Tsvetkov",
        ),
        ('One tweet reads, "I cannot believe it is four months without you."', "tweet"),
        # A person's office speaks for them; a person named in the subject speaks himself.
        (
            "The Senate met on Monday. The bill passed 52-48, Senate Majority Leader Mitch "
            "McConnell's office said.",
            "Mitch McConnell's office",
        ),
        (
            "Police searched the flat on Tuesday. Dick DeGuerin, Durst's attorney, confirmed "
            "that investigators were searching the home.",
            "Dick DeGuerin",
        ),
        # Whom the speaker speaks for, when a person, is not the speaker.
        (
            "Hillary Clinton flew to Ottawa. A spokesman for Hillary Clinton said she would "
            "not comment.",
            "spokesman for Hillary Clinton",
        ),
        # A pronoun closing a quotation of several sentences is read from its opening.
        (
            "Dan Hale said that Lily is awake. Video shows her waving at a camera. \"She knows "
            "everything. It's amazing. Doctors say it's amazing,\" he said.",
            "Dan Hale",
        ),
        # A quotation without attribution is the subject's of the sentences before.
        (
            "Isaac Herzog, in a speech after Netanyahu's address, promised to work with Europe. "
            "He echoed that in an interview with CNN's Elise Labott. \"A nuclear Iran is "
            "dangerous to world peace and to our region.\"",
            "Isaac Herzog",
        ),
        # A scholar named by name reports; no commentary.
        (
            "Workers found 200 skeletons. They all died around the same time, lead "
            "archeologist Isabelle Abadie told BFM-TV.",
            "Isabelle Abadie",
        ),
    ],
)
def test_speaker_of_the_last_sentence(text: str, speaker: str) -> None:
    assert _facts(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "aliases", "first"),
    [
        ("Police Chief Tim Longo said he welcomed any information.", "Tim Longo", ("Longo",), True),
        ("Longo said he welcomed any information.", "Tim Longo", ("Longo",), True),
        ("But investigators say he was at the controls.", "investigators", (), True),
        ("According to the Pentagon, Iranians may be firing rockets.", "Pentagon", (), True),
        (
            "Separately, a Turkish official said the suspect was not Turkish.",
            "Turkish official",
            (),
            True,
        ),
        ("The attack was a disgrace, Longo said.", "Tim Longo", ("Longo",), False),
        (
            '"It is ridiculous," Durst\'s attorney Dick DeGuerin said.',
            "Robert Durst",
            ("Durst",),
            False,
        ),
        (
            "Following Netanyahu's interview, Saeb Erekat said it was nothing new.",
            "Saeb Erekat",
            (),
            False,
        ),
        ("Durst's lawyers said they would appeal.", "Robert Durst", ("Durst",), False),
    ],
)
def test_named_first(text: str, speaker: str, aliases: tuple[str, ...], first: bool) -> None:
    assert named_first(text, speaker, aliases) is first


def test_a_name_with_a_long_appositive_speaks_as_the_name() -> None:
    sentence = (
        "Maria Santos, a member of a commission charged with recommending reforms in the "
        "city, said that the mayor needed to resign."
    )
    assert _source(sentence) == "Maria Santos"


def test_a_chant_many_sing_is_no_one_named_before() -> None:
    facts = _facts(
        "Daniel Kerr said the video shocked him. "
        'Members chanted in unison: "We will never let him in," they sing. '
        '"You can never sign with us."'
    )
    assert [f.speaker for f in facts[1:]] == [None, None]


def test_an_inverted_source_is_the_name_before_whom_it_serves() -> None:
    sentence = (
        '"We have prepared a challenging program," said Air Chief Marshal Mark Binski of the '
        "Australian Defence Force."
    )
    assert _source(sentence) == "Air Chief Marshal Mark Binski"


def test_an_inverted_source_ends_before_what_it_was_about() -> None:
    sentence = (
        '"Were you ever asked what was in the box?" asked defence lawyer Charles Rankin about '
        "her testimony to the grand jury."
    )
    assert _source(sentence) == "defence lawyer Charles Rankin"


def test_a_noun_phrase_joined_by_and_is_no_clause_before_the_source() -> None:
    sentence = (
        "Karim Rahman, the fire and civil defense official coordinating the search and rescue "
        "effort, said two people had been pulled out alive."
    )
    assert _source(sentence) == "Karim Rahman"


def test_a_sentence_that_closes_with_its_speaker_names_it() -> None:
    assert named_last("Many things don't add up, Kurnaz said.", "Ali Kurnaz", ["Kurnaz"])
    assert named_last('"It was a mistake," said Mark Binski.', "Mark Binski", ["Binski"])
    assert named_last("The town will be rebuilt, according to the FBI.", "FBI")
    assert named_last(  # a long name closing the sentence, its short form in brackets
        "The fire was 5 percent contained, according to the California Department of "
        "Forestry and Fire Protection (Cal Fire).",
        "Cal Fire",
    )
    assert not named_last("Robbers fled in a car, police said.", "FBI")
    assert not named_last("Kurnaz said the claim was filed on Monday.", "Ali Kurnaz", ["Kurnaz"])


def test_a_mark_before_a_space_that_opens_a_sentence_closes_the_quotation_before() -> None:
    def fact(n: int, text: str) -> Fact:
        return Fact(f"f{n}", text, n, 0, 0.0, False, "fact")

    texts = [
        '"She was in such shock she couldn\'t say anything else.',
        "Just, 'Mum, Boris is killed.'",
        '" On Monday, a television station published an interview with her.',
        "She told the interviewer that she did not see who fired.",
    ]
    assert continuations([fact(n, t) for n, t in enumerate(texts, start=1)]) == {1: 0, 2: 0}


def test_he_takes_up_the_subject_not_a_name_behind_whom_it_stands() -> None:
    text = (
        '"We still have plenty of tools," said Li Keqiang at a nationally televised press '
        "conference. Li, the No. 2 leader in China behind President Xi Jinping, also promised a "
        'leaner government. "The pain of reform is still there," he said.'
    )
    facts = _facts(text)
    assert facts[0].speaker == "Li Keqiang"
    assert facts[-1].speaker == "Li Keqiang"


def test_some_or_many_who_say_are_no_earlier_speaker() -> None:
    analysis = analyze(
        article_from_text(
            "Protest at the city hall\n\n"
            "James Knowles, the mayor, said the city would change its policing.\n\n"
            '"Racist cops have got to go," some said. "We want justice," many said.'
        )
    )
    speakers = [f.speaker for f in analysis.facts]
    assert speakers[-2:] == ["some", "many"]  # not the mayor quoted before them
