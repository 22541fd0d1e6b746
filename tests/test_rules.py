"""The attribution engine: declared rules, the rules table, the recorded trace, Config.

``tests/data/rules.json`` holds, for every declared rule, a row where it fires
(text, quote, expected speaker) and a near miss (the reason it passes with).
The texts are invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from test_properties import PROPERTY_SETTINGS, any_text, quote_like

import quoteattr
from quoteattr import _attribute, _reported
from quoteattr import _constants as k
from quoteattr._model import Step
from quoteattr._rules import NESTED_RULES, RULES, rule_names
from quoteattr._sieve import Condition, Fire, Pass, Rule, run

ROWS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "rules.json").read_text(encoding="utf-8"))
EXPLAIN = quoteattr.Config(explain=True)
INDIRECT = quoteattr.Config(explain=True, indirect=True)


def _record(row: dict[str, Any]) -> dict[str, Any]:
    doc = quoteattr.attribute(row["text"], INDIRECT if row.get("indirect") else EXPLAIN)
    kind = "indirect" if row.get("indirect") else "direct"
    found = [r for r in doc.records() if r["text"] == row["quote"] and r["kind"] == kind]
    assert found, f"no quote {row['quote']!r} in {row['text']!r}"
    return dict(found[0])


def _id(row: dict[str, Any]) -> str:
    return f"{row['rule']}-{'fires' if row['fires'] else 'passes'}"


@pytest.mark.parametrize("row", [r for r in ROWS if r["fires"]], ids=_id)
def test_rule_fires_on_its_row(row: dict[str, Any]) -> None:
    """Each rule decides its own invented row, with the expected speaker."""
    rec = _record(row)
    assert (rec["rule"], rec["speaker"]) == (row["rule"], row["speaker"]), row["note"]
    if "mention" in row:  # the words that name the speaker where the rule read them
        assert row["text"][rec["speaker_start"]:rec["speaker_end"]] == row["mention"], row["note"]


@pytest.mark.parametrize("row", [r for r in ROWS if not r["fires"] and r["text"]], ids=_id)
def test_rule_passes_on_its_near_miss_with_its_reason(row: dict[str, Any]) -> None:
    """On its near miss each rule runs, passes, and says the expected reason."""
    if row.get("indirect"):
        steps = _report_steps(row)
    else:
        steps = _record(row)["trace"]
    steps = [s for s in steps if s["rule"] == row["rule"]]
    assert steps, f"{row['rule']} never ran"
    assert all(s["result"] == "passed" for s in steps)
    assert steps[-1]["why"] == row["why"], row["note"]


def _report_steps(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The steps the report rules ran for the candidate at the row's cue (a
    candidate no rule fires for makes no record, so its trace is read here)."""
    seen: list[list[dict[str, Any]]] = []

    def spy(ctx: Any, rules: Any, explain: bool) -> Any:
        r = _reported.ReportContext(ctx, _reported.find_candidates(ctx))
        trace: list[list[Step]] = [[] for _ in r.candidates]
        run(rules, r, range(len(r.candidates)), r.decided, trace)
        seen.extend([s.to_dict() for s in t] for c, t in zip(r.candidates, trace, strict=True)
                    if c.cue.text == row["cue"])
        return real(ctx, rules, explain)

    real = _attribute._reports
    _attribute._reports = spy
    try:
        quoteattr.attribute(row["text"], INDIRECT)
    finally:
        _attribute._reports = real
    assert seen, f"no candidate at {row['cue']!r}"
    return seen[0]


def test_every_declared_rule_has_a_firing_row_and_a_near_miss() -> None:
    """The table covers every rule; a rule with no possible near miss must say so
    (text null) and must indeed fire on every quote it is tried on."""
    fires = {r["rule"] for r in ROWS if r["fires"]}
    misses = {r["rule"] for r in ROWS if not r["fires"]}
    names = set(rule_names())
    assert names <= fires, f"rules with no firing row: {sorted(names - fires)}"
    assert names <= misses, f"rules with no near-miss row: {sorted(names - misses)}"
    assert fires | misses <= names, f"rows for unknown rules: {sorted((fires | misses) - names)}"
    catch_all = {r["rule"] for r in ROWS if not r["fires"] and r["text"] is None}
    for row in ROWS:
        if row["text"] is None:
            continue
        doc = quoteattr.attribute(row["text"], EXPLAIN)
        for a in doc.attributions:
            for step in a.trace or ():
                if step.rule in catch_all:
                    assert step.result == "fired", (row["text"], step)


def test_rule_names_are_unique_and_documented() -> None:
    """Every rule has a unique stable name and a docstring (the catalogue is built from it)."""
    names = rule_names()
    assert len(names) == len(set(names))
    for rule in (*RULES, *NESTED_RULES, *_reported.REPORT_RULES):
        assert rule.decide.__doc__, rule.name
        assert rule.summary and "``" not in rule.summary


# --------------------------------------------------------------------------
# The trace


def _check_trace(rec: dict[str, Any]) -> None:
    trace = rec["trace"]
    fired = [i for i, s in enumerate(trace) if s["result"] == "fired"]
    assert all(s["result"] in ("fired", "passed") for s in trace)
    assert all(s["why"] for s in trace)
    assert [s["pass"] for s in trace] == sorted(s["pass"] for s in trace)
    if rec["rule"] == "none":
        assert fired == []
        return
    assert fired == [len(trace) - 1], trace
    last = trace[-1]
    mention = [rec["speaker_start"], rec["speaker_end"]] \
        if rec["speaker_start"] is not None else None
    assert (last["rule"], last["confidence"], last["cue"], last["mention"]) == (
        rec["rule"], rec["confidence"], rec["cue"], mention)


@PROPERTY_SETTINGS
@given(any_text)
def test_trace_ends_with_the_step_that_decided(text: str) -> None:
    """For any text: one fired step, the last, holding the record's rule,
    confidence, cue and mention; none when no rule fired; every pass says why."""
    for rec in quoteattr.attribute(text, EXPLAIN).records():
        _check_trace(dict(rec))


@PROPERTY_SETTINGS
@given(quote_like)
def test_explain_changes_no_answer(text: str) -> None:
    """Recording the trace leaves every other field of every record as it was."""
    plain = quoteattr.attribute(text).records()
    traced = [{k: v for k, v in r.items() if k != "trace"}
              for r in quoteattr.attribute(text, EXPLAIN).records()]
    assert plain == traced
    assert all("trace" not in r for r in plain)


def test_trace_is_in_table_order_and_every_rule_ran_until_one_fired() -> None:
    """A quote decided in the first pass shows every outer rule before the one
    that fired, in the declared order (the steps that actually ran)."""
    rec = quoteattr.attribute("“Yes.” “No,” Ann Lee said.", EXPLAIN).records()[0]
    names = [s["rule"] for s in rec["trace"]]
    assert rec["rule"] == "same_paragraph"
    assert names == [r.name for r in RULES[:names.index("same_paragraph") + 1]]


