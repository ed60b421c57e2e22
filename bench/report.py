"""The benchmark's results: measured rows, targets with their verdicts, the table and the JSON."""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path

SIZES = ("×1", "×10", "×100")


@dataclass(frozen=True)
class Row:
    """One measurement: ``value`` in ``unit`` (None when it could not be measured, see ``note``)."""

    group: str
    name: str
    size: str
    value: float | None
    unit: str = "ms"
    n: int = 0
    note: str = ""


@dataclass(frozen=True)
class Target:
    """One target: the measured ``value``, the limit as written, and whether it was met."""

    name: str
    value: float | None
    target: str
    met: bool | None
    note: str = ""
    detail: str = ""


@dataclass
class Results:
    """Everything one run measured, in the order it was measured."""

    rows: list[Row] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    peers: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    profiles: dict[str, str] = field(default_factory=dict)
    wall_s: float = 0.0

    def add(self, row: Row) -> Row:
        """Record ``row`` and return it."""
        self.rows.append(row)
        return row

    def value(self, group: str, name: str, size: str = "") -> float | None:
        """Return the value of the row ``group``/``name``/``size``, or None when absent."""
        for row in self.rows:
            if (row.group, row.name, row.size) == (group, name, size):
                return row.value
        return None

    def ratio_target(
        self,
        name: str,
        top: float | None,
        bottom: float | None,
        limit: float,
        why: str,
        both: str = "",
    ) -> Target:
        """Record and return the target ``top / bottom ≤ limit``.

        ``both`` (a unit such as ``"ms"``) shows the two measured values beside the ratio,
        where the ratio alone would hide how fast the machine was.
        """
        if top is None or bottom is None or bottom <= 0:
            target = Target(name, None, f"≤ {limit:g}×", None, f"not measured: {why}")
        else:
            value = round(top / bottom, 3)
            detail = f"{_fmt(top, both)} / {_fmt(bottom, both)} {both}" if both else ""
            target = Target(name, value, f"≤ {limit:g}×", value <= limit, why, detail)
        self.targets.append(target)
        return target

    def limit_target(
        self, name: str, value: float | None, limit: float, unit: str, why: str
    ) -> Target:
        """Record and return the target ``value ≤ limit`` in ``unit``."""
        if value is None:
            target = Target(name, None, f"≤ {limit:g} {unit}", None, f"not measured: {why}")
        else:
            target = Target(name, round(value, 1), f"≤ {limit:g} {unit}", value <= limit, why)
        self.targets.append(target)
        return target


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "Ir":
        return f"{value / 1e6:,.1f} M"
    if unit == "ms" and value >= 10_000:
        return f"{value / 1000:,.1f} s"
    if unit == "ms":
        return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"
    return f"{value:,.1f} {unit}"


def table_lines(results: Results) -> list[str]:
    """Return the results as Markdown tables: size matrices, other rows, then targets."""
    lines: list[str] = []
    matrix_groups = [g for g in dict.fromkeys(r.group for r in results.rows)
                     if any(r.size in SIZES for r in results.rows if r.group == g)]
    for group in matrix_groups:
        rows = [r for r in results.rows if r.group == group]
        lines += [f"**{group}** (median ms, repetitions in brackets)", ""]
        lines.append("| | " + " | ".join(SIZES) + " | ×100 / ×1 |")
        lines.append("|---|" + "---:|" * (len(SIZES) + 1))
        for name in dict.fromkeys(r.name for r in rows):
            cells = []
            by_size = {r.size: r for r in rows if r.name == name}
            for size in SIZES:
                row = by_size.get(size)
                if row is None:
                    cells.append("")
                elif row.value is None:
                    cells.append("skipped")
                else:
                    cells.append(f"{_fmt(row.value, row.unit)} ({row.n})")
            one, hundred = by_size.get("×1"), by_size.get("×100")
            scale = ""
            if one and hundred and one.value and hundred.value:
                scale = f"{hundred.value / one.value:.1f}"
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {scale} |")
        notes = [f"{r.name} {r.size}: {r.note}" for r in rows if r.note]
        lines += [""] + [f"- {n}" for n in dict.fromkeys(notes)] + ([""] if notes else [])
    others = [r for r in results.rows if r.group not in matrix_groups]
    if others:
        lines += ["| measurement | value | n | note |", "|---|---:|---:|---|"]
        for r in others:
            label = f"{r.group}: {r.name}" + (f" {r.size}" if r.size else "")
            lines.append(f"| {label} | {_fmt(r.value, r.unit)} | {r.n or ''} | {r.note} |")
        lines.append("")
    lines += ["| target | value | limit | met |", "|---|---:|---|:---:|"]
    for t in results.targets:
        met = "—" if t.met is None else ("yes" if t.met else "**NO**")
        shown = "—" if t.value is None else f"{t.value:g}"
        if t.detail:
            shown += f" ({t.detail})"
        lines.append(f"| {t.name} | {shown} | {t.target} | {met} |")
    return lines


def write_json(results: Results, path: Path) -> None:
    """Write ``results`` as JSON to ``path`` (``targets`` as the contract names them)."""
    data = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "wall_s": round(results.wall_s, 1),
        "peers": results.peers,
        "skipped": results.skipped,
        "targets": [
            {"name": t.name, "value": t.value, "target": t.target, "met": t.met, "note": t.note,
             "detail": t.detail}
            for t in results.targets
        ],
        "rows": [asdict(r) for r in results.rows],
        "profiles": results.profiles,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
