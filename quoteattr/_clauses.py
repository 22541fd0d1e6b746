"""Clause geometry shared by the discourse model and the sieve's rules.

What may stand between a speaker and its cue, between a quote and what
follows it, between a cue and the quote it introduces; and whether a mention
opens its clause.  Patterns only: no state.
"""

from __future__ import annotations

import functools
import re
import string

import regex

from . import _constants as k
from . import _lexicon as lx

__all__ = ["ADVERB", "ADVERB_RUN", "AFTER_GAP", "LEAD_GAP", "SUBJ_GAP", "WORD", "clause_opening",
           "main_clause", "subject_gap", "subject_gap_match", "SUBORDINATORS"]

#: a word: letters, with apostrophes and hyphens inside
WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")

_ADVERBS = "|".join(regex.escape(a) for a in sorted(lx.CUE_ADVERBS, key=len, reverse=True))
#: the modals and auxiliaries of ADVERB, with ``n’t`` or ``not`` or alone
_MODALS = ("could", "would", "can", "will", "may", "might", "must", "should", "did", "does", "do",
           "is", "was", "are", "were", "has", "have", "had", "been")
#: the times of ADVERB ("on Tuesday", "last week"), and the words that may lead them
_TIME_LEADS = ("on", "last", "this", "late", "early", "earlier")
_TIMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week",
          "month", "year", "night", "morning", "afternoon", "evening")
#: what may stand between a speaker and its cue: adverbs, "was quoted as"
ADVERB = (rf"(?:{_ADVERBS}|\p{{Ll}}+ly|(?:is|was|has been|had been) quoted as"
          # a modal before the cue: "a spokesman could only quip", "Roe would not say"
          rf"|(?:{'|'.join(_MODALS)})(?:n[’']t|[ \t\xa0]+not)?"
          # a time between a subject and its cue: "Roe on Tuesday said", "Roe last week told"
          rf"|(?:(?:{'|'.join(_TIME_LEADS)})[ \t\xa0]++)?(?:{'|'.join(_TIMES)}))")
#: the contracted auxiliaries SUBJ_GAP takes after a subject ("She’s claiming")
_CONTRACTED = ("s", "re", "ve", "d", "ll")
_ABBREV_DOT = r"(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Inc|Co|No|U\.S|\p{Lu}))\."
#: between a subject and its cue: ``Jane Roe (D-Ohio) said``, ``Roe, a nurse, said``,
#: ``Roe, who said``
SUBJ_GAP = regex.compile(
    # a contracted auxiliary: "She’s claiming", "They’ve said"
    rf"(?:[’'](?:{'|'.join(_CONTRACTED)})\b)?"
    rf"[ \t\xa0\n]*+(?:\([^()\n]{{1,{k.SUBJECT_PAREN}}}\)[ \t\xa0]*+)?"
    # (an appositive, not a coordinated clause: ", and looking over it," is none)
    rf"(?:,(?![ \t\xa0\n]*+(?:and|but|or|then)\b)"
    rf"(?:[^.!?;:“”\"«»\n]|{_ABBREV_DOT}){{1,{k.SUBJECT_APPOSITIVE}}}?,[ \t\xa0\n]*+)?"
    # a relative pronoun stands for its antecedent: "Pavel Orlov, who called it …"
    # (or set off by a dash: "Ann Lee - who once said …")
    # (a second relative clause joined to an appositive one: "Miss Vane, who
    # seemed eager to talk, and who now said")
    r"(?:(?:,|[ \t\xa0]*+(?:--?|—|–))?[ \t\xa0\n]*+(?:(?<=,[ \t\xa0\n]*+)and[ \t\xa0\n]++)?"
    r"(?P<rel>who|which)[ \t\xa0\n]++)?"
    rf"(?:{ADVERB}[ \t\xa0\n]++)*+$"
)
#: the characters SUBJ_GAP's run of spaces takes: a stretch of only these (or
#: none) is a gap it matches, whatever the rest of the pattern
_GAP_SPACES = " \t\xa0\n"
#: The last word of each thing SUBJ_GAP can end with, spaces aside: an adverb
#: of ADVERB (its last word: "in turn"), a modal, "not", "quoted as", a time,
#: a relative pronoun.  (The rest it can end with: a comma, a bracket, an -ly
#: adverb, ``n’t``, a contracted auxiliary alone.)
_GAP_END_WORDS = frozenset({a.rsplit(None, 1)[-1] for a in lx.CUE_ADVERBS}
                           | {*_MODALS, *_TIMES, "not", "as", "who", "which"})
