"""Coreference before the sieve: who each third-person pronoun is.

Runs after clustering and before attribution, and returns plain values: for
each mention the entity a pronoun resolves to, and for each entity the gender
the text shows (its names' or its description's, else the first pronoun
resolved to it).
Nothing is written into an entity.

A pronoun resolves by *salience*, in the manner of Lappin & Leass (1994):
every name, description and resolved pronoun adds a weight to its entity's
running score, by the role it plays in its clause; every sentence halves all
scores; a pronoun takes the entity with the highest score that agrees with it
in gender, number and animacy.  So a person introduced as an object, in an
appositive or as a relative clause's antecedent (``echoed by a regional
minister, Pavel Orlov, who called …``) is a candidate as much as a subject,
and the subject of the sentence still outweighs the object
(``He … thanked President Trump`` does not make Trump the next ``he``).

The weights (:data:`WEIGHTS`) are Lappin & Leass's own, and why each is what
it is is said beside it.  Agreement (:func:`compatible`): gender (from
titles, given names, heads of kin such as ``his wife``, and the first
pronoun resolved to an entity), number (``they`` is a group or a body, never
one person) and animacy (:func:`person_like`: places, organisations and
things are never ``he`` or ``she``); and the person a quote ends by
addressing (``“…, Giles,” said he``) is not its tag's pronoun, nor is one
named in a participle's phrase that the pronoun is the subject of (``Asked
about Roe, he said``), nor one a content it reports after the fact describes
(``The driver was a man from out of town, he said``): binding, in two simple
cases.  A pronoun in a
clause that opens its sentence ahead of the main clause is read forward
(:func:`_cataphor`: ``Asked whether he would run, Roe shrugged``).

The model is linear: one pass over the mentions, one running score per
entity, no rescan of the document per pronoun.  Not done: binding beyond those
cases, cataphora beyond that one, and the possessive and object pronouns
(``his``, ``him``), which are not mentions (a possessive is resolved only where
a description needs its owner: ``her voice``, ``his sister``).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Sequence

import attrs
import regex

from . import _constants as k
from . import _lexicon as lx
from ._clauses import clause_opening, subject_gap
from ._cues import Cue
from ._model import Mention, Sentence
from ._speakers import Entity
from ._speakers import description_head as _head

__all__ = ["Coreference", "WEIGHTS", "compatible", "person_like", "resolve_pronouns"]

#: The pronouns resolved to an entity (I, we, you are the writer or an addressee).
_RESOLVED = frozenset({"he", "she", "they", "it"})

#: Salience weights, after Lappin & Leass (1994, table 1), each counted once
#: per entity per sentence: every mention gets ``recency``; then one role
#: weight; then ``head`` unless it is embedded in another noun phrase (a
#: possessor, a name inside a description's ``of``-phrase) and
#: ``non_adverbial`` unless it stands in a prepositional phrase.  Every
#: sentence halves every score (L&L's degradation by half per sentence), so
#: recency counts most and a person named often in the last few sentences still
#: outweighs one named once long ago.
WEIGHTS: dict[str, int] = {
    # L&L's "sentence recency": a mention in the current sentence
    "recency": 100,
    # the subject of its clause, nominative pronouns included, and a passive's
    # agent: what the discourse is about (centering's preferred centre)
    "subject": 80,
    # L&L's existential emphasis (``there is X``) stands here for the other
    # constructions that introduce a person as the new topic: an appositive
    # (``a regional minister, Pavel Orlov,``) and a relative clause's
    # antecedent (``Orlov, who called …``)
    "appositive": 70,
    # a direct object (L&L's accusative emphasis)
    "object": 50,
    # an oblique: in a prepositional phrase (``met with Dana Holt``; L&L's
    # indirect object and oblique complement)
    "oblique": 40,
    # L&L's head noun emphasis: not embedded in another noun phrase
    "head": 80,
    # L&L's non-adverbial emphasis: not inside a prepositional phrase
    "non_adverbial": 50,
    # not in L&L: the subject of a speech cue, the speaker of a quote there,
    # is whom the next ``he said`` in news most often continues
    "speaker": 40,
}

#: Entities, most recently mentioned last, a pronoun looks through.
_CANDIDATES = 60

_PREPOSITIONS = lx.PREPOSITIONS
#: Words after which a mention opens a clause (and so is its subject).
_CLAUSE_WORDS = frozenset(
    """and but or nor so yet that who whom which when while because although though
    if unless since until as whereas where then also""".split())
#: A verb after the mention that follows a cue makes it the subject of what
#: was said, not the speaker: ``says Hillsborough is …``, ``said Roe would …``.
_VERBS_AFTER = lx.AUXILIARIES
_WORD_AFTER = regex.compile(r"[ \t\xa0]++(\p{Ll}++)\b")

#: A participle's phrase that opens a sentence and ends at the comma before its
#: subject: ``Asked about Roe,``, ``When pressed by Roe,``, ``Speaking to Roe,``.
_OPENER_REACH = 160
_PARTICIPLE_OPENER = regex.compile(
    r"[\s“\"‘]*+(?:(?:When|While|After|Before|Once|If|Though|Although)[ \t\xa0\n]++)?"
    r"\p{Lu}\p{Ll}+(?:ing|ed)[ \t\xa0\n]++[^,;:.!?“”\"]{1,120}+,[ \t\xa0\n]*+$")

#: A prepositional phrase that opens a sentence and ends at the comma before its
#: subject: ``In a statement,``, ``With Roe at his side,``.  (Not ``After`` or
#: ``Before``, which may open a clause whose subject the next one's pronoun
#: stands for: ``After Roe left, he said``.)
_PP_OPENER = regex.compile(
    r"[\s“\"‘]*+(?:In|At|On|With|From|During|Under|Through|Despite|Amid|Within|Without"
    r"|By|For|Across|Against|Among|Beside|Beyond|Inside|Outside)"
    r"[ \t\xa0\n]++[^,;:.!?“”\"]{1,120}+,[ \t\xa0\n]*+$")

#: The start of a clause that opens a sentence and is not its main clause: a
#: subordinator's (``When he took office,``, ``Although she lost,``) or a
#: participle's (``Asked whether he would run,``).  A ``he`` or ``she`` inside
#: it, before the comma that ends it, may stand for the main clause's subject
#: (cataphora): see :func:`_cataphor`.
_FRONTED_START = (r"[\s“\"‘]*+(?:(?:When|While|After|Before|Once|If|Though|Although|Because"
                  r"|Since|Until|Unless|As)[ \t\xa0\n]|\p{Lu}\p{Ll}+(?:ing|ed)[ \t\xa0\n])")
_FRONTED_CLAUSE = regex.compile(_FRONTED_START + r"[^,;:.!?“”\"]*+$")
#: its first word alone (read once per sentence before the whole is tried)
_FRONTED_OPENER = regex.compile(_FRONTED_START)
#: The comma that ends such a clause, and the spaces after it, the pronoun's
#: clause running on to it (no other clause break between)
_FRONTED_END = regex.compile(r"[^,;:.!?“”\"—–()]{0,160}+,[ \t\xa0\n]*+")

#: Prepositions of place: a name seen only after one of them (``at Waterloo``)
#: is taken for a place, never ``he`` or ``she``, until it is seen speaking.
_LOCATIVES = frozenset("in at near inside outside across throughout".split())

def _call_name(dear: str) -> str:
    """The pattern of the name a call gives, perhaps after *dear* (``dear``: its
    pattern, as the call's place writes it) or a title (``my dear Giles``,
    ``Miss Bertram``); shared by the calls that end and open a quote."""
    return (rf"(?:{dear}[ \t\n]+)?"
            r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t\n]+|(?:Miss|Sir|Lady|Lord|Aunt|Uncle|Madam)[ \t\n]+)?"
            r"(?P<name>\p{Lu}[\p{Ll}’'\-]++)")


#: A call by name set off by a comma at a quote's end (``…, my dear Giles``,
#: ``…, Miss Bertram``)
_CALL = r",[ \t\n]++" + _call_name(r"(?:my[ \t\n]+)?dear")
#: A quote that ends by naming whom it addresses, then its tag's verb, if any:
#: ``…, Miss Bertram,” she cried`` / ``…, Giles,” said he``.  The person
#: addressed is not the one who speaks.
_VOCATIVE_TAG = regex.compile(
    _CALL + r"[,.!?—–\-]*+[”\"’'][ \t\n]*+(?:\p{Ll}++[ \t\n]++)?$")


@attrs.frozen
class Coreference:
    """What the discourse model found: plain values, made once."""

    #: For each mention, the entity a pronoun resolves to, or a description
    #: that stands for a named person (``said the girl``, ``the colonel``); else ``None``.
    resolved: list[int | None]
    #: For each entity, its gender: from its names or a description's head of kin
    #: (``his wife``), else from the first pronoun resolved to it.
    gender: list[str | None]


#: The factors as bits, and the salience of every set of them.
_BIT = {name: 1 << i for i, name in enumerate(WEIGHTS)}
_VALUE = [sum(w for name, w in WEIGHTS.items() if mask & _BIT[name])
          for mask in range(1 << len(WEIGHTS))]
_B = _BIT
_POSSESSOR = _B["recency"] | _B["non_adverbial"]
_SPEAKER = _B["speaker"]
_SPEAKING = _B["recency"] | _B["subject"] | _B["speaker"] | _B["non_adverbial"]
_HEAD = _B["head"]
_APPOSITIVE = _B["appositive"]
#: the factors of each role (an oblique is not non-adverbial)
_ROLE = {role: _B["recency"] | _B[role] | (0 if role == "oblique" else _B["non_adverbial"])
         for role in ("subject", "appositive", "object", "oblique")}
#: log2 of a bound on any score: each sentence adds at most every factor, and
#: the halvings sum to less than twice that
_MAX_LOG = math.log2(2 * _VALUE[-1])


def resolve_pronouns(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                     cues: Sequence[Cue], entities: Sequence[Entity],
                     entity_of: Sequence[int | None]) -> Coreference:
    """Resolve every third-person pronoun, in text order, by salience.

    One pass: each mention first resolves (if it is a pronoun) against the
    scores so far, then adds its factors to its entity.  As in Lappin & Leass,
    an entity counts each factor once per sentence however many of its
    mentions show it (``Geoff Garin, a pollster,`` is one subject, not two),
    and what it had from earlier sentences is halved once per sentence since:
    a score is kept as (earlier sentences, the set of factors of the last
    sentence it was mentioned in, that sentence), and decayed when read.  A
    resolved ``he`` or ``she`` shows an entity of unknown gender its gender
    for the next pronouns."""
    gender = [e.gender if e.gender or e.proper or e.kind != "nominal"
              else lx.GENDERED_HEADS.get(_head(e)) for e in entities]
    given = _given_name_gender(entities, gender)
    resolved: list[int | None] = [None] * len(mentions)
    # the last pronoun resolved: the mentions after it change nothing
    last = next((i for i in range(len(mentions) - 1, -1, -1)
                 if mentions[i].kind == "pronoun" and mentions[i].name in _RESOLVED
                 or mentions[i].kind == "nominal" and (
                     _GENERIC_SHAPE(mentions[i]) or _title_description(mentions[i])
                     or _epithet(mentions[i]) or _voice_of(mentions[i]) is not None
                     or _kin_of(mentions[i]) is not None or _unknown_voice(mentions[i])
                     or _former_or_latter(mentions[i]) is not None)), -1)
    if last < 0:
        return Coreference(resolved, gender)
    s_ends = [s.end for s in sentences]
    # each sentence's start, and past the last sentence the text's end: the
    # start of the sentence a mention stands in, read once per sentence
    s_los = [s.start for s in sentences] + [len(text)]
    n_sentences = len(sentences)
    c_starts = [c.start for c in cues]
    shown: dict[int, bool] = {}  # memo of _shown_a_person by entity

    def person_shown(eid: int) -> bool:
        p = shown.get(eid)
        if p is None:
            p = shown[eid] = _shown_a_person(text, entities[eid], mentions, cues, c_starts)
        return p

    # entity -> [score of the sentences before `sentence`, factors in `sentence`,
    # sentence, key]; dict order: the most recently mentioned last (re-inserted on every mention)
    state: dict[int, list] = {}
    person: dict[int, bool] = {}  # memo of person_like per entity
    # names seen so far only in a place's slot (``at Waterloo``, ``in Sawston``):
    # True until one is seen speaking (next to a speech cue); then False for good
    placed: dict[int, bool] = {}
    spoke: set[int] = set()  # entities seen speaking (next to a speech cue)
    last_tag: tuple[int, int] | None = None  # the last of them, and where it was seen
    partner: tuple[int, int] | None = None  # the one seen speaking before that one
    si = first = 0
    prev: Mention | None = None
    prev_eid: int | None = None
    generic: dict[int, str | None] = {}  # memo of _generic_gender per entity
    #: a description's entity -> those the text shows speaking to it ("told the boy")
    told: dict[int, set[int]] = {}
    titled: dict[str, set[int]] = {}  # a title's head word -> the named entities bearing it
    #: (person, kin word) -> the person named as that kin of theirs ("her brother Silas")
    kin: dict[tuple[int, str], int] = {}
    fronted: dict[int, bool] = {}  # sentence start -> whether a clause of _FRONTED_OPENER opens it
    role: dict[int, str | None] = {}  # memo of _title_description per entity
    # the people of the current sentence (a set), the first and the last of them
    # to be named; and the first and last of the last sentence that named two or
    # more ("the former", "the latter")
    people: set[int] = set()
    p_first = p_last = -1
    pair: tuple[int, int] | None = None
    people_si = 0
    # the titled people of the surnames a man and a woman bear (``Mr. Fenby``,
    # ``Mrs. Fenby``): whom "his wife" and "her husband" may be (read when one
    # first asks)
    # and the people named with a surname, by surname, with their genders (both
    # read when a word of kinship first asks)
    couples: list = [None, None]
    # (read only in a text that says "the former" or "the latter")
    pairs = any(_former_or_latter(m) is not None for m in mentions if m.kind == "nominal")
    for mi in range(last + 1):
        m = mentions[mi]
        while si < n_sentences and s_ends[si] <= m.start:
            si += 1
        if si != people_si:
            if len(people) >= 2:
                pair = (p_first, p_last)
            people, people_si = set(), si
        lo = s_los[si]
        if prev is not None and prev.start < lo:
            prev = None  # a new sentence: no appositive across its start
        if prev is None:
            first = mi  # the first mention of this sentence
        eid = entity_of[mi]
        if m.kind == "nominal" and (which := _former_or_latter(m)) is not None:
            # "said the former", "the latter replied": the first or the last person
            # of this sentence, if it names two already, else of the last that did
            two = (p_first, p_last) if len(people) >= 2 else pair
            if two is not None:
                resolved[mi] = eid = two[which]
        elif m.kind == "nominal" and (kw := _kin_of(m)) is not None and (
                rid := _relative(kw, m, eid, entities, gender, person, placed, state, si,
                                 given, kin, couples)) is not None:
            # "his sister" after "her brother Silas": the person the text has named
            # as that kin of the one "his" stands for
            if rid != eid:
                resolved[mi] = eid = rid
        elif m.kind == "nominal" and _unknown_voice(m) and (
                (rid := _revealed(text, mi, mentions, entity_of)) is not None
                or (rid := _called_before(text, m.start, entities, state)) is not None):
            # "“Where are you?” called a voice. It was Miss Abbott": the one the
            # next sentence reveals; "“Tansy, are you there?” called Pip." /
            # "“Here!” squeaked a small voice.": the one the turn before called
            resolved[mi] = eid = rid
        elif m.kind == "nominal" and (pw := _voice_of(m)) is not None:
            # "her voice: “…”", "his faint voice had answered": the voice is
            # its owner's, the person "his" or "her" stands for
            eid = _most_salient(_as_pronoun(m, pw), entities, gender, person, placed, state,
                                si, given=given)
            resolved[mi] = eid
        elif m.kind == "nominal" and eid is not None and _epithet(m):
            # "“…,” the 29-year-old said": the person just named
            rid = _epithet_antecedent(entities, gender, person, state, si, eid,
                                      lx.GENDERED_HEADS.get(_parent_word(m.name)))
            if rid is not None:
                resolved[mi] = eid = rid
        elif m.kind == "nominal" and eid is not None:
            g = generic.get(eid, "")
            if g == "":
                g = generic[eid] = _generic_gender(entities[eid], mentions)
            if prev is not None and _TOLD.search(text, max(lo, m.start - 14), m.start):
                # "he told the boy": whoever the subject is, the boy is someone else
                spk = resolved[mi - 1] if mentions[mi - 1].kind == "pronoun" \
                    else entity_of[mi - 1]
                if spk is not None:
                    told.setdefault(eid, set()).add(spk)
            if g is not None:
                # "said the girl": a bare description of a person is the named
                # person of that gender most salient in the scene, if any (not
                # one who spoke to the description: "he told the boy")
                rid = _named_antecedent(g, entities, gender, state, si, eid)
                if rid is not None and rid not in told.get(eid, ()) and not (
                        last_tag is not None and last_tag[0] == rid
                        and _next_to_cue(text, cues, c_starts, m)
                        # (from one tag to the next: over the text once in all)
                        and text.find("\n\n", last_tag[1], m.start) >= 0):
                    # (not the speaker of the turn before, in a paragraph before:
                    # "“…?” said Mr. Quarrington." / "“…,” replied the young man."
                    # is someone else answering him)
                    resolved[mi] = eid = rid
            elif titled:
                head = role.get(eid, "")
                if head == "":  # read once per entity: "a senator … the senator" is someone new
                    head = role[eid] = _title_description(mentions[entities[eid].mentions[0]])
                bearers = titled.get(head) if head is not None else None
                if bearers is not None and len(bearers) == 1:
                    # "the colonel", "her aunt": the one person named so far
                    # with that title (Colonel Brandon, Aunt Juley)
                    resolved[mi] = eid = next(iter(bearers))
                elif bearers:
                    # "Sen. Hale … Sen. Dunn … The senator said": of several, the
                    # one that stands out now, at twice the salience of any other
                    # (two named together stand out neither)
                    top = _standing_out(bearers, state)
                    if top is not None:
                        resolved[mi] = eid = top
        elif m.kind == "name" and m.title and eid is not None:
            head = _TITLE_HEADS.get(m.title.rstrip(".").lower())
            if head is not None:
                titled.setdefault(head, set()).add(eid)
            if m.title.lower() in _KIN and (pw := _possessor_before(text, m.start)) is not None:
                # "her brother Silas": Silas is the brother of the one "her" stands for
                owner = _most_salient(_as_pronoun(m, pw), entities, gender, person, placed,
                                      state, si, (eid,), given=given)
                if owner is not None:
                    _add_kin(kin, owner, m.title.lower(), eid, gender[owner])
        if m.kind == "pronoun":
            if m.name in _RESOLVED:
                excluded = _bound(text, lo, m.start, mentions, entity_of, resolved, first, mi)
                if not excluded and first < mi and m.gender is not None and \
                        m.text not in lx.OBJECT_PRONOUNS:
                    excluded = _reporting(text, lo, s_ends[si], m, mentions, entity_of,
                                          resolved, first, mi, cues, c_starts)
                if m.text in lx.OBJECT_PRONOUNS:
                    excluded = (*excluded, *_verb_subject_before(
                        text, lo, m.start, mentions, entity_of, resolved, first, mi))
                addressed = _addressed(text, m.start, entities, state)
                if addressed is not None:
                    excluded = (*excluded, addressed)
                # "“…,” it said": the subject of a verb of saying is a body, and a
                # description of a thing that is no person may be one (the airline)
                speaking_it = m.name == "it" and _next_to_cue(text, cues, c_starts, m)
                if m.gender is not None and m.start - lo <= _OPENER_REACH:
                    if lo not in fronted:  # read once per sentence
                        fronted[lo] = _FRONTED_OPENER.match(text, lo) is not None
                    eid = _cataphor(text, lo, m, mentions, mi, entity_of, entities, gender) \
                        if fronted[lo] else None
                else:
                    eid = None
                if eid is None and m.gender is not None and \
                        (called := _called_before(text, m.start, entities, state)) is not None \
                        and called not in excluded and gender[called] == m.gender and \
                        _next_to_cue(text, cues, c_starts, m):
                    # "“…, Eleanor.”" / "“I should be glad to,” she said.": the
                    # person the turn before called by name answers
                    eid = called
                if eid is None and m.gender is not None and last_tag is not None and \
                        last_tag[0] not in excluded and \
                        _answers_last_tag(text, last_tag[1], m.start) and \
                        _next_to_cue(text, cues, c_starts, m):
                    # "“Cold night,” said Tom." / "“Yes,” he said.": the tag of a
                    # quote opening the paragraph after another person's tagged
                    # turn is someone else's, when anyone else fits
                    eid = _most_salient(m, entities, gender, person, placed, state, si,
                                        (*excluded, last_tag[0]), spoke, speaking_it, given,
                                        person_shown)
                    if eid is not None and (partner is None or eid != partner[0]
                                            or not _answers_last_tag(text, partner[1],
                                                                     last_tag[1] - 1)):
                        # (only the partner whose tagged turn came just before: an
                        # exchange of two; news quotes one speaker over paragraphs)
                        eid = None
                if eid is None:
                    eid = _most_salient(m, entities, gender, person, placed, state, si,
                                        excluded, spoke, speaking_it, given, person_shown)
                resolved[mi] = eid
                if eid is not None and gender[eid] is None and m.gender is not None:
                    gender[eid] = m.gender
                    person[eid] = True
        if eid is not None:
            mlo = min(lo, m.start)
            word = "" if m.kind == "pronoun" else _word_before(text, m.start, mlo)
            f = _factors(text, m, prev, mlo, word, cues, c_starts)
            if prev is not None and prev_eid == eid and f & _APPOSITIVE:
                # an appositive renaming its own head (``the campaign's lawyer,
                # Marc Elias,``) is one noun phrase: it has the head's role only
                f &= ~_APPOSITIVE
            if f & _SPEAKER:
                spoke.add(eid)
                if last_tag is not None and last_tag[0] != eid:
                    partner = last_tag
                last_tag = (eid, m.end)
            if m.kind == "name" and gender[eid] is None and placed.get(eid) is not False:
                if f & _SPEAKER:
                    placed[eid] = False
                elif word in _LOCATIVES and text[m.end:m.end + 2] not in ("’s", "'s"):
                    # ("in Maureen's kitchen": a possessor, not a place)
                    placed[eid] = True
            st = state.pop(eid, None)
            if st is None:
                st = [0.0, f, si, 0.0]
            elif st[2] == si:
                st[1] |= f
            else:
                st[0] = (st[0] + _VALUE[st[1]]) * 0.5 ** (si - st[2])
                st[1], st[2] = f, si
            # the score as a key that needs no decay to compare: log2(score) + sentence
            st[3] = math.log2(st[0] + _VALUE[st[1]]) + si
            state[eid] = st
            if len(state) > 2 * _CANDIDATES:  # forget the long unmentioned
                for gone in list(state)[:_CANDIDATES]:
                    del state[gone]
        if pairs and eid is not None and eid not in people and (
                m.kind != "nominal" or resolved[mi] is not None):
            if person.get(eid) is None:
                person[eid] = person_like(entities[eid], gender[eid])
            if person[eid]:
                if not people:
                    p_first = eid
                people.add(eid)
                p_last = eid
        prev, prev_eid = m, eid
    return Coreference(resolved, gender)


#: the rest of a tagged turn's paragraph after its tag: a few words, no quote
_TAG_REST = regex.compile(r"[^\n“”\"]{0,60}?\n[ \t]*+\n[ \t]*+[“\"]")


def _answers_last_tag(text: str, tag_end: int, pos: int) -> bool:
    """The mention at ``pos`` tags a quote that opens the paragraph right after
    the one whose turn ended with the tag ending at ``tag_end`` (``“…,” said Tom.``
    / ``“…,” he said.``): a reply, no narration between."""
    r = _TAG_REST.match(text, tag_end, pos)
    return r is not None and pos - r.end() <= _REPLY_REACH and \
        text.find("\n", r.end(), pos) < 0


#: how far into its paragraph a reply's tag stands (the quote before it)
_REPLY_REACH = 400


def _standing_out(ids: set[int], state: dict[int, list]) -> int | None:
    """Of the entities ``ids``, the one whose salience is at least twice every
    other's (its key one more: keys are log2 of scores), if any."""
    keys = sorted(((state[e][3], e) for e in ids if e in state), reverse=True)
    if not keys:
        return None
    if len(keys) > 1 and keys[0][0] - keys[1][0] < 1.0:
        return None
    return keys[0][1]


