"""Speaker clusters (quoteattr._speakers): which mentions are one person.

Every text is invented for the mechanism it pins, with a near miss where the
same mechanism must not fire.
"""

from __future__ import annotations

import pytest

import quoteattr


def _speakers(text: str) -> dict[str, str | None]:
    """Each quote's content (stripped of its closing punctuation) and its speaker."""
    return {r["text"].rstrip(",. "): r["speaker"] for r in quoteattr.attribute(text).records()}


# --- a description set before a name renames that person ---------------------------------------


def test_a_description_apposed_before_a_name_is_that_person_later() -> None:
    """``The finance director, Ann Cole,`` then ``the finance director said``: one speaker."""
    text = ("The finance director, Ann Cole, presented the accounts. "
            "Later the finance director said the year had been “brutal.”")
    assert _speakers(text) == {"brutal": "Ann Cole"}


def test_a_description_used_before_the_apposition_joins_the_person() -> None:
    """``its finance director called …`` before ``The finance director, Ann Cole,``:
    the earlier description is the same person (read once the document is read)."""
    text = ("Its finance director called the year “brutal.” "
            "The finance director, Ann Cole, said costs had risen.")
    assert _speakers(text) == {"brutal": "Ann Cole"}
    doc = quoteattr.attribute(text)
    assert [s.name for s in doc.speakers if s.name == "Ann Cole"] == ["Ann Cole"]
    assert not any(s.name == "finance director" for s in doc.speakers)


def test_an_indefinite_description_before_a_name_renames_it() -> None:
    """``a regional minister, Pavel Orlov,`` then ``the regional minister``."""
    text = ("The plan was backed by a regional minister, Pavel Orlov, on Monday. "
            "The regional minister called it “a real start.”")
    assert _speakers(text) == {"a real start": "Pavel Orlov"}


@pytest.mark.parametrize("text", [
    # no comma closes the name: a clause's object, then the next clause's subject
    "She thanked him for fetching her aunt, Colonel Hale was told. Her aunt called it “nothing.”",
    # the description's gender is not the name's
    "They waited for her aunt, Colonel Hale, at the gate. Her aunt called it “nothing.”",
])
def test_a_comma_between_description_and_name_is_not_always_apposition(text: str) -> None:
    """Apposition needs the name set off on both sides and genders that agree."""
    assert _speakers(text)["nothing"] != "Colonel Hale"


# --- a surname stays with the person first named by it -------------------------------------------


def test_a_spouse_named_by_first_name_does_not_take_the_surname() -> None:
    """``Rita Sorel … her husband, Tom, … Tom Sorel`` then ``Sorel said``: Rita, the
    one the article first named by the surname; the husband is named in full."""
    text = ("Rita Sorel came with her husband, Tom, to the rally. Sorel has taught for years. "
            "“It goes in one ear and out the other,” Tom Sorel said. "
            "“We drove all night,” Sorel said.")
    sp = _speakers(text)
    assert sp["It goes in one ear and out the other"] == "Tom Sorel"
    assert sp["We drove all night"] == "Rita Sorel"


def test_a_bare_surname_for_one_person_still_joins_the_full_name() -> None:
    """``Sorel`` alone and then ``Rita Sorel``: one person (the near miss of the above)."""
    text = "“We drove all night,” Sorel said. Rita Sorel later added: “We would do it again.”"
    sp = _speakers(text)
    assert sp["We drove all night"] == sp["We would do it again"] == "Rita Sorel"


# --- an appositive after a name ------------------------------------------------------------------


def test_a_description_after_a_name_and_a_comma_renames_it() -> None:
    """``Ivo Marsh, the governor,`` then ``the governor said``: one speaker."""
    text = ("Ivo Marsh, the governor, closed the accounts at dawn. "
            "“Nobody spends today,” the governor said.")
    assert _speakers(text) == {"Nobody spends today": "Ivo Marsh"}


def test_a_possessor_after_a_name_and_a_comma_is_no_appositive() -> None:
    """Near miss: in ``According to Ivo Marsh, the mayor’s team …`` the mayor is
    another person, whom a title named before (``Mayor Ruth Kell``)."""
    text = ("Mayor Ruth Kell opened the quay. According to Ivo Marsh, the mayor’s team "
            "had planned it for months. “We were ready,” the mayor said.")
    assert _speakers(text) == {"We were ready": "Ruth Kell"}


