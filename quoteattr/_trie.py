"""Word lists as regex tries: fast to match, because a position that starts no
word of the list fails on its first character instead of trying every entry."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str], *, flexible_space: bool = True,
                 case_variants: bool = False) -> str:
    """A non-capturing regex that matches any of ``words`` (longest match first).

    >>> import re
    >>> p = re.compile(trie_pattern(["Secretary", "Secretary of State", "Sen."]))
    >>> p.match("Secretary of State Roe").group()
    'Secretary of State'

    With ``flexible_space`` a space in an entry matches any run of spaces,
    tabs or a line break (wrapped text).  With ``case_variants`` each entry
    also matches in lower case and with its first letter capitalised (so the
    pattern needs no case-insensitive flag, which is slow).  The pattern is
    valid for both ``re`` and ``regex``.
    """
    words = list(words)
    if case_variants:
        words = sorted({v for w in words for v in (w, w.lower(), w[:1].upper() + w[1:])})
    root: dict[str, dict] = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def atom(ch: str) -> str:
        if ch == " " and flexible_space:
            return r"[ \t\xa0]*(?:\n[ \t\xa0]*)?(?<=\s)"
        return re.escape(ch)

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [atom(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            # greedy optional: the longer entry is tried first, the shorter on failure
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(root) + ")"
