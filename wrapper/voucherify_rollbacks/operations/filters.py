"""The shortcut filters of listing redemptions, as a type the clients' signatures use (loads nothing heavy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict


class ShortcutFilters(TypedDict, total=False):
    """The filters `redemptions(...)` takes as keywords: `name=value` is `filters[name][conditions][$is]=value`, and
    a list or tuple is `$in`."""

    voucher_code: str | Sequence[str] | None
    related_object_id: str | Sequence[str] | None
    related_object_parent_id: str | Sequence[str] | None
    parent_redemption_id: str | Sequence[str] | None
    failure_code: str | Sequence[str] | None
    object: str | Sequence[str] | None
    customer_id: str | Sequence[str] | None
    campaign_name: str | Sequence[str] | None
    user_login: str | Sequence[str] | None
