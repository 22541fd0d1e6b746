"""Speaker clusters: one entity per person or body across the document.

``Secretary of State Jane Roe`` … ``Roe`` … ``Ms. Roe`` are one entity whose
canonical name is the longest proper-name form without the title (``Jane
Roe``).  Pronouns are not clustered here: the discourse model
(:mod:`quoteattr._discourse`) resolves each to the most salient entity that
agrees with it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from . import _lexicon as lx
from ._mentions import _analyse_name, build_patterns
from ._model import Mention

__all__ = ["Entity", "cluster_mentions", "description_head"]


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


def _pets_related() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for pet, fulls in lx.PET_NAMES.items():
        for full in fulls:
            out.setdefault(pet, set()).add(full)
            out.setdefault(full, set()).add(pet)
    return {w: frozenset(v) for w, v in out.items()}


#: The full names a pet form stands for, and the pet forms of a full name (lower
#: case: ``meg`` -> margaret; ``william`` -> bill, billy, will, willie):
#: :data:`~quoteattr._lexicon.PET_NAMES` both ways, read once.
_PETS_RELATED = _pets_related()
_NO_PETS: frozenset[str] = frozenset()


def _pet_related(word: str) -> frozenset[str]:
    """:data:`_PETS_RELATED` of ``word`` (none for a word of no pet name)."""
    return _PETS_RELATED.get(word, _NO_PETS)


def _title_head(title: str) -> str:
    """The last word of a title, lower case, without its period (``Gov.`` → ``gov``)."""
    return title.lower().split()[-1].rstrip(".")


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a preposition that opens its sentence
    (``In Ossory, the port authority, …``: the place is in a phrase set before the
    clause, and what follows its comma is no appositive of it; in ``came from Ines
    Vidal, a member of the board,`` the phrase is the clause's own, and is)."""
    lo = max(0, pos - 16)
    head = text[lo:pos].rstrip()
    before = head.rsplit(None, 1)
    if not before or before[-1].lower() not in lx.PREPOSITIONS:
        return False
    k = lo + len(head) - len(before[-1])  # where the preposition starts
    opening = text[max(0, k - 2):k]
    return k == 0 or opening.endswith(("\n", ". ", "? ", "! ", "” ", '" ')) or not opening.strip()


#: the possessive determiners of an appositive role (``Barbara Quinn, her teacher,``)
_POSSESSIVE_DETERMINERS = ("his ", "her ", "their ", "its ", "my ", "our ", "your ")
#: words of kinship or company that tell no gender (the gendered ones are
#: :data:`~quoteattr._lexicon.GENDERED_HEADS`)
_KIN_WORDS = frozenset({"cousin", "child", "children", "kids", "parents", "sibling",
                        "siblings", "spouse", "partner", "family", "relative", "relatives",
                        "friend", "friends"})
#: what follows a list's member, not an appositive (``Tom Reed, his brother, and …``)
_LIST_GOES_ON = re.compile(r",[ \t\xa0\n]*+(?:and|or|nor)\b")


def _possessed_role(text: str, m: Mention, words: tuple[str, ...]) -> bool:
    """Description ``m`` is a role with a possessive determiner (``her teacher``,
    ``his lawyer``) that may rename the name before it: not a word of kinship,
    which a list names beside the person (``Mr. Bennet, his wife, and …``), nor a
    member of a list going on after it."""
    return m.text.lower().startswith(_POSSESSIVE_DETERMINERS) and bool(words) and \
        words[-1] not in lx.GENDERED_HEADS and words[-1] not in _KIN_WORDS and \
        _LIST_GOES_ON.match(text, m.end) is None


