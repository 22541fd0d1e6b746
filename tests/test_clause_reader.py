"""How the clause reader finds a cue's subject: one test per mechanism.

Every text is invented for the mechanism it pins.  The rules table
(``tests/data/rules.json``) holds the rows for the main ones; these pin the
smaller mechanisms around them.
"""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr._cues import find_cues


def _speaker(text: str, quote: str) -> tuple[str | None, str | None]:
    doc = quoteattr.attribute(text)
    rec = next(r for r in doc.records() if r["text"] == quote)
    start, end = rec["speaker_start"], rec["speaker_end"]
    return rec["speaker"], (text[start:end] if start is not None else None)


def test_a_participle_never_takes_the_mention_after_it() -> None:
    """``calling the two reports “…”``: what follows a participle is its object, not a speaker."""
    text = "It was a long day. Calling the minister “a liar” helped no one."
    assert _speaker(text, "a liar") == (None, None)


def test_a_verb_form_after_a_determiner_is_a_noun() -> None:
    """``the two reports``, ``his warning``: after a determiner a cue form is a noun."""
    text = "Lee filed the two reports and his warning, then Roe reports."
    cues = find_cues(text, [])
    assert [(c.text, c.start) for c in cues] == [("reports", text.rindex("reports"))]


def test_a_title_makes_a_person_of_a_place_word() -> None:
    """``Mr. Park`` is a person although ``Park`` heads place names (``Central Park``)."""
    doc = quoteattr.attribute("Mr. Park walked through Central Park.")
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds["Mr. Park"] == "name"
    assert kinds["Central Park"] == "org"


def test_a_role_after_an_inverted_cue_is_not_a_clause() -> None:
    """``… suggests that Leeds …``: a clause after a cue names no speaker; the leading cue does."""
    text = ("City lawyer Ann Lee said in the letter that the flyer “plainly and wrongly” "
            "suggests that Leeds backs the plan.")
    assert _speaker(text, "plainly and wrongly")[0] == "Ann Lee"


def test_a_document_object_after_a_long_opener_reports_its_issuer() -> None:
    """``After …, Lee released an ad calling it “…”``: the issuer is the finite verb's subject."""
    text = ("After the deadly floods in the hills up north, Lee released a new radio ad "
            "calling it “a scandal.”")
    assert _speaker(text, "a scandal.")[0] == "Lee"


def test_a_relative_pronoun_as_subject_is_the_mention() -> None:
    """``Orlov, who called …``: the speaker is the antecedent, the mention the relative pronoun."""
    text = "Pavel Orlov, who has called the talks “a real start,” left early."
    assert _speaker(text, "a real start,") == ("Pavel Orlov", "who")


def test_a_noun_like_verb_form_after_a_pronoun_or_modal_is_a_cue() -> None:
    """``he calls it``, ``could only quip``: where only a verb can stand, a form that is
    usually a noun (``calls``, ``quip``) is a cue, as after a full name; after a determiner
    or one capitalised word (``Petulant cries``) it is not."""
    text = ("The calls came in. He calls it “a farce.” An aide could only quip: “Booked.” "
            "Petulant cries of “Help!” rose. Blogger Ed Lee calls it “bland.”")
    assert [c.text for c in find_cues(text, [])] == ["calls", "quip", "calls"]
    assert _speaker(text, "Booked.")[0] == "aide"


def test_a_noun_like_cue_form_after_a_person_noun_is_a_verb() -> None:
    """``her husband cut in``: after a determiner and a person noun a noun-like
    form is a verb; after any other noun (``the firm reply``, ``a tax cut in``) it stays a noun."""
    text = "Her husband cut in first. The firm reply came later, and a tax cut in May."
    cues = find_cues(text, [])
    assert [c.text for c in cues] == ["cut in"]


@pytest.mark.parametrize("head", ["coach", "pilot", "referee", "chef", "mum"])
def test_a_noun_like_cue_form_after_more_person_nouns_is_a_verb(head: str) -> None:
    """``the coach shouts``: the person nouns of sport, work and family the lexicon
    lacked (*coach*, *pilot*, *referee*, *chef*, *mum*) are person nouns too, so the
    noun-like form after one is a verb (the quote went to the beat before it)."""
    text = f"Ann Lee laughs. “I heard that!” the {head} shouts."
    assert quoteattr.attribute(text).records()[0]["speaker"] == head


