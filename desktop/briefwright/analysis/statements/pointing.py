"""Whether a sentence stands for something said before it, and so cannot print alone."""

from __future__ import annotations

import re

from briefwright.model.calendar import WEEKDAYS

REACH = 2
"""How many sentences back (in the article) a sentence that points back may find what it
points to: the one before it, or the one before that."""

# An "It" that stands for the clause after it ("It is not clear whether …", "It remains to
# be seen", "It was expected to …") points nowhere; nor does "This" or "That" before a time.
_EXPLETIVE_IT = re.compile(
    r"^[\"“]?It\s+(?:(?:seems|appears|remains to be seen)\b|"
    r"(?:is|was|has been|had been|remains|will be|would be)\s+(?:not\s+)?(?:yet\s+)?"
    r"(?:immediately\s+|entirely\s+|still\s+|widely\s+)?"
    r"(?:clear|unclear|likely|unlikely|possible|impossible|expected|understood|thought|"
    r"believed|feared|hoped|estimated|known|unknown|true|necessary|important|difficult|hard|"
    r"easy|too early|time|the first)\b)"
)
_TIME_AFTER = re.compile(
    r"^[\"“]?(?:This|That|These|Those)\s+(?:week|weekend|month|year|morning|afternoon|evening|"
    r"night|day|days|time|summer|winter|spring|autumn|season|decade|quarter)\b",
    re.IGNORECASE,
)

# What a sentence may open with before its clause without pointing back itself ("But",
# "Meanwhile,").
LEAD_CONNECTIVE = re.compile(
    r"^(?:(?:But|And|So|Yet|Still|Also|Meanwhile|However|Now|Indeed|Later|"
    r"Previously|Separately)\b,?\s+)+"
)
# Openings that point back to what came before: "For instance", "As a result", "As such".
_BACK_PHRASE = re.compile(
    r"^(?:For (?:instance|example)|As a result|As such|In turn|After this|By then|"
    r"Since then|Despite (?:this|that|such)|Even so|The other|Another|Subsequently|"
    # "Instead, Kassick fled.", "This time, the plane …", "Until then, …", "Others have …".
    r"Instead|This time|Until then|At that time|Others|One (?:was|is|of them)|"
    r"Afterwards?|Thereafter|"
    # "In fact, the city …", "Then, authorities …", "That's why …": on from the sentence before.
    r"In fact|Then|That['’]s why|That is why|This is why|"
    # "Two of those patients died", "Of those, 157 were evacuated": a part of what came before.
    r"(?:\w+\s+)?[Oo]f (?:those|these|them)|"
    # "Nearly two hours later, …": later than what the sentence before told.
    r"(?:(?:Nearly|About|Some|Just|Only|Almost|Barely)\s+)?(?:\w+\s+){0,2}"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+later)\b"
)
# "ISIS subsequently executed …": after what the sentence before told.
_THEN_WORDS = frozenset(["subsequently", "afterwards", "afterward", "thereafter"])
# "They'd", "He's": the pronoun with its verb run on.
_RUN_ON = re.compile(r"['’](?:d|s|re|ll|ve)$")
_BACK_WORDS = frozenset(
    [
        "he",
        "she",
        "it",
        "its",
        "they",
        "their",
        "his",
        "her",
        "this",
        "these",
        "that",
        "those",
        "him",
        "them",
        "both",
        "neither",
        "such",
    ]
)
SPEECH = r"(?:said|says|told|added|asked|wrote|stated|continued|explained|noted)"
"""The verbs that report what someone said, as a pattern ("…, he said")."""
# A quotation closed and the words up to its verb of speech: '…," DPS spokesman Bart Graves
# told', '…," said'.
_CLOSED_QUOTE = re.compile(r"[\"”],?\s+((?:\S+\s+){0,6}?)" + SPEECH + r"\b((?:\s+\S+){0,4})")
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]?")
# "…, he said": the speaker a pronoun.
_PRONOUN_SPEAKER = re.compile(r"\b(?:he|she|they)\s+" + SPEECH + r"\b")
_OPENING_QUOTE = re.compile(r"^[\"“]")
# The first quotation mark a sentence holds closes a quotation it did not open ('Now the world
# must learn its lesson …."', 'But they thought …," he said'): a curly closing mark, or a
# straight one after a word or a stop and before a space, a stop or the end.
_FIRST_MARK = re.compile(r"[\"“”]")
_CLOSING_MARK = re.compile(r"”|(?<=\S)\"(?=[\s,.;:!?]|$)")
# "The President added", "He continued": a speaker taken up from before, going on.
_GOING_ON = re.compile(
    r"^(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he(?:\s+[A-Z][a-z]+){1,3})\s+(?:added|continued)"
    r"(?:,|:|\s+that\b|\s*[\"“])"
)
_TIME_WORDS = frozenset(
    [*(day.lower() for day in WEEKDAYS), "today", "yesterday", "earlier", "later", "now", "then"]
)
# A clause's subject: "they thought, again, that …" is no leading phrase to pass over.
_SUBJECTS = frozenset(["he", "she", "they", "it", "we"])
# A leading phrase set off by a comma ("On Saturday, he joined …"), at most this many words.
_LEAD_WORDS = 6


