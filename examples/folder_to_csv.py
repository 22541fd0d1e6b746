"""Turn a folder of ``.txt`` articles into one CSV table of quotes.

Usage::

    python examples/folder_to_csv.py [FOLDER] [OUTPUT.csv]

``FOLDER`` defaults to this ``examples/`` folder and ``OUTPUT.csv`` to standard
output.  Each row is one quote: the file it came from followed by the flat
record fields of :meth:`quoteattr.Document.records` (``start``, ``end``,
``text``, ``speaker``, ...).  Only the standard library's :mod:`csv` is used.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TextIO

import quoteattr

HERE = Path(__file__).resolve().parent

FIELDS = ["file", "kind", "start", "end", "text", "speaker", "speaker_id", "speaker_title",
          "speaker_start", "speaker_end", "cue", "rule", "confidence", "closed", "level",
          "speaker_from"]


def write_csv(folder: Path, out: TextIO) -> int:
    """Write one row per quote of every ``*.txt`` file in ``folder``; return the row count."""
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    rows = 0
    for path in sorted(folder.glob("*.txt")):
        doc = quoteattr.attribute(path.read_text(encoding="utf-8"))
        for record in doc.records():
            writer.writerow({"file": path.name, **record})
            rows += 1
    return rows


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else HERE
    if not folder.is_dir():
        print(f"folder_to_csv: {folder} is not a folder", file=sys.stderr)
        return 2
    if len(argv) > 2 and argv[2] != "-":
        with open(argv[2], "w", encoding="utf-8", newline="") as out:
            rows = write_csv(folder, out)
        print(f"wrote {rows} quotes to {argv[2]}", file=sys.stderr)
    else:
        write_csv(folder, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
