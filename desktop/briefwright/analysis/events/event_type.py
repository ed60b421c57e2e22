"""The kind of event an article reports, read from its headline and the lede's main clause.

An article about an Ebola outbreak mentions flights and hospitals; one about a coup mentions
the election it overturned. What the story is about stands in its headline and in the main
clause of its first sentence, so cues there count most; the lede's subordinate clauses
("after the government raised fuel prices"), the next two sentences and, far less, the rest
of the article only add to them. The cue words are in ``resources/event_types.toml``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.analysis.events.cues import GENERAL, CueHit, cue_lexicon
from briefwright.analysis.penn import FINITE
from briefwright.analysis.sections.phrases import Token
from briefwright.model.article import Article, Sentence
from briefwright.model.calendar import MONTHS, WEEKDAYS

# How much a cue counts by where it stands (times its strength and its clause's weight).
HEADLINE_WEIGHT = 3.0
LEDE_WEIGHT = 3.0
NEAR_WEIGHT = 1.0  # the two sentences after the lede's first
NEAR_SENTENCES = 2
BODY_WEIGHT = 0.15  # each use in the rest of the article …
BODY_CAP = 1.5  # … up to this much for one type
# A type needs this much to be proposed; a single weak cue in the lede is not enough.
MIN_SCORE = 2.0
# A clause's weight: the main clause; a topic after "over", "against" ("protests over the
# election"); a subordinate clause, a participle clause, who said it.
MAIN, TOPIC, SUBORDINATE = 1.0, 0.5, 0.35
MAX_CUES = 4
SHOWN_STRENGTH = 0.6  # a cue this strong is shown and joins its neighbours into a phrase
HEADLINE_WORDS = (2, 30)

_SUBORDINATORS = (lexicon.words("events.subordinators") - {"so", "as"}) | {
    "amid",
    "despite",
    "according",
    "ahead",
    "whereby",
}
_TOPIC_PREPOSITIONS = frozenset({"over", "about", "against"})
# "as" opens a clause except in these ("such as", "as well as", "as many as" …).
_AS_BEFORE = frozenset({"such", "well", "as", "just", "same"})
_AS_AFTER = frozenset({"well", "many", "much", "soon", "far", "long", "part", "of", "to", "a"})
_SPEECH = frozenset(
    {"said", "says", "told", "reported", "announced", "confirmed", "stated", "added", "warned"}
)
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_CLAUSE_END = frozenset({",", ";", ":", "—", "–", "(", ")"})
_NUMBER = re.compile(r"\d[\d.,]*$")
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "in", "on", "at", "after", "as", "this", "its", "his", "her", "their"}
)
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})


@dataclass(frozen=True)
class EventReading:
    """The kind of event an article reports (a key of ``event_types.toml``), the phrases
    that decided it as the article writes them, and every type's score (best first)."""

    key: str
    cues: tuple[str, ...]
    scores: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class _Weighed:
    hit: CueHit
    weight: float  # zone weight times clause weight
    text: str  # the phrase to show (the cue and the words that name it)


def tokens_of(text: str) -> list[Token]:
    """Return the words and punctuation of ``text`` as untagged tokens."""
    return [Token(m.group(), "", m.start()) for m in _WORD.finditer(text)]


def clause_weights(tokens: Sequence[Token]) -> list[float]:
    """Return the weight of each token's clause in one sentence: MAIN, TOPIC or SUBORDINATE.

    A subordinate clause runs from its opener ("after", "which", "amid", a participle after
    a comma, a relative "that" where the tagger says so) to the next comma, semicolon or
    dash; so does a topic ("over the election"). Who said it ("…, officials said") is
    subordinate, and so is a lead-in ("Police said on Tuesday that …").
    """
    n = len(tokens)
    out = [MAIN] * n
    words = [t.text.lower() for t in tokens]
    current = MAIN
    for i, word in enumerate(words):
        if tokens[i].text in _CLAUSE_END:
            current = MAIN
            out[i] = MAIN
            continue
        prev = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < n else ""
        opens = word in _SUBORDINATORS
        if word == "as":
            opens = prev not in _AS_BEFORE and after not in _AS_AFTER
        elif word == "following":
            opens = prev not in ("the", "a", "its", "their")
        elif word == "that":
            opens = tokens[i].tag == "WDT"
        elif prev == "," and (tokens[i].tag == "VBG" or (not tokens[i].tag and _ing(word))):
            opens = True
        if opens:
            current = SUBORDINATE
        elif word in _TOPIC_PREPOSITIONS and current == MAIN:
            current = TOPIC
        out[i] = current
    _apposition(tokens, words, out)
    _frame_speech(words, out)
    return out


def _apposition(tokens: Sequence[Token], words: Sequence[str], out: list[float]) -> None:
    """Mark a noun phrase set off by commas after a name as subordinate ("…, the alleged
    mastermind of the Mumbai attacks, …"): it opens with an article and holds no finite verb."""
    commas = [i for i, w in enumerate(words) if w == ","]
    for a, b in itertools.pairwise(commas):
        inside = range(a + 1, b)
        if b - a > 12 or b - a < 3 or words[a + 1] not in ("the", "a", "an"):
            continue
        if any(_finite(tokens, words, k) for k in inside):
            continue
        for k in inside:
            out[k] = min(out[k], SUBORDINATE)


