"""Turning a briefing into a layout-neutral document."""