def _apposed_or_titled(mentions: Sequence[Mention], i: int, of: list[int | None],
                       entities: list[Entity], words: tuple[str, ...],
                       eid: int | None, title_heads: set[str], text: str = "") -> int | None:
    """A nominal that renames a person: an appositive (``Tom Bell, the governor,``)
    or a definite description by title (``Governor Tom Bell`` … ``the governor``).
    ``title_heads``: the head of every title given to an entity so far.  With the
    ``text``, an appositive follows a comma and is set off after it too (or ends
    the text, or a relative clause of its own follows: ``Moira Dunne, a retired
    nurse who has lived here for years``): in ``According to Lee, the mayor’s
    team …`` the mayor is someone else, and in ``In Lima, a ministry official
    said`` the official is no place."""
    m, prev = mentions[i], mentions[i - 1]
    if prev.kind == "name" and of[i - 1] is not None and m.start - prev.end == 2 \
            and (m.text.lower().startswith(("the ", "a ", "an "))
                 or text and _possessed_role(text, m, words)) and len(words) <= 5 \
            and (not text or text[prev.end] == "," and (
                _set_off_after(text, m.end) or text.startswith((" who ", " whose "), m.end))
                 and not _after_preposition(text, prev.start)):
        return of[i - 1]
    if text and prev.kind == "name" and prev.title and of[i - 1] is not None and \
            m.start - prev.end == 1 and text[prev.end] == " " and \
            m.text.startswith("the ") and words and (
                words[-1] in lx.PERSON_HEADS
                or words[-1] in lx.NOMINAL_HEADS and words[-1] not in lx.NOT_PERSON_HEADS) and \
            _set_off_after(text, m.end):
        # "came Mr. Quilley the attorney.": a titled name and a description of a
        # person right after it, with no comma, ending the phrase: the same person
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



#: The titles of a married and of an unmarried woman: on one surname, two
#: people (``Mrs. Dashwood`` and ``Miss Dashwood``, a mother and her daughter)
_WIFE_TITLES = frozenset({"mrs", "mme", "madame"})
_MAIDEN_TITLES = frozenset({"miss", "mlle", "mademoiselle"})


def _other_bearer(title: str, gender: str | None, ent: Entity) -> bool:
    """A person titled ``title`` (of ``gender``) is not ``ent``, titled otherwise
    on the same surname: the titles' genders differ (``Mr. Fenby``, ``Mrs.
    Fenby``), or one is a married and the other an unmarried woman's (``Mrs.
    Grey``, ``Miss Grey``)."""
    if gender and ent.gender and gender != ent.gender:
        return True
    a = title.rstrip(".").lower()
    b = (ent.title or "").rstrip(".").lower()
    return a in _WIFE_TITLES and b in _MAIDEN_TITLES or a in _MAIDEN_TITLES and b in _WIFE_TITLES


