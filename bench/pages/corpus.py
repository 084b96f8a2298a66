"""The layout of the page corpus on disk, and its truth in the layout the scorer reads."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def gold_for(corpus: Path, text: Path) -> dict:
    """The truth of one extracted text of the corpus (the page's, naming the text)."""
    stem = text.name.split(".", 1)[0]
    gold = json.loads((corpus / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    gold["file"] = text.name
    return gold


def write_gold_dirs(corpus: Path, out: Path) -> dict[str, Path]:
    """Gold folders in the scorer's layout, one per extractor plus ``pdf``: name -> folder."""
    dirs = {}
    for folder in sorted(p for p in (corpus / "text").iterdir() if p.is_dir()):
        target = out / folder.name
        target.mkdir(parents=True, exist_ok=True)
        for text in sorted(folder.glob("*.txt")):
            (target / (text.stem + ".json")).write_text(json.dumps(gold_for(corpus, text), ensure_ascii=False),
                                                        encoding="utf-8")
        dirs[folder.name] = target
    target = out / "pdf"
    target.mkdir(parents=True, exist_ok=True)
    for gold in sorted((corpus / "gold").glob("*.json")):
        shutil.copy(gold, target / gold.name)
    dirs["pdf"] = target
    return dirs
