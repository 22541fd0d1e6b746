"""The HTML pages: escaping, well-formed markup, colours, legend, nesting, corpus report."""

from __future__ import annotations

import doctest
import html
import importlib.util
import math
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
import quoteattr.html as qhtml
from quoteattr import Attribution, Document, Quote, Speaker
from quoteattr._model import Report
from quoteattr.html import PALETTE, render_corpus_html, render_html

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"}


class Node:
    """An element of the parsed page: tag, attributes, children (nodes and strings)."""

    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self) -> list[Node]:
        out = [self]
        for c in self.children:
            if isinstance(c, Node):
                out.extend(c.walk())
        return out


class TreeBuilder(HTMLParser):
    """Parses a page into Nodes and fails if any tag is closed out of order or left open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID, f"end tag for void element <{tag}>"
        assert len(self.stack) > 1, f"</{tag}> closes nothing"
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    """The page's tree, after checking that every opened tag is closed, in order."""
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert [n.tag for n in builder.stack] == ["#root"], "tags left open"
    return builder.root


def article(root: Node) -> Node:
    """The one ``<div class="qa-article">`` of a single-document page."""
    found = [n for n in root.walk() if n.tag == "div" and "qa-article" in n.classes]
    assert len(found) == 1
    return found[0]


def colour_order(doc: Document) -> dict[int, int]:
    """Speaker id -> colour index, worked out apart from the module: first quoted, first colour."""
    order: dict[int, int] = {}
    for a in doc.attributions:
        if a.speaker is not None and a.speaker not in order:
            order[a.speaker] = len(order) % len(PALETTE)
    return order


def make_doc(
    text: str,
    quotes: list[tuple[int, int, int]],
    speakers: list[str],
    attributions: list[tuple[int | None, str, tuple[int, int] | None, tuple[int, int] | None]],
) -> Document:
    """A hand-made Document: quotes as (outer_start, outer_end, level), marks one character wide."""
    qs = tuple(
        Quote(
            start=s + 1,
            end=e - 1,
            text=text[s + 1 : e - 1],
            outer_start=s,
            outer_end=e,
            open_mark=text[s],
            close_mark=text[e - 1],
            level=level,
        )
        for s, e, level in quotes
    )
    sps = tuple(Speaker(id=i, name=n, title=None, kind="name") for i, n in enumerate(speakers))
    ats = tuple(
        Attribution(
            quote=i,
            speaker=sid,
            rule=rule,
            confidence=0.5,
            mention_start=m[0] if m else None,
            mention_end=m[1] if m else None,
            cue=text[c[0] : c[1]] if c else None,
            cue_start=c[0] if c else None,
            cue_end=c[1] if c else None,
        )
        for i, (sid, rule, m, c) in enumerate(attributions)
    )
    return Document(text=text, quotes=qs, speakers=sps, attributions=ats)


def test_script_in_text_is_shown_not_run() -> None:
    """A ``<script>`` in the text comes out escaped, and the page has no script element."""
    text = "“Hello,” she said. <script>alert(1)</script> <img src=x onerror=alert(2)>"
    page = render_html(quoteattr.attribute(text))
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert article(parse(page)).text() == text


def test_names_rules_and_title_are_escaped() -> None:
    """Speaker names, rule names, cues and the page title with markup in them are escaped."""
    text = "“Yes,” <b>Bo</b> said."
    assert (text[7:16], text[17:21]) == ("<b>Bo</b>", "said")
    doc = make_doc(text, [(0, 6, 0)], ['<b>Bo</b> & "Co"'], [(0, "<i>rule</i>", (7, 16), (17, 21))])
    page = render_html(doc, title="<em>Title</em>")
    assert "<b>" not in page and "<i>" not in page and "<em>" not in page
    assert "&lt;b&gt;Bo&lt;/b&gt; &amp; &quot;Co&quot;" in page
    assert "rule: &lt;i&gt;rule&lt;/i&gt;" in page
    assert "<title>&lt;em&gt;Title&lt;/em&gt;</title>" in page
    parse(page)


def test_example_article_is_well_formed() -> None:
    """The example article's page parses with every tag closed in order, and keeps the text."""
    doc = quoteattr.attribute(ARTICLE)
    root = parse(render_html(doc, title="Harbour talks"))
    assert article(root).text() == ARTICLE


