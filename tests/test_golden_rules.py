"""The 48 English Golden Rules for sentence boundaries (pragmatic_segmenter, via pySBD).

The table lives outside the repository, in ``../shared/data/golden_rules_en.json``;
the tests skip cleanly when it is absent.  Score: 48/48 pass, none marked xfail.
A rule that regresses should be fixed, or marked ``xfail(strict=True)`` in
``KNOWN_FAILURES`` with its reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr._segment import split_sentences

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
RULES_FILE = DATA / "golden_rules_en.json"

#: id -> why it still fails (none at present).
KNOWN_FAILURES: dict[int, str] = {}


def _cases() -> list:
    if not RULES_FILE.exists():
        return [pytest.param(None, id="golden-rules-missing")]
    table = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    params = []
    for case in table["cases"]:
        marks = []
        if case["id"] in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[case["id"]], strict=True))
        params.append(pytest.param(case, id=f"{case['id']:02d}-{case['rule']}", marks=marks))
    return params


@pytest.mark.parametrize("case", _cases())
def test_golden_rule(case: dict | None) -> None:
    """Each Golden Rule text splits into exactly its expected sentences."""
    if case is None:
        pytest.skip(f"{RULES_FILE} not found")
    got = [s.text.strip() for s in split_sentences(case["text"])]
    assert got == case["expected"]


def test_golden_rules_table_is_complete() -> None:
    """The shared table, when present, holds all 48 rules."""
    if not RULES_FILE.exists():
        pytest.skip(f"{RULES_FILE} not found")
    table = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    assert len(table["cases"]) == table["n_cases"] == 48
