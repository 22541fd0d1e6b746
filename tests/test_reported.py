"""Reported speech (``Config(indirect=True)``): reports, their records and speakers.

The rows are invented; each names the mechanism it pins.  The rules' own firing
rows and near misses are in ``tests/data/rules.json``.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import quoteattr

ON = quoteattr.Config(indirect=True)


def _reports(text: str) -> list[tuple[str, str | None]]:
    doc = quoteattr.attribute(text, ON)
    return [(r["text"], r["speaker"]) for r in doc.records() if r["kind"] == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of saying and its subject report the clause after it, without "that"
    ("Mayor Ines Vidal said that the bridge would reopen in spring.",
     [("the bridge would reopen in spring", "Ines Vidal")]),
    # the person told stands between the cue and what was said
    ("Ines Vidal told reporters the bridge would reopen in spring.",
     [("the bridge would reopen in spring", "Ines Vidal")]),
    # a tag after a comma reports what came before it
    ("The bridge will reopen in spring, Ines Vidal said on Tuesday.",
     [("The bridge will reopen in spring", "Ines Vidal")]),
    # the inverted tag: the speaker after the cue
    ("The bridge will reopen in spring, said Ines Vidal, the mayor.",
     [("The bridge will reopen in spring", "Ines Vidal")]),
    # a pronoun subject is the person it stands for
    ("Ines Vidal spoke on Monday. She said the bridge would reopen in spring.",
     [("the bridge would reopen in spring", "Ines Vidal")]),
    # two people in one sentence: each one's report ends where the other's begins
    ("Ines Vidal said the bridge was safe, but Omar Haddad said it needed repairs.",
     [("the bridge was safe", "Ines Vidal"), ("it needed repairs", "Omar Haddad")]),
    # a participle shares its clause's subject and reports its own clause
    ("The bridge is safe, Ines Vidal said, adding that it would reopen in spring.",
     [("The bridge is safe", "Ines Vidal"), ("it would reopen in spring", "Ines Vidal")]),
    # a tag set in the middle of what it reports reports both halves
    ("The bridge, Ines Vidal said, is older than the town.",
     [("The bridge, Ines Vidal said, is older than the town", "Ines Vidal")]),
    # "As X said, …": what follows the tag's comma
    ("As Ines Vidal said, the bridge is older than the town.",
     [("the bridge is older than the town", "Ines Vidal")]),
    # a possessive pronoun before a noun of saying stands for the latest person who agrees
    ("Omar Haddad spoke on Monday. His claim that the bridge was unsafe angered the council.",
     [("the bridge was unsafe angered the council", "Omar Haddad")]),
    # a question asked in the passive: the asker after "by"; the answer a one-word report
    ("Asked by Omar Haddad whether the bridge was safe, Ines Vidal said no.",
     [("the bridge was safe", "Omar Haddad"), ("no", "Ines Vidal")]),
    # a question word opens the question and stays in it
    ("Asked by Omar Haddad why the bridge was closed, Ines Vidal said it needed repairs.",
     [("why the bridge was closed", "Omar Haddad"), ("it needed repairs", "Ines Vidal")]),
])
def test_reported_speech_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Each form of reported speech gives its content and its speaker."""
    assert _reports(text) == expected


@pytest.mark.parametrize("text", [
    # beliefs, wishes and evidence are not speech
    "Ines Vidal thinks the bridge will reopen in spring.",
    "Ines Vidal wants the bridge to reopen in spring.",
    "Surveys show the bridge is popular.",
    # a tag with nothing before it, and only a time after it
    "Ines Vidal said on Tuesday.",
    # a passive verb of saying: its subject did not speak
    "The mayor was asked about the bridge in the council.",
    # naming, not speaking
    "They joined a group called the Bridge Friends.",
    # one word that is no answer is too short to be a report
    "Ines Vidal said so.",
    # a possessive pronoun with no one before it who agrees: several people are not "her"
    "The officials met at noon. Her claim that the bridge was safe drew laughter.",
])
def test_not_reported_speech(text: str) -> None:
    """Verbs of thinking, wishing and evidence, passives, naming, a one-word
    content that is no answer and an unresolved possessive make no report."""
    assert _reports(text) == []


@pytest.mark.parametrize("text", [
    "The mill would add 200 workers over two years, Ines Vidal said.",
    "The county added a second ferry in May.",
])
def test_add_with_a_thing_for_its_object_reports_nothing(text: str) -> None:
    """``would add 200 workers``: *add* reports words only with a clause after
    it; with a thing for its object it is arithmetic, not speech."""
    assert all(not r[0].startswith(("200 workers", "a second ferry")) for r in _reports(text))


@pytest.mark.parametrize(("text", "content"), [
    ("Ines Vidal added that the ferry would run hourly.", "the ferry would run hourly"),
    ("Ines Vidal added the ferry would run hourly.", "the ferry would run hourly"),
    ("Ines Vidal added the council approved the plan.", "the council approved the plan"),
])
def test_add_with_a_clause_reports_it(text: str, content: str) -> None:
    """Near miss: *added* with a clause after it (with or without *that*) reports it."""
    assert _reports(text) == [(content, "Ines Vidal")]


@pytest.mark.parametrize(("text", "expected"), [
    # a subject pronoun before the "that": the reported clause began there
    ("Omar Haddad said he feared that the bridge would close.",
     "he feared that the bridge would close"),
    # a finite verb before it: the "that" is a relative inside the clause
    ("Omar Haddad said the ferry was a service that nobody could replace.",
     "the ferry was a service that nobody could replace"),
    ("Omar Haddad told reporters it was plain that the ferry had failed.",
     "it was plain that the ferry had failed"),
    # near misses: a time, a medium or an object and its place before "that"
    # hold no clause, and the "that" is the cue's own
    ("Omar Haddad said on Friday that the bridge would close.", "the bridge would close"),
    ("Omar Haddad said in a letter to the council that the bridge would close.",
     "the bridge would close"),
    # a relative clause on the person told, or an adverbial clause, before the cue's "that"
    ("Omar Haddad told residents who had come to the hall that the bridge would close.",
     "the bridge would close"),
    ("Omar Haddad said after he had seen the cracks that the bridge would close.",
     "the bridge would close"),
])
def test_a_that_after_a_clause_has_begun_is_the_clauses_own(text: str, expected: str) -> None:
    """What a cue reports starts at its own *that* only when no clause has begun
    before it: after a subject pronoun or a finite verb (not inside a relative,
    an adverbial clause or an aside), the *that* is a relative or the inner
    verb's, and the report starts right after the cue."""
    assert _reports(text) == [(expected, "Omar Haddad")]


