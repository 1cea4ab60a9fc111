"""How much one discount, gift card or loyalty spend takes off an order (integers, minor units).

Discounts apply in request order, each on what the previous ones left (Voucherify's stacking formulas, facts §2.3).
Item-level effects (APPLY_TO_ITEMS …) are computed on the order total: the sandbox keeps no product catalog.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any


def order_amount(order: dict[str, Any]) -> int | None:
    """`order.amount`, or the sum of its items (amount, else price × quantity) when only items were sent."""
    if order.get("amount") is not None:
        return int(order["amount"])
    items = order.get("items") or []
    if not items:
        return None
    return sum(item_amount(item) for item in items)


def item_amount(item: dict[str, Any]) -> int:
    if item.get("amount") is not None:
        return int(item["amount"])
    return int((item.get("price") or 0) * (item.get("quantity") or 1))


def unit_price(items: list[dict[str, Any]], unit_type: str) -> int:
    """Price of one unit of `unit_type`, taken from the order item that matches it (product, SKU or source id)."""
    for item in items:
        if unit_type in (item.get("product_id"), item.get("sku_id"), item.get("source_id")):
            if item.get("price") is not None:
                return int(item["price"])
            return item_amount(item) // max(item.get("quantity") or 1, 1)
    # Voucherify would add the missing item at its catalog price; the sandbox has no catalog: the unit is worth 0.
    return 0


def discount_off(discount: dict[str, Any], remaining: int, items: list[dict[str, Any]]) -> int:
    """What `discount` takes off `remaining`, never more than `remaining`."""
    kind = discount["type"]
    if kind == "AMOUNT":
        off = int(discount["amount_off"])
    elif kind == "PERCENT":
        off = int(
            (Decimal(remaining) * Decimal(str(discount["percent_off"])) / 100).quantize(Decimal(1), ROUND_HALF_UP)
        )
        if discount.get("amount_limit") is not None:
            off = min(off, int(discount["amount_limit"]))
    elif kind == "FIXED":
        off = remaining - int(discount["fixed_amount"])  # FIXED sets the price to fixed_amount
    else:  # UNIT
        off = int(discount["unit_off"]) * unit_price(items, discount["unit_type"])
    return max(0, min(off, remaining))
