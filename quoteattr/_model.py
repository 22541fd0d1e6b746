"""The data model: frozen records that point into the one original string.

Every record that covers part of the text holds ``start``/``end`` offsets into
the original string and the ``text`` those offsets slice out, so that
``doc.text[x.start:x.end] == x.text`` for every record ``x``.  The text itself is
never modified or normalised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from itertools import starmap
from typing import TYPE_CHECKING, Any, NamedTuple, TypedDict

import attrs

__all__ = [
    "Attribution",
    "Document",
    "Mention",
    "Paragraph",
    "Quote",
    "Report",
    "Sentence",
    "Speaker",
    "Step",
    "Record",
    "TraceStep",
]


def _check_text(instance: Any, attribute: attrs.Attribute, value: str) -> None:
    """The validator of a record's ``text`` (see :func:`_check_span`)."""
    _check_span(instance.start, instance.end, value)


def _check_span(start: Any, end: Any, text: Any) -> None:
    """One check for the whole span (one call per record, not three):
    ``start``/``end`` are ints with ``0 <= start <= end`` and ``text`` is a
    ``str`` of exactly ``end - start`` characters."""
    if type(start) is not int or type(end) is not int:
        bad, val = ("start", start) if type(start) is not int else ("end", end)
        raise TypeError(f"{bad} must be an int, got {type(val).__name__}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not 0 <= start <= end:
        raise ValueError(f"the span [{start}, {end}) must have 0 <= start <= end")
    if len(text) != end - start:
        raise ValueError(
            f"text has {len(text)} characters but the span [{start}, {end}) has {end - start}"
        )


class _Sliced:
    """A record whose ``text`` is sliced from a string on demand.

    The records quoteattr builds keep a reference to the document's string
    (``_source``, with ``_offset`` 0) instead of a copy of their stretch of it:
    a document of *n* characters is not stored again once in its paragraphs,
    once in its sentences and once more in its quotes.  A record built by hand,
    ``Sentence(5, 16, "Hello there")``, keeps the string it is given
    (``_offset`` is then its ``start``).  Equality and hashing use the public
    fields and ``text``, as if ``text`` were a field.  A record pickled on its
    own carries the string it points into; a pickled :class:`Document` holds that
    string once.
    """

    # plain slots, not attrs fields: attrs.asdict(), attrs.fields() and
    # attrs.evolve() see only the public fields
    __slots__ = ("_source", "_offset")
    _source: str
    _offset: int
    start: int
    end: int

    @property
    def text(self) -> str:
        """The record's stretch of the text: ``document.text[start:end]``."""
        off = self._offset
        return self._source[self.start - off:self.end - off]

    def _hold(self, text: str) -> None:
        """Keep ``text`` as this hand-built record's own string (after the checks)."""
        object.__setattr__(self, "_source", text)
        object.__setattr__(self, "_offset", self.start)

    def _fields(self) -> dict[str, Any]:
        return {a.name: getattr(self, a.name)
                for a in attrs.fields(type(self))}  # type: ignore[arg-type]

    def _key(self) -> tuple:
        return (self.text, *self._fields().values())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self._key() == other._key())

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, *self._key()))

    def __getstate__(self) -> dict[str, Any]:
        return {**self._fields(), "_source": self._source, "_offset": self._offset}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            object.__setattr__(self, k, v)


def _maker(cls: type, names: str) -> Callable[..., Any]:
    """A function ``make(*values)`` that fills a new ``cls`` with ``values``
    for the attributes ``names``, in that order, through their slot setters:
    no frozen ``__setattr__``, no validators, for records whose offsets the
    caller has already made right.  Its source is generated, one line per
    attribute, as attrs generates ``__init__`` (a loop over the setters costs
    twice as much, and quoteattr makes tens of thousands of records per MB)."""
    fields = names.split()
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = [f"def make({', '.join(fields)}):", "    o = _new(_cls)"]
    for i, name in enumerate(fields):
        slot = next(k.__dict__[name] for k in cls.__mro__ if name in k.__dict__)
        env[f"_set{i}"] = slot.__set__
        lines.append(f"    _set{i}(o, {name})")
    lines.append("    return o")
    exec("\n".join(lines), env)  # noqa: S102 - our own source, built from slot names
    make: Callable[..., Any] = env["make"]
    make.__qualname__ = f"make_{cls.__name__}"
    return make