def test_a_description_after_a_place_and_a_comma_is_no_appositive() -> None:
    """``In Lima, a ministry official said``: an opening phrase's place and the
    subject after its comma are two things; the appositive must be set off after too."""
    text = "In Tarvo, a ministry official said the roads were “mostly open.”"
    assert _speakers(text) == {"mostly open": "ministry official"}


def test_a_description_before_the_titled_name_it_names_is_that_person() -> None:
    """``The mayor of Port Vell promised …`` then ``Mayor Dana Oka said``: the one
    person titled mayor is the description's person, read once the document is read."""
    text = ("The mayor of Port Vell promised a new bridge, calling the old one “a disgrace.” "
            "Mayor Dana Oka said work would start soon.")
    assert _speakers(text) == {"a disgrace": "Dana Oka"}


def test_a_description_with_a_places_possessive_before_the_titled_name_is_that_person() -> None:
    """``Tarvo's foreign minister warned …`` then ``Minister Ivo Tal said``: a
    name's possessive makes the description as definite as *the* does."""
    text = ("Tarvo's foreign minister warned of “a hard winter” on Monday. "
            "Minister Ivo Tal said prices would not fall soon.")
    assert _speakers(text) == {"a hard winter": "Ivo Tal"}


def test_the_narrators_own_kin_before_the_titled_name_is_that_person() -> None:
    """``“You’re late,” said my aunt.`` … ``Aunt Bess``: the narrator's aunt is one
    person however often the story says *my aunt*, the one it names with that title."""
    text = ("“You're late,” said my aunt, without turning round.\n\n"
            "“The train was held,” I said.\n\n“He means to marry,” said Aunt Bess.")
    assert _speakers(text)["You're late"] == "Bess"


def test_a_third_persons_kin_before_the_titled_name_stays_a_description() -> None:
    """Near miss: ``said his aunt`` may be any man's aunt: no link forward."""
    text = ("“You're late,” said his aunt, without turning round.\n\n"
            "“He means to marry,” said Aunt Bess.")
    assert _speakers(text)["You're late"] == "aunt"


def test_a_description_with_an_indefinite_determiner_stays_someone_new() -> None:
    """Near miss: ``A foreign minister warned …`` is someone new, not the one
    titled minister later."""
    text = ("A foreign minister warned of “a hard winter” on Monday. "
            "Minister Ivo Tal said prices would not fall soon.")
    assert _speakers(text) == {"a hard winter": "foreign minister"}


def test_a_description_with_two_bearers_of_its_title_stays_a_description() -> None:
    """Near miss: with two mayors named later, ``the mayor`` is neither."""
    text = ("The mayor promised a new bridge, calling the old one “a disgrace.” "
            "Mayor Dana Oka and Mayor Ivo Tal met later.")
    assert _speakers(text) == {"a disgrace": "mayor"}


def test_a_role_held_for_someone_is_no_office_of_its_own() -> None:
    """Near miss of the forward title: ``The spokesman for the mayor`` is no mayor,
    though the document names one ``Mayor Dana Oka``."""
    text = ("The spokesman for the mayor said the plan was “a disgrace.” "
            "Mayor Dana Oka spoke later.")
    assert _speakers(text) == {"a disgrace": "spokesman for the mayor"}


# --- a surname that also heads places is still the person on second reference ------------------


@pytest.mark.parametrize("surname", ["Park", "Lake", "Church", "Bridge"])
def test_a_surname_that_heads_places_names_the_person_named_before(surname: str) -> None:
    """``Mayor Ellen Park … Park told``: the lone word is read as a body or a place (it heads
    ``Central Park``), but a person named in full bears it as a surname: that person."""
    text = (f"Mayor Ellen {surname} opened the session at nine. “We will manage,” "
            f"{surname} told the council.")
    assert _speakers(text) == {"We will manage": f"Ellen {surname}"}


def test_the_body_named_with_its_article_stays_the_body() -> None:
    """``the House said`` after ``Rep. Ann House``: with its article the word is the chamber."""
    text = ("Rep. Ann House said the count was close. “We lost,” the House said in a "
            "statement.")
    assert _speakers(text) == {"We lost": "House"}


# --- a full name said inside a description names the person called by surname later ------------


