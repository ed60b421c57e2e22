"""One briefing from several articles: their proposals joined, each item with its sources."""
