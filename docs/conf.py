"""Sphinx configuration for the quoteattr documentation.

Build the pages with ``python -m sphinx -W --keep-going -b html docs docs/_build/html``
and run their examples with ``python -m sphinx -W -b doctest docs docs/_build/doctest``.
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
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "rules_catalogue",
]

exclude_patterns = ["_build"]
templates_path: list[str] = []
html_static_path: list[str] = []
html_theme = "alabaster"
html_theme_options = {
    "description": "Who said each quotation in English text.",
    "fixed_sidebar": True,
}

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}

# Every page's doctest blocks start with the package imported.
doctest_global_setup = """
import quoteattr
from quoteattr import Config, attribute, explain, find_quotes, split_sentences
"""
