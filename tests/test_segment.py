"""Tests for quoteattr._segment: paragraphs and sentences as offsets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr._model import Paragraph, Sentence
from quoteattr._segment import _sentences_in, split_paragraphs, split_sentences

ROOT = Path(__file__).resolve().parents[1]
TABLE = json.loads((ROOT / "tests" / "data" / "sentences.json").read_text(encoding="utf-8"))


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def assert_offsets(text: str, records: list) -> None:
    for r in records:
        assert text[r.start : r.end] == r.text


# --- the phenomenon table ---------------------------------------------------


@pytest.mark.parametrize("case", TABLE["cases"], ids=[c["id"] for c in TABLE["cases"]])
def test_sentence_table(case: dict) -> None:
    """Each invented text in tests/data/sentences.json splits as the table says."""
    sentences = split_sentences(case["text"])
    assert [s.text for s in sentences] == case["expected"]
    assert_offsets(case["text"], sentences)


def test_table_covers_every_phenomenon() -> None:
    """The table has rows for each phenomenon the splitter promises to handle."""
    seen = {c["phenomenon"] for c in TABLE["cases"]}
    wanted = {"abbreviation", "title", "initial", "number", "U.S.", "quote", "ellipsis"}
    assert wanted | {"wrapped paragraph", "CRLF"} <= seen


# --- paragraphs --------------------------------------------------------------


def test_one_paragraph_per_line() -> None:
    """Without blank lines, each non-empty line is a paragraph, indexed 0, 1, 2."""
    text = "First line here.\nSecond line.\nThird line.\n"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == ["First line here.", "Second line.", "Third line."]
    assert [p.index for p in paras] == [0, 1, 2]
    assert_offsets(text, paras)


def test_blank_separated_single_lines_are_paragraphs() -> None:
    """Feed text with a blank line between one-line paragraphs keeps one paragraph a line."""
    text = "A long first paragraph of news.\n\nA second one.\n\nA third."
    assert [p.text for p in split_paragraphs(text)] == [
        "A long first paragraph of news.",
        "A second one.",
        "A third.",
    ]


def test_wrapped_blocks_are_paragraphs() -> None:
    """Hard-wrapped lines between blank lines form one paragraph per block."""
    text = "The ferry left\nat nine.\n\nIt came back\nat noon.\n\n“Late again,”\nshe said.\n"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == [
        "The ferry left\nat nine.",
        "It came back\nat noon.",
        "“Late again,”\nshe said.",
    ]
    assert_offsets(text, paras)


def test_long_lines_in_blocks_stay_separate_paragraphs() -> None:
    """Blocks of long lines (a headline, then unspaced web paragraphs) are not wrapped text."""
    line = "Officials said on Monday that the new budget would cut spending across " * 2
    text = "Headline\n\n" + "\n".join([line.strip()] * 4)
    assert len(split_paragraphs(text)) == 5


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\u2028"])
def test_line_ends(newline: str) -> None:
    """CRLF, CR, LF and Unicode line separators all end lines, single or doubled."""
    lines = ["One.", "Two.", "Three."]
    for sep in (newline, newline * 2):
        assert [p.text for p in split_paragraphs(sep.join(lines))] == lines


def test_crlf_wrapped_blocks() -> None:
    """Wrapped blocks with CRLF line ends keep the CRLF inside the paragraph."""
    text = "A wrapped\r\nline.\r\n\r\nAnother\r\nblock.\r\n"
    assert [p.text for p in split_paragraphs(text)] == ["A wrapped\r\nline.", "Another\r\nblock."]


def test_paragraph_spans_are_trimmed() -> None:
    """Paragraph spans exclude surrounding whitespace; blank ones are dropped."""
    text = "  \t \n   Indented line.  \n \n\t\n"
    paras = split_paragraphs(text)
    assert paras == [Paragraph(8, 22, "Indented line.", 0)]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\r\n \r\n"])
def test_empty_text_has_no_paragraphs(text: str) -> None:
    """Empty or whitespace-only text yields no paragraphs and no sentences."""
    assert split_paragraphs(text) == []
    assert split_sentences(text) == []


@pytest.mark.parametrize("func", [split_paragraphs, split_sentences])
def test_non_text_raises_type_error(func) -> None:
    """Non-str input raises TypeError naming the type."""
    with pytest.raises(TypeError, match="bytes"):
        func(b"Hello.")


# --- sentences ---------------------------------------------------------------


def test_sentences_do_not_cross_paragraphs() -> None:
    """A paragraph end always ends a sentence, and `paragraph` is the paragraph's index."""
    text = "He said the plan was\n\nthe best. It won."
    sentences = split_sentences(text)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("He said the plan was", 0),
        ("the best.", 1),
        ("It won.", 1),
    ]


