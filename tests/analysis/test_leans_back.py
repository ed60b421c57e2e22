"""A sentence that cannot be read alone is told apart (rankfeatures.leans_back)."""

from __future__ import annotations

import pytest

from briefwright.analysis.statements.pointing import leans_back


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("He reappeared only Monday.", True),
        ("But Wednesday he took the opportunity to lay blame.", True),
        ("If it was for medical reasons, he said, the information was private.", True),
        ("The officer -- a 32-year-old -- was shot in the cheek.", True),
        ("For instance, five men were arrested in Kolkata in January.", True),
        # A part of what came before.
        ("Two of those patients died.", True),
        ("Of those, 157 were evacuated in the initial hours.", True),
        ("Most of the 40 passengers were rescued.", False),
        ('"It can be put off.', True),
        ('"The strikes were so strong and continuous."', True),
        ('"But there is a lot of people who still care," he continued.', True),
        ('Referring to "the daring killing," he said, "Russia should be made secure."', True),
        ('"It\'s time to stop the bloodshed," said council member Keith Curry.', False),
        ('"We believe they are from Idaho," DPS spokesman Bart Graves told CNN.', False),
        ("The Arab League is expected to give its blessing on Saturday.", False),
        ("On Thursday, clashes erupted in Aden.", False),
        ("Knowles indicated Friday he won't be stepping down.", False),
        ("The ACLU sued the Defense Department in 2003.", False),
        # The rest of a quotation opened before, its speaker not named.
        ('Now the world must learn its lesson, only justice will."', True),
        ('But they thought, again, that something had probably occurred," he said.', True),
        ('And believe me, we know a lot about this agreement," the official told reporters.', True),
        ('They can change it" The official said that as the March 24 deadline nears.', True),
        ('And we will win," Smith said.', False),
        # A name after the verb is the speaker's only when the verb comes first.
        ('"We will leave," the official told CNN.', True),
        ('Police said the "rogue" officers were fired.', False),
        # A pronoun subject before a comma opens the clause, not a leading phrase.
        ("They said, however, that the talks had failed.", True),
        # A speaker taken up from before, going on.
        ('The President added, according to Tass, "The most serious attention."', True),
        ("She added that the talks had failed.", True),
        ("Siemens added 300 jobs in March.", False),
    ],
)
def test_leans_back(text: str, leans: bool) -> None:
    assert leans_back(text) is leans
