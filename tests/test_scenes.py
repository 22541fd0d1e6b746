"""The scene model of fiction dialogue (``quoteattr._exchanges``): who is present,
who is addressed, and who speaks an untagged turn (invented passages)."""

from __future__ import annotations

from typing import Any

import pytest

import quoteattr
from quoteattr import _constants as k
from quoteattr import _exchanges


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(quote text, speaker, rule) of every outermost quote, in order."""
    return [(r["text"], r["speaker"], r["rule"])
            for r in quoteattr.attribute(text).records() if r["level"] == 0]


def _turns(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# -- vocatives --------------------------------------------------------------


def test_a_turn_that_calls_someone_by_name_is_not_theirs_and_they_answer() -> None:
    """“Jon, sit down.” is not Jon's turn; the untagged turn after it is Jon's."""
    got = _speakers(_turns("Mara and Jon sat by the stove.", "“Shall we go?” asked Mara.",
                           "“Not yet,” said Jon.", "“Jon, sit down.”", "“I am sitting.”"))
    assert got[2] == ("Jon, sit down.", "Mara", "turn_taking")
    assert got[3] == ("I am sitting.", "Jon", "turn_taking")


def test_the_person_called_by_name_answers_ahead_of_the_alternation() -> None:
    """A third person called by name in the previous turn speaks next, rather
    than the speaker two turns back."""
    got = _speakers(_turns("Mara, Jon and Ilse stood on the quay.", "“Shall we go?” asked Mara.",
                           "“Not yet,” said Jon.", "“Ilse, what do you say?”",
                           "“I say we wait.”"))
    assert got[2][1] == "Mara"
    assert got[3] == ("I say we wait.", "Ilse", "turn_taking")


def test_a_silence_broken_by_the_person_the_narration_shows_is_no_continuation() -> None:
    """``Edward said nothing. Miss Hart looked up and smiled. “…,” said she.``: the
    silence was Edward's, and Miss Hart, whom the narration shows, broke it; the
    turn before the silence is not hers but the aunt's, two turns back."""
    got = _speakers(_turns(
        "Mrs. Pell sat at her work when Edward came in.",
        "“You are late, Edward,” said Mrs. Pell.", "“The roads were bad, ma'am.”",
        "“The roads are always bad in March.”",
        "Edward bowed, and said nothing. Miss Hart looked up from her book and smiled.",
        "“We were dull without you,” said she."))
    assert got[2] == ("The roads are always bad in March.", "Pell", "turn_taking")


def test_a_silence_the_narration_does_not_break_is_still_a_continuation() -> None:
    """Near miss: ``Edward bowed, and said nothing.`` alone — no one the narration
    shows breaks the silence, so the turn before it is read as the next tag's
    speaker's, as before."""
    got = _speakers(_turns(
        "Mrs. Pell sat at her work when Edward came in. Miss Hart was reading.",
        "“You are late, Edward,” said Mrs. Pell.", "“The roads were bad, ma'am.”",
        "“The roads are always bad in March.”", "Edward bowed, and said nothing.",
        "“We were dull without you,” said Miss Hart."))
    assert got[2] == ("The roads are always bad in March.", "Hart", "turn_taking")


def test_without_a_call_the_alternation_holds() -> None:
    """Near miss: the same passage with no name called goes back to the speaker
    two turns back, not to the third person merely present."""
    got = _speakers(_turns("Mara, Jon and Ilse stood on the quay.", "“Shall we go?” asked Mara.",
                           "“Not yet,” said Jon.", "“What do you say?”", "“I say we wait.”"))
    assert [s for _, s, _ in got] == ["Mara", "Jon", "Mara", "Jon"]


@pytest.mark.parametrize("silence", ["There was no reply.", "She made no answer.",
                                     "Mara did not respond."])
def test_a_turn_that_got_no_answer_is_followed_by_its_own_speaker(silence: str) -> None:
    """Narration saying the other did not answer: the speaker goes on, ahead of
    the alternation."""
    got = _speakers(_turns("“Where were you?” asked Tom Hale.", "“Out,” said Mara Venn.",
                           "“Out where?”", silence, "“I asked you a question.”"))
    assert [s for _, s, _ in got] == ["Tom Hale", "Mara Venn", "Tom Hale", "Tom Hale"]


def test_narration_without_silence_keeps_the_alternation() -> None:
    """Near miss: narration that says nothing of an answer leaves the alternation."""
    got = _speakers(_turns("“Where were you?” asked Tom Hale.", "“Out,” said Mara Venn.",
                           "“Out where?”", "The clock ticked on the wall.",
                           "“I asked you a question.”"))
    assert [s for _, s, _ in got] == ["Tom Hale", "Mara Venn", "Tom Hale", "Mara Venn"]


def test_what_someone_would_have_said_takes_no_turn() -> None:
    """``Tom would have said, “…”, but …``: words not spoken are no turn of the
    dialogue, so the next untagged turn still alternates with Mara's answer."""
    got = _speakers(_turns("“Where were you?” asked Tom Hale.", "“Out,” said Mara Venn.",
                           "Tom would have said, “So was I,” but he thought better of it.",
                           "“Out where?”"))
    assert [s for _, s, _ in got] == ["Tom Hale", "Mara Venn", "Tom Hale", "Tom Hale"]


def test_what_someone_said_takes_a_turn() -> None:
    """Near miss: ``Tom said, “…”`` is a turn, and the next one is Mara's."""
    got = _speakers(_turns("“Where were you?” asked Tom Hale.", "“Out,” said Mara Venn.",
                           "Tom said, “So was I,” and he laughed.", "“Out where?”"))
    assert [s for _, s, _ in got] == ["Tom Hale", "Mara Venn", "Tom Hale", "Mara Venn"]


def test_a_name_only_spoken_to_before_is_a_person_for_an_action_beat() -> None:
    """``“You mean me, Orrin?” … But Orrin was stubborn. “No, ma'am.”``: a lone name
    the narration gives once is a person when a quote spoke it."""
    got = _speakers(_turns("“You mean me, Orrin, I am sure,” said Mrs. Vane.",
                           "But Orrin was stubborn. “No, ma'am, it is the girl.”"))
    assert got[1] == ("No, ma'am, it is the girl.", "Orrin", "action_beat")


def test_a_lone_capitalised_opener_no_quote_speaks_is_no_beat() -> None:
    """Near miss: ``Wearily`` opening narration is no one, though it looks like a name."""
    got = _speakers(_turns("“You mean me, I am sure,” said Mrs. Vane.",
                           "Wearily was the word for it. “No, ma'am, it is the girl.”"))
    assert got[1][1] != "Wearily"


# -- more than two people -----------------------------------------------------


def test_a_turn_after_a_third_voice_is_never_that_voice_again() -> None:
    """After a third person's tagged turn, the untagged turn goes to one of the
    others present (the data favour the speaker two turns back), never to the
    previous speaker."""
    got = _speakers(_turns("“Shall we go?” asked Mara.", "“Not yet,” said Jon.",
                           "“Go where?” asked Ilse.", "“To the pier.”"))
    assert got[3][2] == "turn_taking"
    assert got[3][1] in ("Mara", "Jon")


def test_a_tag_that_names_no_one_is_a_person_present_of_its_gender() -> None:
    """``said the girl`` is one of the people present: the untagged turns around
    it get a named person (here Ilse), never "girl"."""
    got = _speakers(_turns("Ilse looked up from her book.", "“Is the ferry late?” asked Jon.",
                           "“Since Monday,” said the girl.", "“Then we walk.”",
                           "“In this rain?”"))
    assert got[1][1] == "girl"  # the tagged turn keeps its own words
    assert [s for _, s, _ in got[2:]] == ["Jon", "Ilse"]


def test_a_tag_that_names_no_one_is_not_a_man_present_when_it_shows_a_woman() -> None:
    """Near miss: with only a man present besides the first speaker, the girl's
    turn is no one's known, and no untagged turn copies "girl" or gives her turn
    to the man."""
    got = _speakers(_turns("Mr. Hale looked up from his book.", "“Is the ferry late?” asked Jon.",
                           "“Since Monday,” said the girl.", "“Then we walk.”",
                           "“In this rain?”"))
    assert all(s not in ("girl", "Hale") for _, s, _ in got[2:])


# -- the scene: entering, leaving, breaks --------------------------------------


def test_a_person_seen_leaving_does_not_speak_the_next_turn() -> None:
    """``Jon left the room.`` between turns: the next untagged turn is not Jon's."""
    got = _speakers(_turns("Mara and Jon sat by the stove.", "“Is the ferry late?” asked Mara.",
                           "“Since Monday,” said Jon.", "“Then we walk.”", "Jon left the room.",
                           "“Are you coming?”"))
    assert got[3][2] == "turn_taking"
    assert got[3][1] != "Jon"


