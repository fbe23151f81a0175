"""A trial's report in stages: `report issue` freezes a stage (pre-trial briefing,
preliminary report, final report), `report stages` lists those issued, and
`report --stage STAGE` writes an issued stage again, exactly as it was issued."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from monitor_app.cli.common import CliError
from monitor_app.cli.output import emit, print_table, utc
from monitor_app.cli.session import Session
from monitor_app.core.coordination.coordinator_data import overview_index
from monitor_app.core.coordination.observer_status import author_names
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.reports import TrialReport
from monitor_app.core.coordination.stages import (
    STAGES,
    IssuedStage,
    current_stage,
    issue_stage,
    stage_label,
    staged_report,
    trial_stages,
)
from monitor_app.core.textsafe import one_line

STAGE_CODES = tuple(stage.value for stage in STAGES)


def cmd_report_issue(args: argparse.Namespace, session: Session) -> None:
    reading = session.reading(args.trial)
    issued = issue_stage(reading, args.trial, args.stage, args.summary or "", reissue=args.reissue)
    record = issued.record
    again = f" (issue {issued.issue})" if issued.issue > 1 else ""
    print(
        f"Issued the {stage_label(record.stage, 'en').lower()}{again} of "
        f"{one_line(reading.index.group(args.trial).title)} at {utc(record.issued_utc)}, "
        f"frozen: {record.snapshot.get('count', 0)} record(s), "
        f"SHA-256 {record.snapshot_sha256[:16]}. "
        f"Write it with: report --trial {args.trial} --stage {record.stage} --format pdf "
        "--out FILE",
        file=sys.stderr,
    )


def cmd_report_stages(args: argparse.Namespace, session: Session) -> None:
    notebook = session.notebook()
    vault = notebook.vault
    trial_ids = _group_ids(session, args.trial)
    stages = trial_stages(vault, trial_ids)
    names = author_names(vault)

    def data() -> list[dict[str, Any]]:
        return [_stage_json(s, names) for s in stages]

    emit(
        args,
        data,
        lambda: print_table(
            ("STAGE", "ISSUED", "BY", "ISSUE", "RECORDS", "SHA-256"),
            (
                (
                    stage_label(s.stage, "en"),
                    utc(s.record.issued_utc),
                    names.get(s.issued_by, s.issued_by[:8]),
                    s.issue,
                    s.record.snapshot.get("count", ""),
                    s.record.snapshot_sha256[:16],
                )
                for s in stages
            ),
        ),
    )


def _stage_json(stage: IssuedStage, names: dict[str, str]) -> dict[str, Any]:
    record = stage.record
    return {
        "stage": record.stage,
        "issued_utc": record.issued_utc,
        "issued_by": names.get(stage.issued_by, ""),
        "issued_by_id": stage.issued_by,
        "issue": stage.issue,
        "record_id": record.id,
        "summary": record.summary,
        "records": record.snapshot.get("count", 0),
        "snapshot_sha256": record.snapshot_sha256,
        "since": record.snapshot.get("since", {}),
    }


def _group_ids(session: Session, trial_id: str) -> frozenset[str]:
    """The trial's group (linked trials as one), or the trial alone when this vault holds
    no trial record of it (a stage another coordinator issued)."""
    notebook = session.notebook()
    overview = overview_index(notebook.vault, notebook.taxonomy)
    if trial_id in overview.group_of:
        return overview.group(trial_id).ids
    return frozenset((trial_id,))


def issued_report(args: argparse.Namespace, session: Session) -> TrialReport:
    """The issued stage ``args.stage`` of the trial, as it was issued (the last issue)."""
    if args.all:
        raise CliError("A stage is one trial's: give --trial ID.")
    if args.update_since is not None or args.standard:
        raise CliError(
            "An issued stage is written whole, as issued: leave out --standard and --update-since."
        )
    notebook = session.notebook()
    stages = trial_stages(notebook.vault, _group_ids(session, args.trial))
    found = current_stage(stages, args.stage)
    if found is None:
        issued = ", ".join(dict.fromkeys(s.stage for s in stages)) or "none"
        raise CliError(
            f"No {args.stage} stage has been issued for this trial (issued: {issued}). "
            "Issue one with: report issue --trial ID --stage STAGE"
        )
    options = ReportOptions(lang=args.lang, public=args.public, real_names=args.real_names)
    return staged_report(notebook.vault, found, notebook.taxonomy, options)
