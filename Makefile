# clipper: every target bootstraps .venv from pyproject.toml + constraints.txt when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= clipper.db
#: make refresh REPROCESS=1: read again what older extraction rules read (all: everything).
REPROCESS ?= 0

.PHONY: venv run refresh serve test bench score-artefacts bench-extract bench-decode bench-dedup bench-crawl bench-http bench-search fuzz screenshots score pages typst-pages score-pages clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## make run: crawl seeds/ into ./clipper.db and print a one-line summary (exit code: the run's status)
run: venv
	@status=0; $(BIN)/scrapy crawl seeds -s CLIPPER_DB=$(DB) -s LOG_LEVEL=WARNING || status=$$?; \
	$(BIN)/clipper summary --db $(DB); exit $$status

## make refresh: every crawl of the project (seeds, then the enabled portals of seeds/portals.toml) into the database (for cron), skipping unchanged input (REPROCESS=1: read again what older rules read); exits with the worst status of the two
refresh: venv
	@status=0; \
	$(BIN)/scrapy crawl seeds -s CLIPPER_DB=$(DB) -s CLIPPER_REPROCESS=$(REPROCESS) -s LOG_LEVEL=WARNING || status=$$?; \
	$(BIN)/clipper summary --db $(DB); \
	$(BIN)/scrapy crawl portals -s CLIPPER_DB=$(DB) -s CLIPPER_REPROCESS=$(REPROCESS) -s LOG_LEVEL=WARNING || { s=$$?; [ $$s -gt $$status ] && status=$$s; }; \
	$(BIN)/clipper summary --db $(DB); \
	exit $$status

## make serve: browse the database in Datasette (127.0.0.1:8001; /-/search?q=… searches: ranked matches with their passage, count, facets)
serve: venv
	$(BIN)/datasette serve $(DB) --host 127.0.0.1 --metadata metadata.yml --template-dir templates --setting default_page_size 50 --setting suggest_facets off

## make test: the whole test suite
test: venv
	$(BIN)/python -m pytest -q

## make score: crawl the seeds into a scratch database and score it against ../shared/gold
score: venv
	rm -f /tmp/clipper-score.db*
	$(BIN)/scrapy crawl seeds -s CLIPPER_DB=/tmp/clipper-score.db -s LOG_LEVEL=WARNING
	$(BIN)/python ../shared/eval/score.py /tmp/clipper-score.db

## make bench: benchmarks that print figures (not tests)
bench: score score-pages score-artefacts bench-decode bench-extract bench-dedup bench-crawl bench-http bench-search

## make pages: typeset the page corpus (bench/pages/corpus) anew: PDFs, their extractions, their truth
pages: venv
	$(BIN)/python -m bench.pages.make

## make typst-pages: typeset the typst page corpus anew (bench/typst_pages/dev, dev2 … dev8 and heldout: pages set by typst from articles written for it)
typst-pages: venv
	$(BIN)/python -m bench.typst_pages.make

## make score-pages: clipper on the page corpora (reportlab; typst dev, dev2 … dev8; typst held out), per extractor and on the PDFs, with the seeds' scorer
#: The typst dev sets (what each holds: bench/typst_pages/make.py); the held-out set is scored last.
TYPST_DEV_SETS = dev dev2 dev3 dev4 dev5 dev6 dev7 dev8
score-pages: venv
	$(BIN)/python -m bench.pages.score
	@for s in $(TYPST_DEV_SETS); do \
		echo "typst pages, dev set $$s (bench/typst_pages/make.py says what it holds):"; \
		$(BIN)/python -m bench.pages.score --corpus bench/typst_pages/$$s || exit 1; \
	done
	@echo "typst pages, held-out set (pool B: no rule is written from it):"
	$(BIN)/python -m bench.pages.score --corpus bench/typst_pages/heldout

## make score-artefacts: page texts with what real extractors and PDF fonts add (trailing spaces, radicals for characters, letter-spacing …), scored next to the unchanged texts
score-artefacts: venv
	$(BIN)/python -m bench.pages.artefacts

## make bench-extract: portal main-text extraction on ../shared/portal-dev and the made sets, clipper vs trafilatura vs readability
bench-extract: venv
	@# readability-lxml (for comparison only) pins chardet < 6; clipper compares chardet 7 and uses charset-normalizer
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps readability-lxml==0.9
	$(BIN)/python bench/bench_extract.py

## make screenshots: the browser tests save the README tour's pictures in docs/ (needs chromium)
screenshots: venv
	CLIPPER_SCREENSHOTS=docs $(BIN)/python -m pytest -q -p no:logging tests/test_datasette_browser.py

## make fuzz: the property tests of the pure core with many examples (CLIPPER_FUZZ_EXAMPLES, default 5000)
fuzz: venv
	CLIPPER_FUZZ_EXAMPLES=$${CLIPPER_FUZZ_EXAMPLES:-5000} $(BIN)/python -m pytest -q -p no:logging tests/test_properties.py

## make bench-crawl: the crawl of 1k/5k/10k made local documents (first run, no-op rerun, one changed file) vs a bare spider and the pure extraction loop
bench-crawl: venv
	$(BIN)/python bench/bench_crawl.py

## make bench-http: the crawl of 4,000 portal pages from a loopback HTTP server vs a bare spider fetching them
bench-http: venv
	$(BIN)/python bench/bench_http.py --pages 4000

## make bench-search: the Chinese search index on 100,000 made articles vs a LIKE scan (same rows; ms per query: all rows, the search box, the canned searches)
bench-search: venv
	$(BIN)/python bench/bench_search.py

## make bench-decode: encoding detection, chardet 7 vs charset-normalizer, and clipper's decoding
bench-decode: venv
	$(BIN)/python bench/bench_decode.py

## make bench-dedup: near-duplicate search at 10k/30k/100k made articles (time, peak memory, pair P/R),
## then reposts as content farms make them (five sets of farms: dev, dev2, dev3, heldout2, held out), crawled: pair P/R per kind of noise
bench-dedup: venv
	$(BIN)/python bench/bench_dedup.py
	$(BIN)/python bench/bench_reposts.py --set dev
	$(BIN)/python bench/bench_reposts.py --set dev2
	$(BIN)/python bench/bench_reposts.py --set dev3
	$(BIN)/python bench/bench_reposts.py --set dev4
	$(BIN)/python bench/bench_reposts.py --set heldout2
	$(BIN)/python bench/bench_reposts.py --set heldout

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
