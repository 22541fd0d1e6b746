"""Hard-wrapped text: paragraphs marked by indentation or by a short last line,
and phrases broken over a wrapped line (all text invented)."""

from __future__ import annotations

import quoteattr
from quoteattr._segment import split_paragraphs


def wrap(text: str, width: int = 40) -> str:
    """``text`` greedily wrapped at ``width`` columns, its own line breaks kept."""
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return "\n".join(out)


PARAS = [
    "The harbour board met on Tuesday to discuss the new ferry timetable and the cost "
    "of the repairs to the northern pier.",
    "“We cannot keep the old boats running for another winter without a loan from the "
    "county,” said Ann Lee, who chairs the board and has run the ferry for ten years.",
    "Tom Reed, the deputy head of the council, said the county would look at the request "
    "soon.",
    "“Nobody wants the island cut off in January,” he said, adding that the vote was close.",
]


def laid_out(sep: str) -> str:
    """The invented article wrapped at 40 columns, paragraphs joined by ``sep``."""
    return sep.join(wrap(p) for p in PARAS)


def paragraph_words(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in split_paragraphs(text)]


def assert_offsets(text: str, spans) -> None:
    for x in spans:
        assert text[x.start:x.end] == x.text


def test_tab_indented_paragraphs_are_found() -> None:
    """Wrapped lines with a tab-indented first line and no blank line: one paragraph each."""
    text = laid_out("\n\t")
    assert paragraph_words(text) == PARAS
    assert_offsets(text, split_paragraphs(text))


def test_space_indented_paragraphs_are_found() -> None:
    """The same with paragraphs indented by spaces."""
    text = "   " + laid_out("\n   ")
    assert paragraph_words(text) == PARAS


def test_indented_paragraphs_and_a_blank_line() -> None:
    """A blank line (a section break) still ends a paragraph in indented text."""
    text = laid_out("\n\t") + "\n\n" + laid_out("\n\t")
    assert paragraph_words(text) == PARAS + PARAS


def test_block_indented_letter_stays_one_paragraph_per_block() -> None:
    """Near miss: a letter indented as a whole, between blank lines, is not cut at
    each indented line."""
    letter = "\n".join("    " + line for line in wrap(PARAS[0] + " " + PARAS[2]).split("\n"))
    text = wrap(PARAS[1]) + "\n\n" + letter + "\n\n" + wrap(PARAS[3])
    assert paragraph_words(text) == [PARAS[1], PARAS[0] + " " + PARAS[2], PARAS[3]]


def test_short_lines_one_paragraph_each_are_not_merged() -> None:
    """Near miss: short one-paragraph-per-line text, a few lines indented, keeps its lines."""
    lines = ["Ferry times for the week.", "  Monday: 9am and 4pm.", "Tuesday: no boat.",
             "  Wednesday: 9am only, weather allowing.", "Thursday: 9am and 4pm.",
             "Friday: the late boat runs at 8pm.", "Tickets at the pier."]
    text = "\n".join(lines)
    assert paragraph_words(text) == [x.strip() for x in lines]


def test_wrapped_paragraphs_without_marks_end_at_a_short_line() -> None:
    """Wrapped lines with neither blank lines nor indentation: a paragraph ends where its
    last line had room for the next line's first word."""
    text = laid_out("\n")
    assert paragraph_words(text) == PARAS


def test_long_lines_stay_one_paragraph_each() -> None:
    """Near miss: web text with long lines, one paragraph a line, is never joined."""
    text = "\n".join(PARAS)
    assert paragraph_words(text) == PARAS


def test_quotes_over_a_wrapped_line_in_indented_text() -> None:
    """In indented wrapped text a quote running over a line break is one quote with its speaker."""
    text = laid_out("\n\t")
    doc = quoteattr.attribute(text)
    got = [(" ".join(r["text"].split()), r["speaker"]) for r in doc.records()]
    assert ("We cannot keep the old boats running for another winter without a loan "
            "from the county,", "Ann Lee") in got
    assert ("Nobody wants the island cut off in January,", "Tom Reed") in got
    for r, q in zip(doc.records(), doc.quotes, strict=True):
        assert text[q.start:q.end] == q.text == r["text"]


