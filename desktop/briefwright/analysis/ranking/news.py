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

# A decision, an order or a step taken: "ordered", "placed under a curfew", "apologized".
_DECISION = re.compile(
    r"\b(?:order(?:s|ed)?|curfew|ban(?:s|ned)?|suspend(?:s|ed)?|fired|resign(?:s|ed)?|"
    r"terminated|dismiss(?:es|ed)|approv(?:es|ed)|ruled|vot(?:es|ed)|apologi[sz]ed|"
    r"appeal(?:s|ed)|urg(?:es|ed)|warn(?:s|ed)|demand(?:s|ed)|condemn(?:s|ed)|agreed|"
    r"announc(?:es|ed)|increas(?:es|ed)|rais(?:es|ed)|postpon(?:es|ed)|cancel(?:s|l?ed)|"
    r"delay(?:s|ed)|impos(?:es|ed)|lift(?:s|ed)|sign(?:s|ed)|launch(?:es|ed)|evacuat(?:es|ed)|"
    r"releas(?:es|ed)|blam(?:es|ed)|accus(?:es|ed)|confirm(?:s|ed)|withdr[ae]w|recused|"
    r"implement(?:s|ed|ing)|summon(?:s|ed)|reward)\b",
    re.IGNORECASE,
)
# A refusal or a denial, or news that something did not happen: "declined to address",
# "won't be stepping down", "No group immediately claimed responsibility".
_REFUSAL = re.compile(
    r"\b(?:refus(?:es|ed|al)|declin(?:es|ed) to|den(?:y|ies|ied)|reject(?:s|ed)|"
    r"won['’]t|will not|would not|wouldn['’]t|not holding|not guilty|ruled out|"
    r"(?:has|have|had) (?:not|yet to)|(?:hasn|haven|hadn)['’]t|"
    r"^(?:There (?:were|was|have been|has been) )?no (?:\w+ ){0,2}(?:group|one|arrests?|"
    r"charges?|deaths?|reports?|claim|evidence|signs?)\b|"
    r"\bno arrests?\b|\bno (?:group|one) (?:has |have )?(?:immediately )?claimed)",
    re.IGNORECASE,
)
# Arrests, charges, courts: "indicted", "released on bail", "summoned … to testify".
_LEGAL = re.compile(
    r"\b(?:arrest(?:s|ed)?|indict(?:ed|ment)|charged|charges|detain(?:s|ed|ee)|jail(?:ed)?|"
    r"custody|bail|bond|sentenc(?:e|es|ed)|convict(?:s|ed|ion)|prosecut(?:or|ors|ion|ed)|"
    r"lawsuit|sued|trial|testify|warrant|seiz(?:es|ed)|hostages?|kidnapp(?:ed|ing)|"
    r"abduct(?:ed|ion)|confession|tortured)\b",
    re.IGNORECASE,
)
# The toll: "killed", "died", "wounded".
_TOLL = re.compile(
    r"\b(?:killed|died|dead|deaths?|wounded|injur(?:ed|ies)|missing|executed|massacre)\b",
    re.IGNORECASE,
)
# A deadline or a dated next step: "is set for April 17", "will be held Sunday", "through
# Friday", "72 hours notice", "next court appearance".
_NEXT_STEP = re.compile(
    r"\b(?:scheduled|(?:is|are|was|were) set (?:for|to)|will be (?:held|given|summoned)|"
    r"will (?:lie|run|meet|testify|appear|vote|decide|resume|begin|start|end|expire|take effect)|"
    r"deadline|ultimatum|notice|next (?:court )?(?:appearance|hearing|meeting|session|round)|"
    r"pretrial|hearing|through (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:by|until|before) (?:the end of )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\b",
    re.IGNORECASE,
)
_CLASSES = (_DECISION, _REFUSAL, _LEGAL, _TOLL, _NEXT_STEP)

# Colour and furniture: a rhetorical question, a link to another story ("Opinion: Why has
# Putin gone missing?", "6 questions about Netanyahu's visit ."), the credits.
_LINK = re.compile(r"(?:\s\.|^(?:Opinion|OPINION|Analysis|Watch|READ|Read)\b.*)$")
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
    found = sum(1 for pattern in _CLASSES if pattern.search(text))
    return found + any(e.label == "FIGURE" for e in entities)


def is_colour(text: str) -> bool:
    """Return whether the sentence is colour or furniture rather than news: a question (or
    a quoted one), a link to another story, the reporters' credits."""
    stripped = text.rstrip().rstrip("\"”’'")
    return (
        stripped.endswith("?")
        or _QUOTED_QUESTION.search(text) is not None
        or _LINK.search(text.rstrip()) is not None
        or _CREDITS.search(text) is not None
    )


def is_anecdote(text: str, entities: Sequence[Entity] = ()) -> bool:
    """Return whether the sentence tells a story rather than news: no class of news, no
    figure and no organisation or group acting ("Patrick and Sue Ellen Kilgallon knew the
    storm was coming.", "Eastern Europe, here comes the cavalry.")."""
    if news_classes(text, entities):
        return False
    return not any(e.label in ("ORG", "GROUP") for e in entities)
