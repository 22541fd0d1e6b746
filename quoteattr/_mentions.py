"""Speaker mentions: proper names with titles, pronouns, nominals, organisations.

One regex pass over the text for each kind, then a linear merge.  Mentions
inside quotes are kept apart (they are what a speaker says, not who speaks).
"""

from __future__ import annotations

import functools
import re
import string
from bisect import bisect_right
from collections.abc import Callable, Sequence
from operator import attrgetter
from sys import intern

import regex

from . import _lexicon as lx
from ._cues import GOING_ON, Cue, cue_forms
from ._model import Mention, Quote, _make_mention
from ._quotes import gaps
from ._trie import trie_pattern

__all__ = ["find_mentions", "MentionPatterns", "build_patterns"]


def _class_ranges(pred: Callable[[str], bool]) -> str:
    """A character-class body for the BMP characters that satisfy ``pred``."""
    out = []
    start = None
    for cp in range(0x10000):
        if pred(chr(cp)):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in out)


_FUNCTION_WORDS = frozenset(
    """the a an and or but of to in on at by for with from as is are was were be been has
    have had will would could should may might must not no that this these those which who
    whom whose what when where while if than then so also only just very
    he she it they we you him them us me""".split())


class MentionPatterns:
    """The compiled patterns, built once per lexicon (see :func:`build_patterns`).

    They run on the standard library's ``re`` engine, which scans these
    word-list patterns several times faster than ``regex``.  ``re`` has no
    ``\\p{Lu}``, so the upper-case class is built from ``str.isupper`` over the
    Basic Multilingual Plane.  No pattern nests two unbounded quantifiers over
    the same characters, so none can backtrack catastrophically.

    The patterns that read a run of words (names with titles, descriptions,
    the noun phrase at a cue) allow spaces and tabs between two words, never a
    line break: they read the text that :func:`quoteattr._segment.unwrap`
    gives, where a line break inside a paragraph (a wrapped line, ``Secretary
    of State\\nAnn Lee``) is a space and every line break left ends a paragraph.
    """

    def __init__(self, titles: Sequence[str], nominal_heads: Sequence[str]) -> None:
        self.bare_titles = frozenset(titles)
        up = f"[{_class_ranges(str.isupper)}]"
        low = f"[{_class_ranges(str.islower)}]"
        sp = r"[ \t\xa0]+"
        self.words = _WordPatterns(titles, nominal_heads, sp, up, low)
        self.name = self.words.name
        self.nominal = self.words.nominal
        # after a sentence-initial capitalised word: a verb that makes it a
        # subject ("Kelly said"), or a comma and a pronoun that make it an
        # adverbial opener ("Again, she …")
        aux_p = trie_pattern(set(cue_forms()) | lx.AUXILIARIES, flexible_space=False)
        self.verb_next = re.compile(rf"{sp}{aux_p}(?![\w\-])")
        # "Again, she …", and "Away she hurried", "Off he went": a fronted
        # adverb before a subject pronoun (a name is never followed by one)
        # ("Scarcely had she …": an auxiliary inverted before its subject after
        # a fronted negative adverb; "Inadequate.": a word that is a sentence
        # of its own)
        self.comma_subject = re.compile(
            r"[ \t\xa0]*+,?\s*+(?:he|she|they|I|we)\b(?![’'])|[ \t\xa0]*+,\s*+it\b(?![’'])"
            r"|\s++(?:had|has|did|does|do|was|were|is|could|would|should|can|will|may)\s++"
            r"(?:he|she|they|I|we|it)\b|[.!?]")
        # what follows the place of a dateline: ", Ill." / " (Reuters)" then a
        # dash; wire copy dates it too: "BEIJING, Jan. 14, 2002 (Reuters) -"
        self.dateline = re.compile(dateline_tail(up, sp))
        self.lower_word = re.compile(rf"\b{low}[\w\-]*(?!\w)")
        self.pronoun = re.compile(r"[HhSsTtIWwi](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey"
                                  r"|(?<=I)|(?<=[Ww])e|(?<=[Ii])t)\b"
                                  # a contracted auxiliary keeps the subject: "She’s said"
                                  r"(?![’'](?!(?:s|re|ve|d|ll)\b))")


