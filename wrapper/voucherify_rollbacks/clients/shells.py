"""Voucherify and AsyncVoucherify: one definition of each operation, run by two thin shells.

Each operation is written once, in `_ClientCore`, as a method that checks its arguments and returns a plan (see
`sending`): what to send, how to retry, how to read the answer. `_sync` and `_async` turn such a method into the
public method of each client, which only runs the plan with its own I/O, so the two clients cannot drift apart.
"""

from __future__ import annotations

import datetime
import functools
import inspect
import random as _random
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import httpx

from .._http.body import ACCEPT_ENCODING
from .._http.transport import (
    Connection,
    drive_async,
    drive_sync,
    iterate_async,
    iterate_sync,
)
from .._version import __version__
from ..core.options import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    Settings,
    check_deadline,
    check_max_response_bytes,
    check_max_retries,
    resolve_settings,
    to_timeout,
)
from ..core.plans import CallOptions, ItemPlan, Plan, read_after, send
from ..core.retries import RetryPolicy
from ..errors import ConfigurationError
from ..errors.redaction import configure_from_env, remember_secrets

if TYPE_CHECKING:
    from .._http import pool as _pool
    from ..bulk.runner import BulkRun
    from ..operations.outcomes import RollbackOutcome
    from ..operations.results import Order, RedeemResult, Redemption, Rollback, RollbackResult

# The request building, result reading and recovery modules load the generated client (about a hundred model
# classes): they are imported on a client's first call, not at import time, so a CLI or a web worker that imports
# this package pays only for what it uses. The import statements in the operations below cost nothing after that.

P = ParamSpec("P")
T = TypeVar("T")


async def _async_sleep(seconds: float) -> None:
    # Through anyio, so the client runs under asyncio and trio alike; imported on first use: sync users (CLIs,
    # workers) should not pay for it at import time.
    import anyio

    await anyio.sleep(seconds)


