"""Counts in words, the same on every screen as in the CLI and the reports: what was logged
("5 observations and 2 free notes") and what bundles carry ("16 saved changes to 9
records"), in the UI's language; and any plural message of a screen as shown (`counted`).

A screen's counts are Qt plurals (``self.tr(source, "", n)``), so Russian and Kazakh say
"5 изменений" and "5 өзгеріс" right for every number; English, the catalogues' source, has
no catalogue of its own, so `counted` gives it its plural ("4 changes", not "4 change(s)")."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from monitor_app.core.records.totals import EntryCount
from monitor_app.core.sync.export import ChangeCount

_ENGLISH_PLURALS = (re.compile(r"y\(ies\)"), re.compile(r"\(s\)"))


def counted(translated: str, source: str, n: int) -> str:
    """A plural message as shown: ``translated`` (``tr(source, "", n)``), or, when no
    catalogue had it (English), the English source with "(s)" and "y(ies)" made singular
    or plural. (Write the source so that it reads right either way: "%n change(s) listed",
    not "%n change(s) are listed".)"""
    if translated != source.replace("%n", str(n)):
        return translated
    entries, changes = _ENGLISH_PLURALS
    translated = entries.sub("y" if n == 1 else "ies", translated)
    return changes.sub("" if n == 1 else "s", translated)


def entry_count_text(count: EntryCount) -> str:
    """What was logged, in the words of every screen, the CLI and the reports ("5
    observations and 2 free notes"), in the UI's language."""
    observations = _counted(
        QCoreApplication.translate("EntryCount", "%n observation(s)"), count.observations
    )
    notes = _counted(QCoreApplication.translate("EntryCount", "%n free note(s)"), count.notes)
    return _two_counts(
        QCoreApplication.translate("EntryCount", "{observations} and {notes}"),
        "{observations} and {notes}",
        str(count),
        observations=observations,
        notes=notes,
    )


def change_count_text(count: ChangeCount) -> str:
    """What bundles carry, in the words of the sync screen and the CLI ("16 saved changes
    to 9 records"), in the UI's language."""
    changes = _counted(
        QCoreApplication.translate("ChangeCount", "%n saved change(s)"), count.changes
    )
    records = _counted(QCoreApplication.translate("ChangeCount", "%n record(s)"), count.records)
    return _two_counts(
        QCoreApplication.translate("ChangeCount", "{changes} to {records}"),
        "{changes} to {records}",
        str(count),
        changes=changes,
        records=records,
    )


def _counted(words: str, number: int) -> str:
    """``words`` with its ``%n`` filled in. These are not Qt plurals: pyside6-lupdate does not
    see a plural outside a class's tr(), so each language words them to read right for any
    number (Russian "наблюдений: 5")."""
    return words.replace("%n", str(number))


def _two_counts(translated: str, source: str, english: str, **counts: str) -> str:
    """Two counts joined in a sentence (``translated`` from ``source``). English is the
    catalogue's source and has no plural forms of its own there: untranslated, the core's
    English words (``english``, as the CLI prints them) are shown, not "observation(s)"."""
    return english if translated == source else translated.format(**counts)
