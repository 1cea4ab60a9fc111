"""Every operation of the clients, written once: each method checks its arguments and returns a plan (see
`core.plans`): what to send, how to retry, how to read the answer. The sync and async clients only run those plans
with their own I/O (`_run`), so the two cannot drift apart.

The request building, result reading and recovery modules load the generated client (about a hundred model classes):
they are imported on a client's first call, not at import time, so a CLI or a web worker that imports this package
pays only for what it uses. The import statements in the methods below cost nothing after that.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack, cast

from .._constants import EXPORT_DEADLINE, MAX_PAGE_SIZE
from ..core.markers import new_marker, with_marker
from ..core.options import REQUEST_OPTION_NAMES, RequestOptions
from ..core.plans import ItemPlan, Plan, Request, read_after, send
from ..operations.bodies import CustomerArg, MetadataArg, OrderArg, RedeemableArg, RedeemOptionsArg, SessionArg
from ..operations.filters import ListFilters, ListRedemptionsQuery, ShortcutFilters
from ._base import ClientBase

if TYPE_CHECKING:
    import httpx

    from ..bulk.runner import BulkRun
    from ..operations.exports import ReadyExport
    from ..operations.outcomes import RollbackOutcome
    from ..operations.records import Order, Redemption, Rollback
    from ..operations.results import RedeemResult, RollbackResult


class ListOptions(RequestOptions, ShortcutFilters, total=False):
    """`redemptions(...)`'s keywords beyond its own arguments: a call's options and the shortcut filters."""


class Operations(ClientBase):
    """The operations of both clients, as plans."""

    def _rollback_stacked(
        self,
        parent_redemption_id: str,
        *,
        reason: str | None = None,
        tracking_id: str | None = None,
        customer: CustomerArg | None = None,
        order: OrderArg | None = None,
        metadata: MetadataArg | None = None,
        marker: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[RollbackResult]:
        """Roll back a stacked redemption and all its children (or a redemption without a parent).

        `reason` and `tracking_id` go in the query; `customer`, `order` and `metadata` (dicts or generated models)
        in the body, which updates them in Voucherify. Safe to retry: when an answer is lost after an attempt that
        may have applied, a look-up returns the rollback this call made (`recovered=True`, proved by its marker),
        raises AlreadyRolledBackError (carrying the rollback, `made_by_this_call=False`) when it is proved someone
        else's, RollbackAuthorshipUnknownError (`made_by_this_call=None`) when it is rolled back but neither can
        be proved, or RollbackOutcomeUnknownError when it cannot tell whether it is rolled back. `deadline`
        (seconds) bounds the whole call. `marker` (from `new_marker()`; a client made with `markers=True` sends a
        fresh one by itself) travels in the rollback's metadata and proves which call made a rollback found.
        """
        from ..operations.redemptions import read_rollback_stacked, rollback_stacked_request

        return self._rollback_plan(
            rollback_stacked_request,
            read_rollback_stacked,
            parent_redemption_id,
            reason=reason,
            tracking_id=tracking_id,
            customer=customer,
            order=order,
            metadata=metadata,
            marker=marker,
            request_options=request_options,
        )

    def _rollback(
        self,
        redemption_id: str,
        *,
        reason: str | None = None,
        tracking_id: str | None = None,
        customer: CustomerArg | None = None,
        order: OrderArg | None = None,
        metadata: MetadataArg | None = None,
        marker: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[RollbackResult]:
        """Roll back a single (not stacked) redemption; retried and recovered like `rollback_stacked`."""
        from ..operations.redemptions import read_rollback, rollback_request

        return self._rollback_plan(
            rollback_request,
            read_rollback,
            redemption_id,
            reason=reason,
            tracking_id=tracking_id,
            customer=customer,
            order=order,
            metadata=metadata,
            marker=marker,
            request_options=request_options,
        )

    def _rollback_plan(
        self,
        build: Callable[..., Request],
        read: Callable[[httpx.Response], RollbackResult],
        redemption_id: str,
        *,
        reason: str | None,
        tracking_id: str | None,
        customer: CustomerArg | None,
        order: OrderArg | None,
        metadata: MetadataArg | None,
        marker: str | None,
        request_options: RequestOptions,
    ) -> Plan[RollbackResult]:
        """Either rollback as a plan: the request (with this call's marker, if any, and without it for a project
        whose metadata schema refuses it) and the recovery plan over it."""
        from ..operations.recovery import rollback_plan

        call = self._options(request_options)
        if marker is None and self._markers:
            marker = new_marker()
        fields = {"reason": reason, "tracking_id": tracking_id, "customer": customer, "order": order}
        request = build(redemption_id, **fields, metadata=with_marker(metadata, marker), timeout=call.timeout)
        unmarked = None if marker is None else build(redemption_id, **fields, metadata=metadata, timeout=call.timeout)
        return rollback_plan(
            request,
            call,
            read,
            redemption_id=redemption_id,
            reason=reason,
            tracking_id=tracking_id,
            marker=marker,
            unmarked=unmarked,
        )

    def _find_rollback(
        self,
        redemption_id: str,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[RollbackResult | None]:
        """The rollback of a redemption, for applications that retry across processes: the RollbackResult of
        `redemption_id` (for a child redemption: of its whole stack), or None when it is not rolled back.

        Costs two requests on a quiet project, whatever the stack's size. An unknown id raises NotFoundError.
        """
        from ..operations.recovery import find_rollback_plan

        return find_rollback_plan(redemption_id, self._options(request_options, sends_body=False))

    def _redeem(
        self,
        redeemables: Sequence[RedeemableArg],
        *,
        order: OrderArg | None = None,
        customer: CustomerArg | None = None,
        session: SessionArg | None = None,
        tracking_id: str | None = None,
        metadata: MetadataArg | None = None,
        options: RedeemOptionsArg | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[RedeemResult]:
        """Redeem 1–30 redeemables (dicts, generated models, or voucher codes as strings) in one request.

        Retried only when the request provably never reached Voucherify (connection refused, 429): a redemption
        is never sent twice after a failure that might have applied it; that error is raised instead.
        """
        from ..operations.redemptions import read_redeem, redeem_request

        call = self._options(request_options)
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
        **request_options: Unpack[RequestOptions],
    ) -> Plan[Redemption | Rollback]:
        """Fetch a redemption (r_…, rf_…) or a rollback (rr_…, rrf_…) by id."""
        from ..operations.redemptions import get_request, read_item

        call = self._options(request_options, sends_body=False)
        return read_after(send(get_request(redemption_id, timeout=call.timeout), call), read_item)

    def _get_order(
        self,
        order_id: str,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[Order]:
        """Fetch an order by its id (ord_…) or source id: its status, totals and, in `redemptions` (redemption id to
        its entry), each redemption applied to it with its rollback."""
        from ..operations.orders import order_request, read_order

        call = self._options(request_options, sends_body=False)
        return read_after(send(order_request(order_id, timeout=call.timeout), call), read_order)

    def _rollback_order(
        self,
        order_id: str,
        *,
        reason: str | None = None,
        tracking_id: str | None = None,
        customer: CustomerArg | None = None,
        metadata: MetadataArg | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[list[RollbackOutcome]]:
        """Roll back every redemption on an order that is not rolled back yet: one RollbackOutcome per parent (or
        parent-less) redemption, in the order's own order: "rolled_back" now, "already_rolled_back" before, "failed"
        or "outcome_unknown" with its error. Each goes through `rollback_stacked` (retries and recovery included),
        with `reason`, `tracking_id`, `customer` and `metadata`; `deadline` bounds the order's read and each rollback.
        Running it twice applies nothing twice: the second run finds every redemption rolled back. Reading the
        order raises (NotFoundError for an unknown order); a redemption's error is its outcome, never raised.
        """
        from ..operations.orders import rollback_order_plan

        read = self._get_order(order_id, **_reading(request_options))

        def rollback(redemption_id: str) -> Plan[RollbackResult]:
            return self._rollback_stacked(
                redemption_id,
                reason=reason,
                tracking_id=tracking_id,
                customer=customer,
                metadata=metadata,
                **request_options,
            )

        return rollback_order_plan(order_id, read, rollback, self._secrets)

    def _export_redemptions(
        self,
        filters: Mapping[str, Any] | None = None,
        fields: Sequence[str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[ReadyExport]:
        """Create an export of the redemptions and rollbacks `filters` selects (Voucherify's export filters, see
        `redemption_filters`), with the CSV columns `fields` (default: id, object, date, voucher_code, customer_id,
        result), and wait until it is DONE; the clients then download its CSV. `deadline` (default 900 s) bounds the
        whole call: creation, polls and download."""
        from ..operations.exports import create_request, export_plan, ready_plan

        call = self._options(cast(RequestOptions, {"deadline": EXPORT_DEADLINE, **request_options}))
        plan = export_plan(create_request(filters, fields, timeout=call.timeout), call)
        return ready_plan(plan, call, self.base_url)

    def _bulk_run(
        self,
        items: Iterable[str],
        journal: str,
        concurrency: int,
        requests_per_minute: int | None,
        reason: str | None,
        tracking_id: str | None,
        marker: bool,
        rebind: bool,
        request_options: RequestOptions,
    ) -> BulkRun:
        """A bulk run's journal opened (and bound to this client's host and account) and arguments checked, its
        calls planned with this client's options."""
        from ..bulk.ratelimit import RateLimiter
        from ..bulk.runner import BulkCalls, Target, open_run

        self._check_open()
        calls = BulkCalls(
            rollback=lambda redemption_id, run_marker: self._rollback_stacked(
                redemption_id,
                reason=reason,
                tracking_id=tracking_id,
                marker=run_marker,
                **request_options,
            ),
            find_rollback=lambda redemption_id: self._find_rollback(redemption_id, **_reading(request_options)),
            get_order=lambda order_id: self._get_order(order_id, **_reading(request_options)),
            get_redemption=lambda redemption_id: self._get_redemption(redemption_id, **_reading(request_options)),
            secrets=self._secrets,
        )
        keys = self._settings.app_id is not None and self._settings.app_token is not None
        target = Target(
            host=self.base_url,
            app_id=self._settings.app_id if keys else self._account_of_provider(),
            bearer_token=None if keys else self._settings.bearer_token,
        )
        return open_run(
            items,
            calls,
            journal=journal,
            concurrency=concurrency,
            limiter=RateLimiter(
                requests_per_minute, plan=self._rate_limit_plan, clock=self._clock, wall_clock=self._wall_clock
            ),
            target=target,
            reason=reason,
            tracking_id=tracking_id,
            marker=marker,
            rebind=rebind,
        )

    def _redemptions(
        self,
        /,
        *,
        campaign: str | None = None,
        customer: str | None = None,
        order: str | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        filters: ListFilters | None = None,
        page_size: int = MAX_PAGE_SIZE,
        query: ListRedemptionsQuery | None = None,
        **options: Unpack[ListOptions],
    ) -> ItemPlan:
        """Every matching redemption and rollback, newest first by default, fetched page by page as you iterate.

        The keywords come from the spec through the generated list operation: `order` is one of its orders; the
        shortcut filters (`ShortcutFilters`: voucher_code, related_object_id, parent_redemption_id, failure_code,
        object, customer_id, result, ... every filter the spec lists) take a value or a list or tuple of values;
        `filters` takes the spec's filter objects as they are; `query` any other query parameter of the spec.
        """
        from ..operations.pagination import build_query, list_plan

        conditions: dict[str, Any] = {k: v for k, v in options.items() if k not in REQUEST_OPTION_NAMES}
        built = build_query(
            campaign=campaign,
            customer=customer,
            order=order,
            created_after=created_after,
            created_before=created_before,
            filters=filters,
            page_size=page_size,
            query=query,
            **conditions,
        )
        request_options = {name: value for name, value in options.items() if name in REQUEST_OPTION_NAMES}
        call = self._options(cast(RequestOptions, request_options), sends_body=False)
        return list_plan(built, call, call.timeout)

    def _request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: type[Any] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Plan[Any]:
        """Any endpoint, as a plan: see `Voucherify.request`."""
        from ..operations.custom import READ_METHODS, custom_request, read_json

        reads = isinstance(method, str) and method.upper() in READ_METHODS
        call = self._options(request_options, sends_body=not reads)
        request = custom_request(method, path, query=query, body=body, timeout=call.timeout)
        return read_after(send(request, call), lambda response: read_json(response, cast_to))


def _reading(request_options: RequestOptions) -> RequestOptions:
    """A call's options for the reads it makes besides its own request: `extra_body` is for the request that
    carries a body (a rollback's), not for these GETs."""
    return cast(RequestOptions, {name: value for name, value in request_options.items() if name != "extra_body"})
