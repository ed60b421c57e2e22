"""What an analyst ticks first: the classes of news a sentence carries, and colour.

Numbers, decisions, refusals, arrests and charges, deadlines and dated next steps, the toll
and the outlook rank above colour (an anecdote, scene-setting, a rhetorical question, a link
to another story or the reporters' credits). The learned ranker (:mod:`ranker`) reads the
summaries of CNN/DailyMail and Wikinews, which favour long sentences near the top; these
cues let a short, late sentence that carries one of the classes ("Dimapur town has been
placed under a curfew.", "Carter's pretrial hearing is set for April 17.") compete with the
lede's colour ("Patrick and Sue Ellen Kilgallon knew the storm was coming.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.model.analysis import Entity

_WORD = re.compile(r"[a-z]+(?:['’]t)?")


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


# A decision, an order or a step taken: "ordered", "placed under a curfew", "apologized".
_DECISION = _words(
    "order orders ordered curfew ban bans banned suspend suspends suspended fired resign",
    "resigns resigned terminated dismisses dismissed approves approved ruled votes voted",
    "apologized apologised appeal appeals appealed urges urged warns warned demands demanded",
    "condemns condemned agreed announces announced increases increased raises raised",
    "postpones postponed cancels canceled cancelled delays delayed imposes imposed lifts",
    "lifted signs signed launches launched evacuates evacuated releases released blames",
    "blamed accuses accused confirms confirmed withdrew withdraw recused implements",
    "implemented implementing summons summoned reward",
)
# A refusal or a denial: "declined to address", "won't be stepping down", "denied".
_REFUSAL = _words(
    "refuses refused refusal deny denies denied reject rejects rejected won't won’t",
    "wouldn't wouldn’t hasn't hasn’t haven't haven’t hadn't hadn’t",
)
_REFUSAL_PHRASE = re.compile(
    r"\b(?:declin(?:es|ed) to|will not|would not|not holding|not guilty|ruled out|"
    r"(?:has|have|had) (?:not|yet to)|no (?:group|one|arrests?|charges?|deaths?|reports?|claim|"
    r"evidence|signs?)\b)",
    re.IGNORECASE,
)
# Arrests, charges, courts: "indicted", "released on bail", "summoned … to testify".
_LEGAL = _words(
    "arrest arrests arrested indicted indictment charged charges detain detains detained",
    "detainee jail jailed custody bail bond sentence sentences sentenced convicts convicted",
    "conviction prosecutor prosecutors prosecution prosecuted lawsuit sued trial testify",
    "warrant seizes seized hostage hostages kidnapped kidnapping abducted abduction",
    "confession tortured",
)
# The toll: "killed", "died", "wounded".
_TOLL = _words("killed died dead death deaths wounded injured injuries missing executed massacre")
# A deadline or a dated next step: "is set for April 17", "will be held Sunday", "through
# Friday", "72 hours notice", "next court appearance".
_NEXT_STEP = _words("scheduled deadline ultimatum notice pretrial hearing")
_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)"
)
_NEXT_STEP_PHRASE = re.compile(
    r"\b(?:(?:is|are|was|were) set (?:for|to)|will be (?:held|given|summoned)|"
    r"will (?:lie|run|meet|testify|appear|vote|decide|resume|begin|start|end|expire|take effect)|"
    r"next (?:court )?(?:appearance|hearing|meeting|session|round)|through "
    + _DAY
    + r"|(?:by|until|before) (?:the end of )?"
    + _DAY
    + r")\b"
)
_CLASSES = (
    (_DECISION, None),
    (_REFUSAL, _REFUSAL_PHRASE),
    (_LEGAL, None),
    (_TOLL, None),
    (_NEXT_STEP, _NEXT_STEP_PHRASE),
)

# Colour and furniture: a rhetorical question, a link to another story ("Opinion: Why has
# Putin gone missing?", "6 questions about Netanyahu's visit ."), the credits.
_LINK = re.compile(r"(?:Opinion|OPINION|Analysis|Watch|READ|Read)\b")
# A question quoted and its speaker: '"Can you imagine …?" asked Dr. Steven Nissen'.
_QUOTED_QUESTION = re.compile(r"\?[\"”]\s*,?\s*(?:asked|said|says|wondered)\b")
_CREDITS = re.compile(
    r"\b(?:contributed to this report|reported (?:and wrote )?from|wrote (?:this report )?from|"
    r"wrote in|designed the graphics)\b"
)


# Background: what happened before the news, set off by its time ("In 2004, photos became
# public …", "Traditionally, the People's Liberation Army …", "has long taken a tough line").
_BACKGROUND = re.compile(
    r"^(?:(?:But|And)\s+)?(?:(?:In|By|At the|During the|Since)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b|"
    r"Traditionally\b|Historically\b|Years? ago\b)"
    r"|\b(?:has|have|had) long (?:been )?\w+"
)


def is_background(text: str) -> bool:
    """Return whether the sentence tells what happened before the news: it opens with an
    earlier year or "Traditionally", or says what "has long" been so."""
    return _BACKGROUND.search(text) is not None


def news_classes(text: str, entities: Sequence[Entity] = ()) -> int:
    """Return how many classes of news the sentence carries: a decision, a refusal or
    denial, an arrest or charge, a toll, a deadline or dated next step, a figure."""
    words = set(_WORD.findall(text.lower()))
    found = sum(
        1
        for cues, phrase in _CLASSES
        if not words.isdisjoint(cues) or (phrase is not None and phrase.search(text))
    )
    return found + any(e.label == "FIGURE" for e in entities)


def is_colour(text: str) -> bool:
    """Return whether the sentence is colour or furniture rather than news: a question (or
    a quoted one), a link to another story, the reporters' credits."""
    stripped = text.rstrip().rstrip("\"”’'")
    return (
        stripped.endswith("?")
        or _QUOTED_QUESTION.search(text) is not None
        or text.rstrip().endswith(" .")
        or _LINK.match(text) is not None
        or _CREDITS.search(text) is not None
    )


def is_anecdote(text: str, entities: Sequence[Entity] = ()) -> bool:
    """Return whether the sentence tells a story rather than news: no class of news, no
    figure and no organisation or group acting ("Patrick and Sue Ellen Kilgallon knew the
    storm was coming.", "Eastern Europe, here comes the cavalry.")."""
    if news_classes(text, entities):
        return False
    return not any(e.label in ("ORG", "GROUP") for e in entities)
