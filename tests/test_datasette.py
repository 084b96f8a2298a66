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
    assert {"place", "kind", "publication"} <= set(data["facet_results"]["results"] if isinstance(
        data["facet_results"], dict) and "results" in data["facet_results"] else data["facet_results"])
