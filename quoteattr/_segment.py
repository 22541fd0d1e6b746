"""Segmentation: paragraphs and sentences, as offsets into the original text.

Two public functions:

* :func:`split_paragraphs` finds paragraphs, deciding per document whether the
  text puts one paragraph on each line (web and feed text) or hard-wraps lines
  for print, marking paragraphs with blank lines (e-books, wire copy), with an
  indented first line, or only with a last line that ends short.
* :func:`split_sentences` runs NLTK's Punkt algorithm on each paragraph, with
  English parameters that ship in :mod:`quoteattr._lexicon_sentences` (no
  ``nltk.download``, no NLTK data), and then applies a few small, general rules
  Punkt lacks: quotations and their attributions, ellipses, lists.

Every :class:`~quoteattr._model.Sentence` records in ``reason`` why it ends where
it does.  Where Punkt ended it, the reason is Punkt's own, one of the three
reasons for a boundary of NLTK's ``debug_decisions`` (see :mod:`quoteattr._punkt`):

``"default decision"``
    A ``?``, ``!``, or a period on a word that is no abbreviation, initial or
    number (``He left. Then``).
``"abbreviation + orthographic heuristic"``
    An abbreviation before a word that, capitalised, opens sentences
    (``in the U.S. They``).
``"abbreviation + frequent sentence starter"``
    An abbreviation before a capitalised frequent sentence starter
    (``at 6 p.m. Mr. Lee``).

The rules around Punkt give the others:

``"quote-close"``
    Punkt's boundary, after a closing quotation mark (``“Stop.” He left.``).
``"ellipsis"``
    An ellipsis that ends a sentence (``I never meant that.... She left.``).
``"list item"``
    The next item of a numbered, lettered or bulleted list starts here.
``"chunk cut"``
    A very long paragraph was cut into bounded pieces here (see below).
``"paragraph end"``
    The paragraph ends.
``"timeout fallback"``
    Only should Punkt time out (see :func:`_punkt_spans`): a cut after
    sentence-final punctuation, or between the halves of a piece retried.

``extra_abbreviations`` (:func:`split_sentences`) adds abbreviations to
Punkt's parameters and to the rule for fronted phrases; one tokenizer is
built per distinct set.

Punkt is only ever given one paragraph, and paragraphs longer than
:data:`MAX_CHUNK` characters are cut at safe points first.  Its patterns are
NLTK's, compiled without the wall-clock limit NLTK 3.10 wraps around them
(see :func:`quoteattr._punkt._bare`); should a piece still time out, it is retried in halves
and then cut after sentence-final punctuation.  All work is linear in the
length of the text.  Punkt itself, NLTK's steps computed directly, lives in
:mod:`quoteattr._punkt`, imported on first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import regex

from quoteattr._lexicon_sentences import (
    ABBREVIATIONS,
    ATTRIBUTION_CUES,
    ATTRIBUTION_TAILS,
    FRONTING_PREPOSITIONS,
    SENTENCE_STARTERS,
    abbreviation_types,
)
from quoteattr._model import Paragraph, Sentence

__all__ = ["MAX_CHUNK", "split_paragraphs", "split_sentences", "unwrap"]

#: The longest piece of a paragraph handed to Punkt in one call.
MAX_CHUNK = 50_000

# ---------------------------------------------------------------------------
# Paragraphs
# ---------------------------------------------------------------------------

_LINE_BREAK_CHARS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # as str.splitlines
#: The characters of the ``regex`` module's ``\s`` (its White_Space; the
#: standard library's ``\s`` adds \x1c-\x1f), spelled out so that the scan for
#: line breaks, one match per line, runs on ``re``, twice as fast.
_REGEX_SPACE = ("\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f"
                "\u3000")
# A line break and the whitespace after it; a blank line shows as a second break.
_BREAK_RUN = re.compile(f"[{_LINE_BREAK_CHARS}][{_REGEX_SPACE}]*")
_LINE_BREAK = re.compile(f"[{_LINE_BREAK_CHARS}]")
#: _BREAK_RUN for a text whose only line break is "\n": a literal first
#: character, which ``re`` finds by a fast search instead of testing a class
#: at every position
_NEWLINE_RUN = re.compile(f"\n[{_REGEX_SPACE}]*")
_OTHER_BREAKS = _LINE_BREAK_CHARS.replace("\n", "")


def _newlines_only(text: str) -> bool:
    r"""Whether "\n" is the only line break of ``text`` (most texts): one
    ``in`` per other kind, each a fast search over the string."""
    return not any(c in text for c in _OTHER_BREAKS)


_NON_SPACE = regex.compile(r"\S")

# Lines wrapped for print are short; one-paragraph-per-line text has long lines.
_WRAPPED_LINE_MAX = 100


def _check_str(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """The non-blank lines, ``(start, end)``, grouped into blank-line-separated blocks."""
    blocks = []
    lines = []
    pos = 0
    plain = _newlines_only(text)
    for m in (_NEWLINE_RUN if plain else _BREAK_RUN).finditer(text):
        ms, me = m.span()
        lines.append((pos, ms))
        if me - ms > 1:
            first_end = ms + (2 if text.startswith("\r\n", ms) else 1)
            if (text.find("\n", first_end, me) >= 0 if plain
                    else _LINE_BREAK.search(text, first_end, me)):
                blocks.append(lines)
                lines = []
        pos = me
    lines.append((pos, len(text)))
    blocks.append(lines)
    # Only the text's first line can start with whitespace (a break run takes
    # the whitespace after it), and only its last can be empty.
    first, last = blocks[0], blocks[-1]
    if _NON_SPACE.search(text, *first[0]) is None:
        del first[0]
    if last and _NON_SPACE.search(text, *last[-1]) is None:
        del last[-1]
    return [b for b in blocks if b]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span shrunk to exclude whitespace at either end (empty if blank)."""
    if start < end and not text[start].isspace():
        first = start  # the common case; regex's \s is a subset of str.isspace
    else:
        m = _NON_SPACE.search(text, start, end)
        if m is None:
            return start, start
        first = m.start()
    last = end
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


