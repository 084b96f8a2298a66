"""Shared test helpers: paths, running a real crawl in a subprocess, reading the database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent


#: Exit codes of `scrapy crawl` (clipper.outcome).
OK, ERRORS, FAILED, REFUSED, INTERRUPTED = 0, 1, 2, 3, 130


def crawl_command(db: Path, *args: str, spider: str = "seeds") -> list[str]:
    return [str(BIN / "scrapy"), "crawl", spider, "-s", f"CLIPPER_DB={db}", "-s", "LOG_LEVEL=WARNING", *args]


def run_crawl(db: Path, *args: str, spider: str = "seeds", timeout: int = 120, expect: int | None = OK,
              **popen: object) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl SPIDER` in a subprocess from the project root, into `db`; its exit code
    must be `expect` (None: any)."""
    proc = subprocess.run(crawl_command(db, *args, spider=spider), cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"}, **popen)
    if expect is not None:
        assert proc.returncode == expect, f"exit {proc.returncode}, expected {expect}\n" + proc.stderr[-3000:]
    return proc


def query(db: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A temporary copy of the shipped seed files."""
    dest = tmp_path / "seeds"
    dest.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, dest / f.name)
    return dest
