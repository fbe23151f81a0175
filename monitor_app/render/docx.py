"""Reports as Word documents (.docx) through python-docx, for lawyers to edit in Word or
LibreOffice: the blocks of a report document (`core.coordination.report_document`) as the
PDF prints them, in Word's own styles — Heading 1-4, List Bullet, a table style with the
heading row repeated on every page — A4 like the PDF, "Page X of Y" from Word's PAGE and
NUMPAGES fields, and the report's language on its text so that Word checks the spelling in
Russian or Kazakh rather than in English. Used by the desktop app and by
``trial-monitor report --format docx``; no Qt.

Table rows are built as XML elements directly rather than through python-docx's cell
objects: a chronology has tens of thousands of cells, and each cell object looks the whole
row up again. Text still goes into the XML as text, never as markup.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from lxml.etree import SubElement as _sub

from monitor_app.core.coordination.report_document import (
    BulletList,
    Column,
    Heading,
    PageBreak,
    Paragraph,
    ReportDocument,
    Span,
    Table,
    Text,
)
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.timeutil import from_utc_text
from monitor_app.core.textsafe import REPLACEMENT, one_line
from monitor_app.core.vault.atomic import write_private_atomically

PAGE_MM = (210, 297)  # A4, as the PDF
MARGIN_MM = 15
BODY_PT = 10
TABLE_PT = 9
PARAGRAPH_SPACE_PT = 4
TABLE_STYLE = "Table Grid"
TABLE_TEXT_STYLE = "Table Text"  # ours: the body's font, smaller, no space after
BULLET_STYLE = "List Bullet"
HEADER_SHADE = "EBEBEB"  # the PDF's heading-row grey
# The report's language as Word's proofing tools name it.
WORD_LANGUAGES = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}
# What XML 1.0 cannot hold: controls other than tab and line ends, lone surrogates, U+FFFE
# and U+FFFF. A report's text is scrubbed of most already (core.textsafe); U+FFFE and
# U+FFFF are not, and a single one would stop the whole file being written.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FOOTER_FIELDS = re.compile(r"(\{page\}|\{pages\})")
_FIELD_CODES = {"{page}": "PAGE", "{pages}": "NUMPAGES"}

_P, _PPR, _PSTYLE = qn("w:p"), qn("w:pPr"), qn("w:pStyle")
_R, _RPR, _B, _I, _T, _TAB, _BR = (
    qn(f"w:{tag}") for tag in ("r", "rPr", "b", "i", "t", "tab", "br")
)
_TR, _TRPR, _TBL_HEADER, _CANT_SPLIT = (
    qn(f"w:{t}") for t in ("tr", "trPr", "tblHeader", "cantSplit")
)
_TC, _TCPR, _TCW, _SHD = qn("w:tc"), qn("w:tcPr"), qn("w:tcW"), qn("w:shd")
_VAL, _W, _TYPE, _FILL, _COLOR = (qn(f"w:{a}") for a in ("val", "w", "type", "fill", "color"))
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def docx_bytes(document: ReportDocument, title: str) -> bytes:
    """The report as the bytes of a .docx file."""
    word = docx.Document()  # python-docx's own template: Word's built-in styles
    _set_up(word, document, title)
    with cycle_collector_paused():  # an element or two per run, none in a cycle
        writer = _Writer(word)
        after_table = False
        for block in document.blocks:
            if isinstance(block, Heading):
                writer.heading(block)
            elif isinstance(block, Paragraph):
                writer.paragraph(block.lines)
            elif isinstance(block, BulletList):
                for item in block.items:
                    writer.paragraph((item,), writer.bullet_style)
            elif isinstance(block, PageBreak):
                writer.page_break()
            else:
                if after_table:
                    writer.paragraph(())  # Word makes one table of two that touch
                writer.table(block)
            after_table = isinstance(block, Table)
        out = io.BytesIO()
        word.save(out)
    if not document.made_utc:
        return out.getvalue()
    return _zipped_at(out.getvalue(), from_utc_text(document.made_utc))


def _zipped_at(data: bytes, made: datetime) -> bytes:
    """The .docx (a ZIP) with every part stamped ``made`` rather than the time of writing:
    the same document, the same bytes."""
    stamp = made.timetuple()[:6]
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            part = zipfile.ZipInfo(item.filename, date_time=stamp)
            part.compress_type = zipfile.ZIP_DEFLATED
            part.external_attr = item.external_attr
            target.writestr(part, source.read(item))
    return out.getvalue()


def write_docx(document: ReportDocument, title: str, target: Path) -> None:
    """The report as a .docx file at ``target``, written privately and atomically."""
    write_private_atomically(target, docx_bytes(document, title))


def _xml_text(value: str) -> str:
    """``value`` with what XML cannot hold replaced by U+FFFD (as core.textsafe does with
    controls: visibly, rather than silently joining the words around it)."""
    return _NOT_XML.sub(REPLACEMENT, value)


def _set_up(word: WordDocument, document: ReportDocument, title: str) -> None:
    """Page, styles, footer, language and properties, before any text."""
    section = word.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.left_margin = section.right_margin = Mm(MARGIN_MM)
    section.top_margin = section.bottom_margin = Mm(MARGIN_MM)
    styles = word.styles
    normal = styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(PARAGRAPH_SPACE_PT)
    normal.paragraph_format.line_spacing = 1.0
    cell = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(TABLE_PT)
    cell.paragraph_format.space_after = Pt(0)
    language = WORD_LANGUAGES.get(document.lang)
    if language:
        # The default for every run: Word and LibreOffice check spelling in it.
        styles.element.find(f"{qn('w:docDefaults')}//{qn('w:lang')}").set(_VAL, language)
    properties = word.core_properties
    properties.title = _xml_text(one_line(title))
    # Nobody's name: python-docx's template names itself as the author.
    properties.author = properties.last_modified_by = properties.comments = ""
    # The report's own time when it has one: the same report, the same file.
    made = from_utc_text(document.made_utc) if document.made_utc else datetime.now(UTC)
    properties.created = properties.modified = made
    properties.revision = 1
    properties.language = language or ""
    if document.page_footer:
        _footer(section.footer.paragraphs[0], document.page_footer)


def _footer(paragraph: Any, template: str) -> None:
    """The footer's words with PAGE and NUMPAGES fields where the template has {page} and
    {pages}, so that Word numbers the pages as it lays them out."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    element = paragraph._p
    for piece in _FOOTER_FIELDS.split(template):
        code = _FIELD_CODES.get(piece)
        if code is None:
            if piece:
                _append_span(element, Span(piece))
            continue
        field = _sub(element, qn("w:fldSimple"), {qn("w:instr"): f" {code} "})
        _append_span(field, Span("1"))  # shown until Word updates the field


