"""Sync commands: bundles out and in, quarantine, receipts, and purging what was received."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from monitor_app.cli.common import EXIT_ERROR, CliError
from monitor_app.cli.confirm import confirm
from monitor_app.cli.output import emit, print_json, print_table, utc
from monitor_app.cli.session import Session
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import (
    NothingToExport,
    RecordsNeedCorrecting,
    SentBundle,
    SentBundles,
    change_count,
    export_bundles,
)
from monitor_app.core.sync.importer import QUARANTINED, REFUSED, Importer, ImportResult
from monitor_app.core.sync.quarantine_limits import (
    MIB,
    QuarantineLimits,
    quarantine_limits,
    set_quarantine_limits,
)
from monitor_app.core.sync.receipts import (
    PurgeCandidate,
    export_receipt,
    import_receipt,
    purge_candidates,
    purge_trials,
)
from monitor_app.core.textsafe import one_line


def _progress(done: int, total: int) -> None:
    """A one-line counter on a terminal; nothing in a script's log."""
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="\n" if done >= total else "", file=sys.stderr, flush=True)


def cmd_bundle_export(args: argparse.Namespace, session: Session) -> int:
    vault = session.notebook().vault
    contacts = Contacts(vault)
    recipients = [contacts.find(reference) for reference in args.to]
    if not args.out.is_dir():
        raise CliError(f"{args.out} is not a folder.")
    try:
        parts = export_bundles(vault, recipients, args.out, everything=args.all, progress=_progress)
    except NothingToExport as exc:
        print(str(exc), file=sys.stderr)
        return 0
    except RecordsNeedCorrecting as exc:
        print(str(exc), file=sys.stderr)
        for record_id in exc.record_ids:
            print(f"  trial-monitor correct {record_id}", file=sys.stderr)
        return EXIT_ERROR
    for part in parts:
        print(args.out / part.file_name)
    print(
        f"Wrote {change_count(parts)} and "
        f"{sum(p.attachments for p in parts)} attachment(s) for "
        + ", ".join(
            f"{one_line(name)} ({_numbers(parts, author)})"
            for author, name, _ in parts[0].recipients
        )
        + (
            f", in {len(parts)} bundles: more than one bundle may carry. Send them all; they "
            "may be imported in any order."
            if len(parts) > 1
            else "."
        ),
        file=sys.stderr,
    )
    return 0


def _numbers(parts: list[SentBundle], author: str) -> str:
    """The bundle numbers the parts have for one recipient: "bundle #4" or "bundles #4-#6"."""
    numbers = [p.sequence_for(author) for p in parts]
    if len(numbers) == 1:
        return f"bundle #{numbers[0]}"
    return f"bundles #{numbers[0]}-#{numbers[-1]}"


def _result_table(results: list[ImportResult]) -> None:
    print_table(
        ("FILE", "STATUS", "FROM", "NEW", "MESSAGE"),
        (
            (
                r.source,
                r.status,
                r.author_name or "",
                r.new_revisions if r.status != REFUSED else "",
                r.message + "".join(f" Missing: {gap}." for gap in r.gaps),
            )
            for r in results
        ),
    )


def _report_imports(args: argparse.Namespace, results: list[ImportResult]) -> int:
    emit(args, lambda: [dataclasses.asdict(r) for r in results], lambda: _result_table(results))
    refused = sum(r.status == REFUSED for r in results)
    quarantined = sum(r.status == QUARANTINED for r in results)
    if quarantined:
        print(
            f"{quarantined} bundle(s) quarantined: add the signer's key card "
            "(contacts add), then run bundle import --quarantined.",
            file=sys.stderr,
        )
    if refused:
        print(f"{refused} file(s) refused; nothing was imported from them.", file=sys.stderr)
        return EXIT_ERROR
    return 0


def cmd_bundle_import(args: argparse.Namespace, session: Session) -> int:
    if not args.paths and not args.quarantined:
        raise CliError("Name the bundle files or folders to import, or --quarantined.")
    importer = Importer(session.notebook().vault)
    results = importer.import_quarantined() if args.quarantined else []
    if args.paths:
        missing = [p for p in args.paths if not p.exists()]
        if missing:
            raise CliError(f"{missing[0]} does not exist. Nothing was imported.")
        results += importer.import_paths(args.paths, progress=_progress)
    if not results:
        print("There was nothing to import.", file=sys.stderr)
        return 0
    return _report_imports(args, results)


def cmd_bundle_quarantine(args: argparse.Namespace, session: Session) -> None:
    items = Importer(session.notebook().vault).quarantined()
    emit(
        args,
        lambda: [dataclasses.asdict(q) for q in items],
        lambda: print_table(
            ("ID", "FILE", "RECEIVED", "CLAIMS TO BE", "FINGERPRINT"),
            (
                (q.item_id, q.file_name, utc(q.received_utc), q.claimed_name, q.fingerprint)
                for q in items
            ),
        ),
    )


