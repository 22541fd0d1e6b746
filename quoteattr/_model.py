"""The data model: frozen records that point into the one original string.

Every record that covers part of the text holds ``start``/``end`` offsets into
the original string and the ``text`` those offsets slice out, so that
``doc.text[x.start:x.end] == x.text`` for every record ``x``.  The text itself is
never modified or normalised.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "Attribution",
    "Document",
    "Mention",
    "Paragraph",
    "Quote",
    "Sentence",
    "Speaker",
]


def _check_text(instance: Any, attribute: attrs.Attribute, value: str) -> None:
    """One validator for the whole span (one call per record, not three):
    ``start``/``end`` are ints with ``0 <= start <= end`` and ``text`` has
    exactly ``end - start`` characters."""
    start, end = instance.start, instance.end
    if type(start) is not int or type(end) is not int:
        bad = "start" if type(start) is not int else "end"
        raise TypeError(f"{bad} must be an int, got {type(getattr(instance, bad)).__name__}")
    if type(value) is not str and not isinstance(value, str):
        raise TypeError(f"text must be a str, got {type(value).__name__}")
    if not 0 <= start <= end:
        raise ValueError(f"the span [{start}, {end}) must have 0 <= start <= end")
    if len(value) != end - start:
        raise ValueError(
            f"text has {len(value)} characters but the span [{start}, {end}) has {end - start}"
        )


@attrs.frozen
class Paragraph:
    """A paragraph: a line, or a block of wrapped lines between blank lines."""

    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field(validator=_check_text, repr=False)
    index: int = 0


@attrs.frozen
class Sentence:
    """A sentence, found by Punkt; ``reason`` says why it ends where it does."""

    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field(validator=_check_text, repr=False)
    paragraph: int = 0
    reason: str = ""


@attrs.frozen
class Quote:
    """A quoted span.

    ``start``/``end``/``text`` cover the content *without* the marks;
    ``outer_start``/``outer_end`` include the marks that were found.
    ``closed`` is false when the quote was still open at the end of its
    paragraph.  ``level`` is 0 for an outermost quote, 1 for a quote inside it,
    and so on.  ``continues`` is the index (in :attr:`Document.quotes`) of the
    quote this one carries on from, for a quotation that runs over a
    paragraph break, else ``None``.
    """

    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field(validator=_check_text)
    outer_start: int
    outer_end: int
    open_mark: str
    close_mark: str
    closed: bool = True
    level: int = 0
    paragraph: int = 0
    continues: int | None = None


@attrs.frozen
class Mention:
    """A place where the text names a possible speaker.

    ``kind`` is one of ``"name"`` (a proper name, perhaps with a title),
    ``"pronoun"``, ``"nominal"`` (``the spokesperson``) or ``"org"``
    (``the Kremlin``).  ``name`` is the name without title or determiner
    (for a pronoun, the pronoun itself); ``title`` the title or role seen with
    it.  ``gender`` is ``"m"``, ``"f"`` or ``None``; ``plural`` says whether it
    refers to several people.
    """

    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field(validator=_check_text)
    kind: str
    name: str
    title: str | None = None
    gender: str | None = None
    plural: bool = False


@attrs.frozen
class Speaker:
    """One person or body across the document: a cluster of mentions."""

    id: int
    name: str
    title: str | None
    kind: str
    mentions: tuple[tuple[int, int], ...] = ()


@attrs.frozen
class Attribution:
    """Why a quote got its speaker (or why it got none).

    ``rule`` is the name of the sieve rule that decided, ``cue`` the speech
    verb or phrase (with ``cue_start``/``cue_end``), ``mention_start``/
    ``mention_end`` the span that names the speaker near this quote (the
    ``he`` or ``Rubio``), ``confidence`` a number in [0, 1].
    """

    quote: int
    speaker: int | None
    rule: str
    confidence: float
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@attrs.frozen
class Document:
    """Everything quoteattr found in one text."""

    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: tuple[Mention, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    attributions: tuple[Attribution, ...] = ()

    def speaker_of(self, quote_index: int) -> Speaker | None:
        """The speaker of ``quotes[quote_index]``, or ``None``."""
        sid = self.attributions[quote_index].speaker
        return None if sid is None else self.speakers[sid]

    def records(self) -> list[dict[str, Any]]:
        """One flat, JSON-ready record per quote, in text order."""
        out = []
        for q, a in zip(self.quotes, self.attributions, strict=True):
            sp = None if a.speaker is None else self.speakers[a.speaker]
            out.append(
                {
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "speaker": sp.name if sp else None,
                    "speaker_title": sp.title if sp else None,
                    "speaker_start": a.mention_start,
                    "speaker_end": a.mention_end,
                    "cue": a.cue,
                    "rule": a.rule,
                    "confidence": a.confidence,
                    "closed": q.closed,
                    "level": q.level,
                }
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the text, the quotes as flat records, and the speakers."""
        return {
            "text": self.text,
            "quotes": self.records(),
            "speakers": [
                {
                    "id": s.id,
                    "name": s.name,
                    "title": s.title,
                    "kind": s.kind,
                    "mentions": [list(m) for m in s.mentions],
                }
                for s in self.speakers
            ],
        }
