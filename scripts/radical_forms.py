"""Write clipper/text/radical_forms.py: radicals and compatibility ideographs that stand for a
Chinese character, mapped to the character; and vertical forms of punctuation, mapped to the
marks printed across.

    .venv/bin/python scripts/radical_forms.py [EquivalentUnifiedIdeograph.txt]

PDF fonts often map a glyph to a Kangxi radical (U+2F00–U+2FD5: ``⼈`` for 人, ``⽇`` for 日), a
CJK radical supplement form (U+2E80–U+2EF3: ``⺠`` for 民, ``⻔`` for 门) or a compatibility
ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F) rather than to the character itself; extractors
print what the font says. The text looks right and matches nothing: no pattern, word list or
search finds ``⼈⺠``. Sources: NFKC (Python's unicodedata) for the Kangxi radicals and the
compatibility ideographs, and the Unicode Consortium's EquivalentUnifiedIdeograph.txt for the
radical supplement, which NFKC leaves alone (Debian ships it in the package `unicode-data` as
/usr/share/unicode/EquivalentUnifiedIdeograph.txt). Only forms whose equivalent is one CJK
unified ideograph enter the table.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

DEFAULT = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")
OUT = Path(__file__).resolve().parents[1] / "clipper" / "text" / "radical_forms.py"
RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def unified(ch: str) -> bool:
    return len(ch) == 1 and unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH")


def read_equivalents(path: Path) -> tuple[dict[str, str], str]:
    table: dict[str, str] = {}
    version = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# EquivalentUnifiedIdeograph-"):
            version = line[2:].strip()
        m = re.match(r"^([0-9A-F]{4,5})(?:\.\.([0-9A-F]{4,5}))?\s*;\s*([0-9A-F]{4,5})", line)
        if not m:
            continue
        first, last = int(m[1], 16), int(m[2] or m[1], 16)
        for cp in range(first, last + 1):
            table[chr(cp)] = chr(int(m[3], 16))
    return table, version


#: Vertical presentation forms of punctuation (U+FE10–U+FE19, U+FE30–U+FE48), as a font for
#: headlines set vertically maps them: NFKC gives their horizontal form, ASCII marks made full-width
#: (as wide as the vertical form; the mark Chinese text prints). Low lines, overlines and sesame
#: dots have no mark across and are left.
VERTICAL = [*range(0xFE10, 0xFE1A), *range(0xFE30, 0xFE33), *range(0xFE35, 0xFE45), 0xFE47, 0xFE48]
#: NFKC results of more than one character: the one mark they stand for.
ELLIPSES = {"...": "\u2026", "..": "\u2025"}


def vertical_forms() -> dict[str, str]:
    out = {}
    for cp in VERTICAL:
        folded = unicodedata.normalize("NFKC", chr(cp))
        folded = ELLIPSES.get(folded, folded)
        if len(folded) == 1 and 0x21 <= ord(folded) <= 0x7E:
            folded = chr(ord(folded) + 0xFEE0)
        if len(folded) == 1 and folded != chr(cp):
            out[chr(cp)] = folded
    return out


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    table, version = read_equivalents(path)
    for lo, hi in RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch and unified(folded):
                table.setdefault(ch, folded)
    table = {k: v for k, v in table.items() if unified(v) and any(lo <= ord(k) <= hi for lo, hi in RANGES)}
    rows = "".join(f"    0x{ord(k):04X}: 0x{ord(v):04X},  # {k} {v}\n" for k, v in sorted(table.items()))
    vertical = vertical_forms()
    vrows = "".join(f"    0x{ord(k):04X}: 0x{ord(v):04X},  # {k} {v}\n" for k, v in sorted(vertical.items()))
    OUT.write_text(
        '"""Radicals and compatibility ideographs that stand for a Chinese character, and the\n'
        "character (written by scripts/radical_forms.py from NFKC and "
        f"{version or path.name}; do not edit).\"\"\"\n\n"
        "from __future__ import annotations\n\n"
        f"#: {len(table)} forms: code point -> the unified ideograph's code point.\n"
        "RADICAL_FORMS: dict[int, int] = {\n" + rows + "}\n\n"
        f"#: {len(vertical)} vertical presentation forms of punctuation -> the form printed across.\n"
        "VERTICAL_FORMS: dict[int, int] = {\n" + vrows + "}\n", encoding="utf-8")
    print(f"{OUT}: {len(table)} radical forms, {len(vertical)} vertical forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
