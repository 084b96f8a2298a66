"""The SQLite archive: schema, migrations and the writes of a crawl (through sqlite-utils).

Public tables (the contract in the README): documents, articles, article_sources, runs, and the
full-text index articles_fts (FTS5, trigram tokenizer, kept in sync by triggers).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit

import sqlite_utils

from clipper.freshness import StoredState
from clipper.model import Article, Extraction
from clipper.text.consensus import appended_tail, inserted_lines, inserted_title_parts, without_title_parts
from clipper.text.dedup import (NearDuplicateIndex, anchors_bytes, anchors_from_bytes, coverage, fingerprints,
                                signature_bytes, signature_from_bytes)
from clipper.text import patterns as P
from clipper.text.metadata import page_date_of, sortable_date
from clipper.text.search import TOKENIZER as SEARCH_TOKENIZER
from clipper.text.search import spaced
from clipper.text.normalize import key
from clipper.text.noise import is_stray_line

logger = logging.getLogger(__name__)

#: Article fields compared to tell an unchanged article from an updated one.
CONTENT_FIELDS = ("title", "subtitle", "date", "place", "authors", "source", "publication", "kind", "continues",
                  "editor", "original_title", "body")


def _quoted(name: str) -> str:
    """An SQL identifier (a table or column name of clipper's schema) in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def document_id(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def text_hash(text: str) -> str:
    """Identity of a text compared as the scorer compares (NFKC, no white space), so width and
    spacing differences do not make a new article."""
    return hashlib.sha1(key(text).encode("utf-8")).hexdigest()


def content_hash(article: Article) -> str:
    return text_hash(article.text)


#: Share of a longer version of the same kind that the stored text must already hold for the
#: longer one to replace it (else the longer one holds something else besides)...
MIN_COVERAGE = 0.8
#: ... and share of the stored text that the longer version must hold (else it lost a part:
#: a lead, a paragraph; the rest is tolerance for noise).
MIN_HELD = 0.97
#: A paragraph found in this many distinct articles of one site is that site's boilerplate.
BOILERPLATE_MIN_ARTICLES = 3


def site_of(url: str) -> str | None:
    """The site whose boilerplate a document shares: the host of an http(s) URL."""
    parts = urlsplit(url)
    return parts.hostname.lower() if parts.scheme in ("http", "https") and parts.hostname else None


def source_site(url: str) -> str:
    """The source a document is faceted by: its host, or ``local files``."""
    return site_of(url) or ("local files" if urlsplit(url).scheme == "file" else urlsplit(url).scheme or "other")


def paragraph_hash(paragraph: str) -> str:
    return text_hash(paragraph)[:16]


@dataclass
class Version:
    """One document's version of an article, as it is about to be stored."""

    article: Article
    publication: str | None
    kind: str
    document_id: str
    stamp: str
    #: The date printed on the page (its masthead), for the year of a `--MM-DD` article date.
    page_date: str | None = None
    #: Where the document came from: the host of its URL, ``local files`` for a file (a facet).
    site: str | None = None

    @cached_property
    def hash(self) -> str:
        return content_hash(self.article)

    def record(self) -> dict[str, Any]:
        record = self.article.as_record()
        record.pop("position")
        record["authors"] = json.dumps(self.article.authors, ensure_ascii=False)
        record["content_hash"] = self.hash
        record["publication"] = self.publication
        record["canonical_document_id"] = self.document_id
        record["date_sort"], record["date_source"] = sortable_date(self.article.date, self.page_date, self.stamp)
        record["month"] = record["date_sort"][:7]
        record["site"] = self.site
        return record

    def rank(self) -> tuple[int, int]:
        """Newspaper text before a repost, then the more complete text."""
        return (1 if self.kind == "newspaper" else 0, self.article.chars)


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
    #: What tells a later run the input has not changed: a local file's size and mtime (ns),
    #: a page's ETag and Last-Modified; and the extraction rules that read it.
    size: int | None = None
    mtime_ns: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    rules_version: str | None = None


#: Status of a document record whose input has not changed since it was stored: not extracted
#: again; its articles are only marked seen.
UNCHANGED = "unchanged"


def _read_only(path: str | Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]] | None:
    """Rows of `sql` on the archive opened read-only, without migrating or locking it (None: no
    archive there, or one too old to answer)."""
    if not Path(path).exists():
        return None
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return con.execute(sql, params).fetchall()
    except sqlite3.Error:
        return None
    finally:
        con.close()


def read_by_older_rules(path: str | Path, rules_version: str) -> int:
    """How many ok documents were read by extraction rules other than `rules_version`."""
    rows = _read_only(path, "select count(*) from documents where status = 'ok' and "
                            "coalesce(rules_version, '') != ?", (rules_version,))
    return rows[0][0] if rows else 0


def stored_states(path: str | Path) -> dict[str, StoredState]:
    """url -> StoredState of every archived document, read without migrating or locking (an
    archive too old to hold these fields, or none at all, gives nothing: every input is read)."""
    rows = _read_only(path, "select url, status, sha256, size, mtime_ns, etag, last_modified, rules_version "
                            "from documents")
    return {r[0]: StoredState(*r[1:]) for r in rows or []}