def test_left_before_an_object_that_is_no_place_is_no_leaving() -> None:
    """Near miss: ``Ilse left the letter on the table.``: *left* with an object
    that is no room or house is no one leaving; she may still answer."""
    got = _speakers(_turns("Mara Voss watched from the gate.", "“Are you coming?” Jon Dale asked.",
                           "“No,” said Ilse Brant.", "Ilse left the letter on the table.",
                           "“She is angry,” Jon said.", "“I am not angry.”"))
    assert got[-1][1] == "Ilse Brant"


@pytest.mark.parametrize("leaves", ["went inside", "went indoors", "hurried home", "left",
                                    "took her leave"])
def test_going_inside_or_home_is_leaving_the_scene(leaves: str) -> None:
    """``Ilse turned and went inside.``: going in or home leaves the scene as
    ``went away`` does, so the untagged reply to the next turn is the other
    person still there, not the one who left."""
    got = _speakers(_turns("Mara Voss watched from the gate.", "“Are you coming?” Jon Dale asked.",
                           "“No,” said Ilse Brant.", f"Ilse turned and {leaves}.",
                           "“She is angry,” Jon said.", "“She will get over it.”"))
    assert got[-1] == ("She will get over it.", "Mara Voss", "turn_taking")


def test_a_title_description_opening_a_beat_is_the_titled_person() -> None:
    """``“…” The captain heaved the trunk into the cart.``: a description that
    names the one person bearing its title (Captain Orme) is that person as a
    beat's subject, so the untagged quote is his; a bare ``the man`` is not
    taken for anyone named."""
    got = _speakers(_turns("Captain Orme met them at the quay.",
                           "“Mrs. Dane! And this must be the nephew.”",
                           "“Hardly,” said Tobias.",
                           "“Nonsense.” The captain heaved the trunk into the cart.",
                           "Mrs. Dane climbed up beside him."))
    assert got[2] == ("Nonsense.", "Orme", "action_beat")
    got = _speakers(_turns("Captain Orme met them at the quay.", "“Hardly,” said Tobias.",
                           "“Nonsense.” The man heaved the trunk into the cart."))
    assert got[1][2] != "action_beat"


def test_a_turn_that_names_someone_in_passing_is_not_theirs() -> None:
    """``“Then I must write to Jon’s mother.”``: a name in the flow of a turn's
    words (not set off as a call) is seldom its own speaker's, so the
    alternation that would give the turn to Jon gives way; the same turn
    without the name is Jon's (near miss)."""
    opening = ("Mara Voss, Jon Dale and Ilse Brant sat by the stove.",
               "“Is the ferry late?” asked Jon.", "“Since Monday,” said Mara.",
               "Ilse put down her cup.")
    got = _speakers(_turns(*opening, "“Then I must write to Jon’s mother at once.”"))
    assert got[-1][2] == "turn_taking" and got[-1][1] != "Jon Dale"
    got = _speakers(_turns(*opening, "“Then I must write at once.”"))
    assert got[-1] == ("Then I must write at once.", "Jon Dale", "turn_taking")


def test_a_person_who_stays_is_the_beat_of_the_next_turn() -> None:
    """Near miss: ``Jon stood up.`` is an action beat: the next turn is Jon's."""
    got = _speakers(_turns("Mara and Jon sat by the stove.", "“Is the ferry late?” asked Mara.",
                           "“Since Monday,” said Jon.", "“Then we walk.”", "Jon stood up.",
                           "“Are you coming?”"))
    assert got[3] == ("Are you coming?", "Jon", "turn_taking")


def test_a_tag_pronoun_resolved_to_no_one_is_the_participant_of_its_gender() -> None:
    """``“Are you coming?” he asked.`` opening a passage: *he* has no antecedent,
    but the exchange has one man among its people (Tom) and its turns alternate:
    the turn is his.  The confidence stays capped, as for any unresolved pronoun."""
    got = _speakers(_turns("“Are you coming?” he asked.", "“Not tonight,” said Mara.",
                           "“Then I go alone,” said Tom.", "“Go, then.”"))
    assert got[0] == ("Are you coming?", "Tom", "trailing_cue")
    doc = quoteattr.attribute(_turns("“Are you coming?” he asked.", "“Not tonight,” said Mara.",
                                     "“Then I go alone,” said Tom."),
                              quoteattr.Config(explain=True))
    why = quoteattr.explain(doc, 0)
    assert "capped at 0.5" in why and "the dialogue exchange gives the turn" in why


def test_a_tag_pronoun_goes_to_no_one_whose_gender_is_unknown() -> None:
    """Near miss: with no man among the people (Ann, and Mara whose gender the
    lexicon does not know), *he* is given to no one."""
    got = _speakers(_turns("“Are you coming?” he asked.", "“Not tonight,” said Mara.",
                           "“Then I go alone,” said Ann.", "“Go, then.”"))
    assert got[0][1] is None


@pytest.fixture()
def beats(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The person each narration paragraph before a turn is read to be about
    (the action beat of the turn), as names, in the order read."""
    seen: list[str | None] = []
    real = _exchanges._narration_person

    def spy(ctx: Any, p: int) -> int | None:
        e = real(ctx, p)
        seen.append(None if e is None else ctx.entities[e].canonical)
        return e

    monkeypatch.setattr(_exchanges, "_narration_person", spy)
    return seen


def _dialogue_with(narration: str) -> str:
    return _turns("Mara and Jon sat by the stove.", "“Is the ferry late?” asked Mara.",
                  "“Since Monday,” said Jon.", narration, "“Then we walk.”")


def test_the_beat_is_who_the_narration_ends_on(beats: list[str | None]) -> None:
    """A narration paragraph that opens on one person and ends on another
    (``Jon looked away. Mara tried again.``) is about the one its last sentence
    opens with, the person next to the turn: the beat of the turn after it."""
    quoteattr.attribute(_dialogue_with("Jon looked at the window. Mara tried again."))
    assert "Mara" in beats and "Jon" not in beats


def test_a_last_sentence_that_opens_on_no_one_makes_no_beat(beats: list[str | None]) -> None:
    """Near miss: when the narration's last sentence opens with no person (``The
    fire had gone out.``), the person its first sentence opens with is not the
    beat: they are further from the turn than the sentence between."""
    quoteattr.attribute(_dialogue_with("Jon looked at the window. The fire had gone out."))
    assert "Jon" not in beats


def test_a_pronoun_opening_the_last_sentence_is_its_person(beats: list[str | None]) -> None:
    """``She tried again.`` ending the narration: the beat is the woman ``she``
    stands for."""
    quoteattr.attribute(_dialogue_with("Jon looked at the window. She tried again."))
    assert "Mara" in beats and "Jon" not in beats


@pytest.fixture()
def scenes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], list[set[str]]]]:
    """Every scene the exchange model reads, as names: (participants, present per turn)."""
    seen: list[tuple[list[str], list[set[str]]]] = []
    real = _exchanges._scene

    def spy(ctx: Any, ex: Any) -> tuple[list[int], list[set[int]], dict[int, int]]:
        people, here, named = real(ctx, ex)
        name = ctx.entities
        seen.append(([name[e].canonical for e in people],
                     [{name[e].canonical for e in h} for h in here]))
        return people, here, named

    monkeypatch.setattr(_exchanges, "_scene", spy)
    return seen


def test_people_narrated_before_the_first_turn_are_present(
        scenes: list[tuple[list[str], list[set[str]]]]) -> None:
    """Someone named in the narration just before an exchange is present at its
    first turn, and someone seen entering is a participant."""
    quoteattr.attribute(_turns("Ilse waited on the quay with Ann.",
                               "“Is the ferry late?” asked Mara.", "“Since Monday,” said Jon.",
                               "Pell came in from the yard.", "“Then we walk.”"))
    people, here = scenes[0]
    assert {"Ilse", "Ann"} <= here[0]
    assert "Pell" in people and "Pell" in here[-1]


def test_a_chapter_heading_ends_the_look_back(
        scenes: list[tuple[list[str], list[set[str]]]]) -> None:
    """Near miss: a person named before a chapter heading is not present in the
    exchange after it (the heading is a scene break)."""
    quoteattr.attribute(_turns("Ilse waited on the quay with Ann.", "CHAPTER II",
                               "“Is the ferry late?” asked Mara.", "“Since Monday,” said Jon.",
                               "“Then we walk.”"))
    _, here = scenes[0]
    assert "Mara" in here[0]
    assert not {"Ilse", "Ann"} & here[0]


def test_a_section_mark_is_a_scene_break_and_a_sentence_is_not() -> None:
    """``* * *`` and ``CHAPTER IV`` paragraphs are scene breaks; a short
    sentence is not."""
    text = _turns("“Go,” said Jon.", "* * *", "CHAPTER IV", "She slept.", "“Wake,” said Mara.")
    doc = quoteattr.attribute(text)

    class _Paras:  # what the test reads of a Context
        def __init__(self) -> None:
            self.text, self.paragraphs = text, doc.paragraphs

    ctx: Any = _Paras()
    assert [_exchanges._scene_break(ctx, p) for p in range(len(doc.paragraphs))] == [
        False, True, True, False, False]


# -- confidence ---------------------------------------------------------------


def test_designed_confidence_falls_with_people_present_and_distance_from_a_tag() -> None:
    """Two people present is surer than three, three than more; beyond
    TURN_NEAR turns from a tag each is lower again; fewer than two known
    present counts as many."""
    near = [_exchanges._confidence(n, 1) for n in (2, 3, 4)]
    far = [_exchanges._confidence(n, k.TURN_NEAR + 1) for n in (2, 3, 4)]
    assert near[0] > near[1] > near[2]
    assert all(f < n for f, n in zip(far, near, strict=True))
    assert _exchanges._confidence(1, 1) == near[2]


def test_turns_far_from_a_tag_are_decided_less_surely(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a long run of untagged turns the designed confidence drops once the
    turn is more than TURN_NEAR turns from the last tagged one."""
    made: list[Any] = []
    real = _exchanges.Exchanges.__init__

    def spy(self: Any, ctx: Any) -> None:
        real(self, ctx)
        made.append(self)

    monkeypatch.setattr(_exchanges.Exchanges, "__init__", spy)
    text = _turns("Mara and Jon sat by the stove.", "“Is the ferry late?” asked Mara.",
                  "“Since Monday,” said Jon.", *[f"“{w}.”" for w in
                                                   ("Then we walk", "In this rain", "Yes", "No",
                                                    "Yes", "No", "Fine")])
    quoteattr.attribute(text)
    confs = [c for _, (_, c, _) in sorted(made[0].turn_speaker.items())]
    assert len(confs) == 7
    assert confs[:k.TURN_NEAR] == [confs[0]] * k.TURN_NEAR
    assert all(c < confs[0] for c in confs[k.TURN_NEAR:])