def test_second_pass_steps_are_recorded_with_their_pass() -> None:
    """A quote no rule decides shows the dialogue rules' second pass too."""
    rec = quoteattr.attribute("The hall was cold.\n\n“Maybe.”", EXPLAIN).records()[0]
    assert rec["rule"] == "none"
    second = [s["rule"] for s in rec["trace"] if s["pass"] == 2]
    assert second == [r.name for r in RULES if 2 in r.passes]


def test_speaker_from_points_at_the_record_it_copied() -> None:
    """A propagated speaker names the record it came from; others have null."""
    recs = quoteattr.attribute("“A,” Ann Lee said. “B.”").records()
    assert [r["speaker_from"] for r in recs] == [None, 0]
    assert recs[1]["speaker_id"] == recs[0]["speaker_id"] == 0


def test_explain_formats_the_recorded_steps() -> None:
    """quoteattr.explain prints one line per step that ran, ending with the decision."""
    doc = quoteattr.attribute("“A,” Ann Lee said. “B.”", EXPLAIN)
    out = quoteattr.explain(doc, 1)
    assert out.splitlines()[0].startswith("quote 1: “B.” — Ann Lee [same_paragraph")
    assert out.splitlines()[-1].split()[2:4] == ["same_paragraph", "fired"]
    assert "speaker shared with quote 0" in out


def test_explain_without_a_trace_says_how_to_get_one() -> None:
    """A document made without explain=True has no trace to show: a clear ValueError."""
    doc = quoteattr.attribute("“A,” Ann Lee said.")
    with pytest.raises(ValueError, match="explain=True"):
        quoteattr.explain(doc, 0)
    with pytest.raises(TypeError, match="Document"):
        quoteattr.explain("“A,” Ann Lee said.", 0)  # type: ignore[arg-type]


def test_unresolved_pronoun_cap_is_in_the_fired_step() -> None:
    """A pronoun that resolves to no one caps the confidence, and the fired step says so."""
    rec = quoteattr.attribute("“We will win,” she said.", EXPLAIN).records()[0]
    assert rec["confidence"] == k.UNRESOLVED_PRONOUN_CAP
    assert "resolved to no one" in rec["trace"][-1]["why"]


# --------------------------------------------------------------------------
# Config reaches the sieve


def test_disabled_rule_is_not_run() -> None:
    """Switching a rule off by name: it never runs and another rule (or none) decides."""
    cfg = quoteattr.Config(disabled_rules=("trailing_cue",), explain=True)
    rec = quoteattr.attribute("“We will win,” Ann Lee said.", cfg).records()[0]
    assert rec["rule"] != "trailing_cue"
    assert all(s["rule"] != "trailing_cue" for s in rec["trace"])


def test_unknown_rule_name_is_a_value_error() -> None:
    """A misspelt rule name is refused when the Config is made, naming the rules."""
    with pytest.raises(ValueError, match="trailing_cue"):
        quoteattr.Config(disabled_rules=("trailing_clue",))


# --------------------------------------------------------------------------
# The engine on its own: it knows nothing about quotes


def _even(ctx: list[int], i: int) -> Fire | Pass:
    """Even numbers."""
    return Fire(1.0) if ctx[i] % 2 == 0 else Pass("odd")


def _big(ctx: list[int], i: int) -> Fire | Pass:
    """Big numbers (second pass only)."""
    return Fire(0.5) if ctx[i] > 10 else Pass("small")


def test_engine_runs_passes_conditions_and_records_steps() -> None:
    """Rules run in order over what is undecided, a condition's failure is a pass
    with its reason, later passes run only their rules, and steps are recorded."""
    positive: Condition[list[int]] = Condition("positive", lambda c, i: c[i] > 0, "not positive")
    rules = (Rule("even", _even, when=(positive,)), Rule("big", _big, passes=(2,)))
    items = [4, 3, 13, -2]
    decided: list[Any] = [None] * len(items)
    trace: list[list[Any]] = [[] for _ in items]
    order = run(rules, items, range(len(items)), decided, trace)
    assert order == [0, 2]
    assert [d[0].name if d else None for d in decided] == ["even", None, "big", None]
    assert [(s.rule, s.pass_, s.result, s.why) for s in trace[3]] == [
        ("even", 1, "passed", "not positive"), ("big", 2, "passed", "small")]
    assert trace[0][-1].result == "fired" and trace[0][-1].why == "Even numbers."


def test_engine_without_trace_records_nothing() -> None:
    """With no trace list the engine only decides."""
    decided: list[Any] = [None, None]
    assert run((Rule("even", _even),), [2, 5], range(2), decided) == [0]


# --------------------------------------------------------------------------
# Confidence as a measured share right


def test_calibrated_confidence_is_the_measured_cell_else_the_designed_value() -> None:
    """A measured (rule, register, designed value) cell replaces the designed
    confidence; an unmeasured one, or a no-speaker decision, leaves it."""
    from quoteattr import _calibration as cal

    (rule, register, designed), (share, count) = next(iter(cal.TABLE.items()))
    assert cal.calibrated(rule, register, designed) == share
    assert cal.calibrated("no_such_rule", "prose", 0.77) == 0.77
    assert cal.calibrated(rule, register, 0.0) == 0.0
    assert all(n >= cal.MIN_COUNT and 0.0 <= s <= 1.0 for s, n in cal.TABLE.values())


def test_calibration_table_counts_right_wrong_and_spurious() -> None:
    """The reliability table bins predictions by confidence; a prediction on no
    gold quote is wrong; the ECE weighs each bin's gap by its count."""
    from quoteattr.evaluate import calibration

    text = "“Yes,” Ann Lee said. “No,” Tom Reed said. The “deal” is off."
    gold = [{"id": "d", "text": text, "quotes": [
        {"start": 1, "end": 5, "speaker": "Ann Lee", "speaker_mentions": [[7, 14]]},
        {"start": 22, "end": 25, "speaker": "Tom Reed", "speaker_mentions": [[27, 35]]}]}]
    preds = {"d": [
        {"start": 1, "end": 5, "speaker": "Ann Lee", "confidence": 0.95},   # right
        {"start": 22, "end": 25, "speaker": "Ann Lee", "confidence": 0.95},  # wrong
        {"start": 47, "end": 51, "speaker": "Tom Reed", "confidence": 0.35},  # on no quote
    ]}
    cal = calibration(gold, preds)
    assert cal.count == 3
    assert [(lo, n, r) for lo, _, n, _, r in cal.rows] == [(0.3, 1, 0.0), (0.9, 2, 0.5)]
    assert cal.ece == pytest.approx((1 * 0.35 + 2 * 0.45) / 3)
    assert "expected calibration error" in cal.table()


@pytest.mark.parametrize("opening", [
    "Harlan's deputy, Mira Sollet, was more upbeat.",
    "The county's new treasurer, Mira Sollet, struck a different note.",
])
def test_narration_subject_takes_the_name_set_off_after_an_opening_description(
        opening: str) -> None:
    """``Harlan's deputy, Mira Sollet, was more upbeat.`` / ``“…”``: the
    paragraph is about the person the appositive names, not about the
    description's possessor; the quote-only paragraph after it is hers."""
    text = f"{opening}\n\n“We expect good news by the weekend.”"
    record = quoteattr.attribute(text).records()[0]
    assert (record["speaker"], record["rule"]) == ("Mira Sollet", "narration_subject")


