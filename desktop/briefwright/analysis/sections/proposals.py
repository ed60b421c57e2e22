"""Section proposals: segmentation, headings and roles put together."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.ranking.textrank import content_words
from briefwright.analysis.sections.headings import (
    FALLBACK_LABELS,
    ROLE_LABELS,
    Token,
    heading_options,
    is_adjectival,
    is_outlet,
    short_name,
    topic_labels,
)
from briefwright.analysis.sections.roles import section_role
from briefwright.analysis.sections.segments import (
    paragraph_signals,
    section_bounds,
    segment,
)
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor, Fact, SectionProposal, SectionRole
from briefwright.model.article import Article


def _contains(a: Actor, b: Actor) -> bool:
    """Return whether a name of ``a`` holds a name of ``b`` as whole words."""
    forms_b = [f for f in (b.name, *b.aliases) if f]
    return any(f != fa and f" {f} " in f" {fa} " for fa in (a.name, *a.aliases) for f in forms_b)


def _runs(article: Article, facts: Sequence[Fact], actors: Sequence[Actor]) -> list[list[int]]:
    """Return the paragraph ids of each section, in order."""
    keys: dict[int, list[str]] = defaultdict(list)
    openers: dict[int, set[str]] = defaultdict(set)
    for a in actors:
        # A mention of "US Embassy" also names the US: the actors inside its name.
        inside = [b.id for b in actors if b is not a and _contains(a, b)]
        for m in a.mentions:
            keys[m.paragraph].extend([a.id, *inside])
            if m.start < WEIGHTS.opening_chars and not is_adjectival(a):
                openers[m.paragraph].update([a.id, *inside])
    kinds: dict[int, list[str]] = defaultdict(list)
    for f in facts:
        kinds[f.paragraph].append(f.kind)
    blocks: list[list[int]] = [[]]
    for p in article.paragraphs:
        if p.kind == "heading" and blocks[-1]:
            blocks.append([])
        blocks[-1].append(p.id)
    # Closing paragraphs of pure commentary form their own block (a section not included).
    last = blocks[-1]
    tail: list[int] = []
    while len(last) > 1 and kinds[last[-1]] and all(k == "commentary" for k in kinds[last[-1]]):
        tail.insert(0, last.pop())
    if tail:
        blocks.append(tail)
    body_total = sum(len(b) for b in blocks if b is not tail)
    low, high = section_bounds(body_total)
    runs: list[list[int]] = []
    for block in blocks:
        if block is tail:
            runs.append(block)
            continue
        heading = [pid for pid in block if article.paragraph(pid).kind == "heading"]
        body = [pid for pid in block if pid not in heading]
        if heading:
            # The article's own heading already says where its sections are.
            pieces = [body] if body else []
        else:
            share = len(body) / max(1, body_total)
            bounds = (max(1, round(low * share)), max(1, round(high * share)))
            signals = paragraph_signals(
                [article.paragraph(pid) for pid in body],
                [keys[pid] for pid in body],
                [frozenset(openers[pid]) for pid in body],
            )
            pieces = [body[a:b] for a, b in segment(signals, bounds)]
        if heading:
            if pieces:
                pieces[0] = heading + pieces[0]
            else:
                pieces = [heading]
        runs.extend(pieces)
    return runs


def build_sections(
    article: Article,
    facts: Sequence[Fact],
    actors: Sequence[Actor],
    tokens: Mapping[int, list[Token]],
) -> tuple[SectionProposal, ...]:
    """Return the section proposals (``s1``…): every paragraph in exactly one section.

    A heading paragraph starts a section and gives its heading; a closing run of pure
    commentary becomes a section that is not included. Headings are unique in the article.
    """
    common = _common_words(article)
    lead = next((p.id for p in article.paragraphs if p.kind != "heading"), None)
    used: list[str] = []
    labels: list[str] = []
    out = []
    for n, pids in enumerate(_runs(article, facts, actors), start=1):
        members = [f for f in facts if f.paragraph in pids]
        first_para = article.paragraph(pids[0])
        commentary = bool(members) and all(f.kind == "commentary" for f in members)
        role = section_role(members, lead in pids)
        if first_para.kind == "heading":
            heading = " ".join(first_para.text.split()[: WEIGHTS.article_heading_words])
        else:
            heading = _heading(article, pids, members, actors, tokens, common, role, used)
        used.append(heading)
        label = _label(article, pids, actors, role, [*used, *labels])
        labels.append(label)
        out.append(
            SectionProposal(
                id=f"s{n}",
                heading=heading,
                paragraphs=tuple(pids),
                included=not commentary,
                role=role,
                label=label,
                sentence_headings=_sentence_headings(
                    article, pids, members, actors, tokens, common
                ),
            )
        )
    return tuple(out)


def _tokens_of(article: Article, fact: Fact, tokens: Mapping[int, list[Token]]) -> list[Token]:
    span = article.paragraph(fact.paragraph).sentences[fact.sentence]
    return [t for t in tokens.get(fact.paragraph, []) if span.start <= t.idx < span.end]


def _sentence_headings(
    article: Article,
    pids: Sequence[int],
    members: Sequence[Fact],
    actors: Sequence[Actor],
    tokens: Mapping[int, list[Token]],
    common: frozenset[str],
) -> tuple[tuple[str, str], ...]:
    """Return, by fact id, the heading each sentence of the section supports on its own.

    What a section prints depends on the user's picks (a sentence ticked as a key fact prints
    there, not in the section): drafting then heads the section with what it still prints.
    """
    local = _section_actors(pids, actors, _text(article))
    out = []
    for f in members:
        if f.kind == "commentary":
            continue
        sentence = _tokens_of(article, f, tokens)
        options = heading_options([sentence], local, common, [f.kind == "quote"], [f.refers_to])
        options = _without_outlets(options, actors, _text(article))
        # One sentence heads its section alone: two of its events joined ("Coup and
        # cooperation") say less than either, unless the sentence joins them itself.
        said = " ".join(t.text for t in sentence).lower()
        joined = [o for o in options if _joins_as_written(o, said)]
        if joined:
            out.append((f.id, joined[0]))
    return tuple(out)


def _without_outlets(options: Sequence[str], actors: Sequence[Actor], text: str) -> list[str]:
    """Return ``options`` less those naming a news outlet of ``actors`` ("CNN reported …";
    ``text`` is the article's): the outlet tells the news, it is not what the section says."""
    forms = [f for a in actors if is_outlet(a, text) for f in (a.name, *a.aliases) if f]
    if not forms:
        return list(options)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])")
    return [o for o in options if not pattern.search(o)]