@pytest.mark.parametrize(("text", "expected"), [
    # a progressive is no passive: its subject is speaking
    ("Omar Haddad is insisting that the bridge will close.", "the bridge will close"),
    ("Omar Haddad was warning that the bridge would close.", "the bridge would close"),
    # an aside set off by two commas between the cue and its "that"
    ("Omar Haddad said, however, that the bridge would close.", "the bridge would close"),
    ("Omar Haddad told the council, in a letter, that the bridge would close.",
     "the bridge would close"),
    # a connective before a tag set in the sentence: the report runs on past the tag
    ("Still, Omar Haddad said, the council has to choose who pays.",
     "Still, Omar Haddad said, the council has to choose who pays"),
    ("Instead, Omar Haddad added, the town will mend the old bridge.",
     "Instead, Omar Haddad added, the town will mend the old bridge"),
])
def test_progressives_asides_and_connectives_around_the_cue(text: str, expected: str) -> None:
    """``is insisting that`` (a progressive, not a passive), ``said, however,
    that`` (an aside between the cue and its *that*) and ``Still, Roe said,
    …`` (a word too short for a clause before a tag set in the sentence) each
    report the clause they introduce."""
    assert _reports(text) == [(expected, "Omar Haddad")]


def test_a_passive_cue_still_reports_nothing_of_its_subject() -> None:
    """Near miss: ``was asked`` is a passive (its subject did not speak), and a
    tag whose comma opens a participle (``said, adding …``) is no aside."""
    assert _reports("The mayor was asked that the bridge be closed.") == []
    assert _reports("Omar Haddad said, adding that the bridge would close.") == [
        ("the bridge would close", "Omar Haddad")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("In the latest survey, 38 percent said the ferry should be kept.", "38 percent"),
    ("Nearly seven in 10 said the ferry should be kept.", "Nearly seven in 10"),
    ("About one in four say the ferry should be kept.", "About one in four"),
    ("Those polled said the ferry should be kept.", "Those polled"),
])
def test_a_share_of_people_polled_speaks(text: str, speaker: str) -> None:
    """``38 percent said``, ``seven in 10 said``, ``those polled said``: a share
    of the people a poll asked is the speaker of what it said (a group), and a
    quantifier right before a verb that is never a noun (``one in four say``)
    does not make that verb a noun."""
    assert _reports(text) == [("the ferry should be kept", speaker)]


def test_a_number_before_the_people_it_counts_is_no_speaker() -> None:
    """Near miss: in ``Two officials said`` the number counts the people named
    after it, who are the speaker; a lone number is no share of people polled."""
    assert _reports("Two officials said the ferry should be kept.") == [
        ("the ferry should be kept", "officials")]


def test_a_short_clause_that_opens_like_a_time_is_a_report() -> None:
    """``say this is just a rough patch``: a content that opens with a word of
    time or place (*this*, *in*, *on*) but holds a finite verb is a clause, not
    ``said this week``; near misses: a bare time after the cue, and a relative's
    verb inside the phrase (``in what was called …``), report nothing after it."""
    assert _reports("Omar Haddad spoke first. Others say this is only a rough patch.") == [
        ("this is only a rough patch", "Others")]
    assert _reports("Omar Haddad said this week.") == []
    assert _reports("Omar Haddad spoke in what was called a farewell.") == []


def test_a_tag_with_an_apposed_name_reports_what_came_before() -> None:
    """``…, a spokeswoman, Ines Vidal, said.`` and ``…, Tom Reed, a spokesman for
    the firm, said.``: the tag's subject is the name set off beside the
    description, and the report is the clause before them (not running into
    them, nor cut at a name inside it: ``with Acme``)."""
    assert _reports("The bridge will reopen in spring, a spokeswoman, Ines Vidal, said.") == [
        ("The bridge will reopen in spring", "Ines Vidal")]
    # the name first, the description after it: the name is the speaker
    assert _reports("The deal with Acme is off, Tom Reed, a spokesman for the firm, said.") == [
        ("The deal with Acme is off", "Tom Reed")]


def test_a_relative_pronoun_before_the_cue_names_the_speaker_by_its_span() -> None:
    """``Ines Vidal, a member of the board, who has long said …``: the relative
    pronoun is the cue's subject; the report's speaker span is the pronoun's (as
    *she* names the speaker of ``she said``), the speaker the person it stands
    for.  Reached over a phrase (``Lee won among the voters who said``), the
    pronoun stands for what is right before it, never for the clause's subject
    (Lee); a plain ``Ines Vidal said`` keeps the name's span."""
    text = ("The plan came from Ines Vidal, a member of the board, who has long said "
            "the plan would fail.")
    r = quoteattr.attribute(text, ON).records()[0]
    assert (r["speaker"], text[r["speaker_start"]:r["speaker_end"]]) == ("Ines Vidal", "who")
    text = "Lee won among the voters who said the plan would fail."
    r = quoteattr.attribute(text, ON).records()[0]
    assert r["speaker"] != "Lee" and text[r["speaker_start"]:r["speaker_end"]] == "who"
    text = "Ines Vidal said the plan would fail."
    r = quoteattr.attribute(text, ON).records()[0]
    assert text[r["speaker_start"]:r["speaker_end"]] == "Ines Vidal"


def test_a_that_after_a_later_cue_is_that_cues() -> None:
    """``criticized the board, though he added that …``: a *that* after a later
    cue is the later cue's, and the first report ends at the contrastive
    conjunction that opens the second (*though*, *although*, *yet*, *whereas*,
    as at *but*)."""
    text = ("Omar Haddad criticized the board, though he added that the bridge "
            "had been well kept.")
    assert _reports(text) == [("the board", "Omar Haddad"),
                              ("the bridge had been well kept", "Omar Haddad")]


def test_a_report_in_a_relative_clause_ends_where_the_clause_closes() -> None:
    """``Omar Haddad, who said the bridge would close, left the hall.``: the report
    of a relative clause set off by commas ends at its closing comma (before the
    main clause goes on in lower case), or after a quotation that closes it;
    a restrictive clause (``Voters who said …``) has no closing comma to end at."""
    assert _reports("Omar Haddad, who said the bridge would close, left the hall.") == [
        ("the bridge would close", "Omar Haddad")]
    got = _reports("Omar Haddad, who called the plan “risky, and late,” left the hall.")
    assert got == [("the plan “risky, and late,”", "Omar Haddad")]


def test_a_content_that_is_only_a_quotation_stays_a_quote() -> None:
    """``X said: “…”`` is a direct quote, not a report."""
    doc = quoteattr.attribute("Ines Vidal said: “The bridge will reopen in spring.”", ON)
    assert [r["kind"] for r in doc.records()] == ["direct"]


def test_a_mixed_report_holds_its_quote_which_stays_a_quote() -> None:
    """``said the plan was “dead” and …`` is one report, and its fragment a quote too."""
    text = "Omar Haddad said the plan was “dead on arrival” and a new one was needed."
    doc = quoteattr.attribute(text, ON)
    kinds = [(r["kind"], r["text"], r["speaker"]) for r in doc.records()]
    assert kinds == [
        ("indirect", "the plan was “dead on arrival” and a new one was needed", "Omar Haddad"),
        ("direct", "dead on arrival", "Omar Haddad"),
    ]
    assert doc.reports[0].quotes == (0,)


def test_one_speaker_across_quotes_and_reports() -> None:
    """A person who is quoted and reported is one speaker, with one id."""
    text = ("Ines Vidal said the bridge would reopen in spring. "
            "“We are on schedule,” Vidal said.")
    doc = quoteattr.attribute(text, ON)
    assert len(doc.speakers) == 1
    assert {r["speaker_id"] for r in doc.records()} == {0}


