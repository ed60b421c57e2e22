"""Who does what a dated clause tells: the subject of a verb group, asides and dates left out."""

from __future__ import annotations

from collections.abc import Sequence

from briefwright.analysis.dates.tense import CLAUSE_OPENERS, VerbGroup, verb_group_of
from briefwright.analysis.entities.role_heads import PERSON_NOUNS, role_head
from briefwright.analysis.penn import VERBISH
from briefwright.analysis.sections.headings import Token

MAX_SUBJECT_TOKENS = 10
SUBJECT_STOPS = frozenset((";", ":", "—", "–", '"', "“", "”"))
NOUN_PHRASE = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "CD", "POS", "HYPH", "PRP$"))
# What a noun phrase before a relative pronoun is made of ("the mayor of Paris, who …").
_ANTECEDENT = NOUN_PHRASE | {"JJS", "NNP", "NNPS"}
# Prepositions that open a clause of time with its own subject ("before the storm arrived").
CLAUSE_PREPOSITIONS = frozenset(("before", "until", "till"))
RELATIVES = frozenset(("who", "which", "that"))
_NOMINATIVE = frozenset(("he", "she", "they", "we", "i"))
# What sets an aside off inside a subject, in pairs.
_ASIDE_MARKS = frozenset((",", "--", "—", "–"))
# Tags that start what describes a subject's head noun ("… brokered by", "… in Jeddah").
_DESCRIBERS = frozenset(("VBN", "VBG", "IN", "WDT", "WP"))


def _is_stop(token: Token, in_date: bool = False) -> bool:
    """Return whether a subject cannot reach back over ``token`` (a date's words it can)."""
    if in_date:
        return False
    return (
        token.text in SUBJECT_STOPS
        or (token.tag in VERBISH and token.tag != "VBN")
        or (token.lower_ == "that" and token.tag == "IN")
        # "… fines that Ferguson was ranked …", "the clip that he shot": the words after the
        # pronoun are the subject; the one right before the verb is handled apart.
        or (token.lower_ in RELATIVES and token.tag in ("WDT", "WP"))
        or (token.lower_ in CLAUSE_OPENERS and token.tag in ("IN", "WRB", "WDT", "WP"))
        # "… people before the storm arrived": the clause of time has its own subject.
        or (token.lower_ in CLAUSE_PREPOSITIONS and token.tag == "IN")
    )