_ARTICLES = frozenset(["the", "a", "an"])


def _names_speaker(words: str) -> bool:
    """Return whether ``words`` hold a name: a capitalised word that is no pronoun and no
    article ("The official said" after a quotation the sentence splitter ran on)."""
    return any(
        w[:1].isupper() and w.lower() not in _BACK_WORDS | _ARTICLES for w in words.split()
    )


def _quote_names_speaker(text: str) -> bool:
    """Return whether the verb of speech after a quotation has a name for its subject
    ('…," DPS spokesman Bart Graves told') or, straight after it, for its inverted subject
    ('…," said council member Keith Curry'); not a name after "the official told"."""
    m = _CLOSED_QUOTE.search(text)
    if m is None:
        return False
    return _names_speaker(m.group(1)) or (not m.group(1).strip() and _names_speaker(m.group(2)))


def continues_quotation(text: str) -> bool:
    """Return whether a sentence goes on with a quotation an earlier sentence opened: its
    first quotation mark closes ("And believe me, we know a lot …," the official told
    reporters)."""
    t = LEAD_CONNECTIVE.sub("", text.strip())
    first = _FIRST_MARK.search(t)
    return first is not None and _CLOSING_MARK.match(t, first.start()) is not None


_WORD = re.compile(r"\S+")


def clause_start(text: str) -> int:
    """Return where in ``text`` its main clause opens: after a leading connective ("But"),
    a short leading phrase set off by a comma ("On Saturday, he joined …") and a time word
    ("Later he …"); 0 when nothing leads."""
    offset = len(text) - len(text.lstrip())
    lead = LEAD_CONNECTIVE.match(text[offset:])
    words = list(_WORD.finditer(text, offset + (lead.end() if lead else 0)))
    texts = [w.group() for w in words]
    head = next((i for i, w in enumerate(texts[:_LEAD_WORDS]) if w.endswith(",")), None)
    if (
        head is not None
        and not any('"' in w or "“" in w for w in texts[: head + 1])
        and not (head > 0 and _RUN_ON.sub("", texts[0].lower()) in _SUBJECTS)
    ):
        words = words[head + 1 :]
    if len(words) > 1 and words[0].group().lower() in _TIME_WORDS:
        words = words[1:]
    return words[0].start() if words else len(text)


