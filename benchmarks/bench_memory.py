"""Peak memory: one big document, and a JSONL corpus streamed through the command line.

    python benchmarks/bench_memory.py               # 20 MB document; 50 and 200 MB corpora
    python benchmarks/bench_memory.py --quick       # 1 MB document; 2 and 8 MB corpora
    python benchmarks/bench_memory.py --big         # adds a 1 GB corpus (slow: hours)

1. One document: a child process reads the text from a file, warms up, notes
   its peak RSS (``getrusage`` maxrss), runs :func:`quoteattr.attribute`, and
   reports the growth of the peak over the UTF-8 size of the text (target
   <= 20x).  In the quick mode tracemalloc's peak of Python allocations is
   shown as well (it slows the run down several times).
2. A corpus: ``python -m quoteattr FILE.jsonl --format jsonl -o /dev/null``
   on corpora of two (three with ``--big``) sizes; the peak RSS of that
   process (from ``wait4``) should not grow with the corpus: streaming means
   constant memory.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import _corpus
from _util import child_env, run_child, wait_rss

TARGET = 20.0

DOC_CHILD = r"""
import json, resource, sys, tracemalloc
import quoteattr
path, trace = sys.argv[1], sys.argv[2] == "1"
text = open(path, encoding="utf-8").read()
quoteattr.attribute("“Warm,” Ann Lee said. She left at 5 p.m. on Friday. He stayed.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if trace:
    tracemalloc.start()
doc = quoteattr.attribute(text)
traced = tracemalloc.get_traced_memory()[1] if trace else None
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"bytes": len(text.encode()), "before_kib": before, "after_kib": after,
                  "traced_peak": traced, "quotes": len(doc.quotes)}))
"""


def one_document(n_chars: int, trace: bool, tmp: Path, timeout: float) -> None:
    path = tmp / "doc.txt"
    path.write_text(_corpus.document(n_chars, seed=21), encoding="utf-8")
    res, wall, _ = run_child(DOC_CHILD, [str(path), "1" if trace else "0"], timeout)
    if res is None:
        print(f"one document of {n_chars / 1e6:g} M chars: timed out or failed")
        return
    size = res["bytes"]
    grow = (res["after_kib"] - res["before_kib"]) * 1024
    print(f"one document, {size / 1e6:.1f} MB UTF-8 ({res['quotes']} quotes):")
    print(f"  peak RSS before {res['before_kib'] / 1024:.0f} MB, after "
          f"{res['after_kib'] / 1024:.0f} MB: +{grow / 1e6:.0f} MB = {grow / size:.1f}x the "
          f"text (target <= {TARGET:g}x)")
    if res["traced_peak"] is not None:
        print(f"  tracemalloc peak during attribute(): {res['traced_peak'] / 1e6:.0f} MB = "
              f"{res['traced_peak'] / size:.1f}x the text")


def write_corpus(path: Path, n_bytes: int) -> int:
    """JSON lines of generated articles, about ``n_bytes`` long; returns the count."""
    n = 0
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        for text in _corpus.articles(seed=33):
            if written >= n_bytes:
                break
            line = json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode())
            n += 1
    return n


def corpus_via_cli(sizes_mb: list[float], tmp: Path, timeout: float, extra: list[str]) -> None:
    print(f"\nJSONL corpus through `python -m quoteattr FILE.jsonl --format jsonl "
          f"{' '.join(extra)}`:")
    print(f"  {'corpus MB':>9} {'docs':>8} {'seconds':>9} {'MB/s':>7} {'peak RSS MB':>12}")
    for size in sizes_mb:
        path = tmp / f"corpus-{size:g}.jsonl"
        n = write_corpus(path, int(size * 1e6))
        real = path.stat().st_size
        code, secs, rss = wait_rss(
            [sys.executable, "-m", "quoteattr", str(path), "--format", "jsonl",
             "-o", "/dev/null", *extra],
            timeout, env=child_env(), stdout=__import__("subprocess").DEVNULL)
        path.unlink()
        status = "" if code == 0 else f"  (exit {code}{': timed out' if code == -9 else ''})"
        print(f"  {real / 1e6:>9.1f} {n:>8} {secs:>9.1f} {real / 1e6 / secs:>7.3f} "
              f"{rss / 1024:>12.0f}{status}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a small, fast smoke run")
    ap.add_argument("--big", action="store_true", help="also a 1 GB corpus (hours)")
    ap.add_argument("--doc-mb", type=float, default=None, help="document size (20; quick 1)")
    ap.add_argument("--corpus-mb", type=float, nargs="+", default=None,
                    help="corpus sizes (50 200; quick 2 8)")
    ap.add_argument("--cli-args", nargs=argparse.REMAINDER, default=[],
                    help="extra arguments for the command line (e.g. --jobs 2)")
    ap.add_argument("--timeout", type=float, default=None, help="seconds per run")
    args = ap.parse_args()
    doc_mb = args.doc_mb or (1.0 if args.quick else 20.0)
    sizes = args.corpus_mb or ([2.0, 8.0] if args.quick else [50.0, 200.0])
    if args.big:
        sizes.append(1000.0)
    timeout = args.timeout or (120.0 if args.quick else 4 * 3600.0)
    with tempfile.TemporaryDirectory(prefix="quoteattr-bench-") as d:
        tmp = Path(d)
        one_document(int(doc_mb * 1e6), args.quick, tmp, timeout)
        corpus_via_cli(sizes, tmp, timeout, args.cli_args)


if __name__ == "__main__":
    main()
