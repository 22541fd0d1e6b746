"""Attribution: an ordered sieve of small named rules, highest precision first.

Each rule looks at one quote and its surroundings (the paragraph, the
sentence, the speech cues and the mentions found by earlier stages) and
either decides (a mention, a cue, a confidence) or passes.  The first rule
that fires decides.  Rules that propagate a speaker from a neighbouring quote
run after the rules that read the quote's own clause, over all quotes, as in
the sieves of Muzny et al. (2017) and CoreNLP.

Pronoun mentions are resolved last, in text order, to the most recent
compatible entity in subject position (not simply the nearest name).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs
import regex

from . import _lexicon as lx
from ._cues import Cue, CuePatterns, build_cue_patterns
from ._model import Attribution, Mention, Paragraph, Quote, Sentence, _make_attribution
from ._speakers import Entity

__all__ = ["RULES", "attribute_quotes"]


# --------------------------------------------------------------------------
# Context shared by the rules


_ADVERBS = "|".join(regex.escape(a) for a in sorted(lx.CUE_ADVERBS, key=len, reverse=True))
# what may stand between a speaker and its cue: adverbs, an appositive
_ADVERB = rf"(?:{_ADVERBS}|\p{{Ll}}+ly|(?:is|was|has been|had been) quoted as)"
_ABBREV_DOT = r"(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Inc|Co|No|U\.S|\p{Lu}))\."
_SUBJ_GAP = regex.compile(
    r"[ \t\xa0\n]*+(?:\([^()\n]{1,40}\)[ \t\xa0]*+)?"  # Jane Roe (D-Ohio) said
    rf"(?:,(?:[^.!?;:“”\"«»\n]|{_ABBREV_DOT}){{1,120}}?,[ \t\xa0\n]*+)?"  # Roe, a nurse, said
    rf"(?:{_ADVERB}[ \t\xa0\n]++)*+$"
)
# what may stand between a quote and the mention/cue after it
_ADVERB_RUN = regex.compile(rf"(?:{_ADVERB}[ \t\xa0]++)*+")
_AFTER_GAP = regex.compile(r"[ \t\xa0\n]*+(?:[,;:—–]|--?|\.{3}|…)?[ \t\xa0\n]*+")
# between a cue and the quote it introduces: "told reporters on Monday:"
_LEAD_GAP = regex.compile(
    r"[^.!?;“”\"«»\n]{0,60}?[:,]?[ \t\xa0]*+(?:—|–|--)?[ \t\xa0]*+$"
)
_WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")
_SCARE = regex.compile(
    r"(?i)(?:so-called|so called|known as|dubbed|nicknamed|titled|entitled|headlined|"
    r"the (?:word|words|term|phrase|slogan|label|hashtag|headline|book|film|movie|song|show|"
    r"series|album|play|novel|article|essay|column|program|programme|documentary|podcast))"
    r"[ \t\xa0]*+$",
    regex.REVERSE,  # only whether one ends the stretch matters: look from its end
)


class Decision(NamedTuple):
    mention: int | None
    cue: Cue | None
    confidence: float
    speaker_from: int | None = None  # another quote whose speaker this one shares
    entity: int | None = None  # a speaker known without a mention outside quotes
    span: tuple[int, int] | None = None  # where the text names that speaker


@attrs.define(slots=False)
class _Ctx:
    text: str
    paragraphs: Sequence[Paragraph]
    sentences: Sequence[Sentence]
    quotes: Sequence[Quote]
    mentions: Sequence[Mention]
    cues: Sequence[Cue]
    decided: list[tuple[str, Decision] | None]
    entities: list[Entity] = attrs.field(factory=list)
    entity_of: list[int | None] = attrs.field(factory=list)
    m_starts: list[int] = attrs.field(factory=list)
    c_starts: list[int] = attrs.field(factory=list)
    s_starts: list[int] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        self.m_starts = [m.start for m in self.mentions]
        self.c_starts = [c.start for c in self.cues]
        self.s_starts = [s.start for s in self.sentences]
        self._resolved: dict[int, int | None] = {}
        self._who: dict[int, tuple[int | None, int | None]] = {}
        self._names: dict[str, int] | None = None
        self._events: list[tuple[int, int]] | None = None
        self._ev_pos: list[int] = []
        # the quote each quote stands inside (one pass with a stack of ends)
        self.parent: list[int | None] = []
        open_: list[int] = []
        for i, q in enumerate(self.quotes):
            while open_ and self.quotes[open_[-1]].outer_end <= q.outer_start:
                open_.pop()
            self.parent.append(open_[-1] if open_ else None)
            open_.append(i)
        self.last_in_paragraph: dict[int, int] = {}
        self.first_in_paragraph: dict[int, int] = {}
        for i, q in enumerate(self.quotes):
            if q.level == 0:
                self.last_in_paragraph[q.paragraph] = i
                self.first_in_paragraph.setdefault(q.paragraph, i)
        self.dialogue = _dialogue_style(self)

    def release_indexes(self) -> None:
        """Drop the lookup tables once every decision and pronoun is settled
        (what is left to read is ``decided`` and the memoised speakers)."""
        self.m_starts = self.c_starts = self.s_starts = []
        self.parent = []
        self.last_in_paragraph, self.first_in_paragraph = {}, {}
        self._events, self._ev_pos = [], []
        self._resolved, self._names = {}, None

    # -- who is who ----------------------------------------------------------
    def entity(self, mi: int) -> int | None:
        """The entity of mention ``mi``; a pronoun's is its antecedent's."""
        if self.mentions[mi].kind != "pronoun":
            return self.entity_of[mi]
        if self._events is None:
            self._resolve_all()
        return self._resolved.get(mi)

    def _resolve_all(self) -> None:
        """Resolve every third-person pronoun, in text order (each one may teach
        its antecedent a gender that the next one uses)."""
        self._salience()
        for mi, m in enumerate(self.mentions):
            if m.kind == "pronoun" and m.name in ("he", "she", "they", "it"):
                self._resolved[mi] = self._resolve(mi)

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
            res = (self._turn_pronoun(qi, d.mention), d.mention)
        elif d.entity is not None:
            res = (d.entity, None)
        elif d.speaker_from is not None:
            res = self._who.get(d.speaker_from) or self.speaker_entity(d.speaker_from)
        self._who[qi] = res
        return res

    def vocative(self, qi: int) -> tuple[int, int, int] | None:
        """(start, end, entity) of a known person addressed by name at the start
        or the end of quote ``qi`` (``“Come here, Emma.”``), else None."""
        q = self.quotes[qi]
        m = _VOC_START.match(self.text, q.start, q.end) or _VOC_END.search(self.text, q.start,
                                                                            q.end)
        if m is None:
            return None
        word = m.group("name")
        if word.lower() in lx.NOT_NAME_WORDS:
            return None
        if self._names is None:
            self._names = {}
            for i, mention in enumerate(self.mentions):
                e = self.entity_of[i]
                if e is not None and mention.kind == "name":
                    for w in mention.name.split():
                        self._names[w.lower()] = e
        e = self._names.get(word.lower())
        return (m.start("name"), m.end("name"), e) if e is not None else None

    def _turn_pronoun(self, qi: int, mi: int) -> int | None:
        """A dialogue turn tagged ``she said`` most often belongs to the speaker
        two turns back (the turns alternate), when the pronoun fits them."""
        m = self.mentions[mi]
        default = self.entity(mi)
        q = self.quotes[qi]
        if m.kind != "pronoun" or not self.dialogue or q.outer_start != self.para(q).start:
            return default
        j = _turn(self, qi, q.paragraph - 1)
        k = _turn(self, j, q.paragraph - 2) if j is not None else None
        if j is None or k is None:
            return default
        ej, ek = self.speaker_entity(j)[0], self.speaker_entity(k)[0]
        if ek is not None and ek != ej and _compatible(m, self.entities[ek]):
            return ek
        return default

    def _salience(self) -> None:
        """Entity mentions in subject position: they open a sentence or clause, or
        stand next to a speech cue.  Pronouns resolve to the latest that agrees."""
        events: list[tuple[int, int]] = []
        last_sentence = -1
        for i, m in enumerate(self.mentions):
            si = bisect_right(self.s_starts, m.start) - 1
            first = si != last_sentence
            last_sentence = si
            eid = self.entity_of[i]
            if eid is None:
                continue
            if first or (si >= 0 and _clause_opening(self.text, self.sentences[si].start,
                                                      m.start)) or self._next_to_cue(m):
                events.append((m.start, eid))
        self._events = events
        self._ev_pos = [p for p, _ in events]

    def _next_to_cue(self, m: Mention) -> bool:
        i = bisect_left(self.c_starts, m.end)
        if i < len(self.cues) and self.cues[i].start - m.end <= 40 and \
                _SUBJ_GAP.match(self.text, m.end, self.cues[i].start):
            return True
        return i > 0 and 0 <= m.start - self.cues[i - 1].end <= 2

    def _resolve(self, mi: int) -> int | None:
        assert self._events is not None
        m = self.mentions[mi]
        k = bisect_left(self._ev_pos, m.start) - 1
        eid = _latest_compatible(m, self.entities, self._events, k)
        if eid is None:
            # no subject agrees: any earlier entity mention that does ("met Tom Bell. He …")
            near = [(self.mentions[j].start, e) for j in range(max(0, mi - 40), mi)
                    if (e := self.entity_of[j]) is not None]
            eid = _latest_compatible(m, self.entities, near, len(near) - 1)
        if eid is not None:
            ent = self.entities[eid]
            if ent.gender is None and m.gender is not None:
                ent.gender = m.gender  # "he" once, "he" after
        return eid

    # -- lookups -----------------------------------------------------------
    def mention_at(self, pos: int) -> int | None:
        i = bisect_left(self.m_starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
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
        lo = max(self.para(q).start, self.sentence_bounds(q.outer_start)[0])
        return lo

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

    def subject_of(self, cue: Cue, lo: int, strict: bool = False) -> tuple[int, float] | None:
        """The mention that is the subject of ``cue``, looking back to ``lo``:
        the one right before it, else (unless ``strict``) the one opening the clause."""
        rng = self.mentions_in(lo, cue.start)
        for i in reversed(rng):
            m = self.mentions[i]
            if m.end > cue.start:
                continue
            if _SUBJ_GAP.match(self.text, m.end, cue.start):
                return i, 1.0
            break
        if strict:
            return None
        # fall back on the first mention of the clause when it opens it
        for i in rng:
            m = self.mentions[i]
            if m.end <= cue.start and _clause_opening(self.text, lo, m.start):
                return i, 0.8
            break
        return None

    def mention_after_cue(self, cue: Cue, hi: int) -> int | None:
        """The speaker named right after a cue: ``said Roe``, ``according to Roe``."""
        pos = cue.end
        while pos < hi and self.text[pos] in " \t\xa0\n":
            pos += 1
        i = self.mention_at(pos)
        if i is not None and self.mentions[i].end <= hi:
            return i
        # a role before the name: "said former Utah governor Ann Lee"
        for i in self.mentions_in(pos, min(hi, pos + 50)):
            m = self.mentions[i]
            if m.kind in ("name", "org") and _ROLE_GAP.match(self.text, pos, m.start):
                return i
            break
        return None


def _dialogue_style(ctx: _Ctx) -> bool:
    """Fiction-style dialogue: many paragraphs open with a quote and carry no cue.

    In news a quote-only paragraph continues the last speaker; in a dialogue it
    is the other speaker's turn.  The document's own habit decides.
    """
    opened = bare = 0
    seen = -1
    for q in ctx.quotes:
        if q.level or q.paragraph == seen:
            continue
        p = ctx.paragraphs[q.paragraph]
        if q.outer_start != p.start:
            continue
        seen = q.paragraph
        opened += 1
        if not ctx.cues_in(p.start, p.end):
            bare += 1
    return opened >= 4 and bare >= 0.3 * opened


# a short adverbial that may open a clause before its subject: "Eight years ago,"
_OPENERS = regex.compile(
    r"[\s,]*(?:(?:(?i:and|but|so|yet|then|still|instead|meanwhile|later|earlier)\s+)?"
    r"(?:[^,;:.!?“”\"\n]{1,40},)?[\s,]*)?$"
)


def _clause_opening(text: str, lo: int, pos: int) -> bool:
    """True when only a short adverbial stands between ``lo`` and ``pos``."""
    return pos - lo <= 60 and bool(_OPENERS.match(text, lo, pos))


# --------------------------------------------------------------------------
# The rules.  Each takes the context and a quote index; returns a Decision.

Rule = Callable[[_Ctx, int], Decision | None]


def scare_quote(ctx: _Ctx, qi: int) -> Decision | None:
    """``the so-called “deal”``, ``a book titled “…”``: a quote with no speaker."""
    q = ctx.quotes[qi]
    lo = max(ctx.para(q).start, q.outer_start - 40)
    if _SCARE.search(ctx.text, lo, q.outer_start):
        return Decision(None, None, 0.0)
    if q.outer_start > 0 and ctx.text[q.outer_start - 1] == "=":
        return Decision(None, None, 0.0)  # markup: tweet-id="…"
    return None


def title_like(ctx: _Ctx, qi: int) -> Decision | None:
    """``“Morning Field”``: a short Title Case quote inside narration names a work."""
    q = ctx.quotes[qi]
    if _sentence_like(ctx, qi):  # (first: it rules out most quotes, and cheaply)
        return None
    words = _WORD.findall(q.text)
    if not words or len(words) > 10:
        return None
    if _title_case(words) and not _headline(ctx, q):
        return Decision(None, None, 0.0)
    return None


def _title_case(words: Sequence[str]) -> bool:
    major = [w for w in words if len(w) > 3 or w[0].isupper()]
    return bool(major) and all(w[0].isupper() for w in major) and (
        len(words) >= 2 or words[0].isupper())


def _headline(ctx: _Ctx, q: Quote) -> bool:
    """The quote stands in a Title Case line (a headline), not in running prose."""
    p = ctx.para(q)
    around = _WORD.findall(ctx.text[max(p.start, q.outer_start - 300):q.outer_start] + " "
                           + ctx.text[q.outer_end:min(p.end, q.outer_end + 300)])
    return len(around) >= 2 and _title_case(around)


def trailing_cue(ctx: _Ctx, qi: int) -> Decision | None:
    """``“…,” Roe said.`` / ``“…,” said Roe.`` / ``“…,” the minister told reporters.``"""
    q = ctx.quotes[qi]
    if ctx.text[q.end - 1:q.end] == "." and ctx.cues_in(ctx.before_lo(qi), q.outer_start):
        # "He said it was “ready.” She said …": the sentence ended inside the
        # marks and had its own cue; the next sentence's subject is not this one's
        return None
    hi = ctx.after_hi(qi)
    g = _AFTER_GAP.match(ctx.text, q.outer_end, hi)
    pos = g.end() if g else q.outer_end
    mi = ctx.mention_at(pos)
    if mi is not None:
        m = ctx.mentions[mi]
        for ci in ctx.cues_in(m.end, min(hi, m.end + 160)):
            c = ctx.cues[ci]
            if _SUBJ_GAP.match(ctx.text, m.end, c.start) and not c.preposition:
                return Decision(mi, c, 0.95 if m.kind != "pronoun" else 0.9)
            break
        # a verb the lexicon lacks, in the shape of a tag: "“…,” he surmised."
        v = _TAG_VERB.match(ctx.text, m.end, hi)
        if v is not None and ctx.text[q.end - 1:q.end] in (",", "?", "!", "—", "-") \
                and m.kind != "nominal":
            return Decision(mi, Cue(v.start(1), v.end(1), v.group(1), False), 0.8)
    # the cue first: "said Roe", "according to Roe", "added the minister"
    gap = _ADVERB_RUN.match(ctx.text, pos, hi)
    cpos = gap.end() if gap else pos
    inv = ctx.cue_at(cpos)
    if inv is not None and not inv.text.endswith("ing"):  # "…,” citing a report: no inversion
        c = inv
        mi = ctx.mention_after_cue(c, hi)
        if mi is not None and ctx.mentions[mi].kind != "pronoun" or (
                mi is not None and ctx.mentions[mi].text in ("he", "she", "they")):
            return Decision(mi, c, 0.95)
    return None


def leading_cue(ctx: _Ctx, qi: int) -> Decision | None:
    """``Roe said: “…”`` / ``Roe told reporters “…”`` / ``According to Roe, “…”``."""
    q = ctx.quotes[qi]
    lo = ctx.before_lo(qi)
    rng = ctx.cues_in(lo, q.outer_start)
    if not rng:
        return None
    c = ctx.cues[rng[-1]]
    near = bool(_LEAD_GAP.match(ctx.text, c.end, q.outer_start))
    if c.preposition:
        mi = ctx.mention_after_cue(c, q.outer_start)
        if mi is not None:
            return Decision(mi, c, 0.9 if near else 0.75)
        return None
    participle = c.text.endswith("ing")
    s = ctx.subject_of(c, lo, strict=participle)
    k = len(rng) - 1
    while s is None and participle and k > 0 and len(rng) - k < 4:
        # "…, Law said, noting that …": a participle shares its clause's subject
        k -= 1
        s = ctx.subject_of(ctx.cues[rng[k]], lo, strict=True)
    if s is None and participle:
        s = _clause_subject(ctx, lo, c.start)
    if s is None:
        mi = ctx.mention_after_cue(c, q.outer_start)
        if mi is not None and ctx.mentions[mi].kind != "pronoun" and near:
            return Decision(mi, c, 0.8)  # "Said Roe: “…”", "wrote the minister: “…”"
        return None
    mi, w = s
    return Decision(mi, c, (0.9 if near else 0.75) * w)


def _clause_subject(ctx: _Ctx, lo: int, hi: int) -> tuple[int, float] | None:
    """The mention that opens the clause ``[lo, hi)``, if one does."""
    for i in ctx.mentions_in(lo, hi):
        m = ctx.mentions[i]
        if m.end <= hi and _clause_opening(ctx.text, lo, m.start):
            return i, 0.8
        break
    return None


def cue_later_in_sentence(ctx: _Ctx, qi: int) -> Decision | None:
    """``“…” the senator from Ohio, who …, said on Monday.``: the first cue after the quote."""
    q = ctx.quotes[qi]
    hi = min(ctx.after_hi(qi), max(ctx.sentence_bounds(q.outer_end)[1], q.outer_end + 1))
    for ci in ctx.cues_in(q.outer_end, hi):
        c = ctx.cues[ci]
        if c.preposition:
            mi = ctx.mention_after_cue(c, hi)
            return Decision(mi, c, 0.7) if mi is not None else None
        s = ctx.subject_of(c, q.outer_end)
        if s is not None:
            return Decision(s[0], c, 0.7 * s[1])
        mi = ctx.mention_after_cue(c, hi)
        if mi is not None:
            return Decision(mi, c, 0.65)
        return None
    return None


_TAG_VERB = regex.compile(
    r"[ \t\xa0]++(\p{Ll}{3,}ed)(?=[ \t\xa0]*+[.,;:!?]|[ \t\xa0]*+$|[ \t\xa0]++(?:on|in|at|to|"
    r"with|during|after|before|as|from|about|of|when|while|then|and)\b)"
)
_VOC_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr)\.?|Miss|Sir|Lady|Lord|Aunt|Uncle|Cousin|Master|Madam)"
_VOC_START = regex.compile(
    rf"(?:(?:Oh|Ah|Well|Now|Come|Dear|My dear|Why|Yes|No|Good\s+\p{{Ll}}+),?\s+)?"
    rf"(?:{_VOC_TITLE}\s+)?(?P<name>\p{{Lu}}\p{{Ll}}+)\s*+[,!?]"
)
_VOC_END = regex.compile(
    rf",\s+(?:my\s+dear\s+|dear\s+|my\s+)?(?:{_VOC_TITLE}\s+)?(?P<name>\p{{Lu}}\p{{Ll}}+)"
    r"[.!?,;—–-]*+\s*+$"
)
_ROLE_GAP = regex.compile(r"(?:[\p{L}\-.’']++[ \t\xa0]++){1,5}$")
_LABEL = regex.compile(r"[ \t\xa0]*+:[ \t\xa0]*+$")


def colon_label(ctx: _Ctx, qi: int) -> Decision | None:
    """``Jane Roe: “…”`` / ``Roe’s reply: “…”``: a name that labels the quote after a colon."""
    q = ctx.quotes[qi]
    lo = ctx.before_lo(qi)
    label = _LABEL.search(ctx.text, max(lo, q.outer_start - 20), q.outer_start)
    if not label:
        return None
    rng = ctx.mentions_in(lo, q.outer_start)
    if rng and ctx.mentions[rng[-1]].end == label.start() and \
            ctx.mentions[rng[-1]].kind != "pronoun":
        return Decision(rng[-1], None, 0.6)  # "Polls were right - Jane Roe: “…”"
    for i in rng:
        m = ctx.mentions[i]
        if m.kind != "pronoun" and _clause_opening(ctx.text, lo, m.start):
            return Decision(i, None, 0.6)
        break
    return None


def sentence_subject(ctx: _Ctx, qi: int) -> Decision | None:
    """``Roe lauded the plan for its “new ideas”``: a fragment belongs to the
    subject of its sentence even when the verb is not a speech cue (weak)."""
    q = ctx.quotes[qi]
    lo = ctx.before_lo(qi)
    if q.outer_start <= lo + 1:
        return None
    for i in ctx.mentions_in(lo, q.outer_start):
        m = ctx.mentions[i]
        if _clause_opening(ctx.text, lo, m.start) and _person_like(ctx, i):
            return Decision(i, None, 0.45)
        break
    return None


def _person_like(ctx: _Ctx, mi: int) -> bool:
    """A mention that surely names someone who could speak: he/she/they, a
    titled or gendered or multi-word name, or a name the text repeats (a lone
    capitalised word opening a sentence, "Relentlessly", is not enough)."""
    m = ctx.mentions[mi]
    if m.kind == "pronoun":
        return m.name in ("he", "she", "they")
    if m.kind != "name":
        return False
    e = ctx.entity_of[mi]
    return bool(m.title or m.gender or " " in m.name or (
        e is not None and len(ctx.entities[e].mentions) > 1))


def _strong(ctx: _Ctx, qj: int) -> bool:
    d = ctx.decided[qj]
    return d is not None and d[1].confidence >= 0.6 and (
        d[1].mention is not None or d[1].speaker_from is not None)


def _sentence_like(ctx: _Ctx, qi: int) -> bool:
    """A quote that is a sentence of its own, not a fragment inside narration."""
    q = ctx.quotes[qi]
    s0 = ctx.sentence_bounds(q.outer_start)[0]
    head = ctx.text[max(s0, q.outer_start - 3):q.outer_start]
    return (q.outer_start <= s0 + 1 or head.rstrip().endswith((":", ",", "—", "–", "-"))
            or len(ctx.text[q.start:q.end].split(None, 5)) >= 6)  # six words or more


def continued_quote(ctx: _Ctx, qi: int) -> Decision | None:
    """A quote that reopens a quotation left open at the previous paragraph end."""
    q = ctx.quotes[qi]
    if q.continues is not None and _strong(ctx, q.continues):
        return Decision(None, None, 0.85, speaker_from=q.continues)
    return None


def colon_intro(ctx: _Ctx, qi: int) -> Decision | None:
    """``Roe told the crowd:`` closing the previous paragraph introduces this one."""
    q = ctx.quotes[qi]
    para = ctx.para(q)
    if q.outer_start != para.start or q.paragraph == 0:
        return None
    prev = ctx.paragraphs[q.paragraph - 1]
    if not ctx.text[prev.start:prev.end].rstrip().endswith(":"):
        return None
    lo = max(prev.start, ctx.sentence_bounds(prev.end - 1)[0])
    rng = ctx.cues_in(lo, prev.end)
    if not rng:
        # "The Daily Ledger reports:" / "From the minister's letter:"
        for i in ctx.mentions_in(lo, prev.end):
            if ctx.mentions[i].kind != "pronoun" and _clause_opening(ctx.text, lo,
                                                                     ctx.mentions[i].start):
                return Decision(i, None, 0.6)
            break
        return None
    c = ctx.cues[rng[-1]]
    if c.preposition:
        mi = ctx.mention_after_cue(c, prev.end)
    else:
        s = ctx.subject_of(c, lo)
        mi = s[0] if s else None
    return Decision(mi, c, 0.8) if mi is not None else None


def same_paragraph(ctx: _Ctx, qi: int) -> Decision | None:
    """``“A,” Roe said. “B.”``: a quote shares the speaker of its paragraph's other quote."""
    q = ctx.quotes[qi]
    if not _sentence_like(ctx, qi):
        return None
    j = ctx.prev_outer(qi)
    if j is not None and ctx.quotes[j].paragraph == q.paragraph and _strong(ctx, j):
        return Decision(None, None, 0.75, speaker_from=j)
    k = ctx.next_outer(qi)
    if k is not None and ctx.quotes[k].paragraph == q.paragraph and _strong(ctx, k):
        return Decision(None, None, 0.7, speaker_from=k)
    return None