def cluster_mentions(mentions: Sequence[Mention], text: str = "",
                     ) -> tuple[list[Entity], list[int | None]]:
    """Cluster name, organisation and nominal mentions (``text``: the text
    they are in; without it, no description is read as a name's appositive).

    Returns the entities and, for each mention, the id of its entity (``None``
    for pronouns, which the attribution stage resolves in context).
    """
    entities: list[Entity] = []
    of: list[int | None] = []
    by_surname: dict[str, int] = {}  # most recent entity with this last word
    by_first: dict[str, int] = {}  # most recent entity with this first word
    by_key: dict[str, int] = {}  # organisations and nominals: the whole name
    #: (title, surname) -> the last person titled so (``Mr. Fenby``, ``Mrs. Fenby``)
    by_gendered: dict[tuple[str, str], int] = {}
    title_heads: set[str] = set()  # the head of every title given so far
    roles: dict[str, int] = {}  # a description set before a name: the name's entity
    # full names said inside a description's phrase ("an aide to Governor Phil
    # Duran"), which is the mention there, by their last word: a person later
    # named by that surname alone has that full name
    inner: dict[str, tuple[str, str | None, str | None]] = {}
    # a body's name by its last word ("Commission", "Airlines") -> the index of
    # the last mention of it and its entity (-1: a description of a body of that
    # kind, "the trade group for …"): what "the agency" may stand for
    bodies: dict[str, tuple[int, int]] = {}
    # a firm's name of two words or more by its first word ("Peabody" of
    # "Peabody Energy") -> its entity: the short name the firm goes by
    firms: dict[str, int] = {}
    # a description's head word -> the entity an indefinite description with that
    # head introduced ("a European diplomat") and its words; (-1, ()) once two
    # people were introduced so: what a later "the diplomat" stands for
    introduced: dict[str, tuple[int, tuple[str, ...]]] = {}
    role_heads: dict[str, int] = {}  # a named person's role's head -> them (-1: two people)
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
                    if eid is not None and firms and (firm := firms.get(last)) is not None \
                            and firm != eid and not entities[eid].title and \
                            text[max(0, (f0 := mentions[entities[eid].mentions[0]].start) - 4):
                                 f0].lower() == "the ":
                        # "Lumina Technologies … the Lumina Fold … Lumina says": the
                        # firm, not a thing of its name named since (with an article)
                        eid = firm
                if eid is None and firms:
                    eid = firms.get(last)  # "Peabody Energy … Peabody said"
                if eid is None and (pets := _pet_related(last)):
                    # "Margaret Schlegel … Meg": a pet form of the given name (or
                    # the full name of a pet form), the latest person of that
                    # name as for the name itself; none when it could be two
                    # names' ("Kit": Catherine or Christopher)
                    found = {by_first[w] for w in pets if w in by_first}
                    if len(found) == 1:
                        eid = found.pop()
                if eid is not None and m.title and entities[eid].title and \
                        _other_bearer(m.title, m.gender, entities[eid]):
                    # "Mr. Fenby" after "Mrs. Fenby": titles of both genders
                    # on one surname are a husband and wife, two people (the bare
                    # surname then goes to the one titled last); the one of this
                    # title's gender named before is this one ("Mr. Fenby … Mrs.
                    # Fenby … Mr. Fenby")
                    eid = by_gendered.get((m.title.rstrip(".").lower(), last))
            else:
                cand = by_surname.get(last)
                if cand is not None:
                    other = _key_words(entities[cand].canonical)
                    # same surname, compatible given names (Jane Roe ~ J. Roe ~ Roe
                    # ~ Bill Roe of William Roe)
                    if (len(other) == 1 or other[0][0] == words[0][0] or
                            other[0] in _pet_related(words[0])) and not (
                            m.title and entities[cand].title
                            and _other_bearer(m.title, m.gender, entities[cand])) and not (
                            # "Miss Crawford … Henry Crawford": a given name of the
                            # other gender is someone else of the family
                            m.gender and entities[cand].gender
                            and m.gender != entities[cand].gender):
                        eid = cand
                if eid is None:
                    cand = by_first.get(words[0])
                    # a single-word entity named by first name ("Margaret" then "Margaret Hale")
                    if cand is not None and len(_key_words(entities[cand].canonical)) == 1:
                        eid = cand
        else:
            eid = None
            if m.kind == "nominal" and bodies and (fam := _body_family(m.text)) is not None:
                # "the agency", "the company": the body of that kind named last
                seen = [bodies[w] for w in fam if w in bodies]
                if seen and (last_body := max(seen)[1]) >= 0:
                    eid = last_body
            if eid is None:
                eid = by_key.get(" ".join(words))
            if eid is None and m.kind == "org" and len(words) == 1 and \
                    m.text[:4].lower() != "the " and \
                    (cand := by_surname.get(words[0])) is not None and \
                    entities[cand].kind == "name" and len(_key_words(entities[cand].canonical)) > 1:
                # "Mayor Ellen Park … Park told": a person named in full before is
                # called by surname, though the word also heads places and bodies
                # ("the House", with its article, is the body)
                eid = cand
            if m.kind == "nominal" and i > 0:
                eid = _apposed_or_titled(mentions, i, of, entities, words, eid, title_heads, text)
            if eid is None and introduced and m.kind == "nominal" and not m.plural and \
                    m.text[:4].lower() == "the " and \
                    (intro := introduced.get(_head_word(m.name))) is not None and \
                    intro[0] >= 0 and set(words) <= set(intro[1]):
                # "A European diplomat said … the diplomat said": the one person
                # introduced with that head, when the definite description's
                # words are all the introduction's
                eid = intro[0]
            if eid is None and role_heads and m.kind == "nominal" and not m.plural and \
                    m.text[:4].lower() == "the " and \
                    role_heads.get(_role_head(m.name) or "", -1) >= 0 and \
                    _SETS_APART.isdisjoint(words):
                # "Tom Reed, a teacher, … the retired teacher said": the one named
                # person given a role of that head, whatever its modifiers (or a
                # word for the same role: "His lawyer, Marcus Hale, … the defence
                # attorney")
                eid = role_heads[_role_head(m.name) or ""]
        role = _role_before(text, mentions, i, of, entities) if m.kind == "name" and text else None
        if role is not None and role == len(entities) - 1 and len(entities[role].mentions) == 1:
            # the description was this name's own new entity: it joins the name
            entities.pop()
            if eid is None:
                eid = len(entities)
                entities.append(_new_entity(eid, m.kind))
            _join(entities[eid], mentions, i - 1)
            of[i - 1] = eid
        if eid is None:
            eid = len(entities)
            entities.append(_new_entity(eid, m.kind))
            new = True
        else:
            new = False
        if role is not None:
            key = " ".join(_key_words(mentions[i - 1].name))
            roles[key] = by_key[key] = eid
            if (rhead := _role_head(mentions[i - 1].name)) is not None and \
                    role_heads.setdefault(rhead, eid) != eid:
                role_heads[rhead] = -1  # ("His lawyer, Marcus Hale,": his role too)
        ent = entities[eid]
        ent.add_name(m.name, m.kind in ("name", "org"))
        ent.mentions.append(i)
        if new and inner and m.kind == "name" and len(words) == 1 and \
                (full := inner.get(words[0])) is not None:
            ent.add_name(full[0], True)  # "Duran" of "a letter to Governor Phil Duran"
            ent.title, ent.gender = ent.title or full[1], ent.gender or full[2]
        if m.kind == "nominal" and text and _CAPITAL_INSIDE.search(m.text, 1):
            _inner_names(text, m, inner)
        if m.title:
            ent.title = m.title
            if m.title.split():
                title_heads.add(_title_head(m.title))
        if m.gender and not ent.gender:
            ent.gender = m.gender
        ent.plural = ent.plural or m.plural
        if m.kind == "name":
            ckw = _key_words(ent.canonical)
            # a second person with a known surname ("his wife, Jane Sanders";
            # "her husband, Tom," … "Tom Ebeling") leaves the bare surname to
            # the first: news names the one it first gave that surname by it
            # alone, and the other in full; a bare name keeps pointing to the
            # entity it was matched to
            for w in (ckw[-1], words[-1]):
                if by_surname.get(w, eid) == eid or len(words) == 1 and w == words[0]:
                    by_surname[w] = eid
            by_first[ckw[0]] = eid
            if m.title and len(words) == 1:
                by_gendered[(m.title.rstrip(".").lower(), words[-1])] = eid
        else:
            by_key[" ".join(words)] = eid
            if m.kind == "nominal" and entities[eid].kind == "name" and not m.plural and \
                    (rhead := _role_head(m.name)) is not None:
                # "Tom Reed, a teacher,": a named person's role, by its head (-1: two;
                # a person's: "Allergan, the smaller company," … "the combined
                # company" is another)
                if role_heads.setdefault(rhead, eid) != eid:
                    role_heads[rhead] = -1
            if m.kind == "nominal" and not m.plural and _indefinite(m.text):
                hw = _head_word(m.name)
                was = introduced.get(hw)
                # two of them ("a Democratic official … a Republican official"):
                # "the official" is either
                introduced[hw] = (eid, words) if was is None or was[0] == eid else (-1, ())
            if m.kind == "nominal" and bodies and not m.plural:
                # (before any body is named a blocker would block nothing)
                # a description of a body of that kind said since ("the trade group
                # for the insurers … the group wrote") leaves "the group" as it was
                head = _blocker_head(m.name)
                if head is not None:
                    bodies[head] = (i, -1)
            if m.kind == "org":
                head, firm = _org_keys(m.name)
                bodies[head] = (i, eid)
                if firm:
                    firms.setdefault(words[0], eid)
        of.append(eid)
    _add_forward_titles(entities, mentions, roles)
    if roles:
        _merge_earlier_descriptions(entities, of, roles)
    return entities, of


