"""Every character of an input that is not furniture ends up in exactly one article: the
articles plus what was set aside as furniture give back the input, character for character."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import DATA, SEEDS

from clipper.extract import extract_text
from clipper.text.normalize import key

INPUTS = sorted(SEEDS.glob("*.txt")) + sorted(DATA.glob("made_*.txt"))


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_articles_and_furniture_account_for_every_character(path):
    text = path.read_text(encoding="utf-8")
    result = extract_text(text)
    out = [a.title or "" for a in result.articles] + [a.subtitle or "" for a in result.articles]
    out += ["".join(a.body) for a in result.articles] + result.furniture
    got, want = Counter(key("".join(out))), Counter(key(text))
    assert got - want == Counter(), "characters made up"
    assert want - got == Counter(), "characters lost"
