"""A heading from a sentence's main clause, shortened as a headline is: who, the verb, what.

Used where no named actor's clause and no event phrase makes a heading: "Students have been
expelled", "Bandits pulled off most recent robbery", "Police: men targeted Japanese
tourists" (what a speaker says, after the speaker's name). Words are the sentence's own, in
its order; a heading is made only where the clause ends within a few words at a natural
boundary, never cut inside a noun phrase, and never from a clause whose subject is a pronoun
or that stands inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.sections.clauses import _actor_in
from briefwright.analysis.sections.phrases import (
    STOP_OBJECTS,
    Token,
    is_adjectival,
    short_name,
)
from briefwright.analysis.weights import WEIGHTS
from briefwright.model import calendar
from briefwright.model.analysis import Actor

_REPORTING = lexicon.words("tense.reporting_verbs") | lexicon.words("headings.clause_taking_verbs")
_QUANTITIES = lexicon.words("headings.quantity_nouns")
_TIME_WORDS = (*lexicon.items("headings.time_words"), *calendar.MONTHS, *calendar.WEEKDAYS)
_TIME = frozenset(w.lower() for w in _TIME_WORDS)
# Prepositions whose phrase completes a verb with no object ("slid off the runway").
_PLACE_PREPOSITIONS = frozenset({"into", "off", "onto", "across", "from", "to", "at", "in", "on"})
_INACTIVE = lexicon.words("headings.inactive_verbs")
_BE = frozenset({"is", "are", "was", "were", "been", "be", "'s", "'re", "am"})
_AUX = _BE | {"has", "have", "had", "being", "will", "would", "do", "does", "did"}
_NEGATION = frozenset({"not", "n't", "never"})
_CURRENCY = frozenset({"$", "£", "€", "¥"})
_DENY = frozenset({"deny", "denies", "denied", "doubt", "doubts", "doubted", "disputed"})
_TELL = frozenset({"tell", "tells", "told"})
_PERSONAL = frozenset({"he", "she", "they"})
# Words that open a clause of its own after the main one ("… before skidding to a halt").
_SUBORDINATORS = lexicon.words("events.subordinators") | frozenset({"that", "whether", "if"})
# Verbs that take what is said, never an object a heading could name.
_SAY = _TELL | frozenset({"say", "says", "said", "add", "adds", "added", "think", "thinks"})
_NP_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "$"})
_LEAD_TAGS = frozenset({"DT", "PRP$"})
# Subjects that point back or to nobody: "He said", "This is", "Another was".
_BACK_SUBJECTS = frozenset(
    {"this", "that", "these", "those", "such", "another", "it", "he", "she", "they", "we", "i",
     "you", "both", "each", "some", "one", "all", "none", "many", "most", "other", "others"}
)
# Prepositions a name may hold ("Council on American Islamic Relations", "Bank of America").
_NAME_JOINS = frozenset({"of", "on", "for", "in"})
# Openers of a sentence before its subject that are adjectives ("Last month, …").
_TIME_OPENERS = _TIME | {"late", "early", "minutes", "moments"}
_EMPTY_OBJECTS = lexicon.words("headings.empty_objects")


def _quoted(tokens: Sequence[Token]) -> list[bool]:
    """Return, for each token, whether it stands inside double quotation marks (or is one)."""
    inside, out = False, []
    for t in tokens:
        if t.text in ("“", "``"):
            inside = True
        elif t.text in ("”", "''"):
            out.append(True)
            inside = False
            continue
        elif t.text == '"':
            out.append(True)
            inside = not inside
            continue
        out.append(inside)
    return out


def _opening(tokens: Sequence[Token]) -> int:
    """Return where the main clause starts: after an opening adverbial ("At the time,", "On
    Saturday", "Since the video surfaced Sunday,") or connective ("But", "Also,")."""
    k = 0
    while k < len(tokens) and tokens[k].tag in ("CC", "RB") and tokens[k].lower_ not in _NEGATION:
        k += 1
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
    opener = k < len(tokens) and (
        tokens[k].tag in ("IN", "RB", "VBG", "VBN", "WRB") or tokens[k].lower_ in _TIME_OPENERS
    )
    if opener:
        comma = next((j for j in range(k, min(len(tokens), k + 16)) if tokens[j].text == ","), -1)
        if comma >= 0:
            return comma + 1
        if tokens[k].tag == "IN":
            # "On Saturday the State Department said": the phrase ends before an article.
            j = k + 1
            while j < len(tokens) and (
                tokens[j].tag in _NP_TAGS or (tokens[j].tag == "DT" and j == k + 1)
            ):
                j += 1
            return j
    return k


def _negated(words: Sequence[str]) -> bool:
    """Return whether a verb group's words hold a negation ("not", "never", "doesn't")."""
    return any(w.lower() in _NEGATION or w.lower().endswith("n't") for w in words)


def _noun_phrase(
    tokens: Sequence[Token], k: int, names: bool, keep_article: bool = False
) -> tuple[list[int], int]:
    """Return the token indexes of the noun phrase at ``k`` (a leading article or possessive
    left out unless ``keep_article``, a time word ending it) and where it ends; ``names``
    lets a preposition inside a proper name stand ("Bank of America")."""
    picked: list[int] = []
    j = k
    while j < len(tokens):
        t = tokens[j]
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if t.lower_ in _TIME:
            break  # "robbery Monday", "indicted on February 5": the time is no part of it
        if t.tag in _LEAD_TAGS and not picked:
            if keep_article or t.lower_ == "no":  # "no explanation" keeps its "no"
                picked.append(j)
            j += 1
            continue
        if t.tag in _NP_TAGS:
            picked.append(j)
        elif t.tag in ("RBS", "RBR", "RB") and nxt is not None and nxt.tag.startswith("JJ"):
            picked.append(j)  # "most recent"
        elif t.tag in ("VBG", "VBN") and nxt is not None and nxt.tag.startswith("NN"):
            picked.append(j)  # "the remaining personnel", "an armed man"
        elif (
            names
            and t.lower_ in _NAME_JOINS
            and picked
            and tokens[picked[-1]].tag.startswith("NNP")
            and nxt is not None
            and nxt.tag.startswith("NNP")
        ):
            picked.append(j)
        else:
            break
        j += 1
    if 0 < j < len(tokens) and picked:
        before, tok = tokens[j - 1], tokens[j]
        if tok.idx == before.idx + len(before.text) and (tok.text[:1].isalnum() or tok.text == "-"):
            return [], j  # "house-to-house killings" cut inside its word
    while picked and tokens[picked[-1]].tag in ("POS", "HYPH", "JJ", "RB", "RBS", "CD"):
        if tokens[picked[-1]].tag == "CD" and (
            len(picked) > 1 or (j < len(tokens) and tokens[j].lower_ == "of")
        ):
            break  # "Flight 9525" ends in its number; "125 of its members" counts them
        picked.pop()
    return picked, j


def _words(tokens: Sequence[Token], idx: Sequence[int]) -> list[str]:
    """Return the words of tokens ``idx``, a currency sign joined to its amount ("$20,000")."""
    out: list[str] = []
    for i in idx:
        if out and out[-1] in _CURRENCY:
            out[-1] += tokens[i].text
        else:
            out.append(tokens[i].text)
    return out


def _subject(
    tokens: Sequence[Token], k: int, actors: Sequence[Actor], referent: str | None = None
) -> tuple[list[str], int] | None:
    """Return the subject at ``k`` as a heading names it, and where its verb may start; a
    personal pronoun opening the sentence is named by ``referent`` (who it stands for)."""
    if k < len(tokens) and referent and tokens[k].lower_ in _PERSONAL:
        if any(t.tag == "PRP" for t in tokens[:k]):
            return None  # not the pronoun that opens the sentence
        named = next((a for a in actors if referent in (a.name, *a.aliases)), None)
        if named is None and len(referent.split()) > 2:
            return None  # how a heading names it is not known
        return [short_name(named) if named else referent], k + 1
    if k >= len(tokens) or tokens[k].lower_ in _BACK_SUBJECTS or tokens[k].tag == "PRP":
        return None
    idx, end = _noun_phrase(tokens, k, names=True)
    if not idx or not tokens[idx[-1]].tag.startswith("NN"):
        return None
    if end < len(tokens) and tokens[end].text == ",":
        # An appositive or a relative clause between commas ("Larijani, Iran's speaker, said").
        close = next(
            (j for j in range(end + 1, min(len(tokens), end + 14)) if tokens[j].text == ","), -1
        )
        if close < 0:
            return None
        end = close + 1
    words = _words(tokens, idx)
    # A long subject is named by its actor's short name, when it names one.
    named = _actor_in(tokens, idx[0], idx[-1] + 1, actors) if _length(words) > 3 else None
    if named is not None and not is_adjectival(named):
        words = [short_name(named)]
    elif _length(words) > 4:
        cut = next((n for n, i in enumerate(idx) if tokens[i].lower_ in _NAME_JOINS), len(idx))
        if cut == 0 or _length(words[:cut]) > 4:
            return None
        words = words[:cut]
    return words, end


def _verb(tokens: Sequence[Token], k: int) -> tuple[list[str], int, Token] | None:
    """Return the verb group at ``k`` (auxiliaries and a negation kept, other adverbs left
    out, a particle kept: "pulled off", "has shut down"), where it ends and its main verb."""
    words: list[str] = []
    main: Token | None = None
    last_aux: Token | None = None
    j = k
    while j < len(tokens):
        t = tokens[j]
        if t.tag == "MD" or (t.lower_ in _AUX and main is None):
            words.append(t.text)
            last_aux = t
        elif t.tag in ("RB", "RBR") and main is None:
            if t.lower_ in _NEGATION and words and t.lower_ == "n't":
                words[-1] += t.text  # "is" "n't": "isn't"
            elif t.lower_ in _NEGATION:
                words.append(t.text)
        elif t.tag.startswith("VB") and main is None:
            words.append(t.text)
            main = t
        elif t.tag == "RP" and main is not None:
            words.append(t.text)
        else:
            break
        j += 1
        if main is not None and (j >= len(tokens) or tokens[j].tag != "RP"):
            break
    if main is None:
        # A copula alone ("was unarmed", "is in custody"): its last auxiliary is the verb.
        if last_aux is None or words[-1].lower() not in _AUX:
            return None
        main = last_aux
    if words and words[0].lower() in ("do", "does", "did") and not _negated(words):
        return None  # "did say": emphasis a heading does without
    if tokens[k].tag.startswith("VB") and tokens[k].tag in ("VBG", "VBN") and len(words) == 1:
        return None  # a participle alone is no finite verb
    return words, j, main


def _ends(tokens: Sequence[Token], k: int) -> bool:
    """Return whether a clause may end before token ``k``: at the sentence's end, a stop or
    a comma, "and", a dash, or a phrase of time ("on February 5", "last week")."""
    if k >= len(tokens) or tokens[k].tag in (".", ",", ":", "CC") or tokens[k].text in ("--", ";"):
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if tokens[k].lower_ in _TIME:
        return True
    return tokens[k].tag == "IN" and nxt is not None and nxt.lower_ in _TIME


def _length(words: Sequence[str]) -> int:
    """Return how many words ``words`` make in a heading, hyphens and possessives attached."""
    text = re.sub(r" (['’]s\b|-|['’]|%)", r"\1", " ".join(words)).replace("- ", "-")
    return len(text.split())


def _object(tokens: Sequence[Token], k: int) -> tuple[list[str], int] | None:
    """Return the object or complement at ``k`` (with the "of" phrase that completes it) and
    where it ends; [] when the clause ends there; None when it does not end within reach."""
    if _ends(tokens, k):
        return [], k
    if tokens[k].tag == "TO" and k + 1 < len(tokens) and tokens[k + 1].tag == "VB":
        inner = _object(tokens, k + 2)
        if inner is None or (not inner[0] and tokens[k + 1].lower_ in _INACTIVE):
            return None
        return [tokens[k].text, tokens[k + 1].text, *inner[0]], inner[1]
    if tokens[k].tag in ("IN", "TO", "WDT", "WP"):
        return [], k
    idx, end = _noun_phrase(tokens, k, names=True)
    if not idx:
        if tokens[k].tag in ("JJ", "VBN") and _ends(tokens, k + 1):
            return [tokens[k].text], k + 1  # "was unarmed", "were justified"
        return None
    words = _words(tokens, idx)
    if end < len(tokens) and tokens[end].lower_ == "of":
        # "125 of its own members": the "of" phrase keeps its article or possessive.
        tail, after = _noun_phrase(tokens, end + 1, names=True, keep_article=True)
        if not tail:
            return None
        words = [*words, "of", *_words(tokens, tail)]
        end = after
        if end < len(tokens) and tokens[end].lower_ == "of":
            return None  # "sketches of two [of the suspects]": cut before what it counts
    if end < len(tokens) and (tokens[end].tag.startswith("VB") or tokens[end].tag == "MD"):
        # The subject of a clause the verb takes ("argues the FBI has given …"): a heading
        # would cut it.
        return None
    if end + 1 < len(tokens) and tokens[end].tag == "TO" and tokens[end + 1].tag == "VB":
        return None  # "warned its citizens to be on alert": what they were warned to do
    if not _ends(tokens, end) and tokens[end].tag not in ("IN", "TO", "WDT", "WP", "VBG", "VBN"):
        return None  # "is 200 kilometers (124 miles) south of Mosul": it goes on
    if all(w.lower() in STOP_OBJECTS | _EMPTY_OBJECTS for w in words):
        return None
    if words[-1].lower() in _QUANTITIES:
        return None
    return words, end


def _clause(
    tokens: Sequence[Token],
    k: int,
    actors: Sequence[Actor],
    quoted: list[bool],
    depth: int,
    referent: str | None = None,
) -> list[str] | None:
    """Return the heading words of the clause starting at ``k``, or None; ``referent`` names
    who a pronoun opening the sentence stands for."""
    subject = _subject(tokens, k, actors, referent if not depth else None)
    if subject is None:
        return None
    words, at = subject
    while at < len(tokens) and tokens[at].lower_ in _TIME:
        at += 1  # "An FBI statement last month provided": the time stands between
    verb = _verb(tokens, at)
    if verb is None:
        return None
    group, at, main = verb
    that = at < len(tokens) and tokens[at].lower_ == "that"
    negated = _negated(group) or main.lower_ in _DENY
    if (main.lower_ in _REPORTING or that) and negated:
        return None  # "doesn't believe the chant was isolated": what follows is not stated
    if (main.lower_ in _REPORTING or that) and not depth:
        # What a speaker says, after the speaker's name ("Official: shooting was
        # justified"); a hearer ("told reporters") is no part of it.
        start = at
        if main.lower_ in _TELL:
            start = _noun_phrase(tokens, at, names=True)[1]
        if start < len(tokens) and tokens[start].lower_ == "that":
            start += 1
        inner = _clause(tokens, start, actors, quoted, depth + 1)
        if inner is not None and _length(words) <= 3 and _length(inner) >= 3:
            return [*words, ":", *inner]
    if main.lower_ in _SAY or that:
        return None
    if main.lower_ in _INACTIVE and main.tag not in ("VBD", "VBZ", "VBP", "VB"):
        return None
    obj = _object(tokens, at)
    if obj is None:
        return None
    what, end = obj
    if not what and end < len(tokens) and tokens[end].lower_ in _PLACE_PREPOSITIONS:
        # "in the case", never "in case": a phrase after a preposition keeps its article.
        idx, after = _noun_phrase(tokens, end + 1, names=True, keep_article=True)
        # "is on course [to win 30 seats]": a verb after "to" is what the phrase is about.
        infinitive = after + 1 < len(tokens) and tokens[after + 1].tag == "VB"
        boundary = _ends(tokens, after) or tokens[after].tag == "IN" or (
            tokens[after].tag == "TO" and not infinitive
        )
        if idx and boundary and tokens[idx[-1]].tag.startswith("NN"):
            what, end = [tokens[end].lower_, *_words(tokens, idx)], after
    if not what and not _ends(tokens, end):
        return None  # "was working [for a country]", "is accused [of …]": cut before it ends
    if not what and main.lower_ in _INACTIVE | _AUX | _REPORTING:
        return None  # "Niger is", "Move was reported": nothing is stated
    if main.lower_ in _BE and len(what) < 2 and not tokens[end - 1].tag.startswith("JJ"):
        return None  # "Pakistan is exception" says too little; "Todashev was unarmed" does
    if any(quoted[i] for i in range(k, end)):
        return None  # words of a quotation are the speaker's, not a heading's
    j = end
    while j < len(tokens) and not _ends(tokens, j) and tokens[j].tag not in ("WDT", "WP"):
        if tokens[j].lower_ in _SUBORDINATORS:
            break
        if tokens[j].tag in ("VBD", "VBZ", "VBP", "MD"):
            return None  # "Video shot from helicopters … showed": the verb was a participle
        j += 1
    return [*words, *group, *what]


def main_clause_words(
    tokens: Sequence[Token], actors: Sequence[Actor], referent: str | None = None
) -> tuple[list[str], list[str]] | None:
    """Return the sentence's main clause as heading words, with the speaker's words when
    the clause is what a speaker says ([] otherwise), or None when it makes no heading of
    WEIGHTS.heading_min_words to a few words; ``referent`` names who the personal pronoun
    opening the sentence stands for ("He resigned" of "Lee" heads as "Lee resigned")."""
    if not tokens or tokens[0].text in ("“", '"', "``"):
        return None
    words = _clause(tokens, _opening(tokens), actors, _quoted(tokens), 0, referent)
    if not words:
        return None
    speaker, _, said = _split(words)
    high = WEIGHTS.heading_max_words + (1 if speaker else 0)
    if not WEIGHTS.heading_min_words <= _length([*speaker, *said]) <= high:
        return None
    return speaker, said


def _split(words: list[str]) -> tuple[list[str], str, list[str]]:
    if ":" in words:
        n = words.index(":")
        return words[:n], ":", words[n + 1 :]
    return [], "", words
