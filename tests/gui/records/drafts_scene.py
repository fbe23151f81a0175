"""How the tests of form drafts (tests/gui/records/test_form_drafts.py,
test_aftermath_drafts.py) wait for a draft, crash a form, lock and unlock, and read what
the workspace offers back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from monitor_app.core.records.form_drafts import FormKey, FormState, load_form_draft
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.workspace.drafts_offer import DraftsOffer
from monitor_app.gui.workspace.workspace import WorkspacePage
from tests.gui.helpers import child, shown, unlock_session


def drafted(qtbot: QtBot, session: VaultSession, key: FormKey, state: FormState) -> None:
    """Wait for the draft timer: ``state`` sealed as ``key``'s draft (no OK, no lock)."""

    def sealed() -> bool:
        draft = load_form_draft(session.notebook, key)
        return draft is not None and draft.state == state

    qtbot.waitUntil(sealed, timeout=5000)


def crash(qtbot: QtBot, form: QDialog) -> None:
    """The app dies with the form open: no OK, no Cancel, no lock reaches the form. The
    form goes as Qt deletes any object, from the event loop (never finished, so nothing of
    the save or cancel paths runs); an immediate delete from Python, in the middle of Qt's
    own bookkeeping, corrupted memory that a later test tripped over."""
    form.hide()
    with qtbot.waitSignal(form.destroyed):
        form.deleteLater()


def relock(session: VaultSession) -> None:
    session.lock()
    unlock_session(session)


def workspace(qtbot: QtBot, session: VaultSession, settings: AppSettings) -> WorkspacePage:
    return shown(qtbot, WorkspacePage(session, settings), (1100, 720))


def offered(page: WorkspacePage) -> list[str]:
    offer = child(page, DraftsOffer, "draftsOffer")
    if not offer.isVisible():
        return []
    return [child(offer, QLabel, f"draftText{i}").text() for i in range(len(offer.drafts))]