def test_a_relative_clause_cue_gives_way_to_the_main_verb() -> None:
    """``the official, who asked not to be named, told reporters``: the tag's cue is ``told``."""
    text = "“We will not talk to them,” the official, who asked not to be named, told reporters."
    rec = quoteattr.attribute(text).records()[0]
    assert (rec["speaker"], rec["cue"]) == ("official", "told")


def test_a_parenthetical_tag_of_the_same_person_is_the_outer_report() -> None:
    """``Nor, he said, did he say …“…”``: the person reports their own words;
    the record reads the parenthetical tag (its ``he`` and ``said``)."""
    text = ("Bob said he never ordered a retreat. Nor, he said, did he say anything "
            "that could be “read as an order” to stay.")
    rec = quoteattr.attribute(text).records()[0]
    expected = ("Bob", "said", text.index("he said"))
    assert (rec["speaker"], rec["cue"], rec["speaker_start"]) == expected


def test_a_parenthetical_tag_of_another_person_leaves_the_inner_subject() -> None:
    """Near miss: ``Nor, Ann Lee said, did he say …``: Lee reports Bob; the
    speaker of the words is the clause's ``he``."""
    text = ("Bob said he never ordered a retreat. Nor, Ann Lee said, did he say anything "
            "that could be “read as an order” to stay.")
    rec = quoteattr.attribute(text).records()[0]
    assert (rec["speaker"], rec["cue"]) == ("Bob", "say")


def test_a_single_quoted_title_before_the_subject_is_one_word() -> None:
    """A title in single marks (``of ‘The Late Hour,’ the former governor … said``) is one word
    of the opener before the subject."""
    text = ("On Monday’s edition of ‘The Late Hour,’ the former governor and current party "
            "chair said she wanted to reach ‘every reader who wrote in’ and meant it.")
    assert _speaker(text, "every reader who wrote in")[0] == "former governor"


def test_a_single_quoted_opener_needs_its_comma() -> None:
    """Near miss: without the comma before its closing mark a quoted phrase is no opener
    (as in doubles), so no subject is read after it."""
    text = ("On Monday’s edition of ‘The Late Hour’ the former governor and current party "
            "chair said she wanted to reach ‘every reader who wrote in’ and meant it.")
    assert _speaker(text, "every reader who wrote in")[0] is None


def test_quoted_x_as_saying_takes_x_for_the_speaker() -> None:
    """Wire copy's ``the Gazette quoted X as saying …``, ``cited X as warning``: the
    participle's subject is the person between the verb of citing and ``as``."""
    text = "The Corran Gazette quoted Ida Brenn as saying the port would “close by spring.”"
    assert _speaker(text, "close by spring.") == ("Ida Brenn", "Ida Brenn")
    text = "The agency cited Paulo Reis as warning that fares would “double overnight.”"
    assert _speaker(text, "double overnight.") == ("Paulo Reis", "Paulo Reis")


def test_quoted_him_as_saying_takes_the_person_him_stands_for() -> None:
    """Wire copy's ``Interfax quoted him as saying …``: the object pronoun of the
    verb of citing is a mention of its own, resolved as *he* would be, and never
    to the verb's own subject (the agency that quotes)."""
    text = ("Premier Luis Herrera flew to Lima on Monday. State media quoted him as "
            "saying the talks had been “productive.”")
    assert _speaker(text, "productive.") == ("Luis Herrera", "him")
    text = ("Ida Brenn and her deputy, Paul Ruiz, left early. The Corran Gazette cited her "
            "as warning that fares would “double overnight.”")
    assert _speaker(text, "double overnight.") == ("Ida Brenn", "her")


def test_quoted_him_as_saying_with_no_one_before_names_no_one() -> None:
    """Near miss: with no one for *him* to stand for, the quote has no speaker; the
    agency that quotes is not its speaker."""
    text = "Interfax news agency quoted him as saying: “We will not retreat.”"
    assert _speaker(text, "We will not retreat.")[0] is None


