"""The desktop app: a thin Qt client of `monitor_app.core`.

Layout: `app` starts Qt; `main_window` stacks the pages (setup wizard, unlock, workspace);
`session` owns the unlocked vault for the GUI and locks it (idle timer, panic shortcut);
`tasks` runs slow core calls off the UI thread. Screens and dialogs have a module each.
The GUI never issues SQL and never touches key material: it calls `Notebook` and `Vault`.
"""
