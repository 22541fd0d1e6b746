"""The mechanisms by which the mention and cue stages read a text, one group each.

Every text here is invented for the mechanism it pins (none is taken from an annotated
corpus): how a capitalised word is told from a name, how a name or a description is read
across a wrapped line, where a description ends, which plural descriptions can speak, and
which verbs are cues.
"""

from __future__ import annotations

import pytest

import quoteattr


def _mentions(text: str, kind: str | None = None) -> list[str]:
    """The texts of the mentions quoteattr finds (of one kind, when given)."""
    return [m.text for m in quoteattr.attribute(text).mentions if kind is None or m.kind == kind]


def _speaker_of(text: str, quote: str) -> str | None:
    """The speaker quoteattr gives the quote whose content is ``quote``."""
    for r in quoteattr.attribute(text).records():
        if r["text"].strip() == quote:
            return r["speaker"]
    raise AssertionError(f"no quote {quote!r} in {text!r}")


# --- 1. capitalised words that are not names --------------------------------------------------


@pytest.mark.parametrize("opener", ["Suddenly", "Wearily", "Naturally", "Honestly"])
def test_sentence_initial_ly_adverb_is_not_a_name(opener: str) -> None:
    """An -ly adverb that opens a sentence, used nowhere else as a name, is not a mention."""
    text = f"The barge had left. {opener} he turned to the crew and said: “Row.”"
    assert opener not in _mentions(text)
    assert _speaker_of(text, "Row.") != opener


@pytest.mark.parametrize("opener", ["Fraternal to the last", "Faithful to her word",
                                    "Along with the others", "Anxious about the tide"])
def test_a_word_opening_a_phrase_fronted_before_a_pronoun_is_not_a_name(opener: str) -> None:
    """``Fraternal to the last, he left``: a sentence's first word that opens a phrase
    set before the subject pronoun is an adjective's or a preposition's, not a name."""
    text = f"Tom Hale rose. {opener}, he turned to the crew and said: “Row.”"
    assert opener.split()[0] not in _mentions(text)
    assert _speaker_of(text, "Row.") == "Tom Hale"


@pytest.mark.parametrize("word", ["Wow", "Whoa", "Okay", "Hey", "Alas", "Hello"])
def test_an_interjection_opening_a_line_is_no_name(word: str) -> None:
    """``Wow: Ann Lee Just Said Something Odd``: an interjection is no one, before a
    colon or a comma."""
    assert word not in _mentions(f"{word}: Ann Lee said the ferry was late.")
    assert word not in _mentions(f"“{word}, it is late,” said Ann Lee.")


def test_a_month_after_the_opens_a_name() -> None:
    """``the March Hare``: a month's name after *the* is the first word of a name,
    one person with ``said the March Hare`` later."""
    text = ("“Have some wine,” the March Hare said.\n\n“I see none,” said Alice.\n\n"
            "“There is none,” said the March Hare.")
    assert _speaker_of(text, "Have some wine,") == "March Hare"
    assert "Hare" not in _mentions(text)


def test_a_month_before_a_name_is_a_date() -> None:
    """Near miss: ``came in March. Hare said`` and ``in March Hare said``: the
    month is the date's."""
    assert _speaker_of("The vote came in March. Hare said it was “late.”", "late.") == "Hare"


def test_a_name_before_a_phrase_and_its_verb_stays_a_name() -> None:
    """Near miss: ``Kelly to the last was loyal`` has no pronoun after a comma:
    Kelly is the subject."""
    assert "Kelly" in _mentions("Kelly to the last was loyal. “Row,” said Kelly.")


@pytest.mark.parametrize("opener", ["Pausing", "Turning", "Startled", "Relieved"])
def test_sentence_initial_participle_is_not_a_name(opener: str) -> None:
    """An -ing or -ed form that opens a sentence is not a name mention (no verb follows it)."""
    text = f"{opener} at the gate, she said: “We open at nine.”"
    assert opener not in _mentions(text)


def test_participle_opener_is_cut_from_the_name_after_it() -> None:
    """``Helping Ansel up, …``: the participle is cut off and the name after it kept."""
    text = "Helping Ansel up the steps, Brigid said: “Mind the ice.”"
    names = _mentions(text, "name")
    assert "Ansel" in names and "Helping Ansel" not in names


def test_pronoun_after_adverb_opener_resolves_to_the_person() -> None:
    """``Suddenly he said``: the pronoun goes to the person named before, not to the adverb."""
    text = ("Osric Vane waited by the stove. Suddenly he said: “The kettle is cracked.”")
    assert _speaker_of(text, "The kettle is cracked.") == "Osric Vane"


def test_a_name_that_ends_like_an_adverb_stays_when_a_verb_follows() -> None:
    """``Tully said``: a one-word name shaped like an adverb is kept when a verb follows it."""
    text = "“The roof will hold,” the builder said. Tully said: “It will not.”"
    assert "Tully" in _mentions(text, "name")


def test_a_shaped_word_used_mid_sentence_as_a_name_stays() -> None:
    """A word that the text also capitalises mid-sentence is a name, whatever its shape."""
    text = "We met Harding at noon. Harding then spoke: “Not yet.”"
    assert _mentions(text, "name").count("Harding") == 2


def test_given_name_of_the_lexicon_is_not_taken_for_an_adverb() -> None:
    """``Emily`` ends in -ly but is a given name the lexicon knows: it stays a mention."""
    assert "Emily" in _mentions("Emily went home. “Goodbye,” she said.", "name")


def test_comma_and_pronoun_after_an_opener_make_it_adverbial() -> None:
    """``Again, she …``: a capitalised word followed by a comma and a pronoun is not a name."""
    assert "Yonder" not in _mentions("Yonder, she said, lay the harbour. “Look.”")


def test_a_fronted_adverb_before_a_subject_pronoun_is_no_name() -> None:
    """``Away she hurried``: a capitalised word right before a subject pronoun, with no
    comma, is a fronted adverb (a name is never followed by a subject pronoun)."""
    assert "Away" not in _mentions("“No, aunt.” Away she hurried. “Wait!”")


@pytest.mark.parametrize("text", ["Scarcely had she sat down when the bell rang.",
                                  "It was over. Inadequate. But she went on."])
def test_an_inverted_auxiliary_or_a_one_word_sentence_makes_no_name(text: str) -> None:
    """``Scarcely had she …`` (an auxiliary before its subject) and ``Inadequate.`` (a
    sentence of one word): the capitalised word opening them is no name."""
    assert _mentions(text, "name") == []


@pytest.mark.parametrize("text", [
    "Scores of boats rocked at anchor. Ilse Marr watched from the pier.",
    "Wages were frozen in March. Ilse Marr spoke at the depot.",
    "Pickers are scarce this autumn, and Ilse Marr hires whoever comes.",
    "Fares have doubled. Ilse Marr blamed the operator."])
def test_a_plural_or_a_quantity_opening_a_sentence_is_no_name(text: str) -> None:
    """``Scores of boats``, ``Wages were``: a capitalised word that opens a sentence
    and is followed by a partitive *of* or a plural verb heads a quantity or a
    plural, never one person's name (which takes *was*, *is*, *has*)."""
    assert _mentions(text, "name") == ["Ilse Marr"]


def test_a_quantity_word_takes_no_he() -> None:
    """The capitalised quantity is no candidate for a later *he*: the pronoun goes
    to the man named before it."""
    text = ("“We sold out by ten,” said Oskar Brandl.\n\n"
            "Dozens of buyers came back later, he said.")
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert [r["speaker"] for r in doc.records() if r["kind"] == "indirect"] == ["Oskar Brandl"]


def test_a_one_word_name_before_was_or_of_a_place_stays() -> None:
    """Near miss: a name the text uses elsewhere keeps its capital's reading even
    before *of*, and a lone word before *was* is still read as a name."""
    assert "Quill" in _mentions("Quill of Dunmore said nothing. We asked Quill again.", "name")
    assert "Tamsen" in _mentions("Tamsen was at the gate. “Late again,” she said.", "name")


def test_a_clause_after_an_inverted_cue_is_no_description() -> None:
    """``…, said the bridge would close``: after a cue that a comma precedes, a
    phrase holding a finite verb or a modal is what was said, not a description
    of who said it; with a relative pronoun before the verb it is one (``said
    the man who had called``)."""
    text = "The engineers, including Omar Haddad, said the bridge would close."
    assert "the bridge would close" not in _mentions(text)
    text = "“Stay back,” said the man who had called the police."
    assert "the man who had called the police" in _mentions(text, "nominal")


def test_a_first_person_possessive_opens_a_description() -> None:
    """``said my uncle``: in a story told in the first person, *my* (and *your*)
    opens a description as *his* and *her* do, so the narrator's uncle is a
    speaker and the antecedent of the next *he*, not the chair by the fire."""
    text = ("My uncle sat down in the chair by the fire.\n\n"
            "“You have your father's chin,” he said.\n\n“Nonsense,” said my uncle.")
    assert [r["speaker"] for r in quoteattr.attribute(text).records()] == ["uncle", "uncle"]


def test_a_phrase_of_time_is_no_part_of_a_description() -> None:
    """``my aunt in ten years``, ``the nurse at night``: a prepositional phrase of
    time after a description is an adverbial, not the description's; ``the head
    of the agency`` keeps its phrase."""
    names = _mentions("I had not seen my aunt in ten years. The nurse at night said "
                      "little. The head of the agency said more.", "nominal")
    assert "my aunt" in names and "The nurse" in names
    assert "The head of the agency" in names


def test_an_acronym_written_with_stops_is_a_name() -> None:
    """``the F.B.I. said``: an acronym written with a stop after each letter (the
    style of some newspapers) is one name, a speaker as ``the FBI`` is."""
    text = "The tests came back clear, and the F.B.I. has said it found nothing."
    assert "F.B.I." in _mentions(text, "name")
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert [(r["text"], r["speaker"]) for r in doc.records()] == [("it found nothing", "F.B.I.")]


def test_an_outlet_speaks_as_the_subject_of_a_verb_of_saying() -> None:
    """``CBS said it would end the show``: an outlet (a medium or a listener in
    ``told CBS``, ``on Twitter``, never a speaker there) is a speaker as the
    subject of a verb of saying."""
    doc = quoteattr.attribute("On Monday, CBS said it would end the show.",
                              quoteattr.Config(indirect=True))
    assert [(r["text"], r["speaker"]) for r in doc.records()] == [("it would end the show", "CBS")]
    assert "CBS" not in _mentions("Ines Vidal told CBS that the show was over.")
    # a name the configuration says must never speak stays silent, outlet or not
    silenced = quoteattr.Config(indirect=True, not_speakers=("CBS",))
    doc = quoteattr.attribute("On Monday, CBS said it would end the show.", silenced)
    assert [r["speaker"] for r in doc.records()] == []


