"""Render a :class:`~quoteattr.Document` as one self-contained HTML page.

The page shows the text with every quote highlighted in its speaker's colour,
the speaker mention and speech cue that decided each attribution, and a legend
of speakers.  Hovering over a quote shows its speaker, rule, confidence and
cue (through ``title=`` attributes, so no JavaScript is needed).  The page has
inline CSS only: no scripts, no fonts or images to fetch, no network.

Every character of the text, and every name, title, rule and cue, is escaped,
so a text that contains ``<script>`` shows it and never runs it.

>>> import quoteattr
>>> from quoteattr.html import render_html
>>> page = render_html(quoteattr.attribute("“We will rebuild,” Mayor Ann Lee said."))
>>> page.startswith("<!DOCTYPE html>")
True
>>> '<span class="qa-quote qa-c0"' in page
True
>>> "&lt;b&gt;" in render_html(quoteattr.attribute("x <b> y"))
True
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from ._model import Document, Speaker

__all__ = ["PALETTE", "render_corpus_html", "render_html"]

#: The speakers' colours, in the order speakers are first quoted: (name, strong
#: colour for text and underlines, light tint for quote backgrounds).  A
#: document with more than twelve quoted speakers reuses them from the start.
PALETTE: tuple[tuple[str, str, str], ...] = (
    ("blue", "#1f5fbf", "#dce7f8"),
    ("orange", "#d35400", "#fbe2cf"),
    ("green", "#2e7d32", "#d9eeda"),
    ("purple", "#7b1fa2", "#eddaf4"),
    ("red", "#c62828", "#f8dada"),
    ("teal", "#00838f", "#d2eff1"),
    ("brown", "#795548", "#ece0dc"),
    ("pink", "#c2185b", "#f9d9e6"),
    ("olive", "#7c7c00", "#eeeecb"),
    ("navy", "#283593", "#dcdff2"),
    ("amber", "#a86500", "#f7e8cc"),
    ("slate", "#455a64", "#dde5e9"),
)

_GREY = ("#757575", "#ececec")

# NUL and lone surrogates cannot appear in an HTML document (browsers drop or
# replace them, and a lone surrogate cannot be encoded as UTF-8): they are
# shown as U+FFFD, the replacement character.
_UNREPRESENTABLE = re.compile("[\x00\ud800-\udfff]")


def _esc(value: object) -> str:
    """Escape ``value`` for HTML text or a double-quoted attribute."""
    return _UNREPRESENTABLE.sub("\ufffd", html.escape(str(value), quote=True))


def _css() -> str:
    colours = "\n".join(
        f".qa-c{i} {{ --qa-fg: {fg}; --qa-bg: {bg}; }}" for i, (_name, fg, bg) in enumerate(PALETTE)
    )
    # Hovering a row of the legend outlines that colour's quotes (CSS :has()).
    legend_hover = "\n".join(
        f"body:has(.qa-legend tr.qa-c{i}:hover) .qa-article .qa-quote.qa-c{i}"
        " { outline: 2px solid var(--qa-fg); }"
        for i in range(len(PALETTE))
    )
    return f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; background: #fafaf7; color: #222;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }}
.qa-page {{ max-width: 72em; margin: 0 auto; padding: 1.5em 2em 3em; }}
h1 {{ font-size: 1.45em; margin: 0 0 0.2em; }}
h2 {{ font-size: 1.2em; margin: 1.6em 0 0.4em; }}
.qa-summary, .qa-note {{ color: #555; margin: 0 0 1em; font-size: 0.92em; }}
.qa-doc {{ display: grid; grid-template-columns: minmax(0, 1fr) 19em; gap: 2em;
  align-items: start; }}
@media (max-width: 52em) {{ .qa-doc {{ grid-template-columns: minmax(0, 1fr); }}
  .qa-side {{ order: -1; position: static; }} }}
.qa-article {{ white-space: pre-wrap; overflow-wrap: anywhere; background: #fff;
  font: 17px/1.65 Georgia, "DejaVu Serif", "Times New Roman", serif;
  padding: 1.4em 1.7em; border: 1px solid #e2e2dc; border-radius: 6px; margin: 0; }}
.qa-side {{ position: sticky; top: 1em; font-size: 0.9em; }}
.qa-legend {{ border-collapse: collapse; width: 100%; background: #fff;
  border: 1px solid #e2e2dc; }}
.qa-legend caption {{ text-align: left; font-weight: 600; padding: 0 0 0.3em; }}
.qa-legend th, .qa-legend td {{ padding: 0.3em 0.5em; border-bottom: 1px solid #eee;
  text-align: left; vertical-align: top; }}
.qa-legend th {{ font-weight: 600; color: #555; font-size: 0.85em; }}
.qa-legend td.qa-count {{ text-align: right; font-variant-numeric: tabular-nums; }}
.qa-legend tr:hover td {{ background: #f6f6f2; }}
.qa-speaker-title {{ display: block; color: #666; font-size: 0.85em; }}
.qa-swatch {{ display: inline-block; width: 1.1em; height: 1.1em; border-radius: 3px;
  vertical-align: -0.2em; background: var(--qa-bg); border: 2px solid var(--qa-fg); }}
.qa-key {{ margin: 0.8em 0 0; color: #555; font-size: 0.85em; line-height: 1.7; }}
.qa-key span {{ white-space: nowrap; }}
.qa-c-none {{ --qa-fg: {_GREY[0]}; --qa-bg: {_GREY[1]}; }}
{colours}
.qa-quote {{ background: var(--qa-bg); border-radius: 3px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
.qa-quote .qa-quote:not(.qa-c-none) {{ box-shadow: inset 0 -2px 0 var(--qa-fg); }}
.qa-quote .qa-quote.qa-c-none {{ background: transparent; }}
.qa-quote.qa-c-none {{ text-decoration: underline dashed var(--qa-fg) 1px;
  text-underline-offset: 3px; }}
.qa-quote.qa-open {{ border-right: 2px dotted var(--qa-fg); }}
.qa-quote:hover {{ outline: 2px solid var(--qa-fg); }}
.qa-mention {{ color: var(--qa-fg); font-weight: 700; text-decoration: underline solid
  var(--qa-fg) 2px; text-underline-offset: 3px; }}
.qa-cue {{ color: var(--qa-fg); font-style: italic; text-decoration: underline dotted
  var(--qa-fg) 2px; text-underline-offset: 3px; }}
.qa-tag::after {{ content: attr(data-label); display: inline; margin: 0 0.15em;
  padding: 0 0.35em; border-radius: 0.6em; background: var(--qa-fg); color: #fff;
  font: 600 10.5px/1.45 system-ui, "DejaVu Sans", sans-serif; vertical-align: 0.35em;
  white-space: nowrap; }}
{legend_hover}
.qa-chart {{ border-collapse: collapse; width: 100%; max-width: 60em; background: #fff;
  border: 1px solid #e2e2dc; font-size: 0.92em; }}
.qa-chart th, .qa-chart td {{ padding: 0.25em 0.6em; border-bottom: 1px solid #eee;
  text-align: left; }}
.qa-chart .qa-n {{ text-align: right; font-variant-numeric: tabular-nums; width: 1%;
  white-space: nowrap; }}
.qa-chart td.qa-bar-cell {{ width: 50%; }}
.qa-bar-track {{ background: #f0f0ec; border-radius: 3px; height: 1em; }}
.qa-bar {{ background: #1f5fbf; border-radius: 3px; height: 100%; min-width: 2px; }}
.qa-bar.qa-bar-none {{ background: #9e9e9e; }}
.qa-docs td a {{ color: #1f5fbf; }}
.qa-doc-section {{ margin-top: 2.5em; padding-top: 0.5em; border-top: 2px solid #e2e2dc; }}
footer {{ margin-top: 2em; color: #888; font-size: 0.8em; }}
"""


