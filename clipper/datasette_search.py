"""Datasette plugin (loaded through the `datasette` entry point): the search box of `articles`
finds any Chinese term, one character or more, without special syntax.

Datasette runs ``escape_fts(:search)`` on what the user typed; this plugin registers its own
``escape_fts`` (after Datasette's, hence `trylast`) that turns the query into phrases of single
characters for the `articles_search` index (clipper.text.search).
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

from clipper.text.search import fts_query


@hookimpl(trylast=True)
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
