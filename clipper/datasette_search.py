"""Datasette plugin (loaded through the `datasette` entry point): the search box of `articles`
finds any Chinese term, one character or more, without special syntax; and an article's row
page gets the article and every source that carried it (templates/row.html shows them); the
chart page (templates/pages/charts.html) gets the articles per month; the canned query
`search` ranks the matches and shows each one's passage with the matches highlighted; the search
page ``/-/search?q=…`` (templates/clipper_search.html, clipper.search_page) answers the search box
of `articles`: the ranked first page at once, the count and the facets fetched after it.

Datasette runs ``escape_fts(:search)`` on what the user typed; this plugin registers its own
``escape_fts`` (after Datasette's, hence `trylast`) that turns the query into phrases of single
characters for the `articles_search` index (clipper.text.search).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs, urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from clipper.search_page import (FACETS_SQL, PAGE_SIZE, RANKED_TITLES_MAX, TITLE_COUNT_SQL, chosen, facet_counts, page_sql,
                                 search_params)
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


def marked(value: str) -> Markup:
    """A passage as HTML: its text escaped, its matches in ``<mark>``."""
    return Markup(str(escape(value)).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))


@hookimpl
def render_cell(value: Any, column: str) -> Any:
    """A `passage` cell: its text escaped, its matches in ``<mark>``."""
    if column != "passage" or not isinstance(value, str) or MARK_OPEN not in value:
        return None
    return marked(value)


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    return [(r"^/-/search$", search_page), (r"^/-/search\.json$", search_counts)]


async def _archive(datasette: Any, name: str | None) -> str | None:
    """The database to search: the one named, else the first that has articles."""
    for db_name, db in datasette.databases.items():
        if (db_name == name or (name is None and not db_name.startswith("_"))) and await db.table_exists("articles"):
            return str(db_name)
    return None


def _args(request: Any) -> dict[str, str]:
    return {k: request.args.get(k) for k in request.args.keys()}


async def _allowed(datasette: Any, request: Any, database: str) -> None:
    """The permissions Datasette's own table page checks (metadata.yml may restrict them)."""
    await datasette.ensure_permissions(request.actor, [("view-table", (database, "articles")),
                                                       ("view-database", database), "view-instance"])


def _link(datasette: Any, args: dict[str, str], params: dict[str, Any]) -> Callable[..., str]:
    """URLs of this search page (or its .json) with some parameters changed (None drops one)."""
    base = {k: v for k, v in {"q": params["q"], "db": args.get("db"), **chosen(params)}.items() if v}
    here = datasette.urls.path("/-/search")

    def link(suffix: str = "", **changes: Any) -> str:
        merged = {k: v for k, v in (base | changes).items() if v is not None}
        return here + suffix + "?" + urlencode(merged)
    return link


def _table_url(datasette: Any, database: str, params: dict[str, Any]) -> str:
    """Datasette's table view of the same search, in the table's own order; `_size` keeps it the
    table (see is_box_search)."""
    sort = (datasette.table_metadata(database, "articles") or {}).get("sort_desc")
    query = {"_search": params["q"], **({"_sort_desc": sort} if sort else {}), "_size": PAGE_SIZE, **chosen(params)}
    return datasette.urls.table(database, "articles") + "?" + urlencode(query)


