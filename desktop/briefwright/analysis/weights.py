"""The named numeric weights and limits of the analysis, in one frozen value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    """Every tunable number of entity voting, sectioning and headings (fact scoring keeps its
    own in ``facts.py``). Figures marked "measured" were set with ``make quality`` on
    ``tests/data/labelled``; change them there, then measure again."""

    # Entity votes: how much one piece of evidence counts in the document-wide label vote.
    title_vote: float = 3.0  # a title before a name ("Gen X"): strong evidence of a person
    repeat_vote: float = 0.5  # a repeat of a known name that the model missed
    person_name_vote: float = 5.0  # a surname or a titled full name votes PERSON this much more

    # Sections (measured: boundary F1).
    lexical_weight: float = 1.0  # shared topic words between neighbouring paragraphs
    actor_weight: float = 0.6  # shared actors
    cue_weight: float = 0.3  # an opening that points back (+) or turns away (-)
    merge_at: float = 0.25  # a gap bound this strongly is no section boundary
    # The least tf-idf weight of an opening subject that ties a paragraph to the one before:
    # named in at most about 70 % of the paragraphs.
    opener_weight: float = 0.35
    paragraphs_per_section: int = 4  # at least one section per this many paragraphs
    most_sections: int = 12
    opening_chars: int = 25  # a name this close to a paragraph's start is its subject

    # Headings.
    heading_min_words: int = 3
    heading_max_words: int = 8
    article_heading_words: int = 10  # an article's own heading is cut to this many words
    common_share: float = 0.4  # a word in this share of paragraphs is too common to head one
    common_floor: int = 3  # … and in at least this many
    subject_words: int = 5  # the longest subject a clause heading takes from the text
    subject_line_max_words: int = 16  # the longest subject line cut from the lede


    # Statements: who says what (measured: bench/quality_kinds.py, speaker accuracy).
    source_words: int = 12  # the longest source a report names before its verb
    description_words: int = 6  # the longest description kept as a speaker ("Egyptian officials")
    appositive_words: int = 2  # words beside a place's name that still leave it the speaker


WEIGHTS = Weights()
