"""The sample article (Niger coup) gives the actors, facts and sections a reader expects."""

from __future__ import annotations

import pytest

from briefwright.analysis.ranking.facts import select_facts
from briefwright.analysis.ranking.selection import REDUNDANT, redundancy
from briefwright.analysis.ranking.textrank import content_words
from briefwright.draft.proposal import propose
from briefwright.model.analysis import Actor, Analysis, SectionProposal
from briefwright.model.article import Article


def _actor(analysis: Analysis, name: str) -> Actor:
    for actor in analysis.actors:
        if actor.name == name or name in actor.aliases:
            return actor
    raise AssertionError(f"no actor {name!r} in {[a.name for a in analysis.actors]}")


def test_ten_paragraphs(sample_article: Article) -> None:
    assert len(sample_article.paragraphs) == 10


@pytest.mark.parametrize(
    ("name", "role_part"),
    [
        ("Antony Blinken", "US Secretary of State"),
        ("Mohamed Bazoum", "ousted President"),
        ("Abdourahamane Tchiani", "leader of the coup"),
    ],
)
def test_person_actors_and_roles(sample_analysis: Analysis, name: str, role_part: str) -> None:
    actor = _actor(sample_analysis, name)
    assert actor.label == "PERSON"
    assert actor.name == name
    assert actor.role is not None and role_part in actor.role


def test_only_three_persons(sample_analysis: Analysis) -> None:
    persons = {a.name for a in sample_analysis.actors if a.label == "PERSON"}
    assert persons == {"Antony Blinken", "Mohamed Bazoum", "Abdourahamane Tchiani"}


def test_surnames_are_aliases(sample_analysis: Analysis) -> None:
    assert "Blinken" in _actor(sample_analysis, "Antony Blinken").aliases
    assert "Tchiani" in _actor(sample_analysis, "Abdourahamane Tchiani").aliases


@pytest.mark.parametrize("name", ["Niamey", "Niger", "Sahel", "France", "Russia"])
def test_places(sample_analysis: Analysis, name: str) -> None:
    assert _actor(sample_analysis, name).label == "PLACE"
    labels = {e.label for e in sample_analysis.entities if e.text == name}
    assert labels == {"PLACE"}


def test_ecowas_merged(sample_analysis: Analysis) -> None:
    ecowas = _actor(sample_analysis, "Ecowas")
    assert ecowas.name == "Economic Community of West African States"
    assert ecowas.label == "ORG"
    assert len(ecowas.mentions) == 3


def test_united_states_one_actor(sample_analysis: Analysis) -> None:
    us = _actor(sample_analysis, "US")
    assert us.name == "United States"
    owners = [
        a
        for a in sample_analysis.actors
        if a.name in ("US", "United States") or "US" in a.aliases or "United States" in a.aliases
    ]
    assert owners == [us]


def test_eu_is_an_actor(sample_analysis: Analysis) -> None:
    assert _actor(sample_analysis, "European Union").label == "ORG"


def test_no_state_org(sample_analysis: Analysis) -> None:
    assert not [e for e in sample_analysis.entities if e.text == "State"]


def test_actor_ids_follow_order(sample_analysis: Analysis) -> None:
    assert [a.id for a in sample_analysis.actors] == [
        f"a{i}" for i in range(1, len(sample_analysis.actors) + 1)
    ]
    # Groups named only by an adjective ("French") come after every real actor.
    adjectival = [
        a.label == "GROUP" and (a.subtype == "demonym" or a.name.islower())
        for a in sample_analysis.actors
    ]
    assert adjectival == sorted(adjectival)
    pairs = zip(sample_analysis.actors, adjectival, strict=True)
    real = [len(a.mentions) for a, adj in pairs if not adj]
    assert real == sorted(real, reverse=True)


def test_demonyms_are_groups_ranked_last(sample_analysis: Analysis) -> None:
    for name in ("French", "Italian"):
        actor = _actor(sample_analysis, name)
        assert (actor.label, actor.subtype) == ("GROUP", "demonym")
    names = [a.name for a in sample_analysis.actors]
    assert names.index("French") > names.index("Mohamed Bazoum")


def test_embassy_one_actor(sample_analysis: Analysis) -> None:
    embassy = _actor(sample_analysis, "US Embassy")
    assert embassy.name == "United States Embassy"
    assert len(embassy.mentions) == 2


@pytest.mark.parametrize(
    ("name", "subtype", "type_name"),
    [("Niger", "country", "Country"), ("Niamey", "city", "City"), ("Sahel", "region", "Region")],
)
def test_place_subtypes(sample_analysis: Analysis, name: str, subtype: str, type_name: str) -> None:
    actor = _actor(sample_analysis, name)
    assert (actor.subtype, actor.type_name) == (subtype, type_name)


def test_entity_offsets_match_text(sample_article: Article, sample_analysis: Analysis) -> None:
    for e in sample_analysis.entities:
        assert sample_article.paragraph(e.paragraph).text[e.start : e.end] == e.text


def test_last_week_resolved(sample_analysis: Analysis) -> None:
    [ref] = [d for d in sample_analysis.dates if d.text == "last week"]
    assert (ref.value, ref.granularity) == ("2023-11-06", "week")


