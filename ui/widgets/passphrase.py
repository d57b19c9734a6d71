"""Passphrase entry with a strength meter and plain feedback.

:func:`assess_passphrase` is pure (no Qt) so it can be tested directly and moved into
``peerdesk.domain`` if the services want the same rule. The rule: at least 12 characters,
or 4 or more words; not a well-known password; not one character or an easy sequence
repeated.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from ui.language import QT_TRANSLATE_NOOP
from ui.widgets.plain_text import force_plain

#: ``Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText`` (tests compare).
PASSPHRASE_INPUT_HINTS = 0x1 | 0x2 | 0x40

MIN_LENGTH = 12
MIN_WORDS = 4

#: Marked for the catalog; shown through :attr:`Strength.level` in the interface's language.
LEVELS = (QT_TRANSLATE_NOOP("passphrase", "Too weak"), QT_TRANSLATE_NOOP("passphrase", "Weak"),
          QT_TRANSLATE_NOOP("passphrase", "Fair"), QT_TRANSLATE_NOOP("passphrase", "Good"),
          QT_TRANSLATE_NOOP("passphrase", "Strong"))

# A short list is enough to catch the passphrases people reach for first; the length rule
# does the rest. Compared after lower-casing and removing spaces, digits and symbols.
_COMMON = frozenset(
    {
        "password", "passphrase", "passwort", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl",
        "zxcvbnm", "letmein", "welcome", "iloveyou", "admin", "administrator", "monkey",
        "dragon", "football", "cricket", "sunshine", "princess", "trustno", "secret",
        "changeme", "peerdesk", "support", "helpme", "abc", "abcdef", "abcdefgh", "india",
        "delhi", "mumbai", "india123", "master", "login", "hello", "whatever", "freedom",
        "baseball", "superman", "batman", "starwars", "correcthorsebatterystaple",
    }
)
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiopasdfghjklzxcvbnm",
    "1qaz2wsx3edc",
)


# The feedback sentences, marked for the catalog and translated where they are used.
_EMPTY = QT_TRANSLATE_NOOP("passphrase", "Use at least %1 characters, or %2 or more words.")
_COMMON_TEXT = QT_TRANSLATE_NOOP(
    "passphrase",
    "This is one of the first passphrases anyone would try. Pick words only you would think of.")
_REPEAT_TEXT = QT_TRANSLATE_NOOP(
    "passphrase", "Repeating the same characters is easy to guess. Use different words.")
_DIGITS_TEXT = QT_TRANSLATE_NOOP(
    "passphrase", "Only digits (like a phone number or a date) are easy to guess. Use words.")
_SEQUENCE_TEXT = QT_TRANSLATE_NOOP(
    "passphrase", "Keyboard rows and counting sequences are easy to guess. Use words instead.")


def _say(text: str) -> str:
    """A marked sentence in the interface's language, with the rule's numbers filled in."""
    return QCoreApplication.translate("passphrase", text).replace(
        "%1", str(MIN_LENGTH)).replace("%2", str(MIN_WORDS))


class Strength(NamedTuple):
    """``score`` 0–4; ``acceptable`` is what the form enforces; ``feedback`` is one sentence.

    (A named tuple, not a dataclass: the unlock window imports this before it paints.)"""

    score: int
    acceptable: bool
    feedback: str

    @property
    def level(self) -> str:
        return QCoreApplication.translate("passphrase", LEVELS[self.score])


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_.,;:/+]+", text) if len(w) >= 2]


def _is_sequence(core: str) -> bool:
    """A keyboard row or counting run, like ``qwerty``, ``abcd`` or ``1234567890123``."""
    if len(core) < 4:
        return False
    if any(core in seq or core in seq[::-1] for seq in _SEQUENCES):
        return True
    steps = [(ord(b) - ord(a)) % 10 if a.isdigit() and b.isdigit() else ord(b) - ord(a)
             for a, b in pairwise(core)]
    runs = sum(1 for step in steps if step in (1, -1, 9))
    return runs >= 0.8 * len(steps)


def _repeats(text: str) -> bool:
    """One character, or a short chunk, repeated to make up the whole text."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return True
    return False


