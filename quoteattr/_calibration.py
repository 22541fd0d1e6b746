"""Confidences as measured: the share of speakers right, per rule, register and designed value.

Each rule gives a *designed* confidence (:mod:`quoteattr._constants`); what a
user sees is the share of such decisions that were right when measured on
annotated text.  :data:`TABLE` maps ``(rule, register, designed confidence)``
to ``(share right, decisions measured)``.  The register is ``"dialogue"`` for a
quote in a dialogue exchange (:mod:`quoteattr._exchanges`), ``"prose"`` for
another quote, and ``"report"`` for reported speech (the report rules of
:mod:`quoteattr._reported`, measured on reported speech only).  A cell is kept
only when at least :data:`MIN_COUNT` decisions were measured; where no cell is
kept, the designed confidence stands (a rule's share as a whole would blur what
the designed values tell apart, such as a pronoun left unresolved).

The table is written by ``python benchmarks/calibrate.py --write``, which
says the data it was measured on; do not edit it by hand.
"""

from __future__ import annotations

__all__ = ["MIN_COUNT", "SOURCE", "TABLE", "calibrated"]

#: Fewest decisions a cell must have been measured on to be kept.
MIN_COUNT = 30

#: What the table was measured on.
SOURCE = 'polnear.dev and pdnc.dev (../shared/data), quoteattr 0.1.0; reports: polnear.dev'

#: (rule, register, designed confidence) -> (share right, decisions measured)
TABLE: dict[tuple[str, str, float], tuple[float, int]] = {
    ('action_beat', 'dialogue', 0.62): (0.57, 128),
    ('continuation', 'prose', 0.65): (0.394, 94),
    ('cue_later_in_sentence', 'dialogue', 0.7): (0.489, 47),
    ('leading_cue', 'dialogue', 0.72): (0.788, 156),
    ('leading_cue', 'dialogue', 0.75): (0.806, 98),
    ('leading_cue', 'dialogue', 0.8): (0.976, 415),
    ('leading_cue', 'dialogue', 0.9): (0.884, 518),
    ('leading_cue', 'prose', 0.72): (0.676, 68),
    ('leading_cue', 'prose', 0.75): (0.875, 56),
    ('leading_cue', 'prose', 0.8): (0.969, 32),
    ('leading_cue', 'prose', 0.9): (0.931, 216),
    ('paragraph_cue', 'dialogue', 0.5): (0.312, 80),
    ('paragraph_cue', 'prose', 0.5): (0.441, 34),
    ('reported_according_to', 'report', 0.85): (0.932, 74),
    ('reported_after_cue', 'report', 0.68): (0.748, 230),
    ('reported_after_cue', 'report', 0.8): (0.871, 171),
    ('reported_after_cue', 'report', 0.85): (0.82, 711),
    ('reported_before_cue', 'report', 0.8): (0.844, 64),
    ('reported_before_cue', 'report', 0.85): (0.867, 128),
    ('same_paragraph', 'dialogue', 0.5): (0.879, 33),
    ('same_paragraph', 'dialogue', 0.7): (0.434, 53),
    ('same_paragraph', 'dialogue', 0.75): (0.965, 2345),
    ('same_paragraph', 'prose', 0.75): (0.952, 376),
    ('sentence_subject', 'dialogue', 0.45): (0.294, 51),
    ('sentence_subject', 'prose', 0.45): (0.523, 44),
    ('trailing_cue', 'dialogue', 0.5): (0.95, 60),
    ('trailing_cue', 'dialogue', 0.9): (0.964, 580),
    ('trailing_cue', 'dialogue', 0.95): (0.987, 3887),
    ('trailing_cue', 'prose', 0.9): (0.922, 193),
    ('trailing_cue', 'prose', 0.95): (0.97, 539),
    ('turn_taking', 'dialogue', 0.5): (0.604, 1065),
    ('turn_taking', 'dialogue', 0.56): (0.604, 685),
    ('turn_taking', 'dialogue', 0.63): (0.624, 1225),
}


def calibrated(rule: str, register: str, confidence: float) -> float:
    """The measured share right for a decision, else its designed ``confidence``."""
    if confidence <= 0.0:
        return confidence  # no speaker given: nothing to be right about
    cell = TABLE.get((rule, register, confidence))
    return cell[0] if cell is not None else confidence
