"""The item a spider yields: one input document, fetched or failed."""

from __future__ import annotations

from dataclasses import dataclass, field

from clipper.model import Extraction


@dataclass
class DocumentItem:
    """Raw bytes of one input and how fetching went; the pipelines fill `extraction`. Status
    ``ok``, ``error`` or ``unchanged`` (the input is as archived: not read or not extracted)."""

    url: str
    body: bytes = field(default=b"", repr=False)
    content_type: str | None = None
    fetched_at: str = ""
    status: str = "ok"
    error: str | None = None
    sha256: str | None = None
    #: The URL first asked for, when a redirect led to `url`.
    requested_url: str | None = None
    #: CSS selectors (title / body / date) of the portal the page comes from, if it has any.
    selectors: dict[str, str] | None = None
    extraction: Extraction | None = field(default=None, repr=False)
    #: A local file's size and mtime (ns), a page's ETag and Last-Modified: kept so that a
    #: later run can tell the input has not changed.
    size: int | None = None
    mtime_ns: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    #: The extraction rules that read it (clipper.extract.RULES_VERSION).
    rules_version: str | None = None
    #: Place of the input in the spider's order (local files: sorted path order): documents are
    #: stored in this order whatever order their extraction ends in. None: stored on arrival.
    seq: int | None = None
