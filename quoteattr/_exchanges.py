"""Dialogue exchanges: runs of turns, who takes part, and who speaks each untagged turn.

A *turn* is a paragraph that holds a quote (not one of words someone would
have said: ``Helen would have exclaimed, “…”``), and the paragraphs after it
that reopen a quotation it left open at its end (one speaker's words over
several paragraphs are one turn; a tagged turn's speaker goes on in them).
Consecutive turns belong to one
*exchange* unless more than :data:`~quoteattr._constants.SCENE_BREAK`
paragraphs of narration stand between them (a narration paragraph or two
between turns does not end a conversation).  Tagged turns — those the
clause rules already decided — are *anchors*.

Register is read per exchange, from its own evidence, never for a whole
document: two adjacent turns (no narration between) tagged with different
speakers — unless either tag gives its words to the press or the public
(``told reporters``, ``said in a statement``, ``said on Tuesday``: people
quoted one after another in news), or, in a report (a document that quotes
anyone to the press, quotes a public figure by title or role, or gives a
quoted person's age: ``Ann Lee, 54, a nurse``), unless one of the two asks or
speaks to someone
(a question, *you*) — or a question or a call by name answered
by the next turn, or, outside a report, a tagged turn spoken to someone
(*you*: ``“You’re late,” said Mrs Dunmore.``) answered by a quote-only
paragraph, show a dialogue (failing any such pair, two people tagged apart and a call by name
do), where a new paragraph means a new speaker; two adjacent turns tagged
with the same speaker show the news habit, where a quote-only paragraph
continues the last speaker.

Who is present is a *scene*, read from the exchange's narration (and the
few paragraphs before its first turn, back to a chapter heading or a section
mark): a person is present once named or referred to (``she`` resolved), once
a tag names them, once a turn calls them by name or once seen entering, until
seen leaving (``Jon left the room``, ``Ilse went inside``); a person a tag shows
speaking was there from the exchange's first turn, unless seen coming in (a
passage that opens in a talk under way names its people only when a tag first
does).  The *participants*, those a turn may
be given to, are fewer: the anchored speakers, the people addressed (a name
the dialogue calls someone by that the narration never gives anyone makes a
person of its own: ``“Good evening, Mr. Vane.”``; when the next paragraph answers
at once with a tag naming someone by a given name alone, ``said Clara``, the title
and surname called are hers), those
seen entering and the people action beats are about (a person merely named
in the narration is present but not a participant: as participants they made
the model guess more and worse on text it was not tuned on).

In a dialogue exchange the untagged turns are decided together, as a best path
over the turns with the anchors fixed (Viterbi over pairs of speakers, so that
``A, B, A, B`` alternation and a third voice can both be told; the state space
per turn is the participants squared, at most
:data:`~quoteattr._constants.EXCHANGE_PEOPLE` of them and a stranger — an
exchange is cut before a tag that would make it hold more people tagged apart —
so the search is linear in the number of turns): a turn is unlikely to be
spoken by the previous turn's speaker (likely, though, when the narration
between says the other did not answer: ``There was no reply.``; not when it
ends on the person whose tag the next turn has, who broke the silence), likely
by the one two turns back, more likely still by the person the previous turn
called by name last (``“That will do, Martin.” … “Now, Clara.”``: Clara; a rank
called alone, ``“Yes, Captain.”``, calls the one person named with that title; or its
narration shows it spoken to: ``said Mara, turning to Ilse``), never by a
person it calls by name itself (or by a word of kinship: ``“Yes, Mamma.”``
calls the one married woman taking part, ``Papa`` the one man titled ``Mr.``,
``Sir`` or ``Lord``) but likely by the person the next turn calls by name (a
reply names whom it answers; not when the next turn's narration turns to that
person, ``Mr. Crale turned to Bess.``: turning to a listener seeks out someone
who has not just spoken), unlikely by a person it names in passing (``“I must
write to Jon’s mother.”``: a speaker seldom names themselves in the third
person), likely by the person the narration just before it ends on, the one who
opens its last sentence (an action beat; unless it shows them leaving), and
unlikely by a participant not present; a form of address in a turn (``Yes,
sir.``, ``Thank you, ma'am.``) makes the turn before it unlikely to be spoken
by someone of the other gender (the person spoken to is most often the last
speaker). A tag that names no one (``said the girl``) fixes no person (a title
capitalised after *the* does: ``said the Captain`` names the one captain of the
story's scene as a name would, and so does the narration's ``the Colonel`` (he is
seen present, and ``The Colonel sat down. “…”`` is his beat); so do two
descriptions that tag the turns of a
scene with no one named, ``the boy said`` … ``the man said``: they are its two
people): its turn is one of the participants, of the gender the description
shows; when it fits none of them, it is someone new
(:data:`STRANGER`), whose untagged turns get no speaker. So does a tag whose
*he* or *she* the discourse model resolved to no one (a passage that opens in
the middle of a scene): the record then names the participant the best path
gives the turn, when that person's gender is known to be the pronoun's
(:attr:`Exchanges.pronoun_speaker`); and so for a bare description of a person
that the discourse model left its own (``said the old woman`` with two women
present), when the path gives its turn to a named participant of its gender,
and for ``the other`` (``returned the other``), which only sets its speaker
apart from the one just speaking (:attr:`Exchanges.description_speaker`). A
first-person narrator's tag (``“Where?” I asked.``) fixes the narrator: a
person of the document when the other people call them by a name
(:mod:`quoteattr._narrator`), else a participant with no entity
(:data:`NARRATOR`): the other people's turns alternate with the narrator's,
whose untagged turns are left without a speaker (there is no name to give).
When fewer than two people take part (one person tagged, nobody addressed or
seen entering), the persons the narration last named stand in (``Mrs. Brandt
was tired of it.`` / ``“Is the ferry late?” asked Tom.`` / ``“Since Monday.”``:
Mrs. Brandt's), as a guess of its own confidence; the stranger counts as one of
the two (``said Mrs. Allardyce`` / ``said her husband`` / ``“You must.”``: hers,
though she is the only person named). Confidence falls with the
number of people present and again far from the nearest tagged turn
(:func:`_confidence`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import regex

from . import _constants as k
from . import _lexicon as lx
from ._clauses import clause_opening
from ._discourse import Coreference, _generic_gender
from ._mentions import _gender_of
from ._model import Quote
from ._speakers import _new_entity, _pet_related

if TYPE_CHECKING:
    from ._context import Context
    from ._speakers import Entity

__all__ = ["NARRATOR", "Exchanges"]

#: The person of a first-person narration (``“Where?” I asked.``) in the
#: exchange model: a participant with no entity of their own.
NARRATOR = -1

#: A person a tag describes (``said the boy``) whose gender fits none of the
#: participants: someone new, a participant with no entity, whose untagged
#: turns are left without a speaker, as the narrator's are.
STRANGER = -2

_NEG = -1e9

#: A chapter heading or a section mark standing as a paragraph of its own.
_HEADING = regex.compile(
    r"\s*+(?:(?:CHAPTER|Chapter|BOOK|Book|PART|Part|VOLUME|Volume)\b[^\n]*+"
    r"|[IVXLC]++\.?|\d++\.?|[*\s·•⁂~#-]++)\s*+$")

#: Verbs of leaving a scene (``Jon left the room``, ``she went out``, ``Tom left.``,
#: ``took his leave``).
_LEAVES = regex.compile(
    r"\b(?:left\s++(?:the\s++)?(?:room|house|parlour|parlor|kitchen|hall|office|table)"
    r"|went\s++(?:out|away|off|upstairs|downstairs|inside|indoors|home)"
    r"|walked\s++(?:out|away|off)|hurried\s++(?:out|away|off|inside|indoors|home)"
    r"|ran\s++(?:out|away|off|inside|indoors|home)|departed|withdrew"
    # "Tom left.", "Tom left, slamming the door"; "took his leave"; "had gone."
    r"|left(?=[ \t]*+[.,;!?])|took\s++(?:his|her|their)\s++leave"
    # "had gone.", "was gone,", "had gone to the bar"
    r"|(?:had|was|were)\s++gone(?=[ \t]*+[.,;!?]"
    r"|\s++(?:to|out|off|away|home|upstairs|downstairs)\b))\b")
#: a subordinator opening a sentence before its subject (``When Nadia had gone,``,
#: ``After Tom left,``)
_SUBORDINATE_OPENER = regex.compile(
    r"[ \t\xa0\n]*+(?i:when|after|once|as|as soon as|before|since|while|until|till)"
    r"[ \t\xa0\n]++$")

#: Titles a vocative may carry (``Good night, Mr. Hale.``).
_VOC_TITLE = (r"(?:(?:Mr|Mrs|Ms|Dr)\.?|Miss|Sir|Lady|Lord|Aunt|Uncle|Cousin|Master|Madam"
              # ranks and offices a person is called by (``Sergeant Mallory,``)
              r"|Captain|Colonel|Sergeant|Sister|Inspector|Doctor|Professor|General|Major"
              r"|Lieutenant|Father)")
#: A name set off as a vocative: after the opening (an interjection may come
#: first), after a comma, or after ``dear``; before a comma, ``!``, ``?`` or the end.
_VOCATIVE = regex.compile(
    rf"(?:(?<=^|[“\"‘'])\s*+(?:(?:Oh|Ah|Well|Now|Come|Dear|My\s+dear|Why|Yes|No),?\s++)?"
    rf"|(?<=[,;—–]\s*+)(?:my\s++)?(?:dear\s++)?"
    # a sentence inside the quote opening on the name and a comma, then a word
    # of the sentence spoken to them: "It is late. Clara, you will take tea?"
    rf"|(?<=[.!?][ \t\n]++)(?=\p{{Lu}}\p{{Ll}}++,[ \t\n]++(?:you|your|do|don[’']t|will|won[’']t"
    rf"|can|come|go|sit|stay|take|tell|let|look|listen|please|i|we)\b))"
    rf"(?:{_VOC_TITLE}\s++)?(?P<name>\p{{Lu}}\p{{Ll}}++)"
    r"(?=\s*+(?:[,!?;—–]|\.?\s*+$|\.[ \t\n]++[\p{Lu}“\"‘']))", regex.MULTILINE)
#: a capitalised ASCII word (see :func:`_called`)
_CAPITALISED = re.compile(r"[A-Z][a-z]+")

#: Words after which a name is the person spoken to (``said Jon, turning to Ilse``).
_TO_VERBS = ("said", "says", "replied", "whispered", "called", "cried", "answered", "added",
             "continued")
_TO = regex.compile(
    rf"\b(?:(?:{'|'.join(_TO_VERBS)})\s++to"
    r"|turning\s++to|turned\s++to|turns\s++to|addressing|addressed"
    r"|look(?:s|ed|ing)?\s++(?:up\s++)?at)\s++(?:(?:the|his|her|their)\s++)?")

#: A part of every match of _TO: each of its branches holds one of these
_TO_WORDS = (*_TO_VERBS, "turn", "address", "look")

#: Verbs of entering a scene (``Ilse came in``, ``Jon entered``).
_ENTERS = regex.compile(
    r"\b(?:came\s++(?:in|into|back|up|down|over)|entered|walked\s++in(?:to)?|ran\s++in(?:to)?"
    r"|hurried\s++in(?:to)?|stepped\s++in(?:to)?|appeared|joined\s++(?:them|him|her|us)"
    r"|returned)\b")

#: The gender a description's head word shows (``said the girl``), when the
#: mention reader gave none.
_HEAD_GENDER = {
    **dict.fromkeys(("girl", "woman", "lady", "wife", "sister", "mother", "daughter", "aunt",
                     "niece", "widow", "maid", "mistress", "queen", "princess", "duchess",
                     "countess", "hostess", "governess", "housekeeper", "landlady", "bride"),
                    "f"),
    **dict.fromkeys(("boy", "man", "gentleman", "husband", "brother", "father", "son", "uncle",
                     "nephew", "king", "prince", "duke", "count", "host", "landlord", "lad",
                     "fellow", "butler", "squire"), "m"),
}


class Exchanges:
    """What the exchange model decided for one document (made once, after the anchors)."""

    def __init__(self, ctx: Context) -> None:
        #: quote -> (entity, confidence, the anchor quote it shares a speaker with or None)
        self.turn_speaker: dict[int, tuple[int, float, int | None]] = {}
        #: quote -> whether it stands in a dialogue exchange
        self.dialogue: dict[int, bool] = {}
        #: a tag's "he" or "she" that the discourse model resolved to no one ->
        #: the participant the best path gives its turn
        self.pronoun_speaker: dict[int, int] = {}
        #: a tag's bare description of a person (``said the old woman``) that
        #: the discourse model left its own, or ``the other`` -> the named
        #: participant (of its gender) the best path gives its turn
        self.description_speaker: dict[int, int] = {}
        # a tag's description -> "other", "generic" (a bare one of a gender) or
        # "" (read once for the document: it may tag turns of many exchanges)
        self._described: dict[int, str] = {}
        turns = _turns(ctx)
        self._turns: Sequence[_Turn] = turns
        self._report: bool | None = None  # read when a pair of turns first asks
        made = len(ctx.coref.gender)
        for ex in _split(ctx, turns):
            self._solve(ctx, ex)
        # the turns hold the context they read (``_Turn._read``), which holds this
        # model: let them go now that all is decided, so that no reference cycle
        # keeps a document's objects alive until the cyclic collector runs
        self._turns = ()
        if len(ctx.entities) > made:  # persons called by name (_add_addressed): their genders
            ctx.coref = Coreference(ctx.coref.resolved, [
                *ctx.coref.gender, *(e.gender for e in ctx.entities[made:])])

    def _is_report(self, ctx: Context) -> bool:
        """The document quotes people to the press somewhere, or a public figure,
        or gives a quoted person's age (a report, not a story): there, people
        quoted one after another talk to each other only when a turn asks or
        speaks to someone.  Read once, and only when a pair of turns needs it."""
        if self._report is None:
            self._report = any(t.tagged and (_to_press(ctx, t) or _public_role(ctx, t))
                               for t in self._turns) or bool(_AGE_APPOSITIVE.search(ctx.text))
        return self._report

    def _solve(self, ctx: Context, ex: list[_Turn]) -> None:
        if len(ex) > 1:
            _add_addressed(ctx, ex)  # (before the calls are read: they tell a dialogue too)
        alt = same = 0
        for a, b in zip(ex, ex[1:], strict=False):
            if b.para != a.end_para + 1:
                continue
            if a.tagged and b.tagged:
                if a.tag != b.tag:
                    # people quoted one after the other, each to the press ("…,”
                    # Lee told the BBC), are not talking to each other
                    if (not self._is_report(ctx) or a.question or _addresses(ctx, a)
                            or _addresses(ctx, b)) \
                            and not (_to_press(ctx, a) or _to_press(ctx, b)):
                        alt += 1
                else:
                    same += 1
            elif a.question and not b.tagged:
                alt += 1
            elif a.calls is not None and not b.tagged:
                alt += 1
            elif not b.tagged and a.tagged and _speaks_to(ctx, a) and not _to_press(ctx, a) \
                    and not self._is_report(ctx):
                # "“You're late,” said Mrs Dunmore." / "“The bus broke down.”": a
                # turn spoken to someone in a story is answered
                alt += 1
        dialogue = alt > same
        if not alt and not same:  # no two turns side by side tell: people tagged
            # apart who call each other by name are talking to each other
            dialogue = len({t.tag for t in ex if t.tag is not None}) >= 2 and any(
                t.calls is not None for t in ex)
        for t in ex:
            for qi in t.quotes:
                self.dialogue[qi] = dialogue
            if t.tagged and t.end_para != t.para and (d := ctx.decided[t.tag_quote]) is not None:
                # a tagged turn's quotation reopened in the next paragraph: the tag's
                # speaker (``speaker_from`` the tagged quote)
                who = t.anchor if t.anchor is not None else t.tag
                if who is not None and who >= 0:
                    self._reopened(ctx, t, (who, d[1].confidence, t.tag_quote))
        # (a turn tagged by a description or by a pronoun resolved to no one is
        # no anchor: the path says whom it stands for)
        if not dialogue or all(t.anchor is not None for t in ex):
            return
        people, here, named = _scene(ctx, ex)
        _add_kin_calls(ctx, ex, people)
        if not people and not named:
            _described_pair(ctx, ex, people, here)
        guessed = len(people) < 2
        if guessed:
            # fewer than two participants: the people the narration shows present
            # stand in, the most recently named first (``Mara`` tagged, ``Jon``
            # only named in the narration: the untagged turns between are Jon's)
            people += [e for e in sorted(named, key=lambda e: -named[e])
                       if e not in people and _surely_person(ctx, e)][:k.SCENE_STAND_INS]
        if people and any(t.unnamed and not any(_fits(ctx, t, e) for e in people) for t in ex):
            # a tag's description that fits no one of the scene (``said her husband``
            # with only Mrs. Allardyce named): someone not named, whose turns
            # alternate with the others' and get no name
            people.append(STRANGER)
            for h in here:
                h.add(STRANGER)
        if len(people) < 2:
            return
        path = _best_path(ctx, ex, people, here)
        present = [sum(1 for e in people if e in h) for h in here]
        tagged = [i for i, t in enumerate(ex) if t.tagged]
        # each person's anchored turns, in order (the nearest one is looked up by
        # bisection: an exchange may hold thousands of turns)
        anchored_at: dict[int, list[int]] = {}
        for i, t in enumerate(ex):
            if t.anchor is not None:
                anchored_at.setdefault(t.anchor, []).append(i)
        for i, t in enumerate(ex):
            who = path[i]
            if t.pronoun_mi is not None and who is not None and who >= 0 and \
                    _gender(ctx, who) == t.unnamed:
                # (a person of that gender, not one whose gender is unknown)
                self.pronoun_speaker[t.pronoun_mi] = who
            if t.tagged and t.anchor is None and t.tag is not None and t.tag >= 0 and \
                    who is not None and who >= 0 and ctx.entities[who].kind == "name":
                kind = self._described.get(t.tag)
                if kind is None:  # (read once per description: it may tag many turns)
                    kind = self._described[t.tag] = \
                        "other" if _the_other(ctx, t.tag) else "generic" \
                        if _generic_gender(ctx.entities[t.tag], ctx.mentions) is not None else ""
                if kind == "other" or kind == "generic" and _gender(ctx, who) == t.unnamed:
                    mi = ctx.speaker_entity(t.tag_quote)[1]
                    if mi is not None:
                        self.description_speaker[mi] = who
            if t.tagged or who is None:
                continue
            conf = _confidence(present[i], _distance(tagged, i, len(ex)), guessed)
            mine = anchored_at.get(who)
            src = ex[_nearest(mine, i)].tag_quote if mine else None
            # the narrator's and the stranger's turns: no name to give (a
            # stranger's untagged turns copying the description were right 2
            # times in 25 on pdnc.dev: too often a participant whose gender was
            # read wrong)
            if who not in (NARRATOR, STRANGER):
                self.turn_speaker[t.quotes[0]] = (who, conf, src)
                self._reopened(ctx, t, (who, conf, src))

    def _reopened(self, ctx: Context, t: _Turn, found: tuple[int, float, int | None]) -> None:
        """Turn ``t``'s speaker for the first quote of each later paragraph of it
        (a quotation left open at a paragraph's end and reopened in the next)."""
        if t.end_para != t.para:
            for a, b in zip(t.quotes, t.quotes[1:], strict=False):
                if ctx.quotes[b].paragraph != ctx.quotes[a].paragraph:
                    self.turn_speaker[b] = found


#: What a tag's verb goes on to when the words were said to the press or the
#: public, not to someone in the scene: the audience, the medium, the day.
_PRESS = regex.compile(
    r"\b(?:reporters|journalists|the press|(?:a|an|his|her|their|its)[ \t\n]+(?:\p{Ll}+[ \t\n]+)?"
    r"(?:statement|interview|email|e-mail|tweet|post|op-ed|press release|news conference"
    r"|press conference|briefing|speech|rally|hearing|podcast)"
    r"|on[ \t\n]+(?:Twitter|Facebook|Instagram|television|TV|radio)"
    r"|(?:on[ \t\n]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this)[ \t\n]+(?:week|month|year))\b")
_PRESS_REACH = 100
#: the listener after ``told``: a capitalised word or two, perhaps after ``the``
_TOLD_WHOM = regex.compile(
    r"[ \t\n]++(?:the[ \t\n]++)?(\p{Lu}[\p{L}&.\-]*+(?:[ \t]\p{Lu}\p{L}*+)?)")


#: a person's age set off by commas after a name (``Ann Lee, 20, a student``):
#: the way news introduces the people it quotes
_AGE_APPOSITIVE = re.compile(r"[A-Z][a-z]+, \d{1,3}, (?:a|an|the|who|of|from)\b")
#: Titles and roles of public life (a senator, a spokeswoman): a tag naming
#: one quotes a public figure, as reports do (not the ranks and forms of
#: address of novels: Colonel, Sir, Mrs.)
_PUBLIC_TITLES = frozenset(
    "sen senator sens rep representative reps gov governor president vice-president mayor "
    "secretary minister chancellor ambassador speaker congressman congresswoman "
    "councilman councilwoman councillor councilor commissioner".split())
_PUBLIC_ROLES = frozenset(
    "spokesman spokeswoman spokesperson official officials analyst analysts strategist "
    "pollster lawmaker lawmakers aide adviser advisor senator governor mayor".split())


def _public_role(ctx: Context, t: _Turn) -> bool:
    """The turn's tag names a public figure by title or role (``Sen. Lee``, ``a
    spokeswoman for the ministry``)."""
    if t.tag is None or t.tag < 0:
        return False
    e = ctx.entities[t.tag]
    if e.title and e.title.rstrip(".").lower().split()[-1] in _PUBLIC_TITLES:
        return True
    return e.kind == "nominal" and e.canonical.split()[0].lower() in _PUBLIC_ROLES


#: a word that speaks to someone: the second person
#: (``\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Tt]hee|[Tt]hou|YOU)\b``, opened by
#: the class of its first letters and a look back for the word's start, so
#: that ``re`` skips in C to those letters)
_SECOND_PERSON = re.compile(
    r"[YyTt](?<!\w.)(?:(?<=[Yy])ou(?:rs?|rself)?|(?<=[Tt])h(?:ee|ou)|(?<=Y)OU)\b")


#: *you* as a subject (``You’re late``, ``you will see``, ``Your tea is cold``
#: opening the quote): someone is spoken to, not the generic *you* of an
#: object (``stories stay with you``)
_YOU_SUBJECT = re.compile(
    r"\b(?:[Yy]ou(?:[’'](?:re|ll|ve|d)|[ \t\n]++(?:are|were|have|had|will|would|can|could"
    r"|must|should|shall|did|do|know|see|look|mean|said|want|need|ought|may|might))"
    r"|^[“\"‘']?Your?)\b")


def _speaks_to(ctx: Context, t: _Turn) -> bool:
    """The turn speaks to someone present: *you* as its subject (not a generic
    *you* of an object); read only for a tagged turn before an untagged one."""
    for qi in t.quotes:
        q = ctx.quotes[qi]
        if _YOU_SUBJECT.search(ctx.text[q.start:q.end]):
            return True
    return False


def _addresses(ctx: Context, t: _Turn) -> bool:
    """The turn speaks to someone: a second person in its words (read once per turn)."""
    if t.addr is None:
        t.addr = False
        for qi in t.quotes:
            q = ctx.quotes[qi]
            if _SECOND_PERSON.search(ctx.text, q.start, q.end):
                t.addr = True
                break
    return t.addr


def _to_press(ctx: Context, t: _Turn) -> bool:
    """The turn's tag says its words were given to the press or the public
    (``told reporters``, ``said in a statement``, ``told the BBC``, ``said on
    Tuesday``): news quoting, not a turn of conversation (read once per turn)."""
    if t.press is None:
        t.press = _read_press(ctx, t)
    return t.press


def _read_press(ctx: Context, t: _Turn) -> bool:
    dec = ctx.decided[t.tag_quote]
    cue = dec[1].cue if dec is not None else None
    if cue is None:
        return False
    hi = min(ctx.sentence_bounds(cue.start)[1], cue.end + _PRESS_REACH)
    if _PRESS.search(ctx.text, cue.end, hi):
        return True
    if not cue.text.lower().startswith("told"):
        return False
    w = _TOLD_WHOM.match(ctx.text, cue.end, hi)  # "told the BBC", "told Reuters"
    if w is None:
        return False
    if w.group(1) in lx.NOT_SPEAKERS or w.group(1).split()[0] in lx.NOT_SPEAKERS:
        return True  # a medium: "told Reuters", "told BBC Radio"
    m = ctx.mention_at(w.start(1))
    return m is not None and ctx.mentions[m].kind == "org"


def _confidence(present: int, distance: int, guessed: bool = False) -> float:
    """The designed confidence of an untagged turn: lower with more people present
    (fewer than two known present is a guess among the participants) and lower
    again more than :data:`~quoteattr._constants.TURN_NEAR` turns from the nearest
    tagged turn; when the participants are the people merely named in the
    narration (``guessed``), lower still."""
    if guessed:
        return k.TURN_STAND_IN
    conf = k.TURN_TWO if present == 2 else k.TURN_THREE if present == 3 else k.TURN_MORE
    return round(conf - k.TURN_FAR_DROP, 3) if distance > k.TURN_NEAR else conf


_UNREAD = -2  # a lazily read field not read yet (no entity has this id)


class _Turn:
    __slots__ = ("para", "end_para", "quotes", "anchor", "tag", "tagged", "unnamed", "question",
                 "_calls", "_beat", "tag_quote", "_read", "press", "addr", "pronoun_mi", "_named",
                 "_also_called", "_last", "turned")

    def __init__(self, para: int, quotes: list[int]) -> None:
        self.para = para
        #: the turn's last paragraph: a quotation left open at a paragraph's end
        #: and reopened in the next is one turn over both
        self.end_para = para
        self.quotes = quotes
        self.anchor: int | None = None  # the named person a tag fixes
        self.tagged = False  # the clause rules decided the turn
        self.tag: int | None = None  # the entity its tag names, named or not
        #: a tag that names no one (``said the girl``): the gender it shows ("" if none);
        #: the speaker is one of the people present, not a person of their own
        self.unnamed: str | None = None
        self.question = False
        self._calls: int | None = _UNREAD
        self._beat: int | None = _UNREAD
        #: the quote whose tag decided the turn (not always its first: ``“For
        #: dear Mims,” …`` may stand before it untagged)
        self.tag_quote = -1
        #: what calls and beat read: the document, and its name words (made once,
        #: when a turn first asks, and shared by its turns)
        self._read: tuple[Context, dict[str, dict[str, int]]] | None = None
        #: memos of _to_press and _addresses (None: not read yet)
        self.press: bool | None = None
        self.addr: bool | None = None
        #: the tag's mention when it is a "he" or "she" the discourse model resolved
        #: to no one: the turn is one of the participants of that gender
        self.pronoun_mi: int | None = None
        self._named: frozenset[int] | None = None
        self._also_called: frozenset[int] | None = None
        self._last: int | None = _UNREAD
        #: the call is the narration's turning to a new listener (``Mrs. Pell
        #: turned to Alice.``), not the turn's own words (read with ``calls``)
        self.turned = False

    # calls and beat are read only when asked: most turns of a news article stand
    # in no dialogue, and their exchanges never ask

    @property
    def calls(self) -> int | None:
        """The entity this turn addresses by name (a vocative, or the narration's
        addressee)."""
        if self._calls == _UNREAD:
            if self._read is None:  # a turn made by hand reads nothing
                return None
            ctx, shared = self._read
            names = _shared_names(ctx, shared)
            found = None
            for qi in self.quotes:
                found = _called(ctx, qi, names)
                if found is not None:
                    break
            if found is None:
                found, self.turned = _addressed(ctx, self)
            self._calls = found
        return self._calls

    @calls.setter
    def calls(self, value: int | None) -> None:
        self._calls = value
        self.turned = False
        self._named = self._also_called = None  # (read again with the calls, after new names)
        self._last = _UNREAD

    @property
    def last_called(self) -> int | None:
        """The person this turn calls by name last (``“That will do, Martin.” …
        “Now, Miss Vane.”``: Miss Vane), whom the next turn answers; its call
        when it calls one person."""
        if self._last == _UNREAD:
            last = self.calls
            if last is not None and self.also_called and self._read is not None:
                ctx, shared = self._read
                names = _shared_names(ctx, shared)
                for qi in self.quotes:
                    for e in _called_all(ctx, qi, names):
                        last = e
            self._last = last
        return self._last

    @property
    def also_called(self) -> frozenset[int]:
        """The other people this turn calls by name, after the first
        (``“Good evening, Miss Quill. Evening, Silas.”``): none of them speaks it
        either."""
        if self._also_called is None:
            if self._read is None or self.calls is None:
                return frozenset()
            ctx, shared = self._read
            names = _shared_names(ctx, shared)
            self._also_called = frozenset(
                e for qi in self.quotes for e in _called_all(ctx, qi, names)) - {self.calls}
        return self._also_called

    @property
    def named(self) -> frozenset[int]:
        """The people this turn's words name in the third person (a name not set
        off as a vocative: ``“Jon will be late.”``): a speaker seldom names
        themselves so."""
        if self._named is None:
            if self._read is None:
                return frozenset()
            ctx, shared = self._read
            names = _shared_names(ctx, shared)
            self._named = frozenset(e for qi in self.quotes
                                    for e in _named_in(ctx, qi, names))
        return self._named

    @property
    def beat(self) -> int | None:
        """The person the narration paragraph just before ends on (its last
        sentence's opener), if any."""
        if self._beat == _UNREAD:
            if self._read is None:
                return None
            ctx = self._read[0]
            self._beat = _narration_person(ctx, self.para - 1) if self.para > 0 else None
        return self._beat

    @beat.setter
    def beat(self, value: int | None) -> None:
        self._beat = value


def _turns(ctx: Context) -> list[_Turn]:
    shared: dict[str, dict[str, int]] = {}  # the name words, once a turn asks
    turns: list[_Turn] = []
    for qi, q in enumerate(ctx.quotes):
        if q.level:
            continue
        if turns and q.paragraph == turns[-1].end_para + 1 and q.continues is not None \
                and q.continues in turns[-1].quotes:
            # "“At the mill. The wheel had stopped.⏎⏎“Then the water rose …": the
            # quotation reopened in the next paragraph goes on with the same turn
            turns[-1].end_para = q.paragraph
        elif not turns or turns[-1].end_para != q.paragraph:
            turns.append(_Turn(q.paragraph, []))
        turns[-1].quotes.append(qi)
    for t in turns:
        t.tag_quote = t.quotes[0]
        for qi in t.quotes:
            if ctx.decided[qi] is not None:
                e, mi = ctx.speaker_entity(qi)
                if e is None and mi is not None and ctx.mentions[mi].name == "i":
                    t.tagged = True  # "I asked": the narrator, a person with no name
                    t.tag = t.anchor = NARRATOR
                    break
                if e is None and mi is not None and ctx.mentions[mi].kind == "pronoun" and \
                        ctx.mentions[mi].name in ("he", "she"):
                    # "he said", the he no one: one of the participants of his gender
                    t.tagged, t.tag_quote, t.pronoun_mi = True, qi, mi
                    t.unnamed = ctx.mentions[mi].gender or ""
                    break
                if e is not None:
                    t.tagged, t.tag, t.tag_quote = True, e, qi
                    ent = ctx.entities[e]
                    if ent.kind == "nominal" and not title_person(ctx, e):
                        t.unnamed = ent.gender or _HEAD_GENDER.get(
                            ent.canonical.rsplit(None, 1)[-1].lower(), "")
                    else:
                        t.anchor = e
                    break
        last = ctx.quotes[t.quotes[-1]]
        t.question = ctx.text[last.start:last.end].rstrip().endswith("?")
        t._read = (ctx, shared)
    # words someone would have said, and did not, take no turn: "Helen would
    # have exclaimed, “So do I,” and …"
    return [t for t in turns if not _hypothetical(ctx, t)]


#: the titles of one word, capitalised (``Captain``, ``Doctor``), and the posts a
#: story gives one holder in its world (``the Squire``, ``the Vicar``)
_TITLE_WORDS = frozenset(
    [t for t in lx.TITLES if " " not in t and "." not in t and t[:1].isupper()]
    + list(lx.STORY_POSTS))


#: A parent called by a word of kinship (``“Yes, Mamma.”``, ``“Where's Pa?”`` is
#: no call): set off by punctuation, as a vocative is
_KIN_CALL = regex.compile(
    r"(?:^|(?<=[,;!?.—–“\"‘'][ \t\n]*+))"
    r"(?P<kin>"
    + "|".join(sorted((w.capitalize() for w in lx.PARENT_NAMES), key=len, reverse=True))
    + ")"
    r"(?=[ \t\n]*+[,!?.;—–]|[ \t\n]*+$)")
_MOTHER_TITLES = frozenset({"Mrs.", "Mrs", "Lady", "Madame", "Mme."})
_FATHER_TITLES = frozenset({"Mr.", "Mr", "Sir", "Lord"})


def _described_pair(ctx: Context, ex: list[_Turn], people: list[int],
                    here: list[set[int]]) -> None:
    """A talk between two people the story names by description only (``the boy
    said`` … ``Then he said``, ``the man``): with no named person in the scene,
    the two descriptions that tag its turns are its participants, each a person
    of its own, and the untagged turns alternate between them."""
    tags = list(dict.fromkeys(
        t.tag for t in ex if t.unnamed is not None and t.tag is not None and t.tag >= 0
        and t.pronoun_mi is None))
    if len(tags) != 2 or any(ctx.entities[e].kind != "nominal" or ctx.entities[e].plural
                             for e in tags):
        return
    for t in ex:
        if t.tag in tags and t.unnamed is not None and t.pronoun_mi is None:
            t.anchor, t.unnamed = t.tag, None
    people.extend(tags)
    for h in here:
        h.update(tags)


def _add_kin_calls(ctx: Context, ex: list[_Turn], people: list[int]) -> None:
    """A turn that calls a parent by a word of kinship (``“Yes, Mamma.”``)
    calls the one participant who can be that parent: the only married woman
    by her title (``Mrs.``, ``Lady``) for a mother, the only man titled
    ``Mr.``, ``Sir`` or ``Lord`` for a father."""
    for t in ex:
        if t.anchor is not None and t.tagged or t.calls is not None:
            continue
        for qi in t.quotes:
            q = ctx.quotes[qi]
            m = _KIN_CALL.search(ctx.text, q.start, q.end)
            if m is None:
                continue
            mother = lx.PARENT_NAMES[m.group("kin").lower()] == "f"
            fits = [e for e in people if e >= 0 and (ent := ctx.entities[e]).kind == "name"
                    and ent.title is not None
                    and (ent.title in _MOTHER_TITLES if mother else ent.title in _FATHER_TITLES)]
            if len(fits) == 1:
                t.calls = fits[0]
            break


def _title_as_name(ctx: Context, ent: Entity) -> bool:
    """A description that stands for one person as a name would: a title alone,
    capitalised after *the* inside a sentence (``said the Captain``, ``the Doctor
    looked up``), as a story calls the one captain of its scene."""
    if ent.plural or ent.canonical not in _TITLE_WORDS:
        return False
    text = ctx.text
    for mi in ent.mentions:
        m = ctx.mentions[mi]
        if text.startswith("the ", m.start) and text[m.start + 4:m.start + 5].isupper():
            return True
    return False


def title_person(ctx: Context, e: int | None) -> bool:
    """Entity ``e`` is a description that stands for one person as a name would
    (:func:`_title_as_name`: ``the Colonel``), read once per entity."""
    if e is None or e < 0 or e >= len(ctx.entities):
        return False
    ent = ctx.entities[e]
    if ent.kind != "nominal" or ent.canonical not in _TITLE_WORDS:
        return False  # (most entities: no memo needed)
    memo = ctx.title_people
    found = memo.get(e)
    if found is None:
        found = memo[e] = _title_as_name(ctx, ent)
    return found


#: a modal perfect right before a quote: what someone would have said
_HYPOTHETICAL = regex.compile(
    r"\b(?:would|might|could|should)(?:[ \t\xa0\n]+not)?[ \t\xa0\n]+have"
    r"(?:[ \t\xa0\n]+\p{L}+){1,3}[,:]?[ \t\xa0\n]*+$", regex.IGNORECASE)


def _hypothetical(ctx: Context, t: _Turn) -> bool:
    """Whether turn ``t`` is what someone would have said (a modal perfect right
    before its tagged quote, or before each quote of an untagged turn: ``Helen
    would have exclaimed, “…”``)."""
    text = ctx.text
    for qi in ([t.tag_quote] if t.tagged else t.quotes):
        q = ctx.quotes[qi]
        lo = max(0, q.outer_start - 48)
        # (no "have" in any case, no match: most quotes are skipped without the pattern)
        if "have" not in text[lo:q.outer_start].lower() or \
                _HYPOTHETICAL.search(text, lo, q.outer_start) is None:
            return False
    return True


def _add_addressed(ctx: Context, ex: list[_Turn]) -> None:
    """People a dialogue exchange calls by a name the narration never gives
    anyone (``“Good evening, Mr. Vane.”`` with no Vane outside the quotes): each
    becomes a person of the document, so that a turn calling them makes them a
    participant, and the turn after it theirs.  Only a name set off as a
    vocative after a title, a comma or ``dear`` counts (a quote's first word may
    be an interjection: ``“Hello, …”``), never a form of address or a word of
    kinship; its gender is its title's, else its given name's.  The name words
    are shared by every turn of the document (``_Turn.calls``), which this
    exchange's turns read again."""
    read = ex[0]._read
    if read is None:
        return
    text = ctx.text
    # the vocatives first (most exchanges have none): no name words read for nothing
    called = [(word, title, ti) for ti, t in enumerate(ex) for qi in t.quotes
              if _MAY_CALL.search(text, ctx.quotes[qi].start, ctx.quotes[qi].end)
              for word, title, set_off in called_names(text, ctx.quotes[qi])
              if title is not None or set_off]
    if not called:
        return
    shared = read[1]
    names = _shared_names(ctx, shared)
    nameless = shared.get("nameless")
    if nameless is None:  # read once: the persons made so far with no mention
        nameless = shared["nameless"] = {
            w: e.id for e in ctx.entities if e.kind == "name" and not e.mentions
            for w in e.canonical.lower().split()}
    found = False
    for word, title, ti in called:
        low = word.lower()
        if low in names or low in nameless or title is not None and (
                (g := _gender_of(title, [])) is not None and f"{g}:{low}" in names):
            continue
        if "short:" not in shared:  # read once: the document's own name words by
            # first letter, kept in the shared memo as "short:" + letter
            shared["short:"] = {}
            for letter, group in _by_initial(names).items():
                shared["short:" + letter] = group
        same_letter = shared.get("short:" + low[:1])
        if (known := _short_form_of(low, same_letter)) is not None or \
                (known := _long_form_of(low, same_letter)) is not None or \
                (known := _pet_form_of(low, names)) is not None:
            # "Oh, Len": Leonard, called by a short form; "Are they, Raymond?":
            # Ray, called by the long form of the name the narration gives him;
            # "Why, Meg?": Margaret, called by a pet form of her name
            names[low] = known
            found = True
            continue
        gender = _gender_of(title, [word])
        if title is not None and (known := _answerer(ctx, ex, ti, gender)) is not None:
            # "“Miss Vane, I believe.”" / "“My cousin,” said Clara.": the person
            # called by title and surname answers at once, tagged by a given name
            # alone: the surname is hers
            names[low] = known
            found = True
            continue
        e = _new_entity(len(ctx.entities), "name")
        e.add_name(word, True)
        e.title, e.gender = title, gender
        ctx.entities.append(e)  # type: ignore[attr-defined]
        names[low] = e.id
        found = True
    if found:
        for t in ex:
            t.calls = _UNREAD  # read again, with the new names


def _answerer(ctx: Context, ex: Sequence[_Turn], ti: int, gender: str | None) -> int | None:
    """The person who answers turn ``ti`` of ``ex`` at once (the next paragraph)
    with a tag naming them by a given name alone (``said Clara``), of ``gender``
    when it is known, and not the speaker of turn ``ti``: the person turn ``ti``
    called by a title and a surname no one else bears; else None."""
    if ti + 1 >= len(ex) or ex[ti + 1].para != ex[ti].end_para + 1:
        return None
    who = ex[ti + 1].anchor
    if who is None or who < 0 or who == ex[ti].anchor:
        return None
    ent = ctx.entities[who]
    if ent.kind != "name" or len(ent.canonical.split()) != 1 or ent.title:
        return None
    g = _gender(ctx, who)
    return who if gender is None or g is None or g == gender else None


def called_names(text: str, q: Quote) -> Iterator[tuple[str, str | None, bool]]:
    """The names quote ``q`` calls someone by (vocatives; never a form of
    address or a word of kinship): each name, the title right before it if
    any, and whether it is set off after a comma, a dash or ``dear`` (a quote's
    first word may be an interjection: ``“Hello, …”``)."""
    for v in _VOCATIVE.finditer(text, q.start, q.end):
        word, at = v.group("name"), v.start("name")
        if word.lower() in NO_NAMES:
            continue
        lo = max(q.start, at - 12)
        title = _TITLE_BEFORE.search(text, lo, at)
        yield word, title.group(1) if title else None, AFTER_WORDS.search(text, lo, at) is not None


def _gender(ctx: Context, e: int) -> str | None:
    """Entity ``e``'s gender as the discourse model read it, or, for a person
    the exchanges made (:func:`_add_addressed`), its title's."""
    gender = ctx.coref.gender
    return gender[e] if e < len(gender) else ctx.entities[e].gender


#: a title right before a vocative's name (``Good evening, Mr. Vane``)
_TITLE_BEFORE = re.compile(rf"({_VOC_TITLE})\s+\Z")
#: what a vocative's name follows, if it is not the quote's first word: a
#: comma, a semicolon, a dash, or ``dear`` (``Hello, Tom``, ``my dear Tom``)
AFTER_WORDS = re.compile(r"(?:[,;—–]|\b[Dd]ear)[ \t\xa0\n]*\Z")
#: a quote that may call someone by name: a capitalised word after one of those
#: or a title, then what ends a vocative (a looser shape than _VOCATIVE's, so
#: that every quote it can match in is kept)
#: (It reads ``(?:[,;—–]|[Dd]ear|{_VOC_TITLE})`` first, written as a class of
#: the characters those open with, then each one's rest after a look back at
#: that character: ``re`` then skips in C to the characters in the class
#: instead of trying the alternation at every position; measured, 4 ms
#: instead of 7 over the quotes of polnear.dev.)
_MAY_CALL = re.compile(
    r"[,;—–DdMSLAUCIPGF](?:(?<=[,;—–])|(?<=[Dd])ear|(?<=[MD])r\.?|(?<=M)(?:rs|s)\.?"
    r"|(?<=M)(?:iss|aster|adam|ajor)|(?<=S)(?:ir|ergeant|ister)|(?<=L)(?:ady|ord|ieutenant)"
    r"|(?<=A)unt|(?<=U)ncle|(?<=C)(?:ousin|aptain|olonel)|(?<=I)nspector|(?<=D)octor"
    r"|(?<=P)rofessor|(?<=G)eneral|(?<=F)ather)"
    r"\s*[^\W\d_]+\s*(?:[,!?;—–]|\.?\s*$|\.\s)",
    re.MULTILINE)
#: Words a vocative calls someone by that are no name: forms of address,
#: titles and words of kinship or endearment (``Sir``, ``Mother``, ``Doctor``).
NO_NAMES = frozenset(
    {t.rstrip(".").lower() for t, _, _ in lx.TITLE_TABLE if " " not in t}
    | set(lx.GENDERED_HEADS) | lx.NOT_NAME_WORDS
    | set("god lord heaven heavens jove papa mama mamma pa ma mum mom dad daddy mummy granny "
          "grandpa grandma nurse boy girl man woman child children friend friends sweetheart "
          "honey love gentlemen ladies fellow old "
          # informal forms of address ("Sorry, Sarge", "Thanks, Boss", "Night, Doc")
          "sarge guv guvnor boss doc skipper skip cap mate pal buddy bud kid son sonny lad "
          "lass missus sweetie babe baby chum comrade partner sis bro dude dearie".split()))


def _shared_names(ctx: Context, shared: dict[str, dict[str, int]]) -> dict[str, int]:
    """The document's name words (:func:`_name_words`), read once, when a turn
    first asks, and kept in ``shared`` for every turn (which
    :func:`_add_addressed` adds the persons it makes to)."""
    names = shared.get("names")
    if names is None:
        names = shared["names"] = _name_words(ctx)
    return names


#: The ranks and offices a person is called by alone (``“Yes, Captain.”``), by the
#: titles that give them (lower case, no stop): the word of the call
_RANK_CALLS = {"captain": "captain", "capt": "captain", "colonel": "colonel", "col": "colonel",
               "sergeant": "sergeant", "sgt": "sergeant", "inspector": "inspector",
               "doctor": "doctor", "dr": "doctor", "professor": "professor",
               "prof": "professor", "general": "general", "gen": "general", "major": "major",
               "maj": "major", "lieutenant": "lieutenant", "lt": "lieutenant",
               "admiral": "admiral", "commander": "commander", "corporal": "corporal",
               "cpl": "corporal", "constable": "constable"}


def _name_words(ctx: Context) -> dict[str, int]:
    """Each word of a person's name -> that person, for the words that name
    one person only in the document (``Schlegel`` shared by three sisters names
    none of them)."""
    out: dict[str, int] = {}
    shared: set[str] = set()
    titled: dict[str, int] = {}  # "m:ashby" -> the one man titled and named Ashby
    ranks: dict[str, int] = {}  # "captain" -> the one person titled so (-1: several)
    for i, m in enumerate(ctx.mentions):
        e = ctx.entity_of[i]
        if e is None or m.kind != "name":
            continue
        g = _gender_of(m.title, []) if m.title else None
        for w in m.name.split():
            w = w.lower()
            if out.setdefault(w, e) != e:
                shared.add(w)
            if g is not None and titled.setdefault(f"{g}:{w}", e) != e:
                titled[f"{g}:{w}"] = -1
    for i, m in enumerate(ctx.mentions):
        # a rank or office called alone (``“I owe you my life, Captain.”``): the one
        # person named with that title in the document
        if m.kind == "name" and m.title and (rank := _RANK_CALLS.get(
                m.title.lower().rstrip("."))) is not None and \
                (e := ctx.entity_of[i]) is not None and rank not in out:
            if ranks.setdefault(rank, e) != e:
                ranks[rank] = -1
    for rank, e in ranks.items():
        if e >= 0:
            out[rank] = e
    for w in shared:
        del out[w]
        # a surname two people share, told apart by their titles' genders
        # ("Mr. Ashby", "Mrs. Ashby"): kept as "m:ashby" and "f:ashby", so that a
        # call "Mr. Ashby" is not taken for a person the narration never named
        for g in ("m", "f"):
            e = titled.get(f"{g}:{w}", -1)
            if e >= 0:
                out[f"{g}:{w}"] = e
    return out


#: The fewest letters of a short form of a name (``Len``, ``Ben``)
_SHORT_MIN = 3


#: The most name words of one first letter a short form is compared with (more:
#: no telling, and no quadratic work on a text of thousands of names)
_SHORT_SCAN = 64


def _distance(turns: list[int], i: int, default: int) -> int:
    """How far turn ``i`` is from the nearest of ``turns`` (sorted), else ``default``."""
    if not turns:
        return default
    return abs(turns[_nearest_index(turns, i)] - i)


def _nearest(turns: list[int], i: int) -> int:
    """The one of ``turns`` (sorted, not empty) nearest turn ``i``, the earlier on a tie."""
    return turns[_nearest_index(turns, i)]


def _nearest_index(turns: list[int], i: int) -> int:
    j = bisect_left(turns, i)
    if j == len(turns) or j > 0 and i - turns[j - 1] <= turns[j] - i:
        return j - 1
    return j


def _the_other(ctx: Context, e: int) -> bool:
    """Entity ``e`` is a description that only sets its person apart from the
    one just speaking (``returned the other``, ``said the other one``)."""
    ent = ctx.entities[e]
    return ent.kind == "nominal" and not ent.plural and \
        all(" ".join(ctx.mentions[i].text.lower().split()) in _OTHERS for i in ent.mentions)


_OTHERS = frozenset({"the other", "the other one"})


def _by_initial(names: dict[str, int]) -> dict[str, dict[str, int]]:
    """The document's name words by their first letter (for :func:`_short_form_of`)."""
    out: dict[str, dict[str, int]] = {}
    for w, e in names.items():
        if ":" not in w:  # (not a surname told apart by a title's gender)
            out.setdefault(w[:1], {})[w] = e
    return out


def _short_form_of(word: str, group: dict[str, int] | None) -> int | None:
    """The one person whose longer name ``word`` (lower case, not a name of the
    document itself) is a short form of: the same first letter, and its other
    letters in the long name's order (``len`` of Leonard, ``tom`` of Thomas,
    ``fred`` of Frederick); None if it could be two people's, or none's.
    ``group``: the document's name words of ``word``'s first letter (one entry
    of :func:`_by_initial`); at most :data:`_SHORT_SCAN` of them are compared."""
    return _one_bearer(group, lambda w: _shortens(word, w))


def _long_form_of(word: str, group: dict[str, int] | None) -> int | None:
    """The one person whose name ``word`` (lower case, not a name of the document
    itself) is a long form of: a name word of the document that is a short form
    of ``word`` (``ray`` of Raymond, ``len`` of Leonard); None if it could be
    two people's, or none's (as :func:`_short_form_of`, the other way round)."""
    return _one_bearer(group, lambda w: _shortens(w, word))


def _pet_form_of(word: str, names: dict[str, int]) -> int | None:
    """The one person a pet form of whose name ``word`` is (``meg`` of Margaret,
    ``bill`` of William: :data:`~quoteattr._lexicon.PET_NAMES`), or whose pet form
    the document uses when ``word`` is the full name; None for none or two."""
    found = None
    for w in _pet_related(word):  # (the same table both ways as clustering reads it)
        e = names.get(w)
        if e is not None:
            if found is not None and found != e:
                return None
            found = e
    return found


def _shortens(short: str, long: str) -> bool:
    """Whether ``short`` (of the same first letter: one group) is a short form of
    ``long``: at least :data:`_SHORT_MIN` letters, two fewer than ``long`` or
    more, and its other letters in ``long``'s order."""
    if len(short) < _SHORT_MIN or len(long) < len(short) + 2:
        return False
    it = iter(long[1:])
    return all(ch in it for ch in short[1:])


def _one_bearer(group: dict[str, int] | None, fits: Callable[[str], bool]) -> int | None:
    """The one person of ``group`` (name word -> person, at most
    :data:`_SHORT_SCAN` of them) whose words ``fits``; None for none or two."""
    if not group or len(group) > _SHORT_SCAN:
        return None
    found = None
    for w, e in group.items():
        if fits(w):
            if found is not None and found != e:
                return None
            found = e
    return found


def _addressed(ctx: Context, t: _Turn) -> tuple[int | None, bool]:
    """The person the narration of turn ``t``'s paragraph shows it spoken to
    (``said Jon, turning to Ilse``, ``she said to Mara``, ``addressing Jon``,
    ``Sherry looked at Dana``): a named person right after one of those words
    (``turning to his mother`` names no one); and whether the words turn to
    that person (``turned to``, ``looked at``)."""
    para = ctx.paragraphs[t.para]
    if not any(ctx.text.find(w, para.start, para.end) >= 0 for w in _TO_WORDS):
        return None, False  # (no word _TO's match could begin with: the pattern is not run)
    for m in _TO.finditer(ctx.text, para.start, para.end):
        i = ctx.mention_at(m.end())
        if i is not None and ctx.mentions[i].kind == "name":
            e = ctx.entity_of[i]
            if e is not None and e != t.anchor:
                return e, m.group().startswith(("turn", "look"))
    return None, False


def _called(ctx: Context, qi: int, names: dict[str, int]) -> int | None:
    """The person quote ``qi`` calls by name (``“Jon, sit down.”``, ``“Yes,
    Evie, I do.”``, ``“Sit down, Jon.”``): the first known name set off by
    punctuation at its start, in its course or at its end."""
    q = ctx.quotes[qi]
    # in an ASCII quote each name _VOCATIVE can match is one of its capitalised
    # words (a capital, then lower-case letters: what ``\p{Lu}\p{Ll}++`` is in
    # ASCII): when none of them names anyone, the pattern (look-behinds tried
    # at every position) is not run
    words = ctx.text[q.start:q.end]
    if words.isascii() and not any(w.lower() in names for w in _CAPITALISED.findall(words)):
        return None
    return next(_called_all(ctx, qi, names), None)


def _called_all(ctx: Context, qi: int, names: dict[str, int]) -> Iterator[int]:
    """Every person quote ``qi`` calls by a known name (as :func:`_called`)."""
    q = ctx.quotes[qi]
    for m in _VOCATIVE.finditer(ctx.text, q.start, q.end):
        word = m.group("name").lower()
        if word not in lx.NOT_NAME_WORDS and (e := names.get(word)) is not None:
            yield e


#: a capitalised word in the flow of a quote's words: after a lower-case word and
#: a space, before another or a full stop (``“I told Jon so.”``, ``“ask Jon.”``); a
#: vocative is set off by a comma, a dash or the quote's start (``“Jon, sit.”``,
#: ``“Sit, Jon!”``), and a sentence's first word may be one
_NAME_IN_FLOW = re.compile(r"(?<=[a-z] )([A-Z][a-z]+)(?=[ ’'][a-z]|[.;:])")


def _named_in(ctx: Context, qi: int, names: dict[str, int]) -> Iterator[int]:
    """The people quote ``qi`` names in the flow of its words (``“I saw Jon
    yesterday.”``), never set off as a call."""
    q = ctx.quotes[qi]
    for m in _NAME_IN_FLOW.finditer(ctx.text, q.start, q.end):
        e = names.get(m.group(1).lower())
        if e is not None:
            yield e


def _narration_person(ctx: Context, p: int) -> int | None:
    """The person narration paragraph ``p`` (no quote in it) ends on: the one
    who opens its last sentence, the sentence next to the turn after it (``Jon
    looked at the window. Mara tried again.`` / ``“…”``: Mara's turn); none if
    no person opens it, or if that person is seen leaving (``Jon left the
    room.``).  The paragraph's first sentence may be about someone the last
    one has moved on from."""
    if ctx.turn(len(ctx.quotes), p) is not None:
        return None
    para = ctx.paragraphs[p]
    last = max(para.start, ctx.sentence_bounds(para.end - 1)[0])
    e = _opener(ctx, last, para.end)
    if e is not None and e in _movers(ctx, para.start, para.end, _LEAVES):
        return None
    return e


def _opener(ctx: Context, lo: int, hi: int) -> int | None:
    """The entity of the name, ``he`` or ``she`` that opens the clause at ``lo``."""
    for i in ctx.mentions_in(lo, hi):
        m = ctx.mentions[i]
        if not clause_opening(ctx.text, lo, m.start):
            return None
        if m.kind == "name" or (m.kind == "pronoun" and m.name in ("he", "she")):
            return ctx.entity(i)
        if m.kind == "nominal" and title_person(ctx, e := ctx.entity(i)):
            return e  # "The Colonel lowered himself into a chair."
        return None
    return None


def _split(ctx: Context, turns: list[_Turn]) -> list[list[_Turn]]:
    """The exchanges: runs of turns with at most :data:`~quoteattr._constants.SCENE_BREAK`
    paragraphs of narration between; a run is cut too before a turn whose tag
    would make it hold more than :data:`~quoteattr._constants.EXCHANGE_PEOPLE`
    people tagged apart (a transcript's or a long scene's many speakers: the
    best path's work grows with the cube of its people, and those of one
    stretch of talk are few)."""
    out: list[list[_Turn]] = []
    tagged: set[int] = set()  # the people tagged in the current run
    for t in turns:
        if out and t.para - out[-1][-1].end_para - 1 <= k.SCENE_BREAK and (
                t.anchor is None or t.anchor in tagged or len(tagged) < k.EXCHANGE_PEOPLE):
            out[-1].append(t)
        else:
            out.append([t])
            tagged = set()
        if t.anchor is not None:
            tagged.add(t.anchor)
    return out


def _scene_break(ctx: Context, p: int) -> bool:
    """Paragraph ``p`` marks a new scene: a chapter heading or a section mark."""
    para = ctx.paragraphs[p]
    if para.end - para.start > k.HEADING_CHARS:
        return False
    return _HEADING.match(ctx.text, para.start, para.end) is not None


def _scene(ctx: Context, ex: Sequence[_Turn]
           ) -> tuple[list[int], list[set[int]], dict[int, int]]:
    """Who takes part in the exchange, and who is present at each of its turns.

    The scene is read from the narration before the first turn (back to a scene
    break, at most :data:`~quoteattr._constants.SCENE_LOOKBACK` paragraphs) to the
    last turn: a person enters when named or referred to (``she`` resolved) in the
    narration, when a tag names them, when a turn calls them by name or when seen
    entering (``Ilse came in``); a person seen leaving (``Jon left the room``) is
    gone until named again. A person is taken as present from the turn before the
    one where they first appear (``“Yes.”`` / ``“Who’s there?” asked Jon.``), and
    a person a tag of the exchange shows speaking from its first turn, unless seen
    coming in (a passage that opens in a talk under way names its people only when
    a tag first does). The
    participants are the anchored speakers first, then those addressed, seen
    entering or the subject of a beat, most often first, at most
    :data:`~quoteattr._constants.EXCHANGE_PEOPLE` in all.  Also returned: the
    last paragraph where the narration names each person still present at the
    exchange's last turn (the stand-ins when fewer than two people take part)."""
    first = ex[0].para
    lo = first
    while lo > 0 and first - lo < k.SCENE_LOOKBACK and lo - 1 not in ctx.first_in_paragraph \
            and not _scene_break(ctx, lo - 1):
        lo -= 1
    here: set[int] = set()
    count: dict[int, int] = {}
    named: dict[int, int] = {}
    seen_first: dict[int, int] = {}
    came: set[int] = set()  # those first seen coming in
    present: list[set[int]] = []
    ti = 0
    for p in range(lo, ex[-1].end_para + 1):
        para = ctx.paragraphs[p]
        turn = ex[ti] if ti < len(ex) and ex[ti].para == p else None
        seen = _narrated(ctx, para.start, para.end)
        active = _movers(ctx, para.start, para.end, _ENTERS)
        for e in seen:
            here.add(e)
            named.pop(e, None)
            named[e] = p  # the latest paragraph naming them
        entering = set(active) if active else ()
        if turn is not None:
            active += [e for e in (turn.anchor, turn.calls, turn.beat) if e is not None]
        for e in active:
            here.add(e)
            count[e] = count.get(e, 0) + 1
            if e not in seen_first:
                seen_first[e] = ti
                if e in entering:
                    came.add(e)
        for e in _movers(ctx, para.start, para.end, _LEAVES):
            here.discard(e)
        if turn is not None:
            present.append(set(here))
            ti += 1
    # the turn before a person's first appearance may already be theirs
    # (a person a tag shows speaking took part from the exchange's first turn,
    # unless seen coming in: a passage often opens in a talk under way, and
    # names its people only when a tag first does)
    anchored = list(dict.fromkeys(t.anchor for t in ex if t.anchor is not None))
    extra = sorted((e for e in count if e not in anchored), key=lambda e: -count[e])
    people = anchored + extra[:max(0, k.EXCHANGE_PEOPLE - len(anchored))]
    # (only the participants' presence is read: the others are not filled in,
    # and an exchange of thousands of turns costs their number times its length)
    speakers = set(anchored)
    for e in people:
        at = seen_first.get(e, 0)
        if 0 < at < len(present):
            for j in range(0 if e in speakers and e not in came else at - 1, at):
                present[j].add(e)
    return people, present, {e: c for e, c in named.items() if e in here}


def _surely_person(ctx: Context, e: int) -> bool:
    """Entity ``e`` is one person: a gender is known for them (a title, a
    gendered name or a pronoun that refers to them), and not a group
    (``South Welwyn``, ``the Dashwoods`` are no one to speak a turn)."""
    ent = ctx.entities[e]
    return not ent.plural and (ent.gender is not None or _gender(ctx, e) is not None)


def _narrated(ctx: Context, lo: int, hi: int) -> list[int]:
    """The named people of the narration in ``[lo, hi)`` (quotes hold no
    indexed mentions), and those its ``he``/``she`` refer to."""
    out: list[int] = []
    for i in ctx.mentions_in(lo, hi):
        m = ctx.mentions[i]
        if m.kind == "name" or (m.kind == "pronoun" and m.name in ("he", "she")):
            e = ctx.entity(i)
            if e is not None and ctx.entities[e].kind == "name":
                out.append(e)
        elif m.kind == "nominal" and title_person(ctx, e := ctx.entity(i)):
            out.append(e)  # type: ignore[arg-type]  # ("the Colonel": title_person read it)
    return out


#: For each pattern of :func:`_movers`, the words one of which each of its
#: matches opens with: a stretch that holds none of them is not scanned
#: (``str.find`` looks for a word many times faster than the pattern scans)
_MOVER_WORDS = {
    _LEAVES: ("left", "went", "walked", "hurried", "ran", "departed", "withdrew", "took", "gone"),
    _ENTERS: ("came", "entered", "walked", "ran", "hurried", "stepped", "appeared", "joined",
              "returned"),
}


def _movers(ctx: Context, lo: int, hi: int, verbs: regex.Pattern[str]) -> list[int]:
    """People the narration in ``[lo, hi)`` shows coming or going: the subject
    that opens the clause of one of ``verbs`` (``Jon left the room``)."""
    out: list[int] = []
    if not any(ctx.text.find(w, lo, hi) >= 0 for w in _MOVER_WORDS[verbs]):
        return out
    for m in verbs.finditer(ctx.text, lo, hi):
        start = max(lo, ctx.sentence_bounds(m.start())[0])
        for i in ctx.mentions_in(start, m.start()):
            if clause_opening(ctx.text, start, ctx.mentions[i].start) or \
                    _SUBORDINATE_OPENER.match(ctx.text, start, ctx.mentions[i].start):
                e = ctx.entity(i)
                if e is not None and ctx.entities[e].kind == "name":
                    out.append(e)
            break
    return out


#: a form of address set off in a quote (``Yes, sir.``, ``Thank you, ma'am!``),
#: not a title before a name (``Sir John``): the gender of the person spoken to
_ADDRESS = re.compile(
    r"(?:^|[,;—–!?.])[ \t\n]*(?P<w>[Ss]ir|[Mm]a[’']am|[Mm]adam|[Mm]iss)[ \t\n]*(?:[,;—–!?.]|$)")
_ADDRESS_GENDER = {"sir": "m", "ma'am": "f", "ma’am": "f", "madam": "f", "miss": "f"}


def _addressed_gender(ctx: Context, t: _Turn) -> str | None:
    """The gender of the person turn ``t`` speaks to by a form of address
    (``sir``: ``m``; ``ma'am``, ``madam``, ``miss``: ``f``), if it uses one, and
    one gender only."""
    found = None
    text = ctx.text
    for qi in t.quotes:
        q = ctx.quotes[qi]
        # (the quote as a string of its own: "^" and "$" are its ends)
        words = text[q.start:q.end]
        if "ir" not in words and "am" not in words and "iss" not in words:
            continue
        for m in _ADDRESS.finditer(words):
            g = _ADDRESS_GENDER[m.group("w").lower()]
            if found is not None and found != g:
                return None
            found = g
    return found


def _best_path(ctx: Context, ex: Sequence[_Turn], people: list[int],
               here: Sequence[set[int]]) -> list[int | None]:
    """The speakers of the turns, best path over (previous, current) pairs of
    people; ``here`` is who is present at each turn."""
    n = len(people)
    none = n  # the "no turn before" state
    # score[(a, b)] = best score of a path whose last two speakers are a, b
    score: dict[tuple[int, int], float] = {}
    back: list[dict[tuple[int, int], tuple[int, int] | None]] = []
    for ti, t in enumerate(ex):
        near = here[ti]
        emit = [_emission(ctx, t, ex[ti - 1] if ti else None, people[c],
                          ex[ti + 1] if ti + 1 < len(ex) else None)
                + (0.0 if people[c] in near else k.W_ABSENT) for c in range(n)]
        # "“Thank you, ma'am.”": the person spoken to, most often the last
        # turn's speaker, is a woman (sir: a man); a path giving that turn to
        # someone of the other gender is less likely
        listener = _addressed_gender(ctx, t) if ti else None
        misfit = [k.W_ADDRESS_MISFIT if listener is not None and people[b] >= 0 and
                  (g := _gender(ctx, people[b])) is not None and g != listener else 0.0
                  for b in range(n)] + [0.0]
        if all(e <= _NEG for e in emit):
            # a description whose gender fits no participant (``said the girl``
            # with only men taking part) fixes nothing: it must not void the path
            emit = [0.0 if people[c] in near else k.W_ABSENT for c in range(n)]
        new: dict[tuple[int, int], float] = {}
        bp: dict[tuple[int, int], tuple[int, int] | None] = {}
        if ti == 0:
            for c in range(n):
                if emit[c] > _NEG:
                    new[(none, c)] = emit[c]
                    bp[(none, c)] = None
        else:
            gap = t.para != ex[ti - 1].end_para + 1
            # (unless the narration ends on the person whose tag the next turn
            # has: "Edward said nothing. Miss Harcourt looked up. “…,” said she" —
            # she broke the silence; the turn before was not hers)
            silent = _silence(ctx, ex[ti - 1], t) and not (
                t.anchor is not None and t.beat == t.anchor)
            for (a, b), s in score.items():
                for c in range(n):
                    if emit[c] <= _NEG:
                        continue
                    if c == b:
                        tr = k.W_SAME_SPEAKER_SILENCE if silent else \
                            k.W_SAME_SPEAKER_GAP if gap else k.W_SAME_SPEAKER
                    elif c == a:
                        tr = k.W_ALTERNATE
                    elif a == none or a == b:  # no earlier other voice to alternate with
                        tr = 0.0
                    else:
                        tr = k.W_THIRD_VOICE
                    v = s + tr + emit[c] + misfit[b]
                    if v > new.get((b, c), _NEG):
                        new[(b, c)] = v
                        bp[(b, c)] = (a, b)
        if not new:  # every person vetoed (cannot happen: see above)
            return [None] * len(ex)
        score = new
        back.append(bp)
    state: tuple[int, int] | None = max(score, key=lambda s: score[s])
    path: list[int | None] = [None] * len(ex)
    for ti in range(len(ex) - 1, -1, -1):
        assert state is not None
        path[ti] = people[state[1]]
        state = back[ti][state]
    return path


#: narration that says a turn got no answer: the speaker goes on
_SILENCE = regex.compile(
    r"\b(?:there[ \t\xa0\n]+(?:was|came)[ \t\xa0\n]+no"
    r"|(?:made|gave|returned|received|got)[ \t\xa0\n]+no"
    r"|(?:did[ \t\xa0\n]+not|didn[’']t|could[ \t\xa0\n]+not|couldn[’']t)[ \t\xa0\n]+"
    r"(?=(?:answer|reply|respond)\b)"
    r"|no)[ \t\xa0\n]*+(?:answer|reply|respon(?:se|d))s?(?:[ \t\xa0\n]+came)?\b"
    r"|\b(?:said|answered)[ \t\xa0\n]+nothing\b", regex.IGNORECASE)
#: how much narration between two turns is read for it (a bound: linear)
_SILENCE_REACH = 400


def _silence(ctx: Context, prev: _Turn, t: _Turn) -> bool:
    """Whether the narration between turn ``prev`` and turn ``t`` says that
    ``prev`` got no answer (``There was no reply.``, ``She made no answer.``)."""
    lo = ctx.quotes[prev.quotes[-1]].outer_end
    hi = ctx.quotes[t.quotes[0]].outer_start
    if hi - lo < 8:
        return False
    return _SILENCE.search(ctx.text, lo, min(hi, lo + _SILENCE_REACH)) is not None


def _fits(ctx: Context, t: _Turn, who: int) -> bool:
    """Participant ``who`` may be the person turn ``t``'s description shows
    (``said the girl``): not of the other gender; the stranger fits any."""
    if who in (NARRATOR, STRANGER) or not t.unnamed:
        return True
    g = ctx.entities[who].gender
    return g is None or g == t.unnamed


def _emission(ctx: Context, t: _Turn, prev: _Turn | None, who: int,
              nxt: _Turn | None = None) -> float:
    if t.anchor is not None:
        return 0.0 if t.anchor == who else _NEG
    if t.unnamed:  # "said the girl": one of those present, of her gender
        if not _fits(ctx, t, who):
            return _NEG
    s = 0.0
    calls = t.calls
    if calls == who or calls is not None and who in t.also_called:
        s += k.W_CALLS_ITSELF
    if prev is not None and prev.calls is not None and prev.last_called == who:
        s += k.W_ADDRESSED
    if t.beat == who:
        s += k.W_BEAT
    if who in t.named:
        s += k.W_NAMES_ITSELF
    if nxt is not None and nxt.calls == who and nxt.para == t.end_para + 1 and not nxt.turned:
        s += k.W_CALLED_BACK
    return s