def test_a_name_called_in_the_course_of_a_turn_is_a_vocative() -> None:
    """``“Yes, Ilse, we should.”`` calls Ilse by name in mid-quote, and
    ``“Wait! Are you sure, Ilse?”`` after an exclamation that is no name:
    either way Ilse answers next."""
    for call in ("“Yes, Ilse, we should.”", "“Wait! Are you sure, Ilse?”"):
        got = _speakers(_turns("Mara, Jon and Ilse stood on the quay.",
                               "“Shall we go?” asked Mara.", "“Not yet,” said Jon.", call,
                               "“I say we wait.”"))
        assert got[3] == ("I say we wait.", "Ilse", "turn_taking"), call


def test_a_name_called_before_a_full_stop_and_another_sentence_is_a_vocative() -> None:
    """``“Good evening, Ilse. Shall we go?”`` calls Ilse, though a full stop and
    not the quote's end follows her name: Ilse answers next."""
    got = _speakers(_turns("Mara, Jon and Ilse stood on the quay.",
                           "“Shall we go?” asked Mara.", "“Not yet,” said Jon.",
                           "“Good evening, Ilse. Shall we go?”", "“I say we wait.”"))
    assert got[3] == ("I say we wait.", "Ilse", "turn_taking")


def test_a_turn_that_calls_two_people_is_neither_ones() -> None:
    """``“Good evening, Mara. Evening, Jon.”`` calls both: the turn is the third
    person's, not the second one called."""
    got = _speakers(_turns("Mara and Jon stood on the quay.",
                           "“Shall we go?” asked Mara.", "“Not yet,” said Jon.",
                           "Then Ilse came in.", "“Good evening, Mara. Evening, Jon.”"))
    assert got[2] == ("Good evening, Mara. Evening, Jon.", "Ilse", "turn_taking")


def test_a_name_in_the_flow_before_a_full_stop_is_no_vocative() -> None:
    """Near miss: ``“I saw Ilse. She was cold.”`` speaks of Ilse (no comma, title
    or quote's start before her name): the alternation decides the next turn."""
    got = _speakers(_turns("Mara, Jon and Ilse stood on the quay.",
                           "“Shall we go?” asked Mara.", "“Not yet,” said Jon.",
                           "“I saw Ilse. She was cold.”", "“I say we wait.”"))
    assert [s for _, s, _ in got] == ["Mara", "Jon", "Mara", "Jon"]


def test_a_name_two_people_share_calls_neither() -> None:
    """Near miss: ``“Hale, sit down.”`` when two Hales are in the story names no
    one, so the alternation decides the next turn."""
    got = _speakers(_turns("Ann Hale, Tom Hale and Jon stood on the quay.",
                           "“Shall we go?” asked Jon.", "“Not yet,” said Tom Hale.",
                           "“Hale, sit down.”", "“I am sitting.”"))
    assert [s for _, s, _ in got] == ["Jon", "Tom Hale", "Jon", "Tom Hale"]


def _turn(para: int, calls: int | None = None) -> Any:
    t = _exchanges._Turn(para, [para])
    t.calls = calls
    return t


def test_the_person_a_turn_calls_by_name_likely_spoke_the_turn_before() -> None:
    """A reply names whom it answers: an untagged turn scores higher for the
    person the very next turn calls by name (person 7) than for anyone else."""
    ctx: Any = None  # read only for tags that name no one
    here, nxt = _turn(4), _turn(5, calls=7)
    assert _exchanges._emission(ctx, here, None, 7, nxt) - _exchanges._emission(
        ctx, here, None, 8, nxt) == k.W_CALLED_BACK > 0


def test_a_call_after_narration_says_nothing_of_the_turn_before() -> None:
    """Near miss: with narration between the two turns, the call may answer the
    narration, and the earlier turn gets no score for it."""
    ctx: Any = None
    here, nxt = _turn(4), _turn(6, calls=7)
    assert _exchanges._emission(ctx, here, None, 7, nxt) == _exchanges._emission(
        ctx, here, None, 8, nxt)


# -- first-person narration ---------------------------------------------------


def test_a_first_person_narrator_takes_turns_without_a_name() -> None:
    """``“Where to?” I asked.``: the narrator is a person of the exchange, so the
    other person's untagged turns alternate with theirs, and, called by no name,
    the narrator's own untagged turns are given to no one named."""
    got = _speakers(_turns("“Come along,” said Holmes.", "“Where to?” I asked.",
                           "“To the river.”", "“Now?”", "“At once.”"))
    assert [s for _, s, _ in got] == ["Holmes", None, "Holmes", None, "Holmes"]
    assert got[3][2] == "none"


def test_a_first_person_narrator_called_by_name_takes_turns_with_it() -> None:
    """The same exchange where the other person calls the narrator by name
    (``“Come, Wren,” said Holmes.``): the narrator's turns, tagged and untagged,
    are Wren's (``quoteattr._narrator``)."""
    got = _speakers(_turns("“Come, Wren,” said Holmes.", "“Where to?” I asked.",
                           "“To the river.”", "“Now?”", "“At once.”"))
    assert [s for _, s, _ in got] == ["Holmes", "Wren", "Holmes", "Wren", "Holmes"]
    assert got[3][2] == "turn_taking"


def test_a_named_second_speaker_is_given_the_turns_the_narrator_would_have() -> None:
    """Near miss: the same exchange with a named second speaker gives that
    person the alternate turns."""
    got = _speakers(_turns("“Come, Wren,” said Holmes.", "“Where to?” asked Wren.",
                           "“To the river.”", "“Now?”", "“At once.”"))
    assert [s for _, s, _ in got] == ["Holmes", "Wren", "Holmes", "Wren", "Holmes"]


def test_a_turn_the_narration_shows_spoken_to_someone_calls_them() -> None:
    """``said Mara, turning to Ilse``: Ilse is addressed as by a vocative, and
    answers the next untagged turn ahead of the alternation."""
    got = _speakers(_turns("Mara, Jon and Ilse stood on the quay.", "“Shall we go?” asked Jon.",
                           "“Not yet,” said Mara, turning to Ilse. “What do you say?”",
                           "“I say we wait.”"))
    assert got[-1] == ("I say we wait.", "Ilse", "turn_taking")


