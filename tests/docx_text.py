"""A Word document read back with python-docx, as Word or LibreOffice would open it: its
words in order, the style of each paragraph, and each run's text, bold and italic — to
compare with the report document it was made from."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph

from monitor_app.core.coordination.report_document import Text

Run = tuple[str, bool, bool]  # text, bold, italic


def open_docx(path: Path) -> WordDocument:
    return docx.Document(str(path))


def docx_text(path: Path) -> str:
    """Every paragraph's and table cell's text in the order of the document, one a line,
    then the footer's."""
    word = open_docx(path)
    parts: list[str] = []
    for item in word.iter_inner_content():
        if isinstance(item, WordParagraph):
            parts.append(item.text)
        else:
            parts.extend(cell.text for row in item.rows for cell in row.cells)
    parts.extend(p.text for p in word.sections[0].footer.paragraphs)
    return "\n".join(parts)


def word_runs(paragraph: WordParagraph) -> list[Run]:
    """The runs that hold text (a line break's run left out)."""
    return [
        (run.text, bool(run.bold), bool(run.italic))
        for run in paragraph.runs
        if run.text and run.text != "\n"
    ]


def model_runs(lines: Text) -> list[Run]:
    """What `word_runs` should find for these lines: each span with text, as it is."""
    return [(span.text, span.bold, span.italic) for line in lines for span in line if span.text]


def model_text(lines: Text) -> str:
    """These lines as python-docx reads a paragraph holding them back."""
    return "\n".join("".join(span.text for span in line) for line in lines)


def footer_fields(word: WordDocument) -> list[str]:
    """The field codes in the first section's footer (PAGE, NUMPAGES ...)."""
    footer = word.sections[0].footer._element
    return [f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))]


def document_language(word: WordDocument) -> str:
    """The language every run has unless it says otherwise."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    lang = defaults.find(f".//{qn('w:lang')}")
    assert lang is not None
    return str(lang.get(qn("w:val")))
