"""Coreference before the sieve: who each third-person pronoun is.

Runs after clustering and before attribution, and returns plain values: for
each mention the entity a pronoun resolves to, and for each entity the gender
the text shows (its names' gender, else the first pronoun resolved to it).
Nothing is written into an entity.

A pronoun resolves to the most recent entity mentioned in *subject position*
that agrees with it in gender, number and animacy, not simply the nearest
name: ``He … thanked President Trump`` does not make Trump the next ``he``.
A mention is in subject position when it opens its sentence or clause, or
stands next to a speech cue.  When no subject agrees, any earlier entity
mention that does is taken (``met Tom Bell. He …``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import attrs

from . import _constants as k
from ._clauses import SUBJ_GAP, clause_opening
from ._cues import Cue
from ._model import Mention, Sentence
from ._speakers import Entity

__all__ = ["Coreference", "compatible", "resolve_pronouns"]

#: The pronouns resolved to an entity (I, we, you are the writer or an addressee).
_RESOLVED = frozenset({"he", "she", "they", "it"})


@attrs.frozen
class Coreference:
    """What the discourse model found: plain values, made once."""

    #: For each mention, the entity a pronoun resolves to (``None`` for other kinds).
    resolved: list[int | None]
    #: For each entity, its gender: from its names, else from the pronouns resolved to it.
    gender: list[str | None]


def resolve_pronouns(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                     cues: Sequence[Cue], entities: Sequence[Entity],
                     entity_of: Sequence[int | None]) -> Coreference:
    """Resolve every third-person pronoun, in text order: each one may show its
    antecedent's gender, which the next one then uses (``he`` once, ``he`` after)."""
    gender = [e.gender for e in entities]
    resolved: list[int | None] = [None] * len(mentions)
    if not any(m.kind == "pronoun" for m in mentions):
        return Coreference(resolved, gender)
    events = _subject_events(text, sentences, mentions, cues, entity_of)
    ev_pos = [p for p, _ in events]
    for mi, m in enumerate(mentions):
        if m.kind != "pronoun" or m.name not in _RESOLVED:
            continue
        j = bisect_left(ev_pos, m.start) - 1
        eid = _latest_compatible(m, entities, gender, events, j)
        if eid is None:
            near = [(mentions[i].start, e) for i in range(max(0, mi - k.PRONOUN_MENTIONS), mi)
                    if (e := entity_of[i]) is not None]
            eid = _latest_compatible(m, entities, gender, near, len(near) - 1)
        if eid is not None and gender[eid] is None and m.gender is not None:
            gender[eid] = m.gender
        resolved[mi] = eid
    return Coreference(resolved, gender)


def _subject_events(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                    cues: Sequence[Cue], entity_of: Sequence[int | None]) -> list[tuple[int, int]]:
    """(position, entity) of every entity mention in subject position, in text order."""
    s_starts = [s.start for s in sentences]
    c_starts = [c.start for c in cues]
    events: list[tuple[int, int]] = []
    last_sentence = -1
    for i, m in enumerate(mentions):
        si = bisect_right(s_starts, m.start) - 1
        first = si != last_sentence
        last_sentence = si
        eid = entity_of[i]
        if eid is None:
            continue
        if first or (si >= 0 and clause_opening(text, sentences[si].start, m.start)) \
                or _next_to_cue(text, cues, c_starts, m):
            events.append((m.start, eid))
    return events


def _next_to_cue(text: str, cues: Sequence[Cue], c_starts: list[int], m: Mention) -> bool:
    i = bisect_left(c_starts, m.end)
    if i < len(cues) and cues[i].start - m.end <= k.NEXT_TO_CUE and \
            SUBJ_GAP.match(text, m.end, cues[i].start):
        return True
    return i > 0 and 0 <= m.start - cues[i - 1].end <= k.AFTER_CUE


def _latest_compatible(m: Mention, entities: Sequence[Entity], gender: Sequence[str | None],
                       events: Sequence[tuple[int, int]], j: int) -> int | None:
    """The entity of the latest event at or before index ``j`` that agrees with ``m``."""
    stop = max(-1, j - k.PRONOUN_EVENTS)
    while j > stop:
        eid = events[j][1]
        if compatible(m, entities[eid], gender[eid]):
            return eid
        j -= 1
    return None


def compatible(m: Mention, e: Entity, gender: str | None) -> bool:
    """Whether pronoun ``m`` may refer to entity ``e`` of gender ``gender``."""
    w = m.name
    if w in ("he", "she"):
        if e.plural or e.kind == "org" or (e.proper and e.canonical.isupper()):
            return False  # a body, a place or an acronym (TV, NBC) is not "he"
        want = "m" if w == "he" else "f"
        return gender in (None, want)
    if w == "they":
        return e.plural or e.kind in ("org", "nominal")
    if w == "it":
        return e.kind in ("org", "nominal") and not e.plural
    return False  # I, we, you: the writer or an addressee, not resolved