def test_a_turn_that_only_looks_at_someone_does_not_call_them() -> None:
    """Near miss: ``said Mara, looking at the sea`` addresses no one, and the
    alternation decides."""
    got = _speakers(_turns("Mara, Jon and Ilse stood on the quay.", "“Shall we go?” asked Jon.",
                           "“Not yet,” said Mara, looking at the sea. “What do you say?”",
                           "“I say we wait.”"))
    assert got[-1] == ("I say we wait.", "Jon", "turn_taking")


def test_a_call_by_name_answered_shows_a_dialogue() -> None:
    """``“Jon, the ferry.”`` answered by an untagged turn is an exchange between
    people, so the answer is Jon's and not a continuation of the caller."""
    got = _speakers(_turns("Mara and Jon sat by the stove.", "“It is late,” said Mara.",
                           "“Jon, the ferry has gone.”", "“Then we walk.”"))
    assert got[2] == ("Then we walk.", "Jon", "turn_taking")


def test_a_statement_answered_is_no_evidence_of_a_dialogue() -> None:
    """Near miss: with no call and no question, the quote-only paragraphs after
    a tagged one continue its speaker (the news habit)."""
    got = _speakers(_turns("Mara and Jon sat by the stove.", "“It is late,” said Mara.",
                           "“The ferry has gone.”", "“We walk.”"))
    assert [s for _, s, _ in got] == ["Mara", "Mara", "Mara"]


def test_two_people_tagged_apart_who_call_each_other_by_name_are_a_dialogue() -> None:
    """With narration between every turn, Mara calling Jon by name and Jon
    answering make a dialogue: the untagged turn after them is Mara's."""
    got = _speakers(_turns("“It is late, Jon,” said Mara.", "The stove ticked.",
                           "“Not so late,” said Jon.", "The wind rose.",
                           "“The ferry has gone.”"))
    assert got[2] == ("The ferry has gone.", "Mara", "turn_taking")


def test_two_people_tagged_apart_with_no_call_are_no_evidence_of_a_dialogue() -> None:
    """Near miss: the same turns with no name called leave the untagged turn to
    the rules for prose (here none decides it)."""
    got = _speakers(_turns("“It is late,” said Mara.", "The stove ticked.",
                           "“Not so late,” said Jon.", "The wind rose.",
                           "“The ferry has gone.”"))
    assert got[2][2] != "turn_taking"


def test_people_quoted_to_the_press_one_after_another_are_no_dialogue() -> None:
    """Two adjacent turns tagged with different people, each speaking to the press
    (``told the BBC``, ``said on Tuesday``), are news quoting: the quote-only paragraph
    after them continues the last speaker, not the one before."""
    got = _speakers(_turns("“We should stay,” Tom Reed said on Tuesday.",
                           "“Leaving is right,” Ann Lee told the BBC.",
                           "“What Reed said was wrong.”"))
    assert got[2][:2] == ("What Reed said was wrong.", "Ann Lee")


def test_people_tagged_one_after_another_in_a_scene_are_a_dialogue() -> None:
    """Near miss: the same turns tagged with no audience, medium or day are
    a dialogue, and the untagged turn goes back to Reed."""
    got = _speakers(_turns("“We should stay,” Tom Reed said.",
                           "“Leaving is right,” Ann Lee said.",
                           "“What you said was wrong.”"))
    assert got[2] == ("What you said was wrong.", "Tom Reed", "turn_taking")


def test_in_a_report_people_quoted_in_turn_talk_only_when_they_address_each_other() -> None:
    """A document that quotes someone to the press is a report: there two adjacent
    turns by different people, neither asking nor saying *you*, are no dialogue, and
    the quote-only paragraph after them continues the last speaker."""
    got = _speakers(_turns("“The vote is close,” Ann Lee told reporters on Monday.",
                           "“We should stay,” Tom Reed said.",
                           "“Leaving is right,” Ruth Vance said.",
                           "“The plan was never sound.”"))
    assert got[3][:2] == ("The plan was never sound.", "Ruth Vance")


def test_in_a_report_people_who_address_each_other_are_a_dialogue() -> None:
    """Near miss: the same report where the second turn speaks to the first
    (*you*) is a dialogue, and the untagged turn goes back to Reed."""
    got = _speakers(_turns("“The vote is close,” Ann Lee told reporters on Monday.",
                           "“We should stay,” Tom Reed said.",
                           "“You are wrong,” Ruth Vance said.",
                           "“The plan was always sound.”"))
    assert got[3] == ("The plan was always sound.", "Tom Reed", "turn_taking")


@pytest.mark.parametrize("opening", ["“The vote is close,” Sen. Ann Lee said.",
                                     "“The vote is close,” said Ann Lee, 54, a nurse."])
def test_a_public_title_or_an_age_makes_a_report(opening: str) -> None:
    """A tag naming a public figure by title (``Sen. Ann Lee``), or a person's age set
    off by commas (``Ann Lee, 54, a nurse``), is how reports quote: adjacent turns of
    different people that do not address each other are no dialogue there."""
    got = _speakers(_turns(opening, "“We should stay,” Tom Reed said.",
                           "“Leaving is right,” Ruth Vance said.",
                           "“The plan was never sound.”"))
    assert got[3][:2] == ("The plan was never sound.", "Ruth Vance")


def test_a_novel_s_ranks_and_forms_of_address_make_no_report() -> None:
    """Near miss: ``said Colonel Hart`` is a novel's rank, not a public title: the
    adjacent turns are a dialogue and the untagged one goes back to Reed."""
    got = _speakers(_turns("“The vote is close,” said Colonel Hart.",
                           "“We should stay,” Tom Reed said.",
                           "“Leaving is right,” Ruth Vance said.",
                           "“The plan was always sound.”"))
    assert got[3] == ("The plan was always sound.", "Tom Reed", "turn_taking")


def test_a_tag_and_a_comma_ending_a_paragraph_introduce_the_next() -> None:
    """``… and calmly went on, she said,`` / ``“The ferry is late again.”``: a
    paragraph that ends with a speech tag and a comma introduces the quote
    opening the next, as one ending with a colon does."""
    got = _speakers(_turns("Mara and Jon sat by the stove. Mara looked up at last, and she said,",
                           "“The ferry is late again.”"))
    assert got == [("The ferry is late again.", "Mara", "colon_intro")]


def test_a_paragraph_ending_with_a_comma_and_no_tag_introduces_nothing() -> None:
    """Near miss: a comma after narration with no speech cue (``Mara looked up
    at last, and then,``) names no speaker for the next paragraph."""
    got = _speakers(_turns("Mara and Jon sat by the stove. Mara looked up at last, and then,",
                           "“The ferry is late again.”"))
    assert got[0][2] != "colon_intro"


def test_a_person_called_by_a_name_the_narration_never_gives_answers() -> None:
    """``“Good evening, Mr. Cunningham,” said Leonard.``: no Cunningham outside
    the quotes, but the dialogue calls him by name; he is a person of the
    exchange, and the untagged turn after the call is his."""
    got = _speakers(_turns("Leonard came up the stairs of the flats.",
                           "“Good evening, Mr. Cunningham,” said Leonard.",
                           "“Good evening.”", "“A cold night.”"))
    assert [s for _, s, _ in got] == ["Leonard", "Cunningham", "Leonard"]


def test_a_word_opening_a_quote_is_no_name_called() -> None:
    """Near miss: ``“Wonderful, isn't it?”`` opens with a word set off by a
    comma, which may be an interjection: no person is made of it."""
    doc = quoteattr.attribute(_turns("Leonard and Jacky sat by the fire.",
                                     "“Wonderful, isn't it?” said Leonard.",
                                     "“Lovely,” said Jacky.", "“It is.”"))
    assert all(s.name not in ("Wonderful", "Lovely") for s in doc.speakers)


@pytest.mark.parametrize("full, short", [("Leonard", "Len"), ("Thomas", "Tom"),
                                         ("Frederick", "Fred"), ("Philip", "Pip")])
def test_a_short_form_of_a_name_calls_that_person(full: str, short: str) -> None:
    """``“Oh, Len, I am tired.”``: a short form of a participant's name (its first
    letter, then its other letters in the long name's order) calls that person,
    who answers; no new person is made of it."""
    got = _speakers(_turns(f"{full} Hale came home late. Jacky was waiting up.",
                           f"“I'm tired,” said {full}.", f"“Oh, {short}, so am I.”",
                           "“I went to the concert.”", "“What concert?”"))
    assert [s for _, s, _ in got] == [f"{full} Hale", "Jacky", f"{full} Hale", "Jacky"]


@pytest.mark.parametrize("short, full", [("Ray", "Raymond"), ("Tom", "Thomas"),
                                         ("Fred", "Frederick")])
