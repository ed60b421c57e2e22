"""The ``briefwright`` command: analyze, new, export, templates; ``gui`` is handed to the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import briefwright
from briefwright.analysis.engine import analyze_many
from briefwright.app.analysis_json import analysis_record, merged_record
from briefwright.app.export import export_briefing, format_for
from briefwright.app.lint import RULES, lint
from briefwright.app.pipeline import articles_in, briefings_for, open_briefing, open_several
from briefwright.draft.completion import to_complete
from briefwright.draft.templates import load_template, template_titles
from briefwright.ingest import read_article
from briefwright.model.briefing import DEFAULT_TEMPLATE, Briefing
from briefwright.model.errors import BriefwrightError
from briefwright.model.exportkinds import EXPORT_KINDS, FORMATS, Format, format_of_suffix
from briefwright.model.filekinds import ARTICLE_SUFFIXES, PROJECT_SUFFIX
from briefwright.model.markings import normalise_marking
from briefwright.store.project import is_project, save_project

EXIT_OK = 0
EXIT_FINDINGS = 1  # lint: the checks found something to look at
EXIT_BAD_INPUT = 2


class _VersionAction(argparse.Action):
    """``--version``: reads the installed version only when asked (it costs ~40 ms at start)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(f"briefwright {briefwright.__version__}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line on stderr and exit status 2, like every bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"briefwright: {message} (see briefwright --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="briefwright",
        description="Turn a news article into a professional briefing, offline.",
    )
    p.add_argument("--version", action=_VersionAction, help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("analyze", help="print what the analysis finds in articles")
    a.add_argument("files", nargs="+", metavar="FILE", help="articles (.txt .md .html .docx)")
    a.add_argument("--jsonl", action="store_true", help="one JSON object per file, one line each")
    a.add_argument(
        "--merge", action="store_true", help="one record for the set: the articles as sources"
    )

    n = sub.add_parser("new", help="write the proposed briefing as a project file")
    n.add_argument(
        "articles", nargs="+", metavar="ARTICLE", help="one article, or several for one briefing"
    )
    n.add_argument("-o", "--output", required=True, metavar=f"PROJECT{PROJECT_SUFFIX}")
    n.add_argument("--template", default=None, help=f"template name (default {DEFAULT_TEMPLATE})")
    n.add_argument("--marking", default=None, help="handling marking, e.g. TLP:AMBER")

    e = sub.add_parser("export", help="export an article or project to PDF or Word")
    e.add_argument(
        "inputs",
        nargs="+",
        metavar="ARTICLE|PROJECT|FOLDER",
        help="several articles make one briefing; a folder makes one per file unless --merge",
    )
    e.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.docx|FOLDER")
    e.add_argument("--template", default=None, help=f"template name (default {DEFAULT_TEMPLATE})")
    e.add_argument("--marking", default=None, help="handling marking, e.g. TLP:AMBER")
    e.add_argument(
        "--format",
        choices=(*FORMATS, "both"),
        default=None,
        help="format for each file when exporting a folder (default pdf); a single file's "
        "format comes from the -o name",
    )
    e.add_argument(
        "--appendix", action="store_true", help="quote each fact's source sentence in an appendix"
    )
    e.add_argument(
        "--merge", action="store_true", help="one briefing from all the articles of a folder"
    )

    li = sub.add_parser("lint", help="check projects or articles before they are sent")
    li.add_argument("files", nargs="*", metavar="PROJECT|ARTICLE")
    li.add_argument("--template", default=None, help="template for an article (default: its own)")
    li.add_argument("--rules", action="store_true", help="list the rules and exit")

    g = sub.add_parser("gui", help="open the window (on FILE, or the last project or the sample)")
    g.add_argument("file", nargs="?", default=None, metavar="FILE")
    g.add_argument(
        "--smoke", action="store_true", help="open, wait until ready, print timings, exit"
    )

    sub.add_parser("templates", help="list the templates")
    return p


def main(
    argv: Sequence[str] | None = None,
    open_window: Callable[[str | None, bool], int] | None = None,
) -> int:
    """Run the command line; return the exit status (0 success, 2 bad input).

    ``open_window(file, smoke)`` runs ``gui`` (see :mod:`briefwright.__main__`); without it
    ``gui`` is refused as bad input.
    """
    args = _parser().parse_args(list(argv) if argv is not None else None)
    if args.command is None:
        args = _parser().parse_args(["gui"])
    try:
        if args.command == "analyze":
            if args.merge:
                return _analyze_merged(args.files, args.jsonl)
            return _analyze(args.files, args.jsonl)
        if args.command == "new":
            return _new(args)
        if args.command == "export":
            return _export(args)
        if args.command == "templates":
            return _templates()
        if args.command == "lint":
            return _lint(args)
        if open_window is None:
            raise BriefwrightError("gui: the window is not available from this entry point")
        return open_window(args.file, args.smoke)
    except BriefwrightError as exc:
        _fail(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except Exception as exc:
        # A fault of ours, not of the input: one line for the user, the trace on request.
        if os.environ.get("BRIEFWRIGHT_DEBUG"):
            traceback.print_exc()
        _fail(f"internal error ({type(exc).__name__}: {exc}); set BRIEFWRIGHT_DEBUG=1 for details")
        return 1


def _fail(message: str) -> None:
    first = message.strip().splitlines()[0] if message.strip() else "failed"
    print(f"briefwright: {first}", file=sys.stderr)


class _Progress:
    """A one-line progress bar on stderr, shown only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = total > 1 and self.stream.isatty()
        self.done = 0

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {name[:40]:<40}")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def _analyze(files: list[str], jsonl: bool) -> int:
    status = EXIT_OK
    progress = _Progress(len(files))
    # Read every file first so one batch goes through the model; errors keep their place.
    articles = []
    errors: dict[int, str] = {}
    for i, f in enumerate(files):
        try:
            articles.append((i, read_article(f)))
        except BriefwrightError as exc:
            errors[i] = str(exc)
    analysed = analyze_many(a for _, a in articles)
    results = dict(zip((i for i, _ in articles), analysed, strict=True))
    by_index = dict(articles)
    for i, f in enumerate(files):
        if i in errors:
            status = EXIT_BAD_INPUT
            _fail(errors[i])
            record: dict[str, object] = {"file": f, "error": errors[i]}
        else:
            record = {"file": f, **analysis_record(by_index[i], results[i])}
        text = json.dumps(record, ensure_ascii=False, indent=None if jsonl else 2)
        sys.stdout.write(text + "\n")
        progress.step(Path(f).name)
    sys.stdout.flush()
    return status


def _apply_marking(briefing: Briefing, marking: str | None) -> None:
    if marking is not None:
        cleaned = normalise_marking(marking)
        if not cleaned:
            raise BriefwrightError("--marking must not be empty")
        briefing.meta.marking = cleaned


def _new(args: argparse.Namespace) -> int:
    if not is_project(args.output):
        suffix = PROJECT_SUFFIX
        raise BriefwrightError(f"{args.output}: the project name must end in {suffix}")
    if len(args.articles) > 1:
        briefing = _several(args.articles, args.template)
    else:
        briefing = open_briefing(args.articles[0], args.template)
    _apply_marking(briefing, args.marking)
    save_project(briefing, args.output)
    return EXIT_OK


def _several(paths: Sequence[str | Path], template: str | None) -> Briefing:
    """Return the one briefing of the articles at ``paths``; say on stderr which could not
    be used and why (BriefwrightError when none could)."""
    briefing, errors = open_several(paths, template)
    for exc in errors:
        _fail(str(exc))
    return briefing


def _analyze_merged(files: list[str], jsonl: bool) -> int:
    briefing = _several(files, None)
    text = json.dumps(merged_record(briefing), ensure_ascii=False, indent=None if jsonl else 2)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    if args.template:
        load_template(args.template)  # an unknown name fails before any work is done
    inputs = [Path(i) for i in args.inputs]
    if len(inputs) > 1 or args.merge:
        return _export_merged(args, inputs)
    source = inputs[0]
    if not source.is_dir():
        if args.format is not None:
            raise BriefwrightError(
                "--format is for exporting a folder; for one file the -o name ends in "
                + " or ".join(k.suffix for k in EXPORT_KINDS.values())
            )
        _export_one(open_briefing(source, args.template), args, format_for(args.output))
        return EXIT_OK

    out_dir = Path(args.output)
    if format_of_suffix(out_dir.suffix) is not None:
        raise BriefwrightError(f"{out_dir}: exporting a folder needs an output folder, not a file")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefwrightError(
            f"{out_dir}: cannot create the output folder ({exc.strerror})"
        ) from None
    paths = articles_in(source)
    if not paths:
        kinds = " ".join(ARTICLE_SUFFIXES)
        raise BriefwrightError(f"{source}: no articles ({kinds}) in this folder")
    formats: tuple[Format, ...] = (
        FORMATS if args.format == "both" else (args.format,) if args.format else FORMATS[:1]
    )
    stems = [p.stem for p in paths]
    # Two inputs with one stem (a.txt and a.md) would write the same a.pdf: those keep their
    # extension in the output name (a.txt.pdf, a.md.pdf).
    clash = {stem for stem in stems if stems.count(stem) > 1}
    status = EXIT_OK
    incomplete = 0
    progress = _Progress(len(paths))
    for path, result in briefings_for(paths, args.template):
        if isinstance(result, BriefwrightError):
            _fail(str(result))
            status = EXIT_BAD_INPUT
        else:
            _apply_marking(result, args.marking)
            result.source_appendix = result.source_appendix or args.appendix
            stem = path.name if path.stem in clash else path.stem
            if to_complete(result):
                incomplete += 1
            for fmt in formats:
                try:
                    export_briefing(result, out_dir / f"{stem}.{fmt}", fmt)
                except BriefwrightError as exc:
                    _fail(str(exc))
                    status = EXIT_BAD_INPUT
        progress.step(path.name)
    if incomplete:
        _warn(f"{incomplete} of {len(paths)} briefings have parts to complete (open them to see)")
    return status


def _lint(args: argparse.Namespace) -> int:
    """Print every finding, one line each; 1 when there are findings, 0 when none, 2 when a
    file could not be read (the others are still checked)."""
    if args.rules:
        for rule in RULES:
            print(f"{rule.id:<20} {rule.summary}")
        return EXIT_OK
    if not args.files:
        raise BriefwrightError("lint: name at least one project or article")
    if args.template:
        load_template(args.template)
    status, found = EXIT_OK, False
    for name in args.files:
        try:
            briefing = open_briefing(name, args.template)
        except BriefwrightError as exc:
            _fail(str(exc))
            status = EXIT_BAD_INPUT
            continue
        prefix = Path(name).name if len(args.files) > 1 else ""
        for finding in lint(briefing):
            print(finding.line(prefix))
            found = True
    return status if status != EXIT_OK else (EXIT_FINDINGS if found else EXIT_OK)


def _export_merged(args: argparse.Namespace, inputs: list[Path]) -> int:
    """Export one briefing drawn from every article named, or found in a folder named."""
    if args.format is not None:
        raise BriefwrightError("--format is for exporting a folder one file each; not with --merge")
    fmt = format_for(args.output)
    paths: list[Path] = []
    for given in inputs:
        if given.is_dir():
            found = [p for p in articles_in(given) if not is_project(p)]
            if not found:
                _fail(f"{given}: no articles ({' '.join(ARTICLE_SUFFIXES)}) in this folder")
            paths += found
        else:
            paths.append(given)
    if not paths:
        raise BriefwrightError("no articles to export")
    _export_one(_several(paths, args.template), args, fmt)
    return EXIT_OK


def _export_one(briefing: Briefing, args: argparse.Namespace, fmt: Format) -> None:
    """Export ``briefing`` to ``args.output`` with the marking and appendix asked for; warn
    of the parts it still has to complete."""
    _apply_marking(briefing, args.marking)
    briefing.source_appendix = briefing.source_appendix or args.appendix
    export_briefing(briefing, args.output, fmt)
    missing = to_complete(briefing)
    if missing:
        _warn(f"{Path(args.output).name} has parts to complete: {', '.join(missing)}")


def _warn(message: str) -> None:
    """Say on stderr, in one line, what a user should know of files that were written."""
    print(f"briefwright: warning: {message}", file=sys.stderr)


def _templates() -> int:
    for name, title in template_titles().items():
        print(f"{name:<16} {title}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