#: The last words of a firm's name, after which its first word alone is the firm
_FIRM_ENDS = lx.FIRM_ENDS
_NAME_JOINS = frozenset({"of", "for", "on"})
_GOVERNMENT = frozenset({"Agency", "Administration", "Bureau", "Service", "Authority",
                         "Commission"})
_ASSOCIATIONS = frozenset(
    """Association Federation League Alliance Coalition Union Foundation Institute Society
    Group Network Movement Organization Organisation Trust Fund Center Centre Council
    Committee""".split())
#: A definite description of a body (``the agency``, ``the company``) and the last
#: words of the names it may stand for: the body of that kind named last
_BODY_DESCRIPTIONS: dict[str, frozenset[str]] = {
    "agency": _GOVERNMENT, "regulator": _GOVERNMENT,
    "company": _FIRM_ENDS, "firm": _FIRM_ENDS, "carrier": frozenset({"Airlines", "Airways"}),
    "airline": frozenset({"Airlines", "Airways"}), "bank": frozenset({"Bank", "Bancorp"}),
    "university": frozenset({"University", "College"}), "school": frozenset({"School"}),
    # an association, a league, a coalition … is "the group" or "the organization"
    "group": _ASSOCIATIONS, "organization": _ASSOCIATIONS, "organisation": _ASSOCIATIONS,
    **{w.lower(): frozenset({w}) for w in (
        "Ministry", "Department", "Commission", "Committee", "Council", "Court", "Board",
        "Party", "Union", "Campaign", "Foundation", "Institute", "Embassy",
        "Church", "Hospital", "Network", "Association", "Federation", "League", "Alliance",
        "Bureau", "Office", "Authority", "Administration", "Agency", "Society", "Trust")},
}


