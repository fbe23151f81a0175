"""How far a re-key has got, on a busy bar.

A change to how the vault opens (a new passphrase, a recovery, a new recovery code, trustee
shares made or removed) re-encrypts every sealed value under a new master key in one
transaction (`core.vault.rekey`). The vault reports ``(done, total)`` as it goes; the bar
that runs the task fills with it and says how many values are done. The screens that run
a re-key keep their window open until it has answered: closing it would drop the answer,
and with it a new recovery code that is shown nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from monitor_app.gui.common.passphrase import NewPassphraseForm
from monitor_app.gui.common.progress import BusyBar, DialogFooter
from monitor_app.gui.common.widgets import paragraph

CONTEXT = "RekeyProgress"


def show_rekey_progress(bar: BusyBar) -> None:
    """Make ``bar`` say how many sealed values a re-key has done (it is a plain busy
    indicator before the re-encryption starts: the key derivation comes first)."""
    bar.setTextVisible(True)
    # %v and %m are QProgressBar's: the value (done) and the maximum (total).
    bar.setFormat(QCoreApplication.translate(CONTEXT, "Re-encrypting the vault: %v of %m"))
    bar.setAccessibleName(QCoreApplication.translate(CONTEXT, "Re-encrypting the vault"))


class NewPassphrasePage(QWidget):
    """A page that asks for a new passphrase and re-keys the vault with it: ``intro``, the
    new passphrase twice (`form`, whose first rows the screen adds: what proves the right
    to change it), ``below`` if given, and a footer (its object name and its action's words)
    whose bar counts the re-encryption."""

    def __init__(
        self,
        intro: str,
        footer: tuple[str, str],
        parent: QWidget,
        *,
        on_accept: Callable[[], None],
        on_reject: Callable[[], None],
        below: QLayout | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = NewPassphraseForm(self)
        name, action = footer
        self.footer = DialogFooter(name, action, on_accept, on_reject, self)
        show_rekey_progress(self.footer.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(paragraph(intro, self))
        layout.addWidget(self.form)
        if below is not None:
            layout.addLayout(below)
        layout.addStretch(1)
        layout.addWidget(self.footer)