def test_given_paragraphs_are_used() -> None:
    """Sentences are found inside the paragraphs the caller passes."""
    text = "One. Two. Three."
    para = Paragraph(5, 16, text[5:16], 7)
    assert [(s.text, s.paragraph) for s in split_sentences(text, [para])] == [
        ("Two.", 7),
        ("Three.", 7),
    ]


def test_reasons() -> None:
    """Each sentence says why it ends: Punkt's reason, quote-close, ellipsis, list item,
    paragraph end."""
    text = "“Stop.” He left. I never meant that.... She went home."
    assert [s.reason for s in split_sentences(text)] == [
        "quote-close",
        "default decision",
        "ellipsis",
        "paragraph end",
    ]
    assert [s.reason for s in split_sentences("1) one 2) two")] == ["list item", "paragraph end"]


def test_quote_close_then_capitalised_sentence_splits() -> None:
    """After `.”` a new capitalised sentence starts."""
    assert texts("“Stop.” He left.") == ["“Stop.”", "He left."]


def test_no_split_inside_quote_before_attribution() -> None:
    """An abbreviation inside a quote and the attribution after it stay in one sentence."""
    assert texts("“Mr. Smith went home,” she said.") == ["“Mr. Smith went home,” she said."]


@pytest.mark.parametrize(
    "text",
    [
        "“We will win!” the senator said.",
        "“We will win!” said Sen. Jane Roe.",
        "“We will win!” Jane Roe said.",
        "“We will win?” Sen. Jane Roe asked on Tuesday.",
        '"We will win." Roe told reporters.',
        "``We will win!'' the senator said.",
        "‘We will win!’ she said.",
    ],
)
def test_no_split_between_quote_and_attribution(text: str) -> None:
    """`!`/`?`/`.` + closing mark + lower-case word or name + cue is one sentence."""
    assert texts(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "He asked her again: “Is your sister safe?” Margaret checked herself and said, “Yes.”",
        "“Is your sister safe?” Margaret turned away and said, “No.”",
        "“We will win.” Jane stood up and said, “We must.”",
    ],
)
def test_a_sentence_whose_verb_comes_later_is_no_attribution(text: str) -> None:
    """Near miss: after a closing mark, the capitalised words before a cue must
    all be capitalised for an attribution: ``Margaret checked herself and said``
    is a sentence of its own (a name, then a verb of its own, before the cue),
    not the tag of the quote before it."""
    first, second = texts(text)
    assert first.endswith("”") and second.split()[0] in ("Margaret", "Jane")
    assert quoteattr.attribute(text).records()[-1]["speaker"] in ("Margaret", "Jane")


def test_lowercase_after_exclamation_does_not_split() -> None:
    """A lower-case word after `!` continues the sentence (`Yahoo! in`)."""
    assert texts("She works at Yahoo! in sales. Her boss left.") == [
        "She works at Yahoo! in sales.",
        "Her boss left.",
    ]


def test_mixed_case_brand_can_start_a_sentence() -> None:
    """A word like `iPhone` after a period still starts a new sentence."""
    assert texts("Sales slowed. iPhone revenue fell.") == ["Sales slowed.", "iPhone revenue fell."]


def test_numbered_and_bulleted_lists() -> None:
    """List items split before each next marker, never right after a marker."""
    assert texts("1. Raise taxes 2. Cut waste 3. Hire staff") == [
        "1. Raise taxes",
        "2. Cut waste",
        "3. Hire staff",
    ]
    assert texts("• Raise taxes • Cut waste") == ["• Raise taxes", "• Cut waste"]