class _WordPatterns:
    """The patterns that read a run of words, with ``sp`` between two words."""

    def __init__(self, titles: Sequence[str], nominal_heads: Sequence[str], sp: str,
                 up: str, low: str) -> None:
        titles_p = trie_pattern(titles, case_variants=True)
        mods_p = trie_pattern(lx.ROLE_MODIFIERS, case_variants=True)
        roles_p = trie_pattern(lx.ROLE_NOUNS, case_variants=True)
        dets_p = trie_pattern(lx.DETERMINERS, case_variants=True)
        heads_p = trie_pattern(nominal_heads, case_variants=True)
        letter = r"[^\W\d_]"
        # A capitalised word of a name: Jane, O'Brien, Al-Sadr, McCain, initials "W."
        # (possessive runs of letters, here and below, where what follows can
        # never be a letter: giving letters back could not make a match, and
        # trying to costs a step per letter of every capitalised word)
        cap = (rf"(?:{up}\.(?:{up}\.)++|{up}\.(?=\s+{up})|{up}{letter}*+(?:[’']{up}{letter}*+"
               rf"|-{letter}++)*)")
        particle = r"(?:de|van|von|der|den|la|le|du|da|di|del|dos|das|bin|ibn|al|el|ter)"
        # (after a capitalised word no title of one letter: "Steven M. Ekovich" has
        # a middle initial, not the French "M.")
        titles_after_p = trie_pattern([t for t in titles if len(t.rstrip(".")) > 1],
                                      case_variants=True)
        not_title = rf"(?!{titles_after_p}{sp}{up})"
        name = (rf"{cap}(?:{sp}(?:{particle}{sp}){{0,2}}{not_title}(?:(?:al|el)-)?{cap}){{0,4}}"
                r"(?:,?[ \t\xa0]+(?:Jr\.|Sr\.|III|II|IV)(?!\w))?")
        # (a role or a title may stand before an abbreviated title: "presidential
        # hopeful Sen. Ted Cruz", "Democratic candidate Gov. Jane Roe"; not before
        # a title that is a given name too: "Coach Dean Smith")
        dotted_p = trie_pattern([t for t in titles if t.endswith(".") and len(t) > 2])
        then_dotted = rf"(?:{sp}{dotted_p}(?={sp}{up}))?"
        # (a capitalised word or two before a role, or a title in lower case:
        # "Opposition leader", "Police commander Stuart Nguyen")
        # (not a word that is no name: "On Tuesday President Ivo Marsh")
        lower_titles_p = trie_pattern({t.lower() for t in titles if not t.endswith(".")})
        no_modifier = trie_pattern({w.capitalize() for w in lx.NOT_NAME_WORDS if w.isalpha()})
        title = (rf"(?:{mods_p}{sp}){{0,3}}(?:{titles_p}|{roles_p}){then_dotted}"
                 rf"|(?:(?!{no_modifier}{sp}){up}{letter}++{sp}){{1,2}}"
                 rf"(?:{roles_p}|{lower_titles_p}){then_dotted}")
        # the name pattern opens with \b, which fails at once inside a word
        # (re still tries every position: a first-letter class would not help,
        # lower-case titles start with 23 of the 26 letters); then a cheap
        # look-ahead for what a match can start with (an upper-case letter, or
        # a whole title, modifier or role in lower case, then a space) rejects
        # most word starts before the alternation of tries is tried.  Whole
        # entries, not first words: "the" (of "the late") and "they" would let
        # every "the" and "they" in
        lowers = {v for w in (*titles, *lx.ROLE_MODIFIERS, *lx.ROLE_NOUNS) if w.strip()
                  for v in (w, w.lower(), w[:1].upper() + w[1:]) if v[:1].islower()}
        name_start = rf"(?={up}|{trie_pattern(lowers)}[ \t\xa0])"
        self.name = re.compile(
            rf"\b{name_start}(?:(?P<title>{title}){sp})?(?P<name>{name})(?!\w)")
        # modifiers between determiner and head: words, but no verbs of speech
        # or function words ("the DNC said the campaign" is not one phrase)
        stop_p = trie_pattern(set(cue_forms()) | _FUNCTION_WORDS, flexible_space=False)
        # any noun phrase right next to a speech cue: "the announcer said",
        # "said another", "one said" (heads the lexicon does not list); tried
        # only at the cues themselves, backwards and forwards
        adverbs = trie_pattern(lx.CUE_ADVERBS)
        # This pattern and the pronoun pattern below open with a class of the
        # letters a match can start with, and only then check what came before
        # (the letter opens a word) and which letter it was: ``re`` then skips
        # to those letters in C instead of trying the pattern at every position
        # (measured: a third less time for this one, half for the pronouns).
        before_cue = (
            rf"[TtAaOo](?<!\w.)(?:(?:(?<=[Tt])he|(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Aa])nother){sp}"
            rf"(?:(?!{stop_p}\b)[^\W\d_][\w\-’']*+{sp}){{0,2}}"
            rf"(?!{stop_p}\b|{low}+ly\b){low}[\w\-]*+"
            # one of a group: "One of them said", "one of the officials told"
            rf"|(?<=[Oo])ne{sp}of{sp}(?:them|us|(?:the|his|her|their|our|its|those|these){sp}"
            rf"(?:(?!{stop_p}\b)[^\W\d_][\w\-’']*+{sp}){{0,2}}(?!{stop_p}\b){low}[\w\-]*+)"
            rf"|(?<=[Oo])ne|(?<=[Aa])nother|(?<=[Oo])thers)")
        self.before_cue = re.compile(before_cue + rf"(?={sp}(?:(?:{adverbs}|{low}+ly){sp})*\Z)")
        #: the same right before a phrase set off by commas before the cue
        #: ("The port authority, in a statement, called …"): searched up to the
        #: first comma, which ends the stretch
        self.before_aside = re.compile(before_cue + r"(?=,\Z)")
        # a plural description with no determiner, or with a quantifier, right
        # before a cue: "Critics say", "Democratic lawmakers said", "Both unions
        # said", "Most delegates told" (tried at the cues only, when before_cue
        # finds nothing).  The head is a plural of the lexicon (people and
        # bodies that speak as a group); the modifiers are words, not function
        # words, cues or dates, with a dot only inside an abbreviation ("U.S.").
        plurals = {h for h in nominal_heads if lx.NOMINAL_HEADS.get(h, False)
                   or (h not in lx.NOMINAL_HEADS and h.endswith("s"))} | lx.SPEAKER_PLURALS
        #: the plural heads, lower case: the word before a cue is looked up here
        #: first, so that the pattern runs at the few cues it can match at
        self.plural_heads = frozenset(h.lower() for h in plurals)
        plural_p = trie_pattern(plurals, case_variants=True)
        quant_p = trie_pattern(lx.QUANTIFIERS, case_variants=True)
        mod_stop = trie_pattern(set(cue_forms()) | _FUNCTION_WORDS | lx.NOT_NAME_WORDS
                                | set(lx.QUANTIFIERS), flexible_space=False)
        mod = (rf"(?!(?i:{mod_stop})\b)[^\W\d_](?:[\w\-’']|\.(?=[^\W\d_]))*+"
               rf"(?:(?<=[^\W\d_]\.[^\W\d_])\.)?{sp}")
        group = rf"(?<![\w’'\-])(?:(?P<q>{quant_p}){sp})?(?:{mod}){{0,2}}{plural_p}"
        at_cue = rf"(?={sp}(?:(?:{adverbs}|{low}+ly){sp})*\Z)"
        self.bare_plural = re.compile(rf"{group}(?![\w\-’']){at_cue}")
        #: the same right before a phrase set off by commas before the cue
        #: ("Critics, including the Sierra Club, have called"), as before_aside
        self.plural_before_aside = re.compile(rf"{group}(?![\w\-’'])(?=,\Z)")
        #: the same opening a sentence as its subject, before its verb (perhaps
        #: after an auxiliary): "Democrats had sued …, saying …" (tried only at
        #: the start of the sentence of a participle of saying)
        self.plural_subject = re.compile(
            rf"{group}(?![\w\-’'])(?={sp}(?:(?:had|have|has|were|are|also|then){sp})?{low}+ed\b)")
        #: the same opening a sentence before a phrase that modifies it, of place,
        #: subject or relative ("Experts on North Korea said", "People who have
        #: fought the fires say", "Democrats hoping to win the Senate say"): tried
        #: only at a cue whose sentence such a group opens
        self.plural_modified = re.compile(
            rf"{group}(?![\w\-’'])(?={sp}(?:on|of|in|from|at|with|for|across|within|inside"
            rf"|outside|around|among|who|that|familiar|close|knowledgeable|{low}+ing)\b)")
        #: the same for one person or thing with a determiner, its head any noun,
        #: before a phrase of a preposition or a participle and a preposition
        #: ("A person with knowledge of the matter said", "The teenager charged
        #: with the attack told", "A pal of the star said"): tried only where the
        #: description right before the cue is a preposition's object
        self.singular_modified = re.compile(
            rf"(?:The|An?|One|Another){sp}(?:(?!{stop_p}\b){low}[\w\-]*+{sp}){{0,2}}?"
            rf"(?!{stop_p}\b){low}[\w\-]*+(?![\w\-’'])"
            rf"(?={sp}(?:of|with|for|from|at|in|on|near|familiar|close|knowledgeable"
            rf"|{low}+ed{sp}(?:with|of|by|in|for|from|at|to|on))\b)")
        # a plural description with no determiner right after a cue of one's
        # source ("according to officials", "according to people familiar with
        # the talks", "according to aides in both parties"): its phrase when it
        # runs to the clause's end, else the head alone
        self.after_prep_plural = re.compile(
            rf"{sp}(?:{mod}){{0,2}}{plural_p}(?![\w\-’'])"
            rf"(?:{sp}(?:familiar|close|briefed|involved|knowledgeable|with|in|from|at|of|on"
            rf"|inside|within|across|around|for)(?:{sp}[^\s,.;:!?“”\"«»()]+){{1,6}}"
            rf"(?=[ \t\xa0]*[,.;:!?)]|[ \t\xa0]*\n|[ \t\xa0]*\Z)"
            rf"|(?=[ \t\xa0,.;:!?)\n]|\Z))"
        )
        # the same with a phrase of place or body after the head, right before
        # the cue: "Officials in New Orleans urged", "Democrats in Congress said"
        # (tried only where the word before the cue is capitalised)
        self.bare_plural_pp = re.compile(
            rf"{group}{sp}(?:in|of|from|at|across|around|for|on){sp}(?:the{sp})?"
            rf"(?!{_TIME_NAMES}\b){up}[\w.&\-]*+"
            # (not over a sentence's end: "officials in New Orleans. She said")
            rf"(?:(?<![a-z]{{2}}\.){sp}(?:of{sp}|and{sp})?{up}[\w.&\-]*+){{0,3}}"
            rf"{at_cue}")
        # a share of people polled, right before a cue: "47 percent said", "More
        # than six in 10 said", "About one in five say", "those surveyed said",
        # "none has said" (tried at the cues only, when nothing else is found; not
        # a lone quantifier, which floats in fiction: "They both declared")
        num = (r"(?:\d[\d,.]*+|one|two|three|four|five|six|seven|eight|nine|ten"
               r"|a[ \t\xa0]+third|a[ \t\xa0]+quarter|half)")
        approx = (r"(?:(?:about|around|nearly|almost|roughly|some|only|just|over|under"
                  r"|more[ \t\xa0]+than|fewer[ \t\xa0]+than|less[ \t\xa0]+than"
                  r"|at[ \t\xa0]+least)[ \t\xa0]+)?")
        self.share_before = re.compile(
            rf"(?<![\w’'\-])(?i:{approx}(?:{num}{sp}(?:in|out{sp}of){sp}{num}"
            rf"|\d[\d,.]*+(?:{sp}percent|{sp}per{sp}cent|%)"
            rf"|(?:those|people|voters|respondents){sp}(?:surveyed|polled|questioned|asked"
            rf"|interviewed)|none))"
            rf"(?={sp}(?:(?:{adverbs}|{low}+ly){sp})*(?:has{sp}|have{sp})?\Z)")
        # (never over a line break: it ends a paragraph); an adverb
        # between the phrase and the punctuation is not part of it: "said the
        # ferryman wearily."
        word_char = r"[^,.;:!?“”\"\n]"
        ly_nouns = trie_pattern(lx.LY_NOUNS, flexible_space=False)
        adverb = rf"(?:{adverbs}|(?!{ly_nouns}\b){low}{{3,}}ly)(?![\w\-])"
        self.after_cue = re.compile(
            # (a part of a group: "said one of the old women", "one of them")
            rf"{sp}(?:another|one(?:{sp}of{sp}(?:them|us|(?:the|his|her|their|our|its)"
            rf"{sp}{word_char}{{1,40}}?))?|others|(?:the|an?|one|another|his|her|their|my|our"
            # (a demonstrative, not the complementizer: "said that lady", not
            # "said that the council …", "said that he …")
            rf"|(?:that|this)(?={sp}[a-z])(?={sp}(?!(?:the|an?|he|she|it|they|we|i|you|his|her"
            rf"|their|its|there|this|these|those|our|my|no|some|all|every|nobody|none|in|on|at"
            rf"|for|with|by|from|to|of|as|if|when|while|because|after|before|since|until|not"
            rf"|only|just|is|was|are|were|will|would|could|should|can|may|might|must)\b)))"
            rf"{sp}{word_char}{{1,50}}?)"
            rf"(?=(?:{sp}(?:(?:and|or|but){sp})?{adverb})*+[ \t\xa0]*[,.;:!?]"
            # or, the description ended, a phrase of how or when it was said:
            # "said the girl after a pause", "said the old man with a sigh"
            # (not a participle's own phrase: "a chief known as Bob", "one
            # Republican involved in the planning")
            rf"|(?<!ed)(?<!en)(?<!wn){sp}(?:after|before|during|with|without|in|at|on|as"
            rf"|while|when|to|into"
            rf"|upon|through|across|towards|toward|behind|beside|beneath|above|below|over"
            rf"|under|near|by|from)"
            rf"{sp}{word_char}*?[,.;:!?]"
            # (or what was done as it was said: "said the man wiping his face")
            rf"|{sp}[a-z]{{2,}}ing{sp}(?:the|his|her|their|its|my|our|your|an?){sp}"
            rf"{word_char}*?[,.;:!?])"
        )
        # a possessive name may stand for the determiner: "Powell’s office"
        poss = rf"{up}{letter}*+(?:{sp}{up}{letter}*+){{0,3}}[’']s"
        self.nominal = re.compile(
            rf"(?:\b{dets_p}|\b{poss}){sp}"
            # (a modifier may be an abbreviation with stops: "a U.S. District Court judge",
            # or a body's name with "of": "a Bank of England spokesman")
            rf"(?:(?!{stop_p}\b)(?:{up}\.(?:{up}\.)++(?!{sp}(?:The|A|An|His|Her|Its|Their)\b)"
            rf"|{up}[\w\-’']*+{sp}of{sp}(?:the{sp})?{up}"
            rf"[\w\-’']*+(?={sp}{heads_p}(?!\w))|{letter}[\w\-’']*+"
            # (an age: "the 34-year-old mother of two")
            rf"|\d{{1,3}}-year-old){sp}){{0,3}}"
            # ("head" names a person only as the head of something: "the head
            # of the agency"; "her head" is no one)
            rf"(?P<head>{heads_p}|[Hh]ead(?={sp}of{sp}))(?!\w)"
            # (not a phrase of time: "my uncle in eleven years", "the nurse at night")
            # (with: only before a determiner or a name, "the man with the
            # lantern", "a girl with Clinton"; "the matron with enthusiasm" is
            # how she spoke)
            # (from: an affiliation, "a spokesman from the ministry"; not where one
            # stands, "the sergeant from the door", "her father from his chair")
            rf"(?P<pp>{sp}(?:for|of|at|from(?!{sp}(?:(?:his|her|their|its|my|our|your){sp}"
            rf"|the{sp}(?:{_SCENE_PLACES})\b|{_PLACE_ADVERBS}\b))"
            rf"|with(?={sp}(?:(?:the|a|an|his|her|their|its){sp}"
            rf"|{up}))"
            rf"|in|to|close{sp}to|familiar{sp}with"
            rf"|briefed{sp}on|loyal{sp}to){sp}(?!(?:[\w\-]+{sp}){{0,2}}"
            rf"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|ages|night|morning"
            rf"|evening|afternoon)\b)"
            # (nor an adverb made of a preposition and a word: "said the Captain
            # at length", "the clerk in reply", "the boy at once")
            rf"(?!(?:length|last|once|first|least|times|ease|turn|reply|answer|return"
            rf"|silence|haste|earnest|vain|short|general|particular|course|himself"
            rf"|herself|themselves|myself|yourself|itself)\b)(?:the{sp})?"
            # (a word that ends a sentence, "Power. She", ends the phrase: a stop
            # after two lower-case letters is no abbreviation's, "U.S.", "St.")
            rf"(?:{up}[\w.&\-]*(?:(?<![a-z]{{2}}\.){sp}(?:of{sp})?{up}[\w.&\-]*){{0,4}}"
            # (the second word no verb of saying: "a spokesman for the company said.")
            rf"|{low}[\w\-]*(?:{sp}(?!{adverb}|[a-z]{{3,}}ed\b|(?:who|whom|which|that)\b"
            rf"|{stop_p}\b)"
            rf"{low}[\w\-]*)?"
            rf"(?=(?:{sp}{adverb})*+[ \t\xa0]*[,.;:]|{sp}(?:said|says|told)\b)))?"
        )


#: Where a person stands in a scene: ``said the sergeant from the door`` is the
#: sergeant, not a description "sergeant from the door".
_SCENE_PLACES = ("door|doorway|window|threshold|stairs|staircase|landing|bed|chair|sofa"
                 "|couch|corner|hall|table|fire|fireside|hearth|garden|deck|roof|floor"
                 "|bench|steps?|porch|verandah|veranda|carriage|saddle|box|platform|gallery"
                 "|darkness|shadows?|bushes|trees|bank|shore|boat|other side|back|rear")


#: Adverbs of place after *from*: where a voice comes from, no affiliation
#: (``answered a voice from below``)
_PLACE_ADVERBS = ("(?:below|above|within|without|behind|outside|inside|afar|overhead|upstairs"
                  "|downstairs|beyond|beneath|nowhere|somewhere|there|here)")


def dateline_tail(up: str, sp: str) -> str:
    """The pattern of what follows the place of a dateline (``up``: a capital
    letter's class, ``sp``: a run of spaces): its state, country or date after
    commas (``, Ill.``, ``, Jan. 14, 2002``), perhaps the agency in brackets
    (`` (Reuters)``), then a dash.  The mention stage reads datelines with it,
    and reported speech leaves them out of a report's content."""
    return (rf"(?:,[ \t\xa0]*+{up}[\w.]*+(?:,?{sp}(?:{up}[\w.]*+|\d{{1,4}}+)){{0,3}})?"
            r"(?:[ \t\xa0]*+\([^()\n]{1,30}\))?[ \t\xa0]*+(?:—|–|--?)")


def build_patterns(titles: Sequence[str] = (),
                   nominal_heads: Sequence[str] = ()) -> MentionPatterns:
    """The mention patterns for the default lexicon plus extra entries (compiled
    once per distinct lexicon, then reused; thread-safe)."""
    return _build_patterns(tuple(titles), tuple(nominal_heads))


