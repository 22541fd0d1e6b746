"""Packaging: one source for the version, and a source distribution that holds what its tests read.

The full check, an sdist built, unpacked away from the checkout and tested in a fresh venv,
is in ``.ci/run``; these tests are the cheap part of it that runs with the suite.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _files_under(*names: str) -> list[str]:
    """Every file below ``names`` (folders or files of the checkout), as '/'-separated paths."""
    out: list[str] = []
    for name in names:
        path = ROOT / name
        found = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        out += [p.relative_to(ROOT).as_posix() for p in found
                if "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"}]
    return sorted(out)


def test_version_has_one_source() -> None:
    """pyproject.toml declares no version of its own but reads ``quoteattr.__version__``."""
    project = PYPROJECT["project"]
    assert "version" not in project
    assert "version" in project["dynamic"]
    attr = PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "quoteattr.__version__"
    assert quoteattr.__version__.count(".") >= 2


def test_installed_metadata_matches_version() -> None:
    """An installed quoteattr's metadata carries the version its ``__init__`` declares."""
    try:
        installed = importlib.metadata.version("quoteattr")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("quoteattr is not installed, only imported from the checkout")
    assert installed == quoteattr.__version__


def test_cli_version_is_the_package_version() -> None:
    """``quoteattr --version`` prints ``quoteattr`` and ``__version__``."""
    proc = subprocess.run([sys.executable, "-m", "quoteattr", "--version"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["quoteattr", quoteattr.__version__]


def test_manifest_takes_every_file_the_tests_read() -> None:
    """MANIFEST.in, read as setuptools reads it, selects every file of tests/ and examples/
    and README.md (whose examples tests/test_examples.py runs)."""
    filelist = pytest.importorskip("setuptools.command.egg_info").FileList()
    wanted = _files_under("tests", "examples", "README.md")
    assert "tests/data/cases.json" in wanted
    filelist.allfiles = list(wanted)  # what `graft` and `prune` choose from
    for line in (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            filelist.process_template_line(line)
    missing = sorted(set(wanted) - set(filelist.files))
    assert missing == []