def test_wrapped_lines_are_whitespace_for_punkt() -> None:
    """A line break inside a wrapped paragraph does not end a sentence."""
    text = "Sen. Jane\nRoe spoke about the U.S.\neconomy. It grew.\n\nNext block\nhere."
    assert texts(text) == [
        "Sen. Jane\nRoe spoke about the U.S.\neconomy.",
        "It grew.",
        "Next block\nhere.",
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab .!?\"'“”‘’()\n\r\t…•1") + ["Mr.", "U.S.", " He", " she", "2."]),
        max_size=80,
    ).map("".join)
)
def test_offsets_rebuild_the_input(text: str) -> None:
    """Sentences and the gaps between them concatenate back to the text, spans trimmed."""
    sentences = split_sentences(text)
    assert_offsets(text, sentences)
    pos = 0
    rebuilt = []
    for s in sentences:
        gap = text[pos : s.start]
        assert gap.strip() == ""
        rebuilt.append(gap)
        rebuilt.append(s.text)
        assert s.text == s.text.strip() and s.text
        assert s.start >= pos
        pos = s.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == text
    paras = split_paragraphs(text)
    for s in sentences:
        p = paras[s.paragraph]
        assert p.start <= s.start and s.end <= p.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_str_is_safe(text: str) -> None:
    """Any str splits without error, and every span slices the text exactly."""
    paras = split_paragraphs(text)
    sentences = split_sentences(text, paras)
    assert_offsets(text, paras)
    assert_offsets(text, sentences)
    assert all(isinstance(s, Sentence) for s in sentences)
    nonspace = "".join(text.split())
    assert "".join("".join(s.text.split()) for s in sentences) == nonspace


# --- bounded pieces, time and NLTK data ------------------------------------------


def test_two_megabyte_paragraph_without_timeout() -> None:
    """A 2 MB paragraph is split in bounded pieces, with no TimeoutError."""
    unit = "Sen. Jane Roe said the U.S. economy grew 3.5 percent. “We will win!” she said. "
    text = unit * (2_000_000 // len(unit) + 1)
    sentences = split_sentences(text)
    assert len(sentences) >= 2 * (2_000_000 // len(unit))
    assert sentences[0].text == "Sen. Jane Roe said the U.S. economy grew 3.5 percent."
    assert_offsets(text, sentences[:100] + sentences[-100:])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("word " * 2_000_000, id="10MB-without-sentence-ends"),
        pytest.param("x" * 10_000_000, id="10MB-one-token"),
        pytest.param("\n" * 10_000_000, id="10MB-line-breaks"),
        pytest.param("." * 10_000_000, id="10MB-periods"),
    ],
)
def test_ten_megabytes_in_seconds(text: str) -> None:
    """10 MB with no sentence ends (or no spaces, or only breaks/dots) takes seconds."""
    start = time.perf_counter()
    sentences = split_sentences(text)
    assert time.perf_counter() - start < 30
    assert_offsets(text, sentences[:5])


def test_chunk_cuts_map_offsets_back() -> None:
    """Cutting a paragraph into pieces keeps offsets right and marks the cut."""
    text = "The first sentence is here. " * 50 + "x" * 500
    spans = list(_sentences_in(text, 0, len(text.rstrip()), limit=300))
    assert any(reason == "chunk cut" for _, _, reason in spans)
    assert all(text[a:b] == text[a:b].strip() for a, b, _ in spans)
    got = [text[a:b] for a, b, reason in spans if reason != "chunk cut"]
    assert got[0] == "The first sentence is here."


def test_works_without_nltk_data() -> None:
    """Splitting needs no NLTK data and never calls nltk.download."""
    code = (
        "import nltk, nltk.data\n"
        "nltk.data.path[:] = []\n"
        "def _no(*a, **k): raise AssertionError('nltk.download called')\n"
        "nltk.download = _no\n"
        "from quoteattr._segment import split_sentences\n"
        "s = split_sentences('Dr. Roe left. He was late.')\n"
        "assert [x.text for x in s] == ['Dr. Roe left.', 'He was late.'], s\n"
        "import importlib.util\n"
        "if importlib.util.find_spec('nltk.redos'):  # NLTK 3.10 and later\n"
        "    import nltk.redos\n"
        "    assert nltk.redos.DEFAULT_TIMEOUT == 5.0\n"
    )
    env = dict(os.environ, NLTK_DATA=str(ROOT / "tests" / "no-such-nltk-data"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def _uncached_spans(text: str) -> list[tuple[int, int, str]]:
    """The sentences of ``text`` with Punkt's memo bypassed for every context."""
    from quoteattr import _segment

    tok = _segment._tokenizer()
    saved = tok._decide
    nltks = super(type(tok), tok).text_contains_sentbreak  # the plain NLTK method

    def decide(context: str) -> str | None:  # NLTK decides; the reason is computed afresh
        return tok._sentbreak(context) if nltks(context) else None

    tok._decide = decide
    try:
        return [(s.start, s.end, s.reason) for s in split_sentences(text)]
    finally:
        tok._decide = saved


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "Dr.", "U.S.", "a.m.", "p.m.", "He", "the", "said.",
                                 "“Yes.”", "5.", "...", "No.", "Inc.", "J.", "Then", "it?",
                                 "Ann", "\n\n"]), max_size=30))
