"""The core knows nothing about Qt: every module under monitor_app/core imports without it.

Two checks, both discovering modules from the file system so new modules are covered
without editing this file:

- dynamic: a fresh interpreter with Qt bindings blocked imports every core module;
- static: no core source file names a Qt binding in an import statement or import call.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CORE_DIR = REPO_ROOT / "monitor_app" / "core"

# Top-level names of every Qt binding (and the shim that wraps them): none belongs in the core.
BLOCKED = frozenset({"PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt5", "PyQt6", "qtpy"})


def core_files() -> list[Path]:
    return sorted(p for p in CORE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


CORE_FILES = core_files()
CORE_MODULES = [module_name(p) for p in CORE_FILES]

# Runs in a fresh interpreter (-I: no PYTHONPATH, no user site, no cwd on sys.path).
# argv: the blocked names as JSON, the repository root, the modules; prints one JSON object.
IMPORT_PROBE = """
import importlib, json, sys, traceback
from importlib.abc import MetaPathFinder

BLOCKED = set(json.loads(sys.argv[1]))

class BlockQt(MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in BLOCKED:
            raise ImportError(f"Qt is blocked in the core: import of {fullname!r}")
        return None

sys.meta_path.insert(0, BlockQt())
sys.path.insert(0, sys.argv[2])
results = {}
for name in sys.argv[3:]:
    try:
        importlib.import_module(name)
    except BaseException:
        results[name] = traceback.format_exc()
    else:
        results[name] = None
leaked = sorted(m for m in sys.modules if m.partition(".")[0] in BLOCKED)
origin = importlib.import_module("monitor_app").__file__
print(json.dumps({"results": results, "leaked": leaked, "path": origin}))
"""


@pytest.fixture(scope="module")
def import_report() -> dict[str, object]:
    """Import all core modules once, in one fresh interpreter with Qt blocked."""
    proc = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            IMPORT_PROBE,
            json.dumps(sorted(BLOCKED)),
            str(REPO_ROOT),
            *CORE_MODULES,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO_ROOT,
    )
    assert proc.returncode == 0, f"import probe crashed:\n{proc.stdout}\n{proc.stderr}"
    report: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def test_core_modules_are_discovered() -> None:
    assert "monitor_app.core" in CORE_MODULES
    assert len(CORE_MODULES) > 1


def test_probe_imports_this_checkout(import_report: dict[str, object]) -> None:
    imported_from = Path(str(import_report["path"])).resolve()
    assert imported_from.is_relative_to(REPO_ROOT / "monitor_app")


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_without_qt(module: str, import_report: dict[str, object]) -> None:
    results = import_report["results"]
    assert isinstance(results, dict)
    error = results[module]
    if error is not None:
        pytest.fail(f"{module} failed to import with Qt blocked:\n{error}", pytrace=False)


def test_no_qt_module_loaded_by_core(import_report: dict[str, object]) -> None:
    assert import_report["leaked"] == []


IMPORT_FUNCTIONS = frozenset({"__import__", "import_module"})


def qt_imports(source: str, filename: str) -> list[str]:
    """Line-numbered descriptions of every statement or call in ``source`` importing Qt."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id in IMPORT_FUNCTIONS)
                or (isinstance(node.func, ast.Attribute) and node.func.attr in IMPORT_FUNCTIONS)
            )
        ):
            names = [node.args[0].value]
        found += [f"line {node.lineno}: {n}" for n in names if n.partition(".")[0] in BLOCKED]
    return found


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: p.relative_to(CORE_DIR).as_posix())
def test_core_source_does_not_import_qt(path: Path) -> None:
    assert qt_imports(path.read_text(encoding="utf-8"), str(path)) == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "import PySide6.QtCore as qc",
        "from PySide6 import QtWidgets",
        "from PySide6.QtCore import QObject",
        "def f():\n    from shiboken6 import isValid",
        "import typing\nif typing.TYPE_CHECKING:\n    from PyQt6.QtGui import QColor",
        "importlib.import_module('PySide6.QtGui')",
        "__import__('PySide6')",
    ],
)
def test_static_check_catches_qt_imports(source: str) -> None:
    assert qt_imports(source, "<example>") != []


@pytest.mark.parametrize(
    "source",
    ["import os", "from . import PySide6", "from .qt import PySide6", "x = 'PySide6'"],
)
def test_static_check_ignores_non_qt_imports(source: str) -> None:
    assert qt_imports(source, "<example>") == []


# ----------------------------------------------------------------------------- import circles

PACKAGE_DIR = REPO_ROOT / "monitor_app"


def imported_modules(path: Path, module: str, known: set[str]) -> set[str]:
    """The monitor_app modules ``path`` imports, anywhere in it (inside functions and
    TYPE_CHECKING blocks too: a circle broken only at run time is still a circle)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in known else base)
    return {name for name in found if name in known and name != module}


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts}
    known = set(files)
    return {module: imported_modules(path, module, known) for module, path in files.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, directly or around (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles_in_monitor_app() -> None:
    graph = import_graph()
    assert "monitor_app.core.vault.vault" in graph
    assert circles(graph) == []


def test_circle_check_finds_circles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_imports_inside_functions_and_relative_ones_count(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text(
        "from . import sibling\n"
        "def later():\n"
        "    from pkg.other import name\n"
        "if TYPE_CHECKING:\n"
        "    import pkg.third\n",
        encoding="utf-8",
    )
    known = {"pkg.mod", "pkg.sibling", "pkg.other", "pkg.third"}
    assert imported_modules(source, "pkg.mod", known) == {"pkg.sibling", "pkg.other", "pkg.third"}
