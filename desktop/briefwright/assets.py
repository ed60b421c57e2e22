"""Finding the files in resources/ from a source tree, an installed package or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

# The one reverse-DNS id of the application: desktop file, AppStream, icon and window class.
APP_ID = "io.github.briefwright.Briefwright"


def resources_root() -> Path:
    """Return the folder that holds templates, fonts, icons and gazetteers.

    In a PyInstaller build it is ``resources`` beside the bundled code; otherwise the
    repository's ``resources`` folder next to ``desktop/``.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def get_asset(*parts: str) -> Path:
    """Return the path of ``resources/<parts…>``; raise FileNotFoundError when it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing from the installation: {'/'.join(parts)}")
    return path