def test_narration_subject_takes_a_description_that_opens_a_verb_of_saying() -> None:
    """``After the vote, the harbour master said she was relieved.`` / ``“…”``: a
    person's description opening the paragraph as a verb of saying's subject is
    who goes on in the quote-only paragraph after it."""
    text = ("The board voted to close the pier.\n\nAfter the vote, the harbour master said "
            "she was relieved.\n\n“This was a long time coming.”")
    record = quoteattr.attribute(text).records()[0]
    assert (record["speaker"], record["rule"]) == ("harbour master", "narration_subject")


def test_narration_subject_takes_a_pronoun_that_opens_a_verb_of_saying() -> None:
    """``She said business had been slow.`` / ``“…”``: *he* or *she* opening the
    paragraph as a verb of saying's subject goes on in the quote-only paragraph
    after it, as the person it stands for."""
    text = ("Mira Sollet runs the ferry kiosk.\n\nShe said trade had been slow since the "
            "bridge opened.\n\n“Nobody waits for the boat any more.”")
    record = quoteattr.attribute(text).records()[0]
    assert (record["speaker"], record["rule"]) == ("Mira Sollet", "narration_subject")


def test_narration_subject_takes_no_pronoun_that_only_acts() -> None:
    """Near miss: ``She locked the kiosk.`` (no verb of saying): the quote after
    it is not hers by this rule."""
    text = ("Mira Sollet runs the ferry kiosk.\n\nShe locked the kiosk at six.\n\n"
            "“Nobody waits for the boat any more.”")
    assert quoteattr.attribute(text).records()[0]["rule"] != "narration_subject"


def test_narration_subject_takes_no_description_alone() -> None:
    """Near miss: a description alone opening the paragraph (``The deputy
    minister was more upbeat.``) gives the quote after it no speaker: in a
    story that quote is as often the reply of the one spoken to."""
    text = "The deputy minister was more upbeat.\n\n“We expect good news by the weekend.”"
    assert quoteattr.attribute(text).records()[0]["speaker"] is None


@pytest.mark.parametrize("text, speaker", [
    ("Mara Quist set down the lamp. “Never,” was her reply.", "Mara Quist"),
    ("Mara Quist set down the lamp. “Never,” came the answer from Tobias Reed.",
     "Tobias Reed"),
    ("“We will appeal,” was the response from the harbour board.", "harbour board"),
    ("“Never,” was Tobias Reed's only reply.", "Tobias Reed"),
    ("Mara Quist looked up. “You might have knocked,” was another of her remarks.",
     "Mara Quist"),
    # the nearest person of her gender, not a thing of none ("the card")
    ("Mara Quist took out the card and read it. “He wants a reply,” was her remark.",
     "Mara Quist"),
])
def test_trailing_noun_gives_the_quote_to_the_nouns_owner(text: str, speaker: str) -> None:
    """``“…,” was her reply.``, ``“…,” came the answer from Reed.``: a noun of
    saying right after the quote says whose words they were."""
    record = quoteattr.attribute(text).records()[0]
    assert (record["speaker"], record["rule"]) == (speaker, "trailing_noun")


def test_trailing_noun_with_no_owner_in_sight_gives_no_speaker() -> None:
    """Near miss: ``“…,” was his answer.`` with no one named before it in the
    paragraph: the owner is unknown, and so is the speaker (no guess)."""
    record = quoteattr.attribute("“Never,” was his answer.").records()[0]
    assert (record["speaker"], record["rule"]) == (None, "trailing_noun")


@pytest.mark.parametrize("text, speaker", [
    ("“I know,” flashed Ilse Moreau, “but people don't.”", "Ilse Moreau"),
    ("“You are matron here, my dear,” submitted Mr. Pardoe; “but I thought not.”", "Pardoe"),
    ("“Oh, hush!” breathed Ilse. “She will hear you.”", "Ilse"),
])
def test_trailing_cue_reads_a_verb_the_lexicon_lacks_before_its_subject(
        text: str, speaker: str) -> None:
    """``“…,” quavered Mrs. Pardoe.``: an *-ed* verb the lexicon lacks, right after
    the quote and before a name or a description that ends its clause, is a tag
    with the speaker after the verb (as ``“…,” Roe surmised.`` is with it before)."""
    record = quoteattr.attribute(text).records()[0]
    assert (record["speaker"], record["rule"]) == (speaker, "trailing_cue")


@pytest.mark.parametrize("text", [
    "“The news,” surprised nobody in the room.",
    "“Fire!” startled Ilse Moreau into the yard.",
])
def test_a_verb_before_an_object_after_the_quote_is_no_tag(text: str) -> None:
    """Near miss: the words after the verb go on (``into the yard``) or name no
    one (``nobody``): the verb has an object, not an inverted subject."""
    assert quoteattr.attribute(text).records()[0]["rule"] != "trailing_cue"


def test_colon_label_is_not_a_thing_described_before_the_colon() -> None:
    """``The mayor had a message for residents: “…”``: the description right
    before the colon is a thing, and someone opens the clause: the quote is
    theirs, not the message's."""
    text = "The mayor had a message for residents: “Stay home and check on your neighbours.”"
    record = quoteattr.attribute(text).records()[0]
    assert (record["speaker"], record["rule"]) == ("mayor", "colon_label")


def test_colon_label_keeps_a_lone_description_before_the_colon() -> None:
    """Near miss: a description alone before the colon (``The statement from the
    harbour board: “…”``) still labels the quote."""
    text = "The statement from the harbour board: “We regret nothing.”"
    assert quoteattr.attribute(text).records()[0]["speaker"] == "statement from the harbour board"


def test_trailing_cue_reads_said_i() -> None:
    """``“…,” said I.``: the narrator's inverted tag is a tag as ``said he`` is (it
    was left to a weaker rule, the cue later in the sentence)."""
    text = "“The trains,” said I. “They were all late.”"
    records = quoteattr.attribute(text).records()
    assert (records[0]["rule"], records[0]["cue"]) == ("trailing_cue", "said")
    assert text[records[0]["speaker_start"]:records[0]["speaker_end"]] == "I"


@pytest.mark.parametrize("tag", ["angrily demanded the matron", "sharply asked the matron",
                                 "unusually sharply replied the matron"])
def test_trailing_cue_reads_an_adverb_before_an_inverted_description(tag: str) -> None:
    """``“Well?” angrily demanded the matron.``: an adverb in -ly (or two) between
    the quote and an inverted tag's verb; the description after the verb is the
    speaker, as with a name (``angrily demanded Mrs. Corney``) or no adverb."""
    records = quoteattr.attribute(f"“Well, what is that to me?” {tag}.").records()
    assert (records[0]["speaker"], records[0]["rule"]) == ("matron", "trailing_cue")