def test_a_long_form_of_a_name_calls_that_person(short: str, full: str) -> None:
    """``“Are they, Raymond?”`` to the man the narration calls Ray: the long form of
    a participant's name calls him; no new person "Raymond" is made, and the turn
    before the call is his."""
    got = _speakers(_turns(f"{short} Hale and Jacky sat at the table.",
                           f"“Long hours,” said {short}.", "“Meetings are work.”",
                           f"“Are they, {full}?” said Jacky."))
    assert got[1][1] == f"{short} Hale"
    doc = quoteattr.attribute(_turns(f"{short} Hale and Jacky sat at the table.",
                                     f"“Long hours,” said {short}.", "“Meetings are work.”",
                                     f"“Are they, {full}?” said Jacky."))
    assert all(sp.name != full for sp in doc.speakers)


@pytest.mark.parametrize("full, pet", [("Margaret", "Meg"), ("William", "Bill"),
                                       ("Mary", "Polly"), ("Edward", "Ned")])
def test_a_pet_form_of_a_name_calls_that_person(full: str, pet: str) -> None:
    """``“Why, Meg?”`` to the woman the narration calls Margaret: a pet form of a
    participant's name that is no shortening of its letters (English's common
    hypocorisms) calls that person, who answers; no new person is made of it."""
    text = _turns(f"{full} Hale came home late. Jacky was waiting up.",
                  f"“I'm tired,” said {full}.", f"“Why, {pet}? You slept all morning.”",
                  "“I went to the concert.”", "“What concert?”")
    got = _speakers(text)
    assert [s for _, s, _ in got] == [f"{full} Hale", "Jacky", f"{full} Hale", "Jacky"]
    assert all(sp.name != pet for sp in quoteattr.attribute(text).speakers)


def test_a_pet_form_in_the_narration_is_the_person_of_the_full_name() -> None:
    """``Margaret Hale`` … ``said Meg``: one person, as ``said Margaret`` would be
    (the latest person of that given name); near miss: ``said Bill`` with no William
    in the text is a person of his own."""
    doc = quoteattr.attribute("Margaret Hale came home late. “I'm tired,” said Meg.")
    assert [sp.name for sp in doc.speakers] == ["Margaret Hale"]
    doc = quoteattr.attribute("Margaret Hale came home late. “I'm tired,” said Bill.")
    assert [sp.name for sp in doc.speakers] == ["Bill"]


def test_a_long_form_two_people_could_bear_is_no_one_known() -> None:
    """Near miss: ``Thomasina`` could be Tom's or Thomas's: it names neither."""
    group = _exchanges._by_initial({"tom": 0, "thomas": 1}).get("t")
    assert _exchanges._long_form_of("thomasina", group) is None
    assert _exchanges._long_form_of("raymond", {"ray": 0}) == 0


def test_a_short_form_two_people_could_bear_is_no_one_known() -> None:
    """Near miss: ``Tom`` could be Thomas or Tomlin: it names neither."""
    def short(word: str, names: dict[str, int]) -> int | None:
        return _exchanges._short_form_of(word, _exchanges._by_initial(names).get(word[0]))

    assert short("tom", {"thomas": 0, "tomlin": 1}) is None
    assert short("tom", {"thomas": 0, "hale": 0}) == 0
    assert short("ted", {"edward": 0}) is None  # another first letter


def test_a_short_form_among_too_many_names_of_its_letter_is_no_one_known() -> None:
    """Near miss, and a bound: among more names of its first letter than are
    compared, a short form names no one (no quadratic work on thousands of names)."""
    names = {f"thomas{'x' * i}": i for i in range(_exchanges._SHORT_SCAN + 1)}
    assert _exchanges._short_form_of("tom", _exchanges._by_initial(names).get("t")) is None


# -- a bare description in a tag: the named participant of its gender ------------------------


def test_a_bare_description_in_a_tag_is_the_named_participant_the_exchange_gives_it() -> None:
    """``“Good morning, Mrs. Trevail,” said Amos.`` / ``“Is it?” the old woman said.``
    with two women in the scene: the description fits both, so the discourse model
    leaves it its own; the exchange gives the turn to the woman just called by name,
    and the record names her (and the paragraph's other quote with her)."""
    got = _speakers(_turns(
        "Amos and his sister Kerra kept the bakery on the quay.",
        "“It is cold today,” said Kerra.",
        "“It is,” said Amos.",
        "The door opened and a small figure in a grey shawl came in out of the wind.",
        "“Good morning, Mrs. Trevail,” said Amos.",
        "“Is it?” the old woman said. “Two loaves, and none of your talk.”"))
    assert got[-2:] == [("Is it?", "Trevail", "trailing_cue"),
                        ("Two loaves, and none of your talk.", "Trevail", "same_paragraph")]


def test_a_bare_description_no_named_participant_fits_stays_the_description() -> None:
    """Near miss: the same with only men named in the scene: the old woman is
    someone the story has not named, and the record keeps the description."""
    got = _speakers(_turns(
        "Amos and his brother Jory kept the bakery on the quay.",
        "“It is cold today,” said Jory.",
        "“It is,” said Amos.",
        "The door opened and a small figure in a grey shawl came in out of the wind.",
        "“Good morning,” said Amos.",
        "“Is it?” the old woman said. “Two loaves, and none of your talk.”"))
    assert got[-2:] == [("Is it?", "old woman", "trailing_cue"),
                        ("Two loaves, and none of your talk.", "old woman", "same_paragraph")]


# -- a person a tag shows speaking took part from the exchange's first turn ----------------


def test_a_talk_under_way_is_between_the_people_tagged_later() -> None:
    """A passage that opens in a talk under way names its people only when a tag
    first does: Tom and Mara, tagged at the end, took part from the first turn, and
    the untagged turns alternate between them, not with old Bryce, who only came
    down the quay."""
    got = _speakers(_turns(
        "The rain came in sideways off the estuary. Old Bryce came down the quay with a "
        "lantern and stopped by the shelter.",
        "“Is the ferry late again?”", "“Since Monday. The pier is under water.”",
        "“Then we shall have to walk.”", "“In this rain? You must be joking.”",
        "“I never joke about ferries,” said Tom.", "“No,” said Mara, “you never do.”"))
    assert [s for _, s, _ in got[:4]] == ["Tom", "Mara", "Tom", "Mara"]


def test_a_person_seen_coming_in_takes_no_turn_before() -> None:
    """Near miss: a person tagged after the narration shows her coming in (``Mara
    came in``) was not there before: no earlier turn is hers."""
    got = _speakers(_turns(
        "The rain came in sideways off the estuary. Old Bryce came down the quay with a "
        "lantern and stopped by the shelter.",
        "“Is the ferry late again?”", "“Since Monday. The pier is under water.”",
        "“Then we shall have to walk.”", "Mara came in, shaking out her umbrella.",
        "“In this rain? You must be joking,” said Mara.",
        "“I never joke about ferries,” said Tom."))
    assert "Mara" not in [s for _, s, _ in got[:3]]
    assert got[3][1] == "Mara"


# -- a name called by title and surname, answered at once by a given name's tag --------------


def _harcourt(answer: str) -> str:
    return _turns("Lady Harcourt received them in the morning-room.",
                  "“Miss Vane, I believe,” she said.", answer,
                  "“And you are the cousin,” said Lady Harcourt.",
                  "“Felix Dunmore, ma'am,” said Felix.",
                  "“Tell me, Miss Vane, do you ride?”", "“A little.”")


def test_a_title_and_surname_called_and_answered_at_once_is_the_answerer() -> None:
    """``“Miss Vane, I believe,” she said.`` / ``“Yes, ma'am,” said Clara.``: the
    person called by title and surname answers at once, tagged by her given name
    alone; a later call of Miss Vane calls Clara, and the turn after it is hers."""
    got = _speakers(_harcourt("“Yes, ma'am,” said Clara."))
    assert got[-1] == ("A little.", "Clara", "turn_taking")
    assert all(sp.name != "Vane" for sp in quoteattr.attribute(
        _harcourt("“Yes, ma'am,” said Clara.")).speakers)


def test_an_answer_by_another_surname_is_not_the_miss_called() -> None:
    """Near miss: the answer at once is tagged with a full name of another surname
    (``said Clara Roe``): Miss Vane is someone else, a person of her own, whose
    turn the later call gives."""
    got = _speakers(_harcourt("“Yes, ma'am,” said Clara Roe."))
    assert got[-1] == ("A little.", "Vane", "turn_taking")


