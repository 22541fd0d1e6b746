"""Measure quoteattr (or any system) against quotations annotated by people.

The gold format is one JSON document per line::

    {"id": str, "source": str, "text": str,
     "quotes": [{"start": int, "end": int, "speaker": str | null,
                 "speaker_mentions": [[start, end], ...], "speaker_aliases": [...]?,
                 "kind": "direct" | "partial"?}, ...],
     "unattributed_quoted_spans": [[start, end], ...]}

Predictions map a document id to a list of quote dicts with ``start``, ``end``,
``speaker``, ``speaker_start``, ``speaker_end`` (and, optionally, ``rule`` and
``confidence``): exactly what :meth:`quoteattr.Document.records` gives.

The figures follow the definitions below, and were checked against a separate
scorer written to the same definitions (``tests/test_evaluate.py`` compares
them to the 4th decimal where that scorer is present):

* **quote detection** P/R/F1, *exact* (identical spans) and *overlap* (spans
  share a character; one-to-one, largest overlap first).  Spans are compared
  after trimming whitespace and quote marks at their edges.  ``P*`` is overlap
  precision not counting predictions on quote marks the annotators left
  unattributed (scare quotes, titles, nicknames);
* **speaker accuracy** on overlap-matched quotes: right when the predicted name
  matches a gold name by its last word (after removing case, punctuation,
  possessive 's and titles; a pronoun never name-matches), or when the
  predicted speaker span overlaps a gold speaker mention.  It is split into
  ``named`` (gold gives a name) and ``mention_only`` (gold gives only a
  mention, e.g. a pronoun source "he");
* **quote+speaker** P/R/F1: a prediction is right when overlap-matched *and*
  its speaker is right.  Gold quotes without any speaker, and the predictions
  matched to them, are left out.

Each figure is given per source and for ``ALL`` sources, on two subsets:
``all`` (every gold quote) and ``direct`` (partial quotes, i.e. quoted
fragments inside reported speech, removed; predictions on them are ignored and
counted as ``pred_ignored``).

>>> gold = [{"id": "d1", "source": "demo",
...          "text": '"We will win," Ann Lee said. Critics called it a "stunt."',
...          "quotes": [{"start": 1, "end": 13, "speaker": "Ann Lee",
...                      "speaker_mentions": [[15, 22]]}],
...          "unattributed_quoted_spans": [[50, 56]]}]
>>> report = score(gold, {"d1": [
...     {"start": 0, "end": 14, "speaker": "Lee", "speaker_start": 15, "speaker_end": 22},
...     {"start": 49, "end": 57, "speaker": "Critics", "speaker_start": 29, "speaker_end": 36}]})
>>> figures = report["demo/all"]
>>> figures.overlap.p, figures.overlap_p_ignoring_unattributed, figures.attr_acc
(0.5, 1.0, 1.0)
>>> [(e.kind, e.text) for e in report.errors]
[('spurious_quote', 'stunt.')]
>>> report = score(gold, predict(gold))     # run quoteattr itself
>>> report["demo/all"].quote_speaker.r
1.0

From the shell: ``quoteattr evaluate GOLD.jsonl [PRED.jsonl]`` (or
``python -m quoteattr.evaluate ...``); see :func:`main`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ._pipeline import attribute
from .cli import DeprecatedAlias

__all__ = [
    "Calibration",
    "ERROR_KINDS",
    "PRF",
    "SPEECH_WORDS",
    "Figures",
    "QuoteError",
    "Report",
    "calibration",
    "calibration_pairs",
    "context_snippet",
    "indirect_view",
    "load_gold",
    "load_predictions",
    "main",
    "match_spans",
    "names_match",
    "normalise_span",
    "predict",
    "score",
]

Span = tuple[int, int]
GoldDoc = Mapping[str, Any]
Predictions = Mapping[str, Sequence[Mapping[str, Any]]]

SUBSETS = ("all", "direct")
ERROR_KINDS = ("wrong_speaker", "missed_quote", "spurious_quote")

# Marks trimmed wherever they stand at a span edge.  The apostrophes ' and ’ are
# left alone unless a pair encloses the span (or as the NYT-style closing '').
_EDGE_MARKS = frozenset("\"“”„‟«»‹›`‘")
_SINGLE_OPENERS = "'‘"
_SINGLE_CLOSERS = "'’"

_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "madame", "mme", "monsieur",
    "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice",
    "secretary", "gen", "general", "adm", "admiral", "col", "colonel", "capt", "captain",
    "lt", "sgt", "prof", "professor", "rev", "judge", "justice", "mayor", "minister",
    "prime", "chancellor", "king", "queen", "prince", "princess", "former", "the", "jr", "sr",
})
_PRONOUNS = frozenset({
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them",
    "who", "whom", "which", "that", "this", "these", "those", "his", "its", "their", "our", "my",
})
_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[a-z0-9]+")


# --------------------------------------------------------------------------- reading


def _read_jsonl(path: str | Path) -> list[Any]:
    """Every non-blank line of ``path`` parsed as JSON."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file: one annotated document per line."""
    docs = _read_jsonl(path)
    for lineno, doc in enumerate(docs, 1):
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or "id" not in doc:
            raise ValueError(f"{path}: document {lineno} has no 'id' and string 'text'")
    return docs


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read a prediction JSONL file (``{"id", "quotes"}`` lines) into id -> quotes.

    A later line for the same id replaces an earlier one.
    """
    preds: dict[str, list[dict[str, Any]]] = {}
    for line in _read_jsonl(path):
        if isinstance(line, dict):
            preds[line.get("id")] = line.get("quotes") or []  # type: ignore[index]
    return preds


# --------------------------------------------------------------------------- spans and names


def _trim_edges(text: str, s: int, e: int) -> Span:
    """Drop whitespace and (non-apostrophe) quote marks at both edges."""
    while s < e and (text[s].isspace() or text[s] in _EDGE_MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE_MARKS):
        e -= 1
    return s, e


def _trim_single_marks(text: str, s: int, e: int) -> Span:
    """Drop '' pairs at either edge, then single marks enclosing the span."""
    if e - s >= 2 and text[s:s + 2] == "''":
        s += 2
    if e - s >= 2 and text[e - 2:e] == "''":
        e -= 2
    if e - s >= 2 and text[s] in _SINGLE_OPENERS and text[e - 1] in _SINGLE_CLOSERS:
        s, e = s + 1, e - 1
    return s, e


def normalise_span(text: str, start: Any, end: Any) -> Span:
    """The span ``[start, end)`` clipped to ``text`` without edge whitespace and quote marks.

    Raises ``TypeError``/``ValueError`` when an offset is not a number.  The
    result may be empty (``end <= start``).

    >>> normalise_span('He said: “Go home.” ', 9, 20)
    (10, 18)
    """
    s, e = max(0, int(start)), min(len(text), int(end))
    for _ in range(4):
        before = (s, e)
        s, e = _trim_edges(text, s, e)
        s, e = _trim_single_marks(text, s, e)
        if (s, e) == before:
            break
    return s, e


def _overlap(a: Sequence[int], b: Sequence[int]) -> int:
    """Characters shared by two half-open spans (<= 0 when disjoint)."""
    return min(a[1], b[1]) - max(a[0], b[0])


def _overlaps(a: Sequence[int], b: Sequence[int]) -> bool:
    return _overlap(a, b) > 0


def _name_words(name: str) -> list[str]:
    """Lower-case words of a name without possessive 's and titles.

    A name made only of titles ("The President") keeps its titles.
    """
    name = _POSSESSIVE.sub("", name.replace("’", "'").lower())
    words = _WORD.findall(name)
    return [w for w in words if w not in _TITLES] or [w for w in words if w != "the"]


def names_match(predicted: str | None, golds: Iterable[str | None]) -> bool:
    """Whether the last word of either name occurs among the other's words.

    >>> names_match("Mr. Lee's", ["Sen. Ann Lee"]), names_match("she", ["Ann Lee"])
    (True, False)
    """
    pw = _name_words(predicted or "")
    if not pw or all(w in _PRONOUNS for w in pw):
        return False
    for gold in golds:
        gw = _name_words(gold or "")
        if gw and (pw[-1] in gw or gw[-1] in pw):
            return True
    return False


def match_spans(gold: Sequence[Span], pred: Sequence[Span], *, exact: bool) -> dict[int, int]:
    """One-to-one matching ``{gold index: pred index}``.

    ``exact`` pairs identical spans; otherwise overlapping spans are paired
    greedily, largest overlap first (ties: earlier gold, then earlier prediction).
    """
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if g == p:
                    candidates.append((0, gi, pi))
            else:
                shared = _overlap(g, p)
                if shared > 0:
                    candidates.append((-shared, gi, pi))
    candidates.sort()
    matched: dict[int, int] = {}
    used_pred: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in matched and pi not in used_pred:
            matched[gi] = pi
            used_pred.add(pi)
    return matched


def _gold_speaker_form(quote: Mapping[str, Any]) -> tuple[str | None, list[str]]:
    """("named", names) | ("mention_only", []) | (None, []) for a gold quote."""
    names = [n for n in [quote.get("speaker"), *(quote.get("speaker_aliases") or [])] if n]
    if names:
        return "named", names
    if quote.get("speaker_mentions"):
        return "mention_only", []
    return None, []


def _speaker_span(pred: Mapping[str, Any]) -> Span | None:
    """The predicted speaker span when it is a non-empty pair of ints."""
    ss, se = pred.get("speaker_start"), pred.get("speaker_end")
    if isinstance(ss, int) and isinstance(se, int) and se > ss:
        return ss, se
    return None


def _speaker_right(pred: Mapping[str, Any], quote: Mapping[str, Any], names: list[str]) -> bool:
    """Name match, or the predicted speaker span overlaps a gold mention."""
    if names_match(pred.get("speaker"), names):
        return True
    span = _speaker_span(pred)
    return span is not None and any(
        _overlaps(span, tuple(m)) for m in quote.get("speaker_mentions") or []
    )


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 (unrounded)."""

    p: float
    r: float
    f1: float

    @classmethod
    def of(cls, right: int, predicted: int, gold: int) -> PRF:
        """P = right/predicted, R = right/gold (0.0 when a denominator is 0)."""
        p = right / predicted if predicted else 0.0
        r = right / gold if gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self, ndigits: int = 4) -> dict[str, float]:
        """``{"p", "r", "f1"}`` rounded to ``ndigits``."""
        return {"p": round(self.p, ndigits), "r": round(self.r, ndigits),
                "f1": round(self.f1, ndigits)}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Figures:
    """The counts for one group of documents and one subset; figures derive from them."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    tp_exact: int = 0
    tp_overlap: int = 0
    fp_unattributed: int = 0
    attr_scorable: int = 0
    attr_correct: int = 0
    named: int = 0
    named_correct: int = 0
    mention_only: int = 0
    mention_only_correct: int = 0
    gold_no_speaker: int = 0
    pred_on_no_speaker: int = 0
    e2e_correct: int = 0
    pred_ignored: int = 0

    def add(self, other: Figures) -> None:
        """Add ``other``'s counts to these."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def exact(self) -> PRF:
        """Quote detection with identical (normalised) spans."""
        return PRF.of(self.tp_exact, self.pred, self.gold)

    @property
    def overlap(self) -> PRF:
        """Quote detection with overlapping spans (one-to-one)."""
        return PRF.of(self.tp_overlap, self.pred, self.gold)

    @property
    def overlap_p_ignoring_unattributed(self) -> float:
        """``P*``: overlap precision not counting predictions on unattributed quote marks."""
        counted = self.pred - self.fp_unattributed
        return self.tp_overlap / counted if counted else 0.0

    @property
    def attr_acc(self) -> float | None:
        """Speaker accuracy on overlap-matched quotes that have a gold speaker."""
        return _ratio(self.attr_correct, self.attr_scorable)

    @property
    def attr_acc_named(self) -> float | None:
        """Speaker accuracy where gold gives a speaker name."""
        return _ratio(self.named_correct, self.named)

    @property
    def attr_acc_mention_only(self) -> float | None:
        """Speaker accuracy where gold gives only a mention span (e.g. "he")."""
        return _ratio(self.mention_only_correct, self.mention_only)

    @property
    def quote_speaker(self) -> PRF:
        """End to end: overlap-matched with the right speaker (quotes without gold speaker out)."""
        return PRF.of(self.e2e_correct, self.pred - self.pred_on_no_speaker,
                      self.gold - self.gold_no_speaker)

    def to_dict(self, ndigits: int = 4) -> dict[str, Any]:
        """The figures as plain data (the layout of the reference scorer's JSON line)."""

        def rnd(x: float | None) -> float | None:
            return None if x is None else round(x, ndigits)

        return {
            "docs": self.docs, "gold": self.gold, "pred": self.pred,
            "exact": self.exact.to_dict(ndigits),
            "overlap": self.overlap.to_dict(ndigits),
            "overlap_p_ignoring_unattributed": rnd(self.overlap_p_ignoring_unattributed),
            "attr_acc": rnd(self.attr_acc),
            "attr_acc_named": rnd(self.attr_acc_named),
            "attr_acc_mention_only": rnd(self.attr_acc_mention_only),
            "attr_scorable": self.attr_scorable, "named": self.named,
            "mention_only": self.mention_only, "gold_no_speaker": self.gold_no_speaker,
            "quote_speaker": self.quote_speaker.to_dict(ndigits),
            "pred_ignored": self.pred_ignored,
        }


