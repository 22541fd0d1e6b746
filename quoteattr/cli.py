"""The ``quoteattr`` command: text files, JSONL corpora or stdin in; quotes out.

A ``.txt`` file (or stdin) is one document.  A ``.jsonl`` file holds one JSON
object per line with ``text`` (and optionally ``id``); the output then has one
line per document: ``{"id": ..., "quotes": [...]}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from ._pipeline import attribute

__all__ = ["main"]


class InputError(Exception):
    """Bad input: a file that cannot be read, a JSONL line that is not a document."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find the quotations in English text and say who said each one.",
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="text files (one document each) or .jsonl corpora; stdin if none or '-'")
    p.add_argument("-f", "--format", choices=("text", "json", "jsonl"), default=None,
                   help="output format (default: text for people; jsonl for .jsonl input)")
    p.add_argument("--text-field", default="text", help="JSONL field holding the text")
    p.add_argument("--id-field", default="id", help="JSONL field holding the document id")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="drop quotes whose attribution confidence is below X")
    p.add_argument("--attributed-only", action="store_true",
                   help="drop quotes for which no speaker mention was found")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--version", action="version", version=_version())
    return p


def _version() -> str:
    from . import __version__

    return f"quoteattr {__version__}"


def _documents(files: Sequence[str], text_field: str,
               id_field: str) -> Iterator[tuple[str, Any, str, bool]]:
    """(source name, id, text, from_jsonl) for every input document, streamed."""
    if not files:
        files = ["-"]
    for name in files:
        if name == "-":
            fh: TextIO = sys.stdin
            is_jsonl = False
            label = "<stdin>"
        else:
            try:
                fh = open(name, encoding="utf-8")  # noqa: SIM115
            except OSError as e:
                raise InputError(f"{name}: {e.strerror or e}") from None
            is_jsonl = name.endswith((".jsonl", ".ndjson"))
            label = name
        try:
            if is_jsonl:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as e:
                        raise InputError(f"{label}:{lineno}: not JSON: {e.msg}") from None
                    if not isinstance(obj, dict) or not isinstance(obj.get(text_field), str):
                        raise InputError(f"{label}:{lineno}: no string field {text_field!r}")
                    yield label, obj.get(id_field, lineno), obj[text_field], True
            else:
                try:
                    text = fh.read()
                except UnicodeDecodeError as e:
                    raise InputError(f"{label}: not UTF-8 at byte {e.start}") from None
                yield label, label, text, False
        finally:
            if fh is not sys.stdin:
                fh.close()


def _records(text: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    recs = attribute(text).records()
    return [r for r in recs
            if r["confidence"] >= args.min_confidence
            and (not args.attributed_only or r["speaker_start"] is not None)]


def _write_text(out: TextIO, label: str, doc_id: Any, recs: list[dict[str, Any]],
                many: bool) -> None:
    if many:
        out.write(f"== {doc_id if doc_id is not None else label}\n")
    if not recs:
        out.write("(no quotes)\n")
    for r in recs:
        who = r["speaker"] or "(no speaker)"
        if r["speaker"] is None and r["speaker_start"] is not None:
            who = "(unresolved pronoun)"
        q = r["text"] if len(r["text"]) <= 200 else r["text"][:197] + "..."
        out.write(f"“{q}”\n    — {who}   [{r['rule']}, cue: {r['cue'] or '-'}, "
                  f"confidence {r['confidence']:.2f}]\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    out: TextIO = sys.stdout
    if args.output:
        out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    status = 0
    try:
        many = len(args.files) > 1 or any(f.endswith((".jsonl", ".ndjson")) for f in args.files)
        for label, doc_id, text, from_jsonl in _documents(args.files, args.text_field,
                                                          args.id_field):
            fmt = args.format or ("jsonl" if from_jsonl else "text")
            recs = _records(text, args)
            if fmt == "text":
                _write_text(out, label, doc_id, recs, many)
            elif fmt == "jsonl":
                out.write(json.dumps({"id": doc_id, "quotes": recs}, ensure_ascii=False) + "\n")
            else:
                obj = {"id": doc_id, "quotes": recs} if many else {"quotes": recs}
                out.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    except InputError as e:
        print(f"quoteattr: {e}", file=sys.stderr)
        status = 1
    except BrokenPipeError:
        status = 0
    finally:
        if out is not sys.stdout:
            out.close()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
