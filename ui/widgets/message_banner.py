"""The strip at the top of a dialog that says what went wrong (or, quietly, what happened)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.worker import Task, generic_error


def error_banner(parent: QWidget) -> QLabel:
    banner = QLabel(parent)
    banner.setObjectName("errorBanner")
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.hide()
    return banner


def set_banner_style(banner: QLabel, object_name: str) -> None:
    """Switch between ``errorBanner`` and the quieter ``emptyBanner`` look."""
    if banner.objectName() != object_name:
        banner.setObjectName(object_name)
        banner.style().unpolish(banner)
        banner.style().polish(banner)


def task_errors(task: Task, message: str) -> dict[str, str]:
    """``{field: message}`` from a failed task (a ValidationError's fields), else ``{"": msg}``."""
    errors = getattr(task.error, "errors", None)
    if isinstance(errors, Mapping) and errors:
        return {str(k): str(v) for k, v in errors.items()}
    return {"": message or generic_error()}