def _finite(tokens: Sequence[Token], words: Sequence[str], k: int) -> bool:
    """Return whether token ``k`` is a finite verb (by its tag, or guessed from its word)."""
    if tokens[k].tag:
        return tokens[k].tag in FINITE
    if words[k] in _AUXILIARIES:
        return True
    return words[k].endswith("ed") and words[k - 1] not in ("the", "a", "an")


def _ing(word: str) -> bool:
    return len(word) > 5 and word.endswith("ing") and word not in ("including", "during")


def _frame_speech(words: Sequence[str], out: list[float]) -> None:
    """Mark who said it: a short last segment with a speech verb ("…, the ministry said.")
    as subordinate, a lead-in within the first ten words ("X said that …") as a topic (the
    speaker may be who acted: "Rebels said they had taken the town")."""
    commas = [i for i, w in enumerate(words) if w == ","]
    if commas:
        last = commas[-1]
        tail = [w for w in words[last + 1 :] if w.isalnum()]
        if len(tail) <= 8 and any(w in _SPEECH for w in tail):
            for i in range(last, len(words)):
                out[i] = SUBORDINATE
    for i, word in enumerate(words[:10]):
        if word in _SPEECH and len(words) - i > 6:
            end = i + 1
            while end < len(words) and end - i <= 4 and words[end] != "that":
                if words[end] in _CLAUSE_END:
                    break
                end += 1
            end = end + 1 if end < len(words) and words[end] == "that" else i + 1
            for k in range(end):
                out[k] = min(out[k], TOPIC)
            break


def _weighed(
    text: str, tokens: Sequence[Token], zone: float, offset: int = 0
) -> list[_Weighed]:
    """Return the cues of one sentence ``text`` with their weight (``zone`` times their
    clause's weight); ``tokens`` index ``text`` from ``offset``."""
    hits = cue_lexicon().find(text)
    if not hits:
        return []
    clauses = clause_weights(tokens)
    starts = [t.idx - offset for t in tokens]
    spans = [(_token_at(starts, h.start), _token_at(starts, max(h.start, h.end - 1))) for h in hits]
    out = []
    for hit, (first, last) in zip(hits, spans, strict=True):
        clause = clauses[first] if first is not None else MAIN
        if first is None or last is None:
            out.append(_Weighed(hit, zone * clause, hit.text))
            continue
        kinds = {k for k, s in hit.weights if s >= SHOWN_STRENGTH}
        # The words of other cues of the same kind join it ("Ebola" + "outbreak").
        kin = {
            k
            for other, (a, b) in zip(hits, spans, strict=True)
            if a is not None and b is not None
            and kinds & {k for k, s in other.weights if s >= SHOWN_STRENGTH}
            for k in range(a, b + 1)
        }
        lo, hi = _phrase_bounds(tokens, first, last, kin, hit.text if kinds else "")
        # A phrase neither opens nor ends on a small word another cue brought in ("by").
        while lo < first and tokens[lo].text.lower() in _FUNCTION_WORDS | {"by", "of"}:
            lo += 1
        while hi > last and tokens[hi].text.lower() in _FUNCTION_WORDS | {"by", "of"}:
            hi -= 1
        phrase = text[starts[lo] : starts[hi] + len(tokens[hi].text)]
        out.append(_Weighed(hit, zone * clause, " ".join(phrase.split())))
    return out


def _token_at(starts: Sequence[int], char: int) -> int | None:
    best = None
    for k, s in enumerate(starts):
        if s > char:
            break
        best = k
    return best


def _phrase_bounds(
    tokens: Sequence[Token], first: int, last: int, kin: set[int], cue: str
) -> tuple[int, int]:
    """Return the first and last token of the phrase that shows a cue: with the cues of the
    same kind next to it, a magnitude ("magnitude 6.8 earthquake"), the name before a noun
    ("Marburg virus") and the name after a capitalised one ("Typhoon Rai"); five words at
    most."""
    words = [t.text for t in tokens]
    noun = cue[:1].islower() and not cue.split()[0].endswith("ed")
    lo, hi = first, last
    while lo > 0 and hi - lo < 4:
        k = lo - 1
        word = words[k]
        measured = k > 0 and (k - 1 in kin or words[k - 1].lower() == "magnitude")
        if (
            k in kin
            or word.lower() == "magnitude"
            or (_NUMBER.match(word) and measured)
            or (noun and k > 0 and _name(word))
        ):
            lo = k
        else:
            break
    while hi + 1 < len(tokens) and hi - lo < 4:
        k = hi + 1
        if k in kin or (cue[:1].isupper() and _name(words[k])):
            hi = k
        else:
            break
    return lo, hi


def _name(word: str) -> bool:
    """Return whether ``word`` is a capitalised name (not a month or weekday)."""
    return (
        word[:1].isupper()
        and word.replace("-", "").isalpha()
        and word not in _CALENDAR
        and word.lower() not in _FUNCTION_WORDS
    )


