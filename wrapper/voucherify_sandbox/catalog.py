"""What can be redeemed: the shipped default catalog and the checks that turn a user's seed into stored objects."""

from __future__ import annotations

import copy
from typing import Any

from .clock import iso, parse_iso
from .ids import stable_id

VOUCHER_TYPES = ("DISCOUNT_VOUCHER", "GIFT_VOUCHER", "LOYALTY_CARD")
ORDER_EFFECTS = ("APPLY_TO_ORDER", "APPLY_TO_ITEMS")
AMOUNT_EFFECTS = (
    *ORDER_EFFECTS,
    "APPLY_TO_ITEMS_PROPORTIONALLY",
    "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY",
    "APPLY_TO_ITEMS_BY_QUANTITY",
)
UNIT_EFFECTS = ("ADD_MISSING_ITEMS", "ADD_NEW_ITEMS", "ADD_MANY_ITEMS", "ADD_SAME_ITEMS")
# Seeds get this creation date unless they give one, so snapshots are stable across restarts.
CATALOG_CREATED_AT = "2024-01-01T00:00:00.000Z"


def _campaign(name: str) -> dict[str, Any]:
    return {"campaign": name, "campaign_id": stable_id("camp", name)}


_DEFAULT_CATALOG: dict[str, list[dict[str, Any]]] = {
    "vouchers": [
        {"code": "GIFT-100", "type": "GIFT_VOUCHER", "gift": {"amount": 10000}, **_campaign("Gift Cards")},
        {"code": "GIFT-50", "type": "GIFT_VOUCHER", "gift": {"amount": 5000}, **_campaign("Gift Cards")},
        {
            "code": "LOYALTY-1000",
            "type": "LOYALTY_CARD",
            "loyalty_card": {"points": 1000},
            **_campaign("Loyalty Program"),
        },
        {"code": "SAVE10", "discount": {"type": "AMOUNT", "amount_off": 1000}, **_campaign("Spring Coupons")},
        {
            "code": "PERCENT20",
            "discount": {"type": "PERCENT", "percent_off": 20, "amount_limit": 5000},
            **_campaign("Spring Coupons"),
        },
        {"code": "FIXED50", "discount": {"type": "FIXED", "fixed_amount": 5000}, **_campaign("Spring Coupons")},
        {
            "code": "FREESHIP",
            "discount": {"type": "UNIT", "unit_off": 1, "unit_type": "prod_shipping", "effect": "ADD_MISSING_ITEMS"},
            **_campaign("Free Shipping"),
        },
        {
            "code": "ONCE-5",
            "discount": {"type": "AMOUNT", "amount_off": 500},
            "redemption": {"quantity": 1},
            **_campaign("Single Use"),
        },
        {
            "code": "EXPIRED-10",
            "discount": {"type": "AMOUNT", "amount_off": 1000},
            "expiration_date": "2020-01-31T23:59:59.000Z",
        },
        {
            "code": "FUTURE-10",
            "discount": {"type": "AMOUNT", "amount_off": 1000},
            "start_date": "2099-01-01T00:00:00.000Z",
        },
        {"code": "DISABLED-10", "discount": {"type": "AMOUNT", "amount_off": 1000}, "active": False},
    ],
    "promotion_tiers": [
        {
            "id": "promo_WELCOME5",
            "name": "Welcome 5% off",
            "action": {"discount": {"type": "PERCENT", "percent_off": 5}},
            "campaign": {"id": stable_id("camp", "Welcome"), "name": "Welcome"},
        },
        {
            "id": "promo_SPEND100",
            "name": "Spend 100, save 5",
            "action": {"discount": {"type": "AMOUNT", "amount_off": 500}},
            "campaign": {"id": stable_id("camp", "Spend and Save"), "name": "Spend and Save"},
        },
    ],
}


def default_catalog() -> dict[str, list[dict[str, Any]]]:
    """The shipped catalog `{"vouchers": [...], "promotion_tiers": [...]}`, a fresh deep copy on every call."""
    return copy.deepcopy(_DEFAULT_CATALOG)


