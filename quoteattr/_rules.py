"""The attribution rules, each declared once: name, decision, passes, when it applies.

Each decision function reads one quote through the :class:`~quoteattr._context.Context`
and returns a :class:`~quoteattr._sieve.Fire` (a mention, a cue, a confidence,
or the quote whose speaker it shares) or a :class:`~quoteattr._sieve.Pass`
with a reason.  :data:`RULES` is the sieve for outermost quotes, highest
precision first; the rules that carry a speaker over from a neighbouring quote
come after the rules that read a quote's own clause; untagged dialogue turns
are decided by the exchange model (``quoteattr._exchanges``), and
``same_paragraph`` runs a second pass so that a turn decided there passes its
speaker on to the other quotes of its paragraph.
:data:`NESTED_RULES` decide the quotes inside quotes.  Confidences and windows
are named in :mod:`quoteattr._constants`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import regex

from . import _constants as k
from . import _lexicon as lx
from ._clauses import (
    ADVERB,
    ADVERB_RUN,
    AFTER_GAP,
    LEAD_GAP,
    clause_opening,
    main_clause,
    subject_gap,
    subject_gap_match,
)
from ._clauses import WORD as _WORD
from ._context import Context
from ._cues import GOING_ON as _GOING_ON
from ._cues import Cue
from ._discourse import (
    _OWN_POSSESSIVE,
    _OWN_REACH,
    _PERSON_VERB,
    _title_description,
    person_like,
)
from ._exchanges import called_names, title_person
from ._mentions import TRAILING_NOUN, _gender_of, nickname, past_closing_mark, trailing_verb_at
from ._model import Mention, Paragraph, Quote
from ._reported import REPORT_RULES
from ._sieve import Condition, Fire, Pass, Rule

__all__ = ["NESTED_RULES", "RULES", "rule_names"]


# --------------------------------------------------------------------------
# When a rule applies: declared conditions


def _opens_paragraph(ctx: Context, qi: int) -> bool:
    """The quote's opening mark starts its paragraph (a dialogue turn)."""
    q = ctx.quotes[qi]
    return q.outer_start == ctx.para(q).start


def _sentence_like(ctx: Context, qi: int) -> bool:
    """A quote that is a sentence of its own, not a fragment inside narration."""
    q = ctx.quotes[qi]
    s0 = ctx.sentence_bounds(q.outer_start)[0]
    head = ctx.text[max(s0, q.outer_start - k.SENTENCE_HEAD):q.outer_start]
    return (q.outer_start <= s0 + 1 or head.rstrip().endswith((":", ",", "—", "–", "-"))
            or len(ctx.text[q.start:q.end].split(None, k.SENTENCE_WORDS - 1))
            >= k.SENTENCE_WORDS)


def _resumes(ctx: Context, qi: int) -> bool:
    """The quote resumes the words of the quote before it in its paragraph after
    a tag and a semicolon (``“Certainly,” said Elinor; “he seems agreeable.”``)."""
    q = ctx.quotes[qi]
    j = ctx.prev_outer(qi)
    return j is not None and ctx.quotes[j].paragraph == q.paragraph and \
        ctx.text[ctx.quotes[j].outer_end:q.outer_start].rstrip().endswith(";")


OPENS_PARAGRAPH: Condition[Context] = Condition(
    "the quote opens its paragraph", _opens_paragraph,
    "the quote does not open its paragraph")
def _opens_turn(ctx: Context, qi: int) -> bool:
    """The quote opens its paragraph, or is its first quote after narration that
    names no one (``After a short pause. “…”``: the paragraph is still a turn
    whose speaker only the dialogue tells)."""
    q = ctx.quotes[qi]
    para = ctx.para(q)
    if q.outer_start == para.start:
        return True
    j = ctx.prev_outer(qi)
    if j is not None and ctx.quotes[j].paragraph == q.paragraph:
        return False
    # (a sentence of narration before it, ended: not a fragment inside a sentence)
    if not ctx.text[para.start:q.outer_start].rstrip().endswith((".", "!", "?")):
        return False
    return not any(ctx.mentions[i].kind != "org" for i in ctx.mentions_in(para.start,
                                                                          q.outer_start))


OPENS_TURN: Condition[Context] = Condition(
    "the quote opens its paragraph's turn", _opens_turn,
    "the quote does not open its paragraph (nor follow narration that names no one)")
IN_EXCHANGE: Condition[Context] = Condition(
    "in a dialogue exchange", lambda ctx, qi: ctx.exchanges.dialogue.get(qi, False),
    "the quote is not in a dialogue exchange (no turns alternating between people)")
OUT_OF_EXCHANGE: Condition[Context] = Condition(
    "outside a dialogue exchange", lambda ctx, qi: not ctx.exchanges.dialogue.get(qi, False),
    "the quote is in a dialogue exchange: a quote-only paragraph is another person's turn")
SENTENCE_LIKE: Condition[Context] = Condition(
    "the quote is a sentence of its own", _sentence_like,
    "the quote is a fragment inside narration, not a sentence of its own")
SENTENCE_OR_RESUMED: Condition[Context] = Condition(
    "the quote is a sentence of its own or resumes the quote before it",
    lambda ctx, qi: _sentence_like(ctx, qi) or _resumes(ctx, qi),
    "the quote is a fragment inside narration, not a sentence of its own")


# --------------------------------------------------------------------------
# Patterns

_SCARE = regex.compile(
    r"(?i)(?:so-called|so called|known as|dubbed|nicknamed|titled|entitled|headlined|"
    r"the (?:word|words|term|phrase|slogan|label|hashtag|headline|book|film|movie|song|show|"
    r"series|album|play|novel|article|essay|column|program|programme|documentary|podcast))"
    r"[ \t\xa0]*+$",
    regex.REVERSE,  # only whether one ends the stretch matters: look from its end
)
#: a work's noun right before the quote ("his 2005 book, “…”"), or a programme's
#: slot ("on Fox News’s “…”", "on “…”")
_WORK_BEFORE = regex.compile(
    r"(?:\b(?:book|film|movie|song|show|series|album|play|novel|memoir|biography|documentary"
    r"|podcast|programme|program|column|essay|sequel|musical|opera|poem)[ \t\xa0]*,?"
    r"|\bon(?:[ \t\xa0]+the)?(?:[ \t\xa0]+\p{Lu}[\p{L}&\-]*(?:\.\p{Lu}[\p{L}&\-]*)*){0,4}"
    r"(?:[’']s)?)[ \t\xa0]*$",
    regex.REVERSE,  # (no possessive quantifiers: they misread backwards)
)
#: words a title leaves in lower case ("This Week with George Stephanopoulos")
_MINOR_WORDS = frozenset(
    "a an the and or nor but of in on at to for with from by as into over upon vs".split())
_TAG_VERB = regex.compile(
    r"[ \t\xa0]++(\p{Ll}{3,}ed)(?=[ \t\xa0]*+[.,;:!?]|[ \t\xa0]*+$|[ \t\xa0]++(?:on|in|at|to|"
    r"with|during|after|before|as|from|about|of|when|while|then|and)\b)"
)
#: what ends a quote's words when a tag follows them (``“…,” he surmised``)
_TAG_ENDS = (",", "?", "!", "—", "-")
#: the same verb before its subject (``“…,” quavered Mrs. Pardoe.``), and what
#: ends that subject's clause: a stop, a comma, a dash, or the text's end
_INVERTED_TAG_VERB = regex.compile(r"(\p{Ll}{3,}ed)[ \t\xa0\n]++")
_CLAUSE_END = regex.compile(r"[ \t\xa0]*+(?:[.,;:!?—–]|$)")
_CUE_TO_QUOTE = re.compile(r"[ \t\xa0]*+[:,]?[ \t\xa0]*+")
_PARENTHETICAL = regex.compile(r",[ \t\xa0]*$", regex.REVERSE)
_LABEL = re.compile(r"[ \t\xa0]*+:[ \t\xa0]*+$")
_INNER_SUBJECT = regex.compile(
    rf"(?:\b(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|(?P<name>\p{{Lu}}[\p{{L}}’'\-]+"
    rf"(?:[ \t\xa0]+\p{{Lu}}[\p{{L}}’'\-]+){{0,3}}))[ \t\xa0]*+(?:{ADVERB}[ \t\xa0]++)*+$"
)

#: what may stand between a subject and its verb of saying inside a quote: an
#: auxiliary of habit or mood (``Tom used to say``, ``kept saying``, ``would say``),
#: or a verb phrase of its own joined by *and* (``I rang my mother and said``)
_INNER_AUX = regex.compile(
    r"[ \t\xa0]++(?:used[ \t\xa0]++to|kept|would|will|could|did|[’']d|[’']ll)"
    rf"[ \t\xa0]*+(?:{ADVERB}[ \t\xa0]++)*+$")
_INNER_AND = regex.compile(rf"[ \t\xa0]++and[ \t\xa0]++(?:{ADVERB}[ \t\xa0]++)*+$")
#: capitalised words that open a clause and are no one's name
_NO_SUBJECT_WORDS = "(?:The|A|An|It|This|That|There|These|Those|What|When|If|Who|Then|So)"
#: the subject opening a clause (after its opening punctuation): ``I``, ``Tom Ray``
_CLAUSE_SUBJECT = regex.compile(
    rf"[ \t\xa0\n“‘\"']*+(?:(?:[Aa]nd|[Tt]hen|[Ss]o|[Bb]ut)[ \t\xa0]++)?"
    rf"(?:\b(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|(?!{_NO_SUBJECT_WORDS}\b)"
    rf"(?P<name>\p{{Lu}}[\p{{L}}’'\-]+(?:[ \t\xa0]+\p{{Lu}}[\p{{L}}’'\-]+){{0,3}}))\b")
#: what ends the clause before a verb of saying inside a quote
_CLAUSE_BREAK = frozenset(",.;:!?“”‘—–()\"\n")


