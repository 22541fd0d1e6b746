"""NLTK's Punkt, its steps computed directly, on English parameters from the lexicon.

:mod:`quoteattr._segment` imports this module on first use (importing NLTK
costs more than the rest of the package, so ``import quoteattr`` waits); this
module imports NLTK at once, so its classes are plain module-level classes.

:func:`tokenizer` builds one :class:`Punkt` per distinct set of extra
abbreviations (``Config(titles=("Cllr.",))``), cached, so that the default
tokenizer is built once.  No NLTK data is read and ``nltk.download`` is never
called: the parameters come from :mod:`quoteattr._lexicon_sentences`.

Each boundary Punkt finds comes with Punkt's own reason, the strings of NLTK's
``debug_decisions`` (``nltk.tokenize.punkt.REASON_*``).  Three of them end a
sentence:

``"default decision"`` (:data:`REASON_DEFAULT_DECISION`)
    The first pass's decision stands: ``?``, ``!``, or a period on a word that
    is no abbreviation, initial or number (``He left. Then``).
``"abbreviation + orthographic heuristic"`` (:data:`REASON_ABBR_WITH_ORTHOGRAPHIC_HEURISTIC`)
    An abbreviation (or ellipsis) before a word seen lower-case mid-sentence
    and capitalised only at a sentence start (``the U.S. They``).
``"abbreviation + frequent sentence starter"`` (:data:`REASON_ABBR_WITH_SENTENCE_STARTER`)
    An abbreviation before a capitalised frequent sentence starter
    (``at 6 p.m. Mr. Smith``).

The others explain why a candidate does *not* end a sentence, and so never
appear in a :class:`~quoteattr._model.Sentence`; :meth:`Punkt.decisions` gives
them, as ``debug_decisions`` does: ``"known collocation (both words)"``
(``vs. The``), ``"initial + orthographic heuristic"`` (an initial or a number
before a word known to be lower-case mid-sentence: NLTK spells
:data:`REASON_INITIAL_WITH_ORTHOGRAPHIC_HEURISTIC` and
:data:`REASON_NUMBER_WITH_ORTHOGRAPHIC_HEURISTIC` the same), ``"initial +
special orthographic heuristic"`` (``J. Bach``), and ``"default decision"``
again for an abbreviation with no reason to break (``Mr. Lee``).
"""

from __future__ import annotations

import functools
import itertools
import re
import weakref
from collections.abc import Iterator
from typing import Any

