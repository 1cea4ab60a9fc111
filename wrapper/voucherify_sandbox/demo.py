"""The demo: a stacked redemption and its rollback, end to end, on an in-process sandbox (no credentials needed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from voucherify_rollbacks import AlreadyRolledBackError, Redemption, RollbackResult, promotion_tier_id

from .instance import Sandbox

GIFT, COUPON, LOYALTY, TIER = "GIFT-100", "SAVE10", "LOYALTY-1000", "promo_SPEND100"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain-text table with aligned columns; None shows as a dash."""
    # The SDK's CLI has its own (in its output module), private: the sandbox uses only public names.
    cells = [[str(h) for h in headers]] + [["-" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def money(minor: int | None) -> str | None:
    """Minor units as a decimal amount."""
    return None if minor is None else f"{minor / 100:.2f}"


def _balances(sandbox: Sandbox) -> list[list[Any]]:
    gift = sandbox.voucher(GIFT)["gift"]
    loyalty = sandbox.voucher(LOYALTY)["loyalty_card"]
    coupon = sandbox.voucher(COUPON)["redemption"]
    return [
        [GIFT, "gift card balance", money(gift["balance"])],
        [LOYALTY, "loyalty points", loyalty["balance"]],
        [COUPON, "times redeemed", coupon["redeemed_quantity"]],
    ]


def _rollback_rows(result: RollbackResult) -> list[list[Any]]:
    rows = [
        [r.id, r.redemption, r.voucher.code if r.voucher else "promotion tier", r.amount, r.status]
        for r in result.rollbacks
    ]
    if result.parent_rollback:
        p = result.parent_rollback
        rows.append([p.id, p.redemption, "(the stack)", p.amount, p.status])
    return rows


def _redemption_row(redemption: Redemption) -> list[Any]:
    incentive = redemption.voucher.code if redemption.voucher else promotion_tier_id(redemption)
    # Each child's order snapshot says what that incentive took off; gift credits also show as the amount.
    applied = redemption.order.applied_discount_amount if redemption.order else None
    return [redemption.id, incentive, money(applied if applied is not None else redemption.amount)]


def main() -> int:
    """Run the tour and print it; returns the exit code."""
    with Sandbox() as sandbox, sandbox.client() as vf:
        print(f"Local Voucherify sandbox at {sandbox.base_url} (SQLite in memory, default catalog)\n")
        print("Balances before:")
        print(table(["voucher", "what", "value"], _balances(sandbox)))
        print()

        redeemed = vf.redeem(
            [
                {"object": "voucher", "id": GIFT, "gift": {"credits": 2500}},
                {"object": "voucher", "id": COUPON},
                {"object": "voucher", "id": LOYALTY, "reward": {"points": 300}},
                {"object": "promotion_tier", "id": TIER},
            ],
            order={"source_id": "demo-order-1", "amount": 20000},
            customer={"source_id": "annie@lemon.com"},
        )
        parent = redeemed.parent_redemption
        assert parent is not None and parent.id is not None
        print(f"Redeemed a stack of {len(redeemed.redemptions)} incentives: parent redemption {parent.id}")
        print(
            table(["redemption", "incentive", "applied discount"], [_redemption_row(r) for r in redeemed.redemptions])
        )
        print()
        order = redeemed.order
        if order is not None:
            print("Order totals:")
            row = [
                order.id,
                order.status,
                money(order.amount),
                money(order.total_discount_amount),
                money(order.total_amount),
            ]
            print(table(["order", "status", "amount", "discount", "total"], [row]))
            print()
        print("Balances after the redemption:")
        print(table(["voucher", "what", "value"], _balances(sandbox)))
        print()

        result = vf.rollback_stacked(parent.id, reason="Order canceled", metadata={"demo": True})
        print(
            f"Rolled back the stack (ok={result.ok}); order status now {result.order.status if result.order else '-'}:"
        )
        print(table(["rollback", "undid redemption", "incentive", "amount", "status"], _rollback_rows(result)))
        print()

        print("Balances after the rollback (restored):")
        print(table(["voucher", "what", "value"], _balances(sandbox)))
        print()

        print("Rolling back the same stack a second time:")
        try:
            vf.rollback_stacked(parent.id, reason="Order canceled")
        except AlreadyRolledBackError as refusal:
            print(f"  refused as expected: {refusal}")
            print(f"  Voucherify stored the failed attempt as {refusal.resource_id} ({refusal.resource_type})")
            return 0
    print("  unexpectedly accepted")
    return 1
