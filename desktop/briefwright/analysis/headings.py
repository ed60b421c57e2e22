"""Section headings the article supports: one of its clauses, one of its event phrases, or a
neutral topic label.

A heading never joins words the text does not join: a clause heading keeps a subject, its verb
and its object in the order and the clause the article gives them ("Tchiani has rejected
sanctions"); a phrase heading is an event phrase as the article writes it ("Partial
evacuation of the US Embassy"); otherwise the section is named for its topic ("Casualties").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor

# Nouns that name an event or a state a briefing reader cares about.
EVENT_NOUNS: frozenset[str] = lexicon.words("headings.event_nouns")
TOPIC_CUES: dict[str, tuple[str, ...]] = lexicon.groups("headings.topics")
ROLE_LABELS: dict[str, str] = lexicon.table("headings.role_labels")
# Every neutral label a heading may be, with or without "for <actor>".
FALLBACK_LABELS: tuple[str, ...] = lexicon.items("headings.fallback_labels")
TOPIC_LABELS: frozenset[str] = (
    frozenset(TOPIC_CUES) | frozenset(ROLE_LABELS.values()) | frozenset(FALLBACK_LABELS)
)
_INACTIVE = lexicon.words("headings.inactive_verbs")
_AUXILIARIES = lexicon.words("headings.auxiliaries")
_HEDGES = lexicon.words("headings.hedge_nouns")
_PREPOSITIONS = lexicon.words("headings.prepositions")
_QUANTITIES = lexicon.words("headings.quantity_nouns")
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "HYPH"})
_PP_HEADS = lexicon.words("headings.phrase_prepositions")
_CLAUSE_PP_HEADS = lexicon.words("headings.clause_prepositions")
_TIME = frozenset(
    w.lower()
    for w in (
        *lexicon.items("headings.time_words"),
        *lexicon.items("calendar.months"),
        *lexicon.items("calendar.weekdays"),
    )
)
_NP_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD", "PRP$"})
_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD"})
_WEAK_ADJECTIVES = lexicon.words("headings.weak_adjectives")
STOP_OBJECTS = lexicon.words("headings.stop_objects")
# Event nouns that name the same thing: a heading joins two events, never one twice.
_FAMILIES: dict[str, str] = lexicon.table("headings.families")
# How many words a subject noun chunk ("military chiefs from Ecowas") may hold.
_SUBJECT_WORDS = 5


@dataclass(frozen=True)
class Token:
    """A token of a paragraph: text, Penn tag and character offset."""

    text: str
    tag: str
    idx: int

    @property
    def lower_(self) -> str:
        """Return the text in lower case."""
        return self.text.lower()


@dataclass(frozen=True)
class Phrase:
    """A heading candidate from one sentence: its words, the event noun or verb it is built
    on, where that stands, and whether a named actor is its subject (a clause heading)."""

    words: tuple[str, ...]
    head: str
    position: int
    named: bool = False


def _noun_run(tokens: Sequence[Token], k: int, limit: int) -> tuple[list[str], int]:
    """Return a noun phrase starting at token ``k`` and where it ends; a leading article is
    kept only before a proper name ("of the US Embassy")."""
    words: list[str] = []
    while k < len(tokens) and len(words) < limit:
        tok = tokens[k]
        if tok.lower_ in _TIME:
            break  # "the government last month": the time is no part of the thing
        if tok.tag in _NP_TAGS:
            proper_next = k + 1 < len(tokens) and tokens[k + 1].tag.startswith("NNP")
            if tok.tag not in ("DT", "PRP$") or words or (tok.lower_ == "the" and proper_next):
                words.append(tok.text)
        elif tok.tag == "CC" and words and k + 1 < len(tokens) and tokens[k + 1].tag in _NP_TAGS:
            words.append(tok.text)
        else:
            break
        k += 1
    while words and (words[-1].lower() in ("and", "or", "the", "a", "an") or words[-1] in "-"):
        words.pop()
    if _glued(tokens, k) and tokens[k - 1].tag != "CD":
        return [], k  # "the Iran-aligned Houthis" cut after "Iran" would say something else
    if (
        words
        and k + 1 < len(tokens)
        and tokens[k - 1].tag.startswith("NNP")
        and tokens[k].lower_ == "of"
        and tokens[k + 1].tag.startswith("NNP")
    ):
        return [], k  # "the Africa Cup" of "the Africa Cup of Nations"
    return words, k


def _glued(tokens: Sequence[Token], k: int) -> bool:
    """Return whether token ``k`` continues the word before it ("-aligned" after "Iran")."""
    if not 0 < k < len(tokens):
        return False
    before, tok = tokens[k - 1], tokens[k]
    return tok.idx == before.idx + len(before.text) and (tok.text[:1].isalnum() or tok.text == "-")


def _ends_in_noun(words: Sequence[str], tokens: Sequence[Token], end: int) -> bool:
    """Return whether the phrase ending before token ``end`` ends in a noun, not a number."""
    last = [t for t in tokens[:end] if t.tag not in ("HYPH", "POS")]
    return bool(words) and bool(last) and last[-1].tag.startswith("NN") and last[-1].text.isalpha()


def event_phrases(tokens: Sequence[Token]) -> list[Phrase]:
    """Return the event phrases of a sentence as the article writes them: an event noun with
    the modifiers before it and a short prepositional phrase after ("partial evacuation of
    the US Embassy")."""
    found: list[Phrase] = []
    for i, tok in enumerate(tokens):
        low = tok.lower_
        if low not in EVENT_NOUNS or not tok.tag.startswith("NN"):
            continue
        if i > 0 and not tok.text.islower():
            continue  # "March" the month, "Deal" in a name
        if _glued(tokens, i + 1) or (i > 0 and _glued(tokens, i) and tokens[i - 1].text != "-"):
            continue
        start = i
        while start > 0 and tokens[start - 1].tag in _MODIFIER_TAGS and i - start < 3:
            start -= 1
        if start > 0 and tokens[start].tag == "HYPH":
            start -= 1  # "no-confidence vote": the word before the hyphen belongs to it
        while start < i and tokens[start].lower_ in _WEAK_ADJECTIVES:
            start += 1
        end = i + 1
        while end < len(tokens) and tokens[end].tag in ("NN", "NNS") and end - i < 2:
            end += 1
        words = [t.text for t in tokens[start:end]]
        if (
            start > 1
            and tokens[start - 1].lower_ in ("of", "for", "to")
            and tokens[start - 2].lower_ in _HEDGES
        ):
            # "the possibility of military intervention": the event is only possible.
            words = [tokens[start - 2].text, tokens[start - 1].lower_, *words]
        if end + 1 < len(tokens) and tokens[end].lower_ in ("both", "either"):
            end += 1
        if end < len(tokens) and tokens[end].lower_ in _PP_HEADS:
            obj, after = _noun_run(tokens, end + 1, 4)
            if obj and _ends_in_noun(obj, tokens, after):
                words += [tokens[end].lower_, *obj]
        found.append(Phrase(tuple(words), low, i))
    return found


def _forms(actors: Sequence[Actor]) -> list[tuple[list[str], Actor]]:
    """Return every name of the actors split into words, longest first."""
    forms = [(f.split(), a) for a in actors for f in (a.name, *a.aliases) if f]
    return sorted(forms, key=lambda f: -len(f[0]))


def _text(tokens: Sequence[Token], start: int, end: int) -> str:
    """Return the text of tokens ``[start, end)`` with the article's spacing."""
    out = ""
    for k in range(start, end):
        if k > start:
            out += " " * max(0, tokens[k].idx - tokens[k - 1].idx - len(tokens[k - 1].text))
        out += tokens[k].text
    return out


def _actor_in(
    tokens: Sequence[Token], start: int, end: int, actors: Sequence[Actor]
) -> Actor | None:
    """Return the actor that heads tokens ``[start, end)``: a person whose name ends them
    ("US Secretary of State Antony Blinken"), else the longest name found there, not inside
    a prepositional phrase ("chiefs from Ecowas" names chiefs) and not a place qualifying a
    longer name ("Pakistan" in "Pakistan Muslim League"); else None."""
    whole = _text(tokens, start, end)
    for parts, actor in _forms(actors):
        name = re.escape(" ".join(parts))
        if actor.label == "PERSON" and re.search(rf"(?<![\w-]){name}$", whole):
            return actor
    for parts, actor in _forms(actors):
        # A name the subject opens with heads it ("The Economic Community of … States").
        if re.fullmatch(rf"(?:[Tt]he )?{re.escape(' '.join(parts))}", whole):
            return actor
    for k in range(start + 1, end):
        if tokens[k - 1].lower_ in _PREPOSITIONS:
            end = k - 1
            break
    text = _text(tokens, start, end)
    best: tuple[int, Actor] | None = None
    for parts, actor in _forms(actors):
        name = " ".join(parts)
        m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        if m is None or (best is not None and len(name) <= best[0]):
            continue
        rest = text[m.end() :].split()
        if rest and (rest[0][:1] in "'’" or (actor.label == "PLACE" and rest[0][:1].isupper())):
            continue  # "Brazil's Supreme Court" and "Pakistan Muslim League" are not the place
        best = (len(name), actor)
    return best[1] if best else None


def _subject(
    tokens: Sequence[Token], verb: int, actors: Sequence[Actor]
) -> tuple[list[str], bool] | None:
    """Return the subject of the verb at ``verb`` as a heading names it, and whether it is a
    named actor; None when the words before the verb are no subject of it.

    The subject stands right before the verb (adverbs and auxiliaries between); an appositive
    between commas may name it ("The leader of the coup, Gen Tchiani, has rejected").
    """
    k = verb
    while k > 0 and (tokens[k - 1].tag in ("RB", "MD") or tokens[k - 1].lower_ in _AUXILIARIES):
        k -= 1
    end = k
    if end > 0 and tokens[end - 1].text == ",":
        opening = end - 2
        while opening >= 0 and tokens[opening].text != ",":
            opening -= 1
        if opening < 0:
            return None
        named = _actor_in(tokens, opening + 1, end - 1, actors)
        if named is not None and named.label == "PERSON":
            return [short_name(named)], True
        end = opening
    start = end
    while (
        start > 0
        and end - start < _SUBJECT_WORDS
        and (
            tokens[start - 1].tag in _SUBJECT_TAGS
            or (tokens[start - 1].tag in ("VBG", "VBN") and start < end)  # "the ruling party"
        )
    ):
        start -= 1
    if start > 1 and tokens[start - 1].lower_ in ("from", "of", "at") and end - start <= 3:
        # "military chiefs from Ecowas": the head before the preposition is the subject.
        head = start - 1
        while head > 0 and tokens[head - 1].tag in _SUBJECT_TAGS and start - 1 - head < 3:
            head -= 1
        if head < start - 1:
            start = head
    if start == end or not tokens[end - 1].tag.startswith("NN"):
        return None
    before = tokens[start - 1] if start > 0 else None
    if before is not None and (before.lower_ in _PREPOSITIONS or before.tag in ("TO", "WDT", "WP")):
        return None
    if before is not None and before.tag == "CC":
        # "France … and the EU have suspended" joins subjects; "bases maintained by France
        # and the US highlights" puts the name in a prepositional phrase.
        j = start - 2
        while j >= 0 and tokens[j].tag in _SUBJECT_TAGS:
            j -= 1
        if j >= 0 and tokens[j].lower_ in _PREPOSITIONS:
            return None
    named = _actor_in(tokens, start, end, actors)
    words = [t.text for t in tokens[start:end] if t.tag not in ("DT", "PRP$")]
    if named is not None and not is_adjectival(named):
        # The article's own words when they are short ("Hosts Ivory Coast"), else the name.
        return (words if _count(words) <= 3 else [short_name(named)]), True
    return (words, False) if words else None


def clause_phrases(tokens: Sequence[Token], actors: Sequence[Actor]) -> list[Phrase]:
    """Return the clauses of a sentence that make a heading: subject, verb (with its
    auxiliary) and object, in the text's order and words, adverbs and articles left out."""
    found: list[Phrase] = []
    for i, tok in enumerate(tokens):
        if tok.tag not in ("VBD", "VBZ", "VBP", "VBN") or tok.lower_ in _INACTIVE:
            continue
        aux = [t for t in tokens[max(0, i - 3) : i] if t.lower_ in _AUXILIARIES]
        passive = i > 0 and tokens[i - 1].lower_ in ("was", "were", "is", "are", "been", "be")
        if (tok.tag == "VBN" and not aux) or passive:
            continue
        subject = _subject(tokens, i, actors)
        if subject is None:
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].tag == "RB":
            k += 1
        obj, after = _noun_run(tokens, k, 5)
        while obj and len(obj) > 1 and re.fullmatch(r"[\d.,–-]+", obj[-1]):
            obj.pop()  # "beat Nigeria 2-1": the score is no part of the object
            after -= 1
        if not obj or not _ends_in_noun(obj, tokens, after):
            continue
        if all(w.lower() in STOP_OBJECTS for w in obj):
            continue
        words, named = subject
        # "has suspended" reads as "suspended"; an irregular participle keeps its auxiliary.
        irregular = tok.tag == "VBN" and not tok.lower_.endswith("ed")
        verb = [aux[-1].text, tok.text] if irregular else [tok.text]
        text = [*words, *verb, *obj]
        while (
            after < len(tokens)
            and tokens[after].tag in ("CD", "HYPH")
            and tokens[after].text != ","
        ):
            after += 1
        if after < len(tokens) and tokens[after].lower_ in _CLAUSE_PP_HEADS:
            tail, end = _noun_run(tokens, after + 1, 4)
            longer = [*text, tokens[after].lower_, *tail]
            if (
                tail
                and _ends_in_noun(tail, tokens, end)
                and _count(longer) <= WEIGHTS.heading_max_words
            ):
                text = longer
        if text[-1].lower() in _QUANTITIES:
            continue  # "deployed tens of thousands" says nothing of what
        found.append(Phrase(tuple(text), tok.lower_, i, named))
    return found


