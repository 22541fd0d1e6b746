"""Reported speech: what someone said, given without quote marks.

With ``Config(indirect=True)`` the pipeline also looks for reported speech
(``Roe said a deal was close``, ``A deal is close, Roe said``, ``according to
Roe, …``, ``Roe’s claim that …``, a headline's ``Roe: …``).  The cues are the
ones the quotes use, less the verbs that do not report speech
(:data:`quoteattr._lexicon.REPORT_VERBS` says where the line is); each cue
(and each noun of saying, each headline colon) is a *candidate*.  The report
rules (:data:`REPORT_RULES`) run over the candidates through the same engine
as the quotes' rules (:mod:`quoteattr._sieve`): a rule that fires names the
speaker (the mention, the cue) and the *extent* of the content; a candidate
that no rule fires for is no report.  Speakers come from the same mentions
and the same coreference as the quotes', so one person is one speaker across
quotes and reported speech.

A content that is only a quotation (``Roe said: “…”``) is a quote, not a
report; a content that holds a quoted fragment and more (``Roe said the talks
were “useful” and a deal was close``) is one report, and its fragment stays a
quote of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import regex

from . import _constants as k
from . import _lexicon as lx
from ._clauses import ADVERB, WORD, clause_opening
from ._context import _COMMA_GAP, Context
from ._cues import Cue
from ._discourse import compatible
from ._mentions import dateline_tail
from ._model import _make_mention
from ._quotes import gaps
from ._sieve import Condition, Fire, Pass, Rule
from ._trie import trie_pattern

__all__ = ["REPORT_RULES", "Candidate", "ReportContext", "find_candidates"]


class Candidate(NamedTuple):
    """A place that may report speech: a cue, a noun of saying, a headline colon."""

    kind: str  #: "verb", "according", "noun" or "colon"
    cue: Cue  #: the cue word (the colon, the noun)
    ci: int  #: its index in the document's cues (-1 for a noun or a colon)
    lemma: str  #: the verb's lemma ("say" for "said"); "" for the other kinds
    lo: int  #: start of its sentence (within its paragraph)
    hi: int  #: end of its sentence (within its paragraph)


_REPORT_FORMS: dict[str, str] = {
    f: lemma for lemma in lx.REPORT_VERBS for f in lx.CUE_VERBS.get(lemma, ())}
# a noun of saying followed by "that" or "to" (the possessor is checked by the
# rule, looking back from the noun): the reference pattern, which finds the
# nouns that :func:`_nouns` finds faster (a test holds the two equal)
_NOUN = re.compile(rf"(?<![\w’'\-])(?P<noun>{trie_pattern(lx.REPORT_NOUNS)})"
                   r"[ \t\xa0\n]+(?:that|to)\b")
#: "that" or "to" after a space or a line break: where such a noun may end just
#: before.  A pattern that opens with a letter is scanned for fast (``re`` skips
#: to each "t" in C), where a trie of the nouns is tried at every letter
_THAT_TO = re.compile(r"t(?<=[ \t\xa0\n]t)(?:hat|o)\b")
_NOUNS = frozenset(lx.REPORT_NOUNS)
_NOUN_LENGTHS = sorted({len(n) for n in _NOUNS})
#: the nouns' last three letters: most words before "to" end otherwise
_NOUN_ENDS = frozenset(n[-3:] for n in _NOUNS)
#: what may not stand right before a noun of saying (it would be inside a word)
_IN_WORD = re.compile(r"[\w’'\-]")
_THAT = re.compile(rf"(?:[^.;:!?“”\"\n]{{0,{k.REPORT_THAT_REACH}}}?[ \t\xa0\n,])?that"
                      r",?[ \t\xa0\n]++|[ \t\xa0\n]*+(?:whether|if)[ \t\xa0\n]++")
#: an aside set off by two commas right after the cue, then the cue's "that"
#: (``said, however, that …``, ``told the court, in writing, that …``)
_ASIDE_THAT = re.compile(r",[^,;:.!?“”\"\n]{1,60}+,[ \t\xa0\n]*+that[ \t\xa0\n]++")
#: A word that only a clause holds, before the "that" _THAT finds: a subject
#: pronoun or a finite auxiliary, copula or modal (not ``you`` nor ``it``,
#: which may be objects: ``told you that``, ``described it as …``).
_CLAUSE_WORD = re.compile(
    r"\b(?:he|she|they|we|I|is|are|was|were|has|have|had|will|would|can|could"
    r"|should|may|might|must|do|does|did)\b")
#: a comma, a relative pronoun or a subordinating conjunction: a clause word
#: after one is an aside's, a relative or an adverbial clause's (``told
#: lawmakers who had gathered there that …``, ``said before he left that …``),
#: and the "that" is still the cue's
_NOT_MAIN = re.compile(r",|\b(?:who|whom|which|what|when|while|as|before|after|since|until"
                       r"|because|though|although|if|whether|where|once)\b")
#: _THAT's second branch alone, for a cue with no "that" within _THAT's reach
_WHETHER = re.compile(r"[ \t\xa0\n]*+(?:whether|if)[ \t\xa0\n]++")
#: how far after a cue a "that" _THAT can match may end (its reach, a separator, the word)
_THAT_END = k.REPORT_THAT_REACH + 1 + len("that")
#: the heads of the people and bodies a verb of telling may have for its object
#: (``told the council``, ``assured investors``, ``told a jury``): the lexicon's
#: descriptions of people and bodies, and the groups that listen
_LISTENERS = trie_pattern(
    {h for h in lx.NOMINAL_HEADS if h not in lx.DOCUMENT_HEADS} | set(lx.SPEAKER_PLURALS)
    | {"jury", "juries", "investors", "crowd", "crowds", "audience", "audiences", "panel",
       "panels",
       # the occasions told as their listeners are ("told a news conference")
       "conference", "conferences", "briefing", "briefings", "meeting", "meetings", "rally",
       "rallies", "hearing", "hearings", "gathering", "gatherings", "summit", "session",
       "sessions", "forum", "convention", "luncheon", "dinner", "event", "ceremony",
       "reception", "roundtable"}, flexible_space=False)
#: words that are no modifier of a listener's description: determiners, question
#: words, quantifiers of the clause after it (``asks where each resident …``)
_NOT_MODIFIERS = (r"(?:the|a|an|that|this|these|those|his|her|its|their|our|my|your|where"
                  r"|what|why|how|when|whether|if|who|whom|which|each|every|all|any|no|not"
                  r"|some|many|most|both|few|other|such)")
_OBJECT = regex.compile(
    r"(?:(?:me|him|her|us|them|you|reporters|journalists|the (?:crowd|audience|press|media))"
    r"(?![\w’'\-])"
    # a description of people or of a body: "the council", "council members", "a jury"
    rf"|(?:(?:the|a|an|his|her|their|its|our|my|your|several|some|many|two|three|four|five)"
    rf"[ \t\xa0]++)?(?:(?!{_NOT_MODIFIERS}[ \t\xa0])[\p{{Ll}}\-]++[ \t\xa0]++){{0,2}}"
    rf"(?:{_LISTENERS})(?![\w’'\-])"
    # a body the listeners belong to: "a plenary session of the Hungarian Parliament"
    rf"(?:[ \t\xa0]++of[ \t\xa0]++(?:the[ \t\xa0]++)?\p{{Lu}}[\p{{L}}.’'\-]*+"
    rf"(?:[ \t\xa0]++\p{{Lu}}[\p{{L}}.’'\-]*+){{0,4}})?"
    r"|(?:the[ \t\xa0]++)?\p{Lu}[\p{L}.’'\-]*+(?:[ \t\xa0]++\p{Lu}[\p{L}.’'\-]*+){0,3})"
    # a time after the person told: "on Sunday", "during the debate" is no report's
    # start ("this week", "late Tuesday": a time's own word after "this", "late")
    r"(?:[ \t\xa0]++(?:(?:on|in|at|during)[ \t\xa0]++(?!(?:the|a|an|that)\b)\p{L}++"
    r"(?:[ \t\xa0]++(?!(?:the|a|an|that)\b)\p{L}++)?"
    r"|(?:last|this|late|early|earlier)[ \t\xa0]++(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|week|month|year|morning|afternoon|evening|night|weekend|spring|summer"
    r"|fall|autumn|winter)\b))?"
    r"[ \t\xa0]*+[,:]?[ \t\xa0\n]*+")
#: the words that open an adverbial after a cue (any case)
_ADVERBIAL_WORDS = (
    "on", "in", "at", "of", "during", "after", "before", "from", "with", "by", "late", "early",
    "last", "this", "earlier", "later", "again", "also", "yesterday", "today", "tonight",
    "recently", "then", "repeatedly", "afterward", "afterwards", "privately", "publicly",
    # a place or an occasion: "said outside the courthouse.", "said following the vote."
    "outside", "inside", "near", "amid", "following", "ahead", "via", "throughout",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# after the cue, only a time, a place or a medium: "said on Monday.", "said in a statement."
_ADVERBIAL = regex.compile(
    rf"[ \t\xa0\n]*+(?:(?i:{'|'.join(_ADVERBIAL_WORDS)})"
    rf"\b(?:[ \t\xa0\n]++[^ \t\xa0\n,;:“”\"]++){{0,{k.REPORT_ADVERBIAL_WORDS}}})?"
    r"[ \t\xa0\n.!?]*+(?:$|[,;:—–(])")
#: _ADVERBIAL_WORDS in lower case, and the longest one's length (see _find_follows)
_ADVERBIAL_LOWER = tuple(w.lower() for w in _ADVERBIAL_WORDS)
_ADVERBIAL_LEN = max(map(len, _ADVERBIAL_WORDS))
#: a phrasal verb's particle, not an adverbial: "called on Roe to …", "called for …"
_PARTICLE = regex.compile(r"[ \t\xa0\n]*+(?:on|for|out)\b")
_QUOTE_NEXT = re.compile(
    rf"[^.;!?“”\"«»\n]{{0,{k.REPORT_THAT_REACH}}}?[,:][ \t\xa0\n]*+[“\"«‘']")
_COMMA_END = re.compile(r"(?:(?:,|—|–|--)[ \t\xa0\n]*+[”\"’'»]{0,2}|,[ \t\xa0\n]*+[”\"’'»]{1,2})"
                           r"[ \t\xa0\n]*+(?:as[ \t\xa0\n]++)?$")
#: after a speaker named after the cue: the sentence's end or an appositive
#: (``…, said Roe.``, ``…, said Roe, a nurse``), not a clause (``said the group is …``)
_NAME_ENDS = re.compile(r"[ \t\xa0\n]*+(?:[,.;:!?)(—–]|$)")
_RELATIVE = regex.compile(
    rf"(?<![\p{{L}}’'])(?P<who>who|that)[ \t\xa0\n]++(?:{ADVERB}[ \t\xa0\n]++)*+$")
_PASSIVE_WORDS = (*lx.PASSIVE_AUXILIARIES, "when", "if", "after", "once")
_PASSIVE = regex.compile(rf"\b(?:{'|'.join(_PASSIVE_WORDS)})"
                         r"[ \t\xa0\n]++(?:\p{Ll}+ly[ \t\xa0\n]++)?$")
#: what a stretch _PASSIVE matches at the end of ends with, its spaces taken off
_PASSIVE_ENDS = (*_PASSIVE_WORDS, "ly")


def _passive_before(text: str, a: int, b: int) -> bool:
    """``_PASSIVE.search(text, a, b)``, run only where the stretch, its spaces
    taken off its end, ends with one of its words or an -ly adverb: elsewhere
    (most cues: ``Roe said``) it cannot match."""
    if not text[a:b].rstrip(" \t\xa0\n").endswith(_PASSIVE_ENDS):
        return False
    return _PASSIVE.search(text, a, b) is not None
_SOURCE = regex.compile(r"[ \t\xa0\n]++(?P<np>(?:[\p{L}\d’'\-.]++[ \t\xa0\n]++){0,6}?"
                        r"[\p{L}\d’'\-]++)"
                        r"[ \t\xa0\n]*+(?:[,.;:)]|$)")
# after a tag: a short adverbial, a comma, and a lower-case word going on with the
# sentence (a quotation or a new sentence does not open in lower case)
_AFTER_TAG = regex.compile(r"[^,.;:!?“”\"«»\n]{0,40}?,[ \t\xa0\n]*+(?=\p{Ll})")
#: the same before an opening quote mark (``…, he added, “but …”``)
_AFTER_TAG_QUOTE = regex.compile(r"[^,.;:!?“”\"«»\n]{0,40}?,[ \t\xa0\n]*+(?=[“\"‘'«])")
_AS = regex.compile(r"[ \t\xa0\n(]*+(?i:as|like)[ \t\xa0\n]++$")
_LEAD_TRIM = re.compile(r"[ \t\xa0\n:,—–\-]*+")
#: a story's dateline, opening a paragraph: a place in capitals, then what the
#: mention stage reads after one (:func:`~quoteattr._mentions.dateline_tail`: its
#: state, country or date, the agency in brackets, a dash) (``WASHINGTON —``,
#: ``DETROIT (AP) —``, ``LIMA, Peru, Jan. 4 (Reuters) -``)
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}.’'\-]*+(?:[ \t\xa0]++\p{Lu}[\p{Lu}.’'\-]*+){0,3}"
    + dateline_tail(r"\p{Lu}", r"[ \t\xa0]+") + r"[ \t\xa0\n]*+")
#: a one-word content that is a whole answer (``Asked whether …, Roe said no.``)
_ANSWERS = frozenset({"yes", "no"})
#: what a content's end loses: spaces and punctuation (str.rstrip: no regex scan)
_TAIL_CHARS = " \t\xa0\n.,;:!?—–-"
#: every character a _COMMA_END match can hold: it lies in the run of these that
#: ends its stretch, so the search starts there
_COMMA_END_CHARS = ",—–- \t\xa0\n”\"’'»as"
#: "and" or "but" (an -ly adverb may follow) right before a verb of saying: a verb
#: coordinated with the cue before it (``denied wrongdoing and said …``)
_AND_CUE = re.compile(r"(?:,[ \t\xa0\n]*+|[ \t\xa0\n]++)(?:and|but)[ \t\xa0\n]++"
                      r"(?:[a-z]+ly[ \t\xa0\n]++)?$")
#: a finite auxiliary, copula or modal as a word: a "that" right before one is a
#: pronoun, the subject of what was said (``said that was too long``)
_AUX_AFTER = re.compile(rf"(?:{'|'.join(sorted(lx.AUXILIARIES))})\b")
#: a possessive determiner right before a name whose title is a word of kinship
#: or a role (``his son Thomas``)
_OWNER_BEFORE = re.compile(r"(?<![\w’'])(?:his|her|their|its|my|our|your)[ \t\xa0]++$")
#: a relative pronoun right before a verb: the verb is a relative clause's
_RELATIVE_VERB = re.compile(
    r"(?<![\w’'])(?:who|which|that)(?:[ \t\xa0\n]++(?:has|have|had|is|are|was|were|will"
    r"|would|can|could|may|might|should|must|also|long|never|often|always|since|[a-z]+ly))*+"
    r"[ \t\xa0\n]++$")
_JOIN_TRIM = re.compile(
    r"[ \t\xa0\n]*+(?:,[”\"’']?[ \t\xa0\n]*+)?(?:(?:and|but|while|as|though|although|whereas"
    r"|yet)[ \t\xa0\n]++)?$")


def find_candidates(ctx: Context) -> list[Candidate]:
    """Every place of ``ctx``'s text that may report speech, in text order."""
    text = ctx.text
    p_starts = [p.start for p in ctx.paragraphs]
    out: list[Candidate] = []
    for ci, c in enumerate(ctx.cues):
        lemma = "" if c.preposition else _REPORT_FORMS.get(c.text.lower())
        if lemma is None:
            continue
        lo, hi = _sentence(ctx, p_starts, c.start)
        out.append(Candidate("according" if c.preposition else "verb", c, ci, lemma, lo, hi))
    qspans = sorted((q.outer_start, q.outer_end) for q in ctx.quotes if q.level == 0)
    for a, b in gaps(qspans, len(text)):
        for s, e in _nouns(text, a, b):
            lo, hi = _sentence(ctx, p_starts, s)
            cue = Cue(s, e, text[s:e], False)
            out.append(Candidate("noun", cue, -1, "", lo, hi))
    for p in ctx.paragraphs:
        colon = text.find(":", p.start, min(p.end, p.start + k.REPORT_LABEL_REACH))
        if colon > 0:
            out.append(Candidate("colon", Cue(colon, colon + 1, ":", False), -1, "", p.start,
                                 p.end))
    out.sort(key=lambda x: x.cue.start)
    return out


