"""The kind of text a quote's confidence is measured in (its calibration register).

Invented texts: a dialogue-heavy passage, where a quote outside the exchange is a
novel's narration, and a report, where it is prose.
"""

from __future__ import annotations

from typing import Any

import pytest

import quoteattr
from quoteattr import _attribute

NOVEL = """Mara set the lamp on the sill.

“Is the ferry late again?” asked Mara.

“Since Monday,” said Jon.

“Then we walk,” said Mara.

“In this rain?” said Jon.

They walked for an hour without a word.

The road was long and the rain did not stop.

At the inn they ate in silence.

Later Jon wrote in his diary that the walk had been “a small war.”
"""

REPORT = """The council met on Monday.

The mayor, Ann Lee, said the budget was “a serious plan.”

The vote is due next week, after a public hearing.
"""


def _registers(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, str]:
    seen: list[tuple[str, str, float]] = []

    def spy(rule: str, register: str, confidence: float) -> float:
        seen.append((rule, register, confidence))
        return confidence

    monkeypatch.setattr(_attribute, "calibrated", spy)
    recs = quoteattr.attribute(text).records()
    decided = [r for r in recs if r["rule"] != "none"]
    return {r["text"]: reg for r, (_, reg, _) in zip(decided, seen, strict=True)}


def test_a_quote_outside_dialogue_in_a_dialogue_heavy_text_is_narration(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Most quotes in dialogue: the one outside it is measured as a novel's narration."""
    got = _registers(monkeypatch, NOVEL)
    assert got["a small war."] == "narration"
    assert got["Since Monday,"] == "dialogue"


def test_a_quote_in_a_report_is_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    """No dialogue: every quote is measured as a report's prose."""
    got = _registers(monkeypatch, REPORT)
    assert set(got.values()) == {"prose"}


def test_the_share_is_read_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """The register is a plain value of the document's decisions: the same text
    gives the same registers twice."""
    first: Any = _registers(monkeypatch, NOVEL)
    assert _registers(monkeypatch, NOVEL) == first
