"""Run extractors a page corpus was made without on its PDFs, and add their texts to it: a new
real extractor tried on pages no rule was written for.

    .venv/bin/python -m bench.pages.extract_more --corpus bench/typst_pages/dev pymupdf pymupdf-sort

A text is kept, as `make typst-pages` keeps one, only when it lost and invented no character: the
characters drawn on a page are those of a text already kept from it (every kept text holds them
all). What became of each page is written to the corpus's manifest.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from bench.pages.extractors import EXTRACTORS, extract_all

logger = logging.getLogger(__name__)


def extract_more(corpus: Path, names: list[str]) -> dict[str, int]:
    """Add the texts of `names` to `corpus`; returns how many pages each kept."""
    manifest_path = corpus / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    kept = dict.fromkeys(names, 0)
    for entry in manifest:
        stem = entry["page"]
        known = next((n for n, how in entry["extractions"].items() if how == "kept" and n not in names), None)
        if known is None:
            logger.warning("%s: no kept text to check against; skipped", stem)
            continue
        drawn = [(corpus / "text" / known / f"{stem}.{known}.txt").read_text(encoding="utf-8")]
        pdf = (corpus / "pdf" / f"{stem}.pdf").read_bytes()
        outcome = extract_all(pdf, drawn, corpus, stem, names)
        entry["extractions"].update(outcome)
        for name, how in outcome.items():
            kept[name] += how == "kept"
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("extractors", nargs="+", choices=sorted(EXTRACTORS))
    ap.add_argument("--corpus", type=Path, action="append", required=True, help="a page corpus (repeatable)")
    args = ap.parse_args(argv)
    for corpus in args.corpus:
        kept = extract_more(corpus, args.extractors)
        print(f"{corpus}: " + ", ".join(f"{n} kept {k}" for n, k in kept.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
