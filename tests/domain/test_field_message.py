"""A field message with details filled in is still the English ``str`` everyone compared
before, and also carries its template and parameters, which render it in another language:
the template and the field's label through the catalog, numbers and names as they are."""

from __future__ import annotations

from datetime import UTC, datetime

from peerdesk.domain.fields import Integer, Tags, Text, clean_fields
from peerdesk.domain.message import NC_, Message, Term, render
from peerdesk.domain.text import TextKind, clean_line, text_problem
from peerdesk.domain.validate_practice import validate_session
from peerdesk.domain.validate_risk import validate_referral_resource
from peerdesk.errors import ValidationError

HINDI = {
    "{label} is required.": "{label}: यह भरना ज़रूरी है।",
    "{label} is too long: {count} characters; the limit is {limit}.":
        "{label}: बहुत लंबा है, {count} अक्षर; ज़्यादा से ज़्यादा {limit} अक्षर हो सकते हैं।",
    "{label} must be between {low} and {high} {unit}.":
        "{label}: {low} से {high} {unit} के बीच होना चाहिए।",
    "One of the {label}": "{label} में से एक",
    "Summary": "सारांश",
    "Duration": "कितनी देर",
    "Themes": "विषय",
    "minutes": "मिनट",
    "Hours": "घंटे",
    "opening hours of a service\x04Hours": "समय",
    "{name} is not an advisor.": "{name} सलाहकार नहीं हैं।",
}


def hindi(text: str) -> str:
    return HINDI.get(text, text)


def test_english_is_unchanged_and_the_template_is_kept() -> None:
    errors = validate_session({"summary": "", "duration_minutes": 9_999},
                              now=datetime.now(UTC))
    assert errors["summary"] == "Summary is required."
    assert type(errors["summary"]) is Message and isinstance(errors["summary"], str)
    assert errors["summary"].template == "{label} is required."
    assert errors["duration_minutes"] == "Duration must be between 1 and 600 minutes."
    assert render(errors["duration_minutes"], hindi) == (
        "कितनी देर: 1 से 600 मिनट के बीच होना चाहिए।")


def test_render_translates_template_and_label_and_leaves_numbers_and_names() -> None:
    _text, problem = text_problem("x" * 1_234, label="Summary", kind=TextKind.MULTILINE,
                                  limit=1_000)
    assert problem == "Summary is too long: 1,234 characters; the limit is 1,000."
    assert render(problem, hindi) == (
        "सारांश: बहुत लंबा है, 1,234 अक्षर; ज़्यादा से ज़्यादा 1,000 अक्षर हो सकते हैं।")
    # a name is a parameter shown as it is, even if it happens to be a word of the catalog
    assert render(Message("{name} is not an advisor.", name="Summary"), hindi) == (
        "Summary सलाहकार नहीं हैं।")


def test_a_nested_label_is_lower_case_in_english_and_translated_in_hindi() -> None:
    _cleaned, errors = clean_fields({"themes": ["y" * 70]}, [Tags("themes", "Themes")])
    assert errors["themes"] == "One of the themes is too long: 70 characters; the limit is 60."
    assert render(errors["themes"], hindi) == (
        "विषय में से एक: बहुत लंबा है, 70 अक्षर; ज़्यादा से ज़्यादा 60 अक्षर हो सकते हैं।")


def test_a_label_with_a_context_is_translated_apart_from_the_same_english() -> None:
    hours = NC_("opening hours of a service", "Hours")
    assert hours == "Hours" and render(Message("{label} is required.", label=hours),
                                       hindi) == "समय: यह भरना ज़रूरी है।"
    errors = validate_referral_resource({"name": "Clinic", "kind": "helpline",
                                         "hours": "9\t5"}, now=datetime.now(UTC))
    assert errors["hours"] == "Hours cannot contain a tab; use a space."
    assert errors["hours"].params["label"].context == "opening hours of a service"


def test_a_translation_that_does_not_fit_falls_back_to_english() -> None:
    problem = Message("{label} is required.", label=Term("Summary"))
    assert problem.render(lambda text: "{label} {oops}") == "Summary is required."
    for broken in ("{label.upper.x}", "{0}", "{label!z}", "{label", "{label[x]}"):
        assert problem.render(lambda text, b=broken: b) == "Summary is required."
    assert render("", hindi) == ""
    assert render("Summary", hindi) == "सारांश"  # a fixed text is looked up whole


def test_validation_error_keeps_each_fields_message() -> None:
    try:
        clean_line("a\tb", label="Summary", field="summary")
    except ValidationError as err:
        assert err.errors["summary"].template == "{label} cannot contain a tab; use a space."
        assert str(err) == "summary: Summary cannot contain a tab; use a space."
    else:
        raise AssertionError("a tab in a line was accepted")
    _cleaned, errors = clean_fields({"n": 3}, [Integer("n", "Number", low=5, high=9),
                                               Text("t", "Title", required=True)])
    assert errors == {"n": "Number must be between 5 and 9.", "t": "Title is required."}


def test_a_copy_or_a_pickle_keeps_the_template_even_with_braces_in_a_name() -> None:
    import copy
    import pickle

    said = Message("{name} is not an advisor.", name="A{b}")
    hours = NC_("opening hours of a service", "Hours")
    nested = Message("{label}, item {number}: {message}", label=Term("Actions"), number=2,
                     message=Message("{label} is required.", label=hours))
    for original in (said, nested):
        for again in (copy.deepcopy(original), pickle.loads(pickle.dumps(original))):
            assert again == original and type(again) is Message
            assert again.template == original.template
            assert render(again, hindi) == render(original, hindi)
    assert render(copy.deepcopy(nested), hindi) == "Actions, item 2: समय: यह भरना ज़रूरी है।"
