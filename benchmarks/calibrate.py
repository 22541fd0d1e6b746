"""Measure each rule's share of speakers right and write quoteattr/_calibration.py.

    python benchmarks/calibrate.py                 # print the table
    python benchmarks/calibrate.py --write         # and write it into the package
    python benchmarks/calibrate.py --write --registers report   # only the report cells anew

Quotes are measured on ../shared/data/polnear.dev.jsonl and pdnc.dev.jsonl
(never on the check set pdnc.dev2.jsonl, whose calibration then tells whether
the table carries to other texts), in the registers "dialogue", "narration"
and "prose".
A decision is right as ``quoteattr evaluate`` counts it (see
:func:`quoteattr.evaluate.calibration`).

Reported speech (the report rules, ``Config(indirect=True)``) is measured on
the ``indirect`` items of polnear.dev.jsonl only (pdnc has none), in a register
of its own, "report", so that its cells never meet a quote's.  A report is
right as ``quoteattr evaluate --indirect --calibration`` counts it (see
:func:`quoteattr.evaluate.calibration_pairs`): its content overlaps a gold
item's and its speaker is that item's.  A report that overlaps no gold item
counts as wrong, as a quote on no gold quote does: the user is shown a claim
that someone said it.  Reports matched to a gold item without a source are
left out.

Confidences are measured with the table switched off, so that writing it
again is idempotent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import quoteattr  # noqa: E402
from quoteattr import _attribute, _calibration  # noqa: E402
from quoteattr.evaluate import (  # noqa: E402
    _gold_speaker_form,
    _speaker_right,
    _valid_predictions,
    calibration_pairs,
    match_spans,
    normalise_span,
)

DATA = ROOT.parent / "shared" / "data"
FILES = ("polnear.dev.jsonl", "pdnc.dev.jsonl")
#: The file whose ``indirect`` items measure the report rules.
REPORT_FILE = "polnear.dev.jsonl"
#: The register of every report rule's cells.
REPORT_REGISTER = "report"

Cells = dict[tuple[str, str, float | None], list[int]]


def _designed(rule: str, register: str, confidence: float) -> float:
    """The table switched off: every decision keeps its designed confidence."""
    return confidence


def measure(quick: bool = False) -> Cells:
    """(rule, register, designed confidence) -> [right, measured]; also per rule and register."""
    seen: list[tuple[str, str, float]] = []

    def spy(rule: str, register: str, confidence: float) -> float:
        seen.append((rule, register, confidence))
        return confidence

    _attribute.calibrated = spy  # type: ignore[assignment]
    cells: Cells = defaultdict(lambda: [0, 0])
    for name in FILES:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        for line in lines[:20] if quick else lines:
            doc = json.loads(line)
            seen.clear()
            recs = quoteattr.attribute(doc["text"]).records()
            # one call per decided quote, in quote order
            decided = [i for i, r in enumerate(recs) if r["rule"] != "none"]
            key_of = dict(zip(decided, seen, strict=True))
            text, gold = doc["text"], doc["quotes"]
            preds = [(i, r) for i, r in enumerate(recs) if r["level"] == 0
                     and (r["speaker"] is not None or r["speaker_start"] is not None)]
            valid = _valid_predictions(text, [r for _, r in preds])
            spans = [s for s, _ in valid]
            g_spans = [normalise_span(text, q["start"], q["end"]) for q in gold]
            matched = {pi: gi for gi, pi in match_spans(g_spans, spans, exact=False).items()}
            index = {id(r): i for i, r in preds}
            for pi, (_, r) in enumerate(valid):
                gi = matched.get(pi)
                if gi is None:
                    right = False
                else:
                    form, names = _gold_speaker_form(gold[gi])
                    if form is None:
                        continue
                    right = _speaker_right(r, gold[gi], names)
                rule, register, conf = key_of[index[id(r)]]
                for key in ((rule, register, round(conf, 3)), (rule, register, None)):
                    cells[key][0] += right
                    cells[key][1] += 1
    return cells


def measure_reports(quick: bool = False) -> Cells:
    """(report rule, "report", designed confidence) -> [right, measured]; also per rule."""
    _attribute.calibrated = _designed  # type: ignore[assignment]
    cfg = quoteattr.Config(indirect=True)
    lines = (DATA / REPORT_FILE).read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in (lines[:20] if quick else lines)]
    preds = {str(d["id"]): [r for r in quoteattr.attribute(d["text"], cfg).records()
                            if r["kind"] == "indirect"] for d in gold}
    cells: Cells = defaultdict(lambda: [0, 0])
    for r, right in calibration_pairs(gold, preds, indirect=True):
        # with the table off, a record's confidence is its designed value
        for key in ((r["rule"], REPORT_REGISTER, r["confidence"]),
                    (r["rule"], REPORT_REGISTER, None)):
            cells[key][0] += right
            cells[key][1] += 1
    return cells


def render(cells: Cells, source: str, registers: frozenset[str] | None = None) -> str:
    """The text of quoteattr/_calibration.py with the cells of ``cells`` kept
    (``registers``: only the cells of those registers measured anew, the other
    ones copied from the table as it stands)."""
    kept = {k: (round(r / n, 3), n) for k, (r, n) in cells.items()
            if n >= _calibration.MIN_COUNT and k[2] is not None
            and (registers is None or k[1] in registers)}
    if registers is not None:
        kept.update({k: v for k, v in _calibration.TABLE.items() if k[1] not in registers})
    order = sorted(kept)
    rows = "\n".join(f"    {k!r}: {kept[k]!r}," for k in order)
    text = Path(_calibration.__file__).read_text(encoding="utf-8")
    # the module's docstring and code are kept as they stand: only the source
    # line and the table are written
    head = text[:text.index("#: What the table was measured on.")]
    return (f"{head}#: What the table was measured on.\nSOURCE = {source!r}\n\n"
            "#: (rule, register, designed confidence) -> (share right, decisions measured)\n"
            "TABLE: dict[tuple[str, str, float], tuple[float, int]] = {\n"
            f"{rows}\n}}\n" + text[text.index("\n\ndef calibrated("):])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help="write quoteattr/_calibration.py")
    p.add_argument("--quick", action="store_true", help="20 documents a file (a smoke test)")
    p.add_argument("--registers", nargs="+", metavar="R",
                   choices=("prose", "narration", "dialogue", REPORT_REGISTER),
                   help="with --write: write anew only the cells of these registers "
                        "(e.g. report), keeping the others as the table has them")
    args = p.parse_args()
    if not all((DATA / f).exists() for f in FILES):
        print(f"calibrate: {DATA} not found: nothing to measure")
        return 0
    cells = measure(args.quick)
    reports = measure_reports(args.quick)
    assert not set(cells) & set(reports), "a report cell meets a quote cell"
    cells.update(reports)
    source = (f"polnear.dev and pdnc.dev (../shared/data), quoteattr {quoteattr.__version__}; "
              "reports: polnear.dev")
    for k in sorted(cells, key=lambda k: (k[0], k[1], -1.0 if k[2] is None else k[2])):
        r, n = cells[k]
        print(f"{k[0]:22} {k[1]:9} {'all' if k[2] is None else k[2]!s:>5}  {r:6d} / {n:6d}"
              f"  {r / n:.3f}")
    if args.write and not args.quick:
        path = Path(_calibration.__file__)
        registers = frozenset(args.registers) if args.registers else None
        path.write_text(render(cells, source, registers), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
