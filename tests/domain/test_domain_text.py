import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain.limits import LINE_MAX, NOTE_MAX
from peerdesk.domain.text import TextKind, clean_line, clean_multiline, clean_text
from peerdesk.errors import ValidationError

ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=200)


def _forbidden(ch: str, multiline: bool) -> bool:
    cp = ord(ch)
    if multiline and ch in "\t\n":
        return False
    return (cp < 0x20 or 0x7F <= cp <= 0x9F or 0xD800 <= cp <= 0xDFFF
            or 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE)


@settings(max_examples=500)
@given(ANY_TEXT, st.sampled_from(list(TextKind)))
def test_any_text_is_clean_or_validation_error(raw, kind):
    try:
        out = clean_text(raw, label="Summary", field="summary", kind=kind)
    except ValidationError as err:
        assert set(err.errors) == {"summary"}
        msg = err.errors["summary"]
        assert msg.startswith("Summary")
        # Never echoes the text (only a code point description).
        stripped = raw.strip()
        if len(stripped) > 3 and stripped.isprintable():
            assert stripped not in msg
        return
    multiline = kind is TextKind.MULTILINE
    assert unicodedata.is_normalized("NFC", out)
    assert out == out.strip()
    assert "\r" not in out
    assert not any(_forbidden(c, multiline) for c in out)
    out.encode("utf-8")  # storable
    # Idempotent.
    assert clean_text(out, label="Summary", kind=kind) == out


@given(st.text(st.characters(categories=["L", "N", "P", "Zs"]), max_size=100))
def test_printable_text_always_accepted(raw):
    out = clean_line(raw, label="Name")
    assert out == unicodedata.normalize("NFC", raw).strip()


def test_nfc_applied():
    assert clean_line("Zoe\u0308", label="Name") == "Zoë"


def test_crlf_and_cr_become_lf():
    assert clean_multiline("a\r\nb\rc", label="Summary") == "a\nb\nc"


def test_tabs_and_newlines_only_in_multiline():
    assert clean_multiline("a\tb\nc", label="Summary") == "a\tb\nc"
    with pytest.raises(ValidationError, match="must be on one line"):
        clean_line("a\nb", label="Name", field="name")
    with pytest.raises(ValidationError, match="tab"):
        clean_line("a\tb", label="Name")


def test_surrounding_whitespace_stripped():
    assert clean_line("  Asha  \n", label="Name") == "Asha"


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\ufffe",
                                 "\uffff", "\ud800", "\udfff", "\ufdd0", "\U0001fffe"])
@pytest.mark.parametrize("kind", list(TextKind))
def test_forbidden_characters_refused(bad, kind):
    with pytest.raises(ValidationError) as err:
        clean_text(f"ok{bad}ok", label="Summary", field="summary", kind=kind)
    assert "cannot be stored" in err.value.errors["summary"]
    assert f"U+{ord(bad):04X}" in err.value.errors["summary"]


def test_limit_message_is_clear_and_boundary_exact():
    assert len(clean_multiline("x" * NOTE_MAX, label="Summary")) == NOTE_MAX
    with pytest.raises(ValidationError) as err:
        clean_multiline("x" * 51_200, label="Summary", field="summary")
    assert err.value.errors == {
        "summary": "Summary is too long: 51,200 characters; the limit is 50,000."}


def test_default_limits():
    clean_line("x" * LINE_MAX, label="Note")
    with pytest.raises(ValidationError):
        clean_line("x" * (LINE_MAX + 1), label="Note")


def test_limit_counts_after_normalisation():
    # 2 code points -> 1 after NFC.
    assert clean_line("e\u0301" * 10, label="Name", limit=10) == "é" * 10


def test_required():
    with pytest.raises(ValidationError, match="Name is required"):
        clean_line("   ", label="Name", required=True)
    assert clean_line("", label="Name") == ""


def test_non_str_refused():
    with pytest.raises(ValidationError, match="must be text"):
        clean_line(5, label="Name")  # type: ignore[arg-type]
