"""Spider `seeds`: read local files (newspaper page extractions, portal text dumps, saved HTML).

    scrapy crawl seeds                  # every file under seeds/ (CLIPPER_SEEDS_DIR)
    scrapy crawl seeds -a path=DIR      # every file under DIR, recursively
    scrapy crawl seeds -a path=FILE     # one file

Files are read in sorted path order; hidden files and *.toml configuration files are skipped.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from clipper.items import DocumentItem

logger = logging.getLogger(__name__)

SKIP_SUFFIXES = (".toml",)


def input_files(root: Path) -> list[Path]:
    """The files a crawl of `root` reads, in a stable order."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    files = [p for p in root.rglob("*")
             if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
             and p.suffix.lower() not in SKIP_SUFFIXES]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


class SeedsSpider(scrapy.Spider):
    name = "seeds"

    def __init__(self, path: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.path_arg = path

    @property
    def root(self) -> Path:
        return Path(self.path_arg or self.settings.get("CLIPPER_SEEDS_DIR", "seeds")).resolve()

    @property
    def scope_prefix(self) -> str | None:
        """URL prefix of every document this crawl is responsible for (a folder crawl)."""
        return self.root.as_uri().rstrip("/") + "/" if self.root.is_dir() else None

    async def start(self) -> AsyncIterator[Any]:
        root = self.root
        if not root.exists():
            logger.error("seeds path %s does not exist", root)
            yield DocumentItem(url=root.as_uri(), status="error", error="path does not exist")
            return
        for path in input_files(root):
            yield scrapy.Request(path.as_uri(), callback=self.parse, errback=self.failed, dont_filter=True)

    def parse(self, response: Response) -> Any:
        yield DocumentItem(url=response.url, body=response.body,
                           content_type=None, status="ok")

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        logger.warning("cannot read %s: %s", request.url, reason)
        yield DocumentItem(url=request.url, status="error", error=reason)