def test_an_adverb_before_a_verb_inside_a_sentence_is_no_inverted_tag() -> None:
    """Near miss: ``The board, reportedly said the paper, …``: no quote before the
    adverb, no tag; the adverb opens nothing to read a description after."""
    doc = quoteattr.attribute("The board will meet. Then, reportedly, said the chair would "
                              "resign.")
    assert not any(m.text == "the chair would resign" for m in doc.mentions)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Jon came in late. Ann made him say, “Sorry.”", "Jon"),
    ("Jon stood outside. Ann heard him say, “Not tonight.”", "Jon"),
    ("Mara stood outside. Tom could hear her saying, “Not tonight.”", "Mara"),
])
def test_the_object_of_a_verb_of_hearing_speaks_the_verb_after_it(text: str,
                                                                  speaker: str) -> None:
    """``Ann heard him say, “…”``: the object pronoun of a verb of hearing,
    making or letting is who speaks the verb of saying after it, not the
    sentence's subject; it is resolved as *he* or *she* would be."""
    records = quoteattr.attribute(text).records()
    assert (records[-1]["speaker"], records[-1]["rule"]) == (speaker, "leading_cue")


def test_the_object_of_another_verb_before_a_verb_of_saying_is_no_speaker() -> None:
    """Near miss: ``Ann told him, “…”``: the object of a verb of saying is the
    listener; the subject speaks."""
    records = quoteattr.attribute("Jon came in late. Ann told him, “Sit down.”").records()
    assert records[-1]["speaker"] == "Ann"


def test_action_beat_reads_a_title_description_the_discourse_model_named() -> None:
    """``Inspector Hume found the doctor …`` / ``“…,” said Dr. Strand.`` / ``The
    doctor considered. “A little after eleven.”``: the description names the one
    person titled *Dr.*, whom the discourse model read (the clustering did not join
    it: the first *the doctor* came before the name); the beat is his."""
    text = ("Inspector Hume found the doctor in the conservatory.\n\n"
            "“Forgive me if I go on working,” said Dr. Strand.\n\n"
            "“At what hour did you come?”\n\n"
            "The doctor considered. “A little after eleven.”")
    rec = quoteattr.attribute(text).records()[-1]
    assert (rec["speaker"], rec["rule"]) == ("Strand", "action_beat")


def test_action_beat_does_not_read_a_description_of_no_title() -> None:
    """Near miss: ``The stranger considered. “…”``: a description naming no title
    is read as no named person's beat."""
    text = ("Inspector Hume found Dr. Strand in the conservatory.\n\n"
            "“Forgive me if I go on working,” said Dr. Strand.\n\n"
            "“At what hour did you come?”\n\n"
            "The stranger considered. “A little after eleven.”")
    rec = quoteattr.attribute(text).records()[-1]
    assert rec["rule"] != "action_beat"


@pytest.mark.parametrize("tag", ["said her hostess", "began her hostess", "asked their landlord"])
def test_trailing_cue_reads_a_possessed_description_after_an_inverted_verb(tag: str) -> None:
    """``“You needn't go--” began her hostess.``: a description with a possessive
    determiner after an inverted tag's verb is the speaker, as one with *the* is,
    when its head is no noun the lexicon lists."""
    rec = quoteattr.attribute(f"“You needn't go,” {tag}.").records()[0]
    assert (rec["speaker"], rec["rule"]) == (tag.split()[-1], "trailing_cue")


def test_a_possessed_noun_after_a_verb_that_goes_on_is_its_object() -> None:
    """Near miss: ``The minister said her plan would work.``: a possessed noun after
    the verb that a clause goes on from is what was said, no speaker."""
    doc = quoteattr.attribute("The minister said her plan would work.",
                              quoteattr.Config(indirect=True))
    assert [(r["speaker"], r["text"]) for r in doc.records()] == [
        ("minister", "her plan would work")]


@pytest.mark.parametrize(("after", "speaker"), [
    ("That's what Ines Vidal told the council on Monday.", "Ines Vidal"),
    ("Those were the words of Ines Vidal, who has kept the shop for 30 years.", "Ines Vidal"),
    ("So said the mayor, watching the water rise.", "mayor"),
])
def test_named_after_reads_the_forms_news_opens_with(after: str, speaker: str) -> None:
    """``“…”`` / ``That's what Roe told …``, ``Those were the words of Roe``, ``So
    said Roe``: the paragraph after a quote-only paragraph names its speaker."""
    rec = quoteattr.attribute(f"“Never again.”\n\n{after}").records()[0]
    assert (rec["speaker"], rec["rule"]) == (speaker, "named_after")


def test_named_after_needs_a_quote_only_paragraph() -> None:
    """Near miss: the quote shares its paragraph with narration: the next
    paragraph's *That* may be about anything in it."""
    rec = quoteattr.attribute("“Never again,” the sign read. The water rose.\n\n"
                              "That was the message from Ines Vidal on Monday.").records()[0]
    assert rec["rule"] != "named_after"


def test_the_source_of_a_message_from_a_name_is_the_mention() -> None:
    """``the message from Mayor Linda Chu``: the name a *from* phrase gives a
    message is the mention, not the message (which only carries the words)."""
    doc = quoteattr.attribute("It was the message from Mayor Linda Chu on Thursday.")
    assert [(m.text, m.kind) for m in doc.mentions if m.kind != "pronoun"] == [
        ("Mayor Linda Chu", "name")]


def test_nested_cue_gives_i_said_to_the_outer_speaker() -> None:
    """``“She told me it was the weather. I said ‘are you sure?’”``: inside a quote,
    *I* is its speaker, so a quote inside it after ``I said`` is the outer speaker's
    own words (it had no speaker)."""
    text = "“She told me it was the weather. I said ‘are you sure?’ and left,” Ann Lee said."
    recs = {r["text"]: r for r in quoteattr.attribute(text).records()}
    assert (recs["are you sure?"]["speaker"], recs["are you sure?"]["rule"]) == (
        "Ann Lee", "nested_cue")


def test_nested_cue_leaves_she_said_unknown() -> None:
    """Near miss: ``She says ‘yes’``: *she* inside a quote is someone the outer
    speaker speaks of, not known here: no speaker."""
    text = "“She told me it was the weather. She said ‘yes, of course’ and left,” Ann Lee said."
    recs = {r["text"]: r for r in quoteattr.attribute(text).records()}
    assert recs["yes, of course"]["speaker"] is None


def test_action_beat_is_not_the_person_the_paragraph_calls() -> None:
    """``Pryce put down the paper. “I have.”`` / ``“Her nerves.” He folded his
    spectacles. “You might go yourself, Hallam.”``: the beat's *he* read as
    Hallam, whom the paragraph calls by name; he is spoken to, and the turn is left
    to the exchange (Pryce's)."""
    text = ("Dr. Hallam came into the study, where his partner Pryce was reading.\n\n"
            "“Well, Pryce,” he said, “have you seen the list?”\n\n"
            "Pryce put the paper down. “I have. Mrs. Oakes again.”\n\n"
            "“Her heart?”\n\n"
            "“Her nerves, she says.” He folded his spectacles. “You might go yourself, "
            "Hallam.”")
    recs = quoteattr.attribute(text).records()
    assert [r["speaker"] for r in recs[-2:]] == ["Pryce", "Pryce"]


