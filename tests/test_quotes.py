"""Tests for quoteattr._quotes: quote marks, apostrophes, nesting and paragraphs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Quote, find_quotes
from quoteattr._quotes import _MARK, CLOSE_ONLY, DOUBLE, OPEN_ONLY, QUOTE_PAIRS
from quoteattr._segment import split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
TABLE = json.loads((ROOT / "tests" / "data" / "quote_marks.json").read_text(encoding="utf-8"))
ROWS: list[dict] = TABLE["rows"]

ROW_KEYS = {"id", "phenomenon", "text", "quotes", "note"}
OPTIONAL_ROW_KEYS = {"xfail"}
QUOTE_KEYS = {"text", "level"}
OPTIONAL_QUOTE_KEYS = {"closed", "open_mark", "close_mark", "continues", "paragraph"}
PHENOMENA = {
    "curly double",
    "curly single",
    "straight double",
    "straight single",
    "low-9 double",
    "low-9 single",
    "guillemets",
    "CJK corner brackets",
    "two apostrophes",
    "TeX",
    "apostrophe",
    "plural possessive",
    "elision",
    "feet and inches",
    "primes",
    "nested",
    "multi-paragraph",
    "unbalanced",
    "empty",
    "wrapped paragraph",
    "CRLF",
    "mixed marks",
}


def _row_param(row: dict) -> pytest.param:
    marks = []
    if "xfail" in row:
        marks.append(pytest.mark.xfail(strict=True, reason=row["xfail"]))
    return pytest.param(row, id=row["id"], marks=marks)


def _expected(row: dict) -> list[dict]:
    """The row's quotes with the defaults filled in (closed: true, continues: null)."""
    out = []
    for e in row["quotes"]:
        d = {
            "text": e["text"],
            "level": e["level"],
            "closed": e.get("closed", True),
            "continues": e.get("continues"),
        }
        for key in ("open_mark", "close_mark", "paragraph"):
            if key in e:
                d[key] = e[key]
        out.append(d)
    return out


def _observed(quotes: list[Quote], expected: list[dict]) -> list[dict]:
    """The found quotes, with the optional keys the row checks at the same position."""
    out = []
    for i, q in enumerate(quotes):
        d = {"text": q.text, "level": q.level, "closed": q.closed, "continues": q.continues}
        for key in ("open_mark", "close_mark", "paragraph"):
            if i < len(expected) and key in expected[i]:
                d[key] = getattr(q, key)
        out.append(d)
    return out


def check_invariants(text: str, quotes: list[Quote]) -> None:
    """The documented invariants of find_quotes' result for ``text``."""
    assert isinstance(quotes, list)
    paragraphs = split_paragraphs(text)
    last_outer_start = -1
    for i, q in enumerate(quotes):
        assert isinstance(q, Quote)
        assert text[q.start : q.end] == q.text
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text)
        assert q.text and q.text == q.text.strip(), "content is trimmed and non-empty"
        assert q.outer_start >= last_outer_start, "quotes are in text order"
        last_outer_start = q.outer_start
        assert text.startswith(q.open_mark, q.outer_start) and q.open_mark
        para = paragraphs[q.paragraph]
        assert para.start <= q.outer_start and q.outer_end <= para.end, "inside its paragraph"
        if q.closed:
            assert q.close_mark and text[: q.outer_end].endswith(q.close_mark)
        else:
            assert q.close_mark == "" and q.outer_end == para.end and q.level == 0
        if q.continues is not None:
            prev = quotes[q.continues]
            assert 0 <= q.continues < i
            assert prev.paragraph == q.paragraph - 1 and not prev.closed and prev.level == 0
            assert q.level == 0 and q.outer_start == para.start
    # same-level quotes do not overlap
    for level in {q.level for q in quotes}:
        spans = sorted((q.outer_start, q.outer_end) for q in quotes if q.level == level)
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            assert e1 <= s2, f"level-{level} quotes overlap"
    # an open quote is continued by a quote of its family (double, or single in a
    # text quoted with singles first) opening the next paragraph
    for j, prev in enumerate(quotes):
        if prev.closed or j + 1 >= len(quotes):
            continue
        nxt = quotes[j + 1]
        para = paragraphs[nxt.paragraph]
        if (
            nxt.paragraph == prev.paragraph + 1
            and nxt.level == 0
            and nxt.outer_start == para.start
            and (nxt.open_mark in DOUBLE) == (prev.open_mark in DOUBLE)
        ):
            assert nxt.continues == j


