"""What the sieve's rules read: the document's records, indexed, and the decisions so far.

:class:`Context` is made once per document.  Its lookups (mentions, cues and
sentences by position; the stretch around a quote that may hold its cue; the
subject of a cue) are read-only; the only thing that grows while the sieve
runs is ``decided``, which the engine fills and the propagation rules read.
Coreference is done before the sieve (:mod:`quoteattr._discourse`): here a
pronoun's entity is looked up, not worked out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from . import _constants as k
from . import _lexicon as lx
from ._clauses import ADVERB, clause_opening, subject_gap, subject_gap_match
from ._clauses import SUBORDINATORS as _SUBORDINATORS
from ._cues import Cue, CuePatterns, build_cue_patterns
from ._discourse import Coreference
from ._exchanges import Exchanges
from ._model import Mention, Paragraph, Quote, Sentence
from ._sieve import Fire, Rule
from ._speakers import Entity

__all__ = ["Context"]

#: a preposition right before a mention: it is an oblique, never a subject
_OBLIQUE = regex.compile(r"\b(?:of|for|at|in|from|with|to|by|on|about|against|near)[ \t\xa0\n]+$",
                         regex.REVERSE)
#: a preposition between two mentions: the second modifies the first
_PP_GAP = re.compile(r"[ \t\xa0\n]++(?:(?:familiar|close|knowledgeable|[a-z]+ed)[ \t\xa0\n]++)?"
                     r"(?:of|for|to|at|from|with|in|on)[ \t\xa0\n]++")
#: a possessor's ending: "The Post’s Ann Lee"
_POSSESSOR = re.compile(r"[’']s?[ \t\xa0]++")
#: after a name: a possessive and a lower-case word, the head it determines
#: (``Reed’s rival``, ``Reed’s longtime rival``)
_POSSESSED = re.compile(_POSSESSOR.pattern + "[a-z]")
#: a coordinating conjunction right before a verb: "… and said", "but added"
_COORDINATED = regex.compile(
    r"\b(?:and|but|then|or)(?:[ \t\xa0]+(?:\p{Ll}+ly[ \t\xa0]+)?|(?=,))"
    # a participle's phrase set off before the verb: "and, advancing to the bed, said"
    r"(?:,?[ \t\xa0]*\p{Ll}+ing\b[^,;:.!?“”\"\n]{0,40},[ \t\xa0]*)?$", regex.REVERSE)
#: what a stretch that _COORDINATED matches at the end of ends with, its spaces
#: taken off: a conjunction, an -ly adverb, or the comma after a participle's phrase
_COORDINATED_ENDS = ("and", "but", "then", "or", "ly", ",")


def _coordinated(text: str, a: int, b: int) -> bool:
    """``_COORDINATED.search(text, a, b)``, run only where the stretch ends as
    a match must (:data:`_COORDINATED_ENDS`): most cues follow a name."""
    if not text[a:b].rstrip(" \t\xa0\n").endswith(_COORDINATED_ENDS):
        return False
    return _COORDINATED.search(text, a, b) is not None


#: a capitalised word (of a name spoken inside a quote)
_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}++\b")
#: one right before a clause's subject
_SUBORDINATOR = regex.compile(
    rf"(?<!\p{{L}})(?i:{'|'.join(_SUBORDINATORS)}|whilst|till|whenever|unless)[ \t\xa0]++$")
#: a closing quote mark right before a tag: "“…,” said Mr. Park, adding …"
#: ``quoted X as saying``, ``cited X as warning``: the person between the verb
#: of citing and ``as`` is the participle's subject (wire copy's way of
#: reporting what another outlet reported someone said).
_AS_BEFORE = re.compile(r"[ \t\xa0]++as[ \t\xa0]++$")
_CITED_BY = regex.compile(rf"\b(?:{'|'.join(lx.CITING_VERBS)})[ \t\xa0]++$", regex.IGNORECASE)
_QUOTE_CLOSED = regex.compile(r"[”\"’'»][ \t\xa0]*$", regex.REVERSE)
#: a relative pronoun, then the words of its clause before a mention (at least one,
#: its verb: "who study towns like"), no comma or stop between; searched backwards
_RELATIVE_BEFORE = regex.compile(
    r"(?<=[ \t\xa0\n])(?:who|that)[ \t\xa0\n]+(?:\p{Ll}[\p{L}’'\-]*[ \t\xa0\n]+){1,6}$",
    regex.REVERSE)  # (no possessive quantifier: read backwards, it would eat the \p{Ll})
_RELATIVE_REACH = 80
#: a lower-case word right after a mention: the verb it is the subject of
_FINITE_VERB = regex.compile(
    rf"(?:,[^.!?;:“”\"\n]{{1,{k.SUBJECT_APPOSITIVE}}}?,"
    # the place a person is of: "Senator Bernie Sanders of Vermont endorsed"
    rf"|[ \t\xa0]++of[ \t\xa0]++\p{{Lu}}[\p{{L}}.]*+(?:[ \t\xa0]++\p{{Lu}}[\p{{L}}.]*+){{0,2}})?"
    rf"[ \t\xa0]++(\p{{Ll}}{{2,}}+)\b")
#: a description whose head a prepositional phrase follows, before an
#: appositive name: "the head of the agency, Ann Lee," (the head is "head")
_PP_DESCRIPTION = regex.compile(
    r"\b(\p{Ll}[\p{L}\-]*)[ \t\xa0\n]+(?:of|for|at|to|from|in|with|on)[ \t\xa0\n]+"
    r"[^,.;:!?“”\"\n]{1,60}?,[ \t\xa0\n]*$", regex.REVERSE)
#: heads of a person's description before such a phrase ("head of", "chief of")
_ROLE_BEFORE_PP = lx.PERSON_HEADS | frozenset(r.lower() for r in lx.ROLE_NOUNS) | {"head"}
#: a relative pronoun right before a cue, perhaps with adverbs or auxiliaries
#: between (``… who has repeatedly said``, ``a letter that says``)
_REL_BEFORE_CUE = regex.compile(
    rf"(?<![\p{{L}}’'])(?P<rel>who|which|that)[ \t\xa0\n]++(?:{ADVERB}[ \t\xa0\n]++)*+$")
#: a comma between a description and the name in apposition to it
_COMMA_GAP = re.compile(r",[ \t\xa0\n]*+")
#: what may stand right before a clause's subject (a hyphen spaced on both
#: sides is wire copy's dash: "BEIJING (Reuters) - The ministry …")
_CLAUSE_START = regex.compile(
    rf"(?:^|[,;:—–(]|--|[ \t\xa0]-|\b(?:and|but|so|then|{'|'.join(_SUBORDINATORS)})"
    r"|\p{L}[’']s?)[ \t\xa0\n]*$", regex.REVERSE)
#: the common noun ending a person's description before an appositive name:
#: "her senior adviser, Tom Reed, said" (not "Columbus, Ohio," nor "the paper, The Sun,")
_DESCRIPTION_COMMA = r"\b(\p{Ll}[\p{L}\-]*),[ \t\xa0\n]*"
_DESCRIPTION_END = regex.compile(rf"{_DESCRIPTION_COMMA}$", regex.REVERSE)
#: the same before a titled name whose role has words of its own in lower case, which
#: the name's mention leaves out: "her main rival, opposition leader Ann Lee, said"
_DESCRIPTION_END_MODIFIED = regex.compile(
    rf"{_DESCRIPTION_COMMA}(?:\b\p{{Ll}}[\p{{L}}\-]*[ \t\xa0]+){{1,2}}$", regex.REVERSE)
#: How far back the patterns anchored at a position's end look (a backwards
#: search tries every position of its stretch: bounded, it stays linear)
_BACK = 20
#: a role before a name after its cue ("said former Utah governor Ann Lee"); not a
#: clause or a phrase ("suggests that Phoenix …", "offered at the GOP meeting"),
#: and no verb, comparison or negation anywhere in it: a role is words of a
#: description, and "said the problem was broader than Velmar" reports a clause
#: that ends on a name; an age is one of its words ("said 17-year-old Aiden Cho",
#: "said 70-year-old resident Joe Kinsella")
_ROLE_GAP = regex.compile(
    r"(?!(?:that|whether|if|how|what|why|when|where|who|it|he|she|they|we|there|this|these"
    r"|those|his|her|their|its|at|in|on|by|for|to|from|with|of|about|over|under|after|before)"
    r"\b)(?:(?!(?:is|was|were|are|be|been|has|had|have|will|would|could|should|can|may"
    r"|might|must|did|does|do|than|not|that|it|he|she|they|we|there|which|whether)\b)"
    rf"(?:\d{{1,3}}-year-old|[\p{{L}}\-.’']++)[ \t\xa0]++){{1,{k.ROLE_WORDS}}}$")


#: a passive auxiliary right before a cue (``was told``, ``being asked``,
#: ``were quickly dismissed``), and the words a stretch it matches at the end of
#: ends with (a look at the string before the pattern runs)
_PASSIVE_AUX = regex.compile(
    rf"\b(?:{'|'.join(lx.PASSIVE_AUXILIARIES)})[ \t\xa0\n]++(?:\p{{Ll}}+ly[ \t\xa0\n]++)?$")
_PASSIVE_ENDS = (*lx.PASSIVE_AUXILIARIES, "ly")


#: a phrase set off by two commas (or a comma and a dash) between a mention and
#: the verb after it: ``Marianne, who had not moved, said``; not ``Marianne,
#: who said`` (the relative's verb is the cue)
_SET_OFF = regex.compile(r",[^,;:.!?“”\"\n]++[,—–][ \t\xa0\n]*+(?:\p{Ll}+ly[ \t\xa0\n]++)?$")
#: after a clause's subject: a comma and a participle (``, glancing``, ``, alarmed``)
_PARTICIPLE_AFTER = regex.compile(
    r",[ \t\xa0\n]++(?:\p{Ll}++ly[ \t\xa0\n]++)?(\p{Ll}++)\b")


class Context:
    """One document as the rules see it (see the module docstring)."""

    def __init__(self, text: str, paragraphs: Sequence[Paragraph],
                 sentences: Sequence[Sentence], quotes: Sequence[Quote],
                 mentions: Sequence[Mention], cues: Sequence[Cue], entities: Sequence[Entity],
                 entity_of: Sequence[int | None], coref: Coreference,
                 cue_patterns: CuePatterns | None = None) -> None:
        self.text, self.paragraphs, self.sentences = text, paragraphs, sentences
        self.quotes, self.mentions, self.cues = quotes, mentions, cues
        self.entities, self.entity_of, self.coref = entities, entity_of, coref
        #: the share of the outermost quotes standing in dialogue (made when first asked)
        self.dialogue_share: float | None = None
        #: the cue pattern, for reading cues inside quotes (nested quotes)
        self.cue_patterns = cue_patterns or build_cue_patterns()
        #: (rule, fire) per quote once decided; filled by the engine
        self.decided: list[tuple[Rule[Context], Fire] | None] = [None] * len(quotes)
        self.m_starts = [m.start for m in mentions]
        self.c_starts = [c.start for c in cues]
        self.s_starts = [s.start for s in sentences]
        self._who: dict[int, tuple[int | None, int | None]] = {}
        #: subject_of's answers, by (cue start, lo, strict)
        self._subjects: dict[tuple[int, int, bool, bool], tuple[int, float] | None] = {}
        #: verb_subject's answers, by (first cue, last cue + 1, lo)
        self._verb_subjects: dict[tuple[int, int, int], tuple[int, float] | None] = {}
        self._exchanges: Exchanges | None = None
        self._quoted_words: frozenset[str] | None = None
        self._name_words: dict[int, frozenset[str]] = {}
        #: entity -> whether it is a title standing for one person (``the
        #: Colonel``; ``quoteattr._exchanges.title_person``'s memo)
        self.title_people: dict[int, bool] = {}
        # the quote each quote stands inside (one pass with a stack of ends)
        self.parent: list[int | None] = []
        open_: list[int] = []
        for i, q in enumerate(quotes):
            while open_ and quotes[open_[-1]].outer_end <= q.outer_start:
                open_.pop()
            self.parent.append(open_[-1] if open_ else None)
            open_.append(i)
        self.last_in_paragraph: dict[int, int] = {}
        self.first_in_paragraph: dict[int, int] = {}
        for i, q in enumerate(quotes):
            if q.level == 0:
                self.last_in_paragraph[q.paragraph] = i
                self.first_in_paragraph.setdefault(q.paragraph, i)

    def name_words(self, e: int) -> frozenset[str]:
        """The words of entity ``e``'s names, lower case (read once per entity:
        an entity holds one name per mention)."""
        words = self._name_words.get(e)
        if words is None:
            words = self._name_words[e] = frozenset(
                w.lower() for n in set(self.entities[e].names) for w in n.split())
        return words

    def release_indexes(self) -> None:
        """Drop the lookup tables once every decision is made (what is left to
        read is ``decided`` and the memoised speakers): less held at the peak."""
        self.m_starts = self.c_starts = self.s_starts = []
        self._subjects = {}
        self._verb_subjects = {}
        self.parent = []
        self.last_in_paragraph, self.first_in_paragraph = {}, {}

    @property
    def exchanges(self) -> Exchanges:
        """The exchange model, made the first time a rule asks for it: by then the
        clause rules have run over every quote, so the tagged turns are known."""
        if self._exchanges is None:
            self._exchanges = Exchanges(self)
        return self._exchanges

    def quoted_word(self, word: str) -> bool:
        """Whether the capitalised ``word`` stands inside a quote (``“You mean me,
        Baddeley?”``): someone speaks of or to a name so written.  The words are
        read once, over every outermost quote, when first asked."""
        if self._quoted_words is None:
            text = self.text
            self._quoted_words = frozenset(
                w for q in self.quotes if q.level == 0
                for w in _CAPITALISED.findall(text, q.start, q.end))
        return word in self._quoted_words

    # -- who is who ----------------------------------------------------------
    def entity(self, mi: int) -> int | None:
        """The entity of mention ``mi``; a pronoun's is its antecedent's."""
        if self.mentions[mi].kind != "pronoun":
            return self.entity_of[mi]
        return self.coref.resolved[mi]

    def named(self, eid: int | None, mi: int | None) -> int | None:
        """The entity to report for a speaker found as ``(eid, mi)``: a bare
        description that the discourse model tied to the one named person of
        its gender in the scene (``said the girl``) is that person.  (Only the
        output is renamed: the rules and the exchange model read the description
        as a participant of its own.)"""
        if mi is not None and self.mentions[mi].kind == "nominal":
            r = self.coref.resolved[mi]
            if r is not None and eid == self.entity_of[mi]:
                return r
        return eid

    def speaker_entity(self, qi: int) -> tuple[int | None, int | None]:
        """(entity, mention) of a decided quote, following ``speaker_from`` links.

        A link always points to a quote decided earlier, and decisions are
        final, so results are memoised and every chain is walked once."""
        if qi in self._who:
            return self._who[qi]
        dec = self.decided[qi]
        if dec is None:
            return None, None
        d = dec[1]
        res: tuple[int | None, int | None] = (None, None)
        if d.mention is not None:
            res = (self.entity(d.mention), d.mention)
        elif d.entity is not None:
            res = (d.entity, None)
        elif d.speaker_from is not None:
            res = self._who.get(d.speaker_from) or self.speaker_entity(d.speaker_from)
        self._who[qi] = res
        return res

    def turn(self, qi: int, paragraph: int) -> int | None:
        """The last outermost quote of an earlier ``paragraph`` (a dialogue turn)."""
        j = self.last_in_paragraph.get(paragraph)
        return j if j is not None and j < qi else None

    def strong(self, qj: int) -> bool:
        """Quote ``qj`` was decided surely enough to pass its speaker on."""
        d = self.decided[qj]
        return d is not None and d[1].confidence >= k.PROPAGATION_THRESHOLD and (
            d[1].mention is not None or d[1].speaker_from is not None)

    # -- lookups -----------------------------------------------------------
    def mention_at(self, pos: int) -> int | None:
        i = bisect_left(self.m_starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return i
        return None

    def oblique(self, mi: int) -> bool:
        """Whether mention ``mi`` follows a preposition (``in Leeds``, ``of the council``)."""
        m = self.mentions[mi]
        return bool(_OBLIQUE.search(self.text, max(0, m.start - 12), m.start))

    def mention_at_end(self, pos: int) -> int | None:
        """The mention that ends at ``pos`` (``Roe`` before ``’s claim``), if one does."""
        i = bisect_left(self.m_starts, pos) - 1
        if i >= 0 and self.mentions[i].end == pos:
            return i
        return None

    def mentions_in(self, lo: int, hi: int) -> range:
        return range(bisect_left(self.m_starts, lo), bisect_left(self.m_starts, hi))

    def cues_in(self, lo: int, hi: int) -> range:
        return range(bisect_left(self.c_starts, lo), bisect_left(self.c_starts, hi))

    def cue_at(self, pos: int) -> Cue | None:
        i = bisect_left(self.c_starts, pos)
        if i < len(self.cues) and self.cues[i].start == pos:
            return self.cues[i]
        return None

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.s_starts, pos) - 1
        if i < 0:
            return 0, 0
        return self.sentences[i].start, self.sentences[i].end

    def para(self, q: Quote) -> Paragraph:
        return self.paragraphs[q.paragraph]

    # -- the clause around a quote ------------------------------------------
    def before_lo(self, qi: int) -> int:
        """Start of the stretch before quote ``qi`` that may hold its cue."""
        q = self.quotes[qi]
        # cues and mentions inside quotes are not indexed, so the stretch may
        # run over an earlier quote: "“A,” Roe said, “B.”" gives B its cue
        return max(self.para(q).start, self.sentence_bounds(q.outer_start)[0])

    def after_hi(self, qi: int) -> int:
        """End of the stretch after quote ``qi`` that may hold its cue."""
        q = self.quotes[qi]
        hi = self.para(q).end
        nxt = self.next_outer(qi)
        if nxt is not None and self.quotes[nxt].paragraph == q.paragraph:
            hi = min(hi, self.quotes[nxt].outer_start)
        return hi

    def prev_outer(self, qi: int) -> int | None:
        j = qi - 1
        while j >= 0 and self.quotes[j].level > 0:
            j -= 1
        return j if j >= 0 else None

    def next_outer(self, qi: int) -> int | None:
        j = qi + 1
        while j < len(self.quotes) and self.quotes[j].level > 0:
            j += 1
        return j if j < len(self.quotes) else None

    def subject_of(self, cue: Cue, lo: int, strict: bool = False,
                   appositive: bool = False) -> tuple[int, float] | None:
        """The mention that is the subject of ``cue``, looking back to ``lo``:
        the one right before it, else (unless ``strict``) the one opening the
        clause.  An appositive name closing just before the cue (``her aide, Tom
        Reed, said``) is read when not ``strict``, or when ``appositive``.

        Remembered per (cue, ``lo``, ``strict``, ``appositive``): the quotes'
        rules and the report rules ask it of the same cues, and the answer reads
        only the text and the mentions, which do not change while the rules run."""
        key = (cue.start, lo, strict, appositive)
        if key in self._subjects:
            return self._subjects[key]
        found = self._subjects[key] = self._subject_of(cue, lo, strict, appositive)
        return found

    def passive(self, cue: Cue, lo: int) -> bool:
        """``cue`` is a passive participle (``was told``, ``being asked``, ``were
        quickly dismissed``; not ``was saying``), its auxiliary after ``lo``."""
        text = self.text
        return not cue.text.endswith("ing") and text[max(lo, cue.start - 9):cue.start].rstrip(
            " \t\xa0\n").endswith(_PASSIVE_ENDS) and \
            _PASSIVE_AUX.search(text, max(lo, cue.start - 20), cue.start) is not None

    def _subject_of(self, cue: Cue, lo: int, strict: bool,
                    appositive: bool = False) -> tuple[int, float] | None:
        rng = self.mentions_in(lo, cue.start)
        text = self.text
        if self.passive(cue, lo):
            # "Ashby was told", "without being asked": a passive's subject was
            # spoken to, and said nothing
            return None
        first = True  # the mention right before the verb
        for i in reversed(rng):
            m = self.mentions[i]
            if m.end > cue.start:
                continue
            if cue.start - m.end > k.SUBJECT_REACH:
                break
            if (not first or m.kind == "pronoun" and m.name == "it") and \
                    _OBLIQUE.search(text, max(lo, m.start - _BACK), m.start):
                # "the editor of the paper, Ann Lee, said": an oblique is no
                # subject; nor is "it" after a preposition, in a phrase set off
                # before the verb ("Julia, appearing at it, …, exclaimed"; "he",
                # "she" after "for" are subjects: "for she exclaimed")
                continue
            if subject_gap(text, m.end, cue.start):
                if _SET_OFF.search(text, m.end, cue.start) is not None and \
                        not clause_opening(text, lo, m.start) and \
                        (j := self._participle_opener(lo, m.start)) is not None:
                    # "Elinor, glancing at Marianne, who had not moved, said": the
                    # one named in a participle's phrase after the subject, set
                    # off with a clause of its own, is the participle's object
                    return j, 1.0
                if first and i > rng.start:
                    # "an aide to the mayor would say": the mayor modifies the aide
                    p = self.mentions[i - 1]
                    g = _PP_GAP.fullmatch(text, p.end, m.start)
                    if g is not None and p.kind != "pronoun":
                        return i - 1, 1.0
                    # "Economists who study towns like Ashby say": Ashby stands in
                    # the relative clause of the group before it, whose verb it is not
                    if (a := self._relative_antecedent(i, lo)) is not None:
                        return a, 1.0
                return i, 1.0
            first = False
            # an appositive name closing just before the verb: "her aide, Tom Reed, said"
            # (not before a participle: "wrote to his aide, Ann Lee, calling …" is the writer's)
            if strict and not appositive:
                break
            if text[m.end:m.end + 1] == "," and subject_gap(text, m.end + 1, cue.start):
                if m.kind == "name" and text[max(lo, m.start - 7):m.start] == " named ":
                    # "Her neighbour, a ferryman named Alf Rudd, said" (not "called",
                    # a verb of saying too: measured, it moved the check set down)
                    return i, 1.0
                head = _DESCRIPTION_END.search(text, max(lo, m.start - 2 * _BACK), m.start)
                if head is None and m.title:
                    head = _DESCRIPTION_END_MODIFIED.search(text, max(lo, m.start - 3 * _BACK),
                                                            m.start)
                if head is not None and head.group(1).lower() not in lx.NOT_PERSON_HEADS:
                    return i, 1.0
                if m.kind == "nominal" and appositive and i > rng.start and \
                        self.mentions[i - 1].kind == "name" and not m.plural and \
                        _COMMA_GAP.fullmatch(text, self.mentions[i - 1].end, m.start) and \
                        m.name.split(None, 1)[0].lower() in lx.PERSON_HEADS:
                    return i - 1, 1.0  # "Ann Lee, a spokeswoman for the ministry, said"
                if m.kind == "name":
                    if i > rng.start and self._apposed_to_person(i - 1, m.start):
                        return i, 1.0  # "a spokeswoman for the ministry, Ann Lee, said"
                    pp = _PP_DESCRIPTION.search(text, max(lo, m.start - 2 * _BACK), m.start)
                    if pp is not None and pp.group(1) in _ROLE_BEFORE_PP:
                        return i, 1.0  # "the head of the agency, Ann Lee, said"
            if strict:
                break
            # else the mention may stand inside an appositive or a relative clause
            # of the subject ("Bay Ruiz, treasurer of Roe's campaign, called"): an
            # earlier mention is the subject if the whole stretch fits SUBJ_GAP
        if strict:
            return None
        # fall back on the first mention of the clause when it opens it
        for i in rng:
            m = self.mentions[i]
            if m.end <= cue.start and clause_opening(self.text, lo, m.start):
                return i, k.SUBJECT_BY_PLACE
            break
        return None

    def _participle_opener(self, lo: int, hi: int) -> int | None:
        """The mention opening the clause at ``lo`` (before ``hi``) when a
        participle's phrase set off by a comma follows it (``Elinor, glancing at
        …``, ``Mr. Lee, alarmed by …``); else None.  A semicolon or a colon
        before ``hi`` opens the clause (``…; but Mary, looking at …``)."""
        lo = max(lo, self.text.rfind(";", lo, hi) + 1, self.text.rfind(":", lo, hi) + 1)
        for i in self.mentions_in(lo, hi):
            m = self.mentions[i]
            if m.kind == "pronoun" and m.name not in ("he", "she", "they") or \
                    not clause_opening(self.text, lo, m.start):
                return None
            p = _PARTICIPLE_AFTER.match(self.text, m.end, hi)
            return i if p is not None and len(p.group(1)) > 4 and \
                p.group(1).endswith(("ing", "ed")) else None
        return None

    def _relative_antecedent(self, mi: int, lo: int) -> int | None:
        """The mention whose relative clause mention ``mi`` stands in, the clause
        running on to the verb after ``mi`` (``Economists who study towns like
        Ashby say``: Economists): the mention right before a *who* or *that*
        between which and ``mi`` a word of the clause stands, with no comma or
        stop between; None if there is none."""
        text, m = self.text, self.mentions[mi]
        r = _RELATIVE_BEFORE.search(text, max(lo, m.start - _RELATIVE_REACH), m.start)
        if r is None:
            return None
        for j in range(mi - 1, -1, -1):
            p = self.mentions[j]
            if p.end <= r.start():
                if p.kind in ("nominal", "name") and not text[p.end:r.start()].strip():
                    return j
                return None
        return None

    def _apposed_to_person(self, pi: int, pos: int) -> bool:
        """Mention ``pi`` is a person's description that a comma joins to what
        starts at ``pos`` (its head is the first word: ``spokeswoman for the ministry``)."""
        p = self.mentions[pi]
        return p.kind == "nominal" and not p.plural and \
            _COMMA_GAP.fullmatch(self.text, p.end, pos) is not None and \
            p.name.split(None, 1)[0].lower() in lx.PERSON_HEADS

    def appositive_name(self, mi: int, hi: int) -> int | None:
        """The name set off by commas right after description ``mi``, before
        ``hi`` (``Reed's lawyer, Ann Lee, said``): the person it describes."""
        m = self.mentions[mi]
        if m.kind != "nominal" or m.plural or mi + 1 >= len(self.mentions):
            return None
        n = self.mentions[mi + 1]
        if n.kind != "name" or n.end >= hi or self.text[n.end:n.end + 1] != "," or \
                _COMMA_GAP.fullmatch(self.text, m.end, n.start) is None:
            return None
        return mi + 1

    def verb_subject(self, rng: range, lo: int) -> tuple[int, float] | None:
        """The subject of the last cue of ``rng`` (cue indexes), looking back to
        ``lo``; a participle (``…, Law said, noting that …``) shares its clause's
        subject: an earlier cue's, else the clause's first mention.

        Remembered per (``rng``, ``lo``), as :meth:`subject_of` is: the quotes'
        rules and the report rules ask it of the same verbs, and it reads only
        the text, the cues and the mentions."""
        key = (rng.start, rng.stop, lo)
        if key in self._verb_subjects:
            return self._verb_subjects[key]
        found = self._verb_subjects[key] = self._verb_subject(rng, lo)
        return found

    def _verb_subject(self, rng: range, lo: int) -> tuple[int, float] | None:
        c = self.cues[rng[-1]]
        # a participle, or a verb coordinated with an earlier one ("he called her
        # “weak” and said …"), shares its subject with the verb before it
        participle = c.text.endswith("ing") or _coordinated(self.text, max(lo, c.start - 80),
                                                            c.start)
        if participle and (cited := self.cited_as(lo, c.start)) is not None:
            return cited, 1.0
        s = self.subject_of(c, lo, strict=participle)
        j = len(rng) - 1
        while s is None and participle and j > 0 and len(rng) - j < k.PARTICIPLE_CHAIN:
            j -= 1
            prev = self.cues[rng[j]]
            s = self.subject_of(prev, lo, strict=True)
            if s is not None and _SUBORDINATOR.search(
                    self.text, max(lo, self.mentions[s[0]].start - 12), self.mentions[s[0]].start):
                # "As the young woman spoke, he rose, and … said": past a verb of
                # a subordinate clause, a main clause's subject is the one shared
                main = self.finite_subject(prev.end, c.start)
                if main is not None:
                    s = main
                    break
            if s is None and not prev.preposition \
                    and _QUOTE_CLOSED.search(self.text, max(lo, prev.start - _BACK), prev.start):
                # an inverted tag before it: "said Mr. Park, adding that …"
                mi = self.mention_after_cue(prev, c.start)
                if mi is not None and self.mentions[mi].kind != "pronoun":
                    s = mi, 1.0
        if s is None and participle:
            s = self.clause_subject(lo, c.start) or self.finite_subject(lo, c.start)
        elif participle and s is not None:
            m = self.mentions[s[0]]
            if m.kind == "nominal" and m.name.rsplit(None, 1)[-1].lower() in lx.DOCUMENT_HEADS:
                # "Roe released a statement saying …", "sent an email calling …": the
                # document is the object of the clause's verb; its issuer is the source
                opener = self.clause_subject(lo, m.start) or self.finite_subject(lo, m.start)
                if opener is not None:
                    s = opener
        return s

    def cited_as(self, lo: int, hi: int) -> int | None:
        """The mention ``X`` of ``quoted X as`` (or ``cited``) that ends just
        before ``as`` and the participle at ``hi``, else None."""
        text = self.text
        a = _AS_BEFORE.search(text, max(lo, hi - 8), hi)
        if a is None:
            return None
        rng = self.mentions_in(max(lo, hi - k.SUBJECT_REACH), hi)
        if not rng:
            return None
        mi = rng[-1]
        m = self.mentions[mi]
        if m.end != a.start() or _CITED_BY.search(text, max(lo, m.start - 16), m.start) is None:
            return None
        return mi

    def relative_span(self, mi: int, cue: Cue, wide: bool = False) -> tuple[int, int] | None:
        """Where a relative pronoun stands for mention ``mi`` as the cue's subject
        (``Orlov, who said``): the span of ``who``, else None.  ``wide``: also a
        relative pronoun right before the cue when the subject was reached over a
        phrase (``Lee, an adviser who said``; read for reported speech, whose
        annotated sources are such pronouns)."""
        end = self.mentions[mi].end
        if not self.text[end:cue.start].strip():
            return None  # "Roe said": only spaces between, no pronoun
        g = subject_gap_match(self.text, end, cue.start)
        if g is not None and g.start("rel") >= 0:
            return g.span("rel")
        if wide and g is None and end < cue.start:
            # the subject reached over a phrase ("Lee, an adviser who has long
            # said", "voters who said"): the relative pronoun right before the cue
            # (searched only where one of its words stands before the cue)
            lo = max(end, cue.start - k.SUBJECT_REACH)
            text = self.text
            if text.find("who", lo, cue.start) >= 0 or text.find("that", lo, cue.start) >= 0 \
                    or text.find("which", lo, cue.start) >= 0:
                r = _REL_BEFORE_CUE.search(text, lo, cue.start)
                if r is not None:
                    return r.span("rel")
        return None

    def finite_subject(self, lo: int, hi: int) -> tuple[int, float] | None:
        """The subject of the nearest finite verb before ``hi``: the last mention
        of ``[lo, hi)`` (within :data:`~quoteattr._constants.SUBJECT_REACH` of
        ``hi``) that opens a clause and that a verb follows (``…, Lee rallied
        voters by warning``); an object or an oblique is no subject."""
        text = self.text
        for i in reversed(self.mentions_in(max(lo, hi - k.SUBJECT_REACH), hi)):
            m = self.mentions[i]
            if m.end > hi or m.kind == "pronoun" and m.name.lower() not in ("he", "she", "they"):
                continue
            if m.start > lo and m.kind != "pronoun" \
                    and not _CLAUSE_START.search(text, max(lo, m.start - _BACK), m.start):
                # an object or an oblique: "urged a strong stand, saying" (a
                # subject pronoun is a subject by its case: "Before the child
                # was born he gave her a kiss, and said")
                continue
            v = _FINITE_VERB.match(text, m.end, hi)
            if v is not None and (v.group(1).lower() not in lx.NOT_NAME_WORDS
                                  or v.group(1) in lx.AUXILIARIES):
                return i, k.SUBJECT_BY_PLACE  # (a modal or auxiliary is finite: "they will hold")
        return None

    def clause_subject(self, lo: int, hi: int) -> tuple[int, float] | None:
        """The mention that opens the clause ``[lo, hi)``, if one does."""
        rng = self.mentions_in(lo, hi)
        for i in rng:
            m = self.mentions[i]
            if m.end <= hi and clause_opening(self.text, lo, m.start):
                g = _POSSESSOR.match(self.text, m.end)
                if g is not None and i + 1 < rng.stop and self.mentions[i + 1].start == g.end() \
                        and self.mentions[i + 1].end <= hi:
                    return i + 1, k.SUBJECT_BY_PLACE  # "The Post’s Ann Lee": the head
                return i, k.SUBJECT_BY_PLACE
            break
        return None

    def mention_after_cue(self, cue: Cue, hi: int) -> int | None:
        """The speaker named right after a cue: ``said Roe``, ``according to Roe``."""
        pos = cue.end
        while pos < hi and self.text[pos] in " \t\xa0\n":
            pos += 1
        i = self.mention_at(pos)
        if i is not None and self.mentions[i].end <= hi:
            m = self.mentions[i]
            if m.kind != "pronoun" and _POSSESSED.match(self.text, m.end, hi) is not None:
                return None  # "said Reed’s rival": Reed is the rival's, and no speaker
            return i
        # a role before the name: "said former Utah governor Ann Lee"
        for i in self.mentions_in(pos, min(hi, pos + k.ROLE_REACH)):
            m = self.mentions[i]
            if m.kind in ("name", "org") and _ROLE_GAP.match(self.text, pos, m.start):
                return i
            break
        return None