def cmd_bundle_quarantine_limits(args: argparse.Namespace, session: Session) -> None:
    """Show the quarantine's caps and what it holds; with --count or --size-mb, set them."""
    vault = session.notebook().vault
    limits = quarantine_limits(vault)
    if args.count is not None or args.size_mb is not None:
        limits = QuarantineLimits(
            count=limits.count if args.count is None else args.count,
            megabytes=limits.megabytes if args.size_mb is None else args.size_mb,
        )
        set_quarantine_limits(vault, limits)
        print("The quarantine's limits were changed.", file=sys.stderr)
    kept, used = Importer(vault).quarantine_usage()
    shown = {
        "count_limit": limits.count,
        "size_limit_mb": limits.megabytes,
        "bundles_kept": kept,
        "megabytes_used": round(used / MIB, 1),
    }
    emit(
        args,
        lambda: shown,
        lambda: print_table(
            ("LIMIT", "AT MOST", "IN USE"),
            (
                ("bundles", limits.count, kept),
                ("megabytes", limits.megabytes, shown["megabytes_used"]),
            ),
        ),
    )


def cmd_bundle_discard(args: argparse.Namespace, session: Session) -> None:
    importer = Importer(session.notebook().vault)
    if args.id not in {q.item_id for q in importer.quarantined()}:
        raise CliError(f"No quarantined bundle {args.id}. See 'bundle quarantine'.")
    importer.drop_quarantined(args.id)
    print("The quarantined bundle was discarded.", file=sys.stderr)


def cmd_bundle_sent(args: argparse.Namespace, session: Session) -> None:
    bundles = SentBundles(session.notebook().vault).all()

    def acknowledged(
        bundle_recipients: tuple[tuple[str, str, int], ...], acks: dict[str, str]
    ) -> str:
        return ", ".join(name for author, name, _ in bundle_recipients if author in acks) or "no"

    emit(
        args,
        lambda: [b.to_item() for b in bundles],
        lambda: print_table(
            ("BUNDLE", "WRITTEN", "TO", "REVISIONS", "FILE", "RECEIPT FROM"),
            (
                (
                    b.bundle_id[:8],
                    utc(b.created_utc),
                    ", ".join(f"{name} #{seq}" for _, name, seq in b.recipients),
                    b.revisions,
                    b.file_name,
                    acknowledged(b.recipients, b.acknowledged),
                )
                for b in bundles
            ),
        ),
    )


def cmd_bundle_received(args: argparse.Namespace, session: Session) -> None:
    bundles = Importer(session.notebook().vault).received_bundles()
    emit(
        args,
        lambda: [b.to_item() for b in bundles],
        lambda: print_table(
            ("BUNDLE", "IMPORTED", "FROM", "NO.", "REVISIONS", "NEW", "FILE"),
            (
                (
                    b.bundle_id[:8],
                    utc(b.imported_utc),
                    b.author_name,
                    b.seq,
                    b.revisions,
                    b.new_revisions,
                    b.file_name,
                )
                for b in bundles
            ),
        ),
    )


def cmd_receipt_export(args: argparse.Namespace, session: Session) -> None:
    vault = session.notebook().vault
    contact = Contacts(vault).find(args.to)
    if not args.out.is_dir():
        raise CliError(f"{args.out} is not a folder.")
    path = export_receipt(vault, contact, args.out)
    print(path)
    print(f"Wrote a receipt for {one_line(contact.name)}.", file=sys.stderr)


def cmd_receipt_import(args: argparse.Namespace, session: Session) -> None:
    vault = session.notebook().vault
    for path in args.files:
        print(one_line(import_receipt(vault, path).message), file=sys.stderr)


def _why_not_purgeable(candidate: PurgeCandidate) -> str:
    if candidate.foreign:
        return "no: it holds records from other people"
    if candidate.pending:
        return f"no: {candidate.pending} change(s) have no receipt yet"
    return "yes"


def cmd_purge(args: argparse.Namespace, session: Session) -> int:
    vault = session.notebook().vault
    candidates = purge_candidates(vault)
    if not args.trials:
        emit(
            args,
            lambda: [dataclasses.asdict(c) for c in candidates],
            lambda: print_table(
                ("TRIAL", "TITLE", "RECORDS", "CAN BE REMOVED"),
                ((c.trial_id, c.title, c.records, _why_not_purgeable(c)) for c in candidates),
            ),
        )
        return 0
    chosen = [c for c in candidates if c.trial_id in set(args.trials)]
    titles = "; ".join(one_line(c.title) for c in chosen) or "none"
    confirm(
        f"This removes from this laptop, for good: {titles}. Your coordinator has confirmed "
        "receiving all of it.",
        assume_yes=args.yes,
    )
    removed = purge_trials(vault, args.trials)
    if args.json:
        print_json({"removed_revisions": removed})
    print(f"Removed {removed} revision(s) from this vault.", file=sys.stderr)
    return 0
