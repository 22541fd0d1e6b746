"""Confidences as measured: the share of speakers right, per rule, register and designed value.

Each rule gives a *designed* confidence (:mod:`quoteattr._constants`); what a
user sees is the share of such decisions that were right when measured on
annotated text.  :data:`TABLE` maps ``(rule, register, designed confidence)``
to ``(share right, decisions measured)``.  The register is ``"dialogue"`` for a
quote in a dialogue exchange (:mod:`quoteattr._exchanges`); for another quote,
``"narration"`` when most of its document's quotes stand in dialogue (a novel's
narration), else ``"prose"`` (a report's); and ``"report"`` for reported speech (the report rules of
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
    ('action_beat', 'dialogue', 0.62): (0.71, 124),
    ('colon_intro', 'dialogue', 0.8): (0.939, 49),
    ('continuation', 'prose', 0.65): (0.595, 37),
    ('cue_later_in_sentence', 'dialogue', 0.7): (0.567, 30),
    ('leading_cue', 'dialogue', 0.5): (0.821, 39),
    ('leading_cue', 'dialogue', 0.72): (0.78, 150),
    ('leading_cue', 'dialogue', 0.75): (0.839, 87),
    ('leading_cue', 'dialogue', 0.8): (0.996, 455),
    ('leading_cue', 'dialogue', 0.9): (0.869, 490),
    ('leading_cue', 'prose', 0.72): (0.9, 60),
    ('leading_cue', 'prose', 0.75): (0.936, 78),
    ('leading_cue', 'prose', 0.9): (0.946, 350),
    ('paragraph_cue', 'dialogue', 0.5): (0.303, 76),
    ('reported_according_to', 'report', 0.85): (0.934, 76),
    ('reported_after_cue', 'report', 0.68): (0.747, 158),
    ('reported_after_cue', 'report', 0.8): (0.874, 206),
    ('reported_after_cue', 'report', 0.85): (0.846, 896),
    ('reported_before_cue', 'report', 0.8): (0.863, 80),
    ('reported_before_cue', 'report', 0.85): (0.923, 143),
    ('same_paragraph', 'dialogue', 0.5): (0.932, 44),
    ('same_paragraph', 'dialogue', 0.59): (0.677, 62),
    ('same_paragraph', 'dialogue', 0.7): (0.578, 45),
    ('same_paragraph', 'dialogue', 0.75): (0.985, 2349),
    ('same_paragraph', 'narration', 0.75): (0.945, 55),
    ('same_paragraph', 'prose', 0.75): (0.967, 361),
    ('sentence_subject', 'dialogue', 0.45): (0.118, 34),
    ('sentence_subject', 'prose', 0.45): (0.63, 46),
    ('trailing_cue', 'dialogue', 0.5): (0.947, 76),
    ('trailing_cue', 'dialogue', 0.8): (0.952, 42),
    ('trailing_cue', 'dialogue', 0.9): (0.968, 506),
    ('trailing_cue', 'dialogue', 0.95): (0.993, 3905),
    ('trailing_cue', 'narration', 0.95): (0.961, 76),
    ('trailing_cue', 'prose', 0.9): (0.949, 237),
    ('trailing_cue', 'prose', 0.95): (0.972, 532),
    ('turn_taking', 'dialogue', 0.45): (0.632, 133),
    ('turn_taking', 'dialogue', 0.47): (0.657, 70),
    ('turn_taking', 'dialogue', 0.5): (0.715, 1261),
    ('turn_taking', 'dialogue', 0.51): (0.655, 113),
    ('turn_taking', 'dialogue', 0.56): (0.742, 766),
    ('turn_taking', 'dialogue', 0.58): (0.882, 85),
    ('turn_taking', 'dialogue', 0.63): (0.852, 534),
}


def calibrated(rule: str, register: str, confidence: float) -> float:
    """The measured share right for a decision, else its designed ``confidence``."""
    if confidence <= 0.0:
        return confidence  # no speaker given: nothing to be right about
    cell = TABLE.get((rule, register, confidence))
    return cell[0] if cell is not None else confidence