class _Mark(NamedTuple):
    """A span of markup over ``[start, end)``; a point when ``start == end``."""

    start: int
    end: int
    rank: int  # among marks with the same end: lower ranks go outside
    order: int  # ties, for a deterministic result
    open_tag: str
    close_tag: str = "</span>"


def _nest(text: str, marks: list[_Mark]) -> str:
    """``text``, escaped, with ``marks`` nested properly.

    The markup is built from the sorted offsets where marks open and close.
    At each offset the marks that end there are closed; any mark above them on
    the stack that does not end there is closed too and reopened straight away
    (a span that crosses another is split).  The marks that start there are
    opened longest first, so that a span splits only when it really crosses.
    """
    n = len(text)
    clipped = []
    for m in marks:
        start, end = min(max(m.start, 0), n), min(max(m.end, 0), n)
        clipped.append(m._replace(start=min(start, end), end=max(start, end)))
    starts: dict[int, list[_Mark]] = {}
    points: dict[int, list[_Mark]] = {}
    for m in clipped:
        (points if m.start == m.end else starts).setdefault(m.start, []).append(m)
    offsets = sorted({0, n, *starts, *points, *(m.end for m in clipped)})

    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0
    for at in offsets:
        out.append(_esc(text[pos:at]))
        pos = at
        reopen: list[_Mark] = []
        ending = [i for i, m in enumerate(stack) if m.end <= at]
        if ending:
            while len(stack) > ending[0]:
                m = stack.pop()
                out.append(m.close_tag)
                if m.end > at:
                    reopen.append(m)
        for p in sorted(points.get(at, ()), key=lambda m: (m.rank, m.order)):
            out.append(p.open_tag + p.close_tag)
        opening = reopen + starts.get(at, [])
        for m in sorted(opening, key=lambda m: (-m.end, m.rank, m.start, m.order)):
            out.append(m.open_tag)
            stack.append(m)
    while stack:  # only if a mark ran past the text, which clipping prevents
        out.append(stack.pop().close_tag)
    return "".join(out)


