"""Shared helpers for the benchmark scripts (not part of the library)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
#: The shared annotated corpora, relative to the repository (absent in some checkouts).
SHARED_DATA = REPO.parent / "shared" / "data"

# Run from a clean checkout without installing: the repository root first on the path.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def child_env() -> dict[str, str]:
    """The environment for a child Python: the repository and this folder importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO), str(HERE)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def mb(n_bytes: float) -> float:
    return n_bytes / 1e6


def utf8_len(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def shared_texts(limit_chars: int | None = None) -> dict[str, list[str]]:
    """The texts of ``../shared/data/*.jsonl`` by file stem, when present."""
    out: dict[str, list[str]] = {}
    if not SHARED_DATA.is_dir():
        return out
    for path in sorted(SHARED_DATA.glob("*.jsonl")):
        texts: list[str] = []
        total = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if limit_chars is not None and total >= limit_chars:
                    break
                obj = json.loads(line)
                if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                    texts.append(obj["text"])
                    total += len(obj["text"])
        if texts:
            out[path.stem] = texts
    return out


def run_child(code: str, args: list[str], timeout: float) -> tuple[dict | None, float, int]:
    """Run ``python -c code *args``; return (its last stdout line as JSON, seconds, peak RSS).

    The peak RSS is the child's own, in KiB (bytes on macOS), as ``wait4`` reports it when the
    child is reaped (see :func:`wait_rss`); its output goes to temporary files meanwhile, so a
    child that prints much cannot block on a full pipe.  The JSON is ``None`` when the child
    timed out or failed; its stderr is echoed then.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        code_, wall, rss = wait_rss([sys.executable, "-c", code, *args], timeout,
                                    env=child_env(), stdout=out, stderr=err)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if code_ != 0:
        sys.stderr.write(stderr[-3000:])
        return None, wall, rss
    lines = [ln for ln in stdout.splitlines() if ln.strip()]
    return (json.loads(lines[-1]) if lines else None), wall, rss


def wait_rss(cmd: list[str], timeout: float, **popen_kw) -> tuple[int, float, int]:
    """Run ``cmd``; return (exit code, seconds, its own peak RSS in KiB via wait4)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, **popen_kw)
    deadline = t0 + timeout
    while True:
        pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, time.perf_counter() - t0, ru.ru_maxrss
        if time.perf_counter() > deadline:
            proc.kill()
            _, status, ru = os.wait4(proc.pid, 0)
            proc.returncode = -9
            return -9, time.perf_counter() - t0, ru.ru_maxrss
        time.sleep(0.05)
