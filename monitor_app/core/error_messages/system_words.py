"""Why the operating system refused: the reasons `os_reason` names (a ``reason_code`` param).

One template per error code (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Mapping

from monitor_app.core.error_messages.marking import QT_TRANSLATE_NOOP

TEMPLATES: Mapping[str, str] = {
    # ---- why the operating system refused (os_reason; a "reason_code" param) -----
    "os-not-found": QT_TRANSLATE_NOOP("CoreErrors", "it does not exist"),
    "os-permission": QT_TRANSLATE_NOOP("CoreErrors", "permission denied"),
    "os-disk-full": QT_TRANSLATE_NOOP("CoreErrors", "the disk is full"),
    "os-read-only": QT_TRANSLATE_NOOP("CoreErrors", "the disk is read-only"),
    "os-file-too-large": QT_TRANSLATE_NOOP("CoreErrors", "the file is too large for this disk"),
    "os-is-folder": QT_TRANSLATE_NOOP("CoreErrors", "it is a folder"),
    "os-not-folder": QT_TRANSLATE_NOOP("CoreErrors", "a part of the path is not a folder"),
    "os-name-too-long": QT_TRANSLATE_NOOP("CoreErrors", "the name is too long"),
    "os-input-output": QT_TRANSLATE_NOOP("CoreErrors", "the device failed to read or write"),
    "os-other": QT_TRANSLATE_NOOP("CoreErrors", "system error {errno}"),
}
