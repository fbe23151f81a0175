"""The assessor's commands (`assess ...`): a trial's assessment standard by standard, the
conclusion and grade, and the grading scale. The same core calls as the Assessment tab."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from monitor_app.cli.output import emit, local, note_unreadable, print_table, section, utc
from monitor_app.cli.session import Session
from monitor_app.core.coordination.assessment import (
    Comment,
    Saved,
    StandardView,
    TrialAssessment,
    load_trial_assessment,
    save_assessment,
    save_conclusion,
)
from monitor_app.core.coordination.events import Event
from monitor_app.core.coordination.grading import GradingScale, load_grading_scale
from monitor_app.core.errors import UnknownCode
from monitor_app.core.records.records import StandardAssessment, TrialConclusion
from monitor_app.core.records.taxonomy import Taxonomy, label
from monitor_app.core.textsafe import one_line, scrub

TEXT_CELL_CHARS = 60


def _scale(args: argparse.Namespace) -> GradingScale:
    path: Path | None = getattr(args, "scale", None)
    return load_grading_scale(path)


def _name(names: Mapping[str, str], author: str) -> str:
    return one_line(names.get(author) or author[:8])


def _conditions(taxonomy: Taxonomy, lang: str) -> Callable[[str], str]:
    """A condition's name in ``lang``; a code of a newer taxonomy, as itself."""

    def name(code: str) -> str:
        try:
            return label(taxonomy.item(code).label, lang)
        except UnknownCode:
            return one_line(code)

    return name


# ---- assess show ----------------------------------------------------------------------


def cmd_assess_show(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.trial)
    index, names = reading.index, reading.names
    note_unreadable(index.unreadable)
    state = load_trial_assessment(
        reading.vault, index, args.trial, scale=_scale(args), lang=args.lang
    )
    if state.unreadable:
        print(
            f"{state.unreadable} revision(s) of assessments could not be read and are left out.",
            file=sys.stderr,
        )
    title = index.group(args.trial).title
    emit(
        args,
        lambda: _state_json(state, names, title),
        lambda: _print_state(state, names, title, _conditions(reading.taxonomy, args.lang)),
    )


def _event_json(event: Event, labels: Mapping[str, str]) -> dict[str, Any]:
    seen, present = event.seen_by
    return {
        "id": event.id,
        "label": labels.get(event.id, ""),
        "start": event.start,
        "end": event.end,
        "conditions": list(event.codes),
        "seen_by": seen,
        "present": present,
    }


def _assessment_json(record: StandardAssessment) -> dict[str, Any]:
    return {
        "concern": record.concern,
        "reasoning": record.reasoning,
        "events": list(record.events),
    }


def _comment_json(
    comment: Comment[StandardAssessment] | Comment[TrialConclusion], names: Mapping[str, str]
) -> dict[str, Any]:
    values = comment.values
    body = (
        _assessment_json(values)
        if isinstance(values, StandardAssessment)
        else _conclusion_json(values)
    )
    return {
        "author": comment.author,
        "name": _name(names, comment.author),
        "created_utc": comment.created_utc,
        **body,
    }


def _conclusion_json(record: TrialConclusion) -> dict[str, Any]:
    return {
        "conclusion": record.conclusion,
        "recommendations": record.recommendations,
        "grade": record.grade,
    }


def _standard_json(view: StandardView, names: Mapping[str, str]) -> dict[str, Any]:
    assessment = view.assessment
    return {
        "standard": view.standard,
        "events": [e.id for e in view.events],
        "assessed": assessment is not None,
        "reasoned": view.reasoned,
        "assessment": None
        if assessment is None
        else {
            "id": assessment.id,
            "author": assessment.author,
            "name": _name(names, assessment.author),
            "updated_utc": assessment.updated_utc,
            **_assessment_json(assessment),
        },
        "relied_on": [e.id for e in view.relied_on],
        "regrouped": list(view.regrouped),
        "stale": list(view.stale),
        "comments": [_comment_json(c, names) for c in view.comments],
    }


def _state_json(state: TrialAssessment, names: Mapping[str, str], title: str) -> dict[str, Any]:
    conclusion = state.conclusion
    return {
        "trial": state.trial_id,
        "title": title,
        "events": [_event_json(e, state.labels) for e in state.events],
        "standards": [_standard_json(v, names) for v in state.standards],
        "missing": list(state.missing),
        "conclusion": None
        if conclusion is None
        else {
            "id": conclusion.id,
            "author": conclusion.author,
            "name": _name(names, conclusion.author),
            "updated_utc": conclusion.updated_utc,
            **_conclusion_json(conclusion),
            "grade_label": state.grade_label,
            "grade_definition": state.grade_definition,
        },
        "conclusion_comments": [_comment_json(c, names) for c in state.conclusion_comments],
        "scale_version": state.scale_version,
        "history": [
            {
                "created_utc": line.created_utc,
                "author": line.author,
                "name": _name(names, line.author),
                "kind": line.kind,
                "record_id": line.record_id,
                "number": line.number,
                "comment": line.comment,
                "deleted": line.deleted,
                "standard": line.standard,
                "concern": line.concern,
                "grade": line.grade,
                "text": line.text,
            }
            for line in state.history
        ],
    }


def _cell(text: str) -> str:
    return one_line(text, TEXT_CELL_CHARS)


