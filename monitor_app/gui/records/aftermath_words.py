"""The words of the screens about what follows a verdict: the codes of the sentence and
proceeding vocabularies in the UI's language (`aftermath_vocabulary`, the one wording the
CLI and the reports use too), where a term stands ("ends 2025-02-28 · 812 days left"), how
far a day is ("in 3 days", "today"), and a court's words set off as a quotation.

Counts are Qt plurals (``tr`` with ``n``), so Russian and Kazakh say "осталось 5 дней" and
"5 күн қалды" right for every number; English, the catalogues' source, has no catalogue of
its own, so `counted` gives it its plural ("5 days left", not "5 day(s) left")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from monitor_app.core.languages import quoted
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.records import SentenceElement, SentenceElementType
from monitor_app.core.records.terms import TermState, element_end, has_term
from monitor_app.core.textsafe import one_line

# Re-exported: the screens of what follows a verdict take it from here with the words.
from monitor_app.gui.common.count_words import counted as counted  # noqa: PLC0414

# The vocabularies of `AftermathVocabulary`, by name.
ELEMENTS, ACTIVITIES, PROCEEDINGS, OUTCOMES, CONDUCT, SITUATIONS = (
    "elements",
    "activities",
    "proceedings",
    "outcomes",
    "conduct",
    "situations",
)
SEPARATOR = " · "


class AftermathWords(QObject):
    """Labels and countdowns in ``lang`` (the UI's language)."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.vocabulary = load_aftermath_vocabulary()

    # ---- codes ---------------------------------------------------------------------------

    def label(self, vocabulary: str, code: str) -> str:
        """A code's label; an unknown one (a newer version's, a bundle's) as itself, safe."""
        return one_line(self.vocabulary.label(vocabulary, code, self.lang)) if code else ""

    def choices(self, vocabulary: str) -> dict[str, str]:
        """Every code of ``vocabulary`` with its label, in the vocabulary's order."""
        return {
            term.code: self.label(vocabulary, term.code)
            for term in self.vocabulary.terms(vocabulary)
        }

    def element(self, element: SentenceElement) -> str:
        """What an element imposes: "Ban on engaging in activities: journalism, …"."""
        name = self.label(ELEMENTS, element.element)
        if element.element != SentenceElementType.ACTIVITY_BAN or not element.activities:
            return name
        banned = ", ".join(self.label(ACTIVITIES, code) for code in element.activities)
        return self.tr("{element}: {activities}").format(element=name, activities=banned)

    def element_in_brief(self, element: SentenceElement) -> str:
        """What an element is, in a few words, to tell it from the others: its kind, and
        for a ban the day it ends ("Ban on engaging in activities · ends 2025-06-22"); the
        activities banned are `element`'s to say."""
        name = self.label(ELEMENTS, element.element)
        if element.element != SentenceElementType.ACTIVITY_BAN:
            return name
        try:
            end = element_end(element)
        except ValueError:  # a day the vault should have refused: said without it
            end = None
        return SEPARATOR.join((name, self.ends(end))) if end else name

    def term(self, element: SentenceElement) -> str:
        """The term as pronounced ("5 years", "1 year 6 months"); "" when none was given."""
        if not has_term(element):
            return ""
        years, months, days = element.years, element.months, element.days
        parts = (
            counted(self.tr("%n year(s)", "", years), "%n year(s)", years) if years else "",
            counted(self.tr("%n month(s)", "", months), "%n month(s)", months) if months else "",
            counted(self.tr("%n day(s)", "", days), "%n day(s)", days) if days else "",
        )
        return " ".join(part for part in parts if part)

    # ---- days ----------------------------------------------------------------------------

    def days_away(self, days: int) -> str:
        """How far a day is from today: "today", "in 3 days" (or, past, "3 days ago")."""
        if days == 0:
            return self.tr("today")
        if days > 0:
            return counted(self.tr("in %n day(s)", "", days), "in %n day(s)", days)
        return counted(self.tr("%n day(s) ago", "", -days), "%n day(s) ago", -days)

    def standing(self, element: SentenceElement, state: TermState) -> str:
        """Where an element stands today: "ends 2025-02-28 · 812 days left", "ended on …",
        "in force, no end set", "starts …"."""
        end = state.end.isoformat() if state.end else ""
        if state.ended_by is not None and state.end is not None:
            how = self.label(PROCEEDINGS, state.ended_by.proceeding_type)
            return self.tr("ended early on {date} ({how})").format(date=end, how=how)
        if state.in_force:
            if state.end is None or state.days_left is None:
                return self.tr("in force, no end set")
            return SEPARATOR.join((self.ends(end), self.days_left(state.days_left)))
        if state.days_left is not None and state.days_left <= 0:
            return self.tr("ended on {date}").format(date=end)
        begun = element.start_date or element.judgment_date  # not in force yet
        if not begun:
            return ""
        starts = self.tr("starts {date}").format(date=begun)
        return SEPARATOR.join((starts, self.ends(end))) if end else starts

    def ends(self, day: date | str) -> str:
        """The day a term ends: "ends 2025-02-28"."""
        return self.tr("ends {date}").format(date=day)

    def days_left(self, days: int) -> str:
        return counted(self.tr("%n day(s) left", "", days), "%n day(s) left", days)

    def unfinished_term(self) -> str:
        """A term with no start to count it from."""
        return self.tr("enter the start date to work out the end")

    # ---- quotations ----------------------------------------------------------------------

    def quoted(self, text: str) -> str:
        """A court's or a judgment's words, verbatim, in the language's quotation marks (as
        the reports set them off)."""
        return quoted(text.strip(), self.lang)