@functools.lru_cache(maxsize=32)
def _build_patterns(titles: tuple[str, ...], nominal_heads: tuple[str, ...]) -> MentionPatterns:
    return MentionPatterns(tuple(lx.TITLES) + titles, tuple(lx.NOMINAL_HEADS) + nominal_heads)


def _gender_of(title: str | None, words: list[str]) -> str | None:
    """The gender a title or a given name shows (``words``: the name's words)."""
    if title:
        title_words = title.lower().split()
        if not lx.MALE_TITLES.isdisjoint(title_words):
            return "m"
        if not lx.FEMALE_TITLES.isdisjoint(title_words):
            return "f"
        # a role of kinship or rank before the name: "her brother Silas",
        # "his wife Martha", "the widow Grey"
        if (g := lx.GENDERED_HEADS.get(title_words[-1])) is not None:
            return g
    first = words[0].lower().rstrip(".") if words else ""
    if len(words) == 1 and (g := lx.KIN_NAMES.get(first)) is not None:
        return g  # "Mom says", "Dad snorts": a parent called by the word of kinship
    if first in lx.MALE_NAMES:
        return "m"
    if first in lx.FEMALE_NAMES:
        return "f"
    if len(words) >= 2:
        # a census given name before a surname ("Silas Hale"; alone, "Norris"
        # may be a surname: "Mrs. Norris")
        if first in lx.GIVEN_MALE:
            return "m"
        if first in lx.GIVEN_FEMALE:
            return "f"
    # weak evidence: a given name ending in -a (Marta, Lena, Ana) before a
    # surname; MALE_NAMES lists the men's names that end so (Musa, Luca, Raila)
    if len(words) >= 2 and len(first) > 2 and first.endswith("a"):
        return "f"
    if title and not _MILITARY_RANKS.isdisjoint(title.lower().replace(".", "").split()):
        # weaker still: a military rank with no given name that tells (``Colonel
        # Ash``; ``Gen. Lori Hale`` is the given name's)
        return "m"
    return None


#: Military and naval ranks as titles: borne by men far more often, in stories of
#: every period and in news
_MILITARY_RANKS = frozenset(
    "colonel col captain capt major maj general gen admiral adm sergeant sgt lieutenant lt "
    "corporal cpl commander cmdr brigadier commodore".split())


_WORDS = re.compile(r"\S+")
_SENTENCE_OPENER = re.compile(r"(?:^[ \t\xa0]*|[.!?…:;][\"“”’')\]]*[ \t\xa0]*|\n[ \t\xa0]*"
                              r"|(?:[“‘]|(?<![,;—–-])[\"”])[ \t\xa0]*)\Z")
#: (a closing mark after a comma, ``,” Law said``, ends no sentence; a line
#: break, which in the text read here always ends a paragraph, opens one; so
#: does the text's start, after an indent: ``   BEIJING —``.)


def _pieces(text: str, size: int = 1 << 16) -> list[tuple[int, int]]:
    """``text`` cut into stretches of about ``size`` characters, each cut just
    before a space (so that no word is cut in two) or at the end."""
    out, a, n = [], 0, len(text)
    while a < n:
        b = text.find(" ", a + size)
        b = n if b < 0 else b
        out.append((a, b))
        a = b
    return out


#: Parties and countries that stand before a person's name as a modifier of it
#: (``Republican Karen Holt``, ``French President …``): the capitalised one-word
#: modifiers of roles that say whom someone belongs to, not what they do
_AFFILIATIONS = frozenset({
    "American", "British", "Chinese", "Conservative", "Democrat", "Democratic", "French", "GOP",
    "German", "Independent", "Indian", "Iranian", "Israeli", "Japanese", "Labour", "Liberal",
    "Libertarian", "Republican", "Russian", "Ukrainian"} & set(lx.ROLE_MODIFIERS))


#: Capitalised determiners that the pattern's "capitalised words and a role"
#: reading of a title takes in at a sentence's start (``Her brother Silas``)
_TITLE_DETERMINERS = frozenset({"Her", "His", "Their", "My", "Our", "Your", "Its"})


@functools.lru_cache(maxsize=16384)
def _analyse_name(raw: str, title: str | None, not_speakers: frozenset[str],
                  bare_titles: frozenset[str]) -> tuple | None:
    """What a name match says, from its text alone (cached: a document, and a
    corpus, repeat their names): ``None`` to drop it, else (offset of the name
    in the match, end of the name in it, the name, the title kept, kind,
    gender, whether it is one untitled word, its words, whether the first has
    the shape of an adverb or participle, whether it is in upper case, whether
    the name is the match's own text).  The name string is then shared by
    every mention of it.  A name read over a line break gets one space
    between its words."""
    stop = lx.NOT_NAME_WORDS
    if title and title.split(None, 1)[0] in _TITLE_DETERMINERS and " " in title.strip():
        # "Her brother Silas", "His wife Martha": the capitalised determiner
        # opening a sentence is no part of the role
        title = title.split(None, 1)[1]
    # drop capitalised function words at the ends (sentence-initial "But");
    # the common case, nothing to drop, costs two set look-ups
    parts = raw.split()
    if parts[0].lower().strip(".,") not in stop and parts[-1].lower().strip(".,") not in stop:
        head_off, tail_end = 0, len(raw)
        name, name_words = raw, parts
    else:
        words = list(_WORDS.finditer(raw))
        k = 0
        while k < len(words) and words[k].group().lower().strip(".,") in stop:
            k += 1
        while words and words[-1].group().lower().strip(".,") in stop and len(words) > k and \
                not (len(words) - k >= 2 and words[-1].group() in _MONTH_SURNAMES
                     and _known_given_name(words[-2].group())):
            # ("Theresa May", "Ann June": a month after a given name is a surname)
            words.pop()
        if k >= len(words):
            return None
        head_off, tail_end = words[k].start(), words[-1].end()
        if k > 0:
            title = None
        name = raw[head_off:tail_end]
        name_words = [w.group() for w in words[k:]]
    if len(name_words) > 2 and not title and name_words[-1] not in lx.ORG_HEADS and any(
            w.lower() in _INNER_BREAKS for w in name_words[1:-1]):
        # "Rise To Donald Trump", "Ohio Than Hillary Clinton": a headline in title
        # case runs words into a name that a capitalised preposition or
        # conjunction shows to be no one's; the name is what follows the last
        words = [w for w in _WORDS.finditer(raw) if w.start() >= head_off and w.end() <= tail_end]
        cut = max(i for i, w in enumerate(words[:-1]) if i and w.group().lower() in _INNER_BREAKS)
        head_off = words[cut + 1].start()
        name = raw[head_off:tail_end]
        name_words = [w.group() for w in words[cut + 1:]]
    sliced = True  # the name is the text's own slice
    if "\n" in raw:  # a name over a wrapped line: one space between its words
        name, sliced = " ".join(name_words), False
    if title and "\n" in title:
        title = " ".join(title.split())
    if sliced and (
            # "Republican Karen Holt", "Democrat Lisa Moreno": a party or a country
            # before a person's name is the name's modifier, as a title is
            not title and len(name_words) > 2 and (
                name_words[0] in _AFFILIATIONS or _occupation(name_words[0]))
            and name_words[-1] not in lx.ORG_HEADS  # (a body's: "American Nurses Association")
            # "Texas Attorney" + "General Paul Keene": the role the title ends with
            # and the name's first word are a title (Attorney General)
            or title and len(name_words) > 1
            and f"{title.rsplit(None, 1)[-1]} {name_words[0]}" in bare_titles):
        # the name's first word goes to the title
        title = f"{title} {name_words[0]}" if title else name_words[0]
        head_off = raw.index(name_words[1], head_off + len(name_words[0]))
        name, name_words = raw[head_off:tail_end], name_words[1:]
    if sliced and len(name_words) > 1 and name_words[0] in _EPITHETS and \
            _known_given_name(name_words[1]):
        # "Old Tom Briar", "Little Nell": an epithet before a given name is no part
        # of the name ("Tom" later is the same man; "Little Rock" has no given name),
        # though the mention, which opens the sentence, keeps it
        name = raw[raw.index(name_words[1], head_off + len(name_words[0])):tail_end]
        name_words, sliced = name_words[1:], False
    if name in not_speakers or (not title and name in bare_titles) or (
            " " in name and name.isupper() and len(name) > 12):  # HEADLINE WORDS
        return None  # "Speaker" alone is a role, not a name
    # a title makes a person of a word that also heads places: "Mr. Park", "Dr. Lake"
    org = not title and (name_words[-1] in lx.ORG_HEADS or name in lx.ORG_HEADS) and not (
        # "Linda Fox", "Grace Park": a given name before a head that is a surname
        # as often (the lists of given names of a strong gender, the census's too)
        len(name_words) == 2 and name_words[-1] in _SURNAME_HEADS
        and _known_given_name(name_words[0]))
    kind = "org" if org else "name"
    gender = None if org else _gender_of(title, name_words)
    single = not org and not title and len(name_words) == 1
    if single and (lx.NOMINAL_HEADS.get(name.lower()) or len(name.rstrip(".")) == 1):
        # "Critics said": a description, found as a nominal if anywhere; a
        # lone letter ("U" of "U.S.", "N" of "N.H.") is not a name either
        return None
    return (head_off, tail_end, name, title.strip() if title else None, kind, gender, single,
            tuple(name_words), _unnamelike(name_words[0]), name.isupper(), sliced)


def _known_given_name(word: str) -> bool:
    """``word`` is a given name of a strong gender: of the lexicon's short lists
    or of the census's."""
    w = word.lower()
    return w in lx.MALE_NAMES or w in lx.FEMALE_NAMES or w in lx.GIVEN_MALE or \
        w in lx.GIVEN_FEMALE


#: The endings of words that name an occupation (``Meteorologist``,
#: ``Physician``, ``Choreographer``, ``Pharmacist``): such a word before a
#: person's name of two words is a role the lexicon does not list, as
#: ``Economist`` is one it does.  A surname seldom ends so (not the Nordic
#: ``-quist``, ``-qvist``: ``Lars Lindqvist``).
_OCCUPATION_ENDS = ("ologist", "ician", "ographer", "iatrist", "ist")


def _occupation(word: str) -> bool:
    """``word`` has the shape of a word for an occupation (:data:`_OCCUPATION_ENDS`)."""
    low = word.lower()
    return len(low) > 5 and low.endswith(_OCCUPATION_ENDS) and \
        not low.endswith(("quist", "qvist"))


#: Prepositions and conjunctions that a headline in title case capitalises inside
#: a run of capitalised words (``Rise To Donald Trump``): no person's name holds
#: one between its words
_INNER_BREAKS = frozenset(
    "to from than against between with without for on in at by into over under after before "
    "during despite through toward towards behind across and or but as about vs versus amid "
    "among like".split())


#: Heads of places and bodies that are surnames as often (``Linda Fox``, ``Tom
#: Church``, ``Grace Park``)
_SURNAME_HEADS = frozenset({"Park", "Fox", "Church", "Beach", "Castle", "Lake", "Post", "Court"})


#: after an epithet: a title of address, then a capital (``Young Mr. Dale``)
_TITLED_NEXT = re.compile(r"[ \t\xa0]++((?:Mrs?\.?|Miss|Ms\.?|Dr\.?|Master|Lady|Lord|Sir)"
                          r"[ \t\xa0]++[A-Z])")