def test_the_turn_after_two_calls_answers_the_last() -> None:
    """``“That will do, Martin,” said Lady Harcourt. The maid withdrew. “Now,
    Clara. …”``: the turn calls two people; the next turn answers the one called
    last, not the first."""
    got = _speakers(_turns(
        "Lady Harcourt received Clara and Felix in the morning-room.",
        "“Sit down, both of you,” said Lady Harcourt.", "“Thank you,” said Felix.",
        "“Thank you,” said Clara.", "“Will you take tea?” asked Lady Harcourt.",
        "“With pleasure,” said Felix.",
        "“That will do, Martin,” said Lady Harcourt. The maid withdrew. “Now, Clara. You "
        "have come about the house.”",
        "“Yes. My aunt left it to me.”"))
    assert got[-1] == ("Yes. My aunt left it to me.", "Clara", "turn_taking")


def test_the_turn_after_one_call_answers_it() -> None:
    """Near miss: one call (``“Now, Clara. …”``): the next turn is the person called."""
    got = _speakers(_turns(
        "Lady Harcourt received Clara and Felix in the morning-room.",
        "“Sit down, both of you,” said Lady Harcourt.", "“Thank you,” said Felix.",
        "“Thank you,” said Clara.", "“Will you take tea?” asked Lady Harcourt.",
        "“With pleasure,” said Felix.",
        "“Now, Clara. You have come about the house,” said Lady Harcourt.",
        "“Yes. My aunt left it to me.”"))
    assert got[-1] == ("Yes. My aunt left it to me.", "Clara", "turn_taking")


def test_a_name_opening_a_later_sentence_of_the_quote_calls_that_person() -> None:
    """``“It was not a compliment. Sit down. Clara, you will take tea?”``: a sentence
    inside the quote opening on a name, a comma and words spoken to her (*you*, an
    imperative) calls her; the turn after it is hers."""
    got = _speakers(_turns(
        "Lady Harcourt received Clara and Felix in the morning-room.",
        "“Sit down,” said Lady Harcourt.", "“Thank you,” said Felix.",
        "“Thank you,” said Clara.", "“Will you take tea?” asked Lady Harcourt.",
        "“With pleasure,” said Felix.",
        "“It was not a compliment. Sit down. Clara, you will take tea?”",
        "“Thank you, no.”"))
    assert got[-1] == ("Thank you, no.", "Clara", "turn_taking")


@pytest.mark.parametrize("quote", ["I saw them. Clara, poor girl, cried all night.",
                                   "I saw them. Clara, who was tired, went home."])
def test_a_name_opening_a_later_sentence_about_her_calls_no_one(quote: str) -> None:
    """Near miss: the sentence after the name speaks of her (an appositive, a
    relative clause), not to her: no call."""
    from quoteattr._exchanges import _VOCATIVE
    assert [m.group("name") for m in _VOCATIVE.finditer(quote)] == []


# -- a form of address tells the listener's gender ----------------------------------------


def _tea(address: str) -> list[tuple[str, str | None, str]]:
    return _speakers(_turns(
        "Lady Harcourt received Clara and Felix in the morning-room.",
        "“Good morning,” said Felix.", "“Sit down,” said Lady Harcourt.",
        "“Thank you,” said Clara.", "“Will you take tea?” said Lady Harcourt.",
        "“Tea, if you please.”", f"“Then you shall have it, {address}.”"))


def test_a_form_of_address_tells_the_gender_of_the_last_speaker() -> None:
    """``“Then you shall have it, sir.”``: the person spoken to, the last turn's
    speaker, is a man; the untagged turn before goes to Felix, not to Clara as
    the alternation alone would give it."""
    assert _tea("sir")[-2] == ("Tea, if you please.", "Felix", "turn_taking")


def test_a_word_of_endearment_tells_no_gender() -> None:
    """Near miss: ``my dear`` is said to anyone: the alternation gives the turn."""
    assert _tea("my dear")[-2] == ("Tea, if you please.", "Clara", "turn_taking")


@pytest.mark.parametrize(("quote", "gender"), [
    ("Yes, sir.", "m"), ("Thank you, ma'am!", "f"), ("Of course, madam; at once.", "f"),
    ("Sir John is out.", None), ("Yes, sir. No, ma'am.", None)])
def test_the_gender_a_form_of_address_gives(quote: str, gender: str | None) -> None:
    """``sir`` speaks to a man, ``ma'am``, ``madam``, ``miss`` to a woman; a title
    before a name (``Sir John``) speaks to no one, and both forms tell nothing."""
    text = f"“{quote}”"
    doc = quoteattr.attribute(text)
    t = _exchanges._Turn(0, [0])
    ctx = type("C", (), {"text": text, "quotes": doc.quotes})()
    assert _exchanges._addressed_gender(ctx, t) == gender  # type: ignore[arg-type]


def _brothers(second: str) -> str:
    return _turns(
        "The two brothers stood at the gate, Robert with his hands in his pockets and "
        "Walter leaning on his stick.",
        "“It will rain before noon,” observed the former.",
        f"“It always rains before noon,” returned {second}.")


def test_the_other_in_a_tag_is_the_participant_the_exchange_gives_it() -> None:
    """``“…,” observed the former.`` / ``“…,” returned the other.``: *the other*
    only sets its speaker apart from the one just speaking; the record names the
    participant the exchange gives the turn (Walter), not "other"."""
    got = _speakers(_brothers("the other"))
    assert got[1] == ("It always rains before noon,", "Walter", "trailing_cue")


def test_another_description_in_a_tag_is_kept() -> None:
    """Near miss: ``returned the other man``: a description with a head of its own
    is someone the story may not have named; the record keeps it."""
    got = _speakers(_brothers("the stranger"))
    assert got[1] == ("It always rains before noon,", "stranger", "trailing_cue")


def test_a_turn_after_narration_that_names_no_one_is_the_exchanges() -> None:
    """``After a short pause. “You have no confidence in me, Marianne.”``: a
    paragraph whose narration before its first quote names no one is still a turn,
    and the exchange gives it its speaker (it had none)."""
    got = _speakers(_turns("Elinor and Marianne sat together.",
                           "“Are you ill, then?” said Elinor.", "“Yes, a little.”",
                           "After a short pause. “You have no confidence in me, Marianne.”"))
    assert got[-1] == ("You have no confidence in me, Marianne.", "Elinor", "turn_taking")


def test_a_fragment_after_narration_is_no_turn() -> None:
    """Near miss: the narration before the quote does not end (``He called the plan
    “…”``): a fragment inside a sentence is no turn."""
    got = _speakers(_turns("Elinor and Marianne sat together.",
                           "“Are you ill, then?” said Elinor.", "“Yes, a little.”",
                           "The vicar called the sermon “a long and tedious affair.”"))
    assert got[-1][2] != "turn_taking"


def test_an_exchange_holds_at_most_exchange_people_tagged_apart() -> None:
    """A run of turns tagged by many people (a transcript, a long scene) is cut
    before the tag that would make it hold more than ``EXCHANGE_PEOPLE`` people
    tagged apart: the best path's work grows with the cube of its people (a
    dialogue of fifteen speakers and a few thousand turns took minutes)."""
    names = ["Ann", "Maria", "Grace", "Helen", "Priya", "Lena", "Rosa", "Ines", "Clara",
             "Nadia", "Joan", "Edith"]
    text = _turns(*[p for n in names for p in (f"“Come in, {n},” said {n} Vale.", "“Why?”")])
    doc = quoteattr.attribute(text)
    ctx_turns = [r for r in doc.records() if r["rule"] == "trailing_cue"]
    assert len(ctx_turns) == len(names)
    from quoteattr._exchanges import _split, _Turn
    turns = []
    for i in range(20):
        t = _Turn(i, [i])
        t.anchor = i % 12  # twelve people tagged apart, in turn
        turns.append(t)
    runs = _split(None, turns)  # type: ignore[arg-type]
    assert all(len({t.anchor for t in run}) <= k.EXCHANGE_PEOPLE for run in runs)
    assert [t.para for run in runs for t in run] == list(range(20))


def test_an_exchange_of_few_people_is_not_cut() -> None:
    """Near miss: two people tagged in turn over many turns: one exchange."""
    from quoteattr._exchanges import _split, _Turn
    turns = []
    for i in range(40):
        t = _Turn(i, [i])
        t.anchor = i % 2
        turns.append(t)
    assert len(_split(None, turns)) == 1  # type: ignore[arg-type]


def _gate(last: str) -> str:
    return _turns(
        "Mr. Crale faced Pip and his sister Bess across the desk.",
        "“Who opened the gate?” asked Mr. Crale.",
        "Bess studied the floor. Pip studied the ceiling.", "“The wind did,” said Pip.",
        "“The gate has a latch, and the wind has no hands.”",
        "“Then it was a strong wind.”", last, "“No, sir.”")


