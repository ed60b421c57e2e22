"""Text in widgets: spelling, wording editors, undo keys, plain-text labels."""