async def search_page(request: Any, datasette: Any) -> Response:
    """The ranked first page of matches (count and facets: search_counts, fetched by the page)."""
    args = _args(request)
    params = search_params(args)
    database = await _archive(datasette, args.get("db"))
    rows: list[dict[str, Any]] = []
    error = None
    ranked = True
    if database is None:
        error = "no database with an articles table"
    else:
        await _allowed(datasette, request, database)
    if database is not None and params["q"]:
        try:
            db = datasette.get_database(database)
            titles = (await db.execute(TITLE_COUNT_SQL, params)).rows[0][0]
            ranked = titles <= RANKED_TITLES_MAX
            result = await db.execute(page_sql(titles), params)
            rows = [dict(r) | {"passage": marked(r["passage"] or "")} for r in result.rows]
        except Exception as exc:  # (a query past sql_time_limit_ms, a broken index: said on the page)
            error = str(exc)
    link = _link(datasette, args, params)
    context = {
        "q": params["q"], "db": args.get("db"), "database": database, "rows": rows, "error": error, "page": params["page"],
        "page_size": PAGE_SIZE, "ranked": ranked, "chosen": chosen(params), "counts_url": link(".json"),
        "table_url": _table_url(datasette, database, params) if database else None,
        "next_url": link(page=params["page"] + 1) if len(rows) == PAGE_SIZE else None,
        "without": {c: link(**{c: None}) for c in chosen(params)},
    }
    return Response.html(await datasette.render_template("clipper_search.html", context, request=request))


async def search_counts(request: Any, datasette: Any) -> Response:
    """JSON: the number of matches and each facet's values with their counts and links."""
    args = _args(request)
    params = search_params(args)
    database = await _archive(datasette, args.get("db"))
    if database is None or not params["q"]:
        return Response.json({"count": 0, "facets": {}, "error": None if database else "no articles table"})
    await _allowed(datasette, request, database)
    try:
        result = await datasette.get_database(database).execute(FACETS_SQL, params)
    except Exception as exc:
        return Response.json({"count": None, "facets": {}, "error": str(exc)}, status=500)
    count, facets = facet_counts([tuple(r) for r in result.rows])
    link = _link(datasette, args, params)
    return Response.json({"count": count, "facets": {
        c: [{"value": v, "count": n, "url": link(**{c: v}) if v is not None else None} for v, n in values]
        for c, values in facets.items() if c not in chosen(params)}})


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


#: What the table page's form sends besides the query when the user only typed in its box: the
#: empty filter row and the table's own sort (Datasette's redirect turns them into _sort_desc).
BOX_FORM = frozenset({"_search", "_filter_column", "_filter_op", "_filter_value", "_sort", "_sort_by_desc", "_sort_desc"})


def is_box_search(qs: dict[str, list[str]], default_sort: str | None) -> bool:
    """Does a query string of the `articles` table page come from its search box alone (a query,
    no filter, no sort but the table's own)? Anything more (a filter, another sort, `_size`,
    `_next`) is someone using the table view."""
    one = {k: v[-1] for k, v in qs.items()}
    if not one.get("_search", "").strip() or set(one) - BOX_FORM or one.get("_filter_column"):
        return False
    sort = one.get("_sort_desc") or one.get("_sort") or default_sort
    return sort == default_sort and ("_sort" not in one or not one["_sort"] or "_sort_by_desc" in one)


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[Any], Any]:
    """The search box of the `articles` table page goes to the search page; the table view of a
    search stays one parameter away (its link there adds `_size`), and exports every match."""
    def wrap(app: Any) -> Any:
        async def redirect_box(scope: dict[str, Any], receive: Any, send: Any) -> None:
            path = scope.get("path", "")
            if scope.get("type") == "http" and path.endswith("/articles"):
                prefix = datasette.setting("base_url") or "/"
                parts = (path[len(prefix):] if path.startswith(prefix) else path).strip("/").split("/")
                qs = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
                if len(parts) == 2 and "_search" in qs and is_box_search(
                        qs, (datasette.table_metadata(parts[0], "articles") or {}).get("sort_desc")):
                    location = datasette.urls.path("/-/search") + "?" + urlencode({"q": qs["_search"][-1], "db": parts[0]})
                    await send({"type": "http.response.start", "status": 302,
                                "headers": [(b"location", location.encode("ascii")),
                                            (b"content-type", b"text/plain; charset=utf-8")]})
                    await send({"type": "http.response.body", "body": b""})
                    return
            await app(scope, receive, send)
        return redirect_box
    return wrap
