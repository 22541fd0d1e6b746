"""Attribute the quotes of one article and print each quote with its speaker.

Usage::

    python examples/one_article.py [ARTICLE.txt]

With no argument it reads ``article.txt`` next to this script.  For each quote
it prints the quoted text, the speaker (with title, when one was seen), and
the rule of the attribution sieve that decided, so you can see *why*.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quoteattr

HERE = Path(__file__).resolve().parent


def describe(text: str) -> list[str]:
    """One printable line per quote of ``text``."""
    doc = quoteattr.attribute(text)
    lines = []
    for r in doc.records():
        if r["speaker"] is None:
            who = "(no speaker)"
        elif r["speaker_title"]:
            who = f"{r['speaker_title']} {r['speaker']}"
        else:
            who = r["speaker"]
        lines.append(f"{who:<32} “{r['text']}”  [{r['rule']}, {r['confidence']:.2f}]")
    return lines


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "article.txt"
    text = path.read_text(encoding="utf-8")
    for line in describe(text):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