def _turn(ctx: _Ctx, qi: int, paragraph: int) -> int | None:
    """The last outermost quote of an earlier ``paragraph`` (a dialogue turn)."""
    j = ctx.last_in_paragraph.get(paragraph)
    return j if j is not None and j < qi else None


def addressed(ctx: _Ctx, qi: int) -> Decision | None:
    """In a dialogue, a bare turn answers the person the previous turn called
    by name (``“Come here, Emma.” / “Coming!”`` — Emma's)."""
    q = ctx.quotes[qi]
    if not ctx.dialogue or not _opens_paragraph(ctx, q) or q.paragraph < 1:
        return None
    j = _turn(ctx, qi, q.paragraph - 1)
    if j is None:
        return None
    voc = ctx.vocative(j)
    if voc is None or voc[2] == ctx.speaker_entity(j)[0]:
        return None
    own = ctx.vocative(qi)
    if own is not None and own[2] == voc[2]:
        return None
    return Decision(None, None, 0.6, entity=voc[2], span=(voc[0], voc[1]))


def _addresses(ctx: _Ctx, qi: int, entity: int | None) -> bool:
    """Quote ``qi`` calls ``entity`` by name, so ``entity`` is not its speaker."""
    voc = ctx.vocative(qi) if entity is not None else None
    return voc is not None and voc[2] == entity


