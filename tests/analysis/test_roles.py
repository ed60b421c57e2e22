"""Roles stated in the story: titles before a name, appositives beside it, and who has left."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.ingest import article_from_text


def _role(text: str, name: str) -> str | None:
    [actor] = [a for a in analyze(article_from_text(text)).actors if a.name == name]
    return actor.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # The words that qualify a title stay with it ...
        (
            "Information Minister Daniel Mensah said the station would close.",
            "Daniel Mensah",
            "Information Minister",
        ),
        (
            "U.S. District Judge Alvin Hellerstein ordered the photos released.",
            "Alvin Hellerstein",
            "U.S. District Judge",
        ),
        (
            "CNN legal analyst Sunny Hostin said such cases were common.",
            "Sunny Hostin",
            "CNN legal analyst",
        ),
        # ... but not the words before them.
        (
            "The attack was repelled, said Lieutenant Colonel Ahmed Abdi Gelle.",
            "Ahmed Abdi Gelle",
            "Lieutenant Colonel",
        ),
        (
            "Israel's Prime Minister Benjamin Netanyahu flew to Washington.",
            "Benjamin Netanyahu",
            "Prime Minister",
        ),
        # A role in lower case before a name.
        (
            "After the interview, chief Palestinian negotiator Saeb Erekat said it was not new.",
            "Saeb Erekat",
            "chief Palestinian negotiator",
        ),
        (
            "The death of Kremlin critic Boris Nemtsov shocked Moscow.",
            "Boris Nemtsov",
            "Kremlin critic",
        ),
        ("On Tuesday Boris Nemtsov said the vote was rigged.", "Boris Nemtsov", None),
        # Appositives: a possessive, an abbreviation, a long one cut at its phrases.
        (
            "Workers walked out, said Mary Kamau, the union's executive secretary.",
            "Mary Kamau",
            "union's executive secretary",
        ),
        (
            "Talks went on with Wendy Sherman, the lead U.S. negotiator for the Iran talks.",
            "Wendy Sherman",
            "lead U.S. negotiator for the Iran talks",
        ),
        (
            "The drug was approved, according to Karen Riley, deputy director of strategy for "
            "the FDA's Office of External Affairs.",
            "Karen Riley",
            "deputy director of strategy",
        ),
        (
            "Alexander Neill, a senior fellow at the International Institute of Strategic "
            "Studies in Singapore says China will spend more.",
            "Alexander Neill",
            "senior fellow",
        ),
        (
            "The Rolling Stone reporter, Sabrina Erdely, talked to police.",
            "Sabrina Erdely",
            "Rolling Stone reporter",
        ),
        # After a country's possessive; in a "who is" clause; a title with a hyphenated name.
        (
            "A court summoned India's former Prime Minister, Manmohan Singh, as a suspect.",
            "Manmohan Singh",
            "former Prime Minister",
        ),
        (
            "Ryan Pate, who is a helicopter mechanic for an aerospace company, was arrested.",
            "Ryan Pate",
            "helicopter mechanic for an aerospace company",
        ),
        (
            "UN Secretary General Ban Ki-moon issued a statement.",
            "Ban Ki-moon",
            "UN Secretary General",
        ),
        (
            "The famed sailor Florence Arthaud died in the crash.",
            "Florence Arthaud",
            "famed sailor",
        ),
        (
            "Putin will meet his Kyrgyz counterpart, Almazbek Atambayev, on Monday.",
            "Almazbek Atambayev",
            "Kyrgyz counterpart",
        ),
        (
            "Rice family co-counsel Walter Madison said in a statement.",
            "Walter Madison",
            "Rice family co-counsel",
        ),
        # A clause after a name is no role.
        ("Police questioned Sabrina Erdely, talked to witnesses and left.", "Sabrina Erdely", None),
        ("Tzipi Livni, he said, has denounced the plan.", "Tzipi Livni", None),
        # A title that only says how to address someone gives way to the office a clause states.
        (
            "Justice Peter Odhiambo, who chairs the electoral commission, said the count resumed.",
            "Peter Odhiambo",
            "chair of the electoral commission",
        ),
        # The role this story gives wins over what someone is; an age is no role.
        (
            "Amina Diallo, a 58-year-old economist, opened her campaign. Diallo, the party's "
            "candidate, promised lower taxes.",
            "Amina Diallo",
            "party's candidate",
        ),
        (
            "Amina Diallo, a 58-year-old economist, opened her campaign.",
            "Amina Diallo",
            "economist",
        ),
        # A plural role before two names is each one's; a suspect is a role in the story.
        (
            "Opposition leaders Carlos Mendez and Maria Santos of the Union said it was rigged.",
            "Maria Santos",
            "Opposition leader",
        ),
        (
            "Opposition leaders Carlos Mendez and Maria Santos of the Union said it was rigged.",
            "Carlos Mendez",
            "Opposition leader",
        ),
        (
            "The trial of cinema shooting suspect Daniel Kerr opens on Monday.",
            "Daniel Kerr",
            "cinema shooting suspect",
        ),
        # "Ambassador" before a name is a form of address: the appositive says the role.
        (
            "The Union's special envoy for Chad, Ambassador Carlos Mendez, met the rebels.",
            "Carlos Mendez",
            "special envoy for Chad",
        ),
        # A noun ending as an agent does heads a role before a name, listed or not.
        (
            "Station commentator Rob Hale said the leak was noticed during repressurization.",
            "Rob Hale",
            "Station commentator",
        ),
        (
            "Lead archeologist Ines Marot told reporters the bodies were neatly arranged.",
            "Ines Marot",
            "Lead archeologist",
        ),
        # A comparative before a name is no role.
        ("The older Dmitri Valk had left the country in 2012.", "Dmitri Valk", None),
        # Two appositives joined by "and": the first is the role.
        (
            "Nadia Karim, executive director of the Arab Workers Association of Ohio and the "
            "mother of three pupils, said the plan was a win.",
            "Nadia Karim",
            "executive director of the Arab Workers Association of Ohio",
        ),
        # The article is no word of a long role; its relative clause is cut.
        (
            "\"We are devastated,\" said Piet Verhoeven, the head of the U.N. Relief and Works "
            "Agency for Palestine Refugees who has worked in conflict zones for 20 years.",
            "Piet Verhoeven",
            "head of the U.N. Relief and Works Agency",
        ),
        # An appositive whose head is an act, an event or a thing is no role.
        (
            "At a wake for his cousin in New Jersey, Erik Lund said the phone burned him.",
            "Erik Lund",
            None,
        ),
        # After a preposition, the role is what follows it.
        (
            "Protests followed the investigation after a white police officer, Dale Wilkes, "
            "shot the teenager.",
            "Dale Wilkes",
            "white police officer",
        ),
        # A clause after a name is no appositive.
        (
            "Their mother, Jessica Lane, didn't comply with the officers' request.",
            "Jessica Lane",
            "mother",
        ),
        # A long appositive is cut before what the person does.
        (
            "Karim Rahman, the fire and civil defense official coordinating the search and "
            "rescue effort, said two people had been pulled out alive.",
            "Karim Rahman",
            "fire and civil defense official",
        ),
        ("The strike killed prominent al Qaeda figure Anwar Halabi.", "Anwar Halabi",
         "prominent al Qaeda figure"),
        # A title with its field before a name.
        (
            "Denmark's Minister for Foreign Affairs Martin Lund said the remarks were wrong.",
            "Martin Lund",
            "Minister for Foreign Affairs",
        ),
        # A title never reaches back over the full stop that ends the sentence before.
        (
            "The President would veto the measure. White House Chief of Staff Denis McDonough said "
            "so in a letter on Saturday.",
            "Denis McDonough",
            "White House Chief of Staff",
        ),
        # Things before a name, or only names after it, are no role.
        ("He bounced off the ropes after a flying kick, Rey Lopez said.", "Rey Lopez", None),
        ("Li Wen, the No. 2 leader in China, promised reform.", "Li Wen", None),
        # A list before a name is no appositive.
        (
            "The group includes seven Britons, an American, a Canadian and two Sudanese, Omar "
            "Farouk said.",
            "Omar Farouk",
            None,
        ),
        # A clause joined to the appositive, an age before it, a compound title, and where a
        # person is based, are no part of the role.
        (
            "Rafael Ortiz, an expert on the cartel and is with the Baker Institute, said the "
            "tape was real.",
            "Rafael Ortiz",
            "expert on the cartel",
        ),
        ('"We came to march," said Leila Haddad, 41, a nurse in Sfax.', "Leila Haddad",
         "nurse in Sfax"),
        ("Tribune Editor-in-Chief Nora Quist said the paper would appeal.", "Nora Quist",
         "Tribune Editor-in-Chief"),
        ("A book by American academic Ruth Pell was withdrawn.", "Ruth Pell",
         "American academic"),
        ("The lawyer, Doha-based Khalid Al-Mansour, told reporters the family would sue.",
         "Khalid Al-Mansour", "lawyer"),
        # A role never reaches back over the full stop of the sentence before.
        ("An officer was killed on Friday. Fulton Police Chief Cedric Alexander said so.",
         "Cedric Alexander", "Fulton Police Chief"),
        # An appositive before the name after "an".
        ("Gunmen kidnapped an Iranian diplomat, Reza Ahmadi, in Aden in 2013.", "Reza Ahmadi",
         "Iranian diplomat"),
        # An appositive between dashes; a family or a first-person clause is no role.
        ("Nadia Karim -- executive director of the Council on Refugee Rights -- noted a rise.",
         "Nadia Karim", "executive director of the Council on Refugee Rights"),
        ("Speaking on behalf of Ali Omar's family, Nadia Karim thanked the police.",
         "Nadia Karim", None),
    ],
)
def test_role(text: str, name: str, role: str | None) -> None:
    assert _role(text, name) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Information Minister Daniel Mensah resigned on Tuesday.", "former Information Minister"),
        (
            "Information Minister Daniel Mensah, who stepped down in March, said he was misled.",
            "former Information Minister",
        ),
        (
            "Information Minister Daniel Mensah will step down next week.",
            "outgoing Information Minister",
        ),
        (
            "Information Minister Daniel Mensah said the station would close.",
            "Information Minister",
        ),
    ],
)
def test_a_minister_who_has_left_is_former(text: str, role: str) -> None:
    assert _role(text, "Daniel Mensah") == role
