"""A Sphinx directive that renders the attribution rules from the code's own declarations.

``.. quoteattr-rules::`` walks :data:`quoteattr._rules.RULES` (the sieve for
outermost quotes, in order) and :data:`quoteattr._rules.NESTED_RULES` (the
sieve for quotes inside quotes) and writes one entry per rule: its position,
its stable name (the value of a record's ``rule`` field), its docstring, the
passes it runs in, when it applies (its declared conditions), the
confidences it can give (the named constants its decision function reads)
and the reasons it passes with.  Because the page is generated from the
declarations the engine runs, it cannot fall out of step with the code.
"""

from __future__ import annotations

import inspect
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def _names_read(func: Any) -> set[str]:
    """Every global or attribute name a function (and the module helpers it calls) reads."""
    names: set[str] = set()
    seen: set[Any] = set()
    todo = [func]
    while todo:
        f = todo.pop()
        if f in seen or not hasattr(f, "__code__"):
            continue
        seen.add(f)
        names |= set(f.__code__.co_names)
        for n in f.__code__.co_names:
            g = f.__globals__.get(n)
            if inspect.isfunction(g) and g.__module__ == f.__module__:
                todo.append(g)
    return names


class RulesCatalogue(SphinxDirective):
    """``.. quoteattr-rules::`` — the sieve's rules, in the order they run."""

    has_content = False
    required_arguments = 0
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        from quoteattr import _constants, _reported, _rules
        from quoteattr._sieve import Pass

        # Rebuild this page whenever the modules that hold the rules change.
        self.env.note_dependency(_rules.__file__)
        self.env.note_dependency(_constants.__file__)
        confidences = {n: v for n, v in vars(_constants).items()
                       if n.isupper() and isinstance(v, float) and n != "PROPAGATION_THRESHOLD"
                       and not n.startswith("DIALOGUE_")}
        passes = {n: v.why for mod in (_rules, _reported) for n, v in vars(mod).items()
                  if isinstance(v, Pass)}

        lines: list[str] = []
        source = "quoteattr._rules"
        for title, rules in (("For outermost quotes", _rules.RULES),
                             ("For quotes inside quotes", _rules.NESTED_RULES),
                             ("For reported speech (Config(indirect=True))",
                              _reported.REPORT_RULES)):
            lines += [f".. rubric:: {title}", ""]
            for position, rule in enumerate(rules, 1):
                doc = inspect.getdoc(rule.decide)
                if not doc:
                    raise self.error(f"rule {rule.name!r} has no docstring")
                lines.append(f"``{rule.name}`` (rule {position})")
                for line in doc.splitlines():
                    lines.append(f"   {line}" if line.strip() else "")
                lines.append("")
                read = _names_read(rule.decide)
                conf = sorted({(confidences[n], n) for n in read if n in confidences},
                              reverse=True)
                why = sorted({passes[n] for n in read if n in passes})
                when = ", ".join(c.name for c in rule.when) or "always"
                lines.append(f"   :runs in pass: {', '.join(map(str, rule.passes))}")
                lines.append(f"   :applies: {when}")
                if conf:
                    lines.append("   :confidence: " + ", ".join(
                        f"{v:g} (``{n}``)" for v, n in conf))
                if why or rule.when:
                    lines.append("   :passes, saying: " + "; ".join(
                        [c.why for c in rule.when] + why))
                func = f"{rule.decide.__module__}.{rule.decide.__qualname__}"
                lines.append(f"   :function: ``{func}``")
                lines.append("")

        container = nodes.container(classes=["quoteattr-rules"])
        content = StringList()
        for i, line in enumerate(lines):
            content.append(line, source, i)
        self.state.nested_parse(content, self.content_offset, container)
        return container.children


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("quoteattr-rules", RulesCatalogue)
    return {"version": "0.2", "parallel_read_safe": True, "parallel_write_safe": True}
