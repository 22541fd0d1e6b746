"""A Sphinx directive that renders the attribution rules from the code's own registry.

``.. quoteattr-rules::`` walks :data:`quoteattr._attribute.RULES` (the ordered
sieve) and writes one definition-list entry per rule: its position, its stable
name (the value of a record's ``rule`` field) and its docstring.  Because the
page is generated from the tuple the sieve runs, it cannot fall out of step
with the code: add, remove or reorder a rule and the catalogue follows.
"""

from __future__ import annotations

import inspect
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


class RulesCatalogue(SphinxDirective):
    """``.. quoteattr-rules::`` — the sieve's rules, in the order they run."""

    has_content = False
    required_arguments = 0
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        from quoteattr import _attribute

        # Rebuild this page whenever the module that holds the rules changes.
        self.env.note_dependency(_attribute.__file__)

        lines: list[str] = []
        source = "quoteattr._attribute.RULES"
        for position, (name, func) in enumerate(_attribute.RULES, 1):
            doc = inspect.getdoc(func)
            if not doc:
                raise self.error(f"rule {name!r} ({func.__qualname__}) has no docstring")
            lines.append(f"``{name}`` (rule {position})")
            for line in doc.splitlines():
                lines.append(f"   {line}" if line.strip() else "")
            lines.append("")
            lines.append(f"   *Function:* ``{func.__module__}.{func.__qualname__}``")
            lines.append("")

        container = nodes.container(classes=["quoteattr-rules"])
        content = StringList()
        for i, line in enumerate(lines):
            content.append(line, source, i)
        self.state.nested_parse(content, self.content_offset, container)
        return container.children


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("quoteattr-rules", RulesCatalogue)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