def _inner_subject(text: str, lo: int, pos: int) -> regex.Match[str] | None:
    """The subject of a verb of saying at ``pos`` inside a quote (``lo``: as far
    back as it is read): right before it (``Okafor told me``), before an
    auxiliary of habit or mood (``Tom used to say``, ``Tom Ray kept saying``), or
    opening the clause whose verb phrase the verb is joined to by *and* (``I rang
    my mother and said``; not when the clause names another subject first)."""
    subj = _INNER_SUBJECT.search(text, lo, pos)
    if subj is not None:
        return subj
    if (aux := _INNER_AUX.search(text, max(lo, pos - 40), pos)) is not None:
        return _INNER_SUBJECT.search(text, lo, aux.start())
    if (conj := _INNER_AND.search(text, max(lo, pos - 40), pos)) is not None:
        k0 = conj.start()
        while k0 > lo and text[k0 - 1] not in _CLAUSE_BREAK:
            k0 -= 1
        return _CLAUSE_SUBJECT.match(text, k0, conj.start())
    return None


# --------------------------------------------------------------------------
# The rules for outermost quotes

_NO_SCARE = Pass("no so-called, dubbed, titled, markup or title of a work right before the quote")


def _may_match_before(before: str) -> tuple[bool, bool]:
    """Whether ``_SCARE``, and whether ``_WORK_BEFORE``, may match at the end of
    ``before`` (the stretch before a quote), from its last character.

    Both patterns end with their words, then spaces, at the quote (or before a
    line break right there).  _SCARE's words end with a letter, _WORK_BEFORE's
    with a letter, a comma, "&" or "-": an ASCII character before the spaces
    that is none of these rules a pattern out, and it is not run (most quotes
    follow a colon, a comma or a paragraph's start).  Any other character lets
    both run, as does a line break at the end."""
    last = before.rstrip(" \t\xa0")[-1:]
    both = before.endswith("\n") or not last.isascii() or last.isalpha()
    return both, both or last in (",", "&", "-")


def scare_quote(ctx: Context, qi: int) -> Fire | Pass:
    """``the so-called “deal”``, ``a book titled “…”``, ``Daryl “Dazza” Pearce``: a
    quote with no speaker."""
    q = ctx.quotes[qi]
    lo = max(ctx.para(q).start, q.outer_start - k.SCARE_LOOKBACK)
    may_scare, may_work = _may_match_before(ctx.text[lo:q.outer_start])
    if may_scare and (sc := _SCARE.search(ctx.text, lo, q.outer_start)) is not None and \
            not _named_by_cue(ctx, sc):
        return Fire(k.NO_SPEAKER)
    if may_work and _WORK_BEFORE.search(ctx.text, lo, q.outer_start):
        # "in his new book, “Doomed to Succeed,”", "said on ABC’s “This Week”": a
        # title in Title Case names a work or a programme, whatever verb follows
        words = _WORD.findall(q.text)
        if words and len(words) <= k.TITLE_MAX_WORDS and words[0][0].isupper() and all(
                w[0].isupper() or w in _MINOR_WORDS for w in words):
            return Fire(k.NO_SPEAKER)
    if q.outer_start > 0 and ctx.text[q.outer_start - 1] == "=":
        return Fire(k.NO_SPEAKER)  # markup: tweet-id="…"
    if nickname(ctx.text, q):
        return Fire(k.NO_SPEAKER)  # Daryl “Dazza” Pearce: a nickname inside a name
    return _NO_SCARE


def _named_by_cue(ctx: Context, sc: regex.Match[str]) -> bool:
    """The scare match is a noun phrase (``the program``) that a speech cue takes
    as its object (``called the program “a drop in the bucket”``): the quote is
    what someone called it, not its title."""
    if not sc.group().lower().startswith("the"):
        return False
    text, a = ctx.text, sc.start()
    i = bisect_left(ctx.c_starts, a) - 1
    return i >= 0 and a - ctx.cues[i].end <= 2 and not text[ctx.cues[i].end:a].strip()


_OWN_SENTENCE = Pass("the quote ended its sentence, which has its own cue before the quote")
_NO_TRAILING = Pass("no speaker and speech cue right after the quote")


_NEXT_SENTENCE = Pass("the quote ended its sentence; the cue after it opens the next one, "
                      "which has a quote of its own")


def _has_relative(text: str, a: int, b: int) -> bool:
    """``SUBJ_GAP`` over ``[a, b)`` reads a relative pronoun (``, who asked …``)."""
    if "who" not in text[a:b] and "which" not in text[a:b]:
        return False
    g = subject_gap_match(text, a, b)
    return g is not None and g.start("rel") >= 0


def _cue_of_next_sentence(ctx: Context, qi: int, c: Cue) -> bool:
    """``“… is different.” Reed called the deal “a disaster.”``: the quote ended
    its sentence, and the cue after it stands in a new sentence that goes on to
    a quote of its own, which is what the cue introduces."""
    q = ctx.quotes[qi]
    if ctx.text[q.end - 1:q.end] != ".":
        return False
    nxt = ctx.next_outer(qi)
    if nxt is None or ctx.quotes[nxt].paragraph != q.paragraph:
        return False
    s_lo, s_hi = ctx.sentence_bounds(c.start)
    return s_lo >= q.outer_end and ctx.quotes[nxt].outer_start < s_hi


_PASSIVE_TRAILING = Pass("the tag's verb is passive (Ashby was told): its subject listened")


def trailing_cue(ctx: Context, qi: int) -> Fire | Pass:
    """``“…,” Roe said.`` / ``“…,” said Roe.`` / ``“…,” the minister told reporters.``"""
    q = ctx.quotes[qi]
    if ctx.text[q.end - 1:q.end] == "." and ctx.cues_in(ctx.before_lo(qi), q.outer_start):
        # "He said it was “ready.” She said …": the sentence ended inside the
        # marks and had its own cue; the next sentence's subject is not this one's
        return _OWN_SENTENCE
    hi = ctx.after_hi(qi)
    g = AFTER_GAP.match(ctx.text, q.outer_end, hi)
    pos = g.end() if g else q.outer_end
    mi = ctx.mention_at(pos)
    if mi is None and (r := _ROLE_WORDS.match(ctx.text, pos, hi)) is not None and \
            ctx.cue_at(pos) is None:
        # "“…,” center director Ann Lee said": a titled name whose role has words
        # of its own in lower case, which its mention leaves out
        for w in _WORD_STARTS.finditer(ctx.text, pos + 1, r.end() + 1):
            mj = ctx.mention_at(w.start())
            if mj is not None:
                if ctx.mentions[mj].kind == "name" and ctx.mentions[mj].title:
                    mi = mj
                break
    if mi is not None:
        m = ctx.mentions[mi]
        cues = ctx.cues_in(m.end, min(hi, m.end + k.TRAILING_CUE_REACH))
        for n, ci in enumerate(cues):
            c = ctx.cues[ci]
            if subject_gap(ctx.text, m.end, c.start) and not c.preposition:
                if ctx.passive(c, m.end):
                    return _PASSIVE_TRAILING  # "“…,” Ashby was told.": Ashby listened
                if n + 1 < len(cues) and _has_relative(ctx.text, m.end, c.start):
                    # "the official, who asked not to be named, told Reuters": the
                    # cue of the relative clause gives way to the main verb after it
                    c2 = ctx.cues[cues[n + 1]]
                    if not c2.preposition and subject_gap(ctx.text, m.end, c2.start):
                        c = c2
                if _cue_of_next_sentence(ctx, qi, c):
                    return _NEXT_SENTENCE
                if m.kind == "nominal" and c.text.lower() in _GOING_ON and \
                        not _person_description(ctx, mi):
                    break  # "“…” The music began.": a thing goes on, no one speaks
                conf = k.TRAILING_NAMED if m.kind != "pronoun" else k.TRAILING_PRONOUN
                ni = ctx.appositive_name(mi, c.start)  # "Reed's lawyer, Ann Lee, said"
                return Fire(conf, mi if ni is None else ni, c)
            break
        # a verb the lexicon lacks, in the shape of a tag: "“…,” he surmised."
        v = _TAG_VERB.match(ctx.text, m.end, hi)
        if v is not None and ctx.text[q.end - 1:q.end] in _TAG_ENDS \
                and (m.kind != "nominal" or not m.plural):
            return Fire(k.TRAILING_UNKNOWN_VERB, mi, Cue(v.start(1), v.end(1), v.group(1), False))
    # the cue first: "said Roe", "according to Roe", "added the minister"
    gap = ADVERB_RUN.match(ctx.text, pos, hi)
    cpos = gap.end() if gap else pos
    inv = ctx.cue_at(cpos)
    if inv is not None and not inv.text.endswith("ing"):  # "…,” citing a report: no inversion
        mi = ctx.mention_after_cue(inv, hi)
        if mi is not None and ctx.mentions[mi].kind != "pronoun" or (
                mi is not None and ctx.mentions[mi].text in ("he", "she", "they", "I")):
            return Fire(k.TRAILING_INVERTED, mi, inv)
    if inv is None and ctx.text[q.end - 1:q.end] in _TAG_ENDS and \
            (v := _INVERTED_TAG_VERB.match(ctx.text, cpos, hi)) is not None and \
            (mi := ctx.mention_at(v.end())) is not None:
        # a verb the lexicon lacks before its subject: "“…,” quavered Mrs. Pardoe."
        # (the subject ends the clause: not "“…,” surprised nobody in the room")
        m = ctx.mentions[mi]
        if m.kind in ("name", "nominal") and not m.plural and \
                _CLAUSE_END.match(ctx.text, m.end, hi) is not None:
            return Fire(k.TRAILING_UNKNOWN_VERB, mi, Cue(v.start(1), v.end(1), v.group(1), False))
    return _NO_TRAILING


#: a role's own words in lower case before a titled name (``center director``,
#: ``the emergency management director``): an article, then one to three words
#: that are no function words
_ROLE_WORDS = re.compile(
    r"(?:(?:the|an?)[ \t\xa0]+)?"
    rf"(?:(?!(?:{'|'.join(sorted(w for w in lx.NOT_NAME_WORDS if w.isalpha()))})\b)"
    r"[a-z][a-z\-]*[ \t\xa0]+){1,3}")


_WORD_STARTS = re.compile(r"(?<=[ \t\xa0])[a-z]")


_NOT_SHORT = Pass("the quote is a sentence of its own, or longer than a title")
_NOT_TITLE = Pass("the quote is not in title case, or stands in a title-case headline")