def _colours(doc: Document) -> dict[int, int]:
    """Speaker id -> colour index, in the order speakers are first quoted."""
    colours: dict[int, int] = {}
    for a in doc.attributions:
        if a.speaker is not None and a.speaker not in colours:
            colours[a.speaker] = len(colours) % len(PALETTE)
    return colours


def _speaker(doc: Document, sid: int | None) -> Speaker | None:
    if sid is None or not 0 <= sid < len(doc.speakers):
        return None
    return doc.speakers[sid]


def _who(sp: Speaker | None) -> str:
    if sp is None:
        return "none"
    return f"{sp.name} ({sp.title})" if sp.title else sp.name


def _numbers(quotes: list[int]) -> str:
    return ", ".join(f"#{q + 1}" for q in quotes)


def _article(doc: Document, labels: bool) -> str:
    """The text with its quotes, mentions and cues marked."""
    colours = _colours(doc)
    marks: list[_Mark] = []
    # (start, end, speaker) -> the quotes that span is the mention / cue of
    mentions: dict[tuple[int, int, int | None], list[int]] = {}
    cues: dict[tuple[int, int, int | None], list[int]] = {}
    for i, q in enumerate(doc.quotes):
        a = doc.attributions[i] if i < len(doc.attributions) else None
        sid = a.speaker if a is not None else None
        sp = _speaker(doc, sid)
        cls = f"qa-c{colours[sid]}" if sp is not None and sid in colours else "qa-c-none"
        tip = [f"quote #{i + 1}", f"speaker: {_who(sp)}"]
        if a is not None:
            tip += [f"rule: {a.rule}", f"confidence: {a.confidence:.2f}"]
            if a.cue:
                tip.append(f"cue: {a.cue}")
        if q.level:
            tip.append(f"nested quote (level {q.level})")
        if not q.closed:
            tip.append("not closed")
        extra = "" if q.closed else " qa-open"
        marks.append(
            _Mark(
                q.outer_start,
                q.outer_end,
                q.level,
                i,
                f'<span class="qa-quote {cls}{extra}" data-quote="{i}"'
                f' data-speaker="{"" if sp is None else sid}" title="{_esc("; ".join(tip))}">',
            )
        )
        if labels and sp is not None:
            marks.append(
                _Mark(
                    q.outer_end,
                    q.outer_end,
                    0,
                    i,
                    f'<span class="qa-tag {cls}" data-label="{_esc(sp.name)}"'
                    f' title="{_esc(tip[0] + "; " + tip[1])}">',
                )
            )
        if a is None:
            continue
        if a.mention_start is not None and a.mention_end is not None:
            mentions.setdefault((a.mention_start, a.mention_end, sid), []).append(i)
        if a.cue_start is not None and a.cue_end is not None:
            cues.setdefault((a.cue_start, a.cue_end, sid), []).append(i)

    for kind, rank, spans in (("mention", 1000, mentions), ("cue", 1001, cues)):
        for order, ((start, end, sid), quotes) in enumerate(
            sorted(spans.items(), key=lambda kv: kv[0][:2])
        ):
            sp = _speaker(doc, sid)
            cls = f"qa-c{colours[sid]}" if sp is not None and sid in colours else "qa-c-none"
            note = f"speaker: {_who(sp)}; for quote {_numbers(quotes)}"
            if kind == "cue":
                note = f"cue: {doc.text[start:end]}; {note}"
            marks.append(
                _Mark(
                    start, end, rank, order, f'<span class="qa-{kind} {cls}" title="{_esc(note)}">'
                )
            )
    return _nest(doc.text, marks)