def _opens_paragraph(ctx: _Ctx, q: Quote) -> bool:
    """The quote's opening mark starts its paragraph (a dialogue turn)."""
    return q.outer_start == ctx.para(q).start


def _alternating(ctx: _Ctx, qi: int, j: int | None, k: int | None,
                 confidence: float) -> Decision | None:
    """Quote ``qi`` takes turn ``k``'s speaker when turns ``j`` and ``k`` have two
    different known speakers and ``qi`` does not call ``k``'s speaker by name."""
    if j is None or k is None:
        return None
    ej, ek = ctx.speaker_entity(j)[0], ctx.speaker_entity(k)[0]
    if ej is None or ek is None or ej == ek or _addresses(ctx, qi, ek):
        return None
    return Decision(None, None, confidence, speaker_from=k)


def conversation(ctx: _Ctx, qi: int) -> Decision | None:
    """In a dialogue, a turn with no cue goes to the speaker two turns back
    (``“A,” said Ann. / “B,” said Bo. / “C.”`` — C is Ann's)."""
    q = ctx.quotes[qi]
    if not _opens_paragraph(ctx, q) or q.paragraph < 2:
        return None
    j = _turn(ctx, qi, q.paragraph - 1)
    if j is None:
        return None
    k = _turn(ctx, j, q.paragraph - 2)
    return _alternating(ctx, qi, j, k, 0.6)