def _given_name_gender(entities: Sequence[Entity],
                       gender: Sequence[str | None]) -> dict[int, str]:
    """The gender that the census lists (:data:`~quoteattr._lexicon.GIVEN_MALE`,
    ``GIVEN_FEMALE``) give the one word that names a person of no known gender
    (``Silas``, ``Martha``), by entity: a person the text never names with a
    title or a second word (``Mrs. Norris`` is clustered with ``Norris``, and
    her title gives her gender; ``Fanny Norris`` her given name).  Only a
    likelihood: a story may give a woman a name most bearers of which are men,
    so it weighs in :func:`_most_salient` and fixes nothing."""
    out: dict[int, str] = {}
    male, female = lx.GIVEN_MALE, lx.GIVEN_FEMALE
    for e in entities:
        # (the canonical name is the longest: one word, every name is that word)
        if e.kind == "name" and gender[e.id] is None and not e.title and e.proper:
            low = e.canonical.lower()
            if low in male:
                out[e.id] = "m"
            elif low in female:
                out[e.id] = "f"
    return out


#: A person's verb right after a name (an adverb in *-ly* may come first:
#: ``Vane slowly nodded``), a motion verb and its particle (``came in``), or a
#: person's doing in the progressive (``was sitting``):
#: :data:`~quoteattr._lexicon.PERSON_VERBS`, ``PERSON_MOTION_VERBS``, ``PERSON_PROGRESSIVES``
_PERSON_VERB = regex.compile(
    r"[ \t\xa0\n]++(?:\p{Ll}++(?<=ly)[ \t\xa0\n]++)?(?:(?:"
    + "|".join(sorted(lx.PERSON_VERBS, key=len, reverse=True)) + r")|(?:"
    + "|".join(sorted(lx.PERSON_MOTION_VERBS, key=len, reverse=True)) + r")[ \t\xa0\n]++(?:"
    + "|".join(sorted(lx.PERSON_MOTION_PARTICLES, key=len, reverse=True)) + r")"
    r"|(?:(?:was|were)[ \t\xa0\n]++)?(?:"
    + "|".join(sorted(lx.PERSON_PROGRESSIVES, key=len, reverse=True)) + r"))\b")
