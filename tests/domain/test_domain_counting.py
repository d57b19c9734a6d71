"""Counts, short lists and sentence ends read the same everywhere."""

import pytest

from peerdesk.domain.counting import count, listing, plural, sentence


@pytest.mark.parametrize(("n", "noun", "want"), [
    (0, "breach", "0 breaches"), (1, "breach", "1 breach"), (2, "breach", "2 breaches"),
    (1, "session", "1 session"), (1500, "session", "1,500 sessions"),
    (1, "entry", "1 entry"), (3, "entry", "3 entries"),
])
def test_count(n, noun, want):
    assert count(n, noun) == want


def test_plural_takes_an_explicit_form():
    assert plural(2, "advisee seen", "advisees seen") == "advisees seen"
    assert plural(1, "advisee seen", "advisees seen") == "advisee seen"


@pytest.mark.parametrize(("items", "limit", "want"), [
    ([], None, ""), (["Medical"], None, "Medical"), (["Medical", "Other"], None,
                                                     "Medical and Other"),
    (["A", "B", "C"], None, "A, B and C"), (["A", "B", "C", "D"], 2, "A, B and 2 more"),
    (["A", " ", "B"], None, "A and B"),
])
def test_listing(items, limit, want):
    assert listing(items, limit=limit) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Raised by Rohan J.", "Raised by Rohan J."), ("Medical, Other", "Medical, Other."),
    ("", ""), ("Done!", "Done!"),
])
def test_sentence(text, want):
    assert sentence(text) == want