def other_participant(ctx: _Ctx, qi: int) -> Decision | None:
    """In a dialogue, a bare reply goes to the last other person who spoke or
    was named: the one the previous turn's speaker is talking to."""
    q = ctx.quotes[qi]
    if not ctx.dialogue or not _opens_paragraph(ctx, q) or q.paragraph < 1:
        return None
    j = _turn(ctx, qi, q.paragraph - 1)
    if j is None or ctx.decided[j] is None:
        return None
    ej = ctx.speaker_entity(j)[0]
    if ej is None:
        return None
    floor = ctx.paragraphs[max(0, q.paragraph - 12)].start
    k = ctx.prev_outer(j)
    steps = 0
    while k is not None and ctx.quotes[k].outer_start >= floor and steps < 60:
        steps += 1
        ek = ctx.speaker_entity(k)[0]
        if ek is not None and ek != ej:
            if _addresses(ctx, qi, ek):
                return None
            return Decision(None, None, 0.5, speaker_from=k)
        k = ctx.prev_outer(k)
    return None


def narration_subject(ctx: _Ctx, qi: int) -> Decision | None:
    """News: a quote-only paragraph after a paragraph about someone
    (``Roe is upbeat about the vote.`` / ``“We will win.”``) is theirs (weak)."""
    q = ctx.quotes[qi]
    if ctx.dialogue or not _opens_paragraph(ctx, q) or q.paragraph < 1 \
            or not _sentence_like(ctx, qi):
        return None
    prev = ctx.paragraphs[q.paragraph - 1]
    if _turn(ctx, qi, q.paragraph - 1) is not None:
        return None
    for i in ctx.mentions_in(prev.start, prev.end):
        m = ctx.mentions[i]
        if m.kind in ("name", "org") and _clause_opening(ctx.text, prev.start, m.start):
            return Decision(i, None, 0.5)
        break
    return None


