"""Pipeline: decode each fetched document and extract its articles (clipper.extract) in a pool
of worker processes (clipper.workers), unless the archive already holds it as it is."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from datetime import datetime, timezone

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from clipper.extract import RULES_VERSION, extract_document
from clipper.items import DocumentItem
from clipper.model import InputError, too_large
from clipper.freshness import NEVER, StoredState, bytes_unchanged, reprocess_mode
from clipper.storage import UNCHANGED, stored_states
from clipper.workers import ExtractionTimedOut, WorkerDied, WorkerPool, default_workers

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Decodes and extracts each fetched document. An input whose bytes are those the archive
    holds (sha256) is not extracted again (unless CLIPPER_REPROCESS asks it: ``1`` for those
    read by older rules, ``all`` for every one): it passes on as ``unchanged``.

    Extraction runs in CLIPPER_WORKERS processes (default "auto": one per core; 0: in the
    crawl process). A document whose reading fails unexpectedly, kills its worker, or takes
    longer than CLIPPER_EXTRACT_TIMEOUT seconds in a worker, becomes an error row saying so; the
    run goes on."""

    def __init__(self, crawler: Crawler, db: str | None, reprocess: str, workers: int,
                 max_bytes: int = 0, timeout: float = 0) -> None:
        self.stats = crawler.stats
        self.max_bytes = max_bytes
        self.db = db
        self.reprocess = reprocess
        self._states: dict[str, StoredState] | None = None
        self.crawler = crawler
        self.pool = WorkerPool(workers, timeout=timeout)
        #: Documents handed to the pool at a time: enough to keep every worker busy, few enough
        #: that a stopped crawl ends soon (what waits here is left for the next run).
        self.slots = asyncio.Semaphore(max(1, workers) * 2)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        try:
            reprocess = reprocess_mode(crawler.settings.get("CLIPPER_REPROCESS"))
        except ValueError:
            reprocess = NEVER  # the spider reports the setting and reads nothing
        workers = crawler.settings.get("CLIPPER_WORKERS")
        workers = default_workers() if workers in (None, "", "auto") else max(0, int(workers))
        return cls(crawler, crawler.settings.get("CLIPPER_DB") or None, reprocess, workers,
                   crawler.settings.getint("CLIPPER_MAX_DOCUMENT_BYTES", 0),
                   crawler.settings.getfloat("CLIPPER_EXTRACT_TIMEOUT", 0))

    @property
    def states(self) -> dict[str, StoredState]:
        if self._states is None:
            self._states = stored_states(self.db) if self.db else {}
        return self._states

    def close_spider(self) -> None:
        self.pool.close()

    async def process_item(self, item: DocumentItem) -> DocumentItem:
        item.fetched_at = item.fetched_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        if item.status == UNCHANGED:
            self.stats.inc_value("clipper/documents_unchanged")
            return item
        if item.status != "ok":
            self.stats.inc_value("clipper/documents_error")
            return item
        if (why := too_large(len(item.body), self.max_bytes)) is not None:
            return self._error(item, why)
        item.sha256 = hashlib.sha256(item.body).hexdigest()
        if bytes_unchanged(self.states.get(item.url), item.sha256, self.reprocess, RULES_VERSION):
            item.status = UNCHANGED
            self.stats.inc_value("clipper/documents_unchanged")
            return item
        item.rules_version = RULES_VERSION
        try:
            async with self.slots:
                if not self.crawler.crawling:
                    self.stats.inc_value("clipper/dropped/stopping")
                    raise DropItem(f"the crawl is stopping, not read: {item.url}")
                item.extraction = await self.pool.run(extract_document, item.body, item.url, item.content_type,
                                                      item.selectors)
        except DropItem:
            raise
        except InputError as exc:
            return self._error(item, str(exc))
        except WorkerDied as exc:
            self.stats.inc_value("clipper/worker_died")
            return self._error(item, str(exc))
        except ExtractionTimedOut as exc:
            self.stats.inc_value("clipper/extraction_timed_out")
            return self._error(item, f"extraction timed out (CLIPPER_EXTRACT_TIMEOUT): {exc}")
        except Exception as exc:  # a bug met on this input: recorded, the run goes on
            logger.exception("%s: extraction failed", item.url)
            return self._error(item, f"extraction failed: {type(exc).__name__}: {exc}")
        self.stats.inc_value("clipper/documents_ok")
        self.stats.inc_value(f"clipper/kind/{item.extraction.kind}")
        self.stats.inc_value("clipper/articles_extracted", len(item.extraction.articles))
        return item

    def _error(self, item: DocumentItem, reason: str) -> DocumentItem:
        item.status, item.error, item.extraction = "error", reason, None
        self.stats.inc_value("clipper/documents_error")
        logger.warning("%s: %s", item.url, reason)
        return item
