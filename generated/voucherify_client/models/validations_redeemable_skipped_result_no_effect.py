from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableSkippedResultNoEffect(Model):
    """Displayed when the redeemable does not calculate any discount effect and the `redeemables_no_effect_rule` defined in
    the stacking rules is set to `SKIP` for the redeemable, either globally or through `no_effect_skip_categories`.

    """

    key: str | None = None
    message: str | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "key",
        "message",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "key": "no_effect",
    }


ValidationsRedeemableSkippedResultNoEffectDict = TypedDict(
    "ValidationsRedeemableSkippedResultNoEffectDict",
    {
        "key": "Literal['no_effect']",
        "message": "str | None",
    },
    total=False,
)
"""ValidationsRedeemableSkippedResultNoEffect as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