def test_punkt_memo_gives_punkt_answers(words: list[str]) -> None:
    # The same text twice: the second run answers every context from the memo.
    text = " ".join(words)
    first = [(s.start, s.end, s.reason) for s in split_sentences(text)]
    again = [(s.start, s.end, s.reason) for s in split_sentences(text)]
    assert first == again == _uncached_spans(text)


def test_punkt_memo_keeps_only_short_contexts() -> None:
    """Punkt's memos keep only short contexts and tokens, and _forget_texts empties them."""
    from quoteattr import _punkt, _segment
    from quoteattr._pipeline import _forget_texts

    memo = _segment._tokenizer()._decide
    _forget_texts()
    long_word = "x" * (2 * _punkt._PUNKT_CACHED_LEN)
    # one candidate, whose context (the word before the period and the next
    # word) is too long to be kept: asked of Punkt, not stored
    assert [s.text for s in split_sentences(f"It was {long_word}. Then it ended")] == [
        f"It was {long_word}.", "Then it ended"]
    assert memo.cache_info().currsize == 0
    # a short context is stored once and answered from the memo the second time
    split_sentences("Then Mr. Lee left. Then Mr. Lee left.")
    info = memo.cache_info()
    assert info.currsize >= 1 and info.hits >= 1
    _forget_texts()
    assert memo.cache_info().currsize == 0
    # nor are analyses of tokens that long (a cache of 16,384 such words
    # would hold gigabytes): only the two short ones here are kept
    tokens = _segment._tokenizer()._token
    split_sentences(f"{long_word}. {long_word}x. Then {long_word}y. It ended.")
    assert tokens.cache_info().currsize == 2  # "Then", "It"
    _forget_texts()
    assert tokens.cache_info().currsize == 0


def _nltk_own_tokenizer():  # type: ignore[no-untyped-def]
    """Plain NLTK Punkt (its patterns as NLTK compiles them) on quoteattr's
    parameters and word-start rule."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer

    from quoteattr import _punkt, _segment

    class Vars(PunktLanguageVars):
        _re_word_start = _punkt._WORD_START

    return PunktSentenceTokenizer(_segment._tokenizer()._params, lang_vars=Vars())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "Dr.", "U.S.", "a.m.", "He", "the", "said.", "“Yes.”",
                                 "'No.'", "5.", "3.5", "-2.", "...", "…", "No.", "J.", "it?",
                                 "Ann", "(see", "p.)", "--", "wow!", "x.y.", "”", ";", "\n",
                                 "Zoë", "café.", "É.", "\xa0", "Ñ."]),
                max_size=40))
def test_punkt_runs_nltks_patterns_unwrapped_with_the_same_answers(words: list[str]) -> None:
    pytest.importorskip("nltk.redos", reason="NLTK 3.10's wrapper is what is compared")
    from quoteattr import _segment
    from quoteattr._pipeline import _forget_texts

    text = " ".join(words)
    _forget_texts()
    ours = _segment._tokenizer()
    assert list(ours.span_tokenize(text)) == list(_nltk_own_tokenizer().span_tokenize(text))


_PUNKT_WORDS = ["Mr.", "Dr.", "U.S.", "a.m.", "He", "the", "said.", "“Yes.”", "'No.'", "5.",
                "3.5", "-2.", "...", "…", "No.", "J.", "it?", "Ann", "(see", "p.)", "--", "wow!",
                "x.y.", "”", ";", ",", "\n", "\n\n", "Zoë", "café.", "É.", "\xa0", "Ñ.",
                "Inc.", "St.", "e.g.", "Then", "1.", "ii.", "vs.", "Gov.", "Rev.", "Jan.", "(", ")",
                ". .", "!!", "?!", "A.", "But", "However", "iPhone.", "\x1c", "\u2028", "\t",
                "Mrs.", "co.", "Co.", "pp.", "p.", "v.", "The", "Sept.", "SAID.", "—", "“", "’",
                "x"]


def _plain_punkt():  # type: ignore[no-untyped-def]
    """NLTK's own tokenizer class, whose methods run on quoteattr's instance."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PUNKT_WORDS), st.sampled_from([" ", "", "\n"])),
                max_size=8))
