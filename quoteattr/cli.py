"""The ``quoteattr`` command: text files, folders, JSONL corpora or stdin in; quotes out.

A ``.txt`` file (or stdin) is one document; a folder stands for every ``*.txt``
file under it.  A ``.jsonl`` file holds one JSON object per line with ``text``
(and optionally ``id``); the output then has one record per document.

``quoteattr evaluate GOLD.jsonl [PRED.jsonl]`` scores against annotated data
(see :mod:`quoteattr.evaluate`).

Exit status: 0 when every document was processed, 1 when some input could not
be read (the others are still processed and the output is still written), 2 for
a usage error.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import json
import os
import signal
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._batch import attribute_many, records_many
from ._model import Document, Record
from ._pipeline import Config

__all__ = ["main"]

#: Columns of ``--format csv``, one row per quote.
CSV_COLUMNS = ("id", "start", "end", "speaker", "speaker_id", "speaker_title", "speaker_start",
               "speaker_end", "cue", "rule", "confidence", "closed", "level", "speaker_from",
               "text")


class InputError(Exception):
    """Bad input: a file that cannot be read, a JSONL line that is not a document."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find the quotations in English text and say who said each one.",
        epilog="Also: 'quoteattr evaluate GOLD.jsonl [PRED.jsonl]' scores against annotated "
               "data ('quoteattr evaluate --help').",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE",
                   help="text files (one document each), folders (every *.txt inside, "
                        "recursively) or .jsonl corpora; stdin if none or '-'")
    p.add_argument("-f", "--format", choices=("text", "json", "jsonl", "csv", "html"),
                   default=None,
                   help="output format (default: text for people; jsonl for .jsonl input)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE (whole or not at all) instead of stdout")
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="JSONL field holding the text (default: text)")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSONL field holding the document id (default: id)")
    p.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    p.add_argument("--errors", default="strict",
                   choices=("strict", "replace", "ignore", "surrogateescape"),
                   help="what to do with undecodable bytes (default: strict = report the "
                        "file and byte offset and skip the document)")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="drop quotes whose attribution confidence is below X")
    p.add_argument("--attributed-only", action="store_true",
                   help="drop quotes for which no speaker was found (scare quotes, "
                        "titles, unattributed fragments)")
    p.add_argument("--no-nested", action="store_true",
                   help="drop quotes that stand inside another quote (annotated corpora "
                        "usually count only the outer one)")
    p.add_argument("--explain", action="store_true",
                   help="record and show for each quote every step of the attribution sieve "
                        "that ran: the rules that passed (and why) and the one that fired; "
                        "with -f json/jsonl each record gets a \"trace\" list")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; -1 = one per core)")
    p.add_argument("--version", action="version", version=_version())
    return p


def _version() -> str:
    from . import __version__

    return f"quoteattr {__version__}"


# --------------------------------------------------------------------------
# Input


def _expand(inputs: Sequence[str]) -> Iterator[str]:
    """Files as given, folders as their ``*.txt`` files (sorted), ``-`` for stdin."""
    if not inputs:
        yield "-"
        return
    for name in inputs:
        if name != "-" and os.path.isdir(name):
            yield from (str(p) for p in sorted(Path(name).rglob("*.txt")) if p.is_file())
        else:
            yield name


def _documents(inputs: Sequence[str], args: argparse.Namespace,
               errors: list[str]) -> Iterator[tuple[Any, str, bool]]:
    """(id, text, from_jsonl) for every readable document, streamed.

    Problems are appended to ``errors`` (and reported) and the document
    skipped; the rest are still processed.
    """
    for name in inputs:
        try:
            if name == "-":
                data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else None
                text = data.decode(args.encoding, args.errors) if data is not None \
                    else sys.stdin.read()
                yield "<stdin>", text, False
            elif name.endswith((".jsonl", ".ndjson")):
                yield from _jsonl(name, args, errors)
            else:
                with open(name, "rb") as fh:
                    raw = fh.read()
                yield name, raw.decode(args.encoding, args.errors), False
        except UnicodeDecodeError as e:
            _report(errors, f"{name}: not valid {args.encoding} at byte {e.start} "
                            f"(try --encoding or --errors replace)")
        except OSError as e:
            _report(errors, f"{name}: {e.strerror or e}")