@pytest.mark.parametrize("description", ["a letter to Governor Phil Duran",
                                         "an aide to Governor Phil Duran",
                                         "Governor Phil Duran's chief of staff"])
def test_a_name_inside_a_description_is_the_full_name_of_its_surname(description: str) -> None:
    """The description is the mention there (the name inside it is none of its own), but
    ``Duran`` alone, later, is the person it named in full: one canonical name."""
    text = (f"The news came in {description} on Friday. “I learned it from the paper,” "
            "Duran told reporters.")
    assert _speakers(text) == {"I learned it from the paper": "Phil Duran"}


@pytest.mark.parametrize("opening", ["Mayor Linda Vos's office", "Governor Phil Duran's office"])
def test_a_titled_name_opening_a_description_gives_its_title_too(opening: str) -> None:
    """``Mayor Linda Vos's office did not respond.`` opening the text: the full
    name at the description's very start, title and all, is the surname's later."""
    text = f"{opening} did not respond. Later, {opening.split()[-2][:-2]} said it was “dead.”"
    record = quoteattr.attribute(text).records()[0]
    assert (record["speaker"], record["speaker_title"]) == (
        " ".join(opening.split()[1:3])[:-2], opening.split()[0])


def test_a_surname_alone_inside_a_description_gives_no_full_name() -> None:
    """``a letter to Duran``: no full name is said, so the speaker keeps the one given."""
    text = ("The news came in a letter to Duran on Friday. “I learned it from the paper,” "
            "Duran told reporters.")
    assert _speakers(text) == {"I learned it from the paper": "Duran"}


def test_a_description_with_a_names_possessive_before_a_name_is_that_person() -> None:
    """``Ossory Air's chief executive, Ines Vidal, …``: a name's possessive is the
    description's determiner, as ``the`` is; the *she* after it is Ines Vidal."""
    text = ("Ossory Air's chief executive, Ines Vidal, apologized on Monday. “We let our "
            "passengers down,” she said.")
    assert _speakers(text) == {"We let our passengers down": "Ines Vidal"}


def test_an_appositive_description_with_a_relative_clause_renames_the_name() -> None:
    """``Moira Dunne, a retired nurse who has lived here for years.``: the relative clause is
    the description's own; the *she* after it is Moira Dunne."""
    text = ("That did not satisfy Moira Dunne, a retired nurse who has lived in the town "
            "for years. “My grandchildren will breathe this air,” she said.")
    assert _speakers(text) == {"My grandchildren will breathe this air": "Moira Dunne"}


def test_a_description_after_a_name_and_a_verb_is_no_appositive() -> None:
    """``Moira Dunne, a nurse, met a doctor who …``: only the description right after the
    name's comma renames it."""
    text = ("Moira Dunne, a retired nurse, met a doctor who had moved to the town. “My "
            "grandchildren will breathe this air,” the doctor said.")
    assert _speakers(text) == {"My grandchildren will breathe this air": "doctor"}


# --- a body named, then described or called by its short name --------------------------------


@pytest.mark.parametrize("named, described", [
    ("The Ports and Harbours Agency", "the agency"),
    ("Norvane Shipping", "the company"),
    ("The Interior Ministry", "the ministry"),
    ("Kestrel Group", "the firm"),
    ("Halberd Airlines", "the carrier"),
    ("The Coastal Fisheries Board", "the board"),
])
def test_a_definite_description_of_a_body_is_the_body_named_last(named: str, described: str
                                                                ) -> None:
    """``the agency``, ``the company``: the body of that kind named last."""
    text = f"{named} announced new rules on Friday. “They take effect at once,” {described} said."
    body = named.removeprefix("The ")
    assert _speakers(text) == {"They take effect at once": body}


def test_a_description_of_a_body_said_since_leaves_the_description_alone() -> None:
    """Near miss: a description of the same kind said after the name (``the trade
    group for the growers``) is what ``the group`` next stands for, not the named firm."""
    text = ("Kestrel Group has threatened to quit the market. Last week the trade group "
            "for the growers spelled out its concerns. “The market is out of balance,” "
            "the group wrote.")
    assert _speakers(text)["The market is out of balance"] != "Kestrel Group"


