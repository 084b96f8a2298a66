"""A pool of worker processes for CPU-bound extraction, awaited from the crawl's event loop so
that the reactor never blocks on it (downloads go on while documents are read).

Each worker is a process of its own with a pipe to this one, fed one job at a time by a thread
that watches it: a worker that dies (killed by the OOM killer, crashed in a C library) costs the
job it was running and nothing else — no shared queue or manager thread to break, so no pool to
rebuild and nothing that can hang waiting for a dead process. The job is tried once more in a
fresh worker (the kill may have been meant for another process); a job that kills that one too
gets `WorkerDied`. Knows nothing of Scrapy.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import queue
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: How often a worker checks that the crawl that started it is alive.
WATCH_SECONDS = 0.5
#: How long a worker whose pipe closed is given to end before it is killed.
DEATH_GRACE = 1.0
#: Modules the fork server imports once, so that each worker starts with them loaded.
PRELOAD = ["clipper.extract"]


class WorkerDied(Exception):
    """The process reading a document died, twice: once in the pool, once alone."""


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _alive(pid: int) -> bool:
    """Is the process running (not gone, not a zombie its parent has yet to reap)?"""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _watch(crawl_pid: int) -> None:
    """A worker must not outlive the crawl (after a kill -9 of the crawl nobody would ever
    send it the word to stop)."""

    def watch() -> None:
        while True:
            time.sleep(WATCH_SECONDS)
            if not _alive(crawl_pid):
                os._exit(1)

    threading.Thread(target=watch, name="clipper-watch-crawl", daemon=True).start()


def _serve(conn: Connection, crawl_pid: int) -> None:
    """A worker's life: read a job, run it, send back ("ok", result) or ("error", exception),
    until told to stop (None) or the pipe closes."""
    _watch(crawl_pid)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, args = job
        try:
            reply: tuple[str, Any] = ("ok", fn(*args))
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the caller
            reply = ("error", exc)
        try:
            conn.send(reply)
        except Exception:  # an unpicklable result or exception: say what it was
            conn.send(("error", RuntimeError("".join(traceback.format_exception_only(type(reply[1]), reply[1])).strip())))


def _context() -> multiprocessing.context.BaseContext:
    # Not fork: the crawl process runs an event loop and threads (sqlite, Twisted) that a
    # forked child must not inherit; the fork server is a clean process.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


class _Died(Exception):
    """The worker running a job died before it answered."""


class _Worker:
    """One worker process and its end of the pipe; started on first use, again after a death."""

    def __init__(self, ctx: multiprocessing.context.BaseContext) -> None:
        self.ctx = ctx
        self.proc: Any = None
        self.conn: Connection | None = None

    def _start(self) -> None:
        mine, theirs = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_serve, args=(theirs, os.getpid()), daemon=True, name="clipper-extract")
        try:
            proc.start()
        except BaseException:
            mine.close()
            raise
        finally:
            theirs.close()
        self.proc, self.conn = proc, mine

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
        """Run one job; `_Died` when the process ended before it answered (it is then gone:
        the next call starts a fresh one)."""
        if self.proc is not None and not self.proc.is_alive():
            logger.warning("an extraction worker died while idle (exit code %s); a fresh one is started",
                           self.proc.exitcode)
            self.stop()
        if self.proc is None:
            self._start()
        assert self.conn is not None and self.proc is not None
        try:
            self.conn.send((fn, args))
            while True:
                ready = wait([self.conn, self.proc.sentinel])
                if self.conn in ready:
                    return self.conn.recv()
                if self.proc.sentinel in ready:
                    raise EOFError("the process ended")
        except (EOFError, OSError) as exc:
            # A pipe that closed may be seen before the process has ended: reap it first, or
            # the next job would be sent to the dead one.
            self.proc.join(DEATH_GRACE)
            code = self.proc.exitcode
            self.stop()
            raise _Died(f"exit code {code}" if code is not None else f"{type(exc).__name__}: {exc}") from exc

    def stop(self, timeout: float = 0.0) -> None:
        if self.conn is not None:
            try:
                if self.proc is not None and self.proc.is_alive():
                    self.conn.send(None)
            except OSError:  # (a broken pipe: the worker is gone)
                pass
            self.conn.close()
            self.conn = None
        if self.proc is not None:
            self.proc.join(timeout)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join(1.0)
            self.proc = None


class WorkerPool:
    """`await pool.run(fn, *args)`: fn(*args) in a worker process (in this process when
    `workers` is 0). fn and args must be picklable; exceptions fn raises are raised here."""

    def __init__(self, workers: int) -> None:
        self.workers = max(0, workers)
        self.restarts = 0
        self._jobs: queue.Queue[tuple[Callable[..., Any], tuple[Any, ...], Future[Any]] | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def _ensure_started(self) -> None:
        with self._lock:
            if self._threads:
                return
            ctx = _context()
            for k in range(self.workers):
                t = threading.Thread(target=self._feed, args=(_Worker(ctx),), name=f"clipper-worker-{k}", daemon=True)
                t.start()
                self._threads.append(t)

    def _feed(self, worker: _Worker) -> None:
        """One worker's thread: its jobs one at a time, a second try in a fresh process when
        the first died."""
        try:
            while (job := self._jobs.get()) is not None:
                fn, args, fut = job
                if not fut.set_running_or_notify_cancel():
                    continue
                for attempt in (1, 2):
                    try:
                        status, value = worker.call(fn, args)
                    except _Died as why:
                        self.restarts += 1
                        logger.warning("an extraction worker died (%s); the document it held is read again in a fresh one"
                                       if attempt == 1 else "an extraction worker died again on the same document (%s)", why)
                        if attempt == 2:
                            fut.set_exception(WorkerDied("the worker process reading it died (killed or crashed), "
                                                         "also when read again in a fresh one"))
                        continue
                    except BaseException as exc:  # noqa: BLE001 — e.g. fn or args not picklable
                        fut.set_exception(exc)
                    else:
                        (fut.set_result if status == "ok" else fut.set_exception)(value)
                    break
        finally:
            worker.stop(timeout=5.0)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self.workers == 0:
            return fn(*args)
        self._ensure_started()
        fut: Future[T] = Future()
        self._jobs.put((fn, args, fut))
        return await asyncio.wrap_future(fut)

    def close(self) -> None:
        """Stop the workers (each finishes the job it runs) and wait for them."""
        with self._lock:
            threads, self._threads = self._threads, []
        for _ in threads:
            self._jobs.put(None)
        for t in threads:
            t.join()