# --- the phenomenon table ------------------------------------------------------


@pytest.mark.parametrize("row", [_row_param(r) for r in ROWS])
def test_quote_table(row: dict) -> None:
    """Each row of tests/data/quote_marks.json yields exactly the quotes it lists."""
    quotes = find_quotes(row["text"])
    expected = _expected(row)
    assert _observed(quotes, expected) == expected


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_quote_table_invariants(row: dict) -> None:
    """Offsets, nesting spans, paragraphs and continuations are consistent for every row."""
    check_invariants(row["text"], find_quotes(row["text"]))


def test_table_is_well_formed() -> None:
    """The table has unique ids, known keys and phenomena, and quotes that occur in the text."""
    assert len(ROWS) >= 60
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    for r in ROWS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"]), r["id"]
        assert ROW_KEYS <= r.keys() <= ROW_KEYS | OPTIONAL_ROW_KEYS, r["id"]
        assert r["phenomenon"] in PHENOMENA, r["id"]
        assert isinstance(r["text"], str) and r["text"], r["id"]
        assert isinstance(r["note"], str) and r["note"], r["id"]
        assert isinstance(r.get("xfail", "x"), str) and r.get("xfail", "x"), r["id"]
        assert isinstance(r["quotes"], list), r["id"]
        for i, q in enumerate(r["quotes"]):
            assert QUOTE_KEYS <= q.keys() <= QUOTE_KEYS | OPTIONAL_QUOTE_KEYS, r["id"]
            assert isinstance(q["text"], str) and q["text"] in r["text"], r["id"]
            assert q["text"] == q["text"].strip() and q["text"], r["id"]
            assert isinstance(q["level"], int) and q["level"] >= 0, r["id"]
            assert isinstance(q.get("closed", True), bool), r["id"]
            cont = q.get("continues")
            assert cont is None or (isinstance(cont, int) and 0 <= cont < i), r["id"]
            for key in ("open_mark", "close_mark"):
                assert isinstance(q.get(key, ""), str), r["id"]


def test_table_covers_every_phenomenon() -> None:
    """Every phenomenon and every mark the brief names has at least one row."""
    assert {r["phenomenon"] for r in ROWS} == PHENOMENA
    texts = "".join(r["text"] for r in ROWS)
    marks = "“ ” ‘ ’ \" ' „ ‚ « » ‹ › 「 」 『 』 '' `` ′ ″".split() + ["\r\n", "\n\n"]
    for mark in marks:
        assert mark in texts, mark


# --- the mark table -------------------------------------------------------------


def test_quote_pairs_are_consistent() -> None:
    """Every mark in QUOTE_PAIRS is one the scanner matches, in the right family."""
    for opening, closings in QUOTE_PAIRS.items():
        assert _MARK.fullmatch(opening), opening
        assert closings and len(set(closings)) == len(closings), opening
        for closing in closings:
            assert _MARK.fullmatch(closing), (opening, closing)
            assert (opening in DOUBLE) == (closing in DOUBLE), (opening, closing)
            assert closing not in OPEN_ONLY or closing in QUOTE_PAIRS, (opening, closing)
    closers = {c for cs in QUOTE_PAIRS.values() for c in cs}
    assert OPEN_ONLY <= QUOTE_PAIRS.keys()
    assert CLOSE_ONLY <= closers
    assert not OPEN_ONLY & CLOSE_ONLY


