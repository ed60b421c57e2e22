"""Key sentences: features, the learned ranker, TextRank and the default picks."""
