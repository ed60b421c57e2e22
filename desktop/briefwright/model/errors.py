"""Typed errors the core raises with a message a user can act on."""

from __future__ import annotations


class BriefwrightError(Exception):
    """Base class: ``str(error)`` is one line a user can act on."""


class IngestError(BriefwrightError):
    """The file could not be read as an article (empty, binary, too large, encrypted …)."""


class ProjectError(BriefwrightError):
    """A ``.briefing`` project file is damaged, of a future version, or does not match."""


class TemplateError(BriefwrightError):
    """A template name is unknown or its file is invalid."""


class ExportError(BriefwrightError):
    """An export could not be written (folder missing or not writable, file in use …)."""
