"""Sphinx configuration for the quoteattr documentation.

Build the pages with ``python -m sphinx -n -W --keep-going -b html docs docs/_build/html``
and run their examples with ``python -m sphinx -n -W -b doctest docs docs/_build/doctest``
(``-n``: every cross-reference must resolve; ``-W``: any warning fails the build).
The build needs no network: the inventories of the projects linked to are in
``docs/_intersphinx/`` (see the README there for where each comes from).
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
# The checkout's package comes first, so the pages describe the code beside them.
sys.path.insert(0, str(DOCS.parent))
sys.path.insert(0, str(DOCS / "_ext"))

import quoteattr  # noqa: E402

project = "quoteattr"
author = "quoteattr developers"
copyright = "2026, quoteattr developers"
release = quoteattr.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "myst_parser",
    "sphinx_copybutton",
    "rules_catalogue",
]

exclude_patterns = ["_build", "_intersphinx"]
templates_path: list[str] = []
html_static_path: list[str] = []
html_title = f"quoteattr {release}"
html_theme = "furo"
html_theme_options = {
    # Furo puts the page's own contents in the right-hand sidebar.
    "navigation_with_keys": True,
}

# Docstrings are plain reStructuredText (no Google or NumPy sections), and
# attribute comments such as ``#: Extra forms (each as it appears: "x")`` must
# not be read as "type: description": so no napoleon.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}

# Cross-references to other projects resolve against inventories kept in the
# repository, so that building needs no network.  Each is the objects.inv of
# that project's own documentation for the version named; the URLs are where
# that documentation is published.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11", "_intersphinx/python-3.11.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_intersphinx/attrs-26.1.inv"),
    "nltk": ("https://www.nltk.org", "_intersphinx/nltk-3.10.inv"),
    "dask": ("https://docs.dask.org/en/stable", "_intersphinx/dask-2026.8.inv"),
}
intersphinx_timeout = 1

# The copy button leaves out prompts and output: what is copied runs as it is.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True

# Every page's doctest blocks start with the package imported.
doctest_global_setup = """
import quoteattr
from quoteattr import Config, attribute, explain, find_quotes, split_sentences
"""

# TraceStep is a TypedDict made in the functional form (its key "pass" is a keyword);
# it is documented as quoteattr.TraceStep, but annotations name its defining module.
nitpick_ignore = [("py:class", "quoteattr._model.TraceStep")]
