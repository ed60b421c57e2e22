"""The subject line a briefing proposes: who did what, where (see :mod:`.line`)."""
