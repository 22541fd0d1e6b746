"""quoteattr on Dask: a bag of texts or a DataFrame column, one partition per task.

Dask is an optional extra (``pip install 'quoteattr[dask]'``); it is imported
only when one of these functions is called.  Each partition is processed
serially inside its worker with plain :func:`quoteattr.attribute` calls, so the
results are exactly those of the serial library.

:func:`attribute_bag`
    A :class:`dask.bag.Bag` of texts (``str``) or of records (``dict`` with a
    ``"text"`` and optionally an ``"id"`` key, as read from JSON lines) becomes
    a bag with, per item, the flat quote records
    (:meth:`quoteattr.Document.records`): a list for a ``str`` item, and
    ``{"id": ..., "quotes": [...]}`` for a ``dict`` item (``"id"`` only when
    the item had one).

:func:`attribute_column`
    A Dask Series of texts (a DataFrame column) becomes a Dask Series, same
    index and partitions, of record lists.

>>> import dask.bag as db                                  # doctest: +SKIP
>>> import quoteattr.dask as qd                            # doctest: +SKIP
>>> lines = db.read_text("corpus-*.jsonl").map(json.loads) # doctest: +SKIP
>>> qd.attribute_bag(lines).map(json.dumps).to_textfiles("out-*.jsonl")  # doctest: +SKIP

With a DataFrame::

    ddf = dd.read_parquet("articles.parquet")
    ddf["quotes"] = qd.attribute_column(ddf["body"])

Spark recipe (not shipped as code: PySpark is not a dependency)
---------------------------------------------------------------

The same shape works on Spark with ``mapPartitions``, which runs one Python
function over each partition's iterator, so each partition is processed
serially in its executor and streamed::

    import json
    import quoteattr

    def attribute_partition(rows):
        # rows: an iterator of (id, text) pairs; runs inside the executor.
        for doc_id, text in rows:
            yield json.dumps({"id": doc_id,
                              "quotes": quoteattr.attribute(text).records()},
                             ensure_ascii=False)

    rdd = spark.read.json("corpus.jsonl").select("id", "text").rdd.map(tuple)
    rdd.mapPartitions(attribute_partition).saveAsTextFile("quotes-out")

Install quoteattr on every executor (e.g. ``--py-files`` or a cluster
environment).  The pattern tables are compiled once per Python worker process
on its first document; with ``spark.python.worker.reuse`` (the default) that
cost is paid once per executor core, not per partition.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._pipeline import Config, attribute

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

__all__ = ["attribute_bag", "attribute_column"]

_INSTALL_HINT = (
    "quoteattr.dask needs Dask, an optional extra: pip install 'quoteattr[dask]' "
    "(or pip install 'dask[bag,dataframe]')"
)


def _import(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise ImportError(f"{_INSTALL_HINT} ({e})") from e


def _check_config(config: object) -> None:
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a quoteattr.Config, got {type(config).__name__}")


def attribute_bag(bag: dask.bag.Bag, *, config: Config | None = None,
                  text_key: str = "text", id_key: str = "id") -> dask.bag.Bag:
    """Quote records for every item of a Dask bag; one partition per task, serial inside.

    A ``str`` item becomes its list of records; a ``dict`` item (a JSON-lines
    row) becomes ``{"id": item[id_key], "quotes": [...]}``, the ``"id"`` key
    only when the item has ``id_key``.  Any other item raises
    :class:`TypeError` when the bag is computed.

    .. versionadded:: 0.1.0
    """
    db = _import("dask.bag")
    _check_config(config)
    if not isinstance(bag, db.Bag):
        raise TypeError(f"attribute_bag() takes a dask.bag.Bag, got {type(bag).__name__}")
    return bag.map_partitions(_bag_partition, config, text_key, id_key)


def attribute_column(column: dask.dataframe.Series, *,
                     config: Config | None = None) -> dask.dataframe.Series:
    """Quote records (a list per row) for a Dask Series of texts, partition by partition.

    The result has the column's name, index and divisions, and ``object``
    dtype.  A value that is not a ``str`` (a missing value, say) raises
    :class:`TypeError` naming its index label when the series is computed.

    .. versionadded:: 0.1.0
    """
    dd = _import("dask.dataframe")
    _check_config(config)
    if not isinstance(column, dd.Series):
        raise TypeError(
            f"attribute_column() takes a dask.dataframe.Series (one column), "
            f"got {type(column).__name__}"
        )
    return column.map_partitions(_series_partition, config,
                                 meta=(column.name, "object"))


# ---------------------------------------------------------------------------
# Run in the workers (module level, so that they pickle by reference)
# ---------------------------------------------------------------------------


def _bag_partition(items: Iterable[Any], config: Config | None, text_key: str,
                   id_key: str) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if isinstance(item, str):
            out.append(attribute(item, config).records())
        elif isinstance(item, dict):
            text = item.get(text_key)
            if not isinstance(text, str):
                raise TypeError(f"attribute_bag(): item has no str field {text_key!r}: "
                                f"got {type(text).__name__}")
            rec: dict[str, Any] = {}
            if id_key in item:
                rec["id"] = item[id_key]
            rec["quotes"] = attribute(text, config).records()
            out.append(rec)
        else:
            raise TypeError(f"attribute_bag(): items must be str or dict, "
                            f"got {type(item).__name__}")
    return out


def _series_partition(part: Any, config: Config | None) -> Any:
    pd = _import("pandas")
    values = []
    for label, text in part.items():
        if not isinstance(text, str):
            raise TypeError(f"attribute_column(): row {label!r} is {type(text).__name__}, "
                            f"not str")
        values.append(attribute(text, config).records())
    return pd.Series(values, index=part.index, name=part.name, dtype=object)
