"""English data for the sentence splitter (:mod:`quoteattr._segment`).

Plain lists, one per concern, so that a wrong split can be traced to one entry.
Punkt stores abbreviation types lower-cased and without their final period
(``"u.s"`` for ``U.S.``); the lists below follow that convention.

Single capital letters (``E.`` in ``Jonas E. Smith``) are *not* listed as
abbreviations: Punkt's own initial heuristic keeps them attached to a following
capitalised name, and leaving them out lets it still end a sentence at ``I.`` or
``B.`` when a common sentence-opening word follows (see :data:`SENTENCE_STARTERS`).
"""

from __future__ import annotations

from collections.abc import Iterable

from quoteattr._lexicon import TITLE_TABLE

__all__ = [
    "ABBREVIATIONS",
    "ATTRIBUTION_CUES",
    "ATTRIBUTION_TAILS",
    "COLLOCATIONS",
    "FRONTING_PREPOSITIONS",
    "HONORIFIC_STARTERS",
    "SENTENCE_STARTERS",
    "abbreviation_types",
]


def abbreviation_types(entries: Iterable[str]) -> frozenset[str]:
    """Punkt's abbreviation types for titles or abbreviations written as in a
    text (``"Lt. Gov."`` gives ``lt`` and ``gov``, ``"U.S."`` gives ``u.s``):
    each word that ends in a period, lower-cased, without the period.  Words
    without a final period are no abbreviation (``"Mayor"``), and neither is a
    single letter (``"M."``: Punkt's initial heuristic decides there)."""
    return frozenset(
        w[:-1].lower() for entry in entries for w in entry.split()
        if len(w) > 2 and w[-1] == "." and any(c.isalpha() for c in w))


# Titles and honorifics that stand before a name (``Sen. Jane Roe``): from
# the one table of titles, quoteattr._lexicon.TITLE_TABLE.
_TITLES = abbreviation_types(t for t, _, _ in TITLE_TABLE)

# Parts of names that are not titles before them: after a name (``Jr.``,
# ``Esq.``) or in place names (``St. Louis``, ``Mt. Everest``, ``Ft. Worth``).
_NAME_PARTS = ["sr", "jr", "esq", "st", "ste", "mt", "ft"]

# Company, organisation and place forms (``Pitt, Briggs & Co.``, ``Washington, D.C.``).
_ORGANISATIONS_AND_PLACES = [
    "gov't", "inc", "corp", "co", "ltd", "llc", "llp", "plc", "bros", "assn", "dept", "univ",
    "u.s", "u.s.a", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "s.f", "u.s.s.r",
    "ave", "blvd", "rd", "hwy", "sq", "apt", "bldg",
]

# US state abbreviations in AP style (``Sacramento, Calif.``).
_STATES = [
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
    "neb", "nebr", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt",
    "wash", "wis", "wisc", "wyo", "n.h", "n.j", "n.m", "n.c", "n.d", "s.c", "s.d",
    "r.i", "w.va",
]

# Months and days as abbreviated in datelines (``Jan. 5``, ``Tues.``).
_DATES = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]

# Times of day (``5 a.m.``) and time zones written with periods.
_TIMES = ["a.m", "p.m", "e.s.t", "e.d.t", "p.s.t", "p.d.t"]

# Latin and scholarly abbreviations (``e.g.``, ``etc.``, ``p. 55``, ``Vol. 2``).
_SCHOLARLY = [
    "e.g", "i.e", "etc", "vs", "v", "viz", "cf", "al", "ca", "approx", "est", "fig",
    "figs", "no", "nos", "n°", "nr", "vol", "vols", "ch", "chap", "sec", "secs", "p",
    "pp", "para", "ed", "eds", "op", "ibid", "dept", "mins", "min", "hrs", "hr", "sq",
    "ft", "lb", "lbs", "oz", "mi", "km", "pct",
]

#: Every abbreviation Punkt should not treat as a sentence end by itself.
ABBREVIATIONS: frozenset[str] = _TITLES.union(
    _NAME_PARTS, _ORGANISATIONS_AND_PLACES, _STATES, _DATES, _TIMES, _SCHOLARLY
)

