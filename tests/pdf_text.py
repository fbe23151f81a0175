"""A PDF read back as text by a real PDF tool (poppler's pdftotext, which scripts/setup.sh
installs): what a reader of the file would find in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh"
)


def pdf_text(path: Path) -> str:
    """The text of every page, in the order it was drawn (-raw: a cell's lines together)."""
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def pdf_pages(path: Path) -> list[str]:
    """Each page's text (pdftotext ends every page with a form feed)."""
    return pdf_text(path).split("\f")[:-1]
