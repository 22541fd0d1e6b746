"""Measure each rule's share of speakers right and write quoteattr/_calibration.py.

    python benchmarks/calibrate.py                 # print the table
    python benchmarks/calibrate.py --write         # and write it into the package

Measured on ../shared/data/polnear.dev.jsonl and pdnc.dev.jsonl (never on the
check set pdnc.dev2.jsonl, whose calibration then tells whether the table
carries to other texts).  A decision is right as ``quoteattr evaluate`` counts
it (see :func:`quoteattr.evaluate.calibration`).  Confidences are measured
with the table switched off, so that writing it again is idempotent.
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
    match_spans,
    normalise_span,
)

DATA = ROOT.parent / "shared" / "data"
FILES = ("polnear.dev.jsonl", "pdnc.dev.jsonl")


def measure(quick: bool = False) -> dict[tuple[str, str, float | None], list[int]]:
    """(rule, register, designed confidence) -> [right, measured]; also per rule and register."""
    seen: list[tuple[str, str, float]] = []

    def spy(rule: str, register: str, confidence: float) -> float:
        seen.append((rule, register, confidence))
        return confidence

    _attribute.calibrated = spy  # type: ignore[assignment]
    cells: dict[tuple[str, str, float | None], list[int]] = defaultdict(lambda: [0, 0])
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


def render(cells: dict[tuple[str, str, float | None], list[int]], source: str) -> str:
    kept = {k: (round(r / n, 3), n) for k, (r, n) in cells.items()
            if n >= _calibration.MIN_COUNT and k[2] is not None}
    order = sorted(kept)
    rows = "\n".join(f"    {k!r}: {kept[k]!r}," for k in order)
    text = Path(_calibration.__file__).read_text(encoding="utf-8")
    head = text[:text.index("#: What the table was measured on.")]
    return (f"{head}#: What the table was measured on.\nSOURCE = {source!r}\n\n"
            "#: (rule, register, designed confidence) -> (share right, decisions measured)\n"
            "TABLE: dict[tuple[str, str, float], tuple[float, int]] = {\n"
            f"{rows}\n}}\n" + text[text.index("\n\ndef calibrated("):])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help="write quoteattr/_calibration.py")
    p.add_argument("--quick", action="store_true", help="20 documents a file (a smoke test)")
    args = p.parse_args()
    if not all((DATA / f).exists() for f in FILES):
        print(f"calibrate: {DATA} not found: nothing to measure")
        return 0
    cells = measure(args.quick)
    source = ("polnear.dev.jsonl and pdnc.dev.jsonl (../shared/data), quoteattr "
              f"{quoteattr.__version__}")
    for k in sorted(cells, key=lambda k: (k[0], k[1], -1.0 if k[2] is None else k[2])):
        r, n = cells[k]
        print(f"{k[0]:22} {k[1]:9} {'all' if k[2] is None else k[2]!s:>5}  {r:6d} / {n:6d}"
              f"  {r / n:.3f}")
    if args.write and not args.quick:
        path = Path(_calibration.__file__)
        path.write_text(render(cells, source), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