_CONTRACTIONS = frozenset(f"{mark}{c}" for mark in "’'" for c in _CONTRACTED)


def _gap_may_end(gap: str) -> bool:
    """Whether ``gap`` (not only spaces) ends as a SUBJ_GAP match must: its
    spaces taken off, with a comma or a bracket (an appositive, a party
    label), a contracted auxiliary alone (``’s``), ``-ly`` or ``n’t``, or a
    word of :data:`_GAP_END_WORDS`, whole (the ASCII letters that end it).
    Each part of the pattern ends so, and none can follow another without a
    space or a mark between them; so where this says no, the pattern does
    too, and most long gaps (``, the former governor of Ohio and a critic``)
    are answered without running it."""
    s = gap.rstrip(_GAP_SPACES)
    last = s[-1]
    if last == "," or last == ")":
        return True
    if not "a" <= last <= "z":
        return False
    if s.endswith(("ly", "n’t", "n't")) or s in _CONTRACTIONS:
        return True
    i = len(s) - 1
    while i > 0 and s[i - 1] in string.ascii_letters:
        i -= 1
    return s[i:] in _GAP_END_WORDS


#: gaps up to this long are remembered (:func:`_short_gap`); longer ones seldom repeat
_GAP_MEMO_LEN = 32


def subject_gap(text: str, a: int, b: int) -> bool:
    """Whether ``SUBJ_GAP`` matches ``text[a:b]`` (between a subject and its cue).

    The common gap, one space (``Roe said``), is answered with a string method:
    a stretch of only spaces and line breaks is matched by the pattern's run of
    spaces and its end, so running the pattern could only say yes.  A gap that
    does not end as a match must (:func:`_gap_may_end`) is answered no.  Other
    short gaps (``, who``, `` did not``) repeat, and are remembered."""
    if a > b:
        return SUBJ_GAP.match(text, a, b) is not None
    gap = text[a:b]
    if not gap.strip(_GAP_SPACES):
        return True
    if not _gap_may_end(gap):
        return False
    if b - a <= _GAP_MEMO_LEN:
        return _short_gap(gap)
    return SUBJ_GAP.match(text, a, b) is not None


def subject_gap_match(text: str, a: int, b: int) -> regex.Match[str] | None:
    """``SUBJ_GAP.match(text, a, b)``, not run where the gap cannot end as a
    match does (:func:`_gap_may_end`): for readers of its groups."""
    gap = text[a:b]  # ("" when a > b: the pattern is run)
    if gap.strip(_GAP_SPACES) and not _gap_may_end(gap):
        return None
    return SUBJ_GAP.match(text, a, b)


@functools.lru_cache(maxsize=4096)
def _short_gap(gap: str) -> bool:
    """``SUBJ_GAP`` over ``gap`` alone.  Safe to remember by the gap's string:
    nothing of the pattern looks outside the stretch it is run over (its one
    look-behind, an abbreviation's period inside an appositive, reads only
    letters after the appositive's comma), so the same gap gets the same
    answer wherever it stands."""
    return SUBJ_GAP.match(gap) is not None
#: what may stand between a quote and the mention or cue after it
ADVERB_RUN = regex.compile(rf"(?:{ADVERB}[ \t\xa0]++)*+")
AFTER_GAP = re.compile(r"[ \t\xa0\n]*+(?:[,;:—–]|--?|\.{3}|…)?[ \t\xa0\n]*+")
#: between a cue and the quote it introduces: ``told reporters on Monday:``
LEAD_GAP = re.compile(
    rf"[^.!?;“”\"«»\n]{{0,{k.LEAD_GAP}}}?[:,]?[ \t\xa0]*+(?:—|–|--)?[ \t\xa0]*+$"
)
# a short adverbial that may open a clause before its subject: "Eight years ago,"
_OPENER_WORDS = ("and", "but", "so", "yet", "then", "still", "instead", "meanwhile", "later",
                 "earlier", "now", "today", "yesterday", "tonight", "also", "again", "soon",
                 "once")