def test_without_the_option_records_are_quotes_of_kind_direct() -> None:
    """Off by default: the same quotes as before, each of kind ``direct``, no reports."""
    text = "Ines Vidal said the bridge was safe. “We are on schedule,” she said."
    off = quoteattr.attribute(text)
    on = quoteattr.attribute(text, ON)
    assert off.reports == () and [r["kind"] for r in off.records()] == ["direct"]
    assert [r for r in on.records() if r["kind"] == "direct"] == off.records()


def test_records_are_in_text_order_and_speaker_from_points_into_the_list() -> None:
    """With reports interleaved, ``speaker_from`` is the place of the copied record."""
    text = ("“The bridge is safe,” Ines Vidal said. “It will reopen.” "
            "Omar Haddad said repairs were needed.")
    recs = quoteattr.attribute(text, ON).records()
    assert [r["start"] for r in recs] == sorted(r["start"] for r in recs)
    for i, r in enumerate(recs):
        if r["speaker_from"] is not None:
            assert recs[r["speaker_from"]]["kind"] == "direct"
            assert recs[r["speaker_from"]]["speaker"] == r["speaker"]
            assert r["speaker_from"] != i


def test_report_offsets_slice_the_text_and_pickle_round_trips() -> None:
    """``text[start:end]`` is each report's text; a pickled document keeps its reports."""
    text = "Ines Vidal said the bridge was safe.\n\nThe bridge is old, Omar Haddad said."
    doc = quoteattr.attribute(text, ON)
    assert doc.reports and all(text[x.start:x.end] == x.text for x in doc.reports)
    back = pickle.loads(pickle.dumps(doc))
    assert back.reports == doc.reports and back.records() == doc.records()


def test_report_trace_with_explain() -> None:
    """With explain on, a report's trace ends with the rule that found it."""
    doc = quoteattr.attribute("Ines Vidal said the bridge was safe.",
                              quoteattr.Config(indirect=True, explain=True))
    (rec,) = doc.records()
    assert rec["trace"][-1]["result"] == "fired"
    assert rec["trace"][-1]["rule"] == rec["rule"] == "reported_after_cue"


def test_disabled_report_rule() -> None:
    """A report rule switched off by name finds nothing."""
    cfg = quoteattr.Config(indirect=True, disabled_rules=("reported_after_cue",))
    assert quoteattr.attribute("Ines Vidal said the bridge was safe.", cfg).reports == ()


# --------------------------------------------------------------------------
# Confidence as the measured share right, for reports