def clause_subject(sentence: Sequence[Token], group: VerbGroup, skip: set[int]) -> list[int]:
    """Return the token indices of the group's subject, asides and the date left out."""
    head = sentence[group.start]
    before = sentence[group.start - 1] if group.start > 0 else None
    if before is not None and before.tag == "CC":
        # "… will fly home and is due to meet …": the subject of the verb before.
        previous = max(
            (i for i in range(group.start - 1) if sentence[i].tag.startswith(("VB", "MD"))),
            default=None,
        )
        if previous is None:
            return []
        # "He managed to curb his ways, served two tours and achieved …": a list of verbs
        # shares the subject of its first.
        listed = verb_group_of(sentence, previous)
        while listed.start > 1 and sentence[listed.start - 1].text == ",":
            earlier = max(
                (i for i in range(listed.start - 1) if sentence[i].tag.startswith(("VB", "MD"))),
                default=None,
            )
            if earlier is None or any(
                sentence[i].text in SUBJECT_STOPS for i in range(earlier, listed.start)
            ):
                break
            listed = verb_group_of(sentence, earlier)
        return clause_subject(sentence, listed, skip)
    participle = head.tag in ("VBG", "VBN") and not after_relative_aside(sentence, group)
    if participle and before is not None:
        if before.text == "," and head.tag == "VBG":
            return []
        if before.tag.startswith("NN") or before.text == ",":
            # "states hit by hurricanes", "the first dam, completed in 2016": the noun the
            # participle describes.
            end = group.start - (1 if before.text == "," else 0)
            start = end
            while start > 0 and sentence[start - 1].tag in NOUN_PHRASE:
                start -= 1
            if start > 0 and sentence[start - 1].tag in ("IN", "CC") and before.text != ",":
                # "… an estimate of between 70 and 100 people seized on Monday to 150": the
                # participle describes a noun inside a phrase; nobody in the clause acts.
                return []
            return [i for i in range(start, end) if i not in skip]
    end = group.start
    if before is not None and before.lower_ in RELATIVES and before.tag in ("WP", "WDT"):
        # "Vautrin, who took office …": the relative pronoun stands for the noun phrase
        # right before it ("approval from the European Parliament, which votes …").
        end -= 1
        if end > 0 and sentence[end - 1].text == ",":
            end -= 1
        start = end
        while start > 0 and (
            sentence[start - 1].tag in _ANTECEDENT or sentence[start - 1].lower_ == "of"
        ):
            start -= 1
        while start < end and sentence[start].lower_ == "of":
            start += 1
        start = _antecedent_head(sentence, start, end, before.lower_ == "who")
        if start < end and sentence[end - 1].lower_ == "of":
            return []  # "…, four of which occurred Monday": a part of what came before
        if start < end:
            return [i for i in range(start, end) if i not in skip]
        if before.lower_ == "who":
            return []  # "to find out who killed him": a question, nobody named acts
    while end > 0 and sentence[end - 1].text in _ASIDE_MARKS:
        # "The talks, mediated by …, are due", "The party chief of Xinjiang -- the region's
        # top official -- told …": the aside between commas or dashes is left out.
        mark = sentence[end - 1].text
        end -= 1
        aside = max((i for i in range(end) if sentence[i].text == mark), default=None)
        if aside is None:
            if mark != ",":
                end += 1
            break
        end = aside
    start = end
    while start > 0 and (
        not _is_stop(sentence[start - 1], start - 1 in skip)
        or describing_ing(sentence, start - 1)
        # "A jet carrying 224 people skidded …": the "-ing" describes the noun before it.
        or (
            sentence[start - 1].tag == "VBG"
            and start > 1
            and sentence[start - 2].tag.startswith("NN")
        )
    ):
        start -= 1
    if end > start and sentence[end - 1].lower_ in _NOMINATIVE:
        # "… prepare the prince for the position he will take up": the pronoun alone.
        start = end - 1
    antecedent = _relative_antecedent(sentence, start)
    if antecedent:
        # "Officials who spoke on condition of anonymity said …": the subject is the noun
        # phrase the relative clause describes, not the relative clause's object.
        return [i for i in antecedent if i not in skip]
    commas = [
        i for i in range(start, end) if sentence[i].text == "," and not _in_place(sentence, i, end)
    ]
    if commas:
        # "On Tuesday, gunmen …" / "In Paris, police …" / "…, and a budget": the subject
        # follows the comma.
        # "Repeating the wording, …", and the rest of a phrase a quotation cut ('the
        # "abundance of caution" wording, the department issued …').
        # "To help restore public trust …, the court transferred …", and a clause before
        # the comma ("As investigators continued their work, Tunisians turned out …").
        leading = (
            sentence[start].tag in ("IN", "VBG", "VBN", "TO")
            or (start > 0 and sentence[start - 1].text in ('"', "”", "''"))
            or (start > 0 and sentence[start - 1].tag in VERBISH)
        )
        if leading or start in skip or sentence[commas[-1] + 1].tag == "CC":
            start = commas[-1] + 1
        else:
            end = commas[0]
    while start < end and sentence[start].tag in ("CC", ",", "``", "''"):
        start += 1
    # "A November 2012 apparel factory fire": a date inside the noun phrase stays in it.
    chosen = [i for i in range(start, end) if i not in skip or _inside_phrase(sentence, i, skip)]
    if len(chosen) > MAX_SUBJECT_TOKENS:
        # "Talks brokered by Saudi Arabia and … in Jeddah": the head before what describes it.
        cut = next((n for n, i in enumerate(chosen) if n and sentence[i].tag in _DESCRIBERS), None)
        chosen = chosen[:cut] if cut else chosen[-MAX_SUBJECT_TOKENS:]
    if len(chosen) == 1 and sentence[chosen[0]].tag == "PRP":
        return _with_speaker(sentence, chosen[0], skip) or chosen
    return chosen


def _antecedent_head(sentence: Sequence[Token], start: int, end: int, person: bool) -> int:
    """Return where the phrase a relative pronoun stands for starts inside ``start:end``.

    A bare word before "of" is no part of it ("keep track of the number of chapters, which
    reached …", "reminiscent of a movement that began …"); nor, for "who", is a thing whose
    "of" names the person ("the death of Michael Brown, who was shot …").
    """
    ofs = [i for i in range(start + 1, end - 1) if sentence[i].lower_ == "of"]
    if not ofs:
        return start
    first = ofs[0]
    lead = sentence[start:first]
    if all(t.tag in ("NN", "JJ") for t in lead) and not role_head(lead[-1].lower_):
        return first + 1
    if person and any(t.tag == "NNP" for t in sentence[ofs[-1] + 1 : end]):
        head = sentence[ofs[-1] - 1].lower_
        if not role_head(head) and head not in PERSON_NOUNS:
            return ofs[-1] + 1
    return start


