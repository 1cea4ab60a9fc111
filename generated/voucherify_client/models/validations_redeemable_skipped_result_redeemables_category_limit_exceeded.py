from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded(Model):
    """Displayed when `applicable_exclusive_redeemables_per_category_limit` defined in the stacking rules is exceeded."""

    key: str | None = None
    message: str | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "key",
        "message",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "key": "applicable_exclusive_redeemables_per_category_limit_exceeded",
    }


ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceededDict = TypedDict(
    "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceededDict",
    {
        "key": "Literal['applicable_exclusive_redeemables_per_category_limit_exceeded']",
        "message": "str | None",
    },
    total=False,
)
"""ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
