"""Segmentation: paragraphs and sentences, as offsets into the original text.

Two public functions:

* :func:`split_paragraphs` finds paragraphs, deciding per document whether the
  text puts one paragraph on each line (web and feed text) or hard-wraps lines
  and separates paragraphs with blank lines (e-books, wire copy).
* :func:`split_sentences` runs NLTK's Punkt algorithm on each paragraph, with
  English parameters that ship in :mod:`quoteattr._lexicon_sentences` (no
  ``nltk.download``, no NLTK data), and then applies a few small, general rules
  Punkt lacks: quotations and their attributions, ellipses, lists.

Every :class:`~quoteattr._model.Sentence` records in ``reason`` why it ends where
it does, in the spirit of Punkt's ``debug_decisions``:

``"punkt"``
    Punkt decided the period, ``?`` or ``!`` ends the sentence.
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

Punkt is only ever given one paragraph, and paragraphs longer than
:data:`MAX_CHUNK` characters are cut at safe points first.  Its patterns are
NLTK's, compiled without the wall-clock limit NLTK 3.10 wraps around them
(see :func:`_bare`); should a piece still time out, it is retried in halves
and then cut after sentence-final punctuation.  All work is linear in the
length of the text.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import regex

from quoteattr._lexicon_sentences import (
    ABBREVIATIONS,
    ATTRIBUTION_CUES,
    ATTRIBUTION_TAILS,
    COLLOCATIONS,
    FRONTING_PREPOSITIONS,
    HONORIFIC_STARTERS,
    SENTENCE_STARTERS,
)
from quoteattr._model import Paragraph, Sentence

__all__ = ["MAX_CHUNK", "split_paragraphs", "split_sentences"]

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
    for m in _BREAK_RUN.finditer(text):
        ms, me = m.span()
        lines.append((pos, ms))
        if me - ms > 1:
            first_end = ms + (2 if text.startswith("\r\n", ms) else 1)
            if _LINE_BREAK.search(text, first_end, me):
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


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs.

    Blank lines always separate paragraphs.  Whether each line is a paragraph
    of its own or a wrapped line of a longer one is decided once per document
    (see :func:`_is_wrapped`).  ``\\r\\n``, ``\\r`` and the Unicode line
    separators all end lines.  Spans exclude surrounding whitespace; empty
    paragraphs are dropped.

    >>> [p.text for p in split_paragraphs("One line.\\nAnother line.")]
    ['One line.', 'Another line.']
    >>> [p.text for p in split_paragraphs("Wrapped\\nlines.\\n\\nNext\\nblock.")]
    ['Wrapped\\nlines.', 'Next\\nblock.']
    """
    _check_str(text)
    blocks = _blocks(text)

    if _is_wrapped(blocks):
        spans = [(b[0][0], b[-1][1]) for b in blocks]
    else:
        spans = [line for b in blocks for line in b]

    out: list[Paragraph] = []
    for start, end in spans:
        s, e = _trim(text, start, end)
        if e > s:
            out.append(Paragraph._of(text, s, e, len(out)))
    return out


# ---------------------------------------------------------------------------
# Punkt, with English parameters built from the shipped lexicon
# ---------------------------------------------------------------------------

# Punkt's orthographic-context flags (nltk.tokenize.punkt._ORTHO_*), which
# record how a word was seen: capitalised or lower-case, at a sentence
# beginning or in the middle.  Same values as NLTK's private constants.
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_UC = 1 << 2
_ORTHO_BEG_LC = 1 << 4
_ORTHO_MID_LC = 1 << 5
_ORTHO_UNK_UC = 1 << 3
_ORTHO_UNK_LC = 1 << 6
_ORTHO_UC = _ORTHO_BEG_UC | _ORTHO_MID_UC | _ORTHO_UNK_UC
_ORTHO_LC = _ORTHO_BEG_LC | _ORTHO_MID_LC | _ORTHO_UNK_LC

# The last of Python's ``string.whitespace`` in a stretch (searched backwards),
# as Punkt looks for the start of the word before a candidate period.
_LAST_WHITESPACE = regex.compile(r"[ \t\n\r\x0b\x0c]", regex.REVERSE)


if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

#: NLTK's word-start pattern with opening quotes split off words: NLTK lets a
#: word token start with a curly quote or an apostrophe, so that ``“Mr.`` is not
#: recognised as the abbreviation ``Mr.``; here those marks are separate
#: tokens, as straight double quotes already are.
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,\u2018\u2019\u201c\u201d\xab\xbb']"


