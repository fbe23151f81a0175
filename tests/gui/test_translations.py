"""Each translated language's catalogue (Russian, Kazakh) is complete, current and compiled,
keeps every placeholder and access key, and is really in its language; Qt's own dialogs
(file dialog, standard buttons) speak it too."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from monitor_app.core.languages import LANGUAGES, SOURCE_LANGUAGE
from monitor_app.gui.common.i18n import install_translators
from tests.gui.helpers import CATALOGUES, ROOT, messages, remove_translators
from tests.kazakh import not_kazakh

BIN = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv" / "bin" / "pyside6-lupdate").parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d|&(?=\w)")


def test_there_is_a_catalogue_for_every_language() -> None:
    translated = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
    assert [p.name for p in CATALOGUES] == sorted(f"trial_monitor_{x}.ts" for x in translated)


def _texts(ts: Path) -> dict[tuple[str, str], str]:
    """Each message's translation (a plural one's first form)."""
    texts = {}
    for key, message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts[key] = forms[0] if forms else translation.text or ""
    return texts


def test_the_kazakh_catalogue_is_kazakh_not_russian() -> None:
    """A placeholder in Russian (a copied catalogue) or an unfinished sentence fails."""
    folder = ROOT / "resources" / "translations"
    kazakh, russian = _texts(folder / "trial_monitor_kk.ts"), _texts(folder / "trial_monitor_ru.ts")
    suspect = [key for key, text in kazakh.items() if not_kazakh(text, russian.get(key, ""))]
    assert suspect == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_is_complete_and_keeps_placeholders(ts: Path) -> None:
    problems = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        # A plural message has one <numerusform> per Russian plural form.
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if kind == "unfinished" or not text.strip():
                problems.append(f"untranslated: {context}: {source!r}")
            elif sorted(PLACEHOLDER.findall(source.replace("&&", ""))) != sorted(
                PLACEHOLDER.findall(text.replace("&&", ""))
            ):
                problems.append(f"placeholders differ: {context}: {source!r} -> {text!r}")
    assert problems == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_is_current_with_the_code(ts: Path, tmp_path: Path) -> None:
    """Every string in the code is in the catalogue (run scripts/update_translations.sh)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "monitor_app" / "gui").rglob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "monitor_app/core/error_messages").glob("*_words.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = set(messages(fresh)) - set(messages(ts))
    assert sorted(missing) == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_matches_its_source(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes()


# What Qt's own file dialog and button box say, per language: its labels, the Type column's
# word for a folder and the Cancel button. Qt's Russian catalogue lacks the first three in
# Qt 6's wording; gui.common.i18n.QT_GAPS puts them in ours.
QT_OWN = {
    "en": ("&Look in:", "Files of &type:", "Folder", "Cancel"),
    "ru": ("&Перейти к:", "&Типы файлов:", "Папка", "Отмена"),
    "kk": ("Қайда қ&арау:", "Файлдар &түрі:", "Бума", "Бас тарту"),  # noqa: RUF001 (Kazakh)
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_own_dialogs_speak_the_language(qapp: QApplication, language: str) -> None:
    installed = install_translators(qapp, language)
    try:
        # Ours and Qt's own, for every language but the source.
        assert len(installed) == (0 if language == SOURCE_LANGUAGE else 2)
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        look_in = dialog.findChild(QLabel, "lookInLabel")
        file_type = dialog.findChild(QLabel, "fileTypeLabel")
        assert look_in is not None
        assert file_type is not None
        shown = (
            look_in.text(),
            file_type.text(),
            QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
            buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
        )
        dialog.deleteLater()
        buttons.deleteLater()
    finally:
        remove_translators(qapp)
        install_translators(qapp, SOURCE_LANGUAGE)
    assert shown == QT_OWN[language]
