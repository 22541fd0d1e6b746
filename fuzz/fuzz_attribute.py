"""Coverage-guided fuzzing of quoteattr with atheris (libFuzzer for Python).

    pip install atheris
    python fuzz/fuzz_attribute.py -max_total_time=300 -max_len=4096 fuzz/corpus

Each input is decoded as UTF-8 with ``surrogatepass`` (so lone surrogates get through)
and falls back to ``latin-1``; the text then goes through ``attribute``, ``find_quotes``,
``split_sentences``, ``to_dict`` + ``json.dumps`` and ``render_html``, and every span is
checked against the text.  Any exception, or a broken invariant, is a crash that
libFuzzer saves as ``crash-<sha1>`` for replay (``python fuzz/fuzz_attribute.py crash-…``).
"""

from __future__ import annotations

import json
import re
import sys

import atheris

with atheris.instrument_imports():
    import quoteattr
    from quoteattr.html import render_html

#: Seeds a fresh corpus directory starts from (libFuzzer mutates these).
SEEDS = [
    "“We will rebuild,” Mayor Ann Lee said on Monday.",
    "Secretary of State Jane Roe told reporters: “The talks went well.” He disagreed.",
    "“a ‘b “c” d’ e,” Mr. Haddad said.\n\n“More\n\n“And more,” he said.",
    "«Nous», a dit M. Roe. „Ja“, sagte sie. 「はい」と彼は言った。",
    "I’m sure Russia’s ’90s rock ’n’ roll was ‘so-called’ art, she said.",
    "Sen. Ann Lee (D-N.Y.) said at 5 p.m. that the U.S. would “act.”",
]


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _spans(text: str, records: object) -> None:
    for x in records:  # type: ignore[attr-defined]
        if text[x.start:x.end] != x.text:
            raise AssertionError(f"span {x.start}:{x.end} does not slice to {x.text!r}")


def test_one_input(data: bytes) -> None:
    text = _decode(data)
    doc = quoteattr.attribute(text)
    for name in ("paragraphs", "sentences", "quotes", "mentions"):
        _spans(text, getattr(doc, name))
    for q, r in zip(doc.quotes, doc.records(), strict=True):
        s, e = r["speaker_start"], r["speaker_end"]
        if s is not None and not (e <= q.start or s >= q.end):
            raise AssertionError(f"speaker mention {s}:{e} inside its quote {q}")
    _spans(text, quoteattr.find_quotes(text))
    _spans(text, quoteattr.split_sentences(text))
    loaded = json.loads(json.dumps(doc.to_dict()))
    # A high+low surrogate pair (two code points) loads back as one astral character:
    # a known limit of JSON, documented in docs/reliability.rst.
    if loaded != doc.to_dict() and not _SURROGATE_PAIR.search(text):
        raise AssertionError("to_dict does not survive JSON")
    page = render_html(doc)
    page.encode("utf-8")
    if "<script" in page.lower():
        raise AssertionError("unescaped <script> in the HTML page")


def main() -> None:
    import os

    args = sys.argv
    corpus = next((a for a in args[1:] if not a.startswith("-") and os.path.isdir(a)), None)
    if corpus is not None and not os.listdir(corpus):
        for i, seed in enumerate(SEEDS):
            with open(os.path.join(corpus, f"seed-{i}"), "wb") as fh:
                fh.write(seed.encode("utf-8"))
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