@dataclass(frozen=True)
class QuoteError:
    """One error for analysis.

    ``kind`` is ``wrong_speaker`` (quote found, speaker wrong), ``missed_quote``
    (gold quote no prediction overlaps) or ``spurious_quote`` (prediction no
    gold quote overlaps; ``on_unattributed`` when it sits on quote marks the
    annotators left unattributed, which ``P*`` forgives).  ``start``/``end``
    are the gold quote's offsets, or for a spurious quote the prediction's span
    as compared (clipped to the text, edge whitespace and quote marks trimmed).
    Speakers are names, or the text of the speaker span when there is no name.
    """

    kind: str
    doc_id: str
    source: str
    start: int
    end: int
    text: str
    gold_speaker: str | None
    pred_speaker: str | None
    rule: str | None
    context: str
    on_unattributed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def context_snippet(text: str, start: int, end: int, width: int = 100,
                    max_span: int = 200) -> str:
    """``width`` characters either side of ``text[start:end]``, the span in ⟦ ⟧.

    Newlines are shown as ⏎; a span longer than ``max_span`` is cut in the middle.

    >>> context_snippet("Yes.\\n“Two,” he said.", 6, 10, width=4)
    's.⏎“⟦Two,⟧” he'
    """
    span = text[start:end]
    if len(span) > max_span:
        half = max_span // 2
        span = f"{span[:half]} … {span[-half:]}"
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return f"{before}⟦{span}⟧{after}".replace("\r\n", "⏎").replace("\n", "⏎")


