"""quoteattr.evaluate: figures as the shared yardstick defines them, errors, predict, the CLI."""

from __future__ import annotations

import doctest
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quoteattr.evaluate as ev

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "eval_gold.jsonl"
PRED = DATA / "eval_pred.jsonl"
SCORE_PY = ROOT.parent / "shared" / "tools" / "score.py"


def _env() -> dict[str, str]:
    """The environment with this checkout first on the import path."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONIOENCODING": "utf-8"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a Python command line from the repository root."""
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          encoding="utf-8", env=_env(), cwd=ROOT, timeout=300, check=False)


@pytest.fixture(scope="module")
def report() -> ev.Report:
    """The hand-made predictions scored against the hand-made gold."""
    return ev.score(ev.load_gold(GOLD), ev.load_predictions(PRED))


def test_figures_agree_with_score_py(report: ev.Report) -> None:
    """Every figure and count equals the JSON line of ../shared/tools/score.py."""
    if not SCORE_PY.exists():
        pytest.skip(f"{SCORE_PY} not present")
    proc = _run(str(SCORE_PY), str(GOLD), str(PRED), "--json-only")
    assert proc.returncode == 0, proc.stderr
    ref: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    ours = report.to_dict()
    assert set(ours["results"]) == set(ref["results"])  # score.py prints sorted keys
    for key, figures in ref["results"].items():
        assert ours["results"][key] == figures, key
    assert ours["missing_pred_docs"] == ref["missing_pred_docs"]
    assert ours["unknown_pred_docs"] == ref["unknown_pred_docs"]


def test_figures_agree_with_score_py_per_source() -> None:
    """With a source filter the figures still equal score.py's --source figures."""
    if not SCORE_PY.exists():
        pytest.skip(f"{SCORE_PY} not present")
    proc = _run(str(SCORE_PY), str(GOLD), str(PRED), "--source", "fictionY", "--json-only")
    assert proc.returncode == 0, proc.stderr
    ref = json.loads(proc.stdout.strip().splitlines()[-1])
    ours = ev.score(ev.load_gold(GOLD), ev.load_predictions(PRED), source="fictionY").to_dict()
    assert ours["results"] == ref["results"]
    assert ours["unknown_pred_docs"] == ref["unknown_pred_docs"]


def test_hand_computed_news_figures(report: ev.Report) -> None:
    """newsX/all: 10 gold, 8 scored predictions, 7 overlap / 6 exact matches, speakers 5 of 6."""
    f = report["newsX/all"]
    assert (f.docs, f.gold, f.pred, f.tp_overlap, f.tp_exact) == (5, 10, 8, 7, 6)
    assert f.overlap.p == pytest.approx(7 / 8) and f.overlap.r == pytest.approx(7 / 10)
    assert f.exact.p == pytest.approx(6 / 8)
    assert f.overlap_p_ignoring_unattributed == pytest.approx(1.0)  # "nightmare." is forgiven
    assert (f.attr_scorable, f.named, f.mention_only, f.gold_no_speaker) == (6, 5, 1, 1)
    assert f.attr_acc == pytest.approx(5 / 6)
    assert f.attr_acc_mention_only == pytest.approx(1.0)  # "he" found by span alone
    assert f.quote_speaker.p == pytest.approx(5 / 7)  # the no-speaker sign quote is left out
    assert f.quote_speaker.r == pytest.approx(5 / 9)


def test_hand_computed_direct_subset_and_fiction(report: ev.Report) -> None:
    """Partial quotes leave the direct subset and their predictions are ignored, not wrong."""
    news = report["newsX/direct"]
    assert (news.gold, news.pred, news.pred_ignored) == (7, 6, 2)
    fiction = report["fictionY/all"]
    # one prediction spanning two gold quotes matches only one of them
    assert (fiction.gold, fiction.pred, fiction.tp_overlap, fiction.tp_exact) == (8, 7, 6, 5)
    assert fiction.overlap_p_ignoring_unattributed == pytest.approx(6 / 7)
    assert fiction.attr_acc_mention_only is None
    assert list(report.results) == [f"{s}/{sub}" for s in ("fictionY", "newsX", "ALL")
                                    for sub in ("all", "direct")]
    assert (report.missing_pred_docs, report.unknown_pred_docs) == (1, 1)