def _legend(doc: Document) -> str:
    colours = _colours(doc)
    counts = Counter(a.speaker for a in doc.attributions[: len(doc.quotes)])
    rows = []
    for sid, colour in colours.items():
        sp = _speaker(doc, sid)
        if sp is None:
            continue
        title = f'<span class="qa-speaker-title">{_esc(sp.title)}</span>' if sp.title else ""
        rows.append(
            f'<tr class="qa-c{colour}" data-speaker="{sid}" data-quotes="{counts[sid]}">'
            f'<td><span class="qa-swatch" title="{_esc(PALETTE[colour][0])}"></span></td>'
            f'<td class="qa-name">{_esc(sp.name)}{title}</td>'
            f'<td class="qa-count">{counts[sid]}</td></tr>'
        )
    unattributed = sum(n for sid, n in counts.items() if _speaker(doc, sid) is None)
    if unattributed:
        nested = sum(
            1
            for q, a in zip(doc.quotes, doc.attributions, strict=False)
            if q.level and _speaker(doc, a.speaker) is None
        )
        note = (
            f'<span class="qa-speaker-title">{nested} of them inside another quote</span>'
            if nested
            else ""
        )
        rows.append(
            f'<tr class="qa-c-none" data-speaker="" data-quotes="{unattributed}">'
            '<td><span class="qa-swatch"></span></td>'
            f'<td class="qa-name"><i>no speaker found</i>{note}</td>'
            f'<td class="qa-count">{unattributed}</td></tr>'
        )
    if not rows:
        rows.append('<tr><td colspan="3"><i>No quotations found.</i></td></tr>')
    return (
        '<table class="qa-legend"><caption>Speakers</caption>'
        "<thead><tr><th></th><th>Speaker</th><th>Quotes</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _summary(doc: Document) -> str:
    n = len(doc.quotes)
    attributed = [a for a in doc.attributions[:n] if _speaker(doc, a.speaker) is not None]
    people = len({a.speaker for a in attributed})
    return (
        f"{n} quote{'' if n == 1 else 's'}, {len(attributed)} attributed to "
        f"{people} speaker{'' if people == 1 else 's'}."
    )


_KEY = (
    '<p class="qa-key">'
    '<span><span class="qa-quote qa-c0">“quote”</span> in its speaker’s colour</span><br>'
    '<span><span class="qa-mention qa-c0">Name</span> the mention that names the speaker</span>'
    '<br><span><span class="qa-cue qa-c0">said</span> the speech cue</span><br>'
    '<span><span class="qa-quote qa-c-none">“quote”</span> no speaker found</span><br>'
    "<span>Hover over a quote for its rule and confidence.</span></p>"
)


def _document_block(doc: Document, labels: bool) -> str:
    return (
        '<div class="qa-doc">'
        f'<div class="qa-article">{_article(doc, labels)}</div>'
        f'<aside class="qa-side">{_legend(doc)}{_KEY}</aside>'
        "</div>"
    )


def _page(title: str, body: str) -> str:
    from . import __version__

    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="quoteattr {_esc(__version__)}">\n'
        f"<title>{_esc(title)}</title>\n<style>{_css()}</style>\n</head>\n"
        f'<body>\n<main class="qa-page">\n{body}\n'
        f"<footer>Made with quoteattr {_esc(__version__)}.</footer>\n"
        "</main>\n</body>\n</html>\n"
    )


