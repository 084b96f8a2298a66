"""The Datasette UI of `make serve`, in a real headless Chromium: search, facets, an article page.

Needs the Debian packages `chromium` and `chromium-driver` (installed by .ci/run); skipped with
the reason when they are missing. With CLIPPER_SCREENSHOTS=DIR the tests save what they see as
PNG files there (`make screenshots` refreshes those of the README's tour in docs/)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import BIN, ROOT, run_crawl

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs chromium and chromium-driver (apt-get install chromium chromium-driver)")


def shot(browser, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save the page as DIR/name.png when CLIPPER_SCREENSHOTS=DIR is set."""
    folder = os.environ.get("CLIPPER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(Path(folder) / f"{name}.png"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path, seed_copy: Path) -> Iterator[str]:
    db = tmp_path / "clipper.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    port = free_port()
    # An article whose stored title looks like HTML: it must show as text.
    from clipper.storage import open_database

    archive = open_database(db)
    with archive.conn:
        archive.conn.execute("update articles set title = '<script>window.__clipper_xss = 1</script>' || title "
                             "where id = (select id from articles order by id limit 1)")
    archive.conn.close()
    proc = subprocess.Popen([str(BIN / "datasette"), "serve", str(db), "--metadata", str(ROOT / "metadata.yml"),
                             "--template-dir", str(ROOT / "templates"),
                             # (room for a loaded CI machine: facets and queries past Datasette's
                             # default limits are left out or interrupted, not failed)
                             "--setting", "facet_time_limit_ms", "5000", "--setting", "sql_time_limit_ms", "10000",
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def present(browser, css: str, timeout: float = 10.0) -> list:  # type: ignore[no-untyped-def]
    """The elements matching `css` once there are any (a loaded machine renders late), or []."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(browser, timeout).until(lambda b: b.find_elements(By.CSS_SELECTOR, css))
    except TimeoutException:
        return []


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_window_size(1280, 900)
    try:
        yield driver
    finally:
        driver.quit()


def test_search_facets_and_article_page(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    # (the table view of a search: one more parameter than the box sends keeps the table)
    browser.get(f"{served}/clipper/articles?_search={quote('赵丑丑')}&_size=50")
    table = browser.find_element(By.CSS_SELECTOR, "table.rows-and-columns").text
    assert "安下心扑下身扎下根 真帮实干为群众排忧解难" in table
    assert "1 row" in browser.find_element(By.CSS_SELECTOR, "h3").text

    browser.get(f"{served}/clipper/articles")
    facets = {el.get_attribute("data-column") for el in present(browser, ".facet-info")}
    assert {"place", "kind", "publication"} <= facets
    assert "民主协商报" in browser.find_element(By.CSS_SELECTOR, '.facet-info[data-column="publication"]').text
    shot(browser, "tour-articles")

    link = browser.find_element(By.CSS_SELECTOR, "table.rows-and-columns td.col-id a")
    link.click()
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "body" in page and "first_seen" in page
    assert "Links from other tables" in page or "article_sources" in page


def like_titles(db: Path, term: str) -> set[str]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {t or "(no title)" for (t,) in con.execute(
            "select title from articles where (coalesce(title, '') || ' ' || body) like ?", [f"%{term}%"])}
    finally:
        con.close()


def match_count(browser) -> int:  # type: ignore[no-untyped-def]
    """The count the search page shows once it has fetched it."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda b: b.execute_script(
        "var e = document.getElementById('match-count'); return e && e.hasAttribute('data-count')"))
    return int(browser.execute_script("return document.getElementById('match-count').getAttribute('data-count')"))


def test_the_search_box_finds_two_character_words(served: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The box of `articles` goes to the search page, which lists exactly the articles holding
    the word (as a LIKE scan finds them), each with its passage marked, and counts them."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{served}/clipper/articles")
    box = browser.find_element(By.CSS_SELECTOR, "input#_search")
    box.send_keys("提案", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: "/-/search?" in b.current_url)
    expected = like_titles(tmp_path / "clipper.db", "提案")
    titles = {a.text for a in present(browser, "ol.hits li.hit a.hit-title")}
    assert titles == expected and expected
    assert match_count(browser) == len(expected)
    marks = browser.find_elements(By.CSS_SELECTOR, "ol.hits .passage mark")
    assert marks and all(m.text == "提案" for m in marks)
    assert present(browser, '.facets .facet[data-column="publication"] li')
    shot(browser, "tour-search")


def test_the_search_page_narrows_by_a_facet_and_finds_one_character(served: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{served}/-/search?q={quote('协')}")
    total = match_count(browser)
    assert total == len(like_titles(tmp_path / "clipper.db", "协")) > 0
    link = present(browser, '.facets .facet[data-column="place"] li a')[0]
    value, shown = link.text, int(link.find_element(By.XPATH, "..").text.rsplit(" ", 1)[1].replace(",", ""))
    link.click()
    WebDriverWait(browser, 10).until(lambda b: "place=" in b.current_url)
    assert match_count(browser) == shown < total
    assert value in browser.find_element(By.CSS_SELECTOR, '.chosen-facet[data-column="place"]').text
    # stored HTML-looking text shows as text on the search page too
    browser.get(f"{served}/-/search?q=script")
    assert any("<script>" in a.text for a in present(browser, "a.hit-title"))
    assert browser.execute_script("return window.__clipper_xss === undefined")


def test_an_article_page_reads_as_an_article(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(f"{served}/clipper/articles/{quote(first_article_id(served))}")
    title = browser.find_element(By.CSS_SELECTOR, "h1.article-title").text
    assert title.startswith("<script>window.__clipper_xss = 1</script>"), "stored HTML-looking text shows as text"
    paragraphs = browser.find_elements(By.CSS_SELECTOR, ".clipper-article .body p.para")
    assert len(paragraphs) >= 2 and all(p.text for p in paragraphs)
    sources = browser.find_elements(By.CSS_SELECTOR, "ul.clipper-sources li")
    assert sources and "canonical" in sources[0].get_attribute("class")
    assert "document" in sources[0].text and "fetched" in sources[0].text
    if os.environ.get("CLIPPER_SCREENSHOTS"):  # the tour shows an article without the test's HTML
        browser.get(f"{served}/clipper/articles/{quote(article_id(served, 1))}")
        shot(browser, "tour-article")
    assert browser.execute_script("return window.__clipper_xss === undefined")


def first_article_id(base: str) -> str:
    return article_id(base, 0)


def article_id(base: str, k: int) -> str:
    import json

    with urllib.request.urlopen(base + f"/clipper/articles.json?_sort=id&_size={k + 1}&_shape=array&_col=id", timeout=10) as r:
        return json.loads(r.read())[k]["id"]


def test_the_chart_of_articles_per_month_renders(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    import json

    from selenium.webdriver.common.by import By

    with urllib.request.urlopen(served + "/clipper/articles_per_month.json?_shape=array", timeout=10) as r:
        months = json.loads(r.read())
    browser.get(f"{served}/charts")
    bars = browser.find_elements(By.CSS_SELECTOR, "svg#articles-per-month g.bar")
    assert [(b.get_attribute("data-month"), int(b.get_attribute("data-articles"))) for b in bars] == \
        [(m["month"], m["articles"]) for m in months]
    tallest = max(bars, key=lambda b: int(b.get_attribute("data-articles")))
    assert tallest.find_element(By.TAG_NAME, "rect").size["height"] > 100, "the bars are drawn"
    shot(browser, "tour-chart")


def test_the_ranked_search_shows_each_passage_with_the_match_marked(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    browser.get(f"{served}/clipper/search?q={quote('提案')}")
    marks = present(browser, "table.rows-and-columns td mark")
    assert marks and all(m.text == "提案" for m in marks)
    # the title with HTML in it (the fixture's) shows as text in the results too
    browser.get(f"{served}/clipper/search?q={quote('script')}")
    assert browser.execute_script("return window.__clipper_xss === undefined")
