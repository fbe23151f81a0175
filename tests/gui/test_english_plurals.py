"""English reads "4 changes" and "1 change", never "4 change(s)": the whole-flow walk saw
"listing 4 change(s)" on the Report tab and "Imported 14 new change(s)" in the Import
window. English is the catalogues' source and has no plural forms of its own, so every
plural message of a screen (a ``tr`` with a "(s)" or "y(ies)" in it) is shown through
`count_words.counted` (or, counted outside a class, `count_words`'s own words), and its
English is written to read right either way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from monitor_app.gui.common.count_words import counted
from tests.gui.helpers import ROOT

GUI = ROOT / "monitor_app" / "gui"
MARKS = ("(s)", "(ies)")
# What shows a counted message: `counted(tr(...), source, n)`; `_counted(translate(...))`
# in count_words, whose English is the core's own words.
SHOWN_BY = {"counted", "_counted"}


def _plural_messages_shown_bare(path: Path) -> list[str]:
    """The ``tr``/``translate`` calls in ``path`` whose English has a "(s)" and that no
    `counted` shows, as "file:line: source"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in SHOWN_BY
            and node.args
        ):
            inside.add(id(node.args[0]))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in ("tr", "translate"):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        source = next((t for t in texts if isinstance(t, str) and any(m in t for m in MARKS)), "")
        if source and id(node) not in inside:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {source}")
    return found


def test_every_plural_message_of_the_screens_is_shown_through_counted() -> None:
    bare = [
        line for path in sorted(GUI.rglob("*.py")) for line in _plural_messages_shown_bare(path)
    ]
    assert bare == []


@pytest.mark.parametrize(
    ("source", "n", "english"),
    [
        (
            "Wrote a {kind} update listing %n change(s).",
            4,
            "Wrote a {kind} update listing 4 changes.",
        ),
        (
            "Wrote a {kind} update listing %n change(s).",
            1,
            "Wrote a {kind} update listing 1 change.",
        ),
        ("%n entry(ies) ignored.", 1, "1 entry ignored."),
        ("%n entry(ies) ignored.", 3, "3 entries ignored."),
        ("%n change(s) in %n record(s)", 0, "0 changes in 0 records"),
    ],
)
def test_counted_gives_english_its_plural(source: str, n: int, english: str) -> None:
    # No catalogue is installed: Qt gives back the source with %n filled in.
    assert counted(QCoreApplication.translate("Test", source, None, n), source, n) == english


def test_counted_shows_a_catalogues_words_as_they_are() -> None:
    assert counted("Записано 4 изменения.", "Wrote %n change(s).", 4) == "Записано 4 изменения."
