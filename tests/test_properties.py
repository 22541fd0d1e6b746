"""Properties that hold for any input string: offsets, nesting, determinism, types, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr

ROOT = Path(__file__).resolve().parents[1]

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

QUOTE_MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "''", "``"]
NAMES = [
    "Marta Kovac",
    "Prime Minister Olu Adeyemi",
    "Secretary of State Jane Roe",
    "Roe",
    "Mr. Haddad",
    "Ms. Kovac",
    "the Interior Ministry",
    "a spokesperson for Harlow Foods",
    "João Mendes",
    "he",
    "she",
    "they",
]
CUES = [
    "said",
    "says",
    "told reporters",
    "added",
    "insisted",
    "warned",
    "wrote",
    "posted on X",
    "hailed",
    "described",
    "according to",
    "asked",
    "explained",
    "continued",
]
WORDS = ["the talks", "very soon", "I’m", "Velmor’s", "’90s", "rock ’n’ roll", "It's", "so-called"]
PUNCT = [",", ".", ":", ";", "?", "!", "…", "—", "-", "(", ")", "/", "Sen.", "U.S.", "No."]
SPACES = [" ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2028", ""]

piece = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACES),
    st.text(max_size=6),
)
#: Text made of the pieces quotations are made of, in any order.
news_like = st.lists(piece, max_size=60).map("".join)
#: Text shaped like attributed quotes, so that the attribution stages get real work.
quote_like = st.lists(
    st.tuples(
        st.sampled_from(["“", '"', "‘", "'", "«", "„", ""]),
        st.sampled_from(WORDS + ["We will rebuild", "It will take time", ""]),
        st.sampled_from([",", ".", "?", ""]),
        st.sampled_from(["”", '"', "’", "'", "»", "“", ""]),
        st.sampled_from(SPACES),
        st.sampled_from(NAMES),
        st.sampled_from(SPACES),
        st.sampled_from(CUES),
        st.sampled_from([".", ". ", ":", ",", "\n\n", ""]),
    ).map("".join),
    max_size=8,
).map(" ".join)
any_text = st.one_of(st.text(), news_like, quote_like)


def _check_spans(text: str, name: str, records: Any) -> None:
    for x in records:
        assert 0 <= x.start <= x.end <= len(text), (name, x)
        assert text[x.start : x.end] == x.text, (name, x)


def _check_document(text: str, doc: Any) -> None:
    """Every invariant of one Document built from ``text``."""
    assert doc.text == text
    for name in ("paragraphs", "sentences", "quotes", "mentions"):
        _check_spans(text, name, getattr(doc, name))

    for name in ("paragraphs", "sentences"):
        spans = getattr(doc, name)
        for a, b in pairwise(spans):
            assert a.end <= b.start, (name, a, b)

    for i, q in enumerate(doc.quotes):
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text), q
        # The marks as found, and at most whitespace between them and the content.
        before, after = text[q.outer_start : q.start], text[q.end : q.outer_end]
        assert before.startswith(q.open_mark) and not before[len(q.open_mark) :].strip(), q
        assert after.endswith(q.close_mark), q
        assert not after[: len(after) - len(q.close_mark)].strip(), q
        assert q.level >= 0, q
        assert q.continues is None or 0 <= q.continues < i, q

    by_level: dict[int, list[Any]] = defaultdict(list)
    for q in doc.quotes:
        by_level[q.level].append(q)
    for level, quotes in by_level.items():
        quotes = sorted(quotes, key=lambda q: (q.outer_start, q.outer_end))
        for a, b in pairwise(quotes):
            assert a.outer_end <= b.outer_start, (level, a, b)

    for s in doc.speakers:
        for start, end in s.mentions:
            assert 0 <= start <= end <= len(text), s

    records = doc.records()
    assert len(records) == len(doc.quotes)
    for q, r in zip(doc.quotes, records, strict=True):
        assert (r["start"], r["end"], r["text"]) == (q.start, q.end, q.text)
        assert 0.0 <= r["confidence"] <= 1.0, r
        for key in ("speaker_start", "speaker_end"):
            assert r[key] is None or 0 <= r[key] <= len(text), r
        if r["speaker_start"] is not None and r["speaker_end"] is not None:
            assert r["speaker_start"] <= r["speaker_end"], r
        if r["speaker"] is None:
            assert r["speaker_title"] is None, r
    json.dumps(doc.to_dict())


@PROPERTY_SETTINGS
@given(st.text())
def test_attribute_returns_for_any_unicode(text: str) -> None:
    """attribute() returns a consistent Document for any unicode string."""
    _check_document(text, quoteattr.attribute(text))


@PROPERTY_SETTINGS
@given(news_like)
def test_attribute_returns_for_mark_soup(text: str) -> None:
    """attribute() returns a consistent Document for text made of marks, names, cues and spaces."""
    _check_document(text, quoteattr.attribute(text))


@PROPERTY_SETTINGS
@given(quote_like)
def test_attribute_returns_for_quote_shaped_text(text: str) -> None:
    """attribute() returns a consistent Document for text shaped like attributed quotations."""
    _check_document(text, quoteattr.attribute(text))


@PROPERTY_SETTINGS
@given(any_text)
def test_attribute_is_deterministic(text: str) -> None:
    """The same input gives an equal Document, and equal records, twice."""
    first, second = quoteattr.attribute(text), quoteattr.attribute(text)
    assert first == second
    assert first.records() == second.records()


@PROPERTY_SETTINGS
@given(any_text)
def test_find_quotes_returns_for_any_string(text: str) -> None:
    """find_quotes() returns a list of quotes whose spans slice the input and never overlap."""
    quotes = quoteattr.find_quotes(text)
    assert isinstance(quotes, list)
    _check_spans(text, "quotes", quotes)
    by_level: dict[int, list[Any]] = defaultdict(list)
    for q in quotes:
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text), q
        by_level[q.level].append(q)
    for quotes_at in by_level.values():
        quotes_at.sort(key=lambda q: (q.outer_start, q.outer_end))
        for a, b in pairwise(quotes_at):
            assert a.outer_end <= b.outer_start, (a, b)


@PROPERTY_SETTINGS
@given(any_text)
def test_split_sentences_returns_for_any_string(text: str) -> None:
    """split_sentences() returns ordered, non-overlapping sentences that slice the input."""
    sentences = quoteattr.split_sentences(text)
    assert isinstance(sentences, list)
    _check_spans(text, "sentences", sentences)
    for a, b in pairwise(sentences):
        assert a.end <= b.start, (a, b)


def test_long_unbalanced_text_does_not_swallow_later_paragraphs() -> None:
    """An opening mark never closed stays inside its own paragraph."""
    text = "“This never closes, Marta Kovac said.\n\nThe next paragraph is narrative."
    doc = quoteattr.attribute(text)
    _check_document(text, doc)
    second = text.index("The next")
    assert all(q.end <= second for q in doc.quotes if q.start < second)


NON_STR = [None, b"\xe2\x80\x9cbytes\xe2\x80\x9d", 3, ["a list", "of str"]]


@pytest.mark.parametrize("func", ["attribute", "find_quotes", "split_sentences"])
@pytest.mark.parametrize("value", NON_STR, ids=lambda v: type(v).__name__)
def test_non_str_input_raises_type_error(func: str, value: Any) -> None:
    """Non-str input (None, bytes, int, list) raises TypeError, not anything else."""
    with pytest.raises(TypeError):
        getattr(quoteattr, func)(value)


def test_cli_reads_stdin_and_prints_json() -> None:
    """`python -m quoteattr --format json` reads stdin and prints {"quotes": [...]} as JSON."""
    text = "“We will rebuild the bridge,” Marta Kovac said.\n"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", "--format", "json"],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    assert isinstance(data["quotes"], list)
    texts = [q["text"].strip() for q in data["quotes"]]
    assert "We will rebuild the bridge," in texts, data