def test_a_description_of_another_kind_is_not_the_body() -> None:
    """Near miss: ``the ministry`` is no agency named before."""
    text = ("The Ports and Harbours Agency announced new rules on Friday. "
            "“They take effect at once,” the ministry said.")
    assert _speakers(text) == {"They take effect at once": "ministry"}


def test_a_firm_goes_by_the_first_word_of_its_name() -> None:
    """``Peabody Energy`` … ``Peabody said``: the firm, by its short name."""
    text = ("Ridgeway Corporation filed for bankruptcy on Monday. "
            "“We will emerge stronger,” Ridgeway said in a statement.")
    assert _speakers(text) == {"We will emerge stronger": "Ridgeway Corporation"}


def test_a_person_of_that_surname_keeps_it() -> None:
    """Near miss: a person named in full with the firm's first word as surname
    keeps the bare surname (``Ridgeway Energy`` … ``Ann Ridgeway`` … ``Ridgeway said``)."""
    text = ("Ridgeway Corporation filed for bankruptcy on Monday. Its founder, Ann Ridgeway, "
            "was in court. “We will emerge stronger,” Ridgeway said.")
    assert _speakers(text) == {"We will emerge stronger": "Ann Ridgeway"}


@pytest.mark.parametrize("label", ["(D-N.M.)", "(R)", "(I-Vt.)"])
def test_a_label_in_brackets_after_an_apposed_name_is_read_past(label: str) -> None:
    """``The bill's sponsor, Sen. Ann Vos (D-N.M.), said …``: the label does not
    hide that the name is set off, so the description before it is that person."""
    text = f"The bill's sponsor, Sen. Ann Vos {label}, said the vote was “a good start.”"
    assert _speakers(text) == {"a good start": "Ann Vos"}



@pytest.mark.parametrize("named", ["The Coastal Nurses Association", "The Harbour Alliance",
                                   "The Tidewater Coalition"])
def test_the_group_is_the_association_named_last(named: str) -> None:
    """``the group``, ``the organization``: an association, an alliance, a coalition."""
    text = f"{named} urged caution. “Slow down,” the group said in a statement."
    assert _speakers(text) == {"Slow down": named.removeprefix("The ")}


# --- "a European diplomat" … "the diplomat": one person by the description's head -------------


@pytest.mark.parametrize("intro, later", [
    ("A European diplomat", "the diplomat"),
    ("A senior treasury official", "the official"),
    ("A spokeswoman for the port authority", "the spokeswoman"),
    ("An off-duty police officer", "the police officer"),
])
def test_a_definite_description_is_the_one_introduced_with_its_head(intro: str,
                                                                    later: str) -> None:
    """``A European diplomat said …`` then ``“…,” the diplomat said.``: the
    definite description names the one person introduced with that head when
    all its words are the introduction's: one speaker, under the fuller name."""
    text = (f"{intro} said the talks were “stuck.”\n\n"
            f"“Nobody wants to pay for the risk,” {later} said.")
    doc = quoteattr.attribute(text)
    assert len(doc.speakers) == 1
    assert {r["speaker_id"] for r in doc.records()} == {doc.speakers[0].id}


@pytest.mark.parametrize("intros, later", [
    # two introduced with that head: the definite description is either
    (("A Democratic official", "A Republican official"), "the official"),
    # a word the introduction does not have: someone else
    (("A senior official",), "the Republican official"),
])
def test_a_definite_description_that_may_be_another_stays_apart(intros: tuple[str, ...],
                                                                 later: str) -> None:
    """Near miss: with two people introduced by that head, or a word the
    introduction lacks, the definite description is a speaker of its own."""
    text = " ".join(f"{who} said the plan was “dead.”" for who in intros) + \
        f"\n\n“Nobody will vote for it,” {later} said."
    doc = quoteattr.attribute(text)
    assert len(doc.speakers) == len(intros) + 1


# --- Mr. and Mrs. of one surname are two people ------------------------------------------------


def test_titles_of_both_genders_on_one_surname_are_two_people() -> None:
    """``Mrs. Fenby`` and ``Mr. Fenby``: a wife and a husband, two speakers, not
    one person with two titles."""
    text = ("“You are late,” said Mrs. Fenby.\n\n“The train was slow,” said Mr. Fenby.")
    doc = quoteattr.attribute(text)
    assert [(r["speaker"], r["speaker_title"]) for r in doc.records()] == [
        ("Fenby", "Mrs."), ("Fenby", "Mr.")]
    assert len({r["speaker_id"] for r in doc.records()}) == 2


