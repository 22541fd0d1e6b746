"""Time to ``import quoteattr`` in a fresh interpreter.

    python benchmarks/bench_import.py          # median of 5
    python benchmarks/bench_import.py --quick  # the same (it is fast)

Prints the median wall time of ``python -c "import quoteattr"`` minus that of
``python -c pass`` (interleaved runs), and the slowest imports reported by
``python -X importtime`` (cumulative microseconds).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from _util import child_env


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
    wall("import quoteattr")  # warm the file cache and .pyc files
    base, full = [], []
    for _ in range(args.runs):
        base.append(wall("pass"))
        full.append(wall("import quoteattr"))
    b, f = statistics.median(base), statistics.median(full)
    print(f"python -c pass:             median {b * 1000:7.1f} ms")
    print(f"python -c 'import quoteattr': median {f * 1000:7.1f} ms")
    print(f"import quoteattr costs      {1000 * (f - b):7.1f} ms (median of {args.runs})")
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
