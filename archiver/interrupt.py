"""Stopping on Ctrl-C (SIGINT) or SIGTERM without half-written work.

The first signal asks for a stop: the item in hand (a clip being captured or
transcribed, an article being read) finishes and is recorded, and the job stops at
the next `stop_point()`. A second signal stops at once: the open transaction rolls
back and the item is done again by the next run. Either way the process exits with
128 + the signal's number (130 for Ctrl-C, 143 for SIGTERM), as shells expect.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)

stop_event = threading.Event()  # set by the first signal
# set by the second: work running in other threads (clips decoded side by side) stops at
# its next check instead of finishing an item whose result nobody will keep
stop_now_event = threading.Event()
_signal_received: int | None = None


class Interrupted(BaseException):
    """A stop signal, raised where the job may stop. A BaseException like
    KeyboardInterrupt, so the `except Exception` that turns an item's failure into a
    recorded status lets it through."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def signal_name(self) -> str:
        return signal.Signals(self.signum).name


def stop_requested() -> bool:
    return stop_event.is_set()


def stop_point() -> None:
    """Call between items: raises Interrupted once a stop was asked for."""
    if _signal_received is not None:
        raise Interrupted(_signal_received)


@contextlib.contextmanager
def stop_between_items(announce: Callable[[str], None]) -> Iterator[None]:
    """Handle SIGINT and SIGTERM as described above while the block runs."""
    global _signal_received
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum: int, _frame: object) -> None:
        global _signal_received
        if _signal_received is not None:
            stop_now_event.set()
            raise Interrupted(signum)
        _signal_received = signum
        stop_event.set()
        name = signal.Signals(signum).name
        announce(
            f"{name}: stopping after the item in progress. "
            "Press Ctrl-C again to stop now (it is then rolled back)."
        )

    stop_now_event.clear()  # left set by a command stopped at once earlier in this process
    previous = {signum: signal.signal(signum, handle) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _signal_received = None
        stop_event.clear()
        # stop_now_event stays set: threads still decoding read it while the process exits


@contextlib.contextmanager
def as_viewer() -> Iterator[None]:
    """For commands that only show things (a server): Ctrl-C stops them at once as a
    KeyboardInterrupt and SIGTERM ends the process, with nothing to finish or resume."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {
        signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler),
        signal.SIGTERM: signal.signal(signal.SIGTERM, signal.SIG_DFL),
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
