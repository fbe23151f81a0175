"""The Word report read back with python-docx, in English, Russian and Kazakh: the same
headings, paragraphs and tables as the report document the PDF prints, in Word's own
heading and table styles, each table's heading row repeated on every page, bold and italic
where the document has them, page numbers as Word fields, the text in the report's
language; nothing from a record becomes markup or stops the file being written; and a
file that cannot be written leaves nothing behind."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import _Row
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import (
    BulletList,
    Column,
    Heading,
    Paragraph,
    ReportDocument,
    Span,
    Table,
    Text,
    report_document,
    text,
)
from monitor_app.core.coordination.reports import TrialReport, trial_report
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import StorageError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.render.docx import MARGIN_MM, PAGE_MM, write_docx
from tests.coordination_scene import Watched, at, watch_one_trial
from tests.docx_text import (
    document_language,
    docx_text,
    footer_fields,
    model_runs,
    model_text,
    open_docx,
    word_runs,
)

# A note as a hostile bundle could carry it: controls (a bell, a vertical tab, an escape
# sequence), what looks like WordprocessingML and an entity, and the two characters XML
# cannot hold that core.textsafe lets through.
HOSTILE = "before \x07\x0b\x1b[31m <w:p><w:r><w:t>&amp;</w:t></w:r></w:p> \ufffe\uffff after"


def _report(coordinator: Vault, scene: Watched, options: ReportOptions) -> TrialReport:
    return trial_report(
        CoordinatorIndex.load(coordinator),
        scene.trial_a,
        observer_statuses(coordinator),
        Importer(coordinator),
        options,
    )


def _repeats(row: _Row) -> bool:
    """Whether Word repeats the row at the top of each page the table runs on to."""
    properties = row._tr.trPr
    return properties is not None and properties.find(qn("w:tblHeader")) is not None


@pytest.mark.parametrize(
    ("options", "expected", "absent", "language"),
    [
        (
            ReportOptions(),
            ["Trial monitoring report", "Observer A", "Observer B", "Connection lost"],
            ["Observer 1"],
            "en-GB",
        ),
        (
            ReportOptions(lang="ru", public=True),
            # Cyrillic "о" included: the point is the Russian words.
            ["Отчёт о мониторинге", "Наблюдатель 1", "Связь прервалась"],  # noqa: RUF001
            ["Observer A", "Observer B"],
            "ru-RU",
        ),
        (
            ReportOptions(lang="kk", public=True),
            ["Сот процесін бақылау", "1-бақылаушы", "Байланыс үзілді", "Бақылаулар хронологиясы"],
            ["Observer A", "Observer B", "Connection lost"],
            "kk-KZ",
        ),
    ],
    ids=["private-en", "public-ru", "public-kk"],
)
def test_the_docx_reads_back_as_the_report_document(
    vault: Vault,
    second_observer: Vault,
    coordinator: Vault,
    tmp_path: Path,
    options: ReportOptions,
    expected: list[str],
    absent: list[str],
    language: str,
) -> None:
    scene = watch_one_trial(vault, second_observer, coordinator, tmp_path / "bundles")
    TrialLinks(coordinator).link(scene.trial_a, scene.trial_b)
    report = _report(coordinator, scene, options)
    document = report_document(report)
    target = tmp_path / "report.docx"
    write_docx(document, report.title, target)
    assert target.stat().st_mode & 0o777 == 0o600
    word = open_docx(target)

    headings = [
        (p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [
        (f"Heading {b.level}", b.text) for b in document.blocks if isinstance(b, Heading)
    ]
    assert [level for level, _ in headings[:3]] == ["Heading 1", "Heading 2", "Heading 3"]

    written = [p for p in word.paragraphs if not p.style.name.startswith("Heading") and p.text]
    paragraphs = [
        lines
        for b in document.blocks
        for lines in ((b.lines,) if isinstance(b, Paragraph) else ())
        if model_text(lines)
    ]
    assert [p.text for p in written] == [model_text(lines) for lines in paragraphs]
    assert [word_runs(p) for p in written] == [model_runs(lines) for lines in paragraphs]

    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(word.tables) == len(tables) > 2  # hearings, the chronology's day, ...
    for made, table in zip(word.tables, tables, strict=True):
        assert made.style.name == "Table Grid"
        header, *rows = made.rows
        assert _repeats(header)
        assert not any(_repeats(row) for row in rows)
        assert [c.text for c in header.cells] == [c.heading for c in table.columns]
        assert [[c.text for c in row.cells] for row in rows] == [
            [model_text(cell) for cell in row] for row in table.rows
        ]
        for row, cells in zip(rows, table.rows, strict=True):
            for cell, lines in zip(row.cells, cells, strict=True):
                (paragraph,) = cell.paragraphs
                assert word_runs(paragraph) == model_runs(lines)
    chronology = word.tables[tables.index(next(t for t in tables if len(t.columns) == 5))]
    condition = chronology.rows[1].cells[2].paragraphs[0]
    assert word_runs(condition)[0][1:] == (True, False)  # the condition, in bold

    whole = " ".join(docx_text(target).split())
    for words in expected:
        assert words in whole
    for words in absent:
        assert words not in whole
    for entry in report.entries:
        assert " ".join(entry.text.split()) in whole
    assert whole.index("10:05") < whole.index("10:07") < whole.index("11:00")

    assert document_language(word) == language
    properties = word.core_properties
    assert (properties.title, properties.language) == (report.title, language)
    assert (properties.author, properties.last_modified_by, properties.comments) == ("", "", "")
    assert footer_fields(word) == (
        ["NUMPAGES", "PAGE"] if options.lang == "kk" else ["PAGE", "NUMPAGES"]
    )


def test_a_note_with_controls_and_markup_comes_back_as_plain_text(
    vault: Vault, second_observer: Vault, coordinator: Vault, tmp_path: Path
) -> None:
    scene = watch_one_trial(vault, second_observer, coordinator, tmp_path / "bundles")
    Notebook(vault).add_observation(scene.hearing_a, "general.note", at(11, 30), text=HOSTILE)
    (to_coordinator,) = Contacts(vault).list()
    folder = tmp_path / "later"
    folder.mkdir()
    bundle = export_bundle(vault, [to_coordinator], folder)
    (result,) = Importer(coordinator).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED
    report = _report(coordinator, scene, ReportOptions())
    assert HOSTILE in [entry.text for entry in report.entries]
    target = tmp_path / "hostile.docx"
    write_docx(report_document(report), report.title, target)

    whole = docx_text(target)
    # Each character that cannot be shown or held, shown as U+FFFD; the rest as typed.
    shown = (
        "before \ufffd\ufffd\ufffd[31m <w:p><w:r><w:t>&amp;</w:t></w:r></w:p> \ufffd\ufffd after"
    )
    assert shown in whole
    xml = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert "&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;&amp;amp;&lt;/w:t&gt;" in xml


def test_whatever_a_document_holds_is_written_and_read_back(tmp_path: Path) -> None:
    """The writer's own guard, for a document not made by `report_document`: controls, a
    lone surrogate and non-characters in a heading, a run and the title; a tab kept."""
    raw = "a\x00b\x0bc\ud800d\ufffee"
    document = ReportDocument(
        (
            Heading(2, raw),
            Paragraph(((Span(raw, bold=True), Span("\tx", italic=True)),)),
            BulletList(((Span("first"),), (Span("second"),))),
        ),
        "{page}/{pages}",
    )
    target = tmp_path / "raw.docx"
    write_docx(document, f"Title {raw}", target)
    word = open_docx(target)
    cleaned = "a\ufffdb\ufffdc\ufffdd\ufffde"
    heading, paragraph, first, second = word.paragraphs
    assert (heading.style.name, heading.text) == ("Heading 2", cleaned)
    assert word_runs(paragraph) == [(cleaned, True, False), ("\tx", False, True)]
    assert [(p.style.name, p.text) for p in (first, second)] == [
        ("List Bullet", "first"),
        ("List Bullet", "second"),
    ]
    # The title is one line: the vertical tab, a space there.
    assert word.core_properties.title == "Title a\ufffdb c\ufffdd\ufffde"
    assert word.core_properties.language == ""  # a document of no stated language


def _held(value: str) -> str:
    """``value`` as XML 1.0 can hold it (its Char production), anything else as U+FFFD."""
    return "".join(
        c
        if c in "\t\n\r"
        or "\x20" <= c <= "\ud7ff"
        or "\ue000" <= c <= "\ufffd"
        or "\U00010000" <= c <= "\U0010ffff"
        else "\ufffd"
        for c in value
    )


# Anything a span may hold (every character but a line break), bold or italic or both.
_SPAN = st.builds(
    Span,
    st.text(st.characters(exclude_characters="\n\r"), max_size=12),
    st.booleans(),
    st.booleans(),
)
_LINES = st.lists(st.lists(_SPAN, max_size=3).map(tuple), max_size=3).map(tuple)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    heading=st.text(st.characters(exclude_characters="\n\r"), max_size=20),
    paragraph=_LINES,
    cells=st.lists(st.tuples(_LINES, _LINES), max_size=3),
)
def test_any_text_is_written_and_read_back_as_xml_can_hold_it(
    tmp_path: Path, heading: str, paragraph: Text, cells: list[tuple[Text, Text]]
) -> None:
    columns = (Column("A", 0.3), Column("B", 0.7))
    document = ReportDocument(
        (Heading(3, heading), Paragraph(paragraph), Table(columns, tuple(cells))), "{page}"
    )
    target = tmp_path / "any.docx"
    write_docx(document, heading, target)
    word = open_docx(target)
    made_heading, made_paragraph = word.paragraphs[:2]
    assert made_heading.text == _held(heading)
    assert word_runs(made_paragraph) == [
        (_held(text), bold, italic) for text, bold, italic in model_runs(paragraph)
    ]
    rows = word.tables[0].rows[1:]
    assert [[c.text for c in row.cells] for row in rows] == [
        [_held(model_text(cell)) for cell in row] for row in cells
    ]


def test_columns_take_their_shares_of_the_page_width(tmp_path: Path) -> None:
    columns = (Column("Time", 0.12, nowrap=True), Column("Details", 0.5), Column("Std", 0.18))
    rows = tuple(
        (text("10:05"), text("a note\nover two lines"), text("ICCPR 14(1)")) for _ in range(3)
    )
    target = tmp_path / "widths.docx"
    first, second = Table(columns, rows), Table(columns, rows[:1])
    write_docx(ReportDocument((first, second), ""), "Widths", target)
    word = open_docx(target)
    made = word.tables[0]
    widths = [c.width for c in made.columns]
    body = Mm(PAGE_MM[0] - 2 * MARGIN_MM)
    assert abs(sum(widths) - body) < Mm(0.1)
    whole = sum(c.width for c in columns)
    for width, column in zip(widths, columns, strict=True):
        assert abs(width / body - column.width / whole) < 0.001
    assert made._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    # Two tables one after the other stay two tables.
    assert len(word.tables) == 2
    assert footer_fields(word) == []  # no footer asked for


FULL_DISK_CHILD = """
import json, resource, secrets, signal, sys
from pathlib import Path
from monitor_app.core.coordination.report_document import Column, ReportDocument, Table, text
from monitor_app.core.errors import TrialMonitorError
from monitor_app.render.docx import write_docx