#: Epithets a story puts before a person's given name (``Old Tom``, ``Little Nell``)
_EPITHETS = frozenset({"Old", "Young", "Little", "Big", "Poor", "Fat", "Tall", "Lame", "Blind"})
#: a full stop after a word of two lower-case letters or more, no abbreviation
#: of the lexicon's (``Corp.``, ``Inc.``, ``Bros.``): one that ends a sentence
_SENTENCE_STOP = re.compile(
    r"(?<![\w.])(?!(?:Corp|Inc|Ltd|Bros|Co|Jr|Sr|St|Dept|Univ|Mass|Calif|Ariz|Penn|Tenn|Wash"
    r"|Mich|Minn|Wis|Ore|Okla|Colo|Conn|Ill|Ind|Kan|Nev|Va|Fla|Ga|Ala|Miss|Neb|Del|Md|Mont"
    r"|Wyo|Ark|Vt|Mo|Ky|La|Mt|Ave|Blvd|Rd|Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Adm|Prof|Dr|Mr|Mrs"
    r"|Ms|No|Vol)\.\Z)\w*[a-z]{2}\.\Z")


def _mark_families(out: list[Mention], families: list[int]) -> None:
    """Make plural the mentions ``out[i]`` (``i`` in ``families``: a name in -s
    after *the*) whose name is the plural of another name of the text: ``the
    Rushworths`` beside ``Mr. Rushworth`` is a family, neither *he* nor *she*;
    ``the Sanders campaign`` with no ``Sander`` stays one person's name."""
    last = {m.name.rsplit(None, 1)[-1] for m in out if m.kind == "name"}
    for i in families:
        m = out[i]
        w = m.name.rsplit(None, 1)[-1]
        if w[:-1] in last or w.endswith("es") and w[:-2] in last:
            out[i] = _make_mention(m.start, m.end, m.text, m.kind, m.name, m.title, None, True)


#: The heads of a body's name that an ``of`` or ``for`` phrase completes
#: (``Bank of England``, ``Federal Bureau of Investigation``, ``Centers for
#: Disease Control``), and that a name of two words or more ends with after an
#: ``and`` (``Food and Drug Administration``, ``Securities and Exchange
#: Commission``)
_JOINED_HEADS = frozenset(
    """Academy Administration Agency Alliance Army Association Authority Bank Board
    Bureau Center Centers Centre Chamber Church College Commission Committee Corps
    Council Court Department Embassy Federation Foundation Fund House Institute League
    Ministry Mission Museum Office Organization Organisation Party School Service
    Services Society Union University""".split())
_OF_JOINS = frozenset({" of ", " for "})
_ON_HEADS = frozenset({"Commission", "Committee", "Council"})
_AND_JOINS = frozenset({" and ", " & "})


def _join_org_names(text: str, out: list[Mention]) -> list[Mention]:
    """Join the pieces of a body's name that the name pattern reads apart at a
    lower-case word or an ampersand: ``the Bank`` + ``of`` + ``England``,
    ``Food`` + ``and`` + ``Drug Administration``.  An ``of`` or ``for`` joins
    a name that ends with a head of :data:`_JOINED_HEADS` to the untitled name
    after it, an ``on`` a commission, committee or council to a name of two
    words or more (``Council on Foreign Relations``); an ``and`` or ``&``
    joins one or two untitled words that give no gender to a name of two words
    or more ending with such a head (so ``Google and Apple``, ``Ann Lee and the
    Budget Committee`` stay apart).
    One pass over the names, in text order."""
    res: list[Mention] = []
    for m in out:
        # (the joins are 3 to 5 characters long: most names fail on that alone)
        if res and 3 <= m.start - res[-1].end <= 5 and not m.title and m.kind in ("name", "org"):
            p = res[-1]
            gap = text[p.end:m.start]
            if not p.title and p.kind in ("name", "org") and (
                    gap in _OF_JOINS and p.name.rsplit(None, 1)[-1] in _JOINED_HEADS
                    and m.gender is None
                    # "Council on Foreign Relations", "Commission on Presidential Debates"
                    or gap == " on " and p.name.rsplit(None, 1)[-1] in _ON_HEADS
                    and m.gender is None and " " in m.name
                    or gap in _AND_JOINS and p.kind == "name" and p.gender is None
                    and p.name.count(" ") <= 1 and " " in m.name
                    and m.name.rsplit(None, 1)[-1] in _JOINED_HEADS):
                name = p.name + gap + m.name
                # "the Kremlin", "the Food and Drug Administration": the
                # determiner is part of a body's mention
                s = p.start - 4 if p.start >= 4 and p.kind == "name" and \
                    text[p.start - 4:p.start].lower() == "the " else p.start
                res[-1] = _make_mention(s, m.end, text[s:m.end], "org", name, None, None,
                                        False)
                continue
        res.append(m)
    return res


#: How far back from a participle the start of its sentence is looked for
_SENTENCE_REACH = 240
#: How far a group with its modifying phrase may open a sentence before its cue,
#: and what may not stand between (a clause's end, an aside, a quotation)
_MODIFIED_REACH = 120
_MODIFIER_BREAK = re.compile(r"[,;:()“”\"«»—.?!\n]")


def _opening_group(text: str, cues: Sequence[Cue], ci: int, words_p: _WordPatterns,
                   start_at: dict[int, int], quoted: Callable[[int], bool],
                   out: Sequence[Mention] | None = None,
                   singular: bool = False) -> Mention | None:
    """A plural group that opens the sentence of cue ``ci``, then a phrase that
    modifies it, of place, kind, subject or relative, then the cue (``Experts on
    North Korea said …``, ``People who live near the fires say …``, ``Democrats
    hoping to win say …``): its mention, when no comma, aside or quotation and no
    other cue stand between and no mention starts where it does (``start_at``:
    the mentions' starts); else None.  With ``singular``, also one person or
    thing with a determiner, before a phrase of a preposition (``A person with
    knowledge of the matter said``, ``The teenager charged with the attack
    told``)."""
    c = cues[ci]
    lo = max(0, c.start - _MODIFIED_REACH)
    # the last stop or break before the cue: a sentence's end, else nothing opens here
    # (searched in the stretch read backwards: the first break found is the last)
    b = _MODIFIER_BREAK.search(text[lo:c.start][::-1])
    j = c.start - 1 - b.start() if b is not None else -1
    if j < 0:
        if lo:
            return None
    elif text[j] not in ".?!\n" or text[j] == "." and text[j + 1:j + 2] not in (" ", "\n"):
        return None  # a comma, an aside or a quotation between (or a stop inside "U.S.")
    s0 = j + 1
    while s0 < c.start and text[s0] in " \t\xa0\n":
        s0 += 1
    if (ci and cues[ci - 1].end > s0) or quoted(s0):
        return None
    if (cm := _CONNECTIVE_OPENER.match(text, s0, c.start)) is not None:
        s0 = cm.end()  # "But critics of the plan said": a connective, then the group
    gm = words_p.plural_modified.match(text, s0, c.start)
    plural = True
    if gm is None and singular:
        gm = words_p.singular_modified.match(text, s0, c.start)
        plural = False
    if gm is None or s0 in start_at and not (
            out is not None and out[start_at[s0]].kind == "nominal"
            and (out[start_at[s0]].plural or not plural)
            and out[start_at[s0]].end <= gm.end()):
        # (a mention there already: a name's, unless it is the group itself,
        # "Several residents", which the phrase modifying it lengthens)
        return None
    words = gm.group().split()
    if not plural:
        words = words[1:]  # the name drops the determiner
    return _make_mention(s0, gm.end(), gm.group(), "nominal", " ".join(words),
                         None, None, plural)


#: a connective opening a sentence before its subject, with no comma after it
_CONNECTIVE_OPENER = re.compile(r"(?:But|And|Yet|So|Still|Now|Then|Instead|Even|Also)[ \t\xa0]++")


#: A quantifier that stands for people as a clause's subject (``Some said``,
#: ``Many of them say``), ending where the stretch searched ends
_QUANTIFIER_WORDS = ("some", "many", "several", "most", "few", "both", "others")
_QUANTIFIER_SUBJECT = re.compile(
    r"(?<![\w’'\-])(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _QUANTIFIER_WORDS)
    + r")(?:[ \t\xa0]++of[ \t\xa0]++(?:them|us|those))?[ \t\xa0]*+\Z")
#: what may join a clause before its subject: a comma, a semicolon, a conjunction
_CLAUSE_JOIN_BEFORE = re.compile(
    r"(?:[,;][ \t\xa0]*+|\b(?:and|but|while|though|although|whereas|yet)[ \t\xa0]++)\Z")


def _quantifier_subject(text: str, pos: int, aside_at: int) -> re.Match[str] | None:
    """A quantifier for people right before the cue at ``pos`` (an adverb may
    stand between), or before the phrase set off by commas that starts at
    ``aside_at`` (``Some, like Ann Lee, said``); a look at the word first."""
    end = aside_at if aside_at >= 0 else pos
    j = end
    while j > 0 and text[j - 1] in " \t\xa0":
        j -= 1
    if not text.endswith(_QUANTIFIER_ENDS, 0, j):
        return None
    return _QUANTIFIER_SUBJECT.search(text, max(0, j - 30), j)


#: the last words _QUANTIFIER_SUBJECT can end with, as written
_QUANTIFIER_ENDS = tuple(v for w in _QUANTIFIER_WORDS
                         for v in (w, w.capitalize())) + ("them", "us", "those")


def _after_preposition_word(text: str, pos: int) -> bool:
    """The word before ``pos`` (past spaces) is a preposition (``of the toll``)."""
    head = text[max(0, pos - 12):pos].rstrip(" \t\xa0")
    word = head.rsplit(None, 1)[-1] if head.strip() else ""
    return word.lower() in lx.PREPOSITIONS


def _sentence_start(text: str, pos: int) -> int | None:
    """Where the sentence holding ``pos`` starts: after the last ``. ``, ``? ``,
    ``! `` or line break within :data:`_SENTENCE_REACH` characters (or at the
    text's start), its spaces skipped; None when none is that near."""
    lo = max(0, pos - _SENTENCE_REACH)
    # (one past the stop, or the line break: a space or the sentence's first letter)
    j = max(text.rfind(". ", lo, pos), text.rfind("? ", lo, pos), text.rfind("! ", lo, pos),
            text.rfind("\n", lo, pos)) + 1
    if j == 0 and lo:
        return None
    while j < pos and text[j] in " \t\xa0\n":
        j += 1
    return j


def _unnamelike(word: str) -> bool:
    """Whether ``word`` has the shape of an adverb or a participle rather than
    of a name: ``Suddenly``, ``Pausing``, ``Startled`` (not a given name the
    lexicon knows: ``Emily``, ``Fred``).  Only a guess from the form: the
    caller asks it only of a capitalised word that opens a sentence and that
    the text nowhere else uses as a name."""
    low = word.lower()
    return (len(low) >= 5 and low.endswith(("ly", "ing", "ed")) and not word.isupper()
            and low not in lx.MALE_NAMES and low not in lx.FEMALE_NAMES)


#: the endings of abstract nouns (``Extravagance``, ``Happiness``, ``Friendship``)
_ABSTRACT_ENDS = ("ness", "ment", "tion", "sion", "ity", "ism", "ance", "ence", "ship", "hood",
                  "dom")


def _no_name_shape(word: str) -> bool:
    """Whether ``word`` has the shape of an abstract noun (eight letters or more
    and one of :data:`_ABSTRACT_ENDS`) or of an adjective (seven or more and one
    of :data:`_ADJECTIVE_ENDS`: ``Anxious``); not a given name the lexicon or the census
    knows: ``Constance``, ``Florence``, ``Lawrence``): asked, as
    :func:`_unnamelike` is, of a word opening a sentence that the text nowhere
    else uses as a name; unlike a participle's shape, a verb after it changes
    nothing (``Extravagance had ruined him``)."""
    low = word.lower()
    return (len(low) >= 7 and (low.endswith(_ADJECTIVE_ENDS)
                               or len(low) >= 8 and low.endswith(_ABSTRACT_ENDS))
            and not word.isupper()
            and low not in lx.MALE_NAMES and low not in lx.FEMALE_NAMES
            and low not in lx.GIVEN_MALE and low not in lx.GIVEN_FEMALE)


