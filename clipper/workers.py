"""A pool of worker processes for CPU-bound extraction, awaited from the crawl's event loop so
that the reactor never blocks on it (downloads go on while documents are read).

A worker that dies (killed by the OOM killer, crashed in a C library) breaks the whole process
pool: every document in flight then fails together. Each of them is tried again alone in a
fresh process; the one that kills that process too is the culprit and gets `WorkerDied`, the
others get their result. Knows nothing of Scrapy.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: How often a worker checks that the crawl that started it is alive.
WATCH_SECONDS = 0.5
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
    """Worker initializer: a worker must not outlive the crawl. (Workers hold the fork server's
    alive pipe, so after a kill -9 of the crawl neither would ever end; a worker whose result
    nobody reads would block for ever.)"""

    def watch() -> None:
        while True:
            time.sleep(WATCH_SECONDS)
            if not _alive(crawl_pid):
                os._exit(1)

    threading.Thread(target=watch, name="clipper-watch-crawl", daemon=True).start()


def _context() -> multiprocessing.context.BaseContext:
    # Not fork: the crawl process runs an event loop and threads (sqlite, Twisted) that a
    # forked child must not inherit; the fork server is a clean process.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """`await pool.run(fn, *args)`: fn(*args) in a worker process (in this process when
    `workers` is 0). fn and args must be picklable; exceptions fn raises are raised here."""

    def __init__(self, workers: int) -> None:
        self.workers = max(0, workers)
        self._executor: Executor | None = None
        self._generation = 0
        self.restarts = 0

    def _pool(self) -> tuple[Executor, int]:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=_context(),
                                                 initializer=_watch, initargs=(os.getpid(),))
        return self._executor, self._generation

    def _replace(self, generation: int) -> None:
        """Drop a broken pool once, however many documents saw it break."""
        if generation == self._generation and self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
            self._generation += 1
            self.restarts += 1
            logger.warning("an extraction worker died; the pool is restarted and the documents it held are read again alone")

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self.workers == 0:
            return fn(*args)
        pool, generation = self._pool()
        try:
            return await asyncio.wrap_future(pool.submit(fn, *args))
        except BrokenProcessPool:
            self._replace(generation)
        return await self._alone(fn, *args)

    async def _alone(self, fn: Callable[..., T], *args: Any) -> T:
        one = ProcessPoolExecutor(max_workers=1, mp_context=_context(), initializer=_watch, initargs=(os.getpid(),))
        try:
            return await asyncio.wrap_future(one.submit(fn, *args))
        except BrokenProcessPool as exc:
            raise WorkerDied("the worker process reading it died (killed or crashed), also when read alone") from exc
        finally:
            one.shutdown(wait=False)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
