"""The PDF report read back as text by a real PDF tool (poppler's pdftotext), in English,
Russian and Kazakh: its words are there, in reading order, on numbered pages, nothing from a
record became markup, and a table too long for a page carries on with its heading row.
The pages are planned before they are painted; a property test checks the plan."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import (
    Block,
    Column,
    Heading,
    Paragraph,
    ReportDocument,
    Span,
    Table,
    report_document,
    text,
)
from monitor_app.core.coordination.reports import trial_report
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.render.pdf import (
    Pages,
    Piece,
    column_widths,
    new_writer,
    paginate,
    write_pdf,
)
from tests.coordination_scene import watch_one_trial
from tests.pdf_text import pdf_pages

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh"
)

COLUMNS = (
    Column("Time", 0.12, nowrap=True),
    Column("Observer", 0.16),
    Column("Condition", 0.22),
    Column("Details", 0.35),
    Column("Standards", 0.15, nowrap=True),
)
LONG_NOTE = " ".join(f"w{n:04d}" for n in range(1, 701))  # 4,200 characters
UNBROKEN = "id" + "".join(f"{n:02x}" for n in range(150))  # 302 characters, no space
CYRILLIC = "Подсудимый не слышал переводчика"


@pytest.mark.parametrize(
    ("options", "expected", "absent"),
    [
        (
            ReportOptions(),
            [
                "Trial monitoring report",
                "Observer A",
                "Observer B",
                "Connection lost",
                "Public excluded",
                "ICCPR 14(1)",
                "1-77/2026",
                "Minsk City Court",
                "Provenance",
                "Page 1 of",
            ],
            ["Observer 1"],
        ),
        (
            ReportOptions(lang="ru", public=True),
            # Russian words are the point here, Cyrillic "о" included.
            [
                "Отчёт о мониторинге",  # noqa: RUF001
                "Наблюдатель 1",
                "Связь прервалась",
                "ICCPR 14(3)(d)",
                "Страница 1 из",
            ],
            ["Observer A", "Observer B"],
        ),
        (
            ReportOptions(lang="kk", public=True),
            # Kazakh headings, the taxonomy's Kazakh labels and Kazakh page numbers.
            [
                "Сот процесін бақылау",
                "1-бақылаушы",
                "Байланыс үзілді",
                "Бақылаулар хронологиясы",
                "ICCPR 14(3)(d)",
                "беттің 1-беті",
            ],
            ["Observer A", "Observer B", "Connection lost"],
        ),
    ],
    ids=["private-en", "public-ru", "public-kk"],
)
def test_the_pdf_reads_back(
    qapp: object,
    vault: Vault,
    second_observer: Vault,
    coordinator: Vault,
    tmp_path: Path,
    options: ReportOptions,
    expected: list[str],
    absent: list[str],
) -> None:
    scene = watch_one_trial(vault, second_observer, coordinator, tmp_path / "bundles")
    TrialLinks(coordinator).link(scene.trial_a, scene.trial_b)
    report = trial_report(
        CoordinatorIndex.load(coordinator),
        scene.trial_a,
        observer_statuses(coordinator),
        Importer(coordinator),
        options,
    )
    target = tmp_path / "report.pdf"
    write_pdf(report_document(report), report.title, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.stat().st_mode & 0o777 == 0o600
    done = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert f"Title:           {report.title}" in done.stdout
    text_read = " ".join(" ".join(pdf_pages(target)).split())
    for words in expected:
        assert words in text_read
    for words in absent:
        assert words not in text_read
    for entry in report.entries:
        assert " ".join(entry.text.split()) in text_read
    assert text_read.index("10:05") < text_read.index("10:07") < text_read.index("11:00")


def _chronology(rows: int) -> ReportDocument:
    """A report-like document: a heading, a table of ``rows`` rows, and in its middle a
    4,200-character note, an unbroken id, Cyrillic and something that looks like markup."""
    body = []
    for n in range(rows):
        note = f"note{n:03d} " + "the court went on while the link was down " * 6
        if n == rows // 2:
            note = LONG_NOTE
        body.append(
            (
                text(f"2026-11-24\n10:{n % 60:02d}"),
                text(f"Observer {n % 7}"),
                text("Connection lost", bold=True) + text("Remote participation"),
                text(note) + text(UNBROKEN if n == 3 else CYRILLIC if n == 4 else ""),
                text("ICCPR 14(1)"),
            )
        )
    blocks: tuple[Block, ...] = (
        Heading(1, "Trial monitoring report"),
        Paragraph(((Span("Case number:", bold=True), Span(" <b>1-77/2026</b>")),)),
        Heading(3, "Chronology of observations"),
        Table(COLUMNS, tuple(body)),
        Heading(3, "Provenance"),
        Paragraph(text("the end")),
    )
    return ReportDocument(blocks, "Page {page} of {pages}")


def test_a_long_table_runs_on_over_numbered_pages_with_its_heading_row(
    qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "long.pdf"
    write_pdf(_chronology(60), "A long one", target)
    pages = pdf_pages(target)
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        if number > 1 and "note" in page:  # a page of the table: its heading row first
            assert page.lstrip().startswith("Time Observer Condition Details Standards")
    whole = "\n".join(pages)
    assert "<b>1-77/2026</b>" in whole  # printed as written, not as markup
    assert CYRILLIC in " ".join(whole.split())
    assert UNBROKEN in "".join(whole.split())  # wrapped anywhere, nothing cut off
    for n in range(60):
        assert f"note{n:03d}" in whole or n == 30
    # The long note, split across pages, entirely and in order.
    words = LONG_NOTE.split()
    found = [whole.index(word) for word in words]
    assert found == sorted(found)
    first_page = next(i for i, page in enumerate(pages) if words[0] in page)
    last_page = next(i for i, page in enumerate(pages) if words[-1] in page)
    assert last_page > first_page
    assert whole.index("the end") > whole.index(words[-1])


# ---- the plan of the pages ---------------------------------------------------------

_WORDS = st.text(alphabet="abcdefgh ИКЛМН", min_size=0, max_size=40)
_LONG = st.text(alphabet="xyz", min_size=50, max_size=400)  # no space: wraps anywhere
_CELL = st.lists(st.one_of(_WORDS, _WORDS.map(lambda w: w * 12), _LONG), max_size=5).map(
    lambda parts: text("\n".join(parts))
)
_TABLE = st.integers(1, 4).flatmap(
    lambda width: st.builds(
        lambda rows, nowrap: Table(
            tuple(Column(f"Column {i}", 1 / width, nowrap and i == 0) for i in range(width)),
            tuple(rows),
        ),
        st.lists(st.tuples(*[_CELL] * width), max_size=25),
        st.booleans(),
    )
)
_BLOCK = st.one_of(
    st.builds(Heading, st.integers(1, 4), _WORDS),
    st.builds(Paragraph, _CELL),
    _TABLE,
)


def _plan(document: ReportDocument, size: QPageSize.PageSizeId) -> Pages:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, "plan")
    writer.setPageSize(QPageSize(size))  # small pages: more of them, more cuts
    return paginate(document, writer)


def _drawn(piece: Piece) -> list[tuple[int, float, float]]:
    """The lines of the piece: (line, top, bottom) on the page."""
    indices = piece.lines if piece.lines is not None else range(len(piece.flow.lines))
    return [
        (i, piece.y + piece.flow.lines[i][1], piece.y + piece.flow.lines[i][2]) for i in indices
    ]


def _top(piece: Piece) -> float:
    return min((top for _, top, _ in _drawn(piece)), default=piece.y)


def _bottom(piece: Piece) -> float:
    return max((bottom for _, _, bottom in _drawn(piece)), default=piece.y)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    blocks=st.lists(_BLOCK, min_size=1, max_size=8),
    size=st.sampled_from([QPageSize.PageSizeId.A4, QPageSize.PageSizeId.A6]),
)
def test_every_line_is_placed_once_in_order_within_the_page(
    qapp: object, blocks: list[Block], size: QPageSize.PageSizeId
) -> None:
    plan = _plan(ReportDocument(tuple(blocks), "{page}/{pages}"), size)
    placed: dict[int, list[tuple[int, float, int]]] = {}  # flow -> (page, y, line) drawn
    flows = {}
    for number, page in enumerate(plan.pages):
        headers = {p.block: p for p in page.pieces if p.header}
        for piece in page.pieces:
            if piece.header:
                continue
            flows[id(piece.flow)] = piece.flow
            for index, top, bottom in _drawn(piece):
                assert top >= -0.01
                assert bottom <= plan.height + 0.01
                placed.setdefault(id(piece.flow), []).append((number, top, index))
            if isinstance(blocks[piece.block], Table) and not piece.header:
                # A table's rows sit under its heading row, on every page it spans.
                assert _bottom(headers[piece.block]) <= _top(piece)
        if number < len(plan.pages) - 1 and page.pieces:
            # No page ends with a heading: it goes over with what it heads.
            last = max(page.pieces, key=_bottom)
            assert not isinstance(blocks[last.block], Heading)
    for key, spots in placed.items():
        flow = flows[key]
        assert sorted(index for _, _, index in spots) == list(range(len(flow.lines)))
        for column in {c for c, _, _ in flow.lines}:
            # A column's lines come page after page, each below the one before.
            mine = sorted((i, page, y) for page, y, i in spots if flow.lines[i][0] == column)
            assert [(p, y) for _, p, y in mine] == sorted((p, y) for _, p, y in mine)


@given(
    columns=st.lists(st.tuples(st.floats(0.0, 1.0), st.floats(0.0, 400.0)), min_size=1, max_size=8),
    total=st.floats(100.0, 2000.0),
)
def test_columns_fill_the_width_and_none_is_narrower_than_it_needs(
    columns: list[tuple[float, float]], total: float
) -> None:
    shares, least = [s for s, _ in columns], [w for _, w in columns]
    widths = column_widths(shares, least, total)
    assert sum(widths) == pytest.approx(total)
    if sum(least) < total:
        assert all(w >= need - 1e-6 for w, need in zip(widths, least, strict=True))
    else:  # all squeezed alike
        assert widths == pytest.approx([need * total / sum(least) for need in least])
    fair = [share / sum(shares) * total for share in shares] if sum(shares) else None
    if fair and all(need <= width for width, need in zip(fair, least, strict=True)):
        assert widths == pytest.approx(fair)  # in proportion when every column fits so


def test_words_read_back_as_the_letters_typed_never_as_ligatures(
    qapp: object, tmp_path: Path
) -> None:
    """ "fi" and "fl" drawn as one glyph come back from the PDF as U+FB01 and U+FB02: a
    trustee share's word ("fitness") or a name searched in a report would not be found."""
    words = "fitness flavor official affluent shuffle"
    target = tmp_path / "words.pdf"
    document = ReportDocument((Paragraph(text(words)), Paragraph(text(words, bold=True))), "{page}")
    write_pdf(document, "Words", target)
    read = " ".join(pdf_pages(target))
    assert read.split().count("fitness") == 2
    assert "\ufb01" not in read
    assert "\ufb02" not in read