def test_one_gender_of_title_on_a_surname_is_one_person() -> None:
    """Near miss: ``Mr. Fenby`` then ``Dr. Fenby`` (a title of no gender) and
    ``Fenby`` alone: one person."""
    text = ("“You are late,” said Mr. Fenby.\n\n“The train was slow,” said Dr. Fenby.\n\n"
            "“Never mind,” said Fenby.")
    doc = quoteattr.attribute(text)
    assert len({r["speaker_id"] for r in doc.records()}) == 1


def test_a_title_and_surname_again_after_the_other_spouse_is_the_same_person() -> None:
    """``Mr. Fenby`` … ``Mrs. Fenby`` … ``Mr. Fenby``: the husband named again after
    his wife is the husband named first, not a third Fenby."""
    text = ("“You are late,” said Mr. Fenby.\n\n“The train was slow,” said Mrs. Fenby.\n\n"
            "“Never mind,” said Mr. Fenby.")
    ids = [r["speaker_id"] for r in quoteattr.attribute(text).records()]
    assert ids[0] == ids[2] != ids[1]


@pytest.mark.parametrize(("first", "second"), [
    ("Mrs. Fenby", "Miss Fenby"), ("Miss Fenby", "Mrs. Fenby"),
    # a full name with a title of the other gender on the same surname
    ("Mr. Fenby", "Miss Anne Fenby"),
])
def test_a_married_and_an_unmarried_title_on_one_surname_are_two_people(
        first: str, second: str) -> None:
    """``Mrs. Fenby`` and ``Miss Fenby``: a mother and her daughter (or a wife
    and her sister-in-law), two speakers; and ``Miss Anne Fenby``, named in
    full, is not ``Mr. Fenby`` either.  ``Mrs. Fenby`` named again is the first."""
    text = (f"“You are late,” said {first}.\n\n“The train was slow,” said {second}.\n\n"
            f"“Never mind,” said {first}.")
    ids = [r["speaker_id"] for r in quoteattr.attribute(text).records()]
    assert ids[0] == ids[2] != ids[1]


def test_an_unmarried_title_then_the_bare_surname_is_one_person() -> None:
    """Near miss: ``Miss Fenby`` then ``Fenby`` alone, or a full name without a
    title: one person."""
    text = ("“You are late,” said Miss Fenby.\n\n“The train was slow,” said Anne Fenby.\n\n"
            "“Never mind,” said Fenby.")
    assert len({r["speaker_id"] for r in quoteattr.attribute(text).records()}) == 1


@pytest.mark.parametrize("intro", ["a thin young man named Orme", "a thin young man called Orme"])
def test_a_name_after_named_is_the_person_the_description_brings_in(intro: str) -> None:
    """``a thin young man named Orme`` … ``replied the young man``: the name after
    *named* or *called* is the person the description brings in, one speaker."""
    text = (f"The travellers reached the inn. With them came {intro}, carrying the bags.\n\n"
            "“I'll take anything hot,” replied the young man.")
    assert _speakers(text) == {"I'll take anything hot": "Orme"}


def test_a_definite_description_before_named_is_not_joined() -> None:
    """Near miss: ``the ship named Orme`` is no description that brings someone in."""
    text = ("The crew boarded the ship named Orme at noon.\n\n"
            "“We sail at dawn,” replied the young man.")
    assert _speakers(text) == {"We sail at dawn": "young man"}


# --- a description set before a name, with another or one, or with the name's body --------


@pytest.mark.parametrize("subject", [
    "Another analyst, Wenna Trask,",
    "One analyst, Wenna Trask,",
    "The analyst, Wenna Trask of Polgarth Land Services,",
    "An analyst, Wenna Trask from the Harbour Trust,",
])
def test_a_description_before_an_apposed_name_is_that_person(subject: str) -> None:
    """``Another analyst, Wenna Trask of Polgarth Land Services, said …`` / ``“…,”
    she said``: the description and the name set off after it (perhaps with the
    body she is of) are one person, whom the pronoun then stands for."""
    text = (f"The quarry plan was discussed for an hour. {subject} said the survey was "
            "out of date.\n\n“Nobody has walked that ground in ten years,” she said.")
    assert _speakers(text) == {"Nobody has walked that ground in ten years": "Wenna Trask"}


