"""The span records: text sliced from the document's string, equality, pickling."""

from __future__ import annotations

import pickle
import sys
from concurrent.futures import ThreadPoolExecutor

import attrs
import pytest

import quoteattr
from quoteattr import Paragraph, Quote, Sentence

TEXT = "“We will rebuild,” Mayor Ann Lee said.\n\nShe left. “He told me ‘never,’” she said."


def test_records_point_into_the_document_string():
    doc = quoteattr.attribute(TEXT)
    for rec in (*doc.paragraphs, *doc.sentences, *doc.quotes):
        assert rec.text == TEXT[rec.start:rec.end]
        # no copy of the text per record: they all hold the document's string
        assert rec._source is doc.text
    # a record costs the same however long its text is
    sizes = {sys.getsizeof(s) for s in doc.sentences}
    assert len(sizes) == 1


def test_hand_built_records_keep_their_own_text():
    s = Sentence(5, 16, "Hello there", 2, "punkt")
    assert s.text == "Hello there" and s.paragraph == 2
    assert s == Sentence(5, 16, "Hello there", 2, "punkt")
    assert s != Sentence(5, 16, "Hallo there", 2, "punkt")
    assert hash(s) == hash(Sentence(5, 16, "Hello there", 2, "punkt"))
    assert [a.name for a in attrs.fields(Sentence)] == ["start", "end", "paragraph", "reason"]
    # the string a record points into is not a field: asdict() does not dump the document
    assert attrs.asdict(s) == {"start": 5, "end": 16, "paragraph": 2, "reason": "punkt"}


def test_built_and_sliced_records_compare_equal():
    doc = quoteattr.attribute(TEXT)
    p = doc.paragraphs[1]
    assert p == Paragraph(p.start, p.end, TEXT[p.start:p.end], p.index)
    q = doc.quotes[0]
    assert q == Quote(q.start, q.end, q.text, q.outer_start, q.outer_end, q.open_mark,
                      q.close_mark, q.closed, q.level, q.paragraph, q.continues)
    assert "text='We will rebuild,'" in repr(q)


@pytest.mark.parametrize("args, error", [
    ((0, 3, "abcd"), ValueError),
    ((3, 1, ""), ValueError),
    ((0.0, 3, "abc"), TypeError),
    ((0, 3, b"abc"), TypeError),
])
def test_construction_is_checked(args, error):
    with pytest.raises(error):
        Paragraph(*args)
    with pytest.raises(error):
        Sentence(*args)


