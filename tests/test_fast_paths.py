"""Shortcuts taken for speed give what the patterns they stand in for give.

Each shortcut answers some calls without running a pattern (a string method,
a remembered answer, a cheaper scan); these tests run the pattern and the
shortcut side by side over invented and random stretches and require the same
answer every time.
"""

from __future__ import annotations

import random
import re

import pytest

from quoteattr import _lexicon as lx
from quoteattr._clauses import SUBJ_GAP, subject_gap, subject_gap_match
from quoteattr._reported import (
    _ADVERBIAL,
    _ADVERBIAL_LEN,
    _ADVERBIAL_LOWER,
    _NOUN,
    _WHETHER,
    _nouns,
)


def _random_texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(n)]


_NOUN_PIECES = [*sorted(lx.REPORT_NOUNS)[:12], "claim", "claims", "vow", "to", "that", "tot",
                "thats", " ", "  ", "\t", "\xa0", "\n", "-", "’", "'", "_", "x", "re", "dis",
                "Claim", "9", ".", ",", "“", "that ", " to ", "ed"]


def test_nouns_scan_finds_what_the_noun_pattern_finds() -> None:
    """``_nouns`` gives the noun spans of ``_NOUN``'s matches over any stretch
    (a noun inside a word, after a hyphen or an apostrophe, across the stretch's
    ends, before "tot" or "thats", is found by neither)."""
    texts = _random_texts(_NOUN_PIECES, 4000, seed=20)
    texts += ["Roe’s claim that it was", "a disclaim that", "the vow to act", "vow  \n to",
              "claims that", "x-claim that", "claim tot", "claim to_", "pre-claim to go"]
    rng = random.Random(7)
    for text in texts:
        for _ in range(3):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            want = [m.span("noun") for m in _NOUN.finditer(text, a, b)]
            assert list(_nouns(text, a, b)) == want, (text, a, b)


def test_report_nouns_fit_the_scan() -> None:
    """The nouns of saying are single lower-case words of three letters or more,
    as the scan that looks back from "that" and "to" assumes."""
    for noun in lx.REPORT_NOUNS:
        assert len(noun) >= 3 and noun.isalpha() and noun.islower(), noun


_GAP_PIECES = [" ", "\n", "\t", "\xa0", ",", ", ", "who ", "which ", "also ", "quickly ",
               "(D-Ohio) ", "’s", "'ve", " did not ", "Mr.", " a nurse", "and ", ";", "later ",
               "\n\n", "x", "was quoted as ", "in turn ", "on Monday ", "last week", "wouldn’t ",
               "could not ", "naïvely ", "Ly ", "fly", "(a)", ")", "Who ", "WHICH ", "whom ",
               " the former governor", "Pac ", "as", "is ", "—", " - ", "’re", "'ll ", "ſ", "é"]


@pytest.mark.parametrize("gap", ["", " ", "  ", "\n", " \n\n ", "\t\xa0", ", who ", ", ",
                                 " and ", ", a nurse, ", " (D-Ohio) ", "’s ", ", Mr. Roe’s aide, "])
def test_subject_gap_answers_as_the_pattern(gap: str) -> None:
    """``subject_gap`` (spaces answered by a string method, short gaps
    remembered) says what ``SUBJ_GAP`` says, the same gap twice included."""
    text = "Roe" + gap + "said"
    want = SUBJ_GAP.match(text, 3, 3 + len(gap)) is not None
    assert subject_gap(text, 3, 3 + len(gap)) is want
    assert subject_gap(text, 3, 3 + len(gap)) is want  # remembered


def test_subject_gap_on_random_gaps() -> None:
    """Over random gaps in random places, ``subject_gap`` and ``SUBJ_GAP`` agree
    (the look at how a gap ends included: a gap ending in a word no part of the
    pattern ends with, ``, the former governor``, is answered without it)."""
    for i, gap in enumerate(_random_texts(_GAP_PIECES, 6000, seed=5)):
        text = ("x" * (i % 3)) + "Roe" + gap + "said"
        a = text.index("Roe") + 3
        b = a + len(gap)
        assert subject_gap(text, a, b) is (SUBJ_GAP.match(text, a, b) is not None), repr(gap)