@dataclass
class RunCounts:
    documents_ok: int = 0
    documents_error: int = 0
    articles: Counter[str] = field(default_factory=Counter)
    documents_failed: int = 0
    documents_unchanged: int = 0

    def plus(self, other: RunCounts) -> RunCounts:
        return RunCounts(self.documents_ok + other.documents_ok, self.documents_error + other.documents_error,
                         self.articles + other.articles, self.documents_failed + other.documents_failed,
                         self.documents_unchanged + other.documents_unchanged)

    def summary(self) -> str:
        a = self.articles
        unchanged = f", {self.documents_unchanged} unchanged (not extracted again)" if self.documents_unchanged else ""
        return (f"{self.documents_ok + self.documents_error + self.documents_unchanged} documents read "
                f"({self.documents_ok} ok, {self.documents_error} errors{unchanged}); articles "
                f"{a['new']} new, {a['updated']} updated, {a['unchanged']} unchanged, {a['removed']} removed; "
                f"{a['merged']} versions merged into articles seen elsewhere")


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


def _migration_3(db: sqlite_utils.Database) -> None:
    """Near-duplicate merging and learned boilerplate: the text hash each source gave, the
    document that gave an article its canonical text, MinHash signatures, the boilerplate table,
    and a merged count per run."""
    db["article_sources"].add_column("content_hash", str)
    db["article_sources"].create_index(["content_hash"])
    db["articles"].add_column("canonical_document_id", str)
    db["runs"].add_column("articles_merged", int)
    db["article_signatures"].create({"article_id": str, "signature": bytes}, pk="article_id",
                                    foreign_keys=[("article_id", "articles", "id")])
    db["site_boilerplate"].create({
        "site": str, "paragraph_hash": str, "paragraph": str, "articles": int, "learned_at": str,
    }, pk=("site", "paragraph_hash"))


def _migration_4(db: sqlite_utils.Database) -> None:
    """How each run ended: its status (clipper.outcome), why, and documents it could not store.
    Runs recorded before this migration count as finished when they have an end time."""
    for name, kind in (("status", str), ("error", str), ("documents_failed", int), ("pid", int)):
        db["runs"].add_column(name, kind)
    db.execute("update runs set status = case when finished_at is null then 'interrupted' else 'ok' end")


def _migration_5(db: sqlite_utils.Database) -> None:
    """documents.replaced: characters of the stored text that replace invalid bytes."""
    db["documents"].add_column("replaced", int)


def _migration_6(db: sqlite_utils.Database) -> None:
    """article_signatures.anchors (the anchors of the containment search), and every signature
    computed anew: the matching text now drops repost noise and folds variant characters."""
    db["article_signatures"].add_column("anchors", bytes)
    rows = db.query("select id, body from articles")
    db["article_signatures"].upsert_all(
        (_fingerprint_row(r["id"], r["body"] or "") for r in rows), pk="article_id", alter=False)


def _migration_7(db: sqlite_utils.Database) -> None:
    """What tells a refresh an input has not changed (documents.size, mtime_ns, etag,
    last_modified), the extraction rules that read it (documents.rules_version), unchanged
    documents per run; and a full-text index updated only when a title or body changes (a rerun
    that only marks articles seen must not grow it)."""
    for name, kind in (("size", int), ("mtime_ns", int), ("etag", str), ("last_modified", str),
                       ("rules_version", str)):
        db["documents"].add_column(name, kind)
    db["runs"].add_column("documents_unchanged", int)
    db.execute("DROP TRIGGER IF EXISTS articles_au")
    db.execute("""
        CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles
        WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES('delete', old.rowid, old.title, old.body);
          INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END""")


def _fingerprint_row(article_id: str, body: str) -> dict[str, Any]:
    sig, values = fingerprints(body)
    return {"article_id": article_id, "signature": signature_bytes(sig), "anchors": anchors_bytes(values)}


def _spaced_search_index(db: sqlite_utils.Database, name: str, columns: tuple[str, ...]) -> None:
    """An FTS5 index `name` over `columns` of articles as clipper.text.search.spaced writes them
    (one token per CJK character), filled from the articles there are and kept in sync by
    triggers that call clipper_spaced() (registered by open_database). Only the constant names
    of the migrations below go into the SQL."""
    cols = ", ".join(columns)
    spaced_new = ", ".join(f"clipper_spaced(new.{c})" for c in columns)
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    db.execute(f'CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5({cols}, tokenize = "{SEARCH_TOKENIZER}")')
    db.execute(f"INSERT INTO {name} (rowid, {cols}) SELECT rowid, "
               + ", ".join(f"clipper_spaced({c})" for c in columns) + " FROM articles")
    db.execute(f"""
        CREATE TRIGGER {name}_ai AFTER INSERT ON articles BEGIN
          INSERT INTO {name} (rowid, {cols}) VALUES (new.rowid, {spaced_new});
        END""")
    db.execute(f"""
        CREATE TRIGGER {name}_ad AFTER DELETE ON articles BEGIN
          DELETE FROM {name} WHERE rowid = old.rowid;
        END""")
    db.execute(f"""
        CREATE TRIGGER {name}_au AFTER UPDATE OF {cols} ON articles
        WHEN {changed} BEGIN
          DELETE FROM {name} WHERE rowid = old.rowid;
          INSERT INTO {name} (rowid, {cols}) VALUES (new.rowid, {spaced_new});
        END""")


