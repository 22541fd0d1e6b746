"""Quote detection: pair quote marks by an (opening -> allowed closings) table.

One left-to-right pass over the marks of each paragraph with a stack; no
counting, no rescans.  An apostrophe (``I’m``, ``Russia’s``, ``’90s``,
``rock ’n’ roll``) is not a mark.  A double quote still open at the end of a
paragraph closes there (``closed=False``); when the next paragraph opens with a
mark again, the new quote ``continues`` the old one (the news convention for
multi-paragraph quotations).  A single quote still open at a paragraph end is
dropped: it was far more likely an apostrophe.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ._model import Paragraph, Quote

__all__ = ["find_quotes_in", "QUOTE_PAIRS"]

# ---------------------------------------------------------------------------
# The mark table.  Each opening mark lists the marks that may close it.  The
# ambiguous straight marks (" '' ' ``) get their direction from context.
QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”", "“", '"', "''"),
    "„": ("“", "”", '"'),
    "‟": ("”", "“"),
    '"': ('"', "''", "”"),
    "''": ("''", '"', "”"),
    "``": ("''", '"', "”", "’’"),
    "‘": ("’", "'"),
    "‚": ("‘", "’"),
    "'": ("'", "’"),
    "«": ("»",),
    "»": ("«",),
    "‹": ("›",),
    "›": ("‹",),
    "「": ("」",),
    "『": ("』",),
    "〝": ("〞", "〟"),
}

#: Marks of the double family (a quote of this family may run over paragraphs).
DOUBLE = frozenset({"“", "”", "„", "‟", '"', "''", "``", "’’", "«", "»", "「", "」", "『", "』",
                    "〝", "〞", "〟"})
#: Marks that can only open.
OPEN_ONLY = frozenset({"“", "„", "‟", "‘", "‚", "«", "‹", "「", "『", "〝", "``"})
#: Marks that can only close (but see the exceptions for » › and “ in the pass).
CLOSE_ONLY = frozenset({"”", "’", "’’", "»", "›", "」", "』", "〞", "〟"})

_MARK = regex.compile(r"''|``|’’|[\"“”„‟‘’‚'«»‹›「」『』〝〞〟]")

# Elisions written with a leading apostrophe: not opening marks.
_ELISION = regex.compile(
    r"(?i)(?:em|tis|twas|til|till|cause|bout|n|round|nuff|s|er|im|ere|ow|ello|e|un|ud|d|ll|re|ve)"
    r"\b|\d\ds?\b|\d0s\b"
)


def _kind(ch: str) -> str:
    """Classify one character of context: 'space', 'alnum', 'open' or 'punct'."""
    if ch == "" or ch.isspace():
        return "space"
    if ch.isalnum():
        return "alnum"
    if ch in "([{<—–-/":
        return "open"
    return "punct"


def find_quotes_in(text: str, paragraphs: Sequence[Paragraph]) -> list[Quote]:
    """All quotes of ``text``, paragraph by paragraph, in text order."""
    quotes: list[Quote] = []
    pending: int | None = None  # index of a double quote left open at a paragraph end
    for para in paragraphs:
        found, left_open = _scan_paragraph(text, para)
        for i, q in enumerate(found):
            if i == 0 and pending is not None and q.level == 0 and q.outer_start == para.start:
                q = attrs.evolve(q, continues=pending)
            quotes.append(q)
        pending = None
        if left_open:
            # the open quote is the paragraph's last outermost one: look back from the end
            pending = next(i for i in range(len(quotes) - 1, -1, -1) if quotes[i].level == 0)
    return quotes


def _scan_paragraph(text: str, para: Paragraph) -> tuple[list[Quote], str | None]:
    """Pair the marks of one paragraph; return its quotes and the family left open."""
    start, end = para.start, para.end
    stack: list[tuple[str, int, int]] = []  # (mark, mark start, mark end)
    out: list[Quote] = []

    def emit(o_mark: str, o_s: int, o_e: int, c_mark: str, c_s: int, c_e: int,
             closed: bool, level: int) -> bool:
        s, e = o_e, c_s
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            return False
        out.append(Quote(start=s, end=e, text=text[s:e], outer_start=o_s, outer_end=c_e,
                         open_mark=o_mark, close_mark=c_mark, closed=closed, level=level,
                         paragraph=para.index))
        return True

    for m in _MARK.finditer(text, start, end):
        mark = m.group()
        ms, me = m.span()
        prev = text[ms - 1] if ms > start else ""
        nxt = text[me] if me < end else ""
        pk, nk = _kind(prev), _kind(nxt)
        role = _role(mark, pk, nk, prev, nxt, text, me, end, stack)
        if role == "close" or role == "either":
            idx = _find_opener(stack, mark)
            if idx is not None:
                o_mark, o_s, o_e = stack[idx]
                del stack[idx:]
                emit(o_mark, o_s, o_e, mark, ms, me, True, idx)
                continue
            if role == "close":
                # a closing mark with no opener: a stray, unless it is one of
                # the marks that some styles also use to open (» ›  Swedish ”)
                if mark in ("»", "›") and nk == "alnum":
                    stack.append((mark, ms, me))
                continue
        if role in ("open", "either"):
            stack.append((mark, ms, me))
    # whatever is still open at the paragraph end
    left_open = None
    for level, (o_mark, o_s, o_e) in enumerate(stack):
        if o_mark in DOUBLE and level == 0:
            if emit(o_mark, o_s, o_e, "", end, end, False, 0):
                left_open = o_mark
        # open single quotes and inner open marks are dropped (apostrophes, typos)
        break
    out.sort(key=lambda q: (q.start, -q.end))
    return out, left_open


def _find_opener(stack: list[tuple[str, int, int]], mark: str) -> int | None:
    """Index of the innermost open mark that ``mark`` may close."""
    for i in range(len(stack) - 1, -1, -1):
        if mark in QUOTE_PAIRS.get(stack[i][0], ()):
            return i
    return None


def _role(mark: str, pk: str, nk: str, prev: str, nxt: str, text: str, me: int, end: int,
          stack: list[tuple[str, int, int]]) -> str:
    """'open', 'close', 'either' or 'none' (an apostrophe) for one mark."""
    if mark in ("’", "'"):
        if pk == "alnum" and nk == "alnum":
            return "none"  # I’m, Russia’s, o’clock
        if pk in ("space", "open") and nk in ("alnum", "punct"):
            if _ELISION.match(text, me, end) and not _has_open(stack, mark):
                return "none"  # ’90s, ’em, rock ’n’ roll
            if mark == "’":
                return "none"
            return "open"
        if nk in ("space", "punct", "open") and pk != "space":
            # closing, or a plural possessive (Jones’): only close an open quote
            return "close" if _has_open(stack, mark) else "none"
        return "none"
    if mark == "‘":
        if pk == "alnum" and nk == "alnum":
            return "none"
        if nk == "alnum" and _ELISION.match(text, me, end) and not _has_open(stack, "‘"):
            return "none"  # ‘90s written with the wrong mark
        if stack and stack[-1][0] == "‚":
            return "close"
        return "open"
    if mark in ('"', "''"):
        if pk in ("space", "open") and nk not in ("space",):
            return "open"
        if nk in ("space", "punct") and pk not in ("space", "open"):
            return "close"
        return "either" if _has_open(stack, mark) else "open"
    if mark == "“":
        if stack and stack[-1][0] == "„":
            return "close"
        if pk in ("alnum", "punct") and nk in ("space", "punct") and _has_open(stack, mark):
            return "close"  # a typo'd closing mark: “Wins“ that …
        return "open"
    if mark == "‚":
        return "open" if pk in ("space", "open") and nk == "alnum" else "none"
    if mark in ("»", "›"):
        return "close"
    if mark in ("«", "‹") and _has_open(stack, mark):
        return "close"  # »…« style
    if mark in OPEN_ONLY:
        return "open"
    if mark in CLOSE_ONLY:
        return "close"
    return "none"


def _has_open(stack: list[tuple[str, int, int]], mark: str) -> bool:
    return any(mark in QUOTE_PAIRS.get(o, ()) for o, _, _ in stack)