def test_an_object_pronoun_outside_quoted_as_is_no_mention() -> None:
    """Near miss: only the object of a verb of citing before ``as`` and a
    participle is made a mention (``thanked him as saying`` names no citing)."""
    doc = quoteattr.attribute("Ann Lee thanked him as the crowd left, saying “Enough.”")
    assert [m.text for m in doc.mentions if m.kind == "pronoun"] == []
    doc = quoteattr.attribute("The Gazette quoted him as saying “Enough.”")
    assert [m.text for m in doc.mentions if m.kind == "pronoun"] == ["him"]


def test_a_cited_object_without_as_is_not_the_speaker() -> None:
    """Near miss: ``cited the Gazette, saying …`` has no ``as``; the clause's subject
    keeps the participle and the cited object says nothing."""
    text = "Tomas Ruiz cited the Corran Gazette, saying the port would “close by spring.”"
    assert _speaker(text, "close by spring.")[0] == "Tomas Ruiz"


def test_a_dateline_and_a_spaced_hyphen_open_the_first_clause() -> None:
    """Wire copy: ``DUNMORE, Jan. 14 (Wire) - The ministry on Monday rejected it,
    saying …``: the dateline is passed over and the spaced hyphen is a dash, so the
    ministry opens the clause and the participle is its."""
    text = ("DUNMORE, Jan. 14 (Wire) - The ministry on Monday rejected the plan, "
            "saying it was “unworkable.”")
    assert _speaker(text, "unworkable.") == ("ministry", "The ministry")
    text = "DUNMORE - The ministry rejected the plan, saying it was “unworkable.”"
    assert _speaker(text, "unworkable.") == ("ministry", "The ministry")


def test_a_hyphen_inside_a_word_opens_no_clause() -> None:
    """Near miss: ``a well-known critic`` holds a hyphen but no dash; the object
    after the verb does not become the participle's subject."""
    text = "Tomas Ruiz met a well-known critic, saying the plan was “unworkable.”"
    assert _speaker(text, "unworkable.")[0] == "Tomas Ruiz"


def test_a_subject_pronoun_after_a_subordinate_clause_is_the_subject() -> None:
    """``Before the ferry left he waved at her, and said, “…”``: *he* is a subject by
    its case, though no comma sets off the clause before it."""
    text = "Ivo Marsh stood on the quay. Before the ferry left he waved at her, and said, “Soon.”"
    assert _speaker(text, "Soon.") == ("Ivo Marsh", "he")


def test_a_name_after_a_verb_is_still_its_object() -> None:
    """Near miss: a name right after a verb is its object, not the subject of the
    participle (``Tomas Ruiz urged Ida Brenn to wait, saying …``)."""
    text = "Tomas Ruiz urged Ida Brenn to wait, saying the ferry was “late again.”"
    assert _speaker(text, "late again.")[0] == "Tomas Ruiz"


def test_a_verb_coordinated_past_a_participle_phrase_shares_the_main_subject() -> None:
    """``When Lee spoke, Roe stood and, turning to the crowd, said``: the coordinated
    verb is Roe's; the subordinate clause's verb lends its subject to no main verb."""
    text = "When Ida Brenn spoke, Tomas Ruiz stood and, turning to the crowd, said, “No.”"
    assert _speaker(text, "No.") == ("Tomas Ruiz", "Tomas Ruiz")
    text = ("The doctor sat by the fire.\n\nAs the nurse spoke, he rose, and advancing to "
            "the bed, said, gently:\n\n“You must rest now.”")
    assert _speaker(text, "You must rest now.")[1] == "he"


def test_a_participle_after_a_subordinate_verb_with_no_main_clause_between_is_its() -> None:
    """Near miss: ``cheered when she called in, telling them “…”``: no main clause
    stands between, so the participle is the subordinate verb's (her)."""
    text = "Ida Brenn was cheered when she called in to the rally, telling them “thank you.”"
    assert _speaker(text, "thank you.") == ("Ida Brenn", "she")