def is_adjectival(actor: Actor) -> bool:
    """Return whether ``actor`` is only a group adjective ("French", "jihadist"), not a doer."""
    return actor.label == "GROUP" and (actor.subtype == "demonym" or actor.name[:1].islower())


def short_name(actor: Actor) -> str:
    """Return how a heading names ``actor``: a surname, an acronym, or the name."""
    if actor.label == "PERSON":
        named = [w for w in actor.name.split() if any(c.isalpha() for c in w)]
        return named[-1] if named else actor.name
    for alias in sorted(actor.aliases, key=lambda a: (len(a), a)):
        if " " not in alias and 2 <= len(alias.replace(".", "")) <= 7 and alias[:1].isupper():
            return alias.replace(".", "")
    return actor.name


def _tidy(words: Sequence[str]) -> str:
    """Return words joined as a heading: possessives attached, no leading article or bare
    possessive, no trailing number, sentence case."""
    items = list(words)
    while items and items[0] in ("'s", "’s", "'", "’", "-"):
        items.pop(0)
    while items and (re.fullmatch(r"[-–]?\d[\d.,-]*", items[-1]) or items[-1] in ("-", "'", "’")):
        items.pop()
    text = " ".join(items)
    text = re.sub(r" (['’]s\b|-|['’]|%)", r"\1", text).replace("- ", "-")
    text = re.sub(r"^(?:the|a|an|its|their|his|her) ", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def prefer_acronyms(text: str, actors: Sequence[Actor]) -> str:
    """Return ``text`` with an actor's long name replaced by the acronym the article uses."""
    for actor in actors:
        short = short_name(actor)
        if actor.label != "PERSON" and short != actor.name and actor.name in text:
            text = text.replace(actor.name, short)
    return text


def _family(head: str) -> str:
    """Return the event noun ``head`` stands for ("demonstrations" → "protests")."""
    return _FAMILIES.get(head.lower(), head.lower())


def _count(words: Sequence[str]) -> int:
    """Return how many words ``words`` hold once names are split into their words."""
    return len(" ".join(words).split())


def heading_options(
    sentences: Sequence[Sequence[Token]],
    actors: Sequence[Actor],
    common: frozenset[str] = frozenset(),
    reported: Sequence[bool] = (),
) -> list[str]:
    """Return 3-8 word headings the section's best sentences support, best first.

    A clause whose subject is a named actor comes first, then event phrases (a short one
    joined with a second event of the section), then clauses with an unnamed subject.
    ``sentences`` come best first; ``actors`` are the section's key actors; ``common`` holds
    words found all over the article (a weak heading); a sentence flagged in ``reported``
    states what someone says, and its clauses make no heading (its event phrases may).
    """
    ranked: list[tuple[int, bool, int, int, Phrase]] = []
    for rank, sentence in enumerate(sentences):
        said = rank < len(reported) and reported[rank]
        for phrase in [] if said else clause_phrases(sentence, actors):
            ranked.append(
                (0 if phrase.named else 2, phrase.head in common, rank, phrase.position, phrase)
            )
        for phrase in event_phrases(sentence):
            ranked.append((1, phrase.head in common, rank, phrase.position, phrase))
    # The best sentence first; in it a named actor's clause, then its event phrases.
    ranked.sort(key=lambda o: (o[2], o[0], o[1], o[3]))
    nouns = [o[4] for o in ranked if o[0] == 1 and not o[1]]
    out: list[str] = []
    low, high = WEIGHTS.heading_min_words, WEIGHTS.heading_max_words
    for tier, _, _, _, phrase in ranked:
        words = list(phrase.words)
        if tier == 1 and _count(words) <= 4:
            for other in nouns:
                fresh = _family(other.head) != _family(phrase.head) and not (
                    {w.lower() for w in other.words} & {w.lower() for w in words}
                )
                if fresh:
                    extra = list(other.words)
                    if _count(words) + 1 + _count(extra) <= high:
                        words = [*words, "and", *extra]
                        break
        heading = prefer_acronyms(_tidy(words), actors)
        if low <= len(heading.split()) <= high and heading not in out:
            out.append(heading)
    return out


def topic_labels(texts: Sequence[str], role: str) -> list[str]:
    """Return the neutral labels for a section of paragraphs ``texts``: the topics whose cues
    occur at least twice, most cues first, then the label of the section's ``role``."""
    words = re.findall(r"[a-z][a-z-]*", " ".join(texts).lower())
    joined = " " + " ".join(words)
    scores = {
        label: sum(joined.count(" " + cue) for cue in cues) for label, cues in TOPIC_CUES.items()
    }
    ranked = sorted((label for label, n in scores.items() if n >= 2), key=lambda la: -scores[la])
    fallback = ROLE_LABELS.get(role, ROLE_LABELS["development"])
    return [*ranked, *([fallback] if fallback not in ranked else [])]


def make_heading(
    sentences: Sequence[Sequence[Token]],
    actors: Sequence[Actor],
    fallback: str,
    common: frozenset[str] = frozenset(),
) -> str:
    """Return the best of :func:`heading_options`, or ``fallback`` (a topic label) when there
    is none."""
    options = heading_options(sentences, actors, common)
    return options[0] if options else fallback
