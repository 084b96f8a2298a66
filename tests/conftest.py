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


def run_crawl(db: Path, *args: str, spider: str = "seeds", timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl SPIDER` in a subprocess from the project root, into `db`."""
    cmd = [str(BIN / "scrapy"), "crawl", spider, "-s", f"CLIPPER_DB={db}", "-s", "LOG_LEVEL=WARNING", *args]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
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