#: the endings of adjectives no name has (``Anxious``, ``Grateful``, ``Miserable``)
_ADJECTIVE_ENDS = ("ous", "ful", "able", "ible", "less")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _written_lower(text: str, cands: set[str], pats: MentionPatterns) -> set[str]:
    """Those of ``cands`` (lower-case words) that ``text`` writes as a word of its own.

    Each candidate is looked for with ``str.find`` and at most a few dozen
    hits are checked, so a few candidates cost a few fast scans; when there
    are many candidates or a candidate has many hits inside other words, the
    set of all lower-case words is built instead, piece by piece, so that no
    list of every word of a long text is held.  Linear either way."""
    found: set[str] = set()
    if len(cands) <= 16:
        for c in cands:
            i, tries = text.find(c), 0
            while i >= 0 and tries < 32:
                j = i + len(c)
                if (i == 0 or not _is_word_char(text[i - 1])) and (
                        j == len(text) or not (_is_word_char(text[j]) or text[j] == "-")):
                    found.add(c)
                    break
                i, tries = text.find(c, i + 1), tries + 1
            else:
                if i >= 0:  # too many hits inside longer words: count them all
                    break
        else:
            return found
    lower: set[str] = set()
    for a, b in _pieces(text):
        lower.update(pats.lower_word.findall(text, a, b))
    return lower & cands


#: After a quote: *was*, *came* (*is*, *comes*) and a noun of saying with its
#: owner: a possessive pronoun (``was her reply``), a name's possessive (``was
#: Roe's answer``) or, after *the*, a *from* and the one it names (``came the
#: answer from Roe``); one modifier may stand before the noun (``his only reply``),
#: and *another of* or *one of* before the owner (``was another of his remarks``).
TRAILING_NOUN = regex.compile(
    r"[,.!?]?+[ \t\xa0\n]*+(?:was|came|is|comes)[ \t\xa0\n]++"
    r"(?:(?:another|one)[ \t\xa0\n]++of[ \t\xa0\n]++)?(?:(?P<pron>his|her|their|its)"
    r"|(?P<poss>(?:\p{Lu}[\p{L}.\-]*+[ \t\xa0\n]++){0,3}\p{Lu}[\p{L}\-]*+)[’']s|(?P<the>the))"
    r"[ \t\xa0\n]++(?:\p{Ll}++[ \t\xa0\n]++)?(?:reply|answer|response|retort|rejoinder|message"
    r"|verdict|comment|reaction|explanation|greeting|riposte|remark|observation|declaration"
    r"|exclamation|question|query|inquiry|enquiry|cry|protest|objection|suggestion|request"
    r"|entreaty|command|order|conclusion|contribution|salutation|farewell|rebuke|reproof"
    r"|admission|confession|boast|threat|promise|excuse|apology|assurance)s?+\b"
    r"(?(the)[ \t\xa0\n]++(?:from|of)[ \t\xa0\n]++(?P<from>)|)")
_TRAILING_VERBS = ("was", "came", "is", "comes")


def past_closing_mark(text: str, pos: int) -> int:
    """Where the next word stands after a closing mark at ``pos``: past a stop or
    a comma and spaces, at most four characters."""
    end = min(len(text), pos + 4)
    while pos < end and text[pos] in _AFTER_MARK:
        pos += 1
    return pos


def trailing_verb_at(text: str, pos: int) -> bool:
    """Whether one of :data:`TRAILING_NOUN`'s verbs stands right after a closing
    mark at ``pos`` (past a stop or a comma and spaces): a look before the
    pattern, for most quotes are followed by none."""
    return text.startswith(_TRAILING_VERBS, past_closing_mark(text, pos))


_AFTER_MARK = frozenset(",.!? \t\xa0\n")
#: a possessive pronoun there as the pronoun it stands for
_POSSESSIVE_PRONOUNS = {"his": ("he", "m", False), "her": ("she", "f", False),
                        "their": ("they", None, True), "its": ("it", None, False)}

#: Each spelling the pronoun pattern matches: the word and its lower case (both
#: interned: one string for every mention of it), gender, plural.
_PRONOUN_INFO: dict[str, tuple[str, str, str | None, bool]] = {
    intern(w): (intern(w), intern(w.lower()), *lx.PRONOUNS[w.lower()])
    for w in ("He", "he", "She", "she", "They", "they", "I", "i", "We", "we", "It", "it")}


#: ``quoted him as`` (or ``cited her as``) right before a participle: the object
#: pronoun of a verb of citing, whose person is the participle's speaker
_CITED_PRONOUN = re.compile(
    r"(?<![\w’'\-])(?:"
    + "|".join(f"[{v[0].upper()}{v[0]}]{v[1:]}" for v in lx.CITING_VERBS)
    + rf")[ \t\xa0]++(?P<pron>{'|'.join(lx.OBJECT_PRONOUNS)})[ \t\xa0]++as[ \t\xa0]++\Z")


#: the heads of ``before_cue`` that may be capitalised (``One said``)
_CAPITAL_HEADS = frozenset({"One", "Another", "Others"})


def _may_precede_cue(text: str, pos: int) -> bool:
    """Whether ``before_cue`` can match right before a cue at ``pos``: a match
    ends with spaces or tabs at the cue, after a run of word characters and
    hyphens that is its last word (the head, or an adverb after it), which
    begins in lower case but for ``One``, ``Another`` and ``Others``.  So after
    a line break, a mark, or a run that begins with an ASCII capital and holds
    no hyphen (``Trump said``: most cues) it cannot, and is not run."""
    if pos == 0 or text[pos - 1] not in " \t\xa0":
        return False
    j = pos - 1
    while j > 0 and text[j - 1] in " \t\xa0":
        j -= 1
    i = j
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_-"):
        i -= 1
    if i == j:
        return False
    return text[i] not in string.ascii_uppercase or "-" in text[i:j] or text[i:j] in _CAPITAL_HEADS


#: days and months, capitalised: a phrase of time, not of place (``on Monday``)
_TIME_NAMES = "(?:" + "|".join(sorted(
    {w.capitalize() for w in (*lx.WEEKDAYS, *lx.MONTHS, *lx.MONTH_ABBREVIATIONS)},
    key=lambda w: (-len(w), w))) + ")"


#: backwards from a cue: a phrase of place or body that ends right there
#: (``in New Orleans``, ``of the Senate``), its preposition first (no possessive
#: runs: read backwards, one would take the capital its word must end on)
_PP_TAIL = regex.compile(
    r"(?<=[ \t\xa0])(?:in|of|from|at|across|around|for|on)[ \t\xa0]+(?:the[ \t\xa0]+)?"
    r"(?:\p{Lu}[\w.&\-]*[ \t\xa0]+(?:(?:of|and)[ \t\xa0]+)?){1,4}", regex.REVERSE)


#: backwards from a cue: a short phrase set off by commas right before it
#: (``, in a statement,``, ``, for its part,``), no clause (no quote, no stop);
#: an auxiliary may stand after it (``Critics, including …, have called``)
_ASIDE_WORDS = ("have", "has", "had", "will", "would", "also", "then")
_ASIDE_BEFORE_CUE = regex.compile(
    r",[ \t\xa0]+[a-z][^,;:.!?“”\"«»\n]{1,100},[ \t\xa0]+"
    rf"(?:(?:{'|'.join(_ASIDE_WORDS)})[ \t\xa0]+)?", regex.REVERSE)
#: the auxiliaries _ASIDE_BEFORE_CUE takes before the cue, as looked up first
_ASIDE_AUXILIARIES = tuple(f", {w} " for w in _ASIDE_WORDS)


def _pp_after_plural(text: str, pos: int, heads: frozenset[str]) -> int | None:
    """Where the preposition starts when the words before a cue at ``pos`` are
    a plural head and a phrase of capitalised words (``Officials in New
    Orleans said``): a look back anchored at the cue, and a look-up of the
    word before the preposition; else None."""
    if pos < 2 or text[pos - 1] != " " or not text[pos - 2].isalnum() or \
            not text[text.rfind(" ", max(0, pos - 40), pos - 1) + 1].isupper():
        return None  # (the word before the cue is not capitalised)
    m = _PP_TAIL.match(text, max(0, pos - 80), pos)
    if m is None:
        return None
    before = text[max(0, m.start() - 40):m.start()].rsplit(None, 1)
    return m.start() if before and before[-1].lower() in heads else None


def _plural_before(text: str, pos: int, heads: frozenset[str]) -> bool:
    """Whether the last word before ``pos``, or the one before an adverb or two
    there ("Critics also say"), is a plural head.  String steps over two or
    three words: no pattern is run."""
    j = pos
    for _ in range(3):
        while j > 0 and text[j - 1] in " \t\xa0\r\n":
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "-’'"):
            k -= 1
        word = text[k:j].lower()
        if word in heads:
            return True
        if not (word.endswith("ly") or word in lx.CUE_ADVERBS) or k == j:
            return False
        j = k
    return False


#: A finite auxiliary, copula or modal, and a relative pronoun: a phrase after an
#: inverted cue that holds the first without the second before it is a clause
#: (``said the bridge would close``), not a description (``said the man who had
#: called``).
#: a verb of hearing, making or letting and its object pronoun right before a verb
#: of saying in its bare form or in -ing (``heard him mutter``, ``made her say``)
_PERCEIVED_PRONOUN = re.compile(
    r"(?<![\w’'\-])(?:heard|hear|hears|overheard|overhear|made|make|makes|let|lets)"
    rf"[ \t\xa0\n]++(?P<pron>{'|'.join(lx.OBJECT_PRONOUNS)})[ \t\xa0\n]++\Z")
#: Nouns of a message whose source a ``from`` phrase names (``the message from
#: Mayor Linda Chu``, ``a statement from Northline``): that source is the mention
_MESSAGES = frozenset(
    "message messages statement letter note email e-mail memo word words warning verdict "
    "plea reaction response reply answer promise".split())
#: what stands before an inverted tag's verb: the quote's closing mark or a comma
_TAG_OPENERS = (",", "”", '"', "’", "'", "»")
_CLOSING_MARKS = ("”", '"', "’", "'", "»")
#: an adverb or two in -ly before an inverted tag's verb (``“…?” angrily demanded``)
_LY_BEFORE = re.compile(r"(?<![\w\-])(?:[a-z]+ly[ \t\xa0\n]+){1,2}\Z")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may"
                     r"|might|must|does|did"
                     # a negation or an adverb of frequency, which stands before a verb
                     # ("said the board never saw the memo"), and the commonest
                     # past forms of verbs that take an object ("said the firm paid")
                     r"|never|not|always|already|also|still|saw|knew|paid|made|gave|took"
                     r"|told|sent|found|lost|won|broke|kept|left|brought|bought|got|met"
                     r"|held|ran|led"
                     # and the irregular past forms of verbs of change and of doing
                     # ("said the firm grew", "said prices rose", "said the team fell")
                     r"|grew|rose|fell|came|went|began|became|sold|spent|built|felt|thought"
                     r"|fought|drove|flew|froze|chose|spoke|wrote|stood|understood|meant"
                     r"|taught|caught|sought|struck|swore|drew|threw|shook|woke|rode"
                     r"|sank|stole|forgot|hid|fled|heard|laid|fed|dealt|withdrew|overtook)\b"
                     # a regular past form after the head, ending the phrase or before
                     # its object ("said the mayor lied", "said the firm welcomed her
                     # support"; not a modifier: "said the retired teacher")
                     r"|(?<=[a-z] )[a-z]{2,}ed(?=[ \t\xa0]*+$|[ \t\xa0]++(?:the|an?|her|his|their"
                     r"|its|them|him|it|that|this|our|my|your)\b)")
