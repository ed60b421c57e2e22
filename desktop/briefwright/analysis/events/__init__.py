"""Events: the timeline's who-did-what, event cues and the article's event type."""
