"""A SITREP's actions taken: sentences where a named actor did something, with who did it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefwright.draft.summary import article_sentence
from briefwright.model.briefing import Briefing
from briefwright.model.sources import LEAD_SOURCE, SourceRef

MAX_ACTIONS = 6
ACTOR_LABELS = ("PERSON", "ORG", "GROUP", "PLACE")
# Between the actor and its verb only what does not change the subject may stand: an
# auxiliary, an adverb, a short appositive set off by commas ("The US, like others, has …").
# Not "had": the pluperfect tells the background ("Bongo had ruled since 2009").
# The actor may name a body of it first: "The Rivers State government imposed a curfew".
_BODY = (
    r"(?:\s+(?:government|police|army|military|forces|troops|authorities|officials|"
    r"ministry|command|cabinet|council|parliament|leaders?|spokes(?:man|woman|person)))?"
)
_BRIDGE = _BODY + r"(?:\s*,[^,.;]{1,60},|\s+(?:has|have|also|already|then|later|\w+ly))*"
# Past-tense verbs of action; reporting verbs ("said", "told") are not actions.
_IRREGULAR = (
    "took|sent|began|made|led|put|set|met|held|struck|fled|sought|won|gave|brought|withdrew|"
    "drew|shut|cut|left|built|spent|paid|froze|rose|fell|flew|ran|hit|shot|sold|bought|"
    "wrote|chose|broke|stood|kept|lent|swore|overthrew|taken|begun|given|withdrawn|drawn|"
    "frozen|flown|shot|written|chosen|broken|overthrown|sent"
)
_NOT_ACTION = re.compile(
    r"^(?:said|added|noted|stated|told|asked|explained|claimed|suggested|seemed|appeared|"
    r"remained|needed|wanted|believed|expected|used|based|concerned|caused|continued|"
    r"described|called|named|reported|indicated|argued|insisted|acknowledged|emphasi[sz]ed|"
    r"stressed|underlined|reiterated|reaffirmed|expressed|highlighted|praised|welcomed|"
    r"echoed|voiced|hoped|feared|worried|warned|promised|pledged|vowed|urged)$"
)
# An actor after a preposition ("the upheaval in Niger has led …") is not the subject.
_PREPOSITION = re.compile(
    r"\b(?:in|of|from|to|at|on|with|against|by|for|into|across|near|over|about)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_VERB = re.compile(rf"^{_BRIDGE}\s+(?P<verb>[a-z]+ed|{_IRREGULAR})\b")


@dataclass(frozen=True)
class Action:
    """An action: who, the verb, the sentence (its fact id, paragraph and words)."""

    actor: str
    verb: str
    fact: str
    paragraph: int
    text: str
    source: str = LEAD_SOURCE

    @property
    def ref(self) -> SourceRef:
        """Return where the action's sentence stands."""
        return SourceRef(self.source, self.paragraph)


def actions_taken(briefing: Briefing, limit: int = MAX_ACTIONS) -> list[Action]:
    """Return the sentences whose subject is a named actor doing something, best first cut to
    ``limit``, then in reading order; estimative and commentary sentences are not actions."""
    found: list[tuple[float, int, int, Action]] = []
    facts = {(f.source, f.paragraph, f.sentence): f for f in briefing.facts if f.kind == "fact"}
    for actor in briefing.actors:
        if actor.label not in ACTOR_LABELS:
            continue
        for m in actor.mentions:
            try:
                para = briefing.paragraph_at(SourceRef(m.source, m.paragraph))
            except KeyError:
                continue
            index = next(
                (i for i, s in enumerate(para.sentences) if s.start <= m.start < s.end), None
            )
            fact = facts.get((m.source, m.paragraph, index)) if index is not None else None
            if fact is None or index is None:
                continue
            if _PREPOSITION.search(para.text[para.sentences[index].start : m.start]):
                continue
            rest = para.text[m.end : para.sentences[index].end]
            hit = _VERB.match(rest)
            if not hit or _NOT_ACTION.match(hit.group("verb")):
                continue
            text = article_sentence(briefing, fact)
            found.append(
                (
                    fact.score,
                    fact.paragraph,
                    fact.sentence,
                    Action(
                        actor.name, hit.group("verb"), fact.id, fact.paragraph, text, fact.source
                    ),
                )
            )
    best: dict[str, tuple[float, int, int, Action]] = {}
    for item in sorted(found, key=lambda t: (-t[0], t[1], t[2])):
        best.setdefault(item[3].fact, item)
    chosen = sorted(best.values(), key=lambda t: (-t[0], t[1], t[2]))[:limit]
    return [t[3] for t in sorted(chosen, key=lambda t: (t[1], t[2]))]