def conversation_back(ctx: _Ctx, qi: int) -> Decision | None:
    """In a dialogue, a bare turn before two tagged ones takes the speaker of
    the turn after next (``“A.” / “B,” said Bo. / “C,” said Ann.`` — A is Ann's)."""
    q = ctx.quotes[qi]
    if not ctx.dialogue or not _opens_paragraph(ctx, q):
        return None
    j = ctx.first_in_paragraph.get(q.paragraph + 1)
    k = ctx.first_in_paragraph.get(q.paragraph + 2)
    if j is None or k is None or not _opens_paragraph(ctx, ctx.quotes[j]) \
            or not _opens_paragraph(ctx, ctx.quotes[k]):
        return None
    return _alternating(ctx, qi, j, k, 0.5)


def continuation(ctx: _Ctx, qi: int) -> Decision | None:
    """A paragraph that opens with a quote carries on the previous paragraph's speaker."""
    q = ctx.quotes[qi]
    if ctx.dialogue or not _opens_paragraph(ctx, q) or not _sentence_like(ctx, qi):
        return None
    j = ctx.prev_outer(qi)
    if j is not None and ctx.quotes[j].paragraph == q.paragraph - 1 and _strong(ctx, j):
        return Decision(None, None, 0.65, speaker_from=j)
    return None


