"""Keep an unlocked vault's keys and text out of crash dumps.

A crash while the vault is unlocked would otherwise let the system write the whole process
memory to disk (a Linux core file, systemd-coredump's or apport's store, a macOS
``/cores`` file, a Windows Error Reporting dump): keys, names and notes in clear, in a
place the user never looks. `harden_process` runs first thing in every start of the app
(the command line's `main`, which also starts the desktop app):

- everywhere but Windows: the core-file size limit, soft and hard, becomes 0, so neither
  the kernel nor systemd-coredump nor apport keeps a core (they honour the limit), and no
  child process started later can raise it again;
- Linux: the process becomes non-dumpable (``prctl(PR_SET_DUMPABLE, 0)``): the kernel
  writes no core even where an administrator's ``core_pattern`` pipe would ignore the
  limit, and other processes of the same user can no longer attach a debugger or read its
  memory through ``/proc/<pid>/mem``;
- macOS: the limit is all there is (crash reports there hold stack traces, not memory);
- Windows: no crash dialog (``SetErrorMode``), and Windows Error Reporting is told to leave
  the heap out of any report it makes (``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``).
  Dumps that an administrator configured (``LocalDumps`` in the registry) or a debugger
  attached by the same user are not prevented.

Developers who need a core file or a debugger set ``TRIAL_MONITOR_ALLOW_CORE_DUMPS=1``.
A step the system does not offer is skipped, and said once in the log (`Hardening.log`, called
once logging has started): hardening never stops the app.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

ALLOW_CORE_DUMPS_ENV = "TRIAL_MONITOR_ALLOW_CORE_DUMPS"
PR_SET_DUMPABLE = 4  # <linux/prctl.h>
SEM_FAILCRITICALERRORS = 0x0001  # <errhandlingapi.h>
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 1  # <werapi.h>


@dataclass
class Hardening:
    """What `harden_process` did (names of the steps taken) and what it could not do."""

    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def log(self) -> None:
        """Say in the app's log what was done and what not (no user content)."""
        if self.done:
            log.info("process hardening: %s", ", ".join(self.done))
        if self.skipped:
            log.warning("process hardening: not done: %s", "; ".join(self.skipped))


_result: Hardening | None = None


def harden_process() -> Hardening:
    """Forbid core dumps of this process (see the module's text); once per process, the
    same answer after. Logs nothing (logging may not have started yet): see `Hardening.log`."""
    global _result  # noqa: PLW0603 (one hardening per process, however often started)
    if _result is not None:
        return _result
    result = Hardening()
    if os.environ.get(ALLOW_CORE_DUMPS_ENV) == "1":
        result.skipped.append("allowed by " + ALLOW_CORE_DUMPS_ENV)
    elif sys.platform == "win32":
        _windows(result)
    else:
        _no_core_files(result)
        if sys.platform.startswith("linux"):
            _not_dumpable(result)
    _result = result
    return result


def _no_core_files(result: Hardening) -> None:
    try:
        import resource  # Unix only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError) as exc:
        result.skipped.append(f"core limit ({type(exc).__name__})")
    else:
        result.done.append("core limit 0")


def _not_dumpable(result: Hardening) -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError) as exc:
        result.skipped.append(f"non-dumpable ({type(exc).__name__})")
    else:
        result.done.append("non-dumpable")


def _windows(result: Hardening) -> None:
    windll = getattr(ctypes, "windll", None)
    kernel32 = getattr(windll, "kernel32", None)
    if kernel32 is None:
        result.skipped.append("Windows error mode (no kernel32)")
        return
    kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    result.done.append("no crash dialog")
    # WerSetFlags returns an HRESULT: 0 is S_OK. Windows Vista and later have it.
    set_flags = getattr(kernel32, "WerSetFlags", None)
    if set_flags is not None and set_flags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0:
        result.done.append("no heap in error reports")
    else:
        result.skipped.append("WerSetFlags")