def test_report_confidence_is_read_from_the_report_register(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A report's confidence is the measured cell of its rule in the register
    ``"report"``; a cell of the same rule and value in ``"prose"`` is not read."""
    from quoteattr import _calibration as cal
    from quoteattr import _constants as k

    text = "Ines Vidal said the bridge was safe."
    monkeypatch.setattr(cal, "TABLE", {
        ("reported_after_cue", "prose", k.REPORT_AFTER_CUE): (0.111, 99)})
    (rec,) = quoteattr.attribute(text, ON).records()
    assert rec["confidence"] == k.REPORT_AFTER_CUE  # no report cell: the designed value
    monkeypatch.setattr(cal, "TABLE", {
        ("reported_after_cue", "report", k.REPORT_AFTER_CUE): (0.222, 99)})
    (rec,) = quoteattr.attribute(text, quoteattr.Config(indirect=True, explain=True)).records()
    assert rec["confidence"] == 0.222
    assert "in reported speech" in rec["trace"][-1]["why"]


def test_report_cells_are_in_their_own_register() -> None:
    """Every cell of a report rule in the shipped table is in the register
    ``"report"``, and no quote rule has a cell there."""
    from quoteattr import _calibration as cal
    from quoteattr._reported import REPORT_RULES

    names = {r.name for r in REPORT_RULES}
    assert all((rule in names) == (register == "report") for rule, register, _ in cal.TABLE)


def test_report_calibration_counts_right_wrong_and_spurious_reports() -> None:
    """The reliability table of reported speech matches reports against the
    gold reported speech: right content and speaker is right, a wrong speaker or
    a report on no gold item is wrong, and quotes are left out."""
    from quoteattr.evaluate import calibration

    text = ("Ines Vidal said the bridge was safe. Omar Haddad said it was not. "
            "“Fine,” Vidal said. The river is high.")
    gold = [{"id": "d", "text": text, "quotes": [
        {"start": 67, "end": 72, "speaker": "Ines Vidal", "speaker_mentions": [[74, 79]]}],
        "indirect": [
        {"start": 16, "end": 35, "speaker": "Ines Vidal", "speaker_mentions": [[0, 10]],
         "cue": [[11, 15]]},
        {"start": 54, "end": 64, "speaker": "Omar Haddad", "speaker_mentions": [[37, 48]],
         "cue": [[49, 53]]}]}]
    preds = {"d": [
        {"kind": "indirect", "start": 16, "end": 35, "speaker": "Ines Vidal",
         "confidence": 0.85},  # right
        {"kind": "indirect", "start": 54, "end": 64, "speaker": "Ines Vidal",
         "confidence": 0.85},  # wrong speaker
        {"kind": "indirect", "start": 86, "end": 103, "speaker": "Ines Vidal",
         "confidence": 0.65},  # on no gold item
        {"kind": "direct", "start": 67, "end": 72, "speaker": "Ines Vidal",
         "confidence": 0.95},  # a quote: not counted here
    ]}
    cal = calibration(gold, preds, indirect=True)
    assert cal.count == 3
    assert [(lo, n, r) for lo, _, n, _, r in cal.rows] == [(0.6, 1, 0.0), (0.8, 2, 0.5)]
    quotes = calibration(gold, preds)
    assert quotes.count == 1 and quotes.rows[0][4] == 1.0


def test_a_possessive_pronoun_names_its_antecedent_and_is_the_speaker_span() -> None:
    """``her claim that …``: the speaker is the person the pronoun stands for (one
    speaker with her quote), and the record's speaker span is the pronoun."""
    text = "“We are ready,” Ines Vidal said. Her claim that the bridge was safe drew laughter."
    doc = quoteattr.attribute(text, ON)
    direct, report = doc.records()
    assert report["kind"] == "indirect" and report["rule"] == "reported_noun"
    assert text[report["speaker_start"]:report["speaker_end"]] == "Her"
    assert report["speaker_id"] == direct["speaker_id"] == 0


def test_evaluate_indirect_calibration_prints_the_reports_table(
        tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """``evaluate --indirect --calibration`` prints the reliability table of the
    reports (not of the quotes), and ``--json`` carries it."""
    import json

    from quoteattr import evaluate

    text = "Ines Vidal said the bridge was safe. “Fine,” Omar Haddad said."
    gold = {"id": "d", "source": "invented", "text": text,
            "quotes": [{"start": 38, "end": 43, "speaker": "Omar Haddad",
                        "speaker_mentions": [[45, 56]]}],
            "indirect": [{"start": 16, "end": 35, "speaker": "Ines Vidal",
                          "speaker_mentions": [[0, 10]], "cue": [[11, 15]]}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert evaluate.main([str(path), "--indirect", "--calibration", "--show-errors", "0"]) == 0
    out = capsys.readouterr().out
    assert "reported speech (records of kind 'indirect'" in out
    assert "(ECE, 1 bins, 1 predictions)" in out  # the report only, not the quote
    assert evaluate.main([str(path), "--indirect", "--calibration", "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["calibration"]["count"] == 1 and obj["calibration"]["bins"][0]["right"] == 1.0


@pytest.mark.parametrize("text", [
    "“Every ferry is full,” Ines Vidal told reporters after the 9-2 vote.",
    "Ines Vidal told reporters after the long and bitter meeting.",
    "“Every ferry is full,” Ines Vidal told the crowd during the hearing on Monday.",
    # a description of the people told, and a place after them
    "“Every ferry is full,” Ines Vidal told an audience at the Harbour Institute in Ossory.",
    # an occasion told as its listeners are, and the body they belong to
    "“Every ferry is full,” Ines Vidal told a news conference in Ossory.",
    "“Every ferry is full,” Ines Vidal told a plenary session of the Harbour Council on Monday.",
])
def test_a_time_after_the_person_told_is_no_report(text: str) -> None:
    """``told reporters after the vote``: after the person told, a time, a place or
    an occasion and the sentence's end report nothing (the tag's quote, if any, is
    what was said)."""
    assert _reports(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ines Vidal told reporters after the vote that every ferry was full.",
     [("every ferry was full", "Ines Vidal")]),
    ("Ines Vidal reminded reporters of the promises made to the islanders.",
     [("of the promises made to the islanders", "Ines Vidal")]),
    # the person told described ("the council", "harbour board members", "a jury"), not
    # only named or a pronoun: the report starts after them
    ("Ines Vidal told the council the ferry would stop in May.",
     [("the ferry would stop in May", "Ines Vidal")]),
    ("Ines Vidal told harbour board members the ferry would stop in May.",
     [("the ferry would stop in May", "Ines Vidal")]),
    ("Ines Vidal told a jury on Tuesday the ferry had been late.",
     [("the ferry had been late", "Ines Vidal")]),
    # a time of "this" after the person told, not a clause's "this"
    ("Ines Vidal told reporters this week the ferry would stop.",
     [("the ferry would stop", "Ines Vidal")]),
    ("Ines Vidal told reporters this was the last ferry.",
     [("this was the last ferry", "Ines Vidal")]),
    # "members" is no "me": a pronoun told is a whole word
    ("Ines Vidal told members of the Harbour Council the ferry would stop.",
     [("the ferry would stop", "Ines Vidal")]),
    # a question word opens what was asked: no listener's description
    ("The survey asks where each resident was born.",
     [("where each resident was born", "survey")]),
])
def test_what_follows_the_person_told_is_reported(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    """Near miss: a ``that`` clause after the time, or what one is reminded of, is
    what was said."""
    assert _reports(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry company denied any negligence and said it would pay for the repairs.",
     [("any negligence", "ferry company"), ("it would pay for the repairs", "ferry company")]),
    ("Ines Vidal said the bridge had held and warned that the road was still closed.",
     [("the bridge had held", "Ines Vidal"), ("the road was still closed", "Ines Vidal")]),
    ("Ines Vidal said the bridge had held, but insisted that repairs would take a year.",
     [("the bridge had held", "Ines Vidal"), ("repairs would take a year", "Ines Vidal")]),
])
def test_a_verb_of_saying_joined_by_and_reports_its_own(text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    """``denied negligence and said it would pay``: the second verb of saying shares
    the first one's subject and reports its own content; the first content ends
    at the ``and``."""
    assert _reports(text) == expected


def test_a_that_clause_joined_by_and_stays_one_report() -> None:
    """Near miss: ``said A and that B`` is one verb of saying with two clauses."""
    assert _reports("Ines Vidal said the bridge had held and that the road was closed.") == [
        ("the bridge had held and that the road was closed", "Ines Vidal")]


def test_adding_after_a_closing_quote_mark_reports_its_own() -> None:
    """``… was “a two-way race,” adding that …``: the comma inside the quotation
    still joins the participle's report, which ends the first."""
    text = ("Ines Vidal told supporters that the race was “a two-way race,” adding that "
            "her rival could not win in the autumn.")
    assert _reports(text) == [("the race was “a two-way race,”", "Ines Vidal"),
                              ("her rival could not win in the autumn", "Ines Vidal")]


def test_a_headline_of_a_surname_and_a_colon_reports_what_follows() -> None:
    """``Vidal: Bridge Will Reopen`` over an article that names Ines Vidal in
    full: the surname of a person named in full is a headline's speaker."""
    text = "Vidal: Bridge will reopen in spring\n\nMayor Ines Vidal spoke on Monday."
    assert _reports(text) == [("Bridge will reopen in spring", "Ines Vidal")]


@pytest.mark.parametrize("text", [
    "Ossory: Turnout was high this year\n\nOfficials in Ossory counted late.",
    "Correction: An earlier version misspelled a name\n\nCorrection Appended on Monday.",
])
def test_a_place_or_a_label_before_a_colon_is_no_speaker(text: str) -> None:
    """Near miss: a place, or a label that the text writes as a longer name of no
    person (no gender, no title), before a colon says nothing."""
    assert [s for _, s in _reports(text)] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Residents had sued after Ossory cut the ferry service, saying that the cut broke "
     "the law.", "Residents"),
    ("Local officials gathered when the council approved the plan, warning that the "
     "harbour would silt up.", "Local officials"),
])
def test_a_participles_subject_is_the_group_opening_the_sentence(text: str, speaker: str
                                                                 ) -> None:
    """``Islanders had sued after Ossory cut …, saying …``: a participle of saying
    shares the main clause's subject, a group opening the sentence, not the
    subject of the subordinate clause between."""
    assert [s for _, s in _reports(text)] == [speaker]


def test_a_participles_subject_is_still_a_person_named_first() -> None:
    """Near miss: with a person opening the sentence, the person."""
    text = "Ines Vidal spoke after Reed had left, saying the talks were over."
    assert _reports(text) == [("the talks were over", "Ines Vidal")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Experts on coastal erosion said the new wall could fail within a decade.", "Experts"),
    ("People who live near the fires say the season starts earlier every year.", "People"),
    ("Farmers hoping to sell this autumn say the prices are too low.", "Farmers"),
    ("Proponents of the toll say it would pay for the bridge.", "Proponents"),
    # a group with a quantifier or a determiner, found as a description of its own
    ("Several farmers who stayed to the end of the meeting said they felt ignored.",
     "farmers"),
    # a connective before the group, with no comma after it
    ("The wall was built. But experts on coastal erosion said it could fail.", "experts"),
    ("The toll passed. And people who live near the bridge say it is too high.", "people"),
])
def test_a_group_with_its_modifying_phrase_opening_the_sentence_speaks(text: str,
                                                                      speaker: str) -> None:
    """``Experts on coastal erosion said …``: a plural group that opens the sentence,
    then a phrase of place, subject or relative that modifies it, then the cue."""
    assert [s for _, s in _reports(text)] == [speaker]