@pytest.mark.parametrize("opening", ["When Sherry had gone", "As Ruth poured the coffee",
                                     "Though Ruth was watching him",
                                     "Asked whether Ruth and Sherry would stay for the pie",
                                     "Turning from the window where Ruth stood"])
def test_action_beat_reads_the_subject_after_a_subordinate_clause(opening: str) -> None:
    """``When Sherry had gone, Walt leaned back. “…”``: the person named in the
    subordinate clause opening the sentence is not its subject; the beat is the
    main clause's (Walt's)."""
    text = ("Walt and Ruth sat in the booth while Sherry took the order.\n\n"
            "“The usual?” asked Sherry.\n\n"
            f"{opening}, Walt leaned back in the booth. “Your mother liked this place.”")
    rec = quoteattr.attribute(text).records()[-1]
    assert (rec["speaker"], rec["rule"]) == ("Walt", "action_beat")


def test_action_beat_reads_a_sentence_opening_on_its_subject() -> None:
    """Near miss: ``Sherry folded the menus. “…”``: no subordinate clause, the
    first person named is the subject (Sherry's beat)."""
    text = ("Walt and Ruth sat in the booth while Sherry took the order.\n\n"
            "“The usual?” asked Walt.\n\n"
            "Sherry folded the menus. “Your mother liked this place.”")
    rec = quoteattr.attribute(text).records()[-1]
    assert (rec["speaker"], rec["rule"]) == ("Sherry", "action_beat")


def test_action_beat_reads_a_given_name_named_once() -> None:
    """``Rosie hung up her coat. “…”``: a census given name is a person's even
    when the text names her once (a lone capitalised word opening a sentence
    may be an adverb; a given name is not)."""
    text = ("“You’re late,” said Mrs Dunmore.\n\n"
            "Rosie hung up her coat. “The bus broke down on the hill.”")
    rec = quoteattr.attribute(text).records()[-1]
    assert (rec["speaker"], rec["rule"]) == ("Rosie", "action_beat")


def test_action_beat_does_not_read_an_unknown_word_named_once() -> None:
    """Near miss: ``Zorvath hung up his coat.``, a word no list of given names
    holds, named once: not surely a person, no beat."""
    text = ("“You’re late,” said Mrs Dunmore.\n\n"
            "Zorvath hung up his coat. “The bus broke down on the hill.”")
    rec = quoteattr.attribute(text).records()[-1]
    assert rec["rule"] != "action_beat"


def _garage(narration: str, quote: str = "“What about this one?”") -> dict[str, Any]:
    text = ("Jess found her sister in the garage, sorting paint cans.\n\n"
            "“You are keeping those?”\n\n"
            f"{narration} {quote}")
    return quoteattr.attribute(text).records()[-1]


def test_action_beat_reads_the_person_before_a_sentence_about_a_thing() -> None:
    """``Jess picked up a can. The label had worn away. “…”``: the sentence right
    before the quote names no one; the person who opens the sentence before it
    is still the one the beat is about."""
    rec = _garage("Jess picked up a can and turned it over. The label had worn away.")
    assert (rec["speaker"], rec["rule"]) == ("Jess", "action_beat")


@pytest.mark.parametrize("narration", [
    # a sentence between that names someone else: no beat reaches past it
    "Jess picked up a can. Her sister did not look up.",
    # two sentences about things: the beat reaches one sentence back, no further
    "Jess picked up a can. The label had worn away. The lid was rusted shut.",
])
def test_action_beat_does_not_reach_past_a_person_or_two_sentences(narration: str) -> None:
    """Near misses: a sentence about someone else, or more than one sentence
    about things, between the person and the quote: no beat of Jess's."""
    rec = _garage(narration)
    assert not (rec["speaker"] == "Jess" and rec["rule"] == "action_beat")


def test_action_beat_leaves_a_quote_tagged_by_a_verb_right_after_it() -> None:
    """``Jess sat down. “…,” muttered somebody at the back.``: a verb of saying
    right after the quote tags it, whoever its subject is (here no one the rules
    read as a speaker); the narration before it is no beat."""
    rec = _garage("Jess sat down on a crate.", "“Not again,” muttered somebody at the back.")
    assert rec["rule"] != "action_beat" and rec["speaker"] != "Jess"


@pytest.mark.parametrize("tag", ["cried that discreet lady in a whisper",
                                 "said this young person"])
def test_trailing_cue_reads_a_demonstrative_description(tag: str) -> None:
    """``“Mr. Bumble!” cried that discreet lady in a whisper.``: a description
    opened by *that* or *this* in a quote's own tag is the speaker."""
    rec = quoteattr.attribute(f"“Mr. Bumble!” {tag}.").records()[0]
    assert rec["rule"] == "trailing_cue"
    assert rec["speaker"] in ("discreet lady", "young person")


@pytest.mark.parametrize("text", [
    "“We will not move,” the union said, adding that members would meet.",
    "The union, said that members would meet, and left.",
])
def test_that_before_a_clause_is_no_demonstrative(text: str) -> None:
    """Near miss: *that* before a clause (``that members would meet``) is the
    complementizer: no description, and no speaker read from it."""
    doc = quoteattr.attribute(text)
    assert not any(m.text.startswith("that") or m.text == "members would meet"
                   for m in doc.mentions)


def test_same_paragraph_reads_past_fragments_the_narration_quotes() -> None:
    """``“…,” said Mrs. Fenby, preferring "course" to "tactics" for Ann's sake. “And
    why …?”``: the words the narration quotes between (no one's speech, undecided)
    do not stop the later quote from sharing the tagged one's speaker."""
    text = ("“This is the proper course,” said Mrs. Fenby, preferring “course” to “tactics” "
            "for Ann's sake. “And why ever should we tell Caroline?”")
    recs = quoteattr.attribute(text).records()
    assert (recs[-1]["speaker"], recs[-1]["rule"]) == ("Fenby", "same_paragraph")


def test_same_paragraph_does_not_read_past_a_quote_with_a_speaker() -> None:
    """Near miss: the quote between is someone's (the sign's words, read out by a
    cue): it is the neighbour, and its speaker is the one shared."""
    text = ("“This is the proper course,” said Mrs. Fenby. The sign on the gate read “Keep "
            "out of the orchard at all times.” “And why ever should we tell Caroline?”")
    recs = quoteattr.attribute(text).records()
    assert (recs[-1]["speaker"], recs[-1]["rule"]) == ("sign", "same_paragraph")


def test_same_paragraph_does_not_give_a_quote_the_speaker_of_a_reply_to_it() -> None:
    """``“…do come again.” “Yes, you must,” echoed Margaret.``: the second quote's
    verb answers the first, which is someone else's: the first does not share
    Margaret's tag."""
    text = ("“I had forgotten we were dining out; but do come again.” "
            "“Yes, you must,” echoed Margaret.")
    recs = quoteattr.attribute(text).records()
    assert recs[0]["speaker"] != "Margaret"


