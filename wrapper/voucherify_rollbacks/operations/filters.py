"""The keywords of listing redemptions, as types the clients' signatures use, all generated from the spec: the
shortcut filters (`name=value` for `filters[name][conditions][$is]=value`, a sequence for `$in`) and the query
parameters `redemptions(query=...)` passes through. A filter or parameter Voucherify adds reaches both through a
regenerate. At run time they are placeholders, so that importing the clients loads no generated module; the calls
check their keywords against the generated ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from voucherify_client.api.redemptions.list_redemptions import FiltersShortcuts as ShortcutFilters
    from voucherify_client.api.redemptions.list_redemptions import Query as ListRedemptionsQuery
    from voucherify_client.models import ParameterFiltersListRedemptionsDict as ListFilters
else:
    from typing import Any

    ListFilters = dict[str, Any]  # the generated ParameterFiltersListRedemptionsDict (a placeholder at run time)

    class ShortcutFilters(TypedDict, total=False):
        """The generated `FiltersShortcuts` of list-redemptions (a placeholder at run time)."""

    class ListRedemptionsQuery(TypedDict, total=False):
        """The generated `Query` of list-redemptions (a placeholder at run time)."""


__all__ = ["ListFilters", "ListRedemptionsQuery", "ShortcutFilters"]