def test_a_name_known_elsewhere_before_a_pronoun_stays_a_name() -> None:
    """Near miss: ``Oliver he was``, with Oliver named elsewhere, keeps the name."""
    assert "Oliver" in _mentions("Oliver sat down. Oliver he was, and Oliver he stayed.", "name")


@pytest.mark.parametrize("word", ["Although", "Thus", "Whereupon", "Nevertheless", "Within",
                                  "Because", "Unless", "Whilst", "Whenever"])
def test_conjunctions_and_sentence_adverbs_are_not_names(word: str) -> None:
    """Subordinators and sentence adverbs do not open a name (``Although Ansel …`` names Ansel)."""
    names = _mentions(f"{word} Ansel Moor was tired, he said: “Go on.”", "name")
    assert names == ["Ansel Moor"]


@pytest.mark.parametrize("dateline", ["KESTREL BAY —", "HALVERTON, Ore. —", "MARLOW (Wire) -",
                                      "MARLOW, Oct. 3 (Wire) -", "TARVO, Estland —",
                                      "   DUNMORE, Jan. 14, 2002 (Wire) -"])
def test_dateline_is_not_a_speaker(dateline: str) -> None:
    """An upper-case place that opens a news story before a dash is a dateline, not a name."""
    text = f"{dateline} “We are ready,” the harbour master said on Monday."
    place = dateline.split(",")[0].split(" (")[0].strip(" —-")
    assert place not in _mentions(text)
    assert "Estland" not in _mentions(text)  # the country of a dateline is no speaker either
    assert _speaker_of(text, "We are ready,") == "harbour master"


def test_upper_case_name_that_is_no_dateline_stays() -> None:
    """An acronym that opens a sentence and is followed by a verb stays a mention."""
    assert "NASA" in _mentions("NASA said the launch would wait. “Weather,” it said.")


@pytest.mark.parametrize("text", ["The U.S. envoy left.", "In Halverton, N.H. voters queued."])
def test_lone_capital_letter_is_not_a_name(text: str) -> None:
    """A lone capital letter (of ``U.S.``, ``N.H.``) is not a name mention."""
    assert not [m for m in _mentions(text, "name") if len(m.rstrip(".")) == 1]


def test_a_capitalised_modifier_of_a_description_is_no_name() -> None:
    """``Harbour board spokeswoman Ines Koval``: a capitalised word before a singular
    description's head modifies it; it names no one and opens the titled name after it."""
    text = "Harbour board spokeswoman Ines Koval said the ferry was “back on time.”"
    doc = quoteattr.attribute(text)
    assert [(m.text, m.title) for m in doc.mentions] == [
        ("Harbour board spokeswoman Ines Koval", "Harbour board spokeswoman")]
    assert _speaker_of(text, "back on time.") == "Ines Koval"


@pytest.mark.parametrize("text", ["Did Lee sign it? Nobody knew.", "Lee campaigns in the rain.",
                                  "Will Roe host the summit?"])
def test_a_name_before_a_verb_like_head_stays_a_name(text: str) -> None:
    """Near misses: a head that is also a bare verb (``sign``, ``host``) or a plural
    (``campaigns``) after a name may be its verb, so the name is kept."""
    assert any(m in ("Lee", "Roe") for m in _mentions(text, "name"))


@pytest.mark.parametrize("head", ["treasurer", "commissioner", "detective", "editor", "surgeon"])
def test_a_description_by_office_or_trade_renames_the_person_it_follows(head: str) -> None:
    """``Ivo Marsh, the treasurer,`` then ``the treasurer said``: a person's office or
    trade is a description that can speak, and the appositive makes it that person."""
    text = (f"Ivo Marsh, the {head}, read the figures aloud. "
            f"“They do not add up,” the {head} said.")
    assert _speaker_of(text, "They do not add up,") == "Ivo Marsh"


@pytest.mark.parametrize("title", ["Vice Premier", "Vice Chancellor", "Vice Admiral"])
def test_vice_before_a_title_is_part_of_the_title(title: str) -> None:
    """``Vice Premier Lin Oda``: *Vice* modifies the title and names no one."""
    text = f"{title} Lin Oda said the harvest was “better than feared.”"
    doc = quoteattr.attribute(text)
    assert [(m.text, m.title) for m in doc.mentions if m.kind == "name"] == [
        (f"{title} Lin Oda", title)]


@pytest.mark.parametrize("epithet", ["Poor", "Dearest", "Darling"])
def test_an_epithet_before_a_name_is_not_part_of_it(epithet: str) -> None:
    """``Poor Ansel’s mind``: a word of pity or fondness before a name is no part
    of the name, so the mention is the person named before."""
    text = f"Ansel Moor sat down. {epithet} Ansel was tired. “Go on,” said he."
    assert "Ansel" in _mentions(text, "name")
    doc = quoteattr.attribute(text)
    assert [s.name for s in doc.speakers] == ["Ansel Moor"]


def test_the_plural_of_a_name_is_a_family_not_he_or_she() -> None:
    """``the Rushworths`` beside ``Mr. Rushworth``: a family, plural, so it is
    never *she*; the near miss ``the Sanders campaign`` (no ``Sander``) stays a name."""
    doc = quoteattr.attribute("Mr. Ansby came in. She was glad of the Ansbys. “We won,” said she.")
    fam = [m for m in doc.mentions if m.text == "Ansbys"]
    assert fam and fam[0].plural
    assert _speaker_of("Mr. Ansby came in. She was glad of the Ansbys. “We won,” said she.",
                       "We won,") != "Ansbys"
    doc = quoteattr.attribute("Ivo Sanders spoke. The Sanders office was glad. “We won,” he said.")
    assert not any(m.plural for m in doc.mentions if m.name == "Sanders")


def test_the_miss_and_a_plural_name_are_sisters_not_she() -> None:
    """``the Miss Ansbys`` beside ``Mrs. Ansby``: the sisters of that name, plural,
    never the *she* of a tag; near miss: ``Miss Ansby`` alone is one woman."""
    text = ("Mrs. Roe Ansby frowned. What claim could the Miss Ansbys, who were cousins only "
            "by marriage, have on her purse?\n\n“Not a penny,” she added.")
    sisters = [m for m in quoteattr.attribute(text).mentions if m.name == "Ansbys"]
    assert sisters and sisters[0].plural
    assert _speaker_of(text, "Not a penny,") == "Roe Ansby"
    one = quoteattr.attribute("Mrs. Roe Ansby frowned at Miss Ansby. “Not a penny,” she said.")
    assert not any(m.plural for m in one.mentions if m.kind == "name")


@pytest.mark.parametrize("place", ["Wickham Place", "Orley Road", "Kestrel Gardens",
                                   "Brent Manor", "Hollin Farm"])
def test_a_name_ending_in_a_place_word_is_a_place(place: str) -> None:
    """``Wickham Place had been so safe``: a street, house or farm is never *she*."""
    text = f"{place} had been so safe. She said: “We must move.”"
    kinds = {m.text: m.kind for m in quoteattr.attribute(text).mentions}
    assert kinds[place] == "org"
    assert _speaker_of(text, "We must move.") != place


@pytest.mark.parametrize("body", ["Sierra Club", "Marlow Valley Caucus", "Dunmore Tribune",
                                  "Lakeside Future PAC", "Veterans Affairs", "Corran Marine Corps"])
def test_a_name_ending_in_a_bodys_word_is_a_body(body: str) -> None:
    """A club, a caucus, a newspaper, a PAC, a corps is a body, and no woman for
    a given name at its front (``Sierra``): never *she*."""
    text = f"{body} had a busy year. She said: “We must move.”"
    doc = quoteattr.attribute(text)
    kinds = {m.text: (m.kind, m.gender) for m in doc.mentions}
    assert kinds[body] == ("org", None)
    assert _speaker_of(text, "We must move.") != body


def test_a_given_name_before_a_surname_that_is_no_bodys_word_is_a_woman() -> None:
    """Near miss: ``Sierra Lopez`` is a person, her given name her gender."""
    doc = quoteattr.attribute("Sierra Lopez had a busy year. She said: “We must move.”")
    assert [(m.kind, m.gender) for m in doc.mentions if m.text == "Sierra Lopez"] == [("name", "f")]
    assert _speaker_of("Sierra Lopez had a busy year. She said: “We must move.”",
                       "We must move.") == "Sierra Lopez"


def test_the_south_is_a_region_but_west_may_be_a_person() -> None:
    """``the South had won`` names a region; ``Kanye West … West said`` a person."""
    assert "South" not in _mentions("The North and the South met. Then the South had won.")
    text = "Kanye West arrived. Later West said it was “fine.”"
    assert _speaker_of(text, "fine.") == "Kanye West"


@pytest.mark.parametrize(("tag", "who"), [("said one of the old women,", "one of the old women"),
                                          ("said one of them.", "one of them")])
def test_one_of_a_group_after_a_cue_is_the_speaker(tag: str, who: str) -> None:
    """``“Stone dead!” said one of the old women``: a part of a group speaks."""
    text = f"The door opened. “Stone dead!” {tag} The lamp went out."
    assert _speaker_of(text, "Stone dead!") == who


@pytest.mark.parametrize(("text", "who"), [
    ("Two ferrymen stood by. One of them said the tide was “too high.”", "One of them"),
    ("One of the old ferrymen told us the tide was “too high.”", "One of the old ferrymen"),
])
def test_one_of_a_group_before_a_cue_is_the_speaker(text: str, who: str) -> None:
    """``One of them said …``: a part of a group speaks before its cue as after it."""
    assert _speaker_of(text, "too high.") == who


def test_no_one_before_a_cue_is_no_speaker() -> None:
    """Near miss: ``No one said it was “fine.”``: nobody is no speaker."""
    assert _speaker_of("No one said it was “fine.”", "fine.") is None


@pytest.mark.parametrize("word", ["Quaker", "Italian", "Cockney"])
def test_a_word_of_nation_or_faith_before_a_noun_is_no_name(word: str) -> None:
    """``She came of Quaker stock``: a word of nation, people or faith modifies a noun."""
    assert word not in _mentions(f"She came of {word} stock, and he loved her.")


def test_a_name_after_such_a_word_keeps_its_title() -> None:
    """Near miss: a capitalised name after it stays a name (``Irish Vance said``)."""
    assert "Irish Vance" in _mentions("Irish Vance said it was “late.”", "name")


@pytest.mark.parametrize("title", ["County Executive", "Police Chief", "Board Chairman",
                                   "City Engineer", "School Superintendent"])
def test_a_capitalised_role_after_a_word_is_a_title(title: str) -> None:
    """``County Executive Rosa Delgado``: a role noun written with a capital, after a
    word that qualifies it, is a title; the speaker is the person, not the office."""
    doc = quoteattr.attribute(f"{title} Rosa Delgado said the roads were “closed.”")
    assert [(m.text, m.title) for m in doc.mentions if m.kind == "name"] == [
        (f"{title} Rosa Delgado", title)]
    assert [s.name for s in doc.speakers] == ["Rosa Delgado"]