def test_mark_sets_are_derived_from_the_pair_table() -> None:
    """The scanner's pattern, the families and the style names all come from the one pair table."""
    from quoteattr._quotes import _PAIR_TABLE, STYLES

    marks = {m for o, cs, _, _ in _PAIR_TABLE for m in (o, *cs)}
    every_char = "".join(chr(c) for c in range(0x3030))  # every mark of the table lies below
    scanned = {m.group() for m in _MARK.finditer(every_char + " ''``’’")}
    assert scanned == marks
    assert DOUBLE == {m for o, cs, fam, _ in _PAIR_TABLE if fam == "double" for m in (o, *cs)}
    assert OPEN_ONLY == QUOTE_PAIRS.keys() - {c for cs in QUOTE_PAIRS.values() for c in cs}
    assert set().union(*STYLES.values()) == QUOTE_PAIRS.keys()
    assert STYLES["double"] | STYLES["single"] == QUOTE_PAIRS.keys()
    assert not STYLES["double"] & STYLES["single"]


def _quotes_with(text: str, styles: object) -> list[tuple[str, str]]:
    from quoteattr._quotes import find_quotes_in

    found = find_quotes_in(text, split_paragraphs(text), styles=styles)  # type: ignore[arg-type]
    return [(q.text, q.open_mark) for q in found]


_MIXED = "“Curly,” she said. \"Straight,\" he said. «Guillemets,» they said."


@pytest.mark.parametrize(("styles", "expected"), [
    ("curly", [("Curly,", "“")]),
    (["straight"], [("Straight,", '"')]),
    (("guillemets", "straight"), [("Straight,", '"'), ("Guillemets,", "«")]),
    ("double", [("Curly,", "“"), ("Straight,", '"'), ("Guillemets,", "«")]),
    ("single", []),
])
def test_styles_restrict_the_opening_marks(styles: object, expected: list) -> None:
    """Only the chosen styles' marks open a quote."""
    assert _quotes_with(_MIXED, styles) == expected


def test_a_style_keeps_the_closings_the_table_allows() -> None:
    """A chosen opening closes at any closing the table lists, of another style too."""
    text = "“Mixed marks,\" she said. \"Stray,\" he said."
    assert _quotes_with(text, "curly") == [("Mixed marks,", "“")]
    assert _quotes_with("Er sagte „Nein“ und ging.", "low") == [("Nein", "„")]
    assert _quotes_with("He said ‘no’ and “yes.”", "single") == [("no", "‘")]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_all_styles_is_the_default(row: dict) -> None:
    """styles="all" (every style named) finds exactly the quotes the default finds."""
    from quoteattr._quotes import STYLES, find_quotes_in

    text = row["text"]
    paragraphs = split_paragraphs(text)
    default = find_quotes_in(text, paragraphs)
    assert find_quotes_in(text, paragraphs, styles="all") == default
    assert find_quotes_in(text, paragraphs, styles=tuple(STYLES)) == default


def test_an_unknown_style_is_an_error() -> None:
    """A style name the table lacks raises ValueError naming the styles."""
    with pytest.raises(ValueError, match="curly"):
        _quotes_with("“Yes.”", "fancy")


@pytest.mark.parametrize(
    ("opening", "closing"),
    [(o, c) for o, cs in QUOTE_PAIRS.items() for c in cs],
)
def test_every_listed_pair_pairs(opening: str, closing: str) -> None:
    """Each (opening, closing) pair of QUOTE_PAIRS pairs in a neutral sentence."""
    quotes = find_quotes(f"He said {opening}word{closing} and left.")
    assert [(q.text, q.open_mark, q.close_mark, q.closed) for q in quotes] == [
        ("word", opening, closing, True)
    ]


# --- linear time ------------------------------------------------------------------

TIME_LIMIT = 20.0  # seconds; a linear pass takes a few, only a quadratic one exceeds this


def _one_open_quote(text: str, quotes: list[Quote]) -> str | None:
    want = text[1:].strip()
    got = [(q.text == want, q.level, q.closed) for q in quotes]
    return None if got == [(True, 0, False)] else f"expected one open quote, got {got[:3]}"


def _open_per_line(text: str, quotes: list[Quote]) -> str | None:
    n = text.count("\n")
    if len(quotes) != n:
        return f"expected {n} quotes, got {len(quotes)}"
    for i, q in enumerate(quotes):
        if (q.text, q.closed, q.continues) != ("word", False, i - 1 if i else None):
            return f"quote {i}: {q!r}"
    return None


