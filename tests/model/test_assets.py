"""The package's resources: found beside the code, the sample shipped byte for byte."""

from __future__ import annotations

import pytest

from briefwright.model.assets import get_asset, resources_root
from tests.conftest import ROOT, SAMPLE


def test_the_packaged_sample_is_the_sample_in_seeds() -> None:
    packaged = get_asset("seeds", SAMPLE.name)
    assert packaged.read_bytes() == SAMPLE.read_bytes()


def test_resources_live_inside_the_package() -> None:
    assert resources_root() == ROOT / "desktop" / "briefwright" / "resources"


@pytest.mark.parametrize(
    "parts",
    [("templates", "bluf-memo.toml"), ("fonts", "DejaVuSans.ttf"), ("gazetteer", "places.tsv")],
)
def test_get_asset_finds_each_kind(parts: tuple[str, ...]) -> None:
    assert get_asset(*parts).is_file()


def test_a_missing_asset_is_named() -> None:
    with pytest.raises(FileNotFoundError, match="nothing/here"):
        get_asset("nothing", "here")
