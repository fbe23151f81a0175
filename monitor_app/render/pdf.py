"""Reports as PDF, drawn page by page with Qt's text layout (QTextLayout) and painter on
QPdfWriter: no browser, no network, fonts from the system. Used by the desktop app and by
``trial-monitor report --format pdf``, which needs no display (offscreen platform).

In three passes: every text of the document is laid out (line breaks, heights), the blocks
are cut into pages, then the pages are painted, so that each page's footer can say how
many pages there are. Qt's own rich-text printing (QTextDocument) is several times slower
on long tables; what time this takes goes mostly to Qt's shaping of the text, its writing of
every glyph and its compression of each page (figures: docs/benchmarks.md).

A table row is one QTextLayout whose lines are placed in its columns, and a paragraph or
list is one QTextLayout whose lines are placed one under another: few Qt objects and few
calls per line. A row or paragraph that does not fit where it starts goes over to the
next page if it is short, or else is cut between lines, so that a note of thousands of
characters runs on over the next page; a table's heading row heads every page it spans,
and a heading goes over with what it heads.
"""

from __future__ import annotations

import os
import re
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLineF,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QUuid,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from monitor_app.core.coordination.report_document import (
    Block,
    BulletList,
    Heading,
    Line,
    PageBreak,
    Paragraph,
    ReportDocument,
    Span,
    Table,
    Text,
)
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.timeutil import from_utc_text
from monitor_app.core.vault.atomic import write_private_atomically

RESOLUTION_DPI = 300
MARGIN_MM = 15
# DejaVu Sans covers Latin, Cyrillic and Greek and is on most Linux systems; the others
# stand in elsewhere. Qt falls back per character to any system font for the rest.
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Segoe UI", "Helvetica", "Arial"]
BODY_PT = 9.0
TABLE_PT = 8.0
FOOTER_PT = 7.0
HEADING_PT = {1: 16.0, 2: 13.0, 3: 11.0, 4: 9.0}
HEADING_SPACE_PT = {1: (0.0, 4.0), 2: (0.0, 8.0), 3: (12.0, 4.0), 4: (6.0, 3.0)}  # above, below
PARAGRAPH_SPACE_PT = 4.0
TABLE_SPACE_PT = 6.0
CELL_PAD_PT = (3.0, 2.0)  # left and right, top and bottom
FOOTER_BAND_PT = 18.0
RULE_PT = 0.5
# A row or paragraph that does not fit where it starts moves whole to the next page when
# it is no taller than this share of a page; a taller one is cut where it starts, as long
# as this many of its lines fit there (no lone line at the foot of a page).
KEEP_WHOLE_SHARE = 1 / 3
MIN_LINES = 2
# Most of the page a column is widened to for its longest line (never wrapped) or word.
NOWRAP_MOST = 1 / 2
WORD_MOST = 1 / 4
HEADER_SHADE = QColor(235, 235, 235)
RULE_COLOUR = QColor(110, 110, 110)
GLYPH_CACHE_CHARACTERS = 3_000_000
LINE_BREAK = "\u2028"  # QTextLayout breaks the line here and draws nothing
BULLET = "• "


def ensure_gui_application() -> None:
    """Qt's text layout needs an application object; a command line run has none, and may
    have no display either. A QApplication (not a bare QGuiApplication), so that anything
    later in the same process that shows a widget still can."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the module so it lives as long as the process.
        global _APP  # noqa: PLW0603 (one per process, by Qt's rules)
        _APP = QApplication([])


_APP: QApplication | None = None


@dataclass(frozen=True)
class Flow:
    """Text laid out: a QTextLayout and, for each of its lines in order, the column it sits
    in and its top and bottom, relative to the flow's origin."""

    layout: QTextLayout
    lines: list[tuple[int, float, float]]
    height: float


