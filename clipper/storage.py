"""The SQLite archive: schema, migrations and the writes of a crawl (through sqlite-utils).

Public tables (the contract in the README): documents, articles, article_sources, runs, and the
full-text index articles_fts (FTS5, trigram tokenizer, kept in sync by triggers).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

import sqlite_utils

from clipper.model import Article, Extraction
from clipper.text.normalize import key

logger = logging.getLogger(__name__)

#: Article fields compared to tell an unchanged article from an updated one.
CONTENT_FIELDS = ("title", "subtitle", "date", "place", "authors", "source", "publication", "kind", "continues",
                  "editor", "original_title", "body")


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def document_id(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def content_hash(article: Article) -> str:
    """Identity of an article's text: its body compared as the scorer compares (NFKC, no white
    space), so width and spacing differences do not make a new article."""
    return hashlib.sha1(key(article.text).encode("utf-8")).hexdigest()


@dataclass
class DocumentRecord:
    url: str
    status: str
    fetched_at: str
    sha256: str | None = None
    error: str | None = None
    extraction: Extraction | None = None
    spider: str | None = None
    requested_url: str | None = None


@dataclass
class RunCounts:
    documents_ok: int = 0
    documents_error: int = 0
    articles: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        a = self.articles
        return (f"{self.documents_ok + self.documents_error} documents read "
                f"({self.documents_ok} ok, {self.documents_error} errors); articles "
                f"{a['new']} new, {a['updated']} updated, {a['unchanged']} unchanged, {a['removed']} removed")


def _migration_1(db: sqlite_utils.Database) -> None:
    db["documents"].create({
        "id": str, "url": str, "kind": str, "encoding": str, "encoding_source": str, "sha256": str,
        "fetched_at": str, "status": str, "error": str, "publication": str, "publication_date": str,
        "issue": str, "page": str, "spider": str, "text": str,
    }, pk="id", not_null={"url", "status"})
    db["documents"].create_index(["url"], unique=True)
    db["articles"].create({
        "id": str, "title": str, "subtitle": str, "date": str, "place": str, "authors": str,
        "source": str, "publication": str, "kind": str, "continues": str, "editor": str,
        "original_title": str, "body": str, "chars": int, "content_hash": str, "first_seen": str, "last_seen": str,
    }, pk="id")
    db["articles"].create_index(["content_hash"])
    db["article_sources"].create({
        "document_id": str, "position": int, "article_id": str, "url": str, "title": str,
    }, pk=("document_id", "position"), foreign_keys=[("article_id", "articles", "id"),
                                                      ("document_id", "documents", "id")])
    db["article_sources"].create_index(["article_id"])
    db["runs"].create({
        "id": int, "spider": str, "started_at": str, "finished_at": str, "documents_ok": int,
        "documents_error": int, "articles_new": int, "articles_updated": int,
        "articles_unchanged": int, "articles_removed": int,
    }, pk="id")
    db["articles"].enable_fts(["title", "body"], fts_version="FTS5", tokenize="trigram", create_triggers=True)


def _migration_2(db: sqlite_utils.Database) -> None:
    """documents.requested_url: the URL as linked when the server redirected elsewhere."""
    db["documents"].add_column("requested_url", str)


#: Schema migrations, applied in order; PRAGMA user_version holds how many have run.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migration_1, _migration_2]


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (creating and migrating as needed) the archive at `path`, in WAL mode."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(str(path))
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for n, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {int(n)}")
        logger.info("database %s migrated to schema %d", path, n)
    return db


class Store:
    """Writes of one crawl: documents and their articles in batched transactions, one run row."""

    def __init__(self, path: str | Path, spider: str) -> None:
        self.path = str(path)
        self.db = open_database(path)
        self.spider = spider
        self.counts = RunCounts()
        self.run_id: int | None = None
        self.seen_urls: set[str] = set()

    # -- runs ----------------------------------------------------------------------------------
    def begin_run(self) -> None:
        with self.db.atomic():
            self.run_id = self.db["runs"].insert({"spider": self.spider, "started_at": now()}).last_pk

    def finish_run(self) -> None:
        c = self.counts
        with self.db.atomic():
            self.db["runs"].update(self.run_id, {
                "finished_at": now(), "documents_ok": c.documents_ok, "documents_error": c.documents_error,
                "articles_new": c.articles["new"], "articles_updated": c.articles["updated"],
                "articles_unchanged": c.articles["unchanged"], "articles_removed": c.articles["removed"],
            })

    def close(self) -> None:
        self.db.close()

    # -- documents -----------------------------------------------------------------------------
    def save_batch(self, records: Iterable[DocumentRecord]) -> None:
        """Write several documents in one transaction: all of them or none."""
        records = list(records)
        if not records:
            return
        staged = RunCounts()
        with self.db.atomic():
            for rec in records:
                self._save(rec, staged)
        self.counts.documents_ok += staged.documents_ok
        self.counts.documents_error += staged.documents_error
        self.counts.articles.update(staged.articles)
        self.seen_urls.update(r.url for r in records)

    def _save(self, rec: DocumentRecord, counts: RunCounts) -> None:
        doc_id = document_id(rec.url)
        docs = self.db["documents"]
        row: dict[str, Any] = {"id": doc_id, "url": rec.url, "status": rec.status, "error": rec.error,
                               "fetched_at": rec.fetched_at, "sha256": rec.sha256, "spider": rec.spider,
                               "requested_url": rec.requested_url}
        if rec.status != "ok" or rec.extraction is None:
            # A failed fetch or decode keeps what the document gave before (a 404 or a timeout
            # must not wipe the archive); the row says why it failed this time.
            counts.documents_error += 1
            docs.upsert(row, pk="id", alter=False)
            return
        ex = rec.extraction
        row.update({"kind": ex.kind, "encoding": ex.encoding, "encoding_source": ex.encoding_source,
                    "publication": ex.publication.name, "publication_date": ex.publication.date,
                    "issue": ex.publication.issue, "page": ex.publication.pages, "text": ex.text})
        docs.upsert(row, pk="id", alter=False)
        counts.documents_ok += 1

        old_sources = {r["position"]: r["article_id"] for r in self.db.query(
            "select position, article_id from article_sources where document_id = ?", [doc_id])}
        claimed: set[str] = set()
        sources = []
        stamp = rec.fetched_at
        for art in ex.articles:
            article_id, status = self._upsert_article(art, ex.publication.name, old_sources.get(art.position),
                                                      claimed, stamp)
            claimed.add(article_id)
            counts.articles[status] += 1
            sources.append({"document_id": doc_id, "position": art.position, "article_id": article_id,
                            "url": rec.url, "title": art.title})
        self.db.execute("delete from article_sources where document_id = ?", [doc_id])
        self.db["article_sources"].insert_all(sources, pk=("document_id", "position"))
        for gone in set(old_sources.values()) - claimed:
            counts.articles["removed"] += self._drop_if_orphan(gone)

    def _upsert_article(self, art: Article, publication: str | None, old_id: str | None, claimed: set[str],
                        stamp: str) -> tuple[str, str]:
        """Find the stored article this one is (same text, else the one this document had at the
        same position) and write it; returns (id, new | updated | unchanged)."""
        chash = content_hash(art)
        record = art.as_record()
        record.pop("position")
        record["authors"] = json.dumps(art.authors, ensure_ascii=False)
        record["content_hash"] = chash
        record["publication"] = publication
        existing = next(iter(self.db.query(
            "select * from articles where content_hash = ? order by first_seen limit 1", [chash])), None)
        if existing is None and old_id is not None and old_id not in claimed:
            existing = next(iter(self.db.query("select * from articles where id = ?", [old_id])), None)
        if existing is None:
            record.update({"id": chash[:16], "first_seen": stamp, "last_seen": stamp})
            self.db["articles"].upsert(record, pk="id")
            return record["id"], "new"
        changed = any(existing.get(f) != record.get(f) for f in CONTENT_FIELDS)
        record.update({"id": existing["id"], "first_seen": existing["first_seen"], "last_seen": stamp})
        self.db["articles"].upsert(record, pk="id")
        return existing["id"], "updated" if changed else "unchanged"

    def _drop_if_orphan(self, article_id: str) -> int:
        left = self.db.execute("select count(*) from article_sources where article_id = ?", [article_id]).fetchone()[0]
        if left:
            return 0
        self.db.execute("delete from articles where id = ?", [article_id])
        return 1

    def forget_missing(self, url_prefix: str) -> None:
        """Documents under `url_prefix` that this run did not see (their files are gone): drop
        them, and the articles no other document gives."""
        rows = list(self.db.query("select id, url from documents where url like ? escape '\\'",
                                  [url_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"]))
        gone = [r for r in rows if r["url"] not in self.seen_urls]
        if not gone:
            return
        with self.db.atomic():
            for r in gone:
                ids = [x[0] for x in self.db.execute(
                    "select article_id from article_sources where document_id = ?", [r["id"]]).fetchall()]
                self.db.execute("delete from article_sources where document_id = ?", [r["id"]])
                self.db.execute("delete from documents where id = ?", [r["id"]])
                for aid in ids:
                    self.counts.articles["removed"] += self._drop_if_orphan(aid)
        logger.info("forgot %d documents no longer under %s", len(gone), url_prefix)


def known_urls(path: str | Path) -> set[str]:
    """URLs of the documents already archived with their text (none when there is no archive)."""
    if not Path(path).exists():
        return set()
    db = open_database(path)
    try:
        rows = db.query("select url, requested_url from documents where status = 'ok'")
        return {u for r in rows for u in (r["url"], r["requested_url"]) if u}
    finally:
        db.close()


def last_run_summary(path: str | Path) -> str:
    """One line on the latest run of the database at `path`."""
    db = sqlite_utils.Database(path)
    row = next(iter(db.query("select * from runs order by id desc limit 1")), None)
    if row is None:
        return "no run recorded"
    c = RunCounts(row["documents_ok"] or 0, row["documents_error"] or 0, Counter({
        "new": row["articles_new"] or 0, "updated": row["articles_updated"] or 0,
        "unchanged": row["articles_unchanged"] or 0, "removed": row["articles_removed"] or 0}))
    return f"{row['spider']}: " + c.summary()
