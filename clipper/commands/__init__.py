"""Scrapy commands of the project (COMMANDS_MODULE): `crawl` with honest exit codes."""
