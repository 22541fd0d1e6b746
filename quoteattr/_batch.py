"""Many documents at once: in order, streamed, optionally in worker processes.

:func:`attribute_many` is :func:`~quoteattr.attribute` over an iterable of texts;
:func:`records_many` yields each document's :meth:`~quoteattr.Document.records`
instead, which is all a JSON-lines writer needs and much less to send back from
a worker process.

Both read their input lazily.  With ``n_jobs > 1`` texts are grouped into
chunks of ``chunksize`` and at most ``2 * n_jobs`` chunks are handed to worker
processes ahead of the one being yielded, so a corpus of any size runs in
bounded memory: at most ``(2 * n_jobs + 1) * chunksize`` texts have been taken
from the input and not yet yielded.  Results always come back in input order.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from ._model import Document, Record
from ._pipeline import Config, attribute

__all__ = ["attribute_many", "records_many"]

T = TypeVar("T")

#: Chunks handed to the workers ahead of the one being yielded, per worker.
_AHEAD_PER_JOB = 2


def attribute_many(
    texts: Iterable[str],
    *,
    n_jobs: int = 1,
    chunksize: int = 16,
    config: Config | None = None,
) -> Iterator[Document]:
    """:func:`~quoteattr.attribute` every text of ``texts``; yield the documents in input order.

    ``texts`` is read lazily and may be a generator over a corpus larger than
    memory.  ``n_jobs`` is the number of worker processes: ``1`` (the default)
    works in this process, ``-1`` uses every core.  With several workers,
    ``chunksize`` texts go to a worker at a time and at most ``2 * n_jobs``
    chunks are in flight, so memory stays bounded.

    An item that is not a ``str`` raises :class:`TypeError` naming its index
    and type, after the documents before it have been yielded.

    >>> from quoteattr import attribute_many
    >>> docs = attribute_many(["“We will rebuild,” Mayor Ann Lee said.", "No quotes here."])
    >>> [[r["speaker"] for r in d.records()] for d in docs]
    [['Ann Lee'], []]

    .. versionadded:: 0.1.0
    """
    return _run(_attribute_chunk, texts, n_jobs, chunksize, config, "attribute_many")


def records_many(
    texts: Iterable[str],
    *,
    n_jobs: int = 1,
    chunksize: int = 16,
    config: Config | None = None,
) -> Iterator[list[Record]]:
    """Like :func:`attribute_many`, but yield each document's flat quote records.

    The same as ``(d.records() for d in attribute_many(...))``, but worker
    processes send back only the records, not the whole document (text,
    sentences, mentions), which makes it the cheaper choice for writing JSON
    lines.

    >>> from quoteattr import records_many
    >>> [[(r["text"], r["speaker"]) for r in recs]
    ...  for recs in records_many(["“Yes,” Ann Lee said.", ""])]
    [[('Yes,', 'Ann Lee')], []]

    .. versionadded:: 0.1.0
    """
    return _run(_records_chunk, texts, n_jobs, chunksize, config, "records_many")


# ---------------------------------------------------------------------------
# Work done in a worker (module level, so that it pickles)
# ---------------------------------------------------------------------------


def _attribute_chunk(chunk: list[str], config: Config | None) -> list[Document]:
    return [attribute(t, config) for t in chunk]


def _records_chunk(chunk: list[str], config: Config | None) -> list[list[Record]]:
    return [attribute(t, config).records() for t in chunk]


# ---------------------------------------------------------------------------
# The driver
# ---------------------------------------------------------------------------


def _check_args(texts: object, n_jobs: object, chunksize: object, config: object,
                func: str) -> int:
    """Validate the arguments eagerly; return the number of workers."""
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(f"{func}() takes an iterable of str, got a single "
                        f"{type(texts).__name__}: wrap it in a list")
    if not isinstance(texts, Iterable):
        raise TypeError(f"{func}() takes an iterable of str, got {type(texts).__name__}")
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool):
        raise TypeError(f"n_jobs must be an int, got {type(n_jobs).__name__}")
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    elif n_jobs < 1:
        raise ValueError(f"n_jobs must be >= 1 or -1 (every core), got {n_jobs}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool):
        raise TypeError(f"chunksize must be an int, got {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a quoteattr.Config, got {type(config).__name__}")
    return n_jobs


def _checked(text: object, index: int, func: str) -> str:
    if isinstance(text, str):
        return text
    hint = ": decode it first" if isinstance(text, (bytes, bytearray, memoryview)) else ""
    raise TypeError(f"{func}(): item {index} is {type(text).__name__}, not str{hint}")


def _run(work: Callable[[list[str], Config | None], list[T]], texts: Iterable[str],
         n_jobs: int, chunksize: int, config: Config | None, func: str) -> Iterator[T]:
    # Arguments are checked here, at the call; the work starts at the first next().
    jobs = _check_args(texts, n_jobs, chunksize, config, func)
    if jobs == 1:
        return _serial(work, texts, config, func)
    return _parallel(work, texts, jobs, chunksize, config, func)


def _serial(work: Callable[[list[str], Config | None], list[T]], texts: Iterable[str],
            config: Config | None, func: str) -> Iterator[T]:
    for i, text in enumerate(texts):
        yield from work([_checked(text, i, func)], config)


def _parallel(work: Callable[[list[str], Config | None], list[T]], texts: Iterable[str],
              n_jobs: int, chunksize: int, config: Config | None, func: str) -> Iterator[T]:
    it = iter(texts)
    index = 0
    exhausted = False
    # An error met while reading the input (a non-str item, or the input's own
    # exception) is raised once every document before it has been yielded, as
    # the serial path does.
    error: BaseException | None = None
    pending: deque[Future[list[T]]] = deque()
    max_pending = _AHEAD_PER_JOB * n_jobs

    def read_chunk() -> list[str]:
        nonlocal index, exhausted, error
        chunk: list[str] = []
        try:
            while len(chunk) < chunksize:
                try:
                    text = next(it)
                except StopIteration:
                    exhausted = True
                    break
                chunk.append(_checked(text, index, func))
                index += 1
        except Exception as e:  # noqa: BLE001 - re-raised in order below
            error = e
            exhausted = True
        return chunk

    executor = ProcessPoolExecutor(max_workers=n_jobs)
    try:
        while True:
            while not exhausted and len(pending) < max_pending:
                chunk = read_chunk()
                if chunk:
                    pending.append(executor.submit(work, chunk, config))
            if not pending:
                break
            results = pending.popleft().result()
            # Keep the workers busy while the caller consumes this chunk.
            if not exhausted:
                chunk = read_chunk()
                if chunk:
                    pending.append(executor.submit(work, chunk, config))
            yield from results
            del results
        if error is not None:
            raise error
    finally:
        # Also reached when the caller stops early (generator closed).
        executor.shutdown(wait=True, cancel_futures=True)