@dataclass(frozen=True)
class Piece:
    """A flow, or some of its lines, on a page: drawn with its origin at the body's left
    edge, ``y`` down."""

    flow: Flow
    y: float
    lines: tuple[int, ...] | None  # None: every line
    block: int  # the document block it prints
    header: bool = False  # a table's heading row, repeated on every page the table spans


@dataclass
class Page:
    pieces: list[Piece] = field(default_factory=list)
    rules: list[QLineF] = field(default_factory=list)
    shades: list[QRectF] = field(default_factory=list)


@dataclass(frozen=True)
class Pages:
    pages: list[Page]
    width: float  # of the body, in device units
    height: float


def pdf_bytes(document: ReportDocument, title: str) -> bytes:
    """The document as a PDF. One made at a known time (``document.made_utc``) is the same
    file however often it is written: its times are that time, its id is worked out."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, title)
    if document.made_utc:
        name = f"trial-monitor:{document.lang}:{document.made_utc}:{title}"
        writer.setDocumentId(QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, name))))
    with cycle_collector_paused():  # a line is a few objects, none in a cycle
        _paint(paginate(document, writer), document.page_footer, writer)
    del writer  # finishes the file
    buffer.close()
    written = bytes(data.data())
    return _made_at(written, document.made_utc) if document.made_utc else written


# The times Qt writes into a PDF's head: in the document information dictionary, and in the
# XMP metadata stream (its first object after it); Qt has no setting for them.
_INFO_TIME = re.compile(rb"/(CreationDate|ModDate) \(D:[0-9]{14}(?:Z|[+-][0-9]{2}'[0-9]{2}')\)")
_XMP_TIME = re.compile(
    rb'xmp:(CreateDate|ModifyDate|MetadataDate)="[0-9]{4}-[0-9]{2}-[0-9]{2}T'
    rb'[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})"'
)
_HEAD = b"endstream"  # the end of the metadata stream: the times are all before it


def _made_at(pdf: bytes, made_utc: str) -> bytes:
    """``pdf`` with the times Qt wrote (the time of writing) replaced by ``made_utc``, each
    padded with spaces to its length so that no offset in the file moves."""
    made = from_utc_text(made_utc)
    info, xmp = made.strftime("%Y%m%d%H%M%S"), made.strftime("%Y-%m-%dT%H:%M:%SZ")
    end = pdf.find(_HEAD)
    if end < 0:
        return pdf

    def info_time(match: re.Match[bytes]) -> bytes:
        fixed = b"/%s (D:%sZ)" % (match.group(1), info.encode("ascii"))
        return fixed.ljust(len(match.group(0)))

    def xmp_time(match: re.Match[bytes]) -> bytes:
        fixed = b'xmp:%s="%s"' % (match.group(1), xmp.encode("ascii"))
        return fixed.ljust(len(match.group(0)))

    head = _XMP_TIME.sub(xmp_time, _INFO_TIME.sub(info_time, pdf[:end]))
    return head + pdf[end:]


def write_pdf(document: ReportDocument, title: str, target: Path) -> None:
    """The report as a PDF at ``target``, written privately and atomically."""
    write_private_atomically(target, pdf_bytes(document, title))


def new_writer(device: QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setTitle(title)
    writer.setCreator("Trial Monitor")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def paginate(document: ReportDocument, device: QPagedPaintDevice) -> Pages:
    """Every block laid out and cut into pages (nothing painted yet)."""
    return _Paginator(_Typesetter(device), document).run()


# ---- layout ---------------------------------------------------------------------------


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    # No ligatures: "fi" drawn as one glyph is copied and searched as U+FB01, not as the
    # letters typed (a trustee share's word, a name searched in a report).
    font.setFeature(QFont.Tag("liga"), 0)
    # Text of scripts that need no shaping to be legible (Latin, Cyrillic...) is not
    # shaped: its glyphs are the characters', advanced by their widths (no kerning). About
    # a seventh of a long report's time; scripts that need it are shaped still.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    # Whole-unit advances (1/300 inch): Qt writes each glyph's offset from the last, and
    # "23" is shorter to write and to compress than "22.5312500" (a long report's pages,
    # ~15% smaller, ~8% quicker); no one sees a 1/600 inch.
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    return font


def _utf16(text: str) -> int:
    """Qt counts positions in UTF-16 code units: a character beyond U+FFFF counts twice."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


