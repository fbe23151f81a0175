"""The argparse parser: shared parent parsers, one builder per command group, and
`build_parser`, which wires every command to its handler."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from monitor_app import __version__
from monitor_app.cli.commands.aftermath import (
    PROCEEDING_OPTIONS,
    SENTENCE_OPTIONS,
    cmd_proceeding_add,
    cmd_proceeding_edit,
    cmd_proceeding_list,
    cmd_proceeding_show,
    cmd_sentence_add,
    cmd_sentence_edit,
    cmd_sentence_list,
    cmd_sentence_show,
    cmd_upcoming,
    whole_number,
)
from monitor_app.cli.commands.assessment import (
    cmd_assess_conclude,
    cmd_assess_scale,
    cmd_assess_set,
    cmd_assess_show,
)
from monitor_app.cli.commands.attachments import cmd_note_attach, cmd_note_attachment
from monitor_app.cli.commands.checklist import cmd_checklist_set, cmd_checklist_show
from monitor_app.cli.commands.contacts import (
    cmd_contacts_add,
    cmd_contacts_list,
    cmd_contacts_remove,
)
from monitor_app.cli.commands.coordinator import (
    cmd_contacts_real_name,
    cmd_dashboard,
    cmd_observers,
    cmd_report,
    cmd_trial_link,
    cmd_trial_links,
    cmd_trial_sessions,
    cmd_trial_timeline,
    cmd_trial_unlink,
)
from monitor_app.cli.commands.corrections import cmd_correct
from monitor_app.cli.commands.deleting import delete_handler
from monitor_app.cli.commands.events import add_event_commands
from monitor_app.cli.commands.findings import add_findings_commands
from monitor_app.cli.commands.forward import cmd_bundle_forward
from monitor_app.cli.commands.gui import cmd_gui
from monitor_app.cli.commands.hearings import (
    cmd_hearing_add,
    cmd_hearing_edit,
    cmd_hearing_list,
    cmd_hearing_postpone,
    cmd_hearing_show,
)
from monitor_app.cli.commands.identity import (
    cmd_identity_export,
    cmd_identity_export_age_key,
    cmd_identity_show,
)
from monitor_app.cli.commands.notes import (
    cmd_note_add,
    cmd_note_edit,
    cmd_note_history,
    cmd_note_list,
    cmd_note_show,
)
from monitor_app.cli.commands.outages import cmd_outage_list, cmd_outage_start, cmd_outage_stop
from monitor_app.cli.commands.restrictions import cmd_restrictions
from monitor_app.cli.commands.selftest import cmd_self_test
from monitor_app.cli.commands.stages import STAGE_CODES, cmd_report_issue, cmd_report_stages
from monitor_app.cli.commands.sync import (
    cmd_bundle_discard,
    cmd_bundle_export,
    cmd_bundle_import,
    cmd_bundle_quarantine,
    cmd_bundle_quarantine_limits,
    cmd_bundle_received,
    cmd_bundle_sent,
    cmd_purge,
    cmd_receipt_export,
    cmd_receipt_import,
)
from monitor_app.cli.commands.taxonomy import cmd_taxonomy_list
from monitor_app.cli.commands.trials import (
    cmd_trial_add,
    cmd_trial_edit,
    cmd_trial_list,
    cmd_trial_show,
)
from monitor_app.cli.commands.vault import (
    cmd_init,
    cmd_passwd,
    cmd_recover,
    cmd_recovery_code,
    cmd_trustees_make,
    cmd_trustees_remove,
    cmd_trustees_status,
    cmd_verify,
)
from monitor_app.cli.common import PASSPHRASE_ENV, PROG
from monitor_app.cli.options import (
    HEARING_EDIT_OPTIONS,
    HEARING_OPTIONS,
    NOTE_OPTIONS,
    OUTAGE_START_OPTIONS,
    TRIAL_OPTIONS,
    add_options,
    key_value,
)
from monitor_app.cli.session import Handler
from monitor_app.core.coordination.assessment import CONCERN_LEVELS
from monitor_app.core.coordination.reports import FORMATS
from monitor_app.core.coordination.restrictions import RESTRICTION_TYPES
from monitor_app.core.languages import LANGUAGES, SOURCE_LANGUAGE
from monitor_app.core.records.records import NOT_HELD, Answer, HearingStatus
from monitor_app.core.records.upcoming import DEFAULT_DAYS
from monitor_app.core.vault.trustee_shares import DEFAULT_COUNT, DEFAULT_THRESHOLD

DEFAULT_OUTAGE_CODE = "remote.connection_lost"
VAULT_HELP = "the vault folder (default: $TRIAL_MONITOR_VAULT or the app's data folder)"
PASSPHRASE_FILE_HELP = f"read the passphrase from the first line of FILE (or set {PASSPHRASE_ENV})"


class _Parsers:
    """Builds leaf commands from shared parent parsers, so every command that opens the
    vault takes --vault/--passphrase-file after its name too, and every list/show --json."""

    def __init__(self) -> None:
        self.vault = argparse.ArgumentParser(add_help=False)
        # SUPPRESS: given after the command it overrides the global option; absent, it
        # leaves the global value alone.
        _vault_options(self.vault, default=argparse.SUPPRESS)
        self.output = argparse.ArgumentParser(add_help=False)
        self.output.add_argument("--json", action="store_true", help="print JSON")
        self.lang = argparse.ArgumentParser(add_help=False)
        self.lang.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=SOURCE_LANGUAGE,
            help=f"language of labels (default {SOURCE_LANGUAGE})",
        )

    def leaf(
        self,
        group: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        handler: Handler,
        help_text: str,
        *,
        vault: bool = True,
        output: bool = False,
        lang: bool = False,
    ) -> argparse.ArgumentParser:
        parents = [
            p
            for p, wanted in ((self.vault, vault), (self.output, output), (self.lang, lang))
            if wanted
        ]
        parser = group.add_parser(name, help=help_text, description=help_text, parents=parents)
        parser.set_defaults(handler=handler, command_name=parser.prog.removeprefix(PROG + " "))
        if not output:
            parser.set_defaults(json=False)
        return parser

    def group(
        self,
        commands: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        help_text: str,
    ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")


def _vault_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """--vault and --passphrase-file: before the command (global) or after it (a parent)."""
    parser.add_argument("--vault", type=Path, metavar="DIR", default=default, help=VAULT_HELP)
    parser.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", default=default, help=PASSPHRASE_FILE_HELP
    )


def _with_id(parser: argparse.ArgumentParser, what: str) -> argparse.ArgumentParser:
    parser.add_argument("id", metavar="ID", help=f"the {what}'s id")
    return parser


def _with_reason(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--reason", required=True, help="why; kept in the history")
    return parser


def _with_hearing(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--hearing", required=True, metavar="ID", help="the hearing's id")
    return parser


def _with_parent(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parent = parser.add_mutually_exclusive_group(required=True)
    parent.add_argument("--hearing", metavar="ID", help="a note on this hearing")
    parent.add_argument("--trial", metavar="ID", help="a note on this trial as a whole")
    return parser


def _with_fields(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "--field",
        dest="fields",
        action="append",
        type=key_value,
        metavar="KEY=VALUE",
        help=help_text,
    )


def _delete_leaf(b: _Parsers, group: Any, kind: str) -> None:
    help_text = f"delete a {kind}; its history is kept"
    _with_reason(_with_id(b.leaf(group, "delete", delete_handler(kind), help_text), kind))


def _vault_commands(b: _Parsers, commands: Any) -> None:
    init = b.leaf(commands, "init", cmd_init, "create a vault and show its recovery code")
    init.add_argument("--name", required=True, help="your display name or pseudonym")
    passwd = b.leaf(commands, "passwd", cmd_passwd, "change the passphrase")
    passwd.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    recover = b.leaf(
        commands, "recover", cmd_recover, "set a new passphrase with the recovery code"
    )
    recover.add_argument("--recovery-code-file", type=Path, metavar="FILE")
    recover.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    recover.add_argument(
        "--shares", action="store_true", help="use trustee shares, typed one per prompt"
    )
    recover.add_argument(
        "--share-file",
        type=Path,
        action="append",
        metavar="FILE",
        help="a trustee share's sheet or words (repeat for each share)",
    )
    b.leaf(
        commands,
        "recovery-code",
        cmd_recovery_code,
        "show a new recovery code (the old one stops working)",
    )
    trustees = b.group(commands, "trustees", "trustee shares: any k of n restore access")
    make = b.leaf(trustees, "make", cmd_trustees_make, "make new shares (old ones stop working)")
    make.add_argument("--threshold", type=int, default=DEFAULT_THRESHOLD, metavar="K")
    make.add_argument("--count", type=int, default=DEFAULT_COUNT, metavar="N")
    make.add_argument("--out", type=Path, required=True, metavar="DIR")
    b.leaf(trustees, "status", cmd_trustees_status, "the current set's facts", output=True)
    b.leaf(trustees, "remove", cmd_trustees_remove, "make every share stop working")


def _trial_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "trial", "trials you observe")
    add_options(
        b.leaf(group, "add", cmd_trial_add, "add a trial; prints its id"),
        TRIAL_OPTIONS,
        required=["--title"],
    )
    b.leaf(group, "list", cmd_trial_list, "list trials", output=True)
    _with_id(
        b.leaf(group, "show", cmd_trial_show, "a trial, its hearings and its delay", output=True),
        "trial",
    )
    add_options(
        _with_id(b.leaf(group, "edit", cmd_trial_edit, "change a trial's details"), "trial"),
        TRIAL_OPTIONS,
    )
    _delete_leaf(b, group, "trial")
    _trial_coordinator_commands(b, group)


def _trial_coordinator_commands(b: _Parsers, group: Any) -> None:
    """What a coordinator asks of trials seen by several observers."""
    b.leaf(group, "links", cmd_trial_links, "linked trials and suggested links", output=True)
    for name, handler, help_text in (
        ("link", cmd_trial_link, "say two trial records are one trial"),
        ("unlink", cmd_trial_unlink, "undo a link"),
    ):
        leaf = b.leaf(group, name, handler, help_text)
        leaf.add_argument("first", metavar="ID", help="a trial's id")
        leaf.add_argument("second", metavar="ID", help="the other trial's id")
    timeline = _with_id(
        b.leaf(
            group,
            "timeline",
            cmd_trial_timeline,
            "every observer's observations in time order",
            output=True,
        ),
        "trial",
    )
    for option, metavar, help_text in (
        ("--category", "CAT", "only this category (repeat)"),
        ("--severity", "S", "only this severity (repeat)"),
        ("--observer", "NAME", "only this observer, by name or id (repeat)"),
        ("--hearing", "ID", "only this hearing (repeat)"),
    ):
        timeline.add_argument(option, action="append", metavar=metavar, help=help_text)
    _with_id(
        b.leaf(
            group,
            "sessions",
            cmd_trial_sessions,
            "each sitting as its observers saw it: totals, what only one logged",
            output=True,
        ),
        "trial",
    )


def _assess_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "assess", "a trial's assessment by standard, conclusion and grade")
    scale_help = "a programme's own grading scale (docs/grading.md; default: the app's)"
    show = _with_trial(
        b.leaf(group, "show", cmd_assess_show, "the assessment, comments, history", output=True)
    )
    show.add_argument("--lang", choices=LANGUAGES, default=SOURCE_LANGUAGE, help="language")
    show.add_argument("--scale", type=Path, metavar="FILE", help=scale_help)
    put = _with_trial(b.leaf(group, "set", cmd_assess_set, "assess one standard"))
    put.add_argument("--standard", required=True, metavar="STD", help='e.g. "ICCPR 14(1)"')
    put.add_argument("--concern", required=True, choices=CONCERN_LEVELS, help="level of concern")
    put.add_argument("--reasoning", required=True, metavar="TEXT", help="why")
    put.add_argument(
        "--event", action="append", metavar="EVENT", help="an event relied on: E1 or id (repeat)"
    )
    conclude = _with_trial(
        b.leaf(group, "conclude", cmd_assess_conclude, "the conclusion; with --grade, the grade")
    )
    conclude.add_argument("--conclusion", required=True, metavar="TEXT")
    conclude.add_argument("--recommendations", metavar="TEXT")
    conclude.add_argument(
        "--grade", metavar="G", help="refused until every standard with events has reasoning"
    )
    conclude.add_argument("--scale", type=Path, metavar="FILE", help=scale_help)
    scale = b.leaf(
        group,
        "scale",
        cmd_assess_scale,
        "the grading scale and its rubric",
        vault=False,
        output=True,
        lang=True,
    )
    scale.add_argument("--scale", type=Path, metavar="FILE", help=scale_help)


def _report_commands(b: _Parsers, commands: Any) -> None:
    report = b.leaf(
        commands,
        "report",
        cmd_report,
        "a trial's report as PDF, DOCX, CSV or JSON; its stages (issue, stages)",
    )
    # Required unless a command (issue, stages) is given: cmd_report says so.
    which = report.add_mutually_exclusive_group()
    which.add_argument("--trial", metavar="ID", help="the trial (a linked trial: either id)")
    which.add_argument("--all", action="store_true", help="every trial (csv or json)")
    report.add_argument("--format", choices=FORMATS)
    report.add_argument("--out", type=Path, metavar="FILE", help="where to write the report")
    report.add_argument("--force", action="store_true", help="replace FILE if it exists")
    report.add_argument(
        "--stage", choices=STAGE_CODES, help="a stage issued (report issue), exactly as issued"
    )
    report.add_argument(
        "--annex",
        choices=("same", "separate"),
        default="same",
        help="the events and chronology: after the report (default) or in FILE-annex beside it",
    )
    report.add_argument(
        "--public", action="store_true", help="observers numbered, sources and bundles left out"
    )
    report.add_argument(
        "--real-names", action="store_true", help="real names you noted (private reports only)"
    )
    report.add_argument("--standard", metavar="S", help='only findings on S, e.g. "ICCPR 14(3)(b)"')
    report.add_argument(
        "--update-since",
        metavar="WHEN",
        help="an update: what changed in the sentence and what followed it since the report "
        "of WHEN (its date, or the time it gives as Generated)",
    )
    report.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=SOURCE_LANGUAGE,
        help=f"language (default {SOURCE_LANGUAGE})",
    )
    _stage_commands(b, report)
    b.leaf(commands, "observers", cmd_observers, "each observer: bundles, gaps, chain", output=True)
    b.leaf(commands, "dashboard", cmd_dashboard, "counts across every trial", output=True)
    _restrictions_command(b, commands)


def _stage_commands(b: _Parsers, report: argparse.ArgumentParser) -> None:
    stages = report.add_subparsers(dest="report_command", required=False, metavar="COMMAND")
    issue = b.leaf(stages, "issue", cmd_report_issue, "issue a stage of a trial's report, frozen")
    issue.add_argument("--trial", required=True, metavar="ID", help="the trial")
    issue.add_argument("--stage", required=True, choices=STAGE_CODES)
    issue.add_argument("--summary", metavar="TEXT", help="your summary, leading the report")
    issue.add_argument(
        "--reissue",
        action="store_true",
        help="issue a stage issued before again (its earlier issue stays in the history)",
    )
    listed = b.leaf(
        stages, "stages", cmd_report_stages, "the stages issued for a trial", output=True
    )
    listed.add_argument("--trial", required=True, metavar="ID", help="the trial")


def _restrictions_command(b: _Parsers, commands: Any) -> None:
    leaf = b.leaf(
        commands,
        "restrictions",
        cmd_restrictions,
        "every restriction sentences imposed, across trials",
        output=True,
        lang=True,
    )
    leaf.add_argument("--in-force", action="store_true", help="only those in force")
    leaf.add_argument("--type", choices=RESTRICTION_TYPES, metavar="CODE", help="only this type")
    leaf.add_argument("--country", metavar="CC", help="only this country (as recorded)")
    leaf.add_argument("--on", metavar="DATE", help="as things stood on DATE (default: now)")
    leaf.add_argument(
        "--public", action="store_true", help="people and trials numbered, no record ids"
    )
    leaf.add_argument("--csv", type=Path, metavar="FILE", help="write the rows as CSV to FILE")
    leaf.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _hearing_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "hearing", "hearings of a trial")
    add = b.leaf(group, "add", cmd_hearing_add, "add a hearing; prints its id")
    add.add_argument("--trial", required=True, metavar="ID", help="the trial's id")
    add_options(add, HEARING_OPTIONS, required=["--start", "--mode"])
    b.leaf(group, "list", cmd_hearing_list, "hearings of a trial", output=True).add_argument(
        "--trial", required=True, metavar="ID", help="the trial's id"
    )
    _with_id(
        b.leaf(group, "show", cmd_hearing_show, "a hearing and its totals", output=True), "hearing"
    )
    add_options(
        _with_id(b.leaf(group, "edit", cmd_hearing_edit, "change a hearing"), "hearing"),
        HEARING_OPTIONS + HEARING_EDIT_OPTIONS,
    )
    postpone = _with_reason(
        _with_id(
            b.leaf(group, "postpone", cmd_hearing_postpone, "record that it did not go ahead"),
            "hearing",
        )
    )
    postpone.add_argument("--requested-by", metavar="WHO", help="who asked for it")
    postpone.add_argument("--next", metavar="ISO", help="the announced next date (ISO-8601)")
    postpone.add_argument("--status", choices=NOT_HELD, default=HearingStatus.POSTPONED)
    _delete_leaf(b, group, "hearing")


def _with_trial(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--trial", required=True, metavar="ID", help="the trial's id")
    return parser


_CLEARS = '; "" clears a date or the term'


def _sentence_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "sentence", "the sentence: each element a judgment imposed")
    add = _with_trial(b.leaf(group, "add", cmd_sentence_add, "add an element; prints its id"))
    add_options(add, SENTENCE_OPTIONS, required=["--defendant", "--element"])
    edit = b.leaf(group, "edit", cmd_sentence_edit, "change an element" + _CLEARS)
    add_options(_with_id(edit, "sentence element"), SENTENCE_OPTIONS)
    _with_trial(
        b.leaf(
            group,
            "list",
            cmd_sentence_list,
            "a trial's sentences: ends and days left",
            output=True,
            lang=True,
        )
    )
    _with_id(
        b.leaf(
            group,
            "show",
            cmd_sentence_show,
            "an element of a sentence and what followed it",
            output=True,
            lang=True,
        ),
        "sentence element",
    )
    _delete_leaf(b, group, "sentence element")


def _proceeding_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "proceeding", "what followed a judgment: appeals, violations...")
    add = _with_trial(b.leaf(group, "add", cmd_proceeding_add, "add a proceeding; prints its id"))
    add_options(add, PROCEEDING_OPTIONS, required=["--type"])
    edit = b.leaf(group, "edit", cmd_proceeding_edit, 'change a proceeding; "" clears a date')
    add_options(_with_id(edit, "proceeding"), PROCEEDING_OPTIONS)
    _with_trial(
        b.leaf(
            group,
            "list",
            cmd_proceeding_list,
            "a trial's proceedings by date",
            output=True,
            lang=True,
        )
    )
    _with_id(
        b.leaf(
            group,
            "show",
            cmd_proceeding_show,
            "a proceeding, and the element of the sentence it concerns",
            output=True,
            lang=True,
        ),
        "proceeding",
    )
    _delete_leaf(b, group, "proceeding")


def _upcoming_command(b: _Parsers, commands: Any) -> None:
    b.leaf(
        commands,
        "upcoming",
        cmd_upcoming,
        "hearings, deadlines and ends of sentences in the coming days",
        output=True,
        lang=True,
    ).add_argument(
        "--days",
        type=whole_number,
        default=DEFAULT_DAYS,
        metavar="N",
        help="how many days ahead (default %(default)s)",
    )


def _note_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "note", "observations (notes) on a hearing or a trial")
    add = _with_parent(b.leaf(group, "add", cmd_note_add, "add a note; prints its id"))
    add_options(add, NOTE_OPTIONS, required=["--code"])
    _with_fields(add, "a field of the code (repeat; see taxonomy list --json)")
    _with_parent(b.leaf(group, "list", cmd_note_list, "notes in time order", output=True))
    _with_id(
        b.leaf(group, "show", cmd_note_show, "a note and its attachments", output=True, lang=True),
        "note",
    )
    edit = _with_id(b.leaf(group, "edit", cmd_note_edit, "change a note"), "note")
    add_options(edit, NOTE_OPTIONS)
    _with_fields(edit, "set a field (repeat); KEY= removes it; other fields are kept")
    _delete_leaf(b, group, "note")
    _with_id(
        b.leaf(group, "history", cmd_note_history, "every revision of a record", output=True),
        "record",
    )
    correct = _with_id(
        b.leaf(
            commands,
            "correct",
            cmd_correct,
            "correct values an older version saved that cannot be sent; shows what is next",
        ),
        "record",
    )
    correct.add_argument(
        "--set",
        action="append",
        type=key_value,
        metavar="FIELD=VALUE",
        help="the field's new value, written as shown (repeat); FIELD= clears it",
    )
    attach = _with_id(
        b.leaf(group, "attach", cmd_note_attach, "attach a file; prints its id"), "note"
    )
    attach.add_argument("file", metavar="FILE", type=Path, help="the file to store, encrypted")
    extract = _with_id(
        b.leaf(group, "attachment", cmd_note_attachment, "write out an attached file"),
        "attachment",
    )
    extract.add_argument("--out", required=True, type=Path, metavar="FILE", help="where to write")
    extract.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _outage_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "outage", "intervals while someone could not follow or take part")
    start = _with_hearing(b.leaf(group, "start", cmd_outage_start, "it began; prints its id"))
    start.add_argument(
        "--code", default=DEFAULT_OUTAGE_CODE, help="taxonomy code (default %(default)s)"
    )
    add_options(start, OUTAGE_START_OPTIONS)
    stop = _with_id(b.leaf(group, "stop", cmd_outage_stop, "it ended"), "outage")
    stop.add_argument("--at", metavar="ISO", help="when it ended (default now)")
    stop.add_argument("--court-response", metavar="R", help="what the court did meanwhile")
    _with_hearing(b.leaf(group, "list", cmd_outage_list, "intervals still open", output=True))


def _checklist_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "checklist", "the fair-trial checklist of a hearing")
    answer = _with_hearing(b.leaf(group, "set", cmd_checklist_set, "answer one question"))
    answer.add_argument("--question", required=True, metavar="QID", help="question id")
    answer.add_argument("--answer", required=True, choices=tuple(Answer))
    answer.add_argument("--comment", help="what you saw")
    _with_hearing(
        b.leaf(
            group,
            "show",
            cmd_checklist_show,
            "every question and its answer",
            output=True,
            lang=True,
        )
    )


def _taxonomy_commands(b: _Parsers, commands: Any) -> None:
    taxonomy = b.group(commands, "taxonomy", "the codes notes are classified with")
    b.leaf(
        taxonomy,
        "list",
        cmd_taxonomy_list,
        "codes and labels by category",
        vault=False,
        output=True,
        lang=True,
    )


def _with_out(parser: argparse.ArgumentParser, what: str) -> argparse.ArgumentParser:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help=what)
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    return parser


def _with_yes(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


def _identity_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "identity", "this vault's keys and key card")
    b.leaf(group, "show", cmd_identity_show, "your fingerprint and public keys", output=True)
    export = _with_out(
        b.leaf(group, "export", cmd_identity_export, "write your key card for a contact"),
        "where to write the key card",
    )
    export.add_argument(
        "--minisign", type=Path, metavar="FILE", help="also write the minisign public key"
    )
    _with_yes(
        _with_out(
            b.leaf(
                group,
                "export-age-key",
                cmd_identity_export_age_key,
                "write your SECRET age identity, for opening bundles with `age -d -i`",
            ),
            "where to write the identity (mode 0600)",
        )
    )


def _contacts_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "contacts", "the people you exchange bundles with")
    add = _with_yes(
        b.leaf(group, "add", cmd_contacts_add, "add a key card after comparing fingerprints")
    )
    add.add_argument("file", metavar="FILE", type=Path, help="the key card")
    b.leaf(group, "list", cmd_contacts_list, "contacts and what arrived from them", output=True)
    _with_id(b.leaf(group, "remove", cmd_contacts_remove, "remove a contact"), "contact")
    real_name = _with_id(
        b.leaf(group, "real-name", cmd_contacts_real_name, "note a contact's real name"),
        "contact",
    )
    real_name.add_argument("name", metavar="NAME", help="kept sealed; reports show it on request")


def _bundle_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "bundle", "encrypted bundles of notes, out and in")
    export = b.leaf(group, "export", cmd_bundle_export, "write a bundle; prints its path")
    export.add_argument(
        "--to", action="append", required=True, metavar="CONTACT", help="recipient (repeat)"
    )
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="the folder")
    export.add_argument("--all", action="store_true", help="everything, not only what is new")
    imported = b.leaf(group, "import", cmd_bundle_import, "import bundles", output=True)
    imported.add_argument("paths", metavar="FILE|DIR", type=Path, nargs="*")
    imported.add_argument(
        "--quarantined", action="store_true", help="retry quarantined bundles too"
    )
    b.leaf(group, "quarantine", cmd_bundle_quarantine, "bundles from unknown signers", output=True)
    _with_id(
        b.leaf(group, "discard", cmd_bundle_discard, "discard a quarantined bundle"),
        "quarantined bundle",
    )
    limits = b.leaf(
        group,
        "quarantine-limits",
        cmd_bundle_quarantine_limits,
        "show the quarantine's limits, or set them",
        output=True,
    )
    limits.add_argument("--count", type=int, metavar="N", help="most bundles kept")
    limits.add_argument("--size-mb", type=int, metavar="M", help="most megabytes kept in all")
    forward = _with_yes(
        b.leaf(group, "forward", cmd_bundle_forward, "pass bundles received on, as signed")
    )
    forward.add_argument("--to", required=True, metavar="CONTACT", help="a head office, a panel")
    forward.add_argument("--out", required=True, type=Path, metavar="DIR", help="the folder")
    forward.add_argument("--trial", action="append", metavar="ID", help="only this trial (repeat)")
    forward.add_argument(
        "--observer", action="append", metavar="CONTACT", help="only their bundles (repeat)"
    )
    forward.add_argument("--all", action="store_true", help="also what was forwarded before")
    b.leaf(group, "sent", cmd_bundle_sent, "bundles written, and receipts", output=True)
    b.leaf(group, "received", cmd_bundle_received, "bundles imported", output=True)


def _receipt_commands(b: _Parsers, commands: Any) -> None:
    group = b.group(commands, "receipt", "confirmations that bundles arrived")
    export = b.leaf(group, "export", cmd_receipt_export, "write a receipt; prints its path")
    export.add_argument("--to", required=True, metavar="CONTACT", help="the observer")
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="the folder")
    b.leaf(group, "import", cmd_receipt_import, "import receipts").add_argument(
        "files", metavar="FILE", type=Path, nargs="+"
    )


def _purge_command(b: _Parsers, commands: Any) -> None:
    purge = _with_yes(
        b.leaf(
            commands,
            "purge",
            cmd_purge,
            "remove trials a receipt acknowledges from this laptop (lists them without --trial)",
            output=True,
        )
    )
    purge.add_argument(
        "--trial", dest="trials", action="append", metavar="ID", help="a trial to remove (repeat)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Encrypted, offline notes for trial observers."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _vault_options(parser, default=None)
    # No command starts the desktop app.
    commands = parser.add_subparsers(dest="command", required=False, metavar="COMMAND")
    parser.set_defaults(handler=cmd_gui, command_name="gui", json=False)
    b = _Parsers()
    b.leaf(commands, "gui", cmd_gui, "start the desktop app (the default)", vault=False)
    _vault_commands(b, commands)
    _trial_commands(b, commands)
    _hearing_commands(b, commands)
    _sentence_commands(b, commands)
    _proceeding_commands(b, commands)
    _upcoming_command(b, commands)
    _note_commands(b, commands)
    _outage_commands(b, commands)
    _checklist_commands(b, commands)
    _taxonomy_commands(b, commands)
    _identity_commands(b, commands)
    _contacts_commands(b, commands)
    _bundle_commands(b, commands)
    _receipt_commands(b, commands)
    _purge_command(b, commands)
    _report_commands(b, commands)
    add_event_commands(b, commands)
    add_findings_commands(b, commands)
    _assess_commands(b, commands)
    b.leaf(commands, "verify", cmd_verify, "check every author's hash chain", output=True)
    b.leaf(
        commands, "self-test", cmd_self_test, "check that this installation works", vault=False
    ).add_argument("--screenshot", type=Path, metavar="FILE", help="save the window as PNG")
    return parser
