"""How time grows with input size, on news-like text and on adversarial inputs.

    python benchmarks/bench_scaling.py              # 1, 4 and 16 MB (each case in a subprocess)
    python benchmarks/bench_scaling.py --quick      # 25, 100 and 400 kB
    python benchmarks/bench_scaling.py --profile nested 1   # cProfile one case (size in MB)
    python benchmarks/bench_scaling.py --calls      # function calls at 0.5 and 2 MB, no timing

Cases (``benchmarks/_corpus.py``): ``news`` (generated articles joined into
one document), ``unbalanced`` (a stray quote mark every 10 characters: 100,000
per MB), ``one_paragraph`` (no line break at all), ``long_quote`` (one
quotation as long as the document), ``nested`` (quotes nested 50 levels deep,
repeated), ``no_sentence_end`` (no ``.``, ``?`` or ``!`` anywhere),
``dialogue_paragraph`` (a story's dialogue with no paragraph break),
``long_dialogue`` (one dialogue exchange of thousands of turns),
``revealed_voices`` (quotes tagged by an unknown voice, the one sentence that
reveals whose at the very end).

Each case runs :func:`quoteattr.attribute` on one document in a fresh
subprocess (after a warm-up call), with a time limit.  Every size of every
kind runs ``--repeat`` times (3; quick mode once), in rounds — all cases
once, then all again — so that each size is sampled at several moments of a
machine whose speed drifts, and the median run of each size counts (the same
statistic at every size: keeping the fastest of several short runs against
one long run would favour the short ones).  It prints seconds, MB/s, peak
RSS, every run's seconds, and the largest/smallest time ratio: linear growth
gives 16 for a 16x size step; the target is at most 18.
"""

from __future__ import annotations

import argparse
import sys

from _util import run_child

KINDS = ["news", "unbalanced", "one_paragraph", "long_quote", "nested", "no_sentence_end",
         "dialogue_paragraph", "long_dialogue", "revealed_voices"]
TARGET = 18.0