def assess_passphrase(text: str) -> Strength:
    """How strong ``text`` is, and what to do about it, in words a person can act on."""
    if not text:
        return Strength(0, False, _say(_EMPTY))
    lowered = text.lower()
    core = re.sub(r"[^a-z]", "", lowered)
    compact = re.sub(r"\s", "", lowered)
    words = _words(text)
    long_enough = len(text) >= MIN_LENGTH or len(words) >= MIN_WORDS

    doubled = bool(core) and _repeats(core) and core[: len(core) // 2] in _COMMON
    if core in _COMMON or compact in _COMMON or doubled:
        return Strength(0, False, _say(_COMMON_TEXT))
    if _repeats(compact) or len(set(compact)) <= 3:
        return Strength(0, False, _say(_REPEAT_TEXT))
    if _is_sequence(compact) or (core and _is_sequence(core) and len(core) >= len(compact) - 4):
        return Strength(0, False, _say(_SEQUENCE_TEXT))
    if compact.isdigit():
        return Strength(0, False, _say(_DIGITS_TEXT))
    if not long_enough:
        missing = MIN_LENGTH - len(text)
        return Strength(
            1 if len(text) >= 8 else 0,
            False,
            (QCoreApplication.translate(
                "passphrase", "Too short: add 1 more character, or use %2 or more words.")
             if missing == 1 else QCoreApplication.translate(
                "passphrase", "Too short: add %3 more characters, or use %2 or more words.")
             ).replace("%2", str(MIN_WORDS)).replace("%3", str(missing)),
        )

    classes = sum(
        bool(re.search(p, text)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9\s]", r"\s")
    )
    score = 2
    if len(text) >= 16 or len(words) >= MIN_WORDS:
        score = 3
    if len(text) >= 20 and (len(words) >= MIN_WORDS or classes >= 3):
        score = 4
    if classes <= 1 and len(words) < MIN_WORDS and len(text) < 16:
        score = 2
    if re.search(r"(19|20)\d\d$", text) and score > 2:
        score -= 1
    feedback = {
        2: QCoreApplication.translate(
            "passphrase", "Acceptable. A few more words would make it much stronger."),
        3: QCoreApplication.translate("passphrase", "Good. Longer is still better."),
        4: QCoreApplication.translate("passphrase", "Strong passphrase."),
    }[score]
    return Strength(score, True, feedback)


class PassphraseEdit(QLineEdit):
    """A password-mode line edit with a Show/Hide action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # Hidden, sensitive, no prediction; an int, not Qt enums (see plain_text).
        self.setProperty("inputMethodHints", PASSPHRASE_INPUT_HINTS)
        self._toggle = QAction(self.tr("Show"), self)
        self._toggle.setToolTip(self.tr("Show or hide the passphrase"))
        self._toggle.triggered.connect(self.toggle_visible)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def toggle_visible(self) -> None:
        hidden = self.echoMode() == QLineEdit.EchoMode.Password
        self.setEchoMode(QLineEdit.EchoMode.Normal if hidden else QLineEdit.EchoMode.Password)
        self._toggle.setText(self.tr("Hide") if hidden else self.tr("Show"))


class PassphraseStrength(QWidget):
    """A meter plus a sentence of feedback, for a :class:`PassphraseEdit` it watches."""

    strength_changed = Signal(object)

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, len(LEVELS))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(self.fontMetrics().height() // 2)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = force_plain(QLabel(self))
        self.feedback.setObjectName("strengthFeedback")
        self.feedback.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().height() // 4)
        layout.addWidget(self.meter)
        layout.addWidget(self.feedback)
        edit.textChanged.connect(self._update)
        self.strength = assess_passphrase("")
        self._update(edit.text())

    def _update(self, text: str) -> None:
        self.strength = assess_passphrase(text)
        self.meter.setValue(self.strength.score + 1 if text else 0)
        self.meter.setProperty("strength", self.strength.score)
        self.meter.setAccessibleDescription(self.strength.level)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.feedback.setText(self.strength.feedback)
        self.strength_changed.emit(self.strength)