def test_a_lower_case_phrase_after_a_name_does_not_set_it_off() -> None:
    """Near miss: ``the analyst, Wenna Trask of all people, said``: words in lower
    case after *of* are no body she is of; the name is not set off as an appositive."""
    from quoteattr._speakers import _set_off_after
    text = "Wenna Trask of all people, said"
    assert not _set_off_after(text, len("Wenna Trask"))
    assert _set_off_after("Wenna Trask of Polgarth Land Services, said", len("Wenna Trask"))


@pytest.mark.parametrize("narration", ["Into the room came Mr. Quilley the attorney.",
                                       "At the door stood Mr. Quilley the banker, hat in hand."])
def test_a_description_right_after_a_titled_name_is_the_same_person(narration: str) -> None:
    """``came Mr. Quilley the attorney.``: a description of a person right after a
    titled name, with no comma, ending the phrase, is that person; *he* then stands
    for him, not for a second person."""
    text = f"{narration}\n\n“A dreadful night,” he said."
    assert quoteattr.attribute(text).records()[0]["speaker"] == "Quilley"


def test_a_thing_after_a_titled_name_is_no_apposition() -> None:
    """Near miss: ``told Mr. Quilley the news``: *the news* is no person."""
    doc = quoteattr.attribute("She told Mr. Quilley the news. “A dreadful night,” he said.")
    assert doc.records()[0]["speaker"] == "Quilley"
    assert [s.name for s in doc.speakers] == ["Quilley"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("My editor, Jane Fox, told me to go home. “You look tired,” she said.", "Jane Fox"),
    ("“Nothing ever changes,” said my neighbour, Alf Rudd.", "Alf Rudd"),
    ("Our guide, Tom Reyes, waved. “Follow me,” he said.", "Tom Reyes"),
])
def test_a_first_person_possessive_description_and_its_appositive_name_are_one(
        text: str, speaker: str) -> None:
    """``My editor, Jane Fox,``: a description with *my*, *our* or *your* and the
    name set off after it are one person, as with *his* or *the* (the speaker
    was "editor", "neighbour")."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == speaker


def test_a_third_person_possessive_description_and_its_name_are_still_one() -> None:
    """Near miss: ``His editor, Jane Fox,`` was read so already."""
    doc = quoteattr.attribute("His editor, Jane Fox, told him to go home. “You look tired,” "
                              "she said.")
    assert doc.records()[0]["speaker"] == "Jane Fox"


@pytest.mark.parametrize("text", [
    "A neighbour, retired teacher Derek Stubbs, waved. “We look after each other,” he said.",
    "The treasurer, former banker Derek Stubbs, waved. “We look after each other,” he said.",
])
def test_a_description_and_a_name_with_a_modified_role_are_one(text: str) -> None:
    """``A neighbour, retired teacher Derek Stubbs,``: the name's mention opens at its
    role (*teacher*), so the comma and the role's modifier (*retired*) stand between
    the description and the name; they are still one person (the speaker was the
    neighbour)."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == "Derek Stubbs"


def test_a_titled_name_after_a_verbs_words_is_no_appositive() -> None:
    """Near miss: ``said the porter, winking at Mr. Dawkins,``: the words between are a
    participle's, and the title an honorific: the porter is not Dawkins."""
    doc = quoteattr.attribute("“Sit down,” said the porter, winking at Mr. Dawkins, and "
                              "went out.")
    assert doc.records()[0]["speaker"] == "porter"


def test_a_given_name_of_the_other_gender_on_a_surname_is_another_person() -> None:
    """``Miss Dunmore`` … ``Harold Dunmore``: the full name with a man's given name is
    not the woman named by title and surname before (they were one entity, and her
    quotes went to "Harold Dunmore")."""
    doc = quoteattr.attribute("“Good morning,” said Miss Dunmore.\n\n“Good morning,” said "
                              "Harold Dunmore.\n\n“Is it?” said Miss Dunmore.")
    assert [r["speaker"] for r in doc.records()] == ["Dunmore", "Harold Dunmore", "Dunmore"]
    assert len(doc.speakers) == 2


