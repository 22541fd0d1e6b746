"""quoteattr: find the quotations in English text and say who said each one.

>>> import quoteattr
>>> doc = quoteattr.attribute("“It was productive,” Sen. Ann Lee said.")
>>> [(r["text"], r["speaker"]) for r in doc.records()]
[('It was productive,', 'Ann Lee')]
"""

from ._batch import attribute_many, records_many
from ._model import (
    Attribution,
    Document,
    Mention,
    Paragraph,
    Quote,
    Record,
    Report,
    Sentence,
    Speaker,
    Step,
    TraceStep,
)
from ._pipeline import Config, attribute, explain, find_quotes, split_sentences

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "Config",
    "Document",
    "Mention",
    "Paragraph",
    "Quote",
    "Record",
    "Report",
    "Sentence",
    "Speaker",
    "Step",
    "TraceStep",
    "attribute",
    "attribute_many",
    "explain",
    "find_quotes",
    "records_many",
    "split_sentences",
    "__version__",
]