def _jsonl(name: str, args: argparse.Namespace,
           errors: list[str]) -> Iterator[tuple[Any, str, bool]]:
    with open(name, "rb") as fh:
        offset = 0
        for lineno, raw in enumerate(fh, 1):
            start, offset = offset, offset + len(raw)
            try:
                line = raw.decode(args.encoding, args.errors)
            except UnicodeDecodeError as e:
                _report(errors, f"{name}:{lineno}: not valid {args.encoding} at byte "
                                f"{start + e.start}")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                _report(errors, f"{name}:{lineno}: not JSON ({e.msg})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get(args.text_field), str):
                _report(errors, f"{name}:{lineno}: no string field {args.text_field!r}")
                continue
            yield obj.get(args.id_field, f"{name}:{lineno}"), obj[args.text_field], True


def _report(errors: list[str], message: str) -> None:
    errors.append(message)
    print(f"quoteattr: {message}", file=sys.stderr)


# --------------------------------------------------------------------------
# Output


def _filter(recs: list[Record], args: argparse.Namespace) -> list[Record]:
    return [r for r in recs
            if r["confidence"] >= args.min_confidence
            and (not args.attributed_only or r["speaker_start"] is not None
                 or r["speaker"] is not None)
            and (not args.no_nested or r["level"] == 0)]


class _Writer:
    """Writes documents in one format; ``close`` finishes the output."""

    def __init__(self, out: TextIO, fmt: str, args: argparse.Namespace) -> None:
        self.out, self.fmt, self.args = out, fmt, args
        self.count = 0
        self.html_docs: list[tuple[str, Document]] = []
        if fmt == "csv":
            self.csv = csv.writer(out)
            self.csv.writerow(CSV_COLUMNS)

    def write(self, doc_id: Any, text: str, result: Document | list[Record],
              many: bool) -> None:
        """Write one document (a Document, or its records from a worker)."""
        if isinstance(result, Document):
            doc: Document | None = result
            recs = _filter(result.records(), self.args)
        else:
            doc = None
            recs = _filter(list(result), self.args)
        fmt, out = self.fmt, self.out
        if fmt == "text":
            _write_text(out, doc_id, recs, many, text)
        elif fmt == "jsonl":
            out.write(json.dumps({"id": doc_id, "quotes": recs}, ensure_ascii=False) + "\n")
        elif fmt == "json":
            obj = {"id": doc_id, "quotes": recs} if many else {"quotes": recs}
            dumped = json.dumps(obj, ensure_ascii=False, indent=2)
            if many:
                out.write(("[\n" if self.count == 0 else ",\n") + dumped)
            else:
                out.write(dumped + "\n")
        elif fmt == "csv":
            for r in recs:
                self.csv.writerow([doc_id if c == "id" else r.get(c) for c in CSV_COLUMNS])
        elif fmt == "html" and doc is not None:
            self.html_docs.append((str(doc_id), doc))
        self.count += 1

    def close(self, many: bool) -> None:
        if self.fmt == "json" and many:
            self.out.write("\n]\n" if self.count else "[]\n")
        if self.fmt == "html":
            from .html import render_corpus_html, render_html

            if len(self.html_docs) == 1 and not many:
                self.out.write(render_html(self.html_docs[0][1], title=self.html_docs[0][0]))
            else:
                self.out.write(render_corpus_html(self.html_docs))


def _write_text(out: TextIO, doc_id: Any, recs: list[Record], many: bool,
                text: str) -> None:
    if many:
        out.write(f"== {doc_id}\n")
    if not recs:
        out.write("(no quotes)\n")
    for r in recs:
        who = r["speaker"] or "(no speaker)"
        if r["speaker"] is None and r["speaker_start"] is not None:
            who = f"(unresolved: {text[r['speaker_start']:r['speaker_end']]})"
        q = r["text"] if len(r["text"]) <= 200 else r["text"][:197] + "..."
        out.write(f"“{q}”\n    — {who}   [{r['rule']}, cue: {r['cue'] or '-'}, "
                  f"confidence {r['confidence']:.2f}]\n")
        for step in r.get("trace", ()):
            out.write(f"      pass {step['pass']}  {step['rule']:<22} {step['result']:<6} "
                      f"{step['why']}\n")


def _results(inputs: Sequence[str], args: argparse.Namespace, errors: list[str], fmt: str,
             many: bool) -> Iterator[tuple[Any, str, Document | list[Record]]]:
    """(id, text, Document or records) per document, in input order, streamed;
    in worker processes with ``--jobs``; with a progress bar on a terminal."""
    pending: deque[tuple[Any, str]] = deque()

    def texts() -> Iterator[str]:
        for doc_id, text, _ in _documents(inputs, args, errors):
            pending.append((doc_id, text))
            yield text

    config = Config(explain=True) if args.explain else None
    results: Iterator[Document | list[Record]]
    if fmt in ("html",) or args.jobs == 1:
        results = attribute_many(texts(), n_jobs=args.jobs, config=config)
    else:  # only the records travel back from the workers
        results = records_many(texts(), n_jobs=args.jobs, config=config)
    results = _progress(results, many)
    for result in results:
        doc_id, text = pending.popleft()
        yield doc_id, text, result


def _progress(items: Iterator[Any], many: bool) -> Iterator[Any]:
    """A progress bar on stderr for multi-document input when stderr is a terminal."""
    if not many or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm comes with nltk
        return items
    return iter(tqdm(items, unit="doc", file=sys.stderr, leave=False))


@contextlib.contextmanager
def _output(path: str | None, signalled: list[int]) -> Iterator[TextIO]:
    """stdout, or a file that appears whole or not at all (written aside, then renamed)."""
    if not path or path == "-":
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".quoteattr-", suffix=".tmp", dir=folder)
    # SIGTERM and SIGHUP raise SystemExit, so that the temporary file is removed
    restore = _stop_on_signals(("SIGTERM", "SIGHUP"), signalled)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        restore()


