"""After-the-verdict commands: ``sentence add|edit|list|show``, ``proceeding
add|edit|list|show`` (``delete`` is the generic one) and ``upcoming``. Dates are typed as
YYYY-MM-DD and read strictly (a day that does not exist is refused); codes are labelled in
the --lang language through the vocabulary. ``edit`` takes the options of ``add``; "" clears
a date or the term."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from typing import Any

from monitor_app.cli.options import Opt, given, require_changes
from monitor_app.cli.output import (
    TEXT_CELL_CHARS,
    emit,
    listed,
    print_fields,
    print_table,
    record_json,
    revision_line,
    saved,
    section,
)
from monitor_app.cli.session import Session
from monitor_app.core.errors import RecordNotFound
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.aftermath_vocabulary import AftermathVocabulary
from monitor_app.core.records.records import (
    DATE_FIELDS,
    AllegedConduct,
    BannedActivity,
    DefendantSituation,
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
)
from monitor_app.core.records.terms import TermState, has_term, parse_term, term_state
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.upcoming import UpcomingItem, UpcomingKind, notebook_upcoming
from monitor_app.core.records.value_checks import calendar_date
from monitor_app.core.textsafe import one_line

_DATE_HELP = "YYYY-MM-DD, a day in the court's calendar"


def whole_number(text: str) -> int:
    """An argparse type: a count typed in ASCII digits (not "-1", "1e3" or "٥")."""
    if not re.fullmatch(r"[0-9]{1,9}", text):
        raise argparse.ArgumentTypeError(f"expected a whole number, got {one_line(text)!r}")
    return int(text)


def _date_opt(flag: str, field: str, what: str) -> Opt:
    # "" clears the date (on edit): the core keeps None as "no date".
    return Opt(flag, field, f"{what} ({_DATE_HELP})", empty_is_none=True)


SENTENCE_OPTIONS = (
    Opt("--defendant", "defendant", "whose sentence it is"),
    Opt(
        "--element",
        "element",
        "what the judgment imposes: %(choices)s",
        choices=tuple(SentenceElementType),
    ),
    Opt(
        "--activity",
        "activities",
        "an activity an activity ban forbids (repeat): %(choices)s",
        many=True,
        choices=tuple(BannedActivity),
    ),
    Opt("--judgment-court", "judgment_court", "the court that pronounced it"),
    _date_opt("--judgment-date", "judgment_date", "the day it was pronounced"),
    _date_opt("--start", "start_date", "the day it started or starts"),
    Opt(
        "--term",
        "term",
        "the term from the start, e.g. 5y, 6m, 10d or 5y6m10d",
        empty_is_none=True,
    ),
    _date_opt("--end", "end_date", "the day it ends, when the judgment names one"),
    Opt("--amount", "amount", 'a fine\'s amount, as pronounced (e.g. "500 MCI")'),
    Opt("--wording", "wording", "the judgment's words, verbatim"),
    Opt(
        "--standard",
        "standards",
        'a standard it bears on, e.g. "ICCPR 19" (repeat; default: those of the element)',
        many=True,
    ),
    Opt("--notes", "notes", "free notes"),
)
PROCEEDING_OPTIONS = (
    Opt(
        "--type",
        "proceeding_type",
        "what kind of proceeding: %(choices)s",
        choices=tuple(ProceedingType),
    ),
    Opt("--defendant", "defendant", "whom it concerns (default: the element's defendant)"),
    Opt("--sentence", "sentence_id", "the id of the element of the sentence it concerns"),
    Opt("--hearing", "hearing_id", "the id of the hearing where it is heard"),
    _date_opt("--date", "date", "when it was brought, is heard or happened"),
    _date_opt("--deadline", "deadline", "the last day to appeal, to report..."),
    Opt("--brought-by", "brought_by", "who brought it"),
    Opt(
        "--conduct",
        "conduct",
        "the conduct alleged, for a violation: %(choices)s",
        choices=tuple(AllegedConduct),
    ),
    Opt("--conduct-detail", "conduct_detail", "what the defendant is said to have done"),
    Opt(
        "--situation",
        "situation",
        "the defendant's situation: %(choices)s",
        choices=tuple(DefendantSituation),
    ),
    Opt("--request", "request", "what the court was asked, verbatim"),
    Opt("--answer", "answer", "the court's answer, verbatim"),
    Opt(
        "--outcome",
        "outcome",
        "how it ended (default pending): %(choices)s",
        choices=tuple(ProceedingOutcome),
    ),
    Opt("--detention-days", "detention_days", "days of detention imposed", parse=whole_number),
    Opt("--notes", "notes", "free notes"),
)

# A field that only goes with one code of another (the core refuses it elsewhere): when an
# edit changes that code and does not give the field, the field is emptied with it.
_GOES_WITH: dict[str, tuple[str, str, Any]] = {
    "activities": ("element", SentenceElementType.ACTIVITY_BAN, ()),
    "conduct": ("proceeding_type", ProceedingType.VIOLATION, ""),
    "conduct_detail": ("proceeding_type", ProceedingType.VIOLATION, ""),
    "situation": ("proceeding_type", ProceedingType.SITUATION, ""),
    "detention_days": ("outcome", ProceedingOutcome.DETENTION, 0),
}


def _entered(args: argparse.Namespace, options: Iterable[Opt]) -> dict[str, Any]:
    """The fields given, with each date read strictly (an error names the option)."""
    options = tuple(options)
    values = given(args, options, "UTC")
    for opt in options:
        if opt.field in DATE_FIELDS and values.get(opt.field) is not None:
            values[opt.field] = calendar_date(opt.flag, values[opt.field])
    return values


def _changes(values: dict[str, Any]) -> dict[str, Any]:
    """What an edit changes: ``values``, and the fields emptied that no longer apply."""
    require_changes(values)
    for field, (code_field, code, empty) in _GOES_WITH.items():
        if code_field in values and values[code_field] != code:
            values.setdefault(field, empty)
    return values


def _sentence_values(args: argparse.Namespace) -> dict[str, Any]:
    values = _entered(args, SENTENCE_OPTIONS)
    if "term" in values:
        term = values.pop("term")
        values["years"], values["months"], values["days"] = (
            parse_term(term) if term is not None else (0, 0, 0)
        )
    return values


# ---- words ----------------------------------------------------------------------------


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def term_words(element: SentenceElement) -> str:
    parts = [("year", element.years), ("month", element.months), ("day", element.days)]
    return " ".join(_plural(count, word) for word, count in parts if count)


def state_words(state: TermState, vocabulary: AftermathVocabulary) -> str:
    """Where an element stands, in a few words: "in force, 12 days left", "ended"..."""
    if state.in_force:
        left = state.days_left
        return "in force" if left is None else f"in force, {_plural(left, 'day')} left"
    if state.ended_by is not None:
        kind = vocabulary.label("proceedings", state.ended_by.proceeding_type)
        return f"ended early ({kind})"
    if state.days_left is not None and state.days_left <= 0:
        return "ended"
    return "not started"


def _term_json(state: TermState) -> dict[str, Any]:
    return {
        "end": state.end.isoformat() if state.end else None,
        "in_force": state.in_force,
        "days_left": state.days_left,
        "ended_by": state.ended_by.id if state.ended_by else None,
    }


def _labels(
    vocabulary: AftermathVocabulary, name: str, codes: Iterable[str], lang: str
) -> list[str]:
    return [vocabulary.label(name, code, lang) for code in codes]


def outcome_words(proceeding: Proceeding, vocabulary: AftermathVocabulary, lang: str) -> str:
    outcome = vocabulary.label("outcomes", proceeding.outcome, lang)
    if proceeding.detention_days:
        return f"{outcome} ({_plural(proceeding.detention_days, 'day')})"
    return outcome


# ---- sentence -------------------------------------------------------------------------


def cmd_sentence_add(args: argparse.Namespace, session: Session) -> None:
    values = _sentence_values(args)
    defendant, element = values.pop("defendant"), values.pop("element")
    aftermath = Aftermath(session.notebook())
    print(aftermath.add_sentence_element(args.trial, defendant, element, **values).id)


def cmd_sentence_edit(args: argparse.Namespace, session: Session) -> None:
    changes = _changes(_sentence_values(args))
    saved(Aftermath(session.notebook()).update_sentence_element(args.id, **changes))


def _element_json(
    element: SentenceElement, state: TermState, vocabulary: AftermathVocabulary, lang: str
) -> dict[str, Any]:
    return {
        **record_json(element),
        "label": vocabulary.label("elements", element.element, lang),
        "activity_labels": _labels(vocabulary, "activities", element.activities, lang),
        "term": _term_json(state),
    }


def cmd_sentence_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    aftermath = Aftermath(notebook)
    trial_id = notebook.get_trial(args.trial).id
    elements = aftermath.sentence_elements(trial_id)
    proceedings = aftermath.proceedings(trial_id)
    now, vocabulary, lang = utc_now(), aftermath.vocabulary, args.lang
    states = [term_state(element, proceedings, now) for element in elements]
    emit(
        args,
        lambda: [
            _element_json(e, s, vocabulary, lang) for e, s in zip(elements, states, strict=True)
        ],
        lambda: print_table(
            ("ID", "DEFENDANT", "ELEMENT", "START", "TERM", "END", "TODAY"),
            (
                (
                    e.id,
                    one_line(e.defendant, TEXT_CELL_CHARS),
                    vocabulary.label("elements", e.element, lang),
                    e.start_date or "",
                    term_words(e),
                    s.end.isoformat() if s.end else "",
                    state_words(s, vocabulary),
                )
                for e, s in zip(elements, states, strict=True)
            ),
        ),
    )


def cmd_sentence_show(args: argparse.Namespace, session: Session) -> None:
    aftermath = Aftermath(session.notebook())
    element = aftermath.get_sentence_element(args.id)
    about = [p for p in aftermath.proceedings(element.trial_id) if p.sentence_id == element.id]
    state = term_state(element, about, utc_now())
    vocabulary, lang = aftermath.vocabulary, args.lang

    def human() -> None:
        e = element
        print_fields(
            [
                ("ID", e.id),
                ("Trial", e.trial_id),
                ("Defendant", e.defendant),
                ("Element", vocabulary.label("elements", e.element, lang)),
                (
                    "Activities banned",
                    listed(_labels(vocabulary, "activities", e.activities, lang)),
                ),
                ("Judgment", listed(v for v in (e.judgment_court, e.judgment_date) if v)),
                ("Start", e.start_date),
                ("Term", term_words(e) if has_term(e) else ""),
                ("End", state.end.isoformat() if state.end else ""),
                ("Today", state_words(state, vocabulary)),
                ("Amount", e.amount),
                ("Wording (verbatim)", _quoted(e.wording)),
                ("Standards", listed(e.standards)),
                ("Notes", e.notes),
                ("Revision", revision_line(e)),
            ]
        )
        section("Proceedings")
        _proceeding_table(about, vocabulary, lang)

    emit(
        args,
        lambda: {
            "sentence": _element_json(element, state, vocabulary, lang),
            "proceedings": [_proceeding_json(p, vocabulary, lang) for p in about],
        },
        human,
    )


# ---- proceeding -----------------------------------------------------------------------


def cmd_proceeding_add(args: argparse.Namespace, session: Session) -> None:
    values = _entered(args, PROCEEDING_OPTIONS)
    aftermath = Aftermath(session.notebook())
    kind = values.pop("proceeding_type")
    print(aftermath.add_proceeding(args.trial, kind, **values).id)


def cmd_proceeding_edit(args: argparse.Namespace, session: Session) -> None:
    changes = _changes(_entered(args, PROCEEDING_OPTIONS))
    saved(Aftermath(session.notebook()).update_proceeding(args.id, **changes))


def _proceeding_json(
    proceeding: Proceeding, vocabulary: AftermathVocabulary, lang: str
) -> dict[str, Any]:
    return {
        **record_json(proceeding),
        "label": vocabulary.label("proceedings", proceeding.proceeding_type, lang),
        "outcome_label": vocabulary.label("outcomes", proceeding.outcome, lang),
        "conduct_label": vocabulary.label("conduct", proceeding.conduct, lang),
        "situation_label": vocabulary.label("situations", proceeding.situation, lang),
    }


def _quoted(words: str) -> str:
    """Words the court or a party said, shown as the quotation they are."""
    return f"“{words}”" if words else ""


def _proceeding_table(
    proceedings: Sequence[Proceeding], vocabulary: AftermathVocabulary, lang: str
) -> None:
    print_table(
        ("ID", "DATE", "KIND", "DEFENDANT", "OUTCOME", "DEADLINE", "ELEMENT"),
        (
            (
                p.id,
                p.date or "",
                vocabulary.label("proceedings", p.proceeding_type, lang),
                one_line(p.defendant, TEXT_CELL_CHARS),
                outcome_words(p, vocabulary, lang),
                p.deadline or "",
                p.sentence_id or "",
            )
            for p in proceedings
        ),
    )


def cmd_proceeding_list(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    aftermath = Aftermath(notebook)
    proceedings = aftermath.proceedings(notebook.get_trial(args.trial).id)
    vocabulary, lang = aftermath.vocabulary, args.lang
    emit(
        args,
        lambda: [_proceeding_json(p, vocabulary, lang) for p in proceedings],
        lambda: _proceeding_table(proceedings, vocabulary, lang),
    )


def _concerned_element(
    aftermath: Aftermath, proceeding: Proceeding
) -> tuple[SentenceElement, TermState] | None:
    """The sentence element the proceeding concerns and where it stands, or None when it
    names none or that element is gone (deleted, unreadable): the proceeding still shows."""
    if not proceeding.sentence_id:
        return None
    try:
        element = aftermath.get_sentence_element(proceeding.sentence_id)
    except RecordNotFound:
        return None
    about = [p for p in aftermath.proceedings(element.trial_id) if p.sentence_id == element.id]
    return element, term_state(element, about, utc_now())


def cmd_proceeding_show(args: argparse.Namespace, session: Session) -> None:
    aftermath = Aftermath(session.notebook())
    proceeding = aftermath.get_proceeding(args.id)
    concerned = _concerned_element(aftermath, proceeding)
    vocabulary, lang = aftermath.vocabulary, args.lang

    def element_words() -> str:
        if concerned is None:
            return proceeding.sentence_id or ""
        element, state = concerned
        label = vocabulary.label("elements", element.element, lang)
        return f"{element.id} ({label}, {state_words(state, vocabulary)})"

    def human() -> None:
        p = proceeding
        print_fields(
            [
                ("ID", p.id),
                ("Trial", p.trial_id),
                ("Kind", vocabulary.label("proceedings", p.proceeding_type, lang)),
                ("Defendant", p.defendant),
                ("Sentence element", element_words()),
                ("Hearing", p.hearing_id),
                ("Date", p.date),
                ("Deadline", p.deadline),
                ("Brought by", p.brought_by),
                ("Conduct alleged", vocabulary.label("conduct", p.conduct, lang)),
                ("What is alleged", p.conduct_detail),
                ("Situation", vocabulary.label("situations", p.situation, lang)),
                ("Request (verbatim)", _quoted(p.request)),
                ("The court's answer (verbatim)", _quoted(p.answer)),
                ("Outcome", outcome_words(p, vocabulary, lang)),
                ("Notes", p.notes),
                ("Revision", revision_line(p)),
            ]
        )

    emit(
        args,
        lambda: {
            "proceeding": _proceeding_json(proceeding, vocabulary, lang),
            "sentence": _element_json(*concerned, vocabulary, lang) if concerned else None,
        },
        human,
    )


# ---- upcoming -------------------------------------------------------------------------

_VOCABULARY_OF = {
    UpcomingKind.DEADLINE: "proceedings",
    UpcomingKind.REPORTING: "proceedings",
    UpcomingKind.PROCEEDING: "proceedings",
    UpcomingKind.TERM_END: "elements",
}
_KIND_WORDS = {
    UpcomingKind.HEARING: "hearing",
    UpcomingKind.DEADLINE: "deadline",
    UpcomingKind.REPORTING: "reporting",
    UpcomingKind.PROCEEDING: "hearing of",
    UpcomingKind.TERM_END: "end of",
}


def _what(item: UpcomingItem, vocabulary: AftermathVocabulary, lang: str) -> str:
    name = _VOCABULARY_OF.get(item.kind)
    return vocabulary.label(name, item.what, lang) if name else item.what


def _away_words(days: int) -> str:
    return {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")


def cmd_upcoming(args: argparse.Namespace, session: Session) -> None:
    aftermath = Aftermath(session.notebook())
    items = notebook_upcoming(aftermath.notebook, utc_now(), args.days)
    vocabulary, lang = aftermath.vocabulary, args.lang
    emit(
        args,
        lambda: [
            {
                "kind": item.kind.value,
                "day": item.day.isoformat(),
                "days_away": item.days_away,
                "trial_id": item.trial_id,
                "trial_title": item.trial_title,
                "record_id": item.record_id,
                "defendant": item.defendant,
                "what": item.what,
                "label": _what(item, vocabulary, lang),
            }
            for item in items
        ],
        lambda: print_table(
            ("DAY", "WHEN", "WHAT", "TRIAL", "DEFENDANT", "ID"),
            (
                (
                    item.day.isoformat(),
                    _away_words(item.days_away),
                    f"{_KIND_WORDS[item.kind]} {_what(item, vocabulary, lang)}",
                    one_line(item.trial_title, TEXT_CELL_CHARS),
                    one_line(item.defendant, TEXT_CELL_CHARS),
                    item.record_id,
                )
                for item in items
            ),
        ),
    )
