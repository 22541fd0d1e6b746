"""Throughput of the whole pipeline, the time share of each stage, and the cost over bare Punkt.

    python benchmarks/bench_throughput.py            # 2 MB generated + all of ../shared/data
    python benchmarks/bench_throughput.py --quick    # 200 kB generated + 300 kB of each file

For each corpus it prints, all measured in this one run:

* MB/s of :func:`quoteattr.attribute` (UTF-8 megabytes of input per second);
* the share of each stage: a second pass with each stage function that
  ``quoteattr._pipeline.attribute`` calls wrapped in a timer, so stages run in
  its order with its arguments; what is left is shown as glue;
* the ratio of pipeline time to a bare pass of NLTK's untrained
  ``PunktSentenceTokenizer().span_tokenize`` over each paragraph of the same
  text (pieces of at most 50,000 characters: NLTK's regex time limit).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

import _corpus
from _util import mb, shared_texts, utf8_len

import quoteattr
from quoteattr import _pipeline as P

#: The stage functions ``_pipeline.attribute`` calls, by the name it calls them with.
#: Each is timed by wrapping that name in ``quoteattr._pipeline`` for one pass, so the
#: stages run exactly as ``attribute`` runs them, in its order, with its arguments.
STAGE_NAMES = ["split_paragraphs", "_split_sentences", "find_quotes_in", "build_patterns",
               "build_cue_patterns", "find_cues", "find_mentions", "cluster_mentions",
               "_run_sieve", "_speakers"]


@contextmanager
def timed_stages(times: dict[str, float]) -> Iterator[list[str]]:
    """Wrap each stage function in ``quoteattr._pipeline`` with a timer (restored after)."""
    saved = {}
    for name in STAGE_NAMES:
        fn = getattr(P, name, None)
        if not callable(fn):
            continue
        saved[name] = fn

        def wrapper(*a, __fn=fn, __name=name, **k):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return __fn(*a, **k)
            finally:
                times[__name] += time.perf_counter() - t0

        setattr(P, name, wrapper)
    try:
        yield list(saved)
    finally:
        for name, fn in saved.items():
            setattr(P, name, fn)


def punkt_pass(texts: list[str]) -> float:
    """Seconds for a bare, untrained Punkt span_tokenize over every paragraph (≤ 50k pieces)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tok = PunktSentenceTokenizer()
    paras = [p.text for t in texts for p in P.split_paragraphs(t)]
    t0 = time.perf_counter()
    for p in paras:
        for i in range(0, len(p), 50_000):
            for _ in tok.span_tokenize(p[i:i + 50_000]):
                pass
    return time.perf_counter() - t0


def measure(name: str, texts: list[str]) -> None:
    size = utf8_len(texts)
    t0 = time.perf_counter()
    docs = [quoteattr.attribute(t) for t in texts]
    whole = time.perf_counter() - t0
    times: dict[str, float] = defaultdict(float)
    with timed_stages(times) as stages:
        t0 = time.perf_counter()
        staged_docs = [quoteattr.attribute(t) for t in texts]
        staged_whole = time.perf_counter() - t0
    stale = sum(a != b for a, b in zip(docs, staged_docs, strict=True))
    del staged_docs
    times["(glue: Document, config, checks)"] = staged_whole - sum(times.values())
    stages.append("(glue: Document, config, checks)")
    staged_total = staged_whole
    punkt = punkt_pass(texts)
    n_quotes = sum(len(d.quotes) for d in docs)
    print(f"\n== {name}: {len(texts)} docs, {mb(size):.2f} MB, {n_quotes} quotes")
    print(f"   pipeline: {whole:.2f} s  = {mb(size) / whole:.3f} MB/s")
    print(f"   bare Punkt over the same paragraphs: {punkt:.2f} s "
          f"({mb(size) / punkt:.2f} MB/s); pipeline / Punkt = {whole / punkt:.1f}x")
    print(f"   stages (timed separately, sum {staged_total:.2f} s):")
    for s in stages:
        print(f"     {s:<33} {times[s]:8.3f} s  {100 * times[s] / staged_total:5.1f} %")
    if stale:
        print(f"   WARNING: the timed run differs from attribute() on {stale} docs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a small, fast smoke run")
    ap.add_argument("--generated-mb", type=float, default=None,
                    help="size of the generated corpus (default 2, quick 0.2)")
    args = ap.parse_args()
    gen_chars = int(1e6 * (args.generated_mb or (0.2 if args.quick else 2.0)))
    t0 = time.perf_counter()
    # the first call compiles the pattern tables and loads NLTK
    quoteattr.attribute("“Warm,” Ann Lee said. She left at 5 p.m. on Friday. He stayed.")
    print(f"first call (pattern tables compiled): {time.perf_counter() - t0:.2f} s")
    corpora = {"generated news": _corpus.corpus(gen_chars, seed=1)}
    for stem, texts in shared_texts(300_000 if args.quick else None).items():
        corpora[f"shared/{stem}"] = texts
    if len(corpora) == 1:
        print("(../shared/data not found: generated corpus only)")
    for name, texts in corpora.items():
        measure(name, texts)


if __name__ == "__main__":
    main()