def title_like(ctx: Context, qi: int) -> Fire | Pass:
    """``“Morning Field”``: a short Title Case quote inside narration names a work."""
    q = ctx.quotes[qi]
    if _sentence_like(ctx, qi):  # (first: it rules out most quotes, and cheaply)
        return _NOT_SHORT
    words = _WORD.findall(q.text)
    if not words or len(words) > k.TITLE_MAX_WORDS:
        return _NOT_SHORT
    if _title_case(words) and not _headline(ctx, q):
        if _spoken_right_before(ctx, qi):
            return _SPOKEN
        return Fire(k.NO_SPEAKER)
    return _NOT_TITLE


_SPOKEN = Pass("a verb of speaking, not of naming, introduces the quote: words said, not a title")
#: verbs that name rather than say: "a plan called “Fresh Start”"
_NAMING = regex.compile(r"(?i)(?:call|nam|label|brand|term|titl|dub|bill)")
#: verbs whose object is a listener
_LISTENER = regex.compile(r"(?i)(?:tell|told)")


def _cues_before(ctx: Context, qi: int) -> tuple[int, range]:
    """The start of the stretch before quote ``qi`` that may hold its cue, and the
    cues in it (the last is the one a leading cue reads)."""
    lo = ctx.before_lo(qi)
    return lo, ctx.cues_in(lo, ctx.quotes[qi].outer_start)


def _spoken_right_before(ctx: Context, qi: int) -> bool:
    """``Marchers chanted “Save Our Parks.”``: a speech cue (not a naming verb)
    stands right before the quote, with a subject."""
    q = ctx.quotes[qi]
    lo, rng = _cues_before(ctx, qi)
    if not rng:
        return False
    c = ctx.cues[rng[-1]]
    if c.preposition:
        return False
    if _NAMING.match(c.text):
        # "Friedan called Lee an “Aunt Tom”", "one he calls “Fresh Start”": a person
        # naming something says the name; "a film called “…”" has no such subject
        s = ctx.subject_of(c, lo, strict=True)
        return s is not None and _person_like(ctx, s[0])
    if _LISTENER.match(c.text) or not _CUE_TO_QUOTE.fullmatch(ctx.text, c.end, q.outer_start):
        return False  # "told “Fox and Friends”": the listener, not words said
    return ctx.verb_subject(rng, lo) is not None


#: the words Title Case leaves in lower case: articles, short prepositions and
#: conjunctions (``The Day of the Donald``); a verb or an adverb is capitalised
#: (``Is Not``), so ``is not Christian`` is no title
_TITLE_MINOR = frozenset(
    "a an the and or but nor for so yet of in on at to by up as off per via vs from with "
    "into onto over upon"
    # and their like in the titles of other languages (``La Zia di Carlo``)
    " de di da del della des du la le les el von van der den und et y e".split())


def _title_case(words: Sequence[str]) -> bool:
    major = [w for w in words if w[0].isupper() or w.lower() not in _TITLE_MINOR]
    return bool(major) and all(w[0].isupper() for w in major) and (
        len(words) >= 2 or words[0].isupper())


def _headline(ctx: Context, q: Quote) -> bool:
    """The quote stands in a Title Case line (a headline), not in running prose."""
    p = ctx.para(q)
    reach = k.HEADLINE_CONTEXT
    around = _WORD.findall(ctx.text[max(p.start, q.outer_start - reach):q.outer_start] + " "
                           + ctx.text[q.outer_end:min(p.end, q.outer_end + reach)])
    return len(around) >= 2 and _title_case(around)


_NO_SPEECH_NOUN = Pass("no possessed noun of saying (his claim, Roe’s warning) leads to the quote")
_GOVERNED = Pass("a verb of saying in the sentence governs the noun: its subject is the speaker")
_SPEECH_NOUNS = "|".join(sorted(lx.QUOTE_NOUNS, key=len, reverse=True))
_POSSESSED = regex.compile(
    rf"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?<=\p{{L}})[’']s?)[ \t\xa0]++"
    rf"(?:\p{{Ll}}[\p{{L}}\-]*+[ \t\xa0]++){{0,2}}(?:{_SPEECH_NOUNS})\b"
)
#: what ends a stretch from a noun of saying to its quote: a sentence's end,
#: another quotation, a paragraph's end
_NOUN_TO_QUOTE_STOPS = ".!?;“”\"«»\n"
#: from the noun to the quote: one clause, no sentence end, no other quote
_NOUN_TO_QUOTE = re.compile(rf"[^{_NOUN_TO_QUOTE_STOPS}]{{0,{k.SPEECH_NOUN_REACH}}}")


def speech_noun(ctx: Context, qi: int) -> Fire | Pass:
    """``Politifact checked Roe’s claim that there were “thousands of cases”``:
    the possessor of a noun of saying before the quote said it."""
    q = ctx.quotes[qi]
    lo = max(ctx.sentence_bounds(q.outer_start)[0], q.outer_start - k.SPEECH_NOUN_REACH - 40)
    # a noun before the last stop (a sentence's end, a quotation) cannot reach
    # the quote, and no match of _POSSESSED holds a stop: the scan starts after it
    lo = max(lo, 1 + max(ctx.text.rfind(c, lo, q.outer_start) for c in _NOUN_TO_QUOTE_STOPS))
    last = None
    for found in _POSSESSED.finditer(ctx.text, lo, q.outer_start):
        last = found  # the nearest to the quote
    if last is None or not _NOUN_TO_QUOTE.fullmatch(ctx.text, last.end(), q.outer_start) \
            or ctx.cues_in(last.end(), q.outer_start):
        return _NO_SPEECH_NOUN
    s_lo, s_hi = ctx.sentence_bounds(q.outer_start)
    if ctx.cues_in(s_lo, last.start()) or ctx.cues_in(q.outer_end, s_hi):
        # "Lee called Roe’s remarks “racist”", "…, Lee said": a verb of saying
        # in the sentence governs the noun; the quote is its subject's words
        return _GOVERNED
    if last.group("pron"):
        span = last.span("pron")
        eid = _possessive_antecedent(ctx, ctx.para(q).start, span[0], last.group("pron").lower())
        return Fire(k.SPEECH_NOUN_PRONOUN, entity=eid, span=span)
    mi = ctx.mention_at_end(last.start())
    if mi is None or ctx.mentions[mi].kind == "pronoun":
        return _NO_SPEECH_NOUN
    return Fire(k.SPEECH_NOUN_NAMED, mi)


_NO_TRAILING_NOUN = Pass("no noun of saying with its owner right after the quote "
                         "(was her reply, came the answer from Roe)")


def trailing_noun(ctx: Context, qi: int) -> Fire | Pass:
    """``“Never,” was her reply.``, ``“…,” came the answer from Roe.``: a noun of
    saying right after the quote, and whoever owns it."""
    q = ctx.quotes[qi]
    if not trailing_verb_at(ctx.text, q.outer_end) or \
            (t := TRAILING_NOUN.match(ctx.text, q.outer_end, q.outer_end + 90)) is None:
        return _NO_TRAILING_NOUN
    if t.group("pron"):
        # "his", "her": a pronoun mention of its own (the mention stage made it),
        # resolved as "he said" would be; resolved to no one, the dialogue's
        # model gives the turn to a participant of that gender, as for "he said"
        mi = ctx.mention_at(t.start("pron"))
        if mi is None:
            return _NO_TRAILING_NOUN
        return Fire(k.TRAILING_NOUN, mi)
    at = t.end("poss") if t.group("poss") else t.end("from") if t.group("from") is not None \
        else -1
    if at < 0:
        return _NO_TRAILING_NOUN
    if t.group("poss"):
        mi = ctx.mention_at_end(at)
    else:
        found = ctx.mentions_in(at, at + 1)
        mi = found[0] if found else None
    if mi is None or ctx.mentions[mi].kind == "pronoun":
        return _NO_TRAILING_NOUN
    return Fire(k.TRAILING_NOUN, mi)


def _possessive_antecedent(ctx: Context, lo: int, pos: int, pron: str) -> int | None:
    """Who ``his``/``her``/``their`` at ``pos`` is: the entity of the nearest
    earlier mention from ``lo`` (its paragraph) that agrees (a person for his and
    her: of that gender, or of none known and :func:`person_like`)."""
    want = {"his": "m", "her": "f"}.get(pron)
    rng = ctx.mentions_in(lo, pos)
    for mi in reversed(rng[-k.PRONOUN_MENTIONS:]):  # (bounded: a paragraph may be huge)
        eid = ctx.entity(mi)
        if eid is None:
            continue
        e = ctx.entities[eid]
        if want is None:
            if e.plural or e.kind == "org":
                return eid
            continue
        if e.plural or e.kind == "org" or ctx.oblique(mi):
            continue  # "spoke in Leeds. … her warning": a place after a preposition is no one
        g = ctx.coref.gender[eid]
        if g == want or g is None and person_like(e, None):
            return eid  # (not a thing of no gender: "took out the card. … was her remark")
    return None


_NO_LEADING = Pass("no speech cue before the quote in its sentence")
_NO_NAME_AFTER = Pass("no speaker named after the cue before the quote")
_NO_SUBJECT = Pass("the cue before the quote has no subject that names someone")
_PASSIVE_LEADING = Pass("the cue before the quote is passive (was praised as): its subject "
                        "did not speak, and no agent (by …) names who did")

#: the agent of a passive cue: "praised by Lee", "mocked on Monday by the mayor"
_BY_AGENT = regex.compile(r"[^.!?;:“”\"«»\n]{0,30}?\bby[ \t\xa0\n]++")


#: from a name after its cue to the quote it introduces: ``said Roe: “…”``,
#: ``wrote Roe, a historian, “…”`` (not ``said the report was “…”``: the
#: mention after the cue is then the reported clause's subject)
_NAME_TO_QUOTE = re.compile(
    r"(?:,[^.!?;:“”\"«»\n]{1,80}?,)?[ \t\xa0]*+[:,]?[ \t\xa0\n]*+(?:—|–|--)?[ \t\xa0]*+$")


