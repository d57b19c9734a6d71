import pytest

from peerdesk.domain.codes import format_code, is_valid_code, next_code, normalise_code


def test_next_code_follows_highest_with_prefix():
    assert next_code([]) == "PS-0001"
    assert next_code(["PS-0141", "ps-0007", "XX-9999", "junk", "PS-0142"]) == "PS-0143"
    assert next_code(["PS-9999"]) == "PS-10000"
    assert next_code(["DL-0004"], prefix="DL") == "DL-0005"


@pytest.mark.parametrize("code,ok", [("PS-0142", True), ("PSX-12345", True), ("P-0001", False),
                                     ("PS-12", False), ("PS0142", False), ("ps-0142", False),
                                     ("PS-0142 ", False)])
def test_code_format(code, ok):
    assert is_valid_code(code) is ok


def test_normalise_and_format():
    assert normalise_code(" ps-0142 ") == "PS-0142"
    with pytest.raises(ValueError):
        format_code(0)
    with pytest.raises(ValueError):
        format_code(1, prefix="p1")