import regex
from nltk.tokenize import punkt
from nltk.tokenize.punkt import (
    REASON_ABBR_WITH_ORTHOGRAPHIC_HEURISTIC,
    REASON_ABBR_WITH_SENTENCE_STARTER,
    REASON_DEFAULT_DECISION,
    REASON_INITIAL_WITH_ORTHOGRAPHIC_HEURISTIC,
    REASON_INITIAL_WITH_SPECIAL_ORTHOGRAPHIC_HEURISTIC,
    REASON_KNOWN_COLLOCATION,
    REASON_NUMBER_WITH_ORTHOGRAPHIC_HEURISTIC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from quoteattr._lexicon_sentences import (
    ABBREVIATIONS,
    COLLOCATIONS,
    HONORIFIC_STARTERS,
    SENTENCE_STARTERS,
)
from quoteattr._segment import _REGEX_SPACE

__all__ = [
    "BREAK_REASONS",
    "REASON_ABBR_WITH_ORTHOGRAPHIC_HEURISTIC",
    "REASON_ABBR_WITH_SENTENCE_STARTER",
    "REASON_DEFAULT_DECISION",
    "REASON_INITIAL_WITH_ORTHOGRAPHIC_HEURISTIC",
    "REASON_INITIAL_WITH_SPECIAL_ORTHOGRAPHIC_HEURISTIC",
    "REASON_KNOWN_COLLOCATION",
    "REASON_NUMBER_WITH_ORTHOGRAPHIC_HEURISTIC",
    "Punkt",
    "tokenizer",
]

#: The reasons Punkt gives for a boundary (the others are reasons for none).
BREAK_REASONS: frozenset[str] = frozenset({
    REASON_DEFAULT_DECISION,
    REASON_ABBR_WITH_ORTHOGRAPHIC_HEURISTIC,
    REASON_ABBR_WITH_SENTENCE_STARTER,
})

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

# Python's ``string.whitespace`` but the space: Punkt looks for the last of
# these and the space before a candidate period, the start of its word.
_OTHER_WHITESPACE = "\t\n\r\x0b\x0c"


def _last_whitespace(text: str, a: int, b: int) -> int:
    """The offset of the last character of ``string.whitespace`` in
    ``text[a:b]``, or -1: the last space, then any of the others after it
    (each looked for over the last word only, with ``str.rfind``)."""
    i = text.rfind(" ", a, b)
    for c in _OTHER_WHITESPACE:
        j = text.rfind(c, i + 1 if i >= a else a, b)
        if j > i:
            i = j
    return i

#: NLTK's word-start pattern with opening quotes split off words: NLTK lets a
#: word token start with a curly quote or an apostrophe, so that ``“Mr.`` is not
#: recognised as the abbreviation ``Mr.``; here those marks are separate
#: tokens, as straight double quotes already are.
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,\u2018\u2019\u201c\u201d\xab\xbb']"

#: Punkt decisions remembered, and as many analyses of tokens, for contexts
#: and tokens of at most so many characters (both full of contexts near the
#: limit: 10.6 MB, measured with tracemalloc), per tokenizer.
_PUNKT_CACHE = 16_384
_PUNKT_CACHED_LEN = 100

# The outcomes of the decision on a pair of tokens (constants: nothing is
# made per decision): whether the first token ends a sentence, and why.
_BREAK = (True, REASON_DEFAULT_DECISION)
_NO_BREAK = (False, None)
_ABBR_ORTHO = (True, REASON_ABBR_WITH_ORTHOGRAPHIC_HEURISTIC)
_ABBR_STARTER = (True, REASON_ABBR_WITH_SENTENCE_STARTER)
_COLLOCATION = (False, REASON_KNOWN_COLLOCATION)
_INITIAL_ORTHO = (False, REASON_INITIAL_WITH_ORTHOGRAPHIC_HEURISTIC)
_NUMBER_ORTHO = (False, REASON_NUMBER_WITH_ORTHOGRAPHIC_HEURISTIC)
_INITIAL_SPECIAL = (False, REASON_INITIAL_WITH_SPECIAL_ORTHOGRAPHIC_HEURISTIC)
_DEFAULT_NO_BREAK = (False, REASON_DEFAULT_DECISION)


def _bare(pattern: Any) -> Any:
    """Punkt's own ``pattern`` as a plain compiled pattern.

    NLTK 3.10 runs each of its patterns through ``nltk.redos``: compiled with
    ``regex`` and wrapped so that every match runs under a five-second
    wall-clock limit and raises :class:`TimeoutError` past it.  Punkt's
    patterns are fixed and linear, and they only ever see quoteattr's chunks
    (paragraphs cut at :data:`quoteattr._segment.MAX_CHUNK` characters), so
    the wrapper guards against nothing here; it halves the speed of a bare
    Punkt pass (a Python call around every match, and ``regex``'s clock
    checks), and it fails a piece whose matching waits five seconds for the
    processor: threads waiting for the GIL, a stalled machine.  The same
    source and flags are compiled with ``regex`` as NLTK does, so every match
    is the same.  An older NLTK's ``re`` pattern is compiled with ``regex``
    too, as NLTK 3.10 would, so that every NLTK version matches alike."""
    if isinstance(pattern, regex.Pattern):
        return pattern
    return regex.compile(pattern.pattern, pattern.flags)


#: The ``regex`` module's ``\s`` (Unicode White_Space) as a class body (the
#: standard library's ``\s`` also takes \x1c-\x1f): the sentence splitter's.
_WHITESPACE = _REGEX_SPACE
#: What ``regex`` and ``re`` read alike in a pattern that has none of these.
_UNLIKE = regex.compile(r"\\[wWdDbBpPXNG]|\[[^\]]*\\[sS]|\(\?[a-zA-Z]*[fVr]")


def _plain(pattern: Any) -> re.Pattern[str]:
    r"""A ``regex`` pattern whose only escapes that the two engines read
    differently are ``\s`` and ``\S`` outside classes, as an ``re`` pattern that
    matches exactly as it does: those two spelled out as ``regex`` reads them.
    ``re`` runs Punkt's scan for candidates and its word tokenizer about three
    times as fast (a plain call, no time checks)."""
    source = pattern.pattern
    if _UNLIKE.search(source):
        raise ValueError(f"not a plain pattern: {source!r}")
    source = source.replace(r"\S", f"[^{_WHITESPACE}]").replace(r"\s", f"[{_WHITESPACE}]")
    flags = pattern.flags & (regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE)
    return re.compile(source, flags)


class BareLanguageVars(PunktLanguageVars):
    """NLTK's language variables with their patterns :func:`_bare` (NLTK
    compiles two of them per instance, on first use, into two slots: they
    are compiled and unwrapped at once)."""

    re_boundary_realignment = _bare(PunktLanguageVars.re_boundary_realignment)

    def __init__(self) -> None:
        super().__init__()
        self._re_word_tokenizer = _bare(self._word_tokenizer_re())
        self._re_period_context = _bare(self.period_context_re())


class BareToken(PunktToken):
    """NLTK's token with its patterns :func:`_bare`."""

    __slots__ = ()
    _RE_ELLIPSIS = _bare(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _bare(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _bare(PunktToken._RE_INITIAL)
    _RE_ALPHA = _bare(PunktToken._RE_ALPHA)
    _RE_NON_PUNCT = _bare(punkt._re_non_punct)

    @property
    def is_non_punct(self) -> Any:
        return self._RE_NON_PUNCT.search(self.type)


class EnglishLanguageVars(BareLanguageVars):
    """quoteattr's language variables: opening quotes split off words, and
    NLTK 3.10's closing marks (curly quotes and guillemets close a sentence
    like straight ones; NLTK 3.9 and older knew only the straight ones)."""

    _re_word_start = _WORD_START
    re_boundary_realignment = _plain(regex.compile(
        r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', regex.MULTILINE))
    _re_non_word_chars = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb!\?])"

    def __init__(self) -> None:
        super().__init__()
        # NLTK's two patterns as ``re`` patterns that match alike (see _plain)
        self._re_word_tokenizer = _plain(self._re_word_tokenizer)
        self._re_period_context = _plain(self._re_period_context)


def _decision(tok: tuple, nxt: tuple, collocations: set) -> tuple[bool, str | None]:
    """``_second_pass_annotation`` of ``tok`` before ``nxt`` (both
    :meth:`Punkt._token_uncached` tuples): whether ``tok`` ends a sentence,
    and NLTK's reason (one of the constant pairs above)."""
    state, period_final, typ, _, initial = tok[:5]
    if not period_final:
        return _BREAK if state == 1 else _NO_BREAK
    if (typ, nxt[3]) in collocations:
        return _COLLOCATION
    starter = nxt[5]
    if state >= 2 and not initial:  # an abbreviation or an ellipsis
        if starter is True:
            return _ABBR_ORTHO
        if nxt[6]:
            return _ABBR_STARTER
    if initial or typ == "##number##":
        if starter is False:
            return _INITIAL_ORTHO if initial else _NUMBER_ORTHO
        if starter == "unknown" and initial and nxt[7]:
            return _INITIAL_SPECIAL
    return _BREAK if state == 1 else _DEFAULT_NO_BREAK


class Punkt(PunktSentenceTokenizer):
    """NLTK's tokenizer, its steps computed directly and its decision at
    each candidate memoised, with the reason for each boundary.

    ``text_contains_sentbreak`` is asked about a short context around each
    ``.``, ``?`` or ``!`` ("Mr. Trump", "said. He") and its answer depends
    only on that string and the fixed parameters: answered for free, NLTK's
    own pass over PolNeAR dev's paragraphs takes 0.05 s instead of 0.16 s.
    A fifth (news) to a third (fiction) of the contexts of real text repeat
    ones seen before; the others are computed below from one cached tuple
    per distinct token (5.5 µs a context; NLTK's method, with a token
    object, three generators and a property call per word, takes 15–26 µs).

    NLTK's ``span_tokenize`` and ``text_contains_sentbreak``, and what they
    call, are the same steps on the same patterns and parameters; the tests
    compare each with NLTK's own method on this instance (random texts and
    contexts, every paragraph of the dev sets)."""

    def __init__(self, params: PunktParameters, lang_vars: PunktLanguageVars) -> None:
        super().__init__(params, lang_vars=lang_vars, token_cls=BareToken)
        #: the memo of :meth:`_sentbreak`: a context's reason to break, or None
        self._decide = functools.lru_cache(maxsize=_PUNKT_CACHE)(self._sentbreak)
        self._token = functools.lru_cache(maxsize=_PUNKT_CACHE)(self._token_uncached)
        self._words = lang_vars._word_tokenizer_re().findall
        self._ends = frozenset(lang_vars.sent_end_chars)
        self._ellipsis = BareToken._RE_ELLIPSIS.match
        self._numeric = BareToken._RE_NUMERIC.match
        self._initial = BareToken._RE_INITIAL.match

    def break_reason(self, context: str) -> str | None:
        """Punkt's reason to end a sentence in ``context`` (the word before a
        candidate, the candidate and the next word), or None: no boundary."""
        if len(context) > _PUNKT_CACHED_LEN:  # a word of a text without spaces
            return self._sentbreak(context)
        return self._decide(context)

    def text_contains_sentbreak(self, text: str) -> bool:
        """NLTK's method: whether a token other than the last ends a sentence."""
        return self.break_reason(text) is not None

    def span_tokenize(self, text: str,
                      realign_boundaries: bool = True) -> Iterator[tuple[int, int]]:
        """NLTK's ``span_tokenize``."""
        return iter([(a, b) for a, b, _ in self.spans(text, realign_boundaries)])

    def spans(self, text: str,
              realign_boundaries: bool = True) -> list[tuple[int, int, str]]:
        """NLTK's ``span_tokenize`` (``_slices_from_text`` over
        ``_match_potential_end_contexts``, then ``_realign_boundaries``), each
        span with Punkt's reason for ending there ("" for the last, which
        ends at the end of ``text``)."""
        decide = self.break_reason
        slices: list[tuple[int, int, str]] = []
        last_break = 0
        prev = None
        prev_start = prev_stop = 0
        # each candidate is decided once the next one is found (None: the end)
        for match in itertools.chain(self._lang_vars.period_context_re().finditer(text), (None,)):
            if match is not None:
                start = match.start()
                # the word before the candidate starts after the last
                # whitespace since the previous candidate (NLTK takes
                # whitespace right at that candidate for none)
                ws = _last_whitespace(text, prev_stop, start)
                word = ws + 1 if ws > prev_stop else prev_start
            # a candidate whose word overlaps the next one's is skipped
            if prev is not None and (match is None or prev_stop <= word):
                reason = decide(text[prev_start:prev_stop] + prev.group() + prev.group("after_tok"))
                if reason is not None:
                    slices.append((last_break, prev.end(), reason))
                    last_break = prev.start("next_tok") if prev.group("next_tok") else prev.end()
            if match is not None:
                prev, prev_start, prev_stop = match, word, start
        slices.append((last_break, len(text.rstrip()), ""))
        if not realign_boundaries:
            return slices
        realign_match = self._lang_vars.re_boundary_realignment.match
        out = []
        realign = 0
        last = len(slices) - 1
        for k, (a, b, reason) in enumerate(slices):
            a += realign
            if k < last:
                a2, b2, _ = slices[k + 1]
                m = realign_match(text[a2:b2])
                if m:
                    out.append((a, a2 + len(m.group().rstrip()), reason))
                    realign = m.end()
                    continue
                realign = 0
            if a < b:
                out.append((a, b, reason))
        return out

    def decisions(self, text: str) -> Iterator[tuple[int, bool, str | None]]:
        """Punkt's decision at each candidate of ``text``, as NLTK's
        ``debug_decisions`` gives it: the offset of the ``.``, ``?`` or ``!``,
        whether it ends a sentence, and the reason (for or against; None
        where no heuristic spoke and the token is no sentence end).  For
        reading what Punkt decided; the splitter does not call it."""
        for match, context in self._match_potential_end_contexts(text):
            toks = self._context_words(context)
            while toks and not toks[0].endswith(self._lang_vars.sent_end_chars):
                toks.pop(0)
            if len(toks) < 2:
                continue
            tok, nxt = self._token_uncached(toks[0]), self._token_uncached(toks[1])
            broke, reason = _decision(tok, nxt, self._params.collocations)
            if reason is None:  # NLTK: an abbreviation with nothing else to say
                reason = REASON_DEFAULT_DECISION
            yield match.end() - 1, broke, reason

    def _sentbreak(self, text: str) -> str | None:
        """NLTK's ``text_contains_sentbreak``, with the reason: whether a
        token other than the last ends a sentence, each token decided from
        what it is and what the next one is."""
        toks = self._context_words(text)
        if len(toks) < 2:
            return None
        token, limit = self._token, _PUNKT_CACHED_LEN
        collocations = self._params.collocations
        this = None
        for t in toks:
            # a token as long as a word of a text without spaces is not kept
            nxt = token(t) if len(t) <= limit else self._token_uncached(t)
            if this is not None:
                broke, reason = _decision(this, nxt, collocations)
                if broke:
                    return reason
            this = nxt
        return None

    def _context_words(self, text: str) -> list[str]:
        """The word tokens of ``text``, line by line (NLTK's ``_tokenize_words``)."""
        if "\n" in text:
            return [t for line in text.split("\n") if line.strip() for t in self._words(line)]
        return self._words(text) if text.strip() else []

    def _token_uncached(self, tok: str) -> tuple:
        """What Punkt's annotation of a pair needs to know of a token, as a
        tuple: (0) its first-pass state (``_first_pass_annotation``: 1 a
        sentence break, 2 an abbreviation, 3 an ellipsis, 0 none), (1) whether
        it ends in a period, (2) its ``type_no_period``, (3) its
        ``type_no_sentperiod``, (4) whether it is an initial; and as the next
        token: (5) ``_ortho_heuristic``'s answer (True, False or "unknown"),
        (6) whether it is a capitalised frequent sentence starter, (7) whether
        it is capitalised and its type never seen in lower case."""
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


#: Every tokenizer built, so that their memos can be emptied together.
_BUILT: weakref.WeakSet[Punkt] = weakref.WeakSet()


@functools.lru_cache(maxsize=16)
def tokenizer(extra: frozenset[str] = frozenset()) -> Punkt:
    """Punkt on the shipped English parameters, with the abbreviation types
    ``extra`` (lower-case, without their final period: ``"cllr"``) added to
    :data:`~quoteattr._lexicon_sentences.ABBREVIATIONS`; one per distinct set."""
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS) | extra
    params.collocations = set(COLLOCATIONS)
    params.sent_starters = set(SENTENCE_STARTERS) | set(HONORIFIC_STARTERS)
    for word in SENTENCE_STARTERS:
        # "Seen lower-case mid-sentence, capitalised only at a sentence start":
        # Punkt's orthographic heuristic then treats a capitalised occurrence
        # after an initial or a number as the start of a new sentence.
        params.add_ortho_context(word, _ORTHO_MID_LC | _ORTHO_BEG_UC)
    tok = Punkt(params, EnglishLanguageVars())
    tok.spans("Warm up. The lazily compiled patterns.")
    _BUILT.add(tok)
    return tok


def forget_texts() -> None:
    """Empty the memos of every tokenizer built (decisions, token analyses)."""
    for tok in list(_BUILT):
        tok._decide.cache_clear()
        tok._token.cache_clear()
