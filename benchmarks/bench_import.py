"""Time to ``import quoteattr`` in a fresh interpreter.

    python benchmarks/bench_import.py          # median of 5
    python benchmarks/bench_import.py --quick  # the same (it is fast)

Prints the median wall time of ``python -c "import quoteattr"`` minus that of
``python -c pass`` (interleaved runs), the same for importing quoteattr and
attributing one short text (NLTK is imported, and Punkt built, on the first
text that needs sentence splitting: that is the latency of a one-document
command), and the slowest imports reported by ``python -X importtime``
(cumulative microseconds).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from _util import child_env

#: Importing quoteattr and attributing a text that needs Punkt.
FIRST_TEXT = ("import quoteattr; quoteattr.attribute("
              "'“Warm,” Ann Lee said. She left at 5 p.m. on Friday. He stayed.')")


def wall(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=child_env(), check=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="accepted for symmetry: same run")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    wall(FIRST_TEXT)  # warm the file cache and .pyc files
    base, full, first = [], [], []
    for _ in range(args.runs):
        base.append(wall("pass"))
        full.append(wall("import quoteattr"))
        first.append(wall(FIRST_TEXT))
    b, f, t = statistics.median(base), statistics.median(full), statistics.median(first)
    print(f"python -c pass:             median {b * 1000:7.1f} ms")
    print(f"python -c 'import quoteattr': median {f * 1000:7.1f} ms")
    print(f"import quoteattr costs      {1000 * (f - b):7.1f} ms (median of {args.runs})")
    print(f"import + first attribute()  {1000 * (t - b):7.1f} ms (median of {args.runs}; "
          f"NLTK is imported on the first text)")
    res = subprocess.run([sys.executable, "-X", "importtime", "-c", "import quoteattr"],
                         env=child_env(), capture_output=True, text=True, check=True)
    rows = []
    for line in res.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = line[len("import time:"):].split("|", 2)
        rows.append((int(cum_us), int(self_us), name.rstrip()))
    print("\nslowest imports (python -X importtime, cumulative):")
    for cum, own, name in sorted(rows, reverse=True)[: args.top]:
        print(f"  {cum / 1000:8.1f} ms  (own {own / 1000:6.1f} ms)  {name}")


if __name__ == "__main__":
    main()
