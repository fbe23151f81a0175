"""``delete`` for any kind of record: a tombstone with a reason; the history is kept."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from monitor_app.cli.session import Handler, Session
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Proceeding, Record, SentenceElement

_GETTERS: dict[str, Callable[[Notebook, str], Record]] = {
    "trial": Notebook.get_trial,
    "hearing": Notebook.get_hearing,
    "note": Notebook.get_observation,
    "sentence element": lambda notebook, id_: notebook.get_record(SentenceElement, id_),
    "proceeding": lambda notebook, id_: notebook.get_record(Proceeding, id_),
}


def delete_handler(kind: str) -> Handler:
    def delete(args: argparse.Namespace, session: Session) -> None:
        notebook = session.notebook()
        record = _GETTERS[kind](notebook, args.id)
        notebook.delete(record.id, args.reason)
        print(f"Deleted {kind} {record.id}. Its history is kept.")

    return delete
