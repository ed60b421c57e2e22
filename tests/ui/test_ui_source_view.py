"""The article pane: plain text, ¶ numbers, offsets in UTF-16, highlights of what is chosen."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

from briefwright.model.sources import source_of
from briefwright.ui.article.source_view import (
    ACTOR_TINT,
    FACT_TINT,
    LONG_RUN,
    SourceView,
    _python_index,
    _utf16,
    longest_run,
)
from tests.ui.ui_handmade import small_briefing


@given(st.text(max_size=60), st.data())
def test_utf16_offsets_round_trip(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text)))
    units = _utf16(text, index)
    assert units == len(text[:index].encode("utf-16-le", "surrogatepass")) // 2
    assert _python_index(text, units) == index


def tinted(view: SourceView, colour) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        s.cursor.selectedText()
        for s in view.extraSelections()
        if s.format.background().color() == colour
    ]


def test_highlights_follow_included_actors_and_facts(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SourceView()
    qtbot.addWidget(view)
    briefing = small_briefing()
    view.show_article(briefing.lead_article)
    view.set_briefing_highlights(briefing)
    qtbot.waitUntil(lambda: "ECOWAS" in tinted(view, ACTOR_TINT))
    assert "Niamey" in tinted(view, ACTOR_TINT)
    assert "Troops seized the palace." in tinted(view, FACT_TINT)
    briefing.actors[0].included = False
    briefing.facts[0].included = False
    view.set_briefing_highlights(briefing)
    qtbot.waitUntil(lambda: "ECOWAS" not in tinted(view, ACTOR_TINT))
    assert "Troops seized the palace." not in tinted(view, FACT_TINT)


def test_astral_characters_keep_highlights_aligned(qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefwright.model.analysis import Mention
    from briefwright.model.article import Article, Paragraph, Sentence
    from briefwright.model.briefing import ActorItem, Briefing, Meta

    text = "🙂🙂 <b>Niamey</b> & more"
    start = text.index("Niamey")
    article = Article("t", (Paragraph(1, text, (Sentence(0, len(text)),)),))
    actor = ActorItem("a1", "Niamey", "PLACE", mentions=[Mention(1, start, start + 6)])
    view = SourceView()
    qtbot.addWidget(view)
    view.show_article(article)
    view.set_briefing_highlights(Briefing(Meta("t"), [source_of(article)], actors=[actor]))
    qtbot.waitUntil(lambda: tinted(view, ACTOR_TINT) == ["Niamey"])
    assert "<b>Niamey</b> & more" in view.toPlainText()
    assert (
        view.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
        == Qt.TextInteractionFlag.NoTextInteraction
    )


@pytest.mark.parametrize(
    ("run", "mode"),
    [
        (LONG_RUN - 1, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere),
        (LONG_RUN, QTextOption.WrapMode.WrapAnywhere),
        (200_000, QTextOption.WrapMode.WrapAnywhere),
    ],
)
def test_long_unbroken_runs_wrap_anywhere_and_keep_highlights(
    qtbot, run: int, mode: QTextOption.WrapMode
) -> None:  # type: ignore[no-untyped-def]
    from briefwright.model.analysis import Mention
    from briefwright.model.article import Article, Paragraph, Sentence
    from briefwright.model.briefing import ActorItem, Briefing, Meta

    text = "🙂" + "x" * (run - 1) + " then Niamey spoke."
    start = text.index("Niamey")
    article = Article(
        "t",
        (
            Paragraph(1, "A short first paragraph.", (Sentence(0, 24),)),
            Paragraph(2, text, (Sentence(0, len(text)),)),
        ),
    )
    assert longest_run(article) == run
    actor = ActorItem("a1", "Niamey", "PLACE", mentions=[Mention(2, start, start + 6)])
    view = SourceView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.show_article(article)
    assert view.wordWrapMode() == mode
    view.set_briefing_highlights(Briefing(Meta("t"), [source_of(article)], actors=[actor]))
    qtbot.waitUntil(lambda: tinted(view, ACTOR_TINT) == ["Niamey"])
    view.show_article(small_briefing().lead_article)
    assert view.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
