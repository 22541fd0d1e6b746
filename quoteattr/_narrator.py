"""The first-person narrator: a name for the ``I`` of the narration.

A story told in the first person tags its narrator's words ``“…,” I said``,
and its narration never names the narrator: the other people do, calling the
narrator by name in the turns next to the narrator's own (``“You're late,
Tom,” she said.`` / ``“I was fishing,” I said.``).  So, when the document's
narration tags turns with ``I``, the names that the other turns of the same
exchange call someone by (up to four turns before such a turn and four after,
read over at most one paragraph of narration in a row; a vocative: ``“Tom,
sit down.”``, ``“Yes, Tom.”``, ``“Good evening, Mr. Penrose.”``: the title
then gives the narrator's gender), and that name no one else in the
document, are read as the narrator's.  The name called so most often (and more often than any other)
becomes a person of the document, whom every ``I`` of the narration stands
for: the narrator's turns, tagged or not, then get that name as any other
person's do (the exchange model gives the untagged ones).  With no such name
the narrator stays a person with no name, as before: the turns are tagged
with ``I`` and the untagged ones get no speaker.

A name that some mention outside the quotes gives to a person of the story
(``Hollis was sitting at a table.`` / ``“Hello, Hollis.”``) is not the
narrator's; nor is a form of address or a word of kinship (``Sir``,
``Mother``), which says nothing of a name; nor a name called after a title of
kinship when the text speaks of the narrator's kin of that kind (``My uncle met
us.`` / ``“Is it far, Uncle Rafe?”``: Rafe is the narrator's uncle).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from ._cues import Cue
from ._discourse import Coreference
from ._exchanges import called_names
from ._mentions import _gender_of
from ._model import Mention, Paragraph, Quote
from ._speakers import Entity, _new_entity

__all__ = ["name_narrator"]


def _tags_narrator(text: str, m: Mention, cues: Sequence[Cue], starts: list[int]) -> bool:
    """Mention ``m`` (an ``I`` of the narration) is the subject of a speech cue
    right next to it: ``I said``, ``said I``."""
    i = bisect_right(starts, m.end - 1)
    if i < len(cues) and cues[i].start - m.end <= 2 and not text[m.end:cues[i].start].strip():
        return True
    if i > 0:
        c = cues[i - 1]
        if 0 <= m.start - c.end <= 2 and not text[c.end:m.start].strip():
            return True
    return False


#: How many turns on each side of a narrator's tagged turn, and how many
#: paragraphs of narration in a row, the narrator's exchange is read over
_EXCHANGE_TURNS = 4
_NARRATION_GAP = 1


def _exchange_turns(p: int, turns: dict[int, list[Quote]], n: int) -> list[int]:
    """The paragraphs of quotes of the exchange that paragraph ``p`` (a turn the
    narrator's ``I`` tags) stands in: up to :data:`_EXCHANGE_TURNS` turns before
    it and after it, read over at most :data:`_NARRATION_GAP` paragraph of
    narration in a row (more is a new scene)."""
    out: list[int] = []
    for step in (-1, 1):
        q, gap, found = p + step, 0, 0
        while 0 <= q < n and found < _EXCHANGE_TURNS:
            if q in turns:
                out.append(q)
                found, gap = found + 1, 0
            else:
                gap += 1
                if gap > _NARRATION_GAP:
                    break
            q += step
    return out


#: Titles of kinship a name may be called by (``Uncle Rafe``)
_KIN_TITLES = frozenset({"uncle", "aunt", "cousin"})


def _narrators_kin(text: str, kin: str, memo: dict[str, bool]) -> bool:
    """Whether the text speaks of the narrator's ``kin`` (``my uncle``): then a
    name called with that title (``Uncle Rafe``) is that relation's, not the
    narrator's (read once per title)."""
    found = memo.get(kin)
    if found is None:
        found = memo[kin] = re.search(rf"\b[Mm]y[ \t\xa0\n]+{kin}\b", text) is not None
    return found


def name_narrator(text: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote],
                  mentions: Sequence[Mention], cues: Sequence[Cue], entities: list[Entity],
                  coref: Coreference) -> Coreference:
    """Give the narrator of a first-person story a name, if the other people
    call them by one (see the module docstring): the narrator is added to
    ``entities`` (the document's clusters, still being made), and the
    coreference returned resolves every ``I`` of the narration to them.  With
    no name found, ``coref`` itself is returned and nothing changes."""
    eyes = [i for i, m in enumerate(mentions) if m.kind == "pronoun" and m.name == "i"]
    if not eyes:
        return coref
    p_starts = [p.start for p in paragraphs]
    turns: dict[int, list[Quote]] = {}  # paragraph -> its outermost quotes
    for q in quotes:
        if q.level == 0:
            turns.setdefault(q.paragraph, []).append(q)
    c_starts = [c.start for c in cues]
    narrator_paras = set()
    for mi in eyes:
        m = mentions[mi]
        p = bisect_right(p_starts, m.start) - 1
        if p in turns and _tags_narrator(text, m, cues, c_starts):
            narrator_paras.add(p)
    if not narrator_paras:
        return coref
    known = {w.lower() for m in mentions if m.kind == "name" for w in m.name.split()}
    calls: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    titles: dict[str, str] = {}  # a name called with a title -> the first such title
    kin_memo: dict[str, bool] = {}
    for p in sorted(narrator_paras):
        for other in _exchange_turns(p, turns, len(paragraphs)):
            if other in narrator_paras:
                continue
            found = set()
            for q in turns[other]:
                for word, title, set_off in called_names(text, q):
                    low = word.lower()
                    # set off after the words (``Hello, Tom``, ``dear Tom``) or
                    # after a title (``Mr. Penrose``): a word opening the quote
                    # may be an interjection (``Hello,``)
                    if title is not None and title.lower() in _KIN_TITLES and \
                            _narrators_kin(text, title.lower(), kin_memo):
                        continue  # "Still drawing, Uncle Rafe?" … "my uncle": not the narrator
                    if (set_off or title) and low not in known:
                        found.add(low)
                        spelled.setdefault(low, word)
                        if title:
                            titles.setdefault(low, title)
            calls.update(found)  # once per turn
    if not calls:
        return coref
    ranked = calls.most_common(2)
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return coref  # two names called as often: no telling which is the narrator's
    name = spelled[ranked[0][0]]
    title = titles.get(ranked[0][0])
    ent = _new_entity(len(entities), "name")
    ent.add_name(name, True)
    ent.title = title
    ent.gender = _gender_of(title, [name])
    entities.append(ent)
    resolved = list(coref.resolved)
    for mi in eyes:
        resolved[mi] = ent.id
    return Coreference(resolved, [*coref.gender, ent.gender])
