"""The ``briefwright`` program: the command line, or the window (``gui``, or no arguments).

It stands above the layers: the command line (``app``) does not import the window (``ui``);
this module hands ``gui`` to it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from briefwright.app.cli import main as cli_main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with the window available to ``gui``; return the exit status."""
    return cli_main(argv, open_window=_open_window)


def _open_window(path: str | None, smoke: bool) -> int:
    # Qt loads only when the window is asked for.
    from briefwright.ui.app import run_gui

    return run_gui(path, smoke=smoke)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
