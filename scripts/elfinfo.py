"""ELF facts for the Linux build: is a file a shared object, and which libraries it needs.

Used by build_installer.spec (which bundled libraries anything still needs) and by
scripts/build_installer.py (which system packages the .deb depends on). Needs `readelf`
(binutils, which PyInstaller needs too, for objdump and strip).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_GLIBC_NEED = re.compile(r"Name: GLIBC_([0-9]+(?:\.[0-9]+)*)\s")


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == ELF_MAGIC


def _readelf(option: str, path: str | Path) -> str:
    return subprocess.run(
        ["readelf", option, "--wide", str(path)], capture_output=True, text=True, check=True
    ).stdout


def needed_libraries(path: str | Path) -> list[str]:
    """The sonames in the file's dynamic section (DT_NEEDED), in order: direct needs only."""
    return _NEEDED.findall(_readelf("--dynamic", path))


def glibc_needed(path: str | Path) -> tuple[int, ...]:
    """The newest glibc symbol version the file needs (its .gnu.version_r), e.g. (2, 35);
    () when it needs none."""
    needs = _GLIBC_NEED.findall(_readelf("--version-info", path))
    versions = [tuple(int(n) for n in v.split(".")) for v in needs]
    return max(versions, default=())