def _nested(depth: int) -> str:
    opens = "".join(f"{'“‘'[i % 2]}w{i} " for i in range(depth))
    closes = "".join(f" x{i}{'”’'[i % 2]}" for i in reversed(range(depth)))
    return opens + "core" + closes


def _nesting_ok(text: str, quotes: list[Quote]) -> str | None:
    blocks = text.count("core")
    levels = [q.level for q in quotes]
    want = list(range(50)) * blocks
    return None if levels == want else f"levels {levels[:60]} ..."


def _long_quote(text: str, quotes: list[Quote]) -> str | None:
    want = text[1 : text.rindex("”")].strip()
    got = [(q.text == want, q.level, q.closed) for q in quotes]
    return None if got == [(True, 0, True)] else f"expected one 1M quote, got {got[:3]}"


FILLER = "it’s rock ’n’ roll at ten o’clock, the Joneses’ way "

#: name -> (input builder, result check returning None or a problem)
TIMING_CASES: dict[str, tuple[Callable[[], str], Callable[[str, list[Quote]], str | None]]] = {
    "open-marks-one-paragraph": (lambda: "“word " * 200_000, _one_open_quote),
    "open-marks-one-per-line": (lambda: "“word\n" * 200_000, _open_per_line),
    "open-marks-with-apostrophes": (lambda: "“Joneses’ " * 200_000, _one_open_quote),
    "open-marks-with-stray-closers": (lambda: "“yes» " * 200_000, _one_open_quote),
    "nesting-50-levels": (lambda: " ".join([_nested(50)] * 2_000), _nesting_ok),
    "quote-of-1m-chars": (
        lambda: "“" + FILLER * (1_000_000 // len(FILLER) + 1) + "” she said.",
        _long_quote,
    ),
}
QUADRATIC: dict[str, str] = {}

_CHILD = """
import importlib.util, json, sys, time
from quoteattr import find_quotes
spec = importlib.util.spec_from_file_location("_quotes_timing", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
build, check = mod.TIMING_CASES[sys.argv[2]]
text = build()
print("ready", flush=True)
t0 = time.perf_counter()
quotes = find_quotes(text)
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "problem": check(text, quotes)}), flush=True)
"""


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            n, marks=[pytest.mark.xfail(strict=True, reason=QUADRATIC[n])] if n in QUADRATIC else []
        )
        for n in TIMING_CASES
    ],
)
def test_linear_time(name: str) -> None:
    """Large adversarial inputs finish in well under TIME_LIMIT seconds, with correct results."""
    # A child process, so that a quadratic run can be stopped at the limit.
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, __file__, name],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        started = time.perf_counter()
        try:
            out, err = proc.communicate(timeout=TIME_LIMIT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{name}: find_quotes still running after {TIME_LIMIT:.0f} s")
        assert proc.returncode == 0, err
        result = json.loads(out)
        assert result["problem"] is None, result["problem"]
        assert result["seconds"] < TIME_LIMIT
        assert time.perf_counter() - started < TIME_LIMIT + 5
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


# --- properties -----------------------------------------------------------------

MARK_ALPHABET = "“”‘’„‚‟«»‹›「」『』〝〞〟\"'`"
ALPHABET = MARK_ALPHABET + "ab1 \n\r.,—("


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_any_mark_soup(text: str) -> None:
    """Any text of marks, letters, spaces and line breaks gives quotes that keep the invariants."""
    check_invariants(text, find_quotes(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                "‘",
                "’",
                "'",
                '"',
                "''",
                "``",
                "«",
                "»",
                "word",
                "it’s",
                "Jones’",
                "’90s",
                " ",
                "\n",
                "\n\n",
                "\r\n",
            ]
        ),
        max_size=40,
    )
)
def test_any_token_soup(tokens: list[str]) -> None:
    """Realistic tokens in any order (apostrophes, elisions, blank lines) keep the invariants."""
    text = "".join(tokens)
    check_invariants(text, find_quotes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_never_raises(text: str) -> None:
    """Arbitrary Unicode (odd line separators included) never raises and keeps the invariants."""
    check_invariants(text, find_quotes(text))
