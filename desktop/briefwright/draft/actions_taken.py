"""A SITREP's actions taken: sentences where a named actor did something, with who did it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefwright.analysis.ranking.news import is_colour
from briefwright.draft.countries import is_country
from briefwright.draft.history import HISTORY, latest_year, tells_history
from briefwright.draft.incidentcues import opens_incident
from briefwright.draft.summary import article_sentence, picked_fact_ids
from briefwright.model.briefing import ActorItem, Briefing, FactItem
from briefwright.model.calendar import weekday_pattern
from briefwright.model.sources import LEAD_SOURCE, SourceRef

MAX_ACTIONS = 6
ACTOR_LABELS = ("PERSON", "ORG", "GROUP", "PLACE")
# Between the actor and its verb only what does not change the subject may stand: an
# auxiliary, an adverb, a short appositive set off by commas ("The US, like others, has …").
# Not "had": the pluperfect tells the background ("Bongo had ruled since 2009").
# The actor may name a body of it first: "The Rivers State government imposed a curfew".
# Or the people who act for a person: "Todashev's parents filed a notice of claim".
_BODY = (
    r"(?P<body>\s+(?:government|police|army|military|forces|troops|authorities|officials|"
    r"ministry|command|cabinet|council|parliament|leaders?|spokes(?:man|woman|person))|"
    r"['’]s\s+(?:parents|family|relatives|widow|wife|husband|lawyers?|attorneys?|"
    r"legal team|campaign|office|spokes(?:man|woman|person))|"
    r"['’]s\s+(?:[A-Z][\w-]+\s+)?(?:chapter|branch|board|leadership|management))?"
)
# A day or a time may stand there too: "Corker on Sunday released a statement".
_WHEN = rf"(?:on\s+)?{weekday_pattern()}(?:\s+(?:morning|afternoon|evening|night))?"
_BRIDGE = _BODY + (
    rf"(?:\s*,[^,.;]{{1,60}},|\s+(?:has|have|also|already|then|later|earlier|again|"
    rf"\w+ly|{_WHEN}))*"
)
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
    r"echoed|voiced|hoped|feared|worried|warned|promised|pledged|vowed|urged|"
    # Watching is no action taken: "said it was studying the code".
    r"studying|considering|reviewing|weighing|monitoring|watching|assessing|following|"
    # Owning up is said, not done; a state of mind or what one meets is not done either.
    r"admitted|confessed|denied|refuted|rebutted|mentioned|recalled|conceded|wrote|tweeted|replied|pointed|agreed|"
    r"hinted|quoted|accused|blamed|critici[sz]ed|slammed|blasted|showed|shows|"
    # What befell the actor, or what it is: "the turmoil Libya has experienced".
    r"experienced|suffered|endured|witnessed|educated|born|faced|pleased|surprised|shocked|disappointed|saddened|encouraged|"
    r"satisfied|prepared|committed|determined|involved|interested|excited|"
    r"becoming|being|having|getting|going|coming|living|facing|expecting|hoping|waiting|"
    r"planning|preparing|calling|saying|telling|urging|warning)$"
)
# An actor inside what another says or claims ("The claim argues the FBI has given …",
# "Officials say Lubitz passed a test") is not who acts, nor is the subject of a clause that
# tells when, where or why ("This town is where Lubitz pursued …").
_SAYING = (
    r"(?:says?|said|argues?|argued|alleges?|alleged|claims?|claimed|contends?|contended|"
    r"accus(?:es|ed)|insists?|insisted|believes?|believed|thinks?|thought|reported|told|"
    r"according to)"
)
_WH = r"(?:how|what|why|who|when|where|that['’]s|it['’]s|there['’]s)"
_INSIDE = re.compile(
    rf"\b{_SAYING}\b|\b(?:where|when|because|while|whereas|although|though|if|unless|as|"
    r"after|before|since|until|that|whom?|which|whose)\s+(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# An actor after a preposition ("the upheaval in Niger has led …") is not the subject.
_PREPOSITION = re.compile(
    r"\b(?:in|of|from|to|at|on|with|against|by|for|into|across|near|over|about|between|among|"
    r"amid|during|under|without|like)\s+(?:(?:the|a|an)\s+)?(?:(?-i:[a-z]+)\s+)?$",
    re.IGNORECASE,
)
# An actor named by its role in a body first and set off by commas is the subject: "Its
# chairman, Rear Admiral Shahjahan Khan, ordered …", "Boko Haram's leader, Abubakar Shekau,
# announced …".
_NAMED_ROLE = re.compile(
    r"^(?:(?:Its|His|Her|Their)\s+|(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s\s+)"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
# But one set off after a preposition's object is no subject: "Netanyahu, with his wife,
# Sara, at his side, declared …".
_AFTER_OBJECT = re.compile(
    r"\b(?:with|of|for|by|to|from|against|alongside|beside|and)\s+(?:the|a|an|his|her|its|"
    r"their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+$"
)
# The predicate of an action: a past-tense verb, or an action its doer reports as done or
# under way ("said it had suspended the charge", "said its troops were helping the army").
_PREDICATE = (
    rf"{_BRIDGE}\s+(?:(?P<verb>[a-z]+ed|{_IRREGULAR})"
    r"|said\s+(?:it|they|he|she|its\s+\w+|their\s+\w+)\s+(?:had|has|have|was|were)\s+"
    rf"(?:\w+ly\s+)?(?P<reported>[a-z]+(?:ed|ing)|{_IRREGULAR})"
    # What is under way: "The FBI is offering a $30,000 reward".
    r"|(?:is|are)\s+(?:now\s+|also\s+)?(?P<ongoing>[a-z]{3,}ing))\b"
)
_VERB = re.compile(rf"^{_PREDICATE}")
# The head of a name the actor's name ends ("The Council on American Islamic Relations"),
# opening the sentence.
_NAME_HEAD = re.compile(r"^(?:The\s+)?((?:[A-Z][\w'’-]*\s+){1,3}(?:of|on|for)\s+)$")
# Names joined as one subject before the actor: "Kenya and Rwanda said they had …".
_JOINT = re.compile(r"^(?:The\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}?(?:[A-Z][\w.'’-]*))\s+and\s+$")
# An actor the story names by what it is rather than by name opens the sentence: "The
# interior ministry banned …", "Health officials have traced …", "Army helicopters flew …".
_BODY_NOUNS = (
    r"ministry|police|army|government|authorities|officials|troops|soldiers|mission|"
    r"commission|rescuers|helicopters|court|council|agency|military|workers|teams?|"
    r"investigators|detectives|prosecutors|officers|deputies|agents|firefighters"
)
_BODY_SUBJECT = re.compile(
    rf"(?:The\s+|the\s+)?(?P<who>(?:(?!(?:{_SAYING}|{_WH})\b)[\w.'’-]+\s+){{0,3}}?"
    rf"(?:{_BODY_NOUNS}))"
    r"(?=[\s,])"
)
# Where a clause, and so its subject, starts: the sentence's start, or after ", and" or ";"
# ("The election was annulled …, and police said they had deployed 18,000 officers").
_CLAUSE_START = re.compile(r"^|(?:,\s+and|;)\s+")
_QUOTE_MARK = re.compile("[\"“”]")


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
    ``limit``, then in reading order; estimative and commentary sentences are not actions,
    nor are incidents (see :mod:`briefwright.draft.incidents`) or the lede's first
    sentence: an action responds to them."""
    article = briefing.lead_article
    found: list[tuple[float, int, int, Action]] = []
    # A claim may report its speaker's own action ("said it had suspended the charge").
    picked = picked_fact_ids(briefing)
    facts = {
        (f.source, f.paragraph, f.sentence): f
        for f in briefing.facts
        if f.kind in ("fact", "claim", "quote") and f.id in picked
    }
    # The lede's first sentence tells the situation itself ("Malawians voted on Tuesday"),
    # not an action taken in it.
    facts.pop((LEAD_SOURCE, article.lead_paragraph, 0), None)
    # The credits and the links to other stories are no news; what was done before the news
    # ("The ACLU sued … in 2003") is its background, not a response.
    latest = latest_year(article)
    facts = {
        k: f
        for k, f in facts.items()
        if not is_colour(text := article_sentence(briefing, f))
        and not tells_history(text, latest)
    }
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
            before = para.text[para.sentences[index].start : m.start]
            # A name cut after its head ("The Council on | American Islamic Relations") is
            # the subject whole.
            head = _NAME_HEAD.match(before)
            if (_PREPOSITION.search(before) and not head) or _INSIDE.search(before):
                continue
            rest = para.text[m.end : para.sentences[index].end]
            if _AFTER_OBJECT.search(before) and rest.startswith(","):
                continue
            if _NAMED_ROLE.match(before) and rest.startswith(","):
                rest = rest[1:]  # "Its chairman, Khan, ordered": the comma closes the role
            if fact.kind == "quote" and _QUOTE_MARK.search(before):
                continue  # inside the quotation: what the speaker says, not the narration
            hit = _action(rest)
            text = article_sentence(briefing, fact)
            if hit is None or (_stands_for(actor) and not hit.group("body")):
                continue
            # Who acted as the sentence names them: "Kenyan police", not "Kenyan"; "Kenya
            # and Rwanda", not "Rwanda".
            joint = _JOINT.match(before)
            who = (f"{joint.group(1)} and " if joint else "") + (head.group(1) if head else "")
            who += actor.name
            who += hit.group("body") or ""
            found.append((fact.score, fact.paragraph, fact.sentence, _made(who, hit, fact, text)))
    for fact in facts.values():
        text = article_sentence(briefing, fact)
        # Only the narration before a quotation: what the speaker says is no action taken.
        subject, hit = _body_action(_QUOTE_MARK.split(text)[0] if fact.kind == "quote" else text)
        if subject is None or hit is None:
            continue
        who = subject.group("who")
        who = who[:1].upper() + who[1:]
        found.append((fact.score, fact.paragraph, fact.sentence, _made(who, hit, fact, text)))
    # A named actor claims its sentence before a body ("Kenya's High Court" over "court").
    best: dict[str, tuple[float, int, int, Action]] = {}
    for item in sorted(found, key=lambda t: (-t[0], t[1], t[2])):
        best.setdefault(item[3].fact, item)
    chosen = sorted(best.values(), key=lambda t: (-t[0], t[1], t[2]))[:limit]
    return [t[3] for t in sorted(chosen, key=lambda t: (t[1], t[2]))]


