"""Clips decoded side by side on the CPU, handed back in order.

On 2 cores, two clips at once with one thread each waste less than one clip on two threads:
the decoder's steps for one token are too small to split well across threads, and each split
ends in a wait for the slower thread (worse when other processes hold a core). CTranslate2
runs the two clips on two replicas of the model (`num_workers`), and releases the GIL while it
works, so plain Python threads are enough here.

    run = side_by_side(2)    # a runner (archiver.tasks) for the stage when it works here
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Measured on 2 cores (bench/transcribe.py): two at once, one thread each. More cores give
# each clip more threads rather than more clips at once: not measured, so not assumed.
CLIPS_AT_ONCE = 2


def usable_cores() -> int:
    """The cores this process may use, not all the machine has."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def clips_at_once(device: str, clips: int) -> int:
    """How many clips a stage working here should hand the engine at once: two on a CPU
    with two cores or more and two clips or more to do; otherwise one, on every thread."""
    if device == "cuda" or clips < 2 or usable_cores() < 2:
        return 1
    return CLIPS_AT_ONCE


def side_by_side(at_once: int) -> Callable[..., Iterator[tuple[Any, Any]]]:
    """A runner (see archiver.tasks.Runner) running `at_once` tasks at a time in threads
    of this process, yielding each item with its result in the items' order. The task
    must not raise for an item (transcribe_task returns its errors)."""

    def run(
        task: Callable[..., Any], items: Iterable[Any], *shared: Any, **_where: Any
    ) -> Iterator[tuple[Any, Any]]:
        yield from in_order(lambda item: task(item, *shared), items, at_once)

    return run


def in_order(
    work: Callable[[Item], Result], items: Iterable[Item], at_once: int
) -> Iterator[tuple[Item, Result]]:
    """Yield (item, work(item)) in the items' order, running up to `at_once` at a time.

    `work` must not raise (the engine's returns the exception as its result). One item is
    queued past those running, so no thread waits while the caller stores a result. A
    caller that stops early (a second Ctrl-C) does not wait for the running items: their
    results are dropped, and the next run does them again.
    """
    pool = ThreadPoolExecutor(at_once, thread_name_prefix="whisper")
    pending: deque[tuple[Item, Future[Result]]] = deque()
    try:
        for item in items:
            if len(pending) > at_once:
                done, future = pending.popleft()
                yield done, future.result()
            pending.append((item, pool.submit(work, item)))
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
