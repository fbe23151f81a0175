"""Checklist commands: answer a question of a hearing's fair-trial checklist, show it."""

from __future__ import annotations

import argparse
from typing import Any

from monitor_app.cli.output import EMPTY, TEXT_CELL_CHARS, emit, print_table
from monitor_app.cli.session import Session
from monitor_app.core.records.taxonomy import label
from monitor_app.core.textsafe import one_line


def cmd_checklist_set(args: argparse.Namespace, session: Session) -> None:
    answer = session.notebook().set_checklist_answer(
        args.hearing, args.question, args.answer, args.comment or ""
    )
    print(answer.id)


def cmd_checklist_show(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    hearing = notebook.get_hearing(args.hearing)
    answers = {a.question: a for a in notebook.checklist(hearing.id)}
    rows: list[dict[str, Any]] = [
        {
            "id": q.id,
            "category": q.category,
            "question": label(q.question, args.lang),
            "answer": answers[q.id].answer if q.id in answers else None,
            "comment": answers[q.id].comment if q.id in answers else "",
            "record_id": answers[q.id].id if q.id in answers else None,
        }
        for q in notebook.taxonomy.checklist
    ]
    emit(
        args,
        lambda: {"hearing_id": hearing.id, "questions": rows},
        lambda: print_table(
            ("QUESTION", "ANSWER", "TEXT", "COMMENT"),
            (
                (
                    r["id"],
                    r["answer"] or EMPTY,
                    one_line(r["question"], 70),
                    one_line(r["comment"], TEXT_CELL_CHARS),
                )
                for r in rows
            ),
        ),
    )
