"""Speech cues: the verbs and phrases that introduce or follow a quote.

``said``, ``told``, ``added``, ``according to`` … in all their forms, found in
one pass over the text with a trie regex; cues inside quotes are dropped.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Sequence
from sys import intern
from typing import NamedTuple

from . import _lexicon as lx
from ._model import Quote
from ._quotes import gaps
from ._trie import trie_pattern

__all__ = ["GOING_ON", "Cue", "CuePatterns", "build_cue_patterns", "cue_forms", "find_cues"]


class Cue(NamedTuple):
    start: int
    end: int
    text: str
    preposition: bool  # "according to": the speaker follows


#: Base forms that are too often nouns to be cues on their own.
_NOUNY = frozenset(
    {"state", "states", "post", "note", "report", "call",
     "calls", "answer", "answers", "comment", "comments", "promise", "promises", "claim",
     "claims", "cry", "cries", "stress", "reply", "replies", "continue", "continues", "return",
     "cite", "cites", "label", "labels", "joke", "jokes", "remark", "remarks",
     "vow", "vows", "pledge", "pledges", "demand", "demands", "praise", "speak", "deny",
     "shout", "shouts", "whisper", "whispers", "repeat", "urge", "recall", "recount", "tweet",
     "boast", "quip", "quips", "scream", "yell", "snap", "dub", "hail",
     "hails", "reading", "speaking", "answering",
     "maintain", "observe", "conclude", "suggest", "predict", "complain", "admit",
     "describe", "declare", "announce", "acknowledge", "concede", "testify", "emphasize",
     "emphasise", "proclaim", "exclaim", "mutter", "murmur", "interrupt", "retort", "allege",
     "accuse", "condemn", "reiterate", "contend", "assert", "brag", "respond", "explain",
     "argue", "insist", "warn", "ask", "write", "tell", "add", "say",
     # manner-of-speaking verbs whose base or -s form is most often a noun
     # ("a protest", "the voices", "a bark", "in a huff"): their past forms
     # ("protested", "voiced", "huffed") are the cues
     "protest", "protests", "voice", "voices", "venture", "ventures", "huff", "huffs",
     "bark", "barks", "growl", "growls", "snarl", "snarls", "hiss", "hisses", "roar", "roars",
     "bellow", "bellows", "shriek", "shrieks", "squeal", "squeals", "wail", "wails", "moan",
     "moans", "whine", "whines", "whimper", "whimpers", "sniff", "sniffs", "snort", "snorts",
     "chuckle", "chuckles", "giggle", "giggles", "sneer", "sneers", "jeer", "jeers", "taunt",
     "taunts", "tease", "teases", "object", "objects", "correct", "corrects", "query",
     "queries", "rail", "rails", "boom", "booms", "rant", "rants", "gripe", "gripes", "grouse",
     "grouses", "counsel", "counsels", "lecture", "lectures", "dispute", "disputes", "rebuke",
     "rebukes", "reprimand", "reprimands", "crow", "crows", "coo", "coos", "purr", "purrs",
     "chirp", "chirps", "marvel", "marvels", "jest", "jests", "rave", "raves", "mention",
     "mentions", "lisp", "lisps", "rasp", "rasps", "croak", "croaks", "drawl", "drawls",
     "howl", "howls", "holler", "hollers", "sob", "sobs", "sigh", "sighs", "groan", "groans",
     "gasp", "gasps", "laugh", "laughs", "stammer", "stammers", "stutter", "stutters",
     "grunt", "grunts", "scoff", "scoffs", "mumble", "mumbles", "remind",
     "reveal", "beg", "swear", "threaten", "break in", "breaks in", "call out", "calls out",
     "cut in", "cuts in", "echo", "echoes"}
)
#: Base forms kept anyway (``they say``, ``analysts warn``).
_BASE_OK = frozenset({"say", "tell", "add", "ask", "write", "insist", "warn", "explain", "argue",
                      "admit", "acknowledge", "suggest", "predict", "conclude", "complain",
                      "respond", "contend", "assert", "point out", "go on"})


#: A word that makes the next one a noun: a determiner, a possessive or a number
#: ("the reports", "his warning", "two calls").  Checked by the characters before
#: a cue, so the scan stays one pass.
_DETERMINER = re.compile(
    r"(?<![\w’'\-])(?:the|a|an|this|these|those|his|its|their|our|my|your|two|three|four"
    r"|five|several|many|some|such|no|any|every|each|whose|[Tt]he|[Aa]n?|[Hh]is|[Tt]heir"
    r"|[Ii]ts|[Tt]hese|[Tt]hose|[Tt]his)[ \t\xa0]+$")
_DET_REACH = 12
#: every word _DETERMINER matches (a test holds the two equal)
_DETERMINER_WORDS = (
    "the", "a", "an", "this", "these", "those", "his", "its", "their", "our", "my", "your", "two",
    "three", "four", "five", "several", "many", "some", "such", "no", "any", "every", "each",
    "whose", "The", "A", "An", "His", "Their", "Its", "These", "Those", "This")


#: A determiner and an adverb of degree or of time before a participle, which
#: is then an adjective (``the most pledged delegates``, ``a widely reported
#: remark``, ``the oft-repeated claim``), not a verb of saying
_DEGREE_WORDS = ("most", "more", "least", "less", "widely", "highly", "much", "oft", "often",
                 "frequently", "repeatedly", "newly", "recently", "previously", "well")
_DEGREE = re.compile(
    r"(?<![\w’'\-])(?:[Tt]he|[Aa]n?|[Hh]is|her|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)[ \t\xa0]+"
    rf"(?:{'|'.join(_DEGREE_WORDS)})-?[ \t\xa0]*$")


def _after_degree(text: str, pos: int) -> bool:
    """``_DEGREE.search`` before ``pos``, run only where the stretch ends with
    one of its adverbs (or a hyphen: ``oft-``)."""
    j = pos
    while j > 0 and text[j - 1] in " \t\xa0-":
        j -= 1
    lo = max(0, pos - 24)
    if not text.endswith(_DEGREE_WORDS, lo, j):  # (no slice made: most cues follow a name)
        return False
    return _DEGREE.search(text, lo, pos) is not None


#: Cue forms that are never nouns nor adjectives (``the said`` aside), and the
#: quantifiers that may stand for people as a subject before them.
_NEVER_NOUNS = frozenset({"said", "says", "say", "told", "added", "wrote"})
_QUANTIFIER_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:two|three|four|five|several|many|some|each|any)[ \t\xa0]+$", re.I)


def _after_determiner(text: str, pos: int) -> bool:
    """``_DETERMINER.search`` over the stretch before ``pos``, run only where
    the stretch, its spaces taken off, ends with one of its words (or is not
    plain ASCII): most cues follow a name or a pronoun."""
    lo = max(0, pos - _DET_REACH)
    tail = text[lo:pos].rstrip(" \t\xa0\n\r")
    if tail.isascii() and not tail.endswith(_DETERMINER_WORDS):
        return False
    return _DETERMINER.search(text, lo, pos) is not None
#: Where only a verb can stand: after a subject pronoun, a modal or a full name
#: (two capitalised words), perhaps with an adverb ("he calls it", "could only
#: quip", "Ed Morrissey calls").  (After one capitalised word the form may still
#: be a noun: "Petulant cries of …", "the Olympian laugh".)
_SLOT_WORDS = ("he", "He", "she", "She", "they", "They", "we", "We", "I", "you", "could",
               "would", "can", "will", "may", "might", "must", "should", "did", "does", "do")
_VERB_SLOT = re.compile(
    rf"(?:\b(?:{'|'.join(_SLOT_WORDS)})|(?<![\w’'\-])[A-Z][a-z]+[ \t\xa0]+[A-Z][a-z]+"
    # a name of one word right after a quotation's closing mark: "“…,” Voss replies";
    # or the mark itself, an inverted tag: "“…,” replies Voss"
    r"|[,?!][”\"’'](?:[ \t\xa0]+[A-Z][a-z]+)?)"
    r"(?:[ \t\xa0]+[a-z]+ly)?(?:[ \t\xa0]+only)?[ \t\xa0]+\Z")
_SLOT_REACH = 40


def _in_verb_slot(text: str, pos: int) -> bool:
    """``_VERB_SLOT.search`` over the stretch before ``pos``, run only where the
    stretch ends as a match must: spaces after an ASCII word that is one of
    its subjects or modals, a capitalised word, an ``-ly`` adverb or ``only``
    (most noun-like forms follow a determiner or an adjective: not run); spaces
    right after a quotation's closing mark and its comma are a match."""
    j = pos
    while j > 0 and text[j - 1] in " \t\xa0":
        j -= 1
    if j == pos:
        return False
    if j > 1 and text[j - 1] in "”\"’'" and text[j - 2] in ",?!":
        return True  # an inverted tag right after a quotation: "“…,” replies Voss"
    i = j
    while i > 0 and text[i - 1] in string.ascii_letters:
        i -= 1
    word = text[i:j]
    if not word or not (word[0].isupper() or word.endswith("ly") or word == "only"
                        or word in _SLOT_WORDS):
        return False
    return _VERB_SLOT.search(text, max(0, pos - _SLOT_REACH), pos) is not None
