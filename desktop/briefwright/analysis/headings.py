"""Short specific section headings from a section's key actor and its main event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefwright.analysis.model import Actor
from briefwright.analysis.wordlists import words

# Nouns that name an event or a state a briefing reader cares about, and the nouns that
# verbs of the article turn into ("rejected" → "rejection").
EVENT_NOUNS: frozenset[str] = words(
    """
        evacuation evacuations sanctions sanction intervention protests protest
        demonstrations aid suspension coup election elections vote referendum talks attack
        attacks strike strikes deal agreement ceasefire truce flights rates rate inflation
        growth profit profits results victory defeat win merger takeover acquisition tariffs
        exports imports output production prices offensive withdrawal arrest arrests trial
        verdict ban investigation summit visit call conversation commitment reforms budget
        crisis floods earthquake outbreak cases deaths casualties fighting clashes shelling
        airstrikes rejection uranium migration bases presence cooperation assistance
        donations loan loans debt bailout layoffs jobs unemployment sales revenue earnings
        shares stocks bonds investment investments spending cuts hike rally demonstration
        march riots unrest violence killings ambush raid raids kidnapping hostage hostages
        negotiations dialogue mediation resignation appointment inauguration campaign goal
        goals title final semi-final match draw comeback record
        """
)
NOMINALS: dict[str, str] = {
    "evacuat": "evacuation",
    "reject": "rejection",
    "suspend": "suspension",
    "impos": "sanctions",
    "protest": "protests",
    "demonstrat": "demonstrations",
    "gather": "protests",
    "invad": "invasion",
    "withdr": "withdrawal",
    "arrest": "arrests",
    "resign": "resignation",
    "appoint": "appointment",
    "elect": "election",
    "attack": "attack",
    "kill": "killings",
    "sign": "signing",
    "launch": "launch",
    "announc": "announcement",
    "approv": "approval",
    "ban": "ban",
    "condemn": "condemnation",
    "cut": "cuts",
    "rais": "rise",
    "rose": "rise",
    "fell": "fall",
    "beat": "win over",
    "defeat": "win over",
    "won": "win",
    "acquir": "acquisition",
    "merg": "merger",
}
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "NNPS", "HYPH", "VBN"})
_PP_HEADS = frozenset({"of", "in", "on", "against", "with", "for", "over", "to"})
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


_WEAK_ADJECTIVES = words(
    """
        significant major strong crucial firm widespread recent swift vital important
        serious several various many other further additional broader wider own certain
        """
)


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


def event_phrases(tokens: Sequence[Token]) -> list[Phrase]:
    """Return the event phrases of a sentence: event nouns with their modifiers and a short
    prepositional phrase, and action verbs turned into nouns with their object."""
    found: list[Phrase] = []
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if tok.tag.startswith("VB"):
            nominal = next((n for stem, n in NOMINALS.items() if low.startswith(stem)), None)
            if nominal is None:
                continue
            obj, after = _noun_run(tokens, i + 1, 5)
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
            joiner = [] if nominal in ("sanctions", "win over") else ["of"]
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
        if end < len(tokens) and tokens[end].text.lower() in _PP_HEADS:
            obj, _ = _noun_run(tokens, end + 1, 4)
            if obj:
                words += [tokens[end].text.lower(), *obj]
        found.append(Phrase(tuple(words), low, i, False))
    return found


_NOUN_NOMINALS = frozenset({"sanctions", "protests", "demonstrations", "killings", "arrests"})
STOP_OBJECTS = frozenset({"them", "it", "this", "that", "these", "those"})


def short_name(actor: Actor) -> str:
    """Return how a heading names ``actor``: a surname, an acronym, or the name."""
    if actor.label == "PERSON":
        return actor.name.split()[-1]
    for alias in sorted(actor.aliases, key=lambda a: (len(a), a)):
        if " " not in alias and 2 <= len(alias.replace(".", "")) <= 7 and alias[:1].isupper():
            return alias.replace(".", "")
    return actor.name


def _tidy(words: list[str]) -> str:
    """Return words joined as a heading: possessives attached, no leading article, sentence case."""
    text = " ".join(words)
    text = re.sub(r" (['’]s\b|-|['’])", r"\1", text).replace("- ", "-")
    text = re.sub(r"^(?:the|a|an|its|their|his|her) ", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def _subject(tokens: Sequence[Token], position: int, actors: Sequence[Actor]) -> Actor | None:
    """Return the first actor named in the sentence before token ``position``."""
    if not tokens or position >= len(tokens):
        return None
    before = " ".join(t.text for t in tokens[:position])
    best: tuple[int, int] | None = None
    chosen: Actor | None = None
    for rank, actor in enumerate(actors):
        for form in (actor.name, *actor.aliases):
            at = before.find(form)
            if at >= 0 and (best is None or (at, rank) < best):
                best, chosen = (at, rank), actor
    return chosen


def make_heading(
    sentences: Sequence[Sequence[Token]],
    actors: Sequence[Actor],
    fallback: str,
    common: frozenset[str] = frozenset(),
) -> str:
    """Return a 3-8 word heading from the best sentences' event phrase and its actor.

    ``sentences`` come best first; ``actors`` are the section's key actors, most mentioned
    first; ``common`` holds words found all over the article (a weak heading); ``fallback``
    is used when no event phrase is found.
    """
    options = []
    for rank, sentence in enumerate(sentences):
        for phrase in event_phrases(sentence):
            weak = phrase.head in common
            options.append((weak, rank, phrase.position, phrase, sentence))
    if not options:
        return _tidy(fallback.split()[:8])
    options.sort(key=lambda o: (o[0], o[1], o[2]))
    _, _, _, phrase, sentence = options[0]
    words = list(phrase.words)
    if len(words) > 8:
        words = words[: words.index("of")] if "of" in words[:8] else words[:6]
    text = " ".join(words)
    named = any(form in text for a in actors for form in (a.name, *a.aliases))
    subject = _subject(sentence, phrase.position, actors) or (actors[0] if actors else None)
    if not named and subject is not None:
        name = short_name(subject)
        if subject.label == "PERSON" or (subject.label == "PLACE" and not phrase.action):
            extended = [name + "’s", *words]
        elif subject.label in ("ORG", "GROUP") and not phrase.action:
            extended = [name, *words]
        else:
            extended = [*words, "by", name]
        if len(extended) <= 8:
            words = extended
    if len(words) < 3:
        for option in options[1:]:
            extra = list(option[3].words)
            if option[3].head != phrase.head and len(words) + 1 + len(extra) <= 8:
                words = [*words, "and", *extra]
                break
    if len(words) < 3 and actors and short_name(actors[0]) not in words:
        words = [*words, "in" if actors[0].label == "PLACE" else "by", short_name(actors[0])]
    return _tidy(words[:8])
