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

_CONTEXT = "ExchangeRefusal"


def _tr(text: str, comment: str | None = None) -> str:
    return QCoreApplication.translate(_CONTEXT, text, comment)


def _sentence(reason: str, *, join: bool) -> str:
    """The sentence for ``reason`` without names (``%1``/``%2`` filled in by the caller)."""
    if join:
        sentences = {
            "not-a-bundle": _tr("This is not a join request from a new laptop. Ask for the "
                                "file or the code its Join screen shows."),
            "too-large": _tr("This is too large to be a join request; it was not opened."),
            "newer-format": _tr("The new laptop has a newer peerdesk. Update peerdesk on "
                                "this laptop first, then read the request again."),
            "damaged": _tr("This join request is damaged or was changed on the way. Ask "
                           "for a new one; do not add this laptop."),
        }
        return sentences.get(reason, sentences["damaged"])
    sentences = {
        "not-a-bundle": _tr("This file is not a peerdesk bundle."),
        "too-large": _tr("This bundle is larger than peerdesk accepts; it was not opened."),
        "newer-format": _tr("This bundle was made by a newer peerdesk. Update peerdesk on "
                            "this laptop, then open it again."),
        "damaged": _tr("This bundle is damaged or was changed after it was made. Ask for a "
                       "new one."),
        "other-group": _tr("This bundle comes from another group's peerdesk, not yours."),
        "not-for-this-laptop": _tr("This bundle was made for another laptop, not this one."),
        "revoked-sender": _tr("This bundle comes from a laptop that was removed from the "
                              "group."),
        "unknown-sender": _tr("This bundle comes from a laptop this one does not know yet. "
                              "Add that laptop to the group first."),
    }
    return sentences.get(reason, sentences["damaged"])


def refusal_text(reason: str, *, join: bool = False, made_for: Sequence[str] = (),
                 sender: str = "") -> str:
    """One short paragraph: what is wrong, in plain words, and that nothing changed.

    ``made_for``: the names of the laptops a bundle was made for (when this laptop knows
    them); ``sender``: the name of the laptop that made it.
    """
    if reason == "not-for-this-laptop" and made_for:
        if len(made_for) == 1:
            text = _tr("This file was made for %1, not this one.",
                       "%1 is a laptop's name, e.g. Asha's laptop").replace("%1", made_for[0])
        else:
            text = _tr("This file was made for other laptops (%1), not this one.",
                       "%1 is a list of laptop names").replace("%1", ", ".join(made_for))
    elif reason == "revoked-sender" and sender:
        text = _tr("This bundle comes from %1, which was removed from the group.",
                   "%1 is a laptop's name").replace("%1", sender)
    else:
        text = _sentence(reason, join=join)
    return text + " " + _tr("Nothing was changed.")