def test_every_sentence_is_a_fact(sample_article: Article, sample_analysis: Analysis) -> None:
    total = sum(len(p.sentences) for p in sample_article.paragraphs)
    assert len(sample_analysis.facts) == total
    assert [f.id for f in sample_analysis.facts] == [f"f{i}" for i in range(1, total + 1)]
    assert all(0.0 <= f.score <= 1.0 for f in sample_analysis.facts)


@pytest.mark.parametrize(
    "needle",
    [
        # What a reader must know: the evacuation, the coup, who acted, the responses, the
        # refusal (the coup's timing is the bottom line's, after the lede).
        "partial evacuation of the United States Embassy",
        "The leader of the coup",
        "suspended financial and development aid",
        "imposing sanctions",
        "rejected the sanctions",
    ],
)
def test_selected_facts_cover(sample_analysis: Analysis, needle: str) -> None:
    assert any(needle in f.text for f in sample_analysis.facts if f.included)


def test_boilerplate_is_not_a_key_fact(sample_analysis: Analysis) -> None:
    chosen = [f.text for f in sample_analysis.facts if f.included]
    assert not [t for t in chosen if "like many other countries" in t]


def test_selection_size_and_no_commentary(sample_analysis: Analysis) -> None:
    chosen = [f for f in sample_analysis.facts if f.included]
    assert 5 <= len(chosen) <= 10
    assert all(f.kind != "commentary" for f in chosen)
    assert not [f for f in chosen if f.paragraph == 10]
    assert not [f for f in chosen if "This shift in sentiment" in f.text]


def test_closing_commentary_kinds(sample_analysis: Analysis) -> None:
    closing = [f for f in sample_analysis.facts if f.paragraph == 10]
    assert closing and all(f.kind == "commentary" for f in closing)
    [shift] = [f for f in sample_analysis.facts if f.text.startswith("This shift")]
    assert shift.kind == "commentary"


def test_sections_cover_each_paragraph_once(sample_analysis: Analysis) -> None:
    ids = [pid for s in sample_analysis.sections for pid in s.paragraphs]
    assert ids == list(range(1, 11))
    assert 6 <= len(sample_analysis.sections) <= 10


def _section_of(analysis: Analysis, pid: int) -> SectionProposal:
    return next(s for s in analysis.sections if pid in s.paragraphs)


@pytest.mark.parametrize(
    ("first", "second"),
    [(3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (9, 10)],
)
def test_topic_changes_start_sections(sample_analysis: Analysis, first: int, second: int) -> None:
    assert _section_of(sample_analysis, first) != _section_of(sample_analysis, second)


def test_evacuation_lead_is_one_section(sample_analysis: Analysis) -> None:
    assert _section_of(sample_analysis, 1).paragraphs == (1, 2)


@pytest.mark.parametrize(
    ("pid", "roles"),
    [
        (1, {"development"}),
        (3, {"background"}),
        (4, {"reaction", "development"}),
        (5, {"reaction", "development"}),
        (6, {"reaction", "development"}),
        (7, {"reaction"}),
        (8, {"reaction"}),
        (9, {"reaction", "development"}),
        (10, {"outlook"}),
    ],
)
def test_section_roles(sample_analysis: Analysis, pid: int, roles: set[str]) -> None:
    assert _section_of(sample_analysis, pid).role in roles


def test_headings_unique_and_clean(sample_analysis: Analysis) -> None:
    headings = [s.heading for s in sample_analysis.sections]
    assert len({h.lower() for h in headings}) == len(headings)
    for heading in headings:
        assert not heading.startswith(("’s", "'s"))
        assert " ’s" not in heading and "s’s " not in heading
        assert "Economic Community of West African States" not in heading
    assert "Partial evacuation" not in sample_analysis.sections[-1].heading
    assert not [h for h in headings if h.endswith(")")]
    assert [s.id for s in sample_analysis.sections] == [
        f"s{i}" for i in range(1, len(sample_analysis.sections) + 1)
    ]


def test_section_headings_short_and_specific(sample_analysis: Analysis) -> None:
    for s in sample_analysis.sections:
        words = s.heading.split()
        assert 3 <= len(words) <= 8, s.heading
        assert s.heading[0].isupper()
        assert not s.heading.lower().startswith("section")


def test_closing_section_not_included(sample_analysis: Analysis) -> None:
    last = sample_analysis.sections[-1]
    assert last.paragraphs == (10,)
    assert not last.included and last.role == "outlook"
    assert all(s.included for s in sample_analysis.sections[:-1])


def test_selected_facts_never_say_the_same_thing(sample_analysis: Analysis) -> None:
    chosen = [set(content_words(f.text)) for f in sample_analysis.facts if f.included]
    for n, a in enumerate(chosen):
        for b in chosen[n + 1 :]:
            assert redundancy(a, b) < REDUNDANT


def test_a_template_wanting_fewer_facts_ticks_fewer(
    sample_article: Article, sample_analysis: Analysis
) -> None:
    memo = {f.id for f in propose(sample_article, sample_analysis, "bluf-memo").facts if f.included}
    fewer = select_facts(sample_article, sample_analysis.facts, sample_analysis.entities, 3, 5)
    assert 5 <= len(memo) <= 10
    assert 3 <= len(fewer) <= 5
    assert fewer <= memo