#: Punkt decisions remembered, and as many analyses of tokens, for contexts
#: and tokens of at most so many characters (both full of contexts near the
#: limit: 10.6 MB, measured with tracemalloc).
_PUNKT_CACHE = 16_384
_PUNKT_CACHED_LEN = 100


def _bare(pattern: Any) -> Any:
    """Punkt's own ``pattern`` as a plain compiled pattern.

    NLTK 3.10 runs each of its patterns through ``nltk.redos``: compiled with
    ``regex`` and wrapped so that every match runs under a five-second
    wall-clock limit and raises :class:`TimeoutError` past it.  Punkt's
    patterns are fixed and linear, and they only ever see quoteattr's chunks
    (paragraphs cut at :data:`MAX_CHUNK` characters), so the wrapper guards
    against nothing here; it halves the speed of a bare Punkt pass (a Python
    call around every match, and ``regex``'s clock checks), and it fails a
    piece whose matching waits five seconds for the processor: threads
    waiting for the GIL, a stalled machine.  The same source and flags are
    compiled with ``regex`` as NLTK does, so every match is the same.  An
    older NLTK's ``re`` pattern is compiled with ``regex`` too, as NLTK 3.10
    would, so that every NLTK version matches alike."""
    if isinstance(pattern, regex.Pattern):
        return pattern
    return regex.compile(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=1)
