"""Confidences as measured: the share of speakers right, per rule, register and designed value.

Each rule gives a *designed* confidence (:mod:`quoteattr._constants`); what a
user sees is the share of such decisions that were right when measured on
annotated text.  :data:`TABLE` maps ``(rule, register, designed confidence)``
to ``(share right, decisions measured)``.  The register is ``"dialogue"`` for a
quote in a dialogue exchange (:mod:`quoteattr._exchanges`), else
``"prose"``.  A cell is kept only when at least :data:`MIN_COUNT` decisions
were measured; where no cell is kept, the designed confidence stands (a rule's
share as a whole would blur what the designed values tell apart, such as a
pronoun left unresolved).

The table is written by ``python benchmarks/calibrate.py --write``, which
says the data it was measured on; do not edit it by hand.
"""

from __future__ import annotations

__all__ = ["MIN_COUNT", "SOURCE", "TABLE", "calibrated"]

#: Fewest decisions a cell must have been measured on to be kept.
MIN_COUNT = 30

#: What the table was measured on.
SOURCE = 'polnear.dev.jsonl and pdnc.dev.jsonl (../shared/data), quoteattr 0.1.0'

#: (rule, register, designed confidence) -> (share right, decisions measured)
TABLE: dict[tuple[str, str, float], tuple[float, int]] = {
    ('action_beat', 'dialogue', 0.62): (0.57, 128),
    ('continuation', 'prose', 0.65): (0.394, 94),
    ('cue_later_in_sentence', 'dialogue', 0.7): (0.489, 47),
    ('leading_cue', 'dialogue', 0.72): (0.787, 155),
    ('leading_cue', 'dialogue', 0.75): (0.808, 99),
    ('leading_cue', 'dialogue', 0.8): (0.976, 415),
    ('leading_cue', 'dialogue', 0.9): (0.884, 519),
    ('leading_cue', 'prose', 0.72): (0.676, 68),
    ('leading_cue', 'prose', 0.75): (0.875, 56),
    ('leading_cue', 'prose', 0.8): (0.969, 32),
    ('leading_cue', 'prose', 0.9): (0.931, 216),
    ('paragraph_cue', 'dialogue', 0.5): (0.312, 80),
    ('paragraph_cue', 'prose', 0.5): (0.441, 34),
    ('same_paragraph', 'dialogue', 0.5): (0.879, 33),
    ('same_paragraph', 'dialogue', 0.7): (0.434, 53),
    ('same_paragraph', 'dialogue', 0.75): (0.973, 2327),
    ('same_paragraph', 'prose', 0.75): (0.952, 376),
    ('sentence_subject', 'dialogue', 0.45): (0.3, 50),
    ('sentence_subject', 'prose', 0.45): (0.535, 43),
    ('trailing_cue', 'dialogue', 0.5): (0.95, 60),
    ('trailing_cue', 'dialogue', 0.9): (0.964, 580),
    ('trailing_cue', 'dialogue', 0.95): (0.987, 3887),
    ('trailing_cue', 'prose', 0.9): (0.922, 193),
    ('trailing_cue', 'prose', 0.95): (0.97, 539),
    ('turn_taking', 'dialogue', 0.45): (0.649, 211),
    ('turn_taking', 'dialogue', 0.5): (0.62, 1157),
    ('turn_taking', 'dialogue', 0.51): (0.55, 80),
    ('turn_taking', 'dialogue', 0.56): (0.68, 643),
    ('turn_taking', 'dialogue', 0.58): (0.766, 94),
    ('turn_taking', 'dialogue', 0.63): (0.82, 655),
}


def calibrated(rule: str, register: str, confidence: float) -> float:
    """The measured share right for a decision, else its designed ``confidence``."""
    if confidence <= 0.0:
        return confidence  # no speaker given: nothing to be right about
    cell = TABLE.get((rule, register, confidence))
    return cell[0] if cell is not None else confidence
