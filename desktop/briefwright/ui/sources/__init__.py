"""The sources of a briefing in the window: adding, listing, naming and grading them."""
