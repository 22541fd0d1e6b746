"""Quote detection: pair quote marks by an (opening -> allowed closings) table.

One left-to-right pass over the marks of each paragraph with a stack; no
counting, no rescans.  An apostrophe (``I’m``, ``Russia’s``, ``’90s``,
``rock ’n’ roll``) is not a mark.  A double quote still open at the end of a
paragraph closes there (``closed=False``); when the next paragraph opens with a
mark again, the new quote ``continues`` the old one (the news convention for
multi-paragraph quotations).  A single quote still open at a paragraph end is
dropped (it was far more likely an apostrophe), unless singles are the text's
own style: in a text with more ‘ than opening doubles (British, Commonwealth
and some wire copy: ‘…,’ he said, doubles inside) an open ‘ runs on as a double
does; anywhere, a ‘ or ' left open runs on when the next paragraph reopens
with the same mark.  A closing ’ before a subject pronoun or a verb of saying
is never a plural possessive (``the voters’ he said``); a spaced ’ or ' closes
an open quote; ``‘Wins‘ that`` closes with a typo'd mark; ``s’,’`` is a
possessive, then the close; ``6’ 2”`` is feet and inches.  Inside a single
quote, a letter dropped at a word's end or start (``'I ain't goin' back,'``,
``'Walls 'ave ears,'``) is no mark when the closes still to come in the
paragraph are too few for one more quote: quotes inside singles are doubles,
and a close there would leave a later close with nothing to close.  The style is read
from a few counts of the document's marks, once; the pass stays one scan.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from sys import intern  # one string per mark, not one per quote

import regex

from ._model import Paragraph, Quote
from ._trie import trie_pattern

__all__ = ["find_quotes_in", "QUOTE_PAIRS", "STYLES"]

# ---------------------------------------------------------------------------
# The mark table, the one place quote marks are written.  Each opening mark
# lists the marks that may close it, its family (a double quote may run over
# paragraphs; a single one is dropped when left open) and its style, by which
# users choose the marks they want (``find_quotes_in(..., styles=...)``).
# The ambiguous straight marks (" '' ' ``) get their direction from context.
_PAIR_TABLE: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    # opening, closings, family, style
    ("“", ("”", "“", '"', "''"), "double", "curly"),
    ("„", ("“", "”", '"'), "double", "low"),      # „…“ (German), „…” (Polish)
    ("‟", ("”", "“"), "double", "curly"),
    ('"', ('"', "''", "”"), "double", "straight"),
    ("''", ("''", '"', "”"), "double", "straight"),
    ("``", ("''", '"', "”", "’’"), "double", "straight"),  # ``…'' (TeX, treebanks)
    ("‘", ("’", "'", "‘"), "single", "curly"),
    ("‚", ("‘", "’"), "single", "low"),
    ("'", ("'", "’"), "single", "straight"),
    ("«", ("»",), "double", "guillemets"),
    ("»", ("«",), "double", "guillemets"),       # »…« (Danish, German)
    ("‹", ("›",), "single", "guillemets"),
    ("›", ("‹",), "single", "guillemets"),
    ("「", ("」",), "double", "cjk"),
    ("『", ("』",), "double", "cjk"),
    ("〝", ("〞", "〟"), "double", "cjk"),
)

#: Each opening mark and the marks that may close it.
QUOTE_PAIRS: dict[str, tuple[str, ...]] = {o: cs for o, cs, _, _ in _PAIR_TABLE}

#: The named sets of opening marks ``styles`` may choose: each style of the
#: table (curly, straight, low, guillemets, cjk) and each family (double,
#: single).  A quote opens only at a chosen mark, and closes at any mark the
#: table allows for it.
STYLES: dict[str, frozenset[str]] = {
    name: frozenset(o for o, _, family, style in _PAIR_TABLE if name in (family, style))
    for name in dict.fromkeys([r[3] for r in _PAIR_TABLE] + [r[2] for r in _PAIR_TABLE])
}

_OPENINGS = frozenset(QUOTE_PAIRS)
_CLOSINGS = frozenset(c for cs in QUOTE_PAIRS.values() for c in cs)

#: Marks of the double family (a quote of this family may run over
#: paragraphs): the openings of double rows and the marks that close them.
DOUBLE = frozenset(m for o, cs, family, _ in _PAIR_TABLE if family == "double" for m in (o, *cs))
#: Marks that only open in the table (see the exceptions for “ ‘ « ‹ in the
#: pass, which also close in other styles: „…“ ‚…‘ »…«).
OPEN_ONLY = _OPENINGS - _CLOSINGS
#: Marks that only close in the table (see the exceptions for » › in the pass).
CLOSE_ONLY = _CLOSINGS - _OPENINGS


def _mark_pattern(marks: frozenset[str]) -> re.Pattern[str]:
    """One pattern for ``marks``, the two-character marks tried before the one
    they begin with (``''`` before ``'``): a trie of literals.  Every branch
    opening with a literal lets ``re`` skip in C to the next character that
    can start a mark, instead of trying the pattern at every position (a
    class among the branches would turn that skip off: measured, a scan in a
    third of the time)."""
    return re.compile(trie_pattern(marks, flexible_space=False))


def _openers_of(pairs: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """For each mark that can close, the opening marks it may close."""
    out: dict[str, frozenset[str]] = {}
    for o, cs in pairs.items():
        for c in cs:
            out[c] = out.get(c, frozenset()) | {o}
    return out


_MARK = _mark_pattern(_OPENINGS | _CLOSINGS)

# Elisions written with a leading apostrophe: not opening marks.
_ELISION = regex.compile(
    r"(?i)(?:em|tis|twas|til|till|cause|bout|n|round|nuff|s|er|im|ere|ow|ello|e|un|ud|d|ll|re|ve)"
    r"\b|\d\ds?\b|\d0s\b"
)


# What follows a closing mark and never a plural possessive (``the voters’ he
# said`` ends a quote; ``the voters’ money`` does not): a subject pronoun or a
# verb of saying, which no possessive takes as its noun.
_AFTER_CLOSE = regex.compile(
    r"[ \t\xa0\n]+(?:he|she|they|we|I|you|said|says|added|asked|told|wrote|replied|explained"
    r"|continued|insisted|argued|warned|according)\b")


# A tag right after a closing mark: a subject and a verb of saying, or the verb
# (``‘… over’ he said``); a dropped letter's word goes on otherwise (``an' you``).
_TAG_AFTER = regex.compile(
    r"[ \t\xa0\n]+(?:(?:he|she|they|we|I|you)[ \t\xa0\n]+)?(?:said|says|added|asked|told"
    r"|wrote|replied|explained|continued|insisted|argued|warned|cried)\b")


# Inches after a feet mark: ``6’ 2”`` (the ’ is a prime, not a closing mark).
_INCHES_AFTER = re.compile(r"[ \xa0]?\d{1,2}(?:\.\d+)?[”\"″]")


def gaps(spans: Sequence[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The stretches of ``[0, n)`` outside the sorted, disjoint ``spans`` (the
    text between the outermost quotes, where speakers and cues are looked for)."""
    out, pos = [], 0
    for s, e in spans:
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < n:
        out.append((pos, n))
    return out


def _kind(ch: str) -> str:
    """Classify one character of context: 'space', 'alnum', 'open' or 'punct'."""
    if ch == "" or ch.isspace():
        return "space"
    if ch.isalnum():
        return "alnum"
    if ch in "([{<—–-/":
        return "open"
    return "punct"


#: :func:`_kind` of the characters most often seen next to a mark (looked up,
#: not computed: the pass classifies two characters per mark).
_KINDS = {chr(c): _kind(chr(c)) for c in range(128)} | {
    ch: _kind(ch) for ch in "\xa0—–…“”‘’«»„"}
_KINDS[""] = "space"


def _openings(styles: str | Iterable[str]) -> frozenset[str]:
    """The opening marks of the named ``styles`` (see :data:`STYLES`; ``"all"``: every one)."""
    names = (styles,) if isinstance(styles, str) else tuple(styles)
    out: frozenset[str] = frozenset()
    for name in names:
        if name == "all":
            out |= _OPENINGS
        elif name in STYLES:
            out |= STYLES[name]
        else:
            known = ", ".join(repr(n) for n in (*STYLES, "all"))
            raise ValueError(f"unknown quote style {name!r}: the styles are {known}")
    return out


@functools.lru_cache(maxsize=32)
def _style_tables(openings: frozenset[str]) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The mark pattern and the closing table for a set of opening marks: the
    marks scanned are those openings and every mark that may close them."""
    pairs = {o: cs for o, cs in QUOTE_PAIRS.items() if o in openings}
    marks = frozenset(pairs) | {c for cs in pairs.values() for c in cs}
    return _mark_pattern(marks), _openers_of(pairs)


def find_quotes_in(text: str, paragraphs: Sequence[Paragraph], *,
                   styles: str | Iterable[str] | None = None) -> list[Quote]:
    """All quotes of ``text``, paragraph by paragraph, in text order.

    ``styles`` chooses the opening marks: one name or several of
    :data:`STYLES` (``"curly"``, ``"straight"``, ``"low"``, ``"guillemets"``,
    ``"cjk"``, or a family, ``"double"`` or ``"single"``; ``"all"``), their
    union.  A quote then opens only at a chosen mark and closes at any mark
    :data:`QUOTE_PAIRS` allows for it (``“…"``: a curly quote closed by a
    straight mark).  None, the default: every mark of the table.

    >>> from quoteattr._segment import split_paragraphs
    >>> text = "“Yes,” she said. 'Maybe,' he said."
    >>> [q.text for q in find_quotes_in(text, split_paragraphs(text))]
    ['Yes,', 'Maybe,']
    >>> [q.text for q in find_quotes_in(text, split_paragraphs(text), styles="curly")]
    ['Yes,']
    """
    if styles is None:
        mark_re, openers_of, openings = _MARK, _OPENERS_OF, None
    else:
        chosen = _openings(styles)
        mark_re, openers_of = _style_tables(chosen)
        openings = None if chosen == _OPENINGS else chosen
    # the document's primary marks, read from its own: in a text quoted with
    # singles (‘…,’ he said; British and much world-press copy) an unclosed ‘
    # at a paragraph end is a quote running on, as a double is elsewhere
    single_primary = _single_primary(text) and (openings is None or "‘" in openings)
    quotes: list[Quote] = []
    pending: int | None = None  # index of a quote left open at a paragraph end
    pending_family: bool | None = None  # its family: True = double, False = single
    for k, para in enumerate(paragraphs):
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        # a curly single quote left open carries on only where the next
        # paragraph reopens with one (else it was a stray mark)
        single_goes_on = single_primary or (nxt is not None and text.startswith("‘", nxt.start))
        # a straight ' left open goes on only where the next paragraph reopens with one
        straight_goes_on = nxt is not None and text.startswith("'", nxt.start)
        cont = pending if pending is not None else None
        found, left_open = _scan_paragraph(text, para, cont, pending_family, single_goes_on,
                                           mark_re, openers_of, openings, straight_goes_on)
        quotes.extend(found)
        pending = None
        if left_open:
            # the open quote is the paragraph's last outermost one: look back from the end
            pending = next(i for i in range(len(quotes) - 1, -1, -1) if quotes[i].level == 0)
            pending_family = left_open in DOUBLE
    return quotes


#: For each mark that can close, the opening marks it may close.
_OPENERS_OF = _openers_of(QUOTE_PAIRS)


def _single_primary(text: str) -> bool:
    """Whether ``text`` quotes with singles first: more curly ‘ than opening
    doubles (“ „ « and half the straight ").  A few C-level counts, once per
    document (the pass itself stays one left-to-right scan)."""
    singles = text.count("‘")
    if not singles:
        return False
    doubles = text.count("“") + text.count("„") + text.count("«") + text.count('"') // 2
    return singles > doubles


class _Stack:
    """The open marks of a paragraph, with a count per mark so that "is any
    mark open that this one could close?" costs O(1), not a scan."""

    __slots__ = ("items", "count", "openers_of")

    def __init__(self, openers_of: dict[str, frozenset[str]]) -> None:
        self.items: list[tuple[str, int, int]] = []  # (mark, mark start, mark end)
        self.count: dict[str, int] = {}
        self.openers_of = openers_of  # for each closing mark, the marks it may close

    def push(self, item: tuple[str, int, int]) -> None:
        self.items.append(item)
        self.count[item[0]] = self.count.get(item[0], 0) + 1

    def has_open(self, mark: str) -> bool:
        count = self.count
        if count:
            for o in self.openers_of.get(mark, ()):
                if count.get(o):
                    return True
        return False

    def open_count(self, mark: str) -> int:
        """How many open marks ``mark`` may close."""
        count = self.count
        return sum(count.get(o, 0) for o in self.openers_of.get(mark, ())) if count else 0

    def top(self) -> str | None:
        return self.items[-1][0] if self.items else None

    def pop_to(self, mark: str) -> tuple[str, int, int] | None:
        """Close the innermost open mark that ``mark`` may close, dropping the
        marks opened inside it; amortised O(1), as each mark is dropped once."""
        if not self.has_open(mark):
            return None
        openers = self.openers_of[mark]
        i = len(self.items) - 1
        while self.items[i][0] not in openers:
            i -= 1
        found = self.items[i]
        for o, _, _ in self.items[i:]:
            self.count[o] -= 1
        del self.items[i:]
        return found


def _closing_shape(text: str, mark: str, ms: int, me: int, start: int, end: int) -> bool:
    """A single mark with a letter or punctuation before it and none after it."""
    return (mark in ("’", "'") and ms > start and not text[ms - 1].isspace()
            and (me >= end or not text[me].isalnum()))


def _single_opening_shape(text: str, mark: str, ms: int, me: int, start: int) -> bool:
    """A single mark that opens a quote by its shape: ``‘`` with no letter on
    both sides, or ``'`` after a space or an opening bracket or dash and before
    a letter."""
    if mark == "‘":
        return not (ms > start and text[ms - 1].isalnum() and me < len(text) and text[me].isalnum())
    return mark == "'" and (ms == start or text[ms - 1].isspace() or text[ms - 1] in "([{—–-/") \
        and me < len(text) and text[me].isalnum()


def _scan_paragraph(text: str, para: Paragraph, pending: int | None = None,
                    pending_double: bool | None = None,
                    single_goes_on: bool = False, mark_re: re.Pattern[str] = _MARK,
                    openers_of: dict[str, frozenset[str]] = _OPENERS_OF,
                    openings: frozenset[str] | None = None,
                    straight_goes_on: bool = False,
                    ) -> tuple[list[Quote], str | None]:
    """Pair the marks of one paragraph; return its quotes and the mark left open.

    ``pending`` is the index of a quote left open at the previous paragraph's
    end: a quote of the same family opening this paragraph ``continues`` it.
    ``mark_re``, ``openers_of`` and ``openings`` are the chosen styles' (see
    :func:`_style_tables`; ``openings`` None: every opening mark)."""
    start, end = para.start, para.end
    # (mark, start, end) of each mark; an apostrophe between two letters or
    # digits (I’m, Russia’s) is left out at once: its role is 'none', and it
    # cannot be a closing shape, so it would change nothing below
    marks = []
    for m in mark_re.finditer(text, start, end):
        mark = m.group()
        ms, me = m.span()
        if (mark == "’" or mark == "'") and start < ms and me < end and \
                text[ms - 1].isalnum() and text[me].isalnum():
            continue
        marks.append((mark, ms, me))
    if not marks:
        return [], None
    stack = _Stack(openers_of)
    out: list[Quote] = []
    # later_close[i]: the single closing-shaped marks at or after mark i
    # before any single opening mark (so a possessive "Joneses’ farm" need not
    # be the quote's end; but in "‘… in years’ and ‘plainly unfair’" the next
    # quote opens before any other close, so "years’" ends the first)
    # (counted, up to three: how many closes are to come tells a dropped letter
    # from a close, see _role)
    later_close = [0] * (len(marks) + 1)
    for i in range(len(marks) - 1, -1, -1):
        if _closing_shape(text, *marks[i], start, end):
            later_close[i] = min(3, later_close[i + 1] + 1)
        elif not _single_opening_shape(text, *marks[i], start):
            later_close[i] = later_close[i + 1]

    def emit(o_mark: str, o_s: int, o_e: int, c_mark: str, c_s: int, c_e: int,
             closed: bool) -> bool:
        s, e = o_e, c_s
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            return False
        cont = None
        if pending is not None and o_s == start and (o_mark in DOUBLE) == pending_double:
            cont = pending
        out.append(Quote._of(text, s, e, o_s, c_e, intern(o_mark), intern(c_mark), closed, 0,
                             para.index, cont))
        return True

    kinds = _KINDS
    for i, (mark, ms, me) in enumerate(marks):
        prev = text[ms - 1] if ms > start else ""
        nxt = text[me] if me < end else ""
        pk = kinds.get(prev) or _kind(prev)
        nk = kinds.get(nxt) or _kind(nxt)
        role = _role(mark, pk, nk, prev, text, ms, me, start, end, stack,
                     later_close[i + 1])
        if role == "close" or role == "either":
            opener = stack.pop_to(mark)
            if opener is not None:
                emit(opener[0], opener[1], opener[2], mark, ms, me, True)
                continue
            if role == "close":
                # a closing mark with no opener: a stray, unless it is one of
                # the marks that some styles also use to open (» ›  Swedish ”)
                if mark in ("»", "›") and nk == "alnum" and (
                        openings is None or mark in openings):
                    stack.push((mark, ms, me))
                continue
        if role in ("open", "either") and (openings is None or mark in openings):
            stack.push((mark, ms, me))
    # whatever is still open at the paragraph end: the outermost double quote
    # runs to the end and may continue in the next paragraph; so does a single
    # opened from an opening position (not glued to a word) where its kind goes
    # on (a ‘ in a single-quoted text, or either single where the next
    # paragraph reopens with the same mark); other open marks are dropped
    left_open = None
    if stack.items:
        o_mark, o_s, o_e = stack.items[0]
        if (o_mark in DOUBLE or (
                ((o_mark == "‘" and single_goes_on) or (o_mark == "'" and straight_goes_on))
                and (o_s == start or not text[o_s - 1].isalnum()))) and \
                emit(o_mark, o_s, o_e, "", end, end, False):
            left_open = o_mark
    out.sort(key=lambda q: (q.outer_start, -q.outer_end))
    return _with_levels(out), left_open


def _with_levels(quotes: list[Quote]) -> list[Quote]:
    """Set each quote's level from the quotes actually kept around it (a mark
    left open and dropped does not make the quotes inside it nested)."""
    ends: list[int] = []
    out = []
    for q in quotes:
        while ends and ends[-1] <= q.outer_start:
            ends.pop()
        level = len(ends)
        out.append(q if q.level == level else q._with_level(level))
        ends.append(q.outer_end)
    return out


def _role(mark: str, pk: str, nk: str, prev: str, text: str, ms: int, me: int,
          start: int, end: int, stack: _Stack, later_close: int) -> str:
    """'open', 'close', 'either' or 'none' (an apostrophe) for one mark."""
    if mark in ("’", "'"):
        if pk == "alnum" and nk == "alnum":
            return "none"  # I’m, Russia’s, o’clock
        if pk == "space" and nk == "space":
            # a spaced closing mark (‘… that advice, ’ he said): an apostrophe
            # always touches its word, so with a quote open this can only close
            return "close" if stack.has_open(mark) else "none"
        if pk in ("space", "open") and (nk in ("alnum", "punct") or (
                nk == "open" and pk == "space")):  # 'a  '(a  '--a, not --'--
            if _ELISION.match(text, me, end) and not (
                    mark == "'" and later_close and not stack.items and text[me].isupper()):
                # (but a capital after a straight ' with nothing open and a
                # closing ' to come opens a quote: 'Er--no,' she said; 'S--Saturday.')
                return "none"  # ’90s, ’em, rock ’n’ roll
            if mark == "’":
                return "none"
            if text[me].islower() and (n_open := stack.open_count(mark)) and \
                    later_close <= n_open:
                # a single open, and too few closes to come for one more: a
                # dropped letter ('cept, 'ave, 'ouse in 'Walls 'ave ears in this
                # 'ouse.'), not a quote inside the quote
                return "none"
            return "open"
        if nk in ("space", "punct", "open") and pk != "space":
            if pk == "alnum" and ms - 2 >= start and text[ms - 2] in " \t\xa0’'" \
                    and prev in "nN":
                return "none"  # the end of ’n’ (rock ’n’ roll)
            if prev in "sSzZ" and nk == "space" and later_close and \
                    text[me + 1:me + 2].islower() and not _AFTER_CLOSE.match(text, me, end):
                return "none"  # a plural possessive (the Joneses’ farm) inside a quote
            if pk == "alnum" and nk == "space" and text[me + 1:me + 2].islower() and \
                    later_close and later_close >= stack.open_count(mark) and \
                    not _TAG_AFTER.match(text, me, end):
                # a dropped letter (goin' back, an' you) inside a quote: a close
                # here would leave a close to come with nothing to close (but a
                # tag after it makes it a close: ‘… over’ he said)
                return "none"
            if pk == "alnum" and nk == "punct" and text[me] in ",.;:!?" and \
                    text.startswith(mark, me + 1) and (
                        prev in "sSzZ" or stack.open_count(mark) < 2):
                # a possessive or a dropped letter closing its quote (‘It is the
                # Joneses’,’, 'Not for nothin'.')
                return "none"
            if prev.isdigit() and _INCHES_AFTER.match(text, me, end):
                return "none"  # feet before inches (‘He is 6’ 2” tall’): a prime
            # closing, or a plural possessive (Jones’): only close an open quote
            return "close" if stack.has_open(mark) else "none"
        return "none"
    if mark == "‘":
        if pk == "alnum" and nk == "alnum":
            return "none"
        if nk == "alnum" and _ELISION.match(text, me, end) and not stack.count.get("‚"):
            return "none"  # ‘90s written with the wrong mark
        if stack.top() == "‚":
            return "close"
        if pk in ("alnum", "punct") and nk in ("space", "punct") and stack.count.get("‘"):
            return "close"  # a typo'd closing mark: ‘Wins‘ that …
        return "open"
    if mark in ('"', "''"):
        if mark == '"' and prev.isdigit() and stack.has_open(mark) and stack.top() != '"':
            return "none"  # inches (“a 4" pipe”) inside a curly or low-9 quote
        if pk in ("space", "open") and nk not in ("space",):
            return "open"
        if nk in ("space", "punct") and pk not in ("space", "open"):
            return "close"
        return "either" if stack.has_open(mark) else "open"
    if mark == "“":
        if stack.top() == "„":
            return "close"
        if pk in ("alnum", "punct") and nk in ("space", "punct") and stack.has_open(mark):
            return "close"  # a typo'd closing mark: “Wins“ that …
        return "open"
    if mark == "‚":
        return "open" if pk in ("space", "open") and nk == "alnum" else "none"
    if mark in ("»", "›"):
        return "close"
    if mark in ("«", "‹"):
        return "close" if stack.has_open(mark) else "open"  # »…« style, else «…»
    if mark in OPEN_ONLY:
        return "open"
    if mark in CLOSE_ONLY:
        return "close"
    return "none"