def render_html(doc: Document, *, title: str | None = None, labels: bool = True) -> str:
    """One self-contained HTML page that shows ``doc``'s quotes and who said them.

    Each quote is highlighted in its speaker's colour (from :data:`PALETTE`,
    given out in the order speakers are first quoted; quotes with no speaker
    are grey with a dashed underline), the mention and cue that decided it are
    marked in the same colour, and a legend lists the speakers with their
    number of quotes.  Hovering over a quote shows ``speaker: …; rule: …;
    confidence: …; cue: …``.  With ``labels`` (the default) a small tag with
    the speaker's name follows each attributed quote; it is drawn by CSS and
    is not part of the page's text.

    The text is inside ``<div class="qa-article">`` exactly as given (every
    character escaped, white space kept), except that NUL characters and lone
    surrogates, which an HTML page cannot hold, show as U+FFFD.

    >>> import quoteattr
    >>> from quoteattr.html import render_html
    >>> doc = quoteattr.attribute("“Not yet,” she said. <script>alert(1)</script>")
    >>> page = render_html(doc, title="Example")
    >>> "<script>" in page, "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    (False, True)
    >>> "<title>Example</title>" in page
    True
    """
    if not isinstance(doc, Document):
        raise TypeError(f"render_html() takes a quoteattr.Document, got {type(doc).__name__}")
    heading = f"<h1>{_esc(title)}</h1>\n" if title else ""
    body = f'{heading}<p class="qa-summary">{_summary(doc)}</p>\n{_document_block(doc, labels)}'
    return _page(title or "quoteattr: quotations and speakers", body)


