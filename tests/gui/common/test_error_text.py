"""Issue 12, "Languages": the core's refusals reach the user in the UI's language. The core
raises a code and its params; `messages.error_text` translates the code's template and fills
in the params, scrubbed. Seen through the trial dialog, a background task and the import
screen's results, in Russian and in Kazakh; English stays the core's own words."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from monitor_app.core.error_messages import os_reason
from monitor_app.core.errors import StorageError, ValidationError
from monitor_app.core.languages import SOURCE_LANGUAGE
from monitor_app.core.sync.importer import REFUSED, Importer
from monitor_app.core.textsafe import REPLACEMENT
from monitor_app.gui.common.i18n import install_translators
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Progress, run_task
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.sync.models import ImportResultsModel
from tests.gui.helpers import child, click, remove_translators, shown, type_into

# What each language says for three refusals (a fragment of each translation).
SAYS = {
    "en": {
        "country-code": "two-letter ISO code",
        "trial-title-missing": "A trial needs a title.",
        "not-an-age-file": "not an age file",
        "os-disk-full": "the disk is full",
    },
    "ru": {
        "country-code": "двухбуквенным кодом ISO",
        "trial-title-missing": "У процесса должно быть название.",  # noqa: RUF001 (Russian)
        "not-an-age-file": "не файл age",
        "os-disk-full": "диск заполнен",
    },
    "kk": {
        "country-code": "екі әріпті ISO кодымен",
        "trial-title-missing": "Сот процесінің атауы болуы керек.",
        "not-an-age-file": "age файлы емес",
        "os-disk-full": "диск толы",
    },
}


@pytest.fixture(params=sorted(SAYS))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI in each language in turn, back in English afterwards."""
    lang: str = request.param
    remove_translators(qapp)
    install_translators(qapp, lang)
    yield lang
    remove_translators(qapp)
    install_translators(qapp, SOURCE_LANGUAGE)


def test_a_refusal_in_the_trial_dialog_is_in_the_ui_language_with_its_value_scrubbed(
    qtbot: QtBot, gui_session: VaultSession, language: str
) -> None:
    dialog = TrialDialog(gui_session)
    shown(qtbot, dialog)
    type_into(qtbot, dialog, "titleEdit", "T")
    # A bidi override cannot be typed through QTest; pasted, it arrives like this.
    child(dialog, QLineEdit, "countryEdit").setText("Belarus\u202e")
    click(qtbot, dialog, "okButton")
    shown_text = child(dialog, MessageLabel, "errorLabel").text()
    assert SAYS[language]["country-code"] in shown_text
    assert f"Belarus{REPLACEMENT}" in shown_text  # the value the user typed, made harmless
    assert gui_session.notebook.list_trials() == []


def test_a_refusal_in_a_background_task_is_in_the_ui_language(qtbot: QtBot, language: str) -> None:
    failures: list[str] = []

    def refuse(_progress: Progress, _cancel: threading.Event) -> None:
        raise ValidationError("trial-title-missing")

    run_task(refuse, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures == [SAYS[language]["trial-title-missing"]]


def test_a_refused_file_on_the_import_screen_says_why_in_the_ui_language(
    gui_session: VaultSession, tmp_path: Path, language: str
) -> None:
    not_a_bundle = tmp_path / "notes.age"
    not_a_bundle.write_text("dear diary", encoding="utf-8")
    (result,) = Importer(gui_session.vault).import_paths([not_a_bundle])
    assert result.status == REFUSED
    assert result.message == "This is not an encrypted Trial Monitor file (not an age file)."
    model = ImportResultsModel()
    model.set_records([result])
    assert SAYS[language]["not-an-age-file"] in model.index(0, ImportResultsModel.MESSAGE).data()


def test_why_the_system_refused_is_in_the_ui_language_too(language: str) -> None:
    refusal = StorageError("cannot-write-in", folder="/media/usb", **os_reason(OSError(28, "")))
    assert SAYS[language]["os-disk-full"] in error_text(refusal)
    assert "/media/usb" in error_text(refusal)


def test_error_text_in_english_is_the_core_message(language: str) -> None:
    refusal = ValidationError("country-code", got="XYZ")
    if language == SOURCE_LANGUAGE:
        assert error_text(refusal) == str(refusal)
    else:
        assert error_text(refusal) != str(refusal)
        assert "'XYZ'" in str(refusal)  # the CLI and the log keep English
