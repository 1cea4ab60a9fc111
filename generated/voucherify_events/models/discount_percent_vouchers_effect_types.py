from enum import StrEnum
from typing import Self, TypeAlias


class DiscountPercentVouchersEffectTypes(StrEnum):
    APPLY_TO_ITEMS = "APPLY_TO_ITEMS"
    APPLY_TO_ORDER = "APPLY_TO_ORDER"

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


DiscountPercentVouchersEffectTypesDict: TypeAlias = str
"""DiscountPercentVouchersEffectTypes as a request takes it: one of the values above, or one Voucherify added since."""
