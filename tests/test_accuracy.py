"""Regression guard on the annotated dev data in ../shared/data (skipped when absent).

The floors are the figures reached on the dev sets less 0.01: a change that
makes quoteattr worse on real news or fiction fails here.  Reproduce the
figures with ``quoteattr evaluate ../shared/data/polnear.dev.jsonl``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteattr.evaluate import load_gold, predict, score

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

#: (file, source, end-to-end quote+speaker F1 and quote detection F1 (overlap) reached
#: on the dev set, subset "all", attributed quotes only).  pdnc.dev2 is the check set:
#: its figures guard against a fall, its errors are not studied.
REACHED = [
    ("polnear.dev.jsonl", "polnear", 0.937, 0.963),
    ("pdnc.dev.jsonl", "pdnc", 0.896, 0.978),
    ("pdnc.dev2.jsonl", "pdnc", 0.867, 0.960),
]


@pytest.fixture(scope="module", params=REACHED, ids=[r[0].rsplit(".", 1)[0] for r in REACHED])
def dev_report(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    name, source, reached, detection = request.param
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not here (it ships beside the repository, not in it)")
    gold = load_gold(path)
    return source, reached, detection, score(gold, predict(gold))


def test_quote_speaker_f1_does_not_drop(dev_report) -> None:  # type: ignore[no-untyped-def]
    """End-to-end quote+speaker F1 on the dev set stays within 0.01 of what was reached."""
    source, reached, _, report = dev_report
    f1 = report[f"{source}/all"].quote_speaker.f1
    assert f1 >= reached - 0.01, f"{source}: quote+speaker F1 {f1:.4f} < {reached - 0.01:.3f}"


def test_quote_detection_does_not_drop(dev_report) -> None:  # type: ignore[no-untyped-def]
    """Quote detection F1 (overlap) on the dev set stays within 0.01 of what was reached."""
    source, _, detection, report = dev_report
    f1 = report[f"{source}/all"].overlap.f1
    assert f1 >= detection - 0.01, f"{source}: detection F1 {f1:.4f}"
