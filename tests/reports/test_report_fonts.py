"""Fonts are embedded; Latin with diacritics round-trips; Devanagari is shaped in its own
font; symbols come from the fallback font.

What comes back out of the PDF (the same with pypdf and with poppler's pdftotext):

* Latin with diacritics ("Zoë, José, Łódź, Ñandú") extracts exactly.
* Devanagari is shaped by HarfBuzz, so the PDF holds the *glyphs* the shaper chose: a
  conjunct such as "स्त" in "नमस्ते", a ligature such as "हु" in "बहुत", a contextual
  vowel-sign form such as the "ी" after "द" in "नदी", the pre-base "ि" and the anusvara in
  "चिंता". ``reports.copyable_shaping`` gives those glyphs ToUnicode entries that spell the
  cluster's text, so every word extracts exactly as typed, in logical order, with no space
  inside a word where a vowel sign is drawn back over its consonant. The tests assert that,
  plus that the Devanagari runs are set in the Devanagari font (``font_runs`` and the PDF's
  font list) and that shaping happened (the glyph stream is not the character stream).
* Latin ligatures ("fi", "fl", "ff" drawn as one glyph that extracts as "ﬁ") are turned off
  (``fonts._no_ligatures``), so "Reflections" and a hex hash such as "24ff518b" extract as
  typed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from rpdf import Demo, reader, small_group

LATIN = "Zoë, José, Łódź, Ñandú"
#: Words drawn with plain glyphs only: these extract exactly.
HINDI_SIMPLE = ["कमल", "घर", "जल", "सब"]
#: Words whose shaping substitutes or reorders glyphs.
HINDI_SHAPED = ["नदी", "नमस्ते", "बहुत", "चिंता"]
#: A sentence with conjuncts ("स्त", "न्ह") and a pre-base vowel sign ("ि").
HINDI_SENTENCE = "नमस्ते, मुझे आज बहुत चिंता हो रही है।"
SYMBOLS = "☎ ✓ ★ ♥"
#: Characters above U+FFFF (UTF-16 surrogate pairs in the PDF's ToUnicode maps).
EMOJI = "😊 😢"


@pytest.fixture(scope="module")
def script_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    import os

    os.environ["PEERDESK_KDF_PROFILE"] = "test"
    g = small_group(tmp_path_factory.mktemp("fonts"), names={"asha": "Zoë José"})
    try:
        from peerdesk.services.escalations import EscalationService

        g.ws.sessions.create({"advisee_id": g.id("a1"), "advisor_id": g.id("asha"),
                              "start": datetime.now(UTC) - timedelta(hours=2),
                              "duration_minutes": 45, "channel": "phone",
                              "themes": ["Łódź", "नदी"], "summary": "x"})
        esc_id = EscalationService(g.ws.ctx).raise_({
            "advisee_id": g.id("a1"), "level": "high", "categories": ["other"],
            "description": f"{LATIN}\n{' '.join(HINDI_SIMPLE)}\n{HINDI_SENTENCE}\n"
                           f"{' '.join(HINDI_SHAPED)}\n{SYMBOLS}\nReflections, office, 24ff518b\n"
                           f"Felt better {EMOJI} after the call",
            "immediate_action": "Called."}).id
        g.login("sunil")
        return bytes(g.ws.reports.escalation_record(esc_id).pdf)
    finally:
        if g.ws.is_open:
            g.ws.lock()


def _fonts(pdf: bytes) -> dict[str, pypdf.generic.DictionaryObject]:
    """BaseFont name -> font dictionary, for every font used on any page."""
    out = {}
    for page in reader(pdf).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            out[str(font["/BaseFont"])] = font
    return out


def test_every_font_is_embedded(script_pdf: bytes) -> None:
    fonts = _fonts(script_pdf)
    assert fonts
    for name, font in fonts.items():
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # Type0: the descriptor is on the descendant font
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert "/FontFile2" in descriptor, name
        assert "/ToUnicode" in font, name
    joined = " ".join(fonts)
    assert "Helvetica" not in joined and "Times" not in joined


def test_latin_with_diacritics_round_trips_exactly(script_pdf: bytes) -> None:
    text = "\n".join(p.extract_text() for p in reader(script_pdf).pages)
    assert LATIN in text
    assert "Zoë José" in text


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_latin_round_trips_through_pdftotext(script_pdf: bytes, tmp_path: Path) -> None:
    assert LATIN in _pdftotext(script_pdf, tmp_path)


def test_devanagari_words_without_conjuncts_extract(script_pdf: bytes, tmp_path: Path) -> None:
    for text in (" ".join(p.extract_text() for p in reader(script_pdf).pages),
                 _pdftotext(script_pdf, tmp_path)):
        text = unicodedata.normalize("NFC", text)
        for word in HINDI_SIMPLE:
            assert word in text, word


def test_devanagari_shaped_words_extract_as_typed(script_pdf: bytes, tmp_path: Path) -> None:
    """Conjuncts, ligatures, reordered and contextual vowel signs copy out as the characters
    they draw (they used to come back as Private Use Area codes), with both readers."""
    for text in (" ".join(p.extract_text() for p in reader(script_pdf).pages),
                 _pdftotext(script_pdf, tmp_path)):
        text = unicodedata.normalize("NFC", text)
        for word in ("मुझे", "आज", "हो", "रही", *HINDI_SHAPED):
            assert word in text, word
        assert HINDI_SENTENCE in " ".join(text.split())
        assert not re.search("[\ue000-\uf8ff\U000f0000-\U000ffffd]", text)


def test_devanagari_runs_use_the_devanagari_font(script_pdf: bytes) -> None:
    from peerdesk.reports.fonts import DEVA, FALLBACK, font_runs

    runs = font_runs(f"{LATIN} {HINDI_SENTENCE} {SYMBOLS}")
    deva = "".join(text for face, text in runs if face == DEVA)
    for word in HINDI_SENTENCE.replace(",", " ").replace("।", " ").split():
        assert word in deva, word
    assert not any(face == DEVA for face, text in runs if "Zo" in text)
    fallback = "".join(text for face, text in runs if face == FALLBACK)
    for sym in SYMBOLS.split():
        assert sym in fallback, sym
    # Latin (with diacritics) stays in the paragraph's own font.
    assert all(face is None for face, text in runs if any(c in text for c in "ëéŁóźÑú"))
    fonts = " ".join(_fonts(script_pdf))
    assert "NotoSansDevanagari" in fonts, fonts
    assert "DejaVuSans" in fonts, fonts  # the symbols


def test_devanagari_is_shaped(script_pdf: bytes) -> None:
    """Shaped text reorders the pre-base "ि" and forms conjuncts: some glyph of the
    Devanagari font then stands for more than one character (its ToUnicode entry is a
    cluster). Drawn unshaped, every glyph would be one character."""
    clusters: set[str] = set()
    for page in reader(script_pdf).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            if "NotoSansDevanagari" not in str(font["/BaseFont"]):
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            cmap = cmap.split("beginbfchar", 1)[1]
            for hexed in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]*)>", cmap):
                text = bytes.fromhex(hexed).decode("utf-16-be")
                if len(text) > 1:
                    clusters.add(text)
    assert {"स्", "त्र", "हु"} & clusters or len(clusters) >= 3, clusters


def test_characters_above_u_ffff_copy_out_exactly(script_pdf: bytes, tmp_path: Path) -> None:
    """An emoji in a note extracts as itself, not as its first four hex digits (U+1F60A
    came back as U+1F60 "ὠ")."""
    text = " ".join(p.extract_text() for p in reader(script_pdf).pages)
    assert f"Felt better {EMOJI} after the call" in text
    assert "\u1f60" not in text and "\u1f62" not in text
    assert f"Felt better {EMOJI} after the call" in _pdftotext(script_pdf, tmp_path)


def test_symbols_extract(script_pdf: bytes) -> None:
    text = " ".join(p.extract_text() for p in reader(script_pdf).pages)
    for sym in SYMBOLS.split():
        assert sym in text, sym


def assert_fonts_embedded(pdf: bytes) -> None:
    for name, font in _fonts(pdf).items():
        if "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        else:
            assert "/FontDescriptor" in font, f"{name} is not embedded"
            descriptor = font["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), name


def test_fonts_embedded_in_every_report_kind(demo_as: Demo, tmp_path: Path) -> None:
    """Charts, tables and the recovery sheet included: no standard (unembedded) font."""
    from rpdf import OCT_END, OCT_START

    from peerdesk.reports.recovery_sheet import render_recovery_sheet

    ws = demo_as.login("supervisor")
    advisor_id = next(m for _, u, m in ws.members.accounts() if u == "advisor01")
    pdfs = [ws.reports.accountability(OCT_START, OCT_END).pdf,
            ws.reports.advisor(advisor_id, OCT_START, OCT_END).pdf,
            ws.reports.escalation_record(ws.escalations.rows(limit=10)[0].id).pdf,
            render_recovery_sheet(group_name="G", vault_id="v", recovery_key="AAAA-BBBB",
                                  created_at=datetime.now(UTC))]
    for pdf in pdfs:
        assert_fonts_embedded(pdf)


def test_latin_has_no_ligatures_in_extracted_text(script_pdf: bytes) -> None:
    text = " ".join(p.extract_text() for p in reader(script_pdf).pages)
    assert "Reflections, office, 24ff518b" in text
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