def test_a_passive_cue_gives_the_quote_to_its_agent() -> None:
    """``The plan was praised by Ida Brenn as “…”``: the agent spoke, the subject did not;
    with no agent (``was praised as``) no one is named."""
    text = "The plan was praised on Monday by Ida Brenn as “a fresh start.”"
    assert _speaker(text, "a fresh start.") == ("Ida Brenn", "Ida Brenn")
    assert _speaker("The plan was praised as “a fresh start.”", "a fresh start.") == (None, None)


def test_a_progressive_cue_keeps_its_subject() -> None:
    """Near miss: ``Ida Brenn is calling the plan “…”`` is active, not passive."""
    text = "Ida Brenn is calling the plan “a fresh start.”"
    assert _speaker(text, "a fresh start.") == ("Ida Brenn", "Ida Brenn")


def test_it_after_a_preposition_in_a_phrase_before_the_verb_is_no_subject() -> None:
    """``Mara Venn, pointing at it, with a frown, exclaimed``: *it* is the object of
    *at*; the subject is Mara Venn."""
    text = "Mara Venn, pointing at it, with a frown, exclaimed, “Who did this?”"
    assert _speaker(text, "Who did this?") == ("Mara Venn", "Mara Venn")


def test_she_after_for_is_a_subject() -> None:
    """Near miss: after the conjunction *for*, *she* is a subject by its case."""
    text = "Mara Venn stood up, for she exclaimed, “Fire!”"
    assert _speaker(text, "Fire!") == ("Mara Venn", "she")


def test_a_fragment_with_a_lower_case_verb_is_no_title() -> None:
    """``said Mr. Vane “is not Catholic”``: Title Case capitalises verbs and adverbs, so a
    fragment with ``is not`` in lower case is words said, not the title of a work."""
    text = "When Ida Brenn said Mr. Vane “is not Catholic” in answer, the hall went quiet."
    assert _speaker(text, "is not Catholic")[0] == "Ida Brenn"


def test_a_title_with_lower_case_particles_is_still_a_title() -> None:
    """Near miss: ``a thriller titled “The Day of the Flood”``, ``a performance of “La Zia
    di Carlo”``: articles and prepositions, in any language, stay lower case in a title."""
    for text, title in (("Ida Brenn wrote a thriller titled “The Day of the Flood” in May.",
                         "The Day of the Flood"),
                        ("Ida Brenn went to a performance of “La Zia di Carlo” in May.",
                         "La Zia di Carlo")):
        assert _speaker(text, title) == (None, None)


# --- an appositive name whose role has words of its own in lower case ---------------------------


@pytest.mark.parametrize("verb, tail", [("called the levy", "“a tax on the poor.”"),
                                        ("said the levy was", "“a tax on the poor.”")])
def test_an_appositive_name_with_a_modified_role_is_the_subject(verb: str, tail: str) -> None:
    """``Her main rival, opposition leader Vikram Sethi, called …``: the name's mention
    begins at its role (``leader``), and the role's own words (``opposition``) stand
    between the description's comma and it; the apposition is still the subject."""
    text = f"Her main rival, opposition leader Vikram Sethi, {verb} {tail}"
    assert _speaker(text, "a tax on the poor.")[0] == "Vikram Sethi"


def test_a_place_before_a_modified_role_is_no_description() -> None:
    """``In Columbus, party leader Ann Lee called …``: a place and a comma open the sentence;
    the titled name is the plain subject, and stays so."""
    text = "In Columbus, party leader Ann Lee called the plan “a disgrace.”"
    assert _speaker(text, "a disgrace.")[0] == "Ann Lee"


@pytest.mark.parametrize("tag", ["harbour master Ines Vidal said",
                                 "the flood control director Ines Vidal told reporters",
                                 "emergency management chief Ines Vidal said"])
def test_a_tag_whose_role_has_lower_case_words_follows_the_quote(tag: str) -> None:
    """``“…,” center director Ann Lee said``: the words of the role before the titled name
    (which its mention leaves out) do not keep the tag from the quote."""
    text = f"The river rose all night. “Move the cars uphill,” {tag}."
    doc = quoteattr.attribute(text)
    rec = doc.records()[0]
    assert (rec["speaker"], rec["rule"]) == ("Ines Vidal", "trailing_cue")


