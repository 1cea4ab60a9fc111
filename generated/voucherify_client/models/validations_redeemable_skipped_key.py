from enum import StrEnum
from typing import Self


class ValidationsRedeemableSkippedKey(StrEnum):
    APPLICABLE_EXCLUSIVE_REDEEMABLES_LIMIT_EXCEEDED = "applicable_exclusive_redeemables_limit_exceeded"
    APPLICABLE_EXCLUSIVE_REDEEMABLES_PER_CATEGORY_LIMIT_EXCEEDED = (
        "applicable_exclusive_redeemables_per_category_limit_exceeded"
    )
    APPLICABLE_REDEEMABLES_LIMIT_EXCEEDED = "applicable_redeemables_limit_exceeded"
    APPLICABLE_REDEEMABLES_PER_CATEGORY_LIMIT_EXCEEDED = "applicable_redeemables_per_category_limit_exceeded"
    EXCLUSION_RULES_NOT_MET = "exclusion_rules_not_met"
    NO_EFFECT = "no_effect"
    PRECEDING_VALIDATION_FAILED = "preceding_validation_failed"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Voucherify adds enum values without a new API version: keep an unknown string as a
        # pseudo-member (name UNKNOWN) that compares equal to it and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
