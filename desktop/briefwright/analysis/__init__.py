"""Analysis of an article: entities, actors, dates, key sentences and section proposals.

The engine (``briefwright.analysis.engine``: ``analyze``, ``analyze_many``) loads spaCy and the
English model; it is imported where an analysis runs, never at the window's start.
"""
