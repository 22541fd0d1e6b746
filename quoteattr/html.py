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
>>> '<span class="qa-quote qa-c0 qa-p0 qa-s1"' in page
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

from ._model import Attribution, Document, Speaker

__all__ = ["PALETTE", "PATTERNS", "render_corpus_html", "render_html"]

#: The speakers' colours, in the order speakers are first quoted: (name, strong
#: colour for badges, swatches and underlines, light tint for quote
#: backgrounds).  The strong colours are the Okabe–Ito palette (Okabe & Ito
#: 2008, made to stay apart for colour-blind readers) without its black, which
#: would read as the text; each tint is its colour mixed with white, in
#: proportions chosen so that the tints, the white page and the grey of quotes
#: with no speaker stay at least 7 CIEDE2000 units apart under normal vision
#: and simulated deuteranopia and protanopia (Machado et al. 2009), with the
#: text on every tint at a contrast of 7:1 or more.  A document with more
#: quoted speakers than colours gives them out again with another border style
#: (solid, dashed, dotted, double: :data:`PATTERNS`), and every speaker has a
#: number, shown in a badge after each of its quotes and in the legend.
PALETTE: tuple[tuple[str, str, str], ...] = (
    ("blue", "#0072b2", "#acd1e6"),
    ("orange", "#e69f00", "#f5d999"),
    ("bluish green", "#009e73", "#59c0a4"),
    ("reddish purple", "#cc79a7", "#dba1c1"),
    ("sky blue", "#56b4e9", "#d9eefa"),
    ("vermillion", "#d55e00", "#eaae80"),
    ("yellow", "#f0e442", "#fcfad9"),
)

#: The border styles of quotes and legend swatches, one per round of the
#: palette: speakers 1–7 solid, 8–14 dashed, 15–21 dotted, 22–28 double, then
#: solid again (from there the numbers alone tell speakers apart).
PATTERNS: tuple[str, ...] = ("solid", "dashed", "dotted", "double")

_GREY = ("#757575", "#d6d6d6")

# NUL and lone surrogates cannot appear in an HTML document (browsers drop or
# replace them, and a lone surrogate cannot be encoded as UTF-8): they are
# shown as U+FFFD, the replacement character.
_UNREPRESENTABLE = re.compile("[\x00\ud800-\udfff]")


def _esc(value: object) -> str:
    """Escape ``value`` for HTML text or a double-quoted attribute."""
    return _UNREPRESENTABLE.sub("\ufffd", html.escape(str(value), quote=True))


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    out = 0.0
    for weight, k in zip((0.2126, 0.7152, 0.0722), (1, 3, 5), strict=True):
        c = int(colour[k : k + 2], 16) / 255
        out += weight * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _ink(colour: str) -> str:
    """Black or white, whichever contrasts more with ``colour`` (badge text)."""
    lum = _luminance(colour)
    return "#000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#fff"


class _Look(NamedTuple):
    """How one speaker of a document is drawn."""

    number: int  # 1, 2, … in the order speakers are first quoted
    colour: int  # index into PALETTE
    pattern: int  # index into PATTERNS

    @property
    def classes(self) -> str:
        return f"qa-c{self.colour} qa-p{self.pattern} qa-s{self.number}"