def _nouns(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """The nouns of saying in ``text[a:b]`` that ``_NOUN`` finds (each a whole
    word, then spaces, then "that" or "to"), as (start, end): found from each
    "that" or "to" after a space, looking back over the spaces at the word
    before it.  (The nouns hold no space and are at least three letters long.)"""
    for m in _THAT_TO.finditer(text, a, b):
        e = m.start()
        while e > a and text[e - 1] in " \t\xa0\n":
            e -= 1
        if e - a < 3 or text[e - 3:e] not in _NOUN_ENDS:
            continue
        for n in _NOUN_LENGTHS:
            s = e - n
            if s >= a and text[s:e] in _NOUNS and not (s > 0 and _IN_WORD.match(text, s - 1)):
                yield s, e
                break


def _sentence(ctx: Context, p_starts: list[int], pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, kept within its paragraph."""
    lo, hi = ctx.sentence_bounds(pos)
    p = ctx.paragraphs[max(0, bisect_left(p_starts, pos + 1) - 1)]
    return max(lo, p.start), (min(hi, p.end) if hi > pos else p.end)


class ReportContext:
    """The candidates and the quotes' :class:`~quoteattr._context.Context` they read."""

    def __init__(self, ctx: Context, candidates: Sequence[Candidate]) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.candidates = candidates
        self.decided: list[tuple[Rule[ReportContext], Fire] | None] = [None] * len(candidates)
        self.q_starts = [q.outer_start for q in ctx.quotes]
        #: per candidate (by its cue's start): what two rules both ask
        self.follows_memo: dict[int, int | None] = {}
        self.inverted_memo: dict[int, int | None] = {}
        #: the last words of the speakers' labels in capitals read so far
        #: (``KATE BOULDUAN:``), which one word alone may label after (``BOULDUAN:``)
        self.caps_labels: set[str] = set()

    def quotes_in(self, a: int, b: int) -> list[int]:
        """The outermost quotes that overlap ``[a, b)``."""
        qs = self.ctx.quotes
        i = max(0, bisect_left(self.q_starts, a) - 1)
        out = []
        while i < len(qs) and qs[i].outer_start < b:
            if qs[i].level == 0 and qs[i].outer_end > a:
                out.append(i)
            i += 1
        return out

    def content(self, a: int, b: int) -> tuple[int, int] | Pass:
        """``[a, b)`` trimmed to its words, or why it is no report's content."""
        text = self.text
        m = _LEAD_TRIM.match(text, a, b)
        a = m.end() if m else a
        if text[a:a + 2].isupper() and (a == 0 or text[a - 1] == "\n") and \
                (dl := _DATELINE.match(text, a, b)) is not None:
            a = dl.end()  # "DETROIT (AP) — …": the story's dateline is no one's words
        if text.startswith(("that ", "that\n"), a) and _AUX_AFTER.match(text, a + 5) is None:
            a += 5  # (not "said that was too long": that "that" is the clause's subject)
        b = _trimmed_end(text, a, b)
        if b <= a:
            return _EMPTY
        # the words outside the quotes: none (or a stray one) means a direct quotation
        qs = self.quotes_in(a, b)
        if not qs:
            if not _has_words(text, a, b, k.REPORT_MIN_WORDS) and \
                    text[a:b].lower() not in _ANSWERS:
                return _SHORT
            return a, b
        pieces, pos = [], a
        for qi in qs:
            q = self.ctx.quotes[qi]
            pieces.append(text[pos:max(pos, q.outer_start)])
            pos = max(pos, q.outer_end)
        # a word of the writer's before or between the quotations makes the
        # sentence the writer's (``said he was “ready”``); words only after
        # the last one are a tag's (``“…” on Monday``) unless they make a clause
        inside = " ".join(pieces)
        if not _has_words(inside, 0, len(inside), 1) and \
                not _has_words(text, pos, b, k.REPORT_MIN_OUTSIDE):
            return _DIRECT
        # a content reaching into a quote holds it whole
        a = min(a, self.ctx.quotes[qs[0]].outer_start)
        b = max(b, self.ctx.quotes[qs[-1]].outer_end)
        # (the quotation's words count too: "called her “a nasty woman”", one word
        # of the writer's and a quotation, is a mixed report)
        if not _has_words(text, a, b, k.REPORT_MIN_WORDS):
            return _SHORT
        return a, b

    def cut(self, cand: Candidate, a: int, b: int) -> int:
        """The end of a content that starts at ``a``: ``b``, or earlier where the
        sentence reports someone else's speech (``…, but Reed said …``,
        ``…, adding that …``)."""
        ctx = self.ctx
        relative = None  # whether the cue is a relative clause's verb (read once)
        for ci in ctx.cues_in(a, b):
            c = ctx.cues[ci]
            if c.preposition or _REPORT_FORMS.get(c.text.lower()) is None:
                continue
            if c.text.endswith("ing"):  # "…, adding that …", "… and saying …"
                j = _JOIN_TRIM.search(self.text, a, c.start)
                if j is not None and j.group().strip():
                    return j.start()
                continue
            if (j := _AND_CUE.search(self.text, max(a, c.start - 24), c.start)) is not None:
                # "denied wrongdoing and said it would …": a verb of saying joined to
                # the cue by "and" or "but" shares its subject and reports its own
                return j.start()
            s = ctx.subject_of(c, a, strict=True)
            if s is None:
                if relative is None:
                    relative = _RELATIVE_VERB.search(
                        self.text, max(0, cand.cue.start - 40), cand.cue.start) is not None
                if relative and not _passive_before(self.text, a, c.start):
                    # "The council, which advises the government, said …", "A woman
                    # who answered the door said …": the main clause's verb of saying
                    # ends the relative clause; what its verb has is an object, no
                    # report, unless a clause ("The group that warned the plan
                    # would fail said …")
                    j = _JOIN_TRIM.search(self.text, a, c.start)
                    end = j.start() if j is not None else c.start
                    return end if _CLAUSE_WORD.search(self.text, a, end) is not None else a
                continue
            # "…, but Reed said …"; not "said she asked …"
            j = _JOIN_TRIM.search(self.text, a, ctx.mentions[s[0]].start)
            if j is not None and j.group().strip():
                return j.start()
        return b


def _comma_end(text: str, a: int, b: int) -> re.Match[str] | None:
    """``_COMMA_END.search(text, a, b)``, searched only over the run of the
    characters a match can hold that ends ``[a, b)`` (a match lies in it)."""
    return _COMMA_END.search(text, a + len(text[a:b].rstrip(_COMMA_END_CHARS)), b)


def _trimmed_end(text: str, a: int, b: int) -> int:
    """The end of ``[a, b)`` with the spaces and punctuation at its end taken off."""
    return a + len(text[a:b].rstrip(_TAIL_CHARS))


def _has_words(text: str, a: int, b: int, n: int) -> bool:
    """At least ``n`` words in ``text[a:b]`` (counting stops at ``n``)."""
    search = WORD.search
    for _ in range(n):
        m = search(text, a, b)
        if m is None:
            return False
        a = m.end()  # a word is never empty
    return True


_EMPTY = Pass("nothing is reported: the sentence ends at the cue")
_DIRECT = Pass("what is reported is a quotation (a direct quote, not reported speech)")
_SHORT = Pass("what is reported is shorter than a clause")


# --------------------------------------------------------------------------
# The rules


def _is(kind: str, why: str) -> Condition[ReportContext]:
    return Condition(f"a candidate of kind {kind}",
                     lambda r, i: r.candidates[i].kind == kind, why)


VERB: Condition[ReportContext] = _is("verb", "the cue is not a verb of saying")
ACCORDING: Condition[ReportContext] = _is("according", "the cue is not according to")
NOUN: Condition[ReportContext] = _is("noun", "no noun of saying before that")
COLON: Condition[ReportContext] = _is("colon", "no colon after a name opening the paragraph")

_NO_SUBJECT = Pass("the cue has no subject that names someone")
_INVERTED = Pass("the speaker is named after the cue (…, said Roe): "
                 "the cue follows what it reports")
_TAG = Pass("only a time, a place, a medium or a comma follows the cue: it tags what comes before")
_PASSIVE_CUE = Pass("the verb is passive (was asked, is maintained): its subject did not speak")
_NAMING = Pass("a group called … names a thing; no one is speaking")


def _once(memo: dict[int, int | None], find: Callable[[ReportContext, Candidate], int | None],
          r: ReportContext, cand: Candidate) -> int | None:
    """``find(r, cand)``, once per candidate's cue (two rules ask each)."""
    key = cand.cue.start
    if key not in memo:
        memo[key] = find(r, cand)
    return memo[key]


def _follows(r: ReportContext, cand: Candidate) -> int | None:
    """:func:`_find_follows`, once per candidate."""
    return _once(r.follows_memo, _find_follows, r, cand)


def _find_follows(r: ReportContext, cand: Candidate) -> int | None:
    """Where what the cue reports starts, when a clause or an object follows it
    (``said that …``, ``said a deal …``, ``told reporters a deal …``); ``None``
    when only a time, a place, a medium, a comma or the sentence's end does
    (``said on Monday.``, ``said, adding …``): then the cue tags what came before."""
    text, c = r.text, cand.cue
    a = c.end
    while a < cand.hi and text[a] in " \t\xa0\n":
        a += 1
    if a < cand.hi and text[a] == "," and (aside := _ASIDE_THAT.match(text, a, cand.hi)):
        return aside.end()  # "Roe said, however, that …", "said, in a letter, that …"
    if a >= cand.hi or text[a] in ",;—–-.":
        return None  # the cue's clause ends with it: "…, Roe said, adding that …"
    # _THAT's first branch needs a "that" within its reach: without one, only
    # its second branch ("whether", "if") can match, and is tried alone
    # (which, after the spaces, must stand at ``a``: a look at the string says
    # whether it can)
    if text.find("that", c.end, min(cand.hi, c.end + _THAT_END)) >= 0:
        that = _THAT.match(text, c.end, cand.hi)
    elif text.startswith(("whether", "if"), a):
        that = _WHETHER.match(text, c.end, cand.hi)
    else:
        that = None
    if that is not None and (w := that.group().rfind("that")) > 0 and (
            r.ctx.cues_in(c.end, that.start() + w) or text[a] != ","
            and ((cw := _CLAUSE_WORD.search(text, a, that.start() + w)) is not None
                 and _NOT_MAIN.search(text, a, cw.start()) is None
                 # "said Acme's sales held up and that …": a second "that" clause
                 # joined to a first with no "that"
                 or that.group()[:w].endswith((" and ", " but ", " or ", ", and ")))):
        # "criticized the media, though he added that …": the "that" is a later
        # cue's; "said the damage was in woods that were …", "said he believed that …":
        # a subject or a finite verb before the "that" (not a relative clause's)
        # has begun the reported clause; the "that" is its own (a relative, a
        # verb's complement).  A comma right after the cue sets off an aside
        # ("said, as he left, that …"): there the "that" is still the cue's
        that = None
    if that is not None and cand.lemma not in lx.REPORT_OBJECT_VERBS and \
            _DETERMINER_AT.match(text, a, that.start() + (that.group().rfind("that") or 0)) \
            is not None:
        # "announced a plan that would cut 300 jobs", "said the firm that built it
        # was …": a noun phrase right after the cue, then "that": a relative
        # clause's, the noun phrase what is reported (a listener after "told" is
        # read below)
        that = None
    if that is not None:
        if that.start() + that.group().rfind("that") == a and \
                _AUX_AFTER.match(text, that.end()) is not None:
            return a  # "said that was too long": "that" is the clause's subject
        return that.end()
    # a letter at ``a`` that opens none of _ADVERBIAL's words (an ASCII stretch,
    # where lower case is what the pattern's ignoring case compares) leaves the
    # pattern nothing to match: the common "said a deal …" runs no pattern
    head = text[a:a + _ADVERBIAL_LEN]
    adverbial = not (text[a].isalpha() and head.isascii()
                     and not head.lower().startswith(_ADVERBIAL_LOWER)) \
        and _ADVERBIAL.match(text, a, cand.hi)
    if adverbial and (cw := _CLAUSE_WORD.search(text, a, adverbial.end())) is not None \
            and _NOT_MAIN.search(text, a, cw.start()) is None:
        # "say this is just a rough patch": a clause, not "said this week" (nor
        # "says in what is presented as her memoir", whose verb is a relative's)
        adverbial = None
    if adverbial and not (cand.lemma == "call" and _PARTICLE.match(text, a, cand.hi)):
        return None
    if cand.lemma in lx.REPORT_OBJECT_VERBS:
        obj = _OBJECT.match(text, a, cand.hi)  # "told reporters", "told CNN on Sunday"
        if obj is not None:
            if _trimmed_end(text, obj.end(), cand.hi) <= obj.end():
                return None  # "… Roe told the crowd.": an object and no more
            b = obj.end()
            # ("reminded Roe of the …": what one is told of is what is reported)
            if not text.startswith("of", b) and \
                    (adv := _ADVERBIAL.match(text, b, cand.hi)) is not None and not (
                    (cw := _CLAUSE_WORD.search(text, b, adv.end())) is not None
                    and _NOT_MAIN.search(text, b, cw.start()) is None):
                return None  # "… Roe told reporters after the vote.": a time, no more
            return b
    return a


def _inverted(r: ReportContext, cand: Candidate) -> int | None:
    """:func:`_find_inverted`, once per candidate."""
    return _once(r.inverted_memo, _find_inverted, r, cand)


def _find_inverted(r: ReportContext, cand: Candidate) -> int | None:
    """The speaker named right after the cue, ending its clause: ``…, said Roe.``"""
    ctx = r.ctx
    mi = ctx.mention_after_cue(cand.cue, cand.hi)
    if mi is None:
        return None
    m = ctx.mentions[mi]
    if m.kind == "pronoun" and m.text not in ("he", "she", "they"):
        return None
    if cand.lemma in _TARGETS:
        return None  # "…, dismissed the criticism.": the verb's object, no speaker
    if m.kind != "pronoun" and not _NAME_ENDS.match(r.text, m.end, cand.hi) and \
            mi + 1 < len(ctx.mentions) and (n := ctx.mentions[mi + 1]).kind == "name" and \
            n.title and n.start == m.end + 1 and r.text[m.end] == " ":
        # "…, said Pike County Sheriff Tom Reed.": a body's or a place's name
        # before a titled name is part of the title
        mi, m = mi + 1, n
    return mi if _NAME_ENDS.match(r.text, m.end, cand.hi) else None


#: Verbs of saying whose object is whom or what the words are about or for
#: (``dismissed the criticism``, ``urged a strong stand``, ``praised Roe``,
#: ``assured investors``): they never put their subject after them, as *said*
#: does in ``…, said Roe.``; what follows them is their object.
_TARGETS = frozenset(
    "accuse admonish advise assure beg bemoan berate blast brand call characterize chide cite "
    "condemn criticize decry deny deride describe dismiss dispute entreat hail implore label "
    "lament laud mock praise reassure rebuke remind reprimand scold slam tell tout urge".split())

#: after ``asked``: a passive's agent (``asked by Roe …``)
_BY = re.compile(r"[ \t\xa0\n]++by[ \t\xa0\n]++")
#: after the asker: the question, indirect (``whether …``, ``if …``, ``why …``)
_QUESTION = re.compile(r"[ \t\xa0\n]*+,?[ \t\xa0\n]*+(?:(?:whether|if)[ \t\xa0\n]++|"
                          r"(?=(?:what|why|how|when|where|who)[ \t\xa0\n]))")


def _asked_by(r: ReportContext, cand: Candidate) -> Fire | Pass | None:
    """``(When) asked by Roe whether a deal was close, …``: a question reported
    in the passive, its asker named after *by*; ``None`` when the cue is not
    ``asked by`` someone followed by an indirect question."""
    text, c, ctx = r.text, cand.cue, r.ctx
    by = _BY.match(text, c.end, cand.hi)
    if by is None:
        return None
    mi = ctx.mention_at(by.end())
    if mi is None or ctx.mentions[mi].end > cand.hi:
        return None
    q = _QUESTION.match(text, ctx.mentions[mi].end, cand.hi)
    if q is None:
        return None
    a = q.end()
    span = r.content(a, r.cut(cand, a, cand.hi))
    if isinstance(span, Pass):
        return span
    return Fire(k.REPORT_ASKED_BY, mi, c, extent=span)


def reported_after_cue(r: ReportContext, i: int) -> Fire | Pass:
    """``Roe said (that) a deal was close.`` / ``Roe told reporters a deal was close.``
    / ``Asked by Roe whether a deal was close, …``: what follows a verb of saying
    and its subject (or, for a passive *asked*, its asker)."""
    cand = r.candidates[i]
    ctx, c = r.ctx, cand.cue
    if cand.lemma == "ask":
        asked = _asked_by(r, cand)
        if asked is not None:
            return asked
    a = _follows(r, cand)
    if a is None:
        return _TAG
    if cand.lemma == "ask" and _ANONYMITY.match(r.text, a, cand.hi) is not None:
        return _ANONYMOUS  # "who asked not to be named": how the source is kept unnamed
    if cand.lemma == "call" and _PHONE_CALL.match(r.text, a, cand.hi) is not None:
        return _A_CALL  # "Ruiz called her lawyer on Friday.": a call made, no words named
    if cand.lemma in _CLAUSE_ONLY and not r.text[max(0, a - 8):a].rstrip().endswith(
            ("that", "whether", "if")) and \
            _FINITE.search(r.text, a, min(cand.hi, a + k.REPORT_THAT_REACH)) is None:
        return _THING_OBJECT
    if not c.text.endswith("ing") and _passive_before(r.text, max(cand.lo, c.start - 20),
                                                      c.start):
        return _PASSIVE_CUE  # ("is insisting": a progressive, not a passive)
    if _participle_aside(r, cand):
        return _PASSIVE_CUE
    if _comma_end(r.text, cand.lo, c.start) and _inverted(r, cand) is not None:
        return _INVERTED
    rng = range(ctx.cues_in(cand.lo, c.start).start, cand.ci + 1)
    s = ctx.verb_subject(rng, cand.lo)
    if s is None:
        rel = _RELATIVE.search(r.text, cand.lo, c.start)
        if rel is None:
            return _NO_SUBJECT
        # "… the voters who say …": the relative pronoun names the speaker
        span = r.content(a, r.cut(cand, a, cand.hi))
        if isinstance(span, Pass):
            return span
        return Fire(k.REPORT_RELATIVE, None, c, span=rel.span("who"), extent=span)
    mi, w = s
    m = ctx.mentions[mi]
    if cand.lemma == "call" and m.kind == "nominal" and \
            m.text.lower().startswith(("a ", "an ")):
        return _NAMING
    span = r.content(a, r.cut(cand, a, cand.hi))
    if isinstance(span, Pass):
        return span
    conf = k.REPORT_AFTER_CUE if m.kind != "pronoun" else k.REPORT_AFTER_CUE_PRONOUN
    # "Ann Lee, who said …": the relative pronoun is the cue's subject and names
    # the speaker by its span (as "she" in "she said" does), the person it stands
    # for is the speaker; as for quotes (leading_cue)
    rel = ctx.relative_span(mi, c)
    if rel is None and (rel := ctx.relative_span(mi, c, wide=True)) is not None:
        # the subject was reached over a phrase ("won among voters who said"): the
        # pronoun stands for the mention right before it, if any, not for that
        # subject ("voters", not the winner)
        ante = _antecedent(r, rel[0])
        if ante is None:
            return Fire(k.REPORT_RELATIVE, None, c, span=rel, extent=span)
        mi, m = ante, ctx.mentions[ante]
        conf = k.REPORT_AFTER_CUE if m.kind != "pronoun" else k.REPORT_AFTER_CUE_PRONOUN
    if rel is not None:
        span = _in_relative(r, rel[0], span)
    return Fire(conf * w, mi, c, span=rel, extent=span)


#: a determiner opening a noun phrase (and a word after it) before a "that"
_DETERMINER_AT = re.compile(r"(?:a|an|the|his|her|its|their|this|these|those|our|my|your)"
                            r"[ \t\xa0\n]++[^\W\d_]")


#: a comma and spaces ending the stretch before a cue (what comes before it is
#: read apart)
_COMMA_BEFORE = re.compile(r",[ \t\xa0\n]*+$")


def _participle_aside(r: ReportContext, cand: Candidate) -> bool:
    """``Castellano, asked whether the park would open, said …``: a past
    participle of saying right after the comma that follows a sentence's
    subject, before any verb, is passive (the subject was asked, told, pressed),
    an aside of its own; the subject is no speaker of it.  Not ``…, she asked``
    nor a verb in a list after a clause (``called the banks, asked for time``:
    a verb before it)."""
    text, c = r.text, cand.cue
    if not (c.text.endswith("ed") or c.text == "told"):
        return False
    comma = _COMMA_BEFORE.search(text, max(cand.lo, c.start - 8), c.start)
    if comma is None:
        return False
    mi = r.ctx.mention_at_end(comma.start())
    if mi is None or r.ctx.mentions[mi].kind == "pronoun":
        return False  # "…, she asked": a tag after a clause
    lo = r.ctx.mentions[mi].start
    # nothing but an opener before the subject, so no verb: it opens its clause
    # ("Castellano, asked …", "Later, Castellano, asked …")
    return _OPENER_ONLY.match(text, cand.lo, lo) is not None


#: words before a sentence's subject that hold no verb: a connective or an
#: adverb and a comma (``Later,``, ``But``, ``In March,``)
_OPENER_ONLY = re.compile(r"[ \t\xa0\n]*+(?:(?:And|But|Yet|So|Later|Still|Then|Now"
                          r"|However|Meanwhile|Earlier|(?:In|On|At|During|After) [^,;:.]{1,30}+)"
                          r",?[ \t\xa0\n]*+)?\Z")


#: what a source *asked* that keeps it unnamed (``who asked not to be named``,
#: ``asked that her name not be used``, ``asked for anonymity``)
_ANONYMITY = re.compile(
    r"(?:not[ \t\xa0\n]+to[ \t\xa0\n]+be[ \t\xa0\n]+(?:named|identified|quoted)"
    r"|(?:that[ \t\xa0\n]+)?(?:his|her|their)[ \t\xa0\n]+names?[ \t\xa0\n]+not"
    r"|for[ \t\xa0\n]+anonymity|to[ \t\xa0\n]+remain[ \t\xa0\n]+anonymous)\b")
_ANONYMOUS = Pass("what was asked is that the source stay unnamed (asked not to be named)")
#: after *called*: one noun phrase of a determiner and a noun, perhaps a time,
#: and the sentence's end (``called her lawyer on Friday.``): someone was called,
#: nothing was named (``called her a liar``, ``called the plan absurd`` go on)
_PHONE_CALL = regex.compile(
    r"(?:his|her|their|the|my|our|its)[ \t\xa0]++\p{Ll}[\p{L}\-]*+"
    r"(?:[ \t\xa0]++(?:on|last|this|late|early)[ \t\xa0]++\p{L}++)?[ \t\xa0]*+[.;!?]")
_A_CALL = Pass("someone was called on (a visit, a telephone call), no words named")


#: Verbs that report words only with a clause after them: with a thing for
#: their object they say something else (``would add 2,000 agents``, ``added
#: a second shift``).  Not ``respond``, ``answer``, ``comment``: PolNeAR takes
#: ``responded to Trump's remarks`` for an attribution, its object the content
_CLAUSE_ONLY = frozenset({"add"})
#: a finite verb: a subject pronoun, an auxiliary, a copula or a modal, or a
#: past form in -ed (``added the deal was close``, ``added Roe backed it``)
_FINITE = re.compile(_CLAUSE_WORD.pattern + r"|\b\w+ed\b")
_THING_OBJECT = Pass("the verb reports words only with a clause, and a thing follows it")


#: a comma and a lower-case word: where a relative clause set off by commas
#: closes and its sentence goes on (``Ann Lee, who said …, left the room``)
_CLAUSE_CLOSE = regex.compile(r"(,[”\"’']*+)[ \t\xa0\n]++(?=\p{Ll})")


def _in_relative(r: ReportContext, rel: int, span: tuple[int, int]) -> tuple[int, int]:
    """A report whose cue's subject is a relative pronoun set off by a comma
    (``Ann Lee, who said the plan would fail, left.``) ends where the relative
    clause closes: at the first comma, outside the quotations, that a
    lower-case word follows; the content left must still be one."""
    if r.text[max(0, rel - 2):rel].rstrip(" \t\xa0\n")[-1:] != ",":
        return span  # "voters who said …": a restrictive clause, no closing comma
    a, b = span
    for m in _CLAUSE_CLOSE.finditer(r.text, a, b):
        end, inside = m.start(), False
        for qi in r.quotes_in(m.start(), m.start() + 1):
            q = r.ctx.quotes[qi]
            if q.outer_end > m.end(1):
                inside = True  # a comma inside a quotation
            else:
                end = q.outer_end  # "…, who called it “risky,” left": the quote ends it
        if inside:
            continue
        cut = r.content(a, end)
        return span if isinstance(cut, Pass) else cut
    return span


def _antecedent(r: ReportContext, pos: int) -> int | None:
    """The mention a relative pronoun at ``pos`` stands for: the one that ends
    right before it, with only spaces or a comma between (``voters who``); for
    *who*, a person (not ``the board who``, whose *who* is a member's)."""
    ctx = r.ctx
    rng = ctx.mentions_in(max(0, pos - 200), pos)
    if not rng:
        return None
    m = ctx.mentions[rng[-1]]
    if m.end > pos or r.text[m.end:pos].strip(" \t\xa0\n,"):
        return None
    if r.text.startswith("who", pos) and (m.kind == "org" or m.kind == "nominal" and (
            m.name.rsplit(None, 1)[-1].lower() in lx.NOT_PERSON_HEADS)):
        return None
    return rng[-1]


def _both_halves(r: ReportContext, cand: Candidate, mi: int,
                 span: tuple[int, int]) -> tuple[int, int]:
    """A tag set in the middle of what it reports (``The bridge, Roe said, is
    safe.``) reports both halves: the span runs on past the tag to the end of
    the sentence, unless a quotation, another report or a participle
    (``…, Roe said, adding that …``) follows the tag."""
    tag_end = max(r.ctx.mentions[mi].end, cand.cue.end)
    m = _AFTER_TAG.match(r.text, tag_end, cand.hi)
    if m is None:
        return span
    a = m.end()
    if r.ctx.cue_at(a) is not None:
        return span
    rest = r.content(a, r.cut(cand, a, cand.hi))
    return span if isinstance(rest, Pass) else (span[0], rest[1])


_NOT_AFTER_COMMA = Pass("no comma between the reported clause and the speaker's tag")
_NO_SPEAKER_TAG = Pass("no speaker right before the cue, nor named right after it")
_CONTENT_AFTER = Pass("a clause or a quotation follows the cue: it reports what comes after")


def reported_before_cue(r: ReportContext, i: int) -> Fire | Pass:
    """``A deal is close, Roe said.`` / ``…, said Roe.``: what comes before a
    speaker's tag set off by a comma."""
    cand = r.candidates[i]
    ctx, c = r.ctx, cand.cue
    inverted = _inverted(r, cand)
    quote_next = False
    if inverted is None:
        if _follows(r, cand) is not None:
            return _CONTENT_AFTER
        # "The streets were empty, he added, “but people …”": a quotation after the
        # tag goes on with the clause before it (a mixed report of both halves),
        # unless nothing that is a clause stands before the tag
        quote_next = _QUOTE_NEXT.match(r.text, c.end, cand.hi) is not None
    # "…, an elderly couple, were killed, said Sheriff Tom Reed.": a name after the
    # cue that ends the clause, with a comma before the cue, is the speaker; no
    # subject before it is looked for
    s = None if inverted is not None and \
        r.text[max(cand.lo, c.start - 3):c.start].rstrip().endswith(",") and \
        not r.text[c.end:ctx.mentions[inverted].start].strip() else \
        ctx.subject_of(c, cand.lo, strict=True, appositive=not c.text.endswith("ing"))
    if s is not None:
        mi = s[0]
        pos = ctx.mentions[mi].start
        if mi > 0 and ctx.mentions[mi].kind == "name" and \
                ctx.mentions[mi - 1].kind == "nominal" and \
                r.text[ctx.mentions[mi].end:c.start].lstrip().startswith(",") and \
                _COMMA_GAP.fullmatch(r.text, ctx.mentions[mi - 1].end, pos):
            # "…, a spokeswoman, Ann Lee, said": the tag opens at the description
            pos = ctx.mentions[mi - 1].start
        elif ctx.mentions[mi].title and \
                (own := _OWNER_BEFORE.search(r.text, max(cand.lo, pos - 8), pos)) is not None:
            # "…, his son Thomas recalled": the possessive opens the tag's subject
            pos = own.start()
    else:
        mi2 = inverted
        if mi2 is None or c.text.endswith("ing"):
            return _NO_SPEAKER_TAG
        mi, pos = mi2, c.start
    if _AS.match(r.text, cand.lo, pos):
        # "As Roe said, a deal is close.": what follows the tag's comma
        comma = r.text.find(",", c.end, cand.hi)
        if comma < 0:
            return _NOT_AFTER_COMMA
        span = r.content(comma + 1, cand.hi)
    else:
        tail = _comma_end(r.text, cand.lo, pos)
        if tail is None:
            return _NOT_AFTER_COMMA
        span = r.content(cand.lo, tail.start())
        if not isinstance(span, Pass) and s is not None:  # not "…, said Roe, the mayor."
            span = _both_halves(r, cand, mi, span)
        elif span is _SHORT and s is not None:
            # "Still, Roe said, a deal is close.": a connective or a word too short
            # for a clause before the tag; the report runs on past the tag
            whole = _both_halves(r, cand, mi, (cand.lo, tail.start()))
            if whole[1] > tail.start():
                span = whole
    if quote_next and not isinstance(span, Pass) and \
            _only_an_opener(r.text, span[0], min(span[1], pos)):
        # "On Monday, Fenn said, “We'll see.”", "Asked about it, Fenn said, “…”": an
        # opening phrase of time, place or manner, no clause, before a tag and the
        # quotation after it (a clause after the tag still makes both halves one
        # report: "In the shops, he said, people …")
        span = _NO_CLAUSE_BEFORE
    if isinstance(span, Pass):
        return _CONTENT_AFTER if quote_next else span
    if quote_next:
        q = _quote_after_tag(r, cand, mi)
        if q is None:
            return _CONTENT_AFTER
        span = (span[0], q)
    conf = k.REPORT_BEFORE_CUE if ctx.mentions[mi].kind != "pronoun" else \
        k.REPORT_BEFORE_CUE_PRONOUN
    return Fire(conf, mi, c, extent=span)


_NO_CLAUSE_BEFORE = Pass("only an opening phrase (a time, a place, a participle's) stands "
                         "before the tag: no clause is reported")
#: the first word of a phrase that opens a sentence before its clause: a
#: preposition or a participle (``On Monday``, ``Asked about it``, ``Speaking
#: to reporters``)
_OPENER_WORD = re.compile(r"(?:On|In|At|After|Before|During|Since|Until|Earlier|Later|Last"
                          r"|This|From|With|Without|Amid|Following|Despite|Like"
                          r"|[A-Z][a-z]+(?:ed|ing))\b")


def _only_an_opener(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is an opening phrase and no clause: it opens with a
    preposition or a participle, and holds no finite verb after that word."""
    m = _OPENER_WORD.match(text, a, b)
    return m is not None and _FINITE.search(text, m.end(), b) is None


def _quote_after_tag(r: ReportContext, cand: Candidate, mi: int) -> int | None:
    """The end of the quotation right after a tag set in the middle of a sentence
    (``…, he added, “but …”``): its closing mark, when it opens right after the
    tag's comma and ends the sentence; else None."""
    tag_end = max(r.ctx.mentions[mi].end, cand.cue.end)
    m = _AFTER_TAG_QUOTE.match(r.text, tag_end, cand.hi)
    if m is None:
        return None
    for qi in r.quotes_in(m.end(), m.end() + 2):
        q = r.ctx.quotes[qi]
        if q.level == 0 and q.outer_start <= m.end() + 1:
            return q.outer_end
    return None


_NO_SOURCE = Pass("no one is named after according to")
_NO_CLAUSE_AFTER = Pass("no clause follows the source after a comma")


def reported_according_to(r: ReportContext, i: int) -> Fire | Pass:
    """``According to Roe, a deal is close.`` / ``A deal is close, according to Roe.``"""
    cand = r.candidates[i]
    ctx, c = r.ctx, cand.cue
    mi = ctx.mention_after_cue(c, cand.hi)
    src: tuple[int, int] | None = None
    if mi is None:
        # a source that is no person: "according to exit polls", "… to a report"
        np = _SOURCE.match(r.text, c.end, cand.hi)
        if np is None:
            return _NO_SOURCE
        src = np.span("np")
    src_end = ctx.mentions[mi].end if mi is not None else src[1]  # type: ignore[index]
    if clause_opening(r.text, cand.lo, c.start):
        comma = r.text.find(",", src_end, cand.hi)
        span = r.content(comma + 1, cand.hi) if comma >= 0 else _NO_CLAUSE_AFTER
        if isinstance(span, Pass) and cand.lo < c.start:
            # "The ferry will stop soon, according to Ann Lee.": a short clause
            # before the cue, which reads like an opener, is what it reports
            before = r.content(cand.lo, c.start)
            if not isinstance(before, Pass):
                span = before
    else:
        span = r.content(cand.lo, c.start)
    if isinstance(span, Pass):
        return span
    if src is not None:
        return Fire(k.REPORT_ACCORDING_TO_SOURCE, None, c, span=src, extent=span)
    return Fire(k.REPORT_ACCORDING_TO, mi, c, extent=span)


_NO_POSSESSOR = Pass("the noun of saying has no named possessor (Roe’s claim) nor a "
                     "possessive pronoun that resolves to someone (her claim)")
#: a possessive pronoun and up to two lower-case words before a noun of saying
#: (``her repeated claims``); the pronoun it stands for, to agree with its antecedent
_POSSESSIVE = regex.compile(
    r"(?<![\p{L}’'\-])(?P<pro>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t\xa0\n]++"
    r"(?:\p{Ll}++[ \t\xa0\n]++){0,2}$")
_NOMINATIVE = {"his": ("he", "m", False), "her": ("she", "f", False),
               "their": ("they", None, True), "its": ("it", None, False)}


def _possessive_pronoun(r: ReportContext, cand: Candidate) -> tuple[int, int, int] | None:
    """``her claim``: the possessive pronoun before a noun of saying, and the
    entity it stands for: that of the latest mention before it (within the
    pronouns' reach, :data:`~quoteattr._constants.PRONOUN_MENTIONS`) that agrees
    with it as its subject form would (``her``: ``she``)."""
    ctx = r.ctx
    m = _POSSESSIVE.search(r.text, cand.lo, cand.cue.start)
    if m is None:
        return None
    start, end = m.span("pro")
    name, gender, plural = _NOMINATIVE[m.group("pro").lower()]
    stand_in = _make_mention(start, end, m.group("pro"), "pronoun", name, None, gender, plural)
    before = ctx.mentions_in(0, start)
    for mi in reversed(before[-k.PRONOUN_MENTIONS:]):
        eid = ctx.entity(mi)
        if eid is not None and compatible(stand_in, ctx.entities[eid], ctx.coref.gender[eid]):
            return start, end, eid
    return None


def reported_noun(r: ReportContext, i: int) -> Fire | Pass:
    """``Roe’s claim that a deal is close`` / ``her claim that …``: a noun of
    saying, its possessor the speaker."""
    cand = r.candidates[i]
    ctx, c = r.ctx, cand.cue
    poss = None
    for mi in reversed(ctx.mentions_in(cand.lo, c.start)):
        mm = ctx.mentions[mi]
        gap = r.text[mm.end:c.start]
        if regex.fullmatch(r"[’']s?[ \t\xa0\n]++(?:\p{Ll}++[ \t\xa0\n]++){0,2}", gap):
            poss = mi
        break
    pronoun = _possessive_pronoun(r, cand) if poss is None else None
    if poss is None and pronoun is None:
        return _NO_POSSESSOR
    that = r.text.find(" ", c.end)
    span = r.content(that, r.cut(cand, that, cand.hi))
    if isinstance(span, Pass):
        return span
    if pronoun is not None:
        start, end, eid = pronoun
        return Fire(k.REPORT_NOUN_PRONOUN, None, c, entity=eid, span=(start, end), extent=span)
    return Fire(k.REPORT_NOUN, poss, c, extent=span)


_NO_LABEL = Pass("the colon does not follow a person's full name opening the paragraph")


#: a speaker's label in capitals opening a paragraph: one to three words of capital
#: letters (a stop, an apostrophe or a hyphen inside), before the colon
_CAPS_LABEL = regex.compile(r"[\p{Lu}][\p{Lu}.’'\-]+(?:[ \t\xa0][\p{Lu}][\p{Lu}.’'\-]+){0,2}")


def _named_in_full(ctx: Context, mi: int) -> bool:
    """Mention ``mi`` (one word) is of a person the document names in full, and
    whose gender or title shows a person (not ``Correction`` of ``Correction
    Appended``)."""
    e = ctx.entity_of[mi]
    if e is None:
        return False
    ent = ctx.entities[e]
    return ent.kind == "name" and " " in ent.canonical and (
        ent.title is not None or ctx.coref.gender[e] is not None)


def reported_headline(r: ReportContext, i: int) -> Fire | Pass:
    """``Ann Lee: Deal Is Close``: a name, a colon and what the person said (a
    headline, a transcript's line)."""
    cand = r.candidates[i]
    ctx, c = r.ctx, cand.cue
    label = _CAPS_LABEL.fullmatch(r.text, cand.lo, c.start)
    if label is not None and (" " in label.group() or label.group() in r.caps_labels):
        # "KATE BOULDUAN: Why not debate?": a transcript's speaker, in capitals (a
        # name the mention patterns leave out, as they do a headline in capitals);
        # one word only as the surname of such a label before ("BOULDUAN:")
        r.caps_labels.update(label.group().split()[-1:])
        span = r.content(c.end, cand.hi)
        if isinstance(span, Pass):
            return span
        return Fire(k.REPORT_HEADLINE, None, c, span=label.span(), extent=span)
    rng = ctx.mentions_in(cand.lo, c.start)
    if not rng:
        return _NO_LABEL
    mi = rng[-1]
    m = ctx.mentions[mi]
    if m.kind != "name" or m.end != c.start or not clause_opening(r.text, cand.lo, m.start) \
            or m.name.lower() in lx.PLACE_NAMES \
            or " " not in m.name and not _named_in_full(ctx, mi):
        # a person's full name, or the surname of one the article names in full
        # ("Trump: …" over "Donald Trump said …"): not "Iowa:", not "Editor's note:"
        return _NO_LABEL
    span = r.content(c.end, cand.hi)
    if isinstance(span, Pass):
        return span
    return Fire(k.REPORT_HEADLINE, mi, c, extent=span)


#: The rules for reported speech, in order (see :mod:`quoteattr._reported`).
REPORT_RULES: tuple[Rule[ReportContext], ...] = (
    Rule("reported_according_to", reported_according_to, when=(ACCORDING,)),
    Rule("reported_after_cue", reported_after_cue, when=(VERB,)),
    Rule("reported_before_cue", reported_before_cue, when=(VERB,)),
    Rule("reported_noun", reported_noun, when=(NOUN,)),
    Rule("reported_headline", reported_headline, when=(COLON,)),
)
