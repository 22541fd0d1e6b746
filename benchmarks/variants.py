"""Write offset-preserving variants of an annotated JSONL file (print layouts).

    python benchmarks/variants.py GOLD.jsonl MODE OUT.jsonl
    python -m quoteattr evaluate OUT.jsonl --show-errors 0

Each variant's text has the same length as the original and every annotation
keeps its offsets (a quote's ``text`` is re-sliced from the new text), so the
same gold scores it.  ``MODE`` joins these words with ``-``:

``wrap``
    hard-wrap at 70 columns: the space where a line would overflow becomes a
    line break (blank lines kept);
``tab`` / ``indent``
    a paragraph break ``\\n\\n`` becomes ``\\n\\t`` / ``\\n `` (an indented first
    line, no blank line: print layout);
``flat``
    a paragraph break ``\\n\\n`` becomes `` \\n`` (no blank line, no indentation:
    a paragraph ends where a line ends short);
``straight``
    curly quotation marks become straight ones;
``british``
    British-style marks: curly doubles become singles (``“…”`` -> ``‘…’``) and
    an inner ``‘…’`` pair (its closing ``’`` not between two letters, within
    the paragraph) becomes doubles.  Originals that already mix marks (``“…"``)
    turn into odd pairs: artefacts of the variant, not of British text;
``single``
    straight double marks ``"`` become straight singles ``'`` (British style in
    plain ASCII, for texts quoted with straight marks, where ``british`` changes
    nothing; inner straight singles are left as they are).

E.g. ``wrap-tab``.  Prints how many documents it wrote; it times nothing.
"""

from __future__ import annotations

import json
import sys


def wrap(text: str, width: int = 70) -> str:
    """``text`` with the last space before each overflowing column turned into a line break."""
    out = list(text)
    col, last_space = 0, -1
    for i, ch in enumerate(text):
        if ch == "\n":
            col, last_space = 0, -1
            continue
        if ch == " ":
            last_space = i
        col += 1
        if col > width and last_space >= 0:
            out[last_space] = "\n"
            col, last_space = i - last_space, -1
    return "".join(out)


def british(text: str) -> str:
    """``text`` with curly doubles made singles and inner single pairs made doubles."""
    out = list(text.replace("\u201c", "\u2018").replace("\u201d", "\u2019"))
    i = 0
    while True:
        i = text.find("\u2018", i)
        if i < 0:
            break
        j = i + 1
        while j < len(text):
            if text[j] in "\u201c\u201d\n":
                j = -1
                break
            if text[j] == "\u2019" and not (
                    j + 1 < len(text) and text[j + 1].isalpha() and text[j - 1].isalpha()):
                break
            j += 1
        if 0 < j < len(text):
            out[i], out[j] = "\u201c", "\u201d"
        i += 1
    return "".join(out)


def variant(text: str, mode: str) -> str:
    """``text`` laid out as ``mode`` says (see the module docstring); same length."""
    words = set(mode.split("-"))
    unknown = words - {"wrap", "tab", "indent", "flat", "straight", "british", "single"}
    if unknown:
        raise SystemExit(f"unknown mode word(s): {sorted(unknown)}")
    if "wrap" in words:
        text = wrap(text)
    if "straight" in words:
        text = (text.replace("\u201c", '"').replace("\u201d", '"')
                .replace("\u2018", "'").replace("\u2019", "'"))
    if "british" in words:
        text = british(text)
    if "single" in words:
        text = text.replace('"', "'")
    if "tab" in words:
        text = text.replace("\n\n", "\n\t")
    if "indent" in words:
        text = text.replace("\n\n", "\n ")
    if "flat" in words:
        text = text.replace("\n\n", " \n")
    return text


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        raise SystemExit(__doc__)
    src, mode, dst = argv
    n = 0
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
        for line in f:
            doc = json.loads(line)
            text = variant(doc["text"], mode)
            assert len(text) == len(doc["text"])
            doc["text"] = text
            for key in ("quotes", "indirect"):
                for q in doc.get(key) or []:
                    if isinstance(q, dict) and "start" in q:
                        q["text"] = text[q["start"]:q["end"]]
            g.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} documents written to {dst} ({mode})")


if __name__ == "__main__":
    main(sys.argv[1:])