def test_subject_gap_match_gives_the_patterns_match() -> None:
    """``subject_gap_match`` gives ``SUBJ_GAP``'s match, its relative pronoun's
    span included, or None where the pattern gives none."""
    for i, gap in enumerate(_random_texts(_GAP_PIECES, 3000, seed=11)):
        text = ("x" * (i % 2)) + "Roe" + gap + "said"
        a = text.index("Roe") + 3
        b = a + len(gap)
        want, got = SUBJ_GAP.match(text, a, b), subject_gap_match(text, a, b)
        assert (got is None) is (want is None), repr(gap)
        if want is not None:
            assert got is not None and got.span("rel") == want.span("rel"), repr(gap)


_AFTER_PIECES = ["on", "On", "Monday", "in", "inside", "whether", "if", "iffy", "a", "deal",
                 " ", "\n", ".", ",", "ſ", "K", "é", "again", "also", "(", "then", "yes"]


def test_adverbial_and_whether_shortcuts() -> None:
    """After a cue, the look at the string that skips ``_WHETHER`` and
    ``_ADVERBIAL`` skips them only where they cannot match (at a letter)."""
    for text in _random_texts(_AFTER_PIECES, 4000, seed=11):
        a = 0
        while a < len(text) and text[a] in " \t\xa0\n":
            a += 1
        if a >= len(text) or not text[a].isalpha():
            continue
        if not text.startswith(("whether", "if"), a):
            assert _WHETHER.match(text, 0, len(text)) is None, text
        head = text[a:a + _ADVERBIAL_LEN]
        if head.isascii() and not head.lower().startswith(_ADVERBIAL_LOWER):
            assert _ADVERBIAL.match(text, a, len(text)) is None, text


_BEFORE_PIECES = ["the so-called", " ", "\xa0", "\t", "\n", "book", "book,", ",", ":", "on",
                  " the", " Fox", " ABC’s", "&", "-", "—", "(", "titled", "é", "ſo-called",
                  "x", "1", ".", "“"]


def test_scare_patterns_skipped_only_where_they_cannot_match() -> None:
    """The look at the last character before a quote that skips ``_SCARE`` or
    ``_WORK_BEFORE`` skips a pattern only where it finds nothing."""
    from quoteattr._rules import _SCARE, _WORK_BEFORE, _may_match_before

    for before in _random_texts(_BEFORE_PIECES, 6000, seed=3) + ["", " ", "book,\n", "on\n"]:
        may_scare, may_work = _may_match_before(before)
        if not may_scare:
            assert _SCARE.search(before, 0, len(before)) is None, repr(before)
        if not may_work:
            assert _WORK_BEFORE.search(before, 0, len(before)) is None, repr(before)


def test_new_entity_is_the_default_entity() -> None:
    """Clustering's quick entity maker gives what ``Entity(id, kind)`` gives,
    every field included (so a field added to Entity must be added there too)."""
    import attrs

    from quoteattr._speakers import Entity, _new_entity

    made = _new_entity(3, "name")
    assert attrs.asdict(made) == attrs.asdict(Entity(id=3, kind="name"))
    made.add_name("Ann Lee", True)
    made.add_name("Lee", True)
    made.add_name("the mayor", False)
    assert made.canonical == "Ann Lee" and made.names == ["Ann Lee", "Lee", "the mayor"]


_MOVER_PIECES = ["Jon ", "came in", "came  back", "entered", "walked in", "walked out",
                 "ran into", "ran off", "hurried in", "hurried away", "stepped into",
                 "appeared", "joined them", "returned", "left the room", "left", "went out",
                 "departed", "withdrew", " ", "\n", ".", "re", "s", "Came in", "LEFT"]


def test_movers_skip_only_stretches_without_their_words() -> None:
    """A stretch that :func:`_movers` does not scan (none of its pattern's words
    in it) is one where the pattern finds nothing."""
    from quoteattr._exchanges import _MOVER_WORDS

    for text in _random_texts(_MOVER_PIECES, 3000, seed=9):
        for pattern, words in _MOVER_WORDS.items():
            if pattern.search(text):
                assert any(w in text for w in words), (pattern.pattern, text)


_PASSIVE_PIECES = ["was", "is", "been", "being", "when", "if", "once", "after", " ", "\n",
                   "\t", "\xa0", "\r", "quickly", "ly", "Roe", "said", "thus", "x", "his",
                   "Was", ",", "."]