@pytest.mark.parametrize("title", ["Goalkeeper", "Teammate", "Neighbor", "Paramedic"])
def test_a_sports_or_feature_role_opening_a_sentence_is_a_title(title: str) -> None:
    """``Goalkeeper Marco Ilic took the blame.``: a player's position, a neighbour,
    a trade before a name is a title; the *he* after it is Ilic's."""
    text = (f"“We lost,” said coach Brian Falk.\n\n{title} Marco Ilic took the blame. "
            "“Two of those were mine,” he said.")
    doc = quoteattr.attribute(text)
    assert [(m.name, m.title) for m in doc.mentions if m.kind == "name"][1] == (
        "Marco Ilic", title)
    assert doc.records()[-1]["speaker"] == "Marco Ilic"


@pytest.mark.parametrize("name", ["Mark Singer", "Ann Farmer", "Joe Driver"])
def test_a_surname_that_is_a_role_noun_stays_a_name(name: str) -> None:
    """Near miss: ``Mark Singer said``: no name follows, so *Singer* is his surname."""
    assert _mentions(f"{name} said it was “fine.”", "name") == [name]


@pytest.mark.parametrize("epithet", ["Old", "Little"])
def test_an_epithet_before_a_given_name_is_no_part_of_it(epithet: str) -> None:
    """``Old Tom Briar kept the ferry. … Tom spat.``: the epithet before a given
    name is no part of the name; Tom and Tom Briar are one speaker."""
    text = (f"{epithet} Tom Briar kept the ferry for forty years.\n\n"
            "“Not one,” he told the boy.\n\n“What about the girl?” asked the boy.\n\n"
            "Tom spat. “She paid first.”")
    assert [s.name for s in quoteattr.attribute(text).speakers] == ["Tom Briar", "boy"]


@pytest.mark.parametrize("epithet", ["Young", "Old"])
def test_an_epithet_before_a_title_is_no_one_and_opens_the_titled_name(epithet: str) -> None:
    """``Young Mr. Dale appeared at his elbow. “Sir, a sail!”``: the epithet before
    a title is no person of its own; the titled name's span opens on it, so the
    name opens its sentence and the beat is his."""
    text = f"{epithet} Mr. Dale appeared at the captain's elbow. “Sir, a sail!”"
    doc = quoteattr.attribute(text)
    assert [(m.text, m.name, m.title) for m in doc.mentions if m.kind == "name"] == [
        (f"{epithet} Mr. Dale", "Dale", "Mr.")]
    assert doc.records()[0]["speaker"] == "Dale"


def test_an_epithet_before_no_given_name_stays_in_the_name() -> None:
    """Near miss: ``Old Harbor``: no given name after *Old*; the name is whole."""
    assert _mentions("“It is safe,” said Old Harbor.", "name") == ["Old Harbor"]


# --- 2. names and descriptions over a wrapped line ---------------------------------------------


def test_titled_name_over_a_line_break_is_one_mention() -> None:
    """``Secretary of State\\nAnn Lee``: a titled name broken by a wrapped line is one mention."""
    text = ("The talks ran late into the night. “We will not yield,” Secretary of State\n"
            "Ilse Varga said on a call with reporters.\n\nThe call ended at noon.")
    doc = quoteattr.attribute(text)
    names = [(m.name, m.title) for m in doc.mentions if m.kind == "name"]
    assert ("Ilse Varga", "Secretary of State") in names
    assert doc.records()[0]["speaker"] == "Ilse Varga"


def test_name_split_over_a_line_break_gets_one_space() -> None:
    """A name whose words sit on two lines keeps the text's span but names with one space."""
    text = "Later that week Ilse\nVarga said: “Soon.”\n\nNothing more."
    m = next(m for m in quoteattr.attribute(text).mentions if m.kind == "name")
    assert (m.text, m.name) == ("Ilse\nVarga", "Ilse Varga")


def test_description_over_a_line_break_is_one_mention() -> None:
    """``said the old\\nferryman``: a description broken by a wrapped line is read whole."""
    text = "They waited at the pier.\n\n“Not tonight,” said the old\nferryman. “The fog is in.”"
    assert _speaker_of(text, "Not tonight,") == "old ferryman"


def test_description_before_the_cue_over_a_line_break() -> None:
    """A nominal subject that wraps before its cue (``the senior\\nofficial said``) is found."""
    text = "Nothing was decided.\n\n“No comment,” a senior\nofficial said."
    assert "official" in (_speaker_of(text, "No comment,") or "")


def test_no_name_runs_over_a_blank_line() -> None:
    """Two capitalised words on either side of a blank line are never one name."""
    text = "The meeting was led by Ilse Varga\n\nOtto Brandt said: “Fine.”"
    names = _mentions(text, "name")
    assert "Otto Brandt" in names and not [n for n in names if "\n" in n]


def test_no_name_runs_over_a_line_break_when_each_line_is_a_paragraph() -> None:
    """In a text with no blank line (one paragraph a line), a line break ends a name."""
    text = "Budget Vote Delayed Again\nOtto Brandt said: “Fine.”\nIlse Varga agreed."
    names = _mentions(text, "name")
    assert "Otto Brandt" in names and not [n for n in names if "\n" in n]


# --- 3. where a description ends ------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["wearily", "sharply", "again", "softly and sadly"])
def test_adverb_after_an_inverted_description_is_not_part_of_it(adverb: str) -> None:
    """``said the ferryman wearily``: the adverb after the description is not in the speaker."""
    text = f"“Not tonight,” said the ferryman {adverb}."
    assert _speaker_of(text, "Not tonight,") == "ferryman"


def test_adverb_after_a_prepositional_description_is_not_part_of_it() -> None:
    """``said a spokesperson for the agency curtly``: the description ends at ``agency``."""
    text = "“No comment,” said a spokesperson for the agency curtly."
    names = [m.name for m in quoteattr.attribute(text).mentions if m.kind == "nominal"]
    assert names == ["spokesperson for the agency"]


@pytest.mark.parametrize("noun", ["family", "assembly"])
def test_noun_ending_in_ly_still_ends_a_description(noun: str) -> None:
    """A noun that ends in -ly (``family``) is kept as the end of the description."""
    text = f"“We are grateful,” said the head of the {noun}."
    assert _speaker_of(text, "We are grateful,") == f"head of the {noun}"


@pytest.mark.parametrize("phrase", ["at length", "at last", "at once", "in reply", "in turn",
                                    "to himself", "in silence"])
def test_an_adverb_made_of_a_preposition_and_a_word_ends_a_description(phrase: str) -> None:
    """``said the doctor at length``: *at length* tells how it was said, it is no
    phrase of the description (not ``doctor at length``)."""
    text = f"“Not tonight,” said the doctor {phrase}."
    assert _speaker_of(text, "Not tonight,") == "doctor"


def test_a_phrase_of_place_after_the_head_stays_in_the_description() -> None:
    """Near miss: ``the doctor at the landing`` is a description with its phrase."""
    text = "“Not tonight,” said the doctor at the landing."
    assert _speaker_of(text, "Not tonight,") == "doctor at the landing"


@pytest.mark.parametrize("phrase", ["with enthusiasm", "with great earnestness"])
def test_a_bare_phrase_of_manner_after_with_ends_a_description(phrase: str) -> None:
    """``said the matron with enthusiasm``: *with* and a bare noun tell how it was
    said; the description is ``matron``."""
    text = f"“Not tonight,” said the matron {phrase}."
    assert _speaker_of(text, "Not tonight,") == "matron"


@pytest.mark.parametrize(("phrase", "speaker"), [
    ("with the lantern", "matron with the lantern"),
    ("with Clara", "matron with Clara")])
def test_with_before_a_determiner_or_a_name_stays_in_the_description(
        phrase: str, speaker: str) -> None:
    """Near miss: ``the matron with the lantern`` (a determiner), ``a girl with
    Clinton`` (a name): the phrase is the description's."""
    text = f"“Not tonight,” said the matron {phrase}."
    assert _speaker_of(text, "Not tonight,") == speaker


@pytest.mark.parametrize("head", ["earl", "steward", "housemaid", "gamekeeper", "beadle"])
def test_the_people_of_a_story_world_are_descriptions(head: str) -> None:
    """``The earl looked at Marian.`` / ``“…,” he said.``: the earl, the steward,
    the housemaid are people a *he* or *she* may stand for."""
    text = (f"The {head} looked at Marian for a long moment.\n\n"
            "“Then you shall sit at the high table,” he said.")
    assert head in _mentions(text, "nominal")[0]


# --- 4. plural and quantified subjects ----------------------------------------------------------


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("“The fare rise is unfair,” commuters say.", "The fare rise is unfair,", "commuters"),
    ("Critics said the levy was “a tax by another name.”", "a tax by another name.",
     "Critics"),
    ("“We will walk out on Friday,” both unions said.", "We will walk out on Friday,",
     "unions"),
    ("Most delegates said the count was “deeply flawed.”", "deeply flawed.", "delegates"),
    ("Dozens of tenants told the council: “Fix the heating.”", "Fix the heating.", "tenants"),
    ("“The pass is closed,” mountain rescuers also said.", "The pass is closed,",
     "mountain rescuers"),
])
def test_plural_subject_without_determiner_speaks(text: str, quote: str, speaker: str) -> None:
    """A bare or quantified plural subject of a cue (``Critics say``) is a plural speaker."""
    assert _speaker_of(text, quote) == speaker
    m = next(m for m in quoteattr.attribute(text).mentions if m.name == speaker)
    assert m.kind == "nominal" and m.plural


def test_capitalised_modifier_of_a_plural_subject_is_not_a_name() -> None:
    """``Republican senators said``: the group speaks, not a person called "Republican"."""
    text = "Republican senators said the bill was “dead on arrival.”"
    assert _speaker_of(text, "dead on arrival.") == "Republican senators"


def test_plural_after_a_sentence_end_does_not_take_the_word_before() -> None:
    """A modifier never reaches back over a full stop (``… arose. Voters said``)."""
    text = "The dispute arose. Voters said: “Enough.”"
    assert _speaker_of(text, "Enough.") == "Voters"


def test_plural_that_names_no_speaker_group_is_not_a_bare_subject() -> None:
    """A plural noun outside the lexicon of speaking groups (``rumours say``) is no mention."""
    assert _mentions("“It is over,” rumours say.", "nominal") == []


# --- 5. cue verbs beyond the old lexicon ------------------------------------------------------


@pytest.mark.parametrize("verb", ["protested", "ventured", "huffed", "snapped", "muttered",
                                  "whispered", "retorted", "scoffed", "conceded", "grunted"])
def test_manner_of_speaking_verb_before_the_quote_is_a_cue(verb: str) -> None:
    """``Ilse Varga snapped: “…”``: a manner-of-speaking verb introduces a quote."""
    text = f"Ilse Varga {verb}: “That is not what we agreed.”"
    rec = quoteattr.attribute(text).records()[0]
    assert (rec["speaker"], rec["cue"]) == ("Ilse Varga", verb)


