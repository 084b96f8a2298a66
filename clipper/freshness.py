"""Whether an input must be read again: the archive's record of it (size, mtime, sha256, ETag,
Last-Modified, rules version) against what a run sees, and the reprocess mode asked for.

Pure: knows nothing of Scrapy; the spiders and the extract pipeline ask it.
"""

from __future__ import annotations

from dataclasses import dataclass

#: CLIPPER_REPROCESS values. ``""`` / ``0``: an unchanged input is never read again;
#: ``1`` / ``older``: unchanged inputs read by older extraction rules are; ``all``: every input is.
NEVER, OLDER, ALL = "never", "older", "all"
_MODES = {"": NEVER, "0": NEVER, "false": NEVER, "no": NEVER, "never": NEVER,
          "1": OLDER, "true": OLDER, "yes": OLDER, "older": OLDER, "all": ALL}


@dataclass(frozen=True)
class StoredState:
    """What the archive knows of an input, to tell whether it changed."""

    status: str
    sha256: str | None
    size: int | None
    mtime_ns: int | None
    etag: str | None
    last_modified: str | None
    rules_version: str | None


def reprocess_mode(value: object) -> str:
    """The mode a CLIPPER_REPROCESS value names; ValueError for anything else."""
    key = str(value if value is not None else "").strip().lower()
    if key not in _MODES:
        raise ValueError(f"CLIPPER_REPROCESS must be 0, 1 (older) or all, not {value!r}")
    return _MODES[key]


def read_again(state: StoredState, mode: str, rules_version: str) -> bool:
    """Must an unchanged input be read again in this mode?"""
    return mode == ALL or (mode == OLDER and state.rules_version != rules_version)


def file_unchanged(state: StoredState | None, size: int, mtime_ns: int, mode: str, rules_version: str) -> bool:
    """A file of the size and mtime the archive recorded need not even be opened. (A file whose
    mtime changed is read; its sha256 may still show it unchanged.)"""
    if state is None or state.status != "ok" or state.size != size or state.mtime_ns != mtime_ns:
        return False
    return not read_again(state, mode, rules_version)


def bytes_unchanged(state: StoredState | None, sha256: str, mode: str, rules_version: str) -> bool:
    """Input whose bytes are those archived need not be extracted again."""
    if state is None or state.status != "ok" or state.sha256 != sha256:
        return False
    return not read_again(state, mode, rules_version)


def conditional_headers(state: StoredState | None, mode: str, rules_version: str) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for refetching a page the archive holds (none when it
    must be read again anyway)."""
    if state is None or state.status != "ok" or read_again(state, mode, rules_version):
        return {}
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers
