"""A large clock showing one time zone's time, and the time texts live mode shows
(durations as everywhere else: `gui.common.models.format_duration`).

Clocks do not run their own timers: the screen that shows them calls `ClockWidget.show_time`
from its one per-second tick, so every clock and timer on screen flips at the same moment.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from monitor_app.core.records.durations import whole_seconds
from monitor_app.core.records.timeutil import from_utc_text, zone
from monitor_app.gui.common.models import format_duration

TIME_FORMAT = "%H:%M:%S"  # courtroom notes use the 24-hour clock in every language


def format_elapsed(seconds: float) -> str:
    """A duration written as every surface writes it ("3 min 12 s"): a running timer
    reads the same as the interval it becomes when stopped, and as the report."""
    return format_duration(whole_seconds(timedelta(seconds=seconds)))


def elapsed_since(start_text: str, now: datetime) -> str:
    """The time from a stored UTC instant to ``now`` ("3 min 12 s"): a running timer."""
    return format_duration(whole_seconds(now - from_utc_text(start_text)))


def lasted(start_text: str, end_text: str) -> str:
    """How long an interval between two stored UTC instants lasted ("3 min 12 s")."""
    return elapsed_since(start_text, from_utc_text(end_text))


def date_text(local: datetime) -> str:
    """The date of a zone-local datetime, written the UI locale's long way."""
    return QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
    )


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` enlarged by ``factor``: relative sizes follow the user's font and scaling."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:  # a pixel-sized font (some platform themes)
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


class ClockWidget(QWidget):
    """The current time in one zone, large, with a caption and the zone's name and date."""

    def __init__(self, zone_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone_name = zone_name
        self._zone = zone(zone_name)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_label.setWordWrap(True)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("clockTime")
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        self.time_label.setFont(scaled_font(self.font(), 2.8, bold=True))
        self.time_label.setAccessibleName(caption)
        self.zone_label = QLabel(self)
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_label.setWordWrap(True)
        self.date_label = QLabel(self)
        self.date_label.setTextFormat(Qt.TextFormat.PlainText)
        self.date_label.setWordWrap(True)
        for label in (self.caption_label, self.time_label, self.zone_label, self.date_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.time_label)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.date_label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_time(self, now: datetime) -> None:
        """Show ``now`` (any aware datetime) as this zone's wall clock."""
        local = now.astimezone(self._zone)
        self.time_label.setText(local.strftime(TIME_FORMAT))
        offset = local.strftime("%z")
        zone_text = f"{self.zone_name} (UTC{offset[:3]}:{offset[3:]})"
        if zone_text != self.zone_label.text():  # changes at most twice a year
            self.zone_label.setText(zone_text)
        day = date_text(local)
        if day != self.date_label.text():
            self.date_label.setText(day)
