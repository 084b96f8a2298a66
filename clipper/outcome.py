"""How a run ended: its status (``runs.status``) and the exit code of the crawl command.

| status | meaning | exit |
| --- | --- | --- |
| ok | every input read and stored | 0 |
| errors | the run finished; some inputs could not be read (each one an error row) | 1 |
| failed | bad configuration, a missing path, or documents that could not be stored | 2 |
| refused | another run holds the archive's lock; nothing written | 3 |
| interrupted | stopped by a signal or killed; nothing was forgotten | 130 |

Pure: knows nothing of Scrapy or SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass

OK, ERRORS, FAILED, REFUSED, INTERRUPTED = "ok", "errors", "failed", "refused", "interrupted"
STATUSES = (OK, ERRORS, FAILED, REFUSED, INTERRUPTED)
EXIT_CODES = {OK: 0, ERRORS: 1, FAILED: 2, REFUSED: 3, INTERRUPTED: 130}


@dataclass(frozen=True)
class RunFacts:
    """What a crawl knows when it closes."""

    close_reason: str  # Scrapy's: finished, shutdown, cancelled, ...
    refused: bool = False
    fatal: str | None = None  # bad config, missing path, storage failure
    documents_failed: int = 0  # documents that could not be stored
    documents_error: int = 0  # inputs recorded as error rows
    walk_errors: int = 0  # folders or listings that could not be read


def run_status(facts: RunFacts) -> str:
    """The status of a run (worst first: refused, failed, interrupted, errors, ok)."""
    if facts.refused:
        return REFUSED
    if facts.fatal or facts.documents_failed:
        return FAILED
    if facts.close_reason != "finished":
        return INTERRUPTED
    if facts.documents_error or facts.walk_errors:
        return ERRORS
    return OK


def may_forget(facts: RunFacts) -> bool:
    """Deleting documents that a run did not see (and learning boilerplate from the archive) is
    safe only after a complete, clean walk of a run that finished normally."""
    return run_status(facts) in (OK, ERRORS) and not facts.walk_errors and facts.close_reason == "finished"


def exit_code(status: str) -> int:
    return EXIT_CODES.get(status, 2)