class _Seed:
    """Reads one seed entry, raising ValueError that names the entry and the field."""

    def __init__(self, where: str, entry: Any) -> None:
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: expected an object, got {type(entry).__name__}")
        self.where, self.entry = where, entry

    def fail(self, problem: str) -> ValueError:
        return ValueError(f"{self.where}: {problem}")

    def integer(self, value: Any, name: str, *, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(f"{name} must be an integer >= {minimum}, got {value!r}")
        return value

    def date(self, name: str) -> str | None:
        value = self.entry.get(name)
        if value is None:
            return None
        try:
            return iso(parse_iso(value))
        except (TypeError, ValueError):
            raise self.fail(f"{name} must be an ISO 8601 date-time, got {value!r}") from None

    def discount(self, raw: Any) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail("discount must be an object")
        kind, out = raw.get("type"), dict(raw)
        allowed: tuple[str, ...]
        if kind == "AMOUNT":
            self.integer(raw.get("amount_off"), "discount.amount_off")
            allowed = AMOUNT_EFFECTS
        elif kind == "PERCENT":
            percent = raw.get("percent_off")
            if isinstance(percent, bool) or not isinstance(percent, (int, float)) or not 0 <= percent <= 100:
                raise self.fail(f"discount.percent_off must be a number 0-100, got {percent!r}")
            if raw.get("amount_limit") is not None:
                self.integer(raw["amount_limit"], "discount.amount_limit")
            allowed = ORDER_EFFECTS
        elif kind == "FIXED":
            self.integer(raw.get("fixed_amount"), "discount.fixed_amount")
            allowed = ORDER_EFFECTS
        elif kind == "UNIT":
            out["unit_off"] = self.integer(raw.get("unit_off", 1), "discount.unit_off", minimum=1)
            if not isinstance(raw.get("unit_type"), str) or not raw["unit_type"]:
                raise self.fail("discount.unit_type must be a product or SKU id")
            out.setdefault("effect", "ADD_MISSING_ITEMS")
            allowed = UNIT_EFFECTS
        else:
            raise self.fail(f"discount.type must be AMOUNT, PERCENT, FIXED or UNIT, got {kind!r}")
        out.setdefault("effect", "APPLY_TO_ORDER")
        if out["effect"] not in allowed:
            raise self.fail(f"discount.effect {out['effect']!r} is not valid for {kind}")
        return out


def normalize_voucher(index: int, entry: Any) -> dict[str, Any]:
    """A complete voucher object from a seed entry (defaults filled in, `id` derived from the code if absent)."""
    seed = _Seed(f"vouchers[{index}]", entry)
    code = entry.get("code")
    if not isinstance(code, str) or not code.strip():
        raise seed.fail("code must be a non-empty string")
    seed.where = f"vouchers[{index}] ({code!r})"
    kind = entry.get("type") or (
        "GIFT_VOUCHER" if "gift" in entry else "LOYALTY_CARD" if "loyalty_card" in entry else "DISCOUNT_VOUCHER"
    )
    if kind not in VOUCHER_TYPES:
        raise seed.fail(f"type must be one of {', '.join(VOUCHER_TYPES)}, got {kind!r}")
    voucher: dict[str, Any] = {
        "id": entry.get("id") or stable_id("v", code),
        "code": code,
        "campaign": entry.get("campaign"),
        "campaign_id": entry.get("campaign_id"),
        "category": None,
        "category_id": None,
        "type": kind,
    }
    if kind == "DISCOUNT_VOUCHER":
        voucher["discount"] = seed.discount(entry.get("discount"))
    elif kind == "GIFT_VOUCHER":
        gift = entry.get("gift")
        if not isinstance(gift, dict):
            raise seed.fail("a GIFT_VOUCHER needs gift: {amount}")
        amount = seed.integer(gift.get("amount"), "gift.amount")
        balance = seed.integer(gift.get("balance", amount), "gift.balance")
        effect = gift.get("effect", "APPLY_TO_ORDER")
        if effect not in ORDER_EFFECTS:
            raise seed.fail(f"gift.effect {effect!r} is not valid")
        voucher["gift"] = {
            "amount": amount,
            "subtracted_amount": amount - balance,
            "balance": balance,
            "effect": effect,
        }
    else:
        card = entry.get("loyalty_card")
        if not isinstance(card, dict):
            raise seed.fail("a LOYALTY_CARD needs loyalty_card: {points}")
        points = seed.integer(card.get("points"), "loyalty_card.points")
        balance = seed.integer(card.get("balance", points), "loyalty_card.balance")
        voucher["loyalty_card"] = {"points": points, "balance": balance}
    limits = entry.get("redemption") or {}
    if not isinstance(limits, dict):
        raise seed.fail("redemption must be an object {quantity, redeemed_quantity}")
    quantity = limits.get("quantity")
    voucher["redemption"] = {
        "quantity": None if quantity is None else seed.integer(quantity, "redemption.quantity", minimum=1),
        "redeemed_quantity": seed.integer(limits.get("redeemed_quantity", 0), "redemption.redeemed_quantity"),
        "object": "list",
        "url": f"/v1/vouchers/{code}/redemptions?page=1&limit=10",
    }
    active = entry.get("active", True)
    if not isinstance(active, bool):
        raise seed.fail(f"active must be true or false, got {active!r}")
    metadata = entry.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise seed.fail("metadata must be an object")
    voucher.update(
        start_date=seed.date("start_date"),
        expiration_date=seed.date("expiration_date"),
        active=active,
        additional_info=entry.get("additional_info"),
        metadata=metadata,
        is_referral_code=bool(entry.get("is_referral_code", False)),
        holder_id=entry.get("holder_id"),
        created_at=seed.date("created_at") or CATALOG_CREATED_AT,
        updated_at=None,
        object="voucher",
    )
    return voucher


def normalize_promotion_tier(index: int, entry: Any) -> dict[str, Any]:
    """A complete promotion tier object from a seed entry (`id` derived from the name if absent)."""
    seed = _Seed(f"promotion_tiers[{index}]", entry)
    name = entry.get("name") or f"Promotion tier {index + 1}"
    if not isinstance(name, str):
        raise seed.fail("name must be a string")
    tier_id = entry.get("id") or stable_id("promo", name)
    if not isinstance(tier_id, str):
        raise seed.fail("id must be a string")
    seed.where = f"promotion_tiers[{index}] ({tier_id!r})"
    action = entry.get("action")
    if not isinstance(action, dict):
        raise seed.fail("action must be an object {discount}")
    campaign = entry.get("campaign") or {"id": stable_id("camp", name)}
    if not isinstance(campaign, dict) or not isinstance(campaign.get("id"), str):
        raise seed.fail("campaign must be an object with a string id")
    active = entry.get("active", True)
    if not isinstance(active, bool):
        raise seed.fail(f"active must be true or false, got {active!r}")
    return {
        "id": tier_id,
        "created_at": seed.date("created_at") or CATALOG_CREATED_AT,
        "updated_at": None,
        "name": name,
        "banner": entry.get("banner"),
        "action": {"discount": seed.discount(action.get("discount"))},
        "metadata": entry.get("metadata") or {},
        "hierarchy": entry.get("hierarchy", index + 1),
        "campaign": {
            "id": campaign["id"],
            "object": "campaign",
            **({"name": campaign["name"]} if "name" in campaign else {}),
        },
        "campaign_id": campaign["id"],
        "active": active,
        "start_date": seed.date("start_date"),
        "expiration_date": seed.date("expiration_date"),
        "summary": {"redemptions": {"total_redeemed": 0}},
        "object": "promotion_tier",
    }


def normalize_catalog(vouchers: Any, promotion_tiers: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Validate a whole seed; duplicate codes or ids are refused because redeem looks vouchers up by either."""
    if not isinstance(vouchers, list) or not isinstance(promotion_tiers, list):
        raise ValueError("vouchers and promotion_tiers must be lists")
    out_vouchers = [normalize_voucher(i, v) for i, v in enumerate(vouchers)]
    out_tiers = [normalize_promotion_tier(i, t) for i, t in enumerate(promotion_tiers)]
    seen: dict[str, str] = {}
    for where, keys in [(f"vouchers[{i}]", (v["id"], v["code"])) for i, v in enumerate(out_vouchers)] + [
        (f"promotion_tiers[{i}]", (t["id"],)) for i, t in enumerate(out_tiers)
    ]:
        for key in set(keys):
            if key in seen:
                raise ValueError(f"{where}: id or code {key!r} is already used by {seen[key]}")
            seen[key] = where
    return out_vouchers, out_tiers


def describe(entry: dict[str, Any]) -> str:
    """One line for a stored voucher or promotion tier: what redeeming it does, and its limits."""
    if entry.get("object") == "promotion_tier":
        return f"promotion tier: {_discount_text(entry['action']['discount'])} ({entry['name']})"
    if entry["type"] == "GIFT_VOUCHER":
        text = f"gift card, balance {entry['gift']['balance']} of {entry['gift']['amount']}"
    elif entry["type"] == "LOYALTY_CARD":
        text = f"loyalty card, {entry['loyalty_card']['balance']} points (1 point = 1 minor unit)"
    else:
        text = _discount_text(entry["discount"])
    notes = []
    if entry["redemption"]["quantity"] is not None:
        notes.append(f"{entry['redemption']['quantity']} redemption(s)")
    if not entry.get("active", True):
        notes.append("disabled")
    if entry.get("start_date"):
        notes.append(f"starts {entry['start_date'][:10]}")
    if entry.get("expiration_date"):
        notes.append(f"expired {entry['expiration_date'][:10]}")
    return text + (f" ({', '.join(notes)})" if notes else "")


def _discount_text(discount: dict[str, Any]) -> str:
    kind = discount["type"]
    if kind == "AMOUNT":
        return f"{discount['amount_off']} off"
    if kind == "PERCENT":
        limit = discount.get("amount_limit")
        return f"{discount['percent_off']}% off" + (f", at most {limit}" if limit is not None else "")
    if kind == "FIXED":
        return f"order costs {discount['fixed_amount']}"
    return f"{discount['unit_off']} x {discount['unit_type']} free"