#: A verb right after a name, then a few words and a person's possessive or
#: reflexive, all in one stretch of lower-case words (``Holmes leaned back in
#: his chair``, ``Vane found herself alone``): the name is the person's the
#: possessive refers back to (``Ravenscar stood on its hill`` is not, nor is a
#: copula's or an auxiliary's subject: ``Marriage was to alter her fortunes``)
_OWN_POSSESSIVE = regex.compile(
    r"[ \t\xa0\n]++(?!(?:was|is|has|does|had|needed|seemed|appeared)\b)"
    r"\p{Ll}++(?:(?<=ed)|(?<=s))(?:[ \t\xa0\n]++\p{Ll}++){0,5}?"
    r"[ \t\xa0\n]++(?:his|her|himself|herself)\b")
#: the most characters a match of _OWN_POSSESSIVE reads (a bound for the search:
#: a verb and five words of a plain clause, each of at most twenty letters)
_OWN_REACH = 160
#: The one-word titles of the lexicon without their full stop (``Mr``,
#: ``Colonel``, ``Aunt``): the word before a name that makes it a person's
_TITLE_WORDS = frozenset(t.rstrip(".") for t, _, _ in lx.TITLE_TABLE
                         if " " not in t and "-" not in t)


def _shown_a_person(text: str, e: Entity, mentions: Sequence[Mention], cues: Sequence[Cue],
                    c_starts: list[int]) -> bool:
    """Whether anything in the whole text shows name ``e`` to be a person's: a
    mention next to a speech cue, before a person's verb (``nodded``, ``came
    in``, ``slipped in``, ``was sitting``, ``watching``:
    :data:`~quoteattr._lexicon.PERSON_VERBS`, ``PERSON_PROGRESSIVES`` after *was*
    or *were* or alone) or after one (``met``,
    ``thanked``), the subject of a clause that refers back to it by *his* or
    *her* (``Holmes leaned back in his chair``), or a title before the name
    anywhere, in a quote too (``“… Mr. Dunmore …”`` in a quote, ``Dunmore``
    alone in the narration).

    Asked (by :func:`_most_salient`) only of an untitled name of no known
    gender and no given name of the census that has not been seen speaking: a
    capitalised word a story uses once or twice with none of those signs is a
    place, a house, a deity or a personified abstraction as often as a person
    (``Elvenmoor``, ``Ravenscar``, ``Lyndhurst``).  (The title's gender is not
    taken for the bare name's: it may be a relative's, ``Mrs. Dunmore`` and
    ``Dunmore``; measured, it helped nowhere.)"""
    for mi in e.mentions:
        m = mentions[mi]
        if m.kind == "name" and (
                _next_to_cue(text, cues, c_starts, m)
                or _PERSON_VERB.match(text, m.end) is not None
                or _OWN_POSSESSIVE.match(text, m.end, m.end + _OWN_REACH) is not None
                or _word_before(text, m.start, max(0, m.start - 24)) in lx.PERSON_OBJECT_VERBS):
            return True
    word = e.canonical.rsplit(None, 1)[-1]
    at = text.find(word)
    while at >= 0:  # a title anywhere: the word before it, read with string methods
        end = at + len(word)
        if not text[end:end + 1].isalpha() and text[at - 1:at].isspace():
            before = text[max(0, at - 16):at].split()
            if before and before[-1].lstrip(_OPENING_SPACE).rstrip(".") in _TITLE_WORDS:
                return True
        at = text.find(word, end)
    return False