def test_passive_look_skips_only_where_the_pattern_cannot_match() -> None:
    """``_passive_before`` answers as ``_PASSIVE.search`` over every stretch."""
    from quoteattr._reported import _PASSIVE, _passive_before

    rng = random.Random(4)
    fixed = ["it was quickly ", "was\nreportedly\n", "when ", "Roe was  ", "this ", "wasly ",
             "being\xa0", "is\r"]
    for text in fixed + _random_texts(_PASSIVE_PIECES, 5000, seed=12):
        a = rng.randint(0, len(text)) if text not in fixed else 0
        b = rng.randint(a, len(text)) if text not in fixed else len(text)
        assert _passive_before(text, a, b) is (_PASSIVE.search(text, a, b) is not None), \
            (text, a, b)


_OPENER_PIECES = ["Roe", " ", "  ", "\n", "\n\n", "\t", "\xa0", "\r", "\u2003", ".", "!", "?",
                  "…", ":", ";", ",", "“", "”", "‘", "’", "'", '"', ")", "]", "(", "—", "–",
                  "-", "«", "»", "a", "1"]


def test_sentence_opening_look_answers_as_the_openers() -> None:
    """``_opens_sentence`` (which skips the pattern after a word and a space)
    says what the opener pattern says, at every position of random texts."""
    from quoteattr._mentions import _SENTENCE_OPENER, _opens_sentence

    for text in _random_texts(_OPENER_PIECES, 1500, seed=8):
        for pos in range(len(text) + 1):
            want = bool(_SENTENCE_OPENER.search(text, max(0, pos - 4), pos))
            assert _opens_sentence(text, pos, _SENTENCE_OPENER) is want, (text, pos)


_CLAUSE_PIECES = ["Later", " ", "  ", "\n", "\t", "\xa0", "\u2003", ",", "meanwhile", "and",
                  "AND", "ſo", "so", "his colleague", "Eight years ago", "met with", "brand",
                  "x", ".", "“", "once", "oNce"]


def test_clause_opening_look_answers_as_the_pattern() -> None:
    """``clause_opening`` (which skips ``_OPENERS`` after a last word that no
    opener ends with) says what the pattern says over random stretches."""
    from quoteattr import _constants as k
    from quoteattr._clauses import _OPENERS, clause_opening

    rng = random.Random(6)
    texts = ["meanwhile    ", "Later his colleague ", "brand ", "and\n", "so\u2003"]
    for text in texts + _random_texts(_CLAUSE_PIECES, 4000, seed=2):
        text += "Roe"
        pos = len(text) - 3
        lo = rng.randint(0, pos) if text[:-3] not in texts else 0
        want = pos - lo <= k.CLAUSE_OPENING and bool(_OPENERS.match(text, lo, pos))
        assert clause_opening(text, lo, pos) is want, (text, lo)


_VOCATIVE_PIECES = ["Jon", "Ann", "Lee", ", ", " ", "Oh", "Mr.", "Miss", "my dear", "dear",
                    "!", "?", ".", ";", "—", "\n", "“", "'", "said", "Jon’s", "JON", "jon",
                    "Émile", "x", "Sit down"]


def test_vocative_look_skips_only_quotes_that_call_no_known_name() -> None:
    """In an ASCII quote, every name ``_VOCATIVE`` matches is one of the
    capitalised words ``_called`` looks at before it runs the pattern."""
    from quoteattr._exchanges import _CAPITALISED, _VOCATIVE

    for text in _random_texts(_VOCATIVE_PIECES, 4000, seed=10):
        if not text.isascii():
            continue
        words = set(_CAPITALISED.findall(text))
        for m in _VOCATIVE.finditer(text):
            assert m.group("name") in words, (text, m.group("name"))


_DET_PIECES = ["the", "The", "THE", "a", "an", "An", "his", "this", "these", "whose", "theirs",
               "Roe", " ", "  ", "\t", "\xa0", "\n", "\r", "’", "-", "x", "s", ".", "é"]