def render_corpus_html(
    docs: Iterable[tuple[str, Document]],
    *,
    title: str = "quoteattr corpus report",
    max_docs: int = 50,
    top: int = 30,
    labels: bool = True,
) -> str:
    """One HTML page that summarises a corpus of ``(name, document)`` pairs.

    The page starts with the ``top`` speakers by number of quotes, as a table
    (speaker, quotes, documents) with a bar for each drawn in plain HTML/CSS,
    then a table of the documents, then the first ``max_docs`` documents
    rendered as :func:`render_html` renders one.  Speakers are grouped across
    documents by name.  The counts cover every document, rendered or not.

    >>> import quoteattr
    >>> from quoteattr.html import render_corpus_html
    >>> docs = [("a", quoteattr.attribute("“Yes,” Ann Lee said.")),
    ...         ("b", quoteattr.attribute("Ann Lee said: “No.”"))]
    >>> page = render_corpus_html(docs, title="Two")
    >>> page.count('<section class="qa-doc-section"')
    2
    >>> '<td class="qa-name">Ann Lee' in page
    True
    """
    quotes: Counter[str] = Counter()
    in_docs: dict[str, set[int]] = {}
    titles: dict[str, Counter[str]] = {}
    unattributed = 0
    unattributed_docs: set[int] = set()
    rows: list[str] = []
    sections: list[str] = []
    total = 0
    for number, (name, doc) in enumerate(docs):
        total += 1
        n = len(doc.quotes)
        for a in doc.attributions[:n]:
            sp = _speaker(doc, a.speaker)
            if sp is None:
                unattributed += 1
                unattributed_docs.add(number)
                continue
            quotes[sp.name] += 1
            in_docs.setdefault(sp.name, set()).add(number)
            if sp.title:
                titles.setdefault(sp.name, Counter())[sp.title] += 1
        anchor = f"qa-doc-{number + 1}"
        shown = number < max_docs
        label = f'<a href="#{anchor}">{_esc(name)}</a>' if shown else _esc(name)
        attributed = sum(1 for a in doc.attributions[:n] if _speaker(doc, a.speaker))
        rows.append(
            f'<tr><td>{label}</td><td class="qa-n">{n}</td><td class="qa-n">{attributed}</td></tr>'
        )
        if shown:
            sections.append(
                f'<section class="qa-doc-section" id="{anchor}">'
                f"<h2>{_esc(name)}</h2>"
                f'<p class="qa-summary">{_summary(doc)}</p>'
                f"{_document_block(doc, labels)}</section>"
            )

    ranked = sorted(quotes.items(), key=lambda kv: (-kv[1], -len(in_docs[kv[0]]), kv[0]))
    ranked = ranked[: max(top, 0)]
    most = max([n for _, n in ranked] + [unattributed, 1])
    chart_rows = []
    for speaker, n in ranked:
        role = titles.get(speaker)
        role_html = (
            f'<span class="qa-speaker-title">{_esc(role.most_common(1)[0][0])}</span>'
            if role
            else ""
        )
        chart_rows.append(
            f'<tr data-quotes="{n}"><td class="qa-name">{_esc(speaker)}{role_html}</td>'
            f'<td class="qa-n">{n}</td><td class="qa-n">{len(in_docs[speaker])}</td>'
            f'<td class="qa-bar-cell"><div class="qa-bar-track">'
            f'<div class="qa-bar" style="width: {100 * n / most:.1f}%"'
            f' title="{_esc(speaker)}: {n}"></div></div></td></tr>'
        )
    if unattributed:
        chart_rows.append(
            f'<tr data-quotes="{unattributed}"><td class="qa-name"><i>no speaker found</i></td>'
            f'<td class="qa-n">{unattributed}</td><td class="qa-n">{len(unattributed_docs)}</td>'
            f'<td class="qa-bar-cell"><div class="qa-bar-track"><div class="qa-bar qa-bar-none"'
            f' style="width: {100 * unattributed / most:.1f}%"></div></div></td></tr>'
        )
    if not chart_rows:
        chart_rows.append('<tr><td colspan="4"><i>No quotations found.</i></td></tr>')

    n_quotes = sum(quotes.values()) + unattributed
    summary = (
        f"{total} document{'' if total == 1 else 's'}, {n_quotes} quote"
        f"{'' if n_quotes == 1 else 's'}, {len(quotes)} speaker{'' if len(quotes) == 1 else 's'}."
    )
    hidden = total - len(sections)
    note = (
        f'<p class="qa-note">The first {len(sections)} documents are shown below; '
        f"{hidden} more are counted above but not shown.</p>"
        if hidden > 0
        else ""
    )
    more = len(quotes) - len(ranked)
    more_note = (
        f'<p class="qa-note">{more} more speaker{"" if more == 1 else "s"} not listed '
        f"(the table shows the top {len(ranked)}).</p>"
        if more > 0
        else ""
    )
    speaker_rows = "".join(chart_rows)
    document_rows = "".join(rows)
    body = (
        f"<h1>{_esc(title)}</h1>\n"
        f'<p class="qa-summary">{summary}</p>\n'
        "<h2>Quotes per speaker</h2>\n"
        '<table class="qa-chart"><thead><tr><th>Speaker</th><th class="qa-n">Quotes</th>'
        '<th class="qa-n">Documents</th><th></th></tr></thead>'
        f"<tbody>{speaker_rows}</tbody></table>{more_note}\n"
        "<h2>Documents</h2>\n"
        '<table class="qa-chart qa-docs"><thead><tr><th>Document</th>'
        '<th class="qa-n">Quotes</th><th class="qa-n">Attributed</th></tr></thead>'
        f"<tbody>{document_rows}</tbody></table>\n"
        f"{note}\n{''.join(sections)}"
    )
    return _page(title, body)
