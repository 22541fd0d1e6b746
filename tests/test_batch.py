"""attribute_many / records_many: order, equality with the serial call, streaming, errors."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

import quoteattr
from quoteattr._batch import attribute_many, records_many

NAMES = ["Ann Lee", "Tom Okafor", "Maria Brandt", "Omar Haddad", "Grace Novak", "Hugo Tanaka"]
TITLES = ["Sen.", "Mayor", "Gov.", "Dr.", "Minister", "Police Chief"]
CUES = ["said", "added", "warned", "told reporters", "insisted"]


def _text(i: int) -> str:
    """A small invented news text, different for every ``i`` (some with no quote at all)."""
    name = NAMES[i % len(NAMES)]
    title = TITLES[(i // 2) % len(TITLES)]
    cue = CUES[i % len(CUES)]
    last = name.split()[1]
    if i % 7 == 3:
        return f"The council met for the {i}th time on Tuesday. No decision was taken."
    return (
        f"“We will finish bridge number {i} before winter,” {title} {name} {cue}.\n\n"
        f"{last} hailed the plan as “long overdue” on Monday. "
        f"“Nobody should wait {i} more years,” {'she' if i % 2 else 'he'} added."
    )


TEXTS = [_text(i) for i in range(40)]


@pytest.fixture(scope="module")
def serial() -> list[quoteattr.Document]:
    """The documents of TEXTS, one plain attribute() call each."""
    return [quoteattr.attribute(t) for t in TEXTS]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_order_and_equality(n_jobs: int, serial: list[quoteattr.Document]) -> None:
    """attribute_many yields one document per text, in input order, equal to attribute()."""
    docs = list(attribute_many(iter(TEXTS), n_jobs=n_jobs, chunksize=3))
    assert [d.text for d in docs] == TEXTS
    assert docs == serial


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_records_many_equals_serial(n_jobs: int, serial: list[quoteattr.Document]) -> None:
    """records_many yields exactly each document's records(), in input order."""
    recs = list(records_many(TEXTS, n_jobs=n_jobs, chunksize=4))
    assert recs == [d.records() for d in serial]


def test_texts_have_quotes(serial: list[quoteattr.Document]) -> None:
    """The test texts do exercise attribution (so that equality above means something)."""
    assert sum(len(d.records()) for d in serial) > 60
    assert any(r["speaker"] == "Ann Lee" for d in serial for r in d.records())


def test_documents_pickle(serial: list[quoteattr.Document]) -> None:
    """A Document survives pickling unchanged (worker processes send them back)."""
    for d in serial[:5]:
        assert pickle.loads(pickle.dumps(d)) == d


def test_n_jobs_all_cores(serial: list[quoteattr.Document]) -> None:
    """n_jobs=-1 uses every core and gives the same documents."""
    assert list(attribute_many(TEXTS[:10], n_jobs=-1, chunksize=2)) == serial[:10]


def test_config_passed_to_workers() -> None:
    """A Config reaches the worker processes."""
    cfg = quoteattr.Config(cue_verbs=("grumbled",))
    texts = ["“Too late,” Ann Lee grumbled."] * 5
    recs = list(records_many(texts, n_jobs=2, chunksize=2, config=cfg))
    assert [[r["cue"] for r in rs] for rs in recs] == [["grumbled"]] * 5


@pytest.mark.parametrize("n_jobs,chunksize", [(1, 16), (2, 1), (2, 3), (2, 16)])
def test_streams_with_bounded_read_ahead(n_jobs: int, chunksize: int) -> None:
    """The input is read lazily: never more than (2 * n_jobs + 1) * chunksize items ahead."""
    bound = (2 * n_jobs + 1) * chunksize if n_jobs > 1 else 1
    consumed = 0
    received = 0
    max_ahead = 0
    n = 12 * bound + 5

    def source() -> Iterator[str]:
        nonlocal consumed, max_ahead
        for i in range(n):
            consumed += 1
            max_ahead = max(max_ahead, consumed - received)
            if consumed - received > bound:
                raise AssertionError(f"read {consumed} items with only {received} yielded")
            yield TEXTS[i % len(TEXTS)]

    for doc in attribute_many(source(), n_jobs=n_jobs, chunksize=chunksize):
        assert doc.text == TEXTS[received % len(TEXTS)]
        received += 1
    assert received == n
    assert max_ahead <= bound


def test_infinite_input_stops_when_caller_stops() -> None:
    """An endless generator works: taking a few documents and closing stops the workers."""

    def endless() -> Iterator[str]:
        i = 0
        while True:
            yield TEXTS[i % len(TEXTS)]
            i += 1

    gen = attribute_many(endless(), n_jobs=2, chunksize=2)
    got = [next(gen) for _ in range(7)]
    gen.close()
    assert [d.text for d in got] == [TEXTS[i] for i in range(7)]


@pytest.mark.parametrize("n_jobs", [1, 2])
@pytest.mark.parametrize("bad,type_name", [(b"bytes", "bytes"), (None, "NoneType"), (3, "int")])
def test_non_str_item_raises_type_error(n_jobs: int, bad: object, type_name: str) -> None:
    """A non-str item raises TypeError naming its index and type, after the items before it."""
    items = [TEXTS[0], TEXTS[1], TEXTS[2], bad, TEXTS[4]]
    got = []
    with pytest.raises(TypeError, match=rf"item 3 is {type_name}\b"):
        for doc in attribute_many(items, n_jobs=n_jobs, chunksize=2):
            got.append(doc)
    assert [d.text for d in got] == items[:3]


@pytest.mark.parametrize("func", [attribute_many, records_many])
def test_single_string_rejected(func) -> None:  # type: ignore[no-untyped-def]
    """Passing one str (an iterable of characters) is a TypeError, raised at the call."""
    with pytest.raises(TypeError, match="single str"):
        func("“Yes,” Ann Lee said.")


@pytest.mark.parametrize(
    "kwargs,exc",
    [({"n_jobs": 0}, ValueError), ({"n_jobs": -2}, ValueError), ({"n_jobs": 1.5}, TypeError),
     ({"chunksize": 0}, ValueError), ({"chunksize": "4"}, TypeError),
     ({"config": {"cue_verbs": ()}}, TypeError)],
)
def test_bad_arguments(kwargs: dict, exc: type) -> None:
    """Bad n_jobs, chunksize or config raise at the call, before any work."""
    with pytest.raises(exc):
        attribute_many(TEXTS, **kwargs)


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_empty_input(n_jobs: int) -> None:
    """An empty iterable yields nothing; an empty text yields a document with no quotes."""
    assert list(attribute_many([], n_jobs=n_jobs)) == []
    assert list(records_many(iter(()), n_jobs=n_jobs)) == []
    (doc,) = attribute_many([""], n_jobs=n_jobs)
    assert doc.text == "" and doc.quotes == ()


def test_input_error_raised_after_earlier_documents() -> None:
    """An exception raised by the input itself surfaces after the documents before it."""

    def broken() -> Iterator[str]:
        yield TEXTS[0]
        yield TEXTS[1]
        raise RuntimeError("disk on fire")

    got = []
    with pytest.raises(RuntimeError, match="disk on fire"):
        for doc in attribute_many(broken(), n_jobs=2, chunksize=1):
            got.append(doc.text)
    assert got == TEXTS[:2]
