"""The quick conditions of live mode: the conditions an observer logs most often during a
hearing, one click or one key each, as one table that the live controller and the buttons
(`quick_pad`) both read.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

CONTEXT = "QuickConditions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context`` (typed, unlike Qt's); shown translated."""
    return text


@dataclass(frozen=True)
class QuickCondition:
    """One quick button. Texts are English source strings, translated when shown."""

    code: str  # taxonomy item code
    text: str  # what a click records ("Connection lost")
    stop_text: str  # what a click does while the interval runs ("Connection restored")
    short_text: str  # the compact logger's label
    shortcut: str
    interval: bool  # True: a click starts, the next stops; False: a point in time
    parties: tuple[str, ...] = ()  # affected parties recorded by default

    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)

    def stop_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.stop_text)

    def short_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.short_text)

    def key_text(self) -> str:
        """The shortcut as this platform writes it."""
        return QKeySequence(self.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


QUICK_CONDITIONS: tuple[QuickCondition, ...] = (
    QuickCondition(
        "remote.connection_lost",
        QT_TRANSLATE_NOOP("QuickConditions", "Connection lost"),
        QT_TRANSLATE_NOOP("QuickConditions", "Connection restored"),
        QT_TRANSLATE_NOOP("QuickConditions", "No connection"),
        "F1",
        interval=True,
    ),
    QuickCondition(
        "remote.audio_lost",
        QT_TRANSLATE_NOOP("QuickConditions", "Audio inaudible"),
        QT_TRANSLATE_NOOP("QuickConditions", "Audio back"),
        QT_TRANSLATE_NOOP("QuickConditions", "No audio"),
        "F2",
        interval=True,
    ),
    QuickCondition(
        "remote.video_frozen",
        QT_TRANSLATE_NOOP("QuickConditions", "Video frozen"),
        QT_TRANSLATE_NOOP("QuickConditions", "Video back"),
        QT_TRANSLATE_NOOP("QuickConditions", "Video frozen"),
        "F3",
        interval=True,
    ),
    QuickCondition(
        "participation.defendant_cannot_hear",
        QT_TRANSLATE_NOOP("QuickConditions", "Defendant cannot hear or follow"),
        QT_TRANSLATE_NOOP("QuickConditions", "Defendant can follow again"),
        QT_TRANSLATE_NOOP("QuickConditions", "Defendant can't hear"),
        "F4",
        interval=True,
        parties=("defendant",),
    ),
    QuickCondition(
        "counsel.no_private_channel",
        QT_TRANSLATE_NOOP("QuickConditions", "No private channel with counsel"),
        "",
        QT_TRANSLATE_NOOP("QuickConditions", "No private counsel"),
        "F5",
        interval=False,
    ),
    QuickCondition(
        "evidence.access_denied",
        QT_TRANSLATE_NOOP("QuickConditions", "Evidence or file access denied"),
        "",
        QT_TRANSLATE_NOOP("QuickConditions", "Evidence denied"),
        "F6",
        interval=False,
    ),
    QuickCondition(
        "public.excluded",
        QT_TRANSLATE_NOOP("QuickConditions", "Public or observers excluded"),
        QT_TRANSLATE_NOOP("QuickConditions", "Public readmitted"),
        QT_TRANSLATE_NOOP("QuickConditions", "Public excluded"),
        "F7",
        interval=True,
    ),
    QuickCondition(
        "interpretation.interpreter_absent",
        QT_TRANSLATE_NOOP("QuickConditions", "Interpreter absent or inadequate"),
        QT_TRANSLATE_NOOP("QuickConditions", "Interpretation back"),
        QT_TRANSLATE_NOOP("QuickConditions", "No interpreter"),
        "F8",
        interval=True,
    ),
)

_BY_CODE = {condition.code: condition for condition in QUICK_CONDITIONS}


def quick_condition(code: str) -> QuickCondition | None:
    return _BY_CODE.get(code)