def test_each_quote_is_inside_a_span_of_its_speakers_colour() -> None:
    """Every quote's text lies inside a span that carries its speaker's colour class."""
    doc = quoteattr.attribute(ARTICLE)
    assert doc.quotes, "the example article should have quotes"
    colours = colour_order(doc)
    spans = [n for n in article(parse(render_html(doc))).walk() if "qa-quote" in n.classes]
    for i, (q, a) in enumerate(zip(doc.quotes, doc.attributions, strict=True)):
        mine = [n for n in spans if n.attrs.get("data-quote") == str(i)]
        assert mine, i
        expected = "qa-c-none" if a.speaker is None else f"qa-c{colours[a.speaker]}"
        assert all(expected in n.classes for n in mine), (i, expected)
        assert q.text in "".join(n.text() for n in mine), i


def test_speakers_coloured_in_order_of_first_quote() -> None:
    """The first speaker quoted gets the first colour, the next a new one, and so on."""
    doc = quoteattr.attribute(ARTICLE)
    page = render_html(doc)
    firsts = list(colour_order(doc))
    assert len(firsts) >= 3
    for k, sid in enumerate(firsts[:3]):
        assert f'<tr class="qa-c{k} qa-p0 qa-s{k + 1}" data-speaker="{sid}"' in page


def test_legend_counts_equal_quotes_per_speaker() -> None:
    """The legend's count for each speaker equals the number of quotes attributed to them."""
    doc = quoteattr.attribute(ARTICLE)
    rows = [
        n
        for n in parse(render_html(doc)).walk()
        if n.tag == "tr" and n.attrs.get("data-quotes") is not None
    ]
    shown = {r.attrs["data-speaker"]: int(r.attrs["data-quotes"] or 0) for r in rows}
    counts = Counter(a.speaker for a in doc.attributions)
    expected = {("" if sid is None else str(sid)): n for sid, n in counts.items()}
    assert shown == expected
    for r in rows:  # the visible count is the same number
        cells = [c for c in r.walk() if c.tag == "td" and "qa-count" in c.classes]
        assert cells[0].text() == r.attrs["data-quotes"]


def test_legend_shows_names_and_titles() -> None:
    """The legend shows each quoted speaker's name and title."""
    doc = quoteattr.attribute(ARTICLE)
    legend = [n for n in parse(render_html(doc)).walk() if "qa-legend" in n.classes][0].text()
    for sid in colour_order(doc):
        sp = doc.speakers[sid]
        assert sp.name in legend
        if sp.title:
            assert sp.title in legend


def test_tooltip_has_speaker_rule_confidence_and_cue() -> None:
    """Each attributed quote's title attribute gives speaker, rule, confidence and cue."""
    doc = quoteattr.attribute("“We will rebuild,” Mayor Ann Lee said on Monday.")
    root = parse(render_html(doc))
    span = [n for n in root.walk() if n.attrs.get("data-quote") == "0"][0]
    tip = span.attrs["title"] or ""
    a = doc.attributions[0]
    assert "speaker: Ann Lee" in tip
    assert f"rule: {a.rule}" in tip
    assert f"confidence: {a.confidence:.2f}" in tip
    assert "cue: said" in tip


def test_mention_and_cue_are_marked_in_the_speakers_colour() -> None:
    """The mention and the cue that decided a quote are spans of the same colour class."""
    doc = quoteattr.attribute("“We will rebuild,” Mayor Ann Lee said on Monday.")
    nodes = article(parse(render_html(doc))).walk()
    mention = [n for n in nodes if "qa-mention" in n.classes]
    cue = [n for n in nodes if "qa-cue" in n.classes]
    a = doc.attributions[0]
    assert [n.text() for n in mention] == [doc.text[a.mention_start : a.mention_end]]
    assert [n.text() for n in cue] == ["said"]
    assert "qa-c0" in mention[0].classes and "qa-c0" in cue[0].classes


def test_nested_quotes_render_inside_their_outer_quote() -> None:
    """A quote inside a quote is a span nested inside the outer quote's span."""
    text = "“When she told me ‘we will fix it by spring,’ I believed her,” said Dana Okoro."
    doc = quoteattr.attribute(text)
    levels = {q.level for q in doc.quotes}
    assert levels == {0, 1}, doc.quotes
    art = article(parse(render_html(doc)))
    assert art.text() == text
    inner_index = next(i for i, q in enumerate(doc.quotes) if q.level == 1)
    outers = [
        n
        for n in art.walk()
        if n.attrs.get("data-quote")
        and n is not art
        and doc.quotes[int(n.attrs["data-quote"] or 0)].level == 0
    ]
    inside = [
        n for o in outers for n in o.walk()[1:] if n.attrs.get("data-quote") == str(inner_index)
    ]
    assert inside and doc.quotes[inner_index].text in inside[0].text()


