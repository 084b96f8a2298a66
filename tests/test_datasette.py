"""`make serve`'s configuration: Datasette loads metadata.yml and searches the archive."""

from __future__ import annotations

import json
import subprocess

from conftest import BIN, ROOT, run_crawl


def get(db, path):
    out = subprocess.run([str(BIN / "datasette"), str(db), "--metadata", str(ROOT / "metadata.yml"), "--get", path],
                         capture_output=True, text=True, check=True, timeout=60)
    return json.loads(out.stdout)


def test_search_and_facets(tmp_path, seed_copy):
    db = tmp_path / "clipper.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    rows = get(db, "/clipper/articles.json?_search=%E8%B5%B5%E4%B8%91%E4%B8%91&_shape=array&_col=title")
    assert [r["title"] for r in rows] == ["安下心扑下身扎下根 真帮实干为群众排忧解难"]
    data = get(db, "/clipper/articles.json?_size=0")
    assert {"place", "kind", "publication", "site"} <= set(data["facet_results"]["results"] if isinstance(
        data["facet_results"], dict) and "results" in data["facet_results"] else data["facet_results"])


def like_count(db, terms):
    import sqlite3
    con = sqlite3.connect(db)
    try:
        where = " and ".join("(coalesce(title, '') || ' ' || body) like ?" for _ in terms)
        return con.execute(f"select count(*) from articles where {where}", [f"%{t}%" for t in terms]).fetchone()[0]
    finally:
        con.close()


def test_search_finds_what_a_like_scan_finds(tmp_path, seed_copy):
    """Two-character words, one character, several words, Latin and digits: the search box finds
    exactly the articles a LIKE scan finds (the trigram index found nothing under 3 characters)."""
    from urllib.parse import quote

    db = tmp_path / "clipper.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    for query in ("提案", "协", "政协委员", "委员 提案", "乡村振兴", "2022", "西和县"):
        expected = like_count(db, query.split())
        found = get(db, f"/clipper/articles.json?_search={quote(query)}&_size=max&_shape=array&_col=title")
        assert len(found) == expected, f"{query}: {len(found)} found, {expected} by LIKE"
    assert like_count(db, ["提案"]) > 0


def test_canned_queries_and_sortable_dates(tmp_path, seed_copy):
    db = tmp_path / "clipper.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    per_month = get(db, "/clipper/articles_per_month.json?_shape=array")
    total = get(db, "/clipper/articles.json?_size=0")["filtered_table_rows_count"]
    assert sum(r["articles"] for r in per_month) == total and all(len(r["month"]) == 7 for r in per_month)
    for name in ("reposts_per_article", "articles_per_site", "last_runs", "error_documents", "boilerplate_per_site"):
        assert isinstance(get(db, f"/clipper/{name}.json?_shape=array"), list), name
    assert get(db, "/clipper/last_runs.json?_shape=array")[0]["status"] == "ok"
    dates = [r["date_sort"] for r in get(db, "/clipper/articles.json?_shape=array&_size=max&_col=date_sort")]
    assert dates == sorted(dates, reverse=True), "articles are listed newest first by date_sort"


def test_the_ranked_search_gives_every_match_with_its_passage(tmp_path, seed_copy):
    """The canned query `search`: the articles a LIKE scan finds, best first, each with the
    passage holding the term marked."""
    from urllib.parse import quote

    from clipper.text.search import MARK_CLOSE, MARK_OPEN

    db = tmp_path / "clipper.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    rows = get(db, f"/clipper/search.json?q={quote('提案')}&_shape=array")
    assert len(rows) == like_count(db, ["提案"]) > 0
    assert all(MARK_OPEN + "提案" + MARK_CLOSE in r["passage"] for r in rows)
    titled = [k for k, r in enumerate(rows) if "提案" in (r["title"] or "")]
    assert titled and titled == list(range(len(titled))), "a match in the title ranks first"
    import sqlite3
    con = sqlite3.connect(db)
    rowid = dict(con.execute("select id, rowid from articles").fetchall())
    con.close()
    rest = [rowid[r["id"]] for r in rows[len(titled):]]
    assert rest == sorted(rest, reverse=True), "then the other matches, the latest archived first"
    ranked = get(db, f"/clipper/search_relevance.json?q={quote('提案')}&_shape=array")
    assert {r["id"] for r in ranked} == {r["id"] for r in rows}
    assert all(MARK_OPEN + "提案" + MARK_CLOSE in r["passage"] for r in ranked)


