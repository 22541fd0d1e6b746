"""Attribution: the sieve run over a document's quotes, and one record per quote.

Coreference is settled first (:mod:`quoteattr._discourse`); then the engine
(:mod:`quoteattr._sieve`) runs the declared rules (:mod:`quoteattr._rules`)
over the outermost quotes, and the nested rules over the quotes inside quotes;
then :func:`_record` makes every quote's :class:`~quoteattr._model.Attribution`
the one same way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from . import _constants as k
from ._calibration import calibrated
from ._context import Context
from ._cues import Cue, CuePatterns
from ._discourse import Coreference, resolve_pronouns
from ._model import (
    Attribution,
    Mention,
    Paragraph,
    Quote,
    Report,
    Sentence,
    Step,
    _make_attribution,
)
from ._narrator import name_narrator
from ._reported import ReportContext, find_candidates
from ._rules import NESTED_RULES, RULES
from ._sieve import Fire, Rule, run
from ._speakers import Entity

__all__ = ["attribute_quotes"]


def attribute_quotes(
    text: str,
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    quotes: Sequence[Quote],
    mentions: Sequence[Mention],
    cues: Sequence[Cue],
    entities: list[Entity],
    entity_of: list[int | None],
    rules: Sequence[Rule[Context]] = RULES,
    cue_patterns: CuePatterns | None = None,
    nested_rules: Sequence[Rule[Context]] = NESTED_RULES,
    explain: bool = False,
    report_rules: Sequence[Rule[ReportContext]] | None = None,
) -> tuple[list[Attribution], Coreference, list[Report], list[Attribution]]:
    """Run the sieve; return one Attribution per quote (speaker = entity id),
    the coreference it read (each pronoun's entity), and, when ``report_rules``
    are given, the reported speech found and one Attribution per report."""
    coref = resolve_pronouns(text, sentences, mentions, cues, entities, entity_of)
    # a first-person story's "I", named as the other people call them
    coref = name_narrator(text, paragraphs, quotes, mentions, cues, entities, coref)
    ctx = Context(text, paragraphs, sentences, quotes, mentions, cues, entities, entity_of,
                  coref, cue_patterns)
    trace: list[list[Step]] | None = [[] for _ in quotes] if explain else None
    order = run(rules, ctx, [i for i, q in enumerate(quotes) if q.level == 0], ctx.decided,
                trace)
    order += run(nested_rules, ctx, [i for i, q in enumerate(quotes) if q.level > 0],
                 ctx.decided, trace)
    for qi in order:  # in decision order: each follows links to earlier decisions
        ctx.speaker_entity(qi)
    if quotes:
        ctx.exchanges  # noqa: B018 - made now, while the indexes it reads are held
    reports: list[Report] = []
    report_out: list[Attribution] = []
    if report_rules is not None:
        reports, report_out = _reports(ctx, report_rules, explain)
    ctx.release_indexes()  # only decisions are read from here on: less held at the peak
    out = [_record(ctx, qi, trace[qi] if trace is not None else None)
           for qi in range(len(quotes))]
    return out, coref, reports, report_out


def _reports(ctx: Context, rules: Sequence[Rule[ReportContext]],
             explain: bool) -> tuple[list[Report], list[Attribution]]:
    """Reported speech: the report rules run over the candidates; each one that
    fires is a report, unless its content overlaps an earlier one's."""
    r = ReportContext(ctx, find_candidates(ctx))
    trace: list[list[Step]] | None = [[] for _ in r.candidates] if explain else None
    run(rules, r, range(len(r.candidates)), r.decided, trace)
    found = sorted((d[1].extent, i) for i, d in enumerate(r.decided)
                   if d is not None and d[1].extent is not None)
    p_starts = [p.start for p in ctx.paragraphs]
    reports: list[Report] = []
    out: list[Attribution] = []
    last_end = -1
    for (a, b), i in found:
        if a < last_end:
            continue  # one content, one report
        last_end = b
        rule, d = r.decided[i]  # type: ignore[misc]
        para = max(0, bisect_right(p_starts, a) - 1)
        reports.append(Report._of(ctx.text, a, b, para, tuple(r.quotes_in(a, b))))
        eid = ctx.entity(d.mention) if d.mention is not None else d.entity
        eid = ctx.named(eid, d.mention)
        out.append(_build(ctx, len(out), rule, d, eid, d.mention, d.cue, "report",
                          trace[i] if trace is not None else None))
    return reports, out


def _record(ctx: Context, qi: int, steps: list[Step] | None) -> Attribution:
    """The one way a quote's Attribution is made, from its decision (or none)."""
    dec = ctx.decided[qi]
    # positional, in field order: quote speaker rule confidence mention_start
    # mention_end cue cue_start cue_end speaker_from trace
    if dec is None:
        return _make_attribution(qi, None, "none", 0.0, None, None, None, None, None, None,
                                 None if steps is None else tuple(steps))
    rule, d = dec
    eid, mi = ctx.speaker_entity(qi)  # memoised
    eid = ctx.named(eid, mi)
    cue = d.cue
    if cue is None and d.speaker_from is not None:
        src = ctx.decided[d.speaker_from]
        cue = src[1].cue if src else None
    guess = None
    if mi is not None:
        guess = ctx.exchanges.pronoun_speaker.get(mi) if eid is None else \
            ctx.exchanges.description_speaker.get(mi)
    return _build(ctx, qi, rule, d, eid, mi, cue, _register(ctx, qi), steps, guess)


def _register(ctx: Context, qi: int) -> str:
    """The kind of text a quote's confidence is measured in: ``"dialogue"`` in a
    dialogue exchange; outside one, ``"narration"`` when most of the document's
    quotes stand in dialogue (a novel's narration), else ``"prose"`` (a report's)."""
    dialogue = ctx.exchanges.dialogue
    if dialogue.get(qi, False):
        return "dialogue"
    share = ctx.dialogue_share
    if share is None:
        share = ctx.dialogue_share = sum(dialogue.values()) / max(1, len(dialogue))
    return "narration" if share > 0.5 else "prose"


def _build(ctx: Context, index: int, rule: Rule, d: Fire, eid: int | None, mi: int | None,
           cue: Cue | None, register: str, steps: list[Step] | None,
           guess: int | None = None) -> Attribution:
    """An Attribution (of a quote or of a report) from a rule's fire: the
    speaker's span, the measured confidence, the settled trace.  ``guess``: for
    a pronoun resolved to no one, the person of its gender the dialogue
    exchange gives its turn (the speaker reported; the confidence stays capped);
    for a bare description of a person (``said the old woman``), the named
    participant of its gender the exchange gives it."""
    conf = d.confidence
    # the notes are read only by the trace: without one, they are not written
    notes: list[str] | None = [] if steps is not None else None
    start: int | None
    end: int | None
    if d.span is not None:
        start, end = d.span
    elif mi is not None:
        m = ctx.mentions[mi]
        start, end = m.start, m.end
        if m.kind == "pronoun" and eid is None:
            if conf > k.UNRESOLVED_PRONOUN_CAP:
                conf = k.UNRESOLVED_PRONOUN_CAP
                if notes is not None:
                    notes.append(f"confidence capped at {conf}: the pronoun resolved to no one")
            if guess is not None:
                eid = guess
                if notes is not None:
                    notes.append("speaker: the person of its gender the dialogue exchange "
                                 "gives the turn")
        elif guess is not None:  # "said the old woman": a bare description of a person
            eid = guess
            if notes is not None:
                notes.append("speaker: the named person of the description's gender the "
                             "dialogue exchange gives the turn")
    else:
        start = end = None
    conf = round(conf, 3)
    measured = round(calibrated(rule.name, register, conf), 3)
    if measured != conf:
        if notes is not None:
            notes.append(f"confidence {measured}: the share right measured for this rule "
                         f"(designed {conf}) in "
                         f"{'reported speech' if register == 'report' else register}")
        conf = measured
    trace = None
    if steps is not None and notes is not None:
        trace = tuple(_settle(steps, d, notes, conf, cue, start, end))
    return _make_attribution(
        index, eid, rule.name, conf, start, end,
        cue.text if cue else None, cue.start if cue else None, cue.end if cue else None,
        d.speaker_from, trace)


def _settle(steps: list[Step], d: Fire, notes: list[str], conf: float,
            cue: Cue | None, start: int | None, end: int | None) -> list[Step]:
    """The steps with the fired one (the last) holding what the record holds."""
    last = steps[-1]
    notes = ([f"speaker shared with quote {d.speaker_from}"] if d.speaker_from is not None
             else []) + notes
    why = f"{last.why} [{'; '.join(notes)}]" if notes else last.why
    steps[-1] = last._replace(
        why=why, confidence=conf, cue=cue.text if cue else None,
        mention=(start, end) if start is not None and end is not None else None)
    return steps
