"""Pausing CPython's cycle collector while bulk work builds many objects without cycles."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """While tens of thousands of revisions are built (a bundle read or written), CPython's
    cycle collector would walk the whole heap again and again (its cost: docs/benchmarks.md);
    they hold no cycles, so it waits until they are done. Where it is off
    already (the desktop app collects on its GUI thread: gui/common/collector.py) nothing
    changes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
