"""Stopping a run cleanly: on Ctrl-C, on a supervisor's SIGTERM, with worker processes.

A run that is told to stop stops at once and leaves nothing behind: the signal
becomes an exception in the main process (``Stopped``), which unwinds the run
through its ``finally`` blocks; worker processes ignore Ctrl-C (the terminal sends
it to them too, and their tracebacks would only be noise) and die quietly when the
main process ends them. Writing an output file is the one thing not interrupted
(``signals_held``), so every output is either complete or was never begun.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import typing
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any, TypeVar

__all__ = ["STOPPING", "Stopped", "Workers", "signals_held", "stop_on_signals", "worker_pool"]

#: The signals that stop a run: Ctrl-C, and what supervisors send.
STOPPING = frozenset({signal.SIGINT, signal.SIGTERM})

T = TypeVar("T")
R = TypeVar("R")


class Stopped(BaseException):
    """The run was told to stop by ``signum``; the command exits with ``128 + signum``.

    A ``BaseException``, as ``KeyboardInterrupt`` is, so that no ``except Exception``
    on the way up takes it for a failed input.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def status(self) -> int:
        return 128 + self.signum


def _raise_stopped(signum: int, _: FrameType | None) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise ``Stopped``; a signal the caller ignores
    (a background job's SIGINT) stays ignored."""
    previous = {}
    for signum in STOPPING:
        handler = signal.getsignal(signum)
        if handler is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, _raise_stopped)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back during the block; one that came meanwhile acts after it."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _serve(connection: Connection, inherited: list[Connection]) -> None:
    """A worker: call each function it is sent on its argument and send back the result,
    until the main process closes its end (or ends, which closes it too).

    Ctrl-C is the main process's to handle; SIGTERM ends the worker quietly. The ends of
    the other workers' pipes it inherited are closed, so that each worker sees the main
    process go away.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPPING)
    for other in inherited:
        other.close()
    while True:
        try:
            function, argument = connection.recv()
        except EOFError:
            return
        connection.send(function(argument))


class Workers:
    """Worker processes, each fed one call at a time through a pipe of its own.

    No lock or queue is shared between them, so a worker that is killed, by the main
    process or by anyone else, cannot leave the others or the main process stuck.
    """

    def __init__(self, processes: int) -> None:
        self._context = multiprocessing.get_context("fork")  # the workers inherit the loaded library
        self._processes: dict[Connection, BaseProcess] = {}
        for _ in range(processes):
            self._start()

    def _start(self) -> Connection:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(theirs, [ours, *self._processes]), daemon=True)
        process.start()
        theirs.close()
        self._processes[ours] = process
        return ours

    def map(self, function: Callable[[T], R], items: Iterable[T], window: int, lost: Callable[[T], R]) -> Iterator[R]:
        """``function`` of each item, in the items' order; at most ``window`` items are taken
        ahead of the one whose result is given next, so results never pile up. An item
        whose worker died gives ``lost(item)``, and a new worker takes the worker's place."""
        todo = iter(items)
        taken: dict[int, T] = {}
        done: dict[int, R] = {}
        busy: dict[Connection, int] = {}
        following = 0
        exhausted = False
        while True:
            while following in done:
                yield done.pop(following)
                following += 1
            for connection in [c for c in self._processes if c not in busy]:
                if exhausted or len(taken) + len(done) >= window:
                    break
                item = next(todo, _END)
                if item is _END:
                    exhausted = True
                    break
                index = following + len(taken) + len(done)
                taken[index] = typing.cast(T, item)
                busy[self._send(connection, (function, item))] = index
            if not busy:  # and so nothing taken, nothing done and not given
                return
            for ready in wait(list(busy)):
                connection = typing.cast(Connection, ready)
                index = busy.pop(connection)
                item = taken.pop(index)
                try:
                    done[index] = connection.recv()
                except (EOFError, OSError):  # the worker died
                    done[index] = lost(item)
                    self._replace(connection)

    def _send(self, connection: Connection, call: tuple[Callable[[T], R], T]) -> Connection:
        """Send ``call`` to the worker at ``connection`` or, if it died while idle, to its successor."""
        try:
            connection.send(call)
        except OSError:
            connection = self._replace(connection)
            connection.send(call)
        return connection

    def _replace(self, connection: Connection) -> Connection:
        process = self._processes.pop(connection)
        connection.close()
        process.join()
        return self._start()

    def stop(self) -> None:
        """End every worker now (SIGKILL: no traceback, nothing to flush) and wait for it."""
        for connection, process in self._processes.items():
            process.kill()
            connection.close()
        for process in self._processes.values():
            process.join()
        self._processes.clear()


_END: Any = object()


@contextlib.contextmanager
def worker_pool(processes: int) -> Iterator[Workers]:
    """``processes`` workers, ended (not waited for) when the block is left in any way."""
    workers = Workers(processes)
    try:
        yield workers
    finally:
        with signals_held():  # a second Ctrl-C must not leave workers running
            workers.stop()
