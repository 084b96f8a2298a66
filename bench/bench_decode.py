"""Benchmark: encoding detection on Chinese pages as servers send them — chardet 7 against
charset-normalizer, and clipper's decoding (evidence + plausibility) on top of the detector.

Pages: the 53 real pages of ../shared/portal-dev and the seed texts, each encoded as UTF-8,
GBK, GB18030, Big5 (in traditional characters) and UTF-16-LE without a byte-order mark; half of
them declare nothing, some declare the right charset, some a wrong one; some have 1–12 invalid
bytes (a broken upload). A detection is right when it names the encoding family of the bytes.
Prints accuracy and speed per detector, and clipper's rate of right decodings (the text back,
replacements allowed) and of garbage stored (a wrong decoding not refused). Not a test.

    make bench-decode        # or: .venv/bin/python bench/bench_decode.py
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import opencc

from clipper.model import InputError
from clipper.text.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FAMILY = {"utf-8": "utf-8", "utf_8": "utf-8", "ascii": "utf-8", "gb2312": "gb", "gbk": "gb", "gb18030": "gb",
          "cp936": "gb", "big5": "big5", "big5hkscs": "big5", "cp950": "big5", "utf-16": "utf-16",
          "utf_16": "utf-16", "utf-16-le": "utf-16", "utf_16_le": "utf-16", "utf-16le": "utf-16"}


def family(name: str | None) -> str | None:
    if not name:
        return None
    return FAMILY.get(name.lower().replace("-", "_").replace("_", "-"), FAMILY.get(name.lower(), name.lower()))


def texts() -> list[str]:
    out = []
    for html in sorted((SHARED / "portal-dev").glob("*.html")):
        body = re.sub(r"<[^>]+>", " ", html.read_text(encoding="utf-8"))
        body = re.sub(r"\s+", " ", body)
        if len(re.findall(r"[\u4e00-\u9fff]", body)) > 200:
            out.append(body[:20000])
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        out.append(seed.read_text(encoding="utf-8"))
    return out


def cases(rng: random.Random) -> list[tuple[bytes, str, str | None, str]]:
    """(bytes, true family, header charset, the original text)"""
    s2t = opencc.OpenCC("s2t")
    out = []
    for text in texts():
        for enc in ("utf-8", "gbk", "gb18030", "big5", "utf-16-le"):
            original = s2t.convert(text) if enc == "big5" else text
            page = f"<html><head><title>t</title></head><body><p>{original}</p></body></html>"
            declare = rng.choice(("none", "none", "right", "wrong"))
            if declare != "none" and enc != "utf-16-le":
                name = enc if declare == "right" else ("utf-8" if enc != "utf-8" else "gb2312")
                page = page.replace("<head>", f'<head><meta charset="{name}">')
            raw = bytearray(page.encode(enc, errors="replace"))
            if enc not in ("utf-16-le",) and rng.random() < 0.3:
                for _ in range(rng.randint(1, 12)):
                    k = rng.randrange(200, len(raw))
                    raw[k:k + 1] = b"\xff"
            printable = original.encode(enc, errors="replace").decode(enc)  # what the bytes can hold
            out.append((bytes(raw), family(enc), None, printable))
    return out


def main() -> int:
    import chardet
    from charset_normalizer import from_bytes

    rng = random.Random(7)
    pages = cases(rng)
    print(f"{len(pages)} pages ({len(texts())} texts x 5 encodings)\n")
    print("| detector | right | pages/s |")
    print("| --- | --- | --- |")
    for name, detect in (("charset-normalizer " + __import__("charset_normalizer").__version__,
                          lambda raw: (from_bytes(raw).best() or type("x", (), {"encoding": None})).encoding),
                         ("chardet " + chardet.__version__, lambda raw: chardet.detect(raw)["encoding"])):
        began = time.perf_counter()
        right = sum(1 for raw, fam, _, _ in pages if family(detect(raw)) == fam)
        seconds = time.perf_counter() - began
        print(f"| {name} | {right / len(pages):.3f} | {len(pages) / seconds:.0f} |")
    began = time.perf_counter()
    right = garbage = refused = 0
    for raw, fam, _, original in pages:
        try:
            d = decode_bytes(raw)
        except InputError:
            refused += 1
            continue
        kept = sum(1 for ch in original if "\u4e00" <= ch <= "\u9fff")
        got = sum(1 for ch in d.text if "\u4e00" <= ch <= "\u9fff")
        same = original[:200].replace(" ", "") in d.text.replace(" ", "") or abs(kept - got) <= max(2, kept // 200)
        if (family(d.encoding) == fam or original.isascii()) and same:
            right += 1
        else:
            garbage += 1
    seconds = time.perf_counter() - began
    print(f"| clipper decode_bytes (evidence + plausibility) | {right / len(pages):.3f} | {len(pages) / seconds:.0f} |")
    print(f"\nclipper: {right} right, {garbage} wrong decodings stored, {refused} refused as mojibake")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