def leading_cue(ctx: Context, qi: int) -> Fire | Pass:
    """``Roe said: “…”`` / ``Roe told reporters “…”`` / ``According to Roe, “…”``."""
    q = ctx.quotes[qi]
    lo, rng = _cues_before(ctx, qi)
    if not rng:
        return _NO_LEADING
    c = ctx.cues[rng[-1]]
    near = bool(LEAD_GAP.match(ctx.text, c.end, q.outer_start))
    conf = k.LEADING_NEAR if near else k.LEADING_FAR
    if c.preposition:
        mi = ctx.mention_after_cue(c, q.outer_start)
        return Fire(conf, mi, c) if mi is not None else _NO_NAME_AFTER
    if ctx.passive(c, lo):
        # "The plan was praised by Lee as “…”": the agent spoke, the subject did not
        by = _BY_AGENT.match(ctx.text, c.end, q.outer_start)
        mi = ctx.mention_at(by.end()) if by is not None else None
        return Fire(conf, mi, c) if mi is not None else _PASSIVE_LEADING
    s = ctx.verb_subject(rng, lo)
    if s is None:
        # (never after a participle: "calling the two reports “…”" names its object)
        # (nor after a verb of telling: "told Ann Lee: “…”" names the listener)
        mi = None if c.text.endswith("ing") or _LISTENER.match(c.text) else \
            ctx.mention_after_cue(c, q.outer_start)
        if mi is not None and ctx.mentions[mi].kind != "pronoun" and (
                near and _NAME_TO_QUOTE.match(ctx.text, ctx.mentions[mi].end, q.outer_start)
                or _PARENTHETICAL.search(ctx.text, max(lo, c.start - 4), c.start)
                and ctx.text[ctx.mentions[mi].end:ctx.mentions[mi].end + 1] == ","):
            # "Said Roe: “…”", "wrote the minister: “…”"; a tag set off by commas
            # ("The question, says Roe, a historian, is whether …")
            return Fire(k.LEADING_AFTER_CUE, mi, c)
        return _NO_SUBJECT
    mi, w = s
    outer = _outer_report(ctx, rng, lo, mi)
    if outer is not None:
        # "She said she asked the question “…”": the same person reports her own
        # words; the source is the outer report's subject
        return Fire(conf * w, outer[0], outer[1])
    return Fire(conf * w, mi, c, span=ctx.relative_span(mi, c))


#: how far a parenthetical tag (``, he said,``) may stand before the pronoun
_TAG_TO_CLAUSE = 16
#: between a verb of saying and the subject of the clause it reports
_REPORT_TO_SUBJECT = re.compile(r"[ \t\xa0\n]*+(?:that[ \t\xa0\n]++)?")


def _outer_report(ctx: Context, rng: range, lo: int, mi: int) -> tuple[int, Cue] | None:
    """When pronoun ``mi`` opens the clause reported by the cue before it, and
    that cue's subject is the same person (``she said she asked``, ``Lee said he
    had told``), that subject and cue: the outermost report of the same source."""
    m = ctx.mentions[mi]
    if m.kind != "pronoun" or len(rng) < 2:
        return None
    prev = ctx.cues[rng[-2]]
    if prev.preposition or prev.end > m.start or prev.text.endswith("ing"):
        return None
    if _REPORT_TO_SUBJECT.fullmatch(ctx.text, prev.end, m.start) is None and not (
            ctx.text.startswith(",", prev.end) and ctx.text.rfind(",", lo, prev.start) >= 0
            and m.start - prev.end <= _TAG_TO_CLAUSE):
        # nor a tag set off by commas just before the clause ("Nor, he said, did he say")
        return None
    s = ctx.subject_of(prev, lo, strict=True)
    if s is None:
        return None
    o = ctx.mentions[s[0]]
    e, eo = ctx.entity_of[mi], ctx.entity_of[s[0]]
    same = (e is not None and e == eo) or (o.kind == "pronoun" and o.name == m.name)
    return (s[0], prev) if same else None


_NO_LATER = Pass("no speech cue later in the quote's sentence")
_LATER_NO_SPEAKER = Pass("the first cue later in the sentence names no speaker")


def cue_later_in_sentence(ctx: Context, qi: int) -> Fire | Pass:
    """``“…” the senator from Ohio, who …, said on Monday.``: the first cue after the quote."""
    q = ctx.quotes[qi]
    hi = min(ctx.after_hi(qi), max(ctx.sentence_bounds(q.outer_end)[1], q.outer_end + 1))
    rng = ctx.cues_in(q.outer_end, hi)
    if not rng:
        return _NO_LATER
    c = ctx.cues[rng[0]]
    if c.preposition:
        mi = ctx.mention_after_cue(c, hi)
        return Fire(k.LATER_IN_SENTENCE, mi, c) if mi is not None else _LATER_NO_SPEAKER
    if _PARENTHETICAL.search(ctx.text, max(q.outer_end, c.start - 4), c.start):
        # "… and voters get nervous, said Ann Lee, …": a tag after a comma is inverted
        mi = ctx.mention_after_cue(c, hi)
        if mi is not None and ctx.mentions[mi].kind != "pronoun":
            return Fire(k.LATER_AFTER_CUE, mi, c)
    s = ctx.subject_of(c, q.outer_end)
    if s is not None:
        return Fire(k.LATER_IN_SENTENCE * s[1], s[0], c, span=ctx.relative_span(s[0], c))
    mi = ctx.mention_after_cue(c, hi)
    if mi is not None:
        return Fire(k.LATER_AFTER_CUE, mi, c)
    return _LATER_NO_SPEAKER


_NO_COLON = Pass("no colon right before the quote")
_NO_LABEL = Pass("no name right before the colon or opening its clause")


_LISTENER_LABEL = Pass("the name before the colon is told the quote (told Roe: “…”), "
                       "not its label")


def colon_label(ctx: Context, qi: int) -> Fire | Pass:
    """``Jane Roe: “…”`` / ``Roe’s reply: “…”``: a name that labels the quote after a colon
    (a person's, not a headline's topic: ``Brexit: “…”``, ``Storm chaos: “…”``;
    and not a thing described right before the colon when someone opens the
    clause: ``The mayor had a message for residents: “…”`` is the mayor's)."""
    q = ctx.quotes[qi]
    lo = ctx.before_lo(qi)
    label = _LABEL.search(ctx.text, max(lo, q.outer_start - k.COLON_LABEL_REACH), q.outer_start)
    if not label:
        return _NO_COLON
    rng = ctx.mentions_in(lo, q.outer_start)
    if rng and ctx.mentions[rng[-1]].end == label.start() and \
            ctx.mentions[rng[-1]].kind != "pronoun" and (
                ctx.mentions[rng[-1]].kind != "name" or _person_like(ctx, rng[-1])) and not (
                ctx.mentions[rng[-1]].kind == "nominal" and rng[-1] != rng[0]
                and not _person_description(ctx, rng[-1])):
        # (not a thing described right before the colon when someone opens the
        # clause: "The mayor had a message for residents: “…”" is the mayor's)
        told = ctx.cues_in(lo, ctx.mentions[rng[-1]].start)
        if told and _LISTENER.match(ctx.cues[told[-1]].text):
            return _LISTENER_LABEL  # "… stood up and told Ann Lee: “…”": the listener
        return Fire(k.COLON_LABEL, rng[-1])  # "Polls were right - Jane Roe: “…”"
    # (past a subordinate clause or a participle's phrase that opens the
    # sentence: "After the board met, Ruth Adeyemi was blunt: “…”")
    main = main_clause(ctx.text, lo, label.start())
    for i in ctx.mentions_in(main, q.outer_start):
        m = ctx.mentions[i]
        if m.kind != "pronoun" and clause_opening(ctx.text, main, m.start) and (
                m.kind != "name" or _person_like(ctx, i)):
            # (not a topic's word in a headline: "Ukraine war: “…”", "Storm chaos: “…”")
            told = ctx.cues_in(m.end, label.start())
            if told and ctx.passive(ctx.cues[told[-1]], m.end):
                return _PASSIVE_LABEL  # "Ashby was told: “…”": Ashby listened
            return Fire(k.COLON_LABEL, i)
        break
    return _NO_LABEL


_PASSIVE_LABEL = Pass("the clause before the colon is a passive verb of saying (was told): "
                      "its subject listened")


_NOT_REOPENED = Pass("the quote does not reopen a quotation left open at a paragraph end")
_REOPENED_WEAK = Pass("the quotation it reopens has no sure speaker")


def continued_quote(ctx: Context, qi: int) -> Fire | Pass:
    """A quote that reopens a quotation left open at the previous paragraph end.

    It shares the opening's speaker: at once when that was surely decided (or
    is about to be, by a quote of its paragraph); however weakly it was given,
    and as weakly, otherwise (in the second pass, when the opening was decided
    by a later rule of the first, as a quote-only paragraph's narration
    subject)."""
    q = ctx.quotes[qi]
    if q.continues is None:
        return _NOT_REOPENED
    if ctx.strong(q.continues):
        return Fire(k.CONTINUED_QUOTE, speaker_from=q.continues)
    # “A,” Roe said. “B (left open) / “C.”: the quotation it reopens is not
    # decided yet (its paragraph's other quote passes it on later in this pass):
    # follow that quote, as the reopened one will
    c = q.continues
    j = ctx.prev_outer(c)
    if j is not None and ctx.quotes[j].paragraph == ctx.quotes[c].paragraph and \
            ctx.decided[c] is None and ctx.strong(j) and \
            not _other_person_between(ctx, ctx.quotes[j].outer_end, ctx.quotes[c].outer_start, j):
        return Fire(k.CONTINUED_QUOTE, speaker_from=j)
    d = ctx.decided[c]
    if d is not None and (d[1].mention is not None or d[1].speaker_from is not None
                          or d[1].entity is not None):
        # "Ruiz addressed the rally." / "“For two years …" (left open) /
        # "“Today that ends.”": one quotation, whoever its opening was given to
        return Fire(min(k.CONTINUED_QUOTE, d[1].confidence), speaker_from=c)
    return _REOPENED_WEAK


_FIRST_PARAGRAPH = Pass("the quote is in the first paragraph")
_NO_COLON_BEFORE = Pass("the previous paragraph does not end with a colon, nor with a "
                        "speech tag and a comma")
_NO_INTRO = Pass("the sentence ending with the colon names no speaker")


