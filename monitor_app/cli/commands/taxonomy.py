"""``taxonomy list``: the codes notes are classified with (needs no vault)."""

from __future__ import annotations

import argparse
from typing import Any

from monitor_app.cli.output import emit, print_table
from monitor_app.cli.session import Session
from monitor_app.core.records.taxonomy import label, load_taxonomy
from monitor_app.core.textsafe import one_line


def cmd_taxonomy_list(args: argparse.Namespace, session: Session) -> None:
    taxonomy = load_taxonomy()
    lang = args.lang

    def data() -> Any:
        return [
            {
                "code": category.code,
                "label": label(category.label, lang),
                "items": [
                    {
                        "code": item.code,
                        "label": label(item.label, lang),
                        "timing": item.timing,
                        "participation_loss": item.participation_loss,
                        "fields": [
                            {
                                "key": f.key,
                                "type": f.type,
                                "label": label(f.label, lang),
                                "required": f.required,
                                "choices": [c.code for c in f.choices],
                            }
                            for f in item.fields
                        ],
                    }
                    for item in category.items
                ],
            }
            for category in taxonomy.categories
        ]

    def human() -> None:
        for number, category in enumerate(taxonomy.categories):
            if number:
                print()
            print(f"{category.code} — {one_line(label(category.label, lang))}")
            print_table(
                ("CODE", "LABEL", "TIMING"),
                ((i.code, label(i.label, lang), i.timing) for i in category.items),
                indent="  ",
            )

    emit(args, data, human)
