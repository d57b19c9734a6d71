"""The main window opens at a size that fits the screen; a remembered size only if it fits."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication

from ui.main_window import FRAME, SIZE_KEY, MainWindow, fitting_size

LAPTOP = QSize(1280, 800)


def test_the_preferred_size_is_made_to_fit_a_small_screen():
    size = fitting_size(QSize(1400, 900), None, LAPTOP)
    assert size.width() + FRAME.width() <= 1280
    assert size.height() + FRAME.height() <= 800


def test_a_screen_with_room_gets_the_preferred_size():
    assert fitting_size(QSize(1100, 700), None, QSize(1920, 1080)) == QSize(1100, 700)


def test_a_remembered_size_is_used_only_if_it_fits():
    assert fitting_size(QSize(1100, 700), QSize(1000, 650), LAPTOP) == QSize(1000, 650)
    # Remembered on a big monitor, now on the laptop: too big, so the preferred size.
    too_big = fitting_size(QSize(1100, 700), QSize(1900, 1000), LAPTOP)
    assert too_big == QSize(1100, 700)
    assert fitting_size(QSize(1100, 700), QSize(), LAPTOP) == QSize(1100, 700)


def test_the_window_fits_the_screen_and_remembers_its_size(qtbot, ctx, fake_ws):
    QSettings().remove(SIZE_KEY)
    available = QGuiApplication.primaryScreen().availableGeometry()
    window = MainWindow(fake_ws, ctx)
    qtbot.addWidget(window)
    assert window.width() + FRAME.width() <= available.width()
    assert window.height() + FRAME.height() <= available.height()
    assert available.contains(window.geometry())

    window.resize(600, 500)
    window.close()
    assert QSettings().value(SIZE_KEY) == QSize(600, 500)
    again = MainWindow(fake_ws, ctx)
    qtbot.addWidget(again)
    assert again.size() == QSize(600, 500)

    QSettings().setValue(SIZE_KEY, QSize(available.width() + 200, 500))
    third = MainWindow(fake_ws, ctx)
    qtbot.addWidget(third)
    assert third.width() + FRAME.width() <= available.width()
