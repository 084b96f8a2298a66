"""The archive's search page (served by the Datasette plugin at ``/-/search``): what it asks
SQLite, as fixed statements over bound parameters, and how it reads a request's parameters.

Datasette's table page answers a search with its first page, a count and one query per facet,
and each of them evaluates the full-text match again (README: Search). This page asks twice:
the first page of matches, ranked (the articles whose title holds every term, best first, then
the others, latest first; a LIMIT, so fast for any term), and — fetched by the page after it
shows — the count and every facet from one evaluation of the match.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: The facet columns of `articles`, as metadata.yml lists them for the table page.
FACETS: tuple[str, ...] = ("month", "publication", "place", "kind", "date_source", "site")
#: Matches per page; pages past MAX_PAGE are left to the table view (it exports them all).
PAGE_SIZE = 50
MAX_PAGE = 20
#: Values shown per facet (the most frequent first), as Datasette's table page shows.
FACET_VALUES = 30

#: Each facet filter is bound (None when not chosen), so that the statements stay fixed (built
#: once, here, from the constant FACETS: no input ever goes into the SQL text).
_FILTERS = " and ".join(f"(:{c} is null or a.{c} = :{c})" for c in FACETS)

#: Title matches ranked by bm25 up to this many; past it (a character in most titles, where bm25
#: over short titles says little and costs most of the page: ~100 ms for 32,000 titles) the
#: titles holding every term are listed latest first too.
RANKED_TITLES_MAX = 5000

#: How many titles hold every term (FTS5 counts without ranking: a few ms).
TITLE_COUNT_SQL = "select count(*) from articles_title_search where articles_title_search match escape_fts(:q)"


def _page_sql(title_order: str) -> str:
    return f"""
with titled as (
  select t.rowid, {title_order} as score from articles_title_search t join articles a on a.rowid = t.rowid
  where articles_title_search match escape_fts(:q) and {_FILTERS}
  order by score limit :upto
), latest as (
  select s.rowid from articles_search s join articles a on a.rowid = s.rowid
  where articles_search match escape_fts(:q) and {_FILTERS} and s.rowid not in (select rowid from titled)
  order by s.rowid desc limit :upto
), hits as (
  select rowid, 0 as tier, score from titled
  union all
  select rowid, 1 as tier, -rowid as score from latest
)
select a.id, a.title, a.date_sort, a.publication, a.place, a.kind,
       clipper_passage(coalesce(a.title, '') || ' ' || a.body, :q) as passage
from hits join articles a on a.rowid = hits.rowid
order by hits.tier, hits.score
limit :size offset :offset
"""


#: One page of matches: title matches by bm25 over the titles' index, then body matches, latest
#: archived first; with the matching passage (clipper_passage marks the terms).
PAGE_SQL = _page_sql("t.rank")
#: The same with the title matches latest first (more than RANKED_TITLES_MAX of them).
PAGE_SQL_LATEST_TITLES = _page_sql("-t.rowid")


def page_sql(title_matches: int) -> str:
    """The page statement for a query whose terms are in `title_matches` titles."""
    return PAGE_SQL if title_matches <= RANKED_TITLES_MAX else PAGE_SQL_LATEST_TITLES


#: The number of matches and every facet's counts, from one evaluation of the match: rows
#: (facet, value, n), facet '' holding the count.
FACETS_SQL = f"""
with m as materialized (
  select {", ".join(FACETS)} from articles a
  where a.rowid in (select rowid from articles_search where articles_search match escape_fts(:q)) and {_FILTERS}
)
select '' as facet, null as value, count(*) as n from m
""" + "".join(f"union all select '{c}', {c}, count(*) from m group by {c}\n" for c in FACETS)


def search_params(args: Mapping[str, str]) -> dict[str, Any]:
    """The bound parameters of both statements from a request's query string: the query `q`,
    the chosen facet values (empty → not chosen) and the page number (1 …, clamped)."""
    q = (args.get("q") or "").strip()
    try:
        page = min(MAX_PAGE, max(1, int(args.get("page") or 1)))
    except ValueError:
        page = 1
    params: dict[str, Any] = {"q": q, "page": page, "size": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE,
                              "upto": page * PAGE_SIZE}
    for c in FACETS:
        params[c] = args.get(c) or None
    return params


def chosen(params: Mapping[str, Any]) -> dict[str, str]:
    """The facet values a request chose (column → value)."""
    return {c: params[c] for c in FACETS if params.get(c) is not None}


def facet_counts(rows: list[tuple[str, Any, int]]) -> tuple[int, dict[str, list[tuple[Any, int]]]]:
    """FACETS_SQL's rows → (number of matches, facet → [(value, n)], most frequent first, at
    most FACET_VALUES; ties by value)."""
    count = 0
    facets: dict[str, list[tuple[Any, int]]] = {c: [] for c in FACETS}
    for facet, value, n in rows:
        if facet == "":
            count = int(n)
        else:
            facets[facet].append((value, int(n)))
    for c, values in facets.items():
        values.sort(key=lambda vn: (-vn[1], "" if vn[0] is None else str(vn[0])))
        del values[FACET_VALUES:]
    return count, facets