@attrs.frozen(init=False, eq=False, repr=False, getstate_setstate=False)
class Paragraph(_Sliced):
    """A paragraph: a line, or wrapped lines (between blank lines, from an
    indented line, or up to a line that ends short).

    ``text`` is ``document.text[start:end]``, sliced when read."""

    start: int
    end: int
    index: int = 0

    def __init__(self, start: int, end: int, text: str, index: int = 0) -> None:
        _check_span(start, end, text)
        self.__attrs_init__(start, end, index)
        self._hold(text)

    @classmethod
    def _of(cls, source: str, start: int, end: int, index: int) -> Paragraph:
        """A paragraph of ``source`` (internal: offsets are not checked)."""
        return _make_paragraph(start, end, index, source, 0)

    def __repr__(self) -> str:
        return (f"Paragraph(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"index={self.index!r})")


@attrs.frozen(init=False, eq=False, repr=False, getstate_setstate=False)
class Sentence(_Sliced):
    """A sentence, found by Punkt; ``reason`` says why it ends where it does.

    ``text`` is ``document.text[start:end]``, sliced when read."""

    start: int
    end: int
    paragraph: int = 0
    reason: str = ""

    def __init__(self, start: int, end: int, text: str, paragraph: int = 0,
                 reason: str = "") -> None:
        _check_span(start, end, text)
        self.__attrs_init__(start, end, paragraph, reason)
        self._hold(text)

    @classmethod
    def _of(cls, source: str, start: int, end: int, paragraph: int, reason: str) -> Sentence:
        """A sentence of ``source`` (internal: offsets are not checked)."""
        return _make_sentence(start, end, paragraph, reason, source, 0)

    def __repr__(self) -> str:
        return (f"Sentence(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"paragraph={self.paragraph!r}, reason={self.reason!r})")


@attrs.frozen(init=False, eq=False, repr=False, getstate_setstate=False)
class Quote(_Sliced):
    """A quoted span.

    ``start``/``end``/``text`` cover the content *without* the marks;
    ``outer_start``/``outer_end`` include the marks that were found.
    ``closed`` is false when the quote was still open at the end of its
    paragraph.  ``level`` is 0 for an outermost quote, 1 for a quote inside it,
    and so on.  ``continues`` is the index (in :attr:`Document.quotes`) of the
    quote this one carries on from, for a quotation that runs over a
    paragraph break, else ``None``.  ``text`` is ``document.text[start:end]``,
    sliced when read.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    open_mark: str
    close_mark: str
    closed: bool = True
    level: int = 0
    paragraph: int = 0
    continues: int | None = None

    def __init__(self, start: int, end: int, text: str, outer_start: int, outer_end: int,
                 open_mark: str, close_mark: str, closed: bool = True, level: int = 0,
                 paragraph: int = 0, continues: int | None = None) -> None:
        _check_span(start, end, text)
        self.__attrs_init__(start, end, outer_start, outer_end, open_mark, close_mark, closed,
                            level, paragraph, continues)
        self._hold(text)

    @classmethod
    def _of(cls, source: str, start: int, end: int, outer_start: int, outer_end: int,
            open_mark: str, close_mark: str, closed: bool, level: int, paragraph: int,
            continues: int | None, offset: int = 0) -> Quote:
        """A quote of ``source`` (internal: offsets are not checked)."""
        return _make_quote(
            start, end, outer_start, outer_end, open_mark, close_mark, closed, level, paragraph,
            continues, source, offset)

    def _with_level(self, level: int) -> Quote:
        """A copy at another nesting ``level`` (same string, no new one)."""
        return Quote._of(self._source, self.start, self.end, self.outer_start, self.outer_end,
                         self.open_mark, self.close_mark, self.closed, level, self.paragraph,
                         self.continues, self._offset)

    def __repr__(self) -> str:
        return (f"Quote(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"outer_start={self.outer_start!r}, outer_end={self.outer_end!r}, "
                f"open_mark={self.open_mark!r}, close_mark={self.close_mark!r}, "
                f"closed={self.closed!r}, level={self.level!r}, "
                f"paragraph={self.paragraph!r}, continues={self.continues!r})")


@attrs.frozen(init=False, eq=False, repr=False, getstate_setstate=False)
class Report(_Sliced):
    """Reported speech: what someone said, given without quote marks
    (``Roe said a deal was close``), found when :class:`quoteattr.Config` has
    ``indirect=True``.

    ``start``/``end``/``text`` cover the reported content: the clause after
    the cue (without a leading ``that``), or before it (``A deal is close, Roe
    said``).  ``quotes`` holds the indexes (in :attr:`Document.quotes`) of the
    quotes inside the content, for a mixed report (``Roe said the talks were
    “useful” and a deal was close``): each of them is also a quote of its own.
    ``text`` is ``document.text[start:end]``, sliced when read.

    .. versionadded:: 0.2
    """

    start: int
    end: int
    paragraph: int = 0
    quotes: tuple[int, ...] = ()

    def __init__(self, start: int, end: int, text: str, paragraph: int = 0,
                 quotes: tuple[int, ...] = ()) -> None:
        _check_span(start, end, text)
        self.__attrs_init__(start, end, paragraph, tuple(quotes))
        self._hold(text)

    @classmethod
    def _of(cls, source: str, start: int, end: int, paragraph: int,
            quotes: tuple[int, ...]) -> Report:
        """A report of ``source`` (internal: offsets are not checked)."""
        return _make_report(start, end, paragraph, quotes, source, 0)

    def __repr__(self) -> str:
        return (f"Report(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"paragraph={self.paragraph!r}, quotes={self.quotes!r})")


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


class Step(NamedTuple):
    """One step of the attribution sieve that ran for a quote (see :func:`quoteattr.explain`).

    ``rule`` was tried in pass ``pass_`` and ``result`` is ``"fired"`` (it
    decided) or ``"passed"``; ``why`` says why, in words.  A fired step also
    holds what the record holds: ``confidence``, ``cue`` and the ``mention``
    span that names the speaker.
    """

    rule: str
    pass_: int
    result: str
    why: str
    confidence: float | None = None
    cue: str | None = None
    mention: tuple[int, int] | None = None

    def to_dict(self) -> TraceStep:
        """Plain data: ``{"rule", "pass", "result", "why"}``, and for a fired
        step also ``"confidence"``, ``"cue"`` and ``"mention"``."""
        d: TraceStep = {"rule": self.rule, "pass": self.pass_, "result": self.result,
                        "why": self.why}
        if self.result == "fired":
            d["confidence"] = self.confidence
            d["cue"] = self.cue
            d["mention"] = list(self.mention) if self.mention is not None else None
        return d


@attrs.frozen
class Attribution:
    """Why a quote got its speaker (or why it got none).

    ``quote`` is the index of the quote in :attr:`Document.quotes`; for an
    attribution of :attr:`Document.report_attributions`, of the report in
    :attr:`Document.reports`.
    ``rule`` is the name of the sieve rule that decided, ``cue`` the speech
    verb or phrase (with ``cue_start``/``cue_end``), ``mention_start``/
    ``mention_end`` the span that names the speaker near this quote (the
    ``he`` or ``Rubio``), ``confidence`` a number in [0, 1].
    ``speaker_from`` is the index of the quote whose speaker this one shares
    (a continuation, a turn), else ``None``.  ``trace`` holds the steps of the
    sieve that ran for this quote when :class:`quoteattr.Config` has
    ``explain=True``, else ``None``.
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
    speaker_from: int | None = None
    trace: tuple[Step, ...] | None = None