def _print_state(
    state: TrialAssessment, names: Mapping[str, str], title: str, condition: Callable[[str], str]
) -> None:
    print(f"Trial: {one_line(title)} ({state.trial_id})")
    _print_conclusion(state, names)
    section("Events (cite them with --event E1 ...)")
    print_table(
        ("EVENT", "AT", "CONDITIONS", "SEEN BY", "ID"),
        (
            (
                state.labels.get(e.id, ""),
                local(e.start, _zone(e)),
                ", ".join(condition(code) for code in e.codes),
                "{} of {}".format(*e.seen_by),
                e.id[:12],
            )
            for e in state.events
        ),
    )
    with_events = len(state.with_events)
    section(f"Standards: {with_events} with events, {len(state.missing)} of them without reasoning")
    print_table(
        ("STANDARD", "EVENTS", "CONCERN", "BY", "RELIED ON", "REASONING"),
        (
            (
                v.standard,
                len(v.events),
                v.concern or "—",
                _name(names, v.assessment.author) if v.assessment else "not assessed",
                " ".join(state.labels.get(e.id, "") for e in v.relied_on),
                _cell(v.assessment.reasoning) if v.assessment else "",
            )
            for v in state.standards
        ),
    )
    for view in state.standards:
        lost = len(view.stale) + len(view.regrouped)
        if view.stale:
            print(
                f"  {view.standard}: {len(view.stale)} cited event(s) no longer events of "
                "this trial (regrouped or rejected since): " + ", ".join(e[:12] for e in view.stale)
            )
        elif lost:
            print(f"  {view.standard}: {lost} cited event(s) regrouped since; found again")
    comments = [(v.standard, c) for v in state.standards for c in v.comments]
    if comments:
        section("Comments by others (theirs, not the assessment)")
        for standard, comment in comments:
            print(
                f"  {standard}: {_name(names, comment.author)}, {utc(comment.created_utc)}: "
                f"{comment.values.concern} — {_cell(comment.values.reasoning)}"
            )
    if state.missing:
        section("A grade needs reasoning on each of these first:")
        print("  " + ", ".join(state.missing))
    section("History")
    print_table(
        ("WHEN", "BY", "WHAT", "", "TEXT"),
        (
            (
                utc(line.created_utc),
                _name(names, line.author) + (" (comment)" if line.comment else ""),
                line.standard or ("conclusion" if line.kind == TrialConclusion.KIND else ""),
                "deleted"
                if line.deleted
                else (f"grade {line.grade}" if line.grade else line.concern),
                _cell(line.text),
            )
            for line in state.history
        ),
    )


def _zone(event: Event) -> str:
    hearing = event.members[0].hearing
    return hearing.tz if hearing is not None else "UTC"


def _print_conclusion(state: TrialAssessment, names: Mapping[str, str]) -> None:
    conclusion = state.conclusion
    if conclusion is None:
        print("Conclusion: none yet")
    else:
        by = f"{_name(names, conclusion.author)}, {utc(conclusion.updated_utc)}"
        if state.grade:
            named = f" — {one_line(state.grade_label)}" if state.grade_label else ""
            print(f"Grade: {one_line(state.grade)}{named} (by {by}; scale {state.scale_version})")
            if state.grade_definition:
                print(f"  {state.grade_definition}")
        else:
            print(f"Grade: none yet (draft conclusion by {by})")
        print("Conclusion:")
        print("  " + scrub(conclusion.conclusion, keep_newlines=True).replace("\n", "\n  "))
        if conclusion.recommendations:
            print("Recommendations:")
            print(
                "  " + scrub(conclusion.recommendations, keep_newlines=True).replace("\n", "\n  ")
            )
    for comment in state.conclusion_comments:
        grade = f"grade {one_line(comment.values.grade)}" if comment.values.grade else "no grade"
        print(
            f"  Comment by {_name(names, comment.author)}, {utc(comment.created_utc)}: {grade} — "
            f"{_cell(comment.values.conclusion)}"
        )


# ---- assess set / conclude ------------------------------------------------------------


def _saved_line(saved: Saved[Any], names: Mapping[str, str], what: str) -> str:
    revision = saved.record.revision
    number = revision.number if revision is not None else "?"
    if saved.comment:
        return (
            f"Saved as your comment on {_name(names, saved.owner)}'s {what} "
            f"(revision {number}); theirs stays the {what}."
        )
    return f"Saved your {what} (revision {number})."


def cmd_assess_set(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.trial)
    saved = save_assessment(
        session.notebook(),
        reading.index,
        args.trial,
        standard=args.standard,
        concern=args.concern,
        reasoning=args.reasoning,
        events=args.event or (),
    )
    what = f"assessment of {one_line(saved.record.standard)}"
    print(_saved_line(saved, reading.names, what))


def cmd_assess_conclude(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.trial)
    scale = _scale(args)
    saved = save_conclusion(
        session.notebook(),
        reading.index,
        args.trial,
        conclusion=args.conclusion,
        recommendations=args.recommendations or "",
        grade=args.grade or "",
        scale=scale,
    )
    print(_saved_line(saved, reading.names, "conclusion"))
    grade = saved.record.grade
    if grade:
        print(f"Grade {grade}: {scale.label(grade)}.")
    else:
        print("No grade: a draft conclusion.")


# ---- assess scale ---------------------------------------------------------------------


def cmd_assess_scale(args: argparse.Namespace, _session: Session) -> None:
    scale = _scale(args)
    lang = args.lang

    def human() -> None:
        print(f"Grading scale, version {scale.version} (best first; see docs/grading.md)")
        for grade in scale.grades:
            print(f"\n{grade.code}  {label(grade.label, lang)}")
            print(f"   {label(grade.definition, lang)}")

    emit(
        args,
        lambda: {
            "version": scale.version,
            "grades": [
                {
                    "code": g.code,
                    "label": label(g.label, lang),
                    "definition": label(g.definition, lang),
                }
                for g in scale.grades
            ],
        },
        human,
    )
