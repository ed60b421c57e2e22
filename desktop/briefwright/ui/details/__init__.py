"""The details pane: the briefing's fields, the template's parts and judgments."""
