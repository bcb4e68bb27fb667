"""Calls into the office that must end in time.

A UNO call has no timeout of its own; the office's lifetime watchdog would
end a hung one only after minutes. These run the call on a worker thread and
fail the test (not hang it) when it takes longer."""

import threading
import time

import pytest


def timed(seconds, what, function, *args, **kwargs):
    """(function(*args, **kwargs), seconds it took); fails after `seconds`."""
    outcome = {}

    def work():
        try:
            outcome["value"] = function(*args, **kwargs)
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            outcome["error"] = e

    worker = threading.Thread(target=work, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"{what} did not finish within {seconds}s (hang)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value"), time.monotonic() - started


def within(seconds, what, function, *args, **kwargs):
    """function(*args, **kwargs); fails after `seconds`."""
    return timed(seconds, what, function, *args, **kwargs)[0]