def _is_wrapped(blocks: list[list[tuple[int, int]]]) -> bool:
    """Whether blank-line-separated blocks look like hard-wrapped paragraphs.

    Wrapped text has blank lines between blocks, most of its lines sit in blocks
    of several lines, and the lines that are not the last of their block are
    short (a print line, about 70 columns).
    """
    if len(blocks) < 2:
        return False
    multi = [b for b in blocks if len(b) > 1]
    if not multi:
        return False
    lines_total = sum(len(b) for b in blocks)
    lines_in_multi = sum(len(b) for b in multi)
    if lines_in_multi * 2 < lines_total:
        return False
    inner = sorted(e - s for b in multi for s, e in b[:-1])
    return inner[len(inner) // 2] <= _WRAPPED_LINE_MAX


def _print_width(lengths: list[int]) -> int:
    """The width a text's lines were wrapped at: the 90th percentile of their
    lengths (a greedy wrapper fills most lines close to it; one overlong line,
    a URL or a heading, does not move it)."""
    ordered = sorted(lengths)
    return ordered[(len(ordered) - 1) * 9 // 10]


def _is_full(text: str, line: tuple[int, int], nxt: tuple[int, int], width: int) -> bool:
    """Whether the first word of line ``nxt`` would not have fit at the end of
    ``line`` (a line ``width`` wide): the break there only wraps the line.  A
    line of one word is never full: a wrapped line holds several."""
    if text.find(" ", *line) < 0:
        return False
    s, e = nxt
    word = e - s
    for i in range(s, min(e, s + width + 1)):  # a word longer than a line is cut at the width
        if text[i].isspace():
            word = i - s
            break
    return line[1] - line[0] + 1 + word > width


def _indented(text: str, start: int) -> bool:
    """Whether the line starting at ``start`` (after a line break) is indented:
    whitespace other than the line break stands right before it."""
    return text[start - 1] not in _LINE_BREAK_CHARS


def _indent_marks(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    """Whether the text marks paragraphs by an indented first line, not (or
    not mainly) by blank lines: wrapped text from print, ``\\n\\tThe …``.

    The evidence, all the text's own: at least two lines after a single line
    break are indented, more than the blank-line breaks; the lines are
    print-short (:func:`_print_width` at most :data:`_WRAPPED_LINE_MAX`); and
    indentation comes where a line ended with room to spare: most lines
    before an indented line are not full (the next line's first word would
    have fit on them: a paragraph's last line), most lines before an
    unindented one are (a wrapped line).  A letter or a block quote indented
    as a whole has full lines before its indented ones; one-paragraph-per-line
    text with a few indented lines has lines of every length, with room after
    most.
    """
    breaks = _LINE_BREAK_CHARS  # (_indented, inline: this runs over every line)
    indented = sum(1 for b in blocks for s, _ in b[1:] if text[s - 1] not in breaks)
    if indented < 2 or indented < len(blocks):
        return False
    width = _print_width([e - s for b in blocks for s, e in b])
    if width > _WRAPPED_LINE_MAX:
        return False
    ends = wraps = full_ends = full_wraps = 0
    for b in blocks:
        for line, nxt in zip(b, b[1:], strict=False):
            full = _is_full(text, line, nxt, width)
            if _indented(text, nxt[0]):
                ends += 1
                full_ends += full
            else:
                wraps += 1
                full_wraps += full
    return full_ends * 2 < ends and full_wraps * 2 > wraps


def _fit_marks(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    """Whether a text with neither blank lines between its wrapped paragraphs
    nor indentation was wrapped for print all the same, its paragraphs ending
    where a line ends short (the way text-unwrapping tools read such text).

    The evidence: at least three line breaks inside blocks, print-short lines
    (:func:`_print_width` at most :data:`_WRAPPED_LINE_MAX`), and most lines
    full (the next line's first word would not have fit on them).  Text with
    one short paragraph a line has lines of every length, with room after most.
    """
    width = _print_width([e - s for b in blocks for s, e in b])
    if width > _WRAPPED_LINE_MAX:
        return False
    pairs = [(b[i], b[i + 1]) for b in blocks for i in range(len(b) - 1)]
    if len(pairs) < 3:
        return False
    full = sum(1 for a, n in pairs if _is_full(text, a, n, width))
    return full * 2 > len(pairs)


def _joined(blocks: list[list[tuple[int, int]]],
            opens: Callable[[tuple[int, int], tuple[int, int]], bool]) -> list[tuple[int, int]]:
    """Paragraph spans: each block's lines, a new paragraph at each line for
    which ``opens(previous line, line)`` holds."""
    spans = []
    for b in blocks:
        start = b[0][0]
        for prev, line in zip(b, b[1:], strict=False):
            if opens(prev, line):
                spans.append((start, prev[1]))
                start = line[0]
        spans.append((start, b[-1][1]))
    return spans


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs.

    Blank lines always separate paragraphs.  How a text marks the others is
    decided once per document, from its own lines: by an indented first line
    in print-wrapped text without blank lines between paragraphs
    (:func:`_indent_marks`); by blank lines alone in text that hard-wraps its
    lines between them (:func:`_is_wrapped`); by a line that ends short in
    print-wrapped text with neither (:func:`_fit_marks`); otherwise each line
    is a paragraph of its own (web and feed text).  ``\\r\\n``, ``\\r`` and the
    Unicode line separators all end lines.  Spans exclude surrounding
    whitespace; empty paragraphs are dropped.

    >>> [p.text for p in split_paragraphs("One line.\\nAnother line.")]
    ['One line.', 'Another line.']
    >>> [p.text for p in split_paragraphs("Wrapped\\nlines.\\n\\nNext\\nblock.")]
    ['Wrapped\\nlines.', 'Next\\nblock.']
    """
    _check_str(text)
    blocks = _blocks(text)
    # lines after a single line break: none or one (blank lines between
    # one-line paragraphs, the common web case) leave nothing to decide
    breaks = sum(map(len, blocks)) - len(blocks)

    if breaks >= 2 and _indent_marks(text, blocks):
        spans = _joined(blocks, lambda prev, line: _indented(text, line[0]))
    elif _is_wrapped(blocks):
        spans = [(b[0][0], b[-1][1]) for b in blocks]
    elif breaks >= 3 and _fit_marks(text, blocks):
        width = _print_width([e - s for b in blocks for s, e in b])
        spans = _joined(blocks, lambda prev, line: not _is_full(text, prev, line, width))
    else:
        spans = [line for b in blocks for line in b]

    out: list[Paragraph] = []
    for start, end in spans:
        s, e = _trim(text, start, end)
        if e > s:
            out.append(Paragraph._of(text, s, e, len(out)))
    return out


#: Every line break character to a space (str.translate).
_BREAK_TO_SPACE = str.maketrans(dict.fromkeys(_LINE_BREAK_CHARS, " "))


def unwrap(text: str, paragraphs: Sequence[Paragraph]) -> str:
    """``text`` with every line break inside a paragraph made a space: the same
    length, so every offset stays right, and the text that the readers of
    cues, names, clauses and scenes see, in which a wrapped line break is
    whitespace like any other and every line break left ends a paragraph.
    ``text`` itself when no paragraph holds a line break (one paragraph a
    line, or blank lines between one-line paragraphs)."""
    parts: list[str] = []
    pos = 0
    if _newlines_only(text):
        def search(text: str, a: int, b: int) -> int | None:
            return None if text.find("\n", a, b) < 0 else a
    else:
        search = _LINE_BREAK.search  # type: ignore[assignment]
    for p in paragraphs:
        if search(text, p.start, p.end) is None:
            continue
        parts.append(text[pos:p.start])
        parts.append(text[p.start:p.end].translate(_BREAK_TO_SPACE))
        pos = p.end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


#: an underscore that opens or closes a word (Project Gutenberg's mark for
#: italics: ``_She_ spoke first``), not one inside a word (``snake_case``)
_EMPHASIS = regex.compile(
    r"(?<![\p{L}\p{N}])_++(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])_++(?![\p{L}\p{N}])")


def plain_emphasis(text: str) -> str:
    """``text`` with the underscores that mark italics in plain-text books
    (``_She_ spoke first``, ``“_I_ never said so”``) made spaces: the same
    length, so every offset stays right, and the words inside are words to the
    readers of names, pronouns and cues (``_she_`` was no pronoun, its letters
    joined to the underscores).  ``text`` itself when it holds no underscore."""
    if "_" not in text:
        return text
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), text)


# ---------------------------------------------------------------------------
# Punkt (quoteattr._punkt, imported on first use)
# ---------------------------------------------------------------------------

if TYPE_CHECKING:
    from quoteattr._punkt import Punkt

#: No extra abbreviations: the default tokenizer.
_NO_EXTRA: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=16)
def _tokenizer(extra: frozenset[str] = _NO_EXTRA) -> Punkt:
    """Punkt on the shipped English parameters plus the abbreviation types
    ``extra``, built on first use (importing NLTK costs more than the rest of
    the package, so ``import quoteattr`` waits); one per distinct ``extra``."""
    from quoteattr._punkt import tokenizer

    return tokenizer(extra)


def _punkt_classes() -> tuple[type, type]:
    """NLTK's ``PunktLanguageVars`` and ``PunktToken`` with their patterns
    unwrapped (see :func:`quoteattr._punkt._bare`), for the benchmarks' bare
    NLTK Punkt pass."""
    from quoteattr._punkt import BareLanguageVars, BareToken

    return BareLanguageVars, BareToken


def _forget_texts() -> None:
    """Empty the bounded caches of answers about pieces of text: every Punkt
    tokenizer's decisions and token analyses, and the list-marker patterns."""
    import sys

    punkt = sys.modules.get("quoteattr._punkt")
    if punkt is not None:  # no tokenizer built yet: nothing to forget
        punkt.forget_texts()
    _marker_pattern.cache_clear()


@functools.lru_cache(maxsize=64)
def _extra_types(extra: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The abbreviation types that ``extra`` adds to the shipped ones, and all of them."""
    added = abbreviation_types(extra) - ABBREVIATIONS
    return added, ABBREVIATIONS | added


# ---------------------------------------------------------------------------
# Patterns for the rules around Punkt (all anchored, all bounded)
# ---------------------------------------------------------------------------

_CLOSING_MARKS = "\"'\u2019\u201d\u00bb\u203a"
_CLOSERS = re.compile(r"[\"'\u2019\u201d\u00bb\u203a)\]}]*")
_SPACES = regex.compile(r"\s*")

# A word that starts lower-case ("iPhone", "eBay" excepted), matched at the
# first word after a cut.
_LOWER_NEXT = regex.compile(r"\p{Ll}(?!\p{Ll}{0,30}\p{Lu})")

# A capitalised name (up to four words, "Sen. Jane Roe") and a speech verb that
# attribute the quotation before them, followed by punctuation, the paragraph
# end, or a word that typically trails an attribution ("said on Monday").
_ATTRIBUTION = regex.compile(
    r"""\s+(?:(?:(?-i:\p{Lu})[\p{L}\p{M}'\u2019.-]{0,40}),?\s+){0,4}
        \L<cues>
        (?:\s*[,.;:!?\u2014-]|\s*$|\s+\L<tails>\b)""",
    regex.VERBOSE | regex.IGNORECASE,
    cues=sorted(ATTRIBUTION_CUES),
    tails=sorted(ATTRIBUTION_TAILS),
)
_NAME_CASE = regex.compile(r"\p{Lu}")

# Ellipses: the ellipsis character, or three or more periods, spaced (". . .") or not.
_ELLIPSIS = re.compile(r"\u2026{1,100}|\.(?:[ \u00a0]?\.){2,100}")
# Every match of _ELLIPSIS holds one of these (a text without them has none)
_ELLIPSIS_NEEDLES = ("\u2026", "..", ". .", ".\u00a0.")

# A list marker at an item's start: "1.", "1)", "1.)", "a.", with an optional
# bullet before it ("• 9.", "⁃9."), or a bullet alone.
_BULLETS = "\u2022\u2043\u2023\u25e6\u25aa\u25cf"
_LIST_MARKER = regex.compile(
    rf"""(?P<bullet>[{_BULLETS}])?[ \t]*
        (?:(?:(?P<num>\d{{1,3}})|(?P<let>[a-z]))(?P<sty>\.\)|\)|\.))?
        (?=\s|$)""",
    regex.VERBOSE,
)
_LIST_WINDOW = 2_000
# What a list marker can open with, of the ASCII characters (any other opens none)
_LIST_FIRST = frozenset(" \t0123456789abcdefghijklmnopqrstuvwxyz")

# Safe places to cut an over-long paragraph: after .!? (and closers) + space.
_SAFE_CUT = regex.compile(r"[.!?][\"'\u2019\u201d)\]]*(?=\s)")
_SPACE = regex.compile(r"\s")
_TRAILING = frozenset(".?!\"'\u2019\u201d\u00bb\u203a)]}")
_WORD = regex.compile(r"[^\s]+")


def _chunks(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int, bool]]:
    """Bounded pieces of ``text[start:end]``; the flag says whether a cut ends it."""
    pos = start
    while end - pos > limit:
        lo, hi = pos + limit // 2, pos + limit
        cut = None
        for m in _SAFE_CUT.finditer(text, lo, hi):
            cut = m.end()
        if cut is None:
            for m in _SPACE.finditer(text, lo, hi):
                cut = m.start()
        if cut is None or cut <= pos:
            cut = hi
        yield pos, cut, True
        pos = cut
    yield pos, end, False


# ---------------------------------------------------------------------------
# The rules around Punkt
# ---------------------------------------------------------------------------


def _may_break(text: str, start: int, end: int) -> bool:
    """Whether a ``.``, ``?`` or ``!`` occurs before the piece's final punctuation.

    Only such a mark (or ``…``) can end a sentence inside the piece, so Punkt,
    with its fixed cost per call and a decision per candidate, is skipped for
    the many one-sentence paragraphs.
    """
    last = end
    while last > start and (text[last - 1].isspace() or text[last - 1] in _TRAILING):
        last -= 1
    # str.find for each mark: a paragraph's first period usually ends it at once
    return (text.find(".", start, last) >= 0 or text.find("?", start, last) >= 0
            or text.find("!", start, last) >= 0 or text.find("\u2026", start, last) >= 0)


#: The reason for a sentence end that Punkt's fallback made (see :func:`_punkt_spans`).
_TIMEOUT = "timeout fallback"
#: The cuts the rules make themselves, which the vetoes leave alone.
_RULE_CUTS = frozenset({"chunk cut", "ellipsis"})

_FALLBACK_END = regex.compile(r"[.!?…]+[\"'’”»)\]]*(?=\s+\S)")


def _punkt_spans(piece: str,
                 extra: frozenset[str] = _NO_EXTRA) -> list[tuple[int, int, str]]:
    """Punkt's sentence spans in ``piece``, each with Punkt's reason for ending
    there ("" for the last; ``extra``: the abbreviation types added to Punkt's).

    NLTK 3.10 runs its regexes under a wall-clock limit, in which waiting for
    the GIL counts too.  quoteattr's Punkt runs NLTK's patterns without it
    (:func:`_bare`), but should a piece time out all the same (an NLTK that
    wraps patterns elsewhere), it is retried in halves cut at whitespace, and,
    as a last resort, split after sentence-final punctuation, so every text
    still gets an answer."""
    try:
        # (the default asked without an argument: the memo's quickest key)
        return (_tokenizer(extra) if extra else _tokenizer()).spans(piece)
    except TimeoutError:
        pass
    if len(piece) > 2000:
        mid = piece.rfind(" ", 0, len(piece) // 2)
        if mid > 0:
            left = _punkt_spans(piece[:mid], extra)
            a, b, _ = left[-1]  # the halves' cut: no end of Punkt's
            left[-1] = (a, b, _TIMEOUT)
            right = [(a + mid, b + mid, r) for a, b, r in _punkt_spans(piece[mid:], extra)]
            return left + right
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for m in _FALLBACK_END.finditer(piece):
        spans.append((pos, m.end(), _TIMEOUT))
        pos = m.end()
        while pos < len(piece) and piece[pos].isspace():
            pos += 1
    spans.append((pos, len(piece), ""))
    return spans


def _punkt_cuts(text: str, start: int, end: int, limit: int,
                may_break: bool, extra: frozenset[str]) -> list[tuple[int, str]]:
    """Punkt's sentence ends (absolute offsets) and the chunk cuts, in order
    (``may_break``: :func:`_may_break` of the whole span, known to the caller)."""
    if end - start <= limit:  # one piece, the common case: no chunks to cut
        return _sentence_ends(text, start, end, extra) if may_break else []
    cuts: list[tuple[int, str]] = []
    for cs, ce, is_cut in _chunks(text, start, end, limit):
        if _may_break(text, cs, ce):
            cuts += _sentence_ends(text, cs, ce, extra)
        if is_cut:
            cuts.append((ce, "chunk cut"))
    return cuts


def _sentence_ends(text: str, start: int, end: int,
                   extra: frozenset[str]) -> list[tuple[int, str]]:
    """Punkt's sentence ends inside one piece (absolute offsets), each with
    Punkt's reason, or ``quote-close`` when a closing quotation mark ends the
    sentence."""
    # the last span ends at the piece's end, which is no cut of Punkt's
    return [(start + b, "quote-close" if text[start + b - 1] in _CLOSING_MARKS else reason)
            for _, b, reason in _punkt_spans(text[start:end], extra)[:-1]]


def _next_word_start(text: str, pos: int, end: int) -> int:
    # most cuts are followed by one space (regex's \s is a subset of str.isspace)
    if pos + 1 < end and text[pos] == " " and not text[pos + 1].isspace():
        return pos + 1
    return _SPACES.match(text, pos, end).end()


def _apply_ellipses(
    text: str, start: int, end: int, cuts: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Decide at ellipses by the rules below instead of Punkt's token rules.

    A spaced three-dot ellipsis (``is . . . I``) never ends a sentence; four dots
    end one before a capitalised word (``period . . . . Next``, ``that.... She``);
    a period on a word followed by a spaced ellipsis and a capitalised word ends
    the sentence at the period, the ellipsis opening the next one
    (``compounds. . . . The``).  After a plain ``...`` or ``…`` Punkt decides,
    and a common sentence opener (``He``, ``The``) after it also ends the sentence
    (``“I don’t know…” He paused.``) unless it begins an attribution.
    """
    for needle in _ELLIPSIS_NEEDLES:  # most paragraphs have none: found at once
        if text.find(needle, start, end) >= 0:
            break
    else:
        return cuts
    removed: list[tuple[int, int]] = []  # cuts c with lo < c <= hi are undone
    added: list[tuple[int, str]] = []
    for m in _ELLIPSIS.finditer(text, start, end):
        rs, re_ = m.span()
        run = m.group()
        dots = 3 if run[0] == "\u2026" else run.count(".")
        spaced = run[0] == "." and dots != len(run)
        closers = _CLOSERS.match(text, re_, end)  # (it matches none too: never None)
        q = closers.end() if closers is not None else re_
        if spaced or dots >= 4:
            removed.append((rs, q))
        nxt = _next_word_start(text, q, end)
        if nxt >= end or not text[nxt].isupper():
            continue
        attached = rs > start and not text[rs - 1].isspace()
        if dots >= 4:
            if attached and run[1].isspace():
                added.append((rs + 1, "ellipsis"))
            else:
                added.append((q, "ellipsis"))
        elif not spaced:
            word = _WORD.match(text, nxt, end)
            opener = word is not None and word.group().lower() in SENTENCE_STARTERS
            if opener and not (q > re_ and _is_attribution(text, q, end)):
                added.append((q, "ellipsis"))
    if not removed and not added:
        return cuts
    kept = []
    i = 0
    for pos, reason in cuts:
        while i < len(removed) and removed[i][1] < pos:
            i += 1
        if i < len(removed) and removed[i][0] < pos <= removed[i][1] and reason != "chunk cut":
            continue
        kept.append((pos, reason))
    return _merge(kept, added)


def _merge(a: list[tuple[int, str]], b: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Merge two sorted cut lists; on equal positions the first list's reason wins."""
    if not b:
        return a
    seen = {pos for pos, _ in a}
    return sorted(a + [c for c in b if c[0] not in seen])


def _previous_word(text: str, start: int, pos: int) -> str:
    """The word that ends at ``pos`` (closing marks stripped), lower-cased."""
    lo = max(start, pos - 60)
    words = text[lo:pos].split()
    if not words:
        return ""
    return words[-1].rstrip(_CLOSING_MARKS + ")]}").lower()


def _is_fronted_phrase(text: str, sent_start: int, pos: int, abbreviations: frozenset[str]) -> bool:
    """A short fronted phrase that ends at an abbreviation: ``At 5 a.m.``."""
    if pos - sent_start > 60:
        return False
    words = text[sent_start:pos].split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if words[0].lower() not in FRONTING_PREPOSITIONS:
        return False
    return words[-1].lower().rstrip(".") in abbreviations


def _apply_vetoes(
    text: str, start: int, end: int, cuts: list[tuple[int, str]],
    abbreviations: frozenset[str] = ABBREVIATIONS,
) -> tuple[list[tuple[int, str]], list[int]]:
    """Drop Punkt's cuts that a following lower-case word, an attribution or a
    fronted phrase shows to be wrong; return the cuts kept and where each
    sentence then starts (``start``, then the first word after each cut)."""
    kept = []
    sent_start = start
    starts = [start]
    for pos, reason in cuts:
        nxt = _next_word_start(text, pos, end)
        if reason not in _RULE_CUTS:  # Punkt's boundary (or its fallback's)
            # the pattern runs only where the next word may open lower-case
            if nxt < end and _may_be_lower(text[nxt]) and _LOWER_NEXT.match(text, nxt, end):
                continue
            if reason == "quote-close" and _is_attribution(text, pos, end):
                continue
            if _is_fronted_phrase(text, sent_start, pos, abbreviations):
                continue
        kept.append((pos, reason))
        sent_start = nxt
        starts.append(nxt)
    return kept, starts


def _may_be_lower(c: str) -> bool:
    """False where ``c`` is certainly not a lower-case letter (``\\p{Ll}``):
    an ASCII character other than a-z, an upper-case letter, an opening quote."""
    if c.isascii():
        return "a" <= c <= "z"
    return not c.isupper() and c not in "\u201c\u2018\u00ab"


def _is_attribution(text: str, pos: int, end: int) -> bool:
    """Whether ``Jane Roe said.`` (or the like) follows the quote closing at ``pos``."""
    m = _ATTRIBUTION.match(text, pos, min(end, pos + 300))
    if m is None:
        return False
    # IGNORECASE is for the cue and tail lists; the name words must be capitalised.
    first = _next_word_start(text, pos, end)
    word = _WORD.match(text, first, end)
    return word is not None and (
        word.group().lower() in ATTRIBUTION_CUES or bool(_NAME_CASE.match(word.group()))
    )


@functools.lru_cache(maxsize=4096)
def _marker_pattern(head: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<=\s){head}(?=\s|\d)")


def _next_marker(
    text: str, pos: int, end: int, bullet: str | None, num: str | None, let: str | None, sty: str
) -> int | None:
    """Where the next list item's marker starts, searching a bounded window."""
    if bullet:
        head = regex.escape(bullet)
    elif num is not None:
        head = regex.escape(str(int(num) + 1) + sty)
    elif let is not None and let != "z":
        head = regex.escape(chr(ord(let) + 1) + sty)
    else:
        return None
    m = _marker_pattern(head).search(text, pos, min(end, pos + _LIST_WINDOW))
    return None if m is None else m.start()


def _list_cuts(
    text: str, start: int, end: int, cuts: list[tuple[int, str]], starts: list[int]
) -> list[tuple[int, str]]:
    """Cuts before each later item of a list whose first item opens a sentence
    (``starts``: where each sentence starts, as :func:`_apply_vetoes` gives them)."""
    added: list[tuple[int, str]] = []
    done = start - 1
    for s in starts:
        if s <= done or s >= end:
            continue
        if not _starts_list(text, s, end):
            continue
        m = _LIST_MARKER.match(text, s, end)
        bullet, num, let, sty = m.group("bullet"), m.group("num"), m.group("let"), m.group("sty")
        pos = m.end()
        while True:
            nxt = _next_marker(text, pos, end, bullet, num, let, sty or "")
            if nxt is None:
                break
            added.append((nxt, "list item"))
            mm = _LIST_MARKER.match(text, nxt, end)
            if mm is None or mm.end() == nxt:
                break
            num, let = mm.group("num"), mm.group("let")
            pos = max(mm.end(), nxt + 1)
        done = pos
    return _merge(cuts, added)


def _may_open_marker(c: str) -> bool:
    """Whether a list marker that takes up at least one character can start
    with ``c`` (a bullet, a space or tab, a digit or ``a``-``z``).  False for
    most words, without running the pattern: an ASCII character not among
    those, or a letter beyond ASCII (neither a bullet nor a digit)."""
    if c.isascii():
        return c in _LIST_FIRST
    return not c.isalpha()


def _starts_list(text: str, start: int, end: int) -> bool:
    if not _may_open_marker(text[start:start + 1]):
        return False
    m = _LIST_MARKER.match(text, start, end)
    return m is not None and m.end() > start and bool(m.group("bullet") or m.group("sty"))


def _is_marker_only(text: str, s: int, e: int) -> bool:
    if not _may_open_marker(text[s:s + 1]):
        return False
    m = _LIST_MARKER.match(text, s, e)
    return m is not None and m.end() == e and e > s


def _sentences_in(
    text: str, start: int, end: int, limit: int = MAX_CHUNK,
    extra: frozenset[str] = _NO_EXTRA, abbreviations: frozenset[str] = ABBREVIATIONS,
) -> Iterator[tuple[int, int, str]]:
    """The sentences of ``text[start:end]``, one paragraph: ``(start, end,
    reason)`` (``extra``: abbreviation types added to Punkt's; ``abbreviations``:
    all of them, for the fronted-phrase rule)."""
    may_break = _may_break(text, start, end)
    if not may_break and not _starts_list(text, start, end):
        # No candidate for Punkt, no ellipsis or list that could end a sentence.
        if end > start:
            yield start, end, "paragraph end"
        return
    cuts = _punkt_cuts(text, start, end, limit, may_break, extra)
    cuts = _apply_ellipses(text, start, end, cuts)
    cuts, starts = _apply_vetoes(text, start, end, cuts, abbreviations)
    cuts = _list_cuts(text, start, end, cuts, starts)
    s = start
    for pos, reason in cuts:
        a, b = _trim(text, s, pos)
        if b <= a:
            s = pos
            continue
        if reason != "chunk cut" and _is_marker_only(text, a, b):
            continue  # "1." or "• 9." alone: the item goes on
        yield a, b, reason
        s = pos
    a, b = _trim(text, s, end)
    if b > a:
        yield a, b, "paragraph end"


def split_sentences(text: str, paragraphs: Sequence[Paragraph] | None = None, *,
                    extra_abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Split ``text`` into sentences, paragraph by paragraph.

    ``paragraphs`` defaults to :func:`split_paragraphs(text) <split_paragraphs>`.
    Sentences never cross a paragraph; their spans exclude surrounding
    whitespace, and ``reason`` says why each ends where it does (see the
    module docstring for every value).

    ``extra_abbreviations`` adds abbreviations to Punkt's, written as in the
    text (``"Cllr."``, ``"Lt. Gov."``, ``"approx."``): each word of an entry
    that ends in a period is one (:func:`~quoteattr._lexicon_sentences.abbreviation_types`),
    and words without one are ignored, so that ``Config.titles`` can be
    passed whole.  One tokenizer is built per distinct set, and kept.

    >>> [s.text for s in split_sentences("“Stop.” He left. Sen. Jane Roe said so.")]
    ['“Stop.”', 'He left.', 'Sen. Jane Roe said so.']
    >>> [s.text for s in split_sentences("“We will win!” the senator said.")]
    ['“We will win!” the senator said.']
    >>> [s.text for s in split_sentences("Cllr. Ann Lee spoke.", extra_abbreviations=["Cllr."])]
    ['Cllr. Ann Lee spoke.']
    """
    _check_str(text)
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    if extra_abbreviations:
        if isinstance(extra_abbreviations, str):
            key: tuple[str, ...] = (extra_abbreviations,)
        else:
            key = tuple(extra_abbreviations)
        extra, abbreviations = _extra_types(key)
    else:
        extra, abbreviations = _NO_EXTRA, ABBREVIATIONS
    out = []
    for p in paragraphs:
        for a, b, reason in _sentences_in(text, p.start, p.end, MAX_CHUNK, extra, abbreviations):
            out.append(Sentence._of(text, a, b, p.index, reason))
    return out
