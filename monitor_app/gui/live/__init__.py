"""Live hearing mode: the screen an observer works in while a hearing runs (`screen`), the
actions without widgets (`controller`), the quick conditions and their buttons, the log,
the detail panel, clocks, and the compact logger beside a video call. Imports `core`,
`gui.common` and `gui.records`.
"""
