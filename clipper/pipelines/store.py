"""Pipeline: write documents and their articles to the SQLite archive (clipper.storage)."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from clipper.items import DocumentItem
from clipper.storage import DocumentRecord, Store

logger = logging.getLogger(__name__)


class StorePipeline:
    """Batches documents (CLIPPER_BATCH_SIZE per transaction) into CLIPPER_DB; records one
    `runs` row per crawl. Set CLIPPER_DB to an empty value to switch it off."""

    def __init__(self, crawler: Crawler, path: str, batch_size: int) -> None:
        self.crawler = crawler
        self.path = path
        self.batch_size = max(1, batch_size)
        self.batch: list[DocumentRecord] = []
        self.urls: set[str] = set()
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        path = crawler.settings.get("CLIPPER_DB")
        if not path:
            raise NotConfigured("CLIPPER_DB is empty")
        return cls(crawler, path, crawler.settings.getint("CLIPPER_BATCH_SIZE", 20))

    def open_spider(self) -> None:
        self.store = Store(self.path, self.crawler.spider.name)
        self.store.begin_run()

    def process_item(self, item: DocumentItem) -> DocumentItem:
        if item.url in self.urls:
            self.crawler.stats.inc_value("clipper/dropped/duplicate_url")
            raise DropItem(f"duplicate url in this run: {item.url}")
        self.urls.add(item.url)
        self.batch.append(DocumentRecord(
            url=item.url, status=item.status, fetched_at=item.fetched_at, sha256=item.sha256,
            error=item.error, extraction=item.extraction, spider=self.crawler.spider.name,
            requested_url=item.requested_url))
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        assert self.store is not None
        self.store.save_batch(self.batch)
        self.batch = []

    def close_spider(self) -> None:
        if self.store is None:
            return
        self.flush()
        prefix = getattr(self.crawler.spider, "scope_prefix", None)
        if prefix:
            self.store.forget_missing(prefix)
        learned = self.store.learn_boilerplate()
        self.crawler.stats.set_value("clipper/boilerplate_learned", learned)
        self.store.finish_run()
        counts = self.store.counts
        for name, value in counts.articles.items():
            self.crawler.stats.set_value(f"clipper/articles_{name}", value)
        logger.info("clipper: %s", counts.summary())
        self.store.close()
