"""The runnable scripts in ``examples/`` run and find the speakers of the bundled article."""

from __future__ import annotations

import csv
import doctest
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLE = EXAMPLES / "article.txt"


def run(script: str, *args: str, extra_path: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``examples/<script>`` with this checkout's quoteattr first on the path."""
    paths = [str(extra_path)] if extra_path else []
    paths.append(str(ROOT))
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )


def test_article_is_bundled():
    """The example article ships with one paragraph per line and a blank line between."""
    text = ARTICLE.read_text(encoding="utf-8")
    paragraphs = text.strip().split("\n\n")
    assert len(paragraphs) >= 10
    assert all(p and "\n" not in p for p in paragraphs)


def test_one_article_prints_speakers():
    """one_article.py prints the article's quotes with their speakers."""
    proc = run("one_article.py", str(ARTICLE))
    assert proc.returncode == 0, proc.stderr
    assert "Helena Marsh" in proc.stdout
    assert "productive and meaningful" in proc.stdout


def test_one_article_defaults_to_bundled_article():
    """one_article.py with no argument reads the bundled article."""
    proc = run("one_article.py")
    assert proc.returncode == 0, proc.stderr
    assert "Tomas Brenik" in proc.stdout


def test_folder_to_csv_writes_rows(tmp_path):
    """folder_to_csv.py writes one CSV row per quote with the record fields."""
    (tmp_path / "article.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "quotes.csv"
    proc = run("folder_to_csv.py", str(tmp_path), str(out))
    assert proc.returncode == 0, proc.stderr
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["file"] for r in rows} == {"article.txt"}
    assert "Irena Vosk" in {r["speaker"] for r in rows}
    assert {"start", "end", "text", "speaker", "rule", "confidence"} <= set(rows[0])


def test_folder_to_csv_defaults_to_stdout():
    """folder_to_csv.py with no arguments reads examples/ and writes CSV to stdout."""
    proc = run("folder_to_csv.py")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert "Helena Marsh" in {r["speaker"] for r in rows}


def test_folder_to_csv_rejects_missing_folder(tmp_path):
    """folder_to_csv.py exits non-zero with a message for a folder that does not exist."""
    proc = run("folder_to_csv.py", str(tmp_path / "nope"))
    assert proc.returncode != 0
    assert "not a folder" in proc.stderr


def test_corpus_speakers_counts(tmp_path):
    """corpus_speakers.py counts the quotes of each speaker in a JSONL corpus."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": ARTICLE.read_text(encoding="utf-8")})
                      + "\n", encoding="utf-8")
    proc = run("corpus_speakers.py", str(corpus))
    assert proc.returncode == 0, proc.stderr
    assert "1 documents" in proc.stdout
    assert "Helena Marsh" in proc.stdout


def test_corpus_speakers_without_pandas(tmp_path):
    """corpus_speakers.py still works when pandas cannot be imported."""
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "pandas.py").write_text("raise ImportError('pandas blocked for this test')\n")
    proc = run("corpus_speakers.py", extra_path=blocker)
    assert proc.returncode == 0, proc.stderr
    assert "Helena Marsh" in proc.stdout
    assert "speaker  quotes" not in proc.stdout


@pytest.mark.parametrize("script", ["one_article.py", "folder_to_csv.py", "corpus_speakers.py"])
def test_example_has_docstring_and_main_guard(script):
    """Every example script has a module docstring and an ``if __name__ == "__main__":`` guard."""
    source = (EXAMPLES / script).read_text(encoding="utf-8")
    assert source.lstrip().startswith('"""')
    assert 'if __name__ == "__main__":' in source


def test_readme_examples_run():
    """The Python examples in README.md run and print what the README shows."""
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False,
                              optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