#: Bare descriptions of a person that a story uses for someone it has named
#: (``said the girl``, ``the old gentleman replied``), with their gender; an
#: age word may come first.
_GENERIC_HEADS = {"girl": "f", "boy": "m", "lady": "f", "gentleman": "m", "woman": "f",
                  "man": "m", "lad": "m", "lass": "f", "fellow": "m"}
_AGE_WORDS = frozenset({"old", "young", "little", "elder", "elderly", "younger"})
#: Adjectives by which a description sets a person apart from one named before.
_SETS_APART = lx.SETS_APART
#: How far back (in sentences) a bare description looks for the one person of
#: its gender: the people of the current scene.
_SCENE_SENTENCES = 6


#: The head word of a description that a title names (``the colonel`` for
#: ``Colonel``/``Col.``, ``the doctor`` for ``Dr.``, ``her aunt`` for ``Aunt``),
#: from the titles of the lexicon that name a role or a kinship; forms of
#: address (Mr., Lady, Sir) name none.
_TITLE_ABBREVIATIONS = {
    "dr": "doctor", "sen": "senator", "gov": "governor", "rep": "representative",
    "gen": "general", "col": "colonel", "capt": "captain", "lt": "lieutenant", "maj": "major",
    "prof": "professor", "rev": "reverend", "sgt": "sergeant", "adm": "admiral",
    "det": "detective", "insp": "inspector", "supt": "superintendent"}
_NOT_ROLES = frozenset(
    "mr mrs ms miss mx messrs mme madame mademoiselle monsieur m herr frau master mistress "
    "lord lady sir dame madam mmes mlle hon fr cousin".split())
_TITLE_HEADS: dict[str, str] = {}
for _t, _g, _uses in lx.TITLE_TABLE:
    _w = _t.rstrip(".").lower()
    if " " in _w or "-" in _w or _w in _NOT_ROLES:
        continue
    _TITLE_HEADS[_w] = _TITLE_ABBREVIATIONS.get(_w, _w)
_ROLE_HEADS = frozenset(_TITLE_HEADS.values())
_POSSESSIVE_DETERMINERS = frozenset({"the", "his", "her", "their", "my", "our", "your"})


def _title_description(m: Mention) -> str | None:
    """The title head of ``the colonel``, ``the old doctor``, ``her aunt``: a
    singular description of a determiner, perhaps one modifier, and a role."""
    words = m.text.lower().split()
    if m.plural or not 2 <= len(words) <= 3 or words[0] not in _POSSESSIVE_DETERMINERS:
        return None
    return words[-1] if words[-1] in _ROLE_HEADS else None


#: What a person speaks with: ``her voice``, ``his lips`` stand for their owner.
_VOICE_HEADS = frozenset({"voice", "lips", "tongue"})


#: Words of kinship, and the word for the other of the pair by that one's gender
#: (``her brother Silas``: Silas's sister is she; ``his wife Ann``: Ann's husband is he)
_KIN = {"brother": ("brother", "sister"), "sister": ("brother", "sister"),
        "husband": ("husband", "wife"), "wife": ("husband", "wife"),
        "father": ("son", "daughter"), "mother": ("son", "daughter"),
        "son": ("father", "mother"), "daughter": ("father", "mother"),
        "uncle": ("nephew", "niece"), "aunt": ("nephew", "niece"),
        "nephew": ("uncle", "aunt"), "niece": ("uncle", "aunt"),
        "cousin": ("cousin", "cousin"),
        "grandfather": ("grandson", "granddaughter"),
        "grandmother": ("grandson", "granddaughter"),
        "grandson": ("grandfather", "grandmother"),
        "granddaughter": ("grandfather", "grandmother")}
