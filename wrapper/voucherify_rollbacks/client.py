"""Voucherify and AsyncVoucherify: thin shells over the shared request building (operations), sending (sending,
recovery) and listing (pagination). Each method only picks the plan and runs it with its own I/O."""

from __future__ import annotations

import datetime
import random as _random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

import httpx

from ._logging import SecretsFilter, configure_from_env, logger
from ._version import __version__
from .config import Settings, check_max_retries, resolve_settings, to_timeout
from .errors import ConfigurationError
from .operations import (
    get_request,
    read_item,
    read_redeem,
    read_rollback,
    read_rollback_stacked,
    redeem_request,
    rollback_request,
    rollback_stacked_request,
)
from .pagination import build_query, list_plan
from .recovery import rollback_plan
from .results import RedeemResult, Redemption, Rollback, RollbackResult
from .retries import RetryPolicy
from .sending import (
    CallOptions,
    Connection,
    ItemPlan,
    Plan,
    Request,
    drive_async,
    drive_sync,
    iterate_async,
    iterate_sync,
    read_after,
    send,
)


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported on first use: sync users (CLIs, workers) should not pay for it at import time.
    import asyncio

    await asyncio.sleep(seconds)


# A retried call never runs longer than this in total, whatever max_retries and the timeout allow.
DEFAULT_DEADLINE = 120.0


class _ClientCore:
    """What both clients share: settings, retry policy, log redaction and the per-call options."""

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
        self._policy = RetryPolicy(max_retries=self._settings.max_retries, deadline=DEFAULT_DEADLINE)
        self._clock = clock or time.monotonic
        self._random = random or _random.random
        self._headers = {
            **self._settings.auth_headers(),
            "Accept": "application/json",
            "User-Agent": f"voucherify-rollbacks/{__version__} (python; httpx)",
        }
        configure_from_env()
        self._secrets_filter = SecretsFilter(self._settings.secrets())
        logger.addFilter(self._secrets_filter)
        self._closed = False

    @property
    def base_url(self) -> str:
        """The API's base URL this client sends to."""
        return self._settings.base_url

    def _options(self, max_retries: int | None, timeout: float | httpx.Timeout | None) -> CallOptions:
        policy = (
            self._policy if max_retries is None else replace(self._policy, max_retries=check_max_retries(max_retries))
        )
        return CallOptions(
            policy=policy,
            timeout=self._settings.timeout if timeout is None else to_timeout(timeout),
            clock=self._clock,
            random=self._random,
        )

    def _check_open(self) -> None:
        if self._closed:
            raise ConfigurationError("this client is closed; create a new one")

    def _release(self) -> None:
        self._closed = True
        logger.removeFilter(self._secrets_filter)

    def _rollback_plan(
        self,
        build: Callable[..., Request],
        read: Callable[[httpx.Response], RollbackResult],
        redemption_id: str,
        fields: Mapping[str, Any],
        max_retries: int | None,
        timeout: float | httpx.Timeout | None,
    ) -> Plan[RollbackResult]:
        self._check_open()
        options = self._options(max_retries, timeout)
        request = build(redemption_id, timeout=options.timeout, **fields)
        return rollback_plan(request, options, read, redemption_id=redemption_id)

    def _redeem_plan(
        self,
        redeemables: Sequence[Any],
        fields: Mapping[str, Any],
        max_retries: int | None,
        timeout: float | httpx.Timeout | None,
    ) -> Plan[RedeemResult]:
        self._check_open()
        options = self._options(max_retries, timeout)
        return read_after(send(redeem_request(redeemables, timeout=options.timeout, **fields), options), read_redeem)

    def _get_plan(
        self, redemption_id: str, max_retries: int | None, timeout: float | httpx.Timeout | None
    ) -> Plan[Redemption | Rollback]:
        self._check_open()
        options = self._options(max_retries, timeout)
        return read_after(send(get_request(redemption_id, timeout=options.timeout), options), read_item)

    def _list_plan(
        self, filters: Mapping[str, Any], max_retries: int | None, timeout: float | httpx.Timeout | None
    ) -> ItemPlan:
        self._check_open()
        query = build_query(**filters)
        options = self._options(max_retries, timeout)
        return list_plan(query, options, options.timeout)

    def __repr__(self) -> str:
        auth = "app keys" if self._settings.app_token else "bearer token"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r}, max_retries={self._policy.max_retries})"
        )