class _ClientCore:
    """What both clients share: settings, retry policy, log redaction, and every operation as a plan."""

    _connection: Connection
    _own: _pool.OwnPool | None

    def __init__(
        self,
        *,
        app_id: str | None,
        app_token: str | None,
        bearer_token: str | None,
        cluster: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        deadline: float | None,
        max_response_bytes: int | None,
        clock: Callable[[], float] | None,
        random: Callable[[], float] | None,
    ) -> None:
        self._settings: Settings = resolve_settings(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._policy = RetryPolicy(
            max_retries=self._settings.max_retries,
            deadline=DEFAULT_DEADLINE if deadline is None else check_deadline(deadline),
        )
        self._max_response_bytes = (
            DEFAULT_MAX_RESPONSE_BYTES if max_response_bytes is None else check_max_response_bytes(max_response_bytes)
        )
        self._clock = clock or time.monotonic
        self._random = random or _random.random
        self._headers = {
            **self._settings.auth_headers(),
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": f"voucherify-rollbacks/{__version__} (python; httpx)",
        }
        configure_from_env()
        # The process-wide log filter and every error this client raises redact these; forgotten on close (or when
        # the client is garbage collected unclosed), so log records never pay for clients long gone.
        self._secrets = tuple(self._settings.secrets())
        self._forget_secrets = remember_secrets(self._secrets)
        weakref.finalize(self, self._forget_secrets)
        self._closed = False

    @property
    def base_url(self) -> str:
        """The API's base URL this client sends to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        auth = "app keys" if self._settings.app_token else "bearer token"
        retries = self._policy.max_retries
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r}, max_retries={retries})"

    def _options(
        self, max_retries: int | None, timeout: float | httpx.Timeout | None, deadline: float | None = None
    ) -> CallOptions:
        self._check_open()
        policy = self._policy
        if max_retries is not None:
            policy = replace(policy, max_retries=check_max_retries(max_retries))
        if deadline is not None:
            policy = replace(policy, deadline=check_deadline(deadline))
        call_timeout = self._settings.timeout if timeout is None else to_timeout(timeout)
        return CallOptions(
            policy=policy,
            timeout=call_timeout,
            clock=self._clock,
            random=self._random,
            max_response_bytes=self._max_response_bytes,
        )

    def _connect(self, http_client: Any, sync: bool, sleep: Callable[[float], Any]) -> None:
        """Adopt the caller's httpx client (never closed by the SDK) or make the SDK's own pool; wire the connection."""
        # Only the SDK's own pool gets the deadline-bounded sockets: a caller's httpx.Client is never modified.
        self._own = None
        if http_client is None:
            from .._http.pool import OwnPool  # httpcore (and anyio) load with the first client, not with the package

            self._own = OwnPool(self.base_url, self._headers, self._settings.timeout, sync=sync)
        self._connection = Connection(
            http_client,
            self.base_url,
            self._headers,
            sleep,
            self._secrets,
            max_response_bytes=self._max_response_bytes,
            own=self._own,
        )

    def _check_open(self) -> None:
        if self._closed:
            raise ConfigurationError("this client is closed; create a new one")

    def _release(self) -> None:
        self._closed = True
        self._forget_secrets()

    # --- the operations, each written once ---------------------------------------------------------------------

    def _rollback_stacked(
        self,
        parent_redemption_id: str,
        *,
        reason: str | None = None,
        tracking_id: str | None = None,
        customer: Any = None,
        order: Any = None,
        metadata: Any = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Plan[RollbackResult]:
        """Roll back a stacked redemption and all its children (or a redemption without a parent).

        `reason` and `tracking_id` go in the query; `customer`, `order` and `metadata` (dicts or generated models)
        in the body, which updates them in Voucherify. Safe to retry: when an answer is lost after an attempt that
        may have applied, a look-up returns the rollback this call made (`recovered=True`), raises
        AlreadyRolledBackError (carrying the rollback) when someone else's rollback is found, or
        RollbackOutcomeUnknownError when it cannot tell. `deadline` (seconds) bounds the whole call.
        """
        from ..operations.recovery import rollback_plan
        from ..operations.redemptions import read_rollback_stacked, rollback_stacked_request

        options = self._options(max_retries, timeout, deadline)
        request = rollback_stacked_request(
            parent_redemption_id,
            reason=reason,
            tracking_id=tracking_id,
            customer=customer,
            order=order,
            metadata=metadata,
            timeout=options.timeout,
        )
        return rollback_plan(
            request,
            options,
            read_rollback_stacked,
            redemption_id=parent_redemption_id,
            reason=reason,
            tracking_id=tracking_id,
        )

    def _rollback(
        self,
        redemption_id: str,
        *,
        reason: str | None = None,
        tracking_id: str | None = None,
        customer: Any = None,
        order: Any = None,
        metadata: Any = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Plan[RollbackResult]:
        """Roll back a single (not stacked) redemption; retried and recovered like `rollback_stacked`."""
        from ..operations.recovery import rollback_plan
        from ..operations.redemptions import read_rollback, rollback_request

        options = self._options(max_retries, timeout, deadline)
        request = rollback_request(
            redemption_id,
            reason=reason,
            tracking_id=tracking_id,
            customer=customer,
            order=order,
            metadata=metadata,
            timeout=options.timeout,
        )
        return rollback_plan(
            request, options, read_rollback, redemption_id=redemption_id, reason=reason, tracking_id=tracking_id
        )

    def _find_rollback(
        self,
        redemption_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Plan[RollbackResult | None]:
        """The rollback of a redemption, for applications that retry across processes: the RollbackResult of
        `redemption_id` (for a child redemption: of its whole stack), or None when it is not rolled back.

        Costs two requests on a quiet project, whatever the stack's size. An unknown id raises NotFoundError.
        """
        from ..operations.recovery import find_rollback_plan

        return find_rollback_plan(redemption_id, self._options(max_retries, timeout, deadline))

    def _redeem(
        self,
        redeemables: Sequence[Any],
        *,
        order: Any = None,
        customer: Any = None,
        session: Any = None,
        tracking_id: str | None = None,
        metadata: Any = None,
        options: Any = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Plan[RedeemResult]:
        """Redeem 1–30 redeemables (dicts, generated models, or voucher codes as strings) in one request.

        Retried only when the request provably never reached Voucherify (connection refused, 429): a redemption
        is never sent twice after a failure that might have applied it; that error is raised instead.
        """
        from ..operations.redemptions import read_redeem, redeem_request

        call = self._options(max_retries, timeout, deadline)
        request = redeem_request(
            redeemables,
            order=order,
            customer=customer,
            session=session,
            tracking_id=tracking_id,
            metadata=metadata,
            options=options,
            timeout=call.timeout,
        )
        return read_after(send(request, call), read_redeem)

    def _get_redemption(
        self,
        redemption_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Plan[Redemption | Rollback]:
        """Fetch a redemption (r_…, rf_…) or a rollback (rr_…, rrf_…) by id."""
        from ..operations.redemptions import get_request, read_item

        options = self._options(max_retries, timeout, deadline)
        return read_after(send(get_request(redemption_id, timeout=options.timeout), options), read_item)

    def _get_order(
        self,
        order_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Plan[Order]:
        """Fetch an order by its id (ord_…) or source id: its status, totals and, in `.model.redemptions`, each
        redemption applied to it with its rollback."""
        from ..operations.orders import order_request, read_order

        options = self._options(max_retries, timeout, deadline)
        return read_after(send(order_request(order_id, timeout=options.timeout), options), read_order)

    def _rollback_order(
        self,
        order_id: str,
        *,
        reason: str | None = None,
        tracking_id: str | None = None,
        customer: Any = None,
        metadata: Any = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Plan[list[RollbackOutcome]]:
        """Roll back every redemption on an order that is not rolled back yet: one RollbackOutcome per parent (or
        parent-less) redemption, in the order's own order: "rolled_back" now, "already_rolled_back" before, "failed"
        or "outcome_unknown" with its error. Each goes through `rollback_stacked` (retries and recovery included),
        with `reason`, `tracking_id`, `customer` and `metadata`; `deadline` bounds the order's read and each rollback.
        Running it twice applies nothing twice: the second run finds every redemption rolled back. Reading the
        order raises (NotFoundError for an unknown order); a redemption's error is its outcome, never raised.
        """
        from ..operations.orders import rollback_order_plan

        read = self._get_order(order_id, max_retries=max_retries, timeout=timeout, deadline=deadline)

        def rollback(redemption_id: str) -> Plan[RollbackResult]:
            return self._rollback_stacked(
                redemption_id,
                reason=reason,
                tracking_id=tracking_id,
                customer=customer,
                metadata=metadata,
                max_retries=max_retries,
                timeout=timeout,
                deadline=deadline,
            )

        return rollback_order_plan(order_id, read, rollback, self._secrets)

    def _bulk_run(
        self,
        items: Iterable[str],
        journal: str,
        concurrency: int,
        requests_per_minute: int | None,
        reason: str | None,
        tracking_id: str | None,
        max_retries: int | None,
        timeout: float | httpx.Timeout | None,
        deadline: float | None,
    ) -> BulkRun:
        """A bulk run's journal opened and arguments checked, its calls planned with this client's options."""
        from ..bulk.ratelimit import RateLimiter
        from ..bulk.runner import BulkCalls, open_run

        self._check_open()
        calls = BulkCalls(
            rollback=lambda redemption_id: self._rollback_stacked(
                redemption_id,
                reason=reason,
                tracking_id=tracking_id,
                max_retries=max_retries,
                timeout=timeout,
                deadline=deadline,
            ),
            find_rollback=lambda redemption_id: self._find_rollback(
                redemption_id, max_retries=max_retries, timeout=timeout, deadline=deadline
            ),
            get_order=lambda order_id: self._get_order(
                order_id, max_retries=max_retries, timeout=timeout, deadline=deadline
            ),
            secrets=self._secrets,
        )
        return open_run(
            items,
            calls,
            journal=journal,
            concurrency=concurrency,
            limiter=RateLimiter(requests_per_minute, clock=self._clock),
            reason=reason,
            tracking_id=tracking_id,
        )

    def _redemptions(
        self,
        /,
        *,
        result: str | Sequence[str] | None = None,
        campaign: str | None = None,
        customer: str | None = None,
        order: str | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        filters: Mapping[str, Any] | None = None,
        page_size: int = 100,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        **conditions: Any,
    ) -> ItemPlan:
        """Every matching redemption and rollback, newest first by default, fetched page by page as you iterate.

        Shortcut filters: voucher_code, related_object_id, related_object_parent_id, parent_redemption_id,
        failure_code, object ("redemption" or "redemption_rollback"), customer_id, campaign_name, user_login.
        """
        from ..operations.pagination import build_query, list_plan

        query = build_query(
            result=result,
            campaign=campaign,
            customer=customer,
            order=order,
            created_after=created_after,
            created_before=created_before,
            filters=filters,
            page_size=page_size,
            **conditions,
        )
        options = self._options(max_retries, timeout, deadline)
        return list_plan(query, options, options.timeout)


def _public(method: Callable[..., Any], runner: Callable[..., Any], returns: str) -> Callable[..., Any]:
    """Name, document and sign the public method after the operation it runs (for help() and IDEs)."""
    functools.update_wrapper(runner, method)
    del runner.__wrapped__  # type: ignore[attr-defined]  # show this signature, not the plan's
    runner.__name__ = runner.__qualname__ = method.__name__.lstrip("_")
    runner.__signature__ = inspect.signature(method).replace(return_annotation=returns)  # type: ignore[attr-defined]
    runner.__annotations__ = {**method.__annotations__, "return": returns}
    return runner


def _result_of(method: Callable[..., Any]) -> str:
    # "Plan[RollbackResult]" -> "RollbackResult" (annotations are strings here: `from __future__ import annotations`)
    return str(method.__annotations__["return"]).removeprefix("Plan[").removesuffix("]")


def _sync(method: Callable[Concatenate[_ClientCore, P], Plan[T]]) -> Callable[Concatenate[Voucherify, P], T]:
    def run(self: Voucherify, *args: P.args, **kwargs: P.kwargs) -> T:
        return drive_sync(method(self, *args, **kwargs), self._connection)

    return _public(method, run, _result_of(method))


def _sync_items(
    method: Callable[Concatenate[_ClientCore, P], ItemPlan],
) -> Callable[Concatenate[Voucherify, P], Iterator[Redemption | Rollback]]:
    def run(self: Voucherify, *args: P.args, **kwargs: P.kwargs) -> Iterator[Redemption | Rollback]:
        return iterate_sync(method(self, *args, **kwargs), self._connection)

    return _public(method, run, "Iterator[Redemption | Rollback]")


def _async(
    method: Callable[Concatenate[_ClientCore, P], Plan[T]],
) -> Callable[Concatenate[AsyncVoucherify, P], Coroutine[Any, Any, T]]:
    async def run(self: AsyncVoucherify, *args: P.args, **kwargs: P.kwargs) -> T:
        return await drive_async(method(self, *args, **kwargs), self._connection)

    return _public(method, run, _result_of(method))


def _async_items(
    method: Callable[Concatenate[_ClientCore, P], ItemPlan],
) -> Callable[Concatenate[AsyncVoucherify, P], AsyncIterator[Redemption | Rollback]]:
    def run(self: AsyncVoucherify, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Redemption | Rollback]:
        return iterate_async(method(self, *args, **kwargs), self._connection)

    return _public(method, run, "AsyncIterator[Redemption | Rollback]")


class Voucherify(_ClientCore):
    """A synchronous client for Voucherify's Redemptions API.

    Arguments left unset come from VOUCHERIFY_APP_ID, VOUCHERIFY_APP_TOKEN, VOUCHERIFY_BEARER_TOKEN,
    VOUCHERIFY_BASE_URL and VOUCHERIFY_CLUSTER (eu1, us1, as1). `http_client` lets you bring your own httpx.Client
    (proxies, transports, limits); the SDK still applies its base URL, auth, timeout and retries per request, and
    leaves closing that client to you. `sleep`, `clock` and `random` exist so tests can run retries instantly.
    """

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        cluster: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client (AsyncVoucherify takes an httpx.AsyncClient)")
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            clock=clock,
            random=random,
        )
        self._connect(http_client, True, sleep or time.sleep)

    rollback_stacked = _sync(_ClientCore._rollback_stacked)
    rollback = _sync(_ClientCore._rollback)
    find_rollback = _sync(_ClientCore._find_rollback)
    redeem = _sync(_ClientCore._redeem)
    get_redemption = _sync(_ClientCore._get_redemption)
    get_order = _sync(_ClientCore._get_order)
    rollback_order = _sync(_ClientCore._rollback_order)
    redemptions = _sync_items(_ClientCore._redemptions)

    def rollback_many(
        self,
        items: Iterable[str],
        *,
        journal: str,
        concurrency: int = 4,
        requests_per_minute: int | None = 100,
        reason: str | None = None,
        tracking_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[RollbackOutcome]:
        """Roll back many redemptions, resumably: yields one RollbackOutcome per redemption as each completes.

        `items` are redemption ids, order ids (`ord_…`: every redemption on the order) or `order:ID` /
        `redemption:ID`. `journal` is a SQLite file recording each redemption's intent and outcome: run again with
        the same journal after a crash or `kill -9` and known outcomes are reported without being sent again
        (`resumed=True`), while rollbacks that were in flight are settled with `find_rollback` first. `concurrency`
        workers share a ceiling of `requests_per_minute` (every HTTP request counts, look-ups included; None lifts
        it) and pause together on a 429 or `X-Rate-Limit-Remaining: 0`. Each rollback is `rollback_stacked` with
        `reason` and `tracking_id` (a journal keeps the ones it started with) and its retries and recovery.
        """
        run = self._bulk_run(
            items, journal, concurrency, requests_per_minute, reason, tracking_id, max_retries, timeout, deadline
        )
        return run.outcomes(lambda plan: drive_sync(plan, self._connection))

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in)."""
        if self._own is not None:
            self._own.close()
        self._release()

    def __enter__(self) -> Voucherify:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncVoucherify(_ClientCore):
    """The asyncio twin of Voucherify: the same arguments, methods, results and errors, awaited.

    `redemptions(...)` is iterated with `async for`; `http_client` takes an httpx.AsyncClient.
    """

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        cluster: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient (Voucherify takes an httpx.Client)")
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            clock=clock,
            random=random,
        )
        self._connect(http_client, False, sleep or _async_sleep)

    rollback_stacked = _async(_ClientCore._rollback_stacked)
    rollback = _async(_ClientCore._rollback)
    find_rollback = _async(_ClientCore._find_rollback)
    redeem = _async(_ClientCore._redeem)
    get_redemption = _async(_ClientCore._get_redemption)
    get_order = _async(_ClientCore._get_order)
    rollback_order = _async(_ClientCore._rollback_order)
    redemptions = _async_items(_ClientCore._redemptions)

    def rollback_many(
        self,
        items: Iterable[str],
        *,
        journal: str,
        concurrency: int = 4,
        requests_per_minute: int | None = 100,
        reason: str | None = None,
        tracking_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[RollbackOutcome]:
        """The twin of Voucherify.rollback_many, iterated with `async for`: the same journal (a run started by one
        client resumes in the other), ceiling and outcomes. Redemptions go `concurrency` at a time, in waves: a
        wave's outcomes come once all of its rollbacks have ended."""
        run = self._bulk_run(
            items, journal, concurrency, requests_per_minute, reason, tracking_id, max_retries, timeout, deadline
        )
        return run.outcomes_async(lambda plan: drive_async(plan, self._connection))

    async def aclose(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in)."""
        if self._own is not None:
            await self._own.aclose()
        self._release()

    async def __aenter__(self) -> AsyncVoucherify:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
