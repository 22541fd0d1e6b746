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
    ('action_beat', 'dialogue', 0.62): (0.573, 131),
    ('continuation', 'prose', 0.65): (0.476, 63),
    ('cue_later_in_sentence', 'dialogue', 0.7): (0.479, 48),
    ('leading_cue', 'dialogue', 0.5): (0.903, 31),
    ('leading_cue', 'dialogue', 0.72): (0.767, 163),
    ('leading_cue', 'dialogue', 0.75): (0.815, 108),
    ('leading_cue', 'dialogue', 0.8): (0.977, 426),
    ('leading_cue', 'dialogue', 0.9): (0.886, 535),
    ('leading_cue', 'prose', 0.72): (0.717, 60),
    ('leading_cue', 'prose', 0.75): (0.872, 47),
    ('leading_cue', 'prose', 0.9): (0.93, 200),
    ('paragraph_cue', 'dialogue', 0.5): (0.349, 86),
    ('same_paragraph', 'dialogue', 0.5): (0.886, 35),
    ('same_paragraph', 'dialogue', 0.7): (0.436, 55),
    ('same_paragraph', 'dialogue', 0.75): (0.974, 2360),
    ('same_paragraph', 'prose', 0.75): (0.95, 342),
    ('sentence_subject', 'dialogue', 0.45): (0.321, 53),
    ('sentence_subject', 'prose', 0.45): (0.525, 40),
    ('trailing_cue', 'dialogue', 0.5): (0.952, 63),
    ('trailing_cue', 'dialogue', 0.9): (0.964, 590),
    ('trailing_cue', 'dialogue', 0.95): (0.987, 3932),
    ('trailing_cue', 'prose', 0.9): (0.918, 183),
    ('trailing_cue', 'prose', 0.95): (0.968, 494),
    ('turn_taking', 'dialogue', 0.45): (0.64, 211),
    ('turn_taking', 'dialogue', 0.5): (0.617, 1180),
    ('turn_taking', 'dialogue', 0.51): (0.529, 85),
    ('turn_taking', 'dialogue', 0.56): (0.674, 663),
    ('turn_taking', 'dialogue', 0.58): (0.78, 100),
    ('turn_taking', 'dialogue', 0.63): (0.812, 685),
}


def calibrated(rule: str, register: str, confidence: float) -> float:
    """The measured share right for a decision, else its designed ``confidence``."""
    if confidence <= 0.0:
        return confidence  # no speaker given: nothing to be right about
    cell = TABLE.get((rule, register, confidence))
    return cell[0] if cell is not None else confidence