#: an age standing for a person right before a cue (``the 29-year-old said``)
#: or right after one, ending the clause (``said the 29-year-old.``)
_AGE = r"[Tt]he[ \t\xa0]+(?:\d{1,3}|[a-z]{3,12}(?:-[a-z]{3,6})?)-year-old"
_AGE_BEFORE_CUE = re.compile(rf"(?<![\w-]){_AGE}(?=[ \t\xa0]+\Z)")
_AGE_AFTER_CUE = re.compile(rf"[ \t\xa0]+{_AGE}(?=[ \t\xa0]*[,.;!?]|\Z)")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|that|which)\b")

#: The last words of a share of people polled (``47 percent``, ``one in five``,
#: ``those surveyed``, ``none``): ``share_before`` runs only after one of them.
_SHARE_ENDS = frozenset(
    "percent cent surveyed polled questioned asked interviewed none one two three four five "
    "six seven eight nine ten third quarter half".split())


#: the words a cue adverb is made of (``in turn``, ``has long``), and *has* and *have*
_SHARE_SKIPS = frozenset({w for a in lx.CUE_ADVERBS for w in a.lower().split()}
                         | {"has", "have"})


def _share_before(text: str, pos: int) -> bool:
    """Whether the last word before ``pos`` (past -ly adverbs, the words of cue
    adverbs and *has* or *have*) can end a share of people polled: a
    word of :data:`_SHARE_ENDS`, or one ending in a digit or ``%``.  String
    steps over a few words: no pattern is run."""
    j = pos
    while j > pos - 60:  # (the pattern is searched over the 50 characters before)
        while j > 0 and text[j - 1] in " \t\xa0":
            j -= 1
        if j == 0:
            return False
        if text[j - 1].isdigit() or text[j - 1] == "%":
            return True
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        word = text[k:j].lower()
        if word in _SHARE_ENDS:
            return True
        if not (word.endswith("ly") or word in _SHARE_SKIPS):
            return False
        j = k
    return False


#: The characters the openers' matches may end with before their trailing
#: spaces: a sentence's end, a closing mark or bracket after it, a quote mark.
_OPENER_ENDS = frozenset(".!?…:;\"“”’')]‘")


def _opens_sentence(text: str, pos: int, opener: re.Pattern[str] = _SENTENCE_OPENER) -> bool:
    """True when ``pos`` starts a paragraph, a sentence or a quote.

    Most names follow a word and a space (``said Roe``): when the character
    before the spaces at ``pos`` is none of :data:`_OPENER_ENDS`, the spaces
    hold no line break and do not reach back to the text's start, no opener
    can match and the pattern is not run."""
    lo = max(0, pos - 4)
    if pos > 0:
        window = text[lo:pos]
        before = window.rstrip()
        if before[-1:] not in _OPENER_ENDS and "\n" not in window[len(before):] \
                and (before or lo):
            return False
    return bool(opener.search(text, lo, pos))


def _settle_initials(text: str, out: list[Mention], initial: list[int],
                     shaped: list[tuple[int, re.Match[str]]], known: set[str],
                     pats: MentionPatterns, not_speakers: frozenset[str]) -> list[Mention]:
    """Decide the capitalised words that open a sentence and that the text
    uses nowhere else as a name (``known``).

    A lone such word is not a name when the text writes it in lower case
    elsewhere; when it has the shape of an adverb or a participle
    (``Suddenly``, ``Pausing``) and no verb follows it (``Kelly said`` is a
    subject); or when a subject pronoun follows it, after a comma or not
    (``Again, she …``, ``Away she hurried``), or a pronoun after the comma that
    closes the phrase it opens (``Fraternal to the last, he …``).  A
    longer match that opens with such a shape loses that word (``Assisting
    Oliver`` names Oliver)."""
    cands = {out[i].name.lower() for i in initial if out[i].name not in known}
    lower = _written_lower(text, cands, pats) if cands else set()
    drop: set[int] = set()
    for i in initial:
        x = out[i]
        if x.name in known:
            continue
        if x.name.lower() in lower or pats.comma_subject.match(text, x.end) or (
                _unnamelike(x.name) and not pats.verb_next.match(text, x.end)) or \
                _no_name_shape(x.name) or \
                _PLURAL_OR_PARTITIVE_NEXT.match(text, x.end) or \
                _FRONTED_PHRASE.match(text, x.end):
            drop.add(i)
    for i, m in shaped:
        first = out[i].name.split(None, 1)[0]
        if first in known:
            continue
        drop.add(i)
        # the rest of the match, read as a name of its own
        rest = m.group("name").split(None, 1)[1]
        info = _analyse_name(rest, None, not_speakers, pats.bare_titles)
        if info is None:
            continue
        head_off, tail_end, name, _, kind, gender = info[:6]
        ns = m.end("name") - len(rest) + head_off
        ne = ns - head_off + tail_end
        out.append(_make_mention(ns, ne, text[ns:ne], kind, name, None, gender, False))
    if not drop:
        return out
    return [x for i, x in enumerate(out) if i not in drop]


#: What follows a sentence's first word when it opens a phrase fronted before the
#: subject, a pronoun after its comma (``Fraternal to the last, he left``,
#: ``Faithful to her word, she came``): an adjective's or a noun's phrase, no name.
_FRONTED_PHRASE = re.compile(
    r"[ \t\xa0]++(?:to|of|in|with|at|for|about|from|beyond|beneath|under|like|as)\b"
    r"[^,.;:!?“”\"\n]{1,40}+,[ \t\xa0\n]*+(?:he|she|they|I|we)\b(?![’'])")

#: What follows a sentence's first word when it heads a plural or a quantity,
#: not a person's name: a plural verb (``Sales were``, ``Voters are``) or a
#: partitive ``of`` (``Hundreds of``, ``Dozens of``).  One person's name takes
#: ``was`` and ``is``; a name with ``of`` after it (``Sanders of Vermont``)
#: is one the text uses elsewhere too, and so is never read here.
_PLURAL_OR_PARTITIVE_NEXT = re.compile(
    r"[ \t\xa0]++(?:are|were|have|do|aren[’']t|weren[’']t|haven[’']t|don[’']t|of)\b")

#: Names of months that are also given names (``Jan Weber``, ``April Ryan``): the
#: first word of a longer name unless a word of time comes before it (``in April
#: Koval said``, ``last June Smith``).
_MONTH_GIVEN_NAMES = frozenset({"Jan", "April", "June", "August"})
#: every month's name, as written (``the March Hare``)
_MONTH_WORDS = frozenset(m.capitalize() for m in lx.MONTHS)
#: months that are surnames too, after a given name (``Theresa May``, ``Ann June``)
_MONTH_SURNAMES = ("May", "June", "April", "August")
#: a day's number after a month (``May 3``): a date
_DAY_AFTER = re.compile(r"[ \t\xa0]++\d")
_TEMPORAL_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate"
    r"|[Mm]id|[Oo]f|[Tt]hrough|[Dd]uring|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Ee]very|[Ee]ach"
    r"|[Tt]hat|[Ff]or)[ \t\xa0-]*\Z")


def _with_given_month(raw: str, info: tuple) -> tuple:
    """``_analyse_name``'s answer for ``raw`` with its first word, a month's name
    it dropped, kept as a given name."""
    (_, tail_end, _, title, kind, _, _, words, _, upper, sliced) = info
    first = raw.split(None, 1)[0]
    words = (first, *words)
    name = raw[:tail_end]
    if "\n" in name:
        name, sliced = " ".join(name.split()), False
    gender = None if kind == "org" else _gender_of(title, list(words))
    return (0, tail_end, name, title, kind, gender, False, words, _unnamelike(first),
            upper and first.isupper(), sliced)


#: Given names that are also modals, and what follows them when they are names:
#: a past or third-person verb ("Will urged", "May says"), not a bare verb.
_MODAL_NAMES = frozenset({"Will", "May"})
_VERB_AFTER_NAME = re.compile(r"[ \t\xa0]++(?:[a-z]{2,}ed|[a-z]{2,}[^s\W]s|said|wrote|told|says"
                              r"|thinks|knew|saw|took|made|gave|spoke|sees|believes)\b")

#: What follows an outlet's name when the outlet itself speaks: a verb of saying
#: (``CBS said``, ``Reuters reported``, ``Twitter has said``).
_SAYS_AFTER_OUTLET = re.compile(
    r"[ \t\xa0]++(?:(?:has|had)[ \t\xa0]++)?(?:said|says|reported|reports|announced"
    r"|confirmed|denied|wrote|added|told)\b")

#: Capitalised modifiers of a role (``Democratic``, ``British``, ``Senate``):
#: before a lower-case word they modify a description and name no one.
_MODIFIER_WORDS = frozenset(w for w in lx.ROLE_MODIFIERS if " " not in w and w[:1].isupper()) \
    | lx.DEMONYMS | lx.PERSON_DEMONYMS
_LOWER_NEXT = re.compile(r"[ \t\xa0]++[a-z]")
#: A singular description's head right after a capitalised word (``Foreign
#: ministry spokesman``, ``Obama administration``, ``Senate committee``): the
#: word modifies it and names no one.  Plural heads are left out: ``Lee
#: campaigns``, ``Roe heads`` may be verbs, and so are heads that are also a
#: bare verb (``Did Lee sign it?``, ``Will Roe host …``).
_HEAD_NEXT = re.compile(r"[ \t\xa0]++([a-z]+)\b(?![’'-])")
_SINGULAR_HEADS = frozenset(h for h in lx.NOMINAL_HEADS if " " not in h and h.isalpha()
                            and h.islower() and not h.endswith("s")) - frozenset(
    """host chair report note order sign post study survey email tweet release cable voice
    poll author campaign police man document message filing father mother head pilot
    captain suspect""".split())

#: the last words of the phrasal verbs among the cues (``put it``, ``went on``,
#: ``pointed out``, ``chimed in``, ``piped up``, ``shot back``)
_PARTICLES = frozenset({"it", "on", "out", "in", "up", "back"})

#: Heads of persons that are also things a person has: after a person's
#: possessive, with no phrase of a body after them, things (``his chair``;
#: ``its chair``, ``the chair of the board`` are people)
_OWNED_THINGS = frozenset({"chair"})
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your", "our", "their"})

_START = attrgetter("start")
_END = attrgetter("end")


#: a nickname's words (one or two capitalised words) and what stands around it
#: inside a name: a capitalised word and a space before, a space and one after
_NICKNAME = regex.compile(r"\p{Lu}[\p{L}’'\-.]*+(?: \p{Lu}[\p{L}’'\-.]*+)?")
_NAME_WORD_BEFORE = regex.compile(r"\p{Lu}\p{Ll}++ $")
_NAME_WORD_AFTER = regex.compile(r" \p{Lu}\p{Ll}")


def nickname(text: str, q: Quote) -> bool:
    """Quote ``q`` is a nickname inside a name (``Daryl “Dazza” Pearce``, ``Dwayne
    “The Rock” Johnson``): one or two capitalised words between a capitalised
    word and a space before the marks and a space and a capitalised word after."""
    return q.level == 0 and q.end - q.start <= 30 and \
        _NICKNAME.fullmatch(text, q.start, q.end) is not None and \
        _NAME_WORD_BEFORE.search(text, max(0, q.outer_start - 30), q.outer_start) is not None \
        and _NAME_WORD_AFTER.match(text, q.outer_end) is not None


def _join_nicknamed(text: str, quotes: Sequence[Quote], out: list[Mention]) -> list[Mention]:
    """A name broken by a nickname in quotes (``Daryl “Dazza” Pearce``: the name
    patterns run between the quotes, and read ``Daryl`` and ``Pearce``): one
    mention over the whole, named by the two parts (``Daryl Pearce``)."""
    nick = [q for q in quotes if nickname(text, q)]
    if not nick:
        return out
    ends = {m.end: i for i, m in enumerate(out) if m.kind == "name"}
    starts = {m.start: i for i, m in enumerate(out) if m.kind == "name"}
    drop: set[int] = set()
    for q in nick:
        i, j = ends.get(q.outer_start - 1), starts.get(q.outer_end + 1)
        if i is None or j is None or i in drop or j in drop:
            continue
        a, b = out[i], out[j]
        out[i] = _make_mention(a.start, b.end, text[a.start:b.end], "name",
                               f"{a.name} {b.name}", a.title or b.title,
                               a.gender or b.gender, False)
        drop.add(j)
    return [m for i, m in enumerate(out) if i not in drop] if drop else out