def test_words_before_an_untitled_name_are_no_role() -> None:
    """``“…,” was all the note from Ines Vidal said``: no role before the name; the words
    after the quote are a clause of their own, and no tag."""
    text = "The river rose all night. “Move the cars,” was all the note from Ines Vidal said."
    rec = quoteattr.attribute(text).records()[0]
    assert rec["rule"] != "trailing_cue"


@pytest.mark.parametrize("before", ["Later, at the hall, a farmer stood up and told",
                                    "At the hall, farmer Declan Moore stood up and told"])
def test_the_name_after_told_and_before_a_colon_is_the_listener(before: str) -> None:
    """``… told Ines Vidal: “…”``: the name a verb of telling takes is who hears the quote;
    it is neither the inverted subject of ``said Roe: “…”`` nor a label ``Roe: “…”``."""
    text = f"{before} Ines Vidal: “You said that last year.”"
    assert _speaker(text, "You said that last year.")[0] != "Ines Vidal"


def test_a_name_labelling_a_quote_after_a_colon_still_speaks() -> None:
    """``Polls were wrong again - Jane Roe: “…”``: no verb of telling before the name."""
    text = "Polls were wrong again - Ines Vidal: “We will win.”"
    assert _speaker(text, "We will win.")[0] == "Ines Vidal"


def test_a_quotation_reopened_follows_the_tag_of_the_paragraph_it_was_left_open_in() -> None:
    """``“A,” Roe said. “B`` (left open) / ``“C.”``: the third quote reopens the second, which
    is not decided when the third is read; it follows the quote that passes the second its
    speaker, the tagged first, in a story whose turns the exchange model would otherwise read
    as a dialogue."""
    text = ("Harbour pilot retires after forty years\n\n"
            "Captain Ines Vidal has guided more ships into the port than anyone.\n\n"
            "“When I started, there were three of us on the whole coast,” Vidal said. "
            "“People looked at me on the ladder like I was lost.\n\n"
            "“Now I have trained half the pilots in this building.”\n\n"
            "Her colleague Tomas Ruiz said he would miss her. “She was the calm voice,” "
            "Ruiz said.")
    rec = next(r for r in quoteattr.attribute(text, quoteattr.Config(explain=True)).records()
               if r["text"] == "Now I have trained half the pilots in this building.")
    assert (rec["speaker"], rec["rule"]) == ("Ines Vidal", "continued_quote")


def test_a_reopened_quotation_follows_no_one_when_another_person_stands_between() -> None:
    """``“A,” Roe said. Lee shrugged. “B`` / ``“C.”``: Lee between the tag and the reopened
    quote keeps the tag from passing on."""
    text = ("“When I started, there were three of us,” Ines Vidal said. Tomas Ruiz shrugged. "
            "“People looked at me like I was lost.\n\n"
            "“Now I have trained half of them.”")
    rec = next(r for r in quoteattr.attribute(text, quoteattr.Config(explain=True)).records()
               if r["text"] == "Now I have trained half of them.")
    assert rec["rule"] != "continued_quote" or rec["speaker"] != "Ines Vidal"


def test_a_second_relative_clause_joined_by_and_stands_for_the_antecedent() -> None:
    """``Miss Vane, who seemed eager to talk, and who now said``: the second *who*
    stands for the same antecedent as the first; its verb's subject is Miss Vane."""
    text = ("A pause followed, broken at last by Miss Vane, who seemed eager to talk, "
            "and who now said rather abruptly, “And how do you like the town?”")
    assert _speaker(text, "And how do you like the town?") == ("Vane", "who")


def test_and_who_with_no_comma_before_is_no_relative_clause_of_the_name() -> None:
    """Near miss: without the comma that closes a first relative clause, *and who*
    joins nothing to the name before it."""
    text = "Nobody knew Tom Reed and who else said “no” to the plan."
    assert _speaker(text, "no")[1] != "who"