def test_manner_verb_inverted_after_the_quote_is_a_cue() -> None:
    """``“…,” ventured Ilse Varga``: the inverted manner verb names the speaker after it."""
    rec = quoteattr.attribute("“Perhaps we wait,” ventured Ilse Varga.").records()[0]
    assert (rec["speaker"], rec["cue"]) == ("Ilse Varga", "ventured")


def test_noun_reading_of_a_manner_verb_is_no_cue() -> None:
    """``the protests``, ``their voices``: the noun forms of manner verbs are not cues."""
    text = "The protests grew and their voices rose. “Go home,” Ilse Varga said."
    cues = [r["cue"] for r in quoteattr.attribute(text).records()]
    assert cues == ["said"]


def test_issued_a_statement_is_a_cue_and_the_statement_no_speaker() -> None:
    """``X issued a statement saying “…”``: X speaks, not the statement inside the cue."""
    text = "The ministry issued a statement saying the plan was “unworkable.”"
    assert _speaker_of(text, "unworkable.") == "ministry"
    assert "a statement" not in _mentions(text)


@pytest.mark.parametrize("verb", ["apologised", "commanded", "interposed", "faltered",
                                  "expostulated", "ejaculated", "soothed", "besought", "quoth"])
def test_a_tag_verb_of_the_novel_after_the_quote_is_a_cue(verb: str) -> None:
    """``“Get some water,” commanded Orrin``: the novel's tag verbs name the speaker."""
    rec = quoteattr.attribute(f"“Get some water,” {verb} Orrin Vane.").records()[0]
    assert (rec["speaker"], rec["cue"]) == ("Orrin Vane", verb)


def test_the_bare_form_of_a_tag_verb_is_no_cue() -> None:
    """Near miss: ``an order``, ``the command`` are nouns; only the past form is a cue."""
    text = "The order came and the command stood. “Go home,” Ilse Varga said."
    assert [r["cue"] for r in quoteattr.attribute(text).records()] == ["said"]


@pytest.mark.parametrize("verb", ["thinks", "believes", "wants"])
def test_belief_verbs_are_not_cues(verb: str) -> None:
    """Belief and wish verbs are not speech cues."""
    rec = quoteattr.attribute(f"Ilse Varga {verb} the plan is “doomed.”").records()
    assert all(r["cue"] != verb for r in rec)


def test_a_name_after_a_closing_mark_and_comma_does_not_open_a_sentence() -> None:
    """``“…,” Law said``: a closing mark after a comma ends no sentence, so a one-word
    name there is read as a name (as mid-sentence), not as a sentence's first word."""
    doc = quoteattr.attribute("“We must hold the line,” Law said, noting that donors worry.")
    assert [(m.text, m.kind) for m in doc.mentions] == [("Law", "name")]


def test_a_singular_role_word_mid_sentence_is_a_name() -> None:
    """``said Mother``: a capitalised singular role word with no determiner, mid-sentence,
    names a person; opening a sentence (``Police said``) it stays a description."""
    doc = quoteattr.attribute("“Sit down,” said Mother. Police said the road was closed.")
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds["Mother"] == "name"
    assert kinds.get("Police") != "name"


def test_a_description_that_runs_into_a_name_gives_way_to_it() -> None:
    """``Ohio’s party chief Ann Lee``: a description overlapping the titled name it
    introduces gives way to the name, which keeps its role."""
    doc = quoteattr.attribute("Later, Ohio’s party chief Ann Lee said it was “done.”")
    assert [(m.text, m.kind) for m in doc.mentions if m.kind != "pronoun"] == [
        ("party chief Ann Lee", "name")]
    assert doc.records()[0]["speaker"] == "Ann Lee"


# --- one speaker per person: a surname two people share ----------------------------------------

def test_a_bare_surname_stays_with_the_person_first_named_by_it() -> None:
    """``Tom Vance …, his sister, Ruth Vance, … Vance said``: a second person given a known
    surname is named in full; the bare surname stays with the first."""
    text = ("Tom Vance opened the meeting. His sister, Ruth Vance, sat in the front row. "
            "“We start on time,” Vance said.")
    assert _speaker_of(text, "We start on time,") == "Tom Vance"


def test_the_same_person_named_again_in_full_keeps_the_surname() -> None:
    """Near miss: ``Ruth Vance`` named first and again in full is the one the surname names."""
    text = ("Ruth Vance opened the meeting. Later Ruth Vance took questions. "
            "“We start on time,” Vance said.")
    assert _speaker_of(text, "We start on time,") == "Ruth Vance"


def test_a_capitalised_role_modifier_before_a_lower_case_word_is_no_name() -> None:
    """``current Democratic presidential nominee``: a party or nationality word that
    modifies a description names no one; a name after it still does."""
    text = ("The former governor and current Democratic presidential nominee spoke. "
            "Later the British envoy, Ann Lee, left.")
    names = _mentions(text, "name")
    assert "Democratic" not in names and "British" not in names
    assert "Ann Lee" in names


@pytest.mark.parametrize(("text", "name"), [
    ("“We will leave,” May said.", "May"),
    ("Will urged voters to stay home, calling it “a wasted year.”", "Will"),
])
def test_a_modal_homograph_before_a_finite_verb_is_a_name(text: str, name: str) -> None:
    """``May said``, ``Will urged``: a given name that is also a modal, followed by a past
    or third-person verb, is a name (a modal takes a bare verb or a subject)."""
    assert name in _mentions(text, "name")


@pytest.mark.parametrize("text", ["Will you stay? “No,” she said.",
                                  "May I ask why? “Because,” she said.",
                                  "In May the council met. “No,” she said."])
def test_a_modal_or_a_month_is_no_name(text: str) -> None:
    """Near miss: ``Will you``, ``May I``, ``In May the``: a modal or a month names no one."""
    assert _mentions(text, "name") == []


@pytest.mark.parametrize("text", [
    "“The rule will hurt,” said one landscaper.",
    "One landscaper said the rule was “going to hurt.”",
    "“The rule will hurt,” another landscaper said.",
])
def test_one_or_another_and_a_noun_next_to_a_cue_is_a_description(text: str) -> None:
    """``said one landscaper``, ``another landscaper said``: *one* and *another*
    open a description as *the* and *a* do, whatever its head (the lexicon need
    not know ``landscaper``); the name drops the determiner."""
    quote = "The rule will hurt," if "The rule" in text else "going to hurt."
    assert _speaker_of(text, quote) == "landscaper"


def test_one_before_a_pronoun_is_no_description() -> None:
    """Near miss: in ``a campaign, one he calls “Bright Plan”`` *one* stands for the
    campaign and *he* is the subject: no description ``one he``."""
    text = "Tom Reed runs a campaign, one he calls “Bright Plan,” across the state."
    assert "one he" not in _mentions(text)
    assert "he" in _mentions(text)


def test_one_of_a_group_keeps_its_one() -> None:
    """Near miss: ``said one of the women`` names a part of a group: the name keeps *one*."""
    assert _speaker_of("“We are leaving,” said one of the women.", "We are leaving,") == \
        "one of the women"


def test_a_description_before_a_phrasal_cue_is_its_speaker() -> None:
    """``As one landscaper put it, “…”``: a phrasal verb of saying (``put it``,
    ``chimed in``) has its speaker right before it, as a one-word verb does."""
    text = "As one landscaper put it, “This is going to hurt.”"
    assert _speaker_of(text, "This is going to hurt.") == "landscaper"


def test_a_description_inside_a_noun_cue_is_no_speaker() -> None:
    """Near miss: ``issued a statement`` holds its noun; the speaker stands before."""
    text = "The ministry issued a statement calling it “a mistake.”"
    assert _speaker_of(text, "a mistake.") == "ministry"


def test_a_name_that_is_also_a_descriptions_head_opens_a_sentence_as_a_name() -> None:
    """``Bill spat into the fire.``: a capitalised word that opens a sentence and
    is also the head of a description (*bill*) is a name when the text names
    someone so on its own elsewhere (``said Bill``)."""
    text = "“I won’t go,” said Bill.\n\nBill spat into the fire. “The master is a fool.”"
    assert _speaker_of(text, "The master is a fool.") == "Bill"


def test_a_descriptions_head_opening_a_sentence_stays_a_description() -> None:
    """Near miss: ``Officials said`` and ``Bill passed``, with no one named so on
    their own elsewhere, are no names."""
    assert "Officials" not in _mentions("Officials said the bridge was safe.", "name")
    assert "Bill" not in _mentions("Bill passed the Senate on Monday, said Ann Lee.", "name")


@pytest.mark.parametrize("text, name", [
    ("Jan Weber, who heads the mission, said the truce held.", "Jan Weber"),
    ("April Ryan asked the first question.", "April Ryan"),
])
def test_a_months_name_opening_a_longer_name_is_a_given_name(text: str, name: str) -> None:
    """``Jan Weber``, ``April Ryan``: a month's name that is also a given name,
    before a surname, is part of the name."""
    assert name in _mentions(text, "name")


@pytest.mark.parametrize("text", ["In April Koval accused the mission.",
                                  "Last June Koval said no."])
def test_a_months_name_after_a_word_of_time_is_a_date(text: str) -> None:
    """Near miss: after ``in``, ``last`` and other words of time the month is a
    date, and the name after it stands alone."""
    assert _mentions(text, "name") == ["Koval"]


@pytest.mark.parametrize("verb", ["begins", "rejoins"])
def test_a_present_tense_tag_of_going_on_is_a_cue(verb: str) -> None:
    """``“One more word—” she begins.``: a story told in the present tense tags
    with the present of the verbs of beginning and answering too."""
    rec = quoteattr.attribute(f"“One more word,” {verb} Orrin Vane.").records()[0]
    assert (rec["speaker"], rec["cue"]) == ("Orrin Vane", verb)


def test_the_head_of_something_is_a_person() -> None:
    """``the head of the mission said``: *head* names a person as the head of
    something."""
    text = "The head of the mission said the truce held, calling it “fragile.”"
    assert _speaker_of(text, "fragile.") == "head of the mission"


def test_a_head_of_no_one_is_no_description() -> None:
    """Near miss: ``shook her head`` is no one."""
    assert "her head" not in _mentions("She shook her head. “No,” said Ann Lee.")


def test_a_verb_after_a_descriptions_object_is_not_part_of_it() -> None:
    """``the head of the agency resigned.``: a word in -ed after the object of the
    description's preposition is the verb, not a second word of the object."""
    assert "The head of the agency resigned" not in _mentions(
        "The head of the agency resigned. He left at noon.")


def test_a_thing_that_goes_on_after_a_quote_is_no_speaker() -> None:
    """``“We will stay.” The music began.``: a verb of going on (*began*,
    *continued*) after a quote tags it only when its subject is a person."""
    text = "Ann Lee and Tom Vane stood by the door.\n\n“We will stay.” The music began."
    rec = quoteattr.attribute(text).records()[0]
    assert rec["speaker"] != "music"


