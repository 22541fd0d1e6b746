"""The pipeline: text -> paragraphs, sentences -> quotes -> mentions -> speakers."""

from __future__ import annotations

import functools
from typing import Any

import attrs

from . import _lexicon as lx
from ._attribute import attribute_quotes as _run_sieve
from ._clauses import _short_gap
from ._cues import build_cue_patterns, find_cues
from ._mentions import _analyse_name, build_patterns, find_mentions
from ._model import Document, Mention, Quote, Report, Sentence, Speaker, _make_attribution
from ._quotes import STYLES, find_quotes_in
from ._reported import REPORT_RULES
from ._rules import NESTED_RULES, RULES, rule_names
from ._segment import _forget_texts as _forget_segment
from ._segment import plain_emphasis, split_paragraphs, unwrap
from ._segment import split_sentences as _split_sentences
from ._speakers import _blocker_head, _body_family, _key_words, _org_keys, cluster_mentions

__all__ = ["Config", "attribute", "explain", "find_quotes", "split_sentences", "DEFAULT_CONFIG"]


def _tuple_of_str(name: str) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not all(isinstance(v, str) for v in value):
            raise TypeError(f"{name} must hold strings, got {value!r}")

    return check


def _to_tuple(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        return (v,)
    return tuple(v)


@attrs.frozen
class Config:
    """What users tune.  Frozen: build a new one with :func:`attrs.evolve`.

    >>> cfg = Config(cue_verbs=("harrumphs",))
    >>> [r["cue"] for r in attribute('“Too late,” Ann Lee harrumphs.', cfg).records()]
    ['harrumphs']
    """

    #: Extra speech-cue forms (each form as it appears: "grumbled", "grumbles").
    cue_verbs: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple,
                                             validator=_tuple_of_str("cue_verbs"))
    #: Extra titles that may stand before a name ("Grand Vizier", "Cllr."); one that
    #: ends with a period is also an abbreviation to the sentence splitter.
    titles: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple,
                                          validator=_tuple_of_str("titles"))
    #: Extra abbreviations for the sentence splitter ("approx.", "Pty."): no
    #: sentence ends at their period unless the next word says so.
    abbreviations: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple,
                                                 validator=_tuple_of_str("abbreviations"))
    #: Extra nominal speaker heads ("ombudsman").
    nominal_heads: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple,
                                                 validator=_tuple_of_str("nominal_heads"))
    #: Names that are never speakers (platforms, agencies of photo credits), not
    #: even right before a verb of saying, where quoteattr's own outlets speak.
    not_speakers: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple,
                                                validator=_tuple_of_str("not_speakers"))
    #: Which quote marks open a quote: ``None`` (every mark quoteattr knows), or
    #: names of mark styles (``"curly"``, ``"straight"``, ``"low"``,
    #: ``"guillemets"``, ``"cjk"``, the families ``"double"`` and ``"single"``, ``"all"``);
    #: an unknown name is a :class:`ValueError`.
    quote_styles: tuple[str, ...] | None = attrs.field(
        default=None, converter=attrs.converters.optional(_to_tuple))
    #: Names of attribution rules to switch off (see :doc:`rules`); an unknown
    #: name is a :class:`ValueError`.
    disabled_rules: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple,
                                                  validator=_tuple_of_str("disabled_rules"))
    #: Record, for every quote, each step of the sieve that ran
    #: (``Attribution.trace``, :func:`explain`).  Off by default: it costs time.
    explain: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    #: Also find reported speech, what people said without quote marks
    #: (``Roe said a deal was close``): :attr:`Document.reports`, and records
    #: of kind ``"indirect"``.  Off by default.
    #:
    #: .. versionadded:: 0.2
    indirect: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    @quote_styles.validator
    def _known_styles(self, attribute: Any, value: tuple[str, ...] | None) -> None:
        if value is None:
            return
        _tuple_of_str("quote_styles")(self, attribute, value)
        unknown = sorted(set(value) - set(STYLES) - {"all"})
        if unknown:
            raise ValueError(f"unknown quote style(s) {unknown}: the styles are "
                             f"{sorted(STYLES) + ['all']}")

    @disabled_rules.validator
    def _known_rules(self, attribute: Any, value: tuple[str, ...]) -> None:
        unknown = sorted(set(value) - set(rule_names()))
        if unknown:
            raise ValueError(f"unknown rule name(s) {unknown}: the rules are {list(rule_names())}")


DEFAULT_CONFIG = Config()


