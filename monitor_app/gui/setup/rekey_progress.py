"""How far a re-key has got, on a busy bar.

A change to how the vault opens (a new passphrase, a recovery, a new recovery code, trustee
shares made or removed) re-encrypts every sealed value under a new master key in one
transaction (`core.vault.rekey`). The vault reports ``(done, total)`` as it goes; the bar
that runs the task fills with it and says how many values are done. The screens that run
a re-key keep their window open until it has answered: closing it would drop the answer,
and with it a new recovery code that is shown nowhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from monitor_app.gui.common.progress import BusyBar

CONTEXT = "RekeyProgress"


def show_rekey_progress(bar: BusyBar) -> None:
    """Make ``bar`` say how many sealed values a re-key has done (it is a plain busy
    indicator before the re-encryption starts: the key derivation comes first)."""
    bar.setTextVisible(True)
    # %v and %m are QProgressBar's: the value (done) and the maximum (total).
    bar.setFormat(QCoreApplication.translate(CONTEXT, "Re-encrypting the vault: %v of %m"))
    bar.setAccessibleName(QCoreApplication.translate(CONTEXT, "Re-encrypting the vault"))
