"""Milliseconds since the process started, for the start-up timings ``--smoke`` prints."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.time()


def process_start_epoch() -> float:
    """Return when this process started, in seconds since the epoch.

    ``BRIEFWRIGHT_T0`` (epoch seconds) wins when a caller measured it; on Linux the kernel's
    start time of the process is used; elsewhere the time this module was first imported.
    """
    given = os.environ.get("BRIEFWRIGHT_T0")
    if given:
        try:
            return float(given)
        except ValueError:
            pass
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/stat", encoding="ascii") as f:
                # Field 22 (starttime, in clock ticks since boot) follows the ")" of the name.
                fields = f.read().rsplit(")", 1)[1].split()
            ticks = int(fields[19]) / os.sysconf("SC_CLK_TCK")
            since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
            return time.time() - (since_boot - ticks)
        except (OSError, ValueError, IndexError, AttributeError):
            pass
    return _IMPORTED_AT


def ms_since_start(start: float) -> int:
    """Return whole milliseconds from ``start`` (epoch seconds) to now."""
    return round((time.time() - start) * 1000)


def peak_rss_mib() -> float:
    """Return the peak resident memory of this process in MiB (0 where it cannot be read).

    On Linux it is VmHWM from /proc: ``ru_maxrss`` carries a large parent's peak over
    fork and exec, so a window started from a big process would report the parent's.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # macOS reports bytes, the other systems KiB.
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
    return round(peak / divisor, 1)
