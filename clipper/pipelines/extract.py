"""Pipeline: decode each fetched document and extract its articles (clipper.extract)."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timezone

from scrapy.crawler import Crawler

from clipper.extract import extract_document
from clipper.items import DocumentItem
from clipper.model import InputError

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: DocumentItem) -> DocumentItem:
        item.fetched_at = item.fetched_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        if item.status != "ok":
            self.stats.inc_value("clipper/documents_error")
            return item
        item.sha256 = hashlib.sha256(item.body).hexdigest()
        try:
            item.extraction = extract_document(item.body, item.url, item.content_type, item.selectors)
        except InputError as exc:
            item.status, item.error = "error", str(exc)
            self.stats.inc_value("clipper/documents_error")
            logger.warning("%s: %s", item.url, exc)
            return item
        self.stats.inc_value("clipper/documents_ok")
        self.stats.inc_value(f"clipper/kind/{item.extraction.kind}")
        self.stats.inc_value("clipper/articles_extracted", len(item.extraction.articles))
        return item