def test_determiner_look_answers_as_the_pattern() -> None:
    """``_after_determiner`` says what ``_DETERMINER`` says before a cue, and
    its word list is the pattern's: each word, then a space, matches."""
    from quoteattr._cues import _DET_REACH, _DETERMINER, _DETERMINER_WORDS, _after_determiner

    for word in _DETERMINER_WORDS:
        assert _DETERMINER.fullmatch(word + " ") is not None, word
    for text in _random_texts(_DET_PIECES, 4000, seed=13):
        text += "said"
        pos = len(text) - 4
        want = _DETERMINER.search(text, max(0, pos - _DET_REACH), pos) is not None
        assert _after_determiner(text, pos) is want, text


def test_degree_look_answers_as_the_pattern() -> None:
    """``_after_degree`` says what ``_DEGREE`` says before a cue (its quick look at
    the last word skips only stretches the pattern cannot match)."""
    from quoteattr._cues import _DEGREE, _DEGREE_WORDS, _after_degree

    pieces = ["the ", "The ", "a ", "his ", "her ", "its ", "this ", "that ", "x", " ", "-",
              *(w + " " for w in _DEGREE_WORDS), "oft-", "most"]
    for text in _random_texts(pieces, 4000, seed=17):
        text += "reported"
        pos = len(text) - 8
        want = _DEGREE.search(text, max(0, pos - 24), pos) is not None
        assert _after_degree(text, pos) is want, text


def test_mark_scan_finds_what_an_alternation_of_the_marks_finds() -> None:
    """The quote-mark pattern of every style (a trie of the marks, so that the
    scan skips to the characters that can start one) finds the marks an
    alternation finds, the two-character marks (``''``, ``’’``, ``````) before
    the one they start with."""
    import re

    from quoteattr._quotes import QUOTE_PAIRS, STYLES, _style_tables

    marks = sorted(set(QUOTE_PAIRS) | {c for cs in QUOTE_PAIRS.values() for c in cs})
    pieces = [*marks, "`", "'", "’", "a", " ", "\n", "x’s", "''’"]
    texts = _random_texts(pieces, 2000, seed=3)
    for name in STYLES:
        pattern, _ = _style_tables(STYLES[name])
        pairs = {o: cs for o, cs in QUOTE_PAIRS.items() if o in STYLES[name]}
        chosen = set(pairs) | {c for cs in pairs.values() for c in cs}
        alternation = re.compile("|".join(
            re.escape(m) for m in sorted(chosen, key=lambda m: (-len(m), m))))
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == \
                [m.span() for m in alternation.finditer(text)], (name, text)


_COORDINATION_PIECES = ["and", "but", "then", "or", "nor", "And", " ", "  ", "\t", "\xa0", "\n",
                        ",", ", ", "quickly ", "hastily", "ly", "advancing to the bed",
                        "rising", "ing", "x", "Roe", ".", "’", "é"]


def test_coordination_look_skips_only_where_the_pattern_cannot_match() -> None:
    """The look at how a stretch ends (a conjunction, an -ly adverb, a comma)
    skips ``_COORDINATED`` only where it finds nothing (``and said``, ``but
    quickly added``, ``and, advancing to the bed, said``)."""
    from quoteattr._context import _COORDINATED, _coordinated

    texts = _random_texts(_COORDINATION_PIECES, 6000, seed=13)
    texts += ["he rose and ", "but quickly ", "and, advancing to the bed, ", "Roe ", "or\n"]
    for text in texts:
        want = _COORDINATED.search(text, 0, len(text)) is not None
        assert _coordinated(text, 0, len(text)) is want, repr(text)
        cut = len(text) // 2
        assert _coordinated(text, cut, len(text)) is \
            (_COORDINATED.search(text, cut, len(text)) is not None), repr(text)


_PLAIN_PIECES = [" ", "  ", "\t", "\xa0", "\n", ",", ":", ";", ".", "!", "?", "—", "–", "-", "--",
                 "”", "\"", "’", "'", "»", "«", "“", "‘", "…", "...", ". . .", ")", "(", "]",
                 "\u203a", "that", "whether", "if", "by", "as", "and", "but", "while", "of",
                 "for", "to", "on", "with", "x", "Roe", "é", "s", "said", "ſ", "K"]