#: every last word of a body's name that a description of a body may stand for
_FAMILY_WORDS = frozenset(w for fam in _BODY_DESCRIPTIONS.values() for w in fam)


@functools.lru_cache(maxsize=4096)
def _blocker_head(name: str) -> str | None:
    """The head of description ``name`` (its last word before a preposition),
    capitalised, when it is the last word of some body's name a description of
    a body may stand for (``trade group for …`` → ``Group``), else None."""
    head = _head_word(name).capitalize()
    return head if head in _FAMILY_WORDS else None


@functools.lru_cache(maxsize=4096)
def _org_keys(name: str) -> tuple[str, bool]:
    """A body's name's head (``Commission`` of ``Commission on Presidential
    Debates``), and whether it is a firm's name of two words or more, which its
    first word alone stands for (``Peabody Energy``)."""
    words = name.split()
    k = next((k for k, w in enumerate(words) if k and w in _NAME_JOINS), len(words))
    firm = len(words) > 1 and words[-1] in _FIRM_ENDS and words[0][:1].isupper() \
        and words[0] not in lx.NOT_NAME_WORDS
    return words[k - 1], firm


@functools.lru_cache(maxsize=4096)
def _body_family(description: str) -> frozenset[str] | None:
    """The last words of the bodies' names that a definite description of a body
    (``the agency``, ``the federal agency``) may stand for, else None."""
    words = description.split()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or \
            len(words) == 3 and not words[1].islower():
        return None
    return _BODY_DESCRIPTIONS.get(words[-1].lower())