def test_a_person_who_goes_on_after_a_quote_speaks_it() -> None:
    """Near miss: ``“Well,” the old man began`` tags the quote."""
    assert _speaker_of("“Well,” the old man began, “it was long ago.”", "Well,") == "old man"


@pytest.mark.parametrize("tail", ["after a long pause", "in a low voice", "with a sigh of relief",
                                  "from behind the paper", "behind the counter"])
def test_a_phrase_of_how_or_when_after_an_inverted_description_is_not_in_it(tail: str) -> None:
    """``said the girl after a long pause``: the description after the cue ends
    where a phrase of how, when or where it was said begins (``from behind the
    paper``, ``behind the counter``), so it is the same description as every
    other ``the girl``."""
    text = f"“I will,” said the ferry girl {tail}."
    assert _speaker_of(text, "I will,") == "ferry girl"


def test_a_description_that_runs_to_the_stop_keeps_its_words() -> None:
    """Near miss: with no such phrase, the description runs to the stop."""
    assert _speaker_of("“I will,” said the ferry girl.", "I will,") == "ferry girl"


def test_a_body_a_description_comes_from_stays_in_it() -> None:
    """Near miss: ``said the clerk from the ministry``: *from* and a body is whom
    the person belongs to, part of the description."""
    assert _speaker_of("“I will,” said the clerk from the ministry.", "I will,") == \
        "clerk from the ministry"


def test_a_participles_phrase_stays_in_the_description() -> None:
    """Near miss: ``said one Republican involved in the planning``: the phrase
    after a participle is the participle's, part of the description."""
    text = "“It will work,” said one Republican involved in the planning."
    assert _speaker_of(text, "It will work,") == "Republican involved in the planning"


# --- quantifiers are never names -----------------------------------------------------------------


@pytest.mark.parametrize("quantifier", ["Several", "Few", "Various", "Numerous"])
def test_a_quantifier_opening_a_sentence_is_no_name(quantifier: str) -> None:
    """``Several harbours …``: a quantifier heads a description (like ``Many`` and ``Some``),
    whatever follows it; the text nowhere writing it in lower case makes no name of it."""
    text = f"The storm closed the coast road. {quantifier} harbours stayed shut until noon."
    assert not [m for m in quoteattr.attribute(text).mentions if m.text == quantifier]


@pytest.mark.parametrize("body", ["countries", "nations", "delegations", "members"])
def test_a_quantified_group_of_states_speaks_as_a_group(body: str) -> None:
    """``Several countries called it “…”``: the group is the speaker, not its quantifier."""
    text = (f"The treaty draft went round the table on Monday. Several {body} called the "
            "new clause “a step too far.”")
    assert _speaker_of(text, "a step too far.") == body


# --- a group with a phrase of place or body before its cue ----------------------------------------


@pytest.mark.parametrize("group", ["Officials in Port Ellis", "Farmers across Dunmore County",
                                   "Several lawmakers from Ossory", "Residents of Kilbride"])
def test_a_group_with_a_phrase_of_place_is_the_speaker_not_the_place(group: str) -> None:
    """``Officials in New Orleans urged …``: the capitalised place right before the cue is
    the object of ``in``; the group with its phrase is the speaker."""
    text = f"The water kept rising. {group} said the levee was “holding for now.”"
    assert _speaker_of(text, "holding for now.") == group.removeprefix("Several ")


def test_a_phrase_of_time_is_not_part_of_the_group() -> None:
    """``Unions on Monday said``: a day is no place; the group is the unions alone."""
    text = "The strike went on. Unions on Monday said the offer was “an insult.”"
    assert _speaker_of(text, "an insult.") != "Unions on Monday"


# --- titles: a capitalised place before a whole title; a middle initial M. ------------------------


@pytest.mark.parametrize("tagged, name, title", [
    ("Ossory Attorney General Paul Keene", "Paul Keene", "Ossory Attorney General"),
    ("Kilbride Inspector General Rhona Blake", "Rhona Blake", "Kilbride Inspector General"),
    ("U.S. Surgeon General Ann Vega", "Ann Vega", "U.S. Surgeon General"),
    ("Director-General Ann Vega", "Ann Vega", "Director-General")])
def test_a_title_completed_by_the_names_first_word_takes_it(
        tagged: str, name: str, title: str) -> None:
    """``Texas Attorney General Paul Keene`` was read as the title ``Texas Attorney`` (a place
    and a role) and the name ``General Paul Keene``: the role and the name's first word are
    a title of the table (``Attorney General``), so that word is the title's."""
    doc = quoteattr.attribute(f"“Not today,” {tagged} said.")
    m = next(m for m in doc.mentions if m.kind == "name")
    assert (m.name, m.title) == (name, title)


def test_a_name_run_into_a_title_is_not_part_of_it() -> None:
    """``Photo Service Secretary of State Jane Roe``: an agency's name is no place."""
    doc = quoteattr.attribute("Photo Service Secretary of State Jane Roe said “not yet.”")
    assert [(m.name, m.title) for m in doc.mentions if m.title] == [
        ("Jane Roe", "Secretary of State")]


def test_a_middle_initial_m_is_no_title() -> None:
    """``Steven M. Ekovich``: a one-letter title (French ``M.``) is not looked for after a
    capitalised word; the name runs on.  ``M. Poirot`` alone keeps its title."""
    names = {(m.name, m.title) for m in quoteattr.attribute(
        "“Yes,” said Steven M. Ekovich. “Non,” said M. Poirot.").mentions}
    assert names == {("Steven M. Ekovich", None), ("Poirot", "M.")}


def test_a_function_word_before_a_title_is_no_part_of_it() -> None:
    """``Both Ms. Conway and Mr. Bannon``: ``Both`` modifies no title."""
    titles = {m.title for m in quoteattr.attribute(
        "Both Ms. Conway and Mr. Bannon said the plan was “sound.”").mentions}
    assert titles == {"Ms.", "Mr."}


# --- a plural description with no determiner after "according to" -------------------------------


@pytest.mark.parametrize("source, speaker", [
    ("officials", "officials"),
    ("people familiar with the talks", "people familiar with the talks"),
    ("aides in both parties", "aides in both parties"),
    ("officials who spoke on condition of anonymity because the talks were private",
     "officials")])
def test_a_bare_plural_after_according_to_is_the_source(source: str, speaker: str) -> None:
    """``according to people familiar with the talks``: the group, with its phrase when
    that runs to the clause's end (else the head alone), is who said it."""
    text = f"The deal is “very close,” according to {source}."
    assert _speaker_of(text, "very close,") == speaker


@pytest.mark.parametrize("source, speaker", [("two officials", "officials"),
                                             ("Ines Vidal", "Ines Vidal")])
def test_a_source_with_a_determiner_or_a_name_is_read_as_before(source: str,
                                                                speaker: str) -> None:
    """A description with a determiner (or a number) and a name are found as any other."""
    text = f"The deal is “very close,” according to {source}."
    assert _speaker_of(text, "very close,") == speaker


# --- a description's phrase after the head -------------------------------------------------------


@pytest.mark.parametrize("tag", ["a spokesman for the harbour board said",
                                 "a spokesman for the board said"])
def test_a_descriptions_phrase_stops_before_the_verb_of_saying(tag: str) -> None:
    """``“…,” a spokesman for the company said.``: the phrase's last word may be followed by
    another lower-case word before the stop, but never by the verb of saying, which the
    description swallowed, leaving the quote with no tag."""
    text = f"The ferry will not sail. “The pier is unsafe,” {tag}."
    assert _speaker_of(text, "The pier is unsafe,") == tag.removeprefix("a ").removesuffix(
        " said")


@pytest.mark.parametrize("phrase", ["close to the board", "familiar with the talks",
                                    "briefed on the plan", "loyal to the mayor"])
def test_a_source_close_to_someone_is_one_description(phrase: str) -> None:
    """``a source close to the company said``: the phrase is the source's, and the company
    right before the verb is not its subject."""
    text = f"The ferry will not sail. “The pier is unsafe,” a source {phrase} said."
    assert _speaker_of(text, "The pier is unsafe,") == f"source {phrase}"


# --- a description before a phrase set off by commas before its cue -------------------------------


@pytest.mark.parametrize("aside", ["in a statement", "for its part", "which runs the ferries"])
def test_a_description_before_an_aside_is_the_speaker(aside: str) -> None:
    """``The port authority, in a statement, called …``: a description no lexicon head names
    (``authority``) is read right before a cue, and also before a phrase set off by commas
    there, when it opens its clause."""
    text = f"The pier closed. The harbour authority, {aside}, called the pier “unsafe.”"
    assert _speaker_of(text, "unsafe.") == "harbour authority"


def test_a_description_before_a_long_aside_is_the_speaker() -> None:
    """``A harbour official, speaking on the condition of anonymity to discuss the
    talks, said …``: an aside of the length news gives its conditions of
    anonymity (up to a hundred characters) is read past too; the words after the
    cue are what was said, never an inverted subject (``said the pier remained
    unsafe.`` is no description)."""
    text = ("A harbour official, speaking on the condition of anonymity to discuss private "
            "talks, said the pier remained unsafe.")
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert [(r["speaker"], r["text"]) for r in doc.records()] == [
        ("harbour official", "the pier remained unsafe")]


@pytest.mark.parametrize(("text", "who"), [
    ("Critics, including the rowing club of Dunmere, have called the bridge “ugly.”", "Critics"),
    ("Several lawmakers, among them two brothers, said the bridge was “ugly.”", "lawmakers"),
    ("The pier closed. Residents, many of whom fish off it, called it “a loss.”", "Residents"),
])
def test_a_group_before_an_aside_is_the_speaker(text: str, who: str) -> None:
    """``Critics, including the rowing club, have called …``: a plural group that
    opens its clause speaks over a phrase set off by commas (one that names others
    in the group, or a relative clause) and an auxiliary before the cue."""
    assert _speaker_of(text, text[text.index("“") + 1:text.index("”")]) == who


def test_a_group_inside_a_phrase_before_an_aside_is_no_speaker() -> None:
    """Near miss: in ``A letter from residents, including …, has called`` the group
    is in a phrase, not the clause's opening: the letter speaks, not the residents."""
    text = "A letter from residents, including two rowers, has called the bridge “ugly.”"
    assert _speaker_of(text, "ugly.") == "letter from residents"


@pytest.mark.parametrize("text", [
    "He crossed to the harbour master, basin in hand, said: “Please, sir.”",
    "The ferry, loaded with cars, continued: “Please, sir.”"])
def test_an_oblique_or_a_thing_going_on_before_an_aside_is_no_speaker(text: str) -> None:
    """Not a description in a phrase (``to the harbour master``), nor a thing that goes on."""
    assert _speaker_of(text, "Please, sir.") not in ("harbour master", "ferry")


