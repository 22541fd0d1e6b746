"""The acceptance table: short invented news texts with the quotes and speakers they must yield.

Each row of ``tests/data/cases.json`` is one test (its id is the row id).  A row lists, in text
order, every quote the library must find, as the content without the marks, with the canonical
speaker it must get (``null``: no speaker, or a guess right at most half the time: confidence
≤ 0.5, confidences being measured shares right).  Optional keys of an
expected quote:

- ``title``: a speaker in ``doc.speakers`` with the record's speaker name carries that title;
- ``speaker_any``: alternatives; the record's speaker may contain any of them (case-insensitive);
- ``closed`` / ``level``: the record's ``closed`` / ``level`` must equal them;
- no ``speaker`` key at all: the speaker is not checked (used for nested inner quotes).

A row with ``"quotes": []`` requires that no quote at all is found.  Records the row does not list
are allowed.  A row with ``"xfail": "reason"`` is a known failure (non-strict).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quoteattr

CASES_PATH = Path(__file__).parent / "data" / "cases.json"
CASES: list[dict[str, Any]] = json.loads(CASES_PATH.read_text(encoding="utf-8"))

#: Marks that may open a quote in the table's texts, and those that may close one.
OPENING = "“‘\"'"
CLOSING = "”’\"'"

#: At or below this confidence (a decision right at most half the time, as measured), a
#: speaker counts as "no speaker".
MIN_CONFIDENCE = 0.5


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=False))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


# --- matching ------------------------------------------------------------------------------


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].casefold() if words else ""


def speaker_matches(expected: dict[str, Any], record: dict[str, Any]) -> bool:
    """Whether ``record``'s speaker satisfies the expected quote's ``speaker``/``speaker_any``."""
    if "speaker" not in expected:
        return True
    want = expected["speaker"]
    got = record.get("speaker")
    if want is None:
        return got is None or record.get("confidence", 0.0) <= MIN_CONFIDENCE
    if not got:
        return False
    if got == want or _last_word(got) == _last_word(want):
        return True
    return any(alt.casefold() in got.casefold() for alt in expected.get("speaker_any", ()))


def title_matches(expected: dict[str, Any], record: dict[str, Any], speakers: Any) -> bool:
    """Whether the record, or a speaker of the same name, carries the expected title."""
    if "title" not in expected:
        return True
    want = expected["title"].casefold()
    titles = [record.get("speaker_title")]
    titles += [s.title for s in speakers if s.name == record.get("speaker")]
    return any(t is not None and t.strip().casefold() == want for t in titles)


def find_in_order(
    expected: list[dict[str, Any]], records: list[dict[str, Any]]
) -> list[int | None]:
    """Index of the record matching each expected quote's text, in order (``None`` if missing).

    Records are searched left to right, each one after the previous match, so the expected
    quotes must appear in the same order as the records.
    """
    found: list[int | None] = []
    pos = 0
    for exp in expected:
        hit = None
        for i in range(pos, len(records)):
            if records[i]["text"].strip() == exp["text"]:
                hit = i
                break
        found.append(hit)
        if hit is not None:
            pos = hit + 1
    return found


def check_case(case: dict[str, Any], doc: Any) -> list[str]:
    """Every way ``doc`` falls short of ``case``, as readable messages (empty when it passes)."""
    text = case["text"]
    records = doc.records()
    problems = []
    for r in records:
        if text[r["start"] : r["end"]] != r["text"]:
            problems.append(f"record text {r['text']!r} is not text[{r['start']}:{r['end']}]")
    if not case["quotes"]:
        if records:
            problems.append(f"expected no quote, found {[r['text'] for r in records]!r}")
        return problems
    for exp, hit in zip(case["quotes"], find_in_order(case["quotes"], records), strict=True):
        if hit is None:
            problems.append(
                f"quote {exp['text']!r} not found (in order) among {[r['text'] for r in records]!r}"
            )
            continue
        rec = records[hit]
        if not speaker_matches(exp, rec):
            problems.append(
                f"quote {exp['text']!r}: speaker {rec['speaker']!r} "
                f"(confidence {rec.get('confidence')}, rule {rec.get('rule')!r}), "
                f"expected {exp.get('speaker')!r}"
                + (f" or one of {exp['speaker_any']!r}" if exp.get("speaker_any") else "")
            )
        elif not title_matches(exp, rec, doc.speakers):
            problems.append(
                f"quote {exp['text']!r}: speaker {rec['speaker']!r} has title "
                f"{rec.get('speaker_title')!r}, expected {exp['title']!r}"
            )
        for key in ("closed", "level"):
            if key in exp and rec[key] != exp[key]:
                problems.append(
                    f"quote {exp['text']!r}: {key} is {rec[key]!r}, expected {exp[key]!r}"
                )
    return problems


# --- the table itself -----------------------------------------------------------------------


def test_table_is_well_formed() -> None:
    """Every row has a unique id, the required keys, and expected quotes that sit between marks."""
    assert len(CASES) >= 60
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert {"id", "phenomenon", "text", "quotes", "note"} <= case.keys(), case["id"]
        text = case["text"]
        pos = 0
        for exp in case["quotes"]:
            assert exp["text"] == exp["text"].strip(), case["id"]
            at = text.find(exp["text"], pos)
            assert at > 0, (case["id"], exp["text"])
            assert text[at - 1] in OPENING, (case["id"], exp["text"])
            after = text[at + len(exp["text"]) :]
            closed_here = after[:1] in CLOSING
            open_at_paragraph_end = after == "" or after.startswith("\n")
            assert closed_here or (exp.get("closed") is False and open_at_paragraph_end), (
                case["id"],
                exp["text"],
            )
            pos = at + 1
            if exp.get("speaker_any"):
                assert exp.get("speaker"), case["id"]


def test_matching_accepts_and_rejects_as_documented() -> None:
    """The speaker matcher accepts exact, same-surname and listed alternatives, and nothing else."""
    rec = {"speaker": "Roe", "confidence": 0.9, "speaker_title": None}
    assert speaker_matches({"text": "x", "speaker": "Jane Roe"}, rec)
    assert not speaker_matches({"text": "x", "speaker": "Sam Doe"}, rec)
    assert not speaker_matches({"text": "x", "speaker": None}, rec)
    assert speaker_matches({"text": "x", "speaker": None}, {**rec, "confidence": 0.3})
    assert speaker_matches({"text": "x", "speaker": None}, {**rec, "speaker": None})
    assert speaker_matches({"text": "x"}, rec)
    org = {"speaker": "the ministry", "confidence": 0.8}
    assert speaker_matches(
        {"text": "x", "speaker": "Interior Ministry", "speaker_any": ["ministry"]}, org
    )
    assert speaker_matches({"text": "x", "speaker": "Interior Ministry"}, org)
    assert not speaker_matches({"text": "x", "speaker": "Carl Obi"}, {"speaker": None})
    titled = {"speaker": "Jane Roe", "speaker_title": "Secretary of State"}
    assert title_matches({"title": "Secretary of State"}, titled, [])
    assert not title_matches({"title": "President"}, titled, [])


def test_check_case_on_a_hand_made_document() -> None:
    """check_case passes a fake document that meets a row and reports each way one misses it."""

    class _Doc:
        def __init__(self, records: list[dict[str, Any]]) -> None:
            self._records = records
            self.speakers: list[Any] = []

        def records(self) -> list[dict[str, Any]]:
            return self._records

    case = {
        "text": "“We will rebuild,” said Marta Kovac, “but it will take time.”",
        "quotes": [
            {"text": "We will rebuild,", "speaker": "Marta Kovac"},
            {"text": "but it will take time.", "speaker": "Marta Kovac"},
        ],
    }

    def rec(text: str, speaker: str | None) -> dict[str, Any]:
        start = case["text"].index(text)
        return {
            "start": start,
            "end": start + len(text),
            "text": text,
            "speaker": speaker,
            "speaker_title": None,
            "confidence": 0.9,
            "rule": "fake",
            "closed": True,
            "level": 0,
        }

    good = [rec("We will rebuild,", "Marta Kovac"), rec("but it will take time.", "Kovac")]
    assert check_case(case, _Doc(good)) == []
    wrong_speaker = [good[0], rec("but it will take time.", "Carl Obi")]
    assert len(check_case(case, _Doc(wrong_speaker))) == 1
    assert len(check_case(case, _Doc(good[:1]))) == 1
    assert len(check_case(case, _Doc(good[::-1]))) == 1
    bad_span = [{**good[0], "start": 0}, good[1]]
    assert len(check_case(case, _Doc(bad_span))) == 1
    assert check_case({**case, "quotes": []}, _Doc(good))


# --- the library against the table ------------------------------------------------------------


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    """attribute() finds each listed quote, in order, with the listed speaker (see the note)."""
    doc = quoteattr.attribute(case["text"])
    problems = check_case(case, doc)
    assert not problems, f"{case['id']} ({case['note']}):\n  " + "\n  ".join(problems)
