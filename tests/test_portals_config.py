"""portals.toml is validated by type and range at load; every mistake names portal and key."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from clipper.portals import PortalConfigError, load_portals

BASE = '[[portal]]\nname = "p"\nstart_urls = ["http://www.example.cn/list.html"]\narticle = ["/news/"]\n'


def load(tmp_path: Path, extra: str) -> list:
    path = tmp_path / "portals.toml"
    path.write_text(BASE + extra, encoding="utf-8")
    return load_portals(path)


@pytest.mark.parametrize("extra, message", [
    ('enabled = "false"\n', "'enabled' must be true or false"),
    ('allow_private = 1\n', "'allow_private' must be true or false"),
    ('delay = "fast"\n', "'delay' must be a number"),
    ('delay = -1\n', "'delay' must be between"),
    ('concurrency = 0\n', "'concurrency' must be between 1"),
    ('concurrency = 1.5\n', "'concurrency' must be an integer"),
    ('max_pages = true\n', "'max_pages' must be an integer"),
    ('domains = 5\n', "'domains' must be a string or a list of strings"),
    ('selectors = { body = "div[" }\n', "bad CSS selector for 'body'"),
    ('selectors = { teaser = "p" }\n', "'selectors' may be"),
    ('follow = ["(unclosed"]\n', "bad regular expression"),
    ('colour = "red"\n', "unknown keys ['colour']"),
])
def test_wrong_values_are_named(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(PortalConfigError) as err:
        load(tmp_path, extra)
    assert message in str(err.value) and "'p'" in str(err.value)


def test_types_that_toml_gives_are_taken_rightly(tmp_path: Path) -> None:
    (p,) = load(tmp_path, 'domains = "example.cn"\nenabled = false\ndelay = 2\n')
    assert p.domains == ("example.cn",), "a single domain is not split into characters"
    assert p.enabled is False and p.delay == 2.0 and p.concurrency == 2


def test_start_urls_must_be_http(tmp_path: Path) -> None:
    path = tmp_path / "portals.toml"
    for bad in ('start_urls = 5', 'start_urls = ["file:///etc/passwd"]', 'start_urls = []'):
        path.write_text(f'[[portal]]\nname = "p"\n{bad}\narticle = ["/"]\n', encoding="utf-8")
        with pytest.raises(PortalConfigError, match="'start_urls'"):
            load_portals(path)


def test_a_catastrophic_pattern_is_refused_at_load(tmp_path: Path) -> None:
    began = time.monotonic()
    with pytest.raises(PortalConfigError, match="backtracks catastrophically"):
        load(tmp_path, "follow = ['/(a|aa)+$']\n")
    assert time.monotonic() - began < 5


def test_nested_quantifiers_match_in_bounded_time(tmp_path: Path) -> None:
    """``(a+)+$`` hangs Python's re on a 34-character URL; the regex engine used for URL
    patterns takes it in linear time, and every match has a time bound anyway."""
    (p,) = load(tmp_path, "follow = ['(a+)+$']\n")
    began = time.monotonic()
    assert not p.is_listing("http://www.example.cn/" + "a" * 34 + "!")
    assert not p.is_article("http://www.example.cn/" + "a" * 5000 + "!")
    assert time.monotonic() - began < 1


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "portals.toml"
    path.write_text("[[portal]\nname=", encoding="utf-8")
    with pytest.raises(PortalConfigError, match="not valid TOML"):
        load_portals(path)
    with pytest.raises(PortalConfigError, match="no portals file"):
        load_portals(tmp_path / "none.toml")
