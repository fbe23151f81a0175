"""No core dump of the app: after the command line's start (which also starts the desktop
app) the core-file limit is 0 for good and, on Linux, the process is non-dumpable; a crash
then leaves no core file where the same crash without hardening leaves one. Each check runs
in a child process, since hardening cannot be undone."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from monitor_app.core.process_hardening import ALLOW_CORE_DUMPS_ENV

ROOT = Path(__file__).parents[2]
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="core limits are Unix's")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")

# The start hook, then what the limit and the kernel's dumpable flag say (PR_GET_DUMPABLE).
STARTED = """
import ctypes, ctypes.util, resource, sys
from monitor_app.cli import main
main(["--version"])
print("limit", *resource.getrlimit(resource.RLIMIT_CORE))
if sys.platform.startswith("linux"):
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    print("dumpable", libc.prctl(3, 0, 0, 0, 0))
"""

# The start hook, then a developer's ``ulimit -c unlimited`` (as far as allowed), then a crash.
CRASH = """
import os, resource
from monitor_app.cli import main
main(["--version"])
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
os.abort()
"""


def _run(script: str, cwd: Path, allow_core_dumps: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != ALLOW_CORE_DUMPS_ENV}
    env["PYTHONPATH"] = str(ROOT)
    if allow_core_dumps:
        env[ALLOW_CORE_DUMPS_ENV] = "1"
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _facts(done: subprocess.CompletedProcess[str]) -> dict[str, list[str]]:
    assert done.returncode == 0, done.stderr
    return {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if " " in line}


@unix_only
def test_after_start_the_core_limit_is_zero_for_good(tmp_path: Path) -> None:
    assert _facts(_run(STARTED, tmp_path, allow_core_dumps=False))["limit"] == ["0", "0"]


@linux_only
def test_after_start_the_process_is_not_dumpable(tmp_path: Path) -> None:
    assert _facts(_run(STARTED, tmp_path, allow_core_dumps=False))["dumpable"] == ["0"]


@linux_only
def test_developers_can_allow_core_dumps(tmp_path: Path) -> None:
    import resource

    facts = _facts(_run(STARTED, tmp_path, allow_core_dumps=True))
    assert facts["dumpable"] == ["1"]
    assert facts["limit"] == [str(limit) for limit in resource.getrlimit(resource.RLIMIT_CORE)]


def _core_files_land_in_cwd() -> bool:
    """Whether this kernel writes a crash's core as a file in the crashing process's folder
    (not through a pipe to a collector, nor into a fixed folder)."""
    try:
        pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return False
    return bool(pattern) and not pattern.startswith("|") and "/" not in pattern


@unix_only
def test_a_crash_after_start_leaves_no_core_file(tmp_path: Path) -> None:
    if not _core_files_land_in_cwd():
        pytest.skip("this kernel does not write core files into the crashing process's folder")
    control, hardened = tmp_path / "allowed", tmp_path / "hardened"
    control.mkdir()
    hardened.mkdir()
    allowed = _run(CRASH, control, allow_core_dumps=True)
    assert allowed.returncode != 0
    if not list(control.iterdir()):
        pytest.skip("no core even without hardening here (a hard limit of 0 already)")

    crashed = _run(CRASH, hardened, allow_core_dumps=False)
    assert crashed.returncode != 0
    assert list(hardened.iterdir()) == []
