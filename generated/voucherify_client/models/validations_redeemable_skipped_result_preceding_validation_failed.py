from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableSkippedResultPrecedingValidationFailed(Model):
    """Displayed in the ALL application rule when one of the preceding redeeambles is `INAPPLICABLE`, so the rest becomes
    `SKIPPED`

    """

    key: str | None = None
    message: str | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "key",
        "message",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "key": "preceding_validation_failed",
    }


ValidationsRedeemableSkippedResultPrecedingValidationFailedDict = TypedDict(
    "ValidationsRedeemableSkippedResultPrecedingValidationFailedDict",
    {
        "key": "Literal['preceding_validation_failed']",
        "message": "str | None",
    },
    total=False,
)
"""ValidationsRedeemableSkippedResultPrecedingValidationFailed as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
