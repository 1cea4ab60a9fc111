"""Stacked redemptions to roll back: many, fast, written straight into a sandbox store through its operations (no
HTTP), for the bulk tests and `bench.bulk_throughput`; or a few, redeemed over HTTP on a running sandbox."""

from __future__ import annotations

import json

from voucherify_sandbox import Sandbox
from voucherify_sandbox.catalog import default_catalog, normalize_catalog
from voucherify_sandbox.clock import Clock
from voucherify_sandbox.operations import Operations
from voucherify_sandbox.store import Store


def build_stacks(db: str, count: int, *, channel_id: str = "bulk") -> list[str]:
    """`count` two-coupon stacks (SAVE10 + PERCENT20) in a new sandbox store file `db`, in one transaction; their
    parent redemption ids. Serve the file with `Sandbox(db=db)`."""
    store = Store(db)
    try:
        catalog = default_catalog()
        store.seed(*normalize_catalog(catalog["vouchers"], catalog["promotion_tiers"]))
        operations = Operations(store, Clock(), channel_id=channel_id)
        parents = []
        with store.transaction():
            for i in range(count):
                body = {
                    "redeemables": [{"object": "voucher", "id": "SAVE10"}, {"object": "voucher", "id": "PERCENT20"}],
                    "order": {"amount": 20000},
                    "customer": {"source_id": f"customer-{i}"},
                }
                _, answer = operations.call("redeem-stacked-discounts", None, "", json.dumps(body).encode())
                parents.append(str(answer["parent_redemption"]["id"]))
        return parents
    finally:
        store.close()


def redeem_stacks(sandbox: Sandbox, count: int) -> list[str]:
    """`count` stacked redemptions (two coupons each), their parent ids."""
    with sandbox.client() as vf:
        return [
            vf.redeem(["SAVE10", "PERCENT20"], order={"amount": 20000}, customer={"source_id": f"c{i}"}).redemption_id
            for i in range(count)
        ]
