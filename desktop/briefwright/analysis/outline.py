"""Section proposals: segmentation, headings and roles put together."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from briefwright.analysis.headings import Token, make_heading
from briefwright.analysis.model import Actor, Fact, SectionProposal
from briefwright.analysis.sections import paragraph_bag, section_count, section_role, segment
from briefwright.article import Article

_HEADING_WORDS = 10


def _runs(article: Article, facts: Sequence[Fact], actors: Sequence[Actor]) -> list[list[int]]:
    """Return the paragraph ids of each section, in order."""
    keys: dict[int, list[str]] = defaultdict(list)
    for a in actors:
        for m in a.mentions:
            keys[m.paragraph].append(a.id)
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
    wanted = section_count(body_total)
    runs: list[list[int]] = []
    for block in blocks:
        if block is tail:
            runs.append(block)
            continue
        heading = [pid for pid in block if article.paragraph(pid).kind == "heading"]
        body = [pid for pid in block if pid not in heading]
        share = max(1, round(wanted * len(body) / max(1, body_total)))
        bags = [paragraph_bag(article.paragraph(pid), keys[pid]) for pid in body]
        pieces = [body[a:b] for a, b in segment(bags, share)]
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
    tokens: dict[int, list[Token]],
) -> tuple[SectionProposal, ...]:
    """Return the section proposals (``s1``…): every paragraph in exactly one section.

    A heading paragraph starts a section and gives its heading; a closing run of pure
    commentary becomes a section that is not included.
    """
    common = _common_words(article)
    out = []
    for n, pids in enumerate(_runs(article, facts, actors), start=1):
        members = [f for f in facts if f.paragraph in pids]
        first_para = article.paragraph(pids[0])
        text = " ".join(article.paragraph(pid).text for pid in pids)
        commentary = bool(members) and all(f.kind == "commentary" for f in members)
        if first_para.kind == "heading":
            heading = " ".join(first_para.text.split()[:_HEADING_WORDS])
        else:
            heading = _heading(article, pids, members, actors, tokens, text, common)
        out.append(
            SectionProposal(
                id=f"s{n}",
                heading=heading,
                paragraphs=tuple(pids),
                included=not commentary,
                role=section_role(text, members, n == 1),
            )
        )
    return tuple(out)


def _heading(
    article: Article,
    pids: Sequence[int],
    members: Sequence[Fact],
    actors: Sequence[Actor],
    tokens: dict[int, list[Token]],
    text: str,
    common: frozenset[str],
) -> str:
    """Return a heading built from the section's best sentences and most-named actors."""
    ranked = sorted(members, key=lambda f: (f.kind == "commentary", -f.score, f.id))
    sentences = []
    for f in ranked[:3]:
        span = article.paragraph(f.paragraph).sentences[f.sentence]
        sentences.append([t for t in tokens.get(f.paragraph, []) if span.start <= t.idx < span.end])
    counts: Counter[str] = Counter()
    for a in actors:
        counts[a.id] = sum(1 for m in a.mentions if m.paragraph in pids)
    by_id = {a.id: a for a in actors}
    # Persons and organisations say more than the country the whole article is about.
    order = sorted(
        (aid for aid in counts if counts[aid]),
        key=lambda aid: (by_id[aid].label not in ("PERSON", "ORG"), -counts[aid], aid),
    )
    return make_heading(sentences, [by_id[aid] for aid in order], text, common)


def _common_words(article: Article) -> frozenset[str]:
    """Return the lower-case words found in over 40 % of the body paragraphs (at least 3)."""
    body = [p for p in article.paragraphs if p.kind != "heading"]
    counts: Counter[str] = Counter()
    for p in body:
        counts.update({w.lower().strip(".,;:’'\"") for w in p.text.split()})
    floor = max(3, 0.4 * len(body))
    return frozenset(w for w, c in counts.items() if c >= floor)
