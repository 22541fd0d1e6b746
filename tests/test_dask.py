"""quoteattr.dask on a real two-process LocalCluster: results equal the serial library's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import quoteattr

distributed = pytest.importorskip("dask.distributed")
db = pytest.importorskip("dask.bag")

import quoteattr.dask as qd  # noqa: E402

PEOPLE = [("Sen.", "Ann Lee", "she"), ("Mayor", "Tom Okafor", "he"),
          ("Dr.", "Maria Brandt", "she"), ("Minister", "Omar Haddad", "he"),
          ("Gov.", "Grace Novak", "she"), ("Police Chief", "Hugo Tanaka", "he")]
PLACES = ["Port Ellis", "Kestrel Bay", "Dunhaven", "Lakemont", "Fennick"]
THINGS = ["the bridge", "the budget", "the ceasefire", "the water supply", "the strike"]


def _news(i: int) -> str:
    """A small invented news text (the ids run 0..29; a few have no quote at all)."""
    title, name, pron = PEOPLE[i % len(PEOPLE)]
    last = name.split()[1]
    place = PLACES[i % len(PLACES)]
    thing = THINGS[(i // 2) % len(THINGS)]
    if i % 10 == 9:
        return f"Talks resumed in {place} on Monday. The vote is expected at 5 p.m. on Friday."
    return (
        f"{last} says {thing} ‘cannot wait’ as {place} votes\n\n"
        f"“We will not let {thing} fail,” {title} {name} said on Tuesday in {place}.\n\n"
        f"{last} described the plan as “a step in the right direction” but warned "
        f"against delay. “People here have waited {i + 2} years,” {pron} added. "
        f"“They’re tired of promises.”\n\n"
        f"A spokesperson for the council said it would “study the proposal.”"
    )


TEXTS = [_news(i) for i in range(30)]
EXPECTED = [quoteattr.attribute(t).records() for t in TEXTS]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A LocalCluster with two single-threaded worker processes, and a Client on it."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_texts_have_quotes() -> None:
    """The invented texts do yield attributed quotes (so that equality means something)."""
    assert sum(len(r) for r in EXPECTED) >= 80
    assert any(q["speaker"] == "Ann Lee" for r in EXPECTED for q in r)


def test_bag_of_str(client: object) -> None:
    """A bag of texts gives, per text, exactly attribute(text).records(), in order."""
    bag = db.from_sequence(TEXTS, npartitions=6)
    got = qd.attribute_bag(bag).compute()
    assert got == EXPECTED


def test_bag_of_dicts(client: object) -> None:
    """A bag of JSON-lines rows gives {"id", "quotes"} rows; a row without id gets no id key."""
    rows = [{"id": f"doc-{i}", "text": t} for i, t in enumerate(TEXTS)]
    rows[5] = {"text": TEXTS[5]}
    got = qd.attribute_bag(db.from_sequence(rows, npartitions=4)).compute()
    want = [{"id": f"doc-{i}", "quotes": r} for i, r in enumerate(EXPECTED)]
    want[5] = {"quotes": EXPECTED[5]}
    assert got == want


def test_bag_runs_on_both_workers(client: object) -> None:
    """The partitions really are spread over the two worker processes."""
    bag = db.from_sequence(TEXTS, npartitions=6)
    futures = client.compute(qd.attribute_bag(bag).to_delayed())  # type: ignore[attr-defined]
    client.gather(futures)  # type: ignore[attr-defined]
    who = client.who_has(futures)  # type: ignore[attr-defined]
    workers = {w for ws in who.values() for w in ws}
    assert len(workers) == 2


def test_dataframe_column(client: object) -> None:
    """A Dask DataFrame column gives a Series of record lists equal to the serial ones."""
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    pdf = pd.DataFrame({"id": range(len(TEXTS)), "body": TEXTS},
                       index=pd.RangeIndex(100, 100 + len(TEXTS)))
    ddf = dd.from_pandas(pdf, npartitions=5)
    col = qd.attribute_column(ddf["body"])
    got = col.compute()
    assert list(got.index) == list(pdf.index)
    assert got.name == "body"
    assert list(got) == EXPECTED
    # Assigned back as a column, next to the id.
    out = ddf.assign(quotes=col).compute()
    assert list(out["quotes"]) == EXPECTED


def test_bad_items_raise_type_error(client: object) -> None:
    """A non-text item raises TypeError when computed; a non-bag argument at the call."""
    with pytest.raises(TypeError, match="str or dict"):
        qd.attribute_bag(db.from_sequence([TEXTS[0], 42], npartitions=1)).compute()
    with pytest.raises(TypeError, match="dask.bag.Bag"):
        qd.attribute_bag(TEXTS)  # type: ignore[arg-type]


def test_missing_dask_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Dask, the error says how to install the extra."""
    import importlib

    real = importlib.import_module

    def fake(name: str, *a: object, **k: object) -> object:
        if name.startswith("dask"):
            raise ImportError(f"No module named {name!r}")
        return real(name, *a, **k)

    monkeypatch.setattr(importlib, "import_module", fake)
    with pytest.raises(ImportError, match=r"pip install 'quoteattr\[dask\]'"):
        qd.attribute_bag(object())  # type: ignore[arg-type]