class Voucherify(_ClientCore):
    """A synchronous client for Voucherify's Redemptions API.

    Arguments left unset come from VOUCHERIFY_APP_ID, VOUCHERIFY_APP_TOKEN, VOUCHERIFY_BEARER_TOKEN,
    VOUCHERIFY_BASE_URL and VOUCHERIFY_CLUSTER. `http_client` lets you bring your own httpx.Client (proxies,
    transports, limits); the SDK still applies its base URL, auth, timeout and retries per request, and leaves
    closing that client to you. `sleep`, `clock` and `random` exist so tests can run retries instantly.
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
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client")
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
            random=random,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self._settings.timeout)
        self._connection = Connection(self._http, self.base_url, self._headers, sleep or time.sleep)

    def rollback_stacked(
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
    ) -> RollbackResult:
        """Roll back a stacked redemption and all its children (or a redemption without a parent).

        Safe to retry: a retry that meets `already_rolled_back` returns the earlier attempt's rollback with
        `recovered=True`. Raises AlreadyRolledBackError when the redemption had been rolled back before this call.
        """
        fields = {
            "reason": reason,
            "tracking_id": tracking_id,
            "customer": customer,
            "order": order,
            "metadata": metadata,
        }
        plan = self._rollback_plan(
            rollback_stacked_request, read_rollback_stacked, parent_redemption_id, fields, max_retries, timeout
        )
        return drive_sync(plan, self._connection)

    def rollback(
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
    ) -> RollbackResult:
        """Roll back a single (not stacked) redemption; retried and recovered like rollback_stacked."""
        fields = {
            "reason": reason,
            "tracking_id": tracking_id,
            "customer": customer,
            "order": order,
            "metadata": metadata,
        }
        plan = self._rollback_plan(rollback_request, read_rollback, redemption_id, fields, max_retries, timeout)
        return drive_sync(plan, self._connection)

    def redeem(
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
    ) -> RedeemResult:
        """Redeem 1–30 redeemables (dicts, generated models, or voucher codes as strings) in one request.

        Retried only when the request provably never reached Voucherify (connection refused, 429): a redemption
        is never sent twice after a failure that might have applied it; that error is raised instead.
        """
        fields = {
            "order": order,
            "customer": customer,
            "session": session,
            "tracking_id": tracking_id,
            "metadata": metadata,
            "options": options,
        }
        return drive_sync(self._redeem_plan(redeemables, fields, max_retries, timeout), self._connection)

    def get_redemption(
        self, redemption_id: str, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Redemption | Rollback:
        """Fetch a redemption (r_…, rf_…) or a rollback (rr_…, rrf_…) by id."""
        return drive_sync(self._get_plan(redemption_id, max_retries, timeout), self._connection)

    def redemptions(
        self,
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
        **conditions: Any,
    ) -> Iterator[Redemption | Rollback]:
        """Every matching redemption and rollback, newest first by default, fetched page by page as you iterate.

        Shortcut filters: voucher_code, related_object_id, related_object_parent_id, parent_redemption_id,
        failure_code, object ("redemption" or "redemption_rollback"), customer_id, campaign_name, user_login.
        """
        filters_ = {
            "result": result,
            "campaign": campaign,
            "customer": customer,
            "order": order,
            "created_after": created_after,
            "created_before": created_before,
            "filters": filters,
            "page_size": page_size,
            **conditions,
        }
        return iterate_sync(self._list_plan(filters_, max_retries, timeout), self._connection)

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in)."""
        if self._owns_http:
            self._http.close()
        self._release()

    def __enter__(self) -> Voucherify:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncVoucherify(_ClientCore):
    """The asyncio twin of Voucherify: the same arguments, methods, results and errors, awaited."""

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
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
            random=random,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self._settings.timeout)
        self._connection = Connection(self._http, self.base_url, self._headers, sleep or _asyncio_sleep)

    async def rollback_stacked(
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
    ) -> RollbackResult:
        """See Voucherify.rollback_stacked; awaited."""
        fields = {
            "reason": reason,
            "tracking_id": tracking_id,
            "customer": customer,
            "order": order,
            "metadata": metadata,
        }
        plan = self._rollback_plan(
            rollback_stacked_request, read_rollback_stacked, parent_redemption_id, fields, max_retries, timeout
        )
        return await drive_async(plan, self._connection)

    async def rollback(
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
    ) -> RollbackResult:
        """See Voucherify.rollback; awaited."""
        fields = {
            "reason": reason,
            "tracking_id": tracking_id,
            "customer": customer,
            "order": order,
            "metadata": metadata,
        }
        plan = self._rollback_plan(rollback_request, read_rollback, redemption_id, fields, max_retries, timeout)
        return await drive_async(plan, self._connection)

    async def redeem(
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
    ) -> RedeemResult:
        """See Voucherify.redeem; awaited."""
        fields = {
            "order": order,
            "customer": customer,
            "session": session,
            "tracking_id": tracking_id,
            "metadata": metadata,
            "options": options,
        }
        return await drive_async(self._redeem_plan(redeemables, fields, max_retries, timeout), self._connection)

    async def get_redemption(
        self, redemption_id: str, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Redemption | Rollback:
        """See Voucherify.get_redemption; awaited."""
        return await drive_async(self._get_plan(redemption_id, max_retries, timeout), self._connection)

    def redemptions(
        self,
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
        **conditions: Any,
    ) -> AsyncIterator[Redemption | Rollback]:
        """See Voucherify.redemptions; iterate with `async for`."""
        filters_ = {
            "result": result,
            "campaign": campaign,
            "customer": customer,
            "order": order,
            "created_after": created_after,
            "created_before": created_before,
            "filters": filters,
            "page_size": page_size,
            **conditions,
        }
        return iterate_async(self._list_plan(filters_, max_retries, timeout), self._connection)

    async def aclose(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in)."""
        if self._owns_http:
            await self._http.aclose()
        self._release()

    async def __aenter__(self) -> AsyncVoucherify:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