def description_head(e: Entity) -> str:
    """The head word of an entity's first description, lower case: its last
    word before a prepositional phrase (``spokesperson for the ministry``,
    ``mayor of Port Ellis``)."""
    head = _head_word(e.names[0])
    return head[:-2] if head.endswith(("’s", "'s")) else head


#: Modifiers by which a description sets a person apart from one named before
#: (``the other teacher``, ``a second teacher``)
_SETS_APART = lx.SETS_APART


#: Words for one role, by the word that stands for them all (``the defence
#: attorney`` after ``His lawyer, Marcus Hale,``)
_ROLE_SYNONYMS = {"attorney": "lawyer", "counsel": "lawyer", "solicitor": "lawyer",
                  "barrister": "lawyer", "physician": "doctor", "spokeswoman": "spokesman",
                  "spokesperson": "spokesman", "policeman": "officer",
                  "policewoman": "officer", "headteacher": "headmaster",
                  "headmistress": "headmaster", "principal": "headmaster"}


def _role_head(name: str) -> str | None:
    """The head of a person's role (``teacher`` of ``a retired teacher``), a word
    for the same role made one (``attorney``: ``lawyer``); ``None`` when the head is
    no person's (``the smaller company``)."""
    head = _head_word(name)
    return _ROLE_SYNONYMS.get(head, head) if head in lx.PERSON_HEADS or \
        head in _ROLE_SYNONYMS else None


@functools.lru_cache(maxsize=4096)
def _head_word(name: str) -> str:
    """A description's last word before a prepositional phrase, lower case."""
    words = name.lower().split()
    for i, w in enumerate(words):
        if i and w in lx.PREPOSITIONS:
            return words[i - 1]
    return words[-1] if words else ""


def _relative_role(e: Entity) -> bool:
    """A description of a role held for someone (``spokesman for the mayor``,
    ``finance chairman for Gov. Lee``): its first preposition is not *of*, so it
    names no office of its own (``mayor of Port Ellis`` does)."""
    first = next((w for w in e.names[0].lower().split()[1:] if w in lx.PREPOSITIONS), "of")
    return first != "of"


def _add_forward_titles(entities: list[Entity], mentions: Sequence[Mention],
                        roles: dict[str, int]) -> None:
    """A definite description used before a name whose title it names (``The
    mayor of Port Ellis promised …`` … ``Mayor Dana Okafor said``) is that
    person, when only one person of the document bears a title with that head:
    recorded in ``roles`` for :func:`_merge_earlier_descriptions`."""
    bearers: dict[str, list[int]] = {}
    for e in entities:
        if e.kind == "name" and e.title and e.title.split():
            bearers.setdefault(_title_head(e.title), []).append(e.id)
    if not bearers:
        return
    for e in entities:
        if e.kind != "nominal" or e.proper or e.plural or not e.names:
            continue
        if _relative_role(e):
            continue
        who = bearers.get(description_head(e))
        if who is None or len(who) != 1:
            continue
        target = entities[who[0]]
        if not all(_definite(mentions[j].text) for j in e.mentions) \
                or e.mentions[0] > target.mentions[0]:
            continue  # "a mayor" is someone new; a later "the mayor" is linked as it is read
        roles.setdefault(" ".join(_key_words(e.names[0])), target.id)


#: a name's possessive as a determiner: ``Ukraine's``, ``New Zealand’s``
_NAME_POSSESSIVE = re.compile(r"(?:[A-Z][\w.\-]*[ \t\xa0]+){0,3}[A-Z][\w.\-]*[’']s[ \t\xa0]")


#: a capital after a description's first character: a name may stand in its phrase
_CAPITAL_INSIDE = re.compile(r"[ \t\xa0][A-Z]")


