"""Entry point of the bundled application: the command line, or the window with no arguments."""

from __future__ import annotations

import multiprocessing
import sys

from briefwright.__main__ import main

if __name__ == "__main__":
    # A frozen program must call this before anything else spawns a child process.
    multiprocessing.freeze_support()
    sys.exit(main(sys.argv[1:] or ["gui"]))