def opening_pronoun(text: str) -> tuple[str, int] | None:
    """Return the personal pronoun that opens a sentence's main clause and where it stands
    in ``text`` ("He was 91." → ("He", 0); "On Tuesday, his lawyer said …" → ("his", 12)):
    he, she, his, her, they or their, also inside an opening quotation mark; None for any
    other opening."""
    offset = len(text) - len(text.lstrip())
    lead = LEAD_CONNECTIVE.match(text[offset:])
    first = _OPENING_PERSONAL.match(text, offset + (lead.end() if lead else 0))
    if first is not None and first.group(1).lower() in _POSSESSIVE_OPENERS:
        return first.group(1), first.start(1)  # "His lawyer, Carla Mendoza, said …"
    start = clause_start(text)
    m = _OPENING_PERSONAL.match(text, start)
    if m is None or (start > 0 and _PARENTHETICAL.match(text, m.end())):
        return None  # "Muffat, he said, was known …": the speaker, not the clause's subject
    return m.group(1), m.start(1)


_POSSESSIVE_OPENERS = frozenset(["his", "her", "their"])
_OPENING_PERSONAL = re.compile(r"[\"“(]?(he|she|his|her|they|their)\b", re.IGNORECASE)
# A speaker set off inside or after the clause: "…, he said," or "…, he said."
_PARENTHETICAL = re.compile(r"\s+" + SPEECH + r"\s*(?:[,.;]|$)")


def points_back(text: str) -> bool:
    """Return whether a sentence stands for something said before it: it opens (after a
    connective, a day or a short leading phrase) with a pronoun ("His lawyer said …") that is
    not an "It" standing for the clause after it ("It is not clear whether …") nor "This" or
    "That" before a time ("This week"), with a phrase that points back ("For instance"), or
    with a quotation whose speaker it does not name; it goes on with a quotation opened
    before without naming its speaker ('But they thought …," he said'); its speaker, taken
    up from before, goes on ("The President added"); or its only speaker is a pronoun
    ("Referring to …, he said")."""
    t = LEAD_CONNECTIVE.sub("", text.strip())
    if _OPENING_QUOTE.match(t) or continues_quotation(t):
        # A quotation, or the rest of one: read alone only when it names its speaker.
        return not _quote_names_speaker(t)
    if _BACK_PHRASE.match(t) or _GOING_ON.match(t):
        return True
    plain = _QUOTED_SPAN.sub(" ", t)
    spoken = _PRONOUN_SPEAKER.search(plain)
    if spoken and not _names_speaker(" ".join(plain[: spoken.start()].split()[1:])):
        return True
    words = t[clause_start(t) :].split()
    if not words:
        return False
    if len(words) > 1 and words[1].startswith("[") and not words[1].startswith("[¶"):
        return False  # "He [Lee Kuan Yew] was 91.": the editor named whom it stands for
    first = _RUN_ON.sub("", words[0].strip('"“(').lower())
    rest = re.sub(r"^([\"“]?It)['’]s\b", r"\1 is", " ".join(words))
    if _EXPLETIVE_IT.match(rest) or _TIME_AFTER.match(rest):
        return False
    if any(w.strip(",").lower() in _THEN_WORDS for w in words[1:4]):
        return True
    return first in _BACK_WORDS


def leans_back(text: str) -> bool:
    """Return whether a sentence cannot be read alone: it points back (:func:`points_back`)
    or opens with "the" and a common noun ("The officer"), a description that most often
    takes up what came before."""
    return points_back(text) or definite_opening(text)


def definite_opening(text: str) -> bool:
    """Return whether a sentence opens (after a connective or a short leading phrase) with
    "the" and a common noun ("The officer was shot", "Later, the men tied her up"): a
    description that most often takes up what came before, though it may also introduce."""
    words = LEAD_CONNECTIVE.sub("", text.strip()).split()
    head = next((i for i, w in enumerate(words[:_LEAD_WORDS]) if w.endswith(",")), None)
    if head is not None and not any('"' in w or "“" in w for w in words[: head + 1]):
        words = words[head + 1 :]
    return len(words) > 1 and words[0].lower() == "the" and words[1][:1].islower()