def test_error_kinds_and_counts(report: ev.Report) -> None:
    """The error list holds 3 wrong speakers, 5 missed and 2 spurious quotes, with details."""
    assert report.error_counts() == {"wrong_speaker": 3, "missed_quote": 5, "spurious_quote": 2}
    by_kind = {k: [e for e in report.errors if e.kind == k] for k in ev.ERROR_KINDS}
    wrong = {(e.doc_id, e.gold_speaker, e.pred_speaker, e.rule) for e in by_kind["wrong_speaker"]}
    assert ("newsX-2", "Priya Osei", "the council", "narration_subject") in wrong
    assert ("fictionY-2", "Rooke", "he", "trailing_cue") in wrong  # a pronoun never name-matches
    missed = {(e.doc_id, e.text) for e in by_kind["missed_quote"]}
    assert ("fictionY-1", "It is,") in missed
    assert ("newsX-5", "We counted every ballot twice,") in missed
    spurious = sorted((e.doc_id, e.text, e.on_unattributed) for e in by_kind["spurious_quote"])
    assert spurious == [("fictionY-2", "Rooke’s Passage.", False), ("newsX-1", "nightmare.", True)]
    for e in report.errors:
        assert f"⟦{e.text}⟧" in e.context and "\n" not in e.context


def test_error_sampling_is_bounded_and_reproducible(report: ev.Report) -> None:
    """sample_errors gives at most n per kind, the same for the same seed, all for n < 0."""
    one = report.sample_errors(1, seed=3)
    assert all(len(v) == 1 for v in one.values())
    assert one == report.sample_errors(1, seed=3)
    assert sum(len(v) for v in report.sample_errors(-1).values()) == len(report.errors)


def test_span_normalisation_and_names() -> None:
    """Marks and whitespace are trimmed at span edges; names match by last word without titles."""
    text = "He said ''Fine.'' and 'ok' — “Go.” "
    assert ev.normalise_span(text, 8, 17) == (10, 15)
    assert ev.normalise_span(text, 22, 26) == (23, 25)
    assert ev.normalise_span(text, 28, 40) == (30, 33)
    assert ev.names_match("President Obama", ["Barack Obama"])
    assert ev.names_match("The President", ["the president"])
    assert not ev.names_match("They", ["they"])
    assert not ev.names_match(None, ["Ann Lee"])
    assert ev.match_spans([(0, 10), (12, 20)], [(5, 15)], exact=False) == {0: 0}


def test_predict_then_score_end_to_end() -> None:
    """predict runs quoteattr on every gold text and its output scores without error."""
    gold = ev.load_gold(GOLD)
    preds = ev.predict(gold)
    assert set(preds) == {d["id"] for d in gold}
    assert all(r["speaker_start"] is not None for rs in preds.values() for r in rs)
    everything = ev.predict(gold, attributed_only=False)
    assert sum(map(len, everything.values())) >= sum(map(len, preds.values()))
    confident = ev.predict(gold, min_confidence=0.9)
    assert all(r["confidence"] >= 0.9 for rs in confident.values() for r in rs)
    report = ev.score(gold, preds)
    assert report.missing_pred_docs == 0 and report.unknown_pred_docs == 0
    assert report["ALL/all"].gold == 18
    assert report["ALL/all"].overlap.r > 0.5


def test_cli_prints_table_and_errors() -> None:
    """python -m quoteattr.evaluate GOLD PRED prints the table and grouped errors, exit 0."""
    proc = _run("-m", "quoteattr.evaluate", str(GOLD), str(PRED), "--errors", "1")
    assert proc.returncode == 0, proc.stderr
    assert "source/subset" in proc.stdout and "newsX/all" in proc.stdout
    assert "wrong_speaker: 3 (showing 1)" in proc.stdout


def test_cli_runs_library_and_prints_json() -> None:
    """Without PRED the CLI runs quoteattr; --json prints one JSON object with the figures."""
    proc = _run("-m", "quoteattr.evaluate", str(GOLD), "--json", "--source", "newsX")
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert list(obj["results"]) == ["newsX/all", "newsX/direct"]
    assert obj["pred_file"] is None and obj["predictor"]["attributed_only"] is True


def test_cli_reports_missing_file() -> None:
    """A gold file that cannot be read gives a message and exit code 1."""
    assert ev.main([str(DATA / "no_such_file.jsonl")]) == 1


def test_module_docstring_examples_run() -> None:
    """The examples in quoteattr.evaluate's docstrings run as written."""
    result = doctest.testmod(ev)
    assert result.attempted > 0 and result.failed == 0