def test_patterns_moved_to_re_match_as_under_regex() -> None:
    """The patterns of explicit classes only (no ``\\p``, ``\\w``, ``\\b``, ``\\s``,
    no ignoring case, no reverse search) are compiled with ``re``, which runs
    them several times faster than ``regex``; over random stretches each gives
    what the same pattern gives under ``regex``: its match, its span and the
    span of each of its groups, as ``match``, ``search`` and ``fullmatch``."""
    import re

    import regex

    from quoteattr import _clauses, _context, _reported, _rules, _segment

    moved = [_clauses.AFTER_GAP, _clauses.LEAD_GAP, _context._AS_BEFORE, _context._COMMA_GAP,
             _context._POSSESSOR, _context._PP_GAP, _reported._BY, _reported._COMMA_END,
             _reported._JOIN_TRIM, _reported._LEAD_TRIM, _reported._NAME_ENDS,
             _reported._QUESTION, _reported._QUOTE_NEXT, _reported._THAT, _reported._WHETHER,
             _rules._CUE_TO_QUOTE, _rules._LABEL, _rules._NAME_TO_QUOTE, _rules._NOUN_TO_QUOTE,
             _rules._REPORT_TO_SUBJECT, _segment._CLOSERS, _segment._ELLIPSIS]
    texts = _random_texts(_PLAIN_PIECES, 1500, seed=17)
    rng = random.Random(19)

    def spans(m: re.Match[str] | regex.Match[str] | None) -> object:
        if m is None:
            return None
        return [m.span(g) for g in range(len(m.groups()) + 1)]

    for pattern in moved:
        assert isinstance(pattern, re.Pattern), pattern.pattern
        twin = regex.compile(pattern.pattern)
        for text in texts:
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            for method in ("match", "search", "fullmatch"):
                assert spans(getattr(pattern, method)(text, a, b)) == \
                    spans(getattr(twin, method)(text, a, b)), (pattern.pattern, method, text)


_WHITESPACE_PIECES = [" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\xa0", "\u2028", "x", "Mr.",
                      "e.g.", "“", "é", "word"]


def test_last_whitespace_is_the_last_of_string_whitespace() -> None:
    """Punkt's look back for the start of a word (the last space, then any
    other ``string.whitespace`` after it) finds the last of them in the stretch."""
    import string

    from quoteattr._punkt import _last_whitespace

    rng = random.Random(23)
    for text in _random_texts(_WHITESPACE_PIECES, 3000, seed=29):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        want = max((i for i in range(a, b) if text[i] in string.whitespace), default=-1)
        assert _last_whitespace(text, a, b) == want, (text, a, b)


_DATELINE_PIECES = ["BEIJING", "LIMA", "Peru", "He", "The", "U.S.", "O’HARE", "A", "a", ",", " ",
                    "\t", "\xa0", "—", " - ", "(Reuters)", "Jan. 14", "2002", "said", "É", "Éa",
                    "\n"]


def test_datelines_go_on_after_their_capital_in_no_lower_case_letter() -> None:
    """The clause reader runs the dateline pattern only where the first word
    does not go on in ASCII lower case after its capital: every dateline the
    pattern matches goes on with a capital, a period, an apostrophe or a hyphen."""
    from quoteattr._clauses import _DATELINE

    for text in _random_texts(_DATELINE_PIECES, 6000, seed=31):
        if _DATELINE.match(text):
            j = len(text) - len(text.lstrip(" \t\xa0"))
            assert not "a" <= text[j + 1:j + 2] <= "z", repr(text)


def test_to_words_stand_in_every_match_of_the_addressee_pattern() -> None:
    """A paragraph with none of ``_TO_WORDS`` has no match of ``_TO``: its scan is skipped."""
    from quoteattr._exchanges import _TO, _TO_WORDS

    pieces = ["said", "says", "to", "turning", "turned", "addressing", "addressed", "replied",
              "whispered", "called", "cried", "answered", "added", "continued", " ", "\n", "Jon",
              "the", "her", "x", "ed", "ing", "Said", "said to ", "turned  to"]
    hits = 0
    for text in _random_texts(pieces, 4000, seed=37):
        if _TO.search(text):
            hits += 1
            assert any(w in text for w in _TO_WORDS), repr(text)
    assert hits > 100