def _looks(doc: Document) -> dict[int, _Look]:
    """Speaker id -> number, colour and pattern, in the order speakers are first quoted.

    Speakers of reported speech who are never quoted come after the quoted ones,
    so that a document's quoted speakers keep their colours with or without
    ``Config(indirect=True)``.
    """
    looks: dict[int, _Look] = {}
    reports = doc.report_attributions[: len(doc.reports)]
    for a in (*doc.attributions[: len(doc.quotes)], *reports):
        sid = a.speaker
        if sid is not None and sid not in looks and _speaker(doc, sid) is not None:
            k = len(looks)
            looks[sid] = _Look(k + 1, k % len(PALETTE), k // len(PALETTE) % len(PATTERNS))
    return looks


#: The style of reported speech (added to the page only when a document has
#: reports): a paler tint of the speaker's colour than quotes get, and a dotted
#: line in the speaker's colour, so that it reads as lighter than a quote.
_REPORT_CSS = """
.qa-report { background: color-mix(in srgb, var(--qa-bg) 40%, transparent);
  border-bottom: 2px dotted var(--qa-fg); border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.qa-report:hover { outline: 1px dotted var(--qa-fg); }
.qa-key .qa-report { white-space: nowrap; }
"""


def _css(n_speakers: int, reports: bool = False) -> str:
    colours = "\n".join(
        f".qa-c{i} {{ --qa-fg: {fg}; --qa-bg: {bg}; --qa-ink: {_ink(fg)}; }}"
        for i, (_name, fg, bg) in enumerate(PALETTE)
    )
    patterns = "\n".join(
        f".qa-p{i} {{ --qa-line: {style}; --qa-lw: {'4px' if style == 'double' else '3px'}; }}"
        for i, style in enumerate(PATTERNS)
    )
    # Hovering a row of a document's legend outlines that speaker's quotes in
    # the same document (CSS :has()).
    legend_hover = "\n".join(
        f".qa-doc:has(.qa-legend tr.qa-s{n}:hover) .qa-article .qa-quote.qa-s{n}"
        " { outline: 2px solid var(--qa-fg); }"
        for n in range(1, n_speakers + 1)
    )
    return f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; background: #fafaf7; color: #222;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }}
.qa-page {{ max-width: 76em; margin: 0 auto; padding: 1.5em 2em 3em; }}
h1 {{ font-size: 1.45em; margin: 0 0 0.2em; }}
h2 {{ font-size: 1.2em; margin: 1.6em 0 0.4em; }}
.qa-summary, .qa-note {{ color: #555; margin: 0 0 1em; font-size: 0.92em; }}
.qa-doc {{ display: grid; grid-template-columns: minmax(0, 1fr) 20em; gap: 2em;
  align-items: start; }}
.qa-article {{ white-space: pre-wrap; overflow-wrap: anywhere; background: #fff;
  font: 17px/1.75 Georgia, "DejaVu Serif", "Times New Roman", serif;
  padding: 1.4em 1.7em; border: 1px solid #e2e2dc; border-radius: 6px; margin: 0; }}
/* The legend: on wide screens a side panel that stays in view and scrolls on
   its own, shown whether its <details> is open or not; on narrow screens a
   bar above the text that stays at the top and opens on a tap. */
.qa-side {{ position: sticky; top: 1em; max-height: calc(100vh - 2em); overflow-y: auto;
  font-size: 0.9em; background: #fafaf7; }}
.qa-side > summary {{ font-weight: 600; padding: 0 0 0.3em; list-style: none; }}
.qa-side > summary::-webkit-details-marker {{ display: none; }}
.qa-side::details-content {{ content-visibility: visible; }}
.qa-side .qa-hint {{ display: none; }}
@media (max-width: 52em) {{
  .qa-page {{ padding: 1em 0.8em 2em; }}
  .qa-doc {{ grid-template-columns: minmax(0, 1fr); gap: 0.8em; }}
  .qa-article {{ padding: 1em; }}
  .qa-side {{ order: -1; top: 0; z-index: 2; max-height: 70vh; background: #fff;
    border: 1px solid #c9c9c2; border-radius: 6px; padding: 0.45em 0.7em;
    box-shadow: 0 2px 6px rgba(0, 0, 0, 0.12); }}
  .qa-side > summary {{ cursor: pointer; list-style: disclosure-closed inside; padding: 0; }}
  .qa-side[open] > summary {{ list-style: disclosure-open inside; padding: 0 0 0.4em; }}
  .qa-side > summary::-webkit-details-marker {{ display: revert; }}
  .qa-side:not([open])::details-content {{ content-visibility: hidden; }}
  .qa-side .qa-hint {{ display: inline; font-weight: 400; color: #666; }}
  .qa-side[open] .qa-hint {{ display: none; }}
}}
.qa-legend {{ border-collapse: collapse; width: 100%; background: #fff;
  border: 1px solid #e2e2dc; }}
.qa-legend th, .qa-legend td {{ padding: 0.3em 0.5em; border-bottom: 1px solid #eee;
  text-align: left; vertical-align: top; }}
.qa-legend th {{ font-weight: 600; color: #555; font-size: 0.85em; }}
.qa-legend td.qa-count {{ text-align: right; font-variant-numeric: tabular-nums; }}
.qa-legend tr:hover td {{ background: #f6f6f2; }}
.qa-speaker-title {{ display: block; color: #666; font-size: 0.85em; }}
.qa-swatch {{ display: inline-block; min-width: 2em; padding: 0 0.2em; border-radius: 3px;
  text-align: center; font-weight: 700; font-size: 0.9em; font-variant-numeric: tabular-nums;
  background: var(--qa-bg); border: var(--qa-lw, 3px) var(--qa-line, solid) var(--qa-fg); }}
.qa-key {{ margin: 0.8em 0 0; color: #555; font-size: 0.85em; line-height: 1.9; }}
.qa-key > span {{ display: block; }}
.qa-key .qa-quote, .qa-key .qa-mention, .qa-key .qa-cue {{ white-space: nowrap; }}
.qa-c-none {{ --qa-fg: {_GREY[0]}; --qa-bg: {_GREY[1]}; --qa-ink: #fff; }}
{colours}
{patterns}
.qa-quote {{ background: var(--qa-bg); border-radius: 3px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
.qa-quote:not(.qa-c-none) {{ border-bottom: var(--qa-lw) var(--qa-line) var(--qa-fg); }}
.qa-quote .qa-quote.qa-c-none {{ background: transparent;
  text-decoration: underline dashed var(--qa-fg) 1px; text-underline-offset: 3px; }}
.qa-quote.qa-open {{ border-right: 2px dotted var(--qa-fg); }}
.qa-quote:hover {{ outline: 2px solid var(--qa-fg); }}
.qa-mention {{ font-weight: 700; text-decoration: underline solid var(--qa-fg) 3px;
  text-underline-offset: 3px; text-decoration-skip-ink: none; }}
.qa-cue {{ font-style: italic; text-decoration: underline dotted var(--qa-fg) 2px;
  text-underline-offset: 3px; }}
.qa-tag::after {{ content: attr(data-n); display: inline; margin: 0 0.2em;
  padding: 0 0.4em; border-radius: 0.7em; background: var(--qa-fg); color: var(--qa-ink);
  font: 700 11px/1.5 system-ui, "DejaVu Sans", sans-serif; vertical-align: 0.3em;
  white-space: nowrap; }}
.qa-tag[data-label]::after {{ content: attr(data-n) "\\00a0\\00b7\\00a0" attr(data-label); }}
{legend_hover}
.qa-chart {{ border-collapse: collapse; width: 100%; max-width: 60em; background: #fff;
  border: 1px solid #e2e2dc; font-size: 0.92em; }}
.qa-chart th, .qa-chart td {{ padding: 0.25em 0.6em; border-bottom: 1px solid #eee;
  text-align: left; }}
.qa-chart .qa-none-row td {{ border-top: 2px solid #e2e2dc; color: #555; }}
.qa-chart .qa-n {{ text-align: right; font-variant-numeric: tabular-nums; width: 1%;
  white-space: nowrap; }}
.qa-chart td.qa-bar-cell {{ width: 50%; }}
.qa-bar-track {{ background: #f0f0ec; border-radius: 3px; height: 1em; }}
.qa-bar {{ background: {PALETTE[0][1]}; border-radius: 3px; height: 100%; min-width: 2px; }}
.qa-bar.qa-bar-none {{ background: #9e9e9e; }}
.qa-bar-note {{ display: block; color: #666; font-size: 0.85em; }}
.qa-docs td a {{ color: {PALETTE[0][1]}; }}
.qa-doc-section {{ margin-top: 2.5em; padding-top: 0.5em; border-top: 2px solid #e2e2dc; }}
footer {{ margin-top: 2em; color: #888; font-size: 0.8em; }}
{_REPORT_CSS if reports else ""}"""


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


def _speaker(doc: Document, sid: int | None) -> Speaker | None:
    if sid is None or not 0 <= sid < len(doc.speakers):
        return None
    return doc.speakers[sid]


def _look(doc: Document, looks: dict[int, _Look],
          sid: int | None) -> tuple[Speaker | None, _Look | None, str]:
    """A speaker id's speaker, its look, and the classes that draw it
    (``qa-c-none`` for no speaker)."""
    sp = _speaker(doc, sid)
    look = looks.get(sid) if sp is not None and sid is not None else None
    return sp, look, look.classes if look is not None else "qa-c-none"


_Spans = dict[tuple[int, int, int | None], tuple[list[int], list[int]]]


def _register(mentions: _Spans, cues: _Spans, a: Attribution, sid: int | None,
              slot: int, index: int) -> None:
    """Note record ``index`` (slot 0: a quote, 1: a report) against its mention and cue."""
    if a.mention_start is not None and a.mention_end is not None:
        mentions.setdefault((a.mention_start, a.mention_end, sid), ([], []))[slot].append(index)
    if a.cue_start is not None and a.cue_end is not None:
        cues.setdefault((a.cue_start, a.cue_end, sid), ([], []))[slot].append(index)


def _who(sp: Speaker | None) -> str:
    if sp is None:
        return "none"
    return f"{sp.name} ({sp.title})" if sp.title else sp.name


def _numbers(quotes: list[int]) -> str:
    return ", ".join(f"#{q + 1}" for q in quotes)


def _article(doc: Document, labels: bool, looks: dict[int, _Look]) -> str:
    """The text with its quotes, mentions and cues marked."""
    marks: list[_Mark] = []
    # (start, end, speaker) -> the quotes / reports that span is the mention / cue of
    mentions: _Spans = {}
    cues: _Spans = {}
    for i, q in enumerate(doc.quotes):
        a = doc.attributions[i] if i < len(doc.attributions) else None
        sid = a.speaker if a is not None else None
        sp, look, cls = _look(doc, looks, sid)
        tip = [f"quote #{i + 1}", f"speaker: {_who(sp)}"]
        if a is not None:
            tip += [f"rule: {a.rule}", f"confidence: {a.confidence:.2f}"]
            if a.cue:
                tip.append(f"cue: {a.cue}")
        if q.level:
            tip.append(f"nested quote (level {q.level})")
        if not q.closed:
            tip.append("not closed")
        if look is not None:
            tip.append(f"speaker number: {look.number}")
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
        if look is not None and sp is not None:
            label = f' data-label="{_esc(sp.name)}"' if labels else ""
            marks.append(
                _Mark(
                    q.outer_end,
                    q.outer_end,
                    0,
                    i,
                    f'<span class="qa-tag {cls}" data-n="{look.number}"{label}'
                    f' title="{_esc(tip[0] + "; " + tip[1])}">',
                )
            )
        if a is not None:
            _register(mentions, cues, a, sid, 0, i)

    # Reported speech: a span in its speaker's colour, lighter than a quote.
    # Its rank (-1) puts it outside a level-0 quote that ends where it ends, so
    # the quotes of a mixed report nest inside it.
    for j, r in enumerate(doc.reports):
        a = doc.report_attributions[j] if j < len(doc.report_attributions) else None
        sid = a.speaker if a is not None else None
        sp, look, cls = _look(doc, looks, sid)
        rtip = f"reported speech — {'no speaker' if sp is None else _who(sp)}"
        if a is not None:
            rtip += f" ({a.rule}, {a.confidence:.2f})"
            if a.cue:
                rtip += f"; cue: {a.cue}"
        marks.append(
            _Mark(
                r.start,
                r.end,
                -1,
                j,
                f'<span class="qa-report {cls}" data-report="{j}"'
                f' data-speaker="{"" if sp is None else sid}" title="{_esc(rtip)}">',
            )
        )
        if a is not None:
            _register(mentions, cues, a, sid, 1, j)

    for kind, rank, spans in (("mention", 1000, mentions), ("cue", 1001, cues)):
        for order, ((start, end, sid), (quotes, reports)) in enumerate(
            sorted(spans.items(), key=lambda kv: kv[0][:2])
        ):
            sp, look, cls = _look(doc, looks, sid)
            parts = [f"quote {_numbers(quotes)}"] if quotes else []
            if reports:
                parts.append(f"reported speech {_numbers(reports)}")
            note = f"speaker: {_who(sp)}; for {' and '.join(parts)}"
            if kind == "cue":
                note = f"cue: {doc.text[start:end]}; {note}"
            marks.append(
                _Mark(
                    start, end, rank, order, f'<span class="qa-{kind} {cls}" title="{_esc(note)}">'
                )
            )
    return _nest(doc.text, marks)


def _legend(doc: Document, looks: dict[int, _Look]) -> str:
    counts = Counter(a.speaker for a in doc.attributions[: len(doc.quotes)])
    reported = Counter(a.speaker for a in doc.report_attributions[: len(doc.reports)])
    rows = []
    for sid, look in looks.items():
        sp = _speaker(doc, sid)
        if sp is None:
            continue
        title = f'<span class="qa-speaker-title">{_esc(sp.title)}</span>' if sp.title else ""
        if reported[sid]:
            title += f'<span class="qa-speaker-title">{reported[sid]} reported speech</span>'
        colour = PALETTE[look.colour][0]
        style = PATTERNS[look.pattern]
        rows.append(
            f'<tr class="{look.classes}" data-speaker="{sid}" data-quotes="{counts[sid]}">'
            f'<td><span class="qa-swatch" title="speaker {look.number}: {_esc(colour)},'
            f' {style} border">{look.number}</span></td>'
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
            '<td><span class="qa-swatch" title="no speaker: grey">–</span></td>'
            f'<td class="qa-name"><i>no speaker found</i>{note}</td>'
            f'<td class="qa-count">{unattributed}</td></tr>'
        )
    if not rows:
        rows.append('<tr><td colspan="3"><i>No quotations found.</i></td></tr>')
    return (
        '<table class="qa-legend">'
        "<thead><tr><th>No.</th><th>Speaker</th><th>Quotes</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _summary(doc: Document) -> str:
    n = len(doc.quotes)
    attributed = [a for a in doc.attributions[:n] if _speaker(doc, a.speaker) is not None]
    people = len({a.speaker for a in attributed})
    return (
        f"{n} quote{'' if n == 1 else 's'}, {len(attributed)} attributed to "
        f"{people} speaker{'' if people == 1 else 's'}."
        + (f" {len(doc.reports)} reported speech." if doc.reports else "")
    )


_KEY = (
    '<p class="qa-key">'
    '<span><span class="qa-quote qa-c0 qa-p0">“quote”</span>'
    '<span class="qa-tag qa-c0 qa-p0" data-n="1"></span>'
    " in its speaker’s colour, with the speaker’s number</span>"
    '<span><span class="qa-mention qa-c0 qa-p0">Name</span> the mention that names the'
    " speaker</span>"
    '<span><span class="qa-cue qa-c0 qa-p0">said</span> the speech cue</span>'
    '<span><span class="qa-quote qa-c-none">“quote”</span> no speaker found</span>'
    f"<span>After {len(PALETTE)} speakers the colours come again, with a dashed, then a"
    " dotted, then a double border; the numbers never repeat.</span>"
    "<span>Hover over a quote for its rule and confidence.</span></p>"
)

_REPORT_KEY = (
    '<span><span class="qa-report qa-c0 qa-p0">reported speech</span> what a speaker'
    " said, given without quote marks (lighter than a quote; grey when no speaker was"
    " found)</span>"
)


def _key(doc: Document) -> str:
    """The key under the legend; the entry for reported speech only when ``doc`` has reports."""
    if not doc.reports:
        return _KEY
    cut = _KEY.index("<span>After ")
    return _KEY[:cut] + _REPORT_KEY + _KEY[cut:]


def _document_block(doc: Document, labels: bool) -> str:
    looks = _looks(doc)
    n = len(looks)
    return (
        '<div class="qa-doc">'
        f'<div class="qa-article">{_article(doc, labels, looks)}</div>'
        '<details class="qa-side">'
        f'<summary>Speakers ({n})<span class="qa-hint"> · tap to show</span></summary>'
        f"{_legend(doc, looks)}{_key(doc)}</details>"
        "</div>"
    )


def _page(title: str, body: str, n_speakers: int, reports: bool = False) -> str:
    from . import __version__

    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="quoteattr {_esc(__version__)}">\n'
        f"<title>{_esc(title)}</title>\n<style>{_css(n_speakers, reports)}</style>\n</head>\n"
        f'<body>\n<main class="qa-page">\n{body}\n'
        f"<footer>Made with quoteattr {_esc(__version__)}.</footer>\n"
        "</main>\n</body>\n</html>\n"
    )


def render_html(doc: Document, *, title: str | None = None, labels: bool = True) -> str:
    """One self-contained HTML page that shows ``doc``'s quotes and who said them.

    Speakers are numbered 1, 2, … in the order they are first quoted.  Each
    quote is highlighted in its speaker's colour (from :data:`PALETTE`; after
    the palette's last colour the colours come again with another border
    style from :data:`PATTERNS`) and followed by a badge with the speaker's
    number; quotes with no speaker are grey, without border or badge.  The
    mention and cue that decided each quote are underlined in the same colour,
    and a legend lists the speakers by number with their number of quotes.
    Hovering over a quote shows ``speaker: …; rule: …; confidence: …; cue:
    …``.  With ``labels`` (the default) the badge also gives the speaker's
    name; ``labels=False`` keeps only the number.  The badges are drawn by
    CSS and are not part of the page's text.

    Reported speech (``Document.reports``, found with
    ``Config(indirect=True)``) is drawn lighter than a quote: a paler tint of
    its speaker's colour with a dotted line under it (grey when it has no
    speaker), with the tooltip ``reported speech — SPEAKER (rule, confidence);
    cue: …``; the quotes of a mixed report nest inside it.  Speakers
    only reported, never quoted, are numbered after the quoted ones.  A
    document without reports renders exactly as before reports existed.

    The legend is a ``<details>`` element: on a wide screen a side panel that
    stays in view and scrolls on its own, on a narrow one (below 52em) a bar
    above the text that stays at the top and opens on a tap.

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
    return _page(
        title or "quoteattr: quotations and speakers", body, len(_looks(doc)), bool(doc.reports)
    )


class _Tally:
    """One row of the corpus report's speaker table."""

    __slots__ = ("docs", "kind", "name", "quotes", "titles")

    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        self.quotes = 0
        self.docs: set[int] = set()
        self.titles: Counter[str] = Counter()


#: Speaker kinds that name the same person or body in every document (a proper
#: name); the others ("the official", "the girl", a speaker known only as "she")
#: are counted per document.
_SAME_ACROSS_DOCUMENTS = frozenset({"name", "org"})


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
    scaled to the speaker with the most quotes; quotes with no speaker are
    counted in a row of their own below, whose bar shows their share of all
    quotes.  Then comes a table of the documents, then the first ``max_docs``
    documents rendered as :func:`render_html` renders one.  The counts cover
    every document, rendered or not.

    Speakers with a proper name (kind ``"name"`` or ``"org"``) are grouped
    across documents by that name: Helena Marsh in one article is Helena Marsh
    in the next.  Speakers known only by a description or a pronoun (``the
    ministry``, ``the girl``, ``she``) are not: each stays a row of its own,
    with the document it comes from, since two articles' "official" are
    seldom the same person.

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
    tallies: dict[tuple[object, ...], _Tally] = {}
    unattributed = 0
    unattributed_docs: set[int] = set()
    rows: list[str] = []
    sections: list[str] = []
    total = 0
    n_speakers = 0
    any_reports = False
    for number, (name, doc) in enumerate(docs):
        total += 1
        n = len(doc.quotes)
        for a in doc.attributions[:n]:
            sp = _speaker(doc, a.speaker)
            if sp is None:
                unattributed += 1
                unattributed_docs.add(number)
                continue
            key: tuple[object, ...] = (
                ("name", sp.name) if sp.kind in _SAME_ACROSS_DOCUMENTS else ("doc", number, sp.id)
            )
            tally = tallies.get(key)
            if tally is None:
                kind = sp.kind if key[0] == "name" else f"in {name}"
                tally = tallies[key] = _Tally(sp.name, kind)
            tally.quotes += 1
            tally.docs.add(number)
            if sp.title:
                tally.titles[sp.title] += 1
        anchor = f"qa-doc-{number + 1}"
        shown = number < max_docs
        label = f'<a href="#{anchor}">{_esc(name)}</a>' if shown else _esc(name)
        attributed = sum(1 for a in doc.attributions[:n] if _speaker(doc, a.speaker))
        rows.append(
            f'<tr><td>{label}</td><td class="qa-n">{n}</td><td class="qa-n">{attributed}</td></tr>'
        )
        if shown:
            n_speakers = max(n_speakers, len(_looks(doc)))
            any_reports = any_reports or bool(doc.reports)
            sections.append(
                f'<section class="qa-doc-section" id="{anchor}">'
                f"<h2>{_esc(name)}</h2>"
                f'<p class="qa-summary">{_summary(doc)}</p>'
                f"{_document_block(doc, labels)}</section>"
            )

    ranked = sorted(tallies.values(), key=lambda t: (-t.quotes, -len(t.docs), t.name, t.kind))
    ranked = ranked[: max(top, 0)]
    most = max([t.quotes for t in ranked] + [1])
    chart_rows = []
    for t in ranked:
        notes = []
        if t.titles:
            notes.append(t.titles.most_common(1)[0][0])
        if t.kind not in _SAME_ACROSS_DOCUMENTS:
            notes.append(t.kind)
        notes_html = "".join(f'<span class="qa-speaker-title">{_esc(x)}</span>' for x in notes)
        chart_rows.append(
            f'<tr data-quotes="{t.quotes}"><td class="qa-name">{_esc(t.name)}{notes_html}</td>'
            f'<td class="qa-n">{t.quotes}</td><td class="qa-n">{len(t.docs)}</td>'
            f'<td class="qa-bar-cell"><div class="qa-bar-track">'
            f'<div class="qa-bar" style="width: {100 * t.quotes / most:.1f}%"'
            f' title="{_esc(t.name)}: {t.quotes}"></div></div></td></tr>'
        )
    n_quotes = sum(t.quotes for t in tallies.values()) + unattributed
    foot = ""
    if unattributed:
        share = 100 * unattributed / n_quotes
        foot = (
            f'<tbody class="qa-none-row"><tr data-quotes="{unattributed}">'
            '<td class="qa-name"><i>no speaker found</i>'
            '<span class="qa-speaker-title">not scaled with the speakers above</span></td>'
            f'<td class="qa-n">{unattributed}</td><td class="qa-n">{len(unattributed_docs)}</td>'
            f'<td class="qa-bar-cell"><div class="qa-bar-track"><div class="qa-bar qa-bar-none"'
            f' style="width: {share:.1f}%"></div></div>'
            f'<span class="qa-bar-note">{share:.0f}% of all quotes</span></td></tr></tbody>'
        )
    if not chart_rows and not foot:
        chart_rows.append('<tr><td colspan="4"><i>No quotations found.</i></td></tr>')

    n_people = len(tallies)
    summary = (
        f"{total} document{'' if total == 1 else 's'}, {n_quotes} quote"
        f"{'' if n_quotes == 1 else 's'}, {n_people} speaker{'' if n_people == 1 else 's'}."
    )
    hidden = total - len(sections)
    note = (
        f'<p class="qa-note">The first {len(sections)} documents are shown below; '
        f"{hidden} more are counted above but not shown.</p>"
        if hidden > 0
        else ""
    )
    more = n_people - len(ranked)
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
        '<p class="qa-note">Speakers with a proper name are counted across documents;'
        " speakers known only by a description or a pronoun (“the official”, “she”) are"
        " counted in their own document.</p>\n"
        '<table class="qa-chart"><thead><tr><th>Speaker</th><th class="qa-n">Quotes</th>'
        '<th class="qa-n">Documents</th><th></th></tr></thead>'
        f"<tbody>{speaker_rows}</tbody>{foot}</table>{more_note}\n"
        "<h2>Documents</h2>\n"
        '<table class="qa-chart qa-docs"><thead><tr><th>Document</th>'
        '<th class="qa-n">Quotes</th><th class="qa-n">Attributed</th></tr></thead>'
        f"<tbody>{document_rows}</tbody></table>\n"
        f"{note}\n{''.join(sections)}"
    )
    return _page(title, body, n_speakers, any_reports)
