"""A longer Hypothesis run of the reliability properties, sized by an environment variable.

``QUOTEATTR_FUZZ_EXAMPLES`` sets the number of generated examples per property (default
50, so CI stays fast)::

    QUOTEATTR_FUZZ_EXAMPLES=20000 python -m pytest tests/test_fuzz.py -q

The coverage-guided counterpart is ``fuzz/fuzz_attribute.py`` (atheris).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.html import render_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_reliability import (  # noqa: E402
    BREAKS,
    CUES,
    MARKS,
    NAMES,
    ODD,
    PUNCT,
    any_text,
    check_document,
    check_html,
    check_json,
    check_spans,
)

EXAMPLES = int(os.environ.get("QUOTEATTR_FUZZ_EXAMPLES", "50"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
                suppress_health_check=list(HealthCheck))

#: Longer texts: paragraphs of quote-shaped sentences with marks dropped or doubled.
sentence = st.tuples(
    st.sampled_from(MARKS + ["", ""]),
    st.lists(st.sampled_from(["we", "will", "win", "never", "again", "I’m", "U.S.", "Mr.",
                              "‘so-called’", "“no”", "’90s", "5 p.m.", "..."]),
             max_size=12).map(" ".join),
    st.sampled_from([",", ".", "?", "!", "…", ""]),
    st.sampled_from(MARKS + ["", ""]),
    st.sampled_from([" ", "\n", "\n\n", "\r\n", ""]),
    st.sampled_from(NAMES),
    st.sampled_from([" ", ", "]),
    st.sampled_from(CUES),
    st.sampled_from([".", ". ", ":", ";", ",", "\n\n", ""]),
).map("".join)
long_text = st.lists(st.one_of(sentence, st.sampled_from(PUNCT + BREAKS + ODD)),
                     max_size=80).map("".join)
fuzz_text = st.one_of(any_text, long_text, st.text(alphabet=st.characters(), max_size=300))


@FUZZ
@given(fuzz_text)
def test_fuzz_attribute(text: str) -> None:
    """attribute() never raises; offsets slice back; no overlap; speakers outside quotes;
    JSON and HTML stay valid."""
    doc = quoteattr.attribute(text)
    check_document(text, doc)
    check_json(doc)
    check_html(render_html(doc))
    json.dumps(doc.records())


@FUZZ
@given(fuzz_text)
def test_fuzz_stages(text: str) -> None:
    """find_quotes() and split_sentences() never raise and slice back; a second run agrees."""
    quotes = quoteattr.find_quotes(text)
    check_spans(text, "find_quotes", quotes)
    sentences = quoteattr.split_sentences(text)
    check_spans(text, "split_sentences", sentences)
    assert quoteattr.find_quotes(text) == quotes
    assert quoteattr.split_sentences(text) == sentences
