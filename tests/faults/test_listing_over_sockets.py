"""Listing against the sandbox over real sockets: every item once, in both orders, when many share one
millisecond and while new redemptions are being made (the sandbox's `created_at[after]` is inclusive, its
`[before]` exclusive; the walk assumes neither)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from voucherify_sandbox import Sandbox

from tests.support.fault_helpers import CATALOG, run_async

FIXED = datetime.datetime(2026, 6, 1, 12, 0, 0, 123000, tzinfo=datetime.UTC)


def make_redemptions(sb: Sandbox, count: int) -> list[str]:
    with sb.client() as vf:
        return [vf.redeem(["STACK-00"], order={"amount": 1000}).redemption_id for _ in range(count)]


@pytest.mark.parametrize("order", ["-created_at", "created_at"])
def test_more_redemptions_in_one_millisecond_than_a_page_are_each_listed_once(order: str) -> None:
    with Sandbox(vouchers=CATALOG, promotion_tiers=[], clock=lambda: FIXED) as sb:
        made = make_redemptions(sb, 45)
        with sb.client() as vf:
            found = [item.id for item in vf.redemptions(page_size=10, order=order)]

        async def listed_async() -> list[Any]:
            async with sb.async_client() as avf:
                return [item.id async for item in avf.redemptions(page_size=10, order=order)]

        found_async = run_async("asyncio", listed_async)
    for listing in (found, found_async):
        assert sorted(listing) == sorted(made)


def test_redemptions_made_while_listing_newest_first_do_not_repeat_or_push_others_out() -> None:
    with Sandbox(vouchers=CATALOG, promotion_tiers=[]) as sb:
        made = set(make_redemptions(sb, 40))
        found: list[str] = []
        with sb.client() as vf, sb.client() as maker:
            for index, item in enumerate(vf.redemptions(page_size=7)):
                found.append(item.id)
                if index % 3 == 0 and index < 60:
                    maker.redeem(["STACK-01"], order={"amount": 1000})
    assert len(found) == len(set(found))
    assert made <= set(found)