#: Word pairs ``(before the period, after it)`` across which Punkt never ends a
#: sentence even though the second word often starts one (``Smith vs. The State``).
COLLOCATIONS: frozenset[tuple[str, str]] = frozenset(
    [
        ("vs", "the"),
        ("v", "the"),
        ("no", "one"),
    ]
    # the words of a title of the table written with stops, one after the other
    # (``the Rev. Mr. Oakes``, ``Brig. Gen. Lee``): no sentence ends between them
    # (the second as Punkt types a token: an abbreviation keeps its period)
    + [(a[:-1].lower(), b.lower())
       for t, _, _ in TITLE_TABLE for a, b in zip(t.split(), t.split()[1:], strict=False)
       if a.endswith(".")]
)

#: Words that, capitalised, almost always open a sentence: pronouns, determiners,
#: conjunctions, common sentence adverbs and question words.  ``A`` is left out
#: on purpose: it is also an initial (``E. A. Smith``).  Punkt uses them
#: twice: after an abbreviation (``U.S. How about you?`` ends at ``U.S.``) and,
#: as orthographic evidence (seen lower-case mid-sentence, never capitalised
#: there), after an initial or a number (``you and I. Did you…``).
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    an the this that these those some any each every no all both many most much
    few several another such
    he she it they we you his her its their our your my him them us
    there here what when where why how who whom whose which whether
    but and or nor so yet for because although though while since after before
    if unless until as once however meanwhile moreover instead still also then
    thus therefore nevertheless nonetheless indeed perhaps maybe now today
    yesterday tomorrow later earlier last next first second third finally
    in on at by with from to into of over under during about against among
    between through without within across along around
    did do does is are was were has have had will would can could should shall
    may might must be been not
    one two three four five six seven eight nine ten
    yes no please let
    """.split()
)

#: Honorifics that open a new sentence when they follow an abbreviation
#: (``…at 6 P.M. Mr. Smith then went…``): the titles of the table marked so.
#: Punkt compares the following token with its period, as these stay
#: abbreviations themselves.
HONORIFIC_STARTERS: frozenset[str] = frozenset(
    [t.lower() for t, _, uses in TITLE_TABLE if "s" in uses] + ["i"])
# ("i" is here rather than in SENTENCE_STARTERS: after an abbreviation ``I`` opens
# a sentence, but it is never seen lower-case, so it gives no orthographic evidence.)

#: Capitalised prepositions that open a fronted time or place phrase; a
#: "sentence" of at most four words that starts with one and ends at an
#: abbreviation (``At 5 a.m.``) is not a sentence, so the split is undone.
FRONTING_PREPOSITIONS: frozenset[str] = frozenset(
    """
    at in on by before after until till since from around about near outside
    inside during
    """.split()
)

#: Speech verbs that attach an attribution to the quotation before it: no
#: sentence break between ``“We will win!”`` and ``Jane Roe said.``.  Kept short
#: and local to the splitter; the attribution stage has its own full table.
ATTRIBUTION_CUES: frozenset[str] = frozenset(
    """
    said says say told tells asked asks added adds replied replies answered
    explained explains insisted insists warned warns wrote writes declared
    declares recalled recalls noted notes stated states shouted shouts cried
    whispered argued argues continued continues exclaimed responded responds
    tweeted tweets posted posts remarked remarks conceded concedes acknowledged
    acknowledges admitted admits claimed claims suggested suggests urged urges
    """.split()
)

#: What may follow a capitalised name and its cue (or the cue's object) for the pair still to be an
#: attribution (``…” Roe said on Monday.``), rather than a new sentence that
#: happens to contain a speech verb (``Police said the man fled.``).
ATTRIBUTION_TAILS: frozenset[str] = frozenset(
    """
    on in at to during after before when while as of from with later earlier
    today yesterday tonight recently afterward afterwards then again too also
    reporters journalists him her them me us
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