#: words that end a description's head and open what modifies it
_HEAD_ENDS = lx.PREPOSITIONS | {"who", "whom", "whose", "which", "that"}


def _phrase_head(desc: str) -> str:
    """The head of a description, lower case: its last word before a
    preposition or a relative pronoun (``lad who held the door``: *lad*)."""
    words = desc.lower().split()
    for i, w in enumerate(words):
        if i and w in _HEAD_ENDS:
            return words[i - 1]
    return words[-1] if words else ""


def find_mentions(
    text: str,
    quotes: Sequence[Quote],
    patterns: MentionPatterns | None = None,
    not_speakers: frozenset[str] = lx.NOT_SPEAKERS,
    cues: Sequence[Cue] = (),
    silenced: frozenset[str] | tuple[str, ...] = (),
) -> list[Mention]:
    """All speaker mentions outside the quotes of ``text``, in text order.

    ``not_speakers`` are never names; the lexicon's outlets among them
    (``lx.NOT_SPEAKERS``) are a body of their own right before a verb of
    saying (``CBS said``), unless the configuration names them itself
    (``silenced``: ``Config(not_speakers=…)``, names that must never speak).

    ``text`` is read as a text whose every line break ends a paragraph: the
    pipeline passes :func:`quoteattr._segment.unwrap`'s, in which a wrapped
    line break is a space (same offsets), so that a name or a description
    runs over a wrapped line and never over a paragraph's end."""
    pats = patterns or build_patterns()
    # spans covered by outermost quotes (marks included), sorted, non-overlapping
    qspans = sorted((q.outer_start, q.outer_end) for q in quotes if q.level == 0)
    qstarts = [s for s, _ in qspans]

    def quoted(pos: int) -> bool:
        i = bisect_right(qstarts, pos) - 1
        return i >= 0 and qspans[i][0] <= pos < qspans[i][1]

    out: list[Mention] = []
    # a capitalised word that opens a sentence is a name only if the text also
    # capitalises it elsewhere or never writes it in lower case ("Vanity was
    # her fault" vs "his vanity"): Punkt's orthographic heuristic, for names.
    # known: the words the text uses as names where no sentence opening
    # explains the capital (mid-sentence, after a title, in a longer name)
    known: set[str] = set()
    initial: list[int] = []  # indices in out of single-word sentence-initial names
    # those that are also the head of a description ("Bill", "Officials"), and
    # the single words the text uses as a name on their own, not at a sentence's start
    heads: list[int] = []
    alone: set[str] = set()
    # sentence-initial names whose first word has the shape of an adverb or a
    # participle ("Assisting Oliver"): (index in out, the match)
    shaped: list[tuple[int, re.Match[str]]] = []
    # the patterns run only over the text between quotes (a speaker is named
    # outside the marks), so no match is quoted; a match never crosses a
    # mark, so nothing is lost.  The searches around cues below are not
    # confined to those stretches and check with quoted()
    spans_gaps = gaps(qspans, len(text))
    bare_titles = pats.bare_titles
    words_p, opener = pats.words, _SENTENCE_OPENER
    modifier: tuple[int, int] | None = None  # a capitalised modifier left out, and its head's end
    epithet: tuple[int, int] | None = None  # an epithet before a title: its start, the title's
    dateline_end = -1  # the end of the last dateline found
    families: list[int] = []  # indices in out of "the" + a name in -s
    for m in (x for a, b in spans_gaps for x in words_p.name.finditer(text, a, b)):
        raw, raw_title = m.group("name", "title")
        if raw.endswith(_MONTH_SURNAMES) and _DAY_AFTER.match(text, m.end("name")):
            # "met Jan Lee May 3": the month before a day is a date's, no surname
            raw = raw[:raw.rindex(" ")].rstrip() if " " in raw else raw
        info = _analyse_name(raw, raw_title, not_speakers, bare_titles)
        if info is None:
            if raw in _MODAL_NAMES and not raw_title and \
                    _VERB_AFTER_NAME.match(text, m.end("name")):
                # "Will wrote", "May said": a modal's homograph before a past or
                # third-person verb is a name (the modal takes a bare verb or a subject)
                ns = m.start("name")
                out.append(_make_mention(ns, ns + len(raw), raw, "name", raw, None, None, False))
                known.add(raw)
            elif raw in lx.NOT_SPEAKERS and raw not in silenced and not raw_title and \
                    _SAYS_AFTER_OUTLET.match(text, m.end("name")):
                # "CBS said", "Reuters reported": an outlet named as a medium or a
                # listener elsewhere ("told CBS", "on Twitter") speaks as the
                # subject of a verb of saying: a body of its own
                ns = m.start("name")
                out.append(_make_mention(ns, ns + len(raw), raw, "org", raw, None, None, False))
            continue
        name_at = m.start("name")
        if info[0] and not raw_title and (
                raw[:info[0]].rstrip() in _MONTH_GIVEN_NAMES
                and _TEMPORAL_BEFORE.search(text, max(0, name_at - 12), name_at) is None
                # "the March Hare": a month after "the" opens a name, no date
                or raw[:info[0]].rstrip() in _MONTH_WORDS
                and text[max(0, name_at - 4):name_at].lower() == "the "):
            info = _with_given_month(raw, info)  # "Jan Weber", not "in April Koval"
        (head_off, tail_end, name, title, kind, gender, single, words, unnamelike, upper,
         sliced) = info
        ns = name_at + head_off
        ne = name_at + tail_end
        # (a title the analysis read off the name's words: where it stands in them)
        s = m.start("title") if raw_title else (
            text.rfind(title.split(None, 1)[0], name_at, ns) if title else ns)
        if text[s - 1:s] == "(":
            continue  # "(R-Ohio)" is a label
        if s < dateline_end:
            continue  # "Peru" of "LIMA, Peru —": the dateline's, no speaker
        if upper and not title and _opens_sentence(text, s, opener) and \
                (dl := pats.dateline.match(text, ne)) is not None:
            dateline_end = dl.end()
            continue  # "WASHINGTON —", "SPRINGFIELD, Ill. —": a dateline, a place
        # "the Kremlin", "the White House": the determiner is part of the mention
        if kind == "org" and s >= 4 and text[s - 4:s].lower() == "the ":
            s -= 4
        if single:
            if name in _EPITHETS and (t := _TITLED_NEXT.match(text, ne)) is not None:
                # "Young Mr. Dale", "Old Mrs. Briggs": an epithet, no one; the
                # titled name after it opens the sentence with it, in its span
                epithet = s, t.start(1)
                continue
            if name in lx.COMPASS_REGIONS and text[s - 4:s].lower() == "the ":
                continue  # "the South had won": a region
            if name in lx.PERSON_DEMONYMS and not title and text[s - 4:s].lower() == "the " \
                    and (_LOWER_NEXT.match(text, ne) is None
                         or _VERB_AFTER_NAME.match(text, ne) is not None):
                # "the Spaniard said": a description of a person by a nation,
                # no name (before a noun, "the Ethiopian runner", a modifier)
                out.append(_make_mention(s - 4, ne, text[s - 4:ne], "nominal", name, None,
                                         None, False))
                continue
            if name in _MODIFIER_WORDS and _LOWER_NEXT.match(text, ne):
                continue  # "current Democratic presidential nominee": a modifier, no name
            if not title and (h := _HEAD_NEXT.match(text, ne)) is not None \
                    and h.group(1) in _SINGULAR_HEADS:
                # "Foreign ministry spokesman Zhu": a modifier of a description;
                # a titled name right after it begins with it
                modifier = s, h.end()
                continue
            if _opens_sentence(text, s, opener):
                if name.lower() in lx.NOMINAL_HEADS:
                    # "Officials said", "Police said": a description, unless the
                    # text names someone so on its own elsewhere ("said Bill")
                    heads.append(len(out))
                else:
                    initial.append(len(out))
            else:
                known.add(name)
                alone.add(name)
        elif unnamelike and not title and kind == "name" and _opens_sentence(text, s, opener):
            shaped.append((len(out), m))
            known.update(words[1:])
        else:
            known.update(words)
            if kind == "name":
                alone.add(words[0])  # "Bill Jones" … "Bill said": a given name
        if modifier is not None and title and s == modifier[1] + 1 and text[s - 1] == " ":
            title, s = text[modifier[0]:s] + title, modifier[0]
        modifier = None
        if epithet is not None:
            if s == epithet[1]:
                s = epithet[0]  # the span opens on the epithet; the name and title stay
            epithet = None
        if kind == "name" and (not title or title == "Miss") and s >= 4 and name[-1] == "s" \
                and text[s - 4:s].lower() == "the ":
            # "the Rushworths": a family, if Rushworth is a name; "the Miss
            # Dashwoods": the sisters of that name
            families.append(len(out))
        # positional, straight to the record maker (the hottest loop here)
        out.append(_make_mention(s, ne, name if s == ns and sliced else text[s:ne], kind, name,
                                 title, gender, False))
    if heads:
        gone = {i for i in heads if out[i].name not in alone}
        if gone:
            keep = [x for i, x in enumerate(out) if i not in gone]
            # the indices kept in initial and shaped move down past those dropped
            shift = [0] * (len(out) + 1)
            for i in range(len(out)):
                shift[i + 1] = shift[i] + (i in gone)
            initial = [i - shift[i] for i in initial]
            shaped = [(i - shift[i], m) for i, m in shaped]
            families = [i - shift[i] for i in families if i not in gone]
            out = keep
    if families:
        _mark_families(out, families)
    if initial or shaped:
        out = _settle_initials(text, out, initial, shaped, known, pats, not_speakers)
    out = _join_org_names(text, out)
    out = _join_nicknamed(text, quotes, out)
    for m in (x for a, b in spans_gaps for x in pats.pronoun.finditer(text, a, b)):
        ps, pe = m.span()
        if text[ps - 1:ps] in ("’", "'"):
            continue  # an elision: ’em
        word, word_lower, gender, plural = _PRONOUN_INFO[m.group()]
        out.append(_make_mention(ps, pe, word, "pronoun", word_lower, None, gender, plural))
    for q in quotes:
        # "“…,” was her reply.": the owner of a noun of saying after a quote is
        # its speaker, a pronoun resolved as a tag's "she" is (the rule
        # trailing_noun reads it)
        if q.level == 0 and trailing_verb_at(text, q.outer_end) and \
                (t := TRAILING_NOUN.match(text, q.outer_end, q.outer_end + 90)) is not None \
                and t.group("pron"):
            name, gender, plural = _POSSESSIVE_PRONOUNS[t.group("pron")]
            out.append(_make_mention(t.start("pron"), t.end("pron"), t.group("pron"), "pronoun",
                                     name, None, gender, plural))
    for m in (x for a, b in spans_gaps for x in words_p.nominal.finditer(text, a, b)):
        head = m.group("head").lower()
        ms, me = m.span()
        whole = m.group()
        if head in _OWNED_THINGS and m.group("pp") is None and \
                whole.split(None, 1)[0].lower() in _PERSONAL_POSSESSIVES:
            continue  # "sat on the edge of his chair": a seat (a body's is "its chair")
        if whole.endswith(".") and _SENTENCE_STOP.search(whole) is not None:
            # "a spokesman for Acme.": the stop ends the sentence, not an
            # abbreviation ("Acme Corp.", "the U.S.")
            me -= 1
            whole = whole[:-1]
        # the name drops the determiner: "a spokesperson for the ministry"
        det_end = ms + len(whole.split(None, 1)[0]) + 1
        name = text[det_end:me].strip()
        if "\n" in name:
            name = " ".join(name.split())
        gender = "m" if head.endswith("man") and not head.endswith("woman") else (
            "f" if head.endswith("woman") else None)
        out.append(_make_mention(ms, me, whole, "nominal", name, None, gender,
                                 lx.NOMINAL_HEADS.get(head, False)))
    # a description inside a cue of several words ("issued a statement") is
    # part of the cue, not a speaker: "X issued a statement saying “…”"
    inside_cues: list[tuple[int, int]] = []
    # where each mention starts -> its index in out (the cues' readings below look
    # a sentence's opening up here, once each: no scan of out per cue)
    start_at: dict[int, int] = {}
    for k, known_m in enumerate(out):
        start_at.setdefault(known_m.start, k)

    def add(new: Mention) -> None:
        start_at.setdefault(new.start, len(out))
        out.append(new)

    for ci, c in enumerate(cues):
        if " " in c.text and not c.preposition:
            inside_cues.append((c.start, c.end))
        if c.text.endswith("ing") and text[max(0, c.start - 4):c.start].endswith(
                ("as ", "as\t", "as\xa0")) and \
                (cp := _CITED_PRONOUN.search(text, max(0, c.start - 40), c.start)) is not None:
            # "Interfax quoted him as saying": the object pronoun is who said it,
            # a mention of its own (resolved as the subject pronoun would be)
            ps, pe = cp.span("pron")
            name, gender, plural = lx.OBJECT_PRONOUNS[cp.group("pron")]
            add(_make_mention(ps, pe, cp.group("pron"), "pronoun", name, None, gender,
                                     plural))
        elif text[max(0, c.start - 4):c.start].rstrip(" \t\xa0").endswith(("him", "her", "hem")) \
                and (c.text.endswith("ing") or c.text.lower() in lx.CUE_VERBS) and \
                (hp := _PERCEIVED_PRONOUN.search(text, max(0, c.start - 30), c.start)) is not None:
            # "she heard him mutter, “…”", "I heard her saying": the object of a
            # verb of hearing (or of making, letting) is who speaks the verb after it
            ps, pe = hp.span("pron")
            name, gender, plural = lx.OBJECT_PRONOUNS[hp.group("pron")]
            add(_make_mention(ps, pe, hp.group("pron"), "pronoun", name, None, gender, plural))
        if c.preposition and (am := words_p.after_prep_plural.match(text, c.end)) is not None \
                and not quoted(am.start()) and words_p.nominal.match(text, am.start() + 1) is None:
            # "according to officials": the group is the source (a determiner's
            # description, "according to two officials", is found as any other)
            ms = am.start() + len(am.group()) - len(am.group().lstrip())
            add(_make_mention(ms, am.end(), text[ms:am.end()], "nominal",
                                     " ".join(text[ms:am.end()].split()), None, None, True))
            continue
        if c.text.endswith("ing") and text[max(0, c.start - 4):c.start].rstrip(
                " \t\xa0”\"’'").endswith(",") and \
                (s0 := _sentence_start(text, c.start)) is not None and \
                (pm := words_p.plural_subject.match(text, s0, c.start)) is not None and \
                not quoted(s0):
            # "Democrats had sued after Ohio cut the week, saying …": the participle's
            # subject is the main clause's, a group opening the sentence (a bare
            # plural is found only next to a cue, and a subordinate clause's
            # subject, Ohio, would stand in for it); it replaces a capitalised
            # modifier read as a name ("Local" of "Local officials")
            at = start_at.get(s0)
            group = _make_mention(s0, pm.end(), pm.group(), "nominal",
                                  " ".join(pm.group().split()), None, None, True)
            if at is None:
                add(group)
            elif out[at].kind == "name" and out[at].end < pm.end():
                out[at] = group  # (same start: start_at holds)
        if c.preposition or c.text.endswith("ing") or (
                " " in c.text and c.text.rsplit(None, 1)[-1].lower() not in _PARTICLES):
            # "citing a report", "according to", "issued a statement": no
            # description of the speaker stands right before it (a phrasal
            # verb's does: "as one landscaper put it", "a neighbour chimed in")
            continue
        cm = words_p.before_cue.search(text, max(0, c.start - 70), c.start) \
            if _may_precede_cue(text, c.start) else None
        bm = None
        aside_at = -1  # where a phrase set off by commas before the cue starts
        if cm is None and (text[c.start - 2:c.start] == ", " or text[
                max(0, c.start - 8):c.start].endswith(_ASIDE_AUXILIARIES)) and \
                c.text.lower() not in GOING_ON and (aside := _ASIDE_BEFORE_CUE.match(
                    text, max(0, c.start - 120), c.start)) is not None:
            # "The port authority, in a statement, called …": the description
            # that opens the clause, before a phrase set off by commas (not
            # before a participle, whose subject is the main clause's: "entered
            # the room, fresh from the Parsonage, calling out"; nor a thing
            # that goes on: "The motor, loaded with refugees, continued"); or a
            # plural group ("Critics, including the Sierra Club, have called …")
            aside_at = aside.start()
            lo_a = max(0, aside.start() - 70)
            cm = words_p.before_aside.search(text, lo_a, aside.start() + 1)
            if cm is None and _plural_before(text, aside.start(), words_p.plural_heads):
                bm = words_p.plural_before_aside.search(text, lo_a, aside.start() + 1)
            if cm is not None and not (_opens_sentence(text, cm.start(), opener)
                                       or text[cm.start() - 2:cm.start()] in (", ", "; ")):
                cm = None
            if bm is not None and not (_opens_sentence(text, bm.start(), opener)
                                       or text[bm.start() - 2:bm.start()] in (", ", "; ")):
                bm = None
        if cm is not None and _after_preposition_word(text, cm.start()) and \
                (gm := _opening_group(text, cues, ci, words_p, start_at, quoted, out,
                                      singular=True)) is not None:
            # "Proponents of the toll say": a description in the phrase that
            # modifies a group opening the sentence is no subject; the group is
            add(gm)
            continue
        if cm is None and bm is None and _plural_before(text, c.start, words_p.plural_heads):
            bm = words_p.bare_plural.search(text, max(0, c.start - 60), c.start)
            if bm is not None and quoted(bm.start()):
                bm = None
        if cm is None and bm is None and \
                (pp := _pp_after_plural(text, c.start, words_p.plural_heads)) is not None:
            bm = words_p.bare_plural_pp.search(text, max(0, pp - 60), c.start)
        if cm is None and bm is None and \
                (gm := _opening_group(text, cues, ci, words_p, start_at, quoted, out)) is not None:
            add(gm)  # "Experts on North Korea said …"
            continue
        if bm is not None and not quoted(bm.start()):
            # the name drops the quantifier, if any: "Both unions" -> "unions"
            d = text[bm.end("q"):bm.end()] if bm.group("q") and bm.end("q") < bm.end() \
                else bm.group()
            add(_make_mention(bm.start(), bm.end(), bm.group(), "nominal",
                                     " ".join(d.split()), None, None, True))
            continue
        if cm is None and (qm := _quantifier_subject(text, c.start, aside_at)) is not None \
                and not quoted(qm.start()) and (
                    _opens_sentence(text, qm.start(), opener)
                    or _CLAUSE_JOIN_BEFORE.search(text, max(0, qm.start() - 10), qm.start())):
            # "Some said …", "Many, like Ann Lee, say …": a quantifier standing for
            # people, the subject of its clause
            add(_make_mention(qm.start(), qm.end(), qm.group(), "nominal",
                              qm.group().lower(), None, None, True))
            continue
        if cm is None and _share_before(text, c.start) and \
                (sm := words_p.share_before.search(text, max(0, c.start - 50), c.start)) \
                is not None and not quoted(sm.start()):
            add(_make_mention(sm.start(), sm.end(), sm.group(), "nominal",
                                     " ".join(sm.group().split()), None, None, True))
            continue
        if cm is None and (text[max(0, c.start - 3):c.start].rstrip()[-1:] in _TAG_OPENERS or (
                text[c.start - 3:c.start] == "ly " and
                (ly := _LY_BEFORE.search(text, max(0, c.start - 30), c.start)) is not None and
                text[max(0, ly.start() - 3):ly.start()].rstrip()[-1:] in _TAG_OPENERS)):
            # "…,” said another."; "…?” angrily demanded the matron."
            cm = words_p.after_cue.match(text, c.end)
            if cm is not None and cm.group().lstrip().startswith(("that ", "this ")) and \
                    text[max(0, c.start - 3):c.start].rstrip()[-1:] not in _CLOSING_MARKS:
                cm = None  # a demonstrative only in a quote's own tag: "“…,” cried that lady"
            if cm is not None and (cw := _FINITE.search(cm.group())) is not None and (
                    _RELATIVE.search(cm.group(), 0, cw.start()) is None
                    or cm.group().lstrip().startswith(("that", "this"))):
                # "…, said the council would meet": a finite verb that no relative
                # pronoun introduces makes a clause, what was said, not who said it
                cm = None
        if cm is None and "year-old" in text[max(0, c.start - 12):c.start + 24]:
            # "the 29-year-old said", "said the 29-year-old": an age for a
            # person just named (the word patterns read no number as a head)
            cm = _AGE_BEFORE_CUE.search(text, max(0, c.start - 40), c.start) or \
                _AGE_AFTER_CUE.match(text, c.end)
        if cm is None or quoted(cm.start()):
            continue
        phrase = cm.group().split(None, 1)
        # the name drops the determiner, but for "one of them", "one of the women"
        desc = " ".join(phrase[1].split()) if len(phrase) > 1 and not (
            phrase[0].lower() == "one" and phrase[1].startswith("of")) else " ".join(phrase)
        cs = cm.start() + len(cm.group()) - len(cm.group().lstrip())
        if cm.start() < c.start and desc.lower() == "one" and not (
                _opens_sentence(text, cs)
                or text[max(0, cs - 4):cs].rstrip()[-1:] in ("”", '"', "’", "'", "»")):
            continue  # "no one spoke", "what one called": the generic or indefinite pronoun
        if _phrase_head(desc) in lx.SOUND_MAKERS:
            continue  # "The dog barked.", "hissed the kettle": a sound, no speaker
        add(_make_mention(cs, cm.end(), text[cs:cm.end()], "nominal", desc, None, None,
                                 desc.lower().endswith("s")))
    if inside_cues:
        out = [x for x in out if x.kind != "nominal" or not any(
            a <= x.start and x.end <= b for a, b in inside_cues)]
    # in text order, the longer of two mentions that start together first: two
    # stable sorts by C-level keys (the end, longest first; then the start) give
    # the order of one sort by (start, -end), ties kept in the order found
    out.sort(key=_END, reverse=True)
    out.sort(key=_START)
    # keep the longest of overlapping mentions (a name inside a nominal's
    # prepositional phrase stays: "a spokesperson for the Foreign Ministry")
    kept: list[Mention] = []
    for x in out:
        if kept and x.start < kept[-1].end:
            prev = kept[-1]
            if x.kind == "name" and prev.kind == "nominal" and x.end > prev.end:
                # "Ohio’s party chief Ann Lee": the description runs into the name
                # it introduces; the name (with its role) is the mention
                kept[-1] = x
                continue
            if x.kind in ("name", "org") and prev.kind == "nominal" and \
                    x.start >= prev.end - len(x.text) and \
                    text[max(prev.start, x.start - 6):x.start] in (" from ", "\nfrom ") and \
                    prev.name.split(None, 1)[0].lower() in _MESSAGES:
                # "the message from Mayor Linda Chu": the words' source is the
                # person, whom the message only carries
                kept[-1] = x
                continue
            if x.kind == "name" and prev.kind == "nominal" and x.start >= prev.end - len(x.text):
                continue
            if x.end - x.start > prev.end - prev.start and x.start == prev.start:
                kept[-1] = x
            continue
        kept.append(x)
    return kept