#: Where a verb stands too: after a determiner and a noun of a person
#: (``her husband cut in``, ``the old senator quipped``), perhaps with one
#: modifier; the head is checked against the lexicon's person heads (``the firm
#: reply`` stays a noun).
_DESCRIPTION_SLOT = re.compile(
    r"(?<![\w’'\-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?"
    r"([a-z]+)[ \t\xa0]+\Z")
_DESCRIPTION_HEADS = lx.PERSON_HEADS | lx.DOCUMENT_HEADS  # ("the lawsuit states")


def cue_forms(extra: Sequence[str] = ()) -> set[str]:
    """Every cue form of the lexicon (less noun-like base forms), plus ``extra``."""
    forms: set[str] = set(extra)
    for lemma, fs in lx.CUE_VERBS.items():
        for f in fs:
            if f in _NOUNY and not (f == lemma and lemma in _BASE_OK):
                continue
            forms.add(f)
    return forms | set(lx.CUE_PREPOSITIONS)


#: The cue forms of going on (``continued``, ``went on``, ``began``), lower case: they
#: tag a quote (``“…,” she went on``) but are said of things too (``The music began``,
#: ``The motor … continued``) and, in narration, mostly say that someone came back or
#: carried on (``Charlotte had returned``).
GOING_ON = lx.cue_forms_of(("continue", "begin", "resume", "return", "go on"))