def test_same_paragraph_shares_a_plain_tag_after_it() -> None:
    """Near miss: ``“…” “Yes, you must,” said Margaret.``: a plain verb of saying,
    the first quote shares its speaker as before."""
    text = ("“I had forgotten we were dining out; but do come again.” "
            "“Yes, you must,” said Margaret.")
    recs = quoteattr.attribute(text).records()
    assert (recs[0]["speaker"], recs[0]["rule"]) == ("Margaret", "same_paragraph")


@pytest.mark.parametrize("text", [
    "“You must stay the night,” Tom Ashby was told.",
    "“You must stay the night,” Tom Ashby was firmly told.",
    "Tom Ashby was told: “You must stay the night.”",
    "Mrs. Lee came in. “I came on business.” She sat down without being asked. "
    "“Your son is at Bath.”",
])
def test_a_passive_verb_of_saying_gives_its_subject_no_words(text: str) -> None:
    """``Ashby was told``, ``without being asked``: a verb of saying in the passive
    has for its subject the one spoken to; neither a tag, a label before a colon,
    nor a cue elsewhere in the paragraph makes the subject the speaker."""
    recs = quoteattr.attribute(text).records()
    assert all(r["speaker"] != "Tom Ashby" for r in recs)
    assert all(r["rule"] != "paragraph_cue" for r in recs)


@pytest.mark.parametrize(("text", "speaker"), [
    # near misses: a perfect, not a passive; a passive with its agent
    ("“You must stay the night,” Tom Ashby had told her.", "Tom Ashby"),
    ("Tom Ashby was told by the innkeeper: “You must stay the night.”", "innkeeper"),
    ("“You must stay the night,” Tom Ashby was saying.", "Tom Ashby"),
])
def test_an_active_or_agented_verb_of_saying_still_tags(text: str, speaker: str) -> None:
    assert quoteattr.attribute(text).records()[0]["speaker"] == speaker


@pytest.mark.parametrize(("follow", "speaker"), [
    ("Sen. Maria Koval made the remarks on the Senate floor on Wednesday.", "Maria Koval"),
    ("Maria Koval, a Democrat from Ossory, delivered those comments at a rally.",
     "Maria Koval"),
])
def test_named_after_reads_who_made_the_remarks(follow: str, speaker: str) -> None:
    """``“…”`` / ``Sen. Koval made the remarks on the Senate floor.``: a quote-only
    paragraph whose next paragraph opens on someone who *made the remarks*
    (*delivered those comments*, *gave the statement* …) is theirs."""
    text = f"The senator did not mince words.\n\n“This bill is a gift to the insurers.”\n\n{follow}"
    rec = quoteattr.attribute(text).records()[0]
    assert (rec["speaker"], rec["rule"]) == (speaker, "named_after")


def test_named_after_needs_the_remarks_at_the_subjects_verb() -> None:
    """Near miss: ``Koval read the remarks of her rival aloud.``: the next paragraph
    opens on someone who did something else with remarks."""
    text = ("“This bill is a gift to the insurers.”\n\n"
            "Maria Koval read the remarks of her rival aloud.")
    assert quoteattr.attribute(text).records()[0]["rule"] != "named_after"


@pytest.mark.parametrize(("text", "speaker"), [
    # a participle's phrase after the subject, its object set off with a clause of
    # its own: the subject, not the object
    ("Elinor, glancing at Marianne, who had not moved, said, “Go up.”", "Elinor"),
    ("Edmund was too angry to speak; but Mary Ashe, looking at Mrs. Norris, and then at "
     "Fanny, whose tears were falling, said, “It is too hot.”", "Mary Ashe"),
])
def test_a_participles_phrase_names_its_object_not_the_speaker(text: str,
                                                                speaker: str) -> None:
    """``Elinor, glancing at Marianne, who had not moved, said``: a person named
    inside a participle's phrase set off after the subject is its object, even
    with a clause of its own before the verb; the verb of saying is the
    subject's."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # near misses: the object's own relative verb of saying; the subject set off
    # with a relative clause and no participle before
    ("Elinor, looking up, saw Marianne, who said, “Go up.”", "Marianne"),
    ("Marianne, whose face was grey, said, “Go up.”", "Marianne"),
    ("Fanny, saying nothing, took the letter. She smiled. “Thank you,” she said.", "Fanny"),
])
def test_a_speaker_set_off_or_relative_still_speaks(text: str, speaker: str) -> None:
    assert quoteattr.attribute(text).records()[0]["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Reporters asked Linda Reed if she would resign. “Not a chance.”",
    "Tom Hale asked Linda Reed if she would resign.\n\n“Not a chance.”",
])
def test_the_person_asked_answers_the_quote_after_the_question(text: str) -> None:
    """``Reporters asked Linda Reed if she would resign. “Not a chance.”``: after
    the question's sentence, the quote is the answer of the one asked (named
    right after *asked*), not of the asker."""
    assert quoteattr.attribute(text).records()[0]["speaker"] == "Linda Reed"


def test_a_question_after_asked_is_the_askers() -> None:
    """Near miss: ``Tom Hale asked Linda Reed a question. “Will you resign?”``: a
    quote that is itself a question is the asker's."""
    text = "Tom Hale asked Linda Reed a question. “Will you resign?”"
    assert quoteattr.attribute(text).records()[0]["speaker"] == "Tom Hale"


@pytest.mark.parametrize("text", [
    "Storm chaos: ‘It sounded like a freight train’",
    "Brexit: ‘We will leave on time’",
])
def test_a_headlines_topic_before_a_colon_is_no_speaker(text: str) -> None:
    """``Storm chaos: ‘…’``, ``Brexit: ‘…’``: a capitalised word that nothing shows to
    be a person's name (named once, no title, gender or cue) is a headline's topic,
    not the label of the quote after the colon."""
    assert quoteattr.attribute(text).records()[0]["speaker"] is None


def test_a_person_before_a_headlines_colon_still_labels_the_quote() -> None:
    """Near miss: ``Vidal: “…”`` with Ines Vidal named in the story is her quote."""
    text = "Vidal: “The ferries will run.”\n\nIves Vidal, the mayor, spoke on Monday."
    assert quoteattr.attribute(text).records()[0]["speaker"] == "Ives Vidal"


@pytest.mark.parametrize("tag", ["said Reed’s rival", "said Reed’s longtime rival"])
def test_a_possessor_after_an_inverted_cue_is_no_speaker(tag: str) -> None:
    """``“Nonsense,” said Reed’s rival.``: the name after the verb owns the head
    that follows it (a noun the lexicon may not list); Reed did not speak."""
    text = f"The vote was lost on Monday. “Nonsense,” {tag}."
    rec = quoteattr.attribute(text).records()[0]
    assert rec["speaker"] != "Reed" and rec["rule"] != "trailing_cue"


def test_a_name_after_an_inverted_cue_still_speaks() -> None:
    """Near miss: ``“Nonsense,” said Reed.`` and ``said Reed, smiling``."""
    for tag in ("said Reed.", "said Reed, smiling."):
        text = f"Tom Reed lost the vote on Monday.\n\n“Nonsense,” {tag}"
        assert quoteattr.attribute(text).records()[0]["speaker"] == "Tom Reed"



