"""Score clipper on page texts carrying what real extractors add and our typesetters' pages never
show (a development measure of robustness; not a test).

    make score-artefacts     # or: .venv/bin/python -m bench.pages.artefacts [--corpus DIR] [--extractor NAME] [ARTEFACT ...]

Each artefact is one change made to every text of one extractor of a corpus, as a real PDF or a
real extractor makes it; the changed texts keep their names, so the corpus's truth scores them.
A row per artefact next to the unchanged texts: where a row falls below the first, clipper
reads that artefact worse than the page without it.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bench.pages.corpus import gold_for, write_gold_dirs
from bench.pages.score import crawl, row, score

CORPUS = Path(__file__).resolve().parents[1] / "typst_pages" / "dev2"
CJK = re.compile(r"[\u4e00-\u9fff]")
#: Characters a PDF font may print as a Kangxi radical (U+2F00…) or as a radical supplement form.
RADICAL_FONT = {ch: chr(cp) for cp in range(0x2F00, 0x2FD6)
                for ch in [unicodedata.normalize("NFKC", chr(cp))] if ch != chr(cp)}
RADICAL_FONT.update({"民": "\u2ea0", "门": "\u2ed4", "长": "\u2ed3", "马": "\u2ee2", "见": "\u2ec5", "车": "\u2ecb"})
FULLWIDTH_DIGITS = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})


def _lines(text: str, change: Callable[[str, random.Random], str], rng: random.Random) -> str:
    return "\n".join(change(ln, rng) if ln.strip() else ln for ln in text.split("\n"))


def _letter_spaced(line: str, rng: random.Random) -> str:
    # (pdfminer and pdfplumber print a space at every wide gap: a justified line set loose)
    if len(CJK.findall(line)) >= 10 and rng.random() < 0.15:
        return re.sub(r"(?<=[\u4e00-\u9fff，。、；：“”])(?=[\u4e00-\u9fff，。、；：“”])", " ", line)
    return line


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _fake_bold(text: str, rng: random.Random, heads: list[str], by_char: bool) -> str:
    """Headline lines drawn twice a hair apart (a fake bold): an extractor that reads the
    content stream prints the line twice over, one that sorts a line's glyphs by position
    prints every character twice."""
    def change(line: str, rng: random.Random) -> str:
        t = _norm(line)
        if len(t) < 4 or not any(t in h for h in heads):
            return line
        return "".join(ch if ch.isspace() else ch * 2 for ch in line.strip()) if by_char else line.strip() * 2
    return _lines(text, change, rng)


#: name: (what it is, the change to one text given its page's headlines)
ARTEFACTS: dict[str, tuple[str, Callable[[str, random.Random, list[str]], str]]] = {
    "trailing-space": ("1-3 spaces after each line's last glyph (padding, a space glyph drawn last)",
                       lambda t, r, h: _lines(t, lambda ln, r: ln + " " * r.randint(1, 3), r)),
    "radicals": ("a font's glyphs mapped to Kangxi radicals and radical supplement forms (⼈ for 人, ⺠ for 民)",
                 lambda t, r, h: t.translate(str.maketrans(RADICAL_FONT))),
    "letter-spaced": ("a space between every character of 15% of the lines of ten characters or more",
                      lambda t, r, h: _lines(t, _letter_spaced, r)),
    "fullwidth-digits": ("figures as full-width digits (２０２３年６月)", lambda t, r, h: t.translate(FULLWIDTH_DIGITS)),
    "tab-indent": ("a paragraph indent printed as a tab", lambda t, r, h: re.sub(r"(?m)^(?:\u3000\u3000|  +)", "\t", t)),
    "crlf": ("CR LF line ends", lambda t, r, h: t.replace("\n", "\r\n")),
    "bold-twice": ("headline lines drawn twice for a fake bold, read in stream order (市政协召开市政协召开)",
                   lambda t, r, h: _fake_bold(t, r, h, by_char=False)),
    "bold-chars": ("the same, a line's glyphs sorted by position (市市政政协协召召开开)",
                   lambda t, r, h: _fake_bold(t, r, h, by_char=True)),
}


def write_changed(corpus: Path, extractor: str, out: Path, names: list[str]) -> None:
    """`out/text/NAME/` holds the extractor's texts with artefact NAME; `out/gold` the truth."""
    (out / "text").mkdir(parents=True)
    (out / "gold").symlink_to((corpus / "gold").resolve())
    for name in ["unchanged", *names]:
        folder = out / "text" / name
        folder.mkdir()
        for path in sorted((corpus / "text" / extractor).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            gold = gold_for(corpus, path)["articles"]
            heads = [_norm((a.get("kicker") or "") + a["title"] + (a.get("subtitle") or "")) for a in gold]
            changed = text if name == "unchanged" else ARTEFACTS[name][1](text, random.Random(path.name), heads)
            (folder / path.name).write_bytes(changed.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("artefacts", nargs="*", help="of: " + ", ".join(ARTEFACTS) + " (default: all)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--extractor", default="pypdf")
    args = ap.parse_args(argv)
    names = args.artefacts or list(ARTEFACTS)
    if unknown := [n for n in names if n not in ARTEFACTS]:
        ap.error("no such artefact: " + ", ".join(unknown))
    print(f"{args.extractor} texts of {args.corpus}, each artefact added to every text:")
    for name in names:
        print(f"- {name}: {ARTEFACTS[name][0]}")
    print("| texts | pages | articles F1 | titles | subtitles | body | paragraphs | metadata | leaks /10 pages | crawl s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        changed = Path(tmp) / "corpus"
        write_changed(args.corpus, args.extractor, changed, names)
        gold = write_gold_dirs(changed, Path(tmp) / "gold")
        for name in ["unchanged", *names]:
            pages = len(list((changed / "text" / name).glob("*.txt")))
            db = Path(tmp) / f"{name}.db"
            seconds = crawl(changed / "text" / name, db)
            print(row(name, pages, score(db, gold[name]), seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
