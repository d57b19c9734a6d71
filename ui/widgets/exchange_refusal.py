"""What the app says when a bundle or a join request is refused, in a coordinator's words.

The core refuses with a reason (``BundleRefused.reason``, one of the values of
``peerdesk.exchange.container.Refusal``) and an English line for the command line. The app
says the same thing here, translatable, and with the names it knows: which laptop a bundle
was made for, which laptop sent it. Every refusal ends with what was (not) done, because the
person's first worry is whether anything was changed or lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _join_sentence(reason: str) -> str:
    if reason == "not-a-bundle":
        return translate(
            "ExchangeRefusal", "This is not a join request from a new laptop. Ask for the "
            "file or the code its Join screen shows.")
    if reason == "too-large":
        return translate(
            "ExchangeRefusal", "This is too large to be a join request; it was not opened.")
    if reason == "newer-format":
        return translate(
            "ExchangeRefusal", "The new laptop has a newer peerdesk. Update peerdesk on "
            "this laptop first, then read the request again.")
    return translate(
        "ExchangeRefusal", "This join request is damaged or was changed on the way. Ask "
        "for a new one; do not add this laptop.")


def _bundle_sentence(reason: str) -> str:
    if reason == "not-a-bundle":
        return translate("ExchangeRefusal", "This file is not a peerdesk bundle.")
    if reason == "too-large":
        return translate(
            "ExchangeRefusal", "This bundle is larger than peerdesk accepts; it was not "
            "opened.")
    if reason == "newer-format":
        return translate(
            "ExchangeRefusal", "This bundle was made by a newer peerdesk. Update peerdesk "
            "on this laptop, then open it again.")
    if reason == "other-group":
        return translate(
            "ExchangeRefusal", "This bundle comes from another group's peerdesk, not yours.")
    if reason == "not-for-this-laptop":
        return translate(
            "ExchangeRefusal", "This bundle was made for another laptop, not this one.")
    if reason == "revoked-sender":
        return translate(
            "ExchangeRefusal", "This bundle comes from a laptop that was removed from the "
            "group.")
    if reason == "unknown-sender":
        return translate(
            "ExchangeRefusal", "This bundle comes from a laptop this one does not know yet. "
            "Add that laptop to the group first.")
    return translate(
        "ExchangeRefusal", "This bundle is damaged or was changed after it was made. Ask "
        "for a new one.")


def refusal_text(reason: str, *, join: bool = False, made_for: Sequence[str] = (),
                 sender: str = "") -> str:
    """One short paragraph: what is wrong, in plain words, and that nothing changed.

    ``made_for``: the names of the laptops a bundle was made for (when this laptop knows
    them); ``sender``: the name of the laptop that made it.
    """
    if join:
        text = _join_sentence(reason)
    elif reason == "not-for-this-laptop" and len(made_for) == 1:
        text = translate("ExchangeRefusal", "This file was made for %1, not this one.",
                         "%1 is a laptop's name, e.g. Asha's laptop")
        text = text.replace("%1", made_for[0])
    elif reason == "not-for-this-laptop" and made_for:
        text = translate("ExchangeRefusal",
                         "This file was made for other laptops (%1), not this one.",
                         "%1 is a list of laptop names")
        text = text.replace("%1", ", ".join(made_for))
    elif reason == "revoked-sender" and sender:
        text = translate("ExchangeRefusal",
                         "This bundle comes from %1, which was removed from the group.",
                         "%1 is a laptop's name")
        text = text.replace("%1", sender)
    else:
        text = _bundle_sentence(reason)
    return text + " " + translate("ExchangeRefusal", "Nothing was changed.")
