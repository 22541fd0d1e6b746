"""A deterministic generator of invented, news-like English text for the benchmarks.

Every name, quote and sentence here is made up from small word lists; nothing is
taken from a real article.  The text exercises what quoteattr looks for:
titled names and bare surnames, cue verbs before and after a quote, pronouns,
partial quotes, nested quotes, quotations that run over a paragraph break,
organisations, apostrophes, abbreviations and plain narration.

>>> from _corpus import article, corpus
>>> import random
>>> a = article(random.Random(1))
>>> a == article(random.Random(1))
True
>>> docs = corpus(20_000, seed=3)
>>> sum(len(d) for d in docs) >= 20_000
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator

__all__ = ["article", "articles", "corpus", "document", "adversarial"]

FIRST_F = ["Ann", "Maria", "Grace", "Helen", "Priya", "Lena", "Rosa", "Ines", "Clara", "Nadia",
           "Joan", "Edith", "Ruth", "Tamsin", "Olga"]
FIRST_M = ["Tom", "Peter", "Samuel", "Omar", "Victor", "Hugo", "Felix", "Arturo", "Dmitri",
           "Kwame", "Liam", "Mateo", "Niall", "Otto", "Ravi"]
LAST = ["Lee", "Okafor", "Brandt", "Castillo", "Novak", "Haddad", "Lindqvist", "Moreau",
        "Tanaka", "Whitfield", "Oyelaran", "Petrakis", "Sandoval", "Kowalczyk", "Abernathy",
        "Quist", "Varga", "Mbeki", "Renner", "Dunmore", "Ashcombe", "Feld", "Ibarra", "Yoon"]
TITLES = ["Sen.", "Rep.", "Gov.", "Mayor", "President", "Secretary of State", "Minister",
          "Prime Minister", "Special Envoy", "Police Chief", "Judge", "Dr.", "Prof."]
ROLES = ["spokesperson", "analyst", "official", "economist", "lawyer", "spokesman",
         "spokeswoman", "adviser", "negotiator", "researcher"]
ORGS = ["the ministry", "the Kremlin", "the White House", "the council", "the agency",
        "the company", "the union", "the department"]
ORG_NAMES = ["Northgate Holdings", "the Harbor Authority", "Bluewater Energy",
             "the Transit Workers Union", "Calder University", "the Riverside Clinic"]
PLACES = ["Brantwood", "Port Ellis", "Kestrel Bay", "Marlow Heights", "Dunhaven", "Easton Vale",
          "Gray's Ferry", "Ostrava", "Lakemont", "Fennick"]
CUES = ["said", "said", "said", "told reporters", "added", "insisted", "warned", "explained",
        "noted", "wrote", "posted", "argued", "recalled", "continued"]
CUES_AFTER = ["said", "said", "added", "asked", "replied", "warned"]
PARTIAL_VERBS = ["hailed the talks as", "described the plan as", "called the decision",
                 "dismissed the report as", "praised what she called", "criticised what he called"]
PARTIAL_PHRASES = ["productive and meaningful", "a step in the right direction",
                   "deeply flawed", "long overdue", "a serious mistake", "unacceptable",
                   "the best deal we could get", "reckless", "a turning point"]
SUBJECTS = ["the budget", "the new bridge", "the ceasefire", "the water supply", "the strike",
            "the election", "the flood defences", "the trade agreement", "the hospital",
            "the school closures", "the fare increase", "the housing plan"]
VERBS = ["will", "must", "cannot", "should", "won't", "might never", "has to"]
ACTIONS = ["wait another year", "be decided by the courts", "cost more than anyone expected",
           "go ahead as planned", "be rushed through", "change the way people live here",
           "survive the winter", "get the attention it deserves", "pass without a fight"]
OPENERS = ["We believe", "I think", "Nobody doubts that", "Frankly,", "Let me be clear:",
           "The truth is", "Everyone knows", "I'm not sure", "It's obvious that", "Honestly,"]
TAILS = ["and we will keep saying so", "whatever the critics say", "and that's the end of it",
         "no matter how long it takes", "and the numbers show it", "for the people of {place}",
         "before the end of the year", "if we're serious about this"]
NARRATION = [
    "The vote is expected on Tuesday at 5 p.m. in {place}.",
    "Officials in {place} did not respond to a request for comment.",
    "The measure passed 52-48 after a long debate in the U.S. Senate.",
    "{org_name}'s shares fell 4.2% in early trading.",
    "Residents of {place} have complained about the issue since the ’90s.",
    "The report, published on Friday, runs to more than 300 pages.",
    "Talks resumed in {place} on Monday after a two-week pause.",
    "Critics say the plan does too little, too late.",
    "It was not immediately clear how many people were affected.",
    "The council meets again in Jan. to review the figures.",
    "About 1,200 people attended the meeting at St. Mary's Hall.",
    "The agency's budget has grown every year since 2015.",
]


class _Person:
    __slots__ = ("first", "last", "title", "female", "role")

    def __init__(self, rng: random.Random) -> None:
        self.female = rng.random() < 0.5
        self.first = rng.choice(FIRST_F if self.female else FIRST_M)
        self.last = rng.choice(LAST)
        self.title = rng.choice(TITLES) if rng.random() < 0.7 else None
        self.role = rng.choice(ROLES)

    def full(self) -> str:
        name = f"{self.first} {self.last}"
        return f"{self.title} {name}" if self.title else name

    def pronoun(self) -> str:
        return "she" if self.female else "he"


def _quote(rng: random.Random, place: str, end: str = ",") -> str:
    s = f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(ACTIONS)}"
    if rng.random() < 0.4:
        s += " " + rng.choice(TAILS).format(place=place)
    if rng.random() < 0.3:
        s += f". {rng.choice(['It', 'This', 'That'])} is what people here want"
    return s + end


def _paragraph(rng: random.Random, people: list[_Person], first: dict[int, bool],
               place: str, last_speaker: list[int]) -> list[str]:
    """One paragraph (or two, for a quotation that runs over a paragraph break)."""
    i = rng.randrange(len(people))
    p = people[i]
    name = p.full() if first.get(i, True) else p.last
    first[i] = False
    pronoun_ok = last_speaker and last_speaker[0] == i
    last_speaker[:] = [i]
    kind = rng.random()
    o, c = ("“", "”") if rng.random() < 0.85 else ('"', '"')
    if kind < 0.25:
        return [f"{o}{_quote(rng, place)}{c} {name} {rng.choice(CUES)}."]
    if kind < 0.35:
        return [f"{o}{_quote(rng, place)}{c} {rng.choice(CUES_AFTER)} {name}."]
    if kind < 0.45:
        return [f"{name} {rng.choice(CUES)}: {o}{_quote(rng, place, '.')}{c}"]
    if kind < 0.55:
        who = p.pronoun() if pronoun_ok else name
        return [f"{o}{_quote(rng, place)}{c} {who} {rng.choice(CUES)}. "
                f"{o}{_quote(rng, place, '.')}{c}"]
    if kind < 0.65:
        return [f"{name} {rng.choice(PARTIAL_VERBS)} {o}{rng.choice(PARTIAL_PHRASES)}{c} "
                f"in a statement on {rng.choice(['Monday', 'Tuesday', 'Sunday'])}."]
    if kind < 0.70:
        org = rng.choice(ORGS)
        return [f"{o}{_quote(rng, place)}{c} {org} said in a statement."]
    if kind < 0.75:
        return [f"According to {name}, {o}{_quote(rng, place, '.')}{c}"]
    if kind < 0.80:
        # A nested quote.
        q = _quote(rng, place, "")
        return [f"“She told me ‘{rng.choice(PARTIAL_PHRASES)},’ and then {q.lower()},” "
                f"{name} {rng.choice(CUES)}."]
    if kind < 0.85:
        # A quotation over two paragraphs: the first stays open, the second reopens.
        return [f"{name} {rng.choice(CUES)}: “{_quote(rng, place, '.')}",
                f"“{_quote(rng, place, '.')}”"]
    if kind < 0.90:
        return [f"A {p.role} for {rng.choice(ORG_NAMES)}, who asked not to be named, said the "
                f"plan was “{rng.choice(PARTIAL_PHRASES)}.”"]
    return [" ".join(_narration(rng, place) for _ in range(rng.randint(1, 3)))]


def _narration(rng: random.Random, place: str) -> str:
    s = rng.choice(NARRATION).format(place=place, org_name=rng.choice(ORG_NAMES))
    return s[0].upper() + s[1:]


def article(rng: random.Random, paragraphs: tuple[int, int] = (6, 16)) -> str:
    """One invented news article: a headline and a few paragraphs, one per line pair."""
    place = rng.choice(PLACES)
    people = [_Person(rng) for _ in range(rng.randint(2, 5))]
    first: dict[int, bool] = {}
    last_speaker: list[int] = []
    head = (f"{people[0].last} says {rng.choice(SUBJECTS)} "
            f"‘{rng.choice(PARTIAL_PHRASES)}’ as {place} waits")
    paras = [head, _narration(rng, place)]
    for _ in range(rng.randint(*paragraphs)):
        paras.extend(_paragraph(rng, people, first, place, last_speaker))
    return "\n\n".join(paras)


def articles(seed: int = 0) -> Iterator[str]:
    """An endless, deterministic stream of articles."""
    rng = random.Random(seed)
    while True:
        yield article(rng)


def corpus(n_chars: int, seed: int = 0) -> list[str]:
    """Articles, in order, until their total length reaches ``n_chars`` characters."""
    out: list[str] = []
    total = 0
    for a in articles(seed):
        if total >= n_chars:
            break
        out.append(a)
        total += len(a)
    return out


def document(n_chars: int, seed: int = 0) -> str:
    """One document of about ``n_chars`` characters: articles joined by blank lines."""
    return "\n\n".join(corpus(n_chars, seed))[:n_chars]


def adversarial(kind: str, n_chars: int) -> str:
    """A pathological text of about ``n_chars`` characters.

    ``unbalanced``: one stray quote mark every 10 characters (100,000 per
    million characters) that never pairs up; ``one_paragraph``: a
    single paragraph with no line break; ``long_quote``: one quotation of
    ``n_chars`` characters; ``nested``: quotes nested 50 levels deep, repeated;
    ``no_sentence_end``: words with no ``.``, ``?`` or ``!`` at all;
    ``dialogue_paragraph``: a story's dialogue (action beats, calls by name,
    pet names, forms of address, tags) with no paragraph break, so that every
    reading of a quote's neighbours in its paragraph meets all of them;
    ``long_dialogue``: one dialogue exchange of thousands of turns;
    ``revealed_voices``: thousands of quotes tagged by an unknown voice, the
    one sentence that reveals a voice's person at the very end.
    """
    rng = random.Random(7)
    if kind == "unbalanced":
        # One stray mark every 10 characters (100,000 per MB), a paragraph break
        # every 1,000 marks.
        unit = "word word"
        pieces = []
        for i in range(n_chars // 10 + 1):
            pieces.append(rng.choice("“\"‘”'") + unit)
            if i % 1000 == 999:
                pieces.append("\n\n")
        return "".join(pieces)[:n_chars]
    if kind == "one_paragraph":
        return document(n_chars * 2, seed=11).replace("\n\n", " ").replace("\n", " ")[:n_chars]
    if kind == "long_quote":
        body = document(n_chars * 2, seed=12).replace("\n\n", " ").replace("“", "").replace(
            "”", "").replace('"', "").replace("‘", "")
        return "Mayor Ann Lee said: “" + body[: n_chars - 40] + "”\n\nThe end."
    if kind == "nested":
        opens = ["“", "‘"]
        closes = ["”", "’"]
        unit_parts = []
        for level in range(50):
            unit_parts.append(f"{opens[level % 2]}Level {level} says ")
        unit_parts.append("the bottom")
        for level in reversed(range(50)):
            unit_parts.append(f",{closes[level % 2]}")
        unit = "".join(unit_parts) + " Ann Lee said.\n\n"
        return (unit * (n_chars // len(unit) + 1))[:n_chars]
    if kind == "long_dialogue":
        # one exchange of thousands of turns: tags by many people and by a
        # description, calls by name, untagged answers
        pieces = []
        i = 0
        while sum(map(len, pieces)) < n_chars:
            who = f"{FIRST_F[i % len(FIRST_F)]} {LAST[(i // 3) % len(LAST)]}"
            pieces.append(f"“Yes,” returned the other.\n\n“Come in, {who.split()[0]},” said "
                          f"{who}.\n\n“Why, sir?”\n\n")
            i += 1
        return "".join(pieces)[:n_chars]
    if kind == "revealed_voices":
        unit = "“Who is there?” called a voice. “A friend,” said a low voice.\n\n"
        tail = "It was Miss Abbott, with a candle."
        body = unit * ((n_chars - len(tail)) // len(unit) + 1)
        return body[: max(0, n_chars - len(tail))] + tail
    if kind == "dialogue_paragraph":
        unit = ("Margaret Hale put down her cup. “Why, Meg?” said Tom. “You slept all "
                "morning.” He folded his paper. “You might go yourself, Tom.” “Yes, sir,” "
                "she said. “That will do, Martin. Now, Clara, you will take tea?” The old "
                "woman laughed. “I should be glad to,” said her aunt. ")
        return (unit * (n_chars // len(unit) + 1))[:n_chars]
    if kind == "no_sentence_end":
        words = ["the", "council", "Ann", "Lee", "said", "budget", "will", "wait", "and", "but",
                 "people", "here", "want", "it", "now", "Mr", "Novak", "agreed"]
        n = n_chars // 5 + 1
        return " ".join(rng.choice(words) for _ in range(n))[:n_chars]
    raise ValueError(f"unknown adversarial kind {kind!r}")
