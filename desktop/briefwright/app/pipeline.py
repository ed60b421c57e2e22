"""From a file to a Briefing: an article is read, analysed and proposed; a project is loaded."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from briefwright.draft.merge.combine import combine
from briefwright.draft.printplan import redraft
from briefwright.draft.proposal import propose
from briefwright.draft.templates import load_template
from briefwright.ingest import read_article
from briefwright.model.article import Article
from briefwright.model.briefing import DEFAULT_TEMPLATE, Briefing
from briefwright.model.errors import BriefwrightError
from briefwright.model.filekinds import ARTICLE_SUFFIXES
from briefwright.store.project import is_project, load_project


def open_briefing(
    path: str | os.PathLike[str],
    template: str | None = None,
    *,
    article: Article | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> Briefing:
    """Return the Briefing for ``path``: a project as saved, or an article's proposal.

    ``template`` applies to an article (default ``bluf-memo``); a project keeps its own
    unless ``template`` is given. ``article`` is the article at ``path`` when the caller has
    read it already; ``on_article`` is called with the article as soon as it is read, before
    the analysis (the window shows it meanwhile). Raises BriefwrightError subclasses for bad
    input.
    """
    if article is None:
        if is_project(path):
            briefing = load_project(path)
            if template:
                briefing.template = load_template(template).name
            # What prints follows the picks as saved, also those a script flipped.
            redraft(briefing)
            return briefing
        article = read_article(Path(path))
        if on_article is not None:
            on_article(article)
    # The engine (spaCy and the model) loads here, when an analysis first runs: an article
    # read for the window is on screen before that cost is paid.
    from briefwright.analysis.engine import analyze

    return propose(article, analyze(article), template or DEFAULT_TEMPLATE)


def propose_article(article: Article, template: str | None = None) -> Briefing:
    """Return the proposed Briefing for an article already read (pasted or dropped text)."""
    # The engine (spaCy and the model) loads here, when an analysis first runs: an article
    # read for the window is on screen before that cost is paid.
    from briefwright.analysis.engine import analyze

    return propose(article, analyze(article), template or DEFAULT_TEMPLATE)


def briefings_for(
    paths: Iterable[Path], template: str | None = None
) -> Iterator[tuple[Path, Briefing | BriefwrightError]]:
    """Yield each path with its proposed Briefing, or the error that stopped it.

    Articles are analysed as one batch so the model is used efficiently.
    """
    pending: list[tuple[Path, Article]] = []

    def flush() -> Iterator[tuple[Path, Briefing | BriefwrightError]]:
        from briefwright.analysis.engine import analyze_many

        results = analyze_many(a for _, a in pending)
        for (p, art), result in zip(pending, results, strict=True):
            yield p, propose(art, result, template or DEFAULT_TEMPLATE)
        pending.clear()

    for p in paths:
        if is_project(p):
            yield from flush()
            try:
                yield p, open_briefing(p, template)
            except BriefwrightError as exc:
                yield p, exc
            continue
        try:
            pending.append((p, read_article(p)))
        except BriefwrightError as exc:
            yield from flush()
            yield p, exc
            continue
        if len(pending) >= 16:
            yield from flush()
    yield from flush()


def open_several(
    paths: Sequence[str | os.PathLike[str]], template: str | None = None
) -> tuple[Briefing, list[BriefwrightError]]:
    """Return one Briefing drawn from the articles at ``paths`` (S1, S2 … in that order), and
    the error of each file that could not be used.

    Each article is read and analysed on its own (one batch through the model), then the
    proposals are joined (:func:`briefwright.draft.merge.combine.combine`). A project file
    cannot join: it is reported as unusable. Raises BriefwrightError, naming every file's
    reason, when none could be read.
    """
    proposals, errors = propose_several(paths, template)
    if not proposals:
        raise BriefwrightError("; ".join(str(e) for e in errors) or "no articles given")
    return _joined(proposals), errors


def merged_briefing(articles: Sequence[Article], template: str | None = None) -> Briefing:
    """Return one Briefing of ``articles`` already read (S1, S2 … in that order): each
    analysed on its own (one batch through the model), their proposals joined."""
    return _joined(_proposals(articles, template))


def propose_several(
    paths: Sequence[str | os.PathLike[str]],
    template: str | None = None,
    report: Callable[[str], None] | None = None,
) -> tuple[list[Briefing], list[BriefwrightError]]:
    """Return the proposal of each article at ``paths`` that could be read (one source
    each, in order), and the error of each file that could not be used (a project file
    cannot join other files). ``report`` is told, in words, what is being done."""
    articles: list[Article] = []
    errors: list[BriefwrightError] = []
    for n, p in enumerate(paths, 1):
        if report is not None:
            report(f"Reading {Path(p).name} ({n} of {len(paths)})…")
        if is_project(p):
            errors.append(
                BriefwrightError(f"{Path(p).name}: a project cannot be joined with other files")
            )
            continue
        try:
            articles.append(read_article(Path(p)))
        except BriefwrightError as exc:
            errors.append(exc)
    if not articles:
        return [], errors
    if report is not None:
        plural = "s" if len(articles) != 1 else ""
        report(f"Analysing {len(articles)} article{plural}…")
    return _proposals(articles, template), errors


def _proposals(articles: Sequence[Article], template: str | None) -> list[Briefing]:
    """Return each article's proposal, one source each, analysed in one batch."""
    from briefwright.analysis.engine import analyze_many

    name = template or DEFAULT_TEMPLATE
    return [
        propose(a, result, name)
        for a, result in zip(articles, analyze_many(articles), strict=True)
    ]


def _joined(proposals: list[Briefing]) -> Briefing:
    briefing = combine(proposals)
    redraft(briefing)
    return briefing


def articles_in(folder: Path) -> list[Path]:
    """Return the article and project files directly inside ``folder``, sorted by name."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES or is_project(p))
    )
