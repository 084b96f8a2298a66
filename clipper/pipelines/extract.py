"""Pipeline: decode each fetched document and extract its articles (clipper.extract), unless
the archive already holds it as it is."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timezone

from scrapy.crawler import Crawler

from clipper.extract import RULES_VERSION, extract_document
from clipper.items import DocumentItem
from clipper.model import InputError
from clipper.freshness import NEVER, StoredState, bytes_unchanged, reprocess_mode
from clipper.storage import UNCHANGED, stored_states

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Decodes and extracts each fetched document. An input whose bytes are those the archive
    holds (sha256) is not extracted again (unless CLIPPER_REPROCESS asks it: ``1`` for those
    read by older rules, ``all`` for every one): it passes on as ``unchanged``."""

    def __init__(self, crawler: Crawler, db: str | None, reprocess: str) -> None:
        self.stats = crawler.stats
        self.db = db
        self.reprocess = reprocess
        self._states: dict[str, StoredState] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        try:
            reprocess = reprocess_mode(crawler.settings.get("CLIPPER_REPROCESS"))
        except ValueError:
            reprocess = NEVER  # the spider reports the setting and reads nothing
        return cls(crawler, crawler.settings.get("CLIPPER_DB") or None, reprocess)

    @property
    def states(self) -> dict[str, StoredState]:
        if self._states is None:
            self._states = stored_states(self.db) if self.db else {}
        return self._states

    def process_item(self, item: DocumentItem) -> DocumentItem:
        item.fetched_at = item.fetched_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        if item.status == UNCHANGED:
            self.stats.inc_value("clipper/documents_unchanged")
            return item
        if item.status != "ok":
            self.stats.inc_value("clipper/documents_error")
            return item
        item.sha256 = hashlib.sha256(item.body).hexdigest()
        if bytes_unchanged(self.states.get(item.url), item.sha256, self.reprocess, RULES_VERSION):
            item.status = UNCHANGED
            self.stats.inc_value("clipper/documents_unchanged")
            return item
        item.rules_version = RULES_VERSION
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