def _inner_names(text: str, m: Mention,
                 inner: dict[str, tuple[str, str | None, str | None]]) -> None:
    """Record the full names of people inside description ``m`` (``a letter to
    Governor Phil Duran``: the mention is the description, the name is not one)
    by their last word, with their title and gender."""
    pats = build_patterns()
    for nm in pats.name.finditer(text, m.start, m.end):
        info = _analyse_name(nm.group("name"), nm.group("title"), lx.NOT_SPEAKERS,
                             pats.bare_titles)
        if info is not None and info[4] == "name" and len(info[7]) > 1:
            inner.setdefault(_key_words(info[2])[-1], (info[2], info[3], info[5]))


def _definite(description: str) -> bool:
    """A description that names one known holder of a role: ``the mayor of Port
    Ellis``, one with a name's possessive for its determiner (``Ukraine's
    foreign minister``), or the narrator's own (``my aunt``: one person however
    often the story says it, as ``his aunt`` need not be)."""
    return description.lower().startswith(("the ", "my ")) or \
        _NAME_POSSESSIVE.match(description) is not None


_ROLE_DETERMINERS = ("the ", "its ", "his ", "her ", "their ", "my ", "our ", "your ", "a ", "an ",
                     "another ", "one ")
#: what sets off the end of an appositive (``Tom Bell, the governor, said``)
_APPOSITIVE_ENDS = (",", ".", ";", ":", "—", "–", ")", "!", "?")


#: A label in brackets after a name: a party and state (``(D-N.M.)``, ``(R)``), an age
_LABEL_AFTER = re.compile(r"[ \t\xa0]?\([^()\n]{1,30}\)")


#: the body or place a named person is of, after the name (``Ann Lee of Castle
#: Research``, ``Tom Reed from the Harbour Trust``): capitalised words, a few
#: joined by ``of``, ``for``, ``and``, ``&``; ended by what ends an appositive
_AFFILIATION = re.compile(
    r"[ \t\xa0]+(?:of|from|at)[ \t\xa0]+(?:the[ \t\xa0]+)?"
    r"((?:(?:of|for|and|&)[ \t\xa0]+)?[^\W\d_][\w.&’'\-]*+[ \t\xa0]*+){1,6}?(?=[,.;:—–)!?]|\Z)")


def _set_off_after(text: str, end: int) -> bool:
    """Whether a phrase ending at ``end`` is set off after it, as an appositive is
    (a label in brackets after it is read past: ``Sen. Ann Lee (D-N.M.),``; so is
    the body a person is of: ``Ann Lee of Castle Research,``)."""
    if text.startswith((" (", "("), end) and (lab := _LABEL_AFTER.match(text, end)) is not None:
        end = lab.end()
    elif text.startswith((" of ", " from ", " at "), end) and \
            (aff := _AFFILIATION.match(text, end)) is not None and \
            all(w[:1].isupper() or w in ("of", "for", "and", "&", "the")
                for w in text[end:aff.end()].split()[1:]):
        end = aff.end()
    return end >= len(text) or text.startswith(_APPOSITIVE_ENDS, end)


def _indefinite(description: str) -> bool:
    """A description with an indefinite article: someone brought in (``a European
    diplomat``, ``an aide``)."""
    return description[:2].lower() == "a " or description[:3].lower() == "an "


#: the words between a description and the name it brings in (``a man named Orme``)
_NAMING = frozenset({" named ", " called ", ", named ", ", called "})


#: a comma and the lower-case modifiers of a title before a titled name (``A
#: neighbour, retired teacher Derek Stubbs,``: the name's mention opens at its title)
_MODIFIER_GAP = re.compile(r", (?:[a-z][a-z\-]{1,20} ){1,2}")


