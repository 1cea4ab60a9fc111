"""The async client: redeem three stacks concurrently, roll them back concurrently, then list what was done.

Run: python examples/async_rollback.py
"""

import asyncio

from voucherify_client.models import RedeemPromotionTierDict
from voucherify_rollbacks import AsyncVoucherify, Rollback
from voucherify_sandbox import Sandbox


async def refund(vf: AsyncVoucherify, parent_redemption_id: str) -> str:
    result = await vf.rollback_stacked(parent_redemption_id, reason="Order canceled")
    result.raise_for_failures()
    return f"{parent_redemption_id}: {len(result.rollbacks)} rolled back"


async def main(sb: Sandbox) -> None:
    async with sb.async_client() as vf:
        tier: RedeemPromotionTierDict = {"object": "promotion_tier", "id": "promo_WELCOME5"}
        stacks = await asyncio.gather(*(vf.redeem(["SAVE10", tier], order={"amount": 8000}) for _ in range(3)))
        parents = [stack.redemption_id for stack in stacks if stack.redemption_id is not None]
        for line in await asyncio.gather(*(refund(vf, parent) for parent in parents)):
            print(line)
        async for item in vf.redemptions(parent_redemption_id=parents[0]):  # every page, as items
            print(" ", "Rollback" if isinstance(item, Rollback) else "Redemption", item.id, item.result)


with Sandbox() as sandbox:
    asyncio.run(main(sandbox))
