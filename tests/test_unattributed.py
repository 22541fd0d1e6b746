"""Quotes that used to get no speaker in fiction dialogue: the second quote of a
tagged paragraph, a quote next to a turn decided by the exchange model, and
turns of an exchange where only one person is tagged (invented passages)."""

from __future__ import annotations

from typing import Any

import quoteattr
from quoteattr import _constants as k

EXPLAIN = quoteattr.Config(explain=True)


def _records(*paragraphs: str) -> list[dict[str, Any]]:
    doc = quoteattr.attribute("\n\n".join(paragraphs), EXPLAIN)
    return [dict(r) for r in doc.records() if r["level"] == 0]


def _why(rec: dict[str, Any], rule: str) -> list[str]:
    return [s["why"] for s in rec["trace"] if s["rule"] == rule]


# -- a quote resumed after a tag and a semicolon -------------------------------


def test_a_short_quote_resumed_after_a_semicolon_shares_the_tagged_speaker() -> None:
    """``“Of course,” said Wren; “come in.”``: the words after the semicolon are
    Wren's, though too short to count as a sentence of their own."""
    recs = _records("“Of course,” said Wren; “come in.”")
    assert (recs[1]["text"], recs[1]["speaker"], recs[1]["rule"]) == (
        "come in.", "Wren", "same_paragraph")
    assert recs[1]["speaker_from"] == 0


def test_a_fragment_later_in_the_narration_is_not_resumed_speech() -> None:
    """Near miss: a short quote after the semicolon's clause has gone on into
    narration (``then the gate marked “old road”``) is a fragment, not Wren's words."""
    recs = _records("“Of course,” said Wren; then the gate marked “old road” swung open.")
    assert recs[1]["speaker"] is None
    assert _why(recs[1], "same_paragraph")[-1] == (
        "the quote is a fragment inside narration, not a sentence of its own")


# -- stand-ins: one person tagged, another only named in the narration ---------

_RAIN = "The rain had not stopped since Monday, and Mrs. Brandt was tired of it."


def test_the_person_named_in_the_narration_answers_the_only_tagged_speaker() -> None:
    """With one tagged speaker (Tom) and one other person named in the narration
    (Mrs. Brandt), the untagged turns alternate between them, as a low-confidence guess."""
    recs = _records(_RAIN, "“Is the ferry late again?” asked Tom.", "“Since Monday.”",
                    "“Then we walk.”")
    assert [(r["speaker"], r["rule"]) for r in recs] == [
        ("Tom", "trailing_cue"), ("Brandt", "turn_taking"), ("Tom", "turn_taking")]
    # a guess: less sure than the same turn between two people both tagged
    both = _records("“Is the ferry late again?” asked Tom.", "“Since Monday,” said Mrs. Brandt.",
                    "“Then we walk.”")
    assert recs[2]["confidence"] < both[2]["confidence"]


def test_a_place_named_in_the_narration_is_no_stand_in() -> None:
    """Near miss: when the narration names only a place (Port Calder), nobody
    stands in and the untagged turns keep no speaker."""
    recs = _records("The rain had not stopped at Port Calder since Monday.",
                    "“Is the ferry late again?” asked Tom.", "“Since Monday.”",
                    "“Then we walk.”")
    assert [r["speaker"] for r in recs] == ["Tom", None, None]
    assert _why(recs[1], "turn_taking") == [
        "the exchange model left this turn undecided (fewer than two people)"]


# -- a second quote next to a turn the exchange model decided ------------------


def test_a_second_quote_follows_a_turn_decided_by_the_exchange_model() -> None:
    """``“Since Monday.” The lamp went out. “It is the storm.”``: the second
    quote of an untagged turn shares the speaker the exchange model gave the
    first, in the second pass, at the weak value of its own."""
    recs = _records(_RAIN, "“Is the ferry late again?” asked Tom.",
                    "“Since Monday.” The lamp went out. “It is the storm.”")
    assert recs[1]["rule"] == "turn_taking"
    assert (recs[2]["speaker"], recs[2]["rule"], recs[2]["speaker_from"]) == (
        recs[1]["speaker"], "same_paragraph", 1)
    fired = [s for s in recs[2]["trace"] if s["result"] == "fired"]
    assert fired[0]["pass"] == 2


