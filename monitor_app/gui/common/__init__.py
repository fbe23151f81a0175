"""What every screen shares: the session that holds the unlocked vault (`session`), settings,
translation (`i18n`), the one background-task primitive (`tasks`, `progress`), shared
widgets and messages (`widgets`, `reauth`), base table models (`models`), field editors
(`field_widgets`), file choosers, the tool-screen frame (`tool_dialog`), screen names for
the navigator (`navigation`). Imports only `core`; nothing else in the GUI.
"""
