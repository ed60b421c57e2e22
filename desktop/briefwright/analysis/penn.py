"""The Penn Treebank tag sets the analysis reads tokens by (spaCy's ``token.tag_``)."""

from __future__ import annotations

FINITE = frozenset(("MD", "VBD", "VBP", "VBZ"))
"""A finite verb or a modal: a clause of its own."""
VERBS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
"""Every form of a verb."""
VERBISH = VERBS | {"MD", "TO"}
"""A verb, a modal or the "to" of an infinitive: what a verb group is made of."""
COMMON_NOUNS = frozenset(("NN", "NNS"))
PROPER_NOUNS = frozenset(("NNP", "NNPS"))
NOUNS = COMMON_NOUNS | PROPER_NOUNS
RELATIVE = frozenset(("WDT", "WP", "WP$"))
"""A relative or interrogative pronoun or determiner: "which", "who", "whose"."""
