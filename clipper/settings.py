"""Scrapy settings for clipper. Every clipper setting has the CLIPPER_ prefix and can be given
on the command line: ``scrapy crawl seeds -s CLIPPER_DB=archive.db``."""

from __future__ import annotations

BOT_NAME = "clipper"
SPIDER_MODULES = ["clipper.spiders"]
NEWSPIDER_MODULE = "clipper.spiders"
#: `scrapy crawl` with exit codes that say how the run ended (clipper.commands.crawl).
COMMANDS_MODULE = "clipper.commands"

#: The SQLite archive the crawl writes (relative to the working directory).
CLIPPER_DB = "clipper.db"
#: Documents written per transaction.
CLIPPER_BATCH_SIZE = 20
#: Folder the `seeds` spider reads when no `-a path=` is given.
CLIPPER_SEEDS_DIR = "seeds"
#: The portals the `portals` spider crawls (format in the README).
CLIPPER_PORTALS = "seeds/portals.toml"
#: Fetch article pages again even when the database already holds them.
CLIPPER_REFETCH = False
#: Read again inputs that have not changed: 0 never (a refresh skips them), 1 those read by
#: older extraction rules (after an upgrade), all every one.
CLIPPER_REPROCESS = "0"
#: Seconds a run waits for another run that holds the archive's lock before giving up (exit 3).
CLIPPER_LOCK_WAIT = 0
#: Largest input read (bytes): a bigger file or page becomes an error row "too large: …".
CLIPPER_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
#: Keep each document's decoded text in documents.text (False: not kept; articles always are).
CLIPPER_KEEP_TEXT = True
#: Worker processes that extract documents ("auto": one per core; 0: in the crawl process).
CLIPPER_WORKERS = "auto"
#: Seconds a worker may spend on one document (the largest real page takes seconds) before it
#: is stopped and the document becomes an error row; 0: no limit. Not applied with 0 workers.
CLIPPER_EXTRACT_TIMEOUT = 300
#: Check every request and redirect hop against the address policy (clipper.netpolicy).
CLIPPER_SAFE_REQUESTS = True

DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100) and everything else: nothing leaves before the policy allows it.
    "clipper.middlewares.safety.SafeRequestsMiddleware": 50,
}

ITEM_PIPELINES = {
    "clipper.pipelines.extract.ExtractPipeline": 300,
    "clipper.pipelines.store.StorePipeline": 800,
}

#: Says what is fetching; put your contact in it for the portals you crawl (-s USER_AGENT=...).
USER_AGENT = "clipper/0.1 (news archiver built on Scrapy)"
ROBOTSTXT_OBEY = True
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
CONCURRENT_REQUESTS_PER_DOMAIN = 4
#: Items of one response processed at a time. clipper's spiders yield one document per
#: response, and Scrapy starts this many tasks for every response's output whatever it holds:
#: its default (100) cost a fifth of an HTTP crawl's time. Documents of different responses
#: still go through the pipelines side by side (CONCURRENT_REQUESTS of them).
CONCURRENT_ITEMS = 1
DOWNLOAD_DELAY = 0.25
COOKIES_ENABLED = False
#: No Referer header to another host.
REFERER_POLICY = "same-origin"
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