def test_no_noun_of_saying_holds_a_stop() -> None:
    """``speech_noun`` scans for a possessed noun of saying only after the last
    stop before the quote: no noun (nor the possessive before it) holds one."""
    from quoteattr import _lexicon as lx
    from quoteattr._rules import _NOUN_TO_QUOTE_STOPS

    for noun in lx.QUOTE_NOUNS:
        assert not set(noun) & set(_NOUN_TO_QUOTE_STOPS), noun


_BREAK_PIECES = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\x85", "\x0c", " ", "  \n", "\t", "\xa0",
                 "Line", "one.", "“Yes,” she said.", "x"]


def test_paragraphs_of_newline_only_texts_as_the_class_scan_finds_them(monkeypatch) -> None:
    """A text whose only line break is "\\n" is read with a scan for "\\n"; its
    paragraphs (and the unwrapped text) are those the scan for every line
    break finds.  Texts with other breaks take the class scan as before."""
    from quoteattr import _segment

    texts = _random_texts(_BREAK_PIECES, 3000, seed=41)
    fast = [(_segment.split_paragraphs(t), _segment.unwrap(t, _segment.split_paragraphs(t)))
            for t in texts]
    monkeypatch.setattr(_segment, "_newlines_only", lambda text: False)
    slow = [(_segment.split_paragraphs(t), _segment.unwrap(t, _segment.split_paragraphs(t)))
            for t in texts]
    assert fast == slow
    assert sum(_segment._OTHER_BREAKS[0] not in t and "\u2028" not in t for t in texts) > 100


_BEFORE_CUE_PIECES = ["the", "The", "a", "A", "an", "one", "One", "ONE", "another", "Another",
                      "others", "Others", "spokesman", "old", "Trump", "also", "quickly", " ",
                      "  ", "\t", "\xa0", "\n", ",", "”", "(", "x", "Élan", "said"]


def test_look_before_a_cue_skips_only_where_the_description_pattern_cannot_match() -> None:
    """``_may_precede_cue`` says no only where ``before_cue`` finds no
    description right before the cue (``the announcer said``, ``One said``
    are found; ``Trump said`` is not looked for)."""
    from quoteattr._mentions import _may_precede_cue, build_patterns

    pattern = build_patterns().words.before_cue
    hits = 0
    for text in _random_texts(_BEFORE_CUE_PIECES, 8000, seed=43) + _random_texts(
            [*_BEFORE_CUE_PIECES, "-", "_", "9", "’"], 8000, seed=47):
        found = pattern.search(text, max(0, len(text) - 70), len(text)) is not None
        hits += found
        if not _may_precede_cue(text, len(text)):
            assert not found, repr(text)
    assert hits > 100


_SLOT_PIECES = ["he", "She", "they", "We", "I", "you", "could", "would", "do", "does", "only",
                "quickly", "ly", "Ed", "Morrissey", "the", "reports", " ", "  ", "\t", "\xa0",
                "\n", ",", "é", "’", "”", "?", "-", "x", "HE"]


def test_verb_slot_look_answers_as_the_pattern() -> None:
    """``_in_verb_slot`` (the pattern run only where the stretch ends with a
    subject, a modal, a capitalised word, an -ly adverb or "only", then
    spaces) says what ``_VERB_SLOT`` says over the stretch before a cue."""
    from quoteattr._cues import _SLOT_REACH, _VERB_SLOT, _in_verb_slot

    hits = 0
    for text in _random_texts(_SLOT_PIECES, 8000, seed=53):
        want = _VERB_SLOT.search(text, max(0, len(text) - _SLOT_REACH), len(text)) is not None
        hits += want
        assert _in_verb_slot(text, len(text)) is want, repr(text)
    assert hits > 100


_PUNKT_PIECES = ["Mr.", "U.S.", "e.g.", "etc.", "...", ". . .", "--", "-", "?", "!", ".", ",",
                 "“", "”", "‘", "’", "\"", "'", "(", ")", "[", "]", "{", "}", ":", ";", "*", "@",
                 "«", "»", " ", "  ", "\t", "\n", "\x0b", "\x1c", "\x1f", "\x85", "\xa0",
                 "\u2003", "\u2028", "\u3000", "Word", "word", "3.5", "It", "x", "é"]