def test_a_subordinate_clause_after_a_group_keeps_its_own_subject() -> None:
    """Near miss: ``after`` may open a clause, whose subject speaks: ``Farmers left
    after the mayor said …`` is the mayor's."""
    text = "Farmers left the hall after the mayor said the prices would fall."
    assert _reports(text) == [("the prices would fall", "mayor")]


def test_a_group_before_a_comma_and_another_subject_does_not_speak() -> None:
    """Near miss: a comma (an aside, a clause of its own) between the group and the
    cue leaves the cue to its own subject."""
    text = "Experts on coastal erosion were invited, and Ines Vidal said the wall would hold."
    assert _reports(text) == [("the wall would hold", "Ines Vidal")]


def test_a_transcripts_speaker_labels_in_capitals_report_their_lines() -> None:
    """``KATHERINE VIDALES: Why not debate?``: a transcript's label in capitals (a name the
    mention patterns leave out) reports the line after it; its surname alone
    labels the same speaker's later lines. The speaker is named by the label's span."""
    text = ("The two campaigns met on Monday.\n\nKATHERINE VIDALES: Why not debate in Ossory?"
            "\n\nTHOMAS REEDWORTH: We have had plenty of debates.\n\nVIDALES: Not in Ossory.")
    doc = quoteattr.attribute(text, ON)
    got = [(r["text"], text[r["speaker_start"]:r["speaker_end"]])
           for r in doc.records() if r["kind"] == "indirect"]
    assert got == [("Why not debate in Ossory", "KATHERINE VIDALES"),
                   ("We have had plenty of debates", "THOMAS REEDWORTH"),
                   ("Not in Ossory", "VIDALES")]


@pytest.mark.parametrize("text", ["UPDATE: The council met again on Friday.",
                                  "BREAKING: The ferry has been cancelled tonight."])
def test_a_label_of_one_word_in_capitals_is_no_speaker(text: str) -> None:
    """Near miss: one word in capitals before a colon, no surname of a label before
    (``UPDATE:``, ``BREAKING:``), is a label, not a speaker."""
    assert _reports(text) == []


def test_a_tag_in_the_middle_before_a_quotation_reports_both_halves() -> None:
    """``The ferries were empty, Lee added, “but the islanders will come back.”``: the
    clause before the tag and the quotation after it are one mixed report (and the
    quotation a quote of its own)."""
    text = "The ferries were empty, Ines Vidal added, “but the islanders will come back.”"
    doc = quoteattr.attribute(text, ON)
    kinds = [(r["kind"], r["text"], r["speaker"]) for r in doc.records()]
    assert kinds == [
        ("indirect", "The ferries were empty, Ines Vidal added, “but the islanders will come "
         "back.”", "Ines Vidal"),
        ("direct", "but the islanders will come back.", "Ines Vidal")]


def test_a_connective_before_a_tag_and_a_quotation_is_no_report() -> None:
    """Near miss: ``But, she added, “…”``: no clause before the tag; the quotation
    alone is what she added."""
    assert _reports("But, Ines Vidal added, “the islanders will come back.”") == []


@pytest.mark.parametrize(("text", "content"), [
    ("Ines Vidal called him “not fit to run a ferry.”", "him “not fit to run a ferry.”"),
    ("Ines Vidal called the plan “a disaster for the islands.”",
     "the plan “a disaster for the islands.”"),
])
def test_a_word_of_the_writers_and_a_quotation_make_a_mixed_report(text: str,
                                                                   content: str) -> None:
    """``called him “not fit …”``: one word of the writer's before a quotation is
    enough for a mixed report, the quotation's words counting toward its length."""
    assert _reports(text) == [(content, "Ines Vidal")]


def test_a_quotation_alone_after_a_cue_is_still_direct() -> None:
    """Near miss: no word of the writer's before the quotation: a direct quote only."""
    assert _reports("Ines Vidal said: “The ferry is not fit to sail.”") == []


def test_a_place_of_two_words_before_a_colon_is_no_speaker() -> None:
    """Near miss of the headline: ``New Hampshire: Ann Lee, Tom Reed, …`` (a list
    under a place) reports nothing, though the place is two capitalised words."""
    assert _reports("New Hampshire: Ann Lee, Tom Reed and Dana Holt\n\nThe list grew.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Omar Haddad, who runs the ferry company, dismissed the complaint.",
     [("the complaint", "Omar Haddad")]),
    ("Ines Vidal, the mayor of the town, urged a careful review.",
     [("a careful review", "Ines Vidal")]),
])
def test_a_thing_after_a_verb_of_saying_is_its_object_not_an_inverted_speaker(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    """``X, an aside, dismissed the complaint.``: after a verb whose object is what
    the words are about (dismiss, urge, praise, deny, …) the phrase is that
    object, never an inverted speaker (``…, said Roe.``): the subject speaks."""
    assert _reports(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("The ferry will run all winter, said another.", "another"),
    ("The ferry will run all winter, said the announcer.", "announcer"),
    ("The ferry will run all winter, said the harbour board.", "harbour board"),
])
def test_an_inverted_tag_after_a_person_or_a_body_still_reports(text: str,
                                                               speaker: str) -> None:
    """Near miss: after an inverted cue a person (a word for one of a group, an
    agent's ending) or a body of the lexicon speaks."""
    assert _reports(text) == [("The ferry will run all winter", speaker)]


@pytest.mark.parametrize("text", [
    "WASHINGTON — The ferry will stop in May, officials said.",
    "OSSORY, Ireland, Jan. 4 (Reuters) - The ferry will stop in May, officials said.",
    "PORT ELLIS (AP) — The ferry company will stop its service in May, according to two "
    "officials.",
])
def test_a_stories_dateline_is_no_part_of_a_report(text: str) -> None:
    """``DETROIT (AP) — …, according to two people``: the dateline opening the story
    is the paper's, not the source's words."""
    assert [content for content, _ in _reports(text)][0].startswith("The ferry")


def test_capitals_opening_a_sentence_without_a_dash_stay_in_the_report() -> None:
    """Near miss: ``US officials`` opens the clause reported; no dash, no dateline."""
    assert _reports("Ines Vidal said US officials would stop the ferry.") == [
        ("US officials would stop the ferry", "Ines Vidal")]


@pytest.mark.parametrize(("text", "content"), [
    ("The ferry will stop soon, according to Ann Lee.", "The ferry will stop soon"),
    ("Fares will rise, according to Ann Lee.", "Fares will rise"),
])
def test_a_short_clause_before_according_to_is_what_it_reports(text: str,
                                                               content: str) -> None:
    """``The ferry will stop soon, according to Ann Lee.``: a clause short enough to
    read like an opener (``Eight years ago, …``) is what *according to* reports
    when no clause follows the source."""
    assert _reports(text) == [(content, "Ann Lee")]


def test_according_to_before_a_clause_reports_the_clause() -> None:
    """Near miss: ``Later, according to Ann Lee, the ferry stopped.`` reports the
    clause after the source."""
    assert _reports("Later, according to Ann Lee, the ferry stopped.") == [
        ("the ferry stopped", "Ann Lee")]


