from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableSkippedResultExclusionRulesNotMet(Model):
    """Displayed when the redeemable cannot be applied because the exclusion rules are not fulfilled."""

    key: str | None = None
    message: str | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "key",
        "message",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "key": "exclusion_rules_not_met",
    }


ValidationsRedeemableSkippedResultExclusionRulesNotMetDict = TypedDict(
    "ValidationsRedeemableSkippedResultExclusionRulesNotMetDict",
    {
        "key": "Literal['exclusion_rules_not_met']",
        "message": "str | None",
    },
    total=False,
)
"""ValidationsRedeemableSkippedResultExclusionRulesNotMet as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