class CuePatterns:
    """The compiled cue pattern for a lexicon (see :func:`build_cue_patterns`)."""

    def __init__(self, extra: Sequence[str] = ()) -> None:
        forms = cue_forms(extra)
        # the noun-like forms left out of ``forms``, kept where only a verb can
        # stand (see _VERB_SLOT): "he calls it", "could only quip"
        nouny = {f for fs in lx.CUE_VERBS.values() for f in fs
                 if f in _NOUNY and f not in forms}
        #: those forms, lower case as in the lexicon (a capitalised one is a noun)
        self.nouny = frozenset(nouny)
        # one scan for both: the stdlib engine scans a word trie several times
        # faster than regex
        self.pattern = re.compile(
            rf"(?<![\w’'\-]){trie_pattern(forms | nouny, case_variants=True)}(?![\w\-])")
        self.prepositions = frozenset(lx.CUE_PREPOSITIONS)


def build_cue_patterns(extra: Sequence[str] = ()) -> CuePatterns:
    """The cue pattern for the default lexicon plus ``extra`` forms (compiled once
    per distinct lexicon, then reused)."""
    return _build_cue_patterns(tuple(extra))


@functools.lru_cache(maxsize=32)
def _build_cue_patterns(extra: tuple[str, ...]) -> CuePatterns:
    return CuePatterns(extra)


def find_cues(text: str, quotes: Sequence[Quote], patterns: CuePatterns | None = None) -> list[Cue]:
    """Speech cues outside the quotes, in text order."""
    pats = patterns or build_cue_patterns()
    qspans = sorted((q.outer_start, q.outer_end) for q in quotes if q.level == 0)
    out = []
    seen: dict[str, bool] = {}  # cue form -> whether it is a preposition
    # only the text between the outermost quotes is scanned: a cue has no
    # quote mark in it, so no match is lost, and the look-arounds still see
    # the characters beyond each stretch
    nouny = pats.nouny
    for m in (x for a, b in gaps(qspans, len(text)) for x in pats.pattern.finditer(text, a, b)):
        word = m.group()
        if word in nouny:
            if not _in_verb_slot(text, m.start()):
                # (the word before must be a person's noun: looked up before the pattern runs)
                before = text[max(0, m.start() - 20):m.start()].rsplit(None, 1)
                if not before or before[-1] not in _DESCRIPTION_HEADS or \
                        _DESCRIPTION_SLOT.search(text, max(0, m.start() - _SLOT_REACH),
                                                 m.start()) is None:
                    continue  # "the calls", "a quip": a noun-like form where a noun can stand
        elif word.lower() in nouny:
            continue  # "Calls for …": capitalised, a noun
        if word[-1] == "s" and text[max(0, m.start() - 3):m.start()] in ("’s ", "'s "):
            continue  # "Acme's brands", "the mayor’s claims": a possessor's noun, no verb
        if (_after_determiner(text, m.start()) or _after_degree(text, m.start())) and not (
                word in _NEVER_NOUNS and _QUANTIFIER_BEFORE.search(
                    text, max(0, m.start() - _DET_REACH), m.start())):
            # "the two reports", "his warning": a noun, not a verb of saying (but
            # "Many said", "Five told": a quantifier standing for people, and a
            # form that is never a noun, is a subject and its verb)
            continue
        word = intern(word)  # one "said" for the whole text
        prep = seen.get(word)
        if prep is None:  # first time this form is seen in the text
            prep = seen[word] = " ".join(word.lower().split()) in pats.prepositions
        out.append(Cue(m.start(), m.end(), word, prep))
    return out
