"""Project files, autosave and atomic writes."""
