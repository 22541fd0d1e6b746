"""Speaker clusters: one entity per person or body across the document.

``Secretary of State Jane Roe`` … ``Roe`` … ``Ms. Roe`` are one entity whose
canonical name is the longest proper-name form without the title (``Jane
Roe``).  Pronouns are not clustered here: the discourse model
(:mod:`quoteattr._discourse`) resolves each to the most salient entity that
agrees with it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from ._model import Mention

__all__ = ["Entity", "cluster_mentions"]


@attrs.define
class Entity:
    """A mutable cluster while the document is processed (not exported)."""

    id: int
    kind: str
    names: list[str] = attrs.field(factory=list)
    title: str | None = None
    gender: str | None = None
    plural: bool = False
    mentions: list[int] = attrs.field(factory=list)  # indices into the mention list

    proper: list[str] = attrs.field(factory=list)  # names from proper-name mentions
    _best: str | None = None  # the longest proper name so far (kept, not recomputed)
    _best_size: tuple[int, int] = (0, 0)  # its words and characters (0, 0: none yet)

    def add_name(self, name: str, proper: bool) -> None:
        """Record one more mention's name."""
        self.names.append(name)
        if proper:
            self.proper.append(name)
            # a name has at least one word, so the first always beats (0, 0)
            size = (len(name.split()), len(name))
            if self._best is None or size > self._best_size:
                self._best, self._best_size = name, size

    @property
    def canonical(self) -> str:
        """The longest proper-name form (most words, then most characters); for
        a body named only by descriptions, the first description."""
        return self._best if self._best is not None else self.names[0]


def _new_entity(eid: int, kind: str) -> Entity:
    """``Entity(id=eid, kind=kind)``, its fields set directly: clustering makes
    one per new person or body, and attrs' ``__init__`` with its three list
    factories costs twice as much.  The values are the class's defaults."""
    e = object.__new__(Entity)
    e.id, e.kind, e.names, e.title, e.gender, e.plural = eid, kind, [], None, None, False
    e.mentions, e.proper, e._best, e._best_size = [], [], None, (0, 0)
    return e


@functools.lru_cache(maxsize=8192)
def _key_words(name: str) -> tuple[str, ...]:
    """The words a name is matched by (cached: a document repeats its names)."""
    # one pass over the words (each is computed anew for every pass of a
    # benchmark, which empties this cache)
    out = []
    for w in name.replace("’", "'").split():
        w = w.strip(".,").lower()
        if w.endswith("'s"):
            w = w[:-2]
        if w and w not in _NAME_SUFFIXES:
            out.append(w)
    return tuple(out)


_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _title_head(title: str) -> str:
    """The last word of a title, lower case, without its period (``Gov.`` → ``gov``)."""
    return title.lower().split()[-1].rstrip(".")


def _apposed_or_titled(mentions: Sequence[Mention], i: int, of: list[int | None],
                       entities: list[Entity], words: tuple[str, ...],
                       eid: int | None, title_heads: set[str]) -> int | None:
    """A nominal that renames a person: an appositive (``Tom Bell, the governor,``)
    or a definite description by title (``Governor Tom Bell`` … ``the governor``).
    ``title_heads``: the head of every title given to an entity so far."""
    m, prev = mentions[i], mentions[i - 1]
    if prev.kind == "name" and of[i - 1] is not None and m.start - prev.end == 2 \
            and m.text.lower().startswith(("the ", "a ", "an ")) and len(words) <= 5:
        return of[i - 1]
    # a head no title so far ends with cannot match one: the look back is skipped
    # (every title an entity holds was given to it, so its head is in the set)
    if eid is None and words and words[-1] in title_heads and m.text.lower().startswith("the "):
        head = words[-1]
        # the most recent person whose title ends with this head
        for j in range(i - 1, max(-1, i - 60), -1):
            e = of[j]
            title = entities[e].title if e is not None else None
            if e is None or entities[e].kind != "name" or not title:
                continue
            if _title_head(title) == head:
                return e
    return eid


def cluster_mentions(mentions: Sequence[Mention]) -> tuple[list[Entity], list[int | None]]:
    """Cluster name, organisation and nominal mentions.

    Returns the entities and, for each mention, the id of its entity (``None``
    for pronouns, which the attribution stage resolves in context).
    """
    entities: list[Entity] = []
    of: list[int | None] = []
    by_surname: dict[str, int] = {}  # most recent entity with this last word
    by_first: dict[str, int] = {}  # most recent entity with this first word
    by_key: dict[str, int] = {}  # organisations and nominals: the whole name
    title_heads: set[str] = set()  # the head of every title given so far
    for i, m in enumerate(mentions):
        if m.kind == "pronoun":
            of.append(None)
            continue
        words = _key_words(m.name)
        if not words:
            of.append(None)
            continue
        eid: int | None = None
        if m.kind == "name":
            last = words[-1]
            if len(words) == 1:
                eid = by_surname.get(last)
                if eid is None:
                    eid = by_first.get(last)
            else:
                cand = by_surname.get(last)
                if cand is not None:
                    other = _key_words(entities[cand].canonical)
                    # same surname, compatible given names (Jane Roe ~ J. Roe ~ Roe)
                    if len(other) == 1 or other[0][0] == words[0][0]:
                        eid = cand
                if eid is None:
                    cand = by_first.get(words[0])
                    # a single-word entity named by first name ("Margaret" then "Margaret Hale")
                    if cand is not None and len(_key_words(entities[cand].canonical)) == 1:
                        eid = cand
        else:
            eid = by_key.get(" ".join(words))
            if m.kind == "nominal" and i > 0:
                eid = _apposed_or_titled(mentions, i, of, entities, words, eid, title_heads)
        new = eid is None
        if eid is None:
            eid = len(entities)
            entities.append(_new_entity(eid, m.kind))
        ent = entities[eid]
        ent.add_name(m.name, m.kind in ("name", "org"))
        ent.mentions.append(i)
        if m.title:
            ent.title = m.title
            if m.title.split():
                title_heads.add(_title_head(m.title))
        if m.gender and not ent.gender:
            ent.gender = m.gender
        ent.plural = ent.plural or m.plural
        if m.kind == "name":
            ckw = _key_words(ent.canonical)
            if not (new and len(words) > 1 and words[-1] in by_surname):
                # a second person with a known surname ("his wife, Jane Sanders")
                # leaves the bare surname to the first: news names the one it
                # first gave that surname by it alone, and the other in full
                by_surname[ckw[-1]] = eid
                by_surname[words[-1]] = eid
            by_first[ckw[0]] = eid
        else:
            by_key[" ".join(words)] = eid
        of.append(eid)
    return entities, of
