"""How a client runs an operation: a plan-making method turned into the public method of the sync or the async
client (named, documented and signed after the operation, for help() and IDEs)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from .._http.transport import drive_async, drive_sync, iterate_async, iterate_sync
from ..core.plans import ItemPlan, Plan
from ._operations import Operations

if TYPE_CHECKING:
    from ..operations.records import Redemption, Rollback

P = ParamSpec("P")
T = TypeVar("T")


def public(method: Callable[..., Any], runner: Callable[..., Any], returns: str) -> Callable[..., Any]:
    """Name, document and sign the public method after the operation it runs (for help() and IDEs)."""
    functools.update_wrapper(runner, method)
    del runner.__wrapped__  # type: ignore[attr-defined]  # show this signature, not the plan's
    runner.__name__ = runner.__qualname__ = method.__name__.lstrip("_")
    runner.__signature__ = inspect.signature(method).replace(return_annotation=returns)  # type: ignore[attr-defined]
    runner.__annotations__ = {**method.__annotations__, "return": returns}
    return runner


def result_of(method: Callable[..., Any]) -> str:
    # "Plan[RollbackResult]" -> "RollbackResult" (annotations are strings here: `from __future__ import annotations`)
    return str(method.__annotations__["return"]).removeprefix("Plan[").removesuffix("]")


def run_sync(method: Callable[Concatenate[Operations, P], Plan[T]]) -> Callable[Concatenate[Operations, P], T]:
    name = method.__name__.lstrip("_")

    def run(self: Operations, *args: P.args, **kwargs: P.kwargs) -> T:
        return drive_sync(method(self, *args, **kwargs), self._connection, name)

    return public(method, run, result_of(method))


def run_sync_items(
    method: Callable[Concatenate[Operations, P], ItemPlan],
) -> Callable[Concatenate[Operations, P], Iterator[Redemption | Rollback]]:
    name = method.__name__.lstrip("_")

    def run(self: Operations, *args: P.args, **kwargs: P.kwargs) -> Iterator[Redemption | Rollback]:
        return iterate_sync(method(self, *args, **kwargs), self._connection, name)

    return public(method, run, "Iterator[Redemption | Rollback]")


def run_async(
    method: Callable[Concatenate[Operations, P], Plan[T]],
) -> Callable[Concatenate[Operations, P], Coroutine[Any, Any, T]]:
    name = method.__name__.lstrip("_")

    async def run(self: Operations, *args: P.args, **kwargs: P.kwargs) -> T:
        return await drive_async(method(self, *args, **kwargs), self._connection, name)

    return public(method, run, result_of(method))


def run_async_items(
    method: Callable[Concatenate[Operations, P], ItemPlan],
) -> Callable[Concatenate[Operations, P], AsyncIterator[Redemption | Rollback]]:
    name = method.__name__.lstrip("_")

    def run(self: Operations, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Redemption | Rollback]:
        return iterate_async(method(self, *args, **kwargs), self._connection, name)

    return public(method, run, "AsyncIterator[Redemption | Rollback]")