def test_punkt_patterns_under_re_match_as_under_regex() -> None:
    """Punkt's scan for candidates, its word tokenizer and its realignment of
    closing marks run on ``re``, ``\\s`` and ``\\S`` spelled out as ``regex``
    reads them (White_Space, which leaves out \\x1c-\\x1f): over random text each
    finds what the ``regex`` pattern NLTK compiles finds, every group too."""
    import regex

    from quoteattr._punkt import _WHITESPACE, BareLanguageVars, EnglishLanguageVars

    everything = "".join(map(chr, range(0x3001)))
    assert regex.findall(r"\s", everything) == re.findall(f"[{_WHITESPACE}]", everything)
    bare, plain = BareLanguageVars(), EnglishLanguageVars()
    # the same sources, NLTK's (regex) and ours (re)
    twins = [(regex.compile(plain.period_context_re().pattern, regex.VERBOSE), None),
             (regex.compile(plain._word_tokenizer_re().pattern, regex.VERBOSE), None)]
    assert isinstance(bare.period_context_re(), regex.Pattern)
    ours = [plain.period_context_re(), plain._word_tokenizer_re()]
    for text in _random_texts(_PUNKT_PIECES, 3000, seed=59):
        for pattern, (twin, _) in zip(ours, twins, strict=True):
            assert [m.span() + tuple(m.span(g) for g in range(1, len(m.groups()) + 1))
                    for m in pattern.finditer(text)] == \
                [m.span() + tuple(m.span(g) for g in range(1, len(m.groups()) + 1))
                 for m in twin.finditer(text)], repr(text)
        realign = EnglishLanguageVars.re_boundary_realignment
        twin = regex.compile(r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)',
                             regex.MULTILINE)
        for i in range(0, len(text), 3):
            got, want = realign.match(text, i), twin.match(text, i)
            assert (got and got.span()) == (want and want.span()), repr(text)


def test_name_look_ahead_lets_in_every_start_the_name_pattern_can_match_at() -> None:
    """The name pattern's look-ahead (an upper-case letter, or a whole lower-case
    title, modifier or role and a space) only skips positions where the rest of
    the pattern cannot match: with it taken out, the pattern finds the same
    names over invented and random text, titles in lower case included."""
    from quoteattr._mentions import build_patterns

    name = build_patterns(("first minister", "then-Mayor")).name
    look = name.pattern.index("(?=")
    rest = name.pattern.index("(?:(?P<title>")
    bare = re.compile(name.pattern[:look] + name.pattern[rest:])
    pieces = ["the", "they", " ", "\t", "\xa0", "\n", "late", "Late", "former", "president",
              "President", "then-", "then", "Mayor", "mayor", "first minister", "Ann", "Lee",
              "Roe", "O'Neil", "W.", "sen.", "Sen.", "state", "party", "chair", "de", "van",
              "Jr.", ",", ".", "x", "é", "Éva", "-", "’", "campaign manager", "opposition",
              "leader", "Opposition"]
    texts = _random_texts(pieces, 3000, seed=31)
    texts += ["the late senator Ann Lee said", "former president Tom Roe", "then-Mayor Ann Lee",
              "first minister Ann Lee", "they said", "Opposition leader Ann Lee"]
    for text in texts:
        want = [(m.span(), m.group("title", "name")) for m in bare.finditer(text)]
        assert [(m.span(), m.group("title", "name")) for m in name.finditer(text)] == want, text


def test_call_look_keeps_every_quote_with_a_name_set_off_to_be_called() -> None:
    """The look for a quote that may call someone (``_exchanges._MAY_CALL``) is
    looser than what ``_add_addressed`` reads: wherever the vocative pattern
    finds a name after a title, a comma or *dear*, the look matches too."""
    from quoteattr._exchanges import _MAY_CALL, _TITLE_BEFORE, _VOCATIVE, AFTER_WORDS

    pieces = ["Tom", "Mr.", "Mrs.", "Miss", "dear", "Dear", ",", ", ", ";", "—", " ", "\n",
              "!", "?", ".", "sit", "down", "Éva", "ann", "Ann", "O'Neil", "x", "9", "_"]
    texts = _random_texts(pieces, 4000, seed=41)
    texts += ["Good evening, Mr. Vane.", "Sit down, Tom!", "my dear Éva,", "Hello, there",
              "Yes, Tom\nand", "Come, Mr. Vane", "Evening, Miss Quill. Sit down."]
    for text in texts:
        found = False
        for v in _VOCATIVE.finditer(text, 0, len(text)):
            before = text[max(0, v.start("name") - 12):v.start("name")]
            if _TITLE_BEFORE.search(before) or AFTER_WORDS.search(before):
                found = True
        if found:
            assert _MAY_CALL.search(text, 0, len(text)), text


