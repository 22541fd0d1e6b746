"""Count who is quoted, and how often, across a JSONL corpus.

Usage::

    python examples/corpus_speakers.py [CORPUS.jsonl] [--text-field NAME]

The corpus has one JSON object per line with the article in a ``text`` field
(another field name with ``--text-field``).  With no argument it reads
``corpus.jsonl`` next to this script.  Speakers are counted with
:class:`collections.Counter`; quotes with no speaker are counted apart.  When
pandas is installed the same counts are also shown as a DataFrame; pandas is
optional.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import quoteattr

HERE = Path(__file__).resolve().parent


def count_speakers(path: Path, text_field: str = "text") -> tuple[Counter[str], int, int]:
    """(quotes per speaker, quotes with no speaker, documents read) for a JSONL corpus."""
    counts: Counter[str] = Counter()
    unattributed = 0
    documents = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = quoteattr.attribute(json.loads(line)[text_field])
            documents += 1
            for record in doc.records():
                if record["speaker"] is None:
                    unattributed += 1
                else:
                    counts[record["speaker"]] += 1
    return counts, unattributed, documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(HERE / "corpus.jsonl"))
    parser.add_argument("--text-field", default="text")
    args = parser.parse_args(argv)

    counts, unattributed, documents = count_speakers(Path(args.corpus), args.text_field)
    print(f"{documents} documents, {sum(counts.values())} attributed quotes, "
          f"{unattributed} without a speaker")
    for speaker, n in counts.most_common():
        print(f"{n:5d}  {speaker}")

    try:
        import pandas as pd
    except ImportError:
        return 0
    frame = pd.DataFrame(counts.most_common(), columns=["speaker", "quotes"])
    print()
    print(frame.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