def test_a_participles_subject_may_be_a_person_of_a_place() -> None:
    """``At a rally in Ossory, Co. Kerry, on Tuesday, Senator Ann Lee of Kerry endorsed
    Ines Vidal, saying …``: past an opener that names a place, the main clause's
    subject (a person *of* a place) is the participle's."""
    text = ("At a rally in Ossory, Co. Kerry, on Tuesday, Senator Ann Lee of Kerry endorsed "
            "Ines Vidal, saying that her rival would make a fine mayor.")
    assert _reports(text) == [("her rival would make a fine mayor", "Ann Lee")]


def test_a_participles_subject_is_no_object_of_a_place() -> None:
    """Near miss: ``… met voters of Kerry, saying …`` — the place's people are the
    verb's object; the clause's subject speaks."""
    text = "Senator Ann Lee met voters of Kerry, saying that the ferry would run."
    assert _reports(text) == [("the ferry would run", "Ann Lee")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Some said the ferry was a lifeline for the island.", "some"),
    ("Most agreed, and several said the ferry was a lifeline for the island.", "several"),
    ("Many of them say the ferry is a lifeline for the island.", "many of them"),
    ("Some, like Ann Lee, said the ferry was a lifeline for the island.", "some"),
])
def test_a_quantifier_for_people_speaks(text: str, speaker: str) -> None:
    """``Some said …``, ``Many, like Ann Lee, say …``: a quantifier standing for
    people as its clause's subject is who speaks."""
    assert [s for _, s in _reports(text)] == [speaker]


def test_a_quantifier_inside_a_clause_is_no_speaker() -> None:
    """Near miss: ``met with some who said …`` — the quantifier is an object, and
    the relative pronoun's antecedent speaks, not a subject of its own."""
    assert all(s != "some" for _, s in _reports("Ann Lee met with some who said the ferry "
                                                  "was a lifeline for the island."))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Economists who study towns like Ashby say the pattern is familiar.", "Economists"),
    ("The official who met Ann Lee said the crossing was over.", "official"),
    ("Farmers that sell to Harlow Foods say prices are too low this year.", "Farmers"),
])
def test_a_name_in_a_relative_clause_before_the_verb_is_no_subject(text: str,
                                                                   speaker: str) -> None:
    """``Economists who study towns like Ashby say …``: the name right before the
    verb stands in the relative clause of the group before it; the group speaks."""
    assert [s for _, s in _reports(text)] == [speaker]


def test_a_name_right_after_a_complementizer_is_its_clauses_subject() -> None:
    """Near miss: ``said that Roe would call it “…”`` — no word of a clause between
    *that* and Roe: Roe is the subject of *call*, and the quote's speaker."""
    doc = quoteattr.attribute("Ann Lee said that Tom Reed would call the plan “dead.”")
    assert [r["speaker"] for r in doc.records() if r["kind"] == "direct"] == ["Tom Reed"]


def test_a_clause_ending_on_a_name_after_the_verb_is_reported() -> None:
    """``The engineer, Ann Lee, said the span was longer than Brennick.``: a verb of
    saying after a comma is no inverted tag when a clause follows it; a role
    before a name after the cue has no verb, comparison or negation in it."""
    assert _reports("The engineer, Ann Lee, said the span was longer than Brennick.") == [
        ("the span was longer than Brennick", "Ann Lee")]


def test_a_role_before_a_name_after_the_cue_is_still_read() -> None:
    """Near miss: ``…, said former county engineer Ann Lee.``: words of a role
    before the name after the cue, the speaker of the clause before the tag."""
    assert _reports("The span will be longer, said former county engineer Ann Lee.") == [
        ("The span will be longer", "Ann Lee")]


@pytest.mark.parametrize("text", [
    "“Every ferry is full,” Ines Vidal said outside the harbour office.",
    "“Every ferry is full,” Ines Vidal said following the vote.",
    "“Every ferry is full,” Ines Vidal said amid jeers from the gallery.",
    "“Every ferry is full,” Ines Vidal told reporters outside the town hall.",
])
def test_a_place_or_an_occasion_after_a_tag_is_no_report(text: str) -> None:
    """``said outside the courthouse.``: a phrase of place or occasion (*outside*,
    *inside*, *near*, *following*, *amid* …) and the sentence's end after the
    cue tag the quotation before it; they are not what was said."""
    assert _reports(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the same words opening a clause, or before a "that"
    ("Ines Vidal said outside the harbour office that every ferry was full.",
     [("every ferry was full", "Ines Vidal")]),
    ("Ines Vidal said near misses were reported every week.",
     [("near misses were reported every week", "Ines Vidal")]),
])
def test_a_place_word_opening_a_clause_or_before_that_still_reports(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _reports(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "that" and a comma: an aside or a quotation opens the reported clause
    ("Ines Vidal said that, if the vote passed, every ferry would run hourly.",
     [("if the vote passed, every ferry would run hourly", "Ines Vidal")]),
    ("Ines Vidal said in an email that, “of course the ferries will run” after the vote.",
     [("“of course the ferries will run” after the vote", "Ines Vidal")]),
])
def test_a_that_followed_by_a_comma_still_opens_the_report(
        text: str, expected: list[tuple[str, str]]) -> None:
    """``said that, if …, …``: a *that* set off by a comma from what it opens
    (an aside, a quotation) is still the cue's complementizer; the report starts
    after it, not at the words before it (``in an email``)."""
    assert _reports(text) == expected


