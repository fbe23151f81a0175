"""The English words of the errors about what follows a verdict: sentences, their
elements and terms, and the proceedings after them.

One template per error code (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Mapping

from monitor_app.core.error_messages.marking import QT_TRANSLATE_NOOP

TEMPLATES: Mapping[str, str] = {
    "date-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors", "The date {field} ('{value}') is not written as a date such as 2026-11-24."
    ),
    "date-not-real": QT_TRANSLATE_NOOP(
        "CoreErrors", "The date {field} ('{value}') is not a real day."
    ),
    "date-out-of-range": QT_TRANSLATE_NOOP(
        "CoreErrors", "The date {field} must fall within the years {first} to {last}."
    ),
    "term-end-before-start": QT_TRANSLATE_NOOP(
        "CoreErrors", "The term cannot end before it starts."
    ),
    "term-malformed": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The term '{value}' is not written as a term such as 5y, 6m, 10d or 5y6m10d.",
    ),
    # ---- sentence elements ----------------------------------------------------------
    "sentence-defendant-missing": QT_TRANSLATE_NOOP(
        "CoreErrors", "Say whose sentence this is: the defendant's name is missing."
    ),
    "sentence-element-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "The element of the sentence must be one of: {allowed} (got '{got}')."
    ),
    "banned-activity-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "A banned activity must be one of: {allowed} (got '{got}')."
    ),
    "activities-only-on-ban": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Only an activity ban names banned activities (this element is '{element}').",
    ),
    # ---- proceedings ----------------------------------------------------------------
    "proceeding-type-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "The kind of proceeding must be one of: {allowed} (got '{got}')."
    ),
    "proceeding-outcome-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "The outcome must be one of: {allowed} (got '{got}')."
    ),
    "alleged-conduct-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "The conduct alleged must be one of: {allowed} (got '{got}')."
    ),
    "defendant-situation-invalid": QT_TRANSLATE_NOOP(
        "CoreErrors", "The defendant's situation must be one of: {allowed} (got '{got}')."
    ),
    "conduct-only-on-violation": QT_TRANSLATE_NOOP(
        "CoreErrors", "Only proceedings for a violation name the conduct alleged."
    ),
    "situation-only-on-situation": QT_TRANSLATE_NOOP(
        "CoreErrors", "Only a record of the defendant's situation names a situation."
    ),
    "detention-days-without-detention": QT_TRANSLATE_NOOP(
        "CoreErrors", "Days of detention go with the outcome 'detention' only."
    ),
    "proceeding-defendant-missing": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Say whom this concerns: the defendant's name is missing, and the trial does not "
        "have exactly one defendant.",
    ),
    "proceeding-defendant-differs": QT_TRANSLATE_NOOP(
        "CoreErrors",
        "That element of the sentence is {owner}'s, not {defendant}'s.",
    ),
    "sentence-of-another-trial": QT_TRANSLATE_NOOP(
        "CoreErrors", "That element of the sentence belongs to another trial."
    ),
    "hearing-of-another-trial": QT_TRANSLATE_NOOP(
        "CoreErrors", "That hearing belongs to another trial."
    ),
}