def _joins_as_written(heading: str, said: str) -> bool:
    """Return whether every "X and Y" of ``heading`` stands so in the sentence ``said``
    (lower case, tokens spaced): "financial and development aid" does, "Coup and
    cooperation" made of two of its events does not."""
    words = heading.lower().split()
    return all(
        f"{words[i - 1]} and {words[i + 1]}" in said
        for i, w in enumerate(words)
        if w == "and" and 0 < i < len(words) - 1
    )


def _label(
    article: Article,
    pids: Sequence[int],
    actors: Sequence[Actor],
    role: SectionRole,
    used: Sequence[str],
) -> str:
    """Return the neutral label that names the section when no sentence it prints states a
    heading: its topic or role, naming its main actor when the bare label is taken."""
    local = _section_actors(pids, actors, _text(article))
    main = _main_actor(local, actors, _text(article))
    labels = topic_labels([article.paragraph(pid).text for pid in pids], role)
    names = _written([main, *(short_name(a) for a in local if short_name(a) != main)], article)
    named = [f"{label} {_JOINS[label]} {n}" for n in names for label in labels if label in _JOINS]
    return _unique([*labels, *named, *FALLBACK_LABELS], used)


def _written(names: Sequence[str], article: Article) -> list[str]:
    """Return the ``names`` the article writes as they are ("U.S." is no "US" a reader can
    find in it)."""
    text = _text(article)
    return [n for n in names if n in text]


def _text(article: Article) -> str:
    """Return the article's text, its paragraphs one a line."""
    return "\n".join(p.text for p in article.paragraphs)


def _section_actors(pids: Sequence[int], actors: Sequence[Actor], text: str) -> list[Actor]:
    """Return the actors named in the section: persons and organisations first (they say
    more than the country the whole article is about), then by mentions there."""
    counts = {a.id: sum(1 for m in a.mentions if m.paragraph in pids) for a in actors}
    # A news outlet ("told CNN", "WJLA reported") reports the section; it is not its actor.
    present = [a for a in actors if counts[a.id] and not is_outlet(a, text)]
    return sorted(present, key=lambda a: (a.label not in ("PERSON", "ORG"), -counts[a.id], a.id))


