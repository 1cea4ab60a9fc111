from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.validations_redeemable_skipped_result_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultCategoryLimitExceeded,
    )
    from ..models.validations_redeemable_skipped_result_exclusion_rules_not_met import (
        ValidationsRedeemableSkippedResultExclusionRulesNotMet,
    )
    from ..models.validations_redeemable_skipped_result_limit_exceeded import (
        ValidationsRedeemableSkippedResultLimitExceeded,
    )
    from ..models.validations_redeemable_skipped_result_no_effect import ValidationsRedeemableSkippedResultNoEffect
    from ..models.validations_redeemable_skipped_result_preceding_validation_failed import (
        ValidationsRedeemableSkippedResultPrecedingValidationFailed,
    )
    from ..models.validations_redeemable_skipped_result_redeemables_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded,
    )
    from ..models.validations_redeemable_skipped_result_redeemables_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesLimitExceeded,
    )


T = TypeVar("T", bound="ValidationsRedeemableSkippedResult")

_KNOWN_KEYS = frozenset(
    {
        "details",
    }
)


@_attrs_define
class ValidationsRedeemableSkippedResult:
    details: (
        None
        | Unset
        | ValidationsRedeemableSkippedResultCategoryLimitExceeded
        | ValidationsRedeemableSkippedResultExclusionRulesNotMet
        | ValidationsRedeemableSkippedResultLimitExceeded
        | ValidationsRedeemableSkippedResultNoEffect
        | ValidationsRedeemableSkippedResultPrecedingValidationFailed
        | ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded
        | ValidationsRedeemableSkippedResultRedeemablesLimitExceeded
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, ValidationsRedeemableSkippedResultLimitExceeded):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedResultLimitExceeded)
                else self.details
            )

        elif isinstance(self.details, ValidationsRedeemableSkippedResultCategoryLimitExceeded):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedResultCategoryLimitExceeded)
                else self.details
            )

        elif isinstance(self.details, ValidationsRedeemableSkippedResultRedeemablesLimitExceeded):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedResultRedeemablesLimitExceeded)
                else self.details
            )

        elif isinstance(self.details, ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded)
                else self.details
            )

        elif isinstance(self.details, ValidationsRedeemableSkippedResultExclusionRulesNotMet):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedResultExclusionRulesNotMet)
                else self.details
            )

        elif isinstance(self.details, ValidationsRedeemableSkippedResultPrecedingValidationFailed):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedResultPrecedingValidationFailed)
                else self.details
            )

        elif isinstance(self.details, ValidationsRedeemableSkippedResultNoEffect):
            details = (
                self.details.to_dict()
                if isinstance(self.details, ValidationsRedeemableSkippedResultNoEffect)
                else self.details
            )

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _details = d.get("details", UNSET)
            details: (
                None
                | Unset
                | ValidationsRedeemableSkippedResultCategoryLimitExceeded
                | ValidationsRedeemableSkippedResultExclusionRulesNotMet
                | ValidationsRedeemableSkippedResultLimitExceeded
                | ValidationsRedeemableSkippedResultNoEffect
                | ValidationsRedeemableSkippedResultPrecedingValidationFailed
                | ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded
                | ValidationsRedeemableSkippedResultRedeemablesLimitExceeded
            )
            if _details is UNSET:
                details = UNSET
            elif isinstance(_details, dict) and _details.get("key") == "applicable_redeemables_limit_exceeded":
                componentsschemas_validations_redeemable_skipped_result_details_type_0 = (
                    ValidationsRedeemableSkippedResultLimitExceeded.from_dict(_details)
                )

                details = componentsschemas_validations_redeemable_skipped_result_details_type_0
            elif (
                isinstance(_details, dict)
                and _details.get("key") == "applicable_redeemables_per_category_limit_exceeded"
            ):
                componentsschemas_validations_redeemable_skipped_result_details_type_1 = (
                    ValidationsRedeemableSkippedResultCategoryLimitExceeded.from_dict(_details)
                )

                details = componentsschemas_validations_redeemable_skipped_result_details_type_1
            elif (
                isinstance(_details, dict) and _details.get("key") == "applicable_exclusive_redeemables_limit_exceeded"
            ):
                componentsschemas_validations_redeemable_skipped_result_details_type_2 = (
                    ValidationsRedeemableSkippedResultRedeemablesLimitExceeded.from_dict(_details)
                )

                details = componentsschemas_validations_redeemable_skipped_result_details_type_2
            elif (
                isinstance(_details, dict)
                and _details.get("key") == "applicable_exclusive_redeemables_per_category_limit_exceeded"
            ):
                componentsschemas_validations_redeemable_skipped_result_details_type_3 = (
                    ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded.from_dict(_details)
                )

                details = componentsschemas_validations_redeemable_skipped_result_details_type_3
            elif isinstance(_details, dict) and _details.get("key") == "exclusion_rules_not_met":
                componentsschemas_validations_redeemable_skipped_result_details_type_4 = (
                    ValidationsRedeemableSkippedResultExclusionRulesNotMet.from_dict(_details)
                )

                details = componentsschemas_validations_redeemable_skipped_result_details_type_4
            elif isinstance(_details, dict) and _details.get("key") == "preceding_validation_failed":
                componentsschemas_validations_redeemable_skipped_result_details_type_5 = (
                    ValidationsRedeemableSkippedResultPrecedingValidationFailed.from_dict(_details)
                )

                details = componentsschemas_validations_redeemable_skipped_result_details_type_5
            elif isinstance(_details, dict) and _details.get("key") == "no_effect":
                componentsschemas_validations_redeemable_skipped_result_details_type_6 = (
                    ValidationsRedeemableSkippedResultNoEffect.from_dict(_details)
                )

                details = componentsschemas_validations_redeemable_skipped_result_details_type_6
            elif isinstance(_details, dict) and "key" not in _details:
                details = ValidationsRedeemableSkippedResultLimitExceeded.from_dict(_details)
            elif _details is None:
                details = None
            else:
                details = cast(
                    None
                    | Unset
                    | ValidationsRedeemableSkippedResultCategoryLimitExceeded
                    | ValidationsRedeemableSkippedResultExclusionRulesNotMet
                    | ValidationsRedeemableSkippedResultLimitExceeded
                    | ValidationsRedeemableSkippedResultNoEffect
                    | ValidationsRedeemableSkippedResultPrecedingValidationFailed
                    | ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded
                    | ValidationsRedeemableSkippedResultRedeemablesLimitExceeded,
                    _details,
                )

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            details = d.get("details", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validations_redeemable_skipped_result = cls(
            details,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validations_redeemable_skipped_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return validations_redeemable_skipped_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global ValidationsRedeemableSkippedResultCategoryLimitExceeded
    global ValidationsRedeemableSkippedResultExclusionRulesNotMet
    global ValidationsRedeemableSkippedResultLimitExceeded
    global ValidationsRedeemableSkippedResultNoEffect
    global ValidationsRedeemableSkippedResultPrecedingValidationFailed
    global ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded
    global ValidationsRedeemableSkippedResultRedeemablesLimitExceeded
    from ..models.validations_redeemable_skipped_result_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultCategoryLimitExceeded,
    )
    from ..models.validations_redeemable_skipped_result_exclusion_rules_not_met import (
        ValidationsRedeemableSkippedResultExclusionRulesNotMet,
    )
    from ..models.validations_redeemable_skipped_result_limit_exceeded import (
        ValidationsRedeemableSkippedResultLimitExceeded,
    )
    from ..models.validations_redeemable_skipped_result_no_effect import ValidationsRedeemableSkippedResultNoEffect
    from ..models.validations_redeemable_skipped_result_preceding_validation_failed import (
        ValidationsRedeemableSkippedResultPrecedingValidationFailed,
    )
    from ..models.validations_redeemable_skipped_result_redeemables_category_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesCategoryLimitExceeded,
    )
    from ..models.validations_redeemable_skipped_result_redeemables_limit_exceeded import (
        ValidationsRedeemableSkippedResultRedeemablesLimitExceeded,
    )

    _unbound = False
