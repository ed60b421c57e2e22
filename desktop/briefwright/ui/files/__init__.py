"""Opening, saving, autosaving, recovering and exporting files from the window."""