def paragraph_cue(ctx: _Ctx, qi: int) -> Decision | None:
    """Any speech cue with a subject elsewhere in the quote's paragraph (weak)."""
    q = ctx.quotes[qi]
    if not _sentence_like(ctx, qi):
        return None
    para = ctx.para(q)
    best = None
    # the cues near the quote only (a whole paragraph could be megabytes)
    for ci in ctx.cues_in(max(para.start, q.outer_start - 1500), min(para.end, q.outer_end + 1500)):
        c = ctx.cues[ci]
        lo = ctx.sentence_bounds(c.start)[0]
        s = ctx.subject_of(c, max(lo, para.start))
        if s is None:
            continue
        d = abs(c.start - q.outer_start)
        if best is None or d < best[0]:
            best = (d, Decision(s[0], c, 0.5))
    return best[1] if best else None


#: Rules that run once more after the whole sieve (dialogue turn-taking).
_SECOND_PASS = frozenset({"addressed", "conversation", "other_participant",
                          "conversation_back"})

#: The sieve, in order.  Each entry: (stable name, function).
RULES: tuple[tuple[str, Rule], ...] = (
    ("scare_quote", scare_quote),
    ("trailing_cue", trailing_cue),
    ("title_like", title_like),
    ("leading_cue", leading_cue),
    ("cue_later_in_sentence", cue_later_in_sentence),
    ("colon_label", colon_label),
    ("continued_quote", continued_quote),
    ("colon_intro", colon_intro),
    ("same_paragraph", same_paragraph),
    ("addressed", addressed),
    ("conversation", conversation),
    ("other_participant", other_participant),
    ("conversation_back", conversation_back),
    ("continuation", continuation),
    ("narration_subject", narration_subject),
    ("paragraph_cue", paragraph_cue),
    ("sentence_subject", sentence_subject),
)