def _check_text(text: object, func: str) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{func}() takes a str, got {type(text).__name__}: decode it first, "
            f"e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{func}() takes a str, got {type(text).__name__}")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences (Punkt, English parameters shipped in the package).

    >>> [s.text for s in split_sentences("Sen. Ann Lee spoke. She left at 5 p.m. on Friday.")]
    ['Sen. Ann Lee spoke.', 'She left at 5 p.m. on Friday.']
    """
    text = _check_text(text, "split_sentences")
    return _split_sentences(text, split_paragraphs(text))


def find_quotes(text: str) -> list[Quote]:
    """Every quoted span of ``text``, in text order (content without the marks).

    >>> [(q.text, q.level) for q in find_quotes("“He told me ‘never again,’ and left,” she said.")]
    [('He told me ‘never again,’ and left,', 0), ('never again,', 1)]
    """
    text = _check_text(text, "find_quotes")
    return find_quotes_in(text, split_paragraphs(text))


def attribute(text: str, config: Config | None = None) -> Document:
    """Find the quotes of ``text`` and who said each one.

    >>> doc = attribute('“We will rebuild,” Mayor Ann Lee said on Monday.')
    >>> r = doc.records()[0]
    >>> r["text"], r["speaker"], r["cue"], r["rule"]
    ('We will rebuild,', 'Ann Lee', 'said', 'trailing_cue')
    """
    text = _check_text(text, "attribute")
    cfg = config if config is not None else DEFAULT_CONFIG
    if not isinstance(cfg, Config):
        raise TypeError(f"config must be a quoteattr.Config, got {type(cfg).__name__}")
    paragraphs = split_paragraphs(text)
    sentences = _split_sentences(text, paragraphs,
                                 extra_abbreviations=cfg.titles + cfg.abbreviations)
    quotes = find_quotes_in(text, paragraphs, styles=cfg.quote_styles)
    mention_patterns = build_patterns(cfg.titles, cfg.nominal_heads)
    not_speakers = _not_speakers(cfg.not_speakers)
    cue_patterns = build_cue_patterns(cfg.cue_verbs)
    # cues, names and the sieve read the text with wrapped line breaks made
    # spaces (the same offsets): a phrase runs over a wrapped line as over a
    # space; and with italics' underscores made spaces (``_she_ said``)
    flat = plain_emphasis(unwrap(text, paragraphs))
    cues = find_cues(flat, quotes, cue_patterns)
    mentions = find_mentions(flat, quotes, mention_patterns, not_speakers, cues,
                             cfg.not_speakers)
    entities, entity_of = cluster_mentions(mentions, flat)
    rules, nested_rules, report_rules = _rules(cfg.disabled_rules)
    attributions, coref, reports, report_attributions = _run_sieve(
        flat, paragraphs, sentences, quotes, mentions, cues, entities, entity_of, rules,
        cue_patterns, nested_rules, cfg.explain, report_rules if cfg.indirect else None)
    speakers = _speakers(mentions, entities, entity_of, coref.resolved, attributions,
                         report_attributions)
    if flat is not text:  # the records show the text's own stretches
        mentions = [m if m.text == text[m.start:m.end]
                    else attrs.evolve(m, text=text[m.start:m.end]) for m in mentions]
        reports = [Report._of(text, r.start, r.end, r.paragraph, r.quotes) for r in reports]
    return Document(text=text, paragraphs=tuple(paragraphs), sentences=tuple(sentences),
                    quotes=tuple(quotes), mentions=tuple(mentions), speakers=tuple(speakers),
                    attributions=tuple(attributions), reports=tuple(reports),
                    report_attributions=tuple(report_attributions))


def explain(doc: Document, index: int) -> str:
    """How quote ``index`` of ``doc`` got its speaker: every step of the sieve
    that ran for it, as recorded when ``doc`` was made with ``Config(explain=True)``.

    >>> doc = attribute("“Yes,” Ann Lee said.", Config(explain=True))
    >>> print(explain(doc, 0))  # doctest: +NORMALIZE_WHITESPACE
    quote 0: “Yes,” — Ann Lee [trailing_cue, cue: said, confidence 0.972]
      pass 1  scare_quote   passed  no so-called, dubbed, titled, markup or title of a work
                                    right before the quote
      pass 1  trailing_cue  fired   “…,” Roe said. / “…,” said Roe. / “…,” the minister told
                                    reporters. [confidence 0.972: the share right measured for
                                    this rule (designed 0.95) in prose]
    """
    if not isinstance(doc, Document):
        raise TypeError(f"explain() takes a quoteattr.Document, got {type(doc).__name__}")
    a = doc.attributions[index]
    if a.trace is None:
        raise ValueError("this document has no recorded trace: make it with "
                         "quoteattr.attribute(text, quoteattr.Config(explain=True))")
    q = doc.quotes[index]
    sp = doc.speakers[a.speaker].name if a.speaker is not None else None
    if sp is None and a.mention_start is not None and a.mention_end is not None:
        sp = f"(unresolved: {doc.text[a.mention_start:a.mention_end]})"
    lines = [f"quote {index}: “{q.text}” — {sp or '(no speaker)'} "
             f"[{a.rule}, cue: {a.cue or '-'}, confidence {a.confidence}]"]
    width = max((len(s.rule) for s in a.trace), default=0)
    for s in a.trace:
        lines.append(f"  pass {s.pass_}  {s.rule:<{width}}  {s.result:<6}  {s.why}")
    return "\n".join(lines)


@functools.lru_cache(maxsize=32)
def _rules(disabled: tuple[str, ...]) -> tuple[tuple, tuple, tuple]:
    """The outer, nested and report sieves less the ``disabled`` rules (once per set)."""
    if not disabled:
        return RULES, NESTED_RULES, REPORT_RULES
    off = frozenset(disabled)
    return (tuple(r for r in RULES if r.name not in off),
            tuple(r for r in NESTED_RULES if r.name not in off),
            tuple(r for r in REPORT_RULES if r.name not in off))


def _forget_texts() -> None:
    """Empty the bounded caches of answers about pieces of text (name analyses,
    name words, subject gaps, Punkt's decisions and token analyses, list-marker patterns),
    keeping the compiled pattern tables.  For benchmarks that run one corpus
    several times: each pass then starts as if it met the corpus for the
    first time."""
    _forget_segment()  # every Punkt tokenizer's memos and the list-marker patterns
    for memo in (_analyse_name, _key_words, _short_gap, _blocker_head, _org_keys, _body_family):
        memo.cache_clear()


@functools.lru_cache(maxsize=32)
def _not_speakers(extra: tuple[str, ...]) -> frozenset[str]:
    """The names never taken as speakers: one set per configuration, built once
    (it is part of the key of the mention cache, which compares it on every hit)."""
    return lx.NOT_SPEAKERS | frozenset(extra) if extra else lx.NOT_SPEAKERS


def _speakers(mentions: list[Mention], entities: list, entity_of: list[int | None],
              resolved: list[int | None], attributions: list,
              report_attributions: list) -> list[Speaker]:
    """Speakers: the entities that speak at least once (in a quote or in
    reported speech), numbered in order of first appearance, quotes first.
    The attributions are renumbered in place to the speakers' ids."""
    new_id: dict[int, int] = {}
    for a in (*attributions, *report_attributions):
        if a.speaker is not None and a.speaker not in new_id:
            new_id[a.speaker] = len(new_id)
    # a speaker's mentions: those clustered into its entity (each entity lists
    # them, in text order) less any the discourse model gave to someone else
    # ("the girl" as Lucy), and the mentions resolved to it (pronouns, and such
    # descriptions), merged in text order; no pass over every mention
    extra: dict[int, list[int]] = {e: [] for e in new_id}
    moved = False  # a description given to someone else
    for i, e in enumerate(resolved):
        if e is not None:
            if entity_of[i] is not None and entity_of[i] != e:
                moved = True
            if e in extra and entity_of[i] != e:
                extra[e].append(i)
    members: dict[int, list[tuple[int, int]]] = {}
    for e in new_id:
        own = entities[e].mentions
        if moved:
            own = [i for i in own if resolved[i] is None or resolved[i] == e]
        at = sorted(own + extra[e]) if extra[e] else own
        members[e] = [(mentions[i].start, mentions[i].end) for i in at]
    speakers = [
        Speaker(id=new_id[e], name=entities[e].canonical, title=entities[e].title,
                kind=entities[e].kind, mentions=tuple(members[e]))
        for e in sorted(new_id, key=new_id.__getitem__)
    ]
    # renumbered in place, so that old and new records are never all held at once
    # (a new record made directly: attrs.evolve costs ten times more)
    for group in (attributions, report_attributions):
        for i, a in enumerate(group):
            if a.speaker is not None:
                group[i] = _make_attribution(a.quote, new_id[a.speaker], a.rule, a.confidence,
                                             a.mention_start, a.mention_end, a.cue,
                                             a.cue_start, a.cue_end, a.speaker_from, a.trace)
    return speakers