@pytest.mark.parametrize("after", ["So said Mayor Linda Reed on Sunday.",
                                   "That was the message from Mayor Linda Reed."])
def test_named_after_reads_the_next_sentence_of_the_quotes_paragraph(after: str) -> None:
    """``“We are not going anywhere.” So said Mayor Linda Reed.``: a quote opening its
    paragraph, named as someone's words by the sentence right after it."""
    rec = quoteattr.attribute(f"“We are not going anywhere.” {after}").records()[0]
    assert (rec["speaker"], rec["rule"]) == ("Linda Reed", "named_after")


def test_named_after_needs_the_quote_to_open_its_paragraph() -> None:
    """Near miss: narration before the quote: the sentence after it is not read so."""
    text = "The crowd cheered. “We are not going anywhere.” So said Mayor Linda Reed."
    assert quoteattr.attribute(text).records()[0]["rule"] != "named_after"


@pytest.mark.parametrize("opener", ["After the board meeting", "When the vote was counted"])
def test_colon_label_reads_the_main_clause_after_an_opener(opener: str) -> None:
    """``After the board meeting, Ruth Adeyemi was blunt: “…”``: the person who
    opens the main clause, past a subordinate clause or a phrase opening the
    sentence, labels the quote after the colon."""
    text = f"{opener}, Ruth Adeyemi was blunt: “We are broke.”"
    rec = quoteattr.attribute(text).records()[0]
    assert (rec["speaker"], rec["rule"]) == ("Ruth Adeyemi", "colon_label")


def test_nested_cue_names_the_one_person_of_a_given_name() -> None:
    """``“Bill said, ‘Go home,’ and so I did,” said Tom.``: the inner quote's speaker,
    named by a given name alone, is the one person named in full with it."""
    text = ("Tom Hobb and Bill Lark sat in the inn.\n\n"
            "“Bill said, ‘Go home,’ and so I did,” said Tom.")
    recs = quoteattr.attribute(text).records()
    assert [(r["speaker"], r["rule"]) for r in recs][1] == ("Bill Lark", "nested_cue")


def test_nested_cue_names_no_one_of_a_given_name_two_people_bear() -> None:
    """Near miss: Bill Lark and Bill Dunn both named: *Bill* alone is neither."""
    text = ("Tom Hobb, Bill Lark and Bill Dunn sat in the inn.\n\n"
            "“Bill said, ‘Go home,’ and so I did,” said Tom.")
    assert quoteattr.attribute(text).records()[1]["speaker"] is None


@pytest.mark.parametrize(("inner", "speaker"), [
    # a verb phrase of its own joined by "and"
    ("I rang my sister and said, ‘I am coming home.’", "Ann Lee"),
    ("I looked up and said, ‘I am coming home.’", "Ann Lee"),
    # an auxiliary of habit
    ("Bill used to say, ‘I am coming home.’", "Bill Lark"),
    ("Bill kept saying, ‘I am coming home.’", "Bill Lark"),
])
def test_nested_cue_reads_the_subject_past_a_verb_phrase_or_an_auxiliary(
        inner: str, speaker: str) -> None:
    """``I rang my sister and said, ‘…’``, ``Bill used to say, ‘…’``: the subject of a
    verb of saying inside a quote may stand before an auxiliary of habit or at the
    start of a clause whose verb phrase the cue is joined to by *and* (the inner
    quote had no speaker: the subject was read right before the cue only)."""
    text = f"Bill Lark ran the shop.\n\n“It was chaos,” Ann Lee said. “{inner}”"
    recs = {r["text"]: r for r in quoteattr.attribute(text).records()}
    assert (recs["I am coming home."]["speaker"], recs["I am coming home."]["rule"]) == (
        speaker, "nested_cue")


def test_nested_cue_after_and_with_a_subject_of_its_own() -> None:
    """Near miss: ``I rang my sister and she said, ‘…’``: the subject right before the
    cue is *she*, someone the outer speaker speaks of: no speaker."""
    text = "“It was chaos,” Ann Lee said. “I rang my sister and she said, ‘Come home.’”"
    recs = {r["text"]: r for r in quoteattr.attribute(text).records()}
    assert recs["Come home."]["speaker"] is None


def test_a_reopened_quotation_keeps_its_openings_weak_speaker() -> None:
    """``Lena Ruiz addressed the rally.`` / ``“For two years … (left open)`` /
    ``“Today it ends.”``: one quotation, whose opening the narration's subject
    was given (weakly) in the second pass of the sieve; its reopened part had no
    speaker."""
    text = ("The strike entered its third week.\n\n"
            "Union leader Lena Ruiz addressed the rally.\n\n"
            "“For two years we were told to be patient.\n\n"
            "“Today that ends.”")
    recs = quoteattr.attribute(text).records()
    assert [(r["speaker"], r["rule"]) for r in recs] == [
        ("Lena Ruiz", "narration_subject"), ("Lena Ruiz", "continued_quote")]
    assert recs[1]["confidence"] <= recs[0]["confidence"] + 0.2


def test_a_reopened_quotation_whose_opening_has_no_speaker_has_none() -> None:
    """Near miss: with no one to give the opening to, the reopened part gets no one."""
    text = ("The strike entered its third week.\n\n"
            "“For two years we were told to be patient.\n\n"
            "“Today that ends.”")
    assert [r["speaker"] for r in quoteattr.attribute(text).records()] == [None, None]


def test_narration_subject_is_read_past_an_opening_phrase_with_a_mention() -> None:
    """``After 30 years with the county police, Ada Brennan retires on Friday.`` /
    ``“…”``: the paragraph's subject comes after an opening phrase that holds a
    mention of its own (*the county police*), which was taken for the subject."""
    text = ("The county said goodbye to a familiar face.\n\n"
            "After 30 years with the county police, Ada Brennan retires on Friday.\n\n"
            "“I never planned to stay this long.”")
    assert [r["speaker"] for r in quoteattr.attribute(text).records()] == ["Ada Brennan"]


def test_a_person_in_the_opening_phrase_is_no_narration_subject() -> None:
    """Near miss: ``After meeting Mayor Ruth Dale, the workers went home.`` / ``“…”``:
    the mayor stands in the opening phrase; the subject is the workers, a group,
    and the quote is no one's."""
    text = ("The strike ended on Monday.\n\n"
            "After meeting Mayor Ruth Dale, the workers went home.\n\n"
            "“We got what we came for.”")
    assert [r["speaker"] for r in quoteattr.attribute(text).records()] != ["Ruth Dale"]


@pytest.mark.parametrize("text", [
    "Coach Tomas Pryce took over in May.\n\nThe match ended 2-1. Pryce was furious.\n\n"
    "“We were sloppy.”",
    "The board met on Monday.\n\nThe agenda was long. Mayor Ruth Dale opened the session.\n\n"
    "“We have a lot to get through.”",
])
def test_narration_subject_of_a_paragraphs_last_sentence(text: str) -> None:
    """``The match ended 2-1. Pryce was furious.`` / ``“…”``: when the paragraph's
    first sentence names no one at its opening, the person named as the subject
    of its last sentence, the one right before the quote."""
    speaker = quoteattr.attribute(text).records()[0]["speaker"]
    assert speaker is not None and speaker.endswith(("Pryce", "Dale"))