def _heading(
    article: Article,
    pids: Sequence[int],
    members: Sequence[Fact],
    actors: Sequence[Actor],
    tokens: Mapping[int, list[Token]],
    common: frozenset[str],
    role: SectionRole,
    used: Sequence[str],
) -> str:
    """Return a heading the section's best sentences support, else a neutral topic label,
    unlike every heading in ``used``; closing commentary is named for what it is."""
    local = _section_actors(pids, actors, _text(article))
    main = _main_actor(local, actors, _text(article))
    texts = [article.paragraph(pid).text for pid in pids]
    if members and all(f.kind == "commentary" for f in members):
        label = ROLE_LABELS["commentary"]
        return _unique([f"{label} for {main}", label], used)
    ranked = sorted(members, key=lambda f: (f.kind == "commentary", -f.score, f.id))
    sentences = []
    for f in ranked[:3]:
        sentences.append(_tokens_of(article, f, tokens))
    reported = [f.kind in ("quote", "commentary") for f in ranked[:3]]
    referents = [f.refers_to for f in ranked[:3]]
    options = heading_options(sentences, local, common, reported, referents)
    options = _without_outlets(options, actors, _text(article))
    labels = topic_labels(texts, role)
    if role == "outlook":
        # What the section's sentences state comes first: "Outlook" only names it.
        labels = [ROLE_LABELS["outlook"], *labels]
        options = [*options, f"{ROLE_LABELS['outlook']} for {main}"]
    names = _written([main, *(short_name(a) for a in local if short_name(a) != main)], article)
    named = [f"{label} {_JOINS[label]} {n}" for n in names for label in labels if label in _JOINS]
    return _unique([*options, *labels, *named, *FALLBACK_LABELS], used)


# How a role label names the section's main actor when the bare label is taken.
_JOINS = {
    ROLE_LABELS["development"]: "involving",
    ROLE_LABELS["background"]: "on",
    ROLE_LABELS["reaction"]: "involving",
    ROLE_LABELS["outlook"]: "for",
}


def _main_actor(local: Sequence[Actor], actors: Sequence[Actor], text: str) -> str:
    """Return how a heading names the section's main actor: the article's most-named actor
    when the section names it (or names no actor), else the section's first."""
    doers = [a for a in local if not is_adjectival(a) and any(c.isalpha() for c in a.name)]
    top = next((a for a in actors if not is_adjectival(a) and not is_outlet(a, text)), None)
    if top is not None and top in doers:
        return short_name(top)
    if doers:
        return short_name(doers[0])
    return short_name(top) if top is not None else "the situation"


_TEMPLATE_WORDS = frozenset(content_words(" ".join(lexicon.items("sections.template_words"))))


def _gist(heading: str) -> frozenset[str]:
    """Return the content words of a heading (without the words of the stock headings), for
    telling near-duplicates apart."""
    return frozenset(content_words(heading)) - _TEMPLATE_WORDS


def _near(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two heading gists say the same: equal, or two thirds of the smaller
    one (at least two words) shared."""
    shared = len(a & b)
    return bool(a) and (a == b or (shared >= 2 and shared >= 2 / 3 * min(len(a), len(b))))


def _unique(options: Sequence[str], used: Sequence[str]) -> str:
    """Return the first option that repeats no heading in ``used``, not even nearly, else the
    first option numbered."""
    gists = [_gist(u) for u in used]
    for option in options:
        g = _gist(option)
        if option not in used and not any(_near(g, u) for u in gists):
            return option
    return f"{options[0]} ({len(used) + 1})"


def _common_words(article: Article) -> frozenset[str]:
    """Return the lower-case words found in over 40 % of the body paragraphs (at least 3)."""
    body = [p for p in article.paragraphs if p.kind != "heading"]
    counts: Counter[str] = Counter()
    for p in body:
        counts.update({w.lower().strip(".,;:’'\"") for w in p.text.split()})
    floor = max(WEIGHTS.common_floor, WEIGHTS.common_share * len(body))
    return frozenset(w for w, c in counts.items() if c >= floor)
