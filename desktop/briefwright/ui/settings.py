"""What the window remembers between runs: geometry, splitters, last folder, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from briefwright.model.assets import resources_root
from briefwright.model.markings import DEFAULT_MARKING, normalise_marking

ORGANIZATION = "Briefwright"
APPLICATION = "Briefwright"
MAX_RECENT = 8


class Settings:
    """Typed access to the application's QSettings; every key the window uses is here."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = (
            settings
            if settings is not None
            else QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        )

    def geometry(self) -> QByteArray | None:
        """Return the saved window geometry, or None when there is none."""
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        """Remember the window geometry."""
        self._s.setValue("window/geometry", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        """Return the saved sizes of splitter ``name``, or None."""
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        """Remember the sizes of splitter ``name``."""
        self._s.setValue(f"splitters/{name}", value)

    def default_marking(self) -> str:
        """Return the marking a new briefing carries: the last one chosen, else UNCLASSIFIED."""
        value = self._s.value("briefing/marking", "")
        text = normalise_marking(str(value)) if value else ""
        return text or DEFAULT_MARKING

    def set_default_marking(self, marking: str) -> None:
        """Remember ``marking`` for the next new briefing (blank: back to the default)."""
        self._s.setValue("briefing/marking", normalise_marking(marking))

    def last_folder(self) -> str:
        """Return the folder a file dialog opens in: the last one the user chose, else their
        Documents folder, else their home folder; never one inside Briefwright itself."""
        value = self._s.value("files/lastFolder", "")
        folder = str(value) if value else ""
        if folder and Path(folder).is_dir() and not _inside_briefwright(Path(folder)):
            return folder
        return documents_folder()

    def set_last_folder(self, folder: str | Path) -> None:
        """Remember ``folder`` (or the folder of a file) for the next file dialog; a folder
        inside Briefwright (where the sample article lives) is not the user's and is not kept."""
        path = Path(folder)
        path = path if path.is_dir() else path.parent
        if not _inside_briefwright(path):
            self._s.setValue("files/lastFolder", str(path))

    def recent_files(self) -> list[str]:
        """Return recently opened or saved files that still exist, newest first."""
        value = self._s.value("files/recent", [])
        entries: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [str(p) for p in entries if p and Path(str(p)).is_file()][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> list[str]:
        """Put ``path`` first in the recent files and return the new list."""
        entry = str(Path(path).resolve())
        files = [entry, *(p for p in self.recent_files() if p != entry)][:MAX_RECENT]
        self._s.setValue("files/recent", files)
        return files

    def clear_recent_files(self) -> None:
        """Forget the recent files."""
        self._s.setValue("files/recent", [])

    def zoom(self) -> float:
        """Return the preview zoom factor last used (0 means fit to width)."""
        try:
            return float(self._s.value("preview/zoom", 0.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0.0

    def set_zoom(self, factor: float) -> None:
        """Remember the preview zoom factor (0 for fit to width)."""
        self._s.setValue("preview/zoom", factor)

    def pane_visible(self, name: str) -> bool:
        """Return whether pane ``name`` (outline, parts, details, preview) is shown; yes
        until the user hides it."""
        return str(self._s.value(f"panes/{name}", "true")).lower() == "true"

    def set_pane_visible(self, name: str, visible: bool) -> None:
        """Remember whether pane ``name`` is shown."""
        self._s.setValue(f"panes/{name}", "true" if visible else "false")

    def legend_seen(self) -> bool:
        """Return whether the colour key under the article was shown and closed before."""
        return str(self._s.value("help/legendSeen", "false")).lower() == "true"

    def set_legend_seen(self) -> None:
        """Remember that the user closed the colour key (it is not shown again by itself)."""
        self._s.setValue("help/legendSeen", "true")

    def outlet_grade(self, outlet: str) -> str | None:
        """Return the reliability grade (A–F) the user last gave ``outlet``, or None."""
        key = _outlet_key(outlet)
        value = self._s.value(f"outletGrades/{key}", "") if key else ""
        return str(value) if value else None

    def set_outlet_grade(self, outlet: str, grade: str) -> None:
        """Remember ``grade`` for ``outlet``: proposed when an article of it is added again."""
        key = _outlet_key(outlet)
        if key:
            self._s.setValue(f"outletGrades/{key}", grade)

    def user_words_path(self) -> Path:
        """Return the file that holds the words the user added to the spelling dictionary."""
        return Path(self._s.fileName()).with_name("user-words.txt")

    def sync(self) -> None:
        """Write pending changes to storage."""
        self._s.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _outlet_key(outlet: str) -> str:
    """Return the settings key of an outlet: its name without case, folded spaces and no
    slashes (which would make groups of keys)."""
    return " ".join(outlet.split()).casefold().replace("/", "_").replace("\\", "_")


def documents_folder() -> str:
    """Return the user's Documents folder, or their home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def _inside_briefwright(folder: Path) -> bool:
    """Return whether ``folder`` is Briefwright's own resources folder or inside it."""
    try:
        return folder.resolve().is_relative_to(resources_root().resolve())
    except OSError:
        return False