def test_crossing_marks_are_split_not_broken() -> None:
    """A mention that crosses a quote's edge splits a span; the tags stay balanced."""
    text = "Ann “Lee said yes” twice."
    # quote 4..18; mention 0..8 crosses its start; cue 9..13 lies inside it
    doc = make_doc(text, [(4, 18, 0)], ["Ann Lee"], [(0, "test", (0, 8), (9, 13))])
    art = article(parse(render_html(doc)))
    assert art.text() == text
    quote_spans = [n for n in art.walk() if "qa-quote" in n.classes]
    assert len(quote_spans) == 2  # the quote, the later span, is split where the mention ends
    assert "".join(n.text() for n in quote_spans) == text[4:18]
    assert "".join(n.text() for n in art.walk() if "qa-mention" in n.classes) == text[0:8]


def test_odd_offsets_in_hand_made_documents() -> None:
    """Empty quotes, reversed or out-of-range mention offsets still give balanced pages."""
    text = "ab “” cd"
    base = make_doc(text, [(3, 5, 0)], ["X"], [(0, "test", None, None)])
    odd = Quote(start=2, end=2, text="", outer_start=2, outer_end=2, open_mark="", close_mark="")
    bad = Attribution(
        quote=1,
        speaker=7,
        rule="r",
        confidence=1.0,
        mention_start=6,
        mention_end=1,
        cue="zz",
        cue_start=5,
        cue_end=99,
    )
    doc = attrs.evolve(base, quotes=(*base.quotes, odd), attributions=(*base.attributions, bad))
    art = article(parse(render_html(doc)))
    assert art.text() == text
    quotes = [n.attrs.get("data-quote") for n in art.walk() if "qa-quote" in n.classes]
    assert quotes == ["1", "0"]  # the empty quote at offset 2 comes first


@pytest.mark.parametrize("text", ["", " ", "\n\n", "no quotes here", "“", "”", '""', "“”"])
def test_small_texts_render(text: str) -> None:
    """Empty text, text without quotes and text of only marks all render well-formed pages."""
    page = render_html(quoteattr.attribute(text))
    assert article(parse(page)).text() == text


def test_astral_characters_and_control_characters() -> None:
    """Astral characters are kept; NUL and lone surrogates become U+FFFD; the page encodes."""
    text = "“𝒜stral 😀,” Ann Lee said.\x00\x01 \ud800 end"
    page = render_html(quoteattr.attribute(text))
    page.encode("utf-8")
    shown = article(parse(page)).text()
    assert shown == text.replace("\x00", "\ufffd").replace("\ud800", "\ufffd")


def test_page_is_self_contained() -> None:
    """The page loads nothing: no scripts, links, external URLs or images."""
    page = render_html(quoteattr.attribute(ARTICLE))
    for needle in ("<script", "<link", "src=", "http://", "https://", "url(", "@import"):
        assert needle not in page.lower(), needle
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page


def test_rendering_is_deterministic() -> None:
    """The same document renders to the same string every time."""
    doc = quoteattr.attribute(ARTICLE)
    assert render_html(doc) == render_html(doc) == render_html(quoteattr.attribute(ARTICLE))


def many_speakers(n: int) -> Document:
    """A hand-made document in which ``n`` speakers say one quote each, in order."""
    parts: list[str] = []
    quotes: list[tuple[int, int, int]] = []
    atts: list[tuple[int | None, str, tuple[int, int] | None, tuple[int, int] | None]] = []
    pos = 0
    for i in range(n):
        piece = f"“q{i}” "
        parts.append(piece)
        quotes.append((pos, pos + len(piece) - 1, 0))
        atts.append((i, "test", None, None))
        pos += len(piece)
    return make_doc("".join(parts), quotes, [f"P{i}" for i in range(n)], atts)


