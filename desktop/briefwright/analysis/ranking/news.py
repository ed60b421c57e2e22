"""What an analyst ticks first: the classes of news a sentence carries, and colour.

Numbers, decisions, refusals, arrests and charges, who is responsible, deadlines and dated
next steps, the toll and the outlook rank above colour (an anecdote, scene-setting, a
rhetorical question, a link to another story or the reporters' credits). The learned ranker
(:mod:`ranker`) reads the summaries of CNN/DailyMail and Wikinews, which favour long
sentences near the top; these cues let a short, late sentence that carries one of the
classes ("Dimapur town has been placed under a curfew.", "Carter's pretrial hearing is set
for April 17.") compete with the lede's colour ("Patrick and Sue Ellen Kilgallon knew the
storm was coming.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.model.analysis import Entity

_WORD = re.compile(r"[a-z]+(?:['’]t)?")


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


# A decision, an order or a step taken: "ordered", "placed under a curfew", "apologized"; a
# measure imposed ("a state of emergency", "sanctions"); a court's finding, however it is
# reported ("the judge ruled", "the court found", "the government failed to prove …").
_DECISION = _words(
    "order orders ordered curfew ban bans banned suspend suspends suspended fired resign",
    "resigns resigned terminated dismisses dismissed approves approved ruled votes voted",
    "apologized apologised appeal appeals appealed urges urged warns warned demands demanded",
    "condemns condemned announces announced increases increased raises raised quit quits",
    "postpones postponed cancels canceled cancelled delays delayed imposes imposed lifts",
    "lifted signs signed launches launched evacuates evacuated releases released blames",
    "blamed accuses accused confirms confirmed withdrew withdraw recused implements",
    "implemented implementing summons summoned reward sanctions lockdown",
    # A request for help or action: "U.S. officials have requested his extradition".
    "requested request requests",
)
# "Agreed" alone is assent ("Khin Lay agreed."); a decision is agreed to or on.
_DECISION_PHRASE = re.compile(
    r"\b(?:agreed (?:to|on|upon)|step(?:s|ped|ping)? down|placed (?:under|on (?:\w+ ){0,2}leave)|"
    r"state of emergency|"
    # "Vallejo police asked the FBI to help their investigation", "called on both sides".
    r"asked (?:\w+ ){1,3}to (?:help|assist|investigate|leave|evacuate|testify)|called on|"
    r"martial law|(?:judge|court|jury|justices|panel)\s+(?:\w+\s+)?(?:ruled|found|held|wrote|said|"
    r"determined|declared)|failed to (?:prove|show|demonstrate|establish|convince))\b",
    re.IGNORECASE,
)
# A refusal or a denial: "declined to address", "won't be stepping down", "denied".
_REFUSAL = _words(
    "refuses refused refusal deny denies denied reject rejects rejected won't won’t",
    "wouldn't wouldn’t hasn't hasn’t haven't haven’t hadn't hadn’t",
)
_REFUSAL_PHRASE = re.compile(
    r"\b(?:declin(?:es|ed) to|will not|would not|not holding|not guilty|ruled out|"
    r"(?:has|have|had) (?:not|yet to)|no (?:group|one|arrests?|charges?|deaths?|reports?|claim|"
    r"evidence|signs?|indications?|suspects?|motive|links?)\b)",
    re.IGNORECASE,
)
# Arrests, charges, courts: "indicted", "released on bail", "summoned … to testify"; custody
# ("remains jailed", "is being held"), a confession ("admitted to firing"), the penalty faced
# ("faces a fine, prison time and deportation") and clemency.
_LEGAL = _words(
    "arrest arrests arrested indicted indictment charged charges detain detains detained",
    "detainee jail jailed custody bail bond sentence sentences sentenced convicts convicted",
    "conviction prosecutor prosecutors prosecution prosecuted lawsuit sued trial testify",
    "warrant seizes seized hostage hostages kidnapped kidnapping abducted abduction",
    "confession confessed tortured clemency pardon pardoned deported deportation",
)
_LEGAL_PHRASE = re.compile(
    r"\b(?:admit(?:s|ted)? (?:to )?\w+ing|pleaded (?:not )?guilty|death penalty|"
    r"prison (?:time|term)|(?:face|faces|facing) (?:a fine|up to (?:\d|\w+ years)|life|the death|"
    r"charges|trial|prison|jail)|remains? (?:jailed|behind bars|in jail|in prison)|being held "
    r"(?:in custody|on (?:a |\$)|without|hostage|captive)|held without (?:bail|bond|charge))\b",
    re.IGNORECASE,
)
# The toll: "killed", "died", "wounded", "burned down the village".
_TOLL = _words(
    "killed died dead death deaths wounded injured injuries missing executed massacre",
    "destroyed razed",
)
_TOLL_PHRASE = re.compile(r"\bburn(?:ed|t) (?:down|to the ground)\b", re.IGNORECASE)
# Who is behind it: "claimed responsibility", "was responsible for", "is to blame for".
_RESPONSIBILITY_PHRASE = re.compile(
    r"\b(?:claim(?:s|ed|ing)? responsibility|(?:is|are|was|were|be) (?:responsible|to blame) "
    r"for (?:the |an? |its |their )?(?:\w+ )?(?:attacks?|bombings?|killings?|deaths?|shootings?|"
    r"blasts?|explosions?|fire|crash|leak|outbreak|abductions?|kidnappings?|massacre))\b",
    re.IGNORECASE,
)
# A deadline or a dated next step: "is set for April 17", "will be held Sunday", "through
# Friday", "72 hours notice", "next court appearance", "would meet Monday". A hearing is a
# next step in court, not the act of hearing ("at hearing the news").
_NEXT_STEP = _words("scheduled deadline ultimatum notice pretrial")
_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)"
)
_NEXT_STEP_PHRASE = re.compile(
    r"\b(?:(?:is|are|was|were) (?:set|due) (?:for|to|in court)|will be (?:held|given|summoned)|"
    r"(?:will|would) (?:lie|run|meet|testify|appear|vote|decide|resume|begin|start|end|expire|hear|"
    r"take effect)|"
    # What is arranged: "will be tried separately", "is to be reduced".
    r"will be (?:taken|transferred|extradited|moved|sent|sentenced|arraigned|tried|released|"
    r"buried|flown|returned)|(?:is|are|was|were) to be \w+(?:ed|en)|"
    r"next (?:court )?(?:appearance|hearing|meeting|session|round|week|month)|"
    r"(?:court|bail|sentencing|extradition|preliminary|appeals?|parole|custody|confirmation) "
    r"hearing|hearing (?:is|was) (?:set|scheduled)|through "
    + _DAY
    + r"|(?:by|until|before) (?:the end of )?"
    + _DAY
    + r")\b"
)
# The outlook: what is likely or expected to come ("is likely to prioritize", "could face").
_OUTLOOK_PHRASE = re.compile(
    r"\b(?:(?:is|are) (?:likely|expected|poised) to|could (?:face|lead|mean|rise|grow)|"
    r"may (?:face|rise|grow)|(?:will|would) (?:likely|probably)|"
    r"in the coming (?:days|weeks|months))\b"
)
_CLASSES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (_DECISION, _DECISION_PHRASE),
    (_REFUSAL, _REFUSAL_PHRASE),
    (_LEGAL, _LEGAL_PHRASE),
    (_TOLL, _TOLL_PHRASE),
    (frozenset(), _RESPONSIBILITY_PHRASE),
    (_NEXT_STEP, _NEXT_STEP_PHRASE),
    (frozenset(), _OUTLOOK_PHRASE),
)

# Colour and furniture: a rhetorical question, a link to another story ("Opinion: Why has
# Putin gone missing?", "6 questions about Netanyahu's visit ."), the credits.
_LINK = re.compile(r"(?:Opinion|OPINION|Analysis|Watch|READ|Read)\b")
# A question quoted and its speaker: '"Can you imagine …?" asked Dr. Steven Nissen'.
_QUOTED_QUESTION = re.compile(r"\?[\"”]\s*,?\s*(?:asked|said|says|wondered)\b")
# The caption of a clip: "CNN aviation analyst Mary Schiavo breaks down the responsibilities …".
_CAPTION = re.compile(
    r"^[^.]{0,60}\b" + lexicon.alternatives("statements.news_outlets") + r"\b[^.]{0,60}?\b"
    r"(?:breaks down|explains|highlights|discusses|weighs in|looks at|examines|walks through|"
    r"takes a look|talks about)\b"
)
_CREDITS = re.compile(
    r"\b(?:contributed to this report|reported (?:and wrote )?from|wrote (?:this report )?from|"
    r"wrote in|designed the graphics)\b"
)


# Background: what happened before the news, set off by its time ("In 2004, photos became
# public …", "Traditionally, the People's Liberation Army …", "has long taken a tough line").
_BACKGROUND = re.compile(
    r"^(?:(?:But|And)\s+)?(?:(?:In|By|At the|During the|Since)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b|"
    r"Traditionally\b|Historically\b|Years? ago\b|In (?:high school|college|his youth|her youth)\b|"
    r"As a (?:child|teenager|boy|girl|student)\b)"
    r"|\b(?:has|have|had) long (?:been )?\w+"
    # A life story: "was raised in Dallas", "grew up in", "graduated from".
    r"|\b(?:was raised|grew up|graduated from)\b"
)
# Or what someone or something is, has become or has been ever since, rather than what
# happened: "The coalition is a nonpartisan group of …", "has become a home to …", "under
# pressure ever since", "is one of the most dangerous …".
_CHARACTER = re.compile(
    r"\b(?:ha(?:s|ve) become (?!the first)|ever since|(?:is|are|can be|remains?) (?:one|among) "
    r"(?:of )?the (?:most|largest|biggest)\b)"
    r"|^(?:\w+\W+){1,6}(?:is|are) (?:a|an) (?:(?!(?:for|to|of|in|on|by|with|against)\b)\w+ ){0,3}"
    r"(?:group|organization|organisation|company|network|agency|firm|institute|party)\b"
)


# The penalty a law sets ("If found guilty, she could face up to 10 years in prison"): what
# the law provides, no forecast, though its verb is one of estimate.
_PENALTY = re.compile(
    r"\b(?:could|would|may|might|can)\s+(?:also\s+)?face\s+(?:up to|a (?:maximum|fine|sentence)"
    r"|life|the death|charges|trial|prison|jail|\d)",
    re.IGNORECASE,
)


def is_penalty(text: str) -> bool:
    """Return whether the sentence states the penalty someone faces ("could face up to 10
    years in prison")."""
    return _PENALTY.search(text) is not None


def is_background(text: str) -> bool:
    """Return whether the sentence tells what happened before the news or what someone or
    something is: it opens with an earlier year or "Traditionally", says what "has long"
    been so, what has become of it or what it is (a group, one of the most …)."""
    return _BACKGROUND.search(text) is not None or _CHARACTER.search(text) is not None


# Boilerplate: what every government says it does, set beside what others do ("The United
# States, like many other countries, has taken swift action to prioritize the safety of its
# citizens"): no news of its own.
_BOILERPLATE = re.compile(
    r"\blike (?:many|most|several|other) (?:other )?(?:countries|nations|governments|states)\b"
    r"|\b(?:has|have|had) taken (?:swift|quick|prompt|immediate|decisive|urgent|necessary) "
    r"(?:action|measures|steps)\b",
    re.IGNORECASE,
)


def is_boilerplate(text: str) -> bool:
    """Return whether the sentence says what every government says it does ("like many other
    countries, has taken swift action …") rather than what happened."""
    return _BOILERPLATE.search(text) is not None


def news_classes(text: str, entities: Sequence[Entity] = ()) -> int:
    """Return how many classes of news the sentence carries: a decision, a refusal or
    denial, an arrest or charge, a toll, who is responsible, a deadline or dated next step,
    the outlook, a figure."""
    words = set(_WORD.findall(text.lower()))
    found = sum(
        1 for cues, phrase in _CLASSES if not words.isdisjoint(cues) or phrase.search(text)
    )
    return found + any(e.label == "FIGURE" for e in entities)


def is_credit(text: str) -> bool:
    """Return whether the sentence credits the reporters ("CNN's Ann Lee contributed to this
    report.")."""
    return _CREDITS.search(text) is not None


def is_colour(text: str) -> bool:
    """Return whether the sentence is colour or furniture rather than news: a question (or
    a quoted one), a link to another story, the reporters' credits, a clip's caption."""
    stripped = text.rstrip().rstrip("\"”’'")
    return (
        stripped.endswith("?")
        or _QUOTED_QUESTION.search(text) is not None
        or text.rstrip().endswith(" .")
        or _LINK.match(text) is not None
        or is_credit(text)
        or _CAPTION.match(text) is not None
    )


def is_anecdote(text: str, entities: Sequence[Entity] = ()) -> bool:
    """Return whether the sentence tells a story rather than news: no class of news, no
    figure and no organisation or group acting ("Patrick and Sue Ellen Kilgallon knew the
    storm was coming.", "Eastern Europe, here comes the cavalry.")."""
    if news_classes(text, entities):
        return False
    return not any(e.label in ("ORG", "GROUP") for e in entities)
