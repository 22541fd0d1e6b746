"""Throughput of the whole pipeline, the time share of each stage, and the cost over bare Punkt.

    python benchmarks/bench_throughput.py            # 2 MB generated + all of ../shared/data
    python benchmarks/bench_throughput.py --quick    # 200 kB generated + 300 kB of each file
    python benchmarks/bench_throughput.py --repeat 5 # 5 runs: median ratio, fastest MB/s
    python benchmarks/bench_throughput.py --indirect # with reported speech (Config(indirect=True))

With ``--indirect`` every pipeline pass runs with ``Config(indirect=True)``
(reported speech found too); the Punkt baseline and the floor are the same.

For each corpus it prints, all measured in this one run:

* MB/s of :func:`quoteattr.attribute` (UTF-8 megabytes of input per second);
* the share of each stage: a second pass with each stage function that
  ``quoteattr._pipeline.attribute`` calls wrapped in a timer, so stages run in
  its order with its arguments; what is left is shown as glue;
* the ratio of pipeline time to a bare pass of NLTK's untrained
  ``PunktSentenceTokenizer().span_tokenize`` over each paragraph of the same
  text (pieces of at most 50,000 characters: NLTK's regex time limit);
* the same ratio to a bare pass whose patterns are compiled without NLTK
  3.10's time-limit wrapper (``_segment._bare``): NLTK's own Punkt code at
  full speed, as older NLTK ran it.  (quoteattr's Punkt computes the same
  steps in its own code, faster still; the baseline stays NLTK's.)
* the floor of this design: the pipeline's own scans alone, each pattern run
  to the end over the text it is run over in ``attribute`` with nothing done
  per match (paragraphs and sentences, then the quote-mark, cue, name,
  pronoun and nominal patterns), against that same unwrapped Punkt pass.
  What the pipeline costs above this floor is its work on each match:
  records, lexicon look-ups, clusters and the sieve.

The pipeline and the bare Punkt pass are timed document by document, one
right after the other, so that both see the same machine at the same moment
(on a shared machine speed drifts by tens of percent within seconds); the
whole corpus is run ``--repeat`` times (3 by default), the ratio reported is
the median of the runs' ratios and the MB/s the fastest run's.  Each run
starts with quoteattr's caches of answers about pieces of text emptied
(names, Punkt's decisions: ``_pipeline._forget_texts``), so that no run is
helped by what an earlier run over the same corpus remembered.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

import _corpus
from _util import mb, shared_texts, utf8_len

import quoteattr
from quoteattr import _pipeline as P
from quoteattr._cues import build_cue_patterns
from quoteattr._mentions import build_patterns
from quoteattr._quotes import _MARK as _QUOTE_MARK
from quoteattr._quotes import gaps

#: The stage functions ``_pipeline.attribute`` calls, by the name it calls them with.
#: Each is timed by wrapping that name in ``quoteattr._pipeline`` for one pass, so the
#: stages run exactly as ``attribute`` runs them, in its order, with its arguments.
STAGE_NAMES = ["split_paragraphs", "_split_sentences", "find_quotes_in", "build_patterns",
               "build_cue_patterns", "unwrap", "find_cues", "find_mentions", "cluster_mentions",
               "_run_sieve", "_speakers"]

#: The configuration every pipeline pass runs with (``--indirect``: reported speech too).
CONFIG = quoteattr.Config()


#: The patterns ``find_cues`` and ``find_mentions`` run over the stretches between
#: quotes (default lexicon; the text's line breaks inside paragraphs made
#: spaces), for :func:`scan_pass`.
_SCAN_PATTERNS = (build_cue_patterns(()).pattern, build_patterns().name,
                  build_patterns().pronoun, build_patterns().nominal)


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


def punkt_pass(tok, paras: list[str]) -> None:  # type: ignore[no-untyped-def]
    """``tok.span_tokenize`` over every paragraph, in pieces of at most 50,000
    characters (NLTK's regex time limit)."""
    for p in paras:
        for i in range(0, len(p), 50_000):
            for _ in tok.span_tokenize(p[i:i + 50_000]):
                pass


def scan_pass(text: str, spans: list[tuple[int, int]]) -> None:
    """The pipeline's own scans over ``text`` with nothing done per match: the
    floor under :func:`quoteattr.attribute` for this design.  Paragraphs and
    sentences are split as the pipeline splits them; the quote-mark pattern
    runs over each paragraph, and the cue, name, pronoun and nominal patterns
    over ``spans``, the stretches between quotes (found by the caller, untimed),
    as in ``attribute``."""
    paras = P.split_paragraphs(text)
    P._split_sentences(text, paras)
    for p in paras:
        for _ in _QUOTE_MARK.finditer(text, p.start, p.end):
            pass
    flat = P.unwrap(text, paras)
    for pattern in _SCAN_PATTERNS:
        for a, b in spans:
            for _ in pattern.finditer(flat, a, b):
                pass


def unwrapped_punkt():  # type: ignore[no-untyped-def]
    """NLTK's untrained ``PunktSentenceTokenizer`` with its patterns compiled
    without NLTK 3.10's time-limit wrapper (``_segment._punkt_classes``)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from quoteattr._segment import _punkt_classes

    bare_vars, bare_token = _punkt_classes()
    return PunktSentenceTokenizer(lang_vars=bare_vars(), token_cls=bare_token)


def paired_pass(texts: list[str]) -> tuple[float, float, float]:
    """Seconds of :func:`quoteattr.attribute`, of a bare, untrained Punkt
    ``span_tokenize`` over every paragraph (pieces of at most 50,000
    characters), and of the same with the patterns unwrapped, timed document
    by document, one after the other.

    Pairing at this grain means both see the same machine at the same moment:
    on a shared machine speed drifts by tens of percent within seconds, and two
    separate passes would each catch a different part of that drift.  Each
    document is dropped as soon as it is made, as a streaming job would
    (holding them all makes the garbage collector's passes grow)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tok = PunktSentenceTokenizer()
    unwrapped = unwrapped_punkt()
    pipe = punkt = punkt_unwrapped = 0.0
    P._forget_texts()  # the corpus is new to this pass, as a stream of articles would be
    gc.collect()
    for t in texts:
        paras = [p.text for p in P.split_paragraphs(t)]
        t0 = time.perf_counter()
        quoteattr.attribute(t, CONFIG)
        t1 = time.perf_counter()
        punkt_pass(tok, paras)
        t2 = time.perf_counter()
        punkt_pass(unwrapped, paras)
        t3 = time.perf_counter()
        pipe += t1 - t0
        punkt += t2 - t1
        punkt_unwrapped += t3 - t2
    return pipe, punkt, punkt_unwrapped


def floor_pass(texts: list[str]) -> tuple[float, float]:
    """Seconds of :func:`scan_pass` and of the unwrapped bare Punkt pass, timed
    document by document as in :func:`paired_pass`, in a pass of their own that
    starts with quoteattr's caches emptied (as the pipeline's pass does): the
    sentence splitter meets each text as new, not as the pipeline left it."""
    unwrapped = unwrapped_punkt()
    scans = punkt_unwrapped = 0.0
    P._forget_texts()
    gc.collect()
    for t in texts:
        paragraphs = P.split_paragraphs(t)
        quotes = P.find_quotes_in(t, paragraphs)
        spans = gaps(sorted((q.outer_start, q.outer_end) for q in quotes if q.level == 0), len(t))
        paras = [p.text for p in paragraphs]
        del quotes, paragraphs
        t0 = time.perf_counter()
        scan_pass(t, spans)
        t1 = time.perf_counter()
        punkt_pass(unwrapped, paras)
        t2 = time.perf_counter()
        scans += t1 - t0
        punkt_unwrapped += t2 - t1
    return scans, punkt_unwrapped


def measure(name: str, texts: list[str], repeat: int) -> None:
    size = utf8_len(texts)
    runs = [paired_pass(texts) for _ in range(repeat)]
    whole = min(r[0] for r in runs)
    punkt = min(r[1] for r in runs)
    ratios = sorted(r[0] / r[1] for r in runs)
    ratio = ratios[len(ratios) // 2]
    unwrapped = min(r[2] for r in runs)
    ratios_u = sorted(r[0] / r[2] for r in runs)
    floor_runs = [floor_pass(texts) for _ in range(repeat)]
    floors = sorted(a / b for a, b in floor_runs)
    times: dict[str, float] = defaultdict(float)
    n_quotes = n_reports = stale = 0
    gc.collect()
    staged_records = []
    P._forget_texts()
    with timed_stages(times) as stages:
        staged_whole = 0.0
        for t in texts:
            t0 = time.perf_counter()
            staged = quoteattr.attribute(t, CONFIG)
            staged_whole += time.perf_counter() - t0
            n_quotes += len(staged.quotes)
            n_reports += len(staged.reports)
            staged_records.append(staged.records())
            del staged
    # the timed run must give what attribute() gives
    stale = sum(quoteattr.attribute(t, CONFIG).records() != r
                for t, r in zip(texts, staged_records, strict=True))
    del staged_records
    times["(glue: Document, config, checks)"] = staged_whole - sum(times.values())
    stages.append("(glue: Document, config, checks)")
    staged_total = staged_whole
    reports = f", {n_reports} reports" if CONFIG.indirect else ""
    print(f"\n== {name}: {len(texts)} docs, {mb(size):.2f} MB, {n_quotes} quotes{reports}")
    print(f"   pipeline (fastest of {repeat}): {whole:.2f} s  = {mb(size) / whole:.3f} MB/s")
    print(f"   bare Punkt over the same paragraphs (fastest of {repeat}): {punkt:.2f} s "
          f"({mb(size) / punkt:.2f} MB/s)")
    print(f"   pipeline / Punkt, timed document by document: median {ratio:.1f}x "
          f"(runs: {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"   bare Punkt, patterns without NLTK's time-limit wrapper: {unwrapped:.2f} s "
          f"({mb(size) / unwrapped:.2f} MB/s); pipeline / that: median "
          f"{ratios_u[len(ratios_u) // 2]:.1f}x (runs: {', '.join(f'{r:.2f}' for r in ratios_u)})")
    print(f"   the floor, the pipeline's own scans with nothing done per match (fastest of "
          f"{repeat}): {min(r[0] for r in floor_runs):.2f} s; / the unwrapped Punkt pass: median "
          f"{floors[len(floors) // 2]:.1f}x (runs: {', '.join(f'{r:.2f}' for r in floors)})")
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
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs over the corpus: median ratio, fastest MB/s (default 3)")
    ap.add_argument("--indirect", action="store_true",
                    help="run the pipeline with Config(indirect=True): reported speech too")
    args = ap.parse_args()
    global CONFIG
    CONFIG = quoteattr.Config(indirect=args.indirect)
    print(f"pipeline: quoteattr.attribute(text, {CONFIG!r})" if args.indirect else
          "pipeline: quoteattr.attribute(text)")
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
        measure(name, texts, max(1, args.repeat))


if __name__ == "__main__":
    main()