#: A :class:`Step` as plain data (JSON output): ``pass`` is a Python keyword,
#: hence the functional form.
TraceStep = TypedDict("TraceStep", {
    "rule": str, "pass": int, "result": str, "why": str,
    "confidence": float | None, "cue": str | None, "mention": list[int] | None,
}, total=False)
TraceStep.__doc__ = """A :class:`Step` as plain data, as JSON output writes it: the keys
``rule``, ``pass``, ``result`` and ``why``, and for the fired step also
``confidence``, ``cue`` and ``mention`` (``[start, end]`` or ``None``)."""


class Record(TypedDict, total=False):
    """One quote (or one report) as plain data: what :meth:`Document.records` returns.

    Every key is always present but ``trace``, which is there only when the
    document was made with ``Config(explain=True)``.  ``kind`` is ``"direct"``
    for a quote and ``"indirect"`` for reported speech (a :class:`Report`,
    with ``Config(indirect=True)``); ``speaker_from`` is the index, in the
    same list, of the record whose speaker this one shares.
    """

    kind: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_id: int | None
    speaker_title: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    rule: str
    confidence: float
    closed: bool
    level: int
    speaker_from: int | None
    trace: list[TraceStep]


class _Deferred:
    """What lets an unpickled :class:`Document` build its records when first read.

    A document that comes back from a worker process arrives as its text and
    one tuple of values per record (see :meth:`Document.__reduce_ex__`).
    Building the records is most of the cost of receiving it, and the process
    that receives every worker's documents shares the machine with the
    workers; so each of the six record fields is built from its tuples the
    first time it is read (``doc.quotes``), not on arrival.  A program that
    reads only the quotes and their speakers never builds the document's
    sentences, paragraphs or mentions.  Until then the tuples wait in
    ``_pending``; reading a field, comparing, hashing, ``repr`` and
    ``attrs.asdict`` all see the built records, so the difference cannot be
    observed except in time.  Documents built by :func:`quoteattr.attribute`
    have every field set and never come here.
    """

    __slots__ = ("_pending",)

    if not TYPE_CHECKING:  # for type checkers, a misspelt attribute stays an error

        def __getattr__(self, name: str) -> Any:
            # called only when normal lookup fails: a field still unbuilt
            build = _BUILDERS.get(name)
            if build is not None:
                with _BUILDING:  # one thread builds a field, others then read it
                    try:
                        return object.__getattribute__(self, name)
                    except AttributeError:
                        pass
                    try:
                        pending = object.__getattribute__(self, "_pending")
                    except AttributeError:
                        pending = None
                    if pending is not None and name in pending:  # None: built here
                        value = build(self.text, pending.pop(name))
                        object.__setattr__(self, name, value)
                        return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