def test_a_second_quote_has_nothing_to_follow_when_the_turn_is_undecided() -> None:
    """Near miss: in the same paragraph after an undecided turn (no second person
    anywhere), the second quote gets no speaker either."""
    recs = _records("The rain had not stopped at Port Calder since Monday.",
                    "“Is the ferry late again?” asked Tom.",
                    "“Since Monday.” The lamp went out. “It is the storm.”")
    assert recs[2]["speaker"] is None
    assert _why(recs[2], "same_paragraph")[-1] == "no other quote of the paragraph has a speaker"


def test_the_weak_share_is_a_value_of_its_own() -> None:
    """The weak same-paragraph value and the stand-in value differ from every
    other designed value of their rules, so their measured shares stay apart."""
    assert k.SAME_PARAGRAPH_WEAK not in (k.SAME_PARAGRAPH_PREVIOUS, k.SAME_PARAGRAPH_NEXT,
                                         k.UNRESOLVED_PRONOUN_CAP)
    turn_values = {k.TURN_TWO, k.TURN_THREE, k.TURN_MORE, round(k.TURN_TWO - k.TURN_FAR_DROP, 3),
                   round(k.TURN_THREE - k.TURN_FAR_DROP, 3),
                   round(k.TURN_MORE - k.TURN_FAR_DROP, 3)}
    assert k.TURN_STAND_IN not in turn_values


# -- a turn shares the speaker of the quote that was tagged --------------------


def test_an_untagged_turn_shares_the_tagged_quote_not_the_first_of_its_turn() -> None:
    """When the anchor turn's first quote is not the tagged one (``the words
    “Happy Birthday Jon”`` before ``“Come and look,” said Mara``), the untagged
    turn that is Mara's again shares the tagged quote's speaker, not the first
    quote's lack of one."""
    recs = _records("Mara and Jon sat by the stove.",
                    "The cake bore the words “Happy Birthday Jon” in blue. "
                    "“Come and look,” said Mara.",
                    "“Not yet,” said Jon.", "“Why not?”")
    assert recs[0]["speaker"] is None
    assert (recs[3]["speaker"], recs[3]["rule"], recs[3]["speaker_from"]) == (
        "Mara", "turn_taking", 1)


# -- a description that fits no participant ------------------------------------


def test_a_description_fitting_no_participant_does_not_void_the_exchange() -> None:
    """``said the boy`` when only two women take part: the boy is someone new
    (a participant with no name), so the untagged turns still alternate, the
    reply to him is a woman's, and his own next turn is left with no name,
    instead of the gender that fits no one leaving every turn with no speaker."""
    recs = _records("Mrs. Lind and her niece Miss Ames stood at the ticket window.",
                    "“Two to the coast, please,” said Mrs. Lind.", "“Sold out,” said the boy.",
                    "“Then tomorrow?”", "“Tomorrow too.”")
    assert recs[1]["speaker"] == "boy"
    assert (recs[2]["speaker"], recs[2]["rule"]) == ("Lind", "turn_taking")
    assert (recs[3]["speaker"], recs[3]["rule"]) == (None, "none")


def test_a_description_that_fits_keeps_its_veto() -> None:
    """Near miss: ``said the girl`` with a man and a woman taking part still
    counts as the woman's turn in the alternation: the man speaks next, then her."""
    recs = _records("Mr. Lind and Miss Ames stood at the ticket window.",
                    "“Two to the coast, please,” said Mr. Lind.", "“Sold out,” said the girl.",
                    "“Then tomorrow?”", "“Tomorrow too.”")
    # the one woman of the scene, whom the bare description names (see test_salience)
    assert recs[1]["speaker"] == "Ames"
    assert [r["speaker"] for r in recs[2:]] == ["Lind", "Ames"]