def test_that_and_a_comma_before_a_quotation_alone_stays_a_quote() -> None:
    """Near miss: ``tweeted that, “…”``: after the *that*, only the quotation is
    left, a direct quote, not a mixed report."""
    text = "Ines Vidal tweeted that, “Every ferry will run on time!”"
    assert _reports(text) == []
    recs = quoteattr.attribute(text, ON).records()
    assert [(r["kind"], r["speaker"]) for r in recs] == [("direct", "Ines Vidal")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ines Vidal, asked whether every ferry would run, said she could not promise it.",
     [("she could not promise it", "Ines Vidal")]),
    ("Later, the harbour master, asked about the ferries, said two were broken.",
     [("two were broken", "harbour master")]),
    ("Mayor Ines Vidal, told of the vote, said the ferries would stop.",
     [("the ferries would stop", "Ines Vidal")]),
    ("The mayor, asked if the ferries would run, declined to comment.", []),
])
def test_a_participle_of_saying_after_the_subjects_comma_is_passive(
        text: str, expected: list[tuple[str, str]]) -> None:
    """``Vidal, asked whether …, said …``: *asked* (*told*, *pressed* …) right
    after the comma that follows a sentence's subject, with no verb before it, is
    a passive participle set off as an aside: the subject was asked and asked
    nothing; the verb after the aside reports what the subject said."""
    assert _reports(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: a verb in a list after a clause, an inverted tag
    ("I wrote to every bank, asked for more time and paid what I could, Ines Vidal said.",
     [("I wrote to every bank, asked for more time and paid what I could", "Ines Vidal")]),
    ("Will the ferries run, asked Ines Vidal.", [("Will the ferries run", "Ines Vidal")]),
])
def test_a_verb_of_saying_after_a_comma_and_a_clause_stays_active(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _reports(text) == expected


@pytest.mark.parametrize(("text", "content"), [
    ("The harbour board announced a plan that would cut 300 jobs.",
     "a plan that would cut 300 jobs"),
    ("Ines Vidal said the firm that built the pier was bankrupt.",
     "the firm that built the pier was bankrupt"),
])
def test_a_that_after_a_noun_phrase_after_the_cue_is_a_relatives(text: str,
                                                                  content: str) -> None:
    """``announced a plan that would cut 300 jobs``: a noun phrase right after the
    verb of saying, then *that*: the *that* opens a relative clause of the noun
    phrase, which is what is reported (not the relative clause alone)."""
    assert [c for c, _ in _reports(text)] == [content]


@pytest.mark.parametrize("text", [
    "Ines Vidal told the council that the pier was safe.",
    "Ines Vidal said on Monday that the pier was safe.",
])
def test_a_that_after_the_person_told_or_a_time_is_the_cues(text: str) -> None:
    """Near misses: the person told (``told the council that``) and a time (``said on
    Monday that``) stand between the verb and its own *that*."""
    assert [c for c, _ in _reports(text)] == ["the pier was safe"]


@pytest.mark.parametrize("opener", ["On Monday", "Asked about the ferries",
                                    "Speaking to reporters"])
def test_an_opening_phrase_before_a_tag_and_a_quotation_is_no_report(opener: str) -> None:
    """``On Monday, Vidal said, “We will see.”``: a phrase of time, place or a
    participle's before the tag holds no clause; the quotation after the tag is a
    direct quote, and nothing is reported."""
    text = f"{opener}, Ines Vidal said, “We will see.”"
    assert _reports(text) == []
    assert quoteattr.attribute(text, ON).records()[0]["speaker"] == "Ines Vidal"


def test_a_clause_before_a_tag_and_a_quotation_is_a_mixed_report() -> None:
    """Near miss: ``On Monday the ferries stopped, Vidal said, “but not for long.”``:
    a clause before the tag makes both halves one report."""
    text = "On Monday the ferries stopped, Ines Vidal said, “but not for long.”"
    assert [s for _, s in _reports(text)] == ["Ines Vidal"]


@pytest.mark.parametrize("text", [
    "“The ferries will stop,” said one official, who asked not to be named.",
    "The witness asked not to be identified because she works for the port.",
    "An official, who asked that her name not be used, left early.",
])
def test_the_anonymity_formula_is_no_report(text: str) -> None:
    """``who asked not to be named``: what a source asks to stay unnamed is how the
    story keeps its name back, not words it reports."""
    assert _reports(text) == []


def test_a_question_asked_is_still_reported() -> None:
    """Near miss: ``asked whether …`` reports the question."""
    assert _reports("The official asked whether the ferries would stop.") == [
        ("the ferries would stop", "official")]


@pytest.mark.parametrize("text", ["Ines Vidal called her lawyer on Friday.",
                                  "Ines Vidal called the police."])
def test_calling_someone_is_no_report(text: str) -> None:
    """``called her lawyer on Friday.``: a determiner and one noun after *called*,
    perhaps a time, then the sentence's end: someone was called, nothing was
    named.  (A longer noun phrase is not read so: ``called the plan absurd``
    could not be told from it.)"""
    assert _reports(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Ines Vidal called the plan absurd.", "the plan absurd"),
    ("Ines Vidal called her rival a liar.", "her rival a liar"),
])
def test_calling_something_a_name_is_still_a_report(text: str, content: str) -> None:
    """Near misses: a second complement after the object names it: a report."""
    assert [c for c, _ in _reports(text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Ines Vidal, a former deputy, said the board never saw the memo.",
     "the board never saw the memo"),
    ("Ines Vidal, 58, said the company never paid.", "the company never paid"),
    ("Ines Vidal, the harbour master, said the board saw the memo.", "the board saw the memo"),
])
def test_a_clause_after_an_apposed_subjects_cue_is_no_inverted_speaker(
        text: str, content: str) -> None:
    """``Vidal, a former deputy, said the board never saw the memo.``: after the
    cue, a noun phrase with a negation, an adverb of frequency or a common past
    verb in it is a clause, what was said, not a speaker named after the cue."""
    assert _reports(text) == [(content, "Ines Vidal")]


def test_a_description_after_the_cue_with_a_relative_clause_still_speaks() -> None:
    """Near miss: ``“We won,” said the man who led the team.``: the verb is the
    relative clause's, and the description is the speaker."""
    rec = quoteattr.attribute("“We won,” said the man who led the team.").records()[0]
    assert rec["speaker"] == "man who led the team"


@pytest.mark.parametrize(("text", "speaker"), [
    ("People familiar with the talks said a deal was close.", "People"),
    ("A person with knowledge of the matter said the deal was dead.", "person"),
    ("The teenager charged with the attack told police he had acted alone.", "teenager"),
])
def test_the_subject_is_the_description_a_phrase_modifies_not_its_object(
        text: str, speaker: str) -> None:
    """``A person with knowledge of the matter said …``: the description that opens
    the sentence, before a phrase of a preposition (and a participle or
    *familiar*), is the cue's subject; the phrase's object (*the matter*, *the
    talks*, *the attack*) was the speaker."""
    assert [sp for _, sp in _reports(text)] == [speaker]


def test_a_description_right_before_its_cue_is_still_the_subject() -> None:
    """Near miss: ``The lawyer for the family said …`` reads the lawyer with its
    phrase, as before (a head of the lexicon)."""
    assert [sp for _, sp in _reports("The lawyer for the family said the deal was dead.")] == [
        "lawyer for the family"]


@pytest.mark.parametrize(("text", "content"), [
    ("Tom Ng, a spokesman for the developer, said the company welcomed her support.",
     "the company welcomed her support"),
    ("Ann Lee, 45, said the mayor lied.", "the mayor lied"),
])
def test_a_regular_past_verb_after_the_cue_makes_a_clause(text: str, content: str) -> None:
    """``…, said the mayor lied.``: a past form in *-ed* after the noun, ending the
    phrase or before its object, is a clause's verb, not a description named
    after an inverted cue (``said the mayor.``): the report was lost."""
    assert [c for c, _ in _reports(text)] == [content]


def test_a_participle_before_the_head_is_still_a_description() -> None:
    """Near miss: ``“No,” said the retired teacher.``: *retired* modifies the head."""
    doc = quoteattr.attribute("“No,” said the retired teacher.")
    assert doc.records()[0]["speaker"] == "retired teacher"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Police commander Sid Nguyen defended the plan, saying it would save money.",
     "Sid Nguyen"),
    ("Brockley boss Gary Holt was fuming, claiming his keeper had been fouled.", "Gary Holt"),
    ("Her lawyer, barrister Tom Reed, said she would appeal.", "Tom Reed"),
])
def test_a_role_of_british_news_or_a_lower_case_title_before_a_name(
        text: str, speaker: str) -> None:
    """``Police commander Sid Nguyen``, ``Brockley boss Gary Holt``, ``barrister Tom
    Reed``: a capitalised word before a title in lower case, and the trades of
    British news (*boss*, *barrister*, *solicitor*, *postman* …), are the name's
    role; the speaker was "Police", "Brockley", "lawyer"."""
    assert [sp for _, sp in _reports(text)] == [speaker]


