"""The workspace shown while the vault is unlocked: trials, hearings and a hearing's
observations and checklist, the toolbar, and the way into live mode; and its navigator, the
one place that opens its dialogs and the tool screens (contacts, sync, import, findings).
The top of the screens: it may import every other gui folder; none imports it.
"""