# each branch of Punkt's second pass, whatever the random draw: an initial
# that is also an abbreviation ("p."), a capitalised starter with a period
# of its own ("The."), collocations, initials before names, numbers
@example([("p.", " "), ("The", "")])
@example([("Mr.", " "), ("The", ""), (".", "")])
@example([("vs.", " "), ("the", "")])
@example([("No.", " "), ("one", "")])
@example([("J.", " "), ("Bach", "")])
@example([("5.", " "), ("the", "")])
@example([("5.", " "), ("Bach", "")])
@example([("...", " "), ("But", "")])
def test_punkts_decision_is_nltks(words: list[tuple[str, str]]) -> None:
    # quoteattr computes text_contains_sentbreak itself (one cached tuple per
    # distinct token instead of NLTK's token objects and generators): it
    # must answer as NLTK's own method does on the same instance, for the
    # short contexts Punkt asks about and for any other string
    from quoteattr._pipeline import _forget_texts
    from quoteattr._segment import _tokenizer

    context = "".join(w + sep for w, sep in words)
    tok = _tokenizer()
    _forget_texts()
    nltks = bool(_plain_punkt().text_contains_sentbreak(tok, context))
    assert (tok._sentbreak(context) is not None) == nltks
    # and again, every token now answered from the cache
    assert (tok._sentbreak(context) is not None) == nltks


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PUNKT_WORDS), max_size=40))
def test_punkts_spans_are_nltks(words: list[str]) -> None:
    # quoteattr's span_tokenize (the candidate loop, the decisions and the
    # realignment of closing marks, in one pass) gives NLTK's spans
    from quoteattr._segment import _tokenizer

    text = " ".join(words)
    tok = _tokenizer()
    assert list(tok.span_tokenize(text)) == list(_plain_punkt().span_tokenize(tok, text))
    assert list(tok.span_tokenize(text, False)) == list(
        _plain_punkt().span_tokenize(tok, text, False))


def test_punkts_spans_are_nltks_on_the_dev_data() -> None:
    # every paragraph of the annotated dev sets (skipped when they are absent)
    from quoteattr._segment import _tokenizer

    data = ROOT.parent / "shared" / "data"
    files = [data / "polnear.dev.jsonl", data / "pdnc.dev.jsonl"]
    if not all(f.exists() for f in files):
        pytest.skip(f"{data} is not here (it ships beside the repository, not in it)")
    tok = _tokenizer()
    pieces = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for p in split_paragraphs(text):
                piece = text[p.start:p.end]
                assert list(tok.span_tokenize(piece)) == list(
                    _plain_punkt().span_tokenize(tok, piece)), piece[:80]
                pieces += 1
    assert pieces > 5000


def test_punkt_is_not_under_nltks_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # NLTK 3.10 wraps its patterns so that a match waiting too long (threads
    # waiting for the GIL, a stalled machine) raises TimeoutError; quoteattr
    # compiles Punkt's fixed patterns without that wrapper.  With the limit
    # at a nanosecond, a wrapped pattern would fail every match, and the
    # segmenter would fall back to its plain end-of-sentence rule.
    redos = pytest.importorskip("nltk.redos", reason="NLTK 3.10's time limit")
    from quoteattr._pipeline import _forget_texts

    text = "Mr. Lee left at 5 p.m. on Friday. He said so. " * 30
    expected = [(s.start, s.end, s.reason) for s in split_sentences(text)]
    assert "default decision" in {r for _, _, r in expected} and len(expected) == 60
    _forget_texts()
    monkeypatch.setattr(redos, "DEFAULT_TIMEOUT", 1e-9)
    with pytest.raises(TimeoutError):  # NLTK's own tokenizer does time out
        list(_nltk_own_tokenizer().span_tokenize(text))
    assert [(s.start, s.end, s.reason) for s in split_sentences(text)] == expected