def test_a_day_before_a_capitalised_title_is_no_part_of_it() -> None:
    """Near miss: ``On Tuesday President Ivo Marsh said no.``: the title is capitalised,
    and the day before it is no part of it."""
    doc = quoteattr.attribute("On Tuesday President Ivo Marsh said no.", ON)
    assert [m.title for m in doc.mentions if m.name == "Ivo Marsh"] == ["President"]


@pytest.mark.parametrize("noun", ["brands", "claims", "warns"])
def test_a_possessors_noun_is_no_verb_of_saying(noun: str) -> None:
    """``Acme's brands``: a form of a verb of saying in *-s* right after a possessive
    *’s* is a noun.  *brands* was read as a cue whose subject, Acme, took the
    quoted fragment after it."""
    text = f"Tom Hale said Acme's {noun} held up and that the shift was “the right one.”"
    recs = quoteattr.attribute(text, ON).records()
    assert [(r["kind"], r["speaker"]) for r in recs] == [("indirect", "Tom Hale"),
                                                          ("direct", "Tom Hale")]


def test_a_contracted_has_before_a_participle_is_still_a_verb() -> None:
    """Near miss: ``Rhee's said`` is *Rhee has said*: the cue stands, its subject Rhee."""
    assert _reports("Rhee's said the plant will close.") == [("the plant will close", "Rhee")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Hale said Acme's sales held up and that the shift was good.",
     "Acme's sales held up and that the shift was good"),
    ("Tom Hale said profits rose but that costs were high.",
     "profits rose but that costs were high"),
])
def test_a_second_that_clause_joined_to_a_first_is_one_report(text: str,
                                                                expected: str) -> None:
    """``said X and that Y``: the *that* after *and* opens a second clause of the
    same report, not the report's start (which began right after the cue)."""
    assert [t for t, _ in _reports(text)] == [expected]


def test_a_that_after_a_noun_phrase_is_still_its_relative() -> None:
    """Near miss: ``announced a plan that would cut jobs``: the *that* opens a
    relative clause; no *and* before it."""
    assert [t for t, _ in _reports("Acme announced a plan that would cut jobs.")] == \
        ["a plan that would cut jobs"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Rowing Council, which advises the ministry, said in a statement that the "
     "course was safe.", [("the course was safe", "Rowing Council")]),
    ("A man who answered the phone said the owners were away.",
     [("the owners were away", "man")]),
    # an auxiliary or an adverb between the relative pronoun and its verb
    ("Ada Vance, who has long denied wrongdoing, said the charges were false.",
     [("the charges were false", "Ada Vance")]),
])
def test_a_relative_clauses_verb_ends_at_the_main_verb_of_saying(
        text: str, expected: list[tuple[str, str]]) -> None:
    """``The council, which advises the ministry, said …``: the verb of a relative
    clause (*advises*, *answered*) has an object, not a report, and the main clause's
    verb of saying ends that clause; the relative's verb reported "said in a
    statement that …" and "the phone said the owners were away"."""
    assert _reports(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause that reports a clause of its own keeps it
    ("The group that warned the dam would fail said it was right.",
     [("the dam would fail", "group"), ("it was right", "group")]),
    # a relative clause whose verb of saying ends it
    ("Ada Lee, who said the plan was flawed, voted no.", [("the plan was flawed", "Ada Lee")]),
])
def test_a_relative_clause_that_reports_a_clause_keeps_it(
        text: str, expected: list[tuple[str, str]]) -> None:
    """Near misses: a relative clause's own clause (*would fail*) is still a report."""
    assert _reports(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Pace said that was longer than usual.", "that was longer than usual"),
    ("Mia Roth said that would be a mistake.", "that would be a mistake"),
])
def test_a_that_before_a_finite_verb_is_the_reports_subject(text: str, expected: str) -> None:
    """``said that was longer than usual``: *that* right before a finite auxiliary,
    copula or modal is a pronoun, the subject of what was said, and stays in the
    content (it was dropped as the complementizer: "was longer than usual")."""
    assert [t for t, _ in _reports(text)] == [expected]


def test_a_that_before_a_subject_is_the_complementizer() -> None:
    """Near miss: ``said that the wait was long``: the complementizer is left out."""
    assert [t for t, _ in _reports("Tom Pace said that the wait was long.")] == \
        ["the wait was long"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Leonard Achterberg died on Saturday. He was a hard man, his son Thomas recalled.",
     "Thomas"),
    ("The vote was close, her aide Tom Reed said.", "Tom Reed"),
])
def test_a_possessive_opens_a_tags_titled_subject(text: str, speaker: str) -> None:
    """``…, his son Thomas recalled.``: the name's mention opens at its title (*son*), so
    the possessive before it stood between the comma and the tag, and no report was
    found; it opens the tag's subject."""
    assert _reports(text) == [(text.split(",")[0].split(". ")[-1], speaker)]


def test_a_tags_titled_subject_without_a_possessive_is_read_as_before() -> None:
    """Near miss: ``…, aide Tom Reed said.`` was read so already."""
    assert _reports("The vote was close, aide Tom Reed said.") == [("The vote was close",
                                                                     "Tom Reed")]


@pytest.mark.parametrize(("text", "expected"), [
    # an appositive inside the content: the tag's speaker is the name after the cue
    ("Their neighbours, an elderly couple, were among the dead, said Sheriff Tom Reed.",
     [("Their neighbours, an elderly couple, were among the dead", "Tom Reed")]),
    # a place's name before the title is part of it
    ("The couple were among the dead, said Pike County Sheriff Tom Reed.",
     [("The couple were among the dead", "Tom Reed")]),
])
def test_an_inverted_tag_names_its_speaker_after_the_cue(
        text: str, expected: list[tuple[str, str]]) -> None:
    """``…, said Sheriff Tom Reed.``: a name right after a cue set off by a comma, ending
    the clause, is the speaker, and no subject is looked for before the cue (the
    appositive *an elderly couple* was taken for it, and the report cut at it); a body's
    or a place's name before a titled name is part of its title (no report was found)."""
    assert _reports(text) == expected


def test_a_name_further_after_the_cue_is_not_an_inverted_tags() -> None:
    """Near miss: ``Then Acme, two months later, announced plans to merge with Dow
    Chemical.``: the name after the cue's words is its object; no report of Dow's."""
    got = _reports("Then Acme, two months later, announced plans to merge with Dow Chemical.")
    assert all(speaker != "Dow Chemical" for _, speaker in got)


@pytest.mark.parametrize("verb", ["grew", "rose", "fell", "sold"])
def test_an_irregular_past_after_a_cues_noun_makes_a_clause(verb: str) -> None:
    """``Ann Lee, a spokeswoman, said the firm grew.``: after a comma, ``said the firm
    grew`` was read as an inverted tag whose speaker was a description "firm grew", and
    nothing was reported; an irregular past form after the noun makes a clause, as a
    regular one does (``said the mayor lied``)."""
    assert _reports(f"Ann Lee, a spokeswoman, said the firm {verb}.") == [
        (f"the firm {verb}", "Ann Lee")]


def test_a_description_after_an_inverted_cue_is_still_its_speaker() -> None:
    """Near miss: ``The team lost, said the coach.``: *the coach* is the speaker."""
    assert _reports("The team lost, said the coach.") == [("The team lost", "coach")]
