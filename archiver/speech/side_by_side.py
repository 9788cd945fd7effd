"""Clips decoded side by side on the CPU, handed back in order.

On 2 cores, two clips at once with one thread each waste less than one clip on two threads:
the decoder's steps for one token are too small to split well across threads, and each split
ends in a wait for the slower thread (worse when other processes hold a core). CTranslate2
runs the two clips on two replicas of the model (`num_workers`), and releases the GIL while it
works, so plain Python threads are enough here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def in_order(
    work: Callable[[Item], Result], items: Iterable[Item], at_once: int
) -> Iterator[tuple[Item, Result]]:
    """Yield (item, work(item)) in the items' order, running up to `at_once` at a time.

    `work` must not raise (the engine's returns the exception as its result). One item is
    queued past those running, so no thread waits while the caller stores a result; a caller
    that stops early leaves at most the running items to finish.
    """
    with ThreadPoolExecutor(at_once, thread_name_prefix="whisper") as pool:
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
        finally:
            for _, future in pending:
                future.cancel()