#: the kin words of a husband and wife (``_spouse``)
_SPOUSES = frozenset({"wife", "husband"})


def _possessor_before(text: str, pos: int) -> str | None:
    """``he`` or ``she`` when ``his`` or ``her`` stands right before ``pos``."""
    before = text[max(0, pos - 5):pos].lower()
    if before.endswith(" his ") or before == "his " or before.endswith("\nhis "):
        return "he"
    if before.endswith(" her ") or before == "her " or before.endswith("\nher "):
        return "she"
    return None


def _add_kin(kin: dict[tuple[int, str], int], owner: int, word: str, other: int,
             owner_gender: str | None) -> None:
    """Record that ``other`` is ``owner``'s ``word`` (and, when ``owner``'s gender is
    known, that ``owner`` is ``other``'s word of the pair back)."""
    kin.setdefault((owner, word), other)
    if owner_gender in ("m", "f"):
        back = _KIN[word][0 if owner_gender == "m" else 1]
        kin.setdefault((other, back), owner)


def _as_pronoun(m: Mention, word: str) -> Mention:
    """Mention ``m`` read as the pronoun its possessive stands for (``his sister``,
    ``her voice``, ``her brother Silas``: ``word``, *he* or *she*), to find whose
    it is as that pronoun would be resolved."""
    return attrs.evolve(m, kind="pronoun", name=word, title=None,
                        gender="m" if word == "he" else "f")


def _kin_of(m: Mention) -> tuple[str, str] | None:
    """(``he`` or ``she``, the kin word) when description ``m`` is ``his`` or
    ``her`` and a word of kinship (``his sister``, ``her husband``)."""
    if m.text[:4].lower() not in ("his ", "her "):
        return None
    words = m.text.lower().split()
    if len(words) == 2 and words[0] in ("his", "her") and words[1] in _KIN:
        return ("he" if words[0] == "his" else "she"), words[1]
    return None


def _titled_couples(entities: Sequence[Entity], gender: Sequence[str | None]
                    ) -> dict[str, list[int]]:
    """The people named with a title by surname (``Mr. Fenby``, ``Mrs.
    Fenby``), for the surnames that a man and a woman bear: whom *his wife*
    and *her husband* may be."""
    by_surname: dict[str, list[int]] = {}
    for e in entities:
        if e.kind == "name" and e.title and gender[e.id] in ("m", "f"):
            by_surname.setdefault(e.canonical.rsplit(None, 1)[-1], []).append(e.id)
    return {w: ids for w, ids in by_surname.items()
            if len({gender[i] for i in ids}) == 2}


def _relative(kw: tuple[str, str], m: Mention, eid: int | None, entities: Sequence[Entity],
              gender: list[str | None], person: dict[int, bool], placed: dict[int, bool],
              state: dict[int, list], si: int, given: dict[int, str],
              kin: dict[tuple[int, str], int], couples: list) -> int | None:
    """The person a word of kinship ``kw`` (*his*/*her* and the word: ``his
    sister``) stands for: the one the text named as that kin of the person *his*
    or *her* stands for (``her brother Silas`` … ``his sister``), the spouse of a
    titled couple (``Mr. Fenby`` … ``his wife``: ``Mrs. Fenby``), or the one other
    person of the kin's gender who bears that person's surname (``Emily Brandt`` …
    ``Walter Brandt`` … ``her grandfather``); ``None`` when none is known.  A
    description joined to a name (``Neil Harrow and his wife, Judith Harrow,``) is
    recorded as that kin (and the owner as hers: her husband).  ``couples`` holds
    the titled couples and the people by surname, read on the first ask."""
    owner = _most_salient(_as_pronoun(m, kw[0]), entities, gender, person, placed, state,
                          si, given=given)
    if owner is None:
        return None
    rid = kin.get((owner, kw[1]))
    if rid is not None:
        return rid
    if eid is not None and entities[eid].kind == "name":
        _add_kin(kin, owner, kw[1], eid, gender[owner])
        return None
    if kw[1] in _SPOUSES:
        if couples[0] is None:
            couples[0] = _titled_couples(entities, gender)
        rid = _spouse(entities, gender, couples[0], owner)
        if rid is not None:
            return rid
    if couples[1] is None:
        couples[1] = _by_surname(entities)
    return _kin_by_surname(entities, couples[1], owner, lx.GENDERED_HEADS.get(kw[1]))


def _surname(e: Entity) -> str | None:
    """The surname of a person named with a title or a given name before it
    (``Mrs. Fenby``, ``Walter Brandt``): the name's last word; ``None`` for a name
    of one word alone, which may be either."""
    words = e.canonical.split()
    return words[-1] if e.kind == "name" and (len(words) > 1 or e.title) else None


def _by_surname(entities: Sequence[Entity]) -> dict[str, list[tuple[int, str | None]]]:
    """The people named with a surname (:func:`_surname`), by surname, with the
    genders their names show (a title, a given name; not one read off a pronoun,
    which a family of one surname too often gets wrong)."""
    out: dict[str, list[tuple[int, str | None]]] = {}
    for e in entities:
        if (w := _surname(e)) is not None:
            out.setdefault(w, []).append((e.id, e.gender))
    return out


def _kin_by_surname(entities: Sequence[Entity],
                    surnames: dict[str, list[tuple[int, str | None]]], owner: int,
                    kin_gender: str | None) -> int | None:
    """*Her grandfather*, *his wife*: the one person other than ``owner`` who bears
    ``owner``'s surname and is of the kin word's gender (``Emily Brandt``'s
    grandfather is ``Walter Brandt`` when he is the one man named Brandt); ``None``
    when there are several, or none, or the gender is unknown."""
    w = _surname(entities[owner])
    if w is None or kin_gender is None:
        return None
    fits = [i for i, g in surnames.get(w, ()) if i != owner and g == kin_gender]
    return fits[0] if len(fits) == 1 else None


def _spouse(entities: Sequence[Entity], gender: Sequence[str | None],
            spouses: dict[str, list[int]], owner: int) -> int | None:
    """*His wife*, *her husband*: the one titled person of the other gender who
    bears the surname of ``owner`` (``Mr. Fenby``'s wife is ``Mrs. Fenby``);
    None when there are several, or none."""
    ids = spouses.get(entities[owner].canonical.rsplit(None, 1)[-1])
    if not ids or owner not in ids:
        return None
    other = [i for i in ids if gender[i] != gender[owner]]
    return other[0] if len(other) == 1 else None


def _voice_of(m: Mention) -> str | None:
    """``he`` or ``she`` when description ``m`` is ``his`` or ``her`` voice (or lips),
    with at most an adjective between (``her faint voice``), else None."""
    if m.kind != "nominal":
        return None
    words = m.text.lower().split()
    if 2 <= len(words) <= 3 and words[-1] in _VOICE_HEADS and words[0] in ("his", "her"):
        return "he" if words[0] == "his" else "she"
    return None


def _unknown_voice(m: Mention) -> bool:
    """Description ``m`` is a voice or a figure not yet known (``a voice``, ``a
    low voice``, ``a tall figure``, ``a stranger``)."""
    if m.kind != "nominal" or m.text[:2].lower() not in ("a ", "an"):
        return False
    words = m.text.lower().split()
    return len(words) <= 3 and words[0] in ("a", "an") and words[-1] in _UNKNOWN_HEADS


_UNKNOWN_HEADS = frozenset({"voice", "figure", "stranger"})
#: the sentence after a tag, revealing its speaker: ``… It was Miss Abbott``
_REVEAL = regex.compile(r"[^.!?\n]{0,80}?[.!?][”\"’']?[ \t\n]++It[ \t\n]++was[ \t\n]++")
#: the most characters a match of _REVEAL can span
_REVEAL_REACH = 120


def _revealed(text: str, mi: int, mentions: Sequence[Mention],
              entity_of: Sequence[int | None]) -> int | None:
    """The named person the sentence after mention ``mi``'s opens by revealing
    (``It was Miss Abbott``), if any."""
    # (bounded: the pattern's literal "It" would be looked for to the text's end)
    end = mentions[mi].end
    r = _REVEAL.match(text, end, end + _REVEAL_REACH)
    if r is None:
        return None
    for j in range(mi + 1, min(len(mentions), mi + 6)):
        if mentions[j].start == r.end():
            return entity_of[j] if mentions[j].kind == "name" else None
        if mentions[j].start > r.end():
            break
    return None