def test_make_serve_is_local_read_only_and_suggests_no_facets():
    """`make serve` binds to loopback, loads no write or upload plugin, and turns suggested
    facets off (a query per column on every page of a large archive)."""
    import shlex

    line = subprocess.run(["make", "-s", "-n", "serve", "DB=archive.db"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip().splitlines()[-1]
    args = shlex.split(line)
    assert args[1:3] == ["serve", "archive.db"]
    assert "--host" in args and args[args.index("--host") + 1] == "127.0.0.1"
    settings = {args[i + 1]: args[i + 2] for i, a in enumerate(args) if a == "--setting"}
    assert settings.get("suggest_facets") == "off"
    plugins = json.loads(subprocess.run([str(BIN / "datasette"), "plugins", "--all"], capture_output=True, text=True,
                                        check=True).stdout)
    assert not [p["name"] for p in plugins if any(w in p["name"] for w in ("write", "upload", "insert", "edit"))]


def get_text(db, path):
    """A page as `make serve` renders it (its templates and plugin)."""
    out = subprocess.run([str(BIN / "datasette"), str(db), "--metadata", str(ROOT / "metadata.yml"),
                          "--template-dir", str(ROOT / "templates"), "--get", path],
                         capture_output=True, text=True, check=True, timeout=60)
    return out.stdout


def test_the_search_page_counts_what_a_like_scan_finds_and_narrows_by_facets(tmp_path, seed_copy):
    """/-/search (where the search box of `articles` goes): its count equals a LIKE scan for
    any query; each facet value's count is what choosing it leaves; the ranked page lists every
    match when they fit on it, each with its passage marked; a bad page number is page 1."""
    from urllib.parse import quote

    from clipper.search_page import PAGE_SIZE

    db = tmp_path / "clipper.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    for query in ("提案", "协", "委员 提案", "2022"):
        data = get(db, f"/-/search.json?q={quote(query)}")
        assert data["count"] == like_count(db, query.split()), query
    data = get(db, f"/-/search.json?q={quote('协')}")
    place = next(v for v in data["facets"]["place"] if v["url"])
    narrowed = get(db, place["url"].replace("/-/search?", "/-/search.json?"))
    assert narrowed["count"] == place["count"] < data["count"]
    assert "place" not in narrowed["facets"], "a chosen facet is not offered again"
    page = get_text(db, f"/-/search?q={quote('提案')}&page=x")
    assert page.count('class="hit"') == like_count(db, ["提案"]) > 0
    assert page.count("<mark>提案</mark>") >= page.count('class="hit"')
    assert get_text(db, f"/-/search?q={quote('提案')}&page=2").count('class="hit"') == 0
    # the page asks for the permissions of the table page: a restricted archive stays closed
    import yaml

    meta = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    meta["databases"]["clipper"]["tables"]["articles"]["allow"] = {"id": "archivist"}
    restricted = tmp_path / "restricted.yml"
    restricted.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    for path in (f"/-/search.json?q={quote('提案')}", f"/-/search?q={quote('提案')}"):
        out = subprocess.run([str(BIN / "datasette"), str(db), "--metadata", str(restricted), "--template-dir",
                              str(ROOT / "templates"), "--get", path], capture_output=True, text=True, timeout=60)
        assert out.returncode != 0 and "提案" not in out.stdout.replace(quote("提案"), ""), path
    # past RANKED_TITLES_MAX title matches the titles come latest first: the same rows
    import sqlite3

    from clipper.search_page import PAGE_SQL, PAGE_SQL_LATEST_TITLES, RANKED_TITLES_MAX, page_sql, search_params
    from clipper.text.search import fts_query, passage

    assert page_sql(RANKED_TITLES_MAX) is PAGE_SQL and page_sql(RANKED_TITLES_MAX + 1) is PAGE_SQL_LATEST_TITLES
    con = sqlite3.connect(db)
    con.create_function("escape_fts", 1, fts_query)
    con.create_function("clipper_passage", 2, passage)
    rowid = dict(con.execute("select id, rowid from articles").fetchall())
    params = search_params({"q": "协"})
    ranked = [r[0] for r in con.execute(PAGE_SQL, params)]
    latest = [(r[0], r[1]) for r in con.execute(PAGE_SQL_LATEST_TITLES, params)]
    con.close()
    titled = [rowid[i] for i, title in latest if "协" in (title or "")]
    assert titled == sorted(titled, reverse=True) and titled
    assert len(ranked) == len(latest) and (len(ranked) == PAGE_SIZE or set(ranked) == {i for i, _ in latest})
