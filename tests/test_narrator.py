"""The first-person narrator named as the other people call them
(``quoteattr._narrator``; invented passages)."""

from __future__ import annotations

import quoteattr


def _story(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    """(quote text, speaker, rule) of every outermost quote, in order."""
    doc = quoteattr.attribute("\n\n".join(paragraphs))
    return [(r["text"], r["speaker"], r["rule"]) for r in doc.records() if r["level"] == 0]


_EVENING = (
    "I met Rowan on the steps of the inn when I came up from the river.",
    "“You are late, Tom,” she said. “The others went on.”",
    "“I was fishing,” I said.",
    "“Did you catch anything?”",
    "“Two small ones.”",
)


def test_the_narrator_is_named_as_the_others_call_them() -> None:
    """``“You are late, Tom,” she said.`` next to ``“I was fishing,” I said.``:
    the narrator is Tom, in the tagged turn and in the untagged one the
    alternation gives the narrator."""
    got = _story(*_EVENING)
    assert got[2] == ("I was fishing,", "Tom", "trailing_cue")
    assert got[3][1] == "Rowan"
    assert got[4] == ("Two small ones.", "Tom", "turn_taking")


def test_a_name_the_narration_gives_someone_is_not_the_narrators() -> None:
    """Near miss: ``“Hello, Hollis.”`` next to the narrator's turn calls Hollis,
    whom the narration names: the narrator gets no name from it."""
    got = _story("Hollis was sitting by the door of the inn.",
                 "“Hello, Hollis,” said Rowan.", "“Where is everyone?” I asked.",
                 "“Gone to the fair.”")
    assert got[1] == ("Where is everyone?", None, "trailing_cue")
    assert all(s != "Hollis" for _, s, _ in got[1:2])


def test_a_form_of_address_is_no_name() -> None:
    """Near miss: ``“Yes, Sir.”`` calls the narrator by no name."""
    got = _story("The clerk looked up from his ledger.", "“Good evening, Sir,” he said.",
                 "“Is there a room?” I asked.", "“Only the one at the top.”")
    assert got[1] == ("Is there a room?", None, "trailing_cue")


def test_two_names_called_as_often_name_no_one() -> None:
    """Near miss: the turns next to the narrator's call two names, once each:
    no telling which is the narrator's."""
    got = _story("The kitchen was warm.", "“Sit down, Ned,” she said.",
                 "“I would rather stand,” I said.", "“Then pass the bread, Kit.”")
    assert got[1] == ("I would rather stand,", None, "trailing_cue")


def test_a_story_told_in_the_third_person_gets_no_narrator() -> None:
    """Near miss: no turn is tagged with ``I`` (an ``I`` of the narration that
    speaks no quote, here a letter's opening words, tags nothing): a vocative
    names the one it calls as before, no new person is made."""
    doc = quoteattr.attribute("\n\n".join((
        "Mara read the letter aloud. I write in haste, it began.",
        "“You are late, Tom,” said Mara.", "“I was fishing,” said Jon.")))
    assert [s.name for s in doc.speakers] == ["Mara", "Jon"]


def test_every_i_of_the_narration_is_the_named_narrator() -> None:
    """Once named, the narrator is one person of the document whose mentions are
    the ``I`` of the narration."""
    doc = quoteattr.attribute("\n\n".join(_EVENING))
    tom = [s for s in doc.speakers if s.name == "Tom"]
    assert len(tom) == 1
    text = doc.text
    assert {text[a:b] for a, b in tom[0].mentions} == {"I"}
    assert len(tom[0].mentions) == 3  # the narration's three


def test_the_narrator_is_named_by_a_call_a_few_turns_away() -> None:
    """The name the other person calls can stand a few turns from the narrator's
    tagged turn, in the same exchange: ``“Mind the step, Leonard.”`` … three
    turns on … ``“Will you sell it?” I asked.``"""
    got = _story("I had not seen Harriet since the funeral.",
                 "“You came,” she said.", "“Of course I came.”",
                 "“The car is outside. Mind the step, Leonard.”", "“How is the house?”",
                 "“Cold. Empty.”", "We drove for a while without speaking.",
                 "“Will you sell it?” I asked.", "“That depends on you,” said Harriet.")
    assert got[5] == ("Will you sell it?", "Leonard", "trailing_cue")


def test_a_call_in_another_scene_does_not_name_the_narrator() -> None:
    """Near miss: a call made before a break of two paragraphs of narration (another
    scene) names no one in the narrator's exchange."""
    got = _story("“Mind the step, Leonard,” said the porter.",
                 "The train pulled out.", "The fields went by for an hour.",
                 "Harriet was at the station.", "“You came,” she said.",
                 "“Will you sell the house?” I asked.", "“That depends on you.”")
    assert got[2] == ("Will you sell the house?", None, "trailing_cue")


def test_a_title_before_the_call_names_the_narrator_too() -> None:
    """``“…, Mr. Penrose,” he said.``: a name called after a title is a call, and
    the narrator takes the title's gender."""
    got = _story("I kept the light on Skerry Point for eleven years.",
                 "Tobias Grell came up at dusk. “You will want the lamp lit, Mr. Penrose,” "
                 "he said.",
                 "“I lit it an hour ago,” I answered.", "“Then you are wiser than your father.”")
    assert got[1] == ("I lit it an hour ago,", "Penrose", "trailing_cue")
    doc = quoteattr.attribute("\n\n".join([
        "I kept the light for eleven years.", "“Sit down, Mrs. Penrose,” he said.",
        "“I will stand,” I said."]))
    assert [s.title for s in doc.speakers if s.name == "Penrose"] == ["Mrs."]


def test_a_kin_title_the_narration_gives_the_narrators_kin_names_that_kin() -> None:
    """``My uncle met us`` … ``“Still drawing, Uncle Rafe.”``: the narration speaks
    of the narrator's uncle, so a name called after *Uncle* is his, not the
    narrator's: the narrator's tag keeps no name rather than Rafe's."""
    got = _story("My uncle met us at the station with the cart.",
                 "“Get in, both of you,” he said.", "“Is it far, Uncle Rafe?” said my sister.",
                 "“Four miles.”", "“And is the ford low?” I asked.")
    assert got[3] == ("And is the ford low?", None, "trailing_cue")


def test_a_kin_title_with_no_kin_of_the_narrator_may_name_the_narrator() -> None:
    """Near miss: with no ``my uncle`` in the narration, the person the others call
    *Uncle Rafe* may be the narrator (who is someone's uncle)."""
    got = _story("The children met me at the station with the cart.",
                 "“Get in, both of you,” I said.", "“Is it far, Uncle Rafe?” said the girl.",
                 "“Four miles.”", "“And is the ford low?” she asked.",
                 "“Not in March,” I answered.")
    assert got[4] == ("Not in March,", "Rafe", "trailing_cue")