def _modifiers_between(text: str, end: int, m: Mention) -> bool:
    """The stretch from ``end`` to name ``m`` is a comma and the modifiers of its
    lower-case role (``, retired `` before ``teacher Derek Stubbs``): not a verb's
    or a preposition's words (``said the Jew, winking at Mr. Dawkins``)."""
    if not m.title or not m.title[:1].islower() or \
            _MODIFIER_GAP.fullmatch(text, end, m.start) is None:
        return False
    return not any(w in lx.PREPOSITIONS or w.endswith("ing")
                   for w in text[end + 2:m.start].split())


def _role_before(text: str, mentions: Sequence[Mention], i: int, of: list[int | None],
                 entities: list[Entity]) -> int | None:
    """A description set before a name by a comma (``the chief executive,
    Simon Pryce,`` ``a regional minister, Pavel Orlov,``, ``Ossory Air's chief
    executive, Ines Vidal,``: a name's possessive is a determiner): the entity of the
    description, else ``None``.  The description names the same person, so the
    name takes it, and a later ``the chief executive`` means him."""
    prev = mentions[i - 1] if i else None
    m, pe = mentions[i], of[i - 1] if i else None
    if prev is not None and pe is not None and 7 <= m.start - prev.end <= 9 \
            and prev.kind == "nominal" and not prev.plural \
            and text[prev.end:m.start].replace("\n", " ") in _NAMING \
            and _indefinite(prev.text) \
            and not (prev.gender and m.gender and prev.gender != m.gender):
        # "a thin young man named Orme", "a firm called Dunmore Ltd": the name
        # after "named" or "called" is the one the description brings in
        ent = entities[pe]
        return pe if ent.kind == "nominal" and not ent.proper else None
    if prev is None or pe is None or prev.kind != "nominal" or prev.plural \
            or m.start - prev.end != 2 and not _modifiers_between(text, prev.end, m) \
            or text[prev.end] != "," \
            or not (prev.text.lower().startswith(_ROLE_DETERMINERS)
                    or _NAME_POSSESSIVE.match(prev.text) is not None) \
            or (prev.gender and m.gender and prev.gender != m.gender) \
            or not _set_off_after(text, m.end):
        # an appositive is set off on both sides (or ends its sentence): not
        # ``for fetching her mother, Colonel Brandon was invited``
        return None
    ent = entities[pe]
    # a description already used for someone else keeps its own entity
    return pe if ent.kind == "nominal" and not ent.proper else None


def _join(ent: Entity, mentions: Sequence[Mention], j: int) -> None:
    """Add mention ``j`` (a description) to ``ent``; its gender is the entity's
    when the names tell none (``A spokesman for the delegation, Viktor Sayenko,``)."""
    ent.add_name(mentions[j].name, False)
    ent.mentions.append(j)
    ent.mentions.sort()
    if ent.gender is None:
        ent.gender = mentions[j].gender


def _merge_earlier_descriptions(entities: list[Entity], of: list[int | None],
                                roles: dict[str, int]) -> None:
    """A description used before the name it was set beside (``what its chief
    executive called …`` … ``The chief executive, Simon Pryce,``): its entity
    joins the named person's, and the entities are numbered again."""
    gone: dict[int, int] = {}
    for e in entities:
        if e.kind != "nominal" or e.proper:
            continue
        key = " ".join(_key_words(e.names[0]))
        target = roles.get(key)
        if target is not None and target != e.id and entities[target].kind == "name":
            gone[e.id] = target
    if not gone:
        return
    for old, target in gone.items():
        t = entities[target]
        for j in entities[old].mentions:
            t.names.append(entities[old].names[0])
            t.mentions.append(j)
            of[j] = target
        t.mentions.sort()
    keep = [e for e in entities if e.id not in gone]
    new_id = {e.id: n for n, e in enumerate(keep)}
    for e in keep:
        e.id = new_id[e.id]
    for j, e_old in enumerate(of):
        if e_old is not None:
            of[j] = new_id[e_old]
    entities[:] = keep
