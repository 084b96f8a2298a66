"""A pool of worker processes for CPU-bound extraction, awaited from the crawl's event loop so
that the reactor never blocks on it (downloads go on while documents are read).

Each worker is a process of its own with a pipe to this one, fed one job at a time from the
event loop, which watches the pipe and the process: a worker that dies (killed by the OOM
killer, crashed in a C library) costs the job it was running and nothing else — no shared queue
or manager thread to break, so no pool to rebuild and nothing that can hang waiting for a dead
process. The job is tried once more in a
fresh worker (the kill may have been meant for another process); a job that kills that one too
gets `WorkerDied`. Knows nothing of Scrapy.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
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


class ExtractionTimedOut(Exception):
    """A job ran past the pool's timeout; the worker running it was stopped."""


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
    """One worker process and its end of the pipe; started on first use, again after a death.
    Driven from the event loop: the pipe and the process sentinel are watched by the loop, so no
    thread of this process waits on a worker (threads woken by the pipe would contend for the
    GIL with the crawl's own thread and leave the workers idle)."""

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

    async def call(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float | None) -> tuple[str, Any]:
        """Run one job; `_Died` when the process ended before it answered (it is then gone:
        the next call starts a fresh one), ExtractionTimedOut past `timeout` seconds."""
        loop = asyncio.get_running_loop()
        if self.proc is not None and not self.proc.is_alive():
            logger.warning("an extraction worker died while idle (exit code %s); a fresh one is started",
                           self.proc.exitcode)
            self.stop()
        if self.proc is None:
            # (the first start launches the fork server, which imports the extraction code:
            # not in the loop's thread)
            await loop.run_in_executor(None, self._start)
        assert self.conn is not None and self.proc is not None
        conn, proc = self.conn, self.proc
        try:
            try:
                conn.send((fn, args))
            except (EOFError, OSError):
                pass  # (a worker gone between the check and the send: its sentinel says so below)
            answered = loop.create_future()
            fds = (conn.fileno(), proc.sentinel)
            for fd in fds:
                loop.add_reader(fd, lambda: answered.done() or answered.set_result(None))
            try:
                await asyncio.wait_for(answered, timeout)
            except TimeoutError:
                # (before the handlers below: TimeoutError is an OSError, not a death)
                raise ExtractionTimedOut(f"it took longer than {timeout:g} s; the worker reading it "
                                         f"was stopped") from None
            finally:
                for fd in fds:
                    loop.remove_reader(fd)
            if conn.poll():
                return conn.recv()
            raise EOFError("the process ended")
        except (EOFError, OSError) as exc:
            # A pipe that closed may be seen before the process has ended: reap it first, or
            # the next job would be sent to the dead one.
            proc.join(DEATH_GRACE)
            code = proc.exitcode
            self.stop()
            raise _Died(f"exit code {code}" if code is not None else f"{type(exc).__name__}: {exc}") from exc
        except BaseException:
            # Cancelled or timed out while the worker holds a job: its answer would be taken for
            # the next job's, so the worker goes.
            self.stop()
            raise

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
    `workers` is 0). fn and args must be picklable; exceptions fn raises are raised here; a job
    running past `timeout` seconds raises ExtractionTimedOut (no timeout without workers: the
    job runs in this process). Used from one event loop."""

    def __init__(self, workers: int, timeout: float | None = None) -> None:
        self.workers = max(0, workers)
        self.timeout = timeout if timeout and timeout > 0 else None
        self.restarts = 0
        self._all: list[_Worker] = []
        self._idle: list[_Worker] = []
        self._free: asyncio.Semaphore | None = None

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self.workers == 0:
            return fn(*args)
        if self._free is None:
            ctx = _context()
            self._all = [_Worker(ctx) for _ in range(self.workers)]
            self._idle = list(self._all)
            self._free = asyncio.Semaphore(self.workers)
        async with self._free:
            worker = self._idle.pop()
            try:
                return await self._run_on(worker, fn, args)
            finally:
                self._idle.append(worker)

    async def _run_on(self, worker: _Worker, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        """One job on one worker, a second try in a fresh process when the first died."""
        for attempt in (1, 2):
            try:
                status, value = await worker.call(fn, args, self.timeout)
            except _Died as why:
                self.restarts += 1
                logger.warning("an extraction worker died (%s); the document it held is read again in a fresh one"
                               if attempt == 1 else "an extraction worker died again on the same document (%s)", why)
                continue
            if status == "ok":
                return value
            raise value
        raise WorkerDied("the worker process reading it died (killed or crashed), also when read again in a fresh one")

    def close(self) -> None:
        """Stop the workers (each finishes the job it runs) and wait for them."""
        workers, self._all, self._idle, self._free = self._all, [], [], None
        for worker in workers:
            worker.stop(timeout=5.0)