@pytest.mark.parametrize("last", ["Florida is a swing state.", "The coach was furious."])
def test_a_place_or_a_description_ending_the_paragraph_is_no_narration_subject(
        last: str) -> None:
    """Near miss: a bare name of no known gender (a place as often as a person) or a
    description (as often the one spoken to) at the last sentence's opening gives
    the quote no one."""
    text = f"The polls closed at eight.\n\nThe count was slow. {last}\n\n“It is too close.”"
    assert quoteattr.attribute(text).records()[0]["speaker"] is None


@pytest.mark.parametrize("beat", ["Iris laughed.", "Iris sighed heavily.", "She groaned."])
def test_a_sound_made_without_words_is_an_action_beat(beat: str) -> None:
    """``Iris laughed. “You look worried.”``: a verb of saying that is a sound made
    without words, alone at its sentence's end, is an action (a beat) — the quote
    is Iris's surely enough for the exchange to alternate after it (as a weak
    paragraph cue it was not, and the next line went to Iris again)."""
    text = ("“Is the ferry running?” asked Hal.\n\n“Not today,” said Iris.\n\n"
            f"{beat} “You look worried.”\n\n“I am.”")
    recs = quoteattr.attribute(text).records()
    assert [(r["speaker"], r["rule"]) for r in recs[2:]] == [
        ("Iris", "action_beat"), ("Hal", "turn_taking")]


def test_a_sound_verb_before_a_comma_and_a_quote_is_its_tag() -> None:
    """Near miss: ``Iris laughed, “You look worried.”``: the verb introduces the
    quote (a leading cue), no beat."""
    recs = quoteattr.attribute("Iris laughed, “You look worried.”").records()
    assert (recs[0]["speaker"], recs[0]["rule"]) == ("Iris", "leading_cue")


@pytest.mark.parametrize("beat", ["Brodsky came in.", "Brodsky nodded slowly."])
def test_a_name_seen_once_with_a_persons_verb_is_an_action_beats_person(beat: str) -> None:
    """``Brodsky came in. “Sit down.”``: a name the text uses once, with no title,
    gender or given name, is a person when its verb is a person's (*came in*,
    *nodded*), and the quote next to it is the beat's; it had no speaker."""
    text = f"“Evening,” said Garrow.\n\n{beat} “Sit down.”"
    assert quoteattr.attribute(text).records()[1]["speaker"] == "Brodsky"


def test_a_lone_capitalised_word_before_a_thing_is_no_beats_person() -> None:
    """Near miss: ``Ravenscar stood on its hill. “Sit down.”``: a house, no person."""
    text = "“Evening,” said Garrow.\n\nRavenscar stood on its hill. “Sit down.”"
    assert quoteattr.attribute(text).records()[1]["speaker"] != "Ravenscar"


def test_a_titled_name_with_its_article_opens_an_action_beat() -> None:
    """``The Reverend Ashdown looked out. “I am here.”``: the article before a titled
    name is the name's; the beat is his (the quote had no speaker, and the
    exchange none to alternate from)."""
    text = ("“Is the ferry running?” asked Hal.\n\n“Not today,” said Iris.\n\n"
            "The Reverend Ashdown looked out. “I am here.”")
    assert quoteattr.attribute(text).records()[2]["speaker"] == "Ashdown"


def test_a_description_with_its_article_opens_no_beat_of_a_titled_name() -> None:
    """Near miss: ``The rain stopped. “I am here.”``: no titled name, no beat."""
    text = ("“Is the ferry running?” asked Hal.\n\n“Not today,” said Iris.\n\n"
            "The rain stopped. “I am here.”")
    assert quoteattr.attribute(text).records()[2]["rule"] != "action_beat"


def test_a_nickname_in_quotes_inside_a_name_is_no_ones_quote() -> None:
    """``Volunteer Daryl “Dazza” Pearce``: a capitalised word or two in quotes between
    a name's words is a nickname: no quote of anyone's (it was Daryl's), and the
    name around it is one person (``Pearce`` after is Daryl Pearce, not someone new)."""
    text = ("Volunteer Daryl “Dazza” Pearce was cooking. “You do what you can,” he said. "
            "“Half these blokes helped me,” Pearce said.")
    recs = quoteattr.attribute(text).records()
    assert [(r["speaker"], r["rule"]) for r in recs][0] == (None, "scare_quote")
    assert recs[1]["speaker"] == recs[2]["speaker"] == "Daryl Pearce"
    assert recs[1]["speaker_id"] == recs[2]["speaker_id"]


def test_a_capitalised_word_quoted_after_a_verb_is_no_nickname() -> None:
    """Near miss: ``She called it “Big” and laughed.``: no name around the quote."""
    from quoteattr._mentions import nickname

    text = "She called it “Big” and laughed."
    assert not nickname(text, quoteattr.attribute(text).quotes[0])


@pytest.mark.parametrize(("text", "index", "speaker"), [
    ("Her neighbour, a retired ferryman named Alf Rudd, said: “We will help.”", 0, "Alf Rudd"),
    ("“Is the ferry running?” asked Hal.\n\n“Not today,” said Iris.\n\n"
     "A young engineer named Dace Holm appeared in the hatch. “Two.”", 2, "Dace Holm"),
])
def test_a_description_named_after_it_is_the_named_person(
        text: str, index: int, speaker: str) -> None:
    """``a retired ferryman named Alf Rudd``: a description that names its person
    after *named* is that person, as an appositive name is (and opening a beat's
    clause, after *called* too): the speaker was "neighbour", and the beat had no
    one."""
    assert quoteattr.attribute(text).records()[index]["speaker"] == speaker


def test_a_thing_named_after_it_is_no_beats_person() -> None:
    """Near miss: ``A storm called Agnes hit the coast. “Two.”``: the same shape, but
    *called* stands in the sentence as a verb of saying would: no beat, and the
    quote is not the storm's."""
    text = ("“Is the ferry running?” asked Hal.\n\n“Not today,” said Iris.\n\n"
            "A storm called Agnes hit the coast. “Two.”")
    assert quoteattr.attribute(text).records()[2]["speaker"] != "Agnes"


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Not I,” was the reply of Mr. Crane.", "Crane"),
    ("“Not I,” was the prompt answer of the old man.", "old man"),
])
def test_a_noun_of_saying_of_its_owner_after_the_quote(text: str, speaker: str) -> None:
    """``“Not I,” was the reply of Mr. Crane.``: the owner of a noun of saying after the
    quote may follow it with *of*, as with *from* (``came the answer from Roe``); the
    quote had no speaker."""
    rec = quoteattr.attribute(text).records()[0]
    assert (rec["speaker"], rec["rule"]) == (speaker, "trailing_noun")


def test_a_noun_of_saying_of_a_thing_names_no_one() -> None:
    """Near miss: ``was the answer of a lifetime``: no one is named after *of*."""
    rec = quoteattr.attribute("“Yes,” was the answer of a lifetime.").records()[0]
    assert (rec["speaker"], rec["rule"]) == (None, "none")