def colon_intro(ctx: Context, qi: int) -> Fire | Pass:
    """``Roe told the crowd:`` closing the previous paragraph introduces this one;
    so does a tag and a comma (``… she said,`` / ``“…”``)."""
    q = ctx.quotes[qi]
    if q.paragraph == 0:
        return _FIRST_PARAGRAPH
    prev = ctx.paragraphs[q.paragraph - 1]
    tail = ctx.text[prev.start:prev.end].rstrip()
    if tail.endswith(","):
        return _comma_tag_before(ctx, prev.start, prev.start + len(tail) - 1)
    if not tail.endswith(":"):
        return _NO_COLON_BEFORE
    lo = max(prev.start, ctx.sentence_bounds(prev.end - 1)[0])
    rng = ctx.cues_in(lo, prev.end)
    if not rng:
        # "The Daily Ledger reports:" / "From the minister's letter:"
        for i in ctx.mentions_in(lo, prev.end):
            if ctx.mentions[i].kind != "pronoun" and clause_opening(ctx.text, lo,
                                                                    ctx.mentions[i].start):
                return Fire(k.COLON_INTRO_LABEL, i)
            break
        return _NO_INTRO
    c = ctx.cues[rng[-1]]
    if c.preposition:
        mi = ctx.mention_after_cue(c, prev.end)
    else:
        # (read as any cue's subject is: "he rose, and … said:" shares his)
        s = ctx.verb_subject(rng, lo)
        mi = s[0] if s else None
    return Fire(k.COLON_INTRO_CUE, mi, c) if mi is not None else _NO_INTRO


#: a paragraph that opens by naming the words before it as someone's: ``That was
#: the message from …``, ``Those were the words of …``, ``So said …``, ``That's
#: what … told …``
_NAMES_WORDS_BEFORE = regex.compile(
    r"(?:That|This|Those|These|Such)(?:[’']s|[ \t\xa0\n]++(?:was|is|were|are))[ \t\xa0\n]++"
    r"(?:(?P<what>what)[ \t\xa0\n]++"
    r"|(?:the|their|his|her|its)[ \t\xa0\n]++(?:\p{Ll}++[ \t\xa0\n]++){0,2}"
    r"(?:message|word|words|verdict|reaction|warning|view|plea|response|reply|answer"
    r"|promise|assessment|advice|refrain|prediction|question|complaint|boast|vow)"
    r"[ \t\xa0\n]++(?:from|of)[ \t\xa0\n]++(?P<at>))"
    r"|So[ \t\xa0\n]++(?:said|says)[ \t\xa0\n]++(?P<so>)")
_NOT_QUOTE_ONLY = Pass("the quote is not all of its paragraph")
_NOT_SPACE = re.compile(r"\S")
_NOT_NAMED_AFTER = Pass("the next paragraph does not open by naming these words as "
                        "someone's (That was the message from Roe …)")


#: ``made the remarks``, ``delivered those comments``: the words just quoted
#: named as the subject's (a verb of making or giving, a determiner that points
#: back, a noun of saying), read right after the subject and its appositive
_MADE_REMARKS = regex.compile(
    r"[ \t\xa0\n]++(?:made|delivered|offered|gave|issued)[ \t\xa0\n]++"
    r"(?:the|those|these|that|his|her|their|its)[ \t\xa0\n]++"
    r"(?:remarks|comments|comment|statement|speech|warning|plea|appeal)\b")


def _made_the_remarks(ctx: Context, lo: int, hi: int) -> Fire | Pass:
    """``Sen. Maria Koval, a Democrat, made the remarks on the Senate floor.``:
    the person who opens the next paragraph's first sentence, when its verb
    says that they made the remarks just quoted."""
    s_lo, s_hi = ctx.sentence_bounds(lo)
    s_hi = min(s_hi, hi, lo + k.NAMED_AFTER_REACH)
    rng = ctx.mentions_in(s_lo, s_hi)
    if s_lo != lo or not rng:
        return _NOT_NAMED_AFTER
    mi = rng[0]
    m = ctx.mentions[mi]
    if m.kind == "pronoun" or not clause_opening(ctx.text, lo, m.start):
        return _NOT_NAMED_AFTER
    # the subject, perhaps an appositive set off by commas, then the verb
    pos = m.end
    if ctx.text.startswith(",", pos):
        close = ctx.text.find(",", pos + 1, s_hi)
        pos = close + 1 if close >= 0 else pos
    made = _MADE_REMARKS.match(ctx.text, pos, s_hi)
    return Fire(k.NAMED_AFTER, mi) if made is not None else _NOT_NAMED_AFTER


def named_after(ctx: Context, qi: int) -> Fire | Pass:
    """``“We're not going anywhere.”`` / ``That was the message from Mayor Linda
    Chu on Thursday …``: a paragraph that is a quote and nothing else, which the
    next paragraph names as someone's words (``That was the message from``,
    ``Those were the words of``, ``So said``, ``That's what Roe told …``, or its
    first sentence's subject ``made the remarks``: ``Sen. Koval, a Democrat, made
    the remarks on the Senate floor``), as a news story may open; or a quote
    opening its paragraph that the sentence after it names so (``“…” So said
    Mayor Chu.``)."""
    q = ctx.quotes[qi]
    para = ctx.para(q)
    rest = _NOT_SPACE.search(ctx.text, q.outer_end, para.end)  # (not a slice: a paragraph
    if rest is not None:  # may hold thousands of quotes)
        # "“We're not going anywhere.” So said Mayor Chu.": the sentence after a
        # quote that opens its paragraph names it so too
        lo = rest.start()
        m = _NAMES_WORDS_BEFORE.match(ctx.text, lo, para.end) \
            if q.outer_start == para.start and ctx.text[q.end - 1:q.end] in ".!?" else None
        if m is None:
            return _NOT_QUOTE_ONLY
        hi = para.end
    else:
        if q.paragraph + 1 >= len(ctx.paragraphs):
            return _NOT_QUOTE_ONLY
        nxt = ctx.paragraphs[q.paragraph + 1]
        m = _NAMES_WORDS_BEFORE.match(ctx.text, nxt.start, nxt.end)
        if m is None:
            return _made_the_remarks(ctx, nxt.start, nxt.end)
        hi = nxt.end
    if m.group("what") is not None:
        # "That's what Roe told reporters": the cue's subject
        rng = ctx.cues_in(m.end(), min(hi, m.end() + 80))
        if not rng:
            return _NOT_NAMED_AFTER
        c = ctx.cues[rng[0]]
        s = ctx.subject_of(c, m.end(), strict=True)
        return Fire(k.NAMED_AFTER, s[0], c) if s is not None else _NOT_NAMED_AFTER
    pos = m.end("at") if m.group("at") is not None else m.end("so")
    mi = ctx.mention_at(pos)
    if mi is None or ctx.mentions[mi].kind == "pronoun":
        return _NOT_NAMED_AFTER
    return Fire(k.NAMED_AFTER, mi)


def _comma_tag_before(ctx: Context, start: int, comma: int) -> Fire | Pass:
    """The previous paragraph (from ``start``) ends with a speech cue and its
    subject, then the comma at ``comma``: ``she said,``, ``said Elinor,``."""
    lo = max(start, ctx.sentence_bounds(comma)[0])
    rng = ctx.cues_in(lo, comma)
    if not rng:
        return _NO_COLON_BEFORE
    c = ctx.cues[rng[-1]]
    text = ctx.text
    if c.preposition or c.text.endswith("ing"):
        return _NO_COLON_BEFORE
    if not text[c.end:comma].strip():
        s = ctx.verb_subject(rng, lo)  # "… she said,"
        mi = s[0] if s else None
    else:
        mi = ctx.mention_after_cue(c, comma)  # "… said Elinor,"
        if mi is not None and text[ctx.mentions[mi].end:comma].strip():
            mi = None
    return Fire(k.COLON_INTRO_CUE, mi, c) if mi is not None else _NO_COLON_BEFORE


_NO_NEIGHBOUR = Pass("no other quote of the paragraph has a speaker")


def same_paragraph(ctx: Context, qi: int) -> Fire | Pass:
    """``“A,” Roe said. “B.”``: a quote shares the speaker of its paragraph's other quote.

    Surely when that quote's speaker is sure (a tag); else, in the second pass,
    as a weaker guess that follows it (a turn the exchange model decided).  Not
    the speaker of a quote after it tagged with a verb of answering (``“A.”
    “B,” echoed Margaret.``: B answers A, someone else's)."""
    q = ctx.quotes[qi]
    j = ctx.prev_outer(qi)
    # (past the fragments the narration quotes, undecided, no one's speech: “…,”
    # said Mrs. Fenby, preferring "course" to "tactics". “And why …?”)
    while j is not None and ctx.quotes[j].paragraph == q.paragraph and \
            ctx.decided[j] is None and not _sentence_like(ctx, j):
        j = ctx.prev_outer(j)
    if j is not None and ctx.quotes[j].paragraph != q.paragraph:
        j = None
    n = ctx.next_outer(qi)
    if n is not None and ctx.quotes[n].paragraph != q.paragraph:
        n = None
    if n is not None and _replies(ctx, n):
        n = None  # "“A.” “B,” echoed Margaret.": B answers A, which is someone else's
    for src, conf, sure in ((j, k.SAME_PARAGRAPH_PREVIOUS, True),
                            (n, k.SAME_PARAGRAPH_NEXT, True),
                            (j, k.SAME_PARAGRAPH_WEAK, False),
                            (n, k.SAME_PARAGRAPH_WEAK, False)):
        if src is None or not (ctx.strong(src) if sure else _has_speaker(ctx, src)):
            continue
        lo, hi = (ctx.quotes[src].outer_end, q.outer_start) if src < qi else \
            (q.outer_end, ctx.quotes[src].outer_start)
        if _other_person_between(ctx, lo, hi, src):
            return _SOMEONE_BETWEEN
        return Fire(conf, speaker_from=src)
    return _NO_NEIGHBOUR


#: The forms of the verbs of answering: a quote tagged with one answers the one
#: before it, someone else's (``“Do come again.” “Yes, you must,” echoed Margaret.``)
_REPLY_FORMS = lx.cue_forms_of(("reply", "answer", "return", "rejoin", "retort", "echo",
                                 "respond"))