def _migration_8(db: sqlite_utils.Database) -> None:
    """A search index that finds Chinese terms of any length (clipper.text.search): title and
    body with a space around every CJK character, one token each."""
    _spaced_search_index(db, "articles_search", ("title", "body"))


def _migration_9(db: sqlite_utils.Database) -> None:
    """Dates that sort: articles.date_sort (YYYY-MM-DD, the year filled in from the page or the
    crawl), date_source (article / page / crawl: crawl means the year was inferred) and month
    (YYYY-MM, for facets and the per-month chart)."""
    for name in ("date_sort", "date_source", "month"):
        db["articles"].add_column(name, str)
    rows = db.execute("select a.id, a.date, a.first_seen, d.publication_date from articles a "
                      "left join documents d on d.id = a.canonical_document_id").fetchall()
    for article_id, date, first_seen, page_date in rows:
        day, source = sortable_date(date, page_date, first_seen or "1970-01-01")
        db.execute("update articles set date_sort = ?, date_source = ?, month = ? where id = ?",
                   [day, source, day[:7], article_id])
    db["articles"].create_index(["date_sort"], if_not_exists=True)
    db["articles"].create_index(["month"], if_not_exists=True)


def _migration_10(db: sqlite_utils.Database) -> None:
    """articles.site: the source site of the canonical document (its host, or `local files`), a
    facet."""
    db["articles"].add_column("site", str)
    rows = db.execute("select a.id, d.url from articles a join documents d on d.id = a.canonical_document_id").fetchall()
    for article_id, url in rows:
        db.execute("update articles set site = ? where id = ?", [source_site(url), article_id])
    db["articles"].create_index(["site"], if_not_exists=True)


def _migration_11(db: sqlite_utils.Database) -> None:
    """A search index of the titles alone (as articles_search spaces them): the canned query
    `search` ranks title matches by relevance over a few thousand short titles instead of every
    body that holds a frequent term, then takes body matches latest first, which FTS5 reads
    without ranking them all (bench/bench_search.py)."""
    _spaced_search_index(db, "articles_title_search", ("title",))


def _migration_12(db: sqlite_utils.Database) -> None:
    """farm_insertions: lines and title parts of an article that another copy of it showed a
    content farm inserted (clipper.text.consensus); the stored article leaves them out whichever
    copy gives it, the document's text keeps them."""
    db["farm_insertions"].create({"article_id": str, "field": str, "hash": str, "text": str, "shown_by": str},
                                 pk=("article_id", "field", "hash"), if_not_exists=True)


#: Schema migrations, applied in order; PRAGMA user_version holds how many have run.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migration_1, _migration_2, _migration_3, _migration_4,
                                                             _migration_5, _migration_6, _migration_7, _migration_8,
                                                             _migration_9, _migration_10, _migration_11, _migration_12]


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (creating and migrating as needed) the archive at `path`, in WAL mode."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(str(path))
    # The search index's triggers space out CJK characters with it.
    db.conn.create_function("clipper_spaced", 1, spaced, deterministic=True)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for n, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {int(n)}")
        logger.info("database %s migrated to schema %d", path, n)
    return db


#: How an appended item is looked up: the opening words (a run of OPENING_CHARS characters
#: without punctuation, within the first LOOKUP_CHARS of a paragraph) of each of the last
#: CLOSING_PARAGRAPHS paragraphs, at most MAX_HOLDING articles holding them.
OPENING_WORDS = re.compile(r"[\u3400-\u9fff0-9A-Za-z]{8,}")
OPENING_CHARS = 16
LOOKUP_CHARS = 60
CLOSING_PARAGRAPHS = 4
MAX_HOLDING = 20


