"""One writer per archive: an exclusive lock held for the whole run.

The lock is ``flock`` on a file next to the database (``clipper.db.lock``), which holds the pid
and start time of its holder for the messages. The kernel releases a flock when its holder
dies, however it dies (kill -9 included), so a dead holder's lock is simply taken over; a live
one makes the next run wait up to ``CLIPPER_LOCK_WAIT`` seconds, then give up without writing.

Why not SQLite's own lock: a write transaction held for the whole run would keep every batch
uncommitted until the end (a killed run would lose all of it), and SQLite's lock is per
transaction, not per run. Readers (Datasette, sqlite3) are not affected: they never take this
lock, and WAL lets them read while the run writes.
"""

from __future__ import annotations

import fcntl
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO


class LockHeld(RuntimeError):
    """Another live process holds the archive's lock."""


@dataclass
class RunLock:
    path: Path
    handle: IO[str] | None = None

    @classmethod
    def for_database(cls, db_path: str | Path) -> RunLock:
        return cls(Path(f"{db_path}.lock"))

    def holder(self) -> str:
        """Who holds (or last held) the lock, as written in the lock file."""
        try:
            return self.path.read_text(encoding="utf-8").strip() or "unknown process"
        except OSError:
            return "unknown process"

    def acquire(self, wait: float = 0.0, poll: float = 0.2) -> None:
        """Take the lock, waiting up to `wait` seconds; LockHeld when it stays taken."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while locked
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.close()
                    raise LockHeld(f"another clipper run holds {self.path} ({self.holder()})") from None
                time.sleep(poll)
        handle.seek(0)
        handle.truncate()
        stamp = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        handle.write(f"pid {os.getpid()} since {stamp}\n")
        handle.flush()
        self.handle = handle

    def is_held_elsewhere(self) -> bool:
        """True when a live process other than this one holds the lock."""
        if self.handle is not None or not self.path.exists():
            return False
        with open(self.path, encoding="utf-8") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False

    def release(self) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle.fileno(), fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None