def _replies(ctx: Context, qi: int) -> bool:
    """Quote ``qi`` was decided by a tag whose verb is one of answering."""
    d = ctx.decided[qi]
    return d is not None and d[1].cue is not None and d[1].cue.text.lower() in _REPLY_FORMS


def _has_speaker(ctx: Context, qi: int) -> bool:
    """Quote ``qi`` was given someone (an entity, or a mention naming them),
    however weakly: a turn decided by the exchange model, an action beat."""
    d = ctx.decided[qi]
    if d is None or d[1].confidence <= 0.0:
        return False
    e, mi = ctx.speaker_entity(qi)
    return e is not None or mi is not None


_SOMEONE_BETWEEN = Pass("another person is named between this quote and the one it would copy")


def _other_person_between(ctx: Context, lo: int, hi: int, src: int) -> bool:
    """A person other than quote ``src``'s speaker opens a clause in ``[lo, hi)``
    (``“A,” Lee said. Reed, the deputy, put it: “B.”``): the speaker may have
    changed, so a neighbour's speaker is not passed on across it.  A name in
    any other place (``told Reed``, ``of Reed’s plan``) does not count."""
    dec = ctx.decided[src]
    if dec is not None:  # past the source's own tag: "“A,” Roe, a nurse, said."
        d = dec[1]
        if d.mention is not None:
            lo = max(lo, ctx.mentions[d.mention].end)
        if d.cue is not None:
            lo = max(lo, d.cue.end)
    if hi <= lo:
        return False
    who = ctx.speaker_entity(src)[0]
    for i in ctx.mentions_in(lo, hi):
        m = ctx.mentions[i]
        if m.kind == "pronoun" or m.end > hi or not (
                _person_like(ctx, i) or m.kind == "nominal" and not m.plural
                and m.name.rsplit(None, 1)[-1].lower() in lx.PERSON_HEADS):
            continue
        e = ctx.entity_of[i]
        if e is not None and e == who:
            continue
        if m.kind == "name" and e is not None and \
                clause_opening(ctx.text, ctx.sentence_bounds(m.start)[0], m.start):
            return True  # the subject of a clause of its own
        if _speaks(ctx, m, hi):
            return True  # "…,” Lee said, and her husband cut in. “…”
    return False


#: a subordinator right before a mention: it opens an adverbial clause
_SUBORDINATE = regex.compile(
    r"\b(?i:as|while|when|whenever|after|before|because|since|though|although|if|unless"
    r"|until|once)[ \t\xa0\n]++$", regex.REVERSE)


def _person_description(ctx: Context, mi: int) -> bool:
    """Description ``mi`` names a person (``the old man``, ``the clerk``), not a
    thing or an event (``the music``, ``the storm``)."""
    e = ctx.entity_of[mi]
    return e is not None and person_like(ctx.entities[e], ctx.coref.gender[e])


def _speaks(ctx: Context, m: Mention, hi: int) -> bool:
    """Mention ``m`` is the subject of a speech cue before ``hi``, in a main
    clause (``after Rubio spoke`` sets a time; no one takes the floor)."""
    if _SUBORDINATE.search(ctx.text, max(0, m.start - 12), m.start) or \
            ctx.text[m.end:m.end + 1] in ("’", "'"):
        return False  # (or a possessor: "the son’s reassuring words")
    for ci in ctx.cues_in(m.end, min(hi, m.end + k.TRAILING_CUE_REACH)):
        c = ctx.cues[ci]
        return not c.preposition and c.text.lower() not in _GOING_ON \
            and subject_gap(ctx.text, m.end, c.start)
    return False


_NO_BEAT = Pass("no narration next to the quote in its paragraph opens with a person")


def action_beat(ctx: Context, qi: int) -> Fire | Pass:
    """``Jon pushed his plate away. “I’m not hungry.”``: an untagged quote next to
    narration about a person, in the same paragraph, is that person's (an action beat).

    The person opens the narration sentence (its main clause, after a
    subordinate one: ``When Sherry had gone, Walt leaned back.``: Walt): a name,
    *he* or *she*, or a description of the one person named with its title
    (``The colonel heaved the trunk`` after ``Colonel Ashby``); not a person the paragraph's quotes
    call by name (``He folded his spectacles. “You might go, Hallam.”``: Hallam
    is spoken to).  When the sentence right before the quote names no one
    (``Jess picked up a can. The label had worn away. “…”``), the person who
    opens the sentence before that one is still the beat's.  A quote with a
    verb of saying right after it is tagged, not a beat (``Jess sat down. “…,”
    muttered somebody at the back.``).  A sound made without words that ends
    its sentence (``Ann laughed.``, ``She sighed heavily.``) is an action, no
    tag."""
    q = ctx.quotes[qi]
    para = ctx.para(q)
    if _verb_tag_after(ctx, q):
        return _TAGGED_BY_VERB
    # the narration sentence right before the quote, else the one right after it,
    # with no other quote between it and this one
    before = ctx.sentence_bounds(q.outer_start - 1) if q.outer_start > para.start else None
    j = ctx.prev_outer(qi)
    if before is not None and before[0] >= para.start and before[1] <= q.outer_start and (
            j is None or ctx.quotes[j].outer_end <= before[0]):
        mi = _beat_subject(ctx, before[0], before[1])
        if mi is None:
            mi = _earlier_beat(ctx, para.start if j is None else max(
                para.start, ctx.quotes[j].outer_end), before[1])
        if mi is not None:
            return _CALLED_IN_BEAT if _calls(ctx, qi, mi) else Fire(k.ACTION_BEAT, mi)
    n = ctx.next_outer(qi)
    pos = q.outer_end
    while pos < para.end and ctx.text[pos].isspace():
        pos += 1
    if pos < para.end:
        after = ctx.sentence_bounds(pos)
        if after[0] >= q.outer_end and after[1] <= para.end and (
                n is None or ctx.quotes[n].outer_start >= after[1]):
            mi = _beat_subject(ctx, after[0], after[1])
            if mi is not None:
                return _CALLED_IN_BEAT if _calls(ctx, qi, mi) else Fire(k.ACTION_BEAT, mi)
    return _NO_BEAT


_CALLED_IN_BEAT = Pass("the quote calls the person of the narration next to it by name: "
                       "spoken to, not speaking")


def _calls(ctx: Context, qi: int, mi: int) -> bool:
    """Quote ``qi``, or a quote next to it in its paragraph, calls the person of
    mention ``mi`` by name (``He folded his spectacles. “You might go yourself,
    Hallam.”``: Hallam is spoken to)."""
    e = ctx.entity(mi)
    if e is None or e >= len(ctx.entities):
        return False
    para = ctx.quotes[qi].paragraph
    words: frozenset[str] | None = None
    # (its neighbours only: a paragraph may hold thousands of quotes)
    for j in (qi, ctx.prev_outer(qi), ctx.next_outer(qi)):
        if j is None:
            continue
        q = ctx.quotes[j]
        if q.paragraph != para or not _CALL_SHAPE.search(ctx.text, q.start, q.end):
            continue
        if words is None:
            words = ctx.name_words(e)
        if any(word.lower() in words and not _titles_differ(title, ctx.entities[e].title)
               for word, title, _ in called_names(ctx.text, q)):
            return True
    return False


def _titles_differ(a: str | None, b: str | None) -> bool:
    """Two titles of the other gender (``Mr.`` and ``Mrs.``): ``“…, Mr. Ashby.”``
    does not call Mrs. Ashby."""
    if a is None or b is None:
        return False
    ga, gb = _gender_of(a, []), _gender_of(b, [])
    return ga is not None and gb is not None and ga != gb


#: a capitalised word set off by a comma or a dash, or before ``!``, ``?``: what a
#: call by name needs (most quotes have none, and the vocatives are not read)
_CALL_SHAPE = re.compile(r"[,;—–] *[A-Z][a-z]|[A-Z][a-z]+ *[,!?;—–]")


def _beat_subject(ctx: Context, lo: int, hi: int) -> int | None:
    """The person who opens the narration sentence ``[lo, hi)``, when it has no speech cue."""
    # ("When Sherry is gone, Walt leans back.": Walt; "Asked whether …, Falk
    # shrugged.": the participle's verb of saying is no cue of the beat)
    lo = main_clause(ctx.text, lo, hi)
    if any(not _bare_sound(ctx, ci, hi) for ci in ctx.cues_in(lo, hi)):
        return None
    for i in ctx.mentions_in(lo, hi):
        start = ctx.mentions[i].start
        if ctx.mentions[i].title and ctx.text[max(lo, start - 4):start] in ("The ", "the "):
            start -= 4  # "The Reverend Ashdown looked out.": the article of a titled name
        if (clause_opening(ctx.text, lo, start) or _NAMED_OPENING.match(ctx.text, lo, start)) and (
                _person_like(ctx, i) or _titled_description(ctx, i)
                or ctx.mentions[i].kind == "nominal" and title_person(ctx, ctx.entity_of[i])) \
                and ctx.mentions[i].name != "they":
            return i
        break
    return None


#: a description opening a clause and naming the person after it (``A young
#: engineer named Dace Holm appeared``): the name is the clause's subject
_NAMED_OPENING = regex.compile(
    r"[ \t\xa0]*+(?:A|An|One)[ \t\xa0]++(?:[\p{Ll}\-]++[ \t\xa0]++){1,3}(?<=named |called )$")


#: the forms of the verbs of saying that are sounds a person makes without words
#: (*laughed*, *sighed*, *groaned*): alone at a sentence's end, an action
_SOUND_FORMS = lx.cue_forms_of((
    "laugh", "sigh", "smile", "groan", "snort", "grunt", "chuckle", "giggle", "sniff",
    "sob", "scoff", "gasp", "moan", "whimper", "sneer", "huff", "wail"))
#: an adverb or two and the sentence's stop after such a verb (``Ann laughed
#: softly.``): nothing said
_SOUND_END = regex.compile(r"(?:[ \t\xa0]++\p{Ll}++(?<=ly)){0,2}[ \t\xa0]*+[.!][ \t\xa0]*+$")


def _bare_sound(ctx: Context, ci: int, hi: int) -> bool:
    """Cue ``ci`` is a sound made without words that ends its sentence (``Ann
    laughed.``, ``She sighed heavily.``): an action beat's verb, no tag."""
    c = ctx.cues[ci]
    return c.text.lower() in _SOUND_FORMS and \
        _SOUND_END.match(ctx.text, c.end, hi) is not None