def test_turning_to_someone_is_no_sign_they_spoke_the_turn_before() -> None:
    """``Mr. Crale turned to Bess. “And you? …”``: turning to a listener seeks out
    someone who has not just spoken; the untagged turn before it keeps the
    alternation (Pip's), it is not Bess's."""
    got = _speakers(_gate("Mr. Crale turned to Bess. “And you? Have you a wind to offer too?”"))
    assert got[3] == ("Then it was a strong wind.", "Pip", "turn_taking")
    assert got[5] == ("No, sir.", "Bess", "turn_taking")


def test_a_call_in_the_next_turns_own_words_names_whom_it_answers() -> None:
    """Near miss: ``“…, Bess?”`` in the next turn's own words is a reply's call:
    the untagged turn before it is Bess's."""
    got = _speakers(_gate("“You saw it, Bess? From the kitchen?” said Mr. Crale."))
    assert got[3] == ("Then it was a strong wind.", "Bess", "turn_taking")


def _wardroom(captain: str) -> str:
    return _turns(
        f"{captain[:1].upper()}{captain[1:]} had been silent for some minutes, and Mr. Harker "
        "did not disturb him.",
        f"“Have you heard what they say of the new man?” asked {captain} at length.",
        "“I have heard a great deal, sir, and believed little of it.”",
        "“Then you are wiser than the mess.”",
        "“The mess is seldom wise, sir.”")


@pytest.mark.parametrize("title", ["the Captain", "the Squire"])
def test_a_title_capitalised_after_the_stands_for_one_person(title: str) -> None:
    """``said the Captain``: a title capitalised inside a sentence is how a story
    names the one captain of its scene: he takes part in the talk as a named
    person would, and the untagged turns alternate between him and Harker."""
    got = _speakers(_wardroom(title))
    word = title.split()[1]
    assert [s for _, s, _ in got] == [word, "Harker", word, "Harker"]


def test_a_description_in_lower_case_is_one_of_those_present() -> None:
    """Near miss: ``said the captain`` in lower case is a description, one of the
    people present, not a person of its own: with Harker alone named, the
    untagged turns get no speaker."""
    got = _speakers(_wardroom("the captain"))
    assert got[0][1] == "captain"
    assert [s for _, s, _ in got[1:]] == [None, None, None]


def _study(title: str) -> str:
    return _turns(
        f"When {title} came into the study, he found only Tom Harker at the desk.",
        "“Your father is not at home?”",
        "“He is in town, sir. He begs you will forgive him.”",
        f"“Ah.” {title[:1].upper()}{title[1:]} sat down by the fire. “Then we may talk plainly.”",
        "“As you like, sir.”")


def test_a_title_capitalised_after_the_is_seen_in_narration_and_opens_beats() -> None:
    """``When the Colonel came in …`` / ``The Colonel sat down by the fire. “…”``:
    no tag names him, but a title capitalised after *the* stands for one person
    as a name does in the narration too: he takes part, his beat is his, and the
    untagged turns alternate between him and Harker."""
    got = _speakers(_study("the Colonel"))
    assert [(s, r) for _, s, r in got] == [
        ("Colonel", "turn_taking"), ("Tom Harker", "turn_taking"), ("Colonel", "action_beat"),
        ("Colonel", "action_beat"), ("Tom Harker", "turn_taking")]


def test_a_title_in_lower_case_in_narration_is_no_one_named() -> None:
    """Near miss: ``the colonel`` in lower case is a description, no person of
    its own: its beat is no one's, and with Tom Harker alone named the untagged
    turns stay undecided."""
    got = _speakers(_study("the colonel"))
    assert [s for _, s, _ in got] == [None] * 5


def _diner(beat: str) -> str:
    return _turns(
        "Walt and his daughter Dana took the booth by the window. Sherry brought the menus.",
        "“Two coffees, Sherry,” said Walt.", f"{beat} “The cherry pie is fresh today.”",
        "“Cherry, then.”")


def test_a_beat_looking_at_someone_speaks_to_them() -> None:
    """``Sherry looks at Dana. “…”``: the person looked at is spoken to, and the
    untagged turn after it answers (Dana's), not the one two turns back."""
    got = _speakers(_diner("Sherry looked at Dana."))
    assert got[-1] == ("Cherry, then.", "Dana", "turn_taking")


def test_a_beat_looking_at_a_thing_speaks_to_no_one() -> None:
    """Near miss: ``Sherry looked at her pad.``: no one is spoken to; the
    alternation gives the turn back to Walt."""
    got = _speakers(_diner("Sherry looked at her pad."))
    assert got[-1] == ("Cherry, then.", "Walt", "turn_taking")


def _parlour(call: str) -> str:
    return _turns(
        "Mrs. Hale was at the window when Margaret came in with the letter.",
        "“Is it from your father?”", f"“{call}”",
        "“He will be home on Thursday,” said Margaret, “and he asks for you.”")


@pytest.mark.parametrize("call", ["Yes, Mamma.", "Yes, Mother.", "Mamma, yes."])
def test_a_parent_called_by_a_word_of_kinship_is_the_married_woman_present(call: str) -> None:
    """``“Yes, Mamma.”``: a turn calling a mother is not spoken by her; the one
    married woman present (``Mrs. Hale``) is the person called, who asked the
    turn before (the daughter goes on in the tagged turn after)."""
    got = _speakers(_parlour(call))
    assert [s for _, s, _ in got[:2]] == ["Hale", "Margaret"]


def test_a_word_of_kinship_in_the_flow_of_a_turn_calls_no_one() -> None:
    """Near miss: ``“Yes. Mother knows.”`` speaks of a mother and calls no one:
    the turns alternate back from the tagged one, as before."""
    got = _speakers(_parlour("Yes. Mother knows."))
    assert [s for _, s, _ in got[:2]] == ["Margaret", "Hale"]


def test_a_tagged_turn_spoken_to_someone_is_answered_in_a_story() -> None:
    """``“You’re late,” said Mrs Dunmore.`` / ``“The bus broke down.”``: a turn
    that speaks to someone (*you*) is answered by the quote-only paragraph after
    it: the passage is a dialogue, and the answer is not hers."""
    got = _speakers(_turns(
        "Mrs Dunmore was at the sink when her lodger Ted Rusk came in.",
        "“You’re late again,” said Mrs Dunmore.", "“The bus broke down on the hill.”",
        "“The bus always breaks down.”"))
    assert [s for _, s, _ in got] == ["Dunmore", "Ted Rusk", "Dunmore"]


def test_a_quote_spoken_to_the_public_goes_on_in_a_report() -> None:
    """Near miss: in a report (a quote given to reporters), ``“You have to …”`` is
    said to the public; the quote-only paragraph after it goes on with the same
    speaker."""
    got = _speakers(_turns(
        "Mayor Ann Dunmore spoke after the council vote.",
        "“You have to fix the roads first,” Dunmore told reporters.",
        "“Everything else can wait until spring.”"))
    assert [s for _, s, _ in got] == ["Ann Dunmore", "Ann Dunmore"]


def _ashbys(last: str) -> str:
    return _turns(
        "Mr. Ashby came in from his walk to find Mrs. Ashby and the letter on the table.",
        "“Well, my dear,” said Mr. Ashby, “you look as if the house had caught fire.”",
        "“Worse,” said Mrs. Ashby. “Your cousin is coming.”", last,
        "“I will tell him nothing of the kind, my dear.”")


def test_a_call_of_mr_does_not_make_mrs_ashby_the_one_spoken_to() -> None:
    """``Mrs. Ashby was not to be diverted. “You will speak to him, Mr. Ashby.”``:
    the call by title and surname is her husband's, not hers: the beat is hers;
    and the call makes no third Ashby of a name the narration gives two people."""
    doc = quoteattr.attribute(_ashbys(
        "Mrs. Ashby was not to be diverted. “You will speak to him, Mr. Ashby.”"))
    recs = [r for r in doc.records() if r["level"] == 0]
    assert (recs[-2]["speaker_title"], recs[-2]["rule"]) == ("Mrs.", "action_beat")
    assert sorted(s.title or "" for s in doc.speakers if s.name == "Ashby") == ["Mr.", "Mrs."]


def test_a_call_of_the_beats_own_title_and_name_is_no_beat() -> None:
    """Near miss: ``Mrs. Ashby was not to be diverted. “…, Mrs. Ashby.”``: the
    quote calls the person of the beat: she is spoken to, not speaking."""
    doc = quoteattr.attribute(_ashbys(
        "Mrs. Ashby was not to be diverted. “You will speak to him, Mrs. Ashby.”"))
    recs = [r for r in doc.records() if r["level"] == 0]
    assert recs[-2]["rule"] != "action_beat"


