"""The search page's request parameters and facet counts (clipper.search_page)."""

from __future__ import annotations

from clipper.search_page import FACET_VALUES, FACETS, MAX_PAGE, PAGE_SIZE, chosen, facet_counts, search_params


def test_parameters_bind_every_facet_and_clamp_the_page() -> None:
    p = search_params({"q": " 提案 ", "place": "兰州", "kind": "", "page": "3", "unknown": "x"})
    assert p["q"] == "提案" and p["place"] == "兰州" and p["kind"] is None
    assert set(FACETS) <= set(p) and "unknown" not in p
    assert (p["offset"], p["upto"], p["size"]) == (2 * PAGE_SIZE, 3 * PAGE_SIZE, PAGE_SIZE)
    assert chosen(p) == {"place": "兰州"}
    assert search_params({"page": "abc"})["page"] == 1
    assert search_params({"page": "-4"})["page"] == 1
    assert search_params({"page": "99999"})["page"] == MAX_PAGE


def test_facet_counts_most_frequent_first_and_cut() -> None:
    rows = [("", None, 40), ("place", "兰州", 3), ("place", None, 30), ("place", "天水", 7),
            ("kind", "news", 40)] + [("month", f"2024-{k:02d}", 1) for k in range(1, 13)] * 3
    count, facets = facet_counts(rows)
    assert count == 40
    assert facets["place"] == [(None, 30), ("天水", 7), ("兰州", 3)]
    assert len(facets["month"]) == FACET_VALUES and facets["publication"] == []


def test_only_what_the_search_box_sends_goes_to_the_search_page() -> None:
    from urllib.parse import parse_qs

    from clipper.datasette_search import is_box_search

    def box(query: str) -> bool:
        return is_box_search(parse_qs(query, keep_blank_values=True), "date_sort")

    # what the table page's form sends, and Datasette's redirect of it
    assert box("_search=提案&_filter_column=&_filter_op=exact&_filter_value=&_sort=date_sort&_sort_by_desc=on")
    assert box("_search=提案&_sort_desc=date_sort")
    assert box("_search=提案")
    assert not box("_search=")
    assert not box("_search=提案&_size=50"), "the table view of a search"
    assert not box("_search=提案&_sort=title"), "another sort"
    assert not box("_search=提案&place=兰州"), "a filter"
    assert not box("_search=提案&_filter_column=place&_filter_op=exact&_filter_value=兰州")
    assert not box("_search=提案&_next=50")