_TAGGED_BY_VERB = Pass("a verb of saying right after the quote tags it (its speaker is "
                       "the tag's, read or not: chorused the others)")


def _verb_tag_after(ctx: Context, q: Quote) -> bool:
    """A verb of saying stands right after quote ``q``'s closing mark (past a
    comma, a stop and spaces): ``“…,” chorused the others.``"""
    c = ctx.cue_at(past_closing_mark(ctx.text, q.outer_end))
    return c is not None and not c.preposition


def _earlier_beat(ctx: Context, lo: int, hi: int) -> int | None:
    """``Jess picks up a can. The label has worn away. “What about this one?”``:
    the sentence right before a quote (ending at ``hi``) opens with no person;
    when it names no one at all, the person who opens an earlier sentence of the
    same narration (from ``lo``; past at most
    :data:`~quoteattr._constants.BEAT_SENTENCES` sentences that name no one) is
    still the one the quote's beat is about."""
    for _ in range(k.BEAT_SENTENCES):
        s_lo, s_hi = ctx.sentence_bounds(hi - 1)
        if s_lo <= lo or s_hi > hi or _names_someone(ctx, s_lo, s_hi):
            return None  # "Tom sat down. Ann smiled.": Ann's, or no one's
        hi = s_lo
        p_lo, p_hi = ctx.sentence_bounds(hi - 1)
        if p_lo < lo:
            return None
        mi = _beat_subject(ctx, p_lo, p_hi)
        if mi is not None:
            return mi
    return None


def _names_someone(ctx: Context, lo: int, hi: int) -> bool:
    """``[lo, hi)`` names or refers to a person: a name, a personal pronoun other
    than *it*, a description of a person."""
    for i in ctx.mentions_in(lo, hi):
        m = ctx.mentions[i]
        if m.kind == "name" or m.kind == "pronoun" and m.name != "it":
            return True
        if m.kind == "nominal" and (e := ctx.entity_of[i]) is not None and \
                person_like(ctx.entities[e], None):
            return True
    return False


def _titled_description(ctx: Context, mi: int) -> bool:
    """``The colonel heaved the trunk into the back.``: a description that the
    clustering joined to the one person named with its title (Colonel Ashby), or
    a description naming a title that the discourse model read as that person
    (``the doctor`` … ``Dr. Strand`` … ``The doctor considered.``, the first
    *the doctor* before the name)."""
    if ctx.mentions[mi].kind != "nominal":
        return False
    e = ctx.entity_of[mi]
    if e is not None and ctx.entities[e].kind == "name" and ctx.entities[e].title is not None:
        return True
    # ("the doctor" after "Dr. Strand": the discourse model read the one person
    # named with that title, which the clustering did not join)
    r = ctx.coref.resolved[mi]
    return r is not None and r != e and r < len(ctx.entities) and \
        ctx.entities[r].kind == "name" and ctx.entities[r].title is not None and \
        _title_description(ctx.mentions[mi]) is not None


_NOT_SOLVED = Pass("the exchange model left this turn undecided (fewer than two people)")


def turn_taking(ctx: Context, qi: int) -> Fire | Pass:
    """In a dialogue exchange, an untagged turn gets the speaker of the best path
    over the exchange's turns, the tagged turns fixed, among the people present
    in the scene (alternation, the person addressed, action beats, people
    entering and leaving; see ``quoteattr._exchanges``); surer with fewer people
    present and near a tagged turn."""
    found = ctx.exchanges.turn_speaker.get(qi)
    if found is None:
        return _NOT_SOLVED
    who, conf, src = found
    if src is not None:
        return Fire(conf, speaker_from=src)
    return Fire(conf, entity=who)


_PREVIOUS_QUOTED = Pass("the previous paragraph has a quote (continuation decides that case)")
_NO_NARRATION_SUBJECT = Pass(
    "no name or organisation opens the previous paragraph, nor one set off after a description, "
    "nor a person's description as a verb of saying's subject")



def narration_subject(ctx: Context, qi: int) -> Fire | Pass:
    """News: a quote-only paragraph after a paragraph about someone
    (``Roe is upbeat about the vote.`` / ``“We will win.”``) is theirs (weak);
    when a description opens that paragraph with a name set off after it
    (``Roe's deputy, Ann Lee, was upbeat.``), the named person's; when a
    person's description opens it as a verb of saying's subject (``The mayor
    said she was relieved.``), the description's, and so for *he* or *she*
    (``She said trade had been slow.``: the person it stands for).  The subject
    is read past an opening phrase, and a mention in it (``After 30 years with
    the county police, Ada Brennan retires.``); when the paragraph's first
    sentence names no one there, a person named as its last sentence's subject
    (``The match ended 2-1. Pryce was furious.``)."""
    q = ctx.quotes[qi]
    if q.paragraph < 1:
        return _FIRST_PARAGRAPH
    prev = ctx.paragraphs[q.paragraph - 1]
    if ctx.turn(qi, q.paragraph - 1) is not None:
        return _PREVIOUS_QUOTED
    found = ctx.mentions_in(prev.start, prev.end)
    # the first mention after no more than an opening phrase: the subject, past
    # a mention inside that phrase ("After 35 years with the fire department,
    # Bernard Okafor retires on Friday.")
    reach = prev.start + k.CLAUSE_OPENING
    found = next((found[i:] for i in range(len(found))
                  if ctx.mentions[found[i]].start > reach
                  or clause_opening(ctx.text, prev.start, ctx.mentions[found[i]].start)),
                 found[:0])
    if not found:
        return _last_sentence_subject(ctx, prev)
    m = ctx.mentions[found[0]]
    if not clause_opening(ctx.text, prev.start, m.start):
        return _last_sentence_subject(ctx, prev)
    if m.kind in ("name", "org"):
        for ci in ctx.cues_in(m.end, min(prev.end, m.end + 40)):
            # "Tom Hale asked Linda Reed if she would resign." / "“…”": the one asked
            if (asked := _asked_person(ctx, ctx.cues[ci], q)) is not None and \
                    ctx.subject_of(ctx.cues[ci], prev.start, strict=True) == (found[0], 1.0):
                return Fire(k.NARRATION_SUBJECT, asked)
        return Fire(k.NARRATION_SUBJECT, found[0])
    if (m.kind == "nominal" and not m.plural and m.text[:4].lower() == "the "
            and _person_description(ctx, found[0])
            # "She said business had been slow." / "“…”": he or she as well
            or m.kind == "pronoun" and m.name in ("he", "she")) and \
            any((sj := ctx.subject_of(ctx.cues[ci], prev.start, strict=True)) is not None
                and sj[0] == found[0] for ci in ctx.cues_in(m.end, prev.end)):
        # "After the vote, the mayor said she was relieved." / "“…”": a person's
        # description that opens the paragraph as a verb of saying's subject
        # (not one only described there: "The deputy minister was upbeat.")
        return Fire(k.NARRATION_SUBJECT, found[0])
    if m.kind == "nominal" and len(found) > 1 and ctx.mentions[found[1]].kind == "name" and \
            ctx.text[m.end:ctx.mentions[found[1]].start] == ", ":
        # "Varga's deputy, Elena Kis, was upbeat.": the name set off after the
        # description that opens the paragraph.  (The description alone, "The
        # deputy minister was upbeat.", measured: in a story the quote after is
        # as often the one spoken to)
        return Fire(k.NARRATION_SUBJECT, found[1])
    return _last_sentence_subject(ctx, prev)


def _last_sentence_subject(ctx: Context, prev: Paragraph) -> Fire | Pass:
    """``The match ended 2-1. Pryce was furious.`` / ``“We were sloppy.”``: the
    person named as the subject of the paragraph's last sentence, when its first
    names no one: a person's name, of a known gender or with a title (a
    description there is as often the one spoken to, and a bare name as often
    a place: ``Florida is a swing state.``)."""
    lo = ctx.sentence_bounds(max(prev.start, prev.end - 1))[0]
    if lo <= prev.start:
        return _NO_NARRATION_SUBJECT
    for mi in ctx.mentions_in(lo, min(prev.end, lo + k.CLAUSE_OPENING)):
        m = ctx.mentions[mi]
        if clause_opening(ctx.text, lo, m.start):
            e = ctx.entity_of[mi]
            if m.kind == "name" and (m.title or e is not None and ctx.coref.gender[e]):
                return Fire(k.NARRATION_SUBJECT, mi)
            break
    return _NO_NARRATION_SUBJECT


_NO_CONTINUED_SPEAKER = Pass("the previous paragraph's last quote has no sure speaker")


def continuation(ctx: Context, qi: int) -> Fire | Pass:
    """A paragraph that opens with a quote carries on the previous paragraph's speaker."""
    q = ctx.quotes[qi]
    j = ctx.prev_outer(qi)
    if j is not None and ctx.quotes[j].paragraph == q.paragraph - 1 and ctx.strong(j):
        if _other_person_between(ctx, ctx.quotes[j].outer_end, q.outer_start, j):
            return _SOMEONE_BETWEEN
        return Fire(k.CONTINUATION, speaker_from=j)
    return _NO_CONTINUED_SPEAKER


_NO_PARAGRAPH_CUE = Pass("no speech cue with a subject near the quote in its paragraph")


def paragraph_cue(ctx: Context, qi: int) -> Fire | Pass:
    """Any speech cue with a subject elsewhere in the quote's paragraph (weak);
    after a question's sentence (``Reporters asked Linda Reed if she would
    resign. “Not a chance.”``), the one asked answers."""
    q = ctx.quotes[qi]
    para = ctx.para(q)
    best: tuple[int, Fire] | None = None
    # the cues near the quote only (a whole paragraph could be megabytes)
    reach = k.PARAGRAPH_CUE_REACH
    for ci in ctx.cues_in(max(para.start, q.outer_start - reach),
                          min(para.end, q.outer_end + reach)):
        c = ctx.cues[ci]
        lo = ctx.sentence_bounds(c.start)[0]
        s = ctx.subject_of(c, max(lo, para.start))
        if s is None:
            continue
        d = abs(c.start - q.outer_start)
        if best is None or d < best[0]:
            asked = _asked_person(ctx, c, q)
            best = (d, Fire(k.PARAGRAPH_CUE, asked, c) if asked is not None else
                    Fire(k.PARAGRAPH_CUE, s[0], c, span=ctx.relative_span(s[0], c)))
    return best[1] if best else _NO_PARAGRAPH_CUE


