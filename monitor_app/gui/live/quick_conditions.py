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
    """One quick button. The condition's name is the taxonomy's, in the UI's language (its
    short label on the compact logger's small buttons): one condition, one name, on the
    button, in the status and in the log. The stop text says what a click does while the
    interval runs: an English source string, translated when shown."""

    code: str  # taxonomy item code
    stop_text: str  # what a click does while the interval runs ("Connection restored")
    shortcut: str
    interval: bool  # True: a click starts, the next stops; False: a point in time
    parties: tuple[str, ...] = ()  # affected parties recorded by default

    def stop_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.stop_text)

    def key_text(self) -> str:
        """The shortcut as this platform writes it."""
        return QKeySequence(self.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


QUICK_CONDITIONS: tuple[QuickCondition, ...] = (
    QuickCondition(
        "remote.connection_lost",
        QT_TRANSLATE_NOOP("QuickConditions", "Connection restored"),
        "F1",
        interval=True,
    ),
    QuickCondition(
        "remote.audio_lost",
        QT_TRANSLATE_NOOP("QuickConditions", "Audio back"),
        "F2",
        interval=True,
    ),
    QuickCondition(
        "remote.video_frozen",
        QT_TRANSLATE_NOOP("QuickConditions", "Video back"),
        "F3",
        interval=True,
    ),
    QuickCondition(
        "participation.defendant_cannot_hear",
        QT_TRANSLATE_NOOP("QuickConditions", "Defendant can follow again"),
        "F4",
        interval=True,
        parties=("defendant",),
    ),
    QuickCondition("counsel.no_private_channel", "", "F5", interval=False),
    QuickCondition("evidence.access_denied", "", "F6", interval=False),
    QuickCondition(
        "public.excluded",
        QT_TRANSLATE_NOOP("QuickConditions", "Public readmitted"),
        "F7",
        interval=True,
    ),
    QuickCondition(
        "interpretation.interpreter_absent",
        QT_TRANSLATE_NOOP("QuickConditions", "Interpretation back"),
        "F8",
        interval=True,
    ),
)

_BY_CODE = {condition.code: condition for condition in QUICK_CONDITIONS}


def quick_condition(code: str) -> QuickCondition | None:
    return _BY_CODE.get(code)
