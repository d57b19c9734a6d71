"""Property: any text goes through ``pdf_text`` into a Paragraph and comes out as itself.

"As itself" means: the same lines (each newline, whatever its convention, becomes exactly
one line break) holding the same words in the same order, with zero-width break
opportunities removed. Runs of spaces and tabs *within* a line, and spaces at the ends of a
line, are collapsed by reportlab's own paragraph cleaning (HTML-like whitespace), as for any
paragraph; they are compared as single separators.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import peerdesk.reports  # noqa: F401  (locks reportlab down)
from peerdesk.reports.safety import LONG_WORD, pdf_text
from peerdesk.reports.styles import styles

#: Characters that make markup, entities and line breaks, mixed into arbitrary text.
_TRICKY = st.sampled_from([
    *"<>&\"';/=]![-\n\r\t ", "\r\n", "<b>", "</b>", "&amp;", "&#65;", "<br/>", "]]>", "<img",
    "नमस्ते", "Łódź", "☎", "\u200b"])
TEXT = st.lists(st.one_of(st.text(max_size=30), _TRICKY), max_size=25).map("".join)


def expected(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")


def frag_text(markup: str) -> str:
    from reportlab.platypus import Paragraph

    para = Paragraph(markup, styles()["body"])
    out = []
    for frag in list(para.frags):
        if getattr(frag, "lineBreak", False):
            out.append("\n")
        else:
            out.append(frag.text)
    para.wrap(400, 10_000)  # lays it out too: no error at layout time either
    return "".join(out).replace("\u200b", "")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_pdf_text_round_trips_through_paragraph_fragments(s: str) -> None:
    got, want = frag_text(pdf_text(s)), expected(s)
    # The same characters on the same lines...
    assert [squash(line) for line in got.split("\n")] == [
        squash(line) for line in want.split("\n")]
    # ...and the same words, unless a word was long enough to get break opportunities
    # (which reportlab may treat as spaces) or the text holds zero-width spaces itself.
    if "\u200b" not in s and not any(len(w) > LONG_WORD for w in s.split()):
        assert same_text(got, want)


def squash(line: str) -> str:
    return "".join(line.split())


def same_text(got: str, want: str) -> bool:
    return [line.split() for line in got.split("\n")] == [
        line.split() for line in want.split("\n")]


def test_examples() -> None:
    for s in ["", "<b>x</b>", "a\r\nb\rc\n", "&amp;", "]]>", "<onDraw name=x>", "x" * 500,
              "Zoë नमस्ते ☎"]:
        assert same_text(frag_text(pdf_text(s)), expected(s)), s
    # Markup characters survive exactly, not just as words.
    assert frag_text(pdf_text("<b>x</b> &amp; ]]>")) == "<b>x</b> &amp; ]]>"