def test_name_over_a_wrapped_line_without_blank_lines() -> None:
    """A speaker's name broken over a wrapped line is found in indented text too."""
    text = ("\tThe ferry board met on Tuesday night to hear the\n"
            "plans for the pier and the harbour repairs.\n"
            "\t“We need the loan before the winter storms come,” said Ann\n"
            "Lee, who chairs the board of the island ferry company.\n"
            "\tThe council will decide on the request next month, the\n"
            "clerk told the meeting after the vote.")
    doc = quoteattr.attribute(text)
    assert [r["speaker"] for r in doc.records()] == ["Ann Lee"]


def test_one_word_lines_of_one_length_are_not_merged() -> None:
    """Near miss: lines of a single word, all as long as each other, are no wrapped text."""
    text = "\n".join(["Yes.", "Nope", "Sure", "Fine", "Okay"])
    assert paragraph_words(text) == ["Yes.", "Nope", "Sure", "Fine", "Okay"]


# --- a line break inside a paragraph is whitespace ---------------------------


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    doc = quoteattr.attribute(text)
    for x in (*doc.quotes, *doc.mentions):
        assert text[x.start:x.end] == x.text
    return [(" ".join(r["text"].split()), r["speaker"]) for r in doc.records()]


WRAPPED_APPOSITIVE = (
    "The pier has been closed since the storm in March, and the ferry now\n"
    "lands at the old slipway on the south side of the island.\n\n"
    "“We are running out of time before the winter,” Tom Reed, a member of\n"
    "the harbour board, told the Island Gazette on Tuesday.\n")


def test_appositive_over_a_wrapped_line() -> None:
    """An appositive broken over a wrapped line still attaches to its head: the speaker is
    the man before it, not the newspaper after the cue."""
    assert speakers_of(WRAPPED_APPOSITIVE) == [
        ("We are running out of time before the winter,", "Tom Reed")]


def test_appositive_on_one_line() -> None:
    """The same sentence unwrapped gives the same speaker (the mechanism is the line break)."""
    text = WRAPPED_APPOSITIVE.replace("member of\nthe", "member of the")
    assert speakers_of(text) == [
        ("We are running out of time before the winter,", "Tom Reed")]


def test_title_and_name_after_the_cue_over_a_wrapped_line() -> None:
    """``said former⏎county judge Ann Lee``: the whole description after the cue is read."""
    text = ("The ferry will not run on Sundays from next month, the harbour board\n"
            "announced on Monday after a long meeting in the town hall.\n\n"
            "“Nobody here wants to see the island cut off in January,” said former\n"
            "harbour master Ann Lee, who now runs the cafe by the slipway.\n")
    assert speakers_of(text) == [
        ("Nobody here wants to see the island cut off in January,", "Ann Lee")]


def test_reported_speech_over_a_wrapped_line_keeps_its_text() -> None:
    """A report whose content runs over a wrapped line keeps the text's own line break."""
    text = ("Tom Reed said on Monday that the harbour board would ask the county for\n"
            "a loan to repair the northern pier before the winter storms.\n\n"
            "The board meets again in May.\n")
    doc = quoteattr.attribute(text, quoteattr.Config(indirect=True))
    assert doc.reports
    for r in doc.reports:
        assert text[r.start:r.end] == r.text
    assert any("\n" in r.text for r in doc.reports)


# --- italics marked with underscores (plain-text books) ------------------------------------------


def test_a_pronoun_in_underscored_italics_is_a_pronoun() -> None:
    """``“It is late,” _she_ said.``: the underscores that mark italics in plain-text
    books are no part of the word; the tag's *she* is read, and offsets stay the text's."""
    text = "Mara and Ilse sat by the fire. Ilse was silent. “It is late,” _she_ said."
    doc = quoteattr.attribute(text)
    record = doc.records()[0]
    assert (record["speaker"], record["rule"]) == ("Ilse", "trailing_cue")
    assert text[record["speaker_start"]:record["speaker_end"]] == "she"
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text


def test_an_underscore_inside_a_word_is_left_alone() -> None:
    """Near miss: an underscore inside a word (``user_name``) marks no italics:
    the name around it is not split into words."""
    from quoteattr._segment import plain_emphasis

    assert plain_emphasis("set user_name to _Ann_ now") == "set user_name to  Ann  now"
    assert plain_emphasis("no underscores") == "no underscores"
