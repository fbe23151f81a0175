"""Getting into a vault: the first-run wizard, the unlock screen, recovery with the
recovery code, handing over a new recovery code, and the settings dialog (passphrase,
recovery code, auto-lock, language). Imports `core` and `gui.common`.
"""