class _Typesetter:
    """Lays texts out for one device: its fonts, units and text options."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.pt = device.logicalDpiY() / 72.0
        self.body = _font(BODY_PT)
        self.cell = _font(TABLE_PT)
        self.headings = {level: _font(size, bold=True) for level, size in HEADING_PT.items()}
        self.option = QTextOption()
        # Words wrap at spaces; an id, URL or other long unbroken string wraps anywhere
        # rather than running out of its column.
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.formats: dict[tuple[bool, bool], QTextCharFormat] = {}
        for bold in (False, True):
            for italic in (False, True):
                char_format = QTextCharFormat()
                char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
                char_format.setFontItalic(italic)
                self.formats[bold, italic] = char_format
        self.metrics = {
            False: QFontMetricsF(self.cell, device),
            True: QFontMetricsF(_font(TABLE_PT, bold=True), device),
        }
        self.advances: dict[tuple[str, bool], float] = {}
        self.bullet_width = QFontMetricsF(self.body, device).horizontalAdvance(BULLET)
        self.cache_budget = GLYPH_CACHE_CHARACTERS

    def _layout(self, texts: Sequence[Text], font: QFont) -> tuple[QTextLayout, list[int]]:
        """The texts in one layout, a line break between their lines and between them,
        bold and italic where their spans are; and where each text starts."""
        parts: list[str] = []
        starts: list[int] = []
        ranges: list[QTextLayout.FormatRange] = []
        at = 0
        for number, lines in enumerate(texts):
            if number:
                parts.append(LINE_BREAK)
                at += 1
            starts.append(at)
            for index, line in enumerate(lines):
                if index:
                    parts.append(LINE_BREAK)
                    at += 1
                for span in line:
                    length = _utf16(span.text)
                    if span.bold or span.italic:
                        styled = QTextLayout.FormatRange()
                        styled.start, styled.length = at, length
                        styled.format = self.formats[span.bold, span.italic]
                        ranges.append(styled)
                    parts.append(span.text)
                    at += length
        layout = QTextLayout("".join(parts), font, self.device)
        layout.setTextOption(self.option)
        # Glyphs kept from layout to painting rather than shaped a second time, up to a
        # budget: ~40 bytes a character, too many for the biggest trials.
        self.cache_budget -= at
        layout.setCacheEnabled(self.cache_budget > 0)
        if ranges:
            layout.setFormats(ranges)
        return layout, starts

    def row(self, cells: Sequence[Text], xs: Sequence[float], widths: Sequence[float]) -> Flow:
        """Cells side by side: the lines of cell i at xs[i], wrapped to widths[i]."""
        layout, starts = self._layout(cells, self.cell)
        lines: list[tuple[int, float, float]] = []
        append = lines.append
        # Where the cell after each begins: a line from there on is in a later column.
        after = [*starts[1:], 1 << 62]
        column, following = 0, after[0]
        width, x = widths[0], xs[0]
        y = height = 0.0
        create = layout.createLine
        layout.beginLayout()
        while (line := create()).isValid():
            if (start := line.textStart()) >= following:
                height = max(height, y)
                while start >= after[column]:
                    column += 1
                following, width, x, y = after[column], widths[column], xs[column], 0.0
            line.setLineWidth(width)
            line.setPosition(QPointF(x, y))
            bottom = y + line.height()
            append((column, y, bottom))
            y = bottom
        layout.endLayout()
        return Flow(layout, lines, max(height, y))

    def lines(self, items: Sequence[Text], font: QFont, width: float, hang: float = 0.0) -> Flow:
        """Texts one under another; the lines that wrap from an item indented by ``hang``."""
        layout, starts = self._layout(items, font)
        firsts = set(starts)
        lines: list[tuple[int, float, float]] = []
        y = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            indent = 0.0 if line.textStart() in firsts else hang
            line.setLineWidth(width - indent)
            line.setPosition(QPointF(indent, y))
            top, y = y, y + line.height()
            lines.append((0, top, y))
        layout.endLayout()
        return Flow(layout, lines, y)

    def advance(self, line: Line) -> float:
        """The width of a line of table text, unwrapped (remembered: they repeat)."""
        key = ("".join(span.text for span in line), any(span.bold for span in line))
        width = self.advances.get(key)
        if width is None:
            width = self.advances[key] = self.metrics[key[1]].horizontalAdvance(key[0])
        return width


def column_widths(shares: Sequence[float], least: Sequence[float], total: float) -> list[float]:
    """Widths that add up to ``total``, in proportion to ``shares`` but none narrower than
    its ``least``: the narrow ones widened, the others narrowed in proportion to their
    shares. Where even the least widths do not fit, those, scaled down."""
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]
    shares = [max(share, 0.0) for share in shares]
    widened: set[int] = set()
    while True:
        free = total - sum(least[i] for i in widened)
        rest = [i for i in range(len(shares)) if i not in widened]
        weight = sum(shares[i] for i in rest)
        widths = [
            least[i] if i in widened else free * (shares[i] / weight if weight else 1 / len(rest))
            for i in range(len(shares))
        ]
        narrow = {i for i in rest if widths[i] < least[i]}
        if not narrow:
            return widths
        widened |= narrow


# ---- pages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _TableLayout:
    block: int
    header: Flow
    rows: list[Flow]
    edges: list[float]  # each column's left edge, then the table's right edge


# A text and its heading level (0: not a heading), a table, or None: a new page.
_Laid = tuple[Flow, int] | _TableLayout | None


class _Paginator:
    def __init__(self, setter: _Typesetter, document: ReportDocument) -> None:
        self.setter = setter
        self.document = document
        self.pt = pt = setter.pt
        self.width = float(setter.device.width())
        self.height = float(setter.device.height()) - FOOTER_BAND_PT * pt
        self.pad_x, self.pad_y = CELL_PAD_PT[0] * pt, CELL_PAD_PT[1] * pt
        self.pages = [Page()]
        self.y = 0.0
        self.table: _TableLayout | None = None  # the table being placed, for its heading row
        self.table_top = 0.0  # where its part on this page starts

    def run(self) -> Pages:
        laid = [self._lay_out(number, block) for number, block in enumerate(self.document.blocks)]
        for number, item in enumerate(laid):
            if item is None:
                if self.y > 0:
                    self._new_page()
                continue
            if isinstance(item, _TableLayout):
                self._place_table(item)
                continue
            flow, level = item
            if level:
                above, below = HEADING_SPACE_PT[level]
                if self.y > 0:
                    self.y += above * self.pt
                    if self._room() < self._lead(laid, number):
                        self._new_page()
                self._put(Piece(flow, self.y, None, number), flow.height)
                self.y += below * self.pt
            else:
                self._place_flow(number, flow, 0.0)
                self.y += PARAGRAPH_SPACE_PT * self.pt
        return Pages(self.pages, self.width, self.height)

    # -- laying blocks out

    def _lay_out(self, number: int, block: Block) -> _Laid:
        setter = self.setter
        if isinstance(block, PageBreak):
            return None
        if isinstance(block, Heading):
            level = min(max(block.level, 1), max(HEADING_PT))
            return setter.lines([((Span(block.text),),)], setter.headings[level], self.width), level
        if isinstance(block, Paragraph):
            return setter.lines([block.lines], setter.body, self.width), 0
        if isinstance(block, BulletList):
            items = [((Span(BULLET), *item),) for item in block.items]
            return setter.lines(items, setter.body, self.width, setter.bullet_width), 0
        return self._lay_out_table(number, block)

    def _lay_out_table(self, number: int, table: Table) -> _TableLayout:
        setter, pad = self.setter, self.pad_x
        least = []
        for index, column in enumerate(table.columns):
            if column.nowrap:
                # Its longest line, up to half the page: beyond that it wraps after all.
                widest = max(
                    (setter.advance(line) for row in table.rows for line in row[index]),
                    default=0.0,
                )
                least.append(min(widest + 2 * pad, self.width * NOWRAP_MOST))
            else:
                # Its longest word, so that words wrap whole; an id or URL longer than
                # this share of the page is wrapped anywhere instead.
                word, bold = max(
                    (
                        (max(span.text.split(), key=len, default=""), span.bold)
                        for row in table.rows
                        for line in row[index]
                        for span in line
                    ),
                    key=lambda found: len(found[0]),
                    default=("", False),
                )
                longest = setter.advance((Span(word, bold),))
                least.append(min(longest + 2 * pad, self.width * WORD_MOST))
            heading = max(column.heading.split(), key=len, default="")
            least[-1] = max(least[-1], setter.advance((Span(heading, bold=True),)) + 2 * pad)
        widths = column_widths([c.width for c in table.columns], least, self.width)
        edges = [sum(widths[:i]) for i in range(len(widths) + 1)]
        xs = [edge + pad for edge in edges[:-1]]
        inner = [max(w - 2 * pad, pad) for w in widths]
        header = setter.row([((Span(c.heading, bold=True),),) for c in table.columns], xs, inner)
        return _TableLayout(number, header, [setter.row(r, xs, inner) for r in table.rows], edges)

    # -- placing them

    def _room(self) -> float:
        return self.height - self.y

    def _new_page(self) -> None:
        self._close_table_on_page()
        self.pages.append(Page())
        self.y = 0.0
        if self.table is not None:
            self._place_header(self.table)

    def _put(self, piece: Piece, height: float) -> None:
        """A piece here, ``height`` tall; in a table, with a rule below it."""
        self.pages[-1].pieces.append(piece)
        self.y += height
        if self.table is not None:
            self.pages[-1].rules.append(QLineF(0.0, self.y, self.table.edges[-1], self.y))

    def _lead(self, laid: Sequence[_Laid], number: int) -> float:
        """How much of a block must fit on the page it starts on: for a heading, the
        least of what follows too, so that no heading ends a page."""
        item = laid[number]
        if item is None:
            return 0.0
        if isinstance(item, _TableLayout):
            first = item.rows[0] if item.rows else None
            rows = self._first_piece(first, self.pad_y) if first else 0.0
            return self._header_height(item) + rows
        flow, level = item
        if not level:
            return self._first_piece(flow, 0.0)
        lead = flow.height + HEADING_SPACE_PT[level][1] * self.pt
        if number + 1 < len(laid):
            following = laid[number + 1]
            if following is None:
                return lead
            if not isinstance(following, _TableLayout) and following[1]:
                lead += HEADING_SPACE_PT[following[1]][0] * self.pt
            lead += self._lead(laid, number + 1)
        return lead

    def _first_piece(self, flow: Flow, pad: float) -> float:
        """The least of a flow that may end a page, with ``pad`` above and below: all of
        it if it is short, else its first lines."""
        whole = flow.height + 2 * pad
        if whole <= self.height * KEEP_WHOLE_SHARE:
            return whole
        by_column: dict[int, list[float]] = {}
        for column, _top, bottom in flow.lines:
            by_column.setdefault(column, []).append(bottom)
        first = max((b[min(MIN_LINES, len(b)) - 1] for b in by_column.values()), default=0.0)
        return first + 2 * pad

    def _place_flow(self, number: int, flow: Flow, pad: float) -> None:
        """The flow here, or cut between lines over as many pages as it takes, with
        ``pad`` above and below each piece (a table cell's)."""
        whole = flow.height + 2 * pad
        room = self._room()
        if whole > room and room < self._first_piece(flow, pad) and not self._at_top():
            self._new_page()  # a short one goes over whole; a long one starts here
        if whole <= self._room():
            self._put(Piece(flow, self.y + pad, None, number), whole)
            return
        queues: list[deque[int]] = []
        for index, (column, _top, _bottom) in enumerate(flow.lines):
            while len(queues) <= column:
                queues.append(deque())
            queues[column].append(index)
        while True:
            offset = min(flow.lines[q[0]][1] for q in queues if q)
            room = self._room() - 2 * pad
            taken: list[int] = []
            bottom = 0.0
            for queue in queues:
                while queue and flow.lines[queue[0]][2] - offset <= room:
                    taken.append(queue.popleft())
                    bottom = max(bottom, flow.lines[taken[-1]][2] - offset)
            if not taken and self._at_top():
                # A line taller than a page (never, at these sizes): printed even so.
                queue = next(q for q in queues if q and flow.lines[q[0]][1] == offset)
                taken.append(queue.popleft())
                bottom = flow.lines[taken[-1]][2] - offset
            if taken:
                piece = Piece(flow, self.y + pad - offset, tuple(sorted(taken)), number)
                self._put(piece, bottom + 2 * pad)
            if not any(queues):
                return
            self._new_page()

    def _at_top(self) -> bool:
        """Nothing on this page yet but, in a table, its heading row."""
        if self.table is None:
            return self.y <= 0.0
        return self.y <= self.table_top + self._header_height(self.table)

    def _header_height(self, table: _TableLayout) -> float:
        return table.header.height + 2 * self.pad_y

    def _place_table(self, table: _TableLayout) -> None:
        if self.y > 0 and self._room() < self._lead([table], 0):
            self._new_page()
        self.table = table
        self._place_header(table)
        for row in table.rows:
            self._place_flow(table.block, row, self.pad_y)
        self._close_table_on_page()
        self.table = None
        self.y += TABLE_SPACE_PT * self.pt

    def _place_header(self, table: _TableLayout) -> None:
        self.table_top = self.y
        height = self._header_height(table)
        page = self.pages[-1]
        page.shades.append(QRectF(0.0, self.y, table.edges[-1], height))
        page.rules.append(QLineF(0.0, self.y, table.edges[-1], self.y))
        self._put(Piece(table.header, self.y + self.pad_y, None, table.block, True), height)

    def _close_table_on_page(self) -> None:
        """The column rules of the table's part on this page."""
        if self.table is not None:
            rules = self.pages[-1].rules
            rules.extend(QLineF(x, self.table_top, x, self.y) for x in self.table.edges)


# ---- painting -------------------------------------------------------------------------


def _paint(laid_out: Pages, footer: str, writer: QPdfWriter) -> None:
    painter = QPainter(writer)
    pt = writer.logicalDpiY() / 72.0
    text_pen = QPen(QColor(0, 0, 0))
    rule_pen = QPen(RULE_COLOUR)
    rule_pen.setWidthF(RULE_PT * pt)
    painter.setFont(_font(FOOTER_PT))
    footer_box = QRectF(0.0, laid_out.height, laid_out.width, writer.height() - laid_out.height)
    total = len(laid_out.pages)
    for number, page in enumerate(laid_out.pages, start=1):
        if number > 1:
            writer.newPage()
        for shade in page.shades:
            painter.fillRect(shade, HEADER_SHADE)
        painter.setPen(text_pen)
        for piece in page.pieces:
            origin = QPointF(0.0, piece.y)
            if piece.lines is None:
                piece.flow.layout.draw(painter, origin)
            else:
                layout = piece.flow.layout
                for index in piece.lines:
                    layout.lineAt(index).draw(painter, origin)
        painter.setPen(rule_pen)
        painter.drawLines(page.rules)
        painter.drawText(
            footer_box,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            footer.format(page=number, pages=total),
        )
    painter.end()
