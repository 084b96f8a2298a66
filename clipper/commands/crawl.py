"""`scrapy crawl SPIDER`, exiting with the status of the run (clipper.outcome):

    0 ok   1 errors (some inputs unreadable, each recorded)   2 failed (bad config, missing path,
    documents not stored)   3 refused (another run holds the archive)   130 interrupted

Scrapy's own `crawl` exits 0 whatever happened; cron needs to know.
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from clipper.outcome import EXIT_CODES, FAILED, INTERRUPTED


class Command(ScrapyCrawl):
    def short_desc(self) -> str:
        return "Run a spider of the project; the exit code says how the run ended"

    def long_desc(self) -> str:
        return ("Run a spider (seeds, portals). Exit codes: 0 ok, 1 errors (some inputs could not "
                "be read; each is a documents row with the reason), 2 failed (bad configuration, a "
                "missing path, documents that could not be stored), 3 refused (another run holds "
                "the archive's lock), 130 interrupted (stopped by a signal; nothing forgotten).")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider: seeds or portals")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        code = crawler.stats.get_value("clipper/exit_code") if crawler.stats else None
        if code is None:
            # The store never closed its run: storage switched off (CLIPPER_DB empty), or the
            # crawl could not start, or it was stopped before the spider closed.
            if self.crawler_process.bootstrap_failed:
                code = EXIT_CODES[FAILED]
            elif crawler.stats and crawler.stats.get_value("finish_reason") not in (None, "finished"):
                code = EXIT_CODES[INTERRUPTED]
            else:
                code = 0
        self.exitcode = int(code)
