"""The desktop app: a thin Qt client of `monitor_app.core`.

`app` starts Qt (translation, the idle lock, a calm crash handler); `main_window` stacks the
pages: the setup wizard or unlock screen (`setup/`), then the workspace (`workspace/`). Below
them, one folder per capability, each using its core counterpart and `common/`: `records/`
(the record dialogs and editors), `live/` (live hearing mode), `sync/` (contacts, sending,
importing, removing), `coordinator/` (the findings window). Screens never import one another:
they ask the workspace's navigator. The GUI never issues SQL and never touches key material.
"""
