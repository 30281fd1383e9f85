"""Engines that map the per-document work over processes or a cluster, returning results in input order.

Order is what keeps a parallel build byte-identical to a serial one: every engine yields the
result of item i before the result of item i + 1, whichever finished first.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from .errors import StatclaimsError

T = TypeVar("T")
R = TypeVar("R")


def process_map(function: Callable[[T], R], items: Sequence[T], *, jobs: int, fresh: bool = False) -> Iterator[R]:
    """``map`` over a pool of ``jobs`` processes, in order, a few items per task to keep the pool busy.

    ``fresh`` starts the workers as new interpreters instead of forks, for work that comes after the parent has
    grown: a fork would start with (and be counted for) all of the parent's memory."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = max(1, min(jobs, len(items), os.cpu_count() or 1)) if jobs > 0 else (os.cpu_count() or 1)
    chunk = max(1, min(64, len(items) // (workers * 8) or 1))
    context = multiprocessing.get_context("spawn") if fresh else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(function, items, chunksize=chunk)


def dask_map(function: Callable[[T], R], items: Sequence[T], *, scheduler: str | None = None,
             workers: int = 1) -> Iterable[R]:
    """``map`` on Dask: a cluster at ``scheduler`` (tcp://host:8786), else a LocalCluster of ``workers`` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise StatclaimsError("--engine dask needs Dask: pip install 'statclaims[dask]'") from None
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(function, list(items), pure=False)
        for future in futures:
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
