"""The HTML pages: escaping, well-formed markup, colours, legend, nesting, corpus report."""

from __future__ import annotations

import doctest
import html
import re
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
        assert f'<tr class="qa-c{k}" data-speaker="{sid}"' in page


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


def test_more_speakers_than_colours_reuse_the_palette() -> None:
    """With more speakers than colours the palette starts again and the page stays well-formed."""
    n = len(PALETTE) + 3
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
    doc = make_doc("".join(parts), quotes, [f"P{i}" for i in range(n)], atts)
    page = render_html(doc)
    parse(page)
    assert f'class="qa-quote qa-c0" data-quote="{len(PALETTE)}"' in page


def test_labels_can_be_turned_off() -> None:
    """``labels=False`` leaves out the name tags after quotes."""
    doc = quoteattr.attribute("“We will rebuild,” Mayor Ann Lee said.")
    assert "qa-tag" in render_html(doc).split("<body>")[1]
    assert "qa-tag" not in render_html(doc, labels=False).split("<body>")[1]


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
