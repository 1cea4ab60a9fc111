"""The five Redemptions operations, plus the voucher and order reads a rollback workflow needs: request bytes in,
`(status, JSON body)` out. No sockets here."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from . import listing, payloads
from .clock import Clock
from .errors import ApiError, not_found
from .exports import Exports
from .redeem import redeem
from .rollback import InFlight, rollback
from .store import Store
from .strict_json import loads_request

Doc = dict[str, Any]


def _body(raw: bytes) -> Any:
    """A redeem or rollback body: empty means {} (nothing to add), anything else must be strict JSON; `null`, arrays
    and scalars are then refused by payloads.py as not an object."""
    return loads_request(raw) if raw.strip() else {}


def _first(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None


class Operations:
    """Runs one operation against the store. `channel_id` is what records show as `channel.channel_id`."""

    def __init__(self, store: Store, clock: Clock, channel_id: str) -> None:
        self.store, self.clock, self.channel_id = store, clock, channel_id
        self.in_flight = InFlight()
        self.exports = Exports(store, clock)

    def call(
        self, operation_id: str, redemption_id: str | None, query_string: str, body: bytes, *, commit_delay: float = 0.0
    ) -> tuple[int, Doc]:
        """`commit_delay`: a rollback holds its redemption this long before committing (the slow-commit fault)."""
        if operation_id == "redeem-stacked-discounts":
            wanted = payloads.parse_redeem(_body(body))
            return 200, redeem(self.store, wanted, self.clock.now(), self.channel_id)
        if operation_id == "list-redemptions":
            return 200, listing.list_redemptions(self.store, listing.parse_list_query(query_string))
        assert redemption_id is not None
        if operation_id == "get-voucher":  # by code, or by `v_` id like every other place that names a voucher
            voucher = self.store.voucher(redemption_id)
            if voucher is None:
                raise not_found("voucher", redemption_id)
            return 200, voucher
        if operation_id == "get-order":
            order = self.store.order(redemption_id)
            if order is None:
                raise not_found("order", redemption_id)
            return 200, order
        if operation_id == "get-redemption":
            found = self.store.redemption(redemption_id)
            if found is None:
                raise not_found("redemption", redemption_id)
            return 200, found
        try:
            query = parse_qs(query_string, keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError):
            raise ApiError(
                400, "invalid_query_params", "Invalid query params", "The query string is not valid"
            ) from None
        undo = payloads.parse_rollback(_body(body), _first(query, "reason"), _first(query, "tracking_id"))
        stacked = operation_id == "rollback-stacked-redemptions"
        return 200, rollback(
            self.store,
            self.in_flight,
            redemption_id,
            undo,
            self.clock.now(),
            self.channel_id,
            stacked_endpoint=stacked,
            commit_delay=commit_delay,
        )