def test_a_punkt_timeout_still_gives_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    # Should Punkt ever raise TimeoutError again (an NLTK whose patterns are
    # wrapped where quoteattr does not unwrap them), a piece is retried in
    # halves and then cut after sentence-final punctuation.
    from quoteattr import _segment
    from quoteattr._pipeline import _forget_texts

    tok = _segment._tokenizer()
    calls = []

    def times_out(piece: str):  # type: ignore[no-untyped-def]
        calls.append(len(piece))
        raise TimeoutError("regular-expression match exceeded its 5.0s time limit")

    _forget_texts()
    monkeypatch.setattr(tok, "spans", times_out)
    text = "Mr. Lee left at noon. He said so! " * 200
    sentences = split_sentences(text)
    assert calls and max(calls) > 2000 and min(calls) <= 2000  # halved before giving up
    assert_offsets(text, sentences)
    assert [s.text for s in sentences[:3]] == ["Mr.", "Lee left at noon.", "He said so!"]
    assert {s.reason for s in sentences} == {"timeout fallback", "paragraph end"}


# --- the character tests that skip the rules' patterns ------------------------
# The rules around Punkt skip a pattern where a test of one character, or a
# substring search, shows it cannot match.  Each shortcut is exact only if the
# test never says "cannot" where the pattern could: checked here over every
# code point, against the patterns themselves (and so against the regex
# module's Unicode tables, which are newer than Python's).


def all_chars() -> Iterator[str]:
    """Every code point but the surrogates, one at a time."""
    return (chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)


def test_regex_whitespace_is_within_str_isspace() -> None:
    """_trim and _next_word_start take a character that is not str.isspace as
    the end of a run of regex's \\s."""
    import regex

    space = regex.compile(r"\s")
    assert [c for c in all_chars() if space.match(c) and not c.isspace()] == []


def test_the_line_break_scan_spells_out_regexs_whitespace() -> None:
    """_blocks runs on re with regex's \\s spelled out: the same characters."""
    import re

    import regex

    from quoteattr._segment import _REGEX_SPACE

    spelled, space = re.compile(f"[{_REGEX_SPACE}]"), regex.compile(r"\s")
    assert [c for c in all_chars() if bool(spelled.match(c)) != bool(space.match(c))] == []


def test_the_lower_case_shortcut_never_skips_a_lower_case_letter() -> None:
    import regex

    from quoteattr._segment import _may_be_lower

    lower = regex.compile(r"\p{Ll}")
    assert [c for c in all_chars() if lower.match(c) and not _may_be_lower(c)] == []
    assert not _may_be_lower("T") and not _may_be_lower("\u201c") and _may_be_lower("t")


def test_the_list_shortcut_never_skips_a_marker() -> None:
    """A marker that takes up a character (what _starts_list and
    _is_marker_only look for) never opens with one _may_open_marker rejects."""
    from quoteattr._segment import _LIST_MARKER, _may_open_marker

    def takes_it(text: str) -> bool:
        m = _LIST_MARKER.match(text)
        return m is not None and m.end() > 0

    missed = [c for c in all_chars() if not _may_open_marker(c)
              and (takes_it(c + "1. x") or takes_it(c + ". x"))]
    assert missed == []
    assert _may_open_marker("\u2022") and _may_open_marker("3") and _may_open_marker("b")
    assert not _may_open_marker("B") and not _may_open_marker("\u00e9")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=". \u00a0\u2026\u2024x\n", max_size=40))
@example("x\u2026 y")
@example("x... y")
@example("x . . . y")
@example("x.\u00a0.\u00a0. y")
def test_every_ellipsis_holds_one_of_the_needles(text: str) -> None:
    """_apply_ellipses returns at once when no needle occurs in the paragraph."""
    from quoteattr._segment import _ELLIPSIS, _ELLIPSIS_NEEDLES

    for m in _ELLIPSIS.finditer(text):
        assert any(n in m.group() for n in _ELLIPSIS_NEEDLES), m.group()


# --- Punkt's reasons -----------------------------------------------------------