# --------------------------------------------------------------------------
# Running the sieve and resolving speakers


def attribute_quotes(
    text: str,
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    quotes: Sequence[Quote],
    mentions: Sequence[Mention],
    cues: Sequence[Cue],
    entities: list[Entity],
    entity_of: list[int | None],
    rules: Sequence[tuple[str, Rule]] = RULES,
    cue_patterns: CuePatterns | None = None,
) -> tuple[list[Attribution], list[int | None]]:
    """Run the sieve; return one Attribution per quote (speaker = entity id) and
    the entity each pronoun mention was resolved to."""
    ctx = _Ctx(text, paragraphs, sentences, quotes, mentions, cues, [None] * len(quotes),
               entities, entity_of)
    order: list[int] = []
    # the dialogue rules run a second time: turns decided late (from the turn
    # after next) let the turns around them be decided in turn
    again = [r for r in rules if r[0] in _SECOND_PASS]
    # each rule runs over the outermost quotes still undecided, in text order
    pending = [qi for qi, q in enumerate(quotes) if q.level == 0]
    for name, rule in [*rules, *again]:
        still: list[int] = []
        for qi in pending:
            d = rule(ctx, qi)
            if d is None:
                still.append(qi)
            else:
                ctx.decided[qi] = (name, d)
                order.append(qi)
        pending = still
    # a quote inside a quote belongs to whoever the outer speech says spoke it
    # (“He told me ‘never again,’” she said: the inner words are his), else to no one
    nested: dict[int, tuple[int | None, int, int, Cue]] = {}
    for qi, q in enumerate(quotes):
        if q.level > 0 and ctx.decided[qi] is None:
            found = _nested_speaker(ctx, qi, cue_patterns)
            if found is None:
                ctx.decided[qi] = ("nested", Decision(None, None, 0.0))
            else:
                nested[qi] = found
                conf = 0.7 if found[0] is not None else 0.5
                ctx.decided[qi] = ("nested_cue", Decision(None, found[3], conf))
            order.append(qi)

    for qi in order:  # in decision order: each follows links to earlier decisions
        ctx.speaker_entity(qi)
    resolved: list[int | None] = [
        ctx.entity(i) if m.kind == "pronoun" else None for i, m in enumerate(mentions)]

    ctx.release_indexes()  # only decisions are read from here on: less held at the peak
    out: list[Attribution] = []
    # positional, in field order: quote speaker rule confidence mention_start
    # mention_end cue cue_start cue_end
    make = _make_attribution
    for qi in range(len(quotes)):
        dec = ctx.decided[qi]
        if dec is None:
            out.append(make(qi, None, "none", 0.0, None, None, None, None, None))
            continue
        name, d = dec
        if qi in nested:
            eid, ms, me, inner = nested[qi]
            out.append(make(qi, eid, name, d.confidence, ms, me, inner.text, inner.start,
                            inner.end))
            continue
        eid, mi = ctx.speaker_entity(qi)  # memoised above
        m = mentions[mi] if mi is not None else None
        conf = d.confidence
        if d.span is not None:
            out.append(make(qi, eid, name, conf, d.span[0], d.span[1], None, None, None))
            continue
        if m is not None and m.kind == "pronoun" and eid is None:
            conf = min(conf, 0.5)
        cue = d.cue
        if cue is None and d.speaker_from is not None:
            src = ctx.decided[d.speaker_from]
            cue = src[1].cue if src else None
        out.append(make(
            qi, eid, name, round(conf, 3),
            m.start if m else None, m.end if m else None,
            cue.text if cue else None, cue.start if cue else None, cue.end if cue else None,
        ))
    return out, resolved