def _gold_speaker_label(text: str, quote: Mapping[str, Any]) -> str | None:
    """The gold speaker name, else the text of its first mention."""
    if quote.get("speaker"):
        return str(quote["speaker"])
    for m in quote.get("speaker_mentions") or []:
        return text[m[0]:m[1]]
    return None


def _pred_speaker_label(text: str, pred: Mapping[str, Any]) -> str | None:
    """The predicted speaker name, else the text of its speaker span."""
    if pred.get("speaker"):
        return str(pred["speaker"])
    span = _speaker_span(pred)
    return text[span[0]:span[1]] if span else None


@dataclass
class _DocResult:
    """Counts and errors of one document for one subset."""

    figures: Figures = field(default_factory=Figures)
    errors: list[QuoteError] = field(default_factory=list)


def _valid_predictions(text: str, preds: Sequence[Any]) -> list[tuple[Span, Mapping[str, Any]]]:
    """(normalised span, prediction) for predictions with usable, non-empty spans."""
    out = []
    for p in preds:
        if not isinstance(p, Mapping):
            continue
        try:
            span = normalise_span(text, p["start"], p["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if span[1] > span[0]:
            out.append((span, p))
    return out


def _score_doc(doc: GoldDoc, preds: Sequence[Any], subset: str) -> _DocResult:
    """Count one document's quotes, matches and speakers; list its errors."""
    text: str = doc["text"]
    doc_id, source = str(doc["id"]), str(doc.get("source", ""))
    res = _DocResult()
    fig = res.figures

    def error(kind: str, start: int, end: int, **kw: Any) -> QuoteError:
        return QuoteError(kind=kind, doc_id=doc_id, source=source, start=start, end=end,
                          text=text[start:end], context=context_snippet(text, start, end), **kw)

    keep_all = subset == "all"
    gold = [q for q in doc["quotes"] if keep_all or q.get("kind", "direct") != "partial"]
    skipped = [(q["start"], q["end"]) for q in doc["quotes"]
               if not (keep_all or q.get("kind", "direct") != "partial")]
    g_spans = [normalise_span(text, q["start"], q["end"]) for q in gold]

    # predictions touching only left-out (partial) gold quotes are not scored
    kept = []
    for span, p in _valid_predictions(text, preds):
        if any(_overlaps(span, g) for g in g_spans) or not any(_overlaps(span, s) for s in skipped):
            kept.append((span, p))
        else:
            fig.pred_ignored += 1
    p_spans = [span for span, _ in kept]

    fig.docs, fig.gold, fig.pred = 1, len(gold), len(kept)
    fig.tp_exact = len(match_spans(g_spans, p_spans, exact=True))
    matched = match_spans(g_spans, p_spans, exact=False)
    fig.tp_overlap = len(matched)
    fig.gold_no_speaker = sum(1 for q in gold if _gold_speaker_form(q)[0] is None)

    unattributed = [tuple(s) for s in doc.get("unattributed_quoted_spans") or []]
    matched_preds = set(matched.values())
    for pi, (span, p) in enumerate(kept):
        if pi in matched_preds:
            continue
        on_unatt = any(_overlaps(span, u) for u in unattributed)
        fig.fp_unattributed += on_unatt
        res.errors.append(error("spurious_quote", span[0], span[1],
                                gold_speaker=None, pred_speaker=_pred_speaker_label(text, p),
                                rule=p.get("rule"), on_unattributed=on_unatt))

    for gi, q in enumerate(gold):
        if gi not in matched:
            res.errors.append(error("missed_quote", q["start"], q["end"],
                                    gold_speaker=_gold_speaker_label(text, q),
                                    pred_speaker=None, rule=None))
            continue
        form, names = _gold_speaker_form(q)
        if form is None:
            fig.pred_on_no_speaker += 1
            continue
        p = kept[matched[gi]][1]
        right = _speaker_right(p, q, names)
        fig.attr_scorable += 1
        fig.attr_correct += right
        fig.e2e_correct += right
        if form == "named":
            fig.named += 1
            fig.named_correct += right
        else:
            fig.mention_only += 1
            fig.mention_only_correct += right
        if not right:
            res.errors.append(error("wrong_speaker", q["start"], q["end"],
                                    gold_speaker=_gold_speaker_label(text, q),
                                    pred_speaker=_pred_speaker_label(text, p),
                                    rule=p.get("rule")))
    res.errors.sort(key=lambda x: (x.start, x.end))
    return res


@dataclass(frozen=True)
class Report:
    """Figures per ``"source/subset"`` (and ``"ALL/subset"`` for several sources) and errors.

    ``errors`` lists, in document order, the errors of the subset chosen in
    :func:`score` (``"all"`` by default).
    """

    results: dict[str, Figures]
    errors: list[QuoteError]
    missing_pred_docs: int = 0
    unknown_pred_docs: int = 0
    error_subset: str = "all"

    def __getitem__(self, key: str) -> Figures:
        return self.results[key]

    def error_counts(self) -> dict[str, int]:
        """Number of errors of each kind."""
        return {k: sum(1 for e in self.errors if e.kind == k) for k in ERROR_KINDS}

    def sample_errors(self, n: int, seed: int = 0) -> dict[str, list[QuoteError]]:
        """Up to ``n`` errors of each kind (all when ``n < 0``), drawn reproducibly."""
        rng = random.Random(seed)
        out: dict[str, list[QuoteError]] = {}
        for kind in ERROR_KINDS:
            idx = [i for i, e in enumerate(self.errors) if e.kind == kind]
            if 0 <= n < len(idx):
                idx = sorted(rng.sample(idx, n))
            out[kind] = [self.errors[i] for i in idx]
        return out

    def to_dict(self, ndigits: int = 4) -> dict[str, Any]:
        """Figures as plain data (the reference scorer's JSON layout), with error counts."""
        return {
            "missing_pred_docs": self.missing_pred_docs,
            "unknown_pred_docs": self.unknown_pred_docs,
            "results": {k: f.to_dict(ndigits) for k, f in self.results.items()},
            "error_subset": self.error_subset,
            "error_counts": self.error_counts(),
        }

    def table(self) -> str:
        """A readable table of the main figures, one row per source/subset."""
        return _format_table(self)


def _group_docs(docs: Sequence[GoldDoc]) -> list[tuple[str, list[int]]]:
    """(name, document indices) per source, sorted, plus "ALL" when there are several."""
    sources = sorted({str(d.get("source", "")) for d in docs})
    groups = [(s, [i for i, d in enumerate(docs) if str(d.get("source", "")) == s])
              for s in sources]
    if len(groups) > 1:
        groups.append(("ALL", list(range(len(docs)))))
    return groups


def _speech_words() -> re.Pattern[str]:
    from . import _lexicon as lx
    words = set(lx.cue_forms_of(lx.REPORT_VERBS)) | set(lx.REPORT_NOUNS) | {"according"}
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


#: A communication word in a gold attribution's cue: the "speech" subset of
#: reported speech (quoteattr's own lexicon of reporting verbs and nouns).
SPEECH_WORDS = _speech_words()


def indirect_view(doc: GoldDoc) -> GoldDoc:
    """``doc`` with its reported-speech items (``doc["indirect"]``) as the quotes
    to score; an item whose cue holds no communication word (beliefs,
    evidence: ``thinks``, ``polls show``) gets kind ``"partial"``, so that the
    second subset, ``speech``, leaves it out as the ``direct`` subset leaves
    out quoted fragments.

    .. versionadded:: 0.2
    """
    text = doc["text"]
    items = []
    for q in doc.get("indirect", []):
        cue = " ".join(text[a:b] for a, b in q.get("cue") or [])
        items.append(dict(q, kind="direct" if SPEECH_WORDS.search(cue) else "partial"))
    return dict(doc, quotes=items, unattributed_quoted_spans=[])


def score(gold_docs: Sequence[GoldDoc], predictions: Predictions, *,
          source: str | None = None, error_subset: str = "all",
          indirect: bool = False) -> Report:
    """Score ``predictions`` (doc id -> quote dicts) against ``gold_docs``.

    Gold documents with no entry in ``predictions`` count as "no quotes
    predicted"; prediction ids not in the gold are ignored (and counted).
    ``source`` keeps only the gold documents of that source.  Predictions of
    kind ``"indirect"`` are left out; with ``indirect=True`` only they are
    scored, against the gold reported speech (:func:`indirect_view`), and the
    second subset is named ``speech``.
    """
    if error_subset not in SUBSETS:
        raise ValueError(f"error_subset must be one of {SUBSETS}, got {error_subset!r}")
    docs = [d for d in gold_docs if source is None or d.get("source") == source]
    if indirect:
        docs = [indirect_view(d) for d in docs]
    predictions = {k: [p for p in v if not isinstance(p, Mapping)
                       or (p.get("kind") == "indirect") == indirect]
                   for k, v in predictions.items()}
    ids = {d["id"] for d in docs}
    per_doc = {
        subset: [_score_doc(d, predictions.get(d["id"]) or [], subset) for d in docs]
        for subset in SUBSETS
    }
    results: dict[str, Figures] = {}
    for name, members in _group_docs(docs):
        for subset in SUBSETS:
            total = Figures()
            for i in members:
                total.add(per_doc[subset][i].figures)
            label = "speech" if indirect and subset == "direct" else subset
            results[f"{name}/{label}"] = total
    return Report(
        results=results,
        errors=[e for r in per_doc[error_subset] for e in r.errors],
        missing_pred_docs=sum(1 for d in docs if d["id"] not in predictions),
        unknown_pred_docs=sum(1 for k in predictions if k not in ids),
        error_subset=error_subset,
    )


def predict(gold_docs: Iterable[GoldDoc], *, min_confidence: float = 0.0,
            attributed_only: bool = True, nested: bool = False,
            indirect: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Run :func:`quoteattr.attribute` on each gold text; doc id -> records.

    ``min_confidence`` drops records below that confidence.  ``attributed_only``
    (the default) keeps only records with a speaker span (``speaker_start`` not
    None): quoteattr also reports quote marks it finds no speaker for, mostly
    scare quotes, titles and nicknames, which the annotators do not count as
    quotations, so scoring them would count them as spurious quotes.
    ``nested`` (off by default) keeps quotes inside other quotes: annotated
    news lists the outer quotation only, with the inner one as part of it.
    ``indirect`` also finds reported speech (``Config(indirect=True)``).
    """
    from ._pipeline import Config

    cfg = Config(indirect=indirect)
    out: dict[str, list[dict[str, Any]]] = {}  # records as plain dicts (they are JSON)
    for doc in gold_docs:
        out[doc["id"]] = [
            dict(r) for r in attribute(doc["text"], cfg).records()
            if r["confidence"] >= min_confidence
            and (not attributed_only or r["speaker_start"] is not None or r["speaker"] is not None)
            and (nested or r["level"] == 0)
        ]
    return out


# --------------------------------------------------------------------------- output


def _fmt(x: float | None) -> str:
    """Three decimals of the 4-decimal figure (as the reference scorer prints it); "-" for None."""
    return "  -  " if x is None else f"{round(x, 4):.3f}"


def _format_table(report: Report) -> str:
    """The figures table (the layout of the reference scorer)."""
    header = (f"{'source/subset':<16} {'gold':>6} {'pred':>6} | {' exact P/R/F1':<17} | "
              f"{' overlap P/R/F1':<17} | {'P*':>5} | {'attr':>5} {'named':>5} {'m.only':>6} | "
              f"{' quote+spk P/R/F1':<17}")
    lines = [header, "-" * len(header)]
    for key, f in report.results.items():
        ex, ov, qs = f.exact, f.overlap, f.quote_speaker
        lines.append(
            f"{key:<16} {f.gold:>6} {f.pred:>6} | "
            f"{_fmt(ex.p)} {_fmt(ex.r)} {_fmt(ex.f1)} | {_fmt(ov.p)} {_fmt(ov.r)} {_fmt(ov.f1)} | "
            f"{_fmt(f.overlap_p_ignoring_unattributed)} | {_fmt(f.attr_acc)} "
            f"{_fmt(f.attr_acc_named)}  {_fmt(f.attr_acc_mention_only)} | "
            f"{_fmt(qs.p)} {_fmt(qs.r)} {_fmt(qs.f1)}"
        )
    lines.append("P* = overlap precision not counting predictions on unattributed quote marks; "
                 "attr = speaker accuracy on overlap-matched quotes;\nnamed = gold speaker name "
                 "given; m.only = gold gives only a mention span (pronoun source), checked by "
                 "the predicted span")
    if report.missing_pred_docs or report.unknown_pred_docs:
        lines.append(f"note: {report.missing_pred_docs} gold docs had no prediction line; "
                     f"{report.unknown_pred_docs} prediction ids not in gold")
    return "\n".join(lines)


def _format_error(e: QuoteError) -> str:
    """Two lines: where and who, then the context."""
    who = {
        "wrong_speaker": f"gold: {e.gold_speaker or '-'} | predicted: {e.pred_speaker or '-'}",
        "missed_quote": f"gold: {e.gold_speaker or '-'}",
        "spurious_quote": f"predicted: {e.pred_speaker or '-'}"
                          + (" | on unattributed quote marks" if e.on_unattributed else ""),
    }[e.kind]
    rule = f" [rule {e.rule}]" if e.rule else ""
    return f"  {e.doc_id} [{e.start}:{e.end}] {who}{rule}\n      {e.context}"


def _format_errors(report: Report, n: int, seed: int) -> str:
    """Error counts by kind and up to ``n`` sampled errors of each."""
    counts = report.error_counts()
    on_unatt = sum(1 for e in report.errors if e.on_unattributed)
    lines = [f"errors ({report.error_subset!r} subset): "
             + ", ".join(f"{counts[k]} {k}" for k in ERROR_KINDS)
             + f" ({on_unatt} spurious on unattributed quote marks)"]
    if n == 0:
        return lines[0]
    for kind, sample in report.sample_errors(n, seed).items():
        lines.append("")
        lines.append(f"{kind}: {counts[kind]}" + (f" (showing {len(sample)})"
                                                   if len(sample) < counts[kind] else ""))
        lines.extend(_format_error(e) for e in sample)
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quoteattr evaluate",
        description="Score quotations and speakers against gold annotations. Without PRED, "
                    "run quoteattr on the gold texts.",
    )
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold documents, one JSON object a line")
    p.add_argument("pred", metavar="PRED.jsonl", nargs="?",
                   help='predictions, {"id": ..., "quotes": [...]} a line (default: run quoteattr)')
    p.add_argument("--source", metavar="S", help="score only gold documents of source S")
    p.add_argument("--show-errors", dest="errors", type=int, default=5, metavar="N",
                   help="show up to N sampled errors of each kind (0: none, -1: all; default 5)")
    p.add_argument("--errors", dest="errors", type=int, action=DeprecatedAlias,
                   new="--show-errors")
    p.add_argument("--seed", type=int, default=0, help="seed for sampling errors (default 0)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="drop predictions whose confidence is below X")
    p.add_argument("--all-quotes", action="store_true",
                   help="when running quoteattr, keep quotes without a speaker too")
    p.add_argument("--indirect", action="store_true",
                   help="score reported speech (the gold's 'indirect' items, predictions of "
                        "kind 'indirect'; subsets 'all' and 'speech')")
    p.add_argument("--calibration", action="store_true",
                   help="also print the reliability table (10 confidence bins: share of "
                        "speakers right) and the expected calibration error (with "
                        "--indirect: of the reported speech)")
    return p


def _filter_confidence(preds: dict[str, list[dict[str, Any]]],
                       min_confidence: float) -> dict[str, list[dict[str, Any]]]:
    """Drop predictions with a numeric confidence below ``min_confidence``."""
    def keep(q: Any) -> bool:
        c = q.get("confidence") if isinstance(q, Mapping) else None
        return not isinstance(c, (int, float)) or c >= min_confidence

    return {k: [q for q in v if keep(q)] for k, v in preds.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """``quoteattr evaluate GOLD.jsonl [PRED.jsonl] [options]``; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        gold = load_gold(args.gold)
        if args.source:
            gold = [d for d in gold if d.get("source") == args.source]
        if args.pred:
            preds = load_predictions(args.pred)
            if args.min_confidence > 0:
                preds = _filter_confidence(preds, args.min_confidence)
        else:
            preds = predict(gold, min_confidence=args.min_confidence,
                            attributed_only=not args.all_quotes, indirect=args.indirect)
    except (OSError, ValueError) as e:  # json.JSONDecodeError is a ValueError
        print(f"quoteattr evaluate: {e}", file=sys.stderr)
        return 1
    report = score(gold, preds, indirect=args.indirect)
    try:
        _print_report(report, args, gold, preds)
    except BrokenPipeError:  # quoteattr evaluate … | head
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    return 0


def _print_report(report: Report, args: argparse.Namespace,
                  gold: Sequence[GoldDoc] = (), preds: Predictions | None = None) -> None:
    preds = preds if preds is not None else {}
    if args.json:
        from . import __version__

        obj = {"gold_file": args.gold, "pred_file": args.pred, **report.to_dict(),
               "errors": [e.to_dict() for es in report.sample_errors(args.errors, args.seed)
                          .values() for e in es]}
        if not args.pred:
            obj["predictor"] = {"quoteattr": __version__, "min_confidence": args.min_confidence,
                                "attributed_only": not args.all_quotes}
        if args.calibration:
            obj["calibration"] = calibration(gold, preds, indirect=args.indirect).to_dict()
        print(json.dumps(obj, ensure_ascii=False, sort_keys=True))
    else:
        print(report.table())
        print()
        print(_format_errors(report, args.errors, args.seed))
        if args.calibration:
            print()
            if args.indirect:
                print("reported speech (records of kind 'indirect'; a report on no gold "
                      "item is wrong):")
            print(calibration(gold, preds, indirect=args.indirect).table())


if __name__ == "__main__":
    sys.exit(main())


# ---------------------------------------------------------------------------
# Calibration: does a confidence mean the share right?


@dataclass(frozen=True)
class Calibration:
    """A reliability table: predictions with a speaker, binned by confidence.

    ``rows`` holds ``(low, high, count, mean confidence, share right)`` per
    non-empty bin; ``ece`` is the expected calibration error, the mean of
    ``|share right - mean confidence|`` over the bins weighted by their counts.
    A prediction is right when it covers a gold quote and names its speaker
    (as the attribution figures count it); a prediction on no gold quote, or
    on quote marks the annotators attributed to no one, is wrong.  Predictions
    on gold quotes that have no speaker are left out: there is nothing to be
    right about.  Reported speech is counted the same way against the gold
    reported-speech items (``calibration(..., indirect=True)``): a report on
    no gold item is wrong.
    """

    rows: tuple[tuple[float, float, int, float, float], ...]
    ece: float
    count: int

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {"ece": round(self.ece, 4), "count": self.count,
                "bins": [{"low": lo, "high": hi, "count": n, "confidence": round(c, 4),
                          "right": round(r, 4)} for lo, hi, n, c, r in self.rows]}

    def table(self) -> str:
        """The table as text, with the ECE on its last line."""
        lines = ["confidence bin   count   mean conf.   share right",
                 "-------------------------------------------------"]
        for lo, hi, n, c, r in self.rows:
            lines.append(f"[{lo:.1f}, {hi:.1f}{']' if hi >= 1 else ')'}    {n:6d}   {c:10.3f}"
                         f"   {r:11.3f}")
        lines.append(f"expected calibration error (ECE, {len(self.rows)} bins, "
                     f"{self.count} predictions): {self.ece:.3f}")
        return "\n".join(lines)


def calibration_pairs(gold_docs: Sequence[GoldDoc], predictions: Predictions, *,
                      indirect: bool = False) -> list[tuple[Mapping[str, Any], bool]]:
    """``(prediction, right)`` for every prediction with a speaker and a numeric
    confidence, as :class:`Calibration` counts it.  Without ``indirect`` the
    quotes (predictions not of kind ``"indirect"``) against the gold quotes;
    with it the reports (kind ``"indirect"``) against every gold reported-speech
    item (:func:`indirect_view`, both subsets): a report on no gold item is
    wrong, since the user is shown a claim that someone said it.

    .. versionadded:: 0.2
    """
    out: list[tuple[Mapping[str, Any], bool]] = []
    for doc in gold_docs:
        if indirect:
            doc = indirect_view(doc)
        text = doc["text"]
        gold = doc["quotes"]
        g_spans = [normalise_span(text, q["start"], q["end"]) for q in gold]
        kept = [(span, p) for span, p in _valid_predictions(text, predictions.get(
                    str(doc["id"]), ()))
                if (p.get("kind") == "indirect") == indirect
                and isinstance(p.get("confidence"), (int, float))
                and (p.get("speaker") is not None or p.get("speaker_start") is not None)]
        matched = {pi: gi for gi, pi in match_spans(
            g_spans, [span for span, _ in kept], exact=False).items()}
        for pi, (_, p) in enumerate(kept):
            gi = matched.get(pi)
            if gi is None:
                out.append((p, False))
                continue
            form, names = _gold_speaker_form(gold[gi])
            if form is not None:
                out.append((p, _speaker_right(p, gold[gi], names)))
    return out


def calibration(gold_docs: Sequence[GoldDoc], predictions: Predictions,
                bins: int = 10, *, indirect: bool = False) -> Calibration:
    """The reliability table and ECE of ``predictions`` against ``gold_docs``
    (predictions with a speaker and a numeric confidence; see :class:`Calibration`);
    ``indirect``: of the reports against the gold reported speech
    (:func:`calibration_pairs`)."""
    pairs = [(float(p["confidence"]), right)
             for p, right in calibration_pairs(gold_docs, predictions, indirect=indirect)]
    rows = []
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, r) for c, r in pairs if lo <= c < hi or (b == bins - 1 and c == hi)]
        if not inside:
            continue
        conf = sum(c for c, _ in inside) / len(inside)
        right = sum(r for _, r in inside) / len(inside)
        rows.append((lo, hi, len(inside), conf, right))
        ece += len(inside) / len(pairs) * abs(right - conf)
    return Calibration(tuple(rows), ece, len(pairs))
