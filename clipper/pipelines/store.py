"""Pipeline: write documents and their articles to the SQLite archive (clipper.storage), one
run at a time (clipper.lock), and record how the run ended (clipper.outcome)."""

from __future__ import annotations

import logging
import sqlite3

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from clipper.items import DocumentItem
from clipper.lock import LockHeld, RunLock
from clipper.outcome import REFUSED, RunFacts, exit_code, may_forget, run_status
from clipper.storage import DocumentRecord, Store

logger = logging.getLogger(__name__)


class StorePipeline:
    """Batches documents (CLIPPER_BATCH_SIZE per transaction) into CLIPPER_DB; records one
    `runs` row per crawl with its status. Set CLIPPER_DB to an empty value to switch it off.

    The archive's lock is taken when the spider opens (waiting up to CLIPPER_LOCK_WAIT
    seconds); without it the run writes nothing and ends `refused`. A batch that cannot be
    written (disk full, I/O error) is rolled back and stops the run: `failed`. Documents are
    forgotten and boilerplate learned only when the crawl finished and its walk met no error."""

    def __init__(self, crawler: Crawler, path: str, batch_size: int, lock_wait: float,
                 keep_text: bool = True) -> None:
        self.crawler = crawler
        self.keep_text = keep_text
        self.path = path
        self.batch_size = max(1, batch_size)
        self.lock_wait = lock_wait
        self.batch: list[DocumentRecord] = []
        #: Records that arrived before one of an earlier `seq`: seq -> record.
        self.waiting: dict[int, DocumentRecord | None] = {}
        self.next_seq = 0
        self.urls: set[str] = set()
        self.store: Store | None = None
        self.lock = RunLock.for_database(path)
        self.refused: str | None = None
        self.fatal: str | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        path = crawler.settings.get("CLIPPER_DB")
        if not path:
            raise NotConfigured("CLIPPER_DB is empty")
        return cls(crawler, path, crawler.settings.getint("CLIPPER_BATCH_SIZE", 20),
                   crawler.settings.getfloat("CLIPPER_LOCK_WAIT", 0.0), crawler.settings.getbool("CLIPPER_KEEP_TEXT", True))

    def _stop(self, reason: str) -> None:
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            deferred_from_coro(engine.close_spider_async(reason=reason))

    def open_spider(self) -> None:
        try:
            self.lock.acquire(self.lock_wait)
        except LockHeld as exc:
            self.refused = f"refused: {exc}; nothing written (wait longer with CLIPPER_LOCK_WAIT)"
            logger.error(self.refused)
            self._stop("refused")
            return
        try:
            self.store = Store(self.path, self.crawler.spider.name, keep_text=self.keep_text)
            self.store.begin_run()
        except (sqlite3.Error, OSError) as exc:
            self.fatal = f"cannot open the archive {self.path}: {exc}"
            logger.error(self.fatal)
            self.store = None
            self._stop("failed")

    def process_item(self, item: DocumentItem) -> DocumentItem:
        if self.store is None or self.fatal:
            self.crawler.stats.inc_value("clipper/dropped/not_stored")
            raise DropItem(f"not stored ({self.refused or self.fatal}): {item.url}")
        if item.url in self.urls:
            self.crawler.stats.inc_value("clipper/dropped/duplicate_url")
            if item.seq is not None:
                self.waiting[item.seq] = None  # its place is kept, so later ones do not wait for it
            raise DropItem(f"duplicate url in this run: {item.url}")
        self.urls.add(item.url)
        record = DocumentRecord(
            url=item.url, status=item.status, fetched_at=item.fetched_at, sha256=item.sha256,
            error=item.error, extraction=item.extraction, spider=self.crawler.spider.name,
            requested_url=item.requested_url, size=item.size, mtime_ns=item.mtime_ns, etag=item.etag,
            last_modified=item.last_modified, rules_version=item.rules_version)
        if item.seq is None:
            self._add(record)
            return item
        # Stored in the spider's order, not in the order extraction ended: which version of an
        # article is kept must not depend on timing or on the number of workers.
        self.waiting[item.seq] = record
        while self.next_seq in self.waiting:
            self._add(self.waiting.pop(self.next_seq))
            self.next_seq += 1
        return item

    def _add(self, record: DocumentRecord | None) -> None:
        if record is None:
            return
        self.batch.append(record)
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if self.store is None or not self.batch or self.fatal:
            return
        batch, self.batch = self.batch, []
        try:
            self.store.save_batch(batch)
        except (sqlite3.Error, OSError) as exc:
            # The transaction was rolled back: the archive holds the previous batches whole.
            self.store.counts.documents_failed += len(batch)
            self.fatal = f"cannot write to {self.path}: {exc}"
            self.crawler.stats.inc_value("clipper/documents_failed", len(batch))
            logger.error("%s; %d documents not stored, run stopped", self.fatal, len(batch))
            self._stop("failed")

    def close_spider(self) -> None:
        # A stopped crawl leaves gaps: what did arrive is stored, still in order.
        for seq in sorted(self.waiting):
            self._add(self.waiting.pop(seq))
        self.flush()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        walk_errors = list(getattr(spider, "walk_errors", []))
        spider_fatal = getattr(spider, "fatal_error", None) or getattr(spider, "config_error", None)
        store = self.store
        facts = RunFacts(reason, refused=self.refused is not None, fatal=self.fatal or spider_fatal,
                         documents_failed=store.counts.documents_failed if store else 0,
                         documents_error=store.counts.documents_error if store else 0,
                         walk_errors=len(walk_errors))
        if store is not None and may_forget(facts):
            try:
                prefix = getattr(spider, "scope_prefix", None)
                refusal = store.forget_missing(prefix) if prefix else None
                if refusal:
                    walk_errors.append(refusal)
                else:
                    stats.set_value("clipper/boilerplate_learned", store.learn_boilerplate())
            except (sqlite3.Error, OSError) as exc:
                self.fatal = f"cannot write to {self.path}: {exc}"
                logger.error(self.fatal)
            facts = RunFacts(reason, fatal=self.fatal or spider_fatal, documents_failed=facts.documents_failed,
                             documents_error=facts.documents_error, walk_errors=len(walk_errors))
        status = run_status(facts)
        error = "; ".join(x for x in (self.refused, self.fatal, spider_fatal, *walk_errors) if x) or None
        if status != REFUSED and status != "ok" and reason not in ("finished", "failed", "refused"):
            error = "; ".join(x for x in (f"stopped ({reason}): nothing forgotten", error) if x)
        stats.set_value("clipper/status", status)
        stats.set_value("clipper/exit_code", exit_code(status))
        if error:
            stats.set_value("clipper/error", error)
        if store is not None:
            try:
                store.finish_run(status, error)
            except (sqlite3.Error, OSError) as exc:
                logger.error("cannot record the end of the run in %s: %s", self.path, exc)
            for name, value in store.counts.articles.items():
                stats.set_value(f"clipper/articles_{name}", value)
            logger.info("clipper [%s]: %s", status, store.counts.summary())
            store.close()
        elif self.refused:
            logger.info("clipper [refused]: nothing written")
        self.lock.release()