def _in_place(sentence: Sequence[Token], k: int, end: int) -> bool:
    """Return whether the comma at ``k`` is one of a place's ("a Kent County, Delaware, family
    court commissioner", "Police in Pomona, California"): a name, the comma, one more name
    word, then another comma or the subject's end."""
    if k == 0 or sentence[k - 1].tag != "NNP":
        return False
    if k + 1 < end and sentence[k + 1].tag == "NNP":
        return k + 2 >= end or sentence[k + 2].text == ","
    # The second comma of the pair, after the region's name.
    return k >= 3 and sentence[k - 2].text == "," and sentence[k - 3].tag == "NNP"


def _inside_phrase(sentence: Sequence[Token], i: int, skip: set[int]) -> bool:
    """Return whether the date token at ``i`` sits between a determiner and the noun it
    qualifies ("A November 2012 apparel factory fire")."""
    first = i
    while first > 0 and first - 1 in skip:
        first -= 1
    last = i
    while last + 1 < len(sentence) and last + 1 in skip:
        last += 1
    return (
        first > 0
        and sentence[first - 1].tag == "DT"
        and last + 1 < len(sentence)
        and sentence[last + 1].tag in ("NN", "NNS", "JJ", "NNP")
    )


def describing_ing(sentence: Sequence[Token], at: int) -> bool:
    """Return whether the "-ing" word at ``at`` opens the sentence and describes the noun
    after it ("Opening statements …", "Rising prices …"): part of the subject, no verb."""
    return (
        at == 0
        and sentence[at].tag == "VBG"
        and len(sentence) > 1
        and sentence[1].tag in ("NN", "NNS")
    )


def _relative_antecedent(sentence: Sequence[Token], start: int) -> list[int]:
    """Return the noun phrase before "who"/"that"/"which" when the verb the subject search
    stopped at (just before ``start``) belongs to that relative clause, else []."""
    at = start - 1
    if at < 0 or sentence[at].tag not in VERBISH:
        return []
    while at > 0 and sentence[at - 1].tag in (VERBISH | {"RB"}):
        at -= 1
    pronoun = at - 1
    if pronoun < 1 or sentence[pronoun].lower_ not in RELATIVES:
        return []
    if sentence[pronoun].tag not in ("WP", "WDT"):
        return []
    end = pronoun
    if end > 0 and sentence[end - 1].text == ",":
        end -= 1  # "Pratchett, who wrote more than 70 books, had been diagnosed …"
    first = end
    while first > 0 and sentence[first - 1].tag in _ANTECEDENT:
        first -= 1
    if first == end or any(sentence[i].tag == "PRP" for i in range(first, end)):
        return []
    return list(range(first, end))


def after_relative_aside(sentence: Sequence[Token], group: VerbGroup) -> bool:
    """Return whether the group follows an aside between commas that is a relative clause
    ("These two men, both of whom have worked …, set off"): then it is the main verb,
    whatever its tag, not a participle describing the aside's last noun."""
    if group.start < 2 or sentence[group.start - 1].text != ",":
        return False
    opening = max((i for i in range(group.start - 1) if sentence[i].text == ","), default=None)
    if opening is None:
        return False
    return any(t.tag in ("WP", "WDT") for t in sentence[opening + 1 : group.start - 1][:4])


def _with_speaker(sentence: Sequence[Token], pronoun: int, skip: set[int]) -> list[int]:
    """Return "Congo's army said it" for a pronoun right after a reporting verb, else []."""
    at = pronoun - 1
    if at >= 0 and sentence[at].lower_ == "that":
        at -= 1
    while at >= 0 and at in skip:
        at -= 1
    if at < 0 or sentence[at].tag not in VERBISH:
        return []
    speaker = verb_group_of(sentence, at)
    if not speaker.reporting:
        return []
    who = clause_subject(sentence, speaker, skip)
    if not who:
        return []
    return who + [i for i in range(speaker.start, pronoun + 1) if i not in skip]