def _punkt_classes() -> tuple[type, type]:
    """NLTK's ``PunktLanguageVars`` and ``PunktToken`` with their patterns
    :func:`_bare` (the language variables compile two of theirs per instance,
    on first use, into two slots: they are compiled and unwrapped at once)."""
    from nltk.tokenize import punkt

    class BareLanguageVars(punkt.PunktLanguageVars):
        re_boundary_realignment = _bare(punkt.PunktLanguageVars.re_boundary_realignment)

        def __init__(self) -> None:
            super().__init__()
            self._re_word_tokenizer = _bare(self._word_tokenizer_re())
            self._re_period_context = _bare(self.period_context_re())

    class BareToken(punkt.PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = _bare(punkt.PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = _bare(punkt.PunktToken._RE_NUMERIC)
        _RE_INITIAL = _bare(punkt.PunktToken._RE_INITIAL)
        _RE_ALPHA = _bare(punkt.PunktToken._RE_ALPHA)
        _RE_NON_PUNCT = _bare(punkt._re_non_punct)

        @property
        def is_non_punct(self) -> Any:
            return self._RE_NON_PUNCT.search(self.type)

    return BareLanguageVars, BareToken


@functools.lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    """Punkt on the shipped English parameters, built on first use (importing
    NLTK costs more than the rest of the package, so ``import quoteattr`` waits)."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

    bare_vars, bare_token = _punkt_classes()

    class _EnglishLanguageVars(bare_vars):  # type: ignore[valid-type,misc]
        _re_word_start = _WORD_START
        # NLTK 3.10's: curly quotes and guillemets close a sentence like
        # straight ones (NLTK 3.9 and older knew only the straight ones)
        re_boundary_realignment = regex.compile(
            r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', regex.MULTILINE)
        _re_non_word_chars = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb!\?])"

    class _Punkt(PunktSentenceTokenizer):
        """NLTK's tokenizer, its steps computed directly and its decision
        at each candidate memoised.

        ``text_contains_sentbreak`` is asked about a short context around each
        ``.``, ``?`` or ``!`` ("Mr. Trump", "said. He") and its answer depends
        only on that string and the fixed parameters: answered for free,
        NLTK's own pass over PolNeAR dev's paragraphs takes 0.05 s instead of
        0.16 s.  A fifth (news) to a third (fiction) of the contexts of real
        text repeat ones seen before; the others are computed below from one
        cached tuple per distinct token (5.5 µs a context; NLTK's method, with
        a token object, three generators and a property call per word, takes
        15–26 µs)."""

        def __init__(self, params: PunktParameters, lang_vars: PunktLanguageVars) -> None:
            super().__init__(params, lang_vars=lang_vars, token_cls=bare_token)
            self._decide = functools.lru_cache(maxsize=_PUNKT_CACHE)(self._sentbreak)
            self._token = functools.lru_cache(maxsize=_PUNKT_CACHE)(self._token_uncached)
            self._words = lang_vars._word_tokenizer_re().findall
            self._ends = frozenset(lang_vars.sent_end_chars)
            token: Any = bare_token
            self._ellipsis = token._RE_ELLIPSIS.match
            self._numeric = token._RE_NUMERIC.match
            self._initial = token._RE_INITIAL.match

        def text_contains_sentbreak(self, text: str) -> bool:
            if len(text) > _PUNKT_CACHED_LEN:  # a word of a text without spaces
                return self._sentbreak(text)
            return self._decide(text)

        # NLTK's span_tokenize and text_contains_sentbreak, and what they
        # call, the same steps on the same patterns and parameters; the tests
        # compare each with NLTK's own method on this instance (random texts
        # and contexts, every paragraph of the dev sets).

        def span_tokenize(self, text: str,
                          realign_boundaries: bool = True) -> Iterator[tuple[int, int]]:
            """NLTK's ``span_tokenize``: ``_slices_from_text`` over
            ``_match_potential_end_contexts``, then ``_realign_boundaries``."""
            decide = self.text_contains_sentbreak
            slices: list[tuple[int, int]] = []
            last_break = 0
            prev = None
            prev_start = prev_stop = 0
            # each candidate is decided once the next one is found (None: the end)
            for match in itertools.chain(
                    self._lang_vars.period_context_re().finditer(text), (None,)):
                if match is not None:
                    start = match.start()
                    # the word before the candidate starts after the last
                    # whitespace since the previous candidate (NLTK takes
                    # whitespace right at that candidate for none)
                    ws = _LAST_WHITESPACE.search(text, prev_stop, start)
                    word = ws.end() if ws is not None and ws.start() > prev_stop else prev_start
                # a candidate whose word overlaps the next one's is skipped
                if prev is not None and (match is None or prev_stop <= word) and decide(
                        text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")):
                    slices.append((last_break, prev.end()))
                    last_break = prev.start("next_tok") if prev.group("next_tok") else prev.end()
                if match is not None:
                    prev, prev_start, prev_stop = match, word, start
            slices.append((last_break, len(text.rstrip())))
            if not realign_boundaries:
                return iter(slices)
            realign_match = self._lang_vars.re_boundary_realignment.match
            out = []
            realign = 0
            last = len(slices) - 1
            for k, (a, b) in enumerate(slices):
                a += realign
                if k < last:
                    a2, b2 = slices[k + 1]
                    m = realign_match(text[a2:b2])
                    if m:
                        out.append((a, a2 + len(m.group().rstrip())))
                        realign = m.end()
                        continue
                    realign = 0
                if a < b:
                    out.append((a, b))
            return iter(out)

        def _sentbreak(self, text: str) -> bool:
            """NLTK's ``text_contains_sentbreak``: whether a token other than
            the last ends a sentence, each token decided from what it is and
            what the next one is."""
            if "\n" in text:
                toks = [t for line in text.split("\n") if line.strip()
                        for t in self._words(line)]
            else:
                toks = self._words(text) if text.strip() else []
            if len(toks) < 2:
                return False
            token, limit = self._token, _PUNKT_CACHED_LEN
            collocations = self._params.collocations
            this = None
            for t in toks:
                # a token as long as a word of a text without spaces is not kept
                nxt = token(t) if len(t) <= limit else self._token_uncached(t)
                if this is not None and self._ends_sentence(this, nxt, collocations):
                    return True
                this = nxt
            return False

        @staticmethod
        def _ends_sentence(tok: tuple, nxt: tuple, collocations: set) -> bool:
            """``_second_pass_annotation`` of ``tok`` before ``nxt`` (both
            :meth:`_token_uncached` tuples): whether ``tok`` ends a sentence."""
            state, period_final, typ, _, initial = tok[:5]
            if not period_final:
                return state == 1
            starter = nxt[5]
            if (typ, nxt[3]) in collocations:
                return False
            if state >= 2 and not initial:  # an abbreviation or an ellipsis
                if starter is True or nxt[6]:
                    return True
            if initial or typ == "##number##":
                if starter is False:
                    return False
                if starter == "unknown" and initial and nxt[7]:
                    return False
            return state == 1

        def _token_uncached(self, tok: str) -> tuple:
            """What Punkt's annotation of a pair needs to know of a token, as
            a tuple: (0) its first-pass state (``_first_pass_annotation``: 1 a
            sentence break, 2 an abbreviation, 3 an ellipsis, 0 none), (1)
            whether it ends in a period, (2) its ``type_no_period``, (3) its
            ``type_no_sentperiod``, (4) whether it is an initial; and as the
            next token: (5) ``_ortho_heuristic``'s answer (True, False or
            "unknown"), (6) whether it is a capitalised frequent sentence
            starter, (7) whether it is capitalised and its type never seen in
            lower case."""
            params = self._params
            if tok in self._ends:
                state = 1
            elif self._ellipsis(tok):
                state = 3
            elif tok[-1] == "." and not tok.endswith(".."):
                low = tok[:-1].lower()
                abbrevs = params.abbrev_types
                state = 2 if low in abbrevs or low.split("-")[-1] in abbrevs else 1
            else:
                state = 0
            low = tok.lower()
            typ = "##number##" if self._numeric(low) else low  # PunktToken.type
            no_period = typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ
            no_sentperiod = no_period if state == 1 else typ
            upper, lower = tok[0].isupper(), tok[0].islower()
            context = params.ortho_context.get(no_sentperiod, 0)
            starter: bool | str
            if tok in self.PUNCTUATION:
                starter = False
            elif upper and context & _ORTHO_LC and not context & _ORTHO_MID_UC:
                starter = True
            elif lower and (context & _ORTHO_UC or not context & _ORTHO_BEG_LC):
                starter = False
            else:
                starter = "unknown"
            return (state, tok[-1] == ".", no_period, no_sentperiod,
                    bool(self._initial(tok)), starter,
                    upper and no_sentperiod in params.sent_starters,
                    upper and not context & _ORTHO_LC)

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.collocations = set(COLLOCATIONS)
    params.sent_starters = set(SENTENCE_STARTERS) | set(HONORIFIC_STARTERS)
    for word in SENTENCE_STARTERS:
        # "Seen lower-case mid-sentence, capitalised only at a sentence start":
        # Punkt's orthographic heuristic then treats a capitalised occurrence
        # after an initial or a number as the start of a new sentence.
        params.add_ortho_context(word, _ORTHO_MID_LC | _ORTHO_BEG_UC)
    tokenizer = _Punkt(params, _EnglishLanguageVars())
    list(tokenizer.span_tokenize("Warm up. The lazily compiled patterns."))
    return tokenizer



# ---------------------------------------------------------------------------
# Patterns for the rules around Punkt (all anchored, all bounded)
# ---------------------------------------------------------------------------

_CLOSING_MARKS = "\"'\u2019\u201d\u00bb\u203a"
_CLOSERS = regex.compile(r"[\"'\u2019\u201d\u00bb\u203a)\]}]*")
_SPACES = regex.compile(r"\s*")

# A word that starts lower-case ("iPhone", "eBay" excepted), matched at the
# first word after a cut.
_LOWER_NEXT = regex.compile(r"\p{Ll}(?!\p{Ll}{0,30}\p{Lu})")

# A capitalised name (up to four words, "Sen. Jane Roe") and a speech verb that
# attribute the quotation before them, followed by punctuation, the paragraph
# end, or a word that typically trails an attribution ("said on Monday").
_ATTRIBUTION = regex.compile(
    r"""\s+(?:(?:\p{Lu}[\p{L}\p{M}'\u2019.-]{0,40}),?\s+){0,4}
        \L<cues>
        (?:\s*[,.;:!?\u2014-]|\s*$|\s+\L<tails>\b)""",
    regex.VERBOSE | regex.IGNORECASE,
    cues=sorted(ATTRIBUTION_CUES),
    tails=sorted(ATTRIBUTION_TAILS),
)
_NAME_CASE = regex.compile(r"\p{Lu}")

# Ellipses: the ellipsis character, or three or more periods, spaced (". . .") or not.
_ELLIPSIS = regex.compile(r"\u2026{1,100}|\.(?:[ \u00a0]?\.){2,100}")
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


_FALLBACK_END = regex.compile(r"[.!?…]+[\"'’”»)\]]*(?=\s+\S)")


def _punkt_spans(piece: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans in ``piece``.

    NLTK 3.10 runs its regexes under a wall-clock limit, in which waiting for
    the GIL counts too.  quoteattr's Punkt runs NLTK's patterns without it
    (:func:`_bare`), but should a piece time out all the same (an NLTK that
    wraps patterns elsewhere), it is retried in halves cut at whitespace, and,
    as a last resort, split after sentence-final punctuation, so every text
    still gets an answer."""
    try:
        return list(_tokenizer().span_tokenize(piece))
    except TimeoutError:
        pass
    if len(piece) > 2000:
        mid = piece.rfind(" ", 0, len(piece) // 2)
        if mid > 0:
            left = _punkt_spans(piece[:mid])
            right = [(a + mid, b + mid) for a, b in _punkt_spans(piece[mid:])]
            return left + right
    spans, pos = [], 0
    for m in _FALLBACK_END.finditer(piece):
        spans.append((pos, m.end()))
        pos = m.end()
        while pos < len(piece) and piece[pos].isspace():
            pos += 1
    spans.append((pos, len(piece)))
    return spans


def _punkt_cuts(text: str, start: int, end: int, limit: int,
                may_break: bool) -> list[tuple[int, str]]:
    """Punkt's sentence ends (absolute offsets) and the chunk cuts, in order
    (``may_break``: :func:`_may_break` of the whole span, known to the caller)."""
    if end - start <= limit:  # one piece, the common case: no chunks to cut
        return _sentence_ends(text, start, end) if may_break else []
    cuts: list[tuple[int, str]] = []
    for cs, ce, is_cut in _chunks(text, start, end, limit):
        if _may_break(text, cs, ce):
            cuts += _sentence_ends(text, cs, ce)
        if is_cut:
            cuts.append((ce, "chunk cut"))
    return cuts


def _sentence_ends(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Punkt's sentence ends inside one piece (absolute offsets), each marked
    ``quote-close`` when a closing quotation mark ends the sentence."""
    # the last span ends at the piece's end, which is no cut of Punkt's
    return [(start + b, "quote-close" if text[start + b - 1] in _CLOSING_MARKS else "punkt")
            for _, b in _punkt_spans(text[start:end])[:-1]]


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
        q = _CLOSERS.match(text, re_, end).end()
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


def _is_fronted_phrase(text: str, sent_start: int, pos: int) -> bool:
    """A short fronted phrase that ends at an abbreviation: ``At 5 a.m.``."""
    if pos - sent_start > 60:
        return False
    words = text[sent_start:pos].split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if words[0].lower() not in FRONTING_PREPOSITIONS:
        return False
    return words[-1].lower().rstrip(".") in ABBREVIATIONS


def _apply_vetoes(
    text: str, start: int, end: int, cuts: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], list[int]]:
    """Drop Punkt's cuts that a following lower-case word, an attribution or a
    fronted phrase shows to be wrong; return the cuts kept and where each
    sentence then starts (``start``, then the first word after each cut)."""
    kept = []
    sent_start = start
    starts = [start]
    for pos, reason in cuts:
        nxt = _next_word_start(text, pos, end)
        if reason in ("punkt", "quote-close"):
            # the pattern runs only where the next word may open lower-case
            if nxt < end and _may_be_lower(text[nxt]) and _LOWER_NEXT.match(text, nxt, end):
                continue
            if reason == "quote-close" and _is_attribution(text, pos, end):
                continue
            if _is_fronted_phrase(text, sent_start, pos):
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
    text: str, start: int, end: int, limit: int = MAX_CHUNK
) -> Iterator[tuple[int, int, str]]:
    may_break = _may_break(text, start, end)
    if not may_break and not _starts_list(text, start, end):
        # No candidate for Punkt, no ellipsis or list that could end a sentence.
        if end > start:
            yield start, end, "paragraph end"
        return
    cuts = _punkt_cuts(text, start, end, limit, may_break)
    cuts = _apply_ellipses(text, start, end, cuts)
    cuts, starts = _apply_vetoes(text, start, end, cuts)
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


def split_sentences(text: str, paragraphs: Sequence[Paragraph] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences, paragraph by paragraph.

    ``paragraphs`` defaults to :func:`split_paragraphs(text) <split_paragraphs>`.
    Sentences never cross a paragraph; their spans exclude surrounding
    whitespace, and ``reason`` says why each ends where it does.

    >>> [s.text for s in split_sentences("“Stop.” He left. Sen. Jane Roe said so.")]
    ['“Stop.”', 'He left.', 'Sen. Jane Roe said so.']
    >>> [s.text for s in split_sentences("“We will win!” the senator said.")]
    ['“We will win!” the senator said.']
    """
    _check_str(text)
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    out = []
    for p in paragraphs:
        for a, b, reason in _sentences_in(text, p.start, p.end):
            out.append(Sentence._of(text, a, b, p.index, reason))
    return out
