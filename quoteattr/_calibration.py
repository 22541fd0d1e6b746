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
    ('action_beat', 'dialogue', 0.62): (0.589, 129),
    ('continuation', 'prose', 0.65): (0.565, 46),
    ('cue_later_in_sentence', 'dialogue', 0.7): (0.529, 51),
    ('leading_cue', 'dialogue', 0.5): (0.861, 36),
    ('leading_cue', 'dialogue', 0.72): (0.772, 136),
    ('leading_cue', 'dialogue', 0.75): (0.852, 128),
    ('leading_cue', 'dialogue', 0.8): (0.984, 426),
    ('leading_cue', 'dialogue', 0.9): (0.877, 575),
    ('leading_cue', 'narration', 0.9): (0.943, 35),
    ('leading_cue', 'prose', 0.72): (0.821, 39),
    ('leading_cue', 'prose', 0.75): (0.922, 51),
    ('leading_cue', 'prose', 0.9): (0.941, 220),
    ('paragraph_cue', 'dialogue', 0.5): (0.357, 84),
    ('reported_according_to', 'report', 0.85): (0.932, 73),
    ('reported_after_cue', 'report', 0.68): (0.673, 159),
    ('reported_after_cue', 'report', 0.8): (0.867, 181),
    ('reported_after_cue', 'report', 0.85): (0.818, 831),
    ('reported_before_cue', 'report', 0.8): (0.862, 65),
    ('reported_before_cue', 'report', 0.85): (0.891, 128),
    ('same_paragraph', 'dialogue', 0.5): (0.872, 39),
    ('same_paragraph', 'dialogue', 0.59): (0.521, 121),
    ('same_paragraph', 'dialogue', 0.7): (0.519, 54),
    ('same_paragraph', 'dialogue', 0.75): (0.977, 2387),
    ('same_paragraph', 'narration', 0.75): (0.942, 69),
    ('same_paragraph', 'prose', 0.75): (0.95, 282),
    ('sentence_subject', 'dialogue', 0.45): (0.294, 51),
    ('sentence_subject', 'prose', 0.45): (0.581, 31),
    ('trailing_cue', 'dialogue', 0.5): (0.93, 71),
    ('trailing_cue', 'dialogue', 0.9): (0.96, 580),
    ('trailing_cue', 'dialogue', 0.95): (0.988, 3916),
    ('trailing_cue', 'narration', 0.9): (0.935, 31),
    ('trailing_cue', 'narration', 0.95): (0.968, 93),
    ('trailing_cue', 'prose', 0.9): (0.93, 158),
    ('trailing_cue', 'prose', 0.95): (0.975, 407),
    ('turn_taking', 'dialogue', 0.45): (0.633, 245),
    ('turn_taking', 'dialogue', 0.47): (0.519, 77),
    ('turn_taking', 'dialogue', 0.5): (0.624, 1187),
    ('turn_taking', 'dialogue', 0.51): (0.627, 75),
    ('turn_taking', 'dialogue', 0.56): (0.661, 722),
    ('turn_taking', 'dialogue', 0.58): (0.816, 98),
    ('turn_taking', 'dialogue', 0.63): (0.823, 673),
}


def calibrated(rule: str, register: str, confidence: float) -> float:
    """The measured share right for a decision, else its designed ``confidence``."""
    if confidence <= 0.0:
        return confidence  # no speaker given: nothing to be right about
    cell = TABLE.get((rule, register, confidence))
    return cell[0] if cell is not None else confidence
