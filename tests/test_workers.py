"""Extraction in worker processes: a worker that dies costs at most the document it was reading,
and what is stored does not depend on how many workers read it. Real processes, real crawls."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sqlite3
import time
from pathlib import Path

import pytest

from conftest import SEEDS, query, run_crawl
from test_faults import corpus, start_crawl, wait_for_stored

from clipper.workers import WorkerDied, WorkerPool


def test_a_dying_worker_costs_only_its_own_document() -> None:
    async def go() -> list[object]:
        pool = WorkerPool(2)
        try:
            jobs = [pool.run(len, "ab"), pool.run(os._exit, 3), pool.run(len, "abcd"), pool.run(sorted, "cba")]
            return await asyncio.gather(*jobs, return_exceptions=True)
        finally:
            pool.close()

    results = asyncio.run(go())
    assert results[0] == 2 and results[2] == 4 and results[3] == ["a", "b", "c"]
    assert isinstance(results[1], WorkerDied) and "died" in str(results[1])


def test_no_workers_reads_in_the_process() -> None:
    assert asyncio.run(WorkerPool(0).run(len, "abc")) == 3


def stored(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {
            "articles": con.execute("select id, title, subtitle, body, canonical_document_id from articles "
                                    "order by rowid").fetchall(),
            "sources": con.execute("select article_id, document_id, position, title from article_sources "
                                   "order by rowid").fetchall(),
            "documents": con.execute("select url, status, sha256, error from documents order by rowid").fetchall(),
        }
    finally:
        con.close()


def test_what_is_stored_does_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, folder / f.name)
        # A repost of each seed under another name: which copy is kept is decided by the order.
        text = f.read_text(encoding="utf-8")
        (folder / f"repost_{f.name}").write_text("转载自网络\n\n" + text, encoding="utf-8")
    one, three = tmp_path / "one.db", tmp_path / "three.db"
    run_crawl(one, "-a", f"path={folder}", "-s", "CLIPPER_WORKERS=1")
    run_crawl(three, "-a", f"path={folder}", "-s", "CLIPPER_WORKERS=3")
    a, b = stored(one), stored(three)
    assert a["articles"] and a == b


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
                todo.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the worker processes")
def test_a_worker_killed_mid_crawl_loses_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 10)
    db = tmp_path / "w.db"
    proc = start_crawl(db, "-a", f"path={folder}", "-s", "CLIPPER_BATCH_SIZE=4", "-s", "CLIPPER_WORKERS=2")
    wait_for_stored(db, 1, 4)
    # The workers are the fork server's children: the grandchildren of the crawl.
    deadline = time.monotonic() + 20
    while not (workers := [p for c in descendants(proc.pid) for p in descendants(c)]):
        assert time.monotonic() < deadline, "no worker process found"
        time.sleep(0.05)
    os.kill(workers[0], signal.SIGKILL)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError("the crawl did not end after a worker was killed\n" + err[-5000:])
    assert proc.returncode == 0, err[-3000:]
    assert query(db, "select count(*) from documents where status = 'ok'")[0][0] == 40
    assert "an extraction worker died" in err
    run = query(db, "select status, documents_ok from runs order by id desc limit 1")[0]
    assert tuple(run) == ("ok", 40)


def test_errors_come_back_and_the_pool_goes_on() -> None:
    async def go() -> list[object]:
        pool = WorkerPool(2)
        try:
            jobs = [pool.run(int, "x"), pool.run(len, "abc"), pool.run(os._exit, 9), pool.run(os._exit, 9),
                    pool.run(len, "abcdef")]
            return await asyncio.gather(*jobs, return_exceptions=True)
        finally:
            pool.close()

    results = asyncio.run(go())
    assert isinstance(results[0], ValueError) and results[1] == 3 and results[4] == 6
    assert all(isinstance(r, WorkerDied) for r in results[2:4])


def test_a_cancelled_job_does_not_hand_its_answer_to_the_next() -> None:
    """A job cancelled while its worker runs it (a crawl stopping): the worker's late answer
    must not be taken for the next job's."""

    async def go() -> tuple[object, object]:
        pool = WorkerPool(1)
        try:
            slow = asyncio.ensure_future(pool.run(time.sleep, 0.5))
            await asyncio.sleep(0.2)  # (the worker holds it now)
            slow.cancel()
            with pytest.raises(asyncio.CancelledError):
                await slow
            return await pool.run(len, "abc"), await pool.run(sorted, "ba")
        finally:
            pool.close()

    assert asyncio.run(go()) == (3, ["a", "b"])


def rendezvous(mine: str, other: str) -> bool:
    """Mark `mine`, then wait (10 s at most) for `other`: true only if both run at once."""
    Path(mine).touch()
    deadline = time.monotonic() + 10
    while not Path(other).exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_the_pool_runs_its_workers_at_once(tmp_path: Path) -> None:
    """Two workers run two jobs at the same time (driven from the event loop, no thread each)."""
    a, b = str(tmp_path / "a"), str(tmp_path / "b")

    async def go() -> list[bool]:
        pool = WorkerPool(2)
        try:
            return await asyncio.gather(pool.run(rendezvous, a, b), pool.run(rendezvous, b, a))
        finally:
            pool.close()

    assert asyncio.run(go()) == [True, True]


def test_a_document_that_takes_too_long_is_given_up_and_the_pool_goes_on() -> None:
    """A reader that never ends (a pathological input) must not hang the run: past the timeout
    the job fails with ExtractionTimedOut, its worker is stopped, the next job runs."""
    from clipper.workers import ExtractionTimedOut

    async def go() -> tuple[object, object, float]:
        pool = WorkerPool(1, timeout=0.5)
        try:
            t = time.monotonic()
            hung = await asyncio.gather(pool.run(time.sleep, 30), return_exceptions=True)
            waited = time.monotonic() - t
            return hung[0], await pool.run(len, "abcd"), waited
        finally:
            pool.close()

    hung, after, waited = asyncio.run(go())
    assert isinstance(hung, ExtractionTimedOut) and "0.5 s" in str(hung)
    assert after == 4 and waited < 20


def test_a_crawl_records_documents_whose_reading_timed_out(seed_copy: Path, tmp_path: Path) -> None:
    """CLIPPER_EXTRACT_TIMEOUT through a real crawl: a document whose reading outlasts it is an
    error row saying so (here every seed page: a limit far below what reading one takes), the
    run goes on to the end and exits 1 (errors), and a rerun with the default limit reads them."""
    db = tmp_path / "t.db"
    run_crawl(db, "-a", f"path={seed_copy}", "-s", "CLIPPER_WORKERS=1", "-s", "CLIPPER_EXTRACT_TIMEOUT=0.001",
              expect=1)
    rows = query(db, "select status, error from documents")
    assert len(rows) == 5 and all(r["status"] == "error" and "timed out (CLIPPER_EXTRACT_TIMEOUT)" in r["error"]
                                  for r in rows)
    run_crawl(db, "-a", f"path={seed_copy}", "-s", "CLIPPER_WORKERS=1")
    assert query(db, "select count(*) from documents where status = 'ok'")[0][0] == 5