class Store:
    """Writes of one crawl: documents and their articles in batched transactions, one run row."""

    def __init__(self, path: str | Path, spider: str, keep_text: bool = True) -> None:
        self.path = str(path)
        #: Store each document's decoded text (False: NULL; the articles are always kept).
        self.keep_text = keep_text
        self.db = open_database(path)
        self.spider = spider
        self.counts = RunCounts()
        self.run_id: int | None = None
        self.seen_urls: set[str] = set()
        self._learned: dict[str, set[str]] = {}
        self._statements: dict[tuple[str, str, tuple[str, ...], tuple[str, ...]], str] = {}

    # -- runs ----------------------------------------------------------------------------------
    def begin_run(self) -> None:
        """Record the run as running. Runs left 'running' by a process that died (the caller
        holds the archive's lock, so no other run is alive) are marked interrupted."""
        with self.db.atomic():
            self.db.execute("update runs set status = 'interrupted' where status = 'running' or status is null")
            self.run_id = self.db["runs"].insert({"spider": self.spider, "started_at": now(), "status": "running",
                                                  "pid": os.getpid(), "documents_ok": 0, "documents_error": 0,
                                                  "documents_failed": 0}).last_pk

    def _counts_row(self, counts: RunCounts | None = None) -> dict[str, Any]:
        c = counts or self.counts
        return {"documents_ok": c.documents_ok, "documents_error": c.documents_error,
                "documents_failed": c.documents_failed, "documents_unchanged": c.documents_unchanged,
                "articles_new": c.articles["new"], "articles_updated": c.articles["updated"],
                "articles_unchanged": c.articles["unchanged"], "articles_removed": c.articles["removed"],
                "articles_merged": c.articles["merged"]}

    def finish_run(self, status: str = "ok", error: str | None = None) -> None:
        with self.db.atomic():
            self.db["runs"].update(self.run_id, {"finished_at": now(), "status": status, "error": error,
                                                 **self._counts_row()})

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
            # The run row holds the counts so far, in the same transaction: a killed run's row
            # says how far it got.
            total = self.counts.plus(staged)
            self._update("runs", {"id": self.run_id}, self._counts_row(total))
        self.counts = total
        self.seen_urls.update(r.url for r in records)

    def _save(self, rec: DocumentRecord, counts: RunCounts) -> None:
        doc_id = document_id(rec.url)
        if rec.status == UNCHANGED:
            self._seen_again(doc_id, rec, counts)
            return
        row: dict[str, Any] = {"id": doc_id, "url": rec.url, "status": rec.status, "error": rec.error,
                               "fetched_at": rec.fetched_at, "sha256": rec.sha256, "spider": rec.spider,
                               "requested_url": rec.requested_url}
        if rec.status == "ok":
            row.update({"size": rec.size, "mtime_ns": rec.mtime_ns, "etag": rec.etag,
                        "last_modified": rec.last_modified, "rules_version": rec.rules_version})
        if rec.status != "ok" or rec.extraction is None:
            # A failed fetch or decode keeps what the document gave before (a 404 or a timeout
            # must not wipe the archive); the row says why it failed this time.
            counts.documents_error += 1
            self._upsert("documents", row, ("id",))
            return
        ex = rec.extraction
        row.update({"kind": ex.kind, "encoding": ex.encoding, "encoding_source": ex.encoding_source,
                    "replaced": ex.replaced,
                    "publication": ex.publication.name, "publication_date": ex.publication.date,
                    "issue": ex.publication.issue, "page": ex.publication.pages,
                    "text": ex.text if self.keep_text else None})
        self._upsert("documents", row, ("id",))
        counts.documents_ok += 1

        old_sources = {r["position"]: r["article_id"] for r in self._rows(
            "select position, article_id from article_sources where document_id = ?", doc_id)}
        boilerplate = self._boilerplate(site_of(rec.url))
        claimed: set[str] = set()
        sources = []
        # The page's date, or else a date a dated article of the same page gives: the year of the
        # page's `--MM-DD` dates.
        page_date = page_date_of(ex.publication.date, [a.date for a in ex.articles])
        for art in ex.articles:
            if boilerplate:
                art.body = [p for p in art.body if paragraph_hash(p) not in boilerplate] or art.body
            version = Version(art, ex.publication.name, ex.kind, doc_id, rec.fetched_at, page_date,
                              source_site(rec.url))
            article_id, status = self._place(version, old_sources.get(art.position), claimed)
            claimed.add(article_id)
            counts.articles[status] += 1
            sources.append({"document_id": doc_id, "position": art.position, "article_id": article_id,
                            "url": rec.url, "title": art.title, "content_hash": version.hash})
        self.db.conn.execute("delete from article_sources where document_id = ?", [doc_id])
        for source in sources:
            self._upsert("article_sources", source, ("document_id", "position"))
        for gone in set(old_sources.values()) - claimed:
            counts.articles["removed"] += self._drop_if_orphan(gone)

    def _seen_again(self, doc_id: str, rec: DocumentRecord, counts: RunCounts) -> None:
        """An input that has not changed: its document row says when it was last seen (and its
        new mtime, ETag …), its articles' last_seen moves, nothing is extracted or rewritten."""
        fields = {k: v for k, v in (("fetched_at", rec.fetched_at), ("size", rec.size), ("mtime_ns", rec.mtime_ns),
                                    ("etag", rec.etag), ("last_modified", rec.last_modified)) if v is not None}
        if self._one("select 1 from documents where id = ?", doc_id) is None:
            raise ValueError(f"unchanged document {rec.url} is not in the archive")
        self._update("documents", {"id": doc_id}, fields)
        n = self.db.conn.execute("update articles set last_seen = ? where id in "
                                 "(select article_id from article_sources where document_id = ?)",
                                 [rec.fetched_at, doc_id]).rowcount
        counts.documents_unchanged += 1
        counts.articles["unchanged"] += n

    def _place(self, v: Version, old_id: str | None, claimed: set[str]) -> tuple[str, str]:
        """Find the stored article this version is and write it; returns (id, new | updated |
        unchanged | merged). Tried in order: the same text (as canonical text or as a source's
        text), the article this document had at the same position (its text was edited), a
        near duplicate from another source."""
        row = self._one("select * from articles where content_hash = ? order by first_seen limit 1", v.hash)
        if row is None:
            hit = self._one("select article_id from article_sources where content_hash = ? limit 1", v.hash)
            row = self._one("select * from articles where id = ?", hit["article_id"]) if hit else None
        if row is None and old_id is not None and old_id not in claimed and not self._has_other_sources(
                old_id, v.document_id):
            row = self._one("select * from articles where id = ?", old_id)
            if row is not None:
                self._write(self._cleaned(v, row["id"]), row)
                return self._cut_appended(row["id"], claimed), "updated"
        if row is None:
            near = self.index.match(v.article.text, exclude=claimed, title=v.article.title)
            row = self._one("select * from articles where id = ?", near) if near is not None else None
        if row is not None:
            status = self._merge(row, v, same_document=self._is_source(row["id"], v.document_id))
            # (also when unchanged: a reprocessed archive is compared for what it already holds)
            return self._cut_appended(row["id"], claimed), status
        new_id = self._write(v, None)
        return self._cut_appended(new_id, claimed), "new"

    def _merge(self, row: dict[str, Any], v: Version, same_document: bool) -> str:
        """A version of a stored article. From the document that gave the canonical text, it
        replaces it (the document was edited); from another document, it becomes the canonical
        text only when it ranks above it (README: the newspaper original over a repost, then the
        more complete text). Either way the two copies are compared for what a farm inserted
        into the one kept (`_drop_insertions`)."""
        status = "unchanged" if same_document else "merged"
        v = self._cleaned(v, row["id"])
        if row.get("canonical_document_id") in (None, v.document_id):
            record = v.record()
            changed = any(row.get(f) != record.get(f) for f in CONTENT_FIELDS)
            if changed or row.get("canonical_document_id") is None:
                self._write(v, row)
                return "updated" if changed else status
            # Unchanged: only last_seen moves (no rewrite, no full-text index churn).
            self._update("articles", {"id": row["id"]}, {"last_seen": v.stamp})
            return status
        current = self._rank_of(row)
        if v.rank() > current and (v.rank()[0] > current[0] or self._fuller(v, row)):
            self._write(v, row)
            self._drop_insertions(row["id"], (row["body"] or "").split("\n"), row["title"],
                                  row["canonical_document_id"])
            return status
        self._update("articles", {"id": row["id"]}, {"last_seen": v.stamp})
        self._drop_insertions(row["id"], v.article.body, v.article.title, v.document_id)
        return status

    def _fuller(self, v: Version, row: dict[str, Any]) -> bool:
        """Is `v` a fuller version of the stored text of the same kind? It holds what the stored
        one says (MIN_HELD), and either the stored one holds most of it (MIN_COVERAGE) or what
        it adds (a lead, an ending the stored copy lost) is no other stored article: a repost
        with another item appended must not become the text later versions are matched
        against."""
        stored = row["body"] or ""
        if coverage(stored, v.article.text) < MIN_HELD:
            return False
        added = [p for p in v.article.body if coverage(p, stored) < MIN_COVERAGE]
        if added and all(is_stray_line(p) for p in added):
            return False  # only short lines no sentence is in, which the stored copy lacks: a farm's insertions
        if coverage(v.article.text, stored) >= MIN_COVERAGE:
            return True
        later = [p for p in added if p is not v.article.body[0]]
        if any(P.DATELINE.match(p) or P.AGENCY_DATELINE.match(p) for p in later):
            return False  # another report, opening with its own dateline inside the text
        return self.index.match("\n".join(added), exclude={row["id"]}) is None

    def _cleaned(self, v: Version, article_id: str) -> Version:
        """`v` without the lines and title parts other copies showed to be a farm's insertions."""
        rows = self._rows("select field, hash, text from farm_insertions where article_id = ?", article_id)
        if not rows:
            return v
        lines = {r["hash"] for r in rows if r["field"] == "body"}
        parts = [r["text"] for r in rows if r["field"] == "title"]
        body = [p for p in v.article.body if paragraph_hash(p) not in lines] or v.article.body
        article = replace(v.article, body=body, title=without_title_parts(v.article.title, parts))
        return replace(v, article=article)

    def _drop_insertions(self, article_id: str, other_body: list[str], other_title: str | None,
                         shown_by: str | None) -> None:
        """Compare the stored copy of an article with another copy of it: lines and title parts
        the other copy shows a farm inserted into the stored one are recorded (farm_insertions)
        and left out of the stored article. A newspaper's own text is never cut by a repost."""
        row = self._one("select * from articles where id = ?", article_id)
        if row is None or self._rank_of(row)[0] == 1:
            return
        body = (row["body"] or "").split("\n")
        lines = [body[i] for i in inserted_lines(body, other_body)]
        parts = inserted_title_parts(row["title"], other_title)
        self._leave_out(row, body, lines, parts, shown_by)

    def _cut_appended(self, article_id: str, claimed: set[str]) -> str:
        """An article that a repost carries after another one's text leaves that repost's stored
        text, with the farm's lines around it (consensus.appended_tail), whichever was stored
        first: the opening words of the article's closing paragraphs are looked up in the
        full-text index (is one of them another article's opening?), and those of its opening
        paragraph (does another close with it?). A repost cut so may now be a copy of another
        stored article: the two become one (`_fold`). Returns the id the article has then."""
        row = self._one("select * from articles where id = ?", article_id)
        if row is None or not row["body"]:
            return article_id
        body = row["body"].split("\n")
        repost = self._rank_of(row)[0] == 0  # a newspaper's own text is never cut
        closing = [p for p in body[1:] if not is_stray_line(p)][-CLOSING_PARAGRAPHS:] if repost else []
        # (the last paragraph first; the first item that cuts the text ends the search)
        for item_id in (i for para in reversed(closing) for i in self._holding(para, article_id)):
            item = self._one("select body, canonical_document_id from articles where id = ?", item_id)
            if item is not None and self._cut_tail(article_id, item["body"] or "", item["canonical_document_id"]):
                article_id = self._fold(article_id, claimed)
                break
        opening = next((p for p in body if not is_stray_line(p)), None)
        if opening is not None:
            for carrier in self._holding(opening, article_id, reposts=True):
                if self._cut_tail(carrier, row["body"], row["canonical_document_id"]):
                    self._fold(carrier, claimed | {article_id})
        return article_id

    def _holding(self, paragraph: str, article_id: str, reposts: bool = False) -> list[str]:
        """Other stored articles (`reposts`: whose canonical text is no newspaper's) whose text
        holds the opening words of `paragraph` (the full-text index: exact words, which the
        anchors of a short passage may miss)."""
        words = OPENING_WORDS.search(paragraph[:LOOKUP_CHARS])
        if words is None:
            return []
        phrase = '"' + words.group()[:OPENING_CHARS].replace('"', '""') + '"'
        rows = self.db.conn.execute(
            "select a.id from articles_fts f join articles a on a.rowid = f.rowid "
            "left join documents d on d.id = a.canonical_document_id where articles_fts match ? "
            "and (? = 0 or coalesce(d.kind, '') != 'newspaper') limit ?",
            [phrase, int(reposts), MAX_HOLDING]).fetchall()
        return [r[0] for r in rows if r[0] != article_id]

    def _fold(self, article_id: str, claimed: set[str]) -> str:
        """The article a cut text is now a version of, if any, becomes one with it: the article
        seen first (a newspaper's before a repost's) keeps its id, its canonical text and the
        other's sources. Articles this
        document already holds (`claimed`) are left as they are. Returns the id kept."""
        row = self._one("select * from articles where id = ?", article_id)
        if row is None:
            return article_id
        near = self.index.match(row["body"] or "", exclude=claimed | {article_id}, title=row["title"])
        other = self._one("select * from articles where id = ?", near) if near is not None else None
        if other is None:
            return article_id
        # a newspaper's text stays the canonical one (the ranking of versions), then the older id
        keep, gone = sorted((row, other), key=lambda r: (-self._rank_of(r)[0], r["first_seen"], r["id"]))
        if gone["id"] in claimed:
            return article_id
        self.db.conn.execute("update article_sources set article_id = ? where article_id = ?", [keep["id"], gone["id"]])
        self.db.conn.execute("insert or ignore into farm_insertions (article_id, field, hash, text, shown_by) "
                             "select ?, field, hash, text, shown_by from farm_insertions where article_id = ?",
                             [keep["id"], gone["id"]])
        self._update("articles", {"id": keep["id"]}, {"last_seen": max(keep["last_seen"], gone["last_seen"])})
        self._drop_if_orphan(gone["id"])
        logger.info("article %s is a version of %s once the item appended to it is left out: one article now",
                    gone["id"], keep["id"])
        return keep["id"]

    def _cut_tail(self, article_id: str, item: str, shown_by: str | None) -> bool:
        row = self._one("select * from articles where id = ?", article_id)
        if row is None or self._rank_of(row)[0] == 1:
            return False
        body = (row["body"] or "").split("\n")
        k = appended_tail(body, item)
        if k is None:
            return False
        self._leave_out(row, body, body[k:], [], shown_by)
        return True

    def _leave_out(self, row: dict[str, Any], body: list[str], lines: list[str], parts: list[str],
                   shown_by: str | None) -> None:
        """Record what another document showed not to be the article's (farm_insertions) and
        rewrite the stored article without it."""
        if not lines and not parts:
            return
        article_id = row["id"]
        for field_name, texts in (("body", lines), ("title", parts)):
            for text in texts:
                self._upsert("farm_insertions", {"article_id": article_id, "field": field_name,
                                                 "hash": paragraph_hash(text), "text": text, "shown_by": shown_by},
                             ("article_id", "field", "hash"))
        gone = {paragraph_hash(p) for p in lines}
        self._rewrite(row, [p for p in body if paragraph_hash(p) not in gone], without_title_parts(row["title"], parts))

    def _rewrite(self, row: dict[str, Any], paras: list[str], title: str | None) -> None:
        """Store `paras` and `title` as the article's text (left out: learned boilerplate, what
        other copies showed), its hash and fingerprints with them."""
        text = "\n".join(paras)
        self._update("articles", {"id": row["id"]}, {"body": text, "chars": sum(len(p) for p in paras),
                                                     "content_hash": text_hash(text), "title": title})
        self._index(row["id"], text, title)

    def _write(self, v: Version, row: dict[str, Any] | None) -> str:
        """Write version `v` as the article's canonical text (a new article when `row` is None)."""
        record = v.record()
        if row is None:
            new_id = v.hash[:16]
            if self._one("select 1 from articles where id = ?", new_id) is not None:
                new_id = hashlib.sha1((v.hash + v.document_id).encode()).hexdigest()[:16]
            record.update({"id": new_id, "first_seen": v.stamp, "last_seen": v.stamp})
        else:
            record.update({"id": row["id"], "first_seen": row["first_seen"], "last_seen": v.stamp})
            if not record.get("title") and row.get("title"):
                # a fuller copy whose title was spam (none left) keeps the article's title: later
                # versions are matched against it
                record["title"] = row["title"]
            # A year inferred from the crawl is that of the first sighting, whatever run rewrites it.
            record["date_sort"], record["date_source"] = sortable_date(v.article.date, v.page_date, row["first_seen"])
            record["month"] = record["date_sort"][:7]
        self._upsert("articles", record, ("id",))
        if row is None or row["content_hash"] != v.hash:
            self._index(record["id"], v.article.text, record["title"])
        return record["id"]

    def _index(self, article_id: str, body: str, title: str | None) -> None:
        """Index an article's canonical text and store its fingerprints (signature, anchors)."""
        fp = _fingerprint_row(article_id, body)
        self.index.add(article_id, "", signature_from_bytes(fp["signature"]), matched=True, title=title,
                       anchor_values=anchors_from_bytes(fp["anchors"]))
        self._upsert("article_signatures", fp, ("article_id",))

    def _rank_of(self, row: dict[str, Any]) -> tuple[int, int]:
        kind = None
        if row.get("canonical_document_id"):
            doc = self._one("select kind from documents where id = ?", row["canonical_document_id"])
            kind = doc["kind"] if doc else None
        return (1 if kind == "newspaper" else 0, row.get("chars") or 0)

    def _is_source(self, article_id: str, doc_id: str) -> bool:
        return self._one("select 1 from article_sources where article_id = ? and document_id = ?",
                         article_id, doc_id) is not None

    def _has_other_sources(self, article_id: str, doc_id: str) -> bool:
        return self._one("select 1 from article_sources where article_id = ? and document_id != ?",
                         article_id, doc_id) is not None

    def _drop_if_orphan(self, article_id: str) -> int:
        left = self.db.conn.execute("select count(*) from article_sources where article_id = ?",
                                    [article_id]).fetchone()[0]
        if left:
            return 0
        self.db.conn.execute("delete from article_signatures where article_id = ?", [article_id])
        self.db.conn.execute("delete from farm_insertions where article_id = ?", [article_id])
        self.db.conn.execute("delete from articles where id = ?", [article_id])
        self.index.remove(article_id)
        return 1

    # -- statements of the per-document path ---------------------------------------------------
    # sqlite-utils' table objects look the schema up on every call (sqlite_master, table_info,
    # a savepoint per query: 30 of the 58 statements a document cost); the writes a crawl makes
    # per document are these few fixed statements instead, values always bound as parameters.
    def _statement(self, kind: str, table: str, columns: tuple[str, ...], key: tuple[str, ...]) -> str:
        cache_key = (kind, table, columns, key)
        sql = self._statements.get(cache_key)
        if sql is None:
            known = {r[1] for r in self.db.conn.execute("select * from pragma_table_info(?)", [table])}
            unknown = [c for c in (*columns, *key) if c not in known]
            if not known or unknown:
                raise ValueError(f"no column {unknown or columns} in table {table!r}")
            q = _quoted
            if kind == "upsert":
                sets = ", ".join(f"{q(c)} = excluded.{q(c)}" for c in columns if c not in key)
                sql = (f"insert into {q(table)} ({', '.join(map(q, columns))}) values ({', '.join('?' * len(columns))}) "
                       f"on conflict ({', '.join(map(q, key))}) do " + (f"update set {sets}" if sets else "nothing"))
            else:
                sql = (f"update {q(table)} set {', '.join(f'{q(c)} = ?' for c in columns)} "
                       f"where {' and '.join(f'{q(c)} = ?' for c in key)}")
            self._statements[cache_key] = sql
        return sql

    def _upsert(self, table: str, row: dict[str, Any], key: tuple[str, ...]) -> None:
        """Insert the row, or update the columns it names of the row with its key (the others stay
        as they are). The row must be one that could be inserted (NOT NULL columns given)."""
        self.db.conn.execute(self._statement("upsert", table, tuple(row), key), list(row.values()))

    def _update(self, table: str, key: dict[str, Any], fields: dict[str, Any]) -> None:
        if fields:
            self.db.conn.execute(self._statement("update", table, tuple(fields), tuple(key)),
                                 [*fields.values(), *key.values()])

    def _rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        cur = self.db.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _one(self, sql: str, *params: Any) -> dict[str, Any] | None:
        cur = self.db.conn.execute(sql, params)
        r = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], r)) if r is not None else None

    # -- near duplicates -------------------------------------------------------------------------
    @cached_property
    def index(self) -> NearDuplicateIndex:
        """Near-duplicate index of the stored articles (signatures, anchors and titles read from
        the database; texts read back only for the candidates of a query)."""
        index = NearDuplicateIndex(lookup=self._body)
        for r in self.db.query("select s.article_id, s.signature, s.anchors, a.title from article_signatures s "
                               "join articles a on a.id = s.article_id order by a.rowid"):
            index.add(r["article_id"], "", signature_from_bytes(r["signature"]), matched=True, title=r["title"],
                      anchor_values=anchors_from_bytes(r["anchors"]))
        return index

    def _body(self, article_id: str) -> str | None:
        row = self._one("select body from articles where id = ?", article_id)
        return row["body"] if row else None

    # -- learned boilerplate ---------------------------------------------------------------------
    def _boilerplate(self, site: str | None) -> set[str]:
        if site is None:
            return set()
        if site not in self._learned:
            self._learned[site] = {r["paragraph_hash"] for r in self.db.query(
                "select paragraph_hash from site_boilerplate where site = ?", [site])}
        return self._learned[site]

    def learn_boilerplate(self, min_articles: int = BOILERPLATE_MIN_ARTICLES) -> int:
        """Paragraphs that recur in `min_articles` or more distinct articles of one site are that
        site's boilerplate: record them and strip them from the site's articles. Returns how many
        new paragraphs were learned."""
        counts: dict[tuple[str, str], set[str]] = {}
        texts: dict[str, str] = {}
        rows = self.db.query(
            "select a.id, a.body, d.url from articles a join documents d on d.id = a.canonical_document_id "
            "where d.url like 'http%'")
        for r in rows:
            site = site_of(r["url"])
            for para in dict.fromkeys((r["body"] or "").split("\n")):
                if para.strip():
                    h = paragraph_hash(para)
                    counts.setdefault((site, h), set()).add(r["id"])
                    texts[h] = para
        learned = [{"site": site, "paragraph_hash": h, "paragraph": texts[h], "articles": len(ids),
                    "learned_at": now()}
                   for (site, h), ids in counts.items() if len(ids) >= min_articles]
        known = {(r["site"], r["paragraph_hash"]) for r in self.db.query("select site, paragraph_hash from site_boilerplate")}
        fresh = [row for row in learned if (row["site"], row["paragraph_hash"]) not in known]
        if not fresh:
            return 0
        with self.db.atomic():
            self.db["site_boilerplate"].upsert_all(fresh, pk=("site", "paragraph_hash"))
            for row in fresh:
                self._learned.pop(row["site"], None)
            for site, h in {(f["site"], f["paragraph_hash"]) for f in fresh}:
                for article_id in counts[(site, h)]:
                    self._strip(article_id, self._boilerplate(site))
        logger.info("learned %d boilerplate paragraphs", len(fresh))
        return len(fresh)

    def _strip(self, article_id: str, hashes: set[str]) -> None:
        row = self._one("select * from articles where id = ?", article_id)
        if row is None:
            return
        paras = [p for p in row["body"].split("\n") if paragraph_hash(p) not in hashes]
        if paras and len(paras) < len(row["body"].split("\n")):
            self._rewrite(row, paras, row["title"])

    def forget_missing(self, url_prefix: str) -> str | None:
        """Documents under `url_prefix` that this run did not see (their files are gone): drop
        them, and the articles no other document gives. A folder in which this run saw nothing
        while the archive holds documents from it (an unmounted share, a wrong path) forgets
        nothing: the refusal is returned, to be recorded as the run's error."""
        rows = list(self.db.query("select id, url from documents where url like ? escape '\\'",
                                  [url_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"]))
        gone = [r for r in rows if r["url"] not in self.seen_urls]
        if not gone:
            return None
        if len(gone) == len(rows) and not any(u.startswith(url_prefix) for u in self.seen_urls):
            message = (f"{url_prefix} gave no document while the archive holds {len(rows)} from it: "
                       "nothing forgotten (is the folder mounted?)")
            logger.error(message)
            return message
        with self.db.atomic():
            for r in gone:
                ids = [x[0] for x in self.db.execute(
                    "select article_id from article_sources where document_id = ?", [r["id"]]).fetchall()]
                self.db.execute("delete from article_sources where document_id = ?", [r["id"]])
                self.db.execute("delete from documents where id = ?", [r["id"]])
                for aid in ids:
                    self.counts.articles["removed"] += self._drop_if_orphan(aid)
        logger.info("forgot %d documents no longer under %s", len(gone), url_prefix)
        return None


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


def run_line(row: dict[str, Any], running_elsewhere: bool = False) -> str:
    """One line on a `runs` row: spider, status, counts, and why it failed."""
    c = RunCounts(row["documents_ok"] or 0, row["documents_error"] or 0, Counter({
        "new": row["articles_new"] or 0, "updated": row["articles_updated"] or 0,
        "unchanged": row["articles_unchanged"] or 0, "removed": row["articles_removed"] or 0,
        "merged": row.get("articles_merged") or 0}), row.get("documents_failed") or 0,
        row.get("documents_unchanged") or 0)
    status = row.get("status") or ("ok" if row.get("finished_at") else "interrupted")
    if status == "running":
        status = "running" if running_elsewhere else "interrupted (the process died; no end recorded)"
    line = f"{row['spider']} [{status}] started {row['started_at']}: {c.summary()}"
    if c.documents_failed:
        line += f"; {c.documents_failed} documents could not be stored"
    if row.get("error"):
        line += f"; {row['error']}"
    return line


def last_runs(path: str | Path, n: int = 1, running_elsewhere: bool = False) -> list[str]:
    """Lines on the latest `n` runs of the database at `path`, newest first (read only)."""
    con = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in con.execute("select * from runs order by id desc limit ?", [n])]
    except sqlite3.Error:
        rows = []
    finally:
        con.close()
    return [run_line(r, running_elsewhere and i == 0) for i, r in enumerate(rows)]


def last_run_summary(path: str | Path, running_elsewhere: bool = False) -> str:
    """One line on the latest run of the database at `path`."""
    lines = last_runs(path, 1, running_elsewhere)
    return lines[0] if lines else "no run recorded"
