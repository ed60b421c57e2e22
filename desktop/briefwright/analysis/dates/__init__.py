"""Date phrases: finding them, their tense, and resolving them to ISO values."""
