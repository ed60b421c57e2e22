"""Short specific section headings from a section's key actor and its main event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.model.analysis import Actor

# Nouns that name an event or a state a briefing reader cares about, and the nouns that
# verbs of the article turn into ("rejected" → "rejection").
EVENT_NOUNS: frozenset[str] = lexicon.words("headings.event_nouns")
NOMINALS: dict[str, str] = lexicon.table("headings.nominals")
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "NNPS", "HYPH"})
_PP_HEADS = lexicon.words("headings.phrase_prepositions")
_NP_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD", "PRP$"})


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
    """An event phrase of a sentence: its words, head noun, and the position of its head."""

    words: tuple[str, ...]
    head: str
    position: int
    action: bool


_WEAK_ADJECTIVES = lexicon.words("headings.weak_adjectives")


def _noun_run(tokens: Sequence[Token], k: int, limit: int) -> tuple[list[str], int]:
    """Return a noun phrase starting at token ``k`` and where it ends; a leading article is
    kept only before a proper name ("of the US Embassy")."""
    words: list[str] = []
    while k < len(tokens) and len(words) < limit:
        tok = tokens[k]
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
    return words, k


def _nominal_object(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Return whether tokens ``[start, end)`` end in a noun that is not a number ("2.5%")."""
    last = [t for t in tokens[start:end] if t.tag not in ("HYPH", "POS")]
    return bool(last) and last[-1].tag.startswith("NN") and any(c.isalpha() for c in last[-1].text)