def _riverbank(opening: str) -> str:
    return _turns(opening, "“Think it'll rain?” the boy said.", "“No.”", "“How do you know?”",
                  "“I know.”", "“Were you scared?” asked the boy.", "“Everybody was scared,” "
                  "the man said.")


def test_two_people_named_by_description_only_take_turns() -> None:
    """``the boy said`` … ``the man said``, and no one named: the two descriptions
    are the talk's two people, and the untagged turns alternate between them."""
    got = _speakers(_riverbank("The man and the boy sat on the bank and watched the water."))
    assert [s for _, s, _ in got] == ["boy", "man", "boy", "man", "boy", "man"]


def test_described_people_beside_a_named_one_are_no_participants_of_their_own() -> None:
    """Near miss: with Jack Hale named in the scene, the descriptions are read as
    before (one of those present), and the untagged turns are left to him or none."""
    got = _speakers(_riverbank("Jack Hale sat on the bank with a boy and watched the water."))
    assert [s for _, s, _ in got][1:4] != ["man", "boy", "man"]


def test_a_quotation_reopened_in_the_next_paragraph_is_one_turn() -> None:
    """``“At the mill. The wheel had stopped.`` / ``“Then the water rose.”``: a
    quotation left open at a paragraph's end and reopened in the next is one
    turn over both paragraphs, the same speaker's; the alternation goes on after
    it (before, the reopened paragraph was a turn of its own, and every later
    turn flipped)."""
    got = _speakers(_turns("“Tell me what happened,” said Anna.", "“I will,” said Tom.",
                           "“Where did it start?”", "“At the mill. The wheel had stopped.",
                           "“Then the water rose, and we ran.”", "“And then?”",
                           "“We climbed the hill.”"))
    assert [s for _, s, _ in got] == ["Anna", "Tom", "Anna", "Tom", "Tom", "Anna", "Tom"]


def test_a_tagged_quotation_reopened_in_the_next_paragraph_keeps_its_speaker() -> None:
    """``“…,” said Tom. “At the mill.`` / ``“Then the water rose.”``: the tag's
    speaker goes on in the reopened paragraph."""
    got = _speakers(_turns("“Tell me what happened,” said Anna.",
                           "“It started,” said Tom, “at the mill. The wheel had stopped.",
                           "“Then the water rose, and we ran.”", "“And then?”"))
    assert [s for _, s, _ in got] == ["Anna", "Tom", "Tom", "Tom", "Anna"]


def test_a_closed_quotation_in_the_next_paragraph_is_a_new_turn() -> None:
    """Near miss: the quotation closed at the paragraph's end: the next
    paragraph's quote is the other person's turn."""
    got = _speakers(_turns("“Tell me what happened,” said Anna.", "“I will,” said Tom.",
                           "“Where did it start?”", "“At the mill. The wheel had stopped.”",
                           "“Then the water rose?”"))
    assert [s for _, s, _ in got] == ["Anna", "Tom", "Anna", "Tom", "Anna"]


@pytest.mark.parametrize("gone", ["When Nadia had gone, Sam sat down.",
                                  "Nadia had gone to the bar. Sam sat down.",
                                  "Once Nadia was gone, Sam sat down."])
def test_a_person_gone_in_a_subordinate_clause_or_the_past_perfect_has_left(gone: str) -> None:
    """``When Nadia had gone, Sam sat down.``: a person seen leaving in a clause a
    subordinator opens, or gone *to the bar*, takes no turn after (the untagged
    reply went to Nadia; it is the one left, Juliet's)."""
    text = ("“Hello,” said Juliet.\n\n“Hi,” said Nadia.\n\n“Hey,” said Sam.\n\n"
            f"“I need a drink,” said Nadia.\n\n{gone} “She hates me.”\n\n“She is loyal.”")
    assert quoteattr.attribute(text).records()[-1]["speaker"] == "Juliet"


def test_a_person_named_in_a_subordinate_clause_without_leaving_stays() -> None:
    """Near miss: ``When Nadia laughed, Sam sat down.``: Nadia is still there."""
    from quoteattr._exchanges import _LEAVES

    assert _LEAVES.search("When Nadia laughed, Sam sat down.") is None


@pytest.mark.parametrize("call", ["Sorry, Sarge,", "Thanks, Boss,", "Right you are, Doc,"])
def test_an_informal_form_of_address_is_no_one_called(call: str) -> None:
    """``“Sorry, Sarge,” said Hale.``: *Sarge*, *Boss*, *Doc*, *mate* are forms of
    address, not names: no person called "Sarge" takes the next turn (one did),
    which goes back to the one spoken to."""
    text = (f"“Heads down, Hale,” said Mallory.\n\n“{call}” said Hale.\n\n"
            "“Don't be sorry. Be quick.”")
    assert quoteattr.attribute(text).records()[-1]["speaker"] == "Mallory"


def test_a_name_called_is_still_a_person_called() -> None:
    """Near miss: ``“Sorry, Jem,” said Hale.``: Jem, a name, is someone called."""
    from quoteattr._exchanges import NO_NAMES

    assert "jem" not in NO_NAMES and "sarge" in NO_NAMES


@pytest.mark.parametrize("rank", ["Sergeant", "Captain", "Inspector", "Doctor"])
def test_a_call_by_rank_and_surname_names_the_one_who_answers(rank: str) -> None:
    """``“Sergeant Mallory,” said Ferris.`` / ``“Yes?”``: a rank or an office before
    a surname calls that person, as *Mr.* does; the person called answers (the
    turn went to the speaker before, by alternation)."""
    text = ("“Head down,” said Mallory.\n\n“Yes,” said Hale.\n\n"
            f"“{rank} Mallory,” said Ferris.\n\n“Yes?”")
    assert quoteattr.attribute(text).records()[-1]["speaker"] == "Mallory"


def test_a_rank_alone_calls_no_one_by_name() -> None:
    """Near miss: ``“Sergeant,” said Ferris.`` names no one: the alternation stands."""
    text = ("“Head down,” said Mallory.\n\n“Yes,” said Hale.\n\n"
            "“Sergeant,” said Ferris.\n\n“Yes?”")
    assert quoteattr.attribute(text).records()[-1]["speaker"] != "Sergeant"


def test_a_described_speaker_no_one_fits_lets_the_named_one_answer() -> None:
    """``said Mrs. Allardyce`` / ``said her husband`` / an untagged reply: the husband
    fits no one of the scene (one woman named), so he is someone not named, and the
    reply after his turn alternates back to Mrs. Allardyce (it had no speaker: with
    one person named the exchange was not read at all)."""
    got = _speakers(_turns("“You must call on him,” said Mrs. Allardyce.",
                           "“Must I?” said her husband.", "“You must.”", "“I shall not.”"))
    assert [s for _, s, _ in got] == ["Allardyce", "husband", "Allardyce", None]


def test_a_described_speaker_who_fits_a_named_person_is_that_person() -> None:
    """Near miss: ``said the old man`` with Mr. Quill named is Quill's turn (no one
    new): the untagged replies alternate between the two named people."""
    got = _speakers(_turns("Mr. Quill and Ada sat down.", "“You must call on him,” said Ada.",
                           "“Must I?” said the old man.", "“You must.”", "“I shall not.”"))
    assert [s for _, s, _ in got][2:] == ["Ada", "Quill"]


@pytest.mark.parametrize(("title", "call"), [("Captain", "Captain"), ("Dr.", "Doctor"),
                                            ("Sgt.", "Sergeant")])
def test_a_rank_called_alone_calls_the_one_person_of_that_title(title: str, call: str) -> None:
    """``“I owe you my life, Captain,” said Amory.`` / ``“You owe it to the boy.”``: a rank
    or an office called alone calls the one person named with it (Captain Hardcastle),
    who answers (the reply went to the speaker two turns back, by alternation)."""
    got = _speakers(_turns(f"“Keep an eye on him,” said {title} Hardcastle.",
                           "“I will, sir,” said Pellow.",
                           f"“I owe you my life, {call},” said Amory.",
                           "“You owe it to the boy.”"))
    assert got[-1][1:] == ("Hardcastle", "turn_taking")


def test_a_rank_two_people_bear_calls_no_one() -> None:
    """Near miss: with Captain Hardcastle and Captain Vane both named, ``Captain`` alone
    calls neither: the reply alternates."""
    got = _speakers(_turns("Captain Vane stood by.", "“Keep an eye on him,” said Captain "
                           "Hardcastle.", "“I will, sir,” said Pellow.",
                           "“I owe you my life, Captain,” said Amory.",
                           "“You owe it to the boy.”"))
    assert got[-1][1:] == ("Pellow", "turn_taking")
