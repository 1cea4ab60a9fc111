from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of

# Fields that hold one of several models: the union for type checkers, a stand-in that picks the variant at run time.
if TYPE_CHECKING:
    _details: TypeAlias = (
        ValidationsRedeemableSkippedResultLimitExceeded
        | ValidationsRedeemableSkippedResultCategoryLimitExceeded
        | ValidationsRedeemableSkippedResultRedeemablesLimitExceeded
        | ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded
        | ValidationsRedeemableSkippedResultExclusionRulesNotMet
        | ValidationsRedeemableSkippedResultPrecedingValidationFailed
        | ValidationsRedeemableSkippedResultNoEffect
    )
else:
    _details = one_of(
        globals(),
        "ValidationsRedeemableSkippedResultLimitExceeded",
        "ValidationsRedeemableSkippedResultCategoryLimitExceeded",
        "ValidationsRedeemableSkippedResultRedeemablesLimitExceeded",
        "ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded",
        "ValidationsRedeemableSkippedResultExclusionRulesNotMet",
        "ValidationsRedeemableSkippedResultPrecedingValidationFailed",
        "ValidationsRedeemableSkippedResultNoEffect",
    )


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class ValidationsRedeemableSkippedResult(Model):
    """`ValidationsRedeemableSkippedResult` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    details: _details | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = ("details",)
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ValidationsRedeemableSkippedResultDict = TypedDict(
    "ValidationsRedeemableSkippedResultDict",
    {
        "details": "ValidationsRedeemableSkippedResultLimitExceededDict | ValidationsRedeemableSkippedResultCategoryLimitExceededDict | ValidationsRedeemableSkippedResultRedeemablesLimitExceededDict | ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceededDict | ValidationsRedeemableSkippedResultExclusionRulesNotMetDict | ValidationsRedeemableSkippedResultPrecedingValidationFailedDict | ValidationsRedeemableSkippedResultNoEffectDict | None",
    },
    total=False,
)
"""ValidationsRedeemableSkippedResult as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.validations_redeemable_skipped_result_category_limit_exceeded import (
    ValidationsRedeemableSkippedResultCategoryLimitExceeded,
    ValidationsRedeemableSkippedResultCategoryLimitExceededDict,
)
from ..models.validations_redeemable_skipped_result_exclusion_rules_not_met import (
    ValidationsRedeemableSkippedResultExclusionRulesNotMet,
    ValidationsRedeemableSkippedResultExclusionRulesNotMetDict,
)
from ..models.validations_redeemable_skipped_result_limit_exceeded import (
    ValidationsRedeemableSkippedResultLimitExceeded,
    ValidationsRedeemableSkippedResultLimitExceededDict,
)
from ..models.validations_redeemable_skipped_result_no_effect import (
    ValidationsRedeemableSkippedResultNoEffect,
    ValidationsRedeemableSkippedResultNoEffectDict,
)
from ..models.validations_redeemable_skipped_result_preceding_validation_failed import (
    ValidationsRedeemableSkippedResultPrecedingValidationFailed,
    ValidationsRedeemableSkippedResultPrecedingValidationFailedDict,
)
from ..models.validations_redeemable_skipped_result_redeemables_category_limit_exceeded import (
    ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded,
    ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceededDict,
)
from ..models.validations_redeemable_skipped_result_redeemables_limit_exceeded import (
    ValidationsRedeemableSkippedResultRedeemablesLimitExceeded,
    ValidationsRedeemableSkippedResultRedeemablesLimitExceededDict,
)
