"""A small sieve engine over declared rules.

A :class:`Rule` is declared once: its stable name, its decision function,
the passes it runs in, and the :class:`Condition` s under which it applies.
Its decision is a :class:`Fire` (it decides) or a :class:`Pass` with a reason
(it does not), as each of Punkt's decisions carries a reason.  :func:`run`
runs the rules in order, pass after pass, each over the items still
undecided; the first rule that fires decides an item.  With ``trace=True``
every step that ran is recorded, in order, as a :class:`Step`; without it
nothing is recorded, so the common path pays nothing for explanations.

The engine knows nothing about quotes (an item is an index the rules
understand) and the rules know nothing about passes or tracing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

import attrs

from ._model import Step

__all__ = ["Condition", "Fire", "Pass", "Rule", "run"]

C = TypeVar("C")


class Fire(NamedTuple):
    """A rule decides: how surely, and from what (all optional but the confidence)."""

    confidence: float
    mention: int | None = None  #: the mention naming the speaker near the item
    cue: Any = None  #: the speech cue read
    speaker_from: int | None = None  #: another item whose speaker this one shares
    entity: int | None = None  #: a speaker known without a mention outside quotes
    span: tuple[int, int] | None = None  #: where the text names that speaker
    extent: tuple[int, int] | None = None  #: the stretch the decision covers (reported content)


class Pass(NamedTuple):
    """A rule does not decide; ``why`` says why, in words a user understands."""

    why: str


@attrs.frozen
class Condition(Generic[C]):
    """When a rule applies: ``test(ctx, item)``; ``why`` is the pass reason otherwise."""

    name: str
    test: Callable[[C, int], bool]
    why: str


@attrs.frozen
class Rule(Generic[C]):
    """A rule of the sieve, declared once."""

    #: Stable name: the ``rule`` field of the records it decides.
    name: str
    #: ``decide(ctx, item) -> Fire | Pass``.
    decide: Callable[[C, int], Fire | Pass]
    #: The passes it runs in (1 = the first run over every rule).
    passes: tuple[int, ...] = (1,)
    #: It is tried only where every one of these holds.
    when: tuple[Condition[C], ...] = ()

    @property
    def summary(self) -> str:
        """The first line of the decision function's docstring: what it looks for."""
        doc = (self.decide.__doc__ or "").strip()
        # the first paragraph, on one line, without reST's inline-literal marks
        first = " ".join(doc.split("\n\n")[0].split()) if doc else self.name
        return first.replace("``", "")


def run(rules: Sequence[Rule[C]], ctx: C, items: Iterable[int],
        decided: list[tuple[Rule[C], Fire] | None],
        trace: list[list[Step]] | None = None) -> list[int]:
    """Run ``rules`` over ``items``; return the items decided, in decision order.

    ``decided[item]`` receives ``(rule, fire)`` when a rule fires (the rules
    may read ``decided`` through ``ctx`` to copy earlier decisions).  When
    ``trace`` is given, ``trace[item]`` receives every step that ran for it.
    """
    order: list[int] = []
    pending = list(items)
    last = max((p for r in rules for p in r.passes), default=0)
    for pass_ in range(1, last + 1):
        for rule in rules:
            if pass_ not in rule.passes or not pending:
                continue
            still: list[int] = []
            decide = rule.decide
            # each condition's Pass made once: a Pass is immutable, so every
            # item a condition stops can share it
            when = [(cond.test, Pass(cond.why)) for cond in rule.when]
            for item in pending:
                d: Fire | Pass | None = None
                for test, stopped in when:
                    if not test(ctx, item):
                        d = stopped
                        break
                if d is None:
                    d = decide(ctx, item)
                if d.__class__ is Fire:
                    decided[item] = (rule, d)
                    order.append(item)
                    if trace is not None:
                        trace[item].append(Step(rule.name, pass_, "fired", rule.summary))
                else:
                    still.append(item)
                    if trace is not None:
                        trace[item].append(Step(rule.name, pass_, "passed",
                                                d.why))  # type: ignore[union-attr]
            pending = still
    return order