def _raise_for(signum: int) -> None:
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise SystemExit(128 + signum)


def _stop_on_signals(names: Sequence[str], signalled: list[int]) -> Callable[[], None]:
    """Make the named signals stop the run: each raises (``KeyboardInterrupt``
    for SIGINT, ``SystemExit`` otherwise) and is noted in ``signalled``, which
    the loop over documents checks (:func:`_check`).  Python ignores an
    exception raised in a finalizer (NLTK's import leaves ``regex`` parse trees
    that the garbage collector finalizes a moment later): without the note, a
    Ctrl-C that lands there would be lost and the run would go on to the end.
    Returns a function that puts the previous handlers back."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    old = {}

    def stop(signum: int, frame: object) -> None:
        signalled.append(signum)
        _raise_for(signum)

    for name in names:
        sig = getattr(signal, name, None)
        if sig is not None:
            old[sig] = signal.signal(sig, stop)

    def restore() -> None:
        for sig, handler in old.items():
            signal.signal(sig, handler)

    return restore


def _check(signalled: list[int]) -> None:
    """Raise for a stop signal whose exception was lost (see :func:`_stop_on_signals`)."""
    if signalled:
        _raise_for(signalled[0])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["evaluate"]:
        from .evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs == 0 or args.jobs < -1:
        parser.error(f"--jobs must be a positive number of processes or -1, not {args.jobs}")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(f"unknown --encoding {args.encoding!r}")
    if args.output and args.output != "-":
        if os.path.isdir(args.output):
            parser.error(f"-o {args.output}: is a folder; name a file")
        folder = os.path.dirname(os.path.abspath(args.output))
        if not os.path.isdir(folder):
            parser.error(f"-o {args.output}: the folder {folder} does not exist")
    # a lone surrogate (from JSON escapes or --errors surrogateescape) is written
    # as a \udXXX escape, which JSON readers turn back into the same character
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    errors: list[str] = []
    inputs = list(_expand(args.inputs))
    many = len(inputs) > 1 or any(i.endswith((".jsonl", ".ndjson")) for i in inputs)
    fmt = args.format or ("jsonl" if any(i.endswith((".jsonl", ".ndjson")) for i in inputs)
                          else "text")
    signalled: list[int] = []
    restore = _stop_on_signals(("SIGINT",), signalled)
    try:
        with _output(args.output, signalled) as out:
            writer = _Writer(out, fmt, args)
            for doc_id, text, result in _results(inputs, args, errors, fmt, many):
                _check(signalled)
                writer.write(doc_id, text, result, many)
            _check(signalled)
            writer.close(many)
    except BrokenPipeError:
        # the reader went away (quoteattr … | head): not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        print("quoteattr: interrupted", file=sys.stderr)
        return 130
    finally:
        restore()
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
