"""The ``quoteattr`` command: text files, folders, JSONL corpora or stdin in; quotes out.

A ``.txt`` file (or stdin) is one document; a folder stands for every ``*.txt``
file under it.  A ``.jsonl`` file holds one JSON object per line with ``text``
(and optionally ``id``); the output then has one record per document.

``quoteattr evaluate GOLD.jsonl [PRED.jsonl]`` scores against annotated data
(see :mod:`quoteattr.evaluate`).

Exit status: 0 when every document was processed, 1 when some input could not
be read (the others are still processed and the output is still written; a
folder with no ``*.txt`` file counts as such an input), 2 for a usage error, 3
when the output could not be written (a full disk, no permission: one line on
stderr, and a file named by ``-o`` is left as it was), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import errno
import json
import os
import re
import signal
import stat
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._batch import attribute_many, records_many
from ._model import Document, Record
from ._pipeline import Config

__all__ = ["main"]

#: Columns of ``--format csv``, one row per quote (and per report, with ``--indirect``).
CSV_COLUMNS = ("id", "kind", "start", "end", "speaker", "speaker_id", "speaker_title",
               "speaker_start", "speaker_end", "cue", "rule", "confidence", "closed", "level",
               "speaker_from", "text")


class InputError(Exception):
    """Bad input: a file that cannot be read, a JSONL line that is not a document."""


#: Exit status: every document processed; some input could not be read; a usage
#: error; the output could not be written; stopped by Ctrl-C.
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

DECODE_ERRORS = ("strict", "replace", "ignore", "surrogateescape")


class DeprecatedAlias(argparse.Action):
    """The old spelling of a renamed option: it still works, and says what to use instead.

    Hidden from ``--help``; the note goes to stderr, the output is unchanged.
    """

    def __init__(self, option_strings: Sequence[str], dest: str, *, new: str,
                 **kwargs: Any) -> None:
        super().__init__(option_strings, dest, default=argparse.SUPPRESS,
                         help=argparse.SUPPRESS, **kwargs)
        self.new = new

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        print(f"{parser.prog}: {option_string} is deprecated and will be removed; "
              f"use {self.new}", file=sys.stderr)
        setattr(namespace, self.dest, values)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find the quotations in English text and say who said each one.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="exit status:\n"
               "  0    every document was processed\n"
               "  1    some input could not be read (reported; the others are still written)\n"
               "  2    usage error\n"
               "  3    the output could not be written (reported; a regular file named by -o\n"
               "       is left as it was)\n"
               "  130  interrupted\n\n"
               "'quoteattr evaluate GOLD.jsonl [PRED.jsonl]' scores against annotated data\n"
               "('quoteattr evaluate --help'); 'quoteattr -- evaluate' reads a file named\n"
               "evaluate.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE",
                   help="text files (one document each), folders (every *.txt inside, "
                        "recursively) or .jsonl corpora; stdin if none or '-'")
    p.add_argument("-f", "--format", choices=("text", "json", "jsonl", "csv", "html"),
                   default=None,
                   help="output format (default: text for people; jsonl for .jsonl input)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE instead of stdout: a regular file is replaced whole "
                        "or not at all (through symlinks, keeping its mode); a pipe or "
                        "device is written into")
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="JSONL field holding the text (default: text)")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSONL field holding the document id (default: id)")
    p.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    p.add_argument("--decode-errors", default="strict", choices=DECODE_ERRORS,
                   help="what to do with input bytes that are not valid in --encoding "
                        "(default: strict = report the file and byte offset and skip the "
                        "document)")
    p.add_argument("--errors", dest="decode_errors", choices=DECODE_ERRORS,
                   action=DeprecatedAlias, new="--decode-errors")
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
    p.add_argument("--indirect", action="store_true",
                   help="also find reported speech, what people said without quote marks "
                        "(\"Lee said a deal was close\"): records of kind \"indirect\"")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; -1 = one per core)")
    p.add_argument("--version", action="version", version=_version())
    return p


def _version() -> str:
    from . import __version__

    return f"quoteattr {__version__}"


# --------------------------------------------------------------------------
# Input


def _expand(inputs: Sequence[str], errors: list[str]) -> list[str]:
    """Files as given, folders as their ``*.txt`` files (sorted), ``-`` for stdin.

    A folder with no ``*.txt`` file in it is reported like an unreadable input.
    """
    if not inputs:
        return ["-"]
    out = []
    for name in inputs:
        if name != "-" and os.path.isdir(name):
            found = [str(p) for p in sorted(Path(name).rglob("*.txt")) if p.is_file()]
            if not found:
                _report(errors, f"{name}: no *.txt files in this folder")
            out.extend(found)
        else:
            out.append(name)
    return out


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
                text = data.decode(args.encoding, args.decode_errors) if data is not None \
                    else sys.stdin.read()
                yield "<stdin>", text, False
            elif name.endswith((".jsonl", ".ndjson")):
                yield from _jsonl(name, args, errors)
            else:
                with open(name, "rb") as fh:
                    raw = fh.read()
                yield name, raw.decode(args.encoding, args.decode_errors), False
        except UnicodeDecodeError as e:
            _report(errors, f"{name}: not valid {args.encoding} at byte {e.start} "
                            f"(try --encoding or --decode-errors replace)")
        except OSError as e:
            _report(errors, f"{name}: {e.strerror or e}")


def _jsonl(name: str, args: argparse.Namespace,
           errors: list[str]) -> Iterator[tuple[Any, str, bool]]:
    with open(name, "rb") as fh:
        offset = 0
        for lineno, raw in enumerate(fh, 1):
            start, offset = offset, offset + len(raw)
            try:
                line = raw.decode(args.encoding, args.decode_errors)
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
    _Progress.message(f"quoteattr: {message}")


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

    def __init__(self, out: _Sink, fmt: str, args: argparse.Namespace) -> None:
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


def _write_text(out: _Sink, doc_id: Any, recs: list[Record], many: bool,
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
        if r.get("kind") == "indirect":
            q = f"(reported) {q}"
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

    config = Config(explain=args.explain, indirect=args.indirect) \
        if args.explain or args.indirect else None
    results: Iterator[Document | list[Record]]
    if fmt in ("html",) or args.jobs == 1:
        results = attribute_many(texts(), n_jobs=args.jobs, config=config)
    else:  # only the records travel back from the workers
        results = records_many(texts(), n_jobs=args.jobs, config=config)
    # the number of documents is known (and shown, with the time left) when every
    # input is a file; a corpus is not read twice to count its lines
    total = None if any(i == "-" or _is_corpus(i) for i in inputs) else len(inputs)
    with _Progress.of(many, total) as bar:
        counted = len(errors)
        for result in results:
            doc_id, text = pending.popleft()
            yield doc_id, text, result
            # with a total, the files that could not be read count as done too
            skipped, counted = (len(errors) - counted, len(errors)) if total else (0, 0)
            bar.update(1 + skipped)


def _is_corpus(name: str) -> bool:
    return name.endswith((".jsonl", ".ndjson"))


class _Progress:
    """A progress bar on stderr (documents done, and of how many with the time left
    when that is known) for multi-document input when stderr is a terminal.

    It is tqdm's when tqdm is installed, else a one-line counter of its own.
    Messages (:meth:`message`) go above the bar.
    """

    #: The bar on screen (ours or tqdm's), if any; one at a time, for the one run of main().
    shown: Any = None

    def __init__(self, total: int | None) -> None:
        self.total, self.done = total, 0
        self.start = self.last = time.monotonic()
        self.width = 0
        self.draw()

    @classmethod
    @contextlib.contextmanager
    def of(cls, many: bool, total: int | None) -> Iterator[Any]:
        """The bar to update after each document (one that does nothing when none is shown)."""
        if not many or not sys.stderr.isatty():
            yield _NoProgress()
            return
        try:
            from tqdm import tqdm
        except ImportError:  # tqdm is optional
            bar: Any = cls(total)
        else:
            bar = tqdm(total=total, unit="doc", file=sys.stderr, leave=False)
        cls.shown = bar
        try:
            yield bar
        finally:
            cls.shown = None
            bar.close()

    @classmethod
    def message(cls, line: str) -> None:
        """Print a line on stderr above the bar."""
        bar = cls.shown
        if bar is None:
            print(line, file=sys.stderr)
        elif isinstance(bar, _Progress):
            bar.clear()
            print(line, file=sys.stderr)
            bar.draw()
        else:
            bar.write(line, file=sys.stderr)

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= 0.2 or self.done >= (self.total or 0) > 0:
            self.last = now
            self.draw()

    def draw(self) -> None:
        elapsed = time.monotonic() - self.start
        rate = self.done / elapsed if elapsed > 0 and self.done else 0.0
        if self.total is None:
            line = f"{self.done} docs"
        else:
            line = f"{self.done}/{self.total} docs"
            if rate:
                left = int((self.total - self.done) / rate)
                line += f", {left // 60}:{left % 60:02d} left"
        if rate:
            line += f" ({rate:.1f} docs/s)"
        self.clear()
        sys.stderr.write(line)
        sys.stderr.flush()
        self.width = len(line)

    def clear(self) -> None:
        if self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            self.width = 0

    def close(self) -> None:
        self.clear()
        sys.stderr.flush()


class _NoProgress:
    def update(self, n: int = 1) -> None:
        pass


class OutputError(Exception):
    """The output cannot be written: a full disk, no permission, a target that cannot be opened."""

    def __init__(self, name: str, error: OSError, kept: bool = False) -> None:
        self.name, self.error, self.kept = name, error, kept
        super().__init__(str(self))

    def __str__(self) -> str:
        why = self.error.strerror or str(self.error)
        note = f"; {self.name} was not changed" if self.kept else ""
        return f"cannot write {self.name}: {why}{note}"


class _Sink:
    """The output stream; a failed write raises :class:`OutputError` (a closed
    pipe still raises ``BrokenPipeError``, which is not an error)."""

    def __init__(self, stream: TextIO, name: str, kept: bool = False) -> None:
        self.stream, self.name, self.kept = stream, name, kept

    def write(self, s: str) -> int:
        try:
            return self.stream.write(s)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise OutputError(self.name, e, self.kept) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise OutputError(self.name, e, self.kept) from None


#: The fd folders of /proc (and /dev/fd where it is a real folder, as on macOS).
_FD_FOLDER = re.compile(r"/proc/(self|thread-self|\d+)(?:/task/\d+)?/fd|/dev/fd")


def _resolve(path: str) -> tuple[str, int | None]:
    """Where ``-o PATH`` writes: the path with its symlinks followed, and the file
    descriptor of this process it names (``/dev/stdout``, ``/dev/fd/3``, a
    process substitution's ``/dev/fd/63``), if it names one."""
    p = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on a chain of symlinks
        folder = os.path.realpath(os.path.dirname(p))
        name = os.path.basename(p)
        p = os.path.join(folder, name)
        fd_folder = _FD_FOLDER.fullmatch(folder)
        if fd_folder and name.isdigit():
            pid = fd_folder.group(1)
            if pid in (None, "self", "thread-self", str(os.getpid())):
                return p, int(name)
            return p, None  # another process's descriptor: opened as it is
        if not os.path.islink(p):
            return p, None
        p = os.path.join(folder, os.readlink(p))
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), path)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _give_mode(fd: int, old: os.stat_result | None) -> None:
    """Give the temporary file the mode (and, where allowed, the owner) of the file
    it replaces, or a new file's mode under the umask (``mkstemp`` makes it 0600)."""
    with contextlib.suppress(OSError):  # a file system without modes or owners
        if old is None:
            os.fchmod(fd, 0o666 & ~_umask())
            return
        if (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
            try:
                os.fchown(fd, old.st_uid, old.st_gid)
            except OSError:  # only root may give a file away; a group of ours is allowed
                with contextlib.suppress(OSError):
                    os.fchown(fd, -1, old.st_gid)
        os.fchmod(fd, stat.S_IMODE(old.st_mode))


@contextlib.contextmanager
def _output(path: str | None, signalled: list[int]) -> Iterator[_Sink]:
    """Where the output goes (see ``-o`` in docs/cli.rst).

    * stdout, for no path or ``-``;
    * a regular file (or a new one), through any symlinks: written whole or not
      at all, to a temporary file beside it that is renamed over it at the end,
      with the old file's mode and owner or the umask's mode;
    * anything else (a pipe, a terminal, a device, ``/dev/stdout``,
      ``/dev/fd/N``): written straight into it.

    Every failure to write raises :class:`OutputError`, with no temporary file left.
    """
    if not path or path == "-":
        sink = _Sink(sys.stdout, "standard output")
        yield sink
        sink.flush()
        return
    try:
        real, fd = _resolve(path)
        try:
            old = os.stat(real) if fd is None else None
        except FileNotFoundError:
            old = None
        if fd is not None or (old is not None and not stat.S_ISREG(old.st_mode)):
            stream = (os.fdopen(os.dup(fd), "w", encoding="utf-8", errors="backslashreplace",
                                newline="") if fd is not None else
                      open(real, "w", encoding="utf-8", errors="backslashreplace",  # noqa: SIM115
                           newline=""))
        else:
            stream = None
    except OSError as e:
        raise OutputError(path, e) from None
    if stream is not None:  # written straight into
        try:
            sink = _Sink(stream, path)
            yield sink
            sink.flush()
        except BaseException:
            with contextlib.suppress(OSError):
                stream.close()
            raise
        try:
            stream.close()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise OutputError(path, e) from None
        return
    folder = os.path.dirname(real)
    try:
        tmp_fd, tmp = tempfile.mkstemp(prefix=".quoteattr-", suffix=".tmp", dir=folder)
    except OSError as e:
        # the file itself may be writable: its folder must be too
        raise OutputError(f"{path} (its temporary file in {folder})", e) from None
    # SIGTERM and SIGHUP raise SystemExit, so that the temporary file is removed
    restore = _stop_on_signals(("SIGTERM", "SIGHUP"), signalled)
    try:
        fh = os.fdopen(tmp_fd, "w", encoding="utf-8", errors="backslashreplace", newline="")
        try:
            yield _Sink(fh, path, kept=True)
            try:
                fh.flush()
                _give_mode(tmp_fd, old)
                os.fsync(tmp_fd)  # a full disk can show only here (NFS, delayed allocation)
                fh.close()
                os.replace(tmp, real)
            except OSError as e:
                raise OutputError(path, e, kept=True) from None
        finally:
            with contextlib.suppress(OSError):
                fh.close()
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
        with contextlib.suppress(OSError):  # a loop of symlinks is reported when opened
            real, fd = _resolve(args.output)
            folder = os.path.dirname(real)
            if fd is None and not os.path.isdir(folder):
                parser.error(f"-o {args.output}: the folder {folder} does not exist")
    # a lone surrogate (from JSON escapes or --decode-errors surrogateescape) is written
    # as a \udXXX escape, which JSON readers turn back into the same character
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    errors: list[str] = []
    inputs = _expand(args.inputs, errors)
    # several documents (or none, from empty folders): json writes an array, text
    # heads each document with its id
    many = len(inputs) != 1 or any(_is_corpus(i) for i in inputs)
    fmt = args.format or ("jsonl" if any(_is_corpus(i) for i in inputs) else "text")
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
        return EXIT_OK
    except OutputError as e:
        print(f"quoteattr: {e}", file=sys.stderr)
        if not args.output or args.output == "-":
            # what is still buffered for stdout would fail again at exit
            with contextlib.suppress(OSError, ValueError, AttributeError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                os.close(devnull)
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        print("quoteattr: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        restore()
    return EXIT_INPUT if errors else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
