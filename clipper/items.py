"""The item a spider yields: one input document, fetched or failed."""

from __future__ import annotations

from dataclasses import dataclass, field

from clipper.model import Extraction


@dataclass
class DocumentItem:
    """Raw bytes of one input and how fetching went; the pipelines fill `extraction`."""

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