def _asked_person(ctx: Context, c: Cue, q: Quote) -> int | None:
    """``Reporters asked Linda Reed if she would resign. “Not a chance.”``: the
    person asked (named right after *asked*) answers the quote after the
    question's sentence, when the quote is no question itself."""
    if c.text.lower() not in _ASKED or q.outer_start < ctx.sentence_bounds(c.start)[1] - 1 \
            or ctx.text[q.start:q.end].rstrip().endswith("?"):
        return None  # (a quote in or before the question's sentence, or a question)
    mi = ctx.mention_after_cue(c, q.outer_start)
    if mi is None or ctx.mentions[mi].kind == "pronoun" and \
            ctx.mentions[mi].text not in ("him", "her") or not (
                _person_like(ctx, mi) or ctx.mentions[mi].kind == "pronoun"):
        return None
    return mi


_ASKED = frozenset({"asked", "asks", "questioned", "pressed"})


_OPENS_SENTENCE = Pass("the quote opens its sentence: there is no subject before it")
_NO_PERSON = Pass("no person opens the quote's sentence")


def sentence_subject(ctx: Context, qi: int) -> Fire | Pass:
    """``Roe lauded the plan for its “new ideas”``: a fragment belongs to the
    subject of its sentence even when the verb is not a speech cue (weak)."""
    q = ctx.quotes[qi]
    lo = ctx.before_lo(qi)
    if q.outer_start <= lo + 1:
        return _OPENS_SENTENCE
    rel = _RELATIVE_BEFORE.search(ctx.text, max(lo, q.outer_start - k.SUBJECT_REACH),
                                  q.outer_start)
    if rel is not None:
        # "Lee contrasted that with Reed, who wants to bring “people together”":
        # the fragment stands in a relative clause; its antecedent's words
        mi = ctx.mention_at_end(rel.start())
        if mi is not None and _person_like(ctx, mi):
            return Fire(k.SENTENCE_SUBJECT, mi, span=rel.span("rel"))
    for i in ctx.mentions_in(lo, q.outer_start):
        m = ctx.mentions[i]
        if clause_opening(ctx.text, lo, m.start) and _person_like(ctx, i) \
                and not _POSSESSIVE.match(ctx.text, m.end):
            told = ctx.cues_in(m.end, q.outer_start)
            if told and ctx.passive(ctx.cues[told[0]], m.end):
                return _PASSIVE_SUBJECT  # "Ashby was told: “…”": Ashby listened
            return Fire(k.SENTENCE_SUBJECT, i)
        break
    return _NO_PERSON


_PASSIVE_SUBJECT = Pass("the subject's verb of saying is passive (was told): the subject "
                        "listened")


#: ``Reed, who is looking to bring “…”``: a relative pronoun after a mention,
#: then its clause up to the quote (no comma, clause end or other quote)
_RELATIVE_BEFORE = regex.compile(
    r",?[ \t\xa0\n]++(?P<rel>who)[ \t\xa0\n]++[^,;:.!?“”\"«»()\n]{1,100}$", regex.REVERSE)


#: A possessor is not the subject: "Lee’s first novel, “…”, sold well".
_POSSESSIVE = regex.compile(r"[’']s?\b")


def _person_like(ctx: Context, mi: int) -> bool:
    """A mention that surely names someone who could speak: he/she/they, a
    titled or gendered or multi-word name, a name the text repeats, in the
    narration or inside a quote, a census given name (``Rosie``), or a name
    whose clause refers back to it by *his* or *her* (``Holmes leaned back in
    his chair``) or whose verb is a person's (``Kowalski came in``, ``Ortiz
    nodded``; not *stood* or *sat*, which a house does too; a lone capitalised
    word opening a sentence, "Relentlessly", is not enough)."""
    m = ctx.mentions[mi]
    if m.kind == "pronoun":
        return m.name in ("he", "she", "they")
    if m.kind != "name":
        return False
    e = ctx.entity_of[mi]
    return bool(m.title or m.gender or " " in m.name or (
        e is not None and len(ctx.entities[e].mentions) > 1) or ctx.quoted_word(m.name)
        or _given_name(m.name)
        or _OWN_POSSESSIVE.match(ctx.text, m.end, m.end + _OWN_REACH) is not None
        or (pv := _PERSON_VERB.match(ctx.text, m.end)) is not None
        and not pv.group().endswith(_THING_POSTURES))


#: a person's verbs that a building or a hill has too (``Ravenscar stood on its hill``)
_THING_POSTURES = ("stood", "sat")


def _given_name(name: str) -> bool:
    """A census given name (``Rosie``): a person's, even named once."""
    low = name.lower()
    return low in lx.GIVEN_FEMALE or low in lx.GIVEN_MALE


# --------------------------------------------------------------------------
# The rules for quotes inside quotes

_NOT_INSIDE = Pass("the quote does not stand inside another quote's words")
_NO_INNER_CUE = Pass("no speech cue right before it inside the outer quote")
_NO_INNER_SUBJECT = Pass("no one is named before that cue inside the outer quote")


def nested_cue(ctx: Context, qi: int) -> Fire | Pass:
    """``“Okafor told me ‘never again’”``: a quote inside a quote belongs to
    whoever the outer speech says spoke it (named just before its cue, before an
    auxiliary of habit, ``Bill used to say``, or opening the clause whose verb
    phrase the cue is joined to by *and*, ``I rang her and said``; a given name
    alone is the one person named in full with it); after ``I said`` it is the
    outer speaker's own (``“… I said ‘are you sure?’”``)."""
    q = ctx.quotes[qi]
    parent = ctx.parent[qi]
    if parent is None or ctx.quotes[parent].end < q.outer_start:
        return _NOT_INSIDE
    lo = max(ctx.quotes[parent].start, q.outer_start - k.NESTED_LOOKBACK)
    last = None
    for m in ctx.cue_patterns.pattern.finditer(ctx.text, lo, q.outer_start):
        last = m
    if last is None or not LEAD_GAP.match(ctx.text, last.end(), q.outer_start):
        return _NO_INNER_CUE
    cue = Cue(last.start(), last.end(), last.group(), False)
    subj = _inner_subject(ctx.text, lo, cue.start)
    if subj is None:
        return _NO_INNER_SUBJECT
    if subj.group("pron") == "I" and (d := ctx.decided[parent]) is not None and \
            ctx.speaker_entity(parent)[0] is not None:
        # "“I said ‘thank you’, of course.”": the outer speaker's own words
        return Fire(min(k.NESTED_KNOWN, d[1].confidence), cue=cue, speaker_from=parent,
                    span=(subj.start("pron"), subj.end("pron")))
    if subj.group("pron"):
        return Fire(k.NESTED_UNKNOWN, cue=cue, span=(subj.start("pron"), subj.end("pron")))
    last_word = subj.group("name").split()[-1].lower()
    span = (subj.start("name"), subj.end("name"))
    for e in reversed(ctx.entities):
        if e.kind == "name" and e.proper and e.canonical.split()[-1].lower() == last_word:
            return Fire(k.NESTED_KNOWN, cue=cue, entity=e.id, span=span)
    if " " not in subj.group("name"):
        # "“Bill said, ‘Go home’ …”" with Bill Lark named: a given name alone, the one
        # person named in full with it (two of that name: no one)
        found = [e for e in ctx.entities if e.kind == "name" and e.proper
                 and len(words := e.canonical.split()) > 1 and words[0].lower() == last_word]
        if len(found) == 1:
            return Fire(k.NESTED_KNOWN, cue=cue, entity=found[0].id, span=span)
    return Fire(k.NESTED_UNKNOWN, cue=cue, span=span)


def nested(ctx: Context, qi: int) -> Fire | Pass:
    """A quote inside a quote with no speaker named for it: usually someone the
    outer speaker is quoting; its speaker is left empty."""
    return Fire(k.NO_SPEAKER)


# --------------------------------------------------------------------------
# The sieves, in order

_BOTH_PASSES = (1, 2)

#: The sieve for outermost quotes, in order (``same_paragraph`` runs a second
#: pass: a turn the exchange model decided passes its speaker on to the
#: other quotes of its paragraph).
RULES: tuple[Rule[Context], ...] = (
    Rule("scare_quote", scare_quote),
    Rule("trailing_cue", trailing_cue),
    Rule("trailing_noun", trailing_noun),
    Rule("title_like", title_like),
    Rule("speech_noun", speech_noun),
    Rule("leading_cue", leading_cue),
    Rule("cue_later_in_sentence", cue_later_in_sentence),
    Rule("colon_label", colon_label),
    Rule("continued_quote", continued_quote, _BOTH_PASSES),
    Rule("colon_intro", colon_intro, when=(OPENS_PARAGRAPH,)),
    Rule("named_after", named_after, when=(OPENS_PARAGRAPH,)),
    Rule("same_paragraph", same_paragraph, _BOTH_PASSES, (SENTENCE_OR_RESUMED,)),
    Rule("action_beat", action_beat),
    Rule("turn_taking", turn_taking, when=(OPENS_TURN, IN_EXCHANGE)),
    Rule("continuation", continuation, when=(OUT_OF_EXCHANGE, OPENS_PARAGRAPH, SENTENCE_LIKE)),
    Rule("narration_subject", narration_subject,
         when=(OUT_OF_EXCHANGE, OPENS_PARAGRAPH, SENTENCE_LIKE)),
    Rule("paragraph_cue", paragraph_cue, when=(SENTENCE_LIKE,)),
    Rule("sentence_subject", sentence_subject),
)

#: The sieve for quotes inside quotes (``level`` ≥ 1), in order.
NESTED_RULES: tuple[Rule[Context], ...] = (
    Rule("nested_cue", nested_cue),
    Rule("nested", nested),
)


def rule_names() -> tuple[str, ...]:
    """Every rule's name, outermost, nested, then reported speech (what
    ``Config.disabled_rules`` takes)."""
    return (*(r.name for r in (*RULES, *NESTED_RULES)), *(r.name for r in REPORT_RULES))