def test_a_place_in_a_phrase_is_no_appositive_of_the_description_after_it() -> None:
    """``In Ossory, the port authority, …``: what follows a place in a phrase and its comma
    does not rename the place; the description speaks for itself."""
    text = "In Ossory, the port authority, in a statement, said the pier was “unsafe.”"
    assert _speaker_of(text, "unsafe.") == "port authority"


@pytest.mark.parametrize("tagged, name, title", [
    ("Republican Karen Holt", "Karen Holt", "Republican"),
    ("Democrat Lisa Moreno", "Lisa Moreno", "Democrat"),
    ("But Republican Karen Holt", "Karen Holt", "Republican")])
def test_a_party_before_a_name_is_the_names_modifier(tagged: str, name: str, title: str) -> None:
    """``Republican Karen Holt``: a party or a country before a person's name is a modifier,
    as a title is, so that one person has one name (it was "Republican Karen Holt" here
    and "Karen Holt" elsewhere, the longest taken as the person's)."""
    doc = quoteattr.attribute(f"{tagged} said the plan was “dead.”")
    m = next(m for m in doc.mentions if m.kind == "name")
    assert (m.name, m.title, m.text) == (name, title, f"{title} {name}")


def test_a_party_word_in_a_two_word_name_stays() -> None:
    """``Green Day``, ``Independent Voices``: a name of two words keeps its first."""
    assert [m.name for m in quoteattr.attribute(
        "Independent Voices said the plan was “dead.”").mentions] == ["Independent Voices"]


def test_a_descriptions_phrase_ends_with_its_sentence() -> None:
    """``a spokeswoman for Norvane Power. She said …``: the phrase of the description
    ends at the stop after ``Power`` (two lower-case letters before it: no
    abbreviation), so the next sentence's *she* is a mention that speaks."""
    text = ("“Crews are out,” said Ann Lee, a spokeswoman for Norvane Power. She said "
            "most homes would have power by Tuesday.")
    assert "a spokeswoman for Norvane Power" in [m.rstrip(".") for m in _mentions(text)]
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert [(r["text"], r["speaker"]) for r in doc.records() if r["kind"] == "indirect"] == [
        ("most homes would have power by Tuesday", "Ann Lee")]


def test_a_groups_place_ends_with_its_sentence() -> None:
    """``officials in Port Ellis. She said``: the place after a bare group ends at the
    stop; *she* opens the next sentence and speaks."""
    text = "Ann Lee spoke to officials in Port Ellis. She said the ferry was ready."
    assert "officials in Port Ellis. She" not in _mentions(text)
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert [(r["text"], r["speaker"]) for r in doc.records() if r["kind"] == "indirect"] == [
        ("the ferry was ready", "Ann Lee")]


def test_a_descriptions_phrase_runs_over_an_abbreviations_stop() -> None:
    """Near miss: ``a spokesman for the U.S. Army`` and ``for St. Ives Council``: a
    stop after capitals or after one lower-case letter is an abbreviation's."""
    for body in ("the U.S. Army", "St. Ives Council"):
        text = f"“No,” said a spokesman for {body}. She left."
        assert f"a spokesman for {body}" in [m.rstrip(".") for m in _mentions(text)]


# --- a body's name over "of", "for", "and" --------------------------------------------------


@pytest.mark.parametrize("body", [
    "Bank of Ardmore", "Federal Bureau of Inland Fisheries", "Centers for Coastal Research",
    "Food and Fodder Administration", "Ports and Harbours Agency", "Unity and Renewal Party",
])
def test_a_bodys_name_runs_over_of_for_and(body: str) -> None:
    """A name ending in a body's head joins the name an ``of`` or ``for`` puts
    after it, and one or two words an ``and`` puts before it: one body, which
    speaks as the tag's subject."""
    text = f"“The figures are wrong,” the {body} said in a statement."
    assert _speaker_of(text, "The figures are wrong,") == body
    assert f"the {body}" in _mentions(text, "org")


@pytest.mark.parametrize("text, names", [
    # two bodies of their own names, joined by "and": two speakers
    ("Norvane and Kestrel Group said on Monday that talks had failed.",
     ["Norvane", "Kestrel Group"]),
    # a person and a body are never one name
    ("Ann Lee and the Budget Committee said on Monday that talks had failed.",
     ["Ann Lee", "the Budget Committee"]),
    ("Dana Holt and Budget Committee members met.", ["Dana Holt", "Budget Committee"]),
])
def test_names_an_and_joins_that_are_not_one_body(text: str, names: list[str]) -> None:
    """Near miss: ``and`` joins a word or two to a body's name only when they
    are no name of their own: a person's full name or a one-word body's stays apart."""
    assert [m for m in _mentions(text) if m[0].isupper() or m.startswith("the ")] == names


def test_a_commission_committee_or_council_runs_over_on() -> None:
    """``the Council on Coastal Affairs``: one body; ``the Party on Facebook`` is not."""
    text = "“It is a mistake,” said Dana Holt of the Council on Coastal Affairs."
    assert "the Council on Coastal Affairs" in _mentions(text, "org")
    text = "“We disagree,” the Party on Facebook said."
    assert "the Party on Facebook" not in _mentions(text)


@pytest.mark.parametrize("body", ["American Nurses Association", "Democratic National Committee",
                                  "French Wine Council"])
def test_a_party_or_country_opening_a_bodys_name_is_part_of_it(body: str) -> None:
    """``American`` of ``American Nurses Association`` is no person's affiliation:
    a name ending in a body's head keeps its first word."""
    text = f"“We object,” the {body} said."
    assert _speaker_of(text, "We object,") == body


@pytest.mark.parametrize("title, name", [
    ("Pastor", "Luis Ocampo"), ("Sister", "Agnes Dwyer"), ("Principal", "Dana Holt"),
    ("Alderman", "Tom Reed"), ("Inspector", "Ruth Vane"), ("Trooper", "Ines Vidal"),
    ("Councilmember", "Ana Ruiz"), ("Council Member", "Ana Ruiz"), ("Supervisor", "Jo Kim"),
    ("Selectwoman", "Ruth Vane"), ("Det.", "Tom Reed"), ("Fr.", "Luis Ocampo"),
])
def test_offices_of_a_town_a_school_a_church_are_titles(title: str, name: str) -> None:
    """``Pastor Luis Ocampo said``: the office is the name's title, not its first word."""
    text = f"“Stay calm,” {title} {name} said."
    assert _speaker_of(text, "Stay calm,") == name


def test_a_surname_that_is_an_office_stays_a_name() -> None:
    """Near miss: Deacon, Constable are surnames as often: no title, so ``Deacon said``
    alone is still a person."""
    text = "Colleen Deacon won the primary. “It was close,” Deacon said."
    assert _speaker_of(text, "It was close,") == "Colleen Deacon"


@pytest.mark.parametrize("text, description", [
    ("A U.S. District Court judge sided with the islanders.", "A U.S. District Court judge"),
    ("The U.N. envoy left early.", "The U.N. envoy"),
])
def test_an_abbreviation_with_stops_modifies_a_description(text: str, description: str
                                                           ) -> None:
    """``a U.S. District Court judge``: an abbreviation with stops is one of a
    description's modifiers."""
    assert description in _mentions(text, "nominal")


@pytest.mark.parametrize("text, description, speaker", [
    ("“Rates will hold,” a Bank of Avalon spokesman said.", "a Bank of Avalon spokesman",
     "Bank of Avalon spokesman"),
    ("A Ministry of Ports official said the quay would reopen.",
     "A Ministry of Ports official", "Ministry of Ports official"),
])
def test_a_bodys_name_with_of_modifies_a_description(text: str, description: str,
                                                     speaker: str) -> None:
    """``a Bank of Avalon spokesman``: a body's name joined by *of* is one of a
    description's modifiers; the person speaks, not the body (which was the speaker,
    or no one)."""
    assert description in _mentions(text, "nominal")
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert [r["speaker"] for r in doc.records()] == [speaker]


def test_a_bodys_name_with_of_and_no_role_after_stays_the_body() -> None:
    """Near miss: ``The Ministry of Ports said …``: no person's noun after the name,
    the body speaks."""
    doc = quoteattr.attribute("The Ministry of Ports said the quay would reopen.",
                              quoteattr.Config(indirect=True))
    assert [r["speaker"] for r in doc.records()] == ["Ministry of Ports"]


def test_a_word_ending_a_sentence_does_not_modify_the_next() -> None:
    """Near miss: a stop that ends a sentence is no abbreviation's (``the end.
    Officials …`` is no description)."""
    assert not any(m.startswith("the end") for m in
                   _mentions("It was the end. Officials said little.", "nominal"))


@pytest.mark.parametrize("opener", ["Already", "Maybe", "Yesterday", "Overall"])
def test_a_sentence_adverb_is_no_name(opener: str) -> None:
    """``Already, Donald Trump has …``: a sentence adverb opening the sentence is no name."""
    text = f"{opener}, Dana Holt has said the plan is “dead.”"
    assert opener not in _mentions(text)
    assert _speaker_of(text, "dead.") == "Dana Holt"


def test_an_outlet_ending_in_today_keeps_its_name() -> None:
    """Near miss: ``USA Today`` keeps its last word (``today`` is no stop word)."""
    assert "USA Today" in _mentions("“We stand by it,” USA Today said.")


@pytest.mark.parametrize("text", [
    "She chose the candidate who won the most pledged delegates, and Ann Lee left.",
    "The widely reported remark drew “outrage” from the council.",
    "It was an oft-repeated claim, and a “lie.”",
])
def test_a_participle_after_a_determiner_and_a_degree_word_is_no_cue(text: str) -> None:
    """``the most pledged delegates``, ``a widely reported remark``: a participle
    after a determiner and an adverb of degree is an adjective, no verb of saying."""
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert all(r["cue"] not in ("pledged", "reported", "repeated") for r in doc.records())


def test_a_participle_after_a_subject_and_a_degree_word_is_a_cue() -> None:
    """Near miss: ``Ann Lee widely reported that …`` — no determiner: a verb."""
    doc = quoteattr.attribute("Ann Lee widely reported that the ferry was “late.”")
    assert [r["cue"] for r in doc.records() if r["kind"] == "direct"] == ["reported"]


@pytest.mark.parametrize("opener", ["Extravagance", "Mortification", "Friendship", "Happiness",
                                    "Anxious", "Grateful", "Miserable"])
def test_an_abstract_noun_opening_a_sentence_is_no_name(opener: str) -> None:
    """``Extravagance had ruined him.``: a word of an abstract noun's shape opening a
    sentence, nowhere else a name, is no person, a verb after it or not."""
    text = f"Tom Hale came in. {opener} had ruined him. “I must go,” said he."
    assert opener not in _mentions(text)
    assert _speaker_of(text, "I must go,") == "Tom Hale"


