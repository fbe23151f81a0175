"""`correct`: correcting one's own records whose values an older version saved and no
version takes now (`core.records.corrections`), so they can be sent again."""

from __future__ import annotations

import argparse
import sys

from monitor_app.cli.session import Session
from monitor_app.core.records.corrections import FieldForm, correct_value, next_correction
from monitor_app.core.textsafe import one_line

# How to write a value of each form, as the hint after what to correct says it.
FORM_HINTS = {
    FieldForm.INSTANT: "a UTC time such as 2026-11-24T10:30:00Z",
    FieldForm.DATE: "a date such as 2026-11-24",
    FieldForm.ZONE: "a time zone such as Asia/Almaty",
    FieldForm.NUMBER: "a whole number",
    FieldForm.TEXT: "text",
    FieldForm.CLEAR_ONLY: "nothing: it can only be cleared (an empty VALUE)",
}


def cmd_correct(args: argparse.Namespace, session: Session) -> int:
    store = session.notebook().store
    for field, value in args.set or ():
        correct_value(store, args.id, field, value)
        print(f"Corrected {one_line(field)}.", file=sys.stderr)
    correction = next_correction(store, args.id)
    if correction is None:
        print("Its values keep the rules: it can be sent.", file=sys.stderr)
        return 0
    print(f"{correction.record.kind} {args.id}: {correction.record.problem}")
    print(f"  field: {correction.field}")
    print(f"  now:   {one_line(correction.value)}")
    needed = " (needed)" if correction.required else " (may be left empty)"
    print(f"  write: {FORM_HINTS[correction.form]}{needed}")
    print(f"  trial-monitor correct {args.id} --set {correction.field}=VALUE")
    return 0
