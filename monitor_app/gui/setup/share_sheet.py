"""A trustee's sheet in the UI's language: one share's numbered words with its number, the
set's fingerprint and what to do with it, printed as a PDF (`render.pdf`) or saved as text.

The text keeps the core's word markers (`trustee_sheets.WORDS_BEGIN`, `WORDS_END`) around
the words, so `trial-monitor recover --share-file` reads a sheet saved here in any language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from monitor_app.core.coordination.report_document import (
    Column,
    Heading,
    Paragraph,
    ReportDocument,
    Table,
    text,
)
from monitor_app.core.vault.atomic import write_private_atomically
from monitor_app.core.vault.trustee_sheets import (
    WORDS_BEGIN,
    WORDS_END,
    TrusteeStatus,
    numbered_word_lines,
)
from monitor_app.render.pdf import write_pdf

CONTEXT = "ShareSheet"
# The printed words in two pairs of columns (number, word): words 1-10, then 11-20.
PRINT_COLUMNS = 2


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def made_on(status: TrusteeStatus) -> str:
    """When the set was made, to the minute, in UTC."""
    return _tr("{when} UTC").format(when=status.created_utc[:16].replace("T", " "))


def sheet_title(number: int, status: TrusteeStatus) -> str:
    return _tr("Trustee share {number} of {count}").format(number=number, count=status.count)


def _facts(number: int, status: TrusteeStatus) -> list[str]:
    return [
        _tr(
            "Share {number} of {count}: any {threshold} of the {count} shares together "
            "restore access to the vault."
        ).format(number=number, count=status.count, threshold=status.threshold),
        _tr("Set fingerprint: {fingerprint}").format(fingerprint=status.fingerprint),
        _tr("Made: {when}").format(when=made_on(status)),
    ]


def _advice(status: TrusteeStatus) -> list[str]:
    return [
        _tr(
            "Keep this sheet private and safe, apart from the other shares. One share "
            "alone reveals nothing and cannot open the vault."
        ),
        _tr(
            "If the owner loses their passphrase and recovery code, any {threshold} "
            "trustees enter their words in Trial Monitor ('Recover with trustee shares' "
            "when unlocking, or 'trial-monitor recover --shares'). Then the owner chooses "
            "a new passphrase."
        ).format(threshold=status.threshold),
        _tr(
            "When the owner makes new shares, this sheet stops working. Trial Monitor "
            "shows the fingerprint of the current set: if it differs from the one above, "
            "destroy this sheet."
        ),
    ]


def sheet_document(share: str, number: int, status: TrusteeStatus) -> ReportDocument:
    """The sheet as a document for `render.pdf`: the words in a table, each by its number."""
    words = share.split()
    per_column = -(-len(words) // PRINT_COLUMNS)
    columns = tuple(
        column
        for _ in range(PRINT_COLUMNS)
        for column in (Column(_tr("No."), 0.1, nowrap=True), Column(_tr("Word"), 0.4))
    )
    rows = tuple(
        tuple(
            cell
            for index in range(row, row + PRINT_COLUMNS * per_column, per_column)
            for cell in (
                (text(f"{index + 1}."), text(words[index], bold=True))
                if index < len(words)
                else ((), ())
            )
        )
        for row in range(per_column)
    )
    return ReportDocument(
        blocks=(
            Heading(1, _tr("Trial Monitor: trustee share")),
            Heading(2, sheet_title(number, status)),
            Paragraph(text("\n".join(_facts(number, status)))),
            Table(columns, rows),
            *(Paragraph(text(line)) for line in _advice(status)),
        ),
        page_footer=_tr("Page {page} of {pages}"),
    )


def sheet_text(share: str, number: int, status: TrusteeStatus) -> str:
    """The sheet as plain text, the words between the core's markers."""
    lines = [
        _tr("TRIAL MONITOR: TRUSTEE SHARE"),
        "",
        *_facts(number, status),
        "",
        WORDS_BEGIN,
        *numbered_word_lines(share),
        WORDS_END,
        "",
    ]
    for advice in _advice(status):
        lines += [advice, ""]
    return "\n".join(lines)


def sheet_file_name(number: int, status: TrusteeStatus, suffix: str) -> str:
    """Names that say which share of which set: ``trustee-share-2-of-3-ABCD.pdf``."""
    return f"trustee-share-{number}-of-{status.count}-{status.fingerprint[:4]}{suffix}"


def print_sheet(share: str, number: int, status: TrusteeStatus, target: Path) -> None:
    """The sheet as a PDF at ``target``, written privately and atomically."""
    write_pdf(sheet_document(share, number, status), sheet_title(number, status), target)


def save_sheet_text(share: str, number: int, status: TrusteeStatus, target: Path) -> None:
    """The sheet as UTF-8 text at ``target``, written privately and atomically."""
    write_private_atomically(target, sheet_text(share, number, status).encode("utf-8"))