CHILD = r"""
import json, resource, sys, time
import _corpus, quoteattr
kind, n = sys.argv[1], int(sys.argv[2])
text = _corpus.document(n, seed=5) if kind == "news" else _corpus.adversarial(kind, n)
quoteattr.attribute("“Warm,” Ann Lee said. She left at 5 p.m. on Friday. He stayed.")
t0 = time.perf_counter()
doc = quoteattr.attribute(text)
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "bytes": len(text.encode()), "quotes": len(doc.quotes),
                  "sentences": len(doc.sentences),
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def profile(kind: str, size_mb: float, top: int) -> None:
    import cProfile
    import pstats

    import _corpus

    import quoteattr

    n = int(size_mb * 1e6)
    text = _corpus.document(n, seed=5) if kind == "news" else _corpus.adversarial(kind, n)
    quoteattr.attribute("“Warm,” Ann Lee said. She left at 5 p.m. on Friday. He stayed.")
    prof = cProfile.Profile()
    prof.runcall(quoteattr.attribute, text)
    st = pstats.Stats(prof, stream=sys.stdout)
    print(f"== cProfile of attribute() on {kind}, {size_mb} MB, by own time")
    st.sort_stats("tottime").print_stats(top)
    print("== by cumulative time")
    st.sort_stats("cumulative").print_stats(top)


def count_calls(kinds: list[str], sizes: list[float]) -> None:
    """Python function calls (cProfile's count) for each kind and size, in this
    process: a measure of work that the machine's speed does not move, so that
    linear growth can be told from noise.  Work inside the regex engines is
    not counted (no pattern backtracks more on a longer text: see
    docs/reliability.rst)."""
    import cProfile
    import pstats

    import _corpus

    import quoteattr

    quoteattr.attribute("“Warm,” Ann Lee said. She left at 5 p.m. on Friday. He stayed.")
    step = sizes[-1] / sizes[0]
    print(f"Python function calls per document (linear: x{step:g} from the first size "
          f"to the last)")
    for kind in kinds:
        counts = []
        for size in sizes:
            n = int(size * 1e6)
            text = _corpus.document(n, seed=5) if kind == "news" else _corpus.adversarial(kind, n)
            prof = cProfile.Profile()
            prof.enable()
            quoteattr.attribute(text)
            prof.disable()
            counts.append(sum(v[1] for v in pstats.Stats(prof).stats.values()))  # type: ignore[attr-defined]
        cells = "  ".join(f"{size:g} MB {c:>11,}" for size, c in zip(sizes, counts, strict=True))
        print(f"  {kind:<16} {cells}   x{counts[-1] / counts[0]:.3f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a small, fast smoke run")
    ap.add_argument("--sizes-mb", type=float, nargs="+", default=None,
                    help="sizes in MB (default 1 4 16; quick 0.025 0.1 0.4)")
    ap.add_argument("--kinds", nargs="+", choices=KINDS, default=KINDS)
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds per case before it is reported as too slow "
                         "(default 900; quick 60)")
    ap.add_argument("--profile", nargs=2, metavar=("KIND", "MB"),
                    help="profile one case in this process instead")
    ap.add_argument("--top", type=int, default=25, help="rows of the profile")
    ap.add_argument("--calls", action="store_true",
                    help="count Python function calls instead of timing (sizes 0.5 2)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="runs of every size, in rounds; the median counts (3; quick 1)")
    args = ap.parse_args()
    if args.profile:
        profile(args.profile[0], float(args.profile[1]), args.top)
        return
    if args.calls:
        count_calls(args.kinds, args.sizes_mb or ([0.025, 0.1] if args.quick else [0.5, 2.0]))
        return
    sizes = args.sizes_mb or ([0.025, 0.1, 0.4] if args.quick else [1.0, 4.0, 16.0])
    timeout = args.timeout or (60.0 if args.quick else 900.0)
    repeat = args.repeat or (1 if args.quick else 3)
    step = sizes[-1] / sizes[0]
    # every size of every kind runs `repeat` times, in rounds (all cases once,
    # then all again), so that each size is sampled at several moments of a
    # drifting machine; the median run of each size counts
    runs: dict[tuple[str, float], list[dict]] = {}
    failed: set[str] = set()
    for rnd in range(repeat):
        for kind in args.kinds:
            for size in sizes:
                if kind in failed:
                    break
                res, _, _ = run_child(CHILD, [kind, str(int(size * 1e6))], timeout)
                if res is None:
                    print(f"{kind:<16} {size:>8g}   > {timeout:.0f} s or failed: larger sizes "
                          f"and later rounds skipped", flush=True)
                    failed.add(kind)
                    break
                runs.setdefault((kind, size), []).append(res)
        print(f"round {rnd + 1} of {repeat} done", file=sys.stderr, flush=True)
    print(f"{'case':<16} {'size MB':>8} {'seconds':>9} {'MB/s':>7} {'peak RSS MB':>12} "
          f"{'quotes':>8}   seconds of each run")
    ratios = {}
    for kind in args.kinds:
        times = []
        for size in sizes:
            rs = sorted(runs.get((kind, size), []), key=lambda r: r["seconds"])
            if not rs:  # this size failed or timed out in the first round
                times.append(None)
                break
            res = rs[len(rs) // 2]
            times.append(res["seconds"])
            print(f"{kind:<16} {res['bytes'] / 1e6:>8.2f} {res['seconds']:>9.2f} "
                  f"{res['bytes'] / 1e6 / res['seconds']:>7.3f} "
                  f"{res['maxrss_kib'] / 1024:>12.0f} {res['quotes']:>8}   "
                  + ", ".join(f"{r['seconds']:.2f}" for r in rs))
        if len(times) == len(sizes) and None not in times:
            ratios[kind] = times[-1] / times[0]
    print(f"\ntime ratio {sizes[-1]:g} MB / {sizes[0]:g} MB, median runs (linear = {step:g}; "
          f"target <= {TARGET * step / 16:g}):")
    for kind in args.kinds:
        if kind in ratios:
            r = ratios[kind]
            flag = "ok" if r <= TARGET * step / 16 else "NON-LINEAR"
            print(f"  {kind:<16} {r:6.1f}  {flag}")
        else:
            print(f"  {kind:<16}    n/a  (timed out or failed)")

if __name__ == "__main__":
    main()