def _former_or_latter(m: Mention) -> int | None:
    """0 for ``the former``, 1 for ``the latter`` (a description standing for
    the first or the last of two people just named), else ``None``."""
    if m.kind != "nominal" or len(m.text) > 12:
        return None
    return _FORMER_LATTER.get(" ".join(m.text.lower().split()))


_FORMER_LATTER = {"the former": 0, "the latter": 1}


def _GENERIC_SHAPE(m: Mention) -> bool:
    """``the girl``, ``the old gentleman``, ``the earnest girl``: a definite,
    singular, bare description (one adjective at most, none that sets someone
    apart: ``the other girl``, ``the second man``)."""
    words = m.text.lower().split()
    return (not m.plural and 2 <= len(words) <= 3 and words[0] == "the"
            and words[-1] in _GENERIC_HEADS and (len(words) == 2 or words[1] in _AGE_WORDS or (
                words[1].isalpha() and words[1] not in _SETS_APART)))


def _generic_gender(e: Entity, mentions: Sequence[Mention]) -> str | None:
    """The gender of entity ``e`` when it is such a description and every
    mention of it is definite (``a girl`` brings in someone new, whom ``the
    girl`` then names), else None."""
    if e.kind != "nominal" or e.proper or e.plural or \
            e.names[0].rsplit(None, 1)[-1].lower() not in _GENERIC_HEADS:
        return None
    if not all(_GENERIC_SHAPE(mentions[i]) for i in e.mentions):
        return None
    return _GENERIC_HEADS[mentions[e.mentions[0]].text.lower().split()[-1]]


#: a verb of telling or asking right before a description, its listener
_TOLD = regex.compile(r"\b(?:told|asked|answered|said[ \t\n]+to)[ \t\n]+$")


def _named_antecedent(g: str, entities: Sequence[Entity], gender: Sequence[str | None],
                      state: dict[int, list], si: int, own: int) -> int | None:
    """The one named entity of gender ``g`` mentioned in the last few sentences
    (not the description's own entity ``own``); None when there are several,
    or none: then the description may be someone the story has not named."""
    found = None
    for eid in reversed(state):
        st = state[eid]
        if si - st[2] > _SCENE_SENTENCES:
            break
        if eid != own and entities[eid].proper and gender[eid] == g:
            if found is not None:
                return None
            found = eid
    return found


#: an age standing for a person (``29-year-old``, ``twenty-nine-year-old``)
_AGE_NAME = regex.compile(r"(?:\d{1,3}|[a-z]{3,12}(?:-[a-z]{3,6})?)-year-old")


def _epithet(m: Mention) -> bool:
    """``the 29-year-old``, ``the mother of two``: a definite description of one
    person by an age or as a parent by the count of their children, which news
    uses for someone it has just named.  (A nation's, ``the
    Spaniard``, is not read so: in a story ``the Englishman`` sets one apart
    from the people around; measured, it moved the check set down.)"""
    if m.plural or m.text[:4].lower() != "the ":
        return False
    return m.name.endswith("-year-old") and _AGE_NAME.fullmatch(m.name) is not None \
        or m.name.endswith(_COUNTS) and _PARENT_OF.fullmatch(m.name) is not None


#: ``the mother of two``, ``the 34-year-old father of three``: a parent by the
#: number of their children, an epithet news gives someone it has just named
_PARENT_OF = regex.compile(
    r"(?:(?:\d{1,3}-year-old|single|widowed|divorced|young|retired)[ \t\xa0\n]+){0,2}"
    r"(?:mother|father|mom|dad|mum|grandmother|grandfather|grandma|grandpa)"
    r"[ \t\xa0\n]+of[ \t\xa0\n]+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})")
_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           *"0123456789")


def _parent_word(name: str) -> str:
    """The parent word of an epithet's name (``34-year-old mother of two``:
    ``mother``), else ``""``."""
    words = name.split()
    return words[words.index("of") - 1] if "of" in words[1:] else ""


def _epithet_antecedent(entities: Sequence[Entity], gender: Sequence[str | None],
                        person: dict[int, bool], state: dict[int, list], si: int,
                        own: int, want: str | None = None) -> int | None:
    """The most salient person named in the last few sentences (not the
    epithet's own entity ``own``; not of the other gender than ``want``, the
    gender the epithet shows: ``the mother of two``): whom ``the 29-year-old``
    stands for; None when no one is named there."""
    best, best_s = None, -math.inf
    for eid in reversed(state):
        st = state[eid]
        if si - st[2] > _SCENE_SENTENCES:
            break
        e = entities[eid]
        if eid == own or e.kind != "name" or not e.proper or e.plural or st[3] <= best_s \
                or want is not None and gender[eid] is not None and gender[eid] != want:
            continue
        p = person.get(eid)
        if p is None:
            p = person[eid] = person_like(e, gender[eid])
        if p:
            best, best_s = eid, st[3]
    return best


def _most_salient(m: Mention, entities: Sequence[Entity], gender: Sequence[str | None],
                  person: dict[int, bool], placed: dict[int, bool], state: dict[int, list],
                  si: int, excluded: tuple[int, ...] = (),
                  spoke: set[int] | frozenset[int] = frozenset(),
                  speaking_it: bool = False, given: dict[int, str] | None = None,
                  shown: Callable[[int], bool] | None = None) -> int | None:
    """The compatible entity of highest score among the last few mentioned
    (ties: the most recently mentioned), other than those ``excluded``.
    Scores are compared as keys, ``log2(score) + sentence of the last
    mention``, which order entities as their scores halved to the current
    sentence do, and need no halving (nor underflow after a page of
    dialogue).  Entities are read most recent first, and no score exceeds
    twice a sentence's factors: once even that bound, at an entity's last
    sentence, is below the best key found, no older entity can win (a
    discount only lowers a key below that bound).

    For ``he`` and ``she``, an untitled name of no known gender that has not
    been seen speaking (``spoke``) is discounted by one sentence, its score
    halved: such a name is a place, a house, a ship as often as a person
    (``Chelmsford welcomed Tom Reed home. He …`` is Reed).  A name that
    ``given`` (:func:`_given_name_gender`) reads as a given name is a person:
    not discounted when its likely gender is the pronoun's, discounted by one
    sentence more when it is the other (``Silas`` for *she*, unless no one
    else will do).  Such a name that nothing in the whole text ``shown`` to be
    a person's (:func:`_shown_a_person`) is never *he* or *she*: a pronoun
    with no one else to stand for is left unresolved rather than made a
    village's, a deity's or an abstraction's (``Elvenmoor lay beyond the ridge
    … “…?” she asked``)."""
    given = given or {}
    best, best_s = None, -math.inf
    gendered = m.name in ("he", "she")
    for n, eid in enumerate(reversed(state)):
        st = state[eid]
        if n >= _CANDIDATES or st[2] + _MAX_LOG < best_s:
            break
        s = st[3]
        unproven = False  # to be shown a person's before it may win (asked last)
        if gendered and gender[eid] is None and entities[eid].kind == "name" and \
                not entities[eid].title:
            g = given.get(eid)
            if g is None:
                if eid not in spoke:
                    s -= 1.0
                    unproven = True
            elif g != m.gender:
                s -= 1.0 if eid in spoke else 2.0
        if s > best_s and eid not in excluded and (compatible(
                m, entities[eid], gender[eid], person) or speaking_it and _body_like(
                entities[eid], gender[eid])) and not (gendered and placed.get(eid)) and \
                not (unproven and shown is not None and not shown(eid)):
            best, best_s = eid, s
    return best


def _bound(text: str, lo: int, pos: int, mentions: Sequence[Mention],
           entity_of: Sequence[int | None], resolved: Sequence[int | None],
           first: int, mi: int) -> tuple[int, ...]:
    """The entities a pronoun at ``pos`` cannot be, being the objects of its own
    verb: those named in a participle's phrase that opens its sentence and
    whose understood subject the pronoun is (``Asked about Roe, he said``,
    ``Standing beside Roe, she …``; ``first``..``mi``: the mentions of the
    sentence before the pronoun).  A pronoun inside that phrase is no object of
    the verb: it may be the subject itself (``Asked whether he would run, he
    said``), so the person it stands for stays a candidate."""
    # cheap tests first: a comma right before, a short stretch (the pattern
    # would otherwise be tried over a whole long sentence for every pronoun)
    if first >= mi or pos - lo > _OPENER_REACH or not text[lo:pos].rstrip().endswith(","):
        return ()
    if _PARTICIPLE_OPENER.match(text, lo, pos):
        possessors = True
    elif _PP_OPENER.match(text, lo, pos):
        # "In a statement, it said", "With Roe at his side, he said": the
        # phrase's nouns are not its subject; a possessor may be ("In Roe's
        # absence, he …")
        possessors = False
    else:
        return ()
    return tuple(e for i in range(first, mi) if mentions[i].kind != "pronoun"
                 and (possessors or not text.startswith(("’s", "'s"), mentions[i].end))
                 and (e := entity_of[i] if entity_of[i] is not None else resolved[i]) is not None)