def _action(rest: str) -> re.Match[str] | None:
    """Return the match of an action's predicate at the start of ``rest`` (what follows its
    subject), or None when there is none or its verb reports or observes."""
    hit = _VERB.match(rest)
    verb = hit and (hit.group("verb") or hit.group("reported") or hit.group("ongoing"))
    if not hit or not verb or _NOT_ACTION.match(verb) or verb == "being":
        return None
    # What happened is an incident, not a response to it: "police fired tear gas"; what was
    # done before is history: "the Taliban have carried out similar attacks".
    name = next(n for n in ("verb", "reported", "ongoing") if hit.group(n))
    done = rest[hit.start(name) :]
    return None if opens_incident(done) or HISTORY.search(done) else hit


def _stands_for(actor: ActorItem) -> bool:
    """Return whether an actor acts only through a body named after it: people named by
    what they are ("African-American": a description of who was there, but "Iraqi forces"),
    or a place smaller than a state or a province ("Tikrit fell to ISIS": what befell it,
    but "The Nairobi county government")."""
    if actor.label == "GROUP":
        return actor.subtype == "demonym"
    governs = actor.subtype in ("country", "region") or is_country(actor.name)
    return actor.label == "PLACE" and not governs


def _body_action(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """Return the first clause of ``text`` whose subject is an actor named by what it is
    and whose predicate is an action: the subject's match and the predicate's, or Nones."""
    for start in _CLAUSE_START.finditer(text):
        subject = _BODY_SUBJECT.match(text, start.end())
        if subject is not None and start.end() - subject.start() == 0:
            hit = _action(text[subject.end() :])
            if hit is not None:
                return subject, hit
    return None, None


def _made(who: str, hit: re.Match[str], fact: FactItem, text: str) -> Action:
    verb = hit.group("verb") or hit.group("reported") or hit.group("ongoing")
    return Action(who, verb, fact.id, fact.paragraph, text, fact.source)
