"""Spider `seeds`: read local files (newspaper page extractions, portal text dumps, saved HTML).

    scrapy crawl seeds                  # every file under seeds/ (CLIPPER_SEEDS_DIR)
    scrapy crawl seeds -a path=DIR      # every file under DIR, recursively
    scrapy crawl seeds -a path=FILE     # one file

Files are read in sorted path order; hidden files and *.toml configuration files are skipped.
A file whose size and mtime are those archived (or whose bytes are) is not extracted again
(``-s CLIPPER_REPROCESS=1``: files read by older extraction rules are; ``=all``: every file is).
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from clipper.extract import RULES_VERSION
from clipper.items import DocumentItem
from clipper.model import too_large
from clipper.freshness import file_unchanged, reprocess_mode
from clipper.storage import UNCHANGED, stored_states

logger = logging.getLogger(__name__)

SKIP_SUFFIXES = (".toml",)


def walk_inputs(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files a crawl of `root` reads, in a stable order, and the folders it could not read
    (path, why): a folder that cannot be listed must not look like a folder whose files are gone."""
    if root.is_file():
        return [root], []
    if not root.is_dir():
        return [], []
    errors: list[tuple[Path, str]] = []

    def failed(exc: OSError) -> None:
        errors.append((Path(exc.filename or root), f"cannot list folder: {exc.strerror or exc}"))

    files = []
    for folder, dirs, names in os.walk(root, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(folder) / name
            if name.startswith(".") or path.suffix.lower() in SKIP_SUFFIXES or not path.is_file():
                continue
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix()), errors


class SeedsSpider(scrapy.Spider):
    name = "seeds"
    #: Local files owe no politeness: no delay, many at a time (a -s on the command line still
    #: overrides these).
    custom_settings = {"DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": 32,
                       "CONCURRENT_REQUESTS_PER_DOMAIN": 32, "AUTOTHROTTLE_ENABLED": False}

    def __init__(self, path: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.path_arg = path
        #: Folders the walk could not read: the store forgets nothing when there are any.
        self.walk_errors: list[str] = []
        #: Why the run cannot do its work at all (a missing path).
        self.fatal_error: str | None = None

    @property
    def root(self) -> Path:
        return Path(self.path_arg or self.settings.get("CLIPPER_SEEDS_DIR", "seeds")).resolve()

    @property
    def scope_prefix(self) -> str | None:
        """URL prefix of every document this crawl is responsible for (a folder crawl)."""
        return self.root.as_uri().rstrip("/") + "/" if self.root.is_dir() else None

    async def start(self) -> AsyncIterator[Any]:
        root = self.root
        try:
            reprocess = reprocess_mode(self.settings.get("CLIPPER_REPROCESS"))
        except ValueError as exc:
            self.fatal_error = str(exc)
            logger.error(self.fatal_error)
            return
        if not root.exists():
            self.fatal_error = f"seeds path {root} does not exist"
            logger.error(self.fatal_error)
            return
        files, errors = walk_inputs(root)
        for folder, reason in errors:
            self.walk_errors.append(f"{folder}: {reason}")
            logger.error("%s: %s", folder, reason)
            yield DocumentItem(url=folder.as_uri().rstrip("/") + "/", status="error", error=reason)
        db = self.settings.get("CLIPPER_DB")
        states = stored_states(db) if db else {}
        limit = self.settings.getint("CLIPPER_MAX_DOCUMENT_BYTES", 0)
        # Every file gives exactly one item, with its place in the sorted order (`seq`): the
        # store writes them in that order, however many are read at a time.
        for seq, path in enumerate(files):
            url = path.as_uri()
            try:
                st = path.stat()
            except OSError as exc:
                yield DocumentItem(url=url, status="error", error=f"cannot read: {exc.strerror or exc}", seq=seq)
                continue
            if (why := too_large(st.st_size, limit)) is not None:
                logger.warning("%s: %s", url, why)
                yield DocumentItem(url=url, status="error", error=why, seq=seq)
                continue
            if file_unchanged(states.get(url), st.st_size, st.st_mtime_ns, reprocess, RULES_VERSION):
                # Not even read: the archive holds this file as it is.
                yield DocumentItem(url=url, status=UNCHANGED, seq=seq)
                continue
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True,
                                 meta={"clipper_local": True, "clipper_stat": (st.st_size, st.st_mtime_ns),
                                       "clipper_seq": seq})

    def parse(self, response: Response) -> Any:
        size, mtime_ns = response.meta.get("clipper_stat", (None, None))
        yield DocumentItem(url=response.url, body=response.body, content_type=None, status="ok",
                           size=size, mtime_ns=mtime_ns, seq=response.meta.get("clipper_seq"))

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        logger.warning("cannot read %s: %s", request.url, reason)
        yield DocumentItem(url=request.url, status="error", error=reason, seq=request.meta.get("clipper_seq"))
