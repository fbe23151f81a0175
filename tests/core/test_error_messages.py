"""Every core error has words: each code a raise site names is in the catalogue, with a
template whose placeholders the site's params fill, and every template is used.

The raise sites are found in the source (the AST of monitor_app/core), so a new one is
checked without editing this file.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
import string
from pathlib import Path

import pytest

import monitor_app.core
from monitor_app.core.error_messages import AS_GIVEN, OS_REASONS, TEMPLATES, os_reason
from monitor_app.core.errors import (
    StorageError,
    TrialMonitorError,
    ValidationError,
    WeakPassphrase,
)
from monitor_app.core.vault.passwords import REFUSALS, Weakness

CORE_DIR = Path(monitor_app.core.__file__).parent


def _error_classes() -> set[str]:
    for module in pkgutil.walk_packages(monitor_app.core.__path__, "monitor_app.core."):
        importlib.import_module(module.name)
    found, todo = set(), [TrialMonitorError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


class _Site:
    def __init__(self, path: Path, call: ast.Call) -> None:
        self.where = f"{path.relative_to(CORE_DIR)}:{call.lineno}"
        self.call = call

    @property
    def params(self) -> set[str] | None:
        """The params the site passes, or None when it passes a mapping (``**params``)."""
        if any(k.arg is None for k in self.call.keywords):
            return None
        return {k.arg for k in self.call.keywords if k.arg is not None}


def _sites() -> tuple[list[tuple[_Site, str]], list[_Site], set[str]]:
    """(site, code) for each literal code; the sites whose code is not literal; and the
    codes passed to helpers as ``error_code=`` (which raise them on the caller's behalf)."""
    classes = _error_classes()
    literal: list[tuple[_Site, str]] = []
    other: list[_Site] = []
    helper_codes: set[str] = set()
    for path in sorted(CORE_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg == "error_code" and isinstance(keyword.value, ast.Constant):
                    helper_codes.add(str(keyword.value.value))
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name not in classes or not node.args:
                continue
            site, first = _Site(path, node), node.args[0]
            branches = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            if all(isinstance(b, ast.Constant) and isinstance(b.value, str) for b in branches):
                literal.extend(
                    (site, str(b.value)) for b in branches if isinstance(b, ast.Constant)
                )
            else:
                other.append(site)
    return literal, other, helper_codes


def test_every_raise_site_names_a_code_in_the_catalogue_and_fills_its_template() -> None:
    literal, _, helper_codes = _sites()
    assert literal, "no raise sites found"
    problems = []
    for site, code in literal:
        if code not in TEMPLATES:
            problems.append(f"{site.where}: no template for {code!r}")
        elif site.params is not None and not _placeholders(TEMPLATES[code]) <= site.params:
            problems.append(
                f"{site.where}: {code!r} needs {sorted(_placeholders(TEMPLATES[code]))}"
            )
    problems += [f"helper code {c!r} has no template" for c in helper_codes - set(TEMPLATES)]
    assert problems == []


def test_codes_that_are_not_literal_come_from_known_places() -> None:
    """A code that is not written at its raise site is a helper's ``error_code``, a caught
    error's own code passed on, or a passphrase refusal (checked below)."""
    _, other, _ = _sites()
    unknown = []
    for site in other:
        first = site.call.args[0]
        if isinstance(first, ast.Name) and first.id == "error_code":
            continue
        if isinstance(first, ast.Attribute) and first.attr == "code":
            continue
        if isinstance(first, ast.Subscript) and ast.unparse(first.value) == "REFUSALS":
            continue
        unknown.append(f"{site.where}: {ast.unparse(first)}")
    assert unknown == []


def test_every_template_is_used() -> None:
    literal, _, helper_codes = _sites()
    used = {code for _, code in literal} | helper_codes | set(REFUSALS.values()) | {AS_GIVEN}
    used |= set(OS_REASONS.values()) | {"os-other"}  # reasons, nested in others by os_reason
    assert sorted(set(TEMPLATES) - used) == []


def test_why_the_system_refused_is_a_code_of_its_own_not_the_systems_english() -> None:
    full = StorageError("cannot-write-in", folder="/media/usb", **os_reason(OSError(28, "x")))
    assert str(full) == "Cannot write in /media/usb: the disk is full."
    assert full.params["reason_code"] == "os-disk-full"
    odd = StorageError("cannot-write-in", folder="/x", **os_reason(OSError(999, "Odd")))
    assert str(odd) == "Cannot write in /x: system error 999."
    assert "Odd" not in str(odd)


def test_no_core_message_carries_the_systems_own_english() -> None:
    """The system's own words (``strerror``, ``str(exc)`` of an OSError) are English in
    every language: the core names why with `os_reason`, which the GUI translates."""
    core = Path(monitor_app.core.__file__).parent
    carrying = [
        f"{path.relative_to(core)}:{number}"
        for path in sorted(core.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "strerror" in line
    ]
    assert carrying == []


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_template_formats_with_its_params(code: str) -> None:
    params = {name: f"<{name}>" for name in _placeholders(TEMPLATES[code])}
    message = str(TrialMonitorError(code, **params))
    assert all(f"<{name}>" in message for name in params)
    assert "{" not in message.replace("{text}", "")


def test_a_weak_passphrase_has_a_code_and_keeps_its_reason() -> None:
    for weakness in Weakness:
        error = WeakPassphrase(REFUSALS[weakness], reason=weakness.value, min_chars=12)
        assert error.reason == weakness.value
        assert str(error).startswith("This passphrase is too easy to guess: ")


def test_an_error_is_its_english_message_and_keeps_code_and_params() -> None:
    error = ValidationError("country-code", got="Russia")
    assert str(error) == ("Country must be a two-letter ISO code such as RU or BY (got 'Russia').")
    assert (error.code, dict(error.params)) == ("country-code", {"got": "Russia"})
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object, just made)
    assert (type(copy), copy.code, dict(copy.params), str(copy)) == (
        ValidationError,
        error.code,
        dict(error.params),
        str(error),
    )
