"""Finding the package's resources from a source tree, an installed wheel or a frozen build."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

# The one reverse-DNS id of the application: desktop file, AppStream, icon and window class.
APP_ID = "io.github.briefwright.Briefwright"


@functools.cache
def resources_root() -> Path:
    """Return the folder that holds templates, fonts, icons and gazetteers.

    The resources are package data (``briefwright/resources``), so a source tree, an editable
    install and a wheel find them beside the code; a PyInstaller build puts them in
    ``resources`` beside the bundled code. Found once: resolving the path stats every folder
    above it, and the outline asks for a template (so for this folder) for each row it shows.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def get_asset(*parts: str) -> Path:
    """Return the path of ``resources/<parts…>``; raise FileNotFoundError when it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing from the installation: {'/'.join(parts)}")
    return path
