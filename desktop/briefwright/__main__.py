"""``python -m briefwright``: the command line, or the window when given no arguments."""

from __future__ import annotations

import sys

from briefwright.app.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