def _sentences(article: Article) -> list[tuple[int, int, int, str]]:
    """Return (paragraph id, start, end, text) of every sentence, body paragraphs from the
    lead on first (a heading before the lead reads like the body)."""
    lead = article.lead_paragraph
    ordered = [p for p in article.paragraphs if p.id >= lead and p.kind == "body"]
    ordered += [p for p in article.paragraphs if p not in ordered]
    out = []
    for p in ordered:
        for s in p.sentences or (Sentence(0, len(p.text)),):
            if p.text[s.start : s.end].strip():
                out.append((p.id, s.start, s.end, p.text[s.start : s.end]))
    return out


def real_headline(article: Article) -> str:
    """Return the article's title when it reads as a headline, else ``""``: two to thirty
    words, not a file name, and not the lead's opening words (a title taken from the text)."""
    title = " ".join(article.title.split())
    words = title.split()
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]:
        return ""
    if re.search(r"\.(?:txt|md|html?|docx?)$|[_/\\]", title, re.IGNORECASE):
        return ""
    body = [p for p in article.paragraphs if p.kind == "body"]
    lead = " ".join(body[0].text.split()) if body else ""
    if lead.lower().startswith(title.rstrip(".…").lower()):
        return ""
    return title


def classify_event(
    article: Article, tokens: Mapping[int, Sequence[Token]] | None = None
) -> EventReading:
    """Return the kind of event ``article`` reports and the phrases that decided it.

    ``tokens`` are the tagged tokens of each paragraph (by id) where the language model ran;
    without them the lede's clauses are told from its words alone. An article whose best
    type scores under MIN_SCORE is ``general`` with no cues.
    """
    weighed: list[_Weighed] = []
    headline = real_headline(article)
    if headline:
        weighed += _weighed(headline, tokens_of(headline), HEADLINE_WEIGHT)
    body: list[_Weighed] = []
    for n, (pid, start, end, text) in enumerate(_sentences(article)):
        zone = LEDE_WEIGHT if n == 0 else NEAR_WEIGHT if n <= NEAR_SENTENCES else BODY_WEIGHT
        tagged = tokens.get(pid) if tokens is not None and n == 0 else None
        if tagged:
            sentence_tokens = [t for t in tagged if start <= t.idx < end]
            found = _weighed(text, sentence_tokens, zone, offset=start)
        else:
            found = _weighed(text, tokens_of(text), zone)
        (body if zone == BODY_WEIGHT else weighed).extend(found)
    scores = _scores(weighed, body)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], _precedence(kv[0])))
    best, top = ranked[0] if ranked else (GENERAL, 0.0)
    if top < MIN_SCORE:
        return EventReading(GENERAL, (), tuple(ranked))
    return EventReading(best, _cues(best, weighed, body), tuple(ranked))


def _scores(weighed: Iterable[_Weighed], body: Iterable[_Weighed]) -> dict[str, float]:
    """Return each type's score: in the headline and near the lede each cue counts once, at
    its best place; in the rest of the article every use counts, up to BODY_CAP."""
    best: dict[tuple[str, str], float] = {}
    for w in weighed:
        for key, strength in w.hit.weights:
            cue = (key, w.hit.text.lower())
            best[cue] = max(best.get(cue, 0.0), w.weight * strength)
    scores: dict[str, float] = {}
    for (key, _), value in best.items():
        scores[key] = scores.get(key, 0.0) + value
    extra: dict[str, float] = {}
    for w in body:
        for key, strength in w.hit.weights:
            extra[key] = extra.get(key, 0.0) + w.weight * strength
    for key, value in extra.items():
        scores[key] = scores.get(key, 0.0) + min(BODY_CAP, value)
    return scores


def _precedence(key: str) -> int:
    keys = list(cue_lexicon().labels)
    return keys.index(key) if key in keys else len(keys)


def _cues(key: str, weighed: Sequence[_Weighed], body: Sequence[_Weighed]) -> tuple[str, ...]:
    """Return the phrases that told ``key``, the weightiest first, at most MAX_CUES; from
    the rest of the article only when the headline and lede hold none."""
    def told(items: Sequence[_Weighed], least: float) -> list[tuple[float, int, str]]:
        return [
            (-w.weight * s, n, w.text)
            for n, w in enumerate(items)
            for k, s in w.hit.weights
            if k == key and s >= least
        ]

    # Weak cues ("police", "flights") show only when no stronger one told the type.
    ranked = next(
        (
            sorted(found)
            for found in (
                told(weighed, SHOWN_STRENGTH),
                told(body, SHOWN_STRENGTH),
                told(weighed, 0.0),
                told(body, 0.0),
            )
            if found
        ),
        [],
    )
    out: list[str] = []
    for _, _, text in ranked:
        low = text.lower()
        inside = [i for i, o in enumerate(out) if o.lower() in low]
        if inside:  # a longer phrase of the same cue takes its place ("Typhoon Rai")
            out[inside[0]] = text
        elif not any(low in o.lower() for o in out) and len(out) < MAX_CUES:
            out.append(text)
    return tuple(dict.fromkeys(out))
