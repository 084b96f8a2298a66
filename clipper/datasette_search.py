"""Datasette plugin (loaded through the `datasette` entry point): the search box of `articles`
finds any Chinese term, one character or more, without special syntax; and an article's row
page gets the article and every source that carried it (templates/row.html shows them); the
chart page (templates/pages/charts.html) gets the articles per month; the canned query
`search` ranks the matches and shows each one's passage with the matches highlighted.

Datasette runs ``escape_fts(:search)`` on what the user typed; this plugin registers its own
``escape_fts`` (after Datasette's, hence `trylast`) that turns the query into phrases of single
characters for the `articles_search` index (clipper.text.search).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

from clipper.text.search import MARK_CLOSE, MARK_OPEN, fts_query, passage


#: Each of Datasette's (read-only) connections reads up to 2 GiB of the database file through a
#: memory map instead of read() calls: a search page looks up every match for its count and for
#: each facet, 2-3 x faster from the map (README: Search).
MMAP_PRAGMA = "PRAGMA mmap_size = 2147483648"


@hookimpl(trylast=True)
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.execute(MMAP_PRAGMA)
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
    conn.create_function("clipper_passage", 2, passage, deterministic=True)


@hookimpl
def render_cell(value: Any, column: str) -> Any:
    """A `passage` cell: its text escaped, its matches in ``<mark>``."""
    if column != "passage" or not isinstance(value, str) or MARK_OPEN not in value:
        return None
    return Markup(str(escape(value)).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))


#: Every source of an article: the document, its own title, when it was fetched; canonical first.
SOURCES_SQL = """
select s.url, s.title, s.position, d.fetched_at, d.kind, d.publication, d.id as document_id,
       d.id = a.canonical_document_id as canonical
from article_sources s join articles a on a.id = s.article_id join documents d on d.id = s.document_id
where s.article_id = :id order by canonical desc, d.fetched_at, s.url
"""


@hookimpl
def extra_template_vars(template: str, database: str, table: str, view_name: str, request: Any,
                        datasette: Any) -> Any:
    if template == "pages/charts.html":
        return {"articles_per_month": lambda: _articles_per_month(datasette)}
    if view_name != "row" or table != "articles" or request is None:
        return {}

    async def article_vars() -> dict[str, Any]:
        db = datasette.get_database(database)
        pks = request.url_vars.get("pks", "")
        rows = (await db.execute("select * from articles where id = :id", {"id": pks})).rows
        if not rows:
            return {}
        article = dict(rows[0])
        sources = [dict(r) for r in (await db.execute(SOURCES_SQL, {"id": pks})).rows]
        return {"article": article, "article_paragraphs": (article.get("body") or "").split("\n"),
                "article_sources": sources}

    return article_vars


async def _articles_per_month(datasette: Any) -> dict[str, Any]:
    """Articles per month of the first database that has articles (for templates/pages/charts.html)."""
    for name, db in datasette.databases.items():
        if name.startswith("_") or not await db.table_exists("articles"):
            continue
        rows = await db.execute("select month, count(*) as n, sum(date_source = 'crawl') as inferred "
                                "from articles group by month order by month")
        months = [dict(r) for r in rows.rows]
        return {"database": name, "months": months, "top": max((m["n"] for m in months), default=1)}
    return {"database": None, "months": [], "top": 1}
