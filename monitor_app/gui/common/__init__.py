"""What every screen shares: the session that holds the unlocked vault (`session`), settings,
translation (`i18n`), the one background-task primitive (`tasks`) and the bars that run it
(`progress`), the one way to show an error or an inline message (`messages`), shared widgets
(`widgets`) and sizing (`layout`), choosing a passphrase (`passphrase`) and asking for it
again (`reauth`), base table models (`models`), field editors (`field_widgets`), file
choosers, the tool-screen frame (`tool_dialog`), and screen names and `show_dialog`, the one
way to open a dialog (`navigation`). Imports only `core`; nothing else in the GUI.
"""