_INNER_SUBJECT = regex.compile(
    rf"(?:\b(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|(?P<name>\p{{Lu}}[\p{{L}}’'\-]+"
    rf"(?:[ \t\xa0]+\p{{Lu}}[\p{{L}}’'\-]+){{0,3}}))[ \t\xa0]*+(?:{_ADVERB}[ \t\xa0]++)*+$"
)


def _nested_speaker(ctx: _Ctx, qi: int,
                    cue_patterns: CuePatterns | None) -> tuple[int | None, int, int, Cue] | None:
    """(entity or None, mention start, mention end, cue) named inside the outer
    quote just before a nested one: ``“Roe told me ‘no’”``."""
    q = ctx.quotes[qi]
    parent = ctx.parent[qi]
    if parent is None or ctx.quotes[parent].end < q.outer_start:
        return None
    lo = max(ctx.quotes[parent].start, q.outer_start - 200)
    pats = cue_patterns or build_cue_patterns()
    last = None
    for m in pats.pattern.finditer(ctx.text, lo, q.outer_start):
        last = m
    if last is None or not _LEAD_GAP.match(ctx.text, last.end(), q.outer_start):
        return None
    cue = Cue(last.start(), last.end(), last.group(), False)
    subj = _INNER_SUBJECT.search(ctx.text, lo, cue.start)
    if subj is None:
        return None
    if subj.group("pron"):
        return None, subj.start("pron"), subj.end("pron"), cue
    name = subj.group("name")
    last_word = name.split()[-1].lower()
    for e in reversed(ctx.entities):
        if e.kind == "name" and e.proper and e.canonical.split()[-1].lower() == last_word:
            return e.id, subj.start("name"), subj.end("name"), cue
    return None, subj.start("name"), subj.end("name"), cue


def _latest_compatible(m: Mention, entities: list[Entity], events: Sequence[tuple[int, int]],
                       k: int, limit: int = 60) -> int | None:
    """The entity of the latest event at or before index ``k`` that agrees with ``m``."""
    stop = max(-1, k - limit)
    while k > stop:
        e = entities[events[k][1]]
        if _compatible(m, e):
            return e.id
        k -= 1
    return None


def _compatible(m: Mention, e: Entity) -> bool:
    w = m.name
    if w in ("he", "she"):
        if e.plural or e.kind == "org" or (e.proper and e.canonical.isupper()):
            return False  # a body, a place or an acronym (TV, NBC) is not "he"
        want = "m" if w == "he" else "f"
        return e.gender in (None, want)
    if w == "they":
        return e.plural or e.kind in ("org", "nominal")
    if w == "it":
        return e.kind in ("org", "nominal") and not e.plural
    return False  # I, we, you: the writer or an addressee, not resolved


