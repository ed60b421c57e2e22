"""Drafting a briefing from an analysis and editing it: proposal, drafting, edits, templates."""