def test_more_speakers_than_colours_stay_distinguishable() -> None:
    """Past the palette's size the colours come again with another border pattern, and every
    speaker keeps a number of its own, on its quotes' badges and in its legend row."""
    n = 60
    doc = many_speakers(n)
    page = render_html(doc)
    root = parse(page)
    quotes = {
        int(q.attrs["data-speaker"] or -1): q
        for q in article(root).walk()
        if "qa-quote" in q.classes
    }
    badges = {
        b.attrs["title"]: b.attrs["data-n"] for b in article(root).walk() if "qa-tag" in b.classes
    }
    rows = {
        int(r.attrs["data-speaker"] or -1): r
        for r in root.walk()
        if r.tag == "tr" and "qa-s" in (r.attrs.get("class") or "")
    }
    assert sorted(quotes) == sorted(rows) == list(range(n))
    looks: dict[int, tuple[str, str]] = {}
    for sid in range(n):
        colour = [c for c in quotes[sid].classes if re.fullmatch(r"qa-c\d+", c)]
        pattern = [c for c in quotes[sid].classes if re.fullmatch(r"qa-p\d+", c)]
        assert colour == [f"qa-c{sid % len(PALETTE)}"]
        assert pattern == [f"qa-p{sid // len(PALETTE) % len(qhtml.PATTERNS)}"]
        assert set(rows[sid].classes) >= {colour[0], pattern[0], f"qa-s{sid + 1}"}
        swatch = [c for c in rows[sid].walk() if "qa-swatch" in c.classes][0]
        assert swatch.text() == str(sid + 1)
        looks[sid] = (colour[0], pattern[0])
    # colour and border together are distinct for four rounds of the palette...
    rounds = len(PALETTE) * len(qhtml.PATTERNS)
    assert len({looks[s] for s in range(rounds)}) == rounds
    # ...and the numbers on the badges are distinct for every speaker
    assert len(set(badges.values())) == n
    assert all(badges[f"quote #{s + 1}; speaker: P{s}"] == str(s + 1) for s in range(n))
    # every pattern class has a border style in the CSS
    for k, style in enumerate(qhtml.PATTERNS):
        assert f".qa-p{k} {{ --qa-line: {style};" in page


def test_labels_can_be_turned_off() -> None:
    """``labels=False`` leaves the names out of the badges after quotes but keeps the numbers."""
    doc = quoteattr.attribute("“We will rebuild,” Mayor Ann Lee said.")
    on = [n for n in article(parse(render_html(doc))).walk() if "qa-tag" in n.classes]
    off = [
        n for n in article(parse(render_html(doc, labels=False))).walk() if "qa-tag" in n.classes
    ]
    assert [(n.attrs.get("data-n"), n.attrs.get("data-label")) for n in on] == [("1", "Ann Lee")]
    assert [(n.attrs.get("data-n"), n.attrs.get("data-label")) for n in off] == [("1", None)]


def _corpus() -> list[tuple[str, Document]]:
    texts = [
        "“Yes,” Ann Lee said. “Certainly,” Ann Lee added.",
        "Ann Lee said: “No.” “Maybe,” said Bo Park.",
        "A “so-called” deal.",
        "No quotes at all <here>.",
    ]
    return [(f"doc <{i}>", quoteattr.attribute(t)) for i, t in enumerate(texts)]


def test_corpus_table_counts_quotes_and_documents() -> None:
    """The corpus table counts each speaker's quotes and documents across the corpus."""
    docs = _corpus()
    page = render_corpus_html(docs, title="Corpus <x>")
    root = parse(page)
    quotes: Counter[str] = Counter()
    in_docs: dict[str, set[int]] = {}
    for k, (_, d) in enumerate(docs):
        for r in d.records():
            if r["speaker"] is not None:
                quotes[r["speaker"]] += 1
                in_docs.setdefault(r["speaker"], set()).add(k)
    table = [n for n in root.walk() if n.tag == "table" and n.classes == ["qa-chart"]][0]
    rows = [n for n in table.walk() if n.tag == "tr" and "data-quotes" in n.attrs]
    seen: dict[str, tuple[int, int]] = {}
    for row in rows:
        cells = [c for c in row.children if isinstance(c, Node)]
        name = cells[0].children[0]
        if isinstance(name, str):
            seen[name] = (int(cells[1].text()), int(cells[2].text()))
    assert seen == {s: (n, len(in_docs[s])) for s, n in quotes.items()}
    assert "&lt;x&gt;" in page and "doc &lt;0&gt;" in page and "<here>" not in page
    widths = [float(m) for m in re.findall(r'style="width: ([0-9.]+)%"', page)]
    assert widths and max(widths) == 100.0 and all(0 < w <= 100 for w in widths)


def test_corpus_renders_documents_up_to_max_docs() -> None:
    """Only the first ``max_docs`` documents are rendered, but every one is counted."""
    docs = _corpus()
    page = render_corpus_html(docs, max_docs=2)
    root = parse(page)
    sections = [n for n in root.walk() if n.tag == "section"]
    assert len(sections) == 2
    assert "2 more are counted above but not shown" in page
    assert f"{len(docs)} documents" in page


def test_corpus_top_limits_the_speaker_table() -> None:
    """``top`` limits the speakers listed and says how many were left out."""
    page = render_corpus_html(_corpus(), top=1)
    table = [n for n in parse(page).walk() if n.tag == "table" and n.classes == ["qa-chart"]][0]
    named = [n for n in table.walk() if n.tag == "tr" and "data-quotes" in n.attrs]
    assert len(named) == 2  # the top speaker and the "no speaker found" row
    assert "1 more speaker not listed" in page


