"""The English words of every core error, one template per error code, kept by area in
this package's ``*_words`` modules and merged here.

`errors.TrialMonitorError` fills a code's template with the error's params for its str()
(what the CLI prints and the log keeps). The GUI translates the same template through Qt
("CoreErrors" context) and fills in the same params: ``QT_TRANSLATE_NOOP`` below only marks
each template so pyside6-lupdate collects it into the catalogues (scripts/update_translations.sh
scans this package); it is a plain function, so the core still imports no Qt.

A template names its params in braces (``{name}``). Untrusted values (a file name, a name
from a key card or a bundle) are params, never part of a template.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from types import MappingProxyType

from monitor_app.core.error_messages import (
    aftermath_words,
    coordination_words,
    record_words,
    sync_words,
    system_words,
    vault_words,
)
from monitor_app.core.error_messages.marking import CONTEXT

__all__ = ["AS_GIVEN", "CONTEXT", "OS_REASONS", "TEMPLATES", "english", "fill", "os_reason"]

# A message already in its final words (the CLI's own refusals, which stay English, and
# the GUI's, already translated): not collected for translation.
AS_GIVEN = "as-given"


_AREAS = (system_words, vault_words, record_words, sync_words, coordination_words, aftermath_words)


def _merged() -> dict[str, str]:
    templates = {AS_GIVEN: "{text}"}
    for area in _AREAS:
        twice = templates.keys() & area.TEMPLATES.keys()
        if twice:  # one code, one meaning: never two templates for it
            raise RuntimeError(f"error codes defined twice: {sorted(twice)}")
        templates.update(area.TEMPLATES)
    return templates


TEMPLATES: Mapping[str, str] = MappingProxyType(_merged())


# A param named ``<slot>_code`` holds another template's code: its words (filled in with
# the same params) go into ``{<slot>}``, so a reason, too, is translated, never English prose.
NESTED_SUFFIX = "_code"

OS_REASONS: Mapping[int, str] = MappingProxyType(
    {
        errno.ENOENT: "os-not-found",
        errno.EACCES: "os-permission",
        errno.EPERM: "os-permission",
        errno.ENOSPC: "os-disk-full",
        errno.EROFS: "os-read-only",
        errno.EFBIG: "os-file-too-large",
        errno.EISDIR: "os-is-folder",
        errno.ENOTDIR: "os-not-folder",
        errno.ENAMETOOLONG: "os-name-too-long",
        errno.EIO: "os-input-output",
    }
)


def os_reason(exc: OSError) -> dict[str, str | int]:
    """The params that say why the operating system refused: ``reason_code`` and ``errno``."""
    number = exc.errno or 0
    return {"reason_code": OS_REASONS.get(number, "os-other"), "errno": number}


def fill(template: str, params: Mapping[str, object], words: Callable[[str], str]) -> str:
    """``template`` filled in with ``params``; ``words(code)`` gives a nested code's template
    (English here, translated in the GUI)."""
    values = {key: value for key, value in params.items() if not key.endswith(NESTED_SUFFIX)}
    for key, code in params.items():
        if key.endswith(NESTED_SUFFIX):
            values[key.removesuffix(NESTED_SUFFIX)] = words(str(code)).format_map(values)
    return template.format_map(values)


def english(code: str, params: Mapping[str, object]) -> str:
    """The English message for ``code`` with ``params`` filled in."""
    return fill(TEMPLATES[code], params, TEMPLATES.__getitem__)
