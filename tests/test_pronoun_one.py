"""The word ``one`` next to a speech cue: a speaker only in a speech tag of its own (issue 21).

The cue-side search of ``_mentions.find_mentions`` (``MentionPatterns.before_cue``'s bare
``one`` alternative, and ``after_cue``'s) makes a person mention of ``one`` wherever it stands
before or after a cue.  That is right for the partitive ``one`` of a speech tag (``“…,” one
said``, ``said one``, ``One said:``: one of a group just named), and wrong for the indefinite
pronouns ``no one``, ``some one``, ``every one`` and for the generic, impersonal ``one`` (``as one
would say``, ``what one called a “sigh of relief”``): those name nobody, yet become a speaker
called "one", and a later ``she`` can resolve to it.  ``_mentions.find_mentions`` keeps a bare
``one`` before a cue only at a sentence start or right after a closing quote mark.
"""

from __future__ import annotations

import pytest

import quoteattr

#: Texts where ``one`` is indefinite or generic: no mention, no speaker called "one".
NOT_A_PERSON = [
    pytest.param(
        "Residents greeted the result with what one called a “sigh of relief” rather than a cheer.",
        id="generic-what-one-called",  # the sentence of the docs' hero picture
    ),
    pytest.param("As one would say, “better late than never.”", id="generic-as-one-would-say"),
    pytest.param("The hall was silent. No one said “yes.”", id="indefinite-no-one"),
    pytest.param("Some one said to her, “It is a beautiful day.”", id="indefinite-some-one"),
    pytest.param("Every one said “thank you.”", id="indefinite-every-one"),
    pytest.param(
        "She looked round the room. For a moment no one spoke. “Well?” she said.",
        id="no-one-is-no-antecedent-for-she",
    ),
]


@pytest.mark.parametrize("text", NOT_A_PERSON)
def test_generic_or_indefinite_one_is_not_a_person_mention(text: str) -> None:
    """Generic/impersonal ``one`` and the indefinite ``no one``/``some one``/``every one`` are
    not person mentions, so no quote gets a speaker called "one"."""
    doc = quoteattr.attribute(text)
    assert doc.quotes, "the row must hold a quote"
    assert [m.text for m in doc.mentions if m.text.lower() == "one"] == []
    assert [r["speaker"] for r in doc.records() if (r["speaker"] or "").lower() == "one"] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Residents were divided. “We will manage,” one said.", id="after-quote"),
        pytest.param("“We will manage,” said one. Others disagreed.", id="inverted"),
        pytest.param("Two residents spoke. One said: “We will manage.”", id="sentence-start"),
    ],
)
def test_partitive_one_in_a_speech_tag_stays_a_speaker(text: str) -> None:
    """The partitive ``one`` of a speech tag (one of a group just named) stays the speaker,
    as the news annotation of PolNeAR counts it: the fix above must not drop it."""
    records = quoteattr.attribute(text).records()
    assert [r["speaker"].lower() for r in records if r["speaker"]] == ["one"]