@pytest.mark.parametrize("name", ["Constance", "Florence", "Lawrence"])
def test_a_given_name_of_an_abstract_nouns_shape_is_a_name(name: str) -> None:
    """Near miss: ``Constance had left.``: a given name the census knows stays one."""
    assert _speaker_of(f"{name} had left. “I must go,” said {name}.", "I must go,") == name


# --- an age or a nation standing for a person ---------------------------------------------------


@pytest.mark.parametrize("text, mention", [
    ("“I just hit it,” the 29-year-old said.", "the 29-year-old"),
    ("“I just hit it,” said the 29-year-old, grinning.", "the 29-year-old"),
    ("“It rained,” said the seventy-year-old.", "the seventy-year-old"),
    ("“It was a good day,” the Spaniard said.", "the Spaniard"),
])
def test_an_age_or_a_nation_after_the_is_a_description(text: str, mention: str) -> None:
    """``the 29-year-old said``, ``the Spaniard said``: a description of a
    person, found next to the cue (no word pattern reads a number as a head)
    and never a name."""
    assert mention in _mentions(text, "nominal")
    assert not _mentions(text, "name")


def test_a_nation_word_opening_a_name_stays_in_it() -> None:
    """Near miss: without *the* the word is no description (``German Lopez``)."""
    assert "German Lopez" in _mentions("“It rained,” German Lopez said.", "name")


@pytest.mark.parametrize("text", [
    "The Ethiopian runner Abebe Tola said it “rained.”",
    "Ethiopian runner Abebe Tola said it “rained.”",
    "“It rained,” said Ethiopian runner Abebe Tola.",
])
def test_a_nation_word_before_a_noun_is_a_modifier(text: str) -> None:
    """Near miss: before a noun (``the Ethiopian runner Abebe Tola``) the word
    modifies it: no description nor name of its own; the name is found."""
    assert "the Ethiopian" not in _mentions(text, "nominal")
    assert "Ethiopian" not in _mentions(text, "name")
    assert _speaker_of(text, "rained." if "“rained" in text else "It rained,") == "Abebe Tola"


@pytest.mark.parametrize("text", [
    "Her captain, Sam Okafor, scored the winner. “I just hit it,” the 29-year-old said.",
    "Sam Okafor scored the winner in stoppage time.\n\n“I just hit it,” said the 29-year-old.",
])
def test_an_age_epithet_is_the_person_just_named(text: str) -> None:
    """``Sam Okafor scored … “…,” the 29-year-old said``: news names someone by
    an age right after naming them: the most salient person of the last few
    sentences speaks."""
    assert _speaker_of(text, "I just hit it,") == "Sam Okafor"


def test_an_age_epithet_with_no_one_named_is_its_own_speaker() -> None:
    """Near miss: with no one named before it, the description speaks itself."""
    assert _speaker_of("“I just hit it,” the 29-year-old said.", "I just hit it,") == \
        "29-year-old"


# --- an occupation the lexicon does not list, before a name -----------------------------------


@pytest.mark.parametrize(("role", "name"), [
    ("Meteorologist", "Dana Cho"), ("Physician", "Ana Lopes"), ("Pharmacist", "Tom Reyes"),
    ("Choreographer", "Iris Vell"), ("Podiatrist", "Sam Oduya"),
])
def test_a_word_shaped_as_an_occupation_before_a_name_is_its_title(role: str,
                                                                    name: str) -> None:
    """``Meteorologist Dana Cho said``: a capitalised word ending as occupations
    do (-ologist, -ician, -ographer, -iatrist, -ist) before a name of two words
    is a role, as ``Economist`` (listed) is: the speaker is the person, and a
    later surname is the same one."""
    text = f"{role} {name} said the river had crested. “It rose a foot an hour,” " \
           f"{name.split()[1]} said."
    recs = quoteattr.attribute(text).records()
    assert [r["speaker"] for r in recs] == [name]
    assert [m.title for m in quoteattr.attribute(text).mentions if m.kind == "name"][0] == role


@pytest.mark.parametrize(("word", "shaped"), [
    ("Lindqvist", False), ("Almquist", False), ("Florist", True), ("Ist", False),
    ("Psychologist", True), ("Statistician", True), ("Lobbyist", True),
])
def test_which_words_have_the_shape_of_an_occupation(word: str, shaped: bool) -> None:
    """Near misses: the Nordic surnames in ``-quist``/``-qvist``, a word too short."""
    from quoteattr._mentions import _occupation
    assert _occupation(word) is shaped


# --- a headline in title case ------------------------------------------------------------------


@pytest.mark.parametrize("headline", [
    "Mayors Rally To Ines Vidal Over Ferry Cuts",
    "Town Sides With Ines Vidal",
    "Fares Rise Under Ines Vidal",
])
def test_a_title_case_headline_runs_no_words_into_a_name(headline: str) -> None:
    """``Mayors Rally To Ines Vidal``: a capitalised preposition or conjunction
    inside a run of capitalised words shows that the words before it are no part
    of the name; the person named in the story is the same one, with one name."""
    text = f"{headline}\n\n“The ferries must run,” Ines Vidal said on Monday."
    assert any(m.name == "Ines Vidal" and m.start < len(headline)
               for m in quoteattr.attribute(text).mentions)
    assert [s.name for s in quoteattr.attribute(text).speakers] == ["Ines Vidal"]


def test_a_name_with_a_lower_case_particle_or_of_keeps_its_words() -> None:
    """Near miss: ``Bank Of America`` (no preposition of the list: *of* names
    bodies) and a double given name stay whole."""
    names = [m.name for m in quoteattr.attribute(
        "The Bank Of America agreed. Mary Ann Evans wrote back.").mentions]
    assert "Bank Of America" in names and "Mary Ann Evans" in names


@pytest.mark.parametrize("opener", ["Outside", "Upstairs", "Overhead", "Elsewhere", "Tonight"])
def test_a_sentence_opening_adverb_of_place_or_time_is_not_a_name(opener: str) -> None:
    """``Outside, the rain had stopped.``: an adverb of place or time opening a
    sentence is no one; the quote-only paragraph after it is not its speaker's."""
    text = f"“The barn is gone,” Tom Briar said.\n\n{opener}, the rain had stopped.\n\n“Good.”"
    assert opener not in _mentions(text)
    assert _speaker_of(text, "Good.") != opener


@pytest.mark.parametrize("name", ["Linda Fox", "Grace Park", "Tom Church"])
def test_a_given_name_before_a_head_that_is_a_surname_too_is_a_person(name: str) -> None:
    """``Linda Fox smiled. “…,” she said.``: a given name of a strong gender before
    a word that heads places and bodies but is a surname as often (*Fox*, *Park*,
    *Church* …) names a person, whom *she* or *he* can stand for."""
    pron = "she" if name.split()[0] in ("Linda", "Grace") else "he"
    text = f"{name} smiled. “Not a chance,” {pron} said."
    assert _speaker_of(text, "Not a chance,") == name


def test_a_census_given_name_before_such_a_head_is_a_person_set_off_by_a_description() -> None:
    """``a spokeswoman, Lena Park, said``: *Lena* is a given name of the census; the
    name set off after the description is the speaker."""
    text = "“We have no comment,” a spokeswoman, Lena Park, said."
    assert _speaker_of(text, "We have no comment,") == "Lena Park"


def test_a_place_head_after_a_word_that_is_no_given_name_stays_a_place() -> None:
    """Near miss: ``Central Park`` is no person (its first word is no given name)."""
    assert all(m.kind != "name" or m.name != "Central Park"
               for m in quoteattr.attribute("They walked to Central Park. Tom left.").mentions)


@pytest.mark.parametrize("name", ["Ursula von der Leyen", "Juan Carlos de la Fuente",
                                  "Pieter van der Berg", "Abu Bakr al-Baghdadi"])
def test_a_name_with_two_particles_or_an_article_prefix_is_whole(name: str) -> None:
    """``von der Leyen``, ``de la Fuente``, ``al-Baghdadi``: two particles in a row, or
    the Arabic article joined by a hyphen, are inside one name."""
    assert _speaker_of(f"“We will appeal,” said {name}.", "We will appeal,") == name


@pytest.mark.parametrize(("text", "name"), [
    ("Labour MP Helen Farraday said it was “troubling.”", "Helen Farraday"),
    ("Cllr Janet Moss said it was “troubling.”", "Janet Moss"),
    ("Baroness Ann Vere said it was “troubling.”", "Ann Vere"),
])
def test_british_titles_stand_before_a_name(text: str, name: str) -> None:
    """``MP``, ``Cllr``, ``Baroness``: titles of British seats and peers, read off the
    name as *Sen.* and *Mayor* are."""
    assert _speaker_of(text, "troubling.") == name


@pytest.mark.parametrize(("text", "name"), [
    ("“The fire got away,” said Asst. Chief Nell Brandt.", "Nell Brandt"),
    ("“The ruling stands,” said Atty. Gen. Omar Vance.", "Omar Vance"),
    ("“Stand easy,” said Sgt. Maj. Rhys Gower.", "Rhys Gower"),
    ("“Bless you all,” said Msgr. Liam Tobin.", "Liam Tobin"),
    ("“Talks go on,” said Amb. Keiko Sato.", "Keiko Sato"),
    ("“Nobody was hurt,” said Ofc. Rita Salas.", "Rita Salas"),
    ("Ald. Joe Pruitt voted no. “It is a giveaway,” he said.", "Joe Pruitt"),
])
def test_abbreviated_offices_of_news_copy_stand_before_a_name(text: str, name: str) -> None:
    """``Asst. Chief``, ``Atty. Gen.``, ``Sgt. Maj.``, ``Msgr.``, ``Amb.``, ``Ofc.``,
    ``Ald.``: the abbreviated titles of news copy are titles, not the speaker's
    name (``said Asst.`` was the speaker), and no sentence ends at their stop."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == name


def test_an_abbreviated_office_word_is_no_title_before_a_number() -> None:
    """Near miss: ``Sec. 4`` (a section) names no one; ``Ald.`` ends no sentence."""
    doc = quoteattr.attribute("Under Sec. 4 of the act, Ald. Joe Pruitt said, “No.”")
    assert [r["speaker"] for r in doc.records()] == ["Joe Pruitt"]
    assert len(doc.sentences) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("“Who blew that out?” asked Mr. Tuttle.\n\n“Not I,” said the Reverend Mr. Oakes.",
     "Oakes"),
    ("“Who blew that out?” asked Mr. Tuttle.\n\n“Not I,” said the Rev. Mr. Oakes.", "Oakes"),
    ("His niece Fanny sat by the window.\n\n“It is nothing,” she said.", "Fanny"),
    ("His stepson Robin sat by the window.\n\n“It is nothing,” he said.", "Robin"),
])
def test_a_clergymans_rank_and_a_relatives_word_before_a_name_are_its_title(
        text: str, name: str) -> None:
    """``the Reverend Mr. Oakes``: a rank before a title of address is one title;
    ``his niece Fanny``, ``his stepson Robin``: a word of kinship before a name is
    its title, as ``his sister Fanny`` is; the speaker is the person named."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == name


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("“The plan was doomed,” Voss replies.", "The plan was doomed,", "Voss"),
    ("“The plan was doomed,” replies Voss.", "The plan was doomed,", "Voss"),
    ("“It was a fraud,” the report claims.", "It was a fraud,", "report"),
])
def test_a_noun_like_verb_of_saying_after_a_quotation_or_a_document_is_a_cue(
        text: str, quote: str, speaker: str) -> None:
    """``“…,” Voss replies.``, ``“…,” replies Voss.``, ``the report claims``: a form
    that may be a noun (*replies*, *claims*, *states*) is a verb right after a
    quotation's closing mark and its comma, after one name there, and after a
    document's description."""
    assert _speaker_of(text, quote) == speaker


