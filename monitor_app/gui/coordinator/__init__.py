"""The findings window: every observer's records read together, in tabs (dashboard,
observers, trials, timeline, hearing sessions, watch folder, report), the bar charts, and
writing a report (PDF through `monitor_app.render`). `data` reads off the UI thread. Imports
`core`, `render`, `gui.common` and `gui.sync` (the watch folder tab).
"""