def test_corpus_of_nothing() -> None:
    """An empty corpus (even a generator) renders a well-formed page."""
    page = render_corpus_html(iter(()))
    parse(page)
    assert "0 documents" in page


def test_module_doctests_pass() -> None:
    """The examples in quoteattr.html's docstrings run and give what they show."""
    result = doctest.testmod(qhtml)
    assert result.attempted >= 3 and result.failed == 0


QUOTE_MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "''", "``"]
NAMES = ["Ann Lee", "Mayor Ann Lee", "Lee", "Mr. <b>Park</b>", "she", "the ministry"]
CUES = ["said", "told reporters", "added", "warned", "according to", "hailed"]
OTHER = [
    "<",
    ">",
    "&",
    '"',
    "'",
    "&amp;",
    "<script>",
    "</span>",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    "x",
    "We will",
    "\r\n",
    "\t",
    "😀",
]
soup = st.lists(
    st.one_of(*(st.sampled_from(x) for x in (QUOTE_MARKS, NAMES, CUES, OTHER))), max_size=50
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(soup)
def test_any_mark_soup_renders_balanced_and_keeps_text(text: str) -> None:
    """For any text of marks, names, cues and <>&"' the page is balanced and shows the text."""
    doc = quoteattr.attribute(text)
    page = render_html(doc)
    root = parse(page)
    art = article(root)
    assert art.text() == text
    # the same, by stripping the tags and unescaping by hand
    raw = page.split('<div class="qa-article">', 1)[1].split("</div>", 1)[0]
    assert html.unescape(re.sub(r"<[^>]*>", "", raw)) == text
    for i, q in enumerate(doc.quotes):
        spans = [n for n in art.walk() if n.attrs.get("data-quote") == str(i)]
        assert q.text in "".join(n.text() for n in spans)


# --- the palette, seen with normal vision and with the two red-green deficiencies ----------
#
# The colour maths is written out here (no colour library): sRGB -> linear RGB; a colour
# vision deficiency simulated by the matrices of Machado, Oliveira & Fernandes (2009) at
# severity 1.0 (dichromacy), applied to linear RGB; linear RGB -> CIE XYZ (D65) -> CIELAB;
# colour difference by CIEDE2000 (Sharma, Wu & Dalal 2005).

MACHADO_2009 = {
    "normal": ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
}

#: Strong colours (badges, swatches, borders, underlines; the grey of quotes with no
#: speaker among them) must differ by at least this CIEDE2000 under every vision: above
#: the 2-10 band that Mokrzycki & Tatol (2011) describe as "perceptible at a glance", that
#: is, colours seen as different ones, not as shades of one, when they are not side by side
#: (a badge in the text, its row in the legend).
MIN_DE_STRONG = 10.0
#: Quote backgrounds (with the white page and the no-speaker grey) must differ by at least
#: this.  Light tints cannot be as far apart (black text on them keeps a 7:1 contrast, so
#: their lightness is bounded, and under dichromacy only lightness and the blue-yellow axis
#: remain), so the bar is seven times the side-by-side just-noticeable difference of about
#: 1; the strong border and the numbered badge of every quote say the rest.
MIN_DE_TINT = 7.0
#: WCAG 2 AAA contrast for body text: the text on every quote background.
MIN_TEXT_CONTRAST = 7.0


def _linear(hex_colour: str) -> tuple[float, float, float]:
    out = []
    for k in (1, 3, 5):
        c = int(hex_colour[k : k + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out[0], out[1], out[2]


def _lab(hex_colour: str, vision: str) -> tuple[float, float, float]:
    rgb = _linear(hex_colour)
    m = MACHADO_2009[vision]
    r, g, b = (min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """The CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh) / 2)
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if not c1p * c2p:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + (360 if h1p + h2p < 360 else -360)) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dhh / s_h) ** 2 + r_t * (dc / s_c) * (dhh / s_h)
    )


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [  # rows of the test data published with Sharma, Wu & Dalal (2005)
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, -1.3802, -84.2814), (50.0, 0.0, -82.7485), 1.0),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
        ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
    ],
)
def test_ciede2000_matches_published_values(
    lab1: tuple[float, float, float], lab2: tuple[float, float, float], expected: float
) -> None:
    """The test's CIEDE2000 gives the published differences, so the palette checks measure."""
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_deuteranopia_simulation_merges_red_and_green() -> None:
    """The simulation does what it claims: pure red and green, far apart in normal vision,
    come much closer under deuteranopia (and grey stays grey)."""
    normal = ciede2000(_lab("#ff0000", "normal"), _lab("#00ff00", "normal"))
    deutan = ciede2000(_lab("#ff0000", "deuteranopia"), _lab("#00ff00", "deuteranopia"))
    assert normal > 80 and deutan < normal / 2
    assert ciede2000(_lab("#808080", "normal"), _lab("#808080", "protanopia")) < 1.0


def _min_difference(colours: list[str], vision: str) -> tuple[float, str, str]:
    labs = {c: _lab(c, vision) for c in colours}
    return min(
        (ciede2000(labs[a], labs[b]), a, b) for i, a in enumerate(colours) for b in colours[i + 1 :]
    )


@pytest.mark.parametrize("vision", sorted(MACHADO_2009))
def test_palette_colours_stay_apart(vision: str) -> None:
    """Every two strong colours of the palette (and the no-speaker grey) differ by at least
    MIN_DE_STRONG, and every two quote backgrounds (with the page's white and the
    no-speaker grey) by at least MIN_DE_TINT, under normal vision, deuteranopia and
    protanopia."""
    strong = [fg for _, fg, _ in PALETTE] + [qhtml._GREY[0]]
    tints = [bg for _, _, bg in PALETTE] + [qhtml._GREY[1], "#ffffff"]
    assert _min_difference(strong, vision)[0] >= MIN_DE_STRONG, _min_difference(strong, vision)
    assert _min_difference(tints, vision)[0] >= MIN_DE_TINT, _min_difference(tints, vision)


def test_old_palette_would_fail_the_check() -> None:
    """The check catches what issue 21 reported: the 0.1 palette's purple and navy tints
    (and its strong blue and navy) were far too close under deuteranopia."""
    assert ciede2000(_lab("#eddaf4", "deuteranopia"), _lab("#dcdff2", "deuteranopia")) < 2
    assert _min_difference(["#1f5fbf", "#283593", "#7b1fa2"], "deuteranopia")[0] < MIN_DE_STRONG


def test_text_on_quote_backgrounds_is_legible() -> None:
    """Body text (#222) on every quote background, and each badge's text colour on its
    badge, keeps the WCAG contrast the palette was chosen for."""

    def contrast(a: str, b: str) -> float:
        la, lb = (0.2126 * r + 0.7152 * g + 0.0722 * bl for r, g, bl in map(_linear, (a, b)))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)

    for _, fg, bg in (*PALETTE, ("grey", *qhtml._GREY)):
        assert contrast("#222222", bg) >= MIN_TEXT_CONTRAST, bg
        ink = "#000000" if qhtml._ink(fg) == "#000" else "#ffffff"
        assert contrast(ink, fg) >= 4.5, fg  # WCAG AA for the badge's small bold number


# --- the legend at hand ----------------------------------------------------------------------


def test_legend_is_a_sticky_panel_or_a_collapsible_bar() -> None:
    """The legend is a <details> whose summary names the number of speakers; the CSS keeps it
    in view and scrolling on its own on wide screens, and collapsible at the top on narrow
    ones, without any script."""
    doc = many_speakers(60)
    page = render_html(doc)
    root = parse(page)
    side = [n for n in root.walk() if n.tag == "details" and "qa-side" in n.classes]
    assert len(side) == 1
    summary = [c for c in side[0].children if isinstance(c, Node)][0]
    assert summary.tag == "summary" and summary.text().startswith("Speakers (60)")
    assert [n for n in side[0].walk() if "qa-legend" in n.classes]
    css = page.split("<style>")[1].split("</style>")[0]
    wide = css.split("@media")[0]
    assert re.search(r"\.qa-side \{[^}]*position: sticky;[^}]*max-height: calc\(100vh", wide)
    assert re.search(r"\.qa-side \{[^}]*overflow-y: auto", wide)
    assert ".qa-side::details-content { content-visibility: visible; }" in wide
    narrow = css.split("@media (max-width: 52em)")[1]
    assert ".qa-side:not([open])::details-content { content-visibility: hidden; }" in narrow
    assert "<script" not in page.lower()


def test_legend_hover_outlines_one_speaker_not_one_colour() -> None:
    """Hovering a legend row outlines that speaker's quotes (by number), not every speaker
    who shares the colour, and only within the same document."""
    page = render_html(many_speakers(9))
    assert ".qa-doc:has(.qa-legend tr.qa-s8:hover) .qa-article .qa-quote.qa-s8" in page
    assert "tr.qa-c0:hover" not in page


# --- corpus report -----------------------------------------------------------------------------


def _chart_rows(page: str) -> list[tuple[str, int, float]]:
    """(first text of the name cell, quotes, bar width) of each row of the speaker chart."""
    table = [n for n in parse(page).walk() if n.tag == "table" and n.classes == ["qa-chart"]][0]
    out = []
    for row in (n for n in table.walk() if n.tag == "tr" and "data-quotes" in n.attrs):
        name = [c for c in row.children if isinstance(c, Node)][0]
        bar = [n for n in row.walk() if "qa-bar" in n.classes][0]
        width = float(re.fullmatch(r"width: ([0-9.]+)%", bar.attrs["style"] or "")[1])  # type: ignore[index]
        out.append((name.text(), int(row.attrs["data-quotes"] or 0), width))
    return out


def test_corpus_bars_scale_to_the_top_speaker_not_to_no_speaker() -> None:
    """Speaker bars are scaled to the speaker with the most quotes (its bar is full) even
    when more quotes have no speaker; that row shows its share of all quotes instead."""
    text = "A “so-called” deal, a “plan”, a “fix” and a “win”. “Yes,” Ann Lee said."
    page = render_corpus_html([("d", quoteattr.attribute(text))])
    rows = _chart_rows(page)
    speakers = [r for r in rows if not r[0].startswith("no speaker")]
    none = [r for r in rows if r[0].startswith("no speaker")]
    assert speakers == [("Ann Lee", 1, 100.0)]
    assert none and none[0][1] == 4 and none[0][2] == 80.0
    assert "80% of all quotes" in page
    assert '<tbody class="qa-none-row">' in page


def test_corpus_merges_proper_names_but_not_descriptions() -> None:
    """A speaker with a proper name is one row across documents; a speaker known only by a
    description ("the ministry") is a row per document, named with its (escaped) document."""
    docs = [
        (f"d<{i}>", quoteattr.attribute("“Yes,” the ministry said. “No,” Ann Lee said."))
        for i in range(2)
    ]
    assert {s.kind for s in docs[0][1].speakers} == {"nominal", "name"}
    page = render_corpus_html(docs)
    rows = _chart_rows(page)
    assert ("Ann Lee", 2, 100.0) in rows
    ministries = sorted(r[0] for r in rows if r[0].startswith("ministry"))
    assert ministries == ["ministryin d<0>", "ministryin d<1>"]
    assert all(r[1] == 1 for r in rows if r[0].startswith("ministry"))
    assert "in d&lt;0&gt;" in page and "d<0>" not in page


# Reported speech (Config(indirect=True)).  The text is invented.
REPORTED = (
    "Ann Lee said the council would vote next week. “We will win,” she said. Reed told"
    " reporters the plan was “dead on arrival” and a new one was needed."
)
#: The commit of ``main`` before reported speech was drawn: pages of documents
#: without reports must stay byte for byte what that commit's html.py made.
MAIN_BEFORE_REPORTS = "3e07cc9"


def reported_doc() -> Document:
    """REPORTED attributed with reported speech on."""
    return quoteattr.attribute(REPORTED, config=quoteattr.Config(indirect=True))


def spans(root: Node, cls: str) -> list[Node]:
    """The article's spans with class ``cls``."""
    return [n for n in article(root).walk() if n.tag == "span" and cls in n.classes]


def test_report_renders_in_its_speakers_lighter_style() -> None:
    """A report is a span in its speaker's colours, paler than a quote, titled "reported speech"."""
    doc = reported_doc()
    assert doc.reports and len(doc.report_attributions) == len(doc.reports)
    page = render_html(doc)
    root = parse(page)
    assert article(root).text() == REPORTED
    looks = qhtml._looks(doc)
    reports = spans(root, "qa-report")
    for j, (r, a) in enumerate(zip(doc.reports, doc.report_attributions, strict=True)):
        mine = [n for n in reports if n.attrs.get("data-report") == str(j)]
        assert len(mine) == 1 and mine[0].text() == r.text
        node = mine[0]
        assert "qa-quote" not in node.classes
        sp = doc.speakers[a.speaker] if a.speaker is not None else None
        assert sp is not None, "every report of the example has a speaker"
        assert set(looks[a.speaker].classes.split()) <= set(node.classes)
        assert node.attrs["data-speaker"] == str(a.speaker)
        assert node.attrs["title"].startswith(
            f"reported speech — {sp.name} ({a.rule}, {a.confidence:.2f})"
        )
    first = next(n for n in reports if n.attrs.get("data-report") == "0")
    assert first.text() == "the council would vote next week"
    assert "reported speech — Ann Lee (" in first.attrs["title"]
    # Lighter than a quote: a paler mix of the quote tint, and a dotted line.
    rule = re.search(r"\.qa-report \{([^}]*)\}", page)
    assert rule is not None
    assert "color-mix(in srgb, var(--qa-bg) 40%, transparent)" in rule.group(1)
    assert "dotted var(--qa-fg)" in rule.group(1)
    # The legend's key explains reports, and the legend counts them.
    assert '<span class="qa-report qa-c0 qa-p0">reported speech</span>' in page
    assert "1 reported speech</span>" in page


def test_mixed_report_keeps_its_inner_quote_markup() -> None:
    """A mixed report holds its quote's whole span and badge, as they are without reports."""
    doc = reported_doc()
    mixed = [j for j, r in enumerate(doc.reports) if r.quotes]
    assert mixed, "the example has a mixed report"
    plain = article(parse(render_html(quoteattr.attribute(REPORTED))))
    root = parse(render_html(doc))
    for j in mixed:
        (outer,) = [n for n in spans(root, "qa-report") if n.attrs.get("data-report") == str(j)]
        assert outer.text() == doc.reports[j].text
        for qi in doc.reports[j].quotes:
            inner = [
                n for n in outer.walk() if "qa-quote" in n.classes
                and n.attrs.get("data-quote") == str(qi)
            ]
            assert len(inner) == 1, "the quote is one span, whole, inside the report"
            q = doc.quotes[qi]
            assert inner[0].text() == doc.text[q.outer_start : q.outer_end]
            (before,) = [
                n for n in plain.walk() if "qa-quote" in n.classes
                and n.attrs.get("data-quote") == str(qi)
            ]
            assert inner[0].attrs == before.attrs
            assert any(
                "qa-tag" in n.classes for n in outer.walk()
            ), "the quote's badge stays inside the report"


def test_report_without_speaker_is_grey() -> None:
    """A report with no speaker gets the grey no-speaker class and says so in its tooltip."""
    text = "It was said the vote would wait."
    start = text.index("the vote")
    end = text.index(".", start)
    doc = attrs.evolve(
        Document(text=text),
        reports=(Report(start, end, text[start:end]),),
        report_attributions=(Attribution(quote=0, speaker=None, rule="none", confidence=0.0),),
    )
    root = parse(render_html(doc))
    (node,) = spans(root, "qa-report")
    assert "qa-c-none" in node.classes and node.attrs["data-speaker"] == ""
    assert node.attrs["title"] == "reported speech — no speaker (none, 0.00)"
    assert node.text() == "the vote would wait"


def test_report_crossing_a_quote_still_nests() -> None:
    """A hand-made report that crosses a quote is split: the page stays balanced, the text kept."""
    text = "Bo said the “plan is” dead, “really.”"
    doc = make_doc(
        text, [(12, 21, 0), (28, 37, 0)], ["Bo"], [(0, "r", (0, 2), (3, 7)), (0, "r", None, None)]
    )
    doc = attrs.evolve(
        doc,
        reports=(Report(16, 32, text[16:32]),),
        report_attributions=(Attribution(quote=0, speaker=0, rule="r", confidence=0.5),),
    )
    root = parse(render_html(doc))
    assert article(root).text() == text
    assert "".join(n.text() for n in spans(root, "qa-report")) == text[16:32]


def test_no_reports_page_is_unchanged() -> None:
    """Without reports the page has no report markup and is byte for byte as before reports."""
    doc = quoteattr.attribute(REPORTED)
    assert not doc.reports
    docs = [("a", doc), ("b", quoteattr.attribute(ARTICLE))]
    pages = [render_html(doc), render_html(doc, labels=False, title="T"), render_corpus_html(docs)]
    for page in pages:
        assert "qa-report" not in page and "reported speech" not in page
    # With reports on, quoted speakers keep their numbers and colours.
    with_reports = render_html(reported_doc())
    for n in spans(parse(pages[0]), "qa-quote"):
        assert n.attrs["class"] in with_reports
    old_source = _source_at(MAIN_BEFORE_REPORTS, "quoteattr/html.py")
    if old_source is None:
        pytest.skip(f"no git checkout with commit {MAIN_BEFORE_REPORTS}")
    spec = importlib.util.spec_from_loader("quoteattr._html_before_reports", loader=None)
    assert spec is not None
    old = importlib.util.module_from_spec(spec)
    old.__package__ = "quoteattr"
    sys.modules[spec.name] = old
    try:
        exec(compile(old_source, "html.py@" + MAIN_BEFORE_REPORTS, "exec"), old.__dict__)
        assert pages[0] == old.render_html(doc)
        assert pages[1] == old.render_html(doc, labels=False, title="T")
        assert pages[2] == old.render_corpus_html(docs)
    finally:
        del sys.modules[spec.name]


def _source_at(commit: str, path: str) -> str | None:
    """``path`` as it was at ``commit`` in this checkout's git history, or None without git."""
    try:
        res = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{commit}:{path}"],
            capture_output=True, check=False, timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return res.stdout.decode("utf-8") if res.returncode == 0 else None
