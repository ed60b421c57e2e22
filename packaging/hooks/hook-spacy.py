"""spaCy for the bundle: its code and data, with English as the only language and no tests.

Replaces the stock hook, which collects every language (``spacy.lang.*``) and the test suite.
"""

from __future__ import annotations

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

_LANG_DIR = Path(get_package_paths("spacy")[1]) / "lang"
# Every subpackage of spacy.lang is a language; the modules beside them are shared by all.
_OTHER_LANGUAGES = {p.name for p in _LANG_DIR.iterdir() if p.is_dir() and p.name not in ("en",)}
_OTHER_LANGUAGES.discard("__pycache__")


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) > 1 and parts[1] == "tests":
        return False
    return not (len(parts) > 2 and parts[1] == "lang" and parts[2] in _OTHER_LANGUAGES)


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = collect_data_files(
    "spacy",
    excludes=[
        "**/*.pyx",
        "**/*.pxd",
        "**/*.pyi",
        "**/*.c",
        "**/*.hh",
        "tests/**",
        *(f"lang/{code}/**" for code in sorted(_OTHER_LANGUAGES)),
    ],
)