_OPENERS = regex.compile(
    rf"[\s,]*(?:(?:(?i:{'|'.join(_OPENER_WORDS)})\s+)?"
    # (a quoted title counts as one word: "On Tuesday’s episode of “The Hour,” Lee said",
    # in single marks too: "… of ‘The Hour,’ Lee said"; an apostrophe inside is a letter)
    rf"(?:(?:[^,;:.!?“”\"\n]|“[^“”\n]{{1,{k.OPENER_PHRASE}}}”"
    rf"|‘(?:[^‘’\n]|’(?=\p{{L}})){{1,{k.OPENER_PHRASE}}}’){{1,{k.OPENER_PHRASE}}}"
    r"(?:,|(?<=,[”’])))?[\s,]*)?$"
)


#: a story's dateline before its first sentence's subject: an upper-case
#: place, perhaps a date and an agency, and a dash ("BEIJING, Jan. 14 (Reuters)
#: - The ministry …", "LIMA, Peru — …")
_DATELINE = regex.compile(
    r"[ \t\xa0]*+\p{Lu}[\p{Lu}.’'\-]++(?:[ \t\xa0]\p{Lu}[\p{Lu}.’'\-]*+){0,3}"
    r"(?:,[^,;:!?—–()\n]{1,30}+(?:,[ \t\xa0]*+\d{4})?)?(?:[ \t\xa0]*+\([^()\n]{1,30}+\))?"
    r"[ \t\xa0]*+(?:—|–|--?)[ \t\xa0]*+")


#: Conjunctions that open a subordinate clause (``As she spoke, …``)
SUBORDINATORS = ("while", "when", "as", "after", "before", "because", "since", "though",
                 "although", "if", "until", "once")
#: a subordinate clause opening a sentence, to its comma (``When Sherry is gone,``,
#: ``Asked whether the team could still win,``): a conjunction of time, cause or
#: concession, or a participle, then words up to a comma
_SUBORDINATE = regex.compile(
    r"[ \t\xa0]*+(?:"
    + "|".join(w.capitalize() for w in (*SUBORDINATORS, "whenever"))
    + r"|\p{Lu}\p{Ll}++(?<=ed|ing))[ \t\xa0]++"
    rf"[^,;:.!?“”\"\n]{{1,{k.SUBORDINATE_CLAUSE}}}+,[ \t\xa0]*+")


def main_clause(text: str, lo: int, hi: int) -> int:
    """Where the main clause of the sentence at ``lo`` begins: after a
    subordinate clause that opens it (``When Sherry is gone, Walt leans back``:
    at ``Walt``), else ``lo``.  The subject of the sentence is there, not the
    first person named."""
    if text[lo:lo + 1] not in _SUBORDINATE_FIRST:
        return lo  # (no conjunction of the pattern opens the sentence: not run)
    m = _SUBORDINATE.match(text, lo, hi)
    return lo if m is None else m.end()


#: the first characters of a match of _SUBORDINATE
_SUBORDINATE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ \t\xa0")


def clause_opening(text: str, lo: int, pos: int) -> bool:
    """True when only a short adverbial stands between ``lo`` and ``pos``.

    A dateline at ``lo`` (a paragraph's start) is passed over first.  A match ends with a comma or
    with one of the opener words, then spaces: a stretch whose last word, in
    ASCII, is none of them cannot match (``Later his colleague`` can; ``met
    with Roe`` cannot), and the pattern is not run."""
    if (lo == 0 or text[lo - 1] == "\n") and (text[lo:lo + 1].isupper()
                                              or text[lo:lo + 1] in (" ", "\t")):
        # (a dateline opens a paragraph: elsewhere the pattern is not run; nor
        # where its first word goes on in lower case, "He said", which no
        # dateline's place does: after a capital, a capital or . ’ ' -)
        j = lo
        while j < pos and text[j] in " \t\xa0":
            j += 1
        if not "a" <= text[j + 1:j + 2] <= "z":
            d = _DATELINE.match(text, lo, pos)
            if d is not None:
                lo = d.end()
    if pos - lo > k.CLAUSE_OPENING:
        return False
    tail = text[lo:pos].rstrip(" \t\n\r\xa0")[-12:]  # (a short stretch: see above)
    if tail and tail.isascii() and tail[-1].isalpha() and \
            not tail.lower().endswith(_OPENER_WORDS):
        return False
    return bool(_OPENERS.match(text, lo, pos))
