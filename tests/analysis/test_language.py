"""The language model loads without spaCy's command line, which stays there when asked for."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from briefwright.analysis.engine import analyze
    from briefwright.ingest import article_from_text
    analyze(article_from_text("The US Embassy in Niamey was partly evacuated on Tuesday."))
    assert "spacy.cli" not in sys.modules, "the command line came with the model"
    assert "typer" not in sys.modules
    import spacy
    import spacy.cli
    assert callable(spacy.cli.download)
    assert isinstance(spacy.info(), dict)
    print("ok")
    """
)


def test_the_model_loads_without_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")
