"""`AsyncVoucherify`: the async client (asyncio and trio), a thin shell running each operation's plan awaited."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, Unpack, overload

import httpx

from .._constants import DEFAULT_CONCURRENCY, DEFAULT_REQUESTS_PER_MINUTE
from .._http.transport import drive_async
from ..core.options import ClientOptions, RequestOptions
from ._base import check_http_client
from ._operations import Operations
from ._run import run_async, run_async_items

if TYPE_CHECKING:
    from ..operations.custom import FromDict
    from ..operations.exports import AsyncExportRows
    from ..operations.outcomes import RollbackOutcome

M = TypeVar("M", bound="FromDict")


async def _async_sleep(seconds: float) -> None:
    # Through anyio, so the client runs under asyncio and trio alike; imported on first use: sync users (CLIs,
    # workers) should not pay for it at import time.
    import anyio

    await anyio.sleep(seconds)


class AsyncVoucherify(Operations):
    """The asyncio twin of Voucherify: the same arguments, methods, results and errors, awaited.

    `redemptions(...)` is iterated with `async for`; `http_client` takes an httpx.AsyncClient.
    """

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        check_http_client(http_client, httpx.AsyncClient, "Voucherify takes an httpx.Client")
        super().__init__(options)
        self._connect(http_client, False, sleep or _async_sleep)

    rollback_stacked = run_async(Operations._rollback_stacked)
    rollback = run_async(Operations._rollback)
    find_rollback = run_async(Operations._find_rollback)
    redeem = run_async(Operations._redeem)
    get_redemption = run_async(Operations._get_redemption)
    get_order = run_async(Operations._get_order)
    rollback_order = run_async(Operations._rollback_order)
    redemptions = run_async_items(Operations._redemptions)

    def rollback_many(
        self,
        items: Iterable[str],
        *,
        journal: str,
        concurrency: int = DEFAULT_CONCURRENCY,
        requests_per_minute: int | None = DEFAULT_REQUESTS_PER_MINUTE,
        reason: str | None = None,
        tracking_id: str | None = None,
        marker: bool = True,
        rebind: bool = False,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncGenerator[RollbackOutcome, None]:
        """The twin of Voucherify.rollback_many, iterated with `async for`: the same journal (a run started by one
        client resumes in the other), ceiling and outcomes. `concurrency` calls are in flight at a time, each slot
        refilled as its call ends (a slow rollback holds only its own), and outcomes come as they complete."""
        run = self._bulk_run(
            items, journal, concurrency, requests_per_minute, reason, tracking_id, marker, rebind, request_options
        )
        return run.outcomes_async(lambda plan: drive_async(plan, self._connection, "rollback_many"))

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Any: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: type[M],
        **request_options: Unpack[RequestOptions],
    ) -> M: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: type[M] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Any:
        """Send any Voucherify endpoint the SDK does not wrap (`path` under the base URL, e.g.
        "/v1/vouchers/GIFT-100") with the client's auth, deadline, logging, redaction and retry rules: GET and HEAD
        are retried like reads; any other method is sent again only when it provably never reached the server (no
        connection, or a 429), like `redeem`. `query` becomes parameters, `body` JSON (dicts, generated models,
        dates). Returns the decoded JSON (None for an empty body), or `cast_to.from_dict(data)` when `cast_to` is a
        generated model class. Errors are the typed ones of every operation; a 2xx body that is not JSON (or not
        what `cast_to` reads) raises MalformedResponseError. Takes every per-call option (`RequestOptions`)."""
        plan = self._request(method, path, query=query, body=body, cast_to=cast_to, **request_options)
        return await drive_async(plan, self._connection, "request")

    async def export_redemptions(
        self,
        filters: Mapping[str, Any] | None = None,
        fields: Sequence[str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncExportRows:
        """`Voucherify.export_redemptions` awaited: the same export, deadline and errors; the rows come with
        `async for` (close them with `async with`, or `aclose()`, to delete their file)."""
        from .._http.download import download_async  # httpcore loads with the first export, not at import time
        from ..operations.exports import AsyncExportRows, ExportRows

        ready = await drive_async(self._export_redemptions(filters, fields, **request_options), self._connection)
        csv_file = await download_async(
            ready.url,
            export_id=ready.export.id,
            deadline=ready.deadline,
            timeout=ready.timeout,
            secrets=(*ready.secrets, *self._secrets),
            sleep=self._sleep,
        )
        return AsyncExportRows(ExportRows(ready.export, csv_file))

    def with_options(self, **changes: Unpack[ClientOptions]) -> AsyncVoucherify:
        """A new client with this one's settings and `changes` (any constructor option but `base_url` and
        `cluster`), sharing this client's connection pool, or the httpx.AsyncClient you passed in.

        Closing the new client leaves the shared pool open; closing this one closes it, and the new client with it.
        """
        return self._derive(changes)

    async def aclose(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in, or this client was made by
        `with_options`: the pool is then closed by the client it came from)."""
        if self._own is not None and self._own.owns_connections:
            await self._own.aclose()
        self._release()

    async def __aenter__(self) -> AsyncVoucherify:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
