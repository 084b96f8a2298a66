"""Print what clipper makes of one page next to its gold (a development aid, not a test).

    .venv/bin/python -m bench.pages.inspect_page TEXT GOLD.json
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from clipper.extract import extract_document


def norm(s: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def bigram_f1(a: str, b: str) -> float:
    from collections import Counter
    A = Counter(a[i:i + 2] for i in range(len(a) - 1))
    B = Counter(b[i:i + 2] for i in range(len(b) - 1))
    c = sum((A & B).values())
    return 0.0 if not c else 2 * c / (sum(A.values()) + sum(B.values()))


def compare(text_path: Path, gold_path: Path) -> list[tuple[str, str, list[str]]]:
    """(status, gold title, differences) per gold article, then the extra articles."""
    if gold_path.exists():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    else:  # a text of the page corpus: the page's truth
        from bench.pages.corpus import CORPUS, gold_for
        gold = gold_for(CORPUS, text_path)
    arts = extract_document(text_path.read_bytes(), text_path.resolve().as_uri()).articles
    out = []
    used = set()
    for g in gold["articles"]:
        gb = norm("".join(g["paragraphs"]))
        best = max(((bigram_f1(gb, norm("".join(a.body))), k) for k, a in enumerate(arts) if k not in used),
                   default=(0, None))
        if best[0] < 0.5:
            out.append(("MISSING", g["title"], [f"{len(gb)} chars"]))
            continue
        used.add(best[1])
        a = arts[best[1]]
        flags = []
        if norm(a.title) != norm(g["title"]):
            flags.append(f"title {a.title!r} != {g['title']!r}")
        if norm(a.subtitle) != norm(g["subtitle"]):
            flags.append(f"subtitle {a.subtitle!r} != {g['subtitle']!r}")
        gp = [norm(p) for p in g["paragraphs"]]
        ap = {norm(p) for p in a.body}
        hit = sum(1 for p in gp if p in ap)
        if hit < len(gp):
            flags.append(f"paragraphs {hit}/{len(gp)} (got {len(a.body)})")
        for k in ("date", "place", "kind", "continues"):
            gv, av = g[k], getattr(a, k)
            if k == "date" and gv and av:
                gv, av = gv[-5:], av[-5:]
            if norm(gv) != norm(av):
                flags.append(f"{k} {av!r} != {g[k]!r}")
        if sorted(a.authors) != sorted(g["authors"]):
            flags.append(f"authors {a.authors} != {g['authors']}")
        out.append(("ok" if not flags else "DIFF", g["title"], [f"f1={best[0]:.2f}"] + flags))
    for k, a in enumerate(arts):
        if k not in used:
            out.append(("EXTRA", a.title, [a.text[:60]]))
    return out


def main() -> int:
    for status, title, flags in compare(Path(sys.argv[1]), Path(sys.argv[2])):
        print(f"{status:8s} {title!r} " + "; ".join(flags))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
