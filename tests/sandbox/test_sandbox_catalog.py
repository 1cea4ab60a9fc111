"""The shipped catalog and the validation of user seeds."""

from __future__ import annotations

import pytest
from voucherify_sandbox import Sandbox, default_catalog


def test_default_catalog_has_every_kind_of_redeemable() -> None:
    catalog = default_catalog()
    vouchers = {v["code"]: v for v in catalog["vouchers"]}
    assert vouchers["GIFT-100"]["gift"]["amount"] == 10000
    assert vouchers["LOYALTY-1000"]["loyalty_card"]["points"] == 1000
    assert {v["discount"]["type"] for v in vouchers.values() if "discount" in v} == {
        "AMOUNT",
        "PERCENT",
        "FIXED",
        "UNIT",
    }
    assert vouchers["ONCE-5"]["redemption"]["quantity"] == 1
    assert "expiration_date" in vouchers["EXPIRED-10"] and "start_date" in vouchers["FUTURE-10"]
    assert vouchers["DISABLED-10"]["active"] is False
    assert len(catalog["promotion_tiers"]) == 2


def test_default_catalog_is_a_fresh_copy_each_call() -> None:
    first = default_catalog()
    first["vouchers"][0]["gift"]["amount"] = 1
    first["vouchers"].clear()
    assert default_catalog()["vouchers"][0]["gift"]["amount"] == 10000


def test_seed_gets_defaults_and_ids(make_sandbox) -> None:
    sandbox = make_sandbox(
        vouchers=[
            {"code": "MY-GIFT", "gift": {"amount": 500}},
            {"id": "v_fixed", "code": "PCT", "discount": {"type": "PERCENT", "percent_off": 12.5}},
        ],
        promotion_tiers=[{"name": "Summer", "action": {"discount": {"type": "AMOUNT", "amount_off": 100}}}],
    )
    gift = sandbox.voucher("MY-GIFT")
    assert gift["type"] == "GIFT_VOUCHER" and gift["gift"]["balance"] == 500 and gift["id"].startswith("v_")
    assert (
        gift["redemption"]["quantity"] is None
        and gift["redemption"]["redeemed_quantity"] == 0
        and gift["active"] is True
    )
    assert sandbox.voucher("v_fixed")["code"] == "PCT"
    with pytest.raises(KeyError):
        sandbox.voucher("GIFT-100")  # a custom catalog replaces the default one


@pytest.mark.parametrize(
    "vouchers, tiers, fragment",
    [
        ([{"code": ""}], [], "vouchers[0]"),
        (
            [
                {"code": "A", "discount": {"type": "AMOUNT", "amount_off": 1}},
                {"code": "B", "discount": {"type": "BOGUS"}},
            ],
            [],
            "vouchers[1] ('B')",
        ),
        ([{"code": "G", "gift": {"amount": -5}}], [], "gift.amount"),
        ([{"code": "L", "type": "LOYALTY_CARD"}], [], "loyalty_card"),
        ([{"code": "P", "discount": {"type": "PERCENT", "percent_off": 150}}], [], "percent_off"),
        ([{"code": "U", "discount": {"type": "UNIT", "unit_off": 1}}], [], "unit_type"),
        (
            [{"code": "D", "discount": {"type": "AMOUNT", "amount_off": 1}, "expiration_date": "soon"}],
            [],
            "expiration_date",
        ),
        (
            [{"code": "Q", "discount": {"type": "AMOUNT", "amount_off": 1}, "redemption": {"quantity": 0}}],
            [],
            "redemption.quantity",
        ),
        ([{"code": "X", "discount": {"type": "AMOUNT", "amount_off": 1}}] * 2, [], "already used"),
        ([], [{"name": "T"}], "promotion_tiers[0]"),
        (["not a dict"], [], "vouchers[0]"),
    ],
)
def test_bad_seed_raises_value_error_naming_the_entry(vouchers, tiers, fragment: str) -> None:
    with pytest.raises(ValueError) as raised:
        Sandbox(vouchers=vouchers, promotion_tiers=tiers)
    assert fragment in str(raised.value)