def test_call_look_matches_where_its_plain_alternation_matches() -> None:
    """``_exchanges._MAY_CALL`` opens with a class of first characters and a look
    back at the one read; written as the plain alternation of what may come
    before a vocative's name, it matches in the same stretches."""
    from quoteattr._exchanges import _MAY_CALL, _VOC_TITLE

    plain = re.compile(rf"(?:[,;—–]|[Dd]ear|{_VOC_TITLE})\s*[^\W\d_]+\s*"
                       r"(?:[,!?;—–]|\.?\s*$|\.\s)", re.MULTILINE)
    pieces = ["Tom", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Lady", "Lord", "Aunt", "Uncle",
              "Cousin", "Master", "Madam", "Mister", "Mad", "dear", "Dear", "ear", ".", ",", ";",
              "—", "–", " ", "\n", "!", "?", "sit", "Éva", "x", "9", "_", "M", "D", "S", "L"]
    for text in _random_texts(pieces, 6000, seed=43):
        for a in (0, 1, 3):
            assert bool(_MAY_CALL.search(text, a, len(text))) == \
                bool(plain.search(text, a, len(text))), (text, a)


def test_second_person_look_matches_where_the_word_list_matches() -> None:
    """``_exchanges._SECOND_PERSON`` (first letters, then a look back for the
    word's start) finds a second person wherever the plain word alternation does,
    searched from any start."""
    from quoteattr._exchanges import _SECOND_PERSON

    plain = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Tt]hee|[Tt]hou|YOU)\b")
    pieces = ["you", "You", "YOU", "your", "Yours", "yourself", "thee", "Thou", "thy", "yo",
              "u", "rs", "t", "h", "e", "ou", "YOUR", " ", ",", "x", "é", "_", "9", "’", "-"]
    for text in _random_texts(pieces, 6000, seed=47):
        for a in (0, 1, 2):
            want = [m.start() for m in plain.finditer(text, a, len(text) - 1)]
            got = [m.start() for m in _SECOND_PERSON.finditer(text, a, len(text) - 1)]
            assert got == want, (text, a)


def test_hypothetical_look_skips_only_stretches_without_have() -> None:
    """``_exchanges._hypothetical`` runs its pattern only where the 48 characters
    before a quote hold *have* in some case: the pattern never matches where
    they do not."""
    from quoteattr._exchanges import _HYPOTHETICAL

    pieces = ["would", "Would", "might", "could", "should", " not", " ", "\n", "have", "HAVE",
              "Have", "hAvE", "hav", "e", "exclaimed", "said", ",", ":", "x", "é", "ĥave"]
    for text in _random_texts(pieces, 4000, seed=53):
        if "have" not in text[-48:].lower():
            assert _HYPOTHETICAL.search(text, max(0, len(text) - 48), len(text)) is None, text


def test_share_look_lets_in_every_cue_the_share_pattern_can_precede() -> None:
    """``_mentions._share_before`` runs the share pattern only where it can match:
    wherever ``share_before`` finds a share of people polled ending before a
    position, the look says yes there."""
    from quoteattr import _lexicon as lx
    from quoteattr._mentions import _share_before, build_patterns

    share = build_patterns().words.share_before
    pieces = ["47", " percent", " per cent", "%", "About ", "more than ", "one", " in ", "five",
              "10", "those ", "surveyed", "polled", "none", " ", "\t", "x", "Ann", " has",
              " have", " also", " quietly", " in turn", " has long", ",", ".", "a third", "é"]
    adverbs = sorted(lx.CUE_ADVERBS)
    texts = _random_texts(pieces + [" " + a for a in adverbs], 6000, seed=59)
    for text in texts:
        t = text + " said"
        pos = len(text) + 1
        if share.search(t, max(0, pos - 50), pos) is not None:
            assert _share_before(t, pos), t