def _subject_chunk(tokens: Sequence[Token], verb: int) -> list[str]:
    """Return the noun chunk right before token ``verb`` ("the lira" in "the lira fell")."""
    k = verb
    while k > 0 and tokens[k - 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ") and verb - k < 3:
        k -= 1
    chunk = [t.text for t in tokens[k:verb]]
    j = k - 1
    while j >= 0 and tokens[j].tag == "DT":
        j -= 1
    governed = j >= 0 and tokens[j].tag in ("IN", "TO")
    return chunk if chunk and not governed and tokens[verb - 1].tag.startswith("NN") else []


def event_phrases(tokens: Sequence[Token]) -> list[Phrase]:
    """Return the event phrases of a sentence: event nouns with their modifiers and a short
    prepositional phrase, and action verbs turned into nouns with their object."""
    found: list[Phrase] = []
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if tok.tag.startswith("VB"):
            nominal = next((n for stem, n in NOMINALS.items() if low.startswith(stem)), None)
            adjectival = tok.tag == "VBN" and i + 1 < len(tokens) and tokens[i + 1].tag[:2] == "NN"
            if nominal is None or adjectival:
                continue
            obj, after = _noun_run(tokens, i + 1, 5)
            if obj and not _nominal_object(tokens, i + 1, after):
                # "fell 2.5%": the thing that fell is the subject before the verb.
                obj = _subject_chunk(tokens, i)
            if not obj or all(w.lower() in STOP_OBJECTS for w in obj):
                found.append(Phrase(tuple(nominal.split()), nominal.split()[0], i, True))
                continue
            action = nominal not in _NOUN_NOMINALS
            if nominal in obj:
                if after < len(tokens) and tokens[after].text.lower() in _PP_HEADS:
                    tail, _ = _noun_run(tokens, after + 1, 4)
                    if tail:
                        obj = [*obj, tokens[after].text.lower(), *tail]
                found.append(Phrase(tuple(obj), nominal, i, action))
                continue
            joiner = [] if nominal in _NO_JOINER else ["of"]
            found.append(Phrase(tuple([*nominal.split(), *joiner, *obj]), nominal, i, action))
            continue
        if low not in EVENT_NOUNS or not tok.tag.startswith("NN"):
            continue
        start = i
        while start > 0 and tokens[start - 1].tag in _MODIFIER_TAGS and i - start < 3:
            start -= 1
        end = i + 1
        while end < len(tokens) and tokens[end].tag in ("NN", "NNS") and end - i < 2:
            end += 1
        words = [t.text for t in tokens[start:end] if t.text.lower() not in _WEAK_ADJECTIVES]
        if end + 1 < len(tokens) and tokens[end].text.lower() in ("both", "either"):
            end += 1
        if end < len(tokens) and tokens[end].text.lower() in _PP_HEADS:
            obj, _ = _noun_run(tokens, end + 1, 4)
            if obj:
                words += [tokens[end].text.lower(), *obj]
        found.append(Phrase(tuple(words), low, i, False))
    return found


_NO_JOINER = lexicon.words("headings.nominals_without_of")
_NOUN_NOMINALS = lexicon.words("headings.nominals_as_nouns")
STOP_OBJECTS = lexicon.words("headings.stop_objects")


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


def possessive(name: str) -> str:
    """Return the possessive of ``name`` ("Tchiani’s", "Reyes’")."""
    return name + ("’" if name.endswith("s") else "’s")


def _tidy(words: Sequence[str]) -> str:
    """Return words joined as a heading: possessives attached, no leading article or bare
    possessive, no trailing number, sentence case."""
    items = list(words)
    while items and items[0] in ("'s", "’s", "'", "’", "-"):
        items.pop(0)
    while items and (re.fullmatch(r"[-–]?\d[\d.,-]*", items[-1]) or items[-1] in ("-", "'", "’")):
        items.pop()
    text = " ".join(items)
    text = re.sub(r" (['’]s\b|-|['’])", r"\1", text).replace("- ", "-")
    text = re.sub(r"^(?:the|a|an|its|their|his|her) ", "", text, flags=re.IGNORECASE)
    text = re.sub(r"s['’]s\b", "s’", text)
    return text[:1].upper() + text[1:]


def _subject(tokens: Sequence[Token], position: int, actors: Sequence[Actor]) -> Actor | None:
    """Return the first actor named in the sentence before token ``position`` that is not the
    object of a preposition ("against France" names no doer)."""
    forms = sorted(
        (
            (form.split(), rank, actor)
            for rank, actor in enumerate(actors)
            for form in (actor.name, *actor.aliases)
            if form
        ),
        key=lambda f: (-len(f[0]), f[1]),
    )
    for k in range(min(position, len(tokens))):
        for parts, _, actor in forms:
            if [t.text for t in tokens[k : k + len(parts)]] != parts:
                continue
            j = k - 1
            while j >= 0 and tokens[j].tag in ("DT", "JJ"):
                j -= 1
            if j >= 0 and tokens[j].tag in ("IN", "TO"):
                break
            nxt = k + len(parts)
            if actor.label == "PLACE" and nxt < position and tokens[nxt].tag.startswith("NNP"):
                # "US Secretary of State Antony Blinken": the place qualifies a name.
                break
            return actor
    return None


def _names(text: str, actor: Actor) -> bool:
    """Return whether ``text`` already names ``actor`` (by any of its forms or its short name)."""
    return any(form in text for form in (actor.name, *actor.aliases, short_name(actor)))


def prefer_acronyms(text: str, actors: Sequence[Actor]) -> str:
    """Return ``text`` with an actor's long name replaced by the acronym the article uses."""
    for actor in actors:
        short = short_name(actor)
        if actor.label != "PERSON" and short != actor.name and actor.name in text:
            text = text.replace(actor.name, short)
    return text


def _with_actor(phrase: Phrase, sentence: Sequence[Token], actors: Sequence[Actor]) -> list[str]:
    """Return the phrase's words, naming the actor behind it when the phrase does not."""
    words = list(phrase.words)
    if len(words) > 8:
        words = words[: words.index("of")] if "of" in words[:8] else words[:6]
    text = " ".join(words)
    if any(_names(text, a) for a in actors):
        return words
    subject = _subject(sentence, phrase.position, actors)
    if subject is None:
        return words
    name = short_name(subject)
    if (subject.label == "PERSON" or (subject.label == "PLACE" and not phrase.action)) and (
        not name.endswith("s")
    ):
        extended = [possessive(name), *words]
    elif subject.label in ("ORG", "GROUP") and not phrase.action:
        extended = [name, *words]
    else:
        extended = [*words, "by", name]
    return extended if _count(extended) <= 8 else words


# Event nouns that name the same thing: a heading joins two events, never one twice.
_FAMILIES: dict[str, str] = lexicon.table("headings.families")


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
) -> list[str]:
    """Return 3-8 word headings from the best sentences' event phrases and their actors,
    best first (empty when no sentence holds an event phrase).

    ``sentences`` come best first; ``actors`` are the section's key actors, most mentioned
    first (group adjectives such as "French" are not named); ``common`` holds words found all
    over the article (a weak heading).
    """
    doers = [a for a in actors if not is_adjectival(a)]
    options = []
    for rank, sentence in enumerate(sentences):
        for phrase in event_phrases(sentence):
            weak = phrase.head in common
            options.append((weak, rank, phrase.position, phrase, sentence))
    options.sort(key=lambda o: (o[0], o[1], o[2]))
    out: list[str] = []
    for n, (_, _, _, phrase, sentence) in enumerate(options):
        words = _with_actor(phrase, sentence, doers)
        if len(words) <= 4:
            # A short phrase gains a second event of the section ("sanctions and intervention").
            for other in options[n + 1 :]:
                extra = [w for w in other[3].words if w.lower() not in ("the", "a", "an")]
                fresh = _family(other[3].head) != _family(phrase.head)
                if (
                    fresh
                    and not other[0]
                    and other[3].head not in " ".join(words).lower()
                    and (_count(words) + 1 + _count(extra) <= 8)
                ):
                    words = [*words, "and", *extra]
                    break
        text = " ".join(words)
        if len(words) < 3 and doers and not _names(text, doers[0]):
            words = [*words, "in" if doers[0].label == "PLACE" else "by", short_name(doers[0])]
        heading = prefer_acronyms(_tidy(words[:8]), actors)
        if 3 <= len(heading.split()) <= 8 and heading not in out:
            out.append(heading)
    return out