def test_a_noun_like_form_after_a_single_capitalised_word_elsewhere_stays_a_noun() -> None:
    """Near miss: ``Petulant replies filled the room.``: one capitalised word opening
    a sentence, no quotation before it: a noun."""
    from quoteattr._cues import find_cues
    assert find_cues("Petulant replies filled the room.", []) == []
    assert [c.text for c in find_cues("“No,” Voss replies.", [])] == ["replies"]


def test_a_description_does_not_run_over_an_abbreviation_ending_a_sentence() -> None:
    """``based in the U.S. The chief executive said``: an abbreviation with stops
    then a capitalised determiner ends one sentence and opens the next; the
    description is the second sentence's (``the chief executive``)."""
    text = "The company is based in the U.S. The chief executive said: “Sales were strong.”"
    assert _speaker_of(text, "Sales were strong.") == "chief executive"


def test_an_abbreviation_modifying_a_head_stays_in_its_description() -> None:
    """Near miss: ``a U.S. District Court judge``: the abbreviation modifies the head."""
    text = "The firm hired a U.S. District Court judge, who said: “No.”"
    assert _speaker_of(text, "No.") == "U.S. District Court judge"


@pytest.mark.parametrize(("text", "name"), [
    ("“We had the whole route planned,” said 16-year-old Priya Nand.", "Priya Nand"),
    ("“The river came up fast,” said 82-year-old farmer Walt Ebner.", "Walt Ebner"),
])
def test_an_age_before_a_name_after_its_cue_is_a_word_of_its_role(text: str, name: str) -> None:
    """``said 16-year-old Priya Nand``: an age stands among the words of a role
    between an inverted cue and the name (``said former county judge …``); the
    quote had no speaker."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == name


def test_an_age_before_a_name_in_a_reported_clause_is_no_speaker() -> None:
    """Near miss: ``The doctor said 16-year-old Priya Nand was stable.`` reports a
    clause about her: the doctor is its speaker."""
    doc = quoteattr.attribute("The doctor said 16-year-old Priya Nand was stable.",
                              quoteattr.Config(indirect=True))
    assert [(r["speaker"], r["text"]) for r in doc.records()] == [
        ("doctor", "16-year-old Priya Nand was stable")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“She was our light,” Owen Prady said.\n\n“We thank everyone who searched,” the family "
     "said in a statement.", "family"),
    ("“We thank everyone who searched,” the Prady family said.", "Prady family"),
])
def test_a_family_speaks_as_a_body(text: str, speaker: str) -> None:
    """``the family said in a statement``: a family speaks as one body, as a
    campaign or a club does; the quote is neither the last person's (a
    continuation of Owen Prady's) nor the surname's (``the Prady family`` is no
    person called Prady)."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == speaker


def test_a_person_who_grew_up_in_a_family_still_speaks() -> None:
    """Near miss: ``Owen Prady grew up in a large family. “…,” he said.`` is his."""
    doc = quoteattr.attribute("Owen Prady grew up in a large family. “We were poor,” he said.")
    assert doc.records()[0]["speaker"] == "Owen Prady"


@pytest.mark.parametrize("sound", ["The dog barked.", "The kettle hissed.",
                                   "Outside the wind howled."])
def test_an_animal_a_machine_or_the_weather_making_a_sound_tags_no_quote(sound: str) -> None:
    """``“Good.” The dog barked. “Quiet, Rex.”``: a verb of saying whose subject is
    an animal, a machine or the weather is a sound, no tag: the quotes are the
    exchange's (Hal's turn), not the dog's at 0.99."""
    text = ("“Is the ferry running?” asked Hal.\n\n“Not today,” said Iris.\n\n"
            f"“Good.” {sound} “Then we stay.”")
    speakers = [r["speaker"] for r in quoteattr.attribute(text).records()]
    assert speakers[2:] == ["Hal", "Hal"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Out of my yard!” the old ferryman growled.", "old ferryman"),
    ("“Shut it,” said the boy who held the door.", "boy who held the door"),
])
def test_a_person_unknown_to_the_lexicon_still_growls(text: str, speaker: str) -> None:
    """Near miss: a description whose head the lexicon does not know (*ferryman*)
    is still a speaker with a verb of sound, and a thing in its relative clause
    (*door*) is not its head."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == speaker


@pytest.mark.parametrize(("text", "name"), [
    ("Presidential hopeful Sen. Dara Quill was critical, telling reporters: “It is a "
     "retreat.”", "Dara Quill"),
    ("“It is a retreat,” said Democratic candidate Gov. Ines Parr.", "Ines Parr"),
])
def test_a_role_before_an_abbreviated_title_is_part_of_the_title(text: str, name: str) -> None:
    """``presidential hopeful Sen. Dara Quill``: a role or a title before an
    abbreviated title is one title with it; ``Sen`` was the speaker's name and
    ``Dara Quill`` another person."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == name


def test_a_title_before_a_title_that_is_a_given_name_stays_apart() -> None:
    """Near miss: ``Coach Dean Smith``: *Dean* is his given name, not a second title."""
    assert _speaker_of("“We ran out of time,” said Coach Dean Smith.",
                       "We ran out of time,") == "Dean Smith"


@pytest.mark.parametrize(("text", "name"), [
    ("“The pool stays open,” said Martin May.", "Martin May"),
    ("“The pool stays open,” Theresa May said.", "Theresa May"),
    ("“The pool stays open,” said Ann June.", "Ann June"),
])
def test_a_month_after_a_given_name_is_a_surname(text: str, name: str) -> None:
    """``Theresa May``, ``Martin May``, ``Ann June``: a month that is a surname
    too, after a given name, ends the name instead of being dropped as a date's
    word (the speaker was ``Theresa``)."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == name


def test_a_month_before_a_day_is_no_surname() -> None:
    """Near miss: ``met Tom May 3``: the month before a day's number is a date's."""
    doc = quoteattr.attribute("Ann Lee met Tom May 3 in the capital.")
    assert [m.name for m in doc.mentions] == ["Ann Lee", "Tom"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Commander Ilse Varro came in. “Report,” she said.\n\n“All quiet,” said Okafor.\n\n"
     "“Explain,” said the commander.", "Ilse Varro"),
    ("“Heads down,” said Corporal Tam Dunn.", "Tam Dunn"),
    ("“Aye, sir,” said Ensign Lora Pike.", "Lora Pike"),
])
def test_ranks_written_out_are_titles(text: str, speaker: str) -> None:
    """``Commander``, ``Corporal``, ``Ensign`` written out are titles, as ``Cmdr.``
    and ``Cpl.`` were: ``said the commander`` is the one commander named."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == speaker


def test_private_is_no_title() -> None:
    """Near miss: ``Private`` is an adjective too (``Private Equity Fund``): no title."""
    from quoteattr import _lexicon as lx

    assert "Private" not in lx.TITLES


@pytest.mark.parametrize(("text", "name"), [
    ("“It is a scandal,” said Tory MP Wilf Cash.", "Wilf Cash"),
    ("“It is a scandal,” said SNP MP Ailsa Reid.", "Ailsa Reid"),
    ("“It is a scandal,” said Lib Dem councillor Ailsa Reid.", "Ailsa Reid"),
    ("“It is a scandal,” said BJP leader Ravi Menon.", "Ravi Menon"),
])
def test_parties_of_other_countries_modify_a_title(text: str, name: str) -> None:
    """``Tory MP``, ``SNP MP``, ``Lib Dem councillor``, ``BJP leader``: a party of
    Britain, India or Australia before a title is its modifier, as *Labour* and
    *Republican* are (the speaker was "Tory")."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == name


def test_congress_alone_is_still_a_body() -> None:
    """Near miss: ``Congress passed the bill.`` names a body, no one's title."""
    doc = quoteattr.attribute("Congress passed the bill. Ann Reid said no to it.")
    assert "Ann Reid" in [m.name for m in doc.mentions]
    assert all(m.title is None for m in doc.mentions)


@pytest.mark.parametrize(("text", "speaker"), [
    # where the speaker sits or stands, after a tag's description
    ("“Read it slowly,” said her father from his chair by the fire.", "father"),
    ("“Order!” cried a voice above the tumult.", "voice"),
    ("“Enough,” said the sergeant from the door.", "sergeant"),
    ("“Only me,” answered a voice from below.", "voice"),
    # what the speaker did as it was said, with no comma before
    ("“Go on,” said the ferryman wiping the rain from his face.", "ferryman"),
])
def test_a_place_or_an_act_after_a_tag_description_is_not_part_of_it(text: str,
                                                                      speaker: str) -> None:
    """``said her father from his chair by the fire``: the description after a tag ends
    where a phrase of place (``from his chair``, ``above the tumult``, ``from the door``)
    or a participle with its object (``wiping the rain``) begins; it made speakers
    "father from his chair by the fire" and "voice above the tumult"."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # an affiliation is part of the description
    ("“No comment,” said a spokesman from the ministry.", "spokesman from the ministry"),
    # an -ing word inside the description, or as its head
    ("“Go,” said the visiting professor.", "visiting professor"),
    ("“Go,” said the old king.", "old king"),
])
def test_an_affiliation_or_an_ing_word_stays_in_the_description(text: str,
                                                               speaker: str) -> None:
    """Near misses: ``from the ministry`` says whom the spokesman speaks for, and an
    -ing word that is no participle with an object (``visiting``, ``king``) is kept."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == speaker


@pytest.mark.parametrize("opener", ["Opposite", "Beside", "Along", "Past"])
def test_a_preposition_opening_an_inverted_sentence_is_no_name(opener: str) -> None:
    """``Opposite him sat Miss Dorrien.``: a preposition opening a sentence whose subject
    comes after its verb is no name (*Opposite* was a person, who took the next turn)."""
    text = (f"Mr. Ponder sat at the head of the table. {opener} him sat Miss Dorrien.\n\n"
            "“More tea?” said Mr. Ponder.\n\n“Thank you.”")
    assert opener not in _mentions(text)
    assert _speaker_of(text, "Thank you.") == "Dorrien"
