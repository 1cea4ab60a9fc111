"""Orders: reading one (`GET /v1/orders/{orderId}`) and rolling back every redemption on it (`rollback_order`).

An order's `redemptions` map names, per redemption applied to it, whether and by what it was rolled back
(`rollback_id`) and, for a stack's parent, its children (`stacked`) and their rollbacks (`rollback_stacked`):
facts §3.3. A rollback by order rolls back each parent (or parent-less) redemption the map names that has no
rollback yet, through `rollback_stacked` with its recovery, so running it twice applies nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
from voucherify_client.api.orders import get_order as _get_order
from voucherify_client.models import OrdersGetResponseBody

from ..core.plans import Plan, Request
from ..errors import MalformedResponseError, VoucherifyError
from ..errors.redaction import redact_exception
from .outcomes import ALREADY_ROLLED_BACK, ROLLED_BACK, RollbackOutcome
from .records import Order
from .redemptions import _malformed, check_id
from .results import RollbackResult


def order_request(order_id: str, *, timeout: httpx.Timeout | None) -> Request:
    """GET /v1/orders/{orderId}: an order, by its Voucherify id (ord_…) or its source id."""
    kwargs = _get_order.build_request(check_id(order_id, "order_id"))
    return Request(method=str(kwargs["method"]).upper(), url=str(kwargs["url"]), kind="read", timeout=timeout)


def read_order(response: httpx.Response) -> OrdersGetResponseBody:
    """The order (the generated OrdersGetResponseBody, decoded in one pass), or MalformedResponseError."""
    try:
        order = OrdersGetResponseBody.from_json(response.content)
    except ValueError:
        raise _malformed(response, "an order") from None
    if order.object not in (None, "order") or not order.id:
        raise _malformed(response, "an order")
    return order


@dataclass(frozen=True)
class OrderRedemption:
    """One redemption an order's `redemptions` map names: a stack's parent (with `children`) or a parent-less
    redemption. `rollback_id` is its successful rollback, if any (a refused attempt's rrf_ id does not count)."""

    redemption_id: str
    rollback_id: str | None
    children: tuple[str, ...]


def order_redemptions(order: Order) -> list[OrderRedemption]:
    """The parent and parent-less redemptions on an order, in the map's order; children are left to their parent."""
    listed: list[OrderRedemption] = []
    for redemption_id, entry in (order.redemptions or {}).items():
        children = tuple(entry.stacked or ())
        rollback_id = entry.rollback_id
        if rollback_id is not None and rollback_id.startswith("rrf_"):
            rollback_id = None
        listed.append(OrderRedemption(str(redemption_id), rollback_id, children))
    # A child's own entry (should the map carry one) is rolled back with its parent, never on its own.
    children_of_parents = {child for entry in listed for child in entry.children}
    return [entry for entry in listed if entry.redemption_id not in children_of_parents]


def rollback_order_plan(
    order_id: str,
    read: Plan[Order],
    rollback: Callable[[str], Plan[RollbackResult]],
    secrets: tuple[str, ...],
) -> Plan[list[RollbackOutcome]]:
    """Read the order, then roll back each of its redemptions without a rollback, one at a time; every redemption's
    error becomes its outcome, so one refusal does not hide the others' results. Errors reading the order raise."""
    order = yield from read
    outcomes: list[RollbackOutcome] = []
    for entry in order_redemptions(order):
        if entry.rollback_id is not None:
            outcomes.append(
                RollbackOutcome(
                    entry.redemption_id,
                    ALREADY_ROLLED_BACK,
                    item=order_id,
                    order_id=order.id,
                    rollback_id=entry.rollback_id,
                )
            )
            continue
        try:
            result = yield from rollback(entry.redemption_id)
        except ValueError as refused:  # an id in the map that no request path can carry
            error = MalformedResponseError(f"the order names a redemption id no request can carry: {refused}")
            outcomes.append(RollbackOutcome.from_error(entry.redemption_id, error, item=order_id, order_id=order.id))
            continue
        except VoucherifyError as error:
            redact_exception(error, secrets)  # the driver redacts what it raises; these errors are returned
            outcomes.append(RollbackOutcome.from_error(entry.redemption_id, error, item=order_id, order_id=order.id))
            continue
        done = RollbackOutcome(entry.redemption_id, ROLLED_BACK, item=order_id, order_id=order.id, result=result)
        outcomes.append(done)
    return outcomes
