"""The `clipper` command: look at one file without a database, or at the last crawl.

    clipper extract FILE [--url URL]   articles of one file as JSON lines
    clipper summary [--db PATH] [--last N]   the latest crawl(s) recorded in the database
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


# The modules each command needs are imported by it: `clipper extract` does not load storage,
# `clipper summary` does not load the extraction rules.


def _extract(args: argparse.Namespace) -> int:
    from clipper.extract import extract_document
    from clipper.model import InputError

    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        print(f"clipper: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    url = args.url or path.resolve().as_uri()
    try:
        result = extract_document(raw, url)
    except InputError as exc:
        print(f"clipper: {path}: {exc}", file=sys.stderr)
        return 1
    for art in result.articles:
        print(json.dumps(art.as_record(), ensure_ascii=False))
    print(f"clipper: {path}: {result.kind}, {result.encoding} ({result.encoding_source}), "
          f"{len(result.articles)} articles", file=sys.stderr)
    return 0


def _summary(args: argparse.Namespace) -> int:
    from clipper.extract import RULES_VERSION
    from clipper.lock import RunLock
    from clipper.storage import last_runs, read_by_older_rules

    if not Path(args.db).exists():
        print(f"clipper: no database at {args.db}", file=sys.stderr)
        return 1
    running = RunLock.for_database(args.db).is_held_elsewhere()
    lines = last_runs(args.db, max(1, args.last), running)
    print("\n".join(lines) if lines else "no run recorded")
    if older := read_by_older_rules(args.db, RULES_VERSION):
        print(f"{older} documents were read by older extraction rules than {RULES_VERSION}: "
              "`make refresh REPROCESS=1` reads them again")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clipper",
        description="clipper turns Chinese newspaper pages and portal pages into a clean SQLite "
                    "archive of articles. Crawls run with `scrapy crawl seeds` (local files) and "
                    "`scrapy crawl portals` (the portals of seeds/portals.toml; -a portal=NAME, "
                    "-a urls=FILE).")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the articles clipper makes from one file, as JSON lines",
                        description="Print the articles of FILE (a newspaper page as PDF, or as text "
                                    "as PDF extractors give it: one printed line per line, the page's "
                                    "layout kept, or rows across the columns; a portal page as HTML or "
                                    "text) as JSON lines (the `articles` fields "
                                    "plus `position`), without touching a database. A short report "
                                    "(kind, encoding, count) goes to stderr.")
    ex.add_argument("file", metavar="FILE")
    ex.add_argument("--url", help="record this URL as the article source (default: the file:// URL)")
    ex.set_defaults(func=_extract)
    sm = sub.add_parser("summary", help="one line on the latest crawl in the database",
                        description="Print, for the latest run recorded in the database (or the "
                                    "latest N), its spider, its status (ok, errors, failed, "
                                    "interrupted, running), documents read and articles new / "
                                    "updated / unchanged / removed, versions merged into articles "
                                    "seen elsewhere, and why it failed; and how many documents "
                                    "were read by older extraction rules (make refresh REPROCESS=1 "
                                    "reads them again).")
    sm.add_argument("--db", default="clipper.db", help="the archive (default: ./clipper.db)")
    sm.add_argument("--last", type=int, default=1, metavar="N", help="the latest N runs, newest first")
    sm.set_defaults(func=_summary)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