def test_records_are_frozen():
    s = quoteattr.attribute(TEXT).sentences[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.start = 3  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s._source = "other"  # type: ignore[misc]


def test_copies_and_asdict_of_a_document():
    import copy

    doc = quoteattr.attribute(TEXT)
    assert copy.deepcopy(doc) == doc
    assert copy.copy(doc.quotes[1]) == doc.quotes[1]
    d = attrs.asdict(doc)
    assert d["sentences"][0] == {"start": 0, "end": doc.sentences[0].end, "paragraph": 0,
                                 "reason": doc.sentences[0].reason}
    assert repr(d).count("rebuild") == 1  # the text is not repeated in every record


def test_a_pickled_document_holds_its_text_once():
    doc = quoteattr.attribute(TEXT * 50)
    data = pickle.dumps(doc)
    # the text is in the pickle once (50 repetitions), not once more per record
    assert data.count(b"We will rebuild") == 50
    back = pickle.loads(data)
    assert back == doc
    assert all(s._source is back.text for s in back.sentences)
    one = pickle.loads(pickle.dumps(doc.quotes[3]))
    assert one == doc.quotes[3] and one.text == doc.quotes[3].text


FIELDS = ("paragraphs", "sentences", "quotes", "mentions", "speakers", "attributions",
          "reports", "report_attributions")


def _unbuilt(doc: quoteattr.Document) -> set[str]:
    """The record fields an unpickled document has not built yet."""
    return set(object.__getattribute__(doc, "_pending"))


def test_an_unpickled_document_builds_each_field_when_first_read():
    doc = quoteattr.attribute(TEXT)
    back = pickle.loads(pickle.dumps(doc))
    assert type(back) is quoteattr.Document and back.text == doc.text
    assert _unbuilt(back) == set(FIELDS)
    quotes = back.quotes
    assert _unbuilt(back) == set(FIELDS) - {"quotes"}
    assert back.quotes is quotes and quotes == doc.quotes  # built once, then kept
    assert [r["speaker"] for r in back.records()] == [r["speaker"] for r in doc.records()]
    # (a document without reports never needs their attributions)
    assert _unbuilt(back) == {"paragraphs", "sentences", "mentions", "report_attributions"}


@pytest.mark.parametrize("use", [
    lambda d: d, hash, repr, attrs.asdict, lambda d: d.to_dict(),
    lambda d: attrs.evolve(d), lambda d: pickle.loads(pickle.dumps(d)),
], ids=["eq", "hash", "repr", "asdict", "to_dict", "evolve", "pickle"])
def test_an_unread_unpickled_document_behaves_as_the_original(use):  # type: ignore[no-untyped-def]
    doc = quoteattr.attribute(TEXT)
    assert use(pickle.loads(pickle.dumps(doc))) == use(doc)


def test_an_unpickled_document_pickles_its_unbuilt_fields_as_they_came():
    doc = quoteattr.attribute(TEXT)
    back = pickle.loads(pickle.dumps(doc))
    back.sentences  # noqa: B018 - one field built, the others still waiting
    again = pickle.loads(pickle.dumps(back))
    assert _unbuilt(again) == set(FIELDS)
    assert again == doc


def test_threads_reading_an_unpickled_document_see_the_same_records():
    doc = quoteattr.attribute(TEXT * 20)
    for _ in range(20):
        back = pickle.loads(pickle.dumps(doc))
        with ThreadPoolExecutor(8) as pool:
            seen = list(pool.map(getattr, [back] * 48, FIELDS * 8))
        for i, value in enumerate(seen):
            assert value is getattr(back, FIELDS[i % len(FIELDS)])
        assert back == doc


def test_a_document_has_no_other_attributes():
    doc = quoteattr.attribute(TEXT)
    for d in (doc, pickle.loads(pickle.dumps(doc))):
        with pytest.raises(AttributeError, match="'Document' object has no attribute 'qoutes'"):
            d.qoutes  # type: ignore[attr-defined]  # noqa: B018
        assert getattr(d, "speaker", None) is None
    assert not hasattr(doc, "_pending")  # built in this process: nothing waits


def test_a_hand_assembled_document_pickles_too():
    doc = quoteattr.attribute(TEXT)
    odd = attrs.evolve(doc, sentences=(Sentence(0, 3, "“We", 0, "made up"),))
    back = pickle.loads(pickle.dumps(odd))
    assert back == odd and back.sentences[0].text == "“We"
    assert pickle.loads(pickle.dumps(doc)).to_dict() == doc.to_dict()


def test_document_repr_is_a_short_summary() -> None:
    """repr(doc) stays short however long the text: counts and the text's start."""
    doc = quoteattr.attribute(TEXT * 50)
    r = repr(doc)
    assert len(r) < 200 and r.startswith("<Document ") and f"{len(doc.quotes)} quotes" in r


def test_sentence_and_paragraph_print_their_text() -> None:
    """Sentence and Paragraph print as if text were a field, and the repr rebuilds the record."""
    doc = quoteattr.attribute(TEXT)
    s, p = doc.sentences[0], doc.paragraphs[0]
    assert f"text={s.text!r}" in repr(s) and f"text={p.text!r}" in repr(p)
    assert eval(repr(s), {"Sentence": quoteattr.Sentence}) == s
    assert eval(repr(p), {"Paragraph": quoteattr.Paragraph}) == p