_BUILDING = threading.Lock()


@attrs.frozen(repr=False)
class Document(_Deferred):
    """Everything quoteattr found in one text.

    Its ``repr`` is a short summary (the counts, and the text's start); each
    field holds the records themselves.
    """

    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: tuple[Mention, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    #: Reported speech (with ``Config(indirect=True)``; else empty).
    reports: tuple[Report, ...] = ()
    #: One per report, as :attr:`attributions` is one per quote.
    report_attributions: tuple[Attribution, ...] = ()

    def __reduce_ex__(self, protocol: Any) -> Any:
        # Pickled compactly (documents travel back from worker processes): the
        # text once and each record as a tuple of its values, a third of the
        # bytes and of the time of pickling every record as an object.  A
        # document assembled by hand, whose records hold other strings, is
        # pickled the ordinary way.  A document unpickled so and not yet read
        # passes its waiting tuples on as they are.
        t = self.text
        try:
            pending = object.__getattribute__(self, "_pending")
        except AttributeError:  # built here: compact only if its records are ours
            pending = {}
            if not all(r._source is t and r._offset == 0
                       for group in (self.paragraphs, self.sentences, self.quotes,
                                     self.reports)
                       for r in group) \
                    or not all(type(r) is cls for group, cls in (
                        (self.paragraphs, Paragraph), (self.sentences, Sentence),
                        (self.quotes, Quote), (self.mentions, Mention), (self.speakers, Speaker),
                        (self.attributions, Attribution), (self.reports, Report),
                        (self.report_attributions, Attribution)) for r in group):
                return super().__reduce_ex__(protocol)
        return _document_from_values, (t, *(
            pending[name] if name in pending else encode(t, getattr(self, name))
            for name, encode in _ENCODERS.items()))

    def __repr__(self) -> str:
        head = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return (f"<Document {len(self.text)} characters {head!r}: "
                f"{len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences, "
                f"{len(self.quotes)} quotes, "
                + (f"{len(self.reports)} reports, " if self.reports else "")
                + f"{len(self.speakers)} speakers>")

    def speaker_of(self, quote_index: int) -> Speaker | None:
        """The speaker of ``quotes[quote_index]``, or ``None``."""
        sid = self.attributions[quote_index].speaker
        return None if sid is None else self.speakers[sid]

    def records(self) -> list[Record]:
        """One flat, JSON-ready record per quote and per report, in text order
        (see :class:`Record`)."""
        out: list[Record] = []
        for q, a in zip(self.quotes, self.attributions, strict=True):
            r = self._record("direct", q.start, q.end, q.text, a)
            r["closed"], r["level"] = q.closed, q.level
            out.append(r)
        if not self.reports:
            return out
        for rep, a in zip(self.reports, self.report_attributions, strict=True):
            out.append(self._record("indirect", rep.start, rep.end, rep.text, a))
        # text order (a quote before a report that starts where it does), and
        # speaker_from renumbered from quote indexes to places in this list
        order = sorted(range(len(out)), key=lambda i: (out[i]["start"], i >= len(self.quotes)))
        place = {old: new for new, old in enumerate(order)}
        merged = [out[i] for i in order]
        for r in merged:
            if r["speaker_from"] is not None:
                r["speaker_from"] = place[r["speaker_from"]]
        return merged

    def _record(self, kind: str, start: int, end: int, text: str, a: Attribution) -> Record:
        sp = None if a.speaker is None else self.speakers[a.speaker]
        r: Record = {
            "kind": kind,
            "start": start,
            "end": end,
            "text": text,
            "speaker": sp.name if sp else None,
            "speaker_id": a.speaker,
            "speaker_title": sp.title if sp else None,
            "speaker_start": a.mention_start,
            "speaker_end": a.mention_end,
            "cue": a.cue,
            "rule": a.rule,
            "confidence": a.confidence,
            "closed": True,
            "level": 0,
            "speaker_from": a.speaker_from,
        }
        if a.trace is not None:
            r["trace"] = [s.to_dict() for s in a.trace]
        return r

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the text, the quotes (and reports) as flat records, and the speakers."""
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


_make_paragraph = _maker(Paragraph, "start end index _source _offset")
_make_sentence = _maker(Sentence, "start end paragraph reason _source _offset")
_make_quote = _maker(Quote, "start end outer_start outer_end open_mark close_mark closed level "
                            "paragraph continues _source _offset")
_make_report = _maker(Report, "start end paragraph quotes _source _offset")
_make_mention = _maker(Mention, "start end text kind name title gender plural")
_make_speaker = _maker(Speaker, "id name title kind mentions")
#: An Attribution from positional values in field order (internal: unchecked).
_make_attribution = _maker(Attribution, "quote speaker rule confidence mention_start "
                                        "mention_end cue cue_start cue_end speaker_from trace")


def _values_of_mentions(text: str, mentions: tuple[Mention, ...]) -> list[tuple]:
    # the name and the text are left out where they are the text's own slice
    return [(m.start, m.end, m.kind, None if m.name == m.text else m.name, m.title, m.gender,
             m.plural) if m.text == text[m.start:m.end] else
            (m.start, m.end, m.kind, m.name, m.title, m.gender, m.plural, m.text)
            for m in mentions]


def _mentions_from_values(text: str, values: list[tuple]) -> tuple[Mention, ...]:
    out = []
    for m in values:
        start, end, kind, name, title, gender, plural, *own = m
        mtext = own[0] if own else text[start:end]
        out.append(_make_mention(
            start, end, mtext, kind, mtext if name is None else name, title, gender, plural))
    return tuple(out)


#: How each record field of a Document becomes tuples of values for pickling …
_ENCODERS: dict[str, Callable[[str, Any], list[tuple]]] = {
    "paragraphs": lambda t, rs: [(p.start, p.end, p.index) for p in rs],
    "sentences": lambda t, rs: [(x.start, x.end, x.paragraph, x.reason) for x in rs],
    "quotes": lambda t, rs: [(q.start, q.end, q.outer_start, q.outer_end, q.open_mark,
                              q.close_mark, q.closed, q.level, q.paragraph, q.continues)
                             for q in rs],
    "mentions": _values_of_mentions,
    "speakers": lambda t, rs: [(x.id, x.name, x.title, x.kind, x.mentions) for x in rs],
    "attributions": lambda t, rs: [(a.quote, a.speaker, a.rule, a.confidence, a.mention_start,
                                    a.mention_end, a.cue, a.cue_start, a.cue_end,
                                    a.speaker_from, a.trace) for a in rs],
    "reports": lambda t, rs: [(x.start, x.end, x.paragraph, x.quotes) for x in rs],
    "report_attributions": lambda t, rs: _ENCODERS["attributions"](t, rs),
}
#: … and back into records, when the field is first read (see :class:`_Deferred`).
_BUILDERS: dict[str, Callable[[str, list[tuple]], tuple]] = {
    "paragraphs": lambda t, vs: tuple(_make_paragraph(s, e, i, t, 0) for s, e, i in vs),
    "sentences": lambda t, vs: tuple(_make_sentence(s, e, p, r, t, 0) for s, e, p, r in vs),
    "quotes": lambda t, vs: tuple(_make_quote(*q, t, 0) for q in vs),
    "mentions": _mentions_from_values,
    "speakers": lambda t, vs: tuple(starmap(_make_speaker, vs)),
    "attributions": lambda t, vs: tuple(starmap(_make_attribution, vs)),
    "reports": lambda t, vs: tuple(_make_report(*x, t, 0) for x in vs),
    "report_attributions": lambda t, vs: tuple(starmap(_make_attribution, vs)),
}


def _document_from_values(text: str, paragraphs: list, sentences: list, quotes: list,
                          mentions: list, speakers: list, attributions: list,
                          reports: Sequence[tuple] = (),
                          report_attributions: Sequence[tuple] = ()) -> Document:
    """A Document back from :meth:`Document.__reduce_ex__`'s tuples: only its
    text is set; each record field is built when first read (:class:`_Deferred`)."""
    doc = object.__new__(Document)
    _set_text(doc, text)
    _set_pending(doc, dict(zip(_BUILDERS, (paragraphs, sentences, quotes, mentions, speakers,
                                           attributions, list(reports),
                                           list(report_attributions)), strict=True)))
    return doc


_set_text = Document.__dict__["text"].__set__
_set_pending = _Deferred.__dict__["_pending"].__set__