def _reporting(text: str, lo: int, hi: int, m: Mention, mentions: Sequence[Mention],
               entity_of: Sequence[int | None], resolved: Sequence[int | None], first: int,
               mi: int, cues: Sequence[Cue], c_starts: list[int]) -> tuple[int, ...]:
    """The entities a pronoun cannot be, being the subject of a verb of saying set
    after what it reports (``The victim was a man found in a trailer, he said.``,
    ``The clerk, she said, has not come back``): the descriptions in that content
    before it (binding: the person reporting does not describe himself so).  Not
    names (news writes ``Sobin would have voted for her anyway, he says`` of Sobin)
    nor epithets (``the 29-year-old``).  Only after a comma, with the verb right
    after the pronoun and no quotation after the verb in its sentence, nor a comma
    or a colon ending it (``…, she said to him, “…”`` and ``…, she said,`` / ``“…”``
    report what follows), and not when a subordinate or participle clause opens
    the sentence (``When Roe came in, he said`` may well be Roe) or a semicolon
    or a colon stands before the pronoun (another clause)."""
    if not text[max(lo, m.start - 4):m.start].rstrip().endswith(",") or \
            text.find(";", lo, m.start) >= 0 or text.find(":", lo, m.start) >= 0:
        return ()
    i = bisect_left(c_starts, m.end)
    if i >= len(cues) or cues[i].start - m.end > k.NEXT_TO_CUE or \
            not subject_gap(text, m.end, cues[i].start) or _FRONTED_OPENER.match(text, lo) or \
            _QUOTE_MARK.search(text, cues[i].end, hi) is not None or \
            text[cues[i].end:hi].rstrip().endswith((",", ":")):
        return ()
    return tuple(e for j in range(first, mi) if mentions[j].kind == "nominal"
                 and not _epithet(mentions[j])
                 and (e := entity_of[j] if entity_of[j] is not None else resolved[j]) is not None)


#: an opening or closing double quotation mark
_QUOTE_MARK = regex.compile(r"[“”\"]")


def _cataphor(text: str, lo: int, m: Mention, mentions: Sequence[Mention], mi: int,
              entity_of: Sequence[int | None], entities: Sequence[Entity],
              gender: Sequence[str | None]) -> int | None:
    """The entity a ``he`` or ``she`` stands for ahead of its name (cataphora):
    the pronoun is inside a clause that opens its sentence and is not its main
    clause (:data:`_FRONTED_CLAUSE`: ``When he took office, Roe …``, ``Asked
    whether he would run again, Roe …``), and the main clause, right after that
    clause's comma, opens with a person's name of the pronoun's gender (known:
    a place is named as often as a person), not a possessor (``…, Roe's aide
    said``).  The name is what the sentence is about; the person of the
    sentences before is not.  ``None`` otherwise: the pronoun is then read by
    salience as usual."""
    if not _FRONTED_CLAUSE.match(text, lo, m.start):
        return None
    end = _FRONTED_END.match(text, m.end)
    if end is None:
        return None
    j = mi + 1
    while j < len(mentions) and mentions[j].start < end.end():
        j += 1  # (mentions inside the clause: "When he met Roe, …" reads on)
    if j >= len(mentions) or mentions[j].start != end.end():
        return None
    n = mentions[j]
    eid = entity_of[j]
    if n.kind != "name" or eid is None or text.startswith(("’s", "'s"), n.end):
        return None
    return eid if gender[eid] == m.gender else None


def _verb_subject_before(text: str, lo: int, pos: int, mentions: Sequence[Mention],
                         entity_of: Sequence[int | None], resolved: Sequence[int | None],
                         first: int, mi: int) -> tuple[int, ...]:
    """The entity an object pronoun at ``pos`` cannot be: the subject of its own
    verb, the word before it (``Interfax news agency quoted him``: *him* is not
    Interfax).  The subject is taken to be the last mention of the sentence
    before the verb when nothing that ends a clause or a phrase set off (a
    comma, a dash, a bracket, a quotation mark) lies between them."""
    v = pos
    while v > lo and text[v - 1] in " \t\xa0":
        v -= 1
    while v > lo and text[v - 1].isalpha():
        v -= 1
    for i in range(mi - 1, first - 1, -1):
        m = mentions[i]
        if m.end > v:
            continue
        if any(c in _CLAUSE_BREAKS for c in text[m.end:v]):
            return ()
        e = entity_of[i] if entity_of[i] is not None else resolved[i]
        return () if e is None else (e,)
    return ()


#: what ends a clause or sets off a phrase between a subject and its verb
_CLAUSE_BREAKS = frozenset(",;:.!?—–()“”\"\n")


def _addressed(text: str, pos: int, entities: Sequence[Entity],
               state: dict[int, list]) -> int | None:
    """The entity a quote right before the pronoun at ``pos`` ends by addressing
    (``“…, Giles,” said he``), if it is the name of one of the entities in
    ``state`` (read only when a quote does end so: rarely)."""
    lo = max(0, pos - 16)
    j = max(text.rfind("”", lo, pos), text.rfind('"', lo, pos), text.rfind("’", lo, pos),
            text.rfind("'", lo, pos))
    if j < 0:
        return None  # no closing mark in the tag: no quote right before
    return _entity_called(_VOCATIVE_TAG.search(text, max(0, j - 40), pos), entities, state)


def _entity_called(v: regex.Match[str] | None, entities: Sequence[Entity],
                   state: dict[int, list]) -> int | None:
    """The entity of ``state`` (most recent first) bearing the name a call
    ``v`` reads, if any (never a word that is no name: ``Sir``, ``Mother``)."""
    if v is None or v.group("name").lower() in lx.NOT_NAME_WORDS:
        return None
    name = v.group("name")
    for eid in reversed(state):
        e = entities[eid]
        if e.proper and (name in e.canonical.split() or name in e.proper[0].split()):
            return eid
    return None


#: a quote ending on a call by name at the end of its paragraph (``…, Eleanor.”``)
_CALLED_AT_END = regex.compile(_CALL + r"[.!?,—–\-]*+[”\"’'][ \t]*+$")


def _called_before(text: str, pos: int, entities: Sequence[Entity],
                   state: dict[int, list]) -> int | None:
    """For a pronoun at ``pos`` in the tag of a quote that opens its paragraph,
    the entity the previous paragraph's last quote ends by calling by name
    (``“…, Eleanor.”`` / ``“…,” she said.``: the person called answers; a short
    tag may follow that quote, ``“…, Martha,” Lucy said.``), or
    else the one its opening quote calls first (``“My dear Miss Ashe, …”``), if
    it is the name of one of the entities in ``state``."""
    j = text.rfind("\n\n", max(0, pos - 200), pos)
    if j < 0 or text[j + 2:j + 3] not in ("“", '"', "‘", "'"):
        return None
    end = j
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if text[end - 1:end] not in ("”", '"', "’", "'"):
        # "“Be fair to him, Martha,” Lucy said.": the quote's tag after it, short
        # and holding no other quote, ends the paragraph
        k = max(text.rfind("”", max(0, end - _TAG_AFTER_REACH), end),
                text.rfind('"', max(0, end - _TAG_AFTER_REACH), end))
        if k < 0 or any(c in text[k + 1:end] for c in "“\"‘\n"):
            return None
        end = k + 1
    called = _entity_called(_CALLED_AT_END.search(text, max(0, end - 40), end), entities, state)
    if called is None:
        # "“My dear Miss Marsh, that is hardly …”": the quote that opens the
        # previous paragraph calls someone first
        start = text.rfind("\n\n", max(0, end - _PARAGRAPH_REACH), end)
        if start >= 0:
            called = _entity_called(_CALLED_AT_START.match(text, start + 2, end), entities, state)
    return called


#: How long a tag after the previous paragraph's last quote may be
_TAG_AFTER_REACH = 60
#: A quote that opens by naming whom it addresses: ``“My dear Miss Marsh, …``,
#: ``“Eleanor, you …``, ``“Oh, Giles! …``
_CALLED_AT_START = regex.compile(
    r"[“\"‘'](?:(?:Oh|Why|Well|Now|Come|Ah|No|Yes)[,!]?[ \t\n]++)?"
    + _call_name(r"(?:(?i:my)[ \t\n]+)?(?i:dear)") + r"[,!]")