@pytest.mark.parametrize(("text", "reasons"), [
    # a period on a plain word, a question mark: the first pass's decision stands
    ("He left. Then she came.", ["default decision", "paragraph end"]),
    ("Why? Nobody knew.", ["default decision", "paragraph end"]),
    # an abbreviation before a word seen lower-case mid-sentence
    ("She moved to the U.S. They followed.",
     ["abbreviation + orthographic heuristic", "paragraph end"]),
    # an abbreviation before a capitalised frequent sentence starter (an honorific)
    ("It ended at 6 p.m. Mr. Lee went home.",
     ["abbreviation + frequent sentence starter", "paragraph end"]),
    # the rules around Punkt keep their own reasons
    ("“Stop.” He left.", ["quote-close", "paragraph end"]),
    ("a. one b. two", ["list item", "paragraph end"]),
])
def test_sentence_reason_carries_punkts_reason(text: str, reasons: list[str]) -> None:
    """A sentence Punkt ended carries NLTK's debug_decisions reason for the boundary."""
    assert [s.reason for s in split_sentences(text)] == reasons


@pytest.mark.parametrize(("text", "reason"), [
    ("Smith vs. The State won.", "known collocation (both words)"),
    ("It was J. Bach who played.", "initial + special orthographic heuristic"),
    ("Ask J. the guard.", "initial + orthographic heuristic"),
    ("See item 5. the rest.", "initial + orthographic heuristic"),  # NLTK's number reason
])
def test_punkts_reasons_against_a_boundary(text: str, reason: str) -> None:
    """Punkt.decisions gives the reasons for no boundary, which no sentence carries."""
    from quoteattr._segment import _tokenizer

    (_, broke, why), = _tokenizer().decisions(text[:-1])  # the final period is no candidate
    assert (broke, why) == (False, reason)
    assert len(split_sentences(text)) == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PUNKT_WORDS), max_size=30))
@example(["Mr.", "The"])
@example(["vs.", "the", "x"])
@example(["J.", "Bach", "x"])
@example(["5.", "the", "x"])
@example(["U.S.", "How", "x"])
def test_punkts_decisions_are_nltks_debug_decisions(words: list[str]) -> None:
    """Punkt.decisions gives NLTK's debug_decisions: where, whether and why, for every candidate."""
    from quoteattr._segment import _tokenizer

    text = " ".join(words)
    tok = _tokenizer()
    nltks = []
    try:  # NLTK's fails at a candidate with no next word; compared up to there
        for d in _plain_punkt().debug_decisions(tok, text):
            nltks.append((d["period_index"], bool(d["break_decision"]), d["reason"]))
    except IndexError:
        pass
    ours = list(tok.decisions(text))
    assert ours[:len(nltks)] == nltks


def test_punkts_reasons_for_a_boundary_are_its_break_reasons() -> None:
    """Every reason a sentence Punkt ended carries is one of NLTK's three reasons to break."""
    from quoteattr._punkt import BREAK_REASONS

    text = ("He left. Why? She moved to the U.S. They followed. It ended at 6 p.m. "
            "Mr. Lee went home. Smith vs. The State won. It was J. Bach.")
    rules = {"quote-close", "ellipsis", "list item", "chunk cut", "paragraph end"}
    reasons = {s.reason for s in split_sentences(text)}
    assert reasons - rules == set(BREAK_REASONS)


# --- extra abbreviations ---------------------------------------------------------


def test_extra_abbreviation_reaches_punkt() -> None:
    """An extra title ending in a period is an abbreviation to Punkt: no boundary after it."""
    text = "Chmn. Ann Lee spoke. She left."
    assert texts(text) == ["Chmn.", "Ann Lee spoke.", "She left."]
    got = split_sentences(text, extra_abbreviations=("Chmn.",))
    assert [s.text for s in got] == ["Chmn. Ann Lee spoke.", "She left."]
    # Config.titles passed whole: words without a period are no abbreviation
    got = split_sentences(text, extra_abbreviations=["Grand Vizier", "Chmn."])
    assert [s.text for s in got] == ["Chmn. Ann Lee spoke.", "She left."]
    assert texts(text) == ["Chmn.", "Ann Lee spoke.", "She left."]  # the default is untouched