def test_a_given_name_of_the_same_gender_on_a_surname_is_the_same_person() -> None:
    """Near miss: ``Mr. Dunmore`` … ``Harold Dunmore``: one man."""
    doc = quoteattr.attribute("“Good morning,” said Mr. Dunmore.\n\n“Good morning,” said "
                              "Harold Dunmore.")
    assert len(doc.speakers) == 1


@pytest.mark.parametrize(("text", "speaker"), [
    ("Barbara Quinn, her teacher, says she saw it coming. “I gave her an A,” the teacher "
     "says.", "Barbara Quinn"),
    ("Marcus Hale, his lawyer, calls the case weak. “There is no weapon,” the lawyer says.",
     "Marcus Hale"),
])
def test_a_role_with_a_possessive_after_a_name_renames_it(text: str, speaker: str) -> None:
    """``Barbara Quinn, her teacher,``: a role with *his*, *her*, *their* set off after a
    name renames it, as ``the``-descriptions do, so a later ``the teacher`` is Quinn (it
    was someone of its own)."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == speaker


@pytest.mark.parametrize("text", [
    # a word of kinship: "his wife" is not Mr. Bennet
    "Mr. Quill, his wife, and the vicar dined. “Good soup,” said his wife.",
    # a list going on after the role
    "Tom Reed, his lawyer, and the judge met. “Sit,” said the lawyer.",
])
def test_a_possessive_kin_word_or_a_list_member_is_no_appositive(text: str) -> None:
    """Near misses: a word of kinship, or a member of a list, beside a name is someone
    else."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] not in ("Quill", "Tom Reed")


def test_a_firms_first_word_is_the_firm_not_its_product() -> None:
    """``Lumina Technologies unveiled the Lumina Fold. Lumina says …``: the firm's first
    word alone is the firm, not the product of its name named since with an article
    (the report went to "Lumina Fold")."""
    text = "Lumina Technologies unveiled the Lumina Fold on Tuesday. Lumina says it is fast."
    recs = quoteattr.attribute(text, quoteattr.Config(indirect=True)).records()
    assert [r["speaker"] for r in recs] == ["Lumina Technologies"]


def test_a_firms_first_word_after_a_person_of_that_name_is_still_the_person() -> None:
    """Near miss: ``Peabody Energy hired Peabody Smith. “…,” Peabody said.``: a person named
    so (no article) keeps the word."""
    text = "Peabody Energy hired Peabody Smith. “We grow,” Peabody said."
    assert quoteattr.attribute(text).records()[0]["speaker"] == "Peabody Smith"


@pytest.mark.parametrize("text", [
    "Tom Reed, a teacher, said the school was old. “It leaks,” the retired teacher said.",
    "Ann Lee, her doctor, said the boy was tired. “He ran all day,” the family doctor said.",
])
def test_a_definite_description_of_a_named_persons_role_is_them(text: str) -> None:
    """``Tom Reed, a teacher, …`` / ``the retired teacher said``: a definite description
    whose head is the role a named person was given is that person, whatever its
    modifiers (it was someone of its own unless its words were the role's exactly)."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] in ("Tom Reed", "Ann Lee")


@pytest.mark.parametrize("text", [
    # a modifier that sets someone apart
    "Tom Reed, a teacher, said the school was old. “It leaks,” the other teacher said.",
    # a body's role: "the combined company" is another body
    "Acme Ltd, the smaller company, will merge. “We grow,” the combined company said.",
])
def test_a_description_setting_someone_apart_or_of_a_body_is_another(text: str) -> None:
    """Near misses: ``the other teacher`` is someone else; so is a body's description."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] not in ("Tom Reed", "Acme Ltd")


@pytest.mark.parametrize(("text", "speaker"), [
    ("His lawyer, Marcus Hale, calls the case weak. “There is no weapon,” the defence "
     "attorney says.", "Marcus Hale"),
    ("Ann Lee, a spokeswoman, said the firm grew. “We hired 40 people,” the spokesperson "
     "said.", "Ann Lee"),
])
def test_a_word_for_the_same_role_is_the_named_person(text: str, speaker: str) -> None:
    """``His lawyer, Marcus Hale,`` … ``the defence attorney``: a word for the same role
    (*attorney*, *counsel* for *lawyer*; *spokesperson* for *spokeswoman*) is the one
    named person given it, as the role's own head is (the role given by a description
    before the name counts too)."""
    assert quoteattr.attribute(text).records()[-1]["speaker"] == speaker