class _Writer:
    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.body_width = Mm(PAGE_MM[0] - 2 * MARGIN_MM)
        # Styles by id: python-docx looks a style given by name up among all of them.
        styles = word.styles
        self.cell_style = styles[TABLE_TEXT_STYLE].style_id
        self.table_style = styles[TABLE_STYLE].style_id
        self.bullet_style = styles[BULLET_STYLE].style_id
        self.headings = {level: styles[f"Heading {level}"].style_id for level in range(1, 10)}

    def page_break(self) -> None:
        """What follows starts on a new page: a paragraph holding a page break."""
        paragraph = self.word.add_paragraph()._p
        _sub(_sub(paragraph, _R), _BR, {_TYPE: "page"})

    def heading(self, block: Heading) -> None:
        style = self.headings[min(max(block.level, 1), max(self.headings))]
        self.paragraph(((Span(block.text),),), style)

    def paragraph(self, lines: Text, style: str | None = None) -> None:
        paragraph = self.word.add_paragraph()._p
        paragraph.style = style
        _append_lines(paragraph, lines)

    def table(self, block: Table) -> None:
        if not block.columns:
            return  # Word has no table without a cell
        table = self.word.add_table(rows=0, cols=len(block.columns))
        grid = table._tbl
        grid.tblStyle_val = self.table_style
        table.autofit = False  # fixed layout: the columns keep the widths given
        widths = _column_widths(block.columns, round(self.body_width.twips))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Twips(width)
        table_width = grid.tblPr.find(qn("w:tblW"))
        table_width.set(_TYPE, "dxa")
        table_width.set(_W, str(sum(widths)))
        heading_row = tuple(((Span(c.heading, bold=True),),) for c in block.columns)
        self._row(grid, heading_row, widths, heading=True)
        for row in block.rows:
            self._row(grid, row, widths)

    def _row(
        self, grid: Any, cells: Sequence[Text], widths: Sequence[int], heading: bool = False
    ) -> None:
        row = _sub(grid, _TR)
        if heading:
            # Repeated at the top of every page the table runs on to, and never split.
            properties = _sub(row, _TRPR)
            _sub(properties, _TBL_HEADER)
            _sub(properties, _CANT_SPLIT)
        for lines, width in zip(cells, widths, strict=True):
            cell = _sub(row, _TC)
            properties = _sub(cell, _TCPR)
            _sub(properties, _TCW, {_W: str(width), _TYPE: "dxa"})
            if heading:
                _sub(properties, _SHD, {_VAL: "clear", _COLOR: "auto", _FILL: HEADER_SHADE})
            paragraph = _sub(cell, _P)
            _sub(_sub(paragraph, _PPR), _PSTYLE, {_VAL: self.cell_style})
            _append_lines(paragraph, lines)


def _column_widths(columns: Sequence[Column], total: int) -> list[int]:
    """Each column's share of ``total`` (twips), in proportion to its width."""
    shares = [max(c.width, 0.0) for c in columns]
    whole = sum(shares)
    if whole:
        widths = [int(total * share / whole) for share in shares]
    else:
        widths = [total // len(shares)] * len(shares)
    widths[-1] += total - sum(widths)  # the rounding, to the last column
    return widths


def _append_lines(paragraph: Any, lines: Text) -> None:
    """The lines as runs of the paragraph, a line break between them."""
    for index, line in enumerate(lines):
        if index:
            _sub(_sub(paragraph, _R), _BR)
        for span in line:
            _append_span(paragraph, span)


def _append_span(parent: Any, span: Span) -> None:
    """A run: bold and italic as the span is, a tab where it has one, its text as text."""
    run = _sub(parent, _R)
    if span.bold or span.italic:
        properties = _sub(run, _RPR)
        if span.bold:
            _sub(properties, _B)
        if span.italic:
            _sub(properties, _I)
    for index, piece in enumerate(_xml_text(span.text).split("\t")):
        if index:
            _sub(run, _TAB)
        if piece:
            text = _sub(run, _T)
            text.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                text.set(_XML_SPACE, "preserve")