out, limit = Path(sys.argv[1]), int(sys.argv[2])
# Notes that do not compress away: the file must outgrow the limit.
rows = tuple((text(f"#{n}"), text(secrets.token_hex(200))) for n in range(1000))
document = ReportDocument((Table((Column("No.", 0.2), Column("Details", 0.8)), rows),), "{page}")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing us
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    write_docx(document, "Too big", out / "report.docx")
except TrialMonitorError as exc:
    print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
else:
    print(json.dumps({"error": None}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_gives_one_clear_error_and_leaves_no_file(tmp_path: Path) -> None:
    """The disk "filled" with RLIMIT_FSIZE in a child process: a write past the limit fails
    with EFBIG exactly as a write to a full disk fails with ENOSPC."""
    out = tmp_path / "usb-stick"
    out.mkdir()
    child = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CHILD, str(out), str(64 * 1024)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.returncode == 0, child.stderr
    outcome = json.loads(child.stdout)
    assert outcome["error"] == "StorageError"
    assert outcome["message"].startswith("Cannot write report.docx in ")
    assert "No file was left" in outcome["message"]
    assert "Traceback" not in child.stderr
    assert list(out.iterdir()) == []  # neither the report nor a hidden temporary file


def test_a_folder_that_is_gone_gives_one_clear_error(tmp_path: Path) -> None:
    """A USB stick pulled out between choosing the file and writing it."""
    gone = tmp_path / "usb-stick"
    document = ReportDocument((Paragraph(text("a note")),), "{page}")
    with pytest.raises(StorageError) as raised:
        write_docx(document, "Gone", gone / "report.docx")
    assert str(raised.value).startswith(f"Cannot write in {gone}: ")
    assert not gone.exists()
