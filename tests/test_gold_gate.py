"""Quality gate: crawl the shipped seeds and score them against ../shared/gold (issue 3 targets)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import SHARED, run_crawl

SCORER = SHARED / "eval" / "score.py"
FLOORS = {"articles_f1": 1.0, "titles": 0.97, "body": 0.99, "paragraphs": 0.95, "metadata": 0.95}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the checkout")
def test_seeds_score_at_least_the_targets(tmp_path):
    db = tmp_path / "gold.db"
    run_crawl(db)
    out = subprocess.run([sys.executable, str(SCORER), str(db)], capture_output=True, text=True, check=True).stdout
    summary = dict(re.findall(r"(\w+)=([\d.]+)", out.strip().splitlines()[-1]))
    for name, floor in FLOORS.items():
        assert float(summary[name]) >= floor, out
    assert int(summary["leaks"]) == 0 and int(summary["repeats"]) == 0, out
