"""Faults an operator meets, tried for real: signals, kill -9, overlapping runs, unreadable and
vanished folders, a full disk, bad paths. In each, the archive loses nothing and the exit code
and the runs row say what happened."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import (ERRORS, FAILED, INTERRUPTED, OK, REFUSED, ROOT, SEEDS, BIN, crawl_command, query,
                      run_crawl)
from clipper.lock import RunLock

NEWSPAPERS = sorted(SEEDS.glob("00[0-3]_*.txt"))


def corpus(folder: Path, copies: int) -> Path:
    """`copies` × the four newspaper seeds, each copy with its own line so each is a document."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for f in NEWSPAPERS:
            text = f.read_text(encoding="utf-8") + f"\n\n本报讯 第{i}份副本的说明文字。\n"
            (folder / f"{f.stem}_{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def counts(db: Path) -> tuple[int, int, int]:
    return (query(db, "select count(*) from documents")[0][0], query(db, "select count(*) from articles")[0][0],
            query(db, "select count(*) from article_sources")[0][0])


def last_run(db: Path) -> sqlite3.Row:
    return query(db, "select * from runs order by id desc limit 1")[0]


def start_crawl(db: Path, *args: str, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(crawl_command(db, *args), cwd=ROOT, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **popen)


def wait_for_stored(db: Path, run_id: int, at_least: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            rows = query(db, "select documents_ok from runs where id = ?", (run_id,))
        except sqlite3.Error:
            rows = []
        if rows and (rows[0][0] or 0) >= at_least:
            return
        time.sleep(0.05)
    raise AssertionError(f"run {run_id} did not store {at_least} documents in {timeout} s")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_crawl_forgets_nothing(tmp_path: Path, sig: signal.Signals) -> None:
    folder = corpus(tmp_path / "in", 25)
    db = tmp_path / "a.db"
    run_crawl(db, "-a", f"path={folder}")
    before = counts(db)
    first_seen = {r[0]: r[1] for r in query(db, "select id, first_seen from articles")}
    # Every file read again (an unchanged one would be skipped), so that the signal comes mid-crawl.
    proc = start_crawl(db, "-a", f"path={folder}", "-s", "CLIPPER_BATCH_SIZE=4", "-s", "CLIPPER_REPROCESS=all")
    wait_for_stored(db, 2, 4)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == INTERRUPTED, err[-2000:]
    run = last_run(db)
    assert run["status"] == "interrupted" and "nothing forgotten" in run["error"]
    assert 4 <= run["documents_ok"] < 100 and run["articles_removed"] == 0
    assert counts(db) == before
    assert {r[0]: r[1] for r in query(db, "select id, first_seen from articles")} == first_seen
    run_crawl(db, "-a", f"path={folder}")
    assert counts(db) == before and last_run(db)["status"] == "ok"


def test_kill_9_mid_crawl_keeps_the_archive_whole(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 25)
    db = tmp_path / "k.db"
    proc = start_crawl(db, "-a", f"path={folder}", "-s", "CLIPPER_BATCH_SIZE=4")
    wait_for_stored(db, 1, 8)
    proc.kill()
    proc.communicate(timeout=30)
    assert query(db, "pragma integrity_check")[0][0] == "ok"
    assert query(db, "select count(*) from article_sources where article_id not in (select id from articles)")[0][0] == 0
    summary = subprocess.run([str(BIN / "clipper"), "summary", "--db", str(db)], capture_output=True, text=True)
    assert "interrupted (the process died" in summary.stdout and "0 documents read" not in summary.stdout
    run_crawl(db, "-a", f"path={folder}")
    runs = query(db, "select status from runs order by id")
    assert [r[0] for r in runs] == ["interrupted", "ok"]
    full = tmp_path / "full.db"
    run_crawl(full, "-a", f"path={folder}")
    assert counts(db) == counts(full)


def test_a_second_run_is_refused_while_the_first_holds_the_archive(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 1)
    db = tmp_path / "l.db"
    run_crawl(db, "-a", f"path={folder}")
    before = counts(db), len(query(db, "select * from runs"))
    holder = RunLock.for_database(db)
    holder.acquire()
    try:
        proc = run_crawl(db, "-a", f"path={folder}", expect=REFUSED)
        assert "another clipper run holds" in proc.stderr and f"pid {os.getpid()}" in proc.stderr
        assert (counts(db), len(query(db, "select * from runs"))) == before, "a refused run writes nothing"
        # With CLIPPER_LOCK_WAIT the second run waits for the first to finish.
        waiting = start_crawl(db, "-a", f"path={folder}", "-s", "CLIPPER_LOCK_WAIT=30")
        time.sleep(1.5)
        assert waiting.poll() is None
    finally:
        holder.release()
    _, err = waiting.communicate(timeout=60)
    assert waiting.returncode == OK, err[-2000:]
    assert last_run(db)["status"] == "ok"


def test_a_dead_holders_lock_is_taken_over(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 1)
    db = tmp_path / "d.db"
    code = f"from clipper.lock import RunLock; import time; lock = RunLock.for_database({str(db)!r}); lock.acquire(); time.sleep(60)"
    holder = subprocess.Popen([str(BIN / "python"), "-c", code], cwd=ROOT)
    deadline = time.monotonic() + 20
    while not RunLock.for_database(db).is_held_elsewhere():
        assert time.monotonic() < deadline, "the holder never took the lock"
        time.sleep(0.05)
    holder.kill()
    holder.wait()
    run_crawl(db, "-a", f"path={folder}")


def test_an_unreadable_folder_forgets_nothing(tmp_path: Path) -> None:
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: a folder cannot be made unreadable")
    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"clipper-unreadable-{os.getpid()}"
    shutil.rmtree(base, ignore_errors=True)
    folder = corpus(base / "in" / "a", 1).parent
    corpus(folder / "b", 1)
    db = base / "u.db"
    base.chmod(0o777)
    try:
        run_crawl(db, "-a", f"path={folder}")
        before = counts(db)
        (folder / "b").chmod(0)
        # Root reads any folder: drop the capabilities that let it, for this crawl only.
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
                  "--inh-caps=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
        proc = subprocess.run(prefix + crawl_command(db, "-a", f"path={folder}"), cwd=ROOT, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == ERRORS, proc.stderr[-2000:]
        assert counts(db)[1:] == before[1:], "no article removed"
        run = last_run(db)
        assert run["status"] == "errors" and "cannot list folder" in run["error"] and run["articles_removed"] == 0
        rows = query(db, "select url, error from documents where status = 'error'")
        assert [r["url"].endswith("/b/") for r in rows] == [True] and "Permission denied" in rows[0]["error"]
    finally:
        (folder / "b").chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_a_folder_suddenly_empty_forgets_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "share", 2)
    db = tmp_path / "e.db"
    run_crawl(db, "-a", f"path={folder}")
    before = counts(db)
    moved = tmp_path / "elsewhere"
    folder.rename(moved)
    folder.mkdir()  # the mount point of a share that is not mounted
    proc = run_crawl(db, "-a", f"path={folder}", expect=ERRORS)
    assert "gave no document while the archive holds 8" in proc.stderr
    assert counts(db) == before and last_run(db)["status"] == "errors"
    folder.rmdir()
    proc = run_crawl(db, "-a", f"path={folder}", expect=FAILED)
    assert "does not exist" in proc.stderr and counts(db) == before
    assert last_run(db)["status"] == "failed"
    moved.rename(folder)
    run_crawl(db, "-a", f"path={folder}")
    assert counts(db) == before


def test_a_full_disk_fails_the_run_and_keeps_what_was_stored(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 2)
    db = tmp_path / "f.db"
    run_crawl(db, "-a", f"path={folder}")
    before = counts(db)
    more = corpus(tmp_path / "in" / "more", 40)
    size = db.stat().st_size + (db.with_name(db.name + "-wal").stat().st_size
                                if db.with_name(db.name + "-wal").exists() else 0)

    def small_disk() -> None:
        # Files may grow to 256 kB more than the archive is now: writes past it fail as on a
        # full disk (EFBIG; Python ignores SIGXFSZ).
        limit = size + 256 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = run_crawl(db, "-a", f"path={tmp_path / 'in'}", expect=FAILED, preexec_fn=small_disk)
    assert "cannot write to" in proc.stderr and "not stored" in proc.stderr
    assert query(db, "pragma integrity_check")[0][0] == "ok"
    docs, arts, sources = counts(db)
    assert docs >= before[0] and arts >= before[1]
    # Every stored document has all its sources: batches are whole or absent.
    stored = query(db, "select d.id, count(s.position) n from documents d left join article_sources s "
                       "on s.document_id = d.id where d.status = 'ok' group by d.id")
    assert all(r["n"] > 0 for r in stored)
    assert more.exists()


def test_exit_codes_of_bad_configuration(tmp_path: Path) -> None:
    bad = tmp_path / "portals.toml"
    bad.write_text('[[portal]]\nname = "x"\nstart_urls = ["http://127.0.0.1:9/"]\narticle = ["/"]\nenabled = "false"\n')
    proc = run_crawl(tmp_path / "c.db", "-s", f"CLIPPER_PORTALS={bad}", spider="portals", expect=FAILED)
    assert "'enabled' must be true or false" in proc.stderr
    bad.write_text("[[portal]\n")
    proc = run_crawl(tmp_path / "c.db", "-s", f"CLIPPER_PORTALS={bad}", spider="portals", expect=FAILED)
    assert "not valid TOML" in proc.stderr
    proc = run_crawl(tmp_path / "c.db", "-a", f"urls={tmp_path / 'none.txt'}", spider="portals", expect=FAILED)
    assert "cannot read" in proc.stderr
    assert last_run(tmp_path / "c.db")["status"] == "failed"