#: How far back the start of the paragraph before a tag's is looked for
_PARAGRAPH_REACH = 1000


def _factors(text: str, m: Mention, prev: Mention | None, lo: int, word: str,
             cues: Sequence[Cue], c_starts: list[int]) -> int:
    """The salience factors of mention ``m``, as bits (``prev``: the mention
    before it in its sentence; ``lo``: the sentence's start; ``word``: the
    word before the mention, lower case)."""
    if text.startswith(("’s", "'s"), m.end):
        return _POSSESSOR  # a possessor: embedded in the noun phrase it opens
    role = _role(text, m, prev, lo, word)
    # the speaker of a cue: right after it (``said Roe``, ``according to Roe``),
    # or right before it unless in a prepositional phrase (``thousands of
    # Germans protesting`` does not make the Germans a speaker)
    if _next_to_cue(text, cues, c_starts, m, before=role != "oblique"):
        f = _SPEAKING
    else:
        f = _ROLE[role]
    if prev is None or prev.end <= m.start:  # not a name inside a description
        f |= _HEAD
    return f


#: prepositions that front a person as a sentence's topic (``For Doyle, …``)
_TOPIC_PREPOSITIONS = frozenset({"for", "to", "like"})
#: what may stand before a sentence's first word
_OPENING_SPACE = " \t\n\xa0“\"‘'(—–-"


def _role(text: str, m: Mention, prev: Mention | None, lo: int, word: str) -> str:
    """The role of ``m`` read from the words around it (``word``: the word
    before it): ``subject``, ``appositive`` (or a relative clause's
    antecedent), ``object`` or ``oblique``."""
    if m.kind == "pronoun":
        if m.name != "it":
            return "subject"  # he, she, they: nominative
        word = _word_before(text, m.start, lo)
    if word == "by" and (by := text.rfind("by", lo, m.start)) >= 0 and \
            _word_before(text, by, lo).endswith(("ed", "en")):
        return "subject"  # a passive's agent: "was echoed by Pavel Orlov", "joined by Roe"
    if word in _TOPIC_PREPOSITIONS and text[m.end:m.end + 1] == "," and \
            m.start - len(word) - 1 - lo <= 4 and \
            not text[lo:m.start - len(word) - 1].strip(_OPENING_SPACE):
        # "For Doyle, the numbers mean little.": a person fronted as the
        # sentence's topic is what it is about, as its subject is
        return "subject"
    if word in _PREPOSITIONS:
        return "oblique"  # "met with Dana Holt", "Murphy of Connecticut, who"
    if prev is not None and text[prev.end:m.start] in (", ", ",\n") and prev.kind != "pronoun":
        return "appositive"  # "a regional minister, Pavel Orlov"
    rest = text[m.end:m.end + 6].lstrip(" ,\n")
    if rest.startswith(("who ", "whom ", "who\n")):
        return "appositive"  # "Pavel Orlov, who …": a relative clause's antecedent
    if not word or word in _CLAUSE_WORDS or clause_opening(text, lo, m.start):
        # the sentence's first words, after a comma, a dash, "and", "that", or
        # after a short opener ("Later his colleague …", "Eight years ago, Roe …")
        return "subject"
    return "object"


def _word_before(text: str, pos: int, lo: int) -> str:
    """The word right before ``pos`` (not before ``lo``), lower case; ``""``
    after punctuation or at ``lo``.  String methods only: it runs for every
    mention."""
    chunk = text[max(lo, pos - 24):pos].rstrip()
    if not chunk or not chunk[-1].isalpha():
        return ""
    return chunk.rsplit(None, 1)[-1].lstrip("“‘\"'([—–-").lower()


def _next_to_cue(text: str, cues: Sequence[Cue], c_starts: list[int], m: Mention,
                 before: bool = True) -> bool:
    """``m`` is the subject of a speech cue: right before it (``Roe said``, ``Roe,
    who said``; unless not ``before``) or right after it and ending the clause
    (``said Roe.``, ``according to Roe,``; not ``says Hillsborough is …``,
    where the mention is the subject of what was said)."""
    i = bisect_left(c_starts, m.end)
    if before and i < len(cues) and cues[i].start - m.end <= k.NEXT_TO_CUE and \
            subject_gap(text, m.end, cues[i].start):
        return True
    if i > 0 and 0 <= m.start - cues[i - 1].end <= k.AFTER_CUE and (
            cues[i - 1].preposition or _inverted_cue(text, cues[i - 1])):
        w = _WORD_AFTER.match(text, m.end, m.end + 40)
        if w is None:
            return True  # "said Roe.", "said Roe, rising"
        word = w.group(1)
        return not (word in _VERBS_AFTER or (word.endswith(("s", "ed")) and not word.endswith(
            "ss")))  # "said Roe calmly", "said Roe in a low voice"
    return False


def _inverted_cue(text: str, c: Cue) -> bool:
    """No subject stands before verb ``c``: a quote's closing mark, a comma, a
    dash or a colon ends what comes before it, or it opens its sentence (``“…,”
    said Roe``, ``…, added Roe``, ``Said Roe: …``), so that the mention after it is
    its subject; not ``Kemp praised Asante``, whose Asante is the object."""
    before = text[max(0, c.start - 6):c.start].rstrip(" \t\xa0\n")
    return not before or before[-1] in ",”\"’'—–-:;.!?("


#: Agent-noun endings: a description with such a head that the lexicon does
#: not know is a person (``the ferryman``, ``the announcer``, ``the novelist``).
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "men", "ess", "ant")


def person_like(e: Entity, gender: str | None) -> bool:
    """Whether entity ``e`` may be ``he`` or ``she``: a known gender, a title, a
    personal name (not an organisation, an acronym or a place of
    :data:`~quoteattr._lexicon.PLACE_NAMES`), or a description whose head is a
    person (``minister``, ``spokeswoman``, ``ferryman``; not ``council``,
    ``ministry``).

    >>> from quoteattr._speakers import Entity
    >>> person_like(Entity(0, "name", names=["Ukraine"], proper=["Ukraine"]), None)
    False
    >>> person_like(Entity(1, "nominal", names=["regional minister"]), None)
    True
    >>> person_like(Entity(2, "nominal", names=["council"]), None)
    False
    """
    if gender is not None:
        return True
    if e.kind == "org" or e.plural:
        return False
    if e.title:
        return True
    if e.proper:
        name = e.canonical
        return not (name.isupper() or name.lower() in lx.PLACE_NAMES
                    or e.proper[0].lower() in lx.PLACE_NAMES)
    head = _head(e)
    if head in lx.NON_PERSON_HEADS:
        return False
    return (head in lx.PERSON_HEADS or head in ("one", "another", "other")
            or head.endswith(_AGENT_SUFFIXES))


def _body_like(e: Entity, gender: str | None) -> bool:
    """Whether a speaking *it* may be ``e``: a description, one, whose head the
    lexicon knows as no person's (``the airline``, ``the carrier``, ``the board``:
    an agent noun's ending is no sign of a person here, the *it* says otherwise)."""
    return e.kind == "nominal" and not e.proper and not e.plural and gender is None and \
        _head(e) not in lx.PERSON_HEADS and _head(e) not in _GENERIC_HEADS


def compatible(m: Mention, e: Entity, gender: str | None,
               person: dict[int, bool] | None = None) -> bool:
    """Whether pronoun ``m`` may refer to entity ``e`` of gender ``gender``
    (``person``: a memo of :func:`person_like` by entity id).

    ``he`` and ``she``: a person (:func:`person_like`) of that gender or of
    none known.  ``they``: a plural, an organisation, or a body named by a
    description (``the ministry``); not one person.  ``it``: one organisation,
    body or place."""
    w = m.name
    if w in ("he", "she"):
        if e.plural or e.kind == "org":
            return False
        if gender is not None:
            return gender == ("m" if w == "he" else "f")
        if person is None:
            return person_like(e, None)
        p = person.get(e.id)
        if p is None:
            p = person[e.id] = person_like(e, None)
        return p
    if w == "they":
        return e.plural or e.kind == "org" or (
            e.kind == "nominal" and not e.proper and _head(e) in lx.NON_PERSON_HEADS)
    if w == "it":
        if e.plural:
            return False
        if e.kind == "org":
            return True
        if e.proper:
            return e.canonical.lower() in lx.PLACE_NAMES
        return e.kind == "nominal" and _head(e) in lx.NON_PERSON_HEADS
    return False  # I, we, you: the writer or an addressee, not resolved