def test_extra_abbreviation_reaches_the_fronted_phrase_rule() -> None:
    """An extra abbreviation ends a fronted phrase (``At 5 tmrw.``) as a shipped one does."""
    from quoteattr._lexicon_sentences import ABBREVIATIONS

    text = "At 5 tmrw. The meeting begins."
    assert texts(text) == ["At 5 tmrw.", "The meeting begins."]
    assert len(split_sentences(text, extra_abbreviations=("tmrw.",))) == 1
    # Punkt alone ends the sentence there (an abbreviation before "The"): the rule undoes it
    extra = frozenset({"tmrw"})
    assert [r for *_, r in _sentences_in(text, 0, len(text), extra=extra)] == [
        "abbreviation + orthographic heuristic", "paragraph end"]
    assert len(list(_sentences_in(text, 0, len(text), extra=extra,
                                  abbreviations=ABBREVIATIONS | extra))) == 1


def test_extra_abbreviations_share_tokenizers() -> None:
    """One tokenizer per distinct set of added types; none added, the default one."""
    from quoteattr._segment import _extra_types, _tokenizer

    extra, _ = _extra_types(("Chmn.", "Grand Vizier"))
    assert extra == {"chmn"}
    assert _extra_types(("Sen.", "Mayor"))[0] == frozenset()  # already known: the default
    split_sentences("Chmn. Lee. Sen. Roe.", extra_abbreviations=("Chmn.",))
    assert _tokenizer(frozenset({"chmn"})) is _tokenizer(extra)
    assert _tokenizer(extra) is not _tokenizer()
    assert "chmn" not in _tokenizer()._params.abbrev_types


# --- the language data: every set of titles from one table ------------------------


def test_every_dotted_title_is_an_abbreviation_the_splitter_knows() -> None:
    """Each title of the one table that ends in a period keeps its name in the sentence."""
    from quoteattr._lexicon import TITLE_TABLE
    from quoteattr._segment import _tokenizer

    known = _tokenizer()._params.abbrev_types
    dotted = [t for t, _, _ in TITLE_TABLE if t.endswith(".") and len(t.split()[-1]) > 2]
    assert len(dotted) > 30
    for title in dotted:
        for word in title.split():  # (each word that ends in a period: "Reverend Mr.")
            if word.endswith("."):
                assert word[:-1].lower() in known, title
        assert texts(f"{title} Ann Lee spoke.") == [f"{title} Ann Lee spoke."], title


def test_title_sets_are_derived_from_the_one_table() -> None:
    """TITLES, the gendered and address titles, the honorific starters: all from TITLE_TABLE."""
    from quoteattr import _lexicon as lx
    from quoteattr._lexicon_sentences import ABBREVIATIONS, HONORIFIC_STARTERS, abbreviation_types

    rows = {t: (g, uses) for t, g, uses in lx.TITLE_TABLE}
    assert len(rows) == len(lx.TITLE_TABLE)  # no title written twice
    assert lx.TITLES == tuple(t for t, (_, uses) in rows.items() if "n" in uses)
    assert set(lx.ADDRESS_TITLES) == {t for t, (_, uses) in rows.items() if "a" in uses}
    for words, gender in ((lx.MALE_TITLES, "m"), (lx.FEMALE_TITLES, "f")):
        from_table = {w.lower() for t, (g, _) in rows.items() if g == gender for w in t.split()}
        assert words - from_table == {w for w, g in lx._GENDERED_ROLE_NOUNS.items() if g == gender}
    assert HONORIFIC_STARTERS - {"i"} == {t.lower() for t, (_, u) in rows.items() if "s" in u}
    assert abbreviation_types(rows) <= ABBREVIATIONS
    assert set(lx.DOTTED_TITLES) == {w[:-1] for t in rows for w in t.split()
                                     if w.endswith(".") and len(w) > 2}



@pytest.mark.parametrize("title", ["the Rev. Mr. Oakes", "Brig. Gen. Tom Hale", "Lt. Gov. Ann Lee"])
def test_no_sentence_ends_between_the_words_of_a_dotted_title(title: str) -> None:
    """``the Rev. Mr. Oakes``: the words of a title of the table, each with its
    stop, are one title (*Mr.* often opens a sentence after an abbreviation, as in
    ``at 6 p.m. Mr. Lee``, but not after *Rev.*)."""
    assert texts(f"He met {title} at noon. She left.") == [f"He met {title} at noon.",
                                                           "She left."]


def test_an_honorific_after_a_time_still_opens_a_sentence() -> None:
    """Near miss: ``at 6 p.m. Mr. Lee spoke``: after a time, the honorific opens one."""
    assert texts("They met at 6 p.m. Mr. Lee spoke first.") == ["They met at 6 p.m.",
                                                                 "Mr. Lee spoke first."]
